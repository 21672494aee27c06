"""Build the word lists shipped in src/allegiance/nlp/resources/ (run by ``make resources``).

* surnames_de / firms_de / cities_de / countries_de: copies of ../shared/data/gazetteers_de
  (GermaNER surnames, Apache-2.0; OSM company and town names, CC BY-SA 2.0; official country
  names, public domain), gzip-compressed.
* first_names: first tokens of multi-word PER entities in the *training* slices of GermEval 2014,
  Europarl NER and Legal NER (never the held-out slices), seen at least twice, plus the
  project-written list ``training/first_names_extra.txt``; ``first_names_feature`` keeps only
  names seen at least twice (plus the project list) so the NER feature does not simply mirror
  its own training labels.
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import DATA, ner_splits

OUT = Path(__file__).resolve().parents[1] / "src" / "allegiance" / "nlp" / "resources"


def _write(name: str, lines: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    data = "\n".join(lines).encode("utf-8") + b"\n"
    with gzip.GzipFile(OUT / f"{name}.txt.gz", "wb", mtime=0) as fh:
        fh.write(data)
    print(f"{name}: {len(lines)} entries")


def _read(name: str) -> list[str]:
    with open(DATA / "gazetteers_de" / name, encoding="utf-8") as fh:
        return sorted({ln.strip() for ln in fh if ln.strip()})


def main() -> None:
    """Write all resource lists."""
    _write("surnames_de", _read("personennamen.list"))
    _write("firms_de", _read("firmennamen.list"))
    _write("cities_de", _read("stadtnamen.list"))
    _write("countries_de", _read("laendernamen.list"))
    train, _ = ner_splits()
    counts: Counter[str] = Counter()
    for sents in train.values():
        for s in sents:
            for a, b, lab in s.ents or []:
                if lab == "PER" and b - a >= 2:
                    w = s.words[a]
                    if w.isalpha() and w[:1].isupper() and len(w) > 1 and not w.isupper():
                        counts[w] += 1
    names = set(counts)
    strict = {w for w, c in counts.items() if c >= 2}
    extra = Path(__file__).resolve().parent / "first_names_extra.txt"
    names |= {ln.strip() for ln in extra.read_text(encoding="utf-8").splitlines()
              if ln.strip() and not ln.startswith("#")}
    _write("first_names", sorted(names))
    _write("first_names_feature", sorted(strict | (names - set(counts))))


if __name__ == "__main__":
    main()
