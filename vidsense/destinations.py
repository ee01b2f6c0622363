"""Where someone is going, as the talk says it: "where does he want to get to?" -> "Dublin (“... how do I get to
Dublin?”)".

The question asks with a verb of going and "to" last ("where are they trying to get to?", "where is she headed
to?"), and its other words are often none the talk says ("trying", "want"), so no line matches it by its words; the
line that answers says a verb of going with "to" and the place ("how do I GET TO DUBLIN?", "we're GOING TO THE
STATION").
"""

from __future__ import annotations

import re

from vidsense.answer import EVIDENCE, Answer
from vidsense.moments import MomentSet
from vidsense.questions import Question
from vidsense.said_order import ORDER_CONFIDENCE, near_first
from vidsense.text import content_stems, stem

__all__ = ["destination"]

_GOING = r"(?:get|gets|getting|got|go|goes|going|went|head|heads|heading|headed|travel\w*|driv\w*|fly|flies|flying|flew|" \
         r"walk\w*|mov\w*|ride|rides|riding|rode|sail\w*|return\w*)"
# "Where does he want to get to?", "where are they trying to get to?", "where's the bus headed to?"
_WHERE_TO = re.compile(rf"^\W*(?:and |so )?where\b[^?]*\b{_GOING}\s+to\W*$")
# "... get to Dublin", "going to the station", "went back to school" (not "going to see": an intention)
_BARE_PLACES = r"town|school|work|church|bed|market|hospital|university|college|class|prison|jail|court|sea|war"
_GOES_TO = re.compile(rf"\b(?i:{_GOING})\s+(?:back\s+)?to\s+(the\s+[a-z][\w'-]*|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*|"
                      rf"(?:{_BARE_PLACES})\b)")
# the verbs a question wraps the going in, which the talk need not say ("TRYING to get to", "WANT to go to")
_WRAPPING = frozenset(stem(w) for w in """try trying tried want wants wanted wanting hope hoping hoped plan planning planned
need needs needed mean meant intend intends intended supposed about like would""".split())


def destination(q: Question, moments: MomentSet, near=None) -> Answer | None:
    """For "where does he want to get to?": the place a line says someone goes to, with the line (in the part of the
    video asked about first; of the lines that say the question's other words the talk says); None for another
    question or where no line says one."""
    if q.when or not _WHERE_TO.match(q.form):
        return None
    said = near_first(sorted(moments.spoken.values(), key=lambda m: m.start), moments, near)
    going = [(m, hit) for m in said for hit in _GOES_TO.finditer(m.text)]
    # of those that say the question's other words, where the talk says any ("where's the person IN THE JOKE trying to
    # get to?": "joke" is never said; "where is the WEALTH TAX headed?": no line says where it goes)
    asked = (q.topic - _WRAPPING) & moments.said_stems
    going = [(m, hit) for m, hit in going if asked <= content_stems(m.text)]
    if not going:
        return None
    m, hit = going[0]
    place = hit.group(1).strip()
    return Answer(f"{place} (\u201c{m.text.strip()}\u201d)", m.start, m.end, ORDER_CONFIDENCE, True,
                  [g for g, _ in going[:EVIDENCE]])

