"""Answers that are numbers said: a count ("how far does she count?"), a span of time ("how long
has she been looking into this?"), a number said on its own ("what number does the other man read
out?", "which number is said twice in a row?"), a run of digits and how many digits it has.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vidsense.answer import NOT_FOUND, Answer, confidence, gap, part_of, said_text
from vidsense.answer_checks import SPAN_OF_TIME, digits_said
from vidsense.moments import Moment, MomentSet
from vidsense.questions import Question
from vidsense.said_order import NUMBER_NOUNS, ORDER_CONFIDENCE, near_first
from vidsense.text import DIGIT_WORDS, NUMBER_WORDS, SMALL_NUMBERS, at_place, content_stems, stem, words

__all__ = ["count_asked", "count_pace", "counts", "next_said", "number_answer", "number_value", "numbers_counted",
           "said_before_count", "RUN_NOUNS"]

_DIGIT = stem("digits")
RUN_NOUNS = frozenset(stem(w) for w in "string sequence series row run list code".split())  # "a string of digits"
_TWICE = re.compile(r"\b(?:twice|two times|in a row|repeat\w*|over again)\b", re.IGNORECASE)
_SAID_TWICE = re.compile(r"\b(\w+),? \1\b", re.IGNORECASE)  # "five, five", "2 2"
_REPEAT_STEMS = frozenset(stem(w) for w in "twice two times row repeated again".split())
_RUN_DIGITS = 3  # a run of digits asked for has this many at least ("29340.", not "Five, five.")
# ... and inside a sentence, five digits written together or apart ("29340", "2 9 3 4 0"; not a year or "Warzone 2100")
_DIGIT_RUN = re.compile(r"(?<![\w.,])\d(?:[ ,-]{0,2}\d){4,}(?![\w.,]\d)")
_NUMBER_NEAR_S = 5.0  # a number said alone this close to the part of the video asked about is at it


_HOW_LONG_DONE = re.compile(r"\W*how long (?:has|have|had|did|does|do|will|is|are|was|were)\b")


# "How far do they count?", "what does he count up to?", "how high does she count?"
_COUNTS_TO = re.compile(r"^\W*(?:how (?:far|high)(?: up)? (?:do|does|did) (?:\w+ ){1,3}count\b|"
                        r"(?:and |so )?how (?:far|high) (?:is|was|does|did) the count(?:ing)?(?: go)?\W*$|"
                        r"what (?:number )?(?:do|does|did) (?:\w+ ){1,3}count (?:up )?to\b|"
                        # "what does he count down from?", "what number does the countdown start at?"
                        r"(?:what|which) (?:number )?(?:do|does|did) (?:\w+ ){1,3}count (?:back )?down from\b|"
                        r"(?:what|which) number (?:do|does|did) the count ?down (?:start|begin) (?:at|from|with)\b)")
# (how far it goes, asked: not "what does he count down from?")
_UP_TO = re.compile(r"^\W*(?:and |so )?(?:how (?:far|high)|what (?:number )?(?:do|does|did) (?:\w+ ){1,3}count (?:up )?to\b|"
                    r"up to (?:which|what) number)")
# How far a count goes, asked in any words ("the first guy counts before anything else. How high does he go?", "up to
# what number does he go?", "it sounds like counting. What's the highest number they reach?"; not "what's the last
# number he says?": a count down ends low), or where it starts and ends ("he does a quick count as a test. From what to
# what?"): read anywhere in the question, of a count the question or its lead-in names, or of the one count in the video
_TOP_ASKED = re.compile(r"\b(?:up to (?:which|what) number|(?:highest|biggest|top|largest) number|"
                        r"how (?:far|high)(?: up)? (?:do|does|did|is|was|will) \w+(?: \w+){0,2} (?:count|go|get|reach|make it)|"
                        r"(?:what|which) (?:number )?(?:do|does|did) \w+(?: \w+){0,2} (?:count (?:up )?to|reach|get (?:up )?to)\b|"
                        # "counting up, where does he stop?", "somebody counts at the very beginning. What number does he
                        # stop at?"
                        r"\b(?:where|when|at what number|at which number) (?:do|does|did) \w+ (?:stop|end|top out|peak)\b|"
                        r"(?:what|which) (?:number )?(?:do|does|did) \w+(?: \w+){0,2} (?:stop|end|finish|end up)"
                        r"(?: at| on| with)?\W*$)")
_RANGE_ASKED = re.compile(r"\bfrom (?:what|which)(?: number)? (?:up )?to (?:what|which)\b")
# "What's he doing in that part?", "what's that second guy doing?"
_WHAT_DOING = re.compile(r"^\W*(?:and |so )?what(?:'s| is| was)\s+(?:(?:he|she|that (?:\w+ )?\w+|the (?:\w+ )?\w+|this (?:\w+ )?"
                         r"\w+)\s+doing\b|the first thing (?:he|she|they) (?:does|do|did)\b)")
# "Does he count up, count down, or both?", "does he start by counting up or down?", "does he then go back down?"
_UP_OR_DOWN = re.compile(r"\bup\b[^?]{0,30}\bor\b[^?]{0,30}\bdown\b|\bdown\b[^?]{0,30}\bor\b[^?]{0,30}\bup\b|"
                         r"\bup\b[^?]{0,20}\bdown\b[^?]{0,10}\bor both\b|"
                         r"\b(?:go|goes|come|comes|count|counts|counting|head|heads)\s+back\s+down\b|\bboth directions\b|"
                         # "Once he gets to five, then what?"
                         r"\b(?:gets|reaches|hits) (?:to |up to )?\w+,? (?:and )?then what\b|"
                         # "and which way does he count after that?"
                         r"\bwhich (?:way|direction) (?:do|does|did) \w+ (?:count|go)\b", re.IGNORECASE)
_COUNTING = re.compile(r"\bcount(?:s|ed|ing)?\b", re.IGNORECASE)
# "Someone starts counting. When?", "when does he begin to count?"
_STARTS_COUNTING = re.compile(r"\b(?:starts?|begins?|started|began) (?:off )?(?:counting|to count)\b|"
                              r"\b(?:the )?count(?:ing|down)? (?:starts?|begins?|started|began|kicks? off)\b|"
                              # "when does someone count?", "when is the countdown?"
                              r"^\W*when (?:does|did|do) (?:\w+ ){1,2}count\W*$|"
                              r"^\W*when (?:is|was) (?:the |a |there a )?(?:count|counting|countdown)\W*$",
                              re.IGNORECASE)
# "He says one word right before he starts counting. Which?", "what's the last word before the count?"
_COUNT_RUN = 3  # numbers said one after another, each one more than the one before: a count
_COUNT_LATE_S = 2.5  # a count this far into its line is timed where it starts ("... Quebec Italy testing 1 2 3 4 5")
_COUNT_GOES_ON_S = 2.0  # a count goes on into a sentence said this soon after its own


def _counted_to(moments: MomentSet, near, at_top: bool = False) -> Answer | None:
    """A count said ("one, two, three ... eight"): the first sentence (in the part asked about, if any) that says
    ``_COUNT_RUN`` numbers or more in a row, each one more than the last; None when none does. ``at_top``: timed where
    the count gets to its top ("how high does he count?" of a slow count of ten: the "ten", 5 s after the "one")."""
    if (counting := _first_count(moments, near)) is None:
        return None
    m, (top, first, last, hits) = counting
    # (timed where the count starts: "This is Victor Kilo 5 Quebec Italy ... testing 1 2 3 4 5", 7 s in)
    start = part_of(m, hits[last][0] if at_top else first).start
    down = _counted_down(hits[last:]) or _counted_down(hits[last:] + _numbers_of(next_said(moments, m)))
    told = f"Up to {top}" + (f", then back down to {down}" if down is not None else "")
    return Answer(f"{told} (\u201c{m.text.strip()}\u201d)", start if start - m.start >= _COUNT_LATE_S else m.start,
                  m.end, confidence(1.0, found=True), True, [m])


def _first_count(moments: MomentSet, near) -> tuple[Moment, tuple[int, int, int, list[tuple[int, int]]]] | None:
    """The first sentence (in the part asked about, if any) that counts, with its count (``_count_of``)."""
    asked = set(moments.spoken) if near is None else moments.sentences_near(near)
    for m in sorted(moments.spoken.values(), key=lambda m: m.start):
        if m.sentence in asked and (count := _count_of(m)) is not None:
            return m, count
    return None


def counts(m) -> bool:
    """Whether the sentence ``m`` counts ("1, 2, 3, 4, 5 ...")."""
    return _count_of(m) is not None


def _count_of(m) -> tuple[int, int, int, list[tuple[int, int]]] | None:
    """A sentence's count: the number it goes up to, where it starts (a character's index), the index of its last
    number among the sentence's numbers, and those numbers (``_numbers_of``); None where it says ``_COUNT_RUN`` numbers
    in a row, each one more than the last, nowhere."""
    hits = _numbers_of(m)
    run, best, top, began, first, last = 1, 1, None, 0, 0, 0
    for k, ((_, a), (_, b)) in enumerate(zip(hits, hits[1:])):
        run = run + 1 if b == a + 1 else 1
        began = began if run > 1 else k + 1
        if run >= best:
            best, top, first, last = run, b, hits[began][0], k + 1
    return (top, first, last, hits) if best >= _COUNT_RUN else None


def _numbers_of(m) -> list[tuple[int, int]]:
    """The numbers a sentence says, with where each is said (a character's index): digits and number words."""
    if m is None:
        return []
    return [(w.start(), value) for w in re.finditer(r"[a-z0-9]+", m.text.lower())
            if (value := number_value(w.group(0))) is not None]


def number_value(word: str) -> int | None:
    """A number said as digits or as a word up to twenty ("5", "Five"); None for another word."""
    low = word.lower()
    return int(low) if low.isdigit() else SMALL_NUMBERS.index(low) if low in SMALL_NUMBERS else None


def next_said(moments: MomentSet, m):
    """The sentence said right after ``m`` (within ``_COUNT_GOES_ON_S``), where a count may go on ("... testing 1 2 3 4 5"
    | "5 4 3 2 1"); None when there is none."""
    return moments.said_after(m.end, _COUNT_GOES_ON_S)


def _counted_down(hits: list[tuple[int, int]]) -> int | None:
    """Where a count that goes back down ends ("..., 5, 5, 4, 3, 2, 1": 1), from the count's top number on (said
    once more or not); None when no ``_COUNT_RUN`` numbers follow it, each one less than the one before."""
    values = [v for _, v in hits]
    if len(values) > 1 and values[1] == values[0]:
        values = values[1:]  # ("five, five, four": the top said again as the way back starts)
    run = 1
    for a, b in zip(values, values[1:]):
        if b != a - 1:
            break
        run += 1
    return values[run - 1] if run >= _COUNT_RUN else None


def _time_spent(q: Question, moments: MomentSet, near) -> Answer | None:
    """"How long has she been looking into this?", asked with no word of what is done: the one sentence that
    says a span of time ("I've spent nearly two decades observing ..."; in the part asked about, if one is).
    None when no sentence says one, or several do."""
    spells = [m for m in moments.spoken.values() if SPAN_OF_TIME.search(m.text)]
    if near is not None:
        spells = [m for m in spells if any(near[i] > 0 for i in moments.of("transcript")
                                           if moments.moments[i].sentence == m.sentence)]
    if len(spells) != 1:
        return None
    m = spells[0]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "A man reads out a string of digits. What's the FIRST ONE?", "which digit comes just BEFORE THE ZERO?": a digit of
# the one run of digits said
_NTH_DIGIT = re.compile(r"\b(?P<nth>first|second|third|fourth|fifth|last|final|middle) (?:one|digit|number)\b"
                        # "which number comes first?"
                        r"|\b(?:number|digit|one) (?:that )?(?:comes |is (?:said |read (?:out )?)?)?(?P<end>first|last)\b"
                        # "which number does he say first?", "which number does he open with?", "... finish on?"
                        r"|\b(?:number|digit|one) (?:does|did|do) (?:he|she|they|it|the \w+) (?:(?:say|read|give|call)(?: out)? "
                        r"(?P<said>first|last)|(?P<opens>open|start|begin|lead) (?:with|on)|(?P<closes>finish|end|close|stop) "
                        r"(?:with|on))\b"
                        # "which number OPENS that string?", "which one closes it?"
                        r"|\b(?:number|digit|one) (?:(?P<opens_it>opens|starts|begins|leads)|(?P<closes_it>closes|ends|finishes)) "
                        r"(?:it|that|this|the)\b")


def _place(nth: re.Match) -> str:
    """"first", "last", ... as _NTH_DIGIT found it."""
    return (nth.group("nth") or nth.group("end") or nth.group("said")
            or ("first" if nth.group("opens") or nth.group("opens_it") else
                "last" if nth.group("closes") or nth.group("closes_it") else ""))


_DIGIT_BESIDE = re.compile(r"\bdigits? (?:comes? |is |was |do (?:i|you) hear |does (?:he|she|it) say )?(?:just |right |"
                           r"immediately |directly )?(before|after) (?:the |a |an )?([a-z0-9]+)\b")
_DIGIT_WORDS = DIGIT_WORDS | {"oh": "0", "nought": "0", "naught": "0"}


_NUMBERS_APART = re.compile(r"(?<![\w-])\d+(?:-\d+){2,}(?![\w-])")  # "33-4-692"


def _digit_of_run(q: Question, moments: MomentSet) -> Answer | None:
    """"... a string of digits. What's the first one?", "which digit comes just before the zero?": that digit of the
    one run of three digits or more said alone ("29340"); None for another question, or with no such run or
    several."""
    low = q.text.lower()
    nth, beside = _NTH_DIGIT.search(low), _DIGIT_BESIDE.search(low)
    if q.when or not (beside or nth and (_DIGIT in q.stems or q.stems & RUN_NOUNS and q.stems & NUMBER_NOUNS)):
        return None
    # (or numbers said apart inside a sentence, as Whisper joins them: "My name is Bruce, ..., I'm 33-4-692")
    runs = [(m, m.text) for m in moments.spoken.values() if (said := words(m.text)) and all(w.isdigit() for w in said)
            and digits_said(m.text) >= _RUN_DIGITS]
    runs = runs or [(m, apart.group(0)) for m in moments.spoken.values() if (apart := _NUMBERS_APART.search(m.text))]
    if len({re.sub(r"\D", "", text) for _, text in runs}) != 1:
        return None
    m, text = min(runs, key=lambda r: r[0].start)
    if text != m.text:
        at = m.text.index(text)
        m = part_of(m, at, at + len(text))
    digits = re.sub(r"\D", "", m.text)
    if nth and _DIGIT not in q.stems and len(numbers := re.findall(r"\d+", m.text)) > 1:
        # "a string of numbers. Which number comes first?" of "33-4-692": the numbers as said apart, not the digits
        number = at_place(numbers, _place(nth))
        return None if number is None else Answer(f"{number} (\u201c{m.text.strip()}\u201d)", m.start, m.end,
                                                  ORDER_CONFIDENCE, True, [m])
    if beside:
        mark = _DIGIT_WORDS.get(beside.group(2), beside.group(2))
        if len(mark) != 1 or not mark.isdigit() or digits.count(mark) != 1:
            return None
        at = digits.index(mark) + (-1 if beside.group(1) == "before" else 1)
        digit = digits[at] if 0 <= at < len(digits) else None
    else:
        digit = at_place(digits, _place(nth))  # (none in the middle of four, nor a fifth of three)
    if digit is None:
        return None
    return Answer(f"{digit} (\u201c{m.text.strip()}\u201d)", m.start, m.end, ORDER_CONFIDENCE, True, [m])


def _number_alone(q: Question, moments: MomentSet) -> Answer | None:
    """"What number does the other man read out?", "which number is said on its own near the end?", "somebody
    reads out a string of digits: what are they?" (three digits at least), "which number is said twice in a row?"
    (one repeated), asked with no other word: the sentence that is a number and nothing else ("29340.", "Five."),
    when it is the only one (in the part asked about, or nearest to it, within _NUMBER_NEAR_S).
    None when no sentence is a number alone, or several are and nothing tells them apart."""
    alone = [m for m in moments.spoken.values()
             if (said := words(m.text)) and all(w.isdigit() or w in NUMBER_WORDS for w in said)]
    if q.topic & RUN_NOUNS and not _TWICE.search(q.text):  # "somebody reads out a string of digits. What are they?"
        alone = [m for m in alone if digits_said(m.text) >= _RUN_DIGITS]
        if not alone:  # "Go forward ten meters 29340.": Whisper ran the digits on into the sentence before
            runs = sorted(((m, hit) for m in moments.spoken.values() if (hit := _DIGIT_RUN.search(m.text))),
                          key=lambda run: run[0].start)
            if len({re.sub(r"\D", "", hit.group()) for _, hit in runs}) == 1:
                # one run of digits (Whisper may write it twice): where it is first, timed by its share of the
                # sentence's characters
                m, hit = runs[0]
                alone = [part_of(m, hit.start(), hit.end())]
    if _TWICE.search(q.text):  # "which number does somebody say twice in a row?" -> "Five, five."
        alone = [m for m in alone if len(set(said := [stem(w) for w in words(m.text)])) < len(said)]
        if not alone:  # "Front, left, rear, right, six, five, five.": Whisper ran it on into the words before
            twice = [(m, hit) for m in sorted(moments.spoken.values(), key=lambda m: m.start)
                     if (hit := _SAID_TWICE.search(m.text)) and hit.group(1).lower() in NUMBER_WORDS | set("0123456789")]
            if len(twice) == 1:  # timed by its share of the sentence's characters
                m, hit = twice[0]
                alone = [part_of(m, hit.start(), hit.end())]
    if q.time is not None and alone:
        duration = max(m.end for m in moments.moments)
        a, b = q.time.seconds(duration)
        gaps = {id(m): gap(m, a, b) for m in alone}
        alone = [m for m in alone if gaps[id(m)] <= _NUMBER_NEAR_S]
        if alone:
            closest = min(gaps[id(m)] for m in alone)
            alone = [m for m in alone if gaps[id(m)] == closest]
    if len(alone) != 1:
        return None
    m = alone[0]
    numbers = _numbers_of(m)
    if q.order in ("first", "last") and len(numbers) > 1:
        # "What's the last number he says?" of "1, 2, 3, ..., 10": that number, timed by its share of the characters
        at = numbers[0][0] if q.order == "first" else numbers[-1][0]
        said = re.match(r"[A-Za-z0-9]+", m.text[at:]).group(0)
        part = part_of(m, at, at + len(said))
        return Answer(f"{said} (\u201c{m.text.strip()}\u201d)", part.start, part.end, ORDER_CONFIDENCE, True, [m])
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "Is he counting quickly or slowly?", "how fast does she count?": how many numbers a second a count says
_SPEED = r"(?:quick|quickly|fast|slow|slowly|rapidly)"
_ASKS_PACE = re.compile(rf"\b(?:count\w*|read\w* (?:out )?(?:the )?numbers)\b[^?]*\b{_SPEED}\b[^?]*\bor\b[^?]*\b{_SPEED}\b|"
                        rf"\bhow {_SPEED}\b[^?]*\bcount\w*|"  # (not "why is he counting so slowly?": a reason)
                        # "how would you describe his pace?" (after a question about his count)
                        r"^\W*(?:and |so )?how (?:would|do|did|can) (?:you|we|i|one) describe (?:his|her|their|the) "
                        r"(?:pace|speed|tempo)\W*$")
_COUNT_NUMBERS = 4  # a count says this many numbers at least
_QUICK_PER_S, _SLOW_PER_S = 2.0, 1.3  # numbers a second from which a count is quick, up to which it is slow


# "Right before he starts counting, what word does he say?", "what does he say just before the count?"
# "... what word does he say right before he starts counting?", "which word comes just before the count?"
_BEFORE_COUNT = re.compile(r"\b(?:right |just |immediately )?before (?:he|she|they|someone|somebody|the \w+) (?:starts? |"
                           r"begins? )?(?:counting|to count|counts)\b|\b(?:right |just )?before (?:the|his|her) count(?:ing)?\b|"
                           # "just before the numbers start there's one word. Which?"
                           r"\b(?:right |just )?before (?:the|his|her) numbers (?:start|starts|begin|begins|come in|kick in)\b")
# "He says one word right before he starts counting. Which?": a word asked for, before the count
_BEFORE_COUNTING = re.compile(r"\bword\b[^?]*?\bbefore (?:(?:he|she|they|it|the \w+) (?:starts?|begins?) (?:counting|to count)|"
                              r"(?:the|his|her|that) count(?:ing)?)\b", re.IGNORECASE)


def said_before_count(q: Question, moments: MomentSet, near) -> Answer | None:
    """"Right before he starts counting, what word does he say?": the word said just before the first count (in the
    part asked about, if any), in its sentence or at the end of the one before ("“testing” (“... Quebec Italy testing
    one two three four five”)"); None for another question, or where nothing is counted or nothing said before it."""
    # (any count, where the part asked about holds none: "just before the numbers START ..." reads as the video's start)
    if q.when or not (_BEFORE_COUNT.search(q.text.lower()) or _BEFORE_COUNTING.search(q.text)) or (
            counting := _first_count(moments, near) or _first_count(moments, None)) is None:
        return None
    m, (_, first, _, _) = counting
    before = list(re.finditer(r"[\w'-]+", m.text[:first]))
    if not before and (earlier := [s for s in moments.spoken.values() if s.end <= m.start + 1e-6]):
        m = max(earlier, key=lambda s: s.end)  # (the count opens its sentence: the last word of the one before)
        before = list(re.finditer(r"[\w'-]+", m.text))
    if not before:
        return None
    word = before[-1]
    at = part_of(m, word.start(), word.end())
    return Answer(f"\u201c{word.group(0)}\u201d (\u201c{m.text.strip()}\u201d)", at.start, at.end, ORDER_CONFIDENCE, True,
                  [m])


def count_pace(q: Question, moments: MomentSet, near) -> Answer | None:
    """"Is he counting quickly or slowly?": the count (a sentence of numbers only, in the part asked about if any) told
    quick or slow by its numbers a second ("Slowly: 10 numbers in 10.3 s"); declined between the two; None for another
    question or where nothing is counted."""
    if q.when or q.wants_reason or not _ASKS_PACE.search(q.text.lower()):
        return None
    if not (counts := near_first(_numbers_only(moments, _COUNT_NUMBERS), moments, near)):
        return None
    m = max(counts, key=lambda c: len(words(c.text)))
    n, secs = len(words(m.text)), max(m.end - m.start, 1e-3)
    rate = n / secs
    told = f"{n} numbers in {secs:.1f} s (about {rate:.1f} a second)"
    if rate >= _QUICK_PER_S:
        return Answer(f"Quickly: {told}.", m.start, m.end, ORDER_CONFIDENCE, True, [m])
    if rate <= _SLOW_PER_S:
        return Answer(f"Slowly: {told}.", m.start, m.end, ORDER_CONFIDENCE, True, [m])
    return Answer(f"{NOT_FOUND} The count is neither quick nor slow: {told}.", None, None, 0.1, False, [m])


# "That voice is counting. How many numbers does he say?", "the last voice reads out some numbers. How many numbers?"
_HOW_MANY_NUMBERS = re.compile(r"(?:^|[.!?]\s+)(?:and |so )?how many numbers\b")  # (digits: a string's, counted apart)


def numbers_counted(q: Question, moments: MomentSet, near) -> Answer | None:
    """"How many numbers does he say?": the numbers of the line of numbers only (in the part asked about, or the one
    such line; "10 numbers (“1, 2, 3, ... 10”)"); None for another question, or where several lines could be meant."""
    if q.when or not _HOW_MANY_NUMBERS.search(q.text.lower()):
        return None
    if len(lines := near_first(_numbers_only(moments, 2), moments, near)) != 1:
        return None
    m = lines[0]
    n = len(words(m.text))
    return Answer(f"{n} numbers (\u201c{m.text.strip()}\u201d)", m.start, m.end, ORDER_CONFIDENCE, True, [m])


def _numbers_only(moments: MomentSet, least: int) -> list[Moment]:
    """The sentences that say only numbers, ``least`` of them or more ("1, 2, 3, ... 10", "33, 4, 692."), in order."""
    return sorted((m for m in moments.spoken.values()
                   if len(said := words(m.text)) >= least and all(w.isdigit() or w in NUMBER_WORDS for w in said)),
                  key=lambda m: m.start)


def count_asked(q: Question, moments: MomentSet, near) -> Answer | None:
    """"How far do they count?", "after testing, he counts. Up to which number?": how far the first count goes (in the
    part asked about, ``near``); None for another question or where nothing is counted."""
    top = bool(_TOP_ASKED.search(q.form))
    if _COUNTS_TO.match(q.form) or (top or _RANGE_ASKED.search(q.form)) and _COUNTING.search(q.text):
        # (timed at the top for "how far?" and "what number does he stop at?" alike)
        return _counted_to(moments, near, at_top=bool(_UP_TO.match(q.form) or top))
    if ((top or _RANGE_ASKED.search(q.form)) and not q.topic - _HOW_FAR_STEMS
            and sum(1 for m in moments.spoken.values() if counts(m)) == 1):
        # "How high does he get?" (after "what's he doing, slowly like that?"), asked of a video whose one count is the
        # only thing that goes up
        return _counted_to(moments, None, at_top=top)
    return None


_HOW_FAR_STEMS = frozenset(stem(w) for w in "high far go get make number reach highest top stop stops".split())


# "What rate of tax does he argue for?", "what percentage ...?", "by how many percent ...?"
_RATE_ASKED = re.compile(r"\b(?:what|which|how high an?|how big an?) (?:\w+ )?(?:rate|percentage|percent|per cent|proportion|"
                         r"share)\b|\bhow many (?:percent|per cent)\b|\bwhat (?:per ?cent|%)")
_PERCENT = re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)")
_RATE_STEMS = frozenset(stem(w) for w in "rate percentage percent cent proportion share".split())


def percent_said(q: Question, moments: MomentSet, near) -> Answer | None:
    """"What rate of tax does he argue for?" -> "4% (“I use for a 4% global wealth tax.”)": the one percentage said in the
    lines that say what the rate is of (the question's other words: "tax"), in the part asked about where given; None
    for another question, or none or several such percentages."""
    if q.when or not _RATE_ASKED.search(q.form):
        return None
    about = q.topic - _RATE_STEMS
    asked = set(moments.spoken) if near is None else moments.sentences_near(near)
    rates: dict[str, Moment] = {}
    for m in sorted(moments.spoken.values(), key=lambda m: m.start):
        if m.sentence in asked and (not about or about & content_stems(m.text)):
            for said in _PERCENT.finditer(m.text):
                rates.setdefault(re.sub(r"\s?(?:percent|per cent)", "%", said.group(0)), part_of(m, said.start()))
    if len(rates) != 1:
        return None
    (rate, m), = rates.items()  # (timed where the percentage is said)
    sentence = moments.spoken[m.sentence]
    return Answer(f"{rate} (\u201c{sentence.text.strip()}\u201d)", m.start, sentence.end, confidence(1.0, found=True),
                  True, [sentence])


def number_answer(q: Question, moments: MomentSet, near) -> Answer | None:
    """The number a question asks for when it is said as one: a count, a span of time, a number or a run
    of digits said alone (in the part asked about, ``near``, if any); None for other questions, or when
    the video says no such number or several, and for what a number is for ("what are those digits for?": a
    purpose, which the number alone does not say) or what is said of one ("what's she saying about the number I
    dialled?")."""
    if q.wants_reason or q.says_about:
        return None
    if (rate := percent_said(q, moments, near)) is not None:
        return rate  # "what rate of tax does he argue for?" -> "4% (“I use for a 4% global wealth tax.”)"
    if (digit := _digit_of_run(q, moments)) is not None:
        return digit  # "a man reads out a string of digits. What's the first one?" -> "2 (“29340”)"
    # ("does he START by counting up or down?" names no part of the video: any count, where the part finds none)
    if (_UP_OR_DOWN.search(q.text) and (counted := _counted_to(moments, near) or _counted_to(moments, None)) is not None
            and "back down" in counted.answer):
        # "Does he count up, count down, or both?", "does he then go back down?": a count that goes up, then down
        return replace(counted, answer=f"Both: {counted.answer[0].lower()}{counted.answer[1:]}")
    if _WHAT_DOING.match(q.form) and near is not None and (counted := _counted_to(moments, near)) is not None:
        # "What's he doing in that part?": counting, where the part asked about holds a count
        return replace(counted, answer=f"Counting: {counted.answer[0].lower()}{counted.answer[1:]}")
    if q.when and _STARTS_COUNTING.search(q.text) and (
            counting := _first_count(moments, near) or _first_count(moments, None)) is not None:
        # "right after that someone starts counting. When?": where the count starts ("... testing | 1 2 3 4 5")
        m, (_, first, _, _) = counting
        start = part_of(m, first).start
        return Answer(said_text(q, replace(m, start=start)), start, m.end, confidence(1.0, found=True), True, [m])
    if (counted := count_asked(q, moments, near)) is not None:
        return counted  # "how far do they count?" -> "Up to 8 (“test 1, 2, 3, 4, 5, 6, 7, 8.”)"
    if not q.topic and not q.when and _HOW_LONG_DONE.match(q.form) and (spell := _time_spent(q, moments, near)):
        return spell  # "how long has she been looking into this?" -> "I've spent nearly two decades observing ..."
    asked = q.topic - _REPEAT_STEMS if _TWICE.search(q.text) else q.topic
    if ((q.wants_number and asked <= NUMBER_NOUNS or asked & NUMBER_NOUNS and asked <= NUMBER_NOUNS | RUN_NOUNS)
            and not q.counted and not re.match(r"\W*how\b", q.form)
            and (alone := _number_alone(q, moments)) is not None):
        # "what number does the other man read out?" -> "29340."; "when does somebody read out a string of numbers?"
        # -> "At 0:35: “29340”"; "... a string of digits. Which ones?" -> "29340 (2 9 3 4 0)": the digits one by one
        together = re.findall(r"\d{%d,}" % _RUN_DIGITS, alone.answer) if _DIGIT in q.topic and not q.when else []
        return replace(alone, answer=f"{alone.answer} ({' '.join(together[0])})") if len(together) == 1 else alone
    # (words the video never says are the asker's own setting: "a man reads a string of numbers down a PHONE line. How
    # many digits does he GIVE?")
    if (q.counted == "digit" and not q.when and not (q.topic - NUMBER_NOUNS - RUN_NOUNS) & moments.said_stems
            and (alone := _number_alone(replace(q, topic=q.topic | {"string"}), moments)) is not None):
        # "how many digits are in the number string someone reads out?" -> "5 digits: “29340.”"
        return replace(alone, answer=f"{digits_said(alone.answer)} digits: “{alone.answer}”")
    return None
