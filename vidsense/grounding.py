"""The grounding check: every content word of a summary must trace to the evidence.

The evidence vocabulary is the stems of the transcript's words, the frame labels, the text read
on screen and the sound descriptors. A summary passes when each of its content words (stopwords
aside) has its stem in that vocabulary, or is one of a small set of words any description of a
video uses ("video", "speaker", "says", "shows" ...). Numbers must appear in the evidence too. A summary that fails is
not served: the caller falls back to the extractive summary, which passes by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vidsense.text import content_words, stem

__all__ = ["Grounding", "check_grounding", "evidence_vocabulary", "FRAME_WORDS"]

# Words that describe a video rather than claim something about its content.
FRAME_WORDS = frozenset(stem(w) for w in """
video clip recording footage film scene scenes shot shots frame frames picture image images
visual visuals screen camera view shown shows show showing seen appears appear
audio sound sounds heard hear speech spoken speaks speak speaker speakers narrator voice
says say said saying talks talk talking discusses discuss discussing mentions mention
mentioned describes describe describing explains explain asks ask asking states state
begins begin starts start ends end continues continue then later first second third
minute minutes seconds second hour part section chapter summary overall mostly briefly
music noise silence silent quiet background reads read text written little
""".split())


@dataclass(frozen=True)
class Grounding:
    ok: bool
    checked: int  # content words checked
    untraced: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {"ok": self.ok, "checked": self.checked, "untraced": list(self.untraced)}


def evidence_vocabulary(*texts: str) -> set[str]:
    vocab: set[str] = set()
    for text in texts:
        for w in content_words(text):
            vocab.add(stem(w))
            vocab.add(w)
    return vocab


def check_grounding(summary: str, vocabulary: set[str]) -> Grounding:
    untraced: list[str] = []
    checked = 0
    for w in content_words(summary):
        checked += 1
        s = stem(w)
        if w in vocabulary or s in vocabulary or s in FRAME_WORDS:
            continue
        if w not in untraced:
            untraced.append(w)
    return Grounding(ok=not untraced and checked > 0, checked=checked, untraced=tuple(untraced))
