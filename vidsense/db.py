"""Job records in SQL (SQLite file by default, PostgreSQL when DATABASE_URL says so)."""

from __future__ import annotations

import enum
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from collections.abc import Iterator

from sqlalchemy import JSON, DateTime, Float, Integer, String, Text, create_engine, event, func, select, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class JobStatus(str, enum.Enum):
    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"
    canceled = "canceled"

    @property
    def finished(self) -> bool:
        return self in (JobStatus.succeeded, JobStatus.failed, JobStatus.canceled)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Job(Base):
    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    owner: Mapped[str] = mapped_column(String(64), index=True)  # the hash id of the API key that submitted it
    status: Mapped[str] = mapped_column(String(16), index=True, default=JobStatus.queued.value)
    stage: Mapped[str | None] = mapped_column(String(32), nullable=True)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    filename: Mapped[str] = mapped_column(String(255))  # as the user named it; never used as a path
    upload_name: Mapped[str] = mapped_column(String(64))  # generated name under the uploads folder
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    options: Mapped[dict] = mapped_column(JSON, default=dict)
    media: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    stage_seconds: Mapped[dict] = mapped_column(JSON, default=dict)
    error_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    error_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "status": self.status,
            "stage": self.stage,
            "progress": round(self.progress or 0.0, 4),
            "filename": self.filename,
            "size_bytes": self.size_bytes,
            "options": self.options or {},
            "media": self.media,
            "error": {"code": self.error_code, "message": self.error_message} if self.error_code else None,
            "attempts": self.attempts,
            "created_at": _iso(self.created_at),
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
            "updated_at": _iso(self.updated_at),
        }


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # SQLite hands back naive datetimes
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


@lru_cache
def get_engine(url: str) -> Engine:
    """One engine (and connection pool) per URL per process."""
    if url.startswith("sqlite"):
        # Up to 20 connections kept open and 50 at once (more than the API's 40 threads): under load they
        # are reused, not opened and closed per request (the default, 5 + 10, closed every one past the 5th).
        database = make_url(url).database
        pool = {} if database in (None, "", ":memory:") else {"pool_size": 20, "max_overflow": 30}  # a file
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **pool)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn, _record):  # per connection, and no I/O
            conn.execute("PRAGMA synchronous=NORMAL")

        with engine.connect() as conn:  # WAL (the API reads while the worker writes) is kept in the file: once
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    Base.metadata.create_all(engine)
    return engine


@lru_cache
def _session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(get_engine(url), expire_on_commit=False)


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    session = _session_factory(url)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


class JobStore:
    """The operations the API and the worker need on job records, each in its own transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        get_engine(url)

    def create(self, job: Job) -> Job:
        with session_scope(self.url) as s:
            s.add(job)
        return job

    def get(self, job_id: str, owner: str | None = None) -> Job | None:
        with session_scope(self.url) as s:
            job = s.get(Job, job_id)
            if job is None or (owner is not None and job.owner != owner):
                return None
            return job

    def list(self, owner: str, status: str | None, limit: int, offset: int) -> tuple[list[Job], int]:
        with session_scope(self.url) as s:
            q = select(Job).where(Job.owner == owner)
            if status:
                q = q.where(Job.status == status)
            total = s.scalar(select(func.count()).select_from(q.subquery())) or 0
            rows = s.scalars(q.order_by(Job.created_at.desc(), Job.id).limit(limit).offset(offset)).all()
            return list(rows), total

    def succeeded_ids(self, owner: str) -> list[str]:
        with session_scope(self.url) as s:
            return list(s.scalars(select(Job.id).where(Job.owner == owner, Job.status == JobStatus.succeeded.value)))

    def count_unfinished(self, owner: str) -> int:
        """Queued and running jobs of one key (the concurrent-job quota)."""
        with session_scope(self.url) as s:
            return s.scalar(select(func.count()).select_from(Job).where(
                Job.owner == owner, Job.status.in_((JobStatus.queued.value, JobStatus.running.value)))) or 0

    def running(self) -> list[Job]:
        with session_scope(self.url) as s:
            return list(s.scalars(select(Job).where(Job.status == JobStatus.running.value).order_by(Job.started_at)))

    def count_by_status(self) -> dict[str, int]:
        with session_scope(self.url) as s:
            rows = s.execute(select(Job.status, func.count()).group_by(Job.status)).all()
        counts = {st.value: 0 for st in JobStatus}
        counts.update({status: n for status, n in rows})
        return counts

    def stage_seconds(self, limit: int = 1000) -> list[dict]:
        with session_scope(self.url) as s:
            rows = s.scalars(
                select(Job.stage_seconds).where(Job.status == JobStatus.succeeded.value)
                .order_by(Job.finished_at.desc()).limit(limit)
            ).all()
        return [r for r in rows if r]

    def update(self, job_id: str, *, only_if_status: tuple[str, ...] | None = None, **values) -> bool:
        """Update fields; with `only_if_status`, only while the job is in one of those states
        (so a canceled job is never turned back into a running or succeeded one)."""
        values.setdefault("updated_at", utcnow())
        with session_scope(self.url) as s:
            q = update(Job).where(Job.id == job_id)
            if only_if_status:
                q = q.where(Job.status.in_(only_if_status))
            return s.execute(q.values(**values)).rowcount > 0
