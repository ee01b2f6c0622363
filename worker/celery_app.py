"""The Celery application. Light on purpose: the API imports it to send tasks by name,
so nothing here may import the models, torch or the pipeline."""

from __future__ import annotations

from celery import Celery

from vidsense.settings import get_settings

QUEUE = "vidsense"
PROCESS_JOB = "vidsense.process_job"


def make_app() -> Celery:
    settings = get_settings()
    transport = {"visibility_timeout": settings.visibility_timeout_s}
    app = Celery("vidsense", broker=settings.redis_url)
    app.conf.update(
        task_default_queue=QUEUE,
        task_acks_late=True,  # a task whose worker dies is redelivered ...
        task_reject_on_worker_lost=True,  # ... also when the child process is killed
        worker_prefetch_multiplier=1,  # one job at a time per process: fair and cancelable
        broker_transport_options=transport,  # above the longest task: no redelivery of a live one
        result_backend_transport_options=transport,
        task_ignore_result=True,  # results live in the database and the data directory
        task_time_limit=settings.task_time_limit_s,
        task_soft_time_limit=max(1, settings.task_time_limit_s - 30),
        worker_send_task_events=True,
        task_send_sent_event=True,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
        task_serializer="json",
        accept_content=["json"],
    )
    app.conf.imports = ("worker.tasks",)
    return app


app = make_app()
