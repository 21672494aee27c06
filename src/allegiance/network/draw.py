"""Pictures (matplotlib): a signed network with camps coloured, and timelines.

Support edges are drawn solid green, opposition dashed red, their width growing with the
weight; nodes are coloured by camp (issues in two-mode networks are grey squares).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib
import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

SUPPORT_COLOUR = "#1a9641"
OPPOSE_COLOUR = "#d7191c"
NEUTRAL_COLOUR = "#999999"


def _layout(g: nx.Graph, weight: str, seed: int, signed: bool = True) -> dict[Any, Any]:
    """Spring layout in which only positive ties pull actors together (all ties if unsigned)."""
    h = nx.Graph()
    h.add_nodes_from(g.nodes())
    for u, v, d in g.edges(data=True):
        w = float(d.get(weight, 1.0) or 0.0)
        if u == v:
            continue
        pull = (w if w > 0 else 0.05) if signed else max(abs(w), 0.5)
        if h.has_edge(u, v):
            h[u][v]["w"] += pull
        else:
            h.add_edge(u, v, w=pull)
    if h.number_of_nodes() == 0:
        return {}
    k = 1.5 / math.sqrt(max(h.number_of_nodes(), 1))
    return nx.spring_layout(h, weight="w", seed=seed, k=k)


def draw_network(
    g: nx.Graph,
    path: str | Path,
    *,
    camps: Mapping[Any, int] | None = None,
    weight: str = "weight",
    title: str | None = None,
    seed: int = 7,
    max_labels: int = 80,
) -> Path:
    """Draw a signed network with camps coloured and edge signs visible.

    Parameters
    ----------
    g : networkx.Graph or networkx.DiGraph
    path : str or pathlib.Path
        ``.png`` or ``.svg`` (any format matplotlib writes).
    camps : mapping node -> camp, optional
        Default: the node attribute ``camp`` where present.
    weight : str, default "weight"
        Signed edge attribute.
    title : str, optional
    seed : int, default 7
        Layout seed (pictures are reproducible).
    max_labels : int, default 80
        Label only the most connected nodes beyond this many.

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import tempfile, os
    >>> g = nx.Graph()
    >>> g.add_edge("A", "B", weight=1.0)
    >>> g.add_edge("A", "C", weight=-1.0)
    >>> draw_network(g, os.path.join(tempfile.mkdtemp(), "n.png")).stat().st_size > 0
    True
    """
    path = Path(path)
    camps = dict(camps) if camps is not None else dict(g.nodes(data="camp", default=None))
    n = g.number_of_nodes()
    size = min(16.0, 5.0 + 0.25 * math.sqrt(max(n, 1)) * 3)
    fig = Figure(figsize=(size, size * 0.8))
    ax = fig.subplots()
    two_mode = any(d.get("mode") == "issue" for _, d in g.nodes(data=True))
    pos = _layout(g, weight, seed, signed=not two_mode)
    cmap = matplotlib.colormaps["tab10"]
    actors = [v for v, d in g.nodes(data=True) if d.get("mode") != "issue"]
    issues = [v for v, d in g.nodes(data=True) if d.get("mode") == "issue"]
    # colour camps with at least two members here; singletons stay grey
    members: dict[int, int] = {}
    for v in actors:
        if camps.get(v) is not None:
            members[int(camps[v])] = members.get(int(camps[v]), 0) + 1
    shown = sorted(c for c, k in members.items() if k > 1)
    colour_of = {c: cmap(i % 10) for i, c in enumerate(shown)}
    colours = [
        colour_of.get(int(camps[v]), "#b0b0b0") if camps.get(v) is not None else "#4a6fa5"
        for v in actors
    ]
    degree = dict(g.degree())
    nx.draw_networkx_nodes(
        g,
        pos,
        nodelist=actors,
        node_color=colours,
        ax=ax,
        node_size=[120 + 40 * min(degree[v], 20) for v in actors],
    )
    if issues:
        nx.draw_networkx_nodes(
            g, pos, nodelist=issues, node_color="#cccccc", node_shape="s", ax=ax, node_size=220
        )
    for sign, colour, style in (
        (1, SUPPORT_COLOUR, "solid"),
        (-1, OPPOSE_COLOUR, "dashed"),
        (0, NEUTRAL_COLOUR, "dotted"),
    ):
        edges = []
        widths = []
        for u, v, d in g.edges(data=True):
            w = float(d.get(weight, 0.0) or 0.0)
            if (w > 0) - (w < 0) == sign:
                edges.append((u, v))
                widths.append(1.0 + 1.5 * math.log1p(abs(w)))
        if edges:
            kw: dict[str, Any] = {}
            if g.is_directed():
                kw = {"arrows": True, "arrowsize": 12, "connectionstyle": "arc3,rad=0.08"}
            nx.draw_networkx_edges(
                g,
                pos,
                edgelist=edges,
                width=widths,
                edge_color=colour,
                style=style,
                ax=ax,
                alpha=0.8,
                **kw,
            )
    labelled = sorted(g.nodes(), key=lambda v: -degree[v])[:max_labels]
    nx.draw_networkx_labels(
        g,
        pos,
        labels={v: str(g.nodes[v].get("label", v)) for v in labelled},
        font_size=8,
        ax=ax,
    )
    legend = [
        Line2D([0], [0], color=SUPPORT_COLOUR, lw=2, label="support / alliance"),
        Line2D([0], [0], color=OPPOSE_COLOUR, lw=2, ls="--", label="oppose / conflict"),
    ]
    for c in shown[:10]:
        legend.append(
            Line2D(
                [0],
                [0],
                marker="o",
                color="w",
                markerfacecolor=colour_of[c],
                markersize=9,
                label=f"camp {c}",
            )
        )
    ax.legend(handles=legend, loc="lower left", fontsize=8, frameon=False)
    ax.set_title(title or _default_title(g))
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(path)
    return path


def _default_title(g: nx.Graph) -> str:
    kind = g.graph.get("kind", "network")
    window = g.graph.get("window")
    return f"{kind} network" + (f", {window}" if window else "")


def draw_timeline(
    series: Sequence[Mapping[str, Any]],
    path: str | Path,
    *,
    value: str = "net",
    title: str | None = None,
    ylabel: str | None = None,
) -> Path:
    """Draw a timeline: a pair's relation or the polarisation per window.

    Parameters
    ----------
    series : sequence of mapping
        One per window with ``window`` (the label) and the ``value`` key, e.g. from
        :func:`~allegiance.network.shifts.relation_series` (``net``) or
        :func:`~allegiance.network.camps.camp_series` (``polarization``).
    path : str or pathlib.Path
    value : str, default "net"
    title, ylabel : str, optional

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import tempfile, os
    >>> p = draw_timeline([{"window": "2024", "net": 1.0}, {"window": "2025", "net": -2.0}],
    ...                   os.path.join(tempfile.mkdtemp(), "t.svg"))
    >>> p.read_text().startswith("<?xml")
    True
    """
    path = Path(path)
    labels = [str(r["window"]) for r in series]
    vals = [float(r.get(value, 0.0) or 0.0) for r in series]
    fig = Figure(figsize=(max(5.0, 0.6 * len(labels) + 2), 3.5))
    ax = fig.subplots()
    x = list(range(len(labels)))
    if value == "net":
        colours = [
            SUPPORT_COLOUR if v > 0 else OPPOSE_COLOUR if v < 0 else NEUTRAL_COLOUR for v in vals
        ]
        ax.bar(x, vals, color=colours)
        ax.axhline(0, color="black", lw=0.8)
    else:
        ax.plot(x, vals, marker="o", color="#4a6fa5")
        ax.set_ylim(-0.05, 1.05) if all(0 <= v <= 1 for v in vals) else None
    ax.set_xticks(x)
    ax.set_xticklabels(
        labels,
        rotation=45 if len(labels) > 8 else 0,
        ha="right" if len(labels) > 8 else "center",
        fontsize=8,
    )
    ax.set_ylabel(ylabel or value)
    if title:
        ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path)
    return path
