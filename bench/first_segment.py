"""Seconds from `POST /v1/jobs` to the first transcript segment on the events stream.

Starts a real API and worker (as the tests do), composes 1- and 10-minute videos from the real
clips in ../shared/media with ffmpeg, submits each, and prints a table.

    python bench/first_segment.py [--repeat 2]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))

from conftest import media, start_service  # noqa: E402
from common import first_segment_seconds  # noqa: E402


def compose(out: Path, minutes: int) -> Path:
    clip = media("video/librivox_city.mp4")  # 17.4 s
    loops = int(minutes * 60 / 17.4) + 1
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-stream_loop", str(loops - 1), "-i", str(clip), "-t", str(minutes * 60),
                    "-c", "copy", str(out)], check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--minutes", type=int, nargs="+", default=[1, 10])
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        videos = {m: compose(tmp / f"{m}min.mp4", m) for m in args.minutes}
        svc = start_service(tmp, None, redis_db=11)
        rows = []
        try:
            for m, video in videos.items():
                for _ in range(args.repeat):
                    first = first_segment_seconds(svc, video)  # then cancels: the rest is not what is measured
                    time.sleep(10)  # cancel replaces the worker's process: let the new one load its models
                    rows.append((m, first))
        finally:
            svc.stop_all()
    print(f"\n{'video':>8} {'first segment s':>16}")
    for m, first in rows:
        print(f"{m:>6} min {first:16.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
