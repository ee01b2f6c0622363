"""Grounded question answering over one video's moments.

The answer is always drawn from the evidence, never composed: the best-matching spoken sentence
(for what is said, and when), the labels of the best-matching stretch of picture (for what is
shown), or the matching run of sound (for what is heard), with its time span. This module answers
what is said and chooses who answers; ``vidsense.picture_answers`` answers from the picture and the
sound, ``vidsense.answer`` holds what both share.

How a moment is matched. ``semantic`` is the cosine between the question's and the moment's
sentence embeddings; ``lexical`` is the share of the question's topic words (see
``vidsense.questions``) whose stems occur in the moment. The score is ``0.5 * semantic + 0.5 *
lexical``. A topic word also counts when the moment says a WordNet synonym of it (at
``SYNONYM_CREDIT``), and "which X" when it names a kind of X (``vidsense.wordnet``). The question
is *found* when one of the ``_CANDIDATES`` best moments (or its sentence) holds at least
``LEXICAL_FOUND`` of the topic words and is semantically close enough (``SEMANTIC_FLOOR``), holds
all of them, a synonym allowed, or three in four (``ALL_SAID``, ``SEMANTIC_FLOOR_ALL``), or is
semantically close on its own (``SEMANTIC_ONLY``), and says the kind of thing asked for
(``vidsense.answer_checks``); otherwise the answer says it is not in the video, with low
confidence. The thresholds were set on the dev set in ``bench/devset.yaml`` (see ``bench/eval.py``).

What is said answers unless the question asks about the picture ("shown", "see", "appear") or
the sound ("music", "hear"); a question worded so that they cannot answer it is answered from
what is said when a clause holds every word it is about. "At the start", "at the end", "at
1:05" pick moments by how much of them lies there; "first" and "last" said of the thing asked
about ("which card is read out last?") pick the earliest or latest match. "When ..." questions
answer with the time first.

The answer is completed where the clause is not enough: its whole sentence when the clause only
repeats the question or a "why" gets no cause; a short neighbouring sentence that says a word
asked about ("Dial 3." before "To send this caller to the torture menus."). It must name the noun
a "what is the X Y?" asks about ("voicemail password"), and say the verb a "what did Mary eat?"
asks about.

A category word ("card", "animal", "colour", "number" ...) is matched by its members
(``vidsense.categories``). People on screen are known only by their faces (the "person" label):
whether and when someone is seen is answered, what they do, hold or wear is declined. "Which cards
are read out?" lists every member of the category said, and "how many cards are named?" counts
them when no number says it.

"What language is spoken?" is answered from the language each sentence was read in
(``vidsense.languages``); "besides X, what else ...?" by a sentence that says X and something joined
to it, when nothing else matches; "what is he about to do?" by a sentence that says what someone
will do.

With a ``reader`` (``vidsense.reader``, an LLM set by ``VIDSENSE_ANSWER_LLM``), a spoken question
the rules find no answer to is read from the sentences at least ``READ_SEMANTIC_FLOOR`` like it;
its phrase is served only when every word of it is said there and its sentence passes the same
``answer_checks`` as the rules' answers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import numpy as np

from vidsense.answer import (EVIDENCE, LEXICAL_FOUND, LONG_CLAUSE_S, LONG_CLAUSE_WORDS, NOT_FOUND, SYNONYM_CREDIT, Answer,
                             confidence, from_phrase, overlap, part_of, pick, preferred, said_text)
from vidsense.answer_checks import (ALSO, FAILURE, INSTRUCTION, KEY_HEADS, LAUGH_STEMS, LAUGHTER, PURPOSE_IS_TO,
                                    URL, asks_how_long, gives_purpose, has_number, names_object_of, says_how_long,
                                    says_what_is_asked, sounds_like)
from vidsense.categories import (CARD_WORDS, cards_meant, category_of, listed_only, member_mentions, mentions_kind,
                                 mentions_member)
from vidsense.destinations import destination
from vidsense.gist import gist_of
from vidsense.first_person import self_reported
from vidsense.kinds import place_within, thing_of_kind
from vidsense.languages import (LANGUAGE_CONFIDENCE, first_in_another_language, first_said_in, language_answer,
                                language_name, with_original)
from vidsense.menu_answers import MENU_WORDS, NAMES_KEY, menu_answer, once_said, options_counted
from vidsense.moments import Moment, MomentSet, joined_sentences
from vidsense.numbers_said import count_asked, count_pace, number_answer, numbers_counted, said_before_count
from vidsense.pauses import silence_part
from vidsense.picture_answers import PEOPLE_STEMS, audio_answer, prompt_answer, thing_answer, visual_answer
from vidsense.reader import TranscriptReader
from vidsense.said_order import (NUMBER_NOUNS, ORDER_CONFIDENCE, SEQUENCE_GAP_S, UTTERANCE, after_longest_silence,
                                 asks_more_than_once, before_or_after, choice_said, cut_off, definition, difficulty_said,
                                 done_instead, guests_said, job_said, key_word, laughing, line_times, manner_answer,
                                 next_to, one_word_said, ordinal_line, person_of_kind, repeated_phrase, repeated_word,
                                 said_again, sentences_counted, speaks_again, task_said, times_said, which_first,
                                 word_named, words_among_laughs)
from vidsense.spelled import spelled_answer
from vidsense.questions import (HOW_MANY_ALONE, MAX_QUESTION_CHARS, MORE_INFO, NEGATION, SPEECH_NOUN_STEMS, WHERE_STATIVE,
                                WHICH_ALONE, WRONG_WITH, Question, TimeRef, doer_said, parse_question)
from vidsense.text import (NUMBER_WORDS, SMALL_NUMBERS, STOPWORDS, base_form, content_stems, content_words,
                           edit_distance, format_time, misheard, sound_key, stem, word_spans, words)
from vidsense.voices import (VOICE_CONFIDENCE, asks_man_or_woman, first_in, man_or_woman_answer, newcomer, sexes_answer,
                             speaker_count, speech_onset, voice_alone, voiced)
from vidsense.wordnet import depth
from vidsense.works import author_named, title_named

__all__ = ["Answer", "Question", "TimeRef", "parse_question", "answer_question", "NOT_FOUND", "MAX_QUESTION_CHARS",
           "TO_DO"]

# LEXICAL_FOUND (vidsense.answer): half of the topic words (whole phrases) in one moment ...
SEMANTIC_FLOOR = 0.2  # ... and a cosine above this,
SEMANTIC_ONLY = 0.6  # or a cosine above this alone
SEMANTIC_FLOOR_ALL = 0.1  # the floor when every topic word is there (ALL_SAID)
# or a word of it (a third) and a cosine above this: "when does someone say the days seem endless?" for
# "Feels like these days go on forever." (0.55); on 27 sets no unanswerable question passed at 0.45 either,
# where a kind asked for is said ("what MEDICINE is he taking for his cold?" is not answered by "I have a cold" at 0.59)
_SOME_SAID, _SEMANTIC_SOME = 0.3, 0.5
# "every topic word is there" (SEMANTIC_FLOOR_ALL) allows synonyms: "how do I get around in this DEMO?" and
# "you will navigate this DEMONSTRATION by dialing digits" (cosine 0.14); also three words of four
ALL_SAID = SYNONYM_CREDIT
READ_CONFIDENCE = 0.45  # an answer the LLM read from the evidence (vidsense.reader) ...
READ_SEMANTIC_FLOOR = 0.3  # ... in a clause at least this close to the question (bench/eval.py --answer-llm)
_CANDIDATES = 3  # the best-scoring clauses tried in turn for one that can answer

_VOCATIVE = re.compile(
    r"\b(my (?:dear |good |dearest |beloved |fellow )+\w+(?: and \w+)?|my (?:friends|countrymen|colleagues|children|"
    r"brothers|sisters|lords?|people)|ladies and gentlemen|dear (?:friends|colleagues|listeners|viewers|sirs?)|"
    r"fellow (?:americans|citizens|countrymen|\w+s)|(?:hello|hi|good (?:morning|evening|afternoon)|welcome),? "
    r"(?:everyone|everybody|all|friends|folks|guys)|"
    # "Congratulations, Commander, you are ready": a title or name set off by commas after a greeting (Whisper may
    # leave out the first: "Congratulations Commander, you are ready")
    r"(?:congratulations|welcome|hello|hi|thanks|thank you|well done|good job|good luck),?\s+[a-z]+(?=[,.!]))\b",
    re.IGNORECASE)
# A person's name in what is said: a title before a capitalised word, or "my name is X", "I'm X".
_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam|Lady|Lord|Professor|President|Uncle|Aunt)\.? [A-Z][a-z]+|"
                     r"\b(?:[Mm]y name is|[Nn]amed|[Cc]alled|I'm|I am) [A-Z][a-z]+")
# A caller or guest named by the host: "Brian, thank you very much.", "Thanks, Brian.", "Go ahead, Sandra."
_HOST_GREETS = re.compile(r"^(?:(?:[Tt]hanks|[Tt]hank you|[Hh]ello|[Hh]i|[Ww]elcome|[Gg]o ahead|[Gg]ood morning),? )?"
                          r"(?!I\b)[A-Z][a-z]+, (?:thank you|thanks|go ahead|you're on|welcome|good morning|hello)\b|"
                          r"^(?:[Tt]hanks|[Tt]hank you|[Gg]o ahead|[Ww]elcome),? (?!I\b)[A-Z][a-z]+\b")
_CALLER_NAME = re.compile(r"\b(?:caller|guest|listener)(?:'s|s') name\b|\bname of (?:the|that|this) (?:first |second |next |"
                          r"last )?(?:caller|guest|listener)\b", re.IGNORECASE)
_INTRODUCED = re.compile(r"\b(?:[Mm]y name is|I'm|I am|[Tt]his is) [A-Z][a-z]+")  # a name someone gives as their own
# "I'm sideshow, joined by ...": a name Whisper did not capitalise, at the start of a sentence and
# not a word such as "talking", "originally" or "not".
_LOWERCASE_INTRO = re.compile(r"(?:^|[.!?]\s+|\b(?:hi|hello|hey),?\s+)(?:I'm|I am|[Mm]y name is) "
                         r"(?!(?:going|gonna|not|so|very|really|just|here|sorry|sure|glad|happy|also|still|now|from|in|on|a|the)\b)"
                         r"(?![a-z]+(?:ing|ed|ly)\b)[A-Za-z]+\b", re.MULTILINE)
# "Who's the host?": the first to introduce themselves, anywhere in a sentence ("... predictions for
# them I'm sideshow, joined by ...")
_HOST_INTRO = re.compile(r"\b(?:I'm|I am|[Mm]y name is) (?!(?:going|gonna|not|so|very|really|just|here|sorry|sure|"
                         r"glad|happy|also|still|now|from|in|on|a|an|the|afraid|about|sick|back|ready|fine|okay|ok|"
                         r"done|out|up)\b)(?![a-z]+(?:ing|ed|ly)\b)[A-Za-z]+\b"
                         # ("Hello, this is Simon speaking", "this is Diane calling")
                         r"|\b[Tt]his is [A-Z][a-z]+(?=,? (?:speaking|calling|here)\b)")
# A self-introduction: who is calling, where the listener is ("thank you for calling X", "welcome to X").
_WELCOME = re.compile(r"(?i:\b(?:thanks? (?:you )?for (?:calling|your call|choosing|contacting|visiting|joining|watching|"
                      r"listening to)|"
                      r"welcome to|you(?:'ve| have) reached|you are (?:listening to|watching))\b)")
_GREETING = frozenset(stem(w) for w in "welcome thank thanks calling call reached hello hi".split())  # (no name)
_THIS_IS = re.compile(r"\b[Tt]his is [A-Z]\w+")  # a person as often ("This is Diane"): a welcome first
_INTRO = re.compile(f"{_WELCOME.pattern}|{_THIS_IS.pattern}")
_NAMES_NONE = re.compile(r"\b(?:[Ww]elcome to|[Yy]ou(?:'ve| have) reached) (?:the|a|an|your|our) [a-z]+(?: [a-z]+)?\W*$")
_THIS_NAMED = re.compile(r"\b[Tt]his is (?:the|a|an|my|our) \w+")  # "So this is the sick corpus": what this is called
# "When does she give out the web address?", "which website should I go to?": an address of the web said
# ("visit www.Asterisk.org"), however little of the question's wording is said with it
_ASKS_WEB = re.compile(r"\b(?:web ?sites?|web ?(?:address|page)e?s?|urls?|home ?pages?|internet address)\b")
_ASKS_EMAIL = re.compile(r"\be-?mails?(?: address(?:es)?)?\b")  # "what's the email address?": "write to help@example.com"
_EMAIL_ADDRESS = re.compile(r"\b[\w.+-]+(?:@| at )[\w-]+(?:\.| dot )(?:com|org|net|edu|gov|io|info)\b", re.IGNORECASE)
# "so this is the sick corpus" names what it is ("what does he call this recording?": Question.named_this) where
# no welcome or name is said
_ITSELF = re.compile(r"\bitself\b", re.IGNORECASE)
_THIS_IS_THE = re.compile(r"\b[Tt]his is (?:the|an?|our|my) \w+")
# A clause that gives a cause answers "why" on its own; one without leaves the cause to the sentence.
# (Stricter than answer_checks' test that a sentence gives any cause: "so" or "to X" there.)
_CAUSE = re.compile(rf"\b(because|since|so that|due to|owing to|in order to|the reason|that's why|the purpose"
                    rf"|{PURPOSE_IS_TO})\b")
_DEPENDENT = re.compile(r"\W*(?:if|to|unless|in order to)\b", re.IGNORECASE)
_OPENER = re.compile(r"\W*(?:if|unless|in order (?:to|for)|so that|when|whenever|once|as soon as|before|after|until|"
                     r"(?:had|were|should) (?:he|she|i|they|we|you|it)\b)\b",  # ("HAD HE married ...,": if he had)
                     re.IGNORECASE)  # a clause that leads into the main one
_WHY_BONUS = 0.5
# "How do I get around the demo?", "how can you reach the operator?": the means, "by dialing digits", "using the menu"
_HOW_MEANS = re.compile(r"^\W*how (?:do|does|did|can|could|should|would|will|must|may|am|is|are) "
                        r"(?:i|you|we|one|people|users?|callers?)\b")  # (not "how does SHE define luck?")
_MEANS = re.compile(r"\b(?:by [a-z]+ing|using|by means of|with the help of)\b")
# "What am I supposed to do while it tries?", "what should I do now?", "do I need anything set up first?": what
# the video tells its viewer or caller to do, "PLEASE WAIT a moment while I attempt ...", "you MUST already be
# connected to the Internet", over a sentence as close that tells nobody anything
TO_DO = re.compile(r"^\W*what (?:am|are|is) (?:i|we|you) (?:to|supposed to|meant to|expected to|asked to|told to) do\b|"
                    r"^\W*what (?:should|must|do|can|could|shall) (?:i|we|you|one) (?:\w+ )?do\b|"
                    r"^\W*what (?:do|does|did) (?:i|we|you|one) (?:have|need|got) to do\b|"
                    r"^\W*(?:do|does|will|would) (?:i|we|you|one) (?:need|have|require)\b|"
                    # "what does she ask me to do while she tries?"
                    r"^\W*what (?:does|did|do|will|would) (?:she|he|it|they|the \w+) (?:ask|tell|want|need|expect)s? "
                    r"(?:me|us|you) to do\b")
_WRONG_WITH_SOMEONE = re.compile(r"\bwrong with (?:him|her|them|you|me|us|his|their)\b")
_ELSE = re.compile(r"\b(?:else|also|other|another|too|as well|besides|apart from|along with|both|same)\b",
                   re.IGNORECASE)  # ... which is what a question answers unless it asks for more
_ALSO_PENALTY = 0.1
_ELSE_BONUS = 0.25  # "what ELSE ...?": a clause that says it ALSO ... is the added thing asked about
_ASKED = (stem("ask"),)
_QUESTION = (stem("question"),)  # ("what QUESTION does she ask?": a question said, as for "what does she ask?")
# "What does he ask?", "what is she asking?": a question said answers it; not "what does the man say we should
# ask?" (what to ask, said: "ask what you can do for your country", not the question "is to be ill-disposed?")
_ASKS_QUESTION = re.compile(r"^\W*what (?:\w+ )?(?:does|did|do|is|was|are|were) (?!i\b|we\b|you\b)\w+(?: \w+)? "
                            r"(?:ask|asking|asked)\b(?! (?:me|us|you|him|her|them) to\b)")
_FAIL = (stem("fail"),)
_UNABLE = (stem("unable"),)  # "what was she UNABLE to do?": a failure asked about, as "fail" is
# "Did the connection WORK?": a failure said answers it ("I was unable to create a connection")
# "did it work?", "did it MANAGE to connect?": a failure said answers them
_WHERE_STATIVE_STEMS = frozenset(stem(w) for w in WHERE_STATIVE)
_ABOUT_AS_NAMED = 0.05  # clauses whose shared words score this close to the best name the thing about as fully
_WORKED = frozenset({(stem("work"),), (stem("succeed"),), (stem("success"),), (stem("manage"),)})
_ONLY_TO_WORK = re.compile(r"\b(?:for (?:this|it|that|them) |in order )to (?:work|succeed)\b", re.IGNORECASE)
_SUCCESS = re.compile(r"\b(?:successful(?:ly)?|succeed(?:ed|s)?|success|worked|works|went (?:well|fine|smoothly)|"
                      r"completed?)\b", re.IGNORECASE)
_SENTENCE_SHARE = 0.9  # the weight of a clause's sentence's shared words (see answer_question)
_NEIGHBOUR_GAP_S = 1.0  # a sentence this close before or after the answer may complete it ...
_NEIGHBOUR_WORDS = 12  # ... when it is this short
_CONTINUED_WORDS = 40  # ... or this, when it goes on with the answer's own sentence (it starts in lower case)
_YES_OR_NO = re.compile(r"\W*(?:do|does|did|is|are|was|were|can|could|has|have|had|will|would|should)\b",
                        re.IGNORECASE)  # a question answered by yes or no
_LONG_SENTENCE_WORDS = 25  # a longer sentence (about 10 s said) is narrowed to the clauses that answer ...
_FAR_INTO_S = 5.0  # ... as is one whose clause that answers is said this far into it (the answer's time is its start)
# "Hopefully the recording levels are OKAY.": a filler word that is the answer where it is said of something
_JUDGED = re.compile(r"\b(?:is|are|was|were|be|been|seems?|seemed|looks?|looked|sounds?|sounded)\s+(?:\w+\s+)?"
                     r"(?:okay|ok|alright|all right)\b", re.IGNORECASE)
# "what does he whisper?", "what does she shout?": a way of speaking asked about asks for the words themselves, even
# when they say nothing but the word ("This is all very whispered.")
_VOICED = frozenset("whisper shout yell scream sing mutter mumble murmur chant exclaim holler".split())
_ENDS_ON_CONJUNCTION = re.compile(r"\b(?:but|and|or|so|because|then)\W*$", re.IGNORECASE)
# "And the answer that comes back is, | well, I wouldn't start from here": what it is comes next
_ENDS_ON_COPULA = re.compile(r"\b(?:is|was|are|were|says|said|goes|went)\s*[,:\u2014-]?\s*$", re.IGNORECASE)
_MID_PHRASE = re.compile(r"\b(?:the|a|an|of|in|on|at|to|for|with|from|by|my|your|his|her|their|our|its|this|these|those|"
                         r"where|whether|than|into|onto|through)\W*$", re.IGNORECASE)  # a clause cut before the noun (or
# the clause: "... take no account of WHERE | we actually are") its words lead to
_ASKS_FROM = re.compile(r"\bwhere\b.*\b(?:from|come from|comes from|came from)\W*$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_WHAT_ASKED = re.compile(r"^\W*(?:and |so )?(?:what|which)\b")
_GOES_ON = re.compile(r"\W*(?:that|this|these|those|it|they|which)\b(?! is all\b)", re.IGNORECASE)  # refers back


def answer_question(question: str | Question, moments: MomentSet, q_embedding: np.ndarray, duration: float,
                    reader: TranscriptReader | None = None) -> Answer:
    """``reader``: an LLM that reads the best sentences when the rules find no spoken answer
    (``vidsense.reader``); None: the rules alone."""
    q = question if isinstance(question, Question) else parse_question(question)
    if not moments.moments:
        return Answer(NOT_FOUND, None, None, 0.0, False)
    if q.when and q.category and q.category[0] in moments.said_stems:
        q = replace(q, category=None)  # "when does he mention the vehicle?" where "vehicle" is said: there, not a truck
    sem = moments.embeddings @ np.asarray(q_embedding, np.float32)
    lex = np.array([_lexical(q, m) for m in moments.moments], np.float32)
    # a clause also counts the words of its sentence, a little less: "Asterisk is an open-source, |
    # full-featured PBX and IVR platform ..." answers "what kind of platform is Asterisk?" though no
    # clause holds both words ("For more information, visit www.Asterisk.org" holds one)
    whole = {k: _lexical(q, s, asked=False) for k, s in moments.spoken.items()}
    lex = np.array([max(lex[i], _SENTENCE_SHARE * whole[m.sentence]) if m.source == "transcript" and m.sentence in whole
                    else lex[i] for i, m in enumerate(moments.moments)], np.float32)
    score = 0.5 * sem + 0.5 * lex
    if q.time is None and (placed := silence_part(q.text, moments)) is not None and (placed.counted or not q.when):
        # "after another long silence two voices say a number. Which numbers?": there (but "after a long silence the
        # voice comes back, quieter. When?" is told by the voice, see said_order's _beside_silence)
        q = replace(q, time=placed.time)
    near = None  # how much of each moment lies in the part of the video asked about
    if q.time is not None:  # moments at the time asked about come first
        a, b = _where_speech_is(q, moments, *q.time.seconds(duration))
        near = np.array([overlap(m, a, b) for m in moments.moments], np.float32)
        score = score + 0.35 * near
    if q.language:  # "what language is spoken?": the languages the speech was read in
        return language_answer(moments, near, other=q.other_language, question=q.text)
    if (prompted := prompt_answer(q.text, moments, near)) is not None:
        return prompted  # "what's the computer called in the terminal prompt?": "canopus", from "eriberto@canopus:~$"
    if q.kind == "speech":
        if q.intent and not q.topic:  # "what is she about to do?": what she says she will do, or nothing
            return _planned(q, moments, sem) or Answer(NOT_FOUND, None, None, 0.1, False)
        if (m := newcomer(q, moments) or speech_onset(q, moments)) is not None:
            # "when does the second guy start talking?": the voices heard; "when does she start speaking?"
            return Answer(said_text(q, m), m.start, m.end, VOICE_CONFIDENCE, True, [m])
        if (counted := speaker_count(q.text, moments)) is not None:  # "how many speakers are there?"
            firsts, untold = counted  # untold: a line too short to tell
            n, where = len(firsts), ", ".join(format_time(m.start) for m in firsts)
            told = f"{n} voice{'s' if n > 1 else ''}, told apart by how they sound (first heard at {where})"
            if untold:  # it may be one more voice
                told = f"At least {told}; some lines were too short to tell whose they are"
            return Answer(told + ".", firsts[0].start, firsts[-1].end, VOICE_CONFIDENCE, True, firsts[:EVIDENCE])
        # "is the first voice a man or a woman?", "is it the man or the woman who talks about steady work?" (that line's)
        named = max((i for i in moments.of("transcript") if lex[i] >= LEXICAL_FOUND), key=lambda i: lex[i],
                    default=None) if q.topic and asks_man_or_woman(q.text) else None
        if (sexes := sexes_answer(q.text, moments)) is not None:
            return sexes  # "are the people talking men or women?" -> "All men (3 voices), by the pitch of the voices ..."
        if (sexed := man_or_woman_answer(q.text, moments, None if named is None else moments.moments[named])) is not None:
            return sexed
        if q.when and voice_alone(q) and (m := first_in(moments, q.voice)) is not None:
            # "when does a woman first speak?": where the voice is first heard, whatever is said there
            return Answer(said_text(q, m), m.start, m.end, VOICE_CONFIDENCE, True, [m])
        if (spelled_out := spelled_answer(q, moments, near)) is not None:
            return spelled_out  # "what call sign does he give?" -> "VK5QI (“This is Victor Kilo 5 Quebec Italy ...”)"
        said = _speech_answer(q, moments, sem, lex, score, near)
        if not said.found and (started := after_longest_silence(q, moments)) is not None:
            said = started  # "After the meeting part there's a long gap. When does the next voice start?"
        if not said.found and voice_alone(q) and not q.wants_name and (m := first_in(moments, q.voice)) is not None:
            # "when does the man's voice come in?", "what does he say in the squeaky high voice?": where it is
            # first heard, and what it says there (but "what's the name of the man speaking German?" is no line of his)
            said = Answer(said_text(q, m), m.start, m.end, VOICE_CONFIDENCE, True, [m])
        elif not said.found and q.voice:  # the voice did not tell: what is said in any
            said = _speech_answer(replace(q, voice=None), moments, sem, lex, score, near)
        if not said.found and q.aside:
            said = _beside(q, moments) or said
        if not said.found and q.kind_of and q.which:
            said = _one_kind(q, moments) or said
        if not said.found and reader is not None:
            said = _read(q, moments, sem, score, reader, said)
        if said.found and q.topic & CARD_WORDS and (meant := cards_meant(said.answer)):
            # "which card comes first?" -> "Ten of cloves (the ten of clubs)": a card named with a misheard suit
            said = replace(said, answer=f"{said.answer} (the {' and the '.join(meant)})")
        return with_original(said, moments)
    other = (visual_answer(q, moments, sem, lex, score, near) if q.kind == "visual"
             else audio_answer(q, moments, sem, lex, score))
    if other.found or not q.topic:
        return other
    # worded as about the picture or the sound, but said in so many words ("in what degree do you
    # always want to see it?", "why does he sound different?", "how long has she been WATCHING what
    # makes people luckier?" -> "two decades OBSERVING what makes people luckier"): speech answers when
    # it holds every word the question is about, or a synonym of it; in a recording without picture
    # ("where can I LOOK to figure out what went wrong?" of a phone line), as any spoken question
    said = _speech_answer(replace(q, kind="speech", about_speech=True), moments, sem, lex, score)
    no_picture = q.kind == "visual" and not moments.of("visual")
    if said.found and said.evidence and (
            no_picture or _lexical(q, Moment(0.0, 0.0, "transcript", said.answer), synonym=1.0) >= 0.999):
        return said
    return other


def _read(q: Question, moments: MomentSet, sem, score, reader: TranscriptReader, unfound: Answer) -> Answer:
    """The reader's answer from the best-scoring sentences, or ``unfound`` when it has none, or
    the one it gives is not where the question points."""
    best: dict[int, float] = {}  # each sentence's best clause score, among the sentences close to the question
    for i, m in enumerate(moments.moments):
        if m.source == "transcript" and m.sentence is not None and sem[i] >= READ_SEMANTIC_FLOOR:
            best[m.sentence] = max(best.get(m.sentence, -1.0), float(score[i]))
    # only sentences at least somewhat like the question are read ("Mary" from "Mary rolled the
    # barrel" answered "what is Josh's last name?"), and none is read when there are none
    reading = reader.read(q, moments, sorted(best, key=best.__getitem__, reverse=True)) if best else None
    if reading is None or not says_what_is_asked(q, moments.spoken[reading.clause.sentence].text):
        # a sentence that does not say the kind of thing asked ("hang up" for "which key ends the
        # test?"): what the rules require of their own answers
        return unfound
    c = reading.clause
    return Answer(reader.answer_text(q, reading), c.start, c.end, READ_CONFIDENCE, True,
                  [c] + [s for s in reading.evidence if s.sentence != c.sentence][:EVIDENCE - 1])


_ALONG = re.compile(r"\b(?:and|or|plus|as well as|also|along with|with)\b")
_ASIDE_CONFIDENCE = 0.5


def _beside(q: Question, moments: MomentSet) -> Answer | None:
    """"Besides the north wind, what else is named?", "apart from slowing down, how else does he
    change his voice?", when the rest of the question matches nothing: the first sentence that says
    what is set aside and, joined to it, something more ("The North Wind AND the Sun", "talking
    really slow AND slightly lower in intensity"); None when none does."""
    for m in (s for _, s in sorted(moments.spoken.items())):
        said = words(m.text)
        at = next((k for k, w in enumerate(said) if stem(w) in q.aside), None)
        if at is None or len(q.aside & content_stems(m.text)) < len(q.aside) / 2:
            continue
        rest = " ".join(said[at + 1:])
        joined = _ALONG.search(rest)
        if joined and content_stems(rest[joined.end():]) - q.aside - q.stems:
            return Answer(said_text(q, m), m.start, m.end, _ASIDE_CONFIDENCE, True, [m])
    return None


def _saying(moments: MomentSet, lex, pattern: re.Pattern) -> np.ndarray:
    """``_WHY_BONUS`` for each transcript moment that says ``pattern`` (a cause, a means) and enough of what is
    asked (``LEXICAL_FOUND``), 0 for the others."""
    return np.array([_WHY_BONUS if m.source == "transcript" and pattern.search(m.text.lower()) and lex[i] >= LEXICAL_FOUND
                     else 0.0 for i, m in enumerate(moments.moments)], np.float32)


def _one_kind(q: Question, moments: MomentSet) -> Answer | None:
    """"What kind of test is this line putting me through?", when the rest of the question ("line", "putting
    through": the asker's framing) matches nothing: where the video first names the one kind of X it names
    ("You are about to enter an ECHO test"; "the Echo Test application" later is the same kind); None when it
    names none, or several ("a driving test", "a blood test")."""
    kinds: dict[str, Moment] = {}
    for m in (s for _, s in sorted(moments.spoken.items())):
        said = words(m.text)
        for k, w in enumerate(said):
            if k and stem(w) == q.which and said[k - 1] not in STOPWORDS and stem(said[k - 1]) not in q.stems:
                kinds.setdefault(stem(said[k - 1]), m)
    if len(kinds) != 1:
        return None
    m = next(iter(kinds.values()))
    return Answer(said_text(q, m), m.start, m.end, _ASIDE_CONFIDENCE, True, [m])


_PLAN = re.compile(r"\b(?:about to|going to|gonna|planning to|plan to|intend to|will|'ll)\s+(?!be\b|have\b)[a-z]+",
                   re.IGNORECASE)


def _planned(q: Question, moments: MomentSet, sem) -> Answer | None:
    """"What does he warn he's about to do?": the sentence most like the question among those that say
    what someone is about to / going to / will do ("I am probably going to cough here."); None when none
    says so."""
    best = None
    for i in moments.of("transcript"):
        if _PLAN.search(moments.moments[i].text) and (best is None or sem[i] > sem[best]):
            best = i
    if best is None:
        return None
    m = _sentence_of(moments, moments.moments[best])
    if len(words(m.text)) > _LONG_SENTENCE_WORDS:  # "I have a cold, so ... | and I'm probably going to cough here.": the clause
        m = moments.moments[best]
    return Answer(said_text(q, m), m.start, m.end, confidence(0.5 * float(sem[best]) + 0.5, found=True), True, [m])


def _where_speech_is(q: Question, moments: MomentSet, a: float, b: float) -> tuple[float, float]:
    """The part of the video a question about the speech points at, from ``a`` to ``b`` seconds; where that is its
    start (or end) and nothing is said there, as long a part from where the speech starts (to where it ends): "what
    language is the first voice?" of a video that opens on 8 s of music."""
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    if q.kind != "speech" or not said or _edge(q) is None or any(m.start < b and m.end > a for m in said):
        return a, b
    if _edge(q) == "start":
        return said[0].start, said[0].start + (b - a)
    return said[-1].end - (b - a), said[-1].end


def _edge(q: Question) -> str | None:
    """Whether the question points at the "start" or the "end" of the video (None: neither)."""
    return None if q.time is None else q.time.edge


def _new_words(q: Question, m: Moment) -> set[str]:
    """The content words (stems) the moment says that the question does not (nor a misheard form of one of its
    words: "Thitty the world" says nothing new of "pity the world")."""
    said = content_stems(m.text) | {stem(w) for w in _NOUN_STOPWORD.findall(m.text.lower())}
    return {w for w in said - q.stems if not misheard(w, q.stems)}


# "the depth of A WELL": a function word elsewhere, a thing here
_NOUN_STOPWORD = re.compile(r"\b(?:a|the|his|her|their|this|that|our|my|your) (wells?)\b")


def _repeats_question(q: Question, m: Moment) -> bool:
    """The clause says nothing the question does not ("my fellow Americans," for "what does he tell
    his fellow Americans?"), or adds at most one word of its own (a clause of three or more)."""
    if q.sets_aside and not NEGATION.search(m.text.lower()):
        return False  # "... not to ask what their country can do for them. What should they ask instead?": "ask what
        # you can do for your country", the same words the other way
    new = _new_words(q, m)
    return not new or (len(content_stems(m.text)) >= 3 and len(new) <= 1)


_INTERJECTION_WORDS = 2  # "Congratulations!", "Welcome back!": a sentence this short ...
_GOES_STRAIGHT_ON_S = 1.0  # ... followed this soon by the next
_PAUSE_IN_SENTENCE_S = 2.0  # ... or this soon, when it stops with no full stop


_REPLY_WITHIN_S = 3.0  # a question said in the video is answered by the next line said this soon by another voice


def _reply_to(moments: MomentSet, m: Moment) -> Moment | None:
    """The reply to a question said in the video, where ``m`` is said in that question: the next sentence, said
    within ``_REPLY_WITHIN_S`` by another voice (or one not told apart); None where ``m`` is no question or no one
    replies."""
    if m.source != "transcript" or m.sentence is None:
        return None
    asked = moments.spoken[m.sentence]
    after = moments.spoken.get(m.sentence + 1)
    if (not asked.text.rstrip().endswith("?") or after is None or after.start - asked.end > _REPLY_WITHIN_S
            or (asked.speaker is not None and after.speaker == asked.speaker)):
        return None
    return after


def _said_next(moments: MomentSet, m: Moment) -> Moment | None:
    """The sentence said right after ``m``'s when that is a word or two (no number), or trails off ("Also, the
    installed one would be ..."), and the next follows at once."""
    said = words(moments.spoken[m.sentence].text) if m.source == "transcript" and m.sentence is not None else []
    ending = moments.spoken[m.sentence].text.rstrip() if said else ""
    # (or stops with no stop: "... and | Run you through | Kind of our fears and also predictions for them", a pause of
    # 1.3 s inside one sentence)
    unfinished = bool(said) and not ending.endswith((".", "!", "?", "\u2026"))
    trails_off = bool(said) and (ending.endswith(("...", "\u2026")) or unfinished)
    short = len(said) <= _INTERJECTION_WORDS and not any(w.isdigit() or w in NUMBER_WORDS for w in said)
    if not said or not (short or trails_off):
        return None  # "Dial 5." names the option asked about: what follows it may be another's
    after = moments.spoken.get(m.sentence + 1)
    pause = _PAUSE_IN_SENTENCE_S if unfinished else _GOES_STRAIGHT_ON_S
    return after if after is not None and after.start - moments.spoken[m.sentence].end <= pause else None


def _leads_on(moments: MomentSet, m: Moment) -> bool:
    """``m`` ends its sentence, and that stops on a colon or a dash, or on "is," ("And the answer that comes back is,"):
    what it leads to is said next (a sentence that stops on any comma may end there: "He was not an ill-disposed young
    man,")."""
    if m.source != "transcript" or m.sentence is None:
        return False
    sentence = moments.spoken[m.sentence].text.rstrip()
    return (m.end >= moments.spoken[m.sentence].end - 1e-6
            and (sentence.endswith((":", "-", "\u2014")) or _ENDS_ON_COPULA.search(sentence) is not None))


def _ends_on_asked(q: Question, m: Moment) -> bool:
    """"What's the book called?" of a clause that ends on "book": what it is comes next."""
    said = words(m.text)
    return bool(said) and _WHAT_ASKED.match(q.form) is not None and stem(said[-1]) in q.topic


def _with_next_clause(moments: MomentSet, m: Moment, saying: re.Pattern | None = None) -> Moment:
    """The clause ``m`` joined to the next clause of its sentence (the next that matches ``saying``, where given); ``m``
    where there is none."""
    following = next((c for c in moments.clauses.get(m.sentence, [])
                      if c.start >= m.end - 1e-6 and (saying is None or saying.search(c.text))), None)
    return m if following is None else joined_sentences([m, following])[0]


def _sentence_of(moments: MomentSet, m: Moment) -> Moment:
    if m.source != "transcript" or m.sentence is None:
        return m
    return moments.spoken[m.sentence]


def _lexical(q: Question, m: Moment, vocatives: bool = False, asked: bool = True,
             synonym: float = SYNONYM_CREDIT) -> float:
    """Share of the question's topic words found in the moment, counting a phrase ("queen of
    hearts") only when all of its words are there, and a word matched by a WordNet synonym as
    ``synonym`` of one. "Ask" is found in a question (``asked``: not in a sentence for its clauses,
    so that the question clause answers, not the one before it)."""
    if not q.topic:
        return 0.0
    text = m.text
    if m.source == "transcript" and not vocatives:  # "my fellow Americans" says who is addressed, not what is said
        text = _VOCATIVE.sub(" ", text.lower())
    stems = content_stems(text) | _compound_parts(q.text, text) | _verb_forms(q.text, text)
    keys = ({sound_key(w) for w in content_words(text)} | {sound_key(s) for s in stems}
            if m.source == "transcript" else set())
    hit = slipped = 0.0
    alternatives = dict(q.synonyms)
    for p in q.phrases:
        # ("so did it work?" is not answered by "in order for this to work, you must ...", a condition with no outcome,
        # but by what went right or wrong: below)
        condition_only = p in _WORKED and _asks_if_worked(q) and _ONLY_TO_WORK.search(text) is not None
        exact = [w in stems or (len(w) == 1 and _says_letter(w, text)) for w in p]
        if all(exact) and not condition_only:
            hit += len(p)
        elif (m.source == "transcript" and q.category and p == (q.category[0],) and not listed_only(p[0])
              and mentions_kind(q.category[1], text)):
            hit += 1  # "which illness ...?" is answered by "I have a cold" (WordNet: a cold is an illness; not
            # a card: WordNet's "three" is one, a trey)
        elif (m.source == "transcript" and q.category == WRONG_WITH and p == (WRONG_WITH[0],)
              and not (q.about_people or _WRONG_WITH_SOMEONE.search(q.text.lower()))
              and FAILURE.search(text.lower())):
            hit += 1  # "what's wrong with the number?": "the number is not in service" (with the man: an illness)
        elif (asked and p in (_ASKED, _QUESTION) and m.source == "transcript" and m.text.rstrip().endswith("?")
              and _ASKS_QUESTION.match(q.form)):
            hit += 1  # "what does he ask?" is answered by a question: "but what are you gonna do?"
        elif len(p) == 1 and p[0] in LAUGH_STEMS and m.source == "transcript" and LAUGHTER.search(text):
            hit += 1  # "when does he start laughing?": Whisper writes a laugh "Ha ha ha,"
        elif len(p) == 1 and (alts := alternatives.get(p[0])) and alts & stems:
            hit += synonym  # "trying to connect" is answered by "attempt a connection"
        elif p == _FAIL and m.source == "transcript" and FAILURE.search(text.lower()):
            hit += 1.0  # "when does she say the attempt didn't work out?": "I was unable to create a connection"
        elif p in _WORKED and m.source == "transcript" and _YES_OR_NO.match(q.form) and FAILURE.search(text.lower()):
            hit += SYNONYM_CREDIT  # "did the connection to the demo server work?": "I was unable to create a connection"
        elif p in _WORKED and m.source == "transcript" and _YES_OR_NO.match(q.form) and _SUCCESS.search(text):
            hit += SYNONYM_CREDIT  # "did my install actually work?": "you have successfully installed ..."
        elif len(p) == 1 and m.source == "transcript" and names_object_of(p[0], text):
            hit += SYNONYM_CREDIT  # "what does he like to eat?" is answered by "he likes the pickles" (a food)
        elif (len(p) == 1 and m.source == "transcript"
              and (not q.wants_number or p[0] == q.head)  # a card's rank is no count of cards; "which year": 2020
              and not q.says_about  # "what's she saying about the number?" is not answered by "5-5", a number
              and (members := category_of(p[0])) and mentions_member(members, text, q.stems)):
            hit += 1  # "which card ...?" is answered by "queen of clubs"
        elif (len(p) > 1 and m.source == "transcript" and all(exact[1:]) and (members := category_of(p[0]))
              and mentions_member(members, text, q.stems - set(p[1:]))):
            hit += len(p)  # "what card of clubs is called out?" is answered by "7 of clubs" (a card, of clubs)
        elif len(p) > 1 and any(exact) and all(e or sounds_like(w, keys) for w, e in zip(p, exact)):
            # "ten of clubs" heard as "ten of close": one word exact, the others sound alike (half credit)
            hit += sum(1.0 if e else 0.5 for e in exact)
        elif (len(p) == 1 and m.source == "transcript" and p[0] in q.names and len(p[0]) >= _NAME_MISHEARD_LEN
              and any(s[:3] == p[0][:3] and edit_distance(p[0], s) <= 1 for s in stems)):
            hit += 0.5  # a name written a letter off ("Diane" as "Diana"): a name is rare enough to count alone
        elif len(p) == 1 and m.source == "transcript" and misheard(p[0], stems):
            slipped += 0.5
    if hit:  # "who tore up the ledger?" -> "Bobby ripped the letter": a word misheard beside one that matches
        hit += slipped
    return hit / sum(len(p) for p in q.phrases)


_NAME_MISHEARD_LEN = 4  # a name this long at least counts when written a letter off



@lru_cache(maxsize=1 << 10)
def _question_words(question: str) -> tuple[dict[str, frozenset[str]], frozenset[str], dict[str, str]]:
    """Two neighbouring content words of the question written as one ("washwater" for "wash
    water"), to their stems; the question's content words; the stems of its irregular verb forms
    to their base form's ("built" -> "build")."""
    raw = words(question)
    pairs = {a + b: frozenset({stem(a), stem(b)}) for a, b in zip(raw, raw[1:])
             if a not in STOPWORDS and b not in STOPWORDS and len(a) > 1 and len(b) > 1}
    asked = content_words(question)
    return pairs, frozenset(asked), {stem(w): stem(base_form(w)) for w in asked if base_form(w) != w}


def _verb_forms(question: str, text: str) -> set[str]:
    """The question's words a moment says in another form of an irregular verb: "how can I make
    things get BUILT faster?" and "to increase your BUILD rate"."""
    said = {stem(base_form(w)) for w in content_words(text)}
    _, _, forms = _question_words(question)
    return said | {s for s, base in forms.items() if base in said}


_HEAD_LETTERS = 5  # a compound's last word this long at least, after a noun of 4 letters at least, is its head


_COMPOUND_LETTERS = 6  # a compound this long at least may be matched by its sound


def _compound_parts(question: str, text: str) -> set[str]:
    """The question's words a moment says written together or apart: "greasy wash water" is said
    where Whisper wrote "greasy washwater", and "a washwater" where it wrote "wash water"."""
    raw = words(text)
    pairs, asked, _ = _question_words(question)
    out = {s for w in raw if w in pairs for s in pairs[w]}
    # (and a compound Whisper wrote as one word, slightly misheard: "the HATBREM was wide" for "the hat brim")
    # (misheard allows an edit distance of a third of the compound's letters, so no word longer or shorter by more)
    out |= {s for w in raw if len(w) >= _COMPOUND_LETTERS and w not in pairs
            for joined, parts in pairs.items() if len(joined) >= _COMPOUND_LETTERS
            and abs(len(joined) - len(w)) <= max(1, len(joined) // 3) and misheard(joined, {w}) for s in parts}
    # ("was the WATER he mentions clean?": the head of "washwater", written as one word)
    heads = {stem(h) for h in asked if len(h) >= _HEAD_LETTERS
             for w in raw if len(w) >= len(h) + _HEAD_LETTERS - 1 and w.endswith(h)
             and depth(w[:-len(h)]) > 0}  # (after a noun: "wash", not "some" of "something")
    return out | heads | {stem(a + b) for a, b in zip(raw, raw[1:]) if a + b in asked}


def _speech_answer(q: Question, moments: MomentSet, sem, lex, score, near=None) -> Answer:
    spoken = pick([i for i in moments.of("transcript") if content_words(moments.moments[i].text)], score)
    if q.said_in and (part := [i for i in spoken if moments.moments[i].language == q.said_in]):
        spoken = part  # "in the French part, what does she say she'll try to do?": what is said in French
    if q.voice and (part := voiced(moments, spoken, q.voice)):
        spoken = part  # "which digits does the man read out?": what is said in a low voice (vidsense.voices)
    if not spoken:
        visual = _picture_instead(q, moments, sem, lex, score, silent=True) if q.topic else None  # silent video
        if visual is not None:
            return visual
        return Answer(NOT_FOUND + " Nothing is said in it.", None, None, 0.05, False)
    if (shaped := _answer_by_form(q, moments, spoken, score, lex, near)) is not None:
        return shaped
    if q.topic:  # the same polarity as the question: "ask not X" does not answer "what to ask"
        polar = np.array([0.0] * len(moments.moments), np.float32)
        for i in spoken:
            if lex[i] > 0:
                polar[i] = -0.1 if _says_opposite(q, moments.moments[i].text) else 0.1
                if _someone_else(q, moments.moments[i].text):
                    polar[i] -= _SOMEONE_ELSE_PENALTY
                if not _ELSE.search(q.text) and ALSO.search(moments.moments[i].text):
                    # "You have ALSO installed sample sounds" adds to what was said first ("you have
                    # installed Asterisk"), which answers "what did I install?" ("what ELSE ...?": this)
                    polar[i] -= _ALSO_PENALTY
                elif _ELSE.search(q.text) and ALSO.search(moments.moments[i].text):
                    polar[i] += _ELSE_BONUS  # "besides the PBX, what else got installed?": what is added
        score = score + polar
        if q.wants_reason:  # "why does luck look like chance?": a clause that gives a cause ("it looks like
            # it's chance because we rarely see all the levers") over one that shares more words ("luck
            # is defined as ... caused by chance"), as long as it or its sentence holds half the words asked
            # about: the cause is often a clause of its own ("It looks like it's chance, | because we rarely
            # see all the levers ..."), and the main clause it explains comes with it as the answer
            score = score + _saying(moments, lex, _CAUSE)
        if _HOW_MEANS.match(q.form):  # "how do I get around the demo?": "you will navigate it by dialing digits"
            # over a sentence as close that says no means, as for a cause above
            score = score + _saying(moments, lex, _MEANS)
        if TO_DO.match(q.form):
            score = score + _saying(moments, lex, INSTRUCTION)
        spoken = pick(spoken, score)
    if ((not q.topic or (q.topic <= UTTERANCE and not any(lex[i] > 0 for i in spoken)))
            and near is not None and not q.wants_name and (edge := _edge(q)) is not None):  # (not "what's the name of the
        # man who reads the first two sentences?": a name, which a first sentence need not say)
        # "what does he say at the end?", "what's the pun at the end?" (when no pun is said in so many words):
        # the last sentence said there (at the start: the first)
        inside = [i for i in spoken if near[i] > 0]
        if inside:  # ("right at the end two voices come in. What does the FIRST one say?": the first there)
            earliest = edge == "start" or re.search(r"\bfirst\b", q.form) is not None
            first = (min if earliest else max)(inside, key=lambda i: moments.moments[i].start)
            m = _sentence_of(moments, moments.moments[first])
            return Answer(said_text(q, m), m.start, m.end, confidence(score[first], found=True), True, [m])
    if not q.wants_name and (said := number_answer(q, moments, near)) is not None:  # (not "the name of the man who reads
        # out the numbers")
        return said
    # the best match that can answer: one that says enough of what is asked (its words, or enough
    # like it), and says the kind of thing asked for (answer_checks): "what do people down there
    # call Sheila?" is not answered by "I'm Sheila in Texas" (no "call"), but by the next best,
    # "they all call me a Yankee down here"
    if q.which and not q.order and not q.when and near is None and (top := _same_name_said(q, moments, spoken, lex)):
        # "Which city does he mention?" of two lines that both name Montreal, as fully: the first to say it (how like
        # the question each line is tells nothing more)
        spoken = sorted(top, key=lambda i: moments.moments[i].start) + [i for i in spoken if i not in top]
    if (echo := filled_in(q, moments)) is not None:
        return echo
    best, found = spoken[0], False
    for k, i in enumerate(spoken[:_CANDIDATES] if q.topic or q.predicate else spoken[:1]):
        if (k or _HOW_MEANS.match(q.form) or q.sets_aside) and _says_opposite(q, moments.moments[i].text):
            continue  # a runner-up must not say the opposite: "ask not what ..." for "what should we ask instead?"
            # (nor any answer to how it is done: "how do I know where it is?" is not answered by "I really don't know!";
            # nor the best one, for what is asked instead of what the asker sets aside: "He tells them not to ask
            # what their country can do for them. What should they ask instead?")
        if _someone_else(q, moments.moments[i].text):
            continue  # "what does HE like?" is not answered by "SHE likes the oranges"
        if _answers(q, moments, i, sem, lex, near):
            best, found = i, True
            break
    if not found and q.predicate and (follow := _follow_up(q, moments, moments.moments[spoken[0]], lex[spoken[0]])):
        return follow
    if not found and q.listed and q.counted == q.listed and (listed := _listed(q, moments, near)) is not None:
        return listed  # "how many cards are read out?" when no number says it: the cards said, counted
    if not found and (person := person_of_kind(q, moments)) is not None:
        return person  # "which economist gets brought up?" -> "Thomas Piketty (“Thomas Piketty in his book”)"
    if not found and (kind := thing_of_kind(q, moments, near)) is not None:
        return kind  # "in which country did the first caller receive it?" -> "United Kingdom (“I was receiving it in ...”)"
    if not found and (title := title_named(q, moments)) is not None:
        return title  # "and the title of the book?" -> "Capital in the 21st century (“Capital in the 21st century argues ...”)"
    if not found and (author := author_named(q, moments, near)) is not None:
        return author  # "and who wrote it?" -> "Thomas Piketty (“Thomas Piketty in his... book, capital in the ...”)"
    if not found and (place := place_within(q, moments, near)) is not None:
        return place  # "which part of Britain?" -> "Scotland (“Scotland and somebody living in the south of Spain.”)"
    if (not found and q.wants_name and not q.when and not re.match(r"\W*who", q.form)
            and (defined := _defined_name(q, moments, sem)) is not None):
        return defined  # "... some phone software. What's it called?" -> "Asterisk is an open-source, full-featured PBX"
    if not found and (echo := _echoed(q, moments)) is not None:
        return echo  # "... What might he even have been made?" -> "He might even have been made amiable himself."
    if not found:
        visual = _picture_instead(q, moments, sem, lex, score)  # "are there bikes?" asks about the picture
        if visual is not None:
            return visual
        return Answer(NOT_FOUND, None, None, confidence(score[best], found=False), False,
                      [moments.moments[i] for i in spoken[:EVIDENCE]])
    # ("the very LAST word is just a number. Which number?": placed at the end already; "number" is the kind asked, no
    # word to find said last)
    if q.order and q.topic and not (q.topic <= NUMBER_NOUNS and near is not None):
        # "which card is read out last?": the latest clause that names one
        matches = [i for i in spoken if lex[i] >= LEXICAL_FOUND]
        if matches:  # of those that name most of it ("the company directory", not "super awesome company")
            most = max(lex[i] for i in matches)
            matches = [i for i in matches if lex[i] >= most - _ABOUT_AS_NAMED]
        if matches and q.order in ("first", "last"):
            best = (min if q.order == "first" else max)(matches, key=lambda i: moments.moments[i].start)
            # the clause of that sentence that says it ("when does he start talking really slowly?": "this is me
            # talking really slow", not the sentence's first clause, "we're just, you know,")
            same = [i for i in matches if moments.moments[i].sentence == moments.moments[best].sentence]
            best = max(same, key=lambda i: (_lexical(q, moments.moments[i]), -moments.moments[i].start))
        elif matches:  # "when is it said a second time / again?": the first match of the next sentence that says it
            by_sentence: dict = {}
            for i in sorted(matches, key=lambda i: moments.moments[i].start):
                by_sentence.setdefault(moments.moments[i].sentence, i)
            nth = list(by_sentence.values())
            best = nth[_NTH[q.order]] if len(nth) > _NTH[q.order] else best
    m = moments.moments[best]
    if (not q.topic and q.time is None  # "what is said?": the whole sentence ("... at 0:08?": the clause then),
            and len(words(_sentence_of(moments, m).text)) <= _LONG_SENTENCE_WORDS):  # unless Whisper ran two together
        m = _sentence_of(moments, m)
    elif (m.sentence is not None and not q.when and _YES_OR_NO.match(q.form)
          and len(words(_sentence_of(moments, m).text)) <= _LONG_SENTENCE_WORDS):
        # yes or no: the whole sentence, whose other clause may be the answer ("has the fox read
        # everything?" -> "The red fox has read many books, BUT THERE'S ALWAYS MORE TO READ")
        m = _sentence_of(moments, m)
    elif (m.sentence is not None and not q.when and q.wants_place and not says_what_is_asked(q, m.text)
          and says_what_is_asked(q, _sentence_of(moments, m).text)):
        m = _sentence_of(moments, m)  # "where are they told the link will be?": "No, on the desktop, | you should find
        # that there's a project document link."
    elif (m.sentence is not None and not q.when and asks_how_long(q) and not says_how_long(m.text)
          and says_how_long(_sentence_of(moments, m).text)):
        m = _sentence_of(moments, m)  # "for how long?": "Dial 4, to send this caller to a polite, | don't call menu, now
        # and forevermore."
    elif (m.sentence is not None and not q.when and q.wants_reason and not _CAUSE.search(m.text.lower())
          and not gives_purpose(q, m.text)):
        # a clause that gives no cause for a "why": the cause is elsewhere in the sentence ("I have
        # a cold, and the recording environment is also quite different"), so the sentence
        m = _sentence_of(moments, m)
    elif m.sentence is not None and not q.when and (
            _repeats_question(q, m) or _lexical(q, _sentence_of(moments, m)) > lex[best] + 1e-6):
        # the clause only repeats the question ("who had vanished behind the curtain?" -> "who had
        # vanished behind the curtain") or its sentence holds more of the question's words ("where
        # did the wizard vanish?"): the answer is around it, in the clauses next to it
        m = _widened(q, moments, m)
    if m.sentence is not None and not q.when:
        m = _with_main_clause(moments, m)
        # "The Red Fox has read many books BUT | there's always more to read.", "... every single team IN THE | Overwatch
        # League for 2020 and run you through kind of our fears ...": a clause cut before what its last word leads to
        if _ENDS_ON_CONJUNCTION.search(m.text) or _MID_PHRASE.search(m.text) or _ENDS_ON_COPULA.search(m.text):
            m = _with_next_clause(moments, m)
        elif _ASKS_FROM.search(q.text) and not _FROM.search(m.text):
            # "Where is the sound file from?": "This is an example sound file in Ogg Vorbis format, | from Wikipedia"
            m = _with_next_clause(moments, m, _FROM)
        elif _WHAT_ASKED.match(q.form) and (said := words(m.text)) and stem(said[-1]) in q.topic:
            # "What are they not up for understanding?": "... the sort of people that are up for understanding | the
            # intricacies of the committee" (a clause that ends on the word asked about: what it leads to is next)
            m = _with_next_clause(moments, m)
    if not q.when:
        m = _completed(q, moments, m)
        if (after := _said_next(moments, m)) is not None and (not _new_words(q, m) or _leads_on(moments, m)
                                                             or _ends_on_asked(q, m)):
            # a word or two that only say what was asked, and the speaker goes straight on: what follows is
            # the answer ("what is she congratulating me on?" -> "Congratulations! You have successfully
            # installed ..."); so too after a sentence that stops on what leads to it ("What answer does he get?":
            # "And the answer that comes back is," | "I wouldn't start from here.")
            # and after one that trails off on the thing asked for ("And what's the book called?": "Thomas Piketty in his
            # book" | "Capital in the 21st century ...")
            m = replace(m, end=after.end, text=f"{moments.spoken[m.sentence].text} {after.text}")
        # (new beside the question as asked: "why can't anyone answer?", read as about the representatives being
        # busy, is answered by "All our representatives are now busy")
        # ("Dial 4." says nothing new of key 4; "what does he whisper?" is answered by the words whispered)
        novel = (not _says_only_quoted(q, m.text)) and (
            _new_words(q, m) - (MENU_WORDS if NAMES_KEY.search(q.text.lower()) else set())
                 or (q.reworded is not None and content_stems(m.text) - content_stems(q.text)) or q.predicate in _VOICED)
        # ("Thitty the world." for "she says 'pity the world'. Pity the world, or else what?": the quote itself, misheard)
        if (not novel and not _JUDGED.search(m.text) and not _YES_OR_NO.match(q.form)
                and bool(NEGATION.search(m.text.lower())) == bool(NEGATION.search(q.text.lower()))):
            # all it says is what was asked: "Dial 5." for "if I dial 5, what happens to the caller
            # just this once?" (what followed it was cut off); a "not" is news ("there's not much
            # difference" says something about the difference)
            return Answer(NOT_FOUND, None, None, confidence(score[best], found=False), False,
                          [moments.moments[i] for i in spoken[:EVIDENCE]])
    if not q.when and not q.choice and _YES_OR_NO.match(q.form) and (reply := _reply_to(moments, m)) is not None:
        m = reply  # "So, is there much more in it?" of "Is there much more in it than he said yesterday?": "Not really."
    at = _where_asked(q, m)
    if q.when and m.sentence is not None and m.text.rstrip().endswith(","):
        # "When am I allowed to dial it?": "At 0:07: “If you know your party's extension, you may dial it at any time”",
        # the clause that finds it and the one it leads to (what is said then may be what is asked: "at any time")
        following = next((c for c in moments.clauses.get(m.sentence, []) if c.start >= m.end - 1e-6), None)
        m = m if following is None else replace(m, end=following.end, text=f"{m.text.strip()} {following.text.strip()}")
    answer = said_text(q, replace(m, start=at))  # "At 0:10: ..." says the time the answer starts at
    return Answer(answer, at, m.end, confidence(score[best], found=True),
                  True, [moments.moments[i] for i in spoken[:EVIDENCE]])


_LONG_NUMBERS_S = 4.0  # a line of numbers this long is timed at the number asked
_NUMERALS = frozenset(str(k) for k in range(len(SMALL_NUMBERS)))  # "7" said, "seven" asked: one stem (text.stem)


def _same_name_said(q: Question, moments: MomentSet, spoken: list[int], lex) -> list[int]:
    """The best-matching clauses, when several match as fully and all say one name the question does not (a word
    written with a capital: "Montreal"); else none."""
    top = [i for i in spoken[:_CANDIDATES] if lex[i] >= lex[spoken[0]] - 1e-6]
    if len(top) < 2:
        return []
    names = [{w for w in re.findall(r"\b[A-Z][a-z]+\b", moments.moments[i].text) if stem(w.lower()) not in q.stems}
             for i in top]
    # (a name written with a capital somewhere but at a sentence's start: "Mark 3 to record your name" and "Mark
    # number one to record ..." share no name)
    inside = set().union(*(_NAMED_INSIDE.findall(moments.moments[i].text) for i in top))
    return top if set.intersection(*names) & inside else []


_NAMED_INSIDE = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+\b")


def _where_asked(q: Question, m: Moment) -> float:
    """When the answer's words asked about are said: a long stretch Whisper wrote without a stop ("Welcome to
    ... for 2020 and run you through kind of our FEARS and also predictions for them") starts 8 s before the
    words a question asks about; there the first of them the question names ("besides their FEARS, what will
    they give for each team?"), timed by its share of the characters, else its start. A number asked "when" (or
    "does he make it to ten?") of a line of numbers is timed so too ("when does he get to seven?": 6 s into "1, 2, 3,
    4, 5, 6, 7, 8, 9, 10.", said over 10 s), as is the one number of such a line that answers "which number?"."""
    said = words(m.text)
    if m.source == "transcript" and (q.when or _YES_OR_NO.match(q.form)) and m.end - m.start >= _LONG_NUMBERS_S:
        at = next((a for (a, _), w in zip(word_spans(m.text), said)
                   if (w in _NUMERALS or w in SMALL_NUMBERS) and stem(w) in q.topic), None)
        if at:
            return part_of(m, at).start
    if m.source == "transcript" and q.wants_number and not q.when and m.end - m.start >= _LONG_NUMBERS_S:
        # "the very last word is just a number. Which number?" -> "Front, left, rear, right, six.", said over 6 s: the
        # one number said in it is what answers, 5 s in
        numbers = [a for (a, _), w in zip(word_spans(m.text), said) if w in _NUMERALS or w in SMALL_NUMBERS]
        if len(numbers) == 1:
            return part_of(m, numbers[0]).start
    if m.source != "transcript" or len(said) < LONG_CLAUSE_WORDS or m.end - m.start < LONG_CLAUSE_S:
        return m.start
    low = m.text.lower()
    first = {}  # stem -> where it is first said
    for match in re.finditer(r"[a-z0-9']+", low):
        first.setdefault(stem(match.group()), match.start())
    asked = [stem(w) for w in words(q.text) if stem(w) in q.stems - UTTERANCE and stem(w) in first]
    at = first[asked[0]] if asked else 0
    if at < len(low) / 3 or re.search(r"[,.;:!?]", low[:at]):  # (a sentence of clauses answers from its start)
        return m.start
    return m.start + (m.end - m.start) * at / len(low)


# "When does anyone first say something?", "when does somebody first speak?": the first line said, whatever it says
_FIRST_SPEAKS = re.compile(r"^\W*when (?:does|do|did) (?:anyone|anybody|someone|somebody|a voice|any voice|a person|"
                           r"the (?:first )?(?:voice|speaker)) (?:first )?(?:say (?:something|anything|a word)|speak|talk|"
                           r"start (?:talking|speaking)|begin (?:talking|speaking)|come in)(?: first)?\W*$")


def _answer_by_form(q: Question, moments: MomentSet, spoken: list[int], score, lex, near) -> Answer | None:
    """Questions answered by where, how often or in what form something is said rather than by the clause
    that matches best: which of two comes first, how many times, a phone menu's option, a name, a
    self-introduction or a form of address, every member of a category said, what comes right after
    something, the key word, what was done instead, how someone talks, what a thing is (vidsense.said_order,
    vidsense.menu). Tried in this order; None when none of them applies or finds its answer (a name or form
    of address asked for and not said is answered here, as not found). ``spoken``: the transcript's clauses
    with content words, best first."""
    if q.either and (earlier := which_first(q, moments)) is not None:
        return earlier
    if q.when and q.voice is None and _FIRST_SPEAKS.search(q.form) and (said := sorted(
            moments.spoken.values(), key=lambda m: m.start)):
        return Answer(said_text(q, said[0]), said[0].start, said[0].end, confidence(1.0, found=True), True, [said[0]])
    if q.when and (quote := _quoted_said(q, moments)) is not None:
        return quote  # 'when does somebody just say "no"?' -> 'At 0:20: “No.”'
    if (way := before_or_after(q, moments)) is not None:
        return way  # "is the line about the barrel said before or after the one about oranges?" -> "After: ..."
    if (once := once_said(q, moments)) is not None:
        return once  # "but what happens to them just this once?" -> "But just these ones, send them to voicemail."
    if (going := destination(q, moments, near)) is not None:
        return going  # "where does he want to get to?" -> "Dublin (“and says, how do I get to Dublin?”)"
    if not q.when and (about := gist_of(q.form, moments)) is not None:
        return about  # "what's the feedback mostly about?" -> "duplication of effort and" ("He's talking about ...")
    if (told := _more_info(q, moments)) is not None:
        return told  # "where can I go for more information?" -> "... for more information. | Visit www.asterisk.org."
    if (cut := cut_off(q, moments)) is not None:
        return cut  # "what are the last words you hear before it cuts out?" -> "Hitty the world."
    if (again := speaks_again(q, moments)) is not None:
        return again  # "there's a long quiet stretch. When does he start talking again?"
    if (among := words_among_laughs(q, moments)) is not None:
        return among  # "what three words does he manage to say between laughs?" -> "Montreal, forced, liner"
    if (laugh := laughing(q, moments)) is not None:
        return laugh  # "what does he keep doing between the words at the end?" -> "Laughing: “Ha ha ha!”"
    if (own := self_reported(q, moments)) is not None:
        return own  # "what does he say he has?" -> "I have a cold"
    if (line := ordinal_line(q, moments, near)) is not None:
        return line  # "when does that very last line begin?" -> "At 0:37: “He might even have been made amiable ...”"
    if (word := one_word_said(q, moments, near)) is not None:
        return word  # "right at the end someone says one short word. When?" -> "At 0:41: “No.”"
    if (before := said_before_count(q, moments, near)) is not None:
        return before  # "right before he starts counting, what word does he say?" -> "“testing” (“... testing one two ...”)"
    if (numbers := numbers_counted(q, moments, near)) is not None:
        return numbers  # "that voice is counting. How many numbers does he say?" -> "10 numbers (“1, 2, 3, ...”)"
    if (pace := count_pace(q, moments, near)) is not None:
        return pace  # "is he counting quickly or slowly?" -> "Slowly: 10 numbers in 10.3 s (about 1.0 a second)."
    if (lines := sentences_counted(q, moments)) is not None:
        return lines  # "how many sentences get read before it goes quiet?" -> "8 sentences, from 0:01 to 0:24"
    if (counted := line_times(q, moments)) is not None:
        return counted  # "how many times is that line about the well said?" -> "Twice: at 0:06 and 0:20 (“...”)"
    if (again := said_again(q, moments, near)) is not None:
        return again  # "the final voice reads a sentence we've already heard. Which one?" -> "“It's easy to tell ...”"
    if (repeated := repeated_phrase(q, moments, near)) is not None:
        return repeated  # "several of the options finish with the same words. Which?" -> "now and forevermore"
    if (repeated := repeated_word(q, moments, near)) is not None:
        return repeated  # "he keeps saying the same word over and over. Which one?" -> "words"
    if q.wants_reason and _WHY_VOICE.search(q.form) and (ill := _illness_said(q, moments, spoken, near)) is not None:
        return ill  # "why does he sound so bunged up?" -> "I have a cold"
    if q.when and q.said_in and q.topic <= SPEECH_NOUN_STEMS:
        # "when does she switch to Spanish?", "when does the Spanish part begin?": where it is first said
        if (m := first_said_in(q.said_in, moments)) is None:
            return Answer(f"{NOT_FOUND} Nothing is said in {language_name(q.said_in)}.", None, None, 0.1, False)
        return Answer(said_text(q, m), m.start, m.end, LANGUAGE_CONFIDENCE, True, [m])
    if (q.when and q.other_language
            and q.topic - (q.sequence.anchor if q.sequence else frozenset()) <= _LANGUAGE_SWITCH_STEMS | SPEECH_NOUN_STEMS):
        # "when does it switch to another language?", "when does the language change?" ("after the long silence, ..."):
        # the first sentence in a language other than the first one's
        if (m := first_in_another_language(moments)) is None:
            return Answer(f"{NOT_FOUND} All that is said is read as one language.", None, None, 0.1, False)
        return Answer(said_text(q, m), m.start, m.end, LANGUAGE_CONFIDENCE, True, [m])
    for asks, address, unlike in ((_ASKS_EMAIL, _EMAIL_ADDRESS, None), (_ASKS_WEB, URL, _EMAIL_ADDRESS)):
        if not asks.search(q.form):
            continue
        said = [i for i in spoken if not (unlike and unlike.search(moments.moments[i].text))]  # "help at x dot org"
        if (typed := _typed_answer(q, moments, said, score, [address])).found:
            return typed  # "when does she give out the web address?" -> "At 0:57: “For more information, visit www...”"
    if (guests := guests_said(q, moments)) is not None:
        return guests  # "who is on the show with him?" -> "I'm sideshow joined by Custer and Reinforce."
    if (hard := difficulty_said(q, moments, near)) is not None:
        return hard  # "and how hard does she say it is?" -> "... and that's pretty straightforward."
    if (task := task_said(q, moments)) is not None:
        return task  # "what job will they all be doing?" -> "checking the transcriptions so the second pass"
    if (job := job_said(q, moments)) is not None:
        return job  # "what does she do for a living?" -> "You see, I teach entrepreneurship,"
    if q.topic and not q.when and (often := _frequency_said(q, moments, spoken, lex)) is not None:
        return often  # "how often do you want to see it ...?" -> "you always want to see it in the superlative degree"
    if (((q.how_often and (q.topic or word_named(q))) or asks_more_than_once(q)) and not q.when
            and (counted := times_said(q, moments, near)) is not None):
        return counted  # "how many times does he tell me to left click?" -> "3 times: at 0:02 ..., 0:10 and 0:24."
    if q.choice and q.either is None and (chosen := choice_said(q, moments)) is not None:
        return chosen  # "do I spell their first name or their last name?" -> "... of your party's last name ..."
    if (chosen := menu_answer(q, moments)) is not None:
        return chosen
    if (counted := options_counted(q, moments)) is not None:
        return counted  # "how many choices does she give me?" -> "5 options (keys 1, 2, 3, 4, 5): ..."
    introduced = (q.named_this or q.identity) and any(_INTRO.search(moments.moments[i].text) for i in spoken)
    if (q.named_this and not introduced
            and (named := _typed_answer(q, moments, spoken, score, [_THIS_IS_THE])).found):
        return named  # "what does he call this recording?" -> "so this is the sick corpus" (no welcome said)
    if q.addressee or q.self_named or (q.wants_name and not q.topic):
        typed = _typed_answer(q, moments, spoken, score)
        if typed.found or not (q.self_named and q.topic):  # "when does Sheila introduce herself?": her name
            return typed
    if q.identity and introduced:
        typed = _typed_answer(q, moments, spoken, score)
        if typed.found and not _new_words(q, Moment(0.0, 0.0, "transcript", typed.answer)) - _GREETING:
            # "what's the name of the company whose directory this is?" is not answered by "Welcome to the directory,"
            return Answer(NOT_FOUND, None, None, 0.1, False, typed.evidence)
        return typed
    if (q.listed and (not q.order or WHICH_ALONE.search(q.form)) and not q.counted
            and (listed := _listed(q, moments, near)) is not None):
        return listed  # "which cards are read out?": all of them, not the best-matching one ("the last one lists
        # three cards. Which ones?": the last run of them)
    if q.sequence and (counted := count_asked(q, moments, near)) is not None:
        return counted  # "after testing, he counts. Up to which number?": the count, not the line after "testing"
    if q.sequence and (following := next_to(q, moments)) is not None:
        if q.counted and (members := category_of(q.counted)) and (named := member_mentions(members, following.answer)):
            # "after a long quiet bit someone reads out playing cards. How many cards are there?": those said there, counted
            return replace(following, answer=f"{len(named)}: {following.answer}")
        return following
    if q.key_word and (word := key_word(q, moments)) is not None:
        return word  # "which word does she single out as the key one?" -> "Apparently, that's the operative word."
    if q.instead and (done := done_instead(q, moments)) is not None:
        return done  # "what did Josh do instead of finishing it?" -> "He just decided to fail it instead"
    if q.manner and (manner := manner_answer(q, moments, spoken, near)) is not None:
        return manner  # "how is he talking at the start of the second recording?" -> "I'm talking pretty fast here."
    if q.defines and not q.when and q.time is None:
        if (defined := definition(q, moments)) is not None:
            return defined  # "what is Asterisk?" -> "Asterisk is an open-source, full-featured PBX ..."
        if (" " not in q.defines and re.match(r"\W*what\b(?! (?:does|did|do)\b)", q.form)
                and not q.lead_in):
            # "what was the Collapse?" of "... recover technologies from before the collapse": a thing named
            # and never said to be anything is not defined (a sentence before the question may say what it is:
            # "Somebody complains about how the days feel. What's the complaint?" asks what is said)
            return Answer(NOT_FOUND, None, None, 0.1, False)
    return None


# "Why does he sound so bunged up?", "why does his voice sound different?" (not "why is his voice so high pitched?":
# a falsetto put on, which no illness explains)
_WHY_VOICE = re.compile(r"^(?!.*\b(?:high|pitch\w*|squeak\w*|fast|slow\w*|quiet\w*|loud\w*|whisper\w*|soft\w*)\b)"
                        r".*\b(?:sound\w*|voice)\b")
_HYPHENATED = re.compile(r"\w+(?:-\w+)+")  # "cold-hearted" names no cold


def _illness_said(q: Question, moments: MomentSet, spoken: list[int], near) -> Answer | None:
    """The first sentence that names an illness (WordNet: "I have a cold"), in the part asked about if one is:
    why someone sounds as they do. None when none does."""
    ill = sorted((i for i in spoken if mentions_kind("illness", _HYPHENATED.sub(" ", moments.moments[i].text))),
                 key=lambda i: moments.moments[i].start)
    if near is not None:
        ill = preferred(ill, lambda i: near[i] > 0)
    if not ill:
        return None
    m = moments.moments[ill[0]]
    if len(words(_sentence_of(moments, m).text)) <= _LONG_SENTENCE_WORDS:  # its sentence, unless Whisper ran on
        m = _sentence_of(moments, m)  # ("I have a cold, so this probably sounds a lot different")
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# words quoted in a question: 'when does somebody say "no"?', "when does the reader say 'Pity the world'?"
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201d]{1,60})[\"\u201d]|(?:^|\s)['\u2018]([^'\u2019]{1,60})['\u2019](?=[\s?.!,]|$)")


def _says_only_quoted(q: Question, text: str) -> bool:
    """Whether ``text`` says nothing but a phrase the question quotes, a word of it perhaps misheard ("Thitty the
    world." for "pity the world")."""
    said = words(text)
    for match in _QUOTED.finditer(q.text):
        quote = words(next(g for g in match.groups() if g))
        if quote and len(said) <= len(quote) and sum(w not in quote for w in said) <= 1 and len(quote) >= 3:
            return True
    return False


def _quoted_said(q: Question, moments: MomentSet) -> Answer | None:
    """When the words a question quotes are said: the first sentence that is those words and nothing else, else
    the first clause that says them in a row; None when nothing is quoted or nothing says it (not found when the
    quote is all words the rules do not match on: 'when does somebody say "yes"?')."""
    m = _QUOTED.search(q.text)
    quoted = words(next(g for g in m.groups() if g)) if m else []
    if not quoted:
        return None

    def says_it(clause: Moment) -> bool:
        said, n = words(clause.text), len(quoted)
        return any(said[k:k + n] == quoted for k in range(len(said) - n + 1))

    alone = (s for s in sorted(moments.spoken.values(), key=lambda s: s.start) if words(s.text) == quoted)
    inside = (c for c in sorted((c for c in moments.moments if c.source == "transcript"), key=lambda c: c.start)
              if says_it(c))
    best = next(alone, None) or next(inside, None)
    if best is None:
        return Answer(NOT_FOUND, None, None, 0.1, False) if not content_words(" ".join(quoted)) else None
    return Answer(said_text(q, best), best.start, best.end, ORDER_CONFIDENCE, True, [best])


_HOW_OFTEN_DONE = re.compile(r"^\W*how often\b")  # how often something is done, not how often it is said
_FREQUENCY = re.compile(r"\b(?:always|never|often|usually|sometimes|rarely|seldom|frequently|occasionally|constantly|"
                        r"daily|weekly|monthly|yearly|annually|hourly|every (?:day|night|week|month|year|time|morning|evening)|"
                        r"(?:once|twice|\w+ times) (?:a|an|per|every) \w+)\b")


def _frequency_said(q: Question, moments: MomentSet, spoken: list[int], lex) -> Answer | None:
    """"How often do you want to see it in the superlative degree?": the best clause holding half the words
    asked about whose sentence says how often ("you ALWAYS want to see it ..."); None when none does, and
    for "how many times ...?" (the times it is said are counted instead)."""
    if not _HOW_OFTEN_DONE.match(q.form):
        return None
    for i in spoken[:_CANDIDATES]:
        m = _sentence_of(moments, moments.moments[i])
        if lex[i] >= LEXICAL_FOUND and _FREQUENCY.search(m.text.lower()) and _beyond_names(q, m):
            return Answer(said_text(q, m), m.start, m.end, confidence(float(lex[i]), found=True), True, [m])
    return None


# A phone menu (vidsense.menu): "what do I press to talk to customer service?", "how do I get an
# operator?" name an option; "what happens if I press 3?", "where does option 3 send the caller?" a key.


_NTH = {"second": 1, "third": 2}  # "said a second / third time" (questions._order)
_SOMEONE_ELSE_PENALTY = 0.2


_WH = frozenset("what which who whom whose where when why how".split())
_ECHO_WORDS = 4  # the speaker's own words a question repeats, in their order, this many at least ...
_ECHO_SHARE = 0.7  # ... and this share of the question's words at least
_ECHO_CONFIDENCE = 0.5


def _in_order(a: list[str], b: list[str]) -> tuple[int, int]:
    """How many words of ``a`` ``b`` says in the same order (their longest common subsequence), and the
    longest run of them it says one after another (their longest common substring)."""
    sub = [0] * (len(b) + 1)  # the longest common subsequence of a's words so far and b[:j]
    run, longest = [0] * (len(b) + 1), 0  # the longest run of both that ends on a's word and b[j - 1]
    for x in a:
        diagonal, diagonal_run = 0, 0
        for j, y in enumerate(b, 1):
            diagonal, sub[j] = sub[j], diagonal + 1 if x == y else max(sub[j], sub[j - 1])
            diagonal_run, run[j] = run[j], diagonal_run + 1 if x == y else 0
            longest = max(longest, run[j])
    return sub[-1], longest


_FILL_IN = re.compile(r"^\W*(?:and |so |then )?(?!what\b|who\b|where\b|which\b)\w+\b.*\b(?:what|who|where)\W*$")  # "... more what?"


def filled_in(q: Question, moments: MomentSet) -> Answer | None:
    """"He might have been made still more WHAT?": a question of function words that repeats the speaker's and asks
    for the word after them, answered by the sentence that says them (``_echoed``); None for another question."""
    if not q.topic and _FILL_IN.search(q.form):
        return _echoed(q, moments)
    if _BARE_WH.match(q.last_sentence) and (blank := _SAYS_BLANK.search(q.text)):
        # "The following line says he might even have been made SOMETHING himself. What?": the lead-in's words
        return _echoed(q, moments, [w for w in words(blank.group(1)) if w not in _BLANKS])
    if (pair := _WORD_PREP_WH.search(q.last_sentence)) and (said := _pair_said(moments, pair.group(1), pair.group(2))):
        # "The last man says people are moving WITHIN what?": the one line that says "moving within" (of the two that
        # say "people moving")
        # (a long stretch from where it says them, as from_phrase does; a sentence as it is)
        part = from_phrase(said, [re.compile(rf"\b{re.escape(pair.group(1))} {pair.group(2)}\b", re.IGNORECASE)])
        return Answer(part.text.strip(), part.start, said.end, _ECHO_CONFIDENCE, True, [said])
    if _GOES_ON_WH.match(q.last_sentence) and (told := _TELLS_TO.search(q.text[:-len(q.last_sentence)] or " ")):
        # "Someone tells me to go somewhere. And do what?": the lead-in's words, then the question's
        return _echoed(q, moments, [w for w in words(told.group(1)) + words(q.last_sentence) if w not in _WH])
    return None


# "... moving within what?", "... made of what?": a word and a preposition, then the question word
_WORD_PREP_WH = re.compile(r"\b([a-z']{3,}) (within|into|onto|from|with|without|about|for|of|at|on|in|to|by|under|over|behind|"
                           r"across|through|towards?|between|against|inside|outside|beside|near) (?:what|whom|which \w+)\W*$")


def _pair_said(moments: MomentSet, word: str, prep: str) -> Moment | None:
    """The one sentence that says ``word`` right before ``prep`` ("moving within"); None where none or several do."""
    said = [m for m in moments.spoken.values() if re.search(rf"\b{re.escape(word)} {prep}\b", m.text.lower())]
    return said[0] if len(said) == 1 else None


_BARE_WH = re.compile(r"^\W*(?:and |so )?(?:what|who|where)(?: exactly)?\W*$", re.IGNORECASE)
_SAYS_BLANK = re.compile(r"\bsays? (?:that )?([^.?!]*\bsome(?:thing|one|body|where)\b[^.?!]*)", re.IGNORECASE)
_GOES_ON_WH = re.compile(r"^\W*(?:and|or|but|then)\b[^?.!]*\b(?:what|who|where|whom)\W*$", re.IGNORECASE)  # "And do what?"
_TELLS_TO = re.compile(r"\b(?:says?|tells? (?:me|us|you|them|him|her)|asks? (?:me|us|you|them|him|her)) (?:to |that )?"
                       r"([^.?!]+)[.!]?\s*$", re.IGNORECASE)
_BLANKS = frozenset("something someone somebody somewhere".split())


def _echoed(q: Question, moments: MomentSet, asked: list[str] | None = None) -> Answer | None:
    """A question that repeats the speaker's words, function words and all, and asks for the rest ("What might
    he even have been made?" for "He might even have been made amiable himself."): the one sentence that says
    most of its words in their order, _ECHO_WORDS of them one after another, something more that neither the
    question nor its lead-in says, and the kind of thing asked (answer_checks). "Which team won the Overwatch
    League in 2020?" repeats no such run of "... every single team in the Overwatch League for 2020". None when
    no sentence does, or two do equally. ``asked``: the words repeated, where they are not the last sentence's."""
    loose = asked is not None or not q.topic  # (function words asked: a function word may be what is new)
    if asked is None:
        asked = [w for w in words(q.last_sentence) if w not in _WH]
    if len(asked) < _ECHO_WORDS:
        return None
    mentioned = {stem(w) for w in words(q.text)}
    best, tie, most = None, False, 0
    for m in moments.spoken.values():
        n, run = _in_order(asked, words(m.text))
        # (something more: a content word, or any word where the question is all function words, "and do what?" ->
        # "... and do SOMETHING")
        more = content_stems(m.text) - mentioned or (loose and {stem(w) for w in words(m.text)} - mentioned)
        if run < _ECHO_WORDS or n < _ECHO_SHARE * len(asked) or not more or not says_what_is_asked(q, m.text):
            continue
        best, tie, most = (m, False, n) if n > most else (best, tie or n == most, most)
    if best is None or tie:
        return None
    return Answer(said_text(q, best), best.start, best.end, _ECHO_CONFIDENCE, True, [best])


def _asks_if_worked(q: Question) -> bool:
    """"Did it work?", "did the install succeed?" (not "do I need anything set up for this to work?")."""
    return (bool(_YES_OR_NO.match(q.form)) and any(p in _WORKED for p in q.phrases)
            and not _ONLY_TO_WORK.search(q.text))


def _answers(q: Question, moments: MomentSet, i: int, sem, lex, near=None) -> bool:
    """Whether the clause ``i`` answers: the video says what is asked (judged on the clause's whole
    sentence, counting an addressee's words too: "my fellow Americans, ask ..."), and it is the kind
    of thing asked for (its sentence, with a short neighbour it needs). ``near``: the weights of the part
    of the video the question is placed in (by its words or by the answer before), where given."""
    if q.topic:
        gate = max(lex[i], _lexical(q, _sentence_of(moments, moments.moments[i]), vocatives=True))
        # a question that names the language of the part it asks about ("in the French part, what does she
        # say she'll try to do?") is narrowed to it: its words there are enough, however unlike the
        # question's wording the translation is (cosine 0.02 to "I will try to locate it for you")
        narrowed = q.said_in is not None and moments.moments[i].language == q.said_in
        # (a failure asked about and said in so many words is the evidence, however unlike the wording: "didn't work
        # out" and "unable to create a connection", cosine 0.07)
        # (and "did it work?": what went wrong or right is the answer, "I was unable to ...", "successfully installed")
        said = moments.moments[i].text
        worked = _asks_if_worked(q)
        failed = ((_FAIL in q.phrases or _UNABLE in q.phrases or worked) and FAILURE.search(said.lower()) is not None
                  or worked and _SUCCESS.search(said) is not None)
        # (and so is a laugh, "Ha ha ha," for "when does he start laughing?": cosine 0.05)
        laughed = any(p[0] in LAUGH_STEMS for p in q.phrases) and LAUGHTER.search(moments.moments[i].text) is not None
        # (and an instruction for "what am I supposed to do while it's trying?": "Please wait a moment while I attempt
        # to make the connection", cosine 0.08: the question's words are mostly its frame)
        instructed = bool(TO_DO.match(q.form)) and INSTRUCTION.search(moments.moments[i].text.lower()) is not None
        # (and a place for "and the other woman, where does she live?": "I'm Sheila in Texas" says it without the verb)
        placed = q.wants_place and q.topic <= _WHERE_STATIVE_STEMS and sem[i] >= SEMANTIC_FLOOR
        if not ((gate >= LEXICAL_FOUND and (sem[i] >= SEMANTIC_FLOOR or narrowed or failed or laughed or instructed))
                or placed
                or sem[i] >= SEMANTIC_ONLY
                or (gate >= _SOME_SAID and sem[i] >= _SEMANTIC_SOME and (
                    q.category is None or mentions_kind(q.category[1], _sentence_of(moments, moments.moments[i]).text)))
                or (gate >= ALL_SAID and (sem[i] >= SEMANTIC_FLOOR_ALL or q.says_about))
                # ("You have also installed sample sounds ... that should help you get started." What are those
                # meant to help me do?": every word asked, said in the part asked about, however vague the wording
                # is, cosine 0.08)
                or (gate >= ALL_SAID and near is not None and near[i] > 0)
                # ("The very last word is just a number. Which number?": a number said in the part asked about, cosine
                # 0.1 to "Front, left, rear, right, six."; a card's, "Ten of clubs", is no number said)
                or (q.wants_number and q.topic <= NUMBER_NOUNS and near is not None and near[i] > 0
                    and has_number(moments.moments[i].text)
                    and not mentions_member(category_of(stem("card")), moments.moments[i].text))
                # ("what's she saying about the number?": what it is about, said, is the evidence, cosine 0.08 to "The
                # number is not in service")
                or (_ASKED in q.phrases and set(q.phrases) <= {_ASKED, _QUESTION} and lex[i] >= 0.999)
                # ("what does he ask?", "what question does she ask?": a question said)
                # "what's wrong with him?": "I have a cold" (an illness) is the answer however unlike it
                # the question is worded (cosine 0.09); not so any kind of a category ("what animal is
                # mentioned?" and WordNet's "young" animals)
                or (q.category == WRONG_WITH and q.phrases == ((q.category[0],),) and lex[i] >= 0.999)
                # a member of the closed list asked for, said ("which card is read out?": "... seven of clubs",
                # cosine -0.01: the embedding barely tells a card from a pizza, see vidsense.categories)
                or (gate >= ALL_SAID and q.which is not None and (members := category_of(q.which)) is not None
                    and mentions_member(members, _sentence_of(moments, moments.moments[i]).text))):
            return False
        if not _beyond_names(q, _sentence_of(moments, moments.moments[i])):
            return False
        sentence = _sentence_of(moments, moments.moments[i]).text
        if any(len(p[0]) == 1 and not _says_letter(p[0], sentence) for p in q.phrases):
            return False  # "which key is used for the letter Z?" is not answered by "use the 7 key for Q"
    said = _completed(q, moments, _sentence_of(moments, moments.moments[i]))
    if not q.when and not content_stems(LAUGHTER.sub(" ", said.text)):
        return False  # "what three words does he say in between laughing?" is not answered by "Ha, ha, ha, ha"
    # a key or a number asked for may be said only in the original of a translation: "press on SET" is
    # "appuyer sur 7" (the other checks read English words)
    return says_what_is_asked(q, said.text) or (said.original is not None and (q.wants_number or q.head in KEY_HEADS)
                                                and says_what_is_asked(q, said.original))


def _says_opposite(q: Question, text: str) -> bool:
    """Whether ``text`` has the other polarity than the question about what it asks: a "not" next
    to a word asked about ("ask NOT what ...", for "what should we ask?"), not one inside a name
    ("a polite, don't call menu", for "what kind of menu does option four send them to?")."""
    low = text.lower()
    if not NEGATION.search(low):
        # (a reason is given without a "not": "why can't anyone come to the phone?" -> "all representatives are busy";
        # a failure asked, "didn't work", is said by "unable": vidsense.answer_checks.FAILURE)
        return q.negated and not q.wants_reason and _FAIL not in q.phrases
    if q.negated:
        return False
    tokens = re.findall(r"[a-z0-9']+", low)
    asked = q.topic | ({q.predicate} if q.predicate else set())
    return any((NEGATION.fullmatch(t) or t.endswith("n't"))
               and any(stem(n) in asked for n in tokens[max(0, j - 1):j] + tokens[j + 1:j + 2])
               for j, t in enumerate(tokens))


def _says_letter(letter: str, text: str) -> bool:
    """A single letter asked about ("the letter Z") is said as a word of its own (content words leave it out)."""
    return re.search(rf"\b{re.escape(letter)}\b", text, re.IGNORECASE) is not None


def _someone_else(q: Question, text: str) -> bool:
    """Whether ``text`` says that another person does what is asked: "what food does HE say he likes?"
    of "SHE likes the oranges" (the pronoun right before the verb asked about, in both)."""
    for verb, asked in q.doers:
        if said := doer_said(verb, text):
            return said != asked
    return False


def _beyond_names(q: Question, m: Moment) -> bool:
    """Whether the moment says something the question asks beyond whom it names: "This is Diane
    in New Jersey" shares "Diane" with "what does Diane call her husband?" and says nothing about
    a husband. A question of names and people only ("when is Chicago mentioned?") or one that
    asks for a place, a number or a date (checked by answer_checks) passes."""
    subject = q.names | PEOPLE_STEMS  # "the two WOMEN" are who it is about too
    if not q.names or q.topic <= subject or q.wants_place or q.wants_number or q.wants_date or q.wants_year:
        return True
    rest = tuple(p for p in q.phrases if not set(p) <= subject)
    return _lexical(replace(q, phrases=rest, topic=q.topic - subject), m, vocatives=True) > 0


_FOLLOW_SENTENCES = 5  # a turn of a conversation: the next sentences said ...
_PRONOUN = re.compile(r"\b(?:i|i'm|me|my|we|us|our|he|him|his|she|her|they|them|their)\b", re.IGNORECASE)


def _follow_up(q: Question, moments: MomentSet, best: Moment, share: float) -> Answer | None:
    """"What do people down there call Sheila?": the best match says who ("I'm Sheila in Texas") but
    not the verb asked about; a sentence soon after that refers back to her and says it answers ("...
    they all call me a Yankee down here"). None unless the best match holds half the words asked
    about, and one of the next few sentences (within ``SEQUENCE_GAP_S``) says the verb with a
    pronoun and passes the answer checks."""
    if best.source != "transcript" or best.sentence is None or share < LEXICAL_FOUND:
        return None
    after = [s for k, s in moments.spoken.items() if k > best.sentence][:_FOLLOW_SENTENCES]
    for m in after:
        if m.start - best.end > SEQUENCE_GAP_S:
            break
        if _PRONOUN.search(m.text) and says_what_is_asked(q, m.text):
            return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m, _sentence_of(moments, best)])
    # or the sentence just before, by the one who then says who she is: "I heard a beep. | This is Diane ..."
    before = moments.spoken.get(best.sentence - 1)
    if (before is not None and best.start - before.end <= _NEIGHBOUR_GAP_S and _INTRO.search(best.text)
            and re.search(r"\b(?:i|i'm|me|my)\b", before.text, re.IGNORECASE) and says_what_is_asked(q, before.text)):
        return Answer(said_text(q, before), before.start, before.end, ORDER_CONFIDENCE, True, [before, best])
    return None


def _listed(q: Question, moments: MomentSet, near=None) -> Answer | None:
    """Every member of the category ``q.listed`` said (in the part of the video asked about), in
    order: "Eight of spades, four of clubs, seven of hearts", counted for "how many" ("3: ...")."""
    members = category_of(q.listed)
    if _ON_ITS_OWN.search(q.text) or _IN_ONE_GO.search(q.text):
        # "which two numbers are said on their own, one after the other?", "how many cards are named in one go?"
        return _run_listed(q, moments, members, near)
    if not q.topic <= {q.listed}:
        if (q.counted == q.listed and HOW_MANY_ALONE.search(q.form)) or WHICH_ALONE.search(q.form):
            # "someone rattles off a string of cards. How many?", "a voice names two speaker positions. Which ones?"
            return _run_listed(q, moments, members, near)
        return None  # "how many cards are named in the longest reading?": a part it cannot tell apart
    said = [(m, member_mentions(members, m.text)) for i, m in enumerate(moments.moments)
            if m.source == "transcript" and (near is None or near[i] > 0)]
    said = [(m, found) for m, found in said if found]
    if not said:
        return None
    items = [item for _, found in said for item in found]
    text = ", ".join(items)
    if q.counted:
        text = f"{len(items)}: {text}"
    return Answer(text, said[0][0].start, said[-1][0].end, ORDER_CONFIDENCE, True, [m for m, _ in said][:EVIDENCE])


def _count_named(q: Question) -> int | None:
    """How many of the listed things the question says there are ("TWO numbers come", "a couple of numbers": read
    as two); None when it says no number before them."""
    said = words(q.text)
    for k, w in enumerate(said[1:], 1):
        if stem(w) == q.listed and (n := said[k - 1]) in SMALL_NUMBERS[2:]:
            return SMALL_NUMBERS.index(n)
    return None


def _run_listed(q: Question, moments: MomentSet, members, near=None) -> Answer | None:
    """The members of the category said in the run of sentences that says the most of them (sentences said less
    than ``_RUN_GAP_S`` apart: "Front left" [1.2 s] "Rear, right."), in the part of the video asked about if any
    are said there, counted for "how many": "3: eight of spades, four of clubs, seven of hearts"; None when no run
    says two. Where the question says how many ("two numbers come"), a run of that many, else a sentence, else a
    run of sentences up to ``_WIDE_RUN_GAP_S`` apart ("Three." [2.5 s] "Five.")."""
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    if _ON_ITS_OWN.search(q.text):  # "which two numbers are said on their own?": sentences that say nothing else
        said = [m for m in said if _only_members(members, m.text)]
    at = None if near is None else moments.sentences_near(near)

    def runs_of(gap: float) -> list[tuple[list[Moment], list[str]]]:
        runs: list[list[Moment]] = []
        for m in said:
            if runs and m.start - runs[-1][-1].end < gap:
                runs[-1].append(m)
            else:
                runs.append([m])
        found = [(run, [x for m in run for x in member_mentions(members, m.text)]) for run in runs]
        if at is not None:
            found = [(run, f) for run, f in found if any(m.sentence in at for m in run)] or found
        return found

    found = runs_of(_RUN_GAP_S)
    if (n := _count_named(q)) is not None:  # "two numbers come. Which are they?": a run of two, if one is said
        # (a sentence of them: "the last one lists three cards", said 2.6 s after the card before)
        singles = [([m], f) for run, _ in found for m in run if len(f := member_mentions(members, m.text)) == n]
        found = ([(run, f) for run, f in found if len(f) == n] or singles
                 or [(run, f) for run, f in runs_of(_WIDE_RUN_GAP_S) if len(f) == n] or found)
    if not found:
        return None
    if q.order in ("first", "last") and (several := [(run, f) for run, f in found if len(f) >= 2]):
        run, items = (min if q.order == "first" else max)(several, key=lambda p: p[0][0].start)
    else:
        run, items = max(found, key=lambda p: (len(p[1]), p[0][0].start))
    if len(items) < 2:
        return None
    text = ", ".join(items)
    run = [m for m in run if member_mentions(members, m.text)]  # where they are said, not the run's other sentences
    return Answer(f"{len(items)}: {text}" if q.counted else text, run[0].start, run[-1].end, ORDER_CONFIDENCE, True,
                  run[:EVIDENCE])


_RUN_GAP_S = 2.0
_WIDE_RUN_GAP_S = 3.0
_IN_ONE_GO = re.compile(r"\b(?:in one go|in a single go|in one breath|in a single breath|all at once|in a row|"
                        r"(?:one )?after (?:one )?another|one after the other|back to back|in one (?:sentence|line|list))\b",
                        re.IGNORECASE)
_ON_ITS_OWN = re.compile(r"\b(?:on (?:its|their) own|by (?:itself|themselves)|alone)\b", re.IGNORECASE)


def _only_members(members, text: str) -> bool:
    """Whether ``text`` says members of the category and nothing else ("Three.", "Front, left.")."""
    found = member_mentions(members, text)
    return bool(found) and len(words(" ".join(found))) == len(words(text))


def _run(clauses: list[Moment], a: int, b: int) -> Moment:
    """Clauses a..b (inclusive) of one sentence as one moment."""
    return joined_sentences(clauses[a:b + 1])[0]


def _widened(q: Question, moments: MomentSet, m: Moment) -> Moment:
    """The clause grown by its neighbours in a long sentence, one at a time, until it holds as many of
    the question's words as the whole sentence, says more than the question and can answer
    (answer_checks): in a 16 s phone menu said as one sentence, "Dial 3, | to send this caller to
    the torture menus," answers "which number sends the caller to the torture menus?", at 0:10,
    not the menu from "Dial 1" at 0:01. At each step the neighbour that makes it answer, else the
    one that adds more of the question's words, else the one before."""
    whole = _sentence_of(moments, m)
    clauses = moments.clauses.get(m.sentence, [])
    if m not in clauses or (len(words(whole.text)) <= _LONG_SENTENCE_WORDS and m.start - whole.start < _FAR_INTO_S):
        # a sentence of ordinary length is the answer whole (not "You see, I teach entrepreneurship, | and we all know
        # that most new ventures fail, | and innovators and entrepreneurs need all the luck they can get." for what
        # they need, said 6.6 s in)
        return whole
    target = _lexical(q, whole)

    def answers(run: Moment) -> bool:
        return (_lexical(q, run) >= target - 1e-6 and not _repeats_question(q, run)
                and says_what_is_asked(q, _completed(q, moments, run).text))

    a = b = clauses.index(m)
    run, ok = m, answers(m)
    while not ok:
        grown = ([(a - 1, b)] if a > 0 else []) + ([(a, b + 1)] if b + 1 < len(clauses) else [])
        if not grown:
            return whole
        # ties go to the clause before, except after a condition ("If you know your party's extension, | you
        # may dial it at any time"), which the clause it leads into completes
        leads = bool(_OPENER.match(run.text))
        options = [(answers(r), _lexical(q, r), (g[0] < a) != leads, g, r) for g in grown for r in [_run(clauses, *g)]]
        ok, _, _, (a, b), run = max(options, key=lambda o: o[:3])
    return run


# "Where can I go for more information?", "how do I find out more?" (questions.MORE_INFO): the address or number given
# "for more information"
_MORE_INFO_SAID = re.compile(r"\bmore (?:info|information|details)\b", re.IGNORECASE)
_ADDRESS = re.compile(r"\bwww\b|\w\.(?:com|org|net)\b|\b\d{3,}\b|\bdot (?:com|org|net)\b", re.IGNORECASE)
_ADDRESS_GAP_S = 1.5  # the address may be said in the sentence after, this soon ("... for more information. | Visit ...")


def _more_info(q: Question, moments: MomentSet) -> Answer | None:
    """"Where can I go for more information?": the sentence that says "more information" with the web address or number
    it gives, in it or in the sentence right after (a translation may split them: "... the operating system Linux for
    more information. | Visit www.asterisk.org."); None for another question, or where none is said."""
    if not (q.wants_place or re.match(r"\W*(?:how|what|which)\b", q.form)) or not MORE_INFO.search(q.text.lower()):
        return None
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    for k, m in enumerate(said):
        if (hit := _MORE_INFO_SAID.search(m.text)) is None:
            continue
        if _ADDRESS.search(m.text[hit.start():]):  # "For more information, visit www.asterisk.org."
            return Answer(m.text.strip(), m.start, m.end, ORDER_CONFIDENCE, True, [m])
        nxt = said[k + 1] if k + 1 < len(said) else None
        if nxt is not None and nxt.start - m.end <= _ADDRESS_GAP_S and _ADDRESS.search(nxt.text):
            return Answer(nxt.text.strip(), nxt.start, nxt.end, ORDER_CONFIDENCE, True, [m, nxt])
    return None


def _with_main_clause(moments: MomentSet, m: Moment) -> Moment:
    """A condition or purpose that opens a sentence ("In order for this to work,") with the clause
    it leads into ("you must already be connected to the Internet"): on its own it answers nothing."""
    clauses = moments.clauses.get(m.sentence, [])
    if not (_OPENER.match(m.text) and m.text.rstrip().endswith(",")) or not clauses or m.end >= clauses[-1].end:
        return m
    following = next((c for c in clauses if c.start >= m.end - 1e-6), None)
    return m if following is None else joined_sentences([m, following])[0]


# "Asterisk is an open-source, full-featured PBX ...": a sentence that says what a name is
_DEFINES_NAME = re.compile(r"^\W*(?:(?:and|so|well|now),?\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:is|was|are)\s+(?:an?|the)\s")
_NOT_NAMES = frozenset("I It This That There He She They We You Here What Who".split())  # (capitalised, no names)
_DEFINED_SEMANTIC = 0.3  # ... answers a question for a name when a clause of it is this close to the question


def _defined_name(q: Question, moments: MomentSet, sem) -> Answer | None:
    """"I rang up and a woman is describing some phone software. What's it called?": the sentence that says what a
    name is ("Asterisk is an open-source, full-featured PBX and IVR platform ..."), the one closest to the question
    where a clause of it is at least ``_DEFINED_SEMANTIC`` close; None where none is."""
    best, top = None, _DEFINED_SEMANTIC
    for i in moments.of("transcript"):
        m = moments.moments[i]
        sentence = _sentence_of(moments, m)
        defines = _DEFINES_NAME.match(sentence.text)
        if (sem[i] >= top and defines and defines.group(1) not in _NOT_NAMES
                and defines.group(1).lower() not in q.text.lower()):  # ("who created Asterisk?" asks another name)
            best, top = sentence, sem[i]
    if best is None:
        return None
    return Answer(said_text(q, best), best.start, best.end, confidence(top, found=True), True, [best])


def _completed(q: Question, moments: MomentSet, m: Moment) -> Moment:
    """The answer joined with the sentence just before or after it when that one is short, follows
    within ``_NEIGHBOUR_GAP_S`` and says a topic word the answer lacks. Whisper cuts a phone menu's
    "Dial 3 to send this caller to the torture menus" into "Dial 3." and "To send this caller to
    the torture menus.": asked "what should you dial to send the caller to the torture menus?", the
    second matches and the first answers."""
    if m.source != "transcript" or m.sentence is None:
        return m
    after = moments.spoken.get(m.sentence + 1)
    if (q.says_about and after is not None and _GOES_ON.match(after.text) and after.start - m.end <= _NEIGHBOUR_GAP_S
            and len(words(after.text)) <= 2 * _NEIGHBOUR_WORDS):
        # "what does she say about the sample sounds?": "You have also installed a set of sample sounds
        # and configuration files. That should help you get started."
        return Moment(m.start, after.end, m.source, f"{m.text.strip()} {after.text.strip()}", m.salience, m.sentence)
    missing = q.topic - content_stems(m.text)
    # "If you wish this caller to reach you directly." on its own: a condition or a purpose without
    # its main clause, which came just before ("Dial 1."), or Whisper would have kept them together
    dependent = bool(_DEPENDENT.match(m.text)) and "," not in m.text
    # "In order to hear the previous message," on its own: a sentence that stops at a comma goes on in
    # the next, which Whisper (here translating "Para escuchar el mensaje anterior, marque 4") cut off
    unfinished = m.text.rstrip().endswith(",") or bool(_ENDS_ON_CONJUNCTION.search(m.text))  # "... many books BUT"
    # "You may end the test. | by hanging up or by pressing the pound key.": a next sentence that starts in
    # lower case is the rest of this one, which Whisper cut (asked how to end the test, the rest is the answer)
    continued = after is not None and after.text.lstrip()[:1].islower()
    if not missing and not dependent and not unfinished and not continued:
        return m
    before = moments.spoken.get(m.sentence - 1)
    for other in (before, after):
        # (the rest of a sentence Whisper cut may be long: "The purpose of this test. | is to give you an audible
        # sense of the latency between you and the machine that is running the echo test application.")
        longest = _CONTINUED_WORDS if continued and other is after else _NEIGHBOUR_WORDS
        if (other is None or len(words(other.text)) > longest
                or max(other.start - m.end, m.start - other.end) > _NEIGHBOUR_GAP_S
                or not (missing & content_stems(other.text) or (dependent and other is before)
                        or ((unfinished or continued) and other is after))):
            continue
        first, second = (other, m) if other is before else (m, other)
        head = first.text.strip().rstrip(".") if continued and other is after else first.text.strip()
        return Moment(first.start, second.end, m.source, f"{head} {second.text.strip()}", m.salience, m.sentence)
    return m


def _picture_instead(q: Question, moments: MomentSet, sem, lex, score, silent: bool = False) -> Answer | None:
    """For a question worded as about speech that speech does not answer: the picture's answer, when
    its labels hold the question's words (a similarity alone is not enough here, as the video could
    have said it); else None. In a video where nothing is said ("what is on the desk?") only the
    picture can answer, and it does on its own terms (words or similarity)."""
    if q.about_speech or q.wants_date:  # labels hold no date nor time of day ("what time does the train leave?")
        return None
    if not q.wants_place and (thing := thing_answer(q, moments, score)) is not None:
        return thing  # "what's growing in the big pot on the windowsill?": a potted plant, which the detector names
    if not silent and (q.wants_place or q.predicate):  # nor where ("which city is he recording this in?": a city on
        return None  # screen is not where he records), nor what someone does ("where was the truck DRIVING to?")
    visual = visual_answer(q, moments, sem, lex, score)
    # (the label's own words only: a sound-alike, as in what is said, would let "price" match a label)
    if q.head and visual.evidence and q.head not in content_stems(visual.evidence[0].text):
        return None  # "what is the price of the car?": a car on screen says no price
    # and not by a synonym of a sense the question does not mean: WordNet's "screen" for "test"
    # matched "window screen" for "what kind of test am I about to start?"
    if visual.found and visual.evidence and (silent or _lexical(replace(q, synonyms=()), visual.evidence[0]) >= LEXICAL_FOUND):
        return visual
    return None


def _typed_answer(q: Question, moments: MomentSet, spoken: list[int], score, patterns=None) -> Answer:
    """Questions answered by a kind of phrase rather than by shared words: who is addressed (a
    vocative: "my fellow Americans", "ladies and gentlemen"), who someone is (a name after a
    title or "my name is") and what company or place this is (a self-introduction: "thank you for
    calling X"); ``patterns``: these phrases instead. The clause holding the phrase is the answer; none: not found."""
    kinds = list(patterns) if patterns else ([_VOCATIVE] if q.addressee else
             # ("what does he call this recording?": what this is, "So this is the sick corpus", before where he welcomes
             # someone to)
             ([_THIS_IS, _THIS_NAMED, _WELCOME] if q.named_this else [_WELCOME, _THIS_IS] if q.identity else [])
             # (a speaker's own name is one they give: "Mr. John Dashwood had then leisure ..." is the story's man, not
             # the name of the person reading)
             + ([_INTRODUCED, _LOWERCASE_INTRO] + ([_HOST_GREETS] if _CALLER_NAME.search(q.text) else [])
                if q.self_named else [_PERSON]))
    if q.self_named and _ITSELF.search(q.text):  # "what does the last voice call ITSELF?": "This is an example sound file"
        kinds = [_THIS_IS_THE, _THIS_IS]
    hits: list[int] = []
    for pattern in kinds:
        hits = hits or [i for i in spoken if pattern.search(moments.moments[i].text)
                        # ("what's the company CALLED?" is not answered by "Welcome to the directory.", which names none)
                        and not (q.wants_name and _NAMES_NONE.search(moments.moments[i].text))]
    if not hits and q.self_named and not q.topic:  # "... predictions for them I'm sideshow joined by": mid-sentence
        kinds = [_HOST_INTRO]
        hits = [i for i in spoken if _HOST_INTRO.search(moments.moments[i].text)]
    if not hits:
        return Answer(NOT_FOUND, None, None, 0.1, False, [moments.moments[i] for i in spoken[:EVIDENCE]])
    best = min(hits, key=lambda i: (-score[i], moments.moments[i].start))
    if q.self_named and not q.topic:  # "who's the host?": whoever introduces themselves first
        first = min((i for i in spoken if _HOST_INTRO.search(moments.moments[i].text)),
                    key=lambda i: moments.moments[i].start, default=None)
        if first is not None:
            best, kinds = first, [_HOST_INTRO]
    m = from_phrase(moments.moments[best], kinds)
    return Answer(said_text(q, m), m.start, m.end, max(confidence(score[best], found=True), 0.5), True,
                  [moments.moments[i] for i in hits[:EVIDENCE]])


# "when does it SWITCH to another LANGUAGE?", "when does the language CHANGE?": the words of such a question
_LANGUAGE_SWITCH_STEMS = frozenset(stem(w) for w in "language languages switch switches change changes go goes start "
                                   "starts begin begins move moves turn turns".split())
