"""Benchmark: a synthetic corpus that knows its own answers, and the measurements run on it.

`corpus` writes raw articles with every kind of page furniture the cleaner must remove, and the
gold body of each; `measure` times the real flow, each library stage, and datatrove doing the
equivalent work (`datatrove_pipeline.py`, run in its own virtualenv) on the same files.
"""
