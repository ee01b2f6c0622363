"""A small hypernym lexicon: which spoken words are members of the categories people ask about.

"Which cards are read out?" shares no word with "queen of clubs", and the sentence embedding
barely tells them apart (cosine 0.26 for "card" and "queen of clubs", 0.36 for "card" and
"pizza"), so the words a category's members are said with are listed here. Only everyday
categories whose members are a short closed list are covered; open classes (cities, people)
are left to WordNet (``mentions_kind``: "which city ...?" is answered by "Chicago"), the embedding
and the name patterns of ``vidsense.qa``.

Words that are more often verbs ("bear any burden", "may", "march", "train", "duck") are left out.
Members are phrases of stems (``vidsense.text.stem``) matched as a run of the clause's words, so
"of hearts" is a card but "cold-hearted" is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vidsense.text import NUMBER_WORDS, STOPWORDS, keys_sound_alike, sound_key, stem, word_spans, words
from vidsense.wordnet import is_kind_of

__all__ = ["category_of", "mentions_member", "member_mentions", "mentions_kind", "kinds_named", "listed_only", "CARD_WORDS",
           "cards_meant"]

_MEMBERS: dict[tuple[str, ...], str] = {
    ("card", "cards", "suit", "suits"):
        "ace;king;queen;jack;joker;of clubs;of spades;of hearts;of diamonds;clubs;spades;diamonds",  # and "X of Y" below
    # "which FACE CARD is named?" (the question's "face card" is read as one word, see vidsense.questions)
    ("facecard", "facecards"): "king;queen;jack;knave",
    ("colour", "colours", "color", "colors"):
        "red;orange;yellow;green;blue;purple;violet;pink;brown;black;white;grey;gray;gold;silver;scarlet;crimson",
    ("day", "days", "weekday"): "monday;tuesday;wednesday;thursday;friday;saturday;sunday;today;tomorrow;yesterday",
    # not "may" and "march": they are verbs more often than months
    ("month", "months"): "january;february;april;june;july;august;september;october;november;december",
    ("season", "seasons"): "spring;summer;autumn;winter",
    ("animal", "animals", "creature", "creatures", "pet", "pets"):
        "dog;dogs;cat;cats;horse;horses;cow;cows;pig;pigs;sheep;goat;bird;birds;fish;rabbit;bunny;hare;mouse;mice;"
        "rat;lion;tiger;wolf;fox;deer;elephant;monkey;snake;chicken;hen;owl;eagle;whale;dolphin;shark;"
        "frog;bee;butterfly;spider;squirrel;donkey;camel;giraffe;zebra;puppy;kitten",
    ("vehicle", "vehicles", "transport"):
        "car;cars;bus;trains;truck;lorry;taxi;cab;bike;bicycle;motorcycle;motorbike;plane;airplane;aeroplane;boat;"
        "ship;tram;van;scooter;helicopter",
    ("food", "foods", "meal", "dish"):
        "bread;meat;cheese;apple;orange;banana;rice;soup;cake;pizza;egg;eggs;fruit;vegetables;potato;potatoes;"
        "chicken;fish;beef;pasta;salad;sandwich;pie;butter",
    # (WordNet's first "carrot" is the plant, not the vegetable)
    ("vegetable", "vegetables", "veg", "veggie", "veggies"):
        "carrot;carrots;potato;potatoes;tomato;tomatoes;onion;onions;cabbage;lettuce;pea;peas;bean;beans;broccoli;"
        "spinach;cucumber;cucumbers;pickle;pickles;celery;garlic;pumpkin;leek;leeks;turnip;beetroot;cauliflower",
    ("drink", "drinks", "beverage"): "water;tea;coffee;wine;beer;milk;juice;whisky;whiskey",
    ("instrument", "instruments"): "piano;guitar;violin;drum;drums;trumpet;flute;cello;organ;harp;saxophone",
    ("relative", "relatives", "family"):
        "mother;father;sister;sisters;brother;brothers;son;daughter;wife;husband;uncle;aunt;cousin;grandmother;"
        "grandfather;mom;mum;dad;parents;children",
    # (WordNet makes a rose a shrub, not a flower; that "the sun rose" names one too is the price)
    ("flower", "flowers", "bloom", "blossom"):
        "rose;roses;tulip;tulips;daisy;daisies;lily;lilies;orchid;orchids;sunflower;daffodil;daffodils;poppy;poppies;"
        "carnation;lavender;dandelion;marigold;jasmine;violets;lotus",
    ("fruit", "fruits"): "apple;apples;orange;oranges;banana;bananas;pear;pears;grape;grapes;cherry;cherries;lemon;"
                         "lemons;plum;plums;peach;strawberry;strawberries;melon;mango;pineapple;fig;figs",
    # a loudspeaker's place, as a speaker test announces it ("Front left", "Rear right")
    ("channel", "channels"): "front left;front right;rear left;rear right;back left;back right;side left;side right;"
                             "front center;front centre;center;centre;subwoofer",
    ("weather",): "rain;raining;snow;snowing;sunny;sunshine;wind;windy;storm;cloud;cloudy;fog;foggy",  # not "cold" (cold-hearted)
    # "which side was that curtain on?": "behind the curtain on the left" (said after "the" or "on": not "left-click")
    ("side", "sides"): "the left;the right;on the left;on the right;left side;right side;left hand;right hand;"
                       "the far side;the near side;the other side",
}


_RANKS = "ace two three four five six seven eight nine ten jack queen king".split()
_SUITS = "clubs spades hearts diamonds".split()
_RANK_STEMS = frozenset(stem(w) for w in _RANKS)
_SUIT_STEMS = frozenset(stem(w) for w in _SUITS)
_NUMBERS = ";".join(sorted(NUMBER_WORDS))
_DIGITS = ("#",)  # a member that stands for any word with a digit in it
# A key of a keypad, as a phone menu says it: "press 9", "press on 9", "press number 9", "dial one", "the
# star key" (not any number: "enter the first three letters" names no key); Whisper translates "нажмите
# два" as "click 2" and "marque el número seis" as "mark number 6"
_KEY_DIGITS = "zero one two three four five six seven eight nine 0 1 2 3 4 5 6 7 8 9".split()
_KEY_SIGNS = "star pound hash asterisk".split()  # "press THE star": not "choose the one you want"
_KEYS = ";".join([f"{v}{on} {k}" for v in ("press", "dial", "hit", "push", "select", "click", "choose", "mark")
                  for on, names in (("", _KEY_DIGITS + _KEY_SIGNS), (" on", _KEY_DIGITS + _KEY_SIGNS),
                                    (" number", _KEY_DIGITS), (" the number", _KEY_DIGITS), (" the", _KEY_SIGNS))
                  for k in names] + [f"{k} key" for k in _KEY_DIGITS + _KEY_SIGNS])


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    cards = ";".join(f"{r} of {s}" for r in _RANKS for s in _SUITS)  # "ten of close" still sounds like one
    # a number is also any word with a digit, and so is a year ("the Overwatch League for 2020")
    extra = {"number": (_DIGITS,), "year": (_DIGITS,)}
    # vegetables and fruit are food too ("what food does he like?" -> "he likes to eat pickles")
    food = ";".join(members for names, members in _MEMBERS.items() if names[0] in ("food", "vegetable", "fruit"))
    for names, members in [*_MEMBERS.items(), (("food", "snack", "snacks"), food), (("card", "cards"), cards),
                           (("number", "numbers", "figure", "figures", "digit", "digits"), _NUMBERS),
                           (("year", "years"), ""), (("key", "keys", "button", "buttons"), _KEYS)]:
        phrases = tuple(p for m in members.split(";") if (p := tuple(stem(w) for w in words(m)))) + extra.get(names[0], ())
        for name in names:
            out[stem(name)] = tuple(dict.fromkeys(out.get(stem(name), ()) + phrases))
    return out


# Categories whose members are this lexicon's only: WordNet makes "three" and "five" playing cards (a trey, a
# five-spot), so "three five" would answer "which card is read out?"
_LISTED_ONLY = frozenset(stem(w) for w in "card cards facecard facecards".split())


def listed_only(word_stem: str) -> bool:
    """Whether the category ``word_stem`` is told by its members listed here only, never by WordNet."""
    return word_stem in _LISTED_ONLY


def category_of(word_stem: str) -> tuple[tuple[str, ...], ...] | None:
    """The member phrases of the category ``word_stem`` names ("card" -> ("queen",), ("of", "club") ...), or None."""
    return _table().get(word_stem)


def member_mentions(members: tuple[tuple[str, ...], ...], text: str) -> list[str]:
    """Each member phrase ``text`` says, as said (its own words), in order; the longest phrase wins
    where several start at one word ("queen of clubs", not "queen"). Digit words are not counted
    as members here: "29340" is five digits or one number."""
    spans = word_spans(text)  # to quote the members as said
    seq = [stem(w) for w in words(text)]
    phrases = sorted((p for p in members if p != _DIGITS), key=len, reverse=True)
    out: list[str] = []
    i = 0
    while i < len(seq):
        for phrase in phrases:
            n = len(phrase)
            run = tuple(seq[i:i + n])
            if len(run) == n and _says(run, phrase):
                out.append(text[spans[i][0]:spans[i + n - 1][1]])
                i += n
                break
        else:
            i += 1
    return out


CARD_WORDS = frozenset(stem(w) for w in "card cards suit suits".split())  # a question about playing cards asks these


def cards_meant(text: str) -> list[str]:
    """The cards ``text`` names with a misheard suit, as meant: "Ten of cloves Four Queen of Clothes" -> ["ten of
    clubs", "queen of clubs"] (a card read out alone is Whisper's commonest slip on these recordings: the suit
    is one word, said without context). Cards said right are not listed."""
    said = words(text)
    seq = [stem(w) for w in said]
    out: list[str] = []
    for i in range(len(seq) - 2):
        rank, of, suit = seq[i:i + 3]
        if rank in _RANK_STEMS and of == "of" and suit not in _SUIT_STEMS:
            meant = next((s for s in _SUITS if _sounds_alike(suit, stem(s))), None)
            if meant is not None:
                out.append(f"{said[i].lower()} of {meant}")
    return list(dict.fromkeys(out))


def mentions_member(members: tuple[tuple[str, ...], ...], text: str, besides: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` says one of the member phrases as a run of its words. In a phrase of three
    or more words the last may only sound like it ("ten of close" for "ten of clubs": Whisper's
    commonest slip on these recordings), the others must be exact. Phrases with a stem of ``besides``
    do not count (the question's own words: "which key do I PRESS ...?" is not answered by "PRESS zero"
    for the key and again for the press)."""
    raw = words(text)
    seq = [stem(w) for w in raw]
    for phrase in members:
        if besides and besides.intersection(phrase):
            continue
        if phrase == _DIGITS:
            if any(any(c.isdigit() for c in w) for w in raw):
                return True
            continue
        n = len(phrase)
        for i in range(len(seq) - n + 1):
            if _says(tuple(seq[i:i + n]), phrase):
                return True
    return False


def _says(run: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """A run of stems says the member phrase: the same, or (three words or more) the last one only sounding like it."""
    return run == phrase or (len(phrase) >= 3 and run[:-1] == phrase[:-1] and _sounds_alike(run[-1], phrase[-1]))


def _sounds_alike(heard: str, meant: str) -> bool:
    return keys_sound_alike(sound_key(heard), sound_key(meant))


_COMPOUND = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b", re.IGNORECASE)  # "cold-hearted", "well-known"


def mentions_kind(category: str, text: str) -> bool:
    """Whether ``text`` names a kind of the category in WordNet, in one word or two ("which illness
    ...?": "I have a cold"; "which state ...?": "New Jersey")."""
    return bool(kinds_named(category, text))


def kinds_named(category: str, text: str) -> list[str]:
    """The kinds of the category in WordNet that ``text`` names, in one word or two joined by "_" ("new_jersey"), the
    pairs first."""
    # (a word joined to another names what they name together: "cold-hearted" is no cold)
    raw = words(_COMPOUND.sub(" ", text))
    pairs = [f"{a}_{b}" for a, b in zip(raw, raw[1:]) if a not in STOPWORDS and b not in STOPWORDS]
    # (a word of two letters names a kind only as an abbreviation: "le" is lupus erythematosus to WordNet, an
    # illness, and first18's untranslated "Le numéro composé n'est pas en service" told what was wrong with the man)
    named = [w for w in pairs if is_kind_of(w, category)]
    inside = {part for w in named for part in w.split("_")}  # ("political philosophy": not "philosophy" again)
    return named + [w for w in raw if w not in STOPWORDS and w != category and w not in inside
                    and not (len(w) <= 2 and w.isalpha()) and is_kind_of(w, category)]
