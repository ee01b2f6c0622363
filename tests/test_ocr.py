"""Text on screen (models/ocr.py), on real media: the terminal's heading "Hello world..." in
movie-hello.mp4 is read in every frame and is the largest line, footage without writing (a
cartoon, a street, skyscrapers) gives no line, and through `vidsense analyze` the heading reaches
the timeline, the moments and the answer to "what does the title say?"."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from conftest import REPO, assert_unfetched_model_is_a_clear_error, assert_worker_goes_on_without, media
from models.ocr import MODEL_FILES, STILL_SIDE, TEXT_MIN, TextModelUnavailable, TextReader, fetch_models
from vidsense.asking import ask_folder
from vidsense.questions import parse_question
from worker.decode import iter_frames, probe

MODELS = REPO / ".cache" / "models"  # where the tests' `vidsense analyze` runs look (conftest.ANALYZE_ENV)


@pytest.fixture(scope="module")
def reader() -> TextReader:
    try:  # scripts/setup.sh test puts them there; else extracted from the rapidocr-onnxruntime 1.4.4 wheel (PyPI)
        fetch_models(MODELS)
    except Exception as exc:
        pytest.fail(f"the text models are not in {MODELS} and cannot be fetched ({exc}); "
                    f"run .venv/bin/python -m models.ocr fetch {MODELS}")
    return TextReader.load(MODELS)


def stills(clip: str, side: int = STILL_SIDE) -> list[np.ndarray]:
    """The decoder's larger frames (aspect kept), one a second, as the worker reads them."""
    path = media(clip)
    return [s for b in iter_frames(path, probe(path), 1.0, still_side=side) for s in b.stills]


def test_the_terminal_heading_is_read_in_every_frame(reader):
    frames = stills("video/movie-hello.mp4")
    assert len(frames) == 8 and frames[0].shape == (720, 1280, 3)
    for frame in frames:
        lines = reader.read(frame)
        heading = max(lines, key=lambda line: line.height)  # the largest letters
        assert heading.text.lower().startswith("hello world"), [line.text for line in lines]
        assert heading.score >= 0.9
        assert any("bash" in line.text for line in lines)  # the window title, smaller
        assert all(line.score >= TEXT_MIN and 0 <= line.box[0] < line.box[2] <= 1 and 0 <= line.box[1] < line.box[3] <= 1
                   for line in lines)
        rows = [(round(line.box[1], 2), line.box[0]) for line in lines]
        assert rows == sorted(rows)  # reading order: top to bottom, then left to right


@pytest.mark.parametrize("clip", ["video/bigbuckbunny.mp4", "video/cityCC0.mpg", "video/bikes.mp4",
                                  "video/librivox_city.mp4"])
def test_footage_without_writing_gives_no_text(reader, clip):
    assert [line.text for frame in stills(clip) for line in reader.read(frame)] == []


def test_stills_keep_the_aspect_and_are_never_enlarged():
    assert stills("video/movie-hello.mp4", side=640)[0].shape == (360, 640, 3)
    assert stills("video/bikes.mp4")[0].shape == (272, 640, 3)  # 640 x 272 stays so
    path = media("video/bikes.mp4")
    assert next(iter_frames(path, probe(path), 1.0)).stills is None  # none unless asked for


def test_frames_must_be_rgb_uint8(reader):
    assert reader.read(np.zeros((64, 64, 3), np.uint8)) == []  # a blank frame: nothing to read
    with pytest.raises(ValueError):
        reader.read(np.zeros((64, 64), np.uint8))
    with pytest.raises(ValueError):
        reader.read(np.zeros((64, 64, 3), np.float32))


def test_a_missing_or_wrong_model_is_a_clear_error(tmp_path):
    assert_unfetched_model_is_a_clear_error(tmp_path, TextReader.load, MODEL_FILES, TextModelUnavailable, "models.ocr")


def test_the_worker_goes_on_without_the_models(tmp_path, caplog):
    assert_worker_goes_on_without(tmp_path, caplog, "text_reader", "text reader", {"read_text": False})


def test_questions_about_writing_are_read_from_the_screen():
    for q in ["What does the big heading on the computer screen say?", "What text is at the top of the screen?",
              "What does the sign on top of the car say?", "What is written on the screen?",
              "What word is on the sign?", "What does the title at the top read?"]:
        parsed = parse_question(q)
        assert parsed.reads and parsed.kind == "visual", q
    for q in ["What does he say about the title?", "What word does he keep repeating?",
              "What does the narrator say about the screen?", "What colour is the car?"]:
        assert not parse_question(q).reads, q


@pytest.fixture(scope="module")
def hello(analyzed) -> Path:
    return analyzed("video/movie-hello.mp4")


def test_analyze_puts_the_text_on_the_timeline_and_in_the_moments(hello):
    windows = json.loads((hello / "timeline.json").read_text())["windows"]
    assert len(windows) == 5
    read = [w for w in windows if w.get("text")]
    assert len(read) >= 4, [w.get("text") for w in windows]  # 0-8 s; the last window is 8-8.3 s
    assert all(w["text"][0].lower().startswith("hello world") for w in read)  # largest letters first
    screen = [m for m in json.loads((hello / "moments.json").read_text())["moments"] if m["source"] == "screen"]
    assert screen and screen[0]["start"] == 0.0 and "Hello world" in screen[0]["text"]


def test_what_the_title_says_is_answered_from_the_screen(hello):
    a = ask_folder(hello, "What does the title at the top of the computer screen say?")
    assert a["found"] and "hello world" in a["answer"].lower(), a
    assert a["start"] == 0.0 and a["end"] >= 6.0
    assert a["evidence"][0]["source"] == "visual" and "Hello world" in a["evidence"][0]["text"]
    # a screencast is the screen itself (bench/first50.yaml n50v04, after its first run)
    cast = ask_folder(hello, "What does the heading at the top of the screencast say?")
    assert cast["found"] and "hello world" in cast["answer"].lower(), cast
    late = ask_folder(hello, "What is written on the screen at the end?")
    assert late["found"] and "hello world" in late["answer"].lower() and late["end"] >= 8.0, late  # one stretch, 0-8 s


def test_what_is_typed_is_the_line_that_grew(hello):
    # the terminal's prompt "eriberto@canopus:~$" gets "ls /usr" typed after it at 3.5-4.5 s; a frame that
    # barely changed is read again after 4 s, so the grown line is read by 4 s
    a = ask_folder(hello, "What command does he type into the terminal?")
    assert a["found"] and 3.0 <= a["start"] <= 6.0, a
    assert "\u201cls /" in a["answer"] and "is typed on screen" in a["answer"], a
    # asked of the man on the webcam: what he types is on the screen, not a thing a face tells
    a = ask_folder(hello, "What does the guy in the screen recording type into the terminal?")
    assert a["found"] and "\u201cls /" in a["answer"], a
    assert parse_question("What type of car is shown?").reads is False  # "type" the noun
    assert parse_question("What does the video show about this type of car?").reads is False


def test_text_placed_on_a_screen_the_labels_do_not_name_is_read_less_surely(hello):
    labels = {m["text"] for m in json.loads((hello / "moments.json").read_text())["moments"] if m["source"] == "visual"}
    assert not any("terminal" in t for t in labels), labels  # no ImageNet class says "terminal"
    a = ask_folder(hello, "What does the big heading above the terminal window say?")
    assert a["found"] and "hello world" in a["answer"].lower() and "do not show where" in a["answer"], a
    sure = ask_folder(hello, "What does the title at the top of the computer screen say?")["confidence"]
    assert a["confidence"] < sure
    # a place that is no part of a computer's screen must be seen before its text is read
    truck = ask_folder(hello, "What does the sign on the side of the truck say?")
    assert not truck["found"] and "where the picture shows what the question names" in truck["answer"], truck


def test_a_video_without_writing_says_so(analyzed):
    a = ask_folder(analyzed("video/bikes.mp4"), "What does the sign say?")
    assert not a["found"] and "No text is read on screen" in a["answer"], a


def test_search_finds_the_text_on_screen_as_visual(hello, tmp_path):
    from vidsense.embedding import question_embedder
    from vidsense.search import SearchIndex

    (tmp_path / "hello").symlink_to(hello)
    query = "hello world"
    hits = SearchIndex(tmp_path).search("me", ["hello"], query, question_embedder().embed([query])[0])
    assert hits[0].source == "visual" and "Hello world" in hits[0].text, hits[:3]
    only = SearchIndex(tmp_path).search("me", ["hello"], query, question_embedder().embed([query])[0], source="visual")
    assert any("Hello world" in h.text for h in only) and {h.source for h in only} == {"visual"}


def test_a_frame_the_reader_cannot_take_costs_its_text_not_the_job(reader, models_dir, caplog):
    from models.frames import FrameEncoder
    from worker.understand import TimelineBuilder

    path = media("video/movie-hello.mp4")
    batch = next(iter_frames(path, probe(path), 1.0, still_side=STILL_SIDE))
    stills = list(batch.stills)
    stills[0] = np.zeros((720, 1280, 3), np.float32)  # not what the reader takes: it raises ValueError
    builder = TimelineBuilder(2.0, frame_encoder=FrameEncoder.load(models_dir), text_reader=reader, text_every_s=1.0)
    with caplog.at_level(logging.WARNING, logger="worker.understand"):
        builder.add_frames(batch.times, batch.pixels, stills)
    windows = builder.finish([], 8.3).windows
    assert "text reader failed" in caplog.text
    # 0.5 s failed; 1.5 s (the same picture) is read afresh, not given the failed frame's nothing
    assert all(w.screen_text and w.screen_text[0].lower().startswith("hello world") for w in windows[:4])


def test_the_summary_quotes_the_screen_and_the_few_words_said(hello):
    s = json.loads((hello / "summary.json").read_text())
    # one short sentence is too little to summarise: it is quoted, beside what is shown and read
    assert s["method"] == "description" and s["grounding"]["ok"], s
    assert "little speech" in s["short"] and "directory" in s["short"] and "Hello world" in s["short"], s["short"]
    assert any(b.startswith("On screen:") and "Hello world" in b for sec in s["detailed"] for b in sec["bullets"])
