"""Models a worker process holds, loaded once per process (after Celery's fork, never before)."""

from __future__ import annotations

import logging
import os
import threading

import torch
from faster_whisper import WhisperModel
from faster_whisper.vad import VadOptions

from models.asr import ModelUnavailable, load_whisper
from models.faces import FaceDetector, FaceModelUnavailable
from models.hands import HandDetector, HandModelUnavailable
from models.objects import ObjectDetector, ObjectModelUnavailable
from models.ocr import TextModelUnavailable, TextReader
from models.speakers import SpeakerEncoder, SpeakerModelUnavailable
from models.frames import FrameEncoder
from models.fusion import TemporalFusion, load_fusion
from models.text import TextEmbedder
from vidsense.settings import Settings
from worker.errors import JobError

log = logging.getLogger(__name__)


def default_threads(settings: Settings) -> int:
    if settings.asr_threads > 0:
        return settings.asr_threads
    return max(1, (os.cpu_count() or 1) // max(1, settings.worker_concurrency))


class ModelCache:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.threads = default_threads(settings)
        torch.set_num_threads(max(1, settings.torch_threads))
        self._whisper: dict[str, WhisperModel] = {}
        self._frames: FrameEncoder | None = None
        self._optional_models: dict[str, FaceDetector | HandDetector | ObjectDetector | SpeakerEncoder | TextReader] = {}  # detectors, readers
        self._optional_errors: dict[str, str] = {}  # why one of them cannot load
        self._text: TextEmbedder | None = None
        self._fusion: TemporalFusion | None = None
        self._llm = None
        self._llm_error: str | None = None
        self._lock = threading.Lock()

    def whisper(self, name: str) -> WhisperModel:
        with self._lock:
            if name not in self._whisper:
                try:
                    self._whisper[name] = load_whisper(
                        name,
                        models_dir=self.settings.models_path,
                        device=self.settings.asr_device,
                        compute_type=self.settings.asr_compute_type,
                        threads=self.threads,
                    )
                except ModelUnavailable as exc:
                    raise JobError("model_unavailable", str(exc)) from exc
                log.info("speech model loaded", extra={"model": name, "threads": self.threads})
            return self._whisper[name]

    def vad_options(self) -> VadOptions:
        return VadOptions()

    def frame_encoder(self) -> FrameEncoder:
        with self._lock:
            if self._frames is None:
                self._frames = FrameEncoder.load(self.settings.models_path, threads=self.settings.torch_threads)
            return self._frames

    def face_detector(self) -> FaceDetector | None:
        """The face detector, or None when faces are off (``VIDSENSE_FACES=0``) or its model cannot load;
        then the timeline has no "person" label, and the reason is logged once."""
        return self._optional("face detector", self.settings.faces, FaceModelUnavailable, "no 'person' label",
                              lambda: FaceDetector.load(self.settings.models_path))

    def hand_detector(self) -> HandDetector | None:
        """The hand detector, or None when hands are off (``VIDSENSE_HANDS=0``) or its models cannot load;
        then the timeline has no "hand" label, and the reason is logged once."""
        return self._optional("hand detector", self.settings.hands, HandModelUnavailable, "no 'hand' label",
                              lambda: HandDetector.load(self.settings.models_path))

    def speaker_encoder(self) -> SpeakerEncoder | None:
        """The voice encoder, or None when speakers are off (``VIDSENSE_SPEAKERS=0``) or its weights cannot load;
        then transcript segments have no speaker number, and the reason is logged once."""
        return self._optional("voice encoder", self.settings.speakers, SpeakerModelUnavailable, "no speaker numbers",
                              lambda: SpeakerEncoder.load(self.settings.models_path))

    def text_reader(self) -> TextReader | None:
        """The on-screen text reader, or None when reading is off (``VIDSENSE_READ_TEXT=0``) or its models
        cannot load; then the timeline has no text, and the reason is logged once."""
        return self._optional("text reader", self.settings.read_text, TextModelUnavailable, "no text read on screen",
                              lambda: TextReader.load(self.settings.models_path, threads=self.settings.torch_threads))

    def object_detector(self) -> ObjectDetector | None:
        """The object detector, or None when objects are off (``VIDSENSE_OBJECTS=0``) or its model cannot load;
        then the timeline has no objects, and the reason is logged once."""
        return self._optional("object detector", self.settings.objects, ObjectModelUnavailable, "no objects",
                              lambda: ObjectDetector.load(self.settings.models_path, threads=self.settings.torch_threads))

    def _optional(self, name: str, enabled: bool, unavailable: type[Exception], without: str, load):
        """An optional model, loaded once; None when off or when it cannot load (an optional model must not
        fail jobs: the reason is logged once, and the timeline goes without what it adds)."""
        if not enabled:
            return None
        with self._lock:
            if name not in self._optional_models and name not in self._optional_errors:
                try:
                    self._optional_models[name] = load()
                    log.info(f"{name} loaded")
                except unavailable as exc:
                    self._optional_errors[name] = str(exc)
                    log.warning(f"{name} unavailable; the timeline has {without}", extra={"error": str(exc)})
            return self._optional_models.get(name)

    def text_embedder(self) -> TextEmbedder:
        with self._lock:
            if self._text is None:
                self._text = TextEmbedder.load(threads=self.settings.torch_threads)
            return self._text

    def fusion(self) -> TemporalFusion:
        embedder = self.text_embedder()
        with self._lock:
            if self._fusion is None:
                checkpoint = self.settings.fusion_checkpoint
                try:
                    self._fusion = load_fusion(checkpoint, text_embedder=embedder, models_dir=self.settings.models_path)
                except (OSError, RuntimeError, KeyError) as exc:
                    raise JobError("model_unavailable", f"cannot load the fusion checkpoint {checkpoint}: {exc}") from exc
                log.info("fusion model loaded", extra={"checkpoint": str(checkpoint) if checkpoint else "designed"})
            return self._fusion

    def llm(self):
        """The summary LLM, or None when none is configured (``VIDSENSE_LLM_MODEL``) or it
        cannot load; then summaries are extractive, and the reason is logged once."""
        name = self.settings.llm_model.strip()
        if not name:
            return None
        with self._lock:
            if self._llm is None and self._llm_error is None:
                from models.llm import load_llm

                try:
                    self._llm = load_llm(name, self.settings.models_path, threads=self.threads)
                    log.info("summary LLM loaded", extra={"model": name})
                except Exception as exc:  # a missing optional model must not fail jobs
                    self._llm_error = f"{type(exc).__name__}: {exc}"
                    log.warning("summary LLM unavailable; summaries stay extractive",
                                extra={"model": name, "error": self._llm_error})
            return self._llm

    def preload(self, asr_model: str) -> None:
        self.whisper(asr_model)
        self.frame_encoder()
        self.face_detector()
        self.hand_detector()
        self.object_detector()
        self.speaker_encoder()
        self.fusion()
        self.llm()
