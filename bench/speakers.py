"""Who speaks: the speaker numbers of models/speakers.py against the pitch register, on conversations composed
from real recordings whose speakers are known.

Each conversation strings together 6 to 10 whole recordings of 2 to 4 speakers, in a seeded random order, 1 s
apart: Allison (the Asterisk prompts, a woman), the Warzone 2100 narrator (a man), the LibriVox reader of
../shared/media (a man), June (French prompts, a woman), Carlo (Italian prompts, a man) and the MFA test
corpus' man (with and without a cold). It is heard three ways: as recorded, over a telephone line (300-3400 Hz,
hiss at -45 dBFS) and as an old tape (200-4000 Hz, hiss at -30 dBFS). Each recording is cut into pieces of
0.8 to 4.5 s (seeded), the size of transcript segments. The tracker is fed the audio in 1 s chunks and numbers
each piece as the worker numbers a transcript segment: live, as it comes (the numbers of the live events),
and finally, all at once when everything is heard (``SpeakerTracker.final``, the numbers written out).

Measured per condition, over all conversations:
- numbered: the pieces given a number (one under 0.5 s of speech is not; live, one under 1.5 s may not be);
- pairs right: of the pairs of numbered pieces in one conversation, those the numbers call the same
  speaker or two as they are;
- speakers off: the mean of |speakers numbered - speakers there| per conversation;
- onsets right: of the speakers after the first, those whose first piece is where a new number first
  appears (what "when does the second speaker come in?" reads);
- ms per s: the tracker's CPU time per second of audio.
The baseline beside it is the pitch register of vidsense/voices.py (low under 160 Hz, high over 175 Hz), which
was all that told voices apart before: the same register reads as the same speaker.

    .venv/bin/python bench/fetch_voices.py      # the recordings (once)
    .venv/bin/python bench/speakers.py          # about a minute on 2 cores
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.common import MEDIA, markdown_table  # noqa: E402

SPEAKERS = {  # who: the recordings (.cache/voices names, or speech/... of the shared media)
    "allison": ["asterisk_allison_basic_pbx_ivr_main", "asterisk_allison_demo_abouttotry",
                "asterisk_allison_demo_congrats", "asterisk_allison_demo_echotest", "asterisk_allison_demo_moreinfo",
                "asterisk_allison_dir_intro", "asterisk_allison_priv_callee_options", "asterisk_allison_tt_allbusy"],
    "narrator": ["wz2100_tut01", "wz2100_tut02", "wz2100_tut03", "wz2100_tut04", "wz2100_tut07", "wz2100_tut08",
                 "wz2100_tut09", "wz2100_tut10"],
    "reader": ["speech/librivox-0870.wav", "speech/librivox-0880.wav", "speech/librivox-0890.wav"],
    "june": ["asterisk_june_fr_confbridge_only_participant", "asterisk_june_fr_dir_intro",
             "asterisk_june_fr_followme_status", "asterisk_june_fr_queue_periodic_announce",
             "asterisk_june_fr_ss_noservice"],
    "carlo": ["asterisk_carlo_it_demo_echotest", "asterisk_carlo_it_tt_allbusy", "asterisk_carlo_it_vm_newuser"],
    "mfa_man": ["mfa_acoustic_corpus", "mfa_cold_corpus", "mfa_cold_corpus3"],
}
CONDITIONS = {"as recorded": None, "telephone": (300.0, 3400.0, -45.0), "old tape": (200.0, 4000.0, -30.0)}
SR = 16000
GAP_S = 1.0
MAX_RECORDING_S = 12.0  # a longer recording is cut there (the MFA corpora run for a minute)
PIECE_S = (0.8, 4.5)  # the lengths a recording is cut into, like transcript segments


@dataclass
class Conversation:
    who: list[str]  # the speaker of each piece, in order
    audio: np.ndarray
    spans: list[tuple[float, float]]  # each piece's time in the audio


def load(name: str, voices: Path) -> np.ndarray:
    from faster_whisper import decode_audio

    path = MEDIA / name if name.startswith("speech/") else voices / f"{name}.wav"
    if not path.is_file():
        raise SystemExit(f"{path} is missing: run .venv/bin/python bench/fetch_voices.py")
    return decode_audio(str(path), sampling_rate=SR)[: int(MAX_RECORDING_S * SR)]


def compose(rng: random.Random, clips: dict[str, list[np.ndarray]]) -> Conversation:
    speakers = rng.sample(sorted(clips), rng.randint(2, 4))
    n = rng.randint(max(6, len(speakers)), 10)
    who = speakers + [rng.choice(speakers) for _ in range(n - len(speakers))]
    rng.shuffle(who)
    parts, pieces, spans, t = [], [], [], 0.0
    for w in who:
        clip = rng.choice(clips[w])
        parts += [clip, np.zeros(int(GAP_S * SR), np.float32)]
        a, b = t, t + len(clip) / SR
        while b - a > PIECE_S[0] / 2:  # transcript-sized pieces
            d = min(b - a, rng.uniform(*PIECE_S))
            pieces.append(w)
            spans.append((a, a + d))
            a += d
        t += len(clip) / SR + GAP_S
    return Conversation(pieces, np.concatenate(parts), spans)


def degrade(audio: np.ndarray, condition, seed: int) -> np.ndarray:
    if condition is None:
        return audio
    import torch
    import torchaudio.functional as F

    low, high, hiss_dbfs = condition
    x = torch.from_numpy(audio.copy())
    centre = (low * high) ** 0.5
    x = F.bandpass_biquad(F.bandpass_biquad(x, SR, centre, centre / (high - low)), SR, centre, centre / (high - low))
    y = x.numpy()
    y = y / max(float(np.abs(y).max()), 1e-6) * 0.5
    noise = np.random.default_rng(seed).standard_normal(len(y)).astype(np.float32) * 10 ** (hiss_dbfs / 20)
    return (y + noise).astype(np.float32)


def by_voice(conv: Conversation, audio: np.ndarray, encoder) -> tuple[list[int | None], list[int | None], float]:
    """The live numbers, the final ones, and the CPU seconds both took."""
    from models.speakers import SpeakerTracker

    tracker = SpeakerTracker(encoder)
    numbers = []
    t0 = time.process_time()
    fed = 0
    for a, b in conv.spans:
        while fed < min(len(audio), int((b + 0.5) * SR)):
            tracker.feed(fed / SR, audio[fed:fed + SR])
            fed += SR
        numbers.append(tracker.voice([(a, b)]))
    final, _ = tracker.final()
    return numbers, final, time.process_time() - t0


def by_register(conv: Conversation, audio: np.ndarray) -> list[int | None]:
    from models.pitch import PitchTracker
    from vidsense.voices import HIGH_MIN_HZ, LOW_MAX_HZ

    pitch = PitchTracker()
    pitch.feed(0.0, audio)
    out = []
    for a, b in conv.spans:
        f0 = pitch.median(a, b)
        out.append(None if f0 is None else 1 if f0 <= LOW_MAX_HZ else 2 if f0 >= HIGH_MIN_HZ else None)
    return out


@dataclass
class Score:
    numbered: int = 0
    recordings: int = 0
    pairs_right: int = 0
    pairs: int = 0
    off: float = 0.0
    onsets_right: int = 0
    onsets: int = 0
    conversations: int = 0

    def add(self, who: list[str], numbers: list[int | None]) -> None:
        self.conversations += 1
        self.recordings += len(who)
        self.numbered += sum(n is not None for n in numbers)
        for i in range(len(who)):
            for j in range(i + 1, len(who)):
                if numbers[i] is not None and numbers[j] is not None:
                    self.pairs += 1
                    self.pairs_right += (who[i] == who[j]) == (numbers[i] == numbers[j])
        self.off += abs(len({n for n in numbers if n is not None}) - len(set(who)))
        firsts = [who.index(w) for w in dict.fromkeys(who)][1:]  # where each later speaker is first heard
        new = []
        seen: set[int] = set()
        for k, n in enumerate(numbers):
            if n is not None and n not in seen:
                seen.add(n)
                new.append(k)
        self.onsets += len(firsts)
        self.onsets_right += sum(k in new[1:] for k in firsts)

    def row(self) -> list[str]:
        pct = lambda a, b: f"{a}/{b} = {100 * a / max(b, 1):.0f}%"  # noqa: E731
        return [pct(self.numbered, self.recordings), pct(self.pairs_right, self.pairs),
                f"{self.off / max(self.conversations, 1):.2f}", pct(self.onsets_right, self.onsets)]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog="See the module docstring for what is measured.")
    p.add_argument("--conversations", type=int, default=30, help="conversations per condition (default 30)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--voices", type=Path, default=REPO / ".cache" / "voices",
                   help="bench/fetch_voices.py's folder (default .cache/voices)")
    p.add_argument("--models-dir", type=Path, default=None, help="where the voice encoder is (default: the settings')")
    args = p.parse_args(argv)

    import torch
    from tqdm import tqdm

    from models.speakers import SpeakerEncoder
    from vidsense.settings import get_settings

    torch.set_num_threads(1)
    encoder = SpeakerEncoder.load(args.models_dir or get_settings().models_path)
    clips = {w: [load(n, args.voices) for n in names] for w, names in SPEAKERS.items()}
    rng = random.Random(args.seed)
    conversations = [compose(rng, clips) for _ in range(args.conversations)]
    rows = []
    with tqdm(total=len(CONDITIONS) * len(conversations), desc="conversations", file=sys.stderr) as bar:
        for name, condition in CONDITIONS.items():
            live, final, register = Score(), Score(), Score()
            cpu, audio_s = 0.0, 0.0
            for k, conv in enumerate(conversations):
                audio = degrade(conv.audio, condition, seed=k)
                numbers, clustered, secs = by_voice(conv, audio, encoder)
                live.add(conv.who, numbers)
                final.add(conv.who, clustered)
                register.add(conv.who, by_register(conv, audio))
                cpu += secs
                audio_s += len(audio) / SR
                bar.update()
            rows.append([name, "speaker numbers, final", *final.row(), f"{1000 * cpu / audio_s:.1f}"])
            rows.append([name, "speaker numbers, live", *live.row(), "-"])
            rows.append([name, "pitch register (baseline)", *register.row(), "-"])
    pieces = sum(len(c.who) for c in conversations)
    print(f"{len(conversations)} conversations of 2-4 speakers, 6-10 recordings each cut into {pieces} pieces "
          f"of {PIECE_S[0]}-{PIECE_S[1]} s (seed {args.seed})")
    print(markdown_table(["condition", "told by", "numbered", "pairs right", "speakers off", "onsets right", "ms per s"],
                         rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
