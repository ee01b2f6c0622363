"""Live job events on a Redis Stream per job.

A stream, unlike pub/sub, keeps what was said: a client that connects late or reconnects
with `Last-Event-ID` replays from where it was, so every client sees every segment once.
Segments carry their index; a redelivered task skips the indices already published, so a
worker crash never doubles a segment on the stream.
"""

from __future__ import annotations

import json
from typing import Any

import redis

FINAL_TYPES = ("done",)


def stream_key(job_id: str) -> str:
    return f"vidsense:events:{job_id}"


def emitted_key(job_id: str) -> str:
    return f"vidsense:emitted:{job_id}"


def cancel_key(job_id: str) -> str:
    return f"vidsense:cancel:{job_id}"


class EventPublisher:
    """Used by the worker to publish one job's events."""

    def __init__(self, client: redis.Redis, job_id: str, maxlen: int, ttl_s: int) -> None:
        self.client = client
        self.job_id = job_id
        self.maxlen = maxlen
        self.ttl_s = ttl_s
        raw = client.get(emitted_key(job_id))
        self.segments_published = int(raw) if raw else 0

    def publish(self, type_: str, data: dict[str, Any]) -> None:
        key = stream_key(self.job_id)
        pipe = self.client.pipeline()
        pipe.xadd(key, {"type": type_, "data": json.dumps(data)}, maxlen=self.maxlen, approximate=True)
        pipe.expire(key, self.ttl_s)
        pipe.execute()

    def segment(self, index: int, segment: dict[str, Any]) -> None:
        """Publish segment number `index` (0-based) unless a previous attempt already did."""
        if index < self.segments_published:
            return
        self.publish("segment", {"index": index, **segment})
        self.segments_published = index + 1
        self.client.set(emitted_key(self.job_id), self.segments_published, ex=self.ttl_s)

    def finish(self, status: str, **data: Any) -> None:
        self.publish("done", {"status": status, **data})


def request_cancel(client: redis.Redis, job_id: str, ttl_s: int = 24 * 3600) -> None:
    client.set(cancel_key(job_id), "1", ex=ttl_s)


def cancel_requested(client: redis.Redis, job_id: str) -> bool:
    return bool(client.exists(cancel_key(job_id)))


def decode_entry(entry_id: bytes | str, fields: dict) -> tuple[str, str, dict]:
    """(id, type, data) from a raw XREAD entry."""
    def s(v):
        return v.decode() if isinstance(v, bytes) else v

    f = {s(k): s(v) for k, v in fields.items()}
    return s(entry_id), f["type"], json.loads(f["data"])
