"""The product path through the command line, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from allegiance import Store
from allegiance.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_analyze_examples_writes_store_summary_and_report(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    html = tmp_path / "report.html"
    res = runner.invoke(
        app, ["analyze", str(ROOT / "examples"), "--db", str(db), "--html", str(html)]
    )
    assert res.exit_code == 0, res.output
    assert "Elon Musk" in res.output
    with Store(db) as store:
        stats = store.stats()
        statements = store.statements()
    assert stats["documents"] >= 8
    assert stats["statements"] >= 10
    # the German Musk–Trump report: the rift is found
    pairs = {(s.source, s.target, s.polarity) for s in statements}
    assert ("Donald Trump", "Elon Musk", "oppose") in pairs or (
        "Elon Musk",
        "Donald Trump",
        "oppose",
    ) in pairs
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "Elon Musk" in page
    # a rerun adds nothing and extracts nothing again
    res2 = runner.invoke(app, ["analyze", str(ROOT / "examples"), "--db", str(db), "-q"])
    assert res2.exit_code == 0
    with Store(db) as store:
        assert store.stats()["statements"] == stats["statements"]
        assert store.stats()["documents"] == stats["documents"]


def test_bad_inputs_are_skipped_with_one_line_each(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "good.txt").write_text(
        "Stadtrat streitet\n\nDie Bürgermeisterin Eva Lorenz lobte das Radwegegesetz ausdrücklich.",
        encoding="utf-8",
    )
    db = tmp_path / "b.db"
    res = runner.invoke(app, ["analyze", str(folder), "--db", str(db), "-q"])
    assert res.exit_code == 0, res.output
    with Store(db) as store:
        assert store.stats()["documents"] == 1
        assert store.statements()


def test_batch_extract_offsets_are_exact(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    docs = [
        {
            "id": "u1",
            "lang": "de",
            "date": "2025-02-01",
            "text": "😀 „Das ist gut“, sagte er. "
            "Die Ärztekammer Süd lehnt das Heizungsgesetz ab. 🇩🇪",
        },
        {
            "id": "u2",
            "text": "«Bravo» 🎉 — Mayor Lena Ortiz praised the Harbor Renewal Act on Monday.",
        },
    ]
    corpus.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    out = tmp_path / "s.jsonl"
    res = runner.invoke(app, ["extract", str(corpus), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    texts = {d["id"]: d["text"] for d in docs}
    assert {r["doc_id"] for r in rows} == {"u1", "u2"}
    for r in rows:
        ev = r["evidence"]
        assert texts[r["doc_id"]][ev["start"] : ev["end"]] == ev["text"]
        assert r["polarity"] in ("support", "oppose", "neutral")
        assert r["target"]["kind"] in ("actor", "concept")
    assert any(r["date"] == "2025-02-01" for r in rows)


def test_eval_prints_scores_and_json(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    doc = {
        "id": "g1",
        "lang": "en",
        "date": "2025-01-01",
        "title": "t",
        "text": "Mayor Lena Ortiz praised the Harbor Renewal Act. Ortiz later met reporters.",
        "actors": [{"name": "Lena Ortiz", "type": "person", "aliases": ["Ortiz"]}],
        "concepts": [{"name": "Harbor Renewal Act", "aliases": []}],
        "affiliations": [],
        "statements": [
            {
                "source": "Lena Ortiz",
                "target": "Harbor Renewal Act",
                "polarity": "support",
                "evidence": "praised",
            }
        ],
        "neutral": [],
    }
    gold.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["eval", str(gold)])
    assert res.exit_code == 0, res.output
    assert "overall" in res.output and "F1" in res.output
    res = runner.invoke(app, ["eval", str(gold), "--json"])
    data = json.loads(res.output)
    assert data["overall"]["f1"] == 1.0
    assert data["by_lang"]["en"]["tp"] == 1


def test_report_needs_a_store(tmp_path: Path) -> None:
    res = runner.invoke(app, ["report", "--db", str(tmp_path / "missing.db")])
    assert res.exit_code == 1


def test_merge_suggestions_and_reversible_merge(tmp_path: Path) -> None:
    from allegiance.model import Document, Span, Statement

    db = tmp_path / "m.db"
    with Store(db) as store:
        d1 = Document(id="d1", text="Musk kritisierte Trump.", lang="de", date="2025-06-01")
        d2 = Document(id="d2", text="Elon Musk lobte Trump.", lang="de", date="2024-06-01")
        store.add_statements(
            [
                Statement(
                    "d1", "Musk", "Donald Trump", "oppose", Span(0, 22, "Musk kritisierte Trump")
                ),
                Statement(
                    "d2",
                    "Elon Musk",
                    "Donald Trump",
                    "support",
                    Span(0, 20, "Elon Musk lobte Trump"),
                ),
            ],
            documents=[d1, d2],
        )
    res = runner.invoke(app, ["actors", "--db", str(db), "--suggest"])
    assert res.exit_code == 0, res.output
    assert "'Musk' 'Elon Musk'" in res.output
    assert runner.invoke(app, ["merge", "Musk", "Elon Musk", "--db", str(db)]).exit_code == 0
    with Store(db) as store:
        assert {s.source for s in store.statements()} == {"Elon Musk"}
    assert runner.invoke(app, ["unmerge", "Musk", "--db", str(db)]).exit_code == 0
    with Store(db) as store:
        assert {s.source for s in store.statements()} == {"Musk", "Elon Musk"}


def test_analyze_says_how_many_documents_were_off_topic(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "match.txt").write_text(
        "Rovers beat Eastfield\n\nRiverside Rovers beat Eastfield 2-1 on Sunday. Coach Erik "
        "Hansen praised his defenders and criticised the referee after the match.",
        encoding="utf-8",
    )
    (folder / "council.txt").write_text(
        "Council split\n\nMayor Ruth Dale praised the congestion tax. Councillor Owen Pike "
        "criticised the tax.",
        encoding="utf-8",
    )
    db = tmp_path / "t.db"
    res = runner.invoke(app, ["analyze", str(folder), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "1 document off topic" in " ".join(res.output.split())  # rich wraps lines
    with Store(db) as store:
        assert {s.source for s in store.statements()} == {"Ruth Dale", "Owen Pike"}
