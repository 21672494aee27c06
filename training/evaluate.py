"""Score German pipelines on the held-out slices (never seen in training).

NER: precision / recall / F1 (PER, ORG, LOC; exact spans) on the GermEval 2014, Europarl and
Legal NER held-out slices and on the project's German news test set (``ner_news``:
``training/data/test/``, text from outside ../shared/data, never trained on); for GermEval two
definitions: ``ner_germeval`` scores the training target (outer layer, names inside hyphen
compounds such as ``SPD`` in ``SPD-Politiker`` counted as entities of their own),
``ner_germeval_standard`` the standard GermEval 2014 outer-layer metric
for the main classes (PER, ORG, LOC only: ``*part`` and ``*deriv`` are other classes, so
predicted names inside a compound token are not counted either); syntax: UAS / LAS and
morphology on held-out UD GSD sentences.
Usage: python training/evaluate.py [--model PATH | --rules] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

import allegiance.nlp  # noqa: F401
from allegiance.nlp import build_rule_pipeline_de, e5ner, model_ops

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _examples(nlp, name: str) -> list[Example]:
    refs = DocBin().from_disk(CORPUS / f"{name}.spacy").get_docs(nlp.vocab)
    return [Example(nlp.make_doc(r.text), r) for r in refs]


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r) if p + r else 0, 4)}


def germeval_standard_spans(exs: list[Example]) -> list[tuple[set, set]]:
    """(gold, predicted) character spans per held-out GermEval sentence, standard definition.

    Gold: outer-layer PER / ORG / LOC entities (``B-X``/``I-X``; ``Xpart``, ``Xderiv`` and OTH
    are other classes), punctuation trimmed at the edges as in the training target. Predicted:
    PER / ORG / LOC entities whose both ends fall on original GermEval token boundaries (a name
    cut out of a compound token, ``SPD`` in ``SPD-Politiker``, corresponds to ``ORGpart``).
    """
    from corpora import read_germeval_outer, split_heldout

    from allegiance.nlp.tokenizer_de import split_compound

    _, held = split_heldout(read_germeval_outer())
    assert len(held) == len(exs), (len(held), len(exs))
    out = []
    for toks, ex in zip(held, exs, strict=True):
        ref = ex.reference
        k = 0
        first: list[int] = []  # reference token index of each original token's first piece
        for w, _ in toks:
            n = len(split_compound(w))
            assert [t.text for t in ref[k : k + n]] == split_compound(w), (w, ref.text)
            first.append(k)
            k += n
        assert k == len(ref)
        first.append(k)
        starts = {ref[first[i]].idx for i in range(len(toks))}
        ends = {ref[first[i + 1] - 1].idx + len(ref[first[i + 1] - 1]) for i in range(len(toks))}
        gold: set = set()
        cur: list | None = None
        for i, (_, tag) in enumerate([*toks, ("", "O")]):
            bio, _, typ = tag.partition("-")
            if cur and (bio != "I" or typ != cur[2]):
                a, b = first[cur[0]], first[cur[1]]
                while a < b and (ref[a].is_punct or ref[a].is_space):
                    a += 1
                while b > a and (ref[b - 1].is_punct or ref[b - 1].is_space):
                    b -= 1
                if a < b:
                    gold.add((ref[a].idx, ref[b - 1].idx + len(ref[b - 1]), cur[2]))
                cur = None
            if bio == "B" and typ in ("PER", "ORG", "LOC"):
                cur = [i, i + 1, typ]
            elif cur and bio == "I" and typ == cur[2]:
                cur[1] = i + 1
        pred = {
            (e.start_char, e.end_char, e.label_)
            for e in ex.predicted.ents
            if e.label_ in ("PER", "ORG", "LOC") and e.start_char in starts and e.end_char in ends
        }
        out.append((gold, pred))
    return out


def germeval_standard(exs: list[Example]) -> dict:
    """Standard GermEval 2014 outer-layer scores for PER / ORG / LOC (see above)."""
    counts = {lab: [0, 0, 0] for lab in ("PER", "ORG", "LOC")}
    for gold, pred in germeval_standard_spans(exs):
        for lab, c in counts.items():
            g = {x for x in gold if x[2] == lab}
            p = {x for x in pred if x[2] == lab}
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {**_prf(*tot), "per_type": {k: _prf(*c)["f"] for k, c in counts.items()},
            "gold_entities": tot[0] + tot[2], "sentences": len(exs)}


def _morph_key(token, attr: str) -> int:
    return getattr(token, attr).key


def evaluate(nlp, ner_only_labels=("PER", "ORG", "LOC"), ner_only: bool = False) -> dict:
    """All held-out scores for ``nlp`` (NER only when ``ner_only``)."""
    out: dict = {}
    corpora = ["germeval", "europarl", "legal"]
    if (CORPUS / "ner_test_news.spacy").exists():
        corpora.append("news")  # the project's news test set (training/data/test)
    for corpus in corpora:
        exs = _examples(nlp, f"ner_test_{corpus}")
        preds = list(nlp.pipe([e.predicted for e in exs]))
        for e, p in zip(exs, preds, strict=True):
            p.ents = [s for s in p.ents if s.label_ in ner_only_labels]
            e.predicted = p
        from spacy.scorer import Scorer

        sc = Scorer.score_spans(exs, "ents")
        per_type = sc.get("ents_per_type") or {}
        out[f"ner_{corpus}"] = {
            "p": round(sc["ents_p"] or 0, 4),
            "r": round(sc["ents_r"] or 0, 4),
            "f": round(sc["ents_f"] or 0, 4),
            "per_type": {k: round(v["f"], 4) for k, v in per_type.items()},
            "sentences": len(exs),
        }
        if corpus == "germeval":
            out["ner_germeval_standard"] = germeval_standard(exs)
    from spacy.scorer import Scorer

    if ner_only:
        return out
    exs = _examples(nlp, "ud_test")
    preds = list(nlp.pipe([e.predicted for e in exs]))
    for e, p in zip(exs, preds, strict=True):
        e.predicted = p
    tag_acc = Scorer.score_token_attr(exs, "tag")["tag_acc"]
    lemma_acc = Scorer.score_token_attr(exs, "lemma")["lemma_acc"]
    if "parser" in nlp.pipe_names:
        sc = {
            **Scorer.score_deps(exs, "dep", head_attr="head", ignore_labels=("p", "punct")),
            **Scorer.score_token_attr_per_feat(exs, "morph", getter=_morph_key),
        }
        sc["morph_acc"] = Scorer.score_token_attr(exs, "morph", getter=_morph_key)["morph_acc"]
        out["ud_test"] = {
            "uas": round(sc["dep_uas"], 4),
            "las": round(sc["dep_las"], 4),
            "morph_acc": round(sc.get("morph_acc") or 0, 4),
            "case_acc": round((sc.get("morph_per_feat") or {}).get("Case", {}).get("f", 0), 4),
            "tag_acc": round(tag_acc or 0, 4),
            "lemma_acc": round(lemma_acc or 0, 4),
            "sentences": len(exs),
        }
    else:
        out["ud_test"] = {
            "tag_acc": round(tag_acc or 0, 4),
            "lemma_acc": round(lemma_acc or 0, 4),
            "sentences": len(exs),
        }
    # speed over the UD and GermEval held-out text, one process
    exs = _examples(nlp, "ud_test") + _examples(nlp, "ner_test_germeval")
    texts = [e.reference.text for e in exs]
    t0 = time.perf_counter()
    ntok = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
    out["speed_tokens_per_s"] = round(ntok / (time.perf_counter() - t0))
    return out


def main() -> None:
    """CLI entry point."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--rules", action="store_true", help="score the rule-based fallback")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--augment", action="store_true", help="add the rule NER after the model")
    ap.add_argument("--no-rules", action="store_true", help="drop the rule NER from the model")
    ap.add_argument("--ner-only", action="store_true", help="skip the UD and speed measures")
    ap.add_argument("--ner", choices=("cnn", "e5"), default="cnn",
                    help="entity tagger: the trained model's own CNN (default) or the "
                    "transformer tagger of models/de_e5ner")
    args = ap.parse_args()
    default = Path(__file__).resolve().parents[1] / "src/allegiance/nlp/models/de_allegiance"
    with model_ops():  # the matrix backend the product loads its pipelines under
        nlp = build_rule_pipeline_de() if args.rules else spacy.load(args.model or default)
    if not args.rules and args.ner == "e5":
        e5ner.install(nlp)
    if args.augment and "allegiance_rule_ner" not in nlp.pipe_names:
        nlp.add_pipe("allegiance_rule_ner", config={"mode": "augment"})
    if args.no_rules and "allegiance_rule_ner" in nlp.pipe_names:
        nlp.remove_pipe("allegiance_rule_ner")
    res = evaluate(nlp, ner_only=args.ner_only)
    res["pipeline"] = nlp.pipe_names
    text = json.dumps(res, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
