"""Clean stage: raw text in, the article body out, with every removed character accounted for."""

from newscurate.clean.pipeline import CleanResult, clean_text

__all__ = ["CleanResult", "clean_text"]
