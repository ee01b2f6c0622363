"""The Celery application. Light on purpose: the API imports it to send tasks by name,
so nothing here may import the models, torch or the pipeline."""

from __future__ import annotations

from celery import Celery

from vidsense.settings import get_settings

QUEUE = "vidsense"
PROCESS_JOB = "vidsense.process_job"
PROCESS_CHUNKS = "vidsense.process_chunks"  # a helper: does chunks of a long job (worker/chunks.py)


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
        # The soft limit (caught in the job: it fails with `time_limit`) comes a little before the hard one.
        task_soft_time_limit=max(1, settings.task_time_limit_s - min(30, max(1, settings.task_time_limit_s // 10))),
        # A Redis outage must not stop running jobs: they go on (events wait in memory) and the
        # reaper (worker/reaper.py) resends any job whose worker died meanwhile. Pinned: Celery 6
        # turns this on by default.
        worker_cancel_long_running_tasks_on_connection_loss=False,
        # A new pool process loads the models before it says it is up (worker_process_init); Celery's
        # default 4 s is less than that on a busy machine, and it kills and forks it again, in a loop.
        worker_proc_alive_timeout=180,
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
