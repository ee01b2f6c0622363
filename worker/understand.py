"""The understanding stage: per-window features of frames, audio and transcript, fused over time.

``TimelineBuilder`` is fed as the video decodes: ``add_frames`` encodes each batch at once and
keeps only per-window sums of the frame features and class probabilities (never pixels), plus
one cut score per frame pair; ``add_audio`` turns audio chunks into per-window descriptors as
soon as a window is complete. ``finish`` aligns the transcript's words to the windows, embeds
each window's text, finds the shot cuts, and runs the fusion model. Memory grows with the number
of windows (about 9 KB each), not with the number of frames or samples.

Missing modalities stay missing: a file without an audio track has ``audio=None`` in every
window (not silence), windows without words have no text embedding, and blank frames (black or
flat, as in fades) are left out of the window's visual features.

ImageNet has no class for people: with a ``face_detector`` (models/faces.py), a window in whose
frames a face is seen (mirror-checked score >= ``FACE_MIN``) also gets ``("person", score)`` among
its visual labels, the score being the best of its frames'.

With a ``text_reader`` (models/ocr.py) and the decoder's larger ``stills``, a frame is read every
``text_every_s`` seconds (a frame that barely differs from the last one read keeps its lines
without a new read: a still screencast costs one read); a window's ``screen_text`` is the lines
read in it, the largest letters first.

With an ``object_detector`` (models/objects.py), each frame (its still when there is one) is searched for the
80 COCO things; a window's ``objects`` are the things seen in it, each with its best score and the colour of
that sighting's box.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field

import numpy as np
import torch

from models.audio_features import AudioAnalyzer, AudioDescriptors, VECTOR_NAMES
from models.faces import FACE_MIN, PERSON_LABEL
from models.hands import HAND_LABEL
from models.fusion import FusionInputs, TemporalFusion
from models.frames import FEATURE_DIM, NUM_CLASSES, top_labels
from worker.chapters import color_histograms, cuts_from_scores, shot_scores
from worker.types import Segment

__all__ = ["WindowFeatures", "SeenThing", "Timeline", "TimelineBuilder", "fusion_inputs", "apply_fusion",
           "timeline_to_json", "retrieval_matrix", "window_texts"]

log = logging.getLogger(__name__)

_BLANK_MEAN = 16.0  # a frame darker than this on average ...
_BLANK_STD = 6.0  # ... or this flat carries no picture to label
_SAME_PICTURE = 3.0  # mean absolute difference (0-255, on the 224 px frames) under which a frame is not read again ...
_REREAD_S = 4.0  # ... unless this long has passed (a line typed in a terminal changes few pixels: 0.3 on average,
# as much as a blinking cursor in one spot; every 10 s missed "ls /usr" typed in an 8 s screencast shot)


@dataclass
class WindowFeatures:
    start: float
    end: float
    visual: list[tuple[str, float]] | None  # top ImageNet labels of the window's mean probabilities (+ "person"), best first
    frame_feature: np.ndarray | None  # [1280] mean pooled feature of the window's frames
    visual_probs: np.ndarray | None  # [1000] mean class probabilities
    audio: AudioDescriptors | None  # None: no audio here (no track, or beyond its end)
    transcript: str  # words whose middle falls in the window; "" when nothing was said
    words: int
    text_embedding: np.ndarray | None  # [384], None when nothing was said
    shot: bool = False  # a shot cut lies within half a window of this window's start
    fused: np.ndarray | None = None  # [384] fused embedding (MiniLM space)
    retrieval: np.ndarray | None = None  # [384] retrieval embedding
    boundary: float = 0.0
    salience: float = 0.0
    screen_text: list[str] = field(default_factory=list)  # lines of text read on screen, largest letters first
    objects: list[SeenThing] = field(default_factory=list)  # things the object detector saw, best first


@dataclass(frozen=True)
class SeenThing:
    label: str  # "cup", "bicycle" (models.objects.COCO_NAMES)
    score: float  # its best score in the window
    colour: str | None  # the colour of that best sighting's box, None when not told


@dataclass
class Timeline:
    window_s: float
    duration: float
    windows: list[WindowFeatures]
    shots: list[float] = field(default_factory=list)
    has_video: bool = False
    has_audio: bool = False


@dataclass
class _VisualSum:
    probs: np.ndarray
    features: np.ndarray
    count: int = 0
    face: float = 0.0  # the best face score of the window's frames (0: no detector, or no face)
    hands: int = 0  # the window's frames in which a hand is seen (0: no detector, or no hand)


class TimelineBuilder:
    def __init__(self, window_s: float = 2.0, *, frame_encoder=None, text_embedder=None,
                 fusion: TemporalFusion | None = None, top_k: int = 5, face_detector=None,
                 frame_aspect: float = 1.0, text_reader=None, text_every_s: float = 2.0, hand_detector=None,
                 object_detector=None) -> None:
        self.window_s = float(window_s)
        self.frame_encoder = frame_encoder
        self.face_detector = face_detector  # models.faces.FaceDetector, or None: no "person" label
        self.hand_detector = hand_detector  # models.hands.HandDetector, or None: no "hand" label
        self.frame_aspect = frame_aspect  # the source's width / height (the frames come squashed to a square)
        self.text_reader = text_reader  # models.ocr.TextReader, or None: no text read on screen
        self.object_detector = object_detector  # models.objects.ObjectDetector, or None: no objects
        self._objects: dict[int, dict[str, SeenThing]] = {}  # window -> label -> its best sighting
        self._detect_failed = False  # logged once
        self.text_every_s = float(text_every_s)
        self._text: dict[int, dict[str, float]] = {}  # window -> line -> letter height (fraction of the frame)
        self._last_read: tuple[float, np.ndarray, list, float] | None = None  # (time, 224 px frame, lines, time read)
        self._read_failed = False  # logged once
        self.text_embedder = text_embedder
        self.fusion = fusion
        self.top_k = top_k
        self._visual: dict[int, _VisualSum] = {}
        self._audio: dict[int, AudioDescriptors] = {}
        self._analyzer = AudioAnalyzer(self.window_s)
        self._frame_times: list[float] = []
        self._cut_scores: list[float] = []
        self._last_frame: tuple[np.ndarray, np.ndarray] | None = None  # (feature, histogram)
        self.has_video = False
        self.has_audio = False

    def add_frames(self, times: np.ndarray, frames: np.ndarray, stills: list[np.ndarray] | None = None) -> None:
        """Frames ``[N, 224, 224, 3]`` RGB uint8 sampled at ``times`` (s, increasing); ``stills``: the
        same frames larger, aspect kept (worker.decode.iter_frames' ``still_side``), to read text on."""
        if self.frame_encoder is None:
            raise RuntimeError("TimelineBuilder needs a frame_encoder to add frames")
        times = np.asarray(times, dtype=np.float64)
        if len(times) == 0:
            return
        self.has_video = True
        enc = self.frame_encoder.encode(frames)
        hist = color_histograms(frames)
        small = np.asarray(frames[:, ::4, ::4], dtype=np.float32)
        blank = (small.mean((1, 2, 3)) < _BLANK_MEAN) | (small.std((1, 2, 3)) < _BLANK_STD)
        feats, hists = enc.features, hist
        if self._last_frame is not None:
            feats = np.concatenate([self._last_frame[0][None], feats])
            hists = np.concatenate([self._last_frame[1][None], hists])
        self._cut_scores.extend(shot_scores(feats, hists).tolist())
        self._frame_times.extend(times.tolist())
        self._last_frame = (enc.features[-1], hist[-1])
        faces = np.zeros(len(times), np.float32)
        if self.face_detector is not None and not blank.all():
            faces[~blank] = self.face_detector.detect(frames[~blank], self.frame_aspect).scores
        hands = np.zeros(len(times), np.int32)
        if self.hand_detector is not None and not blank.all():
            hands[~blank] = self.hand_detector.count(frames[~blank], self.frame_aspect)
        for t, f, p, is_blank, face, hand in zip(times, enc.features, enc.probs, blank, faces, hands):
            if is_blank:
                continue
            acc = self._visual.get(self._index(t))
            if acc is None:
                acc = self._visual[self._index(t)] = _VisualSum(np.zeros(NUM_CLASSES, np.float64), np.zeros(FEATURE_DIM, np.float64))
            acc.probs += p
            acc.features += f
            acc.count += 1
            acc.face = max(acc.face, float(face))
            acc.hands += int(hand > 0)
        if self.object_detector is not None:
            for k, (t, is_blank) in enumerate(zip(times, blank)):
                if not is_blank:
                    self._detect(float(t), stills[k] if stills is not None else frames[k])
        if self.text_reader is not None and stills is not None:
            for t, small, still, is_blank in zip(times, frames, stills, blank):
                if not is_blank:
                    self._read_text(float(t), small, still)

    def _read_text(self, t: float, small: np.ndarray, still: np.ndarray) -> None:
        last = self._last_read
        if last is not None and t - last[0] < self.text_every_s - 1e-6:
            return
        small = small.astype(np.float32)
        if last is not None and t - last[3] < _REREAD_S and float(np.abs(small - last[1]).mean()) < _SAME_PICTURE:
            lines, read_at = last[2], last[3]  # the same picture: the same text
        else:
            lines, read_at = self._read(t, still), t
            if lines is None:  # the reader failed here: the next frame is read afresh
                return
        self._last_read = (t, small, lines, read_at)
        seen = self._text.setdefault(self._index(t), {})
        for line in lines:
            seen[line.text] = max(seen.get(line.text, 0.0), round(line.height, 4))

    def _read(self, t: float, still: np.ndarray) -> list | None:
        """The reader's lines; None where it fails on a frame (an optional enrichment must not fail the job)."""
        try:
            return self.text_reader.read(still)
        except Exception as exc:  # onnxruntime and OpenCV raise their own types
            if not self._read_failed:
                log.warning("text reader failed on a frame; no text read there",
                            extra={"time": round(t, 3), "error": f"{type(exc).__name__}: {exc}"[:300]})
            self._read_failed = True
            return None

    def _detect(self, t: float, image: np.ndarray) -> None:
        """The objects of one frame into its window's; none where the detector fails (an optional enrichment
        must not fail the job)."""
        try:
            seen = self.object_detector.detect(image)
        except Exception as exc:  # onnxruntime and OpenCV raise their own types
            if not self._detect_failed:
                log.warning("object detector failed on a frame; no objects there",
                            extra={"time": round(t, 3), "error": f"{type(exc).__name__}: {exc}"[:300]})
            self._detect_failed = True
            return
        window = self._objects.setdefault(self._index(t), {})
        for o in seen:
            if o.label not in window or o.score > window[o.label].score:
                window[o.label] = SeenThing(o.label, o.score, o.colour)

    def add_audio(self, start: float, samples: np.ndarray) -> None:
        """16 kHz mono float32 samples beginning at ``start`` s; chunks in time order."""
        self.has_audio = True
        for d in self._analyzer.feed(start, samples):
            self._audio[self._index(d.start)] = d

    def finish(self, segments: list[Segment], duration: float) -> Timeline:
        for d in self._analyzer.flush():
            self._audio[self._index(d.start)] = d
        n = max(1, math.ceil(duration / self.window_s - 1e-6)) if duration > 0 else 0
        texts, counts = window_texts(segments, n, self.window_s)
        spoken = [i for i in range(n) if texts[i]]
        embeddings = {}
        if spoken:
            if self.text_embedder is None:
                raise RuntimeError("TimelineBuilder needs a text_embedder when there is speech")
            for i, e in zip(spoken, self.text_embedder.embed([texts[i] for i in spoken])):
                embeddings[i] = e
        shots = cuts_from_scores(np.array(self._frame_times), np.array(self._cut_scores)) if self._cut_scores else []
        shot_steps = {int(math.floor(c / self.window_s + 0.5)) for c in shots}

        windows = []
        for i in range(n):
            start, end = i * self.window_s, min((i + 1) * self.window_s, duration)
            acc = self._visual.get(i)
            probs = (acc.probs / acc.count).astype(np.float32) if acc else None
            windows.append(WindowFeatures(
                start=round(start, 3), end=round(end, 3),
                visual=_with_people(top_labels(probs, self.top_k), acc) if acc else None,
                frame_feature=(acc.features / acc.count).astype(np.float32) if acc else None,
                visual_probs=probs, audio=self._audio.get(i), transcript=texts[i], words=counts[i],
                text_embedding=embeddings.get(i), shot=i in shot_steps and i > 0,
                screen_text=sorted(self._text.get(i, {}), key=lambda line: -self._text[i][line]),
                objects=sorted(self._objects.get(i, {}).values(), key=lambda o: -o.score),
            ))
        timeline = Timeline(self.window_s, float(duration), windows, shots, self.has_video, self.has_audio)
        if self.fusion is not None:
            apply_fusion(self.fusion, timeline)
        return timeline

    def _index(self, t: float) -> int:
        return int(math.floor(t / self.window_s + 1e-9))


def _with_people(labels: list[tuple[str, float]], seen: _VisualSum) -> list[tuple[str, float]]:
    """The classifier's labels and what the face and hand detectors saw: "person" with the best face
    score, "hand" with the share of the window's frames it is seen in."""
    extra = [(PERSON_LABEL, seen.face)] if seen.face >= FACE_MIN else []
    if seen.hands and seen.count:
        extra.append((HAND_LABEL, round(seen.hands / seen.count, 4)))
    return sorted([*labels, *extra], key=lambda item: -item[1]) if extra else labels


def window_texts(segments: list[Segment], n: int, window_s: float) -> tuple[list[str], list[int]]:
    """Words to windows by the middle of each word; a segment without word timings is spread
    evenly over its span."""
    buckets: list[list[str]] = [[] for _ in range(n)]
    for seg in segments:
        if seg.words:  # Whisper's words carry their own leading space ("ill", "-disposed")
            timed = [((w.start + w.end) / 2, w.word) for w in seg.words]
        else:
            tokens = seg.text.split()
            step = (seg.end - seg.start) / max(len(tokens), 1)
            timed = [(seg.start + (k + 0.5) * step, " " + tok) for k, tok in enumerate(tokens)]
        for t, word in timed:
            if word.strip() and n:
                buckets[min(max(int(t // window_s), 0), n - 1)].append(word)
    return [" ".join("".join(b).split()) for b in buckets], [len(b) for b in buckets]


def fusion_inputs(windows: list[WindowFeatures]) -> FusionInputs:
    """One sequence (batch of 1) of fusion inputs; absent modalities are flagged, not faked."""
    T = len(windows)
    present = np.zeros((T, 3), bool)
    probs = np.zeros((T, NUM_CLASSES), np.float32)
    feats = np.zeros((T, FEATURE_DIM), np.float32)
    audio = np.zeros((T, len(VECTOR_NAMES)), np.float32)
    text = np.zeros((T, 384), np.float32)
    rate = np.zeros(T, np.float32)
    for i, w in enumerate(windows):
        if w.visual_probs is not None:
            present[i, 0] = True
            probs[i] = w.visual_probs
            feats[i] = w.frame_feature
        if w.audio is not None:
            present[i, 1] = True
            audio[i] = w.audio.vector()
        if w.text_embedding is not None:
            present[i, 2] = True
            text[i] = w.text_embedding
            rate[i] = w.words / max(w.end - w.start, 1e-3)

    def t(a: np.ndarray) -> torch.Tensor:
        return torch.from_numpy(np.ascontiguousarray(a))[None]

    return FusionInputs(
        starts=t(np.array([w.start for w in windows], np.float32)), ends=t(np.array([w.end for w in windows], np.float32)),
        visual_probs=t(probs), visual_features=t(feats), audio=t(audio), text=t(text), present=t(present),
        shot=t(np.array([float(w.shot) for w in windows], np.float32)), speech_rate=t(rate),
    )


def apply_fusion(model: TemporalFusion, timeline: Timeline) -> None:
    if not timeline.windows:
        return
    with torch.inference_mode():
        out = model(fusion_inputs(timeline.windows))
    for i, w in enumerate(timeline.windows):
        valid = bool(out.valid[0, i])
        w.fused = out.fused[0, i].numpy().copy() if valid else None
        w.retrieval = out.retrieval[0, i].numpy().copy() if valid else None
        w.boundary = float(out.boundary[0, i])
        w.salience = float(out.salience[0, i])


def retrieval_matrix(timeline: Timeline) -> np.ndarray:
    """``[T, 384]`` retrieval embeddings (zero rows where nothing was present), for search."""
    return np.stack([w.retrieval if w.retrieval is not None else np.zeros(384, np.float32) for w in timeline.windows]) \
        if timeline.windows else np.zeros((0, 384), np.float32)


def timeline_to_json(timeline: Timeline) -> dict:
    return {
        "window_s": timeline.window_s,
        "duration": round(timeline.duration, 3),
        "modalities": {"video": timeline.has_video, "audio": timeline.has_audio,
                       "transcript": any(w.transcript for w in timeline.windows)},
        "shots": [round(s, 3) for s in timeline.shots],
        "windows": [
            {
                "start": w.start,
                "end": w.end,
                "visual": [{"label": label, "score": round(score, 4)} for label, score in w.visual] if w.visual else None,
                "audio": _audio_json(w.audio),
                "transcript": w.transcript,
                "salience": round(w.salience, 4),
                "boundary": round(w.boundary, 4),
                "shot": w.shot,
                **({"text": w.screen_text} if w.screen_text else {}),
                **({"objects": [{"label": o.label, "score": round(o.score, 4), "colour": o.colour} for o in w.objects]}
                   if w.objects else {}),
            }
            for w in timeline.windows
        ],
    }


def _audio_json(a: AudioDescriptors | None) -> dict | None:
    if a is None:
        return None
    d = a.to_dict()
    d.pop("start")
    d.pop("end")
    return d
