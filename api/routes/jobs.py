"""Jobs: submit, watch, list, cancel, and fetch results."""

from __future__ import annotations

import logging
import mimetypes
import os
import re
import uuid

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse

from api import media_token
from api.deps import OwnerDep, RedisDep, SettingsDep, StoreDep, current_owner_sync
from api.ratelimit import check_quota
from api.upload import receive_upload, safe_extension
from vidsense.asr_names import check_user_model
from vidsense.db import Job, JobStatus, utcnow
from vidsense.events import EventPublisher, request_cancel
from vidsense.mediacheck import check_media, content_type_allowed
from worker.celery_app import PROCESS_JOB, app as celery_app

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/jobs", tags=["jobs"])

LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
ARTIFACTS = {  # route name -> (file, media type)
    "transcript": ("transcript.json", "application/json"),
    "subtitles.srt": ("subtitles.srt", "application/x-subrip; charset=utf-8"),
    "subtitles.vtt": ("subtitles.vtt", "text/vtt; charset=utf-8"),
    # in English, where speech in another language was translated (worker/subtitles.py, in_english)
    "subtitles.en.srt": ("subtitles.en.srt", "application/x-subrip; charset=utf-8"),
    "subtitles.en.vtt": ("subtitles.en.vtt", "text/vtt; charset=utf-8"),
    "transcript.txt": ("transcript.txt", "text/plain; charset=utf-8"),
    "timeline": ("timeline.json", "application/json"),
    "chapters": ("chapters.json", "application/json"),
    "summary": ("summary.json", "application/json"),
}

SUBMIT_BODY = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {"schema": {
            "type": "object",
            "required": ["file"],
            "properties": {
                "file": {"type": "string", "format": "binary", "description": "the video or audio file"},
                "language": {"type": "string", "description": "spoken language code (e.g. en); empty: detect"},
                "task": {"type": "string", "enum": ["transcribe", "translate"]},
                "asr_model": {"type": "string", "description": "a Whisper model name (base, tiny.en, large-v3, ...) or the name of a model folder in the server's models folder; never a path"},
            },
        }}},
    }
}


def _options(fields: dict[str, str], settings=None) -> dict:
    language = fields.get("language", "").strip().lower() or None
    if language and not LANGUAGE_RE.match(language):
        raise HTTPException(422, f"language must be a language code such as 'en' or 'fr', not {language[:20]!r}")
    task = fields.get("task", "").strip() or "transcribe"
    if task not in ("transcribe", "translate"):
        raise HTTPException(422, "task must be 'transcribe' or 'translate'")
    asr_model = fields.get("asr_model", "").strip() or None
    if asr_model and (len(asr_model) > 200 or "\x00" in asr_model):
        raise HTTPException(422, "asr_model is not a valid model name or path")
    if asr_model and settings is not None:  # a name, never a path of the user's choosing
        reason = check_user_model(asr_model, settings.asr_model, settings.models_path)
        if reason:
            raise HTTPException(422, {"code": "bad_option", "message": reason})
    return {"language": language, "task": task, "asr_model": asr_model}


@router.post("", status_code=202, openapi_extra=SUBMIT_BODY, summary="Submit a video")
async def submit(request: Request, owner: OwnerDep, settings: SettingsDep, store: StoreDep, client: RedisDep) -> JSONResponse:
    # The key's quota of unfinished jobs: refused before the upload is read, and checked again after it.
    check_quota(await run_in_threadpool(store.count_unfinished, owner), settings)
    job_id = uuid.uuid4().hex
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    partial = settings.uploads_dir / f"{job_id}.part"
    upload = await receive_upload(request, partial, settings.max_upload_bytes)
    try:
        options = _options(upload.fields, settings)
        if not content_type_allowed(upload.content_type):
            raise HTTPException(415, f"content type {upload.content_type!r} is not audio or video")
        if upload.size == 0:
            raise HTTPException(422, "the uploaded file is empty")
        check = await run_in_threadpool(check_media, str(partial), settings.max_duration_s, settings.max_frame_pixels)
        if not check.ok:
            raise HTTPException(check.status, {"code": check.code, "message": check.message})
        check_quota(await run_in_threadpool(store.count_unfinished, owner), settings)
    except HTTPException:
        partial.unlink(missing_ok=True)
        raise
    upload_name = f"{job_id}.{safe_extension(upload.filename)}"
    os.replace(partial, settings.uploads_dir / upload_name)
    job = Job(id=job_id, owner=owner, status=JobStatus.queued.value, filename=upload.filename[:255],
              upload_name=upload_name, size_bytes=upload.size, options=options, progress=0.0)
    await run_in_threadpool(store.create, job)
    try:
        # Redis and the broker are blocking clients: in a worker thread, never on the event loop.
        await run_in_threadpool(_queue, client, job_id, settings)
    except Exception as exc:
        log.error("could not queue the job", extra={"job_id": job_id, "error": str(exc)})
        await run_in_threadpool(store.update, job_id, status=JobStatus.failed.value, error_code="queue_unavailable",
                                error_message="the job queue (Redis) could not be reached; submit again later")
        raise HTTPException(503, "the job queue is unavailable; try again later") from exc
    log.info("job queued", extra={"job_id": job_id, "bytes": upload.size})
    return JSONResponse((await run_in_threadpool(store.get, job_id)).to_dict(), status_code=202)


def _queue(client, job_id: str, settings) -> None:
    EventPublisher(client, job_id, settings.events_maxlen, settings.events_ttl_s).publish("status", {"status": "queued"})
    celery_app.send_task(PROCESS_JOB, args=[job_id], task_id=job_id)


@router.get("", summary="List your jobs")
def list_jobs(owner: OwnerDep, store: StoreDep,
              status: JobStatus | None = None,
              limit: int = Query(20, ge=1, le=100),
              offset: int = Query(0, ge=0, le=1_000_000)) -> dict:
    jobs, total = store.list(owner, status.value if status else None, limit, offset)
    return {"jobs": [j.to_dict() for j in jobs], "total": total, "limit": limit, "offset": offset}


def owned_job(job_id: str, owner: str, store) -> Job:
    job = store.get(job_id, owner=owner) if len(job_id) <= 64 else None
    if job is None:
        raise HTTPException(404, "no such job")
    return job


@router.get("/{job_id}", summary="A job's status, progress and media info")
async def get_job(job_id: str, owner: OwnerDep, store: StoreDep) -> dict:
    # The route clients poll: on the event loop, with one worker-thread hop for the (blocking) read.
    return (await run_in_threadpool(owned_job, job_id, owner, store)).to_dict()


@router.delete("/{job_id}", summary="Cancel a queued or running job")
def cancel_job(job_id: str, owner: OwnerDep, store: StoreDep, client: RedisDep, settings: SettingsDep) -> dict:
    job = owned_job(job_id, owner, store)
    if JobStatus(job.status).finished:
        raise HTTPException(409, f"the job has already {job.status}")
    changed = store.update(job_id, only_if_status=(JobStatus.queued.value, JobStatus.running.value),
                           status=JobStatus.canceled.value, finished_at=utcnow())
    if changed:
        request_cancel(client, job_id)  # the worker checks this between audio chunks
        EventPublisher(client, job_id, settings.events_maxlen, settings.events_ttl_s).finish("canceled")
        if job.status == JobStatus.queued.value:
            celery_app.control.revoke(job_id)  # dropped when a worker picks it up
        else:
            # One recognition window can run for many seconds inside CTranslate2, out of reach of the
            # flag: stop the worker process that runs it. Celery replaces the process; if the message
            # comes back, the job record says canceled and the task does nothing.
            celery_app.control.revoke(job_id, terminate=True, signal="SIGTERM")
    return store.get(job_id).to_dict()


@router.post("/{job_id}/media-token", summary="A short-lived token for the media URL (for <video>, which cannot send the key)")
def make_media_token(job_id: str, owner: OwnerDep, store: StoreDep, settings: SettingsDep) -> dict:
    job = owned_job(job_id, owner, store)
    secret = media_token.owner_secret(owner, settings.api_keys)
    if secret is None:  # the key was checked a moment ago; only a settings change gets here
        raise HTTPException(401, "invalid API key")
    token, expires = media_token.issue(job.id, secret)
    return {"token": token, "expires_at": expires, "url": f"/v1/jobs/{job.id}/media?token={token}"}


@router.get("/{job_id}/media", summary="The uploaded video or audio, with Range requests (key, or ?token= from media-token)",
            response_class=FileResponse,
            responses={200: {"description": "the file (206 and part of it for a Range request)",
                             "content": {"video/*": {}, "audio/*": {}}}})
def get_media(job_id: str, request: Request, store: StoreDep, settings: SettingsDep,
              token: str | None = Query(None, max_length=128, description="from POST /v1/jobs/{id}/media-token")):
    if token is None:
        job = owned_job(job_id, current_owner_sync(request, settings), store)
    else:
        # Same answer for a bad token and an unknown job: a token must not reveal which jobs exist.
        job = store.get(job_id) if len(job_id) <= 64 else None
        secret = media_token.owner_secret(job.owner, settings.api_keys) if job else None
        if job is None or not media_token.verify(token, job.id, secret):
            raise HTTPException(401, "invalid or expired media token")
    path = settings.uploads_dir / job.upload_name
    if not path.is_file():
        raise HTTPException(404, "the uploaded file is no longer kept for this job")
    media_type = mimetypes.guess_type(path.name)[0] or mimetypes.guess_type(job.filename or "")[0]
    if not media_type or not media_type.startswith(("video/", "audio/")):
        media_type = "application/octet-stream"
    return FileResponse(path, media_type=media_type, headers={"Cache-Control": "private, max-age=3600"})


@router.get("/{job_id}/{artifact}", summary="A result: transcript, subtitles.srt, subtitles.vtt, subtitles.en.srt, subtitles.en.vtt, transcript.txt, timeline, chapters, summary")
def get_artifact(job_id: str, artifact: str, owner: OwnerDep, store: StoreDep, settings: SettingsDep):
    if artifact not in ARTIFACTS:
        raise HTTPException(404, f"unknown result {artifact[:40]!r}; one of: {', '.join(ARTIFACTS)}")
    job = owned_job(job_id, owner, store)
    if job.status != JobStatus.succeeded.value:
        raise HTTPException(409, f"the job is {job.status}; results are ready when it has succeeded")
    name, media_type = ARTIFACTS[artifact]
    path = settings.jobs_dir / job.id / name
    if not path.is_file():
        if artifact.startswith("subtitles.en."):
            raise HTTPException(404, "no English subtitles for this job: nothing said in another language was translated "
                                     "(subtitles.srt and subtitles.vtt hold what was said)")
        raise HTTPException(404, f"{name} is missing for this job")
    return FileResponse(path, media_type=media_type, filename=None if media_type == "application/json" else name)
