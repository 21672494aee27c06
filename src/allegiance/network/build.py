"""Networks from a :class:`~allegiance.network.table.StatementTable`.

* :func:`actor_network`: actor -> actor signed network from direct statements;
* :func:`two_mode_network`: actor x issue positions;
* :func:`projection_matrix` / :func:`projection_network` (and the shortcuts
  :func:`congruence_network`, :func:`conflict_network`, :func:`subtract_network`): actor x
  actor networks through shared issues, as discourse network analysis (DNA) defines them.

Every function takes an optional :class:`~allegiance.network.windows.Window` (only its rows
count, each with its kernel weight) and a ``duplicates`` rule: ``"none"`` counts every
statement, ``"document"`` / ``"week"`` / ``"month"`` / ``"year"`` count identical statements
(same source, target and polarity) once per document / calendar period.
"""

from __future__ import annotations

from typing import Literal

import networkx as nx
import numpy as np
import scipy.sparse as sp

from allegiance.network.table import ACTOR_TYPES, NO_DAY, StatementTable, _period_of_days
from allegiance.network.windows import Window

Duplicates = Literal["none", "document", "week", "month", "year"]
Qualifier = Literal["congruence", "conflict", "subtract"]
Normalization = Literal["none", "average", "jaccard", "cosine"]

DUPLICATES: tuple[str, ...] = ("none", "document", "week", "month", "year")
QUALIFIERS: tuple[str, ...] = ("congruence", "conflict", "subtract")
NORMALIZATIONS: tuple[str, ...] = ("none", "average", "jaccard", "cosine")
DENSE_LIMIT = 16_000_000
"""Projections of windows with up to this many actor pairs use dense matrix products."""


# ---------------------------------------------------------------------- row selection
def window_rows(
    table: StatementTable, window: Window | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Rows and weights of a window (all rows, weight 1, when ``window`` is None).

    Parameters
    ----------
    table : StatementTable
    window : Window, optional

    Returns
    -------
    rows : numpy.ndarray of int64
    weights : numpy.ndarray of float64

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A"], issues=["x"], source=[0], target=[0],
    ...     kind=[1], sign=[1], day=[0])
    >>> window_rows(t)[0].tolist()
    [0]
    """
    if window is None:
        n = len(table)
        return np.arange(n, dtype=np.int64), np.ones(n)
    return window.rows, window.weights


def collapse_duplicates(
    table: StatementTable,
    rows: np.ndarray,
    weights: np.ndarray,
    duplicates: str = "none",
) -> tuple[np.ndarray, np.ndarray]:
    """Keep one row per (source, target, polarity, bucket); bucket per ``duplicates``.

    Parameters
    ----------
    table : StatementTable
    rows, weights : numpy.ndarray
        Rows to consider and their weights.
    duplicates : {"none", "document", "week", "month", "year"}
        ``"none"`` keeps every row; otherwise identical statements in the same document /
        calendar week / month / year count once (the row with the largest weight is kept).

    Returns
    -------
    rows, weights : numpy.ndarray

    Examples
    --------
    >>> import numpy as np
    >>> t = StatementTable.from_arrays(actors=["A"], issues=["x"], source=[0, 0],
    ...     target=[0, 0], kind=[1, 1], sign=[1, 1], day=[0, 0], doc=[0, 0])
    >>> r, w = collapse_duplicates(t, np.arange(2), np.ones(2), "document")
    >>> r.tolist()
    [0]
    """
    if duplicates == "none" or rows.size == 0:
        return rows, weights
    if duplicates == "document":
        bucket = table.doc[rows].astype(np.int64)
    elif duplicates in ("week", "month", "year"):
        bucket = _period_of_days(table.latest_day()[rows], duplicates)
    else:
        raise ValueError(f"unknown duplicates rule {duplicates!r}; use one of {DUPLICATES}")
    src, tgt, knd, sgn = table.source[rows], table.target[rows], table.kind[rows], table.sign[rows]
    order = np.lexsort((-weights, bucket, sgn, knd, tgt, src))
    s_src, s_tgt, s_knd, s_sgn, s_b = src[order], tgt[order], knd[order], sgn[order], bucket[order]
    new = np.ones(order.shape[0], dtype=bool)
    new[1:] = (
        (s_src[1:] != s_src[:-1])
        | (s_tgt[1:] != s_tgt[:-1])
        | (s_knd[1:] != s_knd[:-1])
        | (s_sgn[1:] != s_sgn[:-1])
        | (s_b[1:] != s_b[:-1])
    )
    keep = order[new]
    keep.sort()
    return rows[keep], weights[keep]


def _group_ids(table: StatementTable, rows: np.ndarray, inverse: np.ndarray, n: int) -> list:
    """Statement ids of the rows of each group (``inverse`` maps row -> group)."""
    order = np.argsort(inverse, kind="stable")
    cuts = np.searchsorted(inverse[order], np.arange(n + 1))
    sids = table.sid[rows[order]]
    return [sids[cuts[i] : cuts[i + 1]].tolist() for i in range(n)]


def _quotes(table: StatementTable, ids: list[int], limit: int) -> dict[str, list[str]]:
    """``{"quotes": [...]}`` with the evidence texts of the first statements, or nothing."""
    if limit <= 0 or table.statements is None:
        return {}
    return {"quotes": [table.statements[table.row_of(i)].evidence.text for i in ids[:limit]]}


def _add_actor_node(g: nx.Graph, table: StatementTable, code: int) -> str:
    name = table.actors[code]
    if name not in g:
        g.add_node(name, label=name, type=ACTOR_TYPES[int(table.actor_type[code])], mode="actor")
    return name


def _window_graph_attrs(g: nx.Graph, kind: str, window: Window | None, **extra: object) -> None:
    g.graph["kind"] = kind
    if window is not None:
        g.graph["window"] = window.label
        g.graph["start"] = window.start
        g.graph["end"] = window.end
    g.graph.update({k: v for k, v in extra.items() if v is not None})


# ---------------------------------------------------------------------- actor -> actor
def actor_network(
    table: StatementTable,
    window: Window | None = None,
    *,
    directed: bool = True,
    duplicates: Duplicates = "none",
    include_neutral: bool = False,
    quotes: int = 0,
) -> nx.DiGraph | nx.Graph:
    """Signed actor -> actor network from direct statements.

    Parameters
    ----------
    table : StatementTable
    window : Window, optional
        Only its rows count, each with its weight.
    directed : bool, default True
        ``False`` merges A -> B and B -> A into one undirected edge.
    duplicates : {"none", "document", "week", "month", "year"}, default "none"
        See :func:`collapse_duplicates`.
    include_neutral : bool, default False
        Keep edges that carry only neutral statements (weight 0).
    quotes : int, default 0
        Also store up to this many evidence texts per edge (attribute ``quotes``; needs a
        table built with ``keep_statements=True``).

    Returns
    -------
    networkx.DiGraph or networkx.Graph
        Nodes: actor names with ``label``, ``type`` (person/organization), ``mode``.
        Edges: ``support``, ``oppose``, ``neutral`` (weighted counts), ``weight`` =
        support - oppose, ``sign`` (+1/-1/0) and ``statements`` (ids of every statement
        behind the edge, duplicates included: the evidence).

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=[], source=[0, 0, 1],
    ...     target=[1, 1, 0], kind=[0, 0, 0], sign=[1, 1, -1], day=[0, 0, 0])
    >>> g = actor_network(t)
    >>> g["A"]["B"]["weight"], g["B"]["A"]["sign"]
    (2.0, -1)
    >>> actor_network(t, directed=False)["A"]["B"]["weight"]
    1.0
    """
    rows, w = window_rows(table, window)
    sel = (table.kind[rows] == 0) & (table.source[rows] != table.target[rows])
    if not include_neutral:
        sel &= table.sign[rows] != 0
    rows, w = rows[sel], w[sel]
    g: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    _window_graph_attrs(g, "actor", window, duplicates=duplicates)
    if rows.size == 0:
        return g
    na = len(table.actors)
    s = table.source[rows].astype(np.int64)
    t = table.target[rows].astype(np.int64)
    if not directed:
        s, t = np.minimum(s, t), np.maximum(s, t)
    keys, inverse = np.unique(s * na + t, return_inverse=True)
    evidence = _group_ids(table, rows, inverse, keys.shape[0])
    drows, dw = collapse_duplicates(table, rows, w, duplicates)
    ds = table.source[drows].astype(np.int64)
    dt = table.target[drows].astype(np.int64)
    if not directed:
        ds, dt = np.minimum(ds, dt), np.maximum(ds, dt)
    dinv = np.searchsorted(keys, ds * na + dt)
    sign = table.sign[drows]
    k = keys.shape[0]
    sup = np.bincount(dinv, weights=dw * (sign > 0), minlength=k)
    opp = np.bincount(dinv, weights=dw * (sign < 0), minlength=k)
    neu = np.bincount(dinv, weights=dw * (sign == 0), minlength=k)
    for i, key in enumerate(keys.tolist()):
        a, b = _add_actor_node(g, table, key // na), _add_actor_node(g, table, key % na)
        weight = float(sup[i] - opp[i])
        g.add_edge(
            a,
            b,
            support=float(sup[i]),
            oppose=float(opp[i]),
            neutral=float(neu[i]),
            weight=weight,
            sign=int(np.sign(weight)),
            statements=evidence[i],
            **_quotes(table, evidence[i], quotes),
        )
    return g


# ---------------------------------------------------------------------- actor x issue
def issue_node_id(table: StatementTable, issue: str) -> str:
    """Node id of an issue in two-mode networks (``"issue:" + name`` if an actor has its name)."""
    if issue in table.actors:
        return f"issue:{issue}"
    return issue


def two_mode_network(
    table: StatementTable,
    window: Window | None = None,
    *,
    duplicates: Duplicates = "none",
    include_neutral: bool = False,
    quotes: int = 0,
    normalization: str = "none",
) -> nx.Graph:
    """Bipartite actor x issue network of positions.

    Parameters
    ----------
    table : StatementTable
    window : Window, optional
    duplicates : {"none", "document", "week", "month", "year"}, default "none"
    include_neutral : bool, default False
        Keep actor-issue pairs that only carry neutral statements.
    quotes : int, default 0
        Also store up to this many evidence texts per edge (attribute ``quotes``).
    normalization : {"none", "activity", "prominence"}, default "none"
        DNA's two-mode normalisations of ``weight``: divided by the actor's number of
        (weighted) position statements in the window (activity), or by the issue's
        (prominence). ``support``/``oppose`` stay counts.

    Returns
    -------
    networkx.Graph
        Nodes have ``bipartite`` (0 actor, 1 issue), ``mode`` and ``label``; edges have
        ``support``, ``oppose``, ``neutral``, ``weight`` = support - oppose (normalised if
        asked), ``position`` = (support - oppose) / (support + oppose) in [-1, 1], ``sign``,
        ``combine`` (DNA's combined qualifier: 1 support only, 2 oppose only, 3 both) and
        ``statements``.

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A"], issues=["tax"], source=[0, 0],
    ...     target=[0, 0], kind=[1, 1], sign=[1, -1], day=[0, 0])
    >>> two_mode_network(t)["A"]["tax"]["position"]
    0.0
    """
    rows, w = window_rows(table, window)
    sel = table.kind[rows] == 1
    if not include_neutral:
        sel &= table.sign[rows] != 0
    rows, w = rows[sel], w[sel]
    g = nx.Graph()
    _window_graph_attrs(g, "two-mode", window, duplicates=duplicates)
    if rows.size == 0:
        return g
    ni = max(len(table.issues), 1)
    keys, inverse = np.unique(
        table.source[rows].astype(np.int64) * ni + table.target[rows], return_inverse=True
    )
    evidence = _group_ids(table, rows, inverse, keys.shape[0])
    drows, dw = collapse_duplicates(table, rows, w, duplicates)
    dinv = np.searchsorted(keys, table.source[drows].astype(np.int64) * ni + table.target[drows])
    sign = table.sign[drows]
    k = keys.shape[0]
    sup = np.bincount(dinv, weights=dw * (sign > 0), minlength=k)
    opp = np.bincount(dinv, weights=dw * (sign < 0), minlength=k)
    neu = np.bincount(dinv, weights=dw * (sign == 0), minlength=k)
    if normalization not in ("none", "activity", "prominence"):
        raise ValueError(f"unknown two-mode normalization {normalization!r}")
    total_pos = sup + opp
    by = (keys // ni) if normalization == "activity" else (keys % ni)
    mass = np.bincount(by, weights=total_pos) if normalization != "none" else None
    for i, key in enumerate(keys.tolist()):
        a = _add_actor_node(g, table, key // ni)
        g.nodes[a]["bipartite"] = 0
        issue = table.issues[key % ni]
        node = issue_node_id(table, issue)
        if node not in g:
            g.add_node(node, label=issue, type="issue", mode="issue", bipartite=1)
        weight = float(sup[i] - opp[i])
        total = float(sup[i] + opp[i])
        scaled = weight
        if mass is not None:
            m = float(mass[by[i]])
            scaled = weight / m if m else 0.0
        g.add_edge(
            a,
            node,
            support=float(sup[i]),
            oppose=float(opp[i]),
            neutral=float(neu[i]),
            weight=scaled,
            position=weight / total if total else 0.0,
            sign=int(np.sign(weight)),
            combine=(1 if sup[i] > 0 else 0) + (2 if opp[i] > 0 else 0),
            statements=evidence[i],
            **_quotes(table, evidence[i], quotes),
        )
    return g


# ---------------------------------------------------------------------- projections
def position_matrices(
    table: StatementTable,
    window: Window | None = None,
    *,
    duplicates: Duplicates = "none",
    binary: bool = False,
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Actor x issue matrices of support and of opposition.

    Parameters
    ----------
    table : StatementTable
    window : Window, optional
    duplicates : {"none", "document", "week", "month", "year"}, default "none"
    binary : bool, default False
        1 where the actor took that position at least once, instead of weighted counts.

    Returns
    -------
    support, oppose : scipy.sparse.csr_matrix, shape (len(table.actors), len(table.issues))

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A"], issues=["x"], source=[0, 0],
    ...     target=[0, 0], kind=[1, 1], sign=[1, 1], day=[0, 0])
    >>> position_matrices(t)[0].toarray().tolist()
    [[2.0]]
    """
    rows, w = window_rows(table, window)
    sel = (table.kind[rows] == 1) & (table.sign[rows] != 0)
    rows, w = collapse_duplicates(table, rows[sel], w[sel], duplicates)
    shape = (len(table.actors), len(table.issues))
    sign = table.sign[rows]
    src, tgt = table.source[rows], table.target[rows]
    out = []
    for s in (1, -1):
        m = sign == s
        mat = sp.csr_matrix((w[m], (src[m], tgt[m])), shape=shape, dtype=np.float64)
        mat.sum_duplicates()
        if binary:
            mat.data[:] = 1.0
        out.append(mat)
    return out[0], out[1]


def projection_matrix(
    table: StatementTable,
    window: Window | None = None,
    *,
    qualifier: Qualifier = "congruence",
    normalization: Normalization = "none",
    duplicates: Duplicates = "none",
    binary: bool = False,
) -> sp.csr_matrix:
    """Actor x actor projection through shared issues (DNA's one-mode networks).

    Let ``p_i`` and ``n_i`` be actor ``i``'s rows of the support and oppose matrices
    (:func:`position_matrices`). Then

    * congruence ``C_ij = p_i . p_j + n_i . n_j`` (they take the same side on an issue);
    * conflict ``X_ij = p_i . n_j + n_i . p_j`` (they take opposite sides);
    * subtract ``C_ij - X_ij``.

    With ``binary=True`` (or duplicates collapsed to one per issue) congruence counts the
    issues both actors support or both oppose, as in DNA. Normalisations, with
    ``a_i = |p_i|^2 + |n_i|^2`` (the number of distinct issue positions in the binary case),
    applied to congruence and conflict separately (subtract is their difference):

    * ``"average"`` (average activity): ``v / ((a_i + a_j) / 2)``;
    * ``"jaccard"``: ``v / (a_i + a_j - v)``;
    * ``"cosine"``: ``v / sqrt(a_i a_j)``.

    All three lie in [0, 1] for congruence and conflict, and in [-1, 1] for subtract.

    Parameters
    ----------
    table : StatementTable
    window : Window, optional
    qualifier : {"congruence", "conflict", "subtract"}, default "congruence"
    normalization : {"none", "average", "jaccard", "cosine"}, default "none"
    duplicates : {"none", "document", "week", "month", "year"}, default "none"
    binary : bool, default False

    Returns
    -------
    scipy.sparse.csr_matrix, shape (len(table.actors), len(table.actors))
        Symmetric, zero diagonal, indexed by actor code.

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A", "B", "C"], issues=["x"],
    ...     source=[0, 1, 2], target=[0, 0, 0], kind=[1, 1, 1], sign=[1, 1, -1],
    ...     day=[0, 0, 0])
    >>> projection_matrix(t).toarray().tolist()
    [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]
    >>> projection_matrix(t, qualifier="subtract").toarray()[0].tolist()
    [0.0, 1.0, -1.0]
    """
    if qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}; use one of {QUALIFIERS}")
    if normalization not in NORMALIZATIONS:
        raise ValueError(f"unknown normalization {normalization!r}; use one of {NORMALIZATIONS}")
    pos, neg = position_matrices(table, window, duplicates=duplicates, binary=binary)
    n = pos.shape[0]
    # work on the actors and issues active in the window only
    both = (pos + neg).tocsr()
    rows_active = np.flatnonzero(np.diff(both.indptr) > 0)
    cols_active = np.unique(both.indices)
    pos = pos[rows_active][:, cols_active]
    neg = neg[rows_active][:, cols_active]
    na, ni = rows_active.shape[0], cols_active.shape[0]
    # dense BLAS products win when the result is dense anyway: compare the work of the sparse
    # product (sum of squared issue degrees) with the dense one (discounted for BLAS speed)
    degree = np.diff(both[rows_active][:, cols_active].tocsc().indptr).astype(np.float64)
    sparse_work = float((degree * degree).sum())
    # (the sparse path also pays per stored result entry, hence the factor 3)
    dense_work = na * na * ni / 30.0
    dense = na * na <= DENSE_LIMIT and na * ni <= DENSE_LIMIT and dense_work < 3 * sparse_work
    if dense:  # BLAS products: far faster than sparse ones when the result is dense anyway
        pd, nd = pos.toarray(), neg.toarray()
        act = (pd * pd).sum(axis=1) + (nd * nd).sum(axis=1)
    else:
        act = (
            np.asarray(pos.multiply(pos).sum(axis=1)).ravel()
            + np.asarray(neg.multiply(neg).sum(axis=1)).ravel()
        )

    def normalise(v: np.ndarray, ai: np.ndarray, aj: np.ndarray) -> np.ndarray:
        if normalization == "none":
            return v
        if normalization == "average":
            den = (ai + aj) / 2.0
        elif normalization == "jaccard":
            den = ai + aj - v
        else:
            den = np.sqrt(ai * aj)
        return np.clip(np.divide(v, den, out=np.zeros_like(v), where=den > 0), 0.0, 1.0)

    def part(which: str) -> np.ndarray | sp.csr_matrix:
        if dense:
            if which == "congruence":
                m = pd @ pd.T + nd @ nd.T
            else:
                m = pd @ nd.T
                m = m + m.T
            np.fill_diagonal(m, 0.0)
            if normalization != "none":
                m = normalise(m, act[:, None], act[None, :])
            return m
        if which == "congruence":
            m = (pos @ pos.T) + (neg @ neg.T)
        else:
            cross = pos @ neg.T
            m = cross + cross.T
        m = sp.csr_matrix(m)
        m.setdiag(0)
        m.eliminate_zeros()
        if normalization != "none" and m.nnz:
            coo = m.tocoo()
            vals = normalise(coo.data, act[coo.row], act[coo.col])
            m = sp.csr_matrix((vals, (coo.row, coo.col)), shape=m.shape)
        return m

    sub = part("congruence") - part("conflict") if qualifier == "subtract" else part(qualifier)
    coo = sp.coo_matrix(sub)
    keep = coo.data != 0
    return sp.csr_matrix(
        (coo.data[keep], (rows_active[coo.row[keep]], rows_active[coo.col[keep]])), shape=(n, n)
    )


def projection_network(
    table: StatementTable,
    window: Window | None = None,
    *,
    qualifier: Qualifier = "congruence",
    normalization: Normalization = "none",
    duplicates: Duplicates = "none",
    binary: bool = False,
    evidence: bool = True,
) -> nx.Graph:
    """Actor x actor projection (see :func:`projection_matrix`) as a networkx graph.

    Parameters
    ----------
    table : StatementTable
    window : Window, optional
    qualifier : {"congruence", "conflict", "subtract"}, default "congruence"
    normalization : {"none", "average", "jaccard", "cosine"}, default "none"
    duplicates : {"none", "document", "week", "month", "year"}, default "none"
    binary : bool, default False
    evidence : bool, default True
        Store on every edge the issues the pair agrees on (``agree``) and disagrees on
        (``disagree``).

    Returns
    -------
    networkx.Graph
        Nodes: every actor with a position on an issue in the window. Edges: non-zero
        entries, ``weight`` and ``sign``.

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=["x", "y"],
    ...     source=[0, 1, 0, 1], target=[0, 0, 1, 1], kind=[1] * 4, sign=[1, 1, 1, -1],
    ...     day=[0] * 4)
    >>> g = projection_network(t, qualifier="subtract")
    >>> g["A"]["B"]["weight"], g["A"]["B"]["agree"], g["A"]["B"]["disagree"]
    (0.0, ['x'], ['y'])
    """
    kw = {"normalization": normalization, "duplicates": duplicates, "binary": binary}
    if qualifier == "subtract":
        # pairs whose congruence and conflict cancel out stay edges (weight 0)
        cmat = projection_matrix(table, window, qualifier="congruence", **kw)  # type: ignore[arg-type]
        xmat = projection_matrix(table, window, qualifier="conflict", **kw)  # type: ignore[arg-type]
        pattern = sp.triu(abs(cmat) + abs(xmat), k=1).tocoo()
        e_row, e_col = pattern.row, pattern.col
        e_val = (
            np.asarray(cmat[e_row, e_col]).ravel() - np.asarray(xmat[e_row, e_col]).ravel()
            if e_row.size
            else np.zeros(0)
        )
    else:
        mat = projection_matrix(table, window, qualifier=qualifier, **kw)  # type: ignore[arg-type]
        coo = sp.triu(mat, k=1).tocoo()
        e_row, e_col, e_val = coo.row, coo.col, coo.data
    g = nx.Graph()
    _window_graph_attrs(g, qualifier, window, normalization=normalization, duplicates=duplicates)
    pos, neg = position_matrices(table, window, duplicates=duplicates, binary=True)
    active = np.flatnonzero(np.asarray((pos + neg).sum(axis=1)).ravel() > 0)
    for a in active.tolist():
        _add_actor_node(g, table, a)
    pos_l, neg_l = pos.tolil(), neg.tolil()
    for i, j, v in zip(e_row.tolist(), e_col.tolist(), e_val.tolist(), strict=True):
        a, b = _add_actor_node(g, table, i), _add_actor_node(g, table, j)
        attrs: dict[str, object] = {"weight": float(v), "sign": int(np.sign(v))}
        if evidence:
            pi, ni_, pj, nj = (
                set(pos_l.rows[i]),
                set(neg_l.rows[i]),
                set(pos_l.rows[j]),
                set(neg_l.rows[j]),
            )
            attrs["agree"] = sorted(table.issues[k] for k in (pi & pj) | (ni_ & nj))
            attrs["disagree"] = sorted(table.issues[k] for k in (pi & nj) | (ni_ & pj))
        g.add_edge(a, b, **attrs)
    return g


def congruence_network(
    table: StatementTable, window: Window | None = None, **kw: object
) -> nx.Graph:
    """Congruence network: :func:`projection_network` with ``qualifier="congruence"``.

    Parameters
    ----------
    table : StatementTable
    window : Window, optional
    **kw
        ``normalization``, ``duplicates``, ``binary``, ``evidence``.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=["x"], source=[0, 1],
    ...     target=[0, 0], kind=[1, 1], sign=[-1, -1], day=[0, 0])
    >>> congruence_network(t)["A"]["B"]["weight"]
    1.0
    """
    return projection_network(table, window, qualifier="congruence", **kw)  # type: ignore[arg-type]


def conflict_network(table: StatementTable, window: Window | None = None, **kw: object) -> nx.Graph:
    """Conflict network: :func:`projection_network` with ``qualifier="conflict"``.

    Parameters
    ----------
    table : StatementTable
    window : Window, optional
    **kw
        ``normalization``, ``duplicates``, ``binary``, ``evidence``.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=["x"], source=[0, 1],
    ...     target=[0, 0], kind=[1, 1], sign=[1, -1], day=[0, 0])
    >>> conflict_network(t)["A"]["B"]["weight"]
    1.0
    """
    return projection_network(table, window, qualifier="conflict", **kw)  # type: ignore[arg-type]


def subtract_network(table: StatementTable, window: Window | None = None, **kw: object) -> nx.Graph:
    """Subtract network (congruence - conflict): :func:`projection_network`.

    Parameters
    ----------
    table : StatementTable
    window : Window, optional
    **kw
        ``normalization``, ``duplicates``, ``binary``, ``evidence``.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=["x"], source=[0, 1],
    ...     target=[0, 0], kind=[1, 1], sign=[1, -1], day=[0, 0])
    >>> subtract_network(t)["A"]["B"]["weight"]
    -1.0
    """
    return projection_network(table, window, qualifier="subtract", **kw)  # type: ignore[arg-type]


def network(
    table: StatementTable,
    kind: str = "actor",
    window: Window | None = None,
    **kw: object,
) -> nx.Graph:
    """Any network by name: ``"actor"``, ``"two-mode"``, ``"congruence"``, ``"conflict"``,
    ``"subtract"``.

    Parameters
    ----------
    table : StatementTable
    kind : str, default "actor"
    window : Window, optional
    **kw
        Passed to the builder (``duplicates``, ``normalization``, ``directed``, ...).

    Returns
    -------
    networkx.Graph or networkx.DiGraph

    Examples
    --------
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=[], source=[0],
    ...     target=[1], kind=[0], sign=[1], day=[0])
    >>> network(t, "actor").number_of_edges()
    1
    """
    if kind == "actor":
        return actor_network(table, window, **kw)  # type: ignore[arg-type]
    if kind in ("two-mode", "twomode", "affiliation"):
        return two_mode_network(table, window, **kw)  # type: ignore[arg-type]
    if kind in QUALIFIERS:
        return projection_network(table, window, qualifier=kind, **kw)  # type: ignore[arg-type]
    raise ValueError(f"unknown network kind {kind!r}")


def network_series(
    table: StatementTable,
    kind: str = "actor",
    window: str = "year",
    *,
    width: int | None = None,
    step: int | None = None,
    kernel: str = "uniform",
    start: str | None = None,
    end: str | None = None,
    **kw: object,
) -> list[tuple[Window, nx.Graph]]:
    """One network per time window.

    Parameters
    ----------
    table : StatementTable
    kind : str, default "actor"
        See :func:`network`.
    window : str, default "year"
        See :func:`~allegiance.network.windows.time_windows` (``"moving"`` with ``width``,
        ``step`` and ``kernel``).
    width, step : int, optional
    kernel : str, default "uniform"
    start, end : str, optional
    **kw
        Passed to the network builder.

    Returns
    -------
    list of (Window, networkx.Graph)
        Ready for :func:`~allegiance.network.export.write_gexf` and the other writers.

    Examples
    --------
    >>> from allegiance.network.table import to_day
    >>> t = StatementTable.from_arrays(actors=["A", "B"], issues=[], source=[0, 0],
    ...     target=[1, 1], kind=[0, 0], sign=[1, -1],
    ...     day=[to_day("2024-05-01"), to_day("2025-05-01")])
    >>> [(w.label, g["A"]["B"]["sign"]) for w, g in network_series(t, "actor", "year")]
    [('2024', 1), ('2025', -1)]
    """
    from allegiance.network.windows import time_windows

    wins = time_windows(table, window, width=width, step=step, kernel=kernel, start=start, end=end)
    return [(w, network(table, kind, w, **kw)) for w in wins]


__all__ = [
    "DUPLICATES",
    "NORMALIZATIONS",
    "NO_DAY",
    "QUALIFIERS",
    "actor_network",
    "collapse_duplicates",
    "conflict_network",
    "congruence_network",
    "issue_node_id",
    "network",
    "network_series",
    "position_matrices",
    "projection_matrix",
    "projection_network",
    "subtract_network",
    "two_mode_network",
    "window_rows",
]
