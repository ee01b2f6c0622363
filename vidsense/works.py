"""Works cited: "who wrote it?", "whose book is that?" (the person a line names as a work's author) and "what's the title
of the book?" (the words said right after the work).

A lecture or a talk cites a work with its author in a few set ways: "Thomas Piketty, in his book, Capital in the 21st
Century", "a novel by Jane Austen", "Darwin's book". The question rarely shares a word with that line ("and who wrote
it?" after the title), so the line is found by its shape: a full name (or one capitalised name before "'s") joined to a
word for a work. Exactly one such author in the video (in the part asked about, where the question places itself)
answers; none or several leave the question to the other rules. A title is what follows the work's noun, after a comma
or "called", or in the next sentence where Whisper ended one on the noun ("Thomas Piketty in his book" | "Capital in the
21st century argues for ..."), to the sentence's first verb.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vidsense.answer import Answer, confidence, part_of
from vidsense.moments import Moment, MomentSet, joined_sentences
from vidsense.questions import Question
from vidsense.text import stem
from vidsense.wordnet import is_noun, is_verb

__all__ = ["author_named", "title_named"]

_WORK = r"(?:book|books|novel|novels|paper|papers|article|articles|essay|essays|poem|poems|play|plays|song|songs|" \
        r"album|film|films|movie|study|report|thesis|treatise|work|works|memoir|biography|blog)"
# "who wrote it?", "who's the author?", "whose book is it?", "who is that book by?", "and the writer?"
_AUTHOR_ASKED = re.compile(r"^\W*(?:and |so )?(?:who(?:'s| is| was)? (?:the )?(?:author|writer)|"
                           r"who (?:wrote|writes|authored|penned)|whose " + _WORK + r"|who(?:'s| is| was) (?:it|that|"
                           r"the " + _WORK + r"|this " + _WORK + r"|that " + _WORK + r") by)\b")
_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]{2,})?"
# ("Thomas Piketty in his... | book, capital in the 21st century": Whisper's clause ends inside the phrase)
_AUTHORED = re.compile(rf"\b({_NAME}),? (?:in|with) (?:his|her|their)\W+(?:\w+ )?{_WORK}\b|"
                       rf"\b{_WORK},? (?:written )?by ({_NAME})\b|"
                       rf"\b({_NAME})'s (?:\w+ )?{_WORK}\b|"
                       rf"\b({_NAME}),? (?:who )?(?:wrote|writes|authored)\b")
_CONFIDENCE = 0.6
_RUN_ON_S = 1.0  # a sentence said this soon after one is read with it


def author_named(q: Question, moments: MomentSet, near=None) -> Answer | None:
    """"And who wrote it?" -> "Thomas Piketty (“Thomas Piketty in his... book, capital in the 21st century,”)": the one
    author a sentence names (in the part ``near`` where given, else anywhere); None for another question, or none or
    several authors named."""
    if q.when or not _AUTHOR_ASKED.match(q.form):
        return None
    asked = set(moments.spoken) if near is None else moments.sentences_near(near)
    said = sorted(moments.spoken.values(), key=lambda s: s.start)
    authors: dict[str, Moment] = {}
    for s, after in zip(said, said[1:] + [None]):
        if s.sentence not in asked:
            continue
        # (with the sentence after it, where Whisper ended one inside the phrase: "Thomas Piketty in his..." | "book,
        # capital in the 21st century,")
        if after is not None and after.start - s.end <= _RUN_ON_S:
            s = joined_sentences([s, replace(after, sentence=s.sentence)])[0]
        for named in _AUTHORED.finditer(s.text):
            authors.setdefault(next(g for g in named.groups() if g), part_of(s, named.start()))
    if len(authors) != 1:
        return None
    (name, s), = authors.items()  # (timed where the name is said, in a long sentence)
    return Answer(f"{name} (\u201c{s.text.strip()}\u201d)", s.start, s.end, confidence(_CONFIDENCE, found=True), True,
                  [s])


# "What's the title of the book the lecturer cites?", "and the title of the book?", "what's the book called?"
_TITLE_ASKED = re.compile(rf"^\W*(?:and |so )?(?:what(?:'s| is| was) )?the (?:title|name) of (?:the|that|this|his|her) "
                          rf"({_WORK})\b|^\W*(?:and |so )?what(?:'s| is| was) (?:the|that|this|his|her) ({_WORK}) "
                          rf"(?:called|titled)\W*$")
_NEXT_S = 2.0  # the next sentence, this soon after one that ends on the work, may say its title


def title_named(q: Question, moments: MomentSet) -> Answer | None:
    """"What's the title of the book the lecturer cites?" -> "Capital in the 21st century (“Capital in the 21st century
    argues for a 4% global wealth tax”)": the words said right after the work's noun, in the first sentence that says it
    (after a comma or "called", or in the next sentence where one ends on the noun), to the first verb; None for
    another question, or where no sentence says the work so."""
    if q.when or (asked := _TITLE_ASKED.match(q.form)) is None:
        return None
    work = stem(asked.group(1) or asked.group(2))
    for s in sorted(moments.spoken.values(), key=lambda s: s.start):
        said = list(re.finditer(r"[A-Za-z']+", s.text))
        at = next((w for w in said if stem(w.group(0).lower()) == work), None)
        if at is None:
            continue
        rest, line = s.text[at.end():], s
        if not re.match(r"\W*\w", rest) and (after := moments.said_after(s.end, _NEXT_S)) is not None:
            rest, line = after.text, after  # ("... in his book" | "Capital in the 21st century argues ...")
        elif not re.match(r"\s*(?:,|called|titled|named)\s*\w", rest):
            continue  # ("the book is good" names no title)
        rest = re.sub(r"^\W*(?:called|titled|named)?\W*", "", rest)
        title = _to_first_verb(re.split(r"[,.;!?]", rest, maxsplit=1)[0].strip())
        if title:
            begins = line.text.index(title)
            part = part_of(line, begins, begins + len(title))
            return Answer(f"{title} (\u201c{line.text.strip()}\u201d)", part.start, line.end,
                          confidence(_CONFIDENCE, found=True), True, [line])
    return None


def _to_first_verb(text: str) -> str:
    """The words before the first that can only be a verb ("Capital in the 21st century | argues for ..."), after the
    first word."""
    said = list(re.finditer(r"[A-Za-z']+", text))
    cut = next((w.start() for w in said[1:] if w.group(0).islower() and is_verb(w.group(0)) and not is_noun(w.group(0))),
               len(text))
    return text[:cut].strip()
