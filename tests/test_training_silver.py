"""The machine-labelled NER training sentences (training/data/silver/) are what the shipped
transformer tagger gives the shipped plain sentences, and every mark falls on token boundaries."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import corpora  # noqa: E402
import label_silver  # noqa: E402

MARK = re.compile(r"\[([^\]]+)\]\((PER|ORG|LOC)\)")


def _lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]


def test_the_marked_sentences_are_the_plain_sentences() -> None:
    for plain in sorted((ROOT / "training/data/silver_text").glob("*.txt")):
        marked = ROOT / "training/data/silver" / plain.name
        assert [MARK.sub(r"\1", ln) for ln in _lines(marked)] == _lines(plain)


def test_every_mark_falls_on_token_boundaries() -> None:
    sents = corpora.read_silver_sentences()
    assert len(sents) > 9000
    assert sum(len(s.ents) for s in sents) > 15000


def test_the_shipped_labels_are_the_taggers(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    sample = {p.name: _lines(p)[:15] for p in sorted((ROOT / "training/data/silver").glob("*.txt"))}
    for name, lines in sample.items():
        (src / name).write_text("\n".join(MARK.sub(r"\1", ln) for ln in lines) + "\n", "utf-8")
    out = tmp_path / "out"
    label_silver.main(["--src", str(src), "--out", str(out)])
    for name, lines in sample.items():
        assert _lines(out / name) == lines
