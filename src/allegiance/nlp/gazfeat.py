"""Gazetteer features for the statistical German NER.

:class:`GazetteerFeatures` writes, before the NER runs, a small feature string into
``token.morph`` (``G=F``: known first name, ``S``: surname, ``P``: place, also in the genitive
(``Frankreichs``, ``Europas``), ``K``/``k``: start / inside of a known organisation or place
name, ``O``: organisation suffix). The NER's embedding
layer hashes the ``MORPH`` attribute, so the model can learn how far to trust the lists. The
morphologizer that runs after the NER overwrites ``token.morph`` with the real morphology.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from allegiance.nlp.gazetteer import (
    ORG_SUFFIXES,
    feature_first_names,
    known_entities,
    places,
    surnames,
)


@cache
def _place_words() -> frozenset[str]:
    """Town and country names plus the one-word places of the known-name list."""
    known_loc = {n for n, lab in known_entities().items() if lab == "LOC" and " " not in n}
    return places() | frozenset(known_loc)


def _is_place(t: str, pl: frozenset[str]) -> bool:
    """``t`` is a place name or its genitive (``Frankreichs``, ``Europas``)."""
    return t in pl or (len(t) > 4 and t.endswith("s") and t[:-1] in pl)


@cache
def _known_first_words() -> frozenset[str]:
    """First words of the known names (``Deutsche`` of ``Deutsche Bank``)."""
    return frozenset(re.split(r"[ -]", name)[0] for name in known_entities())


def token_flags(doc: Doc) -> list[str]:
    """Gazetteer flag string per token (``""`` when none applies)."""
    n = len(doc)
    flags = [""] * n
    known = known_entities()
    first_words = _known_first_words()
    text = doc.text
    toks = list(doc)
    i = 0
    while i < n:
        matched = 0
        if toks[i].text in first_words:
            start = toks[i].idx
            for k in range(min(6, n - i), 0, -1):
                last = toks[i + k - 1]
                if text[start : last.idx + len(last.text)] in known:
                    matched = k
                    break
        if matched:
            flags[i] += "K"
            for j in range(i + 1, i + matched):
                flags[j] += "k"
        i += max(matched, 1)
    fn, sn, pl = feature_first_names(), surnames(), _place_words()
    for tok in toks:
        t = tok.text
        if not t[:1].isupper():
            continue
        f = flags[tok.i]
        if t in fn:
            f += "F"
        if t in sn or (t.endswith("s") and t[:-1] in sn):
            f += "S"
        if _is_place(t, pl):
            f += "P"
        if t in ORG_SUFFIXES:
            f += "O"
        flags[tok.i] = f
    return flags


class GazetteerFeatures:
    """Set ``token.morph`` to ``G=<flags>`` for the NER's feature embedding (see module doc)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        for tok, f in zip(doc, token_flags(doc), strict=True):
            tok.set_morph(f"G={f}" if f else None)
        return doc

    def to_disk(self, path: Any, exclude: Any = ()) -> None:
        """Nothing to save: the lists ship with the package."""

    def from_disk(self, path: Any, exclude: Any = ()) -> GazetteerFeatures:
        """Nothing to load."""
        return self

    def to_bytes(self, exclude: Any = ()) -> bytes:
        """Nothing to serialise."""
        return b""

    def from_bytes(self, data: bytes, exclude: Any = ()) -> GazetteerFeatures:
        """Nothing to deserialise."""
        return self


@Language.factory("allegiance_gazfeat")
def make_gazfeat(nlp: Language, name: str) -> GazetteerFeatures:
    """spaCy factory for :class:`GazetteerFeatures`."""
    return GazetteerFeatures(nlp, name)
