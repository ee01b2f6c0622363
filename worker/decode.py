"""Probe media and decode it incrementally: sampled frames with decord, 16 kHz mono audio in chunks.

Frames come from decord (decord2), resized by the decoder, a batch at a time, so pixels
never pile up. Audio is streamed through PyAV's FFmpeg resampler instead of decord's
AudioReader: the latter decodes the whole track into memory when it opens (measured:
4 bytes x 16000 per second of media), which would make the worker's memory grow with the
video's length. Both give the same samples (checked in tests/test_decode.py).
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


def iter_audio(path: Path, chunk_s: float = 5.0) -> Iterator[AudioChunk]:
    """Yield the first audio stream as 16 kHz mono float32 chunks of `chunk_s` seconds (the last may be shorter)."""
    chunk_len = int(chunk_s * SAMPLE_RATE)
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    pending: list[np.ndarray] = []
    pending_len = 0
    emitted = 0
    try:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            frames = container.decode(stream)
            for frame in _with_flush(frames):
                for out in resampler.resample(frame):
                    data = out.to_ndarray().reshape(-1)
                    pending.append(data)
                    pending_len += len(data)
                while pending_len >= chunk_len:
                    joined = np.concatenate(pending)
                    yield AudioChunk(emitted / SAMPLE_RATE, joined[:chunk_len].copy())
                    emitted += chunk_len
                    rest = joined[chunk_len:]
                    pending, pending_len = [rest], len(rest)
    except av.error.FFmpegError as exc:
        raise MediaError("undecodable_audio", f"the audio stream cannot be decoded: {_short(exc)}") from exc
    if pending_len:
        yield AudioChunk(emitted / SAMPLE_RATE, np.concatenate(pending))


def _with_flush(frames):
    yield from frames
    yield None  # flushes the resampler


def sample_times(info: MediaInfo, rate: float) -> np.ndarray:
    """Times (s) at which frames are sampled: the middle of each 1/rate interval."""
    if not info.has_video or rate <= 0:
        return np.zeros(0)
    step = 1.0 / rate
    return np.arange(step / 2, info.duration, step)


def iter_frames(path: Path, info: MediaInfo, rate: float, batch: int = 16) -> Iterator[FrameBatch]:
    """Yield frames sampled at `rate` per second, resized to FRAME_SIZE square, in batches."""
    times = sample_times(info, rate)
    if len(times) == 0:
        return
    try:
        reader = decord.VideoReader(str(path), width=FRAME_SIZE, height=FRAME_SIZE, num_threads=1)
        fps = reader.get_avg_fps() or info.fps or 25.0
        indices = np.minimum((times * fps).astype(int), len(reader) - 1)
        for i in range(0, len(indices), batch):
            idx = indices[i : i + batch]
            yield FrameBatch(times[i : i + batch], reader.get_batch(list(idx)).asnumpy())
    except (decord.DECORDError, RuntimeError) as exc:
        raise MediaError("undecodable_video", f"the video stream cannot be decoded: {_short(exc)}") from exc


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return (text[-1] if text else exc.__class__.__name__)[:200]
