"""The web page: `GET /` serves `api/static/index.html`; its CSS and JS modules are under `/static`.

Plain committed files, no build step. The page itself holds no secrets: it asks for an API key,
keeps it in the browser session and sends it as `Authorization: Bearer` like any other client.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parents[1] / "static"

# Everything the page loads comes from this server; subtitles are attached as blob: URLs.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'none'")
PAGE_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}

router = APIRouter(include_in_schema=False)


@router.get("/")
def index() -> FileResponse:
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)


def static_files() -> StaticFiles:
    """Mounted at /static by the app (a mount cannot live on a router)."""
    return StaticFiles(directory=STATIC_DIR)
