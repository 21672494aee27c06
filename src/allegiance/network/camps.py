"""Camps on signed actor networks: clustering, polarisation, structural balance.

The signed network used here (:func:`signed_network`) joins two kinds of evidence between two
actors: what they say about each other (direct support/opposition, both directions summed)
and, with a smaller weight, whether they take the same or opposite sides on issues (the
normalised subtract projection).

:func:`find_camps` partitions actors so that positive ties fall inside camps and negative
ties between them: starting from a signed spectral bipartition of each connected component
(smallest eigenvector of the signed Laplacian) and from the components of the positive ties,
greedy frustration minimisation moves single actors, splits and merges camps. This is a local
search for correlation clustering; the number of camps is not fixed in advance.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from itertools import combinations

import networkx as nx
import numpy as np
import scipy.linalg
import scipy.sparse as sp
from scipy.sparse.linalg import ArpackNoConvergence, eigsh

from allegiance.network.build import (
    Duplicates,
    actor_network,
    projection_matrix,
    window_rows,
)
from allegiance.network.table import StatementTable
from allegiance.network.windows import Window

Node = Hashable


def signed_network(
    table: StatementTable,
    window: Window | None = None,
    *,
    issue_weight: float = 0.5,
    duplicates: Duplicates = "document",
) -> nx.Graph:
    """Undirected signed actor network joining direct statements and shared issues.

    Parameters
    ----------
    table : StatementTable
    window : Window, optional
    issue_weight : float, default 0.5
        Weight of the issue-based relation (the cosine-normalised subtract projection, in
        [-1, 1]) relative to one direct statement. 0 uses direct statements only.
    duplicates : {"none", "document", "week", "month", "year"}, default "document"

    Returns
    -------
    networkx.Graph
        Edge attributes: ``weight`` (the sum), ``direct`` (support - oppose between the two,
        both directions), ``issues`` (the projection value), ``statements`` (ids of the
        direct statements).

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A", "B", "C"], issues=["x"],
    ...     source=[0, 1, 2], target=[1, 0, 0], kind=[0, 1, 1], sign=[-1, 1, -1],
    ...     day=[0, 0, 0])
    >>> g = signed_network(t)
    >>> g["A"]["B"]["weight"], g["B"]["C"]["weight"]
    (-1.0, -0.5)
    """
    direct = actor_network(table, window, directed=False, duplicates=duplicates)
    g = nx.Graph()
    g.graph.update(direct.graph)
    g.graph["kind"] = "signed"
    g.add_nodes_from(direct.nodes(data=True))
    for a, b, d in direct.edges(data=True):
        g.add_edge(
            a,
            b,
            weight=d["weight"],
            direct=d["weight"],
            issues=0.0,
            statements=list(d["statements"]),
        )
    if issue_weight:
        mat = projection_matrix(
            table, window, qualifier="subtract", normalization="cosine", duplicates=duplicates
        )
        coo = sp.triu(mat, k=1).tocoo()
        rows, _ = window_rows(table, window)
        present = set(table.source[rows][table.kind[rows] == 1].tolist())
        for code in present:
            name = table.actors[code]
            if name not in g:
                g.add_node(
                    name,
                    label=name,
                    mode="actor",
                    type="organization" if table.actor_type[code] else "person",
                )
        for i, j, v in zip(coo.row.tolist(), coo.col.tolist(), coo.data.tolist(), strict=True):
            a, b = table.actors[i], table.actors[j]
            if g.has_edge(a, b):
                e = g[a][b]
                e["issues"] = float(v)
                e["weight"] = e["direct"] + issue_weight * float(v)
            else:
                g.add_edge(
                    a, b, weight=issue_weight * float(v), direct=0.0, issues=float(v), statements=[]
                )
    return g


def _adjacency(g: nx.Graph, weight: str) -> tuple[list[Node], dict[int, dict[int, float]]]:
    nodes = list(g.nodes())
    index = {n: i for i, n in enumerate(nodes)}
    adj: dict[int, dict[int, float]] = defaultdict(dict)
    for a, b, d in g.edges(data=True):
        if a == b:
            continue
        w = float(d.get(weight, 1.0) or 0.0)
        if w == 0.0:
            continue
        i, j = index[a], index[b]
        adj[i][j] = adj[i].get(j, 0.0) + w
        adj[j][i] = adj[j].get(i, 0.0) + w
    return nodes, adj


def _spectral_split(members: list[int], adj: dict[int, dict[int, float]]) -> dict[int, int]:
    """Bipartition of one component by the signed Laplacian's smallest eigenvector."""
    n = len(members)
    pos = {v: k for k, v in enumerate(members)}
    r, c, w = [], [], []
    for v in members:
        for u, x in adj[v].items():
            r.append(pos[v])
            c.append(pos[u])
            w.append(x)
    a = sp.csr_matrix((w, (r, c)), shape=(n, n))
    deg = np.asarray(abs(a).sum(axis=1)).ravel()
    lap = sp.diags(deg) - a
    vec = None
    if n > 200:  # Lanczos on the sparse Laplacian; dense fallback if it does not converge
        try:
            v0 = np.random.default_rng(0).random(n)
            _, vecs = eigsh(
                lap.astype(np.float64), k=1, which="SA", v0=v0, tol=1e-6, maxiter=max(1000, 20 * n)
            )
            vec = vecs[:, 0]
        except ArpackNoConvergence:  # pragma: no cover - rare
            vec = None
    if vec is None:  # only the smallest eigenpair is needed
        _, vecs = scipy.linalg.eigh(lap.toarray(), subset_by_index=[0, 0], driver="evr")
        vec = vecs[:, 0]
    # orient so the largest entry is positive: deterministic labels
    if vec[np.argmax(np.abs(vec))] < 0:
        vec = -vec
    return {v: (0 if vec[pos[v]] >= -1e-12 else 1) for v in members}


def _components(members: list[int], adj: Mapping[int, Mapping[int, float]]) -> list[list[int]]:
    """Connected components of the nodes ``members`` under ``adj``."""
    seen: set[int] = set()
    out: list[list[int]] = []
    for s in members:
        if s in seen:
            continue
        comp, stack = [], [s]
        seen.add(s)
        while stack:
            v = stack.pop()
            comp.append(v)
            for u in adj[v]:
                if u not in seen:
                    seen.add(u)
                    stack.append(u)
        out.append(sorted(comp))
    return out


def _spectral_init(n: int, adj: dict[int, dict[int, float]]) -> list[int]:
    """Initial labels: each connected component split in two by the signed spectral method."""
    label = [-1] * n
    next_label = 0
    seen = [False] * n
    for s in range(n):
        if seen[s]:
            continue
        comp, stack = [], [s]
        seen[s] = True
        while stack:
            v = stack.pop()
            comp.append(v)
            for u in adj[v]:
                if not seen[u]:
                    seen[u] = True
                    stack.append(u)
        if len(comp) == 1:
            label[comp[0]] = next_label
            next_label += 1
            continue
        split = _spectral_split(sorted(comp), adj)
        for v, side in split.items():
            label[v] = next_label + side
        next_label += 2
    return label


def _positive_init(n: int, adj: dict[int, dict[int, float]]) -> list[int]:
    """Initial labels: connected components of the positive ties."""
    pos = {v: {u: x for u, x in adj[v].items() if x > 0} for v in range(n)}
    label = [-1] * n
    for k, comp in enumerate(_components(list(range(n)), pos)):
        for v in comp:
            label[v] = k
    return label


def _violations(label: list[int], adj: dict[int, dict[int, float]]) -> float:
    total = 0.0
    for v, nb in adj.items():
        for u, x in nb.items():
            if u > v and ((x < 0) == (label[u] == label[v])):
                total += abs(x)
    return total


def _refine(
    label: list[int], adj: dict[int, dict[int, float]], max_camps: int | None, max_sweeps: int
) -> list[int]:
    """Greedy frustration minimisation starting from ``label`` (modified in place)."""
    n = len(label)
    next_label = max(label, default=-1) + 1
    # greedy frustration minimisation: single-actor moves, then splits and merges of whole
    # camps (which single moves cannot reach), until nothing lowers the frustration
    size: dict[int, int] = defaultdict(int)
    for c in label:
        size[c] += 1

    def n_camps() -> int:
        return sum(1 for k in size.values() if k)

    def relabel(v: int, c: int) -> None:
        size[label[v]] -= 1
        size[c] += 1
        label[v] = c

    def local_moves() -> None:
        nonlocal next_label
        for _ in range(max_sweeps):
            moved = False
            for v in range(n):
                if not adj[v]:
                    continue
                pull: dict[int, float] = defaultdict(float)
                for u, x in adj[v].items():
                    pull[label[u]] += x
                current = pull.get(label[v], 0.0)
                best, best_val = label[v], current
                for c, val in sorted(pull.items()):
                    if val > best_val + 1e-9:
                        best, best_val = c, val
                if (
                    best_val < -1e-9
                    and size[label[v]] > 1
                    and (max_camps is None or n_camps() < max_camps)
                ):
                    best, best_val = next_label, 0.0
                    next_label += 1
                if best != label[v] and best_val > current + 1e-9:
                    relabel(v, best)
                    moved = True
            if not moved:
                return

    tried: set[frozenset[int]] = set()  # groups whose split did not pay (do not retry)

    def split_camps() -> bool:
        nonlocal next_label
        changed = False
        members_of: dict[int, list[int]] = defaultdict(list)
        for v, c in enumerate(label):
            members_of[c].append(v)
        for members in members_of.values():
            if len(members) < 2:
                continue
            mset = set(members)
            sub = {v: {u: x for u, x in adj[v].items() if u in mset} for v in members}
            for comp in _components(members, sub):
                if len(comp) < 2 or (max_camps is not None and n_camps() >= max_camps):
                    continue
                key = frozenset(comp)
                if key in tried:
                    continue
                tried.add(key)
                side = _spectral_split(comp, sub)
                part = {v for v in comp if side[v] == 1}
                if not part or len(part) == len(comp):
                    continue
                between = sum(x for v in part for u, x in sub[v].items() if u not in part)
                if between < -1e-9:
                    for v in part:
                        relabel(v, next_label)
                    next_label += 1
                    changed = True
        return changed

    def merge_camps() -> bool:
        between: dict[tuple[int, int], float] = defaultdict(float)
        for v in range(n):
            for u, x in adj[v].items():
                if u > v and label[u] != label[v]:
                    between[(min(label[u], label[v]), max(label[u], label[v]))] += x
        if not between:
            return False
        (keep, gone), val = max(between.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
        if val <= 1e-9:
            return False
        for v in range(n):
            if label[v] == gone:
                relabel(v, keep)
        return True

    local_moves()
    for _ in range(50):
        changed = split_camps()
        while merge_camps():
            changed = True
        if not changed:
            break
        local_moves()
    return label


def find_camps(
    g: nx.Graph,
    *,
    weight: str = "weight",
    max_camps: int | None = None,
    max_sweeps: int = 100,
) -> dict[Node, int]:
    """Partition the actors of a signed network into camps.

    Positive ties should fall inside camps, negative ties between camps. Two starts are
    refined and the better kept: each connected component split in two by the signed spectral
    method, and the connected components of the positive ties. Refinement moves single actors
    to the camp with the largest total tie weight to them (a new camp if all existing ones
    repel them), splits a camp in two (spectrally) when its halves are net hostile, and merges
    two camps that are net friendly, until nothing lowers the frustration. A clusterable
    (weakly balanced) network is always split without frustration.

    Parameters
    ----------
    g : networkx.Graph
        Signed, undirected (a DiGraph is symmetrised by summing both directions).
    weight : str, default "weight"
        Edge attribute with the signed weight.
    max_camps : int, optional
        Never open more camps than this (actors with no tie form their own camp anyway).
    max_sweeps : int, default 100

    Returns
    -------
    dict
        Node -> camp number; camps are numbered by size, largest first (ties by name).

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_weighted_edges_from([("a", "b", 1), ("c", "d", 1), ("a", "c", -1), ("b", "d", -1)])
    >>> c = find_camps(g)
    >>> c["a"] == c["b"] != c["c"] == c["d"]
    True
    """
    nodes, adj = _adjacency(g, weight)
    n = len(nodes)
    candidates = [
        _refine(_spectral_init(n, adj), adj, max_camps, max_sweeps),
        _refine(_positive_init(n, adj), adj, max_camps, max_sweeps),
    ]
    label = min(candidates, key=lambda lab: (_violations(lab, adj), len(set(lab))))
    groups: dict[int, list[Node]] = defaultdict(list)
    for v, c in enumerate(label):
        groups[c].append(nodes[v])
    ordered = sorted(groups.values(), key=lambda m: (-len(m), sorted(map(str, m))))
    return {node: k for k, members in enumerate(ordered) for node in members}


def _tie_sums(
    g: nx.Graph, camps: Mapping[Node, int], weight: str
) -> tuple[float, float, float, float]:
    """(positive within, negative within, positive between, negative between), absolute."""
    pw = nw = pb = nb = 0.0
    for a, b, d in g.edges(data=True):
        if a == b or a not in camps or b not in camps:
            continue
        w = float(d.get(weight, 1.0) or 0.0)
        same = camps[a] == camps[b]
        if w > 0:
            if same:
                pw += w
            else:
                pb += w
        elif w < 0:
            if same:
                nw -= w
            else:
                nb -= w
    return pw, nw, pb, nb


def frustration(g: nx.Graph, camps: Mapping[Node, int], *, weight: str = "weight") -> float:
    """Share of absolute tie weight that violates the camps (negative inside, positive between).

    Parameters
    ----------
    g : networkx.Graph
    camps : mapping node -> camp
    weight : str, default "weight"

    Returns
    -------
    float
        In [0, 1]; 0 for a perfectly balanced partition (and for a graph without ties).

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_weighted_edges_from([("a", "b", 1), ("a", "c", -1)])
    >>> frustration(g, {"a": 0, "b": 0, "c": 1}), frustration(g, {"a": 0, "b": 1, "c": 0})
    (0.0, 1.0)
    """
    pw, nw, pb, nb = _tie_sums(g, camps, weight)
    total = pw + nw + pb + nb
    return (nw + pb) / total if total else 0.0


def polarization(g: nx.Graph, camps: Mapping[Node, int], *, weight: str = "weight") -> float:
    """Polarisation index: share of divisive tie weight that runs along camp lines.

    ``P = N_between / (N_between + N_within + P_between)``: 1 when all hostility runs between
    camps and no alliance crosses them, 0 when there is no hostility between camps (e.g. one
    consensual camp).

    Parameters
    ----------
    g : networkx.Graph
    camps : mapping node -> camp
    weight : str, default "weight"

    Returns
    -------
    float in [0, 1]

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_weighted_edges_from([("a", "b", 1), ("c", "d", 1), ("a", "c", -2)])
    >>> polarization(g, find_camps(g))
    1.0
    >>> polarization(g, {"a": 0, "b": 0, "c": 0, "d": 0})
    0.0
    """
    _, nw, pb, nb = _tie_sums(g, camps, weight)
    total = nb + nw + pb
    return nb / total if total else 0.0


def structural_balance(g: nx.Graph, *, weight: str = "weight") -> dict[str, float]:
    """Structural balance of a signed network.

    Parameters
    ----------
    g : networkx.Graph
        Signed network (a DiGraph is treated as undirected, weights summed).
    weight : str, default "weight"

    Returns
    -------
    dict
        ``triangles`` (signed triangles), ``balanced_triangles`` (product of signs > 0),
        ``triangle_balance`` (their share; 1.0 when there is no triangle),
        ``weak_balance`` (share of triangles that are not "two allies with a common enemy
        who are enemies", i.e. clusterable in Davis's sense: all-negative triangles count as
        balanced when there are more than two camps), ``frustration``
        (of the camps :func:`find_camps` finds; an upper bound on the frustration index,
        normalised by total absolute weight) and ``balance`` = 1 - frustration.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_weighted_edges_from([("a", "b", 1), ("b", "c", -1), ("a", "c", -1)])
    >>> structural_balance(g)["triangle_balance"]
    1.0
    """
    nodes, adj = _adjacency(g, weight)
    tri = bal = weak = 0
    for v in range(len(nodes)):
        nb = [u for u in adj[v] if u > v]
        for u, x in combinations(nb, 2):
            if x in adj[u]:
                tri += 1
                signs = (np.sign(adj[v][u]), np.sign(adj[v][x]), np.sign(adj[u][x]))
                if signs[0] * signs[1] * signs[2] > 0:
                    bal += 1
                if sum(1 for sg in signs if sg < 0) != 1:
                    weak += 1
    camps = find_camps(g, weight=weight)
    f = frustration(g, camps, weight=weight)
    return {
        "triangles": float(tri),
        "balanced_triangles": float(bal),
        "triangle_balance": bal / tri if tri else 1.0,
        "weak_balance": weak / tri if tri else 1.0,
        "frustration": f,
        "balance": 1.0 - f,
    }


def camp_series(
    table: StatementTable,
    windows: list[Window],
    *,
    issue_weight: float = 0.5,
    duplicates: Duplicates = "document",
) -> list[dict[str, object]]:
    """Camps, polarisation and balance in every window.

    Parameters
    ----------
    table : StatementTable
    windows : list of Window
    issue_weight : float, default 0.5
        See :func:`signed_network`.
    duplicates : {"none", "document", "week", "month", "year"}, default "document"

    Returns
    -------
    list of dict
        One per window: ``window`` (label), ``start``, ``end``, ``actors`` (count),
        ``camps`` (list of member lists, largest first), ``polarization``, ``frustration``,
        ``triangle_balance``, ``graph`` (the signed network, camps in node attribute
        ``camp``).

    Examples
    --------
    >>> from allegiance.network.windows import time_windows
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=[], source=[0],
    ...     target=[1], kind=[0], sign=[-1], day=[0])
    >>> [round(r["polarization"], 2) for r in camp_series(t, time_windows(t, "all"))]
    [1.0]
    """
    out: list[dict[str, object]] = []
    for w in windows:
        g = signed_network(table, w, issue_weight=issue_weight, duplicates=duplicates)
        camps = find_camps(g)
        nx.set_node_attributes(g, camps, "camp")
        members: dict[int, list[str]] = defaultdict(list)
        for node, c in camps.items():
            members[c].append(str(node))
        bal = structural_balance(g)
        out.append(
            {
                "window": w.label,
                "start": w.start,
                "end": w.end,
                "actors": g.number_of_nodes(),
                "camps": [sorted(members[c]) for c in sorted(members)],
                "polarization": polarization(g, camps),
                "frustration": frustration(g, camps),
                "triangle_balance": bal["triangle_balance"],
                "graph": g,
            }
        )
    return out
