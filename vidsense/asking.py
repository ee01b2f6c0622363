"""A question as a user asks it, answered: lead-ins, follow-ups and loudness around ``vidsense.qa``.

``vidsense.qa.answer_question`` answers one parsed question from a video's moments. People ask more loosely:
after a sentence of their own ("Then two women get on the line. Where's Diane calling from?"), about the answer
before ("and the other woman, where does she live?", "for how long?", "what does that voice say?"), or about a
line by how loud it is said ("One line is shouted. How far am I told to go?"). ``ask`` reads the question that
way, with the turn before it (``vidsense.conversation``, ``vidsense.follow_ups``, ``vidsense.same_voice``), and
asks ``answer_question`` what is left; ``ask_folder`` does it for a folder written by ``vidsense analyze``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from vidsense.answer import Answer, said_text
from vidsense.answer_checks import KEY_HEADS, says_what_is_asked
from vidsense.categories import category_of
from vidsense.conversation import (NEAR_AFTER_S, NEAR_BEFORE_S, NEXT_LINE, REFERS_TO_ANSWER, Turn, around, beside,
                                   direction, fragment, from_answer, near, other_than, stripped, talk_of, with_lead_in,
                                   without)
from vidsense.follow_ups import (ANYTHING_ELSE, added_then, called_then, calling_from, completed, count_goes_on,
                                 first_said, how_said_then, next_caller, next_voice, nth_of_answer, reaction, reason_given,
                                 said_then, said_when, sentence_end, shown_by, told_then, until_when, voice_before,
                                 voice_of_line)
from vidsense.languages import with_original
from vidsense.loudness import loudness_asked, said_at_level, without_loudness
from vidsense.menu_answers import NAMES_KEY
from vidsense.moments import Moment, MomentSet
from vidsense.picture_answers import PEOPLE_STEMS
from vidsense.qa import TO_DO, answer_question, filled_in
from vidsense.reader import TranscriptReader
from vidsense.said_order import NUMBER_NOUNS, RESUMES, UTTERANCE, sign_off
from vidsense.same_voice import same_voice
from vidsense.spelled import gives_call_sign
from vidsense.questions import (BARE_WHAT, SILENCE_ANCHOR, SILENCE_WORDS, WRONG_WITH, Question, TimeRef, parse_question,
                                question_proper)
from vidsense.text import NUMBER_WORDS, SMALL_NUMBERS, content_stems, misheard, stem

__all__ = ["ask", "ask_folder"]


def ask_folder(folder: Path, question: str, embedder=None, reader: TranscriptReader | None = None,
               previous: Turn | None = None) -> dict:
    """Answer ``question`` about the video analysed into ``folder`` (by ``vidsense analyze`` or a job);
    ``reader``: see ``answer_question``; ``previous``: see ``ask``."""
    import json

    from vidsense.embedding import question_embedder

    folder = Path(folder)
    moments = MomentSet.load(folder)
    duration = float(json.loads((folder / "media.json").read_text())["duration"])
    embedder = embedder or question_embedder()
    return ask(question, moments, lambda text: embedder.embed([text])[0], duration, reader, previous).to_dict()


def ask(question: str, moments: MomentSet, embed, duration: float, reader: TranscriptReader | None = None,
        previous: Turn | None = None) -> Answer:
    """Answer ``question`` (``embed(text) -> [384]``: the question embedder). ``previous``: the turn asked just
    before about the same video, for a follow-up question ("what should I click on next after that?", "and
    where does the other woman live?", "for how long?": ``vidsense.conversation``); a question its reading
    finds nothing for is answered as if asked alone.

    The readings are tried in order, the first that answers wins: the line a lead-in says opens with a word, the
    same voice or not, a sign-off, then the follow-up readings (``_as_follow_up``); else the question asked alone,
    which a follow-up may still move to where the conversation is (``_where_conversation_is``)."""
    question = question_last(question)
    for reading in (_by_opening_line, _by_voice, _by_sign_off, _as_follow_up):
        if (answer := reading(question, moments, embed, duration, reader, previous)) is not None:
            return answer
    said = _ask(question, moments, embed, duration, reader)
    if previous is None or not previous.placed:
        return said
    if (_same_speaker(question, previous) and not parse_question(question).either  # ("which does he bring up first, oil or
            # missions?" asks of all he says)
            and not _MOVES_ON.search(question)  # ("he goes quiet for a good while after that. When does he speak next?")
            and (talk := talk_of(moments, previous)) is not None and not _said_in(said, talk)):
        # "What's HIS call sign?" after "another station comes on. When?": that station's, if it gives one (unless the
        # answer moved to where the conversation is lies in that talk already: "Counting: up to 10 (...)")
        moved = _where_conversation_is(said, question, moments, embed, duration, reader, previous)
        if moved.found and _said_in(moved, talk):
            return moved
        there = _ask(question, talk, embed, duration, reader)
        return there if there.found else moved
    return _where_conversation_is(said, question, moments, embed, duration, reader, previous)


def _said_in(answer: Answer, talk: MomentSet) -> bool:
    """Whether ``answer`` was found inside the talk ``talk`` (moments in time order)."""
    return (answer.found and answer.start is not None
            and talk.moments[0].start - 0.5 <= answer.start <= talk.moments[-1].end)


def _by_opening_line(question: str, moments: MomentSet, embed, duration: float, reader: TranscriptReader | None,
                     previous: Turn | None) -> Answer | None:
    """"The next line starts with 'unless'. Which two traits does it name?": asked about that line, and answered by
    it when it says the kind of thing asked ("unless to be rather cold-hearted and rather selfish ...")."""
    if (opened := _line_opening(question, moments, previous)) is None:
        return None
    said = _ask(question, moments, embed, duration, reader, Turn(question, opened.text, opened.start, opened.end),
                tight=True)
    if said.found:
        return said
    if says_what_is_asked(q := _unpointed(question), opened.text):
        return with_original(Answer(said_text(q, opened), opened.start, opened.end, _LEVEL_CONFIDENCE, True,
                                    [opened]), moments)
    return None


def _by_voice(question: str, moments: MomentSet, embed, duration: float, reader: TranscriptReader | None,
              previous: Turn | None) -> Answer | None:
    """"Does the same person say both of them?", "is it the same man who has the cold?"."""
    return same_voice(question, moments, previous)


def _by_sign_off(question: str, moments: MomentSet, embed, duration: float, reader: TranscriptReader | None,
                 previous: Turn | None) -> Answer | None:
    """"How does he sign off?" -> "Alright, thanks." (in the talk the answer before was in)."""
    return sign_off(question, moments, previous.start if previous is not None and previous.placed else None)


def _as_follow_up(question: str, moments: MomentSet, embed, duration: float, reader: TranscriptReader | None,
                  previous: Turn | None) -> Answer | None:
    """A question about the line the answer before placed, or the one next to it (``vidsense.follow_ups``), a choice
    between what that answer says, a question placed from it (``_after_turn``), or one about the thing it named;
    None where none of these reads it, or none finds an answer."""
    if previous is None or not previous.placed:
        return None
    if (voice := voice_before(question, moments, previous) or said_then(question, moments, previous)
            or next_voice(question, moments, previous) or how_said_then(question, moments, previous)
            or shown_by(question, moments, previous) or sentence_end(question, moments, previous)
            or nth_of_answer(question, moments, previous) or said_when(question, moments, previous)
            or first_said(question, moments, previous) or next_caller(question, moments, previous)
            or calling_from(question, moments, previous)
            or completed(question, moments, previous) or reaction(question, moments, previous)
            or reason_given(question, moments, previous) or until_when(question, moments, previous)
            or called_then(question, moments, previous)
            or count_goes_on(question, moments, previous) or voice_of_line(question, moments, previous)) is not None:
        return voice
    if (counted := _counted_again(question, previous)) is not None:
        # "How many times does he say it?" after "VK5QI (“This is Victor Kilo 5 ...”)": the call sign, counted
        said = _ask(counted, talk_of(moments, previous) or moments, embed, duration, reader)
        if said.found:
            return said
    own = parse_question(question)
    if (_FROM_THEN.match(question) and _AFTER_SILENCE.search((own.reworded or question).lower())
            and not _NTH_SILENCE.search(question)):
        # "Then it's silent for a good while. At what point does somebody speak again?" after an answer at 0:17: the
        # silence after that answer (the first long one in the video may come before it)
        later = _ask(question, from_answer(moments, previous), embed, duration, reader)
        if later.found and later.start is not None and later.start > previous.start:
            return later
    if own.choice and _POINTS_BACK.search(question):
        # "Is that just for this one call, or for good?" after "what happens to the caller if I dial two?": which of
        # the two the answer before says ("... now and forevermore"), not the first line that says one
        chosen = _ask(question, moments, embed, duration, reader, previous, tight=True)
        if chosen.found:
            return chosen
    followed = _after_turn(question, moments, embed, duration, reader, previous)
    if followed is not None and followed.found:
        return followed
    if (not own.topic and not own.when and own.kind == "speech" and _THING_BACK.search(question)
            and direction(question) is None  # ("what does he say right BEFORE THAT?": the line before it)
            and not _ELSE.search(question)):  # ("what ELSE did I get along with it?": not the answer before)
        # "What can I do with it now?" after "which weapon does it say has been researched?" ("The researched
        # machine gun can be used to design a new vehicle"): what is said of it, there; of him, in his talk ("who is
        # this second one calling?" after "a different operator comes on. When?")
        said = _ask(question, moments, embed, duration, reader, previous, tight=True)
        if (_same_speaker(question, previous) and (talk := talk_of(moments, previous)) is not None
                and not _said_in(said, talk)):
            there = _ask(question, talk, embed, duration, reader, previous, tight=True)
            said = there if there.found else said
        if said.found:
            return said
    return None


# "How many times does he say it?", "how often is that said?": the answer before, counted
_HOW_OFTEN_IT = re.compile(r"^\W*(?:and |so )?how (?:many times|often) (?:does|did|do|is|was) (?:he|she|they|it|that|this)?\s*"
                           r"(?:say|said|give|given|repeat|repeated|mention|mentioned|read|call|called)?\s*(?:it|that|this)?"
                           r"(?: out)?(?: again)?(?: said| given| repeated| mentioned)?\W*$", re.IGNORECASE)


def _counted_again(question: str, previous: Turn) -> str | None:
    """"How many times does he say it?" after a call sign answered: the question that counts it ("How many times does he
    give his call sign?"), or, after a word or two in quotes (a repeated phrase), the one that counts them; None for
    another question or answer."""
    if not _HOW_OFTEN_IT.match(question) or not previous.found:
        return None
    if gives_call_sign(previous.answer):
        return "How many times does he give his call sign?"
    quoted = re.match(r"\W*\u201c([^\u201d]{2,40})\u201d", previous.answer)
    return f"How many times is \u201c{quoted.group(1)}\u201d said?" if quoted else None


def _where_conversation_is(said: Answer, question: str, moments: MomentSet, embed, duration: float,
                           reader: TranscriptReader | None, previous: Turn) -> Answer:
    """A follow-up's answer as asked alone (``said``), moved to where the conversation is: of two answers about as
    good, the one near the answer before; where alone finds nothing, the next line, or the question asked around
    the answer before."""
    if (said.found and _CONTINUES.search(question)
            and not (previous.start - NEAR_BEFORE_S <= said.start <= previous.until + NEAR_AFTER_S)):
        # "And what does clicking there kick off?" after "Position the square at your base,": of answers about as good
        # ("Then left-click the oil pool ..." at the start), the one where the conversation is ("then left-click to
        # start the build process")
        there = _ask(question, moments, embed, duration, reader, previous)
        if (there.found and there.confidence >= said.confidence - _SAME_CONFIDENCE and said.evidence and there.evidence
                and said.evidence[0].source == there.evidence[0].source == "transcript"):
            return there
    if said.found:
        return said
    if (line := _next_line(question, moments, previous)) is not None:
        return line
    if _POINTS_BACK.search(question):
        # "What are those meant to help me do?" after "... sample sounds and configuration files that should help you
        # get started": what the answer before is about, asked in words too vague to find it alone
        placed = _ask(question, moments, embed, duration, reader, previous)
        if placed.found:
            return placed
    return said


# "Who is THAT ONE calling?", "what's HIS call sign?": the speaker of the answer before
_SAME_SPEAKER = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself|that one|this one|that (?:guy|man|woman|lady|voice|"
                           r"station|caller|speaker|operator))\b", re.IGNORECASE)
# "Who is THIS SECOND ONE calling?", "what does THAT SECOND OPERATOR keep calling?" after "... a different operator comes on.
# When?": the one the answer before found (not "what's that second guy doing?" after a question about the first)
_THAT_NEW_ONE = re.compile(r"\bth(?:at|is) (?:second|other|new|next|latest) (?:one|guy|man|woman|lady|voice|station|caller|"
                           r"speaker|operator)\b", re.IGNORECASE)
_NEW_ONE_ASKED = re.compile(r"\b(?:different|another|second|new|next|other) (?:one|guy|man|woman|lady|voice|station|caller|"
                            r"speaker|operator|person|ham)\b", re.IGNORECASE)


def _same_speaker(question: str, previous: Turn) -> bool:
    """Whether ``question`` asks about the speaker the answer before found: "his", "that one", or "this second one"
    after a question that brought a second one in."""
    return bool(_SAME_SPEAKER.search(question)
                or (_THAT_NEW_ONE.search(question) and _NEW_ONE_ASKED.search(previous.question)))
# "He goes quiet for a good while after that. When does he speak NEXT?": a question that leaves the talk asked about
_MOVES_ON = re.compile(rf"\b(?:next|again|later|afterwards|{'|'.join(SILENCE_WORDS)}|silences)\b", re.IGNORECASE)
# A question placed after a silence ("... after a long silence, when ...?"), and one that counts silences from the start
_AFTER_SILENCE = re.compile(rf"\b(?:after|following)\s+(?:(?:the|a|that|this|his|her|another)\s+)?(?:[a-z]+\s+){{0,2}}?"
                            rf"(?:{'|'.join(SILENCE_WORDS)}|silences)\b")
_FROM_THEN = re.compile(r"^\W*(?:and |so )?(?:then|after that|after this|next|later|following that)\b", re.IGNORECASE)
_NTH_SILENCE = re.compile(r"\b(?:first|second|third|fourth|last|final|longest|shortest|longer|shorter)\b[^.?!]{0,20}?"
                          r"\b(?:silence|pause|gap|break|lull|quiet)", re.IGNORECASE)


# "How can I get out of it? | She mentions two ways.": what the asker adds after the question proper
_AFTERWORD = re.compile(r"^(.*\?)\s+([^?]+[.!])\s*$", re.DOTALL)


# "Did the connection work, then? | What does she say?": a question, then the asker asking for the words of its answer
_SAY_TAIL = re.compile(r"^(.*\?)\s+(?:and |so )?what (?:does|did) (?:she|he|it|they|the \w+) say(?: about it| to that)?\?\s*$",
                       re.IGNORECASE | re.DOTALL)


def question_last(question: str) -> str:
    """The question with what the asker says after it put before it, as a lead-in: "How can I get out of it? She
    mentions two ways." is asked as "She mentions two ways. How can I get out of it?"; "Did the connection work,
    then? What does she say?" as "Did the connection work, then?" (the words of its answer are what is served)."""
    if m := _SAY_TAIL.match(question.strip()):
        return m.group(1)
    m = _AFTERWORD.match(question.strip())
    return f"{m.group(2)} {m.group(1)}" if m else question


# "The next line STARTS WITH unless.", "a sentence beginning with 'so'": the line that opens with that word
_STARTS_WITH = re.compile(r"\b(?:line|sentence|part|bit|one|clause|phrase)\s+(?:that\s+)?(?:starts|begins|opens)\s+with\s+"
                          r"(?:the\s+word\s+)?[\"'\u201c\u2018]?([a-z]+)\b", re.IGNORECASE)


def _line_opening(question: str, moments: MomentSet, previous: Turn | None) -> Moment | None:
    """The clause a lead-in says a line starts with a word ("the next line starts with unless"): the first that does
    (after the answer before, for "the next line"); None where the question names no opening word or no clause opens
    with it."""
    if not (asked := _STARTS_WITH.search(question)):
        return None
    word = asked.group(1).lower()
    after = previous.start if previous is not None and previous.placed and NEXT_LINE.search(question.lower()) else None
    lines = sorted((moments.moments[i] for i in moments.of("transcript")
                    if re.match(rf"\W*{re.escape(word)}\b", moments.moments[i].text, re.IGNORECASE)), key=lambda m: m.start)
    return next((m for m in lines if after is None or m.start > after), None)


def _unpointed(question: str) -> Question:
    """The question without its words that point at the turn before, nor those of loudness ("The next line is quiet.
    What ...?" -> "What ...?")."""
    return parse_question(without_loudness(stripped(question)) or stripped(question))


def _next_line(question: str, moments: MomentSet, previous: Turn) -> Answer | None:
    """"The next line has a catch. What does it hint he really was?", where neither it nor the whole video says the
    asker's words: the line said right after the answer before, when it says the kind of thing asked. None for a
    question that names no next line."""
    if not NEXT_LINE.search(question.lower()):
        return None
    q = _unpointed(question)
    line = around(replace(q, topic=frozenset()), moments, previous, "after")
    return with_original(line, moments) if line is not None and says_what_is_asked(q, line.evidence[0].text) else None


# "And for accounting?", "what about to reach an operator?": another option of the menu the answer before gave a key of
_ANOTHER_OPTION = re.compile(r"^\W*(?:and|so|what about|how about|and what about)\s+((?:for|to)\s+[^?.!]+?)\W*$",
                             re.IGNORECASE)
# "Which card is that?", "what number was it?": the thing the answer before placed
_WHICH_IS_THAT = re.compile(r"^\W*(?:and\s+|so\s+)?(?:which|what)\s+(?:\w+\s+){0,2}?(?:is|was)\s+(?:that|this|it)"
                            r"(?:\s+(?:on|in|under|at|for))?\W*$",  # ("which number is that ON?")
                            re.IGNORECASE)
_ELSE = re.compile(r"\b(?:else|other|another|also|too)\b", re.IGNORECASE)
# "What can I do WITH IT now?", "what does she say THAT'S just like?", "what do THEY mention?": a question with no word of
# its own about what the answer before named (not "he", "she": a speaker; nor "he warns THAT ...")
_THING_BACK = re.compile(r"\b(?:it|this|those|these|them|they)\b|\bthat(?:'s| is| was)\b|\b(?:with|about|to|for|of|on|in|"
                         r"after|before) that\b", re.IGNORECASE)
# "And what does clicking THERE kick off?": a question that goes on from the answer before (not "there's a ...")
_CONTINUES = re.compile(r"\b(?:it|that|this|those|these|they|them|he|she|him|her|then)\b|\bthere\b(?!'s| is| are| was| were)|"
                        r"^\W*(?:and|so|then|but)\b", re.IGNORECASE)
_SAME_CONFIDENCE = 0.05  # answers this close in confidence are about as good
# "What are THOSE meant to help me do?": a question about what the answer before is about
_POINTS_BACK = re.compile(r"\b(?:it|that|this|those|these|they|them|he|she|him|her|there)\b", re.IGNORECASE)
# "Which language is IT?", "what language is THAT?", "what language is SHE speaking?": the speech of the answer before
_REFERS_BACK = re.compile(r"\b(?:it|that|this|he|she|they|there|then)\b", re.IGNORECASE)


def _after_turn(question: str, moments: MomentSet, embed, duration: float, reader: TranscriptReader | None,
                previous: Turn) -> Answer | None:
    own = parse_question(question)
    # (a question with an anchor of its own, "after placing the square, what do I click next?", is not one)
    if own.sequence is None and (where := direction(question)) is not None:
        q = _unpointed(question)
        if q.kind != "speech":
            return None
        if (echo := filled_in(q, moments)) is not None:
            return echo  # "Then he might have been made still more what?": "then" as "in that case", the line said so
        if q.listed:  # "right after that, two numbers are said on their own. Which ones?": all of them, said there
            there = replace(q, time=beside(previous, where))
            said = answer_question(there, moments, embed(q.embedded), duration, reader)
            return said if said.found else None
        said = around(q, moments, previous, where)
        return None if said is None else with_original(said, moments)
    q = own
    if q.language and q.time is None and not q.other_language and _REFERS_BACK.search(question):
        # "which language is it?" after "when does it switch to another language?": the language said there
        said = answer_question(replace(q, time=_answered_at(previous)), moments, embed(q.embedded), duration, reader)
        return said if said.found else None
    if TO_DO.match(q.form) and not q.topic and (told := told_then(q, moments, previous)) is not None:
        return told  # "So what should I do?" after "all representatives are busy": "Please hold ..."
    if ANYTHING_ELSE.search(q.form) and not q.topic and (added := added_then(q, moments, previous)) is not None:
        return added  # "Did anything else come with it?" after "what did I install?": "You have ALSO installed ..."
    if _WHICH_IS_THAT.match(question) and q.time is None:
        # "which card is that?" after "... someone starts reading out cards. When?": the one said there
        said = answer_question(replace(q, time=_answered_at(previous)), moments, embed(q.embedded), duration, reader)
        # (the one number said there, as itself: "two (“... click two.”)")
        return _number_there(q, moments, previous) or (said if said.found else None)
    if other_than(question) and not SILENCE_ANCHOR.search((q.reworded or question).lower()):
        # "and the other woman, where does she live now?": not where the first one does (but "after the long silence
        # someone else says something", or "... a long stretch of nothing. At what point does another voice come on?", is
        # placed by its silence, not by the answer before)
        return _ask(question, without(moments, previous), embed, duration, reader, previous)
    if (another := _ANOTHER_OPTION.match(question)) and NAMES_KEY.search(previous.answer.lower()):
        # "And for accounting?" after "What if I want to speak with a customer advocate?" ("... press 2"): the key of
        # that option
        said = _ask(f"What do I press {another.group(1)}?", moments, embed, duration, reader)
        return said if said.found else None
    if not q.when and not q.language and fragment(question):
        # a fragment that names nothing: "For how long?", "Why?", "Which way?" (not "how do I get out of it?", "who's the
        # host?")
        return _ask(with_lead_in(question, previous), moments, embed, duration, reader, previous,
                    tight=bool(REFERS_TO_ANSWER.search(question)))
    return None


_NUMBER_ASKED = frozenset(stem(w) for w in "number digit key button option".split())
_NUMBER_SAID = re.compile(rf"\b(?:\d+|{'|'.join(SMALL_NUMBERS[:13])})\b", re.IGNORECASE)


def _number_there(q: Question, moments: MomentSet, previous: Turn) -> Answer | None:
    """"Which number is that on?" after "when does she get to the option for technical support?" ("... for the
    technical support, click two."): the one number said in the sentence the answer before placed; None where it says
    none or several, or the question asks for no number."""
    if q.which not in _NUMBER_ASKED or (m := moments.sentence_at(previous.start)) is None:
        return None
    said = _NUMBER_SAID.findall(m.text)
    if len(said) != 1:
        return None
    return Answer(f"{said[0]} (\u201c{m.text.strip()}\u201d)", m.start, m.end, _LEVEL_CONFIDENCE, True, [m])


def _answered_at(previous: Turn) -> TimeRef:
    """Where the answer before is said."""
    return TimeRef(previous.start, previous.until)


def _ask(question: str, moments: MomentSet, embed, duration: float, reader: TranscriptReader | None = None,
         near_turn: Turn | None = None, tight: bool = False) -> Answer:
    """Answer ``question`` as asked alone (preferring what is said around ``near_turn``'s answer, when given).
    (``tight``: around it narrowly, for a fragment about what it named: ``conversation.near``.)
    A question that finds nothing with what the asker says before it is asked again alone, when alone it asks
    about the speech and names what it asks about (``_refers``), or follows an aside that places nothing
    (``_aside``: "Turns out they have something in common. Where are they both originally from?"): "Then two
    women get on the line. Where's Diane
    calling from?" is answered as "Where's Diane calling from?" ("This is Diane in New Jersey."), whose lead-in
    words ("two", "women", "line") are not said; "It's very quiet at the end. Is there any restriction on when I
    can move the delivery point?" asks about what is said, not about a sound. At least half of its answer, and
    two words, must be news to the asker (see below). A line the question says is said loud or quiet is looked
    for among the lines said so (``_at_level``)."""
    if (leveled := _at_level(question, moments, embed, duration, reader)) is not None:
        return leveled
    q = parse_question(question)
    if near_turn is not None:
        q = near(q, near_turn, tight)
    said = answer_question(q, moments, embed(q.embedded), duration, reader)
    if said.found or (proper := question_proper(question)) is None:
        return said
    alone = parse_question(proper)
    if near_turn is not None:
        alone = near(alone, near_turn, tight)
    lead_in = question[:at] if (at := question.rfind(proper)) >= 0 else ""
    if alone.kind != "speech" or BARE_WHAT.search(proper.lower()) or not (
            _refers(alone, proper) or (not alone.when and _MANNER_LEAD_IN.match(lead_in)) or _aside(lead_in, alone)):
        # ("In one street shot there's something leaning against a wall. What is it?": alone, "What is it?" names nothing
        # to look for, and any line would answer it)
        return said  # (where the shouted or quiet line is, its loudness would tell: not measured)
    again = answer_question(alone, moments, embed(alone.embedded), duration, reader)
    said_by = content_stems(again.answer)
    new = {w for w in said_by - q.stems if not misheard(w, q.stems)}
    # "... How many thoughts does he have?": "I have a THOUSAND thoughts about that thing" (the number is the news)
    counted = alone.wants_number and any(w.isdigit() or w in NUMBER_WORDS for w in new)
    # "This is a phone call I recorded. What's the name of the woman in New Jersey?": the name is the news ("This is
    # Dianne and New Jersey.")
    named = alone.wants_name and any(stem(w.lower()) in new for w in re.findall(r"(?<=\w )[A-Z][a-z]+", again.answer))
    # (a short answer needs one: "I rang a company and got this recording. What does she welcome me to?" ->
    # "Welcome to the directory,")
    rest = said_by - (alone.stems - content_stems(lead_in))  # (the words of the question proper alone are its own: "Two
    # people take turns reading sentences here. What slid on the smooth planks?" -> "The birch canoe slid on the smooth
    # planks.", whose news is "birch canoe")
    if not again.found or (len(new) < max(1 if len(rest) <= 3 else 2, len(rest) / 2) and not (counted or named)):
        # half of it at least, and two words, must be news to the asker: "He says not to ask what your country
        # can do. So what should we ask instead?" is not answered by "Ask not what your country can do for
        # you!", nor "She says 'pity the world'. Pity the world, or else what?" by "Hitty the world."
        return said
    return again


# The words a question about a loud or quiet line may ask with about the line alone ("when does THAT START?")
_LINE_STEMS = frozenset(stem(w) for w in """line lines one voice sentence bit part speaker someone somebody start starts
begin begins come comes kick kicks said say says happen happens""".split()) | UTTERANCE
_LEVEL_CONFIDENCE = 0.5  # a line found by how loud it is said


def _at_level(question: str, moments: MomentSet, embed, duration: float,
              reader: TranscriptReader | None) -> Answer | None:
    """"One line is shouted. How far am I told to go?", "After another long gap somebody's much louder. When does that
    start?": the question without its words of loudness, asked about the lines said that loud or quiet
    (``vidsense.loudness``): "when" (of the line alone) is where the first of them starts (the last, for "the last
    line"), "what does he shout?" what it says, and any other question is answered where they are said, by them
    when nothing there answers better and one shares a word with it and says the kind of thing asked. None where
    the question says no loudness, the video has no such line, or nothing found answers it (then it is read as
    before)."""
    if (loudness := loudness_asked(question)) is None:
        return None
    lines = said_at_level(moments, loudness)
    q = parse_question(without_loudness(question))
    if q.kind != "speech" or not (lines or RESUMES.search(question)):
        return None
    if RESUMES.search(question):  # "after a long pause the voice comes back, louder": a voice heard before, louder
        # (not another voice's louder line after the next pause), where voices are told apart; if none is, where
        # the voice comes back however loud
        # (a line too short for its voice to be told is one that may be it: "he comes back, barely audible" -> "Who's
        # gonna be?", its voice not told)
        lines = [m for m in lines if m.speaker is not None and any(
            p.speaker == m.speaker and p.end <= m.start for p in moments.spoken.values())] or [
            m for m in lines if m.speaker is None and any(p.end <= m.start for p in moments.spoken.values())]
        if not lines:
            said = answer_question(q, moments, embed(q.embedded), duration, reader)
            return said if said.found else None
        lines = lines[:1]  # (where it first comes back so: "This is all very high pitched!", loud too, comes later)
    q = replace(q, time=TimeRef(lines[0].start, lines[-1].end))
    if q.topic <= _LINE_STEMS:  # "when does it start?", "what does he shout?": the line itself
        m = lines[-1] if re.search(r"\b(?:last|final)\b", question, re.IGNORECASE) else lines[0]
        return Answer(said_text(q, m), m.start, m.end, _LEVEL_CONFIDENCE, True, [m])
    said = answer_question(q, moments, embed(q.embedded), duration, reader)
    if said.found and said.start is not None and any(m.start - 0.5 <= said.start <= m.end for m in lines):
        return said
    # (a word asked, or its synonym: "what's NEEDED now ...?" -> "A factory is now REQUIRED to ...")
    asked = q.topic.union(*(alike for _, alike in q.synonyms))
    shared = [m for m in lines if content_stems(m.text) & asked and says_what_is_asked(q, m.text)]
    if q.when or not shared:
        return None
    m = shared[0]
    return Answer(said_text(q, m), m.start, m.end, _LEVEL_CONFIDENCE, True, [m])


# "One line is shouted.", "The next one is really quiet.": a lead-in that only says how a line is said, so the question
# after it ("How far am I told to go?") is about what that line says, whether or not it names a thing
_MANNER_LEAD_IN = re.compile(r"^\W*(?:(?:then|and|now|next|later),?\s+)?(?:(?:the|one|a|another|this|that)\s+)?"
                             r"(?:(?:next|last|first|other|final)\s+)?(?:line|one|voice|sentence|bit|part|word|phrase)s?\s+"
                             r"(?:is|was|are|were|gets|got|sounds?|comes? out)\s+(?:\w+\s+){0,2}?(?:shouted|yelled|screamed|"
                             r"whispered|sung|mumbled|muttered|loud|louder|quiet|quieter|soft|softer|fast|faster|slow|slower)"
                             r"\b[^.?!]*[.!]\s*$", re.IGNORECASE)


# A lead-in that places nothing in the video ("Two people are on a phone call.", "Turns out they have something in
# common.", "I've just set up a phone system and rung its demo line."): the asker's own aside, whose words the video
# need not say. (One that places the line asked about, by a silence, a voice, its order or how it is said, is not.)
_PLACING = re.compile(r"\b(?:after|before|silence|silent|quiet|pause|gap|then|later|next|first|second|third|another|other|"
                      r"different|last|final|end|start|beginning|new (?:voice|speaker|person|man|woman|guy|lady|reader|"
                      r"part|bit|section|line|language)|again|music|man|woman|men|women|guy|lady|girl|boy|"
                      r"voice|voices|loud|louder|whisper\w*|shout\w*)\b", re.IGNORECASE)


# "I want to set a new password. Which button is it?": what the asker wants is what the question asks, no aside
_WANTS = re.compile(r"\b(?:i|we)(?:'d| would)? (?:want|wanna|need|like|'m trying|am trying|are trying|have to|must)\b",
                    re.IGNORECASE)


def _aside(lead_in: str, alone: Question) -> bool:
    """Whether ``lead_in`` is an aside that places nothing, before a question proper that asks what is said
    (not when: "when?" after an aside has nothing left to find), and says no want of the asker's."""
    return bool(lead_in.strip()) and not alone.when and not _PLACING.search(lead_in) and not _WANTS.search(lead_in)


# "the days", "his voice", "the delivery point": a thing the question proper names by itself
_DETERMINED = re.compile(r"\b(?:the|this|that|these|those|his|her|their|my|your|its|our)\s+(?:([a-z'-]+)\s+)?([a-z'-]+)")


def _refers(q: Question, proper: str) -> bool:
    """Whether a question proper names what it asks about (a name, or a noun with a determiner: "where's Diane
    calling from?", "what's wrong with the days?"), other than the kind of answer it wants, or asks for a member
    of a short closed list ("which card?", "what animal?"). Alone, "what do I press?", "which button is it?" or
    "what number?" ask about any key or number."""
    named = {stem(w) for m in _DETERMINED.finditer(proper.lower()) for w in m.groups() if w} & q.topic
    # "... Which CARD comes first?": a member of a short closed list (vidsense.categories) is something named
    listed = q.which is not None and q.which not in _ANY_SAID and category_of(q.which) is not None
    # "... How many THOUGHTS does he say he has about that thing?": the thing counted, when not any number
    counted = q.counted is not None and q.counted not in _ANY_SAID
    # "... Which man has time to think things over?": a person, named by what the question says of him
    person = q.which in PEOPLE_STEMS and bool(q.topic - {q.which})
    # "... there's a second recording. What's wrong with him in that one?": an illness said
    return bool(q.names or named - {q.which, q.category and q.category[0]} or listed or counted or person
                or q.category == WRONG_WITH)


_ANY_SAID = NUMBER_NOUNS | KEY_HEADS | {stem("year")}  # any number, any key
