"""Rule-based statement finding: cue words with argument frames over a parsed document.

For every cue (a verb, stance noun, relation noun, reciprocal noun or a quotation with an
attributed speaker) the rules pick a source actor and a target actor or issue, decide the
polarity (support / oppose, or neutral when the cue is negated or hedged) and whether the text
places the relation in the past. English uses the dependency parse; German uses clause
segments, prepositions and articles, which are more reliable than a parser trained on 1.6k
sentences.

The finder is one class, :class:`StatementFinder`, put together from one mixin per cue family:

- ``base``: :class:`Found`, shared helpers (``_evaluate``, ``_same_family``, clause-break and
  noun-phrase tags) and ``CoreFinder``: state, quotation mask, clause segments, token helpers,
  the main loop, negation, period and ``emit``.
- ``reference``: who or what is meant (pronouns, role nouns, organisation anaphors, owners of
  issues and statements, critics, the issue under discussion).
- ``german``: German verb frames (subjects, objects, issue objects, passives, demands, stance
  and attitude adjectives, evaluative predicates, reciprocal verbs).
- ``english``: English verb frames over the dependency parse.
- ``nouns``: stance nouns and relation nouns.
- ``speech``: quotations, reported speech and attribution phrases.
- ``cues``: "to be" with a side, degrees, "spoke of", intent and change, the verb-cue dispatch.
- ``finder``: :class:`StatementFinder` itself.
"""

from __future__ import annotations

from allegiance.extract.rules.base import Found
from allegiance.extract.rules.finder import StatementFinder

__all__ = ["Found", "StatementFinder"]
