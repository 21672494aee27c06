"""The terminal summary: actors, statements with evidence, alliances and conflicts, issues."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from allegiance.report.changes import changes
from allegiance.report.data import (
    ReportData,
    actor_rows,
    corpus_facts,
    evidence_context,
    is_past,
    issue_positions,
    pair_relations,
    statement_date,
)

POLARITY_STYLE = {"support": "bold green", "oppose": "bold red", "neutral": "bold bright_black"}
EVIDENCE_STYLE = {"support": "green", "oppose": "red", "neutral": ""}
POLARITY_MARK = {"support": "+", "oppose": "−", "neutral": "○"}
RELATION_STYLE = {
    "alliance": "green",
    "conflict": "red",
    "mixed": "yellow",
    "former alliance": "green dim",
    "former conflict": "red dim",
}


def _facts_line(data: ReportData) -> Text:
    f = corpus_facts(data)
    t = Text()
    t.append(f"{f.documents} document{'s' * (f.documents != 1)}", style="bold")
    if f.languages:
        t.append(" (" + ", ".join(f"{lang} {n}" for lang, n in f.languages) + ")")
    if f.off_topic:
        t.append(f", {f.off_topic} off topic")
    if f.first_date:
        span = f.first_date if f.first_date == f.last_date else f"{f.first_date} – {f.last_date}"
        t.append(f" · {span}")
    t.append(" · ")
    t.append(f"{f.statements} statement{'s' * (f.statements != 1)}", style="bold")
    if f.statements:
        t.append(" (")
        t.append(f"{f.polarity['support']} support", style="green")
        t.append(", ")
        t.append(f"{f.polarity['oppose']} oppose", style="red")
        t.append(f", {f.polarity['neutral']} neutral")
        if f.past:
            t.append(f"; {f.past} about earlier events")
        t.append(")")
    t.append(f" · {f.actors} actors · {f.concepts} issues")
    return t


def _actors_table(data: ReportData, limit: int) -> RenderableType:
    rows = actor_rows(data)
    if not rows:
        return Text("No actors.", style="dim")
    quiet = [r for r in rows if r.activity == 0]
    if len(quiet) < len(rows):  # with statements, list only actors that have some
        rows = [r for r in rows if r.activity > 0]
    else:
        quiet = []
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("actor", style="bold", overflow="fold", ratio=2)
    table.add_column("type", no_wrap=True)
    table.add_column("affiliations", overflow="fold", ratio=3)
    table.add_column("made", justify="right", no_wrap=True)
    table.add_column("received", justify="right", no_wrap=True)
    for r in rows[:limit]:
        aff = "; ".join(r.affiliations)
        if r.members:
            aff = (aff + "; " if aff else "") + "members: " + ", ".join(r.members)
        table.add_row(
            Text(r.name),
            Text("org" if r.type == "organization" else r.type),
            Text(aff or "–"),
            Text(str(r.made)),
            Text(str(r.received)),
        )
    notes = []
    if len(rows) > limit:
        notes.append(f"{len(rows) - limit} more actors not shown")
    if quiet:
        notes.append(f"{len(quiet)} actors without statements not listed")
    if notes:
        table.caption = "; ".join(notes)
    return table


def _statements(data: ReportData, limit: int) -> RenderableType:
    stmts = data.active_statements()
    if not stmts:
        return Text("No statements.", style="dim")
    docs = data.doc_index()
    parts: list[RenderableType] = []
    for s in stmts[:limit]:
        head = Text()
        head.append(f"[{POLARITY_MARK[s.polarity]}{s.polarity}]", style=POLARITY_STYLE[s.polarity])
        head.append(" ")
        head.append(s.source, style="bold")
        head.append(" → ")
        head.append(s.target, style="bold italic" if s.target_kind == "concept" else "bold")
        if s.target_kind == "concept":
            head.append(" (issue)", style="dim")
        meta = [x for x in (statement_date(s, docs),) if x]
        meta.append(f"conf {s.confidence:.2f}")
        if is_past(s):
            meta.append(f"period: {s.period}")
        head.append("  " + " · ".join(meta), style="dim")
        ctx = evidence_context(docs.get(s.doc_id), s, width=60)
        ev = Text()
        ev.append("…" if ctx.clipped_left else "", style="dim")
        ev.append(ctx.before, style="dim")
        ev.append(ctx.evidence, style="underline " + EVIDENCE_STYLE[s.polarity])
        ev.append(ctx.after, style="dim")
        ev.append("…" if ctx.clipped_right else "", style="dim")
        if not ctx.exact and s.doc_id in docs:
            ev.append("  (offsets do not match the document)", style="yellow")
        ev.append(f"  [{s.doc_id}]", style="dim")
        parts.append(head)
        parts.append(Padding(ev, (0, 0, 0, 4)))
    if len(stmts) > limit:
        parts.append(Text(f"… {len(stmts) - limit} more statements not shown", style="dim"))
    return Group(*parts)


def _relations_table(data: ReportData, limit: int) -> RenderableType:
    rels = pair_relations(data)
    if not rels:
        return Text(
            "No alliances or conflicts: no actor pair is related by statements.", style="dim"
        )
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("actors", style="bold", overflow="fold", ratio=3)
    table.add_column("relation", no_wrap=True)
    table.add_column("direct +/−", justify="right", no_wrap=True)
    table.add_column("shared issues =/≠", overflow="fold", ratio=2)
    table.add_column("score", justify="right", no_wrap=True)
    for r in rels[:limit]:
        shared = f"{len(r.agree)}/{len(r.disagree)}"
        names = sorted(set(r.agree)) + [f"≠{x}" for x in sorted(set(r.disagree))]
        if names:
            shared += " (" + ", ".join(names) + ")"
        direct = f"{r.support}/{r.oppose}"
        if r.past_support or r.past_oppose:
            direct += f" (earlier {r.past_support}/{r.past_oppose})"
        table.add_row(
            Text(f"{r.a} – {r.b}"),
            Text(r.relation, style=RELATION_STYLE.get(r.relation, "")),
            Text(direct),
            Text(shared),
            Text(f"{r.score:+d}"),
        )
    if len(rels) > limit:
        table.caption = f"{len(rels) - limit} more pairs not shown"
    return table


def _fmt_positions(ps: list, attr: str) -> str:
    return ", ".join(f"{p.actor} ({getattr(p, attr)})" for p in ps)


def _issues_table(data: ReportData, limit: int) -> RenderableType:
    rows = issue_positions(data)
    if not rows:
        return Text("No positions on issues.", style="dim")
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("issue", style="bold italic", overflow="fold", ratio=3, min_width=12)
    table.add_column("support", style="green", overflow="fold", ratio=3)
    table.add_column("oppose", style="red", overflow="fold", ratio=3)
    table.add_column("neutral / mixed / earlier", overflow="fold", ratio=2)
    for r in rows[:limit]:
        other = []
        other += [f"{p.actor} (neutral)" for p in r.by_stance("neutral")]
        other += [f"{p.actor} (mixed {p.support}/{p.oppose})" for p in r.by_stance("mixed")]
        other += [f"{p.actor} (earlier support)" for p in r.by_stance("past-support")]
        other += [f"{p.actor} (earlier oppose)" for p in r.by_stance("past-oppose")]
        table.add_row(
            Text(r.issue),
            Text(_fmt_positions(r.by_stance("support"), "support") or "–"),
            Text(_fmt_positions(r.by_stance("oppose"), "oppose") or "–"),
            Text("; ".join(other) or "–"),
        )
    if len(rows) > limit:
        table.caption = f"{len(rows) - limit} more issues not shown"
    return table


def _changes(data: ReportData) -> RenderableType | None:
    found = changes(data, limit=10, max_evidence=1, kinds=("pair-flip",))
    if found.window is None:
        return None
    if found.error:
        return Text(f"Realignments could not be computed ({found.error}).", style="yellow")
    if not found.items:
        return Text(
            f"No relation flipped between {found.window}s.",
            style="dim",
        )
    parts: list[RenderableType] = []
    for c in found.items:
        line = Text()
        line.append(f"[{c.kind}] ", style="bold magenta")
        line.append(c.summary)
        parts.append(line)
        for label, evs in (("before", c.evidence_before), ("after", c.evidence_after)):
            for e in evs:
                ev = Text(f"{label}: ", style="dim")
                ev.append(f"{e.source} → {e.target} ")
                ev.append(f"({e.polarity})", style=POLARITY_STYLE.get(e.polarity, ""))
                ev.append(f" {e.date or ''} ", style="dim")
                ev.append(f"“{e.ctx.evidence}”", style="italic")
                parts.append(Padding(ev, (0, 0, 0, 4)))
    return Group(*parts)


def summary_renderables(data: ReportData, max_statements: int = 50) -> list[RenderableType]:
    """The summary as a list of rich renderables: a header line with corpus facts, then actors,
    statements, alliances & conflicts and positions on issues.  Without statements, only the
    header, the actors (if any) and one line saying so."""
    limit = max(max_statements, 0)
    table_limit = max(limit, 20)
    out: list[RenderableType] = [Rule("allegiance summary", style="cyan"), _facts_line(data)]
    has_statements = bool(data.active_statements())
    if has_statements or data.actors or data.affiliations:
        out += [Text(""), Text("Actors", style="bold cyan"), _actors_table(data, table_limit)]
    if not has_statements:
        hint = (
            "No documents yet: ingest some articles first."
            if not data.documents
            else "No statements found in these documents."
        )
        out += [Text(""), Text(hint, style="yellow")]
        return out
    out += [
        Text(""),
        Text("Statements", style="bold cyan"),
        _statements(data, limit),
        Text(""),
        Text("Alliances & conflicts", style="bold cyan"),
        _relations_table(data, table_limit),
    ]
    what = _changes(data)
    if what is not None:
        out += [Text(""), Text("Relations that flipped", style="bold cyan"), what]
    out += [
        Text(""),
        Text("Positions on issues", style="bold cyan"),
        _issues_table(data, table_limit),
    ]
    return out


def print_summary(
    data: ReportData, console: Console | None = None, max_statements: int = 50
) -> None:
    """Print the summary to a rich console.

    Args:
        data: what to summarise.
        console: where to print (a new stdout console when omitted).
        max_statements: show at most this many statements (tables show at least 20 rows).
    """
    console = console or Console()
    for r in summary_renderables(data, max_statements=max_statements):
        console.print(r)


def summary_text(data: ReportData, max_statements: int = 50, width: int = 110) -> str:
    """The same summary as plain text (no colours or control codes).

    Args:
        data: what to summarise.
        max_statements: show at most this many statements.
        width: line width the tables are laid out for.

    Returns:
        The summary, lines separated by ``\\n``, trailing spaces stripped.
    """
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        color_system=None,
        force_terminal=False,
        no_color=True,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )
    print_summary(data, console=console, max_statements=max_statements)
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"
