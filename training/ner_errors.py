"""List NER errors of a German pipeline on a held-out slice (analysis aid, nothing is trained).

Usage: python training/ner_errors.py [--model PATH] [--corpus germeval] [--label ORG] [--top 40]
Prints counts of error kinds and the most frequent false negatives / false positives (exact
spans, PER/ORG/LOC, the training-target definition used by ``ner_germeval``).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import spacy
from evaluate import _examples  # type: ignore[import-not-found]

import allegiance.nlp  # noqa: F401

LABELS = ("PER", "ORG", "LOC")


def _misses(
    want: dict[tuple[int, int], str], got: dict[tuple[int, int], str], label: str, other: str
) -> list[tuple[tuple[int, int], str]]:
    """Spans of ``label`` in ``want`` that ``got`` lacks, with the kind of error: typed as
    something else (``other`` + its label), a boundary overlap, or absent (``missed``)."""
    out = []
    for (a, b), lab in want.items():
        if lab != label or got.get((a, b)) == lab:
            continue
        if (a, b) in got:
            kind = f"{other} {got[(a, b)]}"
        elif any(ga < b and a < gb for ga, gb in got):
            kind = "boundary"
        else:
            kind = "absent"
        out.append(((a, b), kind))
    return out


def errors(nlp, corpus: str, label: str):
    """(false negatives, false positives) as lists of (text, kind, sentence)."""
    exs = _examples(nlp, f"ner_test_{corpus}")
    preds = list(nlp.pipe([e.predicted for e in exs]))
    fns, fps = [], []
    for ex, p in zip(exs, preds, strict=True):
        gold = {(e.start_char, e.end_char): e.label_ for e in ex.reference.ents}
        pred = {(e.start_char, e.end_char): e.label_ for e in p.ents if e.label_ in LABELS}
        text = ex.reference.text
        for (a, b), kind in _misses(gold, pred, label, "typed"):
            fns.append((text[a:b], "missed" if kind == "absent" else kind, text))
        for (a, b), kind in _misses(pred, gold, label, "gold"):
            fps.append((p.text[a:b], "spurious" if kind == "absent" else kind, p.text))
    return fns, fps


def main() -> None:
    """CLI entry point."""
    ap = argparse.ArgumentParser(description=__doc__)
    default = Path(__file__).resolve().parents[1] / "src/allegiance/nlp/models/de_allegiance"
    ap.add_argument("--model", type=Path, default=default)
    ap.add_argument("--corpus", default="germeval")
    ap.add_argument("--label", default="ORG")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--sentences", action="store_true", help="print every error with its sentence")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    fns, fps = errors(nlp, args.corpus, args.label)
    for name, errs in (("false negatives", fns), ("false positives", fps)):
        print(f"== {args.label} {name}: {len(errs)}  {dict(Counter(k for _, k, _ in errs))}")
        for (text, kind), n in Counter((t, k) for t, k, _ in errs).most_common(args.top):
            print(f"{n:3d}  {kind:10s} {text}")
        if args.sentences:
            for text, kind, sent in errs:
                print(f"    [{kind}] {text}  ||  {sent}")


if __name__ == "__main__":
    main()
