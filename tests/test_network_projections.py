"""Actor, two-mode and projection networks; property tests of the projections."""

from __future__ import annotations

import math
from itertools import combinations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegiance.model import Span, Statement
from allegiance.network import (
    StatementTable,
    actor_network,
    conflict_network,
    congruence_network,
    position_matrices,
    projection_matrix,
    subtract_network,
    time_windows,
    to_day,
    two_mode_network,
)

NORMS = ["none", "average", "jaccard", "cosine"]

# a position: (actor index, issue index, sign, document index)
positions = st.lists(
    st.tuples(st.integers(0, 5), st.integers(0, 3), st.sampled_from([1, -1, 0]), st.integers(0, 3)),
    min_size=1,
    max_size=40,
)


def table_of(rows: list[tuple[int, int, int, int]]) -> StatementTable:
    n = len(rows)
    return StatementTable.from_arrays(
        actors=[f"a{i}" for i in range(6)],
        issues=[f"i{k}" for k in range(4)],
        source=[r[0] for r in rows],
        target=[r[1] for r in rows],
        kind=[1] * n,
        sign=[r[2] for r in rows],
        day=[to_day("2024-01-01")] * n,
        doc=[r[3] for r in rows],
    )


def brute_sets(rows: list[tuple[int, int, int, int]]) -> dict[int, set[tuple[int, int]]]:
    """Binary DNA positions: actor -> {(issue, qualifier)} (neutral ignored)."""
    out: dict[int, set[tuple[int, int]]] = {i: set() for i in range(6)}
    for a, k, s, _ in rows:
        if s:
            out[a].add((k, s))
    return out


@settings(max_examples=80, deadline=None)
@given(positions, st.sampled_from(NORMS), st.booleans())
def test_projection_symmetry_and_bounds(rows: list, norm: str, binary: bool) -> None:
    t = table_of(rows)
    c = projection_matrix(t, qualifier="congruence", normalization=norm, binary=binary).toarray()
    x = projection_matrix(t, qualifier="conflict", normalization=norm, binary=binary).toarray()
    s = projection_matrix(t, qualifier="subtract", normalization=norm, binary=binary).toarray()
    for m in (c, x, s):
        assert np.allclose(m, m.T)
        assert np.all(np.diag(m) == 0)
    assert np.all(c >= 0) and np.all(x >= 0)
    assert np.allclose(s, c - x)
    if norm != "none":
        assert np.all(c <= 1 + 1e-12) and np.all(x <= 1 + 1e-12)
        assert np.all(s >= -1 - 1e-12) and np.all(s <= 1 + 1e-12)


@settings(max_examples=80, deadline=None)
@given(positions)
def test_binary_projections_match_dna_definitions(rows: list) -> None:
    t = table_of(rows)
    sets = brute_sets(rows)
    mats = {
        (q, n): projection_matrix(t, qualifier=q, normalization=n, binary=True).toarray()
        for q in ("congruence", "conflict")
        for n in NORMS
    }
    for i, j in combinations(range(6), 2):
        si, sj = sets[i], sets[j]
        agree = len(si & sj)
        disagree = len({(k, -q) for k, q in si} & sj)
        assert mats[("congruence", "none")][i, j] == agree
        assert mats[("conflict", "none")][i, j] == disagree
        for q, v in (("congruence", agree), ("conflict", disagree)):
            ai, aj = len(si), len(sj)
            exp_avg = v / ((ai + aj) / 2) if ai + aj else 0.0
            exp_jac = v / (ai + aj - v) if ai + aj - v else 0.0
            exp_cos = v / math.sqrt(ai * aj) if ai * aj else 0.0
            assert mats[(q, "average")][i, j] == pytest.approx(exp_avg)
            assert mats[(q, "jaccard")][i, j] == pytest.approx(exp_jac)
            assert mats[(q, "cosine")][i, j] == pytest.approx(exp_cos)
    # congruence on binary positions = Jaccard of the (issue, qualifier) sets
    for i, j in combinations(range(6), 2):
        u = sets[i] | sets[j]
        if u:
            assert mats[("congruence", "jaccard")][i, j] == pytest.approx(
                len(sets[i] & sets[j]) / len(u)
            )


@settings(max_examples=60, deadline=None)
@given(positions, st.integers(0, 5), st.sampled_from(NORMS))
def test_flipping_an_actor_swaps_congruence_and_conflict(rows: list, who: int, norm: str) -> None:
    flipped = [(a, k, -s if a == who else s, d) for a, k, s, d in rows]
    t, tf = table_of(rows), table_of(flipped)
    c = projection_matrix(t, qualifier="congruence", normalization=norm).toarray()
    x = projection_matrix(t, qualifier="conflict", normalization=norm).toarray()
    cf = projection_matrix(tf, qualifier="congruence", normalization=norm).toarray()
    xf = projection_matrix(tf, qualifier="conflict", normalization=norm).toarray()
    others = [j for j in range(6) if j != who]
    assert np.allclose(cf[who, others], x[who, others])
    assert np.allclose(xf[who, others], c[who, others])
    rest = np.ix_(others, others)
    assert np.allclose(cf[rest], c[rest]) and np.allclose(xf[rest], x[rest])


@settings(max_examples=60, deadline=None)
@given(positions)
def test_duplicates_per_document_never_increase_counts(rows: list) -> None:
    t = table_of(rows)
    full = projection_matrix(t).toarray()
    per_doc = projection_matrix(t, duplicates="document").toarray()
    binary = projection_matrix(t, binary=True).toarray()
    assert np.all(per_doc <= full + 1e-12)
    assert np.all(binary <= per_doc + 1e-12)
    p, n = position_matrices(t, duplicates="document")
    docs = {(a, k, s, d) for a, k, s, d in rows if s}
    assert p.sum() + n.sum() == pytest.approx(len(docs))


def test_network_graph_attributes_and_evidence() -> None:
    # A and B agree on x (support), disagree on y; C opposes x
    t = table_of([(0, 0, 1, 0), (1, 0, 1, 1), (0, 1, 1, 0), (1, 1, -1, 1), (2, 0, -1, 2)])
    g = congruence_network(t)
    assert g["a0"]["a1"]["weight"] == 1.0 and g["a0"]["a1"]["agree"] == ["i0"]
    assert set(g.nodes()) == {"a0", "a1", "a2"}
    gx = conflict_network(t)
    assert gx["a0"]["a1"]["disagree"] == ["i1"] and gx["a0"]["a2"]["weight"] == 1.0
    gs = subtract_network(t)
    assert gs["a0"]["a1"]["weight"] == 0.0  # agree on one, disagree on one: an edge of weight 0
    assert gs["a0"]["a2"]["sign"] == -1
    assert gs.graph["kind"] == "subtract"


def test_projection_rejects_unknown_options() -> None:
    t = table_of([(0, 0, 1, 0)])
    with pytest.raises(ValueError):
        projection_matrix(t, qualifier="agreement")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        projection_matrix(t, normalization="zscore")  # type: ignore[arg-type]


def _st(src: str, tgt: str, pol: str, day: str, sid: int, doc: str = "d", kind: str = "actor"):
    return Statement(
        doc,
        src,
        tgt,
        pol,
        Span(0, 1, "x"),
        date=day,
        id=sid,  # type: ignore[arg-type]
        target_kind=kind,
    )  # type: ignore[arg-type]


def test_actor_network_weights_and_evidence_ids() -> None:
    rows = [
        _st("A", "B", "support", "2024-01-01", 10, "d1"),
        _st("A", "B", "support", "2024-01-02", 11, "d1"),  # duplicate in the same document
        _st("A", "B", "oppose", "2024-02-01", 12, "d2"),
        _st("B", "A", "oppose", "2024-02-01", 13, "d2"),
        _st("B", "A", "neutral", "2024-02-01", 14, "d3"),
        _st("A", "A", "support", "2024-02-01", 15, "d3"),  # self-statement ignored
        _st("A", "tax", "support", "2024-02-01", 16, "d3", "concept"),
    ]
    t = StatementTable.from_statements(rows)
    g = actor_network(t)
    assert g.is_directed() and set(g.edges()) == {("A", "B"), ("B", "A")}
    ab = g["A"]["B"]
    assert (ab["support"], ab["oppose"], ab["weight"], ab["sign"]) == (2.0, 1.0, 1.0, 1)
    assert sorted(ab["statements"]) == [10, 11, 12]
    assert g["B"]["A"]["statements"] == [13]  # the neutral one is not a side
    gd = actor_network(t, duplicates="document")
    assert gd["A"]["B"]["support"] == 1.0 and sorted(gd["A"]["B"]["statements"]) == [10, 11, 12]
    gu = actor_network(t, directed=False)
    assert not gu.is_directed() and gu["A"]["B"]["weight"] == 0.0
    gn = actor_network(t, include_neutral=True)
    assert gn["B"]["A"]["neutral"] == 1.0 and sorted(gn["B"]["A"]["statements"]) == [13, 14]


def test_two_mode_positions() -> None:
    rows = [
        _st("A", "tax", "support", "2024-01-01", 1, "d1", "concept"),
        _st("A", "tax", "support", "2024-01-01", 2, "d2", "concept"),
        _st("A", "tax", "oppose", "2024-01-01", 3, "d3", "concept"),
        _st("B", "A", "oppose", "2024-01-01", 4, "d3"),
        _st("B", "B", "oppose", "2024-01-01", 5, "d3", "concept"),  # issue named like an actor
    ]
    t = StatementTable.from_statements(rows)
    g = two_mode_network(t)
    assert g["A"]["tax"]["position"] == pytest.approx(1 / 3)
    assert g.nodes["tax"]["bipartite"] == 1 and g.nodes["A"]["bipartite"] == 0
    assert g.has_edge("B", "issue:B") and g.nodes["issue:B"]["label"] == "B"
    assert not g.has_edge("B", "A")  # actor -> actor statements are not positions


def test_windows_restrict_and_weight_networks() -> None:
    rows = [
        _st("A", "x", "support", "2023-06-01", 1, "d1", "concept"),
        _st("B", "x", "support", "2023-06-01", 2, "d2", "concept"),
        _st("A", "x", "support", "2024-06-01", 3, "d3", "concept"),
        _st("B", "x", "oppose", "2024-06-01", 4, "d4", "concept"),
    ]
    t = StatementTable.from_statements(rows)
    w23, w24 = time_windows(t, "year")
    assert congruence_network(t, w23)["A"]["B"]["weight"] == 1.0
    assert not congruence_network(t, w24).has_edge("A", "B")
    assert conflict_network(t, w24)["A"]["B"]["weight"] == 1.0
    # a kernel window down-weights statements away from its centre
    mw = time_windows(t, "moving", width=800, step=800, kernel="triangular")[0]
    c = projection_matrix(t, mw).toarray()
    x = projection_matrix(t, mw, qualifier="conflict").toarray()
    assert 1.0 < c[0, 1] < 1.1  # 2023 at the centre (weight 1), 2024 near the edge
    assert 0.0 < x[0, 1] < 0.1


@settings(max_examples=40, deadline=None)
@given(positions, st.sampled_from(NORMS), st.sampled_from(["congruence", "conflict", "subtract"]))
def test_sparse_and_dense_paths_agree(rows: list, norm: str, qualifier: str) -> None:
    import allegiance.network.build as build

    t = table_of(rows)
    dense = projection_matrix(t, qualifier=qualifier, normalization=norm).toarray()  # type: ignore[arg-type]
    saved = build.DENSE_LIMIT
    build.DENSE_LIMIT = 0
    try:
        sparse = projection_matrix(t, qualifier=qualifier, normalization=norm).toarray()  # type: ignore[arg-type]
    finally:
        build.DENSE_LIMIT = saved
    assert np.allclose(dense, sparse)


def test_quotes_and_network_series() -> None:
    from allegiance.network import network_series

    rows = [
        _st("A", "B", "support", "2024-01-01", 7, "d1"),
        _st("A", "B", "oppose", "2025-01-01", 8, "d2"),
        _st("A", "tax", "support", "2025-02-01", 9, "d3", "concept"),
    ]
    rows[0].evidence = Span(0, 9, "A backs B")
    t = StatementTable.from_statements(rows)
    g = actor_network(t, quotes=3)
    assert g["A"]["B"]["quotes"] == ["A backs B", "x"]
    assert "quotes" not in actor_network(t)["A"]["B"]
    assert two_mode_network(t, quotes=1)["A"]["tax"]["quotes"] == ["x"]
    series = network_series(t, "actor", "year")
    assert [(w.label, g["A"]["B"]["weight"]) for w, g in series] == [("2024", 1.0), ("2025", -1.0)]
    two = network_series(t, "two-mode", "year")
    assert [g.number_of_edges() for _, g in two] == [0, 1]


def test_two_mode_normalisations_and_combine() -> None:
    rows = [
        _st("A", "tax", "support", "2024-01-01", 1, "d1", "concept"),
        _st("A", "tax", "oppose", "2024-01-01", 2, "d2", "concept"),
        _st("A", "vat", "support", "2024-01-01", 3, "d3", "concept"),
        _st("A", "vat", "support", "2024-01-01", 4, "d4", "concept"),
        _st("B", "vat", "oppose", "2024-01-01", 5, "d5", "concept"),
    ]
    t = StatementTable.from_statements(rows)
    g = two_mode_network(t)
    assert (g["A"]["tax"]["combine"], g["A"]["vat"]["combine"], g["B"]["vat"]["combine"]) == (
        3,
        1,
        2,
    )
    act = two_mode_network(t, normalization="activity")
    assert act["A"]["vat"]["weight"] == pytest.approx(2 / 4)  # A made 4 position statements
    assert act["A"]["vat"]["support"] == 2.0
    prom = two_mode_network(t, normalization="prominence")
    assert prom["B"]["vat"]["weight"] == pytest.approx(-1 / 3)  # 3 statements on vat
    with pytest.raises(ValueError):
        two_mode_network(t, normalization="cosine")
