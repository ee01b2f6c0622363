"""Moments: the time-stamped pieces of evidence that summaries, answers and search draw on.

A job's moments are built once, in the worker, from its transcript and fused timeline:

- ``transcript``: one moment per clause of each spoken sentence, timed by its words (a sentence
  ends at ., ? or !, at a pause of two seconds or more, where the language changes, or after 40 words;
  a long one is cut after its commas and at its pauses), so that an answer points at the words asked
  about, not at a long sentence's start; each carries the language Whisper read it in; a segment in
  another language that Whisper translated gives a moment per sentence of the English
  translation, timed by the share of the segment's words it stands for, with what was said then
  in ``original``;
- ``visual``: one moment per stretch of picture, cut at shot changes and every 10 s, described by
  the frame classifier's labels that dominate the stretch and their everyday words
  ("taxicab, tram (car, vehicle, train)", see ``models.label_groups``), and "person" where the
  face detector saw a face;
- ``audio``: one moment per run of windows whose dominant sound is music, noise or silence;
- ``screen``: one moment per run of windows showing the same text on screen (models/ocr.py), its
  lines joined by " / ", the largest letters first;
- ``object``: one moment per run of windows in which the object detector (models/objects.py) saw a
  thing, named with the colour of its best sighting ("olive green cup"); kept apart from the ``visual``
  moments (appended to their labels, a detected car turned a dev question's "city skyline" to the street
  beside it). Answers and search report ``screen`` and ``object`` moments as ``visual`` evidence
  (``Moment.shown_as``).

Each moment's text is embedded with the same sentence model as questions, so a question, a
search query and every moment live in one space. They are stored beside the other artifacts as
``moments.json`` and ``moments.npy`` (float16), which is all ``ask`` and ``search`` need: no
model of the worker's, no video.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from models.faces import PERSON_LABEL
from models.hands import HAND_LABEL
from models.label_groups import describe_labels
from vidsense.text import content_stems

__all__ = ["Moment", "MomentSet", "build_moments", "sentences", "joined_sentences", "visual_moments", "moment_labels", "audio_moments",
           "screen_moments", "object_moments", "screen_lines", "long_pauses", "alike_pauses", "earliest_alike", "ALIKE_PAUSES", "LONG_PAUSE_S", "SCREEN_JOIN", "MOMENTS_JSON",
           "MOMENTS_NPY"]

MOMENTS_JSON = "moments.json"
MOMENTS_NPY = "moments.npy"
_SENTENCE_END = (".", "?", "!")
_PAUSE_S = 2.0  # a silence this long ends a sentence ...
_CLAUSE_PAUSE_S = 0.6  # ... one this long inside a long sentence may end a clause
# Whisper leaves out the full stop of short lines said apart ("Carrots are good source of vitamins" [1.5 s] "He likes
# to eat pickles" [1.7 s] "Ten of cloves" [1.9 s] "Four Queen of Clothes": four speakers, one "sentence"); a segment
# that starts this long after the last word, with a capital or a digit ("6", a man's one word after Allison's prompts),
# starts a sentence
_SEGMENT_PAUSE_S = 1.0
_NOT_A_START = ("I", "I'm", "I've", "I'll", "I'd")
_MAX_SENTENCE_WORDS = 40
_CLAUSE_MIN_SENTENCE = 12  # sentences longer than this are cut into clauses ...
_CLAUSE_MIN = 4  # ... of at least this many words
_CAPITAL_CLAUSE_MIN = 8  # before a capital only after this many (names are capitalised too)
_VISUAL_SPAN_S = 10.0
_LABEL_MIN = 0.05  # mean probability a label needs over a stretch to describe it
_SOUND_MIN = 0.5  # indicator level for a window's dominant sound to count
_SOUNDS = ("music", "noise", "silence")
SCREEN_JOIN = " / "  # between the lines of a screen moment


@dataclass(frozen=True)
class Moment:
    start: float
    end: float
    source: str  # "transcript" | "visual" | "audio" | "screen" | "object"
    text: str
    salience: float = 0.0
    sentence: int | None = None  # transcript moments: the sentence this clause belongs to
    language: str | None = None  # transcript moments: the language it was read in ("en", "es"; Whisper's codes)
    original: str | None = None  # a translated moment (text in English): what was said, in its language
    pitch: float | None = None  # transcript moments: the voice's median pitch (Hz) over the words, where measured
    speaker: int | None = None  # transcript moments: the voice that says most of it, numbered from 1 (models.speakers)
    level: float | None = None  # transcript moments: how loud its words are said, dBFS (their median), where measured

    @property
    def shown_as(self) -> str:
        """The source users see: text read on screen is part of the picture."""
        return "visual" if self.source in ("screen", "object") else self.source

    def to_dict(self) -> dict:
        d = asdict(self)
        d["start"], d["end"], d["salience"] = round(self.start, 3), round(self.end, 3), round(self.salience, 4)
        for key in ("pitch", "level"):
            if d[key] is not None:
                d[key] = round(d[key], 1)
        for key in ("language", "original", "pitch", "speaker", "level"):
            if d[key] is None:
                del d[key]
        return d


@dataclass
class MomentSet:
    moments: list[Moment]
    embeddings: np.ndarray  # [N, 384] float32, L2-normalised rows

    def of(self, source: str) -> list[int]:
        return [i for i, m in enumerate(self.moments) if m.source == source]

    def sentences_near(self, near) -> set[int]:
        """The numbers of the sentences with a clause in the part of the video asked about (``near[i] > 0``)."""
        return {self.moments[i].sentence for i in self.of("transcript") if near[i] > 0}

    @cached_property
    def clauses(self) -> dict[int, list[Moment]]:
        """Each sentence's clauses, by sentence number, in order."""
        out: dict[int, list[Moment]] = defaultdict(list)
        for m in self.moments:
            if m.source == "transcript" and m.sentence is not None:
                out[m.sentence].append(m)
        return dict(out)

    @cached_property
    def menu(self) -> list:
        """The phone menu options said (``vidsense.menu.MenuOption``), read once per set of moments."""
        from vidsense.menu import menu_options

        return menu_options(sorted((self.moments[i] for i in self.of("transcript")), key=lambda m: m.start))

    @cached_property
    def said_stems(self) -> frozenset[str]:
        """The content stems said anywhere in the transcript, read once per set of moments."""
        return frozenset().union(*(content_stems(m.text) for m in self.spoken.values()))

    @cached_property
    def spoken(self) -> dict[int, Moment]:
        """The transcript's whole sentences (their clauses joined), by sentence number, in order."""
        return {k: joined_sentences(c)[0] for k, c in self.clauses.items()}

    def sentence_at(self, t: float) -> Moment | None:
        """The sentence said at ``t`` (from half a second before it starts), the one starting nearest if several."""
        said = [m for m in self.spoken.values() if m.start - 0.5 <= t <= m.end]
        return min(said, key=lambda m: abs(m.start - t)) if said else None

    def said_after(self, t: float, within: float, early: float = 0.0) -> Moment | None:
        """The first sentence to start from ``t`` (or ``early`` seconds before it) to ``within`` seconds after it: what
        is said next; None when nothing is said that soon."""
        after = [m for m in self.spoken.values() if -early <= m.start - t <= within]
        return min(after, key=lambda m: m.start, default=None)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{MOMENTS_NPY}.{os.getpid()}.tmp.npy"
        np.save(tmp, self.embeddings.astype(np.float16))
        os.replace(tmp, folder / MOMENTS_NPY)
        tmp = folder / f".{MOMENTS_JSON}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps({"version": 1, "moments": [m.to_dict() for m in self.moments]},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, folder / MOMENTS_JSON)

    @classmethod
    def load(cls, folder: Path) -> "MomentSet":
        data = json.loads((folder / MOMENTS_JSON).read_text(encoding="utf-8"))
        moments = [Moment(**m) for m in data["moments"]]
        emb = np.load(folder / MOMENTS_NPY).astype(np.float32) if moments else np.zeros((0, 384), np.float32)
        if len(emb) != len(moments):
            raise ValueError(f"{folder}: {len(moments)} moments but {len(emb)} embeddings")
        return cls(moments, emb)


def build_moments(transcript: dict, timeline: dict, embed) -> MomentSet:
    """``transcript`` and ``timeline`` as written to transcript.json and timeline.json;
    ``embed(list[str]) -> [N, 384]`` the sentence embedder."""
    windows = timeline.get("windows", [])
    moments = (sentences(transcript, windows) + visual_moments(windows, timeline.get("shots", []))
               + audio_moments(windows) + screen_moments(windows) + object_moments(windows))
    moments.sort(key=lambda m: (m.start, m.source))
    emb = np.asarray(embed([m.text for m in moments]), np.float32) if moments else np.zeros((0, 384), np.float32)
    return MomentSet(moments, emb)


def _salience(windows: list[dict], start: float, end: float) -> float:
    vals = [w.get("salience", 0.0) for w in windows if w["end"] > start and w["start"] < end]
    return float(np.mean(vals)) if vals else 0.0


def sentences(transcript: dict, windows: list[dict] | None = None) -> list[Moment]:
    """Transcript moments: one per clause of each sentence (sentences of more than
    ``_CLAUSE_MIN_SENTENCE`` words are cut after a comma, semicolon or colon into clauses of at
    least ``_CLAUSE_MIN`` words), each carrying its sentence's number."""
    out: list[Moment] = []
    current: list[tuple[float, float, str]] = []
    pitch: dict[tuple[float, float], float] = {}  # each word's pitch (Hz), by its times, where measured
    level: dict[tuple[float, float], float] = {}  # each word's loudness (dBFS), by its times, where measured
    voice: dict[tuple[float, float], int] = {}  # each word's speaker number, by its times, where told
    number = 0
    said_in: str | None = None  # the language of the words in ``current``

    def close() -> None:
        nonlocal number
        if current:
            for clause in _clauses(current):
                text = "".join(w for _, _, w in clause).strip()
                if text:
                    start, end = clause[0][0], clause[-1][1]
                    out.append(Moment(start, end, "transcript", text, _salience(windows or [], start, end), number,
                                      said_in, pitch=_median_of(clause, pitch), speaker=_speaker(clause, voice),
                                      level=_median_of(clause, level)))
            number += 1
            current.clear()

    for seg in transcript.get("segments", []):
        timed = [(w["start"], w["end"], w["word"]) for w in seg.get("words") or []]
        pitch.update(((w["start"], w["end"]), w["f0"]) for w in seg.get("words") or [] if w.get("f0"))
        level.update(((w["start"], w["end"]), w["level"]) for w in seg.get("words") or [] if w.get("level") is not None)
        if seg.get("speaker") is not None:
            voice.update(((w["start"], w["end"]), seg["speaker"]) for w in seg.get("words") or [])
        if not timed and seg.get("text", "").strip():
            timed = [(seg["start"], seg["end"], " " + seg["text"].strip())]
        language = seg.get("language") or transcript.get("language") or None  # older transcripts: one for all
        if language != said_in:  # a sentence is in one language
            close()
            said_in = language
        if seg.get("translation") and timed:  # a translated segment: a moment per English sentence
            close()
            for start, end, english, said in _translated_sentences(seg["translation"], timed):
                spoken = [w for w in timed if w[0] >= start and w[1] <= end]
                out.append(Moment(start, end, "transcript", english, _salience(windows or [], start, end),
                                  number, language, said, _median_of(spoken, pitch), seg.get("speaker"),
                                  _median_of(spoken, level)))
                number += 1
            continue
        for k, (start, end, word) in enumerate(timed):
            if current and (start - current[-1][1] >= _PAUSE_S or (
                    k == 0 and start - current[-1][1] >= _SEGMENT_PAUSE_S
                    and (word.strip()[:1].isupper() or word.strip()[:1].isdigit())
                    and word.strip() not in _NOT_A_START)):
                close()
            current.append((start, end, word))
            following = timed[k + 1][2] if k + 1 < len(timed) else ""
            if ((word.strip().endswith(_SENTENCE_END) and not abbreviation(word, following))
                    or len(current) >= _MAX_SENTENCE_WORDS):
                close()
    close()
    return out


def _median_of(words: list[tuple[float, float, str]], measured: dict[tuple[float, float], float]) -> float | None:
    """The median of the words' pitches or levels (``f0``, ``level`` in transcript.json), None when no word has one."""
    found = [measured[(a, b)] for a, b, _ in words if (a, b) in measured]
    return float(np.median(found)) if found else None


def _speaker(words: list[tuple[float, float, str]], voice: dict[tuple[float, float], int]) -> int | None:
    """The speaker number most of the words have (``speaker`` of their segments in transcript.json), None when none has."""
    found = [voice[(a, b)] for a, b, _ in words if (a, b) in voice]
    return max(set(found), key=found.count) if found else None


def _translated_sentences(translation: str, timed: list[tuple[float, float, str]]) -> list[tuple[float, float, str, str]]:
    """``(start, end, english, said)`` for each sentence of a segment's English translation.
    Whisper translates a segment as a whole, so a sentence's time is where the same share of the
    segment's words was said: sentence k of the English, covering characters a..b of it, gets the
    words said whose characters cover about a..b of what was said (a phone menu's "For sales,
    press 1. For support, press 2." is said in the same order in every language)."""
    english: list[str] = []
    for piece in (t for t in _ENGLISH_SENTENCE.split(translation.strip()) if t.strip()):
        if english and abbreviation(english[-1].split()[-1], piece):  # "Mark No. | 5 to change ..."
            english[-1] = f"{english[-1]} {piece}"
        else:
            english.append(piece)
    if len(english) < 2:
        return [(timed[0][0], timed[-1][1], translation.strip(), "".join(w for _, _, w in timed).strip())]
    said_chars = np.cumsum([len(w.strip()) + 1 for _, _, w in timed], dtype=np.float64)
    said_share = said_chars / said_chars[-1]  # the share of the segment said by the end of each word
    total, done, n, out = float(sum(len(t) + 1 for t in english)), 0.0, len(timed), []
    for k, text in enumerate(english):
        a, b = done / total, (done + len(text) + 1) / total  # the share of the English this sentence is
        done += len(text) + 1
        # from the word said after share a to the word that reaches share b (the first and last: the ends)
        first = 0 if k == 0 else min(int(np.searchsorted(said_share, a, side="right")), n - 1)
        last = n - 1 if k == len(english) - 1 else max(min(int(np.searchsorted(said_share, b)), n - 1), first)
        out.append((timed[first][0], timed[last][1], text.strip(), "".join(w for _, _, w in timed[first:last + 1]).strip()))
    return out


_ENGLISH_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'])")

# Words whose full stop does not end a sentence: titles before a name ("Mr. John Dashwood") and
# single initials ("J. Smith"); "No." before a number (Whisper translates "marque número cinco" as
# "Mark No. 5"), though "No." alone is a whole answer.
_ABBREVIATIONS = {"mr.", "mrs.", "ms.", "dr.", "st.", "prof.", "sr.", "jr.", "mt.", "vs.", "gen.", "col.", "capt.", "rev."}
_BEFORE_NUMBER = {"no.", "nr.", "num.", "tel.", "ext."}


def abbreviation(word: str, following: str = "") -> bool:
    w = word.strip().lower()
    if w in _BEFORE_NUMBER:
        return following.strip()[:1].isdigit()
    return w in _ABBREVIATIONS or (len(w) == 2 and w[0].isalpha() and word.strip()[0].isupper())


def _clauses(words: list[tuple[float, float, str]]) -> list[list[tuple[float, float, str]]]:
    """Cut a long sentence after a comma, semicolon or colon, at a pause (Whisper leaves out many
    commas: "young man [1 s] unless to be ..."), or before a capitalised word in its middle (Whisper
    often leaves out the full stop but keeps the capital: "... for you Ask what")."""
    if len(words) <= _CLAUSE_MIN_SENTENCE:
        return [list(words)]
    parts: list[list[tuple[float, float, str]]] = [[]]
    for k, w in enumerate(words):
        rest = len(words) - k
        text = w[2].strip()
        capital = text[:1].isupper() and text not in _NOT_A_START and k > 0
        paused = k > 0 and w[0] - words[k - 1][1] >= _CLAUSE_PAUSE_S
        if ((capital and len(parts[-1]) >= _CAPITAL_CLAUSE_MIN) or (paused and len(parts[-1]) >= _CLAUSE_MIN)) \
                and rest >= _CLAUSE_MIN and parts[-1]:
            parts.append([])
        parts[-1].append(w)
        if text.endswith((",", ";", ":")) and len(parts[-1]) >= _CLAUSE_MIN and rest - 1 >= _CLAUSE_MIN:
            parts.append([])
    return [p for p in parts if p]


def joined_sentences(moments: list[Moment]) -> list[Moment]:
    """Transcript moments put back together into whole sentences."""
    out: list[Moment] = []
    for m in moments:
        if out and m.sentence is not None and out[-1].sentence == m.sentence:
            prev = out[-1]
            said = prev.original if m.original in (None, prev.original) else \
                m.original if prev.original is None else f"{prev.original} {m.original}"
            out[-1] = Moment(prev.start, m.end, prev.source, f"{prev.text} {m.text}", max(prev.salience, m.salience),
                             m.sentence, prev.language, said, _timed_mean(prev, m, "pitch"),
                             prev.speaker if prev.speaker is not None else m.speaker, _timed_mean(prev, m, "level"))
        else:
            out.append(m)
    return out


def _timed_mean(a: Moment, b: Moment, key: str) -> float | None:
    """The mean of two clauses' pitches or levels, by how long each is said; None when neither has one."""
    measured = [(c.end - c.start, getattr(c, key)) for c in (a, b) if getattr(c, key) is not None]
    return (sum(d * f for d, f in measured) / max(sum(d for d, _ in measured), 1e-6)) if measured else None


LONG_PAUSE_S = 3.0  # a pause asked about ("after the long silence", "before the long pause") lasts this long at least


def talks(said: list[Moment], gap: float) -> list[list[Moment]]:
    """``said`` (moments in time order) cut into talks: the stretches between silences of ``gap`` seconds or more."""
    out: list[list[Moment]] = [[said[0]]] if said else []
    for a, b in zip(said, said[1:]):
        if b.start - a.end >= gap:
            out.append([])
        out[-1].append(b)
    return out


def long_pauses(said: list[Moment]) -> list[int]:
    """Where ``said`` (sentences in time order) pauses ``LONG_PAUSE_S`` or more: k for a pause between
    sentence k and k + 1, the longest first."""
    gaps = sorted(((b.start - a.end, k) for k, (a, b) in enumerate(zip(said, said[1:]))), reverse=True)
    return [k for gap, k in gaps if gap >= LONG_PAUSE_S]


def alike_pauses(said: list[Moment], pauses: list[int]) -> list[int]:
    """Those of ``pauses`` (``long_pauses``) about as long as the longest (``ALIKE_PAUSES``), in time order: the
    silences that part a video's parts."""
    if not pauses:
        return []
    longest = said[pauses[0] + 1].start - said[pauses[0]].end
    return sorted(k for k in pauses if said[k + 1].start - said[k].end >= ALIKE_PAUSES * longest)


def earliest_alike(said: list[Moment], pauses: list[int]) -> list[int]:
    """``pauses`` (``long_pauses``) with those about as long as the longest (``ALIKE_PAUSES``) first, in time order:
    "before the long silence, how many people talk?", "after a long silence someone else comes in" where two of
    8.9 and 9.1 s are mean the first."""
    alike = alike_pauses(said, pauses)
    return alike + [k for k in pauses if k not in alike]


ALIKE_PAUSES = 0.9  # a pause this share of the longest one's length or more is about as long as it


def moment_labels(m: Moment) -> list[str]:
    """The class names of a visual moment (its text without the everyday words)."""
    return m.text.split(" (", 1)[0].split(", ")


def screen_lines(m: Moment) -> list[str]:
    """The lines of text a screen moment read, the largest letters first."""
    return m.text.split(SCREEN_JOIN)


def visual_moments(windows: list[dict], shots: list[float]) -> list[Moment]:
    seen = [w for w in windows if w.get("visual")]
    if not seen:
        return []
    cuts = sorted(shots)
    spans: list[list[dict]] = []
    for w in seen:
        if spans:
            first, last = spans[-1][0], spans[-1][-1]
            cut_between = (w.get("shot") or any(last["start"] < c <= w["start"] + 1e-6 for c in cuts)
                           or _has_hand(w) != _has_hand(last))  # a hand coming into the picture is a moment of its own
            if not cut_between and w["start"] - last["end"] < 1e-6 and w["end"] - first["start"] <= _VISUAL_SPAN_S + 1e-6:
                spans[-1].append(w)
                continue
        spans.append([w])
    out = []
    for span in spans:
        totals: dict[str, float] = defaultdict(float)
        for w in span:
            for item in w["visual"]:
                totals[item["label"]] += item["score"]
        ranked = sorted(((s / len(span), label) for label, s in totals.items()), reverse=True)
        things = [(score, label) for score, label in ranked if label not in _DETECTED]  # the classifier's labels
        labels = ([label for score, label in things[:3] if score >= _LABEL_MIN]
                  or [next(label for _, label in ranked if label != HAND_LABEL)])
        if _has_hand(span[0]):
            labels.insert(0, HAND_LABEL)  # the hand detector's, first: the stretch is cut where it is seen
        if PERSON_LABEL not in labels and totals.get(PERSON_LABEL, 0.0) / len(span) >= _LABEL_MIN:
            labels.append(PERSON_LABEL)  # the face detector's, on top of the classifier's three
        start, end = span[0]["start"], span[-1]["end"]
        out.append(Moment(start, end, "visual", describe_labels(labels), _salience(span, start, end)))
    return out


_DETECTED = (PERSON_LABEL, HAND_LABEL)  # labels of the face and hand detectors, not the classifier's


def _has_hand(window: dict) -> bool:
    return any(item["label"] == HAND_LABEL for item in window.get("visual") or ())


def object_moments(windows: list[dict]) -> list[Moment]:
    """One moment per thing the object detector saw and run of adjacent windows it is seen in, named with the
    colour of its best-scoring sighting there ("olive green cup"), in time order."""
    out: list[Moment] = []
    runs: dict[str, tuple[float, float, dict, list[dict]]] = {}  # label -> (start, end, best sighting, windows)

    def close(label: str) -> None:
        start, end, best, run = runs.pop(label)
        name = f"{best['colour']} {label}" if best.get("colour") else label
        out.append(Moment(start, end, "object", name, _salience(run, start, end)))

    for w in windows:
        seen = {o["label"]: o for o in w.get("objects") or ()}
        for label in [label for label, r in runs.items() if label not in seen or w["start"] - r[1] > 1e-6]:
            close(label)
        for label, o in seen.items():
            if label in runs:
                start, _, best, run = runs[label]
                runs[label] = (start, w["end"], o if o["score"] > best["score"] else best, [*run, w])
            else:
                runs[label] = (w["start"], w["end"], o, [w])
    for label in list(runs):
        close(label)
    return sorted(out, key=lambda m: (m.start, m.text))


def screen_moments(windows: list[dict]) -> list[Moment]:
    """One moment per run of adjacent windows whose text on screen is the same."""
    out: list[Moment] = []
    run: list[dict] = []
    for w in windows + [{}]:
        if run and (w.get("text") != run[0]["text"] or w.get("start", 0.0) - run[-1]["end"] > 1e-6):
            start, end = run[0]["start"], run[-1]["end"]
            out.append(Moment(start, end, "screen", SCREEN_JOIN.join(run[0]["text"]), _salience(run, start, end)))
            run = []
        if w.get("text"):
            run.append(w)
    return out


def audio_moments(windows: list[dict]) -> list[Moment]:
    out: list[Moment] = []
    run: tuple[str, float, float] | None = None
    for w in windows:
        a = w.get("audio")
        sound = None
        if a:
            best = max(_SOUNDS, key=lambda k: a.get(k, 0.0))
            if a.get(best, 0.0) >= _SOUND_MIN and a.get(best, 0.0) > a.get("speech", 0.0):
                sound = best
        if run and (sound != run[0] or w["start"] - run[2] > 1e-6):
            out.append(Moment(run[1], run[2], "audio", run[0], _salience(windows, run[1], run[2])))
            run = None
        if sound:
            run = (sound, run[1] if run else w["start"], w["end"])
    if run:
        out.append(Moment(run[1], run[2], "audio", run[0], _salience(windows, run[1], run[2])))
    return out
