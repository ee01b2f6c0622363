"""What a thing the talk names is about, as it says so next: "what's the feedback mostly about?" -> "He's talking about
duplication of effort" after "does anyone want to see Steve's feedback ...?".

The line that names the thing (an offer, a question) seldom says what it is about; a line soon after says "talking
about ...", "it's about ...", and need not name it again.
"""

from __future__ import annotations

import re

from vidsense.answer import Answer, part_of
from vidsense.moments import MomentSet
from vidsense.said_order import ORDER_CONFIDENCE
from vidsense.text import content_stems, stem

__all__ = ["gist_of"]

# "What's the feedback mostly about?", "so what's the gist of that feedback?", "what is his complaint really about?"
_ABOUT_ASKED = re.compile(r"^\W*(?:and |so )?what(?:'s| is| was) (?:the|that|this|his|her|their) (?:(?:main |key |whole |basic )?"
                          r"(?:gist|point|thrust) of (?:the|that|this|his|her|their|[a-z]+'s) (?P<of>\w+)|(?P<about>\w+)"
                          r"(?: (?:mostly|mainly|basically|really|actually|all))? about)(?:,? (?:apparently|then|exactly))?"
                          r"\W*$", re.IGNORECASE)
_SAYS_ABOUT = re.compile(r"\b(?:talking|talks|talked|talk|is|was|it's|its|all|mostly|mainly|basically|really) about\s+(?=\w)",
                         re.IGNORECASE)
_WITHIN_S = 20.0  # what it is about is said this soon after the thing is named


def gist_of(question: str, moments: MomentSet) -> Answer | None:
    """For "what's the X (mostly) about?" / "what's the gist (point) of the X?": the words after "about" in the first sentence
    from the one that names X on (within ``_WITHIN_S``) that says what something is about; None for another question,
    where X is not named, or nothing after it says "about"."""
    if (asked := _ABOUT_ASKED.match(question.strip())) is None:
        return None
    thing = stem((asked.group("of") or asked.group("about")).lower())
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    named = next((m for m in said if thing in content_stems(m.text)), None)
    if named is None:
        return None
    for m in said:
        if named.start <= m.start <= named.start + _WITHIN_S and (about := _SAYS_ABOUT.search(m.text)):
            part = part_of(m, about.end())
            return Answer(part.text.strip(), m.start, m.end, ORDER_CONFIDENCE, True, [m])
    return None
