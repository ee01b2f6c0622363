"""Shots from frame changes, and chapters from the fused timeline's boundaries.

Shot cuts. Between consecutive sampled frames (1 frame/s by default) two distances are measured:
the cosine distance of the EfficientNet pooled features and the colour-histogram distance
(half the L1 distance of 16-bin-per-channel RGB histograms). Their mean is the cut score. On the
shared real footage at 1 frame/s (bikes, cityCC0 and the looped composites: 14 real cuts, 47
pairs inside a shot), cuts scored 0.23-0.63 (12 of 14 at or above 0.33) and pairs inside a shot
0.01-0.40 (45 of 47 below 0.30; the two above are a whip pan). So the threshold is 0.30,
raised for footage that moves a lot everywhere to ``median + 5 * MAD`` of the video's own
scores, at most by 0.15, and only with 30 frame pairs or more (a short clip full of cuts would
otherwise raise it above its own cuts). Without histograms the CNN distance alone is used with a
floor of 0.45 (cuts 0.15-0.77, inside a shot up to 0.52: weaker). A cut is placed half-way
between the two frames, so at 1 frame/s it is within 0.5 s of the true cut.

Chapters. A chapter starts at step t when the fusion model's boundary probability is at least
0.5 and is the highest within ``min_chapter_s`` of the others kept (greedy, strongest first;
``min_chapter_s = max(window, duration / 60)``: a two-scene clip keeps its one cut, an hour
keeps at most about 60 chapters). The boundary time is the shot cut that made the step a
boundary when there is one, else the window's start. The title is extractive: the first words
of the chapter's most representative transcript window (closest to the chapter's mean retrieval
embedding), and the chapter's dominant visual label; without speech, the label and the dominant
sound (speech, music, noise or silence).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from worker.understand import Timeline

__all__ = ["Chapter", "detect_shots", "shot_scores", "cuts_from_scores", "color_histograms",
           "make_chapters", "chapters_to_json"]

_HIST_BINS = 16
_CUT_FLOOR = 0.30
_CUT_FLOOR_CNN_ONLY = 0.45
_CUT_MADS = 5.0
_ADAPT_MIN_PAIRS = 30  # fewer pairs say too little about the footage's own motion
_ADAPT_MAX_RAISE = 0.15  # never above 0.45: most real cuts score more
_TITLE_WORDS = 8
_LABEL_MIN_SCORE = 0.15  # a window's top label below this is not worth a title


@dataclass(frozen=True)
class Chapter:
    start: float
    end: float
    title: str
    boundary: float  # boundary probability that opened it (1.0 for the first chapter)

    def to_dict(self) -> dict:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in asdict(self).items()}


def color_histograms(frames: np.ndarray) -> np.ndarray:
    """``[N, 48]`` normalised RGB histograms (16 bins a channel) of uint8 frames ``[N, H, W, 3]``."""
    frames = np.asarray(frames)
    n = len(frames)
    binned = (frames[..., :3] >> 4).reshape(n, -1, 3).astype(np.int64)  # 256 / 16 = 16 bins
    offsets = np.arange(3) * _HIST_BINS
    hist = np.zeros((n, 3 * _HIST_BINS), np.float32)
    for i in range(n):
        hist[i] = np.bincount((binned[i] + offsets).ravel(), minlength=3 * _HIST_BINS)
    return hist / np.maximum(hist.sum(1, keepdims=True), 1)


def shot_scores(frame_features: np.ndarray, histograms: np.ndarray | None = None) -> np.ndarray:
    """Cut score between each consecutive pair of frames, ``[N - 1]``."""
    f = np.asarray(frame_features, dtype=np.float32)
    f = f / np.maximum(np.linalg.norm(f, axis=1, keepdims=True), 1e-8)
    cnn = 1.0 - (f[1:] * f[:-1]).sum(1)
    if histograms is None:
        return cnn
    h = np.asarray(histograms, dtype=np.float32)
    return 0.5 * (cnn + 0.5 * np.abs(h[1:] - h[:-1]).sum(1))


def cuts_from_scores(times: np.ndarray, scores: np.ndarray, with_histograms: bool = True) -> list[float]:
    """Cut times from the scores of consecutive frame pairs (``scores[i]`` is between
    ``times[i]`` and ``times[i + 1]``), with the adaptive threshold of the module docstring."""
    times = np.asarray(times, dtype=np.float64)
    scores = np.asarray(scores, dtype=np.float64)
    if len(scores) == 0:
        return []
    floor = _CUT_FLOOR if with_histograms else _CUT_FLOOR_CNN_ONLY
    threshold = floor
    if len(scores) >= _ADAPT_MIN_PAIRS:
        median = float(np.median(scores))
        mad = float(np.median(np.abs(scores - median)))
        threshold = min(max(floor, median + _CUT_MADS * mad), floor + _ADAPT_MAX_RAISE)
    return [float((times[i] + times[i + 1]) / 2) for i in np.flatnonzero(scores >= threshold)]


def detect_shots(times: np.ndarray, frame_features: np.ndarray, histograms: np.ndarray | None = None) -> list[float]:
    """Cut times (s) from the sampled frames' pooled features (and colour histograms, better)."""
    if len(frame_features) < 2:
        return []
    return cuts_from_scores(times, shot_scores(frame_features, histograms), histograms is not None)


def make_chapters(timeline: "Timeline", shots: list[float] | None = None, *, threshold: float = 0.5,
                  min_chapter_s: float | None = None) -> list[Chapter]:
    windows = timeline.windows
    if not windows:
        return []
    shots = timeline.shots if shots is None else shots
    w = timeline.window_s
    end_time = max(timeline.duration, windows[-1].end)
    min_gap = max(w, timeline.duration / 60) if min_chapter_s is None else min_chapter_s

    candidates = []  # (probability, time)
    for i, win in enumerate(windows[1:], start=1):
        if win.boundary < threshold:
            continue
        near = [c for c in shots if abs(c - win.start) <= w / 2]
        t = min(near, key=lambda c: abs(c - win.start)) if near else win.start
        candidates.append((win.boundary, t))
    kept: list[tuple[float, float]] = []
    for p, t in sorted(candidates, key=lambda c: -c[0]):
        if t < min_gap / 2 or end_time - t < min_gap / 2:
            continue  # a sliver of a chapter at either end helps no one
        if all(abs(t - k) >= min_gap for _, k in kept):
            kept.append((p, t))
    kept.sort(key=lambda c: c[1])

    starts = [(1.0, 0.0)] + kept
    chapters = []
    for j, (p, start) in enumerate(starts):
        end = starts[j + 1][1] if j + 1 < len(starts) else end_time
        inside = [win for win in windows if win.start < end and win.end > start
                  and min(win.end, end) - max(win.start, start) >= 0.5 * (win.end - win.start)]
        inside = inside or [min(windows, key=lambda x: abs(x.start - start))]
        chapters.append(Chapter(round(start, 3), round(end, 3), _title(inside), float(p)))
    return chapters


def _title(windows) -> str:
    spoken = [x for x in windows if x.transcript and x.retrieval is not None]
    label = _dominant_label(windows)
    if spoken:
        centre = np.mean([x.retrieval for x in spoken], axis=0)
        best = max(spoken, key=lambda x: float(np.dot(x.retrieval, centre)))
        words = best.transcript.split()
        snippet = " ".join(words[:_TITLE_WORDS]).strip(" ,.;:") + ("..." if len(words) > _TITLE_WORDS else "")
        return f"{snippet} ({label})" if label else snippet
    sound = _dominant_sound(windows)
    parts = [p for p in (label.capitalize() if label else None, sound) if p]
    return ", ".join(parts) if parts else "Untitled"


def _dominant_label(windows) -> str | None:
    votes: Counter[str] = Counter()
    for x in windows:
        if x.visual and x.visual[0][1] >= _LABEL_MIN_SCORE:
            votes[x.visual[0][0]] += x.visual[0][1]
    return votes.most_common(1)[0][0] if votes else None


def _dominant_sound(windows) -> str | None:
    heard = [x.audio for x in windows if x.audio is not None]
    if not heard:
        return None
    means = {name: float(np.mean([getattr(a, name) for a in heard])) for name in ("speech", "music", "noise", "silence")}
    name, value = max(means.items(), key=lambda kv: kv[1])
    return name if value >= 0.3 else None


def chapters_to_json(chapters: list[Chapter], shots: list[float]) -> dict:
    return {"chapters": [c.to_dict() for c in chapters], "shots": [round(s, 3) for s in shots]}
