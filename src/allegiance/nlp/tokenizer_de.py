"""German tokenizer tweaks shared by the rule pipeline, the trained model and corpus conversion.

spaCy's German tokenizer keeps hyphen compounds such as ``Google-Manager`` in one token, which
hides the name inside. We split a hyphen when at least two letters or digits precede it and an
upper-case letter follows (``Google-Manager`` -> ``Google`` ``-`` ``Manager``;
``Trump-Administration`` -> ``Trump`` ``-`` ``Administration``) while ``EU-weit``, ``E-Mail`` and
``X-Chef`` stay whole. :func:`split_compound_words` applies the same rule to pre-tokenised corpora
so that training data and run-time tokens agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

_LEFT = r"[0-9A-Za-zÀ-ÖØ-öø-ɏ]"
_RIGHT = r"[A-ZÀ-ÖØ-Þ]"
#: Infix pattern for a splittable hyphen inside a compound.
HYPHEN_INFIX = rf"(?<={_LEFT}{{2}})-(?={_RIGHT})"
#: Missing space after sentence punctuation before an opening quote: ``er.«Ja``.
QUOTE_INFIX = r"(?<=[.!?:])[„«»\"](?=[A-Za-zÀ-ÖØ-öø-ɏ])"

#: A year followed by a full stop ends a sentence (``im Juni 2025.``); ordinals stay whole.
YEAR_STOP_SUFFIX = r"(?<=^[12][0-9]{3})\."

#: Full stop after a capitalised word end such as ``SpaceX.`` or ``SPD.`` (not ``U.S.``).
CAPS_STOP_SUFFIX = r"(?<=[a-zäöüA-ZÄÖÜ][A-ZÄÖÜ])\."

_SPLIT_RE = re.compile(HYPHEN_INFIX)


def customize_german_tokenizer(nlp: Language) -> Language:
    """Add the compound-hyphen and quote infixes to ``nlp``'s tokenizer (in place) and return it."""
    infixes = [*nlp.Defaults.infixes, HYPHEN_INFIX, QUOTE_INFIX]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = [YEAR_STOP_SUFFIX, CAPS_STOP_SUFFIX, *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    return nlp


def split_compound(word: str) -> list[str]:
    """Split one pre-tokenised word at the hyphens the tokenizer would split (keeps the hyphens)."""
    if "-" not in word:
        return [word]
    parts: list[str] = []
    last = 0
    for m in _SPLIT_RE.finditer(word):
        parts.append(word[last : m.start()])
        parts.append("-")
        last = m.end()
    parts.append(word[last:])
    return [p for p in parts if p]


def split_compound_words(words: list[str]) -> list[list[str]]:
    """Apply :func:`split_compound` to every word of a sentence."""
    return [split_compound(w) for w in words]


@registry.tokenizers("allegiance.de_tokenizer.v1")
def create_german_tokenizer() -> Callable[[Language], Tokenizer]:
    """Config entry point: spaCy's German tokenizer with :func:`customize_german_tokenizer`."""

    def make(nlp: Language) -> Tokenizer:
        default = registry.tokenizers.get("spacy.Tokenizer.v1")()
        nlp.tokenizer = default(nlp)
        customize_german_tokenizer(nlp)
        return nlp.tokenizer

    return make
