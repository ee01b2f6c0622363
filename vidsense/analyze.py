"""`vidsense analyze`: the worker's pipeline in this process, with a progress bar."""

from __future__ import annotations

import sys
from pathlib import Path

from tqdm import tqdm

from vidsense.settings import Settings
from worker.types import MediaInfo, Segment


class ProgressBar:
    """A Reporter that draws a tqdm bar and, with `echo`, prints segments as they come."""

    def __init__(self, echo: bool) -> None:
        self.echo = echo
        self.bar = tqdm(total=1000, unit="‰", desc="probe", file=sys.stderr, dynamic_ncols=True,
                        bar_format="{desc:<12} {percentage:3.0f}%|{bar}| {elapsed}<{remaining}")

    def media(self, info: MediaInfo) -> None:
        self.bar.write(f"media: {info.duration:.1f} s, video={info.has_video}, audio={info.has_audio}", file=sys.stderr)

    def stage(self, name: str) -> None:
        self.bar.set_description_str(name)

    def progress(self, value: float) -> None:
        self.bar.n = int(value * 1000)
        self.bar.refresh()

    def segment(self, index: int, segment: Segment) -> None:
        if self.echo:
            self.bar.write(f"[{segment.start:7.2f} -> {segment.end:7.2f}] {segment.text}")

    def check_canceled(self) -> None:
        pass

    def close(self) -> None:
        self.bar.close()


def analyze(video: Path, out: Path, settings: Settings, language: str | None, task: str,
            asr_model: str | None, echo: bool) -> int:
    from worker.errors import JobError
    from worker.models_cache import ModelCache
    from worker.pipeline import JobOptions, run_pipeline

    bar = ProgressBar(echo)
    try:
        result = run_pipeline(video, out, JobOptions(language, task, asr_model), ModelCache(settings), settings, bar)
    except JobError as exc:
        bar.close()
        print(f"error: {exc.code}: {exc.message}", file=sys.stderr)
        return 2
    bar.close()
    for name, path in result.artifacts.items():
        print(f"{name:<11} {path}")
    timing = ", ".join(f"{k} {v:.2f} s" for k, v in result.stage_seconds.items())
    print(f"{len(result.transcript.segments)} segments, language {result.transcript.language or '-'}; {timing}",
          file=sys.stderr)
    return 0
