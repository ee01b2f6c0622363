"""Speakers told apart by their voice: Resemblyzer's GE2E voice encoder, and an online clustering of its embeddings.

Pitch (models/pitch.py) tells a low voice from a high one, not one man from another. The voice encoder of
Resemblyzer (Apache-2.0, resemble-ai; Wan et al. 2018, "Generalized end-to-end loss for speaker
verification") maps 1.6 s of speech to a 256-d unit vector in which one speaker's utterances lie close
together. Its weights (``pretrained.pt``, 17 MB) ship in the Resemblyzer 0.1.4 wheel on PyPI, whose Python
code the project does not use (it imports librosa and webrtcvad at import time): ``python -m models.speakers
fetch`` (scripts/setup.sh runs it) extracts that one file into the models folder, checked by its SHA-256.
The network (3 LSTM layers of 256, a linear layer, ReLU, L2 norm) is rebuilt here in torch, and its input,
40 mel bands of 25 ms power spectra every 10 ms (librosa's defaults: Slaney mel scale and norm), is computed
with torchaudio (checked against librosa 0.11 on jfk.wav: at most 2e-5 apart, on values up to 45). An
utterance is cut into 1.6 s partials (1.3 a second) whose embeddings are averaged.

Measured on the recordings of bench/fetch_voices.py (whole recordings, cosine): the same speaker 0.75 to
0.97 (Allison's two prompts 0.97, the Warzone narrator's 0.83, the MFA author with and without a cold
0.75); two speakers 0.39 to 0.69. The same man in falsetto is another voice to it (0.53).

``SpeakerTracker`` takes the audio as the worker decodes it and numbers each transcript segment's voice as it
is transcribed (the live numbers): a segment whose embedding is close enough to the mean of a voice heard
before is that voice, otherwise a new one. When the audio has all been heard, ``SpeakerTracker.final``
numbers the segments again, all at once (the numbers written out): an agglomerative clustering of their
embeddings (average linkage, ``cluster``) down to a cosine that depends on how noisy the recording is
(``same_for``), and is at least 0.70 for a band-limited recording (``band_limited``): a band-limited, hissy
copy brings every voice closer to every other (two speakers 0.6-0.75 on an old tape, 0.4-0.65 as recorded),
so the bar rises with the noise and the narrowing. A voice heard in one short segment
only (under 2 s), then one heard for under 2.5 s in all (a few short lines), joins the closest other voice when
within 0.05 of that bar: so little speech is too little to tell a new speaker by. Numbers count from 1 in the order the voices are first heard. A voice number is who
speaks as far as the voice tells, not a name: two similar voices can be one number, and one voice over
very different channels (a phone line, then a studio) two. bench/speakers.py measures both numberings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from models.packaged import WheelFile, fetch_from_wheel, fetch_main, require_files

__all__ = ["SpeakerEncoder", "SpeakerTracker", "SpeakerModelUnavailable", "MODEL_FILE", "MODEL_FILES",
           "SAME_SPEAKER", "MIN_SPEECH_S", "NEW_VOICE_MIN_S", "cluster", "same_for", "signal_to_noise_db", "band_limited",
           "fetch_model", "model_path"]

MODEL_FILE = "resemblyzer-ge2e.pt"
MODEL_SHA256 = "39373b86598fa3da9fcddee6142382efe09777e8d37dc9c0561f41f0070f134e"
RESEMBLYZER_WHEEL = "resemblyzer==0.1.4"
_FILE = WheelFile(MODEL_FILE, "resemblyzer/pretrained.pt", MODEL_SHA256)
MODEL_FILES = (_FILE,)

SAMPLE_RATE = 16000
_HOP = 160  # 10 ms
_PARTIAL = 160  # frames: 1.6 s
_PARTIALS_PER_S = 1.3
_MIN_COVERAGE = 0.75  # a last partial this much covered by speech counts (zero-padded)
_TARGET_DBFS = -30.0  # quiet speech is raised to this level first, as the encoder was trained
SAME_SPEAKER = 0.72  # cosine to a voice's mean from which a segment is that voice (see the module docstring)
MIN_SPEECH_S = 0.5  # a segment with less speech than this is not given a voice
# A segment with less speech than this (a partial is 1.6 s) is too short to be a new voice: it is the closest
# voice heard before, from SAME_SPEAKER up, else not told. Short lines (about 1 s) of the evaluation sets came out
# 0.56-0.66 to their own speaker's voice and up to 0.70 to another's ("Go forward ten meters." to a reader's):
# a lower bar gave wrong numbers, a new voice for each gave spurious speakers.
NEW_VOICE_MIN_S = 1.5
_KEEP_S = 90.0  # audio kept behind the newest sample: segments arrive up to a transcription window late
# The final clustering's bar by the recording's signal-to-noise ratio (dB, ``signal_to_noise_db``): chosen on the
# composed conversations of bench/speakers.py cut into transcript-sized segments (as recorded 45-68 dB: best near
# 0.62; over a telephone line with hiss 17-26 dB: 0.65-0.70; an old tape 5-13 dB: 0.75), straight lines between.
_SNR_POINTS_DB = (10.0, 25.0, 45.0)
_SAME_AT_SNR = (0.75, 0.68, 0.62)
_SHORT_VOICE_S = 2.0  # a voice heard only in one segment this short ...
_SHORT_VOICE_SLACK = 0.05  # ... joins the closest other voice (its mean) within this much of the bar
# Then a voice with less speech than this in all (a few short lines) joins the closest other voice (the mean cosine
# between their segments) within this much of the bar. On bench/speakers.py's conversations (seeds 7, 11 and 13) it
# cut the spurious voices per conversation from 1.26 to 1.06 and lost 2 of 474 onsets; 3 s, or a slack of 0.08, cut
# more (1.02, 0.97) and lost 6-7; the cosine of the means instead (as for one segment) lost 14
_SMALL_VOICE_S = 2.5
_SMALL_VOICE_SLACK = 0.05
_MAX_CLUSTERED = 4000  # segments: more than this keeps the live numbers (the clustering's memory grows with n^2)
_LEVEL_FRAME = 512  # samples per loudness frame of the signal-to-noise estimate
# A band-limited recording (a phone line, an old tape: little above 4 kHz in its loudest fifth of frames, where clean
# speech has 1-3% there) brings voices closer too, though its hiss may be low: its bar is at least this
_HIGH_BAND_HZ = 4000.0
_BAND_LIMITED_DB = -24.0  # high band's share of the loud frames' power under this (dB): band-limited
_SAME_BAND_LIMITED = 0.70
_LOUD_FRAMES = 80  # percentile of frame loudness from which a frame counts as loud (speech)
_WINDOW = np.hanning(_LEVEL_FRAME).astype(np.float32)
_HIGH_BINS = np.fft.rfftfreq(_LEVEL_FRAME, 1.0 / SAMPLE_RATE) >= _HIGH_BAND_HZ


class SpeakerModelUnavailable(RuntimeError):
    """The voice encoder's weights are missing or wrong; the message says what to do."""


def model_path(models_dir: Path) -> Path:
    return Path(models_dir) / MODEL_FILE


def fetch_model(models_dir: Path, wheel: Path | None = None) -> Path:
    """Put the weights into ``models_dir`` (once): extracted from ``wheel`` (the Resemblyzer 0.1.4 wheel) or,
    without one, from that wheel downloaded from PyPI with pip (16 MB, not installed)."""
    return fetch_from_wheel(models_dir, RESEMBLYZER_WHEEL, MODEL_FILES, wheel, SpeakerModelUnavailable)[0]


class SpeakerEncoder:
    """Speech (16 kHz mono float32) to a 256-d unit vector; load with ``SpeakerEncoder.load(models_dir)``."""

    def __init__(self, net, mel) -> None:
        self._net = net
        self._mel = mel

    @classmethod
    def load(cls, models_dir: Path) -> "SpeakerEncoder":
        import torch
        import torchaudio

        require_files(models_dir, MODEL_FILES, SpeakerModelUnavailable, "voice encoder", "models.speakers")
        state = torch.load(model_path(models_dir), map_location="cpu", weights_only=True)["model_state"]

        class Ge2e(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.lstm = torch.nn.LSTM(40, 256, 3, batch_first=True)
                self.linear = torch.nn.Linear(256, 256)

            def forward(self, mels):
                _, (hidden, _) = self.lstm(mels)
                e = torch.relu(self.linear(hidden[-1]))
                return e / torch.linalg.norm(e, dim=1, keepdim=True).clamp_min(1e-9)

        net = Ge2e()
        net.load_state_dict({k: v for k, v in state.items() if k.startswith(("lstm.", "linear."))})
        net.eval()
        mel = torchaudio.transforms.MelSpectrogram(SAMPLE_RATE, n_fft=400, hop_length=_HOP, n_mels=40, power=2.0,
                                                   center=True, pad_mode="constant", norm="slaney", mel_scale="slaney")
        return cls(net, mel)

    def embed(self, speech: np.ndarray) -> np.ndarray:
        """The voice of ``speech`` (at least a few hundred ms): the mean of its partials' embeddings, unit length."""
        import torch

        x = np.asarray(speech, np.float32)
        rms = float(np.sqrt(np.mean(np.square(x)))) if len(x) else 0.0
        if rms > 0:
            gain_db = _TARGET_DBFS - 20 * np.log10(rms)
            if gain_db > 0:  # raised only, as Resemblyzer's preprocessing does
                x = x * np.float32(10 ** (gain_db / 20))
        with torch.inference_mode():
            mels = self._mel(torch.from_numpy(x)).T  # [frames, 40]
            n = mels.shape[0]
            step = int(round(SAMPLE_RATE / _PARTIALS_PER_S / _HOP))
            starts = list(range(0, max(1, n - _PARTIAL + step + 1), step))
            if len(starts) > 1 and (n - starts[-1]) / _PARTIAL < _MIN_COVERAGE:
                starts.pop()
            if starts[-1] + _PARTIAL > n:
                mels = torch.nn.functional.pad(mels, (0, 0, 0, starts[-1] + _PARTIAL - n))
            e = self._net(torch.stack([mels[s:s + _PARTIAL] for s in starts])).mean(0).numpy()
        return e / max(float(np.linalg.norm(e)), 1e-9)


@dataclass
class _Voice:
    total: np.ndarray  # the sum of its segments' embeddings, weighted by their speech
    weight: float

    @property
    def mean(self) -> np.ndarray:
        return self.total / max(float(np.linalg.norm(self.total)), 1e-9)


@dataclass
class SpeakerTracker:
    """Audio fed in chunks (``feed``), segments numbered by voice as they come (``voice``): a segment of at least
    ``NEW_VOICE_MIN_S`` of speech is the voice heard before whose mean is closest, from ``same`` up, or a new one;
    a shorter one is that voice, or none."""

    encoder: SpeakerEncoder
    same: float = SAME_SPEAKER
    _start: float = 0.0  # the time of the first sample kept
    _audio: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    voices: list[_Voice] = field(default_factory=list)
    heard: list[tuple[np.ndarray | None, float]] = field(default_factory=list)  # each segment's embedding, speech s
    _levels: list[np.ndarray] = field(default_factory=list)  # loudness (dB) of each frame fed
    _high: list[np.ndarray] = field(default_factory=list)  # each frame's power above _HIGH_BAND_HZ, and in all

    def feed(self, start: float, samples: np.ndarray) -> None:
        samples = np.asarray(samples, np.float32)
        frames = samples[: len(samples) // _LEVEL_FRAME * _LEVEL_FRAME].reshape(-1, _LEVEL_FRAME)
        self._levels.append((10 * np.log10(np.mean(np.square(frames), axis=1) + 1e-10)).astype(np.float32))
        power = np.square(np.abs(np.fft.rfft(frames * _WINDOW, axis=1)))
        self._high.append(np.stack([power[:, _HIGH_BINS].sum(axis=1), power.sum(axis=1)], axis=1).astype(np.float32))
        if not len(self._audio):
            self._start = start
        self._audio = np.concatenate([self._audio, samples])
        drop = len(self._audio) - int(_KEEP_S * SAMPLE_RATE)
        if drop > 0:
            self._audio = self._audio[drop:]
            self._start += drop / SAMPLE_RATE

    def speech(self, spans: list[tuple[float, float]]) -> np.ndarray:
        """The samples of ``spans`` (s) that are still kept, joined."""
        parts = []
        for a, b in spans:
            i = max(0, int(round((a - self._start) * SAMPLE_RATE)))
            j = min(len(self._audio), int(round((b - self._start) * SAMPLE_RATE)))
            if j > i:
                parts.append(self._audio[i:j])
        return np.concatenate(parts) if parts else np.zeros(0, np.float32)

    def voice(self, spans: list[tuple[float, float]]) -> int | None:
        """The number (from 1) of the voice that says ``spans`` (a segment's words), or None when they hold
        too little speech to tell (see the class)."""
        speech = self.speech(spans)
        weight = len(speech) / SAMPLE_RATE
        e = self.encoder.embed(speech) if weight >= MIN_SPEECH_S else None
        self.heard.append((e, weight))
        if e is None or (weight < NEW_VOICE_MIN_S and not self.voices):
            return None  # too little to tell; too short to be a first voice
        sims = [float(e @ v.mean) for v in self.voices]
        if weight < NEW_VOICE_MIN_S:  # too short to tell a new voice, or to move a voice's mean
            return int(np.argmax(sims)) + 1 if max(sims) >= self.same else None
        if sims and max(sims) >= self.same:
            k = int(np.argmax(sims))
            self.voices[k].total = self.voices[k].total + weight * e
            self.voices[k].weight += weight
            return k + 1
        self.voices.append(_Voice(weight * e, weight))
        return len(self.voices)

    def final(self) -> tuple[list[int | None], list[np.ndarray]]:
        """Every segment numbered again now that all are heard (one number per ``voice`` call, in order), and
        each number's mean voice (number k at index k - 1): see the module docstring."""
        if len(self.heard) > _MAX_CLUSTERED:
            return self.numbers_live(), [v.mean for v in self.voices]
        embeddings = [e for e, _ in self.heard]
        weights = [w for _, w in self.heard]
        same = same_for(signal_to_noise_db(self._levels))
        if band_limited(self._levels, self._high):
            same = max(same, _SAME_BAND_LIMITED)
        numbers = cluster(embeddings, weights, same)
        voices = []
        for k in range(1, max((n for n in numbers if n is not None), default=0) + 1):
            total = sum(w * e for e, w, n in zip(embeddings, weights, numbers) if n == k)
            voices.append(total / max(float(np.linalg.norm(total)), 1e-9))
        return numbers, voices

    def numbers_live(self) -> list[int | None]:
        """Each segment numbered by the closest of the live voices as they stand at the end, from ``same`` up (for
        the rare video with too many segments to cluster)."""
        out = []
        for e, w in self.heard:
            sims = [float(e @ v.mean) for v in self.voices] if e is not None else []
            out.append(int(np.argmax(sims)) + 1 if sims and max(sims) >= self.same else None)
        return out


def signal_to_noise_db(levels: list[np.ndarray]) -> float:
    """How far the loud frames (speech: the 95th percentile of frame loudness) stand above the quiet ones (the
    noise floor: the 10th percentile, at most 80 dB down), in dB."""
    db = np.concatenate(levels) if levels else np.zeros(0, np.float32)
    if not len(db):
        return _SNR_POINTS_DB[-1]
    return float(np.percentile(db, 95) - max(float(np.percentile(db, 10)), -80.0))


def band_limited(levels: list[np.ndarray], high: list[np.ndarray]) -> bool:
    """Whether the loud frames (from the ``_LOUD_FRAMES`` percentile of loudness up) have little power above
    ``_HIGH_BAND_HZ``: a phone line's or an old tape's band."""
    db = np.concatenate(levels) if levels else np.zeros(0, np.float32)
    if not len(db):
        return False
    above, total = np.concatenate(high)[db >= np.percentile(db, _LOUD_FRAMES)].sum(axis=0)
    return bool(10 * np.log10(float(above) / max(float(total), 1e-12) + 1e-12) < _BAND_LIMITED_DB)


def same_for(snr_db: float) -> float:
    """The cosine from which two groups of segments are one voice, for a recording of this signal-to-noise ratio."""
    return float(np.interp(snr_db, _SNR_POINTS_DB, _SAME_AT_SNR))


def cluster(embeddings: list[np.ndarray | None], weights: list[float], same: float) -> list[int | None]:
    """Voice numbers for segments (None where the embedding is None): average-linkage clustering of the unit
    embeddings, merged while the mean cosine between two groups is at least ``same``; then a voice of one segment
    under ``_SHORT_VOICE_S`` of speech joins the closest other voice within ``_SHORT_VOICE_SLACK`` of ``same``, and
    a voice of under ``_SMALL_VOICE_S`` of speech in all the closest within ``_SMALL_VOICE_SLACK`` (the smallest
    first, one at a time).
    Numbered from 1 in the order first heard."""
    idx = [i for i, e in enumerate(embeddings) if e is not None]
    labels: dict[int, int] = {}
    if len(idx) == 1:
        labels[idx[0]] = 0
    elif idx:
        from scipy.cluster.hierarchy import fcluster, linkage

        x = np.stack([embeddings[i] for i in idx]).astype(np.float64)
        found = fcluster(linkage(x, method="average", metric="cosine"), t=1.0 - same, criterion="distance")
        labels = {i: int(k) for i, k in zip(idx, found)}
    members: dict[int, list[int]] = {}
    for i, k in labels.items():
        members.setdefault(k, []).append(i)
    for k, group in sorted(members.items()):
        i = group[0]
        if len(group) > 1 or weights[i] >= _SHORT_VOICE_S or len(members) < 2:
            continue
        best, to = -2.0, None
        for other, its in members.items():
            if other != k and its:
                mean = np.sum([weights[j] * embeddings[j] for j in its], axis=0)
                sim = float(embeddings[i] @ mean) / max(float(np.linalg.norm(mean)), 1e-9)
                if sim > best:
                    best, to = sim, other
        if to is not None and best >= same - _SHORT_VOICE_SLACK:
            members[to].append(i)
            members[k] = []
            labels[i] = to
    members = {k: group for k, group in members.items() if group}
    while len(members) > 1 and (to_merge := _small_voice_merge(members, embeddings, weights, same)) is not None:
        k, to = to_merge
        members[to] += members.pop(k)
        for i in members[to]:
            labels[i] = to
    order: dict[int, int] = {}
    return [order.setdefault(labels[i], len(order) + 1) if i in labels else None for i in range(len(embeddings))]


def _small_voice_merge(members: dict[int, list[int]], embeddings: list, weights: list[float],
                       same: float) -> tuple[int, int] | None:
    """The smallest voice of under ``_SMALL_VOICE_S`` of speech whose closest other voice (by the mean cosine
    between their segments, as the clustering measures) is within ``_SMALL_VOICE_SLACK`` of ``same``, and that
    voice; None when there is no such voice."""
    speech = {k: sum(weights[i] for i in group) for k, group in members.items()}
    for k in sorted((k for k in members if speech[k] < _SMALL_VOICE_S), key=lambda k: speech[k]):
        mine = np.stack([embeddings[i] for i in members[k]])
        sims = {o: float((mine @ np.stack([embeddings[j] for j in group]).T).mean())
                for o, group in members.items() if o != k}
        to = max(sims, key=sims.__getitem__)
        if sims[to] >= same - _SMALL_VOICE_SLACK:
            return k, to
    return None


def main(argv: list[str] | None = None) -> int:
    return fetch_main(argv, "models.speakers", "The voice encoder's weights (Resemblyzer's GE2E, from its 0.1.4 wheel).",
                      "the voice encoder's weights", RESEMBLYZER_WHEEL, lambda d, w: [fetch_model(d, w)])


if __name__ == "__main__":
    raise SystemExit(main())
