"""Hand detector: MediaPipe's palm detector and hand landmark model, for the timeline's "hand" label.

Neither the ImageNet classifier (models/frames.py) nor the face detector sees a hand, and people ask
"what reaches into the picture in front of the tree?". MediaPipe's hand models (Apache-2.0, Google)
lie in the same mediapipe==0.10.21 wheel as the face model: ``palm_detection_full.tflite`` (the
palm detector) and ``hand_landmark_full.tflite`` (21 landmarks and a "hand present" score).
``python -m models.hands fetch`` (scripts/setup.sh runs it) extracts the two into the models folder,
checked by their SHA-256; loading puts them into the zip bundle mediapipe's Tasks API reads
(``vision.HandLandmarker``), in memory. The lite palm model lacks the metadata the Tasks API needs.

Measured on the shared footage (tree.avi: a hand reaches into the picture from 23 s; the frames at
full size and as the decoder's, squashed to 224 x 224 and stretched back to the source's aspect):
at the default thresholds (detection 0.5, presence 0.5) the hand is found from 26.0 to 29.0 s (it
is missed while it comes in edge-on and backlit, 23.5-25.5 s) and nothing is found on 79 frames
without a hand (the rest of tree.avi, the street scenes, the cartoon rabbit, night buildings, a
screencast with a man's face: the palm detector's 0.53 on that face is dropped by the landmark
model's presence check). Cyclists' hands 15 pixels wide are not found. Cost: 7 ms a frame without a
hand, 16 ms with one (two cores); loading 0.1 s after mediapipe's import.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np

from models.mediapipe_task import MEDIAPIPE_WHEEL, MediapipeTask, quiet_stderr
from models.packaged import WheelFile, fetch_from_wheel, fetch_main, require_files

__all__ = ["HandDetector", "HandModelUnavailable", "HAND_LABEL", "MODEL_FILES", "fetch_models"]

HAND_LABEL = "hand"  # the visual label a window with a hand gets (worker/understand.py)
_PALM = WheelFile("palm_detection_full.tflite", "mediapipe/modules/palm_detection/palm_detection_full.tflite",
                  "1b14e9422c6ad006cde6581a46c8b90dd573c07ab7f3934b5589e7cea3f89a54")
_LANDMARKS = WheelFile("hand_landmark_full.tflite", "mediapipe/modules/hand_landmark/hand_landmark_full.tflite",
                       "11c272b891e1a99ab034208e23937a8008388cf11ed2a9d776ed3d01d0ba00e3")
MODEL_FILES = (_PALM, _LANDMARKS)  # what the models folder must hold
_DETECTION = 0.5  # the palm detector's score from which a hand is looked at (0.3 let the cartoon rabbit in)
_PRESENCE = 0.5  # the landmark model's "a hand is there" score


class HandModelUnavailable(RuntimeError):
    """The hand model files are missing or wrong, or mediapipe cannot load them; the message says what to do."""


def fetch_models(models_dir: Path, wheel: Path | None = None) -> list[Path]:
    """Put the two model files into ``models_dir`` (once), from ``wheel`` (mediapipe 0.10.21) or, without
    one, from that wheel downloaded from PyPI with pip (about 36 MB, not installed)."""
    return fetch_from_wheel(models_dir, MEDIAPIPE_WHEEL, MODEL_FILES, wheel, HandModelUnavailable)


def _bundle(models_dir: Path, align: int = 64) -> bytes:
    """The Tasks API's hand landmarker bundle: a zip holding hand_detector.tflite and
    hand_landmarks_detector.tflite, stored uncompressed, each starting on an ``align``-byte boundary
    (so mediapipe maps it without copying: an unaligned buffer is copied with a warning)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name, file in (("hand_detector.tflite", _PALM), ("hand_landmarks_detector.tflite", _LANDMARKS)):
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 31, 0, 0, 0))
            pad = (-(out.tell() + 30 + len(name)) - 4) % align  # 30: the local header; 4: the extra field's own
            info.extra = b"\xff\xff" + pad.to_bytes(2, "little") + b"\0" * pad
            z.writestr(info, (Path(models_dir) / file.name).read_bytes())
    return out.getvalue()


class HandDetector(MediapipeTask):
    """Hands in RGB uint8 frames ``[N, H, W, 3]``; load with ``HandDetector.load(models_dir)``."""

    @classmethod
    def load(cls, models_dir: Path) -> "HandDetector":
        require_files(models_dir, MODEL_FILES, HandModelUnavailable, "hand model", "models.hands")
        return cls.open(lambda vision, BaseOptions: vision.HandLandmarker.create_from_options(vision.HandLandmarkerOptions(
            base_options=BaseOptions(model_asset_buffer=_bundle(models_dir)), num_hands=2,
            min_hand_detection_confidence=_DETECTION, min_hand_presence_confidence=_PRESENCE)),
            HandModelUnavailable, f"the hand models in {models_dir}")

    def count(self, frames: np.ndarray, aspect: float = 1.0) -> np.ndarray:
        """[N] int32: the hands found in each frame. ``aspect``: the source's width / height, when the
        frames were squashed to a square (the decoder's are): each is stretched back to it first."""
        frames = np.asarray(frames)
        out = np.zeros(len(frames), np.int32)
        with quiet_stderr():  # the first hand found on a frame that is not square logs a note about its ROI
            for i, image in enumerate(self.images(frames, aspect)):
                out[i] = len(self._detect(image).hand_landmarks)
        return out


def main(argv: list[str] | None = None) -> int:
    return fetch_main(argv, "models.hands", __doc__.split("\n\n")[0],
                      "the palm detector and the hand landmark model", MEDIAPIPE_WHEEL, fetch_models)


if __name__ == "__main__":
    raise SystemExit(main())
