"""Letters spelled out in a spelling alphabet, and call signs.

Radio operators, pilots and phone lines spell with code words: "This is Victor Kilo 5 Quebec Italy" is the call
sign VK5QI, "golf three papa lima x-ray" is G3PLX. Whisper writes the code words as words (and sometimes the call
sign itself, "KA9Q"), so no sentence says "VK5QI" and a question about the call sign shares no word with the answer.
This module reads the runs of code words (``spelled``) and answers the questions about them: "what call sign does
he give?", "which word does he use for the letter I?", "how many times does he read out the call sign?". Only the
NATO/ICAO alphabet is read, with the variants radio amateurs use that Whisper writes ("Italy" for I, "Kilowatt" for
K); a run needs two code words at least, so "golf" or "victor" alone is a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from vidsense.answer import Answer, part_of, said_text
from vidsense.moments import Moment, MomentSet
from vidsense.questions import Question
from vidsense.said_order import near_first
from vidsense.text import DIGIT_WORDS, words

__all__ = ["Spelled", "spelled", "spelled_answer", "SPELLED_CONFIDENCE", "gives_call_sign"]

_ALPHABET = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F", "golf": "G",
    "hotel": "H", "india": "I", "italy": "I", "juliet": "J", "juliett": "J", "kilo": "K", "kilowatt": "K", "lima": "L",
    "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T",
    "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W", "x-ray": "X", "xray": "X", "yankee": "Y", "zulu": "Z"}
_MIN_CODE_WORDS = 2  # a run of code words this long at least (digits between them count too) ...
_MIN_RUN = 3  # ... of this many tokens at least
# A call sign as written: a prefix of one or two letters (or a digit and a letter), a digit, a suffix of letters
# ("KA9Q", "G3PLX", "VK5QI"); capitals only, as Whisper writes them
# (written whole, "KA9Q", split after its digit, "W5 ABC", or after its first letter, "K-A9Q")
_CALL_SIGN = re.compile(r"\b(?:[A-Z]-?[A-Z]?|\d[A-Z])\d{1,2}(?:[A-Z]{1,4}| [A-Z]{2,4})\b")
_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d")
SPELLED_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Spelled:
    letters: str  # "VK5QI"
    words: tuple[str, ...]  # the code words and digits as said: ("Victor", "Kilo", "5", "Quebec", "Italy")
    times: int  # how many times the run says it over ("Victor Kilo 5 Quebec Italy Victor Kilo 5 Quebec Italy": 2)
    at: int = 0  # where in the text it starts (a character's index)
    end: int = 0  # ... and where it ends

    @property
    def call_sign(self) -> bool:
        """Whether it may be a call sign, which has a digit ("BRUCE", spelled in code words, is a name)."""
        return any(c.isdigit() for c in self.letters)


def spelled(text: str) -> list[Spelled]:
    """The runs of code words in ``text``, in order, each as its letters; a call sign written as one ("KA9Q") is
    one too. A run starts at its first code word (a count before it is no part of it: "... two, one, golf, three,
    papa"), and one said twice over is one run said twice."""
    runs: list[Spelled] = []
    current: list[re.Match] = []

    def close() -> None:
        while current and current[-1].group(0).lower() not in _ALPHABET:
            current.pop()  # (nor a number said after it: "... Quebec Italy testing 1 2 3")
        said = [t.group(0) for t in current]
        if sum(w.lower() in _ALPHABET for w in said) >= _MIN_CODE_WORDS and len(said) >= _MIN_RUN:
            letters = "".join(_ALPHABET.get(w.lower()) or DIGIT_WORDS.get(w.lower(), w) for w in said)
            once, times = _repeated(letters)
            runs.append(Spelled(once, tuple(said[:len(said) // times]), times, current[0].start(), current[-1].end()))
        current.clear()

    for token in _TOKEN.finditer(text):
        low = token.group(0).lower()
        if low in _ALPHABET or (current and (low.isdigit() or low in DIGIT_WORDS)):
            current.append(token)
        else:
            close()
    close()
    written = [Spelled(re.sub(r"[ -]", "", m.group(0)), (m.group(0),), 1, m.start(), m.end())
               for m in _CALL_SIGN.finditer(text)]
    # a run whose first code word was misheard spells the rest of a call sign written in full beside it ("this is KA9Q,
    # KillerWat Alpha 9 Quebec": A9Q), which is the call sign it spells
    runs = [replace(r, letters=whole.letters) if (whole := next((w for w in written if len(w.letters) > len(r.letters)
                                                                  and w.letters.endswith(r.letters)), None)) else r
            for r in runs]
    return runs + [w for w in written if all(w.letters != r.letters for r in runs)]


def _repeated(letters: str) -> tuple[str, int]:
    """("VK5QI", 2) for "VK5QIVK5QI"; the letters and 1 when they repeat nothing."""
    for size in range(1, len(letters) // 2 + 1):
        if len(letters) % size == 0 and letters[:size] * (len(letters) // size) == letters and size >= _MIN_RUN:
            return letters[:size], len(letters) // size
    return letters, 1


# "What call sign does he give?", "which callsign is that?", "who's calling, then? What's his call sign?" (not "what's
# the first thing he says once he's done with the call sign?"), and "how many times does he read out the call sign?"
_SIGN = r"call[- ]?signs?\b"
def gives_call_sign(answer: str) -> bool:
    """Whether an answer served is a call sign ("VK5QI (“This is Victor Kilo 5 ...”)")."""
    return re.match(rf"{_CALL_SIGN.pattern} \(\u201c", answer) is not None


_CALL_SIGN_ASKED = re.compile(rf"\b(?:what|which)(?:'s| is| was)?\s+(?:(?:his|her|their|the|that|this|its)\s+)?"
                              rf"(?:[\w']+\s+){{0,2}}{_SIGN}|\bhow many times\b[^?]*\b{_SIGN}"
                              # "can you write down his call sign for me?"
                              rf"|\b(?:write|jot|note|take) (?:down |out )?(?:his|her|their|the) {_SIGN}"
                              rf"|\b(?:spell|tell me|give me|read me) (?:out )?(?:his|her|their|the) {_SIGN}"
                              # "And the call sign he gives for himself?"
                              rf"|^\W*(?:and |so )?(?:the|his|her|their) {_SIGN}",
                              re.IGNORECASE)
# "Which word does he use for the letter I?", "what's his code word for K?"
_WORD_FOR = re.compile(r"\b(?:word|code ?word|name)s?\b[^?]*?\bfor (?:the )?(?:letter )?[\"'\u201c\u2018]?([a-z])\b"
                       # (or a lead-in: "He uses an odd word for the letter K. What is it?")
                       r"[\"'\u201d\u2019]?(?=\W*$|\W+(?:in|when|there|then)\b|\s*[.!]\s+(?:so |and )?(?:what|which)\b)",
                       re.IGNORECASE)
_HOW_MANY_TIMES = re.compile(r"\bhow many times\b", re.IGNORECASE)
# "Who is the first guy calling?", "who's he calling?" (not "who's calling?": the caller)
_CALLING_WHOM = re.compile(r"\b(?:who(?:m)?|(?:which|what) (?:station|call ?sign))(?:'s| is| was) (?:he|she|(?:the|that|this) "
                           r"(?:first |second |other |new |next |last )?(?:guy|man|operator|station|ham|caller|amateur|one)|"
                           r"(?!it\b|that\b|this\b)\w+) (?:trying to )?"
                           r"(?:calling|call|reach)\W*$"
                           # "Which station is he putting the call out to?", "who does that second operator keep calling?"
                           r"|\b(?:who(?:m)?|(?:which|what) (?:station|call ?sign)) (?:does|did|is|was) (?:he|she|the (?:\w+ )?"
                           r"(?:guy|man|operator|station|ham|caller|amateur)|th(?:at|is) (?:\w+ )?(?:one|guy|man|operator|station|"
                           r"caller)) (?:keep |keeps )?(?:calling|call|putting (?:the|a|his|her) call out to|sending (?:the|a|his) "
                           r"call to)(?: out)?\W*$"
                           # "The first guy is calling another station. Which one?"
                           r"|\bcalling (?:another|a|some) (?:station|call ?sign|ham|operator)\b[^?]*?[.!]\s*"
                           r"(?:which|who|what)(?: one| station| is it)?\W*$", re.IGNORECASE)
_CALLED_GAP_S = 2.0  # a call sign said alone this soon before "here is ..." is the station called ...
_CALLED_WORDS = 3  # ... when it is this many words at most
# where a caller names himself: what comes before it is the station called ("W5ABC, here is Victor Echo 9 ...")
_OWN_SIGN = re.compile(r"\b(?:this is|here is|it's|de)\b", re.IGNORECASE)
_CQ = re.compile(r"\bCQ\b")
_CALLING_CQ = re.compile(r"\bcalling CQ\b", re.IGNORECASE)


def _called(moments: MomentSet, said: list, near) -> Answer | None:
    """"Who is the first guy calling?": the call sign said before the caller names himself ("W5ABC, here is ..."), or a
    general call ("calling CQ": anyone listening); None where no call says either."""
    asked = near_first(said, moments, near)
    for k, m in enumerate(asked):
        own = _OWN_SIGN.search(m.text)
        if own and not m.text[:own.start()].strip(" ,.") and k > 0 and (alone := _sign_alone(asked[k - 1], m)):
            return alone  # "W5ABC." | "Here is Victor Echo 9 ...": the station called, written as a sentence of its own
        before = [r for r in spelled(m.text[:own.start()]) if r.call_sign] if own else []
        if before:
            return Answer(f"{before[0].letters} (\u201c{m.text.strip()}\u201d)", part_of(m, before[0].at).start, m.end,
                          SPELLED_CONFIDENCE, True, [m])
        if own and _CQ.search(m.text[:own.start()]) or _CALLING_CQ.search(m.text):
            return Answer(f"Anyone listening: he calls CQ, a general call (\u201c{m.text.strip()}\u201d)", m.start, m.end,
                          SPELLED_CONFIDENCE, True, [m])
    return None
def _sign_alone(line: Moment, then: Moment) -> Answer | None:
    """The call sign ``line`` says alone (a few words at most), just before ``then`` opens with a caller naming himself;
    None where it says none or is said too long before."""
    called = [r for r in spelled(line.text) if r.call_sign]
    if not called or len(words(line.text)) > _CALLED_WORDS or then.start - line.end > _CALLED_GAP_S:
        return None
    return Answer(f"{called[0].letters} (\u201c{line.text.strip()}\u201d)", line.start, line.end, SPELLED_CONFIDENCE, True,
                  [line])


# "What's the first thing he says once he's done with the call sign?", "what does he say after his call sign?"
_AFTER_SIGN = re.compile(rf"^\W*what\b[^?]*\b(?:after|once (?:he|she|they)(?:'s| is| has| are) (?:done|finished|through) with|"
                         rf"following) (?:his|her|their|the|that) {_SIGN}", re.IGNORECASE)
# the call sign of whoever replies: the spelling heard is the caller's own
_ANSWERING = re.compile(r"\b(?:answers?|answered|answering|repl(?:y|ies|ied)|respond(?:s|ed)?|"
                        r"calls? (?:him |her )?back|other station|the station that)\b", re.IGNORECASE)


# "What's that second station's call sign?", "the other operator's", "the last caller's": which of the spelling ones
_NTH_STATION = re.compile(r"\b(first|second|third|other|last|final)\s+(?:station|operator|caller|guy|man|ham|one|call)\b",
                          re.IGNORECASE)
_NTH = {"first": 0, "second": 1, "other": 1, "third": 2, "last": -1, "final": -1}


def _nth_asked(question: str, count: int) -> int:
    """Which of ``count`` sentences that spell a call sign a question asks about (the first unless it says another)."""
    m = _NTH_STATION.search(question)
    k = _NTH[m.group(1).lower()] if m else 0
    return k if -count <= k < count else 0


# "How does he spell it out?" (his name, said before), "how does he spell his name?"
_HOW_SPELLED = re.compile(r"\bhow (?:does|did|do) (?:he|she|they|the \w+) spell\b|\bspell(?:s|ed)? (?:it|his name|her name|"
                          r"their name|the name) out\b", re.IGNORECASE)


def _spelled_name(moments: MomentSet, said: list, near) -> Answer | None:
    """The first run of code words that spells no call sign ("Bravo Romeo Uniform Charlie Echo": BRUCE), in the part
    asked about where one is said there; None where none is."""
    names = [(m, r) for m in said for r in spelled(m.text) if not r.call_sign]
    if near is not None:
        asked = moments.sentences_near(near)
        names = [(m, r) for m, r in names if m.sentence in asked] or names
    if not names:
        return None
    m, run = names[0]
    return Answer(f"{'-'.join(run.letters)}, in code words: \u201c{' '.join(run.words)}\u201d", part_of(m, run.at).start,
                  m.end, SPELLED_CONFIDENCE, True, [m])


def spelled_answer(q: Question, moments: MomentSet, near=None) -> Answer | None:
    """The answer to a question about letters spelled in code words, from the sentences that spell them (in the
    part of the video asked about, ``near``, when some there do): the call sign ("VK5QI (“This is Victor Kilo 5 Quebec
    Italy ...”)"), how many times it is read out, or the code word for a letter. None for any other question, or
    where nothing is spelled."""
    letter = _WORD_FOR.search(q.text)
    after = _AFTER_SIGN.search(q.text)
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    if _CALLING_WHOM.search(q.text):
        return _called(moments, said, near)
    if _HOW_SPELLED.search(q.text) and not letter:  # (not "when he spells it out, what word does he use for the Q?")
        return _spelled_name(moments, said, near)
    if not (_CALL_SIGN_ASKED.search(q.text) or letter or after) or _ANSWERING.search(q.text):
        return None  # ("what's the call sign of the station that ANSWERS him?": one not heard, maybe none)
    spelling = [(m, runs) for m in said if (runs := spelled(m.text))]
    if not letter:  # a call sign has a digit: "Bravo Romeo Uniform Charlie Echo" spells a name, BRUCE
        spelling = [(m, signs) for m, runs in spelling if (signs := [r for r in runs if r.call_sign])]
    if near is not None:
        asked = moments.sentences_near(near)
        spelling = [(m, runs) for m, runs in spelling if m.sentence in asked] or spelling
    if not spelling:
        return None
    if letter:
        wanted = letter.group(1).upper()
        for m, runs in spelling:
            # (a code word of the sentence that spells, where a misheard one broke the run: "KA9Q, kilowatt UPPER nine
            # Quebec")
            word = next((w for w in _TOKEN.finditer(m.text) if _ALPHABET.get(w.group(0).lower()) == wanted), None)
            if word is not None:  # (timed where the word is said in a long sentence, by its share of the characters)
                told = f"\u201c{word.group(0)}\u201d, for {wanted} in {runs[0].letters} (\u201c{m.text.strip()}\u201d)"
                return Answer(told, part_of(m, word.start()).start, m.end, SPELLED_CONFIDENCE, True, [m])
        return None
    m, runs = spelling[_nth_asked(q.text, len(spelling))]
    sign = runs[0]
    if after:  # what is said once the call sign is: the rest of its sentence ("... Quebec Italy | testing 1 2 3 4 5")
        rest = m.text[runs[-1].end:].strip(" ,.;:")
        if not re.search(r"[A-Za-z0-9]", rest):
            return None
        part = part_of(m, runs[-1].end)
        return Answer(f"\u201c{rest}\u201d", part.start, m.end, SPELLED_CONFIDENCE, True, [m])
    if _HOW_MANY_TIMES.search(q.text):
        times = sum(r.times for _, rs in spelling for r in rs if r.letters == sign.letters)
        return Answer(f"{times} time{'s' if times > 1 else ''}: {sign.letters} (\u201c{m.text.strip()}\u201d)",
                      part_of(m, sign.at).start, m.end, SPELLED_CONFIDENCE, True, [m])
    start = part_of(m, sign.at).start  # (where it is said in a long sentence: "Hello, CQ, CQ, CQ calling CQ, this is")
    told = said_text(q, replace(m, start=start)) if q.when else f"{sign.letters} (\u201c{m.text.strip()}\u201d)"
    return Answer(told, start, m.end, SPELLED_CONFIDENCE, True, [m])
