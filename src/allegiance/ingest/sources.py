"""Walk the inputs (files, folders, URLs) and dispatch each to its format reader."""

from __future__ import annotations

import logging
import os
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import urlparse

from allegiance.ingest.common import IngestError, normalize_text
from allegiance.ingest.readers import (
    FEED_MARKERS,
    HTML_MARKERS,
    Item,
    Warn,
    make_document,
    parse_plain_text,
    read_feed,
    read_html,
    read_json,
    read_jsonl,
    read_jsonl_lines,
    read_plain_text,
)
from allegiance.model import Document

log = logging.getLogger("allegiance.ingest")

DEFAULT_MAX_BYTES = 20_000_000

TEXT_EXT = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_EXT = frozenset({".html", ".htm", ".xhtml"})
FEED_EXT = frozenset({".xml", ".rss", ".atom"})
JSONL_EXT = frozenset({".jsonl", ".ndjson"})
JSON_EXT = frozenset({".json"})
SUPPORTED_EXT = TEXT_EXT | HTML_EXT | FEED_EXT | JSONL_EXT | JSON_EXT

USER_AGENT = "allegiance/0.1 (+https://github.com/allegiance; news discourse analysis)"


def _default_warn(msg: str) -> None:
    log.warning("%s", msg)


def read_paths(
    paths: Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[Document | IngestError]:
    """Read documents from files, folders (recursively, sorted, hidden files skipped) and URLs.

    Folders skip hidden entries and ``README``/``LICENSE``-type files. Yields a
    :class:`Document` per article and an :class:`IngestError` per input (or feed
    entry, JSON line) that could not be read; the run always goes on. Formats are chosen by
    extension, with content sniffing for ``.xml`` and unknown extensions: ``.txt``/``.md``,
    ``.html``/``.htm``, RSS/Atom (``.xml``/``.rss``/``.atom``), ``.jsonl``/``.ndjson``,
    ``.json``. ``http(s)://`` inputs are fetched (HTML page or feed). Inputs larger than
    ``max_bytes`` are refused (for JSON Lines: each line; the file itself is streamed).
    Non-fatal problems (e.g. a file decoded as cp1252) go to
    ``on_warning`` (default: the ``allegiance.ingest`` logger).
    """
    warn = on_warning or _default_warn
    for p in paths:
        s = str(p)
        if s.startswith(("http://", "https://")):
            yield from read_url(s, max_bytes=max_bytes, warn=warn)
            continue
        path = Path(s)
        if path.is_dir():
            files = list(_walk(path))
            if not files:
                yield IngestError(s, "folder contains no files")
            for f in files:
                yield from read_file(f, max_bytes=max_bytes, warn=warn)
        elif path.exists():
            yield from read_file(path, max_bytes=max_bytes, warn=warn)
        else:
            yield IngestError(s, "no such file or folder")


# Project files that sit next to articles in a folder; read only when named explicitly.
SKIPPED_IN_FOLDERS = frozenset({"readme", "license", "licence", "changelog", "notice", "copying"})


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, sorted, skipping hidden files/folders and README/LICENSE files."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.startswith(".") or Path(f).stem.casefold() in SKIPPED_IN_FOLDERS:
                continue
            yield Path(root) / f


def read_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, warn: Warn = _default_warn
) -> Iterator[Item]:
    """Read one file (see :func:`read_paths`)."""
    origin = str(path)
    if path.suffix.lower() in JSONL_EXT:  # corpora can be big: stream, limit each line
        try:
            with path.open("rb") as fh:
                head = fh.read(4)
                if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                    fh.seek(0)
                    yield from read_jsonl(fh.read(), origin, name=path.name, warn=warn)
                    return
                fh.seek(0)
                yield from read_jsonl_lines(
                    iter(fh), origin, name=path.name, warn=warn, max_bytes=max_bytes
                )
        except OSError as exc:
            yield IngestError(origin, f"cannot read file ({exc.strerror or exc})")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield IngestError(origin, f"file too large ({size:,} bytes > limit {max_bytes:,})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(origin, f"cannot read file ({exc.strerror or exc})")
        return
    if not data.strip():
        yield IngestError(origin, "empty file")
        return
    yield from read_bytes(data, origin, name=path.name, warn=warn)


def read_bytes(
    data: bytes,
    origin: str,
    *,
    name: str,
    url: str | None = None,
    content_type: str | None = None,
    warn: Warn = _default_warn,
) -> Iterator[Item]:
    """Dispatch raw bytes to a reader by the extension of ``name`` (or content type/sniffing)."""
    ext = Path(urlparse(name).path if "://" in name else name).suffix.lower()
    head = data[:2048]
    is_feed = bool(FEED_MARKERS.search(head))
    is_html = bool(HTML_MARKERS.search(head))
    if ext in TEXT_EXT:
        yield from read_plain_text(
            data, origin, name=name, markdown=ext in (".md", ".markdown"), warn=warn
        )
    elif ext in JSONL_EXT:
        yield from read_jsonl(data, origin, name=name, warn=warn)
    elif ext in JSON_EXT:
        yield from read_json(data, origin, name=name, warn=warn)
    elif ext in FEED_EXT or (ext in HTML_EXT and is_feed and not is_html):
        if is_feed or ext != ".xml":
            yield from read_feed(data, origin, name=name, warn=warn)
        elif is_html:
            yield from read_html(data, origin, name=name, url=url, warn=warn)
        else:
            yield IngestError(origin, "XML file is not an RSS or Atom feed")
    elif ext in HTML_EXT:
        yield from read_html(data, origin, name=name, url=url, warn=warn)
    elif content_type is not None or is_feed or is_html:
        ct = (content_type or "").lower()
        if is_feed or (any(k in ct for k in ("rss", "atom", "/xml")) and not is_html):
            yield from read_feed(data, origin, name=name, warn=warn)
        elif is_html or "html" in ct:
            yield from read_html(data, origin, name=name, url=url, warn=warn)
        elif ct.startswith("text/plain"):
            yield from read_plain_text(data, origin, name=name, warn=warn)
        else:
            yield IngestError(origin, f"unsupported content type {content_type!r}")
    else:
        what = f"'{ext}'" if ext else "without extension"
        yield IngestError(
            origin,
            f"unsupported file type {what} (known: {', '.join(sorted(SUPPORTED_EXT))})",
        )


def read_url(
    url: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 30.0,
    warn: Warn = _default_warn,
) -> Iterator[Item]:
    """Fetch one http(s) URL the user gave explicitly and read it as an HTML page or a feed."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data = resp.read(max_bytes + 1)
            final_url = resp.geturl() or url
            ctype = resp.headers.get("Content-Type", "") or ""
    except urllib.error.HTTPError as exc:
        yield IngestError(url, f"HTTP error {exc.code} ({exc.reason})")
        return
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        yield IngestError(url, f"cannot fetch URL ({reason})")
        return
    if len(data) > max_bytes:
        yield IngestError(url, f"response too large (> limit {max_bytes:,} bytes)")
        return
    if not data.strip():
        yield IngestError(url, "empty response")
        return
    yield from read_bytes(
        data,
        url,
        name=urlparse(final_url).path or "page",
        url=final_url,
        content_type=ctype.split(";")[0].strip() or "text/html",
        warn=warn,
    )


def read_text(
    text: str,
    *,
    origin: str = "<text>",
    id: str | None = None,
    lang: str | None = None,
    date: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    author: str | None = None,
    parse_header: bool = False,
) -> Document:
    """A :class:`Document` from a string (normalised; language detected unless given).

    With ``parse_header`` a headline and ``Datum:``/``Date:``-style header lines are split off
    the body as for ``.txt`` files (explicit arguments win). Raises :class:`IngestError` for
    empty text.
    """
    text = normalize_text(text)
    fields: dict[str, str] = {}
    if parse_header:
        text, fields = parse_plain_text(text)
    return make_document(
        text,
        origin=origin,
        id=id,
        lang=lang or fields.get("lang"),
        date=date or fields.get("date"),
        title=title or fields.get("title"),
        url=url or fields.get("url"),
        source=source or fields.get("source"),
        author=author or fields.get("author"),
    )
