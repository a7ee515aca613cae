"""Which code wrote a table or a release: the package version, and the git commit when known."""

from __future__ import annotations

import subprocess
from functools import lru_cache
from pathlib import Path

from newscurate import __version__


@lru_cache(maxsize=1)
def code_version() -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=Path(__file__).parent, capture_output=True, text=True, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return f"{__version__}+{commit}" if commit else __version__
