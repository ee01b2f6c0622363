"""vidsense's pipeline against faster-whisper run directly, side by side on the same audio.

For every real recording with a reference in ../shared/media, runs (1) faster-whisper on the
whole file (same model, compute type, threads, beam, VAD and word timestamps) and (2)
vidsense's streaming pipeline (`run_pipeline`, what `vidsense analyze` and the worker run),
alternating the two, and prints WER and wall time of each and their ratios.

    python bench/transcription.py [--model base] [--threads 2] [--repeat 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import jiwer
from faster_whisper import decode_audio
from tqdm import tqdm

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))

from vidsense.settings import Settings  # noqa: E402
from worker.models_cache import ModelCache  # noqa: E402
from worker.pipeline import JobOptions, run_pipeline  # noqa: E402
from conftest import normalize as normalize_words  # noqa: E402  the tests' WER normalization, one definition
from common import Silent  # noqa: E402

MEDIA = REPO.parent / "shared" / "media"
CLIPS = {
    "speech/jfk.wav": ["jfk"],
    "speech/librivox-0870.wav": ["librivox-0870"],
    "speech/librivox-0880.wav": ["librivox-0880"],
    "speech/librivox-0890.wav": ["librivox-0890"],
    "video/jfk_bikes.mp4": ["jfk"],
    "video/librivox_city.mp4": ["librivox-0870", "librivox-0880", "librivox-0890"],
}


def normalize(text: str) -> str:
    return " ".join(normalize_words(text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="base", help="speech model (base, tiny.en or a CTranslate2 folder)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1, help="timed runs of each side per clip (best is kept)")
    ap.add_argument("--extra", type=Path, nargs="*", default=[],
                    help="more recordings, each with a same-named .txt reference beside it")
    args = ap.parse_args(argv)

    settings = Settings(asr_model=args.model, asr_threads=args.threads, models_dir=REPO / ".cache" / "models")
    models = ModelCache(settings)
    model = models.whisper(args.model)
    clips = {MEDIA / k: " ".join((MEDIA / f"speech/{r}.txt").read_text() for r in v) for k, v in CLIPS.items()}
    clips.update({p: p.with_suffix(".txt").read_text() for p in args.extra})

    rows, totals = [], {"ref_words": 0, "err_direct": 0.0, "err_ours": 0.0, "t_direct": 0.0, "t_ours": 0.0, "dur": 0.0}
    for path, reference in tqdm(clips.items(), desc="clips", file=sys.stderr):
        audio = decode_audio(str(path))
        duration = len(audio) / 16000
        best_direct = best_ours = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            segs, _ = model.transcribe(decode_audio(str(path)), beam_size=settings.asr_beam_size, word_timestamps=True,
                                       vad_filter=True, vad_parameters=models.vad_options())
            direct = " ".join(s.text.strip() for s in segs)
            best_direct = min(best_direct, time.perf_counter() - t0)
            with tempfile.TemporaryDirectory() as out:
                t0 = time.perf_counter()
                result = run_pipeline(path, Path(out), JobOptions(), models, settings, Silent())
                best_ours = min(best_ours, time.perf_counter() - t0)
            ours = result.transcript.text
        ref = normalize(reference)
        w_direct, w_ours = jiwer.wer(ref, normalize(direct)), jiwer.wer(ref, normalize(ours))
        n = len(ref.split())
        totals["ref_words"] += n
        totals["err_direct"] += w_direct * n
        totals["err_ours"] += w_ours * n
        totals["t_direct"] += best_direct
        totals["t_ours"] += best_ours
        totals["dur"] += duration
        rows.append((path.relative_to(MEDIA) if path.is_relative_to(MEDIA) else path, duration, w_direct, w_ours,
                     best_direct, best_ours))

    print(f"\nmodel {args.model}, int8 on {settings.asr_device}, {args.threads} threads, beam {settings.asr_beam_size}, "
          f"best of {args.repeat}")
    header = f"{'clip':<28} {'dur s':>6} {'WER fw':>7} {'WER vs':>7} {'ratio':>6} {'t fw s':>7} {'t vs s':>7} {'ratio':>6} {'RTF vs':>7}"
    print(header)
    print("-" * len(header))
    for clip, dur, wd, wo, td, to in rows:
        wr = wo / wd if wd else (1.0 if wo == 0 else float("inf"))
        print(f"{str(clip):<28} {dur:6.1f} {wd:7.3f} {wo:7.3f} {wr:6.2f} {td:7.2f} {to:7.2f} {to / td:6.2f} {to / dur:7.3f}")
    wd, wo = totals["err_direct"] / totals["ref_words"], totals["err_ours"] / totals["ref_words"]
    print("-" * len(header))
    print(f"{'all (word-weighted)':<28} {totals['dur']:6.1f} {wd:7.3f} {wo:7.3f} {wo / wd if wd else 1:6.2f} "
          f"{totals['t_direct']:7.2f} {totals['t_ours']:7.2f} {totals['t_ours'] / totals['t_direct']:6.2f} "
          f"{totals['t_ours'] / totals['dur']:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
