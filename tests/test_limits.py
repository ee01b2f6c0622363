"""Security limits (issue 6): per-key request rate and concurrent-job quota (429 + Retry-After), CORS off
unless configured, `asr_model` restricted to model names, and no shell anywhere. Real API processes on
Redis db 9; no worker, so submitted jobs stay queued (which is what the quota counts)."""

from __future__ import annotations

import ast
import time
from pathlib import Path

import httpx
import pytest

from conftest import KEYS, REPO, media, start_service

RATE = 30  # requests a minute per key
QUOTA = 2  # unfinished jobs per key


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    models = tmp_path_factory.mktemp("limits-models")
    (models / "my-whisper").mkdir()
    (models / "my-whisper" / "model.bin").write_bytes(b"\0")  # only its presence is checked at submit
    service = start_service(tmp_path_factory.mktemp("svc-limits"), None, redis_db=9, worker=False,
                            rate_limit_per_minute=RATE, max_active_jobs_per_key=QUOTA, models_dir=models)
    yield service
    service.stop_all()


def post(c: httpx.Client, path: Path, **data) -> httpx.Response:
    with open(path, "rb") as fh:
        return c.post("/v1/jobs", files={"file": (path.name, fh, "video/mp4")}, data=data)


def reset_buckets(svc) -> None:
    import redis

    client = redis.Redis.from_url(svc.env["REDIS_URL"])
    for key in client.scan_iter("vidsense:rate:*"):
        client.delete(key)


def assert_429(r: httpx.Response, code: str) -> int:
    assert r.status_code == 429, r.text
    assert r.json()["error"]["code"] == code and r.json()["error"]["message"], r.text
    retry = int(r.headers["retry-after"])
    assert retry >= 1
    return retry


def test_concurrent_job_quota_per_key(svc):
    clip = media("video/realshort.mp4")
    with svc.client(KEYS[0]) as alice, svc.client(KEYS[1]) as bob:
        ids = [post(alice, clip).json()["id"] for _ in range(QUOTA)]
        assert all(ids)
        r = post(alice, clip)
        assert_429(r, "too_many_jobs")
        assert len(alice.get("/v1/jobs").json()["jobs"]) == QUOTA  # the refused upload left no job ...
        assert not [p for p in (svc.data_dir / "uploads").iterdir() if p.suffix == ".part"]  # ... and no file
        assert post(bob, clip).status_code == 202  # another key has its own quota
        assert alice.delete(f"/v1/jobs/{ids[0]}").status_code == 200  # a finished job frees a place
        assert post(alice, clip).status_code == 202


def test_request_rate_per_key(svc):
    reset_buckets(svc)  # full buckets (the other tests used some tokens)
    with svc.client(KEYS[0]) as alice, svc.client(KEYS[1]) as bob:
        codes = [alice.get("/v1/jobs").status_code for _ in range(RATE + 5)]
        assert codes[:RATE] == [200] * RATE and 429 in codes[RATE:], codes
        r = alice.get("/v1/jobs")
        retry = assert_429(r, "rate_limited")
        assert retry <= 60 / RATE + 1
        assert bob.get("/v1/jobs").status_code == 200  # per key
        assert alice.get("/healthz").status_code == 200  # no key, no limit
        time.sleep(retry)
        assert alice.get("/v1/jobs").status_code == 200  # a token came back


def test_asr_model_is_a_name_not_a_path(svc):
    clip = media("video/realshort.mp4")
    reset_buckets(svc)
    with svc.client(KEYS[1]) as c:
        for bad in ("/etc", "/etc/passwd", "../models/my-whisper", "my-whisper/..", "whisper-base", "nope",
                    str(REPO), "~/.cache/huggingface", ".hidden"):
            r = post(c, clip, asr_model=bad)
            assert r.status_code == 422, (bad, r.text)
            assert r.json()["error"]["code"] == "bad_option", r.text
        for j in c.get("/v1/jobs").json()["jobs"]:  # make room in the quota
            c.delete(f"/v1/jobs/{j['id']}")
        r = post(c, clip, asr_model="my-whisper")  # a model folder in the server's models folder, by name
        assert r.status_code == 202, r.text
        c.delete(f"/v1/jobs/{r.json()['id']}")
        r = post(c, clip, asr_model="tiny.en")
        assert r.status_code == 202, r.text
        c.delete(f"/v1/jobs/{r.json()['id']}")


def test_cors_is_off_unless_configured(svc, tmp_path):
    origin = "https://app.example.org"
    preflight = {"Origin": origin, "Access-Control-Request-Method": "GET",
                 "Access-Control-Request-Headers": "authorization"}
    with svc.client() as c:
        r = c.get("/healthz", headers={"Origin": origin})
        assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
        r = c.options("/v1/jobs", headers=preflight)
        assert "access-control-allow-origin" not in r.headers
    other = start_service(tmp_path, None, redis_db=8, worker=False, cors_origins=f"{origin}, http://localhost:3000")
    try:
        with other.client() as c:
            r = c.options("/v1/jobs", headers=preflight)
            assert r.status_code == 200 and r.headers["access-control-allow-origin"] == origin, r.headers
            assert "authorization" in r.headers["access-control-allow-headers"].lower()
            r = c.get("/v1/jobs", headers={"Origin": origin})
            assert r.status_code == 200 and r.headers["access-control-allow-origin"] == origin
            assert "retry-after" in r.headers.get("access-control-expose-headers", "").lower()
            r = c.get("/v1/jobs", headers={"Origin": "https://evil.example.com"})
            assert "access-control-allow-origin" not in r.headers
    finally:
        other.stop_all()


def test_no_shell_and_no_user_paths_in_the_code():
    """No shell string anywhere in the service: subprocess gets argument lists, never shell=True; no
    os.system / os.popen. Media is only opened from generated names under the data directory."""
    offences = []
    for path in [*REPO.glob("api/**/*.py"), *REPO.glob("worker/**/*.py"), *REPO.glob("vidsense/**/*.py"),
                 *REPO.glob("models/**/*.py")]:
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = ast.unparse(node.func)
            if name in ("os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput"):
                offences.append(f"{path}:{node.lineno}: {name}")
            for kw in node.keywords:
                if kw.arg == "shell" and not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                    offences.append(f"{path}:{node.lineno}: shell={ast.unparse(kw.value)}")
            if name.startswith("subprocess.") and node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr)):
                offences.append(f"{path}:{node.lineno}: a command string")
    assert not offences, offences
    # The worker opens the upload by the generated name the API stored, under the data directory.
    assert "input_path = settings.uploads_dir / job.upload_name" in (REPO / "worker" / "runner.py").read_text()
