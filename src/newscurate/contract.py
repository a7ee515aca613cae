"""Where the declared contract lives: `schemas/` (table schemas) and `expectations/` (GE suites).

They are declared once, at the top of the repository; an installed wheel carries a copy.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parents[1]


def contract_dir(name: str) -> Path:
    for candidate in (_CHECKOUT / name, _PACKAGE / "_contract" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"newscurate's {name}/ folder is missing from {_CHECKOUT} and the installed package")
