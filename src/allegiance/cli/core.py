"""CLI commands of the product path: analyze, ingest, extract, report, eval."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from allegiance.cli._app import app

if TYPE_CHECKING:
    from allegiance.pipeline import RunReport

DB_OPTION = typer.Option(Path("allegiance.db"), "--db", help="SQLite store (created if missing).")
QUIET_OPTION = typer.Option(
    False, "--quiet", "-q", help="No progress bar and no summary; errors only."
)
REGISTRY_OPTION = typer.Option(None, "--registry", help="Actor/issue registry YAML to respect.")
LEXICON_OPTION = typer.Option(
    None, "--lexicon", help="Extra cue-word YAML merged over the shipped one."
)
WORKERS_OPTION = typer.Option(1, "--workers", "-j", min=1, help="Extract in this many processes.")

err = Console(stderr=True)


@contextmanager
def _progress(quiet: bool, label: str) -> Iterator:  # type: ignore[type-arg]
    """A progress callback (a rich bar on a terminal, nothing with --quiet)."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    with Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
    ) as prog:
        task = prog.add_task("", total=None)

        def cb(done: int, total: int | None, name: str) -> None:
            prog.update(task, completed=done, total=total, description=name[:40])

        yield cb


def _off_topic(report: RunReport) -> str:
    """How many extracted documents were about sport, weather, … (none said when none were)."""
    n = report.off_topic
    return f" ({n} document{'s' * (n != 1)} off topic: sport, weather, …)" if n else ""


def _on_error(line: str) -> None:
    err.print(f"[yellow]skipped[/] {line}", highlight=False, markup=True, soft_wrap=True)


def _extractor(registry: Path | None, lexicon: Path | None):  # type: ignore[no-untyped-def]
    """The rule extractor with the user's registry and lexicon, checked before any work."""
    from allegiance.extract import RuleExtractor, load_lexicon

    try:
        if lexicon:
            for lang in ("de", "en"):
                load_lexicon(lang, str(lexicon))
        return RuleExtractor(
            registry=str(registry) if registry else None,
            lexicon=str(lexicon) if lexicon else None,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        err.print(f"[red]cannot use {lexicon or registry}:[/] {exc}")
        raise typer.Exit(2) from exc


@app.command()
def analyze(
    paths: list[Path] = typer.Argument(
        ..., help="Files (txt, html, RSS/Atom xml, jsonl) or folders."
    ),
    db: Path = DB_OPTION,
    html: Path | None = typer.Option(
        None, "--html", help="Also write a self-contained HTML report."
    ),
    registry: Path | None = REGISTRY_OPTION,
    lexicon: Path | None = LEXICON_OPTION,
    max_statements: int = typer.Option(40, help="Statements to list in the summary."),
    workers: int = WORKERS_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Ingest, extract and summarise: who sides with whom in these articles."""
    from allegiance.pipeline import extract_store, ingest
    from allegiance.report import ReportData, print_summary, write_html
    from allegiance.store import Store

    with Store(db) as store:
        with _progress(quiet, "reading") as cb:
            r1 = ingest(paths, store, progress=cb, on_error=_on_error)
        with _progress(quiet, "extracting") as cb:
            r2 = extract_store(
                store, _extractor(registry, lexicon), progress=cb, on_error=_on_error
            )
        data = ReportData.from_store(store)
        if not quiet:
            print_summary(data, max_statements=max_statements)
            err.print(
                f"{r1.added} new documents, {r1.duplicates} already stored, "
                f"{len(r1.errors) + len(r2.errors)} skipped; {r2.extracted} extracted, "
                f"{r2.statements} statements{_off_topic(r2)}; store: {db}"
            )
        if html:
            write_html(data, html)
            if not quiet:
                err.print(f"HTML report: {html}")
    if r1.added + r1.duplicates == 0:
        err.print("[red]no readable documents[/]")
        raise typer.Exit(1)


@app.command("ingest")
def ingest_cmd(
    paths: list[Path] = typer.Argument(..., help="Files or folders to read into the store."),
    db: Path = DB_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Read articles into the store (re-ingesting an article is a no-op)."""
    from allegiance.pipeline import ingest
    from allegiance.store import Store

    with Store(db) as store, _progress(quiet, "reading") as cb:
        r = ingest(paths, store, progress=cb, on_error=_on_error)
    if not quiet:
        err.print(
            f"{r.added} documents added, {r.duplicates} already stored, {len(r.errors)} skipped"
        )


@app.command("extract")
def extract_cmd(
    corpus: Path | None = typer.Argument(
        None, help="JSONL corpus for batch mode (needs --out); without it, extract the store."
    ),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write statements as JSONL here."),
    db: Path = DB_OPTION,
    registry: Path | None = REGISTRY_OPTION,
    lexicon: Path | None = LEXICON_OPTION,
    redo: bool = typer.Option(False, help="Extract again documents done before."),
    workers: int = WORKERS_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Extract statements: from the store (resumable), or batch mode CORPUS.jsonl --out FILE."""
    from allegiance.pipeline import extract_corpus, extract_store

    ex = _extractor(registry, lexicon)
    if corpus is not None:
        if out is None:
            err.print("[red]batch mode needs --out FILE[/]")
            raise typer.Exit(2)
        with _progress(quiet, "extracting") as cb:
            r = extract_corpus(corpus, out, ex, progress=cb, on_error=_on_error, workers=workers)
        if not quiet:
            err.print(
                f"{r.extracted} documents, {r.statements} statements{_off_topic(r)} -> {out}; "
                f"{len(r.errors)} skipped"
            )
        return
    from allegiance.store import Store

    with Store(db) as store:
        with _progress(quiet, "extracting") as cb:
            r = extract_store(
                store, ex, progress=cb, on_error=_on_error, redo=redo, workers=workers
            )
        if out is not None:
            with open(out, "w", encoding="utf-8") as fh:
                for st in store.statements():
                    fh.write(json.dumps(st.to_dict(), ensure_ascii=False) + "\n")
    if not quiet:
        err.print(
            f"{r.extracted} documents extracted ({r.already_done} done before), "
            f"{r.statements} statements{_off_topic(r)}, {len(r.errors)} skipped"
        )


@app.command("report")
def report_cmd(
    db: Path = DB_OPTION,
    html: Path | None = typer.Option(None, "--html", help="Write a self-contained HTML report."),
    max_statements: int = typer.Option(40, help="Statements to list in the summary."),
    quiet: bool = QUIET_OPTION,
) -> None:
    """Summarise the store in the terminal and/or as an HTML report."""
    from allegiance.report import ReportData, print_summary, write_html
    from allegiance.store import Store

    if not db.exists():
        err.print(
            f"[red]no store at {db}[/] (run `allegiance analyze` or `allegiance ingest` first)"
        )
        raise typer.Exit(1)
    with Store(db) as store:
        data = ReportData.from_store(store)
    if not quiet:
        print_summary(data, max_statements=max_statements)
    if html:
        write_html(data, html)
        if not quiet:
            err.print(f"HTML report: {html}")


@app.command("eval")
def eval_cmd(
    gold: Path = typer.Argument(..., help="Gold JSONL (format: shared/gold/README.md)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    registry: Path | None = REGISTRY_OPTION,
    lexicon: Path | None = LEXICON_OPTION,
    details: bool = typer.Option(True, help="List missed and spurious statements per document."),
) -> None:
    """Score extraction against hand-coded gold documents: precision, recall, F1."""
    from allegiance.eval import format_result
    from allegiance.pipeline import evaluate_file

    try:
        result = evaluate_file(gold, _extractor(registry, lexicon))
    except (OSError, ValueError, KeyError) as exc:
        err.print(f"[red]cannot read {gold}:[/] {exc}")
        raise typer.Exit(1) from exc
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        for line in format_result(result, details=details):
            typer.echo(line)


@app.command("actors")
def actors_cmd(
    db: Path = DB_OPTION,
    suggest: bool = typer.Option(False, "--suggest", help="Suggest actors that are probably one."),
) -> None:
    """List the store's actors, or suggest merges of near-duplicate names."""
    from allegiance.store import Store
    from allegiance.store.suggest import suggest_merges

    with Store(db) as store:
        actors = store.actors()
    if suggest:
        found = suggest_merges(actors)
        for s in found:
            typer.echo(f"allegiance merge {s.name!r} {s.into!r}   # {s.reason} ({s.score:.0f})")
        if not found:
            typer.echo("no merge suggestions")
        return
    for a in sorted(actors, key=lambda a: a.name.casefold()):
        aliases = ", ".join(a.aliases[:6])
        typer.echo(f"{a.name}\t{a.type}\t{aliases}")


@app.command("merge")
def merge_cmd(
    name: str = typer.Argument(..., help="Actor to merge away."),
    into: str = typer.Argument(..., help="Actor that remains."),
    db: Path = DB_OPTION,
) -> None:
    """Merge two actors (reversible with `allegiance unmerge NAME`)."""
    from allegiance.store import Store, StoreError

    with Store(db) as store:
        try:
            store.merge_actors(name, into)
        except (StoreError, KeyError, ValueError) as exc:
            err.print(f"[red]cannot merge:[/] {exc}")
            raise typer.Exit(1) from exc
    err.print(f"merged {name} into {into}")


@app.command("unmerge")
def unmerge_cmd(name: str = typer.Argument(...), db: Path = DB_OPTION) -> None:
    """Undo a merge: the actor gets its own statements back."""
    from allegiance.store import Store, StoreError

    with Store(db) as store:
        try:
            store.unmerge_actor(name)
        except (StoreError, KeyError, ValueError) as exc:
            err.print(f"[red]cannot unmerge:[/] {exc}")
            raise typer.Exit(1) from exc
    err.print(f"unmerged {name}")
