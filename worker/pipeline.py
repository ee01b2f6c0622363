"""The job pipeline as a plain function: probe, decode and transcribe (streaming), write outputs.

Used by the Celery task and by `vidsense analyze` alike; how progress and segments are
reported is the caller's business (a `Reporter`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from models.ocr import STILL_SIDE
from models.pitch import PitchTracker
from models.speakers import SpeakerTracker
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


def _stream(path: Path, info: MediaInfo, options: JobOptions, models: ModelCache, settings: Settings,
            reporter: Reporter, timings: dict[str, float], span=None) -> tuple[Transcript, TimelineBuilder]:
    """One pass over the media: audio chunks go to the transcriber and the audio descriptors,
    frame batches (interleaved by time) to the frame encoder. Only features are kept.

    With `span` (a worker.chunks.ChunkSpan), one chunk of a long video: only [asr_from, asr_to) is
    transcribed (absolute times; the chunk keeps the words of [asr_start, asr_end)) and only
    [feat_start, feat_end) (on the window grid) is encoded."""
    builder = TimelineBuilder(settings.window_s, frame_encoder=models.frame_encoder() if info.has_video else None,
                              text_embedder=models.text_embedder(), fusion=models.fusion(),
                              face_detector=models.face_detector() if info.has_video else None,
                              hand_detector=models.hand_detector() if info.has_video else None,
                              text_reader=models.text_reader() if info.has_video else None,
                              object_detector=models.object_detector() if info.has_video else None,
                              text_every_s=settings.text_every_s,
                              frame_aspect=info.width / info.height if info.width and info.height else 1.0)
    add_frames = _Timed(timings, "encode_frames", builder.add_frames)  # the detectors' and text reader's included
    still_side = STILL_SIDE if builder.text_reader is not None or builder.object_detector is not None else 0
    add_audio = _Timed(timings, "encode_audio", builder.add_audio)
    if span is None:
        frames = iter_frames(path, info, settings.frame_rate, still_side=still_side)
        audio_chunks = iter_audio(path)
    else:
        frames = iter_frames(path, info, settings.frame_rate, start=span.feat_start, end=span.feat_end,
                             still_side=still_side)
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

    def frames_until(t: float) -> None:
        while True:
            reporter.check_canceled()
            if not pending:
                batch = next(frames, None)
                if batch is None:
                    return
                pending.append(batch)
            if pending[0].times[0] >= t:
                return
            batch = pending.pop()
            add_frames(batch.times, batch.pixels, batch.stills)
            advance(float(batch.times[-1]))

    segments: list[Segment] = []
    language = options.language or ""
    speakers = None
    if info.has_audio:
        transcriber = _transcriber(options, models, settings)
        recognize = _Timed(timings, "recognize", transcriber.feed)
        if span is not None:
            transcriber._buffer_start = span.asr_from  # absolute times (the transcriber counts from 0)
            if span.k > 0:  # the short first window is for the first segment's latency: chunk 0's business
                transcriber.options = replace(transcriber.options, first_window_s=transcriber.options.window_s)
            recognize = span.clip_chunks(recognize)  # only the samples of [asr_from, asr_to)

        pitch = PitchTracker()
        track_pitch = _Timed(timings, "pitch", pitch.feed)
        encoder = models.speaker_encoder()
        speakers = SpeakerTracker(encoder) if encoder is not None else None
        numbered = _Timed(timings, "speakers", with_speaker)

        def take(new: list[Segment]) -> None:
            for seg in new:
                seg = with_pitch(seg, pitch)  # its audio is in the tracker: fed each chunk before the transcriber
                if speakers is not None:
                    seg = numbered(seg, speakers)  # likewise
                reporter.segment(len(segments), seg)
                segments.append(seg)

        # Until the first window is transcribed, chunks wait (a few seconds' worth) for the
        # encoders, so that nothing delays the first segments.
        waiting: list[AudioChunk] = []

        def encode_waiting() -> None:
            for c in waiting:
                add_audio(c.start, c.samples)
                frames_until(c.end)
            waiting.clear()

        for chunk in audio_chunks:
            reporter.check_canceled()
            track_pitch(chunk.start, chunk.samples)
            if speakers is not None:
                speakers.feed(chunk.start, chunk.samples)
            take(recognize(chunk))
            waiting.append(chunk)
            if transcriber.windows_done:
                encode_waiting()
            advance(chunk.end)
        take(_Timed(timings, "recognize", transcriber.finish)())
        encode_waiting()
        language = transcriber.language or language
    frames_until(float("inf"))
    voices: list = []
    if speakers is not None:  # the live numbers were the voices heard so far; now all are heard
        numbers, voices = _Timed(timings, "speakers", speakers.final)()
        segments = [replace(seg, speaker=n) for seg, n in zip(segments, numbers)]
    return Transcript(language=language, duration=info.duration, segments=segments, voices=voices), builder


def with_pitch(seg: Segment, pitch: PitchTracker) -> Segment:
    """``seg`` with each word's pitch (``Word.f0``), which tells a low voice from a high one (vidsense.voices), and
    its loudness (``Word.level``), which tells a line said loud or quiet (vidsense.loudness)."""
    return replace(seg, words=tuple(replace(w, f0=pitch.median(w.start, w.end), level=pitch.level(w.start, w.end))
                                    for w in seg.words))


def with_speaker(seg: Segment, speakers: SpeakerTracker) -> Segment:
    """``seg`` with the number of the voice that says it (``Segment.speaker``), from the audio of its words."""
    spans = [(w.start, w.end) for w in seg.words] or [(seg.start, seg.end)]
    return replace(seg, speaker=speakers.voice(spans))


def _transcriber(options: JobOptions, models: ModelCache, settings: Settings) -> StreamingTranscriber:
    model = models.whisper(options.asr_model or settings.asr_model)
    if not model.model.is_multilingual and (options.task == "translate" or options.language not in (None, "en")):
        raise JobError("bad_option", "this English-only model cannot translate or transcribe other languages; use asr_model=base")
    return StreamingTranscriber(model, AsrOptions(
        language=options.language,
        task=options.task,
        translate=settings.asr_translate,
        beam_size=settings.asr_beam_size,
        first_window_s=settings.asr_first_window_s,
        window_s=settings.asr_window_s,
        vad=models.vad_options(),
    ))
