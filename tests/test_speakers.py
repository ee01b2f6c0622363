"""Speakers told apart by their voice (models.speakers, Resemblyzer's GE2E voice encoder), on real readings:
the LibriVox reader's three recordings are one voice and JFK another, the worker numbers each transcript
segment by its voice, a long video's chunks are numbered alike, and "when does the second speaker come in?"
is answered where JFK starts."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from conftest import REPO, analyze_into, media, readings_apart
from models.speakers import (SAME_SPEAKER, SAMPLE_RATE, SpeakerEncoder, SpeakerModelUnavailable, SpeakerTracker,
                             band_limited, cluster, fetch_model, same_for, signal_to_noise_db)
from vidsense.asking import ask_folder
from worker.chunks import same_speakers

MODELS = REPO / ".cache" / "models"  # where the tests' `vidsense analyze` runs look (conftest.ANALYZE_ENV)


@pytest.fixture(scope="module")
def encoder() -> SpeakerEncoder:
    try:  # scripts/setup.sh test puts it there; else extracted from the Resemblyzer 0.1.4 wheel (PyPI)
        fetch_model(MODELS)
    except Exception as exc:
        pytest.fail(f"the voice encoder is not in {MODELS} and cannot be fetched ({exc}); "
                    f"run .venv/bin/python -m models.speakers fetch {MODELS}")
    return SpeakerEncoder.load(MODELS)


def speech(rel: str) -> np.ndarray:
    return decode_audio(str(media(rel)), sampling_rate=SAMPLE_RATE)


def test_one_reader_is_one_voice_and_jfk_another(encoder):
    reader = [encoder.embed(speech(f"speech/librivox-{n}.wav")) for n in ("0870", "0880", "0890")]
    jfk = encoder.embed(speech("speech/jfk.wav"))
    for e in (*reader, jfk):
        assert e.shape == (256,) and abs(float(np.linalg.norm(e)) - 1.0) < 1e-4
    same = [float(a @ b) for i, a in enumerate(reader) for b in reader[i + 1:]]
    other = [float(jfk @ r) for r in reader]
    assert min(same) >= SAME_SPEAKER + 0.05, same
    assert max(other) <= SAME_SPEAKER - 0.1, other


def test_a_missing_model_says_how_to_fetch_it(tmp_path):
    with pytest.raises(SpeakerModelUnavailable, match="python -m models.speakers fetch"):
        SpeakerEncoder.load(tmp_path)


def test_the_tracker_numbers_voices_as_they_are_first_heard(encoder):
    reader, jfk = speech("speech/librivox-0870.wav"), speech("speech/jfk.wav")
    tracker = SpeakerTracker(encoder)
    t = 0.0
    spans = []
    for clip in (reader, jfk, speech("speech/librivox-0890.wav")):
        for k in range(0, len(clip), SAMPLE_RATE):  # fed in 1 s chunks, as the worker decodes
            tracker.feed(t + k / SAMPLE_RATE, clip[k:k + SAMPLE_RATE])
        spans.append((t, t + len(clip) / SAMPLE_RATE))
        t += len(clip) / SAMPLE_RATE
    assert [tracker.voice([s]) for s in spans] == [1, 2, 1]
    assert tracker.voice([(0.0, 0.3)]) is None  # too little speech to tell
    assert len(tracker.voices) == 2


def test_the_final_numbers_cluster_transcript_sized_pieces(encoder):
    """The reader, JFK, the reader again, cut into 3 s pieces as transcript segments are: live, a piece is
    numbered against the voices heard so far; finally, all pieces are clustered at once."""
    clips = [speech("speech/librivox-0870.wav"), speech("speech/jfk.wav"), speech("speech/librivox-0890.wav")]
    tracker = SpeakerTracker(encoder)
    t, spans, who = 0.0, [], []
    for n, clip in zip((1, 2, 1), clips):
        for k in range(0, len(clip), SAMPLE_RATE):
            tracker.feed(t + k / SAMPLE_RATE, clip[k:k + SAMPLE_RATE])
        for a in np.arange(0.0, len(clip) / SAMPLE_RATE - 1.0, 3.0):
            spans.append((t + a, t + min(a + 3.0, len(clip) / SAMPLE_RATE)))
            who.append(n)
        t += len(clip) / SAMPLE_RATE
    for s in spans:
        tracker.voice([s])
    numbers, voices = tracker.final()
    assert numbers == who, (numbers, who)
    assert len(voices) == 2 and all(abs(float(np.linalg.norm(v)) - 1.0) < 1e-4 for v in voices)
    assert float(voices[0] @ encoder.embed(clips[2])) > float(voices[1] @ encoder.embed(clips[2]))


def test_the_bar_rises_with_the_noise():
    clean = [np.full(100, -20.0, np.float32), np.full(100, -90.0, np.float32)]  # speech, then digital silence
    hissy = [np.full(100, -20.0, np.float32), np.full(100, -32.0, np.float32)]  # an old tape's hiss
    assert signal_to_noise_db(clean) == pytest.approx(60.0)
    assert signal_to_noise_db(hissy) == pytest.approx(12.0)
    assert same_for(60.0) < same_for(25.0) < same_for(12.0) <= 0.76


def test_a_phone_lines_band_is_told(encoder):
    """A card read out as recorded (a wide-band recording) has power above 4 kHz; the same through a telephone band
    (300-3400 Hz) has next to none, and its voices are held to a higher bar. (The LibriVox readings and JFK are
    band-limited as recorded.)"""
    import torch
    import torchaudio.functional as F

    reader = speech("speech/cards/001.wav")
    assert band_limited(*_heard(encoder, speech("speech/jfk.wav")))
    x = torch.from_numpy(reader.copy())
    for _ in range(4):
        x = F.lowpass_biquad(F.highpass_biquad(x, SAMPLE_RATE, 300.0), SAMPLE_RATE, 3400.0)
    assert band_limited(*_heard(encoder, reader)) is False
    assert band_limited(*_heard(encoder, x.numpy())) is True


def _heard(encoder, audio: np.ndarray):
    """The loudness and high-band power of each frame a tracker is fed with ``audio``."""
    tracker = SpeakerTracker(encoder)
    for k in range(0, len(audio), SAMPLE_RATE):
        tracker.feed(k / SAMPLE_RATE, audio[k:k + SAMPLE_RATE])
    return tracker._levels, tracker._high


def test_one_short_line_joins_a_close_voice_but_not_a_far_one():
    rng = np.random.default_rng(0)
    a, b = (v / np.linalg.norm(v) for v in rng.standard_normal((2, 256)))

    def near(v, noise):  # a unit vector about 1 / sqrt(1 + noise**2) from v
        w = v + noise * rng.standard_normal(256) / 16.0
        return w / np.linalg.norm(w)

    long_a = [near(a, 0.5) for _ in range(3)]
    # a short line close to voice a (but under the bar) joins it; a long one as far would be a voice of its own
    close = a * 0.66 + b * 0.75  # about 0.63 to the voice, under the 0.65 bar, within the slack
    close = close / np.linalg.norm(close)
    assert cluster([*long_a, close], [3.0, 3.0, 3.0, 1.0], 0.65)[-1] == 1
    assert cluster([*long_a, close], [3.0, 3.0, 3.0, 3.0], 0.65)[-1] == 2
    # a short line far from every voice is a voice of its own; a piece too short to embed has no number
    assert cluster([*long_a, b, None], [3.0, 3.0, 3.0, 1.0, 0.3], 0.65)[-2:] == [2, None]
    assert cluster([], [], 0.65) == [] and cluster([a], [1.0], 0.65) == [1]


def test_a_few_short_lines_join_a_close_voice_but_not_a_far_one():
    rng = np.random.default_rng(1)
    a, b = (v / np.linalg.norm(v) for v in rng.standard_normal((2, 256)))

    def near(v, noise):
        w = v + noise * rng.standard_normal(256) / 16.0
        return w / np.linalg.norm(w)

    long_a = [near(a, 0.5) for _ in range(3)]
    like = a * 0.72 + b * 0.69  # two lines close to each other and a little under the bar to voice a
    lines = [near(like / np.linalg.norm(like), 0.2) for _ in range(2)]
    to_a = float(np.mean([x @ y for x in lines for y in long_a]))
    assert 0.60 <= to_a < 0.65  # within the slack of the bar, and apart after the clustering itself
    # 2.2 s of speech in all is too little to tell a new speaker by; 3 s is a voice of its own
    assert cluster([*long_a, *lines], [3.0, 3.0, 3.0, 1.0, 1.2], 0.65) == [1, 1, 1, 1, 1]
    assert cluster([*long_a, *lines], [3.0, 3.0, 3.0, 1.5, 1.5], 0.65) == [1, 1, 1, 2, 2]
    # as little speech far from every voice stays a voice of its own
    far = [near(b, 0.2) for _ in range(2)]
    assert cluster([*long_a, *far], [3.0, 3.0, 3.0, 1.0, 1.2], 0.65) == [1, 1, 1, 2, 2]


def test_chunks_number_their_speakers_alike(encoder):
    reader, jfk = encoder.embed(speech("speech/librivox-0870.wav")), encoder.embed(speech("speech/jfk.wav"))
    voices: list[np.ndarray] = []
    assert same_speakers(voices, [reader]) == {1: 1}  # chunk 0: the reader
    # chunk 1 hears JFK first, then the reader: its 1 is the video's 2, its 2 the video's 1
    assert same_speakers(voices, [jfk, encoder.embed(speech("speech/librivox-0890.wav"))]) == {1: 2, 2: 1}
    assert len(voices) == 2


@pytest.fixture(scope="module")
def reader_jfk_reader(tmp_path_factory) -> Path:
    """The LibriVox reader, then JFK, then the reader again, 1.5 s apart: analysed by `vidsense analyze`."""
    root = tmp_path_factory.mktemp("speakers")
    wav = readings_apart(["speech/librivox-0870.wav", "speech/jfk.wav", "speech/librivox-0890.wav"], root / "three.wav")
    return analyze_into(wav, root / "out")


def test_transcript_segments_and_moments_carry_the_speaker(reader_jfk_reader):
    segments = json.loads((reader_jfk_reader / "transcript.json").read_text())["segments"]
    # JFK speaks from 8.6 s to 19.6 s (the reader's first recording is 7.1 s long, then 1.5 s of silence)
    by_time = [(s["start"], s.get("speaker")) for s in segments]
    assert {k for a, k in by_time if 8.0 < a < 19.6} == {2}, by_time
    assert {k for a, k in by_time if a < 8.0 or a > 20.0} == {1}, by_time
    said = [m for m in json.loads((reader_jfk_reader / "moments.json").read_text())["moments"]
            if m["source"] == "transcript"]
    assert {m.get("speaker") for m in said} == {1, 2}, said
    # transcript.txt gives each line its speaker when there is more than one
    lines = (reader_jfk_reader / "transcript.txt").read_text().splitlines()
    assert [line[:4] for line in lines] == [f"S{k}: " for _, k in by_time], lines


@pytest.mark.parametrize("question", ["When does the second speaker start talking?",
                                      "When does someone else start speaking?",
                                      "When does that last voice come in?"])
def test_when_another_speaker_comes_in(reader_jfk_reader, question):
    a = ask_folder(reader_jfk_reader, question)
    assert a["found"] and a["start"] == pytest.approx(8.6, abs=0.8), a
    assert "fellow americans" in a["answer"].lower(), a  # what JFK says first


def test_how_many_speakers(reader_jfk_reader):
    a = ask_folder(reader_jfk_reader, "How many different speakers are there?")
    assert a["found"] and a["answer"].startswith("2 voices"), a
    assert a["start"] < 1.0 and [e["start"] for e in a["evidence"]][1] == pytest.approx(8.6, abs=0.8), a
    # what is said about people is not a count of voices
    said = ask_folder(reader_jfk_reader, "How many people are in the conference call?")
    assert not said["answer"].startswith("2 voices"), said


def test_when_the_speech_begins(reader_jfk_reader):
    first = ask_folder(reader_jfk_reader, "When does the speaker actually start talking?")
    assert first["found"] and first["start"] < 1.0 and "dashwood" in first["answer"].lower(), first
    # "she" where a low and a high voice are both heard: where the high one comes in (JFK declaiming reads high)
    high = ask_folder(reader_jfk_reader, "When does she start speaking?")
    assert high["found"] and high["start"] == pytest.approx(8.6, abs=0.8), high
