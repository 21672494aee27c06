"""Actors and issues in one document: find their mentions and resolve them to entities.

Names come from the language pipeline's named entities, from patterns (organisation heads and
suffixes, role nouns before names, quoted bill titles, issue compounds) and from the user's
registry. Within a document, surnames, inflected forms ("Musks"), parts of hyphen compounds
("Trump-Administration"), role nouns ("die Ministerin", "the mayor") and pronouns are resolved
to the entity they refer to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from allegiance.extract.lexicon import Lexicon
from allegiance.extract.registry import Registry

QUOTE_OPEN = "„“\"«»‚‘'‹›”"
_DETS = {
    "de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"},
    "en": {"the", "a", "an"},
}
# German finite verb tags (STTS): the verb of a clause
DE_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_UPPER_WORD = re.compile(r"^[A-ZÄÖÜ][\w.&'’-]*$")


@dataclass(eq=False, slots=True)
class Entity:
    """An actor or concept of one document (``name`` is canonical)."""

    name: str
    kind: str  # actor | concept
    type: str | None = None  # person | organization for actors
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    head: str | None = None  # concept head noun, lower-cased
    # the kind of issue (a key of the lexicon's ``issue_kinds``): "walkout" and "strike", "plan
    # to expand the league" and "the expansion" are of one kind
    family: str | None = None

    @property
    def surname(self) -> str | None:
        parts = self.name.split()
        return parts[-1] if self.type == "person" and len(parts) > 1 else None


@dataclass(eq=False, slots=True)
class Mention:
    """A token span ``[start, end)`` that refers to ``entity``."""

    start: int
    end: int
    entity: Entity
    how: str = "name"
    genitive: bool = False


class DocEntities:
    """The resolved mentions of one document, indexed by token; ``mentions`` is in text order
    (walking it backwards from a token finds the nearest mention before it)."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        self.affiliations: list[tuple[Entity, Entity, str | None, int, int]] = []

    def add(self, m: Mention) -> Mention | None:
        """Add ``m`` in text order (rules add mentions while reading cues, so anywhere), unless
        one of its tokens is already taken; returns it, or None."""
        if any(i in self.by_token for i in range(m.start, m.end)):
            return None
        bisect.insort(self.mentions, m, key=lambda x: x.start)
        for i in range(m.start, m.end):
            self.by_token[i] = m
        return m

    def remove(self, m: Mention) -> None:
        self.mentions.remove(m)
        for i in range(m.start, m.end):
            if self.by_token.get(i) is m:
                del self.by_token[i]
        if not any(x.entity is m.entity for x in self.mentions) and m.entity in self.entities:
            self.entities.remove(m.entity)

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def in_range(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if m.start >= start and m.end <= end and (kind is None or m.entity.kind == kind)
        ]


def _is_law(e: Entity, lex: Lexicon) -> bool:
    """Whether issue ``e`` is a law or a draft ("Heizungsgesetz", "Clean Grid Act", "the bill")."""
    words = e.name.lower().replace("-", " ").split()
    if lex.lang == "de":  # compounds: "Heizungsgesetz", "Gesetzesnovelle", "EU-Richtlinie"
        law = any(w.endswith(lex.law_heads) for w in words)
    else:
        law = bool(words) and words[-1] in lex.law_heads
    return law or (e.head or "") in lex.law_anaphors


def _compound_of(compound: str, analytic: str) -> bool:
    """Whether the German compound ``compound`` ("einwegverbot", "grundsteuerreform") names
    what ``analytic`` names with its head first ("verbot von einwegverpackungen", "reform der
    grundsteuer"): the compound ends in that head, and what comes before (without a linking
    "s") begins a later word of the analytic name or is one."""
    compound = compound.replace("-", "")
    words = analytic.split()
    if " " in compound or len(words) < 3:
        return False
    head = words[0]
    if not compound.endswith(head) or len(compound) < len(head) + 4:
        return False
    front = compound[: -len(head)]
    fronts = {front, front.removesuffix("s")} if front.endswith("s") else {front}
    return any(
        # "Theaterfusion" / "Fusion der Stadttheater", "Klinikfusion" / "… der Kreiskliniken"
        w.startswith(f) or f.startswith(w) or (len(f) >= 5 and f in w)
        for w in words[2:]
        if len(w) > 3
        for f in fronts
    )


def _quoted_label(doc: Doc, start: int, lex: Lexicon) -> bool:
    """Whether a name starting at ``start`` opens a quoted label after "von"/"of" (and an
    indefinite article): "sprach von einem „Berufsverbot“", "spoke of a 'tax grab'"."""
    k = start if start < len(doc) and doc[start].text in QUOTE_OPEN else start - 1
    if k < 0 or doc[k].text not in QUOTE_OPEN:
        return False
    k -= 1
    if k >= 0 and doc[k].lower_ in lex.indefinite_determiners:
        k -= 1
    return k >= 0 and doc[k].lower_ in ("von", "vom", "of")


def glued_hyphen(doc: Doc, k: int) -> bool:
    """Token ``k`` is a hyphen written without spaces on either side: the tokenizer split a
    compound there ("Roth-Aldinger", "Open-Source-Software", "re-election")."""
    return (
        0 < k < len(doc)
        and doc[k].text == "-"
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
    )


_YEAR = re.compile(r"^(19|20)\d\d$")
_YEARS = re.compile(r"^(19|20)\d\d/\d\d$")  # "2026/27" as one token


def _year_end(doc: Doc, k: int) -> int:
    """End of a year (or a span of years: "2026/27") starting at token ``k``, else ``k``."""
    if k < len(doc) and _YEAR.match(doc[k].text):
        if k + 2 < len(doc) and doc[k + 1].text == "/" and doc[k + 2].text.isdigit():
            return k + 3
        return k + 1
    if k < len(doc) and _YEARS.match(doc[k].text):
        return k + 1
    return k


def _split_at_verbs(doc: Doc, ent: Span) -> list[Span]:
    """An entity span cut at the lower-case verbs in it: no name holds one, so "The Department
    of Health commended Calder Care", tagged as one organisation, is two."""
    if not any(t.is_lower and t.pos_ in ("VERB", "AUX") for t in ent):
        return [ent]
    pieces: list[Span] = []
    start = ent.start
    for t in ent:
        if t.is_lower and t.pos_ in ("VERB", "AUX"):
            if t.i > start:
                pieces.append(Span(doc, start, t.i, label=ent.label_))
            start = t.i + 1
    if start < ent.end:
        pieces.append(Span(doc, start, ent.end, label=ent.label_))
    return pieces


def _joined_orgs(doc: Doc) -> list[Span]:
    """Named entities, with adjacent organisation spans joined ("Jusos" + "Oberland") and
    spans cut at verbs (``_split_at_verbs``)."""
    out: list[Span] = []
    for ent in (piece for e in doc.ents for piece in _split_at_verbs(doc, e)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == ent.start
            and prev.label_ == ent.label_ == "ORG"
            and doc[prev.end - 1].whitespace_
            and doc[prev.end - 1].text not in ("'s", "’s")  # "the Liberal Party's Marek Dolan"
        ):
            out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)
        else:
            out.append(ent)
    return out


def _intent_span(noun: Token) -> int | None:
    """End of "plan to scrap the winter break" (the verb and its objects, not its adjuncts)."""
    for c in noun.children:
        if (
            c.dep_ == "acl"
            and c.i == noun.i + 2
            and c.pos_ == "VERB"
            and noun.doc[noun.i + 1].lower_ == "to"
        ):
            end = c.i + 1
            for o in c.children:
                if o.dep_ in ("dobj", "prt") and o.i > c.i:
                    end = max(end, o.right_edge.i + 1)
            # "plan to allow" without what it allows names nothing: the plain noun does
            return end if end > c.i + 1 and end - noun.i <= 10 else None
    return None


def _introduced_thing(noun: Token, verbs: frozenset[str]) -> tuple[int, int] | None:
    """In "plan to introduce a salary cap in the second tier": the span of "salary cap" (the
    object's modifiers, also written with a hyphen, and head), when the verb introduces
    something."""
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in verbs:
            for o in c.children:
                if o.dep_ == "dobj" and o.i > c.i and o.pos_ in ("NOUN", "PROPN"):
                    start = o.i
                    doc = noun.doc
                    while start > c.i + 1:
                        if doc[start - 1].dep_ in ("compound", "amod"):
                            start -= 1
                        elif start - 2 > c.i and glued_hyphen(doc, start - 1):
                            start -= 2  # "remote-controlled cranes": the hyphen's first part
                        else:
                            break
                    return start, o.i + 1
    return None


def _is_plural_name(doc: Doc, j: int) -> bool:
    """The word before ``j`` continues a name: capitalised, or the apostrophe of a plural
    possessive inside it ("Aviators' Guild", "Canal Ward Residents' Group")."""
    prev = doc[j - 1]
    if _is_upper(prev):
        return True
    return (
        prev.text in ("'", "’")
        and j >= 2
        and _is_upper(doc[j - 2])
        and doc[j - 2].text.endswith("s")
        and prev.whitespace_ != ""  # "Aviators' Guild": a space follows the apostrophe
    )


def is_comparative(t: Token, lex: Lexicon) -> bool:
    """A comparative adjective that says what is wanted ("höhere", "schnellere", "stricter"),
    not one that only orders things ("weitere", "frühere", "later"): part of an issue's name."""
    if t.lemma_.lower() in lex.non_comparatives or t.lower_ in lex.non_comparatives:
        return False
    if lex.lang != "de":
        return t.tag_ == "JJR"
    if t.tag_ != "ADJA":
        return False
    w, lemma = t.lower_, t.lemma_.lower()
    for ending in ("en", "em", "es", "er", "e"):
        if w.endswith(ending) and w[: -len(ending)].endswith("er"):
            return not lemma.endswith("er")  # "teure" is no comparative of "teuer"
    return False


def _name_start(doc: Doc, i: int) -> int:
    """Start of the capitalised run that ends before token ``i`` (a name's first words:
    "National Alliance for …", "International Dockworkers Local 12"), without "The"."""
    b = i
    while b > 0 and _is_upper(doc[b - 1]) and not doc[b - 1].is_sent_start:
        b -= 1
    if b > 0 and doc[b - 1].is_sent_start and _is_upper(doc[b - 1]):
        b -= 1  # the name starts the sentence
    if doc[b].lower_ in ("the", "a", "an") and b < i:
        b += 1  # "A Chamber of Commerce spokeswoman": the article opens the sentence
    return b


def _is_upper(tok: Token) -> bool:
    return bool(_UPPER_WORD.match(tok.text))


def _strip_span(doc: Doc, start: int, end: int, lang: str) -> tuple[int, int]:
    """Drop leading determiners/punctuation and trailing punctuation from a name span."""
    while start < end and (
        doc[start].lower_ in _DETS[lang] or doc[start].is_punct or doc[start].text in QUOTE_OPEN
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in QUOTE_OPEN):
        end -= 1
    return start, end


def _entity_kind(label: str) -> str | None:
    from allegiance.nlp import entity_kind

    return entity_kind(label)


def _is_acronym(text: str) -> bool:
    """ "DRK", "GEW", "BUND": an organisation's initials (2 to 6 capitals)."""
    return 2 <= len(text) <= 6 and text.isupper() and text.isalpha()


def _genitive_article(doc: Doc, i: int) -> bool:
    """German: a genitive article before the noun at ``i``, past its adjectives ("des
    geplanten Sanktionspakets")."""
    k = i - 1
    while k >= 0 and doc[k].tag_ == "ADJA":
        k -= 1
    return k >= 0 and doc[k].lower_ in ("des", "eines", "dieses", "jenes")


def _is_money(doc: Doc, i: int) -> bool:
    """ "£2.3bn", "$40m", "38 million": an amount, no part of an issue's name."""
    t = doc[i]
    if t.lower_ in ("million", "billion", "trillion") and i > 0:
        return any(c.isdigit() for c in doc[i - 1].text)  # "a £4 million fine"
    return any(c.isdigit() for c in t.text) and (
        (i > 0 and doc[i - 1].text in ("£", "$", "€"))
        or t.text.lower().endswith(("bn", "m", "k"))
        or (i + 1 < len(doc) and doc[i + 1].lower_ in ("million", "billion", "bn", "m"))
    )


def repeated_phrase_end(
    toks: list[Token], text: str, start: int, end: int, preps: frozenset[str], limit: int
) -> int:
    """The end of the issue name ``toks[start:end]`` with the phrase after it that one of
    ``preps`` opens ("Gebührenfreiheit für Kitas"), if the article repeats that whole phrase word
    for word; else ``end``. Said once, the phrase is a detail of that mention."""
    if end + 1 >= limit or toks[end].lower_ not in preps:
        return end
    k = end + 1
    while k < limit and toks[k].tag_ in ("ART", "ADJA"):
        k += 1
    if k >= limit or toks[k].tag_ != "NN":
        return end
    phrase = text[toks[start].idx : toks[k].idx + len(toks[k].text)]
    return k + 1 if text.count(phrase) >= 2 else end


def _genitive_tail(doc: Doc, k: int, out: DocEntities) -> int | None:
    """End of "der / des / von (numbers, adjectives) Noun(-Noun)" starting at ``k``, or of an
    article-less genitive plural (``_bare_genitive_tail``), if the phrase is there and names
    nothing already found ("der Kita-Gebühren", "von zwölf Amtsgerichten")."""
    n = len(doc)
    if k < n and doc[k].lower_ not in ("der", "des", "von"):
        return _bare_genitive_tail(doc, k, out)  # "Senkung hoher Mieten"
    if k + 1 >= n:
        return None
    j = k + 1
    while j < min(n - 1, k + 3) and doc[j].tag_ in ("CARD", "ADJA"):
        j += 1
    if not (doc[j].text[:1].isupper() and doc[j].tag_ in ("NN", "NE", "")):
        return None
    j = _compound_end(doc, j)  # hyphen compounds the tokenizer split: "Kita-Gebühren"
    if any(x in out.by_token for x in range(k + 1, j + 1)):
        # a common noun starts an organisation's name: "Schließung der Grundschule Moorbach"
        # (not "der Vorstoß der SPD": the organisation itself is the author)
        m = out.by_token.get(j)
        if (
            m is not None
            and m.start == j
            and doc[j].tag_ == "NN"
            and m.entity.type == "organization"
            and not any(x in out.by_token for x in range(k + 1, j))
        ):
            return m.end
        return None
    if (
        j + 1 < n
        and doc[j + 1].tag_ == "CARD"
        and len(doc[j + 1].text) <= 4
        and (j + 2 >= n or doc[j + 2].tag_ not in ("NN", "NE"))
    ):
        return j + 2  # "Verlängerung der Linie 4" (not "der Linie 4 Millionen")
    # a name after the noun: "Auflösung der Pflegekammer Westmark"
    while (
        j + 1 < n
        and (doc[j + 1].tag_ == "NE" or doc[j + 1].ent_type_ in ("LOC", "ORG"))
        and doc[j + 1].text[:1].isupper()
        and (j + 1) not in out.by_token
        and doc[j + 1].ent_type_ not in ("PER", "PERSON")
    ):
        j = _compound_end(doc, j + 1)  # "Moorbach-Ost"
    return j + 1


def _bare_genitive_tail(doc: Doc, k: int, out: DocEntities) -> int | None:
    """End of a genitive plural without article starting at ``k``: strong adjectives in
    ``-er`` and a common noun ("komplizierter Eingriffe", "fossiler Subventionen"), if the
    phrase is there and names nothing already found."""
    n = len(doc)
    j = k
    while j < min(n - 1, k + 3) and doc[j].tag_ == "ADJA" and doc[j].lower_.endswith("er"):
        j += 1
    if j == k or not (doc[j].text[:1].isupper() and doc[j].tag_ == "NN"):
        return None
    j = _compound_end(doc, j)
    if any(x in out.by_token for x in range(k, j + 1)):
        return None
    return j + 1


def _merge_entity(out: DocEntities, keep: Entity, gone: Entity) -> None:
    """Make ``gone`` one with ``keep``: its mentions and aliases move over, it leaves the list."""
    for m in out.mentions:
        if m.entity is gone:
            m.entity = keep
    keep.aliases |= gone.aliases
    if gone in out.entities:
        out.entities.remove(gone)


def _compound_end(doc: Doc, j: int) -> int:
    """The last part of a hyphen compound the tokenizer split, starting at token ``j``
    ("Kita-Gebühren", "Moorbach-Ost"): each part after a glued hyphen is capitalised."""
    while j + 2 < len(doc) and glued_hyphen(doc, j + 1) and doc[j + 2].text[:1].isupper():
        j += 2
    return j


class EntityResolver:
    """Builds :class:`DocEntities` for a parsed document."""

    def __init__(self, lex: Lexicon, registry: Registry | None = None) -> None:
        self.lex = lex
        self.lang = lex.lang
        self.registry = registry or Registry()
        self._tok_doc: Doc | None = None
        self._tok_list: list[Token] = []

    def _tokens(self, doc: Doc) -> list[Token]:
        """The tokens of ``doc`` as a list, made once per document (``doc[i]`` builds a new
        Token object at every access; the resolver indexes tokens a few hundred times per
        sentence)."""
        if self._tok_doc is not doc:
            self._tok_doc = doc
            self._tok_list = list(doc)
        return self._tok_list

    # -- entry point -------------------------------------------------------------------------
    def resolve(self, doc: Doc) -> DocEntities:
        """Find and resolve actor and concept mentions in ``doc``."""
        out = DocEntities()
        self._text = doc.text  # spaCy rebuilds Doc.text on every access
        spans = self._actor_spans(doc)
        for start, end, typ in spans:
            self._add_actor(doc, out, start, end, typ)
        self._quoted_name_heads(doc, out)
        self._split_trailing_surnames(doc, out)
        self._second_pass_names(doc, out)
        self._concepts(doc, out)
        self._rate_demands(doc, out)
        self._named_as(doc, out)
        self._apposed_concepts(doc, out)
        # a candidate span that lost to a longer one leaves no actor behind ("Alliance" in
        # "The Startup Alliance"): it would catch anaphors meant for the real name
        named = {id(m.entity) for m in out.mentions}
        out.entities = [e for e in out.entities if e.kind != "actor" or id(e) in named]
        self._affiliations(doc, out)
        return out

    # -- actors --------------------------------------------------------------------------------
    def _quoted_name_heads(self, doc: Doc, out: DocEntities) -> None:
        """ "die Initiative „Rettet den Stadtwald“": the word for the group before its quoted
        name refers to the group too (it is neither an issue nor another actor)."""
        toks = self._tokens(doc)
        for m in [m for m in out.mentions if m.entity.kind == "actor"]:
            k = m.start - 2
            if (
                k >= 0
                and toks[k + 1].text in QUOTE_OPEN
                and (toks[k].lower_ in self.lex.org_heads or self._org_title(toks[k]))
                and out.at(k) is None
            ):
                out.add(Mention(k, k + 1, m.entity, "role"))

    def _genitive_place(self, doc: Doc, s: int, e: int) -> bool:
        """German: one capitalised word in the genitive before a role noun and a name
        ("Altenbrücks Bürgermeister Ralf Eckhardt", "Sachsens Ressortchefin Petra Kühn") is where
        the person holds office, unless the text names it without the -s elsewhere as a person
        or an organisation ("Müllers Sprecher …" after "Peter Müller")."""
        toks = self._tokens(doc)
        if self.lang != "de" or e - s != 1 or e + 1 >= len(doc):
            return False
        word = toks[s].text
        if not word.endswith("s") or len(word) < 4 or not self.lex.role_of(toks[e].text):
            return False
        if not toks[e + 1].text[:1].isupper():
            return False
        stem = word[:-1]
        # an actor only if the text names it so elsewhere as a person or an organisation
        return not any(
            ent.text == stem and ent.label_ in ("PER", "PERSON", "ORG") for ent in doc.ents
        )

    def _party_body(self, word: str) -> bool:
        """Whether ``word`` after a party and a hyphen makes a body of its own ("FDP-Fraktion",
        "SPD-Landesverband", "CDU-Opposition")."""
        lex = self.lex
        return (
            word in lex.org_heads
            or word in lex.party_compound_heads
            or word.endswith(lex.org_suffixes)
        )

    def _regional_branch(self, doc: Doc, s: int, e: int) -> bool:
        """Whether the party or youth wing ``doc[s:e]`` (``regional_orgs``) is followed by the
        name of a place it is the branch of ("die Jusos Ostfalen lehnen …"): one capitalised word
        that no entity claims and that is no title or stance noun, ending the noun phrase."""
        toks = self._tokens(doc)
        if doc[s:e].text.lower() not in self.lex.regional_orgs or e >= len(doc):
            return False
        w = toks[e]
        after = toks[e + 1] if e + 1 < len(doc) else None
        return (
            toks[e - 1].whitespace_ != ""
            and w.text[:1].isupper()
            and w.tag_ in ("NE", "NN")
            and not w.ent_type_
            and not self.lex.role_of(w.text)
            and w.lower_ not in self.lex.nouns
            and (after is None or after.is_punct or after.tag_ in DE_FINITE_TAGS | {"KON"})
        )

    def _actor_spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        toks = self._tokens(doc)
        cands: list[tuple[int, int, str]] = []
        for ent in _joined_orgs(doc):
            kind = _entity_kind(ent.label_)
            s, e = _strip_span(doc, ent.start, ent.end, self.lang)
            if kind == "ORG" and self._regional_branch(doc, s, e):
                e += 1  # "die SPD Ostfalen": the party's branch there
            if ent.label_ == "LAW" and s < e and toks[s].lower_ in self.lex.org_heads:
                kind = "ORG"  # "Coalition of Online Retailers", tagged as a law
            if s < e and toks[e - 1].lower_ in self.lex.concept_heads and e - s > 1:
                continue  # "The Location Privacy Act" tagged as an organisation: an issue
            if (
                self.lang == "en"
                and s < e
                and toks[e - 1].is_lower
                and toks[e - 1].lower_ in self.lex.policy_nouns
            ):
                continue  # "a landlord levy" tagged as an organisation: an issue
            if kind not in ("PER", "ORG"):
                continue
            if s >= e:
                continue
            if (
                self.lang == "en"
                and e - s == 1
                and toks[s].text.isupper()
                and e < len(doc)
                and toks[e].is_lower
                and (
                    toks[e].lower_ in self.lex.org_titles
                    or toks[e].lower_ in self.lex.company_titles
                )
            ):
                continue  # "a San Jose-based AI developer", "an EV maker": a kind, no actor
            if self._genitive_place(doc, s, e):
                continue  # "Altenbrücks Bürgermeister Ralf Eckhardt": a place, not an actor
            if (
                kind == "PER"
                and self.lang == "de"
                and e - s == 2
                and toks[s].text.endswith("s")
                and toks[s].text not in self.lex.first_names  # "Jens Hoffrichter"
                and toks[s].text[:-1] not in self.lex.first_names
                and self.lex.role_of(toks[s + 1].text)
            ):
                continue  # "Valdoriens Botschafter, Milan Radić, …": a title the tagger took whole
            if (
                kind == "ORG"
                and e - s >= 3
                and toks[e - 2].text == "-"
                and self.lex.role_of(toks[e - 1].text)
            ):
                e -= 2  # "GHL-Chefin Miriam Stoll": the organisation, then her title
            if (
                kind == "ORG"
                and self.lex.role_of(toks[e - 1].text)
                and e < len(doc)
                and toks[e].ent_type_ in ("PER", "PERSON")
            ):
                continue  # "County Executive Janet Hale": a title, not an organisation
            # titles before a name are roles, not part of the name ("Senator Ruth Calloway")
            if self.lang == "en" and e - s >= 3:
                # "Social Democratic MP Nadia Farouk" taken as one name: a title inside it, then
                # a first name, starts the person's name
                k = next(
                    (
                        k
                        for k in range(e - 2, s, -1)
                        if self.lex.role_of(toks[k].text)
                        and toks[k + 1].text in self.lex.first_names
                        and all(_is_upper(toks[x]) for x in range(k + 1, e))
                    ),
                    None,
                )
                if k is not None:
                    s, kind = k + 1, "PER"
            if (
                kind == "ORG"
                and self.lang == "en"
                and s > 0
                and toks[s - 1].text in ("'s", "’s")
                and 2 <= e - s <= 3
                and toks[s].text in self.lex.first_names
                and toks[e - 1].lower_ not in self.lex.org_heads
            ):
                kind = "PER"  # "the Liberal Party's Marek Dolan", tagged as an organisation
            while (
                e - s > 1
                and toks[s].text[:1].isupper()
                and (
                    self.lex.role_of(toks[s].text)
                    # "County Executive Janet Hale", "Attorney General Nadia Brooks"
                    or (kind == "PER" and toks[s].lower_ in self.lex.title_modifiers)
                )
            ):
                s += 1
            if s > 0 and self.lex.role_of(toks[s - 1].text) and toks[s].lower_ in _DETS[self.lang]:
                # "Landrat des Kreises Talheim" tagged as one name: the title's organisation
                s += 1
                kind = "ORG"
                if s >= e:
                    continue
            if (
                e + 1 < len(doc)
                and toks[e - 1].text in ("'s", "’s")
                and toks[e].lower_ in self.lex.org_heads | {"hospital", "school", "college"}
            ):
                e += 1  # "St. Bride's Hospital"
            elif e - s > 1 and toks[e - 1].text in ("'s", "’s", "'", "’"):
                e -= 1
            while self.lang == "en" and e - s > 1 and toks[s].is_lower and kind == "ORG":
                s += 1  # "the state Farm Bureau" -> "Farm Bureau"
            while e - s > 1 and kind == "ORG" and self._org_title(toks[s]):
                s += 1  # "Miner Coral Ridge Resources", "Supermarktkette Frischkauf"

            if kind == "ORG" and e - s >= 3:
                # "des Ifo-Instituts Clemens Fuest" tagged as one organisation: the person
                # named after it is not part of its name
                k = next(
                    (
                        k
                        for k in range(s + 1, e - 1)
                        if toks[k].text in self.lex.first_names
                        and toks[k - 1].whitespace_
                        and toks[k].tag_ == "NE"
                        and all(toks[x].tag_ == "NE" for x in range(k + 1, e))
                    ),
                    None,
                )
                if k is not None:
                    cands.append((k, e, "person"))
                    e = k
            typ = "person" if kind == "PER" else "organization"
            if (
                doc[s:e].text in self.lex.parties
                or toks[e - 1].lower_ in self.lex.org_heads
                or (
                    s > 0
                    and self._org_title(toks[s - 1])  # "the app maker Brightwell"
                    and toks[s].text not in self.lex.first_names  # "des Investors Georg Haller"
                )
            ):
                typ = "organization"  # the lexicon knows better than the tagger
            elif s > 0 and self.lex.role_of(toks[s - 1].text) and e - s <= 3:
                typ = "person"  # "Bürgermeisterin Ingrid Falk"
            cands.append((s, e, typ))
        cands.extend(self._acting_places(doc))
        cands.extend(self._titled_people(doc))
        cands.extend(self._first_name_people(doc))
        cands.extend(self._appositive_people(doc))
        cands.extend(self._appositive_orgs(doc))
        cands.extend(self._relative_orgs(doc))
        cands.extend(self._typed_orgs(doc))
        cands.extend(self._org_patterns(doc))
        for party in self.lex.parties:
            if " " in party:
                for m in re.finditer(r"(?<!\w)" + re.escape(party) + r"(?!\w)", self._text):
                    span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
                    if span is not None:
                        cands.append((span.start, span.end, "organization"))
        if self.lang == "en":
            cands = [self._with_trailing_propn(doc, self._with_caucus(doc, c)) for c in cands]
            cands = [self._with_board(doc, c) for c in cands]
        if self.lang == "de":
            cands = [self._with_place(doc, self._with_adjective(doc, c)) for c in cands]
            cands = [self._with_hyphen_tail(doc, self._with_members(doc, c)) for c in cands]
            people = {s for s, _, t in cands if t == "person"}
            cands = [self._with_trailing_name(doc, c, people) for c in cands]
        cands.extend(self._registry_spans(doc))
        # longest first, then by position; overlapping spans are dropped by DocEntities.add; on
        # a tie an organisation wins: the lexicon's patterns know better than the tagger
        # ("die Initiative „Grüne Wiese“", tagged as a person)
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2] != "organization"))
        return cands

    def _with_caucus(self, doc: Doc, c: tuple[int, int, str]) -> tuple[int, int, str]:
        """ "the Labour group", "the Independent caucus": a party's or list's members in a body,
        named by a lower-case word after its name, are one organisation of that name."""
        toks = self._tokens(doc)
        s, e, _ = c
        if (
            e < len(doc)
            and e - s <= 3
            and toks[e].text in self.lex.caucus_nouns
            and s > 0
            and toks[s - 1].lower_ in ("the", "its", "their")
            and doc[s:e].text not in self.lex.parties  # "the Labour group": the party speaks
            and not (e + 1 < len(doc) and toks[e + 1].dep_ == "compound")
        ):
            return (s, e + 1, "organization")
        return c

    def _with_board(self, doc: Doc, c: tuple[int, int, str]) -> tuple[int, int, str]:
        """English: "the Harrowgate Foods board", "Lumora's board", "the board of Harrowgate
        Foods": a company's board is an actor of its own, which may side against its
        shareholders (``board_nouns``)."""
        toks = self._tokens(doc)
        s, e, typ = c
        if (
            typ == "organization"
            and s >= 2
            and toks[s - 1].lower_ == "of"
            and toks[s - 2].lower_ in self.lex.board_nouns
        ):
            return (s - 2, e, typ)  # "the board of Harrowgate Foods"
        if e >= len(doc):
            return c
        if typ == "organization" and toks[e].lower_ in self.lex.board_nouns:
            if (
                e + 2 < len(doc)
                and toks[e + 1].lower_ == "of"
                and toks[e + 2].lower_ in self.lex.board_members
            ):
                return (s, e + 3, typ)  # "the Halden University board of trustees"
            return (s, e + 1, typ)
        if (
            e + 1 < len(doc)
            and toks[e].text in ("'s", "’s", "'", "’")
            and toks[e + 1].lower_ in self.lex.board_nouns
        ):
            # (a name the tagger took for a person's: only a company has a board)
            return (s, e + 2, "organization")
        return c

    def _with_trailing_propn(self, doc: Doc, c: tuple[int, int, str]) -> tuple[int, int, str]:
        """English: "Millbridge Town", "River Watch Severn": capitalised proper nouns right
        after an organisation's name that the tagger left out of it and gave to no other name
        (not a title: "Tesla CEO Elon Musk")."""
        toks = self._tokens(doc)
        s, e, typ = c
        if typ != "organization":
            return c
        while (
            e < len(doc)
            and e - s < 6
            and toks[e].tag_ == "NNP"
            and toks[e].is_alpha
            and toks[e].text[:1].isupper()
            and not toks[e].ent_type_
            and toks[e - 1].whitespace_
            and not self.lex.role_of(toks[e].text)
        ):
            e += 1
        return (s, e, typ)

    def _with_trailing_name(
        self, doc: Doc, c: tuple[int, int, str], people: set[int]
    ) -> tuple[int, int, str]:
        """ "Jusos Oberland", "Verein Digitale Freiheit": proper nouns right after an
        organisation's name belong to it (not when a person's name starts there)."""
        toks = self._tokens(doc)
        s, e, typ = c
        if typ != "organization":
            return c
        while e < len(doc) and e - s < 6 and e not in people:
            if (  # "Städtetag Rheinland-Pfalz": a hyphenated place name
                toks[e].text == "-"
                and e > s
                and toks[e - 1].tag_ == "NE"
                and not toks[e - 1].whitespace_
                and not toks[e].whitespace_
                and e + 1 < len(doc)
                and toks[e + 1].tag_ == "NE"
                and not self.lex.role_of(toks[e + 1].text)  # "GHL-Chefin Miriam Stoll"
            ):
                e += 2
                continue
            if toks[e].tag_ != "NE":
                break
            if toks[e - 1].whitespace_ == "" and toks[e - 1].text != "-":
                break
            e += 1
        return (s, e, typ)

    def _with_hyphen_tail(self, doc: Doc, c: tuple[int, int, str]) -> tuple[int, int, str]:
        """ "Tarek Schulze-Brinck", "Städtetag Rheinland-Pfalz": a name cut at a hyphen; in an
        organisation's name of several words a common noun too ("Verband kommunaler
        Kita-Träger", but "Google-Manager", "Deutsche Bank-Aktie" stay cut)."""
        toks = self._tokens(doc)
        s, e, typ = c
        while (
            e + 1 < len(doc)
            and toks[e].text == "-"
            and not toks[e - 1].whitespace_
            and not toks[e].whitespace_
            and (
                toks[e + 1].tag_ == "NE"
                or (
                    typ == "organization"
                    and toks[e + 1].tag_ == "NN"
                    and self._member_head(toks[s])
                    and e - s >= 3
                )
                or self._org_word_tail(doc, s, e, typ)
            )
            and not self.lex.role_of(toks[e + 1].text)
            and (
                toks[e + 1].lower_ not in self.lex.org_heads
                or self._org_word_tail(doc, s, e, typ)
            )
        ):
            e += 2
        if (
            typ == "organization"
            and e - s == 1
            and s >= 2
            and toks[s].lower_ in self.lex.org_heads
            and toks[s - 1].text == "-"
            and not toks[s - 2].whitespace_
            and not toks[s - 1].whitespace_
            and toks[s - 2].tag_ in ("NN", "NE")
            and _is_upper(toks[s - 2])
            and toks[s - 2].text not in self.lex.parties
            and not self.lex.role_of(toks[s - 2].text)
        ):
            s -= 2  # "die Tierschutz-Allianz": the word before the hyphen is part of the name
        return (s, e, typ)

    def _org_word_tail(self, doc: Doc, s: int, e: int, typ: str) -> bool:
        """ "die E-Mobilitäts-Allianz": an organisation word after the hyphen that the tagger
        also took for a name, after a name that is no party ("SPD-Fraktion" stays the
        party's)."""
        toks = self._tokens(doc)
        return (
            typ == "organization"
            and toks[e + 1].ent_type_ == "ORG"
            and toks[e + 1].lower_ in self.lex.org_heads
            and doc[s:e].text not in self.lex.parties
        )

    def _member_head(self, tok: Token) -> bool:
        """A word for an association named by its members: "Verband", "Bundesvereinigung"."""
        return tok.lower_.endswith(self.lex.member_org_heads)

    def _with_members(self, doc: Doc, c: tuple[int, int, str]) -> tuple[int, int, str]:
        """ "Arbeitsgemeinschaft bäuerlicher Landwirtschaft", "Gewerkschaft der Polizei": an
        association is named by its members in the genitive, with or without an article."""
        toks = self._tokens(doc)
        s, e, typ = c
        if typ != "organization" or e - s != 1 or not self._member_head(toks[s]):
            return c
        n = len(doc)
        j = e
        if j < n and toks[j].lower_ in ("der", "des"):
            j += 1
        k = j
        while k < n and toks[k].tag_ == "ADJA" and toks[k].lower_.endswith(("er", "en")):
            k += 1
        if k == j and j == e:
            return c  # no article and no adjective: "Verband Wohneigentum" is a name already
        if not (k < n and toks[k].tag_ in ("NN", "NE") and _is_upper(toks[k])):
            return c
        if self.lex.role_of(toks[k].text) or toks[k].ent_type_ in ("PER", "PERSON"):
            return c  # "der Verband des Präsidenten", "des Vereins Karl Bauer"
        return (s, k + 1, typ)

    def _org_title(self, tok: Token) -> bool:
        """A kind of organisation written before its name: "Supermarktkette", "carmaker",
        also in the genitive ("des Finanzinvestors Crestline")."""
        low = tok.lower_
        forms = (low, low[:-1]) if self.lang == "de" and low.endswith("s") else (low,)
        ends = self.lex.org_title_endings if self.lang == "de" else ()
        return any(f in self.lex.org_titles or (ends and f.endswith(ends)) for f in forms)

    def _with_place(self, doc: Doc, c: tuple[int, int, str]) -> tuple[int, int, str]:
        """ "Gemeinderat von Oberau", "Betriebsrat von Kessler Logistik": a body and its place."""
        toks = self._tokens(doc)
        s, e, typ = c
        if (
            typ == "organization"
            and e - s == 1
            and e + 1 < len(doc)
            and toks[e].lower_ == "von"
            and not self.lex.role_of(toks[e + 1].text)  # "Rückendeckung ... von Minister X"
            and toks[e + 1].ent_type_ not in ("PER", "PERSON")
        ):
            j = e + 1
            while (
                j < len(doc) and j - e <= 3 and toks[j].tag_ in ("NE", "NN") and _is_upper(toks[j])
            ):
                j += 1
            if j > e + 1 and (j >= len(doc) or not _is_upper(toks[j]) or toks[j].is_punct):
                return (s, j, typ)
        return c

    def _with_adjective(self, doc: Doc, c: tuple[int, int, str]) -> tuple[int, int, str]:
        """ "die Liberale Allianz": a capitalised adjective before an organisation is part of it;
        so is a truncated compound before "und": "Industrie- und Handelskammer Lindenau"."""
        toks = self._tokens(doc)
        s, e, typ = c
        if (
            typ == "organization"
            and s >= 2
            and toks[s - 1].lower_ == "und"
            and toks[s - 2].text.endswith("-")
            and toks[s - 2].text[:1].isupper()
        ):
            return (s - 2, e, typ)
        if typ == "organization" and s > 0:
            prev = toks[s - 1]
            if (
                _is_upper(prev)
                and prev.lower_.endswith(("e", "en", "er", "es"))
                and prev.tag_ in ("ADJA", "NN", "NE")
                and prev.lower_ not in _DETS["de"]
                and not self.lex.role_of(prev.text)
                and not self._org_title(prev)
                and s - 2 >= 0
                and toks[s - 2].lower_ in _DETS["de"]
            ):
                return (s - 1, e, typ)
        return c

    def _acting_places(self, doc: Doc) -> Iterable[tuple[int, int, str]]:
        """A state or country that acts is an actor: "Bayern werde nicht zustimmen", "France
        opposed the plan", "Texas sued the agency". A place name counts once one of its
        mentions is the subject of a verb; every mention of it then names the actor."""
        toks = self._tokens(doc)
        places = [e for e in doc.ents if e.label_ in ("LOC", "GPE")]
        acting: set[str] = set()
        for ent in places:
            if self.lang == "en":
                if ent.label_ == "GPE" and ent.root.dep_ in ("nsubj", "nsubjpass"):
                    acting.add(ent.text)
                continue
            k = ent.start
            while k > 1 and toks[k - 1].lower_ in ("und", ",") and toks[k - 2].ent_type_ == "LOC":
                k -= 1  # "Niedersachsen und Mecklenburg-Vorpommern signalisierten ..."
                while k > 0 and toks[k - 1].ent_type_ == "LOC" and toks[k - 1].ent_iob_ == "I":
                    k -= 1
                k -= 1
            first = k == toks[ent.start].sent.start
            nxt = toks[ent.end] if ent.end < len(doc) else None
            before = toks[ent.start - 1] if ent.start > 0 else None
            opens = nxt is not None and (nxt.tag_ in DE_FINITE_TAGS or nxt.lower_ == "und")
            if (first and opens) or (
                # "Unterstützung signalisierten Niedersachsen und …": right after the verb
                before is not None
                and before.tag_ in DE_FINITE_TAGS
                and before.i > before.sent.start
                and nxt is not None
                and (nxt.is_punct or nxt.lower_ == "und")
            ):
                acting.add(ent.text)
        for a, b in pairwise(places):
            if a.text in acting and b.start == a.end + 1 and toks[a.end].lower_ == "und":
                acting.add(b.text)  # "Niedersachsen und Mecklenburg-Vorpommern"
        for ent in places:
            if ent.text in acting:
                yield (ent.start, ent.end, "organization")

    def _titled_people(self, doc: Doc) -> Iterable[tuple[int, int, str]]:
        """A role noun followed by two or three capitalised words is a person: "Councillor Derek
        Mwangi", "Verbandschef Oliver Brink"."""
        toks = self._tokens(doc)
        n = len(doc)
        for tok in doc:
            if not self.lex.role_of(tok.text):
                continue
            first = tok.i + 1
            while first < n and toks[first].lower_ in self.lex.title_modifiers:
                first += 1  # "Attorney General Nadia Brooks"
            j = first
            while (
                j < n
                and j - tok.i <= 3
                and _is_upper(toks[j])
                and toks[j].pos_ in ("PROPN", "X", "NOUN", "")
                and not self.lex.role_of(toks[j].text)
                and toks[j].lower_ not in self.lex.org_heads
                and toks[j].tag_ not in ("VVFIN", "VAFIN")
                # "Oberbürgermeister Markus Thiel Wahlkampfgetöse vor": a noun after the name
                and not (self.lang == "de" and j - tok.i >= 3 and toks[j].tag_ == "NN")
            ):
                j += 1
            if j - first >= 2 and (
                j >= n or not _is_upper(toks[j]) or (self.lang == "de" and toks[j].tag_ == "NN")
            ):
                yield (first, j, "person")

    def _appositive_orgs(self, doc: Doc) -> Iterable[tuple[int, int, str]]:
        """English: capitalised words followed by ", a charity," or ", the photo-sharing app,"
        are an organisation of that kind ("Patients First, a charity, called …")."""
        toks = self._tokens(doc)
        if self.lang != "en":
            return
        n = len(doc)
        for tok in doc:
            i = tok.i
            if tok.text != "," or i == 0 or i + 3 >= n:
                continue
            if toks[i + 1].lower_ not in ("a", "an", "the"):  # "Pixelgram, the photo-sharing app"
                continue
            j = i + 2
            while j < min(n, i + 9) and toks[j].text != ",":  # "a San Jose-based AI developer,"
                j += 1
            if j >= n or toks[j].text != ",":
                continue
            kind = toks[j - 1].lower_
            if j - 3 > i and toks[j - 2].text == "-" and not toks[j - 2].whitespace_:
                kind = f"{toks[j - 3].lower_}-{kind}"  # "a Boston-based AI start-up,"
            if kind not in self.lex.org_titles and kind not in self.lex.org_heads:
                continue
            s = i
            while (
                s > 0
                and i - s < 4
                and _is_upper(toks[s - 1])
                and not toks[s - 1].is_punct
                and toks[s - 1].pos_ != "DET"  # "The Ratepayers Alliance, a consumer group"
            ):
                s -= 1
            if s < i and toks[s].text not in self.lex.first_names:
                yield (s, i, "organization")

    def _relative_orgs(self, doc: Doc) -> Iterable[tuple[int, int, str]]:
        """English: two to four capitalised words opening a sentence, then ", which", are an
        organisation ("Clean Rivers Now, which has documented spills, called …"), also where
        the NER saw nothing."""
        toks = self._tokens(doc)
        if self.lang != "en":
            return
        for sent in doc.sents:
            s = sent.start
            i = s
            while i < sent.end and i - s < 5 and _is_upper(toks[i]) and not toks[i].is_punct:
                i += 1
            if not (
                2 <= i - s <= 4
                and i + 1 < sent.end
                and toks[i].text == ","
                and toks[i + 1].lower_ == "which"
            ):
                continue
            if toks[s].pos_ == "DET" or toks[s].text in self.lex.first_names:
                continue
            if any(toks[k].ent_type_ not in ("", "ORG") for k in range(s, i)):
                continue  # "New York, which …": a place
            yield (s, i, "organization")

    def _first_name_people(self, doc: Doc) -> Iterable[tuple[int, int, str]]:
        """A known first name followed by a capitalised word is a person ("…, Felix
        Brandstätter, hat …"), also where the statistical NER saw nothing."""
        toks = self._tokens(doc)
        n = len(doc)
        for tok in doc:
            if tok.text not in self.lex.first_names or tok.i + 1 >= n:
                continue
            nxt = toks[tok.i + 1]
            if (
                not _is_upper(nxt)
                or nxt.is_punct
                or self.lex.role_of(nxt.text)
                or nxt.lower_ in self.lex.org_heads
                or nxt.tag_ in DE_FINITE_TAGS
                or (self.lang == "en" and nxt.pos_ not in ("PROPN", "NOUN"))
            ):
                continue
            e = tok.i + 2
            if e + 1 < n and glued_hyphen(doc, e) and _is_upper(toks[e + 1]):
                e += 2  # "Miriam Roth-Aldinger"
            yield (tok.i, e, "person")

    def _appositive_people(self, doc: Doc) -> Iterable[tuple[int, int, str]]:
        """English: a name of two or more proper nouns in apposition to a role noun is a person
        ("The chamber's president, Ana Ruiz, said …"), also where the NER saw nothing."""
        if self.lang != "en":
            return
        for tok in doc:
            if (
                tok.dep_ != "appos"
                or tok.pos_ != "PROPN"
                or tok.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "NORP")
                or not self.lex.role_of(tok.head.text)
            ):
                continue
            parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if not parts or parts[0].i != tok.i - len(parts):
                continue
            if any(self.lex.role_of(p.text) for p in parts):
                continue  # "the chief executive, Senator X": a title, handled with the name
            yield (parts[0].i, tok.i + 1, "person")

    def _typed_orgs(self, doc: Doc) -> Iterable[tuple[int, int, str]]:
        """A kind of organisation followed by a name: "Consumer watchdog FairFare",
        "die Supermarktkette Frischkauf"."""
        toks = self._tokens(doc)
        n = len(doc)
        for tok in doc:
            low = tok.lower_
            if low not in self.lex.org_titles and not (
                self.lang == "de" and low.endswith(self.lex.org_title_endings)
            ):
                continue
            j = tok.i + 1
            if j < n and toks[j].text in self.lex.first_names:
                continue  # "des Investors Georg Haller": a person of that kind
            while j < n and j - tok.i <= 5 and not toks[j].is_sent_start:
                if not _is_upper(toks[j]) and not (
                    # "die Wählergemeinschaft Bürger für Hallstedt"
                    self.lang == "de"
                    and j > tok.i + 1
                    and toks[j].lower_ in ("und", "für", "&")
                    and j + 1 < n
                    and _is_upper(toks[j + 1])
                ):
                    break
                if toks[j].tag_ in ("VVFIN", "VAFIN") or self.lex.role_of(toks[j].text):
                    break
                j += 1
            if j > tok.i + 1:
                yield (tok.i + 1, j, "organization")

    def _org_patterns(self, doc: Doc) -> Iterable[tuple[int, int, str]]:
        toks = self._tokens(doc)
        lex = self.lex
        n = len(doc)
        i = 0
        while i < n:
            tok = toks[i]
            low = tok.lower_
            # "das Land Hessen", "der Freistaat Bayern", "the city of Brookfield": a state or a
            # town as an actor
            of = 1 if i + 2 < n and toks[i + 1].lower_ == "of" and self.lang == "en" else 0
            if (
                low in lex.state_titles
                and i + 1 + of < n
                # after "of" any name is a place ("the city of Brookfield", tagged a person)
                and (
                    toks[i + 1 + of].ent_type_ in ("LOC", "GPE")
                    or (of and toks[i + 2].pos_ == "PROPN")
                )
                and _is_upper(toks[i + 1 + of])
            ):
                j = i + 2 + of
                while (  # "Nordrhein-Westfalen"
                    j + 1 < n and toks[j].text == "-" and not toks[j - 1].whitespace_
                ):
                    j += 2
                yield (i, j, "organization")
                i = j
                continue
            if (
                self.lang == "en"
                and not _is_upper(tok)
                and low in lex.org_heads
                and i > 1
                and toks[i - 1].pos_ == "PROPN"
                and toks[i - 2].pos_ == "PROPN"
                and not any(toks[k].ent_type_ in ("PERSON", "GPE") for k in (i - 1, i - 2))
                and low not in lex.proxies  # "the Calder Care board" speaks for Calder Care
            ):
                # "the Taxpayers First caucus": a name of two or more words before a lower-case
                # organisation word
                j = i - 2
                while j > 0 and toks[j - 1].pos_ == "PROPN" and toks[j - 1].ent_type_ != "PERSON":
                    j -= 1
                yield (j, i + 1, "organization")
            if not _is_upper(tok) or (tok.is_sent_start and low in _DETS[self.lang]):
                i += 1
                continue
            # "Gewerkschaft Pflege und Dienst", "Partei Neue Mitte",
            # "Bürgerinitiative Gegenwind Harz"
            is_head = low in lex.org_heads or (len(low) > 7 and low.endswith(lex.org_suffixes))
            # "Bürgerinitiative „Gegenwind Hoher Kamm“", "the group "Clean Air Now"": a quoted name
            if (is_head or low in lex.org_titles) and i + 2 < n and toks[i + 1].text in QUOTE_OPEN:
                j = i + 2
                while j < n and j - i <= 8 and toks[j].text not in QUOTE_OPEN:
                    j += 1
                if (
                    j < n
                    and j > i + 2
                    and _is_upper(toks[i + 2])
                    and all(
                        _is_upper(t) or not t.is_alpha or t.lower_ in self.lex.name_function_words
                        for t in toks[i + 2 : j]
                    )
                ):
                    yield (i + 2, j, "organization")
                    i = j + 1
                    continue
            # "die Umweltorganisation Klimaallianz Europa": a kind of organisation before a
            # name is no part of it (``_typed_orgs`` finds the name)
            descriptor = self._org_title(tok) and low not in lex.org_heads
            if (
                self.lang == "de"
                and is_head
                and not descriptor
                and i + 1 < n
                and _is_upper(toks[i + 1])
            ):
                j = i + 1
                while j < n and (
                    _is_upper(toks[j])
                    or (
                        toks[j].lower_ in ("und", "für", "&")
                        and j + 1 < n
                        and _is_upper(toks[j + 1])
                    )
                    or (  # "Allgäu-Oberland"
                        toks[j].text == "-"
                        and not toks[j - 1].whitespace_
                        and j + 1 < n
                        and _is_upper(toks[j + 1])
                    )
                ):
                    if toks[j].tag_ in ("VVFIN", "VAFIN", "VMFIN", "VVPP") or toks[j].lower_ in (
                        _DETS["de"] | {"dagegen", "hingegen", "jedoch", "auch", "bereits"}
                    ):
                        break
                    if self.lex.role_of(toks[j].text) or toks[j].is_sent_start:
                        break
                    if toks[j].ent_type_ in ("PER", "PERSON") and not (
                        # "Fahrgastverband Pro Schiene": a common noun inside the name that the
                        # NER took for a person
                        j > i + 1
                        and toks[j].tag_ == "NN"
                        and toks[j].text not in self.lex.first_names
                        and (j + 1 >= n or toks[j + 1].ent_iob_ != "I")
                        and toks[j].ent_iob_ == "B"
                    ):
                        break  # "Gemeinderat Kevin Sander": a person after a body's name
                    w = toks[j].lower_
                    if (w in lex.negative or lex.polarity.get(w, 0.0) < 0) and doc[
                        j - 1
                    ].lower_ not in ("und", "für", "&"):
                        # "warf der Regierung Versagen vor": a verdict, not a name (but
                        # "Gewerkschaft Gesundheit und Soziales", "Bündnis Freiheit")
                        break
                    j += 1
                if j - i >= 2:
                    yield (i, j, "organization")
                    i = j
                    continue
            # single-token organisations: "Landesbauernverband", "Bundesregierung"
            if self.lang == "de" and tok.tag_ in ("NN", "NE", "") and len(low) > 6:
                titled = i + 1 < n and toks[i + 1].ent_type_ in ("PER", "PERSON")
                # "des Mieterbunds", "des Städtetags": the genitive of such a name
                gen = i > 0 and toks[i - 1].lower_ in ("des", "eines") and low.endswith("s")
                stems = (low, low[:-1], low[:-2]) if gen else (low,)
                if (
                    not lex.role_of(tok.text)
                    and not titled
                    and not (descriptor and i + 1 < n and _is_upper(toks[i + 1]))
                    and any(
                        w.endswith(s) and len(w) > len(s) + 2
                        for w in stems
                        for s in lex.org_suffixes
                    )
                ):
                    yield (i, i + 1, "organization")
            title = i + 1 < n and toks[i + 1].ent_type_ in ("PER", "PERSON")  # "Gemeinderat X"
            gen_collective = (
                self.lang == "de"
                and i > 0
                and toks[i - 1].lower_ in ("des", "eines")
                and tok.text[:-1] in lex.collectives
                and tok.text.endswith("s")
            )
            if (
                self.lang == "de"
                and tok.lower_ in lex.governing_bodies
                and i + 2 < n
                and toks[i + 1].lower_ in ("der", "des", "von", "vom")
            ):
                # "der Vorstand der Elbtaler Genossenschaftsbank", "der Betriebsrat von Kessler &
                # Hagemann": the body of that organisation, an actor of its own
                org = next(
                    (e for e in doc.ents if e.label_ == "ORG" and i + 2 <= e.start <= i + 4), None
                )
                if org is not None and all(
                    # a name's own words, place adjectives read as nouns too ("Elbtaler"), not
                    # a kind of company ("des Maschinenbauers X")
                    (
                        toks[k].text[:1].isupper()
                        and (toks[k].tag_ in ("NE", "ADJA", "ADJD") or toks[k].text.endswith("er"))
                    )
                    or toks[k].lower_ in ("der", "des")
                    for k in range(i + 2, org.start)
                ):
                    yield (i, org.end, "organization")
            if tok.text in lex.parties or (
                (tok.text in lex.collectives or gen_collective)
                and tok.tag_ in ("NN", "NE")
                and not title
            ):
                yield (i, i + 1, "organization")
            # "FDP-Fraktion" split by the tokenizer into FDP - Fraktion
            if (
                self.lang == "de"
                and (tok.text in lex.parties or _is_acronym(tok.text))
                and i + 2 < n
                and toks[i + 1].text == "-"
                and not tok.whitespace_
                and self._party_body(toks[i + 2].lower_)
            ):
                yield (i, i + 3, "organization")
            # "FDP-Fraktion", "SPD-Landesverband": a party or name with an organisation word
            if self.lang == "de" and "-" in tok.text and tok.text.split("-")[0] in lex.parties:
                if self._party_body(tok.text.split("-")[-1].lower()):
                    yield (i, i + 1, "organization")
            # "the bus drivers' union TSWA", "TSWA opposes the pilot": initials named as an
            # organisation or acting as one
            if (
                self.lang == "en"
                and _is_acronym(tok.text)
                and low not in lex.acronym_stoplist
                and tok.pos_ == "PROPN"
                and (
                    (i > 0 and toks[i - 1].lower_ in lex.org_anaphors)
                    or tok.dep_ in ("nsubj", "nsubjpass")
                )
            ):
                yield (i, i + 1, "organization")
            elif (
                # "the shopworkers' union Unify", "the low-cost carrier FlyWest": a name right
                # after the word for its kind
                self.lang == "en"
                and i > 1
                and toks[i - 1].lower_ in lex.org_anaphors
                and toks[i - 1].pos_ == "NOUN"
                and tok.pos_ == "PROPN"
                and tok.text[:1].isupper()
                # (a name the tagger found is its to cut: "developer Harbor Homes LLC")
                and tok.ent_type_ not in ("ORG", "DATE", "TIME", "GPE", "NORP", "PERSON")
                and low not in lex.acronym_stoplist
                and not lex.role_of(tok.text)  # "the union President Ruth Diaz": a title
            ):
                j = i + 1
                while j < n and toks[j].pos_ == "PROPN" and toks[j].text[:1].isupper():
                    j += 1
                if not any(toks[k].ent_type_ == "PERSON" for k in range(i, j)):
                    yield (i, j, "organization")
            # "... Capital", "... Council": capitalised run ending in an organisation word
            if self.lang == "en" and low in lex.org_heads and i > 0 and _is_plural_name(doc, i):
                j = i
                while (
                    j > 0
                    and _is_plural_name(doc, j)
                    and not (toks[j - 1].is_sent_start and toks[j - 1].pos_ != "PROPN")
                ):
                    j -= 1
                if (
                    j >= 3
                    and toks[j - 1].lower_ == "and"
                    and _is_upper(toks[j - 2])
                    and toks[j - 3].lower_ == "the"
                    and toks[j - 2].ent_type_ not in ("PERSON", "GPE")
                ):
                    j -= 2  # "the Maritime and Dock Workers Union", "the Food and Drug …"
                if toks[j].lower_ in ("the", "a", "an") and j < i:
                    j += 1  # "The Digital Safety Authority …", opening a quotation
                if j < i:
                    yield (j, i + 1, "organization")
            # "Coalition for Safe Streets", "Campaign for Better Transport", "Council on Foreign
            # Relations": an organisation word, a preposition and a capitalised run
            if (
                self.lang == "en"
                and tok.text[:1].isupper()
                and i + 2 < n
                and (
                    (low in lex.org_heads and toks[i + 1].lower_ in lex.org_name_preps)
                    # "Parents for Safe Schools", "Residents Against the Bypass"
                    or (low in lex.group_plurals and toks[i + 1].lower_ in ("for", "against"))
                )
            ):
                j = i + 2
                if toks[j].lower_ == "the" and j + 1 < n:
                    j += 1
                k = j
                while (
                    k < n
                    and k - j < 5
                    and _is_upper(toks[k])
                    and toks[k].pos_ != "VERB"
                    and toks[k].ent_type_ not in ("DATE", "TIME")  # "the Trust on Monday"
                ):
                    k += 1
                if k > j:
                    yield (_name_start(doc, i), k, "organization")
            # "Teamsters Local 117", "International Dockworkers Local 12": a union branch
            if (
                self.lang == "en"
                and tok.text == "Local"
                and i + 1 < n
                and toks[i + 1].like_num
                and i > 0
                and _is_upper(toks[i - 1])
            ):
                yield (_name_start(doc, i), i + 2, "organization")
            company = self.lang == "de" and any(
                low.endswith(x) for x in lex.company_endings if len(low) > 3
            )
            if (tok.text in lex.org_endings or company) and i > 0 and _is_upper(toks[i - 1]):
                j = i
                while j > 0 and _is_upper(toks[j - 1]) and not toks[j - 1].is_sent_start:
                    j -= 1
                if (
                    j > 0
                    and j == i
                    and toks[j - 1].is_sent_start
                    and _is_upper(toks[j - 1])
                    and toks[j - 1].pos_ in ("PROPN", "ADJ", "NOUN", "X")
                ):
                    j -= 1  # "Elmstone Partners kritisierte …": a name that opens the sentence
                while j < i - 1 and self._org_title(toks[j]):  # "die Firma Brenninger ..."
                    j += 1
                if j < i:
                    yield (j, i + 1, "organization")
            i += 1

    def _registry_spans(self, doc: Doc) -> Iterable[tuple[int, int, str]]:
        if not self.registry.actors:
            return
        text = self._text
        for form, actor in self.registry.actor_forms():
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    yield (span.start, span.end, actor.type)

    def _find_entity(self, out: DocEntities, name: str, typ: str | None) -> Entity | None:
        low = name.lower()
        for e in out.entities:
            if e.kind != "actor":
                continue
            if low == e.name.lower() or low in (a.lower() for a in e.aliases):
                return e
        reg = self.registry.lookup(name)
        if reg is not None:
            for e in out.entities:
                if e.name == reg.name:
                    return e
        return None

    def _match_partial(self, out: DocEntities, name: str) -> Entity | None:
        """A surname, a genitive, or the first words of an organisation name."""
        words = name.split()
        cands: list[str] = [name]
        if self.lang == "de" and name.endswith("s") and len(name) > 3:
            cands.append(name[:-1])
        if name.endswith(("'s", "’s")):
            cands.append(name[:-2])
        persons_first = sorted(reversed(out.entities), key=lambda e: 0 if e.type == "person" else 1)
        for c in cands:
            for e in persons_first:
                if e.kind != "actor":
                    continue
                parts = e.name.split()
                if e.type == "person" and len(words) == 1 and len(parts) > 1 and parts[-1] == c:
                    return e
                if (
                    e.type == "organization"
                    and len(parts) > len(c.split())
                    and e.name.startswith(c + " ")
                ):
                    return e
                if c == e.name or c in e.aliases:
                    return e
        if len(words) == 1 and name in self.lex.first_names:
            # "“Rebecca has the vision”" after "Rebecca Thornley": the one person of that first
            # name (none whose surname it is)
            people = [e for e in out.entities if e.kind == "actor" and e.type == "person"]
            firsts = [e for e in people if len(e.name.split()) > 1 and e.name.split()[0] == name]
            if len(firsts) == 1 and not any(e.name.split()[-1] == name for e in people):
                return firsts[0]
        return None

    def _genitive_stem(self, doc: Doc, start: int, end: int, typ: str) -> str | None:
        """The nominative of a German organisation name in the genitive whose first word is a
        kind of organisation ("des Mieterbunds" -> "Mieterbund", "des Verbandes" -> "Verband",
        "des Sozialverbands VdK" -> "Sozialverband VdK"), if it is one."""
        toks = self._tokens(doc)
        name = toks[start].text
        rest = doc[start + 1 : end].text
        if (
            self.lang != "de"
            or typ != "organization"
            or start == 0
            or toks[start - 1].lower_ not in ("des", "eines")
            or not name.endswith("s")
        ):
            return None
        for stem in (name[:-1], name[:-2] if name.endswith("es") else ""):
            low = stem.lower()
            if len(low) > 3 and (
                stem in self.lex.collectives
                or low in self.lex.org_heads
                or any(low.endswith(s) and len(low) > len(s) + 2 for s in self.lex.org_suffixes)
            ):
                return f"{stem} {rest}" if rest else stem
        return None

    def _add_actor(self, doc: Doc, out: DocEntities, start: int, end: int, typ: str) -> None:
        toks = self._tokens(doc)
        if not any(ch.isalnum() for ch in doc[start:end].text):
            return  # "§" tagged as an organisation: a name has a letter or a digit
        # "Dr. Miriam Roth-Aldinger": an academic or other title is no part of a person's name
        while (
            typ == "person"
            and end - start > 1
            and toks[start].lower_ in self.lex.title_modifiers
        ):
            start += 1
        # a stance noun the statistical NER ran into: "die Landesumweltanwaltschaft Bedenken"
        while (
            typ == "organization"
            and end - start > 1
            and toks[end - 1].lower_ in self.lex.nouns
            and not toks[end - 1].text.isupper()
            # (an English capitalised word is the name's own: "Severnside Water")
            and (self.lang == "de" or toks[end - 1].is_lower)
        ):
            end -= 1
        # a title is not part of the name: "Gemeinderat Kevin Sander", "Großaktionär Meridian"
        while (
            end - start > 1
            and _is_upper(toks[start + 1])
            and (
                self.lex.role_of(toks[start].text)
                or (typ == "person" and toks[start].text in self.lex.collectives)
            )
        ):
            if typ == "organization" and toks[start].lower_ in self.lex.org_heads:
                break
            start += 1
        span = doc[start:end]
        name = span.text
        genitive = False
        ent = self._find_entity(out, name, typ) or self._match_partial(out, name)
        stem = self._genitive_stem(doc, start, end, typ) if ent is None else None
        if stem is not None:
            # "des Mieterbunds" named before "der Mieterbund": the name is the nominative
            ent = Entity(stem, "actor", typ)
            out.entities.append(ent)
            ent.aliases.add(name)
            out.add(Mention(start, end, ent, "name", genitive=True))
            return
        if ent is None:
            reg = self.registry.lookup(name)
            if reg is not None:
                ent = Entity(reg.name, "actor", reg.type, set(reg.aliases))
            else:
                canon = self.lex.canonical.get(name, name)  # "Grünen" -> "Grüne"
                ent = self._find_entity(out, canon, typ) or Entity(canon, "actor", typ)
                if ent in out.entities:
                    ent.aliases.add(name)
                    out.add(Mention(start, end, ent, "name"))
                    return
            out.entities.append(ent)
        elif ent.name != name:
            genitive = self.lang == "de" and name.endswith("s") and not ent.name.endswith(name)
        ent.aliases.add(name)
        out.add(Mention(start, end, ent, "name", genitive=genitive))

    def _widen_to(
        self, doc: Doc, out: DocEntities, part: Entity, full: Entity, surname: str
    ) -> None:
        """Mentions of ``part`` that begin the hyphenated ``surname`` become mentions of
        ``full`` over the whole surname ("Roth" + "-Aldinger")."""
        toks = self._tokens(doc)
        for m in [x for x in out.mentions if x.entity is part]:
            start = toks[m.start].idx
            if self._text[start : start + len(surname)] != surname:
                continue
            span = doc.char_span(start, start + len(surname), alignment_mode="expand")
            if span is None or any(i in out.by_token for i in range(m.end, span.end)):
                continue
            out.remove(m)
            out.add(Mention(span.start, span.end, full, "alias", genitive=m.genitive))

    def _split_trailing_surnames(self, doc: Doc, out: DocEntities) -> None:
        """ "Dabei hatte der Mieterbund Falkner noch gelobt": an organisation's name that ends in
        the surname of a person named before it is the organisation and that person (the
        surname is resolved with the other lone surnames)."""
        toks = self._tokens(doc)
        surnames: dict[str, int] = {}  # a person's last name -> where the person is first named
        for m in out.mentions:
            e = m.entity
            if e.kind == "actor" and e.type == "person" and len(e.name.split()) > 1:
                surnames.setdefault(e.name.split()[-1], m.start)
        if not surnames:
            return
        for m in list(out.mentions):
            last = toks[m.end - 1].text
            if (
                m.entity.kind == "actor"
                and m.entity.type == "organization"
                and m.end - m.start >= 2
                and surnames.get(last, m.start) < m.start
                and toks[m.end - 2].text[:1].isupper()
            ):
                e, long, short = m.entity, doc[m.start : m.end].text, doc[m.start : m.end - 1].text
                out.remove(m)
                if e.name == long and e in out.entities:  # named so elsewhere: its shorter name
                    e.name = short
                    e.aliases.discard(long)
                    e.aliases.add(short)
                self._add_actor(doc, out, m.start, m.end - 1, "organization")

    def _second_pass_names(self, doc: Doc, out: DocEntities) -> None:
        """Merge lone surnames into full names; find later mentions the NER missed."""
        toks = self._tokens(doc)
        # "Verband Deutscher Unternehmer (VDU)": the initials in brackets are the same actor
        for m in list(out.mentions):
            k = m.end
            if (
                m.entity.kind != "actor"
                or m.entity.type != "organization"
                or k + 2 >= len(doc)
                or toks[k].text != "("
                or toks[k + 2].text != ")"
                or not _is_acronym(toks[k + 1].text)
            ):
                continue
            short = toks[k + 1].text
            other = out.at(k + 1)
            if other is not None and other.entity is not m.entity:
                gone = other.entity
                for x in out.mentions:
                    if x.entity is gone:
                        x.entity = m.entity
                if gone in out.entities and gone.kind == "actor":
                    out.entities.remove(gone)
            elif other is None:
                out.add(Mention(k + 1, k + 2, m.entity, "alias"))
            m.entity.aliases.add(short)
            # the initials alone elsewhere ("GTM-Bezirksleiterin"): the same actor
            for gone in [e for e in out.entities if e.kind == "actor" and e.name == short]:
                if gone is m.entity:
                    continue
                for x in out.mentions:
                    if x.entity is gone:
                        x.entity = m.entity
                out.entities.remove(gone)
        # merge single-token person entities into a multi-token one with that surname
        multi = [e for e in out.entities if e.kind == "actor" and len(e.name.split()) > 1]
        suffixes = tuple(self.lex.org_suffixes)
        org_like_of = {
            id(full): any(
                p.lower() in self.lex.org_heads or p.lower().endswith(suffixes)
                for p in full.name.split()
            )
            for full in multi
        }
        for e in list(out.entities):
            if e.kind != "actor" or len(e.name.split()) > 1:
                continue
            stem = e.name[:-1] if self.lang == "de" and e.name.endswith("s") else e.name
            stems = {e.name, stem, e.name.removesuffix("'s").removesuffix("’s")}
            for full in multi:
                parts = full.name.split()
                org_like = org_like_of[id(full)]
                personal = "person" in (full.type, e.type)
                if (
                    personal
                    and not org_like
                    and "-" in parts[-1]
                    and (parts[-1].split("-")[0] in stems)
                ):
                    # "Roth" read alone where the text says "Roth-Aldinger" (three tokens)
                    self._widen_to(doc, out, e, full, parts[-1])
                # "the Commission" after "the European Commission": the kind of body that is
                # the last word of one organisation's name (English; German compounds it)
                kind_of = (
                    self.lang == "en"
                    and full.type == "organization"
                    and e.name.lower() in self.lex.org_heads
                    and parts[-1] == e.name
                    and sum(1 for f in multi if f.name.split()[-1] == e.name) == 1
                )
                if (
                    (personal and not org_like and parts[-1] in stems)
                    or (full.type == "organization" and parts[0] in stems)
                    or kind_of
                ):
                    for m in out.mentions:
                        if m.entity is e:
                            m.entity = full
                            m.genitive = m.genitive or toks[m.start].text != parts[-1]
                    full.aliases |= e.aliases
                    out.entities.remove(e)
                    break
        # surface forms of known actors that the NER missed (also inside hyphen compounds)
        forms: dict[str, Entity] = {}
        for e in out.entities:
            if e.kind != "actor":
                continue
            forms[e.name] = e
            if e.surname:
                forms[e.surname] = e
            for a in e.aliases:
                forms.setdefault(a, e)
        single = {f: e for f, e in forms.items() if " " not in f}
        for tok in doc:
            if tok.i in out.by_token or not tok.text[:1].isupper():
                continue
            txt = tok.text
            ent = single.get(txt)
            genitive = False
            if ent is None and self.lang == "de" and txt.endswith("s"):
                ent = single.get(txt[:-1])
                genitive = ent is not None
            if ent is None and "-" in txt:
                head = txt.split("-")[0]
                ent = single.get(head) or single.get(head.removesuffix("s"))
            if ent is not None:
                out.add(Mention(tok.i, tok.i + 1, ent, "alias", genitive=genitive))
        # names of several words or tokens ("Roth-Aldinger" is three), German also in the
        # genitive ("Roth-Aldingers")
        gen = "s?" if self.lang == "de" else ""
        for form, e in forms.items():
            if " " not in form and "-" not in form:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + gen + r"(?!\w)", self._text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
                if span is not None and not any(
                    i in out.by_token for i in range(span.start, span.end)
                ):
                    genitive = m.end() - m.start() > len(form)
                    out.add(Mention(span.start, span.end, e, "alias", genitive=genitive))

    # -- affiliations ---------------------------------------------------------------------------
    def _affiliations(self, doc: Doc, out: DocEntities) -> None:
        """Roles and affiliations around person names; also records roles for role-noun lookup."""
        toks = self._tokens(doc)
        lex = self.lex
        for m in out.mentions:
            ent = m.entity
            if ent.kind != "actor" or ent.type != "person":
                continue
            # role noun(s) right before the name: "Gewerkschaftschefin Jana Körber",
            # "CDU-Fraktionschef Markus Albers",
            # "Veltrix Semiconductors chief executive Priya Anand"
            j = m.start - 1
            while j >= 0 and toks[j].lower_ in lex.title_modifiers:
                j -= 1  # "Aufsichtsratschef Dr. Hartmut Ebeling"
            role_words: list[str] = []
            while j >= 0 and lex.role_of(toks[j].text) and toks[j].i not in out.by_token:
                role_words.insert(0, toks[j].text)
                j -= 1
            if j > 0 and toks[j].text in ("'s", "’s"):
                # "the Liberal Party's Marek Dolan", "Chirp's chief executive Lena Vogt"
                owner = out.at(j - 1)
                if owner is not None and owner.entity.type == "organization":
                    role = " ".join(role_words) or None
                    out.affiliations.append((ent, owner.entity, role, owner.start, m.end))
            former = j >= 0 and toks[j].lower_ in lex.former_words
            if role_words:
                role = " ".join(role_words)
                # "former governor Anders Holm" is no "the governor" of the article
                ent.roles.add(f"{toks[j].lower_} {role.lower()}" if former else role.lower())
                for w in role_words:
                    if not former:
                        ent.roles.add((lex.role_of(w) or w).lower())
                    if "-" in w:  # "CDU-Fraktionschef"
                        prefix = w.split("-")[0]
                        org = self._org_by_name(out, prefix) or self._new_org(out, prefix)
                        out.affiliations.append((ent, org, w.split("-", 1)[1], j + 1, m.end))
                prev = out.at(j)
                if prev is None and j > 0 and toks[j].text == "-":  # "CDU-Fraktionschef"
                    prev = out.at(j - 1)
                    if prev is not None and prev.entity.type == "organization":
                        out.affiliations.append((ent, prev.entity, role, prev.start, m.end))
                        prev = None
                if prev is not None and prev.entity.type == "organization":
                    out.affiliations.append((ent, prev.entity, role, prev.start, m.end))
                elif j >= 0 and toks[j].lower_ in lex.relative_possessives:
                    org = self._last_org_before(out, j)
                    if org is not None:
                        out.affiliations.append((ent, org, role, j, m.end))
            # "X von/of ORG", "X, of ORG,", "X (Grüne)"
            k = m.end
            p = k + 1 if k + 2 < len(doc) and toks[k].text == "," else k
            if p + 1 < len(doc) and toks[p].lower_ in lex.affiliation_preps - {"der", "des"}:
                nxt = out.at(p + 1) or (
                    out.at(p + 2) if toks[p + 1].lower_ in _DETS[self.lang] else None
                )
                if nxt is not None and nxt.entity.type == "organization":
                    out.affiliations.append((ent, nxt.entity, None, m.start, nxt.end))
            if k + 2 < len(doc) and toks[k].text == "(":
                nxt = out.at(k + 1)
                if nxt is not None and nxt.entity.type == "organization":
                    out.affiliations.append(
                        (
                            ent,
                            nxt.entity,
                            "Mitglied" if self.lang == "de" else "member",
                            m.start,
                            nxt.end + 1,
                        )
                    )
            # "Ruth Calloway is a senator", "Lena Vogt, die Bürgermeisterin, …": a role of
            # her own, for a later "the senator", "die Bürgermeisterin"
            q = k + 1 if k < len(doc) and (
                toks[k].text == "," or toks[k].lemma_.lower() in ("be", "sein")
            ) else len(doc)
            while q < len(doc) and q < k + 4 and (
                toks[q].lower_ in _DETS[self.lang] or toks[q].pos_ == "ADJ"
            ):
                q += 1
            if q < len(doc) and lex.role_of(toks[q].text) and out.at(q + 1) is None:
                ent.roles.add(toks[q].text.lower())
                ent.roles.add((lex.role_of(toks[q].text) or toks[q].text).lower())
            # "die Sprecherin der Grünen-Fraktion, Lea Hoffmann", "the chief executive of
            # Veltrix, Priya Anand": a role of an organisation in apposition before the name
            if m.start >= 4 and toks[m.start - 1].text == ",":
                om = out.at(m.start - 2)
                if om is not None and om.entity.type == "organization" and om.end == m.start - 1:
                    q = om.start - 1
                    if q >= 1 and toks[q].lower_ in _DETS[self.lang] and toks[q - 1].lower_ == "of":
                        q -= 1  # "of the"
                    if q >= 1 and toks[q].lower_ in ("der", "des", "of") and lex.role_of(
                        toks[q - 1].text
                    ):
                        role = toks[q - 1].text
                        out.affiliations.append((ent, om.entity, role, q - 1, m.end))
                        ent.roles.add(role.lower())
            # "the central bank governor, Ingrid Mørk": a role in apposition before the name
            p = m.start - 2
            if (
                ent.type == "person"
                and p >= 0
                and toks[m.start - 1].text == ","
                and lex.role_of(toks[p].text)
                and out.at(p) is None
            ):
                ent.roles.add(toks[p].text.lower())
                ent.roles.add((lex.role_of(toks[p].text) or toks[p].text).lower())
            # "Elon Musk, der Gründer von Tesla, SpaceX": appositive role + von + org list
            if k + 3 < len(doc) and toks[k].text == ",":
                q = k + 1
                if toks[q].lower_ in _DETS[self.lang]:
                    q += 1
                while q < len(doc) and toks[q].pos_ in ("ADJ",) and q < k + 4:
                    q += 1
                if (
                    q + 1 < len(doc)
                    and lex.role_of(toks[q].text)
                    and toks[q + 1].lower_ in lex.affiliation_preps
                ):
                    role = toks[q].text
                    r = q + 2
                    while r < len(doc) and r < q + 12:
                        om = out.at(r)
                        if om is not None and om.entity.type == "organization":
                            out.affiliations.append((ent, om.entity, role, m.start, om.end))
                            r = om.end
                            continue
                        if toks[r].text in (",", "und", "and", "sowie"):
                            r += 1
                            continue
                        break
                    ent.roles.add(role.lower())

    def _org_by_name(self, out: DocEntities, name: str) -> Entity | None:
        for e in out.entities:
            if (
                e.kind == "actor"
                and e.type == "organization"
                and (e.name == name or name in e.aliases)
            ):
                return e
        return None

    def _new_org(self, out: DocEntities, name: str) -> Entity:
        e = Entity(name, "actor", "organization", {name})
        out.entities.append(e)
        return e

    def _last_org_before(self, out: DocEntities, i: int) -> Entity | None:
        for m in reversed(out.mentions):
            if m.end <= i and m.entity.type == "organization":
                return m.entity
        return None

    # -- concepts ----------------------------------------------------------------------------
    def _project_name(self, out: DocEntities, doc: Doc, i: int, head: str) -> bool:
        """Whether the one-word organisation the tagger found at ``i`` names the planned thing
        just before it ("die geplante Trasse SuedLink": a project with a name of its own, not
        a company): its noun is a project word (``concept_suffixes``) and the name stands
        right after it."""
        toks = self._tokens(doc)
        m = out.at(i)
        return (
            m is not None
            and m.start == i
            and m.end == i + 1
            and m.entity.kind == "actor"
            and m.entity.type == "organization"
            and toks[i - 1].lower_ == head
            and head.endswith(self.lex.concept_suffixes)
        )

    def _concepts(self, doc: Doc, out: DocEntities) -> None:
        toks = self._tokens(doc)
        lex = self.lex
        n = len(doc)
        # spans from the NER (English LAW)
        for ent in doc.ents:
            if ent.label_ == "LAW":
                s, e = _strip_span(doc, ent.start, ent.end, self.lang)
                if s < e and toks[s].lower_ in lex.org_heads:
                    continue  # "Coalition of Online Retailers" is no law
                if s < e:
                    self._add_concept(out, doc, s, e, doc[s:e].text)
        i = 0
        while i < n:
            tok = toks[i]
            low = tok.lower_
            if i in out.by_token:
                i += 1
                continue
            # quoted titles after a title head: den „One Big Beautiful Bill Act“
            if tok.text in QUOTE_OPEN and i + 1 < n:
                j = i + 1
                while j < n and toks[j].text not in QUOTE_OPEN and j - i < 12:
                    j += 1
                if j < n and j - i >= 2:
                    inner = doc[i + 1 : j]
                    words = [t for t in inner if not t.is_punct]
                    titled = words and all(t.text[:1].isupper() for t in words)
                    last = words[-1].text.lower() if words else ""
                    prev = toks[i - 1].lower_ if i > 0 else ""
                    prev2 = toks[i - 2].text.lower() if i > 1 else ""
                    # "die Initiative „Grüne Wiese“": after a word for a group, a group's name
                    named_actor = (
                        i > 0
                        and toks[i - 1].lower_ in lex.org_heads
                        and last not in lex.concept_heads
                        and any(
                            k in out.by_token and out.by_token[k].entity.kind == "actor"
                            for k in range(i + 1, j)
                        )
                    )
                    if (
                        titled
                        and not named_actor
                        and (
                            last in lex.concept_heads
                            or prev in lex.concept_title_heads
                            or prev2 in lex.concept_title_heads
                            or (
                                prev == ","
                                and i > 1
                                and toks[i - 2].lower_ in lex.concept_title_heads
                            )
                        )
                    ):
                        self._add_concept(out, doc, i + 1, j, inner.text)
                        i = j + 1
                        continue
            # "Measure B", "Proposition 22", "Paragraf 219a": a numbered or lettered issue
            if (
                tok.text[:1].isupper()
                and low in lex.numbered_issue_heads
                and i + 1 < n
                and (toks[i + 1].like_num or (len(toks[i + 1].text) <= 4 and toks[i + 1].is_upper))
            ):
                self._add_concept(out, doc, i, i + 2, doc[i : i + 2].text, head=low)
                i += 2
                continue
            # capitalised run ending in Act/Bill/...: "Clean Grid Act"
            if (
                tok.text[:1].isupper()
                and low in lex.concept_heads
                and i > 0
                and _is_upper(toks[i - 1])
            ):
                j = i
                while j > 0 and _is_upper(toks[j - 1]) and (j - 1) not in out.by_token:
                    if toks[j - 1].pos_ in ("DET", "PRON") or (
                        toks[j - 1].lower_ in _DETS[self.lang]
                    ):
                        break
                    j -= 1
                if j < i:
                    self._add_concept(out, doc, j, i + 1, doc[j : i + 1].text)
                    i += 1
                    continue
            if self.lang == "de":
                # a planned or disputed thing: "die geplante Stadtbahn in Hallstedt"
                if (
                    tok.tag_ == "ADJA"
                    and any(low.startswith(x) for x in lex.issue_markers)
                    and i + 1 < n
                    and toks[i + 1].tag_ == "NN"
                    and (i + 1) not in out.by_token
                    and toks[i + 1].lower_ not in lex.issue_stoplist
                    and not lex.role_of(toks[i + 1].text)
                    # "die geplante Reform" after "eine Reform der Grundsteuer": an anaphor,
                    # resolved later
                    and not (
                        toks[i + 1].lower_ in lex.concept_anaphors
                        and any(m.entity.kind == "concept" for m in out.mentions)
                    )
                ):
                    e = i + 2
                    while (  # "die geplante Neun-Stunden-Grenze": the whole hyphen compound
                        e + 1 < n
                        and toks[e].text == "-"
                        and not toks[e - 1].whitespace_
                        and not toks[e].whitespace_
                        and toks[e + 1].text[:1].isalnum()
                    ):
                        e += 2
                    head = toks[e - 1].lower_
                    while e < n and e < i + 4 and (
                        (toks[e].tag_ == "NE" and e not in out.by_token)
                        or self._project_name(out, doc, e, head)
                    ):
                        if e in out.by_token:  # the tagger took the project for a company
                            out.remove(out.by_token[e])
                        e += 1  # "die geplante Stromtrasse Südlink": the project's name
                    if (
                        e + 1 < n
                        and toks[e].lower_ in ("in", "bei", "am", "im")
                        and toks[e + 1].tag_ == "NE"
                        and not head.endswith(lex.policy_endings)
                    ):
                        e += 2
                        while e + 1 < n and glued_hyphen(doc, e) and toks[e + 1].text[:1].isalnum():
                            e += 2  # "in Schleswig-Holstein"
                    elif toks[i + 1].lower_ in lex.concept_nominalisations:
                        # "die geplante Erhöhung der Kita-Gebühren": with what it acts on
                        e = _genitive_tail(doc, i + 2, out) or e
                    self._add_concept(out, doc, i + 1, e, doc[i + 1 : e].text, head=head)
                    i = e
                    if (
                        e + 1 < n
                        and toks[e].lower_ in lex.place_contractions
                        and toks[e + 1].tag_ == "NN"
                        and (e + 1) not in out.by_token
                    ):
                        i = e + 2  # "das geplante Freibad am Stadtpark": its place, no issue
                    continue
                # nominalisation + genitive: "Ausbau der Windkraft", "Senkung hoher Mieten"
                if tok.lower_ in lex.concept_nominalisations and i + 2 < n:
                    # "Schließung von zwölf Amtsgerichten", "Ausbau der kleinen Bahnhöfe"
                    e = _genitive_tail(doc, i + 1, out)
                    if e is not None:
                        # a count is no part of the issue: "Schließung von Amtsgerichten"
                        # (a number after the noun names it: "Verlängerung der Linie 4")
                        name = " ".join(
                            t.text for t in toks[i:e] if t.tag_ != "CARD" or t.i == e - 1
                        )
                        name = name.replace(" - ", "-")
                        self._add_concept(out, doc, i, e, name, head=low)
                        i = e
                        continue
                # a merger and its partner: "Fusion mit der Volksbank Ostheide"
                if (
                    lex.issue_kind(low) == "fusion"
                    and (i + 1) not in out.by_token
                    and i > 0
                    and toks[i - 1].tag_ == "ART"
                    and i + 2 < n
                    and toks[i + 1].lower_ == "mit"
                ):
                    k = i + 2 + (toks[i + 2].lower_ in ("der", "dem", "den"))
                    partner = out.at(k) if k < n else None
                    named = partner is not None and partner.start == k
                    if named and partner is not None and partner.entity.kind == "actor":
                        e = partner.end
                        self._add_concept(out, doc, i, e, doc[i:e].text, head=low)
                        i = e
                        continue
                # hyphenated compounds the tokenizer split: "KI-Strategie", "CO2-Steuer"
                if (
                    i + 2 < n
                    and toks[i + 1].text == "-"
                    and not tok.whitespace_
                    and not toks[i + 1].whitespace_
                    and (i + 2) not in out.by_token
                    and (
                        any(
                            toks[i + 2].lower_.endswith(s) or toks[i + 2].lower_ == s
                            for s in (*lex.concept_suffixes, "strategie")
                        )
                        or toks[i + 2].lower_ in lex.hyphen_concept_tails
                    )
                ):
                    a = i  # all of a longer compound: "Neun-Stunden-Grenze"
                    while (
                        a > 1
                        and toks[a - 1].text == "-"
                        and not toks[a - 2].whitespace_
                        and not toks[a - 1].whitespace_
                        and toks[a - 2].text[:1].isalnum()
                        and (a - 2) not in out.by_token
                    ):
                        a -= 2
                    self._add_concept(
                        out, doc, a, i + 3, doc[a : i + 3].text, head=toks[i + 2].lower_
                    )
                    i += 3
                    continue
                # compounds: "Rentenreform", "Heizungsgesetz"
                if (
                    tok.text[:1].isupper()
                    and low not in lex.concept_anaphors
                    and any(low.endswith(s) and len(low) > len(s) + 3 for s in lex.concept_suffixes)
                    and not low.endswith(lex.non_concept_endings)  # "Seestrasse" is no "Trasse"
                ):
                    # the lemma names a plural ("Reformen" -> "Reform") unless it is no longer
                    # an issue word (a wrong lemma: "Kommunalsteuer" -> "Kommunalsteu")
                    lemma = tok.lemma_ or tok.text
                    if not any(lemma.lower().endswith(s) for s in lex.concept_suffixes):
                        lemma = tok.text
                    e = _year_end(doc, i + 1)
                    if e > i + 1:  # "Doppelhaushalt 2026/27", "Haushalt 2025"
                        lemma = doc[i:e].text.replace(" / ", "/")
                    elif (
                        e < n
                        and toks[e].tag_ == "NE"
                        and toks[e].ent_type_ not in ("PER", "PERSON")
                        and e not in out.by_token
                    ):
                        e = _compound_end(doc, e) + 1  # "der Windpark Lindenhöhe": its name
                        lemma = doc[i:e].text.replace(" - ", "-")
                    elif (
                        k := repeated_phrase_end(toks, self._text, i, e, lex.name_preps, n)
                    ) > e and not any(x in out.by_token for x in range(e, k)):
                        e, lemma = k, doc[i:k].text  # "Gebührenfreiheit für Kitas", said twice
                    self._add_concept(out, doc, i, e, lemma, head=low)
            else:
                # "the sale of the Port of Carrick", "the closure of St Mary's Hospital": an
                # action on a named thing
                if (
                    tok.pos_ == "NOUN"
                    and (low in lex.policy_nouns or lex.issue_kind(low) is not None)
                    and i + 2 < n
                    and toks[i + 1].lower_ == "of"
                ):
                    j = i + 2 + (toks[i + 2].lower_ == "the")
                    k = j
                    while k < n and (
                        toks[k].pos_ == "PROPN"
                        or (toks[k].text in ("'s", "’s") and k > j)
                        or (
                            toks[k].lower_ == "of"
                            and k > j
                            and k + 1 < n
                            and toks[k + 1].pos_ == "PROPN"
                        )
                    ):
                        k += 1
                    named = k > j and toks[k - 1].pos_ == "PROPN"
                    while (
                        named
                        and k < n
                        and toks[k].pos_ == "NOUN"
                        and toks[k - 1].dep_ == "compound"
                        and toks[k - 1].head.i >= k
                    ):
                        k += 1  # "the closure of the Elm Street library": the named thing
                    # (not "the merger of Northway Rail and Bluestar": partners, named otherwise)
                    partners = k < n and toks[k].lower_ in ("and", "with", "&")
                    if named and not partners:
                        self._add_concept(out, doc, i, k, doc[i:k].text, head=low)
                        i = k
                        continue
                # "its plan to scrap the winter break": the intent and what it would do
                if low in lex.intent_nouns and tok.pos_ == "NOUN":
                    span = _intent_span(tok)
                    thing = _introduced_thing(tok, lex.introduce_verbs) if span else None
                    if thing is not None:
                        # "a plan to introduce a salary cap": the issue is the salary cap
                        a, b = thing
                        self._add_concept(out, doc, a, b, doc[a:b].text, head=toks[b - 1].lower_)
                        i = span
                        continue
                    if span is not None:
                        # "a proposal to expand the league" is of the kind of "the expansion"
                        verb = toks[i + 2].lemma_.lower()
                        self._add_concept(
                            out,
                            doc,
                            i,
                            span,
                            doc[i:span].text,
                            head=low,
                            family=self.lex.issue_kind(verb),
                        )
                        i = span
                        continue
                if (
                    tok.pos_ == "ADJ"
                    and low in lex.concept_anaphors
                    and low in lex.policy_nouns
                    and i > 0
                    and toks[i - 1].lower_ in ("the", "this", "that")
                    and i + 1 < n
                    and toks[i + 1].is_punct
                    and i not in out.by_token
                ):
                    # "called the fine "disproportionate"": a noun the tagger took for an
                    # adjective before a quotation
                    ent = self.concept_anaphor(doc, out, i)
                    if ent is not None and out.at(i) is None:
                        out.add(Mention(i, i + 1, ent, "anaphor"))
                # "export ban", "trade plan", "the proposed tariffs"
                if (
                    low in lex.policy_nouns
                    and tok.pos_ == "NOUN"
                    and low not in ("measure", "proposal")
                    and tok.dep_ != "compound"  # "tariff plan": the plan names it
                ):
                    j = i
                    while j > 0 and not _is_money(doc, j - 1) and (
                        (toks[j - 1].dep_ == "compound" and toks[j - 1].pos_ in ("NOUN", "PROPN"))
                        or (  # "half-cent sales tax", "low-traffic scheme"
                            j > 1
                            and toks[j - 1].text == "-"
                            and not toks[j - 2].whitespace_
                            and not toks[j - 1].whitespace_
                        )
                    ):
                        j -= 2 if toks[j - 1].text == "-" else 1
                    if j < i and toks[j].lower_ in ("cent", "percent"):
                        # "a 25 per cent tariff": the rate is part of the name, not "cent tariff"
                        if j >= 2 and toks[j - 1].lower_ == "per" and toks[j - 2].like_num:
                            j -= 2
                        elif j >= 1 and toks[j - 1].like_num:
                            j -= 1
                    if j > 0 and is_comparative(toks[j - 1], lex):
                        j -= 1  # "higher landing fees"
                    # "the planned £2.3bn merger": the amount marks a particular one
                    money = j > 0 and _is_money(doc, j - 1)
                    if j < i or money or low in ("tariffs", "tariff", "sanctions", "subsidies"):
                        name = doc[j : i + 1].text
                        same = next(
                            (
                                m.entity
                                for m in reversed(out.mentions)
                                if m.end <= i
                                and m.entity.kind == "concept"
                                and m.entity.head == low
                            ),
                            None,
                        )
                        if j == i and not money and same is not None:
                            # "the tariff" after "a 25 per cent tariff": the one named before
                            out.add(Mention(i, i + 1, same, "anaphor"))
                        else:
                            self._add_concept(out, doc, j, i + 1, name, head=low)
            i += 1

    def _rate_demands(self, doc: Doc, out: DocEntities) -> None:
        """A demand of a rate: "fordert 8,5 Prozent mehr Lohn" is an issue named by what it asks
        for, and "die Forderung", "die Lohnforderung" after it refer to it (not "die Forderung
        nach …", which names its own)."""
        toks = self._tokens(doc)
        lex = self.lex
        if not lex.rate_units:
            return
        n = len(doc)
        ent = None
        for i in range(n - 3):
            if ent is None:
                if not (
                    (toks[i].like_num or toks[i].tag_ == "CARD")
                    and toks[i + 1].lower_ in lex.rate_units
                    and toks[i + 2].lower_ in lex.quantity_words
                    and (toks[i + 3].tag_ == "NN" or toks[i + 3].pos_ == "NOUN")
                    and all(out.at(k) is None for k in range(i, i + 4))
                ):
                    continue
                self._add_concept(out, doc, i, i + 4, doc[i : i + 4].text, head="forderung")
                ent = out.at(i).entity if out.at(i) is not None else None
                continue
            low = toks[i].lower_
            if (
                low in lex.rate_demand_nouns
                and out.at(i) is None
                and not (i + 1 < n and toks[i + 1].lower_ in lex.demand_preps)
            ):
                out.add(Mention(i, i + 1, ent, "anaphor"))

    def _named_as(self, doc: Doc, out: DocEntities) -> None:
        """ "das Ausgabenpaket, das Trump den „One Big Beautiful Bill Act“ getauft hat", "the
        bill, which its sponsors call the Clean Grid Act": a relative clause that gives an issue
        its name makes the two one issue, called by that name."""
        toks = self._tokens(doc)
        lex = self.lex
        if not lex.naming_verbs:
            return
        for a in [m for m in out.mentions if m.entity.kind == "concept"]:
            k = a.end
            if k + 2 >= len(doc) or toks[k].text != ",":
                continue
            rel = toks[k + 1]
            if not (rel.tag_ in ("PRELS", "PRELAT") or rel.lower_ in ("which", "that")):
                continue
            end = k + 2
            while end < len(doc) and toks[end].text not in (",", ".", ";") and end - k < 20:
                end += 1
            named = [
                m
                for m in out.mentions
                if m.entity.kind == "concept" and m.entity is not a.entity and k < m.start < end
            ]
            verbs = [u for u in toks[k + 1 : end] if u.lemma_.lower() in lex.naming_verbs]
            if len(named) != 1 or not verbs:
                continue
            _merge_entity(out, keep=named[0].entity, gone=a.entity)

    def _apposed_concepts(self, doc: Doc, out: DocEntities) -> None:
        """ "the Online Age Verification Act, a government bill that would …", "das Kita-Gesetz,
        ein Prestigeprojekt der Ministerin, …": an issue in indefinite apposition to a named
        one describes it; the two are one issue, called by the name (later "the bill" is it)."""
        toks = self._tokens(doc)
        indefinite = self.lex.indefinite_determiners - {"any", "another"}
        concepts = [m for m in out.mentions if m.entity.kind == "concept"]
        for a in concepts:
            k = a.end
            if k + 2 >= len(doc) or toks[k].text != "," or toks[k + 1].lower_ not in indefinite:
                continue
            b = next((m for m in concepts if k + 2 <= m.start <= k + 4), None)
            if b is None or b.entity is a.entity:
                continue
            if any(toks[x].is_punct or x in out.by_token for x in range(k + 2, b.start)):
                continue  # only modifiers between the article and the description
            if any(m.entity is b.entity and m is not b for m in out.mentions if m.start < b.start):
                continue  # the description named an issue of its own before
            a.entity.aliases.add(b.entity.name)
            _merge_entity(out, keep=a.entity, gone=b.entity)

    def _add_concept(
        self,
        out: DocEntities,
        doc: Doc,
        start: int,
        end: int,
        name: str,
        head: str | None = None,
        family: str | None = None,
    ) -> None:
        name = name.strip(QUOTE_OPEN + " ")
        if _quoted_label(doc, start, self.lex):
            return  # "sprach von einem „Berufsverbot durch die Hintertür“": a verdict, no issue
        key = name.lower()
        ent = None
        for e in out.entities:
            if e.kind == "concept" and (
                e.name.lower() == key or key in (a.lower() for a in e.aliases)
            ):
                ent = e
                break
        words = key.replace("-", " ").split()
        laws = {w.lower() for w in self.lex.law_anaphors}
        if ent is None and len(words) > 1 and words[-1] in laws:
            # "the port bill" after "the Port Modernization Act": a law named before whose name
            # holds the words that describe it
            for e in out.entities:
                names = e.name.lower().replace("-", " ").split()
                if e.kind == "concept" and _is_law(e, self.lex) and set(words[:-1]) <= set(names):
                    ent = e
                    ent.aliases.add(name)
                    break
        if ent is None and self.lex.lang == "de":
            # "das Einwegverbot" and "ein Verbot von Einwegverpackungen", "die Grundsteuerreform"
            # and "die Reform der Grundsteuer": one issue, named as a compound and analytically
            for e in out.entities:
                if e.kind == "concept" and (
                    _compound_of(key, e.name.lower())
                    or _compound_of(e.name.lower(), key)
                    or self._plan_of(key, e)
                ):
                    ent = e
                    ent.aliases.add(name)
                    break
        if ent is None:
            reg = self.registry.lookup_concept(name)
            head = head or key.split()[-1]
            ent = Entity(
                reg.name if reg else name,
                "concept",
                None,
                {name},
                head=head,
                family=family or self.lex.issue_kind(head),
            )
            out.entities.append(ent)
        # a name inside an issue's name is part of it ("Red Mesa" in "Red Mesa lithium mine")
        inner = {id(m): m for i in range(start, end) if (m := out.at(i)) is not None}
        for m in inner.values():
            if m.start >= start and m.end <= end and m.entity.kind == "actor":
                out.remove(m)
        out.add(Mention(start, end, ent, "name"))

    def _plan_of(self, key: str, e: Entity) -> bool:
        """German: whether the one-word compound ``key`` is a plan, offer or draft of the issue
        ``e`` named before ("die Reformpläne" after "eine Reform der Grundsteuer", "das
        Übernahmeangebot" after "die Übernahme")."""
        if " " in key:
            return False
        for tail in self.lex.plan_heads:
            if key.endswith(tail) and len(key) > len(tail) + 3:
                front = key[: -len(tail)].rstrip("-")
                fronts = {front, front.removesuffix("s")}
                first = e.name.lower().replace("-", " ").split()[0]
                return first in fronts or (e.head or "") in fronts
        return False

    # -- anaphora -------------------------------------------------------------------------------
    def _antecedent(
        self, prev: list[Mention], low: str, lead_end: int = 0, specific: bool = False
    ) -> Entity | None:
        """The issue named in ``prev`` that the generic issue noun ``low`` refers back to.
        ``specific``: the noun has a genitive of its own ("das Angebot der Arbeitgeber") and
        refers back only to an issue of the same head or, for a law word, to a law."""
        kind = self.lex.issue_kind(low)
        same_head = [
            m
            for m in prev
            if m.entity.head
            and (
                m.entity.head == low
                or m.entity.head.endswith(low)
                # "der Zusammenschluss" after "die Fusion": a word for the same kind of issue
                or (kind is not None and m.entity.family == kind)
            )
        ]
        if same_head:
            return same_head[-1].entity
        if low in self.lex.law_anaphors:
            # "das Gesetz", "der Entwurf", "the bill": a law, not the last nominalisation named
            laws = [m for m in prev if _is_law(m.entity, self.lex)]
            if laws:
                return laws[-1].entity
        if low not in self.lex.generic_anaphors or specific:
            return None  # "the merger" after talk of a vote: a specific word names its own issue
        if low in self.lex.action_anaphors:
            # "die Entscheidung" is the action decided, not the thing it acts on
            acts = [
                m
                for m in prev
                if (m.entity.head or "") in self.lex.concept_nominalisations
                or (m.entity.head or "") in self.lex.intent_nouns
                or (m.entity.head or "") in self.lex.action_anaphors
                or m.entity.name.split()[0].lower() in self.lex.action_anaphors
                or m.entity.name.split()[0].lower() in self.lex.concept_nominalisations
            ]
            if acts or self.lang != "de":
                return acts[-1].entity if acts else None
            # "feierte die Entscheidung" where no action was named: the decision on the issue
            # the article is about (below); English "the decision" is mostly a ruling of its own
        if low in self.lex.concept_nominalisations:
            return None
        # "das Projekt", "die Pläne": the issue the article has named and referred to most often
        # (the latest on a tie), not a side issue the last sentence happened to name; an issue
        # that only a generic noun ever named ("den Schritt") comes last
        count: dict[int, int] = {}
        named: set[int] = set()
        for m in prev:
            # the lead names what the article is about: a mention there counts twice
            count[id(m.entity)] = count.get(id(m.entity), 0) + (2 if m.start < lead_end else 1)
            if m.how == "name":
                named.add(id(m.entity))
        best = max(
            range(len(prev)),
            key=lambda k: (
                id(prev[k].entity) in named,
                count[id(prev[k].entity)],
                self.lex.is_umbrella(prev[k].entity),
                k,
            ),
        )
        return prev[best].entity

    def anaphor_word(self, tok: Token) -> str:
        """The lower-case word of an issue noun; a German genitive by its lemma ("des Pakets"
        -> "paket", "des Gesetzes" -> "gesetz")."""
        low = tok.lower_
        if self.lang != "de" or low in self.lex.concept_anaphors:
            return low
        lem = (tok.lemma_ or "").lower()
        genitive = lem and low in (lem + "s", lem + "es") and _genitive_article(tok.doc, tok.i)
        return lem if genitive else low

    def concept_anaphor(self, doc: Doc, out: DocEntities, i: int) -> Entity | None:
        """The issue a generic issue noun at ``i`` ("das Gesetz", "the bill") refers to."""
        toks = self._tokens(doc)
        tok = toks[i]
        low = self.anaphor_word(tok)
        if low not in self.lex.concept_anaphors:
            return None
        prev = [m for m in out.mentions if m.entity.kind == "concept" and m.end <= i]
        j = i - 1
        while j >= 0 and toks[j].pos_ == "ADJ":
            j -= 1
        # "kündigte einen neuen Entwurf an" amid talk of a law: an indefinite article introduces a
        # new issue, unless what follows names it ("einen Gesetzentwurf für einen Ausgleich der
        # Netzentgelte"); before any issue is named, "A bill that would …" is the one named later
        fresh = bool(prev) and j >= 0 and toks[j].lower_ in self.lex.indefinite_determiners
        if fresh:
            prev = []
        own = (
            _genitive_tail(doc, i + 1, out)
            if self.lang == "de" and i + 1 < len(doc) and toks[i + 1].lower_ in ("der", "des")
            else None
        )
        if own is not None:
            after = out.at(own) if own < len(doc) else None
            word = toks[own - 1].lower_
            if (after is not None and after.entity.kind == "actor") or (
                word in self.lex.org_heads
                or word in self.lex.org_titles
                or word in self.lex.org_anaphors
                or self.lex.role_of(toks[own - 1].text)
            ):
                own = None  # "das Projekt der Firma Sonnwerk": an owner, not what it is about
        lead_end = next(iter(doc.sents)).end
        found = self._antecedent(prev, low, lead_end, specific=own is not None) if prev else None
        if found is None and own is not None:
            # "das Angebot der Arbeitgeber": a generic noun with its own genitive names an issue
            self._add_concept(out, doc, i, own, doc[i:own].text.replace(" - ", "-"), head=low)
            m = out.at(i)
            if m is not None:
                return m.entity
        if found is not None:
            # the reference counts: the issue an article keeps returning to is its topic
            out.add(Mention(i, i + 1, found, "anaphor"))
            return found
        later = [
            m
            for m in out.mentions
            if m.entity.kind == "concept" and m.start > i and (not fresh or m.start <= i + 6)
        ]
        if low in self.lex.concept_nominalisations or low in self.lex.action_anaphors:
            # "die Kürzung" after talk of the Stadtbahn: an action names its own issue
            later = [m for m in later if m.entity.head and m.entity.head.endswith(low)]
        kind = self.lex.issue_kind(low)
        if kind is not None and kind in self.lex.event_kinds:
            # "called the strike after talks over the automation plans": an event of the same
            # kind named later, else its own (not the next issue named; a "Vorschlag" is the
            # issue named after it)
            later = [m for m in later if m.entity.family == kind]
        elif kind is not None:
            # "announced a merger" before "emergency-room closures": not an issue of another kind
            later = [m for m in later if m.entity.family in (None, kind)]
        if later:
            return later[0].entity
        # nothing named: the anaphor itself names the issue ("distanzierte sich von dem Bündnis");
        # in English with its determiner, as it is written ("the ban", "this measure")
        name = tok.text
        j = i
        while self.lang == "en" and j > 0 and (
            (toks[j - 1].dep_ == "compound" and i >= toks[j - 1].head.i >= j)
            or (toks[j - 1].dep_ == "amod" and toks[j - 1].lower_ in self.lex.kind_adjectives)
        ):
            j -= 1  # "a $420 million public financing package": what kind of package it is
        while j < i and glued_hyphen(doc, j - 1):
            j += 1  # not half a hyphenated word ("the 72-hour strike" is no "hour strike")
        if j < i:
            name = doc[j : i + 1].text
        elif i > 0 and toks[i - 1].lower_ in self.lex.issue_determiners:
            name = f"{toks[i - 1].lower_} {tok.text}"
        ent = Entity(name, "concept", None, {name}, head=low, family=self.lex.issue_kind(low))
        out.entities.append(ent)
        out.add(Mention(j, i + 1, ent, "anaphor"))
        return ent
