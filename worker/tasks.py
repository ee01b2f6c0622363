"""Celery tasks: thin wrappers that unpack the message and call plain functions."""

from __future__ import annotations

import logging
import os
import signal

import redis
from celery.exceptions import Reject, TimeLimitExceeded
from celery.signals import (setup_logging, task_failure, worker_process_init, worker_ready, worker_shutdown,
                            worker_shutting_down)

from vidsense import logs
from vidsense.db import JobStore
from vidsense.settings import get_settings
from worker import runner
from worker.celery_app import PROCESS_CHUNKS, PROCESS_JOB, QUEUE, app
from worker.reaper import Reaper, fail_job

log = logging.getLogger(__name__)
_main: dict = {}  # the main process's pool and reaper


@setup_logging.connect
def _logging(**_kwargs) -> None:
    # Connected, this replaces Celery's own set-up: the worker logs one JSON object a line too.
    settings = get_settings()
    logs.configure(settings.log_level, settings.log_json)


@worker_process_init.connect
def _load_models(**_kwargs) -> None:
    # After the fork, once per child: models loaded in the parent can hang in the child.
    runner.init_process()


@worker_ready.connect
def _announce(sender=None, **_kwargs) -> None:
    hostname = sender.hostname if sender else "worker"
    runner.start_heartbeat(hostname)
    _main["pool"] = getattr(sender, "pool", None)
    # Recovery of jobs whose worker died (worker/reaper.py): once now, then every reaper_interval_s.
    settings = get_settings()
    reaper = Reaper(settings, redis.Redis.from_url(settings.redis_url, socket_timeout=10, socket_connect_timeout=5),
                    send=lambda job_id: app.send_task(PROCESS_JOB, args=[job_id], task_id=job_id, queue=QUEUE),
                    hostname=hostname, queue=QUEUE)
    _main["reaper"] = reaper
    reaper.start()


@worker_shutting_down.connect
def _hand_back_jobs(**_kwargs) -> None:
    # Warm shutdown (SIGTERM): Celery would wait for the running jobs, which can take hours. Ask each
    # pool process to hand its job back instead: it stops at the next check, puts the job back to
    # queued and its task rejects the message with requeue (see runner.JobInterrupted).
    # Runs inside the signal handler: only os.kill here.
    pool = _main.get("pool")
    try:
        pids = [p.pid for p in pool._pool._pool] if pool is not None else []
    except AttributeError:
        pids = []
    for pid in pids:
        try:
            os.kill(pid, signal.SIGUSR2)
        except (ProcessLookupError, TypeError):
            pass


@worker_shutdown.connect
def _farewell(**_kwargs) -> None:
    runner.stop_heartbeat()
    if "reaper" in _main:
        _main["reaper"].stop()


@task_failure.connect
def _hard_time_limit(sender=None, task_id=None, exception=None, args=None, **_kwargs) -> None:
    # The hard time limit kills the pool process in the middle of the job, so the job cannot say so
    # itself: the main process marks it failed (the soft limit, a little earlier, is caught in the job).
    if not isinstance(exception, TimeLimitExceeded) or getattr(sender, "name", None) != PROCESS_JOB:
        return
    job_id = (args or [task_id])[0]
    settings = get_settings()
    try:
        fail_job(JobStore(settings.db_url), redis.Redis.from_url(settings.redis_url, socket_timeout=10), settings,
                 job_id, "time_limit", f"the job ran past the time limit of {settings.task_time_limit_s} s "
                 "and its worker process was stopped")
    except Exception:
        log.exception("could not mark the job failed after the hard time limit", extra={"job_id": job_id})


@app.task(name=PROCESS_JOB, bind=True)
def process_job(self, job_id: str) -> str:
    outcome = runner.run_job(job_id, task_id=self.request.id, redelivered=bool(self.request.delivery_info.get("redelivered")),
                             node=self.request.hostname or "")
    if outcome == runner.REQUEUE:
        raise Reject("handed back at worker shutdown", requeue=True)
    return outcome


@app.task(name=PROCESS_CHUNKS, bind=True)
def process_chunks(self, job_id: str) -> str:
    # Chunks of a long job (worker/chunks.py): safe to run twice or late; it stops when none is left.
    return runner.run_chunks(job_id, node=self.request.hostname or "")
