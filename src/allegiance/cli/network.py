"""CLI commands (network): ``import``, ``network``, ``shifts``, ``camps``."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from allegiance.cli._app import app

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

NET_DB_OPTION = typer.Option(Path("allegiance.db"), "--db", help="SQLite store.")
START_OPTION = typer.Option(None, "--start", help="First day (ISO date, inclusive).")
END_OPTION = typer.Option(None, "--end", help="Last day (ISO date, inclusive).")
SOURCE_OPTION = typer.Option(None, "--source", help="Only documents from this outlet (repeat).")
ACTOR_OPTION = typer.Option(None, "--actor", help="Only statements made by this actor (repeat).")
LANG_OPTION = typer.Option(None, "--lang", help="Only documents in this language (de, en).")
ACTOR_TYPE_OPTION = typer.Option(None, "--actor-type", help="person or organization.")
ISSUE_OPTION = typer.Option(None, "--issue", help="Only positions on this issue (repeat).")
WINDOW_OPTION = typer.Option(
    "all", "--window", help="all, day, week, month, quarter, year or moving."
)
WIDTH_OPTION = typer.Option(365, "--width", help="Moving windows: width in days.")
STEP_OPTION = typer.Option(None, "--step", help="Moving windows: step in days (width/4).")
KERNEL_OPTION = typer.Option(
    "uniform", "--kernel", help="Moving windows: uniform, gaussian, epanechnikov, triangular."
)
DUPLICATES_OPTION = typer.Option(
    "document",
    "--duplicates",
    help="Count identical statements once per: none, document, week, month, year.",
)
REJECTED_OPTION = typer.Option(False, "--include-rejected", help="Also rejected statements.")
CAMPS_OPTION = typer.Option(
    True, "--camps/--no-camps", help="Give every actor node its camp (slow on huge networks)."
)
QUOTES_OPTION = typer.Option(
    0, "--quotes", help="Actor and two-mode networks: keep up to N evidence texts per edge."
)
OUT_OPTION = typer.Option(None, "--out", help="Write the network here.")
PNG_OPTION = typer.Option(None, "--png", help="Draw the network (PNG).")
SVG_OPTION = typer.Option(None, "--svg", help="Draw the network (SVG).")
TIMELINE_OPTION_1 = typer.Option(
    None, "--timeline", help="Draw a timeline (PNG/SVG): polarisation, or --pair's relation."
)
TIMELINE_OPTION_2 = typer.Option(None, "--timeline", help="Polarisation timeline.")
FILE_ARGUMENT = typer.Argument(
    ..., help="JSONL: coded statements (extract output) or hand-coded documents (gold format)."
)


def _load_table(
    db: Path,
    *,
    start: str | None,
    end: str | None,
    source: list[str] | None,
    actor: list[str] | None,
    lang: str | None,
    actor_type: str | None,
    issue: list[str] | None,
    include_rejected: bool,
):  # type: ignore[no-untyped-def]
    from allegiance.network import StatementTable
    from allegiance.network.table import ACTOR_TYPES
    from allegiance.store import Store

    if not db.exists():
        err.print(f"[red]no store at {db}[/] (run `allegiance import` or `allegiance analyze`)")
        raise typer.Exit(2)
    with Store(db) as store:
        stmts = store.statements(
            sources=source or None,
            lang=lang,
            actor_type=actor_type,
            include_rejected=include_rejected,
        )
        types = {a.name: a.type for a in store.actors()}
    table = StatementTable.from_statements(stmts)
    # actors seen only as targets get their type from the store's actor table
    for code, name in enumerate(table.actors):
        if types.get(name) in ACTOR_TYPES:
            table.actor_type[code] = ACTOR_TYPES.index(types[name])
    # time and issue filters here: they know about past statements and keep actor targets
    return table.filter(start=start, end=end, actors=actor or None, issues=issue or None)


def _windows(
    table,
    window: str,
    width: int,
    step: int | None,
    kernel: str,
    start: str | None,
    end: str | None,
):  # type: ignore[no-untyped-def]
    from allegiance.network import time_windows

    try:
        return time_windows(
            table, window, width=width, step=step, kernel=kernel, start=start, end=end
        )
    except ValueError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc


def _suffixed(path: Path, label: str, many: bool) -> Path:
    if not many:
        return path
    return path.with_name(f"{path.stem}.{label}{path.suffix}")


# ---------------------------------------------------------------------- import
@app.command("import")
def import_cmd(
    file: Path = FILE_ARGUMENT,
    db: Path = NET_DB_OPTION,
) -> None:
    """Load coded statements (and hand-coded documents) into the store."""
    from allegiance.network import read_jsonl
    from allegiance.store import Store

    if not file.exists():
        err.print(f"[red]no such file: {file}[/]")
        raise typer.Exit(2)
    batch = read_jsonl(file)
    for line, problem in batch.problems:
        err.print(f"[yellow]line {line}:[/] {problem}")
    new_docs = 0
    with Store(db) as store:
        ids: dict[str, str] = {}
        for doc in batch.documents:
            real, created = store.add_document(doc)
            ids[doc.id] = real
            new_docs += int(created)
        stmts = [
            dataclasses.replace(s, doc_id=ids[s.doc_id])
            if ids.get(s.doc_id, s.doc_id) != s.doc_id
            else s
            for s in batch.statements
        ]
        n = store.add_statements(stmts)
    out.print(
        f"imported {len(batch.documents)} documents ({new_docs} new) and "
        f"{len(batch.statements)} statements ({n} new) into {db}"
        + (f"; {len(batch.problems)} problems" if batch.problems else "")
    )


# ---------------------------------------------------------------------- network
@app.command("network")
def network_cmd(
    type_: str = typer.Option(
        "actor", "--type", help="actor, two-mode, congruence, conflict or subtract."
    ),
    window: str = WINDOW_OPTION,
    width: int = WIDTH_OPTION,
    step: int | None = STEP_OPTION,
    kernel: str = KERNEL_OPTION,
    start: str | None = START_OPTION,
    end: str | None = END_OPTION,
    source: list[str] | None = SOURCE_OPTION,
    actor: list[str] | None = ACTOR_OPTION,
    lang: str | None = LANG_OPTION,
    actor_type: str | None = ACTOR_TYPE_OPTION,
    issue: list[str] | None = ISSUE_OPTION,
    normalization: str = typer.Option(
        "none",
        "--normalization",
        help="Projections: none, average, jaccard, cosine; two-mode: activity, prominence.",
    ),
    duplicates: str = DUPLICATES_OPTION,
    undirected: bool = typer.Option(False, "--undirected", help="Actor network: merge A->B, B->A."),
    fmt: str | None = typer.Option(
        None, "--format", help="graphml, gexf, csv or json (default: from --out's extension)."
    ),
    out_path: Path | None = OUT_OPTION,
    png: Path | None = PNG_OPTION,
    svg: Path | None = SVG_OPTION,
    quotes: int = QUOTES_OPTION,
    with_camps: bool = CAMPS_OPTION,
    include_rejected: bool = REJECTED_OPTION,
    db: Path = NET_DB_OPTION,
) -> None:
    """Build a discourse network (per time window) and export or draw it."""
    from allegiance.network import (
        DUPLICATES,
        NORMALIZATIONS,
        draw_network,
        find_camps,
        network,
        signed_network,
        write_network,
    )

    kinds = ("actor", "two-mode", "congruence", "conflict", "subtract")
    if type_ not in kinds:
        err.print(f"[red]--type must be one of {', '.join(kinds)}[/]")
        raise typer.Exit(2)
    allowed = ("none", "activity", "prominence") if type_ == "two-mode" else NORMALIZATIONS
    if type_ == "actor":
        allowed = ("none",)
    if normalization not in allowed or duplicates not in DUPLICATES:
        err.print(f"[red]--normalization: {allowed}; --duplicates: {DUPLICATES}[/]")
        raise typer.Exit(2)
    table = _load_table(
        db,
        start=start,
        end=end,
        source=source,
        actor=actor,
        lang=lang,
        actor_type=actor_type,
        issue=issue,
        include_rejected=include_rejected,
    )
    wins = _windows(table, window, width, step, kernel, start, end)
    kw: dict[str, Any] = {"duplicates": duplicates}
    if type_ in ("actor", "two-mode") and quotes > 0:
        kw["quotes"] = quotes
    if type_ == "actor":
        kw["directed"] = not undirected
    else:
        kw["normalization"] = normalization
    series = []
    for w in wins:
        g = network(table, type_, w, **kw)
        if with_camps:
            camps = find_camps(signed_network(table, w, duplicates=duplicates))  # type: ignore[arg-type]
            for node, c in camps.items():
                if node in g and g.nodes[node].get("mode") != "issue":
                    g.nodes[node]["camp"] = c
        series.append((w, g))
    if not series:
        err.print("[yellow]no dated statements match[/]")
    many = len(series) > 1
    if out_path is not None and series:
        fmt_ = (fmt or out_path.suffix.lstrip(".") or "graphml").lower()
        try:
            files = write_network(series if many else series[0][1], out_path, fmt_)
        except ValueError as exc:
            err.print(f"[red]{exc}[/]")
            raise typer.Exit(2) from exc
        for f in files:
            out.print(f"wrote {f}")
    for pic in (png, svg):
        if pic is None:
            continue
        for w, g in series:
            p = draw_network(g, _suffixed(pic, w.label, many), title=f"{type_} network, {w.label}")
            out.print(f"wrote {p}")
    if out_path is None and png is None and svg is None:
        for w, g in series:
            out.print(
                f"[bold]{w.label}[/]: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
            )
            edges = sorted(g.edges(data=True), key=lambda e: -abs(e[2].get("weight", 0.0)))
            for u, v, d in edges[:15]:
                arrow = "->" if g.is_directed() else "--"
                out.print(f"  {u} {arrow} {v}: {d.get('weight', 0.0):+.3g}")


# ---------------------------------------------------------------------- shifts
@app.command("shifts")
def shifts_cmd(
    window: str = typer.Option("year", "--window", help="day, week, month, quarter or year."),
    start: str | None = START_OPTION,
    end: str | None = END_OPTION,
    source: list[str] | None = SOURCE_OPTION,
    lang: str | None = LANG_OPTION,
    actor_type: str | None = ACTOR_TYPE_OPTION,
    issue: list[str] | None = ISSUE_OPTION,
    fmt: str = typer.Option("text", "--format", help="text or json."),
    kinds: str = typer.Option(
        "pair-flip,camp-change,issue-split", "--kinds", help="Comma-separated kinds to report."
    ),
    min_dominance: float = typer.Option(
        0.5, "--min-dominance", help="Least |support-oppose|/(support+oppose) for a clear side."
    ),
    max_evidence: int = typer.Option(5, "--max-evidence", help="Statements cited per side."),
    limit: int = typer.Option(50, "--limit", help="Report at most this many."),
    min_strength: float = typer.Option(
        0.0, "--min-strength", help="Leave out realignments weaker than this."
    ),
    pair: str | None = typer.Option(
        None, "--pair", help='"Actor A,Actor B": with --timeline, draw their relation.'
    ),
    timeline: Path | None = TIMELINE_OPTION_1,
    include_rejected: bool = REJECTED_OPTION,
    db: Path = NET_DB_OPTION,
) -> None:
    """Realignments: flipped relations, camp changes, issues that split camps, with evidence."""
    from allegiance.network import camp_series, draw_timeline, realignments, relation_series

    table = _load_table(
        db,
        start=start,
        end=end,
        source=source,
        actor=None,
        lang=lang,
        actor_type=actor_type,
        issue=issue,
        include_rejected=include_rejected,
    )
    wins = _windows(table, window, 365, None, "uniform", start, end)
    found = realignments(
        table,
        windows=wins,
        kinds=tuple(k.strip() for k in kinds.split(",") if k.strip()),
        min_dominance=min_dominance,
        max_evidence=max_evidence,
    )
    found = [x for x in found if x.strength >= min_strength][:limit]
    if fmt == "json":
        out.print(
            json.dumps([s.to_dict() for s in found], ensure_ascii=False, indent=1), markup=False
        )
    elif fmt == "text":
        if not found:
            out.print("No realignments found.")
        for i, s in enumerate(found, 1):
            out.print(f"{i}. [{s.kind}] {s.summary} (strength {s.strength:.2f})", markup=False)
            out.print(f"   before ({s.before}):", markup=False)
            for e in s.evidence_before:
                out.print(f"     {e.line()}", markup=False)
            out.print(f"   after ({s.after}):", markup=False)
            for e in s.evidence_after:
                out.print(f"     {e.line()}", markup=False)
    else:
        err.print("[red]--format must be text or json[/]")
        raise typer.Exit(2)
    if timeline is not None:
        if pair:
            names = [p.strip() for p in pair.split(",")]
            if len(names) != 2:
                err.print('[red]--pair takes "Actor A,Actor B"[/]')
                raise typer.Exit(2)
            try:
                series = relation_series(table, names[0], names[1], wins)
            except KeyError as exc:
                err.print(f"[red]unknown actor {exc}[/]")
                raise typer.Exit(2) from exc
            draw_timeline(
                series,
                timeline,
                value="net",
                ylabel="support - oppose",
                title=f"{names[0]} – {names[1]}",
            )
        else:
            rows = camp_series(table, wins)
            draw_timeline(
                rows,
                timeline,
                value="polarization",
                ylabel="polarisation",
                title="Polarisation per window",
            )
        err.print(f"wrote {timeline}")


# ---------------------------------------------------------------------- camps
@app.command("camps")
def camps_cmd(
    window: str = typer.Option("year", "--window", help="all, month, quarter, year, moving..."),
    width: int = WIDTH_OPTION,
    step: int | None = STEP_OPTION,
    kernel: str = KERNEL_OPTION,
    start: str | None = START_OPTION,
    end: str | None = END_OPTION,
    lang: str | None = LANG_OPTION,
    fmt: str = typer.Option("text", "--format", help="text or json."),
    timeline: Path | None = TIMELINE_OPTION_2,
    db: Path = NET_DB_OPTION,
) -> None:
    """Camps, polarisation and structural balance per time window."""
    from allegiance.network import camp_series, draw_timeline

    table = _load_table(
        db,
        start=start,
        end=end,
        source=None,
        actor=None,
        lang=lang,
        actor_type=None,
        issue=None,
        include_rejected=False,
    )
    rows = camp_series(table, _windows(table, window, width, step, kernel, start, end))
    if fmt == "json":
        clean = [{k: v for k, v in r.items() if k != "graph"} for r in rows]
        out.print(json.dumps(clean, ensure_ascii=False, indent=1), markup=False)
    else:
        for r in rows:
            out.print(
                f"{r['window']}: {r['actors']} actors, polarisation {r['polarization']:.2f}, "
                f"frustration {r['frustration']:.2f}, triangle balance "
                f"{r['triangle_balance']:.2f}",
                markup=False,
            )
            for i, members in enumerate(r["camps"]):  # type: ignore[arg-type]
                if len(members) > 1:
                    out.print(f"   camp {i}: {', '.join(members)}", markup=False)
    if timeline is not None:
        draw_timeline(rows, timeline, value="polarization", ylabel="polarisation")
        err.print(f"wrote {timeline}")
