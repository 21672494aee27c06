"""CLI: import (statements and hand-coded documents), network, shifts, camps."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from allegiance.cli import app
from allegiance.model import Span, Statement
from allegiance.network import locate, read_jsonl

runner = CliRunner()

# fictional hand-coded articles in the gold format (written for these tests)
DOCS = [
    {
        "id": "t-2023-harbour",
        "lang": "en",
        "date": "2023-04-11",
        "title": "Harbour plan wins friends",
        "text": "Mayor Lena Fox praised councillor Omar Reed for his harbour plan. "
        "Reed said the plan would “bring ferries back”. The Dock Workers Union backed it.",
        "actors": [
            {"name": "Lena Fox", "type": "person", "aliases": ["Fox"]},
            {"name": "Omar Reed", "type": "person", "aliases": ["Reed"]},
            {"name": "Dock Workers Union", "type": "organization", "aliases": []},
        ],
        "concepts": [{"name": "harbour plan", "aliases": ["plan"]}],
        "statements": [
            {"source": "Lena Fox", "target": "Omar Reed", "polarity": "support",
             "evidence": "praised councillor Omar Reed"},
            {"source": "Omar Reed", "target": "harbour plan", "polarity": "support",
             "evidence": 'would "bring ferries back"'},
            {"source": "Dock Workers Union", "target": "harbour plan", "polarity": "support",
             "evidence": "The Dock Workers Union backed it"},
        ],
        "neutral": [],
    },
    {
        "id": "t-2024-rift",
        "lang": "de",
        "date": "2024-09-02",
        "title": "Bruch im Rathaus",
        "text": "Lena Fox, lange eine Verbündete von Omar Reed, griff ihn am Montag scharf an. "
        "Reed warf Fox Wortbruch vor. Die Gewerkschaft äußerte sich nicht.",
        "actors": [
            {"name": "Lena Fox", "type": "person", "aliases": ["Fox"]},
            {"name": "Omar Reed", "type": "person", "aliases": ["Reed"]},
            {"name": "Dock Workers Union", "type": "organization", "aliases": ["Gewerkschaft"]},
        ],
        "concepts": [],
        "statements": [
            {"source": "Lena Fox", "target": "Omar Reed", "polarity": "support",
             "period": "before", "evidence": "lange eine Verbündete von Omar Reed"},
            {"source": "Lena Fox", "target": "Omar Reed", "polarity": "oppose",
             "evidence": "griff ihn am Montag scharf an"},
            {"source": "Omar Reed", "target": "Lena Fox", "polarity": "oppose",
             "evidence": "Reed warf Fox Wortbruch vor"},
        ],
        "neutral": [
            {"source": "Dock Workers Union", "target": "Omar Reed",
             "evidence": "Die Gewerkschaft äußerte sich nicht"},
        ],
    },
]  # fmt: skip


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    p = tmp_path / "coded.jsonl"
    p.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in DOCS) + "\n", "utf-8")
    return p


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_locate_normalises_quotes_case_and_spaces() -> None:
    text = "Er sagte:  „Das  ist FALSCH“ und ging."
    start, end = locate(text, 'das ist falsch"')
    assert text[start:end] == "Das  ist FALSCH“"
    assert locate(text, "nicht da") is None


def test_read_jsonl_gold_documents(gold_file: Path) -> None:
    batch = read_jsonl(gold_file)
    assert [d.id for d in batch.documents] == ["t-2023-harbour", "t-2024-rift"]
    assert batch.problems == []
    by_ev = {s.evidence.text: s for s in batch.statements}
    for s in batch.statements:
        doc = next(d for d in batch.documents if d.id == s.doc_id)
        assert doc.text[s.evidence.start : s.evidence.end] == s.evidence.text
        assert s.date == doc.date and s.lang == doc.lang
    quoted = next(s for s in batch.statements if s.target == "harbour plan" and "ferries" in
                  s.evidence.text)  # fmt: skip
    assert quoted.evidence.text == "would “bring ferries back”"  # located despite the quotes
    assert quoted.target_kind == "concept"
    assert by_ev["lange eine Verbündete von Omar Reed"].period == "before"
    assert by_ev["The Dock Workers Union backed it"].source_type == "organization"
    assert [s.polarity for s in batch.statements].count("neutral") == 1


def test_import_and_shifts_end_to_end(gold_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    out = run("import", str(gold_file), "--db", str(db))
    assert "2 documents (2 new)" in out and "7 statements (7 new)" in out
    again = run("import", str(gold_file), "--db", str(db))
    assert "(0 new)" in again  # importing twice adds nothing
    text = run("shifts", "--db", str(db))
    assert "Lena Fox – Omar Reed: alliance in 2023 → conflict in 2024" in text
    assert "praised councillor Omar Reed" in text and "Reed warf Fox Wortbruch vor" in text
    found = json.loads(run("shifts", "--db", str(db), "--format", "json"))
    assert [(x["kind"], sorted(x["actors"])) for x in found] == [
        ("pair-flip", ["Lena Fox", "Omar Reed"])
    ]
    assert found[0]["strength"] == 2.0  # two articles each side
    strong = run("shifts", "--db", str(db), "--format", "json", "--min-strength", "2.5")
    assert json.loads(strong) == []
    flip = found[0]
    assert {e["evidence"] for e in flip["evidence_before"]} == {
        "praised councillor Omar Reed",
        "lange eine Verbündete von Omar Reed",
    }
    assert all(e["polarity"] == "oppose" for e in flip["evidence_after"])
    # month windows: the flip is between April 2023 (and August 2024, the past statement)
    monthly = json.loads(run("shifts", "--db", str(db), "--format", "json", "--window", "month"))
    assert [(x["before"], x["after"]) for x in monthly] == [("2024-08", "2024-09")]
    pic = tmp_path / "pair.png"
    run("shifts", "--db", str(db), "--pair", "Lena Fox,Omar Reed", "--timeline", str(pic))
    assert pic.stat().st_size > 0


def test_import_interchange_statements(tmp_path: Path) -> None:
    rows = [
        Statement("x1", "Ann", "Bob", "support", Span(0, 3, "Ann"), date="2022-01-05"),
        Statement("x2", "Ann", "Bob", "oppose", Span(0, 3, "Ann"), date="2023-01-05"),
        Statement("x2", "Ann", "levy", "oppose", Span(0, 3, "Ann"), target_kind="concept",
                  date="2023-01-05", period="past"),
    ]  # fmt: skip
    p = tmp_path / "st.jsonl"
    p.write_text("\n".join(json.dumps(r.to_dict()) for r in rows) + '\n{"junk": 1}\n', "utf-8")
    db = tmp_path / "b.db"
    out = run("import", str(p), "--db", str(db))
    assert "3 statements (3 new)" in out and "1 problems" in out
    found = json.loads(run("shifts", "--db", str(db), "--format", "json"))
    assert [(x["before"], x["after"]) for x in found] == [("2022", "2023")]


def test_network_exports_and_pictures(gold_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    run("import", str(gold_file), "--db", str(db))
    gx = tmp_path / "actor.graphml"
    run("network", "--db", str(db), "--out", str(gx))
    g = nx.read_graphml(gx)
    assert g.is_directed() and g.has_edge("Lena Fox", "Omar Reed")
    assert isinstance(g.nodes["Lena Fox"]["camp"], int)
    run("network", "--db", str(db), "--no-camps", "--out", str(tmp_path / "nc.graphml"))
    assert "camp" not in nx.read_graphml(tmp_path / "nc.graphml").nodes["Lena Fox"]
    assert g["Lena Fox"]["Omar Reed"]["support"] == 2.0  # 2023 and the past statement
    run("network", "--db", str(db), "--window", "year", "--format", "gexf",
        "--out", str(tmp_path / "t.gexf"), "--png", str(tmp_path / "t.png"))  # fmt: skip
    assert (tmp_path / "t.gexf").read_text("utf-8").count("<spell ") >= 2
    assert (tmp_path / "t.2023.png").exists() and (tmp_path / "t.2024.png").exists()
    run("network", "--db", str(db), "--quotes", "2", "--format", "json",
        "--out", str(tmp_path / "q.json"))  # fmt: skip
    links = json.loads((tmp_path / "q.json").read_text("utf-8"))["links"]
    fox_reed = next(x for x in links if (x["source"], x["target"]) == ("Lena Fox", "Omar Reed"))
    assert "praised councillor Omar Reed" in fox_reed["quotes"]
    run("network", "--db", str(db), "--type", "two-mode", "--format", "csv",
        "--out", str(tmp_path / "tm.csv"))  # fmt: skip
    assert "harbour plan" in (tmp_path / "tm.edges.csv").read_text("utf-8")
    run("network", "--db", str(db), "--type", "congruence", "--normalization", "jaccard",
        "--format", "json", "--out", str(tmp_path / "c.json"))  # fmt: skip
    obj = json.loads((tmp_path / "c.json").read_text("utf-8"))
    (link,) = obj["links"]
    assert {link["source"], link["target"]} == {"Omar Reed", "Dock Workers Union"}
    assert (link["weight"], link["agree"], link["disagree"]) == (1.0, ["harbour plan"], [])
    # "before" (no year) means before the article's day: from that day on it is left out
    later = run("network", "--db", str(db), "--start", "2024-09-02")
    assert "Lena Fox -> Omar Reed: -1" in later
    assert "Lena Fox -> Omar Reed: +0" in run("network", "--db", str(db), "--start", "2024-09-01")
    assert run("network", "--db", str(db), "--lang", "de", "--type", "actor").count("->") == 2


def test_camps_command_and_errors(gold_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    run("import", str(gold_file), "--db", str(db))
    rows = json.loads(run("camps", "--db", str(db), "--format", "json"))
    assert [r["window"] for r in rows] == ["2023", "2024"]
    assert ["Dock Workers Union", "Lena Fox", "Omar Reed"] in rows[0]["camps"]
    assert rows[1]["polarization"] == 1.0
    bad = runner.invoke(app, ["network", "--db", str(db), "--type", "tree"])
    assert bad.exit_code == 2
    missing = runner.invoke(app, ["shifts", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2


def test_gold_aliases_map_to_canonical_names() -> None:
    from allegiance.network import gold_document

    doc = dict(DOCS[0])
    doc["statements"] = [
        {"source": "Fox", "target": "Reed", "polarity": "support", "evidence": "praised"},
        {"source": "reed", "target": "Plan", "polarity": "support", "evidence": "harbour plan"},
        {"source": "Nobody", "target": "Reed", "polarity": "oppose", "evidence": "missing text"},
    ]
    _, stmts, problems = gold_document(doc)
    assert [(s.source, s.target, s.target_kind) for s in stmts] == [
        ("Lena Fox", "Omar Reed", "actor"),
        ("Omar Reed", "harbour plan", "concept"),
        ("Nobody", "Omar Reed", "actor"),
    ]
    assert stmts[2].evidence.start == -1 and len(problems) == 1
