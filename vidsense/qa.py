"""Grounded question answering over one video's moments.

The answer is always drawn from the evidence, never composed: the best-matching spoken sentence
(for what is said, and when), the labels of the best-matching stretch of picture (for what is
shown), or the matching run of sound (for what is heard), with its time span.

How a moment is matched. ``semantic`` is the cosine between the question's and the moment's
sentence embeddings; ``lexical`` is the share of the question's own content words (question
and framing words such as "when", "say", "video" left out) whose stems occur in the moment. The
score is ``0.5 * semantic + 0.5 * lexical``. The question is *found* when the best moment shares
a content word with it and scores at least ``FOUND_SCORE``, or is semantically close on its own
(``SEMANTIC_ONLY``); otherwise the answer says it is not in the video, with low confidence. The
thresholds were set on the dev set in ``bench/devset.yaml`` (see ``bench/eval.py``).

What the question is about is read from its words: "shown", "see", "appear", "colour" ... ask
about the picture; "music", "sound", "hear" ... about the sound; anything else about speech.
"At the start", "at the end", "in the middle", "at 1:05" and "after 30 seconds" pick moments by
time. "When ..." questions answer with the time first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from vidsense.grounding import FRAME_WORDS
from vidsense.moments import Moment, MomentSet
from vidsense.text import content_words, format_time, stem

__all__ = ["Answer", "Question", "TimeRef", "parse_question", "answer_question", "ask_folder", "NOT_FOUND",
           "MAX_QUESTION_CHARS"]

NOT_FOUND = "Not found in the video."
MAX_QUESTION_CHARS = 1000
FOUND_SCORE = 0.42
SEMANTIC_ONLY = 0.62
VISUAL_FOUND = 0.35
_EVIDENCE = 3

_VISUAL = re.compile(r"\b(show|shows|shown|showing|see|seen|visible|appear\w*|look\w*|picture\w*|scene\w*|"
                     r"footage|camera|on screen|screen|image\w*|frame\w*|colou?r\w*|wear\w*|watch\w*|depict\w*)\b")
_AUDIO = re.compile(r"\b(music\w*|sound\w*|noise\w*|hear|heard|silen\w*|quiet|loud\w*|song\w*)\b")
_SPEECH = re.compile(r"\b(say|says|said|saying|mention\w*|talk\w*|speak\w*|spoke\w*|tell\w*|told|ask\w*|"
                     r"word\w*|read\w*|quote\w*|call\w*|explain\w*|describ\w*)\b")
_WHEN = re.compile(r"^\s*(when|at what (time|point|moment)|what time|how (far|long) into|how many seconds)\b")
_START = re.compile(r"\b(at the (start|beginning)|first|opening|begin\w*|start\w*)\b")
_END = re.compile(r"\b(at the end|last|final\w*|ending|closing)\b")
_MIDDLE = re.compile(r"\b(in the middle|midway|halfway)\b")
_CLOCK = re.compile(r"\b(?:at|around|after|near)\s+(\d+):(\d{2})\b")
_SECONDS = re.compile(r"\b(?:at|around|after|near)\s+(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b")

# Words that frame a question rather than say what it is about.
_FRAME = FRAME_WORDS | {stem(w) for w in """
what when where which who whom whose why how does did do is are was were there here anything
something someone somebody thing things happen happens happening time moment point person people
man woman men women guy girl boy he she they it video clip kind type name
""".split()}


@dataclass(frozen=True)
class TimeRef:
    """The part of the video a question points at: seconds, or fractions of the duration."""

    start: float
    end: float
    fraction: bool = False

    def seconds(self, duration: float) -> tuple[float, float]:
        return (self.start * duration, self.end * duration) if self.fraction else (self.start, self.end)


@dataclass(frozen=True)
class Question:
    text: str
    kind: str  # "speech" | "visual" | "audio"
    when: bool
    time: TimeRef | None
    topic: frozenset[str]  # stems of the words that say what the question is about


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
                "evidence": [{"start": round(m.start, 3), "end": round(m.end, 3), "source": m.source, "text": m.text}
                             for m in self.evidence]}


def parse_question(text: str) -> Question:
    q = " ".join(text.split())[:MAX_QUESTION_CHARS]
    low = q.lower()
    if _VISUAL.search(low) and not _SPEECH.search(low):
        kind = "visual"
    elif _AUDIO.search(low) and not _SPEECH.search(low):
        kind = "audio"
    else:
        kind = "speech"
    topic = frozenset(s for s in (stem(w) for w in content_words(low)) if s not in _FRAME)
    return Question(q, kind, bool(_WHEN.search(low)), _time_span(low), topic)


def _time_span(low: str) -> TimeRef | None:
    if m := _CLOCK.search(low):
        t = int(m.group(1)) * 60 + int(m.group(2))
        return TimeRef(t - 1.0, t + 1.0)
    if m := _SECONDS.search(low):
        t = float(m.group(1))
        return TimeRef(t - 1.0, t + 1.0)
    if _WHEN.search(low):
        return None
    if _START.search(low):
        return TimeRef(0.0, 0.15, fraction=True)
    if _END.search(low):
        return TimeRef(0.85, 1.0, fraction=True)
    if _MIDDLE.search(low):
        return TimeRef(0.4, 0.6, fraction=True)
    return None


def answer_question(question: str | Question, moments: MomentSet, q_embedding: np.ndarray, duration: float) -> Answer:
    q = question if isinstance(question, Question) else parse_question(question)
    if not moments.moments:
        return Answer(NOT_FOUND, None, None, 0.0, False)
    sem = moments.embeddings @ np.asarray(q_embedding, np.float32)
    lex = np.array([_lexical(q, m) for m in moments.moments], np.float32)
    score = 0.5 * sem + 0.5 * lex
    if q.time is not None:  # moments at the time asked about come first
        a, b = q.time.seconds(duration)
        near = np.array([m.end >= a and m.start <= b for m in moments.moments])
        score = score + 0.35 * near
    if q.kind == "visual":
        return _visual_answer(q, moments, sem, lex, score)
    if q.kind == "audio":
        return _audio_answer(q, moments, lex, score)
    return _speech_answer(q, moments, sem, lex, score)


def _lexical(q: Question, m: Moment) -> float:
    if not q.topic:
        return 0.0
    stems = {stem(w) for w in content_words(m.text)}
    return len(q.topic & stems) / len(q.topic)


def _pick(idx: list[int], score: np.ndarray) -> list[int]:
    return sorted(idx, key=lambda i: -score[i])


def _speech_answer(q: Question, moments: MomentSet, sem, lex, score) -> Answer:
    spoken = _pick(moments.of("transcript"), score)
    if not spoken:
        visual = _visual_answer(q, moments, sem, lex, score)  # "is there a bike?" on a silent video
        return visual if visual.found else Answer(NOT_FOUND + " Nothing is said in it.", None, None, 0.05, False)
    best = spoken[0]
    found = (lex[best] > 0 and score[best] >= FOUND_SCORE) or sem[best] >= SEMANTIC_ONLY
    if not found:
        visual = _visual_answer(q, moments, sem, lex, score) if q.topic else None
        if visual is not None and visual.found and _lexical(q, visual.evidence[0]) > 0:
            return visual  # "are there bikes?" asks about the picture without saying so
        return Answer(NOT_FOUND, None, None, _confidence(score[best], found=False), False,
                      [moments.moments[i] for i in spoken[:_EVIDENCE]])
    m = moments.moments[best]
    text = m.text.strip()
    answer = f"At {format_time(m.start)}: \u201c{text}\u201d" if q.when else text
    return Answer(answer, m.start, m.end, _confidence(score[best], found=True),
                  True, [moments.moments[i] for i in spoken[:_EVIDENCE]])


def _visual_answer(q: Question, moments: MomentSet, sem, lex, score) -> Answer:
    shown = _pick(moments.of("visual"), score)
    if not shown:
        return Answer(NOT_FOUND + " It has no picture.", None, None, 0.05, False)
    best = shown[0]
    if q.topic and q.time is None:  # "is there a bicycle?": the labels must match what is asked
        found = lex[best] > 0 or sem[best] >= VISUAL_FOUND
    else:  # "what is shown at the start?": the picture there is the answer
        found = True
    if not found:
        return Answer(NOT_FOUND, None, None, _confidence(score[best], found=False), False,
                      [moments.moments[i] for i in shown[:_EVIDENCE]])
    m = moments.moments[best]
    when = f"At {format_time(m.start)}" if q.when else f"From {format_time(m.start)} to {format_time(m.end)}"
    answer = f"{when} the picture shows {_join(m.text.split(', '))}."
    return Answer(answer, m.start, m.end, _confidence(score[best], found=True) * 0.8, True,
                  [moments.moments[i] for i in shown[:_EVIDENCE]])


def _audio_answer(q: Question, moments: MomentSet, lex, score) -> Answer:
    heard = _pick(moments.of("audio"), score)
    wanted = q.topic & {"music", "nois", "silenc", "silent", "quiet"}
    if wanted:
        heard = [i for i in heard if stem(moments.moments[i].text) in wanted or
                 (moments.moments[i].text == "silence" and wanted & {"silent", "quiet"})]
    if not heard:
        return Answer(NOT_FOUND, None, None, 0.1, False)
    m = moments.moments[heard[0]]
    answer = f"{'At' if q.when else 'From'} {format_time(m.start)}{'' if q.when else ' to ' + format_time(m.end)}: {m.text}."
    return Answer(answer, m.start, m.end, _confidence(score[heard[0]], found=True) * 0.8, True,
                  [moments.moments[i] for i in heard[:_EVIDENCE]])


def _confidence(score: float, found: bool) -> float:
    c = float(np.clip((score - 0.2) / 0.6, 0.0, 1.0))
    return max(c, 0.3) if found else min(c, 0.25)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def ask_folder(folder: Path, question: str, embedder=None) -> dict:
    """Answer ``question`` about the video analysed into ``folder`` (by ``vidsense analyze`` or a job)."""
    import json

    from vidsense.embedding import question_embedder

    folder = Path(folder)
    moments = MomentSet.load(folder)
    duration = float(json.loads((folder / "media.json").read_text())["duration"])
    embedder = embedder or question_embedder()
    q = parse_question(question)
    return answer_question(q, moments, embedder.embed([q.text])[0], duration).to_dict()
