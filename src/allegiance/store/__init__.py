"""Persistence: one SQLite file with documents, canonical actors/concepts and statements."""

from __future__ import annotations

from allegiance.store.db import REVIEW_STATUSES, Store, StoreError, is_global_alias, name_key
from allegiance.store.schema import SCHEMA_VERSION

__all__ = [
    "REVIEW_STATUSES",
    "SCHEMA_VERSION",
    "Store",
    "StoreError",
    "is_global_alias",
    "name_key",
]
