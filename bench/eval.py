"""Evaluation harness for vidsense's understanding: grounded QA, summaries, WER, subtitle timing.

Runs the dev set in bench/devset.yaml (real media from ../shared/media) through the product as a
user would: `vidsense analyze` once per item (cached), then `vidsense.asking.ask_folder` for every
question (an item's questions in the set's order, as one conversation: each is asked with the one
before it and the answer the service gave it, so that "what should I click next after that?" can
follow on; --independent asks each alone), and scores what comes out against references written
by people. Prints one markdown table with the floors of issue 4 and pass/fail; --verbose adds
per-question and per-item details; --save writes the report (details included) to
bench/eval.results.txt.

Media. Items with `file` use a file of the media folder as is. Items with `build` are composed
here with ffmpeg into WORK_DIR/media (cached by their recipe and sources, never committed):
consecutive real scenes (scaled, letterboxed, 25 fps) under real recordings placed
sample-exactly on digital silence at known offsets, or an audio-only .m4a.

Analysis cache. WORK_DIR/analysis/ITEM holds `vidsense analyze` output and meta.json: the media's
sha256, the ASR model, the VIDSENSE_* settings, and the sha256 of every project source file the
analyze process imported (recorded by the process itself at exit). It is reused while all of them
are unchanged; --fresh redoes it, --stale-ok skips the source check. QA always runs live (it
is what is being measured). Cost rows of cached items are those measured when they were made.

Scoring (every text is normalized by bench/asr_models.normalize: NFKC, lowercase, apostrophes
dropped, Mr./Mrs./Dr. spelled out, numbers as words, punctuation and hyphens to spaces):

- "X appears in T": X's words occur as a contiguous run of T's words, a trailing plural "s"
  ignored on both sides ("bikes" matches "bike").
- QA, answerable (speech, visual): correct when found is true, one accepted alternative appears
  in the ANSWER TEXT (not the evidence: evidence is retrieved context and may contain the right
  words while the answer is wrong; a system that returns all its context must not score), and
  the answer's start is close to the reference evidence: for "what" questions (with `accept`),
  within TOL (5 s) of the evidence span (distance 0 inside it: any moment of the span is valid
  evidence); for "when" questions (no `accept`, the time is the answer), within TOL of the
  span's start (the onset is what is asked). A start of None fails when a span is given.
- QA, unanswerable: correct only when found is false. Any answer is a failure.
- Summary key-fact recall: facts mentioned / facts, over all items; the summary text is
  short + section titles + bullets + keywords of summary.json.
- WER: jiwer over normalized words, transcript.json segments joined vs the references of the
  recordings in the item in time order; total = sum of errors / sum of reference words. Items
  marked no_speech report the words transcribed there (all invented) instead.
- Subtitle timing (items with LibriVox recordings, whose words have forced-alignment times):
  the reference words of each item (LibriVox words timed, jfk/cards words untimed) are aligned
  to the hypothesis words (difflib, exact normalized matches). Cue start error = mean over the
  subtitles.srt cues whose first word matches a timed reference word of |cue start - that
  word's reference start| (also the signed mean: negative = cues start early). The same for
  transcript segments (segment start) and for every matched word (Whisper word start).
- Cost: analyze wall and CPU seconds (child process) per second of media and its stage
  timings (from analyze's stderr; a stage whose name contains "summar" gives seconds per
  summary); seconds per answer = wall time of each ask_folder call (first call apart: it loads
  models).

Exit status: 0 when every floor passes, 1 otherwise (a row that could not be measured fails).

Run from the project root:  .venv/bin/python bench/eval.py [--verbose] [--save] [--only ITEM,QID]
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
import traceback
import wave
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import yaml
from tqdm import tqdm

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from models.packaged import sha256  # noqa: E402

SR = 16000
BUILD_VERSION = 1  # bump when the way media are composed changes
CACHE_VERSION = 1  # bump when the analysis cache layout changes
FLOORS = {"speech": 0.80, "visual": 0.60, "facts": 0.70}


# --- text -----------------------------------------------------------------------------------

def normalize(text: str) -> str:
    from asr_models import normalize as _normalize  # the richer WER normalizer of the ASR bench

    return _normalize(text)


def _stem(tok: str) -> str:
    return tok[:-1] if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss") else tok


def appears(phrase: str | list[str], text: str) -> bool:
    """Whether phrase (or, for a list, every phrase in it) occurs as a run of whole words in text."""
    if isinstance(phrase, list):
        return all(appears(p, text) for p in phrase)
    needle = [_stem(t) for t in normalize(phrase).split()]
    hay = [_stem(t) for t in normalize(text).split()]
    if not needle:
        return False
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def any_appears(alternatives: list, text: str) -> str | None:
    for alt in alternatives:
        if appears(alt, text):
            return alt if isinstance(alt, str) else " + ".join(alt)
    return None


# --- the dev set ------------------------------------------------------------------------------

@dataclass
class SpeechPart:
    src: str
    at: float
    text: str
    words: list[tuple[str, float]] | None  # (raw word, start s in the item) when aligned
    cut: tuple[float, float | None] = (0.0, None)  # (from, dur) seconds of the recording used
    af: str = ""  # ffmpeg audio filter applied to the recording (a band-limited line, a lower voice)
    gain_db: float = 0.0


@dataclass
class Item:
    id: str
    spec: dict
    speech: list[SpeechPart]
    facts: list[list]
    no_speech: bool
    path: Path | None = None  # the media file, once built
    duration: float | None = None
    heldout: bool = False


@dataclass
class Question:
    id: str
    item: str
    kind: str
    q: str
    accept: list | None
    span: tuple[float, float] | None
    heldout: bool = False


def _card_texts(media: Path) -> dict[str, str]:
    out = {}
    for line in (media / "speech" / "cards" / "cards.transcription").read_text().splitlines():
        m = re.match(r"\s*<s>(.*)</s>\s*\((\w+)\)", line)
        if m:
            out[m.group(2)] = " ".join(m.group(1).split())
    return out


def _speech_part(media: Path, s: dict, cards: dict[str, str]) -> SpeechPart:
    src, at = s["src"], float(s["at"])
    cut = (float(s.get("from", 0.0)), float(s["dur"]) if s.get("dur") is not None else None)
    extra = {"cut": cut, "af": str(s.get("af", "")), "gain_db": float(s.get("gain_db", 0.0))}
    p = media / src
    if cut != (0.0, None) and "text" not in s:
        raise SystemExit(f"{src}: a cut recording (from/dur) needs its own reference `text`")
    if p.parent.name == "cards":
        return SpeechPart(src, at, s.get("text") or cards[p.stem], None, **extra)
    text = s.get("text") or p.with_suffix(".txt").read_text().strip()
    words = None
    aligned = p.with_suffix(".json")
    if aligned.is_file():
        data = json.loads(aligned.read_text())
        a, d = cut
        words = [(re.sub(r"\(\d+\)$", "", w["t"]), round(at + w["b"] - a, 3)) for w in data["w"]
                 if not w["t"].startswith(("<", "[")) and w["b"] >= a and (d is None or w["b"] < a + d)]
    return SpeechPart(src, at, text, words, **extra)


def load_devset(path: Path, media: Path) -> tuple[list[Item], list[Question]]:
    data = yaml.safe_load(path.read_text())
    cards = _card_texts(media)
    items = []
    for it in data["items"] + (data.get("heldout_items") or []):
        speech = [_speech_part(media, s, cards) for s in it.get("speech", [])]
        speech.sort(key=lambda s: s.at)
        items.append(Item(it["id"], it, speech, it.get("facts", []), bool(it.get("no_speech")),
                          heldout=bool(it.get("heldout"))))
    heldout_items = {i.id for i in items if i.heldout}
    ids = {i.id for i in items}
    questions = []
    for q in data["questions"] + (data.get("heldout_questions") or []):
        if q["item"] not in ids:
            raise SystemExit(f"{path}: question {q['id']} names unknown item {q['item']}")
        if q["kind"] not in ("speech", "visual", "unanswerable"):
            raise SystemExit(f"{path}: question {q['id']}: unknown kind {q['kind']}")
        if q["kind"] != "unanswerable" and not q.get("accept") and not q.get("span"):
            raise SystemExit(f"{path}: question {q['id']} has neither accept nor span")
        span = tuple(float(x) for x in q["span"]) if q.get("span") else None
        questions.append(Question(q["id"], q["item"], q["kind"], q["q"], q.get("accept"), span,
                                  bool(q.get("heldout", q["item"] in heldout_items))))
    return items, questions


# --- building media ----------------------------------------------------------------------------



def _pcm(path: Path, part: SpeechPart | None = None) -> bytes:
    """16 kHz mono s16le samples of a recording (ffmpeg resamples if needed), cut, filtered and
    scaled as the part says."""
    cmd = ["ffmpeg", "-v", "error"]
    if part is not None and part.cut[0]:
        cmd += ["-ss", f"{part.cut[0]}"]
    if part is not None and part.cut[1] is not None:
        cmd += ["-t", f"{part.cut[1]}"]
    cmd += ["-i", str(path)]
    filters = [f for f in ((part.af if part else ""), (f"volume={part.gain_db}dB" if part and part.gain_db else "")) if f]
    if filters:
        cmd += ["-af", ",".join(filters)]
    out = subprocess.run(cmd + ["-f", "s16le", "-ac", "1", "-ar", str(SR), "-"], check=True, capture_output=True)
    return out.stdout


def _noise(n: int, dbfs: float, seed: str) -> "np.ndarray":
    """Seeded white noise at ``dbfs`` RMS, with a slow hum at 50 Hz: an old, noisy recording."""
    import numpy as np

    rng = np.random.default_rng(int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16))
    amp = 32768.0 * 10 ** (dbfs / 20)
    t = np.arange(n) / SR
    return amp * (rng.standard_normal(n) + 0.5 * np.sin(2 * np.pi * 50 * t))


def _soundtrack(item: Item, media: Path, duration: float, out: Path) -> None:
    """The item's recordings placed sample-exactly on digital silence, as a 16 kHz wav."""
    import numpy as np

    buf = bytearray(int(round(duration * SR)) * 2)
    for part in item.speech:
        pcm = _pcm(media / part.src, part)
        a = int(round(part.at * SR)) * 2
        if a + len(pcm) > len(buf):
            raise SystemExit(f"{item.id}: {part.src} at {part.at} s runs past the item's {duration} s")
        buf[a:a + len(pcm)] = pcm
    bed = item.spec["build"].get("bed")
    if bed:  # a real background (music, effects) looped under the whole track
        loop = np.frombuffer(_pcm(media / bed["src"], SpeechPart(bed["src"], 0.0, "", None,
                                                                 gain_db=float(bed.get("gain_db", 0.0)))), np.int16)
        reps = -(-(len(buf) // 2) // max(len(loop), 1))
        x = np.frombuffer(bytes(buf), np.int16).astype(np.float64) + np.tile(loop, reps)[: len(buf) // 2]
        buf = bytearray(np.clip(np.round(x), -32768, 32767).astype(np.int16).tobytes())
    noise = item.spec["build"].get("noise_dbfs")
    if noise is not None:  # the whole track, silences included
        x = np.frombuffer(bytes(buf), np.int16).astype(np.float64) + _noise(len(buf) // 2, float(noise), item.id)
        buf = bytearray(np.clip(np.round(x), -32768, 32767).astype(np.int16).tobytes())
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(bytes(buf))


def build_item(item: Item, media: Path, work: Path) -> Path:
    if "file" in item.spec:
        path = media / item.spec["file"]
        if not path.is_file():
            raise SystemExit(f"missing media: {path}")
        return path
    build = item.spec["build"]
    sources = sorted({s["src"] for s in build.get("video", [])} | {p.src for p in item.speech}
                     | ({build["bed"]["src"]} if build.get("bed") else set()))
    h = hashlib.sha256(json.dumps([BUILD_VERSION, build, [(p.src, p.at) + ((p.cut, p.af, p.gain_db)
                                                                    if (p.cut, p.af, p.gain_db) != ((0.0, None), "", 0.0) else ())
                                                                    for p in item.speech],
                                   {s: sha256(media / s) for s in sources}], sort_keys=True).encode())
    ext = ".mp4" if build.get("video") else ".m4a"
    out = work / "media" / f"{item.id}-{h.hexdigest()[:12]}{ext}"
    if out.is_file():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    for old in out.parent.glob(f"{item.id}-*"):
        old.unlink()
    duration = float(build["duration"])
    wav = out.with_suffix(".wav")
    _soundtrack(item, media, duration, wav)
    tmp = out.with_name(f".{out.stem}.tmp{ext}")
    if build.get("video"):
        scenes = build["video"]
        if abs(sum(float(s["dur"]) for s in scenes) - duration) > 0.05:
            raise SystemExit(f"{item.id}: scene durations do not add up to {duration} s")
        w, hgt = build.get("size", [640, 360])
        cmd = ["ffmpeg", "-v", "error", "-y"]
        chains = []
        for i, s in enumerate(scenes):
            cmd += ["-i", str(media / s["src"])]
            chains.append(
                f"[{i}:v]trim=start={float(s.get('from', 0))},setpts=PTS-STARTPTS,fps=25,"
                f"scale={w}:{hgt}:force_original_aspect_ratio=decrease,pad={w}:{hgt}:(ow-iw)/2:(oh-ih)/2,"
                f"setsar=1,format=yuv420p,tpad=stop_mode=clone:stop_duration=3,"
                f"trim=duration={float(s['dur'])},setpts=PTS-STARTPTS[v{i}]")
        n = len(scenes)
        graph = ";".join(chains) + ";" + "".join(f"[v{i}]" for i in range(n)) + f"concat=n={n}:v=1:a=0[v]"
        cmd += ["-i", str(wav), "-filter_complex", graph, "-map", "[v]", "-map", f"{n}:a",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "26", "-g", "50",
                "-c:a", "aac", "-b:a", "64k", "-t", f"{duration}", "-movflags", "+faststart", str(tmp)]
    else:
        cmd = ["ffmpeg", "-v", "error", "-y", "-i", str(wav), "-c:a", "aac", "-b:a", "64k",
               "-movflags", "+faststart", str(tmp)]
    subprocess.run(cmd, check=True)
    wav.unlink()
    os.replace(tmp, out)
    return out


def probe_duration(path: Path) -> float:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
                         check=True, capture_output=True, text=True).stdout.strip()
    return float(out)


# --- analysis, cached ------------------------------------------------------------------------

# Runs `vidsense analyze` and, at exit, records which project source files the process imported.
_ANALYZE = r"""
import atexit, json, sys
root, deps_out = sys.argv[1], sys.argv[2]
def _deps():
    files = set()
    for m in list(sys.modules.values()):
        f = getattr(m, "__file__", None) or ""
        if f.startswith(root + "/") and "/.venv/" not in f and "/bench/" not in f and f.endswith(".py"):
            files.add(f[len(root) + 1:])
    with open(deps_out, "w") as fh:
        json.dump(sorted(files), fh)
atexit.register(_deps)
from vidsense.cli import main
sys.exit(main(sys.argv[3:]))
"""

_SETTINGS_IGNORED = {"VIDSENSE_DATA_DIR", "VIDSENSE_MODELS_DIR", "VIDSENSE_API_KEYS", "VIDSENSE_LOG_LEVEL",
                     "VIDSENSE_LOG_JSON", "VIDSENSE_URL", "VIDSENSE_API_KEY"}


def _settings_env() -> dict[str, str]:
    return {k: v for k, v in sorted(os.environ.items()) if k.startswith("VIDSENSE_") and k not in _SETTINGS_IGNORED}


@lru_cache(maxsize=1)
def _missing_models() -> list[str]:
    """The optional models (faces, hands, text on screen) whose files the analysis will not find in the
    settings' models folder: it then runs without them (the worker warns once, unseen under --quiet),
    and visual answers that need a person, a hand or a title are lost. Checked (SHA-256 of 24 MB) once
    per run, not per item."""
    from models import faces, hands, ocr
    from models.packaged import check_file
    from vidsense.settings import Settings

    folder = Settings().models_path
    folder = folder if folder.is_absolute() else ROOT / folder  # the analysis runs in ROOT
    return [name for name, module in (("faces", faces), ("hands", hands), ("text", ocr))
            if any(check_file(folder, f) is not None for f in module.MODEL_FILES)]


def _asr_option_supported() -> bool:
    out = subprocess.run([sys.executable, "-m", "vidsense.cli", "analyze", "--help"], cwd=ROOT,
                         capture_output=True, text=True)
    return "--asr-model" in out.stdout


def _cache_valid(meta_path: Path, media_sha: str, asr_model: str | None, stale_ok: bool = False) -> bool:
    if not meta_path.is_file():
        return False
    try:
        meta = json.loads(meta_path.read_text())
    except ValueError:
        return False
    if (meta.get("cache_version"), meta.get("media_sha256"), meta.get("asr_model"), meta.get("settings"),
            meta.get("missing_models", [])) != (CACHE_VERSION, media_sha, asr_model, _settings_env(), _missing_models()):
        return False
    if stale_ok:
        return True
    for rel, sha in meta.get("sources", {}).items():
        p = ROOT / rel
        if not p.is_file() or sha256(p) != sha:
            return False
    return bool(meta.get("sources"))


_STAGE = re.compile(r"([A-Za-z_][\w ]*?) (\d+(?:\.\d+)?) s$")


def parse_stage_seconds(stderr: str) -> dict[str, float]:
    """analyze ends with '<n> segments, language xx; probe 0.10 s, transcribe 3.2 s, ...'."""
    for line in reversed(stderr.splitlines()):
        if " segments, language " in line and ";" in line:
            out = {}
            for part in line.split(";", 1)[1].split(","):
                m = _STAGE.search(part.strip())
                if m:
                    out[m.group(1).strip()] = float(m.group(2))
            return out
    return {}


def analyze(item: Item, work: Path, asr_model: str | None, asr_flag: bool, fresh: bool,
            stale_ok: bool = False) -> tuple[Path, dict]:
    out = work / "analysis" / item.id
    meta_path = out / "eval-meta.json"
    media_sha = sha256(item.path)
    if not fresh and _cache_valid(meta_path, media_sha, asr_model, stale_ok):
        meta = json.loads(meta_path.read_text())
        meta["cached"] = True
        return out, meta
    tmp = work / "analysis" / f".{item.id}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    deps_file = tmp / ".deps.json"
    argv = ["analyze", str(item.path), "--out", str(tmp), "--quiet"]
    env = dict(os.environ)
    if asr_model:
        if asr_flag:
            argv += ["--asr-model", asr_model]
        else:
            env["VIDSENSE_ASR_MODEL"] = asr_model
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _ANALYZE, str(ROOT), str(deps_file), *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"vidsense analyze {item.path.name} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    deps = json.loads(deps_file.read_text()) if deps_file.is_file() else []
    deps_file.unlink(missing_ok=True)
    meta = {
        "cache_version": CACHE_VERSION, "media": str(item.path), "media_sha256": media_sha,
        "asr_model": asr_model, "settings": _settings_env(), "missing_models": _missing_models(),
        "sources": {rel: sha256(ROOT / rel) for rel in deps if (ROOT / rel).is_file()},
        "wall_s": round(wall, 3),
        "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 3),
        "stage_seconds": parse_stage_seconds(proc.stderr),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    (tmp / "eval-meta.json").write_text(json.dumps(meta, indent=1) + "\n")
    shutil.rmtree(out, ignore_errors=True)
    os.replace(tmp, out)
    meta["cached"] = False
    return out, meta


def reunderstand(out: Path) -> None:
    """Moments and summary again from the cached transcript, timeline and chapters, the way
    ``worker.pipeline._summarize`` makes them (the same embedder, no LLM unless configured)."""
    from vidsense.embedding import question_embedder
    from vidsense.moments import build_moments
    from vidsense.summarize import summarize
    from worker.outputs import write_understanding

    transcript = json.loads((out / "transcript.json").read_text())
    timeline = json.loads((out / "timeline.json").read_text())
    chapters = json.loads((out / "chapters.json").read_text())["chapters"]
    duration = float(json.loads((out / "media.json").read_text())["duration"])
    moments = build_moments(transcript, timeline, question_embedder().embed)
    write_understanding(out, moments, summarize(moments, duration, chapters, llm=None))


# --- scoring ----------------------------------------------------------------------------------

@dataclass
class QAResult:
    q: Question
    ok: bool
    why: str
    answer: dict | None = None
    seconds: float = 0.0
    error: str | None = None


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")  # a time the answer points at, not part of what it says


def span_distance(t: float, span: tuple[float, float]) -> float:
    a, b = span
    return 0.0 if a <= t <= b else min(abs(t - a), abs(t - b))


def score_answer(q: Question, ans: dict, tol: float) -> tuple[bool, str]:
    found = bool(ans.get("found"))
    if q.kind == "unanswerable":
        return (not found, "declined" if not found else "answered an unanswerable question")
    if not found:
        return False, "found=False"
    text = _CLOCK.sub(" ", str(ans.get("answer") or ""))  # "(first heard at 0:01, 0:43)" says no "three"
    if q.accept:
        hit = any_appears(q.accept, text)
        if hit is None:
            return False, "no accepted answer in the answer text"
    if q.span is not None:
        start = ans.get("start")
        if start is None:
            return False, "no start time"
        if q.accept:  # "what": any moment of the evidence span, with tolerance
            d = span_distance(float(start), q.span)
            if d > tol:
                return False, f"start {float(start):.1f} s is {d:.1f} s from the evidence {q.span[0]:g}-{q.span[1]:g} s"
        else:  # "when": the onset is the answer
            d = abs(float(start) - q.span[0])
            if d > tol:
                return False, f"start {float(start):.1f} s is {d:.1f} s from the onset {q.span[0]:g} s"
    return True, "ok"


def summary_text(summary: dict) -> str:
    parts = [str(summary.get("short") or "")]
    for sec in summary.get("detailed") or []:
        parts.append(str(sec.get("title") or ""))
        parts += [str(b) for b in sec.get("bullets") or []]
    parts += [str(k) for k in summary.get("keywords") or []]
    return " . ".join(p for p in parts if p)


def transcript_words(transcript: dict) -> list[tuple[str, float]]:
    """(normalized token, start) for every token of the transcript's words, in order."""
    out = []
    for seg in transcript.get("segments", []):
        words = seg.get("words") or []
        if not words:  # no word timings: the segment's start for all its tokens
            out += [(t, float(seg["start"])) for t in normalize(seg.get("text", "")).split()]
        for w in words:
            out += [(t, float(w["start"])) for t in normalize(w.get("word", "")).split()]
    return out


def reference_tokens(item: Item) -> list[tuple[str, float | None]]:
    out: list[tuple[str, float | None]] = []
    for part in item.speech:
        if part.words:
            for raw, start in part.words:
                out += [(t, start) for t in normalize(raw).split()]
        else:
            out += [(t, None) for t in normalize(part.text).split()]
    return out


def _matches(ref: list[str], hyp: list[str]) -> dict[int, int]:
    """hyp index -> ref index for exactly matching tokens of a difflib alignment."""
    sm = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    out = {}
    for a, b, size in sm.get_matching_blocks():
        for k in range(size):
            out[b + k] = a + k
    return out


def parse_srt(text: str) -> list[tuple[float, str]]:
    cues = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.strip().splitlines()
        for k, line in enumerate(lines):
            m = re.match(r"(\d+):(\d+):(\d+)[,.](\d+)\s*-->", line)
            if m:
                h, mi, s, ms = (int(x) for x in m.groups())
                cues.append((h * 3600 + mi * 60 + s + ms / 1000, " ".join(lines[k + 1:])))
                break
    return cues


def starts_error(ref: list[tuple[str, float | None]], units: list[tuple[float, str]]) -> list[float]:
    """unit start - reference start of its first word (signed, negative = early) for units (cues,
    segments) whose first word aligns to a timed reference word."""
    tokens, firsts = [], []
    for start, text in units:
        toks = normalize(text).split()
        firsts.append((len(tokens), start) if toks else None)
        tokens += toks
    m = _matches([t for t, _ in ref], tokens)
    errs = []
    for f in firsts:
        if f is None:
            continue
        k, start = f
        r = m.get(k)
        if r is not None and ref[r][1] is not None:
            errs.append(start - ref[r][1])
    return errs


@dataclass
class ItemResult:
    item: Item
    out: Path | None = None
    meta: dict = field(default_factory=dict)
    error: str | None = None
    wer: tuple[int, int, str] | None = None  # errors, reference words, error listing
    invented: int | None = None
    cue_errs: list[float] = field(default_factory=list)
    seg_errs: list[float] = field(default_factory=list)
    word_errs: list[float] = field(default_factory=list)
    facts: list[tuple[list, str | None]] | None = None  # (fact, matched alternative)
    summary_error: str | None = None


def score_item(r: ItemResult) -> None:
    import jiwer

    item, out = r.item, r.out
    transcript = json.loads((out / "transcript.json").read_text())
    hyp = " ".join(s.get("text", "") for s in transcript.get("segments", []))
    if item.speech:
        ref_text = normalize(" ".join(p.text for p in item.speech))
        hyp_text = normalize(hyp)
        o = jiwer.process_words(ref_text, hyp_text if hyp_text else "")
        errors = o.substitutions + o.deletions + o.insertions
        from asr_models import describe_errors

        r.wer = (errors, len(ref_text.split()), describe_errors(ref_text, hyp_text) if hyp_text else "(no words)")
        ref = reference_tokens(item)
        if any(t is not None for _, t in ref):
            words = transcript_words(transcript)
            m = _matches([t for t, _ in ref], [t for t, _ in words])
            r.word_errs = [words[h][1] - ref[k][1] for h, k in m.items() if ref[k][1] is not None]
            srt = out / "subtitles.srt"
            if srt.is_file():
                r.cue_errs = starts_error(ref, parse_srt(srt.read_text()))
            r.seg_errs = starts_error(ref, [(float(s["start"]), s.get("text", "")) for s in transcript.get("segments", [])])
    elif item.no_speech:
        r.invented = len(normalize(hyp).split())
    if item.facts:
        path = out / "summary.json"
        if not path.is_file():
            r.summary_error = "no summary.json"
        else:
            try:
                text = summary_text(json.loads(path.read_text()))
                r.facts = [(f, any_appears(f, text)) for f in item.facts]
            except (ValueError, AttributeError, TypeError) as exc:
                r.summary_error = f"unreadable summary.json: {exc}"


# --- report -----------------------------------------------------------------------------------

def pct(n: int, d: int) -> str:
    return f"{n}/{d} = {100 * n / d:.1f}%" if d else "n/a"


def _mean(xs: list[float]) -> str:
    """Mean absolute error of signed errors."""
    return f"{statistics.mean(abs(x) for x in xs):.3f} s" if xs else "n/a"


def _timing(xs: list[float]) -> str:
    if not xs:
        return "n/a"
    return (f"mean abs {_mean(xs)}, median {statistics.median(abs(x) for x in xs):.3f} s, "
            f"max {max(abs(x) for x in xs):.3f} s, mean signed {statistics.mean(xs):+.3f} s, n={len(xs)}")


def git_rev() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return rev + ("+dirty" if dirty else "")
    except OSError:
        return "?"


def report(items: list[ItemResult], qa: list[QAResult], qa_error: str | None, verbose: bool) -> tuple[str, bool]:
    rows: list[tuple[str, str, str, str]] = []
    all_pass = True

    def row(metric: str, value: str, floor: str = "", ok: bool | None = None) -> None:
        nonlocal all_pass
        value = value.replace("|", "/").replace("\n", " ")  # keep the markdown table intact
        if ok is False:
            all_pass = False
        rows.append((metric, value, floor or "-", "-" if ok is None else ("PASS" if ok else "FAIL")))

    # QA and summaries, for the dev rows and, apart, the held-out rows (written from recordings
    # and arrangements the rules were not developed on: the number that predicts unseen media)
    splits = [("dev", [r for r in qa if not r.q.heldout], [r for r in items if not r.item.heldout]),
              ("held-out", [r for r in qa if r.q.heldout], [r for r in items if r.item.heldout])]
    several = any(sq or si for _, sq, si in splits[1:])
    for name, sq, si in splits:
        if several and not (sq or si):
            continue
        tag = f" [{name}]" if several else ""
        for kind, label in (("speech", "QA accuracy, speech questions"), ("visual", "QA accuracy, visual questions")):
            qs = [r for r in sq if r.q.kind == kind]
            floor = f">= {FLOORS[kind]:.0%}"
            if qa_error:
                row(label + tag, f"not measured: {qa_error}", floor, False)
            elif qs:
                n = sum(r.ok for r in qs)
                row(label + tag, pct(n, len(qs)), floor, n / len(qs) >= FLOORS[kind])
        un = [r for r in sq if r.q.kind == "unanswerable"]
        if qa_error:
            row("unanswerable questions answered" + tag, f"not measured: {qa_error}", "0", False)
        elif un:
            answered = sum(not r.ok for r in un)
            row("unanswerable questions answered" + tag, f"{answered}/{len(un)}", "0", answered == 0)
        answerable = [r for r in sq if r.q.kind != "unanswerable"]
        if answerable and not qa_error:
            row("QA accuracy, all answerable" + tag, pct(sum(r.ok for r in answerable), len(answerable)))
            rows_text = sum(1 for r in answerable if r.q.accept and r.answer and r.answer.get("found")
                            and any_appears(r.q.accept, str(r.answer.get("answer") or "")))
            with_accept = sum(1 for r in answerable if r.q.accept)
            row("  answer text accepted, time not checked" + tag, pct(rows_text, with_accept))

        with_facts = [r for r in si if r.item.facts and not r.error]
        if with_facts:
            missing = [r for r in with_facts if r.facts is None]
            if missing:
                why = "; ".join(sorted({r.summary_error or "?" for r in missing}))
                row("summary key-fact recall" + tag, f"not measured for {len(missing)}/{len(with_facts)} items: {why}",
                    f">= {FLOORS['facts']:.0%}", False)
            else:
                n = sum(1 for r in with_facts for _, hit in r.facts if hit)
                d = sum(len(r.facts) for r in with_facts)
                row("summary key-fact recall" + tag, pct(n, d), f">= {FLOORS['facts']:.0%}", n / d >= FLOORS["facts"])

    # WER and timing
    scored = [r for r in items if r.wer]
    if scored:
        e, n = sum(r.wer[0] for r in scored), sum(r.wer[1] for r in scored)
        row("WER, items with reference speech", f"{100 * e / n:.1f}% ({e} errors / {n} words, {len(scored)} items)")
    silent = [r for r in items if r.invented is not None]
    if silent:
        row("words transcribed on no-speech items", f"{sum(r.invented for r in silent)} ({len(silent)} items)")
    cue = [x for r in items for x in r.cue_errs]
    seg = [x for r in items for x in r.seg_errs]
    wrd = [x for r in items for x in r.word_errs]
    if cue or seg or wrd:
        row("subtitle cue start error (vs LibriVox alignment)", _timing(cue))
        row("transcript segment start error", _timing(seg))
        row("word start error", _timing(wrd))

    # Cost
    ok_items = [r for r in items if r.meta.get("wall_s")]
    if ok_items:
        media_s = sum(r.item.duration or 0 for r in ok_items)
        wall = sum(r.meta["wall_s"] for r in ok_items)
        cpu = sum(r.meta.get("cpu_s", 0) for r in ok_items)
        stages: dict[str, float] = {}
        for r in ok_items:
            for k, v in r.meta.get("stage_seconds", {}).items():
                stages[k] = stages.get(k, 0.0) + v
        row("analyze cost (CPU box)", f"{wall:.1f} s wall, {cpu:.1f} s CPU for {media_s:.1f} s of media "
            f"({wall / media_s:.2f} s wall, {cpu / media_s:.2f} s CPU per media second; "
            f"{wall / len(ok_items):.1f} s wall per item incl. model loading)")
        if stages:
            row("  analyze stages (sum over items)", ", ".join(f"{k} {v:.1f} s" for k, v in stages.items())
                + " (timers that run inside the transcribe pass, e.g. recognize/encode_*, are part of it)")
        summ = [v for r in ok_items for k, v in r.meta.get("stage_seconds", {}).items() if "summar" in k.lower()]
        row("seconds per summary", f"{statistics.mean(summ):.2f} s mean over {len(summ)} items" if summ
            else "n/a (no summary stage in analyze's timings)")
    timed = [r.seconds for r in qa if r.answer is not None]
    if timed:
        rest = timed[1:]
        row("seconds per answer", (f"{statistics.mean(rest):.3f} s mean, {max(rest):.3f} s max over {len(rest)} "
                                   f"calls; first call {timed[0]:.2f} s (loads models)") if rest
            else f"{timed[0]:.2f} s (one call, includes loading)")

    width = [max(len(r[i]) for r in rows + [("metric", "value", "floor", "pass")]) for i in range(4)]
    lines = ["| " + " | ".join(h.ljust(width[i]) for i, h in enumerate(("metric", "value", "floor", "pass"))) + " |",
             "|" + "|".join("-" * (w + 2) for w in width) + "|"]
    lines += ["| " + " | ".join(c.ljust(width[i]) for i, c in enumerate(r)) + " |" for r in rows]
    text = "\n".join(lines)

    if verbose:
        d = ["", "## Questions", ""]
        for r in qa:
            a = r.answer or {}
            ans = str(a.get("answer") or "")
            ans = ans if len(ans) <= 100 else ans[:100] + "..."
            start = a.get("start")
            span = f"{r.q.span[0]:g}-{r.q.span[1]:g}" if r.q.span else "-"
            d.append(f"{'ok  ' if r.ok else 'FAIL'} {r.q.id} [{r.q.kind}/{r.q.item}{'/held-out' if r.q.heldout else ''}] {r.q.q}")
            d.append(f"     expected {r.q.accept or '(time only)' if r.q.kind != 'unanswerable' else 'found=False'} "
                     f"span {span}; got found={a.get('found')} start={start} "
                     f"conf={a.get('confidence')} {ans!r}; {r.why}" + (f"; error: {r.error}" if r.error else "")
                     + f" ({r.seconds:.2f} s)")
        d += ["", "## Items", ""]
        for r in items:
            d.append(f"{r.item.id}{' (held-out)' if r.item.heldout else ''}: {r.item.path.name if r.item.path else '-'}, {r.item.duration or 0:.1f} s"
                     + (f", analyze {r.meta.get('wall_s', 0):.1f} s wall{' (cached)' if r.meta.get('cached') else ''}"
                        f" [{', '.join(f'{k} {v:g}' for k, v in r.meta.get('stage_seconds', {}).items())}]"
                        if r.meta else ""))
            if r.error:
                d.append(f"   error: {r.error}")
                continue
            if r.wer:
                d.append(f"   WER {100 * r.wer[0] / max(r.wer[1], 1):.1f}% ({r.wer[0]}/{r.wer[1]}): {r.wer[2] or 'no errors'}")
            if r.invented is not None:
                d.append(f"   words transcribed on no speech: {r.invented}")
            if r.cue_errs or r.word_errs:
                d.append(f"   timing: cue start {_mean(r.cue_errs)} (n={len(r.cue_errs)}), segment start "
                         f"{_mean(r.seg_errs)} (n={len(r.seg_errs)}), word start {_mean(r.word_errs)} (n={len(r.word_errs)})")
            if r.facts is not None:
                got = sum(1 for _, h in r.facts if h)
                d.append(f"   key facts {got}/{len(r.facts)}: " + "; ".join(
                    f"{'+' if h else '-'}{f[0] if isinstance(f[0], str) else f[0]}" + (f" ({h})" if h and h != f[0] else "")
                    for f, h in r.facts))
                summ = r.out / "summary.json" if r.out else None
                if summ and summ.is_file():
                    s = json.loads(summ.read_text())
                    d.append(f"   summary: {str(s.get('short'))[:300]!r} keywords={s.get('keywords')} method={s.get('method')}")
            elif r.summary_error:
                d.append(f"   summary: {r.summary_error}")
        text += "\n" + "\n".join(d)
    return text, all_pass


# --- main -------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 1)[1])
    p.add_argument("--devset", type=Path, default=ROOT / "bench" / "devset.yaml")
    p.add_argument("--media", type=Path, default=ROOT.parent / "shared" / "media", help="shared media folder")
    p.add_argument("--extra-media", type=Path, default=None,
                   help="a folder of more recordings, named extra/NAME in the set (bench/voices.yaml; fetched by "
                        "bench/fetch_voices.py, never committed)")
    p.add_argument("--work-dir", type=Path, default=ROOT / ".cache" / "eval",
                   help="built media and cached analyses (default: .cache/eval)")
    p.add_argument("--asr-model", default=None, help="speech model for analyze (default: the settings' default)")
    p.add_argument("--only", default="", help="comma-separated item ids and/or question ids to run")
    p.add_argument("--fresh", action="store_true", help="redo every analysis, ignoring the cache")
    p.add_argument("--stale-ok", action="store_true",
                   help="reuse cached analyses even when the project code changed since (quick QA iterations; "
                        "summaries and transcripts may then be out of date)")
    p.add_argument("--reunderstand", action="store_true",
                   help="with a cached analysis, rebuild its moments and summary with the current code from its "
                        "cached transcript, timeline and chapters (what the worker's summarize stage does), "
                        "without transcribing again (implies --stale-ok)")
    p.add_argument("--split", choices=("all", "dev", "heldout"), default="all",
                   help="run only the dev rows or only the held-out rows (default: all, reported apart)")
    p.add_argument("--answer-llm", default="", metavar="NAME",
                   help="answer questions the rules find no answer to by reading the transcript with this LLM "
                        "(a packaged alias such as qwen2.5-coder-1.5b, or a .gguf path; see vidsense/reader.py); "
                        "default: the rules alone")
    p.add_argument("--independent", action="store_true",
                   help="ask every question alone (default: an item's questions in order as one conversation, each "
                        "with the turn before it: the previous question and the service's own answer to it)")
    p.add_argument("--tolerance", type=float, default=5.0, help="seconds an answer's start may be off (default 5)")
    p.add_argument("--verbose", "-v", action="store_true", help="print per-question and per-item details")
    p.add_argument("--save", action="store_true",
                   help="also write the report to bench/eval.results.txt (bench/NAME.results.txt for --devset NAME.yaml)")
    args = p.parse_args(argv)

    if not shutil.which("ffmpeg") or not shutil.which("ffprobe"):
        raise SystemExit("ffmpeg and ffprobe are needed (apt-get install ffmpeg)")
    media = args.media.resolve()
    if args.extra_media is not None:  # one root for both: its own folders, and extra/ for the others
        root = args.work_dir.resolve() / "media-root"
        root.mkdir(parents=True, exist_ok=True)
        for name, target in [(p.name, p) for p in media.iterdir() if p.is_dir()] + [("extra", args.extra_media.resolve())]:
            link = root / name
            if link.is_symlink() and link.resolve() != target:
                link.unlink()
            if not link.exists():
                link.symlink_to(target, target_is_directory=True)
        media = root
    items, questions = load_devset(args.devset, media)
    if args.only:
        wanted = {s.strip() for s in args.only.split(",") if s.strip()}
        unknown = wanted - {i.id for i in items} - {q.id for q in questions}
        if unknown:
            raise SystemExit(f"--only: unknown item or question ids: {', '.join(sorted(unknown))}")
        qsel = [q for q in questions if q.id in wanted or q.item in wanted]
        keep = {q.item for q in qsel} | (wanted & {i.id for i in items})
        items = [i for i in items if i.id in keep]
        questions = qsel
    if args.split != "all":
        questions = [q for q in questions if q.heldout == (args.split == "heldout")]
        keep = {q.item for q in questions}
        items = [i for i in items if i.id in keep or i.heldout == (args.split == "heldout")]
    if args.reunderstand:
        args.stale_ok = True
    work = args.work_dir.resolve()
    t_start = time.perf_counter()

    # 1. media and analyses
    asr_flag = _asr_option_supported() if args.asr_model else True
    if missing := _missing_models():
        print(f"WARNING: the {', '.join(missing)} models are not in the models folder; analyses made now go without "
              f"them (fetch them: scripts/setup.sh test)", file=sys.stderr)
    results: list[ItemResult] = []
    bar = tqdm(items, desc="analyze", unit="item", file=sys.stderr, dynamic_ncols=True)
    for item in bar:
        bar.set_postfix_str(item.id)
        r = ItemResult(item)
        results.append(r)
        try:
            item.path = build_item(item, media, work)
            item.duration = probe_duration(item.path)
            r.out, r.meta = analyze(item, work, args.asr_model, asr_flag, args.fresh, args.stale_ok)
            if args.reunderstand and r.meta.get("cached"):
                reunderstand(r.out)
            score_item(r)
        except Exception as exc:  # report it, go on with the other items
            r.error = f"{type(exc).__name__}: {exc}"
            tqdm.write(f"{item.id}: {r.error}", file=sys.stderr)
    bar.close()
    by_id = {r.item.id: r for r in results}

    # 2. questions
    qa: list[QAResult] = []
    qa_error = None
    try:
        from vidsense.asking import ask_folder
    except Exception as exc:
        ask_folder = None
        qa_error = f"vidsense.asking.ask_folder unavailable ({type(exc).__name__}: {exc})"
    reader = None
    if ask_folder is not None and questions and args.answer_llm:
        from vidsense.reader import reader_for
        from vidsense.settings import get_settings

        reader = reader_for(get_settings().model_copy(update={"answer_llm": args.answer_llm}))
        if reader is None:
            p.error(f"--answer-llm {args.answer_llm}: the model cannot be loaded (see the log above)")
    if ask_folder is not None and questions:
        from vidsense.conversation import Turn

        last: dict[str, Turn] = {}  # the turn before, per item
        bar = tqdm(questions, desc="ask", unit="q", file=sys.stderr, dynamic_ncols=True)
        for q in bar:
            bar.set_postfix_str(q.id)
            ir = by_id[q.item]
            if ir.error or ir.out is None:
                qa.append(QAResult(q, False, "item failed", error=ir.error))
                continue
            t0 = time.perf_counter()
            try:
                ans = ask_folder(ir.out, q.q, reader=reader, previous=None if args.independent else last.get(q.item))
                secs = time.perf_counter() - t0
                last[q.item] = Turn.from_answer(q.q, ans)
                ok, why = score_answer(q, ans, args.tolerance)
                qa.append(QAResult(q, ok, why, ans, secs))
            except Exception as exc:
                qa.append(QAResult(q, False, "ask_folder raised", None, time.perf_counter() - t0,
                                   f"{type(exc).__name__}: {exc}"))
                tqdm.write(f"{q.id}: ask_folder raised:\n{traceback.format_exc(limit=3)}", file=sys.stderr)
        bar.close()

    text, all_pass = report(results, qa, qa_error, args.verbose)
    missing = sorted({m for r in results if r.meta for m in r.meta.get("missing_models", [])})  # in the analyses used
    n_kind = {k: sum(q.kind == k for q in questions) for k in ("speech", "visual", "unanswerable")}
    n_held = sum(q.heldout for q in questions)
    head = (f"vidsense eval: {len(results)} items ({sum(r.item.heldout for r in results)} held-out), "
            f"{len(questions)} questions ({n_held} held-out; {n_kind['speech']} speech, "
            f"{n_kind['visual']} visual, {n_kind['unanswerable']} unanswerable); tolerance {args.tolerance:g} s; "
            f"ASR model {args.asr_model or 'default'}; "
            f"{'WITHOUT the ' + ', '.join(missing) + ' models (fetch: scripts/setup.sh test); ' if missing else ''}"
            f"{'answer LLM ' + args.answer_llm + '; ' if args.answer_llm else ''}"
            f"{'questions asked alone' if args.independent else 'questions asked in order, each with the turn before'}; "
            f"{time.perf_counter() - t_start:.0f} s")
    print(head)
    print()
    print(text)
    if args.save:
        full, _ = report(results, qa, qa_error, True)
        stem = "eval" if args.devset.name == "devset.yaml" else args.devset.stem  # voices.yaml -> voices.results.txt
        out = ROOT / "bench" / f"{stem}.results.txt"
        out.write_text(
            f"$ .venv/bin/python bench/eval.py {' '.join(argv if argv is not None else sys.argv[1:])}\n"
            f"# {datetime.now(timezone.utc).isoformat(timespec='seconds')}, git {git_rev()}, "
            f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs visible\n"
            f"{head}\n\n{full}\n")
        print(f"\nwritten to {out.relative_to(ROOT)}", file=sys.stderr)
    return 0 if all_pass and not any(r.error for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
