"""Voices told apart by their pitch (models.pitch, vidsense.voices), on real readings."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
from faster_whisper import decode_audio

from conftest import analyze_into, media, readings_apart
from models.pitch import SAMPLE_RATE, PitchTracker, f0_track, median_f0
from vidsense.asking import ask_folder
from vidsense.questions import parse_question
from vidsense.voices import voice_alone


def test_the_pitch_of_a_tone_a_man_reading_silence_and_hiss():
    t = np.arange(2 * SAMPLE_RATE) / SAMPLE_RATE
    tone = sum(0.3 / k * np.sin(2 * np.pi * 220 * k * t) for k in (1, 2, 3)).astype(np.float32)  # 220 Hz, harmonics
    assert median_f0(f0_track(tone), 0.0, 2.0) == pytest.approx(220, abs=2)
    reader = decode_audio(str(media("speech/librivox-0870.wav")))  # the LibriVox reader: a man, about 105 Hz
    assert 85 <= median_f0(f0_track(reader), 0.0, len(reader) / SAMPLE_RATE) <= 160
    assert not f0_track(np.zeros(SAMPLE_RATE, np.float32)).any()  # silence has no pitch
    hiss = np.random.default_rng(0).normal(0, 0.01, 2 * SAMPLE_RATE).astype(np.float32)  # -40 dBFS
    assert (f0_track(hiss) > 0).mean() < 0.05
    # a band-limited telephone line removes the fundamental itself: it is still found from the harmonics
    phone = subprocess.run(["ffmpeg", "-v", "error", "-i", str(media("speech/librivox-0870.wav")), "-af",
                            "highpass=f=300,lowpass=f=3400", "-f", "f32le", "-ac", "1", "-ar", str(SAMPLE_RATE), "-"],
                           capture_output=True, check=True).stdout
    phone = np.frombuffer(phone, np.float32)
    assert median_f0(f0_track(phone), 0.0, len(phone) / SAMPLE_RATE) == pytest.approx(
        median_f0(f0_track(reader), 0.0, len(reader) / SAMPLE_RATE), rel=0.1)


def test_the_tracker_fed_in_chunks_gives_the_frames_of_the_whole():
    audio = decode_audio(str(media("speech/jfk.wav")))
    tracker = PitchTracker()
    for k in range(0, len(audio), 12_345):  # chunks that cut frames anywhere
        tracker.feed(3.0 + k / SAMPLE_RATE, audio[k:k + 12_345])
    whole = f0_track(audio)
    assert np.array_equal(tracker.track, whole)
    assert tracker.median(4.0, 6.0) == median_f0(whole, 1.0, 3.0)  # times from the first chunk's start


@pytest.mark.parametrize("question, voice, alone", [
    ("When does that man's voice come in?", "low", True),
    ("Which digits does the man read out?", "low", False),
    ("Then two women get on the line. Where's Diane calling from?", "high", False),
    ("When does his voice suddenly go really high?", "raised", True),
    ("What does he say in the squeaky high voice?", "raised", True),
    ("When does the second guy start talking?", "low", False),  # a second voice of one register: not told
    ("Who is the man in the book reading about?", None, False),  # a man talked about, not a voice
    ("How does the narrator describe the young man?", None, False),
])
def test_the_voice_a_question_asks_about(question, voice, alone):
    q = parse_question(question)
    assert q.voice == voice
    assert voice_alone(q) == alone


@pytest.fixture(scope="module")
def three_voices(tmp_path_factory) -> Path:
    """The LibriVox reader (a man, about 105 Hz), then JFK, whose oratory reads far higher (about 260 Hz),
    then the reader again: analysed by `vidsense analyze`."""
    root = tmp_path_factory.mktemp("voices")
    wav = readings_apart(["speech/librivox-0870.wav", "speech/jfk.wav", "speech/librivox-0890.wav"], root / "voices.wav")
    return analyze_into(wav, root / "out")


def test_words_and_moments_carry_the_voice_pitch(three_voices):
    words = [w for s in json.loads((three_voices / "transcript.json").read_text())["segments"] for w in s["words"]]
    assert sum("f0" in w for w in words) >= len(words) / 2, words
    said = [m for m in json.loads((three_voices / "moments.json").read_text())["moments"] if m["source"] == "transcript"]
    reader = [m["pitch"] for m in said if m["start"] < 7.5 or m["start"] > 20.0]
    jfk = [m["pitch"] for m in said if 7.5 < m["start"] < 20.0]
    assert reader and jfk and max(reader) < 160 < 175 < min(jfk), said


def test_a_voice_is_answered_where_it_is_heard(three_voices):
    high = ask_folder(three_voices, "When does his voice suddenly go really high?")
    assert high["found"] and high["start"] == pytest.approx(8.6, abs=1.0), high  # JFK starts at 8.6 s
    said = ask_folder(three_voices, "What does he say in the squeaky high voice?")
    assert said["found"] and "fellow americans" in said["answer"].lower(), said
    man = ask_folder(three_voices, "When does the man's voice come in?")
    assert man["found"] and man["start"] < 1.0, man  # the low voice is heard first
    # what a man is asked to have said is looked for in the low voice first, and in any when it is not there
    cold = ask_folder(three_voices, "What does the man say about being cold hearted?")
    assert cold["found"] and cold["start"] > 20.0, cold
    ask = ask_folder(three_voices, "What does the man say we should ask?")
    assert ask["found"] and "ask" in ask["answer"].lower() and 8.0 < ask["start"] < 20.0, ask


def test_a_whisper_is_the_speech_without_pitch():
    """A whisper has no voiced sound: a sentence none of whose words has a pitch, among sentences that have one
    (the MFA man's corpus as transcribed: his whispers read 0 of 5 and 0 of 8 words pitched); where many
    sentences have no pitch (a phone line, hiss), none is taken for a whisper."""
    from vidsense.embedding import question_embedder
    from vidsense.moments import Moment, MomentSet
    from vidsense.qa import answer_question

    embedder = question_embedder()
    said = [("This one Montreal is going to be forced.", 118.0), ("Very bad aligner, but what are you gonna do?", 121.0),
            ("This is all very quiet now.", None), ("There's gonna be no voiced speech whatsoever here.", None),
            ("Alright, thanks for listening to this.", 124.0), ("That was the sick corpus.", 122.0),
            ("This is the acoustic corpus.", 119.0), ("I'm talking pretty fast here.", 125.0),
            ("Here are some more words.", 117.0), ("The recording levels are okay.", 121.0)]

    def video(pitches):
        texts = [t for t, _ in said]
        return MomentSet([Moment(8.0 * k, 8.0 * k + 3.0, "transcript", t, sentence=k, pitch=f)
                          for k, (t, f) in enumerate(zip(texts, pitches))], embedder.embed(texts))

    heard = video([f for _, f in said])
    ask = lambda q, m=heard: answer_question(q, m, embedder.embed([q])[0], 80.0)  # noqa: E731
    assert parse_question("When does the whispering start?").voice == "whispered"
    when = ask("When does the whispering start?")
    assert when.found and when.start == 16.0, when
    what = ask("Later he drops to a whisper. What's he whispering?")
    assert what.found and what.answer == "This is all very quiet now." and what.start == 16.0, what
    # over a phone line that loses most pitch, a sentence without one is no whisper
    from vidsense.voices import whispered
    assert [m.start for m in whispered(heard)] == [16.0, 24.0]
    # (a whisper is told only where 80% of the sentences have a pitch: a noisy item loses it in more than that)
    lossy = [None, None, None, None, 124.0, None, 119.0, 125.0, 117.0, 121.0]
    assert whispered(video(lossy)) == []
    assert not ask("When does the whispering start?", video(lossy)).found


def test_that_voice_is_the_voice_of_the_answer_before():
    """"When does that other voice come in?" after an answer found in what a voice said: where that is said
    (bench/first46.yaml r46_sonnet: a reader's sonnet, then after a long silence another voice's "Fire fox",
    which Whisper wrote "Fire-fuck!" and which is too short to be given a speaker number)."""
    from vidsense.conversation import Turn
    from vidsense.embedding import question_embedder
    from vidsense.moments import Moment, MomentSet
    from vidsense.asking import ask

    embedder = question_embedder()
    texts = ["From fairest creatures we desire increase,", "Hitty the world, or else this glutton bee",
             "To each the world's dew by the graze and the...", "Fire-fuck!"]
    times = [(1.3, 6.2), (45.5, 48.8), (48.8, 53.3), (61.56, 62.1)]
    said = MomentSet([Moment(a, b, "transcript", t, sentence=k, speaker=1 if k < 3 else None)
                      for k, (t, (a, b)) in enumerate(zip(texts, times))], embedder.embed(texts))
    embed = lambda text: embedder.embed([text])[0]  # noqa: E731
    before = Turn("After a long silence, someone else says two words. What are they?", "Fire-fuck!", 61.56, 62.1)
    a = ask("When does that other voice come in?", said, embed, 65.0, previous=before)
    assert a.found and a.start == 61.56, a
    # a question about what that voice says, not when it comes in, is not this
    b = ask("When does that man talk about the world's dew?", said, embed, 65.0, previous=before)
    assert b.found and b.start == 48.8, b


def test_a_voice_asked_about_alone_is_where_it_comes_in_and_what_it_says_then():
    """"When does a woman first speak?" is where the high voice is first heard, whatever the sentences around say
    (bench/first48.yaml r48_reading as Whisper heard it: a reader's "He said two" has no pitch measured); "What does
    that voice say?" after it is what is said there."""
    from vidsense.conversation import Turn
    from vidsense.embedding import question_embedder
    from vidsense.moments import Moment, MomentSet
    from vidsense.asking import ask

    embedder = question_embedder()
    said = [("He began a confused complaint against the wizard,", 1.2, 3.3, 150.0),
            ("who had vanished behind the curtain on the left.", 3.7, 5.6, 85.0),
            ("He turned sharply and faced Gregson across the table.", 6.3, 9.0, 197.0),
            ("Go forward ten meters", 10.0, 11.4, 123.0), ("she likes the oranges.", 27.1, 28.3, 167.0),
            ("He said two", 28.3, 29.2, None)]
    moments = MomentSet([Moment(a, b, "transcript", t, sentence=k, pitch=f) for k, (t, a, b, f) in enumerate(said)],
                        embedder.embed([t for t, *_ in said]))
    embed = lambda text: embedder.embed([text])[0]  # noqa: E731
    when = ask("When does a woman first speak?", moments, embed, 40.0)
    assert when.found and when.start == 6.3, when
    what = ask("What does that voice say?", moments, embed, 40.0,
               previous=Turn("When does a woman first speak?", when.answer, when.start, when.end))
    assert what.found and what.answer == "He turned sharply and faced Gregson across the table.", what


def test_whether_two_lines_are_one_voice():
    """bench/first52.yaml r52_cold and first51.yaml r51_words (after their runs): "After the long silence someone
    reads from a book. Is it the same man who has the cold?" compares the line after the silence with the one that
    says "cold", by their voice numbers; two one-word lines no number was given to are not told."""
    from vidsense.conversation import Turn
    from vidsense.embedding import question_embedder
    from vidsense.moments import Moment, MomentSet
    from vidsense.asking import ask

    embedder = question_embedder()
    said = [("So this is the sick corpus.", 2.3, 4.1, 1, None), ("I have a cold so this probably sounds different.",
            7.9, 14.9, 1, 116.0), ("Alright, thanks.", 22.9, 23.4, None, None),
            ("Had he married a more amiable woman, he might have been made still more respectable.", 31.9, 37.1, 2, 90.0),
            ("Three.", 40.0, 40.3, None, 108.0), ("Five.", 41.0, 41.3, None, 140.0)]
    moments = MomentSet([Moment(a, b, "transcript", t, sentence=k, speaker=n, pitch=f)
                         for k, (t, a, b, n, f) in enumerate(said)], embedder.embed([t for t, *_ in said]))
    embed = lambda text: embedder.embed([text])[0]  # noqa: E731
    a = ask("After the long silence someone reads from a book. Is it the same man who has the cold?", moments, embed,
            45.0)
    assert a.found and a.answer.startswith("No: two different voices") and a.start == 31.9, a
    both = ask("Does the same person say both of them?", moments, embed, 45.0,
               previous=Turn("Which two numbers come?", "Three, Five", 40.0, 41.3))
    assert not both.found and "not told" in both.answer, both
    # a pitch as high as a man declaiming (JFK's voice, 262 Hz) tells no woman, here as for "a man or a woman?"
    from vidsense.voices import sex_by_pitch
    assert [sex_by_pitch(f) for f in (None, 100.0, 165.0, 200.0, 262.0)] == [None, "man", None, "woman", None]
    assert parse_question("How many people are talking on the call?").kind == "speech"
    count = ask("How many people are talking on the call?", moments, embed, 45.0)
    assert count.found and count.answer.startswith("At least 2 voices"), count


def test_what_the_message_says_after_its_language_is_what_is_said_there():
    """bench/first52.yaml r52_call n52s09 (after its run): "What language is that in?" ("French", placed at the
    message), then "What's the message telling me?": the sentences said there."""
    from vidsense.conversation import Turn
    from vidsense.embedding import question_embedder
    from vidsense.moments import Moment, MomentSet
    from vidsense.asking import ask

    embedder = question_embedder()
    said = [("Oh, hello.", 8.8, 9.2), ("So I don't hear that in New Jersey now.", 27.9, 30.3),
            ("All our representatives are now busy,", 38.9, 41.2),
            ("please stay on the line and the next available representative will answer you.", 41.6, 46.1)]
    moments = MomentSet([Moment(a, b, "transcript", t, sentence=k, language="fr" if a > 38 else "en")
                         for k, (t, a, b) in enumerate(said)], embedder.embed([t for t, *_ in said]))
    french = Turn("What language is that in?", "French (all that is said then).", 38.9, 46.1)
    a = ask("What's the message telling me?", moments, lambda t: embedder.embed([t])[0], 50.0, previous=french)
    assert a.found and a.start == 38.9 and "busy" in a.answer and "stay on the line" in a.answer, a
