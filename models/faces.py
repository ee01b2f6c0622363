"""Face detector: MediaPipe's BlazeFace full-range model, for the timeline's "person" label.

The frame classifier (models/frames.py) names ImageNet classes, and ImageNet has no "person";
a face on screen is the sign of a person this module looks for. The model is
``face_detection_full_range_sparse.tflite`` (677 KB, Apache-2.0, Google's MediaPipe), run by
``mediapipe``'s Tasks API (``vision.FaceDetector``, CPU). The mediapipe package that runs it does not
ship it: it lies in the mediapipe==0.10.21 wheel on PyPI, from which ``python -m models.faces fetch``
(scripts/setup.sh runs it) extracts that one file into the models folder, checked by its SHA-256.
Without the file the worker runs on without the "person" label (worker/models_cache.py logs why).

Measured on the dev media (the pipeline's 224 x 224 frames, 1 and 4 frames a second):

- The decoder's frames are squashed to a square; on them faces are found poorly (movie-hello's man
  in 2 of 8 frames). Stretched back to the source's aspect ratio (398 x 224 for 16:9; nothing is
  decoded again) he is found in 7 of 8, as on the full-resolution frames.
- False faces happen: night-time skyscraper windows (librivox_city) scored up to 0.70, the cartoon
  rabbit 0.43, a street (cityCC0) 0.45. None of them survived a mirror image: the frame flipped
  left-right gave no detection there, while a real face scores about the same both ways. So a
  face's score is the mean of its score and its mirror twin's (the flipped frame's detection whose
  box overlaps it; 0 without one), and a face counts from FACE_MIN = 0.5: the false faces scored at
  most 0.35 that way; movie-hello's man 0.50-0.76 (8 of 8 frames at 1/s, 32 of 33 at 4/s), the
  cyclist in bikes 0.50-0.78. The flipped pass runs only on frames with a candidate (>= 0.3).
- Cost, one core: 8 ms a frame without a candidate, 21 ms with one (two passes); loading (mediapipe
  imports OpenCV and matplotlib) about 1 s, once per process.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import tempfile
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models.packaged import WheelFile, check_file, fetch_from_wheel

__all__ = ["FaceDetector", "FaceDetections", "FaceModelUnavailable", "MODEL_FILE", "FACE_MIN", "PERSON_LABEL", "fetch_model",
           "model_path", "quiet_stderr", "close_at_exit", "stretched_size", "MEDIAPIPE_WHEEL"]

MODEL_FILE = "face_detection_full_range_sparse.tflite"
MODEL_SHA256 = "2c3728e6da56f21e21a320433396fb06d40d9088f2247c05e5635a688d45dfe1"
MEDIAPIPE_WHEEL = _SOURCE = "mediapipe==0.10.21"  # a wheel that ships the .tflite (1.x ones do not)
_FILE = WheelFile(MODEL_FILE, f"mediapipe/modules/face_detection/{MODEL_FILE}", MODEL_SHA256)
_CANDIDATE = 0.3  # the detector's own cut: below it a detection is not reported at all
FACE_MIN = 0.5  # mirror-checked score from which a face counts (see the module docstring)
PERSON_LABEL = "person"  # the visual label a window with a face gets (worker/understand.py)
_MATCH_IOU = 0.3  # a detection and its mirror twin overlap at least this much


class FaceModelUnavailable(RuntimeError):
    """The face model file is missing or wrong, or mediapipe cannot load it; the message says what to do."""


@dataclass(frozen=True)
class FaceDetections:
    scores: np.ndarray  # [N] float32: the best mirror-checked face score of each frame, 0 without a face
    counts: np.ndarray  # [N] int32: faces scoring >= FACE_MIN in each frame


def model_path(models_dir: Path) -> Path:
    return Path(models_dir) / MODEL_FILE


def fetch_model(models_dir: Path, wheel: Path | None = None) -> Path:
    """Put the model into ``models_dir`` (once): extracted from ``wheel`` (the mediapipe 0.10.21 wheel)
    or, without one, from that wheel downloaded from PyPI with pip (about 36 MB, not installed)."""
    return fetch_from_wheel(models_dir, _SOURCE, (_FILE,), wheel, FaceModelUnavailable)[0]


_NOISE = ("INFO: ", "Sparsity tensors may not yet be fully supported", "Logging before InitGoogle",
          "memory is not aligned", "Using NORM_RECT without IMAGE_DIMENSIONS")  # (the last: hands on a non-square frame)


@contextlib.contextmanager
def quiet_stderr():
    """LiteRT writes some 50 lines to the process's stderr (fd 2) while it loads the model: its
    environment, "Sparsity tensors may not yet be fully supported" for each sparse tensor (the model
    runs fine), a note on memory alignment at the first detection and one when it closes. Those are
    dropped; any other line is passed on."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            tmp.seek(0)
            kept = [line for line in tmp.read().decode(errors="replace").splitlines()
                    if line.strip() and not any(n in line for n in _NOISE)]
            if kept:
                print("\n".join(kept), file=sys.stderr, flush=True)


def close_at_exit(task) -> None:
    """Close a mediapipe task at exit while mediapipe's call thread still runs (its __del__ at teardown
    prints errors): threading's exit hooks run before atexit's, newest first, so before concurrent.futures' own."""
    ref = weakref.ref(task)

    def close() -> None:
        if (t := ref()) is not None:
            with quiet_stderr():
                t.close()

    getattr(threading, "_register_atexit", atexit.register)(close)


def stretched_size(w: int, h: int, aspect: float) -> tuple[int, int]:
    """(W, H) of a ``w`` x ``h`` frame squashed from a source of width/height ``aspect``, stretched back to it."""
    aspect = float(aspect) if aspect and np.isfinite(aspect) and aspect > 0 else 1.0
    return int(round(w * max(aspect * h / w, 1.0))), int(round(h * max(w / (aspect * h), 1.0)))


def _iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    iw = max(0.0, min(ax + aw, bx + bw) - max(ax, bx))
    ih = max(0.0, min(ay + ah, by + bh) - max(ay, by))
    inter = iw * ih
    union = aw * ah + bw * bh - inter
    return inter / union if union > 0 else 0.0


class FaceDetector:
    """Faces in RGB uint8 frames ``[N, H, W, 3]``; load with ``FaceDetector.load(models_dir)``."""

    def __init__(self, detector, mp_module, cv2_module) -> None:
        self._detector = detector
        self._mp = mp_module
        self._cv2 = cv2_module

    @classmethod
    def load(cls, models_dir: Path) -> "FaceDetector":
        path = model_path(models_dir)
        if (problem := check_file(models_dir, _FILE)) is not None:
            raise FaceModelUnavailable(f"face model {problem}; fetch it with "
                                       f"`python -m models.faces fetch {models_dir}` (scripts/setup.sh does)")
        try:
            import cv2
            import mediapipe as mp
            from mediapipe.tasks.python import BaseOptions, vision
        except ImportError as exc:
            raise FaceModelUnavailable(f"mediapipe is not installed ({exc}); install the worker extra") from exc
        try:
            with quiet_stderr():
                detector = vision.FaceDetector.create_from_options(vision.FaceDetectorOptions(
                    base_options=BaseOptions(model_asset_path=str(path)), min_detection_confidence=_CANDIDATE))
                # the first detection logs a note about memory alignment, once: run it here
                detector.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=np.zeros((192, 192, 3), np.uint8)))
        except Exception as exc:  # mediapipe raises assorted types for a model it cannot run
            raise FaceModelUnavailable(f"mediapipe cannot load {path}: {type(exc).__name__}: {exc}") from exc
        close_at_exit(detector)
        return cls(detector, mp, cv2)

    def _boxes(self, image: np.ndarray) -> list[tuple[float, tuple[float, float, float, float]]]:
        """(score, (x, y, w, h)) of each detection, the box in pixels."""
        result = self._detector.detect(self._mp.Image(image_format=self._mp.ImageFormat.SRGB,
                                                      data=np.ascontiguousarray(image)))
        out = []
        for d in result.detections:
            b = d.bounding_box
            out.append((float(d.categories[0].score), (float(b.origin_x), float(b.origin_y), float(b.width), float(b.height))))
        return out

    def detect(self, frames: np.ndarray, aspect: float = 1.0) -> FaceDetections:
        """``aspect``: the source's width / height, when the frames were squashed to a square (the
        decoder's are): each frame is stretched back to it first, as the detector wants."""
        frames = np.asarray(frames)
        if frames.ndim != 4 or frames.shape[3] != 3 or frames.dtype != np.uint8:
            raise ValueError(f"frames must be uint8 [N, H, W, 3] RGB, got {frames.dtype} {frames.shape}")
        n, h, w = frames.shape[:3]
        size = stretched_size(w, h, aspect)
        scores = np.zeros(n, np.float32)
        counts = np.zeros(n, np.int32)
        for i, frame in enumerate(frames):
            image = frame if size == (w, h) else self._cv2.resize(frame, size, interpolation=self._cv2.INTER_LINEAR)
            found = self._boxes(image)
            if not found:
                continue
            width = image.shape[1]
            mirrored = [(s, (width - x - bw, y, bw, bh)) for s, (x, y, bw, bh) in self._boxes(image[:, ::-1])]
            checked = []
            for s, box in found:
                twin = max((m for m in mirrored if _iou(box, m[1]) >= _MATCH_IOU), key=lambda m: m[0], default=None)
                checked.append((s + twin[0]) / 2 if twin else s / 2)
            scores[i] = max(checked)
            counts[i] = sum(c >= FACE_MIN for c in checked)
        return FaceDetections(scores, counts)

    def close(self) -> None:
        self._detector.close()


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m models.faces", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fetch", help=f"put {MODEL_FILE} into the models folder")
    f.add_argument("models_dir", nargs="?", type=Path, help="default: the settings' models folder")
    f.add_argument("--wheel", type=Path, help=f"extract from this {_SOURCE} wheel instead of downloading it")
    args = parser.parse_args(argv)
    models_dir = args.models_dir
    if models_dir is None:
        from vidsense.settings import get_settings

        models_dir = get_settings().models_path
    print(fetch_model(models_dir, args.wheel))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
