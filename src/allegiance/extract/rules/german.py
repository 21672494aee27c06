"""German verb frames: subjects and objects from clause segments, prepositions and articles."""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.extract.lexicon import Frame
from allegiance.extract.mentions import DE_FINITE_TAGS, QUOTE_OPEN, Entity, Mention
from allegiance.extract.rules.base import (
    _NP_START_TAGS,
    _SEG_BREAK,
    _evaluate,
    opposite,
    sign_polarity,
)


class GermanFrames:
    """German cue verbs and their arguments: subject and object finding, issue objects and
    prepositional issues, passive subjects, demands, stance and attitude adjectives, evaluative
    predicates ("nannte … „rücksichtslos“"), replies that point back, reciprocal verbs."""

    def _trailing_members(self, verb: Token, seg: tuple[int, int]) -> list[Mention]:
        """The actors named after a member marker that closes the clause of ``verb`` whose
        subject is an unnamed group ("Mehrere Verbände kritisierten die Reform, darunter der
        Mieterbund und der Städtetag"), or []."""
        a, b = seg
        sent = self.sent(verb)
        if not (b + 2 < sent.end and self.toks[b].text == ","):
            return []
        marker = b + 1 + (self.toks[b + 2].lower_ in self.lex.member_markers)  # "allen voran"
        if self.toks[marker].lower_ not in self.lex.member_markers:
            return []
        # the clause opens with a plural common noun, no actor: the unnamed group
        first = next((u for u in self.toks[a : verb.i] if u.tag_ in ("NN", "NE")), None)
        if first is None or first.tag_ != "NN" or self.mention_at(first.i) is not None:
            return []
        out: list[Mention] = []
        k = marker + 1
        while k < sent.end:
            u = self.toks[k]
            if (
                u.tag_ in ("ART", "ADJA", "PPOSAT")
                or u.lower_ in ("und", "sowie", ",")
                or self.lex.role_of(u.text)  # "allen voran Fraktionschefin Ina Roth"
            ):
                k += 1
                continue
            m = self.ents.at(k)
            if m is None or m.entity.kind != "actor":
                break
            out.append(m)
            k = m.end
        return out

    def _coordinated(self, source: Mention, verb: Token) -> list[Mention]:
        """German: actors joined to the subject by "und"/"sowie" before the verb ("SPD und
        Grüne unterstützen …", "Der Mieterbund und der Sozialverband kritisierten …", "Weder die
        CDU noch die FDP …", "X und ihr Parteifreund Y verteidigten …")."""
        if source.start > verb.i:
            return []
        out: list[Mention] = []
        # up to the finite verb: "Weder die CDU noch die FDP wollen der Reform zustimmen"
        stop = next(
            (u.i for u in self.toks[source.end : verb.i + 1] if u.tag_ in DE_FINITE_TAGS), verb.i
        )
        k = source.end
        while k < stop:
            if self.toks[k].lower_ == "als" and k + 1 < stop and self.toks[k + 1].lower_ == "auch":
                k += 1  # "sowohl X als auch Y"
            if self.toks[k].lower_ not in ("und", "sowie", ",", "noch", "auch"):
                break
            j = k + 1
            while j < stop and (
                self.toks[j].tag_ in ("ART", "ADJA", "PPOSAT")
                or self.lex.role_of(self.toks[j].text)
            ):
                j += 1
            m = self.ents.at(j)
            if m is None or m.entity.kind != "actor" or m.start != j:
                break
            out.append(m)
            k = m.end
        return out if k == stop else []

    def _conjunct_start(self, verb: Token, seg: tuple[int, int]) -> int:
        """German: where the verb's own clause starts when it is the second of two coordinated
        clauses ("lehnte den Entwurf ab und kündigte an, …", "hat X kritisiert und Y gelobt"):
        the objects before the conjunction belong to the first verb."""
        for k in range(verb.i - 1, seg[0], -1):
            if self.toks[k].tag_ != "KON":
                continue
            nxt, prev = self.toks[k + 1], self.toks[k - 1]
            if nxt.tag_.endswith("FIN") or prev.tag_ in ("PTKVZ", "VVPP", "VVINF", "VVIZU"):
                return k + 1
        return seg[0]

    def _pointing(self, adv: Token) -> bool:
        """ "stimmte dagegen." points at the issue; "begrüßte X dagegen und …", "blieben dagegen
        gelassen" contrast ("on the other hand"): only a "dagegen"/"dafür" that ends its clause
        takes a side."""
        nxt = self.toks[adv.i + 1] if adv.i + 1 < len(self.doc) else None
        return nxt is None or nxt.is_punct or nxt.tag_ == "PTKVZ"

    def _announces(self, adv: Token) -> bool:
        """ "freut sich darüber, dass …", "rief dazu auf, … zu …": the pronominal adverb
        announces the clause after the comma, not the issue under discussion (but "rückt davon
        ab, sagte X" ends its own clause)."""
        k = adv.i + 1
        if k < len(self.doc) and self.toks[k].tag_ == "PTKVZ":
            k += 1
        return (
            k + 1 < len(self.doc)
            and self.toks[k].text == ","
            and self.toks[k + 1].tag_ not in ("VVFIN", "VAFIN", "VMFIN")
        )

    def _attitude_object(self, a: int, b: int) -> tuple[bool, Mention | None]:
        """What an attitude in ``[a, b)`` names after its preposition when no actor or issue
        mention stands there: (whether a noun does, the issue it names). "enttäuscht über das
        Urteil": an issue of a known kind (``issue_kinds``); "über die Entwicklung": a noun that
        is no word on the issue at hand, so (True, None)."""
        for k in range(a, b - 1):
            if self.toks[k].lower_ not in self.lex.attitude_preps:
                continue
            j = k + 1
            while j < b and self.toks[j].tag_ in ("ART", "ADJA", "PPOSAT", "PDAT"):
                j += 1
            if j >= b or self.toks[j].tag_ != "NN":
                return False, None
            noun = self.toks[j]
            if self.lex.issue_kind(noun.text) is None:
                return True, None
            return True, self.mention_at(j) or self._new_issue(j, j + 1, noun.text, noun.text)
        return False, None

    def de_attitude(self, t: Token, explicit: bool = False) -> None:
        """ "Der Verband ist von der Reform überzeugt", "Die Grünen sind mit dem Plan
        unzufrieden": an attitude adjective toward what follows von / über / mit / gegenüber in
        the clause, else toward the issue under discussion. ``explicit`` ("zeigte sich von X
        enttäuscht"): only toward what the clause names (a reaction to a ruling or a decision
        need not be one to the article's issue)."""
        seg = self.seg_range(t.i)
        _, b = seg
        adj = next(
            (
                u
                for u in self.toks[t.i + 1 : b]
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
        said = next(
            (
                u
                for u in self.toks[t.i + 1 : b]
                if u.lower_ in self.lex.statement_nouns and self.prep_before(u.i) is not None
            ),
            None,
        )
        if said is not None and (target is None or target.start >= said.i):
            # "zeigte sich von der Kritik unbeeindruckt": an attitude to what someone said is
            # no side on the issue, and too indirect a one on whoever said it
            return
        if target is None:
            named, target = self._attitude_object(t.i + 1, b)
            if named and target is None:
                return
        if target is None:
            topic = None if explicit else self.topic_concept(t.i)
            if topic is None:
                return
            target = Mention(adj.i, adj.i + 1, topic, "topic")
        pol = self.lex.attitude_adjectives[adj.lower_]
        if adj.i > 0 and self.toks[adj.i - 1].lower_ in self.lex.weakeners:
            pol = opposite(pol)  # "wenig begeistert"
        neg = self.negated(t, seg)
        if neg and pol == "support" and adj.i > 0 and self.toks[adj.i - 1].tag_ == "PTKNEG":
            # "ist nicht überzeugt", "zeigte sich nicht begeistert": a favourable attitude
            # denied, as "wenig begeistert" (a denied verb of support stays neutral)
            pol, neg = "oppose", False
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

    def _verb_final_relative(self, a: int, cue: Token) -> bool:
        """ "…, der Hahns Einwände »parteitaktisch motiviert« nannte": an article-like word
        after a comma that opens a clause whose finite verb, the cue, comes last is a relative
        pronoun (the tagger read it as an article)."""
        if self.toks[a].tag_ != "ART" or not cue.tag_.endswith("FIN"):
            return False
        _, b = self.seg_range(cue.i)
        rest = [u for u in self.toks[cue.i + 1 : b] if not u.is_punct]
        return not rest and not any(u.tag_.endswith("FIN") for u in self.toks[a + 1 : cue.i])

    def de_subject(self, cue: Token, seg: tuple[int, int]) -> Mention | None:
        sent = self.sent(cue)
        # in the cue's clause first, then earlier main-clause material, then after the cue
        in_seg = [m for m in self.ents.in_range(seg[0], seg[1], "actor") if self.nominative_like(m)]
        before = [m for m in in_seg if m.start < cue.i]
        if before:
            # "Dabei hatte sie Ebeling noch gelobt": a subject pronoun right after the finite
            # verb comes before the object's name
            for i in range(max(seg[0], 1), before[0].start):
                t = self.toks[i]
                if (
                    t.lower_ in ("er", "sie")
                    and t.tag_ == "PPER"
                    and self.toks[i - 1].tag_ in ("VAFIN", "VVFIN", "VMFIN")
                ):
                    ent = self.resolve_token(i)
                    if ent is not None and ent.kind == "actor" and ent is not before[0].entity:
                        return Mention(i, i + 1, ent, "pronoun")
            return before[0]
        for i in range(max(seg[0], 1), cue.i):
            if self.toks[i].lower_ in self.lex.own_org_nouns and (
                self.toks[i - 1].lower_ in self.lex.possessive_genders
            ):
                ent = self.resolve_token(i)  # "…, seine Fraktion werde dagegen stimmen"
                if ent is not None:
                    return Mention(i - 1, i + 1, ent, "role")
                break
        # "Rainer Bode, der die Kürzung … bezeichnete": a relative clause's subject
        a = seg[0]
        if (
            a >= 2
            and (self.toks[a].tag_ == "PRELS" or self._verb_final_relative(a, cue))
            and self.toks[a].lower_ in ("der", "die", "das", "welcher", "welche")
            and self.toks[a - 1].text == ","
            and not any(u.lower_ in self.lex.subject_pronouns for u in self.toks[a + 1 : cue.i])
        ):
            k = a - 2
            if self.toks[k].text == ")" and k >= 3 and self.toks[k - 2].text == "(":
                k -= 3  # "die Arbeitsgemeinschaft Großer Kliniken (AGK), die …": before "(AGK)"
            m = self.ents.at(k)
            if m is not None and m.entity.kind == "actor":
                return Mention(a, a + 1, m.entity, "relative")
        after = [m for m in in_seg if m.start > cue.i]
        if (
            after
            and seg[0] < cue.i
            and cue.tag_ in ("VVFIN", "VAFIN", "VMFIN")
            and after[0].start <= cue.i + 3
            and self.toks[seg[0]].tag_ in ("APPR", "APPRART", "ADV", "ADJD", "PROAV")
            and not any(
                u.tag_ == "KON" or u.tag_.endswith("FIN") for u in self.toks[seg[0] : cue.i]
            )
            and sent.start < seg[0]
        ):
            # "…: Mit 21 zu 14 Stimmen billigte der Stadtrat den Neubau": the subject after
            # the verb of a clause that opens with something else, not a name before it
            return after[0]
        if (
            after
            and seg[0] == cue.i
            and cue.i > sent.start
            and self.toks[cue.i - 1].text == ","
            and cue.tag_ == "VVFIN"
            and after[0].start <= cue.i + 3
            and self.prep_before(after[0].start) is None
            # the name ends the clause (not "…, warf Bell dagegen vor": an object)
            and (after[0].end >= len(self.doc) or self.toks[after[0].end].text in ".,;:!?")
        ):
            # "…: Der Laden liege zu nah an einer Schule, kritisierte Sprecherin Anja Roloff":
            # a verb that opens its clause after a comma, its subject right after it
            return after[0]
        for m in self.ents.in_range(sent.start, seg[0], "actor"):
            a, _ = self.seg_range(m.start)
            if self.nominative_like(m) and not self.subordinate(a):
                return m
        if self.toks[seg[0]].tag_ in DE_FINITE_TAGS and sent.start < seg[0]:
            # "Man unterstütze X, lehne aber Y ab, sagte Z": a second verb with the first one's
            # subject, the speaker named after the clause
            for i in range(sent.start, seg[0]):
                t = self.toks[i]
                if t.lower_ in self.lex.reporter_pronouns and t.tag_ in ("PPER", "PIS"):
                    ent = self.reporter(i)
                    if ent is not None:
                        return Mention(i, i + 1, ent, "pronoun")
                    break
        for i in range(seg[0], min(seg[1], cue.i)):
            t = self.toks[i]
            if t.lower_ in self.lex.reporter_pronouns and t.tag_ in ("PPER", "PIS"):
                # "Man lehne die Reform ab, sagte X": the speaker named after the clause
                ent = self.reporter(i)
                if ent is not None:
                    return Mention(i, i + 1, ent, "pronoun")
            if (t.lower_ in self.lex.subject_pronouns or t.text == "Sie") and t.tag_ in (
                "PPER",
                "PPOSAT",
                "",
            ):
                ent = self.resolve_token(i)
                if ent is not None:
                    return Mention(i, i + 1, ent, "pronoun")
            if self._age_noun(i) and self.ents.at(i) is None:
                ent = self.resolve_token(i)  # "Die 48-Jährige gilt als …"
                if ent is not None and ent.kind == "actor":
                    return Mention(i - 2, i + 1, ent, "role")
            if t.lower_ in self.lex.spokesperson_nouns and self.prep_before(i) is None:
                # "Ein Sprecher des Mieterbunds kritisierte …": the organisation speaks
                ent = self.resolve_role(t, t.lower_)
                if ent is not None and ent.type == "organization":
                    return Mention(i, i + 1, ent, "role")
            if t.tag_ == "NN" and self.ents.at(i) is None and self.prep_before(i) is None:
                art = self.article_before(i)
                if art in ("der", "die") and self.lex.role_of(t.text):
                    # "übte der Vorsitzende des Gewerbevereins, Horst Lenz": the person named
                    named = self._named_in_apposition(i, self.sent(t))
                    if named is not None:
                        return named
                if art == "der" and t.lower_.endswith("in") and self.lex.role_of(t.text):
                    continue  # "Der Bürgermeisterin warf X vor": a woman's title after "der"
                if art in ("der", "die", "das", "dieser", "diese", "dessen", "deren"):
                    ent = self.resolve_token(i)
                    if ent is not None and ent.kind == "actor":
                        return Mention(i, i + 1, ent, "role")
        if cue.i > sent.start and self.toks[cue.i - 1].tag_ == "KON":
            # "Er kündigte … an, …, und warf der Ministerin vor": the first clause's subject
            for i in range(sent.start, seg[0]):
                t = self.toks[i]
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
            and self.toks[nxt].lower_ in self.lex.subject_pronouns
            and self.toks[nxt].tag_ in ("PPER", "")
        ):
            # "Nun wirft er Kolb vor": a pronoun right after the verb is its subject
            ent = self.resolve_token(nxt)
            if ent is not None:
                return Mention(nxt, nxt + 1, ent, "pronoun")
        after = [m for m in in_seg if m.start > cue.i]
        if after:
            return after[0]
        for i in range(cue.i + 1, min(seg[1], cue.i + 3)):
            u = self.toks[i]
            if u.lower_ in self.lex.subject_pronouns and u.tag_ in ("PPER", ""):
                ent = self.resolve_token(i)
                if ent is not None:
                    return Mention(i, i + 1, ent, "pronoun")
        for i in range(cue.i + 1, min(seg[1], cue.i + 12)):
            # "Kritik an X übte der Vorsitzende des Gewerbevereins, Horst Lenz"
            if (
                self.toks[i].tag_ == "NN"
                and self.lex.role_of(self.toks[i].text)
                and self.article_before(i) in ("der", "die")
                and self.prep_before(i) is None
            ):
                return self._named_in_apposition(i, self.sent(cue))
        return None

    def de_objects(
        self, cue: Token, seg: tuple[int, int], frame: Frame | None, exclude: Entity | None
    ) -> list[tuple[Mention, str | None]]:
        """German candidate targets in the cue's clause: (mention, governing preposition)."""
        out: list[tuple[Mention, str | None]] = []
        a, b = seg
        for k in range(cue.i - 1, a, -1):
            if self.toks[k].lower_ in ("und", "oder") and self.toks[k - 1].tag_ in (
                "VVPP", "VVFIN", "VVINF"
            ):
                # "hat die Erhöhung kritisiert und eine Überprüfung verlangt": the objects of
                # a verb-final cue come after the verb coordinated before it
                a = k + 1
                break
        # for a verb-final participle the clause may start before the cue's segment
        i = a
        while i < b:
            if (
                i > cue.i
                and self.toks[i].lower_ in ("und", "oder")
                and i + 1 < b
                and self.toks[i + 1].tag_ in ("VVFIN", "VAFIN", "VMFIN")
            ):
                break  # "wies X zurück und hielt ihrem Herausforderer vor": the next verb's
            possessive = self.toks[i].tag_ == "PPOSAT" and not (
                # "ließ kein gutes Haar an ihr:": a pronoun the tagger took for a possessive
                i + 1 < len(self.doc) and self.toks[i + 1].is_punct
            )
            if (self._quote[i] and not self._quote[cue.i]) or possessive:
                i += 1  # "Ihr Fraktionschef X warf …": a possessive is no argument of the verb
                continue
            m = self.mention_at(i)
            if m is None and self.toks[i].tag_ == "NN":
                # "fiel seiner Parteikollegin, Finanzministerin Petra Lang, in den Rücken": the
                # person named in apposition after the role noun
                m = self._apposed_name(i)
            if m is None or m.entity is exclude:
                i += 1
                continue
            p = self.prep_before(m.start)
            prep = p.lower_ if p is not None else None
            if self._side_genitive(m):
                prep = "von"  # "stellte sich auf die Seite des Städtetags": the side "von" it
            elif self._modifier(m) or (
                self._genitive_attribute(m) and not self._aspect_of(m)
            ):
                i = max(m.end, i + 1)
                continue
            j = m.start - 1
            while j > a and self.toks[j].tag_ in ("ART", "ADJA"):
                j -= 1
            if j >= a and (
                self.toks[j].tag_ == "KOKOM" or self.toks[j].lower_ in self.lex.comparison_openers
            ):
                i = max(m.end, i + 1)  # "lobte, ebenso wie die CDU, die Reform": compared
                continue
            if self._aspect_of(m):  # "zweifelt am Nutzen der Reform": the aspect's preposition
                hp = self.prep_before(m.start - 2)
                prep = hp.lower_ if hp is not None else None
            nxt = self.toks[m.end] if m.end < len(self.doc) else None
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

    def _apposed_name(self, i: int) -> Mention | None:
        """The person named in apposition right after the noun at ``i``, past a title
        ("seiner Parteikollegin, Finanzministerin Petra Lang, …"); the apposition must close
        with a comma."""
        k = i + 1
        if k >= len(self.doc) or self.toks[k].text != ",":
            return None
        k += 1
        while k < len(self.doc) and self.lex.role_of(self.toks[k].text) and self.ents.at(k) is None:
            k += 1
        m = self.ents.at(k) if k < len(self.doc) else None
        if (
            m is not None
            and m.entity.type == "person"
            and m.start == k
            and m.end < len(self.doc)
            and self.toks[m.end].text == ","  # the apposition closes
        ):
            return Mention(i, i + 1, m.entity, "role")
        return None

    def _aspect_of(self, m: Mention) -> bool:
        """ "kritisiert die Kosten der Reform", "zweifelt am Nutzen des Gesetzes": ``m`` is the
        genitive of a plain noun that names no actor, issue or role, so what is judged is ``m``."""
        j = m.start - 2
        if j < 0 or self.toks[m.start - 1].lower_ not in ("des", "der"):
            return False
        head = self.toks[j]
        return (
            head.tag_ == "NN"
            and self.mention_at(j) is None
            and not self.lex.role_of(head.text)
            and not self.resolver._org_title(head)
            and head.lower_ not in self.lex.statement_nouns
            and self.lemma(head) not in self.lex.nouns
            # "für eine Verschiebung des Verbots": an action on the issue, not an aspect of it
            and head.lower_ not in self.lex.concept_nominalisations
            and head.lower_ not in self.lex.concept_anaphors
            # "ein Ende der Anbindehaltung" (but "die Ziele der Reform")
            and (head.lower_ not in self.lex.issue_stoplist or head.lower_ in self.lex.aspect_nouns)
            and not head.lower_.endswith(tuple(self.lex.action_nouns.values()))
        )

    def _word_before_article(self, j: int) -> int:
        """The index of the word before the articles and adjectives that end at ``j``."""
        while j > 0 and self.toks[j].tag_ in ("ART", "ADJA"):
            j -= 1
        return j

    def _side_genitive(self, m: Mention) -> bool:
        """ "auf die Seite des Städtetags", "an der Seite der Ministerin": the genitive after a
        word for a side (``side_nouns``) names whose side it is."""
        if m.start < 3 or self.article_before(m.start) not in ("des", "der"):
            return False
        j = self._word_before_article(m.start - 1)
        if self.lex.role_of(self.toks[j].text) and j > 0:  # "an der Seite des Ministers X"
            j = self._word_before_article(j - 1)
        return self.toks[j].lower_ in self.lex.side_nouns

    def _said_by(self, m: Mention) -> bool:
        """ "die Kritik des Verbands", "die Vorwürfe des Betriebsrats": ``m`` is the genitive
        owner of a word for what someone said (``statement_nouns``), so a verdict on that is
        a verdict on ``m``."""
        j = self._word_before_article(m.start - 1)
        return j < m.start - 1 and self.toks[j].lower_ in self.lex.statement_nouns

    def _genitive_attribute(self, m: Mention) -> bool:
        """ "das Angebot des Unternehmens": a genitive after a noun belongs to that noun."""
        if m.how == "name" and m.entity.kind == "concept":
            return False
        art = self.article_before(m.start)
        if art not in ("des", "der") or m.start < 2:
            return False
        j = m.start - 1
        # "die Belegschaft des Zulieferers Brenkmann": the kind of organisation before its name
        titled = self.resolver._org_title(self.toks[j]) and self.toks[j].tag_ == "NN"
        if not titled and self.toks[j].tag_ == "NN" and self.lex.role_of(self.toks[j].text):
            titled = True  # "den Rücktritt des Ministers Gerhard Vogt": his title, then his name
        if titled:
            j -= 1
        while j > 0 and self.toks[j].tag_ in ("ART", "ADJA", "PPOSAT"):
            j -= 1
        head = self.toks[j]
        if head.tag_ != "NN" or head.i >= m.start - (2 if titled else 1):
            return False
        owner = self.ents.at(j)
        # "die Belegschaft der Halvorsen AG": a body of an organisation (not "hat der Verband
        # der Ministerin widersprochen", where a person follows as the object)
        return owner is None or (
            owner.entity.type == "organization" and m.entity.type == "organization"
        )

    def _modifier(self, m: Mention) -> bool:
        """ "CDU-Fraktionschef Markus Albers": a name hyphenated onto a role noun; "die Grüne
        Katja Ellerbrock": a party or organisation right before a person's name."""
        nxt = self.ents.at(m.end) if m.end < len(self.doc) else None
        after = self.ents.at(m.end + 2) if m.end + 2 < len(self.doc) else None
        return (
            m.end + 1 < len(self.doc)
            and self.toks[m.end].text == "-"
            and not self.toks[m.end - 1].whitespace_
            and (
                bool(self.lex.role_of(self.toks[m.end + 1].text))
                # "CDU-Urgestein Henning Stark": any noun before a person's name
                or (after is not None and after.entity.type == "person")
            )
        ) or (
            m.entity.type == "organization"
            and nxt is not None
            and nxt.start == m.end
            and nxt.entity.type == "person"
            # a full name, or a party's member ("der Grüne Ellerbrock"); not "hatte der
            # Mieterbund Falkner gelobt": subject and object
            and (nxt.end - nxt.start >= 2 or m.entity.name in self.lex.parties)
        )

    def de_verb(self, t: Token, lem: str, frame: Frame) -> None:
        if frame.adjective:
            self.de_stance_adjective(t, lem)
            return
        seg = self.seg_range(t.i)
        if t.tag_ == "VVINF" and any(
            u.tag_ == "VMFIN" and u.lower_ in self.lex.scheduled_modals
            for u in self.toks[seg[0] : t.i]
        ):
            return  # "Der Landtag soll das Gesetz verabschieden": a schedule, not a side
        if lem in self.lex.light_verbs and any(
            u.i != t.i and self._nounish(u) and self.lemma(u) in self.lex.nouns
            for u in self.toks[seg[0] : seg[1]]
        ):
            return  # "kündigte ein Referendum gegen X an": the stance noun decides
        sent = self.sent(t)
        # separable particle or participle at the end: widen the clause back to the finite verb
        a, b = seg
        if (
            t.tag_ == "VVPP"
            and not any(u.tag_.endswith("FIN") for u in self.toks[a:b])
            and self.toks[a].tag_ != "PRELS"  # ", der die Forderung … unterstützt": its own clause
        ):
            # "wird von SPD, Grünen und der Wählergemeinschaft X unterstützt": a list of
            # agents split into comma segments
            passive_like = any(u.lemma_ == "werden" for u in self.toks[sent.start : t.i])
            while a > sent.start + 1 and self.toks[a - 1].text in (",", ")"):
                if self.toks[a - 1].text == ")":
                    if not passive_like:
                        break  # "hatte Minister X (FDP) den Betrieb gelobt": an active clause
                    # "von Finanzminister Jörg Kranz (CDU) scharf kritisiert": past a party
                    opened = next(
                        (
                            k
                            for k in range(a - 2, max(sent.start, a - 6), -1)
                            if self.toks[k].text == "("
                        ),
                        None,
                    )
                    if opened is None or opened <= sent.start:
                        break
                    pa, _ = self.seg_range(opened - 1)
                else:
                    pa, _ = self.seg_range(a - 2)
                a = pa
                if any(u.tag_.endswith("FIN") for u in self.toks[pa : seg[0]]):
                    break
            seg = (a, b)
        passive = t.tag_ == "VVPP" and any(u.lemma_ == "werden" for u in self.toks[a:b])
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
                if p is None
                and (source is None or m.entity is not source.entity)
                and not (m.start > 0 and self.toks[m.start - 1].text == "(")  # "X (CDU)"
            ]
            if rest:
                target_m = rest[:1]
            elif self.toks[a].tag_ in ("PRELS",) and a >= 2:
                ante = self.mention_at(a - 2) if self.toks[a - 1].text == "," else None
                if ante is None and a >= 2:
                    ante = self.mention_at(a - 2)
                if ante is not None:
                    target_m = [ante]
            else:
                # "Verkehrsminister X (FDP) wird von Y kritisiert": the subject sits before
                subj = self._passive_subject(t, source)
                if subj is None:
                    subj = self.de_subject(t, (a, a))
                if subj is not None and self.toks[subj.start].lower_ in self.lex.statement_nouns:
                    subj = None  # "Der Vorwurf wurde von X zurückgewiesen": whose reproach
                if subj is not None and (source is None or subj.entity is not source.entity):
                    target_m = [subj]
        else:
            source = self.de_subject(t, seg)
            trailing = self._trailing_members(t, seg) if source is None else []
            if trailing:
                # "Mehrere Verbände kritisierten die Reform, darunter der Mieterbund": the group
                # is unnamed, the members named after it speak
                source = trailing[0]
            src_ent = source.entity if source else None
            co_sources = self._coordinated(source, t) if source is not None else []
            co_sources += trailing[1:]
            # "beschloss mit den Stimmen von CDU und Freien Wählern": they vote for it too
            co_sources += self._voters(seg)
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
                # "drohte der Regierung mit …", "droht mit einer Klage gegen die Reform": whom
                # or what it is aimed at, not the means or the court ("mit dem Gang vor das
                # Verfassungsgericht")
                means = self.lex.means_preps

                def aimed(m: Mention) -> bool:
                    p = self.prep_before(m.start)
                    return p is None or p.lower_ not in means

                against = [m for m, p in cands if p == "gegen" and m.entity is not src_ent]
                later = [
                    m
                    for m in self.ents.in_range(t.i, sent.end, "actor")
                    if m.entity is not src_ent and aimed(m)
                ]
                inside = [m for m, p in cands if m.entity.kind == "actor" and p not in means]
                target_m = (against or inside or later)[:1]
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
                    # "distanzierte sich von den Äußerungen seines Stellvertreters X": the author
                    # of what the preposition names
                    said, prep = self._said_after_prep(seg, (*frame.prep, *alt))
                    author = self.statement_owner(said, source.entity) if said else None
                    if said is not None and author is not None:
                        named = [m for m in self.ents.in_range(said, b) if m.entity is author]
                        end = named[0].end if named else said + 1
                        target_m = [Mention(said, end, author, "role")]
                        pol = alt.get(prep, pol)
                if not target_m and source is not None:
                    # "sprach sich für ein schrittweises Ende der Anbindehaltung aus"
                    obj, p_pol = self.de_prep_issue(t, seg, frame)
                    if obj is not None:
                        target_m, pol = [obj], p_pol or pol
                if not target_m and source is not None:
                    # "rückt nun davon ab", "freut sich darüber": the frame's preposition as a
                    # pronominal adverb points at the issue under discussion
                    own = {
                        f"{d}{p}": alt.get(p, pol)
                        for p in (*frame.prep, *alt)
                        for d in ("da", "dar")
                    }
                    adv = next(
                        (
                            u
                            for u in self.toks[a:b]
                            if u.lower_ in own and self._pointing(u) and not self._announces(u)
                        ),
                        None,
                    )
                    topic = self.topic_concept(t.i) if adv is not None else None
                    if adv is not None and topic is not None:
                        target_m = [Mention(adv.i, adv.i + 1, topic, "topic")]
                        pol = own[adv.lower_]
                if frame.needs_prep and not target_m and not any(
                    u.lower_ in self.lex.stance_adverbs and self._pointing(u)
                    for u in self.toks[a:b]
                ):
                    return  # (a pointing "dafür"/"dagegen" is read below: "wirbt dafür")
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
                said = self._statement_noun_object(t, seg)
                if not target_m and source is not None and said is not None:
                    # "tat die Studie von Lena Ostermeyer als Gefälligkeitsgutachten ab": the
                    # author of what is judged
                    author = self.statement_owner(said, source.entity)
                    if author is not None and frame.target != "critics":
                        named = [m for m in self.ents.in_range(said, b) if m.entity is author]
                        end = named[0].end if named else said + 1
                        target_m = [Mention(said, end, author, "role")]
            if (
                not target_m
                and not frame.needs_prep
                and b + 1 < sent.end
                and self.toks[b].text == ","
                # (not "kündigte an, seine Fraktion werde den Entwurf ablehnen": an announced
                # act takes its side in its own clause)
                and lem not in self.lex.demand_verbs
            ):
                # "kritisierte dagegen, die Strategie setze zu stark auf ...": the next clause
                nxt = self.seg_range(b + 1)
                follow = [m for m, p in self.de_objects(t, nxt, frame, src_ent) if p is None]
                target_m = [m for m in follow if m.entity.kind == "concept"][:1]
            if (
                not target_m
                and not frame.needs_prep
                and a > sent.start + 2
                and self.toks[a - 1].text == ","
                and self.toks[sent.start].lower_ in self.lex.complement_subordinators
                and self.seg_range(sent.start)[1] >= a - 1
            ):
                # "Ob das Verbot etwas bringe, bezweifelt X": the clause before is the object
                before = self.seg_range(sent.start)
                found = [m for m, p in self.de_objects(t, before, frame, src_ent) if p is None]
                target_m = [m for m in found if m.entity.kind == "concept"][:1]
            if (
                not target_m
                and source is not None
                and lem in self.lex.topic_verbs
                and not self._warns_against_an_act(t)
                # "nun muss noch der Landtag zustimmen": a step required, no side taken
                and not any(u.lemma_.lower() in self.lex.obligation_modals for u in self.toks[a:b])
            ):
                # "..., warnte die Verbandschefin": a warning about the issue at hand
                topic = self.topic_concept(t.i)
                if topic is not None:
                    target_m = [Mention(t.i, t.i + 1, topic, "topic")]
            crit = self._statement_noun_object(t, seg)
            if crit is not None and (cm := self.mention_at(crit)) is not None:
                if cm.entity.kind == "concept":
                    crit = None  # "wies die Forderung zurück": a demand that names an issue
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
                    for u in self.toks[a:b]
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
            mutual = any(u.lower_ in self.lex.mutual for u in self.toks[a:b])
            if frame.reciprocal or mutual:
                self.de_reciprocal(t, seg, pol or "support", lem)
                return
            if frame.target == "issue":
                target_m = [m for m in target_m if m.entity.kind == "concept"]
            if source is None or not target_m:
                return
            neg_seg = (source.end if source.start < t.i else a, b)
            # "Weder die CDU noch die FDP wollen zustimmen": the negation opens the subject
            neither = any(
                self.toks[k].lower_ == "weder"
                for k in range(max(a, source.start - 2), source.start)
            )
            neg = neither or self.negated(t, neg_seg)
            final = self.negated_side(t, neg_seg, pol or "oppose") if neg else (pol or "oppose")
            for tm in target_m:
                a0 = min(source.start, tm.start, t.i)
                b0 = max(source.end, tm.end, t.i + 1, self._particle_end(t))
                self.emit(source.entity, tm.entity, final, a0, b0, lem, 0.75, self.past(t, seg))
                for co in co_sources:  # "SPD und Grüne unterstützen das Gesetz"
                    self.emit(co.entity, tm.entity, final, a0, b0, lem, 0.7, self.past(t, seg))
            return
        if source is not None and not target_m and frame.target == "critics":
            # "Von Pohl wurde der Vorwurf als „billige Polemik“ zurückgewiesen": against whoever
            # made the reproach
            crit = self._statement_noun_object(t, seg)
            if crit is not None and not self.negated(t, seg):
                for c in self.critics_of(source.entity, crit):
                    a0 = min(source.start, crit, t.i)
                    self.emit(source.entity, c, "oppose", a0, t.i + 1, lem, 0.6)
            return
        if source is None or not target_m:
            return
        neg = self.negated(t, seg)
        side = frame.polarity or "oppose"
        final = self.negated_side(t, seg, side) if neg else side
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
                or self.resolver._org_title(u)  # "der Wählergemeinschaft"
                for u in self.toks[source.end : m.start]
            )
        ]
        for ag in agents:
            for tm in target_m:
                if tm.entity is ag.entity:
                    continue
                a0 = min(ag.start, tm.start, t.i)
                b0 = max(ag.end, tm.end, t.i + 1)
                self.emit(ag.entity, tm.entity, final, a0, b0, lem, 0.7, self.past(t, seg))

    def _with_genitive(self, end: int, limit: int) -> int:
        """German: the end of an issue noun ending before ``end``, with its genitive complement
        ("Schließung der Geburtsstation") or what it is to be without ("Apotheken ohne
        Apotheker") when one follows before ``limit``."""
        if end + 1 < limit and self.toks[end].lower_ in ("der", "des") and (
            self.toks[end + 1].tag_ == "NN"
        ):
            return end + 2
        if end + 1 < limit and self.toks[end].lower_ in self.lex.counterfactual_preps:
            k = end + 1
            while k < limit and self.toks[k].tag_ in ("ART", "ADJA", "PIAT"):
                k += 1
            if k < limit and self.toks[k].tag_ == "NN" and self.ents.at(k) is None:
                return k + 1
        return end

    def de_object_issue(self, cue: Token, seg: tuple[int, int], source: Mention) -> Mention | None:
        """German: the first plain noun object of a cue verb, as an issue."""
        a, b = seg
        finite = [u.i for u in self.toks[a:b] if u.tag_ in DE_FINITE_TAGS]
        a = max(a, (finite[0] if finite else cue.i) + 1)
        cue_frame = self.lex.verbs.get(self.lemma(cue))
        judging = cue_frame is not None and cue_frame.evaluative
        for i in range(a, b):
            t = self.toks[i]
            if i == cue.i or self._quote[i] or not (t.tag_ == "NN" or (t.pos_ == "NOUN")):
                continue
            if source.start <= i < source.end or self.prep_before(i) is not None:
                continue
            if judging and _evaluate([t], self.lex):
                continue  # "nannte das eine Katastrophe": the verdict, not what is judged
            if self.article_before(i) in ("des",) or self.lex.role_of(t.text):
                continue
            kind = (t.lemma_ or t.text).lower()
            if (
                self.lex.role_of(kind)
                or kind in self.lex.org_titles
                or any(kind.endswith(x) for x in self.lex.org_title_endings if len(x) >= 7)
            ):
                return None  # "warf den Netzbetreibern vor": operators are actors, no issue
            if t.lower_ in self.lex.statement_nouns:
                return None
            nf = self.lex.nouns.get(t.lemma_.lower())
            if nf is not None and not (
                # "unterstützt das Volksbegehren": a petition with no target named is the issue
                nf.needs_target
                and not any(u.lower_ in nf.target_prep for u in self.toks[i + 1 : b])
                and not self.lex.role_of(t.text)
            ):
                return None
            known = self.ents.at(i)
            if known is not None and known.entity.kind == "concept":
                return known  # an issue anaphor resolved meanwhile
            if (
                t.text.lower() in self.lex.person_nouns
                and i > 0
                and self.toks[i - 1].tag_ == "PPOSAT"
            ):
                # "hatte er ihre Kandidatur unterstützt": the owner is the one supported
                owner = self.last_person(exclude=source.entity)
                return Mention(i - 1, i + 1, owner, "pronoun") if owner is not None else None
            if t.text.lower() in self.lex.person_nouns and i + 2 < b:
                # "unterstützt die Kandidatur von Petra Lang", "die Wiederwahl des Präsidenten"
                k = i + 2 if self.toks[i + 1].lower_ in ("von", "vom", "des", "der") else None
                while k is not None and k + 1 < b and self.ents.at(k) is None and (
                    self.lex.role_of(self.toks[k].text) and self.ents.at(k + 1) is not None
                ):
                    k += 1  # "die Kandidatur von Ministerin Petra Lang": past her title
                owner_m = self.mention_at(k) if k is not None else None
                if owner_m is not None and owner_m.entity.kind == "actor":
                    return owner_m
            end = self._with_genitive(i + 1, b)
            return self._new_issue(i, end, self.doc[i:end].text, t.text)
        return None

    def de_stance_adjective(self, t: Token, lem: str) -> None:
        """ "X zeigte sich enttäuscht (über Y)", "X reagierte empört": the adjective's polarity
        toward what follows über/von/mit, else toward the issue under discussion."""
        seg = self.seg_range(t.i)
        _, b = seg
        adjs = [
            u
            for u in self.toks[t.i + 1 : b]
            if (u.tag_ == "ADJD" or u.pos_ == "ADJ") and self.ents.at(u.i) is None
        ]  # (not "Lindenauer" in "Tourismusverband Lindenauer Land")
        if not adjs:
            return
        score = _evaluate(adjs[:2], self.lex)
        if score == 0:
            return
        if self.toks[adjs[0].i - 1].lower_ in self.lex.weakeners:
            score = -score  # "zeigte sich wenig begeistert"
        source = self.de_subject(t, seg)
        if source is None:
            return
        target: Mention | None = None
        for m, p in self.de_objects(t, (adjs[0].i, b), None, source.entity):
            if p in self.lex.attitude_preps:
                target = m
                break
        sent = self.sent(t)
        if target is None and b < sent.end and self.toks[b].text == ":":
            # "reagierte empört: Die Pläne seien …": what the colon goes on to judge
            for k in range(b + 1, min(sent.end, b + 6)):
                if self.toks[k].tag_ not in ("NN", "NE"):
                    continue
                m = self.mention_at(k)
                if m is not None and m.entity is not source.entity:
                    target = m
                break
        if target is None:
            named, target = self._attitude_object(adjs[0].i, b)
            if named and target is None:
                return
        if target is None:
            # a reaction answers the latest issue or event named ("zeigte sich enttäuscht"
            # after the ruling), not the one talked about most
            recent = [m for m in self.ents.mentions if m.entity.kind == "concept" and m.start < t.i]
            topic = recent[-1].entity if recent else None
            if topic is None:
                return
            target = Mention(t.i, t.i + 1, topic, "topic")
        end = max(adjs[0].i + 1, target.end if target.how != "topic" else 0)
        pol = sign_polarity(score)
        self.emit(source.entity, target.entity, pol, min(source.start, t.i), end, lem, 0.5)

    def de_prep_issue(
        self, cue: Token, seg: tuple[int, int], frame: Frame
    ) -> tuple[Mention | None, str | None]:
        """German: the noun after the frame's preposition, as an issue (and its polarity)."""
        a, b = seg
        alt = dict(frame.alt)
        for i in range(a, b - 1):
            w = self.toks[i].lower_
            if w not in frame.prep and w not in alt:
                continue
            j = self._phrase_noun(i, b)
            if (
                j < b
                and self.toks[j].tag_ == "NN"
                and self.mention_at(j) is None
                and not self.lex.role_of(self.toks[j].text)  # "von seinem Geldgeber": a person
                # "rief zu einer Kundgebung gegen X auf": the stance noun takes the side on X
                and not self._noun_with_target(j, b)
                # "hält an ihrem Widerstand fest": a stance of one's own kept, no issue called
                # "Widerstand" (but "rief zu ihrem Streik auf": a strike is an issue)
                and not (
                    self.lemma(self.toks[j]) in self.lex.nouns
                    and self.lex.issue_kind(self.toks[j].lower_) is None
                    and any(u.tag_ == "PPOSAT" for u in self.toks[i + 1 : j])
                )
            ):
                end = self._with_genitive(j + 1, b)
                if self._feared(cue, i, j):
                    return None, None  # "warnte vor einem Millionenloch": a feared effect
                m = self._new_issue(j, end, self.doc[j:end].text, self.toks[j].text)
                return m, alt.get(w)
        return None, None

    def _feared(self, cue: Token, prep: int, j: int) -> bool:
        """Whether the noun at ``j``, after the preposition at ``prep``, is what a warning
        fears rather than an issue: a noun with no article or an indefinite one ("warnte vor
        einem Millionenloch", "vor leeren Kassen") that is no policy ("vor einer Erhöhung der
        Grundsteuer" is an issue)."""
        if self.lemma(cue) not in self.lex.warning_verbs:
            return False
        if any(u.lower_ in self.lex.definite_determiners for u in self.toks[prep + 1 : j]):
            return False
        head = self.toks[j].lower_
        return not (
            head in self.lex.concept_nominalisations
            or head.endswith(self.lex.policy_endings)
            or self.lex.issue_kind(head) is not None
        )

    def _voters(self, seg: tuple[int, int]) -> list[Mention]:
        """The actors after "mit den Stimmen von/der …" in a clause (``vote_nouns``)."""
        a, b = seg
        out: list[Mention] = []
        for k in range(a, b - 1):
            if self.toks[k].lower_ not in self.lex.vote_nouns:
                continue
            j = k + 1
            while j < b and (
                self.toks[j].tag_ in ("APPR", "ART", "APPRART", "KON", "$,")
                or self.ents.at(j) is not None
            ):
                m = self.ents.at(j)
                if m is not None and m.entity.kind == "actor" and m not in out:
                    out.append(m)
                j = m.end if m is not None else j + 1
        return out

    def _noun_with_target(self, j: int, b: int) -> bool:
        """The stance noun at ``j`` names its own target before ``b`` ("Kundgebung gegen X")."""
        nf = self.lex.nouns.get(self.lemma(self.toks[j]))
        return nf is not None and any(u.lower_ in nf.target_prep for u in self.toks[j + 1 : b])

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
            u = self.toks[i]
            if u.tag_ in DE_FINITE_TAGS:
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
        return any(u.lower_ == "davor" or u.tag_ == "PTKZU" for u in self.toks[t.i + 1 : end])

    def _particle_end(self, t: Token) -> int:
        complements = self.lex.verb_complements.get((t.lemma_ or t.text).lower(), {})
        for u in self.toks[t.i + 1 : self.sent(t).end]:
            if u.lower_ in complements:
                return u.i + 1
            if u.text in _SEG_BREAK or u.tag_ in DE_FINITE_TAGS:
                break
            if u.tag_ == "PTKVZ":
                return u.i + 1
        return t.i + 1

    def _demanded(self, noun: int, seg: tuple[int, int]) -> Mention | None:
        """German: what a demand asks for ("Forderungen nach einem höheren Zuschuss"): a verb
        that rejects or backs the demand takes that side on the thing demanded."""
        if self.toks[noun].lower_ not in self.lex.demand_nouns:
            return None
        j = noun + 1
        if j >= seg[1] or self.toks[j].lower_ not in self.lex.demand_preps:
            return None
        j += 1
        start = None  # "mehr Personal": a quantity word is part of what is demanded
        while j < seg[1] and self.toks[j].tag_ in _NP_START_TAGS:
            if self.toks[j].lower_ in self.lex.quantity_words:
                start = j
            j += 1
        if j >= seg[1] or self.toks[j].tag_ != "NN":
            return None
        m = self.mention_at(j)
        if m is not None:
            return m
        end = self._with_genitive(j + 1, seg[1])
        start = j if start is None else start
        return self._new_issue(start, end, self.doc[start:end].text, self.toks[j].text)

    def _phrase_noun(self, k: int, limit: int) -> int:
        """The noun of the phrase the preposition at ``k`` opens: the first word after it past
        articles, adjectives and numbers (``limit`` when the phrase runs out)."""
        j = k + 1
        while j < limit and self.toks[j].tag_ in _NP_START_TAGS:
            j += 1
        return j

    def _said_after_prep(
        self, seg: tuple[int, int], preps: tuple[str, ...]
    ) -> tuple[int | None, str]:
        """The statement noun right after one of ``preps`` in the clause ("von den Äußerungen",
        "gegen die Vorwürfe") and that preposition, or (None, "")."""
        a, b = seg
        for k in range(a, b - 1):
            if self.toks[k].lower_ not in preps:
                continue
            j = self._phrase_noun(k, b)
            if j < b and self.toks[j].lower_ in self.lex.statement_nouns:
                return j, self.toks[k].lower_
        return None, ""

    def _statement_noun_object(self, t: Token, seg: tuple[int, int]) -> int | None:
        a, b = seg
        for u in self.toks[a:b]:
            if u.i != t.i and (u.text.lower() in self.lex.statement_nouns) and u.tag_ in ("NN", ""):
                return u.i
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
        if frame.needs_prep and not any(u.lower_ in frame.prep for u in self.toks[seg[0] : seg[1]]):
            return  # "halten" judges only with "für": "hält die Reform für einen Fehler"
        # the verdict is in the clause (and a quotation opened in it), not in what follows:
        # "hält X für „diskussionswürdig“, legt sich aber nicht fest"
        stop = seg[1]
        opened = next((u.i for u in self.toks[t.i + 1 : seg[1]] if u.text in QUOTE_OPEN), None)
        if opened is not None:
            stop = max(stop, self._quote_end(opened, sent.end))
        tail = self.toks[t.i + 1 : stop]
        # verb-final clause: ", der die Kürzung als „Schlag gegen die Stadt“ bezeichnete"
        final = all(u.is_punct for u in self.toks[t.i + 1 : seg[1]]) and source.start < t.i
        if final:
            tail = list(self.toks[max(seg[0], source.end) : t.i])
        fronted = not final and source.start > t.i and seg[0] < t.i
        if fronted:
            # the verdict fronted before the verb: "Als „Etikettenschwindel“ bezeichnete X die
            # Reform", "Skeptisch beurteilt X die Pläne"
            tail = list(self.toks[seg[0] : t.i]) + tail
        # the words naming what is judged do not judge it ("hält die Reform für einen Fehler")
        named = {i for m, _ in cands for i in range(m.start, m.end)}
        # nor does a word for what someone said ("nannte die Sorgen der Gewerkschaft
        # unbegründet": the fears are judged, they are no verdict)
        pol = _evaluate(
            [
                u
                for u in tail
                if u.i not in named
                and u.lower_ not in self.lex.concept_anaphors
                and u.lower_ not in self.lex.statement_nouns
            ],
            self.lex,
        )
        if pol == 0:
            return
        polarity = sign_polarity(pol)
        # the criticism judged: after the verb, or in a verb-final clause before it (not
        # "Bedenken" in the next clause: "Während X das Projekt positiv sieht, hat Y Bedenken")
        crit = self._statement_noun_object(
            t, (max(seg[0], source.end), t.i) if final else (t.i, sent.end)
        )
        if final and crit is not None and self.toks[crit].lower_ in self.lex.demand_nouns:
            crit = None  # "der die Forderung als „maßvoll“ bezeichnete": a demand, no critic
        aimed = self._stance_noun_target(crit, sent.end) if crit is not None else None
        if aimed is not None and aimed.entity is not source.entity:
            # "hält die Kritik an der Reform für überzogen": rejecting a stance toward X takes
            # the other side on X, endorsing it the same side
            nf = self.lex.nouns[self.toks[crit].lower_]
            side = nf.polarity if polarity == "support" else opposite(nf.polarity)
            lo = min(source.start, t.i, crit)
            hi = max(aimed.end, t.i + 1, stop)
            while (
                hi > aimed.end
                and self.toks[hi - 1].is_punct
                and self.toks[hi - 1].text not in QUOTE_OPEN
            ):
                hi -= 1  # up to the verdict, with its closing quotation mark
            self.emit(source.entity, aimed.entity, side, lo, hi, lem, 0.55)
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
        # "sieht in der Reform eine Chance": the frame's preposition names what is judged
        inside = () if frame.needs_prep else frame.prep
        plain = [m for m, p in cands if (p is None or p in inside) and m.start > t.i]
        if final:
            plain = [m for m, p in cands if p is None and source.end <= m.start < t.i]
        if not plain:
            judged = self._judged_object(t, sent.end)
            if judged is None and not final and not fronted:
                # "hält die Ausdünnung für falsch": a plain noun object no other rule named is
                # the issue judged, as with any other cue verb
                judged = self.de_object_issue(t, seg, source)
            plain = [judged] if judged is not None else []
        if plain:
            m = plain[0]
            end = self._quote_end(m.end, sent.end)
            if final:
                end = t.i + 1
            elif end == m.end:  # "nannte den Streikaufruf der Gewerkschaft unverhältnismäßig"
                end = max(end, self.seg_range(t.i)[1])
                while end > m.end and self.toks[end - 1].is_punct:
                    end -= 1
            lo = seg[0] if fronted else min(source.start, t.i)
            self.emit(source.entity, m.entity, polarity, lo, end, lem, 0.6)

    def _stance_noun_target(self, k: int, limit: int) -> Mention | None:
        """What the stance noun at ``k`` is aimed at, named right after it with its target
        preposition ("Kritik an der Reform", "Widerstand gegen den Windpark"), or None."""
        nf = self.lex.nouns.get(self.toks[k].lower_)
        if nf is None or nf.reciprocal or nf.polarity not in ("support", "oppose"):
            return None
        if not (k + 1 < limit and self.toks[k + 1].lower_ in nf.target_prep):
            return None
        j = self._phrase_noun(k + 1, limit)
        return self.mention_at(j) if j < limit else None

    def _pointed_object(
        self, t: Token, seg: tuple[int, int], source: Mention, frame: Frame
    ) -> list[Mention]:
        """German objects that point back: "Sarıkaya wies das zurück" (whoever criticised her),
        "Das hat der Aufsichtsrat beschlossen" / "Keil lehnt sie ab" after an issue opened the
        previous sentence (that issue)."""
        a, b = seg
        for u in self.toks[a:b]:
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
            issues = [m for m in self.ents.in_range(prev.start, prev.end, "concept")]
            if pronoun and u.lower_ == "sie" and len(issues) == 1:
                # "Die Landesregierung plant eine Reform. Der Mieterbund lehnt sie ab": the one
                # issue the last sentence named (a stance verb takes a side on an issue)
                return [Mention(u.i, u.i + 1, issues[0].entity, "anaphor")]
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
            u = self.toks[k]
            if u.lower_ in ("es", "das", "dies") and u.tag_ in ("PPER", "PDS"):
                topic = self.topic_concept(k)
                return Mention(k, k + 1, topic, "topic") if topic is not None else None
            if u.lower_ in ("sie", "ihn") and u.tag_ == "PPER":
                return self._judged_pronoun(k, "f" if u.lower_ == "sie" else "m")
            if u.tag_ in ("ART", "ADJA", "PPOSAT", "PIAT"):
                continue
            if u.tag_ not in ("NN", "NE"):
                return None
            m = self.mention_at(k)
            if m is not None:
                return m
            j = k + 1
            if j < limit and self.toks[j].lower_ in ("der", "des"):
                j += 1
                while j < limit and self.toks[j].tag_ in ("ADJA", "ART"):
                    j += 1
                owner = self.mention_at(j) if j < limit else None
                if owner is not None and owner.entity.kind == "actor":
                    return owner
                if owner is not None and u.lower_ in self.lex.aspect_nouns:
                    return owner  # "hält die Kosten des Hallenbads für zu hoch"
            if u.lower_ in self.lex.aspect_nouns and self.toks[k - 1].lower_ in ("die", "den"):
                # "hält die Kosten für nicht tragbar": an aspect of the issue at hand
                topic = self.topic_concept(k)
                return Mention(k, k + 1, topic, "topic") if topic is not None else None
            return None
        return None

    def _judged_pronoun(self, k: int, gender: str) -> Mention | None:
        """ "nannte sie unsozial": "sie"/"ihn" is whichever was spoken of last, an issue ("die
        Reform") or a person of that gender."""
        last = None
        for m in self.ents.mentions:
            if m.end > k or (last is not None and m.start < last.start):
                continue
            e = m.entity
            if e.kind == "concept" or (e.type == "person" and self._fits(e, gender)):
                last = m
        return Mention(k, k + 1, last.entity, "pronoun") if last is not None else None

    def de_reciprocal(self, t: Token, seg: tuple[int, int], pol: str, lem: str) -> None:
        sent = self.sent(t)
        actors = [
            m for m in self.ents.in_range(sent.start, t.i, "actor") if self.nominative_like(m)
        ]
        coord = [m for m in actors]
        if len(coord) >= 2:
            x, y = coord[0], coord[1]
            if any(self.toks[k].lower_ in ("und", "and") for k in range(x.end, y.start)):
                self.emit_both(x.entity, y.entity, pol, sent.start, t.i + 1, lem, 0.6)
                return
        # "Kranz streitet mit Weber", "geriet mit Weber aneinander": the subject and "mit" Y
        source = self.de_subject(t, seg)
        if source is None:
            return
        for m, p in self.de_objects(t, seg, self.lex.verbs[lem], source.entity):
            if p == "mit" and m.entity.kind == "actor" and m.entity is not source.entity:
                hi = max(m.end, self._particle_end(t))
                self.emit(source.entity, m.entity, pol, min(source.start, t.i), hi, lem, 0.6)
                self.emit(m.entity, source.entity, pol, min(source.start, t.i), hi, lem, 0.6)
                return
