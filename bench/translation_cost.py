"""What translating speech in another language into English costs and keeps (worker/transcribe.py).

Each recording is transcribed twice in one process, as the worker streams it (1 s chunks), with the
translation off and on (AsrOptions.translate): the wall time of each, the translate readings made,
the segments not in English and how many of them kept a translation. Real recordings only: pass
audio or video files, e.g. the items bench/eval.py builds under .cache/eval/media/ (first16's
i16_quiet and first18's k18_mix hold a Spanish reading, first17's j17_nordic and j17_phone Swedish
and Japanese, first18's k18_line Canadian French phone prompts).

    python bench/translation_cost.py .cache/eval/media/k18_line-*.m4a .cache/eval/media/j17_nordic-*.mp4 -v
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import REPO, markdown_table, streamed  # noqa: E402
from models.asr import load_whisper  # noqa: E402
from vidsense.settings import get_settings  # noqa: E402
from worker.transcribe import AsrOptions  # noqa: E402


def run(model, path: Path, translate: bool):
    """Wall seconds, translate readings and segments of one streamed transcription."""
    seconds, transcriber, segments = streamed(model, path, AsrOptions(translate=translate))
    return seconds, transcriber.translations, segments


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("media", nargs="+", type=Path, help="audio or video files with speech")
    p.add_argument("--asr-model", default="base", help="Whisper model (default: base)")
    p.add_argument("-v", "--verbose", action="store_true", help="print each segment not in English and its translation")
    args = p.parse_args(argv)
    model = load_whisper(args.asr_model, models_dir=get_settings().models_path, threads=2)
    rows, total = [], [0.0, 0.0]
    for path in args.media:
        (off, _, _), (on, readings, segments) = run(model, path, False), run(model, path, True)
        total[0] += off
        total[1] += on
        other = [s for s in segments if s.language not in (None, "en")]
        rows.append([path.name[:32], f"{off:.1f}", f"{on:.1f}", f"{on / off:.2f}", str(readings),
                     f"{sum(1 for s in other if s.translation)} of {len(other)}"])
        if args.verbose:
            for s in other:
                print(f"  {path.name[:12]} {s.start:6.2f} [{s.language}] {s.text!r} -> {s.translation!r}")
        print(f"{path.name}: done", file=sys.stderr, flush=True)
    rows.append(["all", f"{total[0]:.1f}", f"{total[1]:.1f}", f"{total[1] / total[0]:.2f}", "", ""])
    print(f"$ python bench/translation_cost.py ({len(args.media)} recordings; repo {REPO}; Whisper {args.asr_model})")
    print(markdown_table(["recording", "off (s)", "on (s)", "ratio", "translate readings", "translated"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
