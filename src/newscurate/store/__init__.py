"""Store stage: table schemas from `schemas/`, and the versioned Delta Lake warehouse."""
