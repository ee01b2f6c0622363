""""Which discipline ...?", "which animal gets a mention?": the one kind of the thing asked for that the video names.

A question of the form "which X ...?" often wraps X in words of its own that the video never says ("which discipline is
the lecturer criticising with that joke?" of "much of political philosophy develops theories ..."): the clause that
answers shares no word with it but the kind. Where the video names exactly one kind of X (WordNet's: philosophy is a
discipline, a sloth an animal), in the part asked about if the question places itself, and that line says what the
question asks of it too (or the question asks only what is mentioned), that clause is the answer. Several kinds named,
or X itself said (where the question does not place itself in a part of the video), leave the question to the other
rules: which of them is meant is then a matter of the question's other words.
"""

from __future__ import annotations

import re

from vidsense.answer import Answer, confidence
from vidsense.answer_checks import named_elsewhere, names_said
from vidsense.categories import kinds_named
from vidsense.moments import MomentSet
from vidsense.questions import CATEGORY_ASKED, Question
from vidsense.said_order import MENTIONED
from vidsense.text import content_stems, stem
from vidsense.wordnet import depth, is_adjective, located_in

__all__ = ["thing_of_kind", "place_within"]

_SPECIFIC = 6  # WordNet depth from which a category is specific enough to be asked for by kind ("discipline", "animal",
# "country"; not "thing", "part", "place", "subject", "idea" at 3-5, whose kinds are half of all nouns)
_CONFIDENCE = 0.6


def thing_of_kind(q: Question, moments: MomentSet, near=None) -> Answer | None:
    """The clause that names the one kind of the category asked for ("which X", "what kind of X") said in the video (in
    the part ``near`` where given): "in which country did the first caller receive the payment?" -> "United Kingdom (“I
    was receiving it in the United Kingdom ...”)"; None for another question, a category said in so many words, a broad
    one, none or several kinds of it named, or a line that says nothing else the question asks."""
    if q.when or q.counted or q.wants_name or (asked_for := CATEGORY_ASKED.search(q.form)) is None:
        return None
    category = asked_for.group(1)  # (read here, not as q.category: "in which country did ...?", "radio phone-in
    # audio. Which country ...?")
    if depth(category) < _SPECIFIC or (near is None and stem(category) in moments.said_stems):
        return None  # (the category said: the rules that read the question's words find which one is meant, unless
        # the question places itself in a part of the video: "in which country did the first caller ...?")
    asked = set(moments.of("transcript")) if near is None else {i for i in moments.of("transcript") if near[i] > 0}
    named: dict[str, tuple[str, int]] = {}  # by the kind's last word ("political philosophy" and "philosophy": one)
    for i in sorted(asked, key=lambda i: moments.moments[i].start):
        for kind in kinds_named(category, moments.moments[i].text):
            if "_" not in kind and is_adjective(kind):
                continue  # ("he was not an ill-disposed young man": WordNet's "young" are animals)
            if len(kind) > len(named.get(head := kind.split("_")[-1], ("", 0))[0]):
                named[head] = (kind, named[head][1] if head in named else i)
    if len(named) != 1:
        return None
    (kind, i), = named.values()
    m = moments.moments[i]
    if named_elsewhere(q, m.text):
        return None  # "which city in Texas ...?" is not answered by Chicago
    # what the question asks of it must be said too, or be no more than its mention: "which city does the lecturer live
    # in?" is not answered by "how do I get to Dublin?", but "in which country did the first caller receive it?" is by
    # "I was receiving it in the United Kingdom", and "which animal gets a mention?" by the one animal named
    # (a name the question shares with the line is no sign of it: "which city in Texas does Sheila live in?" is not
    # answered by "And I'm Sheila in Texas, originally from Chicago.")
    other = q.topic - {stem(category)} - q.names
    said = content_stems(m.text)
    if not (MENTIONED.search(q.text.lower()) or other & said
            or any(word in other and alike & said for word, alike in q.synonyms)):  # ("get" it: "receiving" it)
        return None
    written = re.search(r"\W+".join(kind.split("_")), m.text, re.IGNORECASE)  # (as written: "United Kingdom")
    return Answer(f"{written.group(0) if written else kind.replace('_', ' ')} (\u201c{m.text.strip()}\u201d)", m.start,
                  m.end, confidence(_CONFIDENCE, found=True), True, [m])


# "Which part of Britain?", "where in Spain ...?", "what region of the country ...?": the place asked within
_PART_OF = re.compile(r"\b(?:(?:which|what) (?:part|region|area|bit|corner|end) of|where(?:abouts)? in) (?:the )?"
                      r"([a-z]+)(?: ([a-z]+))?")


def place_within(q: Question, moments: MomentSet, near=None) -> Answer | None:
    """"Which part of Britain?": the one place said (in the part ``near`` where given) that WordNet puts inside the place
    asked within ("Scotland and somebody living in the south of Spain."); None for another question, a place WordNet
    does not know, or none or several such places said."""
    if q.when or (asked := _PART_OF.search(q.text.lower())) is None:
        return None
    first, second = asked.groups()
    wholes = [f"{first}_{second}", first] if second else [first]
    clauses = moments.of("transcript") if near is None else [i for i in moments.of("transcript") if near[i] > 0]
    inside: dict[str, int] = {}
    for i in sorted(clauses, key=lambda i: moments.moments[i].start):
        for name in names_said(moments.moments[i].text):
            key = name.lower().replace(" ", "_")
            if key not in wholes and any(located_in(key, whole) for whole in wholes):
                inside.setdefault(name, i)
    if len(inside) != 1:
        return None
    (name, i), = inside.items()
    m = moments.moments[i]
    return Answer(f"{name} (\u201c{m.text.strip()}\u201d)", m.start, m.end, confidence(_CONFIDENCE, found=True), True,
                  [m])
