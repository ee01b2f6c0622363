"""The job pipeline as a plain function: probe, decode and transcribe (streaming), write outputs.

Used by the Celery task and by `vidsense analyze` alike; how progress and segments are
reported is the caller's business (a `Reporter`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from worker import outputs
from worker.decode import iter_audio, probe
from worker.errors import JobError, MediaError
from worker.models_cache import ModelCache
from worker.transcribe import AsrOptions, StreamingTranscriber
from worker.types import MediaInfo, Segment, Transcript
from vidsense.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobOptions:
    language: str | None = None
    task: str = "transcribe"
    asr_model: str | None = None  # None: the settings' default

    @classmethod
    def from_dict(cls, d: dict) -> "JobOptions":
        return cls(language=d.get("language") or None, task=d.get("task") or "transcribe",
                   asr_model=d.get("asr_model") or None)


class Reporter(Protocol):
    def media(self, info: MediaInfo) -> None: ...
    def stage(self, name: str) -> None: ...
    def progress(self, value: float) -> None: ...
    def segment(self, index: int, segment: Segment) -> None: ...
    def check_canceled(self) -> None: ...


@dataclass
class JobResult:
    media: MediaInfo
    transcript: Transcript
    artifacts: dict[str, Path]
    stage_seconds: dict[str, float] = field(default_factory=dict)


def check_limits(info: MediaInfo, settings: Settings) -> None:
    if info.duration > settings.max_duration_s:
        raise MediaError("too_long", f"the media lasts {info.duration:.0f} s, over the limit of {settings.max_duration_s:.0f} s")
    if info.width and info.height and info.width * info.height > settings.max_frame_pixels:
        raise MediaError("frame_too_large", f"frames of {info.width}x{info.height} exceed the limit of {settings.max_frame_pixels} pixels")


def run_pipeline(
    input_path: Path,
    out_dir: Path,
    options: JobOptions,
    models: ModelCache,
    settings: Settings,
    reporter: Reporter,
) -> JobResult:
    timings: dict[str, float] = {}

    @contextmanager
    def stage(name: str) -> Iterator[None]:
        reporter.check_canceled()
        reporter.stage(name)
        t0 = time.perf_counter()
        yield
        timings[name] = round(time.perf_counter() - t0, 3)
        log.info("stage done", extra={"stage": name, "seconds": timings[name]})

    with stage("probe"):
        info = probe(input_path)
        check_limits(info, settings)
        reporter.media(info)

    with stage("transcribe"):
        transcript = _transcribe(input_path, info, options, models, settings, reporter)

    with stage("write"):
        artifacts = outputs.write_all(out_dir, info, transcript)
    reporter.progress(1.0)
    return JobResult(info, transcript, artifacts, timings)


def _transcribe(path: Path, info: MediaInfo, options: JobOptions, models: ModelCache,
                settings: Settings, reporter: Reporter) -> Transcript:
    model = models.whisper(options.asr_model or settings.asr_model)
    if not info.has_audio:
        return Transcript(language=options.language or "", duration=info.duration, segments=[])
    asr_options = AsrOptions(
        language=options.language,
        task=options.task,
        beam_size=settings.asr_beam_size,
        first_window_s=settings.asr_first_window_s,
        window_s=settings.asr_window_s,
        vad=models.vad_options(),
    )
    if not model.model.is_multilingual and (options.task == "translate" or options.language not in (None, "en")):
        raise JobError("bad_option", "this English-only model cannot translate or transcribe other languages; use asr_model=base")
    transcriber = StreamingTranscriber(model, asr_options)
    segments: list[Segment] = []

    def take(new: list[Segment]) -> None:
        for seg in new:
            reporter.segment(len(segments), seg)
            segments.append(seg)

    for chunk in iter_audio(path):
        reporter.check_canceled()
        take(transcriber.feed(chunk))
        reporter.progress(min(0.99, chunk.end / info.duration))
    take(transcriber.finish())
    return Transcript(language=transcriber.language or options.language or "", duration=info.duration, segments=segments)
