"""Suggest actor merges across documents: the same person or organisation under two names.

The store already maps exact names and aliases to one actor. This module finds the near
misses a human should confirm (merges are reversible with ``Store.unmerge_actor``):

* a person named by surname only in one article and in full in another ("Musk" / "Elon Musk");
* an organisation and its short form ("Veltrix" / "Veltrix Semiconductors");
* spelling variants ("Sarikaya" / "Sarıkaya", "Meier" / "Maier") by fuzzy similarity.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from allegiance.model import Actor


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    """Merge ``name`` into ``into`` (the longer, more complete name)."""

    name: str
    into: str
    score: float
    reason: str


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ı", "i")


def suggest_merges(actors: list[Actor], min_score: float = 92.0) -> list[MergeSuggestion]:
    """Pairs of actors that probably are one, best first.

    Parameters
    ----------
    actors : list of Actor
        Canonical actors, e.g. ``store.actors()``.
    min_score : float
        Fuzzy similarity (0-100) needed for a spelling-variant suggestion.

    Examples
    --------
    >>> from allegiance.model import Actor
    >>> [s.reason for s in suggest_merges([Actor("Musk"), Actor("Elon Musk")])]
    ['surname of a full name']
    """
    out: list[MergeSuggestion] = []
    seen: set[tuple[str, str]] = set()
    for a in actors:
        for b in actors:
            if a.name == b.name or (a.name, b.name) in seen:
                continue
            fa, fb = _fold(a.name), _fold(b.name)
            wa, wb = fa.split(), fb.split()
            suggestion: MergeSuggestion | None = None
            if a.type == b.type == "person" and len(wa) == 1 and len(wb) > 1 and wb[-1] == wa[0]:
                suggestion = MergeSuggestion(a.name, b.name, 100.0, "surname of a full name")
            elif a.type == b.type == "organization" and len(wa) < len(wb) and wb[: len(wa)] == wa:
                suggestion = MergeSuggestion(a.name, b.name, 95.0, "short form of an organisation")
            elif a.type == b.type and len(fa) <= len(fb) and fa != fb:
                score = fuzz.ratio(fa, fb)
                if score >= min_score:
                    suggestion = MergeSuggestion(a.name, b.name, float(score), "spelling variant")
            if suggestion is not None:
                seen.add((a.name, b.name))
                seen.add((b.name, a.name))
                out.append(suggestion)
    return sorted(out, key=lambda s: (-s.score, s.name))
