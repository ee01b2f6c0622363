"""How search scales with the number of videos: build a jobs folder of N copies of one real
analysed video's moments (embeddings perturbed so no two jobs are equal), then time the first
query (which loads every job's moments into the index), repeated queries, and the first query
after one more job finishes (its rows are appended), next to what rebuilding the whole matrix
costs (the earlier design: one concatenate of every job's rows).

    python bench/search_scale.py --source .cache/eval/analysis/<item>/ --jobs 100 1000 3000

Prints one table: jobs, moments, first query (s), query p50 and p99 (ms), query after a new job
(ms), a whole rebuild (ms), index MB (allocated, with room to grow).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vidsense.embedding import embed_one  # noqa: E402
from vidsense.moments import MomentSet  # noqa: E402
from vidsense.search import SearchIndex  # noqa: E402

QUERIES = ["ask what you can do for your country", "a young man who is selfish", "a street with cars",
           "music", "the ten of clubs", "a city at night"]


def build(source: Path, root: Path, n: int, repeat: int, rng: np.random.Generator) -> list[str]:
    base = MomentSet.load(source)
    moments = base.moments * repeat  # one job: `repeat` copies of the source video's moments
    ids = []
    for k in range(n):
        emb = np.tile(base.embeddings, (repeat, 1)) + rng.normal(0, 0.02, (len(moments), base.embeddings.shape[1]))
        emb /= np.linalg.norm(emb, axis=1, keepdims=True)
        job = f"job{k:06d}"
        MomentSet(moments, emb.astype(np.float32)).save(root / job)
        ids.append(job)
    return ids


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--source", type=Path, required=True, help="a folder written by `vidsense analyze`")
    p.add_argument("--jobs", type=int, nargs="+", default=[100, 1000])
    p.add_argument("--repeat", type=int, default=10, help="copies of the source's moments per job (a longer video)")
    p.add_argument("--queries", type=int, default=60)
    args = p.parse_args(argv)
    rng = np.random.default_rng(0)
    vecs = [(q, embed_one(q)) for q in QUERIES]
    print("| jobs | moments | first query (load) s | query p50 ms | query p99 ms | after a new job ms "
          "| whole rebuild ms | index MB |")
    print("|---|---|---|---|---|---|---|---|")
    for n in args.jobs:
        root = Path(tempfile.mkdtemp(prefix="vidsense-search-"))
        try:
            ids = build(args.source, root, n, args.repeat, rng)
            index = SearchIndex(root)
            t0 = time.perf_counter()
            index.search("owner", ids, *vecs[0])
            first = time.perf_counter() - t0
            times = []
            for i in range(args.queries):
                q, v = vecs[i % len(vecs)]
                t0 = time.perf_counter()
                index.search("owner", ids, q, v)
                times.append((time.perf_counter() - t0) * 1000)
            (root / "extra" / build(args.source, root / "extra", 1, args.repeat, rng)[0]).rename(root / "new-job")
            new = "new-job"
            q, v = vecs[1]
            t0 = time.perf_counter()
            index.search("owner", ids + [new], q, v)
            after_new = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()  # what the earlier design did on every new job
            np.concatenate([index._jobs[j].embeddings.astype(np.float32) for j in ids + [new]])
            rebuild = (time.perf_counter() - t0) * 1000
            owner = index._owners["owner"]
            print(f"| {n} | {len(owner.refs)} | {first:.2f} | {np.percentile(times, 50):.1f} | "
                  f"{np.percentile(times, 99):.1f} | {after_new:.1f} | {rebuild:.0f} | "
                  f"{owner._rows.nbytes / 2**20:.0f} |", flush=True)
        finally:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
