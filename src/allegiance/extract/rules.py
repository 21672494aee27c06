"""Rule-based statement finding: cue words with argument frames over a parsed document.

For every cue (a verb, stance noun, relation noun, reciprocal noun or a quotation with an
attributed speaker) the rules pick a source actor and a target actor or issue, decide the
polarity (support / oppose, or neutral when the cue is negated or hedged) and whether the text
places the relation in the past. English uses the dependency parse; German uses clause
segments, prepositions and articles, which are more reliable than a parser trained on 1.6k
sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from allegiance.extract.lexicon import Frame, Lexicon, NounFrame
from allegiance.extract.mentions import (
    QUOTE_OPEN,
    DocEntities,
    Entity,
    EntityResolver,
    Mention,
    glued_hyphen,
)

_SEG_BREAK = {",", ";", ":", "–", "—", "(", ")", "-"}


def _same_family(cue: str | None, word: str) -> bool:
    """Cue words of one family share a stem: criticism/criticise, Kritik/kritisieren."""
    a, b = (cue or "").lower(), word.lower()
    return len(a) >= 5 and len(b) >= 5 and a[1:5] == b[1:5]


_ADJ_TAGS = {"ART", "ADJA", "ADV", "PIAT", "PPOSAT", "CARD", "PDAT", "ADJD", "PTKNEG"}
# words that open a German noun phrase before its noun: articles, adjectives, numbers
_NP_START_TAGS = ("ART", "ADJA", "PPOSAT", "CARD", "PIAT")


@dataclass(slots=True)
class Found:
    """A statement found in the text, before it is turned into a record."""

    source: Entity
    target: Entity
    polarity: str
    start: int  # evidence token span
    end: int
    cue: str
    confidence: float
    period: str | None = None


def _evaluate(tokens: Iterable[Token], lex: Lexicon, strict: bool = False) -> int:
    """+1 / -1 / 0: the balance of positive and negative evaluative words.

    The project's own word lists decide first; the general polarity table (German Polarity
    Lexicon, VADER) fills in. A negation flips the next evaluative word ("nicht gut").
    """
    score = 0.0
    table_score = 0.0  # the general table only fills in when the project's lists say nothing
    flip = False
    excess = False
    tokens = list(tokens)
    # "would slow down innovation": what a harmful verb harms does not count in its favour
    affected: set[int] = set()
    for t in tokens:
        # only with a dependency parse: an unparsed (German) doc has no reliable tree to walk
        if (
            t.dep_
            and t.pos_ == "VERB"
            and (t.lower_ in lex.negative or t.lemma_.lower() in lex.negative)
        ):
            for c in t.children:
                if c.dep_ in ("dobj", "obj"):
                    affected.update(u.i for u in c.subtree)
    shielding = False
    for t in tokens:
        if t.i in affected:
            continue
        w = t.lower_
        if w in lex.intensifiers:
            continue  # "schlicht nicht bezahlbar": "schlicht" is no verdict here
        if shielding and t.is_punct:
            shielding = False
        if (t.lemma_.lower() in lex.shield_verbs or w in lex.shield_verbs) and t.pos_ == "VERB":
            shielding = True  # "schütze die Schiedsrichter vor Anfeindungen": the harm is kept off
        elif shielding and w in ("vor", "from", "against"):
            break
        lem = t.lemma_.lower()
        if w in lex.negation:
            flip = True
            continue
        if w in lex.excess_words and t.tag_ not in ("PTKZU", "APPR", "APPRART"):
            excess = True  # "zu stark", "too expensive": more than is good
            continue
        listed = True
        if w in lex.negative or lem in lex.negative or w.startswith(lex.negative_stems):
            val = -1.0
        elif w in lex.positive or lem in lex.positive:
            val = 1.0
        elif strict:
            # predicative adjectives are verdicts: "Das Angebot sei fair"
            val = lex.polarity.get(w, lex.polarity.get(lem, 0.0)) if t.tag_ == "ADJD" else 0.0
            listed = False
        else:
            val = lex.polarity.get(w, lex.polarity.get(lem, 0.0))
            listed = False
        if val and excess:
            val, excess = -abs(val), False
        if val:
            if listed:
                score += -val if flip else val
            else:
                table_score += -val if flip else val
            flip = False
    if not score:
        score = table_score
    return (score >= 0.5) - (score <= -0.5)


class StatementFinder:
    """Finds statements in one parsed document."""

    def __init__(self, doc: Doc, ents: DocEntities, lex: Lexicon, resolver: EntityResolver) -> None:
        self.doc = doc
        self.ents = ents
        self.lex = lex
        self.resolver = resolver
        self.de = lex.lang == "de"
        self.has_parse = doc.has_annotation("DEP")
        self.found: list[Found] = []
        self.subjects: list[Entity] = []  # sentence subjects so far (for pronouns, role nouns)
        self._sents = list(doc.sents)
        self._sent_of = [0] * len(doc)
        for k, sp in enumerate(self._sents):
            for i in range(sp.start, sp.end):
                self._sent_of[i] = k
        self._quote = self._quote_mask()
        self._seg = self._segments()

    # -- preparation ---------------------------------------------------------------------------
    def _quote_mask(self) -> list[bool]:
        mask = [False] * len(self.doc)
        inside = False
        opener = ""
        for t in self.doc:
            ch = t.text
            if ch in QUOTE_OPEN and len(ch) == 1:
                if not inside:
                    inside, opener = True, ch
                    continue
                closes = {
                    "„": '“”"',
                    "«": "»",
                    "»": "«",
                    "“": '”"“',
                    '"': '"“”',
                    "‚": "‘’'",
                    "‹": "›",
                }
                if ch in closes.get(opener, ch) or ch == opener:
                    inside = False
                    continue
            if t.is_sent_start and inside and opener in "\"'":
                inside = False  # unbalanced straight quote: do not leak over sentences
            mask[t.i] = inside
        # a short quoted name without a verb is a title („Klimaschutzgesetz“), not a quotation
        i = 0
        n = len(mask)
        while i < n:
            if not mask[i]:
                i += 1
                continue
            j = i
            while j < n and mask[j]:
                j += 1
            if j - i <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[i:j]):
                for k in range(i, j):
                    mask[k] = False
            i = j
        return mask

    def _segments(self) -> list[int]:
        seg = [0] * len(self.doc)
        s = 0
        for t in self.doc:
            if t.is_sent_start:
                s += 1
            hyphen = t.text == "-" and not t.whitespace_  # "Trump-Administration"
            if t.text in _SEG_BREAK and not hyphen:
                s += 1
            seg[t.i] = s
        return seg

    def sent(self, t: Token) -> Span:
        """The sentence of ``t`` (cached: spaCy's ``Token.sent`` walks the whole document)."""
        return self._sents[self._sent_of[t.i]]

    # -- token helpers ------------------------------------------------------------------------
    def lemma(self, t: Token) -> str:
        lem = (t.lemma_ or t.text).lower()
        if self.de and "ss" in lem and lem not in self.lex.verbs:
            lem = lem.replace("üss", "üß").replace("ass", "aß").replace("oss", "oß")
        if self.de and t.tag_.startswith("VV") and t.tag_ in ("VVFIN", "VVIMP"):
            # separable verbs: "lehnt ... ab" -> "ablehnen"
            for u in self.doc[t.i + 1 : self.sent(t).end]:
                if self._seg[u.i] != self._seg[t.i] and u.text in _SEG_BREAK:
                    break
                # "macht sich für X stark", "macht X für Y verantwortlich", "stellt X infrage"
                if lem in self.lex.verb_complements and u.lower_ in self.lex.verb_complements[lem]:
                    return self.lex.verb_complements[lem][u.lower_]
                if u.tag_ in ("VVFIN", "VAFIN", "VMFIN"):
                    break  # "stellte sich hinter X und warf Y … vor": the particle is warf's
                if u.tag_ == "PTKVZ":
                    return u.lower_ + lem
        return lem

    def prep_before(self, m_start: int) -> Token | None:
        """The preposition governing the noun phrase that starts at ``m_start``, if any."""
        j = m_start - 1
        steps = 0
        while j >= 0 and steps < 5:
            t = self.doc[j]
            if t.text == "-" and not t.whitespace_ and j > 0:
                j -= 2  # "von CDU-Fraktionschef X": skip the hyphenated modifier
                steps += 1
                continue
            if self.de:
                if t.tag_ in ("APPR", "APPRART"):
                    return t
                if (
                    t.tag_ in _ADJ_TAGS
                    or t.pos_ in ("DET", "ADJ")
                    or self.lex.role_of(t.text)
                    or any(t.lower_.endswith(x) for x in self.lex.org_titles if len(x) > 3)
                ):
                    j -= 1
                    steps += 1
                    continue
                # "von Sachsens Ressortchefin X": a genitive place before a title
                if (
                    t.tag_ in ("NE", "NN")
                    and t.text.endswith("s")
                    and j + 1 < m_start
                    and self.lex.role_of(self.doc[j + 1].text)
                ):
                    j -= 1
                    steps += 1
                    continue
                # "von der Fraktion der Freien Wähler": a body of the named organisation
                if (
                    t.tag_ == "NN"
                    and t.lower_ in self.lex.org_heads
                    and self.doc[j + 1].lower_ in ("der", "des")
                ):
                    j -= 1
                    steps += 1
                    continue
            else:
                if t.dep_ == "prep" or t.pos_ == "ADP":
                    return t
                if t.pos_ in ("DET", "ADJ", "NUM") or t.dep_ in (
                    "poss",
                    "compound",
                    "amod",
                    "preconj",  # "from both the union and …"
                ):
                    j -= 1
                    steps += 1
                    continue
            return None
        return None

    def article_before(self, m_start: int) -> str | None:
        j = m_start - 1
        while (
            j >= 0
            and (
                self.doc[j].tag_ in ("ADJA", "ADV", "ADJD")
                or self.lex.role_of(self.doc[j].text)
                or (  # "des Münchner Drohnenherstellers Aerion"
                    self.de
                    and self.doc[j].lower_.rstrip("s").endswith(self.lex.org_title_endings)
                )
                or (  # place adjectives the tagger reads as nouns: "Münchner", "Kölner"
                    self.de
                    and j < m_start - 1
                    and self.doc[j].text[:1].isupper()
                    and self.doc[j].text.endswith("er")
                    and self.ents.at(j) is None
                )
            )
        ):
            j -= 1
            if self.de and glued_hyphen(self.doc, j):
                j -= 2  # "des US-Finanzinvestors Crestline": the first half of a split compound
        if j >= 0 and (self.doc[j].tag_ in ("ART", "PDAT", "PPOSAT") or self.doc[j].pos_ == "DET"):
            return self.doc[j].lower_
        return None

    def nominative_like(self, m: Mention) -> bool:
        """German: could this mention be a subject (no preposition, object article, genitive)?"""
        if self._quote[m.start]:
            return False
        if self.prep_before(m.start) is not None:
            return False
        art = self.article_before(m.start)
        if art in self.lex.object_articles or art == "des":
            return False
        if m.genitive:
            return False
        if self._modifier(m):
            return False
        if m.start > 0 and self.doc[m.start - 1].text == "(":
            return False  # "Elif Sarıkaya (SPD)"
        # genitive attribute: "Rentenreform der Bundesregierung" (but "die Fraktion der Freien
        # Wähler" speaks for the party: the body is the subject)
        if art == "der" and m.start >= 2:
            prev = self.doc[m.start - 2]
            if (
                prev.tag_ in ("NN", "NE")
                and not prev.is_sent_start
                and self._seg[prev.i] == self._seg[m.start]
                and not (
                    prev.lower_ in self.lex.org_heads
                    and self.prep_before(prev.i) is None
                    and self.article_before(prev.i) in ("die", "der", "das")
                )
            ):
                return False
        return True

    def subordinate(self, seg_start: int) -> bool:
        t = self.doc[seg_start]
        return t.tag_ in ("PRELS", "KOUS", "PWAV", "PRELAT") or t.lower_ in self.lex.subordinators

    def seg_range(self, i: int) -> tuple[int, int]:
        s = self._seg[i]
        a = i
        while a > 0 and self._seg[a - 1] == s and not self.doc[a].is_sent_start:
            a -= 1
        b = i
        while b + 1 < len(self.doc) and self._seg[b + 1] == s:
            b += 1
        if self.doc[a].text in _SEG_BREAK:
            a += 1
        return a, b + 1

    def mention_at(self, i: int) -> Mention | None:
        m = self.ents.at(i)
        if m is not None:
            return m
        ent = self.resolve_token(i)
        if ent is not None:
            return Mention(i, i + 1, ent, "anaphor")
        return None

    def resolve_token(self, i: int) -> Entity | None:
        """Resolve a pronoun, role noun or generic issue noun at token ``i``."""
        t = self.doc[i]
        low = t.lower_
        if low in self.lex.org_anaphors:  # "der Initiative": an organisation before an issue
            org = self.org_anaphor(t)
            if org is not None:
                return org
        if self.de and t.tag_ == "NN":  # "die Verbandsspitze", "die Klinikleitung"
            org = self.leadership_org(t)
            if org is not None:
                return org
        if (
            self.resolver.lex.concept_anaphors
            and low in self.lex.concept_anaphors
            and (t.tag_ in ("NN",) or t.pos_ == "NOUN")
        ):
            return self.resolver.concept_anaphor(self.doc, self.ents, i)
        same = self._same_head_issue(t)
        if same is not None:
            return same
        if (
            self.de
            and low in self.lex.issue_pronouns
            and i > 0
            and self.doc[i - 1].tag_.startswith("VV")
            and self.lemma(self.doc[i - 1]) in self.lex.verbs
        ):
            return self.topic_concept(i)  # "der Verband lehnt es ab"
        g = self.pronoun_gender(t)
        if low in self.lex.subject_pronouns or (
            self.de and t.text == "Sie" and not t.is_sent_start
        ):
            return (
                self.in_sentence_person(i, subject=True)
                or self.last_person(gender=g)
                or self.recent_person(i, g)
            )
        if self.de and t.text == "Sie" and t.is_sent_start:
            return self.last_subject()
        if low in self.lex.org_pronouns:
            return self.last_org_mention(i)
        if low in self.lex.object_pronouns:
            if t.dep_ == "poss":  # "Her support for Brody": the person last spoken of
                return self.last_person(gender=g) or self.recent_person(i, g)
            return (
                self.in_sentence_person(i, subject=False)
                or self.last_person(gender=g)
                or self.recent_person(i, g)
            )
        if t.text[:1].isupper() or not self.de:
            role = self.lex.role_of(t.text)
            named = self.ents.at(t.i + 1) is not None  # "Bundeskanzler Olaf Scholz"
            if role and (t.pos_ == "NOUN" or t.tag_ == "NN") and not named:
                return self.resolve_role(t, role)
        org = self.org_anaphor(t)
        if org is not None:
            return org
        return None

    def _same_head_issue(self, t: Token) -> Entity | None:
        """ "The tax was opposed by …" after "a congestion tax": a definite noun that is the
        head of an issue named before refers to it."""
        if not (t.pos_ == "NOUN" or t.tag_ == "NN") or t.i == 0:
            return None
        det = self.doc[t.i - 1].lower_
        if det not in self.lex.definite_determiners:
            return None
        low = t.lower_
        for m in reversed(self.ents.mentions):
            if m.entity.kind == "concept" and m.end <= t.i and m.how == "name":
                words = m.entity.name.lower().replace("-", " ").split()
                if len(words) > 1 and words[-1] == low:
                    return m.entity
                # "die Quote" after "die Mehrwegquote": the head of a German compound
                if self.de and len(low) > 3 and words[-1].endswith(low) and words[-1] != low:
                    return m.entity
        return None

    def _window_start(self, i: int, back: int = 1) -> int:
        """Start of the sentence ``back`` sentences before the one holding token ``i``."""
        return self._sents[max(0, self._sent_of[i] - back)].start

    def last_org_mention(self, i: int) -> Entity | None:
        """The organisation named last before token ``i`` in this or the previous sentence."""
        start = self._window_start(i)
        for m in reversed(self.ents.in_range(start, i, "actor")):
            if m.entity.type == "organization" and not self._quote[m.start]:
                return m.entity
        return None

    def recent_person(self, i: int, gender: str | None) -> Entity | None:
        """A pronoun's antecedent that was no sentence's subject: the person of its gender named
        last before token ``i`` in this or the previous sentence ("… lobte Landrat Jan Beck. Er
        kritisierte …" after a woman spoke)."""
        if gender is None:
            return None
        start = self._window_start(i)
        for m in reversed(self.ents.in_range(start, i, "actor")):
            if m.entity.type == "person" and self.gender(m.entity) == gender:
                return m.entity
        return None

    def leadership_org(self, t: Token) -> Entity | None:
        """German: a compound of an organisation noun and a leadership noun ("Verbandsspitze",
        "Klinikleitung", "Parteiführung") speaks for the organisation last named so."""
        low = t.lower_
        for suffix in self.lex.leadership_suffixes:
            if low.endswith(suffix) and len(low) > len(suffix) + 3:
                stem = low[: -len(suffix)]
                for org_word in (stem, stem.rstrip("s")):
                    if org_word in self.lex.org_anaphors or any(
                        org_word.endswith(x) for x in self.lex.org_titles if len(x) > 4
                    ):
                        orgs = [
                            m.entity
                            for m in reversed(self.ents.mentions)
                            if m.start < t.i and m.entity.type == "organization"
                        ]
                        # the organisation whose own name ends so ("Kreisklinik Talheim"), before
                        # one that merely mentions it ("Aufsichtsrat der Klinik")
                        for e in orgs:
                            if e.name.split()[0].lower().endswith(org_word):
                                return e
                        for e in orgs:
                            if org_word in e.name.lower():
                                return e
                        return None
        return None

    def org_anaphor(self, t: Token) -> Entity | None:
        """ "the council", "des Verbands", "die Regierung" -> the organisation named so."""
        if not (t.pos_ == "NOUN" or t.tag_ == "NN"):
            return None
        low = t.lemma_.lower() if self.de else t.lower_
        if len(low) < 4:
            return None
        for e in reversed(self.ents.entities):
            if e.kind != "actor" or e.type != "organization":
                continue
            words = e.name.split()
            last = words[-1].lower()
            if len(words) > 1 and words[0].lower() == low:
                last = low
            # "the farmers" for "Tarrow Valley Farmers' Alliance"
            plural = (
                not self.de
                and low.endswith("s")
                and low in (w.lower().rstrip("'’") for w in words[:-1])
            )
            if (
                last == low
                or plural
                or (
                    self.de
                    and (
                        # "der Verband" for "Landesbauernverband" (an organisation word, not
                        # any tail: "das Ende" is no "Stallwende")
                        (
                            (last.endswith(low) or words[0].lower().endswith(low))
                            and (
                                low in self.lex.org_anaphors
                                or low in self.lex.org_heads
                                or low in self.lex.org_suffixes
                                or low in self.lex.org_titles
                            )
                        )
                        # "der Senat" for "Akademischer Senat der Universität Helmsdorf"
                        or (len(low) > 4 and low in (w.lower() for w in words[:3]))
                    )
                )
                or (not self.de and last.rstrip("s") == low.rstrip("s"))
            ):
                if self.article_before(t.i) or (
                    t.i > 0 and self.doc[t.i - 1].lower_ in ("the", "this")
                ):
                    return e
        # "the company", "das Unternehmen": the organisation last mentioned (a definite article;
        # "mehreren Vereinen", "several firms" are others). A word that may also mean an issue
        # ("die Initiative") names only an organisation called so (found above)
        if low in self.lex.org_anaphors and low not in self.lex.concept_anaphors and (
            self.article_before(t.i) in self.lex.definite_determiners
            or (t.i > 0 and self.doc[t.i - 1].lower_ in ("the", "this"))
        ):
            kinds = self.lex.org_kinds.get(low, ())
            earlier = [
                m
                for m in reversed(self.ents.mentions)
                if m.start < t.i and m.entity.type == "organization"
            ]
            for m in earlier:
                if kinds and any(k in m.entity.name.lower() for k in kinds):
                    return m.entity
            if kinds and not self.de and low in self.lex.institution_nouns:
                # "the union" after talk of two companies: an institution of its own
                return self._unnamed_org(t)
            for m in earlier:
                name = m.entity.name.lower()
                if low in self.lex.company_nouns and (
                    any(w in name for w in self.lex.non_company_words)
                    or m.entity.name in self.lex.parties
                ):
                    continue
                return m.entity
        if not self.de and low in self.lex.institution_nouns:
            return self._unnamed_org(t)
        return None

    def _unnamed_org(self, t: Token) -> Entity | None:
        """ "The Conservative group voted against …", "the health board", "the government":
        an institution the text names only by its kind is an actor of that name."""
        j = t.i
        while j > 0 and self.doc[j - 1].dep_ in ("compound", "amod"):
            if self.doc[j - 1].pos_ == "PROPN" and self.doc[j - 1].dep_ != "amod":
                return None  # "the Harbor Workers Union" is a name the NER should have found
            j -= 1
        if j == 0 or self.doc[j - 1].lower_ != "the" or t.dep_ == "compound":
            return None
        nxt = self.doc[t.i + 1 : t.i + 4]
        if any(c.dep_ == "appos" for c in t.children) or (
            len(nxt) == 3 and nxt[0].text == "," and nxt[1].lower_ == "the" and nxt[2].is_title
        ):
            return None  # "the largest union, the General Workers Federation"
        if self.ents.at(j) is not None:
            return None
        self.resolver._add_actor(self.doc, self.ents, j, t.i + 1, "organization")
        m = self.ents.at(t.i)
        return m.entity if m is not None and m.entity.kind == "actor" else None

    def role_gender(self, word: str, role: str) -> str | None:
        """German role nouns mark gender ("Oberbürgermeisterin" f, "Oberbürgermeister" m);
        English ones only in a few words ("chairwoman")."""
        low = word.lower()
        if low in self.lex.female_words:
            return "f"
        if low in self.lex.male_words:
            return "m"
        if self.de:
            return "f" if role.endswith("in") or low.endswith(("in", "innen")) else "m"
        return None

    def resolve_role(self, t: Token, role: str) -> Entity | None:
        g = self.role_gender(t.text, role)
        cands = [
            e
            for e in self.ents.entities
            if e.kind == "actor" and e.type == "person" and self._fits(e, g)
        ]
        low = t.text.lower()
        # the same title first ("Vorstandschef"), then the same kind ("-chef")
        for e in cands:
            if low in e.roles:
                return e
        for e in cands:
            if role in e.roles:
                return e
        # "Der CDU-Ortsverband stellte sich hinter seinen Kandidaten": a member of the
        # organisation (or of its party) the possessive points back to
        if t.i > 0 and self.doc[t.i - 1].lower_ in self.lex.possessives:
            sent = self.sent(t)
            for m in self.ents.in_range(sent.start, t.i, "actor"):
                if m.entity.type != "organization":
                    continue
                words = set(m.entity.name.replace("-", " ").split())
                for a, org, *_ in self.ents.affiliations:
                    if (
                        a.type == "person"
                        and self._fits(a, g)
                        and (org is m.entity or org.name in words)
                    ):
                        return a
        # "the Veltrix Semiconductors chief": a person affiliated with the organisation named
        for j in range(max(0, t.i - 4), t.i):
            m = self.ents.at(j)
            if m is not None and m.entity.type == "organization":
                for a, org, *_ in self.ents.affiliations:
                    if org is m.entity and self._fits(a, g):
                        return a
        if self.de and self.article_before(t.i) in self.lex.object_articles:
            # "Ebeling wirft dem Manager vor": an object is not the person the clause is about
            a, _ = self.seg_range(t.i)
            here = [m.entity for m in self.ents.in_range(a, t.i, "actor")]
            if here:
                start = self._window_start(t.i)
                for m in reversed(self.ents.in_range(start, a, "actor")):
                    if m.entity.type == "person" and m.entity not in here and self._fits(
                        m.entity, g
                    ):
                        return m.entity
                return self.last_person(exclude=here[-1], gender=g)
        return self.last_person(gender=g)

    def gender(self, e: Entity) -> str | None:
        """ "f" or "m" when the name or a role says so ("Ministerin", "chairwoman", "Mara")."""
        first = e.name.split()[0] if e.type == "person" and " " in e.name else None
        g = self.lex.first_names.get(first) if first else None
        if g:
            return g
        for r in e.roles:
            last = r.split()[-1]
            if last in self.lex.female_words or (
                self.de and last.endswith("in") and self.lex.role_of(last)
            ):
                return "f"
            if last in self.lex.male_words:
                return "m"
        return None

    def pronoun_gender(self, t: Token) -> str | None:
        low = t.lower_
        if low in self.lex.female_words or (self.de and t.text == "Sie"):
            return "f"
        return "m" if low in self.lex.male_words else None

    def _fits(self, e: Entity, gender: str | None) -> bool:
        if gender is None:
            return True
        g = self.gender(e)
        return g is None or g == gender

    def in_sentence_person(self, i: int, subject: bool) -> Entity | None:
        """A pronoun's antecedent earlier in its own sentence: for a subject pronoun the first
        person named ("Carver said he ..."), for an object pronoun the last one that is not the
        sentence's first ("Crane, who backed Quinn, turned on her")."""
        sent = self._sents[self._sent_of[i]]
        g = self.pronoun_gender(self.doc[i])
        people = [
            m
            for m in self.ents.in_range(sent.start, i, "actor")
            if m.entity.type == "person" and not self._quote[m.start] and self._fits(m.entity, g)
        ]
        if not people:
            return None
        if subject:
            return people[0].entity
        first = people[0].entity
        others = [m.entity for m in people if m.entity is not first]
        return others[-1] if others else None

    def last_person(
        self, exclude: Entity | None = None, gender: str | None = None
    ) -> Entity | None:
        for e in reversed(self.subjects):
            if e.type == "person" and e is not exclude and self._fits(e, gender):
                return e
        return None

    def _not_self(self, m: Mention, src: Entity) -> Mention:
        """A pronoun object resolved to the speaker refers to the previous other person."""
        if m.entity is src and self.doc[m.start].lower_ in self.lex.object_pronouns | {"her"}:
            other = self.last_person(exclude=src)
            if other is not None:
                return Mention(m.start, m.end, other, "pronoun")
        return m

    def last_subject(self) -> Entity | None:
        return self.subjects[-1] if self.subjects else None

    def actor(self, m: Mention | None) -> Entity | None:
        return m.entity if m is not None and m.entity.kind == "actor" else None

    # -- main loop ------------------------------------------------------------------------------
    def owners(self) -> None:
        """Whoever an issue belongs to backs it: "die Rentenreform der Bundesregierung",
        "die KI-Strategie von Ministerin X", "das von der Stadt verhängte Fahrverbot",
        "Brody's plan"."""
        doc = self.doc
        for m in self.ents.mentions:
            if m.entity.kind != "concept" or m.how != "name":
                continue
            owner: Mention | None = None
            a, b = m.start, m.end
            if self.de:
                k = m.end
                if k < len(doc) and doc[k].lower_ in ("der", "des", "von", "vom"):
                    j = k + 1
                    while (
                        j < len(doc)
                        and j < k + 4
                        and (doc[j].tag_ in ("ART", "ADJA") or self.lex.role_of(doc[j].text))
                    ):
                        j += 1
                    o = self.ents.at(j)
                    if o is not None and o.entity.kind == "actor" and o.start == j:
                        # "von Marlbach" after an issue is a place more often than an owner:
                        # "von" takes people and recognisable organisations only
                        if doc[k].lower_ in ("der", "des") or self._owner_like(o.entity):
                            owner, b = o, o.end
                # "das von der Stadt verhängte Dieselfahrverbot"
                j = m.start - 1
                if (
                    owner is None
                    and j > 2
                    and doc[j].tag_ == "ADJA"
                    and doc[j].text.endswith(("te", "ten", "tes", "ene", "enen"))
                ):
                    o = self.ents.at(j - 1)
                    if (
                        o is not None
                        and o.entity.kind == "actor"
                        and self.prep_before(o.start) is not None
                    ):
                        p = self.prep_before(o.start)
                        if p is not None and p.lower_ in ("von", "vom"):
                            owner, a = o, p.i
            else:
                head = doc[m.end - 1]
                inside = [u for u in doc[m.start : m.end] if not m.start <= u.head.i < m.end]
                if len(inside) == 1:  # "its plan to scrap the winter break": the plan
                    head = inside[0]
                for c in head.children:
                    if c.dep_ == "poss":
                        o = self.ents.at(c.i)
                        if o is None and c.lower_ in self.lex.org_pronouns:
                            ent = self.last_org_mention(c.i)
                            o = Mention(c.i, c.i + 1, ent, "pronoun") if ent else None

                        if o is not None and o.entity.kind == "actor":
                            owner, a = o, o.start
                    if c.dep_ == "acl":
                        for g in c.children:
                            if g.dep_ == "agent":
                                for p in g.children:
                                    o = self.ents.at(p.i)
                                    if o is not None and o.entity.kind == "actor":
                                        owner, b = o, o.end
            if owner is not None:
                self.emit(owner.entity, m.entity, "support", a, b, "owner", 0.5)

    def _owner_like(self, e: Entity) -> bool:
        """A person, a party, or an organisation its name marks as one ("Stadtrat",
        "Verband Nord", "Kessler GmbH") — not a bare place name."""
        if e.type == "person" or e.name in self.lex.parties:
            return True
        words = [w.lower() for w in e.name.replace("-", " ").split()]
        if e.name in self.lex.collectives or any(w in self.lex.org_endings for w in e.name.split()):
            return True
        return any(w in self.lex.org_heads or w.endswith(self.lex.org_suffixes) for w in words)

    def run(self) -> list[Found]:
        self.owners()
        for sent in self._sents:
            before = len(self.found)
            self.sentence(sent)
            self._undecided(before)
            subj = self.sentence_subject(sent)
            new = [f.source for f in self.found[before:]]
            if new:
                self.subjects.append(new[0])
            elif subj is not None:
                self.subjects.append(subj)
        return self.found

    def _undecided(self, since: int) -> None:
        """One sentence that takes a side and withholds it for the same pair ("zeigte sich
        skeptisch, lehnte die Pläne aber nicht rundweg ab") states no side: all neutral."""
        new = self.found[since:]
        hedged = {(f.source, f.target) for f in new if f.polarity == "neutral"}
        for f in new:
            if (f.source, f.target) in hedged:
                f.polarity = "neutral"

    def sentence_subject(self, sent: Span) -> Entity | None:
        if not self.de:
            for t in sent:
                if t.dep_ in ("nsubj", "nsubjpass"):
                    m = self.arg_mention(t)
                    if m is not None and m.entity.kind == "actor":
                        return m.entity
            return None
        for m in self.ents.in_range(sent.start, sent.end, "actor"):
            if self.nominative_like(m) and not self.subordinate(self.seg_range(m.start)[0]):
                return m.entity
        return None

    def sentence(self, sent: Span) -> None:
        handled_quote = self.quotes(sent)
        for t in sent:
            lem = self.lemma(t)
            is_verb = t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VV")
            if (
                is_verb
                and (lem in self.lex.action_nouns or lem in self.lex.introduce_verbs)
                and self.intent_cue(t, lem)
            ):
                continue
            if is_verb and lem in self.lex.change_verbs and self.change_cue(t, lem):
                continue
            if is_verb and lem in ("sprechen", "speak"):
                self.spoke_of(t)
            if is_verb and self.de and lem in self.lex.verb_degrees:
                self.degree_cue(t, lem)
            if lem in self.lex.copulas and (t.pos_ in ("AUX", "VERB") or t.tag_.startswith("VA")):
                self.copula_cue(t)
            if is_verb and lem in self.lex.verbs:
                if self._quote[t.i] and handled_quote:
                    continue
                self.verb_cue(t, lem, self.lex.verbs[lem])
            elif self._nounish(t) and (lem in self.lex.nouns or t.lower_ in self.lex.nouns):
                lem = lem if lem in self.lex.nouns else t.lower_
                self.noun_cue(t, lem)
            elif (self._nounish(t)) and (
                t.lower_ in self.lex.relations or lem in self.lex.relations
            ):
                self.relation_cue(t, self.lex.relations.get(t.lower_) or self.lex.relations[lem])
            elif not self.de and t.dep_ == "acomp" and t.pos_ == "ADJ":
                if self._quote[t.i] and handled_quote:
                    continue  # the quotation speaks for its speaker
                self.en_stance_adjective(t)

    def _coordinated(self, source: Mention, verb: Token) -> list[Mention]:
        """German: actors joined to the subject by "und"/"sowie" before the verb ("SPD und
        Grüne unterstützen …", "Der Mieterbund und der Sozialverband kritisierten …")."""
        if source.start > verb.i:
            return []
        out: list[Mention] = []
        k = source.end
        while k < verb.i:
            if self.doc[k].lower_ not in ("und", "sowie", ","):
                break
            j = k + 1
            while j < verb.i and self.doc[j].tag_ in ("ART", "ADJA"):
                j += 1
            m = self.ents.at(j)
            if m is None or m.entity.kind != "actor" or m.start != j:
                break
            out.append(m)
            k = m.end
        return out if k == verb.i else []

    def _conjunct_start(self, verb: Token, seg: tuple[int, int]) -> int:
        """German: where the verb's own clause starts when it is the second of two coordinated
        clauses ("lehnte den Entwurf ab und kündigte an, …", "hat X kritisiert und Y gelobt"):
        the objects before the conjunction belong to the first verb."""
        for k in range(verb.i - 1, seg[0], -1):
            if self.doc[k].tag_ != "KON":
                continue
            nxt, prev = self.doc[k + 1], self.doc[k - 1]
            if nxt.tag_.endswith("FIN") or prev.tag_ in ("PTKVZ", "VVPP", "VVINF", "VVIZU"):
                return k + 1
        return seg[0]

    def _children(self, t: Token) -> Iterable[Token]:
        """A token's dependents, or none where this language's documents carry no dependency
        parse (the German fast path skips the parser, and spaCy's edge fields can then be
        garbage: walking them once crashed the process)."""
        return t.children if self.has_parse else ()

    def _pointing(self, adv: Token) -> bool:
        """ "stimmte dagegen." points at the issue; "begrüßte X dagegen und …", "blieben dagegen
        gelassen" contrast ("on the other hand"): only a "dagegen"/"dafür" that ends its clause
        takes a side."""
        nxt = self.doc[adv.i + 1] if adv.i + 1 < len(self.doc) else None
        return nxt is None or nxt.is_punct or nxt.tag_ == "PTKVZ"

    def copula_cue(self, t: Token) -> None:
        """ "Die CDU ist gegen das Parkhaus", "Die Grünen sind dagegen", "the union is against
        the merger", "the council is in favour of the plan": a side stated with "to be"."""
        sent = self.sent(t)
        end = min(sent.end, t.i + 6)
        k = t.i + 1
        pol: str | None = None
        target: Mention | None = None
        while k < end:
            u = self.doc[k]
            low = u.lower_
            if low in self.lex.stance_adverbs and self._pointing(u):  # "sind dagegen"
                pol = self.lex.stance_adverbs[low]
                topic = self.topic_concept(t.i)
                target = Mention(k, k + 1, topic, "topic") if topic is not None else None
                break
            if low in self.lex.copula_preps:
                pol = self.lex.copula_preps[low]
                j = k + 1
                if (
                    not self.de
                    and low == "in"
                    and j + 1 < end
                    and self.doc[j].lower_
                    in (
                        "favour",
                        "favor",
                    )
                ):
                    j += 2  # "in favour of"
                elif not self.de and low == "in":
                    break
                while j < end and target is None:
                    w = self.doc[j]
                    if w.pos_ in ("NOUN", "PROPN") or w.tag_ in ("NN", "NE"):
                        target = self.mention_at(j)
                        if (
                            target is None
                            and (w.tag_ == "NN" or w.pos_ == "NOUN")
                            and self._copula_actor(t)
                        ):
                            # "ist gegen das Parkhaus": a plain noun names the issue
                            target = self._new_issue(j, j + 1, w.text, w.text)
                        break
                    j += 1
                break
            if u.pos_ in ("VERB",) or u.tag_.startswith("VV") or low in (",", "."):
                break  # "ist gegen X angetreten": another verb carries the meaning
            k += 1
        if pol is None or target is None:
            if self.de:
                self.de_attitude(t)
            return
        # "ist … angetreten": a participle after the phrase makes it a different verb
        tail = self.doc[k + 1 : min(sent.end, k + 6)]
        if any(u.tag_ in ("VVPP", "VVINF") or (not self.de and u.dep_ == "acomp") for u in tail):
            return
        if self.de:
            source = self.de_subject(t, self.seg_range(t.i))
        else:
            source, _ = self.en_subject(t)
        if source is None or source.entity.kind != "actor" or source.entity is target.entity:
            return
        neg = self.negated(t, self.seg_range(t.i))
        self.emit(
            source.entity,
            target.entity,
            "neutral" if neg else pol,
            min(source.start, t.i),
            max(target.end, k + 1) if target.how != "topic" else k + 1,
            self.lemma(t),
            0.55,
        )

    def de_attitude(self, t: Token) -> None:
        """ "Der Verband ist von der Reform überzeugt", "Die Grünen sind mit dem Plan
        unzufrieden": an attitude adjective toward what follows von / über / mit / gegenüber in
        the clause, else toward the issue under discussion."""
        seg = self.seg_range(t.i)
        _, b = seg
        adj = next(
            (
                u
                for u in self.doc[t.i + 1 : b]
                if u.lower_ in self.lex.attitude_adjectives and not self._quote[u.i]
            ),
            None,
        )
        if adj is None:
            return
        source = self.de_subject(t, seg)
        if source is None or source.entity.kind != "actor":
            return
        target: Mention | None = None
        for m, p in self.de_objects(t, (t.i + 1, b), None, source.entity):
            if p in self.lex.attitude_preps:
                target = m
                break
        if target is None:
            topic = self.topic_concept(t.i)
            if topic is None:
                return
            target = Mention(adj.i, adj.i + 1, topic, "topic")
        pol = self.lex.attitude_adjectives[adj.lower_]
        neg = self.negated(t, seg)
        end = max(adj.i + 1, target.end if target.how != "topic" else 0)
        self.emit(
            source.entity,
            target.entity,
            "neutral" if neg else pol,
            min(source.start, t.i),
            end,
            adj.lower_,
            0.5,
        )

    def degree_cue(self, t: Token, lem: str) -> None:
        """ "Der Verband hält wenig von der Reform": a degree word and a preposition."""
        seg = self.seg_range(t.i)
        a, b = seg
        words = [u.lower_ for u in self.doc[a:b]]
        for prep, degrees in self.lex.verb_degrees[lem].items():
            pol = next((degrees[w] for w in words if w in degrees), None)
            if pol is None or prep not in words:
                continue
            source = self.de_subject(t, seg)
            if source is None or source.entity.kind != "actor":
                return
            for m, p in self.de_objects(t, seg, None, source.entity):
                if p == prep:
                    lo, hi = min(source.start, t.i), max(m.end, t.i + 1)
                    self.emit(source.entity, m.entity, pol, lo, hi, lem, 0.55)
                    return
            return

    def _copula_actor(self, t: Token) -> bool:
        """Is the subject of this "to be" an actor? ("Die Quote sei für kleine Brauereien
        nicht zu stemmen" names no issue "Brauereien": the quota is not an actor.)"""
        if self.de:
            a, _ = self.seg_range(t.i)
            for k in range(a, t.i):
                m = self.mention_at(k) if self.doc[k].tag_ in ("NN", "NE") else None
                if m is not None and m.entity.kind == "concept":
                    return False  # "die Quote sei …": an issue is the subject
            source = self.de_subject(t, self.seg_range(t.i))
        else:
            source, _ = self.en_subject(t)
        return source is not None and source.entity.kind == "actor"

    def spoke_of(self, t: Token) -> None:
        """ "sprach von einem „Ausverkauf der Landschaft“", "spoke of a 'betrayal'": a quoted
        label judges the issue at hand, or the actor named after it ("„gezielten Kampagne“ der
        Gewerkschaft")."""
        sent = self.sent(t)
        k = t.i + 1
        while k < min(sent.end, t.i + 6) and self.doc[k].text not in QUOTE_OPEN:
            if self.doc[k].lower_ in ("von", "vom", "of") or self.doc[k].pos_ in (
                "DET",
                "ADJ",
                "ADV",  # "sprach dagegen von einem „mutigen Schritt“"
            ):
                k += 1
                continue
            if self.ents.at(k) is not None or self.doc[k].lower_ in self.lex.subject_pronouns:
                k += 1  # "sprach er von", "sprach Müller von"
                continue
            return
        if k >= sent.end or self.doc[k].text not in QUOTE_OPEN:
            return
        end = self._quote_end(k, sent.end)
        if end <= k + 1:
            return
        score = _evaluate(self.doc[k + 1 : end - 1], self.lex)
        if score == 0 and end + 1 < sent.end and self.doc[end].text == ",":
            # "sprach von einer »Apotheke light«, die Patienten gefährde": the relative clause
            # says what the label means
            rel = end + 1
            stop = rel + 1
            while stop < sent.end and self.doc[stop].text not in (",", ".", ";"):
                stop += 1
            # a relative pronoun (the tagger may call it an article: then the clause must end
            # in its finite verb)
            relative = self.doc[rel].tag_ in ("PRELS", "PRELAT") or (
                self.doc[rel].lower_ in ("der", "die", "das", "which", "that")
                and self.doc[stop - 1].tag_ in ("VVFIN", "VAFIN", "VMFIN")
            )
            if relative:
                score = _evaluate(self.doc[rel + 1 : stop], self.lex)
        if score == 0:
            return
        source = self.de_subject(t, self.seg_range(t.i)) if self.de else self.en_subject(t)[0]
        if source is None or source.entity.kind != "actor":
            return
        if any(f.source is source.entity and sent.start <= f.start < sent.end for f in self.found):
            return  # "wies den Vorwurf zurück und sprach von …": the sentence has its stance
        target: Mention | None = None
        j = end
        if j + 1 < sent.end and self.doc[j].lower_ in ("der", "des", "of"):
            j += 1
            while j < sent.end and self.doc[j].pos_ in ("DET", "ADJ"):
                j += 1
            target = self.mention_at(j) if j < sent.end else None
        if target is None:
            topic = self.topic_concept(t.i)
            target = Mention(k, end, topic, "topic") if topic is not None else None
        if target is None or target.entity is source.entity:
            return
        pol = "support" if score > 0 else "oppose"
        self.emit(
            source.entity,
            target.entity,
            pol,
            min(source.start, t.i),
            max(end, target.end),
            self.lemma(t),
            0.5,
        )

    def intent_cue(self, t: Token, lem: str) -> bool:
        """German: wanting or announcing an action backs the issue named by its noun: "Die
        Klinik wird ihre Geburtsstation schließen" backs "die Schließung der Geburtsstation",
        "Das Land will die Zuschüsse kürzen" backs "die Kürzung" (the issue must be named in
        the article)."""
        if not self.de or t.tag_ not in ("VVINF", "VVIZU"):
            return False
        noun = self.lex.action_nouns.get(lem, "\0")

        def named() -> list[Mention]:
            return [
                m
                for m in self.ents.mentions
                if m.entity.kind == "concept"
                and m.entity.head
                and (m.entity.head.endswith(noun) or m.entity.name.lower().startswith(noun))
            ]

        a, _ = self.seg_range(t.i)
        gov = next(
            (
                u
                for u in self.doc[a : t.i]
                if (u.tag_ == "VMFIN" and self.lemma(u) in self.lex.demand_verbs)
                or (u.tag_ == "VAFIN" and self.lemma(u) == "werden")
            ),
            None,
        )
        if gov is None:
            return False
        source = self.de_subject(gov, self.seg_range(gov.i))
        if source is None or self.negated(gov, self.seg_range(gov.i)):
            return False
        issues = named()
        if not issues:  # "die Kürzung" later in the article, not yet resolved
            for u in self.doc:
                if u.tag_ == "NN" and u.lower_.endswith(noun) and u.i != t.i:
                    self.mention_at(u.i)
            issues = named()
        if not issues and lem in self.lex.introduce_verbs:
            # "will den Videobeweis einsetzen": what is to be introduced is the issue
            obj: Mention | None = None
            for k in range(gov.i + 1, t.i):
                u = self.doc[k]
                named_here = self.ents.at(k)
                if named_here is not None and named_here.entity.kind == "concept":
                    obj = named_here  # "will eine Übernachtungsabgabe von drei Euro … erheben"
                    break
                if u.tag_ != "NN" or self.prep_before(k) is not None or named_here:
                    continue
                if self.article_before(k) in ("des",) or self.lex.role_of(u.text):
                    continue
                obj = self.mention_at(k) or self._new_issue(k, k + 1, u.text, u.text)
                break
            if obj is None or obj.entity.kind != "concept":
                return False
            issues = [obj]
        if not issues:
            return False
        issue = min(issues, key=lambda m: abs(m.start - t.i)).entity
        self.emit(source.entity, issue, "support", min(source.start, gov.i), t.i + 1, lem, 0.5)
        return True

    def change_cue(self, t: Token, lem: str) -> bool:
        """Wanting or demanding a change takes a side on what would change: "forderte, die
        Schuldenbremse zu lockern", "will die Maut abschaffen", "vowed to repeal the tax",
        "urged the council to scrap the plan". The governing verb must be one of demand or
        intent (``demand_verbs``); True when a statement was made."""
        pol = self.lex.change_verbs[lem]
        if self.de:
            a, _ = self.seg_range(t.i)
            zu = t.tag_ == "VVIZU" or (t.i > 0 and self.doc[t.i - 1].tag_ == "PTKZU")
            gov: Token | None = None
            if zu and a >= 2 and self.doc[a - 1].text == ",":
                pa, pb = self.seg_range(a - 2)  # "forderte, die Schuldenbremse zu lockern"
                gov = next(
                    (u for u in self.doc[pa:pb] if self.lemma(u) in self.lex.demand_verbs),
                    None,
                )
                # "lehnt es ab, die Schuldenbremse zu lockern": rejecting the change
                against = next(
                    (
                        u
                        for u in self.doc[pa:pb]
                        if self.lex.verbs.get(self.lemma(u)) is not None
                        and self.lex.verbs[self.lemma(u)].polarity == "oppose"
                    ),
                    None,
                )
                if gov is None and against is not None:
                    gov = against
                    pol = "support" if pol == "oppose" else "oppose"
            elif not zu:  # "will die Maut abschaffen"
                gov = next(
                    (
                        u
                        for u in self.doc[a : t.i]
                        if u.tag_ == "VMFIN" and self.lemma(u) in self.lex.demand_verbs
                    ),
                    None,
                )
            if gov is None:
                return False
            targets = [m for m in self.ents.in_range(a, t.i) if m.entity.kind == "concept"]
            if not targets:
                k = t.i - 1  # "die Zuschüsse ... kürzen": an anaphor
                while k >= a and targets == []:
                    m = self.mention_at(k) if self.doc[k].tag_ == "NN" else None
                    if m is not None and m.entity.kind == "concept":
                        targets = [m]
                    k -= 1
            source = self.de_subject(gov, self.seg_range(gov.i))
            negated = self.negated(gov, self.seg_range(gov.i))
        else:
            head = t.head
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return False
            if (
                t.dep_ == "acl"
                and (head.lower_ in self.lex.intent_nouns or head.lower_ in self.lex.effort_nouns)
                and head.dep_ == "dobj"
                and not any(c.dep_ == "poss" for c in head.children)
            ):
                head = head.head  # "has launched a campaign to oust the chairman"
            elif t.dep_ not in ("xcomp", "ccomp") or self.lemma(head) not in self.lex.demand_verbs:
                return False
            targets = []
            for c in t.children:
                if c.dep_ == "dobj":
                    m = None
                    if self.lex.role_of(c.text):  # "to oust the chairman": a person
                        ent = self.resolve_token(c.i)
                        m = Mention(c.i, c.i + 1, ent, "role") if ent is not None else None
                    m = m or self.arg_mention(c) or self.en_object_issue(c)
                    if m is not None:
                        targets.append(m)
            source, _ = self.en_subject(head)
            gov = head
            negated = self.negated(head, (head.i, head.i))
        if source is None or not targets or negated:
            return False
        tm = targets[-1]
        # the governing verb's own reading of the clause ("lehnt es ab, X zu lockern" is not
        # "lehnt X ab") gives way
        gl = self.lemma(gov)
        self.found = [
            f
            for f in self.found
            if not (f.source is source.entity and f.target is tm.entity and f.cue == gl)
        ]
        lo = min(source.start, gov.i, tm.start)
        hi = max(t.i + 1, tm.end)
        self.emit(source.entity, tm.entity, pol, lo, hi, lem, 0.5)
        return True

    def _nounish(self, t: Token) -> bool:
        """A noun (German nouns are capitalised mid-sentence whatever the tagger says)."""
        if t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("NN", "NE"):
            return True
        return self.de and t.text[:1].isupper() and not t.is_sent_start and t.pos_ != "VERB"

    # -- argument finding ------------------------------------------------------------------------
    def arg_mention(self, tok: Token) -> Mention | None:
        """English: the mention a syntactic argument stands for (appositions, "including")."""
        m = self.ents.at(tok.i)
        if m is not None:
            return m
        if not self.de and tok.lemma_.lower() in self.lex.member_nouns:
            if any(c.lower_ == "whose" for c in tok.children) and tok.head.dep_ == "relcl":
                # "The Sheriffs' Council, whose members lobbied for the bill": the council
                m = self.arg_mention(tok.head.head)
                if m is not None and m.entity.kind == "actor":
                    return m
            for c in tok.children:  # "Privacy campaigners at DataWatch", "officials of the union"
                if c.dep_ == "prep" and c.lower_ in ("at", "of", "from"):
                    for p in c.children:
                        om = self.mention_at(p.i) if p.dep_ == "pobj" else None
                        if om is not None and om.entity.type == "organization":
                            return om
        if tok.lower_ in ("it", "they") and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp":
            # "Brightline said it would appeal": the organisation that said so
            sayer = tok.head.head
            if self.lemma(sayer) in self.lex.speech_verbs:
                m, _ = self.en_subject(sayer)
                if m is not None and m.entity.type == "organization":
                    return Mention(tok.i, tok.i + 1, m.entity, "pronoun")
        if tok.lower_ in ("it", "this") and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
            topic = self.topic_concept(tok.i)
            if topic is not None:
                return Mention(tok.i, tok.i + 1, topic, "anaphor")
        word = tok.lower_
        if tok.i + 2 < len(self.doc) and glued_hyphen(self.doc, tok.i + 1):  # "re-election"
            word = self.doc[tok.i : tok.i + 3].text.lower()
        for c in tok.children:
            if c.dep_ == "poss":
                owner = self.mention_at(c.i)
                if owner is not None and owner.entity.kind == "concept":
                    return owner  # "the bill's age-verification rules"
                if owner is not None and word in self.lex.person_nouns:
                    return owner  # "her candidacy", "Pryor's re-election"
        # "Pryor's lawyer, Steven Quaid, criticised …": the named one speaks
        for c in tok.children:
            if c.dep_ == "appos" and tok.lower_ in self.lex.proxies:
                m = self.arg_mention(c)
                if m is not None and m.entity.type == "person":
                    return m
        # "Quinn's office accused Crane": the office speaks for its owner
        if tok.lower_ in self.lex.proxies:
            for c in tok.children:
                if c.dep_ == "poss" and c.lower_ not in ("its", "their"):
                    m = self.mention_at(c.i)
                    if m is not None and m.entity.kind == "actor":
                        return m
                if c.dep_ == "compound" and c.i == tok.i - 1:  # "the hospital board"
                    m = self.mention_at(c.i)
                    if m is not None and m.entity.type == "organization":
                        return m
        # "Her support for Brody", "the trust's call": the owner of a stance
        if tok.lower_ in self.lex.statement_nouns or tok.lemma_.lower() in self.lex.nouns:
            for c in tok.children:
                if c.dep_ == "poss":
                    m = self.mention_at(c.i)
                    if m is not None:
                        return m
        # "Her colleague, Senator Dale Hutchins" / "Several investors, including Marcus Lee"
        for c in tok.children:
            if c.dep_ == "appos":
                m = self.arg_mention(c)
                if m is not None:
                    return m
            if c.dep_ == "prep" and c.lower_ in ("including", "like", "such"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        m = self.arg_mention(p)
                        if m is not None:
                            return m
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.lower_ in (
            "who",
            "whom",
            "which",
            "that",
        ):
            head = tok.head  # "Ben Ashworth, whom the union endorsed": the antecedent
            if head.dep_ == "relcl":
                return self.arg_mention(head.head)
        if tok.dep_ == "appos" and tok.head is not tok and self.ents.at(tok.head.i) is not None:
            return self.ents.at(tok.head.i)  # "Ruth Oyelaran, a Democrat who voted against"
        # possessor of a statement noun: "the council's concerns"
        if tok.lower_ in self.lex.statement_nouns:
            for c in tok.children:
                if c.dep_ == "poss":
                    m = self.arg_mention(c)
                    if m is not None:
                        return m
        return self.mention_at(tok.i)

    def en_subject(self, v: Token) -> tuple[Mention | None, bool]:
        """English subject of ``v`` (walking up through participles and conjuncts); passive flag."""
        t: Token | None = v
        for _ in range(4):
            if t is None:
                break
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "The board's chair, Martin Fell, dismissed ...": two subjects, the name wins
            subj.sort(key=lambda c: self.ents.at(c.i) is None)
            if subj:
                passive = subj[0].dep_ == "nsubjpass"
                if t is v and passive:
                    for p in self._agents(v):
                        m = self.arg_mention(p)
                        if m is not None:
                            return m, True
                    return None, True
                return self.arg_mention(subj[0]), False
            if (
                t.dep_ == "acl"
                and t.tag_ in ("VBD", "VBG", "VBN")
                and not any(c.dep_ == "agent" for c in t.children)
                and t.head is not t
            ):
                # "Several donors, including X, sided with Y" (parsed as a clause on "donors")
                m = self.arg_mention(t.head)
                if m is None and t.head.dep_ == "dobj" and t.head.head is not t.head:
                    # "issued a statement backing the cap": whoever issued it
                    t = t.head.head
                    continue
                return m, False
            if (
                t.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp")
                or (t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"))
            ) and t.head is not t:
                t = t.head
                continue
            break
        return None, False

    def _agents(self, v: Token) -> list[Token]:
        """The nouns of a passive's by-phrases, in order: "backed by A, B and by C"."""
        out: list[Token] = []
        for a in v.children:
            if a.dep_ != "agent":
                continue
            for prep in (a, *[c for c in a.children if c.dep_ == "conj"]):
                for p in prep.children:
                    if p.dep_ == "pobj":
                        out += [p, *p.conjuncts]
        return out

    def de_subject(self, cue: Token, seg: tuple[int, int]) -> Mention | None:
        sent = self.sent(cue)
        # in the cue's clause first, then earlier main-clause material, then after the cue
        in_seg = [m for m in self.ents.in_range(seg[0], seg[1], "actor") if self.nominative_like(m)]
        before = [m for m in in_seg if m.start < cue.i]
        if before:
            return before[0]
        # "Rainer Bode, der die Kürzung … bezeichnete": a relative clause's subject
        a = seg[0]
        if (
            a >= 2
            and self.doc[a].tag_ == "PRELS"
            and self.doc[a].lower_ in ("der", "welcher")
            and self.doc[a - 1].text == ","
            and not any(u.lower_ in self.lex.subject_pronouns for u in self.doc[a + 1 : cue.i])
        ):
            m = self.ents.at(a - 2)
            if m is not None and m.entity.kind == "actor":
                return Mention(a, a + 1, m.entity, "relative")
        for m in self.ents.in_range(sent.start, seg[0], "actor"):
            a, _ = self.seg_range(m.start)
            if self.nominative_like(m) and not self.subordinate(a):
                return m
        for i in range(seg[0], min(seg[1], cue.i)):
            t = self.doc[i]
            if (t.lower_ in self.lex.subject_pronouns or t.text == "Sie") and t.tag_ in (
                "PPER",
                "PPOSAT",
                "",
            ):
                ent = self.resolve_token(i)
                if ent is not None:
                    return Mention(i, i + 1, ent, "pronoun")
            if t.tag_ == "NN" and self.ents.at(i) is None and self.prep_before(i) is None:
                art = self.article_before(i)
                if art in ("der", "die", "das", "dieser", "diese", "dessen", "deren"):
                    ent = self.resolve_token(i)
                    if ent is not None and ent.kind == "actor":
                        return Mention(i, i + 1, ent, "role")
        if cue.i > sent.start and self.doc[cue.i - 1].tag_ == "KON":
            # "Er kündigte … an, …, und warf der Ministerin vor": the first clause's subject
            for i in range(sent.start, seg[0]):
                t = self.doc[i]
                if (
                    t.lower_ in self.lex.subject_pronouns
                    and t.tag_ == "PPER"
                    and not self.subordinate(self.seg_range(i)[0])
                ):
                    ent = self.resolve_token(i)
                    if ent is not None:
                        return Mention(i, i + 1, ent, "pronoun")
        nxt = cue.i + 1
        if (
            nxt < seg[1]
            and self.doc[nxt].lower_ in self.lex.subject_pronouns
            and self.doc[nxt].tag_ in ("PPER", "")
        ):
            # "Nun wirft er Kolb vor": a pronoun right after the verb is its subject
            ent = self.resolve_token(nxt)
            if ent is not None:
                return Mention(nxt, nxt + 1, ent, "pronoun")
        after = [m for m in in_seg if m.start > cue.i]
        if after:
            return after[0]
        for i in range(cue.i + 1, min(seg[1], cue.i + 3)):
            if self.doc[i].lower_ in self.lex.subject_pronouns and self.doc[i].tag_ in ("PPER", ""):
                ent = self.resolve_token(i)
                if ent is not None:
                    return Mention(i, i + 1, ent, "pronoun")
        return None

    def de_objects(
        self, cue: Token, seg: tuple[int, int], frame: Frame | None, exclude: Entity | None
    ) -> list[tuple[Mention, str | None]]:
        """German candidate targets in the cue's clause: (mention, governing preposition)."""
        out: list[tuple[Mention, str | None]] = []
        a, b = seg
        # for a verb-final participle the clause may start before the cue's segment
        i = a
        while i < b:
            if (self._quote[i] and not self._quote[cue.i]) or self.doc[i].tag_ == "PPOSAT":
                i += 1  # "Ihr Fraktionschef X warf …": a possessive is no argument of the verb
                continue
            m = self.mention_at(i)
            if m is None or m.entity is exclude:
                i += 1
                continue
            p = self.prep_before(m.start)
            prep = p.lower_ if p is not None else None
            if self._modifier(m) or self._genitive_attribute(m):
                i = max(m.end, i + 1)
                continue
            nxt = self.doc[m.end] if m.end < len(self.doc) else None
            if m.genitive and nxt is not None and self.lex.role_of(nxt.text):
                after = self.ents.at(nxt.i + 1)
                if after is not None and after.entity.kind == "actor":
                    i = max(m.end, i + 1)  # "Müllers Sprecher Tom Berg": whose title it is
                    continue
            if m.genitive and nxt is not None:
                nf = self.lex.nouns.get(self.lemma(nxt))
                if nf is not None and nf.needs_target:
                    i = max(m.end, i + 1)  # "fordert Möllenkamps Ablösung": the noun decides
                    continue
            if (
                m.genitive
                and nxt is not None
                and self._nounish(nxt)
                and nxt.lower_ not in self.lex.statement_nouns
            ):
                # "gegen Trumps Schlüsselgesetzgebung": the possessed noun is the object
                head = self.mention_at(nxt.i)
                if head is not None:
                    out.append((head, prep))
                    i = max(head.end, nxt.i + 1)
                    continue
            out.append((m, prep))
            i = max(m.end, i + 1)
        return out

    def _genitive_attribute(self, m: Mention) -> bool:
        """ "das Angebot des Unternehmens": a genitive after a noun belongs to that noun."""
        if m.how == "name" and m.entity.kind == "concept":
            return False
        art = self.article_before(m.start)
        if art not in ("des", "der") or m.start < 2:
            return False
        j = m.start - 1
        while j > 0 and self.doc[j].tag_ in ("ART", "ADJA", "PPOSAT"):
            j -= 1
        head = self.doc[j]
        return head.tag_ == "NN" and head.i < m.start - 1 and self.ents.at(j) is None

    def _modifier(self, m: Mention) -> bool:
        """ "CDU-Fraktionschef Markus Albers": a name hyphenated onto a role noun."""
        return (
            m.end + 1 < len(self.doc)
            and self.doc[m.end].text == "-"
            and not self.doc[m.end - 1].whitespace_
            and bool(self.lex.role_of(self.doc[m.end + 1].text))
        )

    # -- cues -----------------------------------------------------------------------------------
    def negated(self, cue: Token, seg: tuple[int, int]) -> bool:
        """Negated or hedged: the text says the actor takes no side (-> neutral).

        Also a cue in an open question: "ließ offen, ob sie den Entwurf unterstützen wird",
        "declined to say whether he backed the deal".
        """
        if not self.de and any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in cue.children
        ):
            return True
        if self.de and self.doc[self.seg_range(cue.i)[0]].lower_ == "ob":
            return True
        if not self.de:
            if any(c.dep_ == "neg" for c in cue.children):
                return True
            # "would neither defend nor criticise the ban": both verbs are denied
            heads = [cue, cue.head] if cue.dep_ == "conj" else [cue]
            if any(c.lower_ in ("neither", "nor") for h in heads for c in h.children):
                return True
            head = cue.head
            if cue.dep_ in ("xcomp", "pcomp", "pobj") and any(
                c.dep_ == "neg" for c in head.children
            ):
                return True
            window = self.doc[max(self.sent(cue).start, cue.i - 4) : cue.i]
            if any(t.lower_ in self.lex.hedges for t in window):
                return True
            after = self.doc[cue.i : self.sent(cue).end]
            if any(  # "would back the bill only if …"
                u.lower_ == "only" and u.i + 1 < len(self.doc) and self.doc[u.i + 1].lower_ == "if"
                for u in after
            ):
                return True
            # "declined to say whether he backed the deal" (not "Hale, who cut ties with him,
            # declined to comment": a relative clause has its own stance)
            t = cue
            for _ in range(3):
                if t.dep_ not in ("xcomp", "ccomp") or t.head is t:
                    return False
                t = t.head
                if t.lemma_.lower() in self.lex.hedges:
                    return True
            return False
        a, b = seg
        for t in self.doc[a:b]:
            if t.lower_ in self.lex.negation and t.tag_ in ("PTKNEG", "PIAT", "PIS", "ADV", ""):
                return True
            if t.lower_ in self.lex.hedges:
                return True
        # "wollen der Vorlage nur zustimmen, wenn …": a condition, not a side
        sent = self.sent(cue)
        if any(u.lower_ == "nur" for u in self.doc[a:b]) and any(
            u.lower_ in ("wenn", "falls", "sofern") for u in self.doc[cue.i : sent.end]
        ):
            return True
        return False

    def past(self, cue: Token, seg: tuple[int, int]) -> str | None:
        a, b = seg
        lo = min(a, cue.i - 6) if not self.de else a
        for t in self.doc[max(self.sent(cue).start, lo) : b]:
            if t.lower_ in self.lex.past_markers:
                return "past"
        if (
            not self.de and any(c.lower_ == "used" for c in cue.head.children)
        ) or cue.head.lower_ == "used":
            return "past"
        return None

    def emit(
        self,
        src: Entity | None,
        tgt: Entity | None,
        pol: str,
        a: int,
        b: int,
        cue: str,
        conf: float,
        period: str | None = None,
    ) -> None:
        if src is None or tgt is None or src is tgt:
            return
        if src.kind != "actor":
            return
        if pol == "support" and any(a is src and o is tgt for a, o, *_ in self.ents.affiliations):
            return  # a chief speaking well of her own company takes no side
        a = max(a, 0)
        b = min(b, len(self.doc))
        if b <= a:  # a rule computed an inverted span: fall back to the whole sentence
            sent = self._sents[self._sent_of[min(a, len(self.doc) - 1)]]
            a, b = sent.start, sent.end
        # close a quotation the evidence opened: das „Klimaschutzgesetz“
        quotes = sum(1 for u in self.doc[a:b] if u.text in QUOTE_OPEN)
        if quotes % 2 and b < len(self.doc) and self.doc[b].text in QUOTE_OPEN:
            b += 1
        self.found.append(Found(src, tgt, pol, a, b, cue, conf, period))

    def stance_owner(self, noun: Token, who: Entity) -> Entity | None:
        """ "dismissed the endorsement": whoever last took that side (not ``who``)."""
        nf = self.lex.nouns.get(noun.lemma_.lower())
        if nf is None:
            return None
        same = [f for f in self.found if f.polarity == nf.polarity and f.source is not who]
        family = [f for f in same if _same_family(f.cue, noun.lemma_)]
        return (family or same)[-1].source if (family or same) else None

    def statement_owner(self, i: int, who: Entity) -> Entity | None:
        """ "wies die Kritik zurück", "dismissed the letter": the actor whose criticism or letter
        the text named earlier ("Musks Kritik", "die Kritik des Vereins", "the alliance's letter",
        "a letter from X")."""
        word, lem = self.doc[i].lower_, self.lemma(self.doc[i])
        for j in range(i, -1, -1):
            u = self.doc[j]
            if u.lower_ != word and self.lemma(u) != lem:
                continue
            cands: list[Mention | None] = [self._possessor_before(j)]
            # German documents carry no dependency parse here: children only for English
            for c in self._children(u):
                if c.dep_ == "poss":
                    cands.append(self.mention_at(c.i))
                elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
                    cands += [self.ents.at(p.i) for p in c.children if p.dep_ == "pobj"]
            k = j + 1
            if self.de and k < len(self.doc) and self.doc[k].lower_ in ("der", "des", "von", "vom"):
                k += 1
                while k < len(self.doc) and self.doc[k].tag_ in ("ADJA", "ART"):
                    k += 1
                if k < len(self.doc):
                    cands.append(self.mention_at(k))
            for m in cands:
                if m is not None and m.entity.kind == "actor" and m.entity is not who:
                    return m.entity
        # "Bode warf der Oberbürgermeisterin vor, … Olbers wies den Vorwurf zurück": whoever
        # used the verb the noun names, in the last few sentences
        verb = self.lex.statement_noun_verbs.get(word) or self.lex.statement_noun_verbs.get(lem)
        if verb:
            start = self._window_start(i, back=3)
            for j in range(i - 1, start - 1, -1):
                u = self.doc[j]
                if self.lemma(u) != verb:
                    continue
                if self.de:
                    src = self.de_subject(u, self.seg_range(j))
                else:
                    src, _ = self.en_subject(u)
                if src is not None and src.entity.kind == "actor" and src.entity is not who:
                    return src.entity
        return None

    def critics_of(self, who: Entity, noun: int | None = None) -> list[Entity]:
        """Actors who opposed ``who`` or an issue ``who`` supports, earlier in the document;
        failing that, whoever last opposed anything. With ``noun`` (the token of "die Kritik",
        "the letter"), the owner of that statement named earlier comes first."""
        if noun is not None:
            owner = self.statement_owner(noun, who)
            if owner is not None:
                return [owner]
        out = self._critics(who)
        if not out:
            for f in reversed(self.found):
                if f.polarity == "oppose" and f.source is not who:
                    return [f.source]
        return out

    def _critics(self, who: Entity) -> list[Entity]:
        supported = {f.target for f in self.found if f.source is who and f.polarity == "support"}
        out: list[Entity] = []
        for f in self.found:
            if (
                f.polarity == "oppose"
                and (f.target is who or f.target in supported)
                and f.source is not who
            ):
                if f.source not in out:
                    out.append(f.source)
        return out

    def verb_cue(self, t: Token, lem: str, frame: Frame) -> None:
        if self.de:
            self.de_verb(t, lem, frame)
        else:
            self.en_verb(t, lem, frame)

    # German verbs
    def de_verb(self, t: Token, lem: str, frame: Frame) -> None:
        if frame.adjective:
            self.de_stance_adjective(t, lem)
            return
        seg = self.seg_range(t.i)
        if lem in self.lex.light_verbs and any(
            u.i != t.i and self._nounish(u) and self.lemma(u) in self.lex.nouns
            for u in self.doc[seg[0] : seg[1]]
        ):
            return  # "kündigte ein Referendum gegen X an": the stance noun decides
        sent = self.sent(t)
        # separable particle or participle at the end: widen the clause back to the finite verb
        a, b = seg
        if (
            t.tag_ == "VVPP"
            and not any(u.tag_.endswith("FIN") for u in self.doc[a:b])
            and self.doc[a].tag_ != "PRELS"  # ", der die Forderung … unterstützt": its own clause
        ):
            # "wird von SPD, Grünen und der Wählergemeinschaft X unterstützt": a list of
            # agents split into comma segments
            while a > sent.start + 1 and self.doc[a - 1].text == ",":
                pa, _ = self.seg_range(a - 2)
                a = pa
                if any(u.tag_.endswith("FIN") for u in self.doc[pa : seg[0]]):
                    break
            seg = (a, b)
        passive = t.tag_ == "VVPP" and any(u.lemma_ == "werden" for u in self.doc[a:b])
        source: Mention | None = None
        target_m: list[Mention] = []
        objs = self.de_objects(t, seg, frame, None)
        if passive:
            vons = [m for m, p in objs if p in ("von", "vom") and m.entity.kind == "actor"]
            # "wird vom Städtetag unterstützt, vom Mieterbund aber abgelehnt": each participle
            # has the agent nearest before it
            before = [m for m in vons if m.start < t.i]
            source = before[-1] if before else (vons[0] if vons else None)
            rest = [
                m
                for m, p in objs
                if p is None and (source is None or m.entity is not source.entity)
            ]
            if rest:
                target_m = rest[:1]
            elif self.doc[a].tag_ in ("PRELS",) and a >= 2:
                ante = self.mention_at(a - 2) if self.doc[a - 1].text == "," else None
                if ante is None and a >= 2:
                    ante = self.mention_at(a - 2)
                if ante is not None:
                    target_m = [ante]
            else:
                # "Verkehrsminister X (FDP) wird von Y kritisiert": the subject sits before
                subj = self._passive_subject(t, source)
                if subj is None:
                    subj = self.de_subject(t, (a, a))
                if subj is not None and (source is None or subj.entity is not source.entity):
                    target_m = [subj]
        else:
            source = self.de_subject(t, seg)
            src_ent = source.entity if source else None
            co_sources = self._coordinated(source, t) if source is not None else []
            co_ents = {m.entity for m in co_sources}
            own = self._conjunct_start(t, seg)
            cands = [
                (m, p)
                for m, p in objs
                if m.entity is not src_ent and m.entity not in co_ents and m.start >= own
            ]
            pol = frame.polarity
            if frame.target == "reply":
                # "Kolb konterte, die Sorgen seien unbegründet": a reply opposes those who
                # criticised the speaker (or what the speaker stands for); what it says is
                # judged as reported speech
                if source is not None:
                    for c in self._critics(source.entity):
                        self.emit(source.entity, c, "oppose", source.start, t.i + 1, lem, 0.5)
                return
            if frame.evaluative:
                alt = dict(frame.alt)
                sided = [(m, alt[p]) for m, p in cands if p in alt and m.start > t.i]
                if sided and source is not None:
                    # "Der Betriebsrat hält zum Vorstandschef": a preposition that takes a side
                    m, side = sided[0]
                    lo, hi = min(source.start, t.i), max(m.end, t.i + 1)
                    self.emit(source.entity, m.entity, side, lo, hi, lem, 0.6)
                    return
                self.de_evaluative(t, source, cands, seg)
                return
            if frame.target == "any":
                later = [
                    m for m in self.ents.in_range(t.i, sent.end, "actor") if m.entity is not src_ent
                ]
                inside = [m for m, _ in cands if m.entity.kind == "actor"]
                target_m = (inside or later)[:1]
            elif frame.prep:
                with_prep = [m for m, p in cands if p in frame.prep]
                alt = dict(frame.alt)
                alts = [(m, alt[p]) for m, p in cands if p in alt]
                if with_prep:
                    target_m = with_prep[:1]
                elif alts:
                    target_m, pol = [alts[0][0]], alts[0][1]
                elif not frame.needs_prep:
                    target_m = [m for m, p in cands if p is None][:1]
                if not target_m and source is not None:
                    # "sprach sich für ein schrittweises Ende der Anbindehaltung aus"
                    obj, p_pol = self.de_prep_issue(t, seg, frame)
                    if obj is not None:
                        target_m, pol = [obj], p_pol or pol
                if frame.needs_prep and not target_m:
                    return
            else:
                plain = [m for m, p in cands if p is None or p in ("gegen",)]
                target_m = plain[:1]
                if (
                    not target_m
                    and source is not None
                    and frame.target in ("object", "critics")
                    and not frame.reciprocal
                    and not frame.needs_prep
                    and self._statement_noun_object(t, seg) is None
                ):
                    obj = self.de_object_issue(t, seg, source)
                    target_m = [obj] if obj is not None else []
            if (
                not target_m
                and not frame.needs_prep
                and b + 1 < sent.end
                and self.doc[b].text == ","
            ):
                # "kritisierte dagegen, die Strategie setze zu stark auf ...": the next clause
                nxt = self.seg_range(b + 1)
                follow = [m for m, p in self.de_objects(t, nxt, frame, src_ent) if p is None]
                target_m = [m for m in follow if m.entity.kind == "concept"][:1]
            if (
                not target_m
                and source is not None
                and lem in self.lex.topic_verbs
                and not self._warns_against_an_act(t)
            ):
                # "..., warnte die Verbandschefin": a warning about the issue at hand
                topic = self.topic_concept(t.i)
                if topic is not None:
                    target_m = [Mention(t.i, t.i + 1, topic, "topic")]
            crit = self._statement_noun_object(t, seg)
            demanded = self._demanded(crit, seg) if crit is not None else None
            if demanded is not None:
                target_m = [demanded]  # "wies Forderungen nach X zurück"
            elif frame.target == "critics" or (target_m and crit is not None):
                if crit is not None:
                    owner = self._possessor_before(crit)
                    if owner is not None:
                        target_m = [owner]
                    elif frame.target == "critics" and src_ent is not None:
                        for c in self.critics_of(src_ent, crit):
                            self.emit(
                                src_ent,
                                c,
                                "oppose",
                                source.start if source else t.i,
                                max(t.i, crit) + 1,
                                lem,
                                0.6,
                            )
                        return
            adv = next(
                (
                    u
                    for u in self.doc[a:b]
                    if u.lower_ in self.lex.stance_adverbs and self._pointing(u)
                ),
                None,
            )
            if not target_m and source is not None and adv is not None and frame.polarity:
                # "Die CDU-Fraktion stimmte geschlossen dagegen"
                topic = self.topic_concept(t.i)
                if topic is not None:
                    target_m = [Mention(adv.i, adv.i + 1, topic, "topic")]
                    pol = self.lex.stance_adverbs[adv.lower_]
            if not target_m and source is not None and frame.polarity and not frame.needs_prep:
                target_m = self._pointed_object(t, (a, b), source, frame)
            mutual = any(u.lower_ in self.lex.mutual for u in self.doc[a:b])
            if frame.reciprocal or mutual:
                self.de_reciprocal(t, seg, pol or "support", lem)
                return
            if frame.target == "issue":
                target_m = [m for m in target_m if m.entity.kind == "concept"]
            if source is None or not target_m:
                return
            neg = self.negated(t, (source.end if source.start < t.i else a, b))
            final = "neutral" if neg else (pol or "oppose")
            for tm in target_m:
                a0 = min(source.start, tm.start, t.i)
                b0 = max(source.end, tm.end, t.i + 1, self._particle_end(t))
                self.emit(source.entity, tm.entity, final, a0, b0, lem, 0.75, self.past(t, seg))
                for co in co_sources:  # "SPD und Grüne unterstützen das Gesetz"
                    self.emit(co.entity, tm.entity, final, a0, b0, lem, 0.7, self.past(t, seg))
            return
        if source is None or not target_m:
            return
        neg = self.negated(t, seg)
        final = "neutral" if neg else (frame.polarity or "oppose")
        # "wird von SPD, Grünen und der Wählergemeinschaft X unterstützt": every agent
        agents = [source] + [
            m
            for m, p in objs
            if m.entity.kind == "actor"
            and m.start > source.end
            and m.end <= t.i
            and m.entity is not source.entity
            and all(
                u.text == ","
                or u.lower_ in ("und", "sowie", "der", "die", "dem", "den")
                or u.tag_ in ("ART", "ADJA")
                or self.ents.at(u.i) is not None
                for u in self.doc[source.end : m.start]
            )
        ]
        for ag in agents:
            for tm in target_m:
                if tm.entity is ag.entity:
                    continue
                a0 = min(ag.start, tm.start, t.i)
                b0 = max(ag.end, tm.end, t.i + 1)
                self.emit(ag.entity, tm.entity, final, a0, b0, lem, 0.7, self.past(t, seg))

    # objects that name an issue no pattern knew: "lehnt den Windpark ab", "opposed the closure"
    def _new_issue(self, start: int, end: int, name: str, head: str) -> Mention | None:
        if self.de and name == self.doc[start:end].text:
            # "Open-Source-Software": a compound the tokenizer split at its hyphens
            e = end
            while (
                e + 1 < len(self.doc)
                and glued_hyphen(self.doc, e)
                and self.doc[e + 1].text[:1].isalnum()
            ):
                e += 2
            if e > end:
                end, name, head = e, self.doc[start:e].text, self.doc[e - 1].text
        if head.lower() in self.lex.issue_stoplist or len(head) < (4 if self.de else 3):
            return None
        if any(self.ents.at(i) is not None for i in range(start, end)):
            return None
        # "welcomed the freeze" after "the Rate Freeze Act": an issue already named
        low = head.lower()
        for m in reversed(self.ents.mentions):
            if m.entity.kind == "concept" and m.start < start and m.how == "name":
                words = m.entity.name.lower().replace("-", " ").split()
                if low in words or (self.de and any(w.endswith(low) for w in words)):
                    return Mention(start, end, m.entity, "anaphor")
        if end - start == 1 and start > 0:
            det = self.doc[start - 1].lower_
            if det in self.lex.issue_determiners:
                name = f"{det} {name}"  # "the ruling", as written (a bare noun names nothing)
        self.resolver._add_concept(self.ents, self.doc, start, end, name, head=head.lower())
        return self.ents.at(start)

    def _with_genitive(self, end: int, limit: int) -> int:
        """German: the end of an issue noun ending before ``end``, with its genitive complement
        ("Schließung der Geburtsstation") when one follows before ``limit``."""
        if end + 1 < limit and self.doc[end].lower_ in ("der", "des") and (
            self.doc[end + 1].tag_ == "NN"
        ):
            return end + 2
        return end

    def de_object_issue(self, cue: Token, seg: tuple[int, int], source: Mention) -> Mention | None:
        """German: the first plain noun object of a cue verb, as an issue."""
        a, b = seg
        finite = [u.i for u in self.doc[a:b] if u.tag_ in ("VVFIN", "VAFIN", "VMFIN")]
        a = max(a, (finite[0] if finite else cue.i) + 1)
        for i in range(a, b):
            t = self.doc[i]
            if i == cue.i or self._quote[i] or not (t.tag_ == "NN" or (t.pos_ == "NOUN")):
                continue
            if source.start <= i < source.end or self.prep_before(i) is not None:
                continue
            if self.article_before(i) in ("des",) or self.lex.role_of(t.text):
                continue
            if t.lower_ in self.lex.statement_nouns or t.lemma_.lower() in self.lex.nouns:
                return None
            if (
                t.text.lower() in self.lex.person_nouns
                and i > 0
                and self.doc[i - 1].tag_ == "PPOSAT"
            ):
                # "hatte er ihre Kandidatur unterstützt": the owner is the one supported
                owner = self.last_person(exclude=source.entity)
                return Mention(i - 1, i + 1, owner, "pronoun") if owner is not None else None
            end = self._with_genitive(i + 1, b)
            return self._new_issue(i, end, self.doc[i:end].text, t.text)
        return None

    def de_stance_adjective(self, t: Token, lem: str) -> None:
        """ "X zeigte sich enttäuscht (über Y)", "X reagierte empört": the adjective's polarity
        toward what follows über/von/mit, else toward the issue under discussion."""
        seg = self.seg_range(t.i)
        _, b = seg
        adjs = [u for u in self.doc[t.i + 1 : b] if u.tag_ == "ADJD" or u.pos_ == "ADJ"]
        if not adjs:
            return
        score = _evaluate(adjs[:2], self.lex)
        if score == 0:
            return
        source = self.de_subject(t, seg)
        if source is None:
            return
        target: Mention | None = None
        for m, p in self.de_objects(t, (adjs[0].i, b), None, source.entity):
            if p in self.lex.attitude_preps:
                target = m
                break
        sent = self.sent(t)
        if target is None and b < sent.end and self.doc[b].text == ":":
            # "reagierte empört: Die Pläne seien …": what the colon goes on to judge
            for k in range(b + 1, min(sent.end, b + 6)):
                if self.doc[k].tag_ not in ("NN", "NE"):
                    continue
                m = self.mention_at(k)
                if m is not None and m.entity is not source.entity:
                    target = m
                break
        if target is None:
            # a reaction answers the latest issue or event named ("zeigte sich enttäuscht"
            # after the ruling), not the one talked about most
            recent = [m for m in self.ents.mentions if m.entity.kind == "concept" and m.start < t.i]
            topic = recent[-1].entity if recent else None
            if topic is None:
                return
            target = Mention(t.i, t.i + 1, topic, "topic")
        end = max(adjs[0].i + 1, target.end if target.how != "topic" else 0)
        pol = "support" if score > 0 else "oppose"
        self.emit(source.entity, target.entity, pol, min(source.start, t.i), end, lem, 0.5)

    def en_stance_adjective(self, t: Token) -> None:
        """ "X is furious with Y", "X was disappointed by the ruling": an evaluative adjective
        with a prepositional object."""
        score = _evaluate([t], self.lex)
        if score == 0:
            return
        target: Mention | None = None
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "at", "by", "about", "over", "in"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        target = self.arg_mention(p) or self.en_object_issue(p)
        if target is None:
            return
        src, _ = self.en_subject(t.head)
        if src is None or src.entity is target.entity:
            return
        if any(c.dep_ == "neg" for c in t.head.children):
            return
        pol = "support" if score > 0 else "oppose"
        self.emit(src.entity, target.entity, pol, min(src.start, t.i), target.end, t.lemma_, 0.5)

    def de_prep_issue(
        self, cue: Token, seg: tuple[int, int], frame: Frame
    ) -> tuple[Mention | None, str | None]:
        """German: the noun after the frame's preposition, as an issue (and its polarity)."""
        a, b = seg
        alt = dict(frame.alt)
        for i in range(a, b - 1):
            w = self.doc[i].lower_
            if w not in frame.prep and w not in alt:
                continue
            j = i + 1
            while j < b and self.doc[j].tag_ in _NP_START_TAGS:
                j += 1
            if (
                j < b
                and self.doc[j].tag_ == "NN"
                and self.mention_at(j) is None
                and not self.lex.role_of(self.doc[j].text)  # "von seinem Geldgeber": a person
            ):
                end = self._with_genitive(j + 1, b)
                m = self._new_issue(j, end, self.doc[j:end].text, self.doc[j].text)
                return m, alt.get(w)
        return None, None

    def en_object_issue(self, o: Token) -> Mention | None:
        """English: a noun object of a cue verb, with its compound modifiers, as an issue."""
        if o.pos_ != "NOUN" or o.lower_ in self.lex.statement_nouns:
            return None
        if o.lower_ in self.lex.part_nouns:
            # "co-sponsored an earlier version of the bill": the bill
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self.arg_mention(p) or self.mention_at(p.i)
        nf = self.lex.nouns.get(o.lower_)
        if nf is not None and nf.needs_target:
            return None  # "opposed the dismissal of X": the noun names whom it is about
        if o.lower_ in self.lex.org_anaphors or self.lex.role_of(o.text):
            return None  # "backed the regulator", "accused the airport": an actor, not an issue
        if any(c.dep_ == "poss" for c in o.children):
            return None
        j = o.i
        while (
            j > 0
            and self.doc[j - 1].dep_ == "compound"
            and self.doc[j - 1].head.i in range(j, o.i + 1)
        ):
            j -= 1
        return self._new_issue(j, o.i + 1, self.doc[j : o.i + 1].text, o.text)

    def _passive_subject(self, cue: Token, agent: Mention | None) -> Mention | None:
        """German passive: the first subject-like actor or issue of the sentence before the cue."""
        sent = self.sent(cue)
        for m in self.ents.in_range(sent.start, cue.i):
            if agent is not None and m.entity is agent.entity:
                continue
            if self.nominative_like(m) and not self.subordinate(self.seg_range(m.start)[0]):
                return m
        # "Der Pilotversuch mit KI-Kameras wird von X kritisiert": an unnamed thing as subject
        a, _ = self.seg_range(cue.i)
        start = sent.start if a <= sent.start + 1 else a
        for i in range(start, cue.i):
            u = self.doc[i]
            if u.tag_ in ("VAFIN", "VMFIN", "VVFIN"):
                break
            if u.tag_ != "NN":
                continue
            if self.prep_before(i) is not None or self.article_before(i) not in (
                "der",
                "die",
                "das",
            ):
                break
            m = self.mention_at(i)
            if m is not None:
                return m if m.entity is not (agent.entity if agent else None) else None
            if self.lex.role_of(u.text) or u.lower_ in self.lex.org_anaphors:
                return None
            return self._new_issue(i, i + 1, u.text, u.text)
        return None

    def _warns_against_an_act(self, t: Token) -> bool:
        """ "warnt davor, aus dem Streit eine Spaltung abzuleiten": the warning is about an act
        the sentence names, not about the issue under discussion."""
        end = min(self.sent(t).end, t.i + 15)
        return any(u.lower_ == "davor" or u.tag_ == "PTKZU" for u in self.doc[t.i + 1 : end])

    def _particle_end(self, t: Token) -> int:
        complements = self.lex.verb_complements.get((t.lemma_ or t.text).lower(), {})
        for u in self.doc[t.i + 1 : self.sent(t).end]:
            if u.lower_ in complements:
                return u.i + 1
            if u.text in _SEG_BREAK or u.tag_ in ("VVFIN", "VAFIN", "VMFIN"):
                break
            if u.tag_ == "PTKVZ":
                return u.i + 1
        return t.i + 1

    def _demanded(self, noun: int, seg: tuple[int, int]) -> Mention | None:
        """German: what a demand asks for ("Forderungen nach einem höheren Zuschuss"): a verb
        that rejects or backs the demand takes that side on the thing demanded."""
        if self.doc[noun].lower_ not in self.lex.demand_nouns:
            return None
        j = noun + 1
        if j >= seg[1] or self.doc[j].lower_ not in self.lex.demand_preps:
            return None
        j += 1
        start = None  # "mehr Personal": a quantity word is part of what is demanded
        while j < seg[1] and self.doc[j].tag_ in _NP_START_TAGS:
            if self.doc[j].lower_ in self.lex.quantity_words:
                start = j
            j += 1
        if j >= seg[1] or self.doc[j].tag_ != "NN":
            return None
        m = self.mention_at(j)
        if m is not None:
            return m
        end = self._with_genitive(j + 1, seg[1])
        start = j if start is None else start
        return self._new_issue(start, end, self.doc[start:end].text, self.doc[j].text)

    def _statement_noun_object(self, t: Token, seg: tuple[int, int]) -> int | None:
        a, b = seg
        for u in self.doc[a:b]:
            if u.i != t.i and (u.text.lower() in self.lex.statement_nouns) and u.tag_ in ("NN", ""):
                return u.i
        return None

    def _possessor_before(self, i: int) -> Mention | None:
        m = self.ents.at(i - 1)
        if m is not None and (m.genitive or self.doc[i - 1].text.endswith(("s", "'s", "’s"))):
            return m
        return None

    def de_evaluative(
        self,
        t: Token,
        source: Mention | None,
        cands: list[tuple[Mention, str | None]],
        seg: tuple[int, int],
    ) -> None:
        """ "nannte die Pläne „rücksichtslos“", "bezeichnete die Kritik als „Panikmache“"."""
        if source is None:
            return
        sent = self.sent(t)
        lem = self.lemma(t)
        frame = self.lex.verbs[lem]
        if frame.needs_prep and not any(u.lower_ in frame.prep for u in self.doc[seg[0] : seg[1]]):
            return  # "halten" judges only with "für": "hält die Reform für einen Fehler"
        # the verdict is in the clause (and a quotation opened in it), not in what follows:
        # "hält X für „diskussionswürdig“, legt sich aber nicht fest"
        stop = seg[1]
        opened = next((u.i for u in self.doc[t.i + 1 : seg[1]] if u.text in QUOTE_OPEN), None)
        if opened is not None:
            stop = max(stop, self._quote_end(opened, sent.end))
        tail = self.doc[t.i + 1 : stop]
        # verb-final clause: ", der die Kürzung als „Schlag gegen die Stadt“ bezeichnete"
        final = all(u.is_punct for u in self.doc[t.i + 1 : seg[1]]) and source.start < t.i
        if final:
            tail = self.doc[max(seg[0], source.end) : t.i]
        # the words naming what is judged do not judge it ("hält die Reform für einen Fehler")
        named = {i for m, _ in cands for i in range(m.start, m.end)}
        pol = _evaluate(
            [u for u in tail if u.i not in named and u.lower_ not in self.lex.concept_anaphors],
            self.lex,
        )
        if pol == 0:
            return
        polarity = "support" if pol > 0 else "oppose"
        crit = self._statement_noun_object(t, (t.i, sent.end))
        if crit is not None and self._possessor_before(crit) is None:
            for c in self.critics_of(source.entity, crit):
                self.emit(
                    source.entity,
                    c,
                    polarity,
                    min(source.start, t.i),
                    sent.end - 1,
                    self.lemma(t),
                    0.55,
                )
            return
        plain = [m for m, p in cands if p is None and m.start > t.i]
        if final:
            plain = [m for m, p in cands if p is None and source.end <= m.start < t.i]
        if not plain:
            judged = self._judged_object(t, sent.end)
            plain = [judged] if judged is not None else []
        if plain:
            m = plain[0]
            end = self._quote_end(m.end, sent.end)
            if final:
                end = t.i + 1
            elif end == m.end:  # "nannte den Streikaufruf der Gewerkschaft unverhältnismäßig"
                end = max(end, self.seg_range(t.i)[1])
                while end > m.end and self.doc[end - 1].is_punct:
                    end -= 1
            self.emit(source.entity, m.entity, polarity, min(source.start, t.i), end, lem, 0.6)

    def _pointed_object(
        self, t: Token, seg: tuple[int, int], source: Mention, frame: Frame
    ) -> list[Mention]:
        """German objects that point back: "Sarıkaya wies das zurück" (whoever criticised her),
        "Das hat der Aufsichtsrat beschlossen" / "Keil lehnt sie ab" after an issue opened the
        previous sentence (that issue)."""
        a, b = seg
        for u in self.doc[a:b]:
            if source.start <= u.i < source.end or u.i == t.i:
                continue
            demonstrative = u.lower_ in ("das", "dies", "dieses") and u.tag_ in ("PDS", "PPER")
            pronoun = u.lower_ in ("sie", "es", "ihn") and u.tag_ == "PPER" and u.i > t.i
            if not (demonstrative or pronoun):
                continue
            if frame.target == "critics":
                critics = self.critics_of(source.entity)
                return [Mention(u.i, u.i + 1, c, "anaphor") for c in critics]
            k = self._sent_of[u.i]
            prev = self._sents[k - 1] if k > 0 else None
            if prev is None:
                return []
            first = next(iter(self.ents.in_range(prev.start, prev.end)), None)
            if first is not None and first.entity.kind == "concept":
                return [Mention(u.i, u.i + 1, first.entity, "anaphor")]
            if demonstrative:
                topic = self.topic_concept(u.i)
                return [Mention(u.i, u.i + 1, topic, "topic")] if topic is not None else []
            return []
        return []

    def _judged_object(self, t: Token, limit: int) -> Mention | None:
        """What "nannte"/"bezeichnete" judges when no name follows: "nannte es „…“" (the issue at
        hand), "nannte die Kürzung …" (an issue anaphor), "nannte den Streikaufruf der
        Gewerkschaft …" (the owner of a thing named by a common noun)."""
        for k in range(t.i + 1, min(limit, t.i + 6)):
            u = self.doc[k]
            if u.lower_ in ("es", "das", "dies") and u.tag_ in ("PPER", "PDS"):
                topic = self.topic_concept(k)
                return Mention(k, k + 1, topic, "topic") if topic is not None else None
            if u.tag_ in ("ART", "ADJA", "PPOSAT", "PIAT"):
                continue
            if u.tag_ not in ("NN", "NE"):
                return None
            m = self.mention_at(k)
            if m is not None:
                return m
            j = k + 1
            if j < limit and self.doc[j].lower_ in ("der", "des"):
                j += 1
                while j < limit and self.doc[j].tag_ in ("ADJA", "ART"):
                    j += 1
                owner = self.mention_at(j) if j < limit else None
                if owner is not None and owner.entity.kind == "actor":
                    return owner
            return None
        return None

    def _quote_end(self, i: int, limit: int) -> int:
        j = i
        seen = False
        while j < limit:
            if self.doc[j].text in QUOTE_OPEN:
                if seen:
                    return j + 1
                seen = True
            j += 1
        return i

    def de_reciprocal(self, t: Token, seg: tuple[int, int], pol: str, lem: str) -> None:
        sent = self.sent(t)
        actors = [
            m for m in self.ents.in_range(sent.start, t.i, "actor") if self.nominative_like(m)
        ]
        coord = [m for m in actors]
        if len(coord) >= 2:
            x, y = coord[0], coord[1]
            if any(self.doc[k].lower_ in ("und", "and") for k in range(x.end, y.start)):
                self.emit(x.entity, y.entity, pol, sent.start, t.i + 1, lem, 0.6)
                self.emit(y.entity, x.entity, pol, sent.start, t.i + 1, lem, 0.6)

    # English verbs
    def en_verb(self, v: Token, lem: str, frame: Frame) -> None:
        src, passive = self.en_subject(v)
        if src is not None and src.entity.kind != "actor":
            return
        pol = frame.polarity
        targets: list[Mention] = []
        preps = [c for c in v.children if c.dep_ in ("prep", "prt", "agent")]
        preps += [  # "lobbied hard against the bill"
            p for c in v.children if c.dep_ == "advmod" for p in c.children if p.dep_ == "prep"
        ]
        dobj = [c for c in v.children if c.dep_ in ("dobj", "dative")]
        if not dobj and v.dep_ == "amod" and v.tag_ == "VBD":
            # "Haskell on Wednesday endorsed state treasurer Maria Ortiz": a past-tense verb the
            # parser read as an adjective of its object
            head = v.head
            while head.dep_ == "compound" and head.head is not head:
                head = head.head
            dobj = [head]
        if frame.needs_prep:  # "cut ties with him"
            preps += [p for o in dobj for p in o.children if p.dep_ == "prep"]
        backs = [
            c for c in v.children if c.lower_ == "back" and c.dep_ in ("advmod", "prt", "prep")
        ]
        aimed = any(p.lower_ in ("at", "against") for p in preps)  # "pushed back against X"
        if backs and lem in ("hit", "strike", "fire", "push") and not aimed:
            # "X hit back (at Y)": a reply to whoever criticised X, or to the actor the reply
            # names ("hit back, saying SkyHop had paid less than anyone")
            if src is not None:
                named = [
                    m
                    for c in v.children
                    if c.dep_ == "advcl" and self.lemma(c) in self.lex.speech_verbs
                    for cc in c.children
                    if cc.dep_ == "ccomp"
                    for sb in cc.children
                    if sb.dep_ in ("nsubj", "nsubjpass")
                    and (m := self.arg_mention(sb)) is not None
                    and m.entity.kind == "actor"
                    and m.entity is not src.entity
                ]
                if named:
                    m = named[0]
                    self.emit(src.entity, m.entity, "oppose", min(src.start, v.i), m.end, lem, 0.6)
                    return
                for c in self.critics_of(src.entity):
                    self.emit(src.entity, c, "oppose", min(src.start, v.i), v.i + 2, lem, 0.55)
            return
        if frame.target == "reply" and not dobj and not aimed:
            # "Kolb retorted that …": a reply to whoever criticised the speaker
            if src is not None:
                for c in self._critics(src.entity):
                    self.emit(src.entity, c, "oppose", min(src.start, v.i), v.i + 1, lem, 0.5)
            return
        extra_sources: list[Mention] = []
        if src is not None and not passive and not frame.reciprocal:
            # "Labour and the Greens backed the bill": every coordinated subject speaks (also
            # where the subject was found further up: "A and B issued a statement backing X")
            subjects = [c for c in v.children if c.dep_ == "nsubj"]
            if not subjects and src.end - 1 < len(self.doc):
                subjects = [u for u in self.doc[src.start : src.end] if u.dep_ == "nsubj"]
            for sb in subjects:
                if sb.dep_ == "nsubj":
                    for q in sb.conjuncts:
                        qm = self.arg_mention(q)
                        if qm is not None and qm.entity.kind == "actor":
                            if qm.entity is not src.entity:
                                extra_sources.append(qm)
        if src is not None and not passive:
            # "Several Democrats, including Senator Amy Brooks, criticised …": both speak
            for sb in v.children:
                if sb.dep_ != "nsubj":
                    continue
                for c in sb.children:
                    if c.dep_ == "prep" and c.lower_ in ("including", "among"):
                        for p in c.children:
                            for q in (p, *p.conjuncts):
                                qm = self.arg_mention(q) if q.dep_ in ("pobj", "conj") else None
                                if qm is not None and qm.entity is not src.entity:
                                    extra_sources.append(qm)
        if passive:
            subj = [c for c in v.children if c.dep_ == "nsubjpass"]
            if subj:
                m = self.arg_mention(subj[0])
                if m is not None:
                    targets.append(m)
            # "backed by the Civic Party, the Reform Alliance and the Greens", "… and by X"
            for c in self._agents(v):
                cm = self.arg_mention(c)
                if cm is not None and cm.entity.kind == "actor":
                    extra_sources.append(cm)
        elif frame.evaluative:
            if src is None or not dobj:
                return
            oprd = [
                c for c in v.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.i > v.i
            ]
            toks = [u for o in oprd for u in o.subtree]
            if not toks:
                toks = list(self.doc[v.i + 1 : self.sent(v).end])
            score = _evaluate(toks, self.lex)
            if score == 0 and v.dep_ == "advcl" and self.lemma(v.head) in self.lex.verbs:
                head_pol = self.lex.verbs[self.lemma(v.head)].polarity
                score = 1 if head_pol == "support" else -1 if head_pol == "oppose" else 0
            if score == 0:
                return
            m = self.arg_mention(dobj[0]) or self.en_object_issue(dobj[0])
            if m is not None:
                m = self._not_self(m, src.entity)
            if m is not None:
                end = max(u.i for u in toks) + 1 if toks else v.i + 1
                while end < self.sent(v).end and self.doc[end].text in QUOTE_OPEN:
                    end += 1
                self.emit(
                    src.entity,
                    m.entity,
                    "support" if score > 0 else "oppose",
                    min(src.start, v.i),
                    end,
                    lem,
                    0.6,
                )
            return
        elif frame.target == "any":
            for u in v.subtree:
                m = self.ents.at(u.i)
                if (
                    u.i > v.i
                    and m is not None
                    and m.entity.kind == "actor"
                    and (src is None or m.entity is not src.entity)
                ):
                    targets.append(m)
                    break
        else:
            alt = dict(frame.alt)
            for p in preps:
                if p.lower_ in frame.prep or p.lower_ in alt:
                    objs = [c for c in p.children if c.dep_ == "pobj"]
                    if p.dep_ == "prt" and dobj:
                        objs = dobj
                    for o in objs:
                        m = self.arg_mention(o)
                        if m is not None:
                            targets.append(m)
                            if p.lower_ in alt:
                                pol = alt[p.lower_]
            if not targets and not frame.needs_prep:
                for o in dobj:
                    owner = self.stance_owner(o, src.entity) if src is not None else None
                    if owner is not None and not any(c.dep_ == "poss" for c in o.children):
                        self.emit(
                            src.entity,
                            owner,
                            pol or "oppose",
                            min(src.start, v.i),
                            o.i + 1,
                            lem,
                            0.5,
                        )  # type: ignore[union-attr]
                        continue
                    if o.lower_ in self.lex.statement_nouns and not any(
                        c.dep_ == "poss" and self.arg_mention(c) for c in o.children
                    ):
                        if src is not None and (frame.target == "critics" or pol == "oppose"):
                            for c in self.critics_of(src.entity, o.i):
                                self.emit(
                                    src.entity, c, "oppose", min(src.start, v.i), o.i + 1, lem, 0.55
                                )
                        continue
                    m = self.arg_mention(o)
                    if m is not None and frame.target == "issue" and m.entity.kind == "actor":
                        continue  # "urged the board to reconsider": no side toward the board
                    if m is None:
                        # "criticised Dunn's record": the named owner of the object
                        m = next(
                            (
                                self.mention_at(c.i)
                                for c in o.children
                                if c.dep_ == "poss"
                                and c.lower_ not in ("his", "her", "its", "their")
                                and self.mention_at(c.i) is not None
                            ),
                            None,
                        )
                    if m is not None:
                        targets.append(m)
            if (
                not targets
                and src is not None
                and frame.target in ("object", "issue")
                and not frame.needs_prep
            ):
                for o in dobj:
                    m = self.en_object_issue(o)
                    if m is not None:
                        targets.append(m)
                        break
            if not targets and frame.complement and frame.polarity is None and src is not None:
                # "said the law would drain money from classrooms": judged by its wording
                for c in v.children:
                    if c.dep_ != "ccomp":
                        continue
                    subj = [sb for sb in c.children if sb.dep_ in ("nsubj", "nsubjpass")]
                    m = self.arg_mention(subj[0]) if subj else None
                    if m is None or m.entity is src.entity:
                        continue
                    words = [u for u in c.subtree if not (m.start <= u.i < m.end)]
                    score = _evaluate(words, self.lex)
                    if score:
                        targets.append(m)
                        pol = "support" if score > 0 else "oppose"
                        break
            if not targets and frame.complement and frame.polarity is not None:
                for c in v.children:
                    if c.dep_ == "ccomp":
                        for s in c.children:
                            if s.dep_ in ("nsubj", "nsubjpass"):
                                m = self.arg_mention(s)
                                if m is None and s.lower_ in self.lex.issue_pronouns:
                                    m = self._last_issue(s.i)  # "warning that it would …"
                                if m is not None:
                                    targets.append(m)
                if (
                    not targets
                    and lem in self.lex.topic_verbs
                    and any(c.dep_ == "ccomp" for c in v.children)
                ):
                    # "warned that shoppers would stay away": a warning about the issue at hand
                    topic = self.topic_concept(v.i)
                    if topic is not None:
                        targets.append(Mention(v.i, v.i + 1, topic, "topic"))
            if frame.needs_prep and not targets:
                return
        if frame.reciprocal and src is not None and not targets:
            # "A and B clashed": coordinated subjects
            head = self.doc[src.end - 1]
            coord = [c for c in head.children if c.dep_ == "conj"]
            coord += [c for c in v.children if c.dep_ == "nsubj" and not src.start <= c.i < src.end]
            for c in coord:
                m = self.arg_mention(c)
                if m is not None and m.entity.kind == "actor" and m.entity is not src.entity:
                    targets.append(m)
        if pol is None:
            return
        if frame.reciprocal and src is not None:
            for tm in targets:
                self.emit(
                    tm.entity,
                    src.entity,
                    pol or "support",
                    min(src.start, v.i),
                    max(tm.end, v.i + 1),
                    lem,
                    0.6,
                )
        if src is None:
            return
        neg = self.negated(v, (v.i, v.i))
        final = "neutral" if neg else (pol or "oppose")
        targets = [self._not_self(tm, src.entity) for tm in targets]
        for extra in extra_sources:
            for tm in targets:
                if extra.entity is not src.entity:
                    self.emit(
                        extra.entity,
                        tm.entity,
                        final,
                        min(extra.start, v.i, tm.start),
                        max(extra.end, v.i + 1, tm.end),
                        lem,
                        0.65,
                    )
        for tm in targets:
            in_sent = src.start >= self.sent(v).start
            a0 = min(src.start, v.i, tm.start) if in_sent else min(v.i, tm.start)
            if src.start < v.i - 12:
                a0 = min(v.i, tm.start)
            b0 = max(tm.end, v.i + 1)
            self.emit(src.entity, tm.entity, final, a0, b0, lem, 0.75, self.past(v, (v.i, v.i + 1)))
        # "praised X, saying his trade plan would ...": the stance carries over to issues named
        for c in v.children:
            if c.dep_ == "advcl" and c.lemma_.lower() in self.lex.speech_verbs and not neg:
                for u in c.subtree:
                    m = self.mention_at(u.i) if u.pos_ in ("NOUN", "PROPN") else None
                    if m is not None and m.entity.kind == "concept":
                        self.emit(
                            src.entity,
                            m.entity,
                            pol or "oppose",
                            c.i,
                            c.right_edge.i + 1,
                            lem,
                            0.55,
                        )
                        break

    # nouns
    def noun_cue(self, t: Token, lem: str) -> None:
        nf = self.lex.nouns[lem]
        sent = self.sent(t)
        nxt = self.ents.at(t.i + 1) if t.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.entity.kind == "actor" and nxt.start == t.i + 1:
            return  # "the opposition Labour Party": a description, not a stance
        if not self.de and (t.dep_ == "compound" or (t.text[:1].isupper() and not t.is_sent_start)):
            return
        # a stance noun that is itself the object of a cue verb ("befürworten Musks Kritik") is
        # handled by that verb
        owner = self._possessor_before(t.i) if self.de else None
        if owner is not None and not nf.needs_target:
            return
        giving = t.dep_ == "dobj" and self.lemma(t.head) in self.lex.giving_verbs
        if (
            not self.de
            and not nf.reciprocal
            and not nf.needs_target  # "demanded his resignation": the owner is the target
            and not giving  # "threw her support behind X": her own stance
            and any(c.dep_ == "poss" for c in t.children)
            and t.dep_ in ("dobj", "pobj")
        ):
            return
        if (
            not self.de
            and t.dep_ == "dobj"
            and self.lemma(t.head) in self.lex.verbs
            and not nf.needs_target
        ):
            return  # "dismissed the endorsement": the verb decides
        if self.de and not nf.reciprocal and not nf.needs_target:
            a, b = self.seg_range(t.i)
            for u in self.doc[a:b]:
                if u.i != t.i and u.tag_.startswith("VV") and self.lemma(u) in self.lex.verbs:
                    vf = self.lex.verbs[self.lemma(u)]
                    if (
                        not vf.needs_prep
                        and vf.polarity is not None
                        and vf.target in ("object", "critics", "any")
                    ):
                        return  # "wies die Kritik des Vereins zurück": the verb decides
        if nf.reciprocal:
            # "Schlagabtausch zwischen Musk und Trump"
            ms = [m for m in self.ents.in_range(t.i + 1, min(sent.end, t.i + 10), "actor")]
            if len(ms) < 2:
                ms = [
                    m
                    for m in self.ents.in_range(sent.start, sent.end, "actor")
                    if (
                        (p := self.prep_before(m.start)) is not None
                        and p.lower_ in ("zwischen", "between")
                    )
                    or self._coordinated_after_between(m)
                ]
            if len(ms) < 2 and not self.de:
                # "in its dispute with Stratus": the owner and the one "with"
                owner = next((self.mention_at(c.i) for c in t.children if c.dep_ == "poss"), None)
                if owner is None and t.dep_ == "pobj" and t.head.lower_ == "in":
                    v = t.head.head  # "X is in a dispute with Y"
                    if v.pos_ in ("VERB", "AUX"):
                        owner, _ = self.en_subject(v)
                other = next(
                    (
                        self.arg_mention(p)
                        for c in t.children
                        if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children
                        if p.dep_ == "pobj"
                    ),
                    None,
                )
                if owner is not None and other is not None and owner.entity is not other.entity:
                    lo, hi = min(owner.start, t.i), max(other.end, t.i + 1)
                    self.emit(owner.entity, other.entity, nf.polarity, lo, hi, lem, 0.55)
                    self.emit(other.entity, owner.entity, nf.polarity, lo, hi, lem, 0.55)
                    return
            if len(ms) < 2:
                a, _ = self.seg_range(t.i)
                ms = [m for m in self.ents.in_range(a, t.i, "actor") if self.nominative_like(m)]
            if len(ms) >= 2 and any(
                self.doc[k].lower_ in ("und", "and") for k in range(ms[0].end, ms[1].start)
            ):
                a, b = ms[0], ms[1]
                lo = min(a.start, t.i - (1 if t.i > sent.start else 0))
                hi = max(b.end, t.i + 1)
                self.emit(a.entity, b.entity, nf.polarity, lo, hi, lem, 0.6)
                self.emit(b.entity, a.entity, nf.polarity, lo, hi, lem, 0.6)
            return
        src: Mention | None = None
        tgt: Mention | None = None
        co_sources: list[Mention] = []
        with_light_verb = False
        if not self.de:
            for c in t.children:
                if c.dep_ == "poss":
                    src = self.mention_at(c.i)
            head = t.head
            if (
                t.dep_ == "dobj"
                and head.lemma_ in self.lex.receiving_verbs
                and (
                    head.lemma_ != "have"
                    or any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in t.children)
                )
            ):  # "has the support of X" (but "has concerns about Y" is the subject's own)
                subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    tgt = self.arg_mention(subj[0])
                for c in t.children:  # "won the backing of the mining minister"
                    if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                        for p in c.children:
                            if p.dep_ == "pobj" and src is None:
                                src = self.arg_mention(p)
                                # "drew praise from both A and B"
                                co_sources += [
                                    m
                                    for q in p.conjuncts
                                    if (m := self.arg_mention(q)) is not None
                                    and m.entity.kind == "actor"
                                ]
                if src is None:  # "the backing of the union, the Ohio Education Association"
                    for c in t.children:
                        if c.dep_ == "appos":
                            src = self.arg_mention(c)
        if (
            self.de
            and src is None
            and nf.source_prep
            and t.i + 2 < sent.end
            and self.doc[t.i + 1].lower_ in ("des", "der")
        ):
            g = self.ents.at(t.i + 2)
            if g is not None and g.start == t.i + 2 and g.entity.kind == "actor":
                src = g  # "die Zustimmung des Städtetags", "Kritik der Opposition"
        window = range(sent.start, sent.end)
        for i in window:
            m = self.ents.at(i)
            if m is None or m.start != i or self._modifier(m):
                continue
            p = self.prep_before(m.start)
            pl = p.lower_ if p is not None else None
            if (
                pl in nf.source_prep
                and m.entity.kind == "actor"
                and src is None
                and abs(m.start - t.i) < 12
            ):
                src = m
            elif pl in nf.target_prep and tgt is None and m.start > t.i and m.start - t.i < 8:
                tgt = m
        if self.de and src is not None and self._source_by_prep(src, nf):
            # "Rückenwind erhielt er von der Kurverwaltung und vom Naturschutzverein Dünenwacht"
            co_sources += self._coordinated_prep_actors(src, nf.source_prep, sent.end)
        if tgt is None and not self.de and t.i > 0 and self.doc[t.i - 1].lower_ in ("in", "of"):
            for c in t.children:  # "intervened in support of the council"
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            tgt = self.arg_mention(p)
        if tgt is None and nf.target_prep:
            for i in range(t.i + 1, min(sent.end, t.i + 6)):
                if self.doc[i].lower_ in nf.target_prep:
                    for k in range(i + 1, min(sent.end, i + 5)):
                        m = self.mention_at(k)
                        if m is not None:
                            tgt = m
                            break
                        u = self.doc[k]
                        if u.tag_ in ("ART", "ADJA", "PPOSAT") or u.pos_ in ("DET", "ADJ"):
                            continue
                        # "eine Klage gegen den Windpark", "criticism of the pipeline"
                        if u.tag_ == "NN" or (not self.de and u.pos_ == "NOUN"):
                            # "Wertschätzung für die Bemühungen der Trump-Administration": the owner
                            if k + 2 < sent.end and self.doc[k + 1].lower_ in ("der", "des", "of"):
                                j = k + 2
                                while j < sent.end - 1 and self.doc[j].tag_ in ("ADJA", "ART"):
                                    j += 1
                                owner = self.mention_at(j)
                                if owner is not None and owner.entity.kind == "actor":
                                    tgt = owner
                                    break
                            end = k + 1
                            while (
                                not self.de and end < sent.end and self.doc[end].dep_ == "compound"
                            ):
                                end += 1
                            tgt = self._new_issue(
                                k, end, self.doc[k:end].text, self.doc[end - 1].text
                            )
                        break
                    break
        if src is None:
            # "Einige, wie X, zeigen Bewunderung für Y": the clause subject
            if self.de:
                a, _ = self.seg_range(t.i)
                heads_clause = all(
                    u.tag_ in _ADJ_TAGS or u.pos_ in ("DET", "ADJ") for u in self.doc[a : t.i]
                )
                # "Die Kritik an dem Gesetz traf die Regierung": the noun is the subject itself
                # "Scharfe Kritik an dem Gesetz übte der Sozialverband": a light verb's subject
                light = any(
                    self.lemma(u) in self.lex.light_verbs
                    for u in self.doc[t.i : self.seg_range(t.i)[1]]
                )
                with_light_verb = light
                if light:
                    heads_clause = False
                src = None if heads_clause else self.de_subject(t, self.seg_range(t.i))
                if src is not None and tgt is not None and src.entity is tgt.entity:
                    src = None
            else:
                v = t.head
                while v.pos_ not in ("VERB", "AUX") and v.head is not v:
                    v = v.head
                src, _ = self.en_subject(v)
        if tgt is None and self.de and nf.target_prep:
            # "Daran äußerte X erhebliche Zweifel": da + the noun's preposition points at the
            # issue under discussion
            a, b = self.seg_range(t.i)
            if any(
                u.lower_ in ("da" + p, "dar" + p) for u in self.doc[a:b] for p in nf.target_prep
            ):
                topic = self.topic_concept(t.i)
                if topic is not None:
                    tgt = Mention(t.i, t.i + 1, topic, "topic")
        if nf.needs_target and not self.de and tgt is None:
            owner = next((self.mention_at(c.i) for c in t.children if c.dep_ == "poss"), None)
        if tgt is None and owner is not None and owner.entity.kind == "actor":
            tgt = owner  # "fordert Möllenkamps Ablösung", "demanded his resignation"
        if tgt is None and nf.needs_target:
            return  # "kündigte seinen Rücktritt an" takes no side
        if src is not None and not self._source_by_prep(src, nf) and self._concessive(t):
            return  # "defended the plan despite mounting opposition": someone else's stance
        if tgt is None and src is not None:
            # "Unterstützung erhielt die Regierung vom Verband": the other participant
            a, b = self.seg_range(t.i)
            others = [
                m
                for m in self.ents.in_range(a, b)
                if m.entity is not src.entity and (not self.de or self.nominative_like(m))
            ]
            if not others and self.de:
                # "Unterstützung bekam die Gewerkschaft vom Sozialverband": a resolvable noun
                for k in range(a, b):
                    u = self.doc[k]
                    if u.lower_ in self.lex.subject_pronouns and u.tag_ == "PPER":
                        # "Rückenwind erhielt er von der Kurverwaltung"
                        ent = self.resolve_token(k)
                        if ent is not None and ent is not src.entity and ent.kind == "actor":
                            others = [Mention(k, k + 1, ent, "pronoun")]
                            break
                    if k == t.i or u.tag_ != "NN" or self.prep_before(k) is not None:
                        continue
                    if self.article_before(k) not in ("der", "die", "das"):
                        continue
                    m = self.mention_at(k)
                    if m is not None and m.entity is not src.entity and m.entity.kind == "actor":
                        others = [m]
                        break
            if others and self.de:
                tgt = others[0]
            elif (
                not nf.target_prep or nf.source_prep or with_light_verb
            ) and not self._hypothetical(t):
                # "Die Behörde meldete Bedenken an": a stance stated, about the issue at hand
                topic = self.topic_concept(t.i) or self.recent_target(nf.polarity, src.entity, lem)
                if topic is not None:
                    tgt = Mention(t.i, t.i + 1, topic, "topic")
        if src is None or tgt is None or src.entity.kind != "actor":
            return
        seg = self.seg_range(t.i)
        polarity = nf.polarity
        if any(c.lower_ in ("no", "kein", "keine", "keinerlei") for c in self._children(t)) or (
            t.i > 0 and self.doc[t.i - 1].lower_ in ("no", "kein", "keine", "keinerlei")
        ):
            polarity = "oppose" if polarity == "support" else polarity  # "no confidence in X"
        if (
            self.de
            and polarity == "support"
            and any(self.lemma(u) in self.lex.denial_verbs for u in self.doc[seg[0] : seg[1]])
        ):
            polarity = "oppose"  # "verweigerte der Reform die Zustimmung"
        if nf.needs_target and self._opposed_by_verb(t, seg):
            polarity = "support" if polarity == "oppose" else "oppose"  # "lehnt X' Ablösung ab"
        neg = self.negated(t, seg)
        a0 = min(src.start, tgt.start, t.i)
        b0 = max(src.end, tgt.end, t.i + 1)
        if tgt.how == "topic":
            a0, b0 = min(src.start, t.i), max(src.end, t.i + 1)
            if t.i > sent.start and self.doc[t.i - 1].pos_ == "ADJ":
                a0 = min(a0, t.i - 1)
        self.emit(src.entity, tgt.entity, "neutral" if neg else polarity, a0, b0, lem, 0.6)
        if not self.de and not co_sources and src.how == "name":
            co_sources = [
                m
                for q in self.doc[src.end - 1].conjuncts
                if (m := self.arg_mention(q)) is not None and m.entity.kind == "actor"
            ]
        for co in co_sources:
            if co.entity is not src.entity and co.entity is not tgt.entity:
                lo, hi = min(a0, co.start), max(b0, co.end)
                self.emit(co.entity, tgt.entity, "neutral" if neg else polarity, lo, hi, lem, 0.55)

    def _opposed_by_verb(self, t: Token, seg: tuple[int, int]) -> bool:
        """The stance noun is the object of a verb of opposition ("lehnt Möllenkamps Ablösung
        ab", "opposed the dismissal of the coach"): rejecting a removal backs the person."""
        if self.de:
            verbs = [u for u in self.doc[seg[0] : seg[1]] if u.tag_.startswith("VV")]
        else:
            verbs = [t.head] if t.dep_ == "dobj" else []
        for u in verbs:
            frame = self.lex.verbs.get(self.lemma(u))
            if frame is not None and frame.polarity == "oppose" and not frame.needs_prep:
                return True
        return False

    def _coordinated_prep_actors(
        self, first: Mention, preps: tuple[str, ...], limit: int
    ) -> list[Mention]:
        """German: actors joined to ``first`` by "und"/"sowie", with or without the
        preposition again ("von der Kurverwaltung und vom Naturschutzverein X")."""
        out: list[Mention] = []
        k = first.end
        while k < limit and self.doc[k].lower_ in ("und", "sowie", ","):
            j = k + 1
            if j < limit and self.doc[j].lower_ in preps:
                j += 1
            while j < limit and self.doc[j].tag_ in ("ART", "ADJA", "ADV"):
                j += 1
            m = self.ents.at(j)
            if m is None or m.start != j or m.entity.kind != "actor":
                break
            out.append(m)
            k = m.end
        return out

    def _source_by_prep(self, src: Mention, nf: NounFrame) -> bool:
        p = self.prep_before(src.start)
        return p is not None and p.lower_ in nf.source_prep

    def _concessive(self, t: Token) -> bool:
        """ "despite mounting opposition", "trotz heftiger Kritik", "against a barrage of
        criticism": the stance noun is what the subject faces, not what it says."""
        sent = self.sent(t)
        for k in range(max(sent.start, t.i - 5), t.i):
            if self.doc[k].lower_ in self.lex.concessive_preps:
                return all(
                    not self.doc[j].is_punct and self.doc[j].tag_ not in ("VVFIN", "VAFIN")
                    for j in range(k + 1, t.i)
                )
        return False

    def _hypothetical(self, t: Token) -> bool:
        """ "für wen sie ihre Unterstützung aussprechen sollten": an open question, or a stance
        noun owned by a pronoun, names no side."""
        a, b = self.seg_range(t.i)
        if any(
            u.tag_ in ("PWS", "PWAT", "PWAV") or u.lower_ in ("whom", "whether")
            for u in self.doc[a:b]
        ):
            return True
        return t.i > 0 and self.doc[t.i - 1].tag_ == "PPOSAT"

    def recent_target(self, polarity: str, exclude: Entity, cue: str = "") -> Entity | None:
        """The target of the last statement of this polarity (of the same cue family first)."""
        same = [f for f in self.found if f.polarity == polarity and f.target is not exclude]
        family = [f for f in same if _same_family(f.cue, cue)]
        return (family or same)[-1].target if (family or same) else None

    def _coordinated_after_between(self, m: Mention) -> bool:
        """ "zwischen A und B": B is governed by the same preposition as A."""
        j = m.start - 1
        while j >= 0 and j > m.start - 4:
            if self.doc[j].lower_ in ("und", "and"):
                k = j - 1
                while k >= 0 and k > j - 8:
                    if self.doc[k].lower_ in ("zwischen", "between"):
                        return True
                    k -= 1
                return False
            j -= 1
        return False

    def _last_issue(self, i: int) -> Mention | None:
        """The issue named last before token ``i`` in this or the previous sentence."""
        start = self._window_start(i)
        ms = [m for m in self.ents.in_range(start, i) if m.entity.kind == "concept"]
        return Mention(i, i + 1, ms[-1].entity, "pronoun") if ms else None

    def topic_concept(self, i: int) -> Entity | None:
        """The issue under discussion before token ``i``: the most talked-about one (named or
        taken a side on most often, the lead counting twice), the latest on a tie."""
        score: dict[Entity, tuple[int, int]] = {}
        lead_end = self._sents[0].end if self._sents else 0
        for m in self.ents.mentions:
            if m.entity.kind == "concept" and m.start < i:
                n, _ = score.get(m.entity, (0, 0))
                # the lead names what the article is about: a mention there counts twice
                score[m.entity] = (n + (2 if m.start < lead_end else 1), m.start)
        for f in self.found:
            if f.target.kind == "concept" and f.target in score:
                n, last = score[f.target]
                score[f.target] = (n + 1, last)
        return max(score, key=lambda e: score[e]) if score else None

    def relation_cue(self, t: Token, pol: str) -> None:
        """ "X, lange eine Verbündete Webers" / "X, a longtime ally of Y"."""
        if t.lower_ in self.lex.title_relations and any(
            c.dep_ == "compound" or c.tag_ == "NN" for c in self._children(t)
        ):
            return  # "the council's cycling champion", "film critic": a title, not a relation
        sent = self.sent(t)
        tgt: Mention | None = None
        nxt = self.ents.at(t.i + 1)
        if nxt is not None and (nxt.genitive or self.doc[t.i + 1].text.endswith("s")):
            tgt = nxt
        elif t.i + 2 < sent.end and self.doc[t.i + 1].lower_ in ("von", "of", "des", "der"):
            tgt = self.mention_at(t.i + 2) or self.mention_at(t.i + 3)
            if tgt is None and not self.de:  # "ally of County Executive Janet Hale"
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                tgt = self.arg_mention(p)
        if tgt is None and not self.de:
            for c in t.children:
                if c.dep_ == "poss":
                    tgt = self.mention_at(c.i)
                    if c.lower_ in ("its", "their") and t.lower_ in self.lex.issue_relations:
                        # "Its author, Senator X": the author of the issue under discussion
                        topic = self.topic_concept(t.i)
                        tgt = Mention(c.i, c.i + 1, topic, "anaphor") if topic else None
        pron_owner = False
        if tgt is None and self.de:
            j = t.i - 1
            while j > sent.start and self.doc[j].tag_ in ("ADJA", "ADV", "ADJD"):
                j -= 1
            if self.doc[j].tag_ == "PPOSAT":  # "galt Thiel als ihr engster Vertrauter"
                owner = self.last_person()
                if owner is not None:
                    tgt, pron_owner = Mention(j, j + 1, owner, "pronoun"), True
        if tgt is None:
            return
        if self.de:
            src = self.de_subject(t, self.seg_range(t.i))
            if src is None:
                cands = [
                    m
                    for m in self.ents.in_range(sent.start, t.i, "actor")
                    if self.nominative_like(m)
                ]
                src = cands[0] if cands else None
        else:
            v = t.head
            src = None
            if t.dep_ == "appos":
                src = self.arg_mention(t.head)
            else:
                while v.pos_ not in ("VERB", "AUX") and v.head is not v:
                    v = v.head
                src, _ = self.en_subject(v)
        if src is not None and pron_owner and src.entity is tgt.entity:
            other = self.last_person(exclude=src.entity)
            tgt = Mention(tgt.start, tgt.end, other, "pronoun") if other is not None else tgt
        if src is None or src.entity is tgt.entity:
            return
        seg = self.seg_range(t.i)
        a = t.i
        while (
            a > sent.start
            and (
                self.doc[a - 1].tag_ in _ADJ_TAGS
                or self.doc[a - 1].pos_ in ("DET", "ADJ", "ADV", "AUX")
                or self.doc[a - 1].tag_ in ("APPR", "VAFIN", "KOKOM")
            )
            and a > t.i - 6
        ):
            a -= 1
        b = tgt.end
        while b < sent.end and b < tgt.end + 2 and self.doc[b].tag_ in ("VVPP", "ADJD"):
            b += 1
        self.emit(
            src.entity,
            tgt.entity,
            pol,
            a,
            b,
            t.text,
            0.6,
            self.past(t, seg) if self.de else self.past(t, (t.i - 3, t.i + 1)),
        )

    # quotes
    def _reported(self, sent: Span) -> list[Token]:
        """German reported speech without quotation marks: "Die Reform sei ein Fehler, sagte X."
        — the clause before ", <speech verb>" at the end of the sentence."""
        t = self._speech_after_comma(sent)
        if t is not None:
            start = self._after_colon(sent.start, t.i - 1)
            content = [u for u in self.doc[start : t.i - 1] if not u.is_punct]
            if any(u.tag_ in ("VAFIN", "VMFIN", "VVFIN") for u in content):
                return content
        return []

    def _after_colon(self, start: int, end: int) -> int:
        """Where reported speech starts: after the last colon before ``end`` ("Der Städtetag
        reagierte empört: Die Pläne seien …, erklärte X"), else at ``start``."""
        for u in self.doc[start:end]:
            if u.text == ":":
                start = u.i + 1
        return start

    def _speech_after_comma(self, sent: Span) -> Token | None:
        """The first speech verb right after a comma, past the sentence's opening words
        ("…, sagte X")."""
        return next(
            (
                t
                for t in sent
                if t.i > sent.start + 3 and self.doc[t.i - 1].text == "," and self._speech_word(t)
            ),
            None,
        )

    def _speech_word(self, t: Token) -> bool:
        """A word that introduces its speaker: "sagte", "hieß es (beim Verband)", "so (X)"."""
        if t.tag_ == "VVFIN":
            lem = self.lemma(t)
            return lem in self.lex.speech_verbs or lem in self.lex.impersonal_speech_verbs
        if t.lower_ not in self.lex.attribution_markers or self._quote[t.i]:
            return False
        k = t.i + 1
        if k < len(self.doc) and self.doc[k].tag_ == "ART":
            k += 1  # "so der Verbandschef"
        return k < len(self.doc) and (
            self.ents.at(k) is not None or self.doc[k].tag_ in ("NN", "NE")
        )

    def _impersonal_speaker(self, v: Token, sent: Span) -> Mention | None:
        """ "hieß es beim Verband": the actor after an attribution preposition."""
        for k in range(v.i + 1, min(sent.end, v.i + 7)):
            if self.doc[k].lower_ in self.lex.attribution_preps:
                for j in range(k + 1, min(sent.end, k + 4)):
                    m = self.ents.at(j) or (
                        self.mention_at(j) if self.doc[j].tag_ in ("NN", "NE") else None
                    )
                    if m is not None and m.entity.kind == "actor":
                        return m
                return None
        return None

    def reported_clauses(self, sent: Span) -> bool:
        """German reported speech around ", sagte X,": "Das Angebot sei fair, sagte sie, die
        Gewerkschaft gefährde die Zukunft des Unternehmens." Each clause is judged on its own:
        its first named actor or issue is what it judges, its evaluative words decide."""
        v = self._speech_after_comma(sent)
        if v is None:
            return self.reported_after(sent) or self.attributed(sent)
        # the speaker right after the verb: a name, a pronoun or a role noun ("der FDP-Politiker")
        speaker: Mention | None = None
        k = v.i + 1
        if self.lemma(v) in self.lex.impersonal_speech_verbs:
            speaker = self._impersonal_speaker(v, sent)
            k = sent.end
        while k < min(sent.end, v.i + 5) and speaker is None:
            u = self.doc[k]
            m = self.ents.at(k)
            if m is not None and m.entity.kind == "actor" and self._modifier(m):
                k = m.end + 2  # "erklärte GHL-Chefin Miriam Stoll": the name after the role
                continue
            if m is not None and m.entity.kind == "actor":
                speaker, k = m, m.end
                break
            if u.lower_ in self.lex.subject_pronouns and u.tag_ in ("PPER", ""):
                ent = self.last_person()
                speaker = Mention(k, k + 1, ent, "pronoun") if ent else None
            elif u.tag_ == "NN":
                ent = self.resolve_token(k)
                if ent is not None and ent.kind == "actor":
                    speaker = Mention(k, k + 1, ent, "role")
            k += 1
        if speaker is None:
            return False
        k = speaker.end
        start = self._after_colon(sent.start, v.i - 1)
        clauses = [(start, v.i - 1)]
        if k < sent.end and self.doc[k].text == ",":
            clauses.append((k + 1, sent.end))
        return self._judge_clauses(v, speaker, clauses)

    def attributed(self, sent: Span) -> bool:
        """ "Laut dem Verband ist die Reform ein Fehler", "Nach Ansicht der Grünen …", "Dem
        Verband zufolge …": an attribution phrase names the speaker of the whole sentence."""
        speaker: Mention | None = None
        marker = None
        for u in sent:
            low = u.lower_
            opening = (
                u.i == sent.start
                and low in self.lex.opening_attributions
                and any(self.lemma(w) in self.lex.copulas for w in sent)
            )  # "Für den Verband ist die Reform ein Fehler"
            if (
                opening
                or low in self.lex.attribution_words
                or (
                    low in ("nach", "aus")
                    and u.i + 1 < sent.end
                    and self.doc[u.i + 1].lower_ in self.lex.attribution_nouns
                )
            ):
                marker = u
                k = u.i + 1
                while k < min(sent.end, u.i + 6):
                    m = self.ents.at(k) or (
                        self.mention_at(k) if self.doc[k].tag_ in ("NN", "NE") else None
                    )
                    if m is not None and m.entity.kind == "actor":
                        speaker = m
                        break
                    k += 1
                break
            if low == "zufolge" and u.i > sent.start:
                m = self.ents.at(u.i - 1) or self.mention_at(u.i - 1)
                if m is not None and m.entity.kind == "actor":
                    speaker, marker = m, u
                break
        if speaker is None or marker is None:
            return False
        # "Die Grünen erteilten dem Gesetz eine Absage; laut ihrer Sprecherin X ist …": the
        # attribution speaks for its own clause, after a semicolon or colon
        lo = sent.start
        for k in range(sent.start, marker.i):
            if self.doc[k].text in (";", ":"):
                lo = k + 1
        return self._judge_clauses(marker, speaker, [(lo, sent.end)])

    def reported_after(self, sent: Span) -> bool:
        """ "Trump sagte, er sei von Musk „sehr enttäuscht“": a speech verb, a comma and a clause
        in reported speech (a finite verb in the subjunctive or a plain main clause)."""
        v = next(
            (
                t
                for t in sent
                if t.tag_ == "VVFIN"
                and (self.lemma(t) in self.lex.speech_verbs or self.lemma(t) in self.lex.fear_verbs)
                and self._speech_comma(t, sent) is not None
            ),
            None,
        )
        comma = self._speech_comma(v, sent) if v is not None else None
        if v is None or comma is None:
            return False
        speaker = self.de_subject(v, self.seg_range(v.i))
        if speaker is None or speaker.entity.kind != "actor":
            return False
        end = comma + 1
        while end < sent.end and self.doc[end].text not in (";", ":"):
            end += 1
        return self._judge_clauses(v, speaker, [(comma + 1, end)])

    def _speech_comma(self, v: Token, sent: Span) -> int | None:
        """The comma after a speech verb and a few words ("sagte vor Journalisten, …"), if the
        sentence goes on after it."""
        k = v.i + 1
        while k < min(sent.end, v.i + 5):
            u = self.doc[k]
            if u.text == ",":
                return k if k + 2 < sent.end else None
            if u.tag_ in ("VVFIN", "VAFIN", "VMFIN", "KOUS", "PRELS") or u.is_punct:
                return None
            k += 1
        return None

    def _judge_clauses(self, v: Token, speaker: Mention, clauses: list[tuple[int, int]]) -> bool:
        """Judge each reported clause: its first actor or issue (not the speaker) is what it
        judges, its evaluative words decide."""
        found = False
        for a, b in clauses:
            toks = [u for u in self.doc[a:b] if not u.is_punct]
            if not any(u.tag_ in ("VAFIN", "VMFIN", "VVFIN") for u in toks):
                continue
            target: Mention | None = None
            for u in toks:
                m = self.ents.at(u.i)
                if m is None and u.tag_ in ("NN", "NE"):
                    m = self.mention_at(u.i)
                if m is not None and m.entity is not speaker.entity:
                    target = m
                    break
            if target is None:
                continue
            words = [u for u in toks if not target.start <= u.i < target.end]
            if self.lemma(v) in self.lex.fear_verbs:
                # "fürchtet, die Reform werde die Mieten erhöhen": what is feared is opposed
                neg = any(u.lower_ in self.lex.negation for u in words)
                score = 0 if neg else -1
            else:
                score = _evaluate(words, self.lex, strict=True)
                vf = self.lex.verbs.get(self.lemma(v))
                if (
                    score == 0
                    and vf is not None
                    and vf.polarity
                    and not vf.needs_prep
                    and vf.target != "reply"  # a reply opposes the critics, not its clause
                ):
                    # "Die Reform gehe an der Realität vorbei, kritisierte X": the speech verb
                    # takes the side its clause does not spell out
                    score = 1 if vf.polarity == "support" else -1
            if score == 0:
                continue
            pol = "support" if score > 0 else "oppose"
            near = speaker.start >= self.sent(v).start
            lo, hi = (a, speaker.end) if a < v.i else (min(v.i, speaker.start) if near else v.i, b)
            while hi > lo and self.doc[hi - 1].is_punct:
                hi -= 1
            self.emit(speaker.entity, target.entity, pol, lo, hi, self.lemma(v), 0.5)
            found = True
        return found

    def quotes(self, sent: Span) -> bool:
        """Quotations attributed to a speaker: „…“, sagte X. The quote's targets and polarity."""
        q_toks = [t for t in sent if self._quote[t.i]]
        reported = False
        if len(q_toks) < 3 and self.de:
            if self.reported_clauses(sent):
                return True
            q_toks = self._reported(sent)
            reported = bool(q_toks)
        if len(q_toks) < 3:
            return False
        speech = [
            t
            for t in sent
            if not self._quote[t.i]
            and (t.pos_ == "VERB" or t.tag_.startswith("VV"))
            and self.lemma(t) in self.lex.speech_verbs
        ]
        if not speech and self.de:
            # "„…“, so Verbandschef Lindner", "„…“, hieß es aus dem Ministerium"
            speech = [
                t
                for t in sent
                if t.i > sent.start
                and self.doc[t.i - 1].text == ","
                and any(self._quote[k] for k in range(sent.start, t.i))
                and self._speech_word(t)
            ]
        if not speech:
            return False
        v = speech[0]
        impersonal = self.de and self.lemma(v) in self.lex.impersonal_speech_verbs
        if impersonal:
            speaker = self._impersonal_speaker(v, sent)
        elif self.de:
            outside = [
                m
                for m in self.ents.in_range(sent.start, sent.end, "actor")
                if not self._quote[m.start] and self.nominative_like(m)
            ]
            speaker = min(outside, key=lambda m: abs(m.start - v.i)) if outside else None
            if speaker is None:
                for i in range(v.i + 1, min(sent.end, v.i + 4)):
                    if self.doc[i].lower_ in self.lex.subject_pronouns:
                        ent = self.last_person()
                        speaker = Mention(i, i + 1, ent, "pronoun") if ent else None
                        break
        else:
            speaker, _ = self.en_subject(v)
        if speaker is None or speaker.entity.kind != "actor":
            return False
        # the words naming what is judged do not judge it ("Diese Reform ist ein Fehler")
        judged = [
            t
            for t in q_toks
            if self.ents.at(t.i) is None and t.lower_ not in self.lex.concept_anaphors
        ]
        # reported speech is judged by the project's own word lists only (fewer false alarms)
        score = _evaluate(judged, self.lex, strict=reported)
        if score == 0:
            return True
        targets: list[Mention] = []
        for t in q_toks:
            m = (
                self.mention_at(t.i)
                if (t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("NN", "NE"))
                else None
            )
            if (
                m is not None
                and m.entity is not speaker.entity
                and m.entity not in [x.entity for x in targets]
                and not (m.start > 0 and self.doc[m.start - 1].text == "(")  # "X (FDP)"
                and not (reported and self._genitive_attribute(m))  # "Zerschlagung des Konzerns"
            ):
                targets.append(m)
        conf = 0.55
        if not targets:
            # "Die Entscheidung sei „ein Bruch …“, erklärte X": the subject before the verdict
            q0 = q_toks[0].i - 1
            if any(
                self.doc[k].tag_ in ("VAFIN", "VMFIN") or self.doc[k].lemma_ == "be"
                for k in range(max(sent.start, q0 - 2), q0)
            ):
                # from the start of the judging clause ("…: Die Pläne seien „…“")
                for k in range(max(sent.start, self.seg_range(q0)[0]), q0):
                    u = self.doc[k]
                    m = self.ents.at(k) or (self.mention_at(k) if u.tag_ in ("NN", "NE") else None)
                    if m is not None and m.entity is not speaker.entity:
                        targets.append(m)
                        break
        if not targets and len(q_toks) <= 5:
            # a short quoted verdict: „sehr enttäuscht“ von Musk
            near = [
                m
                for m in self.ents.in_range(sent.start, sent.end)
                if not self._quote[m.start]
                and m.entity is not speaker.entity
                and m.start != speaker.start
                and not (m.start > 0 and self.doc[m.start - 1].text == "(")  # "X (FDP)"
            ]
            targets = [m for m in near if self.prep_before(m.start) is not None][:1]
        if not targets:
            topic = self.topic_concept(sent.start)
            pointing = any(t.lower_ in ("das", "dies", "es", "this", "it", "that") for t in q_toks)
            if topic is None or not pointing:
                return True
            targets = [Mention(q_toks[0].i, q_toks[0].i + 1, topic, "topic")]
            conf = 0.45
        pol = "support" if score > 0 else "oppose"
        q0, q1 = q_toks[0].i - 1, q_toks[-1].i + 2
        a0 = min(q0, speaker.start, v.i)
        b0 = max(q1, speaker.end, v.i + 1)
        for tm in targets[:1]:
            self.emit(speaker.entity, tm.entity, pol, a0, b0, self.lemma(v), conf)
        return True
