"""Tests of ingestion: formats, metadata, normalisation, bad inputs (fixtures/ingest)."""

from __future__ import annotations

import http.server
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allegiance.ingest import (
    IngestError,
    decode_bytes,
    detect_language,
    html_to_text,
    make_doc_id,
    normalize_date,
    normalize_lang,
    normalize_text,
    parse_plain_text,
    read_paths,
    read_text,
)
from allegiance.model import Document
from allegiance.store import Store

FIX = Path(__file__).parent / "fixtures" / "ingest"
GOOD = FIX / "good"
BAD = FIX / "bad"


def read_all(*paths: str | Path, **kw: object) -> tuple[list[Document], list[IngestError]]:
    docs: list[Document] = []
    errs: list[IngestError] = []
    for item in read_paths([str(p) for p in paths], **kw):  # type: ignore[arg-type]
        (errs if isinstance(item, IngestError) else docs).append(item)  # type: ignore[arg-type]
    return docs, errs


def by_origin(docs: list[Document], suffix: str) -> Document:
    (doc,) = [d for d in docs if (d.origin or "").endswith(suffix)]
    return doc


@pytest.fixture(scope="module")
def good() -> tuple[list[Document], list[IngestError]]:
    return read_all(GOOD)


# --------------------------------------------------------------------------- folders


def test_folder_is_read_recursively_sorted_and_skips_hidden(good: tuple) -> None:
    docs, errs = good
    files = [Path(d.origin.split("#")[0].split("[")[0].rsplit(":", 1)[0]).name for d in docs]
    assert "feed.atom" in files  # from the sub folder
    assert ".hidden.txt" not in files and "README.md" not in files
    # sorted file order, entries of one file in their order
    assert files == sorted(files, key=lambda f: (f == "feed.atom", f))
    assert len(docs) == 14
    assert sorted(str(e) for e in errs) == sorted(
        [
            f"{GOOD}/corpus.jsonl:3: invalid JSON (Expecting property name enclosed in double "
            "quotes at column 2)",
            f"{GOOD}/corpus.jsonl:4: record has no 'text' string",
            f"{GOOD}/corpus.jsonl:7: expected a JSON object, got list",
            f"{GOOD}/feed.rss#3: feed entry has no text",
        ]
    )
    for d in docs:
        assert d.text == d.text.strip() or d.origin.endswith(".jsonl:2")
        assert "\r" not in d.text and unicodedata.is_normalized("NFC", d.text)
        assert d.lang in ("de", "en")


def test_explicit_readme_is_read_and_missing_path_is_error() -> None:
    docs, errs = read_all(GOOD / "README.md", FIX / "nope.txt")
    assert len(docs) == 1 and docs[0].text == "This readme is not an article."
    assert [str(e) for e in errs] == [f"{FIX}/nope.txt: no such file or folder"]


def test_ids_are_stable_and_unique(good: tuple) -> None:
    docs, _ = good
    again, _ = read_all(GOOD)
    assert [d.id for d in docs] == [d.id for d in again]
    assert len({d.id for d in docs}) == len(docs)
    assert by_origin(docs, "de_header.txt").id.startswith("de-header-")
    assert make_doc_id("Some text", "Über Maß.txt").startswith("ueber-mass-")
    assert make_doc_id("Some text", None).startswith("doc-")
    assert make_doc_id("Some text", "a.txt") != make_doc_id("Other text", "a.txt")


# --------------------------------------------------------------------------- plain text


def test_txt_header_title_date_source_author(good: tuple) -> None:
    d = by_origin(good[0], "de_header.txt")
    assert d.title == "Koalition streitet über das Heizungsgesetz"
    assert (d.date, d.source, d.author, d.lang) == (
        "2025-06-06",
        "Beispielblatt",
        "Jana Beispiel",
        "de",
    )
    assert d.text.startswith("Berlin – Die Umweltministerin")
    assert d.text.endswith("sagte Kaiser am Donnerstag.")
    assert "Datum" not in d.text and "Koalition streitet" not in d.text


def test_txt_without_headline_date_from_filename(good: tuple) -> None:
    d = by_origin(good[0], "2024-03-01_wire.txt")
    assert d.title is None and d.date == "2024-03-01" and d.lang == "en"
    assert d.text.startswith("Senator Ruth Okafor said on Friday")


def test_markdown_heading_and_english_date(good: tuple) -> None:
    d = by_origin(good[0], "notes.md")
    assert (d.title, d.date) == ("Council backs tram plan", "2025-06-06")
    assert d.text.startswith("The city council voted")


def test_parse_plain_text_body_is_a_suffix_of_the_input() -> None:
    text = "Titel ohne Punkt\nDate: 2020-01-02\nSource: X\n\n\nBody line one.\nBody two."
    body, fields = parse_plain_text(text)
    assert text.endswith(body) and body == "Body line one.\nBody two."
    assert fields == {"title": "Titel ohne Punkt", "date": "2020-01-02", "source": "X"}
    # a first sentence is not a headline; a text with only a headline line stays whole
    assert parse_plain_text("A sentence.\n\nMore.") == ("A sentence.\n\nMore.", {})
    assert parse_plain_text("Only a headline") == ("Only a headline", {})
    # header lines alone (no headline) are split off too
    assert parse_plain_text("Datum: 1. März 2024\n\nText.")[0] == "Text."


# --------------------------------------------------------------------------- HTML


def test_html_main_text_and_metadata(good: tuple) -> None:
    d = by_origin(good[0], "page.html")
    assert d.title == "Union sides with mayor on transit bond"
    assert (d.date, d.author, d.source, d.lang) == (
        "2024-10-02",
        "Sam Writer",
        "The Example Courier",
        "en",
    )
    assert "endorsed Mayor Dana Cole's transit bond" in d.text
    assert "Chamber of Commerce opposed" in d.text
    for boiler in ("Subscribe now", "Copyright", "Privacy policy", "Sports"):
        assert boiler not in d.text
    assert not d.text.startswith("Union sides with mayor")  # headline not repeated in the body


# --------------------------------------------------------------------------- feeds


def test_rss_entries(good: tuple) -> None:
    docs = good[0]
    a1 = by_origin(docs, "feed.rss#1")
    assert a1.title == "Bürgermeisterin unterstützt Stadtbahn"
    assert a1.text == (
        "Die Bürgermeisterin Anna Olbers unterstützt die Stadtbahn.\n"
        "Der Minister & seine Partei lehnen sie ab."
    )  # content:encoded preferred over the short description; script dropped
    assert a1.date == "2025-03-01"  # the date as written, not converted to UTC (03-02)
    assert (a1.source, a1.author, a1.url) == (
        "Beispiel-Rundschau",
        "Lena Vogt",
        "https://rundschau.example/a1",
    )
    a2 = by_origin(docs, "feed.rss#2")
    assert a2.title == "Rat stimmt ab & vertagt"
    assert a2.text == "Der Stadtrat hat die Abstimmung vertagt. Die Opposition kritisiert das."
    assert a2.date == "2024-11-05" and a2.lang == "de"


def test_atom_entries(good: tuple) -> None:
    docs = good[0]
    e1 = by_origin(docs, "feed.atom#1")
    assert e1.text == "Senator Mia Pryce backs the port bill.\nThe dockers' union opposes it."
    assert (e1.date, e1.author, e1.url, e1.source) == (
        "2025-05-14",
        "Kim Reporter",
        "https://wire.example/1",
        "Example Atom Wire",
    )
    e2 = by_origin(docs, "feed.atom#2")
    assert e2.date == "2025-05-16" and e2.text.startswith("Governor Reyes criticised")


def test_html_to_text() -> None:
    assert html_to_text("<p>a &amp; b</p><ul><li>x</li><li>y  z</li></ul>") == "a & b\nx\ny z"
    assert html_to_text("plain   text") == "plain text"
    assert html_to_text("<style>p{}</style><div>T&uuml;r</div>") == "Tür"


# --------------------------------------------------------------------------- JSON


def test_jsonl_records(good: tuple) -> None:
    docs = good[0]
    j1 = by_origin(docs, "corpus.jsonl:1")
    assert j1.id == "j-de-1" and j1.text == (
        "Die Gewerkschaft droht mit Streik.\nDer Vorstand lehnt die Forderung ab."
    )  # \r\n normalised
    assert (j1.lang, j1.date, j1.title, j1.source) == ("de", "2025-01-28", "Tarifstreit", "Agentur")
    j2 = by_origin(docs, "corpus.jsonl:2")
    assert j2.text == "  The mayor backs the tram.  "  # kept exactly: offsets refer to it
    assert j2.date == "2025-06-06" and j2.lang == "en" and j2.id.startswith("corpus-")
    gold_like = by_origin(docs, "corpus.jsonl:6")
    assert gold_like.id == "gold-like" and gold_like.title == "Gold-like"
    num = by_origin(docs, "corpus.jsonl:8")
    assert (num.id, num.lang, num.date) == ("42", "de", "2025-06-06")


def test_json_list(good: tuple) -> None:
    docs = good[0]
    j0 = by_origin(docs, "list.json[0]")
    assert (j0.id, j0.date, j0.source, j0.lang) == ("json-1", "2025-02-03", "Agentur", "de")
    j1 = by_origin(docs, "list.json[1]")
    assert (j1.lang, j1.title, j1.url) == ("en", "Praise", "https://example.org/x")


def test_json_single_object_and_wrapped_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text('{"id": "x", "text": "Ein Text."}')
    (tmp_path / "wrapped.json").write_text('{"documents": [{"text": "Another text."}]}')
    (tmp_path / "num.json").write_text("42")
    docs, errs = read_all(tmp_path)
    assert sorted(d.text for d in docs) == ["Another text.", "Ein Text."]
    assert [e.reason for e in errs] == ["JSON must be a list of documents or one document object"]


def test_jsonl_is_streamed_with_per_line_limits(tmp_path: Path) -> None:
    big = '{"id": "big", "text": "' + "x" * 500 + '"}'
    lines = [
        b'\xef\xbb\xbf{"id": "a", "text": "Erste Zeile mit BOM davor."}',
        big.encode(),
        b'{"id": "c", "text": "Caf\xe9 \xc3\x28 broken"}',
        '{"id": "d", "text": "Die Bürger stimmen zu."}'.encode("cp1252"),
        b'{"id": "e", "text": "Last one."}',
    ]
    (tmp_path / "c.jsonl").write_bytes(b"\r\n".join(lines) + b"\r\n")
    warnings: list[str] = []
    docs, errs = read_all(tmp_path / "c.jsonl", max_bytes=200, on_warning=warnings.append)
    assert [d.id for d in docs] == ["a", "d", "e"]
    assert docs[1].text == "Die Bürger stimmen zu."
    assert [(Path(e.origin).name, e.reason.split(" (")[0]) for e in errs] == [
        ("c.jsonl:2", "line too large"),
        ("c.jsonl:3", "not valid UTF-8"),
    ]
    assert warnings == [f"{tmp_path}/c.jsonl:4: not valid UTF-8; decoded as cp1252 (Windows-1252)"]
    (tmp_path / "c.jsonl").write_bytes('{"text": "Über UTF-16."}\n'.encode("utf-16"))
    docs, errs = read_all(tmp_path / "c.jsonl")
    assert [d.text for d in docs] == ["Über UTF-16."] and not errs
    (tmp_path / "c.jsonl").write_bytes(b"\n \n")
    assert [e.reason for e in read_all(tmp_path / "c.jsonl")[1]] == ["empty file"]


# --------------------------------------------------------------------------- bad inputs


def test_bad_inputs_each_one_error_and_run_goes_on() -> None:
    warnings: list[str] = []
    docs, errs = read_all(BAD, GOOD / "notes.md", max_bytes=10_000, on_warning=warnings.append)
    reasons = {Path(e.origin).name: e.reason for e in errs}
    assert reasons == {
        "big.txt": "file too large (12,400 bytes > limit 10,000)",
        "binary.txt": "binary file (contains NUL bytes)",
        "blank.md": "empty file",
        "broken.json": "invalid JSON (Expecting value at line 1)",
        "broken_utf8.txt": "not valid UTF-8 (byte 0xc3 at offset 5) and not clearly cp1252",
        "empty.txt": "empty file",
        "malformed.rss#1": reasons["malformed.rss#1"],
        "not_a_feed.xml": "XML file is not an RSS or Atom feed",
        "slides.docx": reasons["slides.docx"],
    }
    assert reasons["malformed.rss#1"].startswith("feed entry has no text (feed is malformed")
    assert reasons["slides.docx"].startswith("unsupported file type '.docx'")
    for e in errs:
        assert "\n" not in str(e) and str(e).startswith(e.origin + ": ")
    # cp1252 and UTF-16 (BOM) files are read; the cp1252 one with a warning
    names = sorted(Path(d.origin).name for d in docs)
    assert names == ["cp1252.txt", "notes.md", "utf16.txt"]
    cp = next(d for d in docs if d.origin.endswith("cp1252.txt"))
    assert cp.text == "Die Bürger fordern „mehr Geld“ – sagt Müller.\nDer Senat lehnt ab."
    assert any("cp1252.txt: not valid UTF-8; decoded as cp1252" in w for w in warnings)
    u16 = next(d for d in docs if d.origin.endswith("utf16.txt"))
    assert u16.text == "Die Bürger protestieren gegen das Gesetz." and u16.lang == "de"
    # with the default limit the big file is fine
    big, errs = read_all(BAD / "big.txt")
    assert len(big) == 1 and not errs


def test_ingest_error_is_one_line() -> None:
    e = IngestError("a/b.txt", "bad\nthing   here")
    assert str(e) == "a/b.txt: bad thing here"
    assert e.origin == "a/b.txt" and e.reason == "bad\nthing   here"
    assert isinstance(e, Exception) and hash(e) and repr(e).startswith("IngestError(")


def test_decode_bytes() -> None:
    assert decode_bytes("\ufeffÄrger".encode()) == ("Ärger", None)
    assert decode_bytes("Grüße".encode("cp1252"))[1] is not None
    with pytest.raises(ValueError, match="not clearly cp1252"):
        decode_bytes(bytes(range(0x80, 0xFF)))  # arbitrary high bytes are not text
    with pytest.raises(ValueError, match="NUL"):
        decode_bytes(b"abc\x00def")
    text, warning = decode_bytes(b"caf\xe9 <meta charset=iso-8859-1>", fallback_charset="latin-1")
    assert text.startswith("café") and "iso8859-1" in (warning or "")


# --------------------------------------------------------------------------- normalisation


def test_normalize_text() -> None:
    nfd = unicodedata.normalize("NFD", "Müller über Größe")
    assert normalize_text("\ufeff\ufeff") == ""
    assert normalize_text("\ufeff" + nfd + "\r\nzwei\rdrei") == "Müller über Größe\nzwei\ndrei"


@given(st.text())
def test_normalize_text_is_idempotent_and_clean(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert "\r" not in once and not once.startswith("\ufeff")


def test_crlf_bom_nfd_file_offsets_refer_to_normalised_text(tmp_path: Path) -> None:
    raw = "\ufeffTitel\r\nDatum: 2025-06-06\r\n\r\nDer Bu\u0308rgermeister lobt Mu\u0308ller.\r\n"
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    (doc,) = read_all(tmp_path / "a.txt")[0]
    assert doc.text == "Der Bürgermeister lobt Müller."
    i = doc.text.index("Müller")
    assert doc.text[i : i + 6] == "Müller" and len(doc.text) == 30


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-06-06", "2025-06-06"),
        ("2025-06-06T23:30:00+02:00", "2025-06-06"),
        ("2025-06-06 08:00", "2025-06-06"),
        ("2025-06-06T08:00:00Z", "2025-06-06"),
        ("20250606", "2025-06-06"),
        ("6. Juni 2025", "2025-06-06"),
        ("06. Juni 2025", "2025-06-06"),
        ("Freitag, 6. Juni 2025, 14:03 Uhr", "2025-06-06"),
        ("3. März 2024", "2024-03-03"),
        ("06.06.2025", "2025-06-06"),
        ("6.6.2025", "2025-06-06"),
        ("June 6, 2025", "2025-06-06"),
        ("Jun 6 2025", "2025-06-06"),
        ("6 June 2025", "2025-06-06"),
        ("Friday, June 6th, 2025", "2025-06-06"),
        ("Fri, 06 Jun 2025 23:30:00 -0500", "2025-06-06"),
        ("Tue, 5 Nov 2024 08:00:00 GMT", "2024-11-05"),
        ("2025/06/06", "2025-06-06"),
        ("Veröffentlicht am 06.06.2025 um 14:03 Uhr", "2025-06-06"),
        ("Stand: 2025-06-06, 10:00", "2025-06-06"),
        ("Updated June 6, 2025 at 5 p.m.", "2025-06-06"),
        ("1.2.3.2025", None),
        ("2025-02-30", None),
        ("yesterday", None),
        ("gestern", None),
        ("", None),
        ("no date here", None),
        (None, None),
    ],
)
def test_normalize_date(value: str | None, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_normalize_date_objects() -> None:
    import datetime as dt
    import time

    assert normalize_date(dt.date(2025, 6, 6)) == "2025-06-06"
    assert normalize_date(dt.datetime(2025, 6, 6, 23, 59)) == "2025-06-06"
    assert normalize_date(time.strptime("2024-02-29", "%Y-%m-%d")) == "2024-02-29"
    assert normalize_date(12345) is None


def test_detect_language_short_sentences() -> None:
    assert detect_language("Der Minister lehnt den Plan ab.") == "de"
    assert detect_language("The minister rejects the plan.") == "en"
    assert detect_language("Musk kritisiert Trump scharf") == "de"
    assert detect_language("12345 !!!") is None
    assert normalize_lang("de-DE") == "de" and normalize_lang("EN") == "en"
    assert normalize_lang("German") == "de" and normalize_lang("") is None


def test_read_text() -> None:
    d = read_text("The union backs the bill.", id="t1", date="June 6, 2025")
    assert (d.id, d.lang, d.date, d.origin) == ("t1", "en", "2025-06-06", "<text>")
    d = read_text("Kopfzeile\nDatum: 1.2.2024\n\nDie Partei lehnt ab.", parse_header=True)
    assert (d.title, d.date, d.text, d.lang) == (
        "Kopfzeile",
        "2024-02-01",
        "Die Partei lehnt ab.",
        "de",
    )
    assert read_text("Hello there, friend.", lang="de").lang == "de"  # a given lang is kept
    with pytest.raises(IngestError, match="empty"):
        read_text(" \n ")


# --------------------------------------------------------------------------- URLs (local server)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = {
            "/article": ("text/html; charset=utf-8", (GOOD / "page.html").read_bytes()),
            "/feed": ("application/rss+xml", (GOOD / "feed.rss").read_bytes()),
        }
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        ctype, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def local_server() -> Iterator[str]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()


def test_urls_page_feed_and_errors(local_server: str) -> None:
    docs, errs = read_all(
        f"{local_server}/article", f"{local_server}/feed", f"{local_server}/missing"
    )
    page = docs[0]
    assert page.origin == f"{local_server}/article" and page.url == f"{local_server}/article"
    assert page.title == "Union sides with mayor on transit bond"
    assert len(docs) == 3 and docs[1].source == "Beispiel-Rundschau"
    assert [e.origin for e in errs] == [f"{local_server}/feed#3", f"{local_server}/missing"]
    assert errs[1].reason.startswith("HTTP error 404")
    _, errs = read_all(f"{local_server}/article", max_bytes=100)
    assert errs[0].reason.startswith("response too large")


# --------------------------------------------------------------------------- into the store


def test_ingest_into_store_is_idempotent(tmp_path: Path, good: tuple) -> None:
    docs = good[0]
    with Store(tmp_path / "s.db") as store:
        created = [store.add_document(d)[1] for d in docs]
        assert all(created)
        again = [store.add_document(d) for d in read_all(GOOD)[0]]
        assert not any(c for _, c in again)
        assert [i for i, _ in again] == [d.id for d in docs]
        assert store.count_documents() == len(docs)
        stored = store.get_document(by_origin(docs, "de_header.txt").id)
        assert stored == by_origin(docs, "de_header.txt")
