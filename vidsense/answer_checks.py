"""Whether a stretch of what is said can answer the kind of thing a question asks, beyond sharing
its words: "how many teams?" wants a number that counts teams, "why?" a cause, "what did Mary
eat?" the verb, "what is the voicemail password?" the password, "what is Sheila's last name?" a
name after hers. A sentence that shares the words but says none of it is no answer: these checks
are what keeps an unanswerable question from being answered by the sentence that mentions its
subject (measured on bench/first3.yaml and first4.yaml: their first runs answered 9 of 12).
"""

from __future__ import annotations

import re

from vidsense.categories import category_of, listed_only, mentions_kind, mentions_member
from vidsense.menu import MENU_WORDS
from vidsense.questions import DEFINITE_COUNT, NAMED_KINDS, TIME_WORDS, Question
from vidsense.text import (NUMBER_WORDS, SMALL_NUMBERS, STOPWORDS, base_form, content_stems, content_words,
                           keys_sound_alike, misheard, sound_key, stem, words)
from vidsense.wordnet import depth, is_adjective, is_kind_of, is_verb, located_in, synonyms

__all__ = ["ALSO", "FAILURE", "INSTRUCTION", "KEY_HEADS", "asks_how_long", "digits_said", "does_what_asked", "gives_purpose", "PURPOSE_IS_TO", "SPAN_OF_TIME", "URL", "says_how_long", "says_what_is_asked", "names_object_of",
           "names", "has_number", "says_verb", "sounds_like"]

# "The purpose of this test is to ...", "the scope of this test is to provide ..." (Whisper's "scope" for the Italian
# "scopo"): what something is for, a cause for "what's the point of it?" (vidsense.qa prefers such a clause too)
PURPOSE_IS_TO = r"(?:purpose|point|aim|goal|scope|idea)\b[^.!?]{0,60}?\b(?:is|was) to \w+"

_NUMBER_WORDS = NUMBER_WORDS | {"half"}  # "half an hour" says how long
# "How long do these days feel?": a number, or a word that says how long ("these days go on forever")
_HOW_LONG = re.compile(r"\W*(?:for )?how long\b")  # ("for how long?")
# "How fast does he say he's talking?": "pretty fast" says a speed without a number
# (only these ask for a number: vidsense.questions._QUANTITY)
_HOW_FAST = re.compile(r"\W*(?:how fast|what speed)\b")
_SPEED = re.compile(r"\b(?:fast|faster|slow|slower|slowly|quick|quickly|rapid|rapidly|speed|speeding|full speed|"
                    r"top speed|crawl|mph|km/h|kph|miles an hour|miles per hour|kilometers an hour|kilometres an hour)\b")
# "What phone number can I call?": a number of several digits ("call 1-800-555-0199"), not "press 4"
_PHONE_NUMBER = re.compile(r"\b(?:(?:tele)?phone|fax|contact|toll[- ]free|hotline) numbers?\b"
                           r"|\bnumbers? (?:can|should|do|could) (?:i|we|you) (?:call|dial|ring)\b")
_PHONE_DIGITS = 4
# "What's the extension number for sales?": "extension 204", not "press one"
_EXTENSION = re.compile(r"\bextension numbers?\b|^\W*(?:what|which)(?:'s| is| was)? (?:the |an? )?extensions?\b")
_EXTENSION_DIGITS = 2
_HOW_MANY = re.compile(r"\W*how many\b")
_HOW_MANY_OF = re.compile(r"\W*how many of\b")
# "How many people are in the conference call?": "You are the ONLY participant" counts without a number.
_ONE_OR_NONE = re.compile(r"\b(?:the only|the sole|a single|alone|by (?:my|him|her|your|them)sel(?:f|ves)|nobody|no one|"
                          r"none)\b")
# "How many of the teams will they go through?": "every single team" counts them all without a number
_ALL_OF = re.compile(r"\b(?:every(?: single)?|each(?: and every)?|all(?: of)?(?: the| our| their| these| those)?) ([a-z]+)")
_DURATION = re.compile(r"\b(?:forever\w*|for ever|always|ages|a while|long time|a moment|briefly|all (?:day|night|week|year)|"
                       r"never[- ]ending|endless|eternally|for good)\b")
# "How long does the test take?", "how long is the pause?": a number of units of time (or of length)
_AMOUNT = (rf"(?:\d+(?:[.,]\d+)?|a|an|one|half an?|a few|a couple of|several|many|{'|'.join(SMALL_NUMBERS[2:])}|"
           r"thirty|forty|fifty|sixty|hundred)[- ](?:more |whole |full |long )?")
_TIME_UNITS = r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries"
SPAN_OF_TIME = re.compile(rf"\b{_AMOUNT}(?:{_TIME_UNITS})\b", re.IGNORECASE)  # "nearly two decades", "a few minutes"
_LENGTH = re.compile(rf"\b{_AMOUNT}(?:{_TIME_UNITS}|digits?|characters?|letters?|words?|numbers?|meters?|metres?|"
                     r"miles?|kilometers?|kilometres?|feet|foot|inches?)\b")
# "When did the Collapse happen?": a date, or a word that places it in time.
_DATE = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                   r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|ago|century|centuries|"
                   r"decades?|years?|ancient|once upon|o'clock|noon|midnight|morning|afternoon|evening|tonight)\b"
                   r"|\b[ap]\.m\.")  # and a time of day ("What time does the train leave?")
# "What time does it open?", "what are the opening hours?": a time of day must be said, not any number
_ASKS_CLOCK = re.compile(r"^\W*(?:at )?(?:what|which) time\b|\b(?:opening|business|office) hours\b|\bwhat hours\b")
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock)|\b\d{1,2}:\d{2}\b|"
                         r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[ -](?:thirty|fifteen|"
                         r"forty-five|o\w+))? (?:o'clock|a\.m\.|p\.m\.|in the (?:morning|afternoon|evening))|\bnoon\b|"
                         r"\bmidnight\b|\bmidday\b|\b(?:24|twenty-four) hours\b|\bround the clock\b")
# "How much has the fox read?": "the red fox has read MANY books" says how much, without a number
_HOW_MUCH = re.compile(r"^\W*how much\b")
_VAGUE_AMOUNT = re.compile(r"\b(?:many|lots|a lot|plenty|a few|several|a little|a great deal|loads|tons|heaps|"
                           r"everything|nothing|enough)\b")
# "How much does it cost?", "what's the price?", "how much do I pay?": money must be said (or that it is free)
_ASKS_COST = re.compile(r"^\W*how much\b.*\b(?:cost|costs|charge|charges|pay|price)\b|\b(?:what|which)(?:'s| is| was)? (?:the )?"
                        r"(?:price|cost|fee|charge)\b|"
                        # "how much money would the tax bring in?", "how much would it raise?"
                        r"^\W*how much (?:money|cash|revenue|income)\b|^\W*how much (?:\w+ ){1,5}?(?:raise|bring in|earn|"
                        r"generate|make)\b")
# "What frequency is that call going out on?": a frequency or a band, said with its number or unit
_ASKS_FREQUENCY = re.compile(r"\b(?:what|which)(?:'s| is| was)? (?:the )?(?:radio )?(?:frequency|frequencies|band|wavelength)\b")
_FREQUENCY = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:k|m|g)?hz\b|\b(?:kilo|mega|giga)?hertz\b|\b\d+\s*(?:meters?|metres?|m)\s+band\b|"
                        r"\b(?:two|forty|twenty|eighty|ten|six)[- ]?(?:meters?|metres?)\b", re.IGNORECASE)
_MONEY = re.compile(r"[$£€¥]|\b(?:dollars?|cents?|pounds?|euros?|pence|bucks|yen|free|costs?|price[sd]?|charge[sd]?|fees?|"
                    r"credits?|money|pay|paid)\b")
# "just this once", "this one time": not what is done from now on ("Dial 5 to allow this caller to come straight through
# to you in the future"), unless the answer says now too ("reach you directly now and in the future")
_THIS_ONCE = re.compile(r"\b(?:just |only )?this (?:one )?(?:once|time)\b|\bjust once\b")
_FROM_NOW_ON = re.compile(r"\bin the future\b|\bfrom now on\b|\bforever\w*|\bpermanently\b")
_NOW = re.compile(r"\bnow\b|\bthis time\b|\bonce\b|\bthese ones\b|\bjust these\b")
# "What was written in the ledger?": what it says, which a line that only names the ledger does not tell
_WRITTEN_IN = re.compile(r"^\W*what (?:was|is|were|had been|has been) (?:written|printed|noted|scribbled|recorded) (?:in|on|inside)\b")
_SAYS_CONTENT = re.compile(r"\b(?:writ\w*|wrote|says?|said|reads?|note[sd]?|entr(?:y|ies)|listed|lists?)\b|:")
# "What was inside the barrel?": what it held, which a line that only names the barrel does not tell
_INSIDE = re.compile(r"^\W*what (?:was|is|were|'s) (?:inside|kept in|stored in|hidden in)\b")
_HOLDS = re.compile(r"\b(?:inside|contain\w*|full of|filled with|holds?|held|packed with|in it|in there)\b")
# "What's the new vehicle going to be called?", "what will it be named?": a name still to be given
_TO_BE_CALLED = re.compile(r"\b(?:going to|gonna|will|'ll|to)\b(?:[^?]*\s)?be (?:called|named|known as)\b")
_NAMING = re.compile(r"\b(?:call\w*|nam(?:e|ed|es|ing)|known as|christen\w*|dub\w*)\b")
_SHADE = re.compile(r"\b(?:dark|light|pale|bright|deep|pastel|neon)\b")  # "your DARK suit" says its colour
_ASKS_COLOUR = re.compile(r"\b(?:what|which)\s+colou?rs?\b")  # a colour must be said (WordNet: a kind of color)
# "What year ...?": a year must be said ("1962", "nineteen sixty-two", "two thousand and five", "last year")
# "What colour is the SHEET ...?": the thing whose colour is asked
_COLOUR_OF = re.compile(r"\b(?:what|which)\s+colou?rs?\s+(?:is|was|are|were)\s+(?:the|his|her|their|its|that|this|my|your)\s+"
                        r"([a-z]+)\b")


def _colours_of_others(q: Question, text: str) -> bool:
    """Whether every colour ``text`` says comes right before a noun other than the thing asked about ("the dark BLUE
    BACKGROUND" for the sheet's colour): it is that thing's colour. A colour said alone ("the sheet is blue") or
    before the thing asked may be its own."""
    asked = _COLOUR_OF.search(q.form)
    if asked is None:
        return False
    said = words(text)
    colours = [k for k, w in enumerate(said) if w not in STOPWORDS and (is_kind_of(w, "color") or _SHADE.fullmatch(w))]
    if not colours:
        return False
    for k in colours:
        after = next((w for w in said[k + 1:] if not (_SHADE.fullmatch(w) or is_kind_of(w, "color"))), None)
        if after is None or after in STOPWORDS or stem(after) == stem(asked.group(1)) or is_adjective(after):
            return False
    return True


_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2}|'\d0s|\d0s|nineteen|thousand|hundred|(?:this|last|next) year|years? ago)\b")
# "Where ...?": a place must be said: a preposition of place, a place word, a web address, or a name
_PLACE = re.compile(r"\b(?:in|at|on|from|to|into|onto|behind|under|over|near|next|inside|outside|beside|between|across|"
                    r"through|around|above|below|beneath|toward|towards|here|there(?!'s| is| are| was| were)|home|away|abroad|"
                    r"upstairs|downstairs|"
                    r"located|visit|www)\b|\.(?:com|org|net)\b", re.IGNORECASE)
# "Where was the bus going?", "where is she headed?": where to, said with "to", "towards", "into", "for" or a word
# of place ("home"); where a thing is ("slid ON the smooth planks") does not say where it goes
_DESTINATION = re.compile(r"^\W*where\b.*\b(?:head(?:ed|ing)?|going|went|bound|off|travell?(?:ing|ed)|"
                          r"on (?:its|his|her|their|the|our|my|your) way)(?: to)?\W*$"
                          # "where were they paddling the canoe TO?"
                          r"|^\W*where\b[^?]*\b\w+ing\b[^?]*\bto\W*$")
_DESTINATION_SAID = re.compile(r"\b(?i:to|towards?|into|onto)\s+(?!(?i:be|do|get|have|make|say|see|go|it|this|that)\b)"
                               r"[A-Za-z0-9]|\b(?i:for)\s+(?:the\s+)?[A-Z]"  # ("headed for London", not "for a 4% tax")
                               r"|\b(?i:home|abroad|overseas|away|back|upstairs|downstairs|downtown|there|here)\b")
_PREPOSITIONS = frozenset("""in at on from to into onto behind under over near next inside outside beside between across
through around above below beneath toward towards""".split())
_PLACE_OBJECT_WORDS = 4  # words after a preposition of place in which the place must be said


def _says_place(q: Question, text: str) -> bool:
    """Whether ``text`` says a place (``_PLACE``): a place word, or a preposition of place followed by a word of its
    own, not the question's (not "between you and the machine" for "where is the machine ...?")."""
    for m in _PLACE.finditer(text):
        said = m.group(0).lower()
        if said not in _PREPOSITIONS:
            return True
        after = words(text[m.end():])[:_PLACE_OBJECT_WORDS]
        if said == "to" and after and after[0] not in _DETERMINERS and is_verb(after[0]):
            continue  # "... is TO GIVE you an audible sense ...": an infinitive, not a place
        if said in ("on", "onto", "at") and {stem(w) for w in words(text[:m.start()])[-1:]} & _CLICKS and not _CLICKS & q.stems:
            continue  # "left click ON the research icon": what to click, not where anything is (unless asked
            # "where do I click?")
        if any(w not in STOPWORDS and stem(w) not in q.stems for w in after):
            return True
    return False


_CLICKS = frozenset(stem(w) for w in "click tap press".split())  # "left click ON the icon"
_DETERMINERS = frozenset("the a an this that these those my your his her its our their some any every each".split())


_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
# "What is the name of the base?", "What is the dog named?": a name is asked for (not "how many
# letters of the name")
_ASKS_NAME = re.compile(r"^\W*(?:what|which)(?:'s| is| was| are| were)?\s+(?:the |his |her |its |their |your |my )?"
                        r"(?:[a-z]+'s )?(?:first |last |full |given |real )?names?\b|^\W*(?:what|which) name\b|^\W*(?:what|which)\b.*\b(?:named|called)\W*$")
# "Congratulations, Commander": the listener hailed by a title, which names nothing asked about
# "What's the title of the BOOK ...?": the book named, after a comma or "called" ("his book, Capital in the 21st century")
_TITLE_OF = re.compile(r"\b(?:title|name) of (?:the|that|this|his|her|their) (\w+)\b(?!')")


def _titled(q: Question, text: str) -> bool:
    """Whether ``text`` says the thing whose title the question asks for, then what it is called."""
    asked = _TITLE_OF.search(q.form)
    return bool(asked) and re.search(rf"\b{re.escape(asked.group(1))}s?(?:,| called| titled| named)\s+\w", text,
                                     re.IGNORECASE) is not None


_WHO_BY_NAME = re.compile(r"^\W*who(?:'s| is| was| are| were)\b[^?]*\bby (?:his |her |their )?(?:first |full |real )?name\W*$")
_HAILED = re.compile(r"\b(?:[Cc]ongratulations|[Ww]ell done|[Gg]ood job|[Gg]ood luck|[Gg]ood work),?\s+[A-Z][a-z]+")
# "Brian, thank you very much.": a name that opens a sentence, said to someone thanked or greeted (a name elsewhere
# than at a sentence's start is told by its capital, _PROPER)
_THANKED = re.compile(r"^([A-Z][a-z]+),\s+(?=(?i:thank|thanks|hello|hi|welcome|good (?:morning|afternoon|evening)|"
                      r"goodbye|bye|cheers)\b)")
_OPENERS = frozenset("""well okay ok yes yeah yep no nope oh ah right alright sure fine great good again anyway listen
look hey everyone everybody folks friends guys sir madam""".split())  # "Well, thank you.": no name
# What before a verb makes it unreal: "Had he married ...", "would have gone", "if she had known".
_UNREAL = re.compile(r"(?:(?:^|[.,;:!?]\s*)had [a-z]+(?: [a-z]+)?|\b(?:would|could|should|might|must)(?: not)? have|"
                     r"\bif [a-z]+ had)\s*$")
# "Which word ...?" is answered by the word itself, said with the one asked about ("Apparently,
# that's the operative word")
_WORD_STEMS = frozenset(stem(w) for w in "word phrase term expression".split())
# Any sign that a sentence gives a cause or a purpose ("I have a cold, so I sound different", "To
# increase your build rate, select your second truck"): a "why" is not answered without one.
_GIVES_CAUSE = re.compile(r"\b(because|since|so|due to|owing to|in order|thanks to|as a result|that's why|therefore|"
                          r"reasons?|caused?|purpose|for (?:the|a) (?:sake|purpose)|"
                          r"(?:key|essential|vital|crucial|necessary|needed|required|critical) (?:to|for)|"
                          rf"{PURPOSE_IS_TO})\b"
                          r"|(?:^|[.!?,]\s*)to \w+", re.IGNORECASE)
# "What are those commands for?": what they are used to do, said anywhere ("... hang up commands TO SIMULATE the
# actions of a standard telephone")
_ASKS_FOR_WHAT = re.compile(r"\bfor\W*$")
_PURPOSE_SAID = re.compile(r"\b(?:to|in order to) (?!be\b)[a-z]+\b|\bused for\b|\bso that\b", re.IGNORECASE)


def gives_purpose(q: Question, text: str) -> bool:
    """Whether ``text`` says what a thing is for, asked "what is it for?"."""
    return bool(_ASKS_FOR_WHAT.search(q.form) and _PURPOSE_SAID.search(text))

# "Why can't anyone come to the phone?": someone busy or away is the reason ("all representatives are currently
# assisting other telemarketers")
_OCCUPIED = re.compile(r"\b(?:busy|occupied|engaged|currently|right now|at the moment|away|unavailable|not available|"
                      r"closed|not (?:at|in) (?:\w+ )?(?:desk|office)|out of (?:the|\w+) office|in a meeting|on (?:holiday|"
                      r"vacation|leave)|on (?:another|the other) (?:call|line)|assisting|helping|serving)\b", re.IGNORECASE)
# "Whose household is it?": a possessor must be said (a name, "Diane's", "my", "their")
def _owned_of(q: Question, text: str) -> bool:
    """Whether ``text`` says the thing a "whose X?" asks about is X OF someone or something ("whose representatives are
    they?" -> "All representatives OF THE HOUSEHOLD ...")."""
    m = re.match(r"\W*whose\s+([a-z]+)", q.form)
    return bool(m) and re.search(rf"\b{re.escape(stem(m.group(1)))}\w* of (?:the|a|an|this|that|his|her|their|our|my|your) "
                                 rf"\w+", text, re.IGNORECASE) is not None


_POSSESSOR = re.compile(r"\b(?!(?:it|that|there|here|he|she|what|who|where|let|how)'s\b)[a-z]+'s\b"
                        r"|\b(?:my|his|her|their|our|your|its|mine|hers|theirs|ours|yours)\b", re.IGNORECASE)


# "What is she about to connect me TO?", "what kind of menu does dialing 4 send the caller TO?", "where is Sheila
# ORIGINALLY FROM?": where something goes or comes from, asked with the preposition last; the answer says it
# with the preposition ("... connection TO a demonstration server", "originally FROM Chicago")
_WHERE_TO = re.compile(r"^\W*(?:what|which|where|who)\b.*\b(connect|send|transfer|forward|redirect|rout|put through|"
                       r"lead|tak|bring|switch|mov)\w*\s+(?:\w+\s+){0,3}?(to|into)\W*$"
                       r"|^\W*(?:what|which|where)\b.*\boriginally\s+(from)\W*$")


def _says_where_to(asked: re.Match, text: str) -> bool:
    """Whether ``text`` says where to (or from) as _WHERE_TO asks it: the preposition and a word after
    the verb asked about (or its noun: "a connection TO a demonstration server"); a text without the
    verb says it in other words, which this does not judge."""
    verb, preposition = (asked.group(1), asked.group(2)) if asked.group(2) else (None, asked.group(3))
    place = rf"{preposition}\s+(?!(?:it|this|that|them|you|me|him|her)\b)(?:(?:the|a|an|our|your|this|that)\s+)?[A-Za-z0-9]"
    if verb is None:
        return bool(re.search(rf"\b{place}", text, re.IGNORECASE))
    if not re.search(rf"\b{verb}", text, re.IGNORECASE):
        return True
    return bool(re.search(rf"\b{verb}\w*\s+(?:[\w'-]+\s+){{0,4}}?{place}", text, re.IGNORECASE))


# "Why are carrots good for you?": what is said of them that makes them so ("carrots are a good source of vitamins")
_WHY_IS = re.compile(r"^\W*why (?:is|are|was|were) (?:the |a |an |this |these )?([a-z]+) (?:so |very |really |that )?([a-z]+)\b")


def _says_what_makes_it(q: Question, text: str) -> bool:
    """Whether ``text`` says the thing a "why is X Y?" asks about is Y and goes on to say what it is
    ("Carrots are good source of vitamins" for "why are carrots good for you?")."""
    m = _WHY_IS.match(q.form)
    if not m:
        return False
    thing, quality = m.groups()
    return re.search(rf"\b{stem(thing)}\w* (?:is|are|was|were|'re|'s) (?:a |an |the |very |really |so |such a )?"
                     rf"{re.escape(quality)} (?!for (?:you|us|me|them|him|her)\W*$)[a-z]+", text, re.IGNORECASE) is not None


# "What happens if I DON'T PRESS ANYTHING AT ALL?": what follows doing nothing, which a sentence about pressing a
# key ("Dial 1, if you wish ...") does not say
_DOING_NOTHING = re.compile(r"\b(?:don't|do not|doesn't|does not|didn't|did not|never)\s+(?:\w+\s+){1,2}?"
                            r"(?:anything|any (?:key|button|number|digit|option)|at all)\b")
_SAYS_NONE = re.compile(r"\b(?:no|not|nothing|none|never|without|n't|invalid|time[sd]? out|timeout|wait\w*|"
                        r"silence|remain on the line|stay on the line|hold)\b", re.IGNORECASE)


# "How does she define luck?", "what's her definition of luck?": a definition must be said ("luck is ...", "defined
# as ...", "it means ..."), not any line with the word ("what makes people luckier than others")
_ASKS_DEFINITION = re.compile(r"\b(?:define|defines|defined|definition|definitions)\b")
_DEFINING = re.compile(r"\b(?:is|are|was|were|means?|meant|defined?|definition|refers? to|called|stands? for)\b|'s\b")


def says_what_is_asked(q: Question, text: str) -> bool:
    """Whether ``text`` can answer the kind of thing asked, beyond sharing its words."""
    if _ASKS_DEFINITION.search(q.form) and not _DEFINING.search(text.lower()):
        return False  # "how does she define luck?" is not answered by "what makes people luckier than others"
    if _DOING_NOTHING.search(q.text.lower()) and not _SAYS_NONE.search(text):
        return False  # "what happens if I don't dial anything at all?" is not answered by "Dial 1, if you wish ..."
    if not _numbers(_GROUP_OF.sub(" ", DEFINITE_COUNT.sub(" ", TIME_WORDS.sub(" ", q.text)))) <= _numbers(text):
        return False  # "what does dialing 4 do?" is not answered by "Dial 2, if you wish ..."
    # ("how many OF THE teams will they go through?" asks what share: "every single team"; "how many teams are in
    # the league?" asks for a number)
    one_or_none = bool(_HOW_MANY.match(q.form) and (_ONE_OR_NONE.search(text.lower())
                                                    or (_HOW_MANY_OF.match(q.form) and _all_of(q.counted, text))))
    if (q.wants_number and not has_number(text) and not one_or_none
            and not (_HOW_LONG.match(q.form) and _DURATION.search(text.lower()))
            and not (_HOW_FAST.match(q.form) and _SPEED.search(text.lower()))
            and not (_HOW_MUCH.match(q.form) and _VAGUE_AMOUNT.search(text.lower()))):
        return False  # "how old is the young man?" is not answered by "he was not an ill-disposed young man"
    if _HOW_LONG.match(q.form) and not says_how_long(text):
        return False  # "how long has he had the cold?" is not answered by "... words I did not say in the original ONE"
    # (said together: a menu's "press 1 ..., press 2 ..., press 0" is no phone number)
    if ((_PHONE_NUMBER.search(q.text.lower()) and _longest_number(text) < _PHONE_DIGITS)
            or (_EXTENSION.search(q.text.lower()) and _longest_number(text) < _EXTENSION_DIGITS)):
        return False  # "what phone number can I call for more information?" is not answered by "Mark No. 4 to ..."
    if q.counted and not _counts(q.counted, text) and not one_or_none:
        return False  # "how many teams are in the league?" is not answered by "... the 2020 season"
    if _ASKS_FREQUENCY.search(q.form) and not _FREQUENCY.search(text):
        return False  # "what frequency is that CQ call going out on?" is not answered by "Hello, CQ, CQ, CQ calling CQ"
    if _ASKS_COST.search(q.form) and not _MONEY.search(text.lower()):
        return False  # "how much does an oil derrick cost to build?" is not answered by "... select one of your trucks"
    if _THIS_ONCE.search(q.text.lower()) and _FROM_NOW_ON.search(text.lower()) and not _NOW.search(text.lower()):
        return False  # "if I dial 5, where does the caller go just this once?" is not answered by "... in the future"
    if _INSIDE.search(q.form) and not _HOLDS.search(text.lower()):
        return False  # "what was inside Mary's barrel?" is not answered by "Mary rolls the barrel"
    if _WRITTEN_IN.search(q.form) and not _SAYS_CONTENT.search(text.lower()):
        return False  # "what was written in the ledger Bobby ripped?" is not answered by "Bobby ripped the ledger"
    if _TO_BE_CALLED.search(q.form) and not _NAMING.search(text.lower()):
        return False  # "what's the new vehicle I design going to be called?" is not answered by "... design a new vehicle
        # using the Viper body" (a name to be given is said with "call" or "name")
    if q.choice and not _says_an_option(q.choice, text):
        return False  # "was the frog a green one or a brown one?" is not answered by "That frog jumped through the weeds"
    if _ASKS_COLOUR.search(q.form) and not (mentions_kind("color", text) or _SHADE.search(text.lower())):
        return False  # "what colour was the barrel Mary rolled?" is not answered by "Mary rolled the barrel"
    if _colours_of_others(q, text):
        return False  # "what colour is the sheet that gets glued?" is not answered by "Glue the sheet to the dark blue
        # background." (blue is the background's)
    if q.wants_year and not _YEAR.search(text.lower()):
        return False  # "what year did the game come out?" is not answered by "four games to go"
    if q.wants_date and not (has_number(text) or _DATE.search(text.lower())):
        return False  # "when did the Collapse happen?" is not answered by "... from before the collapse"
    if _ASKS_CLOCK.search(q.form) and not q.when and not _CLOCK_TIME.search(text.lower()):  # (asked as a date or not:
        # "what hours ...?"; "at what time does he get to ten?" asks when in the video)
        return False  # "what time does the company open?" is not answered by "... thank you for calling ..., press 1"
    if _DESTINATION.match(q.form) and not _DESTINATION_SAID.search(text):
        return False  # "where was the birch canoe headed?" is not answered by "The birch canoe slid on the smooth planks."
    if q.wants_place and not (_says_place(q, text) or (q.topic and _placed_name(q, text))):
        # "where was this recorded?" is not answered by "this is the sick corpus, hopefully the recording levels are OK",
        # nor, naming nothing it asks about, by a name alone ("Montreal 4th Llaner.", the aligner misheard),
        # nor "where is the machine that runs the echo test?" by "... between you and THE MACHINE that is running ..."
        return False
    if q.wants_reason and not (_GIVES_CAUSE.search(text) or (q.negated and _OCCUPIED.search(text))
                               or gives_purpose(q, text)
                               or _says_what_makes_it(q, text) or _advice_of(q, text)):
        return False  # "why did he complain about the wizard?" is not answered by "he began a confused complaint"
    if (m := _WHERE_TO.search(q.form)) and not _says_where_to(m, text):
        return False  # "what is she about to connect me TO?" is not answered by "while I attempt to make the connection"
    if re.match(r"\W*whose\b", q.form) and not (_POSSESSOR.search(text) or _new_name(q, text) or _owned_of(q, text)):
        return False  # "whose household is it?" is not answered by "all representatives of the household ..."
    if _WHO_ARE_THE.match(q.form) and not (_other_name(q, text) or mentions_kind("person", _without(q, text))):
        return False  # "who are the people Mr Dashwood is thinking of doing something for?" is not answered by "... in
        # his power to do for THEM" (nor by his own name)
    if _WHO_DID.match(q.form) and not (_new_name(q, text) or _SOMEONE_SAID.search(text)
                                               or mentions_kind("person", _without(q, text))
                                               or mentions_kind("animal", _without(q, text))):
        # "who founded Super Awesome Company?" is not answered by "... to establish a sales partnership" (but "who
        # has read a lot of books?" is, by "the red fox has read many books": a story's who may be an animal)
        return False
    # "vanish" says "disappear"; the synonyms of an irregular form count for its verb ("tore": "rip" says "tear")
    alternatives = dict(q.synonyms).get(q.predicate) or next(
        (alts for s, alts in q.synonyms if stem(base_form(s)) == q.predicate), ())
    # (what did not happen answers what should have: "who should he have married?" -> "had he married a more amiable
    # woman")
    if (q.predicate and not says_verb(q.predicate, text, asserted=not _UNREAL_ASKED.search(q.form),
                                      alternatives=alternatives)
            and not _advice_of(q, text)
            and not (names_object_of(q.predicate, text) and not q.wants_place)  # "where was the truck driving?": not the truck
            and not (q.predicate in (_FAILS, _WORKS) and FAILURE.search(text.lower()))  # "did it work?": "unable to"
            and not (q.predicate in LAUGH_STEMS and LAUGHTER.search(text))
            and not (q.predicate in _NEEDS and _OBLIGED.search(text.lower()))):
        return False  # "what did Mary eat?" is not answered by "Mary rolled the barrel"
    if _object_only_referred(q, text):
        return False  # "what was Josh supposed to finish?" is not answered by "Finish it, he just decided to fail it"
    if not does_what_asked(q, text):
        return False  # "which key do I press to get through to an operator?" is not answered by "... by pressing the
        # pound key" (to end a test)
    if _ASKS_CODE.search(q.form) and not (has_number(text) or _CODE.search(text)):
        return False  # "what error code did the connection fail with?" is not answered by "I was unable to connect"
    titled = _titled(q, text)
    if q.head and not names(q.head, text) and not titled and not (q.category and q.category[0] == q.head
                                                    and mentions_kind(q.category[1], text)):
        return False  # "what is the voicemail password?" is not answered by "... send this caller to voicemail"
    if not _names_which(q, text):
        return False  # "which new ventures failed?" is not answered by "most new ventures fail"
    if _only_named(q, text):
        return False  # "what is the first mission?" is not answered by "you are ready for your first mission"
    if named_elsewhere(q, text):
        return False  # "which city in Texas ...?" is not answered by "... in Texas, originally from Chicago"
    if q.name_part:  # "what is Sheila's last name?": a name after hers ("Sheila Smith"), not "I'm Sheila"
        asked = [a for a in re.findall(r"\b[A-Z][a-z]+", q.text)[1:] if not _TITLE.fullmatch(a)] or [r"[A-Z][a-z]+"]
        if _FIRST_NAME.search(q.form):  # "what's Mr Dashwood's first name?": a name before his ("Mr. John Dashwood")
            return any(re.search(rf"\b(?!{_TITLE.pattern}\b)[A-Z][a-z]+\s+{a}\b", text) for a in asked)
        return any(re.search(rf"\b{a}\s+[A-Z][a-z]+", text) for a in asked)
    if _WHO_BY_NAME.match(q.form) and not _new_names(q, text):
        return False  # "who is the operator calling CQ, by name?" is not answered by his call sign, "this is KA9Q"
    if _ASKS_NAME.search(q.form) and q.topic:
        # "what is the name of the base?": a name must be said, a capitalised word the question lacks
        # that does not merely start a sentence ("Position the square at your base" gives none); a person's name
        # is no place ("What's the name of the man who keeps laughing?" is not answered by "Ha ha ha, Montreal.")
        named = _new_names(q, text)
        if titled:  # "what's the title of the book?": "... his book, capital in the 21st century," (Whisper wrote it
            return True  # in lower case)
        # nor a name said after an article ("This is THE Acoustic Corpus.")
        if _PERSONS_NAME.search(q.form):
            return any(not is_kind_of(n, "location") and not _named_with_article(n, text) for n in named)
        return bool(named)
    return True


def _says_an_option(choice: tuple[tuple[str, ...], tuple[str, ...]], text: str) -> bool:
    """Whether ``text`` says one of two options that are qualities ("green or brown", "big or small"); True for other
    options, which an answer may say in other words ("just this once, or for good?": "now and forevermore")."""
    if not all(len(option) == 1 and is_adjective(option[0]) for option in choice):
        return True
    said = {stem(w) for w in words(text)}
    return any(stem(option[0]) in said for option in choice)


# "What error code ...?", "which area code ...?": a code is digits said, or said to be a code
# "Which key do I press to get through to an operator?", "what do I dial for accounting?": a key asked for what it
# does, which the answer must say (a word of it beyond the menu's own words)
_ASKER = r"(?:do|should|can|could|would|must|shall)\s+(?:i|you|we|they|he|she)\s+"
_KEY_FOR = re.compile(rf"^\W*(?:what|which)\s+(?:(?:key|button|number|digit|option)s?\s+{_ASKER}(?:press|dial|push|hit|"
                      rf"choose|select|enter|use)|{_ASKER}(?:press|dial|push|hit))\b[^?]*?\b(?:to|for|if)\s+([^?]+)")


def does_what_asked(q: Question, text: str) -> bool:
    """Whether ``text`` says what the key a question asks for does (a word of it), when the question says that."""
    asked = _KEY_FOR.match(q.form)
    if asked is None:
        return True
    purpose = content_stems(asked.group(1)) - MENU_WORDS
    said = content_stems(text)
    # what the key does, said by its own verb ("to LISTEN to my new messages" is not "to record your messages")
    verb = words(asked.group(1))[:1]
    # (a phrasal verb says what it does with its particle, which the menu may say in another word: "to SET UP a sales
    # partnership" is "to establish a sales partnership")
    phrasal = words(asked.group(1))[1:2] in (["up"], ["through"], ["back"], ["out"], ["in"], ["off"], ["over"], ["down"])
    if verb and not phrasal and is_verb(verb[0]) and (done := stem(base_form(verb[0]))) not in MENU_WORDS:
        if done in said or misheard(done, said) or done in {stem(base_form(w)) for w in words(text)}:
            return True
        # or by a synonym either way ("to HEAR the next message" is "to LISTEN the next message")
        alike = {stem(w) for w in synonyms(verb[0])} | {stem(w) for w in synonyms(base_form(verb[0]))}
        return bool(alike & said) or any(done in {stem(x) for x in synonyms(base_form(w))} for w in words(text))
    # ("... for the letter Q?": a letter is said as a word of its own, which content words leave out)
    letters = {w for w in words(asked.group(1)) if len(w) == 1}
    return (not purpose or any(w in said or misheard(w, said) for w in purpose)
            or any(re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE) for w in letters))


_ASKS_CODE = re.compile(r"^\W*(?:what|which)\b[^?]*?\bcodes?\b")
_CODE = re.compile(r"\bcodes?\b", re.IGNORECASE)


# "Who are the people ...?", "who is the person ...?": someone named or described, not "them"
_WHO_ARE_THE = re.compile(r"^\W*who(?: are| were| is| was|'s|\u2019s) the (?:people|persons?|ones?|folks?|men|women|man|"
                          r"woman|guys?)\b")
_NAME_RUN = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def _other_name(q: Question, text: str) -> bool:
    """Whether ``text`` names someone the question does not, mid-sentence ("Mr. John Dashwood" is the question's Mr
    Dashwood, whatever else it adds)."""
    own = {w.lower() for w in re.findall(r"[A-Za-z]+", q.text)}
    return any(m.start() > 0 and text[m.start() - 2:m.start()].strip() not in (".", "!", "?")
               and not any(w.lower().rstrip(".") in own for w in m.group().split()) for m in _NAME_RUN.finditer(text))


# "Who founded ...?", "who is going to answer?": someone must be said (a name, a person, "I", "she" ...), as
# against "who is Sheila?", "who is she talking to?" (answered by what is said of her, or asked about a name)
_WHO_DID = re.compile(r"^\W*who\s+(?!is\b|was\b|are\b|were\b|'s\b)(?:\w+ed|\w+s|did|does|will|would|can|could|"
                      r"has|had|\w+s? to)\b")
_SOMEONE_SAID = re.compile(r"\b(?:i|i'm|i've|i'll|we|we're|we'll|he|he's|she|she's|they|they're|they'll|someone|"
                           r"somebody|everyone|everybody|nobody|no one)\b", re.IGNORECASE)


# "Why should I eat carrots?": what is good about them answers it ("Carrots are good source of vitamins"), eating unsaid
_WHY_ADVICE = re.compile(r"^\W*why (?:should|must|would|do|does) (?:i|we|you|one|people|anyone|everyone) \w+ \w+")


def _advice_of(q: Question, text: str) -> bool:
    """Whether ``text`` answers a why-should-I question by what it says of the thing asked about: every word
    asked but the verb, and a cause or a judgment ("good source of", "healthy")."""
    if not (q.wants_reason and _WHY_ADVICE.match(q.form)):
        return False
    rest = q.topic - {q.predicate}
    return bool(rest) and rest <= content_stems(text) and bool(_GIVES_CAUSE.search(text) or _GOOD_FOR.search(text))


_GOOD_FOR = re.compile(r"\b(?:good|great|healthy|best|better|important|useful|helps?|rich in|source of)\b", re.IGNORECASE)


def _object_only_referred(q: Question, text: str) -> bool:
    """Whether "what ... VERB?" asks what the verb is done to and ``text`` says the verb only with "it",
    "this", "that" or "them" after it (what they stand for was said elsewhere, or never), or with nothing
    after it ("... until I finish WRITING, but ...": what is written is not said)."""
    asked = words(q.text)
    if not asked or asked[0] != "what":
        return False
    # the verb asked: the question's own, said at its end or before a clause that places it ("what is the man actually
    # writing while they talk?"), or the "-ing" of "what is ... doing?" where a relative clause hides it ("what is the
    # man who asks about ticking actually writing?"; not "what time does it open in the MORNING?")
    progressive = len(asked) > 2 and asked[1] in ("is", "are", "was", "were") and asked[-1].endswith("ing")
    verb = q.predicate or (stem(base_form(asked[-1])) if progressive else None)
    ends = [k for k, w in enumerate(asked) if stem(base_form(w)) == verb]
    if verb is None or not ends or not (ends[-1] == len(asked) - 1 or asked[ends[-1] + 1] in _PLACING):
        return False
    said = re.findall(r"[a-z0-9']+|[.,;:!?]", text.lower())
    at = [k for k, w in enumerate(said) if w[0].isalnum() and stem(base_form(w)) == verb]
    # ("checking THAT OF the transcriptions": "that" standing for a noun said after it, no pronoun)
    return bool(at) and all(k + 1 == len(said) or said[k + 1] in _REFERRING and said[k + 2:k + 3] != ["of"]
                            or said[k + 1] in _NO_OBJECT for k in at)


_REFERRING = frozenset("it this that them these those".split())
_PLACING = frozenset("while when as during in at".split())  # a clause or phrase after the verb that only places it
_NO_OBJECT = frozenset(". , ; : ! ? but so then until because when while".split())  # the clause ends on the verb


def _without(q: Question, text: str) -> str:
    """``text`` without the words the question says (a person it names is no answer to who)."""
    return " ".join(w for w in re.findall(r"[A-Za-z']+", text) if stem(w.lower()) not in q.stems)


def _all_of(noun: str | None, text: str) -> bool:
    """"Every single team", "all of the teams", "each team": every one of the thing counted, said without a number."""
    return noun is not None and any(stem(m.group(1)) == noun for m in _ALL_OF.finditer(text.lower()))


def _counts(noun: str, text: str) -> bool:
    """A number right before the thing counted: "twenty teams", "3 new units", "four of the games"."""
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    for k, t in enumerate(tokens):
        if t in ("one", "1") and tokens[k + 1:k + 2] == ["of"]:
            continue  # "select one of your trucks" picks one, it does not count them
        if any(c.isdigit() for c in t) or t in _NUMBER_WORDS:
            if any(stem(w) == noun for w in tokens[k + 1:k + 4]):
                return True
    return False


def _new_name(q: Question, text: str) -> bool:
    """Whether ``text`` says a name the question does not ("Chicago"; not "Super Awesome Company"
    asked "where is Super Awesome Company's head office?", nor "America" asked about "his fellow Americans")."""
    return bool(_new_names(q, text))


def _new_names(q: Question, text: str) -> list[str]:
    """The names ``text`` says that the question does not (lowercase), in order."""
    from vidsense.spelled import spelled  # (spelled reads said_order, which reads this module)

    own = {w.lower() for w in re.findall(r"[A-Za-z]+", q.text)}
    thanked = [n for n in _THANKED.findall(text.strip()) if n.lower() not in STOPWORDS | _OPENERS]
    # (nor a code word of a run that spells something: "papa, Lima X-ray testing." names no Lima)
    spelling = [(run.at, run.end) for run in spelled(text.strip())]
    said = thanked + [m.group(0) for m in _PROPER.finditer(_HAILED.sub(" ", text.strip()))
                      if not any(a <= m.start() < b for a, b in spelling)]
    return [w for w in (n.lower() for n in said)
            if not any(o.startswith(w) or w.startswith(o) for o in own if min(len(o), len(w)) >= _NAME_ROOT)
            and w not in own and w not in STOPWORDS]  # (nor a function word Whisper capitalised mid-sentence: "... was
    # that The need for people to back up their data")


def _placed_name(q: Question, text: str) -> bool:
    """Whether ``text`` names a place the question does not: a name WordNet knows as a location, or one said after a
    preposition of place ("Sandra Humphreys in South Sea"; not "Simon speaking, and the main holder of Linfo" for
    "where is Simon calling from?")."""
    for name in _new_names(q, text):
        if is_kind_of(name, "location") or re.search(rf"\b(?:in|from|at|near|outside|around|to|into|out of|across)\s+"
                                                     rf"(?:the\s+)?(?:[A-Z][a-z]+\s+)?{re.escape(name)}\b", text,
                                                     re.IGNORECASE):
            return True
    return False


_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mister|Dr|Doctor|Sir|Lady|Lord|Madam|Madame|Miss)")
_FIRST_NAME = re.compile(r"\b(?:first|given|christian) name\b|\bforename\b")
# "What's the name of the man who keeps laughing?", "what's her name?": a person's name, which a place is not
_PERSONS_NAME = re.compile(r"\bname of (?:the|this|that) (?:\w+ )?(?:man|woman|guy|lady|speaker|host|reader|narrator|"
                           r"caller|person|boy|girl|presenter)\b|\b(?:his|her) (?:first |last |full )?name\b")


def _named_with_article(name: str, text: str) -> bool:
    """Whether the name ``name`` (lowercase) is said in ``text`` after an article, as a thing's name is and a
    person's is not ("the Acoustic Corpus", "the Digium Demonstration Asterisk server")."""
    return re.search(rf"\b(?i:the|a|an)\s+(?:[A-Z][\w'-]*\s+)*(?i:{re.escape(name)})\b", text) is not None


_NAME_ROOT = 5  # letters from which a name is a form of a question's word ("America", "Americans")


_ARTICLES = frozenset("the a an".split())
_NAMED_KIND_STEMS = frozenset(stem(w) for w in NAMED_KINDS)
_LAND_STEMS = frozenset(stem(w) for w in "country countries nation nations state states province provinces".split())
# the words before a noun that say all of them: "EVERY SINGLE team", "ALL THE teams"
_QUANTIFIED = re.compile(r"\b(?:every|each|all|any)(?: single| one of the| of the| the| of)?$")
_VAGUE = re.compile(r"\b(?:many|some|several|few|numerous|various|countless|more|lots of|a lot of|plenty of|loads of|"
                    r"tons of)(?: other| more| different)?$")


_JUDGING = frozenset("""good great bad nice fine best better worse worst amazing awesome excellent terrible awful
strong weak solid decent top elite very really pretty quite so""".split())


def _names_which(q: Question, text: str) -> bool:
    """A "which X ...?" answered by a sentence that says X must say which one: a word of its own
    before X ("the MACHINEGUN artifact"; for "what kind of X", right before it), a number, a name,
    or a member of X ("queen of clubs") — not X alone ("most new ventures fail")."""
    if q.which is None:
        return True
    asked = q.which
    raw = words(text)
    at = [i for i, w in enumerate(raw) if stem(w) == asked]
    if at and all(_QUANTIFIED.search(" ".join(raw[max(0, i - 3):i])) for i in at):
        return False  # "which team will win?" is not answered by "we'll tackle EVERY SINGLE team in the league"
    if (at and all(_VAGUE.search(" ".join(raw[max(0, i - 3):i])) for i in at) and not has_number(text)
            and not _new_name(q, re.split(rf"\b{re.escape(raw[at[-1]])}\b", text, flags=re.IGNORECASE)[-1])):
        # "which books has the fox read?" is not answered by "The Red Fox has read MANY books" (unless it goes on to
        # name them)
        return False
    if not at and asked in _LAND_STEMS and not _placed_name(q, text):
        # "which countries would refuse the tax?" is not answered by "Thomas Piketty in his book, Capital ..., argues for a
        # 4% global wealth tax" (a name, but no land's)
        return bool((members := category_of(asked)) and mentions_member(members, text))
    if not at and asked in _NAMED_KIND_STEMS and not _new_name(q, text):
        # "at which university does she teach?" is not answered by "I teach entrepreneurship": one must be named
        # ("Montreal." for "which city?", a kind of city to WordNet though it starts the sentence)
        return bool(((members := category_of(asked)) and mentions_member(members, text))
                    or (q.category and q.category[0] == asked and mentions_kind(q.category[1], text)))
    if not at or has_number(text) or _new_name(q, text):
        return True
    if asked in _WORD_STEMS:  # a word of its own: "Apparently" for "which word does she call the operative word?"
        return bool({stem(w) for w in content_words(text)} - q.stems)
    if q.kind_of:  # "what kind of connection?": "an Inter-Asterisk exchange connection", not "make the connection";
        # "what kind of test?": "a test of the echo" too (as a translation says "un test dell'eco")
        return any((i > 0 and raw[i - 1] not in STOPWORDS and stem(raw[i - 1]) not in q.stems)
                   or (raw[i + 1:i + 2] == ["of"] and (after := [w for w in raw[i + 2:i + 4] if w not in _ARTICLES])
                       and after[0] not in STOPWORDS and stem(after[0]) not in q.stems) for i in at)
    if (members := category_of(asked)) and mentions_member(members, text):
        return True
    if q.category and q.category[0] == asked and not listed_only(asked) and mentions_kind(q.category[1], text):
        return True
    # a word of its own before X ("the MACHINEGUN artifact"), or right after it ("the commands DIAL, answer and hangup"),
    # that is no mere judgement ("which team are they talking about?" is not answered by "very GOOD team though")
    # (the word right before it, past an article: not "made clear TO lab users" for "which lab ...?")
    # (right after it, not a plural noun that X only qualifies: "the command DIAL, answer and hang up" names them, "lab
    # USERS" names no lab for "which lab do they work in?"; but "which sample files ...?" asks for a compound itself:
    # "sample SOUNDS")
    asked_words = words(q.text)
    compound = any(stem(w) == asked and k + 1 < len(asked_words) and _plural_noun(asked_words[k + 1])
                   for k, w in enumerate(asked_words))
    return any(w not in STOPWORDS and w not in _JUDGING and stem(w) not in q.stems
               for i in at for w in _word_before(raw, i) + [a for a in raw[i + 1:i + 2] if compound or not _plural_noun(a)])


def _plural_noun(word: str) -> bool:
    """Whether ``word`` is a noun's plural ("users"), by WordNet."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and depth(word[:-1]) >= 0


def _word_before(raw: list[str], i: int) -> list[str]:
    """The word before ``raw[i]``, past an article or a possessive ("the MACHINEGUN artifact", "our PHYSICS lab")."""
    k = i - 1
    while k >= 0 and raw[k] in _DETERMINERS:
        k -= 1
    return raw[k:k + 1] if k >= 0 else []


# "What is the first mission?", "what's the next step?": a thing named by its place in an order
_ORDINAL_THING = re.compile(r"^\W*(?:so |and )?what(?:'s| is| was| will be) (the|my|your|our|his|her|their) "
                            r"(first|second|third|next|last|final) ([a-z]+)(?: (?:going to|gonna|supposed to|meant to) be)?"
                            r"(?: about| like| for)?\W*$")  # ("what is my first mission going to be (about)?")


def _only_named(q: Question, text: str) -> bool:
    """Whether a "what is the first X?" is met by a sentence that only names "the first X" (as "you are ready for your
    first mission" does), saying nothing of what it is: no "is", "was", "will be" or colon after it; or, asked of the
    asker's own ("my first mission"), by one that does not say "first" at all."""
    asked = _ORDINAL_THING.match(q.form)
    if asked is None:
        return False
    whose, order, thing = asked.groups()
    if whose in ("my", "your", "our") and not re.search(rf"\b{order}\b", text, re.IGNORECASE):
        return True  # ("what is MY first mission?": "during missions you need to ..." says nothing of the first one;
        # "what's THE first card?" asks which one is said first)
    named = list(re.finditer(rf"\b{order} {thing}(?:s|es)?\b", text, re.IGNORECASE))
    return bool(named) and not any(re.match(r"\s*(?::|,? (?:is|was|will be|are|were|involves|means)\b)", text[m.end():])
                                   for m in named)


_WHICH_IN = re.compile(r"\b(?:which|what) (\w+) (?:in|of) (?:the )?([a-z]+)(?: ([a-z]+))?")
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def names_said(text: str) -> list[str]:
    """The names ``text`` says, in order, each as said and by its first word ("New Jersey", "New")."""
    return list(dict.fromkeys(n for m in _NAME.finditer(text) for n in (m.group(0), m.group(0).split()[0])))


def named_elsewhere(q: Question, text: str) -> bool:
    """Whether "which X in PLACE ...?" is met only by an X that WordNet puts elsewhere ("which city in
    Texas?": Chicago lies in Illinois); an X WordNet tells nothing about is given the benefit of the doubt."""
    asked = _WHICH_IN.search(q.form)
    if asked is None:
        return False
    kind, first, second = asked.groups()
    places = [f"{first}_{second}", first] if second else [first]
    where = []
    for name in names_said(text):
        key = name.lower().replace(" ", "_")
        if key in places or not is_kind_of(key, kind):
            continue
        found = [located_in(key, place) for place in places]
        where.append(True if True in found else None if all(f is None for f in found) else False)
    return bool(where) and all(w is False for w in where)


def names(head: str, text: str) -> bool:
    """Whether ``text`` names the thing asked about: its stem, a category member, or a sound-alike."""
    said = content_words(text)
    if head in {stem(w) for w in said}:
        return True
    if (members := category_of(head)) and mentions_member(members, text):
        return True
    if head in KEY_HEADS and _KEY_NAMED.search(text):
        return True  # "which KEY do I press for Z?": "for the letter Z, press on 9" ("... appuyer sur 7") names one
    # (a key said in words, "press two", is a member of the "key" category above)
    if head in _WEB_HEADS and URL.search(text):
        return True  # "which website ...?": "visit www.Asterisk.org" names one

    return sounds_like(head, {sound_key(w) for w in said})


_UNREAL_ASKED = re.compile(r"\b(?:should|would|could|might|ought to)(?: not|n't)? (?:\w+ )?have\b")


def says_verb(verb_stem: str, text: str, asserted: bool = False, alternatives=()) -> bool:
    """Whether ``text`` says the verb: by its stem, an irregular form ("went" for "go"), a synonym
    among ``alternatives`` (stems: "vanish" for "disappear"), or a word that sounds like it (a
    recognition slip). ``asserted``: not only as something that did not happen ("had he married a
    more amiable woman" does not say whom he married)."""
    said = words(text)
    if asserted:
        low = text.lower().replace("\u2019", "'")
        said = [m.group(0) for m in re.finditer(r"[a-z0-9']+", low) if not _UNREAL.search(low[:m.start()])]
    forms = {stem(w) for w in said} | {stem(base_form(w)) for w in said}
    if verb_stem in forms or forms & set(alternatives):
        return True
    # a sound-alike only for a verb of four sounds or more: "cost" (k-s-t) is one edit from "keypad"
    return len(sound_key(verb_stem)) >= 4 and sounds_like(verb_stem, {sound_key(w) for w in said})


_VALUES = {w: str(k) for k, w in enumerate(SMALL_NUMBERS)}
KEY_HEADS = frozenset(stem(w) for w in "key button digit".split())
_KEY_NAMED = re.compile(r"(?<![\d.,])\b\d\b(?![.,]?\d)|\b(?:star|pound|hash|asterisk)\b", re.IGNORECASE)  # a key's own name
_WEB_HEADS = frozenset(stem(w) for w in "website site web webpage url link".split())
URL = re.compile(r"\bwww\.|\bhttps?://|\w\.(?:com|org|net|io|gov|edu)\b|\bdot (?:com|org|net)\b", re.IGNORECASE)

# "What's wrong with the number I dialled?", "what went wrong?", "when did the connection FAIL?": a failure
# said answers them ("the number you have dialled is not in service", "the connection ... did not take place")
FAILURE = re.compile(r"\b(?:(?:is|are|was|were|has|have|had|did|does|do|could|can|will)(?: not|n't)(?: been)? "
                     r"(?:in service|working|work|available|possible|succeed\w*|carried out|take place|took place|"
                     r"go through|able|connect\w*|reach\w*|recogni[sz]ed|valid|found)|out of service|no longer|"
                     r"fail(?:s|ed|ing|ure)?|an error (?:has )?occurred|unable|unsuccessful|broken|impossible|"
                     r"invalid)\b")
_FAILS = stem("fail")
_WORKS = stem("work")
# "do I NEED anything set up for this to work?": "you MUST already be connected" says what is needed
_NEEDS = frozenset({stem("need"), stem("require")})
_OBLIGED = re.compile(r"\b(?:must|have to|has to|had to|got to|required|necessary|essential|mandatory)\b")
# a laugh as Whisper writes it ("Ha ha ha,", "hahaha", "(laughs)"): says "laugh"
# An instruction to the listener: "please hold", "you must already be connected", "make sure ..."
INSTRUCTION = re.compile(r"^\W*please\b|\bplease \w+|\byou (?:must|should|need to|have to|will need|'ll need|"
                         r"may need|will have to|'ll have to|may want to|might want to|ought to)\b|"
                         r"\b(?:make|be) sure\b|\bdon't forget\b|"
                         # a clause that tells what to do: "..., check the number and try again"
                         r"(?:^|[,;:.!]\s+|\band\s+)(?:check|verify|try|hang up|hold on|wait|stay|visit|call back|leave|"
                         r"remember|listen|keep)\b")
ALSO = re.compile(r"\b(?:also|as well)\b", re.IGNORECASE)  # adds to something said before
LAUGHTER = re.compile(r"\b(?:ha(?:[\s,.!-]+ha)+|(?:ha){2,}h?|(?:he){2,}|heh(?:[\s,.!-]+heh)+)\b|[\[(*]\s*laugh", re.IGNORECASE)
LAUGH_STEMS = frozenset({stem("laugh"), stem("laughter")})

# What a verb is done to, in WordNet's kinds: "what does he like to EAT?" is answered by "he likes the
# pickles" (a food) without the verb, "what is he WEARING?" by "a dark suit".
_OBJECT_KINDS = {stem("eat"): ("food", "fruit", "vegetable"), stem("drink"): ("beverage",),
                 stem("wear"): ("clothing", "headdress"), stem("drive"): ("vehicle",), stem("ride"): ("vehicle",)}


def names_object_of(verb_stem: str, text: str) -> bool:
    """Whether ``text`` names a kind of thing the verb is done to (``_OBJECT_KINDS``)."""
    return any(mentions_kind(kind, text) for kind in _OBJECT_KINDS.get(verb_stem, ()))


# "in the list of THREE cards, what suit is the eight?": how many were said together, not a number said
_GROUP_OF = re.compile(r"\b(?:list|set|group|series|string|row|run|bunch|trio|pair) of (?:two|three|four|five|six|[2-6])\b",
                       re.IGNORECASE)


def _numbers(text: str) -> set[str]:
    """The numbers said in ``text``, as digits ("press two" and "press 2" alike). "One" is left out:
    it is a pronoun as often ("which one", "one of your trucks")."""
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w.isdigit():
            out.add(str(int(w)))
        elif w in _VALUES and w != "one":
            out.add(_VALUES[w])
    return out


def asks_how_long(q: Question) -> bool:
    return bool(_HOW_LONG.match(q.form))


def says_how_long(text: str) -> bool:
    """Whether ``text`` says how long: a span of time or length ("two decades", "ten meters"), or a word for one
    ("forevermore", "a while")."""
    return bool(_DURATION.search(text.lower()) or _LENGTH.search(text.lower()))


def _longest_number(text: str) -> int:
    """The digits of the longest number said in ``text``, digits written together or number words in a row ("204",
    "two oh four": 3; "press 2 ..., press 3": 1)."""
    longest = run = 0
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        run = run + len(w) if w.isdigit() else run + 1 if w in SMALL_NUMBERS[:10] or w == "oh" else 0
        longest = max(longest, run)
    return longest


def digits_said(text: str) -> int:
    """How many digits ``text`` says, as digits or as words ("555 0199": 7; "eight hundred": 1)."""
    return sum(len(w) if w.isdigit() else w in SMALL_NUMBERS[:10] or w == "oh"
               for w in re.findall(r"[a-z0-9]+", text.lower()))


def has_number(text: str) -> bool:
    return any(any(c.isdigit() for c in w) or w in _NUMBER_WORDS for w in re.findall(r"[a-z0-9]+", text.lower()))


def sounds_like(word_stem: str, keys: set[str]) -> bool:
    k = sound_key(word_stem)
    return any(keys_sound_alike(k, o) for o in keys)
