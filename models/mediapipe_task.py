"""What the face and hand detectors share: a model of mediapipe's Tasks API, run offline on the decoder's frames.

Both models lie in the mediapipe 0.10.21 wheel on PyPI (``MEDIAPIPE_WHEEL``; the installed 1.x
mediapipe that runs them ships none) and are fetched from it into the models folder
(models/packaged.py). ``MediapipeTask.open`` imports mediapipe, creates the task with LiteRT's
load-time chatter kept off stderr, runs one detection on a blank image (the first one logs a note
too) and closes the task at exit before mediapipe's own thread goes. ``images`` turns the
decoder's frames, squashed to a square, back into the source's aspect ratio, which both detectors
want (on the squares the face detector found movie-hello's man in 2 of 8 frames, stretched in 7).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import tempfile
import threading
import weakref
from collections.abc import Callable, Iterator

import numpy as np

__all__ = ["MEDIAPIPE_WHEEL", "MediapipeTask", "quiet_stderr", "stretched_size"]

MEDIAPIPE_WHEEL = "mediapipe==0.10.21"  # a wheel that ships the .tflite files (1.x ones do not)

_NOISE = ("INFO: ", "Sparsity tensors may not yet be fully supported", "Logging before InitGoogle",
          "memory is not aligned", "Using NORM_RECT without IMAGE_DIMENSIONS")  # (the last: hands on a non-square frame)


@contextlib.contextmanager
def quiet_stderr():
    """LiteRT writes some 50 lines to the process's stderr (fd 2) while it loads a model: its
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


def _close_at_exit(task) -> None:
    """Close a task at exit while mediapipe's call thread still runs (its __del__ at teardown prints
    errors): threading's exit hooks run before atexit's, newest first, so before concurrent.futures' own."""
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


class MediapipeTask:
    """A loaded Tasks API model (``self._task``) with mediapipe and OpenCV at hand."""

    def __init__(self, task, mp_module, cv2_module) -> None:
        self._task = task
        self._mp = mp_module
        self._cv2 = cv2_module

    @classmethod
    def open(cls, create: Callable, error: type[Exception], what: str):
        """``create(vision, BaseOptions)`` makes the task; ``error`` (with ``what`` cannot be loaded) when
        mediapipe is missing or cannot run it."""
        try:
            import cv2
            import mediapipe as mp
            from mediapipe.tasks.python import BaseOptions, vision
        except ImportError as exc:
            raise error(f"mediapipe is not installed ({exc}); install the worker extra") from exc
        try:
            with quiet_stderr():
                task = create(vision, BaseOptions)
                task.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=np.zeros((192, 192, 3), np.uint8)))
        except Exception as exc:  # mediapipe raises assorted types for a model it cannot run
            raise error(f"mediapipe cannot load {what}: {type(exc).__name__}: {exc}") from exc
        _close_at_exit(task)
        return cls(task, mp, cv2)

    def images(self, frames: np.ndarray, aspect: float = 1.0) -> Iterator[np.ndarray]:
        """Each of RGB uint8 ``frames [N, H, W, 3]``, stretched back to the source's ``aspect`` (width /
        height) when the frames were squashed to a square (the decoder's are)."""
        frames = np.asarray(frames)
        if frames.ndim != 4 or frames.shape[3] != 3 or frames.dtype != np.uint8:
            raise ValueError(f"frames must be uint8 [N, H, W, 3] RGB, got {frames.dtype} {frames.shape}")
        h, w = frames.shape[1:3]
        size = stretched_size(w, h, aspect)
        for frame in frames:
            yield frame if size == (w, h) else self._cv2.resize(frame, size, interpolation=self._cv2.INTER_LINEAR)

    def _detect(self, image: np.ndarray):
        return self._task.detect(self._mp.Image(image_format=self._mp.ImageFormat.SRGB, data=np.ascontiguousarray(image)))

    def close(self) -> None:
        self._task.close()
