"""Frame, text and audio encoders on real media from ../shared/media."""

import time
from pathlib import Path

import numpy as np
import pytest

import decord

from models.audio_features import AudioAnalyzer, INDICATORS, VECTOR_NAMES, describe_audio
from models.frames import FrameEncoder, imagenet_labels, top_labels
from models.text import TextEmbedder
from models.train_fusion import build_timeline, decode_audio
from worker.understand import timeline_to_json

from conftest import MEDIA, media  # noqa: E402
VIDEO = MEDIA / "video"
SPEECH = MEDIA / "speech"


@pytest.fixture(scope="module")
def frames():
    """Real frames at 1 frame/s from two different videos."""
    out = []
    for name in ("movie-hello.mp4", "cityCC0.mpg"):
        vr = decord.VideoReader(str(VIDEO / name), width=224, height=224)
        rate = vr.get_avg_fps()
        out.append(vr.get_batch([int(t * rate) for t in range(0, int(len(vr) / rate))]).asnumpy())
    return np.concatenate(out)


def test_onnx_frame_encoder_matches_torch(models_dir, frames):
    onnx = FrameEncoder.load(models_dir)
    reference = FrameEncoder.load(models_dir, backend="torch")
    assert any(p.suffix == ".onnx" for p in models_dir.iterdir()), "the ONNX export is kept in models_dir"
    t0 = time.perf_counter()
    a = onnx.encode(frames)
    t_onnx = time.perf_counter() - t0
    t0 = time.perf_counter()
    b = reference.encode(frames)
    t_torch = time.perf_counter() - t0
    print(f"frames/s: onnx {len(frames) / t_onnx:.1f}, torch {len(frames) / t_torch:.1f}")
    assert a.features.shape == (len(frames), 1280) and a.probs.shape == (len(frames), 1000)
    cos = (a.features * b.features).sum(1) / np.linalg.norm(a.features, axis=1) / np.linalg.norm(b.features, axis=1)
    assert cos.min() > 0.9999
    assert np.abs(a.probs - b.probs).max() < 1e-3
    assert np.allclose(a.probs.sum(1), 1.0, atol=1e-4)
    assert (a.probs.argmax(1) == b.probs.argmax(1)).all()


def test_frame_encoder_rejects_frames_it_cannot_read(models_dir, frames):
    enc = FrameEncoder.load(models_dir)
    with pytest.raises(ValueError):
        enc.encode(frames[:, :200])
    with pytest.raises(ValueError):
        enc.encode(frames.astype(np.float32))
    assert enc.encode(frames[:0]).features.shape == (0, 1280)


def test_top_labels_are_the_best_classes_in_order(models_dir, frames):
    enc = FrameEncoder.load(models_dir)
    probs = enc.encode(frames[:1]).probs[0]
    top = enc.top_labels(probs, k=5)
    assert len(imagenet_labels()) == 1000 and imagenet_labels()[1] == "goldfish"
    assert [label for label, _ in top][0] == imagenet_labels()[int(probs.argmax())]
    scores = [s for _, s in top]
    assert scores == sorted(scores, reverse=True) and len(top) == 5
    # movie-hello is a screencast with a webcam.
    assert top[0][0] in ("website", "television", "monitor", "screen") and top[0][1] > 0.3


def test_labels_name_what_real_street_footage_shows(models_dir):
    """bikes.mp4 at 2.5 s is a taxi, at 3.5 s a tram (a regression test: with Swish in place of the
    lite models' ReLU6 every one of these frames came out "analog clock")."""
    from worker.decode import iter_frames, probe

    path = media("video/bikes.mp4")
    batch = next(iter_frames(path, probe(path), 1.0))
    probs = FrameEncoder.load(models_dir).encode(batch.pixels).probs
    top = {round(float(t), 1): [label for label, _ in top_labels(p, 3)] for t, p in zip(batch.times, probs)}
    assert "taxicab" in top[2.5]
    assert "tram" in top[3.5] or "streetcar" in top[3.5]
    assert sum("analog clock" in labels[:1] for labels in top.values()) == 0


def _real_sentences() -> list[str]:
    texts = [(SPEECH / "jfk.txt").read_text()]
    texts += [(SPEECH / f"librivox-{n}.txt").read_text() for n in ("0870", "0880", "0890")]
    texts += [line.split(" ", 1)[-1] for line in (SPEECH / "cards" / "cards.transcription").read_text().splitlines() if line.strip()]
    return [t.strip() for t in texts if t.strip()]


def test_int8_text_embeddings_match_fp32_on_real_sentences():
    sentences = _real_sentences() + ["binoculars", "a person speaking", "music"]
    fast, exact = TextEmbedder.load(), TextEmbedder.load(backend="fp32")
    a, b = fast.embed(sentences), exact.embed(sentences)
    assert a.shape == (len(sentences), 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert (a * b).sum(1).min() > 0.995
    # the same nearest neighbour for every sentence
    sa, sb = a @ a.T - 2 * np.eye(len(a)), b @ b.T - 2 * np.eye(len(b))
    assert (sa.argmax(1) == sb.argmax(1)).mean() >= 0.9
    assert fast.embed([]).shape == (0, 384)


def _audio(path: Path) -> np.ndarray:
    return decode_audio(path)


def test_audio_descriptors_on_real_sound():
    speech = describe_audio(_audio(VIDEO / "librivox_city.mp4"))
    music = describe_audio(_audio(VIDEO / "bigbuckbunny.mp4"))
    noisy = describe_audio(_audio(VIDEO / "movie-hello.mp4"))
    quiet = describe_audio(_audio(VIDEO / "realshort.mp4"))
    assert [round(w.start, 3) for w in speech[:3]] == [0.0, 2.0, 4.0]
    assert speech[0].speech > 0.7 and speech[0].silence < 0.05 and speech[0].music < 0.2
    assert music[0].music > 0.6 and music[0].speech < 0.1  # the cartoon's orchestral opening
    assert noisy[2].noise > 0.6 and noisy[2].speech < 0.1  # webcam room noise after he stops talking
    assert quiet[0].silence > 0.5 and quiet[0].loudness_dbfs < -45
    v = speech[0].vector()
    assert v.shape == (len(VECTOR_NAMES),) and v.dtype == np.float32
    assert tuple(VECTOR_NAMES[: len(INDICATORS)]) == INDICATORS
    assert set(speech[0].to_dict()) >= {"loudness_dbfs", "speech_prob", "music", "noise", "silence", "flatness"}


def test_audio_analyzer_is_incremental():
    audio = _audio(VIDEO / "librivox_city.mp4")
    whole = describe_audio(audio)
    analyzer, got, pos = AudioAnalyzer(2.0), [], 0
    for n in (7000, 33333, 5, 100_000, 10**7):  # chunks that never line up with windows
        chunk = audio[pos:pos + n]
        got += analyzer.feed(pos / 16000, chunk)
        pos += len(chunk)
    got += analyzer.flush()
    assert len(got) == len(whole) == 9
    assert np.allclose([g.vector() for g in got], [w.vector() for w in whole], atol=1e-4)
    assert describe_audio(None) is None


def test_video_without_audio_has_visual_but_no_audio(media_models):
    timeline = build_timeline(VIDEO / "cityCC0.mpg", media_models)
    assert not timeline.has_audio and timeline.has_video
    assert len(timeline.windows) == 4
    assert all(w.audio is None and w.visual for w in timeline.windows)
    assert all(w.transcript == "" and w.text_embedding is None for w in timeline.windows)
    data = timeline_to_json(timeline)
    assert data["modalities"] == {"video": True, "audio": False, "transcript": False}
    assert all(w["audio"] is None for w in data["windows"])


def test_audio_only_file_has_audio_and_words_but_no_visual(media_models):
    timeline = build_timeline(SPEECH / "jfk.wav", media_models)
    assert timeline.has_audio and not timeline.has_video
    assert len(timeline.windows) == 6
    assert all(w.visual is None and w.frame_feature is None for w in timeline.windows)
    assert all(w.audio is not None for w in timeline.windows)
    said = " ".join(w.transcript for w in timeline.windows).lower()
    assert "ask not what your country" in said.replace(",", "")
    assert sum(w.text_embedding is not None for w in timeline.windows) >= 4


def test_blank_frames_are_missing_visual_not_a_label(models_dir):
    from worker.understand import TimelineBuilder

    vr = decord.VideoReader(str(VIDEO / "movie-hello.mp4"), width=224, height=224)
    real = vr.get_batch([0, 30]).asnumpy()
    black = np.zeros((2, 224, 224, 3), np.uint8)
    builder = TimelineBuilder(2.0, frame_encoder=FrameEncoder.load(models_dir))
    builder.add_frames(np.array([0.0, 1.0]), real)
    builder.add_frames(np.array([2.0, 3.0]), black)  # a fade to black
    timeline = builder.finish([], 4.0)
    assert timeline.windows[0].visual[0][0] == "website"
    assert timeline.windows[1].visual is None and timeline.windows[1].visual_probs is None
