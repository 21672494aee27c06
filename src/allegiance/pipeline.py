"""The product path as library functions: ingest -> extract -> store -> report.

The CLI is a thin layer over these functions::

    import allegiance
    with allegiance.Store("news.db") as store:
        allegiance.ingest(["articles/"], store)
        allegiance.extract_store(store)
        data = allegiance.ReportData.from_store(store)
        allegiance.write_html(data, "report.html")

    # batch mode, no store
    allegiance.extract_corpus("corpus.jsonl", "statements.jsonl")
    # quality on hand-coded data
    result = allegiance.evaluate_file("gold.jsonl")
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allegiance.extract import Extractor, RuleExtractor
from allegiance.model import Document, Extraction, Statement

Progress = Callable[[int, int | None, str], None]  # (done, total, label)


@dataclass(slots=True)
class RunReport:
    """What a run did: counts and one line per skipped input."""

    added: int = 0
    duplicates: int = 0
    extracted: int = 0
    already_done: int = 0
    statements: int = 0
    off_topic: int = 0  # extracted documents about sport, weather, … (no statements looked for)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One human-readable line."""
        parts = []
        if self.added or self.duplicates:
            parts.append(f"{self.added} documents added, {self.duplicates} already stored")
        if self.extracted or self.already_done:
            parts.append(f"{self.extracted} extracted ({self.already_done} done before)")
        if self.statements:
            parts.append(f"{self.statements} statements")
        if self.off_topic:
            parts.append(f"{self.off_topic} off topic (sport, weather, …: no statements)")
        parts.append(f"{len(self.errors)} inputs skipped")
        return "; ".join(parts)


def read_documents(
    paths: Iterable[str | Path], report: RunReport | None = None
) -> Iterator[Document]:
    """Read documents from files, folders, feeds and JSONL corpora; bad inputs go to ``report``."""
    from allegiance.ingest import IngestError, read_paths

    for item in read_paths([str(p) for p in paths]):
        if isinstance(item, IngestError):
            if report is not None:
                report.errors.append(str(item))
            continue
        yield item


def ingest(
    paths: Iterable[str | Path],
    store: Any,
    *,
    progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
) -> RunReport:
    """Read ``paths`` into ``store``; re-ingesting an article is a no-op (content hash)."""
    from allegiance.ingest import IngestError, read_paths

    report = RunReport()
    n = 0
    warn = (lambda msg: on_error(f"warning: {msg}")) if on_error else None
    for item in read_paths([str(p) for p in paths], on_warning=warn):
        if isinstance(item, IngestError):
            report.errors.append(str(item))
            if on_error:
                on_error(str(item))
            continue
        _, created = store.add_document(item)
        if created:
            report.added += 1
        else:
            report.duplicates += 1
        n += 1
        if progress:
            progress(n, None, item.title or item.id)
    return report


_WORKER_EXTRACTOR: Extractor | None = None


def _init_worker(extractor: Extractor) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor


def _extract_safe(doc: Document, ex: Extractor | None = None) -> Extraction | str:
    """Extract one document; a failure becomes a one-line message instead of an exception."""
    ex = ex or _WORKER_EXTRACTOR
    assert ex is not None
    try:
        return ex.extract(doc)
    except Exception as exc:  # one bad document must not stop the corpus
        return f"{doc.origin or doc.id}: extraction failed ({type(exc).__name__}: {exc})"


def _extract_chunk(docs: list[Document], ex: Extractor | None = None) -> list[Extraction | str]:
    """Extract a chunk in one batch when the extractor can; one document at a time on failure."""
    ex = ex or _WORKER_EXTRACTOR
    assert ex is not None
    many = getattr(ex, "extract_many", None)
    if many is not None:
        try:
            return list(many(docs))
        except Exception:  # find the document that fails, keep the others
            pass
    return [_extract_safe(d, ex) for d in docs]


CHUNK = 16


def _extract_many(
    docs: Iterable[Document], ex: Extractor, workers: int
) -> Iterator[tuple[Document, Extraction | str]]:
    """Extract documents in order, in batches, in ``workers`` processes when more than one.

    Results come back chunk by chunk, so the caller can save (and a crash loses) at most one
    chunk per worker.
    """
    docs = list(docs)
    chunks = [docs[i : i + CHUNK] for i in range(0, len(docs), CHUNK)]
    if workers <= 1:
        for chunk in chunks:
            yield from zip(chunk, _extract_chunk(chunk, ex), strict=True)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(ex,)) as pool:
        for chunk, results in zip(chunks, pool.map(_extract_chunk, chunks), strict=True):
            yield from zip(chunk, results, strict=True)


def extract_store(
    store: Any,
    extractor: Extractor | None = None,
    *,
    progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
    redo: bool = False,
    workers: int = 1,
) -> RunReport:
    """Extract every stored document this extractor version has not done yet (resumable).

    Each document's results are saved in one transaction, so an interrupted run leaves a
    consistent store and a rerun picks up where it stopped. ``workers > 1`` extracts in that
    many processes; the store is written by this process only.
    """
    ex = extractor or RuleExtractor()
    report = RunReport()
    tag = f"{ex.name}-{ex.version}"
    total = store.count_documents()
    pending = list(store.documents() if redo else store.documents(unextracted_by=tag))
    report.already_done = total - len(pending)
    for i, (doc, result) in enumerate(_extract_many(pending, ex, workers), 1):
        if isinstance(result, str):
            report.errors.append(result)
            if on_error:
                on_error(result)
            continue
        store.save_extraction(result, extractor=tag, version=ex.version)
        report.extracted += 1
        report.statements += len(result.statements)
        report.off_topic += result.off_topic
        if progress:
            progress(i, len(pending), doc.title or doc.id)
    return report


def extract_document(document: Document, extractor: Extractor | None = None) -> Extraction:
    """Extract from one in-memory document."""
    return (extractor or RuleExtractor()).extract(document)


def extract_text(
    text: str, lang: str | None = None, *, doc_id: str = "text", date: str | None = None
) -> list[Statement]:
    """Statements in a piece of text (language detected when not given)."""
    return extract_document(Document(id=doc_id, text=text, lang=lang, date=date)).statements


def extract_corpus(
    source: str | Path,
    out: str | Path,
    extractor: Extractor | None = None,
    *,
    progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
    workers: int = 1,
) -> RunReport:
    """Batch mode: JSONL documents in, one statement a line out (``Statement.to_dict``).

    Evidence offsets index the input ``text`` in code points: ``text[start:end] == evidence.text``.
    """
    ex = extractor or RuleExtractor()
    report = RunReport()
    docs = list(read_documents([source], report))
    for e in report.errors:
        if on_error:
            on_error(e)
    with open(out, "w", encoding="utf-8") as fh:
        for i, (doc, result) in enumerate(_extract_many(docs, ex, workers), 1):
            if isinstance(result, str):
                report.errors.append(result)
                if on_error:
                    on_error(result)
                continue
            for st in result.statements:
                fh.write(json.dumps(st.to_dict(), ensure_ascii=False) + "\n")
            report.extracted += 1
            report.statements += len(result.statements)
            report.off_topic += result.off_topic
            if progress:
                progress(i, None, doc.title or doc.id)
    return report


def evaluate_file(gold_path: str | Path, extractor: Extractor | None = None):  # type: ignore[no-untyped-def]
    """Run extraction on a gold file and score it (see :mod:`allegiance.eval`)."""
    from allegiance.eval import evaluate, load_gold

    ex = extractor or RuleExtractor()
    return evaluate(load_gold(gold_path), lambda d: ex.extract(d).statements)
