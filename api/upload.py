"""Stream a multipart upload straight to disk, enforcing the size limit as the bytes arrive.

Starlette's own form parsing spools the whole body before the handler sees it; this parser
writes the `file` part to its final (generated) name chunk by chunk and stops reading the
moment the limit is passed, so a 50 GB upload costs neither memory nor disk beyond the limit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import HTTPException, Request
from python_multipart.multipart import MultipartParser, parse_options_header

FIELD_LIMIT = 4096  # bytes in one ordinary form field
MAX_FIELDS = 16


@dataclass
class Upload:
    path: Path | None = None
    filename: str = ""
    content_type: str = ""
    size: int = 0
    fields: dict[str, str] = field(default_factory=dict)


class _Collector:
    """Callbacks for python-multipart's push parser."""

    def __init__(self, dest: Path, limit: int) -> None:
        self.dest, self.limit = dest, limit
        self.upload = Upload()
        self._headers: dict[str, str] = {}
        self._header_field = b""
        self._header_value = b""
        self._name: str | None = None
        self._is_file = False
        self._value = bytearray()
        self._fh = None
        self.error: HTTPException | None = None

    def on_part_begin(self) -> None:
        self._headers, self._name, self._is_file, self._value = {}, None, False, bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        # latin-1 keeps the raw bytes: parse_options_header works on latin-1 text, and the file name's
        # UTF-8 bytes are decoded below (decoding UTF-8 here made any non-ASCII name fail with a 400).
        self._headers[self._header_field.decode("latin-1").lower()] = self._header_value.decode("latin-1")
        self._header_field = self._header_value = b""

    def on_headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get("content-disposition", ""))
        self._name = params.get(b"name", b"").decode("utf-8", "replace")
        filename = params.get(b"filename")
        if self._name == "file" and filename is not None:
            if self.upload.path is not None:
                self._fail(422, "only one file per job")
                return
            self._is_file = True
            self.upload.filename = filename.decode("utf-8", "replace")
            self.upload.content_type = self._headers.get("content-type", "")
            self.upload.path = self.dest
            self._fh = open(self.dest, "wb")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self.error:
            return
        n = end - start
        if self._is_file:
            self.upload.size += n
            if self.upload.size > self.limit:
                self._fail(413, f"the upload is larger than the limit of {self.limit} bytes")
                return
            self._fh.write(data[start:end])
        else:
            self._value += data[start:end]
            if len(self._value) > FIELD_LIMIT:
                self._fail(413, f"form field {self._name!r} is longer than {FIELD_LIMIT} bytes")

    def on_part_end(self) -> None:
        if self._is_file and self._fh:
            self._fh.close()
            self._fh = None
        elif self._name and not self.error:
            if len(self.upload.fields) >= MAX_FIELDS:
                self._fail(422, "too many form fields")
            else:
                self.upload.fields[self._name] = self._value.decode("utf-8", "replace")

    def _fail(self, status: int, detail: str) -> None:
        self.error = self.error or HTTPException(status, detail)

    def close(self) -> None:
        if self._fh:
            self._fh.close()
            self._fh = None


async def receive_upload(request: Request, dest: Path, limit: int) -> Upload:
    """Parse the request body; the file part lands at `dest`. Raises HTTPException (and removes
    the partial file) on a bad or oversized body."""
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    if content_type != b"multipart/form-data" or b"boundary" not in params:
        raise HTTPException(415, "send the video as multipart/form-data with a field named 'file'")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + 64 * 1024:
        raise HTTPException(413, f"the upload is larger than the limit of {limit} bytes")
    collector = _Collector(dest, limit)
    parser = MultipartParser(params[b"boundary"], callbacks={
        name: getattr(collector, name) for name in (
            "on_part_begin", "on_part_data", "on_part_end", "on_header_field",
            "on_header_value", "on_header_end", "on_headers_finished")
    })
    try:
        async for chunk in request.stream():
            parser.write(chunk)
            if collector.error:
                raise collector.error
        parser.finalize()
    except HTTPException:
        collector.close()
        dest.unlink(missing_ok=True)
        raise
    except Exception as exc:  # malformed multipart
        collector.close()
        dest.unlink(missing_ok=True)
        raise HTTPException(400, f"malformed multipart body: {type(exc).__name__}") from exc
    collector.close()
    if collector.upload.path is None:
        raise HTTPException(422, "the form has no file field named 'file'")
    return collector.upload


def safe_extension(filename: str) -> str:
    """A short alphanumeric extension from the user's file name, for the stored name (never the name itself)."""
    ext = os.path.splitext(os.path.basename(filename.replace("\\", "/")))[1].lower().lstrip(".")
    return ext if ext.isalnum() and len(ext) <= 8 else "bin"
