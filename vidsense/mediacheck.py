"""Submit-time media check: read the container's headers with PyAV (no decoding, no torch),
so that an upload that is not media, has no streams or lasts zero seconds is refused at once."""

from __future__ import annotations

from dataclasses import dataclass

import av

ALLOWED_TYPE_PREFIXES = ("video/", "audio/", "application/octet-stream", "application/mp4", "application/ogg",
                         "application/x-matroska")


@dataclass(frozen=True)
class MediaCheck:
    ok: bool
    status: int = 200  # the HTTP status to refuse with
    code: str = ""
    message: str = ""
    duration: float = 0.0
    width: int = 0
    height: int = 0


def content_type_allowed(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return any(base.startswith(p) for p in ALLOWED_TYPE_PREFIXES) if base else True


def check_media(path: str, max_duration_s: float, max_frame_pixels: int) -> MediaCheck:
    try:
        container = av.open(path, metadata_errors="ignore")
    except Exception as exc:  # PyAV raises several FFmpeg error types for junk
        return MediaCheck(False, 415, "not_media", f"not a readable audio or video file ({type(exc).__name__})")
    with container:
        videos = [s for s in container.streams.video if s.codec_context and s.codec_context.width]
        audios = list(container.streams.audio)
        if not videos and not audios:
            return MediaCheck(False, 422, "no_streams", "the file has neither an audio nor a video stream")
        known_duration = container.duration is not None
        duration = container.duration / av.time_base if container.duration else 0.0
        for s in videos + audios:
            if s.duration and s.time_base:
                duration = max(duration, float(s.duration * s.time_base))
        width = max((s.codec_context.width for s in videos), default=0)
        height = max((s.codec_context.height for s in videos), default=0)
    if known_duration and duration <= 0:
        return MediaCheck(False, 422, "zero_duration", "the media has zero duration")
    if duration > max_duration_s:
        return MediaCheck(False, 422, "too_long", f"the media lasts {duration:.0f} s, over the limit of {max_duration_s:.0f} s")
    if width * height > max_frame_pixels:
        return MediaCheck(False, 422, "frame_too_large", f"frames of {width}x{height} exceed the limit of {max_frame_pixels} pixels")
    return MediaCheck(True, duration=duration, width=width, height=height)
