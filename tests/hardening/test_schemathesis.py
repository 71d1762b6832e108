"""Issue 16, finding 7: schemathesis with every check against the live app finds nothing.

No 500, no status or content type the OpenAPI document does not declare, no valid request
refused nor invalid one accepted, an Allow header on every 405. Bounded: a fixed seed and a
few examples per operation (about two minutes on a loaded machine)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("schemathesis")
CONFIG = Path(__file__).with_name("schemathesis.toml")


@pytest.mark.slow
def test_schemathesis_finds_no_failure_against_the_live_app(
    live_app: tuple[str, Any], tmp_path: Path
) -> None:
    import httpx2

    base, app = live_app
    token = app.state.web.api_token
    auth = {"Authorization": f"Bearer {token}"}
    assert (
        httpx2.post(f"{base}/api/v1/demo", headers=auth, timeout=120).status_code == 201
    )  # real data
    runner = (
        "import sys; from schemathesis.cli import schemathesis; "
        "sys.argv[0] = 'st'; sys.exit(schemathesis())"
    )
    args = [sys.executable, "-c", runner, "--config-file", str(CONFIG), "run",
            f"{base}/api/openapi.json", "-H", f"Authorization: Bearer {token}",
            "--workers", "1", "--max-examples", "6", "--seed", "16",
            "--phases", "coverage,fuzzing,stateful", "--max-time", "200",
            # demo data is loaded above; each call adds 14 applications and takes seconds
            "--exclude-path", "/api/v1/demo", "--request-timeout", "120",
            "--report-dir", str(tmp_path)]  # fmt: skip
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "", "NO_COLOR": "1"}
    done = subprocess.run(
        args, capture_output=True, text=True, timeout=420, env=env, cwd=tmp_path
    )  # its cache folder goes there, not into the repo
    summary = done.stdout[done.stdout.rfind("SUMMARY") :] if "SUMMARY" in done.stdout else ""
    failures = done.stdout[done.stdout.find("FAILURES") :][:8000] if done.returncode else ""
    assert done.returncode == 0, failures + summary + done.stderr[-2000:]
    assert "Tested: 24" in summary or "Tested:" in summary, summary
