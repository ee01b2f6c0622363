"""Search across a caller's videos: an in-memory index of every finished job's moments.

Each finished job leaves ``moments.json`` and ``moments.npy`` (float16 sentence embeddings)
beside its artifacts. The index loads a job's moments the first time that job is searched, keeps
them, and per owner keeps one stacked float32 matrix of all their moments. A newly finished job's
rows are appended (the matrix grows by a quarter at a time, so adding a job costs its own rows, not a copy
of the whole index); only when a job leaves the set is it rebuilt. A query is one embedding, one matrix-vector product
over that matrix and a lexical re-rank of the best 200; no file is read per query.
``bench/search_scale.py`` measures it (1 000 videos of 270 moments each: see the README).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vidsense.moments import MOMENTS_JSON, Moment, MomentSet
from vidsense.text import content_stems

__all__ = ["Hit", "SearchIndex"]

_RERANK = 200


@dataclass(frozen=True)
class Hit:
    job_id: str
    start: float
    end: float
    source: str
    text: str
    score: float

    def to_dict(self) -> dict:
        return {"job_id": self.job_id, "start": round(self.start, 3), "end": round(self.end, 3),
                "source": self.source, "text": self.text, "score": round(self.score, 4)}


class _OwnerIndex:
    """One owner's moments: a float32 matrix (numpy has no fast float16 product) with room to grow."""

    def __init__(self) -> None:
        self.jobs: set[str] = set()
        self.refs: list[tuple[str, Moment]] = []
        self._rows = np.zeros((0, 384), np.float32)
        self._sources = np.zeros(0, dtype=object)

    @property
    def matrix(self) -> np.ndarray:  # [N, 384]
        return self._rows[: len(self.refs)]

    @property
    def sources(self) -> np.ndarray:  # [N] the moments' sources, to filter by
        return self._sources[: len(self.refs)]

    def add(self, job_id: str, ms: MomentSet | None) -> None:
        self.jobs.add(job_id)
        if ms is None or not ms.moments:
            return
        n, k = len(self.refs), len(ms.moments)
        if n + k > len(self._rows):  # grow geometrically: appending a job costs about its own rows
            cap = max(n + k, len(self._rows) * 5 // 4, 1024)  # at most 25% slack
            rows = np.zeros((cap, ms.embeddings.shape[1]), np.float32)
            rows[:n] = self._rows[:n]
            sources = np.empty(cap, dtype=object)
            sources[:n] = self._sources[:n]
            self._rows, self._sources = rows, sources
        self._rows[n:n + k] = ms.embeddings
        self._sources[n:n + k] = [m.shown_as for m in ms.moments]  # text on screen is "visual"
        self.refs.extend((job_id, m) for m in ms.moments)


class SearchIndex:
    def __init__(self, jobs_dir: Path, max_jobs_cached: int = 100_000) -> None:
        self.jobs_dir = Path(jobs_dir)
        self._jobs: dict[str, MomentSet] = {}
        self._owners: dict[str, _OwnerIndex] = {}
        self._lock = threading.Lock()
        self._max_jobs = max_jobs_cached

    def _job(self, job_id: str) -> MomentSet | None:
        cached = self._jobs.get(job_id)
        if cached is None:
            folder = self.jobs_dir / job_id
            if not (folder / MOMENTS_JSON).is_file():
                return None  # finished before moments existed, or its files are gone
            cached = MomentSet.load(folder)
            if len(self._jobs) >= self._max_jobs:
                self._jobs.pop(next(iter(self._jobs)))
            self._jobs[job_id] = cached
        return cached

    def _owner(self, owner: str, job_ids: list[str]) -> tuple[np.ndarray, np.ndarray, list[tuple[str, Moment]]]:
        """The owner's index, brought up to date: (matrix, sources, refs), a snapshot that later
        appends do not change (rows are only ever added after it; a rebuild makes a new index)."""
        wanted = set(job_ids)
        with self._lock:
            index = self._owners.get(owner)
            if index is None or not index.jobs <= wanted:  # first search, or a job left: rebuild
                index = self._owners[owner] = _OwnerIndex()
            for job_id in sorted(wanted - index.jobs):  # newly finished jobs: append their rows
                index.add(job_id, self._job(job_id))
            return index.matrix, index.sources, index.refs

    def search(self, owner: str, job_ids: list[str], query: str, query_embedding: np.ndarray,
               limit: int = 10, source: str | None = None) -> list[Hit]:
        matrix, sources, refs = self._owner(owner, job_ids)
        if not len(matrix):
            return []
        sem = matrix @ np.asarray(query_embedding, np.float32)
        if source:
            sem = np.where(sources == source, sem, -1.0)
        k = min(max(_RERANK, limit), len(sem))
        top = np.argpartition(-sem, k - 1)[:k]
        terms = content_stems(query)
        hits = []
        for i in top:
            if source and sources[i] != source:
                continue  # fewer moments of that source than asked for: the others are not hits
            job_id, m = refs[i]
            lexical = len(terms & content_stems(m.text)) / len(terms) if terms else 0.0
            hits.append(Hit(job_id, m.start, m.end, m.shown_as, m.text, float(0.6 * sem[i] + 0.4 * lexical)))
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]
