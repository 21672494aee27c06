"""Exports: GraphML (Gephi, visone, networkx, igraph), GEXF 1.3 with time intervals, CSV, JSON.

Attributes that are lists (e.g. the statement ids on an edge) are written as JSON text in
GraphML, GEXF and CSV, so nothing is lost; ``None`` values are left out.

A *series* is a list of ``(Window, graph)`` pairs (see
:func:`~allegiance.network.windows.time_windows`); :func:`write_gexf` turns it into one
dynamic graph whose nodes and edges carry spells and per-window weights for Gephi's timeline.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import networkx as nx
from lxml import etree

from allegiance.network.windows import Window

GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
GEXF_SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

Series = Sequence[tuple[Window, nx.Graph]]


def _plain(value: Any) -> Any:
    """A value GraphML/GEXF/CSV can hold: scalars as is, containers as JSON text."""
    if isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    if isinstance(value, list | tuple | set | dict):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return str(value)


def sanitized(g: nx.Graph) -> nx.Graph:
    """Copy of ``g`` with every attribute a GraphML-writable scalar.

    Parameters
    ----------
    g : networkx.Graph

    Returns
    -------
    networkx.Graph
        Same class as ``g``; lists become JSON strings, ``None`` values are dropped, every
        node gets a ``label``; an attribute's type is made uniform (float if any value is).

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", statements=[1, 2], note=None)
    >>> sanitized(g)["a"]["b"]
    {'statements': '[1, 2]'}
    """
    h = g.__class__()
    h.graph.update({k: _plain(v) for k, v in g.graph.items() if v is not None})
    for n, d in g.nodes(data=True):
        attrs = {k: _plain(v) for k, v in d.items() if v is not None}
        attrs.setdefault("label", str(n))
        h.add_node(str(n), **attrs)
    for u, v, d in g.edges(data=True):
        h.add_edge(str(u), str(v), **{k: _plain(x) for k, x in d.items() if x is not None})
    # uniform types per attribute: float wins over int, str over everything
    for items in (list(h.nodes(data=True)), [(None, d) for *_, d in h.edges(data=True)]):
        kinds: dict[str, set[type]] = {}
        for _, d in items:
            for k, v in d.items():
                kinds.setdefault(k, set()).add(type(v))
        for _, d in items:
            for k, v in list(d.items()):
                ts = kinds[k]
                if str in ts and not isinstance(v, str):
                    d[k] = json.dumps(v) if not isinstance(v, bool) else str(v).lower()
                elif float in ts and isinstance(v, int) and not isinstance(v, bool):
                    d[k] = float(v)
    return h


def write_graphml(g: nx.Graph, path: str | Path) -> Path:
    """Write GraphML that Gephi, visone, networkx and igraph read.

    Parameters
    ----------
    g : networkx.Graph or networkx.DiGraph
    path : str or pathlib.Path

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import tempfile, os
    >>> g = nx.DiGraph()
    >>> g.add_edge("A", "B", weight=1.0, statements=[3])
    >>> p = write_graphml(g, os.path.join(tempfile.mkdtemp(), "g.graphml"))
    >>> sorted(nx.read_graphml(p).edges())
    [('A', 'B')]
    """
    path = Path(path)
    nx.write_graphml_lxml(sanitized(g), str(path), named_key_ids=True)
    return path


def graph_to_dict(g: nx.Graph) -> dict[str, Any]:
    """Node-link dict for the web (d3 style): ``{"directed", "graph", "nodes", "links"}``.

    Parameters
    ----------
    g : networkx.Graph

    Returns
    -------
    dict

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", weight=2.0)
    >>> graph_to_dict(g)["links"]
    [{'source': 'a', 'target': 'b', 'weight': 2.0}]
    """
    return {
        "directed": g.is_directed(),
        "graph": {k: v for k, v in g.graph.items() if v is not None},
        "nodes": [{"id": str(n), **d} for n, d in g.nodes(data=True)],
        "links": [{"source": str(u), "target": str(v), **d} for u, v, d in g.edges(data=True)],
    }


def write_json(graphs: nx.Graph | Series, path: str | Path) -> Path:
    """Write a graph, or a series of windowed graphs, as JSON.

    Parameters
    ----------
    graphs : networkx.Graph or sequence of (Window, networkx.Graph)
    path : str or pathlib.Path

    Returns
    -------
    pathlib.Path
        A single graph gives :func:`graph_to_dict`'s object; a series gives
        ``{"windows": [{"window", "start", "end", ...graph}]}``.

    Examples
    --------
    >>> import tempfile, os
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b")
    >>> p = write_json(g, os.path.join(tempfile.mkdtemp(), "g.json"))
    >>> json.loads(p.read_text())["nodes"]
    [{'id': 'a'}, {'id': 'b'}]
    """
    path = Path(path)
    if isinstance(graphs, nx.Graph):
        obj: dict[str, Any] = graph_to_dict(graphs)
    else:
        obj = {
            "windows": [
                {"window": w.label, "start": w.start, "end": w.end, **graph_to_dict(g)}
                for w, g in graphs
            ]
        }
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1, default=_plain), "utf-8")
    return path


def csv_paths(path: str | Path) -> tuple[Path, Path]:
    """Node and edge list paths for a CSV export: ``X.nodes.csv`` and ``X.edges.csv``.

    Examples
    --------
    >>> [p.name for p in csv_paths("out/net.csv")]
    ['net.nodes.csv', 'net.edges.csv']
    """
    p = Path(path)
    stem = p.name[: -len(".csv")] if p.name.endswith(".csv") else p.name
    return p.with_name(f"{stem}.nodes.csv"), p.with_name(f"{stem}.edges.csv")


def write_csv(graphs: nx.Graph | Series, path: str | Path) -> tuple[Path, Path]:
    """Write node and edge lists as CSV, every attribute a column.

    Parameters
    ----------
    graphs : networkx.Graph or sequence of (Window, networkx.Graph)
        With a series, both files get ``window``, ``start`` and ``end`` columns and one row
        per node / edge and window.
    path : str or pathlib.Path
        ``X.csv`` writes ``X.nodes.csv`` and ``X.edges.csv`` (see :func:`csv_paths`).

    Returns
    -------
    (nodes_path, edges_path)

    Examples
    --------
    >>> import tempfile, os
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", weight=1.5, statements=[1, 2])
    >>> n, e = write_csv(g, os.path.join(tempfile.mkdtemp(), "g.csv"))
    >>> e.read_text().splitlines()
    ['source,target,statements,weight', 'a,b,"[1, 2]",1.5']
    """
    items: list[tuple[dict[str, Any], nx.Graph]]
    if isinstance(graphs, nx.Graph):
        items = [({}, graphs)]
    else:
        items = [({"window": w.label, "start": w.start, "end": w.end}, g) for w, g in graphs]
    node_rows: list[dict[str, Any]] = []
    edge_rows: list[dict[str, Any]] = []
    for extra, g in items:
        for n, d in g.nodes(data=True):
            node_rows.append({**extra, "id": str(n), **{k: _plain(v) for k, v in d.items()}})
        for u, v, d in g.edges(data=True):
            edge_rows.append(
                {
                    **extra,
                    "source": str(u),
                    "target": str(v),
                    **{k: _plain(x) for k, x in d.items()},
                }
            )
    lead_n = [*items[0][0].keys(), "id"] if items else ["id"]
    lead_e = [*items[0][0].keys(), "source", "target"] if items else ["source", "target"]
    npath, epath = csv_paths(path)
    for rows, lead, p in ((node_rows, lead_n, npath), (edge_rows, lead_e, epath)):
        cols = list(lead)
        rest = sorted({k for r in rows for k in r} - set(cols))
        with open(p, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols + rest, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols + rest})
    return npath, epath


# ---------------------------------------------------------------------- GEXF
def _gexf_type(values: list[Any]) -> str:
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _gexf_value(v: Any, typ: str) -> str:
    if typ == "boolean":
        return "true" if v else "false"
    if typ == "double":
        return repr(float(v))
    return str(_plain(v))


def _slots(windows: Sequence[Window]) -> list[tuple[str, str]]:
    """Non-overlapping inclusive [start, end] date intervals, one per window."""
    out: list[tuple[str, str]] = []
    starts = [date.fromisoformat(w.start) if w.start else None for w in windows]
    ends = [date.fromisoformat(w.end) if w.end else None for w in windows]
    overlap = any(
        ends[i] and starts[i + 1] and ends[i] > starts[i + 1]  # type: ignore[operator]
        for i in range(len(windows) - 1)
    )
    if overlap:  # moving windows: split at the midpoints between centres
        centres = [
            date.fromisoformat(w.label) if _is_date(w.label) else s
            for w, s in zip(windows, starts, strict=True)
        ]
        for i in range(len(windows)):
            lo = centres[i] - (centres[i] - centres[i - 1]) // 2 if i else starts[i]
            hi = (
                centres[i] + (centres[i + 1] - centres[i]) // 2 - timedelta(days=1)
                if i + 1 < len(windows)
                else ends[i] - timedelta(days=1)  # type: ignore[operator]
            )
            out.append((lo.isoformat(), max(hi, lo).isoformat()))  # type: ignore[union-attr]
        return out
    for s, e in zip(starts, ends, strict=True):
        lo = s or date(1970, 1, 1)
        hi = (e - timedelta(days=1)) if e else date(9999, 12, 31)
        out.append((lo.isoformat(), hi.isoformat()))
    return out


def _is_date(s: str) -> bool:
    try:
        date.fromisoformat(s)
    except ValueError:
        return False
    return True


def write_gexf(
    series: Series | nx.Graph,
    path: str | Path,
    *,
    static_node_attrs: tuple[str, ...] = ("label", "type", "mode", "bipartite"),
    creator: str = "allegiance",
    description: str | None = None,
) -> Path:
    """Write GEXF 1.3; a series becomes a dynamic graph for Gephi's timeline.

    Every node and edge gets ``<spells>`` (the windows it appears in, as inclusive date
    intervals); edge ``weight`` and every other numeric attribute, and node attributes not
    in ``static_node_attrs`` (e.g. ``camp``), become dynamic attribute values with
    ``start``/``end``.

    Parameters
    ----------
    series : sequence of (Window, networkx.Graph), or one networkx.Graph (static GEXF)
    path : str or pathlib.Path
    static_node_attrs : tuple of str
        Node attributes written once (first value seen) rather than per window.
    creator, description : str
        Written to ``<meta>``.

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import tempfile, os
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", weight=2.0)
    >>> p = write_gexf(g, os.path.join(tempfile.mkdtemp(), "g.gexf"))
    >>> etree.parse(str(p)).getroot().get("version")
    '1.3'
    """
    path = Path(path)
    static = isinstance(series, nx.Graph)
    items: list[tuple[Window | None, nx.Graph]] = (
        [(None, series)] if static else list(series)  # type: ignore[arg-type]
    )
    directed = any(g.is_directed() for _, g in items)
    slots = [("", "")] if static else _slots([w for w, _ in items])  # type: ignore[misc]
    # collect
    node_ids: dict[str, str] = {}
    node_static: dict[str, dict[str, Any]] = {}
    node_dyn: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    edge_ids: dict[tuple[str, str], str] = {}
    edge_dyn: dict[tuple[str, str], list[tuple[int, dict[str, Any]]]] = {}
    for i, (_, g) in enumerate(items):
        for n, d in g.nodes(data=True):
            key = str(n)
            if key not in node_ids:
                node_ids[key] = f"n{len(node_ids)}"
                node_static[key] = {k: d[k] for k in static_node_attrs if d.get(k) is not None}
            dyn = {k: v for k, v in d.items() if k not in static_node_attrs and v is not None}
            node_dyn.setdefault(key, []).append((i, dyn))
        for u, v, d in g.edges(data=True):
            a, b = str(u), str(v)
            ekey = (a, b) if directed or a <= b else (b, a)
            if ekey not in edge_ids:
                edge_ids[ekey] = f"e{len(edge_ids)}"
            edge_dyn.setdefault(ekey, []).append((i, {k: x for k, x in d.items() if x is not None}))
    mode = "static" if static else "dynamic"

    # attribute declarations
    def declare(values_by_key: dict[str, list[Any]]) -> dict[str, tuple[str, str]]:
        return {k: (f"{k}", _gexf_type(vs)) for k, vs in sorted(values_by_key.items())}

    ns_vals: dict[str, list[Any]] = {}
    for attrs in node_static.values():
        for k, v in attrs.items():
            if k != "label":
                ns_vals.setdefault(k, []).append(v)
    nd_vals: dict[str, list[Any]] = {}
    for lst in node_dyn.values():
        for _, attrs in lst:
            for k, v in attrs.items():
                nd_vals.setdefault(k, []).append(v)
    ed_vals: dict[str, list[Any]] = {}
    for lst in edge_dyn.values():
        for _, attrs in lst:
            for k, v in attrs.items():
                ed_vals.setdefault(k, []).append(v)
    node_static_decl = declare(ns_vals)
    node_dyn_decl = declare(nd_vals)
    edge_decl = declare(ed_vals)

    nsmap = {None: GEXF_NS, "viz": GEXF_VIZ_NS, "xsi": XSI_NS}
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap=nsmap, version="1.3")
    root.set(f"{{{XSI_NS}}}schemaLocation", GEXF_SCHEMA_LOCATION)
    meta = etree.SubElement(root, f"{{{GEXF_NS}}}meta", lastmodifieddate=date.today().isoformat())
    etree.SubElement(meta, f"{{{GEXF_NS}}}creator").text = creator
    if description:
        etree.SubElement(meta, f"{{{GEXF_NS}}}description").text = description
    graph_attrs = {"defaultedgetype": "directed" if directed else "undirected", "mode": mode}
    if not static:
        graph_attrs.update(timeformat="date", timerepresentation="interval")
    graph = etree.SubElement(root, f"{{{GEXF_NS}}}graph", **graph_attrs)

    def attributes(cls: str, amode: str, decl: dict[str, tuple[str, str]]) -> None:
        if not decl:
            return
        el = etree.SubElement(graph, f"{{{GEXF_NS}}}attributes", **{"class": cls, "mode": amode})
        for k, (aid, typ) in decl.items():
            etree.SubElement(el, f"{{{GEXF_NS}}}attribute", id=aid, title=k, type=typ)

    dyn_mode = "static" if static else "dynamic"
    # node static and dynamic attributes share one id space: prefix dynamic ones if clashing
    node_dyn_decl = {
        k: (f"t_{k}" if k in node_static_decl else k, t) for k, (_, t) in node_dyn_decl.items()
    }
    attributes("node", "static", node_static_decl)
    attributes("node", dyn_mode, node_dyn_decl)
    attributes("edge", dyn_mode, edge_decl)

    def attvalues(
        parent: etree._Element,
        values: list[tuple[dict[str, Any], int | None]],
        decl: dict[str, tuple[str, str]],
    ) -> None:
        el = None
        for attrs, slot in values:
            for k, v in sorted(attrs.items()):
                if k not in decl:
                    continue
                if el is None:
                    el = etree.SubElement(parent, f"{{{GEXF_NS}}}attvalues")
                aid, typ = decl[k]
                av = etree.SubElement(
                    el, f"{{{GEXF_NS}}}attvalue", **{"for": aid, "value": _gexf_value(v, typ)}
                )
                if slot is not None:
                    av.set("start", slots[slot][0])
                    av.set("end", slots[slot][1])

    def spells(parent: etree._Element, idx: list[int]) -> None:
        if static:
            return
        el = etree.SubElement(parent, f"{{{GEXF_NS}}}spells")
        for i in _merge_runs(idx):
            etree.SubElement(el, f"{{{GEXF_NS}}}spell", start=slots[i[0]][0], end=slots[i[1]][1])

    nodes_el = etree.SubElement(graph, f"{{{GEXF_NS}}}nodes")
    for key, nid in node_ids.items():
        st = node_static[key]
        node = etree.SubElement(
            nodes_el, f"{{{GEXF_NS}}}node", id=nid, label=str(st.get("label", key))
        )
        vals: list[tuple[dict[str, Any], int | None]] = [
            ({k: v for k, v in st.items() if k != "label"}, None)
        ]
        vals += [(a, None if static else i) for i, a in node_dyn[key]]
        decl = {**node_static_decl, **node_dyn_decl}
        attvalues(node, vals, decl)
        spells(node, [i for i, _ in node_dyn[key]])
    edges_el = etree.SubElement(graph, f"{{{GEXF_NS}}}edges")
    for (a, b), eid in edge_ids.items():
        lst = edge_dyn[(a, b)]
        attrs_e = {"id": eid, "source": node_ids[a], "target": node_ids[b]}
        if static:
            w = lst[0][1].get("weight")
            if isinstance(w, int | float) and not isinstance(w, bool):
                attrs_e["weight"] = repr(float(w))
        edge = etree.SubElement(edges_el, f"{{{GEXF_NS}}}edge", **attrs_e)
        attvalues(edge, [(x, None if static else i) for i, x in lst], edge_decl)
        spells(edge, [i for i, _ in lst])
    etree.ElementTree(root).write(
        str(path), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    return path


def _merge_runs(idx: list[int]) -> list[tuple[int, int]]:
    """Consecutive window indices merged into (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for i in sorted(set(idx)):
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def write_network(
    graphs: nx.Graph | Series, path: str | Path, fmt: str | None = None
) -> list[Path]:
    """Write in the format named (or implied by the file extension).

    Parameters
    ----------
    graphs : networkx.Graph or sequence of (Window, networkx.Graph)
    path : str or pathlib.Path
    fmt : {"graphml", "gexf", "csv", "json"}, optional
        Default: from the extension. GraphML holds one graph: a series of several windows
        is written as one file per window, ``X.<window>.graphml``.

    Returns
    -------
    list of pathlib.Path
        Files written.

    Examples
    --------
    >>> import tempfile, os
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b")
    >>> [p.suffix for p in write_network(g, os.path.join(tempfile.mkdtemp(), "g.gexf"))]
    ['.gexf']
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "graphml").lower()
    single = isinstance(graphs, nx.Graph)
    if fmt == "graphml":
        if single:
            return [write_graphml(graphs, path)]  # type: ignore[arg-type]
        series = list(graphs)  # type: ignore[arg-type]
        if len(series) == 1:
            return [write_graphml(series[0][1], path)]
        stem = path.name[: -len(".graphml")] if path.name.endswith(".graphml") else path.name
        return [write_graphml(g, path.with_name(f"{stem}.{w.label}.graphml")) for w, g in series]
    if fmt == "gexf":
        return [write_gexf(graphs, path)]
    if fmt == "csv":
        return list(write_csv(graphs, path))
    if fmt == "json":
        return [write_json(graphs, path)]
    raise ValueError(f"unknown format {fmt!r}; use graphml, gexf, csv or json")
