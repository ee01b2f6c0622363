"""What someone says of themselves, asked about in the third person.

"What does he say he has?" is answered by "I have a cold", "what does he say he's got?" too, "what does she say she
teaches?" by "I teach entrepreneurship", and "what does he say he's probably about to do?" by "I'm probably gonna
cough here": the question's verb, said by "I" (or "we"). The question words ("he", "has") are no words to find, and
the sentence that shares the most of them ("... I think it's probably good") does not answer.
"""

from __future__ import annotations

import re

from vidsense.answer import Answer, preferred, said_text
from vidsense.moments import MomentSet
from vidsense.questions import Question
from vidsense.said_order import ORDER_CONFIDENCE
from vidsense.text import base_form, stem

__all__ = ["self_reported"]

_ADVERBS = r"(?:\s+(?:probably|really|just|also|still|actually|already|now|usually|always|certainly|definitely))*"
_ASKED = re.compile(r"^\W*(?:and |so )?what (?:does|did|do) (?:he|she|they|the \w+|someone|somebody) "
                    r"(?:say|says|said|tell (?:us|me|you)|mention) (?:that )?(?:he|she|they)"
                    rf"(?P<aux>'s|'ve|'d|'ll| is| are| has| have| had| will| was| were)?{_ADVERBS}"
                    r" (?P<verb>[a-z]+)(?P<to_do> to do)?\W*$")
_FUTURE = {"about", "going", "gonna"}  # "he's about to do", "he's going to do"
_HAVE = {"has", "have", "had", "got", "gotten"}  # "he has", "he's got"
_I = r"\b(?:i|we)"
_SAYS_FUTURE = re.compile(rf"{_I}(?:'m| am|'re| are){_ADVERBS}\s+(?:gonna|going to|about to)\s+[a-z]+|{_I}(?:'ll| will)"
                          rf"{_ADVERBS}\s+[a-z]+", re.IGNORECASE)
_SAYS_HAVE = re.compile(rf"{_I}(?:'ve| have| had){_ADVERBS}(?:\s+got)?\s+(?!to\b|been\b)[a-z]+|{_I}{_ADVERBS}\s+got\s+"
                        r"(?!to\b)[a-z]+", re.IGNORECASE)
_SAYS_VERB = re.compile(rf"{_I}{_ADVERBS}\s+([a-z]+)", re.IGNORECASE)  # "I (really) teach ..."


def self_reported(q: Question, moments: MomentSet) -> Answer | None:
    """"What does he say he has?": the first sentence where the speaker says it of himself ("I have a cold"), in the
    part of the video asked about if one is said there. None for another question, or where none is said."""
    m = _ASKED.match(q.form)
    if m is None:
        return None
    verb = m.group("verb")
    if m.group("to_do") and verb in _FUTURE:
        says = _SAYS_FUTURE.search
    elif verb in _HAVE:
        says = _SAYS_HAVE.search
    elif m.group("aux") or m.group("to_do") or verb in ("do", "does", "did"):
        return None  # ("what does he say he is?", "... he's going to do", "... he did": not a verb said by "I")
    else:
        asked = stem(base_form(verb))  # "teaches", "taught": "I teach"

        def says(text: str) -> bool:
            return any(stem(base_form(w.group(1))) == asked for w in _SAYS_VERB.finditer(text))
    said = sorted(moments.spoken.values(), key=lambda s: s.start)
    if q.time is not None:
        a, b = q.time.seconds(max(x.end for x in moments.moments))
        said = preferred(said, lambda s: s.end > a and s.start < b)
    for sentence in said:
        for clause in moments.clauses.get(sentence.sentence, [sentence]):
            if says(clause.text):
                return Answer(said_text(q, clause), clause.start, clause.end, ORDER_CONFIDENCE, True, [clause])
    return None
