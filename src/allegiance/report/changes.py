"""What changed: realignments (relations that flip, actors that change camp, issues that split
former allies) from :mod:`allegiance.network.shifts`, with their evidence in context."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from allegiance.model import Span, Statement
from allegiance.report.data import Context, ReportData, Timeline, evidence_context, timeline


@dataclass(slots=True)
class EvidenceView:
    """One statement cited for a change, with its context from the document."""

    source: str
    target: str
    polarity: str
    date: str | None
    doc_id: str
    doc_title: str | None
    period: str | None
    ctx: Context


@dataclass(slots=True)
class ChangeView:
    """One realignment as the reports show it."""

    kind: str  # pair-flip | camp-change | issue-split
    summary: str
    before: str
    after: str
    relation_before: str
    relation_after: str
    actors: tuple[str, ...]
    issue: str | None
    strength: float
    evidence_before: list[EvidenceView] = field(default_factory=list)
    evidence_after: list[EvidenceView] = field(default_factory=list)


@dataclass(slots=True)
class Changes:
    """Realignments found (empty when the statements span a single period), or why none
    could be computed."""

    window: str | None
    items: list[ChangeView]
    error: str | None = None


def _evidence(data: ReportData, ev: Any) -> EvidenceView:
    docs = data.doc_index()
    doc = docs.get(ev.doc_id)
    s = Statement(
        doc_id=ev.doc_id,
        source=ev.source,
        target=ev.target,
        polarity=ev.polarity,
        evidence=Span(ev.start, ev.end, ev.text),
    )
    return EvidenceView(
        source=ev.source,
        target=ev.target,
        polarity=ev.polarity,
        date=ev.date,
        doc_id=ev.doc_id,
        doc_title=doc.title if doc is not None else None,
        period=ev.period,
        ctx=evidence_context(doc, s, width=70),
    )


def changes(
    data: ReportData,
    *,
    limit: int = 20,
    max_evidence: int = 3,
    kinds: tuple[str, ...] = ("pair-flip", "camp-change", "issue-split"),
    tl: Timeline | None = None,
) -> Changes:
    """Realignments between the report's time periods (its timeline's day / month / year),
    strongest first.

    Args:
        data: the report data.
        limit: report at most this many changes.
        max_evidence: statements cited before and after each change.
        kinds: which realignments to look for (pair flips are cheap; camp changes and issue
            splits take seconds on thousands of statements).
        tl: the report's :func:`timeline`, when already computed.

    Returns:
        A :class:`Changes`; ``items`` is empty when the statements do not span two periods.
        Should the network library fail, ``error`` says why and ``items`` is empty.
    """
    tl = timeline(data) if tl is None else tl
    if tl is None or len(tl.buckets) < 2:
        return Changes(window=None, items=[])
    window = window_for(tl.buckets[0], tl.buckets[-1], tl.granularity)
    try:
        from allegiance.network.shifts import realignments
        from allegiance.network.table import StatementTable

        stmts = data.active_statements()
        docs = data.doc_index()
        dated = []
        for s in stmts:  # the network table wants dates: fill them from the document
            if not s.date and s.doc_id in docs and docs[s.doc_id].date:
                s = replace(s, date=docs[s.doc_id].date)
            dated.append(s)
        table = StatementTable.from_statements(dated, keep_statements=True)
        shifts = realignments(table, window, kinds=kinds, max_evidence=max_evidence)
    except Exception as exc:  # the section is optional: report the failure, keep the report
        return Changes(window=window, items=[], error=f"{type(exc).__name__}: {exc}")
    items = [
        ChangeView(
            kind=sh.kind,
            summary=sh.summary,
            before=sh.before,
            after=sh.after,
            relation_before=sh.relation_before,
            relation_after=sh.relation_after,
            actors=tuple(sh.actors),
            issue=sh.issue,
            strength=float(sh.strength),
            evidence_before=[_evidence(data, e) for e in sh.evidence_before[:max_evidence]],
            evidence_after=[_evidence(data, e) for e in sh.evidence_after[:max_evidence]],
        )
        for sh in shifts[: max(0, limit)]
    ]
    return Changes(window=window, items=items)


_UNITS = ("day", "week", "month", "quarter", "year")


def window_for(first: str, last: str, granularity: str, max_windows: int = 24) -> str:
    """The calendar unit to compare periods in: the timeline's own, or a coarser one when that
    would give more than ``max_windows`` periods (comparing many small windows is slow and
    finds noise)."""
    import datetime as dt

    d0 = dt.date.fromisoformat((first + "-01-01")[:10] if len(first) == 4 else (first + "-01")[:10])
    d1 = dt.date.fromisoformat((last + "-01-01")[:10] if len(last) == 4 else (last + "-01")[:10])
    days = (d1 - d0).days + 1
    months = (d1.year - d0.year) * 12 + d1.month - d0.month + 1
    count = {
        "day": days,
        "week": days / 7,
        "month": months,
        "quarter": months / 3,
        "year": d1.year - d0.year + 1,
    }
    for unit in _UNITS[_UNITS.index(granularity) :]:
        if count[unit] <= max_windows:
            return unit
    return "year"
