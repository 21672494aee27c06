"""Run the construction batteries (tests/fixtures/batteries) and print what fails.

Usage: .venv/bin/python scripts/battery.py [--counts] [FILE ...]   (default: every battery file
outside ``blind/``; ``--counts`` prints the counts only, as the blind files are to be read)

Each line is ``SENTENCE => SOURCE | TARGET | POLARITY``; the sentence is read after an opening
sentence that names the issue: the file's own (a first line ``# opening: SENTENCE``) or else the
fixed one of its language (see tests/fixtures/batteries/README.md). A line passes when the
extractor yields that statement. Prints the failing lines and one count per file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from allegiance.extract import RuleExtractor
from allegiance.model import Document

ROOT = Path(__file__).resolve().parents[1]
BATTERIES = ROOT / "tests" / "fixtures" / "batteries"
OPENING = {
    "de": "Die Landesregierung plant eine Reform der Grundsteuer. ",
    "en": "The council plans a congestion tax. ",
}


def run(path: Path, extractor: RuleExtractor, show: bool = True) -> tuple[int, int]:
    """Passing and total lines of one battery file; prints each failing line if ``show``."""
    lang = path.name[:2]
    lines = path.read_text(encoding="utf-8").splitlines()
    opening = OPENING[lang]
    if lines and lines[0].startswith("# opening:"):
        opening = lines[0].removeprefix("# opening:").strip() + " "
    ok = total = 0
    for line in lines:
        if " => " not in line:
            continue
        sentence, expected = line.split(" => ")
        source, target, polarity = (x.strip() for x in expected.split("|"))
        doc = Document(id="battery", text=opening + sentence, lang=lang)
        found = {
            (s.source, s.target, s.polarity)
            for s in extractor.extract(doc).statements
            if s.evidence.end > len(opening)  # not the opening sentence's own statement
        }
        total += 1
        if (source, target, polarity) in found:
            ok += 1
        elif show:
            print(f"FAIL {path.name}: {sentence}  (got {sorted(found)})")
    return ok, total


def main() -> None:
    """Run the given battery files (default: all) and print a count per file."""
    args = sys.argv[1:]
    show = "--counts" not in args
    paths = [Path(p) for p in args if p != "--counts"] or sorted(BATTERIES.glob("*.txt"))
    extractor = RuleExtractor()
    counts = [(p.name, *run(p, extractor, show)) for p in paths]
    for name, ok, total in counts:
        print(f"{name}: {ok}/{total}")


if __name__ == "__main__":
    main()
