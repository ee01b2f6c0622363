"""Answers told by where, how often and in what words things are said.

``vidsense.qa`` ranks what is said by how well it matches a question. Some questions are answered by
a sentence's place or form instead, which these rules find directly: "what does she say right after
X?" (the next sentence that fits), "what does he say after the long pause?", "which comes first, X or
Y?", "is it X or Y?" (the one said), "how many times does he say X?" (counted), "how is he talking?"
(a clause that says how), "what is X?" (the sentence that says what X is), "what did he do instead
of X?" (the sentence that says "instead" beside X), "which word is the key one?" (the sentence that says
"the operative word") and "what are the last words before it cuts out?" (the sentence before the first long
silence). Each returns None when the video does not say it that way, and the question is then answered as any
other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vidsense.answer import EVIDENCE, LEXICAL_FOUND, Answer, from_phrase, gap, part_of, preferred, said_text
from vidsense.answer_checks import LAUGHTER, has_number, says_what_is_asked
from vidsense.categories import category_of, mentions_member
from vidsense.picture_answers import PEOPLE_STEMS
from vidsense.wordnet import is_kind_of
from vidsense.loudness import loudness_asked, said_at_level
from vidsense.menu_answers import FOR_GOOD, ONCE_SAID
from vidsense.moments import (LONG_PAUSE_S, Moment, MomentSet, earliest_alike, joined_sentences,
                              long_pauses, talks)
from vidsense.pauses import silence_part
from vidsense.questions import BARE_WHEN, PRONOUN_FORMS, SILENCE_WORDS, Question, parse_question
from vidsense.text import NUMBER_WORDS, STOPWORDS, content_stems, content_words, format_time, stem, words
from vidsense.voices import raised, whispered

__all__ = ["ORDER_CONFIDENCE", "SEQUENCE_GAP_S", "near_first", "next_to", "manner_answer", "definition", "which_first",
           "times_said", "asks_more_than_once", "choice_said", "done_instead", "key_word", "laughing", "repeated_word",
           "repeated_phrase", "said_again", "same_sentence", "line_times", "sentences_counted", "words_among_laughs",
           "ordinal_line", "one_word_said", "guests_said", "job_said", "task_said", "difficulty_said", "person_of_kind",
           "MENTIONED", "speaks_again",
           "word_named", "before_or_after", "cut_off", "sign_off", "long_pauses", "UTTERANCE", "RESUMES"]

_SEQUENCE_SENTENCES = 3  # "right after X": the answer is among the next three sentences ...
SEQUENCE_GAP_S = 15.0  # ... said within this many seconds of X
ORDER_CONFIDENCE = 0.6  # an answer found by where things are said ("right after X", "which comes first")
_SILENCE_STEMS = frozenset(stem(w) for w in SILENCE_WORDS)  # "after the long PAUSE"
_LONG_STEMS = frozenset(stem(w) for w in "long longest big biggest short brief stretch spell period bit".split())
# ("after a long quiet STRETCH")
# words that only say a sentence is wanted ("what JOKE does he MAKE after X?"), not what it says
UTTERANCE = frozenset(stem(w) for w in """pun joke quip remark comment word phrase line sentence question answer reply response
thing something make crack tell give say ask add come follow announce name call read mention state""".split())
_DEFINITION_CONFIDENCE = 0.8  # "X is ..." said of the very thing asked about
_PAUSE_S = LONG_PAUSE_S  # a pause asked about lasts this long at least
_MANNER = re.compile(r"\b(?:talk|talking|speak|speaking|sounds?|sounding|voice)\b[^.!?]{0,30}?\b(?:slow|slowly|fast|quick|"
                     r"quickly|loud|loudly|quiet|quietly|soft|softly|whisper\w*|high[- ]pitched|pitch\w*|lower|louder|"
                     r"softer|faster|slower|intensity|rapid|rapidly)\b|\b(?:very|really|all) (?:high[- ]pitched|whispered)\b",
                     re.IGNORECASE)


# "What's the first sentence after THE COUNT?": the line that counts, which says no "count"
_COUNT_STEMS = frozenset(stem(w) for w in "count counting countdown numbers".split())


def next_to(q: Question, moments: MomentSet) -> Answer | None:
    """"What should you click right after the flashing build icon?": the sentence that says the
    anchor ("Left-click the flashing build icon."), then the first of the next few that holds a
    word of the rest of the question ("Now left-click the power generator"), or the very next one
    when the rest asks nothing ("what does she say right after X?"). None when the anchor is not
    said or nothing near it fits: the question is then answered as any other."""
    seq = q.sequence
    said = [s for s in moments.spoken.values() if content_words(s.text)]
    share = [len(seq.anchor & content_stems(s.text)) / len(seq.anchor) for s in said]
    silence_said = max((len(seq.anchor & _SILENCE_STEMS & content_stems(s.text)) for s in said), default=0)
    if (said and (max(share) < LEXICAL_FOUND or not silence_said) and seq.anchor & _SILENCE_STEMS
            and seq.anchor <= _SILENCE_STEMS | _LONG_STEMS | UTTERANCE):
        # (a sentence that says "long" but no silence word, "and here's a long PAUSE", is no "long silence"; "after a
        # long silence there's one more LINE": what comes after it)
        return _beside_silence(q, moments, max(m.end for m in moments.moments))
        # ("what does he say after the long pause?")
    if said and max(share) < LEXICAL_FOUND and seq.anchor <= _COUNT_STEMS:
        from vidsense.numbers_said import counts  # (numbers_said reads this module's nouns)

        share = [float(counts(s)) for s in said]  # "the first sentence after the count": the line that counts
    if not said or max(share) < LEXICAL_FOUND:
        return None
    k = share.index(max(share))  # the first sentence that says the anchor best
    if _goes_on_within(seq, said[k].text):  # "what does she say right after 'for more information'?"
        return Answer(said_text(q, said[k]), said[k].start, said[k].end, ORDER_CONFIDENCE, True, [said[k]])
    if (seq.direction == "after" and not seq.rest - UTTERANCE and said[k].text.rstrip().endswith("?")
            and (reply := moments.said_after(said[k].end, SEQUENCE_GAP_S)) is not None):
        # what is said right after a question said in the video is its reply, however short: "Is there much more in it
        # than he said yesterday?" -> "Not really."
        return Answer(said_text(q, reply), reply.start, reply.end, ORDER_CONFIDENCE, True, [reply, said[k]])
    clauses = moments.clauses.get(said[k].sentence, []) if said[k].sentence is not None else []
    at = next((j for j, c in enumerate(clauses) if seq.anchor & content_stems(c.text)), None)
    if seq.direction == "before" and at and not seq.rest - UTTERANCE - _VOICE_ROLES:
        # "what does the lecturer say right before bringing up Piketty?" of "And this spills over into normative
        # arguments made by other scholars | Thomas Piketty in his book": the clause before, in the same sentence
        m = clauses[at - 1]
        return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m, clauses[at]])
    near = said[k + 1:k + 1 + _SEQUENCE_SENTENCES] if seq.direction == "after" else said[max(0, k - _SEQUENCE_SENTENCES):k][::-1]
    near = [s for s in near if abs(s.start - said[k].start) <= SEQUENCE_GAP_S]
    if asked := seq.rest - UTTERANCE - _VOICE_ROLES:  # (who says it is no word of it: "what does the LECTURER say ...")  # "what's the pun he makes after X?" asks for what is said next, whatever
        # its words; "which CHANNEL is announced after 'Front left'?" is answered by one ("Rear, right.")
        near = [s for s in near if seq.rest & content_stems(s.text)
                or any((members := category_of(w)) and mentions_member(members, s.text, seq.anchor) for w in asked)]
    if not near:
        return None
    m = near[0]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m, said[k]])


_INSTEAD_SAID = re.compile(r"\b(?:instead|rather than|chose to|chooses to|decided to|decides to|opted to|opts to)\b",
                           re.IGNORECASE)


def done_instead(q: Question, moments: MomentSet) -> Answer | None:
    """"What did Josh do instead of finishing it?": a sentence that says what was done instead ("instead",
    "decided to", "chose to") and, in it or in the sentence just before, what was not ("Finish it. | He
    just decided to fail it instead"); None when none says it."""
    said = [s for s in moments.spoken.values() if content_words(s.text)]
    for k, s in enumerate(said):
        if not _INSTEAD_SAID.search(s.text):
            continue
        before = [said[k - 1]] if k and s.start - said[k - 1].end <= SEQUENCE_GAP_S else []
        if any(q.instead in content_stems(m.text) for m in [s] + before):
            return Answer(said_text(q, s), s.start, s.end, ORDER_CONFIDENCE, True, [s] + before)
    return None


_KEY_WORD_SAID = re.compile(r"\b(?:the|a|my|our) (?:operative|key|important|main|crucial|essential|magic) (?:word|term)\b",
                            re.IGNORECASE)


# "Who is on the show with him?", "who's joining the host?", "who are the guests?": the people a host names
# as with him ("I'm Sideshow, joined by Custer and Reinforce"), however unlike the question it is worded
_ASKS_GUESTS = re.compile(r"^\W*who(?:'s| is| are| was| were| else is)?\b.*?\b(?:on the (?:show|podcast|call|programme|"
                          r"program|panel|episode|line)|(?:there |here )?with (?:him|her|them|the hosts?|me)\b|join\w*|"
                          r"guests?|co-?hosts?)")
_GUESTS = re.compile(r"\b(?:joined (?:today |here |again |now )?by|with me (?:today |here |now )?(?:is|are)|"
                     r"my (?:guests?|co-?hosts?)(?: today| here)? (?:is|are)|(?:i'm|i am) here with)\s+\w", re.IGNORECASE)


_HOST_SAYS = re.compile(r"(?:(?<=[.!?] )|\b)(?:i'm|i am|this is|my name is|we're|we are)\b[^.!?]*$", re.IGNORECASE)


def guests_said(q: Question, moments: MomentSet) -> Answer | None:
    """"Who is on the show with him?": the first sentence where someone says who is with them ("I'm
    Sideshow, joined by Custer and Reinforce"); None when the question asks no such thing or none is said."""
    if not _ASKS_GUESTS.match(q.form):
        return None
    numbers = sorted(moments.clauses, key=lambda k: moments.clauses[k][0].start)
    for k, after in zip(numbers, [*numbers[1:], None]):
        clauses = moments.clauses[k] + (moments.clauses[after] if after is not None else [])  # "... joined by | Kasta ..."
        # the clause that says it (where it starts in this sentence: not "Thanks!" before "I'm Sideshow, joined by ...")
        first = next((j for j in range(len(moments.clauses[k]) - 1, -1, -1)
                      if (g := _GUESTS.search(" ".join(c.text for c in clauses[j:])))
                      and g.start() < len(" ".join(c.text for c in moments.clauses[k][j:]))), None)
        if first is None:
            continue
        own = _GUESTS.search(" ".join(c.text for c in moments.clauses[k][first:]))
        told = clauses[first:] if own is None else moments.clauses[k][first:]
        m = replace(told[0], end=told[-1].end, text=" ".join(c.text for c in told))
        cut = _HOST_SAYS.search(m.text[:_GUESTS.search(m.text).start() + 1])  # "... for them | I'm Sideshow, joined by"
        if cut is not None and cut.start() > 0:  # timed by its share of the characters
            m = part_of(m, cut.start())
        return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])
    return None


# "What does she do for a living?", "what's his job?": what someone says they do for work ("I teach
# entrepreneurship", "I'm a software engineer", "I work as a nurse"), which shares no word with the question
_ASKS_JOB = re.compile(r"^\W*what(?:'s| is| was| does| did| do)\b.*?\b(?:do for (?:a living|work|money)|job|jobs|"
                       r"profession|occupation|line of work|career|work as)\b")
_JOB_SAID = re.compile(r"\b(?:(?:i|she|he|we)\s+(?:teach|teaches|taught|work as|works as|worked as|lecture|lectures|"
                       r"run a|runs a|manage|manages)\b|(?:i'm|i am|she's|she is|he's|he is)\s+(?:a|an)\s+"
                       r"(?:\w+\s+)?\w+(?:er|or|ist|ian|ant|ent|man|woman)\b|\bmy (?:job|profession|occupation)\b)",
                       re.IGNORECASE)


def job_said(q: Question, moments: MomentSet) -> Answer | None:
    """"What does she do for a living?": the clause where someone says what they do for work ("You see, I
    teach entrepreneurship"), the first such; None when the question asks no such thing or none is said."""
    if not _ASKS_JOB.match(q.form):
        return None
    for i in sorted(moments.of("transcript"), key=lambda i: moments.moments[i].start):
        m = moments.moments[i]
        if _JOB_SAID.search(m.text):
            return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])
    return None


# "What job will they all be doing?", "what are they all doing?", "what's the task everyone is going to do?": what is being
# done, as a speaker says it ("most of what we're all doing is checking the transcriptions")
_ASKS_TASK = re.compile(r"^\W*(?:and |so )?what(?:'s| is| are| was| were| will| would| do| does| did)?\b[^?]*?\b(?:doing|"
                        r"going to do|gonna do|working on)\W*$|^\W*(?:and |so )?what(?:'s| is| was)? (?:the )?(?:job|task|work)\b")
_TASK_WORDS = frozenset(stem(w) for w in "job task work all everyone everybody".split())
# ("... will all be doing checking the transcriptions.")
_DOING_IS = re.compile(r"\bwhat (?:we|i|you|they|he|she|everyone|everybody)(?:'re|'m|'s| are| am| is| will be|'ll be)? (?:all )?"
                       r"(?:doing|going to (?:be )?do(?:ing)?|gonna do|working on)(?: now| here| today)? (?:is|was|will be)\s+(\S.*)|"
                       r"\b(?:will|'ll|are|'re) (?:all )?(?:be )?doing ([a-z]+ing\b.*)", re.IGNORECASE)


def task_said(q: Question, moments: MomentSet) -> Answer | None:
    """"What job will they all be doing?": the clause that says what is being done ("most of what we're all doing is
    checking the transcriptions"), from what it is; None for another question (one about something named: "what is he
    doing with the truck?"), or where no clause says it so."""
    if q.when or not _ASKS_TASK.match(q.form) or parse_question(q.form).topic - _TASK_WORDS:  # (the question proper's:
        # "In this meeting a woman explains the job everyone is going to do. What's the job?")
        return None
    for i in sorted(moments.of("transcript"), key=lambda i: moments.moments[i].start):
        m = moments.moments[i]
        if done := _DOING_IS.search(m.text):
            return Answer((done.group(1) or done.group(2)).strip(), m.start, m.end, ORDER_CONFIDENCE, True, [m])
    return None


# "And how hard does she say it is?", "how difficult does she make the work out to be?", "is it easy?": how hard a thing
# is, as said ("that's pretty straightforward")
_HARD = r"(?:hard|difficult|easy|tough|tricky|complicated|simple)\b"
_ASKS_DIFFICULTY = re.compile(rf"^\W*(?:and |so |but )?(?:how {_HARD}|"
                              rf"(?:is|was|will) (?:it|that|this|the \w+) (?:going to be |gonna be |be )?(?:very |really )?{_HARD})")
# "Does she make it sound difficult? How does she put it?" (a lead-in may ask it)
_SOUNDS_HARD = re.compile(rf"\b(?:does|did|do) (?:he|she|they|it|the \w+) (?:make|makes) (?:it|that|this|the \w+) "
                          rf"(?:sound|seem|look) (?:very |really |so )?{_HARD}|"
                          # "what does she say about how hard the job is?"
                          rf"\bhow {_HARD} (?:it|that|this|the \w+) (?:is|was|will be|would be)\b|"
                          # "how does she make the work sound?", "how does he make it seem?"
                          r"^\W*(?:and |so )?how (?:does|did|do) (?:he|she|they|the \w+) (?:make|makes) (?:it|that|this|the \w+) "
                          r"(?:sound|seem|look)\W*$")
_DIFFICULTY_SAID = re.compile(r"\b(?:straightforward|straight forward|easy|easier|simple|simpler|hard|harder|difficult|tough|"
                              r"tricky|complicated|complex|challenging|piece of cake|no problem|doable|painful|a breeze)\b",
                              re.IGNORECASE)


def difficulty_said(q: Question, moments: MomentSet, near) -> Answer | None:
    """"And how hard does she say it is?": the first clause (in the part asked about, if any) that says how hard
    something is ("these transcriptions are receiving and that's pretty straightforward"); None for another question
    or where none says it."""
    if q.when or not (_ASKS_DIFFICULTY.match(q.form) or _SOUNDS_HARD.search(q.text.lower())):
        return None
    said = [m for m in near_first(sorted((moments.moments[i] for i in moments.of("transcript")), key=lambda m: m.start),
                                  moments, near) if _DIFFICULTY_SAID.search(m.text)]
    if not said:
        return None
    m = said[0]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "Which economist gets brought up?", "a well-known economist gets dragged in as an example. Who?": a person of a kind
# the video never names as such, answered by the one full name said ("Thomas Piketty in his book")
_BARE_WHO = re.compile(r"(?:^|[.!?]\s+)(?:and |so )?(?:who|which one)\W*$")
_WHO_OR_WHICH = re.compile(r"^\W*(?:and |so )?(?:who|which|whose)\b")
# the people of the video itself, whom a name said in it does not answer for ("which caller ...?", "who is the host?")
_VOICE_ROLES = PEOPLE_STEMS | frozenset(stem(w) for w in """speaker speakers narrator reader readers lecturer caller callers
host presenter operator operators guest guests listener colleague colleagues participant member voice one""".split())
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b")
MENTIONED = re.compile(r"\b(?:mention\w*|brought up|brings? up|bringing up|cite[sd]?|citing|quot\w+|refer\w*|talks? about|"
                        r"talked about|by name|named|dragged in|comes? up|came up|as an example|for example)\b")
# (the noun after the article, or after one word more: "a well-known ECONOMIST", "an ECONOMIST gets brought up")
_KIND_NAMED = re.compile(r"\b(?:a|an|the|some|one)\s+(?:([a-z]+)\s+)?([a-z]+)\b")


def person_of_kind(q: Question, moments: MomentSet) -> Answer | None:
    """"Which economist gets brought up?": where the question asks who is mentioned of a kind of person (WordNet's) that
    the video never says, and the video says one full name, the sentence that says it ("Thomas Piketty (“Thomas Piketty in
    his book”)"); None otherwise (no such kind, the kind said, no name or several)."""
    # ("an economist gets brought up a bit later. Who?": a bare "who?" after the lead-in that names the kind)
    if (q.when or not (_WHO_OR_WHICH.match(q.form) or _BARE_WHO.search(q.form))
            or not MENTIONED.search(q.text.lower())):
        return None  # (someone mentioned: "which professor gives this lecture?" asks for no name said)
    # the kind: the noun asked with "which", or one named with an article ("a well-known ECONOMIST"), not a verb ("who
    # HELPS out?") nor a pronoun ("NOBODY should get it")
    named_kinds = [q.which] if q.which else [w for m in _KIND_NAMED.finditer(q.text.lower()) for w in m.groups() if w]
    kinds = [w for w in named_kinds if stem(w) not in _VOICE_ROLES and w not in STOPWORDS and is_kind_of(w, "person")]
    if not kinds or any(stem(k) in moments.said_stems for k in kinds):
        return None
    named: dict[str, Moment] = {}
    for m in sorted((moments.moments[i] for i in moments.of("transcript")), key=lambda m: m.start):  # (clauses: timed
        # where the name is said)
        for first, last in _FULL_NAME.findall(m.text):
            if first.lower() not in STOPWORDS and last.lower() not in STOPWORDS and \
                    not is_kind_of(f"{first}_{last}".lower(), "location"):
                named.setdefault(f"{first} {last}", m)
    if len(named) != 1:
        return None
    (name, m), = named.items()
    return Answer(f"{name} (\u201c{m.text.strip()}\u201d)", m.start, m.end, ORDER_CONFIDENCE, True, [m])


def key_word(q: Question, moments: MomentSet) -> Answer | None:
    """"Which word does she single out as the key one?": the first sentence that calls a word the operative (key,
    important ...) word ("Apparently, that's the operative word."); None when none does."""
    said = list(moments.spoken.values())
    for k, s in enumerate(said):
        if not _KEY_WORD_SAID.search(s.text):
            continue
        if k and re.match(r"\W*(?:that|this|it)(?:'s| is)\b", s.text, re.IGNORECASE) and s.start - said[k - 1].end <= 1.0:
            # "Apparently. | That's the operative word.": the word is the sentence before
            s = joined_sentences([said[k - 1], replace(s, sentence=said[k - 1].sentence)])[0]
        return Answer(said_text(q, s), s.start, s.end, ORDER_CONFIDENCE, True, [s])
    return None


# "He keeps saying the same word over and over. Which one?", "what word does she repeat?"
_SAME_WORD = re.compile(r"\b(?:same word|over and over|again and again|keeps? (?:on )?(?:saying|repeating|calling|shouting)|repeat\w*|"
                        r"(?:twice|three times|several times|many times) in a row)\b")
_ASKS_WORD = re.compile(r"\b(?:which|what) (?:ones?|words?|letters?)\b|\bwhich\W*$"
                        # "what does he keep saying over and over (near the end)?": nothing else asked
                        # ("what does THAT SECOND OPERATOR keep calling?")
                        r"|^\W*what (?:does|did|do) (?:he|she|they|someone|somebody|(?:the|that|this) (?:\w+ )?\w+) "
                        r"(?:keeps? (?:on )?(?:saying|repeating|"
                        r"calling|shouting)"
                        r"|say over and over|say again and again|repeat)(?: over and over| again and again)?"
                        r"(?: (?:near|at|towards?|in) the (?:very )?(?:end|start|beginning|middle))?\W*$")
_REPEATS = 3  # a word said this many times in a clause, or twice in a row, is said over and over ...
_INTERJECTIONS = frozenset("ha haha he heh hmm mm um uh oh ah la na".split())  # ... but a laugh or a filler


_REPEATED_MOST = 2  # of several words said over, one said this many times as often as any other is the one repeated


def repeated_word(q: Question, moments: MomentSet, near) -> Answer | None:
    """"He keeps saying the same word over and over. Which one?": the word a sentence says twice in a row
    or three times ("And here are some more words, words, words, words." -> "words"), in the part asked
    about if it names one. None when the question asks something else, or no single word is so said."""
    low = q.text.lower()
    if q.when or not (_SAME_WORD.search(low) and _ASKS_WORD.search(q.form)):
        return None
    found: dict[str, Moment] = {}
    inside: dict[str, Moment] = {}  # ... in the part asked about
    times: dict[str, int] = {}  # how often each is said in its sentence
    for i in moments.of("transcript"):
        m = moments.moments[i]
        said = [w for w in words(m.text) if w not in _INTERJECTIONS]
        twice = {a for a, b in zip(said, said[1:]) if a == b}
        # (not a number a count says again on its way back: "1, 2, 3, 4, 5, 5, 4, 3, 2, 1, Golf, 3")
        thrice = {w for w in said if said.count(w) >= _REPEATS and w not in STOPWORDS
                  and not (w.isdigit() or w in NUMBER_WORDS)}
        for w in twice | thrice:
            found.setdefault(w, m)
            times[w] = max(times.get(w, 0), said.count(w))
            if near is not None and near[i] > 0:
                inside.setdefault(w, m)
    found = inside or found  # ("near the end" may be said of the end of what is said, not of the video)
    ranked = sorted(found, key=lambda w: -times[w])
    if len(ranked) > 1 and times[ranked[0]] >= _REPEATED_MOST * times[ranked[1]]:
        found = {ranked[0]: found[ranked[0]]}  # "CQ, CQ, CQ, CQ calling CQ" over a count's "five, five"
    if len(found) != 1:
        return None
    (word, m), = found.items()
    return Answer(f"\u201c{word}\u201d: {said_text(q, m)}", m.start, m.end, ORDER_CONFIDENCE, True, [m])


def near_first(said: list[Moment], moments: MomentSet, near) -> list[Moment]:
    """The sentences of ``said`` in the part of the video asked about (``near``), where any are; else all of them."""
    if near is None:
        return said
    at = moments.sentences_near(near)
    return [m for m in said if m.sentence in at] or said


# "When does that very last line begin?", "what's the final line?", "what are the very first words out of his mouth?":
# the first or last sentence said (in the part asked about, if one is), when the question names nothing else
_ORDINAL_LINE = re.compile(r"\b(?:the|that|this|his|her|their|its) (?:very )?(first|last|final|opening|closing) (?:line|lines|"
                           r"sentence|sentences|words?|bit|phrase|thing (?:said|he says|she says|they say)|thing)\b")
_LINE_FRAME = UTTERANCE | frozenset(stem(w) for w in "bit part mouth begin start open close first last final opening "
                                                   "closing very".split())


def ordinal_line(q: Question, moments: MomentSet, near) -> Answer | None:
    """"When does that very last line begin?": the last sentence said (the first for "the first words"), in the part
    asked about if one is; None for another question, or one that names something else ("the last line about the
    fox")."""
    asked = _ORDINAL_LINE.search(q.text.lower())
    if asked is None or content_stems(q.form) - _LINE_FRAME:  # (a lead-in of the asker's own may name other things)
        return None
    if not (said := near_first(sorted(moments.spoken.values(), key=lambda m: m.start), moments, near)):
        return None
    m = said[0] if asked.group(1) in ("first", "opening") else said[-1]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "Right at the end someone says ONE SHORT WORD. When?", "a woman says a single word. Which?": a line of one word
_SAYS_JUST = (r"\b(?:says?|said|saying|utters?|uttered|calls? out|called out|(?:chips?|chipped|pipes?|piped|comes?|came) "
              r"(?:in|up) with)\s+(?:just\s+|only\s+)?")  # ("someone CHIPS IN WITH a single word")
_ONE_WORD = re.compile(_SAYS_JUST + r"(?:one|a|a single)\s+(?:short\s+|single\s+|little\s+|lone\s+)?word\b|"
                       # "... and just one short word on its own": a line of it
                       r"\b(?:one|a|a single)\s+(?:short\s+|single\s+|little\s+|lone\s+)?word (?:on its own|by itself|alone)\b")
# "right at the end a different voice says A COUPLE OF WORDS": a line of a few words (Whisper may write two as one:
# "Firefox.")
_FEW_WORDS = re.compile(_SAYS_JUST + r"(a couple of|a few|two|a pair of)\s+(?:short\s+|little\s+)?words\b")
_FEW = 3  # words at most in such a line ...
_A_FEW = 6  # ... or in one of "a few words" ("the north wind and the sun")


def one_word_said(q: Question, moments: MomentSet, near) -> Answer | None:
    """"Right at the end someone says one short word. When?": the sentence of a single word (fillers aside; of a few
    for "a couple of words" or "a few words") in the
    part asked about if one is said there (the last there, for the end of the video; else the first). None for
    another question, or where no sentence is a single word."""
    few = _FEW_WORDS.search(q.text.lower())
    most = 1 if _ONE_WORD.search(q.text.lower()) else (_A_FEW if few.group(1) == "a few" else _FEW) if few else 0
    if not most:
        return None
    lines = near_first([m for m in sorted(moments.spoken.values(), key=lambda m: m.start)
                         if 1 <= len([w for w in words(m.text) if w not in _INTERJECTIONS]) <= most], moments, near)
    if not lines:
        return None
    m = lines[-1] if q.time is not None and q.time.edge == "end" else lines[0]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "Several of the options finish with the same words. Which words?", "what phrase does she keep repeating?": words
# said alike in several sentences (at their ends, for "finish with the same words")
_SAME_PHRASE = re.compile(r"\b(?:the same (?:words|phrase|ending|few words)|(?:phrase|words) (?:that )?keeps? (?:coming up|"
                          r"being repeated)|keeps? (?:on )?(?:saying|repeating) (?:the same )?(?:words|phrase)|"
                          r"(?:phrase|words) (?:does|do|did) (?:he|she|they|it|the \w+) (?:keep )?repeat\w*)\b")
_SAME_ENDING = re.compile(r"\b(?:finish|finishes|finished|end|ends|ended|close|closes|wrap up|wraps up) (?:with|on|in) the same\b|"
                          r"\bthe same ending\b")
_PHRASE_WORDS = (2, 8)  # a repeated phrase has this many words, fewest to most


def repeated_phrase(q: Question, moments: MomentSet, near) -> Answer | None:
    """"Several of the options finish with the same words. Which words?": the longest run of words (two at least,
    one of them more than a function word) that ends two sentences or more, or, for "what phrase does she keep
    repeating?", that two sentences or more say; in the part asked about if it names one. None for another question
    or where no such run is said."""
    low = q.text.lower()
    if q.when or not _SAME_PHRASE.search(low):
        return None
    ending = bool(_SAME_ENDING.search(low))
    said = near_first(sorted(moments.spoken.values(), key=lambda m: m.start), moments, near)
    seen: dict[tuple[str, ...], list[Moment]] = {}
    for m in said:
        ws = words(m.text)
        lengths = range(_PHRASE_WORDS[0], min(_PHRASE_WORDS[1], len(ws)) + 1)
        runs = {tuple(ws[len(ws) - n:]) for n in lengths} if ending else \
            {tuple(ws[k:k + n]) for n in lengths for k in range(len(ws) - n + 1)}
        for run in runs:
            seen.setdefault(run, []).append(m)
    alike = [(run, ms) for run, ms in seen.items() if len(ms) >= 2 and any(w not in STOPWORDS for w in run)]
    if not alike:
        return None
    run, ms = max(alike, key=lambda item: (len(item[0]), len(item[1]), -item[1][0].start))
    m = ms[0]
    return Answer(f"\u201c{' '.join(run)}\u201d, said {len(ms)} times (first: \u201c{m.text.strip()}\u201d)", m.start, m.end,
                  ORDER_CONFIDENCE, True, ms[:3])


# "The final voice reads a sentence we've ALREADY HEARD earlier. Which one?", "which line is READ TWICE?", "one sentence
# gets REPEATED. When?": a sentence said again, nearly word for word
_SAID_AGAIN = re.compile(r"\b(?:sentence|line|one)s?\b[^?]*?\b(?:already (?:heard|said|read|had)|(?:heard|said|read|had) "
                         r"(?:before|earlier|already)|(?:read|said|heard|comes?|come) (?:out )?(?:twice|again|a second time)|"
                         r"repeat(?:s|ed)?|re-?reads?|re-?read)\b|\b(?:repeats?|re-?reads?|reads? (?:out )?again|says? again) "
                         r"(?:a|an|one|the same) (?:earlier |previous )?(?:sentence|line)\b")
_SAME_SENTENCE = 0.7  # a sentence whose content words are this share of another's (the shorter's) says it again
_SENTENCE_WORDS = 3  # ... when it has this many content words at least


def said_again(q: Question, moments: MomentSet, near) -> Answer | None:
    """"The final voice reads a sentence we've already heard earlier. Which one?": the latest sentence (in the part
    asked about, if any) that says an earlier one again, nearly word for word, with where it was first said. None
    for another question or where no sentence is said twice."""
    if not _SAID_AGAIN.search(q.text.lower()):
        return None
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    stems = [content_stems(m.text) for m in said]
    pairs = [(j, i) for j in range(len(said)) for i in range(j) if _alike(stems[i], stems[j])]
    if not pairs:
        return None
    if near is not None and (inside := [(j, i) for j, i in pairs if said[j].sentence in moments.sentences_near(near)]):
        pairs = inside
    j, i = max(pairs, key=lambda p: (said[p[0]].start, -said[p[1]].start))
    again, first = said[j], said[i]
    return Answer(f"\u201c{again.text.strip()}\u201d (said again at {format_time(again.start)}; first said at "
                  f"{format_time(first.start)})", again.start, again.end, ORDER_CONFIDENCE, True, [again, first])


# "So how many times is that line about the well said altogether?", "how often is that sentence read?": the times a
# sentence is said, nearly word for word
_LINE_TIMES = re.compile(r"^\W*(?:and |so )?how (?:many times|often) (?:is|was|does|did|do|has|have|gets?|got)\b[^?]*?"
                         r"\b(?:line|sentence)\b")
_TIMES_FRAME = frozenset(stem(w) for w in "time times altogether total often read said heard repeated".split())


def line_times(q: Question, moments: MomentSet) -> Answer | None:
    """"How many times is that line about the well said?": of the sentences that say every word the question names
    ("well"; any, where it names none), the one said most often, counted with the sentences that say it again nearly
    word for word ("Twice: at 0:06 and 0:20 (“It's easy to tell the depth of a well.”)"); None for another question,
    or where no sentence says those words."""
    if q.when or not _LINE_TIMES.match(q.form):
        return None
    about = q.topic - UTTERANCE - _TIMES_FRAME
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    stems = [content_stems(m.text) for m in said]
    named = [k for k in range(len(said)) if about <= stems[k]]
    if not named:
        return None
    groups = [[said[j] for j in range(len(said)) if j == k or _alike(stems[j], stems[k])] for k in named]
    group = max(groups, key=lambda g: (len(g), -g[0].start))
    n = len(group)
    times = {1: "Once", 2: "Twice"}.get(n, f"{n} times")
    at = ", ".join(format_time(m.start) for m in group[:-1]) + (" and " if n > 1 else "") + format_time(group[-1].start)
    return Answer(f"{times}: at {at} (\u201c{group[0].text.strip()}\u201d)", group[0].start, group[-1].end, ORDER_CONFIDENCE,
                  True, group[:3])


_SENTENCE_NOUNS = frozenset(stem(w) for w in "sentence sentences line lines".split())


def sentences_counted(q: Question, moments: MomentSet) -> Answer | None:
    """"How many sentences get read before it goes quiet?": the sentences said in the part the question places by a
    silence (all of them where it places none), counted as Whisper wrote them ("8 sentences, from 0:01 to 0:24");
    None for another question."""
    if q.when or q.counted not in _SENTENCE_NOUNS or not re.match(r"^\W*(?:and |so )?how many\b", q.form):
        return None
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    if (placed := silence_part(q.reworded or q.text, moments)) is not None:
        a, b = placed.time.start, placed.time.end
        said = [m for m in said if a - 0.25 <= m.start <= b]
    if not said:
        return None
    n = len(said)
    return Answer(f"{n} sentence{'s' if n > 1 else ''}, from {format_time(said[0].start)} to {format_time(said[-1].end)}",
                  said[0].start, said[-1].end, ORDER_CONFIDENCE, True, said[:EVIDENCE])


def same_sentence(a: str, b: str) -> bool:
    """Whether two sentences say the same, nearly word for word ("It's easy to tell the depths of the well." and "It's
    easy to tell the depth of a well.")."""
    return _alike(content_stems(a), content_stems(b))


def _alike(a: set[str], b: set[str]) -> bool:
    """``same_sentence`` of two sentences' content stems."""
    fewer = min(len(a), len(b))
    return fewer >= _SENTENCE_WORDS and len(a & b) >= _SAME_SENTENCE * fewer


# "What does the man keep doing between the words montreal, forced and aligner?": a laugh is what Whisper writes
# of what a speaker does between words ("Ha ha ha,"), the one such thing it writes
_DOING = re.compile(r"^\W*what (?:does|did|is|was|are|were|do) (?:he|she|they|it|someone|somebody|the \w+) "
                    r"(?:(?:keeps? (?:on )?|starts? |begins? )?doing|do (?:in )?between)\b")  # not "what does he do for a living?"
_NEAR_WORDS_S = 5.0  # a laugh this close to the words the question names is between them


def laughing(q: Question, moments: MomentSet) -> Answer | None:
    """"What does he keep doing between the words at the end?": "Laughing: “Ha ha ha, Montreal.”", the first
    laugh in the part asked about, or beside the words the question names. None when the question asks
    something else, or no laugh is written there."""
    if q.when or not _DOING.match(q.form):
        return None
    laughs = sorted((i for i in moments.of("transcript") if LAUGHTER.search(moments.moments[i].text)),
                    key=lambda i: moments.moments[i].start)
    if named := [m for m in moments.spoken.values() if q.topic & content_stems(m.text)]:
        laughs = [i for i in laughs if any(abs(moments.moments[i].start - m.start) <= _NEAR_WORDS_S for m in named)]
    if not laughs:
        return None
    if q.time is not None:  # the laughs in the part asked about; where nothing is said there, the nearest ("at the
        # end" of what is said, before a silent end)
        a, b = q.time.seconds(max(m.end for m in moments.moments))
        gaps = {i: gap(moments.moments[i], a, b) for i in laughs}
        closest = min(gaps.values())
        if closest > 0 and any(m.end > a and m.start < b for m in moments.spoken.values()):
            return None
        laughs = [i for i in laughs if gaps[i] == closest]
    m = moments.moments[laughs[0]]
    return Answer(f"Laughing: \u201c{m.text.strip()}\u201d", m.start, m.end, ORDER_CONFIDENCE, True,
                  [moments.moments[i] for i in laughs[:EVIDENCE]])


# "He can't stop laughing between his words. What three words does he manage to say?": the words said among the
# laughs (a run of lines with laughter in them, each a word or two)
_WORDS_AMONG_LAUGHS = re.compile(r"\blaugh\w*\b[^?]*\b(?:what|which) (?:(?:two|three|four|five|\d) )?words\b|"
                                 r"\b(?:what|which) (?:(?:two|three|four|five|\d) )?words\b[^?]*\blaugh\w*\b")
_LAUGH_RUN_S = 3.0  # lines with laughter this close together are one run of laughing


def words_among_laughs(q: Question, moments: MomentSet) -> Answer | None:
    """"The man can't stop laughing between his words. What three words does he manage to say?": "Montreal, forced,
    liner", the words (not the laughs, nor fillers) of the first run of lines with laughter; None for another
    question, or where no line is written with a laugh."""
    if q.when or not _WORDS_AMONG_LAUGHS.search(q.text.lower()):
        return None
    laughs = sorted((moments.moments[i] for i in moments.of("transcript") if LAUGHTER.search(moments.moments[i].text)),
                    key=lambda m: m.start)
    run = laughs[:1]
    for m in laughs[1:]:
        if m.start - run[-1].end > _LAUGH_RUN_S:
            break
        run.append(m)
    said = [w for m in run for w in words(LAUGHTER.sub(" ", m.text)) if w not in _INTERJECTIONS and w not in STOPWORDS]
    if not said:
        return None
    return Answer(f"{', '.join(said)} (between laughs: {' '.join(m.text.strip() for m in run)})", run[0].start, run[-1].end,
                  ORDER_CONFIDENCE, True, run[:EVIDENCE])


def manner_answer(q: Question, moments: MomentSet, spoken: list[int], near) -> Answer | None:
    """"How is he talking at the start?", "how does he change the way he talks?": a clause that says how
    someone talks ("I'm talking pretty fast here", "this is me talking really slow"): the first said at
    the time asked about (or at all), and for a change the first after another such (which says how it
    was before); None when none says it."""
    said = sorted((i for i in spoken if _MANNER.search(moments.moments[i].text)), key=lambda i: moments.moments[i].start)
    if q.manner == "became":  # what it became: a way of talking said after another, from the time asked about on
        since = 0.0 if near is None else min((m.start for m, n in zip(moments.moments, near) if n > 0), default=0.0)
        said = [i for i in said[1:] if moments.moments[i].end > since]
    elif near is not None:
        said = [i for i in said if near[i] > 0]
    if not said:
        return None
    m = from_phrase(moments.moments[said[0]], [_MANNER])  # "... this is me talking really slow": from there
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [moments.moments[i] for i in said[:EVIDENCE]])


def definition(q: Question, moments: MomentSet) -> Answer | None:
    """"What is Asterisk?": the first sentence that says what it is, with the thing as its subject
    ("Asterisk is an open-source ... PBX", "the echo test is ..."); None when none does."""
    term = r"[\s-]+".join(re.escape(w) for w in q.defines.split())
    says = re.compile(rf"(?:^|[.!?,;:]\s+|\b(?:the|an?|so|and|well)\s+){term}s?(?:\s*,[^,]{{1,40}},)?\s+"
                      rf"(?:is|are|was|were|means|stands for)\s+(?!(?:not|it|this|that|going|about)\b)\w",
                      re.IGNORECASE)
    for m in sorted(moments.spoken.values(), key=lambda s: s.start):
        if says.search(m.text):
            return Answer(said_text(q, m), m.start, m.end, _DEFINITION_CONFIDENCE, True, [m])
    return None


_AT_THE_END = re.compile(r"\b(?:at|near|towards?) the (?:very )?end\b")
_PART_SAID = re.compile(r"\b(?:first|last|opening|final) (?:few )?(?:seconds|moments|minutes?|bit|part|stretch)\b"
                        r"|\b(?:at|near|towards?) the (?:very )?(?:start|beginning|end)\b")


def _beside_silence(q: Question, moments: MomentSet, duration: float) -> Answer | None:
    """"What does he say after the long pause?", "what's said right before the silence?": the sentence
    after (before) the longest stretch without speech between two sentences, when that lasts at least
    ``_PAUSE_S``; where the rest of the question names something ("after the long pause, what would have
    made the man more RESPECTABLE?"), the one beside the longest such pause that says it; where it names a
    part of the video ("near the end, after a long pause, ..."), the longest such pause there; after "ANOTHER
    long pause", a pause after the first; where it says the line is whispered (or raised), the one beside a
    pause that is. None when there is no such pause."""
    said = sorted(moments.spoken.values(), key=lambda s: s.start)
    if not (long := long_pauses(said)):
        return None
    # "after a long silence a famous speech comes on" where two silences of 9.04 and 9.06 s are: the first of those about
    # as long as the longest (not whichever is a few hundredths of a second longer)
    long = earliest_alike(said, long)
    if _ANOTHER_PAUSE.search(q.text.lower()) and len(long) > 1:
        first = min(long)
        long = [k for k in long if k != first]
    asked = q.sequence.rest - UTTERANCE
    named = [k for k in long if fits(asked, said[k + 1].text)] if q.sequence.direction == "after" else []
    if named:  # "after a long silence the narrator is back. What does he say is now REQUIRED?": the pause after which
        long = named  # it is said ("A factory is now required ...", after the first of two alike), whoever comes back
    elif RESUMES.search(q.text) and q.sequence.direction == "after":
        # "after the long pause the voice COMES BACK": the pause after which the voice before it goes on, where
        # voices are told apart (not the one after which another voice says "three five")
        long = preferred(long, lambda k: said[k].speaker is not None and said[k].speaker == said[k + 1].speaker)
    elif _OTHER_VOICE.search(q.text) and q.sequence.direction == "after":
        # "after a long silence A DIFFERENT VOICE comes in": of the pauses about as long as the longest, the one after
        # which another voice speaks (not a far shorter one: voice numbers can be wrong), the first of those alike
        longest = said[long[0] + 1].start - said[long[0]].end
        long = preferred(earliest_alike(said, long), lambda k: None not in (said[k].speaker, said[k + 1].speaker)
                         and said[k].speaker != said[k + 1].speaker
                         and said[k + 1].start - said[k].end >= _AS_LONG * longest)
    beside = [said[k + 1] if q.sequence.direction == "after" else said[k] for k in long]
    if q.time is not None:
        a, b = q.time.seconds(duration)
        if (q.sequence.direction == "before" and _AT_THE_END.search(q.text.lower())
                and not any(a <= m.end <= b for m in beside)):
            # "what does he say right AT THE END, before he goes quiet?": no long pause there but the quiet after the
            # last line, the last clause that ends there
            clauses = sorted((moments.moments[i] for i in moments.of("transcript")), key=lambda m: m.start)
            beside = [m for m in clauses if a <= m.end <= b][-1:] or beside
        beside = preferred(beside, lambda m: a <= m.start <= b or a <= m.end <= b)
    if (level := loudness_asked(q.text)) is not None:  # "after the long silence he comes back, barely audible": the
        # line said quiet (of those beside a long silence)
        at_level = {m.sentence for m in said_at_level(moments, level)}
        beside = preferred(beside, lambda m: m.sentence in at_level)
    if q.voice in ("whispered", "raised"):  # "after another long silence somebody whispers": the whisper
        voiced = {m.sentence for m in (whispered(moments) if q.voice == "whispered" else raised(moments))}
        beside = preferred(beside, lambda m: m.sentence in voiced)
    if q.wants_name and not q.when:  # "what's the name of the man who speaks after the silence?" is not answered by
        # a line that names no one
        if not (beside := [s for s in beside if says_what_is_asked(q, s.text)]):
            return None
    alone = [s for s in beside if asked & NUMBER_NOUNS and _only_numbers(s.text)]  # "a single number on its own"
    m = next((s for s in alone + beside if fits(asked, s.text)), beside[0])
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "the voice comes back", "when does she pick the reading up again?", "when does the narrator carry on?": speech that
# goes on after a pause
RESUMES = re.compile(r"\b(?:com(?:e|es) back|came back|(?<=')s back|(?:is|are|was|were) back|returns?|returned|resum\w*|"
                     r"carr(?:y|ies) on|carried on|goes on|go on|"
                     r"went on|continu\w*|picks? (?:\w+ ){0,3}up|picking (?:\w+ ){0,3}up|(?:start|begin)s? (?:\w+ing )?again)\b",
                     re.IGNORECASE)
_AS_LONG = 0.75  # a pause this share of the longest at least is about as long
# "a different voice comes in", "someone else starts talking": a voice other than the one before the pause
_OTHER_VOICE = re.compile(r"\b(?:different|another|new|other|second) (?:voice|speaker|person|man|woman|guy|lady|reader)\b|"
                          r"\b(?:someone|somebody) (?:else|new)\b", re.IGNORECASE)
# "after ANOTHER long pause", "after the second silence": not the first
_ANOTHER_PAUSE = re.compile(r"\b(?:another|the second|a second|the next|the other)\s+(?:\w+\s+)?(?:pause|silence|gap|break|"
                            r"lull|stretch)")


NUMBER_NOUNS = frozenset(stem(w) for w in "number digit figure numeral".split())  # what names a number asked for


def _only_numbers(text: str) -> bool:
    """"Six.", "29340", "Five, five.": nothing but numbers said."""
    said = words(text)
    return bool(said) and all(w in NUMBER_WORDS or w.isdigit() for w in said)


def fits(asked: set[str], text: str) -> bool:
    """Whether ``text`` says something of what the rest of a question names: one of its words, a member of a
    category it names ("which ANIMAL comes up after the pause?" -> "the fox"), or a number where it asks for one
    ("after a long gap someone says just one NUMBER" -> "Six")."""
    return bool(asked & content_stems(text)
                or any((members := category_of(w)) and mentions_member(members, text, frozenset()) for w in asked)
                or asked & NUMBER_NOUNS and has_number(text))


# "When does he start talking again?", "when does the speech resume?": where speech comes back after a silence
_SPEAKS_AGAIN = re.compile(r"\b(?:(?:start|begin)s? (?:talking|speaking|to (?:talk|speak))|(?:talk|speak)s?) again\b"
                           r"|\b(?:speech|talking|speaking|voices?|narration) (?:resumes?|comes? back|returns?)\b")


_STARTS_TALKING = re.compile(r"\b(?:start|begin)s? (?:talking|speaking|to (?:talk|speak))\b")
# ... or RESUMES, asked with no other word than these
_RESUMED = _SILENCE_STEMS | _LONG_STEMS | frozenset(stem(w) for w in """pick carry resume continue come back go start
begin again read reading talk talking speak speaking speech voice narrator narration reader speaker poem story
recording middle""".split())


# "After the meeting part there's a long gap. When does the next voice start?", "This recording is just background noise
# for ages. At what point do people actually start talking?", "After he's cut off there's nothing for a while. At what
# point does a different operator come on?", "After a silence there's another conversation. At what point does it kick
# off?": when speech starts, asked with a silence (or the end of a part) in other words
_VOICE_STARTS = re.compile(r"\b(?:start|starts|begin|begins|kick off|kicks off|kicks? in|(?:come|comes|chime|chimes|cut|cuts) (?:in|on)|"
                           r"speak|speaks|talk|talks|pick up|picks up|resume|resumes|come|comes|appear|appears|"
                           r"says? (?:something|anything|it|one|a|another))\b")
_QUIET_SAID = re.compile(r"\b(?:gap|silence|silent|pause|nothing|noise|hum|hiss|static|lull|break|trails? off|dead air|"
                         r"long after|after the (?:\w+ ){1,2}(?:stops|ends|finishes|is over|wraps up)|"
                         # quiet as a silence, not a line said quietly ("one line is very quiet. When does it start?")
                         r"(?:goes|go|went|gone|going|fall|falls|fell) quiet|quiet (?:for|gap|stretch|bit|patch|spell|period|"
                         r"part|moment|while)|(?:it's|it is|a|the|long) quiet)\b"
                         # "after the meeting part there are a few short sentences from other people": a part ends
                         r"|\bafter the (?:\w+ ){1,2}(?:part|bit|section|segment)\b")
_AFTER = re.compile(r"\b(?:after|afterwards?|following|once)\b")  # ("there's a long gap AFTERWARDS")
# "what is said right before the silence?" asks of the speech before it (not "a long pause before a man starts talking")
_BEFORE_QUIET = re.compile(r"\bbefore (?:the|that|this|a|another|it|things?) (?:\w+ ){0,2}?(?:silence|pause|gap|break|lull|"
                           r"goes quiet|go quiet|quiet|stops?|ends?)\b")


def after_longest_silence(q: Question, moments: MomentSet) -> Answer | None:
    """For "when does the next voice start?" with a silence said in any words: the first sentence after the longest
    stretch without speech (from the start of the video too, unless the question says "after"), of ``LONG_PAUSE_S`` or
    more; None for another question. (A fallback: asked when nothing else answers.)"""
    low = q.text.lower()
    # ("A bit after the meeting stops, a single voice says one short sentence. At what time?": the lead-in says what)
    asked = low if BARE_WHEN.search(low) else q.form
    if (not q.when or not _VOICE_STARTS.search(asked) or not _QUIET_SAID.search(low) or not moments.spoken
            or _BEFORE_QUIET.search(low)):
        return None
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    gaps = [(b.start - a.end, k + 1) for k, (a, b) in enumerate(zip(said, said[1:]))]
    if not _AFTER.search(low):  # ("after the meeting part there's a long gap": not the quiet start)
        gaps.append((said[0].start, 0))
    if q.time is not None and _PART_SAID.search(low):  # "nothing happens for the FIRST FEW SECONDS. When does somebody
        # finally speak?": the silence there (not the start "what time does he START?" reads as)
        a, b = q.time.seconds(max(m.end for m in moments.moments))
        gaps = [(gap, k) for gap, k in gaps if said[k].start - gap < b and said[k].start > a] or gaps
    gap, k = max(gaps, default=(0.0, 0))
    if gap < LONG_PAUSE_S:
        return None
    return Answer(said_text(q, said[k]), said[k].start, said[k].end, ORDER_CONFIDENCE, True, [said[k]])


def speaks_again(q: Question, moments: MomentSet) -> Answer | None:
    """"When does he start talking again?", "there's a long gap in the middle. When does she pick the reading
    up again?": the first sentence after the longest stretch without speech (the first of those about as long,
    ``earliest_alike``; ``_PAUSE_S`` at least; in the
    part of the video asked about, if one is). None when the question asks something else or there is no
    such pause."""
    placed = silence_part(q.reworded or q.text, moments) if q.when else None
    if not q.when or not (_SPEAKS_AGAIN.search(q.form) or RESUMES.search(q.form) and q.topic <= _RESUMED
                          or placed is not None and placed.after and _STARTS_TALKING.search(q.form)):
        return None  # ("after that it's silent. When does the woman start talking?": after the silence too)
    said = sorted(moments.spoken.values(), key=lambda s: s.start)
    if placed is not None and placed.after:
        # "after another long silence the voice speaks again. When?": the silence the question counts
        m = next(s for s in said if s.start >= placed.time.start)
        return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])
    if not (long := earliest_alike(said, long_pauses(said))):  # of two silences about as long, the first
        return None
    if q.time is not None:
        a, b = q.time.seconds(max(m.end for m in moments.moments))
        long = preferred(long, lambda k: a <= said[k + 1].start and said[k].end <= b)
    # the voice that goes on is the one before the pause, where voices are told apart (not another voice's
    # "three five" after a longer one)
    long = preferred(long, lambda k: said[k].speaker is not None and said[k].speaker == said[k + 1].speaker)
    m = said[long[0] + 1]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "What are the last words you hear before it cuts out?", "what's the last thing she manages to say before the
# recording cuts off?": what is said where the speech stops short
# (not "before the video ends": the last sentence said, which "at the end" finds)
_CUT_OFF = re.compile(r"\b(?:last|final)\s+(?:\w+\s+)?(?:thing|things|words?|bit|line|sentence|part)\b[^?]*\b(?:before|when|as"
                      r"|until)\b[^?]*\b(?:cuts?|cutting|breaks? off|broke off|stops? (?:in the middle|mid)|"
                      r"stopped (?:in the middle|mid)|goes dead|went dead)\b"
                      # "Right where it cuts off, what was the lecturer about to turn to?"
                      r"|^\W*(?:right |just )?(?:where|when|as|before) (?:it|the \w+) (?:cuts?|breaks?|stops?|goes|went) "
                      r"(?:off|out|dead|short)\b,? what\b"
                      # "The clip cuts off mid-thought. What was the lecturer about to get into?"
                      r"|\b(?:cuts?|breaks?|stops?) (?:off|out) (?:mid-?\w*|in the middle of|partway)[^.?!]*[.!]\s*what\b")


_CUT_PAUSE_S = 5.0  # a cut recording is followed by this long without speech at least (a menu pauses 3-6 s)


def cut_off(q: Question, moments: MomentSet) -> Answer | None:
    """"What are the last words you hear before it cuts out?": the sentence said before the first stretch without
    speech of ``_CUT_PAUSE_S`` or more (where a recording was cut, speech stops and the next part comes later), or
    the last sentence; None for another question."""
    if not _CUT_OFF.search(q.text.lower()):
        return None
    said = sorted(moments.spoken.values(), key=lambda s: s.start)
    if not said:
        return None
    pauses = [k for k, (a, b) in enumerate(zip(said, said[1:])) if b.start - a.end >= _CUT_PAUSE_S]
    m = said[pauses[0]] if pauses else said[-1]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])


# "How does he sign off?", "how does she finish?", "how does the caller end the call?", "what's his sign-off?": the
# words a talk closes with (not "how does he end IT?", a sentence's end, nor "how does the story end?"); "what are his
# final words before he goes quiet?"
_SIGN_OFF = re.compile(r"^\W*(?:and |so )?(?:how (?:does|did|do) (?:he|she|they|the (?:\w+ )?(?:man|woman|guy|lady|speaker|"
                       r"reader|narrator|host|caller|voice|presenter|recording|message|call|talk|video|clip|station|operator))\s+"
                       r"(?:sign(?:s|ing)? off|finish(?: up| off)?|wrap (?:it |things )?up|say goodbye|close|end)"
                       r"(?: (?:the|his|her|their) (?:talk|recording|message|call|video|clip|speech|transmission|"
                       r"broadcast|announcement|reading))?"
                       r"(?: (?:at|in) the (?:very )?end)?"
                       r"|what(?:'s| is| was) (?:his|her|their|the) sign[- ]?off"
                       # "what are his final words before he goes quiet?"
                       r"|what (?:are|were) (?:his|her|their) (?:very )?(?:final|last|closing|parting) words"
                       r"(?: before (?:he|she|they) (?:goes|go|went|falls?|fell) (?:quiet|silent))?"
                       # "what does he say as he leaves?", "how does he leave it at the close of the call?"
                       r"|what (?:does|did) (?:he|she|they|the (?:\w+ )?(?:man|woman|guy|lady|speaker|caller|host)) say "
                       r"(?:as|when) (?:he|she|they) (?:leaves?|goes|sign(?:s)? off|hangs? up)"
                       r"|how (?:does|did) (?:he|she|they) leave (?:it|things)(?: at the (?:close|end) of (?:the|his|her) "
                       r"(?:call|message|transmission|talk|recording))?)\W*$")
# "What's the last thing Simon says?", "how does Simon sign off?", "what are Bruce's final words?": a speaker named
_NAMED_SIGN_OFF = re.compile(r"^\W*(?i:and |so )?(?:(?i:what(?:'s| is| was) the (?:very )?(?:last|final) (?:thing|words?) )"
                             r"([A-Z][a-z]+) (?:says|said)|(?i:how (?:does|did) )([A-Z][a-z]+) (?:sign off|finish|say goodbye)|"
                             r"(?i:what (?:are|were) )([A-Z][a-z]+)'s (?:very )?(?:final|last|closing|parting) words|"
                             # "what does Simon say as he leaves?"
                             r"(?i:what (?:does|did) )([A-Z][a-z]+) say (?i:as|when) (?i:he|she) (?i:leaves|goes|signs off|"
                             r"hangs up))\W*$")
# "What's the very last word out of him?", "what's the last word he says?": the last word of his talk
_LAST_WORD = re.compile(r"^\W*(?:and |so )?what(?:'s| is| was) (?:the |his |her )?(?:very )?(?:last|final) word "
                        r"(?:out of (?:him|her|them|his mouth|her mouth)|(?:he|she|they) (?:says|said|speaks|spoke|utters))\W*$")
_A_MESSAGE = re.compile(r"\b(?:message|call|greeting|voicemail|transmission|announcement)\b")
_SIGNS_OFF = re.compile(r"\bsign(?:s|ing)?[- ]?off\b|\bsay goodbye\b")
# The formulas talks close with ("Alright, thanks.", "That should be all.", "Bye for now!")
_CLOSING = re.compile(r"\b(?:thanks|thank you|bye|goodbye|good bye|see you|see ya|take care|cheers|that's all|that is all|"
                      r"that should be all|that's it for|that's about it|over and out|good night|signing off|until next time|"
                      r"standing by|stand by)\b",
                      re.IGNORECASE)
_CLOSING_JOIN_S = 1.5  # a closing said this soon after another is part of it ("And that should be all. | Thanks.")


def sign_off(question: str, moments: MomentSet, around: float | None = None) -> Answer | None:
    """"How does he sign off?": in the talk asked about (the stretch of speech, between silences of ``_CUT_PAUSE_S``
    or more, that holds ``around``, the answer before; else the last one, or for "sign off" the last one that says a
    closing formula), the last clause with a closing formula ("Alright, thanks."), with a closing clause said just before
    it; the talk's last clause where it says none. "What's the last thing Simon says?": in the talk where Simon says who
    he is. None for another question, or a speaker named who never says his name."""
    said = sorted((moments.moments[i] for i in moments.of("transcript")), key=lambda m: m.start)  # clauses
    if (named := _NAMED_SIGN_OFF.match(question.strip())) is not None:
        name = next(g for g in named.groups() if g)
        introduced = re.compile(rf"\b(?:this is|i'm|i am|my name is|name's|it's) {name}\b|\b{name},? (?:here|speaking)\b",
                                re.IGNORECASE)
        if (own := next((m for m in said if introduced.search(m.text)), None)) is None:
            return None
        around = own.start
    elif not (_SIGN_OFF.match(question.lower()) or _LAST_WORD.match(question.lower())):
        return None
    if not said:
        return None
    stretches = talks(said, _CUT_PAUSE_S)
    if _LAST_WORD.match(question.lower()):  # "what's the very last word out of him?": his talk's last word
        talk = next((t for t in stretches if around is not None and t[0].start - 0.5 <= around <= t[-1].end), stretches[-1])
        own = min(talk, key=lambda c: abs(c.start - around)) if around is not None else talk[-1]
        # (his own last clause: "... X-ray, testing." | "That frog jumped through the weeds." is another voice's, 1.3 s on)
        m = [c for c in talk if own.speaker is None or c.speaker in (None, own.speaker)][-1]
        if not (said_words := list(re.finditer(r"[\w'-]+", m.text))):
            return None
        at = part_of(m, said_words[-1].start(), said_words[-1].end())
        return Answer(f"\u201c{said_words[-1].group(0)}\u201d (\u201c{m.text.strip()}\u201d)", at.start, at.end,
                      ORDER_CONFIDENCE, True, [m])
    closes = [t for t in stretches if any(_CLOSING.search(m.text) for m in t)]
    # ("how does he SIGN OFF?" asked alone: the last talk that closes with a formula, as a last word said by someone
    # else after it, "No.", is no sign-off; "how does he finish?" is the last talk however it ends)
    # (and "how does he end the MESSAGE?" of "... everything is okay. Bye!", then, after a silence, other voices: the
    # message that ends on its formula)
    ended = [t for t in closes if _CLOSING.search(t[-1].text)] if _A_MESSAGE.search(question.lower()) else []
    last = closes[-1] if closes and _SIGNS_OFF.search(question.lower()) else ended[-1] if ended else stretches[-1]
    talk = next((t for t in stretches if around is not None and t[0].start - 0.5 <= around <= t[-1].end), last)
    closing = [k for k, m in enumerate(talk) if _CLOSING.search(m.text)]
    if not closing:
        m = talk[-1]
        return Answer(m.text.strip(), m.start, m.end, ORDER_CONFIDENCE / 2, True, [m])
    k = closing[-1]
    lines = [talk[k]]
    if k - 1 in closing and talk[k].start - talk[k - 1].end <= _CLOSING_JOIN_S:
        lines.insert(0, talk[k - 1])
    text = " ".join(m.text.strip() for m in lines)
    return Answer(text, lines[0].start, lines[-1].end, ORDER_CONFIDENCE, True, lines)


def _goes_on_within(seq, text: str) -> bool:
    """Whether the sentence that says a quoted anchor also says, in its own words, what comes right
    after it (or right before): "For more information, visit www.asterisk.org." answers "what does she
    say right after 'for more information'?", and a sonnet's line goes on after its first words. Only
    for the speaker's words in quotes: "what is said just before the flashing build icon?" asks for
    the sentence before "Left-click the flashing build icon.", not for its "left-click"."""
    if not seq.quoted:
        return False
    tokens = words(text)
    at = [i for i, w in enumerate(tokens) if stem(w) in seq.anchor]
    if not at:
        return False
    side = tokens[max(at) + 1:] if seq.direction == "after" else tokens[:min(at)]
    return bool({stem(w) for w in side if w not in STOPWORDS} - seq.anchor)


def _share_said(stems: frozenset[str], m: Moment) -> float:
    """The share of ``stems`` that ``m`` says, a word counting when it shares its first five letters
    ("defined" for "definition")."""
    own = content_stems(m.text) | (stems & {stem(w) for w in words(m.text)})  # ("the WELL": a function word asked)
    return sum(any(s == o or (len(s) >= 5 and len(o) >= 5 and s[:5] == o[:5]) for o in own) for s in stems) / len(stems)


def which_first(q: Question, moments: MomentSet) -> Answer | None:
    """"Which comes first, the operator or the customer advocate?": the first sentence that says
    each (all of its words; else the first that says most of it, half at least: "the one about the games LEFT" is
    "four games to go"), and the earlier of the two answers; the later one, for "last" or "later".
    None unless both are said, in two sentences: with one unheard (misheard) there is nothing to compare."""
    said = list(moments.spoken.values())

    def first_saying(stems: frozenset[str]) -> Moment | None:
        shares = [_share_said(stems, m) for m in said]
        if not shares or max(shares) < LEXICAL_FOUND:
            return None
        return said[shares.index(1.0)] if 1.0 in shares else said[shares.index(max(shares))]

    firsts = [first_saying(option) for option in q.either]
    if None in firsts:
        return None
    whole = all(_share_said(option, m) == 1.0 for option, m in zip(q.either, firsts))
    if not whole and len({id(m) for m in firsts}) < len(firsts):
        return None  # (half of each said in one sentence tells no order)
    m = (max if q.order == "last" else min)(firsts, key=lambda m: m.start)
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, firsts)


_BEFORE_OR_AFTER = re.compile(r"\b(?:before or after|after or before|earlier or later|later or earlier)\b")
_PLACEHOLDERS = frozenset(stem(w) for w in "one ones part bit bits sentence section piece".split())  # "the ONE about X"


def before_or_after(q: Question, moments: MomentSet) -> Answer | None:
    """"Is the line about the barrel said before or after the one about oranges?": where the first sentence
    that says most of each (half its words at least) is said, and which way round, in words ("After: ...").
    None when the question asks something else or either is not said."""
    seq = q.sequence
    if seq is None or not _BEFORE_OR_AFTER.search(q.form):
        return None
    asked, anchor = seq.rest - UTTERANCE - _PLACEHOLDERS, seq.anchor - UTTERANCE - _PLACEHOLDERS
    said = sorted(moments.spoken.values(), key=lambda m: m.start)
    found = []
    for stems in (asked, anchor):
        shares = [_share_said(stems, m) if stems else 0.0 for m in said]
        if not shares or max(shares) < LEXICAL_FOUND:
            return None
        found.append(said[shares.index(max(shares))])  # the first that says the most of it
    this, that = found
    if this is that:
        return None
    way = "before" if this.start < that.start else "after"
    answer = (f"{way.capitalize()}: \u201c{this.text.strip()}\u201d ({format_time(this.start)}) is said {way} "
              f"\u201c{that.text.strip()}\u201d ({format_time(that.start)}).")
    return Answer(answer, this.start, this.end, ORDER_CONFIDENCE, True, [this, that])


# "How many times does the word RATHER come up?": the word itself, a stopword or not
_THE_WORD = re.compile(r"\bthe (?:word|term) [\"'\u201c\u2018]?([a-z]+)\b")


def word_named(q: Question) -> str | None:
    """The word a question names as a word ("the word rather"), where it names one."""
    return m.group(1) if (m := _THE_WORD.search(q.text.lower())) else None


def _runs_in(run: tuple[str, ...], said: list[str]) -> int:
    return sum(tuple(said[i:i + len(run)]) == run for i in range(len(said) - len(run) + 1))


def times_said(q: Question, moments: MomentSet, near=None) -> Answer | None:
    """"How many times does he tell me to left click?": the times the words asked about are said, in
    the order the question says them (each sentence that holds them all, the run counted in it as
    often as it is said), within the part asked about; None when they are never said together. "Is the word amiable
    used more than once?": the same count, as yes or no."""
    times = _said_times(q, moments, near)
    if not times:
        return None
    n = len(times)
    starts = sorted({format_time(m.start) for m in times}, key=lambda t: [int(x) for x in t.split(":")])
    when = starts[0] if len(starts) == 1 else ", ".join(starts[:-1]) + " and " + starts[-1]
    said = "once" if n == 1 else "twice" if n == 2 else f"{n} times"
    if _MORE_THAN_ONCE.match(q.form):
        said = f"{'Yes' if n > 1 else 'No'}, {said}"
    return Answer(f"{said[0].upper() + said[1:]}: at {when} (\u201c{times[0].text.strip()}\u201d).", times[0].start,
                  times[0].end, ORDER_CONFIDENCE, True, list(dict.fromkeys(times))[:EVIDENCE])


# "Is the word amiable used more than once?", "does he say 'rather' again?": whether it is said twice or more
_MORE_THAN_ONCE = re.compile(r"^\W*(?:is|was|are|were|does|do|did)\b[^?]*\b(?:more than once|twice|again|several times|"
                             r"repeated(?:ly)?|over and over)\b")


def asks_more_than_once(q: Question) -> bool:
    """Whether ``q`` asks if a word it names is said more than once ("is the word amiable used more than once?")."""
    return bool(word_named(q) and _MORE_THAN_ONCE.match(q.form))


def _said_times(q: Question, moments: MomentSet, near=None) -> list[Moment]:
    """Each time the words asked about are said (see ``times_said``), as the clause or sentence said then."""
    run = (stem(named),) if (named := word_named(q)) else tuple(w for p in q.phrases for w in p)
    if not run:
        return []
    times: list[Moment] = []
    for k, m in sorted(moments.spoken.items(), key=lambda kv: kv[1].start):
        if near is not None and not any(n > 0 for mm, n in zip(moments.moments, near) if mm.sentence == k):
            continue
        said = [stem(w) for w in words(m.text)]
        if not set(run) <= set(said):
            continue
        found = _runs_in(run, said)
        # each time where it is said: in its clause ("ask not what your COUNTRY can do for you," at 0:19, not the
        # sentence's start at 0:16), where the clauses hold every time
        parts = [(c, n) for c in moments.clauses.get(k, []) if (n := _runs_in(run, [stem(w) for w in words(c.text)]))]
        times += ([c for c, n in parts for _ in range(n)] if parts and sum(n for _, n in parts) == found
                  else [m] * max(found, 1))
    return times


_ONCE_WORDS = r"(?:just |only )?(?:this (?:one )?(?:call|time)|this once|once|one time)"
_FOR_GOOD_WORDS = r"(?:for good|forever|for ever|permanently|always|from now on|every time)"
# "Is that just for this one call, or for good?": once or always, which a menu says in other words
_ONCE_OR_FOR_GOOD = re.compile(rf"\b{_ONCE_WORDS},? or {_FOR_GOOD_WORDS}\b|\b{_FOR_GOOD_WORDS},? or {_ONCE_WORDS}\b")


def choice_said(q: Question, moments: MomentSet) -> Answer | None:
    """"Is it the first name or the last name I have to spell?": the first sentence that says one of
    the two options in so many words, when the other is said nowhere; None otherwise."""
    def says(option: tuple[str, ...], m: Moment) -> bool:
        said = [stem(w) for w in words(m.text)]
        return any(tuple(said[k:k + len(option)]) == option for k in range(len(said) - len(option) + 1))

    sentences = sorted(moments.spoken.values(), key=lambda s: s.start)
    if q.time is not None:  # ("is THAT just for this one call, or for good?": in the answer before, where it says one)
        a, b = q.time.seconds(max(m.end for m in moments.moments))
        sentences = [m for m in sentences if m.end > a and m.start < b] or sentences
    low = q.text.lower()
    if _ONCE_OR_FOR_GOOD.search(low):  # "just this once, or for good?": said as "now and forevermore", "in the future"
        saying = [[m for m in sentences if ONCE_SAID.search(m.text)], [m for m in sentences if FOR_GOOD.search(m.text)]]
    elif q.choice[0][0] in PRONOUN_FORMS:  # "whose purse is full of trash, his or hers?": of the sentences about the
        # purse, those that say her and not him, or him and not her
        about = [m for m in sentences if q.topic & set(content_stems(m.text))]
        forms = [set(PRONOUN_FORMS[option[0]]) for option in q.choice]
        saying = [[m for m in about if mine & set(words(m.text)) and not other & set(words(m.text))]
                  for mine, other in (forms, forms[::-1])]
    else:
        saying = [[m for m in sentences if says(option, m)] for option in q.choice]
    if bool(saying[0]) == bool(saying[1]):
        return None  # both said, or neither: nothing tells one from the other
    m = (saying[0] or saying[1])[0]
    return Answer(said_text(q, m), m.start, m.end, ORDER_CONFIDENCE, True, [m])
