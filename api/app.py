"""The HTTP API (FastAPI). Never imports torch or the models: tasks are sent by name."""

from __future__ import annotations

import gc
import logging
import threading

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from api.deps import store_for
from api.routes import answers, events, jobs, system, web
from vidsense import __version__, logs, wordnet
from vidsense.reader import reader_for
from vidsense.settings import get_settings

log = logging.getLogger(__name__)


def create_app() -> FastAPI:
    settings = get_settings()
    logs.configure(settings.log_level, settings.log_json)
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    settings.jobs_dir.mkdir(parents=True, exist_ok=True)
    try:  # the engine, its pool and the tables, once, before the first request (not on the event loop)
        store_for(settings)
    except Exception as exc:  # the database is down: start anyway; /healthz says so, and the store is built later
        log.warning("database unavailable at startup", extra={"error": f"{type(exc).__name__}: {exc}"})
    app = FastAPI(title="vidsense", version=__version__,
                  description="Submit videos; get transcripts, subtitles and live progress.")
    app.include_router(system.router)
    app.include_router(events.router)  # before jobs: /{id}/events must win over /{id}/{artifact}
    app.include_router(jobs.router)
    app.include_router(web.router)
    app.mount("/static", web.static_files(), name="static")
    app.include_router(answers.router)
    origins = [o.strip() for o in settings.cors_origins.split(",") if o.strip()]
    if origins:  # CORS is off unless origins are configured: no Access-Control-* headers at all
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_credentials=False,
                           allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type", "Last-Event-ID"],
                           expose_headers=["Retry-After"], max_age=600)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, dict) else {"message": str(exc.detail)}
        return JSONResponse({"error": detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": {"message": "invalid request", "details": jsonable(exc.errors())}}, status_code=422)

    # WordNet's index (questions worded unlike the speech) is read now, not at the first question,
    # so that it is frozen with the rest below.
    wordnet.load()
    if settings.answer_llm.strip():  # the optional answer LLM loads now, in the background, not in the first question
        threading.Thread(target=reader_for, args=(settings,), name="answer-llm-load", daemon=True).start()
    # The ~115k objects of the imports and the app live as long as the process: keep them out of the
    # cyclic GC, whose full (generation 2) passes over them stopped every request for 30-100 ms.
    gc.collect()
    gc.freeze()
    return app


def jsonable(errors) -> list:
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in errors]
