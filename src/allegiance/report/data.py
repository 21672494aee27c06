"""The data a report is drawn from, and the aggregates both report formats show.

:class:`ReportData` holds plain record lists (documents, statements, actors, concepts,
affiliations).  Everything the terminal summary and the HTML report display is derived from
it here, deterministically, so that both formats agree:

* :func:`actor_rows` - every actor with type, affiliations and activity counts;
* :func:`pair_relations` - alliances and conflicts between actor pairs, aggregated over direct
  statements (A supports / opposes B, either direction) and shared issue positions (A and B
  take the same / opposite side on an issue, DNA's *congruence* / *conflict*);
* :func:`issue_positions` - who supports and who opposes each issue;
* :func:`timeline` - support / oppose / neutral counts per day, month or year;
* :func:`evidence_context` - the evidence inside its sentence, cut from the document by offsets.

Statements marked ``review == "rejected"`` are left out of a report.  Statements with a
non-empty ``period`` (e.g. ``"past"``) describe relations the text places before the reported
events: they are listed, but alliances, conflicts and issue stances are computed from current
statements only, with the earlier ones counted separately.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from allegiance.model import Actor, Affiliation, Concept, Document, Statement

Granularity = Literal["day", "month", "year"]


@dataclass(slots=True)
class ReportData:
    """Everything a report shows: documents, statements and the entity tables.

    Build it from lists (``ReportData(documents=..., statements=...)``) or from a store with
    :meth:`from_store`.  Actors and concepts that statements mention but the tables lack are
    added automatically (see :meth:`all_actors`, :meth:`all_concepts`).
    """

    documents: list[Document] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    concepts: list[Concept] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    include_rejected: bool = False
    #: documents an extraction found off topic (sport, weather, …: no statements looked for)
    off_topic: int = 0

    @classmethod
    def from_store(cls, store: Any, *, include_rejected: bool = False) -> ReportData:
        """Read everything from a store.

        The store must offer ``documents()`` (an iterable of :class:`Document`) and
        ``statements()``; ``actors()``, ``concepts()`` and ``affiliations()`` are used when
        present.

        Args:
            store: an ``allegiance.store`` store (or anything with the same methods).
            include_rejected: keep statements a reviewer rejected (default: drop them).

        Returns:
            A :class:`ReportData` over the store's contents.
        """

        def _read(name: str) -> list[Any]:
            fn = getattr(store, name, None)
            return list(fn()) if callable(fn) else []

        if include_rejected:
            try:
                statements = list(store.statements(include_rejected=True))
            except TypeError:  # a store without the keyword
                statements = _read("statements")
        else:
            statements = _read("statements")
        stats = getattr(store, "stats", None)
        return cls(
            documents=_read("documents"),
            statements=statements,
            actors=_read("actors"),
            concepts=_read("concepts"),
            affiliations=_read("affiliations"),
            include_rejected=include_rejected,
            off_topic=int(stats().get("off_topic_documents", 0)) if callable(stats) else 0,
        )

    # -- derived views -------------------------------------------------------------------

    def doc_index(self) -> dict[str, Document]:
        """Documents by id."""
        return {d.id: d for d in self.documents}

    def active_statements(self) -> list[Statement]:
        """Statements the report shows (rejected ones dropped unless ``include_rejected``),
        in a stable order: date, document, evidence offset."""
        docs = self.doc_index()
        out = [s for s in self.statements if self.include_rejected or s.review != "rejected"]
        return sorted(
            out,
            key=lambda s: (
                statement_date(s, docs) or "9999",
                s.doc_id,
                s.evidence.start,
                s.source,
                s.target,
            ),
        )

    def all_actors(self) -> list[Actor]:
        """The actor table plus any actor only named in statements, sorted by name."""
        by_name: dict[str, Actor] = {a.name: a for a in self.actors}
        stmts = self.active_statements()
        for s in stmts:
            if s.source not in by_name:
                by_name[s.source] = Actor(name=s.source, type=s.source_type)
        orgs = {af.organization for af in self.affiliations}
        for s in stmts:
            if s.target_kind == "actor" and s.target not in by_name:
                kind = "organization" if s.target in orgs else "person"
                by_name[s.target] = Actor(name=s.target, type=kind)  # type: ignore[arg-type]
        for af in self.affiliations:
            if af.actor not in by_name:
                by_name[af.actor] = Actor(name=af.actor, type="person")
            if af.organization not in by_name:
                by_name[af.organization] = Actor(name=af.organization, type="organization")
        return sorted(by_name.values(), key=lambda a: a.name.casefold())

    def all_concepts(self) -> list[Concept]:
        """The concept table plus any issue only named in statements, sorted by name."""
        by_name: dict[str, Concept] = {c.name: c for c in self.concepts}
        for s in self.active_statements():
            if s.target_kind == "concept" and s.target not in by_name:
                by_name[s.target] = Concept(name=s.target)
        return sorted(by_name.values(), key=lambda c: c.name.casefold())


def statement_date(s: Statement, docs: dict[str, Document]) -> str | None:
    """The statement's ISO date, falling back to its document's date."""
    if s.date:
        return s.date[:10]
    d = docs.get(s.doc_id)
    return d.date[:10] if d is not None and d.date else None


def is_past(s: Statement) -> bool:
    """True when the text places the relation before the reported events."""
    return bool(s.period and s.period.strip())


# -- corpus facts -----------------------------------------------------------------------


@dataclass(slots=True)
class CorpusFacts:
    """Headline numbers of a report."""

    documents: int
    languages: list[tuple[str, int]]
    first_date: str | None
    last_date: str | None
    statements: int
    polarity: dict[str, int]
    actors: int
    concepts: int
    past: int
    off_topic: int = 0  # documents found off topic (sport, weather, …)


def corpus_facts(data: ReportData) -> CorpusFacts:
    """Counts of documents, languages, statements by polarity, actors and issues, date range."""
    docs = data.doc_index()
    stmts = data.active_statements()
    langs = Counter((d.lang or "?") for d in data.documents)
    dates = sorted(
        {d.date[:10] for d in data.documents if d.date}
        | {x for s in stmts if (x := statement_date(s, docs))}
    )
    pol = Counter(s.polarity for s in stmts)
    return CorpusFacts(
        documents=len(data.documents),
        languages=sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        statements=len(stmts),
        polarity={p: pol.get(p, 0) for p in ("support", "oppose", "neutral")},
        actors=len(data.all_actors()),
        concepts=len(data.all_concepts()),
        past=sum(1 for s in stmts if is_past(s)),
        off_topic=data.off_topic,
    )


# -- actors ---------------------------------------------------------------------------


@dataclass(slots=True)
class ActorRow:
    """One actor with its affiliations and activity."""

    name: str
    type: str
    aliases: list[str]
    affiliations: list[str]  # "Org (role)" strings, this actor is member of
    members: list[str]  # actors affiliated with this one (for organisations)
    made: int  # statements with this actor as source
    received: int  # statements with this actor as target

    @property
    def activity(self) -> int:
        """Statements made plus statements received."""
        return self.made + self.received


def actor_rows(data: ReportData) -> list[ActorRow]:
    """All actors, most active first (ties by name)."""
    stmts = data.active_statements()
    made = Counter(s.source for s in stmts)
    received = Counter(s.target for s in stmts if s.target_kind == "actor")
    affs: dict[str, list[str]] = defaultdict(list)
    members: dict[str, list[str]] = defaultdict(list)
    seen: set[tuple[str, str, str | None]] = set()
    for af in data.affiliations:
        key = (af.actor, af.organization, af.role)
        if key in seen:
            continue
        seen.add(key)
        affs[af.actor].append(f"{af.organization} ({af.role})" if af.role else af.organization)
        if af.actor not in members[af.organization]:
            members[af.organization].append(af.actor)
    rows = [
        ActorRow(
            name=a.name,
            type=a.type,
            aliases=list(a.aliases),
            affiliations=affs.get(a.name, []),
            members=sorted(members.get(a.name, []), key=str.casefold),
            made=made.get(a.name, 0),
            received=received.get(a.name, 0),
        )
        for a in data.all_actors()
    ]
    rows.sort(key=lambda r: (-r.activity, r.name.casefold()))
    return rows


# -- issue positions --------------------------------------------------------------------


@dataclass(slots=True)
class Position:
    """One actor's statements on one issue."""

    actor: str
    issue: str
    support: int = 0
    oppose: int = 0
    neutral: int = 0
    past_support: int = 0
    past_oppose: int = 0

    @property
    def stance(self) -> str:
        """``support`` / ``oppose`` by majority of current statements, ``mixed`` on a tie,
        ``neutral`` with only neutral ones, ``past-support`` / ``past-oppose`` with only
        earlier ones, ``""`` with none."""
        if self.support or self.oppose:
            if self.support > self.oppose:
                return "support"
            if self.oppose > self.support:
                return "oppose"
            return "mixed"
        if self.neutral:
            return "neutral"
        if self.past_support > self.past_oppose:
            return "past-support"
        if self.past_oppose > self.past_support:
            return "past-oppose"
        return ""


def _positions(stmts: Iterable[Statement]) -> dict[tuple[str, str], Position]:
    pos: dict[tuple[str, str], Position] = {}
    for s in stmts:
        if s.target_kind != "concept":
            continue
        p = pos.setdefault((s.source, s.target), Position(s.source, s.target))
        if is_past(s):
            if s.polarity == "support":
                p.past_support += 1
            elif s.polarity == "oppose":
                p.past_oppose += 1
        elif s.polarity == "support":
            p.support += 1
        elif s.polarity == "oppose":
            p.oppose += 1
        else:
            p.neutral += 1
    return pos


@dataclass(slots=True)
class IssueRow:
    """Positions on one issue."""

    issue: str
    positions: list[Position]

    def by_stance(self, stance: str) -> list[Position]:
        """Positions with the given stance, most statements first."""
        out = [p for p in self.positions if p.stance == stance]
        return sorted(out, key=lambda p: (-(p.support + p.oppose + p.neutral), p.actor.casefold()))

    @property
    def total(self) -> int:
        """Number of statements on this issue."""
        return sum(
            p.support + p.oppose + p.neutral + p.past_support + p.past_oppose
            for p in self.positions
        )


def issue_positions(data: ReportData) -> list[IssueRow]:
    """Every issue with who supports / opposes it; most discussed first."""
    pos = _positions(data.active_statements())
    by_issue: dict[str, list[Position]] = defaultdict(list)
    for (_, issue), p in pos.items():
        by_issue[issue].append(p)
    rows = [
        IssueRow(issue, sorted(ps, key=lambda p: p.actor.casefold()))
        for issue, ps in by_issue.items()
    ]
    rows.sort(key=lambda r: (-r.total, r.issue.casefold()))
    return rows


# -- alliances and conflicts ------------------------------------------------------------


@dataclass(slots=True)
class PairRelation:
    """How two actors (``a`` < ``b``) relate, over direct statements and shared issues."""

    a: str
    b: str
    support: int = 0  # direct support statements between a and b, either direction
    oppose: int = 0
    agree: list[str] = field(default_factory=list)  # issues both take the same side on
    disagree: list[str] = field(default_factory=list)  # issues they take opposite sides on
    past_support: int = 0
    past_oppose: int = 0

    @property
    def score(self) -> int:
        """Alliance evidence minus conflict evidence (current statements)."""
        return self.support + len(self.agree) - self.oppose - len(self.disagree)

    @property
    def weight(self) -> int:
        """All current evidence, either way."""
        return self.support + len(self.agree) + self.oppose + len(self.disagree)

    @property
    def relation(self) -> str:
        """``alliance``, ``conflict``, ``mixed`` (balanced), or ``former alliance`` /
        ``former conflict`` when only earlier statements relate them."""
        if self.weight:
            if self.score > 0:
                return "alliance"
            if self.score < 0:
                return "conflict"
            return "mixed"
        if self.past_support > self.past_oppose:
            return "former alliance"
        if self.past_oppose > self.past_support:
            return "former conflict"
        return "mixed"


def _pairs_from(stmts: Sequence[Statement]) -> dict[tuple[str, str], PairRelation]:
    pairs: dict[tuple[str, str], PairRelation] = {}

    def get(x: str, y: str) -> PairRelation:
        a, b = sorted((x, y), key=lambda n: (n.casefold(), n))
        return pairs.setdefault((a, b), PairRelation(a, b))

    for s in stmts:
        if s.target_kind != "actor" or s.source == s.target or s.polarity == "neutral":
            continue
        p = get(s.source, s.target)
        if is_past(s):
            if s.polarity == "support":
                p.past_support += 1
            else:
                p.past_oppose += 1
        elif s.polarity == "support":
            p.support += 1
        else:
            p.oppose += 1

    by_issue: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (actor, issue), pos in sorted(_positions(stmts).items()):
        if pos.stance in ("support", "oppose"):
            by_issue[issue].append((actor, pos.stance))
    for issue, stances in sorted(by_issue.items()):
        for i, (x, sx) in enumerate(stances):
            for y, sy in stances[i + 1 :]:
                if x == y:
                    continue
                p = get(x, y)
                (p.agree if sx == sy else p.disagree).append(issue)
    return pairs


def pair_relations(
    data: ReportData, stmts: Sequence[Statement] | None = None
) -> list[PairRelation]:
    """Alliances and conflicts between actor pairs, strongest evidence first.

    Args:
        data: the report data.
        stmts: aggregate over these statements instead of all active ones (e.g. one month).

    Returns:
        One :class:`PairRelation` per actor pair with any evidence, sorted by current
        evidence (descending), then by earlier evidence, then by names.
    """
    rels = list(_pairs_from(data.active_statements() if stmts is None else stmts).values())
    rels.sort(
        key=lambda r: (
            -r.weight,
            -abs(r.score),
            -(r.past_support + r.past_oppose),
            r.a.casefold(),
            r.b.casefold(),
        )
    )
    return rels


# -- camps ------------------------------------------------------------------------------


def camps(data: ReportData, relations: Sequence[PairRelation] | None = None) -> dict[str, int]:
    """Split actors into two camps (0 and 1) by a signed 2-colouring of their relations.

    Each connected group of actors (linked by current alliance / conflict evidence) is split
    separately: the sign of the leading eigenvector of the signed adjacency matrix, then a greedy
    pass that moves single actors while that satisfies more evidence.  In each group the larger
    camp is camp 0.  Actors without any relation are left out.  Deterministic.

    Args:
        data: the report data.
        relations: precomputed :func:`pair_relations` (computed when omitted).

    Returns:
        ``{actor name: camp}``.
    """
    import networkx as nx
    import numpy as np
    import scipy.sparse as sp
    import scipy.sparse.linalg as spla

    rels = pair_relations(data) if relations is None else relations
    g = nx.Graph()
    for r in rels:
        if r.score:
            g.add_edge(r.a, r.b, w=float(r.score))
    out: dict[str, int] = {}
    for comp in sorted(nx.connected_components(g), key=lambda c: sorted(c)):
        nodes = sorted(comp)
        n = len(nodes)
        idx = {name: i for i, name in enumerate(nodes)}
        rows, cols, vals = [], [], []
        for u, v, d in g.subgraph(nodes).edges(data=True):
            rows += [idx[u], idx[v]]
            cols += [idx[v], idx[u]]
            vals += [d["w"], d["w"]]
        m = sp.csr_matrix((vals, (rows, cols)), shape=(n, n))
        if n == 1:
            side = np.array([1.0])
        elif n <= 40:
            ev, vecs = np.linalg.eigh(m.toarray())
            side = np.where(vecs[:, int(np.argmax(ev))] >= -1e-12, 1.0, -1.0)
        else:
            v0 = np.linspace(1.0, 2.0, n)  # fixed start vector: deterministic
            _, vecs = spla.eigsh(m, k=1, which="LA", v0=v0)
            side = np.where(vecs[:, 0] >= -1e-12, 1.0, -1.0)
        # greedy improvement: flip the most frustrated actor while that helps
        field_ = m @ side
        for _ in range(4 * n):
            gains = side * field_  # negative: the actor disagrees with its neighbourhood
            worst = int(np.argmin(gains))
            if gains[worst] >= -1e-12:
                break
            old = side[worst]
            side[worst] = -old
            row = m.getrow(worst)
            field_[row.indices] -= 2 * old * row.data
        ones = int((side > 0).sum())
        major = 1.0 if ones >= n - ones else -1.0
        for name in nodes:
            out[name] = 0 if side[idx[name]] == major else 1
    return out


# -- time -------------------------------------------------------------------------------


def granularity_for(first: str, last: str) -> Granularity:
    """Bucket size for a date range: days up to ~6 weeks, months up to 4 years, else years."""
    try:
        d0 = _dt.date.fromisoformat(first[:10])
        d1 = _dt.date.fromisoformat(last[:10])
    except ValueError:
        return "month"
    days = (d1 - d0).days
    if days <= 45:
        return "day"
    if days <= 4 * 366:
        return "month"
    return "year"


def bucket_of(date: str, gran: Granularity) -> str:
    """The bucket label of an ISO date: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
    return date[: {"day": 10, "month": 7, "year": 4}[gran]]


def bucket_range(first: str, last: str, gran: Granularity) -> list[str]:
    """All bucket labels from the one of ``first`` to the one of ``last``, no gaps."""
    if gran == "year":
        return [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    if gran == "month":
        y, m = int(first[:4]), int(first[5:7])
        y1, m1 = int(last[:4]), int(last[5:7])
        out = []
        while (y, m) <= (y1, m1):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    d0 = _dt.date.fromisoformat(first[:10])
    d1 = _dt.date.fromisoformat(last[:10])
    return [(d0 + _dt.timedelta(days=i)).isoformat() for i in range((d1 - d0).days + 1)]


@dataclass(slots=True)
class Timeline:
    """Statement counts per time bucket (only when the statements span several dates)."""

    granularity: Granularity
    buckets: list[str]
    support: list[int]
    oppose: list[int]
    neutral: list[int]
    undated: int
    pair_rows: list[tuple[PairRelation, list[PairRelation | None]]]  # overall, per bucket


def _valid_date(x: str | None) -> str | None:
    if not x:
        return None
    try:
        _dt.date.fromisoformat(x[:10])
    except ValueError:
        return None
    return x[:10]


def timeline(data: ReportData, *, max_pairs: int = 8) -> Timeline | None:
    """Support / oppose / neutral statements per day, month or year, and the relation of the
    most active actor pairs in each bucket.

    Returns:
        ``None`` when fewer than two distinct statement dates exist.
    """
    docs = data.doc_index()
    stmts = data.active_statements()
    dated = [(d, s) for s in stmts if (d := _valid_date(statement_date(s, docs)))]
    dates = sorted({d for d, _ in dated})
    if len(dates) < 2:
        return None
    gran = granularity_for(dates[0], dates[-1])
    buckets = bucket_range(dates[0], dates[-1], gran)
    pos = {b: i for i, b in enumerate(buckets)}
    counts = {p: [0] * len(buckets) for p in ("support", "oppose", "neutral")}
    per_bucket: dict[str, list[Statement]] = defaultdict(list)
    for d, s in dated:
        b = bucket_of(d, gran)
        counts[s.polarity][pos[b]] += 1
        per_bucket[b].append(s)
    pair_rows: list[tuple[PairRelation, list[PairRelation | None]]] = []
    if len(buckets) > 1:
        overall = [r for r in pair_relations(data, [s for _, s in dated]) if r.weight][:max_pairs]
        bucket_rels = {b: _pairs_from(per_bucket[b]) for b in buckets}
        for r in overall:
            cells = []
            for b in buckets:
                cell = bucket_rels[b].get((r.a, r.b))
                cells.append(cell if cell is not None and cell.weight else None)
            if sum(c is not None for c in cells) >= 1:
                pair_rows.append((r, cells))
    return Timeline(
        granularity=gran,
        buckets=buckets,
        support=counts["support"],
        oppose=counts["oppose"],
        neutral=counts["neutral"],
        undated=len(stmts) - len(dated),
        pair_rows=pair_rows,
    )


# -- evidence in context ----------------------------------------------------------------


@dataclass(slots=True)
class Context:
    """Evidence cut from its document: ``before + evidence + after`` is a stretch of text."""

    before: str
    evidence: str
    after: str
    exact: bool  # True when the offsets matched the document text exactly
    clipped_left: bool
    clipped_right: bool
    found: bool = True  # False when the evidence is not in the document (or there is none)


_SENT_END = ".!?…\n"
_CLOSERS = "\"'“”»«‘’)"


def evidence_context(doc: Document | None, s: Statement, width: int = 90) -> Context:
    """The evidence with up to ``width`` characters of its document either side, cut at the
    sentence boundary when one is near, otherwise at a word boundary.

    When the offsets do not match the document text, the evidence text is searched for in the
    document; failing that, the evidence is shown alone and ``exact`` is False.
    """
    ev = s.evidence
    if doc is None:
        return Context("", ev.text, "", False, False, False, found=False)
    text = doc.text
    start, end, exact = ev.start, ev.end, True
    if not (0 <= start <= end <= len(text)) or text[start:end] != ev.text:
        exact = False
        found = text.find(ev.text) if ev.text else -1
        if found < 0:
            return Context("", ev.text, "", False, False, False, found=False)
        start, end = found, found + len(ev.text)

    # left edge: the last sentence end before the evidence, within width
    lo = max(0, start - width)
    left = text[lo:start]
    cut = max(left.rfind(c) for c in _SENT_END)
    clipped_left = False
    if cut >= 0:
        left = left[cut + 1 :].lstrip(_CLOSERS + " \t\n")
    elif lo > 0:
        sp = left.find(" ")
        left = left[sp + 1 :] if 0 <= sp < len(left) - 1 else left
        clipped_left = True
    # right edge: the first sentence end after the evidence, within width
    hi = min(len(text), end + width)
    right = text[end:hi]
    clipped_right = False
    if ev.text.rstrip(_CLOSERS + " ")[-1:] in tuple(_SENT_END):
        right = ""
    else:
        ends = [i for c in _SENT_END if (i := right.find(c)) >= 0]
        if ends:
            right = right[: min(ends) + 1]
        elif hi < len(text):
            sp = right.rfind(" ")
            right = right[:sp] if sp > 0 else right
            clipped_right = True
    if not clipped_right:  # keep closing quotes after the sentence end
        for ch in text[end + len(right) : end + len(right) + 2]:
            if ch in _CLOSERS:
                right += ch
            else:
                break
    return Context(
        before=" ".join(left.split("\n")).lstrip(),
        evidence=text[start:end],
        after=" ".join(right.split("\n")).rstrip(),
        exact=exact,
        clipped_left=clipped_left,
        clipped_right=clipped_right,
    )


def sqrt_scale(value: float, vmax: float, lo: float, hi: float) -> float:
    """Map ``value`` in ``[0, vmax]`` to ``[lo, hi]`` by square root (area-true sizes)."""
    if vmax <= 0:
        return lo
    return lo + (hi - lo) * math.sqrt(max(0.0, value) / vmax)
