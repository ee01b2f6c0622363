"""Run one job inside a worker process: job record and events around the plain pipeline.

Idempotent by construction: artifacts are overwritten whole, segments already published by
an earlier attempt are not published again, and a job that already finished is left alone.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
import time
from dataclasses import replace

import redis
from billiard.exceptions import SoftTimeLimitExceeded  # what Celery raises at the soft limit

from vidsense.asr_names import resolve_user_model
from vidsense.db import JobStatus, JobStore, get_engine, utcnow
from vidsense.events import EventPublisher, cancel_requested
from vidsense.settings import Settings, get_settings
from worker.errors import JobCanceled, JobError
from worker.models_cache import ModelCache
from worker.chunks import ChunkWorker, Coordinator, help_job
from worker.pipeline import JobOptions, run_pipeline
from worker.reaper import JobLease, fail_job
from worker.types import MediaInfo, Segment

log = logging.getLogger(__name__)

HEARTBEAT_S = 5
REQUEUE = "requeue"  # run_job's answer when it handed the job back (worker shutdown): the task requeues it
FINISH_WAIT_S = 120  # how long the last event waits for Redis to come back before it is given up
_proc: dict = {}
_heartbeat_stop = threading.Event()
_interrupt = threading.Event()  # set by SIGUSR2: hand the running job back to the queue


class JobInterrupted(Exception):
    """The worker is shutting down: the job goes back to the queue, to be run again from the start."""


class LeaseLost(Exception):
    """Another process holds this job's lease now (this one was presumed dead): stop without a word."""


def _on_interrupt(_signum, _frame) -> None:
    _interrupt.set()


def init_process() -> None:
    settings = get_settings()
    # A pool process forked from the main one must not use the database connections it inherited
    # (the main process's reaper has some): drop them here, unclosed, and open its own.
    get_engine(settings.db_url).dispose(close=False)
    try:
        signal.signal(signal.SIGUSR2, _on_interrupt)  # sent by the main process at warm shutdown (worker/tasks.py)
    except ValueError:  # not the main thread (a thread pool): no hand-back, jobs finish at shutdown
        pass
    models = ModelCache(settings)
    models.preload(settings.asr_model)  # load now, not on the first job
    _proc.update(settings=settings, models=models, store=JobStore(settings.db_url),
                 redis=redis.Redis.from_url(settings.redis_url, socket_timeout=10, socket_connect_timeout=5,
                                            health_check_interval=15))


def _ensure_init() -> None:
    if not _proc:
        init_process()


def worker_key(hostname: str) -> str:
    return f"vidsense:worker:{hostname}"


def holding_key(hostname: str) -> str:
    return f"vidsense:holding:{hostname}"


def _held_task_ids() -> list[str]:
    """Tasks this worker has received and not finished (running, or waiting for a pool process)."""
    from celery.worker import state

    for _ in range(3):  # the sets change under us in the consumer's thread: try again
        try:
            return sorted({r.id for r in (*state.active_requests, *state.reserved_requests)})
        except RuntimeError:
            time.sleep(0.01)
    return []


def start_heartbeat(hostname: str) -> None:
    settings = get_settings()
    client = redis.Redis.from_url(settings.redis_url, socket_timeout=10, socket_connect_timeout=5)

    def beat() -> None:
        failing = False
        while not _heartbeat_stop.is_set():
            try:
                pipe = client.pipeline()
                pipe.set(worker_key(hostname), str(time.time()), ex=3 * HEARTBEAT_S)
                # What this worker holds, for the reaper (worker/reaper.py): not orphans, even before they start.
                pipe.set(holding_key(hostname), json.dumps(_held_task_ids()), ex=3 * HEARTBEAT_S)
                pipe.execute()
                failing = False
            except redis.RedisError as exc:
                if not failing:
                    log.warning("heartbeat failed", extra={"error": str(exc)})
                failing = True
            _heartbeat_stop.wait(HEARTBEAT_S)
        try:
            client.delete(worker_key(hostname), holding_key(hostname))
        except redis.RedisError:
            pass

    threading.Thread(target=beat, name="vidsense-heartbeat", daemon=True).start()


def stop_heartbeat() -> None:
    _heartbeat_stop.set()


class JobReporter:
    """Records progress in the database (throttled) and publishes events to the job's stream."""

    PROGRESS_EVERY_S = 0.5

    def __init__(self, job_id: str, store: JobStore, client: redis.Redis, settings: Settings,
                 lease: JobLease | None = None, hang: str = "") -> None:
        self.job_id = job_id
        self.store = store
        self.client = client
        self.lease = lease
        self.hang = hang  # fault injection (settings.fault_hang_stage): "", "soft" or "hard"
        self.settings = settings
        # Events survive a Redis outage: they wait in memory and go out when Redis is back.
        self.events = EventPublisher(client, job_id, settings.events_maxlen, settings.events_ttl_s, buffer_on_error=True)
        self._stage: str | None = None
        self._last_progress = 0.0
        self._reported = 0.0  # progress only goes forward (a chunk taken over counts again from its start)

    def media(self, info: MediaInfo) -> None:
        self.store.update(self.job_id, only_if_status=(JobStatus.running.value,), media=info.to_dict())
        self.events.publish("media", info.to_dict())

    def stage(self, name: str) -> None:
        self._stage = name
        self.store.update(self.job_id, only_if_status=(JobStatus.running.value,), stage=name)
        self.events.publish("stage", {"stage": name})
        if self.hang and name == self.settings.fault_hang_stage:
            _fault_hang(self.job_id, name, self.hang)

    def progress(self, value: float) -> None:
        now = time.monotonic()
        if value < 1.0 and (now - self._last_progress < self.PROGRESS_EVERY_S or value <= self._reported):
            return
        self._last_progress, self._reported = now, value
        self.store.update(self.job_id, only_if_status=(JobStatus.running.value,), progress=value)
        self.events.publish("progress", {"stage": self._stage, "progress": round(value, 4)})

    def segment(self, index: int, segment: Segment) -> None:
        self.events.segment(index, segment.to_dict())

    def check_canceled(self) -> None:
        if self.lease is not None and self.lease.lost:
            raise LeaseLost()
        if _interrupt.is_set():
            raise JobInterrupted()
        try:
            canceled = cancel_requested(self.client, self.job_id)
        except redis.RedisError:  # Redis away for a moment: go on; the API also marks the record
            canceled = False
        if canceled:
            raise JobCanceled()


def _fault_hang(job_id: str, stage: str, mode: str) -> None:
    """FAULT INJECTION (settings.fault_hang_stage, tests only): a stage that never ends. "soft" sleeps in
    Python, so the soft time limit interrupts it; "hard" ignores that too, like a call stuck in native
    code, until the hard time limit kills the process."""
    log.warning("fault injection: this stage hangs", extra={"job_id": job_id, "stage": stage, "mode": mode})
    while True:
        try:
            time.sleep(0.2)
        except SoftTimeLimitExceeded:
            if mode != "hard":
                raise


def run_job(job_id: str, task_id: str | None = None, redelivered: bool = False, node: str = "") -> str:
    _ensure_init()
    settings: Settings = _proc["settings"]
    store: JobStore = _proc["store"]
    client: redis.Redis = _proc["redis"]
    job = store.get(job_id)
    if job is None:
        log.warning("job not found; dropping the task", extra={"job_id": job_id})
        return "missing"
    if JobStatus(job.status).finished:
        log.info("job already finished; nothing to do", extra={"job_id": job_id, "status": job.status})
        return job.status
    # One process at a time runs a job: a second delivery of the same task waits for the lease (a live
    # holder renews it) and drops out if it does not come free; a dead holder's lease comes free.
    lease = JobLease(client, job_id, settings.job_lease_s, node)
    if not lease.acquire(wait_s=settings.job_lease_s + 2):
        log.info("job is running in another process; dropping this delivery", extra={"job_id": job_id})
        return "duplicate"
    try:
        return _run_leased(job_id, settings, store, client, lease, redelivered)
    finally:
        lease.release()


def _run_leased(job_id: str, settings: Settings, store: JobStore, client: redis.Redis, lease: JobLease,
                redelivered: bool) -> str:
    job = store.get(job_id)  # again: it may have finished while this delivery waited for the lease
    if job is None or JobStatus(job.status).finished:
        log.info("job finished while this delivery waited; nothing to do", extra={"job_id": job_id})
        return job.status if job else "missing"
    if job.attempts >= settings.max_attempts:  # a job that keeps killing its worker: stop the loop
        fail_job(store, client, settings, job_id, "too_many_attempts",
                 f"the job was started {job.attempts} times and never finished: its worker died each time "
                 "(a crash, a kill or the hard time limit); it is not tried again")
        return JobStatus.failed.value
    started = store.update(job_id, only_if_status=(JobStatus.queued.value, JobStatus.running.value),
                           status=JobStatus.running.value, started_at=utcnow(), attempts=job.attempts + 1,
                           error_code=None, error_message=None)
    if not started:
        return "skipped"
    log.info("job started", extra={"job_id": job_id, "attempt": job.attempts + 1, "redelivered": redelivered})
    hang = ""
    if settings.fault_hang_stage and (job.filename or "").startswith("fault-hang"):
        hang = "hard" if job.filename.startswith("fault-hang-hard") else "soft"
    reporter = JobReporter(job_id, store, client, settings, lease=lease, hang=hang)
    reporter.events.publish("status", {"status": "running", "attempt": job.attempts + 1})
    input_path = settings.uploads_dir / job.upload_name
    out_dir = settings.jobs_dir / job_id
    try:
        options = _job_options(job, settings)
        chunked = None
        if settings.chunk_s > 0:  # a long video: in chunks, over all the workers (worker/chunks.py)
            chunked = Coordinator(ChunkWorker(job_id, input_path, out_dir, options, _proc["models"], settings, client,
                                              reporter, node="coordinator"), send_helper=_send_chunk_helper)
        result = run_pipeline(input_path, out_dir, options, _proc["models"], settings, reporter, chunked=chunked)
    except JobInterrupted:
        # Warm shutdown: back to queued; the task rejects its message with requeue, so the job
        # starts again (from the start, idempotently) in the next worker.
        store.update(job_id, only_if_status=(JobStatus.running.value,), status=JobStatus.queued.value)
        reporter.events.publish("status", {"status": JobStatus.queued.value, "requeued": "worker_shutdown"})
        reporter.events.flush()
        log.warning("job handed back to the queue (worker shutdown)", extra={"job_id": job_id})
        _interrupt.clear()  # one signal hands back one job
        return REQUEUE
    except LeaseLost:
        log.warning("job abandoned: another process runs it now", extra={"job_id": job_id})
        return "lease_lost"
    except JobCanceled:
        return _finish(job_id, reporter, JobStatus.canceled, store)
    except JobError as exc:
        return _finish(job_id, reporter, JobStatus.failed, store, code=exc.code, message=exc.message)
    except SoftTimeLimitExceeded:
        return _finish(job_id, reporter, JobStatus.failed, store, code="time_limit",
                       message=f"the job ran past the time limit of {settings.task_time_limit_s} s")
    except Exception as exc:  # a bug or a library failure: the job fails, the worker lives on
        log.exception("job crashed", extra={"job_id": job_id})
        return _finish(job_id, reporter, JobStatus.failed, store, code="internal_error",
                       message=f"{type(exc).__name__}: {str(exc)[:500]}")
    store.update(job_id, only_if_status=(JobStatus.running.value,), media=result.media.to_dict(),
                 stage_seconds=result.stage_seconds)
    return _finish(job_id, reporter, JobStatus.succeeded, store, segments=len(result.transcript.segments))


def _job_options(job, settings: Settings) -> JobOptions:
    options = JobOptions.from_dict(job.options or {})
    try:  # checked at submit too; a path must never reach the model loader
        return replace(options, asr_model=resolve_user_model(options.asr_model, settings.asr_model,
                                                             settings.models_path))
    except ValueError as exc:
        raise JobError("bad_option", str(exc)) from exc


def _send_chunk_helper(job_id: str, queue: str | None) -> None:
    from worker.celery_app import PROCESS_CHUNKS, QUEUE, app

    app.send_task(PROCESS_CHUNKS, args=[job_id], queue=queue or QUEUE)


def run_chunks(job_id: str, node: str = "") -> str:
    """A helper task of a long job: process its chunks until none is left unclaimed (worker/chunks.py).
    Whatever goes wrong here, the coordinator (the job's own task) takes the chunk over."""
    _ensure_init()
    settings: Settings = _proc["settings"]
    store: JobStore = _proc["store"]
    client: redis.Redis = _proc["redis"]
    job = store.get(job_id)
    if job is None or job.status != JobStatus.running.value:
        return "not_running"
    reporter = JobReporter(job_id, store, client, settings)
    try:
        worker = ChunkWorker(job_id, settings.uploads_dir / job.upload_name, settings.jobs_dir / job_id,
                             _job_options(job, settings), _proc["models"], settings, client, reporter,
                             node=f"{node}|helper")
        return help_job(worker)
    except JobCanceled:
        return "canceled"
    except JobInterrupted:
        _interrupt.clear()
        return "interrupted"
    except Exception:
        log.exception("chunk helper failed; the job's coordinator takes its chunk over", extra={"job_id": job_id})
        return "failed"


def _finish(job_id: str, reporter: JobReporter, status: JobStatus, store: JobStore,
            code: str | None = None, message: str | None = None, **extra) -> str:
    values = dict(status=status.value, finished_at=utcnow(), error_code=code, error_message=message)
    if status is JobStatus.succeeded:
        values.update(progress=1.0, stage="done")
    changed = store.update(job_id, only_if_status=(JobStatus.running.value,), **values)
    final = store.get(job_id)
    final_status = final.status if final else status.value
    if not changed:  # canceled meanwhile by the API, which has said so on the stream: its word stands
        log.info("job was finished elsewhere", extra={"job_id": job_id, "status": final_status})
        return final_status
    error = {"code": final.error_code, "message": final.error_message} if final and final.error_code else None
    reporter.events.finish(final_status, finish_wait_s=FINISH_WAIT_S, error=error, **extra)
    log.info("job finished", extra={"job_id": job_id, "status": final_status, "error_code": code})
    return final_status
