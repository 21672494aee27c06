"""Measure statement confidence (``allegiance.extract.calibration``) and write its table.

1. Runs the rule extractor on the annotated sets the rules were developed against (``--train``:
   ``tests/fixtures/corpus/`` dev, dev3, dev5–dev12, heldout, heldout2, examples; never the
   shared gold) and labels each support/oppose statement right or wrong with the lenient
   scoring of ``allegiance eval`` (a differently named issue is no error of the side taken).
2. Per language and cue: the share right there, shrunk toward the language's share.
3. Puts it on the scale of unseen text: the language's share right on the held-out sets
   (``--unseen``: the ten clean blind sets ``heldout3``–``heldout7``, ``heldout9``–
   ``heldout13``; one count per language is read from them, never text), keeping each cue's
   odds ratio to the developed average.
4. Writes ``src/allegiance/extract/data/calibration.tsv`` and prints, on the held-out sets, the
   Brier score and the ranking (AUC) of the rules' own numbers and of the measured ones, twice:
   with the scale taken from the other half of the held-out sets (an honest check of the
   scale), and with the shipped table.

Usage: python training/calibrate.py [--train SET ...] [--unseen SET ...] [--dry-run]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from allegiance.eval import load_gold, score_document
from allegiance.extract import RuleExtractor
from allegiance.extract.calibration import ANY, TABLE, Calibration, rescaled, shrunk

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
TRAIN = ["dev", "dev3", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12"]
TRAIN += ["heldout", "heldout2", "examples"]
UNSEEN = [f"heldout{k}" for k in (3, 4, 5, 6, 7, 9, 10, 11, 12, 13)]
THRESHOLDS = (0.7, 0.8, 0.85, 0.9)

Row = tuple[str, str, float, bool]  # lang, cue, the rule's confidence, right


def labelled(sets: list[str]) -> list[Row]:
    """Every support/oppose statement the extractor makes on the annotated sets, labelled."""
    ex = RuleExtractor(calibration=Calibration({}))  # the rules' own numbers
    rows: list[Row] = []
    for name in sets:
        for gold in load_gold(CORPUS / f"{name}.jsonl"):
            statements = ex.extract(gold.document).statements
            score = score_document(gold, statements)
            wrong = set(score.spurious) - {sp for sp, _ in score.head_matches}
            for st in statements:
                if st.polarity not in ("support", "oppose"):
                    continue
                triple = (gold.resolve(st.source), gold.resolve(st.target), st.polarity)
                lang = st.lang or gold.document.lang or "en"
                rows.append((lang, st.cue or ANY, st.confidence, triple not in wrong))
    return rows


def shares(rows: list[Row]) -> dict[str, float]:
    """Share of right statements per language."""
    n: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for lang, _cue, _conf, ok in rows:
        n[lang] += 1
        right[lang] += ok
    return {lang: right[lang] / n[lang] for lang in n}


def fit(train: list[Row], unseen: dict[str, float]) -> list[tuple[str, str, int, int, float]]:
    """The table rows (lang, cue, n, right, confidence); cue ``*`` is the language's row."""
    n: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for lang, cue, _conf, ok in train:
        for key in ((lang, ANY), (lang, cue)):
            n[key] += 1
            right[key] += ok
    out = []
    for (lang, cue), k in sorted(n.items()):
        average = right[(lang, ANY)] / n[(lang, ANY)]
        share = average if cue == ANY else shrunk(right[(lang, cue)], k, average)
        out.append((lang, cue, k, right[(lang, cue)], rescaled(share, average, unseen[lang])))
    return out


def _auc(pairs: list[tuple[float, bool]]) -> float:
    pos = [c for c, ok in pairs if ok]
    neg = [c for c, ok in pairs if not ok]
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg)) if pos and neg else 0.5


def report(rows: list[Row], cal: Calibration, label: str) -> None:
    """Brier score, ranking and precision at each threshold: the rules' numbers, then ours."""
    old = [(conf, ok) for _l, _c, conf, ok in rows]
    new = [(cal.confidence(lang, cue, "oppose", conf), ok) for lang, cue, conf, ok in rows]
    print(f"{label}: {len(rows)} statements, {sum(ok for *_, ok in rows)} right")
    for name, pairs in (("rules' numbers", old), ("measured", new)):
        brier = sum((c - ok) ** 2 for c, ok in pairs) / len(pairs)
        cuts = []
        for th in THRESHOLDS:
            kept = [ok for c, ok in pairs if c >= th]
            if kept:
                cuts.append(f">={th}: P {sum(kept) / len(kept):.2f}, {len(kept) / len(pairs):.0%}")
        print(f"  {name:15} Brier {brier:.3f}  AUC {_auc(pairs):.3f}  " + "; ".join(cuts))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--train", nargs="*", default=TRAIN)
    ap.add_argument("--unseen", nargs="*", default=UNSEEN)
    ap.add_argument("--dry-run", action="store_true", help="measure, do not write the table")
    args = ap.parse_args()
    train = labelled(args.train)
    halves = (args.unseen[::2], args.unseen[1::2])
    held = [labelled(h) for h in halves]
    for k in (0, 1):  # the scale from one half, checked on the other
        cal = Calibration({(r[0], r[1]): r[4] for r in fit(train, shares(held[1 - k]))})
        report(held[k], cal, f"held-out {', '.join(halves[k])} (scale from the other half)")
    table = fit(train, shares(held[0] + held[1]))
    cal = Calibration({(r[0], r[1]): r[4] for r in table})
    report(held[0] + held[1], cal, "all held-out sets (shipped table)")
    report(train, cal, "developed sets (fitted on)")
    if not args.dry_run:
        with TABLE.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["lang", "cue", "n", "right", "confidence"])
            w.writerows(table)
        print(f"wrote {TABLE.relative_to(ROOT)} ({len(table)} rows)")


if __name__ == "__main__":
    main()
