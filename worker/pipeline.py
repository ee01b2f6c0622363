"""The job pipeline as a plain function: probe, decode and transcribe (streaming), write outputs.

Used by the Celery task and by `vidsense analyze` alike; how progress and segments are
reported is the caller's business (a `Reporter`).
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from worker import outputs
from worker.decode import AudioChunk, iter_audio, iter_frames, probe
from worker.errors import JobError, MediaError
from worker.models_cache import ModelCache
from worker.chapters import make_chapters
from worker.transcribe import AsrOptions, StreamingTranscriber
from worker.types import MediaInfo, Segment, Transcript
from worker.understand import TimelineBuilder, timeline_to_json
from vidsense.moments import build_moments
from vidsense.summarize import summarize
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
    chunked=None,
) -> JobResult:
    """`chunked` (worker/chunks.py, in the worker): called with the probed media, it returns the transcript
    and the merged TimelineBuilder of a long video processed in parallel chunks, or None to stream it here."""
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

    with stage("transcribe"):  # and, as the media decodes, encode its frames and sounds
        done = chunked(info, timings) if chunked is not None else None
        transcript, builder = done if done is not None else \
            _stream(input_path, info, options, models, settings, reporter, timings)

    with stage("fuse"):
        timeline = builder.finish(transcript.segments, info.duration)
        chapters = make_chapters(timeline)

    with stage("write"):
        artifacts = outputs.write_all(out_dir, info, transcript, timeline, chapters)

    with stage("summarize"):
        artifacts.update(_summarize(out_dir, info, transcript, timeline, chapters, models, settings))
    reporter.progress(1.0)
    return JobResult(info, transcript, artifacts, timings)


def _summarize(out_dir: Path, info: MediaInfo, transcript: Transcript, timeline, chapters, models: ModelCache,
               settings: Settings) -> dict[str, Path]:
    """Moments (the evidence for answers and search) and the summary drawn from them."""
    moments = build_moments(transcript.to_dict(), timeline_to_json(timeline), models.text_embedder().embed)
    summary = summarize(moments, info.duration, [c.to_dict() for c in chapters], llm=models.llm())
    return outputs.write_understanding(out_dir, moments, summary)


class _Timed:
    """Adds the time spent in calls to timings[key]: the cost of each encoder, inside the streaming stage."""

    def __init__(self, timings: dict[str, float], key: str, fn) -> None:
        self.timings, self.key, self.fn = timings, key, fn

    def __call__(self, *args):
        t0 = time.perf_counter()
        try:
            return self.fn(*args)
        finally:
            self.timings[self.key] = round(self.timings.get(self.key, 0.0) + time.perf_counter() - t0, 3)


class _Encoder:
    """Runs the frame and sound encoders on one background thread, in submission order, while the
    calling thread decodes audio and transcribes (CTranslate2, onnxruntime, PyAV and numpy's FFTs
    release the GIL). At most `depth` calls wait, so the encoders never run far behind and nothing
    piles up in memory; an encoder's exception is raised in the caller at its next submit or drain.
    With `threaded` False, calls run at once in the caller (as before; for comparisons)."""

    def __init__(self, threaded: bool = True, depth: int = 4) -> None:
        self.threaded = threaded
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._stop = False
        self._thread: threading.Thread | None = None

    def submit(self, fn, *args) -> None:
        self._raise()
        if not self.threaded:
            fn(*args)
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="vidsense-encoders", daemon=True)
            self._thread.start()
        self._queue.put((fn, args))

    def drain(self) -> None:
        """Wait until every submitted call has run; raise the first error."""
        if self._thread is not None:
            self._queue.join()
        self._raise()

    def close(self) -> None:
        """Drop what waits, let the running call end, stop the thread (also on errors and cancel)."""
        self._stop = True
        if self._thread is not None:
            while True:
                try:
                    self._queue.get_nowait()
                    self._queue.task_done()
                except queue.Empty:
                    break
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                if not self._stop and self._error is None:
                    fn, args = item
                    fn(*args)
            except BaseException as exc:  # noqa: BLE001  handed to the caller
                self._error = exc
            finally:
                self._queue.task_done()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error


def _stream(path: Path, info: MediaInfo, options: JobOptions, models: ModelCache, settings: Settings,
            reporter: Reporter, timings: dict[str, float], span=None) -> tuple[Transcript, TimelineBuilder]:
    """One pass over the media: audio chunks go to the transcriber and the audio descriptors,
    frame batches (interleaved by time) to the frame encoder. Only features are kept.

    With `span` (a worker.chunks.ChunkSpan), one chunk of a long video: only [asr_from, asr_to) is
    transcribed (absolute times; the chunk keeps the words of [asr_start, asr_end)) and only
    [feat_start, feat_end) (on the window grid) is encoded."""
    builder = TimelineBuilder(settings.window_s, frame_encoder=models.frame_encoder() if info.has_video else None,
                              text_embedder=models.text_embedder(), fusion=models.fusion())
    add_frames = _Timed(timings, "encode_frames", builder.add_frames)
    add_audio = _Timed(timings, "encode_audio", builder.add_audio)
    if span is None:
        frames = iter_frames(path, info, settings.frame_rate)
        audio_chunks = iter_audio(path)
    else:
        frames = iter_frames(path, info, settings.frame_rate, start=span.feat_start, end=span.feat_end)
        audio_chunks = iter_audio(path, start=span.decode_start, end=span.decode_end)
        if info.has_video and span.k > 0:
            span.seed_previous_frame(path, info, settings, builder)  # the shot score across the edge
        add_audio = span.clip_audio(add_audio)  # only the samples of [feat_start, feat_end)
    pending: list = []
    reached = [0.0]  # frames run ahead of the audio by up to a batch: report the furthest point only

    def advance(t: float) -> None:
        if t > reached[0]:
            reached[0] = t
            reporter.progress(min(0.99, t / info.duration))

    def frames_until(t: float, report: bool = True) -> None:
        while True:
            if report:  # (not from the encoder thread: the caller reports, the reporter stays single-threaded)
                reporter.check_canceled()
            if not pending:
                batch = next(frames, None)
                if batch is None:
                    return
                pending.append(batch)
            if pending[0].times[0] >= t:
                return
            batch = pending.pop()
            add_frames(batch.times, batch.pixels)
            if report:
                advance(float(batch.times[-1]))

    segments: list[Segment] = []
    language = options.language or ""
    if info.has_audio:
        transcriber = _transcriber(options, models, settings)
        recognize = _Timed(timings, "recognize", transcriber.feed)
        if span is not None:
            transcriber._buffer_start = span.asr_from  # absolute times (the transcriber counts from 0)
            if span.k > 0:  # the short first window is for the first segment's latency: chunk 0's business
                transcriber.options = replace(transcriber.options, first_window_s=transcriber.options.window_s)
            recognize = span.clip_chunks(recognize)  # only the samples of [asr_from, asr_to)

        def take(new: list[Segment]) -> None:
            for seg in new:
                reporter.segment(len(segments), seg)
                segments.append(seg)

        # Until the first window is transcribed, chunks wait (a few seconds' worth) for the
        # encoders, so that nothing delays the first segments. Then the encoders run on their own
        # thread beside the transcription, a chunk (and the frames up to its end) at a time.
        waiting: list[AudioChunk] = []
        encoder = _Encoder(threaded=os.environ.get("VIDSENSE_ENCODE_THREAD", "1") != "0")

        def encode(c: AudioChunk) -> None:
            add_audio(c.start, c.samples)
            frames_until(c.end, report=False)

        def encode_waiting() -> None:
            for c in waiting:
                encoder.submit(encode, c)
            waiting.clear()

        try:
            for chunk in audio_chunks:
                reporter.check_canceled()
                take(recognize(chunk))
                waiting.append(chunk)
                if transcriber.windows_done:
                    encode_waiting()
                advance(chunk.end)
            take(_Timed(timings, "recognize", transcriber.finish)())
            encode_waiting()
            encoder.drain()
        finally:
            encoder.close()
        language = transcriber.language or language
    frames_until(float("inf"))
    return Transcript(language=language, duration=info.duration, segments=segments), builder


def _transcriber(options: JobOptions, models: ModelCache, settings: Settings) -> StreamingTranscriber:
    model = models.whisper(options.asr_model or settings.asr_model)
    if not model.model.is_multilingual and (options.task == "translate" or options.language not in (None, "en")):
        raise JobError("bad_option", "this English-only model cannot translate or transcribe other languages; use asr_model=base")
    return StreamingTranscriber(model, AsrOptions(
        language=options.language,
        task=options.task,
        beam_size=settings.asr_beam_size,
        first_window_s=settings.asr_first_window_s,
        window_s=settings.asr_window_s,
        vad=models.vad_options(),
    ))
