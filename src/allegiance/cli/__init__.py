"""Command-line interface: a thin layer over the library API.

Each module registers its commands on :data:`allegiance.cli._app.app`.
"""

from __future__ import annotations

from allegiance.cli import core, network, nlp  # noqa: F401  (register commands)
from allegiance.cli._app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
