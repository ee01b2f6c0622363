"""Follow-up questions: one asked right after another about the same video, read with the turn before it.

People ask about a video as a conversation: "Once the square is in place, how do I get the building
started?", then "What should I click on next AFTER THAT?"; "Where is Diane calling from?", then "AND where
does the other woman live?"; "Who does he spin round to face?", then "FOR HOW LONG?". Alone, the second
question has nothing to say where "that" is, or what "how long" is about. With the turn before it (the
question and the answer it got, passed by the caller: ``previous`` in ``POST /v1/jobs/{id}/ask``, the
questions of one ``vidsense ask`` call, the questions of an item in ``bench/eval.py``):

- "after that", "right before that", "what comes next": the first clause (or the sentence it opens) said after
  (before) the previous answer that says something of what the rest of the question asks (``around``); a
  question that lists ("right after that, two numbers are said on their own. Which ones?") lists what is said
  there (``beside``);
- "the other woman", "who else": what is said beside the previous answer (``without``);
- a fragment that names nothing ("For how long?", "Why?", "Which one?") is asked with the previous question
  before it, as a lead-in of the asker's own (``with_lead_in``), preferring what is said near the previous
  answer (``near``).

A question that merely opens as a follow-up ("And ...", "So ...") is not read differently: preferring what is
said near the previous answer for those answered one more and lost one ("So what actually is Asterisk?" went to
the sentence after the previous answer) on the 24 sets measured.

A question that says none of these is answered as if asked alone, and so is one whose follow-up reading
finds nothing (``vidsense.asking.ask``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from vidsense.answer import Answer, said_text
from vidsense.moments import Moment, MomentSet, talks
from vidsense.questions import Question, TimeRef, question_proper
from vidsense.said_order import ORDER_CONFIDENCE, SEQUENCE_GAP_S, UTTERANCE, fits
from vidsense.text import content_words, words

__all__ = ["FRAGMENT_WORDS", "TALK_GAP_S", "talk_of", "NEAR_BEFORE_S", "NEAR_AFTER_S", "Turn", "fragment",
           "direction", "other_than", "without", "stripped", "around", "beside", "near", "with_lead_in",
           "from_answer", "NEXT_LINE", "REFERS_TO_ANSWER"]

# "after that", "right after this", "following that", "next after that", "what comes next?", "what do I click
# next?"; not "next to", "the next option" (a thing of its own)
# "The next line is quiet. What ...?", "the next line has a catch": the line said right after the answer before
NEXT_LINE = re.compile(r"^\W*(?:and |so )?(?:the )?next (?:line|sentence|bit|one|part|thing said)\b")
_AFTER = re.compile(r"\b(?:(?:right|just|straight|immediately|soon|shortly|directly) )?(?:after|following) "
                    r"(?:that|this|it|those|these|him|her|them)\b|\b(?:comes?|happens?|follows?) next\b|\bnext\W*$|"
                    r"\b(?:right|just|straight|immediately|directly) after(?:wards?)?(?:\W*$|,)|"  # ("what does he say straight after?",
                    # "Right after, someone says just a number.")
                    r"\bnext,? after\b|\band then\W*$|^\W*(?:and |so )?then,?\s|"
                    rf"{NEXT_LINE.pattern}|"  # "The next line is quiet."
                    # "What would make him ill disposed, according to the next line?"
                    r"\b(?:in|according to|from|on) the (?:next|following) (?:line|sentence|bit|part)\b|"
                    r"^\W*(?:once|after|when|now that) (?:it's|it is|it has been|that's|that is|they're|they are|i've|"
                    r"i have|you've) (?:been )?\w+ed\b")  # "Once it's selected, what do I click?"
_BEFORE = re.compile(r"\b(?:(?:right|just|immediately|shortly|directly) )?(?:before|ahead of) (?:that|this|it|those|"
                     r"these|him|her|them)\b(?! (?:would|will|was|were|is|had|has|did|does|could|can|should|gets?|got|"
                     r"goes|went|came|comes|\w+ed)\b)|\bthe one before\W*$|\b(?:comes?|came|happens?|happened) (?:just |right )?before\W*$")
_MARKERS = re.compile(rf"{_AFTER.pattern}|{_BEFORE.pattern}|\bnext\b", re.IGNORECASE)  # ("RIGHT after that" too)
# "And the OTHER woman, where does she live now?", "who ELSE is on the line?": someone or something beside the
# previous answer
_OTHER = re.compile(r"\b(?:the other|another|the second one|anyone else|anybody else|someone else|somebody else|"
                    r"who else)\b", re.IGNORECASE)  # (not "besides X, what else ...?": beside what it says itself)
FRAGMENT_WORDS = 4  # "for how long?", "which one?": a question this short that names nothing is a fragment ...
_FRAGMENT_SAYS = frozenset("long far much many often old soon way direction".split())  # ... whose only words ask how
# much, or which way ("How far am I supposed to go?" -> "Which way?")
NEAR_BEFORE_S = 15.0  # a follow-up prefers what is said from this long before the previous answer ...
NEAR_AFTER_S = 30.0  # ... to this long after it
NEAR_TIGHT_S = 5.0  # a fragment about what the previous answer named prefers what is said from it to this long after


@dataclass(frozen=True)
class Turn:
    """A question asked before and the answer it got (``start``/``end``: where the answer is said)."""

    question: str
    answer: str = ""
    start: float | None = None
    end: float | None = None
    found: bool = True

    @property
    def placed(self) -> bool:
        """Whether the answer was found at a place in the video (the only kind a follow-up can refer to)."""
        return self.found and self.start is not None

    @property
    def until(self) -> float | None:
        """Where the answer ends: its end, or its start where it has none."""
        return self.end if self.end is not None else self.start

    @classmethod
    def from_answer(cls, question: str, answer: dict) -> "Turn":
        """The turn of ``question`` and its answer as served (``Answer.to_dict``)."""
        return cls(question, answer.get("answer", ""), answer.get("start"), answer.get("end"),
                   bool(answer.get("found")))


def direction(question: str) -> str | None:
    """"after" for "what should I click on next after that?", "before" for "what is said right before
    that?", None for a question that points at no turn before it."""
    low = question.lower()
    return "after" if _AFTER.search(low) else "before" if _BEFORE.search(low) else None


def fragment(question: str) -> bool:
    """"For how long?", "Why?", "Which one?": a few words that name nothing ("who's the host?" names the host)."""
    return len(words(question)) <= FRAGMENT_WORDS and set(content_words(question)) <= _FRAGMENT_SAYS


def other_than(question: str) -> bool:
    """"And the other woman, where does she live now?": asks beside the previous answer."""
    return bool(_OTHER.search(question))


def without(moments: MomentSet, previous: Turn) -> MomentSet:
    """``moments`` without the sentences the previous answer was said in."""
    end = previous.until
    said = {m.sentence for m in moments.moments if m.source == "transcript" and m.sentence is not None
            and m.start < end - 0.1 and m.end > previous.start + 0.1}
    keep = [i for i, m in enumerate(moments.moments) if not (m.source == "transcript" and m.sentence in said)]
    return MomentSet([moments.moments[i] for i in keep], moments.embeddings[keep])


def from_answer(moments: MomentSet, previous: Turn) -> MomentSet:
    """``moments`` from the sentence the previous answer was said in on ("Then there's a long silence. When does
    somebody speak again?": the silence after it, not one before)."""
    keep = [i for i, m in enumerate(moments.moments) if m.end > previous.start + 0.1]
    return MomentSet([moments.moments[i] for i in keep], moments.embeddings[keep])


TALK_GAP_S = 5.0  # speech this far apart is two talks (two recordings, two stations on the air): a meeting's pauses are shorter


def talk_of(moments: MomentSet, previous: Turn) -> MomentSet | None:
    """``moments`` of the talk the previous answer was in: the stretch of speech between silences of ``TALK_GAP_S`` or
    more that holds its start, and what is seen and heard then ("After a silence another station comes on. When?", then
    "What's HIS call sign?": that station's). None where the video holds no other talk."""
    stretches = talks(sorted(moments.spoken.values(), key=lambda m: m.start), TALK_GAP_S)
    talk = next((t for t in stretches if t[0].start - 0.5 <= previous.start <= t[-1].end), None)
    if talk is None or len(stretches) < 2:
        return None
    keep = [i for i, m in enumerate(moments.moments) if talk[0].start - 0.5 <= m.start <= talk[-1].end]
    return MomentSet([moments.moments[i] for i in keep], moments.embeddings[keep])


def stripped(question: str) -> str:
    """The question without the words that point at the turn before ("... next after that?" -> "...?")."""
    return " ".join(_MARKERS.sub(" ", question).split())


def around(q: Question, moments: MomentSet, previous: Turn, where: str) -> Answer | None:
    """The first clause said after (``where`` "after") or before the previous answer, within ``SEQUENCE_GAP_S``,
    that says something of what ``q`` asks (a word of it, a member of a category it names, a number it asks
    for); the very next one when ``q`` asks nothing more ("what comes next?"). A clause that opens its sentence
    stands for the whole sentence (the next instruction, not its first words) unless that holds the previous
    answer. None when there is none."""
    said = sorted((moments.moments[i] for i in moments.of("transcript") if content_words(moments.moments[i].text)),
                  key=lambda m: m.start)
    a, b = previous.start, previous.until
    if where == "after":
        beside = [m for m in said if m.start >= b - 0.25 and m.start - b <= SEQUENCE_GAP_S]
    else:
        beside = [m for m in said if m.end <= a + 0.25 and a - m.end <= SEQUENCE_GAP_S][::-1]
    beside = [_whole(moments, m, a, b) for m in beside]
    asked = q.topic - UTTERANCE
    if asked:
        beside = [m for m in beside if fits(asked, m.text)]
    if not beside:
        return None
    m = beside[0]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


def _whole(moments: MomentSet, clause: Moment, a: float, b: float) -> Moment:
    """The sentence a clause opens, unless it holds the previous answer (said from ``a`` to ``b``); else the
    clause."""
    sentence = moments.spoken.get(clause.sentence) if clause.sentence is not None else None
    holds_previous = sentence is not None and sentence.start < b - 0.25 and sentence.end > a + 0.25
    if sentence is None or abs(sentence.start - clause.start) > 1e-6 or holds_previous:
        return clause
    return sentence


def beside(previous: Turn, where: str) -> TimeRef:
    """The stretch of the video said after (``where`` "after") or before the previous answer, ``SEQUENCE_GAP_S``
    long: where "right after that, which numbers are said?" looks."""
    end = previous.until
    if where == "after":
        return TimeRef(max(0.0, end - 0.25), end + SEQUENCE_GAP_S)
    return TimeRef(max(0.0, previous.start - SEQUENCE_GAP_S), previous.start + 0.25)


def near(q: Question, previous: Turn, tight: bool = False) -> Question:
    """``q`` preferring what is said around the previous answer (unless it names a part of the video itself);
    ``tight``: what is said in it or just after it (``NEAR_TIGHT_S``), for a question about what the answer named
    ("which animal comes up?" -> "The Red Fox has read many books," then "what has IT done?")."""
    if q.time is not None:
        return q
    end = previous.until
    if tight:
        return replace(q, time=TimeRef(previous.start, end + NEAR_TIGHT_S))
    return replace(q, time=TimeRef(max(0.0, previous.start - NEAR_BEFORE_S), end + NEAR_AFTER_S))


# "What has IT done?", "where does SHE live?": a fragment about what the answer before named
REFERS_TO_ANSWER = re.compile(r"\b(?:it|he|she|they|him|her|them|its|his|their)\b", re.IGNORECASE)


def with_lead_in(question: str, previous: Turn) -> str:
    """The previous question said first, as the asker's own lead-in: "For how long?" after "Who does the man
    spin round to face?" asks how long he faced him. (Only its question proper: "Which way?" after "Right after that
    someone gives an instruction. How far am I supposed to go?" asks which way I am to go.)"""
    return f"{question_proper(previous.question) or previous.question.strip()} {question.strip()}"

