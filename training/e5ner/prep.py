"""Prepare what ``finetune.py`` needs: a vocabulary-pruned copy of e5-small and the NER
corpora as word-piece ids with BIO tags (PER/ORG/LOC), all in one folder.

Usage: python training/e5ner/prep.py E5_FILE OUT_DIR
Reads training/corpus/ner_*.spacy (``make e5-data`` writes them, GermEval twice in training).
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import DocBin

from allegiance.nlp.e5ner import BOS, EOS, PAD, UNK, Unigram

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))
from e5io import read_file
from shrink_subwords import latin, training_words

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SETS = {
    "train": "ner_train_ge2",
    "dev": "ner_dev",
    "test_germeval": "ner_test_germeval",
    "test_europarl": "ner_test_europarl",
    "test_legal": "ner_test_legal",
}
LABELS = ("PER", "ORG", "LOC")


def main(e5: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    hdr, pieces, scores, tensors = read_file(e5)
    full = Unigram(pieces, scores)
    # The vocabulary: pieces of the training words and name lists (never the held-out
    # slices) written in Latin script, plus every single Latin character, so that any
    # German word still segments into kept pieces.
    used = {BOS, PAD, EOS, UNK}
    for w in training_words():
        used.update(full.word(w))
    keep = sorted(
        i for i in range(min(hdr["VOC"], len(pieces)))
        if i in (BOS, PAD, EOS, UNK)
        or (latin(pieces[i]) and (i in used or len(pieces[i].removeprefix("▁")) <= 1))
    )
    print("vocabulary", len(keep), "of", hdr["VOC"])
    kept_pieces = ["" if i in (BOS, PAD, EOS, UNK) else pieces[i] for i in keep]
    tok = Unigram(kept_pieces, scores[np.array(keep)])
    nlp = spacy.blank("de")
    sets: dict[str, list[dict]] = {}
    for name, fname in SETS.items():
        rows = []
        for doc in DocBin().from_disk(CORPUS / f"{fname}.spacy").get_docs(nlp.vocab):
            tags = ["O"] * len(doc)
            for ent in doc.ents:
                if ent.label_ not in LABELS:
                    continue
                tags[ent.start] = "B-" + ent.label_
                for i in range(ent.start + 1, ent.end):
                    tags[i] = "I-" + ent.label_
            ids = [tok.word(t.text) for t in doc]
            rows.append({"words": [t.text for t in doc], "ids": ids, "tags": tags})
        sets[name] = rows
        print(name, len(rows), sum(len(r["words"]) for r in rows))
    for name, rows in sets.items():
        with gzip.open(out / f"{name}.jsonl.gz", "wt", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    arrays = {k: v for k, v in tensors.items() if k != "emb.word"}
    nb = hdr["H"] // 32
    word = tensors["emb.word"].reshape(hdr["VOC"], nb)[np.array(keep)]
    arrays["emb.word"] = word.reshape(-1)
    flat = {}
    for k, v in arrays.items():
        if v.dtype.names:  # q4 blocks: store raw bytes
            flat["q4:" + k] = v.view(np.uint8).reshape(-1)
        else:
            flat[k] = v
    flat["pieces"] = np.array(kept_pieces)
    flat["scores"] = scores[np.array(keep)]
    np.savez_compressed(out / "e5_pruned.npz", **flat)
    (out / "meta.json").write_text(json.dumps({**hdr, "VOC": len(keep)}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
