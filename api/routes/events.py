"""Server-Sent Events: a job's stage, progress and transcript segments as they happen.

Reads the job's Redis Stream from the start, or from `Last-Event-ID` on a reconnect, so a
late or returning client misses nothing. Ends after the final `done` event.
"""

from __future__ import annotations

import json

from fastapi import APIRouter, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from api.deps import OwnerDep, SettingsDep, StoreDep, get_async_redis
from api.routes.jobs import owned_job
from vidsense.db import JobStatus
from vidsense.events import FINAL_TYPES, decode_entry, stream_key

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])

BLOCK_MS = 15_000  # a keep-alive comment at least this often
STREAM_ID_CHARS = set("0123456789-")


def _sse(event_id: str | None, type_: str, data: dict) -> bytes:
    head = f"id: {event_id}\n" if event_id else ""
    return f"{head}event: {type_}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


@router.get("/{job_id}/events", summary="Live events (text/event-stream)",
            response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}}})
async def job_events(job_id: str, request: Request, owner: OwnerDep, store: StoreDep, settings: SettingsDep,
                     last_event_id: str | None = Header(None)) -> StreamingResponse:
    job = await run_in_threadpool(owned_job, job_id, owner, store)
    client = get_async_redis(settings.redis_url)
    start = last_event_id if last_event_id and set(last_event_id) <= STREAM_ID_CHARS else "0-0"

    async def stream():
        cursor = start
        key = stream_key(job.id)
        if not await client.exists(key):
            # The stream expired (or the job predates it): say what the record says and stop.
            current = await run_in_threadpool(store.get, job.id)
            if current and JobStatus(current.status).finished:
                yield _sse(None, "done", {"status": current.status,
                                          "error": current.to_dict()["error"]})
                return
        while True:
            if await request.is_disconnected():
                return
            entries = await client.xread({key: cursor}, count=100, block=BLOCK_MS)
            if not entries:
                yield b": keep-alive\n\n"
                continue
            for entry_id, fields in entries[0][1]:
                cursor, type_, data = decode_entry(entry_id, fields)
                yield _sse(cursor, type_, data)
                if type_ in FINAL_TYPES:
                    return

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)
