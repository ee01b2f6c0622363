"""What every kind of answer shares: the ``Answer`` itself and how its time and confidence are told.

``vidsense.qa`` answers what is said; ``vidsense.picture_answers`` what is shown and heard. Both
rank moments by a score (``0.5 * semantic + 0.5 * lexical``, see ``vidsense.qa``), turn the best
score into a confidence the same way, and say the time the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy as np

from vidsense.moments import Moment
from vidsense.questions import Question
from vidsense.text import format_time, words

__all__ = ["Answer", "NOT_FOUND", "LEXICAL_FOUND", "EVIDENCE", "overlap", "pick", "span", "confidence", "said_text",
           "from_phrase", "part_of", "LONG_CLAUSE_WORDS", "LONG_CLAUSE_S"]

NOT_FOUND = "Not found in the video."
LEXICAL_FOUND = 0.5  # half of the topic words (whole phrases) in one moment (see vidsense.qa)
EVIDENCE = 3  # moments an answer cites
SYNONYM_CREDIT = 0.75  # a topic word matched by a WordNet synonym counts this much (see vidsense.qa)


@dataclass
class Answer:
    answer: str
    start: float | None
    end: float | None
    confidence: float
    found: bool
    evidence: list[Moment] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"answer": self.answer, "start": None if self.start is None else round(self.start, 3),
                "end": None if self.end is None else round(self.end, 3), "confidence": round(self.confidence, 3),
                "found": self.found,
                "evidence": [_evidence(m) for m in self.evidence]}


def _evidence(m: Moment) -> dict:
    out = {"start": round(m.start, 3), "end": round(m.end, 3), "source": m.shown_as, "text": m.text}
    if m.original:  # text is Whisper's English translation of what was said
        out["original"], out["language"] = m.original, m.language
    return out


def overlap(m: Moment, a: float, b: float) -> float:
    """How much of the moment lies in [a, b], or of [a, b] in the moment when the moment is longer:
    1 for a moment inside the part asked about, small for a long one that only touches it."""
    inside = min(m.end, b) - max(m.start, a)
    if inside < 0 or (inside == 0 and m.end > m.start):
        return 0.0
    return min(1.0, inside / max(min(b - a, m.end - m.start), 1e-6)) if inside > 0 else 1.0


def gap(m: Moment, a: float, b: float) -> float:
    """Seconds from the moment to the part [a, b] asked about; 0 when it lies (partly) in it."""
    return max(0.0, a - m.end, m.start - b)


def preferred(items: list, keep) -> list:
    """The items ``keep`` holds for (those in the part asked about), else all of them."""
    return [x for x in items if keep(x)] or items


def pick(idx: list[int], score: np.ndarray) -> list[int]:
    """The moments ``idx``, best score first."""
    return sorted(idx, key=lambda i: -score[i])


def span(q: Question, m: Moment) -> str:
    """"At 0:12" for a "when" question, else "From 0:12 to 0:20"."""
    return f"At {format_time(m.start)}" if q.when else f"From {format_time(m.start)} to {format_time(m.end)}"


def confidence(score: float, found: bool) -> float:
    """A moment's score as the answer's confidence: at least 0.3 when found, at most 0.25 when not."""
    c = float(np.clip((score - 0.2) / 0.6, 0.0, 1.0))
    return max(c, 0.3) if found else min(c, 0.25)


def said_text(q: Question, m: Moment) -> str:
    """What a spoken moment answers: its words, after "At 0:12:" for a "when" question."""
    text = m.text.strip()
    return f"At {format_time(m.start)}: \u201c{text}\u201d" if q.when else text


LONG_CLAUSE_WORDS, LONG_CLAUSE_S = 15, 6.0  # a stretch said without a pause this long ...


def from_phrase(m: Moment, kinds: list[re.Pattern]) -> Moment:
    """A long stretch Whisper wrote without a stop ("... and also predictions for them I'm sideshow joined by",
    8 s) from the phrase an answer was found by ("I'm sideshow joined by", "talking really slow"), timed by its
    share of the characters; a shorter clause as it is."""
    if m.original is not None or len(words(m.text)) < LONG_CLAUSE_WORDS or m.end - m.start < LONG_CLAUSE_S:
        return m
    found = [hit.start() for pattern in kinds if (hit := pattern.search(m.text))]
    if not found or not min(found):
        return m
    return part_of(m, min(found))


def part_of(m: Moment, at: int, end: int | None = None) -> Moment:
    """The moment's text from character ``at`` (to ``end``), timed by its share of the characters: Whisper times
    a stretch, not its words ("... go forward ten meters 29340.": the digits, 1.6 s into the sentence)."""
    return replace(m, start=round(m.start + (m.end - m.start) * at / len(m.text), 3), text=m.text[at:end])
