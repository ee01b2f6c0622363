"""Typed values passed between pipeline stages.

Each stage takes and returns these, so a stage can be run, tested and timed alone.
Times are seconds from the start of the media.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class MediaInfo:
    """What probing a file found."""

    duration: float
    has_audio: bool
    has_video: bool
    fps: float | None = None
    width: int | None = None
    height: int | None = None
    frame_count: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    word: str
    probability: float
    f0: float | None = None  # the voice's median pitch over the word, Hz (models.pitch); None: not voiced
    level: float | None = None  # how loud the word is said, dBFS (models.pitch.mean_level); None: not measured


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()
    language: str | None = None  # the language Whisper read it in (a video may change language)
    translation: str | None = None  # English, where it is in another language and Whisper translated it surely
    speaker: int | None = None  # the voice that says it, numbered from 1 as first heard (models.speakers); None: not told

    def to_dict(self) -> dict:
        out = {
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "text": self.text,
            "words": [
                {"start": round(w.start, 3), "end": round(w.end, 3), "word": w.word,
                 "probability": round(w.probability, 4)} | ({"f0": round(w.f0, 1)} if w.f0 is not None else {})
                | ({"level": round(w.level, 1)} if w.level is not None else {})
                for w in self.words
            ],
        }
        if self.language:
            out["language"] = self.language
        if self.translation:
            out["translation"] = self.translation
        if self.speaker is not None:
            out["speaker"] = self.speaker
        return out


@dataclass
class Transcript:
    language: str
    duration: float
    segments: list[Segment] = field(default_factory=list)
    # each speaker number's mean voice embedding (number k at index k - 1; models.speakers), kept to number the
    # speakers of a long video's chunks alike (worker.chunks.merge); not written out
    voices: list[np.ndarray] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict:
        return {
            "language": self.language,
            "duration": round(self.duration, 3),
            "segments": [s.to_dict() for s in self.segments],
        }

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in self.segments if s.text.strip())


@dataclass(frozen=True)
class Cue:
    """One subtitle cue: up to two lines shown from start to end."""

    start: float
    end: float
    lines: tuple[str, ...]
