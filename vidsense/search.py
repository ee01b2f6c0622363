"""Search across a caller's videos: an in-memory index of every finished job's moments.

Each finished job leaves ``moments.json`` and ``moments.npy`` (float16 sentence embeddings)
beside its artifacts. The index loads a job's moments the first time that job is searched, keeps
them, and per owner keeps one stacked float32 matrix of all their moments, rebuilt only when
the owner's set of finished jobs changes. A query is one embedding, one matrix-vector product
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


@dataclass
class _OwnerIndex:
    jobs: tuple[str, ...]
    matrix: np.ndarray  # [N, 384] float32 (numpy has no fast float16 product)
    refs: list[tuple[str, Moment]]
    sources: np.ndarray  # [N] the moments' sources, to filter by


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

    def _owner(self, owner: str, job_ids: list[str]) -> _OwnerIndex:
        key = tuple(sorted(job_ids))
        with self._lock:
            index = self._owners.get(owner)
            if index is None or index.jobs != key:
                refs: list[tuple[str, Moment]] = []
                parts = []
                for job_id in key:
                    ms = self._job(job_id)
                    if ms is None or not ms.moments:
                        continue
                    refs.extend((job_id, m) for m in ms.moments)
                    parts.append(ms.embeddings.astype(np.float32))
                matrix = np.concatenate(parts) if parts else np.zeros((0, 384), np.float32)
                sources = np.array([m.source for _, m in refs], dtype=object)
                index = self._owners[owner] = _OwnerIndex(key, matrix, refs, sources)
            return index

    def search(self, owner: str, job_ids: list[str], query: str, query_embedding: np.ndarray,
               limit: int = 10, source: str | None = None) -> list[Hit]:
        index = self._owner(owner, job_ids)
        if not index.refs:
            return []
        sem = index.matrix @ np.asarray(query_embedding, np.float32)
        if source:
            sem = np.where(index.sources == source, sem, -1.0)
        k = min(max(_RERANK, limit), len(sem))
        top = np.argpartition(-sem, k - 1)[:k]
        terms = content_stems(query)
        hits = []
        for i in top:
            job_id, m = index.refs[i]
            lexical = len(terms & content_stems(m.text)) / len(terms) if terms else 0.0
            hits.append(Hit(job_id, m.start, m.end, m.source, m.text, float(0.6 * sem[i] + 0.4 * lexical)))
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]
