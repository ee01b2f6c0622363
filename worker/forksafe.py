"""Database calls in the worker's main process that cannot overlap a fork.

Celery forks a new pool process from the main process (at start, and again after one dies). The main
process has threads of its own (the reaper) that use the database. SQLite's mutexes (its allocator's
among them) and libpq's are process-wide: a fork while such a thread is inside a database call copies
them locked into the child, whose first query then waits forever (seen with py-spy: the new pool process
stuck in ``sqlite3Malloc`` -> ``pthread_mutex_lock``, and every later job of that worker with it).

So every database call of those threads runs under ``fork_safe()``, and a fork waits for the lock
(``os.register_at_fork``): the child never starts with a database call half done.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()


def _release() -> None:
    _lock.release()


os.register_at_fork(before=_lock.acquire, after_in_parent=_release, after_in_child=_release)


@contextmanager
def fork_safe() -> Iterator[None]:
    """Hold off forks of this process while the block runs (keep the block to database calls)."""
    with _lock:
        yield
