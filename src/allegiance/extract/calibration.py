"""Statement confidence, measured on annotated documents.

The rules find a statement by a cue ("vorwerfen", "warn", a stance noun, a quotation's verdict).
How often a statement is right differs from cue to cue, and the number each rule set by hand
did not follow it: on the held-out sets nobody working on the rules has read, statements the
rules rated 0.75 were right no more often than those rated 0.5, so filtering a report by
confidence kept or dropped statements at random.

The confidence of a support/oppose statement is therefore measured: how much more or less often
than its language's average a statement of its cue was right on the annotated sets the rules
were developed against (shrunk toward the average when the cue was seen only a few times), put
on the scale of how often statements are right on unseen text (the share on the held-out sets:
the developed sets themselves say 92 %, an overestimate, as the rules were written from them).
"Right" counts a statement that names its issue differently from the annotators (the lenient
score of ``allegiance eval``): the confidence is about the side taken. Neutral statements keep
the rule's number: the gold format does not score them.

The table is ``data/calibration.tsv``; ``training/calibrate.py`` rebuilds it and prints how well
it ranks statements on the held-out sets. A cue the table does not know (a user's own cue word)
takes its language's average.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "calibration.tsv"
ANY = "*"


@dataclass(frozen=True, slots=True)
class Calibration:
    """Measured confidence by (language, cue); the row with cue ``*`` is the language's
    average."""

    rows: dict[tuple[str, str], float]

    def confidence(self, lang: str, cue: str | None, polarity: str, default: float) -> float:
        """The measured confidence of a ``polarity`` statement found by ``cue``: the cue's row,
        else the language's average; ``default`` (the rule's own number) for neutral statements
        and languages the table lacks.

        >>> cal = Calibration({("de", "*"): 0.78, ("de", "vorwerfen"): 0.9})
        >>> cal.confidence("de", "vorwerfen", "oppose", 0.5)
        0.9
        >>> cal.confidence("de", "meinen", "support", 0.5)
        0.78
        >>> cal.confidence("de", None, "neutral", 0.6)
        0.6
        """
        if polarity not in ("support", "oppose"):
            return default
        return self.rows.get((lang, cue or ANY), self.rows.get((lang, ANY), default))

    @classmethod
    def load(cls, path: Path = TABLE) -> Calibration:
        """Read a table written by ``training/calibrate.py`` (columns lang, cue, n, right,
        confidence); an absent file gives an empty table."""
        rows: dict[tuple[str, str], float] = {}
        if path.exists():
            with path.open(encoding="utf-8", newline="") as f:
                for r in csv.DictReader(f, delimiter="\t"):
                    rows[(r["lang"], r["cue"])] = float(r["confidence"])
        return cls(rows)


@lru_cache(maxsize=1)
def default_calibration() -> Calibration:
    """The table shipped with the package, read once."""
    return Calibration.load()


def shrunk(right: int, n: int, prior: float, strength: float = 10.0) -> float:
    """The share ``right / n`` shrunk toward ``prior`` as if ``strength`` more statements had
    been seen at the prior's rate.

    >>> round(shrunk(3, 3, 0.6), 3)
    0.692
    >>> shrunk(0, 0, 0.6)
    0.6
    """
    return (right + strength * prior) / (n + strength)


def rescaled(share: float, average: float, unseen: float) -> float:
    """A cue's share moved from the scale of the developed sets (where the average statement is
    right with probability ``average``) to that of unseen text (``unseen``), keeping its odds
    ratio to the average; kept within [0.05, 0.98].

    >>> round(rescaled(0.96, 0.92, 0.78), 3)
    0.881
    >>> rescaled(0.92, 0.92, 0.78)
    0.78
    """

    def logit(p: float) -> float:
        p = min(max(p, 0.01), 0.995)
        return math.log(p / (1 - p))

    x = logit(unseen) + logit(share) - logit(average)
    return round(min(max(1 / (1 + math.exp(-x)), 0.05), 0.98), 3)
