"""The hand detector (models/hands.py), the timeline's "hand" label and what it answers, on real media:
in tree.avi a hand reaches into the picture in front of the tree from about 23 s (it is found from
26 s, once it is in full view), and nowhere else in the shared footage is a hand seen."""

from __future__ import annotations

import json
import logging

import numpy as np
import pytest

from conftest import REPO, media
from models.hands import HAND_LABEL, HandDetector, HandModelUnavailable, fetch_models
from worker.decode import iter_frames, probe

MODELS = REPO / ".cache" / "models"  # where the tests' `vidsense analyze` runs look (conftest.ANALYZE_ENV)


@pytest.fixture(scope="module")
def detector() -> HandDetector:
    try:
        fetch_models(MODELS)
    except Exception as exc:  # no wheel to download here
        pytest.fail(f"the hand models are not in {MODELS} and cannot be fetched ({exc}); "
                    f"run .venv/bin/python -m models.hands fetch {MODELS}")
    return HandDetector.load(MODELS)


def frames(clip: str, rate: float = 1.0) -> tuple[np.ndarray, np.ndarray, float]:
    """The pipeline's own frames (224 x 224, squashed), their times, and the source's aspect ratio."""
    path = media(clip)
    info = probe(path)
    batches = list(iter_frames(path, info, rate))
    return (np.concatenate([b.pixels for b in batches]), np.concatenate([b.times for b in batches]),
            info.width / info.height)


def test_the_hand_in_front_of_the_tree_is_found(detector):
    px, times, aspect = frames("video/tree.avi", rate=2.0)
    found = detector.count(px, aspect)
    assert found.shape == (len(px),)
    seen = times[found > 0]
    # measured: 26.0-29.0 s (it comes in edge-on and backlit from 23 s, unseen by the palm detector)
    assert len(seen) >= 4 and seen.min() >= 23.0 and seen.max() <= 30.0, seen
    assert found[times < 22.0].sum() == 0  # the tree alone


@pytest.mark.parametrize("clip", ["video/bikes.mp4", "video/bigbuckbunny.mp4", "video/movie-hello.mp4",
                                  "video/cityCC0.mpg"])
def test_no_hand_in_a_street_a_cartoon_a_screencast_or_skyscrapers(detector, clip):
    # the palm detector alone scored 0.53 on the man's face in movie-hello and 0.49 on the rabbit: the
    # landmark model's presence check drops them; the cyclists' hands in bikes are too small to be seen
    px, _, aspect = frames(clip, rate=2.0)
    assert detector.count(px, aspect).sum() == 0


def test_frames_must_be_rgb_uint8(detector):
    assert detector.count(np.zeros((0, 224, 224, 3), np.uint8)).shape == (0,)
    with pytest.raises(ValueError):
        detector.count(np.zeros((2, 224, 224), np.uint8))


def test_missing_models_are_a_clear_error_and_the_worker_goes_on(tmp_path, caplog):
    from vidsense.settings import Settings
    from worker.models_cache import ModelCache

    with pytest.raises(HandModelUnavailable, match="models.hands fetch"):
        HandDetector.load(tmp_path)
    cache = ModelCache(Settings(models_dir=tmp_path))
    with caplog.at_level(logging.WARNING, logger="worker.models_cache"):
        assert cache.hand_detector() is None and cache.hand_detector() is None
    assert sum("hand detector unavailable" in r.message for r in caplog.records) == 1  # logged once
    assert ModelCache(Settings(models_dir=MODELS, hands=False)).hand_detector() is None


def test_analyze_labels_the_hand_and_answers_what_comes_into_the_picture(analyzed):
    from vidsense.asking import ask_folder

    out = analyzed("video/tree.avi")
    windows = json.loads((out / "timeline.json").read_text())["windows"]
    with_hand = [w["start"] for w in windows if any(v["label"] == HAND_LABEL for v in w["visual"] or [])]
    assert with_hand and min(with_hand) >= 22.0, with_hand
    visual = [m for m in json.loads((out / "moments.json").read_text())["moments"] if m["source"] == "visual"]
    arrived = [m for m in visual if m["text"].startswith(HAND_LABEL)]
    assert arrived and arrived[0]["start"] == min(with_hand)  # the stretch with the hand is a moment of its own
    a = ask_folder(out, "What reaches into the picture in front of the tree?")
    assert a["found"] and "a hand comes into the picture" in a["answer"] and a["start"] == min(with_hand), a
    # bench/first51.yaml, first52.yaml (n51v05, n52v08): the same asked after a lead-in that says it
    a = ask_folder(out, "Something moves in front of the tree at one point. What is it?")
    assert a["found"] and "a hand comes into the picture" in a["answer"] and a["start"] == min(with_hand), a
    # bench/first62.yaml n62v08: "what's THAT moving in front of ...?" asks the same
    a = ask_folder(out, "Near the end, what's that moving in front of the tree?")
    assert a["found"] and "a hand comes into the picture" in a["answer"] and a["start"] == min(with_hand), a
    when = ask_folder(out, "When does a hand appear in front of the window?")
    assert when["found"] and abs(when["start"] - min(with_hand)) <= 2.0, when
    # before the hand, nothing came in
    assert "hand" not in ask_folder(out, "What is shown at the start?")["answer"]
