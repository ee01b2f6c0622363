"""Summaries of one video: a short one, a detailed one per section, and keywords.

Extractive by default, so every sentence is something the video said or showed:

- each spoken sentence scores by centrality (cosine to the transcript's mean embedding: what the
  whole talk is about), the fusion model's salience where it was said, and a little for length
  (fragments of two words rarely carry a fact);
- ``short`` takes the best sentences (at most three, about 60 words) with maximal marginal
  relevance, so it does not repeat itself, and puts them back in time order;
- ``detailed`` has one entry per section (chapters merged until each lasts at least
  ``max(15 s, duration / 12)``), with its best sentences, what is shown, read on screen and heard;
- ``keywords`` are the transcript's most frequent content words, then the dominant frame labels.

Where the speech is not all English, each section says the languages spoken in it and the keywords
start with the video's (``Moment.language``, as Whisper read each sentence).

A video without speech gets a description of what is shown, read on screen and heard, from the
frame labels, the text read and the sound descriptors (too little speech to summarise is quoted). With an LLM configured, ``short`` is rewritten by it from the extractive
evidence, and served only when it passes the grounding check (``vidsense.grounding``);
otherwise the extractive one is served and the rejection is recorded in ``llm``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from vidsense.answer_checks import LAUGHTER
from vidsense.categories import category_of, mentions_member
from vidsense.grounding import check_grounding, evidence_vocabulary
from vidsense.languages import said_in, spoken_languages
from vidsense.loudness import whispers
from models.label_groups import describe_labels, label_groups
from vidsense.moments import Moment, MomentSet, joined_sentences, moment_labels, screen_lines
from vidsense.text import STOPWORDS, content_words, format_time, headline, stem, words
from vidsense.voices import raised

__all__ = ["Section", "Summary", "summarize", "SUMMARY_JSON"]

SUMMARY_JSON = "summary.json"
_SHORT_SENTENCES = 3
_SHORT_WORDS = 60
_SECTION_SENTENCES = 3
_SECTION_MAX = 5
_DISTINCT = 0.25  # cosine under which a sentence counts as distinct content
_SECTION_ALL_WORDS = 50  # a section whose sentences say this many words in all, or fewer, ...
_SECTION_ALL_MAX = 8  # ... and are this many at most, is given whole
_MMR_LAMBDA = 0.7
_KEYWORDS = 10
# who is speaking and from where is news a summary should keep: "This is Diane in New Jersey", "I'm Sheila in
# Texas", "thank you for calling Super Awesome Company", "welcome to Plant Chat"
_INTRODUCES = re.compile(r"\b(?:I'm|I am|[Mm]y name is|[Tt]his is|[Cc]alling|[Ww]elcome to)\s+(?:the\s+)?[A-Z][a-z]")
_INTRODUCTION_BONUS = 0.2
_MIN_SPEECH_WORDS = 3
_QUOTED_WORDS = 20  # at most this much of that little speech is quoted
_MENU_MIN = 3  # a section with this many sentences that name a key of the keypad is a phone menu ...
_MENU_MAX = 10  # ... and its options, this many at most, are one bullet


@dataclass
class Section:
    start: float
    end: float
    title: str
    bullets: list[str]

    def to_dict(self) -> dict:
        return {"start": round(self.start, 3), "end": round(self.end, 3), "title": self.title, "bullets": self.bullets}


@dataclass
class Summary:
    short: str
    detailed: list[Section]
    keywords: list[str]
    method: str  # "extractive" | "llm" | "description" (no speech)
    grounding: dict = field(default_factory=dict)
    llm: dict | None = None  # which LLM was tried, and why its text was not served

    def to_dict(self) -> dict:
        return {"short": self.short, "detailed": [s.to_dict() for s in self.detailed],
                "keywords": self.keywords, "method": self.method, "grounding": self.grounding, "llm": self.llm}

    def text(self) -> str:
        parts = [self.short] + [b for s in self.detailed for b in [s.title, *s.bullets]] + self.keywords
        return "\n".join(parts)


def summarize(moments: MomentSet, duration: float, chapters: list[dict], llm=None) -> Summary:
    said_how = _said_how(moments)
    moments = _whole_sentences(moments)
    spoken = moments.of("transcript")
    if sum(len(content_words(moments.moments[i].text)) for i in spoken) < _MIN_SPEECH_WORDS:
        spoken = []  # a "hmm" over music is not speech to summarise
    scores = _sentence_scores(moments, spoken)
    sections = _sections(chapters, duration)
    languages = _languages(moments, spoken)
    foreign = bool(languages) and languages != ["English"]  # the languages are told where not all is English
    detailed = [_section(moments, spoken, scores, a, b, foreign, said_how) for a, b in sections]
    detailed = [s for s in detailed if s.bullets]
    keywords = _keywords(moments)
    if foreign:
        keywords = (languages + [k for k in keywords if k not in languages])[:_KEYWORDS]
    if spoken:
        picked = _mmr(moments, spoken, scores, _SHORT_SENTENCES, _SHORT_WORDS)
        short, method = " ".join(moments.moments[i].text for i in sorted(picked, key=lambda i: moments.moments[i].start)), "extractive"
    else:
        short, method = _describe(moments, duration, [moments.moments[i].text for i in moments.of("transcript")]), "description"
    vocab = evidence_vocabulary(*(m.text for m in moments.moments), format_time(duration))  # and its length
    grounding = check_grounding(short, vocab)
    summary = Summary(short, detailed, keywords, method, grounding.to_dict())
    if llm is not None and spoken:
        _try_llm(summary, llm, moments, spoken, scores, vocab)
    return summary


def _whole_sentences(moments: MomentSet) -> MomentSet:
    """Clauses back into sentences (a summary quotes whole sentences); a sentence's embedding is
    the normalised sum of its clauses'."""
    out: list[Moment] = []
    rows: list[np.ndarray] = []
    where: dict[int, int] = {}  # sentence number -> its index in out
    for m, e in zip(moments.moments, moments.embeddings):
        k = where.get(m.sentence) if m.source == "transcript" and m.sentence is not None else None
        if k is None:
            if m.source == "transcript" and m.sentence is not None:
                where[m.sentence] = len(out)
            out.append(m)
            rows.append(np.array(e, np.float32))
        else:
            out[k] = joined_sentences([out[k], m])[0]
            rows[k] = rows[k] + e
    emb = np.stack(rows) if rows else np.zeros((0, 384), np.float32)
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    return MomentSet(out, emb)


def _sentence_scores(moments: MomentSet, spoken: list[int]) -> dict[int, float]:
    if not spoken:
        return {}
    emb = moments.embeddings[spoken]
    lengths = np.array([len(words(moments.moments[i].text)) for i in spoken], np.float32)
    centroid = (emb * np.minimum(lengths, 30)[:, None]).sum(0)
    centroid /= np.linalg.norm(centroid) + 1e-9
    central = emb @ centroid
    out = {}
    for k, i in enumerate(spoken):
        m = moments.moments[i]
        n = lengths[k]
        out[i] = float(central[k] + 0.3 * m.salience + 0.15 * min(n, 20) / 20 - (0.3 if n < 4 else 0.0)
                       + (_INTRODUCTION_BONUS if _INTRODUCES.search(m.text) else 0.0))
    return out


def _mmr(moments: MomentSet, pool: list[int], scores: dict[int, float], k: int, max_words: int) -> list[int]:
    picked: list[int] = []
    total = 0
    candidates = list(pool)
    while candidates and len(picked) < k:
        def value(i: int) -> float:
            redundancy = max((float(moments.embeddings[i] @ moments.embeddings[j]) for j in picked), default=0.0)
            return _MMR_LAMBDA * scores[i] - (1 - _MMR_LAMBDA) * redundancy
        best = max(candidates, key=value)
        n = len(words(moments.moments[best].text))
        candidates.remove(best)
        if picked and total + n > max_words:
            continue
        picked.append(best)
        total += n
    return picked


def _sections(chapters: list[dict], duration: float) -> list[tuple[float, float]]:
    bounds = sorted({0.0, *(float(c["start"]) for c in chapters if 0 < float(c["start"]) < duration)})
    spans = [(a, b) for a, b in zip(bounds, bounds[1:] + [duration]) if b > a] or [(0.0, duration)]
    min_len = max(15.0, duration / 12)
    merged: list[list[float]] = []
    for a, b in spans:
        if merged and (merged[-1][1] - merged[-1][0] < min_len or b - a < min_len / 2):
            merged[-1][1] = b
        else:
            merged.append([a, b])
    if len(merged) > 1 and merged[-1][1] - merged[-1][0] < min_len:
        last = merged.pop()  # (not merged[-2][1] = merged.pop()[1]: the pop runs first, then [-2] is out of range)
        merged[-1][1] = last[1]
    return [(a, b) for a, b in merged]


def _inside(m: Moment, a: float, b: float) -> bool:
    middle = (m.start + m.end) / 2
    return a <= middle < b or (b == m.end and middle == b)


def _languages(moments: MomentSet, spoken: list[int]) -> list[str]:
    """The names of the languages the sentences ``spoken`` were read in, in the order first spoken."""
    return spoken_languages([moments.moments[i] for i in sorted(spoken, key=lambda i: moments.moments[i].start)])


def _said_how(moments: MomentSet) -> dict[int, str]:
    """Sentence number -> how it is said, where the voice tells it: "whispered" (``loudness.whispers``), "in a raised
    voice" (``voices.raised``), "laughing" (Whisper's "Ha ha ha"); a bullet says it after the sentence."""
    how = {m.sentence: "laughing" for m in moments.spoken.values() if LAUGHTER.search(m.text)}
    how.update({m.sentence: "in a raised voice" for m in raised(moments)})
    how.update({m.sentence: "whispered" for m in whispers(moments)})
    return how


def _section(moments: MomentSet, spoken: list[int], scores: dict[int, float], a: float, b: float,
             languages: bool = False, said_how: dict[int, str] | None = None) -> Section:
    """``languages``: say which are spoken here; ``said_how``: how sentences are said (``_said_how``)."""
    said_how = said_how or {}
    here = [i for i in spoken if _inside(moments.moments[i], a, b)]
    picked = _mmr(moments, here, scores, _SECTION_SENTENCES, 90) if here else []
    if len(here) <= _SECTION_ALL_MAX and sum(len(words(moments.moments[i].text)) for i in here) <= _SECTION_ALL_WORDS:
        picked = list(here)  # a few short lines ("Bobby ripped the ledger.", "He likes to eat pickles."): all of them
    # coverage: a sentence about something none of the picked ones is about (a card called out
    # between readings) is added too, up to _SECTION_MAX, so a distinct fact is not left out
    for i in sorted(here, key=lambda i: -scores[i]):
        if len(picked) >= _SECTION_MAX:
            break
        if i not in picked and content_words(moments.moments[i].text) and \
                max(float(moments.embeddings[i] @ moments.embeddings[j]) for j in picked) < _DISTINCT:
            picked.append(i)
    for i in sorted(here, key=lambda i: moments.moments[i].start):  # a whisper or a raised voice is news of its own,
        if len(picked) < _SECTION_MAX and i not in picked and moments.moments[i].sentence in said_how:  # where room is
            picked.append(i)
    quoted: set[str] = set()  # each segment's original once, after the first of its sentences

    def bullet(i: int) -> str:
        how = said_how.get(moments.moments[i].sentence)
        return _with_said(moments.moments[i], quoted) + (f" ({how})" if how else "")

    if len(options := [i for i in here if _names_key(moments.moments[i].text)]) >= _MENU_MIN:
        # a phone menu is its options: all of them in one bullet, where the first is said, instead of
        # the few that score best ("To connect with the sales department, click one. To connect with ...")
        menu = sorted(options, key=lambda i: moments.moments[i].start)[:_MENU_MAX]
        rest = sorted((i for i in picked if i not in options), key=lambda i: moments.moments[i].start)
        before = [i for i in rest if moments.moments[i].start < moments.moments[menu[0]].start]
        bullets = ([bullet(i) for i in before] + [" ".join(bullet(i) for i in menu)]  # (with what was said, translated)
                   + [bullet(i) for i in rest if i not in before])
    else:
        bullets = [bullet(i) for i in sorted(picked, key=lambda i: moments.moments[i].start)]
    if languages and (spoken_here := _languages(moments, here)):
        bullets.append("Spoken in " + _join(spoken_here) + ".")
    shown = _dominant(moments, "visual", a, b, 3)
    heard = _dominant(moments, "audio", a, b, 2)
    read = _dominant(moments, "screen", a, b, 2)
    if shown:
        bullets.append("Shown: " + describe_labels(shown) + ".")
    if read:
        bullets.append("On screen: " + ", ".join(f"\u201c{h}\u201d" for h in read) + ".")
    if heard:
        bullets.append("Heard: " + ", ".join(heard) + ".")
    title = f"{format_time(a)}–{format_time(b)}"
    if picked:
        title += ": " + headline(moments.moments[max(picked, key=lambda i: scores[i])].text)
    elif shown:
        title += ": " + shown[0]
    return Section(a, b, title, bullets)


def _with_said(m: Moment, quoted: set[str]) -> str:
    """A bullet: the sentence, and where it is Whisper's English translation, what was said in its language
    after it (a small model's translation; the words said are the evidence, and what a speaker of it
    reads), unless ``quoted`` (updated) already holds it."""
    said = (m.original or "").strip()
    if not said or said in quoted:
        return m.text
    quoted.add(said)
    return f"{m.text} ({said_in(m.language, said)})"


def _names_key(text: str) -> bool:
    """Whether a sentence names a key of a phone's keypad ("press 2", "dial one", "click 3")."""
    return mentions_member(category_of(stem("key")), text)


def _dominant(moments: MomentSet, source: str, a: float, b: float, k: int) -> list[str]:
    weight: Counter[str] = Counter()
    for m in moments.moments:
        if m.source == source and m.end > a and m.start < b:
            overlap = min(m.end, b) - max(m.start, a)
            for label in _labels(m):
                weight[label] += overlap
    return [label for label, _ in weight.most_common(k)]


def _labels(m: Moment) -> list[str]:
    """What a moment names: a visual one its classes, text on screen its largest line, a sound itself."""
    if m.source == "visual":
        return moment_labels(m)
    return [screen_lines(m)[0]] if m.source == "screen" else [m.text]


def _keywords(moments: MomentSet) -> list[str]:
    counts: Counter[str] = Counter()
    surface: dict[str, str] = {}
    for m in moments.moments:
        if m.source == "transcript":
            for w in content_words(m.text):
                if len(w) >= 4 and not w.isdigit():
                    s = stem(w)
                    counts[s] += 1
                    surface.setdefault(s, w)
    ranked = [surface[s] for s, n in sorted(counts.items(), key=lambda kv: (-kv[1], -len(surface[kv[0]])))]
    shown = _dominant(moments, "visual", 0.0, float("inf"), 3)
    groups = [g for label in shown for g in label_groups(label)]
    labels = list(dict.fromkeys(label for label in shown + groups if label.lower() not in STOPWORDS))[:5]
    out = ranked[: _KEYWORDS - len(labels)] + [label for label in labels if label not in ranked]
    return out[:_KEYWORDS]


def _describe(moments: MomentSet, duration: float, said: list[str] = ()) -> str:
    """What is shown, read and heard; ``said``: the few words spoken, too few to summarise, quoted."""
    shown = _dominant(moments, "visual", 0.0, float("inf"), 3)
    heard = _dominant(moments, "audio", 0.0, float("inf"), 2)
    read = _dominant(moments, "screen", 0.0, float("inf"), 2)
    quoted = " ".join(" ".join(said).split()[:_QUOTED_WORDS]).rstrip(".!?,;: ")
    parts = [f"A {format_time(duration)} video with little speech: \u201c{quoted}\u201d." if quoted
             else f"A {format_time(duration)} video without speech."]
    if shown:
        parts.append("It shows " + describe_labels(shown) + ".")
    if read:
        parts.append("The screen reads " + _join([f"\u201c{h}\u201d" for h in read]) + ".")
    if heard:
        parts.append("The sound is mostly " + _join(heard) + ".")
    elif not shown:
        parts.append("Nothing was recognised in it.")
    return " ".join(parts)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _try_llm(summary: Summary, llm, moments: MomentSet, spoken: list[int], scores: dict[int, float], vocab: set[str]) -> None:
    best = sorted(spoken, key=lambda i: -scores[i])[:12]
    from models.llm import SUMMARY_PROMPT, summary_request

    evidence = [moments.moments[i].text for i in sorted(best, key=lambda i: moments.moments[i].start)]
    try:
        text = " ".join(llm.complete(SUMMARY_PROMPT.system, summary_request(evidence), max_tokens=90,
                                     prefix=SUMMARY_PROMPT.prefix).split())
    except Exception as exc:  # a broken LLM must not cost the summary
        summary.llm = {"model": getattr(llm, "name", "llm"), "served": False, "reason": f"error: {exc}"[:300]}
        return
    grounding = check_grounding(text, vocab)
    if grounding.ok:
        summary.short, summary.method, summary.grounding = text, "llm", grounding.to_dict()
        summary.llm = {"model": getattr(llm, "name", "llm"), "served": True}
    else:
        summary.llm = {"model": getattr(llm, "name", "llm"), "served": False, "reason": "failed the grounding check",
                       "untraced": list(grounding.untraced), "text": text}
