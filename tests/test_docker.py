"""The compose file validates with Debian's docker-compose (no Docker engine runs here)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
import yaml

from conftest import REPO


def test_compose_file_validates():
    exe = shutil.which("docker-compose")
    if not exe:
        pytest.fail("docker-compose is needed (apt-get install docker-compose; scripts/setup.sh test does it)")
    env = dict(os.environ, VIDSENSE_API_KEYS="ci-key")
    r = subprocess.run([exe, "-f", str(REPO / "docker" / "compose.yaml"), "config"], capture_output=True, text=True,
                       env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    config = yaml.safe_load(r.stdout)
    assert {"redis", "postgres", "api", "worker"} <= set(config["services"])
    api_env = config["services"]["api"]["environment"]
    assert api_env["REDIS_URL"].startswith("redis://redis:") and api_env["DATABASE_URL"].startswith("postgresql+psycopg://")


def test_dockerfiles_run_the_cli():
    api = (REPO / "docker" / "Dockerfile.api").read_text()
    worker = (REPO / "docker" / "Dockerfile.worker").read_text()
    assert '"vidsense", "api"' in api and "optional-dependencies" not in api  # the API image has no models
    assert '"vidsense", "worker"' in worker and "['optional-dependencies']['worker']" in worker
