"""Who or what is meant: pronouns, role nouns, generic organisation and issue nouns,
owners of issues and of earlier statements."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from allegiance.extract.mentions import Entity, Mention, glued_hyphen
from allegiance.extract.rules.base import _same_family


class Reference:
    """Who or what a word refers to: pronoun, role-noun and gender resolution, organisation
    anaphors and leadership compounds, the last person / subject / organisation named, owners
    of issues, critics and owners of earlier statements, the issue under discussion."""

    def resolve_token(self, i: int) -> Entity | None:
        """Resolve a pronoun, role noun or generic issue noun at token ``i``."""
        t = self.toks[i]
        low = t.lower_
        if self.de and (low in self.lex.subject_pronouns or low in self.lex.reporter_pronouns):
            speaker = self.reporter(i)  # "Sie lehne die Reform ab, sagte Petra Lindner"
            if speaker is not None:
                return speaker
        if low in self.lex.own_org_nouns:
            org = self._own_org(t)  # "seine Fraktion", "his party": the speaker's party
            if org is not None:
                return org
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
            and self.resolver.anaphor_word(t) in self.lex.concept_anaphors
            and (t.tag_ in ("NN",) or t.pos_ == "NOUN")
        ):
            return self.resolver.concept_anaphor(self.doc, self.ents, i)
        same = self._same_head_issue(t) or self._verbal_antecedent(t)
        if same is not None:
            return same
        if (
            self.de
            and low in self.lex.issue_pronouns
            and i > 0
            and self.toks[i - 1].tag_.startswith("VV")
            and self.lemma(self.toks[i - 1]) in self.lex.verbs
        ):
            return self.topic_concept(i)  # "der Verband lehnt es ab"
        aged = self._age_noun(i)
        if aged and not self.de and t.dep_ in ("nsubj", "nsubjpass"):
            return self.last_person()  # "The 48-year-old criticised the tax"
        if aged and self.de:
            # "Die 48-Jährige gilt als Gegnerin der Reform": the person last spoken of, of the
            # gender the article marks
            art = self.toks[i - 3].lower_ if i >= 3 else ""
            genders = {"die": "f", "eine": "f", "der": "m", "ein": "m", "dem": "m", "den": "m"}
            gender = genders.get(art)
            return self.last_person(gender=gender) or self.recent_person(i, gender)
        g = self.pronoun_gender(t)
        # "sie" as a subject: first in its sentence or clause ("Sie lehnt …", "…, weil sie …")
        before = self.toks[i - 1] if i > 0 else None
        first = before is None or t.is_sent_start or (
            before.text == "," or before.lower_ in self.lex.subordinators
        )
        if self.de and (low == "er" or (low == "sie" and first)):
            org = self._pronoun_org(i, "m" if low == "er" else "f")
            if org is not None:
                return org  # "Der Mieterbund meldete sich zu Wort. Er lehnt die Reform ab."
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
                return self.reporting_person(t, g) or self.last_person(gender=g) or (
                    self.recent_person(i, g)
                )
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

    def _own_org(self, t: Token) -> Entity | None:
        """ "Lüders (Volkspartei Nord) sagte, seine Fraktion werde dagegen stimmen", "his party
        would back the plan": the organisation the person the possessive points back to (the
        person last spoken of, of its gender) is affiliated with, if exactly one."""
        if t.i == 0:
            return None
        pos = self.toks[t.i - 1]
        g = self.lex.possessive_genders.get(pos.lower_)
        if g is None:
            return None
        person = self.in_sentence_person(t.i, subject=True) or self.last_person(gender=g)
        if person is None or not self._fits(person, g):
            return None
        orgs = {id(org): org for a, org, *_ in self.ents.affiliations if a is person}
        if len(orgs) != 1:
            return None
        org = next(iter(orgs.values()))
        self._org_speakers[t.i - 1] = (org, person)
        return org

    def _same_head_issue(self, t: Token) -> Entity | None:
        """ "The tax was opposed by …" after "a congestion tax": a definite noun that is the
        head of an issue named before refers to it."""
        if t.i == 0:
            return None
        if not (t.pos_ == "NOUN" or t.tag_ == "NN"):
            # "für das Bad" (tagged as the "Bad" of a spa town's name, which no name follows)
            if not (self.de and t.tag_ == "NE"):
                return None
            if t.i + 1 < len(self.doc) and self.toks[t.i + 1].text[:1].isupper():
                return None
        low = t.lower_
        k = t.i - 1  # "the store closures" after "the store closures": the name said again
        while k > 0 and t.i - k <= 3 and self.toks[k].lower_ not in self.lex.definite_determiners:
            k -= 1
        said = [u.lower_ for u in self.toks[k + 1 : t.i + 1]]
        if self.toks[k].lower_ not in self.lex.definite_determiners or any(
            u.is_punct for u in self.toks[k + 1 : t.i]
        ):
            return None
        if len(said) > 1:
            for m in reversed(self.ents.mentions):
                if m.entity.kind == "concept" and m.end <= t.i and m.how == "name":
                    words = m.entity.name.lower().split()
                    if words[-len(said) :] == said:
                        return m.entity
                    if (
                        len(words) == 2
                        and words[0] in self.lex.issue_determiners
                        and words[1] == low
                        and all(u.dep_ == "compound" for u in self.toks[k + 1 : t.i])
                    ):
                        # "the store closures" after "the closures": the issue named as
                        # written only for want of a better name now has one
                        m.entity.aliases.add(m.entity.name)
                        m.entity.name = self.doc[k + 1 : t.i + 1].text
                        return m.entity
            return None
        kind = self.lex.issue_kind(low)
        for m in reversed(self.ents.mentions):
            if m.entity.kind == "concept" and m.end <= t.i:
                if kind is not None and m.entity.family == kind:
                    return m.entity  # "der Ausstand" after "einen Warnstreik"
                if m.how != "name":
                    continue
                words = m.entity.name.lower().replace("-", " ").split()
                if len(words) > 1 and words[-1] == low:
                    return m.entity
                # "die Quote" after "die Mehrwegquote": the head of a German compound
                if self.de and len(low) >= 3 and words[-1].endswith(low) and words[-1] != low:
                    return m.entity
                # "die Verlängerung" after "die Verlängerung der Linie 4": the analytic name's head
                if self.de and len(words) > 2 and words[0] == low and words[1] in ("der", "des"):
                    return m.entity
        return None

    def _verbal_antecedent(self, t: Token) -> Entity | None:
        """German: "die Verlängerung" after "will die Mietpreisbremse verlängern": a definite
        nominalisation whose verb took an issue earlier in the article is about it."""
        low = t.lower_
        if not self.de or t.tag_ != "NN" or not low.endswith("ung") or t.i == 0:
            return None
        if self.toks[t.i - 1].lower_ not in self.lex.definite_determiners:
            return None
        if t.i + 1 < len(self.doc) and self.toks[t.i + 1].lower_ in ("der", "des"):
            return None  # "die Verlängerung der Laufzeiten" names its own issue
        if t.i + 1 < len(self.doc) and self.toks[t.i + 1].lower_ in self.lex.demand_preps:
            return None  # "die Forderung nach mehr Personal": the same
        verbs = {low[:-3] + "en", low[:-3] + "n"}
        for k in range(t.i - 1, -1, -1):  # the nearest such verb before, however far
            if self.lemma(self.toks[k]) not in verbs:
                continue
            a, b = self.seg_range(k)
            issues = [m for m in self.ents.in_range(a, b) if m.entity.kind == "concept"]
            return issues[-1].entity if issues else None
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
                        if org_word in self.lex.company_nouns:
                            # "die Konzernspitze" after "Kessler & Hagemann": the last company
                            return next((e for e in orgs if self._may_be_company(e)), None)
                        return None
        return None

    def _of_kind(self, e: Entity, kinds: tuple[str, ...]) -> bool:
        """Whether organisation ``e`` is of one of these ``kinds`` by its head word: the last
        word, or the one before "of" ("Kelbridge City Council", "City of Brookfield",
        "Pennsylvania Department of Health"), not a word inside ("Old Town Residents Forum" is
        a forum). German names are compounds, matched anywhere ("Stadtverwaltung")."""
        name = e.name.lower()
        if self.de:
            return any(k in name for k in kinds)
        words = name.replace("-", " ").split()
        head = words[: words.index("of")] if "of" in words else words
        return bool(head) and head[-1] in kinds

    def org_anaphor(self, t: Token) -> Entity | None:
        """ "the council", "des Verbands", "die Regierung" -> the organisation named so."""
        if not (t.pos_ == "NOUN" or t.tag_ == "NN"):
            return None
        low = t.lemma_.lower() if self.de else t.lower_
        if len(low) < 4:
            return None
        if not self.de and t.i + 2 < len(self.doc):
            # "the operator of Carrick Airport": the organisation named after "of"; "the board
            # of the Transit Authority" is the authority (a company's board is an actor of its
            # own: ``board_nouns``)
            k = t.i + 1
            if self.toks[k].lower_ == "of":
                k += 1 + (self.toks[k + 1].lower_ == "the")
                owner = self.ents.at(k) if k < len(self.doc) else None
                if (
                    owner is not None
                    and owner.start == k
                    and owner.entity.kind == "actor"
                    and owner.entity.type == "organization"
                    and low in self.lex.org_anaphors
                    and not (
                        low in self.lex.board_nouns and self._may_be_company(owner.entity)
                    )
                ):
                    return owner.entity
        named_before = {id(m.entity) for m in self.ents.mentions if m.start < t.i}
        for e in reversed(self.ents.entities):
            if e.kind != "actor" or e.type != "organization":
                continue
            if id(e) not in named_before:
                continue  # "Die Bank plant die Fusion mit der Volksbank X": not named yet
            words = e.name.split()
            last = words[-1].lower()
            if len(words) > 1 and words[0].lower() == low:
                last = low
            # "the farmers" for "Tarrow Valley Farmers' Alliance", "the fishermen" for "Haverly
            # Fishermen's Cooperative"
            plural = (
                not self.de
                and (low.endswith("s") or low.endswith("men"))
                and low
                in (
                    w.lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
                    for w in words[:-1]
                )
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
                or (
                    not self.de
                    and last.rstrip("s") == low.rstrip("s")
                    # "the clubs" are several, not "Eastport Hockey Club"
                    and not (low.endswith("s") and not last.endswith("s"))
                )
            ):
                if self.article_before(t.i) or (
                    t.i > 0 and self.toks[t.i - 1].lower_ in ("the", "this")
                ):
                    return e
        if not self.de and low in self.lex.org_anaphors:
            # "the taxpayers' group" after "the Norwegian Taxpayers' Forum": the group whose
            # name holds the word that describes it
            mods = [
                c for c in t.children if c.dep_ in ("poss", "compound") and c.pos_ == "NOUN"
            ]
            first = min((c.left_edge.i for c in mods), default=t.i)
            if mods and first > 0 and self.toks[first].lower_ in ("the", "this"):
                words = {c.lower_ for c in mods}
                for m in reversed(self.ents.mentions):
                    if m.start < t.i and m.entity.type == "organization" and words & {
                        w.lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
                        for w in m.entity.name.split()[:-1]
                    }:
                        return m.entity
        # "the company", "das Unternehmen": the organisation last mentioned (a definite article;
        # "mehreren Vereinen", "several firms" are others). A word that may also mean an issue
        # ("die Initiative") names only an organisation called so (found above)
        if low in self.lex.org_anaphors and low not in self.lex.concept_anaphors and (
            self.article_before(t.i) in self.lex.definite_determiners
            or (t.i > 0 and self.toks[t.i - 1].lower_ in ("the", "this"))
        ):
            kinds = self.lex.org_kinds.get(low, ())
            own = self._clause_subject(t)
            earlier = [
                m
                for m in reversed(self.ents.mentions)
                if m.start < t.i and m.entity.type == "organization" and m.entity is not own
            ]
            for m in earlier:
                if kinds and self._of_kind(m.entity, kinds):
                    return m.entity
                if m.start > 0 and self.toks[m.start - 1].lower_ == low:
                    return m.entity  # "the union" after "the shopworkers' union Unify"
            if kinds and not self.de and low in self.lex.institution_nouns:
                # "the union" after talk of two companies: an institution of its own
                return self._unnamed_org(t)
            if kinds and low in self.lex.place_anaphors:
                return None  # "sued the city": a place is no union or company named before
            if low in self.lex.company_nouns or low in self.lex.campaign_nouns:
                # "the company" after "Severnvale Water" and a campaign group: the company;
                # "the campaign" is the group, not the company named since
                company = low in self.lex.company_nouns
                for m in earlier:
                    last = m.entity.name.split()[-1].lower().rstrip(".")
                    named = (
                        last in self.lex.company_heads
                        or self._is_company(m.entity)
                        # "cloud provider Stratos Compute": introduced by a kind of company
                        or (
                            m.start > 0
                            and self.toks[m.start - 1].lower_ in self.lex.company_titles
                        )
                    )
                    if named and company:
                        return m.entity
                    if named and not company:
                        continue
                    if not company and not self._other_kind(m.entity, {low, *kinds}):
                        return m.entity
            for m in earlier:
                if low in self.lex.company_nouns and not self._may_be_company(m.entity):
                    continue
                if low in self.lex.non_company_words and self._is_company(m.entity):
                    continue  # "der Verband" is not "Northgate Capital"
                if self._other_kind(m.entity, {low, *kinds}):
                    continue
                return m.entity
        if not self.de and low in self.lex.institution_nouns:
            return self._unnamed_org(t)
        return None

    def _clause_subject(self, t: Token) -> Entity | None:
        """English: the actor that is the subject of the verb governing ``t`` ("The Shippers'
        Council sided with the operator": "the operator" is not the council)."""
        if self.de or not self.has_parse:
            return None
        v = t.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        for c in v.children:
            if c.dep_ == "nsubj" and c.i < t.i:
                m = self.ents.at(c.i)
                return m.entity if m is not None else None
        return None

    def _age_noun(self, i: int) -> bool:
        """A person named by age: German "48-Jährige" (tokenised 48 - Jährige), English
        "the 48-year-old" (48 - year - old). The word itself is tested first (a hot path)."""
        low = self.toks[i].lower_
        if not self.de:
            return (
                low == "old"
                and i >= 4
                and [u.lower_ for u in self.toks[i - 3 : i]] == ["-", "year", "-"]
                and self.toks[i - 4].like_num
            )
        return (
            low.startswith("jährig")
            and i >= 2
            and self.toks[i - 1].text == "-"
            and self.toks[i - 2].like_num
        )

    def _pronoun_org(self, i: int, gender: str) -> Entity | None:
        """German "er"/"sie" at ``i``: the organisation of that grammatical gender named last in
        this or the previous sentence, if no person who fits the pronoun was named there."""
        k = self._sent_of[i]
        start = self._sents[max(0, k - 1)].start
        endings = tuple(self.lex.org_genders.get(gender, ()))
        window = [m for m in self.ents.mentions if start <= m.start and m.end <= i]
        if not endings or any(
            m.entity.type == "person" and self._fits(m.entity, gender) for m in window
        ):
            return None  # a person who fits is the likelier antecedent
        orgs = [
            m
            for m in window
            if m.entity.type == "organization"
            and m.entity.name.split()[0].lower().split("-")[-1].endswith(endings)
        ]
        last = max(orgs, key=lambda m: m.start, default=None)
        return last.entity if last is not None else None

    def _is_company(self, e: Entity) -> bool:
        """Whether organisation ``e`` is named as a company ("Northgate Capital", "Kessler
        Antriebe AG"; not an "e.V.")."""
        last = e.name.split()[-1] if e.name else ""
        return last in self.lex.org_endings and last != "e.V."

    def _may_be_company(self, e: Entity) -> bool:
        """Whether "das Unternehmen", "the company" may refer to organisation ``e``: not a union,
        party or association (``non_company_words``), nor a body such as "die Belegschaft"."""
        name = e.name.lower()
        return not (
            any(w in name for w in self.lex.non_company_words)
            or e.name in self.lex.parties
            or e.name in self.lex.collectives
        )

    def _other_kind(self, e: Entity, own: set[str]) -> bool:
        """Whether organisation ``e`` is of a kind that a generic noun of kind ``own`` cannot
        mean: a word of its name ends in one of ``exclusive_org_words`` that is not ``own``
        ("die Gewerkschaft" is no "Landesregierung"), or it is a party and ``own`` is not."""
        if e.name in self.lex.parties:
            return not any(w in own for w in ("partei", "party"))
        words = e.name.lower().replace("-", " ").split()
        return any(
            w.endswith(k) and k not in own for w in words for k in self.lex.exclusive_org_words
        )

    def _unnamed_org(self, t: Token) -> Entity | None:
        """ "The Conservative group voted against …", "the health board", "the government":
        an institution the text names only by its kind is an actor of that name."""
        j = t.i
        before = self.ents.at(j - 1) if j > 0 else None
        if (
            before is not None
            and t.text in self.lex.caucus_nouns
            and before.entity.name in self.lex.parties
        ):
            return before.entity  # "the Labour group voted against": the party's members
        while j > 0 and self.toks[j - 1].dep_ in ("compound", "amod"):
            if self.toks[j - 1].pos_ == "PROPN" and self.toks[j - 1].dep_ != "amod":
                return None  # "the Harbor Workers Union" is a name the NER should have found
            j -= 1
        if j == 0 or self.toks[j - 1].lower_ != "the" or t.dep_ == "compound":
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
        if t.lower_ in self.lex.spokesperson_nouns:
            # "eine Sprecherin des Mieterbunds", "a spokesman for the union": who speaks
            k = t.i + 1
            if not self.de and k < len(self.doc) and self.toks[k].lower_ in ("for", "of"):
                k += 1
            while k < len(self.doc) and self.toks[k].tag_ in ("ART", "ADJA", "DT", "JJ"):
                k += 1
            m = self.ents.at(k) if k < len(self.doc) and k > t.i + 1 else None
            if m is not None and m.entity.type == "organization":
                return m.entity
            if t.i > 1 and self.toks[t.i - 1].text == "-":  # "ein Mieterbund-Sprecher"
                m = self.ents.at(t.i - 2)
                if m is not None and m.entity.type == "organization":
                    return m.entity
            m = self.ents.at(t.i - 1) if t.i > 0 else None
            if m is not None and m.entity.type == "organization":
                return m.entity  # "a Stratos spokesman"
            if t.i > 0 and self.toks[t.i - 1].lower_ in ("a", "an", "ein", "eine"):
                # "…, reaffirmed its order; a spokesman said …": for the organisation named
                # last, not for the last person named
                return self.last_org_mention(t.i)
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
        if self.de and self.resolver._org_title(t):
            # "des Finanzinvestors" after "Der Finanzinvestor Northgate Capital": a word for a
            # kind of organisation as well as a role names the organisation introduced so, or
            # no one in particular
            word = low.removesuffix("s")
            for m in reversed(self.ents.mentions):
                if m.start < t.i and m.entity.type == "organization" and m.start > 0:
                    title = self.toks[m.start - 1].lower_.removesuffix("s")
                    if title == word:
                        return m.entity
            return None
        # "Der CDU-Ortsverband stellte sich hinter seinen Kandidaten": a member of the
        # organisation (or of its party) the possessive points back to
        if t.i > 0 and self.toks[t.i - 1].lower_ in self.lex.possessives:
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
                        return None if self._held_formerly(m.entity, low, role) else m.entity
                other = self.last_person(exclude=here[-1], gender=g)
                return None if other and self._held_formerly(other, low, role) else other
        # a title nobody was given: the last subject, unless that person holds other titles
        # ("Gründer von Tesla" is not "der Präsident"); then the person without a title named
        # last in this or the two sentences before ("das Paket, das Trump … getauft hat")
        last = self.last_person(gender=g)
        if last is not None and self._held_formerly(last, low, role):
            return None  # "dem Landrat" after "der frühere Landrat Paul Kern": someone else
        if role in self.lex.generic_roles:
            return last  # "der parteilose Kommunalpolitiker" after "Bürgermeister Uwe Stöcker"
        if last is not None and last.roles:
            for m in reversed(self.ents.in_range(self._window_start(t.i, 2), t.i, "actor")):
                e = m.entity
                if e.type == "person" and e is not last and self._fits(e, g) and not e.roles:
                    return e
        return last

    def _held_formerly(self, e: Entity, word: str, role: str) -> bool:
        """Whether person ``e`` was introduced as a former holder of the title ``word``/``role``
        ("der frühere Landrat Paul Kern", "former governor Anders Holm")."""
        return any(
            r.split()[0] in self.lex.former_words and r.split()[-1] in (word, role)
            for r in e.roles
            if " " in r
        )

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

    def reporting_person(self, t: Token, gender: str | None) -> Entity | None:
        """English: the person who says the clause a possessive pronoun stands in ("Hugh Farrant
        said his office had no view"), when that person may be meant."""
        v = t.head
        for _ in range(4):
            if v.dep_ == "ccomp" or v.head == v:
                break
            v = v.head
        if v.dep_ != "ccomp" or v.head.lemma_.lower() not in self.lex.speech_verbs:
            return None
        for c in v.head.children:
            if c.dep_ == "nsubj":
                m = self.arg_mention(c)
                if m is not None and m.entity.type == "person" and self._fits(m.entity, gender):
                    return m.entity
        return None

    def in_sentence_person(self, i: int, subject: bool) -> Entity | None:
        """A pronoun's antecedent earlier in its own sentence: for a subject pronoun the first
        person named ("Carver said he ..."), for an object pronoun the last one that is not the
        sentence's first ("Crane, who backed Quinn, turned on her")."""
        sent = self._sents[self._sent_of[i]]
        g = self.pronoun_gender(self.toks[i])
        everyone = [
            m
            for m in self.ents.in_range(sent.start, i, "actor")
            if m.entity.type == "person" and not self._quote[m.start]
        ]
        people = [m for m in everyone if self._fits(m.entity, g)]
        if not people:
            return None
        if subject:
            return people[0].entity
        if not self.de:
            # "X voted against it, and Mendes accused him": not the subject of its own clause
            v = self.toks[i].head
            if v.pos_ == "ADP":
                v = v.head
            subj = {
                id(m.entity)
                for c in v.children
                if c.dep_ in ("nsubj", "nsubjpass") and (m := self.arg_mention(c)) is not None
            }
            if subj:
                others = [m.entity for m in people if id(m.entity) not in subj]
                return others[-1] if others else None
        # the sentence's first person, whatever the pronoun's gender ("Hartwig hatte Steinhövel
        # gelobt; inzwischen wirft sie ihm vor": "ihm" is Steinhövel, the first who fits)
        first = everyone[0].entity
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
        if m.entity is src and self.toks[m.start].lower_ in self.lex.object_pronouns | {"her"}:
            other = self.last_person(exclude=src)
            if other is not None:
                return Mention(m.start, m.end, other, "pronoun")
        return m

    def last_subject(self) -> Entity | None:
        return self.subjects[-1] if self.subjects else None

    def actor(self, m: Mention | None) -> Entity | None:
        return m.entity if m is not None and m.entity.kind == "actor" else None

    def owners(self) -> None:
        """Whoever an issue belongs to backs it: "die Rentenreform der Bundesregierung",
        "die KI-Strategie von Ministerin X", "das von der Stadt verhängte Fahrverbot",
        "Brody's plan"."""
        for m in list(self.ents.mentions):
            if m.entity.kind == "concept" and m.how == "name":
                found = self._owner_of(m.start, m.end)
                if found is not None:
                    owner, a, b = found
                    self.emit(owner.entity, m.entity, "support", a, b, "owner", 0.5)

    def proposal_owners(self, sent: Span) -> None:
        """Whoever made a proposal backs the issue it refers to: "der Vorschlag der
        EU-Kommission", "den Vorstoß von Kommissar X", "plans by the operator", "the council's
        proposal" (run after the sentence, so the noun is resolved where it stands)."""
        for t in sent:
            if t.lower_ not in self.lex.proposal_nouns or t.pos_ not in ("NOUN", "PROPN"):
                continue
            found = self._owner_of(t.i, t.i + 1)
            if found is None:
                continue
            m = self.mention_at(t.i)
            if m is None or m.how == "name" or m.entity.kind != "concept":
                continue
            owner, a, b = found
            if owner.entity is not m.entity:
                self.emit(owner.entity, m.entity, "support", a, b, "owner", 0.5)

    def members_named(self, sent: Span, since: int) -> None:
        """ "Several Republicans crossed the aisle to back the measure, among them Senator Roy
        Brandt", "Die Grünen lehnten die Reform ab, darunter Fraktionschefin Jana Roth": the
        member named takes the side its group took in this sentence."""
        for t in sent:
            if t.lower_ not in self.lex.member_markers:
                continue
            k = t.i + 1
            if k < sent.end and self.toks[k].lower_ in ("them", "whom"):
                k += 1
            m = next(
                (
                    x
                    for x in self.ents.in_range(k, min(k + 3, sent.end), "actor")
                    if x.entity.type == "person"
                ),
                None,
            )
            if m is None:
                continue
            for f in list(self.found[since:]):
                if f.source is m.entity or f.target is m.entity or f.polarity == "neutral":
                    continue
                if f.source.type == "person":
                    continue  # a person is no group with members
                self.emit(m.entity, f.target, f.polarity, f.start, max(f.end, m.end), f.cue, 0.5)

    def _owner_of(self, start: int, end: int) -> tuple[Mention, int, int] | None:
        """The actor an issue named at ``doc[start:end]`` belongs to, with the span that says so."""
        doc = self.doc
        owner: Mention | None = None
        a, b = start, end
        if self.de:
            k = end
            if k < len(doc) and doc[k].lower_ in ("der", "des", "von", "vom"):
                j = k + 1
                while (
                    j < len(doc)
                    and j < k + 4
                    and (
                        doc[j].tag_ in ("ART", "ADJA")
                        or self.lex.role_of(doc[j].text)
                        # "die Pläne des Klinikträgers Gesundheitsverbund Hohenfels"
                        or doc[j].lower_.rstrip("s").endswith(self.lex.org_title_endings)
                    )
                ):
                    j += 1
                o = self.titled_person_at(k + 1) or self.ents.at(j)
                if o is not None and o.entity.kind == "actor" and o.start >= j:
                    # "von Marlbach" after an issue is a place more often than an owner:
                    # "von" takes people and recognisable organisations only
                    if doc[k].lower_ in ("der", "des") or self._owner_like(o.entity):
                        owner, b = o, o.end
            # "das von der Stadt verhängte Dieselfahrverbot"
            j = start - 1
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
            head = doc[end - 1]
            inside = [u for u in doc[start:end] if not start <= u.head.i < end]
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
                if c.dep_ == "prep" and c.lower_ in ("by", "from") and not owner:
                    # "plans by grid operator Atlantic Transmission", "a bid from Calder"
                    for p in c.children:
                        o = self.ents.at(p.i) if p.dep_ == "pobj" else None
                        if o is not None and o.entity.kind == "actor":
                            owner, b = o, o.end
                if c.dep_ == "acl":
                    for g in c.children:
                        if g.dep_ == "agent":
                            for p in g.children:
                                o = self.ents.at(p.i)
                                if o is not None and o.entity.kind == "actor":
                                    owner, b = o, o.end
        return (owner, a, b) if owner is not None else None

    def titled_person_at(self, k: int) -> Mention | None:
        """German: the person named after the title that starts at token ``k`` ("von
        CDU-Fraktionschef Markus Dreesen", where the party is a mention of its own; "des
        Verbandschefs Jan Ott"), or None."""
        doc, n = self.doc, len(self.doc)
        m = self.ents.at(k)
        if m is not None and m.end + 1 < n and glued_hyphen(doc, m.end):
            j = m.end + 1  # "CDU" "-" "Fraktionschef"
        elif m is None:
            j = k
        else:
            return None
        if not self.lex.role_of(doc[j].text):
            return None
        while j < n and j < k + 6 and (
            self.lex.role_of(doc[j].text) or doc[j].lower_ in self.lex.title_modifiers
        ):
            j += 1
        p = self.ents.at(j) if j < n else None
        return p if p is not None and p.start == j and p.entity.type == "person" else None

    def _owner_like(self, e: Entity) -> bool:
        """A person, a party, or an organisation its name marks as one ("Stadtrat",
        "Verband Nord", "Kessler GmbH") — not a bare place name."""
        if e.type == "person" or e.name in self.lex.parties:
            return True
        words = [w.lower() for w in e.name.replace("-", " ").split()]
        if e.name in self.lex.collectives or any(w in self.lex.org_endings for w in e.name.split()):
            return True
        return any(w in self.lex.org_heads or w.endswith(self.lex.org_suffixes) for w in words)

    def stance_owner(self, noun: Token, who: Entity) -> Entity | None:
        """ "dismissed the endorsement": whoever last took that side (not ``who``)."""
        nf = self.lex.nouns.get(noun.lemma_.lower())
        if nf is None:
            return None
        indefinite = self.lex.indefinite_determiners
        if any(c.dep_ == "det" and c.lower_ in indefinite for c in noun.children):
            return None  # "would support any legal challenge": one nobody has made yet
        same = [f for f in self.found if f.polarity == nf.polarity and f.source is not who]
        family = [f for f in same if _same_family(f.cue, noun.lemma_)]
        return (family or same)[-1].source if (family or same) else None

    def statement_owner(self, i: int, who: Entity) -> Entity | None:
        """ "wies die Kritik zurück", "dismissed the letter": the actor whose criticism or letter
        the text named earlier ("Musks Kritik", "die Kritik des Vereins", "the alliance's letter",
        "a letter from X")."""
        word, lem = self.toks[i].lower_, self.lemma(self.toks[i])
        for j in range(i, -1, -1):
            u = self.toks[j]
            if u.lower_ != word and self.lemma(u) != lem:
                continue
            cands: list[Mention | None] = [self._possessor_before(j)]
            # German documents carry no dependency parse here: children only for English
            for c in self._children(u):
                if c.dep_ == "poss":
                    cands.append(self.mention_at(c.i))
                elif c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):  # "the warnings of X"
                    cands += [self.ents.at(p.i) for p in c.children if p.dep_ == "pobj"]
            k = j + 1
            if (
                self.de
                and k < len(self.toks)
                # (a possessive genitive: "die Äußerungen seines Stellvertreters X")
                and self.toks[k].lower_
                in ("der", "des", "von", "vom", "seines", "seiner", "ihres", "ihrer")
            ):
                k += 1
                while k < len(self.doc) and self.toks[k].tag_ in ("ADJA", "ART"):
                    k += 1
                if k < len(self.doc):
                    cands.append(self.titled_person_at(k) or self.mention_at(k))
            for m in cands:
                if m is not None and m.entity.kind == "actor" and m.entity is not who:
                    return m.entity
        # "Bode warf der Oberbürgermeisterin vor, … Olbers wies den Vorwurf zurück": whoever
        # used the verb the noun names, in the last few sentences
        verb = self.lex.statement_noun_verbs.get(word) or self.lex.statement_noun_verbs.get(lem)
        if verb:
            start = self._window_start(i, back=3)
            for j in range(i - 1, start - 1, -1):
                u = self.toks[j]
                if self.lemma(u) != verb:
                    continue
                if self.de:
                    src = self.de_subject(u, self.seg_range(j))
                else:
                    src, _ = self.en_subject(u)
                if src is not None and src.entity.kind == "actor" and src.entity is not who:
                    return src.entity
            # "Pruitt said Greer's campaign was funded by … Greer rejected that claim": a claim
            # is what the last one to speak said about ``who`` (or ``who``'s organisation)
            own = {id(who)} | {id(o) for a, o, *_ in self.ents.affiliations if a is who}
            for j in range(i - 1, self._window_start(i) - 1, -1):
                u = self.toks[j]
                if self.lemma(u) not in self.lex.speech_verbs or not u.tag_.startswith("V"):
                    continue
                sent = self.sent(u)
                if not any(id(m.entity) in own for m in self.ents.in_range(sent.start, sent.end)):
                    break
                src = self.de_subject(u, self.seg_range(j)) if self.de else self.en_subject(u)[0]
                if src is not None and src.entity.kind == "actor" and src.entity is not who:
                    return src.entity
                break
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

    def recent_target(self, polarity: str, exclude: Entity, cue: str = "") -> Entity | None:
        """The target of the last statement of this polarity (of the same cue family first)."""
        same = [f for f in self.found if f.polarity == polarity and f.target is not exclude]
        family = [f for f in same if _same_family(f.cue, cue)]
        return (family or same)[-1].target if (family or same) else None

    def _last_issue(self, i: int) -> Mention | None:
        """The issue named last before token ``i`` in this or the previous sentence."""
        start = self._window_start(i)
        ms = [m for m in self.ents.in_range(start, i) if m.entity.kind == "concept"]
        return Mention(i, i + 1, ms[-1].entity, "pronoun") if ms else None

    def topic_concept(
        self, i: int, only: Callable[[Entity], bool] | None = None
    ) -> Entity | None:
        """The issue under discussion before token ``i``: the most talked-about one (named or
        taken a side on most often, the lead counting twice), the latest on a tie; ``only``:
        among the issues it accepts (laws, say)."""
        score: dict[Entity, tuple[int, int]] = {}
        lead_end = self._sents[0].end if self._sents else 0
        for m in self.ents.mentions:
            if m.entity.kind == "concept" and m.start < i and (only is None or only(m.entity)):
                n, _ = score.get(m.entity, (0, 0))
                # the lead names what the article is about: a mention there counts twice
                score[m.entity] = (n + (2 if m.start < lead_end else 1), m.start)
        for f in self.found:
            if f.target.kind == "concept" and f.target in score:
                n, last = score[f.target]
                score[f.target] = (n + 1, last)
        # on a tie the package wins over its parts, then the latest
        return (
            max(score, key=lambda e: (score[e][0], self.lex.is_umbrella(e), score[e][1]))
            if score
            else None
        )
