"""allegiance: who sides with whom, on what, since when, and what just changed."""

from __future__ import annotations

__version__ = "0.1.0"
