"""The `vidsense` command as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import srt

from conftest import REPO, media, reference_text, wer
from worker.subtitles import validate_cues
from worker.types import Cue

COMMANDS = ["up", "api", "worker", "analyze", "train-fusion", "submit", "status", "queue", "fetch"]


def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env_models = {"VIDSENSE_MODELS_DIR": str(REPO / ".cache" / "models")}
    import os

    return subprocess.run([sys.executable, "-m", "vidsense.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO, env=dict(os.environ, **env_models))


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help(command):
    r = run(*([command] if command else []), "--help")
    assert r.returncode == 0 and "usage: vidsense" in r.stdout


def test_analyze_writes_the_api_formats(tmp_path):
    out = tmp_path / "out"
    r = run("analyze", str(media("video/jfk_bikes.mp4")), "--out", str(out))
    assert r.returncode == 0, r.stderr
    transcript = json.loads((out / "transcript.json").read_text())
    assert wer(reference_text("jfk"), " ".join(s["text"] for s in transcript["segments"])) <= 0.10
    assert transcript["duration"] == pytest.approx(11.0, abs=0.1)
    cues = [Cue(s.start.total_seconds(), s.end.total_seconds(), tuple(s.content.split("\n")))
            for s in srt.parse((out / "subtitles.srt").read_text())]
    assert cues and validate_cues(cues) == []
    assert (out / "subtitles.vtt").read_text().startswith("WEBVTT")
    assert not (out / "subtitles.en.srt").exists()  # English speech: no translated track
    assert json.loads((out / "media.json").read_text())["has_video"] is True
    assert "ask not what your country" in r.stdout.lower()  # segments printed as they come
    timeline = json.loads((out / "timeline.json").read_text())
    assert timeline["modalities"] == {"video": True, "audio": True, "transcript": True}
    assert len(timeline["windows"]) == 6 and timeline["windows"][0]["visual"] and timeline["windows"][0]["audio"]
    assert "ask not" in " ".join(w["transcript"] for w in timeline["windows"]).lower()
    chapters = json.loads((out / "chapters.json").read_text())["chapters"]
    assert chapters[0]["start"] == 0 and chapters[-1]["end"] == pytest.approx(11.0, abs=0.1)
    assert all(c["title"] for c in chapters)


@pytest.mark.parametrize("clip,video,audio,speech", [
    ("speech/jfk.wav", False, True, True),  # audio only
    ("video/bikes.mp4", True, False, False),  # no audio track
])
def test_analyze_works_with_the_modalities_a_file_has(tmp_path, clip, video, audio, speech):
    r = run("analyze", str(media(clip)), "--out", str(tmp_path), "--quiet")
    assert r.returncode == 0, r.stderr
    timeline = json.loads((tmp_path / "timeline.json").read_text())
    assert timeline["modalities"] == {"video": video, "audio": audio, "transcript": speech}
    windows = timeline["windows"]
    assert all((w["visual"] is not None) == video for w in windows)
    assert all((w["audio"] is not None) == audio for w in windows)
    assert json.loads((tmp_path / "chapters.json").read_text())["chapters"]


def test_analyze_reports_bad_input_clearly(tmp_path):
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"\x00\x01" * 5000)
    r = run("analyze", str(junk), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "not_media" in r.stderr
    r = run("analyze", str(tmp_path / "missing.mp4"), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "no such file" in r.stderr
    r = run("analyze", str(media("speech/jfk.wav")), "--out", str(tmp_path / "o"), "--asr-model", "tiny.en",
            "--task", "translate")
    assert r.returncode == 2 and "bad_option" in r.stderr


def test_train_fusion_checkpoint_is_used_by_analyze(tmp_path):
    import os

    checkpoint = tmp_path / "fusion.pt"
    r = run("train-fusion", str(media("video/jfk_bikes.mp4").parent), "--out", str(checkpoint), "--epochs", "30")
    assert r.returncode == 0 and checkpoint.is_file(), r.stderr
    line = next(l for l in r.stdout.splitlines() if l.startswith("held-out loss"))
    before, after = (float(x) for x in line.split("(")[0].split()[2::2])
    assert after < before, line

    clip = str(media("video/librivox_city.mp4"))
    designed = run("analyze", clip, "--out", str(tmp_path / "designed"), "--quiet")
    env = dict(os.environ, VIDSENSE_FUSION_CHECKPOINT=str(checkpoint), VIDSENSE_MODELS_DIR=str(REPO / ".cache" / "models"))
    trained = subprocess.run([sys.executable, "-m", "vidsense.cli", "analyze", clip, "--out", str(tmp_path / "trained"),
                              "--quiet"], capture_output=True, text=True, cwd=REPO, env=env, timeout=300)
    assert designed.returncode == 0 and trained.returncode == 0, trained.stderr
    boundaries = [[w["boundary"] for w in json.loads((tmp_path / d / "timeline.json").read_text())["windows"]]
                  for d in ("designed", "trained")]
    assert boundaries[0] != boundaries[1]

    env["VIDSENSE_FUSION_CHECKPOINT"] = str(tmp_path / "missing.pt")
    broken = subprocess.run([sys.executable, "-m", "vidsense.cli", "analyze", clip, "--out", str(tmp_path / "x")],
                            capture_output=True, text=True, cwd=REPO, env=env, timeout=300)
    assert broken.returncode == 2 and "model_unavailable" in broken.stderr


def test_the_api_process_never_imports_torch_or_the_models():
    code = ("import sys; from api.app import create_app; create_app(); "
            "heavy = [m for m in ('torch', 'faster_whisper', 'ctranslate2', 'decord', 'onnxruntime') if m in sys.modules]; "
            "print(heavy); sys.exit(1 if heavy else 0)")
    import os

    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60,
                       env=dict(os.environ, VIDSENSE_DATA_DIR=str(REPO / ".cache" / "api-import-check")))
    assert r.returncode == 0, r.stdout + r.stderr
