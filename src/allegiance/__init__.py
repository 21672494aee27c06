"""allegiance: who sides with whom, on what, since when, and what just changed."""

from __future__ import annotations

__version__ = "0.1.0"

from allegiance import _threads  # noqa: F401  (before numpy loads: one BLAS thread per process)
from allegiance.eval import evaluate, load_gold
from allegiance.extract import Extractor, Registry, RuleExtractor, get_extractor
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
from allegiance.pipeline import (
    RunReport,
    evaluate_file,
    extract_corpus,
    extract_document,
    extract_store,
    extract_text,
    ingest,
)
from allegiance.report import ReportData, print_summary, summary_text, write_html
from allegiance.store import Store

__all__ = [
    "Actor",
    "Affiliation",
    "Concept",
    "Document",
    "Extraction",
    "Extractor",
    "Mention",
    "Registry",
    "ReportData",
    "RuleExtractor",
    "RunReport",
    "Span",
    "Statement",
    "Store",
    "__version__",
    "evaluate",
    "evaluate_file",
    "extract_corpus",
    "extract_document",
    "extract_store",
    "extract_text",
    "get_extractor",
    "ingest",
    "load_gold",
    "print_summary",
    "summary_text",
    "write_html",
]
