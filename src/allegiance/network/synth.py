"""Synthetic statement streams with planted camps and planted flips (tests and benchmarks).

The generator is deliberately simple: every actor belongs to a camp (which may change in a
given year), camps take fixed sides on issues, actors support members of their own camp and
oppose the others; ``noise`` flips a share of polarities at random. Planted pair flips add
explicit statements between two actors: support before the flip year, opposition from it on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from allegiance.model import Span, Statement
from allegiance.network.table import StatementTable, to_day


@dataclass(slots=True)
class Plan:
    """What a synthetic stream plants (the answer key)."""

    camps: dict[str, int] = field(default_factory=dict)  # camp in the first year
    moves: list[tuple[str, int, int]] = field(default_factory=list)  # actor, to camp, from year
    flips: list[tuple[str, str, int]] = field(default_factory=list)  # a, b, year of the flip
    issues: list[str] = field(default_factory=list)
    years: tuple[int, ...] = ()


def planted_stream(
    *,
    n_camps: int = 2,
    actors_per_camp: int = 5,
    n_issues: int = 6,
    years: tuple[int, ...] = (2023, 2024),
    per_year: int = 300,
    actor_share: float = 0.5,
    noise: float = 0.0,
    flips: tuple[tuple[int, int, int], ...] = (),
    flip_statements: int = 3,
    moves: tuple[tuple[int, int, int], ...] = (),
    neutral_share: float = 0.0,
    seed: int = 0,
) -> tuple[list[Statement], Plan]:
    """Generate statements with planted camps, flips and camp moves.

    Parameters
    ----------
    n_camps, actors_per_camp, n_issues : int
        Actors are named ``"c{camp}a{i}"``, issues ``"issue{k}"``.
    years : tuple of int
        One block of statements per year (dates uniform within the year).
    per_year : int
        Background statements per year.
    actor_share : float
        Share of background statements aimed at another actor (the rest at issues).
    noise : float
        Probability that a background statement's polarity is flipped.
    flips : tuple of (actor index, actor index, year)
        Planted pair flips (actor index = camp * actors_per_camp + i): the two support each
        other before ``year`` and oppose each other from ``year`` on, ``flip_statements``
        statements per year and direction. Both actors' background statements about each other
        are left out so the planted relation is the only one.
    flip_statements : int
    moves : tuple of (actor index, new camp, year)
        The actor belongs to ``new camp`` from ``year`` on.
    neutral_share : float
        Share of background statements coded neutral (they must never count as a side).
    seed : int

    Returns
    -------
    statements : list of Statement
    plan : Plan

    Examples
    --------
    >>> st, plan = planted_stream(per_year=10, years=(2024,))
    >>> len(st), plan.camps["c1a0"]
    (10, 1)
    """
    rng = np.random.default_rng(seed)
    names = [f"c{c}a{i}" for c in range(n_camps) for i in range(actors_per_camp)]
    issues = [f"issue{k}" for k in range(n_issues)]
    camp0 = np.repeat(np.arange(n_camps), actors_per_camp)
    # camp c's side on issue k: alternating pattern so camps disagree on most issues
    sides = np.where((np.arange(n_camps)[:, None] + np.arange(n_issues)[None, :]) % 2 == 0, 1, -1)
    if n_camps > 2:
        sides = rng.choice([-1, 1], size=(n_camps, n_issues))
        sides[1] = -sides[0]
    plan = Plan(
        camps={n: int(c) for n, c in zip(names, camp0, strict=True)},
        moves=[(names[a], c, y) for a, c, y in moves],
        flips=[(names[a], names[b], y) for a, b, y in flips],
        issues=issues,
        years=tuple(years),
    )
    flip_pairs = {(min(a, b), max(a, b)) for a, b, _ in flips}
    out: list[Statement] = []
    n = len(names)
    for year in years:
        camp = camp0.copy()
        for a, c, y in moves:
            if year >= y:
                camp[a] = c
        start = date(year, 1, 1)
        ndays = (date(year + 1, 1, 1) - start).days
        for _ in range(per_year):
            a = int(rng.integers(n))
            d = (start + timedelta(days=int(rng.integers(ndays)))).isoformat()
            doc = f"doc-{year}-{len(out)}"
            if rng.random() < actor_share:
                b = int(rng.integers(n - 1))
                b += b >= a
                if (min(a, b), max(a, b)) in flip_pairs:
                    continue
                sign = 1 if camp[a] == camp[b] else -1
                target, kind = names[b], "actor"
            else:
                k = int(rng.integers(n_issues))
                sign = int(sides[camp[a], k])
                target, kind = issues[k], "concept"
            if rng.random() < noise:
                sign = -sign
            polarity = "support" if sign > 0 else "oppose"
            if rng.random() < neutral_share:
                polarity = "neutral"
            out.append(_stmt(doc, names[a], target, kind, polarity, d))
        for a, b, y in flips:
            polarity = "support" if year < y else "oppose"
            for j in range(flip_statements):
                d = (start + timedelta(days=int(rng.integers(ndays)))).isoformat()
                out.append(
                    _stmt(f"flip-{year}-{a}-{b}-{j}", names[a], names[b], "actor", polarity, d)
                )
                out.append(
                    _stmt(f"flip-{year}-{b}-{a}-{j}", names[b], names[a], "actor", polarity, d)
                )
    return out, plan


def _stmt(doc: str, source: str, target: str, kind: str, polarity: str, day: str) -> Statement:
    text = f"{source} {polarity} {target}"
    return Statement(
        doc_id=doc,
        source=source,
        target=target,
        polarity=polarity,  # type: ignore[arg-type]
        evidence=Span(0, len(text), text),
        target_kind=kind,  # type: ignore[arg-type]
        date=day,
        lang="en",
        extractor="synthetic",
    )


def random_table(
    n: int,
    *,
    n_actors: int = 2000,
    n_issues: int = 200,
    start: str = "2020-01-01",
    days: int = 5 * 365,
    actor_share: float = 0.3,
    past_share: float = 0.01,
    seed: int = 0,
) -> StatementTable:
    """A large random table built straight from arrays (for benchmarks).

    Parameters
    ----------
    n : int
        Statements.
    n_actors, n_issues : int
    start : str
        First day.
    days : int
        Span of dates.
    actor_share : float
        Share of actor -> actor statements.
    past_share : float
        Share of statements marked past.
    seed : int

    Returns
    -------
    StatementTable

    Examples
    --------
    >>> len(random_table(1000, n_actors=10, n_issues=3))
    1000
    """
    rng = np.random.default_rng(seed)
    kind = (rng.random(n) >= actor_share).astype(np.int8)
    source = rng.integers(0, n_actors, n, dtype=np.int32)
    target = np.where(
        kind == 1,
        rng.integers(0, n_issues, n, dtype=np.int32),
        rng.integers(0, n_actors, n, dtype=np.int32),
    ).astype(np.int32)
    sign = rng.choice(np.array([-1, 0, 1], dtype=np.int8), size=n, p=[0.45, 0.1, 0.45])
    day = (to_day(start) + rng.integers(0, days, n)).astype(np.int32)
    until = np.where(rng.random(n) < past_share, day, np.iinfo(np.int32).min).astype(np.int32)
    doc = (np.arange(n) // 4).astype(np.int32)
    return StatementTable.from_arrays(
        actors=[f"actor{i}" for i in range(n_actors)],
        issues=[f"issue{i}" for i in range(n_issues)],
        source=source,
        target=target,
        kind=kind,
        sign=sign,
        day=day,
        doc=doc,
        until=until,
    )
