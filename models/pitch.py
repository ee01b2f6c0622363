"""Voice pitch: the fundamental frequency (F0) of 16 kHz mono audio, by YIN.

YIN (de Cheveigné and Kawahara, 2002) on 40 ms frames every 10 ms: the difference function
``d(tau) = sum_j (x_j - x_{j+tau})^2`` (computed from an FFT cross-correlation and running
energies), normalised by its cumulative mean; the first lag whose value dips under ``THRESHOLD``,
followed down to its local minimum, is the period. A frame with no such dip, or quieter than
``QUIET_DBFS``, is unvoiced (0); so a hoarse voice in hiss, whose periods do not repeat well enough,
has no pitch, like a whisper. The search runs from 70 Hz to 400 Hz (mains hum, at 50 or 60 Hz, is
not a voice): a man speaking (about 85-180 Hz), a woman (about 165-255 Hz), a falsetto or a child
above. Up to 500 Hz, a falsetto at 255 Hz read as 510 Hz on half its frames.

The same frames give each hop's loudness (``level_track``: the 40 ms frame's mean power, dBFS), from which
a word's level (``mean_level``) tells a line said much louder or quieter than the speech around it.

A telephone band (300-3400 Hz) removes the fundamental itself; YIN still finds the period from
the harmonics, which repeat at it. Pitch is a property of the voice, not a name for a person: a
man in falsetto reads high.
"""

from __future__ import annotations

import numpy as np

__all__ = ["SAMPLE_RATE", "HOP_S", "f0_track", "level_track", "median_f0", "mean_level", "PitchTracker"]

SAMPLE_RATE = 16000
HOP_S = 0.01
_FRAME = 640  # 40 ms
_HOP = 160
_FMIN, _FMAX = 70.0, 400.0
THRESHOLD = 0.15  # YIN's dip threshold on the cumulative-mean-normalised difference
QUIET_DBFS = -60.0
MIN_VOICED = 5  # frames (50 ms) a stretch needs before it has a pitch


def f0_track(audio: np.ndarray) -> np.ndarray:
    """F0 in Hz of each 10 ms hop of ``audio`` (16 kHz mono float32), 0 where unvoiced; frame k
    covers ``[k * 0.01, k * 0.01 + 0.04)`` s."""
    return _tracks(audio)[0]


def level_track(audio: np.ndarray) -> np.ndarray:
    """The loudness (mean power, dBFS) of the same frames as ``f0_track``'s."""
    return _tracks(audio)[1]


def _tracks(audio: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``f0_track`` and ``level_track`` of ``audio``, from one pass."""
    x = np.asarray(audio, np.float32)
    lo, hi = int(SAMPLE_RATE / _FMAX), int(SAMPLE_RATE / _FMIN) + 1
    span = _FRAME + hi
    if len(x) < span:
        return np.zeros(0, np.float32), np.zeros(0, np.float32)
    n = 1 + (len(x) - span) // _HOP
    frames = np.lib.stride_tricks.sliding_window_view(x, span)[::_HOP][:n].astype(np.float64)
    head = frames[:, :_FRAME]
    size = 1 << int(np.ceil(np.log2(span + _FRAME)))
    # sum_j head_j * frame_{j+tau} for tau in [0, hi)
    acf = np.fft.irfft(np.conj(np.fft.rfft(head, size)) * np.fft.rfft(frames, size), size)[:, :hi]
    sq = np.concatenate([np.zeros((n, 1)), np.cumsum(frames ** 2, axis=1)], axis=1)
    energy0 = sq[:, _FRAME]
    shifted = sq[:, _FRAME:_FRAME + hi] - sq[:, :hi]  # sum_j frame_{j+tau}^2
    d = np.maximum(energy0[:, None] + shifted - 2 * acf, 0.0)
    d[:, 0] = 0.0
    cmnd = np.ones_like(d)
    cum = np.cumsum(d[:, 1:], axis=1) / np.arange(1, hi)
    cmnd[:, 1:] = d[:, 1:] / np.maximum(cum, 1e-12)
    level = 10 * np.log10(np.maximum(energy0 / _FRAME, 1e-12))
    loud = level > QUIET_DBFS
    out = np.zeros(n, np.float32)
    below = cmnd[:, lo:] < THRESHOLD
    first = np.argmax(below, axis=1)
    for k in np.flatnonzero(below.any(axis=1) & loud):
        tau = lo + int(first[k])
        row = cmnd[k]
        while tau + 1 < hi and row[tau + 1] < row[tau]:
            tau += 1
        if 0 < tau < hi - 1:  # parabolic interpolation of the minimum
            a, b, c = row[tau - 1], row[tau], row[tau + 1]
            den = a - 2 * b + c
            shift = 0.5 * (a - c) / den if den > 1e-12 else 0.0
        else:
            shift = 0.0
        out[k] = SAMPLE_RATE / (tau + shift)
    return out, level.astype(np.float32)


def median_f0(track: np.ndarray, start: float, end: float, offset: float = 0.0) -> float | None:
    """The median F0 of the voiced frames of ``track`` (from ``f0_track``; its first frame at
    ``offset`` s) inside ``[start, end)`` s; None when fewer than ``MIN_VOICED`` are voiced."""
    a = max(0, int(round((start - offset) / HOP_S)))
    b = max(a, int(round((end - offset) / HOP_S)))
    voiced = track[a:b]
    voiced = voiced[voiced > 0]
    return float(np.median(voiced)) if len(voiced) >= MIN_VOICED else None


def mean_level(levels: np.ndarray, start: float, end: float, offset: float = 0.0) -> float | None:
    """The loudness (dBFS) of ``[start, end)`` s: the mean power of the frames of ``levels`` (from
    ``level_track``; its first frame at ``offset`` s) inside it; None when none is."""
    a = max(0, int(round((start - offset) / HOP_S)))
    b = max(a, int(round((end - offset) / HOP_S)))
    inside = levels[a:b]
    if not len(inside):
        return None
    return float(10 * np.log10(np.mean(np.power(10.0, inside.astype(np.float64) / 10))))


class PitchTracker:
    """``f0_track`` and ``level_track`` over audio fed in chunks (as the worker decodes it): the same frames as
    over the whole, each chunk's last samples kept for the frames that reach into the next."""

    def __init__(self) -> None:
        self.offset: float | None = None  # the time of the first frame
        self._tail = np.zeros(0, np.float32)
        self._tracks = np.zeros((2, 0), np.float32)  # F0 and level; grown by doubling: read after every chunk
        self._n = 0

    def feed(self, start: float, samples: np.ndarray) -> None:
        if self.offset is None:
            self.offset = start
        buf = np.concatenate([self._tail, np.asarray(samples, np.float32)])
        f0, level = _tracks(buf)
        self._tail = buf[len(f0) * _HOP:]
        need = self._n + len(f0)
        if need > self._tracks.shape[1]:
            grown = np.zeros((2, max(need, 2 * self._tracks.shape[1], 1024)), np.float32)
            grown[:, :self._n] = self._tracks[:, :self._n]
            self._tracks = grown
        self._tracks[0, self._n:need] = f0
        self._tracks[1, self._n:need] = level
        self._n = need

    @property
    def track(self) -> np.ndarray:
        return self._tracks[0, :self._n]

    @property
    def levels(self) -> np.ndarray:
        return self._tracks[1, :self._n]

    def median(self, start: float, end: float) -> float | None:
        """``median_f0`` of ``[start, end)`` s, over the frames fed so far."""
        return None if self.offset is None else median_f0(self.track, start, end, self.offset)

    def level(self, start: float, end: float) -> float | None:
        """``mean_level`` of ``[start, end)`` s, over the frames fed so far."""
        return None if self.offset is None else mean_level(self.levels, start, end, self.offset)
