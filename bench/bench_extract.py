"""End-to-end extraction speed: articles per second and peak memory.

Builds a corpus of ~600-word German and English articles from the shipped examples (repeated and
shuffled), runs ``RuleExtractor`` over it in 1 or N worker processes and prints articles/s,
words/s and peak RSS. Run: ``.venv/bin/python bench/bench_extract.py --articles 200 --workers 2``.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from allegiance.ingest import IngestError, read_paths
from allegiance.model import Document

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(n: int, words: int = 600, seed: int = 1) -> list[Document]:
    """``n`` articles of about ``words`` words each, built from the example paragraphs."""
    docs = [d for d in read_paths([str(ROOT / "examples")]) if not isinstance(d, IngestError)]
    paras: dict[str, list[str]] = {"de": [], "en": []}
    for d in docs:
        paras[d.lang or "en"].extend(p for p in d.text.split("\n") if len(p.split()) > 15)
    rng = random.Random(seed)
    out: list[Document] = []
    for i in range(n):
        lang = "de" if i % 2 == 0 else "en"
        body: list[str] = []
        while sum(len(p.split()) for p in body) < words:
            body.append(rng.choice(paras[lang]))
        out.append(Document(id=f"b{i}", text="\n".join(body), lang=lang))
    return out


def _work(docs: list[Document]) -> int:
    from allegiance.extract import RuleExtractor

    ex = RuleExtractor()
    return sum(len(x.statements) for x in ex.extract_many(docs))


def _warm() -> float:
    """Load everything a worker loads once (pipelines, HanTa's tables, lexicons) by extracting
    one short document per language; returns the seconds it took."""
    from allegiance.extract import RuleExtractor

    t0 = time.perf_counter()
    RuleExtractor().extract_many(
        [
            Document(id="warm-de", text="Die Ministerin lobte die Reform.", lang="de"),
            Document(id="warm-en", text="The minister praised the reform.", lang="en"),
        ]
    )
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    docs = make_corpus(args.articles)
    n_words = sum(len(d.text.split()) for d in docs)
    if args.workers == 1:
        startup = _warm()
        t0 = time.perf_counter()
        statements = _work(docs)
        dt = time.perf_counter() - t0
    else:
        # contiguous halves (each worker sees both languages), each worker started up (models,
        # tables and lexicons loaded) before timing
        size = -(-len(docs) // args.workers)
        chunks = [docs[i : i + size] for i in range(0, len(docs), size)]
        with ProcessPoolExecutor(args.workers, initializer=_start_worker) as pool:
            startup = max(pool.map(_warm_chunk, range(args.workers * 4)))
            t0 = time.perf_counter()
            statements = sum(pool.map(_work, chunks))
            dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"articles: {len(docs)}  words: {n_words}  ({n_words / len(docs):.0f} words/article)")
    print(f"workers: {args.workers}  time: {dt:.1f} s  statements: {statements}")
    print(f"speed: {len(docs) / dt:.1f} articles/s  {n_words / dt:.0f} words/s")
    print(f"start-up (once per process, not timed above): {startup:.1f} s")
    print(f"peak RSS: main {rss:.0f} MB, largest worker {rss_children:.0f} MB")


_STARTUP = 0.0


def _start_worker() -> None:
    global _STARTUP
    _STARTUP = _warm()


def _warm_chunk(_: int) -> float:
    """A worker's start-up time (each worker gets one of these calls, at least)."""
    return _STARTUP


if __name__ == "__main__":
    main()
