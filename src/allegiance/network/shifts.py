"""Realignments: relations that flip, actors that change camp, issues that split a camp.

All three compare time windows (calendar years by default) and only report a change with
evidence on both sides:

``pair-flip``
    Two actors whose direct relation (what each says about the other, both directions summed,
    identical statements counted once per document) is clearly an alliance in one window and
    clearly a conflict in a later one (or the reverse). "Clearly" means at least
    ``min_evidence`` statements with a dominant sign: ``|support - oppose| / (support + oppose)
    >= min_dominance``. Windows where the pair says nothing, or only neutral or mixed things,
    are skipped, so the flip is reported between the last clear window before and the first
    clear window after. Neutral statements never count as a side.
``camp-change``
    An actor who, in window *t*, sits in a camp with at least ``min_camp`` other actors who are
    still present in the next window with data, and in that window the majority of those former
    co-members stays together while the actor sits in another camp. What it said directly
    must agree: it turned against at least two of those who stayed (its statements to and
    about each were net friendly before and net hostile after), and it is hostile to more of
    them than it is friendly with now. Evidence: its support for those it turned against
    before, its opposition after.
``issue-split``
    An issue on which actors that were allies in window *t* take clearly opposite sides in the
    next window with data. Allies: same camp, a net positive tie, no visible disagreement in *t*
    (no opposition between them, no issue on which they took opposite sides), and either they
    agreed on this very issue in *t*, or they supported each other directly and the issue is
    new (nobody took sides on it in *t*) or one of them changed sides on it (backed by at
    least ``min_switch`` statements). Evidence: the alliance before, the opposed positions
    after.

Each realignment has a ``strength`` (geometric mean of the evidence weight before and after;
for an issue split, of its strongest pair) and the list is sorted by it, strongest first.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np

from allegiance.network.build import Duplicates, collapse_duplicates, window_rows
from allegiance.network.camps import find_camps, signed_network
from allegiance.network.table import NO_DAY, StatementTable, day_to_iso
from allegiance.network.windows import Window, time_windows

RELATION = {1: "alliance", -1: "conflict"}
POLARITY = {1: "support", -1: "oppose", 0: "neutral"}


@dataclass(slots=True)
class Evidence:
    """One statement cited as evidence for a realignment."""

    id: int
    doc_id: str
    date: str | None
    source: str
    target: str
    polarity: str
    text: str
    period: str | None = None
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (JSON-ready)."""
        d = {
            "id": self.id,
            "doc_id": self.doc_id,
            "date": self.date,
            "source": self.source,
            "target": self.target,
            "polarity": self.polarity,
            "evidence": self.text,
            "start": self.start,
            "end": self.end,
        }
        if self.period:
            d["period"] = self.period
        return d

    def line(self) -> str:
        """One line of text: ``[date doc] source -> target (polarity): "evidence"``."""
        when = self.date or "undated"
        if self.period:
            when += f", past: {self.period}"
        return (
            f"[{when}; {self.doc_id}] {self.source} -> {self.target} ({self.polarity}): "
            f'"{self.text}"'
        )


@dataclass(slots=True)
class Shift:
    """One realignment.

    Attributes
    ----------
    kind : {"pair-flip", "camp-change", "issue-split"}
    actors : tuple of str
        The pair (pair-flip), the actor first then the former co-members (camp-change), or the
        actors on both sides (issue-split).
    issue : str or None
        The issue (issue-split).
    before, after : str
        Window labels.
    relation_before, relation_after : str
        ``"alliance"`` / ``"conflict"`` (issue-split: ``"alliance"`` -> ``"split"``).
    strength : float
    summary : str
        One human-readable line.
    evidence_before, evidence_after : list of Evidence
    details : dict
        Extra numbers (support/oppose counts per side, sides of a split, ...).
    """

    kind: str
    actors: tuple[str, ...]
    before: str
    after: str
    relation_before: str
    relation_after: str
    strength: float
    summary: str
    issue: str | None = None
    evidence_before: list[Evidence] = field(default_factory=list)
    evidence_after: list[Evidence] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (JSON-ready)."""
        return {
            "kind": self.kind,
            "actors": list(self.actors),
            "issue": self.issue,
            "before": self.before,
            "after": self.after,
            "relation_before": self.relation_before,
            "relation_after": self.relation_after,
            "strength": round(self.strength, 4),
            "summary": self.summary,
            "evidence_before": [e.to_dict() for e in self.evidence_before],
            "evidence_after": [e.to_dict() for e in self.evidence_after],
            "details": self.details,
        }


def evidence_of(table: StatementTable, row: int) -> Evidence:
    """The :class:`Evidence` record of a table row.

    Parameters
    ----------
    table : StatementTable
    row : int

    Returns
    -------
    Evidence

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=[], source=[0],
    ...     target=[1], kind=[0], sign=[1], day=[0])
    >>> evidence_of(t, 0).polarity
    'support'
    """
    row = int(row)
    st = table.statements[row] if table.statements is not None else None
    if st is not None:
        return Evidence(
            id=int(table.sid[row]),
            doc_id=st.doc_id,
            date=st.date,
            source=st.source,
            target=st.target,
            polarity=st.polarity,
            text=st.evidence.text,
            period=st.period,
            start=st.evidence.start,
            end=st.evidence.end,
        )
    return Evidence(
        id=int(table.sid[row]),
        doc_id=table.docs[int(table.doc[row])] if table.docs else "",
        date=day_to_iso(int(table.day[row])),
        source=table.actors[int(table.source[row])],
        target=table.target_name(row),
        polarity=POLARITY[int(table.sign[row])],
        text="",
        period="past" if table.until[row] != NO_DAY else None,
    )


def _names(names: list[str], limit: int = 6) -> str:
    """Comma-separated names, the rest counted: ``a, b, c and 4 more``."""
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit} more"


def _when(window: Window, ev: list[Evidence], after: str | None = None) -> str:
    """Describe a window for a summary ("in 2024", or "before 2025" for past-only evidence)."""
    if ev and after is not None and all(e.period for e in ev):
        return f"before {after}"
    return f"in {window.label}"


class _WindowData:
    """Per-window aggregates shared by the detectors."""

    def __init__(
        self, table: StatementTable, window: Window, duplicates: Duplicates, issue_weight: float
    ) -> None:
        self.window = window
        rows, w = window_rows(table, window)
        keep = table.sign[rows] != 0
        self.rows, self.w = rows[keep], w[keep]
        drows, dw = collapse_duplicates(table, self.rows, self.w, duplicates)
        self.drows, self.dw = drows, dw
        self.has_data = drows.size > 0
        # direct relations between unordered pairs: pair -> [support, oppose]
        self.pair: dict[tuple[int, int], list[float]] = defaultdict(lambda: [0.0, 0.0])
        # positions on issues: (actor, issue) -> [support, oppose]
        self.position: dict[tuple[int, int], list[float]] = defaultdict(lambda: [0.0, 0.0])
        src, tgt, knd, sgn = (
            table.source[drows],
            table.target[drows],
            table.kind[drows],
            table.sign[drows],
        )
        for s, t, k, g, x in zip(
            src.tolist(), tgt.tolist(), knd.tolist(), sgn.tolist(), dw.tolist(), strict=True
        ):
            if k == 0:
                if s == t:
                    continue
                key = (min(s, t), max(s, t))
                self.pair[key][0 if g > 0 else 1] += x
            else:
                self.position[(s, t)][0 if g > 0 else 1] += x
        # every (non-neutral) row of the window by key, for evidence
        self.index: dict[tuple[int, int, int, int], list[int]] = defaultdict(list)
        for r, s, t, k, g in zip(
            self.rows.tolist(),
            table.source[self.rows].tolist(),
            table.target[self.rows].tolist(),
            table.kind[self.rows].tolist(),
            table.sign[self.rows].tolist(),
            strict=True,
        ):
            if k == 0:
                self.index[(0, min(s, t), max(s, t), g)].append(r)
            else:
                self.index[(1, s, t, g)].append(r)
        self.by_actor: dict[int, dict[int, list[float]]] = defaultdict(dict)
        for (actor, issue), counts in self.position.items():
            self.by_actor[actor][issue] = counts
        self.graph: nx.Graph | None = None
        self.camps: dict[str, int] | None = None
        self._table = table
        self._issue_weight = issue_weight
        self._duplicates = duplicates

    def signed(self) -> tuple[nx.Graph, dict[str, int]]:
        if self.graph is None:
            self.graph = signed_network(
                self._table,
                self.window,
                issue_weight=self._issue_weight,
                duplicates=self._duplicates,
            )
            self.camps = find_camps(self.graph)  # type: ignore[assignment]
        assert self.camps is not None
        return self.graph, self.camps


def _clear_sign(sup: float, opp: float, min_evidence: float, min_dominance: float) -> int:
    total = sup + opp
    if total < min_evidence or total <= 0:
        return 0
    net = sup - opp
    if abs(net) / total < min_dominance:
        return 0
    return 1 if net > 0 else -1


def _pair_rows(table: StatementTable, data: _WindowData, a: int, b: int, sign: int) -> np.ndarray:
    """Rows in which a and b take ``sign`` toward each other (either direction)."""
    if a == b:
        return np.zeros(0, dtype=np.int64)
    return np.asarray(data.index.get((0, min(a, b), max(a, b), sign), ()), dtype=np.int64)


def _position_rows(
    table: StatementTable, data: _WindowData, actor: int, issue: int, sign: int
) -> np.ndarray:
    """Rows in which ``actor`` takes ``sign`` on ``issue``."""
    return np.asarray(data.index.get((1, actor, issue, sign), ()), dtype=np.int64)


def _disagreed(data: _WindowData, a: int, b: int) -> bool:
    """Whether a and b opposed each other or took opposite sides on an issue in the window."""
    if data.pair.get((min(a, b), max(a, b)), (0.0, 0.0))[1] > 0:
        return True
    mine, theirs = data.by_actor.get(a, {}), data.by_actor.get(b, {})
    for issue, (sup, opp) in mine.items():
        other = theirs.get(issue)
        if other is not None and ((sup > 0 and other[1] > 0) or (opp > 0 and other[0] > 0)):
            return True
    return False


def _agreement_rows(
    table: StatementTable, data: _WindowData, a: int, b: int, agree: bool = True
) -> np.ndarray:
    """Issue statements of a and b on the issues where they took the same (opposite) side."""
    out = []
    for issue, (sup, opp) in data.by_actor.get(a, {}).items():
        other = data.position.get((b, issue))
        if other is None:
            continue
        for sign, mine in ((1, sup), (-1, opp)):
            theirs_sign = sign if agree else -sign
            theirs = other[0] if theirs_sign > 0 else other[1]
            if mine > 0 and theirs > 0:
                out.append(_position_rows(table, data, a, issue, sign))
                out.append(_position_rows(table, data, b, issue, theirs_sign))
    return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)


def _tie_rows(table: StatementTable, data: _WindowData, a: int, b: int, sign: int) -> np.ndarray:
    """Evidence of a positive (sign 1) or negative (-1) tie: direct statements first."""
    direct = _pair_rows(table, data, a, b, sign)
    return np.concatenate([direct, _agreement_rows(table, data, a, b, agree=sign > 0)])


def _ev(table: StatementTable, rows: np.ndarray, limit: int) -> list[Evidence]:
    seen: set[int] = set()
    out: list[Evidence] = []
    for r in rows.tolist():
        if r in seen:
            continue
        seen.add(r)
        out.append(evidence_of(table, r))
        if len(out) >= limit:
            break
    return out


# ---------------------------------------------------------------------- detectors
def pair_flips(
    table: StatementTable,
    windows: list[Window] | None = None,
    *,
    window: str = "year",
    duplicates: Duplicates = "document",
    min_evidence: float = 1.0,
    min_dominance: float = 0.5,
    max_evidence: int = 5,
    split_mixed: bool = True,
    _data: list[_WindowData] | None = None,
) -> list[Shift]:
    """Pairs of actors whose direct relation flips between windows.

    Parameters
    ----------
    table : StatementTable
    windows : list of Window, optional
        Default: ``time_windows(table, window)``.
    window : str, default "year"
    duplicates : {"none", "document", "week", "month", "year"}, default "document"
    min_evidence : float, default 1
        Least (weighted) number of support + oppose statements for a clear relation.
    min_dominance : float, default 0.5
        Least ``|support - oppose| / (support + oppose)`` for a clear relation.
    max_evidence : int, default 5
        Statements cited per side.
    split_mixed : bool, default True
        A window in which the pair both supports and opposes is no side, unless every statement
        of one side comes strictly before every statement of the other (different days): then
        it holds both relations in that order, labelled by month (``2025-02 → 2025-09``), and a
        break within one window is found.

    Returns
    -------
    list of Shift
        Strongest first.

    Examples
    --------
    >>> from allegiance.network.table import to_day
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=[], source=[0, 1],
    ...     target=[1, 0], kind=[0, 0], sign=[1, -1],
    ...     day=[to_day("2024-03-01"), to_day("2025-03-01")])
    >>> [s.summary for s in pair_flips(t)]
    ['A – B: alliance in 2024 → conflict in 2025']
    """
    data = _data or [
        _WindowData(table, w, duplicates, 0.0) for w in (windows or time_windows(table, window))
    ]
    latest = table.latest_day()
    # the pair's clear relations in time order: (label, window, sign, net, support, oppose, rows)
    last: dict[tuple[int, int], _Observation] = {}
    out: list[Shift] = []
    for d in data:
        for key in sorted(d.pair):
            for obs in _observations(
                table, d, key, latest, min_evidence, min_dominance, split_mixed
            ):
                prev = last.get(key)
                last[key] = obs
                if prev is None or prev.sign == obs.sign:
                    continue
                if prev.rows.size == 0 or obs.rows.size == 0:
                    continue
                a, b = key
                ev_b = _ev(table, prev.rows, max_evidence)
                ev_a = _ev(table, obs.rows, max_evidence)
                names = (table.actors[a], table.actors[b])
                when_before = (
                    f"before {obs.label}"
                    if ev_b and all(e.period for e in ev_b)
                    else f"in {prev.label}"
                )
                out.append(
                    Shift(
                        kind="pair-flip",
                        actors=names,
                        before=prev.label,
                        after=obs.label,
                        relation_before=RELATION[prev.sign],
                        relation_after=RELATION[obs.sign],
                        strength=math.sqrt(prev.net * obs.net),
                        summary=(
                            f"{names[0]} – {names[1]}: {RELATION[prev.sign]} {when_before} → "
                            f"{RELATION[obs.sign]} in {obs.label}"
                        ),
                        evidence_before=ev_b,
                        evidence_after=ev_a,
                        details={
                            "before": {"support": prev.support, "oppose": prev.oppose},
                            "after": {"support": obs.support, "oppose": obs.oppose},
                        },
                    )
                )
    out.sort(key=lambda s: (-s.strength, s.summary))
    return out


@dataclass(slots=True)
class _Observation:
    """A clear relation of a pair in (part of) a window."""

    label: str
    sign: int
    net: float
    support: float
    oppose: float
    rows: np.ndarray


def _observations(
    table: StatementTable,
    d: _WindowData,
    key: tuple[int, int],
    latest: np.ndarray,
    min_evidence: float,
    min_dominance: float,
    split_mixed: bool,
) -> list[_Observation]:
    """The pair's clear relation in a window: one observation, two when a mixed window splits
    cleanly in time (every statement of one side strictly before every statement of the
    other, as in an alliance that broke during the year), none otherwise."""
    a, b = key
    sup, opp = d.pair[key]
    sign = _clear_sign(sup, opp, min_evidence, min_dominance)
    if sign:
        return [
            _Observation(
                d.window.label, sign, abs(sup - opp), sup, opp, _pair_rows(table, d, a, b, sign)
            )
        ]
    if not split_mixed or sup <= 0 or opp <= 0:
        return []
    pos, neg = _pair_rows(table, d, a, b, 1), _pair_rows(table, d, a, b, -1)
    dp, dn = latest[pos], latest[neg]
    if dp.max() < dn.min():
        first, second = (1, pos, sup), (-1, neg, opp)
    elif dn.max() < dp.min():
        first, second = (-1, neg, opp), (1, pos, sup)
    else:
        return []
    if first[2] < min_evidence or second[2] < min_evidence:
        return []

    def label_of(rows: np.ndarray, width: int) -> str:
        spans = sorted({(day_to_iso(int(x)) or "")[:width] for x in latest[rows]})
        return spans[0] if len(spans) == 1 else f"{spans[0]}..{spans[-1]}"

    width = 7  # months; days when both sides fall in the same month
    if label_of(first[1], 7) == label_of(second[1], 7):
        width = 10
    out = []
    for sg, rows, count in (first, second):
        label = label_of(rows, width)
        out.append(
            _Observation(label, sg, count, count if sg > 0 else 0.0, count if sg < 0 else 0.0, rows)
        )
    return out


def _direct(g: nx.Graph, a: str, b: str) -> float:
    """Direct (support - oppose) tie of two actors in a signed network, 0 if none."""
    return float(g[a][b]["direct"]) if g.has_edge(a, b) else 0.0


def _next_pairs(data: list[_WindowData]) -> list[tuple[int, int]]:
    idx = [i for i, d in enumerate(data) if d.has_data]
    return list(itertools.pairwise(idx))


def camp_changes(
    table: StatementTable,
    windows: list[Window] | None = None,
    *,
    window: str = "year",
    duplicates: Duplicates = "document",
    issue_weight: float = 0.5,
    min_camp: int = 2,
    min_dominance: float = 0.5,
    max_evidence: int = 5,
    _data: list[_WindowData] | None = None,
) -> list[Shift]:
    """Actors who leave their camp for a camp hostile to it.

    Parameters
    ----------
    table : StatementTable
    windows : list of Window, optional
    window : str, default "year"
    duplicates : {"none", "document", "week", "month", "year"}, default "document"
    issue_weight : float, default 0.5
        See :func:`~allegiance.network.camps.signed_network`.
    min_camp : int, default 2
        Least number of former co-members (present in both windows) the actor must leave.
        With fewer, a change is a pair flip, not a camp change.
    min_dominance : float, default 0.5
        What makes its relation to them clear (as in :func:`pair_flips`).
    max_evidence : int, default 5

    Returns
    -------
    list of Shift
        Strongest first.

    Examples
    --------
    >>> from allegiance.network.table import to_day
    >>> y1, y2 = to_day("2024-03-01"), to_day("2025-03-01")
    >>> t = StatementTable.from_arrays(actors=["A", "B", "C", "X"], issues=[],
    ...     source=[0, 0, 1, 3, 3, 1, 3], target=[1, 2, 2, 1, 2, 2, 0], kind=[0] * 7,
    ...     sign=[1, 1, 1, 1, 1, 1, -1], day=[y1, y1, y1, y2, y2, y2, y2])
    >>> [s.summary for s in camp_changes(t)]
    []
    """
    data = _data or [
        _WindowData(table, w, duplicates, issue_weight)
        for w in (windows or time_windows(table, window))
    ]
    out: list[Shift] = []
    for i, j in _next_pairs(data):
        g0, c0 = data[i].signed()
        g1, c1 = data[j].signed()
        members0: dict[int, list[str]] = defaultdict(list)
        for b in sorted(c0):
            if b in c1:
                members0[c0[b]].append(b)
        for actor in sorted(c0):
            if actor not in c1:
                continue
            former = [b for b in members0[c0[actor]] if b != actor]
            if len(former) < min_camp:
                continue
            counts: dict[int, list[str]] = defaultdict(list)
            for b in former:
                counts[c1[b]].append(b)
            main, stay = max(counts.items(), key=lambda kv: (len(kv[1]), -kv[0]))
            if len(stay) < max(2, math.ceil(len(former) / 2)) or c1[actor] == main:
                continue

            # direct statements decide (shared issues alone are weaker evidence): it turned
            # against at least two of those who stayed (its own statements to and about each
            # were net friendly before and net hostile after; one alone is a pair flip), and it
            # is hostile to more of them than it is friendly with now
            a = table.actor_code(actor)
            before_ties = {b: _direct(g0, actor, b) for b in stay}
            after_ties = {b: _direct(g1, actor, b) for b in stay}
            turned = [b for b in stay if before_ties[b] > 0 and after_ties[b] < 0]
            n_hostile = sum(1 for x in after_ties.values() if x < 0)
            n_friendly = sum(1 for x in after_ties.values() if x > 0)
            if len(turned) < 2 or n_hostile <= n_friendly:
                continue
            friendly_before = sum(before_ties[b] for b in turned)
            hostile = sum(after_ties[b] for b in turned)
            codes = [table.actor_code(b) for b in turned]
            before_counts = [data[i].pair.get((min(a, c), max(a, c)), (0.0, 0.0)) for c in codes]
            after_counts = [data[j].pair.get((min(a, c), max(a, c)), (0.0, 0.0)) for c in codes]
            if (
                _clear_sign(
                    sum(x[0] for x in before_counts),
                    sum(x[1] for x in before_counts),
                    2.0,
                    min_dominance,
                )
                != 1
                or _clear_sign(
                    sum(x[0] for x in after_counts),
                    sum(x[1] for x in after_counts),
                    2.0,
                    min_dominance,
                )
                != -1
            ):
                continue
            rb = np.concatenate([_pair_rows(table, data[i], a, c, 1) for c in codes])
            ra = np.concatenate([_pair_rows(table, data[j], a, c, -1) for c in codes])
            if rb.size == 0 or ra.size == 0:
                continue
            ev_b, ev_a = _ev(table, rb, max_evidence), _ev(table, ra, max_evidence)
            strength = math.sqrt(friendly_before * -hostile)
            out.append(
                Shift(
                    kind="camp-change",
                    actors=(actor, *sorted(stay)),
                    before=data[i].window.label,
                    after=data[j].window.label,
                    relation_before="alliance",
                    relation_after="conflict",
                    strength=strength,
                    summary=(
                        f"{actor} leaves the camp of {_names(sorted(stay))}: allied "
                        f"{_when(data[i].window, ev_b, data[j].window.label)} → opposed in "
                        f"{data[j].window.label}"
                    ),
                    evidence_before=ev_b,
                    evidence_after=ev_a,
                    details={
                        "former_camp": sorted(former),
                        "new_camp": sorted(b for b in c1 if c1[b] == c1[actor] and b != actor),
                    },
                )
            )
    out.sort(key=lambda s: (-s.strength, s.summary))
    return out


def issue_splits(
    table: StatementTable,
    windows: list[Window] | None = None,
    *,
    window: str = "year",
    duplicates: Duplicates = "document",
    issue_weight: float = 0.5,
    min_evidence: float = 1.0,
    min_dominance: float = 0.5,
    min_switch: float = 2.0,
    max_evidence: int = 5,
    _data: list[_WindowData] | None = None,
) -> list[Shift]:
    """Issues on which former allies take opposite sides.

    Parameters
    ----------
    table : StatementTable
    windows : list of Window, optional
    window : str, default "year"
    duplicates : {"none", "document", "week", "month", "year"}, default "document"
    issue_weight : float, default 0.5
        See :func:`~allegiance.network.camps.signed_network`.
    min_evidence, min_dominance : float
        What makes a position clear (as in :func:`pair_flips`).
    min_switch : float, default 2
        Least net number of statements behind a new position that contradicts the actor's
        position in the window before (one statement alone may be an error).
    max_evidence : int, default 5

    Returns
    -------
    list of Shift
        Strongest first.

    Examples
    --------
    >>> from allegiance.network.table import to_day
    >>> y1, y2 = to_day("2024-03-01"), to_day("2025-03-01")
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=["tax"],
    ...     source=[0, 0, 1], target=[1, 0, 0], kind=[0, 1, 1], sign=[1, 1, -1],
    ...     day=[y1, y2, y2])
    >>> [s.summary for s in issue_splits(t)]
    ['tax splits former allies: A (support) vs B (oppose) in 2025']
    """
    data = _data or [
        _WindowData(table, w, duplicates, issue_weight)
        for w in (windows or time_windows(table, window))
    ]
    out: list[Shift] = []
    for i, j in _next_pairs(data):
        g0, c0 = data[i].signed()
        by_issue: dict[int, dict[int, int]] = defaultdict(dict)
        strength_of: dict[tuple[int, int], float] = {}
        for (actor, issue), (sup, opp) in data[j].position.items():
            sign = _clear_sign(sup, opp, min_evidence, min_dominance)
            if sign:
                by_issue[issue][actor] = sign
                strength_of[(actor, issue)] = abs(sup - opp)
        debated_before = {issue for (_, issue) in data[i].position}
        for issue in sorted(by_issue):
            sides = by_issue[issue]
            pro = sorted(a for a, s in sides.items() if s > 0)
            con = sorted(a for a, s in sides.items() if s < 0)
            pairs = []
            for a in pro:
                na = table.actors[a]
                for b in con:
                    nb = table.actors[b]
                    if not g0.has_edge(na, nb) or c0.get(na) != c0.get(nb):
                        continue
                    tie = g0[na][nb]["weight"]
                    if tie <= 0:
                        continue
                    # what makes it a split rather than a difference that was always there:
                    # they agreed on this very issue before, or they were allies by their own
                    # words and the issue is new (nobody took sides on it before) or one of
                    # them changed sides on it; and nothing showed disagreement before
                    direct = g0[na][nb]["direct"] > 0
                    sign_a = _clear_sign(
                        *data[i].position.get((a, issue), (0.0, 0.0)), min_evidence, min_dominance
                    )
                    sign_b = _clear_sign(
                        *data[i].position.get((b, issue), (0.0, 0.0)), min_evidence, min_dominance
                    )
                    # a change of sides must rest on at least ``min_switch`` statements
                    switch_a = sign_a == -1 and strength_of[(a, issue)] >= min_switch
                    switch_b = sign_b == 1 and strength_of[(b, issue)] >= min_switch
                    agreed = sign_a == sign_b != 0 and (switch_a or switch_b)
                    new_issue = issue not in debated_before
                    if not (agreed or (direct and (new_issue or switch_a or switch_b))):
                        continue
                    if _disagreed(data[i], a, b):
                        continue
                    pairs.append((a, b, tie))
            if not pairs:
                continue
            # the strongest split pair (a sum would let many weak, noisy pairs outrank one
            # well-documented break)
            strength = max(
                math.sqrt(tie * min(strength_of[(a, issue)], strength_of[(b, issue)]))
                for a, b, tie in pairs
            )
            rb = np.concatenate([_tie_rows(table, data[i], a, b, 1) for a, b, _ in pairs])
            involved_pro = sorted({a for a, _, _ in pairs})
            involved_con = sorted({b for _, b, _ in pairs})
            ra = np.concatenate(
                [_position_rows(table, data[j], a, issue, 1) for a in involved_pro]
                + [_position_rows(table, data[j], b, issue, -1) for b in involved_con]
            )
            if rb.size == 0 or ra.size == 0:
                continue
            ev_b, ev_a = _ev(table, rb, max_evidence), _ev(table, ra, max_evidence)
            pro_names = [table.actors[a] for a in involved_pro]
            con_names = [table.actors[b] for b in involved_con]
            name = table.issues[issue]
            out.append(
                Shift(
                    kind="issue-split",
                    actors=(*pro_names, *con_names),
                    issue=name,
                    before=data[i].window.label,
                    after=data[j].window.label,
                    relation_before="alliance",
                    relation_after="split",
                    strength=strength,
                    summary=(
                        f"{name} splits former allies: {_names(pro_names)} (support) vs "
                        f"{_names(con_names)} (oppose) in {data[j].window.label}"
                    ),
                    evidence_before=ev_b,
                    evidence_after=ev_a,
                    details={"support": pro_names, "oppose": con_names},
                )
            )
    out.sort(key=lambda s: (-s.strength, s.summary))
    return out


def realignments(
    table: StatementTable,
    window: str = "year",
    *,
    windows: list[Window] | None = None,
    kinds: tuple[str, ...] = ("pair-flip", "camp-change", "issue-split"),
    duplicates: Duplicates = "document",
    issue_weight: float = 0.5,
    min_evidence: float = 1.0,
    min_dominance: float = 0.5,
    min_camp: int = 2,
    min_switch: float = 2.0,
    max_evidence: int = 5,
) -> list[Shift]:
    """All realignments in a table, strongest first.

    Parameters
    ----------
    table : StatementTable
        Built with ``keep_statements=True`` to get evidence text.
    window : str, default "year"
        Calendar unit of the windows compared (see
        :func:`~allegiance.network.windows.time_windows`); ignored when ``windows`` is given.
    windows : list of Window, optional
        Explicit windows (non-overlapping ones make most sense).
    kinds : tuple of str
        Any of ``"pair-flip"``, ``"camp-change"``, ``"issue-split"``.
    duplicates : {"none", "document", "week", "month", "year"}, default "document"
    issue_weight : float, default 0.5
    min_evidence, min_dominance : float
        What makes a relation or position clear (see :func:`pair_flips`).
    min_camp : int, default 2
        See :func:`camp_changes`.
    min_switch : float, default 2
        See :func:`issue_splits`.
    max_evidence : int, default 5
        Statements cited per side.

    Returns
    -------
    list of Shift

    Examples
    --------
    >>> from allegiance.network.table import to_day
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=[], source=[0, 0],
    ...     target=[1, 1], kind=[0, 0], sign=[-1, 1],
    ...     day=[to_day("2023-03-01"), to_day("2025-03-01")])
    >>> [(s.kind, s.before, s.after) for s in realignments(t)]
    [('pair-flip', '2023', '2025')]
    """
    wins = windows if windows is not None else time_windows(table, window)
    data = [_WindowData(table, w, duplicates, issue_weight) for w in wins]
    out: list[Shift] = []
    if "pair-flip" in kinds:
        out += pair_flips(
            table,
            wins,
            duplicates=duplicates,
            min_evidence=min_evidence,
            min_dominance=min_dominance,
            max_evidence=max_evidence,
            _data=data,
        )
    if "camp-change" in kinds:
        out += camp_changes(
            table,
            wins,
            duplicates=duplicates,
            issue_weight=issue_weight,
            min_camp=min_camp,
            min_dominance=min_dominance,
            max_evidence=max_evidence,
            _data=data,
        )
    if "issue-split" in kinds:
        out += issue_splits(
            table,
            wins,
            duplicates=duplicates,
            issue_weight=issue_weight,
            min_evidence=min_evidence,
            min_dominance=min_dominance,
            min_switch=min_switch,
            max_evidence=max_evidence,
            _data=data,
        )
    out.sort(key=lambda s: (-s.strength, s.kind, s.summary))
    return out


def relation_series(
    table: StatementTable,
    a: str,
    b: str,
    windows: list[Window] | None = None,
    *,
    window: str = "year",
    duplicates: Duplicates = "document",
) -> list[dict[str, Any]]:
    """Direct relation of two actors in every window (for timelines).

    Parameters
    ----------
    table : StatementTable
    a, b : str
        Actor names.
    windows : list of Window, optional
    window : str, default "year"
    duplicates : {"none", "document", "week", "month", "year"}, default "document"

    Returns
    -------
    list of dict
        ``window``, ``start``, ``support``, ``oppose``, ``net`` per window.

    Examples
    --------
    >>> from allegiance.network.table import to_day
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=[], source=[0, 1],
    ...     target=[1, 0], kind=[0, 0], sign=[1, -1],
    ...     day=[to_day("2024-03-01"), to_day("2025-03-01")])
    >>> [r["net"] for r in relation_series(t, "A", "B")]
    [1.0, -1.0]
    """
    ia, ib = table.actor_code(a), table.actor_code(b)
    key = (min(ia, ib), max(ia, ib))
    out = []
    for w in windows or time_windows(table, window):
        d = _WindowData(table, w, duplicates, 0.0)
        sup, opp = d.pair.get(key, [0.0, 0.0])
        out.append(
            {"window": w.label, "start": w.start, "support": sup, "oppose": opp, "net": sup - opp}
        )
    return out


__all__ = [
    "Evidence",
    "Shift",
    "camp_changes",
    "evidence_of",
    "issue_splits",
    "pair_flips",
    "realignments",
    "relation_series",
]
