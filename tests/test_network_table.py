"""StatementTable, dates, past statements, time windows and filters."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegiance.model import Span, Statement
from allegiance.network import (
    NO_DAY,
    StatementTable,
    collapse_duplicates,
    day_to_iso,
    effective_days,
    kernel_weights,
    past_bound,
    period_index,
    time_windows,
    to_day,
)
from allegiance.network.table import period_label


def stmt(src: str, tgt: str, pol: str, day: str | None, **kw: object) -> Statement:
    return Statement(
        kw.pop("doc_id", "d"),  # type: ignore[arg-type]
        src,
        tgt,
        pol,  # type: ignore[arg-type]
        Span(0, 3, "abc"),
        date=day,
        **kw,  # type: ignore[arg-type]
    )


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_day_roundtrip(d: date) -> None:
    assert day_to_iso(to_day(d.isoformat())) == d.isoformat()
    assert to_day(d) == to_day(d.isoformat() + "T12:00:00Z")


def test_unknown_dates() -> None:
    assert to_day(None) == NO_DAY
    assert to_day("not a date") == NO_DAY
    assert to_day("2025") == to_day("2025-01-01")
    assert to_day("2025-03") == to_day("2025-03-01")
    assert day_to_iso(NO_DAY) is None


def test_past_bound_rules() -> None:
    doc = to_day("2025-06-06")
    assert past_bound("before-2025", doc) == to_day("2025-01-01")
    assert past_bound("before 2024-03", doc) == to_day("2024-03-01")
    assert past_bound("before", doc) == doc
    assert past_bound("past", doc) == doc
    # a bound after the document's date cannot move the statement later than the document
    assert past_bound("before-2030", doc) == doc
    assert past_bound("", doc) == NO_DAY
    assert past_bound(None, doc) == NO_DAY


def test_from_statements_columns() -> None:
    rows = [
        stmt("A", "B", "support", "2024-01-02", source_type="organization", lang="de"),
        stmt("B", "tax", "oppose", "2024-01-03", target_kind="concept", id=17, lang="en"),
        stmt("A", "tax", "neutral", None, target_kind="concept", period="past"),
    ]
    t = StatementTable.from_statements(rows)
    assert t.actors == ["A", "B"] and t.issues == ["tax"]
    assert t.actor_type.tolist() == [1, 0]
    assert t.kind.tolist() == [0, 1, 1]
    assert t.sign.tolist() == [1, -1, 0]
    assert t.sid.tolist() == [0, 17, 2]
    assert t.day[2] == NO_DAY and t.until[2] == NO_DAY  # no date, no bound
    assert [t.langs[i] if i >= 0 else None for i in t.lang] == ["de", "en", None]
    assert t.target_name(1) == "tax" and t.target_name(0) == "B"
    assert len(t.take(np.array([True, False, True]))) == 2


@pytest.mark.parametrize(
    ("unit", "doc_day", "period", "expected"),
    [
        ("year", "2025-06-06", "before-2025", "2024"),
        ("year", "2025-06-06", "past", "2024"),
        ("year", "2025-06-06", "before-2020", "2019"),
        ("month", "2025-01-15", "before", "2024-12"),
        ("quarter", "2025-05-15", "past", "2025-Q1"),
        ("week", "2025-01-15", "past", "2025-W02"),
        ("month", "2025-06-06", "before-2025", "2024-12"),
    ],
)
def test_past_lands_in_window_before(unit: str, doc_day: str, period: str, expected: str) -> None:
    t = StatementTable.from_statements(
        [stmt("A", "B", "support", doc_day, period=period), stmt("A", "B", "oppose", doc_day)]
    )
    p = period_index(t, unit)
    assert period_label(int(p[0]), unit) == expected
    assert p[1] > p[0]


def test_effective_days_moving() -> None:
    t = StatementTable.from_statements(
        [
            stmt("A", "B", "support", "2025-06-06", period="past"),
            stmt("A", "B", "support", "2025-06-06", period="before-2020"),
            stmt("A", "B", "support", "2025-06-06"),
        ]
    )
    e = effective_days(t, 90)
    assert e[0] == to_day("2025-06-06") - 90
    assert e[1] == to_day("2019-12-31")
    assert e[2] == to_day("2025-06-06")


days_strategy = st.lists(
    st.integers(min_value=to_day("2019-01-01"), max_value=to_day("2026-12-31")),
    min_size=1,
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(days_strategy, st.sampled_from(["day", "week", "month", "quarter", "year"]))
def test_fixed_windows_partition_rows(days: list[int], unit: str) -> None:
    n = len(days)
    t = StatementTable.from_arrays(
        actors=["A"], issues=["x"], source=[0] * n, target=[0] * n, kind=[1] * n,
        sign=[1] * n, day=days,
    )  # fmt: skip
    wins = time_windows(t, unit)
    rows = np.concatenate([w.rows for w in wins])
    assert sorted(rows.tolist()) == list(range(n))  # every row exactly once
    for w in wins:
        lo, hi = to_day(w.start), to_day(w.end)
        assert all(lo <= days[r] < hi for r in w.rows.tolist())
        assert np.all(w.weights == 1.0)
    # consecutive windows tile time
    assert all(a.end == b.start for a, b in itertools.pairwise(wins))


def test_fixed_windows_keep_empty_periods() -> None:
    t = StatementTable.from_statements(
        [stmt("A", "B", "support", "2021-05-01"), stmt("A", "B", "oppose", "2024-05-01")]
    )
    assert [(w.label, len(w)) for w in time_windows(t, "year")] == [
        ("2021", 1), ("2022", 0), ("2023", 0), ("2024", 1),
    ]  # fmt: skip
    assert [w.label for w in time_windows(t, "year", start="2022-01-01", end="2023-06-01")] == [
        "2022",
        "2023",
    ]


def test_all_window_includes_undated() -> None:
    t = StatementTable.from_statements(
        [stmt("A", "B", "support", None), stmt("A", "B", "oppose", "2024-05-01")]
    )
    (w,) = time_windows(t, "all")
    assert len(w) == 2
    assert [len(x) for x in time_windows(t, "year")] == [1]


@pytest.mark.parametrize("kernel", ["uniform", "gaussian", "epanechnikov", "triangular"])
def test_kernels_shape(kernel: str) -> None:
    x = np.linspace(-1.5, 1.5, 61)
    w = kernel_weights(x, kernel)
    assert np.all((w >= 0) & (w <= 1))
    assert w[30] == pytest.approx(1.0)  # peak at the centre
    assert np.all(w[np.abs(x) > 1] == 0)
    assert np.allclose(w, w[::-1])  # symmetric
    if kernel != "uniform":
        assert np.all(np.diff(w[30:]) <= 1e-12)  # decreasing away from the centre


def test_unknown_kernel_and_unit() -> None:
    t = StatementTable.from_statements([stmt("A", "B", "support", "2024-01-01")])
    with pytest.raises(ValueError):
        time_windows(t, "moving", kernel="cosine")
    with pytest.raises(ValueError):
        time_windows(t, "decade")


@settings(max_examples=40, deadline=None)
@given(days_strategy, st.integers(min_value=7, max_value=400),
       st.sampled_from(["uniform", "gaussian", "epanechnikov", "triangular"]))
def test_moving_windows_cover_every_row(days: list[int], width: int, kernel: str) -> None:
    n = len(days)
    t = StatementTable.from_arrays(
        actors=["A"], issues=["x"], source=[0] * n, target=[0] * n, kind=[1] * n,
        sign=[1] * n, day=days,
    )  # fmt: skip
    wins = time_windows(t, "moving", width=width, step=max(width // 4, 1), kernel=kernel)
    seen = set()
    for w in wins:
        assert np.all((w.weights > 0) & (w.weights <= 1))
        lo, hi = to_day(w.start), to_day(w.end)
        assert all(lo <= days[r] < hi for r in w.rows.tolist())
        seen.update(w.rows.tolist())
    if kernel == "uniform":
        assert seen == set(range(n))


def test_moving_window_weights_follow_kernel() -> None:
    base = to_day("2024-01-01")
    t = StatementTable.from_arrays(
        actors=["A"], issues=["x"], source=[0, 0, 0], target=[0, 0, 0], kind=[1, 1, 1],
        sign=[1, 1, 1], day=[base, base + 50, base + 100],
    )  # fmt: skip
    wins = time_windows(t, "moving", width=100, step=25, kernel="triangular")
    assert [w.label for w in wins] == [day_to_iso(base + k) for k in (0, 25, 50)]
    first = dict(zip(wins[0].rows.tolist(), wins[0].weights.tolist(), strict=True))
    assert first == {0: 1.0}
    middle = dict(zip(wins[2].rows.tolist(), wins[2].weights.tolist(), strict=True))
    assert middle == {1: 1.0}  # rows 0 and 2 sit on the edges: weight 0, left out
    quarter = dict(zip(wins[1].rows.tolist(), wins[1].weights.tolist(), strict=True))
    assert quarter == {0: pytest.approx(0.5), 1: pytest.approx(0.5)}


def test_filters() -> None:
    t = StatementTable.from_statements(
        [
            stmt("A", "B", "support", "2025-06-06", period="before-2025", lang="de"),
            stmt("A", "B", "oppose", "2025-06-06", lang="de"),
            stmt("C", "tax", "support", "2025-06-06", target_kind="concept", lang="en",
                 source_type="organization"),
            stmt("C", "vat", "support", "2025-06-06", target_kind="concept", lang="en",
                 source_type="organization"),
        ]
    )  # fmt: skip
    assert len(t.filter(start="2025-01-01")) == 3  # the past statement is before 2025
    assert len(t.filter(end="2024-12-31")) == 1
    assert len(t.filter(actors=["C"])) == 2
    assert len(t.filter(actors=["nobody"])) == 0
    assert len(t.filter(lang="de")) == 2
    assert len(t.filter(actor_type="organization")) == 2
    kept = t.filter(issues=["tax"])  # actor -> actor rows stay
    assert sorted(kept.target_name(i) for i in range(len(kept))) == ["B", "B", "tax"]
    assert len(t.filter(include_neutral=False)) == 4


def test_collapse_duplicates_per_document_and_period() -> None:
    base = date(2024, 1, 1)
    rows = []
    for i in range(6):
        d = (base + timedelta(days=20 * i)).isoformat()
        rows.append(stmt("A", "tax", "support", d, target_kind="concept", doc_id=f"doc{i // 2}"))
    rows.append(stmt("A", "tax", "oppose", base.isoformat(), target_kind="concept",
                     doc_id="doc0"))  # fmt: skip
    t = StatementTable.from_statements(rows)
    allrows, w = np.arange(len(t)), np.ones(len(t))
    assert len(collapse_duplicates(t, allrows, w, "none")[0]) == 7
    assert len(collapse_duplicates(t, allrows, w, "document")[0]) == 4  # 3 docs + 1 oppose
    # days 0, 20 (January), 40 (February), 60, 80 (March), 100 (April), plus the oppose
    assert len(collapse_duplicates(t, allrows, w, "month")[0]) == 5
    assert len(collapse_duplicates(t, allrows, w, "year")[0]) == 2
    with pytest.raises(ValueError):
        collapse_duplicates(t, allrows, w, "decade")
