"""Tests for the shipped trained German pipeline (src/allegiance/nlp/models/de_allegiance)."""

from __future__ import annotations

import pytest

from allegiance.nlp import DE_MODEL, load_pipeline

pytestmark = pytest.mark.skipif(
    not (DE_MODEL / "config.cfg").exists(), reason="trained German model not built"
)


@pytest.fixture(scope="module")
def nlp():
    nlp = load_pipeline("de")
    assert "parser" in nlp.pipe_names, "load_pipeline('de') should use the trained model"
    return nlp


def test_pipeline_components(nlp) -> None:
    for name in ("allegiance_hanta", "ner", "morphologizer", "parser", "allegiance_rule_ner"):
        assert name in nlp.pipe_names


def test_case_and_dependencies(nlp) -> None:
    doc = nlp("Der Unternehmer kritisierte den Präsidenten scharf.")
    by = {t.text: t for t in doc}
    assert by["Unternehmer"].morph.get("Case") == ["Nom"]
    assert by["Präsidenten"].morph.get("Case") == ["Acc"]
    assert by["Unternehmer"].dep_ == "nsubj" and by["Unternehmer"].head.text == "kritisierte"
    assert by["Präsidenten"].dep_ == "obj" and by["Präsidenten"].head.text == "kritisierte"
    # gazetteer feature strings never leak into the final morphology
    assert not any("G=" in str(t.morph) for t in doc)


def test_sentences_follow_sentencizer(nlp) -> None:
    text = "Musk schwieg. Trump sprach von Verrat. „Das ist vorbei“, sagte er."
    doc = nlp(text)
    assert [s.text for s in doc.sents] == [
        "Musk schwieg.",
        "Trump sprach von Verrat.",
        "„Das ist vorbei“, sagte er.",
    ]


def test_entities_statistical_and_rules(nlp) -> None:
    doc = nlp(
        "In Rostock traf die Bauministerin Verena Hubertz am Montag Vertreter der "
        "Reederei Hapag-Lloyd und der Gewerkschaft."
    )
    kinds = {e.text: e.label_ for e in doc.ents}
    assert kinds.get("Rostock") == "LOC"
    assert kinds.get("Verena Hubertz") == "PER"
