"""The shipped fast English pipeline (src/allegiance/nlp/models/en_allegiance).

Skipped when the model folder is absent (it is built by training/en/train.sh).
"""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

MODEL = (
    Path(__file__).resolve().parents[1] / "src" / "allegiance" / "nlp" / "models" / "en_allegiance"
)

pytestmark = pytest.mark.skipif(
    not (MODEL / "config.cfg").exists(), reason="en_allegiance model not built"
)

SENT = "Senator Ruth Vance accused Governor Alan Price of lying."


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL)


def test_meta_and_pipes(nlp):
    assert nlp.lang == "en"
    assert nlp.meta["name"] == "allegiance"
    assert nlp.meta.get("version")
    assert "CC BY-SA" in nlp.meta.get("license", "")
    for pipe in ("tok2vec", "tagger", "morphologizer", "parser", "ner", "lemmatizer"):
        assert pipe in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}


@pytest.mark.parametrize(
    "text",
    [
        SENT,
        "  Leading spaces,\ttabs\nand newlines  ",
        "He said: \u201cWe don't back the C.D.U.\u201d \u2014 then left.  Twice!",
        "",
        "e-mail: jane.doe@example.org, https://example.org/a?b=c (2024-01-05)",
    ],
)
def test_offsets_exact(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text


@pytest.mark.xfail(
    strict=False,
    reason="known limit of the EWT-trained model: titled news names "
    "followed by a rare verb (docs/models-en.md, 'Known limits')",
)
def test_simple_sentence(nlp):
    doc = nlp(SENT)
    pers = [e.text for e in doc.ents if e.label_ == "PER"]
    assert any("Vance" in p for p in pers), [(e.text, e.label_) for e in doc.ents]
    assert any("Price" in p for p in pers), [(e.text, e.label_) for e in doc.ents]
    accused = doc[3]
    assert accused.text == "accused"
    assert accused.pos_ == "VERB" and accused.tag_ == "VBD"
    assert accused.lemma_ == "accuse"
    deps = {c.dep_: c.text for c in accused.children}
    assert deps.get("nsubj") == "Vance"
    assert deps.get("dobj") == "Price"
    assert accused.dep_ == "ROOT"
    assert [t.pos_ for t in doc][:3] == ["PROPN", "PROPN", "PROPN"]


def test_news_sentence(nlp):
    doc = nlp("Mayor Ingrid Falk praised the union for its support.")
    assert ("Ingrid Falk", "PER") in [(e.text, e.label_) for e in doc.ents]
    praised = doc[3]
    assert praised.dep_ == "ROOT" and praised.lemma_ == "praise"
    deps = {c.dep_: c.text for c in praised.children}
    assert deps.get("nsubj") == "Falk"
    assert deps.get("dobj") == "union"
    assert [t.dep_ for t in doc[6:10]] == ["prep", "poss", "pobj", "punct"]


def test_pipe_batch_matches_single(nlp):
    texts = [SENT, "The party backs Smith.", "Berlin is in Germany."]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    assert [t.dep_ for t in docs[0]] == [t.dep_ for t in nlp(SENT)]


def test_loader_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from allegiance.nlp import load_pipeline

    monkeypatch.setenv("ALLEGIANCE_EN_PIPELINE", "fast")
    assert load_pipeline("en").meta["name"] == "allegiance"
    monkeypatch.delenv("ALLEGIANCE_EN_PIPELINE")
    assert load_pipeline("en").meta["name"] != "allegiance"
