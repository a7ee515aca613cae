"""Release stage: immutable folders of plain Parquet that any Arrow reader opens."""
