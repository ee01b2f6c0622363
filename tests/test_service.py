"""The service end to end: a real API process, a real Celery worker, Redis, SQLite and PostgreSQL,
the real speech model on real recordings."""

from __future__ import annotations

import time

import srt
import webvtt

from conftest import KEYS, media, reference_text, wer
from worker.subtitles import CueRules, validate_cues
from worker.types import Cue

CLIPS = {
    "video/jfk_bikes.mp4": ("jfk",),
    "video/librivox_city.mp4": ("librivox-0870", "librivox-0880", "librivox-0890"),
}


def _cues_from_srt(text: str) -> list[Cue]:
    return [Cue(s.start.total_seconds(), s.end.total_seconds(), tuple(s.content.split("\n"))) for s in srt.parse(text)]


def _cues_from_vtt(text: str) -> list[Cue]:
    return [Cue(c.start_time.in_milliseconds() / 1000, c.end_time.in_milliseconds() / 1000, tuple(c.text.split("\n")))
            for c in webvtt.from_string(text).captions]


def test_submit_stream_and_fetch_results(service):
    for clip, refs in CLIPS.items():
        job = service.submit(media(clip))
        # The reply reads the job back after it is queued: an idle worker may already have taken it.
        assert job["status"] in ("queued", "running") and len(job["id"]) == 32
        events = list(service.events(job["id"]))
        types = [t for _, t, _, _ in events]
        assert types[-1] == "done" and events[-1][2]["status"] == "succeeded", events[-1]
        # Segments are streamed while the job runs: each comes before the write stage and the end.
        seg_positions = [i for i, t in enumerate(types) if t == "segment"]
        assert seg_positions, types
        assert seg_positions[0] < types.index("done")
        write_stage = next(i for i, (_, t, d, _) in enumerate(events) if t == "stage" and d["stage"] == "fuse")
        assert max(seg_positions) < write_stage
        assert [events[i][2]["index"] for i in seg_positions] == list(range(len(seg_positions)))

        with service.client() as c:
            status = c.get(f"/v1/jobs/{job['id']}").json()
            assert status["status"] == "succeeded" and status["progress"] == 1.0
            assert status["media"]["has_audio"] and status["media"]["has_video"]
            assert status["media"]["width"] > 0 and abs(status["media"]["fps"] - 25) < 1
            transcript = c.get(f"/v1/jobs/{job['id']}/transcript").json()
            srt_text = c.get(f"/v1/jobs/{job['id']}/subtitles.srt").text
            vtt_text = c.get(f"/v1/jobs/{job['id']}/subtitles.vtt").text
            english = c.get(f"/v1/jobs/{job['id']}/subtitles.en.srt")  # all said in English: nothing translated
            assert english.status_code == 404 and "nothing said in another language" in english.json()["error"]["message"]
            txt = c.get(f"/v1/jobs/{job['id']}/transcript.txt").text
            timeline = c.get(f"/v1/jobs/{job['id']}/timeline").json()
            chapters = c.get(f"/v1/jobs/{job['id']}/chapters").json()
        assert timeline["modalities"]["video"] and timeline["modalities"]["audio"]
        assert len(timeline["windows"]) == -(-status["media"]["duration"] // 2)
        assert chapters["chapters"] and chapters["chapters"][0]["start"] == 0

        hypothesis = " ".join(s["text"] for s in transcript["segments"])
        assert wer(reference_text(*refs), hypothesis) <= 0.10, hypothesis
        assert transcript["language"] == "en"
        assert [s["text"] for s in transcript["segments"]] == [events[i][2]["text"] for i in seg_positions]
        assert txt.split() == hypothesis.split()
        for seg in transcript["segments"]:
            assert seg["words"] and all(seg["start"] - 0.01 <= w["start"] <= w["end"] <= seg["end"] + 0.01 for w in seg["words"])
        for cues in (_cues_from_srt(srt_text), _cues_from_vtt(vtt_text)):
            assert cues and validate_cues(cues, CueRules()) == []
            assert wer(hypothesis, " ".join(" ".join(c.lines) for c in cues)) == 0


def test_queue_shows_running_job_and_cancel_stops_it(service, long_clip):
    job = service.submit(long_clip)
    seen_running = False
    deadline = time.time() + 120
    with service.client() as c:
        while time.time() < deadline and not seen_running:
            q = c.get("/v1/queue").json()
            running = [j for j in q["running"] if j["id"] == job["id"]]
            seen_running = bool(running) and running[0]["stage"] is not None
            time.sleep(0.2)
        assert seen_running, "the running job never showed in /v1/queue"
        assert q["workers"], q
        # Let it transcribe something, then cancel it mid-run.
        first_segment_deadline = time.time() + 60
        while time.time() < first_segment_deadline and c.get(f"/v1/jobs/{job['id']}").json()["progress"] < 0.1:
            time.sleep(0.2)
        r = c.delete(f"/v1/jobs/{job['id']}")
        assert r.status_code == 200 and r.json()["status"] == "canceled"
        canceled_at = time.time()
        final = list(service.events(job["id"]))[-1]
        assert final[1] == "done" and final[2]["status"] == "canceled"
        assert final[3] - canceled_at < 15, "the worker kept running long after the cancel"
        assert c.get(f"/v1/jobs/{job['id']}").json()["status"] == "canceled"
        assert c.get(f"/v1/jobs/{job['id']}/transcript").status_code == 409
        assert not (service.data_dir / "jobs" / job["id"] / "transcript.json").exists()
        assert c.delete(f"/v1/jobs/{job['id']}").status_code == 409
    # The worker is free again and serves the next job.
    nxt = service.submit(media("video/jfk_bikes.mp4"))
    assert service.wait(nxt["id"], 120)["status"] == "succeeded"


def test_keys_isolate_jobs_and_listing(service):
    job = service.submit(media("speech/jfk.wav"), key=KEYS[1])
    with service.client(KEYS[0]) as alice, service.client(KEYS[1]) as bob:
        assert alice.get(f"/v1/jobs/{job['id']}").status_code == 404
        assert alice.delete(f"/v1/jobs/{job['id']}").status_code == 404
        assert bob.get(f"/v1/jobs/{job['id']}").status_code == 200
        done = service.wait(job["id"], key=KEYS[1])
        assert done["status"] == "succeeded" and done["media"]["has_video"] is False
        listed = bob.get("/v1/jobs", params={"status": "succeeded", "limit": 1}).json()
        assert listed["jobs"][0]["id"] == job["id"] and listed["limit"] == 1 and listed["total"] >= 1
        assert all(j["id"] != job["id"] for j in alice.get("/v1/jobs").json()["jobs"])
        assert bob.get("/v1/jobs", params={"status": "bogus"}).status_code == 422


def test_every_endpoint_but_healthz_needs_a_key(service):
    with service.client(key=None) as anon, service.client(key="wrong") as wrong:
        assert anon.get("/healthz").status_code == 200
        for method, path in [("GET", "/v1/jobs"), ("GET", "/v1/queue"), ("GET", "/metrics"), ("POST", "/v1/jobs"),
                             ("GET", "/v1/jobs/x"), ("DELETE", "/v1/jobs/x"), ("GET", "/v1/jobs/x/events"),
                             ("GET", "/v1/jobs/x/subtitles.srt")]:
            assert anon.request(method, path).status_code == 401, path
            assert wrong.request(method, path).status_code == 401, path


def test_bad_uploads_are_refused_and_leave_nothing(service, tmp_path):
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(bytes(range(256)) * 400)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello")
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    with service.client() as c:
        def post(path, content_type="video/mp4", **data):
            with open(path, "rb") as fh:
                return c.post("/v1/jobs", files={"file": (path.name, fh, content_type)}, data=data)

        assert post(junk).status_code == 415
        assert post(text_file, "text/plain").status_code == 415
        assert post(empty).status_code == 422
        assert post(media("video/jfk_bikes.mp4"), task="dance").status_code == 422
        assert c.post("/v1/jobs", data={"language": "en"}).status_code in (415, 422)
        assert post(junk).json()["error"]["code"] == "not_media"
    leftovers = [p for p in (service.data_dir / "uploads").iterdir() if p.name.endswith(".part")]
    assert leftovers == []


def test_metrics_report_jobs_queue_and_stages(service):
    job = service.submit(media("video/jfk_bikes.mp4"))
    service.wait(job["id"])
    with service.client() as c:
        text = c.get("/metrics").text
    assert 'vidsense_jobs{status="succeeded"}' in text
    succeeded = float(next(l for l in text.splitlines() if l.startswith('vidsense_jobs{status="succeeded"}')).split()[-1])
    assert succeeded >= 1
    assert "vidsense_queue_depth" in text and "vidsense_workers_online 1.0" in text
    assert 'vidsense_stage_seconds_count{stage="transcribe"}' in text


def test_upload_limit_is_enforced_while_streaming(tmp_path):
    from conftest import start_service

    svc = start_service(tmp_path, None, redis_db=12, worker=False, max_upload_bytes=300_000)
    try:
        with svc.client() as c:
            clip = media("video/librivox_city.mp4")  # 796 kB, over the 300 kB limit
            with open(clip, "rb") as fh:
                r = c.post("/v1/jobs", files={"file": (clip.name, fh, "video/mp4")})
            assert r.status_code == 413, r.text

            # Without a Content-Length the limit still holds: the body is counted as it streams.
            def chunks():
                boundary = b"--xyz\r\n"
                yield boundary + b'Content-Disposition: form-data; name="file"; filename="big.mp4"\r\n\r\n'
                for _ in range(40):
                    yield b"\0" * 10_000
                yield b"\r\n--xyz--\r\n"

            r = c.post("/v1/jobs", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=xyz"})
            assert r.status_code == 413, r.text
            assert "content-length" not in r.request.headers
            small = media("speech/jfk.wav")  # 352 kB > limit too; jfk_bikes is 434 kB: use a 200 kB cut
            part = tmp_path / "short.wav"
            part.write_bytes(small.read_bytes()[:200_000])
            with open(part, "rb") as fh:
                assert c.post("/v1/jobs", files={"file": (part.name, fh, "audio/wav")}).status_code == 202
        assert [p.name for p in (svc.data_dir / "uploads").iterdir() if p.suffix == ".part"] == []
    finally:
        svc.stop_all()
