"""Probing and decoding real media (and broken files) with the worker's decode stage."""

from __future__ import annotations

import math

import decord
import numpy as np
import pytest

from conftest import media
from worker.decode import FRAME_SIZE, SAMPLE_RATE, iter_audio, iter_frames, probe
from worker.errors import MediaError


@pytest.mark.parametrize("clip", ["video/librivox_city.mp4", "video/bigbuckbunny.mp4", "speech/jfk.wav"])
def test_streamed_audio_is_sample_identical_to_decord(clip):
    streamed = np.concatenate([c.samples for c in iter_audio(media(clip), chunk_s=3.0)])
    whole = decord.AudioReader(str(media(clip)), sample_rate=SAMPLE_RATE, mono=True)[:].asnumpy()[0]
    assert len(streamed) == len(whole)
    assert np.abs(streamed - whole).max() < 1e-4


def test_audio_chunks_are_contiguous_and_bounded():
    chunks = list(iter_audio(media("video/librivox_city.mp4"), chunk_s=5.0))
    assert [round(c.start, 3) for c in chunks] == [0.0, 5.0, 10.0, 15.0]
    assert all(len(c.samples) == 5 * SAMPLE_RATE for c in chunks[:-1])
    assert chunks[-1].end == pytest.approx(17.408, abs=0.01)


@pytest.mark.parametrize("clip,has_audio,has_video,duration", [
    ("video/bikes.mp4", False, True, 10.0),
    ("video/bigbuckbunny.mp4", True, True, 5.3),
    ("video/tree.avi", False, True, 29.6),
    ("video/cityCC0.mpg", False, True, 7.6),
    ("video/movie-hello.mp4", True, True, 8.3),
    ("speech/jfk.wav", True, False, 11.0),
])
def test_probe_real_media(clip, has_audio, has_video, duration):
    info = probe(media(clip))
    assert (info.has_audio, info.has_video) == (has_audio, has_video)
    assert info.duration == pytest.approx(duration, abs=0.25)
    if has_video:
        assert info.width > 0 and info.height > 0 and info.fps > 0


@pytest.mark.parametrize("clip", ["video/bikes.mp4", "video/tree.avi", "video/cityCC0.mpg"])
def test_frames_sampled_at_the_configured_rate(clip):
    info = probe(media(clip))
    batches = list(iter_frames(media(clip), info, rate=2.0, batch=8))
    times = np.concatenate([b.times for b in batches])
    frames = np.concatenate([b.pixels for b in batches])
    assert len(times) == math.ceil(info.duration * 2.0 - 0.5)
    assert frames.shape[1:] == (FRAME_SIZE, FRAME_SIZE, 3) and frames.dtype == np.uint8
    assert np.all(np.diff(times) == pytest.approx(0.5))
    assert frames.std() > 10  # real pictures, not blank frames


def test_audio_only_file_has_no_frames():
    info = probe(media("speech/jfk.wav"))
    assert list(iter_frames(media("speech/jfk.wav"), info, rate=1.0)) == []


def test_broken_files_raise_media_errors(tmp_path):
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(np.random.default_rng(0).bytes(50_000))
    data = media("video/jfk_bikes.mp4").read_bytes()
    truncated = tmp_path / "truncated.mp4"
    truncated.write_bytes(data[: len(data) // 3])
    with pytest.raises(MediaError) as e:
        probe(empty)
    assert e.value.code == "empty_file"
    with pytest.raises(MediaError) as e:
        probe(junk)
    assert e.value.code == "not_media"
    # A truncated mp4 has its index at the end: it cannot be read, and says so.
    with pytest.raises(MediaError) as e:
        probe(truncated)
    assert e.value.code in ("not_media", "undecodable_video", "no_streams")
