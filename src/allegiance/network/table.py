"""A columnar table of statements: the input of every network function.

:class:`StatementTable` holds one row per :class:`~allegiance.model.Statement` as numpy
arrays (integer codes into small vocabularies), so that a million statements fit in a few
dozen megabytes and every network is a handful of vectorised numpy / scipy operations.

Dates are stored as *day numbers* (days since 1970-01-01, ``int32``); :data:`NO_DAY` marks
an unknown date.

Past statements
---------------
A statement whose ``period`` is non-empty (``"past"``, ``"before"``, ``"before-2025"``, ...)
describes a relation the text places *before* the reported events. It does not count at its
document's date but earlier:

* its *bound* (column ``until``) is the first day it can no longer have happened: the
  document's day, or ``YYYY-01-01`` for ``"before-YYYY"`` (``YYYY-MM-DD`` for
  ``"before-YYYY-MM-DD"``), whichever is earlier;
* with calendar windows (week, month, year, ...) it is placed in the window *before* the
  document's window, or earlier if its bound says so (see :func:`period_index`);
* with moving windows of width ``w`` days it is placed at ``min(until - 1, day - w)``, one
  window width before the document (see :func:`effective_days`);
* time filters (``start``/``end``) use its latest possible day, ``until - 1``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from allegiance.model import Statement

NO_DAY: int = int(np.iinfo(np.int32).min)
"""Day number used for an unknown date."""

_EPOCH = date(1970, 1, 1)
_SIGN = {"support": 1, "oppose": -1, "neutral": 0}
ACTOR_TYPES: tuple[str, ...] = ("person", "organization")
TARGET_KINDS: tuple[str, ...] = ("actor", "concept")
UNITS: tuple[str, ...] = ("day", "week", "month", "quarter", "year", "all")
_BEFORE_RE = re.compile(r"before[-_ :]?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.IGNORECASE)


def to_day(value: str | date | None) -> int:
    """Day number (days since 1970-01-01) of an ISO date, or :data:`NO_DAY`.

    Parameters
    ----------
    value : str, datetime.date or None
        ``"YYYY-MM-DD"`` (a longer timestamp is cut to its date), ``"YYYY-MM"`` (first of the
        month) or ``"YYYY"`` (first of January).

    Returns
    -------
    int
        The day number, or :data:`NO_DAY` when ``value`` is empty or unreadable.

    Examples
    --------
    >>> to_day("1970-01-02")
    1
    >>> to_day(None) == NO_DAY
    True
    """
    if value is None or value == "":
        return NO_DAY
    if isinstance(value, date):
        return (value - _EPOCH).days
    s = str(value).strip()[:10]
    try:
        parts = [int(p) for p in s.split("-")]
        while len(parts) < 3:
            parts.append(1)
        return (date(parts[0], parts[1], parts[2]) - _EPOCH).days
    except (ValueError, IndexError):
        return NO_DAY


def day_to_iso(day: int) -> str | None:
    """ISO date of a day number (``None`` for :data:`NO_DAY`).

    Parameters
    ----------
    day : int
        Days since 1970-01-01.

    Returns
    -------
    str or None

    Examples
    --------
    >>> day_to_iso(365)
    '1971-01-01'
    """
    if day == NO_DAY:
        return None
    return (_EPOCH + timedelta(days=int(day))).isoformat()


def past_bound(period: str | None, doc_day: int) -> int:
    """First day on which a past statement can no longer have held.

    Parameters
    ----------
    period : str or None
        The statement's ``period``. Empty means "not past". ``"before-YYYY"`` means before
        ``YYYY-01-01``; ``"before-YYYY-MM"`` / ``"before-YYYY-MM-DD"`` likewise; any other
        non-empty value means before the document's date.
    doc_day : int
        Day number of the document.

    Returns
    -------
    int
        ``NO_DAY`` when the statement is not past (or no date is known), otherwise the bound
        (never later than ``doc_day``).

    Examples
    --------
    >>> past_bound("before-2025", to_day("2025-06-06")) == to_day("2025-01-01")
    True
    >>> past_bound("past", 100)
    100
    >>> past_bound(None, 100) == NO_DAY
    True
    """
    if not period:
        return NO_DAY
    m = _BEFORE_RE.search(period)
    bound = doc_day
    if m:
        y, mo, d = m.group(1), m.group(2) or "01", m.group(3) or "01"
        b = to_day(f"{y}-{mo}-{d}")
        if b != NO_DAY:
            bound = b if doc_day == NO_DAY else min(b, doc_day)
    return bound


class _Vocab:
    """String <-> integer code mapping (codes in order of first appearance)."""

    __slots__ = ("index", "names")

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names: list[str] = []
        self.index: dict[str, int] = {}
        for n in names:
            self.code(n)

    def code(self, name: str) -> int:
        i = self.index.get(name)
        if i is None:
            i = len(self.names)
            self.index[name] = i
            self.names.append(name)
        return i


@dataclass(eq=False)
class StatementTable:
    """Statements as columns.

    Build one with :meth:`from_statements`; select rows with :meth:`filter` or
    :meth:`take`. Vocabularies are shared between a table and its selections, so codes
    stay comparable.

    Attributes
    ----------
    actors, issues, docs, langs : list of str
        Vocabularies. ``source`` and actor targets index ``actors``; concept targets index
        ``issues``.
    actor_type : numpy.ndarray of int8, one per actor
        0 person, 1 organization (:data:`ACTOR_TYPES`), from the statements it made.
    source, target : int32 arrays
        Row codes.
    kind : int8 array
        0 when the target is an actor, 1 when it is a concept (issue).
    sign : int8 array
        +1 support, -1 oppose, 0 neutral.
    day : int32 array
        Day number of the statement (its document's date), :data:`NO_DAY` if unknown.
    until : int32 array
        For past statements their bound (see :func:`past_bound`), else :data:`NO_DAY`.
    doc, lang : int32 / int16 arrays
        Codes into ``docs`` / ``langs`` (``lang`` -1 when unknown).
    sid : int64 array
        Statement ids (``Statement.id``; the row number when the statement has none).
    confidence : float32 array
    statements : list of Statement or None
        The original records, row-aligned, kept for evidence (``None`` for tables built from
        arrays).

    Examples
    --------
    >>> from allegiance.model import Span, Statement
    >>> ev = Span(0, 1, "x")
    >>> t = StatementTable.from_statements([
    ...     Statement("d1", "A", "B", "support", ev, date="2024-05-01"),
    ...     Statement("d1", "A", "tax", "oppose", ev, target_kind="concept", date="2024-05-01"),
    ... ])
    >>> len(t), t.actors, t.issues
    (2, ['A', 'B'], ['tax'])
    """

    actors: list[str]
    issues: list[str]
    docs: list[str]
    langs: list[str]
    actor_type: np.ndarray
    source: np.ndarray
    target: np.ndarray
    kind: np.ndarray
    sign: np.ndarray
    day: np.ndarray
    until: np.ndarray
    doc: np.ndarray
    lang: np.ndarray
    sid: np.ndarray
    confidence: np.ndarray
    statements: list[Statement] | None = None
    _actor_index: dict[str, int] = field(default_factory=dict, repr=False)
    _issue_index: dict[str, int] = field(default_factory=dict, repr=False)
    _sid_index: dict[int, int] | None = field(default=None, repr=False)

    # ------------------------------------------------------------------ building
    @classmethod
    def from_statements(
        cls, statements: Iterable[Statement], *, keep_statements: bool = True
    ) -> StatementTable:
        """Build a table from statements.

        Parameters
        ----------
        statements : iterable of Statement
            ``date`` should be filled (the store fills it from the document).
        keep_statements : bool, default True
            Keep the records for evidence (needed by :func:`realignments` and for edge
            evidence text; costs their memory).

        Returns
        -------
        StatementTable

        Examples
        --------
        >>> StatementTable.from_statements([]).actors
        []
        """
        actors, issues, docs, langs = _Vocab(), _Vocab(), _Vocab(), _Vocab()
        a_type: dict[int, int] = {}
        src: list[int] = []
        tgt: list[int] = []
        knd: list[int] = []
        sgn: list[int] = []
        day: list[int] = []
        unt: list[int] = []
        dc: list[int] = []
        lg: list[int] = []
        sid: list[int] = []
        conf: list[float] = []
        kept: list[Statement] = []
        day_cache: dict[str | None, int] = {}
        for i, s in enumerate(statements):
            si = actors.code(s.source)
            if si not in a_type or s.source_type == "organization":
                a_type[si] = 1 if s.source_type == "organization" else 0
            src.append(si)
            if s.target_kind == "concept":
                tgt.append(issues.code(s.target))
                knd.append(1)
            else:
                ti = actors.code(s.target)
                a_type.setdefault(ti, -1)
                tgt.append(ti)
                knd.append(0)
            sgn.append(_SIGN.get(s.polarity, 0))
            d = day_cache.get(s.date)
            if d is None:
                d = day_cache[s.date] = to_day(s.date)
            day.append(d)
            unt.append(past_bound(s.period, d) if s.period else NO_DAY)
            dc.append(docs.code(s.doc_id))
            lg.append(langs.code(s.lang) if s.lang else -1)
            sid.append(s.id if s.id is not None else i)
            conf.append(s.confidence)
            if keep_statements:
                kept.append(s)
        at = np.zeros(len(actors.names), dtype=np.int8)
        for k, v in a_type.items():
            at[k] = max(v, 0)
        return cls(
            actors=actors.names,
            issues=issues.names,
            docs=docs.names,
            langs=langs.names,
            actor_type=at,
            source=np.asarray(src, dtype=np.int32),
            target=np.asarray(tgt, dtype=np.int32),
            kind=np.asarray(knd, dtype=np.int8),
            sign=np.asarray(sgn, dtype=np.int8),
            day=np.asarray(day, dtype=np.int32),
            until=np.asarray(unt, dtype=np.int32),
            doc=np.asarray(dc, dtype=np.int32),
            lang=np.asarray(lg, dtype=np.int16),
            sid=np.asarray(sid, dtype=np.int64),
            confidence=np.asarray(conf, dtype=np.float32),
            statements=kept if keep_statements else None,
            _actor_index=actors.index,
            _issue_index=issues.index,
        )

    @classmethod
    def from_arrays(
        cls,
        *,
        actors: Sequence[str],
        issues: Sequence[str],
        source: np.ndarray,
        target: np.ndarray,
        kind: np.ndarray,
        sign: np.ndarray,
        day: np.ndarray,
        doc: np.ndarray | None = None,
        until: np.ndarray | None = None,
        actor_type: np.ndarray | None = None,
    ) -> StatementTable:
        """Build a table directly from code arrays (fast path for generated data).

        Parameters
        ----------
        actors, issues : sequence of str
            Vocabularies the codes index.
        source, target, kind, sign, day : array-like
            Columns as described in :class:`StatementTable`.
        doc : array-like, optional
            Document codes (default: one document per row).
        until : array-like, optional
            Past bounds (default: no past statements).
        actor_type : array-like, optional
            0/1 per actor (default: all persons).

        Returns
        -------
        StatementTable

        Examples
        --------
        >>> import numpy as np
        >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=["x"],
        ...     source=np.array([0]), target=np.array([0]), kind=np.array([1]),
        ...     sign=np.array([1]), day=np.array([19000]))
        >>> len(t)
        1
        """
        n = len(source)
        doc_arr = np.arange(n, dtype=np.int32) if doc is None else np.asarray(doc, np.int32)
        ndocs = int(doc_arr.max()) + 1 if n else 0
        return cls(
            actors=list(actors),
            issues=list(issues),
            docs=[f"doc{i}" for i in range(ndocs)],
            langs=[],
            actor_type=(
                np.zeros(len(actors), np.int8)
                if actor_type is None
                else np.asarray(actor_type, np.int8)
            ),
            source=np.asarray(source, np.int32),
            target=np.asarray(target, np.int32),
            kind=np.asarray(kind, np.int8),
            sign=np.asarray(sign, np.int8),
            day=np.asarray(day, np.int32),
            until=np.full(n, NO_DAY, np.int32) if until is None else np.asarray(until, np.int32),
            doc=doc_arr,
            lang=np.full(n, -1, np.int16),
            sid=np.arange(n, dtype=np.int64),
            confidence=np.ones(n, np.float32),
            statements=None,
            _actor_index={a: i for i, a in enumerate(actors)},
            _issue_index={c: i for i, c in enumerate(issues)},
        )

    # ------------------------------------------------------------------ access
    def __len__(self) -> int:
        return int(self.source.shape[0])

    @property
    def past(self) -> np.ndarray:
        """Boolean array: rows whose statement is placed in the past."""
        return self.until != NO_DAY

    def actor_code(self, name: str) -> int:
        """Code of an actor name (``KeyError`` if unknown)."""
        if not self._actor_index:
            self._actor_index = {a: i for i, a in enumerate(self.actors)}
        return self._actor_index[name]

    def issue_code(self, name: str) -> int:
        """Code of an issue name (``KeyError`` if unknown)."""
        if not self._issue_index:
            self._issue_index = {c: i for i, c in enumerate(self.issues)}
        return self._issue_index[name]

    def row_of(self, statement_id: int) -> int:
        """Row of a statement id (``KeyError`` if absent).

        Parameters
        ----------
        statement_id : int

        Returns
        -------
        int

        Examples
        --------
        >>> t = StatementTable.from_arrays(actors=["A"], issues=["x"], source=[0, 0],
        ...     target=[0, 0], kind=[1, 1], sign=[1, -1], day=[1, 2])
        >>> t.row_of(1)
        1
        """
        if self._sid_index is None:
            self._sid_index = {int(x): r for r, x in enumerate(self.sid.tolist())}
        return self._sid_index[int(statement_id)]

    def target_name(self, row: int) -> str:
        """Name of the target of a row."""
        t = int(self.target[row])
        return self.issues[t] if self.kind[row] else self.actors[t]

    def latest_day(self) -> np.ndarray:
        """Latest day each row can have happened (``until - 1`` for past rows).

        Returns
        -------
        numpy.ndarray of int32

        Examples
        --------
        >>> t = StatementTable.from_arrays(actors=["A"], issues=["x"], source=[0], target=[0],
        ...     kind=[1], sign=[1], day=[100], until=[50])
        >>> int(t.latest_day()[0])
        49
        """
        return np.where(self.until != NO_DAY, self.until - 1, self.day).astype(np.int32)

    def take(self, rows: np.ndarray) -> StatementTable:
        """A table of the given rows (index array or boolean mask); vocabularies shared.

        Parameters
        ----------
        rows : numpy.ndarray
            Integer row indices or a boolean mask.

        Returns
        -------
        StatementTable

        Examples
        --------
        >>> import numpy as np
        >>> t = StatementTable.from_arrays(actors=["A"], issues=["x"], source=[0, 0],
        ...     target=[0, 0], kind=[1, 1], sign=[1, -1], day=[1, 2])
        >>> t.take(np.array([1])).sign.tolist()
        [-1]
        """
        rows = np.asarray(rows)
        if rows.dtype == bool:
            rows = np.flatnonzero(rows)
        stm = None if self.statements is None else [self.statements[int(i)] for i in rows]
        return StatementTable(
            actors=self.actors,
            issues=self.issues,
            docs=self.docs,
            langs=self.langs,
            actor_type=self.actor_type,
            source=self.source[rows],
            target=self.target[rows],
            kind=self.kind[rows],
            sign=self.sign[rows],
            day=self.day[rows],
            until=self.until[rows],
            doc=self.doc[rows],
            lang=self.lang[rows],
            sid=self.sid[rows],
            confidence=self.confidence[rows],
            statements=stm,
            _actor_index=self._actor_index,
            _issue_index=self._issue_index,
        )

    def mask(
        self,
        *,
        start: str | None = None,
        end: str | None = None,
        actors: Iterable[str] | None = None,
        lang: str | Iterable[str] | None = None,
        actor_type: str | None = None,
        issues: Iterable[str] | None = None,
        include_neutral: bool = True,
        min_confidence: float = 0.0,
    ) -> np.ndarray:
        """Boolean mask of the rows that pass the filters (see :meth:`filter`)."""
        m = np.ones(len(self), dtype=bool)
        if start is not None or end is not None:
            latest = self.latest_day()
            known = latest != NO_DAY
            m &= known
            if start is not None:
                m &= latest >= to_day(start)
            if end is not None:
                m &= latest <= to_day(end)
        if actors is not None:
            codes = [self._actor_code_or_none(a) for a in actors]
            codes_arr = np.asarray([c for c in codes if c is not None], dtype=np.int32)
            m &= np.isin(self.source, codes_arr)
        if lang is not None:
            wanted = [lang] if isinstance(lang, str) else list(lang)
            codes_l = [i for i, name in enumerate(self.langs) if name in wanted]
            m &= np.isin(self.lang, np.asarray(codes_l, dtype=np.int16))
        if actor_type is not None:
            code = ACTOR_TYPES.index(actor_type)
            m &= self.actor_type[self.source] == code
        if issues is not None:
            wanted_i = set(issues)
            codes_i = np.asarray(
                [i for i, name in enumerate(self.issues) if name in wanted_i], dtype=np.int32
            )
            # actor -> actor statements are kept: the issue filter restricts concept rows only
            m &= (self.kind == 0) | np.isin(self.target, codes_i)
        if not include_neutral:
            m &= self.sign != 0
        if min_confidence > 0:
            m &= self.confidence >= min_confidence
        return m

    def filter(self, **kwargs: object) -> StatementTable:
        """Rows passing the filters, as a new table.

        Parameters
        ----------
        start, end : str, optional
            Inclusive ISO dates; compared with each row's latest possible day, so a past
            statement counts before its document (rows without a date are dropped when a
            range is given).
        actors : iterable of str, optional
            Keep statements made by these source actors.
        lang : str or iterable of str, optional
            Document language(s).
        actor_type : {"person", "organization"}, optional
            Type of the source actor.
        issues : iterable of str, optional
            Keep concept statements on these issues (actor -> actor statements are kept).
        include_neutral : bool, default True
        min_confidence : float, default 0

        Returns
        -------
        StatementTable

        Examples
        --------
        >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=["x"], source=[0, 1],
        ...     target=[0, 0], kind=[1, 1], sign=[1, -1], day=[to_day("2024-01-01")] * 2)
        >>> len(t.filter(actors=["B"])), len(t.filter(start="2025-01-01"))
        (1, 0)
        """
        return self.take(self.mask(**kwargs))  # type: ignore[arg-type]

    def _actor_code_or_none(self, name: str) -> int | None:
        try:
            return self.actor_code(name)
        except KeyError:
            return None


# ---------------------------------------------------------------------- calendar periods
def _period_of_days(days: np.ndarray, unit: str) -> np.ndarray:
    """Calendar period index of day numbers (unknown days stay NO_DAY)."""
    days = np.asarray(days, dtype=np.int64)
    known = days != NO_DAY
    safe = np.where(known, days, 0)
    if unit == "day":
        out = safe
    elif unit == "week":
        out = (safe + 3) // 7  # ISO weeks start on Monday; 1970-01-01 was a Thursday
    elif unit in ("month", "quarter"):
        out = safe.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
        if unit == "quarter":
            out = out // 3
    elif unit == "year":
        out = safe.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64)
    elif unit == "all":
        out = np.zeros_like(safe)
    else:
        raise ValueError(f"unknown window unit {unit!r}; use one of {UNITS}")
    return np.where(known, out, NO_DAY)


def period_start(index: int, unit: str) -> int:
    """First day number of calendar period ``index`` of ``unit``.

    Parameters
    ----------
    index : int
        Period index as returned by :func:`period_index`.
    unit : str
        One of :data:`UNITS` except ``"all"``.

    Returns
    -------
    int

    Examples
    --------
    >>> day_to_iso(period_start(55, "year"))
    '2025-01-01'
    """
    if unit == "day":
        return index
    if unit == "week":
        return index * 7 - 3
    if unit == "month":
        return int(np.datetime64(index, "M").astype("datetime64[D]").astype(np.int64))
    if unit == "quarter":
        return int(np.datetime64(index * 3, "M").astype("datetime64[D]").astype(np.int64))
    if unit == "year":
        return int(np.datetime64(index, "Y").astype("datetime64[D]").astype(np.int64))
    raise ValueError(f"unit {unit!r} has no periods")


def period_label(index: int, unit: str) -> str:
    """Human label of a calendar period (``2025``, ``2025-03``, ``2025-Q1``, ``2025-W07``).

    Examples
    --------
    >>> period_label(period_index_of_day(to_day("2025-02-14"), "quarter"), "quarter")
    '2025-Q1'
    """
    if unit == "all":
        return "all"
    d = date.fromisoformat(day_to_iso(period_start(index, unit)) or "1970-01-01")
    if unit == "year":
        return f"{d.year}"
    if unit == "month":
        return f"{d.year}-{d.month:02d}"
    if unit == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if unit == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    return d.isoformat()


def period_index_of_day(day: int, unit: str) -> int:
    """Calendar period index of one day number (see :func:`period_index`)."""
    return int(_period_of_days(np.asarray([day]), unit)[0])


def period_index(table: StatementTable, unit: str) -> np.ndarray:
    """Calendar period of every row, past statements moved to an earlier period.

    A past row lands in the period before its document's period, or in the period holding
    the day before its bound if that is earlier.

    Parameters
    ----------
    table : StatementTable
    unit : {"day", "week", "month", "quarter", "year", "all"}

    Returns
    -------
    numpy.ndarray of int64
        Period index per row (:data:`NO_DAY` for rows without a date).

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A"], issues=["x"], source=[0, 0],
    ...     target=[0, 0], kind=[1, 1], sign=[1, 1],
    ...     day=[to_day("2025-06-06")] * 2, until=[NO_DAY, to_day("2025-06-06")])
    >>> [period_label(int(p), "year") for p in period_index(t, "year")]
    ['2025', '2024']
    """
    p = _period_of_days(table.day, unit)
    past = (table.until != NO_DAY) & (table.day != NO_DAY)
    if unit != "all" and past.any():
        before_doc = p[past] - 1
        bound = _period_of_days(table.until[past].astype(np.int64) - 1, unit)
        p = p.copy()
        p[past] = np.minimum(before_doc, bound)
    return p


def effective_days(table: StatementTable, width: int) -> np.ndarray:
    """Point in time of every row for moving windows of ``width`` days.

    A past row is placed at ``min(until - 1, day - width)``: one window width before its
    document, so it falls in the windows before the document's.

    Parameters
    ----------
    table : StatementTable
    width : int
        Window width in days.

    Returns
    -------
    numpy.ndarray of int64

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A"], issues=["x"], source=[0], target=[0],
    ...     kind=[1], sign=[1], day=[1000], until=[1000])
    >>> int(effective_days(t, 30)[0])
    970
    """
    d = table.day.astype(np.int64)
    past = (table.until != NO_DAY) & (table.day != NO_DAY)
    if past.any():
        d = d.copy()
        d[past] = np.minimum(table.until[past].astype(np.int64) - 1, d[past] - int(width))
    return d
