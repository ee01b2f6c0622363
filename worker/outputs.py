"""Write a job's artifacts. Every file is written whole to a temporary name and renamed, so a
redelivered job overwrites instead of appending, and a reader never sees half a file."""

from __future__ import annotations

import json
import os
from pathlib import Path

from vidsense.moments import MOMENTS_JSON, MomentSet
from vidsense.summarize import SUMMARY_JSON, Summary
from worker.chapters import Chapter, chapters_to_json
from worker.subtitles import build_cues, in_english, to_srt, to_vtt
from worker.types import MediaInfo, Transcript
from worker.understand import Timeline, timeline_to_json

ARTIFACTS = {
    "transcript": "transcript.json",
    "srt": "subtitles.srt",
    "vtt": "subtitles.vtt",
    "txt": "transcript.txt",
    "media": "media.json",
    "timeline": "timeline.json",
    "chapters": "chapters.json",
}


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_json(path: Path, data) -> None:
    write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def write_understanding(out_dir: Path, moments: MomentSet, summary: Summary) -> dict[str, Path]:
    moments.save(out_dir)
    write_json(out_dir / SUMMARY_JSON, summary.to_dict())
    return {"summary": out_dir / SUMMARY_JSON, "moments": out_dir / MOMENTS_JSON}


def transcript_text(transcript: Transcript) -> str:
    """transcript.txt: a line per segment; where more than one voice is numbered, each numbered line starts with
    its speaker ("S2: ...")."""
    several = len({s.speaker for s in transcript.segments if s.speaker is not None}) > 1
    lines = [f"S{s.speaker}: {s.text.strip()}" if several and s.speaker is not None else s.text
             for s in transcript.segments]
    return "\n".join(lines) + ("\n" if lines else "")


def write_all(out_dir: Path, info: MediaInfo, transcript: Transcript, timeline: Timeline,
              chapters: list[Chapter]) -> dict[str, Path]:
    cues = build_cues(transcript.segments)
    paths = {key: out_dir / name for key, name in ARTIFACTS.items()}
    write_json(paths["transcript"], transcript.to_dict())
    write_text(paths["srt"], to_srt(cues))
    write_text(paths["vtt"], to_vtt(cues))
    write_text(paths["txt"], transcript_text(transcript))
    write_json(paths["media"], info.to_dict())
    write_json(paths["timeline"], timeline_to_json(timeline))
    write_json(paths["chapters"], chapters_to_json(chapters, timeline.shots))
    english = in_english(transcript.segments)
    for key, name, render in (("srt_en", "subtitles.en.srt", to_srt), ("vtt_en", "subtitles.en.vtt", to_vtt)):
        if english is not None:  # speech in another language was translated: an English track beside
            paths[key] = out_dir / name
            write_text(paths[key], render(build_cues(english)))
        else:
            (out_dir / name).unlink(missing_ok=True)
    return paths
