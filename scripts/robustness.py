"""Robustness sweep of the extractor: cut-off and re-cased sentences and random junk.

Every document must be read to its end within ``--seconds`` without an exception, and every
statement's evidence must be the exact text at its offsets. Sources: the construction batteries
(``tests/fixtures/batteries/{de,en}_*.txt``, the readable ones), the machine-labelled training
sentences' plain text (``training/data/silver_text``, German), and random strings of names, cue
words, quotes, emoji, zero-width characters and long tokens. Prints one line per failure and a
summary; exits 1 when anything failed. Unix only (uses ``SIGALRM``).

Run: ``.venv/bin/python scripts/robustness.py --fragments 4000 --junk 3000``
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
from pathlib import Path

from allegiance.extract import RuleExtractor
from allegiance.model import Document

ROOT = Path(__file__).resolve().parents[1]
OPENERS = {
    "en": "The council plans a congestion tax. ",
    "de": "Die Landesregierung plant eine Reform der Grundsteuer. ",
}
JUNK = [
    "„", "“", "«", "»", '"', "'", "(", ")", "-", "–", "...", "😀", "Merkel", "SPD", "sagte",
    "said", "the", "der", "Reform", "bill", "kritisierte", "criticised", ",", ".", ":", "nicht",
    "not", "von", "of", "X" * 300, "\n", "\t", "1234", "§", "Dr.", "Mr.", "Herr", "sie", "she",
    "es", "it", "Gesetz", "lehnt", "ab", "https://example.org", "#hashtag", "@user", "ß", "İ",
    "\u200b", "\u00ad",
]


def _sentences(lang: str) -> list[str]:
    paths = sorted((ROOT / "tests/fixtures/batteries").glob(f"{lang}_*.txt"))
    if lang == "de":
        paths += sorted((ROOT / "training/data/silver_text").glob("*.txt"))
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("=>")[0].strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def fragments(lang: str, n: int, rng: random.Random) -> list[str]:
    """Prefixes and suffixes of 3, 5 and 7 words, and upper- and lower-cased sentences."""
    out = []
    for s in _sentences(lang):
        words = s.rstrip(".").split()
        for k in (3, 5, 7):
            if len(words) > k:
                out += [" ".join(words[:k]) + ".", " ".join(words[-k:])]
        out += [s.upper(), s.lower()]
    rng.shuffle(out)
    return [OPENERS[lang] + f for f in out[:n]]


def junk(n: int, rng: random.Random) -> list[tuple[str, str]]:
    """``n`` (language, text) pairs of 1 to 40 random pieces."""
    return [
        (rng.choice(["de", "en"]), " ".join(rng.choice(JUNK) for _ in range(rng.randint(1, 40))))
        for _ in range(n)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fragments", type=int, default=4000, help="per language")
    ap.add_argument("--junk", type=int, default=3000)
    ap.add_argument("--seconds", type=int, default=10, help="limit per document")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    docs = [(lang, t) for lang in ("en", "de") for t in fragments(lang, args.fragments, rng)]
    docs += junk(args.junk, rng)
    ex = RuleExtractor()

    def stop(*_: object) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, stop)
    failures = 0
    t0 = time.time()
    for i, (lang, text) in enumerate(docs):
        signal.alarm(args.seconds)
        try:
            result = ex.extract(Document(id=str(i), text=text, lang=lang))
            for s in result.statements:
                if text[s.evidence.start : s.evidence.end] != s.evidence.text:
                    raise AssertionError(f"evidence offsets {s.evidence.start}:{s.evidence.end}")
        except TimeoutError:
            failures += 1
            print(f"HANG ({lang}, over {args.seconds} s): {text[:160]!r}")
        except Exception as exc:  # report and go on: the sweep counts failures
            failures += 1
            print(f"ERROR ({lang}) {type(exc).__name__}: {exc}: {text[:160]!r}")
        finally:
            signal.alarm(0)
    print(f"{len(docs)} documents, {failures} failures, {time.time() - t0:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
