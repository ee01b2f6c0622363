"""Long media in parallel chunks, spread over every worker that listens (issue 5, scale-out).

A video longer than 1.5 x `chunk_s` is cut into about duration / chunk_s chunks. The job's own
task (`process_job`, holding the job's lease) becomes the **coordinator**:

1. It picks the edges: each nominal edge k * duration / n moves to the middle of the longest
   silence the VAD finds within `chunk_edge_search_s` of it (else the quietest 100 ms), so no word
   is cut. The plan goes to `jobs/{id}/chunks/plan.json` (a redelivered job reuses it).
2. It sends n - 1 helper tasks (`vidsense.process_chunks`, spread over `chunk_queues`), then works
   on chunks itself. Every process (coordinator or helper) claims the lowest chunk that is neither
   done nor claimed, with a lease in Redis (`vidsense:lease:{id}:chunk:{k}`, the job lease's
   mechanism), so a chunk whose process died is taken again once its lease expires (at once on the
   same machine). No Celery chord and no result backend: the coordinator waits for the chunks
   while it works on them, and a coordinator that dies is re-sent by the reaper like any job and
   resumes from the chunks already on disk.
3. A chunk owns the words whose middle lies in [asr_start, asr_end) (the edges; absolute times) but
   transcribes EDGE_CONTEXT_S more on each side (see ChunkSpan), and encodes frames and
   sounds over [feat_start, feat_end) (the edges moved down to the window grid, so every timeline
   window is described by exactly one chunk, from all of its samples). The shot score across the
   edge is kept by encoding the frame just before feat_start first. Its result (segments and the
   TimelineBuilder's per-window sums) is pickled to `chunks/{k}.pkl`, written whole and renamed:
   a chunk run twice overwrites, never appends. The data directory is trusted (it is the service's
   own shared storage), as pickle requires.
4. Segments go on the event stream in order: under a Redis lock, whoever finishes a chunk
   publishes the segments of every consecutive finished chunk from the first unpublished one,
   with global indices (the stream's index de-duplication covers a publisher that dies midway).
   The first unpublished chunk (chunk 0 from the start) publishes its segments live, as one pass
   does, so the first segments of a long video come as fast as those of a short one.
   Progress is the sum of the seconds done in every chunk over the duration.
5. When all are done the coordinator merges: segments concatenated (their ranges are disjoint;
   identical ones dropped all the same), the builders' windows, frame times and cut scores joined,
   and the usual fuse, chapters, write and summarize stages run on the result (worker/pipeline.py).

Cancel: every process checks the job's cancel flag between audio chunks, as a single job does.
"""

from __future__ import annotations

import json
import logging
import math
import os
import pickle
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
import redis

from models.speakers import SAME_SPEAKER
from vidsense.events import EventPublisher
from vidsense.settings import Settings
from worker.decode import SAMPLE_RATE, AudioChunk, iter_audio, iter_frames, sample_times
from worker.types import MediaInfo, Segment, Transcript

log = logging.getLogger(__name__)

PLAN = "plan.json"


class ChunkLost(Exception):
    """Another process holds this chunk's lease now: leave the chunk to it."""


# -- plan --------------------------------------------------------------------------------


EDGE_CONTEXT_S = 3.0  # each chunk also hears this much of its neighbours (see ChunkSpan)


@dataclass
class ChunkSpan:
    """One chunk. Its words are those whose middle lies in [asr_start, asr_end), but it transcribes
    [asr_from, asr_to), EDGE_CONTEXT_S more on each side: Whisper at the very start of a window drops
    words (measured: the "And" 0.2 s after a cut in a pause), so each edge word is recognised with
    context on both sides, by the chunk it belongs to, as in one pass."""
    k: int
    asr_start: float
    asr_end: float | None  # None: to the end of the media
    feat_start: float
    feat_end: float | None
    asr_from: float = 0.0
    asr_to: float | None = None

    @property
    def decode_start(self) -> float:
        return min(self.asr_from, self.feat_start)

    @property
    def decode_end(self) -> float | None:
        if self.asr_to is None or self.feat_end is None:
            return None
        return max(self.asr_to, self.feat_end)

    def clip_chunks(self, fn):
        """fn(chunk) fed only the samples of [asr_from, asr_to)."""
        def clipped(chunk: AudioChunk):
            part = _slice(chunk, self.asr_from, self.asr_to)
            return fn(part) if part is not None else []
        return clipped

    def clip_audio(self, fn):
        """fn(start, samples) fed only the samples of [feat_start, feat_end)."""
        def clipped(start: float, samples: np.ndarray) -> None:
            part = _slice(AudioChunk(start, samples), self.feat_start, self.feat_end)
            if part is not None:
                fn(part.start, part.samples)
        return clipped

    def seed_previous_frame(self, path: Path, info: MediaInfo, settings: Settings, builder) -> None:
        """Encode the last frame sampled before feat_start as the builder's previous frame, so the first
        frame of this chunk gets its cut score (against the frame before it) as in one pass."""
        from worker.chapters import color_histograms

        times = sample_times(info, settings.frame_rate)
        before = times[times < self.feat_start]
        if not len(before) or builder.frame_encoder is None:
            return
        t = float(before[-1])
        batch = next(iter_frames(path, info, settings.frame_rate, start=t, end=t + 1e-6), None)
        if batch is None:
            return
        enc = builder.frame_encoder.encode(batch.pixels)
        builder._last_frame = (enc.features[-1], color_histograms(batch.pixels)[-1])


def _slice(chunk: AudioChunk, a: float, b: float | None) -> AudioChunk | None:
    s0 = int(round(chunk.start * SAMPLE_RATE))
    lo = max(int(round(a * SAMPLE_RATE)), s0)
    hi = s0 + len(chunk.samples) if b is None else min(int(round(b * SAMPLE_RATE)), s0 + len(chunk.samples))
    if hi <= lo:
        return None
    if lo == s0 and hi == s0 + len(chunk.samples):
        return chunk
    return AudioChunk(lo / SAMPLE_RATE, chunk.samples[lo - s0: hi - s0])


def wants_chunks(info: MediaInfo, settings: Settings) -> bool:
    return settings.chunk_s > 0 and info.duration > 1.5 * settings.chunk_s


def plan_edges(path: Path, info: MediaInfo, settings: Settings) -> list[float]:
    """The inner edges (seconds, increasing): nominal k * duration / n moved into the nearest long silence."""
    n = max(2, round(info.duration / settings.chunk_s))
    step = info.duration / n
    edges = []
    for k in range(1, n):
        nominal = k * step
        edge = _quiet_point(path, nominal, settings.chunk_edge_search_s) if info.has_audio else nominal
        edges.append(round(edge, 3))
    return edges


def _quiet_point(path: Path, nominal: float, search_s: float) -> float:
    from faster_whisper.vad import get_speech_timestamps

    from worker.transcribe import CUT_VAD, _quietest_point, _silence_gaps

    lo = max(0.0, nominal - search_s)
    chunks = list(iter_audio(path, start=lo, end=nominal + search_s))
    if not chunks:
        return nominal
    audio = np.concatenate([c.samples for c in chunks])
    base = chunks[0].start
    if len(audio) < SAMPLE_RATE:
        return nominal
    gaps = _silence_gaps(get_speech_timestamps(audio, CUT_VAD), len(audio), min_len=int(0.2 * SAMPLE_RATE))
    if gaps:  # the longest pause; of equal ones, the nearest to the nominal edge
        centre = (nominal - base) * SAMPLE_RATE
        a, b = max(gaps, key=lambda g: (g[1] - g[0], -abs((g[0] + g[1]) / 2 - centre)))
        return base + (a + b) // 2 / SAMPLE_RATE
    return base + _quietest_point(audio, 0, len(audio)) / SAMPLE_RATE


def spans(edges: list[float], window_s: float, context_s: float = EDGE_CONTEXT_S) -> list[ChunkSpan]:
    bounds = [0.0, *edges, None]
    grid = lambda t: math.floor(t / window_s + 1e-9) * window_s  # noqa: E731
    return [ChunkSpan(k, bounds[k], bounds[k + 1], grid(bounds[k]),
                      None if bounds[k + 1] is None else grid(bounds[k + 1]),
                      asr_from=max(0.0, bounds[k] - context_s),
                      asr_to=None if bounds[k + 1] is None else bounds[k + 1] + context_s)
            for k in range(len(bounds) - 1)]


def trim_segments(segments: list[Segment], start: float, end: float | None) -> list[Segment]:
    """The words whose middle lies in [start, end), in their segments (a segment across an edge is
    cut there: its text is rebuilt from the words kept)."""
    def inside(t: float) -> bool:
        return t >= start and (end is None or t < end)

    out = []
    for seg in segments:
        if not seg.words:
            if inside((seg.start + seg.end) / 2):
                out.append(seg)
            continue
        kept = tuple(w for w in seg.words if inside((w.start + w.end) / 2))
        if len(kept) == len(seg.words):
            out.append(seg)
        elif kept:
            text = "".join(w.word for w in kept).strip()
            if text:
                out.append(Segment(start=seg.start if kept[0] is seg.words[0] else kept[0].start,
                                   end=seg.end if kept[-1] is seg.words[-1] else kept[-1].end,
                                   text=text, words=kept, language=seg.language,
                                   translation=seg.translation, speaker=seg.speaker))
    return out


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def load_plan(chunks_dir: Path) -> dict | None:
    try:
        return json.loads((chunks_dir / PLAN).read_text())
    except (FileNotFoundError, ValueError):
        return None


def make_plan(path: Path, info: MediaInfo, settings: Settings, chunks_dir: Path, asr_model: str | None = None) -> dict:
    """The plan of an earlier attempt at this job if it matches, else a new one (written whole)."""
    plan = load_plan(chunks_dir)
    key = {"duration": info.duration, "chunk_s": settings.chunk_s, "window_s": settings.window_s}
    if plan and all(plan.get(k) == v for k, v in key.items()):
        return plan
    if chunks_dir.exists():  # another plan's chunks: not ours
        shutil.rmtree(chunks_dir, ignore_errors=True)
    chunks_dir.mkdir(parents=True, exist_ok=True)
    plan = {**key, "edges": plan_edges(path, info, settings), "media": info.to_dict(), "asr_model": asr_model}
    _write_atomic(chunks_dir / PLAN, json.dumps(plan).encode())
    return plan


# -- state in Redis ------------------------------------------------------------------------


def _published_key(job_id: str) -> str:
    return f"vidsense:chunks:{job_id}:published"


def _progress_key(job_id: str) -> str:
    return f"vidsense:chunks:{job_id}:progress"


def _partial(chunks_dir: Path, k: int) -> Path:
    return chunks_dir / f"{k}.pkl"


def publish_ready(client: redis.Redis, job_id: str, chunks_dir: Path, n: int, settings: Settings) -> int:
    """Publish, in order, the segments of the finished chunks that follow the last published one.
    Returns how many chunks are published."""
    key = _published_key(job_id)
    with client.lock(f"vidsense:chunks:{job_id}:lock", timeout=120, blocking_timeout=120):
        raw = client.get(key)
        nxt, offset = json.loads(raw) if raw else (0, 0)
        publisher = EventPublisher(client, job_id, settings.events_maxlen, settings.events_ttl_s)
        while nxt < n and _partial(chunks_dir, nxt).exists():
            segments = _load(chunks_dir, nxt)["segments"]
            for i, seg in enumerate(segments):
                publisher.segment(offset + i, seg.to_dict())
            offset, nxt = offset + len(segments), nxt + 1
            client.set(key, json.dumps([nxt, offset]), ex=settings.events_ttl_s)
        return nxt


def _load(chunks_dir: Path, k: int) -> dict:
    with open(_partial(chunks_dir, k), "rb") as f:
        return pickle.load(f)


class ChunkReporter:
    """The pipeline's reporter for one chunk. Segments: while this chunk is the first unpublished one
    (chunk 0 always, from the start), each is published live as it is recognised, as in one pass;
    otherwise, or after a segment that straddles an edge, they wait for publish_ready. Progress is
    the job's total over all chunks; cancel as for the job, plus the chunk's lease."""

    def __init__(self, job_reporter, lease, span: ChunkSpan, client: redis.Redis, job_id: str,
                 duration: float, settings: Settings) -> None:
        self.job_reporter, self.lease, self.span = job_reporter, lease, span
        self.client, self.job_id, self.duration, self.settings = client, job_id, duration, settings
        self._last = 0.0
        self._live = True  # still publishing live
        self._kept = 0  # segments of this chunk (after trimming) so far

    def media(self, info) -> None:
        pass

    def stage(self, name: str) -> None:
        pass

    def segment(self, index: int, segment: Segment) -> None:
        if not self._live:
            return
        kept = trim_segments([segment], self.span.asr_start, self.span.asr_end)
        if not kept:
            return  # heard for context only: a neighbour's
        if kept[0] is not segment:  # straddles an edge: cut at the end, published with the chunk
            self._live = False
            return
        try:
            with self.client.lock(f"vidsense:chunks:{self.job_id}:lock", timeout=120, blocking_timeout=30):
                raw = self.client.get(_published_key(self.job_id))
                nxt, offset = json.loads(raw) if raw else (0, 0)
                if nxt != self.span.k:  # an earlier chunk is not published yet: wait for publish_ready
                    self._live = False
                    return
                EventPublisher(self.client, self.job_id, self.settings.events_maxlen, self.settings.events_ttl_s) \
                    .segment(offset + self._kept, segment.to_dict())
        except (redis.RedisError, redis.exceptions.LockError):
            self._live = False
            return
        self._kept += 1

    def progress(self, value: float, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < 1.0:
            return
        self._last = now
        end = self.duration if self.span.asr_end is None else self.span.asr_end
        done = max(0.0, min(value * self.duration, end) - self.span.asr_start)
        try:
            pipe = self.client.pipeline()
            pipe.hset(_progress_key(self.job_id), str(self.span.k), done)
            pipe.expire(_progress_key(self.job_id), 7 * 24 * 3600)
            pipe.hvals(_progress_key(self.job_id))
            total = sum(float(v) for v in pipe.execute()[-1])
        except redis.RedisError:
            return
        self.job_reporter.progress(min(0.99, total / self.duration))

    def check_canceled(self) -> None:
        if self.lease.lost:
            raise ChunkLost()
        self.job_reporter.check_canceled()


# -- doing chunks --------------------------------------------------------------------------


class ChunkWorker:
    """What the coordinator and the helpers share: claim a chunk, process it, save it, publish."""

    def __init__(self, job_id: str, input_path: Path, out_dir: Path, options, models, settings: Settings,
                 client: redis.Redis, job_reporter, node: str = "") -> None:
        self.job_id, self.input_path, self.options = job_id, input_path, options
        self.models, self.settings, self.client, self.job_reporter, self.node = models, settings, client, job_reporter, node
        self.chunks_dir = out_dir / "chunks"

    def done(self, k: int) -> bool:
        return _partial(self.chunks_dir, k).exists()

    def _running(self) -> bool:
        store = getattr(self.job_reporter, "store", None)
        if store is None:
            return True
        job = store.get(self.job_id)
        return job is not None and job.status == "running"

    def work(self, plan: dict, timings: dict[str, float]) -> int:
        """Process chunks until none is left unclaimed; returns how many this process did."""
        from worker.reaper import JobLease

        info = MediaInfo(**plan["media"])
        if plan.get("asr_model") and not self.options.asr_model:
            self.options = replace(self.options, asr_model=plan["asr_model"])
        all_spans = spans(plan["edges"], plan["window_s"])
        did = 0
        for span in all_spans:
            if self.done(span.k):
                continue
            if not self._running():  # failed or canceled meanwhile: no new chunk
                break
            lease = JobLease(self.client, f"{self.job_id}:chunk:{span.k}", self.settings.job_lease_s, self.node)
            if not lease.acquire(wait_s=0):
                continue
            try:
                if self.done(span.k):
                    continue
                try:
                    self.process(span, info, lease, timings)
                except ChunkLost:  # presumed dead and taken over: the other process finishes it
                    log.warning("chunk taken over by another process", extra={"job_id": self.job_id, "chunk": span.k})
                    continue
                did += 1
            finally:
                lease.release()
            publish_ready(self.client, self.job_id, self.chunks_dir, len(all_spans), self.settings)
        return did

    def process(self, span: ChunkSpan, info: MediaInfo, lease, timings: dict[str, float]) -> None:
        from worker.pipeline import _stream

        t0 = time.perf_counter()
        reporter = ChunkReporter(self.job_reporter, lease, span, self.client, self.job_id, info.duration, self.settings)
        transcript, builder = _stream(self.input_path, info, self.options, self.models, self.settings, reporter,
                                      timings, span=span)
        for d in builder._analyzer.flush():  # the last, partial window (last chunk only)
            builder._audio[builder._index(d.start)] = d
        segments = trim_segments(transcript.segments, span.asr_start, span.asr_end)
        state = {"k": span.k, "span": asdict(span), "segments": segments, "language": transcript.language,
                 "voices": transcript.voices,
                 "visual": builder._visual, "audio": builder._audio, "text": builder._text,
                 "objects": builder._objects,
                 "frame_times": builder._frame_times,
                 "cut_scores": builder._cut_scores, "has_video": builder.has_video, "has_audio": builder.has_audio}
        _write_atomic(_partial(self.chunks_dir, span.k), pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        reporter.progress(1.0, force=True)
        log.info("chunk done", extra={"job_id": self.job_id, "chunk": span.k, "start": span.asr_start,
                                      "end": span.asr_end, "seconds": round(time.perf_counter() - t0, 3),
                                      "segments": len(segments)})


class Coordinator:
    """pipeline.run_pipeline's `chunked` hook in the job's own task (see the module docstring)."""

    POLL_S = 0.5

    def __init__(self, worker: ChunkWorker, send_helper) -> None:
        self.worker = worker
        self.send_helper = send_helper  # send_helper(job_id, queue)

    def __call__(self, info: MediaInfo, timings: dict[str, float]):
        w = self.worker
        if not wants_chunks(info, w.settings):
            return None
        # Every chunk with the same model: the job's, else the coordinator's default (not each worker's own).
        plan = make_plan(w.input_path, info, w.settings, w.chunks_dir,
                         asr_model=None if w.options.asr_model else w.settings.asr_model)
        n = len(plan["edges"]) + 1
        todo = [k for k in range(n) if not w.done(k)]
        queues = [q.strip() for q in w.settings.chunk_queues.split(",") if q.strip()] or [None]
        for i in range(max(0, len(todo) - 1)):
            self.send_helper(w.job_id, queues[i % len(queues)])
        log.info("job split into chunks", extra={"job_id": w.job_id, "chunks": n, "edges": plan["edges"],
                                                 "to_do": len(todo)})
        events = getattr(w.job_reporter, "events", None)
        if events is not None:  # where the chunks are cut, for clients and tests
            events.publish("chunks", {"count": n, "edges": plan["edges"]})
        t_wait = 0.0
        while True:
            w.work(plan, timings)
            if all(w.done(k) for k in range(n)):
                break
            w.job_reporter.check_canceled()
            t0 = time.perf_counter()
            time.sleep(self.POLL_S)  # the others are busy with the rest; take over any whose process dies
            t_wait += time.perf_counter() - t0
        timings["chunk_wait"] = round(t_wait, 3)
        publish_ready(w.client, w.job_id, w.chunks_dir, n, w.settings)
        result = merge(w.chunks_dir, n, info, w.options, w.models, w.settings)
        shutil.rmtree(w.chunks_dir, ignore_errors=True)
        return result


def merge(chunks_dir: Path, n: int, info: MediaInfo, options, models, settings: Settings):
    """One transcript and one TimelineBuilder from the chunks' partial results, as one pass would give."""
    from worker.understand import TimelineBuilder

    builder = TimelineBuilder(settings.window_s, frame_encoder=models.frame_encoder() if info.has_video else None,
                              text_embedder=models.text_embedder(), fusion=models.fusion())
    segments: list[Segment] = []
    seen: set = set()
    language = options.language or ""
    voices: list[np.ndarray] = []  # the speakers of the whole video so far, by number - 1
    for k in range(n):
        part = _load(chunks_dir, k)
        language = language or part["language"]
        number = same_speakers(voices, part.get("voices", []))
        for seg in part["segments"]:
            ident = (seg.start, seg.end, seg.text)
            if ident in seen:
                continue
            seen.add(ident)
            segments.append(replace(seg, speaker=number.get(seg.speaker)))
        builder._visual.update(part["visual"])
        builder._audio.update(part["audio"])
        builder._text.update(part.get("text", {}))
        builder._objects.update(part.get("objects", {}))
        builder._frame_times.extend(part["frame_times"])
        builder._cut_scores.extend(part["cut_scores"])
        builder.has_video |= part["has_video"]
        builder.has_audio |= part["has_audio"]
    if builder._cut_scores and len(builder._cut_scores) != len(builder._frame_times) - 1:
        log.warning("cut scores and frames do not line up after the merge",
                    extra={"scores": len(builder._cut_scores), "frames": len(builder._frame_times)})
    segments.sort(key=lambda s: (s.start, s.end))
    return Transcript(language=language, duration=info.duration, segments=segments, voices=voices), builder


def same_speakers(voices: list[np.ndarray], chunk_voices: list[np.ndarray]) -> dict[int, int]:
    """A chunk's speaker numbers (from 1) mapped to the whole video's: a chunk's voice is the video's voice whose
    mean embedding is closest, from ``SAME_SPEAKER`` up (each taken once), else a new one, appended to ``voices``."""
    number: dict[int, int] = {}
    taken: set[int] = set()
    for i, v in enumerate(chunk_voices):
        sims = [(float(v @ g), j) for j, g in enumerate(voices) if j not in taken]
        best = max(sims, default=(-1.0, -1))
        if best[0] >= SAME_SPEAKER:
            j = best[1]
        else:
            voices.append(v)
            j = len(voices) - 1
        taken.add(j)
        number[i + 1] = j + 1
    return number


def help_job(worker: ChunkWorker) -> str:
    """A helper task: do chunks of a running job until none is left unclaimed."""
    plan = load_plan(worker.chunks_dir)
    if plan is None:
        return "no_plan"
    did = worker.work(plan, {})
    return f"chunks:{did}"
