"""Benchmark the language pipelines: tokens/s per language on one and two cores, peak memory.

Texts: sentences of UD German GSD / UD English EWT test files from ../shared/data (raw text
only) when present, else a repeated project-written paragraph. Two cores = ``nlp.pipe`` with
``n_process=2``. Each measurement runs in a fresh subprocess so peak RSS is per pipeline.
Usage: python bench/bench_nlp.py [--tokens 20000] [--langs de en]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SOURCES = {
    "de": DATA / "ud_german" / "de_gsd-ud-test.conllu",
    "en": DATA / "ud_english_ewt" / "en_ewt-ud-test.conllu",
}
FALLBACK = {
    "de": "Der Investor kritisierte am Montag in Berlin die Pläne der Regierung scharf. "
    "„Das ist ein Fehler“, sagte er der Zeitung. Die Ministerin wies die Vorwürfe zurück.",
    "en": "The investor sharply criticised the government's plans in Berlin on Monday. "
    '"This is a mistake," he told the newspaper. The minister rejected the accusations.',
}


def load_texts(lang: str, n_tokens: int) -> list[str]:
    """Paragraphs of about 10 sentences with about ``n_tokens`` whitespace tokens in total."""
    sents: list[str] = []
    path = SOURCES[lang]
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                sents.append(line[9:])
    if not sents:
        sents = [FALLBACK[lang]] * 50
    texts, cur, total, i = [], [], 0, 0
    while total < n_tokens:
        s = sents[i % len(sents)]
        cur.append(s)
        total += len(s.split())
        i += 1
        if len(cur) == 10:
            texts.append(" ".join(cur))
            cur = []
    if cur:
        texts.append(" ".join(cur))
    return texts


def run_one(lang: str, n_process: int, n_tokens: int) -> dict:
    """Measure in this process (called in a subprocess by :func:`main`)."""
    from allegiance.nlp import load_pipeline, pipeline_name

    t0 = time.perf_counter()
    nlp = load_pipeline(lang)
    load_s = time.perf_counter() - t0
    texts = load_texts(lang, n_tokens)
    list(nlp.pipe(texts[:3]))  # warm up caches
    t0 = time.perf_counter()
    ntok = sum(len(d) for d in nlp.pipe(texts, batch_size=32, n_process=n_process))
    secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "lang": lang,
        "pipeline": pipeline_name(lang),
        "cores": n_process,
        "tokens": ntok,
        "tokens_per_s": round(ntok / secs),
        "load_s": round(load_s, 2),
        "peak_mb": round(max(peak, peak_children)),
    }


def main() -> None:
    """Run all measurements in subprocesses and print a table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tokens", type=int, default=20000)
    ap.add_argument("--langs", nargs="+", default=["de", "en"])
    ap.add_argument("--cores", nargs="+", type=int, default=[1, 2])
    ap.add_argument("--_child", nargs=2, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._child:
        print(json.dumps(run_one(args._child[0], int(args._child[1]), args.tokens)))
        return
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    rows = []
    for lang in args.langs:
        for cores in args.cores:
            cmd = [
                sys.executable,
                __file__,
                "--tokens",
                str(args.tokens),
                "--_child",
                lang,
                str(cores),
            ]
            out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    head = f"{'lang':4} {'pipeline':28} {'cores':>5} {'tokens':>7} {'tok/s':>7} {'load s':>6} "
    print(head + f"{'peak MB':>7}")
    for r in rows:
        print(
            f"{r['lang']:4} {r['pipeline'][:28]:28} {r['cores']:>5} {r['tokens']:>7} "
            f"{r['tokens_per_s']:>7} {r['load_s']:>6} {r['peak_mb']:>7}"
        )


if __name__ == "__main__":
    main()
