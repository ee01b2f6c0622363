"""Cost of the understanding stages per minute of video, next to transcription's, in one run.

For each real clip that has both pictures and sound, the stages run on the same decoded data:
frame encoding (EfficientNet-lite0, ONNX, frames sampled at --fps), audio descriptors, text
embedding of the windows' words, and fusion; transcription is faster-whisper (int8, --threads)
with word timestamps and the VAD, as the worker runs it. Every model is loaded and warmed up
before timing. Decoding is reported too but belongs to neither side (the worker decodes once
for both). The target: new stages <= 30% of transcription time on the CPU at 1 frame/s.

    python bench/understand_cost.py                      # the shared clips, Whisper base and tiny.en
    python bench/understand_cost.py clip.mp4 --asr base --repeat 3
"""

from __future__ import annotations

import torch  # before decord: decord2 preloads CUDA libraries whose BLAS breaks torch's CPU BLAS

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.asr import load_whisper  # noqa: E402
from models.audio_features import AudioAnalyzer  # noqa: E402
from models.frames import FrameEncoder  # noqa: E402
from models.fusion import load_fusion  # noqa: E402
from models.text import TextEmbedder  # noqa: E402
from models.train_fusion import decode_audio, transcribe  # noqa: E402
from worker.understand import TimelineBuilder, apply_fusion, window_texts  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "media" / "video"
STAGES = ("frames", "audio", "text", "fusion")


def decode_frames(path: Path, fps: float) -> tuple[np.ndarray, np.ndarray, float]:
    import decord

    vr = decord.VideoReader(str(path), width=224, height=224)
    rate = vr.get_avg_fps()
    duration = len(vr) / rate
    times = np.arange(0.0, duration, 1.0 / fps)
    frames = vr.get_batch([min(int(round(t * rate)), len(vr) - 1) for t in times]).asnumpy()
    return times, frames, duration


def measure_clip(path: Path, fps: float, window_s: float, enc, text, fusion, whispers: dict) -> dict:
    t = {}
    t0 = time.perf_counter()
    times, frames, duration = decode_frames(path, fps)
    audio = decode_audio(path)
    t["decode"] = time.perf_counter() - t0

    for name, model in whispers.items():
        t0 = time.perf_counter()
        segments = transcribe(model, audio)
        t[f"asr:{name}"] = time.perf_counter() - t0

    builder = TimelineBuilder(window_s, frame_encoder=enc, text_embedder=text)
    t0 = time.perf_counter()
    for i in range(0, len(frames), 16):
        builder.add_frames(times[i:i + 16], frames[i:i + 16])
    t["frames"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    analyzer = AudioAnalyzer(window_s)
    for i in range(0, len(audio), 16000 * 30):
        analyzer.feed(i / 16000, audio[i:i + 16000 * 30])
    analyzer.flush()
    t["audio"] = time.perf_counter() - t0
    builder.add_audio(0.0, audio)  # (not timed again) so that finish() has the descriptors

    n = int(np.ceil(duration / window_s))
    texts, _ = window_texts(segments, n, window_s)
    t0 = time.perf_counter()
    text.embed([x for x in texts if x])
    t["text"] = time.perf_counter() - t0

    timeline = builder.finish(segments, duration)  # embeds again, untimed; fusion is timed alone
    t0 = time.perf_counter()
    apply_fusion(fusion, timeline)
    t["fusion"] = time.perf_counter() - t0
    t["duration"] = duration
    return t


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("clips", nargs="*", type=Path, help="video files with sound (default: the shared clips)")
    parser.add_argument("--fps", type=float, default=1.0, help="frames sampled per second (default 1)")
    parser.add_argument("--window", type=float, default=2.0, help="window length in s (default 2)")
    parser.add_argument("--asr", nargs="+", default=["base", "tiny.en"], help="Whisper models to compare against")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads for each model (default 2)")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the clips (default 2)")
    parser.add_argument("--models-dir", type=Path, default=Path(tempfile.gettempdir()) / "vidsense-bench-models")
    args = parser.parse_args(argv)

    clips = args.clips or [p for p in sorted(SHARED.iterdir()) if p.suffix in {".mp4", ".mpg", ".avi"}]
    clips = [p for p in clips if decode_audio(p) is not None]
    if not clips:
        parser.error("no clip with an audio track")
    torch.set_num_threads(1)  # fusion's tensors are small: more threads only spin
    enc = FrameEncoder.load(args.models_dir, threads=args.threads)
    text = TextEmbedder.load(threads=args.threads)
    fusion = load_fusion(None, text_embedder=text, models_dir=args.models_dir)
    whispers = {name: load_whisper(name, models_dir=args.models_dir, device="cpu", compute_type="int8", threads=args.threads)
                for name in args.asr}
    measure_clip(clips[0], args.fps, args.window, enc, text, fusion, whispers)  # warm-up, not counted

    totals: dict[str, float] = {}
    for _ in range(args.repeat):
        for clip in clips:
            for k, v in measure_clip(clip, args.fps, args.window, enc, text, fusion, whispers).items():
                totals[k] = totals.get(k, 0.0) + v
    minutes = totals.pop("duration") / 60.0
    per_min = {k: v / minutes for k, v in totals.items()}
    new = sum(per_min[s] for s in STAGES)

    print(f"{len(clips)} clips x {args.repeat} passes = {minutes * 60:.1f} s of video; {args.fps:g} frame/s, "
          f"{args.window:g} s windows, {args.threads} threads")
    print(f"{'stage':<28}{'s per min of video':>20}")
    for s in STAGES:
        print(f"{s:<28}{per_min[s]:>20.3f}")
    print(f"{'new stages, total':<28}{new:>20.3f}")
    print(f"{'(decode, shared)':<28}{per_min['decode']:>20.3f}")
    for name in args.asr:
        asr = per_min[f"asr:{name}"]
        print(f"{'transcription ' + name:<28}{asr:>20.3f}   new/transcription = {100 * new / asr:.0f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
