"""Helpers shared by the benchmarks: inputs composed from ../shared/media, process timing and
peak memory, faster-whisper run alone, and the results table.

Also a small command line, used by bench/speed.py to run a side in its own process:

    python bench/common.py faster-whisper VIDEO --model base --threads 2   # faster-whisper alone
    python bench/common.py compose --minutes 10 --work-dir /tmp/vidsense-bench   # print the video's path
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MEDIA = Path(os.environ.get("VIDSENSE_TEST_MEDIA", REPO.parent / "shared" / "media"))
DEFAULT_WORK_DIR = Path(os.environ.get("VIDSENSE_BENCH_DIR", "/tmp/vidsense-bench"))
for _p in (str(REPO), str(REPO / "tests")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

# Footage (about 61 s together) and real speech (about 45 s with its pauses), all from ../shared/media.
FOOTAGE = ("video/bikes.mp4", "video/cityCC0.mpg", "video/tree.avi", "video/movie-hello.mp4", "video/bigbuckbunny.mp4")
SPEECH = ("speech/jfk.wav", "speech/librivox-0870.wav", "speech/librivox-0880.wav", "speech/librivox-0890.wav",
          "speech/cards/001.wav", "speech/cards/002.wav", "speech/cards/003.wav", "speech/cards/004.wav",
          "speech/cards/005.wav")
UNIT_S = 60  # the composed unit clip; longer videos loop it


class Silent:
    """A Reporter that reports nothing (run_pipeline outside the worker)."""

    def media(self, info): ...
    def stage(self, name): ...
    def progress(self, value): ...
    def segment(self, index, segment): ...
    def check_canceled(self): ...


def _ffmpeg(*args: str) -> None:
    exe = shutil.which("ffmpeg")
    if not exe:
        raise SystemExit("ffmpeg is needed to compose the inputs (apt-get install ffmpeg)")
    subprocess.run([exe, "-v", "error", "-y", *args], check=True)


def _media(rel: str) -> Path:
    path = MEDIA / rel
    if not path.is_file():
        raise SystemExit(f"real media missing: {path} (set VIDSENSE_TEST_MEDIA to the shared media folder)")
    return path


def unit_clip(work_dir: Path) -> Path:
    """60 s of real footage (five clips, scaled and padded to 640x360, 25 fps, h264) under real
    speech (JFK, three LibriVox readings, five read phrases, 1 s pauses between them, looped),
    AAC 44.1 kHz stereo as a phone or camera would write it. Built once."""
    work_dir.mkdir(parents=True, exist_ok=True)
    out = work_dir / "unit-60s.mp4"
    if out.is_file():
        return out
    speech = work_dir / "speech.wav"
    inputs, parts = [], []
    for k, rel in enumerate(SPEECH):
        inputs += ["-i", str(_media(rel))]
        parts.append(f"[{k}:a]aresample=16000,aformat=channel_layouts=mono,apad=pad_dur=1[a{k}]")
    joined = "".join(f"[a{k}]" for k in range(len(SPEECH)))
    _ffmpeg(*inputs, "-filter_complex", ";".join(parts) + f";{joined}concat=n={len(SPEECH)}:v=0:a=1[a]",
            "-map", "[a]", str(speech))
    inputs, parts = [], []
    for k, rel in enumerate(FOOTAGE):
        inputs += ["-i", str(_media(rel))]
        parts.append(f"[{k}:v]scale=640:360:force_original_aspect_ratio=decrease,pad=640:360:(ow-iw)/2:(oh-ih)/2,"
                     f"setsar=1,fps=25,format=yuv420p[v{k}]")
    joined = "".join(f"[v{k}]" for k in range(len(FOOTAGE)))
    n = len(FOOTAGE)
    tmp = out.with_suffix(".part.mp4")
    _ffmpeg(*inputs, "-stream_loop", "-1", "-i", str(speech), "-filter_complex",
            ";".join(parts) + f";{joined}concat=n={n}:v=1:a=0[v]", "-map", "[v]", "-map", f"{n}:a",
            "-t", str(UNIT_S), "-c:v", "libx264", "-preset", "veryfast", "-crf", "23",
            "-c:a", "aac", "-ar", "44100", "-ac", "2", "-b:a", "96k", "-movflags", "+faststart", str(tmp))
    tmp.replace(out)
    return out


def video(minutes: float, work_dir: Path = DEFAULT_WORK_DIR) -> Path:
    """The unit clip looped (stream copy) to `minutes`. Built once per length."""
    unit = unit_clip(work_dir)
    if minutes * 60 == UNIT_S:
        return unit
    out = work_dir / f"video-{minutes:g}min.mp4"
    if not out.is_file():
        loops = int(minutes * 60 / UNIT_S) + 1
        tmp = out.with_suffix(".part.mp4")
        _ffmpeg("-stream_loop", str(loops - 1), "-i", str(unit), "-t", str(minutes * 60), "-c", "copy", str(tmp))
        tmp.replace(out)
    return out


# -- processes --------------------------------------------------------------------------------


@dataclass
class Run:
    wall_s: float
    peak_rss_mb: float  # the process's own peak resident set (ru_maxrss), children not included
    returncode: int


def run_process(cmd: list[str], env: dict | None = None, timeout: float = 7200, quiet: bool = True) -> Run:
    """Run a command; its wall time and its peak RSS from wait4 (that process only)."""
    t0 = time.perf_counter()
    out = subprocess.DEVNULL if quiet else None
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=out, stderr=subprocess.PIPE if quiet else None)
    deadline = time.time() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.time() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode and quiet:
        err = proc.stderr.read().decode(errors="replace")[-3000:] if proc.stderr else ""
        raise RuntimeError(f"{' '.join(map(str, cmd))} exited with {proc.returncode}:\n{err}")
    return Run(wall, usage.ru_maxrss / 1024, proc.returncode)


def proc_status(pid: int, field: str = "VmHWM") -> float:
    """A /proc/PID/status memory field in MB (VmHWM: peak RSS; VmRSS: current)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (children, grandchildren, ...)."""
    kids: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(d.name))
    out, todo = [], [pid]
    while todo:
        for k in kids.get(todo.pop(), []):
            out.append(k)
            todo.append(k)
    return out


def asr_threads() -> int:
    """What a worker with one process uses (worker.models_cache.default_threads), without importing torch."""
    return int(os.environ.get("VIDSENSE_ASR_THREADS") or 0) or max(1, os.cpu_count() or 1)


def faster_whisper_alone(path: Path, model_name: str, threads: int) -> dict:
    """faster-whisper on the whole file as vidsense configures it: same loader (models/asr.py),
    device and compute type from the settings, beam size, Silero VAD with default options, word
    timestamps, temperature fallback."""
    from faster_whisper import decode_audio
    from faster_whisper.vad import VadOptions

    from models.asr import load_whisper
    from vidsense.settings import Settings

    settings = Settings()
    model = load_whisper(model_name, models_dir=settings.models_path, device=settings.asr_device,
                         compute_type=settings.asr_compute_type, threads=threads)
    segments, info = model.transcribe(decode_audio(str(path)), beam_size=settings.asr_beam_size, word_timestamps=True,
                                      vad_filter=True, vad_parameters=VadOptions(),
                                      temperature=[0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
    segs = list(segments)
    return {"segments": len(segs), "words": sum(len(s.words or ()) for s in segs), "language": info.language}


def first_segment_seconds(svc, path: Path, cancel: bool = True, marks: dict | None = None) -> float:
    """POST the file, then read the events stream until the first segment; cancel the rest.
    `marks`, when given, gets the seconds (from the POST) of the upload's answer and of the
    job's `running`, `media` and first `segment` events."""
    t0 = time.time()
    job = svc.submit(path)
    answered = time.time() - t0
    first = None
    seen = {"accepted": answered}
    for _id, type_, data, at in svc.events(job["id"]):
        if type_ == "status" and data.get("status") == "running":
            seen.setdefault("running", at - t0)
        elif type_ in ("media", "segment"):
            seen.setdefault(type_, at - t0)
        if type_ == "segment":
            first = at - t0
            break
    if cancel:
        with svc.client() as c:
            c.delete(f"/v1/jobs/{job['id']}")
    svc.wait(job["id"], timeout=600)
    if first is None:
        raise RuntimeError(f"no segment for {path}")
    if marks is not None:
        marks.update(seen)
    return first


# -- statistics and the table -------------------------------------------------------------------


def streamed(model, path: Path, options):
    """Wall seconds, the transcriber (with its counters) and the segments of one transcription of ``path``
    streamed as the worker does (1 s chunks; worker.transcribe.StreamingTranscriber with ``options``)."""
    from worker.decode import iter_audio
    from worker.transcribe import StreamingTranscriber

    start = time.perf_counter()
    transcriber = StreamingTranscriber(model, options)
    segments = []
    for chunk in iter_audio(path, chunk_s=1.0):
        segments += transcriber.feed(chunk)
    segments += transcriber.finish()
    return time.perf_counter() - start, transcriber, segments


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def percentile(xs: list[float], q: float) -> float:
    """Nearest-rank percentile, q in [0, 100]."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = max(0, min(len(s) - 1, int(-(-q * len(s) // 100)) - 1))
    return s[k]


def on_off_table(setting: str, what: str, minutes: float, repeat: int) -> str:
    """`vidsense analyze` wall time with ``setting`` (a VIDSENSE_ variable) on over off, as fresh processes, on the
    composed video (real footage under real speech; ``minutes`` long), the two sides alternating ``repeat`` times."""
    import tempfile

    clip = video(minutes, DEFAULT_WORK_DIR)
    walls: dict[str, list[float]] = {"on": [], "off": []}
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(repeat):
            for side in (("on", "off") if k % 2 == 0 else ("off", "on")):
                env = dict(os.environ, **{setting: "1" if side == "on" else "0"})
                cmd = [sys.executable, "-m", "vidsense.cli", "analyze", str(clip), "--out", f"{tmp}/{side}{k}", "--quiet"]
                walls[side].append(run_process(cmd, env=env).wall_s)
    on, off = statistics.median(walls["on"]), statistics.median(walls["off"])
    return markdown_table(["video", "runs", f"analyze, {what} (s)", f"analyze, no {what} (s)", "ratio"],
                          [[f"{clip.name} ({minutes:g} min)", str(repeat), f"{on:.1f}", f"{off:.1f}", f"{on / off:.2f}"]])


def frame_model_main(argv: list[str] | None, doc: str, model: str, setting: str, what: str, load, clips_table) -> int:
    """The command line of a frame model's benchmark (bench/screen_text.py, bench/objects.py): ``clips_table(load(
    models_dir, threads))`` on the shared clips and/or ``on_off_table(setting, what, ...)`` on the composed video."""
    from vidsense.settings import get_settings

    p = argparse.ArgumentParser(description=doc.split("\n\n")[0], epilog=doc.split("\n\n", 1)[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", default="clips,analyze", help="clips, analyze or both (default)")
    p.add_argument("--minutes", type=float, default=2.0, help="length of the composed video for `analyze`")
    p.add_argument("--repeat", type=int, default=2, help="runs of each side for `analyze`")
    p.add_argument("--threads", type=int, default=1, help=f"onnxruntime threads for the {model} (the worker's: 1)")
    args = p.parse_args(argv)
    rows = {r.strip() for r in args.rows.split(",") if r.strip()}
    print(f"# {time.strftime('%Y-%m-%dT%H:%M:%S%z')}, {os.cpu_count()} CPUs, {model} threads {args.threads}, "
          f"models in {get_settings().models_path}; repo {REPO}")
    if "clips" in rows:
        print(clips_table(load(get_settings().models_path, threads=args.threads)))
        print()
    if "analyze" in rows:
        print(on_off_table(setting, what, args.minutes, args.repeat))
    return 0


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    fw = sub.add_parser("faster-whisper", help="faster-whisper alone on one file, as vidsense configures it")
    fw.add_argument("path", type=Path)
    fw.add_argument("--model", default="base")
    fw.add_argument("--threads", type=int, default=0, help="CPU threads (0: as a one-process worker)")
    co = sub.add_parser("compose", help="build a looped real video and print its path")
    co.add_argument("--minutes", type=float, default=10)
    co.add_argument("--work-dir", type=Path, default=DEFAULT_WORK_DIR)
    args = ap.parse_args(argv)
    if args.cmd == "faster-whisper":
        print(faster_whisper_alone(args.path, args.model, args.threads or asr_threads()))
    else:
        print(video(args.minutes, args.work_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
