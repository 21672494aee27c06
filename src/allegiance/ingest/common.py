"""Shared pieces of ingestion: the error record, text normalisation, decoding, ids."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from allegiance.model import content_hash


@dataclass(eq=False)  # stays hashable, as exceptions should
class IngestError(Exception):
    """One input that could not be read. ``str(err)`` is one line: ``"origin: reason"``.

    Also an exception, so :func:`read_text` can raise it.
    """

    origin: str
    reason: str

    def __str__(self) -> str:
        return " ".join(f"{self.origin}: {self.reason}".split())


def normalize_text(text: str) -> str:
    """The only normalisation applied to document text: strip a BOM, unify line ends, NFC.

    ``\\r\\n`` and lone ``\\r`` become ``\\n``. Offsets of extracted evidence refer to the result.
    """
    if text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def slug(name: str, max_len: int = 40) -> str:
    """A lowercase ASCII slug of ``name`` (umlauts transliterated), at most ``max_len`` chars."""
    s = name.casefold()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:max_len].strip("-") or "doc"


def make_doc_id(text: str, name: str | None = None) -> str:
    """A stable short id from the content hash, prefixed with a slug of ``name`` (a file name)."""
    h = content_hash(text)[:10]
    if name:
        return f"{slug(Path(name).stem)}-{h}"
    return f"doc-{h}"


# Characters a German or English text decoded as cp1252 plausibly contains outside ASCII.
_CP1252_PLAUSIBLE = set("äöüÄÖÜßéèêëàâáçñíìîïóòôúùûÉÈÀÂÇÑ„“”‚‘’–—…€«»§°·•×©®™£¥¢¹²³½¼¾µ\u00a0")


class DecodeError(ValueError):
    """Bytes that are not text we can read."""


def decode_bytes(data: bytes, *, fallback_charset: str | None = None) -> tuple[str, str | None]:
    """Decode file bytes; return ``(text, warning)``. Raises :class:`DecodeError`.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are read as such. NUL bytes mean a
    binary file. Invalid UTF-8 is decoded as ``fallback_charset`` (e.g. an HTML meta charset) if
    given and valid, else as cp1252 only when the result is clearly German/English text in
    cp1252 (then ``warning`` says so); otherwise it is an error.
    """
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), None
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc.upper()} ({exc.reason})") from None
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if fallback_charset:
        try:
            codec = codecs.lookup(fallback_charset).name
            if codec not in ("utf-8", "utf-8-sig"):
                return data.decode(codec), f"decoded as {codec} (declared charset)"
        except (LookupError, UnicodeDecodeError):
            pass
    text = _clearly_cp1252(data)
    if text is not None:
        return text, "not valid UTF-8; decoded as cp1252 (Windows-1252)"
    bad = data[utf8_error.start : utf8_error.start + 1].hex()
    raise DecodeError(
        f"not valid UTF-8 (byte 0x{bad} at offset {utf8_error.start}) and not clearly cp1252"
    )


def _clearly_cp1252(data: bytes) -> str | None:
    """The cp1252 decoding of ``data`` if it looks like ordinary German/English text, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii or len(non_ascii) > max(3, 0.15 * len(text)):
        return None
    if any(c not in _CP1252_PLAUSIBLE for c in non_ascii):
        return None
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f" for c in text):
        return None
    return text
