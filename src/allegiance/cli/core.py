"""CLI commands (core)."""

from __future__ import annotations

from allegiance.cli._app import app  # noqa: F401
