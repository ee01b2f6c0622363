"""Answers from a phone menu said in the video: which key to press for what, what a key leads to,
when an option is said, and how many options there are.

The menu itself (which key leads where, however Whisper cut it into sentences) is read by
``vidsense.menu``; here a question is matched to one of its options: by the key it names ("what
happens if I press 1?"), by its place ("the third option"), or by the words the option says ("what
do I press to speak with a customer advocate?"), a WordNet synonym or a word misheard counting less
than the word itself.
"""

from __future__ import annotations

import re

from vidsense.answer import EVIDENCE, SYNONYM_CREDIT, Answer, said_text
from vidsense.answer_checks import does_what_asked
from vidsense.menu import MENU_WORDS, key_name, menus, option_stems
from vidsense.moments import Moment, MomentSet
from vidsense.questions import Question
from vidsense.text import content_stems, content_words, misheard

__all__ = ["menu_answer", "options_counted", "once_said", "FOR_GOOD", "NAMES_KEY", "MENU_WORDS", "ONCE_SAID"]

_ASKS_KEY = re.compile(r"\b(?:what|which)\b[^?]*\b(?:press|dial|push|hit|select|enter|choose)\b"
                       r"|\b(?:what|which) (?:number|key|button|digit|option)\b|^\W*how (?:do|can|would|should|could) (?:i|we|you)\b"
                       # "what if I want to speak with a customer advocate?"
                       r"|^\W*(?:and |so )?what if (?:i|we) (?:just |only |really )?(?:want|need|wish|would like|'d like)\b")
NAMES_KEY = re.compile(r"\b(?:press|dial|push|hit|select|choose|option|key|button|pressing|dialing|dialling|choosing|mark)\s+"
                        r"(?:number\s+|no\.?\s+|the\s+)?(\d|zero|one|two|three|four|five|six|seven|eight|nine|star|pound|hash|"
                        r"asterisk)\b")  # ("Mark No. 3": Whisper's English for "Marque el número 3")
_MENU_CONFIDENCE = 0.7


def menu_answer(q: Question, moments: MomentSet) -> Answer | None:
    """The option of a phone menu that a question asks the key of, or the option of the key it names,
    as said ("to speak with a customer advocate, press 2"), however Whisper cut the menu into
    sentences (vidsense.menu). None when no menu is said, or no option is asked about."""
    low = q.text.lower()
    if q.when and moments.menu and (nth := _NTH_OPTION.search(low) or NAMES_KEY.search(low)):
        return _option_reached(q, nth, moments)  # "at what point does she start explaining the third option?"
    if q.when or "extension" in low:  # "what's the extension for sales?" asks for no key
        return None
    named = NAMES_KEY.search(low)
    nth = None if named else _NTH_OPTION.search(low)
    if not named and not nth and not _ASKS_KEY.search(low):
        return None
    options = moments.menu
    if not options:
        return None
    if nth and not _ASKS_KEY.search(low):  # "with the very last option, what happens to the caller?"
        best = _nth_option(nth, moments)
        if best is not None and _JUST_ONCE.search(low) and FOR_GOOD.search(best.option) and not _JUST_ONCE.search(
                best.option):
            return None  # ("... this one time?" is not answered by "... in the future": the rules decide)
        return None if best is None else _option_answer(best)
    hits = [o for o in options if named and o.key == key_name(named.group(1))]
    # "if I press 1, what happens to the person calling?": what happens, asked of key 1 (of the one menu that has
    # one: "in the menu for recording my messages, what do I record if I press 2?" is told by its words)
    what = r"\W*(?:what|where|which|who|how)\b"
    if (named and re.match(what, _CONDITION.sub("", q.form)) and (len(hits) <= 1 or re.match(what, low))
            and not re.search(r"\b(?:what|which) (?:number|key|button|digit)\b", low)):
        best = hits[0] if hits else None
    else:
        alternatives = dict(q.synonyms)
        # words the video never says are the caller's own setting ("I just want a real person at the front
        # desk, an operator. What do I dial?"): the option is told by the words it can say
        in_video = moments.said_stems.union(*map(option_stems, options))
        wanted = {w for w in q.topic - MENU_WORDS if w in in_video or alternatives.get(w, frozenset()) & in_video
                  or (len(w) >= 5 and misheard(w, in_video))}
        if not wanted:
            return None

        def share(o) -> tuple[float, float]:
            """The share of the wanted words the option says, and the same with a synonym or a word
            spelled and sounding nearly alike ("tortured" for a translation's "Tortura") counting less than
            the word itself: "reach you directly" is option 1, "come straight through" (a synonym) option 5."""
            said = option_stems(o)
            exact = sum(1 for w in wanted if w in said)
            near = sum(1 for w in wanted if w not in said and (alternatives.get(w, frozenset()) & said
                                                            or (len(w) >= 5 and misheard(w, said))))
            return (exact + near) / len(wanted), (exact + SYNONYM_CREDIT * near) / len(wanted)

        shares = [share(o) for o in options]
        enough = 1.0 if len(wanted) == 1 else 0.5
        fits = [(weighted, o) for o, (said, weighted) in zip(options, shares) if said >= enough]
        top = max((weighted for weighted, _ in fits), default=None)
        best = next((o for weighted, o in fits if weighted == top), None)
        if best is not None and len({o.key for weighted, o in fits if weighted == top}) > 1:
            best = None  # two keys fit as well: the rules decide
        elif (best is not None and top < 1.0
              and any(wanted <= content_stems(m.text) for m in moments.spoken.values())):
            best = None  # a sentence says every word asked ("the previous message") where no option does:
            # the option of that sentence is one the menu did not read ("... in number 4"): the rules decide
    if best is None or (_JUST_ONCE.search(low) and FOR_GOOD.search(best.option) and not _JUST_ONCE.search(best.option)):
        return None  # ("if I dial 5, where does the caller go just this once?" is not answered by "... in the future")
    if not does_what_asked(q, best.text):
        return None  # "which number do I press to LISTEN to my new messages?" is not "1 to record your messages"
    return _option_answer(best)


def _option_answer(option) -> Answer:
    """A menu option as the answer, quoted as said ("Dial 3. To send this color to the torture menus ...")."""
    m = Moment(option.start, option.end, "transcript", option.text)
    return Answer(option.text[0].upper() + option.text[1:], option.start, option.end, _MENU_CONFIDENCE, True, [m])


_NTH_OPTION = re.compile(r"\b(first|second|third|fourth|fifth|sixth|last|final) (?:option|choice)\b")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


def _option_reached(q: Question, asked: re.Match, moments: MomentSet) -> Answer | None:
    """When a menu's option is said: "the third option" (see _nth_option), "option 3" / "press 3" (the option of
    key 3). None when the menu does not say it, or two menus leave it open."""
    if asked.re is _NTH_OPTION:
        best = _nth_option(asked, moments)
    else:
        best = next((o for o in moments.menu if o.key == key_name(asked.group(1))), None)
    if best is None:
        return None
    m = Moment(best.start, best.end, "transcript", best.text)
    return Answer(said_text(q, m), best.start, best.end, _MENU_CONFIDENCE, True, [m])


def _nth_option(asked: re.Match, moments: MomentSet):
    """"The third option": the third said of the only menu ("the last": its last); None with two menus or fewer
    options."""
    groups = menus(moments.menu)
    if len(groups) != 1:
        return None
    word = asked.group(1)
    k = -1 if word in ("last", "final") else _ORDINALS.index(word)
    return groups[0][k] if -len(groups[0]) <= k < len(groups[0]) else None


_JUST_ONCE = re.compile(r"\b(?:just|only) (?:this )?once\b|\bthis (?:one )?time\b|\bone time\b", re.IGNORECASE)
FOR_GOOD = re.compile(r"\b(?:future|forever\w*|always|from now on|for good|permanently)\b", re.IGNORECASE)
_CONDITION = re.compile(r"^\W*(?:if|when|once|after)\b[^,?]*,\s*")
_HOW_MANY_OPTIONS = re.compile(r"^\W*how many (?:different |separate |numbered |main )?(?:menu )?(?:options|choices|selections)\b")


# "But just these ones, send them to voicemail." (Whisper's "just this once"): the one-time choice, unlike the future
ONCE_SAID = re.compile(r"\b(?:just|only) (?:this once|these ones|this one time|this time|once)\b|\bjust for now\b",
                        re.IGNORECASE)


def once_said(q: Question, moments: MomentSet) -> Answer | None:
    """"But what happens to them just this once?", asked with no other word: the one sentence that says what is done
    just this once ("But just these ones, send them to voicemail."); None for another question, or when not one
    sentence says it."""
    if q.topic - MENU_WORDS or not _JUST_ONCE.search(q.text):  # ("with the last OPTION, ...": the menu's own word)
        return None
    said = [m for m in moments.spoken.values()
            if ONCE_SAID.search(m.text) and content_words(ONCE_SAID.sub(" ", m.text))]  # (and what is done then)
    if len(said) != 1:
        return None
    m = said[0]
    return Answer(m.text.strip(), m.start, m.end, _MENU_CONFIDENCE, True, [m])


def options_counted(q: Question, moments: MomentSet) -> Answer | None:
    """"How many options does the menu give?": the options of the longest phone menu said, counted;
    None for other questions, or where no menu of two options or more is said."""
    if not _HOW_MANY_OPTIONS.match(q.form) or not moments.menu:
        return None
    menu = max(menus(moments.menu), key=len)
    if len(menu) < 2:
        return None
    said = [Moment(o.start, o.end, "transcript", o.text) for o in menu]
    return Answer(f"{len(menu)} options (keys {', '.join(o.key for o in menu)}), from \u201c{menu[0].text}\u201d "
                  f"to \u201c{menu[-1].text}\u201d", menu[0].start, menu[-1].end, _MENU_CONFIDENCE, True, said[:EVIDENCE])
