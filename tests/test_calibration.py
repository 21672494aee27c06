"""Statement confidence is measured per cue (allegiance.extract.calibration)."""

from __future__ import annotations

import doctest
import importlib
import sys
from pathlib import Path

from allegiance import extract_text
from allegiance.extract import calibration
from allegiance.extract.calibration import Calibration, default_calibration

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
calibrate = importlib.import_module("calibrate")


def test_docstring_examples() -> None:
    result = doctest.testmod(calibration, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_the_shipped_table_has_an_average_per_language() -> None:
    cal = default_calibration()
    for lang in ("de", "en"):
        assert 0.5 < cal.rows[(lang, "*")] < 0.95


def test_a_statement_carries_its_cues_measured_confidence() -> None:
    cal = default_calibration()
    text = (
        "Die Landesregierung plant eine Reform der Grundsteuer. Der Mieterbund warf der "
        "Regierung Wortbruch vor. Der Städtetag warnte vor der Reform."
    )
    found = {s.cue: s for s in extract_text(text, "de")}
    accuse, warn = found["vorwerfen"], found["warnen"]
    assert accuse.confidence == cal.rows[("de", "vorwerfen")]
    assert warn.confidence == cal.rows[("de", "warnen")]
    # an accusation was right more often than a warning on the annotated sets
    assert accuse.confidence > warn.confidence


def test_neutral_statements_keep_the_rules_number() -> None:
    cal = Calibration({("de", "*"): 0.78})
    assert cal.confidence("de", "zeigen", "neutral", 0.5) == 0.5
    assert cal.confidence("de", "zeigen", "support", 0.5) == 0.78
    assert cal.confidence("fr", "montrer", "support", 0.5) == 0.5  # no row for the language


def test_fit_shrinks_rare_cues_and_keeps_their_odds_on_the_unseen_scale() -> None:
    rows = [("de", "a", 0.5, True)] * 40 + [("de", "b", 0.5, False)] * 10
    rows += [("de", "c", 0.5, True)]
    table = {(lang, cue): conf for lang, cue, _n, _r, conf in calibrate.fit(rows, {"de": 0.7})}
    assert table[("de", "*")] == 0.7  # the language's average is the unseen share
    assert table[("de", "a")] > table[("de", "c")] > table[("de", "*")] > table[("de", "b")]


def test_an_empty_table_keeps_the_rules_own_numbers() -> None:
    from allegiance.extract import RuleExtractor
    from allegiance.model import Document

    text = "Die Landesregierung plant eine Reform der Grundsteuer. Der Mieterbund lehnt sie ab."
    doc = Document(id="d", text=text, lang="de")
    raw = RuleExtractor(calibration=Calibration({})).extract(doc).statements
    measured = RuleExtractor().extract(doc).statements
    assert [s.confidence for s in raw] != [s.confidence for s in measured]
    assert all(s.confidence in (0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75) for s in raw)
