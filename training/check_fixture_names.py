"""Generalisation check on text nobody on the NLP side wrote: actor names in the project's
hand-annotated German fixture documents (tests/fixtures/corpus/*.jsonl, fictional people and
organisations). Reports, per actor type, the share of actor names that occur verbatim in the
text and are found as an entity with exactly that text and the right kind (PER / ORG).

Usage: python training/check_fixture_names.py [--rules | --no-rules]
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

from allegiance.nlp import build_rule_pipeline_de, entity_kind, load_pipeline

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Print recall of person / organisation names."""
    nlp = build_rule_pipeline_de() if "--rules" in sys.argv else load_pipeline("de")
    if "--no-rules" in sys.argv and "allegiance_rule_ner" in nlp.pipe_names:
        nlp.remove_pipe("allegiance_rule_ner")
    hits = {"person": 0, "organization": 0}
    total = {"person": 0, "organization": 0}
    misses: list[str] = []
    for name in ("dev", "heldout", "heldout2", "examples"):
        path = ROOT / "tests/fixtures/corpus" / f"{name}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("lang") != "de":
                continue
            actors = row["actors"]
            if isinstance(actors, str):
                actors = ast.literal_eval(actors)
            doc = nlp(row["text"])
            found = {(e.text, entity_kind(e.label_)) for e in doc.ents}
            for a in actors:
                kind = "PER" if a["type"] == "person" else "ORG"
                if a["name"] not in row["text"]:
                    continue
                total[a["type"]] += 1
                if (a["name"], kind) in found:
                    hits[a["type"]] += 1
                else:
                    misses.append(f"{a['name']} ({kind})")
    for t in total:
        print(f"{t}: {hits[t]}/{total[t]} = {hits[t] / max(total[t], 1):.3f}")
    print("missed:", "; ".join(misses))


if __name__ == "__main__":
    main()
