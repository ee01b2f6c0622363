"""Text on screen: PaddleOCR's PP-OCRv4 text detector and recogniser (ONNX, Apache-2.0).

The frame classifier names things, not writing; this module reads it ("Hello world.." as a
terminal's heading, a shop sign, a slide's title). The two models (4.7 MB detector, 10.9 MB
recogniser; the recogniser's alphabet, Chinese and Latin, is in its ONNX metadata) lie in the
rapidocr-onnxruntime 1.4.4 wheel on PyPI, from which ``python -m models.ocr fetch`` (scripts/setup.sh
runs it) extracts them into the models folder, checked by SHA-256 (models/packaged.py); that
package's own code is not installed, as it would pull a second OpenCV beside mediapipe's. The
steps are theirs, run here by onnxruntime and OpenCV:

- detection (DB): the frame, BGR, scaled so its longer side is ``DET_SIDE`` px (multiples of 32),
  normalised to [-1, 1]; pixels over 0.3 form regions, a region scoring 0.5 on average is a line,
  grown by 1.6 x its area / perimeter (the model marks a shrunken core of each line);
- recognition (SVTR + CTC): each line cut from the full frame, upright, 48 px high, greedy CTC
  decoding; a line is kept from ``TEXT_MIN`` mean character confidence.

Measured (bench/screen_text.py, one thread): movie-hello's 1280 x 720 frames, the heading
"Hello world..." with confidence 0.97-1.0 in 8 of 8 frames among about 10 lines, 0.3-0.6 s a
frame; on the clips without writing (cartoon, street, skyscrapers, tree, bikes) no line, 0.05-0.1 s
a frame (detection alone). Detecting at 960 px read no more lines at 1.6-2x the cost.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models.packaged import WheelFile, fetch_from_wheel, require_files

__all__ = ["TextReader", "TextLine", "TextModelUnavailable", "fetch_models", "MODEL_FILES", "TEXT_MIN", "STILL_SIDE"]

_SOURCE = "rapidocr-onnxruntime==1.4.4"
MODEL_FILES = (
    WheelFile("ppocrv4_det.onnx", "rapidocr_onnxruntime/models/ch_PP-OCRv4_det_infer.onnx",
              "d2a7720d45a54257208b1e13e36a8479894cb74155a5efe29462512d42f49da9"),
    WheelFile("ppocrv4_rec.onnx", "rapidocr_onnxruntime/models/ch_PP-OCRv4_rec_infer.onnx",
              "48fc40f24f6d2a207a2b1091d3437eb3cc3eb6b676dc3ef9c37384005483683b"),
)
STILL_SIDE = 1280  # frames are read at most this large (longer side, px): lines are cut from them
DET_SIDE = 736  # the detector's input: longer side, px (960 read no more lines on movie-hello, at 1.6-2x the cost)
_DET_THRESH = 0.3  # pixel probability of text
_BOX_THRESH = 0.5  # a region's mean probability to count as a line
_UNCLIP = 1.6
_MIN_SIDE = 3  # px on the detector's map
_REC_HEIGHT = 48
_REC_MIN_WIDTH = 320
_REC_BATCH = 8
TEXT_MIN = 0.8  # mean character confidence from which a line is kept
_MIN_CHARS = 2  # a single character is more often a stray mark than writing
_ENLARGE_BELOW = 960  # a frame smaller than this (longer side, px) is read enlarged twice: "TAX" -> "TAXI" on a car
# roof in the 640 x 272 street footage


class TextModelUnavailable(RuntimeError):
    """The text models are missing or wrong, or cannot be loaded; the message says what to do."""


@dataclass(frozen=True)
class TextLine:
    text: str
    score: float  # mean character confidence, 0-1
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions of the frame's width and height

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]


def fetch_models(models_dir: Path, wheel: Path | None = None) -> list[Path]:
    """Put the two models into ``models_dir`` (once), from ``wheel`` or from the rapidocr-onnxruntime
    1.4.4 wheel downloaded with pip (15 MB, not installed)."""
    return fetch_from_wheel(models_dir, _SOURCE, MODEL_FILES, wheel, TextModelUnavailable)


class TextReader:
    """Reads horizontal lines of text in RGB uint8 frames ``[H, W, 3]``; load with ``TextReader.load``."""

    def __init__(self, det, rec, alphabet: list[str], cv2_module) -> None:
        self._det, self._rec, self._alphabet, self._cv2 = det, rec, alphabet, cv2_module

    @classmethod
    def load(cls, models_dir: Path, threads: int = 2) -> "TextReader":
        require_files(models_dir, MODEL_FILES, TextModelUnavailable, "text model", "models.ocr")
        try:
            import cv2
            import onnxruntime as ort
        except ImportError as exc:
            raise TextModelUnavailable(f"onnxruntime or OpenCV is not installed ({exc}); "
                                       "install the worker extra") from exc
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = max(1, int(threads))
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        try:
            det, rec = (ort.InferenceSession(str(Path(models_dir) / f.name), opts, providers=["CPUExecutionProvider"])
                        for f in MODEL_FILES)
            chars = rec.get_modelmeta().custom_metadata_map["character"].splitlines()
        except Exception as exc:  # onnxruntime raises its own error types for a file it cannot run
            raise TextModelUnavailable(f"onnxruntime cannot load the text models: {type(exc).__name__}: {exc}") from exc
        return cls(det, rec, ["<blank>", *chars, " "], cv2)

    def read(self, frame: np.ndarray) -> list[TextLine]:
        """The lines of text in one RGB frame, top to bottom."""
        frame = np.asarray(frame)
        if frame.ndim != 3 or frame.shape[2] != 3 or frame.dtype != np.uint8:
            raise ValueError(f"frame must be uint8 [H, W, 3] RGB, got {frame.dtype} {frame.shape}")
        bgr = np.ascontiguousarray(frame[:, :, ::-1])  # the models were trained on OpenCV's BGR
        if max(bgr.shape[:2]) < _ENLARGE_BELOW:  # small print in a small frame: lines are cut from it twice as large
            bgr = self._cv2.resize(bgr, None, fx=2, fy=2, interpolation=self._cv2.INTER_CUBIC)
        boxes = self._detect(bgr)
        if not boxes:
            return []
        h, w = bgr.shape[:2]
        crops = [self._crop(bgr, b) for b in boxes]
        lines = []
        for box, (text, score) in zip(boxes, self._recognize(crops)):
            text = " ".join(text.split())
            if score >= TEXT_MIN and sum(c.isalnum() for c in text) >= _MIN_CHARS:
                x0, y0 = box.min(0) / (w, h)
                x1, y1 = box.max(0) / (w, h)
                lines.append(TextLine(text, round(score, 4), tuple(round(float(v), 4) for v in (x0, y0, x1, y1))))
        return sorted(lines, key=lambda line: (round(line.box[1], 2), line.box[0]))

    def _detect(self, bgr: np.ndarray) -> list[np.ndarray]:
        cv2 = self._cv2
        h, w = bgr.shape[:2]
        ratio = DET_SIDE / max(h, w)
        rh, rw = max(32, int(round(h * ratio / 32)) * 32), max(32, int(round(w * ratio / 32)) * 32)
        x = cv2.resize(bgr, (rw, rh)).astype(np.float32) / 127.5 - 1.0
        prob = self._det.run(None, {self._det.get_inputs()[0].name: x.transpose(2, 0, 1)[None]})[0][0, 0]
        mask = cv2.dilate((prob > _DET_THRESH).astype(np.uint8), np.ones((2, 2), np.uint8))
        contours, _ = cv2.findContours(mask * 255, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        boxes = []
        for contour in contours[:1000]:
            rect = cv2.minAreaRect(contour)
            if min(rect[1]) < _MIN_SIDE:
                continue
            if _box_score(prob, cv2.boxPoints(rect), cv2) < _BOX_THRESH:
                continue
            (cx, cy), (bw, bh), angle = rect
            grow = bw * bh * _UNCLIP / (2 * (bw + bh))  # the offset distance; a rectangle grows by it on every side
            rect = ((cx, cy), (bw + 2 * grow, bh + 2 * grow), angle)
            if min(rect[1]) < _MIN_SIDE + 2:
                continue
            pts = cv2.boxPoints(rect)
            pts[:, 0] = np.clip(np.round(pts[:, 0] / rw * w), 0, w - 1)
            pts[:, 1] = np.clip(np.round(pts[:, 1] / rh * h), 0, h - 1)
            ordered = _clockwise(pts)
            if np.linalg.norm(ordered[0] - ordered[1]) > 3 and np.linalg.norm(ordered[0] - ordered[3]) > 3:
                boxes.append(ordered)
        return boxes

    def _crop(self, bgr: np.ndarray, box: np.ndarray) -> np.ndarray:
        cv2 = self._cv2
        width = int(max(np.linalg.norm(box[0] - box[1]), np.linalg.norm(box[2] - box[3])))
        height = int(max(np.linalg.norm(box[0] - box[3]), np.linalg.norm(box[1] - box[2])))
        target = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
        crop = cv2.warpPerspective(bgr, cv2.getPerspectiveTransform(box.astype(np.float32), target), (width, height),
                                   borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC)
        if height / max(width, 1) >= 1.5:  # a vertical line: read it turned upright
            crop = np.rot90(crop)
        return np.ascontiguousarray(crop)

    def _recognize(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        cv2 = self._cv2
        out: list[tuple[str, float]] = [("", 0.0)] * len(crops)
        order = np.argsort([c.shape[1] / c.shape[0] for c in crops])
        for k in range(0, len(order), _REC_BATCH):
            idx = order[k:k + _REC_BATCH]
            ratio = max(_REC_MIN_WIDTH / _REC_HEIGHT, *(crops[i].shape[1] / crops[i].shape[0] for i in idx))
            width = int(_REC_HEIGHT * ratio)
            batch = np.zeros((len(idx), 3, _REC_HEIGHT, width), np.float32)
            for j, i in enumerate(idx):
                c = crops[i]
                w = min(width, int(math.ceil(_REC_HEIGHT * c.shape[1] / c.shape[0])))
                img = cv2.resize(c, (w, _REC_HEIGHT)).astype(np.float32) / 127.5 - 1.0
                batch[j, :, :, :w] = img.transpose(2, 0, 1)
            probs = self._rec.run(None, {self._rec.get_inputs()[0].name: batch})[0]
            for j, i in enumerate(idx):
                out[i] = self._decode(probs[j])
        return out

    def _decode(self, probs: np.ndarray) -> tuple[str, float]:
        best, conf = probs.argmax(1), probs.max(1)
        keep = best != 0
        keep[1:] &= best[1:] != best[:-1]  # CTC: repeats collapse, blanks drop
        chars = [self._alphabet[i] if i < len(self._alphabet) else "" for i in best[keep]]
        return "".join(chars), float(conf[keep].mean()) if keep.any() else 0.0


def _box_score(prob: np.ndarray, pts: np.ndarray, cv2) -> float:
    h, w = prob.shape
    x0, x1 = int(np.clip(np.floor(pts[:, 0].min()), 0, w - 1)), int(np.clip(np.ceil(pts[:, 0].max()), 0, w - 1))
    y0, y1 = int(np.clip(np.floor(pts[:, 1].min()), 0, h - 1)), int(np.clip(np.ceil(pts[:, 1].max()), 0, h - 1))
    mask = np.zeros((y1 - y0 + 1, x1 - x0 + 1), np.uint8)
    cv2.fillPoly(mask, (pts - [x0, y0]).reshape(1, -1, 2).astype(np.int32), 1)
    return float(cv2.mean(prob[y0:y1 + 1, x0:x1 + 1], mask)[0])


def _clockwise(pts: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left."""
    xs = pts[np.argsort(pts[:, 0])]
    left, right = xs[:2][np.argsort(xs[:2, 1])], xs[2:][np.argsort(xs[2:, 1])]
    return np.array([left[0], right[0], right[1], left[1]], np.float32)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m models.ocr", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fetch", help="put the text detector and recogniser into the models folder")
    f.add_argument("models_dir", nargs="?", type=Path, help="default: the settings' models folder")
    f.add_argument("--wheel", type=Path, help=f"extract from this {_SOURCE} wheel instead of downloading it")
    r = sub.add_parser("read", help="print the text lines read in image files (PNG, JPEG)")
    r.add_argument("images", nargs="+", type=Path)
    r.add_argument("--models-dir", type=Path, help="default: the settings' models folder")
    args = parser.parse_args(argv)
    models_dir = args.models_dir
    if models_dir is None:
        from vidsense.settings import get_settings

        models_dir = get_settings().models_path
    if args.cmd == "fetch":
        for path in fetch_models(models_dir, args.wheel):
            print(path)
        return 0
    import cv2

    reader = TextReader.load(models_dir, threads=os.cpu_count() or 1)
    for image in args.images:
        bgr = cv2.imread(str(image))
        if bgr is None:
            parser.error(f"{image}: not an image OpenCV can read")
        for line in reader.read(bgr[:, :, ::-1]):
            print(f"{image}\t{line.score:.2f}\t{line.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
