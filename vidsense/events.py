"""Live job events on a Redis Stream per job.

A stream, unlike pub/sub, keeps what was said: a client that connects late or reconnects
with `Last-Event-ID` replays from where it was, so every client sees every segment once.
Segments carry their index; a redelivered task skips the indices already published, so a
worker crash never doubles a segment on the stream.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import redis

log = logging.getLogger(__name__)

FINAL_TYPES = ("done",)


def stream_key(job_id: str) -> str:
    return f"vidsense:events:{job_id}"


def emitted_key(job_id: str) -> str:
    return f"vidsense:emitted:{job_id}"


def cancel_key(job_id: str) -> str:
    return f"vidsense:cancel:{job_id}"


class EventPublisher:
    """Used by the worker (and the API) to publish one job's events.

    With `buffer_on_error` (the worker), a Redis outage does not fail the job: events wait in
    memory, in order (consecutive progress events coalesced), and go out with the next publish
    once Redis answers again; `finish` keeps trying for `finish_wait_s`. A segment and the count
    of segments published go out in one MULTI/EXEC, so a redelivered job neither skips nor
    repeats one.
    """

    MAX_BUFFER = 20_000

    def __init__(self, client: redis.Redis, job_id: str, maxlen: int, ttl_s: int,
                 buffer_on_error: bool = False) -> None:
        self.client = client
        self.job_id = job_id
        self.maxlen = maxlen
        self.ttl_s = ttl_s
        self.buffer_on_error = buffer_on_error
        self._buffer: list[tuple[str, dict[str, Any], int | None]] = []  # (type, data, segments published after it)
        self._outage_since: float | None = None
        raw = client.get(emitted_key(job_id))
        self.segments_published = int(raw) if raw else 0

    @property
    def pending(self) -> int:
        return len(self._buffer)

    def publish(self, type_: str, data: dict[str, Any], _segments: int | None = None) -> bool:
        """Send the event (after any still waiting); False if it is waiting for Redis."""
        if type_ == "progress" and self._buffer and self._buffer[-1][0] == "progress":
            self._buffer[-1] = (type_, data, _segments)
        else:
            self._buffer.append((type_, data, _segments))
        if len(self._buffer) > self.MAX_BUFFER:  # a very long outage: drop progress, keep what matters
            kept = [e for e in self._buffer if e[0] != "progress"]
            self._buffer = kept[-self.MAX_BUFFER:] if len(kept) > self.MAX_BUFFER else kept
        return self.flush()

    def flush(self) -> bool:
        if not self._buffer:
            return True
        key = stream_key(self.job_id)
        try:
            pipe = self.client.pipeline()  # MULTI/EXEC: all of it or none
            for type_, data, segments in self._buffer:
                pipe.xadd(key, {"type": type_, "data": json.dumps(data)}, maxlen=self.maxlen, approximate=True)
                if segments is not None:
                    pipe.set(emitted_key(self.job_id), segments, ex=self.ttl_s)
            pipe.expire(key, self.ttl_s)
            pipe.execute()
        except (redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError, redis.ReadOnlyError) as exc:
            if not self.buffer_on_error:
                self._buffer.clear()
                raise
            if self._outage_since is None:
                self._outage_since = time.monotonic()
                log.warning("Redis unavailable: events wait in memory", extra={"job_id": self.job_id,
                            "error": f"{type(exc).__name__}: {exc}", "waiting": len(self._buffer)})
            return False
        if self._outage_since is not None:
            log.info("Redis back: waiting events sent", extra={"job_id": self.job_id, "sent": len(self._buffer),
                     "outage_s": round(time.monotonic() - self._outage_since, 1)})
            self._outage_since = None
        self._buffer.clear()
        return True

    def segment(self, index: int, segment: dict[str, Any]) -> None:
        """Publish segment number `index` (0-based) unless a previous attempt already did."""
        if index < self.segments_published:
            return
        self.segments_published = index + 1
        self.publish("segment", {"index": index, **segment}, _segments=index + 1)

    def finish(self, status: str, finish_wait_s: float = 0.0, **data: Any) -> bool:
        """Publish the final `done` event; with a buffer, keep trying up to finish_wait_s for Redis."""
        sent = self.publish("done", {"status": status, **data})
        deadline = time.monotonic() + finish_wait_s
        delay = 0.2
        while not sent and time.monotonic() < deadline:
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 5.0)
            sent = self.flush()
        if not sent:
            log.error("Redis unavailable: the job's last events were not published",
                      extra={"job_id": self.job_id, "lost": len(self._buffer)})
        return sent


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
