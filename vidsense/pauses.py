"""The part of the video a question places by a silence in the speech.

"After another long silence two voices each say a single number. Which numbers?", "before the long pause, what
does he ask for?": the speech between that silence and the next one (or the start or the end of the video) is
where the answer lies. Silences are the pauses between sentences of ``LONG_PAUSE_S`` or more that are about as
long as the longest one (``ALIKE_PAUSES``: a reader's breath of 3 s, or a pause of 5.5 s between lines, is no "long
silence" in a video whose parts are 8-9 s apart); "another", "the second", "the next" mean the second of them in
time, "the last" the last, and "a" or "the" the first.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vidsense.moments import ALIKE_PAUSES, LONG_PAUSE_S, MomentSet
from vidsense.questions import SILENCE_WORDS, TimeRef

__all__ = ["silence_part", "Placed"]

_ORDINALS = {"first": 0, "another": 1, "second": 1, "next": 1, "third": 2, "last": -1, "final": -1}
# "after another long silence", "before the second pause", "following a long gap", "after the last break"
_PLACED = re.compile(r"\b(after|before|following)\s+(?:(?:the|a|an|that|this|one)\s+)?(?:(first|another|second|next|"
                     r"third|last|final)\s+)?(?:(?:long|longer|longest|big|bigger|lengthy|quiet|silent|short|brief|"
                     rf"\w+-second)\s+){{0,2}}(?:{'|'.join(SILENCE_WORDS)})\b", re.IGNORECASE)


class Placed(NamedTuple):
    time: TimeRef  # seconds
    after: bool  # after the silence (else before it)
    counted: bool  # the question counts the silences ("another", "the last"), else names one ("a long silence")


def silence_part(question: str, moments: MomentSet) -> Placed | None:
    """The part of the video ``question`` places after or before a long silence in the speech; None when it names
    no silence, or the video has no such silence (or not as many as the question counts)."""
    placed = _PLACED.search(question)
    if placed is None:
        return None
    said = sorted(moments.spoken.values(), key=lambda s: s.start)
    gaps = [b.start - a.end for a, b in zip(said, said[1:])]
    longest = max(gaps, default=0.0)
    silences = [k for k, g in enumerate(gaps) if g >= LONG_PAUSE_S and g >= ALIKE_PAUSES * longest]
    counted = placed.group(2) is not None
    if not silences and said and said[0].start >= LONG_PAUSE_S and placed.group(1).lower() != "before" and not counted:
        # no silence between lines, but a long one before the first: what came before it was not heard as speech (a
        # whisper, "After that it's silent. When does the woman on the phone line start talking?"), so after it
        return Placed(TimeRef(said[0].start, max(m.end for m in moments.moments)), True, counted)
    if not silences:
        return None
    if (nth := _ORDINALS[placed.group(2).lower()] if counted else 0) >= len(silences):
        return None
    k = silences[nth]
    at = silences.index(k)
    if placed.group(1).lower() == "before":  # from the silence before it (or the start) to this one
        start = said[silences[at - 1] + 1].start if at > 0 else 0.0
        return Placed(TimeRef(start, said[k].end), False, counted)
    end = said[silences[at + 1]].end if at + 1 < len(silences) else max(m.end for m in moments.moments)
    return Placed(TimeRef(said[k + 1].start, end), True, counted)
