"""Colours of what the frame classifier sees: pixel names, class activation maps on real frames,
colours in the timeline and moments of real analyses, and colour questions answered or declined."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from conftest import media
from models.colours import NAMES, colour_shares, describe, name_pixels, picture_rows, region_weights, top_band
from models.frames import FrameEncoder, _weights_path, imagenet_labels
from vidsense.moments import TOP_BAND, MomentSet
from vidsense.picture_answers import _names_thing
from vidsense.qa import ask_folder


def _named(*rgb: tuple[int, int, int]) -> list[str]:
    return [NAMES[i] for i in name_pixels(np.array(rgb, np.uint8))]


def test_pixels_are_named_by_hue_saturation_and_brightness():
    assert _named((250, 250, 250), (128, 128, 128), (10, 10, 10), (37, 42, 38)) == ["white", "grey", "black", "black"]
    assert _named((200, 30, 30), (240, 150, 40), (230, 220, 40), (60, 180, 60)) == ["red", "orange", "yellow", "green"]
    assert _named((40, 190, 190), (40, 60, 200), (140, 50, 200), (230, 100, 180)) == ["teal", "blue", "purple", "pink"]
    assert _named((110, 60, 20), (160, 40, 40)) == ["brown", "red"]  # dark orange is brown, bright red stays red
    assert name_pixels(np.zeros((3, 4, 3), np.uint8)).shape == (3, 4)


def test_shares_regions_and_descriptions():
    names = np.array([[7, 7], [1, 2]])  # green, green / white, grey
    shares = colour_shares(names)
    assert shares[NAMES.index("green")] == pytest.approx(0.5) and shares.sum() == pytest.approx(1.0)
    weighted = colour_shares(names, np.array([[1, 1], [0, 0]]))
    assert weighted[NAMES.index("green")] == pytest.approx(1.0)
    assert not colour_shares(names, np.zeros((2, 2))).any()
    cam = np.full((7, 7), -1.0)
    cam[0, 6] = 2.0
    w = region_weights(cam, 224)
    assert w.shape == (224, 224) and w[:32, 192:].min() == 1.0 and w.sum() == pytest.approx(32 * 32)
    assert region_weights(np.full((7, 7), -1.0), 224) is None
    frame = np.full((112, 112, 3), 90, np.uint8)
    frame[:12] = frame[-12:] = 3  # letterbox bars
    rows = picture_rows(frame)
    assert rows == (12, 100) and top_band(np.zeros((112, 112)), rows).shape == (22, 112)
    assert picture_rows(np.zeros((8, 8, 3), np.uint8)) == (0, 0) and top_band(np.zeros((8, 8)), (0, 0)).size == 0
    assert region_weights(cam, 112, rows)[:12].sum() == 0  # no colour is read off a bar
    assert describe([("grey", 0.5), ("black", 0.3), ("white", 0.2)]) == "grey and black"
    assert describe([("green", 0.7), ("white", 0.3)]) == "green"


def test_class_maps_locate_what_the_classifier_saw(models_dir):
    """On a real frame of the taxi in bikes.mp4, each class map's mean is its logit less the bias, and
    the taxicab is seen where the taxi is: in the lower part of the frame, under its roof sign."""
    from worker.decode import iter_frames, probe

    path = media("video/bikes.mp4")
    batch = next(iter_frames(path, probe(path), 1.0))
    enc = FrameEncoder.load(models_dir)
    out = enc.encode(batch.pixels)
    assert out.maps.shape == (len(batch.pixels), 1280, 7, 7)
    k = int(np.argmin(np.abs(batch.times - 2.5)))
    taxi = imagenet_labels().index("taxicab")
    top = np.argsort(-out.probs[k])[:5]
    assert taxi in top
    maps = enc.class_maps(out.maps[k], top)
    import torch

    bias = torch.load(_weights_path(), map_location="cpu", weights_only=True)["_fc.bias"].numpy()[top]
    # softmax: log p = logit - a constant, and the logit is the map's mean plus the class's bias
    offsets = maps.mean((1, 2)) + bias - np.log(out.probs[k][top])
    assert np.ptp(offsets) < 1e-2, offsets
    taxi_map = maps[list(top).index(taxi)]
    rows = taxi_map.mean(1)
    assert rows[4:].mean() > rows[:2].mean()  # the car is low in the frame, the street's buildings above it


def test_the_torch_and_onnx_maps_agree(models_dir):
    from worker.decode import iter_frames, probe

    path = media("video/cityCC0.mpg")
    pixels = next(iter_frames(path, probe(path), 1.0)).pixels[:3]
    a = FrameEncoder.load(models_dir).encode(pixels).maps
    b = FrameEncoder.load(models_dir, backend="torch").encode(pixels).maps
    assert np.abs(a - b).max() < 1e-2 * np.abs(b).max()


@pytest.fixture(scope="module")
def city(analyzed) -> Path:
    return analyzed("video/librivox_city.mp4")


@pytest.fixture(scope="module")
def street(analyzed) -> Path:
    return analyzed("video/bikes.mp4")


def test_analyze_writes_colours_into_the_timeline_and_moments(city, street):
    windows = json.loads((city / "timeline.json").read_text())["windows"]
    seen = [w for w in windows if w.get("visual")]
    assert seen and all(w.get("top_colours") and w.get("colours") for w in seen)
    # the night sky over the towers: the top of the picture is blue in every window
    assert all(w["top_colours"][0][0] == "blue" for w in seen), [w["top_colours"] for w in seen]
    for w in seen:
        for label, shares in w["colours"].items():
            assert label in imagenet_labels() and all(name in NAMES and 0 < share <= 1 for name, share in shares)
            assert sum(share for _, share in shares) <= 1.0001
    visual = [m for m in MomentSet.load(street).moments if m.source == "visual"]
    assert visual and all(m.colours and TOP_BAND in m.colours for m in visual)
    # the street is grey and black (tarmac, cars, shade): no class seen there comes out a bright colour
    firsts = {seen["colours"][0][0] for m in visual for seen in m.colours.values()}
    assert firsts <= {"grey", "black", "white", "brown"}, firsts
    assert all(m.start <= seen["start"] < seen["end"] <= m.end for m in visual for seen in m.colours.values())


def test_colour_questions_are_answered_from_where_the_thing_is_seen(city, street):
    a = ask_folder(city, "What colour is the sky?")
    assert a["found"] and "blue" in a["answer"] and a["start"] is not None, a
    a = ask_folder(street, "What colour is the car?")
    assert a["found"] and ("grey" in a["answer"] or "black" in a["answer"]) and a["start"] < 10.0, a
    assert a["evidence"] and a["evidence"][0]["source"] == "visual"
    a = ask_folder(street, "What colour is the van?")
    assert a["found"] and "van" in a["answer"], a  # the minivan: a kind of van by its name


@pytest.mark.parametrize("question", ["What colour is the elephant?", "What colour is the dog's collar?",
                                      "What colour are the lit windows?"])
def test_a_colour_question_about_something_not_recognised_is_declined(street, question):
    a = ask_folder(street, question)
    assert a["found"] is False and a["start"] is None and "Colours are told only for" in a["answer"], a


def test_a_class_names_the_thing_asked_about():
    assert _names_thing("minivan", {"van"}) == 1.0  # a compound of it
    assert _names_thing("handrail / baluster", {"rail"}) == 1.0
    assert _names_thing("taxicab", {"taxi"}) == 1.0  # a synonym (WordNet)
    assert _names_thing("limousine", {"car"}) == 1.0  # a kind of it (WordNet)
    assert _names_thing("coffee mug", {"cup"}) == 0.5  # only through its group
    assert _names_thing("hare", {"dog"}) == 0.0
    assert _names_thing("taxicab", set()) == 0.0


def test_a_colour_asked_of_what_is_only_talked_about_is_declined(analyzed):
    jfk = analyzed("video/jfk_bikes.mp4")  # the street footage under JFK's "ask not what your country can do"
    a = ask_folder(jfk, "What colour is your country?")
    assert a["found"] is False and "talked about" in a["answer"], a
    a = ask_folder(jfk, "What colour is the car that is shown?")  # named in the question as seen: the picture's
    assert a["found"] and ("grey" in a["answer"] or "black" in a["answer"]), a
