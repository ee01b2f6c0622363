"""Reading the transcript with an LLM, for questions the answering rules find no answer to.

``vidsense.qa`` answers by matching the question's words (and their synonyms) against what is
said. A question worded unlike the speech ("what does he warn he's about to do?" for "I'm going
to cough now") can find nothing to match. With an answer LLM configured
(``VIDSENSE_ANSWER_LLM``), such a question is read instead: the sentences that score best
against it are given to the model with ``models.llm.ANSWER_PROMPT``, which asks for the shortest
phrase of the evidence that answers, or NOT_FOUND.

What the model writes is served only when it traces to the evidence: every content word of the
reply (numbers included) must be said in the sentences it was given, and it must say something
the question did not (a reply that repeats the question answers nothing). It is then located in
the clause that holds most of its words, which gives the answer's time. Otherwise the answer
stays "not found": the model is a reader of the evidence, never a source.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass

from models.llm import ANSWER_PROMPT, Llm, answer_request, is_not_found, load_llm
from vidsense.moments import Moment, MomentSet
from vidsense.questions import Question
from vidsense.text import NUMBER_WORDS, SMALL_NUMBERS, STOPWORDS, format_time, stem, words

__all__ = ["Reading", "TranscriptReader", "READ_SENTENCES", "reader_for", "traced"]

log = logging.getLogger(__name__)

READ_SENTENCES = 5  # the best-scoring sentences given to the model
_MAX_TOKENS = 32  # a phrase, not an essay
_NUMBERS = {w: str(i) for i, w in enumerate(SMALL_NUMBERS[:11])}  # "zero" .. "ten" as digits


@dataclass(frozen=True)
class Reading:
    """The model's answer and the clause it was found in."""

    phrase: str
    clause: Moment
    evidence: tuple[Moment, ...]  # the sentences the model read, best first


def _keys(text: str) -> set[str]:
    """The stems of ``text``'s content words, digits and number words as one form ("3" = "three")."""
    out = set()
    for w in words(text):
        if w.isdigit() or w in _NUMBERS:
            out.add(_NUMBERS.get(w, w))
        elif w in NUMBER_WORDS:
            out.add(w)
        elif w not in STOPWORDS and len(w) > 1:
            out.add(stem(w))
    return out


def traced(q: Question, phrase: str, said: list[str]) -> bool:
    """Whether a reply may be served: not NOT_FOUND, every content word and number of it said in
    ``said`` (the sentences the model read), and something in it that the question did not say."""
    if not phrase or is_not_found(phrase) or "NOT_FOUND" in phrase.upper():
        return False
    keys = _keys(phrase)
    heard = set().union(*(_keys(t) for t in said))
    return bool(keys) and keys <= heard and bool(keys - _keys(q.text))


class TranscriptReader:
    """Reads the best sentences for a question with ``llm``; one instance per process."""

    def __init__(self, llm: Llm, sentences: int = READ_SENTENCES) -> None:
        self.llm = llm
        self.sentences = sentences

    def read(self, q: Question, moments: MomentSet, ranked: list[int]) -> Reading | None:
        """``ranked``: sentence numbers (keys of ``moments.spoken``), best first."""
        chosen = ranked[: self.sentences]
        if not chosen:
            return None
        said = [moments.spoken[k] for k in sorted(chosen, key=lambda k: moments.spoken[k].start)]  # in time order
        try:
            reply = self.llm.complete(ANSWER_PROMPT.system, answer_request([m.text for m in said], q.text), _MAX_TOKENS)
        except Exception as exc:  # a failing model must not fail the question: it stays unanswered
            log.warning("answer LLM failed", extra={"error": f"{type(exc).__name__}: {exc}"})
            return None
        phrase = reply.strip().splitlines()[0].strip(" \"'\u201c\u201d.") if reply.strip() else ""
        if not traced(q, phrase, [m.text for m in said]):
            log.info("answer LLM reply not served", extra={"question": q.text, "reply": phrase})
            return None
        keys = _keys(phrase)
        clauses = [c for k in chosen for c in moments.clauses[k]]
        clause = max(clauses, key=lambda c: (len(keys & _keys(c.text)), -ranked.index(c.sentence)))
        return Reading(phrase, clause, tuple(moments.spoken[k] for k in chosen))

    @staticmethod
    def answer_text(q: Question, reading: Reading) -> str:
        """A "when" question gets the time and the clause said then; others the phrase."""
        if q.when:
            return f"At {format_time(reading.clause.start)}: \u201c{reading.clause.text.strip()}\u201d"
        return reading.phrase


_loaded: dict[str, TranscriptReader | None] = {}
_load_lock = threading.Lock()


def reader_for(settings) -> TranscriptReader | None:
    """This process's reader for ``settings.answer_llm`` (loaded once), or None when none is set or
    it cannot load: then questions are answered by the rules alone, and the reason is logged once."""
    name = settings.answer_llm.strip()
    if not name:
        return None
    with _load_lock:
        if name not in _loaded:
            try:
                _loaded[name] = TranscriptReader(load_llm(name, settings.models_path, threads=os.cpu_count() or 1))
                log.info("answer LLM loaded", extra={"model": name})
            except Exception as exc:  # a missing optional model must not fail questions
                _loaded[name] = None
                log.warning("answer LLM unavailable; questions are answered by the rules alone",
                            extra={"model": name, "error": f"{type(exc).__name__}: {exc}"})
        return _loaded[name]
