"""WordNet, for questions worded unlike the speech.

- Synonyms: a question in the user's words finds the sentence said in the speaker's ("what is
  she trying to connect to?" -> "I am about to attempt a connection"; try: {try, seek, attempt,
  essay, assay}).
- Kinds: "which X ...?" is answered by a kind of X ("what illness does he have?" -> "I have a
  cold"; "which state ...?" -> "New Jersey"), through the hypernyms of the noun or name said.

WordNet 3.0 (Princeton; Debian's ``wordnet-base`` installs it in /usr/share/wordnet) is read
directly: its index files give a word's senses, most frequent first, and a sense's offset is the
byte where its synset's line starts in the data file. Only a word's first ``SENSES`` senses of
each part of speech count (the rare senses join unrelated words: "try" is also "judge in a
court" and "taste"), and only one-word lemmas. Inflected forms are reduced to the lemma in
WordNet's own way (its exception lists, then its suffix rules).

Without the WordNet files the lookup answers nothing, and questions are matched on their own
words only (a warning is logged once).
"""

from __future__ import annotations

import logging
import mmap
import threading
from functools import lru_cache
from pathlib import Path

from vidsense.settings import get_settings

__all__ = ["synonyms", "is_kind_of", "located_in", "is_verb", "is_noun", "is_adjective", "depth", "load", "WordNet"]

log = logging.getLogger(__name__)

SENSES = 2
_PHYSICAL_ENTITY = 1930  # the offset of WordNet 3.0's "physical entity", above every thing (not an act, a state ...)
_POS = ("noun", "verb", "adj", "adv")
# WordNet's detachment rules (morphy): suffix -> ending, per part of speech
_RULES = {
    "noun": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
             ("ies", "y")),
    "verb": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "adv": (),
}


class WordNet:
    """The synsets of WordNet's index and data files in ``folder``."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._index: dict[str, dict[str, tuple[int, ...]]] = {}
        self._exceptions: dict[str, dict[str, tuple[str, ...]]] = {}
        for pos in _POS:
            index: dict[str, tuple[int, ...]] = {}
            with open(folder / f"index.{pos}", encoding="utf-8") as f:
                for line in f:
                    if line.startswith(" "):
                        continue  # the licence at the top
                    parts = line.split()
                    n_synsets, n_pointers = int(parts[2]), int(parts[3])
                    offsets = parts[6 + n_pointers:6 + n_pointers + n_synsets]
                    index[parts[0]] = tuple(int(o) for o in offsets[:SENSES])
            self._index[pos] = index
            exceptions: dict[str, tuple[str, ...]] = {}
            exc = folder / f"{pos}.exc"
            if exc.exists():
                with open(exc, encoding="utf-8") as f:
                    for line in f:
                        form, *bases = line.split()
                        exceptions[form] = tuple(bases)
            self._exceptions[pos] = exceptions
        # mapped, not read: a line is found by its offset, without a shared file position to guard
        # (threads in the API) or to share by accident (a process forked after loading)
        self._data = {}
        for pos in _POS:
            with open(folder / f"data.{pos}", "rb") as f:
                self._data[pos] = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    def lemmas(self, word: str, pos: str) -> list[str]:
        """The word's base forms in WordNet for the part of speech ("trying" -> ["try"])."""
        index = self._index[pos]
        if word in index:
            return [word]
        found = [b for b in self._exceptions[pos].get(word, ()) if b in index]
        for suffix, ending in _RULES[pos]:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                base = word[:-len(suffix)] + ending
                if base in index and base not in found:
                    found.append(base)
                elif len(base) > 2 and base[-1] == base[-2] and base[:-1] in index and base[:-1] not in found:
                    found.append(base[:-1])  # "stopped" -> "stopp" -> "stop"
        return found

    def _line(self, pos: str, offset: int) -> list[str]:
        data = self._data[pos]
        return data[offset:data.find(b"\n", offset)].decode("utf-8").split()

    def synset(self, pos: str, offset: int, phrases: bool = False) -> tuple[str, ...]:
        """The lemmas of the synset at ``offset`` in the data file: one-word ones, or all
        (``phrases``, words joined by "_": "new_jersey")."""
        parts = self._line(pos, offset)
        lemmas = (parts[4 + 2 * i].split("(")[0].lower() for i in range(int(parts[3], 16)))
        return tuple(w for w in lemmas if phrases or ("_" not in w and "-" not in w))

    def _parents(self, offset: int) -> list[int]:
        """The noun synset's hypernyms, and for an instance (Chicago) its class (city)."""
        parts = self._line("noun", offset)
        at = 4 + 2 * int(parts[3], 16)
        pointers = (parts[at + 1 + 4 * i:at + 5 + 4 * i] for i in range(int(parts[at])))
        return [int(p[1]) for p in pointers if p[0] in ("@", "@i") and p[2] == "n"]

    def depth(self, word: str) -> int:
        """How far the noun's first sense lies below the top of WordNet ("entity" 0, "person" 3,
        "food" 4, "animal" 6, "city" 8); -1 for a word that is no noun."""
        lemmas = self.lemmas(word, "noun")
        if not lemmas:
            return -1
        level, depth = [self._index["noun"][lemmas[0]][0]], 0
        while level:
            if any(not self._parents(o) for o in level):
                return depth
            level, depth = [p for o in level for p in self._parents(o)], depth + 1
        return depth

    def sense(self, word: str) -> int | None:
        """The offset of the noun's first (commonest) sense."""
        return next(iter(self.senses(word)), None)

    def senses(self, word: str) -> list[int]:
        """The offsets of the noun's senses, commonest first."""
        lemmas = self.lemmas(word, "noun")
        return list(self._index["noun"][lemmas[0]]) if lemmas else []

    def ancestors(self, word: str) -> frozenset[int]:
        """Every synset the noun (or name: "new_jersey") is a kind of, by its commonest sense:
        "cold" -> respiratory disease, disease, illness ...; "chicago" -> city, municipality ...
        The second sense counts only where the first is no thing ("sloth": first the sin, then the
        animal); as a rule it would make "head" an animal, as in "200 head of cattle"."""
        seen: set[int] = set()
        for lemma in self.lemmas(word, "noun"):
            senses = self._index["noun"][lemma]
            first = self._up(senses[0])
            seen |= first
            if len(senses) > 1 and _PHYSICAL_ENTITY not in first:
                seen |= self._up(senses[1])
        return frozenset(seen)

    def wholes(self, word: str) -> frozenset[int]:
        """The places the name lies in, by WordNet's part holonyms of its commonest sense, theirs and so
        on ("dallas" -> Texas, the United States, North America ...); empty where WordNet tells none."""
        lemmas = self.lemmas(word, "noun")
        todo, seen = ([self._index["noun"][lemmas[0]][0]] if lemmas else []), set()
        while todo:
            parts = self._line("noun", todo.pop())
            at = 4 + 2 * int(parts[3], 16)
            for i in range(int(parts[at])):
                symbol, offset, pos = parts[at + 1 + 4 * i:at + 4 + 4 * i]
                if symbol == "#p" and pos == "n" and int(offset) not in seen:
                    seen.add(int(offset))
                    todo.append(int(offset))
        return frozenset(seen)

    def _up(self, offset: int) -> set[int]:
        """The noun synset's hypernyms, theirs, and so on to the top."""
        todo, seen = [offset], set()
        while todo:
            for parent in self._parents(todo.pop()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    def synonyms(self, word: str) -> frozenset[str]:
        word = word.lower()
        out: set[str] = set()
        for pos in _POS:
            for lemma in self.lemmas(word, pos):
                for offset in self._index[pos][lemma]:
                    out.update(self.synset(pos, offset))
        out.discard(word)
        return frozenset(out)


_wordnet: WordNet | None = None
_loaded = False
_load_lock = threading.Lock()


def _get() -> WordNet | None:
    global _wordnet, _loaded
    if not _loaded:
        with _load_lock:
            if not _loaded:
                folder = Path(get_settings().wordnet_dir)
                if (folder / "index.noun").exists():
                    _wordnet = WordNet(folder)
                else:
                    log.warning("WordNet not found in %s: questions are matched on their own words only "
                                "(install Debian's wordnet-base)", folder)
                _loaded = True
    return _wordnet


def load() -> bool:
    """Read WordNet's index now (about 0.7 s) rather than at the first question; whether it is there."""
    return _get() is not None


_HEAD_MIN = 6  # letters of the last part a compound WordNet lacks is read by ("telemarketers": "marketers")


@lru_cache(maxsize=1 << 16)
def _ancestors(word: str) -> frozenset[int]:
    """The word's kinds; for a compound WordNet lacks, its head's (English compounds are right-headed: a
    "telemarketer" is a marketer)."""
    wn = _get()
    if wn is None:
        return frozenset()
    if (found := wn.ancestors(word)) or "_" in word or wn.lemmas(word, "verb") or wn.lemmas(word, "adj"):
        return found  # (a word WordNet has as a verb or an adjective is no unknown compound: "outstanding")
    return next((kinds for k in range(2, len(word) - _HEAD_MIN + 1) if (kinds := wn.ancestors(word[k:]))), frozenset())


# Categories asked about in more than their commonest sense: "which country?" asks for a land ("Spain" is a European
# country, a kind of the second sense, "the territory occupied by a nation"), not only a body politic
_SENSES_ASKED = {"country": 2, "nation": 2}


def is_kind_of(word: str, category: str) -> bool:
    """Whether the noun or name is a kind of the category's commonest sense in WordNet ("sloth",
    "animal"; "chicago", "city"; "cold", "illness"), or of its first senses for the categories of
    ``_SENSES_ASKED`` ("spain", "country"); False without WordNet. Names of two words are joined by
    "_" ("new_jersey")."""
    wn = _get()
    if wn is None:
        return False
    ancestors = _ancestors(word)
    return any(sense in ancestors for sense in wn.senses(category)[:_SENSES_ASKED.get(category, 1)])


@lru_cache(maxsize=1 << 12)
def located_in(name: str, place: str) -> bool | None:
    """Whether WordNet puts the place among those the name lies in ("dallas", "texas": True;
    "chicago", "texas": False); None where it tells nothing of where the name lies, or knows no such
    place, or is not installed. Names of two words are joined by "_"."""
    wn = _get()
    whole = wn.sense(place) if wn is not None else None
    wholes = wn.wholes(name) if whole is not None else frozenset()
    return (whole in wholes) if wholes else None


@lru_cache(maxsize=1 << 12)
def depth(word: str) -> int:
    """How specific the noun is: its first sense's distance from the top of WordNet (-1: unknown)."""
    wn = _get()
    return wn.depth(word) if wn is not None else -1


@lru_cache(maxsize=1 << 14)
def synonyms(word: str) -> frozenset[str]:
    """The word's synonyms in WordNet (lower case, one word each); empty without WordNet."""
    wn = _get()
    return wn.synonyms(word) if wn is not None else frozenset()


@lru_cache(maxsize=1 << 12)
def is_verb(word: str) -> bool:
    """Whether the word is (a form of) a verb in WordNet ("eat", "rolled"; not "derrick"); True without
    WordNet, which cannot tell."""
    wn = _get()
    return wn is None or bool(wn.lemmas(word, "verb"))


@lru_cache(maxsize=1 << 12)
def is_noun(word: str) -> bool:
    """Whether the word is (a form of) a noun in WordNet ("century", "prejudice"; not "argues"); False without
    WordNet."""
    wn = _get()
    return wn is not None and bool(wn.lemmas(word, "noun"))


@lru_cache(maxsize=1 << 12)
def is_adjective(word: str) -> bool:
    """Whether the word is (a form of) an adjective in WordNet ("tired", "annoyed"; not "effects"); False
    without WordNet."""
    wn = _get()
    return wn is not None and bool(wn.lemmas(word, "adj"))
