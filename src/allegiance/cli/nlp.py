"""CLI commands (nlp): ``allegiance parse``."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from allegiance.cli._app import app


class ParseFormat(StrEnum):
    """Output formats of ``allegiance parse``."""

    jsonl = "jsonl"
    conllu = "conllu"


@app.command("parse")
def parse_cmd(
    file: Annotated[Path, typer.Argument(help="UTF-8 text file to analyse ('-' reads stdin).")],
    lang: Annotated[str, typer.Option("--lang", "-l", help="Language: de or en.")] = "de",
    fmt: Annotated[
        ParseFormat, typer.Option("--format", "-f", help="jsonl or conllu.")
    ] = ParseFormat.jsonl,
    by_line: Annotated[
        bool, typer.Option("--by-line", help="Treat every non-empty line as its own document.")
    ] = False,
) -> None:
    """Tokenise, tag, lemmatise, parse and find entities; print JSON lines or CoNLL-U."""
    from allegiance.nlp import parse, pipe
    from allegiance.nlp.export import doc_to_conllu, doc_to_dict

    text = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8")
    if by_line:
        docs = pipe([ln for ln in text.splitlines() if ln.strip()], lang)
    else:
        docs = iter([parse(text, lang)])
    out = sys.stdout
    for n, doc in enumerate(docs, 1):
        if fmt is ParseFormat.jsonl:
            out.write(json.dumps(doc_to_dict(doc), ensure_ascii=False) + "\n")
        else:
            out.write(doc_to_conllu(doc, doc_id=f"{file.stem}-{n}" if by_line else file.stem))
