"""A temporary Prefect API server for one run, when no server is configured.

Prefect starts one itself (`SubprocessASGIServer`), but importing that class loads Prefect's whole
server code into the flow's process (3 s and 70 MB measured), and the flow then waits for the server
to boot. This starts the same command with the same environment without that import, so the CLI can
start it first and import the flow's modules while it boots on another core.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx


# `python -m uvicorn ARGS` (run in the same process, by runpy) that ends when the process that
# started it does: atexit does not run when that process is killed (kill -9, the OOM killer), and
# the server would be left running. Linux sends the parent-death signal when the *thread* that
# started the child ends, so it is asked for only when the main thread starts the server (the CLI
# does); elsewhere the server is only stopped by `stop`. argv: the parent's pid or 0 (no signal),
# then uvicorn's arguments.
_UVICORN_ENDING_WITH_PARENT = """
import os, runpy, signal, sys
parent = int(sys.argv[1])
if sys.platform == "linux" and parent:
    import ctypes
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the signal was asked for
        sys.exit(0)
sys.argv = ["uvicorn", *sys.argv[2:]]
runpy.run_module("uvicorn", run_name="__main__", alter_sys=True)
"""


class TemporaryPrefectServer:
    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.port = 0
        self._launch()
        atexit.register(self.stop)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def _launch(self) -> None:
        from prefect.settings import get_current_settings

        self.port = _free_port()
        prefect_dir = Path(importlib.util.find_spec("prefect").origin).parent
        # As prefect.server.api.server.SubprocessASGIServer runs it: no UI, an ephemeral database
        # set-up, and this process's Prefect settings.
        environment = {
            **os.environ,
            "PREFECT_UI_ENABLED": "0",
            "PREFECT__SERVER_EPHEMERAL": "1",
            "PREFECT__SERVER_FINAL": "1",
            **get_current_settings().to_environment_variables(exclude_unset=True),
        }
        parent = os.getpid() if threading.current_thread() is threading.main_thread() else 0
        command = ["-c", _UVICORN_ENDING_WITH_PARENT, str(parent), "--app-dir", str(prefect_dir.parent), "--factory", "prefect.server.api.server:create_app"]
        options = ["--host", "127.0.0.1", "--port", str(self.port), "--log-level", "error", "--lifespan", "on"]
        self.process = subprocess.Popen([sys.executable, *command, *options], env=environment)

    def wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll() if self.process else None
            if code == 3:  # uvicorn could not bind: another process took the port meanwhile
                self._launch()
                continue
            if code is not None:
                raise RuntimeError(f"the temporary Prefect server exited with code {code} while starting")
            try:
                if httpx.get(f"{self.api_url}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass  # not listening yet
            time.sleep(0.1)
        raise RuntimeError(f"the temporary Prefect server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def configured_api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


def start_unless_configured() -> TemporaryPrefectServer | None:
    """A server booting in the background, or None when a Prefect API is configured."""
    return None if configured_api_url() else TemporaryPrefectServer()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
