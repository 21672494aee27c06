"""Reading coded statements from JSONL: the interchange format and gold-format documents.

Two kinds of line are understood (they may be mixed in one file):

* a statement in the interchange format of :meth:`allegiance.model.Statement.to_dict`
  (``doc_id``, ``source``, ``target``, ``polarity``, ``evidence``, ...);
* a hand-coded document as in ``gold/dev.jsonl``: ``id``, ``text``, ``date``, ``lang``, ...,
  ``actors``, ``concepts``, ``statements`` (``source``, ``target``, ``polarity``,
  ``evidence`` as a quoted string, ``period``) and ``neutral``. The document is kept with its
  date; its statements get the document's date, their ``period``, the source actor's type, the
  target's kind (concept when it names one of the document's concepts) and evidence offsets
  located in the text (exactly, else ignoring case, quote style and white space); a source or
  target given by one of its aliases gets the canonical name. ``neutral`` entries become
  statements with polarity ``neutral``.

A line with ``text`` but no ``statements`` is read as a document only.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allegiance.model import Document, Span, Statement

_QUOTES = {
    "„": '"', "“": '"', "”": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‚": "'", "‘": "'", "’": "'", "‛": "'", "‹": "'", "›": "'", "`": "'", "´": "'",
    "–": "-", "—": "-", "‑": "-",
}  # fmt: skip


def _normalise(text: str) -> tuple[str, list[int]]:
    """Casefolded, quote-unified, white-space-collapsed text and a map back to offsets."""
    out: list[str] = []
    where: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        c = _QUOTES.get(ch, ch)
        if c.isspace():
            if prev_space:
                continue
            prev_space = True
            out.append(" ")
            where.append(i)
            continue
        prev_space = False
        for piece in unicodedata.normalize("NFC", c).casefold():
            out.append(piece)
            where.append(i)
    return "".join(out), where


def locate(text: str, needle: str, *, hint: int = 0) -> tuple[int, int] | None:
    """Find evidence in a text: exact match first, then a normalised one.

    Parameters
    ----------
    text : str
        The document text.
    needle : str
        The evidence as quoted (quotes, case and white space may differ).
    hint : int, default 0
        Prefer the first match at or after this offset.

    Returns
    -------
    (start, end) or None
        Offsets into ``text`` such that ``text[start:end]`` is the evidence as written there.

    Examples
    --------
    >>> locate("Er sagte: „Nein“.", 'sagte: "nein"')
    (3, 16)
    >>> locate("abc", "xyz") is None
    True
    """
    needle = needle.strip()
    if not needle:
        return None
    pos = text.find(needle, hint)
    if pos < 0:
        pos = text.find(needle)
    if pos >= 0:
        return pos, pos + len(needle)
    norm_text, where = _normalise(text)
    norm_needle, _ = _normalise(needle)
    norm_needle = norm_needle.strip()
    if not norm_needle:
        return None
    k = norm_text.find(norm_needle)
    if k < 0:
        return None
    start = where[k]
    end = where[k + len(norm_needle) - 1] + 1
    return start, end


@dataclass(slots=True)
class ImportBatch:
    """What :func:`read_jsonl` read: documents, statements and problems (line, message)."""

    documents: list[Document] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def _names(entries: Iterable[Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for e in entries or ():
        if isinstance(e, dict) and e.get("name"):
            out[str(e["name"])] = e
        elif isinstance(e, str):
            out[e] = {"name": e}
    return out


def gold_document(
    d: dict[str, Any], *, origin: str | None = None, extractor: str = "gold"
) -> tuple[Document, list[Statement], list[str]]:
    """Read one gold-format document line.

    Parameters
    ----------
    d : dict
        The parsed JSON object (``id``, ``text``, ``statements``, ...).
    origin : str, optional
        Where it was read from (kept on the document).
    extractor : str, default "gold"
        Recorded on every statement.

    Returns
    -------
    document : Document
    statements : list of Statement
    problems : list of str
        Evidence that could not be located (the statement is kept with offsets -1).

    Examples
    --------
    >>> doc, st, probs = gold_document({"id": "d", "date": "2024-01-02", "text": "A lobt B.",
    ...     "concepts": [], "statements": [{"source": "A", "target": "B",
    ...     "polarity": "support", "evidence": "lobt B", "period": "before"}]})
    >>> st[0].evidence.start, st[0].date, st[0].period, st[0].target_kind
    (2, '2024-01-02', 'before', 'actor')
    """
    text = str(d.get("text") or "")
    doc = Document(
        id=str(d.get("id") or d.get("doc_id") or ""),
        text=text,
        lang=d.get("lang"),
        date=d.get("date"),
        title=d.get("title"),
        url=d.get("url"),
        source=d.get("source") if isinstance(d.get("source"), str) else None,
        author=d.get("author"),
        origin=origin,
    )
    actors = _names(d.get("actors", ()))
    concepts = _names(d.get("concepts", ()))
    concept_keys = {n.casefold() for n in concepts}
    for c in concepts.values():
        concept_keys.update(str(a).casefold() for a in c.get("aliases", ()) or ())
    actor_keys = {n.casefold() for n in actors}
    # a statement naming an actor or concept by one of its aliases gets the canonical name
    canonical: dict[str, str] = {}
    ambiguous: set[str] = set()
    for table in (concepts, actors):  # actors last: they win over concepts with the same alias
        for name, entry in table.items():
            for alias in entry.get("aliases", ()) or ():
                key = str(alias).casefold()
                if key in canonical and canonical[key] != name:
                    ambiguous.add(key)
                canonical[key] = name
    for name in (*concepts, *actors):
        canonical[name.casefold()] = name
        ambiguous.discard(name.casefold())

    def canon(name: str) -> str:
        key = name.casefold()
        return name if key in ambiguous else canonical.get(key, name)

    out: list[Statement] = []
    problems: list[str] = []
    entries = [(s, s.get("polarity", "support")) for s in d.get("statements", ()) or ()]
    entries += [(s, "neutral") for s in d.get("neutral", ()) or ()]
    for s, polarity in entries:
        source = canon(str(s.get("source", "")).strip())
        target = canon(str(s.get("target", "")).strip())
        if not source or not target:
            problems.append(f"{doc.id}: statement without source or target")
            continue
        ev_text = s.get("evidence") or ""
        if isinstance(ev_text, dict):
            ev_text = ev_text.get("text", "")
        loc = locate(text, str(ev_text))
        if loc is None:
            problems.append(f"{doc.id}: evidence not found: {str(ev_text)[:60]!r}")
            span = Span(-1, -1, str(ev_text))
        else:
            span = Span.of(text, *loc)
        kind = s.get("target_kind")
        if kind not in ("actor", "concept"):
            is_concept = target.casefold() in concept_keys and target.casefold() not in actor_keys
            kind = "concept" if is_concept else "actor"
        stype = (actors.get(source) or {}).get("type") or s.get("source_type") or "person"
        out.append(
            Statement(
                doc_id=doc.id,
                source=source,
                target=target,
                polarity=polarity if polarity in ("support", "oppose", "neutral") else "neutral",
                evidence=span,
                source_type="organization" if stype == "organization" else "person",
                target_kind=kind,
                date=doc.date,
                period=s.get("period") or None,
                extractor=extractor,
                lang=doc.lang,
            )
        )
    return doc, out, problems


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line number, object)`` for every non-empty line of a JSONL file."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if line:
                yield n, json.loads(line)


def read_jsonl(path: str | Path) -> ImportBatch:
    """Read statements (interchange format) and gold-format documents from a JSONL file.

    Parameters
    ----------
    path : str or pathlib.Path

    Returns
    -------
    ImportBatch
        ``documents``, ``statements`` and ``problems`` (line number, message); unreadable
        lines are reported there and skipped.

    Examples
    --------
    >>> import json, tempfile
    >>> from allegiance.model import Span, Statement
    >>> s = Statement("d1", "A", "B", "oppose", Span(0, 1, "x"), date="2025-01-01")
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
    ...     _ = fh.write(json.dumps(s.to_dict()) + "\\n")
    >>> b = read_jsonl(fh.name)
    >>> [(x.source, x.target, x.polarity) for x in b.statements]
    [('A', 'B', 'oppose')]
    """
    batch = ImportBatch()
    for n, d in iter_jsonl(path):
        try:
            if "text" in d and ("statements" in d or "neutral" in d or "id" in d):
                doc, stmts, probs = gold_document(d, origin=f"{path}:{n}")
                batch.documents.append(doc)
                batch.statements.extend(stmts)
                batch.problems.extend((n, p) for p in probs)
            elif "source" in d and "target" in d and "polarity" in d:
                st = Statement.from_dict(d)
                if isinstance(d.get("source"), dict) and "type" not in d["source"]:
                    st.source_type = "person"
                if d.get("lang"):
                    st.lang = d["lang"]
                batch.statements.append(st)
            else:
                batch.problems.append((n, "neither a statement nor a document"))
        except (KeyError, TypeError, ValueError) as exc:
            batch.problems.append((n, f"unreadable: {exc}"))
    return batch
