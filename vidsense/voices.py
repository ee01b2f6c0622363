"""Voices told apart by their pitch: a low (a man's) or a high (a woman's) speaking voice, and a voice
raised far above the speech around it ("his voice goes really high": a falsetto); and speakers told apart
by the voice itself (``Moment.speaker``, numbered by models.speakers): "when does the second speaker come in?".

Each transcript moment carries the median pitch of its words (``Moment.pitch``, measured in the worker
by ``models.pitch``). Men speak at about 85-180 Hz and women at about 165-255 Hz, so a moment under
``LOW_MAX_HZ`` is in the low register and one over ``HIGH_MIN_HZ`` in the high one; the few between are
neither. That is a voice's register, not who speaks: a man in falsetto reads high, so does JFK
declaiming his inaugural (about 260 Hz), and two women are one register. So a question that names a
man's or a woman's voice ("when does the man's voice come in?", "which digits does the man read out?")
is answered from the register only where the video has speech in both, and what is said in the other
register is left out only while something said in the rest answers; a raised voice is one far over
the speech around it.
"""

from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

import numpy as np

from vidsense.moments import Moment, MomentSet, alike_pauses, earliest_alike, long_pauses
from vidsense.text import QUESTION_OPENER, stem

if TYPE_CHECKING:
    from vidsense.answer import Answer

__all__ = ["LOW_MAX_HZ", "HIGH_MIN_HZ", "register", "both_registers", "raised", "whispered", "comes_in", "voiced",
           "first_in", "voice_asked", "voice_alone", "VOICE_STEMS", "newcomer", "speaker_count", "first_heard",
           "speech_onset", "that_voice_comes_in", "sex_by_pitch", "VOICE_CONFIDENCE", "asks_man_or_woman", "man_or_woman",
           "man_or_woman_answer", "sexes_answer"]

LOW_MAX_HZ = 160.0
HIGH_MIN_HZ = 175.0
RAISED_BY = 1.5  # a voice this many times higher than the speech before it ...
RAISED_MIN_HZ = 200.0  # ... and at least this high is raised
VOICE_CONFIDENCE = 0.5  # an answer placed by the voice (its pitch, its number, where it comes in)
# Where the speech around has no pitch to compare (a hoarse voice with a cold, in hiss), a voice over most
# speaking voices (women's reach about 255 Hz) is raised
HIGHEST_SPEAKING_HZ = 240.0
_AROUND_S = 30.0  # the speech around: what was said in the 30 s before and after
# A whisper has no voiced sound, so no pitch: a sentence of this many words or more none of which has a pitch is
# whispered, in a video where this share of such sentences at least has one (where more have none, the pitch is
# lost to a phone line or hiss, and tells no whisper: at 0.6, lines of two noisy items were taken for whispers)
WHISPER_MIN_WORDS = 3
WHISPER_PITCHED_SHARE = 0.8


def register(m: Moment) -> str | None:
    """"low", "high", or None (no pitch measured, or between the two)."""
    if m.source != "transcript" or m.pitch is None:
        return None
    return "low" if m.pitch <= LOW_MAX_HZ else "high" if m.pitch >= HIGH_MIN_HZ else None


def both_registers(moments: MomentSet) -> bool:
    """Whether some sentence is said in a low voice and another in a high one."""
    found = {register(m) for m in moments.spoken.values()}
    return {"low", "high"} <= found


def raised(moments: MomentSet) -> list[Moment]:
    """The sentences said in a voice raised far over the speech around them (the half-minute before and after: a
    falsetto between a man's plain speech), or, where no plain voice around has a pitch measured (under
    ``HIGHEST_SPEAKING_HZ``), over it; in time order."""
    spoken = sorted(moments.spoken.values(), key=lambda m: m.start)
    starts = [m.start for m in spoken]
    # a voice heard in one sentence only ("I really don't know!" in a man's falsetto after a woman's tutorial, whose
    # plain voice is no measure of his)
    lines_of = Counter(m.speaker for m in spoken)
    out = []
    for k, m in enumerate(spoken):
        if m.pitch is None or m.pitch < RAISED_MIN_HZ:
            continue
        a, b = bisect_left(starts, m.start - _AROUND_S), bisect_right(starts, m.start + _AROUND_S)
        near = spoken[a:k] + spoken[k + 1:b]
        around = [p.pitch for p in near if p.pitch is not None and p.pitch < HIGHEST_SPEAKING_HZ]  # plain voices
        if (around and m.pitch >= RAISED_BY * float(np.median(around))
                or near and not around and m.pitch >= HIGHEST_SPEAKING_HZ
                or m.speaker is not None and lines_of[m.speaker] == 1 and m.pitch >= HIGHEST_SPEAKING_HZ):
            out.append(m)
    return out


def whispered(moments: MomentSet) -> list[Moment]:
    """The sentences said in a whisper (see ``WHISPER_MIN_WORDS``), in time order; none where too much of the video's
    speech has no pitch."""
    long = sorted((m for m in moments.spoken.values() if len(m.text.split()) >= WHISPER_MIN_WORDS),
                  key=lambda m: m.start)
    if not long or sum(m.pitch is not None for m in long) < WHISPER_PITCHED_SHARE * len(long):
        return []
    return [m for m in long if m.pitch is None]


def voiced(moments: MomentSet, indices: list[int], voice: str) -> list[int]:
    """Of the transcript moments ``indices``, those whose sentence is said in ``voice`` ("raised", "whispered"),
    or not in the register other than ``voice`` ("low" or "high"); none when the video does not tell that voice
    apart (no raised voice or whisper, or one register only)."""
    if voice in ("raised", "whispered"):
        said = {m.sentence for m in (raised(moments) if voice == "raised" else whispered(moments))}
        return [i for i in indices if moments.moments[i].sentence in said]
    if not both_registers(moments):
        return []
    other = "high" if voice == "low" else "low"  # a whisper has no pitch: only the other register is left out
    return [i for i in indices if moments.moments[i].sentence is not None
            and register(moments.spoken[moments.moments[i].sentence]) != other]


def first_in(moments: MomentSet, voice: str) -> Moment | None:
    """Where ``voice`` is first heard: the first raised or whispered sentence, or the one where the register
    comes in."""
    if voice == "raised":
        return next(iter(raised(moments)), None)
    if voice == "whispered":
        return next(iter(whispered(moments)), None)
    return comes_in(moments, voice)


def comes_in(moments: MomentSet, voice: str) -> Moment | None:
    """The first sentence said in ``voice``'s register ("low" or "high"); None when the video has no speech
    in both registers (then the register tells no voice from another)."""
    if not both_registers(moments):
        return None
    return next((m for m in sorted(moments.spoken.values(), key=lambda m: m.start) if register(m) == voice), None)


# What a speaker is said to do in a question that means the voice, not someone talked about ("which digits does
# the man READ out?", "when does the second guy START TALKING?"; not "who is the man in the book?")
_SPEAKS = (r"says?|said|saying|reads?|reading|talks?|talking|speaks?|speaking|mentions?|mentioned|asks?|"
           r"asked|tells?|told|calls? out|counts?|names?|lists?|whispers?|laughs?|sounds?|comes? in|came in|"
           r"(?:starts?|started|begins?|began) (?:talking|speaking|reading)|brings? up|brought up|"
           r"on the (?:phone|line|call)|gets? on|comes? on|came on|join\w*|introduc\w*")
_MEN = r"man|guy|gentleman|boy|bloke|fellow|men|guys|gentlemen|boys"
_WOMEN = r"woman|women|lady|ladies|girl|girls|gal"
_THEN = r"(?:who\s+|that\s+)?(?:first\s+|then\s+|later\s+|finally\s+|also\s+|now\s+|ever\s+)?"


def _voice_of(people: str) -> re.Pattern:
    return re.compile(rf"\b(?:{people})(?:'s\s+voices?\b|\s+{_THEN}(?:{_SPEAKS})\b)")


LOW_VOICE = _voice_of(_MEN + "|male")
HIGH_VOICE = _voice_of(_WOMEN + "|female")
# "the high voice", "his voice goes really high", "the squeaky voice", "falsetto"
RAISED_VOICE = re.compile(r"\b(?:high|higher|squeaky|squeakier|shrill|falsetto|funny|silly|chipmunk)[- ]?(?:pitched )?"
                          r"voice\b|\bfalsetto\b|\bvoice\b[^?.]*\b(?:go|goes|went|going|jump\w*|shoot\w*|shot|rise\w*|"
                          r"rose|climb\w*|turn\w*|switch\w*)\s+(?:\w+\s+){0,2}(?:up|high|higher)\b")


# "when does the whispering start?", "what does the whispering man say?", "he drops to a whisper"
WHISPER_VOICE = re.compile(r"\bwhisper\w*")


# The words a question about a voice alone is made of ("when does the man's voice come in?", "what does he say in
# the squeaky high voice?", "later his voice jumps way up. how does he describe it?"), as stems
VOICE_STEMS = frozenset(stem(w) for w in (
    "man men guy guys male woman women lady ladies female girl voice voices high higher squeaky shrill falsetto funny "
    "silly pitch pitched come comes start starts begin begins switch switches go goes going jump jumps sudden suddenly "
    "later way put puts doing talk talking speak speaking line phone call whisper whispers whispering whispered "
    "drop drops strange strangely odd oddly weird weirdly unusual unusually").split())
# "the SECOND guy", "the OTHER woman": a voice told from another of the same register, which pitch does not tell
_ANOTHER = re.compile(r"\b(?:second|third|other|another|next|last|new|different)\s+(?:\w+\s+)?"
                      r"(?:man|guy|male|gentleman|boy|woman|lady|female|girl|voice|speaker)\b")


def voice_alone(q) -> bool:
    """Whether a question (a ``vidsense.questions.Question`` with ``voice``) asks about the voice and nothing
    else: where it is first heard, or what it says."""
    return q.voice is not None and q.topic <= VOICE_STEMS and not _ANOTHER.search(q.text.lower())


def voice_asked(low: str) -> str | None:
    """The voice a lowercased question asks about: "raised", "whispered", "low" (a man's), "high" (a woman's), or
    None."""
    if RAISED_VOICE.search(low):
        return "raised"
    if WHISPER_VOICE.search(low):
        return "whispered"
    low_voice, high_voice = bool(LOW_VOICE.search(low)), bool(HIGH_VOICE.search(low))
    return "low" if low_voice and not high_voice else "high" if high_voice and not low_voice else None


# "when does the SECOND guy start talking?", "when does that LAST voice start?", "when does a NEW voice come in?",
# "when does someone else start?": a speaker heard after the first, by the order in which the voices are first heard
_NEWCOMER = re.compile(r"\b(second|third|fourth|fifth|last|final|other|another|next|new|different),?\s+(?:\w+,?\s+)?"
                       r"(?:man|guy|male|gentleman|boy|woman|lady|female|girl|voice|speaker|person|reader|narrator|"
                       r"caller|one)\b|\b(?:someone|somebody|anyone|anybody) (else)\b")
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_NEWCOMER_STEMS = VOICE_STEMS | frozenset(stem(w) for w in (
    "second third fourth fifth last final other another next new different speaker speakers person reader narrator "
    "caller one someone somebody anyone anybody else first time actually").split())


# "When does THAT other voice come in?", "when does this guy start talking?": the voice of the answer before
_THAT_VOICE = re.compile(r"^\W*when\b[^?]*\b(?:that|this)\s+(?:\w+\s+)?(?:voice|speaker|guy|man|woman|person|lady|"
                         r"girl|boy|one|reader|narrator)\b")


def that_voice_comes_in(question: str, topic: frozenset[str]) -> bool:
    """Whether ``question`` (with its content stems ``topic``) asks when the voice the answer before was heard
    in comes in, and nothing else: "when does that other voice come in?" (not "when does that man mention
    the price?")."""
    return bool(_THAT_VOICE.match(question.lower())) and topic <= _NEWCOMER_STEMS


def newcomer(q, moments: MomentSet) -> Moment | None:
    """Where the speaker a "when" question asks about (a ``vidsense.questions.Question`` whose words are all about
    a voice: "when does the second guy start talking?") is first heard: the n-th voice to be heard ("second",
    "third"), the last one to come in ("last"), or the first after the first ("other", "new", "someone else").
    None when the question asks something else, or the speakers are not told (none numbered, or too few)."""
    m = _NEWCOMER.search(q.text.lower())
    if m is None or not q.when or q.topic - _NEWCOMER_STEMS:
        return None
    heard = first_heard(moments)
    word = m.group(1) or m.group(2)
    k = _ORDINALS.get(word, len(heard) if word in ("last", "final") else 2)
    return heard[k - 1] if len(heard) >= max(k, 2) else None


# "... the long silence": a long pause, on one side of which voices are counted
_THE_PAUSE = r"(?:before|after) the (?:long |longest |big |first )?(?:silence|pause|gap|break)"
# "how many speakers are there?", "how many different voices do we hear?", "how many people speak?" (not "how many
# people are in the conference call?", which asks what is said)
_HOW_MANY_VOICES = re.compile(r"^\W*how many (?:different |distinct |separate )?(?:speakers|voices|people|persons|readers|"
                              r"narrators|presenters|hosts|operators|callers)"
                              # ("how many different people can you hear TALKING?")
                              r"(?: (?:are there|are (?:heard|speaking|talking|reading)|(?:do|can) (?:we|you|i) hear"
                              r"(?: (?:talking|speaking|reading))?|"
                              r"can be heard|(?:actually |really )?(?:speak|talk|read|are speaking|are talking|spoke|talked|"
                              r"(?:have|had) (?:spoken|talked|been speaking|been talking)|take turns(?: reading| speaking)?|"
                              r"take part))"
                              # ("how many different voices READ SENTENCES?", "how many readers take turns ON THOSE FIRST
                              # SENTENCES?")
                              r"(?: (?:out |on )?(?:(?:(?:the|those|these) )?(?:\w+ )?(?:sentences|lines)|something|aloud|"
                              r"out loud))?"
                              r"(?: (?:in|on) (?:it|this|(?:this|the) (?:\w+ )?\w+)| here| there)?|"
                              r" are (?:in|on) (?:it|this|(?:this|the) (?:recording|clip|video|call|line|conversation|audio|"
                              r"track|file|one)))?(?: in the whole (?:recording|video|clip|thing|file))?"
                              r"(?: in (?:total|all)| altogether| overall| all told)?"
                              # "... before the long silence": the voices on one side of the longest pause
                              rf"(?: ({_THE_PAUSE}))?\W*$")


def speaker_count(question: str, moments: MomentSet) -> tuple[list[Moment], bool] | None:
    """For a question that asks how many voices are heard: where each numbered voice is first heard, and whether
    some sentence has no number (too short to tell: there may be more voices); None for any other question, or
    when no speaker is numbered. "How many people talk before the long silence?": the voices of the sentences before
    the longest pause (after it, for "after"); "before that last sentence, how many ...?": before the last sentence."""
    # ("SO how many different people talk?", "GOING BY THE VOICES, how many people take part?")
    low = _BY_THE_VOICES.sub("", QUESTION_OPENER.sub("", question.lower()))
    if line := _BY_LINE.search(low):  # "before that last sentence, how many people have spoken?"
        low = f"{low[:line.start()]} {low[line.end():]}"
    elif pause := _SIDE_FIRST.match(low):  # "before the long silence, how many ...?": as if said at the end
        low = f"{low[pause.end():].rstrip(' ?')} {pause.group(1)}?"
    if part := _NTH_PART.search(low):  # "how many people are talking in that first part?": before the first silence
        low = f"{low[:part.start()]}{low[part.end():]}"
    elif talk := _IN_THE_TALK.search(low):  # "how many people are in that conversation?": in the talk, not after it
        low = f"{low[:talk.start()]}{low[talk.end():]}"
    if not (asked := _HOW_MANY_VOICES.match(" ".join(low.split()))):
        return None
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    window = None
    if part and said:  # the first or last of the parts that the longest silences part
        if not (alike := alike_pauses(said, long_pauses(said))):
            return None
        window = ((0.0, said[alike[0]].end) if part.group(1) in ("first", "opening")
                  else (said[alike[-1] + 1].start, float("inf")))
    elif (talk or _READ_LINES.search(low)) and said:  # ("how many people read those four sentences?": the readers)
        window = _longest_talk(said)
    elif line and said:  # the voices before the last (or first) sentence said, or after it
        m = said[0] if line.group(2) == "first" else said[-1]
        window = (0.0, m.start) if line.group(1) == "before" else (m.end, float("inf"))
    elif asked.group(1):
        if not (pauses := earliest_alike(said, long_pauses(said))):
            return None  # no such silence: answered as any other question
        k = pauses[0]
        window = (0.0, said[k].end) if asked.group(1).startswith("before") else (said[k + 1].start, float("inf"))
    heard = first_heard(moments, window)
    untold = any(m.speaker is None for m in said if window is None or window[0] <= m.start < window[1])
    return (heard, untold) if heard else None


_BY_THE_VOICES = re.compile(r"^\W*(?:going|judging) by (?:the |their )?(?:voices?|sound|how they sound)\W*")
_SIDE_FIRST = re.compile(rf"^\W*({_THE_PAUSE}),\s*")
# "How many people are IN THAT CONVERSATION?", "... are talking IN THAT PART?", "... are ON THE PHONE-IN?": the voices of
# the talk, the side of the longest silence where more voices speak (a voice heard alone after it is not in the talk)
_IN_A_PART = r"\s+(?:are |were )?(?:(?:talking|speaking) )?(?:in|on|during) (?:that|the|this) "  # "... are talking IN THE"
_IN_THE_TALK = re.compile(_IN_A_PART + r"(?:conversation|meeting|phone-in|phone in|chat|discussion|exchange|talk|part|bit|"
                          r"section)(?: (?:part|bit|section))?\b")


# "... talking IN THAT FIRST PART?", "... during the last section?": the voices before the first long silence (after
# the last one)
_NTH_PART = re.compile(_IN_A_PART + r"(first|opening|last|final) (?:part|bit|section|stretch|segment)\b")


# ("how many people READ THOSE FOUR SENTENCES?", "... TAKE TURNS ON THOSE FIRST SENTENCES?": which ones, the talk's)
_READ_LINES = re.compile(r"\b(?:read\w* (?:out )?|take turns (?:reading )?(?:on )?)(?:those|these) (?:\w+ )?(?:sentences|lines)\b")


def _longest_talk(said: list[Moment]) -> tuple[float, float] | None:
    """The span of the side of the longest long pause in ``said`` (sentences in time order) where more voices speak
    (then more sentences are said); None (all of it) where there is no long pause."""
    if not (pauses := long_pauses(said)):
        return None
    sides = (said[:pauses[0] + 1], said[pauses[0] + 1:])
    talk = max(sides, key=lambda side: (len({m.speaker for m in side if m.speaker is not None}), len(side)))
    return talk[0].start, talk[-1].end + 1e-6
# "BEFORE THAT LAST SENTENCE, how many people have spoken?": the voices on one side of a sentence
_BY_LINE = re.compile(r"\b(before|after) (?:that|the|this) (?:very )?(last|final|first) (?:sentence|line|bit|part|clip|"
                      r"thing (?:said|they say|she says|he says))\b,?")


def first_heard(moments: MomentSet, window: tuple[float, float] | None = None) -> list[Moment]:
    """The first clause of each numbered speaker, in the order the voices are first heard (starting within
    ``window``, seconds, where given)."""
    first: dict[int, Moment] = {}
    for c in sorted((c for c in moments.moments if c.source == "transcript" and c.speaker is not None),
                    key=lambda c: c.start):
        if window is None or window[0] <= c.start < window[1]:
            first.setdefault(c.speaker, c)
    return list(first.values())


# "when does she actually start speaking?", "when does the speaker begin?", "when does someone start talking?": the
# first speech (music or applause may come before it), or, for "he" or "she" where both registers are heard, the
# first in that register
_STARTS_SPEAKING = re.compile(
    r"^\W*when (?:does|did|do) (he|she|they|someone|somebody|anyone|anybody|the (?:speaker|narrator|reader|presenter|"
    r"host|lecturer|person|voice|talk|speech|speaking|talking)) (?:actually |first |finally |really |even )?"
    r"(?:start|begin|get going)(?: (?:speaking|talking|to speak|to talk|reading|to read))?\W*$")


# A lead-in that says where in the video the speech asked about is ("after the long silence", "then a man ..."): the
# start asked about is not the first speech
_PLACES_SPEECH = re.compile(r"\b(?:after|silence|silent|pause|gap|then|later|next|second|another|other|different|last|"
                            r"end|new|again|music|man|woman|guy|lady|voice|someone|somebody)\b")


def speech_onset(q, moments: MomentSet) -> Moment | None:
    """Where a "when" question about when the speech itself begins is answered (see ``_STARTS_SPEAKING``);
    None for any other question, or a video without speech."""
    m = _STARTS_SPEAKING.match(q.text.lower())
    lead_in = q.text.lower()[:-len(q.form)] if q.form and q.text.lower().endswith(q.form) else ""
    if m is None and not _PLACES_SPEECH.search(lead_in):  # "There's clapping first. When does she actually start talking?"
        m = _STARTS_SPEAKING.match(q.form)
    if m is None:
        return None
    if m.group(1) in ("he", "she") and both_registers(moments):
        return comes_in(moments, "low" if m.group(1) == "he" else "high")
    return min((c for c in moments.moments if c.source == "transcript"), key=lambda c: c.start, default=None)


# "Is the first voice a man or a woman?", "is the speaker male or female?"
# ("a MAN'S VOICE OR A WOMAN'S?", "a male voice or a female one?")
_MAN_OR_WOMAN = re.compile(r"\b(?:(?:a|the)\s+)?(?:man|male|guy|boy)(?:'s)?(?:\s+(?:voice|speaking|talking|reading))?\s+or\s+"
                           r"(?:(?:a|the)\s+)?(?:woman|female|lady|girl)\b"
                           r"|\b(?:(?:a|the)\s+)?(?:woman|female|lady|girl)(?:'s)?(?:\s+(?:voice|speaking|talking|reading))?"
                           r"\s+or\s+(?:(?:a|the)\s+)?(?:man|male|guy|boy)\b",
                           re.IGNORECASE)
_WHICH_VOICE = re.compile(r"\b(first|second|third|last|final)\b", re.IGNORECASE)
# "Is the person doing MOST OF THE TALKING a man or a woman?", "who talks the most?": the voice heard longest
_MOST_TALK = re.compile(r"\bmost of the (?:talking|speaking)\b|\b(?:talks|speaks|says) (?:the )?most\b|\bmain speaker\b",
                        re.IGNORECASE)
# A voice this low (the median pitch of its sentences) is a man's: men speak at 85-155 Hz. Women speak at 165-255 Hz,
# but a man declaiming is as high (JFK's "ask not": 212-292 Hz, his voice's median 262-268 Hz on the evaluation sets,
# a falsetto 254-286 Hz): a voice is a woman's from WOMAN_MIN_HZ to WOMAN_MAX_HZ only (the women of the sets:
# 188-223 Hz), and between the two ranges, or over them, it is not told.
MAN_MAX_HZ = 150.0
WOMAN_MIN_HZ, WOMAN_MAX_HZ = 180.0, 245.0


def asks_man_or_woman(question: str) -> bool:
    """Whether ``question`` asks if a voice is a man's or a woman's ("is it the man or the woman who ...?")."""
    return _MAN_OR_WOMAN.search(question) is not None


def man_or_woman(question: str, moments: MomentSet, line: Moment | None = None
                 ) -> tuple[str, Moment | None, float | None] | None:
    """For "is the (first / second / last) voice a man or a woman?": "man" where that voice is low enough to tell
    (``MAN_MAX_HZ``), "woman" where it is in a woman's range and under a man's declaiming (``WOMAN_MIN_HZ`` to
    ``WOMAN_MAX_HZ``), else "untold", with the voice's first sentence and its median pitch; None for any other
    question, or a video without speech. ``line``: the line the question names ("is it the man or the woman who talks
    about steady work?"), whose voice is asked about."""
    if not asks_man_or_woman(question):
        return None
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    if not said:
        return None
    heard = first_heard(moments)
    word = asked.group(1).lower() if (asked := _WHICH_VOICE.search(question)) else "first"
    k = len(heard) if word in ("last", "final") else _ORDINALS.get(word, 1)  # (the n-th voice heard, from 1)
    numbered = [m for m in said if m.speaker is not None]
    if _MOST_TALK.search(question) and numbered:
        # "is the person doing most of the talking a man or a woman?": the voice that talks longest, by its longest line
        talked: Counter = Counter()
        for m in numbered:
            talked[m.speaker] += m.end - m.start
        most = talked.most_common(1)[0][0]
        own = [m for m in said if m.speaker == most]
        first = max(own, key=lambda m: m.end - m.start)
    elif line is not None and not asked:
        first = line
        own = [m for m in said if m.speaker == line.speaker] if line.speaker is not None else [line]
    elif heard and k <= len(heard):
        first = heard[k - 1]
        own = [m for m in said if m.speaker == first.speaker]
    elif word != "first":
        return "untold", None, None  # that voice is not told apart
    else:  # no voice numbered: the speech as a whole
        first, own = said[0], said
    pitches = [m.pitch for m in own if m.pitch is not None]
    f0 = float(np.median(pitches)) if pitches else None
    return sex_by_pitch(f0) or "untold", first, f0


def man_or_woman_answer(question: str, moments: MomentSet, line: Moment | None = None) -> Answer | None:
    """``man_or_woman`` as served: "A woman, by the pitch of the voice (high, about 231 Hz): “...”", or declined with
    the reason where the pitch does not tell; None for another question."""
    from vidsense.answer import NOT_FOUND, Answer  # noqa: F811 (vidsense.answer reads questions, which read this module)

    if (sexed := man_or_woman(question, moments, line)) is None:
        return None
    sex, m, f0 = sexed
    if sex in ("man", "woman") and m is not None and f0 is not None:
        how = "low" if sex == "man" else "high"
        return Answer(f"A {sex}, by the pitch of the voice ({how}, about {f0:.0f} Hz): \u201c{m.text}\u201d",
                      m.start, m.end, VOICE_CONFIDENCE, True, [m])
    pitch = f" (this one is at about {f0:.0f} Hz)" if f0 is not None else ""
    return Answer(f"{NOT_FOUND} A man's or a woman's voice is told only by a pitch clearly in one range{pitch}: a "
                  "man declaiming can speak as high as a woman.", None, None, 0.1, False)


_WHICH_TALK = re.compile(r"\b(?:first|second|third|other|last|final|next) (?:conversation|meeting|part|bit|section|talk|"
                         r"call|clip|group)\b", re.IGNORECASE)
# "How many men are talking in this meeting?": the voices of one sex, counted
_HOW_MANY_OF_SEX = re.compile(r"^\W*(?:and |so )?how many (men|women|guys|ladies|males|females)\b")
# "Men or women?", "are the people talking men or women?": the sex of each voice of the talk
_MOSTLY = r"(?:mostly |mainly |all |only )?"  # ("are they mostly men or mostly women?")
_MEN_OR_WOMEN = re.compile(rf"\b{_MOSTLY}(?:men|males|guys) or {_MOSTLY}(?:women|females|ladies)\b|"
                           rf"\b{_MOSTLY}(?:women|females|ladies) or {_MOSTLY}(?:men|males|guys)\b", re.IGNORECASE)


def sexes_answer(question: str, moments: MomentSet) -> Answer | None:
    """"Men or women?": each voice of the talk (the side of the longest pause where more voices speak), a man or a
    woman by its median pitch ("All men (3 voices), by the pitch of the voices (about 112, 118, 104 Hz).", "2 men, ...;
    1 more voice not told by pitch."); declined where no voice's pitch tells; None for another question or where fewer
    than two voices are told apart."""
    from vidsense.answer import NOT_FOUND, Answer  # noqa: F811 (vidsense.answer reads questions, which read this module)

    counted = _HOW_MANY_OF_SEX.match(question.lower())
    if not (_MEN_OR_WOMEN.search(question) or counted) or _WHICH_TALK.search(question):
        return None  # (the talk is the one where most voices speak: "in that SECOND conversation" names another)
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    window = _longest_talk(said) if said else None
    heard = first_heard(moments, window)
    if len(heard) < 2:
        return None
    inside = [m for m in said if window is None or window[0] <= m.start < window[1]]
    pitches = [[m.pitch for m in inside if m.speaker == v.speaker and m.pitch is not None] for v in heard]
    f0s = [float(np.median(p)) if p else None for p in pitches]
    sexes = [sex_by_pitch(f) for f in f0s]
    men, women, untold = sexes.count("man"), sexes.count("woman"), sexes.count(None)
    if men + women == 0:
        return Answer(f"{NOT_FOUND} A man's or a woman's voice is told only by a pitch clearly in one range: none of "
                      f"these {len(heard)} voices is.", None, None, 0.1, False)
    told = " and ".join(f"{n} {one if n == 1 else many}" for n, one, many in ((men, "man", "men"), (women, "woman", "women"))
                        if n)
    if untold == 0 and (men == 0 or women == 0):
        told = f"All {'men' if men else 'women'} ({men + women} voices)"
    hz = ", ".join(f"{f:.0f}" for f in f0s if f is not None)
    more = f"; {untold} more voice{'s' if untold > 1 else ''} not told by pitch" if untold else ""
    if counted:  # "how many men are talking in this meeting?": those counted ("3 men", "at least 2 men")
        sex = "man" if counted.group(1) in ("men", "guys", "males") else "woman"
        n = sexes.count(sex)
        noun = sex if n == 1 else "men" if sex == "man" else "women"
        told = f"{'At least ' if untold else ''}{n} {noun}" if n else f"No voice told as a {sex}'s"
    return Answer(f"{told[0].upper()}{told[1:]}, by the pitch of the voices (about {hz} Hz){more}.", heard[0].start,
                  heard[-1].end, VOICE_CONFIDENCE if not untold else VOICE_CONFIDENCE / 2, True, heard[:3])


def sex_by_pitch(f0: float | None) -> str | None:
    """"man" for a voice at ``MAN_MAX_HZ`` or lower, "woman" for one from ``WOMAN_MIN_HZ`` to ``WOMAN_MAX_HZ``, None
    otherwise (no pitch, between the ranges, or as high as a man declaiming)."""
    if f0 is None:
        return None
    return "man" if f0 <= MAN_MAX_HZ else "woman" if WOMAN_MIN_HZ <= f0 <= WOMAN_MAX_HZ else None
