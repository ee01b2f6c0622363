"""Lines said loud or quiet (models.pitch levels, vidsense.loudness), on real readings."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from conftest import analyze_into, media, readings_apart
from models.pitch import SAMPLE_RATE, PitchTracker, level_track, mean_level
from vidsense.loudness import loudness_asked, without_loudness
from vidsense.asking import ask_folder


def test_the_level_of_a_tone_and_of_silence():
    t = np.arange(2 * SAMPLE_RATE) / SAMPLE_RATE
    tone = (0.1 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)  # mean power 0.005: -23.0 dBFS
    audio = np.concatenate([tone, np.zeros(SAMPLE_RATE, np.float32)])
    levels = level_track(audio)
    assert mean_level(levels, 0.2, 1.8) == pytest.approx(-23.0, abs=0.2)
    assert mean_level(levels, 2.2, 2.8) < -100  # digital silence
    assert mean_level(levels, 5.0, 6.0) is None  # past the end


def test_the_tracker_fed_in_chunks_gives_the_levels_of_the_whole():
    audio = decode_audio(str(media("speech/jfk.wav")))
    tracker = PitchTracker()
    for k in range(0, len(audio), 12_345):
        tracker.feed(3.0 + k / SAMPLE_RATE, audio[k:k + 12_345])
    whole = level_track(audio)
    assert np.array_equal(tracker.levels, whole)
    assert tracker.level(4.0, 6.0) == mean_level(whole, 1.0, 3.0)


@pytest.mark.parametrize("question, loudness, reworded", [
    ("One line is shouted. How far am I told to go?", "loud", "How far am I told to go?"),
    ("There's a shouted line about the price. What is it?", "loud", "There's a said line about the price. What is it?"),
    ("There's a quiet line about the delivery point. What number marks it?", "quiet",
     "There's a line about the delivery point. What number marks it?"),
    ("What does he shout?", "loud", "What does he say?"),
    ("After another long gap somebody's much louder. When does that start?", "loud", None),
    ("After the quiet gap, which animal comes up?", None, None),  # a stretch without speech
    ("It goes quiet for a while. When does he start again?", None, None),
])
def test_the_loudness_a_question_says(question, loudness, reworded):
    assert loudness_asked(question) == loudness
    if reworded is not None:
        assert without_loudness(question) == reworded


@pytest.fixture(scope="module")
def three_levels(tmp_path_factory) -> Path:
    """The LibriVox reader's three lines, the first at -8 dB, the second as recorded (8 dB louder), the last at
    -20 dB (12 dB quieter than the first): analysed by `vidsense analyze`."""
    root = tmp_path_factory.mktemp("levels")
    wav = readings_apart(["speech/librivox-0870.wav", "speech/librivox-0880.wav", "speech/librivox-0890.wav"],
                         root / "levels.wav", gap_s=2.0, gains_db=[-8.0, 0.0, -20.0])
    return analyze_into(wav, root / "out")


def test_words_and_moments_carry_their_level(three_levels):
    words = [w for s in json.loads((three_levels / "transcript.json").read_text())["segments"] for w in s["words"]]
    assert all("level" in w for w in words), words
    said = [m for m in json.loads((three_levels / "moments.json").read_text())["moments"] if m["source"] == "transcript"]
    first = [m["level"] for m in said if m["start"] < 7.0]
    loud = [m["level"] for m in said if 9.0 < m["start"] < 12.0]
    quiet = [m["level"] for m in said if m["start"] > 13.0]
    assert first and loud and quiet and max(quiet) + 6 < min(first) < max(first) + 4 < min(loud), said


def test_a_loud_or_quiet_line_is_answered_where_it_is_said(three_levels):
    loud = ask_folder(three_levels, "One line is much louder. When does it start?")
    assert loud["found"] and loud["start"] == pytest.approx(9.1, abs=1.0), loud  # the second line starts at 9.1 s
    quiet = ask_folder(three_levels, "The last line is very quiet. What does it say he's rather?")
    assert quiet["found"] and quiet["start"] > 13.0 and "selfish" in quiet["answer"].lower(), quiet
    shouted = ask_folder(three_levels, "What does he shout?")
    assert shouted["found"] and "young man" in shouted["answer"].lower(), shouted
    # a loudness no line has is not made up: a whisper is told by its missing pitch, not its level
    assert not ask_folder(three_levels, "When does he whisper?")["found"]
