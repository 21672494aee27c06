"""The gold scorer follows the rules of shared/gold/README.md (hand-made cases)."""

from __future__ import annotations

import json

import pytest

from allegiance.eval import Counts, evaluate, gold_document, load_gold, normalize_name
from allegiance.model import Span, Statement

GOLD = {
    "id": "g1",
    "lang": "de",
    "date": "2025-01-02",
    "title": "Test",
    "text": "Anna Roth lobt das „Wassergesetz“. Der Verband lehnt es ab. Ben Kurz schweigt.",
    "actors": [
        {"name": "Anna Roth", "type": "person", "aliases": ["Roth", "die Ministerin"]},
        {"name": "Wasserverband", "type": "organization", "aliases": ["Verband"]},
        {"name": "Ben Kurz", "type": "person", "aliases": ["Kurz"]},
    ],
    "concepts": [{"name": "Wassergesetz", "aliases": ["das Gesetz"]}],
    "affiliations": [],
    "statements": [
        {
            "source": "Anna Roth",
            "target": "Wassergesetz",
            "polarity": "support",
            "evidence": "lobt",
        },
        {
            "source": "Wasserverband",
            "target": "Wassergesetz",
            "polarity": "oppose",
            "evidence": "x",
        },
    ],
    "neutral": [{"source": "Ben Kurz", "target": "Wassergesetz", "evidence": "schweigt"}],
}


def st(source: str, target: str, polarity: str) -> Statement:
    return Statement("g1", source, target, polarity, Span(0, 0, ""))  # type: ignore[arg-type]


def test_normalisation_strips_quotes_case_and_space() -> None:
    assert normalize_name("  „Wasser  Gesetz“. ") == "wasser gesetz"
    assert normalize_name("ÄRGER") == normalize_name("ärger")
    # NFC: a decomposed umlaut equals the composed one
    assert normalize_name("Ko\u0308rber") == normalize_name("Körber")


def test_aliases_match_and_duplicates_count_once() -> None:
    g = gold_document(GOLD)
    preds = [
        st("Roth", "„Wassergesetz“", "support"),
        st("anna roth", "das Gesetz", "support"),  # duplicate triple after resolution
        st("Verband", "Wassergesetz", "oppose"),
    ]
    res = evaluate([g], lambda d: preds)
    assert (res.overall.tp, res.overall.fp, res.overall.fn) == (2, 0, 0)
    assert res.overall.f1 == pytest.approx(1.0)


def test_wrong_polarity_is_both_spurious_and_missed() -> None:
    g = gold_document(GOLD)
    res = evaluate([g], lambda d: [st("Anna Roth", "Wassergesetz", "oppose")])
    c = res.overall
    assert (c.tp, c.fp, c.fn) == (0, 1, 2)
    assert res.documents[0].missed[0][:2] == ("Anna Roth", "Wassergesetz")


def test_neutral_violation_counted_and_neutral_predictions_ignored() -> None:
    g = gold_document(GOLD)
    preds = [st("Kurz", "Wassergesetz", "oppose"), st("Anna Roth", "Wassergesetz", "neutral")]
    res = evaluate([g], lambda d: preds)
    assert res.overall.neutral_violations == 1
    assert res.overall.fp == 1  # the neutral-polarity prediction is not scored
    assert res.overall.tp == 0


def test_micro_average_over_documents_and_languages(tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = dict(GOLD, id="g2", lang="en")
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in (GOLD, other)) + "\n", encoding="utf-8")
    docs = load_gold(path)

    # doc g1 perfect, doc g2 one of two found plus one spurious
    def fake(d):  # type: ignore[no-untyped-def]
        if d.id == "g1":
            return [
                st("Anna Roth", "Wassergesetz", "support"),
                st("Verband", "Wassergesetz", "oppose"),
            ]
        return [st("Anna Roth", "Wassergesetz", "support"), st("Ben Kurz", "Anna Roth", "support")]

    res = evaluate(docs, fake)
    assert (res.overall.tp, res.overall.fp, res.overall.fn) == (3, 1, 1)
    assert res.overall.precision == pytest.approx(0.75)
    assert res.by_lang["de"].f1 == pytest.approx(1.0)
    assert res.by_lang["en"].f1 == pytest.approx(0.5)
    assert res.to_dict()["overall"]["tp"] == 3


def test_counts_zero_division() -> None:
    c = Counts()
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)


def test_bad_gold_line_is_reported(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:1"):
        load_gold(path)


def test_lenient_score_counts_an_issue_named_by_the_same_head_noun_only() -> None:
    g = gold_document(GOLD)
    preds = [
        st("Anna Roth", "Gesetz zum Wasser", "support"),  # same head noun, unlisted name
        st("Wasserverband", "Abwassergebühr", "oppose"),  # another issue
        st("Wasserverband", "Ben Kurz", "oppose"),  # a gold actor is never a naming variant
    ]
    res = evaluate([g], lambda d: preds)
    assert (res.overall.tp, res.overall.fp, res.overall.fn) == (0, 3, 2)  # strict unchanged
    lenient = res.lenient
    assert (lenient.tp, lenient.fp, lenient.fn) == (1, 2, 1)
    assert res.documents[0].head_matches == [
        (("Anna Roth", "gesetz zum wasser", "support"), ("Anna Roth", "Wassergesetz", "support"))
    ]
    assert res.to_dict()["lenient_issue_heads"]["tp"] == 1


def test_confidence_bands_say_how_often_statements_of_each_confidence_were_right() -> None:
    from dataclasses import replace

    from allegiance.eval import format_result

    g = gold_document(GOLD)
    preds = [
        replace(st("Roth", "Wassergesetz", "support"), confidence=0.95),
        replace(st("Verband", "Wassergesetz", "support"), confidence=0.85),  # wrong side
        replace(st("Kurz", "Wassergesetz", "neutral"), confidence=0.5),  # not scored
        replace(st("Verband", "Wassergesetz", "oppose"), confidence=0.6),
    ]
    res = evaluate([g], lambda d: preds)
    assert res.confidence_bands() == [
        (">= 0.90", 1, 1, 1),
        ("0.80-0.90", 1, 0, 0),
        ("< 0.70", 1, 1, 1),
    ]
    lines = list(format_result(res, details=False))
    assert lines[-1].startswith("overall")  # the overall score stays the last line
    assert any(line.strip().startswith("0.80-0.90") for line in lines)
    assert res.to_dict()["confidence_bands"][1] == {
        "band": "0.80-0.90",
        "statements": 1,
        "right": 0,
        "right_lenient": 0,
    }
