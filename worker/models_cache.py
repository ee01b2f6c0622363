"""Models a worker process holds, loaded once per process (after Celery's fork, never before)."""

from __future__ import annotations

import logging
import os
import threading

from faster_whisper import WhisperModel
from faster_whisper.vad import VadOptions

from models.asr import ModelUnavailable, load_whisper
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
        self._whisper: dict[str, WhisperModel] = {}
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
