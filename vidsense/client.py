"""A small HTTP client for scripts: `vidsense submit | status | queue | fetch`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx


class ApiError(SystemExit):
    pass


class Client:
    def __init__(self, url: str, key: str, timeout: float = 60.0) -> None:
        self.http = httpx.Client(base_url=url.rstrip("/"), headers={"Authorization": f"Bearer {key}"}, timeout=timeout)

    def _check(self, r: httpx.Response) -> httpx.Response:
        if r.status_code >= 400:
            try:
                detail = r.json().get("error", r.text)
            except ValueError:
                detail = r.text
            raise ApiError(f"error: HTTP {r.status_code}: {json.dumps(detail) if not isinstance(detail, str) else detail}")
        return r

    def submit(self, path: Path, fields: dict[str, str]) -> dict:
        with open(path, "rb") as fh:
            files = {"file": (path.name, fh, "application/octet-stream")}
            return self._check(self.http.post("/v1/jobs", files=files, data=fields, timeout=None)).json()

    def status(self, job_id: str) -> dict:
        return self._check(self.http.get(f"/v1/jobs/{job_id}")).json()

    def queue(self) -> dict:
        return self._check(self.http.get("/v1/queue")).json()

    def fetch(self, job_id: str, artifact: str) -> bytes:
        return self._check(self.http.get(f"/v1/jobs/{job_id}/{artifact}")).content

    def ask(self, job_id: str, question: str, previous: dict | None = None) -> dict:
        """``previous``: the turn before (its question, and the answer, start, end and found it got)."""
        body = {"question": question} | ({"previous": previous} if previous else {})
        return self._check(self.http.post(f"/v1/jobs/{job_id}/ask", json=body)).json()

    def search(self, query: str, limit: int = 10) -> dict:
        return self._check(self.http.get("/v1/search", params={"q": query, "limit": limit})).json()

    def events(self, job_id: str) -> Iterator[tuple[str, dict]]:
        """(type, data) for each event until the final one."""
        with self.http.stream("GET", f"/v1/jobs/{job_id}/events", timeout=httpx.Timeout(60, read=None)) as r:
            self._check(r)
            type_ = None
            for line in r.iter_lines():
                if line.startswith("event: "):
                    type_ = line[7:]
                elif line.startswith("data: ") and type_:
                    yield type_, json.loads(line[6:])
                    if type_ == "done":
                        return


def follow(client: Client, job_id: str) -> dict:
    """Print segments as they arrive; return the final event's data."""
    final: dict = {}
    for type_, data in client.events(job_id):
        if type_ == "segment":
            print(f"[{data['start']:7.2f} -> {data['end']:7.2f}] {data['text']}", flush=True)
        elif type_ == "stage":
            print(f"-- {data['stage']}", file=sys.stderr, flush=True)
        elif type_ == "done":
            final = data
    return final
