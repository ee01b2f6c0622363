"""Shots and chapters on real footage, and on a two-scene clip composed here from two real videos."""

import json
from collections import Counter
from pathlib import Path

import av
import numpy as np
import pytest

import decord

from models.fusion import load_fusion
from models.train_fusion import build_timeline, decode_audio
from worker.chapters import chapters_to_json, color_histograms, detect_shots, make_chapters
from worker.understand import timeline_to_json

from conftest import MEDIA  # noqa: E402
VIDEO = MEDIA / "video"
CUT = 4.6  # where the composed clip switches scenes
SIZE = (320, 240)


def _frames(path: Path, start: float, end: float, fps: int):
    vr = decord.VideoReader(str(path), width=SIZE[0], height=SIZE[1])
    rate = vr.get_avg_fps()
    times = np.arange(start, end, 1 / fps)
    return vr.get_batch([min(int(t * rate), len(vr) - 1) for t in times]).asnumpy()


def compose_two_scenes(out: Path) -> Path:
    """Scene 1: the man at his screencast (movie-hello, 0-4.6 s, his own voice); scene 2: the
    city skyline's first shot (cityCC0, 0-4 s) under a LibriVox reading. H.264 + AAC, 25 fps."""
    fps = 25
    video = np.concatenate([_frames(VIDEO / "movie-hello.mp4", 0, CUT, fps), _frames(VIDEO / "cityCC0.mpg", 0, 4.0, fps)])
    voice = decode_audio(VIDEO / "movie-hello.mp4")[: int(CUT * 16000)]
    reading = decode_audio(MEDIA / "speech" / "librivox-0890.wav")[: 4 * 16000]
    audio = np.concatenate([voice, reading]).astype(np.float32)
    with av.open(str(out), "w") as container:
        vs = container.add_stream("libx264", rate=fps)
        vs.width, vs.height, vs.pix_fmt = SIZE[0], SIZE[1], "yuv420p"
        aus = container.add_stream("aac", rate=16000)
        aus.layout = "mono"
        for img in video:
            for packet in vs.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                container.mux(packet)
        for packet in vs.encode():
            container.mux(packet)
        step = 1024
        for i in range(0, len(audio), step):
            frame = av.AudioFrame.from_ndarray(audio[None, i:i + step], format="flt", layout="mono")
            frame.sample_rate = 16000
            frame.pts = i
            for packet in aus.encode(frame):
                container.mux(packet)
        for packet in aus.encode():
            container.mux(packet)
    return out


@pytest.fixture(scope="module")
def fusion(media_models, models_dir):
    return load_fusion(None, text_embedder=media_models.text_embedder, models_dir=models_dir)


@pytest.fixture(scope="module")
def two_scenes(tmp_path_factory):
    return compose_two_scenes(tmp_path_factory.mktemp("composed") / "two_scenes.mp4")


@pytest.fixture(scope="module")
def two_scene_timeline(two_scenes, media_models, fusion):
    return build_timeline(two_scenes, media_models, fusion=fusion)


def test_two_scene_clip_gets_a_shot_and_a_chapter_boundary_at_the_cut(two_scene_timeline):
    timeline = two_scene_timeline
    assert timeline.has_video and timeline.has_audio
    assert len(timeline.shots) == 1 and abs(timeline.shots[0] - CUT) <= 1.0
    chapters = make_chapters(timeline, timeline.shots)
    assert len(chapters) == 2
    assert abs(chapters[1].start - CUT) <= 2.0
    assert chapters[0].start == 0.0 and chapters[0].end == chapters[1].start
    assert abs(chapters[-1].end - timeline.duration) < 0.05
    # titles come from what is said and shown in each scene
    assert "website" in chapters[0].title and chapters[0].title != chapters[1].title
    said = " ".join(w.transcript for w in timeline.windows if w.start >= chapters[1].start).lower()
    assert any(word in chapters[1].title.lower() for word in said.split()[:12])
    # boundaries: the cut's step is the strongest
    strongest = timeline.windows[int(np.argmax([w.boundary for w in timeline.windows]))]
    assert abs(strongest.start - CUT) <= timeline.window_s and strongest.shot


def test_frame_labels_are_stable_within_a_shot_and_differ_across(two_scenes, media_models):
    frames = _frames(two_scenes, 0, 8.5, 2)
    times = np.arange(0, 8.5, 0.5)[: len(frames)]
    small = np.stack([np.asarray(av.VideoFrame.from_ndarray(f, format="rgb24").reformat(224, 224).to_ndarray(format="rgb24")) for f in frames])
    probs = media_models.frame_encoder.encode(small).probs
    top1 = probs.argmax(1)
    # leave out the two frames nearest the cut (the encoder may blend them)
    first, second = top1[times < CUT - 0.5], top1[times > CUT + 0.5]
    (label_a, count_a), = Counter(first.tolist()).most_common(1)
    (label_b, count_b), = Counter(second.tolist()).most_common(1)
    assert count_a / len(first) >= 0.9  # the static screencast: one label throughout
    assert count_b / len(second) >= 0.5  # the skyline: the same label in most frames
    assert label_a != label_b
    assert not set(first.tolist()) & set(second.tolist())  # no label shared across the cut


def test_shots_on_real_footage(media_models):
    """Cuts found at 25 frames/s by pixel differences (the reference) against shots found from
    1 frame/s features: every reference cut within 1 s in these clips, no cut in one-shot clips."""
    enc = media_models.frame_encoder
    reference = {"cityCC0.mpg": [4.16], "librivox_city.mp4": [4.64, 8.04, 12.24, 15.64],
                 "movie-hello.mp4": [], "bigbuckbunny.mp4": [], "tree.avi": []}
    for name, cuts in reference.items():
        vr = decord.VideoReader(str(VIDEO / name), width=224, height=224)
        rate = vr.get_avg_fps()
        times = np.arange(0, len(vr) / rate, 1.0)
        frames = vr.get_batch([int(t * rate) for t in times]).asnumpy()
        shots = detect_shots(times, enc.encode(frames).features, color_histograms(frames))
        assert len(shots) == len(cuts), (name, shots, cuts)
        assert all(abs(s - c) <= 1.0 for s, c in zip(shots, cuts)), (name, shots, cuts)


def test_real_cuts_each_get_a_chapter_boundary(media_models, fusion):
    timeline = build_timeline(VIDEO / "librivox_city.mp4", media_models, fusion=fusion)
    starts = [c.start for c in make_chapters(timeline)]
    for cut in (4.64, 8.04, 12.24, 15.64):
        assert min(abs(s - cut) for s in starts + [timeline.duration]) <= 2.0, (cut, starts)


def test_json_outputs(two_scene_timeline):
    timeline = two_scene_timeline
    data = json.loads(json.dumps(timeline_to_json(timeline)))
    assert data["modalities"] == {"video": True, "audio": True, "transcript": True}
    win = data["windows"][0]
    assert set(win) >= {"start", "end", "visual", "audio", "transcript", "salience", "boundary"}
    assert win["visual"][0]["label"] == "website" and 0 <= win["salience"] <= 1
    assert [w["start"] for w in data["windows"]] == [2.0 * i for i in range(len(data["windows"]))]
    chapters = json.loads(json.dumps(chapters_to_json(make_chapters(timeline), timeline.shots)))
    assert len(chapters["chapters"]) == 2 and chapters["shots"] == [round(s, 3) for s in timeline.shots]
    assert set(chapters["chapters"][0]) == {"start", "end", "title", "boundary"}
