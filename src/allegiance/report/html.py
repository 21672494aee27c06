"""The self-contained HTML report: one file, inline CSS / JS / SVG, no external assets."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup

import allegiance
from allegiance.model import Document, Statement
from allegiance.report.changes import changes
from allegiance.report.data import (
    Context,
    ReportData,
    actor_rows,
    camps,
    corpus_facts,
    evidence_context,
    is_past,
    issue_positions,
    pair_relations,
    statement_date,
    timeline,
)
from allegiance.report.svg import COLORS, build_network, network_svg, pairs_svg, timeline_svg


def _asset(name: str) -> str:
    return resources.files("allegiance.report").joinpath("templates", name).read_text("utf-8")


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) link, else None (never a ``javascript:`` link)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


@dataclass(slots=True)
class StatementView:
    """One statement as the template shows it."""

    s: Statement
    date: str | None
    ctx: Context
    doc: Document | None
    doc_url: str | None
    past: bool


@dataclass(slots=True)
class GroupView:
    """Statements of one source actor."""

    actor: str
    type: str
    affiliations: list[str]
    camp: int | None
    items: list[StatementView]
    counts: dict[str, int]


def _script_safe(text: str) -> str:
    """Inline CSS/JS must not close its element early."""
    return text.replace("</", "<\\/")


def render_html(
    data: ReportData,
    title: str = "allegiance report",
    max_statements: int = 5000,
    max_pairs: int = 200,
    max_issues: int = 60,
    max_documents: int = 1000,
    max_actors: int = 500,
) -> str:
    """The report as one HTML string (see :func:`write_html`).

    Args:
        data: what to report.
        title: the page title and heading.
        max_statements: list at most this many statements (all are counted and drawn).
        max_pairs: list at most this many actor pairs (strongest evidence first).
        max_issues: list positions on at most this many issues (most discussed first).
        max_documents: list at most this many documents (oldest first).
        max_actors: list at most this many actors (most active first).

    Returns:
        A complete, self-contained HTML5 document.
    """
    docs = data.doc_index()
    stmts = data.active_statements()
    facts = corpus_facts(data)
    rels = pair_relations(data)
    camp = camps(data, rels)
    rows = actor_rows(data)
    issues = issue_positions(data)
    row_by_name = {r.name: r for r in rows}

    groups: dict[str, list[StatementView]] = defaultdict(list)
    for s in stmts[: max(0, max_statements)]:
        doc = docs.get(s.doc_id)
        groups[s.source].append(
            StatementView(
                s=s,
                date=statement_date(s, docs),
                ctx=evidence_context(doc, s),
                doc=doc,
                doc_url=safe_url(doc.url) if doc else None,
                past=is_past(s),
            )
        )
    group_views = []
    for actor, items in groups.items():
        r = row_by_name.get(actor)
        counts = {
            p: sum(1 for v in items if v.s.polarity == p) for p in ("support", "oppose", "neutral")
        }
        group_views.append(
            GroupView(
                actor=actor,
                type=r.type if r else items[0].s.source_type,
                affiliations=r.affiliations if r else [],
                camp=camp.get(actor),
                items=items,
                counts=counts,
            )
        )
    group_views.sort(key=lambda g: (-len(g.items), g.actor.casefold()))

    net = build_network(data, camp=camp, relations=rels)
    tl = timeline(data)
    filter_actors = sorted(
        {s.source for s in stmts} | {s.target for s in stmts if s.target_kind == "actor"},
        key=str.casefold,
    )
    filter_issues = sorted(
        {s.target for s in stmts if s.target_kind == "concept"}, key=str.casefold
    )

    per_doc = Counter(s.doc_id for s in stmts)
    doc_rows = [
        (d, per_doc.get(d.id, 0), safe_url(d.url))
        for d in sorted(data.documents, key=lambda d: (d.date or "9999", d.id))[:max_documents]
    ]
    env = Environment(
        autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    template = env.from_string(_asset("report.html"))
    ctx: dict[str, Any] = {
        "title": title,
        "version": allegiance.__version__,
        "facts": facts,
        "css": Markup(_script_safe(_asset("report.css"))),
        "js": Markup(_script_safe(_asset("report.js"))),
        "network_svg": Markup(network_svg(net)),
        "net": net,
        "timeline": tl,
        "timeline_svg": Markup(timeline_svg(tl)) if tl else "",
        "pairs_svg": Markup(pairs_svg(tl)) if tl else "",
        "relations": rels[: max(0, max_pairs)],
        "relations_total": len(rels),
        "camp": camp,
        "changes": changes(data, tl=tl),
        "issues": issues[: max(0, max_issues)],
        "issues_total": len(issues),
        "documents": doc_rows,
        "actors": rows[: max(0, max_actors)],
        "actors_total": len(rows),
        "groups": group_views,
        "shown": sum(len(g.items) for g in group_views),
        "total": len(stmts),
        "filter_actors": filter_actors,
        "filter_issues": filter_issues,
        "colors": COLORS,
        "docs_without_statements": len(data.documents) - len({s.doc_id for s in stmts} & set(docs)),
    }
    return template.render(**ctx)


def write_html(
    data: ReportData,
    path: str | os.PathLike[str],
    title: str = "allegiance report",
    max_statements: int = 5000,
) -> None:
    """Write the self-contained HTML report.

    The file has a header with corpus facts, the discourse network as inline SVG, alliances and
    conflicts, positions on issues, a timeline (when statements span several dates), statements
    grouped by speaker with their evidence highlighted in context, and the actor list.  It loads
    nothing from outside (inline CSS, JS and SVG) and opens offline.

    Args:
        data: what to report.
        path: the file to write (parent folders are created).
        title: the page title and heading.
        max_statements: list at most this many statements.
    """
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(render_html(data, title=title, max_statements=max_statements), encoding="utf-8")
