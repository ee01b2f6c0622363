"""Jobs whose worker died: job leases, and the reaper that re-sends orphaned jobs.

Celery with `task_acks_late` redelivers the task of a pool process that dies
(`task_reject_on_worker_lost`), but when the whole worker dies (SIGKILL, a lost machine, an
OOM kill of the main process) the message waits in the Redis transport's `unacked` hash until
`visibility_timeout` (hours, above the task time limit). So:

- A running job holds a **lease**: `vidsense:lease:{job_id}` = "host|pid|node", with a TTL of
  `job_lease_s`, renewed by a thread of the process that runs it. The lease says who runs the job
  and that it is alive; a second delivery of the same task waits for it (or drops out), so two
  processes never run one job at once. A lease left by a dead process of this machine (the pool
  child that was killed) is taken over at once; one left on another machine expires.
- The **reaper** runs in every worker's main process, at start and every `reaper_interval_s`.
  A job that the database says is queued or running, untouched for a lease period, with no lease,
  no message waiting in the queue, not held by a live worker (each lists what it holds with its
  heartbeat) and no recent delivery, on two passes in a row, is orphaned:
  the reaper puts it back to `queued` (only if nobody touched the record meanwhile), drops the
  dead delivery's message from `unacked`, and sends the task again, same task id. `run_job` is
  idempotent (artifacts overwritten whole, segments deduplicated by index), so this is safe.
- A job started `max_attempts` times without finishing (a crash loop, a job that kills its
  worker) fails with `too_many_attempts` instead of being sent again.

This also recovers queued jobs whose message Redis lost (a restart without persistence).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from datetime import timedelta

import redis
from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from vidsense.db import Job, JobStatus, JobStore, session_scope, utcnow
from vidsense.events import EventPublisher
from vidsense.settings import Settings
from worker.forksafe import fork_safe

log = logging.getLogger(__name__)

# The Celery Redis transport's bookkeeping (kombu.transport.redis.Channel defaults; vidsense sets no prefix).
UNACKED = "unacked"
UNACKED_INDEX = "unacked_index"
PRIORITY_SEP = "\x06\x16"
# Each live worker lists the tasks it holds (running, or received and waiting for a pool process) under
# vidsense:holding:{hostname}, renewed with its heartbeat (runner.start_heartbeat, every 5 s, kept 15 s).
HOLDING_PATTERN = "vidsense:holding:*"
DELIVERY_GRACE_S = 11  # a delivery this recent may not be in its worker's list yet (two heartbeats)


def lease_key(job_id: str) -> str:
    return f"vidsense:lease:{job_id}"


_RENEW = """
local v = redis.call('GET', KEYS[1])
if v == false or v == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', tonumber(ARGV[2]))
  return 1
end
return 0
"""
_TAKE_OVER = """
if redis.call('GET', KEYS[1]) == ARGV[2] then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', tonumber(ARGV[3]))
  return 1
end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (killed, not yet reaped by its parent) is dead too
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


class JobLease:
    """The lease of one job, held by the process that runs it (see the module docstring)."""

    def __init__(self, client: redis.Redis, job_id: str, ttl_s: int, node: str = "") -> None:
        self.client = client
        self.key = lease_key(job_id)
        self.job_id = job_id
        self.ttl_s = max(2, int(ttl_s))
        self.ident = f"{socket.gethostname()}|{os.getpid()}|{node}"
        self.lost = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _stale(self, holder: str) -> bool:
        """Held by a process of this machine that no longer exists."""
        host, _, rest = holder.partition("|")
        pid = rest.partition("|")[0]
        return host == socket.gethostname() and pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid))

    def acquire(self, wait_s: float) -> bool:
        """Take the lease, waiting up to wait_s for a live holder to let it go; False if it did not."""
        deadline = time.monotonic() + wait_s
        while True:
            if self.client.eval(_RENEW, 1, self.key, self.ident, self.ttl_s):
                break
            holder = self.client.get(self.key)
            if holder is not None:
                holder = holder.decode() if isinstance(holder, bytes) else holder
                if self._stale(holder) and self.client.eval(_TAKE_OVER, 1, self.key, self.ident, holder, self.ttl_s):
                    log.info("took over the lease of a dead process", extra={"job_id": self.job_id, "holder": holder})
                    break
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.5)
        self._thread = threading.Thread(target=self._renew, name=f"lease-{self.job_id[:8]}", daemon=True)
        self._thread.start()
        return True

    def _renew(self) -> None:
        failing = False
        while not self._stop.wait(self.ttl_s / 6):
            try:
                if not self.client.eval(_RENEW, 1, self.key, self.ident, self.ttl_s):
                    log.error("lost the job's lease to another process", extra={"job_id": self.job_id})
                    self.lost = True
                    return
                if failing:
                    log.info("lease renewed again", extra={"job_id": self.job_id})
                failing = False
            except redis.RedisError as exc:
                if not failing:
                    log.warning("cannot renew the job's lease", extra={"job_id": self.job_id, "error": str(exc)})
                failing = True

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        try:
            self.client.eval(_RELEASE, 1, self.key, self.ident)
        except redis.RedisError:  # it expires on its own
            log.warning("cannot release the job's lease", extra={"job_id": self.job_id})


def fail_job(store: JobStore, client: redis.Redis, settings: Settings, job_id: str, code: str, message: str,
             only_if_status: tuple[str, ...] = (JobStatus.queued.value, JobStatus.running.value)) -> bool:
    """Mark a job failed (if it still is in one of only_if_status) and say so on its event stream."""
    changed = store.update(job_id, only_if_status=only_if_status, status=JobStatus.failed.value,
                           finished_at=utcnow(), error_code=code, error_message=message)
    if changed:
        try:
            EventPublisher(client, job_id, settings.events_maxlen, settings.events_ttl_s).finish(
                JobStatus.failed.value, error={"code": code, "message": message})
        except redis.RedisError:
            log.warning("cannot publish the failure event", extra={"job_id": job_id})
        log.warning("job failed", extra={"job_id": job_id, "error_code": code})
    return changed


def _task_id(payload: bytes | str) -> str | None:
    try:
        message = json.loads(payload)
        if isinstance(message, list):  # an unacked entry: [message, exchange, routing_key]
            message = message[0]
        return message.get("headers", {}).get("id")
    except (ValueError, AttributeError, IndexError, TypeError):
        return None


class Reaper:
    """Finds orphaned jobs and sends them again (see the module docstring)."""

    def __init__(self, settings: Settings, client: redis.Redis, send: Callable[[str], None], hostname: str,
                 queue: str) -> None:
        self.settings = settings
        self.client = client
        self.send = send
        self.hostname = hostname
        self.queue = queue
        self.store = JobStore(settings.db_url)
        self.lease_s = max(2, settings.job_lease_s)
        self.confirm_s = self.lease_s / 3  # two renewals: a lease that Redis lost (restart) is back by then
        self._suspects: dict[str, float] = {}
        self._stop = threading.Event()

    # -- what Redis knows ---------------------------------------------------------------

    def _waiting(self) -> set[str]:
        ids: set[str] = set()
        for name in [self.queue] + [PRIORITY_SEP.join([self.queue, str(p)]) for p in (3, 6, 9)]:
            for raw in self.client.lrange(name, 0, -1):
                task_id = _task_id(raw)
                if task_id:
                    ids.add(task_id)
        return ids

    def _held(self) -> set[str]:
        keys = list(self.client.scan_iter(HOLDING_PATTERN, count=200))
        held: set[str] = set()
        for raw in self.client.mget(keys) if keys else []:
            try:
                held.update(json.loads(raw) if raw else [])
            except (ValueError, TypeError):
                pass
        return held

    def _unacked(self) -> dict[str, list[tuple[str, float]]]:
        """task id -> [(delivery tag, delivered at)] of the messages delivered and not acknowledged."""
        delivered = {(t.decode() if isinstance(t, bytes) else t): s
                     for t, s in self.client.zrange(UNACKED_INDEX, 0, -1, withscores=True)}
        out: dict[str, list[tuple[str, float]]] = {}
        for tag, raw in self.client.hscan_iter(UNACKED):
            tag = tag.decode() if isinstance(tag, bytes) else tag
            task_id = _task_id(raw)
            if task_id:
                out.setdefault(task_id, []).append((tag, delivered.get(tag, 0.0)))
        return out

    # -- one pass ---------------------------------------------------------------------

    def run_once(self) -> list[str]:
        """One look; returns the ids of the jobs sent again (or failed for too many attempts)."""
        now = time.time()
        cutoff = utcnow() - timedelta(seconds=self.lease_s)
        with fork_safe(), session_scope(self.settings.db_url) as s:
            rows = s.execute(
                select(Job.id, Job.status, Job.attempts, Job.updated_at)
                .where(Job.status.in_((JobStatus.queued.value, JobStatus.running.value)), Job.updated_at < cutoff)
                .order_by(Job.updated_at).limit(500)).all()
        if rows:
            leases = self.client.mget([lease_key(r.id) for r in rows])
            rows = [r for r, lease in zip(rows, leases) if lease is None]
        unacked = self._unacked()
        self._drop_finished(unacked, now)
        orphans = []
        if rows:
            waiting, held = self._waiting(), self._held()
            grace = max(self.lease_s, DELIVERY_GRACE_S)
            for r in rows:
                recent = any(at > now - grace for _, at in unacked.get(r.id, ()))
                if r.id not in waiting and r.id not in held and not recent:
                    orphans.append((r, [tag for tag, _ in unacked.get(r.id, ())]))
        suspects: dict[str, float] = {}
        recovered = []
        for r, tags in orphans:
            first = suspects[r.id] = self._suspects.get(r.id, now)
            if now - first >= self.confirm_s and self._recover(r, tags):
                recovered.append(r.id)
                suspects.pop(r.id)
        self._suspects = suspects
        return recovered

    def _drop_finished(self, unacked: dict[str, list[tuple[str, float]]], now: float) -> None:
        """Messages of finished jobs that were never acknowledged (the connection to Redis broke while
        the job ran): Redis would deliver them again after visibility_timeout, for nothing."""
        old = {task_id: [tag for tag, at in entries if at < now - self.lease_s] for task_id, entries in unacked.items()}
        old = {task_id: tags for task_id, tags in old.items() if tags}
        if not old:
            return
        finished = [st.value for st in JobStatus if st.finished]
        with fork_safe(), session_scope(self.settings.db_url) as s:
            done = set(s.scalars(select(Job.id).where(Job.id.in_(list(old)), Job.status.in_(finished))))
        if done:
            pipe = self.client.pipeline()
            for task_id in done:
                for tag in old[task_id]:
                    pipe.zrem(UNACKED_INDEX, tag).hdel(UNACKED, tag)
            pipe.execute()
            log.info("dropped unacknowledged messages of finished jobs", extra={"jobs": sorted(done)})

    def _recover(self, row, tags: list[str]) -> bool:
        if not self.client.set(f"vidsense:reaping:{row.id}", self.hostname, nx=True, ex=max(10, self.lease_s)):
            return False  # another worker's reaper has it
        if row.attempts >= self.settings.max_attempts:
            message = (f"the job was started {row.attempts} times and never finished: its worker died each time "
                       f"(a crash, a kill or the hard time limit); it is not tried again")
            with fork_safe():
                done = fail_job(self.store, self.client, self.settings, row.id, "too_many_attempts", message,
                                only_if_status=(row.status,))
        else:
            with fork_safe(), session_scope(self.settings.db_url) as s:  # only if nobody touched the record since we read it
                done = s.execute(update(Job).where(Job.id == row.id, Job.status == row.status,
                                                   Job.updated_at == row.updated_at)
                                 .values(status=JobStatus.queued.value, updated_at=utcnow())).rowcount > 0
            if done:
                try:
                    EventPublisher(self.client, row.id, self.settings.events_maxlen, self.settings.events_ttl_s).publish(
                        "status", {"status": JobStatus.queued.value, "requeued": "worker_lost"})
                except redis.RedisError:
                    pass
                self.send(row.id)
                log.warning("orphaned job sent again", extra={"job_id": row.id, "was": row.status,
                                                              "attempts": row.attempts})
        if done and tags:  # the dead delivery's message: Redis would only bring it back after visibility_timeout
            pipe = self.client.pipeline()
            for tag in tags:
                pipe.zrem(UNACKED_INDEX, tag).hdel(UNACKED, tag)
            pipe.execute()
        return done

    # -- in the worker's main process --------------------------------------------------

    def start(self) -> threading.Thread:
        def loop() -> None:
            failing = False
            while True:
                try:
                    self.run_once()
                    failing = False
                except (redis.RedisError, SQLAlchemyError) as exc:  # away for a moment: try again next time
                    if not failing:
                        log.warning("reaper pass failed", extra={"error": f"{type(exc).__name__}: {str(exc)[:300]}"})
                    failing = True
                except Exception:
                    log.exception("reaper pass failed")
                if self._stop.wait(self.settings.reaper_interval_s):
                    return

        thread = threading.Thread(target=loop, name="vidsense-reaper", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()
