"""Exports: GraphML read back by networkx and igraph, GEXF 1.3 structure, CSV, JSON, pictures."""

from __future__ import annotations

import csv
import itertools
import json
from datetime import date
from pathlib import Path

import igraph
import networkx as nx
import pytest
from lxml import etree

from allegiance.network import (
    StatementTable,
    actor_network,
    camp_series,
    draw_network,
    draw_timeline,
    find_camps,
    signed_network,
    time_windows,
    two_mode_network,
    write_csv,
    write_gexf,
    write_graphml,
    write_json,
    write_network,
)
from allegiance.network.export import GEXF_NS, csv_paths
from allegiance.network.synth import planted_stream

NS = {"g": GEXF_NS}


@pytest.fixture(scope="module")
def table() -> StatementTable:
    stmts, _ = planted_stream(
        n_camps=2, actors_per_camp=4, years=(2023, 2024), per_year=120,
        flips=((0, 5, 2024),), seed=2,
    )  # fmt: skip
    # a non-ASCII actor name and an issue, to check encodings
    stmts[0].source = "Jana Körber"
    return StatementTable.from_statements(stmts)


def with_camps(table: StatementTable, g: nx.Graph) -> nx.Graph:
    camps = find_camps(signed_network(table))
    for n in g:
        if n in camps:
            g.nodes[n]["camp"] = camps[n]
    return g


def test_graphml_reads_back_in_networkx_and_igraph(table: StatementTable, tmp_path: Path) -> None:
    g = with_camps(table, actor_network(table))
    p = write_graphml(g, tmp_path / "actor.graphml")
    back = nx.read_graphml(p)
    assert back.is_directed()
    assert set(back.nodes()) == set(g.nodes()) and "Jana Körber" in back
    assert set(back.edges()) == set(g.edges())
    for u, v, d in g.edges(data=True):
        e = back[u][v]
        assert e["weight"] == pytest.approx(d["weight"])
        assert e["sign"] == d["sign"]
        assert json.loads(e["statements"]) == d["statements"]
    assert all(back.nodes[n]["label"] == n for n in back)
    assert {back.nodes[n]["camp"] for n in back} == {g.nodes[n]["camp"] for n in g}
    ig = igraph.Graph.Read_GraphML(str(p))
    assert ig.is_directed() and ig.vcount() == g.number_of_nodes()
    assert ig.ecount() == g.number_of_edges()
    names = ig.vs["id"]
    got = {(names[e.source], names[e.target]): e["weight"] for e in ig.es}
    assert got == pytest.approx({(u, v): d["weight"] for u, v, d in g.edges(data=True)})
    # keys carry attr.name/attr.type, which Gephi and visone need
    root = etree.parse(str(p)).getroot()
    keys = root.findall("{http://graphml.graphdrawing.org/xmlns}key")
    assert {k.get("attr.name") for k in keys} >= {"label", "weight", "sign", "statements", "camp"}
    assert all(k.get("attr.type") in {"string", "double", "long", "int", "boolean"} for k in keys)


def test_graphml_undirected_two_mode(table: StatementTable, tmp_path: Path) -> None:
    g = two_mode_network(table)
    p = write_graphml(g, tmp_path / "tm.graphml")
    back = nx.read_graphml(p)
    assert not back.is_directed()
    assert {d["bipartite"] for _, d in back.nodes(data=True)} == {0, 1}
    ig = igraph.Graph.Read_GraphML(str(p))
    assert not ig.is_directed() and ig.ecount() == g.number_of_edges()


def gexf_check(path: Path) -> etree._Element:
    """Structural checks of the GEXF 1.3 schema's required elements and attributes."""
    root = etree.parse(str(path)).getroot()
    assert root.tag == f"{{{GEXF_NS}}}gexf" and root.get("version") == "1.3"
    children = [c.tag.split("}")[1] for c in root]
    assert children[-1] == "graph" and set(children) <= {"meta", "graph"}
    graph = root.find("g:graph", NS)
    assert graph.get("defaultedgetype") in {"directed", "undirected", "mutual"}
    assert graph.get("mode") in {"static", "dynamic"}
    # order inside <graph>: attributes*, nodes, edges
    order = [c.tag.split("}")[1] for c in graph]
    assert order == sorted(order, key=["attributes", "nodes", "edges"].index)
    declared: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for attrs in graph.findall("g:attributes", NS):
        assert attrs.get("class") in {"node", "edge"}
        assert attrs.get("mode") in {"static", "dynamic"}
        for a in attrs.findall("g:attribute", NS):
            assert a.get("id") and a.get("title")
            assert a.get("type") in {"integer", "long", "double", "float", "boolean", "string",
                                     "liststring", "anyURI"}  # fmt: skip
            assert a.get("id") not in declared[attrs.get("class")]
            declared[attrs.get("class")][a.get("id")] = a.get("type")
    nodes = graph.findall("g:nodes/g:node", NS)
    ids = [n.get("id") for n in nodes]
    assert len(ids) == len(set(ids)) and all(n.get("label") for n in nodes)
    edges = graph.findall("g:edges/g:edge", NS)
    eids = [e.get("id") for e in edges]
    assert len(eids) == len(set(eids))
    for e in edges:
        assert e.get("source") in ids and e.get("target") in ids
    for cls, elements in (("node", nodes), ("edge", edges)):
        for el in elements:
            sub = [c.tag.split("}")[1] for c in el]
            assert sub == sorted(sub, key=["attvalues", "spells"].index)
            for av in el.findall("g:attvalues/g:attvalue", NS):
                typ = declared[cls][av.get("for")]
                v = av.get("value")
                if typ == "double":
                    float(v)
                elif typ == "integer":
                    int(v)
                elif typ == "boolean":
                    assert v in {"true", "false"}
    if graph.get("mode") == "dynamic":
        assert graph.get("timeformat") == "date"
        for spell in graph.iter(f"{{{GEXF_NS}}}spell"):
            assert date.fromisoformat(spell.get("start")) <= date.fromisoformat(spell.get("end"))
        for av in graph.iter(f"{{{GEXF_NS}}}attvalue"):
            if av.get("start"):
                assert av.get("start") <= av.get("end")
    return root


def test_gexf_dynamic_series(table: StatementTable, tmp_path: Path) -> None:
    wins = time_windows(table, "year")
    series = [(w, with_camps(table, actor_network(table, w))) for w in wins]
    p = write_gexf(series, tmp_path / "series.gexf")
    root = gexf_check(p)
    graph = root.find("g:graph", NS)
    assert graph.get("mode") == "dynamic" and graph.get("defaultedgetype") == "directed"
    spells = {(s.get("start"), s.get("end")) for s in graph.iter(f"{{{GEXF_NS}}}spell")}
    assert spells <= {("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-12-31"),
                      ("2023-01-01", "2024-12-31")}  # fmt: skip
    # the planted flip: one edge, weight positive in 2023, negative in 2024
    names = {n.get("id"): n.get("label") for n in graph.iter(f"{{{GEXF_NS}}}node")}
    weights = {}
    for e in graph.iter(f"{{{GEXF_NS}}}edge"):
        if {names[e.get("source")], names[e.get("target")]} == {"c0a0", "c1a1"}:
            for av in e.iter(f"{{{GEXF_NS}}}attvalue"):
                if av.get("for") == "weight":
                    weights[av.get("start")[:4]] = float(av.get("value"))
    assert weights["2023"] > 0 > weights["2024"]


def test_gexf_moving_windows_do_not_overlap(table: StatementTable, tmp_path: Path) -> None:
    wins = time_windows(table, "moving", width=180, step=60, kernel="gaussian")
    series = [(w, actor_network(table, w)) for w in wins]
    root = gexf_check(write_gexf(series, tmp_path / "moving.gexf"))
    node = root.find("g:graph/g:nodes/g:node", NS)
    runs = [(s.get("start"), s.get("end")) for s in node.iter(f"{{{GEXF_NS}}}spell")]
    assert all(a[1] < b[0] for a, b in itertools.pairwise(runs))


def test_gexf_static_graph(table: StatementTable, tmp_path: Path) -> None:
    root = gexf_check(write_gexf(two_mode_network(table), tmp_path / "static.gexf"))
    graph = root.find("g:graph", NS)
    assert graph.get("mode") == "static" and graph.get("defaultedgetype") == "undirected"
    assert all(e.get("weight") is not None for e in graph.iter(f"{{{GEXF_NS}}}edge"))


def test_csv_keeps_every_attribute(table: StatementTable, tmp_path: Path) -> None:
    g = with_camps(table, actor_network(table))
    npath, epath = write_csv(g, tmp_path / "net.csv")
    assert (npath, epath) == csv_paths(tmp_path / "net.csv")
    with open(epath, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == g.number_of_edges()
    expected_cols = {"source", "target"} | {k for *_, d in g.edges(data=True) for k in d}
    assert set(rows[0]) == expected_cols
    for r in rows:
        d = g[r["source"]][r["target"]]
        assert float(r["weight"]) == d["weight"]
        assert json.loads(r["statements"]) == d["statements"]
    with open(npath, encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    assert {r["id"] for r in nodes} == set(g.nodes())
    assert {"label", "type", "mode", "camp"} <= set(nodes[0])


def test_csv_and_json_series(table: StatementTable, tmp_path: Path) -> None:
    wins = time_windows(table, "year")
    series = [(w, actor_network(table, w)) for w in wins]
    _, epath = write_csv(series, tmp_path / "s.csv")
    with open(epath, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["window"] for r in rows} == {"2023", "2024"}
    assert len(rows) == sum(g.number_of_edges() for _, g in series)
    obj = json.loads(write_json(series, tmp_path / "s.json").read_text("utf-8"))
    assert [w["window"] for w in obj["windows"]] == ["2023", "2024"]
    assert len(obj["windows"][1]["links"]) == series[1][1].number_of_edges()
    single = json.loads(write_json(series[0][1], tmp_path / "one.json").read_text("utf-8"))
    assert single["directed"] is True and single["graph"]["window"] == "2023"
    back = nx.node_link_graph(single, edges="links")
    assert back.number_of_edges() == series[0][1].number_of_edges()


def test_write_network_dispatch(table: StatementTable, tmp_path: Path) -> None:
    wins = time_windows(table, "year")
    series = [(w, actor_network(table, w)) for w in wins]
    files = write_network(series, tmp_path / "x.graphml")
    assert [f.name for f in files] == ["x.2023.graphml", "x.2024.graphml"]
    assert len(write_network(series, tmp_path / "x.csv")) == 2
    assert write_network(series[0][1], tmp_path / "x.json")[0].exists()
    with pytest.raises(ValueError):
        write_network(series, tmp_path / "x.dl")


def test_pictures(table: StatementTable, tmp_path: Path) -> None:
    g = with_camps(table, actor_network(table))
    png = draw_network(g, tmp_path / "n.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = draw_network(two_mode_network(table), tmp_path / "n.svg")
    text = svg.read_text("utf-8")
    assert ("<svg" in text and "#d7191c" in text.lower()) or "d7191c" in text.lower()
    rows = camp_series(table, time_windows(table, "year"))
    tl = draw_timeline(rows, tmp_path / "pol.png", value="polarization")
    assert tl.stat().st_size > 1000
