"""Language knowledge for extraction, loaded from YAML data files (one per language).

The files in ``allegiance/extract/data/`` hold cue verbs and nouns with their polarity and argument
frames, role nouns, negation and hedging words, past markers, evaluative words and issue
patterns. Users extend them by passing their own YAML file, which is merged over the shipped one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Frame:
    """How a cue word takes its arguments."""

    polarity: str | None  # support | oppose | None for evaluative cues
    prep: tuple[str, ...] = ()
    needs_prep: bool = False
    target: str = "object"  # object | actor | issue | known | any | critics | reply
    evaluative: bool = False
    reciprocal: bool = False
    complement: bool = False
    adjective: bool = False  # "zeigte sich enttäuscht", "reagierte empört"
    alt: tuple[tuple[str, str], ...] = ()  # preposition -> polarity override

    @classmethod
    def from_yaml(cls, d: dict[str, Any]) -> Frame:
        return cls(
            polarity=d.get("polarity"),
            prep=tuple(d.get("prep") or ()),
            needs_prep=bool(d.get("needs_prep", False)),
            target=d.get("target", "object"),
            evaluative=bool(d.get("evaluative", False)),
            reciprocal=bool(d.get("reciprocal", False)),
            complement=bool(d.get("complement", False)),
            adjective=bool(d.get("adjective", False)),
            alt=tuple((d.get("alt") or {}).items()),
        )


@dataclass(frozen=True, slots=True)
class NounFrame:
    """A stance noun: "Kritik kam von X", "support for Y"."""

    polarity: str
    source_prep: tuple[str, ...] = ()
    target_prep: tuple[str, ...] = ()
    reciprocal: bool = False
    needs_target: bool = False  # no side without a named target ("Rücktritt von X")
    # a preposition right after the noun that gives the other side: "Kundgebung für X"
    alt: tuple[tuple[str, str], ...] = ()


def _lower_set(items: Any) -> frozenset[str]:
    return frozenset(str(x).lower() for x in (items or ()))


@dataclass(slots=True)
class Lexicon:
    """All language knowledge the rule extractor uses for one language."""

    lang: str
    verbs: dict[str, Frame] = field(default_factory=dict)
    nouns: dict[str, NounFrame] = field(default_factory=dict)
    relations: dict[str, str] = field(default_factory=dict)
    # generic organisation nouns ("the regulator", "das Gericht") and the words in the names
    # of organisations of that kind they refer to
    org_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # kinds of issue and the nouns that name the same kind ("Warnstreik", "der Ausstand"; "the
    # offer", "the bid"): a definite noun of a kind refers back to an issue of that kind
    issue_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # comparatives that are no part of an issue's name ("weitere Schritte", "later talks")
    non_comparatives: frozenset[str] = frozenset()
    # "ohne", "without": a verdict on a world without a thing is the opposite verdict on it
    counterfactual_preps: frozenset[str] = frozenset()
    # prepositions whose phrase belongs to an issue's name when the article repeats the whole
    # phrase word for word ("Gebührenfreiheit für Kitas")
    name_preps: frozenset[str] = frozenset()
    # words for a side: a genitive after one names whose side it is ("auf die Seite des X")
    side_nouns: frozenset[str] = frozenset()
    # refusing a change takes the other side: "refused to pay the fees", "weigert sich, … zu
    # zahlen" (the change verbs say what is refused)
    refusal_verbs: frozenset[str] = frozenset()
    # degree words that turn an attitude into its opposite: "ist von der Reform wenig begeistert"
    weakeners: frozenset[str] = frozenset()
    # adjectives that state a side toward their prepositional object: "is opposed to the bill",
    # "is critical of the mayor", "is supportive of the plan"
    stance_adjectives: dict[str, str] = field(default_factory=dict)
    # leaving office: "urged Mayor Hale to resign" opposes the one asked to go (a change verb
    # with polarity oppose)
    resign_verbs: frozenset[str] = frozenset()
    # a subject that is the speaker's own side ("said his party would back the plan", "we"):
    # the speaker holds the stance reported for it
    own_side_words: frozenset[str] = frozenset()
    # prepositions of the means or the place of a threat, not of its target: "drohte mit dem Gang
    # vor das Verfassungsgericht"
    means_preps: frozenset[str] = frozenset()
    # words for a company ("das Unternehmen"): they never refer to an organisation whose name
    # holds one of ``non_company_words`` (a union, party, association) or to a party
    company_nouns: frozenset[str] = frozenset()
    non_company_words: tuple[str, ...] = ()
    # last words of a company's name ("Severnvale Water", "Coral Ridge Resources"): "the company"
    # refers to the last organisation so named before any other
    company_heads: frozenset[str] = frozenset()
    # words for a group that is no company: "the campaign" skips "Tamsbury Water"
    campaign_nouns: frozenset[str] = frozenset()
    # kinds of company written before a name: "cloud provider Stratos Compute" is a company
    company_titles: frozenset[str] = frozenset()
    # kinds of organisation that exclude one another: "die Gewerkschaft" never refers to an
    # organisation whose name has a word ending in another of these ("Landesregierung")
    exclusive_org_words: tuple[str, ...] = ()
    # parties and their youth wings whose branch is named by a place after them ("SPD Ostfalen",
    # "Jusos Ostfalen")
    regional_orgs: frozenset[str] = frozenset()
    # words that make a party's compound a body of its own ("CDU-Opposition")
    party_compound_heads: frozenset[str] = frozenset()
    # German finite verbs of the subjunctive that mark indirect speech going on ("sei", "habe")
    subjunctive_markers: frozenset[str] = frozenset()
    # a concession and the contrast after it: "Zwar habe die Reform Schwächen, doch …" is judged
    # by what follows the contrast
    concession_words: frozenset[str] = frozenset()
    # verbs that take the side the statement before took ("stieß in dasselbe Horn", "echoed
    # those concerns"); those of the second list only with a statement noun ("those concerns")
    echo_verbs: frozenset[str] = frozenset()
    echo_statement_verbs: frozenset[str] = frozenset()
    # nouns of idioms whose negation is part of the idiom: "ließ kein gutes Haar an X"
    idiom_negated_nouns: frozenset[str] = frozenset()
    # words of less that turn the next evaluative word around: "at a lower cost", "weniger
    # Bürokratie" (less of a bad thing is good, fewer jobs bad)
    decrease_words: frozenset[str] = frozenset()
    # conjunctions of a conceded clause: its side yields to the main clause's opposite side
    # ("While X welcomed parts of the bill, it urged lawmakers to vote it down")
    concessive_marks: frozenset[str] = frozenset()
    # words that say an actor takes no side: adjectives ("undecided", "unentschlossen"), and
    # nouns and verbs that do so when denied ("has not taken a position", "wollte sich nicht
    # äußern"); the prepositions that name what it is about
    no_side_adjectives: frozenset[str] = frozenset()
    no_side_nouns: frozenset[str] = frozenset()
    no_side_verbs: frozenset[str] = frozenset()
    no_side_preps: frozenset[str] = frozenset()
    deferral_words: frozenset[str] = frozenset()
    generic_roles: frozenset[str] = frozenset()
    # German compound tails that make a plan, offer or draft of an issue named before
    # ("Reformpläne" after "Reform der Grundsteuer", "Übernahmeangebot" after "Übernahme")
    plan_heads: tuple[str, ...] = ()
    # conjunctions of a clause that is a verb's object: "Ob das Verbot etwas bringe, bezweifelt X"
    complement_subordinators: frozenset[str] = frozenset()
    question_subordinators: frozenset[str] = frozenset()
    non_evaluative: frozenset[str] = frozenset()
    burden_nouns: frozenset[str] = frozenset()
    burden_preps: frozenset[str] = frozenset()
    non_concept_endings: tuple[str, ...] = ()
    # German: "am"/"im" before the place of a planned thing ("das geplante Freibad am Stadtpark")
    place_contractions: frozenset[str] = frozenset()
    contrast_words: frozenset[str] = frozenset()
    # words after a negation that make it none: "nicht nur …, sondern auch", "not only"
    not_negating: frozenset[str] = frozenset()
    # two words that negate what follows ("andere als" in "alles andere als fair", "anything
    # but"), written "first second"; and words after which a contrast word is no contrast
    negating_pairs: frozenset[str] = frozenset()
    # two words that make a verdict against what they are said of, though neither does alone:
    # blame idioms ("nimmt das Kliniksterben in Kauf", "setzt Arbeitsplätze aufs Spiel")
    negative_pairs: frozenset[str] = frozenset()
    not_contrast_after: frozenset[str] = frozenset()
    # English adjectives of readiness whose infinitive is the subject's own act ("was quick to
    # condemn the tax"; not "reluctant to back")
    readiness_adjectives: frozenset[str] = frozenset()
    # English participles of feeling whose "by" names their cause, not an agent ("was dismayed by
    # the plan" opposes it)
    feeling_participles: frozenset[str] = frozenset()
    # German: the grammatical gender of organisation nouns by the end of the word ("m": the
    # Mieterbund, "f": die Gewerkschaft); a subject pronoun "er"/"sie" may refer to them
    org_genders: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # nouns of effort whose infinitive says what the subject wants ("launched a campaign to oust
    # the chairman": a change verb there takes a side)
    effort_nouns: frozenset[str] = frozenset()
    # verbs that give something a name: "das Paket, das Trump „…“ getauft hat" (lemmas)
    naming_verbs: frozenset[str] = frozenset()
    # statement nouns and the verb that makes such a statement ("den Vorwurf" <- "vorwerfen"):
    # whoever used the verb owns the statement
    statement_noun_verbs: dict[str, str] = field(default_factory=dict)
    # nouns for a part or form of something ("an earlier version of the bill"): the side is
    # taken on the whole
    part_nouns: frozenset[str] = frozenset()
    # relation nouns whose "its" is an issue, not an organisation ("Its author, Senator X")
    issue_relations: frozenset[str] = frozenset()
    # relation nouns that are also job titles after a noun ("cycling champion", "film critic")
    title_relations: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()
    past_markers: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    negative: frozenset[str] = frozenset()
    positive: frozenset[str] = frozenset()
    roles: tuple[str, ...] = ()
    org_heads: frozenset[str] = frozenset()
    org_suffixes: tuple[str, ...] = ()
    # associations named by their members in the genitive: "Verband kommunaler Unternehmen"
    member_org_heads: tuple[str, ...] = ()
    # first-person pronouns: in a quotation the speaker's side ("Wir lehnen … ab")
    first_person: frozenset[str] = frozenset()
    # pronouns that in a clause reported before its speaker mean the speaker ("Man lehne die
    # Reform ab, sagte X"); "er"/"sie" do so when the speaker is of their gender
    reporter_pronouns: frozenset[str] = frozenset()
    # "a spokeswoman for X": X speaks
    spokesperson_nouns: frozenset[str] = frozenset()
    # "in favour of X": backing X whatever the verb ("voted in favour of the bill")
    favour_words: frozenset[str] = frozenset()
    # verbs of acceptance: refusing to accept something opposes it ("will das nicht hinnehmen")
    acceptance_verbs: frozenset[str] = frozenset()
    # a document with two or more words of sport, weather, cooking or leisure and none of
    # public affairs yields no statements ("Trainer X lobte die Mannschaft"; see topic.py)
    offtopic_markers: frozenset[str] = frozenset()
    topic_markers: frozenset[str] = frozenset()
    # German: compound nouns ending so speak of public affairs ("Verkehrsministerin")
    topic_marker_endings: tuple[str, ...] = ()
    # plural nouns that start a campaign group's name with "for"/"against": "Parents for …"
    group_plurals: frozenset[str] = frozenset()
    # effects feared or hoped for ("warnte vor Mehrkosten"): the issue at hand is meant
    consequence_nouns: frozenset[str] = frozenset()
    # legal challenges that only a law can be the object of ("Verfassungsbeschwerde")
    law_challenges: frozenset[str] = frozenset()
    # German verbs that state an attitude with "sich" ("zeigte sich enttäuscht von X")
    reflexive_copulas: frozenset[str] = frozenset()
    # lemmas the tagger gets wrong, mapped to the right ones ("überworf" -> "überwerfen")
    lemma_fixes: dict[str, str] = field(default_factory=dict)
    # German compound heads that make a noun a verdict: "Standortrisiko", "Riesenerfolg"
    negative_heads: tuple[str, ...] = ()
    positive_heads: tuple[str, ...] = ()
    # German adjective endings that make a compound a verdict: "investitionsfeindlich",
    # "klimaschädlich"
    negative_adjective_endings: tuple[str, ...] = ()
    # German words that end an issue's hyphenated name only as a whole word: "Verbrenner-Aus"
    hyphen_concept_tails: frozenset[str] = frozenset()
    # English aspects of an issue: "criticised the cost of the tax" judges the tax
    aspect_nouns: frozenset[str] = frozenset()
    # words of a development that make any noun a feared effect: "steigende Mieten", "rising rents"
    consequence_modifiers: tuple[str, ...] = ()
    # "mit den Stimmen von X": whose votes carried a decision
    vote_nouns: frozenset[str] = frozenset()
    # organisation anaphors that name a place: "the city" refers only to a city's body
    place_anaphors: frozenset[str] = frozenset()
    # words that make a place a state acting as one: "das Land Hessen", "der Freistaat Bayern"
    state_titles: frozenset[str] = frozenset()
    # prepositions inside an organisation's name: "Coalition for Safe Streets"
    org_name_preps: frozenset[str] = frozenset()
    org_endings: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    collectives: frozenset[str] = frozenset()
    org_anaphors: frozenset[str] = frozenset()
    issue_stoplist: frozenset[str] = frozenset()
    # stoplisted nouns that with an issue's genitive name a part of it, which is judged in its
    # place ("lobte die Ziele der Reform"; unlike "ein Ende der Anbindehaltung")
    aspect_nouns: frozenset[str] = frozenset()
    proxies: frozenset[str] = frozenset()
    canonical: dict[str, str] = field(default_factory=dict)
    polarity: dict[str, float] = field(default_factory=dict)  # general evaluative words
    topic_verbs: frozenset[str] = frozenset()
    mutual: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    org_titles: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    stance_adverbs: dict[str, str] = field(default_factory=dict)
    # "„…“, so X": a word after a quotation that names its speaker without a verb
    attribution_markers: frozenset[str] = frozenset()
    # "…, hieß es beim Verband": a speech verb without a speaker subject; the speaker follows a
    # preposition from ``attribution_preps``
    impersonal_speech_verbs: frozenset[str] = frozenset()
    attribution_preps: frozenset[str] = frozenset()
    # verbs that withhold what a stance noun grants: "verweigerte die Zustimmung" opposes
    denial_verbs: frozenset[str] = frozenset()
    # adjectives of attitude: "ist von X überzeugt", "zeigte sich skeptisch" (word -> polarity)
    attitude_adjectives: dict[str, str] = field(default_factory=dict)
    # verb -> preposition -> degree word -> polarity: "hält wenig von X"
    verb_degrees: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    # "X fürchtet, die Reform werde …": the feared clause's subject is opposed
    fear_verbs: frozenset[str] = frozenset()
    # object pronouns that point at the issue under discussion: "lehnt es ab"
    issue_pronouns: frozenset[str] = frozenset()
    # English institutions a text may name only by kind: "the Conservative group", "the
    # government" (an actor of that name when no organisation of the kind was named before)
    institution_nouns: frozenset[str] = frozenset()
    comparison_openers: frozenset[str] = frozenset()
    # English: lower-case words after a name for its members in a body ("the Labour group",
    # "the Independent caucus"): part of the actor's name
    caucus_nouns: frozenset[str] = frozenset()
    # English verbs that start an action: "called a strike", "staged a walkout" back it
    action_start_verbs: frozenset[str] = frozenset()
    # English verbs that with no object at all are about the issue at hand ("would appeal")
    bare_topic_verbs: frozenset[str] = frozenset()
    # decisions one appeals against: "would appeal" is against the ruling or fine named last
    appealable_nouns: frozenset[str] = frozenset()
    # issue heads that hold others ("das Sanktionspaket sieht … ein Importverbot vor"): on a
    # tie for the issue under discussion, the package wins over its parts
    umbrella_heads: tuple[str, ...] = ()
    # kinds of issue (keys of ``issue_kinds``) that are events: "the strike" named before the
    # issue it is about refers to no other issue
    event_kinds: frozenset[str] = frozenset()
    # words before a title that say it is no longer held: "former governor Anders Holm" is
    # not "the governor" of the article
    former_words: frozenset[str] = frozenset()
    # "zu stark", "too expensive": the next evaluative word counts against
    excess_words: frozenset[str] = frozenset()
    # possessive determiners: "seinen Kandidaten", "its chairman" point back to an organisation
    possessives: frozenset[str] = frozenset()
    # a preposition that opens a sentence with its speaker: "Für den Verband ist X ein Fehler"
    opening_attributions: frozenset[str] = frozenset()
    # "despite mounting opposition", "trotz Kritik": a stance noun the subject faces
    concessive_preps: frozenset[str] = frozenset()
    governing_concessive_preps: frozenset[str] = frozenset()
    # what an attitude or reaction is about: "ist von X überzeugt", "zeigte sich enttäuscht über X"
    attitude_preps: frozenset[str] = frozenset()
    _role_cache: dict[str, str | None] = field(default_factory=dict, repr=False)
    _kind_cache: dict[str, str | None] = field(default_factory=dict, repr=False)
    # precomputed for str.startswith/endswith with a tuple (hot loops)
    negative_stems: tuple[str, ...] = ()  # negative words longer than 5: prefixes of inflections
    org_title_endings: tuple[str, ...] = ()  # organisation kinds longer than 3: compound endings
    court_endings: tuple[str, ...] = ()  # court_words, for endswith
    # last parts of evaluative words written with a hyphen ("grab" of "power-grab"): a split
    # compound is looked up only at these
    hyphen_tails: frozenset[str] = frozenset()
    concept_suffixes: tuple[str, ...] = ()
    concept_nominalisations: frozenset[str] = frozenset()
    concept_anaphors: frozenset[str] = frozenset()
    concept_title_heads: frozenset[str] = frozenset()
    concept_heads: frozenset[str] = frozenset()
    policy_nouns: frozenset[str] = frozenset()
    # words that open a clause about whoever does something: "Wer X blockiert, …"
    generic_subjects: frozenset[str] = frozenset()
    # English action nouns whose "of" phrase names what is acted on: "the sale of the division"
    event_nouns: frozenset[str] = frozenset()
    # adjectives that say what kind of thing an issue is, part of its name: "offshore wind"
    kind_adjectives: frozenset[str] = frozenset()
    # stance adjectives that take a side toward actors only: "close to the union"
    actor_stance_adjectives: frozenset[str] = frozenset()
    # adjectives that judge, date or rank an issue: no part of its name even where its first
    # mention has them ("the controversial mine", "a new levy")
    non_naming_adjectives: frozenset[str] = frozenset()
    # modals that make a passive a demand: "the levy should be scrapped"
    obligation_modals: frozenset[str] = frozenset()
    # words that end a court's name: its rulings take no side ("Verwaltungsgericht", "Court")
    court_words: frozenset[str] = frozenset()
    # English: a company's body that is an actor of its own: "the Harrowgate Foods board"
    board_nouns: frozenset[str] = frozenset()
    # German: an organisation's body named with it, an actor of its own ("der Vorstand der X")
    governing_bodies: frozenset[str] = frozenset()
    # German modal forms that report a schedule or a claim, not the subject's will:
    # "Der Landtag soll das Gesetz verabschieden"
    scheduled_modals: frozenset[str] = frozenset()
    # German: endings of issues that apply in a place rather than stand there: "der Mietendeckel
    # in Kiel" is the Mietendeckel (not "die Stadtbahn in Hallstedt", a project of its own)
    policy_endings: tuple[str, ...] = ()
    # an organisation a person belongs to, named by a possessive: "seine Fraktion", "his party"
    own_org_nouns: frozenset[str] = frozenset()
    possessive_genders: dict[str, str] = field(default_factory=dict)
    # word forms the lemmatiser reads as another verb: "vorgelegen" (vorliegen, not vorlegen)
    form_lemmas: dict[str, str] = field(default_factory=dict)
    # initials that name no organisation: "the CEO", "GDP", "the US"
    acronym_stoplist: frozenset[str] = frozenset()
    # a demand of a rate ("8,5 Prozent mehr Lohn") and the words that refer back to it
    rate_units: frozenset[str] = frozenset()
    rate_demand_nouns: frozenset[str] = frozenset()
    # German: a pluperfect auxiliary with one of these words places a relation in the past
    # ("hatte X noch gelobt")
    pluperfect_auxiliaries: frozenset[str] = frozenset()
    pluperfect_markers: frozenset[str] = frozenset()
    # English: who a board is "of", part of its name ("the X board of trustees")
    board_members: frozenset[str] = frozenset()
    # determiners of each of many things, which name no issue: "to maintain every route"
    distributive_determiners: frozenset[str] = frozenset()
    intent_nouns: frozenset[str] = frozenset()
    # a proposal belongs to whoever made it: "der Vorschlag der Kommission", "plans by X"
    proposal_nouns: frozenset[str] = frozenset()
    # "among them X", "darunter X": a member of the group that took a side
    member_markers: frozenset[str] = frozenset()
    company_endings: tuple[str, ...] = ()
    change_verbs: dict[str, str] = field(default_factory=dict)
    demand_verbs: frozenset[str] = frozenset()
    action_nouns: dict[str, str] = field(default_factory=dict)  # verb -> its action noun
    issue_markers: tuple[str, ...] = ()
    light_verbs: frozenset[str] = frozenset()
    # English stance nouns whose owner, after "to", is the one helped: "rallied to his
    # defence", "came to Ortiz's defence"
    rescue_nouns: frozenset[str] = frozenset()
    # verbs of warning: what they warn of with no article or an indefinite one, and no policy,
    # is a feared effect of the issue at hand ("warnte vor einem Millionenloch")
    warning_verbs: frozenset[str] = frozenset()
    # English verbs of deciding whose act, naming no issue, enacts the issue at hand ("voted
    # 7-5 to contribute $210 million to the stadium")
    enacting_verbs: frozenset[str] = frozenset()
    # verbs that take up someone else's stance noun: "respected local concerns", "verstehe die
    # Sorgen der Patienten" (the subject does not voice them)
    uptake_verbs: frozenset[str] = frozenset()
    definite_determiners: frozenset[str] = frozenset()
    # "einen neuen Entwurf", "a rival plan": an issue noun after one of these, once issues have
    # been named, is a new issue, not one named before
    indefinite_determiners: frozenset[str] = frozenset()
    # demands and the preposition that names what they ask for: "Forderungen nach X"
    demand_nouns: frozenset[str] = frozenset()
    demand_preps: frozenset[str] = frozenset()
    # words of quantity that belong to what is demanded: "Forderung nach mehr Personal"
    quantity_words: frozenset[str] = frozenset()
    issue_determiners: frozenset[str] = frozenset()
    name_function_words: frozenset[str] = frozenset()
    verb_complements: dict[str, dict[str, str]] = field(default_factory=dict)
    copulas: frozenset[str] = frozenset()
    copula_preps: dict[str, str] = field(default_factory=dict)
    attribution_words: frozenset[str] = frozenset()
    # what carries an attributed view, its author named after it: "according to a statement
    # from the institute", "according to a spokesman for the union"
    attribution_carriers: frozenset[str] = frozenset()
    attribution_nouns: frozenset[str] = frozenset()
    intensifiers: frozenset[str] = frozenset()
    shield_verbs: frozenset[str] = frozenset()
    leadership_suffixes: tuple[str, ...] = ()
    introduce_verbs: frozenset[str] = frozenset()
    generic_anaphors: frozenset[str] = frozenset()
    numbered_issue_heads: frozenset[str] = frozenset()
    title_modifiers: frozenset[str] = frozenset()
    action_anaphors: frozenset[str] = frozenset()
    # issue anaphors that mean a law or a draft ("das Gesetz", "der Entwurf", "the bill"): they
    # prefer an issue that is a law over one named more often
    law_anaphors: frozenset[str] = frozenset()
    # an issue is a law when its name ends in one of these ("Heizungsgesetz", "Clean Grid Act")
    law_heads: tuple[str, ...] = ()
    first_names: dict[str, str] = field(default_factory=dict)  # first name -> f | m
    female_words: frozenset[str] = frozenset()  # pronouns and titles that mark a woman
    male_words: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    giving_verbs: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    object_pronouns: frozenset[str] = frozenset()
    org_pronouns: frozenset[str] = frozenset()
    object_articles: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    relative_possessives: frozenset[str] = frozenset()
    affiliation_preps: frozenset[str] = frozenset()

    @classmethod
    def from_dict(cls, lang: str, d: dict[str, Any]) -> Lexicon:
        """Build a lexicon from the parsed YAML mapping (unknown keys are an error).

        A key named like a field of type ``frozenset[str]``, ``tuple[str, ...]``,
        ``dict[str, str]`` or ``dict[str, tuple[str, ...]]`` is read as lower-cased words
        (mapping keys lower-cased); the keys below need more than that."""
        unknown = set(d) - KNOWN_KEYS
        if unknown:
            raise ValueError(f"unknown lexicon keys: {', '.join(sorted(unknown))}")
        ev = d.get("evaluative") or {}
        pron = d.get("pronouns") or {}
        gender = d.get("gender_words") or {}
        kwargs: dict[str, Any] = {
            "verbs": {
                k.lower(): Frame.from_yaml(v or {}) for k, v in (d.get("verbs") or {}).items()
            },
            "nouns": {
                k.lower(): NounFrame(
                    polarity=v["polarity"],
                    source_prep=tuple(v.get("source_prep") or ()),
                    target_prep=tuple(v.get("target_prep") or ()),
                    reciprocal=bool(v.get("reciprocal", False)),
                    needs_target=bool(v.get("needs_target", False)),
                    alt=tuple((v.get("alt") or {}).items()),
                )
                for k, v in (d.get("nouns") or {}).items()
            },
            "negative": _lower_set(ev.get("negative")),
            "positive": _lower_set(ev.get("positive")),
            "roles": tuple(sorted(_lower_set(d.get("roles")), key=len, reverse=True)),
            # names, matched as written
            "org_endings": frozenset(d.get("org_endings") or ()),
            "parties": frozenset(d.get("parties") or ()),
            "collectives": frozenset(d.get("collectives") or ()),
            "canonical": dict(d.get("canonical") or {}),
            "concept_heads": _lower_set(d.get("concept_heads") or d.get("english_concept_heads")),
            "verb_degrees": {
                verb.lower(): {
                    prep.lower(): {w.lower(): pol for w, pol in (words or {}).items()}
                    for prep, words in (preps or {}).items()
                }
                for verb, preps in (d.get("verb_degrees") or {}).items()
            },
            "verb_complements": {
                k.lower(): {w.lower(): c.lower() for w, c in (v or {}).items()}
                for k, v in (d.get("verb_complements") or {}).items()
            },
            "action_nouns": {
                k.lower(): str(v).lower() for k, v in (d.get("action_nouns") or {}).items()
            },
            "female_words": _lower_set(gender.get("female")),
            "male_words": _lower_set(gender.get("male")),
            "person_pronouns": _lower_set(pron.get("person")),
            "subject_pronouns": _lower_set(pron.get("subject")),
            "object_pronouns": _lower_set(pron.get("object")),
            "org_pronouns": _lower_set(pron.get("organization")),
        }
        for name, kind in _PLAIN_FIELDS.items():
            raw = d.get(name)
            if kind == "frozenset[str]":
                kwargs[name] = _lower_set(raw)
            elif kind == "tuple[str, ...]":
                kwargs[name] = tuple(_lower_set(raw))
            elif kind == "dict[str, tuple[str, ...]]":  # a kind and its words
                kwargs[name] = {
                    k.lower(): tuple(w.lower() for w in (v or ())) for k, v in (raw or {}).items()
                }
            else:
                kwargs[name] = {k.lower(): v for k, v in (raw or {}).items()}
        return cls(lang=lang, **kwargs)

    def __post_init__(self) -> None:
        self.negative_stems = tuple(n for n in self.negative if len(n) > 5)
        self.org_title_endings = tuple(t for t in self.org_titles if len(t) > 3)
        self.court_endings = tuple(sorted(self.court_words))
        self.hyphen_tails = frozenset(
            w.rsplit("-", 1)[1] for w in self.negative | self.positive if "-" in w
        )

    def is_umbrella(self, e: Any) -> bool:
        """Whether issue ``e`` is named by an ``umbrella_heads`` word ("Sanktionspaket")."""
        head = (e.head or (e.name.split()[-1] if e.name else "")).lower()
        return bool(self.umbrella_heads) and head.endswith(self.umbrella_heads)

    def role_of(self, word: str) -> str | None:
        """The role noun ``word`` is or ends with ("Gewerkschaftschefin" -> "chefin"), if any."""
        try:
            return self._role_cache[word]
        except KeyError:
            role = self._role_of(word)
            self._role_cache[word] = role
            return role

    def issue_kind(self, word: str) -> str | None:
        """The kind of issue (a key of ``issue_kinds``) the noun ``word`` names: one of the
        kind's words, or in German a compound ending in one ("Warnstreik" -> "streik")."""
        w = word.lower()
        try:
            return self._kind_cache[w]
        except KeyError:
            pass
        kind = None
        for k, words in self.issue_kinds.items():
            if w in words or (
                self.lang == "de" and any(len(w) > len(x) + 2 and w.endswith(x) for x in words)
            ):
                kind = k
                break
        self._kind_cache[w] = kind
        return kind

    def _role_of(self, word: str) -> str | None:
        w = word.lower().split("-")[-1]
        forms = [w]
        if self.lang == "de":  # inflected: "Beauftragten", "Präsidenten"
            forms += [w[:-1], w[:-2]] if w.endswith("en") else [w[:-1]] if w.endswith("n") else []
            if w.endswith("s"):  # genitive: "des Vorstandschefs"
                forms.append(w[:-1])
        for f in forms:
            for r in self.roles:
                if f == r or (self.lang == "de" and len(f) > len(r) + 2 and f.endswith(r)):
                    return r
        return None


# fields not read from the YAML files (or computed from other fields)
_NOT_FROM_YAML = frozenset(
    {
        "lang",
        "polarity",
        "first_names",
        "_role_cache",
        "_kind_cache",
        "negative_stems",
        "org_title_endings",
        "court_endings",
        "hyphen_tails",
    }
)
# YAML keys that are not field names, and fields read by hand in ``Lexicon.from_dict``
_SPECIAL_KEYS = frozenset(
    {
        "evaluative",
        "pronouns",
        "gender_words",
        "english_concept_heads",
        "verbs",
        "nouns",
        "roles",
        "org_endings",
        "parties",
        "collectives",
        "canonical",
        "concept_heads",
        "verb_degrees",
        "verb_complements",
        "action_nouns",
    }
)
_DERIVED_FIELDS = {
    "negative",
    "positive",
    "female_words",
    "male_words",
    "person_pronouns",
    "subject_pronouns",
    "object_pronouns",
    "org_pronouns",
}
_PLAIN_FIELDS = {
    f.name: str(f.type)
    for f in fields(Lexicon)
    if f.name not in _NOT_FROM_YAML | _SPECIAL_KEYS | _DERIVED_FIELDS
    and str(f.type)
    in ("frozenset[str]", "tuple[str, ...]", "dict[str, str]", "dict[str, tuple[str, ...]]")
}
KNOWN_KEYS = frozenset(_SPECIAL_KEYS | set(_PLAIN_FIELDS))


class _WordLoader(yaml.SafeLoader):
    """YAML without YAML 1.1's yes/no/on/off booleans: "on" and "no" are words here. A key
    written twice in one mapping is an error (the second would silently replace the first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                raise ValueError(
                    f"lexicon: {key!r} is defined twice (line {key_node.start_mark.line + 1})"
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_WordLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_WordLoader)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = [*out[k], *v]
        else:
            out[k] = v
    return out


@lru_cache(maxsize=16)
def load_lexicon(lang: str, extra: str | None = None) -> Lexicon:
    """Load the shipped lexicon for ``lang`` ("de" or "en"), merged with a user YAML file."""
    text = resources.files("allegiance.extract").joinpath("data", f"{lang}.yaml").read_text("utf-8")
    data = _load_yaml(text) or {}
    if extra:
        data = _merge(data, _load_yaml(Path(extra).read_text("utf-8")) or {})
    lex = Lexicon.from_dict(lang, data)
    names = resources.files("allegiance.extract").joinpath("data", "first_names.tsv")
    for line in names.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, g = line.partition("\t")
            lex.first_names[name] = g
    table = resources.files("allegiance.extract").joinpath("data", f"polarity_{lang}.tsv")
    if table.is_file():
        for line in table.read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                word, _, val = line.partition("\t")
                lex.polarity[word] = float(val)
    return lex
