"""Tests for the German transformer NER (allegiance.nlp.e5ner, models/de_e5ner)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from allegiance.nlp import e5ner, load_pipeline
from allegiance.nlp.e5ner import UNK, Unigram, spans_from_tags

needs_model = pytest.mark.skipif(not e5ner.available(), reason="de_e5ner or onnxruntime missing")


def _toy() -> Unigram:
    pieces = ["<s>", "<pad>", "</s>", "<unk>", "▁", "▁Bund", "es", "tag", "▁Bundes", "a", "g", "t"]
    scores = np.array([0, 0, 0, 0, -5, -3, -4, -4, -2, -6, -6, -6], dtype=np.float32)
    return Unigram(pieces, scores)


def test_unigram_takes_the_best_scoring_segmentation() -> None:
    tok = _toy()
    # ▁Bundes + tag (-2 -4) beats ▁Bund + es + tag (-3 -4 -4)
    assert tok.word("Bundestag") == [8, 7]


def test_unigram_unknown_characters_become_one_unk() -> None:
    tok = _toy()
    assert tok.word("tag☃☃") == [4, 7, UNK]
    assert tok.word("☃") == [4, UNK]


def test_bio_tags_to_spans() -> None:
    tags = ["B-PER", "I-PER", "O", "I-ORG", "B-LOC", "I-PER", "I-PER"]
    assert spans_from_tags(tags) == [(0, 2, "PER"), (3, 4, "ORG"), (4, 5, "LOC"), (5, 7, "PER")]
    assert spans_from_tags(["O", "O"]) == []


def test_not_available_without_model_files(tmp_path) -> None:
    assert not e5ner.available(tmp_path)


def test_cnn_tagger_by_default_transformer_on_request(monkeypatch) -> None:
    nlp = load_pipeline("de")
    assert nlp.get_pipe_meta("ner").factory == "ner"
    assert "allegiance_gazfeat" in nlp.pipe_names
    monkeypatch.setenv("ALLEGIANCE_DE_NER", "bogus")
    with pytest.raises(ValueError, match="ALLEGIANCE_DE_NER"):
        load_pipeline("de")


@pytest.fixture
def e5(monkeypatch):
    monkeypatch.setenv("ALLEGIANCE_DE_NER", "e5")
    nlp = load_pipeline("de")
    assert nlp.get_pipe_meta("ner").factory == "allegiance_e5ner"
    assert "allegiance_gazfeat" not in nlp.pipe_names
    return nlp


@needs_model
def test_people_organisations_places(e5) -> None:
    doc = e5(
        "Die Wirtschaftsministerin Katherina Reiche traf in Leipzig den Vorstand der "
        "Deutschen Bahn und Vertreter des Bundesverbands der Deutschen Industrie."
    )
    kinds = {e.text: e.label_ for e in doc.ents}
    assert kinds.get("Katherina Reiche") == "PER"
    assert kinds.get("Leipzig") == "LOC"
    assert kinds.get("Deutschen Bahn") == "ORG"


@needs_model
def test_a_sentence_longer_than_one_chunk_is_tagged_to_its_end(e5) -> None:
    filler = ", ".join(["und dann kam noch eine weitere lange Aufzählung"] * 40)
    text = f"Angela Merkel sprach {filler} sowie über Friedrich Merz."
    doc = e5(text)
    names = {e.text for e in doc.ents if e.label_ == "PER"}
    assert {"Angela Merkel", "Friedrich Merz"} <= names
    assert all(doc.text[e.start_char : e.end_char] == e.text for e in doc.ents)


@needs_model
def test_empty_and_blank_texts_keep_their_text(e5) -> None:
    texts = ["", "   ", "Angela Merkel sprach.", "\n\n"]
    docs = list(e5.pipe(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    assert [e.text for e in docs[2].ents] == ["Angela Merkel"]


@needs_model
def test_a_sentence_is_tagged_the_same_alone_and_among_others(e5) -> None:
    sents = [
        "Olaf Scholz traf in Leipzig Vertreter der Deutschen Bahn und der IG Metall.",
        "Die Sitzung im Rathaus von Quedlinburg dauerte bis in den späten Abend.",
        "Am Freitag wollen die Stadtwerke Halle ihre Bilanz vorlegen, hieß es aus Magdeburg.",
        "Der Aufsichtsrat der Hanse Logistik AG um Petra Wendland-Kiesow tagte in Rostock.",
        "Kritik kam von Greenpeace, dem BUND und der Bürgerinitiative Gegenwind Altmark.",
        "Laut Jörg Behrendsen vom Ifo-Institut in München sinkt die Stimmung weiter.",
        "Bei Siemens Energy in Mülheim an der Ruhr stehen 300 Stellen auf der Kippe.",
        "Die Grünen im Kreistag von Vorpommern-Greifswald lehnen die Pläne ab.",
        "Nein.",
        "Nach Angaben des Statistischen Landesamts in Kamenz, das sich auf Zahlen der "
        "Bundesagentur für Arbeit und der Industrie- und Handelskammer Dresden stützt, haben "
        "im vergangenen Jahr mehr als 4.000 Beschäftigte aus Polen und Tschechien in der "
        "Lausitz gearbeitet, vor allem bei Zulieferern von Volkswagen in Zwickau und bei der "
        "Lausitz Energie Bergbau AG, deren Sprecherin Anja Hilbrich das bestätigte.",
    ]
    names = [n for n in e5.pipe_names if n != "allegiance_rule_ner"]
    with e5.select_pipes(enable=names):
        alone = [e5(s) for s in sents]
        together = e5(" ".join(sents))
    assert [s.text for s in together.sents] == sents
    for doc, sent in zip(alone, together.sents, strict=True):
        expected = [(e.start_char, e.text, e.label_) for e in doc.ents]
        got = [(e.start_char - sent.start_char, e.text, e.label_) for e in sent.ents]
        assert got == expected


@needs_model
def test_the_command_line_option_chooses_the_german_tagger(monkeypatch, tmp_path) -> None:
    from typer.testing import CliRunner

    from allegiance.cli import app

    monkeypatch.delenv("ALLEGIANCE_DE_NER", raising=False)  # restored after the test
    src = tmp_path / "a.txt"
    src.write_text("Chamath Palihapitiya lobte Tesla.", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["--de-ner", "e5", "parse", str(src)])
    assert res.exit_code == 0, res.output
    assert load_pipeline("de").get_pipe_meta("ner").factory == "allegiance_e5ner"
    parsed = json.loads(res.output.splitlines()[0])
    assert "Tesla" in {e["text"] for e in parsed["entities"]}
    res = runner.invoke(app, ["--de-ner", "bert", "parse", str(src)])
    assert res.exit_code != 0 and "bert" in res.output
