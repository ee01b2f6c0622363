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

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models.mediapipe_task import MEDIAPIPE_WHEEL, MediapipeTask
from models.packaged import WheelFile, fetch_from_wheel, fetch_main, require_files

__all__ = ["FaceDetector", "FaceDetections", "FaceModelUnavailable", "MODEL_FILE", "MODEL_FILES", "FACE_MIN",
           "PERSON_LABEL", "fetch_model", "model_path"]

MODEL_FILE = "face_detection_full_range_sparse.tflite"
MODEL_SHA256 = "2c3728e6da56f21e21a320433396fb06d40d9088f2247c05e5635a688d45dfe1"
_FILE = WheelFile(MODEL_FILE, f"mediapipe/modules/face_detection/{MODEL_FILE}", MODEL_SHA256)
MODEL_FILES = (_FILE,)  # what the models folder must hold
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
    return fetch_from_wheel(models_dir, MEDIAPIPE_WHEEL, MODEL_FILES, wheel, FaceModelUnavailable)[0]


def _iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    iw = max(0.0, min(ax + aw, bx + bw) - max(ax, bx))
    ih = max(0.0, min(ay + ah, by + bh) - max(ay, by))
    inter = iw * ih
    union = aw * ah + bw * bh - inter
    return inter / union if union > 0 else 0.0


class FaceDetector(MediapipeTask):
    """Faces in RGB uint8 frames ``[N, H, W, 3]``; load with ``FaceDetector.load(models_dir)``."""

    @classmethod
    def load(cls, models_dir: Path) -> "FaceDetector":
        require_files(models_dir, MODEL_FILES, FaceModelUnavailable, "face model", "models.faces")
        path = model_path(models_dir)
        return cls.open(lambda vision, BaseOptions: vision.FaceDetector.create_from_options(vision.FaceDetectorOptions(
            base_options=BaseOptions(model_asset_path=str(path)), min_detection_confidence=_CANDIDATE)),
            FaceModelUnavailable, str(path))

    def _boxes(self, image: np.ndarray) -> list[tuple[float, tuple[float, float, float, float]]]:
        """(score, (x, y, w, h)) of each detection, the box in pixels."""
        out = []
        for d in self._detect(image).detections:
            b = d.bounding_box
            out.append((float(d.categories[0].score), (float(b.origin_x), float(b.origin_y), float(b.width), float(b.height))))
        return out

    def detect(self, frames: np.ndarray, aspect: float = 1.0) -> FaceDetections:
        """``aspect``: the source's width / height, when the frames were squashed to a square (the
        decoder's are): each frame is stretched back to it first, as the detector wants."""
        frames = np.asarray(frames)
        scores = np.zeros(len(frames), np.float32)
        counts = np.zeros(len(frames), np.int32)
        for i, image in enumerate(self.images(frames, aspect)):
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


def main(argv: list[str] | None = None) -> int:
    return fetch_main(argv, "models.faces", __doc__.split("\n\n")[0], MODEL_FILE, MEDIAPIPE_WHEEL,
                      lambda models_dir, wheel: [fetch_model(models_dir, wheel)])


if __name__ == "__main__":
    raise SystemExit(main())
