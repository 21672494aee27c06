"""Sentence-boundary repair after spaCy's rule-based sentencizer.

spaCy's sentencizer keeps every punctuation token after a full stop in the old sentence, so in
``Er schwieg. „Das ist vorbei“, sagte sie.`` the opening „ ends up in the first sentence. This
component moves an opening quote or bracket (whitespace before, none after) that follows
sentence-final punctuation to the start of the next sentence.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

OPENERS = frozenset({"„", "‚", "«", "»", "“", "‘", '"', "'", "(", "["})
FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
#: words that open a sentence and never follow an ordinal ("am 4. Mai", not "4. Die"):
#: articles, pronouns, conjunctions, prepositions and sentence adverbs
SENTENCE_OPENERS = frozenset(
    {"Die", "Der", "Das", "Den", "Dem", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Man"}
    | {"Dies", "Diese", "Dieser", "Dieses", "Ihr", "Ihre", "Sein", "Seine", "Kein", "Keine"}
    | {"Und", "Aber", "Doch", "Auch", "Denn", "Oder", "Zwar", "Zudem", "Außerdem", "Allerdings"}
    | {"Damit", "Dabei", "Dagegen", "Daher", "Deshalb", "Trotzdem", "Dann", "Nun", "Jetzt"}
    | {"In", "Im", "Am", "Mit", "Bei", "Für", "Auf", "Von", "Vor", "Seit", "Nach", "Laut"}
    | {"Wie", "Was", "Wer", "Wenn", "Als", "Ob", "Dass", "So", "Bisher", "Noch"}
)
_NUMBER_STOP = re.compile(r"^[0-9]{1,4}\.$")
#: a score, a ratio, a time or a decimal with a full stop ("3:1.", "14:30.", "2,5."): never an
#: ordinal, so always the end of a sentence
_FIGURE_STOP = re.compile(r"^[0-9]+[:,][0-9]+\.$")


class SentenceFix:
    """Move opening quotes to the sentence they open (see module doc)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Fix ``doc`` in place and return it."""
        self._split_number_stops(doc)
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

    @staticmethod
    def _split_number_stops(doc: Doc) -> None:
        """ "Linie 4. Die CDU …": a number and a full stop that the tokenizer kept as one ordinal
        end a sentence when an article or pronoun follows (an ordinal stands before a noun:
        "am 4. Mai"); a score or a decimal with a full stop ("gewann mit 3:1. Trainer …")
        ends one before any capitalised word."""
        cuts = [
            t
            for t in doc[:-1]
            if t.whitespace_ != ""
            and (
                (_NUMBER_STOP.match(t.text) and doc[t.i + 1].text in SENTENCE_OPENERS)
                or (_FIGURE_STOP.match(t.text) and doc[t.i + 1].text[:1].isupper())
            )
        ]
        if not cuts:
            return
        with doc.retokenize() as retok:
            for t in cuts:
                retok.split(t, [t.text[:-1], "."], heads=[(t, 1), (t, 1)])
        for t in doc[1:]:
            if t.text != "." or t.i + 1 >= len(doc) or doc[t.i - 1].whitespace_:
                continue
            before, after = doc[t.i - 1].text, doc[t.i + 1].text
            if (before.isdigit() and after in SENTENCE_OPENERS) or (
                _FIGURE_STOP.match(before + ".") and after[:1].isupper()
            ):
                doc[t.i + 1].is_sent_start = True

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
