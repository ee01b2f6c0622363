"""Health, metrics and the queue."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, SummaryMetricFamily
from sqlalchemy import text

from api.deps import OwnerDep, RedisDep, SettingsDep, StoreDep, get_async_redis_short, store_for
from vidsense.db import JobStatus, JobStore, session_scope
from worker.celery_app import QUEUE

router = APIRouter(tags=["system"])

WORKER_KEYS = "vidsense:worker:*"


def workers_online(client) -> list[str]:
    return sorted(k.decode().split(":", 2)[2] for k in client.scan_iter(WORKER_KEYS, count=100))


def _database_ok(db_url: str) -> None:
    with session_scope(db_url) as s:
        s.execute(text("SELECT 1"))


@router.get("/healthz", summary="Liveness and dependencies (no key needed)")
async def healthz(settings: SettingsDep) -> JSONResponse:
    checks = {}
    try:
        # The blocking driver, off the event loop; the store (and its engine) built once in a worker thread too.
        await run_in_threadpool(lambda: _database_ok(store_for(settings).url))
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = f"error: {type(exc).__name__}"
    try:
        await get_async_redis_short(settings.redis_url).ping()
        checks["redis"] = "ok"
    except Exception as exc:
        checks["redis"] = f"error: {type(exc).__name__}"
    ok = all(v == "ok" for v in checks.values())
    return JSONResponse({"status": "ok" if ok else "degraded", **checks}, status_code=200 if ok else 503)


@router.get("/v1/queue", summary="Queued and running jobs, workers online")
def queue(owner: OwnerDep, store: StoreDep, client: RedisDep) -> dict:
    counts = store.count_by_status()
    running = store.running()
    return {
        "queued": counts[JobStatus.queued.value],
        "broker_depth": client.llen(QUEUE),
        "running_total": counts[JobStatus.running.value],
        "running": [
            {"id": j.id, "stage": j.stage, "progress": round(j.progress or 0, 4), "started_at": j.to_dict()["started_at"]}
            for j in running if j.owner == owner
        ],
        "workers": workers_online(client),
    }


class _Collector:
    """Reads the numbers at scrape time, so every API process reports the same truth."""

    def __init__(self, store: JobStore, client) -> None:
        self.store, self.client = store, client

    def collect(self):
        jobs = GaugeMetricFamily("vidsense_jobs", "Jobs by status", labels=["status"])
        for status, n in self.store.count_by_status().items():
            jobs.add_metric([status], n)
        yield jobs
        yield GaugeMetricFamily("vidsense_queue_depth", "Tasks waiting in the broker queue", value=self.client.llen(QUEUE))
        yield GaugeMetricFamily("vidsense_workers_online", "Workers sending heartbeats", value=len(workers_online(self.client)))
        stages = SummaryMetricFamily("vidsense_stage_seconds", "Stage durations of recent succeeded jobs", labels=["stage"])
        totals: dict[str, list[float]] = {}
        for record in self.store.stage_seconds():
            for stage, seconds in record.items():
                totals.setdefault(stage, []).append(float(seconds))
        for stage, values in sorted(totals.items()):
            stages.add_metric([stage], count_value=len(values), sum_value=sum(values))
        yield stages


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
async def metrics(owner: OwnerDep, store: StoreDep, client: RedisDep) -> Response:
    registry = CollectorRegistry()
    registry.register(_Collector(store, client))
    body = await run_in_threadpool(generate_latest, registry)
    return Response(body, media_type=CONTENT_TYPE_LATEST)
