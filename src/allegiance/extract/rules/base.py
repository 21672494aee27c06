"""The core of the statement finder: the finder's state, token helpers and the main loop.

Also the module-level pieces the cue families share: :class:`Found`, the evaluative-word
balance :func:`_evaluate`, clause-break punctuation and German noun-phrase tags."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from allegiance.extract.lexicon import Lexicon
from allegiance.extract.mentions import (
    DE_FINITE_TAGS,
    QUOTE_OPEN,
    DocEntities,
    Entity,
    EntityResolver,
    Mention,
    glued_hyphen,
    is_comparative,
    repeated_phrase_end,
)

_SEG_BREAK = {",", ";", ":", "–", "—", "(", ")", "-"}
_OPPOSITE = {"support": "oppose", "oppose": "support"}


def opposite(polarity: str) -> str:
    """The other side: ``"support"`` for ``"oppose"`` and the reverse; ``"neutral"`` stays."""
    return _OPPOSITE.get(polarity, polarity)


def sign_polarity(score: float) -> str:
    """``"support"`` for a positive score, ``"oppose"`` otherwise."""
    return "support" if score > 0 else "oppose"


def _same_family(cue: str | None, word: str) -> bool:
    """Cue words of one family share a stem: criticism/criticise, Kritik/kritisieren."""
    a, b = (cue or "").lower(), word.lower()
    return len(a) >= 5 and len(b) >= 5 and a[1:5] == b[1:5]


_ADJ_TAGS = {"ART", "ADJA", "ADV", "PIAT", "PPOSAT", "CARD", "PDAT", "ADJD", "PTKNEG"}
# words of the agent of a German participle attribute ("die von ihr angestrebte Reform")
_AGENT_TAGS = ("ART", "ADJA", "NN", "NE", "PPER", "PPOSAT")
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


def _burdened(prev_low: str, t: Token, lex: Lexicon) -> bool:
    """Whether ``t`` is what a burden noun falls on: "a tax on success", "an attack on jobs",
    "ein Angriff auf Arbeitsplätze" (``burden_nouns``, ``burden_preps``)."""
    if prev_low not in lex.burden_preps or t.i < 2:
        return False
    k = t.i - 2
    while k > 0 and t.doc[k].tag_ in ("ART", "DT", "JJ", "ADJA"):
        k -= 1
    return t.doc[k].lower_ in lex.burden_nouns or t.doc[k].lemma_.lower() in lex.burden_nouns


def _evaluate(tokens: Iterable[Token], lex: Lexicon, strict: bool = False) -> int:
    """+1 / -1 / 0: the balance of positive and negative evaluative words.

    The project's own word lists decide first; the general polarity table (German Polarity
    Lexicon, VADER) fills in. A negation flips the next evaluative word ("nicht gut").
    """
    tokens = list(tokens)
    # "gut gemeint, aber schlecht gemacht", "ambitious but unworkable": what follows the last
    # contrast decides, if it judges at all
    lows = [t.lower_ for t in tokens]
    cut = -1
    if not lex.contrast_words.isdisjoint(lows):
        cut = max(
            (
                k
                for k, w in enumerate(lows)
                if w in lex.contrast_words and not (k and lows[k - 1] in lex.not_contrast_after)
            ),
            default=-1,
        )
    if 0 < cut < len(tokens) - 1:
        after = _evaluate(tokens[cut + 1 :], lex, strict)
        # after a concession ("Zwar sei X berechtigt, doch …") the conceded part never decides
        if after or any(t.lower_ in lex.concession_words for t in tokens[:cut]):
            return after
    score = 0.0
    table_score = 0.0  # the general table only fills in when the project's lists say nothing
    flip = False
    excess = False
    decrease = False
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
        elif (
            not t.dep_
            and t.tag_ in ("VVFIN", "VVINF", "VVPP", "VVIZU")
            and (t.lower_ in lex.negative or t.lemma_.lower() in lex.negative)
        ):
            # German (no parse): the noun phrase right after a harmful verb is what it harms
            # ("benachteilige gute Abiturienten")
            k = t.i + 1
            while k < len(t.doc) and t.doc[k].tag_ in ("ART", "ADJA", "PIAT", "PPOSAT", "CARD"):
                affected.add(k)
                k += 1
    shielding = False
    prev_low = ""  # the word before this one
    prev_adj = 0.0  # the value of an evaluative adjective right before this word
    for t in tokens:
        if t.i in affected:
            continue
        w = t.lower_
        if w in lex.intensifiers:
            continue  # "schlicht nicht bezahlbar": "schlicht" is no verdict here
        if w in lex.non_evaluative:
            continue  # "digital rights": no "right" decision
        if shielding and t.is_punct:
            shielding = False
        if (t.lemma_.lower() in lex.shield_verbs or w in lex.shield_verbs) and t.pos_ == "VERB":
            shielding = True  # "schütze die Schiedsrichter vor Anfeindungen": the harm is kept off
        elif shielding and w in ("vor", "from", "against"):
            break
        if flip and (t.text in (",", ";", ":", ".") or t.tag_ in ("WDT", "PRELS", "PRELAT")):
            # a negation ends with its clause: "I cannot ask riders to pay more for a service
            # that keeps getting worse" (not "worse" negated)
            flip = False
        lem = t.lemma_.lower()
        burdened = _burdened(prev_low, t, lex)  # "a tax on success", "ein Angriff auf …"
        pair, prev_low = f"{prev_low} {w}", w
        if pair in lex.negating_pairs:
            flip = True  # "alles andere als fair", "anything but fair"
            continue
        if w in lex.negation:
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            flip = nxt is None or nxt.lower_ not in lex.not_negating  # (not "nicht nur")
            continue
        if w in lex.excess_words and t.tag_ not in ("PTKZU", "APPR", "APPRART"):
            excess = True  # "zu stark", "too expensive": more than is good
            continue
        if w in lex.decrease_words:
            decrease = True  # "at a lower cost", "weniger Bürokratie": less of a bad thing
            continue
        listed = True
        # "a power-grab", "ill-conceived": a compound the tokenizer split at its hyphen
        hyphened = ""
        if w in lex.hyphen_tails and t.i >= 2 and glued_hyphen(t.doc, t.i - 1):
            hyphened = f"{t.doc[t.i - 2].lower_}-{w}"
        if pair in lex.negative_pairs:
            val = -1.0  # "in Kauf", "aufs Spiel": a blame idiom
            if pair.split(" ", 1)[0] in lex.negation:
                flip = False  # "keine Ahnung": the negation is part of the idiom
        elif hyphened and hyphened in lex.negative:
            val = -1.0
        elif hyphened and hyphened in lex.positive:
            val = 1.0
        elif w in lex.negative or lem in lex.negative or w.startswith(lex.negative_stems):
            val = -1.0
        elif w in lex.positive or lem in lex.positive:
            val = 1.0
        elif t.tag_ in ("NN", "NE") and w.endswith(lex.negative_heads):
            val = -1.0  # "ein Standortrisiko", "ein Bürokratiemonster": a compound of a verdict
        elif t.tag_ in ("NN", "NE") and w.endswith(lex.positive_heads):
            val = 1.0  # "ein Riesenerfolg"
        elif t.tag_ in ("ADJD", "ADJA", "NN", "NE") and w.endswith(lex.negative_adjective_endings):
            val = -1.0  # "investitionsfeindlich" (also quoted, tagged as a noun)
        elif strict:
            # predicative adjectives are verdicts: "Das Angebot sei fair"
            val = lex.polarity.get(w, lex.polarity.get(lem, 0.0)) if t.tag_ == "ADJD" else 0.0
            listed = False
        else:
            val = lex.polarity.get(w, lex.polarity.get(lem, 0.0))
            listed = False
        if val and excess:
            val, excess = -abs(val), False
        if val and decrease:
            val, decrease = -val, False
        if val > 0 and burdened:
            val = -val  # what a burden falls on counts against the burden
        prev = prev_adj
        prev_adj = val if t.tag_ == "ADJA" or (t.dep_ == "amod" and t.pos_ == "ADJ") else 0.0
        noun = t.pos_ in ("NOUN", "PROPN") or t.tag_ == "FM"  # FM: a quoted noun („Signal“)
        if val and prev and (val > 0) != (prev > 0) and noun:
            continue  # "ein fatales Signal", "a bad deal": the adjective decides for its noun
        if val:
            if listed:
                score += -val if flip else val
            else:
                table_score += -val if flip else val
            flip = False
    if not score:
        score = table_score
    return (score >= 0.5) - (score <= -0.5)


class CoreFinder:
    """The finder's state and what every cue family uses: the quotation mask and clause
    segments, token helpers (sentence, lemma, preposition and article before a phrase, the
    mention at a token), the main loop over sentences, negation and period, and ``emit``."""

    doc: Doc
    toks: list[Token]
    ents: DocEntities
    lex: Lexicon
    resolver: EntityResolver
    de: bool
    has_parse: bool
    found: list[Found]
    subjects: list[Entity]
    _sents: list[Span]
    _sent_of: list[int]
    _quote: list[bool]
    _seg: list[int]

    def __init__(self, doc: Doc, ents: DocEntities, lex: Lexicon, resolver: EntityResolver) -> None:
        self.doc = doc
        # spaCy makes a new Token object at every ``doc[i]``; the rules index tokens millions
        # of times per corpus, so each token is made once here
        self.toks = list(doc)
        self.text = doc.text  # (spaCy joins the tokens anew at every ``doc.text``)
        self.ents = ents
        self.lex = lex
        self.resolver = resolver
        self.de = lex.lang == "de"
        self.has_parse = doc.has_annotation("DEP")
        self.found: list[Found] = []
        self.subjects: list[Entity] = []  # sentence subjects so far (for pronouns, role nouns)
        # the last speaker of a quotation and the end of that sentence: a quotation that goes on
        # in the next sentence is still theirs
        self.last_speech: tuple[int, Mention, Token] | None = None
        self._lemmas: dict[int, str] = {}
        # words that may say an actor takes no side, collected per sentence for ``no_side``
        self._no_side_lower = lex.no_side_adjectives | lex.no_side_nouns
        # generic clauses of the sentence being read ("Wer die Reform blockiert, …"):
        # (start, end, the clause verb's polarity, the verdict of the rest of the sentence, and
        # the span of what the clause is the subject of)
        self._generic: list[tuple[int, int, str | None, int, int, int]] = []
        self._no_side_words: list[Token] = []
        # "seine Fraktion" resolved to the party of the person it points back to: possessive
        # token -> (party, person); what the party is said to do, the person says too
        self._org_speakers: dict[int, tuple[Entity, Entity]] = {}
        # per sentence start: the speech verb after a comma ("…, sagte X"), if any
        self._speech_after: dict[int, Token | None] = {}
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
            if t.is_sent_start and inside and opener in "\"'" and not self._closed_in(t, opener):
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
            whole = self.ents.at(i)
            if (
                j - i <= 6
                and not any(t.pos_ in ("VERB", "AUX") for t in self.toks[i:j])
                and not self._said_after(i, j)
            ) or (
                # „Rettet den Stadtwald“: a group's quoted name, not a quotation
                whole is not None
                and whole.entity.kind == "actor"
                and (whole.start, whole.end) == (i, j)
            ):
                for k in range(i, j):
                    mask[k] = False
            i = j
        return mask

    def _said_after(self, i: int, j: int) -> bool:
        """Whether the short quotation ``toks[i:j]`` opens its sentence and a comma and a speech
        verb follow it: a quotation, not a title ("»Ein Bürokratiemonster«, urteilte X",
        "\"A disgrace,\" said X")."""
        if i < 1 or not self.toks[i - 1].is_sent_start:
            return False
        k = j
        while k < len(self.toks) and (self.toks[k].text in QUOTE_OPEN or self.toks[k].text == ","):
            k += 1
        return (
            k < len(self.toks)
            and k > j
            and self.toks[k - 1].text in (",", *QUOTE_OPEN)
            and self.toks[k].lemma_.lower() in self.lex.speech_verbs
        )

    def _closed_in(self, t: Token, mark: str) -> bool:
        """Whether the straight quotation mark ``mark`` open before sentence-start ``t`` closes
        in that sentence, at its end (`said: "We are disappointed. This tax will ruin shops."`)."""
        end = self._sents[self._sent_of[t.i]].end
        marks = [u.i for u in self.toks[t.i : end] if u.text == mark]
        return len(marks) == 1 and all(u.is_punct for u in self.toks[marks[0] + 1 : end])

    def _segments(self) -> list[int]:
        seg = [0] * len(self.doc)
        s = 0
        keep = self._comparison_commas()
        for t in self.doc:
            if t.is_sent_start:
                s += 1
            hyphen = t.text == "-" and not t.whitespace_  # "Trump-Administration"
            if t.text in _SEG_BREAK and not hyphen and t.i not in keep:
                s += 1
            seg[t.i] = s
        return seg

    def _comparison_commas(self) -> set[int]:
        """German: the commas (or dashes) around a comparison set in without a verb of its own
        ("Die Junge Union spricht sich, anders als die Mutterpartei, für die Reform aus", "hält
        das Angebot – anders als viele Kleinaktionäre – für angemessen"): no clause break."""
        out: set[int] = set()
        if not self.de:
            return out
        toks = self.toks
        n = len(toks)
        for t in toks:
            if t.text not in (",", "–", "—") or t.i + 1 >= n:
                continue
            if toks[t.i + 1].lower_ not in self.lex.comparison_openers:
                continue
            close = next(
                (k for k in range(t.i + 2, min(n, t.i + 9)) if toks[k].text in _SEG_BREAK), None
            )
            if (
                close is None
                or toks[close].text != t.text
                or toks[close].is_sent_start
                or any(u.tag_ in DE_FINITE_TAGS or u.is_sent_start for u in toks[t.i + 1 : close])
            ):
                continue
            out.update((t.i, close))
        return out

    def sent(self, t: Token) -> Span:
        """The sentence of ``t`` (cached: spaCy's ``Token.sent`` walks the whole document)."""
        return self._sents[self._sent_of[t.i]]

    # -- token helpers ------------------------------------------------------------------------
    def lemma(self, t: Token) -> str:
        """The lemma the rules use (separable particles and idiom words joined, fixes applied),
        memoised per token."""
        got = self._lemmas.get(t.i)
        if got is None:
            got = self._lemmas[t.i] = self._lemma(t)
        return got

    def _lemma(self, t: Token) -> str:
        lem = self.lex.form_lemmas.get(t.lower_) or (t.lemma_ or t.text).lower()
        lem = self.lex.lemma_fixes.get(lem, lem)  # "überworfen" read as "überworf"
        if not self.de and t.tag_.startswith("VB"):
            # phrasal verbs are written with their particle: "fall out", "speed up"
            for c in t.children:
                # (a particle the parser reads as an adverb: "shot back at X")
                if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == t.i + 1):
                    phrasal = f"{lem} {c.lower_}"
                    if phrasal in self.lex.verbs or phrasal in self.lex.change_verbs:
                        return phrasal
        if (
            not self.de
            and t.tag_.startswith("VB")
            and lem not in self.lex.verbs
            and lem + "e" in self.lex.verbs
        ):
            return lem + "e"  # "fined", "fines" lemmatised as "fin", "lambasted" as "lambast"
        if (
            self.de
            and "ss" in lem
            and lem not in self.lex.verbs
            and lem not in self.lex.verb_complements  # "lassen"
        ):
            lem = lem.replace("üss", "üß").replace("ass", "aß").replace("oss", "oß")
        if self.de and t.tag_.startswith("VV") and t.tag_ in ("VVFIN", "VVIMP"):
            # separable verbs: "lehnt ... ab" -> "ablehnen"
            for u in self.toks[t.i + 1 : self.sent(t).end]:
                if self._seg[u.i] != self._seg[t.i] and u.text in _SEG_BREAK:
                    break
                # "macht sich für X stark", "macht X für Y verantwortlich", "stellt X infrage"
                if lem in self.lex.verb_complements and u.lower_ in self.lex.verb_complements[lem]:
                    return self.lex.verb_complements[lem][u.lower_]
                if u.tag_ in DE_FINITE_TAGS:
                    break  # "stellte sich hinter X und warf Y … vor": the particle is warf's
                if u.tag_ == "PTKVZ":
                    return u.lower_ + lem
                if (
                    u.tag_ in ("APPR", "ADV")
                    and (u.i + 1 >= len(self.doc) or self.toks[u.i + 1].is_punct)
                    and u.lower_ + lem in self.lex.verbs
                ):
                    # „Wir lehnen die Reform ab“: the particle before a closing quote, tagged
                    # as a preposition
                    return u.lower_ + lem
        if (
            self.de
            and t.tag_ in ("VVPP", "VVINF", "VVIZU", "VVFIN")
            and lem in self.lex.verb_complements
        ):
            # verb-final or fronted: the completing word comes before ("hat ihr den Rücken
            # gestärkt", "In dasselbe Horn stieß X")
            for u in reversed(self.toks[self.sent(t).start : t.i]):
                if self._seg[u.i] != self._seg[t.i]:
                    break
                if u.lower_ in self.lex.verb_complements[lem]:
                    return self.lex.verb_complements[lem][u.lower_]
        return lem

    def _stative_passive(self, t: Token) -> bool:
        """English "X is opposed to Y", parsed as a passive: a participle with a passive
        auxiliary, no agent ("by"), and a prepositional object other than "by"."""
        kids = list(t.children)
        # feelings name their cause with "by": "was dismayed by the plan"
        feeling = t.lower_ in self.lex.feeling_participles
        return (
            (t.tag_ == "VBN" or (feeling and t.tag_ == "JJ"))  # (quoted: „deeply disappointed“)
            and any(c.dep_ == "auxpass" for c in kids)
            and any(
                (c.dep_ == "prep" and c.lower_ != "by")
                or (feeling and (c.dep_ == "agent" or c.lower_ == "by"))  # (quoted: a "prep")
                for c in kids
            )
            and (feeling or not any(c.dep_ == "agent" or c.lower_ == "by" for c in kids))
        )

    @staticmethod
    def governing_verb(t: Token) -> Token:
        """English: the first verb or auxiliary at or above ``t`` in the parse, else its root
        (a headline without a verb: "Votes in favour of the tax.")."""
        while t.pos_ not in ("VERB", "AUX") and t.head != t:  # tokens compare by value
            t = t.head
        return t

    def prep_before(self, m_start: int) -> Token | None:
        """The preposition governing the noun phrase that starts at ``m_start``, if any."""
        j = m_start - 1
        steps = 0
        if self.de and j > 0 and self.toks[j].tag_ == "ADJA":
            # "die von der Landrätin angestrebte Reform": the agent of a participle is not the
            # preposition of the noun phrase; look on before it
            k = j - 1
            while k >= 0 and j - k <= 5 and self.toks[k].tag_ in _AGENT_TAGS:
                k -= 1
            if 0 <= k < j - 1 and self.toks[k].lower_ in ("von", "vom", "durch"):
                j = k - 1
        seen_article = False
        while j >= 0 and steps < 5:
            t = self.toks[j]
            if t.text == "-" and not t.whitespace_ and j > 0:
                j -= 2  # "von CDU-Fraktionschef X": skip the hyphenated modifier
                steps += 1
                continue
            if self.de:
                if t.tag_ in ("APPR", "APPRART"):
                    return t
                if seen_article and t.tag_ == "CARD":
                    return None  # "bis 2028 ein Kraftwerk": the number ends another phrase
                seen_article = seen_article or t.tag_ == "ART"
                if (
                    t.tag_ in _ADJ_TAGS
                    or t.pos_ in ("DET", "ADJ")
                    or self.lex.role_of(t.text)
                    or t.lower_ in self.lex.title_modifiers  # "von der Ärztin Dr. X"
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
                    and self.lex.role_of(self.toks[j + 1].text)
                ):
                    j -= 1
                    steps += 1
                    continue
                # "von der Gastwirtin Resi Hufnagl": a word no list knows describing the person
                # named right after it
                if (
                    t.tag_ == "NN"
                    and j == m_start - 1
                    and j > 0
                    and self.toks[j - 1].tag_ in ("ART", "ADJA")
                    and (m := self.ents.at(m_start)) is not None
                    and m.entity.kind == "actor"
                    and m.entity.type == "person"
                ):
                    j -= 1
                    steps += 1
                    continue
                # "von der Fraktion der Freien Wähler": a body of the named organisation
                if (
                    t.tag_ == "NN"
                    and t.lower_ in self.lex.org_heads
                    and self.toks[j + 1].lower_ in ("der", "des")
                ):
                    j -= 1
                    steps += 1
                    continue
            else:
                if t.dep_ == "prep" or t.pos_ == "ADP":
                    return t
                if (
                    t.pos_ in ("DET", "ADJ", "NUM")
                    or t.dep_
                    in (
                        "poss",
                        "compound",
                        "amod",
                        "preconj",  # "from both the union and …"
                    )
                    or t.lower_ in self.lex.org_titles  # "from the consumer group FairTech"
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
                self.toks[j].tag_ in ("ADJA", "ADV", "ADJD")
                or self.lex.role_of(self.toks[j].text)
                or (  # "des Münchner Drohnenherstellers Aerion"
                    self.de
                    and self.toks[j].lower_.rstrip("s").endswith(self.lex.org_title_endings)
                )
                or (  # place adjectives the tagger reads as nouns: "Münchner", "Kölner"
                    self.de
                    and j < m_start - 1
                    and self.toks[j].text[:1].isupper()
                    and self.toks[j].text.endswith("er")
                    and self.ents.at(j) is None
                )
            )
        ):
            j -= 1
            if self.de and glued_hyphen(self.doc, j):
                j -= 2  # "des US-Finanzinvestors Crestline": the first half of a split compound
        if j >= 0 and (
            self.toks[j].tag_ in ("ART", "PDAT", "PPOSAT") or self.toks[j].pos_ == "DET"
        ):
            return self.toks[j].lower_
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
        if (
            m.end < len(self.doc)
            and self.toks[m.end - 1].text.endswith("s")
            and self.lex.role_of(self.toks[m.end].text)
        ):
            return False  # "Valdoriens Botschafter …": a genitive before the title it qualifies
        if self._modifier(m):
            return False
        if m.start > 0 and self.toks[m.start - 1].text == "(":
            return False  # "Elif Sarıkaya (SPD)"
        # genitive attribute: "Rentenreform der Bundesregierung" (but "die Fraktion der Freien
        # Wähler" speaks for the party: the body is the subject)
        if art == "der" and m.start >= 2:
            # the word before the article ("Der Chef der Imbisskette Burger Eck, …")
            k = m.start - 1
            while k > m.start - 5 and k > 0 and self.toks[k].lower_ != "der":
                k -= 1
            prev = self.toks[k - 1]
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
        t = self.toks[seg_start]
        return t.tag_ in ("PRELS", "KOUS", "PWAV", "PRELAT") or t.lower_ in self.lex.subordinators

    def seg_range(self, i: int) -> tuple[int, int]:
        s = self._seg[i]
        a = i
        while a > 0 and self._seg[a - 1] == s and not self.toks[a].is_sent_start:
            a -= 1
        b = i
        while b + 1 < len(self.doc) and self._seg[b + 1] == s:
            b += 1
        if self.toks[a].text in _SEG_BREAK:
            a += 1
        return a, b + 1

    def mention_at(self, i: int) -> Mention | None:
        """The actor or issue the token at ``i`` names or points to (None past either end)."""
        if not 0 <= i < len(self.doc):
            return None  # "Calloway is a supporter of." ends where a name was due
        m = self.ents.at(i)
        if m is not None:
            return m
        ent = self.resolve_token(i)
        if ent is not None:
            # "the 48-year-old", "die 48-Jährige": the age is part of the mention
            start = i - (2 if self.de else 4) if self._age_noun(i) else i
            return Mention(start, i + 1, ent, "anaphor")
        return None

    # -- main loop ------------------------------------------------------------------------------
    def run(self) -> list[Found]:
        self.owners()
        owned = list(self.found)
        for sent in self._sents:
            before = len(self.found)
            self.sentence(sent)
            self.proposal_owners(sent)
            self.members_named(sent, before)
            self.no_side(sent)
            self._undecided(before)
            self._conceded(sent, before)
            subj = self.sentence_subject(sent)
            new = [f.source for f in self.found[before:]]
            if new:
                self.subjects.append(new[0])
            elif subj is not None:
                self.subjects.append(subj)
            else:
                # "Die Apothekenreform von Ministerin X stößt auf Widerstand": the owner of the
                # issue the sentence is about is the person spoken of
                owner = next(
                    (
                        f.source
                        for f in owned
                        if sent.start <= f.start < sent.end and f.source.type == "person"
                    ),
                    None,
                )
                if owner is not None:
                    self.subjects.append(owner)
            if not self.de:
                # "…, a point Okafor was quick to make. She accused him …": a person who is the
                # subject of a later clause of the sentence is spoken of last
                last = self.subjects[-1] if self.subjects else None
                for t in sent:
                    if t.dep_ == "nsubj" and t.head.dep_ == "relcl" and t.i > sent.start:
                        m = self.ents.at(t.i)
                        if m is not None and m.entity.type == "person" and m.entity is not last:
                            self.subjects.append(m.entity)
        if not self.de:
            self._first_mention_adjectives()
        return self.found

    def _first_mention_adjectives(self) -> None:
        """English: an issue named by a plain noun phrase ("drinks levy") takes the adjective
        its first mention in the article gives it ("a soft drinks levy", "a short-term rental
        cap"): what kind of thing it is. An adjective that judges, dates or ranks it ("a
        controversial drinks levy", "a new drinks levy": ``non_naming_adjectives``, evaluative
        words) is no part of its name."""
        targets = {id(f.target): f.target for f in self.found if f.target.kind == "concept"}
        lows = [t.lower_ for t in self.toks]
        for e in targets.values():
            words = e.name.split()
            if not words or any(w[:1].isupper() for w in words):
                continue  # a title ("Clean Grid Act") is named as written
            if words[0].lower() in self.lex.definite_determiners:
                continue
            n = len(words)
            low = [w.lower() for w in words]
            first = next((i for i in range(len(lows) - n + 1) if lows[i : i + n] == low), None)
            if not first:
                continue
            start, end = first, first + n
            while start > 0:
                adj = self.toks[start - 1]
                a = start - 1
                while (
                    a >= 2 and glued_hyphen(self.doc, a - 1) and self.toks[a - 2].text[:1].isalnum()
                ):
                    a -= 2  # "a short-term rental cap": the whole modifier written with hyphens
                modifier = self.doc[a:start].text
                if (
                    (adj.tag_ != "JJ" and a == start - 1)
                    or adj.dep_ not in ("amod", "nmod", "compound")
                    or adj.head.i not in range(start, end)
                    or modifier.lower() in self.lex.non_naming_adjectives
                    or any(c.isdigit() for c in modifier)  # "a 72-hour strike": how long
                    or _evaluate(self.toks[a:start], self.lex)
                ):
                    break
                start = a
            if start < first:
                e.aliases.add(e.name)
                e.name = f"{self.doc[start:first].text} {e.name}"

    def _undecided(self, since: int) -> None:
        """One sentence that takes a side and withholds it for the same pair ("zeigte sich
        skeptisch, lehnte die Pläne aber nicht rundweg ab") states no side: all neutral."""
        new = self.found[since:]
        hedged = {(f.source, f.target) for f in new if f.polarity == "neutral"}
        for f in new:
            if (f.source, f.target) in hedged:
                f.polarity = "neutral"

    def _conceded(self, sent: Span, since: int) -> None:
        """A side given in a conceded clause yields to the opposite side the same sentence
        gives the same pair: "While TechNorth welcomed parts of the bill, it warned … and urged
        lawmakers to vote it down", "Zwar lobte X die Reform, doch lehnte er sie am Ende ab"."""
        new = self.found[since:]
        if len({f.polarity for f in new}) < 2:
            return
        spans: list[tuple[int, int]] = []
        if self.de:
            words = [t.lower_ for t in sent]
            if any(w in self.lex.concession_words for w in words):
                cut = next(
                    (t.i for t in sent if t.lower_ in self.lex.contrast_words and t.i > sent.start),
                    None,
                )
                if cut is not None:
                    spans.append((sent.start, cut))
            for t in sent:
                if t.lower_ in self.lex.concessive_marks:
                    spans.append(self.seg_range(t.i))
        else:
            for t in sent:
                if t.dep_ == "mark" and t.lower_ in self.lex.concessive_marks:
                    sub = list(t.head.subtree)
                    spans.append((sub[0].i, sub[-1].i + 1))
        if not spans:
            return
        drop = []
        for f in new:
            if f.polarity not in ("support", "oppose"):
                continue
            inside = any(a <= f.start and f.end <= b for a, b in spans)
            if inside and any(
                g.source is f.source
                and g.target is f.target
                and g.polarity not in (f.polarity, "neutral")
                and not any(a <= g.start and g.end <= b for a, b in spans)
                for g in new
            ):
                drop.append(f)
        for f in drop:
            self.found.remove(f)

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
        self._generic = self._generic_clauses(sent)
        handled_quote = self.quotes(sent)
        self._no_side_words = []
        for t in sent:
            lem = self.lemma(t)
            if lem in self.lex.no_side_verbs or t.lower_ in self._no_side_lower:
                self._no_side_words.append(t)  # read after the sentence (``no_side``)
            is_verb = t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VV")
            if (
                is_verb
                and (lem in self.lex.action_nouns or lem in self.lex.introduce_verbs)
                and self.intent_cue(t, lem)
            ):
                continue
            if is_verb and lem in self.lex.change_verbs and self.change_cue(t, lem):
                continue
            if is_verb and lem in self.lex.echo_verbs and self.echo_cue(t, lem):
                continue
            if is_verb and lem in ("sprechen", "speak"):
                self.spoke_of(t)
            if not self.de and t.lower_ in self.lex.favour_words:
                self.in_favour_of(t)  # "voted in favour of the bill"
            if not self.de and is_verb and lem in self.lex.action_start_verbs:
                self.called_action(t)  # "called a 72-hour strike"
            if is_verb and self.de and lem in self.lex.verb_degrees:
                self.degree_cue(t, lem)
            if lem in self.lex.copulas and (t.pos_ in ("AUX", "VERB") or t.tag_.startswith("VA")):
                self.copula_cue(t)
            elif (
                self.de
                and lem in self.lex.reflexive_copulas
                and t.i + 1 < len(self.doc)
                and self.toks[t.i + 1].lower_ == "sich"
            ):
                self.de_attitude(t, explicit=True)  # "zeigte sich von X enttäuscht"
            if (
                not self.de
                and t.lower_ in self.lex.stance_adjectives
                and (t.dep_ == "acomp" or self._stative_passive(t))
                and not (self._quote[t.i] and handled_quote)
            ):
                self.en_stance_adjective(t)  # "is opposed to the bill": a state, not a passive
                continue
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

    def _generic_clauses(self, sent: Span) -> list[tuple[int, int, str | None, int, int, int]]:
        """Clauses about whoever does something: "Wer die Reform blockiert, nimmt das
        Kliniksterben in Kauf", "Anyone who opposes this bill is putting children at risk".
        The clause's verb is nobody's stance. The speaker judges whoever takes it: blaming
        them backs the opposite side (see ``emit``)."""
        out: list[tuple[int, int, str | None, int, int, int]] = []
        for w in sent:
            if w.lower_ not in self.lex.generic_subjects:
                continue
            if self.de:
                # "Wer …, …": the clause runs to its comma, its verb comes last
                a = w.i
                b = next((u.i for u in self.toks[a + 1 : sent.end] if u.text == ","), None)
                if b is None:
                    continue
                verbs = [u for u in self.toks[a + 1 : b] if u.tag_.startswith("VV")]
                rest = [u for u in self.toks[b + 1 : sent.end] if not self._quote_mark(u)]
                ma = b + 1  # "…, stärke nur Vesić": the main clause, to its next comma
                mb = next(
                    (u.i for u in self.toks[ma : sent.end] if u.text in QUOTE_OPEN or u.is_punct),
                    sent.end,
                )
            else:
                # "anyone who opposes …", "whoever blocks …": the noun phrase and its clause
                if not self.has_parse:
                    continue
                if w.lower_ == "whoever":
                    verb = w.head
                    a, b = min(u.i for u in verb.subtree), max(u.i for u in verb.subtree) + 1
                    verbs = [verb]
                    main = verb.head if verb.dep_ in ("csubj", "nsubj") else None
                else:
                    verbs = [c for c in w.children if c.dep_ == "relcl"]
                    a, b = min(u.i for u in w.subtree), max(u.i for u in w.subtree) + 1
                    main = w.head if w.dep_ in ("nsubj", "nsubjpass") else None
                if main is None or not verbs:
                    continue
                rest = [u for u in main.subtree if not a <= u.i < b and not self._quote_mark(u)]
                ma = min(u.i for u in main.subtree)
                mb = max(u.i for u in main.subtree) + 1
            # the clause's preposition may turn the verb round: "wer gegen die Reform stimmt"
            preps = {u.lower_ for u in self.toks[a + 1 : b]}
            pols = {
                next((p for prep, p in frame.alt if prep in preps), frame.polarity)
                for v in verbs
                if (frame := self.lex.verbs.get(self.lemma(v))) is not None and frame.polarity
            }
            pol = pols.pop() if len(pols) == 1 else None
            out.append((a, b, pol, _evaluate(rest, self.lex), ma, mb))
        return out

    def _court(self, e: Entity) -> bool:
        """A court: its rulings decide a case, they take no side in the debate about it
        ("Das Verwaltungsgericht hat die Sonntagsöffnung gestoppt", "the Court of Appeals
        upheld the conviction"; ``court_words``). Who welcomes or attacks the ruling does."""
        if e.type != "organization":
            return False
        words = e.name.lower().replace("-", " ").split()
        return any(w.endswith(self.lex.court_endings) for w in words)

    def _quote_mark(self, u: Token) -> bool:
        return u.text in QUOTE_OPEN or u.is_punct

    # -- helpers the cue families share -----------------------------------------------------------
    def _children(self, t: Token) -> Iterable[Token]:
        """A token's dependents, or none where this language's documents carry no dependency
        parse (the German fast path skips the parser, and spaCy's edge fields can then be
        garbage: walking them once crashed the process)."""
        return t.children if self.has_parse else ()

    def _nounish(self, t: Token) -> bool:
        """A noun (German nouns are capitalised mid-sentence whatever the tagger says; an English
        word the parse puts in a noun's place is one)."""
        if t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("NN", "NE"):
            return True
        if not self.de:
            # "poured scorn on the plan": the tagger's adverb in a noun's place in the parse
            return t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and t.pos_ in ("ADV", "ADJ")
        return t.text[:1].isupper() and not t.is_sent_start and t.pos_ != "VERB"

    def negated(self, cue: Token, seg: tuple[int, int]) -> bool:
        """Negated or hedged: the text says the actor takes no side (-> neutral).

        Also a cue in an open question: "ließ offen, ob sie den Entwurf unterstützen wird",
        "declined to say whether he backed the deal".
        """
        if not self.de and any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in cue.children
        ):
            return True
        if self.de and self.toks[self.seg_range(cue.i)[0]].lower_ == "ob":
            return True
        if not self.de:
            if any(c.dep_ == "neg" for c in cue.children):
                return True
            # "would neither defend nor criticise the ban": both verbs are denied
            heads = [cue, cue.head] if cue.dep_ == "conj" else [cue]
            if any(c.lower_ in ("neither", "nor") for h in heads for c in h.children):
                return True
            # "Neither the union nor the party supports it": the subjects are denied
            if any(
                g.lower_ == "neither"
                for c in cue.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for g in c.children
            ):
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
                u.lower_ == "only" and u.i + 1 < len(self.doc) and self.toks[u.i + 1].lower_ == "if"
                for u in after
            ):
                return True
            # "declined to say whether he backed the deal" (not "Hale, who cut ties with him,
            # declined to comment": a relative clause has its own stance)
            t = cue
            for _ in range(3):
                if t.dep_ not in ("xcomp", "ccomp") or t.head == t:
                    return False
                t = t.head
                if t.lemma_.lower() in self.lex.hedges:
                    return True
            return False
        a, b = seg
        for u in self.toks[a : cue.i]:
            if u.text in (":", ";"):  # "…, der das nicht weit genug geht: Sie fordert …"
                a = u.i + 1
        for t in self.toks[a:b]:
            if t.lower_ in self.lex.negation and (
                t.tag_ in ("PTKNEG", "PIAT", "PIS", "ADV", "") or t.lower_ == "weder"
            ):
                if self._not_the_cues(t, cue):
                    continue
                return True  # "nicht", "keine", "weder gutheißen noch verurteilen"
            if t.lower_ in self.lex.hedges:
                return True
        # "wollen der Vorlage nur zustimmen, wenn …": a condition, not a side
        sent = self.sent(cue)
        if any(u.lower_ == "nur" for u in self.toks[a:b]) and any(
            u.lower_ in ("wenn", "falls", "sofern") for u in self.toks[cue.i : sent.end]
        ):
            return True
        return False

    def _not_the_cues(self, neg: Token, cue: Token) -> bool:
        """German: the negation ``neg`` belongs to something else than the cue verb: a quoted
        verdict („nicht belastbar“), an idiom ("ließ kein gutes Haar an X"), the verdict after
        "als" ("wies X als nicht belastbar zurück"), or a clause joined after the cue ("hält an
        dem Angebot fest und sieht keinen Anlass, …")."""
        if self._quote[neg.i] and not self._quote[cue.i]:
            return True
        if any(
            u.lower_ in self.lex.idiom_negated_nouns for u in self.toks[neg.i + 1 : neg.i + 4]
        ):
            return True  # "ließ kein gutes Haar an X": the idiom's own negation
        if neg.i > cue.i:
            between = self.doc[cue.i + 1 : neg.i]
            if any(u.lower_ == "als" for u in between[-3:]):
                return True
            kon = [u.i for u in between if u.tag_ == "KON"]
            if kon and any(u.tag_ in DE_FINITE_TAGS for u in self.toks[kon[0] + 1 : neg.i]):
                return True
        return False

    def negated_side(self, cue: Token, seg: tuple[int, int], pol: str) -> str:
        """The side a negated cue takes: none ("neutral"), except that refusing to accept
        something opposes it ("will das nicht hinnehmen", "will not accept the cuts";
        ``acceptance_verbs``) when a plain negation, not a hedge, does the negating."""
        if self.lemma(cue) not in self.lex.acceptance_verbs or pol != "support":
            return "neutral"
        if self.de:
            words = self.toks[seg[0] : seg[1]]
            plain = any(t.lower_ in self.lex.negation for t in words)
        else:
            plain = any(c.dep_ == "neg" or c.lower_ == "never" for c in cue.children)
        return "oppose" if plain else "neutral"

    def past(self, cue: Token, seg: tuple[int, int]) -> str | None:
        a, b = seg
        lo = min(a, cue.i - 6) if not self.de else a
        for t in self.toks[max(self.sent(cue).start, lo) : b]:
            if t.lower_ in self.lex.past_markers:
                return "past"
        if (
            not self.de and any(c.lower_ == "used" for c in cue.head.children)
        ) or cue.head.lower_ == "used":
            return "past"
        if self.de and cue.tag_ == "VVPP":
            # "Dabei hatte der Verband sie noch gelobt": a pluperfect with "noch" places the
            # relation before the reported events (``pluperfect_markers``)
            words = {t.lower_ for t in self.toks[max(self.sent(cue).start, a) : b]}
            if words & self.lex.pluperfect_auxiliaries and words & self.lex.pluperfect_markers:
                return "past"
        return None

    def emit_both(
        self,
        x: Entity | None,
        y: Entity | None,
        pol: str,
        a: int,
        b: int,
        cue: str,
        conf: float,
        period: str | None = None,
    ) -> None:
        """Emit a relation both ways: a quarrel, an alliance, a pair of rivals."""
        self.emit(x, y, pol, a, b, cue, conf, period)
        self.emit(y, x, pol, a, b, cue, conf, period)

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
        if src.kind != "actor" or self._court(src):
            return
        for k, (org, person) in self._org_speakers.items():
            if org is src and a <= k < b and person is not tgt:
                # "Lüders sagte, seine Fraktion werde dagegen stimmen": he takes that side too
                self.emit(person, tgt, pol, a, b, cue, conf, period)
        for ga, gb, verb_pol, verdict, ma, mb in self._generic:
            if not (a < max(gb, mb) and b > ga):
                continue
            if any(
                (m := self.mention_at(k)) is not None and m.entity is tgt
                for k in range(ma, mb)
                if not ga <= k < gb
            ):
                return  # "wer Härte verweigere, stärke nur Vesić": whoever that is, not the speaker
            if any(
                (m := self.mention_at(k)) is not None and m.entity is tgt for k in range(ga, gb)
            ):
                # "Wer die Reform blockiert, gefährdet Arbeitsplätze": the target is what
                # whoever the clause means does, and blaming them backs the opposite. With no
                # blame read, no side: praise of them is rare, and reading it is unreliable
                # ("nehme in Kauf, dass … ohne ausreichende Erfahrung …" reads as positive)
                if verdict >= 0 or verb_pol is None:
                    return
                pol = opposite(verb_pol)
                break
        if pol == "support" and any(a is src and o is tgt for a, o, *_ in self.ents.affiliations):
            return  # a chief speaking well of her own company takes no side
        a = max(a, 0)
        b = min(b, len(self.doc))
        if b <= a:  # a rule computed an inverted span: fall back to the whole sentence
            sent = self._sents[self._sent_of[min(a, len(self.doc) - 1)]]
            a, b = sent.start, sent.end
        if self._quote[a] and b > a:
            # evidence that starts inside a quotation starts at its opening mark
            # ("\"This plan is a disaster,\" X said", not "plan is a disaster,\" X said")
            k = a
            sent_start = self._sents[self._sent_of[a]].start
            while k > sent_start and self._quote[k - 1]:
                k -= 1
            if k > sent_start and self.toks[k - 1].text in QUOTE_OPEN and a - k <= 12:
                a = k - 1
        while (
            a < b - 1
            and a > 0
            and self.toks[a].text in ("'", "’")
            and not self.toks[a - 1].whitespace_
            and self.toks[a].whitespace_
        ):
            a += 1  # "' union Unify condemned …": not the possessive mark of a word left out
        # close a quotation the evidence opened: das „Klimaschutzgesetz“
        quotes = sum(1 for u in self.toks[a:b] if u.text in QUOTE_OPEN)
        if quotes % 2 and b < len(self.doc) and self.toks[b].text in QUOTE_OPEN:
            b += 1
        self.found.append(Found(src, tgt, pol, a, b, cue, conf, period))

    # objects that name an issue no pattern knew: "lehnt den Windpark ab", "opposed the closure"
    def _new_issue(self, start: int, end: int, name: str, head: str) -> Mention | None:
        if self.de and name == self.doc[start:end].text:
            # "Open-Source-Software": a compound the tokenizer split at its hyphens
            e = end
            while (
                e + 1 < len(self.doc)
                and glued_hyphen(self.doc, e)
                and self.toks[e + 1].text[:1].isalnum()
            ):
                e += 2
            if e > end:
                end, name, head = e, self.doc[start:e].text, self.toks[e - 1].text
            b = start  # "die 35-Stunden-Woche": and at its front
            while b >= 2 and glued_hyphen(self.doc, b - 1) and self.toks[b - 2].text[:1].isalnum():
                b -= 2
            if b < start:
                start, name = b, self.doc[b:end].text
            limit = self._sents[self._sent_of[start]].end
            k = repeated_phrase_end(self.toks, self.text, start, end, self.lex.name_preps, limit)
            if k > end and all(self.ents.at(x) is None for x in range(end, k)):
                end, name = k, self.doc[start:k].text  # "Gebührenfreiheit für Kitas", twice
        hyphenated = "-" in name.strip("-") and len(name) > len(head) + 1
        if (
            # "the four-day week", "die 35-Stunden-Woche": a word too general to name an issue
            # alone names one with a modifier joined by a hyphen
            (head.lower() in self.lex.issue_stoplist and not hyphenated)
            or head.lower() in self.lex.title_modifiers  # "Prof.", "Dr."
            or len(head) < (4 if self.de else 3)
        ):
            return None
        if head.lower() in self.lex.relations:
            return None  # "kritisierte den Verbündeten": a person unnamed, not an issue
        if start > 0 and self.toks[start - 1].lower_ in self.lex.distributive_determiners:
            return None  # "to maintain every route": each of many things, no issue
        if head.lower() in self.lex.consequence_nouns:
            return None  # "warnte vor Mehrkosten": a feared effect of the issue, not an issue
        if start > 0 and self.toks[start - 1].lower_.startswith(self.lex.consequence_modifiers):
            return None  # "warnte vor steigenden Mieten", "warned of soaring rents": the same
        if any(self.ents.at(i) is not None for i in range(start, end)):
            return None
        # "welcomed the freeze" after "the Rate Freeze Act": an issue already named
        low = head.lower()
        kind = self.lex.issue_kind(low)
        for m in reversed(self.ents.mentions):
            if m.entity.kind == "concept" and m.start < start and m.how == "name":
                words = m.entity.name.lower().replace("-", " ").split()
                if (
                    low in words
                    or (self.de and any(w.endswith(low) for w in words))
                    # "the walkout" after "the strike", "the expansion" after "a plan to expand"
                    or (kind is not None and m.entity.family == kind)
                ):
                    return Mention(start, end, m.entity, "anaphor")
        if start > 0 and is_comparative(self.toks[start - 1], self.lex):
            # "schnellere Asylverfahren", "higher landing fees": the comparative is the demand
            start -= 1
            name = f"{self.toks[start].text} {name}"
        elif end - start == 1 and start > 0:
            det = self.toks[start - 1].lower_
            if det in self.lex.issue_determiners:
                name = f"{det} {name}"  # "the ruling", as written (a bare noun names nothing)
        self.resolver._add_concept(self.ents, self.doc, start, end, name, head=head.lower())
        return self.ents.at(start)

    def without(self, m: Mention) -> bool:
        """``m`` follows "ohne" / "without" (articles between): a verdict on a world without it
        is the opposite verdict on it ("without the levy the schools would close")."""
        j = m.start - 1
        while j >= 0 and (self.toks[j].tag_ in ("ART", "PPOSAT", "DT", "PRP$")):
            j -= 1
        return j >= 0 and self.toks[j].lower_ in self.lex.counterfactual_preps

    def _possessor_before(self, i: int) -> Mention | None:
        m = self.ents.at(i - 1)
        if m is not None and (m.genitive or self.toks[i - 1].text.endswith(("s", "'s", "’s"))):
            return m
        return None

    def _quote_end(self, i: int, limit: int) -> int:
        j = i
        seen = False
        while j < limit:
            if self.toks[j].text in QUOTE_OPEN:
                if seen:
                    return j + 1
                seen = True
            j += 1
        return i
