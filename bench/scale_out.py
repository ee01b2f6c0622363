"""Scale-out (issue 5): one long video through the real service (API + Celery workers + Redis), with
1 worker process of 2 threads against 2 worker processes of 1 thread each, on the same cores.

    python bench/scale_out.py                       # librivox_city.mp4 x12 (about 210 s), chunk_s 30, tiny.en
    python bench/scale_out.py --loops 24 --chunk-s 60 --model base --repeat 2

Rows: one pass (chunk_s 0, 1 process, 2 threads: the baseline), chunks done by 1 process
(2 threads: the chunking overhead), chunks shared by 2 processes (1 thread each, two Celery
workers as on two machines). Each configuration gets its own service and a warm-up job first;
the time is submit to `done`, so it includes probing, planning the edges, merging, fusion,
writing and the summary. Results in bench/scale_out.results.txt.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

import torch  # noqa: F401,E402  before decord (see worker/decode.py)

from conftest import media, start_service  # noqa: E402


def compose(work: Path, loops: int) -> Path:
    out = work / f"librivox_city_x{loops}.mp4"
    if not out.exists():
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-stream_loop", str(loops - 1), "-i",
                        str(media("video/librivox_city.mp4")), "-c:v", "copy", "-af", "aresample=async=1",
                        "-c:a", "aac", "-b:a", "96k", str(out)], check=True)
    return out


def run_config(video: Path, processes: int, threads: int, chunk_s: float, model: str, repeat: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="vidsense-scale-") as tmp:
        svc = start_service(Path(tmp), None, redis_db=3, chunk_s=chunk_s, asr_model=model, asr_threads=threads,
                            worker_concurrency=1)
        try:
            for i in range(1, processes):
                name = f"worker{i + 1}"
                log = svc.data_dir / f"{name}.log"
                svc.logs[name] = log
                svc.procs[name] = subprocess.Popen(
                    [sys.executable, "-m", "vidsense.cli", "worker", "--concurrency", "1", "--hostname", f"w{i + 1}@%h"],
                    env=svc.env, cwd=REPO, stdout=open(log, "ab"), stderr=subprocess.STDOUT, start_new_session=True)
            deadline = time.time() + 180
            with svc.client() as c:
                while len(c.get("/v1/queue").json()["workers"]) < processes:
                    assert time.time() < deadline, "workers did not come up"
                    time.sleep(0.5)
            warm = svc.submit(media("video/jfk_bikes.mp4"))
            assert svc.wait(warm["id"], timeout=300)["status"] == "succeeded"
            walls, duration = [], None
            for _ in range(repeat):
                t0 = time.time()
                job = svc.submit(video)
                final = svc.wait(job["id"], timeout=3600)
                walls.append(time.time() - t0)
                assert final["status"] == "succeeded", final
                duration = final["media"]["duration"]
            return {"processes": processes, "threads": threads, "chunk_s": chunk_s, "walls": walls,
                    "duration": duration}
        finally:
            svc.stop_all()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--loops", type=int, default=12)
    ap.add_argument("--chunk-s", type=float, default=30.0)
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--work-dir", type=Path, default=Path(os.environ.get("VIDSENSE_BENCH_DIR", "/tmp/vidsense-bench")))
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "scale_out.results.txt")
    args = ap.parse_args()
    args.work_dir.mkdir(parents=True, exist_ok=True)
    video = compose(args.work_dir, args.loops)
    configs = [(1, 2, 0.0, "one pass, 1 process x 2 threads"), (1, 2, args.chunk_s, "chunks, 1 process x 2 threads"),
               (2, 1, args.chunk_s, "chunks, 2 processes x 1 thread")]
    rows = []
    for processes, threads, chunk_s, label in configs:
        print(f"running: {label} ...", file=sys.stderr, flush=True)
        r = run_config(video, processes, threads, chunk_s, args.model, args.repeat)
        best = min(r["walls"])
        rows.append((label, r["duration"], best, r["duration"] / best, r["walls"]))
        print(f"  {best:.1f} s ({r['duration'] / best:.2f} x real time)", file=sys.stderr, flush=True)
    base = rows[0][2]
    lines = [f"scale-out: {video.name}, {rows[0][1]:.1f} s of media, model {args.model}, chunk_s {args.chunk_s:g}, "
             f"{os.cpu_count()} cores (shared machine: other work may be running), best of {args.repeat}",
             "", "| configuration | wall (s) | media s / wall s | speed-up vs one pass | all runs (s) |", "|---|---|---|---|---|"]
    for label, duration, best, thr, walls in rows:
        lines.append(f"| {label} | {best:.1f} | {thr:.2f} | {base / best:.2f} | {', '.join(f'{w:.1f}' for w in walls)} |")
    text = "\n".join(lines)
    print(text)
    args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
