"""The one settings object, read from the environment (`VIDSENSE_*`, `REDIS_URL`, `DATABASE_URL`).

Every field is documented in the README's settings table; keep the two in step.
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VIDSENSE_", extra="ignore")

    # Where uploads, artifacts, the SQLite database and assembled models live.
    data_dir: Path = Path("./data")
    models_dir: Path | None = None  # where assembled models are kept; default DATA_DIR/models
    # Services.
    redis_url: str = Field("redis://127.0.0.1:6379/0", validation_alias=AliasChoices("REDIS_URL", "VIDSENSE_REDIS_URL"))
    database_url: str | None = Field(None, validation_alias=AliasChoices("DATABASE_URL", "VIDSENSE_DATABASE_URL"))
    # API.
    api_keys: str = ""  # comma-separated; empty means `vidsense up` makes one
    max_upload_bytes: int = 2 * 1024**3
    # Media limits, checked at submit where possible and again in the worker.
    max_duration_s: float = 4 * 3600.0
    max_frame_pixels: int = 4096 * 2160
    # Decoding.
    frame_rate: float = 1.0  # frames sampled per second of video, kept for the visual stages
    # Seeing and hearing (timeline, chapters).
    window_s: float = 2.0  # the timeline's time step
    fusion_checkpoint: Path | None = None  # a `vidsense train-fusion` checkpoint; none: the designed weights
    torch_threads: int = 1  # torch/onnxruntime threads for the encoders (1 measured fastest beside Whisper)
    # Faces: windows where a face is seen get a "person" visual label (models/faces.py, MediaPipe's BlazeFace
    # full-range, about 10 ms a frame). Needs face_detection_full_range_sparse.tflite in the models folder
    # (`python -m models.faces fetch`, run by scripts/setup.sh); without it the worker warns once and goes on.
    faces: bool = True
    # Hands: windows where a hand is seen get a "hand" visual label (models/hands.py, MediaPipe's palm detector
    # and hand landmark model, 7-16 ms a frame). Needs palm_detection_full.tflite and hand_landmark_full.tflite
    # in the models folder (`python -m models.hands fetch`, run by scripts/setup.sh); without them the worker
    # warns once and goes on.
    hands: bool = True
    # Speakers: each transcript segment is numbered by its voice (models/speakers.py, Resemblyzer's GE2E voice
    # encoder), for "when does the second speaker come in?"; its weights come from the Resemblyzer 0.1.4 wheel into
    # the models folder (`python -m models.speakers fetch`, run by scripts/setup.sh); without them the worker warns
    # once and goes on without speaker numbers.
    speakers: bool = True
    # Text on screen (models/ocr.py, PP-OCRv4 detector + recogniser, 0.05-0.1 s a frame without text, 0.3-0.6 s
    # with): a frame is read every `text_every_s` seconds while the picture changes. Needs the two models in
    # the models folder (`python -m models.ocr fetch`, run by scripts/setup.sh); without them the worker warns once.
    read_text: bool = True
    # Objects: the 80 COCO things (a bicycle, a car, a cup ...) and each one's colour, in every frame (models/objects.py,
    # YOLOv5, 50-70 ms a frame), for "what colour is the cup?". Needs yolov5_coco.onnx in the models folder
    # (`python -m models.objects fetch`, run by scripts/setup.sh); without it the worker warns once and goes on.
    objects: bool = True
    text_every_s: float = 2.0
    # Summaries and answers.
    llm_model: str = ""  # an LLM for abstractive summaries (a packaged alias or a .gguf path); empty: extractive only
    # An LLM that reads the transcript for questions the answering rules find no answer to (vidsense/reader.py), in the
    # process that answers (API, `vidsense ask`); a packaged alias or a .gguf path; empty: the rules alone
    answer_llm: str = ""
    # WordNet's folder (Debian's wordnet-base): synonyms match questions worded unlike the speech (vidsense/wordnet.py)
    wordnet_dir: Path = Path("/usr/share/wordnet")
    # Speech recognition.
    asr_model: str = "base"  # "base" and "tiny.en" ship in PyPI packages; else a CTranslate2 folder or hub name
    asr_device: str = "auto"  # auto | cpu | cuda
    asr_compute_type: str = "auto"  # auto: float16 on cuda, int8 on cpu
    asr_threads: int = 0  # 0: as many as the worker's cores / its processes
    asr_beam_size: int = 5
    asr_first_window_s: float = 10.0  # a short first window so the first segments arrive fast
    asr_window_s: float = 30.0  # later windows; cut only at silences the VAD finds
    asr_translate: bool = True  # speech in another language also gets an English translation (multilingual models)
    # Worker.
    worker_concurrency: int = 1
    task_time_limit_s: int = 6 * 3600  # hard limit of one job
    visibility_timeout_s: int = 7 * 3600  # above the longest task, so Redis never redelivers a live one
    events_maxlen: int = 100_000
    events_ttl_s: int = 7 * 24 * 3600
    log_level: str = "INFO"
    log_json: bool = True
    # -- Faults and limits (issue 6): recovery of jobs whose worker died, per-key limits, CORS. --
    job_lease_s: int = 30  # a running job holds a lease in Redis, renewed every lease/6 s; one without is orphaned
    reaper_interval_s: float = 10.0  # how often each worker looks for orphaned jobs to re-send (and once at start)
    max_attempts: int = 5  # starts of one job before it fails with `too_many_attempts` (a crash loop)
    rate_limit_per_minute: int = 1200  # requests per API key a minute (token bucket, bursts up to it); 0: off
    max_active_jobs_per_key: int = 20  # queued + running jobs per API key; over it, submit answers 429; 0: off
    cors_origins: str = ""  # comma-separated origins for CORS; empty: no CORS middleware at all
    # -- Scale-out (issue 5): long media split into chunks processed in parallel by several workers. --
    chunk_s: float = 600.0  # media longer than 1.5 x this is split into chunks of about this length; 0: never
    chunk_edge_search_s: float = 5.0  # a chunk edge moves to the quietest point within this of its nominal time
    chunk_queues: str = ""  # comma-separated queues the chunk tasks are spread over (e.g. "vidsense-gpu,vidsense"); empty: "vidsense"
    # FAULT INJECTION HOOK, for tests only: a job whose file name starts with "fault-hang" hangs at the start
    # of this stage ("fault-hang-hard" also ignores the soft time limit). Empty (the default): no effect.
    fault_hang_stage: str = ""

    @cached_property
    def db_url(self) -> str:
        # resolve() makes system calls: once per settings object (the API reads it on every request)
        return self.database_url or f"sqlite:///{(self.data_dir / 'vidsense.db').resolve()}"

    @property
    def api_key_list(self) -> list[str]:
        return [k.strip() for k in self.api_keys.split(",") if k.strip()]

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def jobs_dir(self) -> Path:
        return self.data_dir / "jobs"

    @property
    def models_path(self) -> Path:
        return self.models_dir or self.data_dir / "models"


@lru_cache
def get_settings() -> Settings:
    return Settings()
