"""A phone menu's options, read from what is said: which key leads where.

Menus are said two ways: "To speak with a customer advocate, press 2." (the option, then its key)
and "Press 2 for accounting." (the key, then its option). Whisper often puts the full stops and
commas of the first kind where the second would have them ("... to establish a sales partnership |
Press 1 to speak with a customer advocate, press 2 for accounting and other receivables, press 3
for a company directory, press 4 for an operator, press 0."), so a clause that says "press 1" is
often not the clause of option 1. Here the keys said are found in the transcript's words in order,
keys said close together make one menu, and each menu's order is told from its ends:

- its last key said with nothing after it ("... for an operator, press 0.") means option, then key;
- else its first key said at the start of a sentence ("Press 1 for sales ...") means key, then option;
- else whichever side of the keys the "for ..." / "to ..." phrases stand on.

Each option is then the words between its key and the neighbouring key, quoted as said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vidsense.moments import abbreviation
from vidsense.text import SMALL_NUMBERS, STOPWORDS, stem

__all__ = ["MenuOption", "menu_options", "menus", "key_name", "option_stems", "MENU_WORDS"]

# The words a question about a menu asks with, beside what the option does ("what do I PRESS to SPEAK with ...?")
MENU_WORDS = frozenset(stem(w) for w in """press dial push hit key button number option digit talk speak reach get call
want line phone menu choose select enter need go connect through contact someone somebody""".split())
_VERBS = frozenset("press dial push hit select choose mark marks click enter".split())
_FILLERS = frozenset("on the number no num".split())  # "press ON 9", "mark NUMBER 6", "Mark No. 5"
_DIGIT_WORDS = SMALL_NUMBERS[:10]
_SIGNS = frozenset("star pound hash asterisk".split())
_OPENERS = frozenset("for to if".split())  # "FOR accounting", "TO speak with ...", "IF you know ..."
_RUN_GAP_WORDS = 25  # keys said within this many words of each other make one menu ...
_RUN_GAP_S = 12.0  # ... and within this many seconds
_FIRST_OPTION_WORDS = 12  # the first option of "option, then key", when its key starts a sentence
_SENTENCE_GAP_S = 2.0
_GOES_ON_S = 1.5  # words this soon after a menu's last key may be its option
_CUT_S = 4.0  # said key first, a last key this long before the next words had its option cut off


@dataclass(frozen=True)
class MenuOption:
    key: str  # "2", "0", "star": the key's name
    option: str  # "to speak with a customer advocate": what it leads to, as said
    text: str  # option and key in the order said: "to speak with a customer advocate, press 2"
    start: float
    end: float


@dataclass(frozen=True)
class _Token:
    said: str  # as written ("Press", "2,")
    word: str  # lower case, no punctuation ("press", "2")
    time: float
    sentence_end: bool  # the last word of a sentence
    end: float  # when it ends (its share of its moment, as ``time``)


def key_name(word: str) -> str | None:
    """"2", "two" -> "2"; "star", "asterisk" -> "star"; else None."""
    w = word.lower().strip(".,;:!?")
    if len(w) == 1 and w.isdigit():
        return w
    if w in _DIGIT_WORDS:
        return str(_DIGIT_WORDS.index(w))
    if w in _SIGNS:
        return "star" if w in ("star", "asterisk") else "pound"
    return None


def _tokens(spoken: list) -> list[_Token]:
    """The words of transcript moments (``vidsense.moments.Moment``, in time order), each timed by its
    share of its moment's characters."""
    out: list[_Token] = []
    for k, m in enumerate(spoken):
        said = m.text.split()
        if not said:
            continue
        total = sum(len(w) + 1 for w in said)
        done = 0
        following = spoken[k + 1] if k + 1 < len(spoken) else None
        for j, w in enumerate(said):
            last = j == len(said) - 1
            after = said[j + 1] if not last else next(iter(following.text.split()), "") if following else ""
            ends = (w.endswith((".", "?", "!")) and not abbreviation(w, after)) or (
                last and (following is None or following.sentence != m.sentence
                          and following.start - m.end >= _SENTENCE_GAP_S))
            out.append(_Token(w, re.sub(r"[^a-z0-9']", "", w.lower()), m.start + (m.end - m.start) * done / total, ends,
                              m.start + (m.end - m.start) * (done + len(w)) / total))
            done += len(w) + 1
    return out


def _keys(tokens: list[_Token]) -> list[tuple[int, int, str]]:
    """``(first, last, key)`` token indices of each key said: "press 2", "press number two", "dial 0",
    "press the star key"."""
    out = []
    for i, t in enumerate(tokens):
        if t.word not in _VERBS:
            if _misheard_verb(tokens, i, out):  # "Dial 3, to send ... | Dau 4, to send ...": the run goes on
                out.append((i, i + 1, tokens[i + 1].word))
            elif (merged := _misheard_merged(tokens, i, out)) is not None:  # "... | DAL4, to send ...": the same, one word
                out.append((i, i, merged))
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 3 and tokens[j].word in _FILLERS and key_name(tokens[j].said) is None:
            j += 1
        if (j < len(tokens) and (key := key_name(tokens[j].said)) is not None
                and not (j + 1 < len(tokens) and tokens[j + 1].word == "of" and not tokens[j].sentence_end)):
            # (not "select ONE OF your trucks")
            last = j + 1 if j + 1 < len(tokens) and tokens[j + 1].word == "key" and not tokens[j].sentence_end else j
            out.append((i, last, key))
    return out


def _misheard_verb(tokens: list[_Token], i: int, keys: list[tuple[int, int, str]]) -> bool:
    """Whether token ``i`` starts a sentence with a word Whisper misheard for the verb of the key before
    ("Dau 4," after "Dial 3,"): it begins with the same letter, and the next number (with its comma) is
    the one after that key's."""
    if not keys or i + 1 >= len(tokens) or not (i == 0 or tokens[i - 1].sentence_end):
        return False
    verb, number = tokens[keys[-1][0]].word, tokens[i + 1]
    return (keys[-1][2].isdigit() and number.word == str(int(keys[-1][2]) + 1) and number.said.endswith(",")
            and tokens[i].word[:1] == verb[:1] and tokens[i].word not in STOPWORDS and i - keys[-1][1] <= _RUN_GAP_WORDS)


def _misheard_merged(tokens: list[_Token], i: int, keys: list[tuple[int, int, str]]) -> str | None:
    """The key of token ``i`` when it is the verb and the number of the key after the one before, misheard
    and written as one word ("DAL4," after "Dial 3,"): a sentence's first word, the verb's first letter,
    the next number and its comma; else None."""
    merged = re.fullmatch(r"([a-z]{2,6})(\d)", tokens[i].word)
    if not keys or merged is None or not (i == 0 or tokens[i - 1].sentence_end) or not tokens[i].said.endswith(","):
        return None
    verb = tokens[keys[-1][0]].word
    after = keys[-1][2].isdigit() and merged.group(2) == str(int(keys[-1][2]) + 1)
    return merged.group(2) if after and merged.group(1)[:1] == verb[:1] and i - keys[-1][1] <= _RUN_GAP_WORDS else None


def _content(tokens: list[_Token]) -> list[_Token]:
    return [t for t in tokens if t.word and t.word not in STOPWORDS and t.word not in ("or", "and")]


def _quote(tokens: list[_Token]) -> str:
    return " ".join(t.said for t in tokens).strip(" ,;:")


def _sentence_start(tokens: list[_Token], i: int) -> int:
    while i > 0 and not tokens[i - 1].sentence_end:
        i -= 1
    return i


def _clause_end(tokens: list[_Token], i: int) -> int:
    """The last word of the clause from ``i`` on ("for the operator," of "..., or stay on the line")."""
    while i < len(tokens) - 1 and not tokens[i].sentence_end and not tokens[i].said.endswith((",", ";", ":")):
        i += 1
    return min(i, len(tokens) - 1)


def _option_first(tokens: list[_Token], keys: list[tuple[int, int, str]]) -> bool:
    """Whether this menu says each option before its key, told from its ends (see the module docstring):
    an option said before its first key ("to establish a sales partnership, press 1") and none after
    its last ("for an operator, press 0." and a silence), or the other way round ("Dial 1. If you wish
    ... Dial 5. To allow this caller ..."); when both ends or neither say one, a first key that starts
    a sentence means key first."""
    first, last = keys[0], keys[-1]
    said_before = bool(_content(tokens[_sentence_start(tokens, first[0]):first[0]]))
    if len(keys) == 1 and tokens[last[1]].sentence_end and said_before:
        return True  # one key that ends its sentence: "To escape, the next message marks number 6."
    lo = _first_option_start(tokens, first[0])
    before = any(t.word in _OPENERS for t in tokens[lo:first[0]]) and bool(_content(tokens[lo:first[0]]))
    b = last[1]
    goes_on = b + 1 < len(tokens) and tokens[b + 1].time - tokens[b].time < _GOES_ON_S
    after = goes_on and bool(_content(tokens[b + 1:_clause_end(tokens, b + 1) + 1]))
    return before if before != after else said_before  # ("Press 1 for sales, or press 0.": neither, key first)


def _first_option_start(tokens: list[_Token], a: int) -> int:
    """Where the option of a menu's first key (said option first) starts: at the first "for ...", "to
    ..." or "if ..." since the last comma or full stop before it, within _FIRST_OPTION_WORDS; a key
    that starts a sentence looks into the one before ("... you may dial it at any time TO establish
    a sales partnership | Press 1")."""
    lo = max(0, a - _FIRST_OPTION_WORDS)
    for i in range(a - 2, lo - 1, -1):
        if tokens[i].sentence_end or tokens[i].said.endswith((",", ";", ":")):
            lo = i + 1
            break
    openers = [i for i in range(lo, a) if tokens[i].word in _OPENERS]
    return openers[0] if openers else lo  # ("TO listen to the next message, mark 6": the first)


def menu_options(spoken: list) -> list[MenuOption]:
    """Every option of every menu said in ``spoken`` (transcript moments in time order)."""
    tokens = _tokens(spoken)
    keys = _keys(tokens)
    runs: list[list[tuple[int, int, str]]] = []
    for k in keys:
        if runs and k[0] - runs[-1][-1][1] <= _RUN_GAP_WORDS and tokens[k[0]].time - tokens[runs[-1][-1][1]].time <= _RUN_GAP_S:
            runs[-1].append(k)
        else:
            runs.append([k])
    out: list[MenuOption] = []
    for run in runs:
        option_first = _option_first(tokens, run)
        for n, (a, b, key) in enumerate(run):
            if option_first:
                lo = run[n - 1][1] + 1 if n else _first_option_start(tokens, a)
                words, said = tokens[lo:a], tokens[lo:b + 1]
            else:
                hi = run[n + 1][0] if n + 1 < len(run) else _clause_end(tokens, b + 1) + 1
                if n + 1 == len(run) and b + 1 < len(tokens) and tokens[b + 1].time - tokens[b].end >= _CUT_S:
                    hi = b + 1  # the last key, then a silence: its option was cut off ("Dial 4." and 8 s later another voice)
                words, said = tokens[b + 1:hi], tokens[a:hi]
            while words and words[0].word in ("or", "and", ""):
                words = words[1:]
            while not option_first and words and words[-1].word in ("or", "and", ""):  # "press 1 for sales, OR press 0"
                words, said = words[:-1], said[:-1]
            if not _content(words):
                continue
            out.append(MenuOption(key, _quote(words), _quote(said), said[0].time, said[-1].time + 0.5))
    return out


def menus(options: list[MenuOption]) -> list[list[MenuOption]]:
    """The options grouped into menus: those said one after another, each within ``_RUN_GAP_S`` of the last."""
    out: list[list[MenuOption]] = []
    for o in options:
        if out and o.start - out[-1][-1].end <= _RUN_GAP_S:
            out[-1].append(o)
        else:
            out.append([o])
    return out


def option_stems(option: MenuOption) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z0-9']+", option.option.lower()) if w not in STOPWORDS}
