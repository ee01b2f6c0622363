"""Temporal fusion of frames, audio and transcript: a one-layer cross-modal transformer whose
default weights are designed, not random.

Input, per time step t (a fixed window, 2 s by default): the window's mean ImageNet softmax
``p_t`` [1000] and pooled frame feature ``f_t`` [1280], its audio descriptor vector ``a_t``
(models/audio_features.py, first four entries the speech/music/noise/silence indicators), the
MiniLM embedding ``x_t`` [384] of the words spoken in it, a presence mask per modality, the
window's start/end times, a shot-cut flag and the speech rate (words/s).

Construction (every claim below has a test in tests/test_fusion.py):

1. Tokens in the sentence-embedding space. Each present modality becomes one unit vector in
   MiniLM space (D = 384):
   - visual ``u_v = norm(E_labels^T p_t + W_f f_t)``: ``E_labels`` [1000, 384] are the MiniLM
     embeddings of the ImageNet class names, so a frame classified as "website" lands on the
     text embedding of "website"; ``W_f`` starts at zero (the 1280-d feature only adds what
     training finds).
   - audio ``u_a = norm(E_phrases^T a_t)``: the indicator columns are the embeddings of
     "a person speaking", "music", "noise", "silence"; the other descriptor columns start at zero.
   - transcript ``u_x = norm(I x_t)``: the identity.
   A modality embedding (one vector per modality) and an absolute time encoding (sinusoids of the
   window centre through a linear map) are added before the norm; both start at zero.
2. A missing modality (no audio track, no words, a blank frame) is masked out of attention: it is
   never a zero vector that other steps average in. A step with nothing present is ``valid=False``.
3. Attention over neighbouring steps. Step t attends to the tokens of steps t-K..t+K (K = 3) with
   logits ``q_t . k_(s,m) / sqrt(D) + b_m - |c_s - c_t| / tau`` (c: window centres). ``W_q``
   starts at zero and ``W_k`` at the identity, so the content term is 0 and the weights are a
   fixed local kernel: ``w ~ exp(b_m) exp(-|dt| / tau)`` over present tokens, summing to 1 and
   decaying with distance (tau = 2 s). The modality prior is ``b = (0, log 0.5, log 2)`` for
   (visual, audio, transcript): words count twice a frame, coarse audio descriptors half.
   Values and output projection are the identity, so the fused embedding
   ``z_t = norm(sum w v)`` is a convex, cross-modal temporal smoothing in MiniLM space.
4. Boundary at the start of step t: the same kernel restricted to steps before t (left) and to
   steps from t on (right), measured from the boundary time, with equal modality priors
   (``boundary_prior = 0``: words change every window inside one topic, so weighting them up
   would make every sentence a boundary); ``d_t = 1 - cos(left, right)``;
   ``boundary = sigmoid(alpha (d_t - d0) + beta shot_t)`` with alpha = 12, d0 = 0.30, beta = 5:
   a constant region (d = 0) gives 0.027; a shot cut there alone 0.80, and 0.96 at d = 0.15 (the
   distance measured at real cuts); a change of every modality (the talking screencast to the
   cartoon's score, d = 0.40 with frames sampled by PyAV) without a cut 0.77. d0 sits between
   the distances measured on the shared clips inside one scene (speech clips up to 0.26) and
   across two joined clips (mean 0.35); the visual tokens of unrelated but diffusely classified scenes are close (0.1-0.2), so
   visual changes rely on the shot flag. The first step has no left side: boundary 0.
5. Salience: ``sigmoid(2 speech + 2 centrality + visual_conf + audio_activity - 3)`` where
   speech = min(words/s / 2.5, 1), centrality = cos(z_t, mean of z over the video), visual_conf
   = the top class probability (0 without frames), audio_activity = 1 - silence (0 without audio).
   Content-dense, representative steps matter most for a summary.
6. Retrieval embedding ``r_t = norm(W_r z_t)``, ``W_r`` = identity: a question embedded by the same
   MiniLM is compared with ``r_t`` by cosine.

Training (models/train_fusion.py) starts from exactly these weights.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

__all__ = ["FusionConfig", "FusionInputs", "FusionOutputs", "TemporalFusion", "design_embeddings",
           "load_fusion", "AUDIO_PHRASES", "MODALITIES"]

MODALITIES = ("visual", "audio", "transcript")
AUDIO_PHRASES = ("a person speaking", "music", "noise", "silence")  # audio vector entries 0..3
_TIME_FREQS = 8
_DESIGN_VERSION = 1


@dataclass(frozen=True)
class FusionConfig:
    dim: int = 384
    visual_classes: int = 1000
    visual_feature_dim: int = 1280
    audio_dim: int = 11
    neighbours: int = 3
    tau_s: float = 2.0
    modality_prior: tuple[float, float, float] = (0.0, math.log(0.5), math.log(2.0))
    boundary_prior: tuple[float, float, float] = (0.0, 0.0, 0.0)
    boundary_alpha: float = 12.0
    boundary_d0: float = 0.30
    boundary_beta: float = 5.0
    salience_weights: tuple[float, float, float, float] = (2.0, 2.0, 1.0, 1.0)
    salience_bias: float = -3.0
    speech_rate_full: float = 2.5  # words/s counted as fully dense speech
    chunk_steps: int = 1024  # attention is computed this many steps at a time (bounded memory)


@dataclass
class FusionInputs:
    """Batched ``[B, T, ...]`` tensors. Absent modalities may hold anything: ``present`` rules."""

    starts: torch.Tensor  # [B, T]
    ends: torch.Tensor  # [B, T]
    visual_probs: torch.Tensor  # [B, T, 1000]
    visual_features: torch.Tensor  # [B, T, 1280]
    audio: torch.Tensor  # [B, T, A]
    text: torch.Tensor  # [B, T, 384]
    present: torch.Tensor  # [B, T, 3] bool: visual, audio, transcript
    shot: torch.Tensor  # [B, T] 1.0 where a shot cut falls in the step
    speech_rate: torch.Tensor  # [B, T] words per second

    def replace(self, **changes) -> "FusionInputs":
        return FusionInputs(**{**self.__dict__, **changes})


@dataclass
class FusionOutputs:
    fused: torch.Tensor  # [B, T, D] unit vectors (0 where not valid)
    boundary: torch.Tensor  # [B, T] probability of a boundary at the step's start
    salience: torch.Tensor  # [B, T]
    retrieval: torch.Tensor  # [B, T, D] unit vectors in MiniLM space
    valid: torch.Tensor  # [B, T] bool: some modality present within reach
    distance: torch.Tensor  # [B, T] 1 - cos(left, right) behind the boundary head


def _normalize(x: torch.Tensor) -> torch.Tensor:
    return F.normalize(x, dim=-1, eps=1e-8)


def _time_encoding(centres: torch.Tensor) -> torch.Tensor:
    periods = 4.0 * (2.0 ** torch.arange(_TIME_FREQS, dtype=centres.dtype, device=centres.device))
    angle = 2 * math.pi * centres[..., None] / periods
    return torch.cat([torch.sin(angle), torch.cos(angle)], dim=-1)


class TemporalFusion(nn.Module):
    def __init__(self, config: FusionConfig, label_embeddings: np.ndarray | torch.Tensor | None = None,
                 phrase_embeddings: np.ndarray | torch.Tensor | None = None) -> None:
        """With embeddings: the designed model. Without: an empty shell for a checkpoint to fill."""
        super().__init__()
        c = self.config = config
        d = c.dim
        self.visual_proj = nn.Linear(c.visual_classes, d, bias=False)
        self.feature_proj = nn.Linear(c.visual_feature_dim, d, bias=False)
        self.audio_proj = nn.Linear(c.audio_dim, d, bias=False)
        self.text_proj = nn.Linear(d, d, bias=False)
        self.modality_embedding = nn.Parameter(torch.zeros(3, d))
        self.time_proj = nn.Linear(2 * _TIME_FREQS, d, bias=False)
        self.query = nn.Linear(d, d, bias=False)
        self.key = nn.Linear(d, d, bias=False)
        self.value = nn.Linear(d, d, bias=False)
        self.out = nn.Linear(d, d, bias=False)
        self.modality_prior = nn.Parameter(torch.tensor(c.modality_prior, dtype=torch.float32))
        self.boundary_prior = nn.Parameter(torch.tensor(c.boundary_prior, dtype=torch.float32))
        self.log_tau = nn.Parameter(torch.tensor(math.log(c.tau_s)))
        self.boundary_alpha = nn.Parameter(torch.tensor(c.boundary_alpha))
        self.boundary_d0 = nn.Parameter(torch.tensor(c.boundary_d0))
        self.boundary_beta = nn.Parameter(torch.tensor(c.boundary_beta))
        self.salience_head = nn.Linear(4, 1)
        self.retrieval = nn.Linear(d, d, bias=False)
        with torch.no_grad():
            for p in self.parameters():
                if p.dim() > 1:
                    p.zero_()
            for lin in (self.text_proj, self.key, self.value, self.out, self.retrieval):
                lin.weight.copy_(torch.eye(d))
            self.salience_head.weight.copy_(torch.tensor([c.salience_weights]))
            self.salience_head.bias.fill_(c.salience_bias)
            if label_embeddings is not None:
                self.visual_proj.weight.copy_(torch.as_tensor(np.asarray(label_embeddings), dtype=torch.float32).T)
            if phrase_embeddings is not None:
                ph = torch.as_tensor(np.asarray(phrase_embeddings), dtype=torch.float32)
                self.audio_proj.weight[:, : len(ph)] = ph.T

    # -- the pieces, public so tests can check each documented claim -------------------------

    def tokens(self, x: FusionInputs) -> torch.Tensor:
        """``[B, T, 3, D]`` unit vectors in MiniLM space, zero where the modality is absent."""
        visual = self.visual_proj(x.visual_probs) + self.feature_proj(x.visual_features)
        audio = self.audio_proj(x.audio)
        text = self.text_proj(x.text)
        tok = torch.stack([visual, audio, text], dim=2) + self.modality_embedding
        tok = tok + self.time_proj(_time_encoding((x.starts + x.ends) / 2))[:, :, None, :]
        return _normalize(tok) * x.present[..., None]

    def attention_weights(self, x: FusionInputs, tok: torch.Tensor | None = None, side: str = "centre",
                          lo: int = 0, hi: int | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """Weights ``[B, T', 2K+1, 3]`` of steps ``lo:hi`` over tokens at offsets -K..K, and the
        values ``[B, T', 2K+1, 3, D]`` they average. ``side``: "centre", "left" (offsets < 0,
        distance from the step's start) or "right" (offsets >= 0, from the step's start)."""
        tok = self.tokens(x) if tok is None else tok
        B, T = x.present.shape[:2]
        K = self.config.neighbours
        hi = T if hi is None else hi
        centres = (x.starts + x.ends) / 2

        def band(t: torch.Tensor, fill: float = 0.0) -> torch.Tensor:
            pad = [0, 0] * (t.dim() - 2) + [K, K]
            padded = F.pad(t, pad, value=fill)[:, lo:hi + 2 * K]
            return padded.unfold(1, 2 * K + 1, 1).movedim(-1, 2)  # [B, T', 2K+1, ...]

        present = band(x.present.float()) > 0.5  # [B, T', 2K+1, 3]
        keys = band(self.key(tok))  # [B, T', 2K+1, 3, D]
        values = band(self.value(tok))
        n_present = x.present[:, lo:hi].float().sum(-1, keepdim=True).clamp(min=1)
        own = tok[:, lo:hi].sum(2) / n_present  # mean of the step's own tokens
        q = self.query(own)  # [B, T', D]
        logits = torch.einsum("btd,btkmd->btkm", q, keys) / math.sqrt(self.config.dim)
        anchor = centres[:, lo:hi] if side == "centre" else x.starts[:, lo:hi]
        dist = (band(centres, fill=1e4) - anchor[..., None]).abs()  # padding is masked below
        prior = self.modality_prior if side == "centre" else self.boundary_prior
        logits = logits + prior - (dist / self.log_tau.exp())[..., None]
        offsets = torch.arange(-K, K + 1, device=logits.device)
        allowed = present
        if side == "left":
            allowed = allowed & (offsets < 0)[None, None, :, None]
        elif side == "right":
            allowed = allowed & (offsets >= 0)[None, None, :, None]
        logits = logits.masked_fill(~allowed, float("-inf"))
        flat = logits.flatten(2)
        any_allowed = allowed.flatten(2).any(-1, keepdim=True)
        weights = torch.softmax(flat.masked_fill(~any_allowed, 0.0), dim=-1) * any_allowed
        return weights.view_as(logits), values

    def _attend(self, x: FusionInputs, tok: torch.Tensor, side: str) -> tuple[torch.Tensor, torch.Tensor]:
        T = x.present.shape[1]
        outs, valid = [], []
        for lo in range(0, T, self.config.chunk_steps):
            hi = min(lo + self.config.chunk_steps, T)
            w, v = self.attention_weights(x, tok, side, lo, hi)
            outs.append(self.out(torch.einsum("btkm,btkmd->btd", w, v)))
            valid.append(w.flatten(2).sum(-1) > 0.5)
        return torch.cat(outs, 1), torch.cat(valid, 1)

    def forward(self, x: FusionInputs) -> FusionOutputs:
        tok = self.tokens(x)
        z, valid = self._attend(x, tok, "centre")
        fused = _normalize(z) * valid[..., None]
        left, has_left = self._attend(x, tok, "left")
        right, has_right = self._attend(x, tok, "right")
        both = has_left & has_right
        distance = (1 - F.cosine_similarity(left, right, dim=-1, eps=1e-8)) * both
        boundary = torch.sigmoid(self.boundary_alpha * (distance - self.boundary_d0) + self.boundary_beta * x.shot)
        boundary = boundary * both

        mean = (fused * valid[..., None]).sum(1, keepdim=True) / valid.sum(1, keepdim=True).clamp(min=1)[..., None]
        centrality = F.cosine_similarity(fused, mean.expand_as(fused), dim=-1, eps=1e-8) * valid
        speech = (x.speech_rate / self.config.speech_rate_full).clamp(0, 1) * x.present[..., 2]
        visual_conf = x.visual_probs.max(-1).values * x.present[..., 0]
        audio_activity = (1 - x.audio[..., 3]) * x.present[..., 1]
        sal_in = torch.stack([speech, centrality, visual_conf, audio_activity], dim=-1)
        salience = torch.sigmoid(self.salience_head(sal_in).squeeze(-1)) * valid

        retrieval = _normalize(self.retrieval(fused)) * valid[..., None]
        return FusionOutputs(fused, boundary, salience, retrieval, valid, distance)


# -- designed weights and loading ---------------------------------------------------------------

def design_embeddings(text_embedder, models_dir: Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    """MiniLM embeddings of the 1000 ImageNet names and the audio phrases, cached in models_dir."""
    from models.frames import imagenet_labels

    cache = None
    if models_dir is not None:
        cache = Path(models_dir) / f"fusion-design-v{_DESIGN_VERSION}-{text_embedder.backend}.npz"
        if cache.is_file():
            with np.load(cache) as z:
                return z["labels"], z["phrases"]
    labels = text_embedder.embed(list(imagenet_labels()))
    phrases = text_embedder.embed(list(AUDIO_PHRASES))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{np.random.default_rng().integers(1 << 30)}.tmp.npz")
        np.savez(tmp, labels=labels, phrases=phrases)
        tmp.replace(cache)
    return labels, phrases


def load_fusion(checkpoint: Path | None = None, *, text_embedder=None, models_dir: Path | None = None,
                config: FusionConfig | None = None) -> TemporalFusion:
    """A trained checkpoint when given (written by train_fusion.save_checkpoint), else the
    designed model (needs ``text_embedder`` to embed label names and phrases)."""
    if checkpoint is not None:
        state = torch.load(Path(checkpoint), map_location="cpu", weights_only=True)
        model = TemporalFusion(FusionConfig(**_tuples(state["config"])))
        model.load_state_dict(state["state_dict"])
        return model.eval()
    if text_embedder is None:
        raise ValueError("the designed fusion model needs a text_embedder (or pass a checkpoint)")
    labels, phrases = design_embeddings(text_embedder, models_dir)
    return TemporalFusion(config or FusionConfig(), labels, phrases).eval()


def _tuples(d: dict) -> dict:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in d.items()}


def config_dict(config: FusionConfig) -> dict:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(config).items()}
