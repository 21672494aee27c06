"""Stance nouns ("Kritik kam von X", "praise from Y") and relation nouns ("ally of X")."""

from __future__ import annotations

import itertools
from dataclasses import replace

from spacy.tokens import Span, Token

from allegiance.extract.lexicon import NounFrame
from allegiance.extract.mentions import DE_FINITE_TAGS, Entity, Mention, _is_law
from allegiance.extract.rules.base import _ADJ_TAGS, opposite


class NounCues:
    """Stance-noun cues ("Kritik an X", "Unterstützung erhielt X von Y", "despite opposition")
    and relation-noun cues ("eine Verbündete Webers", "the bill's sponsor") with their helpers."""

    def _named_after_comma(self, i: int) -> Mention | None:
        """The actor named in apposition right after the noun at ``i`` (", the Midland
        Education Association"), however the parser attached it."""
        k = i + 1
        if k >= len(self.doc) or self.toks[k].text != ",":
            return None
        k += 1
        if k < len(self.doc) and self.toks[k].lower_ == "the":
            k += 1
        m = self.ents.at(k) if k < len(self.doc) else None
        if m is not None and m.entity.kind == "actor" and m.how == "name":
            return m
        return None

    def _titles_a_person(self, t: Token) -> bool:
        """Whether the noun ``t`` opens a person's title: a role noun follows within three
        words, and a person's name right after it ("Opposition digital spokesman Tom Ashworth")."""
        if self.de:
            return False  # German titles are compounds ("Oppositionsführerin")
        for k in range(t.i + 1, min(len(self.doc) - 1, t.i + 4)):
            u = self.toks[k]
            if self.lex.role_of(u.text):
                m = self.ents.at(k + 1)
                return m is not None and m.start == k + 1 and m.entity.type == "person"
            if u.pos_ not in ("ADJ", "NOUN") or self.ents.at(k) is not None:
                return False  # only the title's modifiers ("digital", "home affairs")
        return False

    def noun_cue(self, t: Token, lem: str) -> None:
        nf = self.lex.nouns[lem]
        nxt_word = self.toks[t.i + 1].lower_ if t.i + 1 < len(self.doc) else ""
        for prep, side in nf.alt:
            if nxt_word == prep:  # "eine Kundgebung für das Verbot": for it, not against it
                nf = replace(nf, polarity=side, target_prep=(prep,))
                break
        sent = self.sent(t)
        nxt = self.ents.at(t.i + 1) if t.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.entity.kind == "actor" and nxt.start == t.i + 1:
            return  # "the opposition Labour Party": a description, not a stance
        if not self.de and (t.dep_ == "compound" or (t.text[:1].isupper() and not t.is_sent_start)):
            return
        if self._titles_a_person(t):
            return  # "Opposition digital spokesman Tom Ashworth": a title, not a stance
        if (
            self.de
            and t.i >= 2
            and self.toks[t.i - 1].lower_ in ("der", "des")
            and self.toks[t.i - 2].tag_ == "NN"
            and self.toks[t.i - 2].lower_.endswith("ung")
            and self.lemma(self.toks[t.i - 2]) not in self.lex.nouns
        ):
            # "nach der Niederschlagung der Proteste": a stance acted upon, nobody's stance here
            return
        # a stance noun that is itself the object of a cue verb ("befürworten Musks Kritik") is
        # handled by that verb
        if self.de and t.lower_ in self.lex.statement_nouns:
            a, b = self.seg_range(t.i)
            judging = [
                self.lex.verbs[self.lemma(u)]
                for u in self.toks[a:b]
                if u.tag_.startswith("VV") and self.lemma(u) in self.lex.verbs
            ]
            if any(
                f.evaluative or f.adjective or f.target in ("critics", "reply") for f in judging
            ):
                # "hält die Kritik an der Reform für überzogen", "zeigte sich von der Kritik
                # unbeeindruckt": the verb judges it
                return
        owner = self._possessor_before(t.i) if self.de else None
        if owner is not None and not nf.needs_target:
            a, b = self.seg_range(t.i)
            if any(
                u.tag_.startswith("VV") and self.lemma(u) in self.lex.verbs
                for u in self.toks[a:b]
            ):
                return
        # the verb that gives the stance: "gave Mayor Ortiz his support" (the small English
        # model also reads the noun as an apposition to the one given it)
        giver = t.head
        if t.dep_ == "appos" and t.head.dep_ == "dative":
            giver = t.head.head
        giving = (
            t.dep_ in ("dobj", "appos")
            and (t.dep_ == "dobj" or giver != t.head)
            and self.lemma(giver) in self.lex.giving_verbs
        )
        if (
            not self.de
            and t.dep_ == "pobj"
            and t.head.lower_ == "to"
            and t.lower_ in self.lex.rescue_nouns
        ):
            # "rallied to his defence", "came to Ortiz's defence": the owner is the one defended
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            if poss is not None:
                owner_m = self.arg_mention(poss)
                if owner_m is None and poss.tag_ == "PRP$":
                    ent = self.resolve_token(poss.i)
                    owner_m = Mention(poss.i, poss.i + 1, ent, "pronoun") if ent else None
                src_m, _ = self.en_subject(self.governing_verb(t.head))
                if (
                    owner_m is not None
                    and src_m is not None
                    and owner_m.entity.kind == "actor"
                    and owner_m.entity is not src_m.entity
                ):
                    lo, hi = src_m.start, t.i + 1
                    self.emit(src_m.entity, owner_m.entity, nf.polarity, lo, hi, lem, 0.6)
                return
        if (
            not self.de
            and not nf.reciprocal
            and not nf.needs_target  # "demanded his resignation": the owner is the target
            and not giving  # "threw her support behind X": her own stance
            and any(c.dep_ == "poss" for c in t.children)
            and t.dep_ in ("dobj", "pobj")
        ):
            return
        head_frame = self.lex.verbs.get(self.lemma(t.head))
        if (
            not self.de
            and t.dep_ == "dobj"
            and head_frame is not None
            and not nf.needs_target
            # "announced his opposition", "reaffirmed its confidence in X": a verb that backs an
            # issue, or gives what it backs, hands over to the noun
            and not (giving and (head_frame.target == "issue" or head_frame.polarity == "support"))
            # "joined the backlash against the tax": a verb that sides with actors only
            and head_frame.target != "actor"
        ):
            return  # "dismissed the endorsement": the verb decides
        if self.de and not nf.reciprocal and not nf.needs_target:
            a, b = self.seg_range(t.i)
            # "rief zu einer Kundgebung gegen X auf und warf Y … vor": the conjunct of a noun
            # governed by a preposition (an object, "bezeichnete die Kritik als …", stays with
            # every verb of its clause)
            for k in range(a, b - 1) if self.prep_before(t.i) is not None else ():
                if self.toks[k].tag_ == "KON" and self.toks[k + 1].tag_ in DE_FINITE_TAGS:
                    if k < t.i:
                        a = k + 1
                    else:
                        b = k
                        break
            for u in self.toks[a:b]:
                if (
                    u.i != t.i
                    and u.tag_.startswith("VV")
                    and self.lemma(u) in self.lex.verbs
                    and self.lemma(u) not in self.lex.light_verbs  # "plant eine Kundgebung"
                ):
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
                    self.emit_both(owner.entity, other.entity, nf.polarity, lo, hi, lem, 0.55)
                    return
            if len(ms) < 2:
                both = self._the_two(sent)
                if both is not None:
                    a, b = both  # "Zwischen den beiden Ministern schwelt der Konflikt"
                    self.emit_both(a, b, nf.polarity, sent.start, t.i + 1, lem, 0.5)
                    return
            if len(ms) < 2:
                a, _ = self.seg_range(t.i)
                ms = [m for m in self.ents.in_range(a, t.i, "actor") if self.nominative_like(m)]
            if len(ms) < 2 and self.de:
                # "Wallmann und Kortüm, die lange Verbündete waren, liefern sich einen
                # Schlagabtausch": the pair that opens the sentence
                pair = self._joined_pair(sent.start, t.i)
                ms = list(pair) if pair is not None else ms
            if len(ms) >= 2 and any(
                self.toks[k].lower_ in ("und", "and") for k in range(ms[0].end, ms[1].start)
            ):
                a, b = ms[0], ms[1]
                lo = min(a.start, t.i - (1 if t.i > sent.start else 0))
                hi = max(b.end, t.i + 1)
                self.emit_both(a.entity, b.entity, nf.polarity, lo, hi, lem, 0.6)
            return
        src: Mention | None = None
        tgt: Mention | None = None
        co_sources: list[Mention] = []
        with_light_verb = False
        received = False
        if not self.de:
            for c in t.children:
                if c.dep_ == "poss":
                    src = self.mention_at(c.i)
                    if giving and c.lower_ in ("his", "her", "its", "their"):
                        # "gave Mayor Ortiz his full support": the giver's own
                        src = self.en_subject(giver)[0] or src
            # "faced a barrage of criticism from X": the quantity noun carries the stance noun
            carrier = t
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
                carrier = t.head.head
            head = carrier.head
            dep = carrier.dep_
            if dep == "pobj" and head.lower_ == "on" and head.dep_ == "prep":
                # "can count on the endorsement of X", "relies on the support of X"
                head, dep = head.head, "dobj"
            if (
                dep == "dobj"
                and head.lemma_ in self.lex.receiving_verbs
                and (
                    head.lemma_ != "have"
                    or any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in t.children)
                )
            ):  # "has the support of X" (but "has concerns about Y" is the subject's own)
                subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    tgt = self.arg_mention(subj[0])
                for c in [*t.children, *(carrier.children if carrier is not t else ())]:
                    # "won the backing of the mining minister"
                    if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                        for p in c.children:
                            if p.dep_ == "pobj" and src is None:
                                src = self.arg_mention(p)
                                # "of the state's largest union, the Midland Education
                                # Association": the name in apposition
                                named = self._named_after_comma(p.i)
                                if named is not None:
                                    src = named
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
                received = True  # the subject receives it: never its source
        if (
            self.de
            and src is None
            and nf.source_prep
            and t.i + 2 < sent.end
            and self.toks[t.i + 1].lower_ in ("des", "der")
        ):
            g = self.ents.at(t.i + 2)
            if g is not None and g.start == t.i + 2 and g.entity.kind == "actor":
                src = g  # "die Zustimmung des Städtetags", "Kritik der Opposition"
        if (
            self.de
            and src is None
            and owner is not None
            and owner.entity.kind == "actor"
            and not nf.needs_target  # "fordert Möllenkamps Ablösung": the owner is the target
        ):
            src = owner  # "Bauers Kritik an der Reform fiel deutlich aus": the owner named before
        if self.de and src is None:
            for u in sent:
                if u.lower_ in nf.source_prep and u.i + 1 < sent.end and abs(u.i - t.i) < 15:
                    # "vom Betriebsratsvorsitzenden des Herstellers Kandisa, Olaf Prenzlow": the
                    # person named after the role's genitive
                    k = u.i + 1 + (self.toks[u.i + 1].tag_ == "ART")
                    named = self._named_in_apposition(k, sent) if k < sent.end else None
                    if named is not None:
                        src = named
                        break
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
                and abs(m.start - t.i) < 15  # (past a hyphenated title: von Linken-Stadträtin X)
                # "die von der Kommission empfohlene Erhöhung stößt auf Widerstand": the agent
                # of a participle, not the noun's source
                and not (self.de and m.end < len(self.doc) and self.toks[m.end].tag_ == "ADJA")
                and not (self.de and self._noun_attribute_before_verb(p, t))
            ):
                src = m
            elif pl in nf.target_prep and tgt is None and m.start > t.i and m.start - t.i < 8:
                tgt = m
        if tgt is None and not self.de and t.dep_ == "pobj" and t.head.lower_ == "under":
            # "came under fire from X": the subject is who is attacked
            subj, _ = self.en_subject(t.head.head)
            if subj is not None and (src is None or subj.entity is not src.entity):
                tgt = subj
        if self.de and src is not None and self._source_by_prep(src, nf):
            # "Rückenwind erhielt er von der Kurverwaltung und vom Naturschutzverein Dünenwacht"
            co_sources += self._coordinated_prep_actors(src, nf.source_prep, sent.end)
        if tgt is None and not self.de and t.i > 0 and self.toks[t.i - 1].lower_ in ("in", "of"):
            for c in t.children:  # "intervened in support of the council"
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            tgt = self.arg_mention(p)
        if tgt is None and giving:
            # "gave the scheme its blessing": the one given it
            for c in giver.children:
                # the small model also reads the one given it as a first object
                if c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < t.i):
                    if c.lower_ in ("to", "for"):  # "gave the green light to the merger"
                        c = next((p for p in c.children if p.dep_ == "pobj"), c)
                    tgt = self.arg_mention(c) or self.en_object_issue(c)
        if tgt is None and nf.target_prep:
            limit = t.i + 6
            if src is not None and src.start > t.i:
                limit = max(limit, src.end + 2)  # "Kritik von Verbandschef X an der Finanzierung"
            for i in range(t.i + 1, min(sent.end, limit)):
                if self.toks[i].lower_ in nf.target_prep:
                    for k in range(i + 1, min(sent.end, i + 5)):
                        m = self.mention_at(k)
                        if m is not None:
                            tgt = m
                            break
                        u = self.toks[k]
                        if u.tag_ in ("ART", "ADJA", "PPOSAT") or u.pos_ in ("DET", "ADJ"):
                            continue
                        named = self.ents.at(k + 1) if k + 1 < sent.end else None
                        if (
                            named is not None
                            and named.start == k + 1
                            and named.entity.kind == "actor"
                            and self.lex.role_of(u.text)
                        ):
                            tgt = named  # "den Rücktritt des Ministers Gerhard Vogt": his title
                            break
                        # "eine Klage gegen den Windpark", "criticism of the pipeline"
                        if u.tag_ == "NN" or (not self.de and u.pos_ == "NOUN"):
                            # "Wertschätzung für die Bemühungen der Trump-Administration": the owner
                            if k + 2 < sent.end and self.toks[k + 1].lower_ in ("der", "des", "of"):
                                j = k + 2
                                while j < sent.end - 1 and self.toks[j].tag_ in ("ADJA", "ART"):
                                    j += 1
                                owner = self.mention_at(j)
                                if owner is not None and owner.entity.kind == "actor":
                                    tgt = owner
                                    break
                            end = k + 1
                            while (
                                not self.de and end < sent.end and self.toks[end].dep_ == "compound"
                            ):
                                end += 1
                            tgt = self._new_issue(
                                k, end, self.doc[k:end].text, self.toks[end - 1].text
                            )
                        break
                    break
        if src is None:
            # "Einige, wie X, zeigen Bewunderung für Y": the clause subject
            if self.de:
                a, b = self.seg_range(t.i)
                heads_clause = all(
                    u.tag_ in _ADJ_TAGS or u.pos_ in ("DET", "ADJ") for u in self.toks[a : t.i]
                )
                # "Die Kritik an dem Gesetz traf die Regierung": the noun is the subject itself
                # "Scharfe Kritik an dem Gesetz übte der Sozialverband": a light verb's subject
                light = any(self.lemma(u) in self.lex.light_verbs for u in self.toks[t.i : b])
                with_light_verb = light
                if light:
                    heads_clause = False
                # "erntete heftige Kritik", "stößt auf wenig Gegenliebe": the subject receives
                # the stance; with no source named it is nobody's we know
                receiving = not light and any(
                    self.lemma(u) in self.lex.receiving_verbs for u in self.toks[a:b]
                )
                src = None if heads_clause or receiving else self.de_subject(t, (a, b))
                if src is not None and tgt is not None and src.entity is tgt.entity:
                    src = None
            elif not received:
                src, _ = self.en_subject(self.governing_verb(t.head))
        if tgt is None and self.de and nf.target_prep:
            # "Daran äußerte X erhebliche Zweifel": da + the noun's preposition points at the
            # issue under discussion
            a, b = self.seg_range(t.i)
            if any(
                u.lower_ in ("da" + p, "dar" + p) for u in self.toks[a:b] for p in nf.target_prep
            ):
                topic = self.topic_concept(t.i)
                if topic is not None:
                    tgt = Mention(t.i, t.i + 1, topic, "topic")
        if nf.needs_target and not self.de and tgt is None:
            owner = next((self.mention_at(c.i) for c in t.children if c.dep_ == "poss"), None)
        if tgt is None and owner is not None and owner.entity.kind == "actor":
            tgt = owner  # "fordert Möllenkamps Ablösung", "demanded his resignation"
        if tgt is None and nf.needs_target and self.de and src is not None:
            # "forderte Landrat Kessler zum Rücktritt auf", "legte ihm den Rücktritt nahe": the
            # verb's object is the one whose resignation is demanded
            a, b = self.seg_range(t.i)
            tgt = next(
                (
                    m
                    for m in self.ents.in_range(a, t.i, "actor")
                    if m.entity is not src.entity
                    and m.start > src.end
                    and self.prep_before(m.start) is None
                    and not self._modifier(m)
                ),
                None,
            )
        # "The challenge was brought by X", "X organised the protest": a protest made and
        # carried out is about the issue at hand when it names no target
        organised = (
            not self.de
            and nf.polarity == "oppose"
            and t.dep_ in ("dobj", "nsubjpass")
            and self.lemma(t.head) in self.lex.light_verbs
        )
        if tgt is None and nf.needs_target and not organised:
            return  # "kündigte seinen Rücktritt an" takes no side
        if src is not None and not self._source_by_prep(src, nf) and self._concessive(t):
            return  # "defended the plan despite mounting opposition": someone else's stance
        if src is not None and not self._source_by_prep(src, nf) and self._taken_up(t):
            return  # "respected local concerns": someone else's stance
        if tgt is None and src is not None:
            # "Unterstützung erhielt die Regierung vom Verband": the other participant
            a, b = self.seg_range(t.i)
            others = [
                m
                for m in self.ents.in_range(a, b)
                if m.entity is not src.entity
                and (not self.de or self.nominative_like(m))
                and not self._joined_actor(src, m)
            ]
            if self.de:
                # "Unterstützung signalisierten Niedersachsen und Mecklenburg-Vorpommern": both
                # speak
                co_sources += [m for m in self.ents.in_range(a, b) if self._joined_actor(src, m)]
            if not others and self.de:
                # "Unterstützung bekam die Gewerkschaft vom Sozialverband": a resolvable noun
                for k in range(a, b):
                    u = self.toks[k]
                    if u.lower_ in self.lex.subject_pronouns and u.tag_ == "PPER":
                        # "Rückenwind erhielt er von der Kurverwaltung"
                        ent = self.resolve_token(k)
                        if ent is not None and ent is not src.entity and ent.kind == "actor":
                            others = [Mention(k, k + 1, ent, "pronoun")]
                            break
                    if k == t.i or u.tag_ != "NN" or self.prep_before(k) is not None:
                        continue
                    here = self.ents.at(k)
                    if k + 1 == src.start or (here is not None and self._modifier(here)):
                        continue  # "die Grünen-Abgeordnete Katja Ellerbrock": her own title
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
                topic = None
                if lem in self.lex.law_challenges:
                    # "reichte Verfassungsbeschwerde ein": against the law the article is about
                    topic = self.topic_concept(t.i, lambda e: _is_law(e, self.lex))
                topic = (
                    topic
                    or self.topic_concept(t.i)
                    or self.recent_target(nf.polarity, src.entity, lem)
                )
                if topic is not None:
                    tgt = Mention(t.i, t.i + 1, topic, "topic")
        if src is None or tgt is None or src.entity.kind != "actor":
            return
        seg = self.seg_range(t.i)
        polarity = nf.polarity
        k = t.i - 1
        while k > 0 and self.toks[k].tag_ == "ADJA":
            k -= 1
        if self.de and k >= 0 and self.toks[k].lower_ in self.lex.weakeners:
            # "stößt auf wenig Gegenliebe", "findet kaum Zustimmung": the other side
            polarity = opposite(polarity)
        if any(c.lower_ in ("no", "kein", "keine", "keinerlei") for c in self._children(t)) or (
            t.i > 0 and self.toks[t.i - 1].lower_ in ("no", "kein", "keine", "keinerlei")
        ):
            # "no confidence in X" opposes; "no objection to X" takes no side against X
            polarity = "oppose" if polarity == "support" else "neutral"
        denied = (
            any(self.lemma(u) in self.lex.denial_verbs for u in self.toks[seg[0] : seg[1]])
            if self.de
            # "withdrew from the race and threw her support behind X": only the verb whose
            # object the noun is
            else self.lemma(t.head) in self.lex.denial_verbs
        )
        if polarity == "support" and denied:
            polarity = "oppose"  # "verweigerte der Reform die Zustimmung", "withdrew its support"
        if nf.needs_target and self._opposed_by_verb(t, seg):
            polarity = opposite(polarity)  # "lehnt X' Ablösung ab"
        neg = self.negated(t, seg)
        a0 = min(src.start, tgt.start, t.i)
        b0 = max(src.end, tgt.end, t.i + 1)
        if tgt.how == "topic":
            a0, b0 = min(src.start, t.i), max(src.end, t.i + 1)
            if t.i > sent.start and self.toks[t.i - 1].pos_ == "ADJ":
                a0 = min(a0, t.i - 1)
        self.emit(src.entity, tgt.entity, "neutral" if neg else polarity, a0, b0, lem, 0.6)
        if not self.de and not co_sources and src.how == "name":
            co_sources = [
                m
                for q in self.toks[src.end - 1].conjuncts
                if (m := self.arg_mention(q)) is not None and m.entity.kind == "actor"
            ]
        for co in co_sources:
            if co.entity is not src.entity and co.entity is not tgt.entity:
                lo, hi = min(a0, co.start), max(b0, co.end)
                self.emit(co.entity, tgt.entity, "neutral" if neg else polarity, lo, hi, lem, 0.55)

    def _the_two(self, sent: Span) -> tuple[Entity, Entity] | None:
        """ "zwischen den beiden (Ministern)", "between the two": the two people named most
        often before the sentence, the later on a tie (organisations when fewer than two
        people were named)."""
        words = [u.lower_ for u in sent]
        pairs = (("zwischen", "den", "beiden"), ("zwischen", "beiden"), ("between", "the", "two"))
        # "Die beiden, die lange Verbündete waren, …", "The two have clashed": the subject
        openers = (("die", "beiden"), ("beide",), ("the", "two"))
        if not any(
            tuple(words[k : k + len(p)]) == p for p in pairs for k in range(len(words))
        ) and not any(tuple(words[: len(p)]) == p for p in openers):
            return None
        for kind in ("person", "organization"):
            count: dict[int, tuple[int, int, Entity]] = {}
            for m in self.ents.in_range(0, sent.start, "actor"):
                if m.entity.type == kind:
                    n, _, _ = count.get(id(m.entity), (0, 0, m.entity))
                    count[id(m.entity)] = (n + 1, m.start, m.entity)
            top = sorted(count.values(), key=lambda c: (c[0], c[1]), reverse=True)[:2]
            if len(top) == 2:
                return top[0][2], top[1][2]
        return None

    def _joined_actor(self, a: Mention, b: Mention) -> bool:
        """Actor ``b`` follows actor ``a`` joined by "und"/"and" (a second subject)."""
        between = self.doc[a.end : b.start]
        return (
            b.start > a.end
            and b.entity.kind == "actor"
            and len(between) == 1
            and between[0].lower_ in ("und", "and", "sowie")
        )

    def _opposed_by_verb(self, t: Token, seg: tuple[int, int]) -> bool:
        """The stance noun is the object of a verb of opposition ("lehnt Möllenkamps Ablösung
        ab", "opposed the dismissal of the coach"): rejecting a removal backs the person."""
        if self.de:
            verbs = [u for u in self.toks[seg[0] : seg[1]] if u.tag_.startswith("VV")]
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
        while k < limit and self.toks[k].lower_ in ("und", "sowie", ","):
            j = k + 1
            if j < limit and self.toks[j].lower_ in preps:
                j += 1
            while j < limit and self.toks[j].tag_ in ("ART", "ADJA", "ADV"):
                j += 1
            m = self.ents.at(j)
            if m is None or m.start != j or m.entity.kind != "actor" or m.genitive:
                break  # "von X, der Hahns Einwände … nannte": a relative clause, not a list
            out.append(m)
            k = m.end
        return out

    def _noun_attribute_before_verb(self, prep: Token, t: Token) -> bool:
        """German: whether ``prep`` ("von") attaches to another noun before the clause's finite
        verb: "Die Apothekenreform von Ministerin X stößt bei den Apothekern auf Widerstand" (X
        wrote the reform; the resistance is not hers)."""
        if prep.lower_ != "von" or prep.i == 0 or self.toks[prep.i - 1].tag_ != "NN":
            return False
        if prep.i - 1 == t.i:
            return False  # "Kritik von X": the stance noun's own source
        a, b = self.seg_range(t.i)
        fin = next((u for u in self.toks[a:b] if u.tag_ in DE_FINITE_TAGS), None)
        return fin is not None and prep.i < fin.i < t.i

    def _source_by_prep(self, src: Mention, nf: NounFrame) -> bool:
        p = self.prep_before(src.start)
        return p is not None and p.lower_ in nf.source_prep

    def _concessive(self, t: Token) -> bool:
        """ "despite mounting opposition", "trotz heftiger Kritik", "against a barrage of
        criticism", "pushed it through over objections": the stance noun is what the subject
        faces, not what it says."""
        governing = self.lex.governing_concessive_preps
        if not self.de and t.dep_ == "pobj" and t.head.lower_ in governing:
            return True
        sent = self.sent(t)
        for k in range(max(sent.start, t.i - 5), t.i):
            if self.toks[k].lower_ in self.lex.concessive_preps:
                return all(
                    not self.toks[j].is_punct and self.toks[j].tag_ not in ("VVFIN", "VAFIN")
                    for j in range(k + 1, t.i)
                )
        return False

    def _taken_up(self, t: Token) -> bool:
        """ "said the company respected local concerns", "Er verstehe die Sorgen der Patienten":
        the stance noun is the object of a verb that takes up someone else's stance."""
        if not self.de:
            return t.dep_ == "dobj" and self.lemma(t.head) in self.lex.uptake_verbs
        a, b = self.seg_range(t.i)
        return any(
            u.tag_.startswith("VV") and self.lemma(u) in self.lex.uptake_verbs
            for u in self.toks[a:b]
        )

    def _hypothetical(self, t: Token) -> bool:
        """ "für wen sie ihre Unterstützung aussprechen sollten": an open question, or a stance
        noun owned by a pronoun, names no side."""
        a, b = self.seg_range(t.i)
        if any(
            u.tag_ in ("PWS", "PWAT", "PWAV") or u.lower_ in ("whom", "whether")
            for u in self.toks[a:b]
        ):
            return True
        return t.i > 0 and self.toks[t.i - 1].tag_ == "PPOSAT"

    def _coordinated_after_between(self, m: Mention) -> bool:
        """ "zwischen A und B": B is governed by the same preposition as A."""
        j = m.start - 1
        while j >= 0 and j > m.start - 4:
            if self.toks[j].lower_ in ("und", "and"):
                k = j - 1
                while k >= 0 and k > j - 8:
                    if self.toks[k].lower_ in ("zwischen", "between"):
                        return True
                    k -= 1
                return False
            j -= 1
        return False

    def _joined_pair(self, start: int, end: int) -> tuple[Mention, Mention] | None:
        """German: the first two actors in ``doc[start:end]`` joined by "und" or "sowie" ("Markus
        Thiel und Claudia Benz"), both in the nominative."""
        ms = [m for m in self.ents.in_range(start, end, "actor") if self.nominative_like(m)]
        for x, y in itertools.pairwise(ms):
            between = [u.lower_ for u in self.toks[x.end : y.start] if u.tag_ != "ART"]
            if between in (["und"], ["sowie"]) and x.entity is not y.entity:
                return x, y
        return None

    def _relation_of_another(self, t: Token) -> bool:
        """Whether relation noun ``t`` is an object of its clause, so that it is someone else's
        relation ("kritisierte den Verbündeten von X", "met an ally of X"), not the subject's
        ("ist ein Verbündeter von X", "gehört zu den Verbündeten von X", "nannte ihn einen
        Verbündeten"). German is read from its articles (the extraction parse has no tree)."""
        a, _ = self.seg_range(t.i)
        if any(self.lemma(u) in self.lex.naming_verbs for u in self.toks[a : t.i]):
            return False
        if not self.de:
            return t.dep_ in ("dobj", "dative")
        j = t.i - 1
        while j > a and self.toks[j].tag_ in ("ADJA", "ADV", "ADJD"):
            j -= 1
        if self.toks[j].lower_ not in ("den", "dem", "einen", "einem"):
            return False
        # "Claudia Benz, einem Verbündeten von X": an apposition names the relation of its noun
        return j == a or self.toks[j - 1].lower_ not in ("als", "zu", "zum", "unter", ",")

    def relation_cue(self, t: Token, pol: str) -> None:
        """ "X, lange eine Verbündete Webers" / "X, a longtime ally of Y"."""
        if t.lower_ in self.lex.title_relations and any(
            c.dep_ == "compound" or c.tag_ == "NN" for c in self._children(t)
        ):
            return  # "the council's cycling champion", "film critic": a title, not a relation
        if not self.de and t.dep_ == "pobj" and t.head.lower_ in ("against", "with", "from", "to"):
            return  # "defended the tax against its critics": no relation of the subject
        if self._relation_of_another(t):
            return  # "kritisierte den Verbündeten von X": someone else is X's ally
        sent = self.sent(t)
        tgt: Mention | None = None
        nxt = self.ents.at(t.i + 1)
        if nxt is not None and (nxt.genitive or self.toks[t.i + 1].text.endswith("s")):
            tgt = nxt
        elif t.i + 2 < sent.end and self.toks[t.i + 1].lower_ in ("von", "of", "des", "der"):
            tgt = self.mention_at(t.i + 2) or self.mention_at(t.i + 3)
            if tgt is None and self.de:
                # "Verbündeter von Stadtwerke-Chef Peter Kolb": past a title to the name
                for k in range(t.i + 2, min(sent.end, t.i + 8)):
                    u = self.toks[k]
                    m = self.ents.at(k)
                    if m is not None:
                        tgt = m if m.entity.kind == "actor" else None
                        break
                    if (u.is_punct and u.text != "-") or u.tag_.startswith(("V", "KON")):
                        break
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
            while j > sent.start and self.toks[j].tag_ in ("ADJA", "ADV", "ADJD"):
                j -= 1
            if self.toks[j].tag_ == "PPOSAT":  # "galt Thiel als ihr engster Vertrauter"
                owner = self.last_person()
                if owner is not None:
                    tgt, pron_owner = Mention(j, j + 1, owner, "pronoun"), True
        if tgt is None and not self.de and t.lower_ not in self.lex.title_relations:
            # "Thiel and Benz were long close allies": each the other's
            v = self.governing_verb(t.head)
            subj = [c for c in v.children if c.dep_ == "nsubj"]
            ms = [self.arg_mention(c) for c in subj + [q for c in subj for q in c.conjuncts]]
            people = [m for m in ms if m is not None and m.entity.kind == "actor"]
            if len(people) == 2 and people[0].entity is not people[1].entity:
                x, y = people
                when = self.past(t, (t.i - 3, t.i + 1))
                self.emit_both(x.entity, y.entity, pol, x.start, t.i + 1, t.text, 0.55, when)
            return
        if tgt is None and self.de and t.lower_ not in self.lex.title_relations:
            # "Thiel und Benz galten lange als enge Verbündete": each the other's
            pair = self._joined_pair(sent.start, t.i)
            two = (pair[0].entity, pair[1].entity) if pair is not None else self._the_two(sent)
            if two is not None:
                x0, y0 = two
                lo = pair[0].start if pair is not None else sent.start
                when = self.past(t, self.seg_range(t.i))
                self.emit_both(x0, y0, pol, lo, t.i + 1, t.text, 0.55, when)
            return
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
            src = None
            if t.dep_ == "appos":
                src = self.arg_mention(t.head)
            elif any(c.dep_ == "appos" for c in t.children):
                # "The bill's sponsor, Senator Carla Mendes, said …": the name in apposition
                src = next(
                    (
                        m
                        for c in t.children
                        if c.dep_ == "appos"
                        and (m := self.arg_mention(c)) is not None
                        and m.entity.kind == "actor"
                    ),
                    None,
                )
            else:
                src, _ = self.en_subject(self.governing_verb(t.head))
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
                self.toks[a - 1].tag_ in _ADJ_TAGS
                or self.toks[a - 1].pos_ in ("DET", "ADJ", "ADV", "AUX")
                or self.toks[a - 1].tag_ in ("APPR", "VAFIN", "KOKOM")
            )
            and a > t.i - 6
        ):
            a -= 1
        b = tgt.end
        while b < sent.end and b < tgt.end + 2 and self.toks[b].tag_ in ("VVPP", "ADJD"):
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
