"""Tests of the SQLite store (real SQLite files in tmp_path)."""

from __future__ import annotations

import itertools
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegiance.model import (
    Actor,
    Affiliation,
    Concept,
    Document,
    Extraction,
    Mention,
    Span,
    Statement,
)
from allegiance.store import SCHEMA_VERSION, Store, StoreError, is_global_alias, name_key

TEXT_DE = (
    "Elon Musk kritisiert Donald Trump scharf. Er lehnt das Steuergesetz ab. "
    "Die Grünen unterstützen das Steuergesetz. Björn Müller, Chef der Grünen, lobt Musk."
)
TEXT_EN = "Senator Jane Roe backs the Clean Air Bill. Roe attacked Governor Smith."


def span(text: str, piece: str) -> Span:
    """The span of the first occurrence of ``piece`` in ``text``."""
    i = text.index(piece)
    return Span(i, i + len(piece), piece)


def de_doc(doc_id: str = "de1", **kw: object) -> Document:
    defaults: dict[str, object] = {
        "lang": "de",
        "date": "2025-06-06",
        "source": "taz",
        "title": "Bruch",
    }
    defaults.update(kw)
    return Document(id=doc_id, text=TEXT_DE, **defaults)  # type: ignore[arg-type]


def en_doc(doc_id: str = "en1", **kw: object) -> Document:
    defaults: dict[str, object] = {"lang": "en", "date": "2024-03-01", "source": "Herald"}
    defaults.update(kw)
    return Document(id=doc_id, text=TEXT_EN, **defaults)  # type: ignore[arg-type]


def de_extraction(doc_id: str = "de1") -> Extraction:
    t = TEXT_DE
    return Extraction(
        doc_id=doc_id,
        actors=[
            Actor("Elon Musk", "person", ["Musk", "Er"]),
            Actor("Donald Trump", "person", ["Trump"]),
            Actor("Die Grünen", "organization", ["Grünen"]),
            Actor("Björn Müller", "person", ["Müller"]),
        ],
        concepts=[Concept("Steuergesetz", ["das Steuergesetz", "Steuerpaket"])],
        mentions=[
            Mention(span(t, "Elon Musk"), "Elon Musk", "actor"),
            Mention(span(t, "Er"), "Elon Musk", "actor", "pronoun"),
            Mention(span(t, "Steuergesetz"), "Steuergesetz", "concept"),
        ],
        affiliations=[
            Affiliation("Björn Müller", "Die Grünen", "Chef", span(t, "Chef der Grünen")),
        ],
        statements=[
            Statement(doc_id, "Elon Musk", "Donald Trump", "oppose", span(t, TEXT_DE[:41])),
            Statement(
                doc_id,
                "Musk",
                "Steuergesetz",
                "oppose",
                span(t, "Er lehnt das Steuergesetz ab."),
                target_kind="concept",
            ),
            Statement(
                doc_id,
                "Die Grünen",
                "Steuergesetz",
                "support",
                span(t, "Die Grünen unterstützen das Steuergesetz."),
                source_type="organization",
                target_kind="concept",
            ),
            Statement(doc_id, "Björn Müller", "Elon Musk", "support", span(t, "lobt Musk")),
        ],
    )


def en_extraction(doc_id: str = "en1") -> Extraction:
    t = TEXT_EN
    return Extraction(
        doc_id=doc_id,
        actors=[Actor("Jane Roe", "person", ["Roe", "Senator Jane Roe"]), Actor("Smith")],
        concepts=[Concept("Clean Air Bill")],
        statements=[
            Statement(
                doc_id,
                "Jane Roe",
                "Clean Air Bill",
                "support",
                span(t, "Senator Jane Roe backs the Clean Air Bill."),
                target_kind="concept",
            ),
            Statement(
                doc_id,
                "Roe",
                "Smith",
                "oppose",
                span(t, "Roe attacked Governor Smith."),
                date="2024-02-28",
                period="past",
                cue="attacked",
                confidence=0.7,
            ),
        ],
    )


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "s.db") as st:
        yield st  # type: ignore[misc]


# --------------------------------------------------------------------------- schema, lifecycle


def test_schema_version_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "a.db"
    with Store(path) as st:
        assert st.schema_version == SCHEMA_VERSION
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "documents",
        "actors",
        "actor_aliases",
        "concepts",
        "concept_aliases",
        "mentions",
        "affiliations",
        "statements",
        "extraction_runs",
    } <= tables
    con.close()
    # reopening runs no migration twice and keeps the data
    with Store(path) as st:
        st.add_document(de_doc())
    with Store(path) as st:
        assert st.count_documents() == 1
        assert st._q("PRAGMA foreign_keys")[0][0] == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_closed_store_raises(tmp_path: Path) -> None:
    st = Store(tmp_path / "a.db")
    st.close()
    st.close()
    with pytest.raises(StoreError):
        st.add_document(de_doc())


# --------------------------------------------------------------------------- documents


def test_add_document_dedupes_by_content_hash(store: Store) -> None:
    assert store.add_document(de_doc()) == ("de1", True)
    # same text, different id and whitespace -> same content hash
    again = Document(id="other", text=TEXT_DE.replace(". ", ".  "), lang="de")
    assert store.add_document(again) == ("de1", False)
    assert store.count_documents() == 1
    got = store.get_document("de1")
    assert got == de_doc()
    assert store.get_document("nope") is None


def test_id_collision_with_other_text_gets_new_id(store: Store) -> None:
    store.add_document(de_doc("x"))
    new_id, created = store.add_document(en_doc("x"))
    assert created and new_id != "x" and new_id.startswith("x-")
    assert store.get_document(new_id).text == TEXT_EN  # type: ignore[union-attr]
    assert store.get_document("x").text == TEXT_DE  # type: ignore[union-attr]


def test_documents_order_ids_and_unextracted(store: Store) -> None:
    for i in range(3):
        store.add_document(Document(id=f"d{i}", text=f"Text number {i}."))
    assert [d.id for d in store.documents()] == ["d0", "d1", "d2"]
    assert [d.id for d in store.documents(ids=["d2", "zz", "d0"])] == ["d2", "d0"]
    store.save_extraction(Extraction(doc_id="d1"), extractor="rules", version="1")
    assert [d.id for d in store.documents(unextracted_by="rules")] == ["d0", "d2"]
    assert [d.id for d in store.documents(unextracted_by="llm")] == ["d0", "d1", "d2"]
    assert [d.id for d in store.documents(unextracted_by="rules", version="2")] == [
        "d0",
        "d1",
        "d2",
    ]
    assert [d.id for d in store.documents(ids=["d1", "d2"], unextracted_by="rules")] == ["d2"]


def test_iterating_while_writing(store: Store) -> None:
    for i in range(5):
        store.add_document(Document(id=f"d{i}", text=f"Text number {i}."))
    seen = []
    for doc in store.documents(unextracted_by="rules"):
        store.save_extraction(Extraction(doc_id=doc.id), extractor="rules", version="1")
        seen.append(doc.id)
    assert seen == [f"d{i}" for i in range(5)]
    assert list(store.documents(unextracted_by="rules")) == []
    assert store.stats()["extracted_documents"] == 5


# --------------------------------------------------------------------------- extraction


def test_save_extraction_roundtrip(store: Store) -> None:
    store.add_document(de_doc())
    store.save_extraction(de_extraction(), extractor="rules", version="1")
    stmts = store.statements()
    triples = {(s.source, s.target, s.polarity) for s in stmts}
    assert triples == {
        ("Elon Musk", "Donald Trump", "oppose"),
        ("Elon Musk", "Steuergesetz", "oppose"),  # "Musk" is an alias of Elon Musk
        ("Die Grünen", "Steuergesetz", "support"),
        ("Björn Müller", "Elon Musk", "support"),
    }
    for s in stmts:
        assert TEXT_DE[s.evidence.start : s.evidence.end] == s.evidence.text
        assert s.id is not None and s.lang == "de" and s.review == "pending"
        assert s.date == "2025-06-06" and s.extractor == "rules"
    grn = next(s for s in stmts if s.source == "Die Grünen")
    assert grn.source_type == "organization" and grn.target_kind == "concept"
    assert [m.entity for m in store.mentions("de1")] == ["Elon Musk", "Elon Musk", "Steuergesetz"]
    assert store.mentions("de1")[1].how == "pronoun"
    (aff,) = store.affiliations()
    assert (aff.actor, aff.organization, aff.role) == ("Björn Müller", "Die Grünen", "Chef")
    assert aff.evidence == span(TEXT_DE, "Chef der Grünen")
    actors = {a.name: a for a in store.actors()}
    assert set(actors) == {"Elon Musk", "Donald Trump", "Die Grünen", "Björn Müller"}
    assert actors["Elon Musk"].aliases == ["Musk"]  # the pronoun "Er" is not a global alias
    assert actors["Die Grünen"].type == "organization"
    assert store.concepts() == [Concept("Steuergesetz", ["Steuerpaket"])]  # no article phrases
    st = store.stats()
    assert (st["documents"], st["actors"], st["concepts"], st["statements"]) == (1, 4, 1, 4)
    assert (st["affiliations"], st["mentions"], st["extracted_documents"]) == (1, 3, 1)


def test_rerun_replaces_pending_keeps_reviewed(store: Store) -> None:
    store.add_document(de_doc())
    store.save_extraction(de_extraction(), extractor="rules", version="1")
    by_target = {s.target: s for s in store.statements()}
    store.set_review(by_target["Donald Trump"].id, "accepted")  # type: ignore[arg-type]
    store.set_review(by_target["Elon Musk"].id, "rejected")  # type: ignore[arg-type]
    # second run finds only two statements (one already accepted)
    ex = de_extraction()
    ex.statements = ex.statements[:2]
    store.save_extraction(ex, extractor="rules", version="2")
    stmts = store.statements(include_rejected=True)
    assert len(stmts) == 3  # accepted kept once, new pending, rejected kept
    assert sorted(s.review for s in stmts) == ["accepted", "pending", "rejected"]
    assert len(store.statements()) == 2
    assert store.stats()["mentions"] == 3  # mentions replaced, not doubled
    assert store.stats()["affiliations"] == 1
    # another extractor's statements are independent
    store.save_extraction(ex, extractor="llm", version="1")
    assert len(store.statements()) == 4


def test_save_extraction_is_atomic(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add_document(de_doc())
    before = store.stats()

    def boom(*a: object, **k: object) -> int:
        raise RuntimeError("crash while inserting statements")

    monkeypatch.setattr(store, "_insert_statements", boom)
    with pytest.raises(RuntimeError):
        store.save_extraction(de_extraction(), extractor="rules", version="1")
    assert store.stats() == before  # no actors, concepts, mentions or run marker left behind
    assert store.actors() == []
    assert [d.id for d in store.documents(unextracted_by="rules")] == ["de1"]
    monkeypatch.undo()
    store.save_extraction(de_extraction(), extractor="rules", version="1")
    assert store.stats()["statements"] == 4


def test_bad_evidence_or_unknown_doc_rejected(store: Store) -> None:
    store.add_document(de_doc())
    ex = de_extraction()
    ex.statements.append(Statement("de1", "A", "B", "support", Span(0, 5, "Wrong")))
    with pytest.raises(StoreError, match="does not match"):
        store.save_extraction(ex, extractor="rules", version="1")
    assert store.stats()["actors"] == 0
    bad = Statement("de1", "A", "B", "maybe", span(TEXT_DE, "Elon"))  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="polarity"):
        store.add_statements([Statement("de1", "A", "B", "support", span(TEXT_DE, "Elon")), bad])
    assert store.stats()["statements"] == 0 and store.stats()["actors"] == 0
    with pytest.raises(StoreError, match="unknown document"):
        store.save_extraction(Extraction(doc_id="nope"), extractor="rules", version="1")


def test_actors_canonical_across_documents(store: Store) -> None:
    store.add_document(de_doc())
    store.add_document(en_doc())
    store.save_extraction(de_extraction(), extractor="rules", version="1")
    t = TEXT_EN
    ex = Extraction(
        doc_id="en1",
        # different case and spacing; an alias known from the other document; pronoun "He"
        actors=[Actor("ELON  musk", aliases=["He"]), Actor("Trump"), Actor("He")],
        statements=[
            Statement("en1", "elon musk", "Trump", "support", span(t, "Roe")),
            Statement("en1", "He", "Trump", "oppose", span(t, "Smith")),
        ],
    )
    store.save_extraction(ex, extractor="rules", version="1")
    en = [s for s in store.statements() if s.doc_id == "en1"]
    assert {(s.source, s.target) for s in en} == {
        ("Elon Musk", "Donald Trump"),
        ("He", "Donald Trump"),
    }
    names = [a.name for a in store.actors()]
    assert names.count("Elon Musk") == 1 and "He" in names
    assert all(name_key(n) != "elon musk" or n == "Elon Musk" for n in names)


def test_is_global_alias() -> None:
    assert is_global_alias("Musk") and is_global_alias("Präsident Trump")
    assert not is_global_alias("er") and not is_global_alias("der Präsident")
    assert not is_global_alias("The president") and not is_global_alias("  ")
    assert name_key(" Ärzte  ohne\tGrenzen ") == "ärzte ohne grenzen"


# --------------------------------------------------------------------------- merges, review


def test_merge_and_unmerge_are_reversible(store: Store) -> None:
    store.add_document(de_doc())
    store.save_extraction(de_extraction(), extractor="rules", version="1")
    before = [(s.id, s.source, s.target) for s in store.statements()]
    store.merge_actors("Björn Müller", into="Die Grünen")
    merged = {(s.source, s.target) for s in store.statements()}
    assert ("Die Grünen", "Elon Musk") in merged
    assert "Björn Müller" not in {a.name for a in store.actors()}
    gruene = next(a for a in store.actors() if a.name == "Die Grünen")
    assert "Björn Müller" in gruene.aliases and "Müller" in gruene.aliases
    assert store.stats()["actors"] == 3
    # a name known only via the merged actor resolves to the canonical one in new statements
    store.add_document(en_doc())
    store.save_extraction(
        Extraction(
            doc_id="en1",
            statements=[Statement("en1", "Müller", "Trump", "oppose", span(TEXT_EN, "Roe"))],
        ),
        extractor="rules",
        version="1",
    )
    assert ("Die Grünen", "Donald Trump") in {(s.source, s.target) for s in store.statements()}
    # chains and cycles
    store.merge_actors("Die Grünen", into="Donald Trump")
    assert {s.source for s in store.statements() if s.doc_id == "en1"} == {"Donald Trump"}
    with pytest.raises(StoreError, match="cycle"):
        store.merge_actors("Donald Trump", into="Müller")
    assert store.actor_merges() == [
        ("Björn Müller", "Donald Trump"),
        ("Die Grünen", "Donald Trump"),
    ]
    store.unmerge_actor("Die Grünen")
    store.unmerge_actor("Björn Müller")
    assert store.actor_merges() == []
    after = [(s.id, s.source, s.target) for s in store.statements() if s.doc_id == "de1"]
    assert after == before
    with pytest.raises(StoreError, match="unknown actor"):
        store.merge_actors("Nobody", into="Elon Musk")


def test_set_review(store: Store) -> None:
    store.add_document(en_doc())
    store.save_extraction(en_extraction(), extractor="rules", version="1")
    sid = store.statements()[0].id
    assert sid is not None
    store.set_review(sid, "rejected")
    assert sid not in {s.id for s in store.statements()}
    assert {s.id: s.review for s in store.statements(include_rejected=True)}[sid] == "rejected"
    with pytest.raises(StoreError):
        store.set_review(sid, "maybe")
    with pytest.raises(StoreError):
        store.set_review(10_000, "accepted")


# --------------------------------------------------------------------------- queries


def test_statement_filters(store: Store) -> None:
    store.add_document(de_doc())
    store.add_document(en_doc())
    store.save_extraction(de_extraction(), extractor="rules", version="1")
    store.save_extraction(en_extraction(), extractor="rules", version="1")
    all_ = store.statements()
    assert len(all_) == 6
    # ordered by date: the dated EN statement (2024-02-28) first
    assert [s.date for s in all_][:2] == ["2024-02-28", "2024-03-01"]
    past = all_[0]
    assert (past.period, past.cue, past.confidence) == ("past", "attacked", 0.7)
    assert len(store.statements(start="2025-01-01")) == 4
    assert len(store.statements(end="2024")) == 2  # prefix, inclusive
    assert len(store.statements(end="2024-02-28")) == 1
    assert len(store.statements(start="2024-03", end="2024-03")) == 1
    assert len(store.statements(sources=["Herald"])) == 2
    assert len(store.statements(sources=["taz", "Herald"])) == 6
    assert store.statements(sources=[]) == []
    assert {s.lang for s in store.statements(lang="de")} == {"de"}
    assert [s.source for s in store.statements(actor_type="organization")] == ["Die Grünen"]
    assert len(store.statements(actor_type="person")) == 5
    # issues by name or alias, case-insensitive
    assert len(store.statements(issues=["steuerpaket"])) == 2
    assert len(store.statements(issues=["Clean Air Bill", "Steuergesetz"])) == 3
    assert store.statements(issues=["Unknown"]) == []
    assert len(store.statements(lang="en", issues=["Clean Air Bill"])) == 1


# --------------------------------------------------------------------------- import


def test_add_statements_with_stubs_and_repair(store: Store) -> None:
    coded = [
        Statement.from_dict(
            {
                "doc_id": "en1",
                "source": "Jane Roe",
                "target": {"name": "Clean Air Bill", "kind": "concept"},
                "polarity": "support",
                "evidence": "backs the Clean Air Bill",  # text only: located in the document
            }
        ),
        Statement("later", "A Person", "Org X", "oppose", Span(-1, -1, "they clash")),
    ]
    n = store.add_statements(coded, documents=[en_doc()])
    assert n == 2
    assert store.add_statements(coded) == 0  # duplicates skipped
    stats = store.stats()
    assert (stats["documents"], stats["stub_documents"], stats["statements"]) == (1, 1, 2)
    assert store.get_document("later") is not None  # stubs are reachable by id
    store.add_statements(
        [Statement("en1", "X", "Y", "oppose", Span(-1, -1, ""), date="May 1, 2024")]
    )
    assert next(s for s in store.statements() if s.source == "X").date == "2024-05-01"
    roe = next(s for s in store.statements() if s.doc_id == "en1" and s.source != "X")
    assert roe.evidence == span(TEXT_EN, "backs the Clean Air Bill")
    assert roe.extractor == "import" and roe.target_kind == "concept"
    # stubs are not iterated for extraction and undated statements are dropped by date filters
    assert [d.id for d in store.documents()] == ["en1"]
    assert len(store.statements(start="2000")) == 2  # the undated stub statement is not
    # the real document arrives later: the stub is filled and the date propagates
    real = Document(id="later", text="Here they clash.", date="5. Mai 2023", source="Post")
    assert store.add_document(real) == ("later", True)
    assert store.stats()["stub_documents"] == 0
    later = next(s for s in store.statements() if s.doc_id == "later")
    assert later.date == "2023-05-05"
    assert store.statements(sources=["Post"])[0].doc_id == "later"


# --------------------------------------------------------------------------- crash safety

CRASH_SCRIPT = textwrap.dedent(
    """
    import sys
    from allegiance.model import Document, Extraction, Span, Statement
    from allegiance.store import Store

    st = Store(sys.argv[1])
    for i in range(100000):
        text = f"Actor {i} supports actor {i + 1}. " * 3
        doc_id, _ = st.add_document(Document(id=f"d{i}", text=text, date="2025-01-01"))
        stmts = [
            Statement(doc_id, f"Actor {i}", f"Actor {i + 1}", "support", Span.of(text, 0, 30))
            for _ in range(1)
        ] + [
            Statement(doc_id, f"Actor {i}", f"Topic {k}", "oppose", Span.of(text, 0, 5),
                      target_kind="concept")
            for k in range(4)
        ]
        st.save_extraction(Extraction(doc_id, statements=stmts), extractor="r", version="1")
        if i == 20:
            print("ready", flush=True)
    """
)


def test_kill_mid_run_leaves_consistent_store(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    script = tmp_path / "crash.py"
    script.write_text(CRASH_SCRIPT)
    proc = subprocess.Popen(
        [sys.executable, str(script), str(db)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    with Store(db) as st:
        assert st._q("PRAGMA integrity_check")[0][0] == "ok"
        done = st.stats()["extracted_documents"]
        assert done >= 21
        # every extracted document has all 5 statements; the others have none
        per_doc: dict[str, int] = {}
        for s in st.statements():
            per_doc[s.doc_id] = per_doc.get(s.doc_id, 0) + 1
        assert len(per_doc) == done and set(per_doc.values()) == {5}
        # resume: the remaining document (if one was added but not extracted) is offered again
        todo = list(st.documents(unextracted_by="r"))
        assert st.count_documents() - done == len(todo) <= 1


# --------------------------------------------------------------------------- types, migrations


def test_defaulted_actor_type_is_corrected_by_a_stated_one(store: Store) -> None:
    store.add_document(de_doc())
    store.add_document(en_doc())
    t = TEXT_EN
    # "Smith" first appears only as a target: its type is a default
    store.save_extraction(
        Extraction("en1", statements=[Statement("en1", "Roe", "Smith", "oppose", span(t, "Roe"))]),
        extractor="a",
        version="1",
    )
    assert {a.name: a.type for a in store.actors()}["Smith"] == "person"
    store.save_extraction(
        Extraction("de1", actors=[Actor("Smith", "organization"), Actor("Roe", "person")]),
        extractor="a",
        version="1",
    )
    types = {a.name: a.type for a in store.actors()}
    assert types["Smith"] == "organization"
    # a stated type is not overwritten by a later, different statement
    store.save_extraction(
        Extraction("de1", actors=[Actor("Smith", "person")]), extractor="b", version="1"
    )
    assert {a.name: a.type for a in store.actors()}["Smith"] == "organization"


def test_migration_from_version_1_keeps_data(tmp_path: Path) -> None:
    from allegiance.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    for sql in MIGRATIONS[0]:
        con.execute(sql)
    con.execute("INSERT INTO actors (name, type) VALUES ('Alte Partei', 'organization')")
    con.execute("INSERT INTO actor_aliases VALUES ('alte partei', 'Alte Partei', 1)")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    with Store(path) as st:
        assert st.schema_version == SCHEMA_VERSION >= 2
        assert st.actors() == [Actor("Alte Partei", "organization", [])]
        cols = {r[1] for r in st._q("PRAGMA table_info(actors)")}
        assert "type_known" in cols
        runs = {r[1] for r in st._q("PRAGMA table_info(extraction_runs)")}
        assert "off_topic" in runs


def test_an_off_topic_extraction_is_remembered(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        for doc_id, text in (("match", "Rovers beat Eastfield."), ("vote", "The council voted.")):
            store.add_document(Document(id=doc_id, text=text))
        store.save_extraction(Extraction("match", off_topic=True), extractor="r", version="1")
        store.save_extraction(Extraction("vote"), extractor="r", version="1")
        stats = store.stats()
    assert (stats["extracted_documents"], stats["off_topic_documents"]) == (2, 1)


# --------------------------------------------------------------------------- offsets, concurrency


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(alphabet="aäöüßÄ e\n„“–😀\u0301Zx.", min_size=1, max_size=60),
    cuts=st.lists(st.integers(0, 60), min_size=2, max_size=6),
)
def test_offsets_survive_the_roundtrip(text: str, cuts: list[int]) -> None:
    """Evidence offsets are code-point indices into the stored text, whatever the characters."""
    with Store(":memory:") as store:
        doc_id, _ = store.add_document(Document(id="p", text=text))
        pts = sorted(min(c, len(text)) for c in cuts)
        stmts = [
            Statement(doc_id, f"S{i}", f"T{i}", "support", Span.of(text, a, b))
            for i, (a, b) in enumerate(itertools.pairwise(pts))
        ]
        store.save_extraction(Extraction(doc_id, statements=stmts), extractor="x", version="1")
        stored = store.get_document(doc_id)
        assert stored is not None and stored.text == text
        got = store.statements()
        assert len(got) == len(stmts)
        for s in got:
            assert stored.text[s.evidence.start : s.evidence.end] == s.evidence.text


def test_review_while_iterating(store: Store) -> None:
    store.add_document(de_doc())
    store.save_extraction(de_extraction(), extractor="rules", version="1")
    n = 0
    for s in store.iter_statements():
        store.set_review(s.id, "accepted")  # type: ignore[arg-type]
        n += 1
    assert n == 4 and {s.review for s in store.statements()} == {"accepted"}


def test_two_connections_on_one_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    with Store(path) as a, Store(path) as b:
        a.add_document(de_doc())
        assert b.count_documents() == 1
        b.save_extraction(de_extraction(), extractor="rules", version="1")
        assert len(a.statements()) == 4
        a.merge_actors("Musk", into="Donald Trump")
        assert {s.source for s in b.statements()} >= {"Donald Trump"}
