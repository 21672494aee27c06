"""Inline SVG pictures for the HTML report: the discourse network and the timelines.

Everything is computed in Python and written as SVG markup with all text escaped, so the
report needs no script to draw and opens offline.  Layouts are deterministic (seeded).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from allegiance.report.data import (
    PairRelation,
    ReportData,
    Timeline,
    actor_rows,
    camps,
    is_past,
    pair_relations,
    sqrt_scale,
)

COLORS = {
    "support": "#1a9850",
    "oppose": "#d73027",
    "neutral": "#8c8c8c",
    "camp0": "#3d6db5",
    "camp1": "#e08a1e",
    "nocamp": "#8a94a6",
    "issue": "#7a5195",
    "affiliation": "#9aa3b2",
}


def _e(text: object) -> str:
    """Escape text for SVG/HTML element content and attribute values."""
    return escape(str(text), quote=True)


def _f(x: float) -> str:
    """A compact coordinate."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


@dataclass(slots=True)
class NetNode:
    """A node of the network picture."""

    id: str
    label: str
    kind: str  # person | organization | issue
    activity: int
    camp: int | None
    x: float = 0.0
    y: float = 0.0
    r: float = 8.0


@dataclass(slots=True)
class NetEdge:
    """Aggregated statements source -> target with one polarity (current or earlier)."""

    source: str
    target: str
    polarity: str
    past: bool
    count: int
    examples: list[str] = field(default_factory=list)  # a few evidence texts


@dataclass(slots=True)
class Network:
    """The network picture's nodes and edges, laid out, plus what was left out."""

    nodes: list[NetNode]
    edges: list[NetEdge]
    affiliations: list[tuple[str, str]]
    hidden_nodes: int
    neutral: int
    height: float = 640.0


def build_network(
    data: ReportData,
    max_actors: int = 60,
    max_issues: int = 25,
    camp: dict[str, int] | None = None,
    relations: Sequence[PairRelation] | None = None,
) -> Network:
    """Nodes (actors and issues) and support/oppose edges, laid out with a seeded spring layout.

    Args:
        data: the report data.
        max_actors: draw at most this many actors (the most active ones).
        max_issues: draw at most this many issues (the most discussed ones).
        camp: precomputed :func:`camps` (computed when omitted).
        relations: precomputed :func:`pair_relations` (computed when omitted).

    Returns:
        A :class:`Network` with node coordinates in a 1000 x 640 box.
    """
    import networkx as nx

    stmts = data.active_statements()
    rows = actor_rows(data)
    camp = camps(data) if camp is None else camp
    issue_count: Counter[str] = Counter(s.target for s in stmts if s.target_kind == "concept")
    active = [r for r in rows if r.activity > 0][:max_actors]
    keep = {r.name for r in active}
    # organisations that active members belong to, as small nodes
    aff_edges: list[tuple[str, str]] = []
    org_types = {r.name: r.type for r in rows}
    extra_orgs: list[str] = []
    for af in sorted(data.affiliations, key=lambda a: (a.actor, a.organization)):
        if af.actor in keep and (af.actor, af.organization) not in aff_edges:
            if af.organization not in keep and af.organization not in extra_orgs:
                extra_orgs.append(af.organization)
            aff_edges.append((af.actor, af.organization))
    issues = [i for i, _ in sorted(issue_count.items(), key=lambda kv: (-kv[1], kv[0]))][
        :max_issues
    ]
    nodes: dict[str, NetNode] = {}
    for r in active:
        nodes["a:" + r.name] = NetNode("a:" + r.name, r.name, r.type, r.activity, camp.get(r.name))
    for o in extra_orgs:
        nodes["a:" + o] = NetNode("a:" + o, o, org_types.get(o, "organization"), 0, camp.get(o))
    for i in issues:
        nodes["c:" + i] = NetNode("c:" + i, i, "issue", issue_count[i], None)

    agg: Counter[tuple[str, str, str, bool]] = Counter()
    examples: dict[tuple[str, str, str, bool], list[str]] = defaultdict(list)
    neutral = 0
    for s in stmts:
        if s.polarity == "neutral":
            neutral += 1
            continue
        src = "a:" + s.source
        tgt = ("c:" if s.target_kind == "concept" else "a:") + s.target
        if src in nodes and tgt in nodes and src != tgt:
            key = (src, tgt, s.polarity, is_past(s))
            agg[key] += 1
            if len(examples[key]) < 3:
                examples[key].append(s.evidence.text)
    edges = [
        NetEdge(a, b, p, past, n, examples[(a, b, p, past)])
        for (a, b, p, past), n in sorted(agg.items())
    ]

    # the layout graph: support pulls hard, opposition weakly, agreeing on issues pulls
    # allies together (an invisible tie), so camps come out as neighbourhoods
    g = nx.Graph()
    g.add_nodes_from(sorted(nodes))

    def pull(u: str, v: str, w: float) -> None:
        old = g.get_edge_data(u, v, {"weight": 0.0})["weight"]
        g.add_edge(u, v, weight=old + w)

    for e in edges:
        w = e.count * (W_SUPPORT if e.polarity == "support" else W_OPPOSE)
        pull(e.source, e.target, w * (0.5 if e.past else 1.0))
    for r in pair_relations(data) if relations is None else relations:
        if r.agree and "a:" + r.a in nodes and "a:" + r.b in nodes:
            pull("a:" + r.a, "a:" + r.b, W_AGREE * len(set(r.agree)))
    for a, o in aff_edges:
        pull("a:" + a, "a:" + o, 0.5)
    vmax = max((n.activity for n in nodes.values()), default=1)
    for node in nodes.values():
        lo, hi = (7.0, 26.0) if node.kind != "issue" else (9.0, 28.0)
        node.r = sqrt_scale(node.activity, vmax, lo, hi)
        if node.activity == 0:
            node.r = 5.0
    height = HEIGHT if len(nodes) <= 24 else min(1000.0, HEIGHT + 10.0 * (len(nodes) - 24))
    camp_of = {nid: n.camp for nid, n in nodes.items() if n.camp is not None and n.kind != "issue"}
    pos = _layout(g, height, camp_of)
    for n, node in nodes.items():
        node.x, node.y = pos[n]
    _separate(list(nodes.values()), WIDTH, height, MARGIN)
    hidden = len([r for r in rows if r.activity > 0]) - len(active)
    hidden += max(0, len(issue_count) - len(issues))
    return Network(
        nodes=sorted(nodes.values(), key=lambda n: n.id),
        edges=edges,
        affiliations=aff_edges,
        hidden_nodes=hidden,
        neutral=neutral,
        height=height,
    )


WIDTH, HEIGHT, MARGIN = 1000.0, 640.0, 60.0
W_SUPPORT, W_OPPOSE, W_AGREE = 1.0, 0.15, 0.6  # layout pull of a statement / shared position
ANCHOR_PULL = 0.8  # pull of a camp's invisible anchor on its members


def _layout(
    g: Any, height: float = HEIGHT, camp_of: dict[str, int] | None = None
) -> dict[str, tuple[float, float]]:
    """Seeded spring layout per connected component, components packed in rows to fill a
    ``WIDTH`` x ``height`` box (largest first), so that small groups do not fly to the edges.

    With ``camp_of`` (node id -> 0 / 1), a component holding both camps gets two invisible
    anchors fixed left and right that pull their camp's members, so camps read left vs right.
    """
    import networkx as nx
    import numpy as np

    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    boxes: list[tuple[float, dict[str, tuple[float, float]]]] = []
    for comp in comps:
        # a fresh graph in sorted order: subgraph views iterate a set when small, which
        # would make the layout depend on string hashing (PYTHONHASHSEED)
        sub = nx.Graph()
        sub.add_nodes_from(comp)
        sub.add_edges_from(sorted((u, v, d) for u, v, d in g.edges(comp, data=True)))
        sides = {camp_of[n] for n in comp if camp_of and n in camp_of}
        if len(comp) == 1:
            unit = {comp[0]: (0.5, 0.5)}
        else:
            k = 1.8 / math.sqrt(len(comp))
            if sides == {0, 1} and camp_of:
                anchors = {0: "\0camp0", 1: "\0camp1"}
                rng = np.random.default_rng(7)
                init = {}
                for n in comp:
                    side = camp_of.get(n)
                    x = -0.5 if side == 0 else (0.5 if side == 1 else 0.0)
                    init[n] = (x + rng.uniform(-0.3, 0.3), rng.uniform(-0.8, 0.8))
                for side, a in anchors.items():
                    init[a] = (-1.0 if side == 0 else 1.0, 0.0)
                    sub.add_node(a)
                for n in comp:
                    if n in camp_of:
                        sub.add_edge(n, anchors[camp_of[n]], weight=ANCHOR_PULL)
                raw = nx.spring_layout(
                    sub,
                    pos=init,
                    fixed=list(anchors.values()),
                    k=k,
                    iterations=300,
                    weight="weight",
                    seed=7,
                )
                for a in anchors.values():
                    raw.pop(a)
            else:
                raw = nx.spring_layout(sub, seed=7, k=k, iterations=300, weight="weight")
            xs = [float(p[0]) for p in raw.values()]
            ys = [float(p[1]) for p in raw.values()]
            span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
            unit = {
                n: (
                    (float(p[0]) - min(xs)) / span + (1 - (max(xs) - min(xs)) / span) / 2,
                    (float(p[1]) - min(ys)) / span + (1 - (max(ys) - min(ys)) / span) / 2,
                )
                for n, p in raw.items()
            }
        boxes.append((math.sqrt(len(comp)) + 0.6, unit))
    if not boxes:
        return {}
    # shelf packing: rows of boxes; try each row width, keep the one that draws largest
    avail_w, avail_h = WIDTH - 2 * MARGIN, height - 2 * MARGIN
    sizes = [size for size, _ in boxes]
    candidates = sorted({sum(sizes[: i + 1]) for i in range(min(len(sizes), 60))})
    best: tuple[float, list[tuple[float, float]], float, float] | None = None
    for row_w in candidates:
        spots: list[tuple[float, float]] = []
        x = y = row_h = 0.0
        for size in sizes:
            if x > 0 and x + size > row_w + 1e-9:
                x, y, row_h = 0.0, y + row_h, 0.0
            spots.append((x, y))
            x += size
            row_h = max(row_h, size)
        total_w = max(sx + size for (sx, _), size in zip(spots, sizes, strict=True))
        total_h = y + row_h
        scale = min(avail_w / total_w, avail_h / total_h)
        if best is None or scale > best[0] + 1e-9:
            best = (scale, spots, total_w, total_h)
    assert best is not None
    scale, spots, total_w, total_h = best
    # stretch up to 1.6x along the roomier axis to use the picture's width
    sx_ = min(avail_w / total_w, scale * 1.6)
    sy_ = min(avail_h / total_h, scale * 1.6)
    placed = [(sx, sy, size, unit) for (sx, sy), (size, unit) in zip(spots, boxes, strict=True)]
    off_x = (WIDTH - total_w * sx_) / 2
    off_y = (height - total_h * sy_) / 2
    out: dict[str, tuple[float, float]] = {}
    for px, py, size, unit in placed:
        inner = size - 0.6
        for n, (ux, uy) in unit.items():
            out[n] = (
                off_x + (px + 0.3 + ux * inner) * sx_,
                off_y + (py + 0.3 + uy * inner) * sy_,
            )
    return out


def _separate(nodes: list[NetNode], width: float, height: float, margin: float) -> None:
    """Push overlapping nodes apart (room for the node and its label), a few deterministic
    passes, keeping every node inside the picture."""
    for _ in range(60):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                dx, dy = b.x - a.x, b.y - a.y
                need = a.r + b.r + 34.0
                d = math.hypot(dx, dy)
                if d >= need:
                    continue
                if d < 1e-6:
                    dx, dy, d = 1.0, 0.0, 1.0
                push = (need - d) / 2
                ux, uy = dx / d, dy / d
                a.x, a.y = a.x - ux * push, a.y - uy * push
                b.x, b.y = b.x + ux * push, b.y + uy * push
                moved = True
        for n in nodes:
            n.x = min(max(n.x, margin * 0.6), width - margin * 0.6)
            n.y = min(max(n.y, margin * 0.5), height - margin * 0.6)
        if not moved:
            break


def _shape(node: NetNode) -> str:
    """The node's outline: circle (person), rounded square (organisation), diamond (issue)."""
    x, y, r = node.x, node.y, node.r
    if node.kind == "issue":
        pts = f"{_f(x)},{_f(y - r)} {_f(x + r)},{_f(y)} {_f(x)},{_f(y + r)} {_f(x - r)},{_f(y)}"
        return f'<polygon class="shape" points="{pts}"/>'
    if node.kind == "organization":
        s = r * 0.9
        return (
            f'<rect class="shape" x="{_f(x - s)}" y="{_f(y - s)}" width="{_f(2 * s)}" '
            f'height="{_f(2 * s)}" rx="{_f(s * 0.25)}"/>'
        )
    return f'<circle class="shape" cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}"/>'


LABEL_CHAR_W = 7.2  # rough width of a character of a 12.5px label
LABEL_H = 14.0


def _label_candidates(n: NetNode) -> list[tuple[float, float, float, str, float]]:
    """Label spots around a node: (angle, x, y, anchor, preference penalty); below first."""
    r = n.r
    d = r * 0.75
    return [
        (math.pi / 2, n.x, n.y + r + 13, "middle", 0.0),
        (-math.pi / 2, n.x, n.y - r - 6, "middle", 0.3),
        (0.0, n.x + r + 5, n.y + 4, "start", 0.4),
        (math.pi, n.x - r - 5, n.y + 4, "end", 0.4),
        (math.pi / 4, n.x + d + 3, n.y + d + 11, "start", 0.8),
        (3 * math.pi / 4, n.x - d - 3, n.y + d + 11, "end", 0.8),
        (-math.pi / 4, n.x + d + 3, n.y - d - 3, "start", 0.8),
        (-3 * math.pi / 4, n.x - d - 3, n.y - d - 3, "end", 0.8),
    ]


def _label_box(x: float, y: float, anchor: str, text: str) -> tuple[float, float, float, float]:
    w = LABEL_CHAR_W * len(text)
    x0 = {"start": x, "middle": x - w / 2, "end": x - w}[anchor]
    return (x0, y - LABEL_H + 3, x0 + w, y + 3)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def place_labels(
    nodes: list[NetNode],
    around: dict[str, list[tuple[float, float]]],
    width: float,
    height: float,
) -> dict[str, tuple[float, float, str]]:
    """Choose a spot for every node label: greedy, biggest nodes first, among eight spots
    around the node, avoiding labels already placed, other nodes, the picture's edges and the
    directions where edges leave the node.  Deterministic.

    Returns:
        ``{node id: (x, y, text-anchor)}``.
    """
    placed: list[tuple[float, float, float, float]] = []
    discs = [(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) for n in nodes]
    out: dict[str, tuple[float, float, str]] = {}
    for n in sorted(nodes, key=lambda n: (-n.r, n.id)):
        angles = [math.atan2(y - n.y, x - n.x) for x, y in around.get(n.id, [])]
        best: tuple[float, float, float, str] | None = None
        for angle, x, y, anchor, pref in _label_candidates(n):
            box = _label_box(x, y, anchor, n.label)
            cost = pref * 40.0
            cost += sum(_overlap(box, p) for p in placed) * 3.0
            cost += sum(_overlap(box, d) for d in discs) * 2.0
            pad = 8.0
            outside = max(0.0, pad - box[0]) + max(0.0, box[2] - width + pad)
            outside += max(0.0, pad - box[1]) + max(0.0, box[3] - height + pad)
            cost += outside * 400.0  # a cut label is worse than an overlap
            if angles:
                clear = min(abs((a - angle + math.pi) % (2 * math.pi) - math.pi) for a in angles)
                cost += max(0.0, 1.2 - clear) * 80.0
            if best is None or cost < best[0] - 1e-9:
                best = (cost, x, y, anchor)
        assert best is not None
        _, x, y, anchor = best
        placed.append(_label_box(x, y, anchor, n.label))
        out[n.id] = (x, y, anchor)
    return out


def _fill(node: NetNode) -> str:
    if node.kind == "issue":
        return COLORS["issue"]
    if node.camp is None:
        return COLORS["nocamp"]
    return COLORS[f"camp{node.camp}"]


def _edge_width(count: int) -> float:
    return min(7.0, 1.6 + 1.6 * math.sqrt(count - 1))


def network_svg(net: Network) -> str:
    """The network as an inline ``<svg>`` element (empty string when there is nothing to draw).

    Actors are circles (persons) or rounded squares (organisations), filled by camp; issues are
    purple diamonds; node size grows with activity.  Edges point from speaker to target: green
    support, red oppose, width by number of statements, dashed when the text places the relation
    before the reported events.  Grey dotted lines link members to their organisations.
    """
    if not net.nodes:
        return ""
    by_id = {n.id: n for n in net.nodes}
    out: list[str] = [
        f'<svg class="network" viewBox="0 0 {_f(WIDTH)} {_f(net.height)}" role="img" '
        'aria-label="Discourse network: actors, issues and support / oppose statements">',
        "<defs>",
    ]
    for pol in ("support", "oppose"):
        out.append(
            f'<marker id="arrow-{pol}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" '
            f'markerHeight="11" markerUnits="userSpaceOnUse" orient="auto">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{COLORS[pol]}"/></marker>'
        )
    out.append("</defs>")

    # affiliation links
    out.append('<g class="affiliations">')
    for a, o in net.affiliations:
        na, no = by_id.get("a:" + a), by_id.get("a:" + o)
        if na is None or no is None:
            continue
        out.append(
            f'<line x1="{_f(na.x)}" y1="{_f(na.y)}" x2="{_f(no.x)}" y2="{_f(no.y)}" '
            f'stroke="{COLORS["affiliation"]}" stroke-width="1.2" stroke-dasharray="2 3">'
            f"<title>{_e(a)} — member of {_e(o)}</title></line>"
        )
    out.append("</g>")

    # statement edges, curved apart when a pair has several
    groups: dict[tuple[str, str], list[NetEdge]] = defaultdict(list)
    for e in net.edges:
        groups[tuple(sorted((e.source, e.target)))].append(e)  # type: ignore[index]
    out.append('<g class="edges">')
    for (u, v), es in sorted(groups.items()):
        nu, nv = by_id[u], by_id[v]
        dx, dy = nv.x - nu.x, nv.y - nu.y
        dist = math.hypot(dx, dy) or 1.0
        nx_, ny_ = -dy / dist, dx / dist  # normal of the canonical direction u -> v
        k = len(es)
        for i, e in enumerate(es):
            off = (i - (k - 1) / 2) * 0.28 * dist * (0.6 if k > 2 else 1.0)
            if k == 1:
                off = 0.08 * dist
            s, t = by_id[e.source], by_id[e.target]
            cx = (s.x + t.x) / 2 + nx_ * off
            cy = (s.y + t.y) / 2 + ny_ * off
            # start and end on the node outlines
            sdx, sdy = cx - s.x, cy - s.y
            sd = math.hypot(sdx, sdy) or 1.0
            tdx, tdy = t.x - cx, t.y - cy
            td = math.hypot(tdx, tdy) or 1.0
            x1, y1 = s.x + sdx / sd * (s.r + 1), s.y + sdy / sd * (s.r + 1)
            x2, y2 = t.x - tdx / td * (t.r + 2), t.y - tdy / td * (t.r + 2)
            w = _edge_width(e.count)
            dash = ' stroke-dasharray="6 4"' if e.past else ""
            verb = {"support": "supports", "oppose": "opposes"}[e.polarity]
            when = " (earlier)" if e.past else ""
            label = f"{s.label} {verb} {t.label}{when}: {e.count} statement{'s' * (e.count != 1)}"
            for ex in e.examples:
                short = ex if len(ex) <= 90 else ex[:88] + "…"
                label += f"\n• {short}"
            if e.count > len(e.examples):
                label += "\n…"
            out.append(
                f'<path class="edge {e.polarity}{" past" if e.past else ""}" '
                f'data-source="{_e(s.label)}" data-target="{_e(t.label)}" '
                f'data-kind="{"concept" if t.kind == "issue" else "actor"}" '
                f'd="M{_f(x1)},{_f(y1)} Q{_f(cx)},{_f(cy)} {_f(x2)},{_f(y2)}" fill="none" '
                f'stroke="{COLORS[e.polarity]}" stroke-width="{_f(w)}" stroke-opacity="0.8"'
                f'{dash} marker-end="url(#arrow-{e.polarity})"><title>{_e(label)}</title></path>'
            )
    out.append("</g>")

    around: dict[str, list[tuple[float, float]]] = defaultdict(list)
    links = [(e.source, e.target) for e in net.edges]
    links += [("a:" + a, "a:" + o) for a, o in net.affiliations]
    for u, v in links:
        if u in by_id and v in by_id:
            around[u].append((by_id[v].x, by_id[v].y))
            around[v].append((by_id[u].x, by_id[u].y))
    labels = place_labels(net.nodes, around, WIDTH, net.height)
    out.append('<g class="nodes">')
    for n in sorted(net.nodes, key=lambda n: (n.kind == "issue", -n.r, n.id)):
        kind = {"person": "person", "organization": "organisation", "issue": "issue"}[n.kind]
        camp = "" if n.camp is None else f"; camp {'AB'[n.camp]}"
        tip = f"{n.label} ({kind}) — {n.activity} statement{'s' * (n.activity != 1)}{camp}"
        attr = "data-issue" if n.kind == "issue" else "data-actor"
        out.append(
            f'<g class="node {n.kind}" {attr}="{_e(n.label)}" tabindex="0" '
            f'fill="{_fill(n)}"><title>{_e(tip)}</title>{_shape(n)}'
            f'<text x="{_f(labels[n.id][0])}" y="{_f(labels[n.id][1])}" '
            f'text-anchor="{labels[n.id][2]}">'
            f"{_e(n.label)}</text></g>"
        )
    out.append("</g></svg>")
    return "".join(out)


# -- timelines -------------------------------------------------------------------------


def _label_every(n: int, room: int) -> int:
    return max(1, math.ceil(n / room))


def _short(bucket: str, gran: str) -> str:
    if gran == "day":
        return bucket[5:]
    return bucket


def timeline_svg(tl: Timeline) -> str:
    """Support (up, green) and oppose (down, red) statements per bucket as a bar chart."""
    n = len(tl.buckets)
    width, height = 1000.0, 240.0
    left, right, top, bottom = 44.0, 12.0, 16.0, 34.0
    plot_w = width - left - right
    mid = top + (height - top - bottom) / 2
    half = (height - top - bottom) / 2
    vmax = max([*tl.support, *tl.oppose, 1])
    band = plot_w / n
    bar = max(2.0, min(band * 0.7, 48.0))
    out = [
        f'<svg class="timeline" viewBox="0 0 {_f(width)} {_f(height)}" role="img" '
        f'aria-label="Support and oppose statements per {tl.granularity}">'
    ]
    # grid and axis labels
    step = max(1, math.ceil(vmax / 4))
    for v in range(step, vmax + 1, step):
        for sign in (1, -1):
            y = mid - sign * v / vmax * half
            out.append(
                f'<line x1="{_f(left)}" x2="{_f(width - right)}" y1="{_f(y)}" y2="{_f(y)}" '
                f'class="grid"/><text x="{_f(left - 6)}" y="{_f(y + 4)}" text-anchor="end" '
                f'class="tick">{v}</text>'
            )
    out.append(
        f'<line x1="{_f(left)}" x2="{_f(width - right)}" y1="{_f(mid)}" y2="{_f(mid)}" '
        f'class="axis"/>'
    )
    every = _label_every(n, 14)
    for i, b in enumerate(tl.buckets):
        cx = left + band * (i + 0.5)
        sup, opp, neu = tl.support[i], tl.oppose[i], tl.neutral[i]
        tip = f"{b}: {sup} support, {opp} oppose, {neu} neutral"
        out.append(f'<g class="bucket"><title>{_e(tip)}</title>')
        out.append(
            f'<rect x="{_f(cx - band / 2)}" y="{_f(top)}" width="{_f(band)}" '
            f'height="{_f(height - top - bottom)}" fill="transparent"/>'
        )
        if sup:
            h = sup / vmax * half
            out.append(
                f'<rect x="{_f(cx - bar / 2)}" y="{_f(mid - h)}" width="{_f(bar)}" '
                f'height="{_f(h)}" rx="2" fill="{COLORS["support"]}"/>'
            )
        if opp:
            h = opp / vmax * half
            out.append(
                f'<rect x="{_f(cx - bar / 2)}" y="{_f(mid)}" width="{_f(bar)}" '
                f'height="{_f(h)}" rx="2" fill="{COLORS["oppose"]}"/>'
            )
        out.append("</g>")
        if i % every == 0:
            out.append(
                f'<text x="{_f(cx)}" y="{_f(height - bottom + 18)}" text-anchor="middle" '
                f'class="tick">{_e(_short(b, tl.granularity))}</text>'
            )
    out.append(
        f'<text x="{_f(left + 4)}" y="{_f(top + 10)}" class="tick legend-s">▲ support</text>'
        f'<text x="{_f(left + 4)}" y="{_f(height - bottom - 4)}" class="tick legend-o">'
        f"▼ oppose</text>"
    )
    out.append("</svg>")
    return "".join(out)


def _cell_color(rel: PairRelation) -> str:
    if rel.score > 0:
        return COLORS["support"]
    if rel.score < 0:
        return COLORS["oppose"]
    return "#e6b325"


def pairs_svg(tl: Timeline) -> str:
    """Relation of the most active actor pairs per bucket: one row per pair, one cell per
    bucket, green for alliance, red for conflict, amber for mixed evidence, blank for none."""
    if not tl.pair_rows:
        return ""
    n = len(tl.buckets)
    label_w, cell_h, gap, top = 300.0, 22.0, 4.0, 22.0
    width = 1000.0
    cell_w = (width - label_w - 10) / n
    height = top + len(tl.pair_rows) * (cell_h + gap) + 4
    out = [
        f'<svg class="pairs" viewBox="0 0 {_f(width)} {_f(height)}" role="img" '
        f'aria-label="Relations of actor pairs per {tl.granularity}">'
    ]
    every = _label_every(n, 10)
    for j, b in enumerate(tl.buckets):
        if j % every == 0:
            out.append(
                f'<text x="{_f(label_w + cell_w * (j + 0.5))}" y="14" text-anchor="middle" '
                f'class="tick">{_e(_short(b, tl.granularity))}</text>'
            )
    for i, (rel, cells) in enumerate(tl.pair_rows):
        y = top + i * (cell_h + gap)
        name = f"{rel.a} – {rel.b}"
        out.append(
            f'<text x="{_f(label_w - 8)}" y="{_f(y + cell_h / 2 + 4)}" text-anchor="end" '
            f'class="pair-label">{_e(name)}</text>'
        )
        out.append(
            f'<rect x="{_f(label_w)}" y="{_f(y)}" width="{_f(cell_w * n)}" height="{_f(cell_h)}" '
            f'class="pair-bg"/>'
        )
        for j, cell in enumerate(cells):
            if cell is None:
                continue
            tip = (
                f"{name}, {tl.buckets[j]}: {cell.relation} — direct {cell.support}+/"
                f"{cell.oppose}−, shared issues {len(cell.agree)} agree / "
                f"{len(cell.disagree)} disagree"
            )
            out.append(
                f'<rect x="{_f(label_w + cell_w * j + 1)}" y="{_f(y + 1)}" '
                f'width="{_f(max(1.0, cell_w - 2))}" height="{_f(cell_h - 2)}" rx="3" '
                f'fill="{_cell_color(cell)}"><title>{_e(tip)}</title></rect>'
            )
    out.append("</svg>")
    return "".join(out)
