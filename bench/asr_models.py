"""Compare the bundled Whisper models and VAD settings on the real recordings in ../shared/media.

Why: this decides the service's default ASR model and VadOptions. For every model (tiny.en,
base) and VAD setting (off, faster-whisper's default VadOptions, tuned ones) it transcribes each
recording that has a reference transcript and reports:

- WER per clip and overall (total errors / total reference words), with S/D/I counts;
- real-time factor: transcribe wall time (segments fully consumed) / audio duration, model load
  and audio decoding excluded, one warm-up transcription per model first; also CPU time of the
  process / audio duration, which other load on a shared machine barely moves;
- what the VAD drops: reference words (from the LibriVox forced-alignment json) that fall less
  than half inside the speech regions the VAD keeps;
- two synthetic clips, reported apart from the overall WER: the three LibriVox readings in pink
  noise at 0 dB SNR with 2-3 s noise-only gaps (where the VAD threshold matters), and every real
  recording end to end (long form: its RTF is the one that predicts long videos);
- what Whisper invents on audio without speech: 10 s of digital silence, 10 s of pink noise
  (numpy, fixed seed) and the Big Buck Bunny soundtrack (music and effects, no dialogue).

Decoding is fixed for the comparison: int8 on CPU, beam_size=5, temperature=0 (no fallback;
--fallback restores faster-whisper's schedule), word_timestamps=True, condition_on_previous_text
left at its default (True). Multilingual models detect the language themselves (as the service
does) unless --language is given.

Text normalization before WER (both sides): NFKC, lowercase, apostrophes removed ("don't" ->
"dont"), "mr"/"mrs"/"dr" spelled out (the LibriVox text says "mister"), numbers written as
cardinal words ("10" -> "ten", "1,200" -> "one thousand two hundred", "3.5" -> "three point
five"), "%" -> "percent", "&" -> "and", hyphens and dashes -> spaces ("cold-hearted" -> "cold
hearted", "5-5" -> "five five"), every other punctuation mark dropped, whitespace collapsed.

Run from the project root:  python bench/asr_models.py [--verbose]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import jiwer
import numpy as np
from faster_whisper import decode_audio
from faster_whisper.vad import VadOptions, get_speech_timestamps

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from models.asr import is_english_only, load_whisper  # noqa: E402

SR = 16000

# --- text normalization -------------------------------------------------------------------

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ABBREV = {"mr": "mister", "mrs": "missus", "dr": "doctor"}


def _int_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    for size, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            rest = n % size
            return f"{_int_words(n // size)} {word}" + ("" if rest == 0 else " " + _int_words(rest))
    raise AssertionError(n)


def _number_words(m: re.Match[str]) -> str:
    whole, _, frac = m.group(0).replace(",", "").partition(".")
    words = _int_words(int(whole))
    if frac:
        words += " point " + " ".join(_ONES[int(d)] for d in frac)
    return f" {words} "


def normalize(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"['\u2019\u2018`]", "", t)
    t = re.sub(r"\b(mr|mrs|dr)\b\.?", lambda m: _ABBREV[m.group(1)], t)
    t = re.sub(r"\d+(?:,\d{3})*(?:\.\d+)?", _number_words, t)
    t = t.replace("%", " percent ").replace("&", " and ")
    t = re.sub(r"[^\w ]+|_", " ", t)  # hyphens, dashes and all other punctuation (letters of any script stay)
    return " ".join(t.split())


# --- the clips ----------------------------------------------------------------------------

@dataclass
class Clip:
    name: str  # one clip
    group: str  # column in the table (the five cards share one)
    path: Path | None
    reference: str | None  # None: no speech; count the words Whisper invents
    audio: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0, np.float32))
    ref_words: list[tuple[float, float]] = field(default_factory=list)  # aligned (start, end) in s
    synthetic: bool = False  # a stress test made here: kept out of the overall WER and RTF
    timed: bool = False  # report this synthetic clip's own RTF


def _librivox_words(media: Path, stem: str, offset: float) -> list[tuple[float, float]]:
    import json

    data = json.loads((media / "speech" / f"{stem}.json").read_text())
    return [(offset + w["b"], offset + w["b"] + w["d"]) for w in data["w"]
            if not w["t"].startswith("<") and not w["t"].startswith("[")]


def _pink_noise(seconds: float, rms: float = 0.05, seed: int = 0) -> np.ndarray:
    """1/f noise: white noise shaped in the frequency domain by 1/sqrt(f)."""
    n = int(seconds * SR)
    spectrum = np.fft.rfft(np.random.default_rng(seed).standard_normal(n))
    f = np.fft.rfftfreq(n, 1 / SR)
    spectrum[1:] /= np.sqrt(f[1:])
    spectrum[0] = 0
    x = np.fft.irfft(spectrum, n)
    return (x * (rms / np.sqrt(np.mean(x**2)))).astype(np.float32)


def load_clips(media: Path) -> list[Clip]:
    sp = media / "speech"
    lv = ["librivox-0870", "librivox-0880", "librivox-0890"]
    lv_text = {s: (sp / f"{s}.txt").read_text() for s in lv}
    jfk = (sp / "jfk.txt").read_text()
    clips = [Clip("jfk.wav", "jfk", sp / "jfk.wav", jfk)]
    for s in lv:
        clips.append(Clip(f"{s}.wav", s.replace("librivox-", "lv"), sp / f"{s}.wav", lv_text[s]))
        clips[-1].ref_words = _librivox_words(media, s, 0.0)
    # cards.transcription lines look like "<s> ten of clubs  </s> (001)"
    for line in (sp / "cards" / "cards.transcription").read_text().splitlines():
        m = re.match(r"\s*<s>(.*)</s>\s*\((\w+)\)", line)
        if m:
            clips.append(Clip(f"cards/{m.group(2)}.wav", "cards", sp / "cards" / f"{m.group(2)}.wav",
                              m.group(1)))
    clips.append(Clip("jfk_bikes.mp4", "jfk.mp4", media / "video" / "jfk_bikes.mp4", jfk))
    city = Clip("librivox_city.mp4", "lv.mp4", media / "video" / "librivox_city.mp4",
                " ".join(lv_text[s] for s in lv))
    for s, offset in zip(lv, (0.0, 8.1, 12.1)):  # speech starts, from media/README.md
        city.ref_words += _librivox_words(media, s, offset)
    clips.append(city)
    clips += [
        Clip("silence 10 s", "silence", None, None, np.zeros(10 * SR, np.float32)),
        Clip("pink noise 10 s", "pink", None, None, _pink_noise(10.0)),
        Clip("bigbuckbunny.mp4", "bbb", media / "video" / "bigbuckbunny.mp4", None),
    ]
    for c in clips:
        if c.path is not None:
            c.audio = decode_audio(str(c.path), sampling_rate=SR)
    real = [c for c in clips if c.reference is not None]
    clips.insert(len(clips) - 3, _librivox_in_noise([c for c in real if c.name.startswith("librivox-")]))
    clips.insert(len(clips) - 3, _long_form(real))
    return clips


def _long_form(parts: list[Clip], gap: float = 1.0) -> Clip:
    """Every real recording end to end with 1 s of silence between: one input longer than
    Whisper's 30 s window, so the RTF includes the seek/condition_on_previous_text path and is
    not dominated by padding each short clip to a full 30 s window."""
    silence = np.zeros(int(gap * SR), np.float32)
    audio = np.concatenate([x for c in parts for x in (c.audio, silence)])
    return Clip(f"all real speech, {len(audio) / SR:.0f} s", f"long{len(audio) / SR:.0f}s*", None,
                " ".join(c.reference or "" for c in parts), audio, synthetic=True, timed=True)


def _librivox_in_noise(parts: list[Clip], snr_db: float = 0.0) -> Clip:
    """The three LibriVox clips with 2 s of pink noise before, 3 s between and 2 s after, at
    `snr_db` (speech RMS over noise RMS): where a VAD threshold decides what is kept."""
    lead, gap, tail = 2.0, 3.0, 2.0
    pieces, words, t = [np.zeros(int(lead * SR), np.float32)], [], lead
    for i, c in enumerate(parts):
        pieces.append(c.audio)
        words += [(b + t, e + t) for b, e in c.ref_words]
        t += len(c.audio) / SR
        pieces.append(np.zeros(int((gap if i < len(parts) - 1 else tail) * SR), np.float32))
        t += len(pieces[-1]) / SR
    speech = np.concatenate(pieces)
    speech_rms = np.sqrt(np.mean(np.concatenate([c.audio for c in parts]) ** 2))
    noise = _pink_noise(len(speech) / SR, rms=float(speech_rms / 10 ** (snr_db / 20)), seed=1)
    return Clip(f"librivox in pink noise {snr_db:g} dB", f"lv+pink{snr_db:g}dB*", None,
                " ".join(c.reference or "" for c in parts), (speech + noise[: len(speech)]).astype(np.float32),
                words, synthetic=True)


# --- the settings -------------------------------------------------------------------------

VAD_SETTINGS: dict[str, VadOptions | None] = {
    "off": None,
    "default": VadOptions(),  # threshold 0.5, min_silence 2000 ms, pad 400 ms
    "t.35 s500 p400": VadOptions(threshold=0.35, min_silence_duration_ms=500, speech_pad_ms=400),
    "t.35 s500 p200": VadOptions(threshold=0.35, min_silence_duration_ms=500, speech_pad_ms=200),
    "t.5 s1000 p400": VadOptions(threshold=0.5, min_silence_duration_ms=1000, speech_pad_ms=400),
}


def vad_cut_words(clip: Clip, opts: VadOptions) -> int:
    """Reference words less than half inside the regions the VAD keeps."""
    keep = np.zeros(len(clip.audio), bool)
    for ts in get_speech_timestamps(clip.audio, opts):
        keep[ts["start"]:ts["end"]] = True
    cut = 0
    for b, e in clip.ref_words:
        span = keep[int(b * SR):max(int(e * SR), int(b * SR) + 1)]
        cut += span.mean() < 0.5 if span.size else 1
    return int(cut)


# --- the run ------------------------------------------------------------------------------

@dataclass
class Result:
    hyp: str
    seconds: float  # wall
    cpu_seconds: float  # this process, all threads: barely moved by other load on the machine
    language: str | None


def transcribe(model, clip: Clip, vad: VadOptions | None, args: argparse.Namespace) -> Result:
    temperature = None if args.fallback else 0.0  # None: keep faster-whisper's default schedule
    kwargs = dict(beam_size=args.beam_size, word_timestamps=True,
                  vad_filter=vad is not None, vad_parameters=vad)
    if temperature is not None:
        kwargs["temperature"] = temperature
    if not is_english_only(model) and args.language:
        kwargs["language"] = args.language
    t0, c0 = time.perf_counter(), time.process_time()
    segments, info = model.transcribe(clip.audio, **kwargs)
    text = " ".join(s.text.strip() for s in segments)  # consuming the generator runs the decoding
    return Result(text, time.perf_counter() - t0, time.process_time() - c0, None if is_english_only(model) else info.language)


def _short(text: str, limit: int = 70) -> str:
    return repr(text) if len(text) <= limit else f"{text[:limit]!r}... ({len(text)} characters)"


def describe_errors(ref: str, hyp: str) -> str:
    out = jiwer.process_words(ref, hyp)
    r, h = out.references[0], out.hypotheses[0]
    parts = []
    for a in out.alignments[0]:
        if a.type == "delete":
            parts.append("-[" + " ".join(r[a.ref_start_idx:a.ref_end_idx]) + "]")
        elif a.type == "insert":
            parts.append("+[" + " ".join(h[a.hyp_start_idx:a.hyp_end_idx]) + "]")
        elif a.type == "substitute":
            parts.append(" ".join(r[a.ref_start_idx:a.ref_end_idx]) + "->"
                         + " ".join(h[a.hyp_start_idx:a.hyp_end_idx]))
    return "  ".join(parts)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 1)[1])
    p.add_argument("--media", type=Path, default=ROOT.parent / "shared" / "media")
    p.add_argument("--models", nargs="+", default=["tiny.en", "base"])
    p.add_argument("--vad", nargs="+", default=list(VAD_SETTINGS), choices=list(VAD_SETTINGS))
    p.add_argument("--models-dir", type=Path, default=ROOT / "data" / "models",
                   help="where 'base' is assembled (default: data/models)")
    p.add_argument("--threads", type=int, default=2, help="cpu_threads (default 2)")
    p.add_argument("--compute-type", default="int8")
    p.add_argument("--beam-size", type=int, default=5)
    p.add_argument("--language", default=None, help="force a language on multilingual models")
    p.add_argument("--repeats", type=int, default=1, help="time each clip this many times, keep the fastest")
    p.add_argument("--fallback", action="store_true",
                   help="use faster-whisper's default temperature fallback (0.0..1.0) instead of 0")
    p.add_argument("--verbose", action="store_true", help="after the table, list every error per clip")
    args = p.parse_args()

    load_before = os.getloadavg()[0]
    clips = load_clips(args.media)
    speech = [c for c in clips if c.reference is not None and not c.synthetic]
    stress = [c for c in clips if c.synthetic]
    quiet = [c for c in clips if c.reference is None]
    groups = list(dict.fromkeys(c.group for c in speech))
    aligned = [c for c in speech if c.ref_words]
    n_aligned = sum(len(c.ref_words) for c in aligned)
    duration = sum(len(c.audio) for c in speech) / SR
    n_ref = sum(len(normalize(c.reference).split()) for c in speech)

    header = ["model", "vad", *groups, "WER", "S/D/I", "RTF", "cpuRTF", f"cut/{n_aligned}"]
    for c in stress:
        header += [c.group] + ([f"cut/{len(c.ref_words)}"] if c.ref_words else []) + (["RTF", "cpuRTF"] if c.timed else [])
    header += [c.group for c in quiet]
    rows: list[list[str]] = []
    notes: list[str] = []

    def score(model_name: str, vad_name: str, c: Clip, r: Result) -> tuple[int, int, int]:
        ref, hyp = normalize(c.reference or ""), normalize(r.hyp)
        o = jiwer.process_words(ref, hyp)
        lang = f" lang={r.language}" if r.language not in (None, "en") else ""
        if args.verbose and (o.substitutions + o.deletions + o.insertions or lang):
            notes.append(f"{model_name:7} {vad_name:15} {c.name:18}{lang} {describe_errors(ref, hyp)}")
        return o.substitutions, o.deletions, o.insertions

    for name in args.models:
        model = load_whisper(name, models_dir=args.models_dir, device="cpu",
                             compute_type=args.compute_type, threads=args.threads)
        transcribe(model, speech[0], None, args)  # warm-up, not timed
        for vad_name in args.vad:
            vad = VAD_SETTINGS[vad_name]
            errs = {g: [0, 0] for g in groups}  # errors, reference words
            sdi = np.zeros(3, int)
            wall = cpu = 0.0
            for c in speech:
                best = min((transcribe(model, c, vad, args) for _ in range(args.repeats)),
                           key=lambda r: r.seconds)
                counts = score(name, vad_name, c, best)
                sdi += counts
                errs[c.group][0] += sum(counts)
                errs[c.group][1] += len(normalize(c.reference or "").split())
                wall += best.seconds
                cpu += best.cpu_seconds
            row = [name, vad_name] + [f"{100 * e / n:.1f}" for e, n in errs.values()]
            row += [f"{100 * sdi.sum() / n_ref:.2f}", "/".join(map(str, sdi)), f"{wall / duration:.3f}",
                    f"{cpu / duration:.3f}", "-" if vad is None else str(sum(vad_cut_words(c, vad) for c in aligned))]
            for c in stress:
                r = transcribe(model, c, vad, args)
                e = sum(score(name, vad_name, c, r))
                row.append(f"{100 * e / len(normalize(c.reference or '').split()):.1f}")
                if c.ref_words:
                    row.append("-" if vad is None else str(vad_cut_words(c, vad)))
                if c.timed:
                    audio_s = len(c.audio) / SR
                    row += [f"{r.seconds / audio_s:.3f}", f"{r.cpu_seconds / audio_s:.3f}"]
            for c in quiet:
                r = transcribe(model, c, vad, args)
                row.append(f"{len(normalize(r.hyp).split())}:{len(r.hyp.strip())}")
                if args.verbose and r.hyp.strip():
                    lang = f" lang={r.language}" if r.language else ""
                    notes.append(f"{name:7} {vad_name:15} {c.name:18}{lang} invented: {_short(r.hyp.strip())}")
            rows.append(row)
            print(f"# done {name} {vad_name}", file=sys.stderr, flush=True)
        del model

    print(f"# WER % per clip group; WER = total errors / {n_ref} reference words over the real "
          f"recordings; RTF = transcribe wall s / {duration:.1f} s of those recordings, cpuRTF = CPU s "
          f"(all threads) / audio s; {args.compute_type}, cpu_threads={args.threads}, beam {args.beam_size}, "
          f"word_timestamps, temperature {'fallback schedule' if args.fallback else 0}; cut = aligned "
          f"LibriVox words the VAD drops; * = synthetic stress clip, not in WER/RTF; last columns = "
          f"words:characters invented on no-speech audio; 1-min load average {load_before:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    for r in [header, *rows]:
        print("  ".join(v.rjust(w) if i > 1 else v.ljust(w) for i, (v, w) in enumerate(zip(r, widths))))
    if notes:
        print("\n# errors per clip (normalized): -[deleted]  +[inserted]  ref->hyp")
        print("\n".join(notes))

if __name__ == "__main__":
    main()
