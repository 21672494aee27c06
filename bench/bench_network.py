"""Benchmark: a windowed congruence network from 1,000,000 statements.

Usage::

    .venv/bin/python bench/bench_network.py                 # 1M statements, Statement objects
    .venv/bin/python bench/bench_network.py --arrays        # table straight from arrays
    .venv/bin/python bench/bench_network.py --n 200000 --window year

It builds a :class:`~allegiance.network.StatementTable` (from ``Statement`` records, as the
store returns them, unless ``--arrays``), cuts it into windows and computes the congruence
projection of every window (Jaccard-normalised, duplicates collapsed per document), then the
same with moving windows (gaussian kernel). Figures are printed; the target is < 10 s and
< 2 GB peak memory on 2 cores for the table + windowed congruence.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from datetime import date, timedelta

import numpy as np

from allegiance.model import Span, Statement
from allegiance.network import StatementTable, projection_matrix, projection_network, time_windows
from allegiance.network.synth import random_table


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def make_statements(n: int, n_actors: int, n_issues: int, seed: int = 0) -> list[Statement]:
    """n Statement records over five years (1% of them marked past)."""
    rng = np.random.default_rng(seed)
    actors = [f"actor{i}" for i in range(n_actors)]
    issues = [f"issue{i}" for i in range(n_issues)]
    days = [(date(2020, 1, 1) + timedelta(days=i)).isoformat() for i in range(5 * 365)]
    src = rng.integers(0, n_actors, n).tolist()
    to_actor = (rng.random(n) < 0.3).tolist()
    tgt_a = rng.integers(0, n_actors, n).tolist()
    tgt_i = rng.integers(0, n_issues, n).tolist()
    pol = rng.choice(["support", "oppose", "neutral"], size=n, p=[0.45, 0.45, 0.1]).tolist()
    day = rng.integers(0, len(days), n).tolist()
    past = (rng.random(n) < 0.01).tolist()
    ev = Span(0, 8, "evidence")
    out = []
    for i in range(n):
        a = to_actor[i]
        out.append(
            Statement(
                doc_id=f"doc{i // 4}",
                source=actors[src[i]],
                target=actors[tgt_a[i]] if a else issues[tgt_i[i]],
                polarity=pol[i],
                evidence=ev,
                target_kind="actor" if a else "concept",
                date=days[day[i]],
                period="past" if past[i] else None,
                id=i,
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--issues", type=int, default=200)
    ap.add_argument("--window", default="month")
    ap.add_argument("--arrays", action="store_true", help="build the table from arrays")
    args = ap.parse_args(argv)

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus, numpy {np.__version__}")
    print(f"statements {args.n:,}, actors {args.actors:,}, issues {args.issues:,}")
    if args.arrays:
        t0 = time.perf_counter()
        table = random_table(args.n, n_actors=args.actors, n_issues=args.issues)
        t_table = time.perf_counter() - t0
        print(f"table from arrays          {t_table:7.2f} s")
    else:
        t0 = time.perf_counter()
        stmts = make_statements(args.n, args.actors, args.issues)
        print(
            f"(generating Statement objects {time.perf_counter() - t0:.2f} s, not counted; "
            f"peak {peak_rss_mb():.0f} MiB)"
        )
        gc.collect()
        t0 = time.perf_counter()
        table = StatementTable.from_statements(stmts, keep_statements=True)
        t_table = time.perf_counter() - t0
        print(f"table from Statement       {t_table:7.2f} s")

    t0 = time.perf_counter()
    wins = time_windows(table, args.window)
    t_win = time.perf_counter() - t0
    t0 = time.perf_counter()
    nnz = 0
    for w in wins:
        m = projection_matrix(
            table, w, qualifier="congruence", normalization="jaccard", duplicates="document"
        )
        nnz += m.nnz
    t_cong = time.perf_counter() - t0
    total = t_table + t_win + t_cong
    print(f"{len(wins)} {args.window} windows           {t_win:7.2f} s")
    print(f"congruence (jaccard, per doc) {t_cong:7.2f} s  ({nnz // 2:,} edges over all windows)")
    print(f"TOTAL table + windowed congruence {total:6.2f} s   peak memory {peak_rss_mb():.0f} MiB")

    t0 = time.perf_counter()
    mw = time_windows(table, "moving", width=180, step=90, kernel="gaussian")
    for w in mw:
        projection_matrix(table, w, qualifier="subtract", normalization="cosine")
    print(
        f"moving windows (180 d, step 90, gaussian): {len(mw)} subtract networks "
        f"{time.perf_counter() - t0:7.2f} s"
    )

    t0 = time.perf_counter()
    g = projection_network(
        table, wins[-1], normalization="jaccard", duplicates="document", evidence=False
    )
    print(
        f"one window as a networkx graph: {g.number_of_nodes():,} nodes, "
        f"{g.number_of_edges():,} edges {time.perf_counter() - t0:7.2f} s"
    )
    print(f"peak memory {peak_rss_mb():.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
