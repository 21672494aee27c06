"""Tests for allegiance.report: aggregates, terminal summary and the self-contained HTML report."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from allegiance.model import Actor, Affiliation, Concept, Document, Span, Statement
from allegiance.report import ReportData, print_summary, render_html, summary_text, write_html
from allegiance.report.data import (
    bucket_range,
    camps,
    evidence_context,
    granularity_for,
    issue_positions,
    pair_relations,
    timeline,
)

FIXTURE = Path(__file__).parent / "fixtures" / "report" / "corpus.json"
CHROMIUM = Path("/usr/bin/chromium")


def load_fixture() -> ReportData:
    """The hand-made German + English corpus with statements, actors and affiliations."""
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    stmts = []
    for d in raw["statements"]:
        d = dict(d)
        ev = d.pop("evidence")
        stmts.append(Statement(evidence=Span(ev["start"], ev["end"], ev["text"]), **d))
    return ReportData(
        documents=[Document(**d) for d in raw["documents"]],
        statements=stmts,
        actors=[Actor(**a) for a in raw["actors"]],
        concepts=[Concept(**c) for c in raw["concepts"]],
        affiliations=[Affiliation(**a) for a in raw["affiliations"]],
    )


@pytest.fixture(scope="module")
def data() -> ReportData:
    return load_fixture()


@pytest.fixture(scope="module")
def html_text(data: ReportData) -> str:
    return render_html(data, title="Heizungsgesetz <&> Clean Air Act")


def test_fixture_offsets_are_exact(data: ReportData) -> None:
    docs = data.doc_index()
    for s in data.statements:
        assert docs[s.doc_id].text[s.evidence.start : s.evidence.end] == s.evidence.text


# -- aggregates ------------------------------------------------------------------------


def test_pair_relations_combine_direct_and_shared_issue_evidence(data: ReportData) -> None:
    rels = {(r.a, r.b): r for r in pair_relations(data)}
    merz_soeder = rels[("Friedrich Merz", "Markus Söder")]
    assert (merz_soeder.support, merz_soeder.oppose) == (1, 0)
    assert merz_soeder.agree == ["Heizungsgesetz"] and merz_soeder.disagree == []
    assert merz_soeder.score == 2 and merz_soeder.relation == "alliance"
    habeck_merz = rels[("Friedrich Merz", "Robert Habeck")]
    assert habeck_merz.relation == "conflict" and habeck_merz.score == -2
    # shared issue only: Sierra Club and Jane Doe both back the Clean Air Act
    assert rels[("Jane Doe", "Sierra Club")].agree == ["Clean Air Act"]
    assert rels[("John Roe", "Sierra Club")].relation == "conflict"
    # the neutral statement Doe -> Roe adds nothing; the rejected Roe -> Habeck is dropped
    assert rels[("Jane Doe", "John Roe")].support == 0
    assert ("John Roe", "Robert Habeck") not in rels
    # Lindner's opposition to the bill is "past": no current disagreement with Habeck
    lh = rels[("Christian Lindner", "Robert Habeck")]
    assert lh.disagree == [] and lh.support == 1
    # strongest evidence first
    weights = [r.weight for r in pair_relations(data)]
    assert weights == sorted(weights, reverse=True)


def test_past_only_relation_is_former() -> None:
    text = "Früher lobte A den B."
    s = Statement("d", "A", "B", "support", Span.of(text, 7, 20), period="past")
    data = ReportData(documents=[Document("d", text)], statements=[s])
    (rel,) = pair_relations(data)
    assert rel.weight == 0 and rel.past_support == 1 and rel.relation == "former alliance"


def test_issue_positions(data: ReportData) -> None:
    rows = {r.issue: r for r in issue_positions(data)}
    heiz = rows["Heizungsgesetz"]
    assert [p.actor for p in heiz.by_stance("support")] == ["Robert Habeck"]
    assert [p.actor for p in heiz.by_stance("oppose")] == ["Friedrich Merz", "Markus Söder"]
    assert [p.actor for p in heiz.by_stance("past-oppose")] == ["Christian Lindner"]
    assert {p.actor for p in rows["Clean Air Act"].by_stance("support")} == {
        "Jane Doe",
        "Sierra Club",
    }


def test_camps_split_the_opposing_sides(data: ReportData) -> None:
    c = camps(data)
    assert c["Friedrich Merz"] == c["Markus Söder"] != c["Robert Habeck"]
    assert c["Robert Habeck"] == c["Saskia Esken"] == c["Christian Lindner"]
    assert c["Jane Doe"] == c["Sierra Club"] != c["John Roe"]
    assert "CDU" not in c  # no relation, no camp


def test_timeline_buckets_by_month(data: ReportData) -> None:
    tl = timeline(data)
    assert tl is not None
    assert tl.granularity == "month"
    assert tl.buckets == ["2024-03", "2024-04", "2024-05"]
    assert tl.support == [2, 2, 2] and tl.oppose == [2, 2, 2] and tl.neutral == [0, 0, 1]
    merz_soeder = next(cells for r, cells in tl.pair_rows if r.b == "Markus Söder")
    assert [c is not None for c in merz_soeder] == [False, True, False]


def test_timeline_needs_two_dates() -> None:
    text = "A lobt B."
    s = Statement("d", "A", "B", "support", Span.of(text, 0, 8))
    data = ReportData(documents=[Document("d", text, date="2024-01-01")], statements=[s])
    assert timeline(data) is None


def test_granularity_and_buckets() -> None:
    assert granularity_for("2024-01-01", "2024-01-20") == "day"
    assert granularity_for("2024-01-01", "2025-06-01") == "month"
    assert granularity_for("2015-01-01", "2024-06-01") == "year"
    assert bucket_range("2023-11-15", "2024-02-01", "month") == [
        "2023-11",
        "2023-12",
        "2024-01",
        "2024-02",
    ]
    assert bucket_range("2024-02-28", "2024-03-01", "day") == [
        "2024-02-28",
        "2024-02-29",
        "2024-03-01",
    ]


# -- evidence in context ---------------------------------------------------------------


def test_evidence_context_cuts_at_sentence_boundaries(data: ReportData) -> None:
    docs = data.doc_index()
    s = next(x for x in data.statements if x.source == "Markus Söder" and x.target_kind == "actor")
    ctx = evidence_context(docs[s.doc_id], s)
    assert ctx.exact
    assert ctx.evidence == "lobte Friedrich Merz für dessen klare Haltung"
    # the sentence starts after „Wir stehen zusammen.“ — no stray closing quote
    assert ctx.before == "Markus Söder lehnte das Heizungsgesetz dagegen ab und "
    assert ctx.after == "."
    full = docs[s.doc_id].text
    assert (ctx.before + ctx.evidence + ctx.after) in full


def test_evidence_context_keeps_closing_quote() -> None:
    text = "Er sagte: „Das Gesetz ist gut.“ Dann ging er."
    start = text.index("Das")
    s = Statement("d", "A", "Gesetz", "support", Span.of(text, start, start + 10))
    ctx = evidence_context(Document("d", text), s)
    assert ctx.evidence == "Das Gesetz"
    assert ctx.before == "Er sagte: „" and ctx.after == " ist gut.“"


def test_evidence_context_repairs_or_flags_bad_offsets() -> None:
    doc = Document("d", "Vorher. Anna kritisiert Bernd heftig. Danach.")
    bad = Statement("d", "Anna", "Bernd", "oppose", Span(0, 5, "kritisiert Bernd"))
    ctx = evidence_context(doc, bad)
    assert not ctx.exact and ctx.evidence == "kritisiert Bernd" and ctx.before == "Anna "
    missing = Statement("d", "Anna", "Bernd", "oppose", Span(3, 9, "lobt Bernd"))
    ctx = evidence_context(doc, missing)
    assert not ctx.exact and not ctx.found and ctx.evidence == "lobt Bernd" and ctx.before == ""
    assert evidence_context(None, missing).evidence == "lobt Bernd"
    assert not evidence_context(None, missing).found


def test_evidence_context_clips_long_text_at_words() -> None:
    text = ("wort " * 60) + "ZIEL" + (" wort" * 60)
    i = text.index("ZIEL")
    s = Statement("d", "A", "B", "support", Span.of(text, i, i + 4))
    ctx = evidence_context(Document("d", text), s, width=40)
    assert ctx.clipped_left and ctx.clipped_right
    assert ctx.before.startswith("wort") and ctx.after.endswith("wort")
    assert len(ctx.before) <= 40 and len(ctx.after) <= 40


# -- terminal summary ------------------------------------------------------------------


def test_summary_text_content(data: ReportData) -> None:
    out = summary_text(data)
    assert "\x1b[" not in out  # plain text
    assert "4 documents (de 2, en 2)" in out
    assert "2024-03-04 – 2024-05-28" in out
    assert "13 statements (6 support, 6 oppose, 1 neutral" in out
    for header in ("Actors", "Statements", "Alliances & conflicts", "Positions on issues"):
        assert header in out
    # affiliations with roles in the actor table; organisations without statements left out
    assert re.search(r"Friedrich Merz\s+person\s+CDU \(Vorsitzender\)", out)
    assert "4 actors without statements not listed" in out
    assert "members: Friedrich Merz" not in out
    # an alliance row with its counts and score
    assert re.search(
        r"Friedrich Merz – Markus Söder\s+alliance\s+1/0\s+1/0 \(Heizungsgesetz\)", out
    )
    assert re.search(
        r"Friedrich Merz – Robert Habeck\s+conflict\s+0/1\s+0/1 \(≠Heizungsgesetz\)", out
    )
    # statements with evidence in context, German quotes and emoji intact
    assert "warf Habeck „Planwirtschaft“ vor" in out
    assert "👍" in out
    assert "period: past" in out
    # rejected statement left out
    assert "praised Habeck" not in out


def test_summary_text_limits_statements(data: ReportData) -> None:
    out = summary_text(data, max_statements=2)
    assert "11 more statements not shown" in out
    assert out.count("[+support]") + out.count("[−oppose]") + out.count("[○neutral]") == 2


def test_summary_degrades_when_empty() -> None:
    out = summary_text(ReportData())
    assert "0 documents" in out and "No documents yet" in out
    assert "Actors" not in out and "Alliances" not in out
    assert len(out.splitlines()) <= 4
    only_docs = summary_text(ReportData(documents=[Document("a", "Text.", lang="de")]))
    assert "1 document (de 1)" in only_docs
    assert "No statements found in these documents." in only_docs
    with_actors = summary_text(ReportData(actors=[Actor("Anna Weber")]))
    assert "Anna Weber" in with_actors and "Positions on issues" not in with_actors
    # one statement between two actors: sections present, no issues
    text = "Anna lobt Bernd."
    one = ReportData(
        documents=[Document("d", text)],
        statements=[Statement("d", "Anna", "Bernd", "support", Span.of(text, 0, 15))],
    )
    out = summary_text(one)
    assert "No positions on issues." in out and "Anna – Bernd" in out


def test_reports_say_how_many_documents_were_off_topic(tmp_path: Path) -> None:
    from allegiance import Store
    from allegiance.model import Extraction

    with Store(tmp_path / "o.db") as store:
        store.add_document(Document("match", "Rovers beat Eastfield 2-1.", lang="en"))
        store.save_extraction(Extraction("match", off_topic=True), extractor="r", version="1")
        data = ReportData.from_store(store)
    assert data.off_topic == 1
    assert "1 document (en 1), 1 off topic" in summary_text(data)
    assert "1 off topic (sport, weather, …)" in render_html(data)
    assert "off topic" not in summary_text(ReportData(documents=data.documents))


def test_summary_does_not_interpret_markup() -> None:
    text = "[bold]X[/bold] lobt [red]Y."
    s = Statement("d", "[bold]X[/bold]", "[red]Y", "support", Span.of(text, 0, len(text) - 1))
    out = summary_text(ReportData(documents=[Document("d", text)], statements=[s]))
    assert "[bold]X[/bold] → [red]Y" in out


def test_print_summary_to_console(data: ReportData) -> None:
    console = Console(file=io.StringIO(), width=120, record=True, color_system="truecolor")
    print_summary(data, console=console, max_statements=5)
    text = console.export_text()
    assert "Robert Habeck" in text and "8 more statements not shown" in text


def test_from_store_reads_everything(data: ReportData) -> None:
    class FakeStore:
        def documents(self) -> Any:
            return iter(data.documents)

        def statements(self) -> list[Statement]:
            return list(data.statements)

        def actors(self) -> list[Actor]:
            return list(data.actors)

        def concepts(self) -> list[Concept]:
            return list(data.concepts)

        def affiliations(self) -> list[Affiliation]:
            return list(data.affiliations)

    got = ReportData.from_store(FakeStore())
    assert len(got.documents) == 4 and len(got.statements) == 14
    assert len(got.active_statements()) == 13
    assert summary_text(got) == summary_text(data)

    class MinimalStore:
        def documents(self) -> Any:
            return iter(())

        def statements(self) -> list[Statement]:
            return []

    assert ReportData.from_store(MinimalStore()).actors == []


# -- HTML --------------------------------------------------------------------------------


class _Collector(HTMLParser):
    """Collects tags with attributes, and the text of each evidence blockquote with its mark."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.quotes: list[dict[str, str]] = []
        self._in_quote = False
        self._in_mark = False
        self._scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "blockquote":
            self._in_quote = True
            self.quotes.append({"before": "", "mark": "", "after": "", "cls": ""})
        elif tag == "mark" and self._in_quote:
            self._in_mark = True
            self.quotes[-1]["cls"] = dict(attrs).get("class") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote":
            self._in_quote = False
        elif tag == "mark":
            self._in_mark = False

    def handle_data(self, text: str) -> None:
        if self._in_quote:
            q = self.quotes[-1]
            key = "mark" if self._in_mark else ("after" if q["mark"] else "before")
            q[key] += text


def _parse(html_text: str) -> _Collector:
    p = _Collector()
    p.feed(html_text)
    return p


def test_html_is_self_contained(data: ReportData, html_text: str) -> None:
    doc_urls = {d.url for d in data.documents if d.url and d.url.startswith("http")}
    p = _parse(html_text)
    for tag, attrs in p.tags:
        assert not (tag == "link" and "stylesheet" in (attrs.get("rel") or "")), "external CSS"
        assert not (tag == "script" and attrs.get("src")), "external script"
        for key in ("src", "href", "xlink:href", "data", "poster", "srcset", "action"):
            v = attrs.get(key)
            if v is None:
                continue
            if key == "href" and tag == "a" and v in doc_urls:
                continue  # links to the articles are the only outside references
            assert not re.match(r"\s*(https?:)?//", v), f"external reference {tag} {key}={v}"
            assert not v.lower().startswith("javascript:"), f"script URL {tag} {key}={v}"
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html_text)
    assert "@import" not in html_text
    assert [t for t, _ in p.tags].count("script") == 1  # our own inline script only
    assert [t for t, _ in p.tags].count("style") == 1
    # the article links are there; the javascript: URL of en-2 is not turned into a link
    hrefs = [a.get("href") for t, a in p.tags if t == "a"]
    assert "https://example.org/news/clean-air" in hrefs
    assert "javascript:alert(1)" not in html_text


def test_html_escapes_document_text(html_text: str) -> None:
    assert "<script>alert(1)</script>" not in html_text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; a job killer" in html_text
    assert "<b>bold</b>" not in html_text and "Blog &lt;b&gt;bold&lt;/b&gt;" in html_text
    assert "Opinion &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html_text
    assert "<title>Heizungsgesetz &lt;&amp;&gt; Clean Air Act</title>" in html_text


def test_html_highlights_evidence_in_place(data: ReportData, html_text: str) -> None:
    docs = data.doc_index()
    quotes = _parse(html_text).quotes
    shown = [s for s in data.active_statements()]
    assert len(quotes) == len(shown) == 13
    by_mark = {q["mark"]: q for q in quotes}
    for s in shown:
        q = by_mark[s.evidence.text]
        assert s.polarity in q["cls"]
        text = docs[s.doc_id].text
        # the words before and after the mark are the document's own, at the offsets
        before = q["before"].lstrip("…")
        after = q["after"].rstrip("…")
        assert text[: s.evidence.start].endswith(before), (before, s.evidence.text)
        assert text[s.evidence.end :].startswith(after), (after, s.evidence.text)
    q = by_mark["warf Habeck „Planwirtschaft“ vor"]
    assert q["before"].endswith("scharf und ") and q["after"] == "."


def test_html_contains_network_timeline_and_tables(data: ReportData, html_text: str) -> None:
    assert html_text.count('<svg class="network"') == 1
    assert html_text.count('<svg class="timeline"') == 1
    assert html_text.count('<svg class="pairs"') == 1
    assert 'class="node person" data-actor="Robert Habeck"' in html_text
    assert 'class="node organization" data-actor="Sierra Club"' in html_text
    assert 'class="node issue" data-issue="Heizungsgesetz"' in html_text
    assert html_text.count('class="edge support') == 6
    assert html_text.count('class="edge oppose') == 6  # incl. Lindner's dashed earlier edge
    assert html_text.count('class="edge oppose past"') == 1
    assert 'marker-end="url(#arrow-oppose)"' in html_text
    assert ">alliance</span>" in html_text and ">conflict</span>" in html_text
    assert "Bündnis 90/Die Grünen (Wirtschaftsminister)" in html_text
    docs_section = html_text[html_text.index('<section id="documents"') :]
    assert docs_section.count("<tr>") == 1 + 4  # header + one row per document
    assert "<td>Neue Töne in der Koalition <span" in docs_section
    # deterministic: same input, same bytes
    assert render_html(data, title="Heizungsgesetz <&> Clean Air Act") == html_text


def test_html_empty_report(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "empty.html"
    write_html(ReportData(), out)
    text = out.read_text(encoding="utf-8")
    assert "Nothing to show yet" in text and "No relations to draw." not in text
    assert 'id="network"' not in text and 'id="actors"' not in text
    assert 'class="timeline"' not in text
    one_date = ReportData(documents=[Document("d", "A lobt B.", date="2024-01-01", lang="de")])
    assert "Nothing to show yet" in render_html(one_date)


def test_html_statement_limit(data: ReportData) -> None:
    text = render_html(data, max_statements=3)
    assert len(_parse(text).quotes) == 3
    assert "Only the first 3 of 13 statements are listed." in text


# -- browser -----------------------------------------------------------------------------


def _chromium(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    cmd = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)


@pytest.mark.browser
@pytest.mark.skipif(
    not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None, reason="no chromium"
)
def test_browser_renders_report(data: ReportData, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    write_html(data, page, title="Testkorpus")
    shot = tmp_path / "shot.png"
    res = _chromium(
        ["--screenshot=" + str(shot), "--window-size=1280,2000", page.as_uri()], tmp_path
    )
    assert shot.exists() and shot.stat().st_size > 20_000, res.stderr[-2000:]

    dom = _chromium(["--dump-dom", page.as_uri()], tmp_path).stdout
    assert 'class="js"' in dom  # the script ran
    assert '<svg class="network"' in dom and 'data-actor="Friedrich Merz"' in dom
    assert dom.count("<article") == 13
    assert "hidden" not in re.findall(r"<article[^>]*>", dom)[0]

    # a shareable filter in the URL hash hides everything but Merz's statements
    filtered = _chromium(["--dump-dom", page.as_uri() + "#actor=Friedrich%20Merz"], tmp_path).stdout
    articles = re.findall(r"<article[^>]*>", filtered)
    visible = [a for a in articles if " hidden" not in a]
    assert len(articles) == 13
    # Merz speaks twice and is the target once (Söder's praise)
    assert len(visible) == 3
    assert all("Friedrich Merz" in a for a in visible)
    assert 'id="count">3 of 13<' in filtered.replace("\n", "")
    merz = re.search(r'<g class="([^"]*)" data-actor="Friedrich Merz"', filtered)
    assert merz is not None and {"selected", "lit"} <= set(merz.group(1).split())
    habeck = re.search(r'<g class="([^"]*)" data-actor="Robert Habeck"', filtered)
    assert habeck is not None and "lit" in habeck.group(1).split()  # Merz opposes Habeck
    esken = re.search(r'<g class="([^"]*)" data-actor="Saskia Esken"', filtered)
    assert esken is not None and "lit" not in esken.group(1).split()
    assert '<svg class="network dim"' in filtered


# -- properties --------------------------------------------------------------------------

_TEXT = st.lists(
    st.sampled_from([*"abc XYZ.!?\n„“\"'<>&äöüß🎉", "</mark>", "<script>", "&amp;"]),
    min_size=1,
    max_size=120,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=_TEXT, data=st.data())
def test_evidence_context_is_the_document_around_the_offsets(text: str, data: Any) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    s = Statement("d", "A", "B", "support", Span.of(text, start, end))
    ctx = evidence_context(Document("d", text), s, width=data.draw(st.integers(5, 120)))
    assert ctx.exact and ctx.evidence == text[start:end]
    flat = text.replace("\n", " ")
    assert flat[:start].endswith(ctx.before)
    assert flat[end:].startswith(ctx.after)


@settings(max_examples=40, deadline=None)
@given(text=_TEXT, name=_TEXT, data=st.data())
def test_html_round_trips_any_text(text: str, name: str, data: Any) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    s = Statement("d", name, "Ziel", "oppose", Span.of(text, start, end))
    page = render_html(ReportData(documents=[Document("d", text, title=name)], statements=[s]))
    p = _parse(page)
    assert [t for t, _ in p.tags].count("script") == 1
    (q,) = p.quotes
    assert q["mark"] == text[start:end]
    assert name in {a.get("data-actor") for _, a in p.tags}


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no chromium")
def test_browser_pair_filter_shows_the_evidence_of_a_relation(
    data: ReportData, tmp_path: Path
) -> None:
    page = tmp_path / "report.html"
    write_html(data, page)
    url = page.as_uri() + "#pair=Friedrich%20Merz|Markus%20S%C3%B6der"
    dom = _chromium(["--dump-dom", url], tmp_path).stdout
    visible = [a for a in re.findall(r"<article[^>]*>", dom) if " hidden" not in a]
    got = sorted(
        (
            re.search(r'data-source="([^"]*)"', a).group(1),
            re.search(r'data-target="([^"]*)"', a).group(1),
        )  # type: ignore[union-attr]
        for a in visible
    )
    # the direct praise plus both sides' statements on the issue they agree on
    assert got == [
        ("Friedrich Merz", "Heizungsgesetz"),
        ("Markus Söder", "Friedrich Merz"),
        ("Markus Söder", "Heizungsgesetz"),
    ]
    assert re.search(
        r'<span class="pair-filter" id="f-pair">Evidence for <b[^>]*>Friedrich Merz', dom
    )


# -- what changed ------------------------------------------------------------------------


def _flip_data() -> ReportData:
    """Anna praises Bernd in 2023 and attacks him in 2024."""
    docs = [
        Document(
            "a", "Anna Weber lobte Bernd Kahl für seinen Einsatz.", date="2023-05-01", title="Alt"
        ),
        Document("b", "Anna Weber griff Bernd Kahl scharf an.", date="2024-06-01", title="Neu"),
    ]

    def st_(doc: Document, pol: str, ev: str) -> Statement:
        i = doc.text.index(ev)
        return Statement(doc.id, "Anna Weber", "Bernd Kahl", pol, Span.of(doc.text, i, i + len(ev)))  # type: ignore[arg-type]

    return ReportData(
        documents=docs,
        statements=[
            st_(docs[0], "support", "lobte Bernd Kahl"),
            st_(docs[1], "oppose", "griff Bernd Kahl scharf an"),
        ],
    )


def test_changes_report_a_relation_flip_with_evidence() -> None:
    from allegiance.report.changes import changes

    found = changes(_flip_data())
    assert found.window == "month" and found.error is None
    (c,) = found.items
    assert c.kind == "pair-flip" and (c.before, c.after) == ("2023-05", "2024-06")
    assert [e.ctx.evidence for e in c.evidence_before] == ["lobte Bernd Kahl"]
    assert [e.ctx.evidence for e in c.evidence_after] == ["griff Bernd Kahl scharf an"]
    out = summary_text(_flip_data())
    assert "Relations that flipped" in out
    assert "[pair-flip] Anna Weber – Bernd Kahl: alliance in 2023-05 → conflict in 2024-06" in out
    page = render_html(_flip_data())
    assert 'id="changes"' in page and "relation flip" in page
    assert '<mark class="oppose">griff Bernd Kahl scharf an</mark>' in page


def test_changes_absent_or_empty(data: ReportData) -> None:
    from allegiance.report.changes import changes

    text = "A lobt B."
    single = ReportData(
        documents=[Document("d", text, date="2024-01-01")],
        statements=[Statement("d", "A", "B", "support", Span.of(text, 0, 8))],
    )
    assert changes(single).window is None
    assert "flipped" not in summary_text(single)
    assert 'id="changes"' not in render_html(single)
    # the fixture spans three months without any flip
    assert changes(data).items == [] and changes(data).error is None
    assert "No relation flipped between months." in summary_text(data)
    assert "No relation flips, camp changes or issue splits between months." in render_html(data)


def test_changes_failure_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    import allegiance.network.shifts as shifts

    def boom(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(shifts, "realignments", boom)
    page = render_html(_flip_data())
    assert "Realignments could not be computed (RuntimeError: kaputt)." in page
    assert "Realignments could not be computed" in summary_text(_flip_data())


def test_change_windows_get_coarser_for_long_spans() -> None:
    from allegiance.report.changes import window_for

    assert window_for("2024-01-01", "2024-01-20", "day") == "day"
    assert window_for("2024-01-01", "2024-02-14", "day") == "week"
    assert window_for("2022-01", "2023-06", "month") == "month"
    assert window_for("2020-01", "2024-12", "month") == "quarter"
    assert window_for("1990", "2024", "year") == "year"


def test_statements_without_their_document_or_with_bad_offsets() -> None:
    doc = Document("d", "Vorher. Anna kritisiert Bernd heftig. Danach.", title="Doc")
    shifted = Statement("d", "Anna", "Bernd", "oppose", Span(0, 5, "kritisiert Bernd"))
    orphan = Statement("gone", "Carl", "Bernd", "support", Span(0, 10, "lobt Bernd"))
    data = ReportData(documents=[doc], statements=[shifted, orphan])
    page = render_html(data)
    assert page.count('class="warn small"') == 1  # only for the document that exists
    assert "shown where the text was found" in page
    assert "document gone (not in this report)" in page
    quotes = {q["mark"]: q for q in _parse(page).quotes}
    assert quotes["kritisiert Bernd"]["before"] == "Anna "
    assert quotes["lobt Bernd"]["before"] == ""
    out = summary_text(data)
    assert out.count("(offsets do not match the document)") == 1


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="no chromium")
def test_browser_confidence_and_polarity_filters(data: ReportData, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    write_html(data, page)
    dom = _chromium(["--dump-dom", page.as_uri() + "#conf=0.8&pol=oppose"], tmp_path).stdout
    visible = [a for a in re.findall(r"<article[^>]*>", dom) if " hidden" not in a]
    confs = sorted(float(re.search(r'data-conf="([^"]*)"', a).group(1)) for a in visible)  # type: ignore[union-attr]
    assert confs == [0.8, 0.85, 0.9]  # Roe -> Doe, Merz -> bill, Söder -> bill
    assert all('data-polarity="oppose"' in a for a in visible)
    assert '<output id="f-conf-out">0.80</output>' in dom


_RENDER_IN_SUBPROCESS = """
import hashlib, json, sys
from allegiance.model import Actor, Affiliation, Concept, Document, Span, Statement
from allegiance.report import ReportData, render_html
raw = json.loads(open(sys.argv[1], encoding="utf-8").read())
stmts = []
for d in raw["statements"]:
    ev = d.pop("evidence")
    stmts.append(Statement(evidence=Span(ev["start"], ev["end"], ev["text"]), **d))
data = ReportData(
    documents=[Document(**d) for d in raw["documents"]],
    statements=stmts,
    actors=[Actor(**a) for a in raw["actors"]],
    concepts=[Concept(**c) for c in raw["concepts"]],
    affiliations=[Affiliation(**a) for a in raw["affiliations"]],
)
print(hashlib.sha256(render_html(data).encode()).hexdigest())
"""


def test_html_is_identical_across_processes() -> None:
    """Layout and ordering must not depend on string hashing (PYTHONHASHSEED)."""
    import os
    import sys

    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run(
            [sys.executable, "-c", _RENDER_IN_SUBPROCESS, str(FIXTURE)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        digests.add(res.stdout.strip())
    assert len(digests) == 1
