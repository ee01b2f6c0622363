"""What reading again the speech a window's reading left out costs and finds (worker/transcribe.py).

Each recording is transcribed twice in one process, as the worker streams it (1 s chunks), with
the rereading off (SKIPPED_MIN_S set out of reach) and on, one after the other: the wall time of
each, the rereads made, and the segments and words written. With --loud-only, "off" keeps the
rereading of speech left out and turns off only that of loud sound no VAD called speech
(UNVOICED_OVER_QUIET_DB out of reach), to measure what that part costs and finds. Real recordings only: pass audio or
video files, e.g. the items bench/eval.py builds under .cache/eval/media/ (first8, first16 and
first17 hold hold music, a whisper, a Swedish reading followed by English, a telephone band).

    python bench/reread_cost.py .cache/eval/media/j17_nordic-*.mp4 .cache/eval/media/f8_hold-*.m4a
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import REPO, markdown_table, streamed  # noqa: E402
from models.asr import load_whisper  # noqa: E402
from vidsense.settings import get_settings  # noqa: E402
import worker.transcribe as transcribe  # noqa: E402
from worker.transcribe import AsrOptions  # noqa: E402


SKIPPED_MIN_S = transcribe.SKIPPED_MIN_S  # the worker's settings, restored for each "on" run
UNVOICED_OVER_QUIET_DB = transcribe.UNVOICED_OVER_QUIET_DB


def run(model, path: Path, reread: bool, loud_only: bool = False) -> tuple[float, int, int, int]:
    """Wall seconds, rereads, segments, words of one streamed transcription."""
    transcribe.SKIPPED_MIN_S = SKIPPED_MIN_S if reread or loud_only else float("inf")
    transcribe.UNVOICED_OVER_QUIET_DB = UNVOICED_OVER_QUIET_DB if reread else float("inf")
    seconds, transcriber, segments = streamed(model, path, AsrOptions())
    return seconds, transcriber.rereads, len(segments), sum(len(s.text.split()) for s in segments)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("media", nargs="+", type=Path, help="audio or video files with speech")
    p.add_argument("--asr-model", default="base", help="Whisper model (default: base)")
    p.add_argument("--loud-only", action="store_true",
                   help="'off' turns off only the rereading of loud sound no VAD called speech")
    args = p.parse_args(argv)
    model = load_whisper(args.asr_model, models_dir=get_settings().models_path, threads=2)
    rows, total = [], [0.0, 0.0]
    for path in args.media:
        off, on = run(model, path, reread=False, loud_only=args.loud_only), run(model, path, reread=True)
        total[0] += off[0]
        total[1] += on[0]
        rows.append([path.name[:32], f"{off[0]:.1f}", f"{on[0]:.1f}", f"{on[0] / off[0]:.2f}", str(on[1]),
                     f"{off[2]} -> {on[2]}", f"{off[3]} -> {on[3]}"])
        print(f"{path.name}: done", file=sys.stderr, flush=True)
    rows.append(["all", f"{total[0]:.1f}", f"{total[1]:.1f}", f"{total[1] / total[0]:.2f}", "", "", ""])
    print(f"$ python bench/reread_cost.py{' --loud-only' if args.loud_only else ''} ({len(args.media)} recordings; "
          f"repo {REPO}; Whisper {args.asr_model})")
    print(markdown_table(["recording", "off (s)", "on (s)", "ratio", "rereads", "segments", "words"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
