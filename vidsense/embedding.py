"""The sentence embedder used at question time (``ask``, ``search``), loaded once per process.

It is the int8 ONNX MiniLM of ``models.text``: onnxruntime and a tokenizer, no torch, about
60 MB of memory, so the API process can embed questions itself.
"""

from __future__ import annotations

import threading
from functools import lru_cache

__all__ = ["question_embedder", "embed_one"]

_lock = threading.Lock()


@lru_cache(maxsize=1)
def question_embedder():
    from models.text import TextEmbedder

    return TextEmbedder.load(threads=1)


def embed_one(text: str):
    """One L2-normalised [384] vector; serialised because one ONNX session serves all threads."""
    embedder = question_embedder()
    with _lock:
        return embedder.embed([text])[0]
