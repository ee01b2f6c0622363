"""Speed and scale (issue 5): every row measured side by side in one run, as a ratio.

Builds its inputs from ../shared/media with ffmpeg (bench/common.py: 60 s of real footage under
real speech, looped to 1, 10 and 30 minutes) into --work-dir, runs each row's sides alternately
(--repeat times, order swapped every repeat), and prints one markdown table.

Rows (--rows, comma-separated; default all):

  e2e      `vidsense analyze` wall time over faster-whisper alone (same model, compute type,
           threads, beam, VAD, word timestamps, same file), both as fresh processes, 10-min video.
  decode   frames sampled per second (1 frame/s, 224x224 RGB, one decoding thread) by our path
           (worker.decode.iter_frames) over plain PyAV and over the ffmpeg CLI, same file, 10-min
           video; at least 3 alternating runs; frames per CPU second in the notes.
  first    seconds from POST /v1/jobs to the first `segment` event, 1- and 10-min videos, on a
           real API + worker (tests/conftest.py start_service); a short warm-up job runs before
           each measured one so the worker process is loaded, and each measured job is canceled
           after its first segment.
  memory   the worker's peak RSS (VmHWM of the Celery child that ran the job; a fresh worker per
           video) on a 30-min video over a 1-min one, in one pass (VIDSENSE_CHUNK_S=0; with
           --memory-chunked, the worker's own chunking). --memory-via analyze measures
           `vidsense analyze` (same run_pipeline) instead.
  api      p99 latency of GET /v1/jobs/{id} (and of GET /healthz beside it, as a reference) under
           50 concurrent httpx clients on loopback, each polling every --api-interval s (the
           floor's row), then back to back (a closed loop: saturation, reported with the
           throughput and the API process's CPU per request); and of POST /v1/jobs (a real 11 s
           clip) from 50 clients back to back.
  scale    the 10-min video on the real service, submit to done: one pass on 1 worker process with
           all the threads (baseline) against its 120 s chunks shared by 2 worker processes of
           half the threads each (bench/scale_out.py for more configurations).

    python bench/speed.py                       # everything, Whisper base (about an hour on 2 cores)
    python bench/speed.py --quick               # shorter videos (2 / 5 min), one repeat
    python bench/speed.py --rows memory,api --asr-model tiny.en
"""

from __future__ import annotations

import torch  # noqa: F401  before decord (see worker/decode.py)

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import REPO, markdown_table, median, percentile, run_process  # noqa: E402

ROWS = ("e2e", "decode", "first", "memory", "api", "scale")


@dataclass
class Row:
    name: str
    measure: str
    ours: str
    baseline: str
    ratio: str
    floor: str
    ok: bool | None  # None: not measured
    notes: list[str] = field(default_factory=list)

    def cells(self) -> list[str]:
        verdict = "n/a" if self.ok is None else ("pass" if self.ok else "FAIL")
        return [self.name, self.measure, self.ours, self.baseline, self.ratio, self.floor, verdict]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def service_env_settings(args) -> dict:
    # Per-key rate and active-job limits (issue 6) would answer 429 to a load test: off here.
    return {"asr_model": args.asr_model, "asr_threads": args.threads, "rate_limit_per_minute": 0,
            "max_active_jobs_per_key": 0}


# -- end to end ---------------------------------------------------------------------------------


def row_e2e(args) -> Row:
    path = common.video(args.e2e_minutes, args.work_dir)
    env = dict(os.environ, VIDSENSE_ASR_THREADS=str(args.threads), VIDSENSE_ASR_MODEL=args.asr_model)
    ours_cmd = lambda out: [sys.executable, "-m", "vidsense.cli", "analyze", str(path), "--out", out, "--quiet"]  # noqa: E731
    fw_cmd = [sys.executable, str(REPO / "bench" / "common.py"), "faster-whisper", str(path),
              "--model", args.asr_model, "--threads", str(args.threads)]
    ours, fw, notes = [], [], []
    for r in range(args.repeat):
        for side in (("fw", "ours") if r % 2 == 0 else ("ours", "fw")):
            if side == "fw":
                fw.append(run_process(fw_cmd, env=env).wall_s)
                log(f"e2e: faster-whisper alone {fw[-1]:.1f} s")
            else:
                with tempfile.TemporaryDirectory() as out:
                    ours.append(run_process(ours_cmd(out), env=env).wall_s)
                log(f"e2e: vidsense analyze {ours[-1]:.1f} s")
        notes.append(f"e2e repeat {r + 1}: analyze {ours[-1]:.1f} s, faster-whisper {fw[-1]:.1f} s, "
                     f"ratio {ours[-1] / fw[-1]:.2f}")
    ratio = median(ours) / median(fw)
    return Row("end to end", f"`vidsense analyze` s / faster-whisper alone s, {args.e2e_minutes:g}-min video, "
               f"{args.asr_model}, {args.threads} threads", f"{median(ours):.1f} s", f"{median(fw):.1f} s",
               f"{ratio:.2f}", "<= 1.3", ratio <= 1.3, notes)


# -- decoding -----------------------------------------------------------------------------------


def decode_ours(path: Path, info, rate: float) -> tuple[int, float]:
    """worker.decode.iter_frames, as the pipeline runs it; (frames, CPU s of this process)."""
    from worker.decode import iter_frames

    c0 = time.process_time()
    n = sum(len(b.times) for b in iter_frames(path, info, rate))
    return n, time.process_time() - c0


def decode_pyav(path: Path, info, rate: float) -> tuple[int, float]:
    """Plain PyAV: every frame decoded in order (one thread); the frame shown at each sample time
    (decord's index rule, int(t * fps)) converted to 224x224 RGB by libswscale (bicubic)."""
    import av
    import numpy as np

    c0 = time.process_time()
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_count = 1
        fps = float(stream.average_rate or 25)
        wanted = iter(np.arange(0.5 / rate, info.duration, 1.0 / rate))
        target = next(wanted, None)
        n = 0
        for i, frame in enumerate(container.decode(stream)):
            while target is not None and i == int(target * fps):
                frame.to_ndarray(width=224, height=224, format="rgb24", interpolation="BICUBIC")
                n += 1
                target = next(wanted, None)
            if target is None:
                break
    return n, time.process_time() - c0


def decode_decord(path: Path, info, rate: float) -> tuple[int, float]:
    """decord (the path iter_frames took before PyAV): VideoReader resizing to 224x224, get_batch of
    16 frame indices int(t * fps) at a time. Reported in the notes, no row."""
    import decord
    import numpy as np

    c0 = time.process_time()
    reader = decord.VideoReader(str(path), width=224, height=224, num_threads=1)
    times = np.arange(0.5 / rate, info.duration, 1.0 / rate)
    idx = np.minimum((times * (reader.get_avg_fps() or 25)).astype(int), len(reader) - 1)
    n = sum(len(reader.get_batch(list(idx[i:i + 16])).asnumpy()) for i in range(0, len(idx), 16))
    del reader
    return n, time.process_time() - c0


def decode_ffmpeg(path: Path, info, rate: float) -> tuple[int, float]:
    """The ffmpeg CLI: fps filter, scale to 224x224, raw RGB to a pipe (one decoding thread);
    CPU s of ffmpeg plus this process's reading."""
    size = 224 * 224 * 3
    c0 = time.process_time()
    proc = subprocess.Popen(["ffmpeg", "-v", "error", "-threads", "1", "-i", str(path), "-an", "-vf",
                             f"fps={rate:g},scale=224:224", "-filter_threads", "1", "-pix_fmt", "rgb24",
                             "-f", "rawvideo", "pipe:1"], stdout=subprocess.PIPE)
    n = 0
    while chunk := proc.stdout.read(size):
        n += len(chunk) == size
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError("ffmpeg failed")
    return n, usage.ru_utime + usage.ru_stime + time.process_time() - c0


def row_decode(args) -> list[Row]:
    from worker.decode import probe

    path = common.video(args.decode_minutes, args.work_dir)
    info = probe(path)  # the pipeline's probe stage, not part of decoding
    sides = {"ours": decode_ours, "pyav": decode_pyav, "ffmpeg": decode_ffmpeg, "decord": decode_decord}
    rates: dict[str, list[float]] = {k: [] for k in sides}
    cpu_rates: dict[str, list[float]] = {k: [] for k in sides}
    counts: dict[str, int] = {}
    order = list(sides)
    for r in range(args.decode_repeat):
        for name in (order if r % 2 == 0 else order[::-1]):
            t0 = time.perf_counter()
            counts[name], cpu = sides[name](path, info, 1.0)
            rates[name].append(counts[name] / (time.perf_counter() - t0))
            cpu_rates[name].append(counts[name] / cpu)
            log(f"decode: {name} {counts[name]} frames, {rates[name][-1]:.1f} frames/s, {cpu_rates[name][-1]:.1f} per CPU s")
    ours = median(rates["ours"])
    rows = []
    for base, label in (("pyav", "PyAV"), ("ffmpeg", "ffmpeg CLI")):
        ratio = ours / median(rates[base])
        rows.append(Row("decoding", f"sampled frames/s (wall), ours (worker.decode.iter_frames) over {label}, "
                        f"1 frame/s, 224x224, 1 thread, {args.decode_minutes:g}-min 640x360 h264",
                        f"{ours:.1f}/s", f"{median(rates[base]):.1f}/s", f"{ratio:.2f}", ">= 1.0", ratio >= 1.0,
                        [f"decode: {counts} frames; medians of {args.decode_repeat} runs: " + ", ".join(
                            f"{k} {median(rates[k]):.1f} frames/s wall, {median(cpu_rates[k]):.1f} per CPU s"
                            for k in sides) + "; CPU ratio ours/PyAV "
                         f"{median(cpu_rates['ours']) / median(cpu_rates['pyav']):.2f}, ours/ffmpeg "
                         f"{median(cpu_rates['ours']) / median(cpu_rates['ffmpeg']):.2f}"] if base == "pyav" else []))
    return rows


# -- first segment ------------------------------------------------------------------------------


def row_first(args) -> Row:
    from conftest import start_service

    lengths = (1, args.first_long_minutes)
    videos = {m: common.video(m, args.work_dir) for m in lengths}
    warm = common.MEDIA / "video" / "jfk_bikes.mp4"
    times: dict[float, list[float]] = {m: [] for m in lengths}
    phases: dict[float, list[dict]] = {m: [] for m in lengths}
    with tempfile.TemporaryDirectory() as tmp:
        svc = start_service(Path(tmp), None, redis_db=11, **service_env_settings(args))
        try:
            for r in range(args.repeat):
                for m in (lengths if r % 2 == 0 else lengths[::-1]):
                    # A canceled job's process is replaced (it reloads its models): a short job to
                    # the end first, so the measured one meets a loaded, warm worker process.
                    job = svc.submit(warm)
                    svc.wait(job["id"], timeout=600)
                    marks: dict = {}
                    times[m].append(common.first_segment_seconds(svc, videos[m], marks=marks))
                    phases[m].append(marks)
                    log(f"first segment: {m:g}-min video {times[m][-1]:.2f} s "
                        f"({', '.join(f'{k} {v:.2f}' for k, v in marks.items())})")
        finally:
            svc.stop_all()
    short, long_ = median(times[1]), median(times[args.first_long_minutes])
    ratio = long_ / short
    ok = max(short, long_) <= 3.0 and ratio <= 1.2
    return Row("first segment", f"s from POST to the first segment event, {args.first_long_minutes:g}-min (ours) "
               f"and 1-min (baseline) video, {args.asr_model}", f"{long_:.2f} s", f"{short:.2f} s", f"{ratio:.2f}",
               "<= 3 s both, ratio <= 1.2", ok,
               ["first segment runs (s): " + ", ".join(f"{m:g} min {[round(x, 2) for x in v]}" for m, v in times.items()),
                "first segment phases (median s from the POST: upload answered, job running, media probed, "
                "first segment): " + "; ".join(
                    f"{m:g} min: " + ", ".join(f"{k} {median([p[k] for p in phases[m] if k in p]):.2f}"
                                                for k in phases[m][0]) for m in lengths if phases[m])])


# -- memory -------------------------------------------------------------------------------------


def worker_peak_mb(path: Path, args) -> float:
    """A fresh API + worker; the job run to the end; the peak RSS of the worker's processes."""
    from conftest import start_service

    with tempfile.TemporaryDirectory() as tmp:
        extra = {} if args.memory_chunked else {"chunk_s": 0}  # one pass: the streaming pipeline's own memory
        svc = start_service(Path(tmp), None, redis_db=12, **service_env_settings(args), **extra)
        try:
            job = svc.submit(path)
            done = svc.wait(job["id"], timeout=4 * 3600)
            if done["status"] != "succeeded":
                raise RuntimeError(f"job {done['status']}: {done.get('error')}")
            pids = common.descendants(svc.procs["worker"].pid)
            return max(common.proc_status(p) for p in pids)
        finally:
            svc.stop_all()


def analyze_peak_mb(path: Path, args) -> float:
    env = dict(os.environ, VIDSENSE_ASR_THREADS=str(args.threads), VIDSENSE_ASR_MODEL=args.asr_model)
    with tempfile.TemporaryDirectory() as out:
        return run_process([sys.executable, "-m", "vidsense.cli", "analyze", str(path), "--out", out, "--quiet"],
                           env=env).peak_rss_mb


def row_memory(args) -> Row:
    lengths = (1, args.memory_long_minutes)
    measure = worker_peak_mb if args.memory_via == "worker" else analyze_peak_mb
    peaks: dict[float, list[float]] = {m: [] for m in lengths}
    for r in range(args.memory_repeat):
        for m in (lengths if r % 2 == 0 else lengths[::-1]):
            peaks[m].append(measure(common.video(m, args.work_dir), args))
            log(f"memory: {args.memory_via} peak RSS, {m:g}-min video: {peaks[m][-1]:.0f} MB")
    short, long_ = median(peaks[1]), median(peaks[args.memory_long_minutes])
    ratio = long_ / short
    who = "worker (Celery child)" if args.memory_via == "worker" else "`vidsense analyze`"
    return Row("memory", f"{who} peak RSS, {args.memory_long_minutes:g}-min over 1-min video, {args.asr_model}",
               f"{long_:.0f} MB", f"{short:.0f} MB", f"{ratio:.3f}", "<= 1.15", ratio <= 1.15,
               ["memory runs (MB): " + ", ".join(f"{m:g} min {[round(x) for x in v]}" for m, v in peaks.items())])


# -- API ----------------------------------------------------------------------------------------


async def _load(url: str, key: str, clients: int, requests_each: int, make_request, interval: float = 0.0) -> list[float]:
    """`clients` concurrent httpx clients, each with its own connection, making `requests_each`
    requests: back to back (interval 0, a closed loop), or one every `interval` s from a random
    phase (clients that poll, as a progress page or a script watching its job does).

    The clients are built before the clock starts: an httpx client costs about 17 ms of CPU (an SSL
    context, even for http://), so 50 of them built inside the schedule took longer than its 0.5 s
    lead, and every client whose phase had passed fired at once: a burst of ~20-50 simultaneous
    first requests that was the paced row's p99, whatever the server did."""
    import random

    import httpx

    latencies: list[float] = []
    pool = [httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=120)
            for _ in range(clients)]
    start = time.perf_counter() + 0.5

    async def one_client(c: httpx.AsyncClient) -> None:
        async with c:
            due = start + random.uniform(0, interval)
            for _ in range(requests_each):
                if interval:
                    await asyncio.sleep(max(0.0, due - time.perf_counter()))
                    due += interval
                t0 = time.perf_counter()
                r = await make_request(c)
                latencies.append(time.perf_counter() - t0)
                if r.status_code >= 400:
                    raise RuntimeError(f"{r.request.method} {r.request.url}: {r.status_code} {r.text[:200]}")

    await asyncio.gather(*(one_client(c) for c in pool))
    return latencies


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def row_api(args) -> list[Row]:
    from conftest import KEYS, start_service

    clip = common.MEDIA / "video" / "jfk_bikes.mp4"
    body = clip.read_bytes()
    n, every = args.api_clients, args.api_interval
    stats: dict[str, list[float]] = {"status": [], "healthz": [], "status closed loop": [], "submit": []}
    cpu_ms = []
    with tempfile.TemporaryDirectory() as tmp:
        svc = start_service(Path(tmp), None, redis_db=10, worker=False, **service_env_settings(args))
        try:
            job_id = svc.submit(clip)["id"]

            async def status(c):
                return await c.get(f"/v1/jobs/{job_id}")

            async def healthz(c):
                return await c.get("/healthz")

            async def submit(c):
                return await c.post("/v1/jobs", files={"file": (clip.name, body, "video/mp4")})

            asyncio.run(_load(svc.url, KEYS[0], n, 3, status))  # warm-up: connections, thread pool
            api_pid = svc.procs["api"].pid
            for r in range(args.repeat):
                paced = [("status", status), ("healthz", healthz)]
                for name, fn in (paced if r % 2 == 0 else paced[::-1]):
                    stats[name] += asyncio.run(_load(svc.url, KEYS[0], n, args.api_requests, fn, every))
                c0, k0 = _cpu_s(api_pid), len(stats["status closed loop"])
                t0 = time.perf_counter()
                stats["status closed loop"] += asyncio.run(_load(svc.url, KEYS[0], n, args.api_requests, status))
                done = len(stats["status closed loop"]) - k0
                cpu_ms.append((1000 * (_cpu_s(api_pid) - c0) / done, done / (time.perf_counter() - t0)))
                stats["submit"] += asyncio.run(_load(svc.url, KEYS[0], n, args.api_submits, submit))
                log("api: p99 " + ", ".join(f"{k} {percentile(v, 99) * 1000:.1f} ms" for k, v in stats.items()))
        finally:
            svc.stop_all()
            import redis

            redis.Redis.from_url(f"{os.environ.get('VIDSENSE_TEST_REDIS', 'redis://127.0.0.1:6379')}/10").flushdb()
    ms = {k: (percentile(v, 99) * 1000, percentile(v, 50) * 1000, len(v)) for k, v in stats.items()}
    notes = ["api: " + "; ".join(f"{k}: p50 {p50:.1f} ms, p99 {p99:.1f} ms over {cnt} requests"
                                 for k, (p99, p50, cnt) in ms.items()),
             f"api: closed loop ({n} clients back to back): " + ", ".join(
                 f"{rps:.0f} requests/s, API process CPU {c:.2f} ms a request" for c, rps in cpu_ms)]
    return [
        Row("API", f"p99 GET /v1/jobs/{{id}}, {n} concurrent clients each polling every {every:g} s "
            f"(baseline: GET /healthz, same load)", f"{ms['status'][0]:.1f} ms", f"{ms['healthz'][0]:.1f} ms",
            f"{ms['status'][0] / ms['healthz'][0]:.2f}", "p99 < 50 ms", ms["status"][0] < 50, notes),
        Row("API", f"p99 GET /v1/jobs/{{id}}, {n} clients back to back (closed loop, saturation)",
            f"{ms['status closed loop'][0]:.1f} ms", "-", "-", "(none, reported)", None),
        Row("API", f"p99 POST /v1/jobs (11 s clip, 434 KB), {n} concurrent clients back to back",
            f"{ms['submit'][0]:.1f} ms", "-", "-", "(none, reported)", None),
    ]


def row_scale(args) -> Row:
    """bench/scale_out.py's two ends on the e2e row's real video: one pass on 1 worker process x all threads
    (the baseline) and the worker's chunks shared by 2 worker processes x half the threads (as on two
    machines), same video, same cores. Not librivox_city.mp4 looped: a 17 s loop puts the same sentences
    twice in one 30 s window, which sends Whisper into temperature fallback on some windows and not on
    others (measured: 2 windows of 10 took 15 s instead of 2.5 s), so the two sides' windows differ in cost."""
    import scale_out

    minutes, chunk_s = (2, 40.0) if args.quick else (10, 120.0)
    video = common.video(minutes, args.work_dir)
    threads = args.threads or common.asr_threads()
    walls: dict[str, list[float]] = {"one": [], "two": []}
    duration = 0.0
    for r in range(args.repeat):
        for side in (("one", "two") if r % 2 == 0 else ("two", "one")):
            if side == "one":
                res = scale_out.run_config(video, 1, threads, 0.0, args.asr_model, 1)
            else:
                res = scale_out.run_config(video, 2, max(1, threads // 2), chunk_s, args.asr_model, 1)
            walls[side] += res["walls"]
            duration = res["duration"]
            log(f"scale-out: {side} {res['walls'][0]:.1f} s for {duration:.1f} s of media")
    one, two = median(walls["one"]), median(walls["two"])
    return Row("scale-out", f"s for one {minutes:g}-min video, submit to done: 1 worker process x {threads} threads, "
               f"one pass (baseline) vs 2 processes x {max(1, threads // 2)} thread, chunks of {chunk_s:g} s, "
               f"{args.asr_model}", f"{two:.1f} s", f"{one:.1f} s", f"{one / two:.2f}x", "(reported; > 1 is a gain)",
               None, [f"scale-out runs (s): one pass {[round(w, 1) for w in walls['one']]}, "
                      f"2 processes {[round(w, 1) for w in walls['two']]}"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", default=",".join(ROWS), help=f"comma-separated rows to run, of: {', '.join(ROWS)}")
    ap.add_argument("--quick", action="store_true",
                    help="short inputs: e2e and decode on 2 min, memory 5 over 1 min; one repeat; fewer API requests")
    ap.add_argument("--asr-model", default="base", help="speech model for every row (default base)")
    ap.add_argument("--threads", type=int, default=0, help="ASR threads for both sides (default: as a one-process worker)")
    ap.add_argument("--repeat", type=int, default=0, help="alternating repeats of each side (default 2, quick 1)")
    ap.add_argument("--memory-repeat", type=int, default=1, help="repeats of the memory row (default 1)")
    ap.add_argument("--memory-via", choices=("worker", "analyze"), default="worker",
                    help="whose peak RSS the memory row measures (default: the worker's)")
    ap.add_argument("--memory-chunked", action="store_true",
                    help="let the worker split the long video into chunks (VIDSENSE_CHUNK_S as set); "
                         "default: one pass (chunk_s=0)")
    ap.add_argument("--work-dir", type=Path, default=common.DEFAULT_WORK_DIR, help="where the composed videos are cached")
    ap.add_argument("--api-clients", type=int, default=50, help="concurrent API clients (default 50)")
    ap.add_argument("--api-interval", type=float, default=1.0,
                    help="seconds between one client's status requests in the paced API row (default 1)")
    ap.add_argument("--out", type=Path, help="also write the table and notes to this file")
    args = ap.parse_args(argv)
    rows = [r.strip() for r in args.rows.split(",") if r.strip()]
    if unknown := [r for r in rows if r not in ROWS]:
        ap.error(f"unknown rows {unknown}; choose from {', '.join(ROWS)}")
    args.threads = args.threads or common.asr_threads()
    args.repeat = args.repeat or (1 if args.quick else 2)
    args.e2e_minutes = args.decode_minutes = 2 if args.quick else 10
    args.first_long_minutes = 10
    args.memory_long_minutes = 5 if args.quick else 30
    args.api_requests = 10 if args.quick else 30
    args.decode_repeat = max(3, args.repeat)
    args.api_submits = 2 if args.quick else 4
    os.environ.setdefault("VIDSENSE_MODELS_DIR", str(REPO / ".cache" / "models"))  # shared with the tests' services

    started = time.time()
    out: list[Row] = []
    makers = {"e2e": row_e2e, "decode": row_decode, "first": row_first, "memory": row_memory, "api": row_api,
              "scale": row_scale}
    for name in rows:
        log(f"row {name} ...")
        made = makers[name](args)
        out += made if isinstance(made, list) else [made]
    header = ["row", "measure", "ours", "baseline", "ratio", "floor", "result"]
    text = [f"python bench/speed.py {' '.join(argv if argv is not None else sys.argv[1:])}".rstrip(),
            f"{os.cpu_count()} cores, asr {args.asr_model}, {args.threads} ASR threads, {args.repeat} alternating "
            f"repeat(s), {time.time() - started:.0f} s", "",
            markdown_table(header, [r.cells() for r in out]), ""]
    text += [n for r in out for n in r.notes]
    print("\n".join(text))
    if args.out:
        args.out.write_text("\n".join(text) + "\n")
    return 0 if all(r.ok is not False for r in out) else 1


if __name__ == "__main__":
    sys.exit(main())
