"""Readers for the input formats: plain text / Markdown, HTML, RSS/Atom, JSON Lines, JSON.

Each reader takes the raw bytes of one input and yields :class:`Document` or
:class:`IngestError` items; one bad item never stops the others.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from allegiance.ingest.common import (
    DecodeError,
    IngestError,
    decode_bytes,
    make_doc_id,
    normalize_text,
)
from allegiance.ingest.dates import date_from_filename, normalize_date
from allegiance.ingest.lang import detect_language, normalize_lang
from allegiance.model import Document

Item = Document | IngestError
Warn = Callable[[str], None]

FEED_MARKERS = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
HTML_MARKERS = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)


def make_document(
    text: str,
    *,
    origin: str,
    name: str | None = None,
    id: str | None = None,
    lang: str | None = None,
    date: Any = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    author: str | None = None,
    keep_text: bool = False,
) -> Document:
    """Build a :class:`Document`: normalise the text, fill id, language and ISO date.

    The text is normalised (BOM, line ends, NFC) and, unless ``keep_text``, stripped of outer
    white space. Raises :class:`IngestError` when no text is left.
    """
    text = normalize_text(text)
    if not keep_text:
        text = text.strip()
    if not text.strip():
        raise IngestError(origin, "empty document (no text)")
    title = _clean_meta(title)
    lang = normalize_lang(lang) or detect_language(text)
    return Document(
        id=str(id) if id not in (None, "") else make_doc_id(text, name),
        text=text,
        lang=lang,
        date=normalize_date(date),
        title=normalize_text(title) if title else None,
        url=_clean_meta(url),
        source=_clean_meta(source),
        author=_clean_meta(author),
        origin=origin,
    )


def _clean_meta(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    s = " ".join(normalize_text(str(value)).split())
    return s or None


# --------------------------------------------------------------------------- plain text


HEADER_KEYS: dict[str, str] = {
    "datum": "date",
    "date": "date",
    "published": "date",
    "veröffentlicht": "date",
    "quelle": "source",
    "source": "source",
    "zeitung": "source",
    "autor": "author",
    "autorin": "author",
    "author": "author",
    "url": "url",
    "link": "url",
    "sprache": "lang",
    "language": "lang",
    "lang": "lang",
    "titel": "title",
    "title": "title",
    "überschrift": "title",
}
_HEADER_RE = re.compile(r"^\s*([A-Za-zÄÖÜäöüß]+)\s*:\s*(\S.*?)\s*$")


def _header(line: str) -> tuple[str, str] | None:
    m = _HEADER_RE.match(line)
    if m and m.group(1).lower() in HEADER_KEYS:
        return HEADER_KEYS[m.group(1).lower()], m.group(2)
    return None


def _looks_like_headline(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 200 and not s.endswith((".", ",", ";", ":")) and _header(s) is None


def parse_plain_text(text: str, *, markdown: bool = False) -> tuple[str, dict[str, str]]:
    """Split a plain-text article into its body and header fields.

    Recognised: a first line that looks like a headline (short, no final full stop, followed by
    a blank line or header lines) becomes ``title``; ``Key: value`` lines right after it (or at
    the top) with keys like ``Datum``/``Date``, ``Quelle``/``Source``, ``Autor``/``Author``,
    ``URL`` become fields. The body is the rest, unchanged. ``text`` must already be normalised.
    """
    lines = text.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    fields: dict[str, str] = {}
    i = 0
    n = len(lines)
    while i < n and not lines[i].strip():
        i += 1
    if i >= n:
        return text, fields
    first = lines[i]
    cand = first.strip()
    if markdown:
        cand = cand.lstrip("#").strip()
    nxt = lines[i + 1] if i + 1 < n else None
    if (
        _header(first) is None
        and _looks_like_headline(cand)
        and nxt is not None
        and (not nxt.strip() or _header(nxt) is not None)
        and any(ln.strip() for ln in lines[i + 1 :])
    ):
        fields["title"] = cand
        i += 1
    while i < n:
        h = _header(lines[i])
        if h is None:
            break
        fields.setdefault(h[0], h[1])
        i += 1
    if i == 0 or not fields:
        return text, fields
    while i < n and not lines[i].strip():
        i += 1
    body = text[offsets[i] :] if i < n else ""
    return body, fields


def _decode(
    data: bytes, origin: str, warn: Warn, fallback_charset: str | None = None
) -> str | IngestError:
    """Decoded text (a decoding warning is reported), or the one-line error for the input."""
    try:
        text, warning = decode_bytes(data, fallback_charset=fallback_charset)
    except DecodeError as exc:
        return IngestError(origin, str(exc))
    if warning:
        warn(f"{origin}: {warning}")
    return text


def read_plain_text(
    data: bytes, origin: str, *, name: str, markdown: bool = False, warn: Warn
) -> Iterator[Item]:
    """One document from a .txt/.md file (title and header lines split off the body)."""
    raw = _decode(data, origin, warn)
    if isinstance(raw, IngestError):
        yield raw
        return
    text = normalize_text(raw)
    body, fields = parse_plain_text(text, markdown=markdown)
    date = fields.get("date")
    try:
        yield make_document(
            body,
            origin=origin,
            name=name,
            title=fields.get("title"),
            date=normalize_date(date) or date_from_filename(Path(name).name),
            source=fields.get("source"),
            author=fields.get("author"),
            url=fields.get("url"),
            lang=fields.get("lang"),
        )
    except IngestError as exc:
        yield exc


# --------------------------------------------------------------------------- HTML


_BLOCK_TAGS = (
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header "
    "footer pre hr dd dt figcaption"
)


class _TextExtractor(HTMLParser):
    """HTML fragment -> text; block elements become line breaks, scripts/styles dropped."""

    BLOCK = frozenset(_BLOCK_TAGS.split())
    SKIP = frozenset(["script", "style", "noscript", "template"])

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (feed content): one line per block, spaces collapsed."""
    if "<" not in html and "&" not in html:
        return "\n".join(" ".join(ln.split()) for ln in html.split("\n") if ln.strip())
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (" ".join(ln.split()) for ln in "".join(parser.parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def read_html(
    data: bytes, origin: str, *, name: str, url: str | None = None, warn: Warn
) -> Iterator[Item]:
    """One document from an HTML page: main text and metadata via trafilatura."""
    m = _META_CHARSET.search(data[:4096])
    html = _decode(data, origin, warn, m.group(1).decode() if m else None)
    if isinstance(html, IngestError):
        yield html
        return
    if not html.strip():
        yield IngestError(origin, "empty document (no text)")
        return
    import trafilatura

    try:
        res = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
        )
    except Exception as exc:  # trafilatura/lxml raise assorted errors on broken markup
        yield IngestError(origin, f"HTML could not be parsed ({type(exc).__name__}: {exc})")
        return
    meta: dict[str, Any] = {}
    text = ""
    if res is not None:
        meta = res.as_dict() if hasattr(res, "as_dict") else dict(res)
        text = meta.get("text") or ""
    if not text.strip():
        try:
            text = trafilatura.html2txt(html) or ""
        except Exception:  # pragma: no cover - defensive
            text = ""
    if not text.strip():
        yield IngestError(origin, "no article text found in HTML")
        return
    title = meta.get("title")
    text = normalize_text(text).strip()
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == " ".join(normalize_text(title).split()) and rest.strip():
            text = rest
    date = meta.get("date")
    try:
        yield make_document(
            text,
            origin=origin,
            name=name,
            title=title,
            date=normalize_date(date) or date_from_filename(Path(name).name),
            author=meta.get("author"),
            source=meta.get("sitename") or _site_from_title(html, title) or meta.get("hostname"),
            url=meta.get("url") or url,
            lang=None,
        )
    except IngestError as exc:
        yield exc


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _site_from_title(html: str, title: str | None) -> str | None:
    """The site name in ``<title>Headline | Site</title>`` when the headline part is ``title``."""
    m = _TITLE_TAG.search(html[:20000])
    if not m or not title:
        return None
    full = " ".join(html_to_text(m.group(1)).split())
    head = " ".join(title.split())
    for sep in (" | ", " – ", " — ", " - ", " · ", " :: "):
        if full.startswith(head + sep):
            site = full[len(head) + len(sep) :].strip()
            return site or None
        if full.endswith(sep + head):
            site = full[: -len(head) - len(sep)].strip()
            return site or None
    return None


# --------------------------------------------------------------------------- feeds


def read_feed(data: bytes, origin: str, *, name: str, warn: Warn) -> Iterator[Item]:
    """One document per RSS/Atom entry (title, content or summary as text, date, link)."""
    import feedparser

    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield IngestError(origin, "binary file (contains NUL bytes)")
        return
    fp = feedparser.parse(data)
    if not fp.entries:
        if fp.get("bozo"):
            exc = fp.get("bozo_exception")
            yield IngestError(origin, f"malformed feed ({type(exc).__name__}: {exc})")
        else:
            yield IngestError(origin, "feed has no entries")
        return
    if fp.get("bozo"):
        warn(f"{origin}: feed is not well-formed ({fp.get('bozo_exception')}); read leniently")
    feed_title = fp.feed.get("title")
    for n, entry in enumerate(fp.entries, 1):
        eorigin = f"{origin}#{n}"
        contents = [c.get("value", "") for c in entry.get("content", []) or []]
        body = max(contents, key=len) if contents else ""
        summary = entry.get("summary", "") or ""
        if len(html_to_text(summary)) > len(html_to_text(body)):
            body = summary
        text = html_to_text(body)
        title = html_to_text(entry.get("title", "") or "") or None
        date = None
        for key in ("published", "updated", "created"):
            date = normalize_date(entry.get(key))
            if date:
                break
        if not date:
            for key in ("published_parsed", "updated_parsed"):
                date = normalize_date(entry.get(key))
                if date:
                    break
        try:
            yield make_document(
                text,
                origin=eorigin,
                name=name,
                title=title,
                date=date,
                url=entry.get("link"),
                source=feed_title,
                author=entry.get("author"),
                # per-entry detection beats the channel's declared language (often a CMS default)
                lang=entry.get("language") or detect_language(text) or fp.feed.get("language"),
            )
        except IngestError as exc:
            reason = "feed entry has no text"
            if fp.get("bozo"):
                reason += f" (feed is malformed: {fp.get('bozo_exception')})"
            yield IngestError(exc.origin, reason)


# --------------------------------------------------------------------------- JSON


TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("date", "published", "pubdate", "datetime")


def document_from_record(rec: Any, origin: str, *, name: str) -> Document:
    """A document from one JSON object ``{id, text, lang?, date?, title?, url?, source?, author?}``.

    Extra keys (e.g. the gold annotations) are ignored. The text is kept exactly as given
    (only BOM/line ends/NFC normalised) so offsets in annotated corpora stay valid.
    Raises :class:`IngestError` for a record without text.
    """
    if not isinstance(rec, dict):
        raise IngestError(origin, f"expected a JSON object, got {type(rec).__name__}")
    text = next((rec[k] for k in TEXT_KEYS if isinstance(rec.get(k), str)), None)
    if text is None:
        raise IngestError(origin, "record has no 'text' string")
    date = next((rec[k] for k in DATE_KEYS if rec.get(k)), None)
    return make_document(
        text,
        origin=origin,
        name=name,
        id=rec.get("id"),
        lang=rec.get("lang") or rec.get("language"),
        date=date,
        title=rec.get("title"),
        url=rec.get("url") or rec.get("link"),
        source=rec.get("source"),
        author=rec.get("author"),
        keep_text=True,
    )


def read_jsonl(data: bytes, origin: str, *, name: str, warn: Warn) -> Iterator[Item]:
    """One document per JSON line; a malformed line is one error and the rest go on."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: decode as a whole
        try:
            raw, _ = decode_bytes(data)
        except DecodeError as exc:
            yield IngestError(origin, str(exc))
            return
        data = raw.encode("utf-8")
    yield from read_jsonl_lines(iter(data.splitlines(keepends=True)), origin, name=name, warn=warn)


def read_jsonl_lines(
    lines: Iterator[bytes],
    origin: str,
    *,
    name: str,
    warn: Warn,
    max_bytes: int | None = None,
) -> Iterator[Item]:
    """Documents from the byte lines of a JSON Lines file (streamed: constant memory).

    Each line is decoded on its own (UTF-8, else clearly-cp1252 with a warning); a line that
    is malformed, not an object, without text or longer than ``max_bytes`` is one error.
    """
    seen_text = False
    for lineno, bline in enumerate(lines, 1):
        if lineno == 1 and bline.startswith(b"\xef\xbb\xbf"):
            bline = bline[3:]
        if not bline.strip():
            continue
        seen_text = True
        lorigin = f"{origin}:{lineno}"
        if max_bytes is not None and len(bline) > max_bytes:
            yield IngestError(
                lorigin, f"line too large ({len(bline):,} bytes > limit {max_bytes:,})"
            )
            continue
        line = _decode(bline, lorigin, warn)
        if isinstance(line, IngestError):
            yield line
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(lorigin, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield document_from_record(rec, lorigin, name=name)
        except IngestError as exc:
            yield exc
    if not seen_text:
        yield IngestError(origin, "empty file")


def read_json(data: bytes, origin: str, *, name: str, warn: Warn) -> Iterator[Item]:
    """Documents from a JSON file: a list of records, one record, or ``{"documents": [...]}``."""
    raw = _decode(data, origin, warn)
    if isinstance(raw, IngestError):
        yield raw
        return
    if not raw.strip():
        yield IngestError(origin, "empty file")
        return
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        yield IngestError(origin, f"invalid JSON ({exc.msg} at line {exc.lineno})")
        return
    if isinstance(obj, dict) and not any(k in obj for k in TEXT_KEYS):
        lists = [v for k, v in obj.items() if k in ("documents", "articles", "items", "data")]
        obj = lists[0] if lists and isinstance(lists[0], list) else obj
    if isinstance(obj, dict):
        try:
            yield document_from_record(obj, origin, name=name)
        except IngestError as exc:
            yield exc
        return
    if not isinstance(obj, list):
        yield IngestError(origin, "JSON must be a list of documents or one document object")
        return
    if not obj:
        yield IngestError(origin, "JSON list is empty")
    for i, rec in enumerate(obj):
        try:
            yield document_from_record(rec, f"{origin}[{i}]", name=name)
        except IngestError as exc:
            yield exc
