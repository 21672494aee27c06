"""Shrink a subword table (``training/build_subwords.py``) to the pieces German text needs.

The multilingual-e5 vocabulary is mostly other scripts. A piece is kept when it is written in
Latin script, digits or punctuation only (plus the word-start mark ``▁``) and either is a single
character or occurs in the unigram segmentation (with the full table) of a word of the German
training text: the NER and UD training slices of ``training/corpora.py`` (held-out slices are
never read) and the name lists in ``../shared/data/gazetteers_de``. Rows are copied unchanged, so
every word of that text keeps its segmentation and vector; other words are segmented into the
remaining (smaller) pieces.

Usage: python training/shrink_subwords.py IN.npz OUT.npz
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import DATA, ner_splits, ud_splits

from allegiance.nlp.subwords import SubwordTable


def latin(piece: str) -> bool:
    """Only Latin letters, digits, punctuation, symbols and the word-start mark."""
    for c in piece:
        if c == "▁" or c.isdigit():
            continue
        cat = unicodedata.category(c)
        if cat[0] in "PSZ":
            continue
        if cat[0] == "L" and unicodedata.name(c, "").startswith("LATIN"):
            continue
        return False
    return True


def training_words() -> set[str]:
    """Words of the German training slices and of the shared name lists."""
    words: set[str] = set()
    train, _ = ner_splits()
    for sents in train.values():
        for s in sents:
            words.update(s.words)
    ud_train, _ = ud_splits()
    for s in ud_train:
        words.update(s.words)
    for path in sorted((DATA / "gazetteers_de").glob("*.list")):
        for line in path.read_text(encoding="utf-8").splitlines():
            words.update(line.split())
    return words


def main() -> None:
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    table = SubwordTable(src)
    z = np.load(src)
    pieces = [str(p) for p in z["pieces"]]
    used: set[int] = set()
    for w in training_words():
        used.update(i for i in table.segment(w) if i >= 0)
    keep = [
        i for i, p in enumerate(pieces)
        if latin(p) and (i in used or len(p.removeprefix("▁")) <= 1)
    ]
    print(f"{len(used)} pieces used by the training words; keeping {len(keep)} of {len(pieces)}")
    np.savez_compressed(
        out,
        pieces=np.array([pieces[i] for i in keep]),
        scores=z["scores"][keep],
        vectors=z["vectors"][keep],
        scale=z["scale"][keep],
    )
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
