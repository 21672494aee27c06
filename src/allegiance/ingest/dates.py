"""Dates to ISO ``YYYY-MM-DD``: ISO strings, German and English written dates, RFC 822."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_tz
from functools import lru_cache
from typing import Any

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "januar jänner january jan jän",
        "februar feber february feb",
        "märz maerz march mär mrz mar",
        "april apr",
        "mai may",
        "juni june jun",
        "juli july jul",
        "august aug",
        "september sept sep",
        "oktober october okt oct",
        "november nov",
        "dezember december dez dec",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _num

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s]|[+-]\d\d:?\d\d$|Z$)")
_ISO_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
_DMY_NUM = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\b")
_ISO_ANYWHERE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_DMY_ANYWHERE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\d])")
_DMY_SLASH = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\b")
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\w.])(\d{{1,2}})\.?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?<!\w)({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)


def _iso(y: int, m: int, d: int) -> str | None:
    if not 1000 <= y <= 2999:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def normalize_date(value: Any) -> str | None:
    """Normalise a date to ISO ``YYYY-MM-DD``; None when it cannot be read.

    Accepts ``date``/``datetime``/``time.struct_time`` objects and strings such as
    ``"2025-06-06"``, ``"2025-06-06T14:03:00+02:00"``, ``"06.06.2025"``, ``"6. Juni 2025"``,
    ``"June 6, 2025"``, ``"6 June 2025"`` and RFC 822 (``"Fri, 06 Jun 2025 10:00:00 +0200"``).
    The date is the one written (no time-zone conversion). Other strings go to ``dateparser``
    (German and English, complete dates only, never relative to today).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return _iso(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    for rx in (_ISO, _ISO_COMPACT, _DMY_SLASH):
        m = rx.match(s)
        if m:
            return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY_NUM.match(s)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if re.match(r"^[A-Za-z]{3},", s) or re.match(r"^\d{1,2} [A-Za-z]{3} \d{2,4} \d", s):
        tup = parsedate_tz(s)
        if tup:
            return _iso(tup[0], tup[1], tup[2])
    m = _ISO_ANYWHERE.search(s)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY_ANYWHERE.search(s)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _DAY_MONTH_YEAR.search(s)
    if m:
        return _iso(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _MONTH_DAY_YEAR.search(s)
    if m:
        return _iso(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    if len(s) > 80 or not re.search(r"\d{4}", s):
        return None
    return _dateparser(s)


@lru_cache(maxsize=4096)
def _dateparser(s: str) -> str | None:
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser comes with trafilatura
        return None
    try:
        dt = dateparser.parse(
            s,
            languages=["de", "en"],
            settings={
                "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DATES_FROM": "past",
            },
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return _iso(dt.year, dt.month, dt.day) if dt else None


_FILENAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def date_from_filename(name: str) -> str | None:
    """An ISO date written in a file name (``2025-06-06-bruch.txt``, ``bruch_20250606.txt``)."""
    m = _FILENAME_DATE.search(name)
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
