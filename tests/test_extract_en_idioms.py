"""English ways of taking a side toward an issue named earlier (project-written sentences)."""

from __future__ import annotations

import signal

import pytest

from allegiance import extract_text

OPEN = "The council plans a congestion tax. "
TAX = "congestion tax"


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(source, target, polarity) of every statement found in ``text``."""
    return {(s.source, s.target, s.polarity) for s in extract_text(text, lang)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The tax was opposed by the Retailers Union.", ("Retailers Union", "oppose")),
        (
            "The tax was criticised by the Retailers Union and the Taxi Drivers Guild.",
            ("Taxi Drivers Guild", "oppose"),
        ),
        ("The Cyclists' Alliance lobbied for the tax.", ("Cyclists' Alliance", "support")),
        ("The Green Party is pushing for the tax.", ("Green Party", "support")),
        ("The Retailers Union is campaigning against the tax.", ("Retailers Union", "oppose")),
        ("The tax drew fire from the Retailers Union.", ("Retailers Union", "oppose")),
        ("Mayor Ana Ruiz said the tax was needed to cut traffic.", ("Ana Ruiz", "support")),
        (
            "The Chamber of Commerce warned that shoppers would stay away.",
            ("Chamber of Commerce", "oppose"),
        ),
        ("The Green Party hailed the tax as a breakthrough.", ("Green Party", "support")),
        ("The Retailers Union savaged the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union took a swipe at the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union bristled at the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union balked at the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union chafed at the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union bemoaned the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union lamented the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union scoffed at the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union pilloried the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union repudiated the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union disavowed the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union stonewalled the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union stymied the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union thwarted the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union soured on the tax.", ("Retailers Union", "oppose")),
        ("The Retailers Union cheered the tax.", ("Retailers Union", "support")),
        ("The Retailers Union warmed to the tax.", ("Retailers Union", "support")),
    ],
)
def test_english_stances_toward_a_named_issue(sentence: str, expected: tuple[str, str]) -> None:
    found = triples(OPEN + sentence, "en")
    source, polarity = expected
    assert (source, TAX, polarity) in found
    other = "support" if polarity == "oppose" else "oppose"
    assert (source, TAX, other) not in found


def test_a_stance_the_subject_faces_is_not_its_own() -> None:
    text = OPEN + "Mayor Ana Ruiz defended the tax despite mounting opposition."
    found = triples(text, "en")
    assert ("Ana Ruiz", TAX, "support") in found
    assert ("Ana Ruiz", TAX, "oppose") not in found


def test_a_stance_noun_governed_by_over_is_what_the_subject_overrode() -> None:
    text = OPEN + "Mayor Ana Ruiz pushed the tax through the council over objections last year."
    assert ("Ana Ruiz", TAX, "oppose") not in triples(text, "en")


@pytest.mark.parametrize(
    "fragment",
    [
        "Votes in favour of the tax.",
        "Criticism of the tax by the Retail Alliance.",
        "Senator Ruth Calloway is a supporter of.",
    ],
)
def test_a_headline_or_a_cut_off_sentence_is_read_to_its_end(fragment: str) -> None:
    """The walk up from a noun to its verb stops at the root (it went round the root forever:
    spaCy makes a new token object at every step, so ``head is token`` never held), and a
    sentence that ends where a name was due raises nothing."""

    def stop(*_: object) -> None:
        raise TimeoutError(fragment)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    try:
        triples(OPEN + fragment, "en")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_urged_to_drop_and_an_unnamed_union() -> None:
    text = (
        "The chancellor announced a freeze on income tax thresholds. "
        "The Resolution Trust urged the Treasury to drop the threshold freeze."
    )
    assert ("Resolution Trust", "threshold freeze", "oppose") in triples(text, "en")
    text = "Calder Brands made a takeover offer for Harrowgate. The union also opposed the deal."
    found = triples(text, "en")
    assert ("union", "takeover offer", "oppose") in found
    assert not any(src == "Harrowgate" for src, _, _ in found)


def test_a_policy_noun_tagged_as_an_organisation_is_an_issue() -> None:
    text = (
        "The chancellor announced a landlord levy. "
        "Chancellor Daniel Ashworth insisted that the levy was fair."
    )
    found = triples(text, "en")
    assert ("Daniel Ashworth", "landlord levy", "support") in found


def test_a_removal_is_about_the_person_removed() -> None:
    text = (
        "Coach Dan Miles is under fire. The Players Union opposed the dismissal of Miles. "
        "Mayor Tom Reyes backed the removal of Miles."
    )
    found = triples(text, "en")
    assert ("Players Union", "Dan Miles", "support") in found
    assert ("Tom Reyes", "Dan Miles", "oppose") in found


def test_a_retort_opposes_the_critic() -> None:
    text = (
        "Senator Ruth Calloway criticised Mayor Tom Reyes over the budget. "
        "Reyes retorted that the senator had read nothing."
    )
    assert ("Tom Reyes", "Ruth Calloway", "oppose") in triples(text, "en")


def test_a_participle_on_an_object_speaks_for_the_subject() -> None:
    text = (
        "The league plans a salary cap. The Riverside Club issued a statement backing the cap. "
        "The Dockers Union ran an advert attacking the mayor, Tom Reyes."
    )
    found = triples(text, "en")
    assert ("Riverside Club", "salary cap", "support") in found
    assert ("Dockers Union", "Tom Reyes", "oppose") in found


def test_a_relation_noun_used_as_a_title_is_no_relation() -> None:
    text = (
        "The council plans to raise parking charges. The charges were defended by the "
        "council's cycling champion, Councillor Ama Osei."
    )
    found = triples(text, "en")
    assert ("Ama Osei", "parking charges", "support") in found
    assert not any(t == "council" for _, t, _ in found)


def test_a_warning_about_it_is_about_the_issue_just_named() -> None:
    text = (
        "Chancellor Daniel Ashworth defended his autumn budget on Wednesday. "
        "Shadow chancellor Fiona Carrick attacked the threshold freeze, warning that it would "
        "drag two million more people into higher tax bands."
    )
    found = triples(text, "en")
    assert ("Fiona Carrick", "threshold freeze", "oppose") in found
    assert ("Fiona Carrick", "autumn budget", "oppose") not in found


def test_a_vote_against_someones_re_election_opposes_them() -> None:
    text = (
        "Chair Alison Pryor faces a revolt. The fund Thornbury Capital said it would vote "
        "against Pryor's re-election."
    )
    assert ("Thornbury Capital", "Alison Pryor", "oppose") in triples(text, "en")


def test_a_relative_clause_that_names_an_issue_makes_one_issue() -> None:
    text = (
        "The row is over the spending package, which the governor dubbed the Fair Start Act. "
        "The Taxpayers Alliance opposed the package."
    )
    assert ("Taxpayers Alliance", "Fair Start Act", "oppose") in triples(text, "en")


def test_a_past_tense_verb_read_as_an_adjective_still_takes_its_object() -> None:
    text = (
        "Former Governor Dale Haskell on Wednesday endorsed state treasurer Maria Ortiz in the "
        "Republican Senate primary."
    )
    assert ("Dale Haskell", "Maria Ortiz", "support") in triples(text, "en")


def test_an_action_noun_refers_back_to_the_decision_it_names() -> None:
    text = (
        "The government's decision to keep the Greyford power station running drew criticism. "
        "Green MP Holly Marsden called the move \"reckless\"."
    )
    found = triples(text, "en")
    assert any(s == "Holly Marsden" and p == "oppose" and "decision" in t for s, t, p in found)


def test_a_campaign_to_oust_someone_opposes_them() -> None:
    text = (
        "Norvale chairman Simon Radcliffe faces a revolt. The activist fund Calder Point "
        "Capital has launched a campaign to oust the chairman."
    )
    assert ("Calder Point Capital", "Simon Radcliffe", "oppose") in triples(text, "en")


def test_its_author_is_the_author_of_the_issue() -> None:
    text = (
        "The Library Review Act was struck down by an appeals court. Its author, state Senator "
        "Wade Pruitt, accused the judges of legislating from the bench."
    )
    found = triples(text, "en")
    assert ("Wade Pruitt", "Library Review Act", "support") in found


def test_neither_nor_denies_both_verbs() -> None:
    text = (
        "The board approved a phone ban. "
        "Principal Gary Holt would neither defend nor criticise the ban."
    )
    found = triples(text, "en")
    assert not any(s == "Gary Holt" and p != "neutral" for s, _, p in found)


def test_versions_texts_and_members_of_a_body() -> None:
    text = (
        "Governor Ruth Calloway signed the Safe Communities Act. The Georgia Sheriffs' Council, "
        "whose members lobbied for the bill for two years, welcomed it. Senator Dale Whitmore, "
        "who co-sponsored an earlier version of the bill in 2024, voted against the final text."
    )
    found = triples(text, "en")
    assert ("Georgia Sheriffs' Council", "Safe Communities Act", "support") in found
    assert ("Dale Whitmore", "Safe Communities Act", "support") in found
    assert ("Dale Whitmore", "Safe Communities Act", "oppose") in found


def test_a_name_followed_by_a_kind_of_organisation_is_an_organisation() -> None:
    text = (
        "Health Secretary Naomi Pritchard has defended plans to fine patients. "
        "Patients First, a charity, called the fines \"cruel and unworkable.\""
    )
    found = triples(text, "en")
    assert any(s == "Patients First" and p == "oppose" for s, _, p in found)


def test_justifying_a_measure_backs_it() -> None:
    found = triples(OPEN + "Mayor Tom Hale justified the tax with the state of the roads.", "en")
    assert ("Tom Hale", TAX, "support") in found


def test_a_word_for_the_same_kind_of_issue_refers_back_to_it() -> None:
    text = (
        "The league board will vote on a proposal to expand the competition to 16 teams. "
        "Commissioner Andrew Cole has championed the expansion."
    )
    found = triples(text, "en")
    assert ("Andrew Cole", "proposal to expand the competition", "support") in found
    text = (
        "A nurses' strike at Mercy General began on Monday. "
        "Hospital chief Paul Grayson condemned the walkout."
    )
    found = triples(text, "en")
    assert any(s == "Paul Grayson" and "strike" in t and p == "oppose" for s, t, p in found)
    assert not any("walkout" in t for _, t, _ in found)


def test_a_comparative_is_part_of_what_is_wanted() -> None:
    found = triples("The airline group Fly Free opposes higher landing fees.", "en")
    assert ("Fly Free", "higher landing fees", "oppose") in found


def test_a_said_clause_is_judged_without_a_clause_of_someone_else_inside_it() -> None:
    text = (
        OPEN + "The Chamber of Trade said the tax would choke investment in the old town, while "
        "the Cyclists Union welcomed the tax as a long-overdue step."
    )
    found = triples(text, "en")
    assert ("Chamber of Trade", TAX, "oppose") in found
    assert ("Chamber of Trade", TAX, "support") not in found


def test_a_speaker_holds_the_stance_they_report_for_their_own_side() -> None:
    text = OPEN + "Councillor Ruth Bale said her party would back the tax if it came to a vote."
    assert ("Ruth Bale", TAX, "support") in triples(text, "en")


def test_backing_a_challenge_nobody_has_made_sides_with_no_one() -> None:
    text = (
        OPEN + "The Drivers League condemned the tax. Councillor Ruth Bale said her group would "
        "support any legal challenge."
    )
    found = triples(text, "en")
    assert not any(s == "Ruth Bale" and t == "Drivers League" for s, t, _ in found)


def test_verbs_the_lemmatiser_cuts_short_are_still_cues() -> None:
    # spaCy's English lemmatiser gives "fin" for "fined" and "lambast" for "lambasted"
    text = "The Office of the Data Commissioner has fined the app maker Brightline."
    assert ("Office of the Data Commissioner", "Brightline", "oppose") in triples(text, "en")
    text = "Senator Ruth Calloway lambasted the Clean Grid Act."
    assert ("Ruth Calloway", "Clean Grid Act", "oppose") in triples(text, "en")


def test_a_conjunct_hung_on_a_reported_clause_keeps_the_speaker_as_subject() -> None:
    text = (
        "Union president Ray Castillo warned that automation would cost hundreds of jobs and "
        'accused Coastline Logistics of "buying a senator."'
    )
    assert ("Ray Castillo", "Coastline Logistics", "oppose") in triples(text, "en")


def test_a_relative_clause_inside_a_verdict_does_not_judge_what_is_called_so() -> None:
    text = OPEN + 'Mayor Tom Hale called the tax "a win for residents who suffered years of harm."'
    assert ("Tom Hale", TAX, "support") in triples(text, "en")


def test_refusing_to_comply_with_a_measure_opposes_it() -> None:
    text = OPEN + "The haulier FastFreight has refused to pay the congestion tax."
    assert ("FastFreight", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize(
    ("verb", "noun", "polarity"),
    [("repeated", "support for", "support"), ("announced", "opposition to", "oppose")],
)
def test_a_stance_noun_restated_by_its_owner_takes_that_side(
    verb: str, noun: str, polarity: str
) -> None:
    text = OPEN + f"Senator Graham Tate {verb} his {noun} the tax."
    assert ("Graham Tate", TAX, polarity) in triples(text, "en")


def test_an_unquoted_label_after_spoke_of_judges_the_issue() -> None:
    text = OPEN + "Mayor Tom Hale spoke of a disaster for small shops."
    assert ("Tom Hale", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize("phrase", ["raised doubts about", "expressed reservations about"])
def test_doubts_and_reservations_oppose(phrase: str) -> None:
    text = OPEN + f"Councillor Ruth Bale {phrase} the tax."
    assert ("Ruth Bale", TAX, "oppose") in triples(text, "en")


def test_withdrawn_support_opposes() -> None:
    found = triples(OPEN + "Councillor Ruth Bale withdrew her support for the tax.", "en")
    assert ("Ruth Bale", TAX, "oppose") in found
    assert ("Ruth Bale", TAX, "support") not in found


@pytest.mark.parametrize(
    "phrase",
    [
        "sought an injunction against",
        "launched a petition against",
        "lodged an appeal against",
        "called for a boycott of",
    ],
)
def test_legal_and_popular_action_against_an_issue_opposes_it(phrase: str) -> None:
    text = OPEN + f"Councillor Ruth Bale {phrase} the tax."
    assert ("Ruth Bale", TAX, "oppose") in triples(text, "en")


def test_urging_someone_to_resign_opposes_them() -> None:
    found = triples("Councillor Ruth Bale urged Mayor Tom Hale to resign.", "en")
    assert ("Ruth Bale", "Tom Hale", "oppose") in found


@pytest.mark.parametrize(
    ("phrase", "polarity"),
    [
        ("is opposed to", "oppose"),
        ("is critical of", "oppose"),
        ("is sceptical of", "oppose"),
        ("is supportive of", "support"),
        ("remains committed to", "support"),
        ("is firmly behind", "support"),
    ],
)
def test_a_stance_adjective_takes_a_side_on_its_object(phrase: str, polarity: str) -> None:
    text = OPEN + f"Councillor Ruth Bale {phrase} the tax."
    assert ("Ruth Bale", TAX, polarity) in triples(text, "en")


def test_a_negated_stance_adjective_takes_no_side() -> None:
    text = OPEN + "Councillor Ruth Bale is not opposed to the tax."
    assert not any(s == "Ruth Bale" and p == "oppose" for s, _, p in triples(text, "en"))


@pytest.mark.parametrize(
    ("phrase", "polarity"),
    [
        ("considers the tax unfair", "oppose"),
        ("dubbed the tax a scandal", "oppose"),
        ("characterised the tax as reckless", "oppose"),
    ],
)
def test_more_verbs_of_calling_judge_their_object(phrase: str, polarity: str) -> None:
    text = OPEN + f"Councillor Ruth Bale {phrase}."
    assert ("Ruth Bale", TAX, polarity) in triples(text, "en")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("According to Councillor Ruth Bale, the tax is a mistake.", "oppose"),
        ("For Councillor Ruth Bale, the tax is a lifeline.", "support"),
    ],
)
def test_an_attribution_phrase_names_the_speaker(sentence: str, polarity: str) -> None:
    assert ("Ruth Bale", TAX, polarity) in triples(OPEN + sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Coalition for Safer Roads backed the tax.", "Coalition for Safer Roads"),
        ("The Alliance for Fair Rents on Monday opposed the tax.", "Alliance for Fair Rents"),
    ],
)
def test_an_organisation_word_with_a_preposition_starts_a_name(sentence: str, name: str) -> None:
    assert {s for s, _, _ in triples(OPEN + sentence, "en")} == {name}


def test_whom_a_speaker_urges_is_addressed_not_an_issue() -> None:
    found = triples("Shareholder group Ethos urged investors to reject the merger.", "en")
    assert found == {("Ethos", "the merger", "oppose")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbor Union sued the city over the curfew.",
        "Senator Ann Reed voted against the curfew.",
    ],
)
def test_a_bare_policy_noun_after_the_verbs_preposition_is_the_issue(sentence: str) -> None:
    found = triples(sentence, "en")
    assert {(t, p) for _, t, p in found} == {("the curfew", "oppose")}


def test_the_city_is_no_company_named_before() -> None:
    found = triples("Castellan Plastics wants a congestion tax. The city backed the tax.", "en")
    assert ("Castellan Plastics", TAX, "support") not in found


def test_calling_for_a_policy_backs_it() -> None:
    text = "Labour leader Ann Holt called for a tax on energy firms. She did not call for calm."
    assert triples(text, "en") == {("Ann Holt", "tax", "support")}


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("The government announced a windfall tax on oil profits.", "windfall tax"),
        ("The union announced a strike for next week.", "strike"),
    ],
)
def test_announcing_a_measure_backs_it(sentence: str, target: str) -> None:
    assert {(t, p) for _, t, p in triples(sentence, "en")} == {(target, "support")}


def test_announcing_a_resignation_takes_no_side() -> None:
    assert triples("Finance minister Raj Malhotra announced his resignation.", "en") == set()


def test_the_city_of_a_named_place_is_an_actor() -> None:
    found = triples(OPEN + "The city of Brookfield backed the tax.", "en")
    assert ("city of Brookfield", TAX, "support") in found


def test_an_evaluative_adjective_decides_for_its_noun() -> None:
    text = OPEN + "Councillor Ruth Bale called the tax a dangerous step for drivers."
    assert ("Ruth Bale", TAX, "oppose") in triples(text, "en")


def test_partnering_with_an_organisation_sides_with_it() -> None:
    text = "The Harbor Medical Forum had partnered with Brightline on a diabetes pilot."
    assert triples(text, "en") == {("Harbor Medical Forum", "Brightline", "support")}


def test_a_plural_is_not_one_organisation_of_that_kind() -> None:
    text = "The Eastport Hockey Club wants a longer season. The Skaters Union sided with the clubs."
    assert not any(t == "Eastport Hockey Club" for _, t, _ in triples(text, "en"))


def test_a_call_for_calm_is_no_issue() -> None:
    text = OPEN + "Councillor Ruth Bale called for calm and urged restraint."
    assert triples(text, "en") == set()


def test_a_country_that_acts_is_an_actor() -> None:
    found = triples("France opposed the export ban. Germany backed it.", "en")
    assert found == {("France", "export ban", "oppose"), ("Germany", "export ban", "support")}



def test_a_campaign_group_named_for_its_cause_is_an_actor() -> None:
    text = OPEN + "Ashford Parents for Clean Air backed the tax."
    assert ("Ashford Parents for Clean Air", TAX, "support") in triples(text, "en")
    text = OPEN + "Residents of Ashford backed the tax."
    assert not any(s.startswith("Residents") for s, _, _ in triples(text, "en"))


def test_an_issues_sponsor_named_in_apposition_backs_it() -> None:
    text = (
        "Lawmakers debated the Fair Repair Act on Monday. The bill's sponsor, Democratic state "
        "Senator Carla Mendes, said it would save families money."
    )
    assert ("Carla Mendes", "Fair Repair Act", "support") in triples(text, "en")


def test_mep_is_a_title_not_part_of_the_name() -> None:
    found = triples(OPEN + "Dutch Green MEP Sanne de Vries backed the tax.", "en")
    assert ("Sanne de Vries", TAX, "support") in found


def test_refusing_to_accept_opposes() -> None:
    text = OPEN + "The Retailers Union will not accept the tax."
    assert ("Retailers Union", TAX, "oppose") in triples(text, "en")
    text = OPEN + "The Retailers Union will not support the tax."
    assert ("Retailers Union", TAX, "oppose") not in triples(text, "en")


@pytest.mark.parametrize("verb", ["voted", "argued", "spoke out"])
def test_in_favour_of_backs_whatever_the_verb(verb: str) -> None:
    text = OPEN + f"Councillor Ruth Bale {verb} in favour of the tax."
    assert ("Ruth Bale", TAX, "support") in triples(text, "en")


def test_coming_under_fire_from_someone_is_their_attack() -> None:
    found = triples("Governor Ann Price came under fire from Senator Tom Hale.", "en")
    assert found == {("Tom Hale", "Ann Price", "oppose")}


def test_feuding_opposes_both_ways() -> None:
    found = triples("Senator Tom Hale feuded with Governor Ann Price for years.", "en")
    assert found == {("Tom Hale", "Ann Price", "oppose"), ("Ann Price", "Tom Hale", "oppose")}


def test_a_spokesperson_speaks_for_the_organisation() -> None:
    text = OPEN + (
        "Councillor Ruth Bale backed the tax. A spokeswoman for the Retailers Union warned "
        "that the tax would hurt shops."
    )
    found = triples(text, "en")
    assert ("Retailers Union", TAX, "oppose") in found
    assert ("Ruth Bale", TAX, "oppose") not in found


def test_a_union_local_is_an_actor() -> None:
    text = OPEN + "Teamsters Local 117 opposes the tax, fearing job losses."
    assert ("Teamsters Local 117", TAX, "oppose") in triples(text, "en")


def test_a_clause_before_a_semicolon_is_not_the_next_speakers_words() -> None:
    text = (
        "The regulator blocked the merger. Fair Basket Scotland welcomed the ruling; its "
        'director, Andrew Kilbride, said the merger "was always about margins."'
    )
    found = triples(text, "en")
    assert not any(s == "Andrew Kilbride" and t == "Fair Basket Scotland" for s, t, _ in found)


def test_a_clash_over_a_plan_is_between_the_two() -> None:
    text = "Governor Mara Lund and Senator Dan Reyes clash over a plan to cap prices."
    found = triples(text, "en")
    assert found == {("Mara Lund", "Dan Reyes", "oppose"), ("Dan Reyes", "Mara Lund", "oppose")}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ('"We oppose this tax," said union leader Ann Holt.', "oppose"),
        ('Union leader Ann Holt: "This tax is a disaster."', "oppose"),
    ],
)
def test_a_speaker_takes_the_side_the_quotation_takes(sentence: str, polarity: str) -> None:
    assert ("Ann Holt", TAX, polarity) in triples(OPEN + sentence, "en")


def test_no_objection_is_no_opposition() -> None:
    text = OPEN + "The Retailers Union said it had no objection to the tax."
    assert ("Retailers Union", TAX, "oppose") not in triples(text, "en")


def test_neither_nor_subjects_take_no_side() -> None:
    text = OPEN + "Neither the Retailers Union nor the Green Party supports it."
    found = triples(text, "en")
    assert ("Retailers Union", TAX, "support") not in found
    assert ("Green Party", TAX, "support") not in found


def test_being_against_it_takes_the_side_on_the_issue_named_last() -> None:
    text = OPEN + "Mayor Ann Holt backs it, but her deputy, Tom Reed, is against it."
    assert ("Tom Reed", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize(
    "phrase",
    ["cautioned against the tax", "is leading the fight against the tax"],
)
def test_more_ways_to_oppose(phrase: str) -> None:
    assert ("Ruth Bale", TAX, "oppose") in triples(OPEN + f"Councillor Ruth Bale {phrase}.", "en")


def test_giving_a_blessing_to_a_measure_backs_it() -> None:
    text = OPEN + "Councillor Ruth Bale gave her blessing to the tax."
    assert ("Ruth Bale", TAX, "support") in triples(text, "en")


@pytest.mark.parametrize(("verb", "polarity"), [("rejected", "oppose"), ("backed", "support")])
def test_a_verb_on_calls_for_a_measure_takes_that_side_on_it(verb: str, polarity: str) -> None:
    text = OPEN + f"Councillor Ruth Bale {verb} calls for the tax."
    assert ("Ruth Bale", TAX, polarity) in triples(text, "en")


def test_an_announced_change_takes_a_side_on_what_changes() -> None:
    assert ("council", "parking charges", "oppose") in triples(
        "The council will scrap the parking charges.", "en"
    )


def test_calling_for_someone_to_step_down_does_not_back_them() -> None:
    text = "Investor Thornbury Capital called for chief executive Alison Pryor to step down."
    assert ("Thornbury Capital", "Alison Pryor", "support") not in triples(text, "en")
    text = "Investor Thornbury Capital called for chief executive Alison Pryor to resign."
    assert ("Thornbury Capital", "Alison Pryor", "oppose") in triples(text, "en")


def test_an_unnamed_subject_with_a_name_in_apposition_is_that_actor() -> None:
    text = OPEN + "The scheme's fiercest critic, Councillor Ruth Bale, condemned the tax."
    assert ("Ruth Bale", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "The proposal from Mayor Lisa Hart was criticised by the Chamber of Commerce.",
        "The plan by Mayor Lisa Hart was criticised by the Chamber of Commerce.",
    ],
)
def test_the_author_of_a_proposal_backs_the_issue_it_refers_to(sentence: str) -> None:
    assert ("Lisa Hart", TAX, "support") in triples(OPEN + sentence, "en")


def test_names_coordinated_after_a_title_all_take_the_side() -> None:
    found = triples(OPEN + "Board members Diane Whitlock and Marcus Bell voted against it.", "en")
    assert {("Diane Whitlock", TAX, "oppose"), ("Marcus Bell", TAX, "oppose")} <= found


def test_an_amount_is_no_part_of_an_issue_name() -> None:
    text = (
        "The Competition and Markets Board has blocked the planned £2.3bn merger of "
        "supermarket chains Alder and Birch."
    )
    assert triples(text, "en") == {("Competition and Markets Board", "merger", "oppose")}


def test_an_object_pronoun_is_not_its_own_clause_subject() -> None:
    text = OPEN + "Don Kessel voted against the tax, and Carla Mendes accused him of lying."
    assert ("Carla Mendes", "Don Kessel", "oppose") in triples(text, "en")


def test_a_member_named_after_its_group_shares_its_side() -> None:
    text = OPEN + (
        "Several Republicans crossed the aisle to back the tax, among them Senator Roy Brandt, "
        "a dairy farmer."
    )
    assert ("Roy Brandt", TAX, "support") in triples(text, "en")


def test_the_fund_and_the_commission_refer_back_to_their_organisation() -> None:
    text = (
        "Chief executive Alison Pryor rejected the bid. Thornbury Capital, an activist fund, "
        "owns 7.5 per cent of the shares. Its founder said the fund would vote against Pryor's "
        "re-election."
    )
    assert ("Thornbury Capital", "Alison Pryor", "oppose") in triples(text, "en")
    text = (
        "The European Commission proposed delaying the rules. Consumer group Euroconsumers "
        "Watch accused the Commission of caving to lobbyists."
    )
    assert triples(text, "en") == {("Euroconsumers Watch", "European Commission", "oppose")}


def test_the_one_accused_of_an_act_is_its_actor() -> None:
    text = (
        "Activist investor Calder Point Capital has launched a campaign against Norvale. "
        "The fund accuses chairman Simon Radcliffe of blocking a sale of the paper division."
    )
    found = triples(text, "en")
    assert ("Calder Point Capital", "Simon Radcliffe", "oppose") in found
    assert not [t for t in found if t[0] == "Calder Point Capital" and t[1] != "Simon Radcliffe"]


def test_a_claim_rejected_is_the_last_speakers_about_the_one_who_rejects_it() -> None:
    text = (
        "Walter Greer leads the campaign against the tax. The Riverton County Republican Party "
        "came out against it. Joan Pruitt said Greer's campaign was funded by the road lobby. "
        "Greer rejected that claim."
    )
    found = triples(text, "en")
    assert ("Walter Greer", "Joan Pruitt", "oppose") in found
    assert ("Walter Greer", "Riverton County Republican Party", "oppose") not in found


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("The Chamber of Commerce criticised the cost of the tax.", "oppose"),
        ("The Chamber of Commerce questioned the benefits of the tax.", "oppose"),
        ("The Chamber of Commerce is lobbying to scrap the tax.", "oppose"),
    ],
)
def test_aspects_of_the_issue_and_campaigns_to_change_it(sentence: str, polarity: str) -> None:
    found = triples(OPEN + sentence, "en")
    assert [t for t in found if t[0] == "Chamber of Commerce"] == [
        ("Chamber of Commerce", TAX, polarity)
    ]


def test_defending_against_critics_is_no_relation_to_the_critics_owner() -> None:
    found = triples(OPEN + "Mayor Lisa Hart defended the tax against its critics.", "en")
    assert [t for t in found if t[0] == "Lisa Hart"] == [("Lisa Hart", TAX, "support")]
    found = triples(OPEN + "Mayor Lisa Hart is one of the fiercest critics of the tax.", "en")
    assert ("Lisa Hart", TAX, "oppose") in found


def test_a_pair_named_as_allies_or_rivals_relates_both_ways() -> None:
    assert triples("Mark Thiel and Clara Benz are bitter rivals.", "en") == {
        ("Mark Thiel", "Clara Benz", "oppose"),
        ("Clara Benz", "Mark Thiel", "oppose"),
    }
    text = "Walter Greer, once Joan Pruitt's closest political partner, now leads the campaign."
    assert ("Walter Greer", "Joan Pruitt", "support") in triples(text, "en")
    text = "The league's broadcast partner, Summit Sports Network, declined to comment."
    assert triples(text, "en") == set()


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Mayor Ann Vogt came to the defence of Governor Peter Kessler.", "support"),
        ("Mayor Ann Vogt heaped praise on Governor Peter Kessler.", "support"),
        ("Mayor Ann Vogt has lost confidence in Governor Peter Kessler.", "oppose"),
        ("Mayor Ann Vogt questioned Governor Peter Kessler's judgement.", "oppose"),
        ("Mayor Ann Vogt and Governor Peter Kessler have been at odds for months.", "oppose"),
    ],
)
def test_relations_between_two_people(sentence: str, polarity: str) -> None:
    found = triples(sentence, "en")
    assert ("Ann Vogt", "Peter Kessler", polarity) in found
    other = "support" if polarity == "oppose" else "oppose"
    assert ("Ann Vogt", "Peter Kessler", other) not in found


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("The Chamber of Commerce wants the tax scrapped.", "oppose"),
        ("The Chamber of Commerce gave the tax a cautious welcome.", "support"),
        ('The Chamber of Commerce branded the tax a "cash grab."', "oppose"),
    ],
)
def test_wanting_it_gone_welcoming_it_and_naming_it(sentence: str, polarity: str) -> None:
    found = triples(OPEN + sentence, "en")
    assert [t for t in found if t[0] == "Chamber of Commerce"] == [
        ("Chamber of Commerce", TAX, polarity)
    ]


def test_a_fine_is_an_issue_one_can_judge() -> None:
    text = (
        "The regulator imposed a fine on the water company. "
        "Paul Merriman said the fine was excessive."
    )
    found = triples(text, "en")
    # the fine imposed names the issue the later "the fine" refers to
    assert ("Paul Merriman", "fine", "oppose") in found
    assert ("regulator", "fine", "support") in found


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ('"We need this tax," Mayor Lisa Hart told reporters.', "support"),
        ('Mayor Lisa Hart said the tax was "a blunt instrument."', "oppose"),
    ],
)
def test_needing_an_issue_and_a_blunt_instrument(sentence: str, polarity: str) -> None:
    assert ("Lisa Hart", TAX, polarity) in triples(OPEN + sentence, "en")


def test_eliminating_jobs_is_no_praise() -> None:
    text = OPEN + "The Chamber of Commerce says the tax would eliminate hundreds of jobs."
    assert ("Chamber of Commerce", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize("verdict", ['a "worrying precedent"', "a troubling precedent"])
def test_a_worrying_precedent_opposes(verdict: str) -> None:
    text = OPEN + f"Pedal Forward said the tax set {verdict}."
    assert ("Pedal Forward", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Senator Ruth Calloway is opposed to the tax.", "oppose"),
        ("Senator Ruth Calloway was opposed to the tax.", "oppose"),
        ("Senator Ruth Calloway is committed to the tax.", "support"),
    ],
)
def test_a_stance_participle_read_as_passive_is_a_state(sentence: str, expected: str) -> None:
    assert ("Ruth Calloway", TAX, expected) in triples(OPEN + sentence, "en")


def test_an_agent_still_makes_a_passive() -> None:
    found = triples(OPEN + "The tax is opposed by Senator Ruth Calloway.", "en")
    assert ("Ruth Calloway", TAX, "oppose") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Senator Ruth Calloway called for the tax to be scrapped.", "oppose"),
        ("Senator Ruth Calloway pushed for the tax to be delayed.", "oppose"),
        ("Senator Ruth Calloway called for the tax to be extended.", "support"),
    ],
)
def test_asking_for_an_issue_to_be_changed(sentence: str, expected: str) -> None:
    assert ("Ruth Calloway", TAX, expected) in triples(OPEN + sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        # the small English model reads "the tax unfair" as one noun phrase
        "Senator Ruth Calloway called the tax unfair.",
        "Senator Ruth Calloway called the tax reckless.",
        # a parenthetical speech verb reports the clause around it
        "The tax, Senator Ruth Calloway argued, would hurt small shops.",
        # a role given by a copula or an apposition, then used alone
        "Ruth Calloway is a senator. The senator called the tax unfair.",
        "Ruth Calloway, the senator, spoke first. The senator criticised the tax.",
    ],
)
def test_verdicts_parentheticals_and_roles_given_in_passing(sentence: str) -> None:
    assert ("Ruth Calloway", TAX, "oppose") in triples(OPEN + sentence, "en")


def test_a_phrasal_verb_is_read_with_its_particle() -> None:
    found = triples("Senator Ruth Calloway has fallen out with Mayor Dan Ortiz.", "en")
    assert {("Ruth Calloway", "Dan Ortiz", "oppose"), ("Dan Ortiz", "Ruth Calloway", "oppose")} <= (
        found
    )
    assert triples("Senator Ruth Calloway fell in line with Mayor Dan Ortiz.", "en") == set()
    found = triples(OPEN + "Senator Ruth Calloway wants to speed up the tax.", "en")
    assert ("Ruth Calloway", TAX, "support") in found


def test_a_name_before_a_lower_case_organisation_word_is_an_organisation() -> None:
    found = triples(OPEN + "The Taxpayers First caucus criticised the tax.", "en")
    assert ("Taxpayers First caucus", TAX, "oppose") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # "its" is the organisation named last in the text, not the one found last by the rules
        "Calder Point Capital threw its support behind the tax.",
        "Calder Point Capital has thrown its weight behind the tax.",
        "Calder Point Capital signalled it would back the tax.",
        "Calder Point Capital indicated that it would back the tax.",
    ],
)
def test_an_organisation_signals_its_support(sentence: str) -> None:
    assert ("Calder Point Capital", TAX, "support") in triples(OPEN + sentence, "en")


def test_pressure_from_someone_opposes() -> None:
    expected = ("Calder Point Capital", "Dan Ortiz", "oppose")
    text = "Mayor Dan Ortiz has come under pressure from Calder Point Capital."
    assert expected in triples(text, "en")
    assert expected in triples("Calder Point Capital has put pressure on Mayor Dan Ortiz.", "en")
    assert triples("Rising costs put pressure on the budget.", "en") == set()


def test_a_described_bill_is_the_law_named_before() -> None:
    text = "The Senate debated the Port Modernization Act. Dana Whitfield praised the port bill."
    found = triples(text, "en")
    assert ("Dana Whitfield", "Port Modernization Act", "support") in found
    assert not any(t == "port bill" for _, t, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ruth Calloway told reporters that the tax was unfair.",
        "Senator Ruth Calloway wrote on social media that the tax was a disaster.",
        "Senator Ruth Calloway believes the tax is a mistake.",
        "Senator Ruth Calloway thinks the tax is unfair.",
    ],
)
def test_more_verbs_of_saying_and_believing(sentence: str) -> None:
    assert ("Ruth Calloway", TAX, "oppose") in triples(OPEN + sentence, "en")


def test_whom_something_is_told_and_what_it_is_compared_with_are_not_judged() -> None:
    text = "Mara Lindqvist spoke. She told the House committee that the company would add jobs."
    assert not any(t.lower() in ("house", "committee") for _, t, _ in triples(text, "en"))
    text = OPEN + (
        "Ruth Calloway told analysts that the tax would deliver more than "
        '"an opportunistic bid timed to the bottom of the cycle."'
    )
    assert ("Ruth Calloway", TAX, "oppose") not in triples(text, "en")


def test_a_spokeswoman_named_after_her_organisation_speaks_for_it() -> None:
    text = OPEN + "A Chamber of Commerce spokeswoman said the tax was a mistake."
    assert ("Chamber of Commerce", TAX, "oppose") in triples(text, "en")


def test_a_name_in_apposition_to_a_title_is_a_person() -> None:
    text = OPEN + "The Chamber of Commerce's president, Ana Ruiz, called the tax reckless."
    assert ("Ana Ruiz", TAX, "oppose") in triples(text, "en")


def test_in_someones_view_names_the_speaker() -> None:
    text = OPEN + "In Senator Ruth Calloway's view, the tax is unfair."
    assert ("Ruth Calloway", TAX, "oppose") in triples(text, "en")


def test_a_quotation_over_two_sentences_is_the_speakers() -> None:
    text = OPEN + 'Senator Ruth Calloway said: "We are disappointed. This tax will ruin shops."'
    assert ("Ruth Calloway", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize("noun", ["the levy", "the charge", "the toll"])
def test_a_levy_or_charge_after_a_tax_is_that_tax(noun: str) -> None:
    text = OPEN + f"Restaurant owner Marco Bellini has spoken out against {noun}."
    assert ("Marco Bellini", TAX, "oppose") in triples(text, "en")


def test_criticism_received_from_no_one_named_is_no_statement_of_the_receiver() -> None:
    text = OPEN + "Mayor Dan Ortiz faced a barrage of criticism from business leaders."
    assert not any(s == "Dan Ortiz" for s, _, _ in triples(text, "en"))
    text = OPEN + "Mayor Dan Ortiz faced a barrage of criticism from the Chamber of Commerce."
    assert ("Chamber of Commerce", "Dan Ortiz", "oppose") in triples(text, "en")


def test_urging_a_rethink_opposes() -> None:
    text = OPEN + "The Eastside Residents' Association urged the council to reconsider the charge."
    assert ("Eastside Residents' Association", TAX, "oppose") in triples(text, "en")


def test_a_person_named_by_age_is_the_one_last_spoken_of() -> None:
    text = OPEN + "Ruth Calloway spoke first. The 48-year-old criticised the tax."
    assert ("Ruth Calloway", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize(
    ("sentence", "source", "polarity"),
    [
        ("Sunita Rao was quick to condemn the tax.", "Sunita Rao", "oppose"),
        ("The Democrats have lined up behind the measure.", "Democrats", "support"),
        ("Helen Carter said she was dismayed by the plan.", "Helen Carter", "oppose"),
        ("Helen Carter was delighted by the plan.", "Helen Carter", "support"),
    ],
)
def test_readiness_lining_up_and_feelings(sentence: str, source: str, polarity: str) -> None:
    assert (source, TAX, polarity) in triples(OPEN + sentence, "en")


def test_reluctance_is_no_act() -> None:
    text = OPEN + "Sunita Rao was reluctant to condemn the tax."
    assert ("Sunita Rao", TAX, "oppose") not in triples(text, "en")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Green Party gave the scheme its blessing.", ("Green Party", TAX, "support")),
        ("Tom Hadley gave Mayor Dan Ortiz his support.", ("Tom Hadley", "Dan Ortiz", "support")),
    ],
)
def test_what_is_given_goes_to_its_recipient(sentence: str, expected: tuple[str, str, str]) -> None:
    found = triples(OPEN + sentence, "en")
    assert expected in found
    assert ("Dan Ortiz", TAX, "support") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mayor Ana Ruiz rounded on the Retailers Union.",
            ("Ana Ruiz", "Retailers Union", "oppose"),
        ),
        (
            "Mayor Ana Ruiz paid tribute to the Cyclists' Alliance.",
            ("Ana Ruiz", "Cyclists' Alliance", "support"),
        ),
        ("Mayor Ana Ruiz called on Tom Reed to step down.", ("Ana Ruiz", "Tom Reed", "oppose")),
        ("Mayor Ana Ruiz slapped down Tom Reed.", ("Ana Ruiz", "Tom Reed", "oppose")),
        (
            "Mayor Ana Ruiz said she had enormous respect for Tom Reed.",
            ("Ana Ruiz", "Tom Reed", "support"),
        ),
        # a name no list knows, in apposition to a kind of organisation with "the"
        (
            "Snapwise, the ride-hailing app, declined to take a position on the tax.",
            ("Snapwise", TAX, "neutral"),
        ),
        # the possessive of the one who speaks: not the person named before
        (
            "Tom Reed backed the tax. Commissioner Hugh Farrant said his office had no view on "
            "the tax.",
            ("Hugh Farrant", TAX, "neutral"),
        ),
    ],
)
def test_english_idioms_toward_actors(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "en")


def test_a_stance_noun_that_opens_a_title_takes_no_side() -> None:
    text = OPEN + (
        "Opposition digital spokesman Tom Reed (Liberal Party), the Retailers Union and the "
        "Cyclists' Alliance have all weighed in on the debate."
    )
    assert not any(s == "Tom Reed" for s, _, _ in triples(text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The city council is weighing a tenant protection ordinance. The Builders Guild "
            "opposes the ordinance.",
            ("Builders Guild", "tenant protection ordinance", "oppose"),
        ),
    ],
)
def test_local_laws_are_issues(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, "en")


def test_a_quoted_verdict_attributed_at_the_end_with_according_to() -> None:
    text = OPEN + (
        'Mayor Ana Ruiz is "the most dangerous mayor for civil rights in a generation", '
        "according to Tom Reed, director of the Drivers Club."
    )
    assert ("Tom Reed", "Ana Ruiz", "oppose") in triples(text, "en")


def test_an_action_on_a_named_thing_is_one_issue() -> None:
    """ "the sale of the Port of Marlow" is the issue; "the privatisation" and "the deal" refer
    back to it (not "the merger of A and B", whose partners name it otherwise)."""
    text = (
        "The cabinet approved the sale of the Port of Marlow on Thursday. The Dock Workers Union "
        "condemned the privatisation. Backbencher Ian Reeve defended the deal."
    )
    found = triples(text, "en")
    assert ("Dock Workers Union", "sale of the Port of Marlow", "oppose") in found
    assert ("Ian Reeve", "sale of the Port of Marlow", "support") in found


def test_the_company_is_no_government_body_and_a_fine_is_one_issue() -> None:
    text = (
        "Calder Water was fined £12 million. Minister Ruth Bell backed the penalty, but said the "
        "money should go to rivers rather than to the Treasury. Bell also criticised the "
        "company's leadership."
    )
    found = triples(text, "en")
    assert ("Ruth Bell", "Calder Water", "oppose") in found
    assert not any(t == "Treasury" for _, t, _ in found)


def test_calling_for_a_resignation_opposes_the_one_who_should_go() -> None:
    text = (
        "Calder Water was fined. Chief executive Martin Hale defended the firm. Clean Rivers "
        "Now called for Hale's resignation."
    )
    found = triples(text, "en")
    assert ("Clean Rivers Now", "Martin Hale", "oppose") in found
    assert ("Clean Rivers Now", "Martin Hale", "support") not in found


def test_fury_at_an_issue_and_a_union_named_with_and() -> None:
    text = (
        "The cabinet approved the sale of the Port of Marlow. The Maritime and Dock Workers Union "
        "reacted with fury to the privatisation."
    )
    found = triples(text, "en")
    assert ("Maritime and Dock Workers Union", "sale of the Port of Marlow", "oppose") in found


def test_a_burden_on_a_good_thing_is_a_verdict_against() -> None:
    text = OPEN + 'The Hospitality Association called the tax "a tax on success".'
    assert ("Hospitality Association", TAX, "oppose") in triples(text, "en")


def test_a_person_who_is_the_subject_of_a_relative_clause_is_spoken_of_last() -> None:
    text = (
        "Finance Minister Helen Okafor unveiled a carbon levy. Federation chair Marion Tate said "
        "the levy had been designed in a boardroom. Opposition leader Craig Mullen attacked the "
        "levy. Yet Mullen's own Commonwealth Party had proposed a border adjustment in 2021, a "
        "point Okafor was quick to make. She accused him of hypocrisy."
    )
    found = triples(text, "en")
    assert ("Helen Okafor", "Craig Mullen", "oppose") in found
    assert ("Marion Tate", "Craig Mullen", "oppose") not in found


def test_a_party_group_in_a_council_and_a_version_of_an_issue() -> None:
    text = (
        "Harwick council approved a parking levy on Monday. "
        "The Residents First group voted against this version of the parking levy, and the "
        "Labour group voted against it too."
    )
    found = triples(text, "en")
    assert ("Residents First group", "parking levy", "oppose") in found
    assert ("Labour", "parking levy", "oppose") in found


def test_a_group_named_before_a_relative_clause_is_the_subject() -> None:
    text = (
        "The regulator fined Tamsbury Water £3 million over sewage spills. "
        "Its chairman is Ian Royle. "
        "Fish Not Filth, which has tested the river since 2019, called for Royle's "
        "resignation. The campaign welcomed the fine. The company criticised it."
    )
    found = triples(text, "en")
    assert ("Fish Not Filth", "Ian Royle", "oppose") in found
    assert ("Tamsbury Water", "the fine", "oppose") in found
    assert ("Fish Not Filth", "the fine", "oppose") not in found


def test_taking_up_the_concerns_of_others_is_no_stance() -> None:
    text = (
        "Halden Minerals has won the backing of the minister for a copper mine near Oakby. "
        "Halden chief executive Rosa Lind said the company respected local concerns."
    )
    found = triples(text, "en")
    assert ("Halden Minerals", "copper mine", "oppose") not in found


def test_a_rate_named_with_its_tariff_and_the_tariff_after_it() -> None:
    text = (
        "The Ceramics Federation welcomed a 15 per cent tariff on imported tiles. "
        "The retailer Homeway said the tariff would raise prices."
    )
    found = triples(text, "en")
    assert ("Ceramics Federation", "15 per cent tariff", "support") in found
    assert ("Homeway", "15 per cent tariff", "oppose") in found


def test_counting_on_an_endorsement_and_leaving_a_race_for_a_rival() -> None:
    text = (
        "Marta Klein withdrew from the race and threw her support behind Owen Pike. "
        "“Owen is the candidate we need,” Klein told members, urging the 300 members to follow. "
        "Pike can count on the endorsement of the Harbour Workers Union."
    )
    found = triples(text, "en")
    assert ("Marta Klein", "Owen Pike", "support") in found
    assert ("Marta Klein", "Owen Pike", "oppose") not in found
    assert ("Harbour Workers Union", "Owen Pike", "support") in found
    assert ("Owen Pike", "Harbour Workers Union", "support") not in found
    assert not any(t == "members" for _, t, _ in found)


def test_a_second_passive_verb_shares_the_first_ones_subject() -> None:
    text = (
        "Owen Pike made a pledge to cut rail fares. The pledge was praised by the Commuters "
        "League but was dismissed by his main rival, Marta Klein, as a gimmick."
    )
    found = triples(text, "en")
    assert ("Commuters League", "pledge to cut rail fares", "support") in found
    assert ("Marta Klein", "pledge to cut rail fares", "oppose") in found


def test_calling_a_strike_backs_it_and_calling_it_names_a_verdict() -> None:
    text = (
        "Dockside Terminals plans to automate its cranes. The Dockers' Guild called a 48-hour "
        "strike. The Freight Forum sided with the operator."
    )
    found = triples(text, "en")
    assert ("Dockers' Guild", "strike", "support") in found
    assert ("Freight Forum", "Dockside Terminals", "support") in found
    text = "The Dockers' Guild began a strike. Mayor Ann Ruiz called the strike unlawful."
    found = triples(text, "en")
    assert ("Ann Ruiz", "strike", "support") not in found


def test_a_title_in_apposition_before_a_name_is_hers() -> None:
    text = (
        "Finance Minister Karl Lund criticised the central bank governor, Eva Berg. "
        "Tom Hale defended Berg. Lund again attacked the central bank governor."
    )
    found = triples(text, "en")
    assert ("Karl Lund", "Eva Berg", "oppose") in found
    assert ("Karl Lund", "Tom Hale", "oppose") not in found


def test_the_named_chair_of_a_group_in_a_whose_clause_speaks() -> None:
    text = (
        "The government plans a ban on the weedkiller tralozine. The march was organised by "
        "the Fenland Growers' Union, whose chairman, Tom Barlow, said the ban would \"wipe out "
        "a season's harvest\"."
    )
    found = triples(text, "en")
    assert ("Tom Barlow", "the ban", "oppose") in found


def test_a_reverend_is_named_without_the_title_and_it_is_the_issue_named_last() -> None:
    text = (
        "The Gaming Bill would legalise betting apps. The bill is opposed by the Coalition for "
        "Safe Play, whose director, the Rev. Anna Osei, warned it would hurt families."
    )
    found = triples(text, "en")
    assert ("Anna Osei", "the bill", "oppose") in found
    text = (
        "The chancellor defended the stamp duty plan. Shadow chancellor Ruth Ames called the "
        "property levy \"a stealth tax\" and warned that it would drag more buyers into debt."
    )
    found = triples(text, "en")
    assert ("Ruth Ames", "property levy", "oppose") in found
    assert ("Ruth Ames", "stamp duty plan", "oppose") not in found


def test_an_appeal_is_against_the_fine_and_a_regret_opposes() -> None:
    text = (
        "The regulator imposed a £6 million fine on Calder Water over river pollution. "
        "The company said it would appeal. Councillor Jo Marsh said she regretted the fine."
    )
    found = triples(text, "en")
    assert ("Calder Water", "fine", "oppose") in found
    assert ("Jo Marsh", "fine", "oppose") in found


def test_an_unnamed_spokesman_speaks_for_the_organisation_named_last() -> None:
    text = (
        "Investor Gil Moss, who runs the fund Redwater Partners, attacked chief executive Ana "
        "Lind. Her largest customer, cloud provider Nimbus Data, renewed its contract; a "
        "spokesman said the company had \"full confidence in Ana Lind.\""
    )
    found = triples(text, "en")
    assert ("Nimbus Data", "Ana Lind", "support") in found
    assert not any(s in ("Gil Moss", "Redwater Partners") and p == "support" for s, _, p in found)


def test_a_strike_called_before_the_issue_it_is_about_is_its_own_issue() -> None:
    text = (
        "The Port Workers' Union called the 48-hour strike after talks collapsed over "
        "Dockside Terminals' plans to automate cranes. Dockside condemned the walkout."
    )
    found = triples(text, "en")
    assert ("Port Workers' Union", "strike", "support") in found
    assert ("Port Workers' Union", "plans to automate cranes", "support") not in found


def test_the_fishermen_are_the_fishermens_cooperative() -> None:
    text = (
        "The Kelby Fishermen's Association opposes the cable route. Councillor Ann Pike sided "
        "with the fishermen."
    )
    found = triples(text, "en")
    assert ("Ann Pike", "Kelby Fishermen's Association", "support") in found


def test_a_former_title_holder_is_not_the_title_holder_of_the_article() -> None:
    text = (
        "Finance Minister Karl Lund attacked the central bank's rate decision. Former governor "
        "Tom Hale rallied behind the bank. Lund then criticised the governor."
    )
    found = triples(text, "en")
    assert ("Karl Lund", "Tom Hale", "oppose") not in found


def test_a_company_described_at_length_and_its_lobbying_after_a_time_phrase() -> None:
    text = (
        "Quillon, a Boston-based AI start-up, spent $1.4 million in the second quarter lobbying "
        "against the Data Fairness Act. Senator Rosa Hale accused the company of buying votes."
    )
    found = triples(text, "en")
    assert ("Quillon", "Data Fairness Act", "oppose") in found
    assert ("Rosa Hale", "Quillon", "oppose") in found
    assert not any(t == "AI" for _, t, _ in found)


def test_support_from_a_group_named_after_its_kind() -> None:
    text = (
        "The Data Fairness Act would regulate credit scoring. Support for the measure came from "
        "the consumer group FairScore Alliance."
    )
    found = triples(text, "en")
    assert ("FairScore Alliance", "Data Fairness Act", "support") in found


def test_the_fine_read_as_an_adjective_before_a_quoted_verdict() -> None:
    text = (
        "The regulator has fined Calder Water £12m, the largest penalty in its history. "
        "Calder's chief executive, Ian Moss, called the fine \"excessive\" and said the company "
        "would appeal."
    )
    found = triples(text, "en")
    assert ("Ian Moss", "the fine", "oppose") in found
    assert ("Calder Water", "the fine", "oppose") in found


def test_a_swipe_and_savaging_outside_politics_take_no_side() -> None:
    assert triples("Wolves savaged the sheep, farmer Tom Hale said.", "en") == set()
    assert triples("The cat took a swipe at the dog.", "en") == set()


@pytest.mark.parametrize("noun", ["support", "backing", "blessing"])
def test_giving_a_person_ones_support(noun: str) -> None:
    text = f"The Teachers Union gave Governor Dana Ruiz its {noun}."
    assert triples(text, "en") == {("Teachers Union", "Dana Ruiz", "support")}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Governor Dana Ruiz won plaudits from the Teachers Union.", "support"),
        ("Governor Dana Ruiz faced a reprimand from the Teachers Union.", "oppose"),
        ("Governor Dana Ruiz faced censure from the Teachers Union.", "oppose"),
    ],
)
def test_stance_nouns_received_from_an_organisation(sentence: str, polarity: str) -> None:
    assert triples(sentence, "en") == {("Teachers Union", "Dana Ruiz", polarity)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Crowds cheered as the parade passed, Mayor Ana Ruiz said.",
        "The weather warmed to 20 degrees, Mayor Ana Ruiz said.",
        "Mayor Ana Ruiz lamented the loss of her father.",
        "Mayor Ana Ruiz bemoaned the lack of funding.",
    ],
)
def test_the_same_verbs_outside_a_dispute_take_no_side(sentence: str) -> None:
    assert triples(sentence, "en") == set()


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        # an action noun keeps the "of" phrase that says what it acts on
        ("The Paperworkers Union opposed the sale of the paper division.",
         "sale of the paper division"),
        ("Mayor Tom Reed backed the closure of the maternity ward.",
         "closure of the maternity ward"),
        # a modifier written with a hyphen belongs to the name
        ("The Dockers Union rejected the remote-controlled cranes.", "remote-controlled cranes"),
        # a word too general to name an issue alone does with a hyphenated modifier
        ("Senator Jane Doe attacked the four-day week.", "four-day week"),
        # an adjective that says what kind of thing it is belongs to the name, "new" does not
        ("Senator Jane Doe backed offshore wind.", "offshore wind"),
        ("Senator Jane Doe praised the new fuel tax.", "fuel tax"),
    ],
)
def test_an_issue_named_by_a_noun_phrase_keeps_what_specifies_it(text: str, issue: str) -> None:
    assert issue in {t for _s, t, _p in triples(text, "en")}


def test_an_of_phrase_with_a_clause_inside_stays_out_of_the_name() -> None:
    found = triples(
        "Mayor Tom Reed opposed the closure of the ward that serves three villages.", "en"
    )
    assert found == {("Tom Reed", "the closure", "oppose")}
    # a plain general word takes no side and makes no issue
    assert not triples("Senator Ann Lowe criticised the week.", "en")


def test_a_clause_about_anyone_who_opposes_it_is_not_the_speakers_stance() -> None:
    text = OPEN + (
        '"Anyone who opposes this tax is standing with the polluters," said Mayor Ana Ruiz.'
    )
    assert triples(text, "en") == {("Ana Ruiz", TAX, "support")}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Councillor Ama Osei said the tax should be scrapped.", "oppose"),
        ("Councillor Ama Osei said the tax must be extended to the suburbs.", "support"),
    ],
)
def test_what_must_happen_to_an_issue_is_a_side(sentence: str, polarity: str) -> None:
    assert triples(OPEN + sentence, "en") == {("Ama Osei", TAX, polarity)}


def test_what_could_happen_to_an_issue_is_no_side() -> None:
    assert not triples(OPEN + "Councillor Ama Osei said the tax could be scrapped.", "en")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Councillor Ama Osei urged the mayor to scrap the tax.", "oppose"),
        ("Councillor Ama Osei urged the mayor not to scrap the tax.", "support"),
        ("Councillor Ama Osei vowed never to scrap the tax.", "support"),
        ("Councillor Ama Osei will ask the court to reinstate the tax.", "support"),
    ],
)
def test_asking_for_a_change_or_against_one(sentence: str, polarity: str) -> None:
    assert triples(OPEN + sentence, "en") == {("Ama Osei", TAX, polarity)}


def test_a_name_the_tagger_cut_short_keeps_its_last_word() -> None:
    text = OPEN + "Ashford Rovers and Millbridge Town issued a joint statement backing the tax."
    assert ("Millbridge Town", TAX, "support") in triples(text, "en")
    # a title after a company's name is no part of it
    assert triples(OPEN + "Tesla CEO Elon Musk criticised the tax.", "en") == {
        ("Elon Musk", TAX, "oppose")
    }


def test_a_court_ruling_takes_no_side_a_regulator_does() -> None:
    found = triples(
        "The state Court of Appeals upheld the fraud conviction. "
        "The Competition Authority blocked the merger.",
        "en",
    )
    assert not any(s == "Court of Appeals" for s, _t, _p in found)
    assert ("Competition Authority", "the merger", "oppose") in found


def test_evidence_inside_a_quotation_starts_at_its_opening_mark() -> None:
    text = (
        "Meridian Terminals plans to automate the cranes. "
        '"This plan is a disaster for our members," union president Dolores Vance said.'
    )
    (st,) = [s for s in extract_text(text, "en") if s.source == "Dolores Vance"]
    assert st.evidence.text.startswith('"This plan is a disaster')
    assert text[st.evidence.start : st.evidence.end] == st.evidence.text


def test_the_city_is_not_an_organisation_with_town_inside_its_name() -> None:
    text = (
        "The Old Town Residents Forum welcomed the tourist tax. "
        "The Hotel Owners Guild criticised the city."
    )
    found = triples(text, "en")
    assert not any(t == "Old Town Residents Forum" for _s, t, _p in found)
    council = (
        "Kelbridge City Council approved the tourist tax. The Hotel Owners Guild sued the city."
    )
    assert ("Hotel Owners Guild", "Kelbridge City Council", "oppose") in triples(council, "en")


def test_a_person_named_after_a_role_of_an_organisation_is_the_subject() -> None:
    text = OPEN + "The chief executive of Veltrix Semiconductors, Priya Anand, praised the tax."
    assert triples(text, "en") == {("Priya Anand", TAX, "support")}


@pytest.mark.parametrize(
    ("sentence", "board"),
    [
        ("The Harrowgate Foods board rejected the tax.", "Harrowgate Foods board"),
        ("Lumora's board rejected the tax.", "Lumora's board"),
        ("The board of Harrowgate Foods rejected the tax.", "board of Harrowgate Foods"),
    ],
)
def test_a_company_board_is_an_actor_of_its_own(sentence: str, board: str) -> None:
    assert triples(OPEN + sentence, "en") == {(board, TAX, "oppose")}


def test_a_conjunct_hung_on_the_reported_clause_below_a_vow_keeps_the_speaker() -> None:
    text = OPEN + (
        "Local MP Gareth Lewis said drivers would face long detours and vowed to fight the tax."
    )
    assert ("Gareth Lewis", TAX, "oppose") in triples(text, "en")


def test_a_takeover_told_several_ways_is_one_issue() -> None:
    text = (
        "Harlow Air has agreed to buy Tern Regional for 200 million euros. The buyer promised "
        "to maintain every route that covers its costs. That did little to reassure the Tern "
        "Pilots' Association. The union said it would fight the deal. Minister Owen Price "
        "welcomed the takeover. Rival carrier Skylane said the takeover of Tern Regional "
        "would leave passengers with a single operator. The operator of Marsh Airport gave the "
        "deal its backing."
    )
    found = triples(text, "en")
    issue = "takeover of Tern Regional"
    assert ("Tern Pilots' Association", issue, "oppose") in found
    assert ("Owen Price", issue, "support") in found
    assert ("Marsh Airport", issue, "support") in found
    assert not any(t == "route" for _s, t, _p in found)


def test_his_party_is_the_party_he_belongs_to() -> None:
    text = OPEN + "Opposition leader Tom Hardy (Conservatives) said his party would back the tax."
    assert ("Conservatives", TAX, "support") in triples(text, "en")


def test_an_adjective_of_kind_belongs_to_the_issue_name() -> None:
    text = (
        "The county council on Tuesday approved a 12-month autonomous bus pilot. The drivers' "
        "union TSWA opposes the pilot."
    )
    found = triples(text, "en")
    assert ("TSWA", "autonomous bus pilot", "oppose") in found


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The drivers' union TSWA opposes the tax.", "TSWA"),
        ("TSWA opposes the tax.", "TSWA"),
    ],
)
def test_initials_acting_as_an_organisation_are_one(sentence: str, source: str) -> None:
    assert (source, TAX, "oppose") in triples(OPEN + sentence, "en")


def test_a_chief_executive_is_no_organisation() -> None:
    assert not any(s == "CEO" for s, _t, _p in triples(OPEN + "The CEO opposes the tax.", "en"))


def test_a_negation_ends_with_its_clause() -> None:
    text = OPEN + (
        '"I cannot ask drivers to pay more for roads that keep getting worse," councillor '
        "Peter Novak said."
    )
    found = triples(text, "en")
    assert ("Peter Novak", TAX, "oppose") in found
    assert ("Peter Novak", TAX, "support") not in found


def test_a_first_person_stance_is_negated_only_in_its_own_clause() -> None:
    quote = "We supported the tax because the city needs cleaner air, and we did not see one."
    said = "said Sunita Rao, the group's chief investment officer."
    found = triples(OPEN + f'"{quote}" {said}', "en")
    assert {p for s, t, p in found if s == "Sunita Rao" and t == TAX} == {"support"}


def test_a_name_after_the_word_for_its_kind_is_an_organisation_the_word_refers_to() -> None:
    text = OPEN + (
        "The shopworkers' union Unify condemned the tax. The union accused Mayor Martin Okafor "
        "of ignoring workers."
    )
    found = triples(text, "en")
    assert ("Unify", TAX, "oppose") in found
    assert ("Unify", "Martin Okafor", "oppose") in found


def test_evidence_does_not_start_at_a_possessive_mark() -> None:
    text = OPEN + "The shopworkers' union Unify condemned the tax."
    ev = [s.evidence.text for s in extract_text(text, "en") if s.source == "Unify"]
    assert ev and not ev[0].startswith("'")


def test_whoever_imposes_a_measure_backs_it() -> None:
    text = (
        "The Information Standards Office has imposed a record data-protection fine on Tally "
        "Health. Privacy group Open Rights welcomed the fine."
    )
    found = triples(text, "en")
    assert ("Information Standards Office", "data-protection fine", "support") in found


def test_the_board_of_a_public_body_is_the_body() -> None:
    text = (
        "The transit agency proposed a fare rise. The board of the Metropolitan Transit "
        "Authority approved the increase on Thursday."
    )
    assert ("Metropolitan Transit Authority", "fare rise", "support") in triples(text, "en")


def test_whoever_drafted_a_measure_backs_it() -> None:
    text = OPEN + "Councillor Maya Delgado, who drafted the tax, said the city had lost homes."
    assert ("Maya Delgado", TAX, "support") in triples(text, "en")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Councillor Tom Reed voted in favour.", "support"),
        ("Councillor Tom Reed voted against.", "oppose"),
    ],
)
def test_a_vote_with_no_object_is_on_the_issue_at_hand(sentence: str, polarity: str) -> None:
    assert ("Tom Reed", TAX, polarity) in triples(OPEN + sentence, "en")


def test_an_issue_named_first_by_its_kind_is_not_a_later_issue_of_another_kind() -> None:
    text = (
        "Ridgeway Health announced a merger with the operator Calder Care. The senator's "
        "attack on the deal focused on a new hospital bed tax."
    )
    found = triples(text, "en")
    assert not any(s == "Ridgeway Health" and t == "hospital bed tax" for s, t, _p in found)


def test_a_listed_first_name_finds_a_person_the_tagger_missed() -> None:
    text = OPEN + (
        "Her Swedish counterpart, Anders Lundqvist of the Hallstad Regional Council, "
        "criticised the tax."
    )
    assert ("Anders Lundqvist", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize(
    ("noun", "polarity"), [("confidence in", "support"), ("opposition to", "oppose")]
)
def test_a_verb_that_gives_a_stance_noun_hands_over_to_it(noun: str, polarity: str) -> None:
    board = "Halden University board of trustees"
    text = f"The {board} reaffirmed its {noun} President Robert Kincaid."
    assert (board, "Robert Kincaid", polarity) in triples(text, "en")


@pytest.mark.parametrize("noun", ["the charge", "that request"])
def test_rejecting_a_charge_or_request_opposes_whoever_made_it(noun: str) -> None:
    text = (
        "Senator Rhea Lindqvist accused Mayor Owen Talbot of stalling the tax. "
        f"Talbot rejected {noun} as a stunt."
    )
    assert ("Owen Talbot", "Rhea Lindqvist", "oppose") in triples(text, "en")


def test_a_charge_no_one_made_is_the_fee_at_issue() -> None:
    text = (
        "The council plans a congestion charge. "
        "The Retail Workers' Federation condemned the charge."
    )
    assert ("Retail Workers' Federation", "congestion charge", "oppose") in triples(text, "en")


@pytest.mark.parametrize("label", ["a gamble with our future", "a smokescreen", "a shambles"])
def test_political_pejoratives_label_the_issue(label: str) -> None:
    text = OPEN + f'Resident Owen Pratt called the tax "{label}."'
    assert ("Owen Pratt", TAX, "oppose") in triples(text, "en")


def test_an_introduced_thing_keeps_its_hyphenated_modifier() -> None:
    text = (
        "The port authority unveiled a plan to install remote-controlled cranes. "
        "The dockers' union opposed the plan."
    )
    assert {t for _, t, _ in triples(text, "en")} == {"remote-controlled cranes"}


def test_an_issue_named_by_its_kind_of_noun_keeps_what_kind() -> None:
    text = (
        "The city council voted on Monday to approve a $420 million public financing "
        "package for the new arena. The Harbour Workers' Union called a 72-hour strike."
    )
    targets = {t for _, t, _ in triples(text, "en")}
    assert "public financing package" in targets
    assert "strike" in targets and "hour strike" not in targets


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Activist investor Rook Capital has led a campaign against chief executive "
            "Dana Pryor.",
            ("Rook Capital", "Dana Pryor", "oppose"),
        ),
        (
            "The Cyclists' Alliance launched a campaign for the tax.",
            ("Cyclists' Alliance", TAX, "support"),
        ),
        ("Mayor Tom Hale wished Dana Pryor every success.", ("Tom Hale", "Dana Pryor", "support")),
        (
            "Senator Ruth Calloway said she disagreed with the tax.",
            ("Ruth Calloway", TAX, "oppose"),
        ),
    ],
)
def test_campaigns_wishes_and_disagreement(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "en")


def test_every_name_in_apposition_to_a_passive_agent_backs() -> None:
    text = (
        "Rook Capital was backed by two other large shareholders, Eastgate Pension Trust and "
        "the asset manager Vermeer Capital."
    )
    found = triples(text, "en")
    assert ("Eastgate Pension Trust", "Rook Capital", "support") in found
    assert ("Vermeer Capital", "Rook Capital", "support") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Councillor Ann Lee spearheaded the tax.", ("Ann Lee", TAX, "support")),
        ("The Retailers Union spurned the tax.", ("Retailers Union", TAX, "oppose")),
        ("Mayor Tom Hale snubbed Governor Ruth Dale.", ("Tom Hale", "Ruth Dale", "oppose")),
    ],
)
def test_spearhead_spurn_snub(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "The challenge was brought by the Kelbridge Traders' Association.",
        "The protest was organised by the Kelbridge Traders' Association.",
        "The Kelbridge Traders' Association organised the protest.",
    ],
)
def test_a_protest_carried_out_with_no_target_is_against_the_issue_at_hand(sentence: str) -> None:
    assert ("Kelbridge Traders' Association", TAX, "oppose") in triples(OPEN + sentence, "en")


def test_a_protest_carried_out_against_a_named_target_keeps_it() -> None:
    text = OPEN + "The Kelbridge Traders' Association organised a protest against Mayor Tom Hale."
    found = triples(text, "en")
    assert ("Kelbridge Traders' Association", "Tom Hale", "oppose") in found
    assert ("Kelbridge Traders' Association", TAX, "oppose") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The City Council voted 7-5 on Tuesday to contribute $210 million in public money.",
            ("City Council", TAX, "support"),
        ),
        # an act that names its own target, or takes its own side, is read as itself
        ("The City Council voted 7-5 to scrap the tax.", ("City Council", TAX, "oppose")),
        ("The City Council voted to sue Mayor Ann Lee.", ("City Council", "Ann Lee", "oppose")),
    ],
)
def test_a_vote_to_act_backs_the_issue_at_hand(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = triples(OPEN + sentence, "en")
    assert expected in found
    assert len({(s, t) for s, t, _ in found if s == "City Council"}) == 1


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("The Retailers Union warned of job losses.", TAX),
        ("The Retailers Union warned of a black hole in shop takings.", TAX),
        ("The Retailers Union warned of a tax rise.", "tax rise"),
    ],
)
def test_a_feared_effect_is_a_warning_about_the_issue_at_hand(sentence: str, target: str) -> None:
    found = {(t, p) for s, t, p in triples(OPEN + sentence, "en") if s == "Retailers Union"}
    assert found == {(target, "oppose")}


def test_a_stance_noun_the_tagger_took_for_an_adverb_still_counts() -> None:
    text = OPEN + "Opposition leader Tom Hadley poured scorn on the tax."
    assert ("Tom Hadley", TAX, "oppose") in triples(text, "en")


def test_a_by_phrase_the_parse_hung_on_the_label_is_the_passives_agent() -> None:
    text = OPEN + 'The tax was derided as "a trial lawyer\'s dream" by Rep. Steven Pike.'
    (st,) = [s for s in extract_text(text, "en") if s.source == "Steven Pike"]
    assert (st.target, st.polarity) == (TAX, "oppose")
    # the evidence names who said it
    assert st.evidence.text.endswith("by Rep. Steven Pike")


def test_the_evidence_of_a_passive_runs_to_its_agent() -> None:
    text = OPEN + "The tax was criticised by Rep. Steven Pike."
    (st,) = [s for s in extract_text(text, "en") if s.source == "Steven Pike"]
    assert st.evidence.text == "tax was criticised by Rep. Steven Pike"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The tax was described as a disaster by Rep. Steven Pike.",
            ("Steven Pike", TAX, "oppose"),
        ),
        (
            "The tax was described as a welcome step by Rep. Steven Pike.",
            ("Steven Pike", TAX, "support"),
        ),
        (
            'Mayor Dan Ortiz was branded "arrogant and out of touch" by chamber chief Lydia '
            "Barnes.",
            ("Lydia Barnes", "Dan Ortiz", "oppose"),
        ),
    ],
)
def test_a_label_given_in_the_passive_is_its_agents_verdict(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(OPEN + sentence, "en")


def test_a_passive_label_with_no_verdict_takes_no_side() -> None:
    found = triples(OPEN + "The tax was described as a levy by Rep. Steven Pike.", "en")
    assert not any(s == "Steven Pike" for s, _t, _p in found)


def test_joining_a_backlash_takes_its_side() -> None:
    text = OPEN + "Pensioners' group Silver Voice has joined the growing backlash against the tax."
    assert ("Silver Voice", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Carol Dunn rallied to his defence.",
        "Senator Carol Dunn came to Ortiz's defence.",
    ],
)
def test_coming_to_someones_defence_backs_them(sentence: str) -> None:
    text = "Mayor Dan Ortiz faced criticism from business leaders. " + sentence
    found = triples(text, "en")
    assert ("Carol Dunn", "Dan Ortiz", "support") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ruth Calloway signed off on the tax.",
        "Councillor Ruth Calloway signed on to the tax.",
    ],
)
def test_signing_off_on_or_on_to_an_issue_backs_it(sentence: str) -> None:
    assert ("Ruth Calloway", TAX, "support") in triples(OPEN + sentence, "en")


def test_signing_off_on_a_day_names_no_issue() -> None:
    found = triples(OPEN + "Councillor Ruth Calloway signed off on Friday.", "en")
    assert not any(s == "Ruth Calloway" for s, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Councillor Dan Ruiz objected to the tax.", ("Dan Ruiz", TAX, "oppose")),
        ("Councillor Dan Ruiz complained about the tax.", ("Dan Ruiz", TAX, "oppose")),
        ("Councillor Dan Ruiz tried to undermine the tax.", ("Dan Ruiz", TAX, "oppose")),
        ("Mayor Ruth Calloway sacked Dan Ruiz.", ("Ruth Calloway", "Dan Ruiz", "oppose")),
        ("Councillor Dan Ruiz extolled the tax.", ("Dan Ruiz", TAX, "support")),
        ("Councillor Dan Ruiz fulminated against the tax.", ("Dan Ruiz", TAX, "oppose")),
        ("Councillor Dan Ruiz rubbished the tax.", ("Dan Ruiz", TAX, "oppose")),
        ("Councillor Dan Ruiz talked up the tax.", ("Dan Ruiz", TAX, "support")),
    ],
)
def test_more_verbs_of_objecting_and_judging(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "en")


def test_complaining_of_an_ailment_is_no_side() -> None:
    found = triples(OPEN + "Councillor Dan Ruiz complained of back pain.", "en")
    assert not any(s == "Dan Ruiz" for s, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Resistance to the tax from the Retailers Union is growing.",
            ("Retailers Union", TAX, "oppose"),
        ),
        (
            "Councillor Dan Ruiz pledged loyalty to Mayor Ruth Calloway.",
            ("Dan Ruiz", "Ruth Calloway", "support"),
        ),
        (
            "The rivalry between Dan Ruiz and Ruth Calloway is old.",
            ("Ruth Calloway", "Dan Ruiz", "oppose"),
        ),
    ],
)
def test_more_stance_nouns(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Councillor Dan Ruiz said the tax would bulldoze small shops in town.", "oppose"),
        ("Councillor Dan Ruiz said the tax was unconstitutional.", "oppose"),
        ("Councillor Dan Ruiz said the tax was proportionate.", "support"),
    ],
)
def test_more_verdict_words(sentence: str, polarity: str) -> None:
    found = triples(OPEN + sentence, "en")
    assert {p for s, t, p in found if s == "Dan Ruiz" and t == TAX} == {polarity}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Councillor Dan Ruiz teamed up with Ruth Calloway.", ("Ruth Calloway", "support")),
        ("Councillor Dan Ruiz joined forces with Ruth Calloway.", ("Ruth Calloway", "support")),
        ("Councillor Dan Ruiz made peace with Mayor Ruth Calloway.", ("Ruth Calloway", "support")),
        ("Councillor Dan Ruiz parted ways with Mayor Ruth Calloway.", ("Ruth Calloway", "oppose")),
        ("Councillor Dan Ruiz stuck by Mayor Ruth Calloway.", ("Ruth Calloway", "support")),
        ("Councillor Dan Ruiz stood up for Mayor Ruth Calloway.", ("Ruth Calloway", "support")),
        ("Councillor Dan Ruiz stood up to Mayor Ruth Calloway.", ("Ruth Calloway", "oppose")),
        ("Councillor Dan Ruiz laid into Mayor Ruth Calloway.", ("Ruth Calloway", "oppose")),
        ("Councillor Dan Ruiz tore into the tax.", (TAX, "oppose")),
        ("Councillor Dan Ruiz rallied against the tax.", (TAX, "oppose")),
    ],
)
def test_allies_and_rifts(sentence: str, expected: tuple[str, str]) -> None:
    assert ("Dan Ruiz", *expected) in triples(OPEN + sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Lena Park of the Cycling Coalition, the tax is a disaster.",
        "According to Lena Park from the Cycling Coalition, the tax is a disaster.",
        "The tax is a disaster, according to Lena Park of the Cycling Coalition.",
    ],
)
def test_an_attributions_affiliation_is_not_what_is_judged(sentence: str) -> None:
    found = triples(OPEN + sentence, "en")
    assert ("Lena Park", TAX, "oppose") in found
    assert not any(t == "Cycling Coalition" for _, t, _ in found)


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ('Councillor Simon Frost said the tax "makes total sense."', "support"),
        ("Councillor Simon Frost said the tax made no sense.", "oppose"),
    ],
)
def test_making_sense_is_a_verdict(sentence: str, polarity: str) -> None:
    found = triples(OPEN + sentence, "en")
    assert {p for s, t, p in found if s == "Simon Frost" and t == TAX} == {polarity}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Martin Cole called Ruth Okafor a disaster.", "oppose"),
        ("Martin Cole called Ruth Okafor a friend.", "support"),
    ],
)
def test_calling_a_named_person_something_judges_them(sentence: str, polarity: str) -> None:
    assert ("Martin Cole", "Ruth Okafor", polarity) in triples(OPEN + sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Rosa Martinez seconded the motion to introduce the tax.",
        "Councillor Rosa Martinez backed the motion.",
    ],
)
def test_a_motion_is_the_issue_at_hand(sentence: str) -> None:
    assert ("Rosa Martinez", TAX, "support") in triples(OPEN + sentence, "en")


def test_a_motion_of_no_confidence_still_opposes_the_person() -> None:
    text = OPEN + "Councillor Dan Ruiz tabled a motion of no confidence in Mayor Ruth Calloway."
    assert ("Dan Ruiz", "Ruth Calloway", "oppose") in triples(text, "en")


def test_coming_out_swinging_against_an_issue_opposes_it() -> None:
    text = OPEN + "The Taxi Drivers' Union came out swinging against the levy."
    assert ("Taxi Drivers' Union", TAX, "oppose") in triples(text, "en")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Councillor Dan Ruiz gave the nod to the tax.", (TAX, "support")),
        ("Councillor Dan Ruiz took a dig at Mayor Ruth Calloway.", ("Ruth Calloway", "oppose")),
        ("Councillor Dan Ruiz took potshots at the tax.", (TAX, "oppose")),
        ("Councillor Dan Ruiz expressed misgivings about the tax.", (TAX, "oppose")),
    ],
)
def test_nouns_of_nods_and_digs(sentence: str, expected: tuple[str, str]) -> None:
    assert ("Dan Ruiz", *expected) in triples(OPEN + sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Councillor Dan Ruiz has cooled on the tax.", (TAX, "oppose")),
        ("Councillor Dan Ruiz got behind the tax.", (TAX, "support")),
        ("Councillor Dan Ruiz came round to the tax.", (TAX, "support")),
        ("Councillor Dan Ruiz abandoned Mayor Ruth Calloway.", ("Ruth Calloway", "oppose")),
    ],
)
def test_warming_and_cooling(sentence: str, expected: tuple[str, str]) -> None:
    assert ("Dan Ruiz", *expected) in triples(OPEN + sentence, "en")


def test_getting_a_letter_is_no_side() -> None:
    found = triples(OPEN + "Councillor Dan Ruiz got a letter from Mayor Ruth Calloway.", "en")
    assert not any(s == "Dan Ruiz" for s, _, _ in found)
