"""Whether two lines are said by one voice: "Does the same person say both of them?", "After the long silence
someone reads from a book. Is it the same man who has the cold?".

The two lines are told by what the asker points at: the lines of the answer before ("both of them"), the line a
lead-in places after a long silence ("after the long silence someone reads ..."), and the line that says what the
question describes someone by ("the man WHO HAS THE COLD": "I have a cold ..."). They are one voice where the
voice encoder numbered both the same (``Moment.speaker``), two where it numbered them apart, or where one is in a
man's range of pitch and the other in a woman's (``vidsense.voices``). A line too short to be numbered, without
such a pitch, is not told, and the question is declined with the reason.
"""

from __future__ import annotations

import re

from vidsense.answer import NOT_FOUND, Answer
from vidsense.conversation import Turn
from vidsense.moments import Moment, MomentSet
from vidsense.questions import SILENCE_WORDS, question_proper
from vidsense.said_order import long_pauses
from vidsense.text import content_stems, format_time
from vidsense.voices import sex_by_pitch

__all__ = ["same_voice"]

SAME_VOICE_CONFIDENCE = 0.5
# "is it the same man who has the cold?", "does the same person say both?", "are they the same speaker?"
_SAME = re.compile(r"\bthe same (?:person|man|woman|guy|lady|voice|speaker|reader|narrator|one|people)\b"
                   r"|\b(?:one and the same|a different (?:person|man|woman|voice|speaker))\b", re.IGNORECASE)
_BOTH = re.compile(r"\b(?:both|each|them|these|those|they)\b", re.IGNORECASE)
# "the man WHO HAS THE COLD", "the same person AS the one reading the poem"
_DESCRIBED = re.compile(r"\bthe same (?:person|man|woman|guy|lady|voice|speaker|reader|narrator|one)\s+(?:who|that|as|"
                        r"from)\s+([^?]+)", re.IGNORECASE)
_AFTER_SILENCE = re.compile(rf"\bafter (?:the|a|that|this) (?:\w+ )?(?:{'|'.join(SILENCE_WORDS)})\b", re.IGNORECASE)


def same_voice(question: str, moments: MomentSet, previous: Turn | None = None) -> Answer | None:
    """The answer to a question whether two lines are one voice (see the module); None for another question, or
    when the two lines cannot be found."""
    if not _SAME.search(question):
        return None
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    lines = _pointed_at(question, moments, said, previous)
    if lines is None:
        return None
    a, b = lines
    where = f"at {format_time(a.start)} and {format_time(b.start)}"
    if a.speaker is not None and b.speaker is not None:
        if a.speaker == b.speaker:
            return Answer(f"Yes: one voice says both ({where}; speaker {a.speaker}).", a.start, a.end,
                          SAME_VOICE_CONFIDENCE, True, [a, b])
        return Answer(f"No: two different voices ({where}; speakers {a.speaker} and {b.speaker}).", a.start, a.end,
                      SAME_VOICE_CONFIDENCE, True, [a, b])
    if {sex_by_pitch(a.pitch), sex_by_pitch(b.pitch)} == {"man", "woman"}:
        return Answer(f"No: two different voices ({where}; one low, one high: {a.pitch:.0f} and {b.pitch:.0f} Hz).",
                      a.start, a.end, SAME_VOICE_CONFIDENCE, True, [a, b])
    return Answer(f"{NOT_FOUND} Whose voices say the lines {where} is not told: a line too short, too hoarse or too "
                  "quiet is given no voice.", None, None, 0.1, False, [a, b])


def _pointed_at(question: str, moments: MomentSet, said: list[Moment],
                previous: Turn | None) -> tuple[Moment, Moment] | None:
    """The two lines the question compares (the one asked about first), or None."""
    if (described := _DESCRIBED.search(question)) is not None:
        words = content_stems(described.group(1))
        matches = [m for m in said if words & content_stems(m.text)]
        if not matches:
            return None
        other = max(matches, key=lambda m: len(words & content_stems(m.text)))
        subject = _subject(question, moments, said, previous)
        if subject is None or subject is other:
            return None
        return subject, other
    if previous is not None and previous.placed and _BOTH.search(question):
        end = previous.until
        inside = [m for m in said if m.end > previous.start + 0.1 and m.start < end - 0.1]
        if len(inside) >= 2:
            return inside[0], inside[-1]
    return None


def _subject(question: str, moments: MomentSet, said: list[Moment], previous: Turn | None) -> Moment | None:
    """The line the question asks about: the first after the longest silence where a lead-in places it there,
    else the answer before's."""
    proper = question_proper(question)
    lead_in = question[:question.rfind(proper)] if proper is not None else ""
    if _AFTER_SILENCE.search(lead_in) and (pauses := long_pauses(said)):
        return said[pauses[0] + 1]
    if previous is not None and previous.placed:
        return moments.sentence_at(previous.start)
    return None

