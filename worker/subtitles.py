"""Subtitle cues from timed words, and their SRT / WebVTT text.

Rules (``CueRules``; the defaults are common broadcast conventions):

* at most ``max_line_chars`` (42) characters a line and ``max_lines`` (2) lines a cue;
* a cue is shown ``min_duration`` (0.83 s) to ``max_duration`` (7 s);
* at most ``max_cps`` (20) characters per second. The count is every character of the cue's
  text with its lines joined by one space (letters, digits, spaces and punctuation), as most
  checkers count it;
* cues are in time order and never overlap (``min_gap`` seconds apart, 0 by default);
* times are whole milliseconds, what SRT and WebVTT carry, and the rules are checked on those.

Text. Whisper words carry a leading space; they are stripped and rejoined with one space. A
word without a leading space (other than a segment's first) continues the word before it. A
segment without words has its text split on spaces and spread over its time span by length.
Words are never split, except one longer than a line (no other choice): it is cut into equal
pieces that go on separate lines, so joining the lines without spaces gives the word back.

Cues. The words are cut into cues by dynamic programming over the places between words, with
lower costs for breaking after ``. ? !``, then after ``, ; :``, then before a conjunction or
preposition ("and", "but", "that", "to", "of", ...), and at a pause or a Whisper segment end;
higher for breaking after "the", "a", "to", "Mr."...; a cost per cue (fuller cues), for very
short cues and for a pause inside a cue. Whisper often starts a word early, over the pause
before it, so a word much longer than its letters need counts as preceded by a pause (for
choosing breaks only). A cue must fit its lines and its words must span at most
``max_duration``. Lines are split the same way, also weighing their balance and avoiding a new
sentence that runs on within a line; text that fits one line stays on one line.

Timing. A cue starts at its first word's start and ends at its last word's end (a single
word longer than ``max_duration`` is clipped to ``max_duration`` from its start). It is then
made long enough for ``min_duration`` and ``max_cps`` by extending its end into the silence
after it, never past the next cue's start. Where that silence is too short (a fast talker),
its start moves earlier into the silence before it, never into the previous cue. Only where
neither suffices is the next cue delayed (last resort). Either way no cue starts more than
``max_shift`` (1.5 s) from its first word's start, which bounds how far text leaves speech.

Trade-off: dense speech can need more time than there is. Speech above ``max_cps`` sustained
for long with no pauses to absorb the excess cannot fit within ``max_shift``. Then the rules
still win: the bound is raised to the smallest one that fits and a warning is logged, so text
drifts more than ``max_shift`` from the speech in that stretch (calm stretches keep their
natural times; the last cue may run past the end of the speech). Nothing is dropped or
condensed to save time.

Output. ``to_srt`` and ``to_vtt`` write the cues with times rounded to milliseconds; WebVTT
text escapes ``& < >`` as ``&amp; &lt; &gt;``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass

from worker.types import Cue, Segment

log = logging.getLogger(__name__)

_SENTENCE_END = ".?!…"
_CLAUSE_END = ",;:–—"
_CLOSERS = "\"'”’)]»"
_PUNCT = "\"'“”‘’()[]«».,;:!?…–—-"
# Break before these: conjunctions, relative pronouns, prepositions.
_BREAK_BEFORE = frozenset(
    "and but or nor so yet because although though while when whenever where whereas whether "
    "if unless until since that which who whom whose what how why to of in on at for with "
    "from by about into onto over under after before between through during without as than "
    "against among upon".split()
)
_ABBREVIATIONS = frozenset("mr. mrs. ms. dr. st. jr. sr. prof. mt. vs. e.g. i.e.".split())
# Lines and cues should not end with these: articles, possessives, conjunctions, prepositions.
_WEAK_END = _BREAK_BEFORE | frozenset(
    "a an the my your his her its our their this these those is are was were".split()
)

_CUE_COST = 2.5  # per cue: prefer fuller cues
_SHORT_CHARS = 16  # cues shorter than this cost a little more
_PAUSE_FREE_MS = 300  # pauses shorter than this inside a cue are free
_WORD_MS, _CHAR_MS = 200, 80  # a word longer than this is taken to include a pause


@dataclass(frozen=True)
class CueRules:
    """Limits a cue must keep (durations and gaps in seconds); see the module docstring."""

    max_line_chars: int = 42
    max_lines: int = 2
    min_duration: float = 0.83
    max_duration: float = 7.0
    max_cps: float = 20.0
    min_gap: float = 0.0
    max_shift: float = 1.5  # how far a cue's start may move from its first word's start

    def __post_init__(self) -> None:
        if self.max_line_chars < 1 or self.max_lines < 1:
            raise ValueError("max_line_chars and max_lines must be at least 1")
        if not 0 < self.min_duration <= self.max_duration:
            raise ValueError("need 0 < min_duration <= max_duration")
        if self.max_cps <= 0 or self.min_gap < 0 or self.max_shift < 0:
            raise ValueError("need max_cps > 0, min_gap >= 0, max_shift >= 0")
        if self.max_line_chars / self.max_cps > self.max_duration:
            raise ValueError("a full line could not be read within max_duration")

    @property
    def max_cue_chars(self) -> int:
        return self.max_lines * self.max_line_chars + self.max_lines - 1


@dataclass
class _Token:
    text: str
    start: int  # ms
    end: int  # ms
    segment_end: bool = False


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def _bare(word: str) -> str:
    return word.strip(_PUNCT).lower()


def _spread(words: list[str], start: int, end: int) -> list[_Token]:
    """Tokens for words without timings: the span shared out by length."""
    weights = [len(w) + 1 for w in words]
    total = sum(weights)
    span = max(end - start, 0)
    out: list[_Token] = []
    acc = 0
    for w, weight in zip(words, weights):
        t0 = start + span * acc // total
        acc += weight
        out.append(_Token(w, t0, start + span * acc // total))
    return out


def _tokens(segments: Sequence[Segment], rules: CueRules) -> list[_Token]:
    tokens: list[_Token] = []
    for seg in segments:
        seg_tokens: list[_Token] = []
        if seg.words:
            for w in seg.words:
                text = w.word.strip()
                if not text:
                    continue
                if seg_tokens and not w.word[:1].isspace():  # continues the previous word
                    seg_tokens[-1].text += text
                    seg_tokens[-1].end = max(seg_tokens[-1].end, _ms(w.end))
                    continue
                seg_tokens.append(_Token(text, _ms(w.start), _ms(w.end)))
        else:
            seg_tokens = _spread(seg.text.split(), _ms(seg.start), _ms(seg.end))
        if seg_tokens:
            seg_tokens[-1].segment_end = True
        tokens.extend(seg_tokens)

    # Times never negative, never going back; a word ends at or after its start.
    prev_start = 0
    for t in tokens:
        t.start = max(t.start, prev_start)
        t.end = max(t.end, t.start)
        prev_start = t.start

    # A word longer than a line is cut into equal pieces (the only split word).
    out: list[_Token] = []
    limit = rules.max_line_chars
    for t in tokens:
        if len(t.text) <= limit:
            out.append(t)
            continue
        n = math.ceil(len(t.text) / limit)
        size = math.ceil(len(t.text) / n)
        parts = [t.text[i:i + size] for i in range(0, len(t.text), size)]
        pieces = _spread(parts, t.start, t.end)
        pieces[-1].segment_end = t.segment_end
        out.extend(pieces)
    return out


class _Layout:
    """Costs of breaking between tokens, and the best lines for a run of tokens."""

    def __init__(self, tokens: list[_Token], rules: CueRules) -> None:
        self.tokens = tokens
        self.rules = rules
        self.prefix = [0]
        for t in tokens:
            self.prefix.append(self.prefix[-1] + len(t.text))
        n = len(tokens)
        # link[k]: linguistic cost of breaking between tokens k and k + 1.
        self.link = [self._link_cost(k) for k in range(n - 1)]
        # Whisper often starts a word early, over the pause before it, so a word far longer
        # than its letters need counts the excess as pause (for choosing breaks, not timing).
        stretch = [max(t.end - t.start - _WORD_MS - _CHAR_MS * len(t.text), 0) for t in tokens]
        self.pause = [max(tokens[k + 1].start - tokens[k].end, 0) + stretch[k + 1]
                      for k in range(n - 1)]
        # Text running on within one line past a sentence or segment end costs a little.
        self.inline_prefix = [0.0]
        for k in range(n - 1):
            run_on = (2.0 if self.link[k] == 0.0 else 0.0) + (1.0 if tokens[k].segment_end else 0.0)
            self.inline_prefix.append(self.inline_prefix[-1] + run_on)
        self.pause_prefix = [0.0]
        for p in self.pause:
            self.pause_prefix.append(self.pause_prefix[-1] + 6.0 * max(p - _PAUSE_FREE_MS, 0) / 1000)

    def _link_cost(self, k: int) -> float:
        word, nxt = self.tokens[k].text, self.tokens[k + 1].text
        core = word.rstrip(_CLOSERS)
        last = core[-1:] or word[-1:]
        if core.lower() in _ABBREVIATIONS:
            return 6.0  # "Mr." and its name belong together
        if last in _SENTENCE_END:
            return 0.0
        if last in _CLAUSE_END or core.endswith(("-", "--")):
            return 1.0
        cost = 2.0 if _bare(nxt) in _BREAK_BEFORE else 4.0
        if _bare(word) in _WEAK_END:
            cost += 2.0
        return cost

    def chars(self, i: int, j: int) -> int:
        """Characters of tokens i..j-1 joined by single spaces."""
        return self.prefix[j] - self.prefix[i] + (j - i - 1)

    def boundary_cost(self, k: int) -> float:
        """Cost of ending a cue after token k: its link, less for a pause or segment end."""
        bonus = 3.0 * min(self.pause[k], 1000) / 1000 + (2.0 if self.tokens[k].segment_end else 0.0)
        return max(self.link[k] - bonus, 0.0)

    def inner_pause_cost(self, i: int, j: int) -> float:
        return self.pause_prefix[j - 1] - self.pause_prefix[i]

    def _run_on(self, i: int, j: int) -> float:
        """Run-on cost of the boundaries inside tokens i..j-1 (one line)."""
        return self.inline_prefix[j - 1] - self.inline_prefix[i] if j - i > 1 else 0.0

    def lines(self, i: int, j: int, estimate: bool = False) -> tuple[float, list[int]] | None:
        """(cost, indices starting lines 2..m) of the best lines for tokens i..j-1, None if
        they do not fit. Uses the fewest lines possible. With ``estimate``, three or more
        lines are only checked to fit (cost 0, no breaks), as their search is slow."""
        limit = self.rules.max_line_chars
        if self.chars(i, j) <= limit:
            return self._run_on(i, j), []
        needed, width = 1, -1  # greedy wrap gives the fewest lines
        for k in range(i, j):
            w = len(self.tokens[k].text)
            if width >= 0 and width + 1 + w > limit:
                needed += 1
                width = w
            else:
                width = w if width < 0 else width + 1 + w
        if needed > self.rules.max_lines:
            return None
        best: tuple[float, list[int]] | None = None
        if needed == 2:
            for k in range(i + 1, j):
                a, b = self.chars(i, k), self.chars(k, j)
                if a <= limit and b <= limit:
                    cost = (self.boundary_cost(k - 1) + 3.0 * abs(a - b) / limit
                            + self._run_on(i, k) + self._run_on(k, j))
                    if best is None or cost < best[0]:
                        best = (cost, [k])
            return best
        return (0.0, []) if estimate else self._lines_dp(i, j, needed)

    def _lines_dp(self, i: int, j: int, m: int) -> tuple[float, list[int]] | None:
        """Exactly m lines (m >= 3): minimise break costs plus deviation from even lengths."""
        limit = self.rules.max_line_chars
        mean = self.chars(i, j) / m
        inf = math.inf
        # cost[c][k]: best cost of tokens i..k-1 on c lines; start[c][k]: where the last began
        cost = [[inf] * (j + 1) for _ in range(m + 1)]
        start = [[-1] * (j + 1) for _ in range(m + 1)]
        cost[0][i] = 0.0
        for c in range(1, m + 1):
            for k in range(i + 1, j + 1):
                for p in range(k - 1, i - 1, -1):
                    if self.chars(p, k) > limit:
                        break
                    if cost[c - 1][p] == inf:
                        continue
                    val = (cost[c - 1][p] + 3.0 * abs(self.chars(p, k) - mean) / limit
                           + self._run_on(p, k))
                    if p > i:
                        val += self.boundary_cost(p - 1)
                    if val < cost[c][k]:
                        cost[c][k], start[c][k] = val, p
        if cost[m][j] == inf:
            return None
        breaks, k = [], j
        for c in range(m, 1, -1):
            k = start[c][k]
            breaks.append(k)
        return cost[m][j], sorted(breaks)


def _group(layout: _Layout) -> list[tuple[int, int, list[str]]]:
    """Cut the tokens into cues: (first, end, lines) with the lowest total cost."""
    tokens, rules = layout.tokens, layout.rules
    n = len(tokens)
    max_dur = round(rules.max_duration * 1000)
    best = [math.inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for j in range(1, n + 1):
        end_cost = layout.boundary_cost(j - 1) if j < n else 0.0
        for i in range(j - 1, -1, -1):
            single = j - i == 1
            chars = layout.chars(i, j)
            if not single and (chars > rules.max_cue_chars
                               or tokens[j - 1].end - tokens[i].start > max_dur
                               or chars / rules.max_cps > rules.max_duration):
                break
            lines = layout.lines(i, j, estimate=True)
            if lines is None:
                break  # adding tokens in front only makes it longer
            cost = (best[i] + _CUE_COST + lines[0] + end_cost + layout.inner_pause_cost(i, j)
                    + 0.1 * max(_SHORT_CHARS - chars, 0))
            if cost < best[j]:
                best[j], back[j] = cost, i
    cues: list[tuple[int, int, list[str]]] = []
    j = n
    while j > 0:
        i = back[j]
        result = layout.lines(i, j)
        assert result is not None
        bounds = [i, *result[1], j]
        lines = [" ".join(t.text for t in tokens[a:b]) for a, b in zip(bounds, bounds[1:])]
        cues.append((i, j, lines))
        j = i
    cues.reverse()
    return cues


def _feasible(starts: list[int], needs: list[int], gap: int, shift: int) -> bool:
    prev_end: int | None = None
    for s, need in zip(starts, needs):
        a = max(0, s - shift) if prev_end is None else max(0, s - shift, prev_end + gap)
        if a > s + shift:
            return False
        prev_end = a + need
    return True


def _min_shift(starts: list[int], needs: list[int], gap: int, shift: int) -> int:
    """The smallest start shift >= shift (ms) that lets every cue have its needed length."""
    if _feasible(starts, needs, gap, shift):
        return shift
    lo, hi = shift, max(2 * shift, 1000)
    while not _feasible(starts, needs, gap, hi):
        lo, hi = hi, 2 * hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _feasible(starts, needs, gap, mid):
            hi = mid
        else:
            lo = mid
    return hi


def _timings(starts: list[int], ends: list[int], needs: list[int],
             rules: CueRules) -> list[tuple[int, int]]:
    """(start, end) in ms for each cue; see the module docstring for the strategy."""
    n = len(starts)
    gap = math.ceil(rules.min_gap * 1000 - 1e-9)
    max_dur = math.floor(rules.max_duration * 1000 + 1e-9)
    wanted = round(rules.max_shift * 1000)
    shift = _min_shift(starts, needs, gap, wanted)
    if shift > wanted:
        log.warning("speech too dense for the subtitle rules: cues shifted up to %.3f s "
                    "(max_shift %.3f s)", shift / 1000, rules.max_shift)
    # latest[k]: the latest start of cue k that still leaves room for all cues after it.
    latest = [0] * n
    for k in range(n - 1, -1, -1):
        latest[k] = starts[k] + shift
        if k + 1 < n:
            latest[k] = min(latest[k], latest[k + 1] - gap - needs[k])
    out: list[tuple[int, int]] = []
    prev_end: int | None = None
    for k in range(n):
        lo = max(0, starts[k] - shift)
        if prev_end is not None:
            lo = max(lo, prev_end + gap)
        target = starts[k]
        if k + 1 < n:  # start earlier rather than delay the next cue
            target = min(target, starts[k + 1] - gap - needs[k])
        a = min(max(target, lo), latest[k])
        assert a >= lo, "layout infeasible"  # _min_shift guarantees room
        hi = a + max_dur
        if k + 1 < n:
            hi = min(hi, latest[k + 1] - gap)
        b = min(max(ends[k], a + needs[k]), hi)
        out.append((a, b))
        prev_end = b
    return out


def build_cues(segments: Sequence[Segment], rules: CueRules = CueRules()) -> list[Cue]:
    """Subtitle cues for transcript segments, following ``rules`` (see the module docstring)."""
    tokens = _tokens(segments, rules)
    if not tokens:
        return []
    groups = _group(_Layout(tokens, rules))
    min_dur = math.ceil(rules.min_duration * 1000 - 1e-9)
    max_dur = math.floor(rules.max_duration * 1000 + 1e-9)
    starts, ends, needs = [], [], []
    for i, j, lines in groups:
        chars = len(" ".join(lines))
        starts.append(tokens[i].start)
        ends.append(min(tokens[j - 1].end, tokens[i].start + max_dur))
        needs.append(max(min_dur, math.ceil(chars * 1000 / rules.max_cps - 1e-9)))
    times = _timings(starts, ends, needs, rules)
    return [Cue(a / 1000, b / 1000, tuple(lines)) for (a, b), (_, _, lines) in zip(times, groups)]


def in_english(segments: Sequence[Segment]) -> list[Segment] | None:
    """The segments as an English subtitle track: a translated segment's English (its words spread over
    its time: a translation has no word times) in place of what was said; None when nothing was
    translated (the ordinary track is the English one)."""
    if not any(s.translation for s in segments):
        return None
    return [Segment(s.start, s.end, s.translation, language="en") if s.translation else s for s in segments]


def cue_chars(cue: Cue) -> int:
    """The characters counted for reading speed: the lines joined by one space."""
    return len(" ".join(cue.lines))


def validate_cues(cues: Sequence[Cue], rules: CueRules = CueRules()) -> list[str]:
    """Every way the cues break ``rules``, in words; empty when they conform.

    Times are checked as whole milliseconds, as they are written out."""
    problems: list[str] = []
    prev_end: int | None = None
    gap = math.ceil(rules.min_gap * 1000 - 1e-9)
    for n, cue in enumerate(cues, 1):
        start, end = _ms(cue.start), _ms(cue.end)
        dur = end - start
        where = f"cue {n} ({cue.start:.3f}-{cue.end:.3f} s)"
        if not cue.lines or any(not line.strip() or "\n" in line for line in cue.lines):
            problems.append(f"{where}: empty line or no text {cue.lines!r}")
        if len(cue.lines) > rules.max_lines:
            problems.append(f"{where}: {len(cue.lines)} lines > {rules.max_lines}")
        for line in cue.lines:
            if len(line) > rules.max_line_chars:
                problems.append(f"{where}: line of {len(line)} chars > {rules.max_line_chars}: "
                                f"{line!r}")
        if start < 0:
            problems.append(f"{where}: starts before 0")
        if dur < rules.min_duration * 1000 - 1e-6:
            problems.append(f"{where}: lasts {dur / 1000:.3f} s < {rules.min_duration} s")
        if dur > rules.max_duration * 1000 + 1e-6:
            problems.append(f"{where}: lasts {dur / 1000:.3f} s > {rules.max_duration} s")
        chars = cue_chars(cue)
        if chars * 1000 > rules.max_cps * max(dur, 0) + 1e-6:
            cps = chars * 1000 / dur if dur > 0 else math.inf
            problems.append(f"{where}: {cps:.1f} chars/s > {rules.max_cps}")
        if prev_end is not None and start < prev_end + gap:
            problems.append(f"{where}: starts before the previous cue ends"
                            + (f" plus {rules.min_gap} s" if gap else ""))
        prev_end = end
    return problems


def _timestamp(seconds: float, sep: str) -> str:
    ms = max(_ms(seconds), 0)
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{sep}{millis:03d}"


def _text_lines(cue: Cue) -> list[str]:
    return [line.strip() for line in cue.lines if line.strip()]


def to_srt(cues: Sequence[Cue]) -> str:
    """SubRip text: numbered cues, HH:MM:SS,mmm times, a blank line after each."""
    blocks = []
    for n, cue in enumerate(cues, 1):
        text = "\n".join(_text_lines(cue))
        blocks.append(f"{n}\n{_timestamp(cue.start, ',')} --> {_timestamp(cue.end, ',')}\n{text}\n")
    return "\n".join(blocks)


def _vtt_escape(line: str) -> str:
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Sequence[Cue]) -> str:
    """WebVTT text: the WEBVTT header, then numbered cues with HH:MM:SS.mmm times.

    ``&``, ``<`` and ``>`` in the text are written as ``&amp;``, ``&lt;`` and ``&gt;`` (cue
    text is markup in WebVTT; this also keeps ``-->`` out of it)."""
    blocks = ["WEBVTT\n"]
    for n, cue in enumerate(cues, 1):
        text = "\n".join(_vtt_escape(line) for line in _text_lines(cue))
        blocks.append(f"{n}\n{_timestamp(cue.start, '.')} --> {_timestamp(cue.end, '.')}\n{text}\n")
    return "\n".join(blocks)
