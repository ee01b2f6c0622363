"""Probe media and decode it incrementally: sampled frames and 16 kHz mono audio chunks, with PyAV.

Frames are decoded in the caller's thread, only as far as the caller reads, and only the
sampled ones are resized (see iter_frames); decord (decord2) is used by probe. Audio is
streamed through PyAV's FFmpeg resampler instead of decord's AudioReader: the latter decodes
the whole track into memory when it opens (measured: 4 bytes x 16000 per second of media),
which would make the worker's memory grow with the video's length. Both give the same samples
(checked in tests/test_decode.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import torch  # noqa: F401  before decord: decord loads CUDA libraries (libnvblas) that break torch's CPU matmul
import decord  # noqa: E402
import numpy as np

from worker.errors import MediaError
from worker.types import MediaInfo

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
FRAME_SIZE = 224  # what the frame encoder takes


@dataclass(frozen=True)
class FrameBatch:
    times: np.ndarray  # seconds, shape [N]
    pixels: np.ndarray  # uint8 RGB, shape [N, FRAME_SIZE, FRAME_SIZE, 3]
    stills: list[np.ndarray] | None = None  # with iter_frames(still_side=...): the same frames, aspect kept, larger


@dataclass(frozen=True)
class AudioChunk:
    start: float  # seconds
    samples: np.ndarray  # float32 mono at SAMPLE_RATE

    @property
    def end(self) -> float:
        return self.start + len(self.samples) / SAMPLE_RATE


def probe(path: Path) -> MediaInfo:
    """Open the file with PyAV's demuxer (headers only) and decord; raise MediaError if it is not usable media."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise MediaError("empty_file", "the uploaded file is empty")
    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise MediaError("not_media", f"not a readable audio or video file ({exc.__class__.__name__})") from exc
    with container:
        video_streams = [s for s in container.streams.video if s.codec_context is not None]
        audio_streams = list(container.streams.audio)
        container_duration = container.duration / av.time_base if container.duration else 0.0
    if not video_streams and not audio_streams:
        raise MediaError("no_streams", "the file has neither an audio nor a video stream")

    fps = width = height = frame_count = None
    video_duration = 0.0
    if video_streams:
        try:
            reader = decord.VideoReader(str(path), num_threads=1)
        except (decord.DECORDError, RuntimeError) as exc:
            if not audio_streams:
                raise MediaError("undecodable_video", f"the video stream cannot be decoded: {_short(exc)}") from exc
            log.warning("video stream unreadable, using the audio only", extra={"path": str(path)})
            video_streams = []
        else:
            frame_count = len(reader)
            fps = float(reader.get_avg_fps()) or None
            height, width = reader[0].shape[:2] if frame_count else (None, None)
            if frame_count:
                video_duration = float(reader.get_frame_timestamp(frame_count - 1)[1])
            del reader
    audio_duration = _audio_duration(path) if audio_streams else 0.0
    duration = max(video_duration, audio_duration, 0.0) or container_duration
    if duration <= 0:
        raise MediaError("zero_duration", "the media has zero duration")
    return MediaInfo(
        duration=round(duration, 3),
        has_audio=bool(audio_streams),
        has_video=bool(video_streams) and bool(frame_count),
        fps=fps,
        width=width,
        height=height,
        frame_count=frame_count,
    )


def _audio_duration(path: Path) -> float:
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        if stream.duration and stream.time_base:
            return float(stream.duration * stream.time_base)
        if container.duration:
            return container.duration / av.time_base
    # Some containers (raw streams) carry no duration: count the samples.
    return sum(len(c.samples) for c in iter_audio(path)) / SAMPLE_RATE


def iter_audio(path: Path, chunk_s: float = 5.0, start: float = 0.0, end: float | None = None) -> Iterator[AudioChunk]:
    """Yield the first audio stream as 16 kHz mono float32 chunks of `chunk_s` seconds (the last may be shorter).

    With `start`/`end` (seconds), only the samples of [start, end), with absolute times (see iter_audio_range)."""
    if start > 0 or end is not None:
        yield from iter_audio_range(path, start, end, chunk_s)
        return
    chunks = _Rechunker(int(chunk_s * SAMPLE_RATE), 0)
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    try:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            frames = container.decode(stream)
            for frame in _with_flush(frames):
                for out in resampler.resample(frame):
                    chunks.add(out.to_ndarray().reshape(-1))
                yield from chunks.full()
    except av.error.FFmpegError as exc:
        raise MediaError("undecodable_audio", f"the audio stream cannot be decoded: {_short(exc)}") from exc
    yield from chunks.rest()


class _Rechunker:
    """Collects sample arrays and hands them out as chunks of ``chunk_len`` samples, timed from
    the absolute sample index ``first``."""

    def __init__(self, chunk_len: int, first: int) -> None:
        self.chunk_len = chunk_len
        self.emitted = first  # absolute sample index of the first pending sample
        self.pending: list[np.ndarray] = []
        self.pending_len = 0

    def add(self, data: np.ndarray) -> None:
        if len(data):
            self.pending.append(data)
            self.pending_len += len(data)

    def full(self) -> Iterator[AudioChunk]:
        while self.pending_len >= self.chunk_len:
            joined = np.concatenate(self.pending)
            yield AudioChunk(self.emitted / SAMPLE_RATE, joined[:self.chunk_len].copy())
            self.emitted += self.chunk_len
            rest = joined[self.chunk_len:]
            self.pending, self.pending_len = [rest], len(rest)

    def rest(self) -> Iterator[AudioChunk]:
        if self.pending_len:
            yield AudioChunk(self.emitted / SAMPLE_RATE, np.concatenate(self.pending))


def iter_audio_range(path: Path, start: float, end: float | None, chunk_s: float = 5.0) -> Iterator[AudioChunk]:
    """The samples of [start, end) only, in chunks of `chunk_s` whose `start` is absolute (the first one
    begins at `start`). Seeks (a second early) instead of decoding from the beginning, and places the
    samples by the first decoded frame's timestamp, so a range cut out of the file lines up with the
    whole file's decode to within the resampler's delay (about a millisecond); a stream without
    timestamps is decoded from the beginning and counted, exactly as iter_audio does."""
    lo = int(round(max(0.0, start) * SAMPLE_RATE))
    hi = None if end is None else int(round(end * SAMPLE_RATE))
    chunks = _Rechunker(int(chunk_s * SAMPLE_RATE), lo)
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    pos: int | None = None  # absolute sample index of the next resampled sample
    try:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            if lo > 0 and stream.time_base:
                container.seek(max(0, int((start - 1.0) / stream.time_base)), stream=stream, backward=True)
            for frame in _with_flush(container.decode(stream)):
                if pos is None:
                    t = float(frame.pts * frame.time_base) if frame is not None and frame.pts is not None \
                        and frame.time_base is not None else None
                    if t is None and lo > 0:  # no timestamps: start again from the top and count
                        yield from _range_by_counting(path, lo, hi, chunk_s)
                        return
                    pos = int(round((t or 0.0) * SAMPLE_RATE))
                for out in resampler.resample(frame):
                    data = out.to_ndarray().reshape(-1)
                    a, b = pos, pos + len(data)
                    pos = b
                    chunks.add(data[max(0, lo - a): len(data) if hi is None else max(0, min(len(data), hi - a))])
                yield from chunks.full()
                if hi is not None and pos is not None and pos >= hi:
                    break
    except av.error.FFmpegError as exc:
        raise MediaError("undecodable_audio", f"the audio stream cannot be decoded: {_short(exc)}") from exc
    yield from chunks.rest()


def _range_by_counting(path: Path, lo: int, hi: int | None, chunk_s: float) -> Iterator[AudioChunk]:
    for c in iter_audio(path, chunk_s):
        a = int(round(c.start * SAMPLE_RATE))
        b = a + len(c.samples)
        if b <= lo:
            continue
        if hi is not None and a >= hi:
            return
        s = max(lo, a)
        samples = c.samples[s - a: (b if hi is None else min(b, hi)) - a]
        if len(samples):
            yield AudioChunk(s / SAMPLE_RATE, samples)


def _with_flush(frames):
    yield from frames
    yield None  # flushes the resampler


def sample_times(info: MediaInfo, rate: float) -> np.ndarray:
    """Times (s) at which frames are sampled: the middle of each 1/rate interval."""
    if not info.has_video or rate <= 0:
        return np.zeros(0)
    step = 1.0 / rate
    return np.arange(step / 2, info.duration, step)


def iter_frames(path: Path, info: MediaInfo, rate: float, batch: int = 16, start: float = 0.0,
                end: float | None = None, still_side: int = 0) -> Iterator[FrameBatch]:
    """Yield frames sampled at `rate` per second, resized to FRAME_SIZE square, in batches.

    With `still_side`: each batch also holds the same frames with their aspect ratio kept, the longer
    side at most `still_side` px (never enlarged), for reading text on screen (models/ocr.py).

    With `start`/`end`: only the sample times in [start, end) (a chunk of a long video, worker/chunks.py),
    decoded from the key frame before `start` (a seek), times still counted from the stream's start.

    Decoded with PyAV, one thread, in this thread and only as far as the caller reads: nothing is
    decoded ahead. (decord's VideoReader decodes ahead on its own threads while the caller is
    busy elsewhere, here transcribing, and its frame buffer pools keep the largest backlog ever
    queued: the worker's memory grew with the video's length; see bench/speed.py.) The frame
    shown at each sample time t is taken (the last one with pts <= t, counted from the first
    frame), which for constant frame rates is decord's frame int(t * fps) and stays right when
    frames are missing. Packets far from every sample time are decoded with skip_frame=NONREF:
    frames no other frame refers to (most B-frames) are not decoded at all, as none is shown.
    Only sampled frames are scaled and converted to RGB (libswscale, bicubic, as ffmpeg's scale).
    """
    times = sample_times(info, rate)
    ranged = start > 0 or end is not None
    if ranged:
        times = times[(times >= start) & (times < (np.inf if end is None else end))]
    if len(times) == 0:
        return
    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise MediaError("undecodable_video", f"the video stream cannot be decoded: {_short(exc)}") from exc
    with container:
        if not container.streams.video:
            raise MediaError("undecodable_video", "the file has no video stream")
        stream = container.streams.video[0]
        stream.thread_count = 1  # the worker's cores belong to Whisper
        fps = float(stream.average_rate or 0) or info.fps or 25.0
        near = 1.5 / fps  # a packet this close to a sample time is decoded whatever its kind
        tb = float(stream.time_base) if stream.time_base else 1.0 / fps
        origin: list[float] = []  # pts (s) of the first frame: times count from it
        pending_t: list[float] = []
        pending_px: list[np.ndarray] = []
        pending_still: list[np.ndarray] = []
        k = 0  # next sample time to fill
        shown = None  # the last frame decoded, the one on screen until the next
        if ranged and times[0] > 2.0:  # seek to the key frame before the first sample; times count from the start
            origin.append(float(stream.start_time) * tb if stream.start_time is not None else 0.0)
            container.seek(max(0, int((origin[0] + times[0] - 1.0) / tb)), stream=stream, backward=True)

        def take(frame, t: float) -> Iterator[FrameBatch]:
            pending_t.append(t)
            pending_px.append(frame.to_ndarray(width=FRAME_SIZE, height=FRAME_SIZE, format="rgb24",
                                               interpolation="BICUBIC"))
            if still_side > 0:
                w, h = _still_size(frame.width, frame.height, still_side)
                pending_still.append(frame.to_ndarray(width=w, height=h, format="rgb24", interpolation="AREA"))
            if len(pending_t) == batch:
                yield FrameBatch(np.array(pending_t), np.stack(pending_px), list(pending_still) if still_side > 0 else None)
                pending_t.clear()
                pending_px.clear()
                pending_still.clear()

        def decoded():
            count = 0
            for packet in container.demux(stream):
                if packet.pts is not None and origin:
                    p = packet.pts * tb - origin[0]
                    j = int(np.searchsorted(times, p - near))
                    stream.codec_context.skip_frame = "DEFAULT" if j < len(times) and times[j] - p <= near else "NONREF"
                for frame in packet.decode():
                    if not origin:
                        origin.append(frame.pts * tb if frame.pts is not None else 0.0)
                    t = frame.pts * tb - origin[0] if frame.pts is not None else count / fps
                    count += 1
                    yield t, frame

        try:
            for t, frame in decoded():
                while k < len(times) and t > times[k]:
                    yield from take(shown if shown is not None else frame, float(times[k]))
                    k += 1
                shown = frame
                if k == len(times):
                    break
        except av.error.FFmpegError as exc:
            if shown is None:
                raise MediaError("undecodable_video", f"the video stream cannot be decoded: {_short(exc)}") from exc
            log.warning("video decoding stopped early", extra={"path": str(path), "error": _short(exc)})
        if shown is None:
            raise MediaError("undecodable_video", "the video stream has no decodable frame")
        while k < len(times):  # past the last frame: it stays on screen
            yield from take(shown, float(times[k]))
            k += 1
        if pending_t:
            yield FrameBatch(np.array(pending_t), np.stack(pending_px), list(pending_still) if still_side > 0 else None)


def _still_size(width: int, height: int, side: int) -> tuple[int, int]:
    """(width, height) with the longer side at most ``side`` px, aspect kept, even (libswscale likes it)."""
    scale = min(1.0, side / max(width, height, 1))
    return max(2, int(round(width * scale / 2)) * 2), max(2, int(round(height * scale / 2)) * 2)


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return (text[-1] if text else exc.__class__.__name__)[:200]
