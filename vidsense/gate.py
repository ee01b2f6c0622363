"""The answer gate: a small logistic model that reads a spoken question the rules declined once more.

The rules of ``vidsense.qa`` answer only when a clause clears fixed thresholds (shared words, cosine) and
passes every check of ``vidsense.answer_checks``; a question worded unlike the speech ("what food is the
guy supposed to be fond of?" for "He likes the pickles") misses one of them and is declined. The gate
weighs the same evidence together instead: for each of the best few clauses it reads a row of
``FEATURES`` (the cosine, the shared words, whether the kind asked for is said, what else the clause says
...) and gives the probability that the clause answers. The clause is served when that probability is at
least the model's ``threshold``, with it as the confidence.

The weights are learned, not set: ``bench/train_gate.py`` asks every question of the evaluation sets with
the rules, records a row for each clause of each question they decline, labels it by whether the clause
holds an accepted answer at the evidence's time (never, for an unanswerable question), fits the model
and chooses the threshold by leaving each set out in turn, so that the sets it was not fitted on gain
answers without answering their unanswerable questions. It writes ``models/answer_gate.json``; with no
such file (or ``VIDSENSE_ANSWER_GATE=0``) the rules alone answer.
"""
from __future__ import annotations

import json
import math
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import numpy as np

GATE_FILE = Path(__file__).resolve().parent.parent / "models" / "answer_gate.json"

# what the gate reads of a (question, clause) pair: see vidsense.qa._gate_row
FEATURES = ("semantic", "lexical", "sentence_lexical", "score", "behind_best", "rank", "asked_kind",
            "has_category", "category_said", "beyond_names", "topic_words", "new_words", "near", "timed",
            "when", "wants_number", "wants_reason", "lead_in", "sentence_words", "opposite")


@dataclass(frozen=True)
class GateModel:
    """Standardised logistic regression: p = sigmoid(w . (x - mean) / scale + bias)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    def probability(self, row: np.ndarray) -> float:
        z = float(((row - self.mean) / self.scale) @ self.weights + self.bias)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "weights": self.weights.tolist(), "bias": self.bias, "threshold": self.threshold}

    @classmethod
    def from_json(cls, data: dict) -> GateModel:
        if tuple(data["features"]) != FEATURES:  # written for other features: retrain (bench/train_gate.py)
            raise ValueError(f"the gate was trained on other features: {data['features']}")
        return cls(np.asarray(data["mean"], np.float64), np.asarray(data["scale"], np.float64),
                   np.asarray(data["weights"], np.float64), float(data["bias"]), float(data["threshold"]))


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 500) -> GateModel:
    """Logistic regression by Newton's method on standardised rows (threshold 0.5 until chosen)."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return GateModel(mean, scale, w[:-1], float(w[-1]), 0.5)


def answer_gate() -> GateModel | None:
    """The trained gate, or None when there is none or it is switched off (``VIDSENSE_ANSWER_GATE=0``)."""
    from vidsense.settings import get_settings

    return _load(str(GATE_FILE)) if get_settings().answer_gate else None


@lru_cache(maxsize=4)
def _load(path: str) -> GateModel | None:
    file = Path(path)
    return GateModel.from_json(json.loads(file.read_text())) if file.is_file() else None


_ROWS: ContextVar[list | None] = ContextVar("gate_rows", default=None)


def rows_sink() -> list | None:
    """Where the rows of a declined question go while ``collecting`` (bench/train_gate.py); else None."""
    return _ROWS.get()


@contextmanager
def collecting() -> Iterator[list]:
    """Record, instead of deciding, the gate's rows of every question the rules decline: a list of
    ``(moment indices, rows)`` per question, appended as they are asked."""
    sink: list = []
    token = _ROWS.set(sink)
    try:
        yield sink
    finally:
        _ROWS.reset(token)
