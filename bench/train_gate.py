"""Train the answer gate (vidsense/gate.py) on the evaluation sets, and say what it would gain.

Every spoken and unanswerable question of the sets is asked with the rules over its cached analysis
(run bench/eval.py on a set first: it writes WORK_DIR/analysis). For each question the rules decline,
the gate's rows are recorded: one per clause among the best few, labelled 1 when the clause's
sentence holds an accepted answer within --tolerance seconds of the evidence (a "when" question: when
it starts within it of the onset), 0 otherwise and always for an unanswerable question.

Leaving each set out in turn, a model fitted on the others picks that set's best clause per declined
question; the table prints, for each threshold, how many questions the gate would answer, how many of
them right, and how many unanswerable ones it would answer. The threshold written is the lowest at
which these held-out predictions answer at most --max-unanswerable share of the unanswerable questions
declined and are right at least --min-precision of the time. The model written is fitted on all sets.

    .venv/bin/python bench/train_gate.py                       # all sets with analyses; writes models/answer_gate.json
    .venv/bin/python bench/train_gate.py --sets devset first5 --dry-run
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import eval as ev  # noqa: E402  (bench/eval.py: the sets' loader and scoring)

from vidsense.gate import GATE_FILE, collecting, fit  # noqa: E402
from vidsense.moments import MomentSet  # noqa: E402
from vidsense.qa import ask_folder  # noqa: E402


@dataclass
class Asked:
    """One question asked: its set, id and kind, the gate's rows with their labels, and whether the rules
    declined it."""

    set: str
    qid: str
    kind: str
    rows: np.ndarray
    labels: np.ndarray
    declined: bool


def _label(q: ev.Question, moments: MomentSet, i: int, tol: float) -> int:
    if q.kind != "speech":
        return 0
    m = moments.moments[i]
    sentence = moments.spoken.get(m.sentence, m) if m.sentence is not None else m
    if q.accept is None:  # "when": the onset
        return int(q.span is not None and abs(m.start - q.span[0]) <= tol)
    text = " ".join(t for t in (sentence.text, sentence.original) if t)
    if ev.any_appears(q.accept, text) is None:
        return 0
    return int(q.span is None or ev.span_distance(m.start, q.span) <= tol)


def collect(sets: list[str], work: Path, media: Path, tol: float) -> list[Asked]:
    out: list[Asked] = []
    for name in tqdm(sets, desc="sets", unit="set", file=sys.stderr, dynamic_ncols=True):
        items, questions = ev.load_devset(REPO / "bench" / f"{name}.yaml", media)
        for q in questions:
            folder = work / "analysis" / q.item
            if q.kind == "visual" or not (folder / "media.json").is_file():
                continue
            with collecting() as sink:
                ask_folder(folder, q.q)
            if not sink or not sink[-1][1]:
                continue
            candidates, rows, declined = sink[-1]
            moments = MomentSet.load(folder)
            labels = np.array([_label(q, moments, i, tol) for i in candidates])
            out.append(Asked(name, q.id, q.kind, np.vstack(rows), labels, declined))
    return out


def held_out_picks(data: list[Asked], l2: float, declined_only: bool) -> list[tuple[Asked, float, int]]:
    """Per declined question, from a model fitted without its set: the best clause's probability and label."""
    picks = []
    for name in sorted({d.set for d in data}):
        train = [d for d in data if d.set != name and (d.declined or not declined_only)]
        model = fit(np.vstack([d.rows for d in train]), np.concatenate([d.labels for d in train]), l2)
        for d in (d for d in data if d.set == name and d.declined):
            p = [model.probability(r) for r in d.rows]
            k = int(np.argmax(p))
            picks.append((d, p[k], int(d.labels[k])))
    return picks


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sets", nargs="*", help="set names under bench/ (default: every set whose analyses are cached)")
    p.add_argument("--work-dir", type=Path, default=REPO / ".cache" / "eval", help="bench/eval.py's work folder")
    p.add_argument("--media", type=Path, default=None,
                   help="the media root (default: WORK_DIR/media-root, which bench/eval.py --extra-media makes, "
                        "else ../shared/media)")
    p.add_argument("--tolerance", type=float, default=5.0, help="seconds a clause may start from the evidence (default 5)")
    p.add_argument("--l2", type=float, default=1.0, help="ridge penalty of the fit (default 1)")
    p.add_argument("--max-unanswerable", type=float, default=0.01,
                   help="the share of declined unanswerable questions the gate may answer, held out (default 0.01)")
    p.add_argument("--min-precision", type=float, default=0.6,
                   help="the share of the gate's held-out answers that must be right (default 0.6)")
    p.add_argument("--out", type=Path, default=GATE_FILE, help=f"where to write the model (default {GATE_FILE})")
    p.add_argument("--fit-on", choices=("all", "declined"), default="all",
                   help="fit on every question's rows, or only on those the rules decline (default all)")
    p.add_argument("--dry-run", action="store_true", help="print the table, write nothing")
    args = p.parse_args(argv)

    media = args.media or next(m for m in (args.work_dir / "media-root", REPO.parent / "shared" / "media")
                                if m.is_dir() or m.name == "media")
    sets = args.sets or sorted(s.stem for s in (REPO / "bench").glob("*.yaml"))
    data = collect(sets, args.work_dir, media, args.tolerance)
    declined = [d for d in data if d.declined]
    n_unans = sum(d.kind == "unanswerable" for d in declined)
    n_speech = sum(d.kind == "speech" for d in declined)
    findable = sum(d.kind == "speech" and d.labels.any() for d in declined)
    print(f"{len(data)} questions reach the gate's point on {len({d.set for d in data})} sets, "
          f"{sum(len(d.rows) for d in data)} rows ({sum(int(d.labels.sum()) for d in data)} answering) to fit on; "
          f"of them the rules decline {n_speech} spoken ({findable} with an answering clause among the gate's) "
          f"and {n_unans} unanswerable")
    picks = held_out_picks(data, args.l2, args.fit_on == "declined")
    print("\n| threshold | answered | right | wrong | unanswerable answered |")
    print("|---|---|---|---|---|")
    chosen = None
    for t in np.arange(0.30, 0.96, 0.05):
        got = [(d, lab) for d, pr, lab in picks if pr >= t]
        right = sum(lab for d, lab in got)
        unans = sum(d.kind == "unanswerable" for d, lab in got)
        wrong = len(got) - right - unans
        print(f"| {t:.2f} | {len(got)} | {right} | {wrong} | {unans}/{n_unans} |")
        if chosen is None and got and unans <= args.max_unanswerable * n_unans and right >= args.min_precision * len(got):
            chosen = float(round(t, 2))
    if chosen is None:
        print("\nno threshold meets --max-unanswerable and --min-precision held out: no gate written")
        return 1
    fitted = declined if args.fit_on == "declined" else data
    model = fit(np.vstack([d.rows for d in fitted]), np.concatenate([d.labels for d in fitted]), args.l2)
    model = type(model)(model.mean, model.scale, model.weights, model.bias, chosen)
    print(f"\nthreshold {chosen:.2f}")
    if not args.dry_run:
        args.out.write_text(json.dumps(model.to_json(), indent=1) + "\n")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
