"""Quotations and reported speech attributed to a speaker."""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.extract.mentions import DE_FINITE_TAGS, QUOTE_OPEN, Entity, Mention
from allegiance.extract.rules.base import _evaluate, opposite, sign_polarity

# finite verbs and nouns in the German (STTS) and English (Penn) tag sets
_FINITE_TAGS = ("VAFIN", "VMFIN", "VVFIN", "VBZ", "VBD", "VBP", "MD")
_NOUN_TAGS = ("NN", "NE", "NNS", "NNP", "NNPS")

class SpeechCues:
    """Quotations attributed to their speaker, German reported speech on either side of the
    speech verb, attribution phrases ("laut X", "nach Ansicht von X") and the judging of
    reported clauses."""

    def _reported(self, sent: Span) -> list[Token]:
        """German reported speech without quotation marks: "Die Reform sei ein Fehler, sagte X."
        — the clause before ", <speech verb>" at the end of the sentence."""
        t = self._speech_after_comma(sent)
        if t is not None:
            start = self._after_colon(sent.start, t.i - 1)
            content = [u for u in self.toks[start : t.i - 1] if not u.is_punct]
            if any(u.tag_ in DE_FINITE_TAGS for u in content):
                return content
        return []

    def _after_colon(self, start: int, end: int) -> int:
        """Where reported speech starts: after the last colon before ``end`` ("Der Städtetag
        reagierte empört: Die Pläne seien …, erklärte X"), else at ``start``."""
        for u in self.toks[start:end]:
            if u.text in (":", ";"):  # "stellte sich hinter X; der Verlust sei …, sagte er"
                start = u.i + 1
        return start

    def _speech_after_comma(self, sent: Span) -> Token | None:
        """The first speech verb right after a comma, past the sentence's opening words
        ("…, sagte X"); memoised per sentence."""
        if sent.start not in self._speech_after:
            self._speech_after[sent.start] = next(
                (
                    t
                    for t in sent
                    if t.i > sent.start + 3
                    and self.toks[t.i - 1].text == ","
                    and self._speech_word(t)
                ),
                None,
            )
        return self._speech_after[sent.start]

    def _speech_word(self, t: Token) -> bool:
        """A word that introduces its speaker: "sagte", "hieß es (beim Verband)", "so (X)"."""
        if t.tag_ == "VVFIN":
            lem = self.lemma(t)
            return lem in self.lex.speech_verbs or lem in self.lex.impersonal_speech_verbs
        if t.lower_ not in self.lex.attribution_markers or self._quote[t.i]:
            return False
        k = t.i + 1
        if k < len(self.doc) and self.toks[k].tag_ == "ART":
            k += 1  # "so der Verbandschef"
        return k < len(self.doc) and (
            self.ents.at(k) is not None or self.toks[k].tag_ in ("NN", "NE")
        )

    def _impersonal_speaker(self, first: int, end: int) -> Mention | None:
        """The actor after an attribution preposition that opens ``doc[first:end]`` (within six
        words), also in the genitive of what said it: after the verb ("hieß es beim Verband",
        "heißt es in einer Stellungnahme des Verbands") or before it ("In einer Stellungnahme
        des Verbands heißt es, …")."""
        for k in range(first, min(end, first + 6)):
            if self.toks[k].lower_ in self.lex.attribution_preps:
                for j in range(k + 1, min(end, k + 6)):
                    if self.toks[j].is_punct:
                        return None
                    m = self.ents.at(j) or (
                        self.mention_at(j) if self.toks[j].tag_ in ("NN", "NE") else None
                    )
                    if m is not None and m.entity.kind == "actor":
                        return m
                return None
        return None

    def _speaker_after(self, v: Token, sent: Span) -> Mention | None:
        """The speaker right after the speech verb ``v`` ("…, sagte X"): a name, a pronoun or a
        role noun ("der FDP-Politiker"); "hieß es beim Verband": the actor it names."""
        speaker: Mention | None = None
        k = v.i + 1
        if self.lemma(v) in self.lex.impersonal_speech_verbs:
            speaker = self._impersonal_speaker(v.i + 1, sent.end)
            k = sent.end
        while k < min(sent.end, v.i + 5) and speaker is None:
            u = self.toks[k]
            m = self.ents.at(k)
            if m is not None and m.entity.kind == "actor" and self._modifier(m):
                k = m.end + 2  # "erklärte GHL-Chefin Miriam Stoll": the name after the role
                continue
            if m is not None and m.entity.kind == "actor":
                if m.genitive and m.end < sent.end and self.toks[m.end].tag_ == "NN":
                    break  # "fordert seit Wochen Möllenkamps Ablösung": an owner, no speaker
                speaker, k = m, m.end
                break
            if u.lower_ in self.lex.subject_pronouns and u.tag_ in ("PPER", ""):
                # "Behrends stellte sich hinter X; …, sagte er": a person of the pronoun's
                # gender in the same sentence before one named earlier
                ent = self.in_sentence_person(k, subject=True) or self.last_person(
                    gender=self.pronoun_gender(u)
                )
                speaker = Mention(k, k + 1, ent, "pronoun") if ent else None
            elif u.tag_ == "NN":
                speaker = self._named_in_apposition(k, sent)
                ent = self.resolve_token(k) if speaker is None else None
                if ent is not None and ent.kind == "actor":
                    speaker = Mention(k, k + 1, ent, "role")
            k += 1
        return speaker

    def _named_in_apposition(self, k: int, sent: Span) -> Mention | None:
        """The person named after a role noun's genitive: "erklärte die Sprecherin des BUND
        Sachsen, Laura Heinemann" -> Laura Heinemann (not the organisation she speaks for)."""
        if not self.lex.role_of(self.toks[k].text):
            return None
        j = k + 1
        if j >= sent.end or self.toks[j].lower_ not in ("des", "der"):
            return None
        # the genitive: a named organisation or a plain noun phrase ("des Landesrechnungshofs")
        while j < min(sent.end, k + 7) and self.toks[j].text != ",":
            m = self.ents.at(j)
            if m is not None and m.entity.kind == "actor":
                j = m.end
                continue
            if self.toks[j].tag_ not in ("ART", "ADJA", "NN", "NE", "CARD"):
                return None
            j += 1
        if j + 1 < sent.end and self.toks[j].text == ",":
            person = self.ents.at(j + 1)
            if person is not None and person.start == j + 1 and person.entity.type == "person":
                return person
        return None

    def reporter(self, i: int) -> Entity | None:
        """The speaker that the pronoun at ``i`` means when it is the subject of a clause
        reported before its speaker: "Man lehne die Reform ab, sagte X", "Sie werde zustimmen,
        sagte Petra Lindner" ("er"/"sie" only when the speaker is of their gender)."""
        t = self.toks[i]
        sent = self.sent(t)
        v = self._speech_after_comma(sent)
        if v is None or not self._after_colon(sent.start, v.i - 1) <= i < v.i - 1:
            return None
        speaker = self._speaker_after(v, sent)
        if speaker is None or speaker.start <= i:
            return None
        if t.lower_ in self.lex.reporter_pronouns:
            return speaker.entity
        gender = self.pronoun_gender(t)
        if speaker.entity.type == "person" and gender and self.gender(speaker.entity) == gender:
            return speaker.entity
        return None

    def reported_clauses(self, sent: Span) -> bool:
        """German reported speech around ", sagte X,": "Das Angebot sei fair, sagte sie, die
        Gewerkschaft gefährde die Zukunft des Unternehmens." Each clause is judged on its own:
        its first named actor or issue is what it judges, its evaluative words decide."""
        v = self._speech_after_comma(sent)
        if v is None:
            return self.reported_after(sent) or self.attributed(sent)
        speaker = self._speaker_after(v, sent)
        if speaker is None:
            return False
        k = speaker.end
        # "…, räumte X vom Seniorenrat ein, doch …": past the speaker's affiliation and particle
        while (
            k < min(sent.end, speaker.end + 8)
            and self.toks[k].text != ","
            and self.toks[k].tag_ not in _FINITE_TAGS
            and self.toks[k].text not in QUOTE_OPEN
        ):
            k += 1
        start = self._after_colon(sent.start, v.i - 1)
        clauses = [(start, v.i - 1)]
        if k < sent.end and self.toks[k].text == ",":
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
                    and self.toks[u.i + 1].lower_ in self.lex.attribution_nouns
                )
            ):
                marker = u
                k = u.i + 1
                limit = u.i + 6
                j = k + (k < sent.end and self.toks[k].lower_ == "to")
                while j < sent.end and self.toks[j].tag_ in ("DT", "ART"):
                    j += 1
                if (
                    j + 1 < sent.end
                    and self.toks[j].lower_ in self.lex.attribution_carriers
                    and self.toks[j + 1].lower_ in ("from", "of", "for", "by")
                ):
                    # "according to a statement from the institute": who issued it
                    k, limit = j + 2, j + 6
                while k < min(sent.end, limit):
                    m = self.ents.at(k) or (
                        self.mention_at(k) if self.toks[k].tag_ in _NOUN_TAGS else None
                    )
                    if m is not None and m.entity.kind == "actor" and not self._modifier(m):
                        speaker = m  # (not "Mieterbund" in "Mieterbund-Chef Lukas Siebert")
                        break
                    k = m.end if m is not None else k + 1
                break
            if (  # "In Senator X's view, the tax is unfair"
                not self.de
                and low in self.lex.attribution_nouns
                and sent[0].lower_ == "in"
                and u.i >= sent.start + 3
                and self.toks[u.i - 1].text in ("'s", "’s")
            ):
                m = self.ents.at(u.i - 2)
                if m is not None and m.entity.kind == "actor":
                    speaker, marker = m, u
                break
            if low == "zufolge" and u.i > sent.start:
                m = self.ents.at(u.i - 1) or self.mention_at(u.i - 1)
                if m is not None and m.entity.kind == "actor":
                    speaker, marker = m, u
                break
        if speaker is None:
            # "Steuerberater Wilhelm Frerichs: Die Reform ist „handwerklich missglückt“": a
            # speaker named before a colon that opens the sentence
            colon = next((u for u in sent if u.text == ":"), None)
            m = self.ents.at(colon.i - 1) if colon is not None and colon.i > sent.start else None
            if (
                colon is not None
                and m is not None
                and m.entity.kind == "actor"
                and m.end == colon.i
                and all(
                    u.text == "-" or self.lex.role_of(u.text) or u.tag_ == "ART"
                    for u in self.toks[sent.start : m.start]
                )
                and colon.i + 2 < sent.end
            ):
                speaker, marker = m, colon
        if speaker is None or marker is None:
            return False
        # "Die Grünen erteilten dem Gesetz eine Absage; laut ihrer Sprecherin X ist …": the
        # attribution speaks for its own clause, after a semicolon or colon
        lo = sent.start
        for k in range(sent.start, marker.i + 1):
            if self.toks[k].text in (";", ":"):
                lo = k + 1
        e = self._past_affiliation(speaker.end, sent.end)
        if lo <= marker.i <= lo + 2 and marker.i < speaker.start:
            # an attribution that opens the clause ("Laut Lena Park vom Mieterbund ist die
            # Reform …", "According to X of the Cycling Coalition, …"): the speaker and their
            # organisation are no part of what is judged (not so when it closes the clause:
            # "X is "…", according to Y of Z")
            lo = max(lo, e)
        if marker.i < speaker.start and e < sent.end and self.toks[e].text == ",":
            # "Nach Ansicht von X, Sprecherin der Grünen, ist die Reform …": past the apposition
            close = next(
                (k for k in range(e + 1, min(sent.end, e + 12)) if self.toks[k].text == ","), None
            )
            if close is not None:
                lo = max(lo, close + 1)
        return self._judge_clauses(marker, speaker, [(lo, sent.end)])

    def _past_affiliation(self, k: int, end: int) -> int:
        """The end of the affiliation that follows a speaker ending at ``k`` ("vom Mieterbund",
        "of the Cycling Coalition": a preposition of ``affiliation_preps``, an article, an
        organisation), or ``k`` if none follows."""
        if k >= end or self.toks[k].lower_ not in self.lex.affiliation_preps:
            return k
        j = k + 1
        while j < min(end, k + 4) and self.toks[j].tag_ in ("ART", "DT"):
            j += 1
        m = self.ents.at(j) if j < end else None
        if m is not None and m.start == j and m.entity.kind == "actor":
            return m.end
        return k

    def reported_after(self, sent: Span) -> bool:
        """ "Trump sagte, er sei von Musk „sehr enttäuscht“": a speech verb, a comma and a clause
        in reported speech (a finite verb in the subjunctive or a plain main clause)."""
        v = next(
            (
                t
                for t in sent
                if t.tag_ == "VVFIN"
                and (
                    self.lemma(t) in self.lex.speech_verbs
                    or self.lemma(t) in self.lex.fear_verbs
                    or self.lemma(t) in self.lex.impersonal_speech_verbs
                )
                and self._speech_comma(t, sent) is not None
            ),
            None,
        )
        comma = self._speech_comma(v, sent) if v is not None else None
        if v is None or comma is None:
            return False
        if self.toks[self.seg_range(v.i)[0]].lower_ in self.lex.subordinators:
            # "Während der Städtetag die Reform begrüßt, lehnt der Mieterbund sie ab": the
            # comma ends a subordinate clause; the main clause is nobody's reported speech
            return False
        speaker = self.de_subject(v, self.seg_range(v.i))
        if speaker is None and self.lemma(v) in self.lex.impersonal_speech_verbs:
            # "In einer Stellungnahme des Verbands heißt es, …", "Aus dem Ministerium hieß es, …"
            speaker = self._impersonal_speaker(sent.start, v.i)
        if speaker is None or speaker.entity.kind != "actor":
            return False
        end = comma + 1
        while end < sent.end and self.toks[end].text not in (";", ":"):
            end += 1
        return self._judge_clauses(v, speaker, [(comma + 1, end)])

    def _speech_comma(self, v: Token, sent: Span) -> int | None:
        """The comma after a speech verb and a few words ("sagte vor Journalisten, …"), if the
        sentence goes on after it."""
        k = v.i + 1
        while k < min(sent.end, v.i + 5):
            u = self.toks[k]
            if u.text == ",":
                return k if k + 2 < sent.end else None
            if u.text == ":" and k + 2 < sent.end and self.toks[k + 1].text not in QUOTE_OPEN:
                return k  # "Der Städtetag erklärte: Die Reform entlaste Familien"
            if u.tag_ in ("VVFIN", "VAFIN", "VMFIN", "KOUS", "PRELS") or u.is_punct:
                return None
            k += 1
        return None

    def _judge_clauses(self, v: Token, speaker: Mention, clauses: list[tuple[int, int]]) -> bool:
        """Judge each reported clause: its first actor or issue (not the speaker) is what it
        judges, its evaluative words decide."""
        if clauses:
            last = self.toks[max(b for _, b in clauses) - 1]
            self.last_speech = (self.sent(last).end, speaker, v)
        found = False
        conceded: Mention | None = None  # "Zwar habe die Reform Schwächen, …, doch …"
        for a, b in clauses:
            words = self.toks[a:b]
            rest = self._past_question(words)
            if rest is not words and rest:
                a = rest[0].i  # the clause after an embedded question
            toks = [u for u in rest if not u.is_punct]
            if not any(u.tag_ in _FINITE_TAGS for u in toks):
                continue
            target: Mention | None = None
            for u in toks:
                m = self.ents.at(u.i)
                if m is None and u.tag_ in _NOUN_TAGS:
                    m = self.mention_at(u.i)
                if m is not None and m.entity is not speaker.entity and not self._modifier(m):
                    target = m  # (not "Mieterbund" in "laut Mieterbund-Chef X")
                    if (
                        m.entity.kind == "actor"
                        and self._noun_attribute(m)
                        and not self._said_by(m)  # "die Kritik des Verbands" is the Verband's
                    ):
                        target = None  # "Eine Zerschlagung des Konzerns gefährde …": the breakup
                    break
            contrast = bool(toks) and toks[0].lower_ in self.lex.contrast_words
            if target is None and contrast and conceded is not None:
                target = Mention(a, a, conceded.entity, "topic")  # what the concession was about
            if target is None:
                continue
            if any(u.lower_ in self.lex.concession_words for u in toks) and any(
                c[0] > b - 1 and self.toks[c[0]].lower_ in self.lex.contrast_words
                for c in clauses
            ):
                conceded = target  # the conceded clause is no verdict; the one after it is
                continue
            words = [u for u in toks if not target.start <= u.i < target.end]
            if self.lemma(v) in self.lex.fear_verbs:
                # "fürchtet, die Reform werde die Mieten erhöhen": what is feared is opposed
                neg = any(u.lower_ in self.lex.negation for u in words)
                score = 0 if neg else -1
            else:
                score = self._obligation(words) or _evaluate(words, self.lex, strict=True)
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
            if self.without(target):
                score = -score  # "ohne die Erhöhung sei die Schule nicht zu finanzieren"
            pol = sign_polarity(score)
            near = speaker.start >= self.sent(v).start
            lo, hi = (a, speaker.end) if a < v.i else (min(v.i, speaker.start) if near else v.i, b)
            while hi > lo and self.toks[hi - 1].is_punct:
                hi -= 1
            self.emit(speaker.entity, target.entity, pol, lo, hi, self.lemma(v), 0.5)
            found = True
        return found

    def _obligation(self, words: list[Token]) -> int:
        """German: a reported clause saying what must happen to its subject takes that side:
        "die Abgabe müsse abgeschafft werden", "gehöre abgeschafft" (-1), "müsse verlängert
        werden" (+1); "dürfe nicht gestrichen werden" the other way. 0 when it says no such
        thing."""
        if not self.de:
            return 0
        modal = any(
            # (the tagger's lemma: ``lemma`` respells "müssen" as "müßen")
            u.lemma_.lower() in self.lex.obligation_modals and u.tag_ in ("VMFIN", "VVFIN")
            for u in words
        )
        change = next(
            (u for u in words if u.tag_ == "VVPP" and self.lemma(u) in self.lex.change_verbs),
            None,
        )
        if not modal or change is None or not words:
            return 0
        # in the clause's own first part, with no clause in it ("…, als Steuervorteile
        # gestrichen werden sollten" is a time, not a demand)
        if any(
            u.text == "," or u.tag_ in ("KOUS", "PRELS", "PWAV")
            for u in self.toks[words[0].i : change.i]
        ):
            return 0
        score = 1 if self.lex.change_verbs[self.lemma(change)] == "support" else -1
        return -score if any(u.lower_ in self.lex.negation for u in words) else score

    def _noun_attribute(self, m: Mention) -> bool:
        """German: ``m`` is the genitive attribute of a common noun before it ("eine
        Zerschlagung des Konzerns"), so the clause speaks of that noun, not of ``m``."""
        j = m.start - 1
        while j > 0 and self.toks[j].tag_ == "ADJA":
            j -= 1
        return (
            self.de
            and j > 0
            and self.toks[j].lower_ in ("des", "der")
            and self.toks[j - 1].tag_ == "NN"
            and self.ents.at(j - 1) is None
        )

    def _continued_report(self, sent: Span) -> bool:
        """German indirect speech that goes on in a sentence of its own: "X äußerte sich am
        Montag. Die Reform sei ein Fehler." A sentence in the subjunctive (``subjunctive_markers``)
        without a speaker of its own, right after one where an actor spoke, is judged as that
        actor's words."""
        finite = next((t for t in sent if t.tag_ in DE_FINITE_TAGS), None)
        if finite is None or finite.lower_ not in self.lex.subjunctive_markers:
            return False  # the sentence's own first verb is in the subjunctive
        if any(self.lemma(t) in self.lex.speech_verbs for t in sent if t.tag_ == "VVFIN"):
            return False
        if any(m.entity.kind == "actor" for m in self.ents.in_range(sent.start, finite.i)):
            return False  # "Jansen habe …": a sentence about someone named in it
        last = self.last_speech
        if last is None or last[0] != sent.start:
            k = self._sent_of[sent.start]
            prev = self._sents[k - 1] if k > 0 else None
            v = next(
                (
                    t
                    for t in (prev or ())
                    if t.tag_ == "VVFIN" and self.lemma(t) in self.lex.speech_verbs
                ),
                None,
            )
            speaker = self.de_subject(v, self.seg_range(v.i)) if v is not None else None
            if prev is None or v is None or speaker is None:
                return False
            last = (prev.end, speaker, v)
        _, speaker, v = last
        if speaker.entity.kind != "actor":
            return False
        found = self._judge_clauses(v, speaker, [(sent.start, sent.end)])
        self.last_speech = (sent.end, speaker, v)
        return found

    def _continued_quote(self, sent: Span) -> tuple[Mention, Token] | None:
        """The speaker and speech verb of a quotation that goes on in this sentence: it follows
        a sentence with an attributed quotation and begins inside a quotation or with one
        („…“, sagte X. „…“ / X sagte: „… . …“)."""
        last = self.last_speech
        if last is None or last[0] != sent.start:
            return None
        first = self.toks[sent.start]
        if not (self._quote[sent.start] or first.text in QUOTE_OPEN):
            return None
        if any(
            not self._quote[t.i] and (t.tag_ in DE_FINITE_TAGS or t.pos_ == "VERB")
            for t in sent
            if t.text not in QUOTE_OPEN
        ):
            return None  # a sentence with words of its own outside the quotation
        return last[1], last[2]

    def _colon_speaker(self, sent: Span, q_toks: list[Token]) -> Mention | None:
        """ "Verbandschef Karl Bauer: „Die Reform ist überfällig.“": an actor named right
        before a colon that opens the quotation speaks it."""
        if not q_toks:
            return None
        for m in self.ents.in_range(sent.start, q_toks[0].i, "actor"):
            k = m.end
            if (
                not self._quote[m.start]
                and k < q_toks[0].i
                and self.toks[k].text == ":"
                and all(self.toks[x].is_punct for x in range(k, q_toks[0].i))
            ):
                return m
        return None

    def _past_question(self, toks: list[Token]) -> list[Token]:
        """Reported words without an embedded question that opens them ("Ob X die richtigen
        Zahlen vorgelegt habe, könne sie nicht beurteilen": the question asserts nothing, the
        clause after its comma may)."""
        if not toks or toks[0].lower_ not in self.lex.question_subordinators:
            return toks
        comma = next((k for k, u in enumerate(toks) if u.text == ","), None)
        return toks[comma + 1 :] if comma is not None else []

    def _first_person_cue(self, q_toks: list[Token]) -> int:
        """+1 / -1 when the quotation says "we" or "I" take a side with a cue verb („Wir
        lehnen die Reform ab“, "We oppose the tax"): the speaker speaks for them; else 0."""
        if not any(t.lower_ in self.lex.first_person for t in q_toks):
            return 0
        inside = {t.i for t in q_toks}
        for t in q_toks:
            if not (t.pos_ == "VERB" or t.tag_.startswith("VV")):
                continue
            # the negations of the verb's own clause ("We supported the change …, and we did
            # not see one": the support stands)
            a, b = self.seg_range(t.i)
            negations = sum(
                self.toks[k].lower_ in self.lex.negation for k in range(a, b) if k in inside
            )
            if negations and sum(u.lower_ in self.lex.negation for u in q_toks) > 1:
                return 0  # "not one of us who does not support it": leave it to the evaluation
            negated = negations == 1
            frame = self.lex.verbs.get(self.lemma(t))
            side = frame.polarity if frame is not None else None
            if frame is not None and (frame.needs_prep or frame.alt):
                # „Wir stehen hinter dem Plan“: a verb that takes a side with its preposition;
                # „Wir stimmen gegen die Reform“: one that turns with it
                words = {self.toks[k].lower_ for k in range(a, b) if k in inside}
                alt = dict(frame.alt)
                turned = next((alt[p] for p in alt if p in words), None)
                if turned is not None:
                    side = turned
                elif frame.needs_prep and not words & set(frame.prep):
                    side = None
            if frame is not None and side:
                if negated:
                    # „Diesem Gesetz kann ich nicht zustimmen“: refusing support is opposition;
                    # "we do not oppose it" is no support
                    return -1 if side == "support" else 0
                return 1 if side == "support" else -1
            if negated:
                continue
            change = self.lex.change_verbs.get(self.lemma(t))
            if change is not None:  # "We will do everything to stop this merger"
                return 1 if change == "support" else -1
        return 0

    def quotes(self, sent: Span) -> bool:
        """Quotations attributed to a speaker: „…“, sagte X. The quote's targets and polarity."""
        q_toks = [t for t in sent if self._quote[t.i]]
        reported = False
        # "»Ein Bürokratiemonster«, urteilte X": short, but a quotation (two words at most: a
        # longer one judges the issue at hand only when it points at it, as any quotation;
        # '"Today the river won," said X' is no praise of the mine)
        short_said = 0 < len(q_toks) < 3 and self._said_after(q_toks[0].i, q_toks[-1].i + 1)
        if short_said:
            pass
        elif len(q_toks) < 3 and self.de:
            if self.reported_clauses(sent):
                return True
            q_toks = self._past_question(self._reported(sent))
            reported = bool(q_toks)
            if not q_toks and self._continued_report(sent):
                return True
        elif len(q_toks) < 3 and self.attributed(sent):
            return True  # "According to the union, the plan is a mistake"
        if len(q_toks) < 3 and not short_said:
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
                and self.toks[t.i - 1].text == ","
                and any(self._quote[k] for k in range(sent.start, t.i))
                and self._speech_word(t)
            ]
        colon = None if speech else self._colon_speaker(sent, q_toks)
        continued = None
        if not speech and colon is None:
            continued = self._continued_quote(sent)
            if continued is None:
                # "X is „the most dangerous minister in a generation“, according to Y"
                return self.attributed(sent)
        if continued is not None:
            speaker, v = continued
        else:
            v = speech[0] if speech else self.toks[colon.end]  # type: ignore[union-attr]
        impersonal = self.de and self.lemma(v) in self.lex.impersonal_speech_verbs
        if continued is not None:
            pass  # „…“, sagte X. „…“: the next sentence of the quotation is X's too
        elif colon is not None:
            speaker = colon  # "Verbandschef Karl Bauer: „Die Reform ist überfällig.“"
        elif impersonal:
            speaker = self._impersonal_speaker(v.i + 1, sent.end)
        elif self.de:
            outside = [
                m
                for m in self.ents.in_range(sent.start, sent.end, "actor")
                if not self._quote[m.start] and self.nominative_like(m)
            ]
            speaker = min(outside, key=lambda m: abs(m.start - v.i)) if outside else None
            if speaker is None:
                for i in range(v.i + 1, min(sent.end, v.i + 4)):
                    if self.toks[i].lower_ in self.lex.subject_pronouns:
                        ent = self.last_person()
                        speaker = Mention(i, i + 1, ent, "pronoun") if ent else None
                        break
        else:
            speaker, _ = self.en_subject(v)
        if speaker is None or speaker.entity.kind != "actor":
            return False
        self.last_speech = (sent.end, speaker, v)
        # the words naming what is judged do not judge it ("Diese Reform ist ein Fehler")
        judged = [
            t
            for t in q_toks
            if self.ents.at(t.i) is None and t.lower_ not in self.lex.concept_anaphors
        ]
        # reported speech is judged by the project's own word lists only (fewer false alarms)
        # „Wir lehnen die Reform ab“, sagte X: a side the speakers take in so many words decides
        score = self._first_person_cue(q_toks) or _evaluate(judged, self.lex, strict=reported)
        if score == 0 and not reported:
            # „Albrecht hat das Maximum herausgeholt“, lobte X: the speech verb takes the side
            # its quotation does not spell out
            vf = self.lex.verbs.get(self.lemma(v))
            if vf is not None and vf.polarity and not vf.needs_prep and vf.target != "reply":
                score = 1 if vf.polarity == "support" else -1
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
                and not (m.start > 0 and self.toks[m.start - 1].text == "(")  # "X (FDP)"
                # "Zerschlagung des Konzerns" (but "die Kritik des Verbands" is the Verband's)
                and not (reported and self._genitive_attribute(m) and not self._said_by(m))
            ):
                targets.append(m)
        conf = 0.55
        if not targets:
            # "Die Entscheidung sei „ein Bruch …“, erklärte X": the subject before the verdict
            q0 = q_toks[0].i - 1
            if any(
                self.toks[k].tag_ in ("VAFIN", "VMFIN") or self.toks[k].lemma_ == "be"
                for k in range(max(sent.start, q0 - 2), q0)
            ):
                # from the start of the judging clause ("…: Die Pläne seien „…“")
                for k in range(max(sent.start, self.seg_range(q0)[0]), q0):
                    u = self.toks[k]
                    m = self.ents.at(k) or (self.mention_at(k) if u.tag_ in ("NN", "NE") else None)
                    if m is not None and m.entity is not speaker.entity:
                        targets.append(m)
                        break
        if not targets and len(q_toks) <= 5:
            # a short quoted verdict: „sehr enttäuscht“ von Musk (not the speaker's own
            # organisation: "“We back it,” said Jo Marsh of the Clean Streets Trust")
            own = {org for a, org, *_ in self.ents.affiliations if a is speaker.entity}
            near = [
                m
                for m in self.ents.in_range(sent.start, sent.end)
                if not self._quote[m.start]
                and m.entity is not speaker.entity
                and m.entity not in own
                and m.start != speaker.start
                and not (m.start > 0 and self.toks[m.start - 1].text == "(")  # "X (FDP)"
            ]
            targets = [m for m in near if self.prep_before(m.start) is not None][:1]
        if not targets:
            topic = self.topic_concept(sent.start)
            pointing = any(t.lower_ in ("das", "dies", "es", "this", "it", "that") for t in q_toks)
            # a verdict said in two words is about the issue at hand: "»Unbezahlbar«, sagte X"
            if topic is None or not (pointing or short_said):
                return True
            targets = [Mention(q_toks[0].i, q_toks[0].i + 1, topic, "topic")]
            conf = 0.45
        pol = sign_polarity(score)
        # from the opening quotation mark (reported speech has none: not the sentence before)
        q0, q1 = max(q_toks[0].i - 1, sent.start), q_toks[-1].i + 2
        a0 = min(q0, speaker.start, v.i)
        b0 = max(q1, speaker.end, v.i + 1)
        if continued is not None:  # the evidence is this sentence's part of the quotation
            a0, b0 = max(q0, sent.start), min(q1, sent.end)
        for tm in targets[:1]:
            if self.without(tm):  # „Ohne die Reform gehen hier die Lichter aus“
                pol = opposite(pol)
            self.emit(speaker.entity, tm.entity, pol, a0, b0, self.lemma(v), conf)
        return True
