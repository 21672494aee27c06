"""The Typer application every CLI module registers its commands on."""

from __future__ import annotations

import os
from enum import StrEnum
from typing import Annotated

import typer

app = typer.Typer(
    name="allegiance",
    help="Who sides with whom: grounded discourse networks from German and English news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class GermanNER(StrEnum):
    """German entity taggers (docs/models.md)."""

    cnn = "cnn"
    e5 = "e5"


@app.callback()
def main_options(
    de_ner: Annotated[
        GermanNER | None,
        typer.Option(
            "--de-ner",
            help="German entity tagger: cnn (the default, fast) or e5 (a transformer: German "
            "names F1 0.78 instead of 0.70, extraction about a third slower). Same as "
            "ALLEGIANCE_DE_NER.",
        ),
    ] = None,
) -> None:
    """Who sides with whom: grounded discourse networks from German and English news."""
    if de_ner is not None:
        # the environment reaches the worker processes of ``-j N`` too
        os.environ["ALLEGIANCE_DE_NER"] = de_ner.value

