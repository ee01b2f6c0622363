"""Questions about one video, and search across all of the caller's videos.

Both work from the moments a finished job left beside its artifacts (``moments.json`` and
``moments.npy``) and embed the question in this process (the int8 ONNX sentence model, no
torch). Answers are drawn from the evidence only; see ``vidsense.qa`` (and ``vidsense.reader``
for the LLM that reads the transcript when ``VIDSENSE_ANSWER_LLM`` is set).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel, Field

from api.deps import OwnerDep, SettingsDep, StoreDep
from api.routes.jobs import owned_job
from vidsense.conversation import Turn
from vidsense.db import JobStatus
from vidsense.embedding import embed_one
from vidsense.moments import MOMENTS_JSON, MomentSet
from vidsense.asking import ask as answer
from vidsense.qa import MAX_QUESTION_CHARS
from vidsense.reader import reader_for
from vidsense.search import SearchIndex

router = APIRouter(tags=["answers"])


class PreviousTurn(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS, description="the question asked before")
    answer: str = Field("", max_length=10_000, description="the answer it got")
    start: float | None = Field(None, ge=0, description="where that answer is said (its `start`)")
    end: float | None = Field(None, ge=0)
    found: bool = True


class AskBody(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS, description="a question about the video")
    previous: PreviousTurn | None = Field(
        None, description="the turn asked just before about this video (its question, and the answer, start, end and "
                          "found it got), for a follow-up question: \"what should I click next after that?\", \"and "
                          "where does the other woman live?\", \"for how long?\"")


class Evidence(BaseModel):
    start: float
    end: float
    source: str = Field(description="transcript | visual | audio")
    text: str


class AnswerOut(BaseModel):
    answer: str
    start: float | None
    end: float | None
    confidence: float
    found: bool
    evidence: list[Evidence]


@lru_cache(maxsize=64)
def _moments(folder: Path, mtime: float) -> tuple[MomentSet, float]:
    duration = float(json.loads((folder / "media.json").read_text())["duration"])
    return MomentSet.load(folder), duration


@router.post("/v1/jobs/{job_id}/ask", response_model=AnswerOut, summary="Ask a question about a finished video")
def ask(job_id: str, body: AskBody, owner: OwnerDep, store: StoreDep, settings: SettingsDep) -> dict:
    question = body.question.strip()
    if not question:
        raise HTTPException(422, "the question is empty")
    job = owned_job(job_id, owner, store)
    if job.status != JobStatus.succeeded.value:
        raise HTTPException(409, f"the job is {job.status}; questions can be asked once it has succeeded")
    folder = settings.jobs_dir / job.id
    path = folder / MOMENTS_JSON
    if not path.is_file():
        raise HTTPException(404, "this job has no moments to answer from (it ran before answers existed); submit it again")
    moments, duration = _moments(folder, path.stat().st_mtime)
    previous = Turn(**body.previous.model_dump()) if body.previous is not None else None
    return answer(question, moments, embed_one, duration, reader_for(settings), previous).to_dict()


@lru_cache(maxsize=4)
def _index(jobs_dir: Path) -> SearchIndex:
    return SearchIndex(jobs_dir)


@router.get("/v1/search", summary="Search the moments of all your finished videos")
def search(owner: OwnerDep, store: StoreDep, settings: SettingsDep,
           q: str = Query(..., min_length=1, max_length=500, description="what to look for"),
           limit: int = Query(10, ge=1, le=100),
           source: str | None = Query(None, pattern="^(transcript|visual|audio)$")) -> dict:
    if not q.strip():
        raise HTTPException(422, "the query is empty")
    hits = _index(settings.jobs_dir).search(owner, store.succeeded_ids(owner), q, embed_one(q), limit, source)
    return {"query": q, "results": [h.to_dict() for h in hits]}
