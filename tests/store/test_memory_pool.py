"""Arrow's memory goes back to the system between a run's phases (see newscurate/__init__.py)."""

import os
import subprocess
import sys


def _pool_backend(env: dict[str, str], first: str = "newscurate") -> str:
    code = f"import {first}, newscurate, pyarrow as pa; print(pa.default_memory_pool().backend_name)"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_importing_newscurate_selects_the_system_allocator():
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    assert _pool_backend(env) == "system"
    assert _pool_backend(env, first="pyarrow") == "system"  # a notebook that imported pyarrow first


def test_a_users_choice_of_allocator_is_kept():
    assert _pool_backend({**os.environ, "ARROW_DEFAULT_MEMORY_POOL": "mimalloc"}) == "mimalloc"
