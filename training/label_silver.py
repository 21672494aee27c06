"""Label plain German sentences with the transformer tagger, for distillation into the CNN.

Reads ``training/data/silver_text/*.txt`` (project-written plain sentences, one per line, no
marks; see ``training/data/README.md``), tags each line with the opt-in transformer NER
(``models/de_e5ner``, without the rule component, so the labels follow the GermEval
conventions the tagger was trained on) and writes the same lines with inline marks
(``[Name](ORG)``) to ``training/data/silver/``, one file per input file.
``training/convert.py`` adds them to the NER training file when ``ALLEGIANCE_SILVER_WEIGHT``
is set (they never enter the dev slice).

Lines are dropped when the tagger is unsure of a word: when the softmax probability of the
tag it chose for any word (at the word's first piece) is below ``--min-prob``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from allegiance.nlp import e5ner, load_pipeline  # noqa: E402


def mark(line: str, spans: list[tuple[int, int, str]]) -> str:
    """``line`` with ``[text](LABEL)`` around each character span."""
    out, pos = [], 0
    for a, b, lab in sorted(spans):
        out += [line[pos:a], "[", line[a:b], "](", lab, ")"]
        pos = b
    out.append(line[pos:])
    return "".join(out)


def main(argv: list[str] | None = None) -> None:
    """CLI entry point (``argv``: the arguments, default ``sys.argv[1:]``)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--src", type=Path, default=ROOT / "training/data/silver_text")
    ap.add_argument("--out", type=Path, default=ROOT / "training/data/silver")
    ap.add_argument("--min-prob", type=float, default=0.0)
    args = ap.parse_args(argv)
    nlp = load_pipeline("de")
    tok = nlp.tokenizer
    tagger = e5ner.E5NER(nlp, "e5")
    args.out.mkdir(parents=True, exist_ok=True)
    kept = dropped = ents = 0
    for path in sorted(args.src.glob("*.txt")):
        lines_out = [f"# labelled by {e5ner.model_version()} from {path.name} "
                     f"(training/label_silver.py, --min-prob {args.min_prob})"]
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            doc = tok(line)
            tags, probs = tagger.tag_probs(doc)
            spans = e5ner.spans_from_tags(tags)
            unsure = min(probs, default=1.0) < args.min_prob
            text_spans = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), lab)
                          for a, b, lab in spans]
            if unsure or any("[" in line[a:b] or "]" in line[a:b] for a, b, _ in text_spans):
                dropped += 1
                continue
            kept += 1
            ents += len(spans)
            lines_out.append(mark(line, text_spans))
        (args.out / path.name).write_text("\n".join(lines_out) + "\n", encoding="utf-8")
    print(f"kept {kept} lines with {ents} names, dropped {dropped}")


if __name__ == "__main__":
    main()
