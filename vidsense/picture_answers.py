"""Answers from the picture and the sound: what is shown, what is written on screen, who is seen, what is heard.

The picture is known by its frame labels (ImageNet classes and their groups, plus "person" where a
face is seen: ``worker.understand``), the things the object detector saw and their colours
(``models.objects``), the text read on screen (``models.ocr``) and the retrieval embeddings; the sound by
its descriptors (speech, music, noise, silence). A question these cannot answer (the colour of a thing the
detector does not know, what someone wears, how many things there are, a song's name) is declined with the
reason, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from models.faces import PERSON_LABEL
from models.hands import HAND_LABEL
from models.objects import COCO_NAMES
from vidsense.answer import EVIDENCE, LEXICAL_FOUND, NOT_FOUND, Answer, confidence, overlap, pick, span
from vidsense.moments import Moment, MomentSet, moment_labels, screen_lines
from vidsense.questions import MOVES_IN_LEAD_IN, TYPED, Question
from vidsense.text import content_stems, stem

__all__ = ["visual_answer", "audio_answer", "thing_answer", "PEOPLE_STEMS", "VISUAL_FOUND"]

VISUAL_FOUND = 0.35  # a stretch of picture this close to the question answers it though no label word matches
_SCREEN_LINES = 4  # lines of text read on screen an answer quotes
_SAME_SCREEN_GAP_S = 2.0  # text read this soon after other text is on the same screen; there, a line that starts
# with a shorter one read just before was typed into ...
_TYPED_MIN_CHARS = 2  # ... when it has grown by this many characters

# The stems an audio question may ask about: the sound descriptors know only these.
_SOUND_WORDS = frozenset(stem(w) for w in "music noise silence silent quiet sound loud hear heard audio background "
                                           "play playing".split())
_SOUNDS_ASKED = frozenset(stem(w) for w in "music noise silence silent quiet".split())
# "Who is on screen?", "who's on the webcam at the start?": whether and when a face is seen answers it
_WHO_IS_SEEN = re.compile(r"^\W*who(?:'s| is| was| are| were)\s+(?:on|in|shown|seen|visible|there|at)\b")
# "What reaches into the picture?", "what comes into view in front of the tree?", "who appears ...?"
_ENTERS = re.compile(r"^\W*(?:what|who)(?:'s| is| was)?\s+(?:that\s+|this\s+)?(?:reach\w*|comes?|came|coming|enter\w*|appear\w*|"
                     r"pops? (?:up|in|into)|popped (?:up|in|into)|mov\w* in|sticks? in|shows? up|showed up)\b")
_ARRIVALS = (HAND_LABEL, PERSON_LABEL)  # what the detectors see arrive
_WHICH_PLACE = re.compile(r"^\W*(?:which|what) (?:city|town|country|state|village|county|province)\b")
_PICTURE_STEMS = frozenset(stem(w) for w in "screen webcam camera video picture shot scene frame footage "
                                             "image clip screencast screenshot screengrab".split())
# "What does the big heading at the top of the screen say?": words of writing, place and size, which the
# screen's text and the picture's labels need not hold; any other ("the sign on the CAR") says where to read
_WRITING_STEMS = frozenset(stem(w) for w in """
title heading headline caption subtitle sign signboard banner slide logo label poster text writing written board
plate lettering letters word words say says read reads top bottom left right upper lower corner middle centre center
big bigger biggest large larger small smaller little main front back side""".split()) | _PICTURE_STEMS
# Where on a computer's screen text is ("the heading above the TERMINAL window", "the title of the web PAGE"):
# places the frame labels seldom name, where the text read on screen answers anyway (said as less sure)
_SCREEN_PLACES = frozenset(stem(w) for w in """
computer computers monitor monitors display displays terminal terminals console window windows desktop laptop
browser page pages website site app application program tab editor prompt command shell presentation""".split())
PEOPLE_STEMS = frozenset(stem(w) for w in "person persons people man men woman women guy guys lady ladies boy boys "
                                            "girl girls child children kid kids someone somebody anyone anybody human "
                                            "humans face faces crowd".split())


def visual_answer(q: Question, moments: MomentSet, sem, lex, score, near=None) -> Answer:
    shown = moments.of("visual")
    if not shown:
        return Answer(NOT_FOUND + " It has no picture.", None, None, 0.05, False)
    if _WHICH_PLACE.match(q.form):  # "which city is the podcast recorded in?": a label says "city", never which
        return Answer(NOT_FOUND + " Places are not named from the picture.", None, None, 0.05, False)
    if q.wants_name and not _WHO_IS_SEEN.match(q.form):  # frame labels name classes, never people
        return Answer(NOT_FOUND + " Names cannot be read from the picture.", None, None, 0.05, False)
    if q.reads and q.about_people and TYPED.search(q.form):  # "what does the guy type into the terminal?": the screen
        return _screen_answer(q, moments, lex, score, near)
    if (q.about_people or q.wants_name) and not q.anchored:  # "is a man shown?", "who's on the webcam?": the faces seen
        return _people_answer(q, moments, shown, score, near)
    if (_ENTERS.match(q.form) or MOVES_IN_LEAD_IN.search(q.form)) and (entered := _entering(q, moments, shown, near)) is not None:
        return entered  # "what reaches into the picture in front of the tree?": a hand, when it is first seen
    if q.wants_number:  # "how many cars are there?": labels say what is seen, not how many
        return Answer(NOT_FOUND + " Things on screen are not counted.", None, None, 0.05, False)
    if q.reads:  # "what does the sign say?": the text read on screen
        return _screen_answer(q, moments, lex, score, near)
    if _COLOUR_ASKED.search(q.form) and (coloured := _colour_answer(q, moments, score, near)) is not None:
        return coloured  # "what colour is the cup on the windowsill?": the detector's cup, and its box's colour
    if q.unseen and not q.anchored:  # labels name things, not their colour or clothes
        return Answer(NOT_FOUND + " Clothes, the time of day and the colour of anything but the things the object "
                      "detector saw are not told from the picture.", None, None, 0.05, False)
    if q.anchored:  # "what is on screen while he says X": the picture at the moment X is said
        said = pick(moments.of("transcript"), lex + 0.5 * sem)
        if said and lex[said[0]] >= LEXICAL_FOUND:
            at = moments.moments[said[0]]
            score = score + 0.5 * np.array([m.end > at.start and m.start < at.end for m in moments.moments])
            order = pick(shown, score)
            m = moments.moments[order[0]]
            if m.end > at.start and m.start < at.end:  # the picture while X is said: when both hold
                m = replace(m, start=max(m.start, at.start), end=min(m.end, at.end))
            return _shown(q, m, score[order[0]], [moments.moments[i] for i in order[:EVIDENCE]])
    if (thing := thing_answer(q, moments, score, near)) is not None:
        return thing  # "what's growing in the big pot?": the potted plant the detector saw
    shown = pick(shown, score)
    best = shown[0]
    visual_topic = q.topic and q.time is None
    if visual_topic and not (lex[best] >= LEXICAL_FOUND or sem[best] >= VISUAL_FOUND):
        return Answer(NOT_FOUND, None, None, confidence(score[best], found=False), False,
                      [moments.moments[i] for i in shown[:EVIDENCE]])
    if not q.topic and q.time is None:  # "what is shown?": the longest-shown labels
        shown = sorted(shown, key=lambda i: -(moments.moments[i].end - moments.moments[i].start) - sem[i])
    return _show(q, moments, shown, score)


def _colour_answer(q: Question, moments: MomentSet, score, near) -> Answer | None:
    """The colour of the thing asked about, as the object detector saw it (the thing named in the question, by
    its name or an everyday word for it: "bike", "mug"), at the time asked about; of several sightings the one
    closest to the question. Declined with the reason where the box reads black, grey or white, or the thing is
    one you see through (a bicycle): that is the background as often as the thing. None when the detector saw no
    such thing (the question is declined as before)."""
    asked = {_THING_WORDS.get(s, s) for s in q.topic}
    seen = pick([i for i in moments.of("object") if (near is None or near[i] > 0)
                 and moments.moments[i].text not in _OBJECT_LABELS and _thing_stems(moments.moments[i].text) & asked], score)
    if not seen:
        return None
    m = moments.moments[seen[0]]
    colour, thing = _colour_and_thing(m.text)
    if colour in _GREYS or thing in _SEE_THROUGH:
        # a thin thing's box (a bicycle's frame) or a grey one is mostly what is behind it: first81/82's old black bike
        # read "grey" off the wall behind it
        return Answer(f"{NOT_FOUND} The {thing}'s colour is not told: its box reads {colour}, which may be what is behind "
                      "it.", None, None, 0.05, False, [m])
    return Answer(f"{span(q, m)} the {thing} is {colour} (as the object detector saw it).", m.start, m.end,
                  confidence(score[seen[0]], found=True) * 0.7, True, [moments.moments[i] for i in seen[:EVIDENCE]])


def thing_answer(q: Question, moments: MomentSet, score, near=None) -> Answer | None:
    """"What's growing in the big pot on the windowsill?" -> the potted plant the object detector saw: a thing it
    named with a word of the question ("pot") and a word the question does not say ("plant"), at the time asked
    about, the best-scoring such sighting. None where the question asks no "what" or "which", or no thing is so
    named."""
    if not _WHAT_THING.match(q.form) or q.wants_number or q.when:
        return None
    named = [i for i in moments.of("object") if (near is None or near[i] > 0)
             and (stems := _thing_stems(moments.moments[i].text)) & q.topic and stems - q.stems]
    if not (named := pick(named, score)):
        return None
    m = moments.moments[named[0]]
    thing = _colour_and_thing(m.text)[1]
    article = "an" if thing[0] in "aeiou" else "a"
    return Answer(f"{span(q, m)} the object detector saw {article} {thing}.", m.start, m.end,
                  confidence(score[named[0]], found=True) * 0.7, True, [moments.moments[i] for i in named[:EVIDENCE]])


_WHAT_THING = re.compile(r"^\W*(?:what|which)\b")
_COLOUR_ASKED = re.compile(r"\bcolou?r(?:s|ed)?\b", re.IGNORECASE)
_OBJECT_LABELS = frozenset(COCO_NAMES)  # an object moment named without a colour is just its label
_LONGEST_FIRST = tuple(sorted(COCO_NAMES, key=len, reverse=True))  # ("potted plant" before "plant"-like endings)
_GREYS = frozenset({"black", "grey", "white"})  # a box's middle read so is as likely the background's (the road, a wall)
# things whose box is mostly what shows through them
_SEE_THROUGH = frozenset({"bicycle", "motorcycle", "potted plant", "chair", "bench", "tennis racket", "kite", "umbrella",
                          "skis", "snowboard", "fork", "scissors", "toothbrush", "traffic light"})
# a question's everyday word (stemmed) for a thing the detector names otherwise
_THING_WORDS = {stem(k): stem(v) for k, v in {
    "bike": "bicycle", "cycle": "bicycle", "motorbike": "motorcycle", "scooter": "motorcycle", "mug": "cup",
    "houseplant": "plant", "couch": "sofa", "television": "tv", "monitor": "tv", "cellphone": "phone",
    "smartphone": "phone", "cab": "car", "taxi": "car", "lorry": "truck", "plane": "airplane", "aeroplane": "airplane",
    "ship": "boat", "necktie": "tie", "rucksack": "backpack", "purse": "handbag", "bag": "handbag", "desk": "table",
    "fridge": "refrigerator", "puppy": "dog", "kitten": "cat"}.items()}


def _thing_stems(name: str) -> set[str]:
    """The stems of the thing an object moment names ("olive green cup" -> {"cup"})."""
    return set(content_stems(_colour_and_thing(name)[1]))


def _colour_and_thing(name: str) -> tuple[str, str]:
    """("olive green", "cup") from an object moment's "olive green cup" (its label is one of COCO_NAMES)."""
    thing = next(label for label in _LONGEST_FIRST if name.endswith(label))
    return name[:-len(thing)].strip(), thing


def _entering(q: Question, moments: MomentSet, shown: list[int], near) -> Answer | None:
    """What comes into the picture: a hand or a face the stretch of picture before did not show (the
    classifier's labels change with every shot, the detectors' say what arrived), the first such, within
    the part of the video asked about; None when there is none."""
    ordered = sorted(shown, key=lambda i: moments.moments[i].start)
    arrivals = []
    for k, i in enumerate(ordered):
        labels = moment_labels(moments.moments[i])
        before = moment_labels(moments.moments[ordered[k - 1]]) if k else []
        new = [label for label in _ARRIVALS if label in labels and label not in before]
        if new and (near is None or near[i] > 0):
            arrivals.append((i, new[0]))
    # "who comes in?": a person; "what reaches in?": a hand first (a face arriving is someone, seldom a "what")
    kinds = (PERSON_LABEL,) if re.match(r"\W*who\b", q.form) else _ARRIVALS
    arrivals = sorted((a for a in arrivals if a[1] in kinds), key=lambda a: kinds.index(a[1]))
    if not arrivals:
        return None
    i, label = arrivals[0]
    m = moments.moments[i]
    what = "a hand" if label == HAND_LABEL else "a person (a face is seen)"
    return Answer(f"{span(q, m)} {what} comes into the picture (it shows {m.text}).", m.start, m.end, 0.5, True,
                  [moments.moments[j] for j, _ in arrivals[:EVIDENCE]])


def _screen_answer(q: Question, moments: MomentSet, lex, score, near) -> Answer:
    """Text read on screen: the stretch at the time asked about whose text, or whose picture's labels
    ("the sign on the CAR"), hold most of the question's words; its lines, the largest letters first."""
    read = [i for i in moments.of("screen") if near is None or near[i] > 0]
    if not read:
        return Answer(NOT_FOUND + " No text is read on screen" + (" then." if near is not None else "."),
                      None, None, 0.05, False)
    if TYPED.search(q.form) and (typed := _typed_answer(q, moments, read)) is not None:
        return typed
    # the picture's label moments while each text is on screen
    ms = moments.moments
    beside = {i: [j for j in moments.of("visual") if overlap(ms[j], ms[i].start, ms[i].end) > 0] for i in read}
    where = q.topic - _WRITING_STEMS  # "the sign on the car": "car" must be in the picture (or the text) read
    unplaced = False  # the question places the text on a screen the labels do not name
    if where:
        placed = [i for i in read if where & set().union(*(content_stems(ms[k].text) for k in [i, *beside[i]]))]
        unplaced = not placed and where <= _SCREEN_PLACES
        if not placed and not unplaced:
            return Answer(NOT_FOUND + " No text is read on screen where the picture shows what the question names.",
                          None, None, 0.05, False)
        read = placed or read  # "the heading above the TERMINAL window": a label never says "terminal"
    ranked = sorted(read, key=lambda i: (-(score[i] + 0.5 * max((float(lex[j]) for j in beside[i]), default=0.0)),
                                         ms[i].start))
    m = _while_shown(moments, ranked[0]) if near is None else ms[ranked[0]]  # "at the end": then
    lines = screen_lines(m)
    smaller = ", ".join(f"\u201c{line}\u201d" for line in lines[1:_SCREEN_LINES])
    answer = f"{span(q, m)} the screen reads \u201c{lines[0]}\u201d" + (f" (smaller: {smaller})" if smaller else "")
    if unplaced:
        answer += "; the picture's labels do not show where the question places it"
    sure = confidence(score[ranked[0]], found=True) * (0.5 if unplaced else 0.8)
    return Answer(answer + ".", m.start, m.end, sure, True, [ms[i] for i in ranked[:EVIDENCE]])


def _same_screen(before: Moment, after: Moment) -> bool:
    """Whether screen moment ``after`` follows ``before`` on the same screen (read this soon after it)."""
    return after.start - before.end <= _SAME_SCREEN_GAP_S


def _while_shown(moments: MomentSet, i: int) -> Moment:
    """Screen moment ``i`` widened over the adjacent ones with the same largest line: the heading stays
    while a line typed under it, or the reader's take on the small print, changes."""
    ms, screens = moments.moments, moments.of("screen")
    a = b = screens.index(i)
    heading = screen_lines(ms[i])[0]
    while a > 0 and _same_screen(ms[screens[a - 1]], ms[screens[a]]) and screen_lines(ms[screens[a - 1]])[0] == heading:
        a -= 1
    while b + 1 < len(screens) and _same_screen(ms[screens[b]], ms[screens[b + 1]]) \
            and screen_lines(ms[screens[b + 1]])[0] == heading:
        b += 1
    return replace(ms[i], start=ms[screens[a]].start, end=ms[screens[b]].end)


def _typed_answer(q: Question, moments: MomentSet, read: list[int]) -> Answer | None:
    """What is typed on screen ("what command does he type?"): a line read just before that has grown
    since ("user@host:~$" into "user@host:~$ ls /usr"), the first such; None when no line grew."""
    ms = moments.moments
    screens = moments.of("screen")
    for i in read:
        k = screens.index(i)
        if k == 0 or not _same_screen(ms[screens[k - 1]], ms[i]):
            continue
        before = [" ".join(line.split()) for line in screen_lines(ms[screens[k - 1]])]
        for line in (" ".join(line.split()) for line in screen_lines(ms[i])):
            grown = [b for b in before if line.startswith(b) and len(line) - len(b) >= _TYPED_MIN_CHARS]
            if grown:
                typed = line[len(max(grown, key=len)):].strip()
                return Answer(f"{span(q, ms[i])} \u201c{typed}\u201d is typed on screen (the line reads \u201c{line}\u201d).",
                              ms[i].start, ms[i].end, 0.5, True, [ms[i], ms[screens[k - 1]]])
    return None


def _people_answer(q: Question, moments: MomentSet, shown: list[int], score, near) -> Answer:
    """People are seen only as faces (the "person" label): whether and when someone is on screen
    is answered; what they do, hold or wear, how many there are, man or woman, is not."""
    if q.wants_number or q.topic - PEOPLE_STEMS - _PICTURE_STEMS:
        return Answer(NOT_FOUND + " People are recognised only by a face on screen: not what they do, hold or wear, "
                      "nor how many they are.", None, None, 0.05, False)
    seen = [i for i in shown if PERSON_LABEL in moment_labels(moments.moments[i]) and (near is None or near[i] > 0)]
    if not seen:
        return Answer(NOT_FOUND + " No face is seen in the picture" + (" then." if near is not None else "."),
                      None, None, 0.05, False)
    seen = sorted(seen, key=lambda i: moments.moments[i].start) if q.when else pick(seen, score)
    m = moments.moments[seen[0]]
    when = span(q, m)
    return Answer(f"{when} a person is on screen (a face is seen; the picture shows {m.text}).", m.start, m.end,
                  0.5, True, [moments.moments[i] for i in seen[:EVIDENCE]])


def _show(q: Question, moments: MomentSet, shown: list[int], score) -> Answer:
    """The picture's labels; and the largest line of text read on screen meanwhile, if any."""
    m = moments.moments[shown[0]]
    answer = _shown(q, m, score[shown[0]], [moments.moments[i] for i in shown[:EVIDENCE]])
    text = next((s for s in map(moments.moments.__getitem__, moments.of("screen")) if overlap(s, m.start, m.end) > 0),
                None)
    if text is None:
        return answer
    heading = screen_lines(text)[0]
    return replace(answer, answer=f"{answer.answer[:-1]}; the screen reads \u201c{heading}\u201d.",
                   evidence=[*answer.evidence, text])


def _shown(q: Question, m: Moment, score: float, evidence: list[Moment]) -> Answer:
    return Answer(f"{span(q, m)} the picture shows {m.text}.", m.start, m.end, confidence(score, found=True) * 0.8,
                  True, evidence)


def audio_answer(q: Question, moments: MomentSet, sem, lex, score) -> Answer:
    heard = pick(moments.of("audio"), score)
    wanted = q.topic & _SOUNDS_ASKED
    if q.topic - _SOUND_WORDS:  # "what song is playing?", "when does the phone ring?": not music/noise/silence
        return Answer(NOT_FOUND + " Sounds are told apart only as speech, music, noise and silence.", None, None, 0.1, False)
    if wanted:
        heard = [i for i in heard if stem(moments.moments[i].text) in wanted or
                 (moments.moments[i].text == "silence" and wanted & {"silent", "quiet"})]
    if not heard:
        return Answer(NOT_FOUND, None, None, 0.1, False)
    m = moments.moments[heard[0]]
    answer = f"{span(q, m)}: {m.text}."
    return Answer(answer, m.start, m.end, confidence(score[heard[0]], found=True) * 0.8, True,
                  [moments.moments[i] for i in heard[:EVIDENCE]])


# "What's the computer called in the terminal prompt?", "who is logged in?": a shell prompt on screen says both,
# "eriberto@canopus:~$" (user @ host)
_SHELL = r"(?:terminal|prompt|shell|command line|command-line|console|bash)"
_HOST_ASKED = re.compile(rf"\b(?:computer|machine|host|hostname|host name|server|box|pc)\b[^?]*\b{_SHELL}\b|"
                         rf"\b{_SHELL}\b[^?]*\b(?:computer|machine|host|hostname|host name|server|box|pc)\b|\bhost ?name\b")
_USER_ASKED = re.compile(rf"\b(?:user|username|user name|account|logged in|login|who)\b[^?]*\b{_SHELL}\b|"
                         rf"\b{_SHELL}\b[^?]*\b(?:user|username|user name|account|logged in|login)\b|\buser ?name\b")
_PROMPT = re.compile(r"\b([a-z_][a-z0-9_.-]{0,31})@([a-z0-9][a-z0-9.-]{0,62})(?=[:\s~$#]|$)", re.IGNORECASE)
PROMPT_CONFIDENCE = 0.7


def prompt_answer(question: str, moments: MomentSet, near=None) -> Answer | None:
    """The computer (host) or the user a shell prompt read on screen names, for a question that asks for one of
    them ("what's the computer called in the terminal prompt?" -> "canopus"); None when the question asks neither
    or no prompt is read (in the part of the video asked about, if any there)."""
    low = question.lower()
    part = 2 if _HOST_ASKED.search(low) else 1 if _USER_ASKED.search(low) else 0
    if not part:
        return None
    read = [i for i in moments.of("screen") if _PROMPT.search(moments.moments[i].text)]
    read = [i for i in read if near is not None and near[i] > 0] or read
    if not read:
        return None
    m = moments.moments[min(read, key=lambda i: moments.moments[i].start)]
    prompt = _PROMPT.search(m.text)
    said = next(line for line in screen_lines(m) if _PROMPT.search(line))
    return Answer(f"{prompt.group(part)} (the prompt reads \u201c{said.strip()}\u201d)", m.start, m.end,
                  PROMPT_CONFIDENCE, True, [m])
