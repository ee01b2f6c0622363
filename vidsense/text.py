"""Plain-text helpers shared by summaries, the grounding check, answers and search.

Words are lowercase letters, digits and inner apostrophes; a stem is the Snowball (Porter 2)
English stem ("mentions" and "mentioned" -> "mention", "congratulations" and "congratulated" ->
"congratul"). The hand-written suffix stripper used before did not join those last two.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import snowballstemmer

__all__ = ["STOPWORDS", "SMALL_NUMBERS", "NUMBER_WORDS", "words", "word_spans", "stem", "base_form", "content_words", "content_stems",
           "format_time", "sound_key", "keys_sound_alike", "edit_distance", "misheard", "headline", "HEADLINE_WORDS",
           "at_place", "QUESTION_OPENER"]

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# The words a lowercased question may open with before what it asks ("so how many ...?", "and then, what ...?", "okay,
# who ...?")
QUESTION_OPENER = re.compile(r"^(?:\W*(?:so|and|but|ok|okay|well|now|then|also|oh|alright|all right|hey|hmm|um|"
                             r"right(?=,)|and then|so then)\b(?!')[,.]?\s*)+(?=\w)")

# Function words and the commonest verbs/adverbs: they carry no content of their own.
STOPWORDS = frozenset("""
a about above after again against all almost also although always am among an and another any
anyone anything are aren't around as at away be because been before being below between both but
by can can't cannot could couldn't did didn't do does doesn't doing don't done down during each
either else enough even ever every few for from further get gets getting got had hadn't has hasn't
have haven't having he he'd he'll he's her here here's hers herself him himself his how how's
however i i'd i'll i'm i've if in into is isn't it it's its itself just least less let let's like
made make many may me might mine more most much must mustn't my myself neither never no nor not
now of off often on once one only onto or other others ought our ours ourselves out over own per
perhaps quite rather really same shall shan't she she'd she'll she's should shouldn't since so
some something somewhat still such than that that's the their theirs them themselves then there
there's therefore these they they'd they'll they're they've this those though through thus to too
toward towards under until up upon us very was wasn't we we'd we'll we're we've well were weren't
what what's whatever when when's where where's whether which while who who's whom whose why why's
will with within without won't would wouldn't yet you you'd you'll you're you've your yours
yourself yourselves oh yes yeah okay ok uh um ah hmm mm mhm huh er actually basically exactly precisely
roughly approximately simply truly anyway somewhere anywhere someplace finally eventually everything everyone everybody everywhere later
""".split())

# Number words up to twenty, in order (a word's index is its value), and the rest of the counting words.
SMALL_NUMBERS = tuple("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                      "sixteen seventeen eighteen nineteen twenty".split())
NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset("thirty forty fifty sixty seventy eighty ninety hundred thousand "
                                                    "million billion dozen".split())
_NUMBERS = dict(enumerate(SMALL_NUMBERS))  # 7 -> "seven"
DIGIT_WORDS = {w: str(k) for k, w in enumerate(SMALL_NUMBERS[:10])}  # "seven" -> "7"

_local = threading.local()


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each of ``words(text)`` lies in ``text`` (start, end), to quote them as written."""
    return [m.span() for m in _WORD.finditer(text.lower().replace("’", "'"))]


# (three letters at least before the ending: "noise", "raise", "hour", "four" and "your" are no British spellings)
_BRITISH = ((re.compile(r"(?<=[a-z]{3})([iy])s(e|ed|es|ing|ation|ations|er|ers)$"), r"\1z\2"),  # realise, analyse
            (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|ite|ites|able)?$"), r"or\1"),  # colour, neighbours, favourite
            (re.compile(r"(?<=[a-z]{3})tre(s)?$"), r"ter\1"))  # centre, metres


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """The Snowball (Porter 2) English stem of a word ("congratulations" and "congratulated" ->
    "congratul"); a digit up to 20 as its word ("7" and "seven" are one), "'s" dropped, and a
    comparative or superlative in -ier/-iest as its adjective ("luckier" -> "lucki", as "lucky"), and
    British doubling after two vowels undone ("dialling", "fuelled" -> "dial", "fuel"), and British
    spellings as American ones ("realised", "colour", "centre" -> "realiz", "color", "center")."""
    w = word.lower().replace("’", "'")
    if w.isdigit() and int(w) in _NUMBERS:
        w = _NUMBERS[int(w)]
    if w.endswith("'s"):
        w = w[:-2]
    for british, american in _BRITISH:
        w = british.sub(american, w)
    if len(w) >= 6 and w.endswith(("ier", "iest")):  # "luckier", "easiest": Snowball keeps them whole
        w = w[:-4 if w.endswith("iest") else -3] + "y"
    out = _stemmer().stemWord(w)
    if (w.endswith(("lling", "lled")) and out.endswith("ll") and len(out) >= 4
            and out[-3] in "aeiou" and out[-4] in "aeiou"):
        return out[:-1]  # (Snowball undoes "travelling", not "dialling": "ia" is no single vowel to it)
    return out


def _stemmer():
    # a Snowball stemmer keeps state while it works: one per thread (the API answers in threads)
    s = getattr(_local, "stemmer", None)
    if s is None:
        s = _local.stemmer = snowballstemmer.stemmer("english")
    return s


# Irregular verb forms and their base form, so that "went" says "go" (stem() only strips endings).
_IRREGULAR = {form: base for base, forms in (entry.split(":") for entry in " ".join("""
go:went gone; eat:ate eaten; see:saw seen; say:said; make:made; take:took taken; give:gave given; come:came;
get:got gotten; find:found; think:thought; tell:told; know:knew known; leave:left; feel:felt; bring:brought;
buy:bought; run:ran; write:wrote written; speak:spoke spoken; sit:sat; stand:stood; hold:held; meet:met; pay:paid;
sell:sold; send:sent; build:built; fall:fell fallen; drive:drove driven; fly:flew flown; drink:drank drunk;
sing:sang sung; swim:swam swum; begin:began begun; break:broke broken; choose:chose chosen; win:won; lose:lost;
keep:kept; sleep:slept; throw:threw thrown; wear:wore worn; catch:caught; teach:taught; fight:fought; hide:hid hidden;
ride:rode ridden; rise:rose risen; shoot:shot; steal:stole stolen; strike:struck; wake:woke woken;
forget:forgot forgotten; forgive:forgave forgiven; become:became; hear:heard; lead:led; lend:lent; lie:lay lain;
lay:laid; mean:meant; spend:spent; grow:grew grown; draw:drew drawn; blow:blew blown; shake:shook shaken;
bite:bit bitten; feed:fed; dig:dug; hang:hung; freeze:froze frozen; do:did done; have:had; sink:sank sunk;
tear:tore torn; swear:swore sworn; spin:spun; stick:stuck; sting:stung; swing:swung; slide:slid; bend:bent;
seek:sought; fling:flung; ring:rang rung; shine:shone; weep:wept; creep:crept; sweep:swept; kneel:knelt; deal:dealt;
forbid:forbade forbidden; understand:understood; withdraw:withdrew withdrawn; arise:arose arisen; flee:fled
""".split()).split("; ")) for form in forms.split()}


def base_form(word: str) -> str:
    """The base form of an irregular verb ("went" -> "go"), else the word itself."""
    return _IRREGULAR.get(word.lower(), word.lower())



def content_words(text: str) -> list[str]:
    """Words that carry content: not stopwords, not single letters."""
    return [w for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


# A phonetic key in the manner of Metaphone (simplified): how a word sounds, so that a word the
# recogniser got slightly wrong ("clubs" heard as "close" or "clothes") can still be matched,
# with a penalty, by comparing keys (edit distance at most 1).
_SOUND_RULES = [("tch", "x"), ("sch", "sk"), ("ght", "t"), ("gh", ""), ("ph", "f"), ("th", "0"), ("sh", "x"),
                ("ch", "x"), ("ck", "k"), ("wh", "w"), ("kn", "n"), ("wr", "r"), ("mb", "m"), ("dg", "j"),
                ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("ge", "je"), ("gi", "ji"), ("c", "k"), ("q", "k"),
                ("x", "ks"), ("z", "s"), ("v", "f"), ("d", "t"), ("b", "b")]


@lru_cache(maxsize=1 << 16)  # (asked of every word of every moment for each question: _lexical, misheard)
def sound_key(word: str) -> str:
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return ""
    for a, b in _SOUND_RULES:
        w = w.replace(a, b)
    first = "a" if w[0] in "aeiouy" else w[0]
    rest = re.sub(r"[aeiouyhw]", "", w[1:])
    key = first + rest
    return re.sub(r"(.)\1+", r"\1", key)


def keys_sound_alike(a: str, b: str) -> bool:
    """Two sound keys (``sound_key``) close enough for a recognition slip: the same first sound, at
    most one edit apart, neither shorter than three (so "ace" does not sound like "eight")."""
    return len(a) >= 3 and len(b) >= 3 and a[0] == b[0] and edit_distance(a, b) <= 1


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def format_time(seconds: float) -> str:
    """``75.4`` -> ``"1:15"``, ``3725`` -> ``"1:02:05"``."""
    s = int(max(seconds, 0.0) + 0.5)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


HEADLINE_WORDS = 8


def headline(text: str) -> str:
    """A summary section's title from its most central sentence, as said: its first clause, at most
    ``HEADLINE_WORDS`` words and ended on a word that says something ("I'm afraid I was unable to
    create a connection…", not "i'm afraid i was unable to create a")."""
    said = text.strip().split()
    for k, w in enumerate(said[:HEADLINE_WORDS]):
        if k >= 3 and w.endswith((",", ";", ":", ".", "?", "!")):
            return " ".join(said[:k + 1]).rstrip(",;:")
    lead = said[:HEADLINE_WORDS]
    while len(lead) > 1 and lead[-1].lower().strip(",;:.!?\u201c\u201d\"") in STOPWORDS:
        lead = lead[:-1]
    cut = len(lead) < len(said)
    return " ".join(lead).rstrip(",;:") + ("\u2026" if cut else "")


def misheard(word_stem: str, stems: set[str]) -> bool:
    """One of ``stems`` sounds like ``word_stem`` and is spelled nearly like it ("letter" for "ledger";
    "looked" sounds like "left" but is spelled too unlike it)."""
    key = sound_key(word_stem)
    return any(keys_sound_alike(key, sound_key(s)) and edit_distance(word_stem, s) <= max(1, len(word_stem) // 3)
               for s in stems)


_PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1}


def at_place(items, place: str):
    """The item at an ordinal place of ``items`` ("first", "second", "last", "middle": of an odd count only); None
    where there is none ("the fifth" of three)."""
    if place == "middle":
        return items[len(items) // 2] if len(items) % 2 else None
    k = _PLACES.get(place)
    return items[k] if k is not None and -len(items) <= k < len(items) else None
