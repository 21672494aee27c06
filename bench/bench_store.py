"""Benchmark the store: insert and read back N statements (default 1,000,000).

Usage: python bench/bench_store.py [N] [--db PATH]

Prints insert and read rows/s and the peak resident memory of the process. Not run by the tests.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from allegiance.model import Document, Span, Statement
from allegiance.store import Store

STATEMENTS_PER_DOC = 10


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def make_batch(
    rng: random.Random, first_doc: int, n_docs: int
) -> tuple[list[Document], list[Statement]]:
    """Synthetic documents with STATEMENTS_PER_DOC statements each."""
    docs, stmts = [], []
    for d in range(first_doc, first_doc + n_docs):
        text = f"Dokument {d}: " + " ".join(
            f"Akteur {rng.randrange(5000)} kritisiert Thema {k}." for k in range(STATEMENTS_PER_DOC)
        )
        date = f"20{rng.randrange(15, 26)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        doc = Document(
            id=f"d{d}",
            text=text,
            lang=rng.choice(["de", "en"]),
            date=date,
            source=rng.choice(["taz", "FAZ", "Herald", "Post"]),
        )
        docs.append(doc)
        for k in range(STATEMENTS_PER_DOC):
            start = rng.randrange(0, len(text) - 40)
            concept = rng.random() < 0.5
            stmts.append(
                Statement(
                    doc_id=doc.id,
                    source=f"Akteur {rng.randrange(5000)}",
                    target=f"Thema {rng.randrange(200)}" if concept else f"Akteur {k}",
                    target_kind="concept" if concept else "actor",
                    polarity=rng.choice(["support", "oppose", "neutral"]),
                    evidence=Span.of(text, start, start + 40),
                    confidence=rng.random(),
                    extractor="bench",
                )
            )
    return docs, stmts


def main() -> None:
    """Run the benchmark and print the results."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", nargs="?", type=int, default=1_000_000, help="statements to insert")
    ap.add_argument("--db", type=Path, default=None, help="database file (default: temp dir)")
    ap.add_argument("--batch-docs", type=int, default=5000, help="documents per transaction")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.db"
    rng = random.Random(7)
    n_docs = max(1, args.n // STATEMENTS_PER_DOC)
    gen_time = 0.0
    with Store(db) as st:
        t0 = time.perf_counter()
        inserted = 0
        for first in range(0, n_docs, args.batch_docs):
            g = time.perf_counter()
            docs, stmts = make_batch(rng, first, min(args.batch_docs, n_docs - first))
            gen_time += time.perf_counter() - g
            inserted += st.add_statements(stmts, documents=docs)
        t_ins = time.perf_counter() - t0 - gen_time
        print(
            f"insert: {inserted:,} statements in {t_ins:.1f} s "
            f"({inserted / t_ins:,.0f} rows/s; data generation {gen_time:.1f} s excluded)"
        )
        print(f"peak RSS after insert: {peak_rss_mb():,.0f} MiB")
        t0 = time.perf_counter()
        n = sum(1 for _ in st.iter_statements())
        t_it = time.perf_counter() - t0
        print(f"read (iter_statements): {n:,} in {t_it:.1f} s ({n / t_it:,.0f} rows/s)")
        print(f"peak RSS after streaming read: {peak_rss_mb():,.0f} MiB")
        t0 = time.perf_counter()
        rows = st.statements(start="2020-01-01", end="2020-12-31", sources=["taz"])
        t_f = time.perf_counter() - t0
        print(f"filtered read (one year, one outlet): {len(rows):,} in {t_f:.2f} s")
        t0 = time.perf_counter()
        rows = st.statements()
        t_rd = time.perf_counter() - t0
        print(
            f"read (statements list): {len(rows):,} in {t_rd:.1f} s "
            f"({len(rows) / t_rd:,.0f} rows/s)"
        )
        print(f"peak RSS after list read: {peak_rss_mb():,.0f} MiB")
        print(f"stats: {st.stats()}")
    print(f"database size: {db.stat().st_size / 1e6:,.0f} MB")
    tmp.cleanup()


if __name__ == "__main__":
    main()
