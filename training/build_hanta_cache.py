"""Precompute HanTa analyses for the vocabulary of the training slices (shipped as a cache).

HanTa re-analyses every word outside its lexicon (about 1-2 ms per new word). Running the
``allegiance_hanta`` component once over the training sentences (never the held-out slices) and
storing its word analyses and lemmas makes the first pass over new text much faster.
Writes src/allegiance/nlp/resources/hanta_cache.json.gz.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import ner_splits, read_project_sentences, ud_splits

from allegiance.nlp import build_rule_pipeline_de
from allegiance.nlp.hanta import FORWARD_MEMO, LEMMA_CACHE

OUT = Path(__file__).resolve().parents[1] / "src/allegiance/nlp/resources/hanta_cache.json.gz"


def main() -> None:
    """Tag the training sentences and dump the caches."""
    nlp = build_rule_pipeline_de()
    train, _ = ner_splits()
    ud_train, _ = ud_splits()
    sents = [s for part in train.values() for s in part] + ud_train + read_project_sentences()
    texts = [" ".join(s.words) for s in sents]
    with nlp.select_pipes(enable=["sentencizer", "allegiance_sentfix", "allegiance_hanta"]):
        for _ in nlp.pipe(texts, batch_size=256):
            pass
    data = {
        "forward": {
            w: [[int(t), round(float(p), 3)] for t, p in res] for w, res in FORWARD_MEMO.items()
        },
        "lemma": [[w, t, lem] for (w, t), lem in LEMMA_CACHE.items()],
    }
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
    print(
        f"{OUT}: {len(FORWARD_MEMO)} analyses, {len(LEMMA_CACHE)} lemmas, "
        f"{OUT.stat().st_size / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
