"""Celery tasks: thin wrappers that unpack the message and call plain functions."""

from __future__ import annotations

from celery.signals import worker_process_init, worker_ready, worker_shutdown

from worker import runner
from worker.celery_app import PROCESS_JOB, app


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
