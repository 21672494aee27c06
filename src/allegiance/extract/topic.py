"""Whether a document is about public affairs at all (sport, weather and recipes are not).

A coach praising his team or a meteorologist warning of storms takes a side in the grammatical
sense the statement rules read, but not one a user mapping alliances wants in the network. A
document is *off topic* when at least two different words of ``offtopic_markers`` occur in it
and no word of ``topic_markers`` does (German: nor a noun ending in ``topic_marker_endings``,
"Verkehrsministerin"). Both lists live in the language's lexicon file. The test is cautious by
design: one word of public affairs anywhere keeps every statement.
"""

from __future__ import annotations

from spacy.tokens import Doc

from allegiance.extract.lexicon import Lexicon


def off_topic(doc: Doc, lex: Lexicon) -> bool:
    """Whether ``doc`` speaks of sport, weather, cooking or leisure and of no public affairs.

    >>> from allegiance.nlp import load_pipeline
    >>> from allegiance.extract.lexicon import load_lexicon
    >>> nlp, lex = load_pipeline("en"), load_lexicon("en")
    >>> off_topic(nlp("The coach praised his team after the match."), lex)
    True
    >>> off_topic(nlp("The coach praised the mayor's stadium plan after the match."), lex)
    False
    """
    seen: set[str] = set()
    endings = lex.topic_marker_endings
    for t in doc:
        low = t.lower_
        if low in lex.topic_markers or (t.lemma_ and t.lemma_.lower() in lex.topic_markers):
            return False
        if endings and t.text[:1].isupper() and len(low) > 6 and low.endswith(endings):
            return False
        if low in lex.offtopic_markers:
            seen.add(low)
    return len(seen) >= 2
