"""Questions: what a question asks about, read from its words (no model).

``parse_question`` turns the text into a ``Question``: which source can answer it (what is said,
shown or heard), whether it asks "when", the part of the video it points at ("at the start",
"at 1:05"), its topic words (framing words such as "when", "say", "video" left out, "X of Y"
kept whole), and what kind of answer it wants (a name, a number, the person addressed, the first
or last of several). ``vidsense.qa`` answers it from a video's moments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vidsense.categories import category_of
from vidsense.voices import voice_asked
from vidsense.wordnet import depth, is_adjective, is_verb, synonyms
from vidsense.text import QUESTION_OPENER, STOPWORDS, base_form, content_words, stem, words

__all__ = ["BARE_WHAT", "BARE_WHEN", "Question", "TimeRef", "parse_question", "question_form", "MAX_QUESTION_CHARS", "NEGATION", "TIME_WORDS", "DEFINITE_COUNT",
           "MORE_INFO",
           "WRONG_WITH", "TYPED", "MOVES_IN_LEAD_IN", "SILENCE_ANCHOR", "doer_said"]

MAX_QUESTION_CHARS = 1000

# The question proper, without what is said before it. People open a question with a word ("SO why is
# nobody picking up?", "AND how do I get out?"), a request ("CAN YOU TELL ME which key ...?"), a sentence
# of their own ("IT'S ABOUT AN UNPAID BILL. Which key should I hit?") or a clause that sets the scene
# ("IN THE POEM, what do we want ...?", "WHEN HE TALKS ABOUT THE WEATHER, what ...?", "THE SEVEN THAT GETS
# CALLED OUT, which suit is it?"). The words of the form ("what do", "how many", "why") are read from
# what is left; the topic and the part of the video asked about are read from the whole question.
_ASKS = (r"(?:what|what's|who|who's|whom|whose|which|where|where's|when|why|how|is|are|was|were|am|do|does|did|can|"
         r"could|will|would|should|shall|has|have|had|must|may)\b")
_ASKER = re.compile(r"^\W*(?:(?:can|could|would) you (?:please )?(?:tell|show) me|(?:please )?tell me|do you know|"
                    r"(?:i|we) (?:want|need|would like|'d like) to know|i wonder|i'm wondering|any idea)\s+"
                    r"(?=(?:what|who|whom|whose|which|where|when|why|how)\b)")
# "So what's the conclusion, is there more they can do about it?": the question after it (asks nothing of its own)
_WHATS_THE_UPSHOT = re.compile(r"^(\W*(?:so |and |but |ok,? |okay,? |well,? )?)what(?:'s| is| was) the (?:conclusion|verdict|"
                               r"upshot|bottom line|outcome|deal|story),\s+(?=(?:is|are|was|were|do|does|did|can|could|"
                               r"will|would|should|has|have|had)\b)")
_SCENE = re.compile(rf"^\W*(?!(?:what|what's|who|who's|whom|whose|which|where|how|why)\b)[^,?;]{{2,90}}?,\s*"
                    rf"(?={_ASKS}|at what (?:time|point|moment)\b)")  # ("after a silence, AT WHAT TIME ...?")
_SENTENCE_END = re.compile(r"(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bdr\.)(?<!\bst\.)(?<=[.!?])\s+(?=\S)")


# "(can you tell me) WHAT THE MAN SAID about it": a question asked inside a request keeps a statement's
# order, which the forms here read as a question's: "what did the man say about it"
_EMBEDDED = re.compile(r"^((?:what|who|whom|where|when|why|which \w+|what \w+|how(?: \w+)?) )"
                       r"((?:he|she|they|it|i|we|you|(?:the|his|her|their|this|that|my|your|our|its) [a-z]+) )"
                       r"([a-z']+)\b")
_MOVED = frozenset("is was are were has had have can could will would should must may might".split())


def _asked_order(embedded: str) -> str:
    """An embedded question in a question's word order (see _EMBEDDED); unchanged when it is none."""
    m = _EMBEDDED.match(embedded)
    if not m:
        return embedded
    wh, subject, verb = m.groups()
    rest = embedded[m.end():]
    if verb in _MOVED:
        return f"{wh}{verb} {subject.strip()}{rest}"  # "where the station is" -> "where is the station"
    if (base := base_form(verb)) != verb:
        return f"{wh}did {subject}{base}{rest}"  # "what he said" -> "what did he say"
    for suffix, aux in (("ed", "did"), ("d", "did"), ("s", "does"), ("es", "does")):
        base = verb[:-len(suffix)]
        if verb.endswith(suffix) and len(base) > 2 and is_verb(base):
            return f"{wh}{aux} {subject}{base}{rest}"  # "why she called" -> "why did she call"
    return embedded


_SENTENCE_END_CASED = re.compile(_SENTENCE_END.pattern, re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    """A question's sentences, as written (whitespace made single)."""
    return _SENTENCE_END_CASED.split(" ".join(text.split()))


# "It's quiet, but how many games does he say are left?": a clause of the asker's own, then the question
_CLAUSE_THEN_ASKED = re.compile(r",\s+(?:but|so|and)\s+(?=(?:what|which|who|whom|whose|where|when|why|how)\b)",
                                re.IGNORECASE)


def question_proper(text: str) -> str | None:
    """The last sentence that asks, as written, when sentences of the asker's own come before it
    ("Then two women get on the line. WHERE'S DIANE CALLING FROM?") or a clause joined to it by "but", "so" or
    "and" ("It's quiet, but HOW MANY GAMES DOES HE SAY ARE LEFT?"); None when there are none."""
    parts = _sentences(text)
    asked = [k for k, s in enumerate(parts) if "?" in s]
    if not asked:
        return None
    last = parts[asked[-1]]
    if (m := _CLAUSE_THEN_ASKED.search(last)) is not None:
        return last[m.end():]
    return last if len(parts) > 1 and asked[-1] > 0 else None


def question_form(low: str) -> str:
    """The question proper of a lowercased question (see above): the end of its last sentence that
    asks; ``low`` itself when nothing is said before it, or when what is left would ask nothing by
    itself ("... Who?")."""
    core = low
    sentences = _SENTENCE_END.split(low)
    asked = [k for k, s in enumerate(sentences) if "?" in s] or [len(sentences) - 1]
    if len(sentences) > 1 and content_words(QUESTION_OPENER.sub("", sentences[asked[-1]])):
        core = sentences[asked[-1]]  # the last sentence that asks: the question
    for _ in range(3):
        shorter = QUESTION_OPENER.sub("", core)
        if (m := _ASKER.match(shorter)) is not None:
            shorter = _asked_order(shorter[m.end():])
        if (m := _SCENE.match(shorter)) and content_words(shorter[m.end():]):
            shorter = shorter[m.end():]
        if shorter == core:
            break
        core = shorter
    return core


_VISUAL = re.compile(r"\b(show|shows|shown|showing|see|seen|visible|appear\w*|look\w*|picture\w*|scene\w*|"
                     r"footage|camera|webcam|on screen|screen|image\w*|frame\w*|colou?r\w*|wear\w*|watch\w*|depict\w*|filmed|"
                     # "the CARTOON rabbit", "the ANIMATED rabbit" (not "an animated discussion")
                     r"cartoons?|animation|animated(?! (?:discussion|conversation|debate|voice|talk|tone|chat|exchange))|"
                     r"(?:opening|first|last|final|closing|next|this|that|the) shots?|"
                     # "in the OFFICE SHOT", "the shot of the towers": a shot named by what it shows
                     r"(?:the|this|that|a|an|one)\s+(?:[\w-]+\s+){1,2}?shots?|shots? of)\b")
# "What reaches in front of the tree?", "what comes into view?": something moving in the picture
_ARRIVES = (r"(?:reach\w*|comes?|came|coming|pass\w*|mov\w*|sticks? out|appears?|appeared|pops? up|popped up)\s+"
            r"(?:in front of|into (?:view|the picture|the frame|the shot)|across (?:the )?(?:screen|picture|frame))\b")
_MOVES_IN = re.compile(rf"^\W*(?:what|who)(?:'s| is| was)?\s+(?:that\s+|this\s+)?{_ARRIVES}")  # ("what's THAT moving in front of ...?")
# "Something moves in front of the tree at one point. What is it?": the same, said in a lead-in
MOVES_IN_LEAD_IN = re.compile(rf"\b(?:something|someone|somebody)\s+{_ARRIVES}[^.?!]*[.!]\s*"
                              r"(?:what|who)(?:(?:'s| is| was)\s+(?:it|that|this))?\W*$")
# "the show", "your show": a programme (a podcast, a broadcast), not what is shown
_SHOW_NOUN = re.compile(r"\b(the|a|an|your|their|his|her|our|my) (?:tv |radio |talk |game )?shows?\b"
                        r"(?! (?:me|us|you|him|her|them|what|how|that|the|a|an|up)\b)")
_AUDIO = re.compile(r"\b(music\w*|sound\w*|noise\w*|hear|heard|silen\w*|quiet|(?<!out )loud\w*|song\w*)\b")
# "does he sound tired?", "it sounds like a plan": "sound" as a verb is about a voice or an idea, not a noise
_SOUND_VERB = re.compile(r"\b(?:(?:does|do|did|would|will)\s+(?:\w+\s+){1,4}sound\b|sound(?:s|ed)?\s+(?:like|as if|"
                         r"so|very|quite|rather|really|different\w*|strange|odd|weird|familiar|sad|happy|angry|tired|"
                         r"sick|ill|nervous|excited|funny|good|bad|young|old|nasty|awful|terrible|horrible|scary|great|nice|fun|boring|"
                         r"interesting|serious|painful|dangerous|cool|easy|hard|simple|complicated|unpleasant|harsh)\b)")
# ... and "somebody sounds FED UP", "he sounded ANNOYED", "they sound TIRED", "this man sounds a bit ROUGH": the verb
# before an adjective or a participle, any (not the noun: "what's the sound level?")
_SOUNDS_AS = re.compile(r"\b(?:sounds|sounded|(?:i|you|we|they) sound)\s+"
                        r"(?:a bit |a little |a little bit |kind of |sort of |pretty |somewhat |a lot |rather )?([a-z]+)\b")


def _sound_as_verb(text: str) -> str:
    """``text`` without the "sound(s)" said of how someone or something seems (_SOUND_VERB; "somebody sounds fed
    up": before any adjective or verb's participle, which WordNet tells); "what sound effects ...?" keeps it."""
    return _SOUNDS_AS.sub(_how_it_sounds, _SOUND_VERB.sub(" ", text))


def _how_it_sounds(m: re.Match) -> str:
    """A _SOUNDS_AS match taken out where it says how something sounds (before an adjective or a participle)."""
    word = m.group(1)
    return " " if is_adjective(word) or (word.endswith("ed") and is_verb(word)) else m.group(0)


def _voice_described(full: str) -> str:
    """``full`` without what a lead-in says of how someone sounds ("This man sounds a bit rough."), which describes a
    voice and names nothing said (the question proper keeps it: "why does he sound so rough?")."""
    proper = question_form(full)
    if not proper or (at := full.rfind(proper)) <= 0:
        return full
    return _SOUNDS_AS.sub(_how_it_sounds, full[:at]) + full[at:]


# "Right at the end someone says one SHORT sentence.": how long a line is, no word said in it
_SHORT_LINE = re.compile(r"\b(?:short|quick|little|brief)\s+(?=(?:sentence|line|phrase|statement|remark|word|thing)s?\b)|"
                         r"(?<=\bsomething)\s+(?:short|quick|brief)\b|"  # "someone says something short"
                         r"\ba (?:couple of|few) (?=words\b)")  # "a different voice says a couple of words": not how many


# Words for a stretch without speech ("after the long PAUSE", "after the quiet GAP"; vidsense.said_order)
# "the woman on the phone line", "the guy on the radio": a voice, and where the asker hears it (no word said)
_ON_THE_LINE = re.compile(r"\b((?:the|a|that|this) (?:woman|man|guy|lady|girl|boy|voice|speaker|person|narrator|reader|caller|"
                          r"operator)) (?:on|in|from|at|over) the (?:phone line|phone|line|radio|call|recording|tape|clip|audio|"
                          r"other end|air)\b")
# "What's the very first word the operator says?" of a radio call: the speaker (a phone menu's "operator" is one to reach)
_OPERATOR_SAYS = re.compile(r"\bthe (?:radio |ham )?operator (says|said|gives|reads out|reads|spells|counts|calls)\b")
# "..., according to the recording?", "..., according to him?": whose words, which are all the video has
_ACCORDING_TO = re.compile(r",?\s+according to (?:him|her|them|it|(?:the|this|that|his|her) (?:\w+ )?(?:recording|speaker|"
                           r"narrator|reader|voice|man|woman|guy|lady|clip|video|audio|sentence|line|message|prompt))"
                           r"(?=\W*$)")
# "He talks with long gaps between words.": how someone speaks, no silence that places what is asked
_GAPS_BETWEEN_WORDS = re.compile(r"\b(talks|talk|talking|speaks|speak|speaking|reads|read|reading)\s+(?:with|in)\s+(?:long |big |odd |"
                                 r"strange |lots of |many )?(?:gaps|pauses|breaks|silences)\s+between\s+(?:his |her |the |their )?"
                                 r"(?:words|phrases|sentences)\b")
# "a quiet patch", "a silent stretch": a silence, named with a word of its own
_QUIET_SPELL = re.compile(r"\b(?:quiet|silent) (?:patch|patches|spell|spells|stretch|stretches|period|periods|interval|"
                         r"intervals|spot|spots)\b")
SILENCE_WORDS = ("pause", "silence", "silent", "quiet", "break", "gap", "lull", "wait", "hush")  # ("after a long WAIT")
# (said_order has its own _SILENCE_STEMS, the silence words alone: these add the "long" and "while" of a lead-in)
_LEAD_IN_SILENCE_STEMS = frozenset(stem(w) for w in SILENCE_WORDS + ("long", "while"))
# "After the quiet gap, which animal comes up?": a silence that says where to look in the speech, not a sound asked about
SILENCE_ANCHOR = re.compile(r"\b(?:after|before|following)\s+(?:(?:the|a|that|this|his|her)\s+)?(?:[a-z]+\s+){0,2}?"
                             rf"(?:{'|'.join(SILENCE_WORDS)})\b")
# "One line is really LOUD. Which artifact ...?", "The next one is QUIET. What's researching ...?": how loud a line is
# said, in a sentence before the question, not a sound asked about
_LOUD_LINE = re.compile(r"^.*\b(?:line|lines|one|voice|voices|sentence|part|bit|speaker|speech|he|she|they)(?:'s| is| was|"
                        r" are| were| gets?| got| sounds?| comes? out| speaks?| talks?| says? it)?\s+(?:\w+\s+){0,2}?"
                        r"(?:quiet|loud|soft)(?:ly|er|est)?\b[^?]*?[.!;,]\s+")
# "How do I hear the message again?": hearing what is said (a message, a menu), not a sound
_HEAR_SAID = re.compile(r"\b(?:hear|heard|listen(?:ed)? to)\s+(?:(?:the|a|an|my|your|his|her|their|this|that|these|those|"
                        r"new|old|next|last|previous|saved)\s+){0,2}(?:messages?|voice ?mails?|greetings?|options?|"
                        r"menu|prompts?|instructions?|recordings?|names?|numbers?|digits?|words?|letters?|cards?|"
                        r"sentences?|lines?|phrases?)\b")  # ("straight after that I hear a number. Which?")
# "How many different people do you hear?", "which voices can you hear?": the voices speaking, not a sound
_VOICES_HEARD = re.compile(r"\b(?:people|persons|voices|speakers|men|women|guys|someone|somebody|anyone|anybody|operators|"
                           r"callers|readers)\b"
                           r"[^?.!]*?\b(?:hear|heard)\b"
                           # "when do I hear the next voice?": a voice speaking, not a sound
                           r"|\b(?:hear|heard)\s+(?:the\s+|a\s+|another\s+|any\s+)?(?:next\s+|new\s+|other\s+|second\s+|"
                           r"third\s+|last\s+|first\s+|different\s+)?(?:voice|voices|speaker|speakers|someone|somebody|"
                           r"person|man|woman|guy|lady|anyone|anybody)\b")
# "Why does luck look like chance?": "look like" (seem) is not about the picture, unless it asks what
# someone or something looks like.
_SEEM = re.compile(r"\blook(?:s|ed|ing)?\s+(?:like|as if|as though|into|for|forward|after|(?:\w+\s+)?up"
                   # "where should I look to troubleshoot it?": look in order to, not at the picture
                   r"|to (?!(?:the|my|your|his|her|their|its|our|a|an|left|right)\b)\w+)\b")
# "What colour letters does he suggest?": the kind of thing suggested, said ("... make the sign in bigger red letters")
_SUGGESTED_KIND = re.compile(r"^(\W*(?:what|which) (?!do|does|did)\w+(?: \w+)? (?:do|does|did) (?:he|she|they|the \w+)) "
                             r"(?:suggest|recommend|propose)(?=\W*$)")
# Verbs of saying: a question with one is about what is said ...
_SAYING = (r"say|says|said|saying|mention\w*|talk\w*|speak\w*|spoke\w*|tell\w*|told|ask\w*|read\w*|explain\w*|"
           r"describ\w*|introduc\w*|(?:bring|brings|brought|bringing) up|(?:refer|refers|referred|referring) to|"
           # ("what colour letters does he SUGGEST?": what he says)
           r"suggest\w*|recommend\w*|propos\w*|"
           # ("how many times does the wealth tax COME UP?")
           r"(?:come|comes|came|coming) up(?! with\b)")
_SPEECH = re.compile(rf"\b({_SAYING}|word\w*|quote\w*|call\w*)\b")
_SPEAKER = re.compile(r"\b(?:narrator|speaker|reader|presenter|announcer|host|interviewer)s?\b")
# "The first SENTENCE IS ABOUT a fox. What colour is it?": what is said is asked about, colour and all
_LINE_ABOUT = re.compile(r"\b(?:sentence|line|passage|reading|poem|verse|story|message|announcement|prompt|speech|talk)s?"
                         r"\b[^.?!]{0,30}?\b(?:is|was|are|were)\s+(?:all\s+)?about\b")
# ... and "what is shown while she explains X?" asks for the picture at the moment X is said.
_ANCHOR = re.compile(rf"\b(while|when|as)\b.+\b({_SAYING})\b")
# "at 0:05", "at 8 seconds", "in the first ten seconds": where in the video, never a topic word
# nor a number the answer must say.
TIME_WORDS = re.compile(r"\b\d+:\d{2}\b|\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b|"
                        r"\b\w+ (?:seconds?|minutes?)\b", re.IGNORECASE)
# ("ROUGHLY when does somebody first say something?": a when, hedged)
_WHEN = re.compile(r"^\s*(?:(?:roughly|about|around|approximately|so|and|ok|okay)\W+)?"
                   r"(when|at what (time|point|moment)|what time|how (far|long) into|how many seconds)\b")
# "... a man's voice comes in. When?": a lead-in, then a bare "when" (the lead-in may still say where to look:
# "at the very end somebody talks in a high voice. When?")
# (said_order.after_longest_silence reads what starts from such a lead-in: "... a single voice says one short sentence.
# At what time?")
BARE_WHEN = re.compile(r"[.!?]\s+(?:and |so )?(?:roughly |about |around |approximately )?"
                       r"(?:when|(?:at )?what (?:time|point))"
                       r"(?: exactly| is that| does (?:that|it|this) (?:happen|start|begin))?\W*$")
# ("what test am I about TO START?" is a verb, not the video's start)
_START = re.compile(r"\b((at|near|towards?) the (very )?(start|beginning)|first|opening|to (?:begin|start) with|"
                    r"(?<!\bto )(?:begin\w*|start\w*)(?! (?:talking|speaking|counting|to (?:talk|speak|count))\b))\b")
# ("when does he START TALKING again?" is a verb too)
_END = re.compile(r"\b((at|near|towards?|by) the (very )?end|last|final(?!ly)\w*|ending|closing)\b")
_MIDDLE = re.compile(r"\b(in the middle|midway|halfway)\b")
_VOICES_COUNTED = re.compile(r"\b(?:two|three|four|2|3|4)(?: (?:other|different|new|more))? (?:voices|speakers|people|men|"
                             r"women|guys)\b(?= (?:each |both |all )?(?:say|says|read|reads|speak|speaks|call|calls|come|"
                             r"comes|take|takes|chime|chimes|talk|talks)\b)")
_AT_END = re.compile(r"\b(?:at|near|towards?|by) the (?:very )?end\b(?! of)")
_AT_START = re.compile(r"\b(?:at|near|towards?) the (?:very )?(?:start|beginning)\b(?! of)")
_WHAT_BEGUN = re.compile(r"\bwhat (?:does|did|do|will) (?:[\w']+ ){1,3}?(?:start|begin)\W*$")
_WHEN_STARTS = re.compile(r"\bwhen (?:does|did|do|will) (?:[\w']+ ){1,3}?(?:start|begin|kick off|get going)s?\W*$")
_OF_PART = re.compile(r"\b(?:start|beginning|end|middle) of (?:the |his |her |their |that )?"
                      r"(?:second|third|fourth|next|other|later|latter|2nd|3rd) \w+")
_CLOCK = re.compile(r"\b(?:at|around|after|near)\s+(\d+):(\d{2})\b")
_SECONDS = re.compile(r"\b(?:at|around|after|near)\s+(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b")

# Words that frame a question rather than say what it is about.
_FRAME = {stem(w) for w in """
what when where which who whom whose why how does did do is are was were there here anything anybody anyone
something someone somebody thing things happen happens happening time moment point kind type sort
name named called video clip recording footage film scene picture image frame screen shown show
shows showing see seen visible appear appears appearing look looks say says said saying mention
mentions mentioned mentioning talk talks talking speak speaks speaking spoken speaker narrator reader
voice person people man woman guy guys lady host hosts presenter he she they it hear heard sound sounds
place setting location object objects begin beginning start end first last middle while during meanwhile meantime audience
listener listeners viewer viewers tell tells told telling read reads reading come comes came coming follow
follows followed following warn warns warned warning
next previous preceding immediately word words describe describes described describing description main message
speech topic subject theme gist overall near toward towards caller callers passage passages excerpt aloud
become becomes became becoming distance distances
suggest suggests suggested suggesting propose proposes proposed proposing recommend recommends recommended recommending
""".split()}
_NAME = re.compile(r"\b(name|named|called|who)\b")
_NAME_VERB = re.compile(r"\b(?:does|do|did|will|can|should)\b[^?]*\bname\W*$")  # "which things does she NAME?"
# "Who is the speaker addressing?", "Who is being spoken to?", "To whom ...": the answer is the
# phrase that addresses someone (a vocative), which rarely shares a word with the question.
_ADDRESSEE = re.compile(r"\b(address\w*|spoken to|speaking to|talking to|talks to|speaks to|talked to|spoke to|"
                        r"to whom|audience|listeners?)\b")
# "What does the game call me at the end?": how the viewer is addressed ("Congratulations, Commander")
_CALLS_ME = re.compile(r"^\W*what (?:does|did|do) (?:\w+ ){1,3}(?:call|address|refer to) (?:me|us|you|the (?:player|viewer|"
                       r"listener|caller))\b")  # ("what does he ADDRESS ME AS?")
# What the frame classifier cannot say: colours, clothes, written text (writing is read from the screen
# instead when the question is about the picture: see _WRITING and _READS).
_UNSEEN = re.compile(r"\b(colou?rs?|wearing|wears|clothes|clothing|dressed|written|writing|text|title|sign|"
                     r"caption|logo|daytime|night-?time|(?:by |at )?day or (?:at |by )?night|night or day|time of day)\b")
# "Besides the PBX itself, what else ...?": what is set aside, not asked about
_ASIDE = re.compile(r"^\W*(?:besides|apart from|aside from|other than|except for|in addition to)\b([^,?]*),")
# "Which cards are read out?", "what animals does she mention?", "how many cards are named?": every member
# of a category said (vidsense.categories), listed or counted
_LISTED = re.compile(r"^\W*(?:which|what|how many)\s+(?:different\s+|other\s+)?(?:(?:two|three|four|five|\d+)\s+)?([a-z]+s)\b"
                     r"(?=.*\b(?:read|named|said|mentioned|mention|listed|called|spoken|announced|talked about)\b)")
# "The last one lists three cards. Which cards?" (as _which_one rewords "which ones?"): the members said
_WHICH_MEMBERS = re.compile(r"^\W*which\s+([a-z]+s)\W*$")
# "What language is spoken?", "which language is the first reading in?", "in what language does she sing?",
# "what languages do they speak?": the languages the speech was read in answer it (vidsense.languages)
_LANGUAGE = re.compile(r"^\W*(?:in\s+)?(?:what|which)\s+languages?\b"
                       r"|^\W*(?:what|which)\s+(?:is|was|are|were)\s+the\s+languages?\b")
# "I can't place the first speaker's LANGUAGE. WHICH IS IT?": the language asked in the lead-in
_WHICH_IS_IT = re.compile(r"(?:^|[.!?]\s+)\W*(?:so |and )?(?:which|what)(?: one)? (?:is|was) (?:it|that|this)\W*$")
_LANGUAGE_WORD = re.compile(r"\blanguages?\b")


def _asks_language(low: str, full: str) -> bool:
    """"What language is spoken?", or "which is it?" after a lead-in that names a language ("I can't place the first
    speaker's language.")."""
    return bool(_LANGUAGE.search(low) or _WHICH_IS_IT.search(low) and _LANGUAGE_WORD.search(full))


# "Then a different woman comes on in ANOTHER LANGUAGE. Which language is it?": the one after the first
_OTHER_LANGUAGE = re.compile(r"\b(?:another|other|different|second|new|foreign)\s+languages?\b|\bswitch\w*\s+languages?\b"
                             r"|\blanguages?\s+(?:change|changes|changed|switch|switches|switched)\b")
_WRITING = re.compile(r"\b(?:written|writing|text|title|heading|headline|caption|subtitle|lettering|logo|sign|signs)\b")
# Writing on screen, read by models/ocr.py: "what does the (big) heading on the screen say?", "what text/word
# is on/at ...?", "what is written ...?", "what does the sign read?".
_WRITING_NOUN = (r"(?:title|titles|heading|headings|headline|caption|captions|subtitle|sign|signs|signboard|banner|slide|"
                 r"screen|logo|label|poster|text|writing|board|plate|lettering)")
_READS = re.compile(r"\b(?:what|which)\s+(?:does|do|did)\s+(?:the|this|that|a|an|its|his|her|their)\s+(?:[\w'-]+\s+){0,2}"
                    + _WRITING_NOUN + r"\b(?:\s+[\w'-]+){0,8}?\s+(?:say|says|read|reads)\b"
                    r"|\b(?:what|which)\s+(?:text|word|words|title|heading|headline|caption|letters|writing|name)\s+"
                    r"(?:is|was|are|were|appears?|appeared|can you see)\s+(?:written|shown|displayed|printed|on|at|in)\b"
                    r"|\b(?:is|was|are|were|it)\s+written\b|\bwhat\s+(?:is|was)\s+the\s+(?:title|heading|headline|caption)\s+"
                    r"(?:on|of|at)\s+the\s+(?:screen|top|page|slide)\b")
# What is typed on screen: "what command does he type into the terminal?", "what does she type in the search
# box?", "which command does she run?": a line that grows on screen (vidsense.picture_answers). Not "what TYPE of",
# nor "what do those commands imitate?".
TYPED = re.compile(r"^\W*(?:what|which)\b(?:.*\b(?:typed|typing|types)\b|.*\b(?:does|do|did|to)\s+(?:[\w'-]+\s+){0,6}?type\b(?!\s+of\b)"
                   r"|.*\b(?:command|commands|url|urls)\b.*\b(?:entered|enters?|run|runs|ran|execute[sd]?)\b)")
# "Later he warns me about something he's about to do. What?": the lead-in says what is asked
_INTENT_LEAD = re.compile(r"\b(?:about to|going to|gonna|planning to|plans? to|intends? to)\s+do\b")
BARE_WHAT = re.compile(r"(?:^|[.!?]\s+)(?:so |and )?what(?: is it| was it| exactly)?\W*$")


def _intent(form: str, full: str) -> bool:
    """"What is she going to do next?", or a bare "What?" after a lead-in that says someone is about to do something."""
    return bool(_INTENT.search(form) or BARE_WHAT.search(form) and _INTENT_LEAD.search(full))


# "What am I supposed to type them on?": what the asker is told to type (an instruction said), not what is typed on screen
_ASKER_TYPES = re.compile(r"\b(?:am|do|should|must|can|could|have|need) (?:i|we)\b|\b(?:i'm|i am|we're) (?:supposed|meant|told)\b")
# "What does he warn he's about to do?", "what is she going to do next?": what someone says they will do
_INTENT = re.compile(r"^\W*what\b.*\b(?:about to|going to|gonna|planning to|plans? to|intends? to|will|'ll)\s+do\b"
                     # "He warns us he's about to do something. What?": the question in the lead-in
                     r"|\b(?:about to|going to|gonna|planning to|plans? to|intends? to)\s+do\s+something\b[^?]*?[.!?]\s*what(?:'s| is)?(?: it| that)?\W*$")
# Questions about people (on screen they are known only by a face: the "person" label).
_PEOPLE = re.compile(r"\b(person|persons|people|man|men|woman|women|guys?|lady|ladies|boy|boys|girl|girls|child|"
                     r"children|kids?|someone|somebody|anyone|anybody|human|humans|faces?|crowd)\b")
# "What makes fine punch?": what a thing is made of or by, not a cause ("what makes people LUCKIER?", "what made the
# truck tip OVER?": a quality or a verb after the thing asks why)
_MAKES_THING = re.compile(r"^\W*what (?:makes|made) (?:(?:a|an|the|some|good|fine|great|nice|real) )*([a-z]+)\W*$")
_PARTICLES = frozenset("over up down out off on in away back around through".split())


def _makes_a_thing(low: str) -> bool:
    m = _MAKES_THING.match(low)
    return bool(m) and m.group(1) not in _PARTICLES and not is_adjective(base_form(m.group(1))) and not (
        m.group(1).endswith("er") and is_adjective(m.group(1)[:-2]))


# "Why ...?": the cause is often in another clause of the sentence than the words asked about.
_REASON = re.compile(r"^\W*(why|how come|for what reason|what (is|was|are|were) the reasons?)\b"
                     # "what MADE the truck nearly tip over?": its cause
                     # (not "what made her THINK someone was on the line?": "I heard a beep" says it, with no cause word)
                     r"|^\W*what (?:made|makes|caused|causes|led to|leads to) (?!(?:it|this|that) (?:so|such)\b)"
                     r"(?!(?:\w+ ){1,3}(?:think|believe|feel|reali[sz]e|decide|assume|suspect|guess|say|want|wonder)\b)"
                     # what something is for: "what's the point of the echo test?", "what is the test checking?"
                     r"|^\W*what(?:'s|\u2019s| is| was| are| were) the (?:point|purpose|aim|goal) of\b"
                     r"|^\W*what (?:is|are|was|were|does|do|did) (?:the|this|that) (?!(?:the|this|that) )[\w -]{1,30}? "
                     r"(?:checking|testing|measuring|check|test|measure)\W*$")
# "What is the echo test SUPPOSED TO show me?", "... MEANT TO let me hear?": what it is for (not "what is this
# session GOING TO teach me?": what it teaches); read from the question as asked (see _MEANT_TO)
_MEANT_FOR = re.compile(r"^\W*what(?:'s| is| was) (?:the|this|that|an?) [\w -]{1,30}? (?:supposed|meant|designed|intended) "
                        r"to (?:do|show|let|give|help|check|test|measure|prove|achieve)\b")  # (to teach, to tell: a content)
# "What is he recording the corpus FOR?": a purpose (not "what is he looking for?", which asks for a thing)
_WHAT_FOR = re.compile(r"^\W*what (?:is|are|was|were|does|do|did|will|would) (?:he|she|they|it|you|we|i|someone|the \w+) "
                       r"(?:\w+ ){1,2}(?:the|a|an|this|that|these|those|his|her|their|my|your|our|it|them|all) "
                       r"(?:\w+ ){0,3}?for\W*$|"
                       # "what are those digits for?", "what's this number for?"
                       r"^\W*what(?:'s| is| are| was| were) (?:the|this|that|these|those|it|they) (?:\w+ ){0,3}?for\W*$|"
                       # "what job were those four hours of steady work for?"
                       r"^\W*what (?:job|purpose|reason|task|cause|end|use) (?:is|are|was|were) (?:the|this|that|these|those|it|"
                       r"they) (?:\w+ ){0,5}?for\W*$")
# "What company is this?", "What is the name of this shop?": a self-introduction answers it.
_IDENTITY = re.compile(r"^\W*(?:(?:what|which) (\w+) (?:is|was) (?:this|it|that|calling|speaking)|"
                       r"what is the name of (?:the|this|that) (\w+)\b(?!['\u2019])|who is (?:calling|speaking)|"
                       # "what does he call this recording?", "what is this show called?": what it is introduced as
                       # ("what does he say this recording is?"; groups 3 to 5: Question.named_this)
                       r"what (?:does|do|did) (?:he|she|they|the \w+) (?:call (?:this|the) (\w+)|say (?:this|the) (recording|"
                       r"video|clip|tape|show|podcast|episode|file|corpus|programme|program) (?:is|was))|"
                       r"what is (?:this|the) (\w+) called|"
                       # "what company did I call?", "which business have I reached?"
                       r"(?:what|which) (\w+) (?:did|have) (?:i|we|you) (?:just |actually |really )?(?:call|called|reach|reached|"
                       r"dial|dialed|dialled|phone|phoned|ring|rung)|"
                       # "who did I actually call here?", "who have I reached?", "who am I talking to?"
                       r"who (?:did|have) (?:i|we|you) (?:just |actually |really )?(?:call|called|reach|reached|dial|dialed|"
                       r"dialled|phone|phoned|ring|rung|got)|who am i (?:calling|talking to|speaking to|through to))\b")
# ("the name of the company's operator" asks for the operator's name, which no welcome says)
# "What is the voicemail password?": the noun asked about (the head of the phrase after a copula);
# a sentence that says "voicemail" but no password does not answer it.
_COPULA = re.compile(r"^\W*(?:what|which)\s+(?:is|was|are|were)\s+"
                     r"(?:the|a|an|his|her|their|its|your|my|our|this|that|(?:[a-z]+ ){0,2}[a-z]+'s)\s+([a-z0-9' -]+?)"
                     r"(?:\s+(?:of|in|on|at|for|from|to|that|which|who|he|she|they|you|it|we|i|when|while|where|as|after|"
                     r"before|during|if|once)\b.*)?\W*$")  # ("what was the SCORE when the Justice played ...?")
# "Which key is used for ...?": the answer must name a key.
# "which CITY ...?", "AT which UNIVERSITY ...?": answered by a name ("Montreal", "Stanford"), which a sentence that
# does not say the noun must then say (answer_checks)
_NAMED_PLACES = frozenset("""city cities town towns village villages country countries state states nation nations
island islands river rivers street streets county counties province provinces university universities college colleges
school schools hospital hospitals""".split())  # (an answer need not say the noun: "Montreal", "at Stanford")
NAMED_KINDS = _NAMED_PLACES | frozenset("company companies firm firms team teams club clubs band bands".split())
_AT_WHICH = rf"(?:(?:at|in|from|for|on|to|with|by|into|through) which (?=(?:{'|'.join(NAMED_KINDS)})\b))"
_WHICH = re.compile(rf"^\W*(?:which |{_AT_WHICH})(\w+)\b(?! of\b)")
_WENT_DOING = re.compile(r"\b(?:go|goes|went|gone|come|comes|came) ((?!going\b|coming\b)[a-z]{3,}ing)\b(?! to\b)")
_CAUGHT_PART = re.compile(r"\b(?:caught|heard|recorded|taped|got|have|found) (?:only )?the (?:tail )?(?:end|start|beginning|"
                          r"last (?:bit|part)|first (?:bit|part)) of (?:this|a|the|that|some|an)\b")
# "What name does he GO BY?": his name
_GOES_BY = re.compile(r"\bwhat (name|call ?sign|nickname|title) (?:does|did|do) (he|she|they|it|(?:the|this|that) \w+) go by\b")
_POSSESSIVE = {"he": "his", "she": "her", "they": "their", "it": "its"}


def _goes_by(m: re.Match) -> str:
    """"what name does he go by" -> "what's his name", "what call sign does this caller go by" -> "what's this caller's
    call sign"."""
    whose = _POSSESSIVE.get(m.group(2)) or f"{m.group(2)}'s"
    return f"what's {whose} {m.group(1)}"


_KEEN_TO = re.compile(r"(?:'s|\bis|\bare|\bwas|\bwere) (?:really |so |very )?(?:keen|eager|desperate|determined|dying|raring|"
                      r"itching) to\b")
# "He USED TO get it", "where did she USE TO live?": what was once so (not a use)
_USED_TO = re.compile(r"(?<!\bis )(?<!\bwas )(?<!\bare )\b(he|she|they|we|you|i|it|did [^?]*?) used? to (?=[a-z])")
# "The first caller says he used to get it IN WHICH COUNTRY?": asked where the answer would stand, as last words
_WHICH_LAST = re.compile(rf"\b{_AT_WHICH}(\w+)\W*$")
_WHICH_OF = re.compile(rf"^\W*(?:which |{_AT_WHICH})(?!one\b|ones\b|of\b)(\w+) of\b")  # "which VERSION of Asterisk ...?"
_OPEN_HEADS = frozenset("""city cities town towns village place places country countries state states nation nations
continent island river street area region county province person people man men woman women one ones
trait traits quality qualities thing things way ways idea ideas example examples feature features item items kind kinds
type types sort sorts part parts step steps point points problem problems reason reasons term terms phrase phrases
topic topics event events incident incidents occasion occasions happening happenings""".split()) | _NAMED_PLACES  # answered by an instance ("which traits ...?": "cold-hearted and selfish")
# "What does Sheila say about X?": who speaks is not what is said (and the transcript does not say
# who speaks), so only X is the topic.
_SAYS_ABOUT = re.compile(r"^\W*what(?: (?:does|did|do|will|would|can) [\w' ]+? (?:say|said|mention|think|feel|believe|"
                         r"claim|write|tell (?:us|them|you|him|her))|(?:'s| is| was| are| were) [\w' ]+? (?:saying|mentioning|"
                         r"telling (?:us|them|you|me|him|her)))\s+about\s+(.+)$")
# "... about the number I dialled?": the thing, not what the asker did with it (the clause is the asker's words)
_ASKERS_CLAUSE = re.compile(r"(\babout\s+(?:the|this|that|my|our|your)\s+(?:\w+\s+)?\w+)\s+(?:that\s+|which\s+)?(?:i|we)\s+"
                            r"\w+[^?.!]*", re.IGNORECASE)
_YEAR_ASKED = re.compile(r"\b(?:what|which) year\b|\bin what year\b")
_SAID_ABOUT = re.compile(r"^\W*what (?:is|was|gets|got) (?:said|mentioned|told) about\b")
# "What does the host call himself?", "When does she introduce herself?", "What is the host's name?"
_SELF_NAMED = re.compile(r"\b(?:(?:introduc|identif)\w* (?:himself|herself|themselves|yourself)|call(?:s|ed)? (?:itself|himself|herself|"
                         r"themselves)|(?:host|speaker|narrator|presenter|caller|reader)'s name|name of (?:the|that|this) "
                         r"(?:first |second |next |last )?(?:host|speaker|"
                         r"narrator|presenter|caller|reader|(?:person|man|woman|guy|lady|voice) (?:who(?:'s| is) )?"
                         r"(?:reading|speaking|talking|narrating|calling|presenting)))\b|"
                         r"^\W*who(?:'s| is| was) the (?:host|speaker|narrator|presenter)\W*$|"
                         # "who's the guy talking at the start?", "who is the man speaking?", "who's speaking?"
                         r"^\W*who(?:'s| is| was) (?:the (?:\w+ )?(?:guy|man|woman|lady|person|voice|caller|speaker) )?"
                         r"(?:talking|speaking|calling|on the (?:phone|line))(?: (?:at|near) the (?:very )?(?:start|beginning|end)"
                         # ("who's talking at the beginning of this one?")
                         r"(?: of (?:this|that|the) (?:one|clip|recording|video|bit|message|call))?"
                         r"| first| at first"
                         r"| in (?:it|that|this|there)(?: (?:part|bit|clip|recording|message|one))?| there| then| here)?\W*$|"
                         r"^\W*who(?:'s| is| was) (?:hosting|presenting|narrating)(?: (?:this|it|the \w+))?\W*$|"
                         # "what's the host called?"
                         r"^\W*what(?:'s| is| was) the (?:host|speaker|narrator|presenter) called\W*$|"
                         # "what's his name?", "and what's the guy's name?", "what's she called?"
                         r"^\W*(?:and |so )?what(?:'s| is| was) (?:his|her|the (?:\w+ )?(?:man|woman|guy|lady|person|"
                         r"speaker|voice|operator|caller|host|reader)'s) (?:first |own |full )?name\W*$|"
                         # "what does he say his name is?"
                         r"^\W*(?:and |so )?what (?:does|did) (?:he|she) (?:say|tell (?:you|us|me)) (?:his|her) name is\W*$|"
                         # "what name does the first operator give?"
                         r"^\W*(?:and |so )?what name does (?:he|she|the (?:\w+ )?\w+) give(?: (?:for )?(?:himself|herself))?"
                         r"\W*$|"
                         r"^\W*(?:and |so )?what(?:'s| is) (?:he|she) called\W*$|"
                         # "who does the speaker say he is?"
                         r"^\W*(?:and |so )?who (?:does|did) (?:he|she|the (?:\w+ )?(?:man|woman|guy|lady|person|speaker|voice|"
                         r"caller|host|reader|narrator|operator)) (?:say|claim|tell (?:you|us|me)) (?:he|she) (?:is|was)\W*$|"
                         # "who is he?", "did he say who he is?" (of a voice the answer before placed)
                         r"^\W*(?:and |so )?who(?:'s| is| was) (?:he|she)\W*$|"
                         r"^\W*(?:and |so )?(?:does|did) (?:he|she) (?:say|tell (?:you|us|me)) (?:who (?:he|she) is|(?:his|her) "
                         r"name)\W*$")
# What a self-introduction names ("thank you for calling X", "welcome to X"), unlike "the base".
_INTRODUCED = frozenset("""company business firm shop store place station show podcast channel programme program series
organisation organization office restaurant hotel bank service line department brand network radio club school
hospital clinic airline agency recording video clip episode talk lecture session tutorial demo corpus""".split())


# A question that asks for a quantity ("How old is he?", "What year ...?"): an answer without a number is no answer.
_QUANTITY = re.compile(r"^\W*(how (many|much|old|long(?! into)|far(?! into)|fast|heavy|tall|high|deep|wide)|"
                       r"(in )?(what|which) (year|age|number|percentage|percent|date|speed)|"
                       # "what ROUTE NUMBER was the bus?", "which room number?"
                       r"(what|which)(?:'s| is| was)? (?:the )?(route|room|phone|telephone|flight|bus|house|page|model|track|"
                       r"platform|gate|seat|serial|account|order|reference|case|badge|jersey|channel) number)\b")
# "How many teams are there?": the number must count teams ("twenty teams"), not be any number.
# ("how many OF THE teams": teams)
_COUNT = re.compile(r"\bhow\s+many\s+(?:of\s+(?:the|these|those|their|our|your|his|her|its|my)\s+)?"
                    r"(?:(?:short|long|separate|full|whole|complete|individual|distinct)\s+)?(\w+)")  # ("how many SHORT
# sentences", a word other rewordings may have left out: "how many  sentences")
HOW_MANY_ALONE = re.compile(r"(?:^|[.!?]\s+)\W*how many(?: exactly| altogether| in all| in total| then| now)?\W*$")


# "... names two speaker positions. WHICH ONES?": the members of the category the lead-in names
WHICH_ALONE = re.compile(r"(?:^|[.!?]\s+)\W*(?:which (?:ones|two|three|four|five|of them)|which|which (?:are|were) "
                         r"(?:they|those|these|the two|the three))\W*$")


def _counted(low: str, full: str) -> str | None:
    """The stem a number in the answer must count: "how many TEAMS ...?"; "someone rattles off a string of cards.
    How many?": the category the lead-in names ("card")."""
    if (m := _COUNT.search(low)) and m.group(1) not in _TIMES and not HOW_MANY_ALONE.search(low):
        return stem(m.group(1))
    if alone := HOW_MANY_ALONE.search(full):  # (else the last thing the lead-in names in the plural: "... he has a
        # lot of THOUGHTS about something. How many exactly?")
        return _lead_in_category(full) or _lead_in_plural(full[:alone.start()])
    return None


def _lead_in_plural(lead: str) -> str | None:
    """The stem of the last plural noun of a lead-in (a word ending in "s" that WordNet has as no verb), or None."""
    return next((stem(w) for w in reversed(content_words(lead))
                 if w.endswith("s") and not w.endswith("ss") and len(w) > 3 and not is_verb(w)), None)


def _lead_in_category(full: str) -> str | None:
    """The last category (vidsense.categories) a question names in the plural: "cards", "channels"."""
    return next((stem(w) for w in reversed(words(full)) if w.endswith("s") and category_of(stem(w))), None)


# "When did the Collapse happen?" asks for a date in the story, not a time in the video.
# Words that make "what time ...?" a time in the video: in the question ("what time does the next VOICE begin?") or
# in its lead-in ("Then there's a long PAUSE before a man starts TALKING. What time does he start?")
_IN_VIDEO = "video|clip|recording|voice|speaker|talking|speaking|speech|counting|count|counts"
_SPEECH_LEAD_IN = re.compile(rf"\b(?:{_IN_VIDEO}|pause|silence|gap|quiet)\b")
_EVENT_TIME = re.compile(r"^\W*when (?:did|was|were|had)\b.*\b(?:happen\w*|occur\w*|take place|took place|born|founded|"
                         r"built|invented|discovered|die|died|established|created)\b"
                         # "What time does the train leave?": a time of day, said; not a time in the video
                         r"|^\W*(?:at )?what time (?:does|did|do|will|would|is|was|are|were|should|can)\b"
                         # (not "what time does the next VOICE begin?": a time in the video)
                         rf"(?!.*\b(?:{_IN_VIDEO}|film|movie|footage)\b)"
                         r".*\b(?:leave|leaves|left|arrive[sd]?|"
                         r"depart\w*|opens?|opened|closes?|closed|starts?|started|begins?|began|ends?|ended|meets?|met|"
                         r"wakes? up|woke up|gets? up|got up|finish\w*)\b"
                         # "By what date does the second pass have to be finished?", "on which date ...?": a date, said
                         r"|^\W*(?:by |on |until |till |before |after )?(?:what|which) (?:date|deadline)\b"
                         # "when is the specification due to be finished?", "when does it have to be ready?", "what's
                         # the deadline?": a date, said, not where the thing is mentioned
                         r"|^\W*when (?:is|was|are|were|will) .*\bdue\b"
                         r"|^\W*when (?:does|do|did|will|must|should|has|have) .*\b(?:have to|has to|had to|need to|needs to|"
                         r"must) be (?:finished|done|ready|completed|submitted|handed in|delivered|in)\b"
                         r"|^\W*what(?:'s| is| was) the deadline\b")
# "What time does THAT START?", "what time does she come in?": where in the video what was just named begins, not a
# time of day
_STARTS_THERE = re.compile(r"^\W*(?:at )?what time (?:does|did|do|will|is|was) (?:that|it|this|he|she|they|the (?:next|last|"
                           r"first|second|other) \w+) (?:start|begin|come in|come on|kick off|get going)\b")
# "What is Sheila's last name?": only a name that follows hers answers it ("Sheila Smith").
_NAME_PART = re.compile(r"\b(?:last|first|full|real|middle|maiden|family|given|sur) ?names?\b")
_ASKS_NAME_PART = re.compile(r"^\W*(?:what|which)\b.*\b(?:last|first|full|real|middle|maiden|family|given|sur) ?names?"
                             r"\W*$")
# "ask me to wait", "asks the caller to hold": a request; what is asked (the verb after "to") is the topic
_ASKED_TO = re.compile(r"\b(?:ask|asks|asked|asking)\s+(?:(?:me|us|you|him|her|them|people|everyone|everybody|"
                       r"the \w+|callers?|listeners?|viewers?)\s+)?(?:not\s+)?to\b|"
                       # "what does she WANT ME TO do while it tries?": what she tells the listener to do
                       r"\b(?:want|wants|wanted|need|needs|expect|expects|tell|tells)\s+(?:me|us|you|them|him|her|people|"
                       r"everyone|everybody)\s+to\b")
_USES_WORD = re.compile(r"\b(?:use|uses|used|using|say|says|said|saying)\s+(?:the\s+)?(?:word|phrase|term|expression)\b")
# "What is X good for?", "what is it used for?": a purpose is asked, "good" / "used" is no topic
_PURPOSE = re.compile(r"\b(?:good|useful|used|needed|meant|necessary|required)\s+for(?:\s+(?:now|then|here|there|"
                      r"exactly|again|anyway))?\W*$")  # ("what's the new machine gun good for NOW?")
# "the two women", "all three": people already known, counted in passing; no number is asked
# (not "the four of clubs")
# "the two women", "which two things does she name?": how many are meant, not a number to be said
DEFINITE_COUNT = re.compile(r"\b(the|these|those|all|which|what|the (?:first|last|next|final|opening)) "
                            r"(?:two|three|four|five|six|2|3|4|5|6)\b(?! of\b)", re.IGNORECASE)  # ("THE FIRST TWO sentences")
# "someone names two things", "he says three words": a count of what is said, no word of it
_THINGS_COUNTED = re.compile(r"\b(?:two|three|four|five|six|2|3|4|5|6|a couple of|a few|several)\s+(?=(?:things|words|"
                             r"items|names|phrases|terms)\b)")
_GAPPED = re.compile(r"\s*\bwith (?:long |big |short |little |odd )?(?:gaps|pauses|breaks|silences) (?:between|in between)"
                     r" (?:his|her|their|the|each of his|each of her|all the) words\b")
_TRYING_TO_SAY = re.compile(r"\b(?:trying|attempting|struggling|managing) to (?:say|get out|tell us)\b")
_MEANT_TO = re.compile(r"\b(?:(?:supposed|meant|expected|designed|intended|going|about) to|gonna)\b")
_NAMED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")  # a capitalised word not starting a sentence
# "the man WITH THE COLD": who is meant, as a name would say it (qa._beyond_names), not what is asked
_DESCRIBED = re.compile(r"\b(?:man|woman|guy|girl|boy|lady|person|speaker|voice|narrator|reader|caller|host)\s+"
                        r"(?:with|in|from)\s+(?:the |a |an |his |her |their )?(\w+(?: \w+)?)")
# "realise (that) they're both from Chicago": the realising is not said, what is realised is
_REALISE = re.compile(r"\b(?:realis|realiz|notic|discover|learn|understand|understood|find out|found out|figur\w* out)\w*"
                      r"(?= (?:that |how |what )?(?:they|he|she|it|we|you|i|there|the|his|her|their)\b)")
# "What KIND of connection ...?": the answer must say which kind (a word right before "connection")
_KIND_OF = re.compile(r"^\W*(?:what|which) (?:kind|type|sort)s? of (?!the\b|a\b|an\b)(\w+)")
NEGATION = re.compile(r"\b(not|no|never|nor|neither|nothing|cannot)\b|n't\b")


@dataclass(frozen=True)
class TimeRef:
    """The part of the video a question points at: seconds, or fractions of the duration."""

    start: float
    end: float
    fraction: bool = False

    def seconds(self, duration: float) -> tuple[float, float]:
        return (self.start * duration, self.end * duration) if self.fraction else (self.start, self.end)

    @property
    def edge(self) -> str | None:
        """"start" or "end" where it points at the start or the end of the video ("at the end"), else None."""
        if not self.fraction:
            return None
        return "start" if self.start <= 0.0 else "end" if self.end >= 1.0 else None


@dataclass(frozen=True)
class Question:
    text: str
    kind: str  # "speech" | "visual" | "audio"
    when: bool
    time: TimeRef | None
    topic: frozenset[str]  # stems of the words that say what the question is about
    phrases: tuple[tuple[str, ...], ...] = ()  # the topic words, in runs only stopwords separate
    wants_name: bool = False  # "who", "what is the name of": frame labels can never answer it
    anchored: bool = False  # "what is on screen while he says X": find X, then look there
    about_speech: bool = False  # "say", "mention", "talk" ...: only what is said can answer it
    addressee: bool = False  # "who is the speaker addressing?": a vocative phrase answers it
    negated: bool = False  # "what does he ask them NOT to ask?": prefer clauses of the same polarity
    stems: frozenset[str] = frozenset()  # every word of the question, stemmed (novelty of an answer)
    about_people: bool = False  # "is a person shown?", "what is the man holding?": faces only can say
    wants_number: bool = False  # "how old", "how many", "what year": the answer must hold a number
    unseen: bool = False  # "what colour is the car?", "what is written?": not in the classifier's reach
    order: str | None = None  # "which card is read out first / last?": the earliest / latest of the matches;
    # "second" / "third": "when is it said a second time / again?"
    predicate: str | None = None  # "what did Mary EAT?": the verb the answer must say (a stem), see _predicate
    wants_reason: bool = False  # "why ...?": answered by the whole sentence unless the clause gives a cause
    identity: bool = False  # "what company is this?": a self-introduction ("thank you for calling X") answers it
    head: str | None = None  # "what is the voicemail PASSWORD?": the noun the answer must name (a stem), see _head
    counted: str | None = None  # "how many TEAMS": the stem a number in the answer must count
    wants_date: bool = False  # "when did the Collapse happen?": a date or a number must be said
    name_part: bool = False  # "what is Sheila's LAST NAME?": a second name after the one asked about
    sequence: Sequence | None = None  # "what should you click right after the flashing build icon?"
    self_named: bool = False  # "what does the host call himself?": "I'm X" answers it
    either: tuple[frozenset[str], frozenset[str]] | None = None  # "which comes first, X or Y?": the stems of X and Y
    # the stems of each topic word's WordNet synonyms ("trying" -> attempt, seek ...), for a question worded
    # unlike the speech; a match on one counts less than the word itself (see qa._lexical)
    synonyms: tuple[tuple[str, frozenset[str]], ...] = ()
    # "which ANIMAL ...?", "what ILLNESS ...?": the category noun (stem, word), which a member answers (WordNet:
    # "sloth", "a cold"; see vidsense.categories.mentions_kind)
    category: tuple[str, str] | None = None
    wants_place: bool = False  # "where ...?": a place must be said (see answer_checks)
    says_about: bool = False  # "what does she say about X?": a next sentence that goes on about X ("That ...") answers too
    which: str | None = None  # "which VENTURES failed?": the stem of the noun after "which" (answer_checks: say which one)
    wants_year: bool = False  # "what year ...?": a year must be said
    names: frozenset[str] = frozenset()  # who it is about: names ("What does DIANE call her husband?"), descriptions
    kind_of: bool = False  # "what KIND of connection?": ``which`` is the noun, and a word right before it must say the kind
    reads: bool = False  # "what does the sign say?", "what is written on screen?": text read on screen answers it
    listed: str | None = None  # "which cards are read out?", "how many animals are named?": the category (a stem)
    language: bool = False  # "what language is spoken?", "which language is the first reading in?" (vidsense.languages)
    aside: frozenset[str] = frozenset()  # "BESIDES THE NORTH WIND, what else is named?": the stems set aside
    intent: bool = False  # "what is he ABOUT TO DO?", "what are they GOING TO DO next?": a plan said answers it
    said_in: str | None = None  # "in the FRENCH part", "the Spanish voice": the language asked about (Whisper's code)
    reworded: str | None = None  # the question in the words a video says it with ("a real person" -> "an operator")
    named_this: bool = False  # "what does he call this recording?": an identity question "so this is the X" answers too
    manner: str | None = None  # "how is he talking?": "as" (how he talks then); "how does he change ...?": "became"
    defines: str | None = None  # "so what actually is Asterisk?": the thing asked about, which "X is ..." answers
    choice: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # "do I spell their first name or their last name?"
    how_often: bool = False  # "how many times does he tell me to left click?": the times it is said, counted
    doers: tuple[tuple[str, str], ...] = ()  # "what food does HE say he LIKES?": (verb stem, "he"), who does what is asked
    instead: str | None = None  # "what did Josh do instead of FINISHING it?": the stem of what was not done
    key_word: bool = False  # "which word does she single out as the key one?": "X, that's the operative word" answers
    form: str = ""  # the question proper, lowercased, without what is said before it (see question_form)
    # "the man's voice": "low"; "the woman who talks": "high"; "the high voice": "raised"; "the whispering man": "whispered"
    voice: str | None = None
    other_language: bool = False  # "... in ANOTHER language. Which language is it?": the first after the first
    sets_aside: bool = False  # "He tells them NOT TO ASK X. What should they ask INSTEAD?": not X (see _sets_aside)

    @property
    def embedded(self) -> str:
        """What the question's embedding is taken of."""
        return self.reworded or self.text

    @property
    def lead_in(self) -> bool:
        """Whether a sentence of the asker's own comes before the question ("Somebody complains about the days.
        What's the complaint?")."""
        return self.last_sentence != self.text.strip().lower()

    @property
    def last_sentence(self) -> str:
        """The question's last sentence, lowercased: the question proper, after any lead-in."""
        return _sentences(self.text.lower())[-1]


@dataclass(frozen=True)
class Sequence:
    """A question about what comes right after or before something said: where that is
    (``anchor``, stems) and what is asked of the next sentence (``rest``, stems; may be empty)."""

    direction: str  # "after" | "before"
    anchor: frozenset[str]
    rest: frozenset[str]
    quoted: bool = False  # the anchor is in quotes: the speaker's own words


# "Why can't anyone take my call?", "why is nobody available?", "while nobody is free", "that everyone is
# busy": a phone line's staff are busy, which its messages say as "all our representatives are currently
# busy" or "... are assisting other callers", sharing no word with the question. Asked that way, the
# question is read as about the representatives being busy ("busy" takes "assisting" among its synonyms),
# and a "why" is answered by the statement that they are (it gives no cause word).
_UNAVAILABLE = re.compile(
    r"\b(?:can'?t|cannot|can not|won'?t|isn'?t|is not)\s+(?:anyone|anybody|someone|somebody|you|they)\s+"
    r"(?:take|taking|answer|answering|pick up|picking up|get to|getting to|respond|responding)\b[^?,]*"
    r"|\b(?:no ?one|nobody)\s+(?:is\s+|'s\s+|can\s+)?(?:available|free|there|answering|around|answer|take|taking|"
    r"pick|picking|respond|responding)\b[^?,]*"
    r"|\b(?:everyone|everybody|all of them|they)(?:\s+is|\s+are|'s|'re)[\s-]+(?:busy|occupied|unavailable)\b"
    # "why is none of the French representatives picking up?", "why can't the person I'm calling pick up?"
    r"|\bnone of (?:the |them |our |your )?(?:[a-z]+ ){0,2}?(?:is |are )?(?:available|free|there|answering|picking|"
    r"taking|responding)\b[^?,]*"
    r"|\b(?:can'?t|cannot|won'?t|isn'?t|doesn'?t)\s+(?:the |my |your )?(?:person|people|operator|agent|representatives?|"
    r"staff)\b[^?,]*?\b(?:take|answer|pick up|picking up|come to the phone|respond)\b[^?,]*")
# "why am I stuck on hold?", "why do I have to wait in the queue?": the same, the rest of the question kept
_ON_HOLD = re.compile(r"^\W*why (?:am i|are we|is (?:the caller|my call)|do i have to|must i|have i been)\s+"
                      r"(?:still\s+)?(?:(?:stuck|kept|left|put|being kept|been kept)\s+)?"
                      r"(?:on hold|waiting|in (?:a |the )?(?:queue|line))\b")
_UNAVAILABLE_READ = re.compile(r"\bthe representatives (?:are|being) busy\b")
_BUSY_SYNONYMS = frozenset({"assist", "occupi", "engag", "unavail", "help", "serv"})


# "There's a flower in the poem somewhere. Which one?": "which one" asks which flower, the thing the sentence
# before it names (its first "a X")
_WHICH_ONE = re.compile(r"\bwhich (?:one|ones)\W*$|\bwhat (?:kind|sort|type)\W*$")
_NAMED_THING = re.compile(r"\b(?:a|an|one|some|another)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)"
                          r"(?=\s+(?:in|on|at|of|near|around|during|towards?|somewhere|that|which|who|is|was|are|were|gets?|"
                          r"mentioned|named|said|read|called|he|she|they|you|we|i)\b|\s*[,.;!?]|\s*$)")


# (what _LOTS_OF, _COUPLE_OF and _RUN_OF leave: "a STRING OF digits is read. Which ones?": which digits)
_AMOUNT_OF = re.compile(r"\b(?:a|an)\s+(?:few|number|handful|series|string|list|set|group|row)\s+of\s+")


# "He describes A SORT OF EXTRACTION. WHICH SORT?": what sort of extraction
_SORT_OF = re.compile(r"\b(?:a|some|one|another) (sort|kind|type) of ([a-z]+)\b")
_WHICH_SORT = re.compile(r"^\W*(?:and |so )?(?:which|what) (sort|kind|type)(?: (?:is it|is that|was it|was that))?\W*$")


def _which_one(low: str) -> str:
    """"... a flower ... Which one?" as "... which flower?", "... a sort of extraction. Which sort?" as "... what sort of
    extraction is it?"; ``low`` unchanged when it is not so."""
    sentences = _SENTENCE_END.split(low)
    if len(sentences) > 1 and _WHICH_SORT.match(sentences[-1]) and (
            kind := next((m for m in _SORT_OF.finditer(" ".join(sentences[:-1]))), None)):
        return " ".join(sentences[:-1]) + f" what {kind.group(1)} of {kind.group(2)} is it?"
    if len(sentences) < 2 or not (m := _WHICH_ONE.search(sentences[-1])) or content_words(sentences[-1][:m.start()]):
        return low
    before = _AMOUNT_OF.sub("some ", " ".join(sentences[:-1]))  # "a COUPLE OF numbers": which numbers
    thing = next((t.group(1) for t in _NAMED_THING.finditer(before) if t.group(1) not in STOPWORDS), None)
    if thing is None:
        return low
    return " ".join(sentences[:-1]) + f" which {thing}?"


def _unavailable(low: str) -> str:
    if m := _ON_HOLD.match(low):
        return "what do they say about the representatives being busy" + low[m.end():]
    m = _UNAVAILABLE.search(low)
    if not m or re.search(r"\b(?:while|until|till|when|as long as)\s*$", low[:m.start()]):
        return low  # "what is the caller asked to do WHILE nobody is free?": what is said then, not that
    if re.match(r"\W*when\b", low):
        return "when do they say the representatives are busy?"
    return "what do they say about the representatives being busy?"


# "Do I have to wait for the whole menu?", "do I really have to sit through all the options?": whether the
# menu may be cut short, as a phone line says it ("if you know your party's extension, you may dial it at any time")
_WHOLE_MENU = re.compile(r"\b(?:do|must|should|need) (?:i|we|you)\s+(?:really |actually |still )?(?:(?:have|need|got) to\s+)?"
                         r"(?:wait|sit|listen|go|hear|stay)\w*\s+(?:for|through|to|out|until)?\s*(?:the end of\s+)?"
                         r"(?:the )?(?:whole|entire|full|rest of the|complete|every|all(?: of)? the|all)\s+"
                         r"(?:menu|options?|choices|prompts?|list|message)\b")


def _whole_menu(low: str) -> str:
    return "can i dial the extension at any time?" if _WHOLE_MENU.search(low) else low


# "How do I get a real person on the line?", "can I talk to a human?": on a phone line, the operator
# (what its menu calls the people who answer)
_HUMAN = re.compile(r"\b(?:an?|some) (?:(?:real|live|actual) (?:person|human(?: being)?|people)|human(?: being)?)\b"
                    r"(?! \w*(?:operator|agent))(?: on the (?:line|phone))?"
                    r"|\b(?:human|live|real) (?=operator|agent|representative)")
_SHOW_SOMEONE = re.compile(r"\bshow(?:s|ed|ing)? (?:me|you|us|him|her|them|people|everyone)\b")
_PICTURE = re.compile(r"\b(?:video|picture|screen|clip|footage|scene|camera|image|frame|film)s?\b")
_LET_HEAR = re.compile(r"\blets? (?:me|you|us|him|her|them|people|everyone) hear\b")
_FIND = stem("find")
_SEEKING = frozenset(stem(w) for w in "search seek hunt locate".split())  # what is done to find something
_FIND_WAY = re.compile(r"\bfind(?:s|ing)? (?:my|your|his|her|our|their|one's|the) way\b")
_WORKS = stem("work")
_FUNCTIONS = frozenset(stem(w) for w in "run runs operate operates function functions".split())
_FASTER = frozenset(stem(w) for w in "faster quicker speedier sooner".split())
_SPEED_SAID = frozenset(stem(w) for w in "rate speed pace quickly faster quicker".split())
_FACE_CARD = re.compile(r"\b(?:face|court|picture) card(s?)\b")
_PLAYING_CARD = re.compile(r"\bplaying (cards?)\b")
_THE_WAY = re.compile(r"\bthe way (he|she|they|it|you|i|we|people)\b")
# "the man in the MIDDLE PART", "in the last section": a place in the video (the position word says where), the
# noun no topic nor a description the answer must say
_PART_OF_VIDEO = re.compile(r"\b(first|middle|last|final|opening|closing|later|latter|end|ending) (?:part|section|bit|"
                            r"portion|segment|stretch|chunk)\b")
# "do I need anything SET UP FIRST?": ready before it starts, no place in the video nor an order of what is said
_BEFOREHAND = re.compile(r"\b(set up|setup|ready|installed|in place|configured|enabled|connected|turned on|switched on|"
                         r"plugged in|prepared) first\b")
# "what number does she say BEFORE THE POEM STARTS?": at the start (the poem, talk or reading is what is said, and
# need not be called so in it)
_BEFORE_IT_STARTS = re.compile(r"\bbefore (?:the|his|her|their|this|that) (?:poem|talk|reading|speech|story|lecture|"
                               r"sonnet|song|recital|presentation|sermon|address|monologue|tutorial|lesson|message) "
                               r"(?:actually |properly |really )?(?:starts|begins|gets going|kicks off)\b")
# "somebody OPENS WITH a playing card": says it first (no "open" is said)
_OPENS_WITH = re.compile(r"\b(?:opens|open|opened|starts|started|begins|began|kicks off|kicked off|leads off|led off) "
                         r"(?:things |it |the (?:video|clip|recording|show|call|item) )?with\b")
# "that STRING OF cards", "a LIST OF THREE cards", "a COUPLE OF playing cards": the cards (no string is said; a
# "string of digits" is left as it is: a run of digits said, see vidsense.numbers_said)
_RUN_OF = re.compile(r"\b(?:string|list|series|sequence|run|row|bunch|handful|couple|pair|set) of (?:(?:two|three|four|"
                     r"five|six|seven|eight|nine|ten|\d+|several|some|a few) )?((?:[a-z]+ )?(?:cards|names|"
                     r"words|animals|colou?rs|cities|countries|days|months|items|things|options))\b")
# "which two SPEAKER POSITIONS are named?": loudspeaker channels ("front left", vidsense.categories)
_SPEAKER_PLACE = re.compile(r"\b(?:speaker|loudspeaker|audio|surround|sound) (positions?|places?|locations?|placements?|"
                            r"sides?|channels?)\b")
_LOTS_OF = re.compile(r"\b(?:a lot|lots|plenty|loads|tons|heaps|a bunch|a ton) of\b")  # "many": a quantity, no topic
_COUPLE_OF = re.compile(r"\ba (?:couple|pair) of\b")  # "two": "then a couple of numbers are said. Which ones?"
_REACH = re.compile(r"\b(?:get|talk|speak|reach|connect\w*|through|transfer\w*|want|need)\b")
# phrasal verbs said in one word: "hang on a moment" is "wait a moment", "key in the name" is "enter the name"
_PHRASAL = re.compile(r"\b(?:(?:hang|hold|hung|held)(?:ing|s)? on\b(?! to\b)(?!\s*[,!])|hang tight"
                      r"|(key|type|punch)(?:ing|s|ed)? (?:(?:it|them|that|this) )?in\b"
                      # not "type in the directory": there "in" says where
                      r"(?! (?:the|this|that|your|my|a) "
                      r"(?:directory|menu|box|field|system|app|phone|keypad|search|chat|window)))")


# "How am I supposed to MOVE AROUND the demo?", "how do I FIND MY WAY THROUGH the menu?": navigate it
_AROUND = re.compile(r"\b(?:mov|get|go|find (?:my|your|our|their|one's) way|mak\w* (?:my|your|our|their|one's) way)\w*"
                     r" (?:around|about|through)(?= (?:the|this|that|a|an|my|your|its|their|it)\b)")


def _phrasal(low: str) -> str:
    low = _AROUND.sub("navigate", low) if low.lstrip().startswith("how") else low
    return _PHRASAL.sub(lambda m: "enter" if m.group(1) else "wait", low)


# "when does he SWITCH TO talking slowly?": when he starts to (the switch itself is not said)
_SWITCH_TO = re.compile(r"\b(?:switch|switches|switched|change|changes|changed|move|moves|moved|go|goes|went|turn|turns|"
                        r"turned)(?: over| on)? to (?=\w+ing\b)")


def _switch_to(low: str) -> str:
    return _SWITCH_TO.sub("start ", low)


# "What animal TURNS UP in the second sentence?", "which city crops up?": what is mentioned (not "what pops up", which
# may be something coming into the picture)
_TURNS_UP = re.compile(r"\b(?:turns|turned|crops|cropped) up\b")


# "Which country does she SINGLE OUT?", "she singles one country out": which she mentions (not "she singles out one
# WORD": which she stresses)
_SINGLED_OUT = re.compile(r"\b(singles|singled|singling|single) ((?:\w+ ){0,2}?)out\b((?: \w+){0,2})")
_MENTIONS = {"single": "mention", "singles": "mentions", "singled": "mentioned", "singling": "mentioning"}
_STRESSED = frozenset("word words phrase phrases term terms line lines point points".split())


def _mentioned(m: re.Match) -> str:
    if _STRESSED & set(m.group(2).split() + m.group(3).split()):
        return m.group(0)
    return " ".join([_MENTIONS[m.group(1)]] + m.group(2).split()) + m.group(3)


def _turns_up(low: str) -> str:
    low = _SINGLED_OUT.sub(_mentioned, low)
    return _TURNS_UP.sub("is mentioned", low)


# "After the call THERE'S A LONG SILENCE AND THEN a new voice says something": after the long silence
# "There's a long quiet bit after that, and then ...", "A long silence, and then ...", "Then there's a long silence.
# When ...?": the same; "it goes quiet for a while and somebody says ...": after a silence
_SILENCE_NOUN = rf"((?:\w+ ){{0,2}}?(?:{'|'.join(SILENCE_WORDS)}))(?: stretch| bit| patch| spell| period)?"
_SILENCE_THEN = re.compile(r"(?:\b(?:there(?:'s| is| comes)|comes|we get|you get|we have) |(?:^|(?<=[.!?] ))(?:then )?)"
                           r"(?:a|another) " + _SILENCE_NOUN + r"(?: (?:after|following) (?:that|this|it|him|her|them))?,? "
                           r"(?:and then|and|then)\b")
_SILENCE_STOP = re.compile(r"\b(?:then |and then |after that )?there(?:'s| is| comes) (?:a|another) "
                           + _SILENCE_NOUN + r"( (?:after|following) (?:that|this|it|him|her|them|the \w+))?\s*[.!]\s+")
# "It's quiet for ages after the menu.": a long silence
_QUIET_FOR_AGES = re.compile(r"\b(?:(?:it's|it is|it was|things are|the line is) (?:quiet|silent|dead)|nothing happens|"
                             r"nothing is said|(?:no one|no-one|nobody) (?:says anything|talks|speaks)) for (?:ages|a while|a long time|a long while|"
                             r"a bit|quite a while|some time)\b")
_GOES_QUIET = re.compile(r"\b(?:it|things|the line|everything|he|she|they|the \w+) (?:goes|go|went|falls|fell) (?:quiet|silent)"
                         r"(?: for (?:a|some|quite a) (?:good |long )?(?:while|bit|moment|time|few seconds))?"
                         r"(?: after that| after this)?(?:,? (?:and )?(?:then )?|\s*[.!]\s*)")


# "after a long stretch of nothing": a silence
_STRETCH_OF_NOTHING = re.compile(r"\b(?:stretch|bit|period|spell|while|minute|few seconds) of (?:nothing|silence|quiet|"
                                 r"no (?:speech|talking|sound|one talking))\b")


# A lead-in sentence that says only that it goes quiet, in any words ("Then there's silence for a while.", "Nothing for a
# while after that.", "After that it's silent."): the question after it asks about what comes after a silence
_QUIET_WORDS = frozenset("silence silences silent quiet quietly nothing pause pauses gap gaps lull hush dead air".split())
_QUIET_FILLER = frozenset("""then there there's theres is it it's its after that this for a an the while long longer little
bit short brief ages good quite some time goes gets falls becomes stays wait waiting happens comes and so now later again
another big pretty fairly really very total complete second seconds few follows followed follow ensues""".split())
# "What's the last sentence read BEFORE IT GOES QUIET?": before the silence
_BEFORE_QUIET = re.compile(r"\bbefore (?:it|things|he|she|they|everything|the \w+) (?:goes|go|falls|gets|becomes) (?:quiet|silent)\b")


# "After a long pause there's a second message. When does it begin?": when the next voice begins, after the silence
_NEW_PART_BEGINS = re.compile(r"^(\W*after (?:a|the|another) [^.?!]{0,30}?(?:pause|silence|gap|lull|break|quiet))[, ]+"
                              r"(?:there(?:'s| is| comes)|comes|we get|you get) (?:a|an|another) (?:second |new |next |different |"
                              r"other )?(?:message|voice|speaker|recording|announcement|prompt|reading|line|part|section|clip|"
                              r"person|man|woman|guy|lady)[.!]\s+(?:so |and )?when (?:does|did) (?:it|that|this|he|she|they) "
                              r"(begin|start|come in|come on|kick in|kick off)\W*$")
# "After the menu it goes silent for a while.": a silence after what was said (the menu need not be named again)
_AFTER_THING_QUIET = re.compile(r"^\W*after (?:the|that|this|his|her) [\w'-]+(?: (?:stops|ends|finishes|is over|is done|"
                                r"wraps up))?,? (?=(?:it|things|the line|everything|he|she|they) "
                                r"(?:goes|go|went|falls|fell) (?:quiet|silent)|there(?:'s| is) (?:a |another )?(?:long )?"
                                # ("After the meeting stops it's quiet for a while.")
                                r"(?:silence|pause|gap|quiet|lull)|(?:it's|it is|it was|things are) (?:quiet|silent))")


def _silence_then(low: str) -> str:
    low = _NEW_PART_BEGINS.sub(r"\1, when does the next voice \2?", low)
    low = _AFTER_THING_QUIET.sub("", low)
    low = _BEFORE_QUIET.sub("before the silence", low)
    low = _GOES_QUIET.sub("after a silence, ", _STRETCH_OF_NOTHING.sub("silence", low))
    low = _QUIET_FOR_AGES.sub("there's a long silence", low)
    low = _SILENCE_THEN.sub(r"after a \1,", low)
    low = _SILENCE_STOP.sub(r"after a \1, ", low)  # ("after the menu": the silence follows what was said)
    return _quiet_lead_in(low)


# "The menu finishes and then it's quiet.": what is said ends, then a silence
_ENDS_QUIET = re.compile(r"\b(?:finishes|ends|stops|is over|is done|wraps up)(?:,)? (?:and )?(?:then )?(?:it's|it is|it goes|"
                         r"there's|there is|things go|everything goes) (?:quiet|silent|silence)(?: for a (?:while|bit))?\s*[.!]$")


def _quiet_lead_in(low: str) -> str:
    """"Nothing for a while after that. When does the last speaker start?" -> "after a silence, when does the last
    speaker start?": a lead-in sentence of only words of silence and of time."""
    parts = re.split(r"(?<=[.!])\s+", low)
    if len(parts) < 2:
        return low
    out = []
    for k, part in enumerate(parts):
        said = set(re.findall(r"[a-z']+", part))
        if k < len(parts) - 1 and (said & _QUIET_WORDS and said <= _QUIET_WORDS | _QUIET_FILLER
                                   or _ENDS_QUIET.search(part)):
            out.append("after a silence,")
        else:
            out.append(part)
    return " ".join(out)


def _operator(low: str) -> str:
    """"A real person on the line" as a phone line says it: "an operator" (only where one is to be reached)."""
    if not _REACH.search(low):
        return low
    return _HUMAN.sub(lambda m: "an operator" if m.group(0).startswith(("a", "some")) else "", low)


# "Where can I look to figure out what went wrong?", "where should I look to troubleshoot it?", "where can I find
# help fixing the error?": where to find what helps fix a fault, as a program's messages say it ("you may find
# some helpful DEBUGGING information on the console"), sharing no word with the question
_TROUBLESHOOT = re.compile(r"^\W*where\b[^?]*\b(?:look|find|search|check|go|get|turn)\b[^?]*?\b(?:troubleshoot\w*|"
                           r"fix\w*|debug\w*|(?:(?:figure|find|work) out|(?:clues?|hints?|info|information|details) (?:about|on|to|as to|for)) "
                           r"what(?:'s| is| went| was|'s gone| has gone) wrong|"
                           r"diagnos\w*)\b.*$")


# "Where does she say I've ended up?", "where have I been put through to?": where a phone line has taken the caller,
# as a line says it ("Welcome to the directory")
_ARRIVED = re.compile(r"(^\W*|[.!?]\s+)where (?:does (?:she|he|it|the (?:\w+ )?\w+) say |(?:did|have|am|are) (?:i|we) )?(?:(?:i've|i have|i'm|i am|we've|"
                      r"we have|we're|we are) )?(?:ended up|end up|landed|land|got to|gotten to|arrived|arrive|reached|"
                      r"been (?:connected|put through|transferred|sent) to|(?:connected|put through|transferred|sent) to)\W*$")


def _arrived(low: str) -> str:
    return _ARRIVED.sub(r"\1what does it welcome me to?", low)


def _troubleshoot(low: str) -> str:
    """The question as where debugging information is found, when it asks where to look to fix a fault."""
    if not _TROUBLESHOOT.match(question_form(low)):
        return low
    language = f" in {_said_language(low)}" if _spoken_in().search(low) else ""  # ("the RUSSIAN message": kept)
    return f"where can i find debugging information{language}?"


# "The screen recording has a big heading at the top. What does it say?": the writing the lead-in names
_IT_SAYS = re.compile(r"(?:^|[.!?]\s+)what does (?:it|that|this) (?:say|read)\W*$")
_LEAD_WRITING = re.compile(r"\b(?:a|an|the|some)\s+(?:[\w'-]+\s+){0,2}?(" + _WRITING_NOUN + r")\b")


def _askers_clause(low: str) -> str:
    """"What's she saying about the number I dialled?" -> "... about the number?": what is said of a thing, which the
    speech names without what the asker did with it."""
    return _ASKERS_CLAUSE.sub(r"\1", low) if _SAYS_ABOUT.match(question_form(low)) else low


def _writing_referred(low: str) -> str:
    """The question as what the writing says, when a lead-in names writing on screen (a heading, a sign; not the
    screen itself) and the question asks what "it" says."""
    if not (asked := _IT_SAYS.search(low)):
        return low
    named = [m.group(1) for m in _LEAD_WRITING.finditer(low[:asked.start()]) if m.group(1) != "screen"]
    return f"{low[:asked.start()]}. what does the {named[-1]} say?" if named else low


# "Did the connection go through in the end?": whether it did at last (a yes-or-no question's "in the end" is not
# the end of the video)
_IN_THE_END = re.compile(r"((?:^|[.!?]\s+)(?:and |so )?(?:did|was|were|does|do|is|are|has|had|could|can)\b[^.!?]*?),? (?:in the end|"
                         r"at the end of it all|after all that|all in all)(?=\W*$)")
# "I'd like to replay just the carrot line. When does it begin?": when the line the lead-in names begins (the lead-in
# says what the asker wants to do with it, which the video does not say)
_IT_BEGINS = re.compile(r"(?:^|[.!?]\s+)(when|at what point|where) (?:does|did) (?:it|that|this) (begin|start|come|come up|"
                        r"happen|get said|play)\W*$")
_LEAD_LINE = re.compile(r"\bthe ((?:[\w'-]+ ){1,2}(?:line|sentence|bit|part|phrase|sentences|lines))\b")


# "Did the connection GO THROUGH?": did it work (which a failure said answers)
_GO_THROUGH = re.compile(r"^(\W*(?:and |so )?(?:did|does|will|would|could|has|have|had)\b[^.!?]*?) (?:go|gone|get|got) through"
                         r"(?=\W*$)")


# "What's the reply to the question about Dublin?": what is said right after that question
# ('What's the reply to "is there much more in it"?': what is said right after those words)
_REPLY_TO_QUESTION = re.compile(r"^\W*(?:so |and )?what(?:'s| is| was) the (?:reply|answer|response|comeback) (?:to|for) "
                                r"(?:(the|his|her|their|that) (question|query)\b|(?=[\"\u201c']))")


def _reply_asked(low: str) -> str:
    return _REPLY_TO_QUESTION.sub(lambda m: f"what is said right after {m.group(1)} {m.group(2)}" if m.group(1)
                                  else "what is said right after ", low)


def _in_the_end(low: str) -> str:
    return _GO_THROUGH.sub(r"\1 work", _IN_THE_END.sub(r"\1", low))


def _line_referred(low: str) -> str:
    if not (asked := _IT_BEGINS.search(low)) or not (named := _LEAD_LINE.findall(low[:asked.start()])):
        return low
    return f"{asked.group(1)} does the {named[-1]} {asked.group(2)}?"


# "gives a distance", "gave a reason": says one (what kind of thing is said, not what is given)
_GIVES_FRAME = re.compile(r"\b(?:gives?|gave|giving|offers?|offered)\s+(?:(?:me|us|you|him|her|them)\s+)?"
                          r"(?:(?:a|an|the|some|one|two|three|his|her|their|its)\s+)?"
                          r"(?=(?:distance|number|figure|name|date|time|reason|answer|example|price|count|measurement|"
                          r"direction|instruction|warning)s?\b)")
# "What reason does she give for saying they shouldn't get it?", "on what grounds does he say so?": why she says it
_REASON_GIVEN = re.compile(r"\b(?:what|which) (?:reasons?|grounds|explanation|justification|excuse) (do|does|did) "
                           r"(he|she|they|it|you|i|we|the \w+) (?:give|offer|have|cite) for (?:saying|thinking|believing|"
                           r"arguing|claiming|feeling) (?:that )?")
_ON_WHAT_GROUNDS = re.compile(r"\b(?:on what grounds|for what reasons?|with what reasons?)\b")
# "What name does he give this recording?": what he calls it
_NAME_GIVEN = re.compile(r"(^\W*|[.!?]\s+)what name (?:does|did|do) (he|she|it|they|the \w+) give(?: to)?\b")
# "This is a phone recording.", "it sounds like an old tape.": what the video is, said before the question
_WHAT_THIS_IS = re.compile(r"^\W*(?:(?:(?:this|it)(?:'s| is| sounds like| seems to be| seems like| looks like)|sounds like|seems like|"
                           r"looks like) (?:a|an|the|some|my|our|bits of|parts of|a bit of|pieces of|snippets of|excerpts from) "
                           r"[^.?!]{0,40}?\b(?:recording|video|clip|call|tape|track|audio|file|footage|voice-over|voiceover|"
                           r"narration|audiobooks?|podcasts?|broadcasts?|readings?)s?|(?:i )?(?:recorded|taped|grabbed|"
                           r"captured|got|saved|caught|heard|found|picked up) (?:this|it) (?:off|from|on|over|during) "
                           r"(?:a|an|the|my|our|some) [^.?!]{0,30}?|"
                           # "This lecture clip starts halfway through a joke.": where the clip was cut, not what is asked
                           r"(?:this|the) (?:[a-z]+ ){0,2}(?:recording|video|clip|tape|track|audio|file|footage|excerpt) "
                           r"(?:starts|begins|opens|picks up|cuts in|ends|stops|cuts off|breaks off) (?:right )?(?:halfway|mid-?way|"
                           r"in the middle|mid|partway|part way)[^.?!]{0,40}?|"
                           # "Someone sent me this crackly phone recording of people reading test sentences."
                           r"(?:someone|somebody|a friend|my \w+) (?:sent|gave|forwarded|shared|played) (?:me|us) (?:this|a|an) "
                           r"[^.?!]{0,70}?|"
                           # "Radio phone-in audio.": what the recording is, in a few words and no verb
                           r"(?:an? |the |some )?(?:[a-z-]+ ){0,3}(?:audio|recording|video|clip|footage|tape|broadcast|podcast)|"
                           # "I caught the end of this radio phone-in."
                           r"i (?:caught|heard|recorded|taped|grabbed|got|found) (?:only )?(?:the (?:tail )?(?:end|start|"
                           r"beginning|last bit|first bit|middle) of )?(?:this|a|an|some) [^.?!]{0,40}?)\s*[.!]")
# "When am I allowed to do that?": when I can
_ALLOWED = re.compile(r"\b(?:am|are|is|was|were) (i|we|you|they|he|she) (?:allowed|permitted|able) to\b")
# "Which character is it about?", "what main character is named?": who (a story's people are asked for by name)
_WHICH_CHARACTER = re.compile(r"(^\W*|[.!?]\s+)(?:which|what) (?:main )?characters?\b")


# "What makes fine punch, APPARENTLY?", "what did he SUPPOSEDLY do?": the asker's doubt, not what is asked
_HEARSAY = re.compile(r",?\s*\b(?:apparently|supposedly|reportedly|allegedly|seemingly|evidently|presumably)\b(?:\s*,)?")
# "What change do they THROW OUT AS AN EXAMPLE?", "what does he GIVE AS AN EXAMPLE?": what is suggested (neither the
# verb nor "example" need be said: "Like, make the sign in bigger red letters.")
_AS_AN_EXAMPLE = re.compile(r"\b(?:throws?|threw|thrown|throwing|gives?|gave|given|giving|uses?|used|using|offers?|offered|"
                            r"offering|floats?|floated|floating|brings? up|brought up|puts? forward)(?: out| up)? "
                            r"(?:as|for) (?:an|a|one) (?:example|suggestion|idea)\b")
# "Over the whole recording, ...", "in the entire clip": all of the video, no word said
_WHOLE_VIDEO = re.compile(r"\b(?:over|in|across|throughout|during|through) (?:the|this) (?:whole|entire) (?:recording|video|"
                          r"clip|thing|file|audio|call|track)\b,?")
# "a narrator CHIMES IN", "someone PIPES UP", "another voice JUMPS IN": a voice comes in
_CHIMES_IN = re.compile(r"\b(?:(chime|chimes|chimed|chiming|pipe|pipes|piped|piping) (?:in|up)|"
                        r"(jump|jumps|jumped|jumping|kick|kicks|kicked|kicking) in)\b(?! (?:with|on|about|to|the|a)\b)")
_COMES = {"chime": "come", "chimes": "comes", "chimed": "came", "chiming": "coming", "jump": "come", "jumps": "comes",
          "jumped": "came", "jumping": "coming", "pipe": "come", "pipes": "comes", "piped": "came", "piping": "coming",
          "kick": "come", "kicks": "comes", "kicked": "came", "kicking": "coming"}
# "At what TIMESTAMP does the other voice kick in?": a time in the video
_TIMESTAMP = re.compile(r"\b(?:time ?stamp|time ?code|time index)\b")


@lru_cache(maxsize=1024)
def parse_question(text: str) -> Question:
    """What the question asks (a frozen Question: the parse is cached, as a follow-up is read several times)."""
    q = " ".join(text.split())[:MAX_QUESTION_CHARS]
    full = _SHOW_NOUN.sub(r"\1 programme", _WHATS_THE_UPSHOT.sub(r"\1", q.lower()))  # "the name of the show": a
    # programme, not the picture
    full = _TRYING_TO_SAY.sub("saying", full)  # "what is the man TRYING TO SAY?": what he says
    full = _MEANT_TO.sub("to", full)  # "what is this session SUPPOSED to teach me?": what it teaches
    full = _THE_WAY.sub(r"how \1", full)  # "the WAY he sounds": how he sounds ("way" is no topic)
    full = _LOTS_OF.sub("many", full)  # "which animal has read LOTS OF books?": "the red fox has read many books"
    full = _SHORT_LINE.sub(" ", full)  # "someone says one SHORT sentence": how long it is, no word said
    full = _voice_described(full)  # "this man SOUNDS A BIT ROUGH. What ...?": how he sounds, no word to find
    full = _GAPPED.sub(" ", full)  # "a man talks WITH LONG GAPS BETWEEN HIS WORDS": how he talks, no silence to look at
    full = _COUPLE_OF.sub("two", full)
    full = _HEARSAY.sub("", full)  # "what makes fine punch, APPARENTLY?": what makes it
    full = _WHOLE_VIDEO.sub(" ", full)  # "OVER THE WHOLE RECORDING, how many times does trash come up?": all of it
    full = _AS_AN_EXAMPLE.sub("suggest", full)  # "what change do they THROW OUT AS AN EXAMPLE?": what they suggest
    full = _CHIMES_IN.sub(lambda m: _COMES[m.group(1) or m.group(2)] + " in", full)  # "a narrator CHIMES IN": comes in
    full = _TIMESTAMP.sub("time", full)  # "at what TIMESTAMP ...?": at what time
    full = re.sub(r"\b(?:close|closer) to the (?=(?:very )?(?:start|beginning|end|middle)\b)", "near the ", full)  # "CLOSE
    # TO the end a narrator chimes in": near the end
    full = _PART_OF_VIDEO.sub(r"\1", full)
    full = _BEFOREHAND.sub(r"\1", full)
    full = _OPENS_WITH.sub("first says", full)
    full = _BEFORE_IT_STARTS.sub("at the start", full)
    full = _RUN_OF.sub(r"\1", full)
    full = _SPEAKER_PLACE.sub(lambda m: "channels" if m.group(1).endswith("s") else "channel", full)
    full = _FACE_CARD.sub(r"facecard\1", full)  # "is there a FACE CARD?": a king, a queen or a jack (categories)
    full = _PLAYING_CARD.sub(r"\1", full)  # "which PLAYING card ...?": a card (no one plays)
    full = _WHICH_CHARACTER.sub(r"\1who", full)  # "which CHARACTER is it about?": who it is about
    full = _ALLOWED.sub(r"can \1", full)  # "when am I ALLOWED TO do that?": when I can
    full = re.sub(r"\b(a|one|each|every) single\b", r"\1", full)  # "each say A SINGLE number": one number each
    full = _QUIET_SPELL.sub("silence", full)  # "after another long QUIET PATCH": a silence
    full = _ACCORDING_TO.sub("", full)  # "what makes fine punch, ACCORDING TO THE RECORDING?": what is said
    full = _GAPS_BETWEEN_WORDS.sub(r"\1", full)  # "this guy talks WITH LONG GAPS BETWEEN WORDS": how, not where
    full = _ON_THE_LINE.sub(r"\1", full)  # "when does the woman ON THE PHONE LINE start talking?": the woman
    full = _OPERATOR_SAYS.sub(r"he \1", full)  # "the first word THE OPERATOR SAYS": the speaker, a radio operator
    full = re.sub(r"\b(?:is |was |'s )?(?:jokes|joked|joking|kids|kidding|quips|quipped) that\b", " says that",
                  full)  # "the thing he's JOKING THAT he hardly knows": what he says he hardly knows
    if re.search(r"\bthis (?:recording|video|clip|file|tape)\b", full):  # "... saying what THIS RECORDING is. What does
        full = re.sub(r"\bcall it(\W*)$", r"call this recording\1", full)  # he CALL IT?": what he calls this recording
    full = _WENT_DOING.sub(r"\1", full)  # "which animal WENT JUMPING through the weeds?": what jumped
    full = _KEEN_TO.sub(" wants to", full)  # "who's KEEN TO make that difficult?": who wants to
    full = _USED_TO.sub(r"\1 ", full)  # "he USED TO get it in which country?": what he got, once (no "use" said)
    full = _NAME_GIVEN.sub(r"\1what does \2 call", full)  # "what NAME DOES HE GIVE this recording?": what he calls it
    full = _GOES_BY.sub(_goes_by, full)  # "what name does he GO BY?": what his name is
    # "what reason does she give for saying X?", "on what grounds ...?": why she says X
    full = _ON_WHAT_GROUNDS.sub("why", _REASON_GIVEN.sub(r"why \1 \2 say ", full))
    reworded = None  # the question in the words a video says it with, when one of these rewords it
    for reword in (_unavailable, _phrasal, _switch_to, _turns_up, _silence_then, _operator, _troubleshoot, _arrived, _whole_menu,
                   _which_one, _writing_referred, _line_referred, _in_the_end, _askers_clause, _reply_asked):
        if (said := reword(full)) != full:
            full = reworded = said
    # the question's form is read from the question proper (low), what it is about from all of it (full)
    low, form = question_form(full), question_form(q.lower())
    seen = full if low.startswith(("what does", "what do", "what did")) else _SEEM.sub(" ", full)
    if not _PICTURE.search(seen):  # "what is the echo test supposed to SHOW ME?": to make me understand
        seen = _SHOW_SOMEONE.sub(" ", seen)
    visual = bool(_VISUAL.search(seen) or _MOVES_IN.search(low) or MOVES_IN_LEAD_IN.search(low))
    # ("what is the test meant to LET ME HEAR?": what it is for, not a sound of the video)
    audio = bool(_AUDIO.search(_LET_HEAR.sub(" ", _VOICES_HEARD.sub(" ", _HEAR_SAID.sub(" ", SILENCE_ANCHOR.sub(" ", _sound_as_verb(
        full if _AUDIO.search(low) else _LOUD_LINE.sub(" ", full, count=1))))))))
    speech = bool(_SPEECH.search(full) or _LINE_ABOUT.search(full))
    anchored = visual and speech and bool(_ANCHOR.search(full))
    # "what's the title written at the top of the computer screen?", "is there any text on screen?": the
    # picture's writing, which models/ocr.py reads (not the colours and clothes the classifier cannot tell)
    reads = (bool(_READS.search(full)) or (visual and not speech and bool(_WRITING.search(full)))
             or (not speech and bool(TYPED.search(low)) and not _ASKER_TYPES.search(low)))
    if reads:  # "what does the sign say?" asks about the picture, though it says "say"
        kind, visual, speech, anchored = "visual", True, False, False
    elif visual and (not speech or anchored):
        kind = "visual"
    elif audio and not speech and not _SPEAKER.search(full):  # "when does the NARRATOR carry on after the silence?"
        kind = "audio"
    else:
        kind = "speech"
    # (the "who" asked in the question proper: "she talks to someone WHO feeds their own flame. What with?" asks no
    # addressee)
    asked = (question_proper(full) or full).lower()
    addressee = kind == "speech" and (bool(re.search(r"\b(who|whom)\b", asked)) and bool(_ADDRESSEE.search(full))
                                      or bool(_CALLS_ME.match(low)))
    about = _SAYS_ABOUT.match(low)  # "what does Sheila say about the difference?": about the difference
    phrases = () if addressee else _phrases(TIME_WORDS.sub(" ", about.group(1) if about else full))
    phrases = _without_scene(phrases, full)
    if (reworded is not None and not _WHEN.search(low) and not BARE_WHEN.search(full.lower())
            and not re.search(rf"\b(?:{'|'.join(SILENCE_WORDS)}|long)\b", low)):
        # "Nothing happens for a while ..., then a guy asks to be reminded about something. What is it he doesn't have to
        # tick?", read as "there's a long silence ...": the silence places the question, it is not what is asked about
        phrases = tuple(p for p in phrases if not set(p) <= _LEAD_IN_SILENCE_STEMS)
    if _NTH_LINE.search(full) and any(p not in _LINE_PHRASES for p in phrases):
        # "what animal is mentioned in the SECOND SENTENCE?": which sentence is not said (nor counted: Whisper's
        # sentences are not the reader's), the animal is
        phrases = tuple(p for p in phrases if p not in _LINE_PHRASES)
    known = _known_before_else(full, form)
    if known:  # "He says he has a COLD. What else does he say is quite different?": not the cold again
        phrases = tuple(kept for p in phrases if (kept := tuple(w for w in p if w not in known)))
    topic = frozenset(w for p in phrases for w in p)
    timed = _NAME_PART.sub(" name ", full)  # a "last name" is no time in the video nor an order
    timed = _CAUGHT_PART.sub(" ", timed)  # "I caught THE END OF this phone-in": what the recording is, not where in it
    identity, named_this = _identity(low)
    predicate = _predicate(low, topic)
    # "when did the Collapse happen?", "what time does the company open?": a date or a time of day said in the
    # video, not a time in it
    event_time = (bool(_EVENT_TIME.search(low)) and not _SPEECH_LEAD_IN.search(full[:len(full) - len(low)])
                  and not _STARTS_THERE.search(low))
    when = bool(_WHEN.search(low) or BARE_WHEN.search(low)) and not event_time
    return Question(q, kind, when, _time_span(timed), topic, phrases, _wants_name(full), anchored,
                    speech and not anchored, addressee,
                    bool(NEGATION.search(low)), frozenset(stem(w) for w in content_words(full)),
                    bool(_PEOPLE.search(full)), bool(_QUANTITY.search(low)), bool(_UNSEEN.search(full)),
                    _order(timed) if topic else None, predicate, bool(_REASON.search(low) and not _makes_a_thing(low) or _MEANT_FOR.search(form) or _WHAT_FOR.match(form)),
                    identity, _head_asked(full, low, topic),
                    _counted(low, full),
                    event_time, bool(_ASKS_NAME_PART.search(low)), _sequence(full),
                    bool(_SELF_NAMED.search(full) or _SELF_NAMED.search(form)), _either(full),
                    _synonyms(full, low, topic), _category(low, topic),
                    bool(re.match(r"\W*where\b", low)), bool(about or _SAID_ABOUT.match(low)),
                    stem(m.group(1)) if (m := _KIND_OF.match(low) or _WHICH.match(DEFINITE_COUNT.sub(r"\1", low))
                                         or _WHICH_LAST.search(low))
                    else None,
                    bool(_YEAR_ASKED.search(full)), _names(q, full) & topic,
                    bool(_KIND_OF.match(low)), reads, _listed(low, full), _asks_language(low, full),
                    frozenset(stem(w) for w in content_words(m.group(1))) if (m := _ASIDE.match(full)) else frozenset(),
                    _intent(form, full), _said_in(full), reworded, named_this, _manner(form, full),
                    _defines(low), _choice(low), speech and bool(_HOW_OFTEN.match(low)),
                    _doers(q, topic | ({predicate} if predicate else set())),
                    stem(base_form(m.group(1))) if (m := _INSTEAD.search(full)) else None, bool(_KEY_WORD.search(full)),
                    form=form, voice=voice_asked(full) if kind == "speech" else None,
                    other_language=bool(_OTHER_LANGUAGE.search(q.lower())), sets_aside=_sets_aside(q.lower(), form))


# "Which word does she single out as the key one?", "which word does she call the operative word?"
_KEY_WORD = re.compile(r"\bwhich (?:word|term)\b[^?]*\b(?:key|important|operative|main|crucial|essential|magic|single|"
                       r"singles|stress|stresses|emphasi[sz]es?)\b|"
                       # "She singles out one word in that definition. Which?"
                       r"\b(?:singles?|singled|picks?|picked) out (?:one|a|the|a single) (?:word|term)\b[^.?!]*[.!]\s*"
                       r"(?:which|what)\b")


# "What did Josh do instead of finishing it?", "what does he choose rather than waiting?"
_INSTEAD = re.compile(r"\b(?:instead of|rather than)\s+(\w+ing)\b")
_INSTEAD_ALONE = re.compile(r"\binstead\b(?! of)")  # "what should people ask INSTEAD?": a contrast, never said ...
_NOT_TO = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:to\s+)?([a-z]+)")  # ... with "he tells them NOT TO ASK ..."


def _sets_aside(low: str, form: str) -> bool:
    """Whether the question asks what is said instead of what its lead-in says is not, with the verb it asks with
    ("He tells them not to ask what their country can do for them. What should they ask instead?"; not "I'm on a
    console channel driver, not a real phone. What can I use instead?")."""
    last = _sentences(low)[-1]
    if last == low.strip() or not _INSTEAD_ALONE.search(form):
        return False
    asked = {stem(w) for w in words(last)}
    return any(stem(verb) in asked for verb in _NOT_TO.findall(low[:-len(last)]))


def doer_said(verb: str, text: str) -> str | None:
    """Who ``text`` says does the verb (a stem), "he" or "she", when a pronoun comes right before it."""
    m = re.search(rf"\b(he|she)\s+(?:\w+\s+)?{re.escape(verb)}\w*", text, re.IGNORECASE)
    return m.group(1).lower() if m else None


def _doers(q: str, verbs: frozenset[str]) -> tuple[tuple[str, str], ...]:
    return tuple((verb, who) for verb in verbs if (who := doer_said(verb, q)))


_HOW_OFTEN = re.compile(r"^\W*how (?:many times|often)\b")


# "What is Asterisk?", "so what actually is an IVR?", "who is Josh?": what the video says the thing is
_DEFINES = re.compile(r"^\W*(?:(?:so|and|ok|okay|well),? )?(?:what|who)(?: (?:actually|exactly|really|basically|then))?"
                      r"(?:'s|\u2019s| is| are| was| were) (?:(?:actually|exactly|really|basically|even|then) )?"
                      r"(?:(?:an?|the) )?([a-z][\w'\u2019-]*(?: [\w'\u2019-]+){0,3})\W*$")
# "What does she say Asterisk actually is?": the same, asked of what someone says
_SAYS_DEFINES = re.compile(r"^\W*what (?:does|did|do) (?:he|she|they|it|the \w+) (?:say|says|think|mean) (?:that )?"
                           r"(?:(?:an?|the) )?([a-z][\w'\u2019-]*(?: [\w'\u2019-]+){0,3}?) "
                           r"(?:(?:actually|exactly|really|basically) )?(?:is|are|was|were)\W*$")
_NOT_DEFINED = frozenset("""this that these those it he she they there here you i we me him her them going happening
said shown seen heard written being done wrong next first last name number time so""".split())


# The words a lead-in sets the scene with (who speaks, how much, where in the video): "Right at the end a DIFFERENT
# voice says one SENTENCE. What does she like to eat?" asks about eating, not about a sentence said differently
# (a silence stays: "after the long silence a man says something" asks about what is said after one)
_SCENE_STEMS = frozenset(stem(w) for w in """different other another new second same sentence sentences line lines
phrase phrases voice voices speaker speakers one short end start beginning something ramble rambling rambles chat
chatting chats babble babbling natter nattering waffle waffling""".split())


_NTH_LINE = re.compile(r"\b(?:in|of|from) the (?:very )?(?:first|second|third|fourth|fifth|sixth|next|last|final|opening|"
                       r"closing|previous) (?:sentence|line)\b")
_LINE_PHRASES = frozenset({(stem("sentence"),), (stem("line"),)})


def _without_scene(phrases: tuple[tuple[str, ...], ...], full: str) -> tuple[tuple[str, ...], ...]:
    """``phrases`` without the lead-in's scene words, where the question proper names a topic of its own."""
    if (proper := question_proper(full)) is None:
        return phrases
    own = {stem(w) for w in words(proper)}
    kept = tuple(p for p in phrases if not (len(p) == 1 and p[0] in _SCENE_STEMS and p[0] not in own))
    return kept if any(p[0] in own for p in kept) else phrases


def _known_before_else(full: str, form: str) -> frozenset[str]:
    """The stems a lead-in says and a "what else ...?" question proper does not: what the asker already knows, which
    the answer is other than ("He says he has a cold. What else does he say is quite different this time?")."""
    if not re.search(r"\b(?:what|who|where|which \w+) else\b", form) or not full.endswith(form) or full == form:
        return frozenset()
    lead_in = full[:-len(form)]
    return frozenset(stem(w) for w in content_words(lead_in)) - {stem(w) for w in content_words(form)}


def _defines(low: str) -> str | None:
    """The thing a "what is X?" question asks to have defined, as said ("asterisk", "the echo test" -> "echo
    test"); None for other questions, and for "what is this?", "what is said?", "what is going on?"."""
    m = _DEFINES.match(low) or _SAYS_DEFINES.match(low)
    if not m or not content_words(m.group(1)):
        return None
    said = m.group(1).split()
    if len(said) > 2 and said[0] in ("this", "that") and said[-1] in ("thing", "stuff", "business"):
        said = said[1:-1]  # "so what is this Asterisk thing?": Asterisk
    if (said[0] in _NOT_DEFINED or said[0] in STOPWORDS or said[-1] in STOPWORDS
            or any(re.fullmatch(r"\w{3,}(?:ing|ed)|told|known|shown|seen|given|taken|made|read", w) for w in said)):
        return None  # "what is on the screen?", "who is the speaker addressing?", "who is congratulated?": no thing
    return " ".join(said)


# "How is he talking?", "how does she sound at the end?", "how does he change the way he talks?": how, said
_HOW_MANNER = re.compile(r"^\W*how (?:is|was|are|were|does|did|do) (?:he|she|they|the (?:\w+ )?\w+) "
                         r"(?:says? (?:that )?(?:he|she|they|it)(?:'s|'re| is| are| was) )?"  # "how does he SAY HE'S talking?"
                         r"(?:talk|talking|speak|speaking|sound|sounding|change|changing)\b")


def _manner(low: str, full: str = "") -> str | None:
    """How someone talks is asked: "became" when what it changed to ("how does he change his speaking?", "how
    does he talk after that?", "Then he SWITCHES to a different way of talking. How does he talk then?"), "as" for
    how it is ("how is he talking at the start?"); None when not asked. ``full``: the question with its lead-in."""
    if not (_HOW_MANNER.match(low) or _HOW_ALONE_MANNER.search(low)):
        return None
    lead_in = full[:-len(low)] if low and full.endswith(low) else ""
    changed = r"\b(?:chang\w*|switch\w*|after (?:that|this|it)|afterwards|later on)\b"
    return "became" if re.search(changed, low) or re.search(changed, lead_in) else "as"


# "Then he changes the way he's speaking. How?": the lead-in says what "how?" asks
_HOW_ALONE_MANNER = re.compile(r"\b(?:he|she|they|someone|somebody|the (?:\w+ )?\w+) (?:\w+ )?(?:changes|changed|switches|"
                               r"switched|alters|altered)\b[^.!?]*\b(?:talk\w*|speak\w*|voice|delivery|pace|way)\b[^?]*[.!]\s+"
                               r"how\W*$")


def _wants_name(low: str) -> bool:
    """"Who", "what is his name", "called": a name is asked for; not by "which things does she NAME?"."""
    return bool(_NAME.search(re.sub(r"\bname(\W*)$", r"\1", low) if _NAME_VERB.search(low) else low))


def _names(q: str, low: str) -> frozenset[str]:
    """Stems of the words that say whom the question is about: names ("Diane"), descriptions ("the
    man with the cold")."""
    described = [w for m in _DESCRIBED.finditer(low) for w in content_words(m.group(1))]
    return frozenset(stem(w.lower()) for w in _NAMED.findall(q)) | frozenset(stem(w) for w in described)


# "Which animal ...?", "what illness ...?", "what kind of car ...?": the noun names a category.
CATEGORY_ASKED = re.compile(r"\b(?:which|what)\s+(?:kind of |type of |sort of )?([a-z]+)\b")
_CATEGORY = re.compile(r"^\W*" + CATEGORY_ASKED.pattern)  # (asked first: the question's category)
# "When does the narrator start on THE WEAPON?": a kind of thing, the question's one topic, any of which said answers it
_WHEN_THE = re.compile(r"\bthe ([a-z]+)\W*(?:(?:first )?(?:mentioned|named|said|come up|comes up|brought up)\W*)?$")
_NOT_CATEGORIES = frozenset("""thing things one ones way ways kind kinds type types sort sorts part parts point points word words
name names time times reason reasons place places number numbers about""".split())
MORE_INFO = re.compile(r"\b(?:find|found|finding) out more\b|\b(?:learn|know|read|hear) more\b|"
                       r"\bmore (?:details|info|information)\b")
_SAY = frozenset(stem(w) for w in "say says said".split())
_WHAT_ALL = frozenset("what everything anything whatever all".split())
_SUBJECTS = frozenset("i you we they he she".split())
_CONTEXT = re.compile(r"^\W*(?:in|during) (?:the|this) ([a-z ]+?),|\bduring (?:the|this) ([a-z]+(?: [a-z]+)?)\W*$")
_PARTICLES = frozenset("for out over up around through off on back down away into after".split())
_LOOK = stem("look")
WRONG_WITH = (stem("wrong"), "illness")  # the category of "what's wrong with X?"
_WRONG_WITH = re.compile(r"(?:^|, )\W*what(?:'s| is| was)(?: \w+)? wrong with\b"  # (", ": "in the second recording, what's ...")
                         r"|(?:^|, )\W*what (?:went|goes|is going|has gone|'s gone) wrong\b")
_CATEGORY_DEPTH = 5  # nouns this far below WordNet's top at least: "person" (3), "food" (4) take in too much


def _listed(low: str, full: str) -> str | None:
    m = _LISTED.match(low) or _WHICH_MEMBERS.match(low)
    if m and category_of(stem(m.group(1))):
        return stem(m.group(1))
    if HOW_MANY_ALONE.search(low) or WHICH_ALONE.search(low):  # "... a string of cards. How many?", "Which ones?"
        return _lead_in_category(full)
    return None


def _category(low: str, topic: frozenset[str]) -> tuple[str, str] | None:
    if _WRONG_WITH.search(low) and WRONG_WITH[0] in topic:
        return WRONG_WITH  # "what's wrong with him?": "I have a cold"
    m = _CATEGORY.match(low) or (_WHEN.search(low) and len(topic) == 1 and _WHEN_THE.search(low))
    if not m or (word := m.group(1)) in STOPWORDS or word in _NOT_CATEGORIES or stem(word) not in topic:
        return None
    return (stem(word), word) if depth(word) >= _CATEGORY_DEPTH else None


_CHOOSING = frozenset(stem(w) for w in "pick choose select".split())
_CLICKING = frozenset(stem(w) for w in "click left-click right-click double-click tap".split())


def _synonyms(low: str, form: str, topic: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """``low``: the whole question; ``form``: its question proper (question_form)."""
    out: dict[str, set[str]] = {}
    for w in content_words(low):
        s = stem(w)
        if s in topic and not w.isdigit() and s != _LOOK:  # (a topic only in "look for": its own synonyms below)
            out.setdefault(s, set()).update(stem(x) for x in synonyms(w) | synonyms(base_form(w)))
    raw = words(low)
    if "busi" in out and _UNAVAILABLE_READ.search(low):  # see _UNAVAILABLE
        out["busi"] |= _BUSY_SYNONYMS
    for w, particle in zip(raw, raw[1:]):  # a phrasal verb's own synonyms: "look for" -> search, seek
        if stem(w) in topic and particle in _PARTICLES:
            out.setdefault(stem(w), set()).update(stem(x) for x in synonyms(f"{base_form(w)}_{particle}"))
    if _HOW_TO_END.match(form):  # "how do I exit the test?": "you may END the test" says it
        for s in _ENDING:
            out.setdefault(s, set()).update(_ENDING)
    if _FIND in topic and not _FIND_WAY.search(low):  # "how do I FIND the artifact?": "use a truck to SEARCH for the
        # artifact" (not "how do I find my way around the demo?", which "is located at Digium" does not answer)
        out.setdefault(_FIND, set()).update(_SEEKING)
    for s in _CHOOSING & topic:  # "what do I PICK from the build menu?": "left-CLICK the power generator in the build
        out.setdefault(s, set()).update(_CLICKING)  # menu" (on a screen, what is chosen is clicked)
    if _WORKS in topic:  # "does it WORK on Linux?": "it RUNS on the Linux operating system"
        out.setdefault(_WORKS, set()).update(_FUNCTIONS)
    for s in _FASTER & {stem(w) for w in content_words(low)}:  # "how do I build FASTER?":
        out.setdefault(s, set()).update(_SPEED_SAID)  # "to increase your build RATE, select your second truck"
    if _WHERE_GOES.match(form):  # "where should the research facility go?": "POSITION it at your base" says it
        out.setdefault(stem("go"), set()).update(_PLACING)
    return tuple((s, frozenset(alts - {s})) for s, alts in out.items() if alts - {s})


# "What did Mary eat?", "Where does he go?": a question asked with do/can/will ... that ends on its
# verb. The verb is what is asked about the subject; a sentence about Mary that does not say she
# ate ("Mary rolled the barrel") does not answer it, however many other words it shares.
_DO_QUESTION = re.compile(r"^\W*(?:what|who|whom|where|when|why|how|which)\b[^?]*?\b(?:did|does|do|will|would|can|"
                          r"could|should|shall|may|might|must)\s+(?:\w+\s+){1,4}?(\w+)\W*$")


# "What was Josh supposed to FINISH?" (read "what was josh to finish?"): the verb after "to" ends it
_TO_QUESTION = re.compile(r"^\W*what\b[^?]*?\b(?:is|are|was|were)\s+(?:\w+\s+){1,3}?to\s+(\w+)\W*$")


# "Which team won the league?", "Who finished it?": a past tense right after the question word.
_PAST_QUESTION = re.compile(r"^\W*(?:(?:which|what) (?!is\b|was\b|are\b|were\b|has\b|have\b|had\b|do\b|does\b|did\b)\w+"
                            r"|who) (\w+)\b")
_WHY_VERB = re.compile(r"^\W*why (?:did|does|do|will|would|should|could|can|has|have|had) "
                       r"(?!the\b|a\b|an\b|his\b|her\b|their\b|my\b|your\b|our\b|its\b|this\b|that\b)(\w+) (\w+)\b")
_LINKING = frozenset("be been being look looks seem seems sound sounds feel feels appear appears become get gets go "
                     "goes need needs want wants have has think thinks believe believes".split())
# ("why does he THINK he sounds different?": what he thinks is said, not that he thinks it)
_TIMES = frozenset("times time".split())  # "how many times does he say it?": not counted in words
# "What did Mary HAVE in the barrel?", "what does he keep under the bed?", "what did the fox THINK of the books it
# read?": the verb after a one-word subject, before a place or what it is about (the last word is a noun, or the verb
# of a clause of its own)
_DID_VERB_WHERE = re.compile(r"^\W*what (?:did|does|do) (?:the |a |an )?(?!the\b|a\b|an\b)[a-z']+ ([a-z]+) (?:in|on|into|"
                             r"onto|inside|under|behind|at|with|from|beside|near|of|about)\b")
_AUXILIARIES = frozenset("did was were had said got gets".split())  # "what else GOT installed?"
# "what is he taking for his cold?": a thing someone is doing ("which league are they covering?" names the noun
# an answer must say instead)
_DOING = re.compile(r"^\W*what(?:'s|\u2019s| is| are| was| were| am) "
                    r"(?:he|she|they|i|you|we|it|(?:the|this|that|his|her|their) [a-z]+) (?:[a-z]+ly )?([a-z]+ing)\b")
_YES_NO = re.compile(r"^\W*(?:do|does|did|can|could|will|would|should|has|have|had) "
                     r"(?:it|he|she|they|you|i|we|this|that|there) (\w+)\b")
# "What does the artifact let me build?", "what will it allow us to make?": the verb after "let me"
_LETS_DO = re.compile(r"^\W*what (?:\w+ ){1,5}?(?:let|lets|allow|allows|enable|enables) (?:me|us|you|them|him|her|one|people) "
                      r"(?:to )?([a-z]+)\b")
# "did it MANAGE TO connect?", "did he GET TO finish?": the verb after is the one asked about
_MANAGED_TO = re.compile(r"(?:manage|managed|get|got|happen|happened|succeed|succeeded) (?:\w+ )?to (\w+)\b")
_CALLED = re.compile(r"^\W*what (?:do|does|did) [\w' ]+?(?<!\bthe)(?<!\ba)(?<!\bthis)(?<!\bthat)(?<!\bmy)(?<!\byour)"
                     r"(?<!\bhis)(?<!\bher)(?<!\btheir) call (?:(?!him|her|it|them|me|you|us)[\w' ]+|(?:him|her|them))\W*$")
# (not "the call"; "what do people down there call HER?" too: "they all call me a Yankee")
WHERE_STATIVE = frozenset("live stay reside work study sit stand be".split())  # where one is, said without the verb
# "How do I get out of the echo test?", "how can I end it?": how to end something, which a sentence that says
# any of these verbs answers ("you may END the test by hanging up")
_ENDING = frozenset(stem(w) for w in "end stop exit quit leave cancel finish terminate".split())
_HOW_TO_END = re.compile(r"^\W*how (?:can|do|should|could|would|will|must|may) (?:i|we|you|one) "
                         r"(get out of|get out|end|stop|exit|quit|leave|cancel|finish|terminate)\b")
# "Where should the research facility go?", "where does this cable go?": where it is put, said with any of these
_WHERE_GOES = re.compile(r"^\W*where (?:does|do|did|should|would|will|can|could|must|shall) (?:[\w'-]+ ){1,5}go\W*$")
_PLACING = frozenset(stem(w) for w in "put place position set install locate store keep plug insert".split())
# "Where was the truck DRIVING to?", "which city is he RECORDING this in?": where something is done, asked with
# its -ing form; the verb must be said ("the truck righted itself ... on to its top" says no drive), except going
_WHERE_DOING = re.compile(r"^\W*(?:where|(?:which|what) (?:city|town|country|place|state|room|building|street))\b[^?]*?"
                          r"\b(?:is|are|was|were|am)\s+(?:[\w']+\s+){1,4}?(\w+ing)(?:\s+(?:this|that|it|them|him|her|"
                          r"these|those))?(?:\s+(?:to|from|at|in|into|on|toward|towards))?\W*$")
# "where is she going?": "off to the shops" says where; "where is Sheila calling from?": "I'm Sheila in Texas"
_MOVING = frozenset("go head come move travel call phone ring".split())
_BEING_OR_MOVING = frozenset(stem(w) for w in WHERE_STATIVE | _MOVING)
_INTRODUCING = frozenset(stem(w) for w in "introduce call know name greet welcome answer speak host present".split())
# (stems; the regex _SAYING above finds verbs of saying in a question's text)
_SAYING_STEMS = frozenset(stem(w) for w in "say tell talk speak mention discuss describe explain ask show see look happen "
                                           "do".split())
_NO_PREDICATE = _SAYING_STEMS | _BEING_OR_MOVING  # verbs a "where ... -ing?" or "ended up -ing" asks no answer to say
_NOT_ACTING = _NO_PREDICATE | _INTRODUCING  # ... nor a "who VERBs?"
_ASKING = frozenset("ask asks asked".split())  # "what does he ask?": a question he asks answers it, "ask" unsaid


# A last word after these is a noun ("... across the TABLE?"), not the verb.
_BEFORE_NOUN = frozenset("""a an the this that these those his her its their my your our more most some any no each
every other another about across after against along among around at before behind below beneath beside between
by down for from in inside into near of off on onto out outside over past through to toward towards under up upon
with within without""".split())
# A last word that is an adverb is not the verb either ("what should people ask INSTEAD?").
_ADVERBS = frozenset("""instead again back away forward forwards ahead later then there here today tomorrow yesterday
now first last next too also alone together home anyway else""".split())


def _predicate(low: str, topic: frozenset[str]) -> str | None:
    """The verb the question asks about (a stem), which the answer must say: the last word of a
    do-question ("what did Mary EAT?"), the verb of a why-question ("why did Sheila MOVE to
    Texas?", see _why_verb) or a past tense after the question word ("which team WON the
    league?"); how to end something ("how do I GET OUT OF the echo test?": any of _ENDING). None
    when there is none or it is a framing word ("say")."""
    if _HOW_TO_END.match(low):
        return stem("end")  # its alternatives are the other verbs of _ENDING (see _synonyms)
    if ((m := _LETS_DO.match(low)) and is_verb(m.group(1)) and (verb := stem(m.group(1))) in topic
            and verb not in _NO_PREDICATE):
        return verb  # "what does the artifact let me BUILD?": "To research the artifact, left-click ..." says no building
    if (m := _YES_NO.match(low)) and (then := _MANAGED_TO.match(low, m.start(1))):
        return stem(base_form(then.group(1)))  # "did it manage to CONNECT?": the connecting must be said (or its failure)
    if (m := _YES_NO.match(low)) and (stem(m.group(1)) in topic or stem(base_form(m.group(1))) in topic):
        return stem(base_form(m.group(1)))  # "does it COST anything to call?": the cost must be said
    if _CALLED.match(low):
        return stem("call")  # "what do people down there call Sheila?": "they all call me a Yankee"
    if (m := _WHERE_DOING.match(low)) and (w := m.group(1)) and (verb := stem(base_form(w))) not in _BEING_OR_MOVING:
        # "which city is he RECORDING this in?": "Montreal." alone does not say it
        if (verb in topic or verb not in _SAYING_STEMS) and is_verb(base_form(w)):
            return verb  # ("recording" is a framing word elsewhere: "what is said in the recording?")
    if ((m := _DID_VERB_WHERE.match(low)) and is_verb(m.group(1)) and (verb := stem(m.group(1))) not in _NO_PREDICATE
            and verb not in _FRAME):
        return verb  # "what did Mary HAVE in the barrel?": "Mary rolled the barrel" says no having
    for word in (_verb_at_end(low), _why_verb(low)):
        if word and low.lstrip().startswith("where") and base_form(word) in WHERE_STATIVE:
            continue  # "where does Sheila live?": "I'm Sheila in Texas" says it without the verb
        if word in ("hear", "heard"):
            return stem("hear")  # "what did Diane HEAR before the call started?": "I heard a beep"
        if word and word not in _ASKING and (stem(word) in topic or stem(base_form(word)) in topic):
            return stem(base_form(word))
    if ((m := _ENDED_UP.search(low)) and is_verb(base_form(w := m.group(1) or m.group(2)))
            and stem(base_form(w)) not in _NO_PREDICATE):
        return stem(base_form(w))  # "which team ENDED UP WINNING the league?": a win must be said
    if ((m := _DOING.match(low)) and is_verb(verb := base_form(m.group(1))) and stem(verb) in topic
            and stem(verb) not in _NOT_ACTING | _FRAME
            and not re.match(r"\s+to\s+[a-z]", low[m.end(1):])):  # ("what are they PLANNING TO tackle in it?": the
        # tackling is asked, "we are going to tackle every single team" says no planning)
        return stem(verb)  # "what is he TAKING for his cold?": "I have a cold" does not say it
    m = _PAST_QUESTION.match(low)
    now = bool(m) and low.lstrip(" \t\"'").startswith("who ") and _acts_now(m.group(1))
    if m and (w := m.group(1)) and (w.endswith("ed") or base_form(w) != w or now) and w not in _AUXILIARIES:
        verb = stem(base_form(w[:-1] if now else w))
        # ("who RECORDED the sound file?": the recording must be said, though "recording" frames other questions)
        return verb if verb not in _FRAME or (verb in _MAKING and low.lstrip().startswith("who ")) else None
    return None


_MAKING = frozenset(stem(w) for w in "record film produce compose direct".split())  # who made it


def _acts_now(word: str) -> bool:
    """"Who WINS the contest?": a verb in the present after "who", which the answer must say
    too ("the north wind and the sun" says no win); not being or saying ("who lives in Texas?": "I'm Sheila
    in Texas"; "who introduces herself?": "I'm Sheila")."""
    base = word[:-1]
    return (word.endswith("s") and not word.endswith("ss") and is_verb(base)
            and stem(base) not in _NOT_ACTING)


def _why_verb(low: str) -> str | None:
    """"Why did Sheila MOVE to Texas?": the verb after a one-word subject in a why-question. A cause
    explains something said; "I'm Sheila in Texas" says no move. Linking verbs ("why does he SOUND
    different?") leave the content to the words after them. (For other questions the verb in the
    middle was tried and dropped: "which state does Sheila live in?" is answered by "Sheila in Texas".)"""
    m = _WHY_VERB.match(low)
    if not m or m.group(2) in _LINKING:
        return None
    return m.group(2)


_FOR_SOMEONE = re.compile(r"\s+for (?:me|us|you|him|her|them)\W*$")
_TIME_CLAUSE = re.compile(r"\s+(?:(?:before|after|when|while|until|till|since|once|as soon as)\s+"
                          r"(?:the|a|an|his|her|their|its|this|that)\b|(?:while|whenever)\s+\w+).*$")
# (not "before you can X": a condition; "while NOBODY is free", "while you wait": any subject)


def _verb_at_end(low: str) -> str | None:
    # "what did Diane HEAR before the call started?": the verb before a time clause
    low = _FOR_SOMEONE.sub("?", _TIME_CLAUSE.sub("", low))  # "what does it UNLOCK for me?"
    m = _DO_QUESTION.match(low)
    infinitive = m is None and (m := _TO_QUESTION.match(low)) is not None  # ("to" is no preposition there)
    if not m:
        return None
    before = re.findall(r"[a-z0-9']+", low[: m.start(1)])
    last = m.group(1)
    if ((before and before[-1] in _BEFORE_NOUN and not infinitive) or last in _ADVERBS or last.endswith("ly")
            or not is_verb(last)):
        return None  # ("what do I select before I can build an oil DERRICK?": a noun ends it)
    if last == "left" and before and before[-1] in _LINKING | {"is", "are", "was", "were"}:
        return None  # "how many games do they have LEFT?": remaining, not the verb "leave"
    return last


# "... right after the flashing build icon?", "After selecting a truck, what ...?" (not "after 1:05").
_SEQUENCE = re.compile(r"\b(?:right |just |immediately |shortly |directly )?(after|before) "
                       r"(?!\d|(?:you|he|she|they|we|i|it|one|which|what|whom|whose|when|where)\b)([^,?]+)")
# ... the anchor ends at a sentence's end or where a clause of its own starts ("after a long pause IT mentions
# some kind of test. What test?"), when it names something before that ("before or after HE says ...": not)
_ANCHOR_END = re.compile(r"\s+(?:it|he|she|they|we|i|you|someone|somebody)\s|[.!](?:\s|$)"
                         # ... or where a silence is followed by what comes in it ("after the long silence A RECORDED
                         # MESSAGE comes on")
                         rf"|(?:{'|'.join(rf'(?<={w})' for w in SILENCE_WORDS)})(?=\s+(?:a|an|the|some|another|one|two)\s)")
# ("before you can X": a condition; "from before WHICH event ...?": the question itself)


def _sequence(low: str) -> Sequence | None:
    m = _SEQUENCE.search(low)
    if not m:
        return None
    said, end = m.group(2), m.end()
    if re.match(r"(?:that|this|these|those|then)\s+(?:it|he|she|they|we|i|you|someone|somebody)\s", said):
        return None  # "right after THAT someone mentions a ledger": after the answer before (vidsense.conversation)
    if (cut := _ANCHOR_END.search(said)) and content_words(said[:cut.start()]):
        said, end = said[:cut.start()], m.start(2) + cut.start()
    anchor = frozenset(w for p in _phrases(said) for w in p)
    rest = frozenset(w for p in _phrases(low[:m.start()] + " " + low[end:]) for w in p) - anchor
    quoted = bool(re.match(r"\s*['\"\u2018\u201c]", said))
    return Sequence(m.group(1), anchor, rest, quoted) if anchor else None


def _identity(low: str) -> tuple[bool, bool]:
    """"What company is this?", "Who is calling?": a question a self-introduction answers; and whether
    it asks what something is called ("what does he call this recording?": Question.named_this)."""
    # ("what does he say this is?": what this recording is said to be)
    low = re.sub(r"\b(say|says|said) (?:this|it) (is|was)(?=\W*$)", r"\1 this recording \2", low)
    m = _IDENTITY.search(re.sub(r"\bwhat's\b", "what is", low))
    named = m and next((g for g in m.groups() if g), None)
    identity = bool(m) and (named is None or named in _INTRODUCED)
    return identity, identity and bool(m.group(3) or m.group(4) or m.group(5))


# "Which comes first, the operator or the customer advocate?", "Who introduces herself first, Diane or Sheila?"
_EITHER = re.compile(r"\b(?:first|earlier|sooner|last|later)\b[^?]*?,?\s*(?:the )?([^,?]+?),? or (?:the )?([^,?]+?)\W*$")


_ASKS_WHETHER = re.compile(r"^\W*(?:is|are|was|were|do|does|did|should|shall|can|could|will|would|must|have|has)\b")


def _choice(low: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """"Do I spell their first name or their last name?": the stems of the two options, the words
    right before and right after "or" (at most three each, no stopwords); None for other questions.
    A question that opens on its options ("Left or right?", "Left or right mouse button for that?") or ends on
    them after a comma ("Whose purse is it, his or hers?") has them too; there an option may be a pronoun."""
    tokens = re.findall(r"[a-z0-9'\u2019-]+", low)
    if tokens.count("or") != 1:
        return None
    # "was the frog a green ONE or a brown ONE?": green or brown
    tokens = [t for k, t in enumerate(tokens) if not (t in ("one", "ones") and k > 0 and tokens[k - 1] not in STOPWORDS
                                                      and (k == len(tokens) - 1 or tokens[k + 1] == "or"))]
    k = tokens.index("or")
    opens = 0 < k <= 2 and not any(w in STOPWORDS and w not in _PRONOUN_OPTIONS for w in tokens[:k])
    tail = re.search(r",\s*([a-z'\u2019]+),? or ([a-z'\u2019]+)\W*$", low)
    if tail and tail.group(1) in _PRONOUN_OPTIONS and tail.group(2) in _PRONOUN_OPTIONS:
        return (tail.group(1),), (tail.group(2),)
    if opens and tokens[0] in _PRONOUN_OPTIONS and k == 1 and len(tokens) > 2 and tokens[2] in _PRONOUN_OPTIONS:
        return (tokens[0],), (tokens[2],)
    if not _ASKS_WHETHER.match(low) and not opens:
        return None
    before, after = [], []
    for w in reversed(tokens[:k]):
        if w in STOPWORDS or len(before) == 3:
            break
        before.insert(0, w)
    rest = tokens[k + 1:]
    if len(rest) == 1:  # "... sometimes, or ALWAYS?": the last word is the option, whatever it is
        after = rest
    while rest and rest[0] in STOPWORDS:
        rest = rest[1:]
    for w in rest if not after else ():
        if w in STOPWORDS or len(after) == 3:
            break
        after.append(w)
    if not before or not after:
        return None
    before = before[-len(after):]  # "can I press 1 or 2?": 1 or 2, not "press 1" or 2
    if opens:
        after = after[:len(before)]  # "left or right mouse button?": left or right
    return tuple(stem(w) for w in before), tuple(stem(w) for w in after)


# options that are a person's pronoun ("his or hers?"): said as any of their forms (said_order.choice_said)
PRONOUN_FORMS = {"his": ("his", "him", "he"), "him": ("his", "him", "he"), "he": ("his", "him", "he"),
                 "hers": ("her", "hers", "she"), "her": ("her", "hers", "she"), "she": ("her", "hers", "she")}
_PRONOUN_OPTIONS = frozenset(PRONOUN_FORMS)


def _either(low: str) -> tuple[frozenset[str], frozenset[str]] | None:
    m = _EITHER.search(low)
    if not m:
        return None
    a, b = (frozenset(w for p in _phrases(g) for w in p)
            # ("the frog or the WELL?": a noun that is a function word elsewhere is the option's word)
            or frozenset(stem(w) for w in words(g) if w not in _ARTICLES and stem(w) not in _FRAME)
            for g in (m.group(1), m.group(2)))
    return (a, b) if a and b else None


_ARTICLES = frozenset("the a an one ones this that these those".split())


_NAME_OF = re.compile(r"\bname of (?:(?:the|this|that|a|an|his|her|their|its|your|my|our) )?(?:[a-z]+'s )?([a-z]+)")


def _head_asked(full: str, low: str, topic: frozenset[str]) -> str | None:
    """_head, unless a sentence before the question brings it up: "Somebody COMPLAINS about how the days feel.
    What's the COMPLAINT?" asks what the complaint says, which need not say "complaint"."""
    head = _head(low, topic)
    if _WHICH.match(low) or _WHICH_OF.match(low):
        return head  # "which X" names the kind of thing an answer must say, whatever came before it
    lead = full[:len(full) - len(low)] if full.endswith(low) else ""
    if head and any(_same_root(head, stem(w)) for w in content_words(lead)):
        return None
    return head


def _participle(word: str) -> bool:
    """Whether ``word`` is a past participle ("glued", "painted"): a verb's "-ed" form that is no noun ("bed", "seed" are
    nouns)."""
    return word.endswith("ed") and is_verb(word) and depth(word) < 0


def _same_root(a: str, b: str) -> bool:
    n = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return n >= min(_SAME_ROOT, len(a), len(b))


_SAME_ROOT = 6  # letters two stems share to be one word's forms ("complain", "complaint")


def _head(low: str, topic: frozenset[str]) -> str | None:
    """The noun asked about, when it is a topic word beside others: the last word of the noun phrase
    in "what is the X Y (of Z)?", or X in "which X ...?" ("which KEY is used for the letter Z?").
    Places, people and abstract nouns are left out: they are answered by an instance ("which city
    ...?" by "Chicago", "which traits ...?" by "cold-hearted"), and no list of them ships here."""
    m = _COPULA.match(_PURPOSE.sub("", re.sub(r"^(\W*)what's\b", r"\1what is", low)))
    which = _WHICH.match(low) or _WHICH_OF.match(low)
    if m:
        last = re.findall(r"[a-z0-9]+", m.group(1))
        if len(last) > 1 and (last[-1].endswith("ing") or _participle(last[-1])):
            last = last[:-1]  # "what was the dark SUIT sitting in?", "what is the SHEET glued to?": the noun before
        word = stem(last[-1]) if last else None
        if word == "name" and (of := _NAME_OF.search(low)):
            word = stem(of.group(1))  # "the name of the company's OPERATOR": the operator's
    elif which and which.group(1) not in _OPEN_HEADS:
        word = stem(which.group(1))
    else:
        return None
    return word if word in topic and len(topic) > 1 else None


_DID_NOT_WORK = re.compile(r"\b(?:didn't|did not|doesn't|does not|don't|do not|won't|will not|wouldn't|would not|"
                           r"couldn't|could not|wasn't able to|was not able to) (?:work|succeed|go through)\b")
_ENDED_UP = re.compile(r"\b(?:end|ends|ended|ending|wind|winds|wound) up (\w+ing)\b|\bwent on to (\w+)\b")
_OWN_ORDINAL = re.compile(r"\b(?:my|your|his|her|their|our|its) (?:very )?(?:first|last|final)\b")


_MOVES_ON_TO = re.compile(r"\b(?:moves? on|moved on|moving on|gets? (?:round |around )?to|got (?:round |around )?to|"
                          r"turns? to|turned to|brings? up|brought up)\b")


def _order(low: str) -> str | None:
    """"first" / "last" said of the thing asked about, not of the video ("at the end")."""
    if re.search(r"\b(at|in|near|towards?) the (very )?(start|beginning|end|middle)\b", low):
        return None
    low = _OWN_ORDINAL.sub(" ", low)  # "when am I ready for MY FIRST MISSION?": which mission, not which time said
    if not _WHEN.search(low):  # "which team ... looked like an elite team FOR THE FIRST TIME?": what is said, not which saying
        low = re.sub(r"\b(?:for )?the first time\W*$", " ", low)
    if re.search(r"\b(first|earliest|opening)\b|\b(?:start|starts|started|begin|begins|began) (?:to \w+|\w+ing)\b", low):
        return "first"  # "when does someone START reading out cards?": the first of them
    if _WHEN.search(low) and _MOVES_ON_TO.search(low):
        return "first"  # "when does it MOVE ON TO the research facility?": where it is first said
    if re.search(r"\b(last|final|latest)\b", low):
        return "last"
    # (of a saying or a "when" only: "why does he sound different THE SECOND TIME?" means his second recording)
    told = bool(_WHEN.search(low) or re.search(rf"\b(?:{_SAYING}|repeat\w*|heard|hear|comes? up)\b", low))
    if told and re.search(r"\b(?:second|2nd) time\b", low) or re.search(
            r"\b(?:said|mentioned|heard|read|repeated|says|mentions|comes up) again\b", low):
        return "second"  # "when is the fox sentence said a second time?", "when does she mention it again?"
    if told and re.search(r"\b(?:third|3rd) time\b", low):
        return "third"
    return None


@lru_cache(maxsize=1)
def _spoken_in() -> re.Pattern:
    """A language named as the speech's ("the FRENCH voice", "what does she say IN SPANISH?"): the
    words said in it are read in English where they were translated, and never say its name."""
    from vidsense.languages import LANGUAGE_NAMES  # (it imports this module's users)

    names = "|".join(sorted((n.lower() for n in LANGUAGE_NAMES.values() if n != "English"), key=len, reverse=True))
    # (each way of naming it holds the language in a group of its own: _said_language)
    return re.compile(rf"\b(?:in|into) ({names})\b|\b({names})(?= (?:{_SPEECH_NOUNS})\b)"
                      rf"|\b(?:switch|change|turn|go|move)\w*(?: over| back)? to ({names})\b"  # "... switch to Spanish"
                      rf"|\b(?:speak|understand|know|read)\w* ({names})\b"  # "I don't speak Spanish. What is ...?"
                      rf"|\b({names})(?= (?:starts?|begins?|comes? in|kicks? in)\b)")  # "when does the French start?"


def _said_language(low: str) -> str:
    """The name of the language a question names as the speech's ("russian"); see _spoken_in."""
    return next(named for named in _spoken_in().search(low).groups() if named)


def _said_in(low: str) -> str | None:
    """The language named as the speech's (see _spoken_in), as Whisper's code; None when none is."""
    from vidsense.languages import LANGUAGE_NAMES

    if _spoken_in().search(low) is None:
        return None
    named = _said_language(low)
    return next((code for code, name in LANGUAGE_NAMES.items() if name.lower() == named), None)


_SPEECH_NOUNS = ("message|messages|voice|voices|speaker|speakers|reading|readings|passage|passages|sentence|sentences|"
                 "prompt|prompts|recording|recordings|part|parts|speech|announcement|announcements|words?|line|lines|"
                 "woman|man|lady|guy|reader|narrator|section|bit|clip|poem|phrase|phrases|text|song|verse|greeting")
# ... as stems: "the Spanish PART", "the French MESSAGE" say where to look, not what is said
SPEECH_NOUN_STEMS = frozenset(stem(w) for w in _SPEECH_NOUNS.replace("?", "").split("|"))


def _phrases(low: str) -> tuple[tuple[str, ...], ...]:
    """The question's topic words as matching units: a single word, or an "X of Y" phrase that
    only counts whole ("queen of hearts" is not "seven of hearts")."""
    units: list[list[str]] = []
    joined = False  # the previous token was "of" between two topic words
    last_topic = False
    low = re.sub(r"\bright (?=after|before|now|away)", "", low)  # "right after X", "right now": "right" is not a topic
    # "according to the POEM, what ...?": who or what says it, not what is said ("poem" is never said)
    low = re.sub(rf"\baccording to (?:(?:the|this|that|his|her|their) )?(?:last |first )?(?:[a-z]+ )?(?:{_SPEECH_NOUNS}|video|talk|"
                 rf"story|book|speech|tutorial|game|him|her|them)\b", " ", low)
    low = re.sub(r"\baccording to\b|\bfor good\b", " ", low)
    # "why shouldn't they get it, IN HER VIEW?": whose view, not what is said
    low = re.sub(r"\bin (?:his|her|their|your|my|the \w+'s) (?:view|opinion|words|mind|eyes)\b", " ", low)
    low = re.sub(r"\b(?:went|goes|going|gone) wrong\b", "wrong", low)  # "what went wrong?": what is wrong
    # "when does it tell me the connection DIDN'T WORK?": that it failed ("I was unable to create a connection")
    low = _DID_NOT_WORK.sub(" fail ", low)
    low = _INSTEAD_ALONE.sub(" ", low)  # "what should people ask INSTEAD?": a contrast, never said
    low = _spoken_in().sub(" ", low)  # "the French message", "in Spanish": which speech, not what it says
    # "then an ENGLISH voice ...", "a GAME narrator starts with ...": which voice, not what it says
    low = re.sub(rf"\b(?:english|game|game's)(?= (?:{_SPEECH_NOUNS}|announcer|tutorial)\b)", " ", low)
    low = _GIVES_FRAME.sub(" say ", low)  # "an English voice GIVES a distance. How far?": says one
    if re.search(r"\b(?:which way|which directions?|where)\b", low):  # "... gives me a DIRECTION. Which way ...?": what
        low = re.sub(r"\bdirections?\b", " ", low)  # is asked, not said ("direct" is the stem of "directly" too)
    low = _WHAT_THIS_IS.sub(" ", low)  # "This is a phone recording. Which way ...?": what the video is, not what is asked
    # "Besides the PBX itself, what else got installed?", "apart from going through the teams, what ...?":
    # what is set aside is not what is asked about
    low = _ASIDE.sub(" ", low)
    low = re.sub(r"\bhow (?:long|many|much|far|old|often)\b", " ", low)  # the question's form, not its topic
    low = re.sub(r"\balong with\b", " with ", low)  # "installed along with it": no topic
    low = re.sub(r"\bin front of\b", " by ", low)  # "a hand in front of the window": where, said of the window
    low = _ASKED_TO.sub(" ", low)  # "when does she ask me to wait?": what she asks is "wait"
    low = _USES_WORD.sub(" ", low)  # "how many times does he USE THE WORD ask?": the word is "ask"
    low = _PURPOSE.sub(" ", low)  # "what is the machine gun good for?": the gun, not "good"
    low = DEFINITE_COUNT.sub(r"\1", low)  # "the two women": the women, not a number
    low = _THINGS_COUNTED.sub(" ", low)  # "someone names TWO things": how many, not a number said
    # "what does she say EVERYONE calls her?": who says it, however said ("they all call me a Yankee")
    low = re.sub(r"\b(?:everyone|everybody)\b(?= (?!else\b)[a-z]+)", " ", low)
    # "RIGHT at the end TWO OTHER VOICES each say a number": where, and who, not what is said
    low = re.sub(r"\bright (?=(?:at|after|before|near|towards?) )", " ", low)
    low = _VOICES_COUNTED.sub(" ", low)
    low = _REALISE.sub(" ", low)  # "when do they realise they're both from Chicago?": when it is said
    low = MORE_INFO.sub(" information ", low)  # "where can I find out more?": "for more information, visit ..."
    low = re.sub(r"\b(?:bring|brings|brought|bringing) up\b|\b(?:refer|refers|referred|referring) to\b|"
                 # "he OWNS UP TO some mistakes", "she admits ...": a thing said, as "mention" is
                 r"\b(?:own|owns|owned|owning) up(?: to)?\b|\b(?:admit|admits|admitted|admitting|confess|confesses|"
                 r"confessed|confessing)(?: to)?\b|"
                 # "how many times does the wealth tax COME UP?" (not "what did they come up with?")
                 r"\b(?:come|comes|came|coming) up\b(?! with\b)", " mention ", low)
    low = _SUGGESTED_KIND.sub(r"\1 mention", low)  # "what colour letters does he SUGGEST?": a thing said, as "mention" is
    low = _AGAIN.sub(r"repeat\1", low)  # "how do I hear the message again?": "to repeat the message, press 5"
    tokens = re.findall(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]", low)
    for k, w in enumerate(tokens):
        if w == "of" and last_topic:
            joined = True
            continue
        letter = len(w) == 1 and w.isalpha() and w not in "ai" and tokens[k - 1:k] in (["letter"], ["for"])
        if not letter and (w in STOPWORDS or not w[0].isalnum() or (len(w) < 2 and not w.isdigit())):
            joined = last_topic = False  # a single letter only as one: "the letter Z", "press for Z"
            continue
        s = stem(w)
        if s in _FRAME and not _content_frame(s, tokens, k):
            joined = last_topic = False
            continue
        if joined and units:
            units[-1].append(s)
        elif not any(s in u for u in units):
            units.append([s])
        joined, last_topic = False, True
    # "In the echo test, what happens to what you say?", "... during the test?": where to look, which
    # other words (when there are any) say what is asked
    context = {stem(w) for m in _CONTEXT.finditer(low) for g in m.groups() if g for w in g.split()}
    if any(not set(u) <= context for u in units):
        units = [u for u in units if not set(u) <= context]
    return tuple(tuple(u) for u in units)


# A message kept and played ("the NEXT MESSAGE", "delete a MESSAGE"), not the one that is said ("according
# to the French message"); a menu's main options ("back to the MAIN MENU"), not a talk's main point
_MESSAGES = frozenset(stem(w) for w in "message messages".split())
_ORDINAL_OF = {stem("next"): _MESSAGES, stem("previous"): _MESSAGES,
               stem("main"): frozenset(stem(w) for w in "menu menus options option".split())}
_KEPT = frozenset("next previous a my new your old saved unread".split())
_MESSAGE_VERBS = frozenset(stem(w) for w in """delete erase hear play replay skip save record leave listen repeat
rid forward""".split())


_AGAIN = re.compile(r"\b(?:hear|play|listen to)((?: [a-z']+){0,3}?) (?:again|once more|over again)\b")


def _content_frame(s: str, tokens: list[str], k: int) -> bool:
    """A frame word that is what is asked about here: "LOOK for" (search), "what happens to
    everything I SAY?" (what is said), a kept message and the words that say which one ("the NEXT
    MESSAGE"), a menu's MAIN options."""
    if s == _LOOK:
        return tokens[k + 1:k + 2] == ["for"]
    if s in _ORDINAL_OF:
        return bool(tokens[k + 1:k + 2]) and stem(tokens[k + 1]) in _ORDINAL_OF[s]
    if s in _MESSAGES:
        before = tokens[max(0, k - 3):k]
        return bool(before) and (before[-1] in _KEPT or any(stem(w) in _MESSAGE_VERBS for w in before))
    return s in _SAY and k >= 2 and tokens[k - 2] in _WHAT_ALL and tokens[k - 1] in _SUBJECTS


def _time_span(low: str) -> TimeRef | None:
    if m := _CLOCK.search(low):
        t = int(m.group(1)) * 60 + int(m.group(2))
        return TimeRef(t - 1.0, t + 1.0)
    if m := _SECONDS.search(low):
        t = float(m.group(1))
        return TimeRef(t - 1.0, t + 1.0)
    if _WHEN.search(low) or _OF_PART.search(low):
        return None  # "at the start of the SECOND recording" is no time in the whole video
    # "Right at the end two voices say a number. When does that START?": the line's start, not the video's
    low = _WHEN_STARTS.sub(" ", low)
    low = _WHAT_BEGUN.sub(" ", low)  # "what did he BEGIN?": what was begun, not the video's start
    low = re.sub(r"\b(?:for )?the first time\b", " ", low)  # "... looked like FOR THE FIRST TIME": no part of the video
    if _AT_END.search(low) and not _AT_START.search(low):  # "right AT THE END two voices come in. What does the
        return TimeRef(0.85, 1.0, fraction=True)  # FIRST one say?": the end, where "first" picks a line
    if _START.search(low):
        return TimeRef(0.0, 0.15, fraction=True)
    if _END.search(low):
        return TimeRef(0.85, 1.0, fraction=True)
    if _MIDDLE.search(low):
        return TimeRef(0.4, 0.6, fraction=True)
    return None
