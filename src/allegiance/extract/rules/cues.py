"""Cue families beside verb frames, nouns and speech: "to be" with a side, degrees, "spoke of",
intent and change, and the verb-cue dispatch by language."""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.extract.lexicon import Frame
from allegiance.extract.mentions import DE_FINITE_TAGS, QUOTE_OPEN, Mention
from allegiance.extract.rules.base import _evaluate, opposite, sign_polarity


class OtherCues:
    """Sides stated with "to be" ("ist gegen", "is in favour of"), degree phrases ("hält wenig
    von"), "sprach von „…“" / "spoke of", intended and demanded changes, and the dispatch of
    a verb cue to the German or English frames."""

    def copula_cue(self, t: Token) -> None:
        """ "Die CDU ist gegen das Parkhaus", "Die Grünen sind dagegen", "the union is against
        the merger", "the council is in favour of the plan": a side stated with "to be"."""
        sent = self.sent(t)
        end = min(sent.end, t.i + 6)
        k = t.i + 1
        pol: str | None = None
        target: Mention | None = None
        while k < end:
            u = self.toks[k]
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
                    and self.toks[j].lower_
                    in (
                        "favour",
                        "favor",
                    )
                ):
                    j += 2  # "in favour of"
                elif not self.de and low == "in":
                    break
                while j < end and target is None:
                    w = self.toks[j]
                    if w.lower_ in self.lex.issue_pronouns and j == k + 1:
                        # "Tom Reed is against it", "Die FDP ist dagegen" (above): the issue
                        # named last
                        target = self._last_issue(j)
                        break
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
        if target.how != "topic":
            self._contrasted_side(t, source, target, sent)

    def _contrasted_side(self, t: Token, source: Mention, target: Mention, sent: Span) -> None:
        """ "Man sei nicht gegen die Bahn, aber gegen diese Planung": a side the contrast adds
        after the first one, with the copula left out."""
        for k in range(target.end, min(sent.end - 2, target.end + 3)):
            if self.toks[k].lower_ not in self.lex.contrast_words:
                continue
            prep = self.toks[k + 1].lower_
            if prep not in self.lex.copula_preps:
                return
            for j in range(k + 2, min(sent.end, k + 5)):
                w = self.toks[j]
                if w.pos_ in ("NOUN", "PROPN") or w.tag_ in ("NN", "NE"):
                    m = self.mention_at(j)
                    if m is not None and m.entity is not source.entity:
                        pol = self.lex.copula_preps[prep]
                        lo = min(source.start, t.i)
                        self.emit(source.entity, m.entity, pol, lo, m.end, self.lemma(t), 0.5)
                    return
            return

    def degree_cue(self, t: Token, lem: str) -> None:
        """ "Der Verband hält wenig von der Reform": a degree word and a preposition ("-": the
        plain object, "kann der Reform wenig abgewinnen")."""
        seg = self.seg_range(t.i)
        a, b = seg
        words = [u.lower_ for u in self.toks[a:b]]
        for prep, degrees in self.lex.verb_degrees[lem].items():
            pol = next((degrees[w] for w in words if w in degrees), None)
            if pol is None or (prep != "-" and prep not in words):
                continue
            source = self.de_subject(t, seg)
            if source is None or source.entity.kind != "actor":
                return
            for m, p in self.de_objects(t, seg, None, source.entity):
                if p == (None if prep == "-" else prep) and m.start > source.end:
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
                m = self.mention_at(k) if self.toks[k].tag_ in ("NN", "NE") else None
                if m is not None and m.entity.kind == "concept":
                    return False  # "die Quote sei …": an issue is the subject
            source = self.de_subject(t, self.seg_range(t.i))
        else:
            source, _ = self.en_subject(t)
        return source is not None and source.entity.kind == "actor"

    def in_favour_of(self, t: Token) -> None:
        """English: "voted in favour of the bill", "argued in favor of the tax": whoever does
        it backs what follows "of" (``favour_words``)."""
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ != "in" or prep.head == prep:
            return
        v = self.governing_verb(prep.head)
        src, _ = self.en_subject(v)
        if src is None or src.entity.kind != "actor":
            return
        for of in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            for o in (c for c in of.children if c.dep_ == "pobj"):
                m = self.arg_mention(o)
                if m is None and o.lower_ in self.lex.policy_nouns:
                    m = self.en_object_issue(o)
                if m is None or m.entity is src.entity:
                    continue
                neg = self.negated(v, (v.i, v.i))
                pol = "neutral" if neg else "support"
                self.emit(src.entity, m.entity, pol, min(src.start, v.i), m.end, "favour", 0.6)

    def called_action(self, t: Token) -> None:
        """English: "The union called the 72-hour strike", "staged a walkout": whoever calls
        or stages an action of a kind in ``issue_kinds["strike"]`` backs it."""
        kinds = self.lex.issue_kinds.get("strike", ())
        if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in t.children):
            return  # "called the strike unlawful": a verdict, not who called it
        for o in t.children:
            if o.dep_ != "dobj" or o.lower_ not in kinds:
                continue
            if o.i + 1 < len(self.doc) and (
                self.toks[o.i + 1].text in QUOTE_OPEN or self.toks[o.i + 1].pos_ == "ADJ"
            ):
                continue  # "called the walkout "reckless""
            m = self.mention_at(o.i)
            src, passive = self.en_subject(t)
            if m is None or m.entity.kind != "concept" or src is None or passive:
                continue
            if m.entity.family != "strike" and (m.entity.head or "") not in kinds:
                continue  # the strike as part of another issue: not the strike itself
            if src.entity.kind != "actor" or self.negated(t, (t.i, t.i)):
                continue
            self.emit(src.entity, m.entity, "support", min(src.start, t.i), o.i + 1, "call", 0.6)

    def spoke_of(self, t: Token) -> None:
        """ "sprach von einem „Ausverkauf der Landschaft“", "spoke of a 'betrayal'": a quoted
        label judges the issue at hand, or the actor named after it ("„gezielten Kampagne“ der
        Gewerkschaft")."""
        sent = self.sent(t)
        k = t.i + 1
        after_of = -1  # where the label after "von"/"of" starts
        while k < min(sent.end, t.i + 6) and self.toks[k].text not in QUOTE_OPEN:
            if self.toks[k].lower_ in ("von", "vom", "of"):
                after_of = k + 1
                k += 1
                continue
            if self.toks[k].pos_ in ("DET", "ADJ", "ADV"):  # "sprach dagegen von einem „…“"
                k += 1
                continue
            if self.ents.at(k) is not None or self.toks[k].lower_ in self.lex.subject_pronouns:
                k += 1  # "sprach er von", "sprach Müller von"
                continue
            if after_of >= 0 and self.toks[k].pos_ == "NOUN" and self.mention_at(k) is None:
                break  # "sprach von einem Desaster": an unquoted label
            return
        if k >= sent.end:
            return
        if self.toks[k].text in QUOTE_OPEN:
            end = self._quote_end(k, sent.end)
            if end <= k + 1:
                return
            score = _evaluate(self.doc[k + 1 : end - 1], self.lex)
        else:
            # an unquoted label counts by the project's own word lists only
            label = [u for u in self.toks[after_of : k + 1] if u.pos_ in ("NOUN", "ADJ")]
            score = _evaluate(label, self.lex, strict=True)
            end = k + 1
        if score == 0 and end + 1 < sent.end and self.toks[end].text == ",":
            # "sprach von einer »Apotheke light«, die Patienten gefährde": the relative clause
            # says what the label means
            rel = end + 1
            stop = rel + 1
            while stop < sent.end and self.toks[stop].text not in (",", ".", ";"):
                stop += 1
            # a relative pronoun (the tagger may call it an article: then the clause must end
            # in its finite verb)
            relative = self.toks[rel].tag_ in ("PRELS", "PRELAT") or (
                self.toks[rel].lower_ in ("der", "die", "das", "which", "that")
                and self.toks[stop - 1].tag_ in DE_FINITE_TAGS
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
        if j + 1 < sent.end and self.toks[j].lower_ in ("der", "des", "of"):
            j += 1
            while j < sent.end and self.toks[j].pos_ in ("DET", "ADJ"):
                j += 1
            target = self.mention_at(j) if j < sent.end else None
        if target is None:
            topic = self.topic_concept(t.i)
            target = Mention(k, end, topic, "topic") if topic is not None else None
        if target is None or target.entity is source.entity:
            return
        pol = sign_polarity(score)
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
        noun_issues: list[Mention] = []

        def named() -> list[Mention]:
            return [
                m
                for m in self.ents.mentions
                if m.entity.kind == "concept"
                and m.entity.head
                and (m.entity.head.endswith(noun) or m.entity.name.lower().startswith(noun))
            ]

        a, _ = self.seg_range(t.i)
        gov = self._de_intent_verb(a, t.i)
        obj_start = gov.i + 1 if gov is not None else a
        zu = t.tag_ == "VVIZU" or (t.i > 0 and self.toks[t.i - 1].tag_ == "PTKZU")
        if gov is None and zu and a >= 2 and self.toks[a - 1].text == ",":
            # "hat beschlossen, die Geburtsstation zu schließen", "kündigte an, … zu verlagern"
            pa, pb = self.seg_range(a - 2)
            gov = next(
                (
                    u
                    for u in self.toks[pa:pb]
                    if u.pos_ in ("VERB", "AUX") and self.lemma(u) in self.lex.demand_verbs
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
            kind = self.lex.issue_kind(noun)
            for u in self.doc:
                if u.tag_ != "NN" or u.i == t.i:
                    continue
                if u.lower_.endswith(noun) or (
                    kind is not None and self.lex.issue_kind(u.lower_) == kind
                ):
                    # "will den Hebesatz anheben … die Erhöhung": the article's own word
                    m = self.mention_at(u.i)
                    if m is not None and m.entity.kind == "concept":
                        noun_issues.append(m)
            issues = named() or noun_issues
        if not issues and lem in self.lex.introduce_verbs:
            # "will den Videobeweis einsetzen": what is to be introduced is the issue
            obj: Mention | None = None
            for k in range(obj_start, t.i):
                u = self.toks[k]
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

    def _de_intent_verb(self, a: int, b: int) -> Token | None:
        """German: the modal of intent or the future "werden" in ``doc[a:b]`` ("will die Maut
        abschaffen", "wird die Steuer erhöhen"), if any."""
        return next(
            (
                u
                for u in self.toks[a:b]
                if (u.tag_ == "VMFIN" and self.lemma(u) in self.lex.demand_verbs)
                or (u.tag_ == "VAFIN" and self.lemma(u) == "werden")
            ),
            None,
        )

    def change_cue(self, t: Token, lem: str) -> bool:
        """Wanting or demanding a change takes a side on what would change: "forderte, die
        Schuldenbremse zu lockern", "will die Maut abschaffen", "vowed to repeal the tax",
        "urged the council to scrap the plan". The governing verb must be one of demand or
        intent (``demand_verbs``); True when a statement was made."""
        pol = self.lex.change_verbs[lem]
        if self.de:
            a, _ = self.seg_range(t.i)
            zu = t.tag_ == "VVIZU" or (t.i > 0 and self.toks[t.i - 1].tag_ == "PTKZU")
            gov: Token | None = None
            if zu and a >= 2 and self.toks[a - 1].text == ",":
                pa, pb = self.seg_range(a - 2)  # "forderte, die Schuldenbremse zu lockern"
                gov = next(
                    (u for u in self.toks[pa:pb] if self.lemma(u) in self.lex.demand_verbs),
                    None,
                )
                refusal = next(
                    (u for u in self.toks[pa:pb] if self.lemma(u) in self.lex.refusal_verbs),
                    None,
                )
                if gov is None and refusal is not None:
                    # "weigert sich, die Gebühren zu zahlen": refusing the change
                    gov = refusal
                    pol = opposite(pol)
                # "lehnt es ab, die Schuldenbremse zu lockern": rejecting the change
                against = next(
                    (
                        u
                        for u in self.toks[pa:pb]
                        if self.lex.verbs.get(self.lemma(u)) is not None
                        and self.lex.verbs[self.lemma(u)].polarity == "oppose"
                    ),
                    None,
                )
                if gov is None and against is not None:
                    gov = against
                    pol = opposite(pol)
            elif not zu:  # "will die Maut abschaffen", "wird die Maut abschaffen"
                gov = self._de_intent_verb(a, t.i)
            if gov is None:
                return False
            targets = [m for m in self.ents.in_range(a, t.i) if m.entity.kind == "concept"]
            if not targets:
                k = t.i - 1  # "die Zuschüsse ... kürzen": an anaphor
                while k >= a and targets == []:
                    m = self.mention_at(k) if self.toks[k].tag_ == "NN" else None
                    if m is not None and m.entity.kind == "concept":
                        targets = [m]
                    k -= 1
            source = self.de_subject(gov, self.seg_range(gov.i))
            negated = self.negated(gov, self.seg_range(gov.i))
        else:
            head = t.head
            # "The government will extend the levy": an announced action, in the main clause
            future = t.dep_ in ("ROOT", "conj") and any(
                c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in t.children
            )
            # "wants the tax scrapped": the participle's subject is what should change
            wanted = (
                t.dep_ in ("ccomp", "xcomp", "oprd")
                and t.tag_ in ("VBN", "VBD")
                and self.lemma(head) in self.lex.demand_verbs
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            )
            # "said the levy should be scrapped": an obligation the speaker states
            obliged = (
                t.tag_ == "VBN"
                and t.dep_ == "ccomp"
                and self.lemma(head) in self.lex.speech_verbs
                and any(c.dep_ == "auxpass" for c in t.children)
                and any(
                    c.dep_ == "aux" and c.lower_ in self.lex.obligation_modals for c in t.children
                )
                and any(c.dep_ == "nsubjpass" for c in t.children)
            )
            if future:
                head = t
            elif wanted or obliged:
                wanted = True
            elif not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return False
            asked = (  # "called for the chief executive to resign"
                t.dep_ == "advcl"
                and lem in self.lex.resign_verbs
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children)
                and self.lemma(head) in self.lex.demand_verbs
            )
            # "called for the tax to be scrapped": the passive subject is what should change
            wanted = wanted or (
                t.dep_ == "advcl"
                and t.tag_ == "VBN"
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children)
                and any(c.dep_ == "nsubjpass" for c in t.children)
                and self.lemma(head) in self.lex.demand_verbs
            )
            if future or asked or wanted:
                pass
            elif (
                t.dep_ == "acl"
                and (head.lower_ in self.lex.intent_nouns or head.lower_ in self.lex.effort_nouns)
                and head.dep_ == "dobj"
                and not any(c.dep_ == "poss" for c in head.children)
            ):
                head = head.head  # "has launched a campaign to oust the chairman"
            elif t.dep_ in ("xcomp", "ccomp") and self.lemma(head) in self.lex.refusal_verbs:
                pol = opposite(pol)  # "refused to pay the fees"
            elif t.dep_ not in ("xcomp", "ccomp") or self.lemma(head) not in self.lex.demand_verbs:
                return False
            targets = []
            if lem in self.lex.resign_verbs:
                # "urged Mayor Hale to resign", "called on X to quit": the one asked to go
                if asked:
                    for c in t.children:
                        m = self.arg_mention(c) if c.dep_ == "nsubj" else None
                        if m is not None and m.entity.kind == "actor":
                            targets.append(m)
                for c in head.children:
                    objs = [c] if c.dep_ == "dobj" else []
                    if c.dep_ in ("prep", "prt") and c.lower_ == "on":  # (parsed either way)
                        objs = [g for g in c.children if g.dep_ == "pobj"]
                    for o in objs:
                        m = self.arg_mention(o)
                        if m is not None and m.entity.kind == "actor":
                            targets.append(m)
            for c in t.children:
                if c.dep_ == "dobj" or (wanted and c.dep_ in ("nsubj", "nsubjpass")):
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
        if self._change_denied(t):
            pol = opposite(pol)  # "urged him not to scrap the tax"
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

    def _change_denied(self, t: Token) -> bool:
        """The change verb itself is negated: "urged the mayor not to scrap the levy", "vowed
        never to repeal it", "forderte, die Steuer nicht zu streichen"."""
        if not self.de:
            return any(c.dep_ == "neg" for c in self._children(t))
        a, _ = self.seg_range(t.i)
        return any(u.lower_ in self.lex.negation for u in self.toks[a : t.i])

    def echo_cue(self, t: Token, lem: str) -> bool:
        """ "In dasselbe Horn stieß X", "Y echoed those concerns": the subject takes the side the
        last statement before its sentence took (toward each target that speaker's sentence
        had). Verbs in ``echo_statement_verbs`` do so only with a statement noun that has no
        owner ("those concerns"); True when it did."""
        a, b = self.seg_range(t.i)
        if lem in self.lex.echo_statement_verbs:
            said = [
                u
                for u in self.toks[a:b]
                if u.i != t.i
                and (u.lower_ in self.lex.statement_nouns or u.lower_ in self.lex.nouns)
            ]
            if not said or any(c.dep_ == "poss" for c in said[0].children):
                return False  # "echoed Smith's concerns": whose they are decides
        if self.de:
            source = self.de_subject(t, (a, b))
        else:
            source, _ = self.en_subject(t)
        if source is None or source.entity.kind != "actor":
            return False
        sent = self.sent(t)
        before = [
            f
            for f in self.found
            if f.start < sent.start and f.polarity in ("support", "oppose")
            and f.source is not source.entity
        ]
        if not before:
            return False
        last = before[-1]
        echoed = [f for f in before if f.source is last.source and f.start >= last.start - 40]
        done = False
        for f in echoed:
            if f.target is not source.entity:
                lo, hi = min(source.start, t.i), max(source.end, t.i + 1)
                self.emit(source.entity, f.target, f.polarity, lo, hi, lem, 0.5)
                done = True
        return done

    def no_side(self, sent: Span) -> None:
        """The text says an actor takes no side: "is undecided on the bill", "declined to
        comment on the merger", "has not taken a position on it", "wollte sich zu dem Vorhaben
        nicht äußern", "hat sich noch keine Meinung gebildet" -> neutral toward what follows
        the preposition, else toward the issue under discussion. A neutral statement also makes
        any side the sentence seems to give the same pair neutral (``_undecided``)."""
        for t in self._no_side_words:  # the candidate words ``sentence`` collected
            low = t.lower_
            lem = self.lemma(t)
            if low in self.lex.no_side_adjectives:
                needs_denial = False
            elif low in self.lex.no_side_nouns or (
                lem in self.lex.no_side_verbs and (t.pos_ == "VERB" or t.tag_.startswith("VV"))
            ):
                needs_denial = True
            else:
                continue
            if self._quote[t.i]:
                continue
            seg = self.seg_range(t.i)
            denied = self._denied(t, seg)
            if needs_denial != denied:
                continue  # "took a clear position", "is not neutral"
            if self.de:
                source = self.de_subject(t, seg)
            else:
                v = t.head if t.dep_ in ("dobj", "attr", "acomp", "pobj", "oprd") else t
                source, _ = self.en_subject(v)
            if source is None or source.entity.kind != "actor":
                continue
            target = self._no_side_target(t, seg, source)
            if target is None:
                continue
            lo, hi = min(source.start, t.i, target.start), max(source.end, t.i + 1, target.end)
            if target.how == "topic":
                lo, hi = min(source.start, t.i), max(source.end, t.i + 1)
            self.emit(source.entity, target.entity, "neutral", lo, hi, lem, 0.5)
            return

    def _denied(self, t: Token, seg: tuple[int, int]) -> bool:
        """Whether the position word ``t`` is denied: a negation in its clause before it or a
        German one after it, "yet to", or a refusal ("declined to comment")."""
        a, b = seg
        words = self.doc[a : b if self.de else t.i + 1]
        if any(u.lower_ in self.lex.negation for u in words):
            return True
        if any(u.lower_ in self.lex.deferral_words for u in self.toks[max(a, t.i - 6) : t.i]):
            return True  # "has yet to take a stance", "will sich erst nach der Anhörung äußern"
        if not self.de:
            h = t
            for _ in range(3):
                if h.head == h:
                    break
                h = h.head
                if h.lemma_.lower() in self.lex.refusal_verbs or h.lower_ in self.lex.hedges:
                    return True
        return False

    def _no_side_target(self, t: Token, seg: tuple[int, int], source: Mention) -> Mention | None:
        """What an actor takes no side on: the actor or issue after one of ``no_side_preps``
        in the clause (in German also before the word), else the issue under discussion."""
        a, b = seg
        span = range(a, b) if self.de else range(t.i + 1, min(b, t.i + 8))
        for i in span:
            if self.toks[i].lower_ not in self.lex.no_side_preps:
                continue
            for k in range(i + 1, min(b, i + 5)):
                m = self.mention_at(k) if self._nounish(self.toks[k]) else self.ents.at(k)
                if m is not None and m.entity is not source.entity:
                    return m
        topic = self.topic_concept(t.i)
        return Mention(t.i, t.i + 1, topic, "topic") if topic is not None else None

    def verb_cue(self, t: Token, lem: str, frame: Frame) -> None:
        if self.de:
            self.de_verb(t, lem, frame)
        else:
            self.en_verb(t, lem, frame)
