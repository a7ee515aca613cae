"""Validate stage: every table through its Great Expectations suite from `expectations/`."""
