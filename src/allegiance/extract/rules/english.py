"""English verb frames over the dependency parse."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from allegiance.extract.lexicon import Frame
from allegiance.extract.mentions import QUOTE_OPEN, Mention, glued_hyphen
from allegiance.extract.rules.base import _evaluate, opposite, sign_polarity


def _subtree_without(head: Token, skip: Callable[[Token], bool]) -> list[Token]:
    """The subtree of ``head`` in text order, without the subtrees of descendants ``skip``
    accepts."""
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if not skip(c))
    return sorted(out, key=lambda u: u.i)


def _without_relatives(head: Token) -> list[Token]:
    """The subtree of ``head`` without its relative clauses."""
    return _subtree_without(head, lambda c: c.dep_ == "relcl")


def _own_clause(head: Token) -> list[Token]:
    """The words of the clause headed by ``head`` without the clauses inside it that have a
    subject of their own ("said the levy would choke investment, while the federation
    welcomed it": the second clause is not what was said)."""
    return _subtree_without(
        head,
        lambda c: (
            c.dep_ in ("advcl", "conj", "parataxis", "ccomp")
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ),
    )


class EnglishFrames:
    """English cue verbs and their arguments from the dependency parse: subjects (and passive
    agents), argument mentions, noun objects as issues, stance adjectives."""

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
                if m is not None and m.entity.type == "person" and tok.lower_ == "it":
                    # "Voss insisted it would create jobs": a person's "it" is the issue, the
                    # one named last in the sentence ("calling the freeze a stealth tax and
                    # warning that it would …") or the one under discussion
                    here = [
                        x
                        for x in self.ents.in_range(self.sent(tok).start, tok.i)
                        if x.entity.kind == "concept"
                    ]
                    topic = here[-1].entity if here else self.topic_concept(tok.i)
                    if topic is not None:
                        return Mention(tok.i, tok.i + 1, topic, "anaphor")
        frame = self.lex.verbs.get(self.lemma(tok.head))
        if (
            tok.lower_ in ("it", "they")
            and tok.dep_ == "nsubj"
            and (
                (frame is not None and frame.polarity and not frame.needs_prep)
                or self.lemma(tok.head) in self.lex.speech_verbs
            )
        ):
            # "While TechNorth welcomed parts of the bill, it warned …": only an actor warns,
            # backs or says; the organisation named last
            org = self.last_org_mention(tok.i)
            if org is not None:
                return Mention(tok.i, tok.i + 1, org, "pronoun")
        if tok.lower_ in ("it", "this") and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
            topic = self.topic_concept(tok.i)
            if topic is not None:
                return Mention(tok.i, tok.i + 1, topic, "anaphor")
        word = tok.lower_
        if tok.i + 2 < len(self.doc) and glued_hyphen(self.doc, tok.i + 1):  # "re-election"
            word = self.doc[tok.i : tok.i + 3].text.lower()
        # the owner may hang on a compound of the noun ("Park's re-election bid")
        compounds = [c for c in tok.children if c.dep_ == "compound"]
        for c in [c for x in (tok, *compounds) for c in x.children]:
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
        if tok.dep_ == "appos" and tok.head != tok and self.ents.at(tok.head.i) is not None:
            return self.ents.at(tok.head.i)  # "Ruth Oyelaran, a Democrat who voted against"
        # possessor of a statement noun: "the council's concerns", "the claims of the union"
        if tok.lower_ in self.lex.statement_nouns:
            for c in tok.children:
                if c.dep_ == "poss":
                    m = self.arg_mention(c)
                    if m is not None:
                        return m
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        m = self.arg_mention(p) if p.dep_ == "pobj" else None
                        if m is not None and m.entity.kind == "actor":
                            return m
        return self.mention_at(tok.i)

    def _judged_in_passive(self, v: Token, src: Mention, lem: str) -> None:
        """ "Mayor Ortiz was branded "arrogant" by X", "The tax was described as a disaster by
        X": the agent judges the subject by the label the verb gives."""
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        m = (self.arg_mention(subj) or self.en_object_issue(subj)) if subj is not None else None
        if m is None or m.entity is src.entity:
            return
        label = [
            u
            for c in v.children
            if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")
            or (c.dep_ == "prep" and c.lower_ == "as")
            for u in _without_relatives(c)
            if not src.start <= u.i < src.end and u.lower_ != "by"
        ]
        score = _evaluate(label, self.lex)
        if score == 0:
            return
        end = max([src.end, *(u.i + 1 for u in label)])
        self.emit(src.entity, m.entity, sign_polarity(score), min(m.start, v.i), end, lem, 0.6)

    def _warned_of_effect(self, preps: list[Token], frame: Frame) -> bool:
        """Whether a warning's object after its preposition is a feared effect, not an issue:
        no mention, no definite determiner, no policy noun ("warned of job losses", "of a black
        hole in the budget"; not "warned against the charge", "of a tax rise")."""
        for p in preps:
            if p.lower_ not in frame.prep:
                continue
            for o in p.children:
                if o.dep_ != "pobj" or o.pos_ != "NOUN" or self.mention_at(o.i) is not None:
                    continue
                low = o.lower_
                return not (
                    any(
                        c.lower_ in self.lex.definite_determiners or c.dep_ == "poss"
                        for c in o.children
                    )
                    or low in self.lex.policy_nouns
                    or self.lex.issue_kind(low) is not None
                )
        return False

    def _plain_act(self, v: Token) -> bool:
        """Whether ``v`` is an act that takes no side by its own word and acts on no actor or
        issue ("to contribute $210 million", "to remove phones from classrooms"; not "to reject
        the plan", "to scrap the tax", "to sue the mayor")."""
        lem = self.lemma(v)
        if (
            lem in self.lex.verbs
            or lem in self.lex.change_verbs
            or lem in self.lex.demand_verbs
            or lem in self.lex.negative
            or lem in self.lex.positive
            or any(c.dep_ == "neg" for c in v.children)
        ):
            return False
        return all(self.ents.at(u.i) is None for u in v.subtree if u.i != v.i)

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
                if passive and t.i == v.head.i != v.i and v.dep_ == "conj":
                    # "The pledge was welcomed by X but was dismissed by Y": a passive too
                    passive = any(c.dep_ in ("auxpass", "agent") for c in v.children)
                    t = v if passive else t
                if t is v and passive:
                    for p in self._agents(v):
                        # "dismissed by her main rival, James Okonjo,": the name in apposition
                        m = self._appositive_name(p) or self.arg_mention(p)
                        if m is not None:
                            return m, True
                    return None, True
                m = (
                    self._spokesperson_for(subj[0])
                    or self._appositive_name(subj[0])
                    or self.arg_mention(subj[0])
                )
                u = v  # the verb on the way up whose head is ``t``
                while u.head.i != t.i and u.head.i != u.i:
                    u = u.head
                if (m is None or m.entity.kind != "actor") and t is not v and u.dep_ == "conj":
                    # "X warned that automation would cost jobs and accused Y of …", "X said
                    # patients would face … and vowed to fight the closure": a conjunct the
                    # parser hung on the reported clause; its subject is the speaker's
                    h = t
                    gov = self.lemma(h.head)
                    if h.dep_ == "ccomp" and (
                        gov in self.lex.verbs or gov in self.lex.speech_verbs
                    ):
                        return self.en_subject(h.head)[0], False
                if m is None and t is v and self._own_side(subj[0]):
                    # "X said his party would back the plan": the speaker's own side
                    head = v.head
                    if v.dep_ == "ccomp" and self.lemma(head) in self.lex.speech_verbs:
                        return self.en_subject(head)[0], False
                if (m is None or m.entity.kind != "actor") and t is not v:
                    named = self._subject_before_relative(v)
                    if named is not None:
                        return named, False
                return m, False
            if (
                t.dep_ == "acl"
                and t.tag_ in ("VBD", "VBG", "VBN")
                and not any(c.dep_ == "agent" for c in t.children)
                and t.head != t
            ):
                # "Several donors, including X, sided with Y" (parsed as a clause on "donors")
                m = self.arg_mention(t.head)
                if m is None and t.head.dep_ == "dobj" and t.head.head != t.head:
                    # "issued a statement backing the cap": whoever issued it
                    t = t.head.head
                    continue
                if (
                    m is None
                    and t.head.dep_ == "pobj"
                    and t.head.head.dep_ == "prep"
                    and t.head.head.head.pos_ == "VERB"
                ):
                    # "spent $2m in the first quarter lobbying against X": the spender (the
                    # parser hung the participle on the time phrase)
                    t = t.head.head.head
                    continue
                return m, False
            if (
                t.dep_ == "pcomp"
                and t.head.lower_ in ("of", "for")
                and self.lemma(t.head.head) in self.lex.verbs
            ):
                # "accuses chairman X of blocking a sale": the one accused does the blocking
                objs = [c for c in t.head.head.children if c.dep_ == "dobj"]
                m = self.arg_mention(objs[0]) if objs else None
                if m is not None and m.entity.kind == "actor":
                    return m, False
            if (
                t.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp")
                or (t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"))
                # "X stopped short of endorsing the bill": through "short of"
                or (t.dep_ == "prep" and t.head.lower_ in self.lex.hedges)
                or (t.dep_ == "advmod" and t.lower_ in self.lex.hedges)
                # "X was quick to condemn the tax": the subject of "was"
                or (t.dep_ == "acomp" and t.lower_ in self.lex.readiness_adjectives)
            ) and t.head != t:
                t = t.head
                continue
            break
        return self._subject_before_relative(v), False

    def _subject_before_relative(self, v: Token) -> Mention | None:
        """The subject the parser missed around a relative clause: "Clean Rivers Now, which has
        documented spills, called for …" (an actor opening the sentence, the relative clause
        between commas, then the verb; "Now" was read as an adverb) and "… by the Growers'
        Union, whose chairman, Tom Baverstock, said …" (the name in apposition to "whose X")."""
        if v.i >= 2 and self.toks[v.i - 1].text == ",":
            # "… by the Growers' Union, whose chairman, Tom Baverstock, said …": the name in
            # apposition to "whose X" (the parser hung the verb on the main clause)
            named = self.ents.at(v.i - 2)
            if named is not None and named.entity.type == "person":
                head = self.toks[named.end - 1].head
                if self.toks[named.end - 1].dep_ == "appos" and any(
                    c.lower_ == "whose" for c in head.children
                ):
                    return named
        sent = self.sent(v)
        m = self.ents.at(sent.start)
        if (
            m is None
            or m.entity.kind != "actor"
            or v.dep_ != "ROOT"
            or m.end + 1 >= v.i
            or self.toks[m.end].text != ","
            or self.toks[m.end + 1].lower_ not in ("which", "who")
            or self.toks[v.i - 1].text != ","
        ):
            return None
        return m

    def _aspect_owner(self, o: Token) -> Mention | None:
        """ "criticised the cost of the tax", "questioned the benefits of the plan": the issue
        or actor an aspect noun (``aspect_nouns``) belongs to."""
        if o.lower_ not in self.lex.aspect_nouns:
            return None
        for c in o.children:
            if c.dep_ == "poss":  # "questioned the governor's judgement"
                m = self.mention_at(c.i)
                if m is not None and m.entity.kind == "actor":
                    return m
            if c.dep_ == "prep" and c.lower_ == "of":
                return self._prep_object(c)
        return None

    def _prep_object(self, prep: Token) -> Mention | None:
        """The actor or issue a preposition governs ("of the tax", "for a windfall tax")."""
        for p in prep.children:
            if p.dep_ == "pobj":
                m = self.arg_mention(p)
                if m is None and p.lower_ in self.lex.policy_nouns:
                    m = self.en_object_issue(p)
                return m
        return None

    def _en_demanded(self, o: Token) -> Mention | None:
        """What a demand asks for ("calls for a windfall tax", ``demand_nouns`` and
        ``demand_preps``): a verb that rejects or backs the demand takes that side on it."""
        if o.lower_ not in self.lex.demand_nouns or any(c.dep_ == "poss" for c in o.children):
            return None  # "rejected the trust's call for …": the one who called is opposed
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ in self.lex.demand_preps:
                return self._prep_object(c)
        return None

    def _appositive_name(self, subj: Token) -> Mention | None:
        """ "Harlow Foods' largest shareholder, Westbury Pensions, threw its support …": the
        actor named in apposition to an unnamed subject."""
        if self.ents.at(subj.i) is not None:
            return None
        for c in subj.children:
            if c.dep_ == "appos":
                m = self.arg_mention(c)
                if m is not None and m.entity.kind == "actor":
                    return m
        if self.lex.role_of(subj.text):
            # "The chief executive of Veltrix, Priya Anand, praised …": the parser hangs the
            # name on the organisation; a person named after a role is its holder
            for c in subj.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        for a in p.children if p.dep_ == "pobj" else ():
                            m = self.arg_mention(a) if a.dep_ == "appos" else None
                            if m is not None and m.entity.type == "person":
                                return m
        return None

    def _spokesperson_for(self, subj: Token) -> Mention | None:
        """ "A spokeswoman for the Midwest Technology Council warned …": the organisation a
        spokesperson speaks for (``spokesperson_nouns``) is the speaker."""
        if subj.lower_ not in self.lex.spokesperson_nouns or self.ents.at(subj.i) is not None:
            return None
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of"):
                for p in c.children:
                    m = self.arg_mention(p) if p.dep_ == "pobj" else None
                    if m is not None and m.entity.type == "organization":
                        return m
        # "A Chamber of Commerce spokeswoman said …", "a union spokesman": the name before it
        before = self.ents.at(subj.i - 1) if subj.i > 0 else None
        if before is not None and before.entity.type == "organization":
            return before
        return None

    def _own_side(self, subj: Token) -> bool:
        """ "his party", "her government", "our members", "we": a subject that is the speaker's
        own side, not named."""
        words = self.lex.own_side_words
        return subj.lower_ in words or any(
            c.dep_ == "poss" and c.lower_ in words for c in subj.children
        )

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
        if not out and any(c.dep_ == "auxpass" for c in v.children):
            # "was derided as "a lawyer's dream" by Rep. Pike", "was branded "arrogant" by X":
            # the parse hung the by-phrase on the label the verb gives
            for c in v.children:
                if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "xcomp"):
                    for u in c.subtree:
                        if u.dep_ == "prep" and u.lower_ == "by":
                            out += [p for p in u.children if p.dep_ == "pobj"]
        return out

    def en_stance_adjective(self, t: Token) -> None:
        """ "X is furious with Y", "X was disappointed by the ruling": an evaluative adjective
        with a prepositional object."""
        side = self.lex.stance_adjectives.get(t.lower_)
        score = (1 if side == "support" else -1) if side else _evaluate([t], self.lex)
        if score == 0:
            return
        target: Mention | None = None
        preps = ("with", "at", "by", "about", "over", "in", "of", "to", "toward", "towards")
        for c in t.children:
            if (c.dep_ == "prep" and c.lower_ in preps) or c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        target = self.arg_mention(p) or self.en_object_issue(p)
        if target is None:
            return
        if t.lower_ in self.lex.actor_stance_adjectives and target.entity.kind != "actor":
            return  # "close to a deal": no side
        verb = t.head
        if t.dep_ != "acomp":  # "X is opposed to Y", parsed as a passive: X is its subject
            verb = t
            subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            src = self.arg_mention(subj) if subj is not None else None
        else:
            src, _ = self.en_subject(t.head)
        if (src is None or src.entity.kind != "actor") and verb.dep_ == "ccomp":
            # "The union said it was disappointed in X": only an actor feels; "it" is the speaker
            said = verb.head
            if self.lemma(said) in self.lex.speech_verbs:
                src, _ = self.en_subject(said)
        if src is None or src.entity is target.entity or src.entity.kind != "actor":
            return
        if any(c.dep_ == "neg" for c in verb.children):
            return
        pol = sign_polarity(score)
        self.emit(src.entity, target.entity, pol, min(src.start, t.i), target.end, t.lemma_, 0.5)

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
        while j > 0:
            t = self.toks[j - 1]
            if t.dep_ == "compound" and t.head.i in range(j, o.i + 1):
                j -= 1  # "the drinks levy"
            elif j >= 2 and glued_hyphen(self.doc, j - 1):
                j -= 2  # "the four-day week", "the re-election"
            elif t.dep_ == "amod" and j >= 3 and glued_hyphen(self.doc, j - 2):
                j -= 1  # "the remote-controlled cranes": a modifier written with a hyphen
            elif t.dep_ == "amod" and t.lower_ in self.lex.kind_adjectives:
                j -= 1  # "offshore wind", "universal basic income": what kind, not a verdict
            else:
                break
        end = self._of_complement_end(o)
        return self._new_issue(j, end, self.doc[j:end].text, o.text)

    def _of_complement_end(self, o: Token) -> int:
        """End of "the sale of the paper division": an "of" phrase right after an issue noun
        that names what the action is done to belongs to the issue's name (``o.i + 1`` when
        there is none, or when it is long, holds a clause or punctuation, or names an actor)."""
        end = o.i + 1
        if o.lower_ not in self.lex.event_nouns:
            return end
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == o.i + 1:
                last = max(t.i for t in c.subtree)
                words = self.doc[c.i : last + 1]
                if (
                    len(words) <= 6
                    and all(t.is_alpha or t.dep_ == "case" for t in words)
                    and not any(t.pos_ in ("VERB", "AUX", "PRON") for t in words)
                    and not any(self.ents.at(t.i) is not None for t in words)
                ):
                    return last + 1
        return end

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
            while head.dep_ == "compound" and head.head != head:
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
                subjects = [u for u in self.toks[src.start : src.end] if u.dep_ == "nsubj"]
            # "Board members Diane Whitlock and Marcus Bell voted …": the names after the
            # subject's title are coordinated, not the title
            heads = [sb for sb in subjects if sb.dep_ == "nsubj"] + [self.toks[src.end - 1]]
            for sb in heads:
                for q in sb.conjuncts:
                    qm = self.arg_mention(q)
                    if (
                        qm is not None
                        and qm.entity.kind == "actor"
                        and qm.entity is not src.entity
                        and all(qm.entity is not x.entity for x in extra_sources)
                    ):
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
        if passive and frame.evaluative:
            if src is not None:
                self._judged_in_passive(v, src, lem)
            return
        if passive:
            subj = [c for c in v.children if c.dep_ == "nsubjpass"]
            if not subj and v.dep_ == "conj":
                # "The pledge was welcomed by X but was dismissed by Y": the first verb's subject
                subj = [c for c in v.head.children if c.dep_ in ("nsubjpass", "nsubj")]
            if subj:
                m = self.arg_mention(subj[0])
                if m is not None:
                    targets.append(m)
            # "backed by the Civic Party, the Reform Alliance and the Greens", "… and by X",
            # "backed by two shareholders, Eastgate Pension Trust and Vermeer Capital"
            for c in self._agents(v):
                named = [q for a in c.children if a.dep_ == "appos" for q in (a, *a.conjuncts)]
                for q in (c, *named):
                    cm = self.arg_mention(q)
                    if (
                        cm is not None
                        and cm.entity.kind == "actor"
                        and all(cm.entity is not x.entity for x in extra_sources)
                    ):
                        extra_sources.append(cm)
        elif frame.evaluative:
            if src is not None and not dobj and frame.prep:
                # "called for a windfall tax": the verb with its preposition backs its object
                for p in preps:
                    if p.lower_ not in frame.prep:
                        continue
                    for o in (c for c in p.children if c.dep_ == "pobj"):
                        if any(
                            u.lower_ == "to"
                            for u in self.toks[o.right_edge.i + 1 : o.right_edge.i + 2]
                        ) or any(c.dep_ in ("acl", "xcomp", "ccomp", "relcl") for c in o.children):
                            continue  # "called for the chief executive to step down"
                        m = self.arg_mention(o)
                        if m is None and o.lower_ in self.lex.policy_nouns:
                            m = self.en_object_issue(o)  # not "called for calm"
                        if m is not None and m.entity is not src.entity:
                            pol = frame.polarity or "support"
                            nf = self.lex.nouns.get(o.lemma_.lower())
                            if nf is not None and nf.needs_target and nf.polarity == "oppose":
                                # "called for Hale's resignation": against the one who should go
                                pol = opposite(pol)
                            end = max(m.end, o.i + 1)
                            self.emit(src.entity, m.entity, pol, src.start, end, lem, 0.6)
                    return
            if src is not None and not dobj:
                # "considers the tax unfair", parsed as one clause headed by the adjective
                dobj = [c for c in v.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
            if src is not None and not dobj:
                # "called the tax unfair", parsed as one noun "the tax unfair" (oprd)
                dobj = [
                    c
                    for c in v.children
                    if c.dep_ == "oprd"
                    and c.i > v.i
                    and any(g.dep_ == "compound" and g.i < c.i for g in c.children)
                    and _evaluate([c], self.lex)
                ]
            if src is not None and not dobj:
                # "called the fine "disproportionate"": the issue word read as the verdict's
                # adjective
                dobj = [
                    g
                    for c in v.children
                    if c.dep_ == "oprd" and c.i > v.i and _evaluate([c], self.lex)
                    for g in c.children
                    if g.dep_ == "amod"
                    and g.i < c.i
                    and (m := self.ents.at(g.i)) is not None
                    and m.entity.kind == "concept"
                ]
            named: Token | None = None
            if src is not None and not dobj:
                # "called Ruth Okafor a disaster": the name parsed as a first predicate (oprd)
                preds = [c for c in v.children if c.dep_ == "oprd" and c.i > v.i]
                first = self.ents.at(preds[0].i) if len(preds) > 1 else None
                if first is not None and first.entity.kind == "actor":
                    named = preds[0]
                    dobj = [named]
            judged = dobj[0] if dobj and named is None else None
            if judged is not None and (judged.pos_ == "ADJ" or judged.dep_ == "oprd"):
                # "labelled the tax unfair": the noun inside is what is judged, the adjective
                # the verdict
                nouns = [
                    c
                    for c in judged.children
                    if c.dep_ in ("compound", "nsubj") and c.pos_ in ("NOUN", "PROPN")
                ]
                if nouns:
                    dobj = [nouns[-1]]
            if src is None or not dobj:
                return
            oprd = [
                c
                for c in v.children
                if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.i > v.i and c is not named
            ]
            # "called the judgment "a victory for people who were ignored"": a relative clause
            # judges the noun it describes, not what is called so
            toks = [u for o in oprd for u in _without_relatives(o)]
            if judged is not None and judged.pos_ == "ADJ" and dobj[0].i != judged.i:
                toks = [judged]
            if not toks:
                toks = self.toks[v.i + 1 : self.sent(v).end]
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
                while end < self.sent(v).end and self.toks[end].text in QUOTE_OPEN:
                    end += 1
                self.emit(
                    src.entity,
                    m.entity,
                    sign_polarity(score),
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
                        if (
                            m is None
                            and (
                                o.lower_ in self.lex.policy_nouns
                                or o.lower_ in self.lex.part_nouns
                            )
                            and p.dep_ != "prt"
                        ):
                            # "voted against the curfew", "sued over the levy", "voted against
                            # this version of the levy"
                            m = self.en_object_issue(o)
                        if m is not None:
                            targets.append(m)
                            if p.lower_ in alt:
                                pol = alt[p.lower_]
            # "told the committee that …": the object of a speech verb with a clause is whom it
            # was said to, not what is judged
            addressed = (
                frame.complement
                and frame.polarity is None
                and any(c.dep_ == "ccomp" for c in v.children)
            )
            if not targets and not frame.needs_prep and not addressed:
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
                    demanded = self._en_demanded(o)
                    if demanded is not None:
                        targets.append(demanded)  # "rejected calls for a windfall tax"
                        continue
                    if o.lower_ in self.lex.statement_nouns and not any(
                        c.dep_ == "poss" and self.arg_mention(c) for c in o.children
                    ):
                        critics = (
                            self.critics_of(src.entity, o.i)
                            if src is not None and (frame.target == "critics" or pol == "oppose")
                            else []
                        )
                        for c in critics:
                            self.emit(
                                src.entity, c, "oppose", min(src.start, v.i), o.i + 1, lem, 0.55
                            )  # type: ignore[union-attr]
                        named = None if critics else self.mention_at(o.i)
                        if named is None or named.entity.kind != "concept":
                            continue
                        # "condemned the charge": no one made a charge, it is the fee at issue
                    m = self._aspect_owner(o) or self.arg_mention(o)
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
                and not addressed
            ):
                for o in dobj:
                    if frame.target == "issue" and any(
                        c.dep_ in ("xcomp", "ccomp") and c.i > o.i for c in v.children
                    ):
                        break  # "urged investors to reject the merger": they are addressed
                    if lem in self.lex.giving_verbs and o.lower_ in self.lex.nouns:
                        break  # "announced his opposition to X": the stance noun decides
                    m = self.en_object_issue(o)
                    if m is not None:
                        targets.append(m)
                        break
            if not targets and frame.complement and frame.polarity is None and src is not None:
                # "said the law would drain money from classrooms": judged by its wording; also
                # the clause a parenthetical speech verb sits in ("The tax, X said, would …")
                clauses = [c for c in v.children if c.dep_ == "ccomp"]
                if v.dep_ == "parataxis" and v.head.pos_ in ("VERB", "AUX"):
                    clauses.append(v.head)
                for c in clauses:
                    if c.i < v.i and any(u.text == ";" for u in self.toks[c.i : v.i]):
                        continue  # "X welcomed the ruling; its director said …": not his words
                    subj = [sb for sb in c.children if sb.dep_ in ("nsubj", "nsubjpass")]
                    m = self.arg_mention(subj[0]) if subj else None
                    if m is None or m.entity is src.entity:
                        continue
                    words = [u for u in _own_clause(c) if not (m.start <= u.i < m.end)]
                    if subj[0].tag_ == "PRP" and any(
                        u.lower_ in self.lex.stance_adjectives
                        or u.lower_ in self.lex.feeling_participles
                        for u in words
                    ):
                        continue  # "said it was disappointed in X": it is the one who feels
                    # "would deliver more than an opportunistic bid": what it is compared with
                    # is judged, not the subject
                    than = {w.i for u in words if u.lower_ == "than" for w in u.subtree}
                    words = [u for u in words if u.i not in than]
                    score = _evaluate(words, self.lex)
                    if score:
                        targets.append(m)
                        pol = sign_polarity(score)
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
                if not targets and (
                    (lem in self.lex.topic_verbs and any(c.dep_ == "ccomp" for c in v.children))
                    # "warned of job losses", "warned of a black hole in the budget"
                    or (lem in self.lex.warning_verbs and self._warned_of_effect(preps, frame))
                    # "said the company would appeal": no object, no clause
                    or (
                        lem in self.lex.bare_topic_verbs
                        and not dobj
                        and not preps
                        and not any(c.dep_ in ("ccomp", "xcomp") for c in v.children)
                    )
                ):
                    # "warned that shoppers would stay away": a warning about the issue at hand;
                    # "said it would appeal": against the ruling or fine named last, if any
                    topic = None
                    if lem in self.lex.bare_topic_verbs:
                        decided = [
                            m
                            for m in self.ents.mentions
                            if m.end <= v.i
                            and m.entity.kind == "concept"
                            and (m.entity.head or "") in self.lex.appealable_nouns
                        ]
                        topic = decided[-1].entity if decided else None
                    topic = topic or self.topic_concept(v.i)
                    # the evidence runs to what was warned of ("warned of job losses")
                    upto = max(
                        (max(u.i for u in p.subtree) + 1 for p in preps if p.lower_ in frame.prep),
                        default=v.i + 1,
                    )
                    if topic is not None:
                        targets.append(Mention(v.i, upto, topic, "topic"))
            if frame.needs_prep and not targets and src is not None and not passive:
                # "voted against", "voted in favour": a side taken on the issue at hand
                side, upto, alt = None, v.i + 1, dict(frame.alt)
                for p in preps:
                    objs = [c for c in p.children if c.dep_ == "pobj"]
                    if any(c.lower_ not in self.lex.favour_words for c in objs):
                        continue
                    upto = max(u.i for u in p.subtree) + 1
                    if p.lower_ in frame.prep:
                        side = frame.polarity
                    elif p.lower_ in alt:
                        side = alt[p.lower_]
                    elif p.lower_ == "in" and any(
                        c.lower_ in self.lex.favour_words and not list(c.children)
                        for c in p.children
                    ):
                        side = "support"
                    if side is not None:
                        break
                acts = [
                    c
                    for c in v.children
                    if c.dep_ in ("xcomp", "advcl")
                    and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    and self._plain_act(c)
                ]
                if side is None and lem in self.lex.enacting_verbs and acts:
                    # "voted 7-5 to contribute $210 million to the stadium": a vote to act,
                    # for the issue at hand
                    side, upto = "support", max(u.i for u in acts[0].subtree) + 1
                topic = self.topic_concept(v.i) if side is not None else None
                if topic is not None:
                    targets.append(Mention(v.i, upto, topic, "topic"))
                    pol = side
            if frame.needs_prep and not targets:
                return
        if frame.reciprocal:
            # "A and B clash over a plan": a quarrel is between actors, not with the plan
            targets = [tm for tm in targets if tm.entity.kind == "actor"]
        if frame.reciprocal and src is not None and not targets:
            # "A and B clashed": coordinated subjects
            head = self.toks[src.end - 1]
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
        final = self.negated_side(v, (v.i, v.i), pol or "oppose") if neg else (pol or "oppose")
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
            if in_sent and v.i < src.start and src.end - v.i <= 15:
                b0 = max(b0, src.end)  # "The tax was criticised by Rep. Pike": who says it
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
