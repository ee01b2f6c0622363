"""Celery tasks: thin wrappers that unpack the message and call plain functions."""

from __future__ import annotations

from celery.signals import setup_logging, worker_process_init, worker_ready, worker_shutdown

from vidsense import logs
from vidsense.settings import get_settings
from worker import runner
from worker.celery_app import PROCESS_JOB, app


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
    runner.start_heartbeat(sender.hostname if sender else "worker")


@worker_shutdown.connect
def _farewell(**_kwargs) -> None:
    runner.stop_heartbeat()


@app.task(name=PROCESS_JOB, bind=True)
def process_job(self, job_id: str) -> str:
    return runner.run_job(job_id, task_id=self.request.id, redelivered=bool(self.request.delivery_info.get("redelivered")))
