"""Sentence-boundary repair after spaCy's rule-based sentencizer.

spaCy's sentencizer keeps every punctuation token after a full stop in the old sentence, so in
``Er schwieg. „Das ist vorbei“, sagte sie.`` the opening „ ends up in the first sentence. This
component moves an opening quote or bracket (whitespace before, none after) that follows
sentence-final punctuation to the start of the next sentence.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

OPENERS = frozenset({"„", "‚", "«", "»", "“", "‘", '"', "'", "(", "["})
FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})


class SentenceFix:
    """Move opening quotes to the sentence they open (see module doc)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Fix ``doc`` in place and return it."""
        n = len(doc)
        for i in range(1, n - 1):
            tok = doc[i]
            if (
                tok.text in OPENERS
                and tok.whitespace_ == ""
                and doc[i - 1].whitespace_ != ""
                and doc[i - 1].text in FINAL
                and not doc[i + 1].is_space
                and not tok.is_sent_start
                and doc[i + 1].is_sent_start
            ):
                tok.is_sent_start = True
                doc[i + 1].is_sent_start = False
        return doc

    def to_disk(self, path: Any, exclude: Any = ()) -> None:
        """Nothing to save."""

    def from_disk(self, path: Any, exclude: Any = ()) -> SentenceFix:
        """Nothing to load."""
        return self

    def to_bytes(self, exclude: Any = ()) -> bytes:
        """Nothing to serialise."""
        return b""

    def from_bytes(self, data: bytes, exclude: Any = ()) -> SentenceFix:
        """Nothing to deserialise."""
        return self


@Language.factory("allegiance_sentfix")
def make_sentfix(nlp: Language, name: str) -> SentenceFix:
    """spaCy factory for :class:`SentenceFix`."""
    return SentenceFix(nlp, name)
