"""Objects (models/objects.py): what the detector sees on each real clip, their colours, and what it costs.

Two tables:

  clips    for each video in ../shared/media: the decoder's 1280 px stills at 1 frame/s, each searched for
           the 80 COCO things (every frame, as the worker does): median and max seconds per frame, and each
           thing seen with the frames it is seen in and its commonest colour.
  analyze  `vidsense analyze` wall time with the detector on (VIDSENSE_OBJECTS=1, the default) over off, as
           fresh processes, on the composed video of bench/common.py (--minutes long), the two sides
           alternating --repeat times.

    python bench/objects.py                  # both tables (about 4 minutes on 2 cores)
    python bench/objects.py --rows clips
"""

from __future__ import annotations

import torch  # noqa: F401  before decord (see worker/decode.py)

import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import MEDIA, frame_model_main, markdown_table  # noqa: E402
from bench.screen_text import CLIPS  # noqa: E402
from models.objects import OBJECT_MIN, ObjectDetector  # noqa: E402
from models.ocr import STILL_SIDE  # noqa: E402
from worker.decode import iter_frames, probe  # noqa: E402


def clips_table(detector: ObjectDetector) -> str:
    rows = []
    for name in CLIPS:
        path = MEDIA / "video" / name
        info = probe(path)
        seconds: list[float] = []
        frames: Counter = Counter()
        colours: dict[str, Counter] = defaultdict(Counter)
        for batch in iter_frames(path, info, 1.0, still_side=STILL_SIDE):
            for still in batch.stills:
                t0 = time.perf_counter()
                found = detector.detect(still)
                seconds.append(time.perf_counter() - t0)
                for label in {o.label for o in found}:
                    frames[label] += 1
                for o in found:
                    colours[o.label][o.colour] += 1
        seen = ", ".join(f"{label} {n} ({colours[label].most_common(1)[0][0]})" for label, n in frames.most_common())
        rows.append([name, f"{info.width}x{info.height}", str(len(seconds)), f"{statistics.median(seconds):.3f}",
                     f"{max(seconds):.3f}", seen or "-"])
    return markdown_table(["clip", "size", "frames", "s/frame median", "s/frame max",
                           f"things seen (frames, commonest colour), score >= {OBJECT_MIN}"], rows)


def main(argv: list[str] | None = None) -> int:
    return frame_model_main(argv, __doc__, "detector", "VIDSENSE_OBJECTS", "objects", ObjectDetector.load, clips_table)


if __name__ == "__main__":
    raise SystemExit(main())
