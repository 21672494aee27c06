"""Realignments: planted flips, camp changes and splits are found; nothing spurious is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegiance.model import Span, Statement
from allegiance.network import (
    StatementTable,
    camp_changes,
    issue_splits,
    pair_flips,
    realignments,
    relation_series,
    time_windows,
)
from allegiance.network.synth import planted_stream

_ids = iter(range(1, 10**9))


def s(src: str, tgt: str, pol: str, day: str, *, doc: str | None = None, kind: str = "actor",
      period: str | None = None) -> Statement:  # fmt: skip
    sid = next(_ids)
    text = f"{src} {pol} {tgt} #{sid}"
    return Statement(
        doc or f"doc{sid}", src, tgt, pol, Span(0, len(text), text),  # type: ignore[arg-type]
        target_kind=kind, date=day, period=period, id=sid,  # type: ignore[arg-type]
    )  # fmt: skip


def pairs(shifts: list) -> set[tuple[frozenset, str, str]]:
    return {(frozenset(x.actors), x.before, x.after) for x in shifts if x.kind == "pair-flip"}


def test_simple_flip_with_evidence_on_both_sides() -> None:
    rows = [
        s("Ann", "Bob", "support", "2024-03-01"),
        s("Bob", "Ann", "support", "2024-04-01"),
        s("Ann", "Bob", "oppose", "2025-03-01"),
    ]
    t = StatementTable.from_statements(rows)
    (flip,) = realignments(t)
    assert flip.kind == "pair-flip" and set(flip.actors) == {"Ann", "Bob"}
    assert (flip.before, flip.after) == ("2024", "2025")
    assert (flip.relation_before, flip.relation_after) == ("alliance", "conflict")
    assert {e.id for e in flip.evidence_before} == {rows[0].id, rows[1].id}
    assert [e.id for e in flip.evidence_after] == [rows[2].id]
    assert all(e.polarity == "support" for e in flip.evidence_before)
    assert flip.evidence_after[0].text == rows[2].evidence.text
    assert flip.to_dict()["evidence_after"][0]["polarity"] == "oppose"
    assert "alliance in 2024 → conflict in 2025" in flip.summary


def test_past_statement_gives_the_before_side() -> None:
    # one article reports both the old alliance (period) and the new conflict
    rows = [
        s("Ann", "Bob", "support", "2025-06-06", doc="d", period="before-2025"),
        s("Ann", "Bob", "oppose", "2025-06-06", doc="d"),
        s("Bob", "Ann", "oppose", "2025-06-06", doc="d"),
    ]
    t = StatementTable.from_statements(rows)
    (flip,) = pair_flips(t)
    assert (flip.before, flip.after) == ("2024", "2025")
    assert "alliance before 2025 → conflict in 2025" in flip.summary
    assert flip.evidence_before[0].period == "before-2025"
    # without the period both sides fall in one window: no flip, only a mixed relation
    plain = [s("Ann", "Bob", "support", "2025-06-06"), *rows[1:]]
    assert pair_flips(StatementTable.from_statements(plain)) == []
    # month windows: the past statement is in the month before the article
    (flip_m,) = pair_flips(t, window="month")
    assert (flip_m.before, flip_m.after) == ("2024-12", "2025-06")


def test_no_flip_without_evidence_on_both_sides() -> None:
    only_after = [s("Ann", "Bob", "oppose", "2025-01-01"), s("Bob", "Ann", "oppose", "2025-02-01")]
    assert realignments(StatementTable.from_statements(only_after)) == []
    neutral_before = [
        s("Ann", "Bob", "neutral", "2024-01-01"),
        s("Ann", "Bob", "neutral", "2024-02-01"),
        s("Ann", "Bob", "oppose", "2025-01-01"),
    ]
    assert realignments(StatementTable.from_statements(neutral_before)) == []
    neutral_after = [
        s("Ann", "Bob", "support", "2024-01-01"),
        s("Ann", "Bob", "neutral", "2025-01-01"),
    ]
    assert realignments(StatementTable.from_statements(neutral_after)) == []


def test_mixed_windows_are_not_a_side_and_are_skipped() -> None:
    rows = [
        s("Ann", "Bob", "support", "2022-05-01"),
        s("Ann", "Bob", "support", "2023-05-01"),
        s("Ann", "Bob", "oppose", "2023-06-01"),  # 2023: mixed, not a side
        s("Ann", "Bob", "oppose", "2024-05-01"),
    ]
    t = StatementTable.from_statements(rows)
    (flip,) = pair_flips(t, split_mixed=False)
    assert (flip.before, flip.after) == ("2022", "2024")
    # by default a mixed year that splits cleanly in time holds the break itself
    (flip,) = pair_flips(t)
    assert (flip.before, flip.after) == ("2023-05", "2023-06")
    assert "alliance in 2023-05 → conflict in 2023-06" in flip.summary
    assert [e.id for e in flip.evidence_before] == [rows[1].id]
    # a dominant side survives some dissent: 3 support vs 1 oppose is still an alliance
    rows2 = [s("Ann", "Bob", "support", f"2024-0{m}-01") for m in (1, 2, 3)]
    rows2 += [s("Ann", "Bob", "oppose", "2024-04-01"), s("Ann", "Bob", "support", "2025-01-01")]
    assert pair_flips(StatementTable.from_statements(rows2)) == []


def test_duplicates_in_one_article_do_not_outweigh_other_articles() -> None:
    rows = [s("Ann", "Bob", "support", "2024-01-01", doc="a1")]
    rows += [s("Ann", "Bob", "oppose", "2024-02-01", doc="a2") for _ in range(5)]
    rows += [s("Ann", "Bob", "support", "2024-03-01", doc="a3")]
    rows += [s("Ann", "Bob", "oppose", "2025-01-01")]
    t = StatementTable.from_statements(rows)
    # per document: 2 support vs 1 oppose in 2024 -> not clear (dominance 1/3 < 0.5): no flip
    assert pair_flips(t) == []
    # counting every repetition, 2024 is a clear conflict and 2025 too: still no flip
    assert pair_flips(t, duplicates="none") == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_planted_pair_flips_are_recovered_exactly(seed: int) -> None:
    stmts, plan = planted_stream(
        n_camps=2, actors_per_camp=5, years=(2022, 2023, 2024), per_year=500,
        flips=((0, 1, 2023), (2, 7, 2024)), seed=seed,
    )  # fmt: skip
    t = StatementTable.from_statements(stmts)
    found = pair_flips(t)
    expected = {(frozenset({a, b}), str(y - 1), str(y)) for a, b, y in plan.flips}
    assert pairs(found) == expected
    for flip in found:
        a, b = flip.actors
        assert all({e.source, e.target} == {a, b} for e in flip.evidence_before)
        assert all(e.polarity == "support" for e in flip.evidence_before)
        assert all(e.polarity == "oppose" for e in flip.evidence_after)


@settings(max_examples=15, deadline=None)
@given(
    st.integers(2, 4),
    st.integers(0, 10_000),
    st.sampled_from(["year", "quarter"]),
    st.floats(0.0, 0.4),
)
def test_stable_streams_have_no_realignments(
    n_camps: int, seed: int, window: str, neutral: float
) -> None:
    stmts, _ = planted_stream(
        n_camps=n_camps, actors_per_camp=4, years=(2022, 2023, 2024), per_year=250,
        neutral_share=neutral, seed=seed,
    )  # fmt: skip
    t = StatementTable.from_statements(stmts)
    assert realignments(t, window) == []


def test_planted_camp_change_and_issue_splits() -> None:
    stmts, _plan = planted_stream(
        n_camps=2, actors_per_camp=5, years=(2023, 2024), per_year=800,
        moves=((3, 1, 2024),), seed=11,
    )  # fmt: skip
    t = StatementTable.from_statements(stmts)
    changes = camp_changes(t)
    assert [c.actors[0] for c in changes] == ["c0a3"]
    (change,) = changes
    assert (change.before, change.after) == ("2023", "2024")
    assert set(change.actors[1:]) <= {"c0a0", "c0a1", "c0a2", "c0a4"}
    assert change.evidence_before and change.evidence_after
    assert all("c0a3" in (e.source, e.target) for e in change.evidence_before)
    splits = issue_splits(t)
    assert splits, "the mover now takes the other side on the issues"
    for split in splits:
        assert "c0a3" in split.actors and split.after == "2024"
        sides = split.details
        assert ("c0a3" in sides["support"]) != ("c0a3" in sides["oppose"])
        assert all(e.target == split.issue for e in split.evidence_after)
    everything = realignments(t)
    assert [x.strength for x in everything] == sorted((x.strength for x in everything),
                                                      reverse=True)  # fmt: skip
    # the mover's relations to its former allies flipped as well; nobody else's did
    assert all("c0a3" in x.actors for x in everything if x.kind == "pair-flip")


def test_noisy_stream_ranks_planted_flips_first() -> None:
    stmts, plan = planted_stream(
        n_camps=2, actors_per_camp=6, years=(2022, 2023, 2024), per_year=600, noise=0.05,
        flips=((0, 1, 2023), (4, 9, 2024)), flip_statements=4, seed=4,
    )  # fmt: skip
    t = StatementTable.from_statements(stmts)
    found = pair_flips(t)
    expected = {(frozenset({a, b}), str(y - 1), str(y)) for a, b, y in plan.flips}
    assert pairs(found[:2]) == expected


def test_issue_split_of_direct_allies() -> None:
    rows = [
        s("Ann", "Bob", "support", "2024-02-01"),
        s("Ann", "tax", "support", "2025-02-01", kind="concept"),
        s("Bob", "tax", "oppose", "2025-03-01", kind="concept"),
        s("Cid", "tax", "oppose", "2025-03-01", kind="concept"),  # never allied with Ann
    ]
    t = StatementTable.from_statements(rows)
    (split,) = issue_splits(t)
    assert split.issue == "tax" and set(split.actors) == {"Ann", "Bob"}
    assert [e.id for e in split.evidence_before] == [rows[0].id]
    assert {e.id for e in split.evidence_after} == {rows[1].id, rows[2].id}
    # allies who keep agreeing are no split
    same = [rows[0], rows[1], s("Bob", "tax", "support", "2025-03-01", kind="concept")]
    assert issue_splits(StatementTable.from_statements(same)) == []


def test_relation_series_and_kinds_filter() -> None:
    rows = [s("Ann", "Bob", "support", "2023-02-01"), s("Bob", "Ann", "oppose", "2025-02-01")]
    t = StatementTable.from_statements(rows)
    series = relation_series(t, "Ann", "Bob", time_windows(t, "year"))
    assert [(r["window"], r["net"]) for r in series] == [("2023", 1.0), ("2024", 0.0),
                                                          ("2025", -1.0)]  # fmt: skip
    assert realignments(t, kinds=("issue-split",)) == []
    (flip,) = realignments(t, kinds=("pair-flip",))
    assert (flip.before, flip.after) == ("2023", "2025")  # the empty year is skipped


def test_issue_split_needs_a_new_issue_or_a_backed_change_of_sides() -> None:
    allies = [s("Ann", "Bob", "support", "2024-02-01"), s("Bob", "Ann", "support", "2024-03-01")]
    after = [
        s("Ann", "tax", "support", "2025-02-01", kind="concept"),
        s("Bob", "tax", "oppose", "2025-03-01", kind="concept"),
    ]
    # the issue was already debated (by Cid) and neither ally changed sides: no split
    debated = [*allies, s("Cid", "tax", "oppose", "2024-05-01", kind="concept"), *after]
    assert issue_splits(StatementTable.from_statements(debated)) == []
    # Bob supported the tax before; one statement against it is not enough to call a change
    switched_once = [*allies, s("Bob", "tax", "support", "2024-05-01", kind="concept"), *after]
    assert issue_splits(StatementTable.from_statements(switched_once)) == []
    # two statements (two articles) are
    switched = [*switched_once, s("Bob", "tax", "oppose", "2025-04-01", kind="concept")]
    (split,) = issue_splits(StatementTable.from_statements(switched))
    assert split.details == {"support": ["Ann"], "oppose": ["Bob"]}
    assert issue_splits(StatementTable.from_statements(switched), min_switch=3) == []


def test_no_split_between_actors_who_already_disagreed() -> None:
    rows = [
        s("Ann", "Bob", "support", "2024-02-01"),
        s("Bob", "Ann", "support", "2024-02-02"),
        s("Ann", "vat", "support", "2024-03-01", kind="concept"),
        s("Bob", "vat", "oppose", "2024-03-01", kind="concept"),
        s("Ann", "tax", "support", "2025-02-01", kind="concept"),
        s("Bob", "tax", "oppose", "2025-03-01", kind="concept"),
    ]
    assert issue_splits(StatementTable.from_statements(rows)) == []
    assert issue_splits(StatementTable.from_statements(rows[:2] + rows[4:]))  # without vat: split


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 60))
def test_neutral_statements_never_change_realignments(seed: int, n_neutral: int) -> None:
    import random

    stmts, _ = planted_stream(
        n_camps=2, actors_per_camp=4, years=(2022, 2023, 2024), per_year=150,
        flips=((0, 5, 2023),), moves=((1, 1, 2024),), seed=seed,
    )  # fmt: skip
    rng = random.Random(seed)
    names = sorted({x.source for x in stmts})
    extra = []
    for _ in range(n_neutral):
        a, b = rng.sample(names, 2)
        year = rng.choice([2021, 2022, 2023, 2024, 2025])
        day = f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        if rng.random() < 0.5:
            extra.append(s(a, b, "neutral", day))
        else:
            extra.append(s(a, f"issue{rng.randint(0, 7)}", "neutral", day, kind="concept"))
    found = realignments(StatementTable.from_statements(stmts))
    assert any(x.kind == "pair-flip" and set(x.actors) == {"c0a0", "c1a1"} for x in found)
    base = [(x.kind, x.summary) for x in found]
    with_neutral = StatementTable.from_statements(stmts + extra)
    assert [(x.kind, x.summary) for x in realignments(with_neutral)] == base


def test_evidence_without_kept_statements() -> None:
    rows = [s("Ann", "Bob", "support", "2024-03-01"), s("Ann", "Bob", "oppose", "2025-03-01")]
    t = StatementTable.from_statements(rows, keep_statements=False)
    (flip,) = pair_flips(t)
    assert flip.evidence_before[0].id == rows[0].id and flip.evidence_before[0].text == ""
    assert flip.evidence_after[0].polarity == "oppose"


def test_break_within_one_year_needs_a_clean_split_in_time() -> None:
    clean = [
        s("Ann", "Bob", "support", "2025-02-01"),
        s("Bob", "Ann", "support", "2025-03-05"),
        s("Ann", "Bob", "oppose", "2025-09-01"),
    ]
    (flip,) = realignments(StatementTable.from_statements(clean))
    assert (flip.before, flip.after) == ("2025-02..2025-03", "2025-09")
    interleaved = [*clean, s("Ann", "Bob", "support", "2025-10-01")]
    assert realignments(StatementTable.from_statements(interleaved)) == []
    same_day = [s("Ann", "Bob", "support", "2025-02-01", doc="d"),
                s("Ann", "Bob", "oppose", "2025-02-01", doc="d")]  # fmt: skip
    assert realignments(StatementTable.from_statements(same_day)) == []


def test_break_within_one_month_is_labelled_by_day() -> None:
    rows = [s("Ann", "Bob", "support", "2025-02-01"), s("Ann", "Bob", "oppose", "2025-02-20")]
    (flip,) = pair_flips(StatementTable.from_statements(rows))
    assert (flip.before, flip.after) == ("2025-02-01", "2025-02-20")
