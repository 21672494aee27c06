"""Ingestion: files, folders, feeds, JSON corpora and URLs -> normalised :class:`Document` s.

::

    from allegiance.ingest import read_paths, IngestError
    for item in read_paths(["articles/", "feed.xml", "corpus.jsonl"]):
        if isinstance(item, IngestError):
            print(item)  # one line: "origin: reason"
        else:
            store.add_document(item)
"""

from __future__ import annotations

from allegiance.ingest.common import (
    IngestError,
    decode_bytes,
    make_doc_id,
    normalize_text,
    slug,
)
from allegiance.ingest.dates import date_from_filename, normalize_date
from allegiance.ingest.lang import detect_language, normalize_lang
from allegiance.ingest.readers import document_from_record, html_to_text, parse_plain_text
from allegiance.ingest.sources import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_EXT,
    read_bytes,
    read_file,
    read_paths,
    read_text,
    read_url,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXT",
    "IngestError",
    "date_from_filename",
    "decode_bytes",
    "detect_language",
    "document_from_record",
    "html_to_text",
    "make_doc_id",
    "normalize_date",
    "normalize_lang",
    "normalize_text",
    "parse_plain_text",
    "read_bytes",
    "read_file",
    "read_paths",
    "read_text",
    "read_url",
    "slug",
]
