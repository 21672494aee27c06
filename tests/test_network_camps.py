"""Camps, polarisation and structural balance on planted signed networks."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegiance.network import (
    StatementTable,
    camp_series,
    find_camps,
    frustration,
    polarization,
    signed_network,
    structural_balance,
    time_windows,
)
from allegiance.network.synth import planted_stream


def same_partition(found: dict, truth: dict) -> bool:
    """True when two labelings group the same nodes together (labels may differ)."""
    nodes = sorted(truth)
    return all(
        (found[a] == found[b]) == (truth[a] == truth[b]) for a in nodes for b in nodes if a < b
    )


@settings(max_examples=40, deadline=None)
@given(
    st.integers(2, 5),
    st.integers(2, 6),
    st.sampled_from([0.3, 0.6, 1.0]),
    st.integers(0, 10_000),
)
def test_balanced_graphs_are_split_exactly(k: int, size: int, density: float, seed: int) -> None:
    rng = np.random.default_rng(seed)
    truth = {f"n{i}": i // size for i in range(k * size)}
    g = nx.Graph()
    g.add_nodes_from(truth)
    nodes = list(truth)
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            same = truth[a] == truth[b]
            # camps are cliques of allies; other ties are random hostility
            if same or rng.random() < density:
                g.add_edge(a, b, weight=float(rng.integers(1, 4)) * (1 if same else -1))
    camps = find_camps(g)
    assert frustration(g, camps) == 0.0  # a clusterable graph is split without frustration
    # planted camps are cliques of allies: never torn apart
    assert all(camps[a] == camps[b] for a in truth for b in truth if truth[a] == truth[b])
    # actors with a hostile tie are never put together
    assert all(camps[a] != camps[b] for a, b, w in g.edges(data="weight") if w < 0)
    tied = {frozenset(e) for e in g.edges()}
    if all(frozenset((a, b)) in tied for a in truth for b in truth if a < b):
        assert same_partition(camps, truth)  # every pair tied: the planted split is the only one
    has_hostility = any(w < 0 for *_, w in g.edges(data="weight"))
    assert polarization(g, camps) == (1.0 if has_hostility else 0.0)
    balance = structural_balance(g)
    assert balance["weak_balance"] == 1.0  # clusterable: no triangle with exactly one enemy
    if k == 2:
        assert balance["triangle_balance"] == 1.0


@pytest.mark.parametrize(("n_camps", "noise"), [(2, 0.0), (3, 0.0), (4, 0.0), (2, 0.05), (3, 0.05)])
def test_planted_camps_recovered_from_statements(n_camps: int, noise: float) -> None:
    stmts, plan = planted_stream(
        n_camps=n_camps, actors_per_camp=6, years=(2024,), per_year=1500, noise=noise, seed=3
    )
    t = StatementTable.from_statements(stmts)
    g = signed_network(t)
    camps = find_camps(g)
    assert same_partition(camps, plan.camps)
    # at least as good a partition as the planted one (issue agreement between camps that
    # happen to share positions is real frustration of the planted camps too)
    assert frustration(g, camps) <= frustration(g, plan.camps) + 1e-9


def test_camps_are_numbered_by_size_and_isolates_alone() -> None:
    g = nx.Graph()
    g.add_weighted_edges_from(
        [("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("x", "y", 1), ("a", "x", -1)]
    )
    g.add_node("lonely")
    camps = find_camps(g)
    assert camps["a"] == camps["b"] == camps["c"] == 0
    assert camps["x"] == camps["y"] == 1
    assert camps["lonely"] not in (0, 1)


def test_an_actor_repelled_by_everyone_gets_its_own_camp() -> None:
    g = nx.Graph()
    g.add_weighted_edges_from([("a", "b", 2), ("a", "c", 2), ("b", "c", 2)])
    g.add_weighted_edges_from([("z", "a", -1), ("z", "b", -1), ("z", "c", -1)])
    camps = find_camps(g)
    assert len({camps["a"], camps["b"], camps["c"]}) == 1 and camps["z"] != camps["a"]
    assert len(set(camps.values())) == 2


def test_polarization_extremes_and_frustration_bounds() -> None:
    consensual = nx.Graph()
    consensual.add_weighted_edges_from([("a", "b", 1), ("b", "c", 1)])
    assert polarization(consensual, find_camps(consensual)) == 0.0
    mixed = nx.Graph()
    mixed.add_weighted_edges_from(
        [("a", "b", 1), ("b", "c", -1), ("a", "c", -1), ("c", "d", 1), ("a", "d", 1)]
    )
    camps = find_camps(mixed)
    f = frustration(mixed, camps)
    assert 0.0 < f < 1.0  # an unbalanced cycle cannot be satisfied
    assert 0.0 <= polarization(mixed, camps) <= 1.0
    everyone_apart = {n: i for i, n in enumerate(mixed)}
    assert frustration(mixed, everyone_apart) == pytest.approx(3 / 5)


def test_structural_balance_counts_triangles() -> None:
    g = nx.Graph()
    g.add_weighted_edges_from([("a", "b", 1), ("b", "c", 1), ("a", "c", -1)])  # unbalanced
    g.add_weighted_edges_from([("c", "d", -1), ("b", "d", -1)])  # b-c-d: + - - balanced
    b = structural_balance(g)
    assert b["triangles"] == 2 and b["balanced_triangles"] == 1
    assert b["triangle_balance"] == 0.5 and b["weak_balance"] == 0.5
    assert 0 < b["frustration"] < 1 and b["balance"] == pytest.approx(1 - b["frustration"])


def test_camp_series_tracks_a_mover_and_polarisation() -> None:
    stmts, _plan = planted_stream(
        n_camps=2, actors_per_camp=5, years=(2023, 2024), per_year=800, moves=((0, 1, 2024),),
        seed=5,
    )  # fmt: skip
    t = StatementTable.from_statements(stmts)
    rows = camp_series(t, time_windows(t, "year"))
    assert [r["window"] for r in rows] == ["2023", "2024"]
    first, second = rows[0]["camps"], rows[1]["camps"]
    assert ["c0a0", "c0a1", "c0a2", "c0a3", "c0a4"] in first
    assert ["c0a0", "c1a0", "c1a1", "c1a2", "c1a3", "c1a4"] in second
    assert all(r["polarization"] == pytest.approx(1.0) for r in rows)
    assert nx.get_node_attributes(rows[1]["graph"], "camp")["c0a0"] == 0


def test_signed_network_combines_direct_and_issue_ties() -> None:
    t = StatementTable.from_arrays(
        actors=["A", "B", "C"], issues=["x"], source=[0, 0, 1, 2], target=[1, 0, 0, 0],
        kind=[0, 1, 1, 1], sign=[1, 1, -1, 1], day=[0, 0, 0, 0],
    )  # fmt: skip
    g = signed_network(t, issue_weight=0.5)
    assert g["A"]["B"]["direct"] == 1.0 and g["A"]["B"]["issues"] == -1.0
    assert g["A"]["B"]["weight"] == pytest.approx(0.5)
    assert g["A"]["C"]["weight"] == pytest.approx(0.5) and g["A"]["C"]["direct"] == 0.0
    only_direct = signed_network(t, issue_weight=0.0)
    assert set(map(frozenset, only_direct.edges())) == {frozenset({"A", "B"})}
