"""Rule-based German NER over HanTa tags and the shipped name lists.

Used alone in the fallback pipeline, and after the statistical NER in the trained pipeline
(``mode="augment"``: only adds entities where the model found none, and propagates a label to
later mentions of the same name in the document, e.g. ``Musk`` after ``Elon Musk``).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from allegiance.nlp.gazetteer import (
    ORG_HEAD_ENDINGS,
    ORG_HEAD_WORDS,
    RULE_ORG_SUFFIXES,
    firms,
    first_names,
    known_entities,
    places,
    surnames,
)

_NAME_TAGS = frozenset({"NE", "FM"})
_STOP_CAPS = frozenset(
    [
        "Der",
        "Die",
        "Das",
        "Den",
        "Dem",
        "Des",
        "Ein",
        "Eine",
        "Einer",
        "Eines",
        "Einem",
        "Einen",
        "Er",
        "Sie",
        "Es",
        "Wir",
        "Ihr",
        "Ich",
        "Man",
        "Mit",
        "Am",
        "Im",
        "Vom",
        "Zum",
        "Zur",
        "Bei",
        "Nach",
        "Vor",
        "Für",
        "Auch",
        "Aber",
        "Und",
        "Oder",
        "Doch",
        "So",
        "Wie",
        "Wenn",
        "Als",
        "Dass",
        "Nun",
        "Noch",
        "Dies",
        "Diese",
        "Dieser",
        "Dieses",
        "Herr",
        "Frau",
        "Dr.",
        "Prof.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Laut",
        "Nach",
        "Seit",
        "Trotz",
        "Wegen",
    ]
)


#: Acronyms that are no organisation names.
_NON_ENTITY_ACRONYMS = frozenset(
    [
        "KI",
        "AI",
        "CEO",
        "CFO",
        "CTO",
        "COO",
        "PR",
        "TV",
        "IT",
        "BIP",
        "PC",
        "KMU",
        "DNA",
        "USB",
        "GPS",
        "SMS",
        "PDF",
        "CD",
        "DVD",
        "MP3",
        "OK",
        "US-Dollar",
        "PS",
        "KW",
        "ID",
        "FAQ",
        "NGO",
        "NGOs",
        "CO2",
        "PKW",
        "LKW",
        "Pkw",
        "Lkw",
        "IPO",
        "ETF",
        "ETFs",
        "ESG",
        "EV",
        "TWh",
        "GW",
        "MW",
        "kWh",
    ]
)
_CONNECTORS = frozenset({"of", "for", "the", "and", "de", "du", "da", "del", "van", "der"})
_FUNCTION_WORDS = frozenset(
    {"of", "for", "the", "and", "und", "oder", "von", "zu", "in", "der", "die", "das", "-", "&"}
)
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "zu", "vom", "ten", "ter"})
_ORG_OF = frozenset({"der", "des", "für", "deutscher"})
_DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den"})
#: a lower-case preposition followed by one of these articles inside a statistical entity ends
#: the name (``Landesregierung für das Chaos`` -> ``Landesregierung``)
_SPAN_CUT_PREPS = frozenset({"für", "gegen", "über", "wegen", "mit", "auf", "um", "an", "in"})
_SPAN_CUT_ARTICLES = frozenset(
    {"das", "den", "dem", "die", "der", "des", "ein", "eine", "einen", "einem", "einer"}
)
_FOREIGN_LETTER = re.compile(r"[^\W\dA-Za-zÄÖÜäöüß_]")
#: tokens a statistical entity's span never ends in (cut off: ``Mieterbund für``)
_TRAILING_JUNK = _FUNCTION_WORDS | _SPAN_CUT_PREPS | _SPAN_CUT_ARTICLES | {",", "(", "/"}


def _is_capital(text: str) -> bool:
    return text[:1].isupper() or (len(text) > 1 and text[0].islower() and text[1].isupper())


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        2 <= len(text) <= 6
        and len(letters) >= 2
        and all(c.isupper() for c in letters)
        and text not in _NON_ENTITY_ACRONYMS
    )


def _name_like(tok: Any) -> bool:
    text = tok.text
    if not text[:1].isalpha() or text in _STOP_CAPS or text in _NON_ENTITY_ACRONYMS:
        return False
    if tok.tag_ in _NAME_TAGS and _is_capital(text):
        return True
    if not _is_capital(text):
        return False
    inner_caps = any(c.isupper() for c in text[1:])
    return inner_caps or text in first_names() or text in known_entities()


def classify(words: list[str]) -> str | None:
    """Type a candidate name (list of token texts): PER, ORG, LOC, MISC or None."""
    name = " ".join(words)
    known = known_entities().get(name)
    if name.replace(" ", "-") in places():
        return "LOC"
    if known:
        return known
    last = words[-1]
    if any(w in ("of", "for", "the", "and", "&") for w in words[1:-1]):
        return "ORG"
    if words[0] in ORG_HEAD_WORDS and len(words) >= 3:
        return "ORG"
    if last in RULE_ORG_SUFFIXES or any(w in ("&", "und") for w in words[1:-1]):
        return "ORG" if len(words) > 1 or last not in RULE_ORG_SUFFIXES else None
    if name in places():
        return "LOC"
    if words[0] in first_names() and len(words) >= 2:
        return "PER"
    if _is_acronym(name):
        return "ORG"
    if len(words) >= 2 and name in firms():
        return "ORG"
    if len(words) >= 2 and (last in surnames() or last.rstrip("s") in surnames()):
        return "PER"
    if 2 <= len(words) <= 3:
        return "PER"
    if len(words) == 1 and (name in surnames() or name.rstrip("s") in surnames()):
        return "PER"
    return "MISC"


class RuleNER:
    """Find PER/ORG/LOC/MISC names from proper-noun runs, suffixes and gazetteers."""

    def __init__(self, nlp: Language, name: str, mode: str = "replace") -> None:
        if mode not in ("replace", "augment"):
            raise ValueError("mode must be 'replace' or 'augment'")
        self.name = name
        self.mode = mode

    @staticmethod
    def _extend(doc: Doc, i: int, j: int) -> int:
        """Extend a name run ``doc[i:j]`` to the right; return the new end."""
        n = len(doc)
        while j < n:
            nxt = doc[j]
            prev = doc[j - 1]
            if _name_like(nxt) or (nxt.text in RULE_ORG_SUFFIXES and _is_capital(nxt.text)):
                j += 1
            elif (
                nxt.text == "-"
                and prev.whitespace_ == ""
                and nxt.whitespace_ == ""
                and j + 1 < n
                and _name_like(doc[j + 1])
            ):
                j += 2  # Baden-Württemberg, Hans-Peter, Kramp-Karrenbauer
            elif prev.text in first_names() and _is_capital(nxt.text) and nxt.text in surnames():
                j += 1  # David Sacks (HanTa: Sacks/NN)
            elif prev.text in first_names() and nxt.text in _PARTICLES:
                k = j
                while k < n and doc[k].text in _PARTICLES:
                    k += 1
                if (
                    k < n
                    and k - j <= 2
                    and _is_capital(doc[k].text)
                    and doc[k].text not in RULE_ORG_SUFFIXES
                    and doc[k].text not in _STOP_CAPS
                    and doc[k].text not in known_entities()
                    and doc[k].text not in places()
                    and not (k + 1 < n and doc[k + 1].text in RULE_ORG_SUFFIXES)
                ):
                    j = k + 1  # Ursula von der Leyen
                else:
                    break
            elif (
                nxt.text in _CONNECTORS
                and nxt.text not in ("der", "de")
                and j + 1 < n
                and doc[j + 1].text[:1].isupper()
                and (nxt.text in ("of", "for", "the", "and") or _name_like(doc[j + 1]))
            ):
                j += 2  # Chamber of Progress
            elif nxt.text == "&" and j + 1 < n and _is_capital(doc[j + 1].text):
                j += 2
            else:
                break
        return j

    def _org_phrases(self, doc: Doc) -> list[Span]:
        """``Deutsche Bank AG``, ``Verband der Automobilindustrie``: ORG by head word."""
        out: list[Span] = []
        n = len(doc)
        for tok in doc:
            if tok.text in RULE_ORG_SUFFIXES and _is_capital(tok.text):
                i = tok.i
                while (
                    i > 0
                    and _is_capital(doc[i - 1].text)
                    and doc[i - 1].tag_ in ("ADJA", "NE", "FM")
                    and doc[i - 1].text not in _STOP_CAPS
                ):
                    i -= 1
                if i < tok.i:
                    out.append(Span(doc, i, self._extend(doc, i, tok.i + 1), label="ORG"))
            if (
                tok.i > 0
                and tok.text[:1].isupper()
                and tok.text.lower().endswith(ORG_HEAD_ENDINGS)
                and tok.tag_ == "NN"
            ):
                prev = doc[tok.i - 1]
                if (
                    len(prev.text) > 4
                    and prev.text.endswith("er")
                    and prev.text[:1].isupper()
                    and prev.tag_ in ("ADJA", "NN", "NE")
                    and prev.text not in _STOP_CAPS
                    and prev.text not in first_names()
                    and tok.i > 1
                    and doc[tok.i - 2].lower_ in _DEFINITE
                ):
                    # a place adjective before an organisation noun: der Elbtaler
                    # Genossenschaftsbank, die Kieler Bürgerinitiative
                    out.append(Span(doc, tok.i - 1, tok.i + 1, label="ORG"))
                elif (
                    prev.text == "-"
                    and not prev.whitespace_
                    and tok.i > 2
                    and not doc[tok.i - 2].whitespace_
                    and doc[tok.i - 2].tag_ == "NN"
                    and doc[tok.i - 2].text[:1].isupper()
                    and doc[tok.i - 3].lower_ in _DEFINITE
                ):
                    # an organisation noun in a hyphen compound: der Tierschutz-Allianz
                    out.append(Span(doc, tok.i - 2, tok.i + 1, label="ORG"))
            if (
                tok.text in ORG_HEAD_WORDS
                and tok.i + 2 < n
                and doc[tok.i + 1].tag_ == "ADJA"
                and doc[tok.i + 1].text.islower()
                and doc[tok.i + 1].text.endswith("er")
                and doc[tok.i + 2].tag_ == "NN"
                and (tok.i == 0 or doc[tok.i - 1].lower_ in _DEFINITE | {"vom", "beim", "zum"})
            ):
                # an organisation noun + adjective + plural noun: der Verband norddeutscher
                # Wohnungsunternehmen, der Verband privater Krankenversicherer
                out.append(Span(doc, tok.i, tok.i + 3, label="ORG"))
            if tok.text in ORG_HEAD_WORDS and tok.i + 2 < n and doc[tok.i + 1].text in _ORG_OF:
                k = tok.i + 2
                while k < n and doc[k].tag_ == "ADJA" and doc[k].text.islower():
                    k += 1  # "Liga der freien Wohlfahrtspflege"
                first = k
                while k < n and _is_capital(doc[k].text) and doc[k].tag_ in ("NN", "NE", "ADJA"):
                    k += 1
                if k > first and (tok.i == 0 or doc[tok.i - 1].tag_ != "ADJA"):
                    out.append(Span(doc, tok.i, k, label="ORG"))
        return out

    @staticmethod
    def _org_head_names(doc: Doc) -> list[Span]:
        """``Mieterverein Rosenfeld``, ``Gewerkschaft der Polizei``: org-type noun + name."""
        out: list[Span] = []
        n = len(doc)
        for tok in doc:
            low = tok.text.lower()
            if not (tok.text[:1].isupper() and tok.tag_ == "NN" and low.endswith(ORG_HEAD_ENDINGS)):
                continue
            if low.endswith("liga") and low != "liga":
                continue  # Bezirksliga Danzig: a competition in a place, no organisation
            k = tok.i + 1
            if k < n and (doc[k].text in first_names() or doc[k].text in ("Dr.", "Prof.")):
                continue  # Stadtrat Peter Müller: a title, not an organisation
            if k < n and doc[k].text in ("der", "des", "für") and k + 1 < n:
                nxt = doc[k + 1]
                if nxt.text[:1].isupper() and nxt.tag_ in ("NN", "NE") and not nxt.is_sent_start:
                    k += 1
            end = k
            while end < n:
                t = doc[end]
                if (
                    t.text[:1].isupper()
                    and t.tag_ in ("NE", "NN", "FM", "ADJA")
                    and t.text not in _STOP_CAPS
                    and not t.is_sent_start
                ):
                    end += 1
                elif (
                    t.text == "und"
                    and end > k
                    and end + 1 < n
                    and doc[end + 1].text[:1].isupper()
                    and doc[end + 1].tag_ in ("NE", "NN")
                    and end + 2 < n
                    and not doc[end + 2].text[:1].isupper()
                ):
                    end += 2  # Gewerkschaft Transport und Lager
                else:
                    break
            if end > k and end - tok.i <= 6:
                # the name part must contain a proper noun or end the phrase before a verb
                if (
                    any(t.tag_ in _NAME_TAGS for t in doc[k:end])
                    or end == n
                    or (doc[end].pos_ in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ"))
                ):
                    out.append(Span(doc, tok.i, end, label="ORG"))
        return out

    def candidates(self, doc: Doc) -> list[Span]:
        """Proper-noun runs in ``doc`` with their rule-based label."""
        spans: list[Span] = self._org_phrases(doc) + self._org_head_names(doc)
        i, n = 0, len(doc)
        while i < n:
            tok = doc[i]
            hyphen_start = (
                _is_capital(tok.text)
                and i + 2 < n
                and doc[i + 1].text == "-"
                and tok.whitespace_ == ""
                and doc[i + 1].whitespace_ == ""
                and _name_like(doc[i + 2])
                and tok.text not in _STOP_CAPS
            )
            if not (_name_like(tok) or hyphen_start):
                i += 1
                continue
            j = self._extend(doc, i, i + 1)
            words = [t.text for t in doc[i:j] if t.text != "-"]
            name = doc[i:j].text
            label = known_entities().get(name) or classify(words)
            # a single capitalised sentence-initial non-NE word is no name
            if label and not (
                j - i == 1
                and tok.is_sent_start
                and tok.tag_ not in _NAME_TAGS
                and tok.text not in known_entities()
            ):
                spans.append(Span(doc, i, j, label=label))
            i = j
        return filter_spans(spans)

    def __call__(self, doc: Doc) -> Doc:
        """Set (``replace``) or extend (``augment``) ``doc.ents``."""
        cands = self.candidates(doc)
        if self.mode == "replace":
            ents = list(cands)
        else:
            ents = [
                self._correct(doc, e)
                for e in (self._repair(doc, e) for e in doc.ents)
                if e is not None
                and not (len(e) == 1 and e.text.lower() in _FUNCTION_WORDS)
                and any(c.isalnum() for c in e.text)  # no emoji or punctuation-only names
            ]
            for sp in cands:
                if not self._strong(sp):
                    continue
                inside = [e for e in ents if e.start < sp.end and sp.start < e.end]
                if not inside:
                    ents.append(sp)
                elif self._org_head(sp) and all(
                    sp.start <= e.start
                    and e.end <= sp.end
                    and len(e) < len(sp)
                    and e.label_ != "PER"
                    # Nachrichtenagentur UNIAN: a kind before an acronym, which names it alone
                    and not (e.label_ == "ORG" and len(e) == 1 and _is_acronym(e.text))
                    for e in inside
                ):
                    # Handelsverband Hallstedt replaces the place Hallstedt found inside it
                    ents = [e for e in ents if e not in inside] + [sp]
        ents = self._propagate(doc, filter_spans(ents))
        if self.mode == "augment":
            ents = self._join_particle_names(doc, self._coordinated_persons(doc, ents))
        doc.ents = filter_spans(ents)
        return doc

    @staticmethod
    def _repair(doc: Doc, ent: Span) -> Span | None:
        """Repair a statistical entity's span, or drop it (None).

        A span that runs on past a lower-case preposition and an article ends before the
        preposition (``Landesregierung für das Chaos`` -> ``Landesregierung``; known names such as
        ``Bank für Internationalen Zahlungsausgleich`` have no article and are unaffected); a
        one-word name of at most three characters with a letter outside the German alphabet is
        dropped (``Ça`` in ``« Ça va »``); a span loses an opening bracket it does not close and
        what follows (``Gewerkschaft Gesundheit und Soziales (GGS`` -> ``Gewerkschaft Gesundheit
        und Soziales``) and the function words at its end (``Mieterbund für``; a person's
        ``Markus Feld von``, before ``Rheintal Invest``); a person span that ends in a company
        word after ``von``/``bei`` ends before it (``Markus Feld von Rheintal Invest`` ->
        ``Markus Feld``); a person span that starts with a
        common noun before a first name loses the noun (``Nordbahn-Personalvorständin Birgit
        Hahn`` -> ``Birgit Hahn``), and so does a two-word person span that starts with a
        genitive noun after ``des``/``eines`` (``des Münchner Drohnenherstellers Aerion`` ->
        ``Aerion``).
        """
        if ent.text in known_entities():
            return ent
        if len(ent) == 1:
            t = ent.text
            if len(t) <= 3 and _FOREIGN_LETTER.search(t):
                return None
            return ent
        for k in range(ent.start + 1, ent.end - 1):
            if doc[k].text in _SPAN_CUT_PREPS and doc[k + 1].text in _SPAN_CUT_ARTICLES:
                return Span(doc, ent.start, k, label=ent.label_)
        end = ent.end
        for k in range(ent.start + 1, ent.end):
            if doc[k].text == "(" and not any(u.text == ")" for u in doc[k + 1 : ent.end]):
                end = k  # an opened bracket the name does not close: Gewerkschaft X (GGS
                break
        while end > ent.start + 1 and (doc[end - 1].text in _TRAILING_JUNK):
            end -= 1  # a name does not end in a function word: Mieterbund für (die Hilfe)
        if end < ent.end:
            return Span(doc, ent.start, end, label=ent.label_)
        if ent.label_ == "PER" and ent[-1].text in RULE_ORG_SUFFIXES:
            # a person's name does not end in a company word: the person ends before the
            # particle (Markus Feld | von Rheintal Invest); the firm is found on its own
            particles = [
                k for k in range(ent.start + 2, ent.end - 1) if doc[k].text in ("von", "vom", "bei")
            ]
            if particles:
                return Span(doc, ent.start, particles[0], label="PER")
        if ent.label_ == "PER" and ent[-1].text in _PARTICLES:
            # a particle with no name after it ("de", "ten"): Markus Feld de (Rheintal Invest)
            return Span(doc, ent.start, ent.end - 1, label="PER")
        rest = [t for t in ent[1:] if t.text != "-"]
        if (
            ent.label_ == "PER"
            and (ent[0].tag_ == "NN" or (ent.start > 0 and doc[ent.start - 1].text == "-"))
            and ent[0].text not in first_names()
            and rest
            and all(t.tag_ in _NAME_TAGS or t.text in first_names() for t in rest)
            and ent[1].text in first_names()
        ):
            # a role noun (also the head of a hyphen compound, Nordbahn-Personalvorständin, which
            # HanTa tags NE) before a full name: Personalvorständin Birgit Hahn -> Birgit Hahn
            return Span(doc, ent.start + 1, ent.end, label="PER")
        if (
            ent.label_ == "PER"
            and len(ent) == 2
            and ent[0].tag_ in ("NN", "NE")
            and ent[0].text.endswith("s")
            and ent[0].text not in surnames()
            and not {ent[0].text, ent[1].text} & first_names()
        ):
            k = ent.start - 1
            while k >= 0 and (
                doc[k].tag_ == "ADJA" or (doc[k].text[:1].isupper() and doc[k].text.endswith("er"))
            ):
                k -= 1  # "des Münchner Drohnenherstellers", "Münchner" tagged as a noun
            if k >= 0 and doc[k].lower_ in ("des", "eines"):
                # a genitive noun before a name is no part of it: des (Münchner)
                # Drohnenherstellers Aerion -> Aerion, des Ministers Brandt -> Brandt
                return Span(doc, ent.start + 1, ent.end, label="PER")
        return ent

    @staticmethod
    def _join_particle_names(doc: Doc, ents: list[Span]) -> list[Span]:
        """``Bloch`` ``von`` ``Blottnitz`` found as two persons: one name with a particle (the
        first part one word, ``Karl-Theodor`` included; ``Tore von Max Meyer`` stays apart)."""
        ents = sorted(ents, key=lambda e: e.start)
        out: list[Span] = []
        i = 0
        while i < len(ents):
            e = ents[i]
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if (
                nxt is not None
                and e.label_ == "PER"
                and nxt.label_ == "PER"
                and " " not in e.text
                and len(nxt.text.split()) <= 2
                and 1 <= nxt.start - e.end <= 2
                and all(t.text in _PARTICLES for t in doc[e.end : nxt.start])
                and not any(t.is_sent_start for t in doc[e.end : nxt.end])
            ):
                out.append(Span(doc, e.start, nxt.end, label="PER"))
                i += 2
                continue
            out.append(e)
            i += 1
        return out

    @staticmethod
    def _coordinated_persons(doc: Doc, ents: list[Span]) -> list[Span]:
        """``David Sacks und Chamath Palihapitiya``: a two- or three-word name of proper nouns
        typed LOC (or ORG with nothing organisational about it: no company-list word, suffix
        or organisation noun), joined by ``und`` / ``sowie`` / ``oder`` to a multi-word person
        name, with no word that is a known place or name, is a person too."""
        by_start = {e.start: e for e in ents}
        by_end = {e.end: e for e in ents}
        out: list[Span] = []
        for e in ents:
            words = [t for t in e if t.text != "-"]
            if (
                (
                    e.label_ == "LOC"
                    or (
                        e.label_ == "ORG"
                        and not any(t.text in firms() or t.text in RULE_ORG_SUFFIXES for t in words)
                        and not words[0].text.lower().endswith(ORG_HEAD_ENDINGS)
                    )
                )
                and 2 <= len(words) <= 3
                and all(t.tag_ in _NAME_TAGS and _is_capital(t.text) for t in words)
                and not any(t.text in places() or t.text in known_entities() for t in words)
                and e.text not in known_entities()
            ):
                left = by_end.get(e.start - 1) if e.start >= 1 else None
                right = by_start.get(e.end + 1)
                link_l = e.start >= 1 and doc[e.start - 1].text in ("und", "sowie", "oder")
                link_r = e.end < len(doc) and doc[e.end].text in ("und", "sowie", "oder")
                if (link_l and left is not None and left.label_ == "PER" and len(left) >= 2) or (
                    link_r and right is not None and right.label_ == "PER" and len(right) >= 2
                ):
                    out.append(Span(doc, e.start, e.end, label="PER"))
                    continue
            out.append(e)
        return out

    @staticmethod
    def _org_head(span: Span) -> bool:
        """True when the span starts with an organisation-type noun (``Mieterverein ...``)."""
        first = span[0].text
        return len(span) >= 2 and first[:1].isupper() and first.lower().endswith(ORG_HEAD_ENDINGS)

    @staticmethod
    def _strong(span: Span) -> bool:
        """Evidence strong enough to add a name the statistical NER missed."""
        words = [t.text for t in span if t.text != "-"]
        if span.text in known_entities():
            return True
        if len(words) < 2 or span.label_ == "MISC":
            return False
        proper = all(
            t.tag_ in _NAME_TAGS or t.text in RULE_ORG_SUFFIXES for t in span if t.text != "-"
        )
        if span.label_ == "PER":
            return words[0] in first_names() and proper
        if span.label_ == "ORG":
            head = words[0].lower()
            if head.endswith(ORG_HEAD_ENDINGS) and words[0][:1].isupper():
                return True
            if (
                len(words) == 2
                and words[1].lower().endswith(ORG_HEAD_ENDINGS)
                and (span[0].text.endswith("er") or span[1].text == "-")
            ):
                return True  # Elbtaler Genossenschaftsbank, Tierschutz-Allianz
            if len(words) >= 3 and any(w in ("of", "for", "&") for w in words[1:-1]):
                return True  # Chamber of Progress, Department of Government Efficiency
            return words[-1] in RULE_ORG_SUFFIXES and proper and words[-1][:1].isupper()
        return False

    @staticmethod
    def _correct(doc: Doc, ent: Span) -> Span:
        """Fix the label of a statistical entity where the lists are unambiguous."""
        words = [t.text for t in ent if t.text != "-"]
        label = ent.label_
        known = known_entities().get(ent.text)
        if known:
            label = known
        elif len(words) >= 2 and words[-1] in RULE_ORG_SUFFIXES and words[-1][:1].isupper():
            label = "ORG"  # Altimeter Capital, Siemens AG
        elif RuleNER._org_head(ent) and ent[0].tag_ == "NN":
            label = "ORG"  # Mieterverein Rosenfeld
        elif (
            label in ("ORG", "LOC")
            and 2 <= len(words) <= 3
            and words[0] in first_names()
            and all(w[:1].isupper() for w in words)
            and " ".join(words) not in places()
        ):
            label = "PER"  # Adam Kovacevich
        if label == ent.label_:
            return ent
        return Span(doc, ent.start, ent.end, label=label)

    @staticmethod
    def _propagate(doc: Doc, ents: list[Span]) -> list[Span]:
        """Make labels consistent within the document.

        The last word of a multi-word PER entity (``Elon Musk``) and the name before a legal
        form (``Vellmar`` of ``Vellmar Chemie AG``: every word but the suffix) give their label
        to single-word mentions of the same name elsewhere in the document (``Musk``,
        ``Musks``), overriding a different statistical label, and proper nouns with such a name
        that no entity covers become entities. The words of other organisation names do not
        (``Air`` and ``Force`` of ``Tactical Air Force`` are no names of their own). A name
        that starts with such a person's genitive before common nouns is that person
        (``Kesslers Kandidatur`` -> ``Kesslers``).
        """
        label_of: dict[str, str] = {}
        for e in ents:
            if e.label_ in ("PER", "ORG") and len(e) >= 2:
                words = [t.text for t in e if t.text != "-"]
                if e.label_ == "ORG" and words[-1] not in RULE_ORG_SUFFIXES:
                    continue
                keys = words[-1:] if e.label_ == "PER" else words[:-1]
                for key in keys:
                    if not key[:1].isupper() or key in RULE_ORG_SUFFIXES:
                        continue
                    label_of.setdefault(key, e.label_)
                    if not key.endswith("s"):
                        label_of.setdefault(key + "s", e.label_)
        out: list[Span] = []
        taken = {i for e in ents for i in range(e.start, e.end)}
        for e in ents:
            new = label_of.get(e.text) if len(e) == 1 else None
            if new and new != e.label_:
                out.append(Span(doc, e.start, e.end, label=new))
            elif (
                len(e) >= 2
                and e.label_ != "PER"
                and e[0].text.endswith("s")
                and label_of.get(e[0].text) == "PER"
                and all(t.tag_ == "NN" for t in e[1:])
            ):
                # a person's genitive before a common noun: Kesslers Kandidatur -> Kesslers
                out.append(Span(doc, e.start, e.start + 1, label="PER"))
            else:
                out.append(e)
        for tok in doc:
            if tok.i not in taken and tok.text in label_of and tok.tag_ in _NAME_TAGS:
                out.append(Span(doc, tok.i, tok.i + 1, label=label_of[tok.text]))
        return out

    def to_disk(self, path: Any, exclude: Any = ()) -> None:
        """Nothing to save: the name lists ship with the package."""

    def from_disk(self, path: Any, exclude: Any = ()) -> RuleNER:
        """Nothing to load (see :meth:`to_disk`)."""
        return self

    def to_bytes(self, exclude: Any = ()) -> bytes:
        """Nothing to serialise."""
        return b""

    def from_bytes(self, data: bytes, exclude: Any = ()) -> RuleNER:
        """Nothing to deserialise."""
        return self


@Language.factory("allegiance_rule_ner", default_config={"mode": "replace"})
def make_rule_ner(nlp: Language, name: str, mode: str) -> RuleNER:
    """spaCy factory for :class:`RuleNER`."""
    return RuleNER(nlp, name, mode=mode)
