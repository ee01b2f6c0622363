"""Text on screen (models/ocr.py): what is read on each real clip and what reading costs, in one run.

Two tables:

  clips    for each video in ../shared/media: the frames the decoder gives at 1 frame/s with their
           1280 px stills, read one by one (every frame, not only the worker's one per 2 s): median
           and max seconds per read, lines per frame, and the largest line most often read.
  analyze  `vidsense analyze` wall time with the reader on (VIDSENSE_READ_TEXT=1, the default) over
           off, as fresh processes, on the composed video of bench/common.py (real footage, text
           included, under real speech; --minutes long), the two sides alternating --repeat times.

    python bench/screen_text.py                  # both tables (about 5 minutes on 2 cores)
    python bench/screen_text.py --rows clips
    python bench/screen_text.py --minutes 5 --repeat 3
"""

from __future__ import annotations

import torch  # noqa: F401  before decord (see worker/decode.py)

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import MEDIA, frame_model_main, markdown_table  # noqa: E402
from models.ocr import STILL_SIDE, TextReader  # noqa: E402
from worker.decode import iter_frames, probe  # noqa: E402

CLIPS = ("movie-hello.mp4", "bikes.mp4", "bigbuckbunny.mp4", "cityCC0.mpg", "tree.avi", "realshort.mp4",
         "jfk_bikes.mp4", "librivox_city.mp4")


def clips_table(reader: TextReader) -> str:
    rows = []
    for name in CLIPS:
        path = MEDIA / "video" / name
        info = probe(path)
        seconds, counts, headings = [], [], Counter()
        for batch in iter_frames(path, info, 1.0, still_side=STILL_SIDE):
            for still in batch.stills:
                t0 = time.perf_counter()
                lines = reader.read(still)
                seconds.append(time.perf_counter() - t0)
                counts.append(len(lines))
                if lines:
                    headings[max(lines, key=lambda line: line.height).text] += 1
        top = headings.most_common(1)
        rows.append([name, f"{info.width}x{info.height}", str(len(seconds)), f"{statistics.median(seconds):.3f}",
                     f"{max(seconds):.3f}", f"{statistics.mean(counts):.1f}",
                     f"\"{top[0][0]}\" in {top[0][1]}" if top else "-"])
    return markdown_table(["clip", "size", "frames read", "s/read median", "s/read max", "lines/frame",
                           "largest line (frames)"], rows)


def main(argv: list[str] | None = None) -> int:
    return frame_model_main(argv, __doc__, "reader", "VIDSENSE_READ_TEXT", "text read", TextReader.load, clips_table)


if __name__ == "__main__":
    raise SystemExit(main())
