"""Faults (issue 6), injected into a real service: a real API and real `vidsense worker` processes on
a private redis-server (loopback, a free port) that the tests stop and restart, SQLite, tiny.en, and
real recordings. Each test starts and stops what it breaks, and every job must end exactly once:
succeeded, every segment on the event stream once, in order, the same as the transcript.

The worker runs with a short job lease (4 s) and reaper interval (1 s), so that a dead worker's
job is found within seconds rather than the default half minute.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import redis

from conftest import KEYS, REPO, media, start_service

LEASE_S = 4
FORKS = 400
FAULT_SETTINGS = dict(asr_model="tiny.en", job_lease_s=LEASE_S, reaper_interval_s=1, asr_beam_size=1)


@pytest.fixture(scope="module")
def clip(tmp_path_factory, ffmpeg) -> Path:
    """About 35 s of real speech over real footage (librivox_city.mp4 twice): long enough to break a job
    in the middle, short enough to run it several times."""
    out = tmp_path_factory.mktemp("fault-media") / "librivox_city_x2.mp4"
    subprocess.run([ffmpeg, "-v", "error", "-stream_loop", "1", "-i", str(media("video/librivox_city.mp4")),
                    "-c", "copy", str(out)], check=True, timeout=60)
    return out


@pytest.fixture(scope="module")
def svc(tmp_path_factory, private_redis):
    service = start_service(tmp_path_factory.mktemp("svc-faults"), None, redis_db=0, redis_base=private_redis.base,
                            **FAULT_SETTINGS)
    service.redis_server = private_redis
    yield service
    service.stop_all()


# -- helpers -----------------------------------------------------------------------------------


def job_state(svc, job_id: str) -> dict:
    with svc.client() as c:
        return c.get(f"/v1/jobs/{job_id}").json()


def wait_for(svc, job_id: str, predicate, timeout: float = 120, what: str = "") -> dict:
    deadline = time.time() + timeout
    job = {}
    while time.time() < deadline:
        try:
            job = job_state(svc, job_id)
        except httpx.HTTPError:
            job = {}
        if job and predicate(job):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id}: {what} not reached in {timeout} s: {job}\n{svc.tail('worker', 60)}")


def stream_events(svc, job_id: str) -> list[tuple[str, dict]]:
    """The job's whole event stream, read straight from Redis."""
    client = redis.Redis.from_url(svc.env["REDIS_URL"])
    out = []
    for _id, fields in client.xrange(f"vidsense:events:{job_id}"):
        out.append((fields[b"type"].decode(), json.loads(fields[b"data"])))
    return out


def assert_exactly_once(svc, job_id: str) -> dict:
    """Succeeded; the events have each segment once, in order, equal to the transcript; one `done`."""
    job = job_state(svc, job_id)
    assert job["status"] == "succeeded", (job, svc.tail("worker", 60))
    with svc.client() as c:
        transcript = c.get(f"/v1/jobs/{job_id}/transcript").json()
    events = stream_events(svc, job_id)
    segments = [d for t, d in events if t == "segment"]
    assert [s["index"] for s in segments] == list(range(len(segments))), [s["index"] for s in segments]
    assert [s["text"] for s in segments] == [s["text"] for s in transcript["segments"]]
    assert [t for t, _ in events].count("done") == 1 and events[-1][0] == "done"
    assert events[-1][1]["status"] == "succeeded"
    assert transcript["segments"] and "".join(s["text"] for s in transcript["segments"]).strip()
    return {"job": job, "transcript": transcript, "events": events}


def worker_children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry.name))
    return kids


def restart_worker(svc) -> None:
    svc.start_worker()
    svc.wait_ready(need_worker=True, timeout=120)


def mid_transcription(job: dict) -> bool:
    """Running, and some way into the speech: the first window's segments are out."""
    return job["status"] == "running" and job["stage"] == "transcribe" and job["progress"] >= 0.3


def submit_as(svc, path: Path, name: str, key: str = KEYS[0]) -> dict:
    with svc.client(key) as c, open(path, "rb") as fh:
        r = c.post("/v1/jobs", files={"file": (name, fh, "video/mp4")})
    assert r.status_code == 202, r.text
    return r.json()


def send_again(svc, job_id: str) -> None:
    """Deliver the job's task once more, as Celery would after a redelivery: same name, same task id."""
    from celery import Celery

    from worker.celery_app import PROCESS_JOB, QUEUE

    app = Celery("fault-test", broker=svc.env["REDIS_URL"])
    app.send_task(PROCESS_JOB, args=[job_id], task_id=job_id, queue=QUEUE)


# -- the faults -------------------------------------------------------------------------------


def test_sigkill_whole_worker_mid_job(svc, clip):
    """SIGKILL the worker's main process and its pool at once: the message stays unacknowledged in
    Redis (it would come back after visibility_timeout, hours); the reaper of the next worker finds the
    job without a live lease and sends it again; it completes once."""
    job = svc.submit(clip)
    wait_for(svc, job["id"], mid_transcription, what="mid-transcription")
    before = [d for t, d in stream_events(svc, job["id"]) if t == "segment"]
    assert before, "no segment was published before the kill"
    svc.stop("worker", sig=signal.SIGKILL)
    killed_at = time.time()
    assert job_state(svc, job["id"])["status"] == "running"
    svc.start_worker()
    done = svc.wait(job["id"], timeout=240)
    assert done["status"] == "succeeded", done
    out = assert_exactly_once(svc, job["id"])
    assert out["job"]["attempts"] == 2
    assert out["transcript"]["segments"][: len(before)] == [{k: v for k, v in s.items() if k != "index"} for s in before]
    requeued = [d for t, d in out["events"] if t == "status" and d.get("requeued") == "worker_lost"]
    assert len(requeued) == 1, out["events"]
    # The dead delivery's message was dropped: nothing would come back hours later.
    client = redis.Redis.from_url(svc.env["REDIS_URL"])
    assert client.hlen("unacked") == 0
    assert time.time() - killed_at < 240


def test_sigkill_pool_process_mid_job(svc, clip):
    """SIGKILL only the pool process that runs the job: Celery requeues the message
    (task_reject_on_worker_lost), a new pool process takes over the dead one's lease and completes it."""
    job = svc.submit(clip)
    wait_for(svc, job["id"], mid_transcription, what="mid-transcription")
    children = worker_children(svc.procs["worker"].pid)
    assert len(children) == 1, children
    os.kill(children[0], signal.SIGKILL)
    done = svc.wait(job["id"], timeout=240)
    assert done["status"] == "succeeded", done
    assert assert_exactly_once(svc, job["id"])["job"]["attempts"] == 2
    # No second copy: the requeued message is the only one (the reaper saw the worker hold it).
    assert not [line for line in svc.tail("worker", 300).splitlines()
                if "orphaned job sent again" in line and job["id"] in line]


@pytest.mark.parametrize("how", ["main", "group"])
def test_warm_shutdown_requeues_the_running_job(svc, clip, how):
    """SIGTERM mid-job, to the main process only (docker stop) or to the whole process group (systemd):
    the worker does not sit out the job (it could take hours); the job goes back to the queue at once
    and completes in the next worker."""
    job = svc.submit(clip)
    wait_for(svc, job["id"], mid_transcription, what="mid-transcription")
    proc = svc.procs.pop("worker")
    t0 = time.time()
    if how == "main":
        proc.send_signal(signal.SIGTERM)
    else:
        os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(60)
    stopped_in = time.time() - t0
    assert stopped_in < 30, f"warm shutdown took {stopped_in:.0f} s"
    back = job_state(svc, job["id"])
    assert back["status"] in ("queued", "running"), back
    client = redis.Redis.from_url(svc.env["REDIS_URL"])
    assert client.llen("vidsense") == 1, "the job's message is not back in the queue"
    svc.start_worker()
    done = svc.wait(job["id"], timeout=240)
    assert done["status"] == "succeeded", done
    assert assert_exactly_once(svc, job["id"])["job"]["attempts"] == 2


@pytest.mark.parametrize("data", ["durable", "lost"])
def test_redis_restart_mid_job(svc, clip, data):
    """Stop Redis for a few seconds while a job runs and a second one waits in the queue. The running job
    keeps going (its events wait in memory), the worker reconnects, and both jobs complete once.

    durable: Redis comes back with its data (AOF). lost: it comes back empty, as a default Debian
    redis-server loses the writes since its last snapshot: the waiting job's message is gone, and the
    reaper sends it again; the running job's earlier events are gone, the rest arrive once."""
    import shutil

    running = svc.submit(clip)
    waiting = svc.submit(media("video/jfk_bikes.mp4"))
    wait_for(svc, running["id"], mid_transcription, what="mid-transcription")
    svc.redis_server.stop()
    if data == "lost":
        for entry in svc.redis_server.dir.iterdir():
            if entry.name != "redis.log":
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    time.sleep(4)
    svc.redis_server.start()
    for job in (running, waiting):
        done = svc.wait(job["id"], timeout=240)
        assert done["status"] == "succeeded", done
        assert done["attempts"] == 1, done
    if data == "durable":
        for job in (running, waiting):
            assert_exactly_once(svc, job["id"])
    else:
        assert_exactly_once(svc, waiting["id"])  # all its events came after the restart
        assert [d["requeued"] for t, d in stream_events(svc, waiting["id"]) if t == "status" and "requeued" in d] \
            == ["worker_lost"]
        events = stream_events(svc, running["id"])
        indices = [d["index"] for t, d in events if t == "segment"]
        with svc.client() as c:
            transcript = c.get(f"/v1/jobs/{running['id']}/transcript").json()
        n = len(transcript["segments"])
        assert indices == list(range(n - len(indices), n)), indices  # the tail, each once, in order
        assert [t for t, _ in events].count("done") == 1 and events[-1][0] == "done"
    log = svc.tail("worker", 400)
    assert "Redis unavailable: events wait in memory" in log and "Redis back" in log


def test_api_restart_keeps_state_and_results(svc):
    """Restart the API while a job runs: the job finishes meanwhile; its state and results, and those of an
    earlier job, are the same after the restart (they live in the database and the data directory)."""
    first = svc.wait(svc.submit(media("speech/jfk.wav"))["id"], timeout=120)
    assert first["status"] == "succeeded", first
    with svc.client() as c:
        before = {p: c.get(f"/v1/jobs/{first['id']}{p}").content for p in ("", "/transcript", "/subtitles.srt", "/chapters")}
    second = svc.submit(media("video/jfk_bikes.mp4"))
    svc.stop("api")
    with pytest.raises(httpx.HTTPError):
        job_state(svc, second["id"])
    deadline = time.time() + 120
    client = redis.Redis.from_url(svc.env["REDIS_URL"])
    while time.time() < deadline and not any(t == "done" for t, _ in stream_events(svc, second["id"])):
        time.sleep(0.3)
    start_api(svc)
    with svc.client() as c:
        after = {p: c.get(f"/v1/jobs/{first['id']}{p}").content for p in before}
        assert after == before
        done = c.get(f"/v1/jobs/{second['id']}").json()
        assert done["status"] == "succeeded", done
        assert c.get(f"/v1/jobs/{second['id']}/transcript").json()["segments"]
        listed = c.get("/v1/jobs", params={"status": "succeeded", "limit": 100}).json()["jobs"]
        assert {first["id"], second["id"]} <= {j["id"] for j in listed}
    assert client.ping()


def start_api(svc) -> None:
    port = int(svc.url.rsplit(":", 1)[1])
    svc.procs["api"] = subprocess.Popen(
        [sys.executable, "-m", "vidsense.cli", "api", "--port", str(port)],
        env=svc.env, cwd=REPO, stdout=open(svc.logs["api"], "ab"), stderr=subprocess.STDOUT, start_new_session=True)
    svc.wait_ready(need_worker=False)


def test_same_task_delivered_twice(svc, clip):
    """The same task delivered twice. While the job runs in one worker, a duplicate reaches a second, idle
    worker: it waits for the job's lease and drops out (or finds the job finished), never running it in
    parallel. After the job has finished, a duplicate changes nothing: results are identical, the events
    are the same, nothing doubles."""
    extra_log = svc.data_dir / "worker2.log"
    second = subprocess.Popen(
        [sys.executable, "-m", "vidsense.cli", "worker", "--concurrency", "1", "--hostname", "second@%h"],
        env=svc.env, cwd=REPO, stdout=open(extra_log, "ab"), stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.time() + 120  # the second worker's pool process has its models: it takes a task at once
        while time.time() < deadline and "fusion model loaded" not in extra_log.read_text(errors="replace"):
            assert second.poll() is None, extra_log.read_text(errors="replace")[-3000:]
            time.sleep(0.3)
        job = svc.submit(clip)
        wait_for(svc, job["id"], mid_transcription, what="mid-transcription")
        send_again(svc, job["id"])  # the idle second worker takes it at once
        done = svc.wait(job["id"], timeout=240)
        assert done["status"] == "succeeded", done
        out = assert_exactly_once(svc, job["id"])
        assert out["job"]["attempts"] == 1

        def lines(*needles: str) -> list[str]:
            text = (svc.logs["worker"].read_text(errors="replace") + extra_log.read_text(errors="replace"))
            return [line for line in text.splitlines() if job["id"] in line and all(n in line for n in needles)]

        deadline = time.time() + 30  # the duplicate's wait for the lease ends (dropped, or found it finished)
        while time.time() < deadline and len(lines("process_job", "succeeded in")) < 2:
            time.sleep(0.3)
        assert len(lines("process_job", "received")) == 2  # both deliveries reached a worker ...
        assert len(lines("job started")) == 1  # ... and one ran the job
        assert lines("dropping this delivery") or lines("finished while this delivery waited")
    finally:
        os.killpg(second.pid, signal.SIGTERM)
        second.wait(60)
    # Once more, after the end: nothing is run again, nothing changes.
    artifact = svc.data_dir / "jobs" / job["id"] / "transcript.json"
    stamp = artifact.stat().st_mtime_ns
    send_again(svc, job["id"])
    client = redis.Redis.from_url(svc.env["REDIS_URL"])
    deadline = time.time() + 60
    while time.time() < deadline and (client.llen("vidsense") or client.hlen("unacked")):
        time.sleep(0.2)
    time.sleep(1)
    again = assert_exactly_once(svc, job["id"])
    assert again["events"] == out["events"] and again["transcript"] == out["transcript"]
    assert again["job"]["attempts"] == 1 and again["job"]["updated_at"] == out["job"]["updated_at"]
    assert artifact.stat().st_mtime_ns == stamp


def test_user_cannot_point_the_worker_at_a_path(svc):
    """Defence in depth behind the API's check: a job record that names a path as its speech model (one
    written before the check existed, or by hand) fails with bad_option; nothing is loaded from there."""
    import shutil

    from vidsense.db import Job, JobStore

    store = JobStore(f"sqlite:///{(svc.data_dir / 'vidsense.db').resolve()}")
    job_id = "f" * 32
    shutil.copy(media("video/realshort.mp4"), svc.data_dir / "uploads" / f"{job_id}.mp4")
    store.create(Job(id=job_id, owner="x", status="queued", filename="x.mp4", upload_name=f"{job_id}.mp4",
                     size_bytes=1, options={"asr_model": str(REPO)}, progress=0.0))
    send_again(svc, job_id)
    deadline = time.time() + 60
    while time.time() < deadline and store.get(job_id).status == "queued":
        time.sleep(0.2)
    deadline = time.time() + 60
    while time.time() < deadline and store.get(job_id).status == "running":
        time.sleep(0.2)
    job = store.get(job_id)
    assert job.status == "failed" and job.error_code == "bad_option", (job.status, job.error_code, job.error_message)


def test_stuck_stage_hits_the_time_limit(svc):
    """A stage that hangs (the fault-injection hook VIDSENSE_FAULT_HANG_STAGE) hits the time limit: in Python
    code the soft limit ends it, in a native call the hard limit kills its process; either way the job
    fails with `time_limit` and a clear message, and the worker goes on with the next job."""
    svc.stop("worker")
    svc.env.update(VIDSENSE_FAULT_HANG_STAGE="fuse", VIDSENSE_TASK_TIME_LIMIT_S="8")
    try:
        restart_worker(svc)
        soft = submit_as(svc, media("video/realshort.mp4"), "fault-hang.mp4")
        hard = submit_as(svc, media("video/realshort.mp4"), "fault-hang-hard.mp4")
        after = svc.submit(media("video/realshort.mp4"))
        for job in (soft, hard):
            failed = svc.wait(job["id"], timeout=90)
            assert failed["status"] == "failed" and failed["error"]["code"] == "time_limit", failed
            assert "time limit of 8 s" in failed["error"]["message"], failed
            # the status is written first, then `done` is published: it follows within moments
            deadline = time.monotonic() + 10
            done = []
            while not done and time.monotonic() < deadline:
                done = [d for t, d in stream_events(svc, job["id"]) if t == "done"]
                time.sleep(0 if done else 0.1)
            assert len(done) == 1 and done[0]["error"]["code"] == "time_limit", done
        nxt = svc.wait(after["id"], timeout=90)
        assert nxt["status"] == "succeeded", nxt
    finally:
        svc.stop("worker")
        for k in ("VIDSENSE_FAULT_HANG_STAGE", "VIDSENSE_TASK_TIME_LIMIT_S"):
            svc.env.pop(k, None)


# -- the parts, without a worker ------------------------------------------------------------------

HOLD = """
import sys, time, redis
from worker.reaper import JobLease
lease = JobLease(redis.Redis.from_url(sys.argv[1]), sys.argv[2], 30, "holder")
assert lease.acquire(wait_s=0)
print("held", flush=True)
time.sleep(600)
"""


def test_job_lease(private_redis):
    """One process at a time holds a job: a live holder keeps it (a duplicate delivery gives up), the lease
    of a killed process on this machine is taken over at once, without waiting for it to expire."""
    from worker.reaper import JobLease, lease_key

    url = f"{private_redis.base}/3"
    client = redis.Redis.from_url(url)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, url, "lease-test"], cwd=REPO, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"held"
        t0 = time.time()
        assert not JobLease(client, "lease-test", 30).acquire(wait_s=1.5)  # alive: not ours
        assert time.time() - t0 >= 1.5
        holder.kill()
        holder.wait()
        assert client.ttl(lease_key("lease-test")) > 20  # still there, far from expiring
        mine = JobLease(client, "lease-test", 30)
        t0 = time.time()
        assert mine.acquire(wait_s=0)  # dead: taken over at once
        assert time.time() - t0 < 1 and client.get(lease_key("lease-test")).decode() == mine.ident
        mine.release()
        assert client.get(lease_key("lease-test")) is None
    finally:
        holder.kill()
        client.flushdb()


def test_reaper_on_postgresql(private_redis, postgres_url):
    """The reaper's decisions on a PostgreSQL job store: a queued job whose message Redis lost (a restart
    without persistence) is sent again; a running job with a live lease is left alone; a job that has
    been started max_attempts times fails with `too_many_attempts` instead of looping."""
    from datetime import timedelta

    from celery import Celery

    from vidsense.db import Job, JobStore, utcnow
    from vidsense.settings import Settings
    from worker.celery_app import PROCESS_JOB, QUEUE
    from worker.reaper import Reaper, lease_key

    url = f"{private_redis.base}/4"
    client = redis.Redis.from_url(url)
    client.flushdb()
    settings = Settings(database_url=postgres_url, redis_url=url, job_lease_s=3, reaper_interval_s=1, max_attempts=3)
    store = JobStore(settings.db_url)
    old = utcnow() - timedelta(seconds=60)
    jobs = {name: uuid_hex() for name in ("lost", "alive", "looping")}
    for name, status, attempts in (("lost", "queued", 0), ("alive", "running", 1), ("looping", "running", 3)):
        store.create(Job(id=jobs[name], owner="o", status=status, filename="x.mp4", upload_name="x.mp4", size_bytes=1,
                         options={}, progress=0.0, attempts=attempts))
        store.update(jobs[name], updated_at=old)
    client.set(lease_key(jobs["alive"]), "somewhere|1|w", ex=30)
    app = Celery("reaper-test", broker=url)
    reaper = Reaper(settings, client, send=lambda job_id: app.send_task(PROCESS_JOB, args=[job_id], task_id=job_id,
                                                                      queue=QUEUE), hostname="test", queue=QUEUE)
    try:
        assert reaper.run_once() == []  # first sight: only suspects
        time.sleep(reaper.confirm_s + 0.1)
        assert sorted(reaper.run_once()) == sorted([jobs["lost"], jobs["looping"]])
        queued = [json.loads(m)["headers"]["id"] for m in client.lrange(QUEUE, 0, -1)]
        assert queued == [jobs["lost"]]
        assert store.get(jobs["lost"]).status == "queued" and store.get(jobs["lost"]).updated_at > old
        assert store.get(jobs["alive"]).status == "running"
        looping = store.get(jobs["looping"])
        assert looping.status == "failed" and looping.error_code == "too_many_attempts", looping.error_message
        time.sleep(reaper.confirm_s + 0.1)
        assert reaper.run_once() == []  # the message waits in the queue now: nothing more to do
        assert client.llen(QUEUE) == 1
    finally:
        client.flushdb()


def uuid_hex() -> str:
    import uuid

    return uuid.uuid4().hex


def test_pool_process_forked_during_a_reaper_pass_can_use_the_database(tmp_path, private_redis):
    """The reaper's thread queries SQLite in the worker's main process while Celery forks pool processes
    from it. SQLite's mutexes are process-wide: a fork in the middle of a query used to copy them locked
    into the child, whose first query then hung for ever (CI: a new pool process after a SIGKILL, stuck in
    sqlite3Malloc, and every later job of that worker with it). Fork many times under a busy reaper: every
    child must be able to query at once."""
    from vidsense.db import JobStore, get_engine
    from vidsense.settings import Settings
    from worker.reaper import Reaper

    settings = Settings(data_dir=tmp_path, redis_url=f"{private_redis.base}/1", job_lease_s=2)
    reaper = Reaper(settings, redis.Redis.from_url(settings.redis_url), send=lambda _id: None,
                    hostname="fork-test", queue="fork-test")
    stop = __import__("threading").Event()

    def busy() -> None:
        while not stop.is_set():
            reaper.run_once()

    thread = __import__("threading").Thread(target=busy, daemon=True)
    thread.start()
    hung = 0
    try:
        for _ in range(FORKS):
            pid = os.fork()
            if pid == 0:  # the child: what a new pool process does first (worker/runner.py)
                try:
                    get_engine(settings.db_url).dispose(close=False)
                    JobStore(settings.db_url).get("no-such-job")
                finally:
                    os._exit(0)
            deadline = time.time() + 10
            while time.time() < deadline and os.waitpid(pid, os.WNOHANG) == (0, 0):
                time.sleep(0.01)
            if time.time() >= deadline:
                hung += 1
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
    finally:
        stop.set()
        thread.join(10)
    assert hung == 0, f"{hung} of {FORKS} forked children hung on their first database query"
