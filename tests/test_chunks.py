"""Scale-out (issue 5): a long video split into chunks that two real worker processes do in parallel,
merged into the same results as one pass: exact timestamps, nothing lost or doubled at the chunk
edges, segment events in order, every timeline window once."""

from __future__ import annotations

import difflib
import json
import math
import subprocess
import sys
import time

import pytest

from conftest import REPO, media, normalize, reference_text, start_service, wer

CHUNK_S = 25  # 105 s of media: 4 chunks, nominal edges in the middle of sentences
LOOPS = 6


@pytest.fixture(scope="module")
def long_video(tmp_path_factory, ffmpeg):
    """librivox_city.mp4 (17.4 s of real speech over real footage) six times, about 105 s. The audio is
    re-encoded as one continuous stream (aresample=async fills the gaps a plain loop leaves at each join)."""
    out = tmp_path_factory.mktemp("chunks-media") / "librivox_city_x6.mp4"
    subprocess.run([ffmpeg, "-v", "error", "-stream_loop", str(LOOPS - 1), "-i", str(media("video/librivox_city.mp4")),
                    "-c:v", "copy", "-af", "aresample=async=1", "-c:a", "aac", "-b:a", "96k", str(out)], check=True)
    return out


@pytest.fixture(scope="module")
def unchunked(tmp_path_factory, long_video):
    """The same video in one pass (`vidsense analyze`, which never chunks), for comparison."""
    tmp = tmp_path_factory.mktemp("unchunked")
    env = {**_base_env(tmp), "VIDSENSE_CHUNK_S": "0", "VIDSENSE_ASR_THREADS": "2"}
    subprocess.run([sys.executable, "-m", "vidsense.cli", "analyze", str(long_video), "--out", str(tmp / "out")],
                   env=env, cwd=REPO, check=True, capture_output=True, timeout=600)
    return json.loads((tmp / "out" / "transcript.json").read_text()), json.loads((tmp / "out" / "timeline.json").read_text())


def _base_env(tmp):
    import os

    return dict(os.environ, VIDSENSE_DATA_DIR=str(tmp / "data"), VIDSENSE_ASR_MODEL="tiny.en",
                VIDSENSE_MODELS_DIR=str(REPO / ".cache" / "models"), VIDSENSE_LOG_JSON="true")


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory):
    """API + two worker processes (two Celery workers, as on two machines), one thread each, Redis DB 3."""
    svc = start_service(tmp_path_factory.mktemp("svc-chunks"), None, redis_db=3, chunk_s=CHUNK_S,
                        asr_model="tiny.en", asr_threads=1)
    log = svc.data_dir / "worker2.log"
    svc.logs["worker2"] = log
    svc.procs["worker2"] = subprocess.Popen(
        [sys.executable, "-m", "vidsense.cli", "worker", "--concurrency", "1", "--hostname", "second@%h"],
        env=svc.env, cwd=REPO, stdout=open(log, "ab"), stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.time() + 120
    with svc.client() as c:
        while len(c.get("/v1/queue").json()["workers"]) < 2:
            assert time.time() < deadline, svc.tail("worker2")
            time.sleep(0.5)
    yield svc
    svc.stop_all()


def _words(transcript: dict) -> list[tuple[float, str]]:
    out = []
    for seg in transcript["segments"]:
        for w in seg["words"]:
            for token in normalize(w["word"]):
                out.append(((w["start"] + w["end"]) / 2, token))
    return out


def _assert_edges_intact(words: list[tuple[float, str]], ref_words: list[tuple[float, str]], edges: list[float]) -> None:
    """At each chunk edge: no word lost, none said twice (only a recognition difference may replace one)."""
    for edge in edges:
        near = [w for t, w in words if edge - 4 <= t < edge + 4]
        ref_near = [w for t, w in ref_words if edge - 4 <= t < edge + 4]
        ops = [op for op in difflib.SequenceMatcher(a=ref_near, b=near, autojunk=False).get_opcodes() if op[0] != "equal"]
        assert not [op for op in ops if op[0] in ("insert", "delete")] and len(near) == len(ref_near), \
            (edge, ref_near, near)


def test_long_video_in_parallel_chunks_equals_one_pass(two_workers, long_video, unchunked):
    svc = two_workers
    t0 = time.time()
    job = svc.submit(long_video)
    events = list(svc.events(job["id"], timeout=600))
    wall = time.time() - t0
    final = svc.wait(job["id"], timeout=60)
    assert final["status"] == "succeeded", (final, svc.tail("worker"), svc.tail("worker2"))
    duration = final["media"]["duration"]
    with svc.client() as c:
        transcript = c.get(f"/v1/jobs/{job['id']}/transcript").json()
        timeline = c.get(f"/v1/jobs/{job['id']}/timeline").json()
    ref_transcript, ref_timeline = unchunked

    # It was cut where planned, and both workers did chunks.
    plan = [e[2] for e in events if e[1] == "chunks"]
    assert plan and plan[0]["count"] == round(duration / CHUNK_S) == 4, plan
    edges = plan[0]["edges"]
    assert all(a < b for a, b in zip([0.0, *edges], [*edges, duration]))
    for name in ("worker", "worker2"):
        assert '"chunk done"' in (svc.data_dir / f"{name}.log").read_text(), f"{name} did no chunk"

    # The transcript: the same words as one pass (WER ~ 0), times strictly increasing.
    words = _words(transcript)
    ref_words = _words(ref_transcript)
    tokens, ref_tokens = [w for _, w in words], [w for _, w in ref_words]
    # tiny.en is not stable under a change of context: measured, the chunked run and one pass differ only
    # in substitutions away from the edges ("ill-disposed" / "old-sposed", "cold-hearted" / "coldhearted"),
    # WER 4.9-6.0 % between them. What chunking must not do, lose or repeat words, is checked at the edges below.
    assert wer(" ".join(ref_tokens), " ".join(tokens)) <= 0.08
    # Same words, same times: the words both runs recognised alike lie at the same times.
    import jiwer

    alignment = jiwer.process_words(" ".join(ref_tokens), " ".join(tokens)).alignments[0]
    shifts = [abs(words[c.hyp_start_idx + i][0] - ref_words[c.ref_start_idx + i][0])
              for c in alignment if c.type == "equal" for i in range(c.ref_end_idx - c.ref_start_idx)]
    assert len(shifts) > 0.8 * len(ref_tokens) and sorted(shifts)[len(shifts) // 2] < 0.1, sorted(shifts)[-10:]
    assert wer(" ".join([reference_text("librivox-0870", "librivox-0880", "librivox-0890")] * LOOPS), " ".join(tokens)) < 0.15
    starts = [s["start"] for s in transcript["segments"]]
    assert all(a < b for a, b in zip(starts, starts[1:])), starts
    for seg in transcript["segments"]:
        assert seg["start"] <= seg["end"] <= duration + 0.01
        ws = [w["start"] for w in seg["words"]]
        assert ws == sorted(ws)
    _assert_edges_intact(words, ref_words, edges)
    # Across the edges as everywhere: words in time order, consecutive segments do not overlap.
    mids = [t for t, _ in words]
    assert all(a < b for a, b in zip(mids, mids[1:]))
    segs_t = [(s["start"], s["end"]) for s in transcript["segments"]]
    assert all(a[1] <= b[0] + 0.02 for a, b in zip(segs_t, segs_t[1:])), [(a, b) for a, b in zip(segs_t, segs_t[1:]) if a[1] > b[0]]

    # Events: every segment once, in order, indices 0..n-1, the same as the transcript.
    segs = [e[2] for e in events if e[1] == "segment"]
    assert [s["index"] for s in segs] == list(range(len(transcript["segments"])))
    assert [(s["start"], s["text"]) for s in segs] == [(s["start"], s["text"]) for s in transcript["segments"]]
    # Chunk 0's segments stream live as they are recognised (not all at once when the chunk is done).
    first_chunk = [e[3] for e in events if e[1] == "segment" and e[2]["start"] < edges[0]]
    assert max(first_chunk) - min(first_chunk) > 1.0, "chunk 0's segments were not streamed live"
    progress = [e[2]["progress"] for e in events if e[1] == "progress"]
    assert progress and progress[-1] == 1.0
    assert events[-1][1] == "done" and events[-1][2]["status"] == "succeeded"

    # The timeline: every window once, on the grid, covering the duration exactly; the same as one pass.
    windows = timeline["windows"]
    assert len(windows) == math.ceil(duration / timeline["window_s"] - 1e-6) == len(ref_timeline["windows"])
    assert windows[0]["start"] == 0 and windows[-1]["end"] == pytest.approx(duration, abs=1e-3)
    assert all(a["end"] == b["start"] for a, b in zip(windows, windows[1:]))
    assert all(w["audio"] is not None and w["visual"] is not None for w in windows)
    assert [w["visual"] for w in windows] == [w["visual"] for w in ref_timeline["windows"]]
    assert timeline["shots"] == ref_timeline["shots"]
    for w, r in zip(windows, ref_timeline["windows"]):
        assert w["audio"]["loudness_dbfs"] == pytest.approx(r["audio"]["loudness_dbfs"], abs=0.1)
    diffs = [(c.type, round(ref_words[min(c.ref_start_idx, len(ref_words) - 1)][0], 1),
              ref_tokens[c.ref_start_idx:c.ref_end_idx], tokens[c.hyp_start_idx:c.hyp_end_idx])
             for c in alignment if c.type != "equal"]
    print("\ndifferences from one pass:", diffs)
    print(f"\nchunked job: {duration:.1f} s of media in {wall:.1f} s with 2 worker processes, edges {edges}")


def test_cancel_stops_every_chunk(two_workers, long_video):
    """DELETE while both workers are busy with chunks: the coordinator's process is terminated (revoke)
    and the helper stops at its next check of the cancel flag; no chunk finishes after that."""
    svc = two_workers
    logs = {name: (svc.data_dir / f"{name}.log") for name in ("worker", "worker2")}
    before = {name: path.read_text().count('"chunk done"') for name, path in logs.items()}
    job = svc.submit(long_video)
    for _, type_, data, _ in svc.events(job["id"], timeout=300):
        if type_ == "progress" and data["progress"] > 0.05:  # planned, helpers sent, chunks under way
            break
    time.sleep(2)
    with svc.client() as c:
        assert c.delete(f"/v1/jobs/{job['id']}").status_code in (200, 202)
    canceled_at = time.time()
    assert svc.wait(job["id"], timeout=30)["status"] == "canceled"
    # The helper stops at its next check (between 5 s audio chunks) and says so; one that only starts after the
    # cancel (a busy, loaded machine) finds the job no longer running and does no chunk at all.
    deadline = time.time() + 30
    while time.time() < deadline:
        ended = [json.loads(line) for name in logs for line in logs[name].read_text().splitlines()
                 if '"vidsense.process_chunks"' in line and job["id"] in line and '"return_value"' in line]
        if any(e["data"]["return_value"] in ("'canceled'", "'not_running'") for e in ended):
            break
        time.sleep(0.5)
    else:
        raise AssertionError(f"no chunk helper stopped on the cancel: {svc.tail('worker')}\n{svc.tail('worker2')}")
    assert time.time() - canceled_at < 30
    time.sleep(2)
    after = {name: path.read_text().count('"chunk done"') for name, path in logs.items()}
    assert sum(after.values()) - sum(before.values()) < 4, "every chunk finished: the cancel did not stop them"
    short = svc.submit(media("video/jfk_bikes.mp4"))
    assert svc.wait(short["id"], timeout=120)["status"] == "succeeded"


def test_chunk_helper_killed_mid_chunk(two_workers, long_video, unchunked):
    """SIGKILL the second worker's pool process while both workers are busy with the job's chunks (it
    is the coordinator or a helper, whichever it drew): its task comes back (acks late, reject on
    worker lost), the dead process's leases (the job's, its chunk's) are taken over at once, and the
    job ends with every segment once, in order, and no word lost or doubled at the edges."""
    import os
    import signal

    from test_faults import worker_children

    svc = two_workers
    job = svc.submit(long_video)
    for _, type_, data, _ in svc.events(job["id"], timeout=300):
        if type_ == "progress" and data["progress"] > 0.05:  # planned, helpers sent, chunks under way
            break
    time.sleep(2)
    children = worker_children(svc.procs["worker2"].pid)
    assert children
    for pid in children:
        os.kill(pid, signal.SIGKILL)
    final = svc.wait(job["id"], timeout=600)
    assert final["status"] == "succeeded", (final, svc.tail("worker"), svc.tail("worker2"))
    with svc.client() as c:
        transcript = c.get(f"/v1/jobs/{job['id']}/transcript").json()
    events = list(svc.events(job["id"], timeout=30))
    segs = [e[2] for e in events if e[1] == "segment"]
    # On failure, say enough to tell a publishing race from a transcript difference (it failed once, under load).
    why = ([(e[1], e[2].get("index"), e[2].get("start")) for e in events if e[1] != "progress"],
           svc.tail("worker", 80), svc.tail("worker2", 80))
    assert [s["index"] for s in segs] == list(range(len(transcript["segments"]))), why
    assert [(s["start"], s["text"]) for s in segs] == [(s["start"], s["text"]) for s in transcript["segments"]], why
    assert [e[1] for e in events].count("done") == 1
    words, ref_words = _words(transcript), _words(unchunked[0])
    assert wer(" ".join(w for _, w in ref_words), " ".join(w for _, w in words)) <= 0.08
    plan = [e[2] for e in events if e[1] == "chunks"][0]
    _assert_edges_intact(words, ref_words, plan["edges"])
    starts = [s["start"] for s in transcript["segments"]]
    assert all(a < b for a, b in zip(starts, starts[1:])), starts
