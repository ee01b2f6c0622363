"""Audio descriptors per fixed time window, from 16 kHz mono float32 audio.

Per window (2 s by default, on a grid from t = 0) the power spectrum (32 ms Hann frames, 10 ms
hop) and its log-mel (64 bands, torchaudio's mel filterbank) give measured quantities, and four
indicators in [0, 1] are designed from them. The STFT runs in numpy: torch's intra-op threads on
such small tensors were 20x slower on a busy 2-core worker.

- ``loudness_dbfs``: RMS level, 20 log10(rms) with full scale = 1.0 (floor -100).
- ``speech_prob``: mean Silero VAD probability (the VAD model inside faster-whisper) over the
  window's 32 ms frames.
- ``flatness``: spectral flatness (geometric / arithmetic mean power, 100 Hz - 7 kHz) over the
  window's active frames (within 30 dB of its loudest frame): ~0 for tones, high for noise.
- ``harmonicity``: mean peak of the normalised autocorrelation in the pitch range (60-400 Hz)
  over active frames: high for voiced speech and tonal music.
- ``modulation``: share of the log-mel envelope's modulation power in 2-8 Hz (syllable rate).
- ``onset_regularity``: peak of the spectral-flux autocorrelation at 0.3-1.0 s lags (a beat).
- ``stability``: mean cosine between consecutive log-mel frames (sustained sounds are stable).

Indicators (heuristics, set from the shared real clips: speech readings, a cartoon's orchestral
score, a noisy webcam recording, a quiet room):

- ``silence = sigmoid((-48 - loudness_dbfs) / 3)``
- ``speech  = speech_prob * (1 - silence)``
- ``music   = (1 - silence) * (1 - speech_prob) * sigmoid((harmonicity - 0.6) / 0.08)
  * sigmoid((0.1 - flatness) / 0.03)``: tonal, not speech, not noisy.
- ``noise   = (1 - silence) * (1 - speech_prob) * sigmoid((flatness - 0.15) / 0.04)``

No audio track is not silence: callers get ``None`` for such windows (see worker/understand.py),
never a zero vector. ``AudioAnalyzer`` is incremental: feed it chunks with their start times and
it returns each window once complete, so a long file never sits in memory.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from functools import lru_cache

import numpy as np

__all__ = ["AudioDescriptors", "AudioAnalyzer", "describe_window", "describe_audio", "VECTOR_NAMES",
           "INDICATORS", "SAMPLE_RATE"]

SAMPLE_RATE = 16000
_N_FFT = 512
_HOP = 160
_VAD_CHUNK = 512
_MIN_WINDOW_S = 0.1  # shorter scraps at a file's end are not described


@dataclass(frozen=True)
class AudioDescriptors:
    start: float
    end: float
    loudness_dbfs: float
    speech_prob: float
    flatness: float
    harmonicity: float
    modulation: float
    onset_regularity: float
    stability: float
    speech: float
    music: float
    noise: float
    silence: float

    def vector(self) -> np.ndarray:
        """Fixed-length float32 vector, order ``VECTOR_NAMES``, every entry roughly in [0, 1]."""
        loud = min(max((self.loudness_dbfs + 100.0) / 100.0, 0.0), 1.0)
        return np.array([self.speech, self.music, self.noise, self.silence, loud, self.speech_prob,
                         self.flatness, self.harmonicity, self.modulation, self.onset_regularity,
                         self.stability], dtype=np.float32)

    def to_dict(self) -> dict:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in asdict(self).items()}


VECTOR_NAMES = ("speech", "music", "noise", "silence", "loudness", "speech_prob", "flatness",
                "harmonicity", "modulation", "onset_regularity", "stability")
INDICATORS = ("speech", "music", "noise", "silence")  # the first four vector entries


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(x, 60.0), -60.0)))


_HANN = np.hanning(_N_FFT + 1)[:-1].astype(np.float32)  # periodic, as torch.hann_window


@lru_cache(maxsize=1)
def _mel_filters() -> np.ndarray:
    """[bins, 64] mel filterbank (torchaudio's HTK mel scale, 60 Hz - 7.6 kHz)."""
    import torchaudio

    fb = torchaudio.functional.melscale_fbanks(_N_FFT // 2 + 1, 60.0, 7600.0, 64, SAMPLE_RATE)
    return fb.numpy().astype(np.float64)


def _speech_probs(samples: np.ndarray) -> np.ndarray:
    from faster_whisper.vad import get_vad_model

    # The model writes into its input's last samples: always hand it a padded copy.
    padded = np.pad(samples, (0, (-len(samples)) % _VAD_CHUNK)).astype(np.float32)
    return np.asarray(get_vad_model()(padded)).reshape(-1)


def describe_window(samples: np.ndarray, start: float, end: float) -> AudioDescriptors:
    """Descriptors of one window of 16 kHz mono float32 samples spanning ``[start, end)``."""
    x = np.asarray(samples, dtype=np.float32).reshape(-1)
    rms = float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if len(x) else 0.0
    loudness = max(20.0 * math.log10(rms), -100.0) if rms > 0 else -100.0
    speech_prob = float(_speech_probs(x).mean()) if len(x) else 0.0

    if len(x) < _N_FFT:
        x = np.pad(x, (0, _N_FFT - len(x)))
    frames = np.lib.stride_tricks.sliding_window_view(x, _N_FFT)[::_HOP] * _HANN
    power = np.square(np.abs(np.fft.rfft(frames, axis=1)), dtype=np.float64)  # [frames, bins]
    energy = power.sum(1)
    active = 10 * np.log10(energy + 1e-20) > 10 * np.log10(energy.max() + 1e-20) - 30
    if rms == 0:
        active[:] = False

    freqs = np.fft.rfftfreq(_N_FFT, 1 / SAMPLE_RATE)
    band = power[:, (freqs >= 100) & (freqs <= 7000)] + 1e-20
    flat = np.exp(np.log(band).mean(1)) / band.mean(1)
    ac = np.fft.irfft(power, axis=1)
    ac = ac / (ac[:, :1] + 1e-20)
    harm = ac[:, SAMPLE_RATE // 400:SAMPLE_RATE // 60].max(1)

    log_spec = np.log(power @ _mel_filters() + 1e-10)  # log-mel, [frames, 64]
    env = log_spec.mean(1) if len(log_spec) else np.zeros(1)
    env = env - env.mean()
    mod_power = np.abs(np.fft.rfft(env)) ** 2
    mod_freqs = np.fft.rfftfreq(len(env), _HOP / SAMPLE_RATE)
    modulation = float(mod_power[(mod_freqs >= 2) & (mod_freqs <= 8)].sum() / (mod_power[mod_freqs > 0.5].sum() + 1e-12))

    flux = np.maximum(np.diff(log_spec, axis=0), 0).sum(1) if len(log_spec) > 1 else np.zeros(1)
    flux = flux - flux.mean()
    lags = range(int(0.3 * SAMPLE_RATE / _HOP), int(1.0 * SAMPLE_RATE / _HOP))
    denom = float(flux @ flux) + 1e-12
    regularity = max([float(flux[:-lag] @ flux[lag:]) / denom for lag in lags if lag < len(flux)], default=0.0)

    centred = log_spec - log_spec.mean(1, keepdims=True)
    norms = np.linalg.norm(centred, axis=1) + 1e-9
    stab = (centred[1:] * centred[:-1]).sum(1) / (norms[1:] * norms[:-1]) if len(centred) > 1 else np.ones(1)

    def active_mean(v: np.ndarray, mask: np.ndarray) -> float:
        return float(v[mask].mean()) if mask.any() else 0.0

    flatness = active_mean(flat, active)
    harmonicity = active_mean(harm, active)
    stability = active_mean(stab, active[1:] & active[:-1]) if len(stab) == len(active) - 1 else 0.0

    silence = _sigmoid((-48.0 - loudness) / 3.0)
    speech = speech_prob * (1 - silence)
    music = (1 - silence) * (1 - speech_prob) * _sigmoid((harmonicity - 0.6) / 0.08) * _sigmoid((0.1 - flatness) / 0.03)
    noise = (1 - silence) * (1 - speech_prob) * _sigmoid((flatness - 0.15) / 0.04)
    return AudioDescriptors(
        start=float(start), end=float(end), loudness_dbfs=loudness, speech_prob=speech_prob,
        flatness=flatness, harmonicity=harmonicity, modulation=modulation,
        onset_regularity=max(regularity, 0.0), stability=stability,
        speech=speech, music=music, noise=noise, silence=silence,
    )


class AudioAnalyzer:
    """Incremental: ``feed(start, samples)`` returns the windows that became complete;
    ``flush()`` describes the last, partial one. Windows lie on the grid ``k * window_s``, so they
    line up with the video windows. A gap between chunks closes the open window early (it is
    described from the samples it got); windows with no samples at all are not emitted."""

    def __init__(self, window_s: float = 2.0, sample_rate: int = SAMPLE_RATE) -> None:
        if sample_rate != SAMPLE_RATE:
            raise ValueError(f"audio must be {SAMPLE_RATE} Hz mono (got {sample_rate})")
        self.window_s = float(window_s)
        self._win = int(round(self.window_s * SAMPLE_RATE))
        self._buf: list[np.ndarray] = []
        self._buf_len = 0
        self._index = 0  # window index the buffer belongs to
        self._offset = 0  # sample offset of the buffer's first sample inside that window
        self._next = None  # absolute sample index expected next

    def feed(self, start: float, samples: np.ndarray) -> list[AudioDescriptors]:
        samples = np.asarray(samples, dtype=np.float32).reshape(-1)
        pos = int(round(start * SAMPLE_RATE))
        out: list[AudioDescriptors] = []
        if self._next is not None and abs(pos - self._next) > 1:
            out += self.flush()
        if self._next is None or abs(pos - self._next) > 1:
            self._index, self._offset = divmod(pos, self._win)
        while len(samples):
            room = self._win - self._offset - self._buf_len
            take, samples = samples[:room], samples[room:]
            self._buf.append(take)
            self._buf_len += len(take)
            if self._offset + self._buf_len == self._win:
                out += self._emit()
                self._index += 1
                self._offset = 0
        self._next = self._index * self._win + self._offset + self._buf_len
        return out

    def flush(self) -> list[AudioDescriptors]:
        out = self._emit() if self._buf_len >= _MIN_WINDOW_S * SAMPLE_RATE else []
        self._buf, self._buf_len = [], 0
        self._next = None
        return out

    def _emit(self) -> list[AudioDescriptors]:
        x = np.concatenate(self._buf) if self._buf else np.zeros(0, np.float32)
        self._buf, self._buf_len = [], 0
        if len(x) == 0:
            return []
        start = (self._index * self._win + self._offset) / SAMPLE_RATE
        return [describe_window(x, start, start + len(x) / SAMPLE_RATE)]


def describe_audio(samples: np.ndarray | None, window_s: float = 2.0, start: float = 0.0) -> list[AudioDescriptors] | None:
    """Whole-array convenience over ``AudioAnalyzer``; ``None`` (no audio track) gives ``None``."""
    if samples is None:
        return None
    analyzer = AudioAnalyzer(window_s)
    return analyzer.feed(start, samples) + analyzer.flush()
