"""One test per claim of the construction in models/fusion.py's docstring, on real windows,
and train-fusion on the shared clips."""

import copy
import math
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from models.fusion import AUDIO_PHRASES, FusionConfig, TemporalFusion, load_fusion
from models.train_fusion import build_timeline, save_checkpoint, train
from worker.understand import fusion_inputs

VIDEO = Path(__file__).resolve().parents[1].parent / "shared" / "media" / "video"


@pytest.fixture(scope="module")
def model(media_models, models_dir):
    return load_fusion(None, text_embedder=media_models.text_embedder, models_dir=models_dir).requires_grad_(False)


@pytest.fixture(scope="module")
def timelines(media_models):
    return {name: build_timeline(VIDEO / name, media_models)
            for name in ("movie-hello.mp4", "bigbuckbunny.mp4", "librivox_city.mp4", "realshort.mp4")}


def _seq(windows, keep=(True, True, True)):
    """Windows laid end to end (2 s each) with only the ``keep`` modalities present."""
    ws = []
    for i, w in enumerate(windows):
        w = copy.copy(w)
        w.start, w.end, w.shot = 2.0 * i, 2.0 * i + 2.0, False
        ws.append(w)
    x = fusion_inputs(ws)
    return x.replace(present=x.present & torch.tensor(keep))


def _run(model, x):
    with torch.no_grad():
        return model(x)


def test_1_visual_step_lands_on_its_top_label(model, media_models, timelines):
    w = timelines["movie-hello.mp4"].windows[0]
    assert w.visual[0][0] == "website"
    out = _run(model, _seq([w], keep=(True, False, False)))
    r = out.retrieval[0, 0].numpy()
    label_emb = model.visual_proj.weight.detach().numpy().T  # [1000, 384]: MiniLM of the names
    assert float(r @ media_models.text_embedder.embed(["website"])[0]) > 0.9
    assert int((label_emb @ r).argmax()) == int(w.visual_probs.argmax())
    assert float(model.feature_proj.weight.abs().sum()) == 0.0  # the 1280-d path starts at zero


def test_1_audio_step_lands_on_its_phrase(model, timelines):
    phrases = model.audio_proj.weight.detach().numpy().T[: len(AUDIO_PHRASES)]
    speech = timelines["librivox_city.mp4"].windows[0]
    music = timelines["bigbuckbunny.mp4"].windows[0]
    for w, phrase in ((speech, "a person speaking"), (music, "music")):
        r = _run(model, _seq([w], keep=(False, True, False))).retrieval[0, 0].numpy()
        assert AUDIO_PHRASES[int((phrases @ r).argmax())] == phrase
    assert float(model.audio_proj.weight[:, len(AUDIO_PHRASES):].abs().sum()) == 0.0


def test_1_transcript_step_is_the_identity(model, timelines):
    w = timelines["librivox_city.mp4"].windows[1]
    out = _run(model, _seq([w], keep=(False, False, True)))
    assert float(torch.dot(out.retrieval[0, 0], torch.from_numpy(w.text_embedding))) > 0.9999
    assert float(model.modality_embedding.abs().sum()) == 0 and float(model.time_proj.weight.abs().sum()) == 0


def test_2_missing_modality_is_masked_not_zero_filled(model, timelines):
    ws = timelines["librivox_city.mp4"].windows[:5]
    x = _seq(ws)
    present = x.present.clone()
    present[0, 2, 1] = False  # no audio at step 2
    present[0, 3, 2] = False  # no words at step 3
    x = x.replace(present=present)
    garbage = x.replace(audio=x.audio.clone(), text=x.text.clone())
    garbage.audio[0, 2] = 5.0
    garbage.text[0, 3] = torch.linspace(-1, 1, 384)
    a, b = _run(model, x), _run(model, garbage)
    assert torch.allclose(a.fused, b.fused) and torch.allclose(a.boundary, b.boundary)
    w, _ = model.attention_weights(x)
    K = model.config.neighbours
    assert float(w[0, 2, K, 1]) == 0.0 and float(w[0, 3, K, 2]) == 0.0  # absent tokens get no weight
    # zero-filling instead (present, but zeros) is not the same thing
    zero_filled = x.replace(present=torch.ones_like(x.present), audio=x.audio.clone())
    zero_filled.audio[0, 2] = 0.0
    assert not torch.allclose(_run(model, zero_filled).distance, a.distance)
    # nothing present anywhere: not valid, and no NaN
    empty = _run(model, x.replace(present=torch.zeros_like(x.present)))
    assert not empty.valid.any() and torch.isfinite(empty.fused).all() and float(empty.fused.abs().sum()) == 0


def test_3_attention_is_a_fixed_local_kernel(model, timelines):
    x = _seq(timelines["librivox_city.mp4"].windows[:9])
    w, _ = model.attention_weights(x)
    K = model.config.neighbours
    assert torch.allclose(w.flatten(2).sum(-1), torch.ones(1, 9))  # weights sum to 1
    centre = w[0, 4, :, 2]  # transcript tokens around step 4
    assert all(centre[K + d] < centre[K + d - 1] for d in range(1, K + 1))  # decays with distance
    assert all(centre[K - d] < centre[K - d + 1] for d in range(1, K + 1))
    tau = model.config.tau_s
    assert math.isclose(float(centre[K + 1] / centre[K]), math.exp(-2.0 / tau), rel_tol=1e-4)
    assert math.isclose(float(w[0, 4, K, 2] / w[0, 4, K, 0]), 2.0, rel_tol=1e-4)  # words count twice a frame
    assert math.isclose(float(w[0, 4, K, 1] / w[0, 4, K, 0]), 0.5, rel_tol=1e-4)  # audio half
    # the content term is zero: other content, same weights
    other = _seq(timelines["movie-hello.mp4"].windows[:5] + timelines["librivox_city.mp4"].windows[:4])
    other = other.replace(present=x.present)
    assert torch.allclose(model.attention_weights(other)[0], w, atol=1e-6)
    # values and output are the identity: the fused vector is the normalised weighted mean of tokens
    tok = model.tokens(x)
    mean = sum(w[0, 4, K + d, m] * tok[0, 4 + d, m] for d in range(-K, K + 1) for m in range(3))
    assert torch.allclose(_run(model, x).fused[0, 4], mean / mean.norm(), atol=1e-5)


def test_4_boundary_high_at_a_content_change_low_in_a_constant_region(model, timelines):
    talk = timelines["movie-hello.mp4"].windows[0]
    cartoon = timelines["bigbuckbunny.mp4"].windows[0]
    constant = _run(model, _seq([talk] * 8))
    assert float(constant.boundary.max()) < 0.05
    change = _run(model, _seq([talk] * 4 + [cartoon] * 4))
    assert float(change.distance[0, 4]) > 0.35  # 0.40 measured; inside one scene up to 0.26
    assert float(change.boundary[0, 4]) > 0.7 and int(change.boundary[0].argmax()) == 4
    assert float(change.boundary[0, 0]) == 0.0  # no left side at the first step
    x = _seq([talk] * 8)
    shot = x.shot.clone()
    shot[0, 5] = 1.0
    assert 0.75 < float(_run(model, x.replace(shot=shot)).boundary[0, 5]) < 0.85  # a shot cut alone: 0.80


def test_5_salience_prefers_dense_representative_steps(model, timelines):
    speech = timelines["librivox_city.mp4"].windows[0]
    quiet = timelines["realshort.mp4"].windows[0]
    out = _run(model, _seq([speech, quiet, speech]))
    dense, silent = float(out.salience[0, 0]), float(out.salience[0, 1])
    assert dense > 0.7 and silent < 0.5 and dense - silent > 0.3
    # the formula, by hand, for the speech step
    x = _seq([speech, quiet, speech])
    f = out.fused[0]
    mean = f.mean(0)
    centrality = float(torch.dot(f[0], mean) / mean.norm())
    rate = min(speech.words / 2.0 / 2.5, 1.0)
    logit = 2 * rate + 2 * centrality + float(x.visual_probs[0, 0].max()) + (1 - speech.audio.silence) - 3
    assert math.isclose(float(out.salience[0, 0]), 1 / (1 + math.exp(-logit)), rel_tol=1e-4)


def test_6_retrieval_is_the_fused_embedding_at_start(model, timelines):
    out = _run(model, _seq(timelines["librivox_city.mp4"].windows))
    assert torch.allclose(out.retrieval, out.fused, atol=1e-6)


def test_designed_weights_are_deterministic_and_chunking_changes_nothing(model, media_models, models_dir, timelines):
    again = load_fusion(None, text_embedder=media_models.text_embedder, models_dir=models_dir)
    assert all(torch.equal(a, b) for a, b in zip(model.state_dict().values(), again.state_dict().values()))
    x = _seq(timelines["librivox_city.mp4"].windows)
    chunked = TemporalFusion(replace(model.config, chunk_steps=2))
    chunked.load_state_dict(model.state_dict())
    a, b = _run(model, x), _run(chunked, x)
    assert torch.allclose(a.fused, b.fused, atol=1e-6) and torch.allclose(a.boundary, b.boundary, atol=1e-6)


def test_checkpoint_round_trip(model, tmp_path, timelines):
    path = save_checkpoint(model, tmp_path / "fusion.pt")
    loaded = load_fusion(path)
    x = _seq(timelines["movie-hello.mp4"].windows)
    assert torch.allclose(_run(model, x).retrieval, _run(loaded, x).retrieval)
    assert loaded.config == model.config


def test_train_fusion_lowers_the_heldout_loss(media_models, models_dir, tmp_path):
    report = train(VIDEO, tmp_path / "fusion.pt", epochs=30, models_dir=models_dir, models=media_models)
    print(report)
    assert report.clips == 8 and report.heldout_text_steps >= 4
    assert report.heldout_after < report.heldout_before
    assert report.heldout_text_after < report.heldout_text_before
    trained = load_fusion(Path(report.checkpoint))
    designed = TemporalFusion(FusionConfig())
    assert not torch.equal(trained.query.weight, designed.query.weight)  # it did move
