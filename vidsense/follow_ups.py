"""Follow-up questions answered from the turn before, by where its answer is placed in the video.

After an answer placed at a time, a question may ask about that very line ("what does that voice say?", "which
number was that?", "how is he speaking there?"), the next one ("then there's one more voice. What does it say?",
"so what should I do?", "did anything else come with it?") or when the voice of it came in ("when does that other
voice come in?"). Each function answers its kind of question, or returns None for any other, and ``vidsense.asking``
asks the question as any other then.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vidsense.answer import Answer, part_of, said_text
from vidsense.answer_checks import ALSO, INSTRUCTION
from vidsense.conversation import Turn
from vidsense.loudness import said_at_level, whispers
from vidsense.moments import Moment, MomentSet, joined_sentences
from vidsense.numbers_said import next_said, number_value
from vidsense.questions import Question, parse_question
from vidsense.said_order import ORDER_CONFIDENCE, SEQUENCE_GAP_S, same_sentence
from vidsense.text import at_place, stem, word_spans, words
from vidsense.voices import VOICE_CONFIDENCE, asks_man_or_woman, man_or_woman_answer, raised, that_voice_comes_in

__all__ = ["ANYTHING_ELSE", "added_then", "called_then", "calling_from", "completed", "count_goes_on", "first_said",
           "how_said_then", "next_caller", "next_voice", "nth_of_answer", "reaction", "reason_given", "said_then",
           "said_when", "sentence_end", "shown_by", "told_then", "until_when", "voice_before", "voice_of_line"]


def voice_before(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"When does that other voice come in?" after "After a long silence, someone else says two words. What are
    they?" ("Fire fox!"): where the sentence the answer before was said in starts; None for another question,
    or when the answer before was not something said."""
    q = parse_question(question)
    if not q.when or not that_voice_comes_in(question, q.topic) or (m := moments.sentence_at(previous.start)) is None:
        return None
    return Answer(said_text(q, m), m.start, m.end, VOICE_CONFIDENCE, True, [m])


# "What does that voice say?", "what does he say?": what is said where the answer before was, and nothing else
_WHAT_SAID_THEN = re.compile(r"^\W*(?:and |so )?what(?: (?:does|did) (?:(?:that|this|the) (?:\w+ )?(?:voice|speaker|guy|man|"
                             r"woman|person|lady|girl|boy|one|reader|narrator|caller|message|recording)|he|she|they|it) "
                             r"(?:say|read|read out|tell (?:me|us))|(?:'s| is) (?:(?:that|this|the) (?:\w+ )?(?:voice|"
                             r"message|recording)|he|she|it) (?:saying|telling (?:me|us)))(?: there| then| in (?:that|this) "
                             r"(?:\w+ )?(?:bit|part|line|moment|section|stretch))?\W*$|"  # ("... in that soft bit?")
                             # "which number was that?", "what was that word?" after "... says a number. When?"
                             r"^\W*(?:and |so )?(?:which|what)(?: (?:number|numbers|word|words|digit|digits|name) (?:was|is|were|"
                             r"are) (?:that|it|they)|(?:'s| was| is| were| are) (?:that|the|those) (?:number|numbers|word|words|"
                             r"digit|digits|name))\W*$",
                             re.IGNORECASE)


def said_then(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"What does that voice say?" after "When does somebody else come on the line?" ("At 0:50: “6”"), "what's the
    message telling me?" after "what language is that in?": what is said where the answer before was placed (the
    sentences of its span); None for another question, or after a question that was no "when" nor a language's."""
    before = parse_question(previous.question)
    asked_when = (before.when or bool(re.match(r"\W*(?:and |so )?when\b", before.last_sentence))  # "... a number. When?"
                  or bool(_HOW_SAID_THEN.match(previous.question)))  # "how is he speaking there?": the line there
    if (not _WHAT_SAID_THEN.match(question) or not (asked_when or before.language)
            or (m := moments.sentence_at(previous.start)) is None):
        return None
    end = previous.until
    more = [s for s in sorted(moments.spoken.values(), key=lambda s: s.start) if m.end <= s.start < end - 0.1]
    if more:  # the language said from 0:39 to 0:46: both sentences of the message
        m = replace(m, end=more[-1].end, text=" ".join(x.text.strip() for x in [m, *more]))
    q = parse_question(question)
    return Answer(said_text(q, m), m.start, m.end, VOICE_CONFIDENCE, True, [m])


# "Then there's one more voice. What does it say?": the next line after the answer before, by another voice
# ("Then there's one more short word, in another voice. What is it?")
_ONE_MORE_VOICE = re.compile(r"\b(?:one more|another|a (?:new|different|third|second|fourth|further)|someone else's|"
                             r"somebody else's)\s+(?:\w+\s+)?(?:voice|speaker|person|man|woman|guy|lady|word|line)\b"
                             r"(?:[^.?!]*\b(?:another|other|different|new) (?:voice|speaker)\b)?[^.?!]*[.!]\s*"
                             r"(?:and |so )?what (?:(?:does|did|do) (?:it|he|she|they|that voice|the voice|this voice) "
                             r"(?:say|read|read out|tell (?:me|us))|(?:'s|is|was) (?:it|that))\W*$", re.IGNORECASE)


def next_voice(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"Then there's one more voice. What does it say?" after an answer placed in the video: the first sentence said
    after it by a voice other than that answer's (any next sentence where the voices are not told apart), within
    ``SEQUENCE_GAP_S``; None for another question, or when there is none."""
    if not _ONE_MORE_VOICE.search(question):
        return None
    end = previous.until
    before = moments.sentence_at(previous.start)
    later = [m for m in sorted(moments.spoken.values(), key=lambda m: m.start)
             if end - 0.1 <= m.start <= end + SEQUENCE_GAP_S and m is not before
             and not (before is not None and m.speaker is not None and m.speaker == before.speaker)]
    if not later:
        return None
    m = later[0]
    return Answer(said_text(parse_question(question), m), m.start, m.end, VOICE_CONFIDENCE, True, [m])


# "How is he speaking there?", "how does she sound then?": how the line the answer before is in is said
_HOW_SAID_THEN = re.compile(r"^\W*(?:and |so )?how (?:is|was|does|did) (?:he|she|they|it|the (?:\w+ )?(?:voice|speaker|man|"
                            r"woman|guy|lady|reader|narrator)) (?:speak|talk|say|sound)\w*(?: it| that| this)?"
                            r"(?: (?:there|then|now|here|at that point))?\W*$", re.IGNORECASE)


def how_said_then(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"How is he speaking there?" after "After the long silence he comes back, barely audible. When?": how the
    sentence at that answer is said, as the voice's pitch and level tell it: in a whisper (``loudness.whispers``), in a
    raised voice (``voices.raised``), loud or quiet against the speech around (``vidsense.loudness``); None for another
    question, or a line said plainly."""
    if not _HOW_SAID_THEN.match(question) or (m := moments.sentence_at(previous.start)) is None:
        return None
    quiet_lines = said_at_level(moments, "quiet")
    quiet = m in quiet_lines
    if m in whispers(moments, quiet_lines):
        how = "In a whisper (quiet, with no voiced pitch)" if quiet else "In a whisper (no voiced pitch)"
    elif m in raised(moments):
        how = f"In a raised, high voice (about {m.pitch:.0f} Hz, far over the voices around it)"
    elif m in said_at_level(moments, "loud"):
        how = "Loudly (louder than the speech around it)"
    elif quiet:
        how = "Quietly (softer than the speech around it)"
    else:
        return None
    return Answer(f"{how}: \u201c{m.text.strip()}\u201d", m.start, m.end, VOICE_CONFIDENCE, True, [m])


ANYTHING_ELSE = re.compile(r"\b(?:anything|something|what) else\b")


def added_then(q: Question, moments: MomentSet, previous: Turn) -> Answer | None:
    """"Did anything else come with it?", "what else did I get?" (naming nothing) after an answer placed in the video:
    the first sentence after it, to ``SEQUENCE_GAP_S`` on, that says it adds something ("You have ALSO installed a set
    of sample sounds ..."); None when there is none. (A question that names what it asks about, "what else is
    different?", is read as any other, preferring a clause that says "also".)"""
    end = previous.until
    added = [m for m in sorted(moments.spoken.values(), key=lambda m: m.start)
             if end - 0.1 <= m.start <= end + SEQUENCE_GAP_S and ALSO.search(m.text)]
    if not added:
        return None
    m = added[0]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


def told_then(q: Question, moments: MomentSet, previous: Turn) -> Answer | None:
    """"So what should I do?" (what to do, and nothing else named) after an answer placed in the video: the first
    instruction ("please hold", "you must ...") said from where that answer is said to ``SEQUENCE_GAP_S`` after
    it; None when there is none."""
    end = previous.until
    told = [m for m in sorted(moments.spoken.values(), key=lambda m: m.start)
            if m.end > previous.start and m.start <= end + SEQUENCE_GAP_S and INSTRUCTION.search(m.text.lower())]
    if not told:
        return None
    m = told[0]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "What shows me where it is?", "how do I know where it is?", "how will I find it?" after "Left-click the oil pool.":
# what the line before says points it out ("... the oil pool INDICATED BY the radar pulse")
_WHERE_SHOWN = re.compile(r"^\W*(?:and |so )?(?:what|which \w+) (?:shows|tells|marks|indicates|points out|will show|will tell)"
                          r"(?: me| us| you)? where (?:it|that|this|they|those) (?:is|are|was|were)\W*$"
                          r"|^\W*(?:and |so )?how (?:do|can|will|would|should) (?:i|we|you) (?:know|tell|find|see|spot|"
                          r"work out) (?:where (?:it|that|this|they) (?:is|are)|it|them)\W*$"
                          # "how is its location shown to me?", "how will I be shown where it is?"
                          r"|^\W*(?:and |so )?how (?:is|are|will|would) (?:its|their|the) (?:location|position|place|spot) "
                          r"(?:be )?(?:shown|marked|indicated|pointed out|given)(?: to (?:me|us|you))?\W*$")
_POINTED_OUT = re.compile(r"\b(?:indicated|shown|marked|pointed out|highlighted|signalled|signaled|flagged) (?:by|with)\b")


def shown_by(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"What shows me where it is?" after an answer placed in the video: the sentence of that answer, where it says
    what points the thing out ("Then left click the oil pool indicated by the radar pulse."); None for another
    question, or a sentence that says no such thing."""
    if not _WHERE_SHOWN.match(question.lower()) or (m := moments.sentence_at(previous.start)) is None:
        return None
    if not _POINTED_OUT.search(m.text.lower()):
        return None
    return Answer(m.text.strip(), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "And how does he finish that sentence?", "how does that line end?": the end of the sentence the answer before is in
_FINISHES = re.compile(r"^\W*(?:and |so )?(?:how|what) (?:does|did) (?:he|she|they|it|the \w+) (?:finish|end|complete|wrap up|"
                       r"close) (?:that|this|the|his|her|their) (?:sentence|line|thought)\W*$"
                       r"|^\W*(?:and |so )?how (?:does|did) (?:that|this|the) (?:sentence|line|thought) (?:finish|end)\W*$")
_GOES_ON_S = 2.0  # a sentence of the same voice this soon after one that was answered whole goes on with it


def sentence_end(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"And how does he finish that sentence?" after an answer placed in the video: the last clause of the sentence
    that answer is in; where the answer was that whole sentence, the next one said by the same voice within
    ``_GOES_ON_S`` (Whisper ends a sentence at a pause the speaker went on after: "This one Montreal is going to be
    forced. | Very bad a liner, but what are you gonna do?"). None for another question."""
    if not _FINISHES.match(question.lower()) or (m := moments.sentence_at(previous.start)) is None:
        return None
    clauses = moments.clauses.get(m.sentence, [m])
    if previous.end is not None and previous.end >= m.end - 0.1:
        after = [s for s in moments.spoken.values() if 0.0 <= s.start - m.end <= _GOES_ON_S and s.speaker == m.speaker]
        if after:
            clauses = moments.clauses.get(after[0].sentence, [after[0]])
    last = clauses[-1]
    return Answer(last.text.strip(), last.start, last.end, ORDER_CONFIDENCE, True, [last])


# "What's the last one?" after "5 digits: “29340”", "and the second one?" after "8 of Spades, 4 of Clubs, 7 of Hearts":
# an item of the list the answer before gave
_NTH_ONE = re.compile(r"^\W*(?:and |so )?(?:(?:what|which)(?:'s| is| was| one is| one was)? )?the (first|second|third|fourth|"
                      r"fifth|last|final|middle) (?:one|digit|number|card|item|word)\W*$", re.IGNORECASE)
_POINTS_AT_IT = re.compile(r"\b(?:that|this|those|these|he|she|his|her|they|their|it)\b")  # a lead-in about the line
# of the answer before ...
_MOVES_ON = re.compile(r"\b(?:after|next|then|later|afterwards|another)\b")  # ... not one after it
_RUN = re.compile(r"\d{3,}")  # a run of digits said as one number ("29340"): its digits are the items


def nth_of_answer(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"What's the last one?" after "5 digits: “29340”": that item of the list the answer before gave, the digits of
    one run of digits or the parts of a list said with commas, where it has at least two; None for another question
    or any other answer."""
    # (after a lead-in about that line: "That new voice reads out a string of numbers. What's the first one?"; not one
    # that moves on, "Right after, a man reads out some numbers. What's the first one?")
    last = parse_question(question).last_sentence
    lead = question.lower()[:-len(last)] if question.lower().endswith(last) else ""
    asked = _NTH_ONE.match(question) or (_POINTS_AT_IT.search(lead) and not _MOVES_ON.search(lead)
                                          and _NTH_ONE.match(last))
    m = moments.sentence_at(previous.start) if asked else None
    if m is None:
        return None
    runs, numbers = _RUN.findall(m.text), re.findall(r"\d+", m.text)
    # (numbers said apart, "33-4-692": the numbers; one run, "29340": its digits)
    items = (numbers if len(numbers) > 1 and re.fullmatch(r"[\d\s,.-]+", m.text.strip()) else list(runs[0])
             if len(runs) == 1 else [p.strip() for p in re.split(r",|\band\b", m.text.strip(" .!?")) if p.strip()])
    if len(items) < 2 or (item := at_place(items, asked.group(1).lower())) is None:
        return None
    q = parse_question(question)
    return Answer(f"{item} (\u201c{said_text(q, m)}\u201d)", m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "At what time is that word said?", "when is that?", "when does he say that?" after an answer placed in the video:
# when that answer is said
_WHEN_THAT = re.compile(r"^\W*(?:and |so )?(?:when|at what (?:time|point)|what time)\s+(?:is|was|does|did)\s+(?:"
                        r"(?:that|this)(?:\s+(?:very|last|first|final|same|whole|short|one))*"
                        r"(?:\s+(?:word|words|line|sentence|phrase|bit|part|one|number|name|answer))?"
                        r"(?:\s+(?:said|spoken|heard|mentioned|read out|read|happen|say|begin|start|come in|come up|come))?"
                        r"(?:\s+at)?"
                        r"|it(?:\s+(?:said|spoken|heard|mentioned|read out|read|get said))?(?:\s+at)?"
                        r"|(?:he|she|they|it|the \w+) (?:say|mention|read out|read|said) (?:that|it|this)"
                        r"(?:\s+(?:word|words|line|sentence|phrase|bit|part|one|number|name))?)\W*$", re.IGNORECASE)


# "Who reads THAT ONE, a man or a woman?": the line the answer before placed
_THAT_LINE = re.compile(r"\b(?:that|this) (?:one|line|sentence|bit|part|voice)\b|\b(?:says?|said|reads?) (?:it|that|this)\b",
                        re.IGNORECASE)


# "Who's the next caller (the host puts on)?", "who's the second guest?": the next person a host brings on by name
_NEXT_CALLER = re.compile(r"^\W*(?:and |so )?who(?:'s| is| was) (?:the )?(?:next|second|other|following) (?:caller|guest|"
                          r"person on the line|listener)\b|"
                          # "who gets put on air after him?", "who comes on next?"
                          r"^\W*(?:and |so )?who(?:'s| is| was)? (?:gets? |got )?(?:put |brought |comes |came |goes |went )?on "
                          r"(?:air |the air |the line |the phone )?(?:next|after (?:him|her|that|them))\b|"
                          # "who gets put through after him?"
                          r"^\W*(?:and |so )?who(?:'s| is| was)? (?:gets? |got )?(?:put|patched|connected) through "
                          r"(?:next|after (?:him|her|that|them))\b|"
                          # "who does the presenter bring on next?"
                          r"^\W*(?:and |so )?who (?:does|did) (?:the )?(?:presenter|host|he|she) (?:put through (?:next|now)?|"
                          r"(?:bring|put|take|have) on "
                          r"(?:air |the air |the line )?|(?:go|turn|move on|move|switch) to )(?:next|after (?:him|her|that|"
                          r"them))\b", re.IGNORECASE)
# "Sandra Humphreys in South Sea.", "We have Diane from New Jersey", "go ahead, Bob": a name said as it is brought on
# (not "Brian, thank you very much.", the caller before thanked)
_BROUGHT_ON = re.compile(r"^([A-Z][a-z]+(?:\s+[A-Z][\w']+)?)(?:'s)?\s+(?:in|from|at|on)\s+[A-Z]|"
                         r"\b(?:we have|we've got|next is|next up is|over to|go ahead,?|you're on the air,?)\s+([A-Z][a-z]+)")
_CALLER_WITHIN_S = 30.0  # the next caller is brought on this soon after the answer before


def next_caller(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"Who's the next caller the host puts on?" after an answer in the first caller's talk: the first sentence after
    it that brings someone on by name ("Sandra Humphrey's in South Sea."); None for another question or where none
    does."""
    if not _NEXT_CALLER.match(question):
        return None
    after = sorted((m for m in moments.spoken.values() if previous.start < m.start <= previous.until + _CALLER_WITHIN_S),
                   key=lambda m: m.start)
    for m in after:
        if (on := _BROUGHT_ON.search(m.text.strip())) is not None:
            name = (on.group(1) or on.group(2)).removesuffix("'s")
            return Answer(f"{name} (\u201c{m.text.strip()}\u201d)", m.start, m.end, ORDER_CONFIDENCE, True, [m])
    return None


# "And where's she calling from?" after "Sandra Humphries (“Sandra Humphries in South C. ...”)": the place the line the
# answer before placed says she is in
_CALLING_FROM = re.compile(r"^\W*(?:and |so )?where(?:abouts)?(?:'s| is| was| are| were) (?:she|he|they|that caller|"
                           r"the caller) (?:(?:calling|ringing|phoning)(?: in)?|speaking|joining us|on the line)? ?from\W*$",
                           re.IGNORECASE)
_PLACE_SAID = re.compile(r"\b(?:in|from)\s+((?:[A-Z][\w']*\.?)(?:\s+[A-Z][\w']*\.?)?)")


def calling_from(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"And where's she calling from?" after an answer that placed a caller's line: the place that line names after
    "in" or "from" ("South C."); None for another question or where it names none."""
    if not _CALLING_FROM.match(question.strip()) or (m := moments.sentence_at(previous.start)) is None:
        return None
    if (place := _PLACE_SAID.search(m.text)) is None:
        return None
    return Answer(f"{place.group(1).rstrip('.')} (\u201c{m.text.strip()}\u201d)", m.start, m.end, ORDER_CONFIDENCE, True,
                  [m])


# "Which of the two reads that one?", "who of them says that?": one of two voices, told by the voice of that line
_WHICH_OF_TWO = re.compile(r"^\W*(?:and |so )?(?:which|who) of (?:the two|them|those two|the pair|both)\b|"
                           r"^\W*(?:and |so )?who (?:says|said|reads|read) (?:that|this|it)(?: one| line| bit)?\W*$",
                           re.IGNORECASE)


def voice_of_line(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"Who reads that one, a man or a woman?" after "... glue the sheet to something. To what?": the voice of the line
    the answer before is in, by its pitch; None for another question."""
    if not ((asks_man_or_woman(question) or _WHICH_OF_TWO.match(question)) and _THAT_LINE.search(question)):
        return None
    line = moments.sentence_at(previous.start)
    # ("Which of the two reads that one?" of a man and a woman taking turns: the man or the woman, by the pitch)
    asked = question if asks_man_or_woman(question) else "Is it a man or a woman?"
    return None if line is None else man_or_woman_answer(asked, moments, line)


def said_when(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"At what time is that word said?" after "There's a single word on its own at the end. What is it?" ("But"):
    when the answer before is said, and its sentence; None for another question, or an answer before that was not
    something said."""
    if not _WHEN_THAT.match(question.strip()) or (m := moments.sentence_at(previous.start)) is None:
        return None
    m = _own_part(moments, m, previous.start)
    return Answer(said_text(replace(parse_question(question), when=True), m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


def _own_part(moments: MomentSet, sentence: Moment, t: float) -> Moment:
    """The part of ``sentence`` from its clause that starts at ``t`` where that clause is another voice's than the
    sentence's first (Whisper ran two speakers' words into one sentence: "... feature space extraction | feels like
    these days go on forever", 1.4 s apart); else the sentence."""
    clauses = moments.clauses.get(sentence.sentence, []) if sentence.sentence is not None else []
    k = next((k for k, c in enumerate(clauses) if abs(c.start - t) < 0.05), None)
    if not k or clauses[k].speaker is None or clauses[0].speaker is None or clauses[k].speaker == clauses[0].speaker:
        return sentence
    return joined_sentences(clauses[k:])[0]


# "Where in the recording was it read THE FIRST TIME?", "when was that FIRST SAID?", "when did we hear it EARLIER?": where
# the sentence the answer before placed was said before
_FIRST_TIME = re.compile(r"^(?=.*\b(?:it|that|this|that (?:sentence|line|one)|this (?:sentence|line|one))\b)"
                         r"(?=.*\b(?:when|what time|what point|where in the (?:recording|video|clip|audio|file))\b)"
                         r".*\b(?:the first time|first (?:said|read|heard|spoken|come up|came up)|originally|earlier|"
                         r"(?:said|read|heard) (?:it )?first)\b", re.IGNORECASE)


def first_said(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"Where in the recording was it read the first time?" after "The final voice reads a sentence we've already heard.
    Which one?": where the sentence the answer before is in was first said, nearly word for word; None for another
    question, or where it was said only once."""
    if not _FIRST_TIME.match(question.strip()) or (m := moments.sentence_at(previous.start)) is None:
        return None
    before = [s for s in moments.spoken.values() if s.start < m.start - 1e-6 and same_sentence(s.text, m.text)]
    if not before:
        return None
    first = min(before, key=lambda s: s.start)
    return Answer(said_text(replace(parse_question(question), when=True), first), first.start, first.end, ORDER_CONFIDENCE,
                  True, [first, m])


# "Against whom?", "Just before what?", "Go where, exactly?", "In which region?": a word or two of the answer before (a
# preposition, a verb) and the question word that asks what follows them there
_COMPLETES = re.compile(r"^\W*(?:and |so |but )?((?:[a-z']+ )?[a-z']+),? (?:what|whom|who|where|which \w+)"
                        r"(?:,? exactly)?\W*$", re.IGNORECASE)
_SAID_AS = {"onto": ("on", "to"), "into": ("in", "to"), "upon": ("on",), "towards": ("to", "toward"),
            "toward": ("to", "towards")}
_NOT_COMPLETING = frozenset("is was are were do does did and so but then the a an that this".split())


def completed(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"Against whom?" after "He began a confused complaint against the wizard ..." was the answer: the sentence that
    answer is in from where it says the question's words ("against the wizard who had vanished ..."); None for another
    question, or where the answer's sentence does not say them."""
    asked = _COMPLETES.match(question.strip())
    if asked is None or (m := moments.sentence_at(previous.start)) is None:
        return None
    wanted = words(asked.group(1))
    if not wanted or wanted[0] in _NOT_COMPLETING:
        return None
    said, spans = words(m.text), word_spans(m.text)
    # ("onto what?" of "glue the sheet TO the dark blue background": a preposition said as a shorter one)
    forms = [wanted] + [[short] + wanted[1:] for short in _SAID_AS.get(wanted[0], ())]
    at = next((k for form in forms for k in range(len(said) - len(form) + 1) if said[k:k + len(form)] == form), None)
    if at is None or at + len(wanted) >= len(said):
        return None  # not said there, or said last: nothing follows it
    part = part_of(m, spans[at][0])
    return Answer(part.text.strip(), part.start, m.end, ORDER_CONFIDENCE, True, [m])


# "What's the lecturer's reaction to that idea?", "how does he react to that?", "and her response?"
_REACTION = re.compile(r"^\W*(?:and |so )?(?:what(?:'s| is| was) (?:(?:the|his|her|their) )?(?:[\w']+(?:'s|s') )?"
                       r"(?:reaction|response|reply|comeback|retort|verdict|take)(?: (?:to|on) (?:that|this|it)(?: \w+)?)?"
                       r"|how (?:does|did) (?:he|she|they|the \w+) (?:react|respond|reply)(?: to (?:that|this|it)(?: \w+)?)?"
                       r"|(?:and )?(?:his|her|their|the \w+'s) (?:reaction|response|reply))\W*$", re.IGNORECASE)
_REACTS_WITHIN_S = 5.0  # a reaction follows the line it answers this soon at most


def reaction(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"What's the lecturer's reaction to that idea?" after "... argues for a 4% global wealth tax": the sentence said
    next, within ``_REACTS_WITHIN_S`` of that answer ("Well, good luck with that."); None for another question."""
    if not _REACTION.match(question.strip()):
        return None
    if (m := moments.said_after(previous.until, _REACTS_WITHIN_S, early=0.05)) is None:
        return None
    return Answer(m.text.strip(), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "She's against it. Why?", "what's her reason?", "how come?": the reason the talk gives next, asked of no thing
_WHY_ALONE = re.compile(r"(?:^|[.!?]\s+)\W*(?:and |so |but )?(?:why(?: (?:is|was) (?:that|it|this|so))?|how come|"
                        r"what(?:'s| is| was) (?:his|her|their|the) (?:reason|reasoning|argument|justification)"
                        r"(?: for (?:it|that|this))?|for what reason|on what grounds|what (?:reason|reasons|argument|"
                        r"justification|explanation) (?:does|did) (?:he|she|they|the \w+) give(?: at first| first| for "
                        r"(?:it|that|this))?)\W*$", re.IGNORECASE)
# (not answer_checks' _GIVES_CAUSE, whose "so" and "reason" a talk says in lines that give none: "So they're not ...")
_CAUSE_SAID = re.compile(r"\b(?:because|'cause|cos|since|due to|owing to|the reason)\b", re.IGNORECASE)
_REASON_WITHIN_S = 20.0  # a reason follows the answer before this soon at most


def reason_given(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"She's against it. What's her reason?" after "where's Sandra calling in from?" ("Sandra Humphries in Southsea."):
    the first sentence from that answer on, within ``_REASON_WITHIN_S``, that gives a cause ("No, I don't think they
    should get it because it is milder out there"); None for another question or where none does."""
    if not _WHY_ALONE.search(question.strip()):
        return None
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    m = next((s for s in said if previous.start - 0.05 <= s.start <= previous.start + _REASON_WITHIN_S
              and _CAUSE_SAID.search(s.text)), None)
    if m is None:
        return None
    return Answer(m.text.strip(), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "Until when?", "since when?" after a line that says it: the words from "until" ("... until I finish writing, but ...")
_UNTIL_WHEN = re.compile(r"^\W*(?:and |so |but )?(until|till|up until|since) when\W*$", re.IGNORECASE)
_UNTIL = r"until|till|'til|up to"  # how a line says it ("since when?" is said with "since")
_PHRASE_END = re.compile(r"[,.;!?]|\s(?:but|and|so|because|then|or)\s")


def until_when(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"Until when?" after "what doesn't he have to do yet?" ("Can you just remind me I don't have to tick the note ...
    until I finish writing but ..."): the words from "until" in the answer before's sentence to the end of their phrase;
    None for another question or where that sentence says no "until"."""
    if not (asked := _UNTIL_WHEN.match(question.strip())) or (m := moments.sentence_at(previous.start)) is None:
        return None
    said_with = "since" if asked.group(1).lower() == "since" else _UNTIL
    if not (said := re.search(rf"\b(?:{said_with})\b", m.text, re.IGNORECASE)):
        return None
    end = _PHRASE_END.search(m.text, said.end())
    part = part_of(m, said.start(), end.start() if end else None)
    return Answer(part.text.strip(), part.start, m.end, ORDER_CONFIDENCE, True, [m])


# "And what's it called?", "what's the book called?", "what's its title?" after a line that names the thing
_CALLED = re.compile(r"^\W*(?:and |so )?(?:what(?:'s| is| was) (?:it|that|the (\w+)) (?:called|named|titled)|"
                     r"what(?:'s| is| was) (?:its|the) (?:name|title)(?: of (?:it|that|the (\w+)))?)\W*$", re.IGNORECASE)
_CALLED_NEXT_S = 2.0  # the next sentence, this soon after, may name the thing


def called_then(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"And what's it called?" after "whose book gets brought up?" ("Thomas Piketty, in his book, | Capital in the 21st
    century, argues ..."): the words said right after the thing (the noun the question names, or else one the question
    before asked about) in the answer before's sentence, to the next comma (or the next sentence, where that one ends
    on it); None for another question, or where the sentence does not say the thing."""
    asked = _CALLED.match(question.strip())
    if asked is None or (first := moments.sentence_at(previous.start)) is None:
        return None
    noun = asked.group(1) or asked.group(2)
    things = {stem(noun)} if noun else parse_question(previous.question).topic
    # (in that sentence, or the next where the answer trails off: "Thomas Piketty in his..." | "a book, capital in ...")
    after = moments.said_after(first.end, _CALLED_NEXT_S)
    at, m = next(((t, s) for s in (first, after) if s is not None for t in re.finditer(r"[A-Za-z']+", s.text)
                  if stem(t.group(0).lower()) in things), (None, first))
    if at is None:
        return None
    rest = m.text[at.end():]
    name = re.split(r"[,.;!?]", rest.lstrip(" ,:"), maxsplit=1)[0].strip()
    if not name:
        return None
    begins = m.text.index(name, at.end())
    part = part_of(m, begins, begins + len(name))
    return Answer(f"{name} (\u201c{m.text.strip()}\u201d)", part.start, m.end, ORDER_CONFIDENCE, True, [m])


# "And then?", "and once he gets there, what does he do?" after "Up to 5, then back down to 1 (...)": what the count does
# next
_THEN_WHAT = re.compile(r"^\W*(?:and )?(?:then what|and then|what then|what next|what happens (?:then|next)|"
                        r"(?:once|when|after) (?:he|she|they) (?:gets?|got|reach(?:es)?|reached) (?:there|that far|that number|"
                        r"to (?:it|\w+))\b,? what (?:does|did|do) (?:he|she|they) do(?: then| next)?|"
                        # "and after reaching it?"
                        r"(?:then )?(?:after|once) (?:reaching|getting to|hitting) (?:it|that|there|that number|the top|\w+))\W*$",
                        re.IGNORECASE)
_COUNTED_BACK = re.compile(r"^Up to (\w+), then back down to (\w+) \(")


def count_goes_on(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"And then?" after a count that goes up and back down ("Up to 5, then back down to 1 (...)"): that it goes back
    down, where it does; None for another question or answer before."""
    told = _COUNTED_BACK.match(previous.answer)
    if not (told and _THEN_WHAT.match(question.strip())) or (m := moments.sentence_at(previous.start)) is None:
        return None
    if (top := number_value(told.group(1))) is None:
        return None
    for line in (m, next_said(moments, m)):  # (the count may go back down in the next sentence)
        if line is None:
            continue
        said = list(re.finditer(r"\w+", line.text))
        # where the count turns: the top followed by the number below it ("... 4 5 | 5 4 3 2 1", "... four five | Five,
        # four ...")
        at = next((a.start() for a, b in zip(said, said[1:]) if number_value(a.group(0)) == top and number_value(b.group(0)) == top - 1),
                  None)
        if at is not None:
            part = part_of(line, at)
            return Answer(f"Counts back down to {told.group(2)} (\u201c{line.text[at:].strip()}\u201d)", part.start,
                          line.end, ORDER_CONFIDENCE, True, [line])
    return None
