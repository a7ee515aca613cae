"""Runs pointed at a persistent Prefect server are recorded there, with their summary artifact."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    home = tmp_path_factory.mktemp("prefect-server-home")
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": "", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{api}/health", timeout=2).text.strip() == "true":
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, "prefect server exited"
            time.sleep(1)
        else:
            pytest.fail("prefect server did not start in 180 s")
        yield api
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_cli_run_is_recorded_on_the_server_with_its_artifact(prefect_server, tmp_path):
    env = {**os.environ, "PREFECT_API_URL": prefect_server}
    result = subprocess.run(
        [sys.executable, "-m", "newscurate.cli", "run", "--input", str(EXAMPLES), "--warehouse", str(tmp_path / "w")],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    with httpx.Client(base_url=prefect_server, timeout=10) as client:
        runs = client.post("/flow_runs/filter", json={"flow_runs": {"name": {}}, "limit": 10}).json()
        curate_runs = [r for r in runs if r["state_type"] == "COMPLETED"]
        assert curate_runs, runs
        artifacts = client.post(
            "/artifacts/filter", json={"artifacts": {"flow_run_id": {"any_": [curate_runs[0]["id"]]}}}
        ).json()
    assert [a["key"] for a in artifacts] == ["curate-run-summary"]
    assert "documents written" in artifacts[0]["data"]
