"""Run one job inside a worker process: job record and events around the plain pipeline.

Idempotent by construction: artifacts are overwritten whole, segments already published by
an earlier attempt are not published again, and a job that already finished is left alone.
"""

from __future__ import annotations

import logging
import threading
import time

import redis
from billiard.exceptions import SoftTimeLimitExceeded  # what Celery raises at the soft limit

from vidsense.db import JobStatus, JobStore, utcnow
from vidsense.events import EventPublisher, cancel_requested
from vidsense.settings import Settings, get_settings
from worker.errors import JobCanceled, JobError
from worker.models_cache import ModelCache
from worker.pipeline import JobOptions, run_pipeline
from worker.types import MediaInfo, Segment

log = logging.getLogger(__name__)

HEARTBEAT_S = 5
_proc: dict = {}
_heartbeat_stop = threading.Event()


def init_process() -> None:
    settings = get_settings()
    models = ModelCache(settings)
    models.preload(settings.asr_model)  # load now, not on the first job
    _proc.update(settings=settings, models=models, store=JobStore(settings.db_url),
                 redis=redis.Redis.from_url(settings.redis_url))


def _ensure_init() -> None:
    if not _proc:
        init_process()


def worker_key(hostname: str) -> str:
    return f"vidsense:worker:{hostname}"


def start_heartbeat(hostname: str) -> None:
    settings = get_settings()
    client = redis.Redis.from_url(settings.redis_url)

    def beat() -> None:
        while not _heartbeat_stop.is_set():
            try:
                client.set(worker_key(hostname), str(time.time()), ex=3 * HEARTBEAT_S)
            except redis.RedisError:
                log.warning("heartbeat failed", exc_info=True)
            _heartbeat_stop.wait(HEARTBEAT_S)
        client.delete(worker_key(hostname))

    threading.Thread(target=beat, name="vidsense-heartbeat", daemon=True).start()


def stop_heartbeat() -> None:
    _heartbeat_stop.set()


class JobReporter:
    """Records progress in the database (throttled) and publishes events to the job's stream."""

    PROGRESS_EVERY_S = 0.5

    def __init__(self, job_id: str, store: JobStore, client: redis.Redis, settings: Settings) -> None:
        self.job_id = job_id
        self.store = store
        self.client = client
        self.events = EventPublisher(client, job_id, settings.events_maxlen, settings.events_ttl_s)
        self._stage: str | None = None
        self._last_progress = 0.0

    def media(self, info: MediaInfo) -> None:
        self.store.update(self.job_id, only_if_status=(JobStatus.running.value,), media=info.to_dict())
        self.events.publish("media", info.to_dict())

    def stage(self, name: str) -> None:
        self._stage = name
        self.store.update(self.job_id, only_if_status=(JobStatus.running.value,), stage=name)
        self.events.publish("stage", {"stage": name})

    def progress(self, value: float) -> None:
        now = time.monotonic()
        if value < 1.0 and now - self._last_progress < self.PROGRESS_EVERY_S:
            return
        self._last_progress = now
        self.store.update(self.job_id, only_if_status=(JobStatus.running.value,), progress=value)
        self.events.publish("progress", {"stage": self._stage, "progress": round(value, 4)})

    def segment(self, index: int, segment: Segment) -> None:
        self.events.segment(index, segment.to_dict())

    def check_canceled(self) -> None:
        if cancel_requested(self.client, self.job_id):
            raise JobCanceled()


def run_job(job_id: str, task_id: str | None = None, redelivered: bool = False) -> str:
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
    started = store.update(job_id, only_if_status=(JobStatus.queued.value, JobStatus.running.value),
                           status=JobStatus.running.value, started_at=utcnow(), attempts=job.attempts + 1,
                           error_code=None, error_message=None)
    if not started:
        return "skipped"
    log.info("job started", extra={"job_id": job_id, "attempt": job.attempts + 1, "redelivered": redelivered})
    reporter = JobReporter(job_id, store, client, settings)
    reporter.events.publish("status", {"status": "running", "attempt": job.attempts + 1})
    input_path = settings.uploads_dir / job.upload_name
    out_dir = settings.jobs_dir / job_id
    try:
        result = run_pipeline(input_path, out_dir, JobOptions.from_dict(job.options or {}), _proc["models"], settings, reporter)
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
    reporter.events.finish(final_status, error=error, **extra)
    log.info("job finished", extra={"job_id": job_id, "status": final_status, "error_code": code})
    return final_status
