"""Statement extraction on sentences written for these tests (German and English)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from allegiance import Document, RuleExtractor, extract_text
from allegiance.extract import Extractor, Registry
from allegiance.extract.lexicon import load_lexicon


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.source, s.target, s.polarity) for s in extract_text(text, lang)}


def check_offsets(text: str, lang: str) -> None:
    for s in extract_text(text, lang):
        assert text[s.evidence.start : s.evidence.end] == s.evidence.text
        assert s.evidence.text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # direct verbs, titles, party in brackets, named bill in „…“
        (
            "Umweltministerin Anna Schröder (SPD) lobte das „Klimaschutzgesetz“ ausdrücklich.",
            "de",
            ("Anna Schröder", "Klimaschutzgesetz", "support"),
        ),
        # separable verb and issue anaphor
        (
            "Die Rentenreform wird im Herbst beraten. Der Verband Nordmetall lehnt das Gesetz ab.",
            "de",
            ("Verband Nordmetall", "Rentenreform", "oppose"),
        ),
        # passive with von
        (
            "Verkehrsminister Rolf Baumann wird von der Gewerkschaft Bahn und Verkehr kritisiert.",
            "de",
            ("Gewerkschaft Bahn und Verkehr", "Rolf Baumann", "oppose"),
        ),
        # reflexive verb with its preposition
        (
            "Die Stadträtin Lea Vogt distanzierte sich von Bürgermeister Jan Ohm.",
            "de",
            ("Lea Vogt", "Jan Ohm", "oppose"),
        ),
        # nominal: Kritik kam von X (target: the issue under discussion)
        (
            "Die Regierung plant die Abschaffung der Maut. Scharfe Kritik kam vom Autoclub Nord.",
            "de",
            ("Autoclub Nord", "Abschaffung der Maut", "oppose"),
        ),
        # quote attributed to a speaker; the issue inside the quote
        (
            "Der Senat berät die Schulreform. "
            "„Diese Reform ist ein Fehler“, sagte Lehrerin Ute Kamp.",
            "de",
            ("Ute Kamp", "Schulreform", "oppose"),
        ),
        # English: endorse, reject with anaphor, accuse
        (
            "Mayor Lena Ortiz endorsed the Harbor Renewal Act. "
            "The Dock Workers Union rejected the bill.",
            "en",
            ("Dock Workers Union", "Harbor Renewal Act", "oppose"),
        ),
        (
            "Senator Ruth Vance accused Governor Alan Price of hiding the budget figures.",
            "en",
            ("Ruth Vance", "Alan Price", "oppose"),
        ),
        # passive with by
        (
            "Union president Dana Ruiz was criticised by the Chamber of Commerce on Friday.",
            "en",
            ("Chamber of Commerce", "Dana Ruiz", "oppose"),
        ),
        # apposition in the subject, phrasal verb
        (
            "Several donors, including Omar Field of Crest Ventures, sided with Mayor Lisa Hart.",
            "en",
            ("Omar Field", "Lisa Hart", "support"),
        ),
        # stance adjective with its object
        (
            "Bürgermeisterin Clara Vogt zeigte sich enttäuscht über die Schulreform.",
            "de",
            ("Clara Vogt", "Schulreform", "oppose"),
        ),
        # conflict "zwischen A und B"
        (
            "Zwischen Landrat Uwe Kern und Bürgermeisterin Pia Roth gibt es heftigen Streit.",
            "de",
            ("Uwe Kern", "Pia Roth", "oppose"),
        ),
        # passive with a list of agents; "stimmte dagegen" about the issue at hand
        (
            "Der Rat berät das Radwegegesetz. Das Gesetz wird von SPD, Grünen und "
            "der Linken unterstützt. Die CDU-Fraktion stimmte geschlossen dagegen.",
            "de",
            ("Grüne", "Radwegegesetz", "support"),
        ),
        (
            "Der Rat berät das Radwegegesetz. Die CDU-Fraktion stimmte geschlossen dagegen.",
            "de",
            ("CDU-Fraktion", "Radwegegesetz", "oppose"),
        ),
        # a body's name used as a title before a person
        (
            "Die Jusos unterstützen dagegen den Gemeinderat Kevin Sander.",
            "de",
            ("Jusos", "Kevin Sander", "support"),
        ),
        # received backing "of X"
        (
            "Governor Anne Lowe has won the backing of the Farmers Union.",
            "en",
            ("Farmers Union", "Anne Lowe", "support"),
        ),
        # evaluative adjective with an object
        (
            "Mayor Tim Hale was furious with the Transit Authority on Monday.",
            "en",
            ("Tim Hale", "Transit Authority", "oppose"),
        ),
        # an intent names the issue; "its" is the organisation that owns it
        (
            "The Coastal Sailing Board has announced its plan to close the harbour school.",
            "en",
            ("Coastal Sailing Board", "plan to close the harbour school", "support"),
        ),
        # the verdict after "called" decides, not a clause before the speaker
        (
            "The Coastal Sailing Board wants to close the harbour school. Not everyone is "
            'opposed: club captain Ruth Imber called the plan "a sensible step".',
            "en",
            ("Ruth Imber", "the plan", "support"),
        ),
        # a harmful verb's object does not count in its favour
        (
            "Rector Paul Amis said the reporting rule would slow down research.",
            "en",
            ("Paul Amis", "reporting rule", "oppose"),
        ),
        # "its dispute with X": both ways
        (
            "The Harbour Office is in a bitter dispute with shipping firm Lomar.",
            "en",
            ("Harbour Office", "Lomar", "oppose"),
        ),
        # "dismissed the letter": whoever wrote the letter named earlier
        (
            "The Founders Forum has sided with the Harbour Office. The forum's open letter "
            'praised the office. Lomar chief Nadia Orr dismissed the letter as "a stunt".',
            "en",
            ("Nadia Orr", "Founders Forum", "oppose"),
        ),
        # "nannte es „…“": the issue at hand; "nannte den Aufruf der Gewerkschaft …": its owner
        (
            "Der Stadtrat berät die Hafenreform. Die Grünen-Sprecherin Mia Falk nannte es "
            "„eine Provokation“.",
            "de",
            ("Mia Falk", "Hafenreform", "oppose"),
        ),
        (
            "Die Gewerkschaft Hafen Nord rief zum Streik auf. Reederchef Jan Kamp nannte den "
            "Aufruf der Gewerkschaft unverhältnismäßig.",
            "de",
            ("Jan Kamp", "Gewerkschaft Hafen Nord", "oppose"),
        ),
        # a relative clause with the verb at its end; "die Kürzung" names its own issue
        (
            "Das Land will die Mittel für das Hafenmuseum kürzen. Kritik kam von Landrat Ole "
            "Brandt, "
            "der die Kürzung als „Skandal“ bezeichnete.",
            "de",
            ("Ole Brandt", "Kürzung", "oppose"),
        ),
        # reported speech on both sides of ", sagte sie,": each clause judged on its own
        (
            "Der Verband Hafenwirtschaft legte ein neues Konzept vor. Senatorin Eva Brandt wies "
            "die Kritik zurück. Das Konzept sei unseriös, sagte sie, der Verband Hafenwirtschaft "
            "gefährde mit seinen Forderungen tausende Stellen.",
            "de",
            ("Eva Brandt", "Verband Hafenwirtschaft", "oppose"),
        ),
        # "has the support of X"
        (
            "Mayor Alison Frey has the support of the Dunmore County Council.",
            "en",
            ("Dunmore County Council", "Alison Frey", "support"),
        ),
        # "joined X in opposing Y": both stances, and "the farmers" is the farmers' alliance
        (
            "The Elm Valley Farmers' Alliance has vowed to fight the quarry. Environmental group "
            "Blue Ridge Watch has joined the farmers in opposing the quarry.",
            "en",
            ("Blue Ridge Watch", "Elm Valley Farmers' Alliance", "support"),
        ),
        (
            "The Elm Valley Farmers' Alliance has vowed to fight the quarry. Environmental group "
            "Blue Ridge Watch has joined the farmers in opposing the quarry.",
            "en",
            ("Blue Ridge Watch", "the quarry", "oppose"),
        ),
        # "the hospital board" speaks for the hospital
        (
            "Nurses at Hillcrest Hospital may strike. Union leader Kara Dunn accused the hospital "
            'board of "ignoring the wards."',
            "en",
            ("Kara Dunn", "Hillcrest Hospital", "oppose"),
        ),
        # a body of the named party after "von"; a strike called at a company
        (
            "Bürgermeister Ole Renz will das Freibad schließen. Unterstützung erhielt der "
            "Bürgermeister von der Fraktion der Freien Wähler.",
            "de",
            ("Freie Wähler", "Ole Renz", "support"),
        ),
        (
            "Die Gewerkschaft Handel und Lager hat zu Warnstreiks bei der Baumarktkette Hobelmann "
            "aufgerufen.",
            "de",
            ("Gewerkschaft Handel und Lager", "Hobelmann", "oppose"),
        ),
        # a truncated compound belongs to the name; a company ending makes an organisation
        (
            "Die Industrie- und Handelskammer Rosstal kritisierte die Brenner Logistik scharf.",
            "de",
            ("Industrie- und Handelskammer Rosstal", "Brenner Logistik", "oppose"),
        ),
        # a collective actor; "den Betrieb" is the company, not the minister's party
        (
            "Rückendeckung bekam die Belegschaft von Arbeitsministerin Eva Horn (SPD).",
            "de",
            ("Eva Horn", "Belegschaft", "support"),
        ),
        (
            "Die Firma Kolbe Antriebstechnik will ihr Werk schließen. Einst hatte Minister Jan "
            "Ritter (FDP) den Betrieb als Vorbild gelobt.",
            "de",
            ("Jan Ritter", "Kolbe Antriebstechnik", "support"),
        ),
        # demanding or wanting a change takes a side on what would change
        (
            "Finanzministerin Ute Lorenz forderte, die Schuldenbremse zu lockern.",
            "de",
            ("Ute Lorenz", "Schuldenbremse", "oppose"),
        ),
        (
            "Die FDP lehnt es ab, die Schuldenbremse zu lockern.",
            "de",
            ("FDP", "Schuldenbremse", "support"),
        ),
        (
            "Senator Ruth Calloway vowed to repeal the Clean Water Act.",
            "en",
            ("Ruth Calloway", "Clean Water Act", "oppose"),
        ),
        # "sprach von einem „…“": a quoted label judges the issue at hand
        (
            "Die Bürgerinitiative Grünes Tal lehnt die Umgehungsstraße ab. Ihr Sprecher Olaf "
            "Brink sprach von einem „Desaster für die Natur“.",
            "de",
            ("Olaf Brink", "Umgehungsstraße", "oppose"),
        ),
        # "wies die Kritik der Initiative zurück": the initiative, not the last critic named
        (
            "Die Bürgerinitiative Grünes Tal lehnt die Umgehungsstraße ab; ihr Sprecher Olaf "
            "Brink kritisierte den Landrat. Planer Jens Wolf wies die Kritik der Initiative "
            "zurück.",
            "de",
            ("Jens Wolf", "Bürgerinitiative Grünes Tal", "oppose"),
        ),
        # a coordinated verb keeps its own particle; the subject is not a genitive attribute
        (
            "Im Streit um die Aufträge des Kölner Herstellers Vorn hat sich der Investor Ali Demir "
            "hinter Gründerin Eva Roth gestellt und warf dem Vorstand Rolf Abel Feigheit vor.",
            "de",
            ("Ali Demir", "Eva Roth", "support"),
        ),
        # a plural possessive inside a name; "hit back, saying X had …" names its target
        (
            "The Bakers' Guild praised mayor Tom Reed.",
            "en",
            ("Bakers' Guild", "Tom Reed", "support"),
        ),
        (
            "Airline chief Tom Reed accused the airport of greed. The airport's director, Ann "
            'Cole, hit back, saying Skyway had "paid less than anyone."',
            "en",
            ("Ann Cole", "Skyway", "oppose"),
        ),
        # "lobbied hard against"; "said it would appeal": the organisation that said so
        (
            "The Data Act passed on Tuesday. The Coalition of Online Sellers, which had lobbied "
            "hard against the legislation, said it would sue.",
            "en",
            ("Coalition of Online Sellers", "Data Act", "oppose"),
        ),
        (
            "Regulators fined the app maker Brightwell. Brightwell said it would appeal the fine.",
            "en",
            ("Brightwell", "the fine", "oppose"),
        ),
        # a lawsuit from X; a short policy noun; party names the tagger misses
        (
            "The Lakeside School Board faces a lawsuit from the Lakeside Parents Network.",
            "en",
            ("Lakeside Parents Network", "Lakeside School Board", "oppose"),
        ),
        (
            "The Harbour Bill was backed by the Civic Party and the Greens.",
            "en",
            ("Greens", "Harbour Bill", "support"),
        ),
        # "X sagte, er sei von Y „sehr enttäuscht“": the reported clause after the speech verb
        (
            "Senatorin Eva Roth lobte den Plan. Bürgermeister Jan Kühn sagte vor Journalisten, "
            "er sei von Roth „sehr enttäuscht“.",
            "de",
            ("Jan Kühn", "Eva Roth", "oppose"),
        ),
        # an announced action backs the issue its noun names in the article
        (
            "Die Stadtwerke Nordhafen wollen die Gaspreise erhöhen. Die Preiserhöhung sei "
            "unvermeidlich, hieß es.",
            "de",
            ("Stadtwerke Nordhafen", "Preiserhöhung", "support"),
        ),
        # "die geplante Seilbahn in Talberg" names an issue
        (
            "Die geplante Seilbahn in Hamburg stößt auf Kritik. Der Naturschutzverein Elbe lehnt "
            "das Projekt ab.",
            "de",
            ("Naturschutzverein Elbe", "Seilbahn in Hamburg", "oppose"),
        ),
        # pointing objects: "wies das zurück", "lehnt sie ab" after an issue, "Das hat X
        # beschlossen"
        (
            "Der Verein Offene Netze kritisierte die Ministerin Eva Roth. Roth wies das zurück.",
            "de",
            ("Eva Roth", "Verein Offene Netze", "oppose"),
        ),
        (
            "Die Fusion der Kreiskliniken ist geplant. Landrätin Marion Kehl lehnt sie ab.",
            "de",
            ("Marion Kehl", "Fusion der Kreiskliniken", "oppose"),
        ),
        # the verdict in quotes, its subject before it; "die Entscheidung" is the action
        (
            "Die Universität will die Abschaffung der Zivilklausel. Die Entscheidung sei „ein "
            "schwerer Fehler für die Uni“, erklärte AStA-Sprecher Jonas Pohl.",
            "de",
            ("Jonas Pohl", "Abschaffung der Zivilklausel", "oppose"),
        ),
        # relation nouns toward issues; "distanced itself from"; "expressed concern about"
        (
            "Councillor Gail Tilley, a long-standing critic of the parking scheme, spoke first.",
            "en",
            ("Gail Tilley", "parking scheme", "oppose"),
        ),
        (
            "The Green Party distanced itself from the mayor's housing plan.",
            "en",
            ("Green Party", "housing plan", "oppose"),
        ),
        (
            "The Retail Council expressed concern about the tariff plan.",
            "en",
            ("Retail Council", "tariff plan", "oppose"),
        ),
        # light verbs; demanded resignations; "halten X für Y"; verdicts are not names
        (
            "Scharfe Kritik an dem Gesetz übte der Sozialverband Nordland.",
            "de",
            ("Sozialverband Nordland", "Gesetz", "oppose"),
        ),
        (
            "Die Polizeigewerkschaft Nord forderte den Rücktritt von Innenminister Jan Rehm.",
            "de",
            ("Polizeigewerkschaft Nord", "Jan Rehm", "oppose"),
        ),
        (
            "Kritiker wie der Ökonom Hans Vogt halten die Rentenreform für einen Fehler.",
            "de",
            ("Hans Vogt", "Rentenreform", "oppose"),
        ),
        (
            "Die Opposition warf der Regierung Versagen vor.",
            "de",
            ("Opposition", "Regierung", "oppose"),
        ),
        # giving a stance ("threw her support behind"), the backing of an apposed name, and
        # members named with "including" speak too
        (
            "Former president Helen Ward threw her support behind the harbour plan.",
            "en",
            ("Helen Ward", "harbour plan", "support"),
        ),
        (
            "The proposal has the backing of the state's largest union, the Ohio Nurses "
            "Association.",
            "en",
            ("Ohio Nurses Association", "the proposal", "support"),
        ),
        (
            "Several Democrats, including Senator Amy Brooks, have criticised the nominee.",
            "en",
            ("Amy Brooks", "the nominee", "oppose"),
        ),
        # titles of several words; an apposed name speaks, not the proxy's owner
        (
            "Attorney General Nadia Brooks welcomed the ruling.",
            "en",
            ("Nadia Brooks", "the ruling", "support"),
        ),
        (
            "Pryor had long been a close ally of County Executive Janet Hale.",
            "en",
            ("Pryor", "Janet Hale", "support"),
        ),
        (
            "Dennis Pryor lost his appeal. Pryor's lawyer, Steven Quaid, criticized the decision.",
            "en",
            ("Steven Quaid", "the decision", "oppose"),
        ),
        # a relative clause keeps its stance when the main clause hedges
        (
            "Janet Hale, who cut ties with Dennis Pryor in 2020, declined to comment.",
            "en",
            ("Janet Hale", "Dennis Pryor", "oppose"),
        ),
        # "Measure B" names an issue; "the measure" refers back to it
        (
            "Voters will decide on Measure B in May. The Riverton Chamber of Commerce endorsed "
            "the measure.",
            "en",
            ("Riverton Chamber of Commerce", "Measure B", "support"),
        ),
        # wanting to introduce something backs it; a leadership compound is its organisation
        (
            "Der Landesverband Nord will ab der kommenden Saison den Videobeweis einsetzen. "
            "Vereinschef Ole Kamp verteidigte das Vorhaben.",
            "de",
            ("Ole Kamp", "Videobeweis", "support"),
        ),
        (
            "Der Sportverband Süd steht in der Kritik. Der FC Lindau hatte die Verbandsspitze "
            "früher stets unterstützt.",
            "de",
            ("FC Lindau", "Sportverband Süd", "support"),
        ),
        # "whom X endorsed": the antecedent; "environmental group X" names an organisation
        (
            "Governor Ben Ashworth, whom the Allied Nurses Union endorsed in 2022, kept quiet.",
            "en",
            ("Allied Nurses Union", "Ben Ashworth", "support"),
        ),
        (
            "The province approved the mine. Environmental group Wild North condemned the "
            "decision.",
            "en",
            ("Wild North", "the decision", "oppose"),
        ),
        # a German role noun's gender; a party's body as subject; "daran … Zweifel"
        (
            "Stadträtin Carola Wenz lobte die Kita. Fraktionschef Dieter Kühn warf dem "
            "Oberbürgermeister Frank Mertens Wortbruch vor.",
            "de",
            ("Dieter Kühn", "Frank Mertens", "oppose"),
        ),
        (
            "Die Stadt plant die Gebührenerhöhung. Auch die Fraktion der Freien Wähler stellte "
            "sich gegen die Gebührenerhöhung.",
            "de",
            ("Freie Wähler", "Gebührenerhöhung", "oppose"),
        ),
        (
            "Das Land plant die Schulreform. Daran äußerte der Elternverband Nord erhebliche "
            "Zweifel.",
            "de",
            ("Elternverband Nord", "Schulreform", "oppose"),
        ),
        # quoted names with small words
        (
            "Die Bürgerinitiative „Geburt im Tal“ kritisierte die Klinikreform.",
            "de",
            ("Geburt im Tal", "Klinikreform", "oppose"),
        ),
        # attribution phrases and a broader stance vocabulary
        (
            "Der Landtag berät die Schulreform. Laut dem Philologenverband Nord ist die "
            "Schulreform ein schwerer Fehler.",
            "de",
            ("Philologenverband Nord", "Schulreform", "oppose"),
        ),
        (
            "Der Mieterbund Süd bemängelte die Mietreform.",
            "de",
            ("Mieterbund Süd", "Mietreform", "oppose"),
        ),
        (
            "The Consumer Council decried the Data Bill.",
            "en",
            ("Consumer Council", "Data Bill", "oppose"),
        ),
        # a side stated with "to be"; "sieht X kritisch"; "steht X skeptisch gegenüber"
        (
            "Die Stadt plant ein Parkhaus. Die CDU ist gegen das Parkhaus.",
            "de",
            ("CDU", "Parkhaus", "oppose"),
        ),
        (
            "The city plans a new stadium. The Taxpayers Union is against the stadium.",
            "en",
            ("Taxpayers Union", "the stadium", "oppose"),
        ),
        (
            "Die Landesregierung plant ein Tempolimit. Der Autoclub Nord sieht das Tempolimit "
            "kritisch.",
            "de",
            ("Autoclub Nord", "Tempolimit", "oppose"),
        ),
        (
            "Die Landesregierung plant ein Tempolimit. Der Verkehrsclub Nord fordert das "
            "Tempolimit seit Jahren.",
            "de",
            ("Verkehrsclub Nord", "Tempolimit", "support"),
        ),
        # complements that complete a verb; objections filed; English idioms
        (
            "Der Mieterbund Nord macht sich für die Mietpreisbremse stark.",
            "de",
            ("Mieterbund Nord", "Mietpreisbremse", "support"),
        ),
        (
            "Die CDU macht die Landesregierung für das Chaos verantwortlich.",
            "de",
            ("CDU", "Landesregierung", "oppose"),
        ),
        (
            "Der Senat plant die Rentenreform. Der Sozialverband Nord legte Widerspruch gegen "
            "die Rentenreform ein.",
            "de",
            ("Sozialverband Nord", "Rentenreform", "oppose"),
        ),
        (
            "The Green Party took issue with the pipeline plan.",
            "en",
            ("Green Party", "pipeline plan", "oppose"),
        ),
        # coordinated sources all take the side (and are not each other's target)
        (
            "The Labour Party and the Greens backed the Housing Bill.",
            "en",
            ("Greens", "Housing Bill", "support"),
        ),
        (
            "The Housing Bill drew praise from both the Tenants Union and the Builders Federation.",
            "en",
            ("Builders Federation", "Housing Bill", "support"),
        ),
        (
            "Der Mieterbund Nord und der Sozialverband Süd kritisierten das Wohngesetz.",
            "de",
            ("Sozialverband Süd", "Wohngesetz", "oppose"),
        ),
        # joining a criticism or an alliance
        (
            "Der Sozialverband Nord kritisierte die Rentenreform. Der Seniorenrat Süd schloss "
            "sich der Kritik an.",
            "de",
            ("Seniorenrat Süd", "Rentenreform", "oppose"),
        ),
        (
            "Der Mieterbund Nord schloss sich dem Bündnis Faire Mieten an.",
            "de",
            ("Mieterbund Nord", "Bündnis Faire Mieten", "support"),
        ),
    ],
)
def test_statement_found(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)
    check_offsets(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "Die Gewerkschaft Bau lehnt die Rentenreform nicht grundsätzlich ab.",
            "de",
            ("Gewerkschaft Bau", "Rentenreform"),
        ),
        (
            "Senator Mia Stone would not support the Farm Credit Act.",
            "en",
            ("Mia Stone", "Farm Credit Act"),
        ),
        (
            "Die Ministerin Eva Kohl ließ offen, ob sie das Heizungsgesetz unterstützen wird.",
            "de",
            ("Eva Kohl", "Heizungsgesetz"),
        ),
    ],
)
def test_negation_and_hedging_give_neutral_not_a_side(
    text: str, lang: str, pair: tuple[str, str]
) -> None:
    found = triples(text, lang)
    assert (pair[0], pair[1], "support") not in found
    assert (pair[0], pair[1], "oppose") not in found


def test_past_relations_are_marked() -> None:
    text = (
        "Die Abgeordnete Eva Lind, lange eine Verbündete von Parteichef Tom Reuter, "
        "kritisierte ihn."
    )
    st = [s for s in extract_text(text, "de") if s.polarity == "support"]
    assert st and st[0].period == "past"
    assert (st[0].source, st[0].target) == ("Eva Lind", "Tom Reuter")
    en = extract_text(
        "Ruiz used to back Mayor Tom Lang, the paper reported. Dana Ruiz is a union leader.", "en"
    )
    assert any(s.period == "past" and s.polarity == "support" for s in en)


def test_reciprocal_conflict_goes_both_ways() -> None:
    found = triples("Es kam zu einem Schlagabtausch zwischen Karl Brenner und Ina Wolf.", "de")
    assert ("Karl Brenner", "Ina Wolf", "oppose") in found
    assert ("Ina Wolf", "Karl Brenner", "oppose") in found


def test_surnames_and_genitives_resolve_to_the_full_name() -> None:
    text = (
        "Elon Musk kritisierte die Steuerreform. Trump wies Musks Einwände zurück. Musk blieb hart."
    )
    ex = RuleExtractor().extract(Document(id="d", text=text, lang="de"))
    musk = [a for a in ex.actors if a.name == "Elon Musk"]
    assert musk and "Musk" in musk[0].aliases
    assert not any(a.name in ("Musk", "Musks") for a in ex.actors)


def test_affiliations_from_roles_von_and_brackets() -> None:
    text = (
        "Elon Musk, der Gründer von Tesla und SpaceX, traf Shaun Maguire von Sequoia Capital. "
        "Sabine Roth (Grüne) war auch da."
    )
    ex = RuleExtractor().extract(Document(id="d", text=text, lang="de"))
    pairs = {(a.actor, a.organization) for a in ex.affiliations}
    assert ("Elon Musk", "Tesla") in pairs
    assert ("Elon Musk", "SpaceX") in pairs
    assert ("Shaun Maguire", "Sequoia Capital") in pairs
    assert ("Sabine Roth", "Grüne") in pairs
    for a in ex.affiliations:
        assert a.evidence is not None and text[a.evidence.start : a.evidence.end] == a.evidence.text


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "Zustimmung signalisierte die Sprecherin der Grünen-Bundestagsfraktion, Lea Hoffmann.",
            "de",
            ("Lea Hoffmann", "Grünen-Bundestagsfraktion", "Sprecherin"),
        ),
        (
            "The chief executive of Veltrix Semiconductors, Priya Anand, praised the bill.",
            "en",
            ("Priya Anand", "Veltrix Semiconductors", "executive"),
        ),
    ],
)
def test_a_role_of_an_organisation_in_apposition_before_the_name(
    text: str, lang: str, pair: tuple[str, str, str]
) -> None:
    ex = RuleExtractor().extract(Document(id="d", text=text, lang=lang))
    assert pair in {(a.actor, a.organization, a.role) for a in ex.affiliations}
    for a in ex.affiliations:
        assert a.evidence is not None and text[a.evidence.start : a.evidence.end] == a.evidence.text
    # a spokeswoman's agreement is no support for her own parliamentary group
    assert not any(s.target == pair[1] and s.source == pair[0] for s in ex.statements)


def test_english_possessive_affiliations_and_titles_inside_a_tagged_name() -> None:
    """ "the Liberal Party's Marek Dolan" is a person of that party (the tagger joins the two
    into one organisation); "Social Democratic MP Nadia Farouk" is Nadia Farouk; "The … Authority"
    opening a quotation is named without the article."""
    text = (
        "Jonas Whitfield thanked the Liberal Party's Marek Dolan for tabling an amendment. "
        "Social Democratic MP Nadia Farouk voiced doubts. "
        '"The Digital Safety Authority has my complete confidence," Prime Minister Richard Hale '
        "said."
    )
    ex = RuleExtractor().extract(Document(id="d", text=text, lang="en"))
    types = {a.name: a.type for a in ex.actors}
    assert types.get("Marek Dolan") == "person" and types.get("Nadia Farouk") == "person"
    assert ("Marek Dolan", "Liberal Party") in {(a.actor, a.organization) for a in ex.affiliations}
    triples = {(s.source, s.target, s.polarity) for s in ex.statements}
    assert ("Jonas Whitfield", "Marek Dolan", "support") in triples
    assert ("Richard Hale", "Digital Safety Authority", "support") in triples


def test_no_political_content_no_statements() -> None:
    text = (
        "Am Wochenende wird es sonnig und mild. Im Garten blühen die ersten Rosen, "
        "und auf dem Markt gibt es frischen Spargel. The bakery on Elm Street sells rye bread."
    )
    assert extract_text(text, "de") == []
    assert (
        extract_text(
            "The bakery on Elm Street sells rye bread and fresh rolls every morning.", "en"
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Der SV Hallenberg gewann am Samstag gegen den TuS Wellental mit 3:1. "
            "Trainer Jens Kolbe lobte die Mannschaft, Torwart Ali Demir kritisierte den "
            "Schiedsrichter.",
            "de",
        ),
        (
            "Das Wetter bleibt wechselhaft. Meteorologin Karla Brandt warnt vor Gewittern "
            "und kräftigem Regen am Nachmittag.",
            "de",
        ),
        (
            "Riverside Rovers beat Eastfield 2-1 on Sunday. Coach Erik Hansen praised his "
            "defenders and criticised the referee after the match.",
            "en",
        ),
    ],
)
def test_sport_and_weather_take_no_sides(text: str, lang: str) -> None:
    assert extract_text(text, lang) == []


def test_one_word_of_public_affairs_keeps_the_statements_of_a_sports_story() -> None:
    text = (
        "Coach Erik Hansen praised his team after the match and criticised Mayor Ruth Dale "
        "for the stadium plan."
    )
    assert ("Erik Hansen", "Ruth Dale", "oppose") in {
        (s.source, s.target, s.polarity) for s in extract_text(text, "en")
    }


def test_a_user_lexicon_can_keep_sport_on_topic(tmp_path: Path) -> None:
    text = "Coach Erik Hansen praised his team after the match and criticised the referee."
    assert extract_text(text, "en") == []
    extra = tmp_path / "sport.yaml"
    extra.write_text("topic_markers: [coach]\n", encoding="utf-8")
    doc = Document(id="s", text=text, lang="en")
    found = RuleExtractor(lexicon=str(extra)).extract(doc).statements
    assert ("Erik Hansen", "oppose") in {(s.source, s.polarity) for s in found}


def test_topic_gate_examples() -> None:
    import doctest

    from allegiance.extract import topic

    result = doctest.testmod(topic, verbose=False)
    assert result.attempted > 0 and result.failed == 0


def test_punctuation_the_tagger_takes_for_a_name_is_no_actor() -> None:
    """The English tagger reads "§" before a line break as an organisation; a name needs a
    letter or a digit (an empty name once raised IndexError in the anaphor lookup)."""
    text = "sagte sie § \n criticised » of kritisierte “ „ " + "X" * 300
    result = RuleExtractor().extract(Document(id="junk", text=text, lang="en"))
    assert all(any(ch.isalnum() for ch in a.name) for a in result.actors)


def test_offsets_exact_with_umlauts_quotes_and_emoji() -> None:
    text = (
        "🚀🇩🇪 „Das Gesetz ist gut“, sagte Jürgen Müller. « Ça va » 😀 "
        "Die Ärztekammer Süd lehnt das Heizungsgesetz ab."
    )
    sts = extract_text(text, "de")
    assert any(s.source == "Ärztekammer Süd" and s.target == "Heizungsgesetz" for s in sts)
    check_offsets(text, "de")


def test_registry_canonical_names_and_types(tmp_path: Path) -> None:
    reg = tmp_path / "registry.yaml"
    reg.write_text(
        "actors:\n  - name: Verband Nord e.V.\n"
        "    type: organization\n    aliases: [Nordverband]\n",
        encoding="utf-8",
    )
    ex = RuleExtractor(registry=str(reg))
    result = ex.extract(
        Document(id="d", text="Der Nordverband kritisierte die Rentenreform scharf.", lang="de")
    )
    assert ("Verband Nord e.V.", "Rentenreform", "oppose") in {
        (s.source, s.target, s.polarity) for s in result.statements
    }


def test_user_lexicon_extends_cue_words(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("verbs:\n  umjubeln: {polarity: support}\n", encoding="utf-8")
    text = "Die Ministerin Eva Kohl umjubelte das Heizungsgesetz."
    assert not any(s.polarity == "support" for s in extract_text(text, "de"))
    result = RuleExtractor(lexicon=str(extra)).extract(Document(id="d", text=text, lang="de"))
    assert ("Eva Kohl", "Heizungsgesetz", "support") in {
        (s.source, s.target, s.polarity) for s in result.statements
    }
    assert "umjubeln" in load_lexicon("de", str(extra)).verbs


def test_rule_extractor_satisfies_the_protocol() -> None:
    assert isinstance(RuleExtractor(), Extractor)
    assert isinstance(Registry(), Registry)


def test_statement_output_format() -> None:
    st = extract_text(
        "Mayor Lena Ortiz praised the Harbor Renewal Act.", "en", doc_id="a1", date="2025-01-02"
    )[0]
    d = st.to_dict()
    assert d["doc_id"] == "a1" and d["date"] == "2025-01-02"
    assert d["source"] == {"name": "Lena Ortiz", "type": "person"}
    assert d["target"] == {"name": "Harbor Renewal Act", "kind": "concept"}
    assert 0 < d["confidence"] <= 1
    json.dumps(d)


def test_lexicon_words_are_not_yaml_booleans() -> None:
    # YAML 1.1 reads on/no/off/yes as booleans; in a cue lexicon they are words
    en = load_lexicon("en")
    assert "on" in en.verbs["turn"].prep
    assert "no" in en.negation
    assert en.verbs["turn"].needs_prep is True
    found = triples("Union leader Dana Ruiz has turned on Governor Alan Price.", "en")
    assert ("Dana Ruiz", "Alan Price", "oppose") in found


def test_object_pronouns_resolve_to_the_person_spoken_of() -> None:
    en = triples(
        "Senator Ana Ruiz backed the Farm Credit Act. Governor Tim Hale thanked her on Monday.",
        "en",
    )
    assert ("Tim Hale", "Ana Ruiz", "support") in en
    de = triples(
        "Ministerin Eva Kohl stellte das Heizungsgesetz vor. Verbandschef Jan Brink warf ihr "
        "vor, die Mieter zu vergessen.",
        "de",
    )
    assert ("Jan Brink", "Eva Kohl", "oppose") in de


def test_a_mistyped_lexicon_key_is_an_error(tmp_path: Path) -> None:
    extra = tmp_path / "typo.yaml"
    extra.write_text("verbz:\n  umjubeln: {polarity: support}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="verbz"):
        load_lexicon("de", str(extra))


def test_pronouns_resolve_to_a_person_of_matching_gender() -> None:
    got = triples(
        "Harbour chief Mara Lind praised Governor Daniel Roe on Monday. "
        "He later criticised the Dock Workers Union.",
        "en",
    )
    assert ("Daniel Roe", "Dock Workers Union", "oppose") in got
    assert ("Mara Lind", "Dock Workers Union", "oppose") not in got
    got = triples(
        "Ministerin Eva Korn lobte Landrat Jan Beck. Er kritisierte später den Verband Nordholz.",
        "de",
    )
    assert ("Jan Beck", "Verband Nordholz", "oppose") in got


def test_announcing_ones_own_resignation_or_a_hedged_verdict_takes_no_side() -> None:
    got = triples("Minister Jan Rehm kündigte seinen Rücktritt an. Er dankte allen.", "de")
    assert not any(p in ("support", "oppose") for _, _, p in got)
    got = triples(
        "Die Gewerkschaft Nordpolizei hält ein Tempolimit für „diskussionswürdig“, legt sich "
        "aber nicht fest.",
        "de",
    )
    assert not any(p in ("support", "oppose") for _, _, p in got)


def test_urging_someone_to_act_is_no_support_for_them() -> None:
    got = triples("The Taxpayers League urged the county to recover the money.", "en")
    assert not any(t[1] in ("county", "the county") and t[2] == "support" for t in got)


def test_every_corpus_document_extracts_with_exact_offsets() -> None:
    """Our annotated German and English fixtures run through extraction (the German rules read a
    document without a dependency parse; walking a tree there once crashed the process)."""
    corpus = Path(__file__).parent / "fixtures" / "corpus"
    extractor = RuleExtractor()
    for name in ("dev3.jsonl", "dev.jsonl"):
        for line in (corpus / name).read_text("utf-8").splitlines():
            raw = json.loads(line)
            doc = Document(id=raw["id"], text=raw["text"], lang=raw["lang"])
            for st in extractor.extract(doc).statements:
                assert raw["text"][st.evidence.start : st.evidence.end] == st.evidence.text


def test_indefinite_groups_are_not_the_organisation_named_before() -> None:
    got = triples(
        "Der Sportverband Süd plant eine Reform. Der Plan wurde von mehreren Vereinen kritisiert.",
        "de",
    )
    assert not any(src == "Sportverband Süd" and p == "oppose" for src, _, p in got)


def test_a_stance_noun_describing_an_actor_is_no_stance() -> None:
    got = triples("The opposition Labour Party met on Monday to discuss the permit.", "en")
    assert not any(p == "oppose" for _, _, p in got)


def test_conditional_consent_takes_no_side() -> None:
    got = triples(
        "Die Stadt plant die Gebührenerhöhung. Die Grünen wollen der Vorlage nur zustimmen, wenn "
        "Geringverdiener befreit werden.",
        "de",
    )
    assert ("Grüne", "Gebührenerhöhung", "support") not in got


def test_contrastive_dagegen_is_no_side() -> None:
    got = triples(
        "Der Senat plant die Rentenreform. Der Arbeitnehmerbund Nord begrüßte die Rentenreform "
        "dagegen und forderte mehr.",
        "de",
    )
    assert ("Arbeitnehmerbund Nord", "Rentenreform", "support") in got
    assert ("Arbeitnehmerbund Nord", "Rentenreform", "oppose") not in got


def test_coordinated_subjects_are_not_each_others_target() -> None:
    got = triples("SPD und Grüne unterstützen das Wohngesetz.", "de")
    assert ("SPD", "Wohngesetz", "support") in got and ("Grüne", "Wohngesetz", "support") in got
    assert ("SPD", "Grüne", "support") not in got


def test_english_institution_named_only_by_its_kind() -> None:
    text = (
        "The council approved the parking charge increase. "
        "The Conservative group voted against the increase."
    )
    found = triples(text, "en")
    assert ("Conservative group", "parking charge increase", "oppose") in found
    # an apposed name wins over the description
    text = "Omar Siddiqui won the endorsement of the largest union, the General Workers Federation."
    sources = {s.source for s in extract_text(text, "en")}
    assert "largest union" not in sources


def test_plan_to_introduce_names_what_it_introduces() -> None:
    text = (
        "The league unveiled a plan to introduce a salary cap in the second tier. "
        "Coach Graham Tully defended the plan."
    )
    targets = {s.target for s in extract_text(text, "en")}
    assert targets == {"salary cap"}


def test_a_cue_word_written_twice_in_a_lexicon_is_an_error(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "verbs:\n  umjubeln: {polarity: support}\n  umjubeln: {polarity: oppose}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="defined twice"):
        load_lexicon("de", str(extra))


def test_mentions_stay_in_text_order_whatever_order_rules_add_them() -> None:
    """Rules add mentions while reading cues, anywhere in the text; helpers that walk the list
    backwards to find the nearest mention before a token rely on text order."""
    from allegiance.extract.mentions import DocEntities, Entity, Mention

    ents = DocEntities()
    a, b, c = (Entity(name=n, kind="actor", type="person") for n in ("A", "B", "C"))
    for m in (Mention(10, 12, a), Mention(2, 3, b), Mention(5, 7, c), Mention(6, 8, a)):
        ents.add(m)
    assert [(m.start, m.entity.name) for m in ents.mentions] == [(2, "B"), (5, "C"), (10, "A")]
    assert [m.entity.name for m in ents.in_range(0, 9)] == ["B", "C"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Kreistag will ein Verbot von Laubbläsern beschließen. "
            "Der Gartenbauverband kritisiert das Laubbläserverbot.",
            ("Gartenbauverband", "Verbot von Laubbläsern", "oppose"),
        ),
        (
            "Die Regierung plant eine Erbschaftsteuerreform. "
            "Der Familienbund begrüßt die Reform der Erbschaftsteuer.",
            ("Familienbund", "Erbschaftsteuerreform", "support"),
        ),
    ],
)
def test_compound_and_analytic_names_are_one_issue(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(text, "de")
    assert expected in found
    assert len({t for _, t, _ in found}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Landesregierung plant eine Reform der Grundsteuer. "
            "Sie lehne die Reform ab, sagte die Abgeordnete Petra Lindner.",
            ("Petra Lindner", "Reform der Grundsteuer", "oppose"),
        ),
        (
            "Die Landesregierung plant eine Reform der Grundsteuer. "
            "Man lehne die Reform entschieden ab, erklärte der Mieterbund.",
            ("Mieterbund", "Reform der Grundsteuer", "oppose"),
        ),
        (
            "Der Kreistag plant ein Verbot von Laubbläsern. "
            "Man werde das Verbot unterstützen, hieß es beim Naturschutzbund.",
            ("Naturschutzbund", "Verbot von Laubbläsern", "support"),
        ),
    ],
)
def test_a_reported_clauses_own_pronoun_means_its_speaker(
    text: str, expected: tuple[str, str, str]
) -> None:
    """ "Sie lehne die Reform ab, sagte X": not the government named before, but X."""
    found = triples(text, "de")
    assert expected in found
    assert not any(s in ("Landesregierung", "Kreistag") for s, _, p in found if p == "oppose")


def test_a_council_is_not_the_association_spoken_of() -> None:
    found = triples(
        "Der Stadtrat will ein Verbot von Laubbläsern beschließen. "
        "Das Verbot sei ein Fehler, sagte der Verband.",
        "de",
    )
    assert ("Stadtrat", "Verbot von Laubbläsern", "oppose") not in found


def test_reported_speech_evidence_starts_at_its_own_clause() -> None:
    text = (
        "Der Kreistag will ein Verbot von Laubbläsern beschließen. "
        "Die Pläne seien ein Fehler, sagte der Chef der Gärtnerei Grünwerk, Ralf Zimmermann."
    )
    (s,) = [s for s in extract_text(text, "de") if s.source == "Ralf Zimmermann"]
    assert s.evidence.text.startswith("Die Pläne seien ein Fehler")


def test_the_person_in_apposition_speaks_not_the_organisation_in_the_genitive() -> None:
    """ "Der Chef der Imbisskette Burger Eck, Ralf Zimmermann, lehnt … ab": Zimmermann."""
    found = triples(
        "Der Kreistag will ein Verbot von Laubbläsern beschließen. "
        "Der Chef der Gartenfirma Grünwerk, Ralf Zimmermann, lehnt die Pläne ab.",
        "de",
    )
    assert ("Ralf Zimmermann", "Verbot von Laubbläsern", "oppose") in found
    assert not any(s == "Grünwerk" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The Harbor Workers Union said it was "deeply disappointed" in Rep. Owen Castillo.',
            ("Harbor Workers Union", "Owen Castillo", "oppose"),
        ),
        (
            "The council plans a congestion tax. "
            "The Harbor Workers Union said it was \"frustrated\" with the tax.",
            ("Harbor Workers Union", "congestion tax", "oppose"),
        ),
        (
            "The council plans a congestion tax. Rep. Luis Ortega's colleague, first-term "
            "Democrat Rep. Hannah Price, said she would vote for the tax.",
            ("Hannah Price", "congestion tax", "support"),
        ),
    ],
)
def test_feelings_belong_to_actors_and_abbreviated_titles_are_no_names(
    text: str, expected: tuple[str, str, str]
) -> None:
    """ "said it was disappointed in X": "it" is the speaker, not the issue; "Rep." is a title."""
    assert expected in triples(text, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Mia Stone stopped short of endorsing the Farm Credit Act.",
        "Senator Mia Stone stopped short of opposing the Farm Credit Act.",
        "Senator Mia Stone stopped short of endorsing the Farm Credit Act, saying only that it "
        '"raises important questions."',
    ],
)
def test_stopping_short_of_a_side_is_coded_neutral(sentence: str) -> None:
    found = triples(sentence, "en")
    assert ("Mia Stone", "Farm Credit Act", "neutral") in found
    assert not {("Mia Stone", "Farm Credit Act", p) for p in ("support", "oppose")} & found


def test_an_owner_on_a_compound_is_the_one_backed() -> None:
    """ "endorsed Governor Elena Park's re-election bid": the parser hangs the owner on
    "re-election"; the bid is Park's, and backing it backs her."""
    found = triples(
        "The Service Workers Union endorsed Governor Elena Park's re-election bid on Friday.", "en"
    )
    assert ("Service Workers Union", "Elena Park", "support") in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Der Kreistag plant ein Verbot von Laubbläsern. Der Vorsitzende des Seniorenbeirats, "
            "Gerhard Wolf, hält das Verbot für „gut gemeint, aber schlecht gemacht“.",
            "de",
            ("Gerhard Wolf", "Verbot von Laubbläsern", "oppose"),
        ),
        (
            "Der Kreistag plant ein Verbot von Laubbläsern. Nicht nur ökologisch, sondern auch "
            "wirtschaftlich sei das Verbot sinnvoll, sagte Stadtwerke-Chef Frank Albers.",
            "de",
            ("Frank Albers", "Verbot von Laubbläsern", "support"),
        ),
        (
            "The council plans a congestion tax. Senator Ruth Calloway called the tax "
            '"right in principle but wrong in practice."',
            "en",
            ("Ruth Calloway", "congestion tax", "oppose"),
        ),
    ],
)
def test_the_contrast_decides_and_not_only_negates_nothing(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Tourismusverband zeigt sich vom Verbot wenig begeistert.",
        "Vom Verbot zeigt sich der Tourismusverband Harzer Land wenig begeistert.",
    ],
)
def test_little_enthusiasm_is_opposition(sentence: str) -> None:
    found = triples("Der Kreistag plant ein Verbot von Laubbläsern. " + sentence, "de")
    sides = {p for s, t, p in found if s.startswith("Tourismusverband")}
    assert sides == {"oppose"}


def test_professions_and_academic_titles_before_a_name_are_no_issue_or_barrier() -> None:
    """ "von der Kinderärztin Dr. Miriam Adler": the agent of a passive; "Prof." is no issue."""
    opening = "Der Kreistag plant ein Verbot von Laubbläsern. "
    found = triples(
        opening + "Das Verbot wird auch von der Kinderärztin Dr. Miriam Adler unterstützt.", "de"
    )
    assert ("Miriam Adler", "Verbot von Laubbläsern", "support") in found
    found = triples(
        opening + "Ob das Verbot etwas bringe, bezweifelt der Experte Prof. Dieter Sauer.", "de"
    )
    assert not any(t == "Prof." for _, t, _ in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ob das Verbot etwas bringe, bezweifelt der Experte Dieter Sauer.",
            ("Dieter Sauer", "Verbot von Laubbläsern", "oppose"),
        ),
        (
            "Dass das Verbot kommt, begrüßt der Naturschutzbund.",
            ("Naturschutzbund", "Verbot von Laubbläsern", "support"),
        ),
    ],
)
def test_a_fronted_object_clause_holds_the_target(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = triples("Der Kreistag plant ein Verbot von Laubbläsern. " + sentence, "de")
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Senator Harold Brennan threw cold water on the tax.",
            ("Harold Brennan", "congestion tax", "oppose"),
        ),
        (
            "Senator Harold Brennan's repeated attacks on the Clean Air Alliance have won him few "
            "friends.",
            ("Harold Brennan", "Clean Air Alliance", "oppose"),
        ),
        (
            "Senator Maria Delgado shot back at Lisa Chu, calling her claims false.",
            ("Maria Delgado", "Lisa Chu", "oppose"),
        ),
        (
            "The Water Standards Authority praised Severnside Water for the tax plan.",
            ("Water Standards Authority", "Severnside Water", "support"),
        ),
    ],
)
def test_english_idioms_and_names_ending_in_a_stance_word(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples("The council plans a congestion tax. " + sentence, "en")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Der Finanzinvestor Northgate Capital plant die Übernahme. "
            "Der Betriebsrat kritisiert den Deal.",
            "de",
            ("Betriebsrat", "Übernahme", "oppose"),
        ),
        (
            "Ridgeway Health announced a merger with Calder Care. "
            "The Nurses Alliance criticised the takeover.",
            "en",
            ("Nurses Alliance", "merger", "oppose"),
        ),
    ],
)
def test_words_for_one_deal_refer_to_it(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, lang)


def test_a_kind_of_company_in_the_genitive_is_no_part_of_its_name() -> None:
    text = "Die IG Metall kritisiert den Vorstand des Maschinenbauers Kessler Antriebe AG."
    actors = {a.name for a in RuleExtractor().extract(Document(id="d", text=text)).actors}
    assert "Kessler Antriebe AG" in actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung plant eine Reform der Grundsteuer. "
            "Der Mieterbund kritisiert die Reformpläne.",
            ("Mieterbund", "Reform der Grundsteuer", "oppose"),
        ),
        (
            "Northgate Capital plant die Übernahme. Der Betriebsrat kritisiert das "
            "Übernahmeangebot.",
            ("Betriebsrat", "Übernahme", "oppose"),
        ),
        (
            "Northgate Capital plant die Übernahme. Die IG Metall kündigte Widerstand gegen den "
            "Verkauf an.",
            ("IG Metall", "Übernahme", "oppose"),
        ),
    ],
)
def test_plans_and_offers_of_an_issue_are_that_issue(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(text, "de")
    assert expected in found
    assert len({t for _, t, _ in found}) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Vorstand wies das Interesse der Hanse Holding als „nicht belastbar“ zurück.",
            ("Vorstand", "Hanse Holding", "oppose"),
        ),
        (
            "Die Hanse Holding hält an dem Angebot fest und sieht keinen Anlass zur Eile.",
            ("Hanse Holding", "Übernahme", "support"),
        ),
    ],
)
def test_a_negation_of_something_else_does_not_neutralise_the_cue(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = triples("Northgate Capital plant die Übernahme. " + sentence, "de")
    assert expected in found


def test_a_negated_cue_is_still_neutral() -> None:
    found = triples(
        "Northgate Capital plant die Übernahme. Die IG Metall unterstützt die Übernahme nicht "
        "und fordert Nachbesserungen.",
        "de",
    )
    assert ("IG Metall", "Übernahme", "support") not in found


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "Landrat Bernd Kuhlmann plant die Schließung der Grundschule Moorbach-Ost.",
            "Schließung der Grundschule Moorbach-Ost",
        ),
        (
            "Die Regierung plant die Auflösung der Pflegekammer Westmark.",
            "Auflösung der Pflegekammer Westmark",
        ),
    ],
)
def test_an_issue_in_the_genitive_keeps_the_name_after_its_noun(text: str, issue: str) -> None:
    assert issue in {t for _, t, _ in triples(text, "de")}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "Mayor Ann Lee criticised the closure of the Elm Street library.",
            "closure of the Elm Street library",
        ),
        (
            "Mayor Ann Lee criticised the sale of the Port of Carrick.",
            "sale of the Port of Carrick",
        ),
    ],
)
def test_an_action_on_a_named_thing_keeps_the_thing_whole(text: str, issue: str) -> None:
    assert ("Ann Lee", issue, "oppose") in triples(text, "en")


def test_a_feminine_relative_pronoun_is_its_antecedents_subject() -> None:
    found = triples(
        "Northgate Capital plant die Übernahme. Der Analyst Jens Brandt verwies auf Äußerungen "
        "von Helga Kessler, die den Deal offenbar ablehnt.",
        "de",
    )
    assert ("Helga Kessler", "Übernahme", "oppose") in found
    assert ("Jens Brandt", "Übernahme", "oppose") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # a company's board is an actor of its own, as the gold-style sets code it
            "The Ridgeway Health board gave the green light to the acquisition.",
            ("Ridgeway Health board", "merger", "support"),
        ),
        (
            "Union leader Denise Harlan has made no secret of her hostility to the merger.",
            ("Denise Harlan", "merger", "oppose"),
        ),
        (
            "Karen Voss's enthusiasm for the deal was on full display on Tuesday.",
            ("Karen Voss", "merger", "support"),
        ),
        (
            "Denise Harlan's latest broadside against Karen Voss came on Sunday.",
            ("Denise Harlan", "Karen Voss", "oppose"),
        ),
    ],
)
def test_english_stance_nouns_and_a_companys_board(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = triples("Ridgeway Health announced a merger with Calder Care. " + sentence, "en")
    assert expected in found


def test_the_regulator_is_not_the_company_named_before() -> None:
    found = triples(
        "Ridgeway Health announced a merger with Calder Care. "
        "The regulator gave its blessing to the deal.",
        "en",
    )
    assert ("Calder Care", "merger", "support") not in found


def test_a_first_person_quote_that_would_stop_the_issue_opposes_it() -> None:
    found = triples(
        "Ridgeway Health announced a merger with Calder Care. Maria Delgado said: "
        '"We will do everything in our power to stop this merger."',
        "en",
    )
    assert ("Maria Delgado", "merger", "oppose") in found


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "Ridgeway Health announced a merger with Calder Care. "
            "The Federal Trade Commission declined to comment on the transaction.",
            "en",
            ("Federal Trade Commission", "merger"),
        ),
        (
            "Ridgeway Health announced a merger with Calder Care. Governor Ellen Strand said "
            'she had not yet taken a position on the merger, though she called it "worrying."',
            "en",
            ("Ellen Strand", "merger"),
        ),
        (
            "Ridgeway Health announced a merger with Calder Care. "
            "The Nurses Alliance has yet to take a stance on the merger.",
            "en",
            ("Nurses Alliance", "merger"),
        ),
        (
            "Northgate Capital plant die Übernahme. "
            "Die Verbraucherzentrale wollte sich zu dem Vorhaben zunächst nicht äußern.",
            "de",
            ("Verbraucherzentrale", "Übernahme"),
        ),
        (
            "Northgate Capital plant die Übernahme. "
            "Stadträtin Karin Morgenstern ist nach eigenen Worten noch unentschlossen.",
            "de",
            ("Karin Morgenstern", "Übernahme"),
        ),
    ],
)
def test_saying_one_takes_no_side_is_coded_neutral(
    text: str, lang: str, pair: tuple[str, str]
) -> None:
    found = triples(text, lang)
    assert (*pair, "neutral") in found
    assert not {(*pair, "support"), (*pair, "oppose")} & found


def test_taking_a_clear_position_is_no_neutral_statement() -> None:
    found = triples(
        "Ridgeway Health announced a merger with Calder Care. "
        "The Nurses Alliance took a clear position on the merger.",
        "en",
    )
    assert ("Nurses Alliance", "merger", "neutral") not in found


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Der Mieterbund plant eine Kundgebung gegen das Verbot.", "oppose"),
        ("Der Mieterbund organisiert eine Demonstration für das Verbot.", "support"),
        ("Der Mieterbund rief zu einer Kundgebung für das Verbot auf.", "support"),
    ],
)
def test_a_rally_for_or_against_the_issue_takes_that_side(sentence: str, polarity: str) -> None:
    found = triples("Der Kreistag plant ein Verbot von Laubbläsern. " + sentence, "de")
    assert {p for s, _, p in found if s == "Mieterbund"} == {polarity}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Verbot sei ein wichtiges Signal, erklärte die Sprecherin des BUND Harz, Laura Heine.",
        "Das Verbot sei „ein wichtiges Signal“, so der Sprecher des BUND Harz, Laura Heine.",
    ],
)
def test_the_spokesperson_named_in_apposition_speaks(sentence: str) -> None:
    found = triples("Der Kreistag plant ein Verbot von Laubbläsern. " + sentence, "de")
    assert ("Laura Heine", "Verbot von Laubbläsern", "support") in found
    assert not any(s == "BUND Harz" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "State lawmakers are debating the Data Broker Act. Although the Harbor Union "
            "criticised the bill, it backed the act in the final vote.",
            "en",
            ("Harbor Union", "Data Broker Act", "support"),
        ),
        (
            "Die Landesregierung plant eine Reform der Grundsteuer. Zwar lobte der Mieterbund "
            "die Reform, doch lehnte er sie am Ende ab.",
            "de",
            ("Mieterbund", "Reform der Grundsteuer", "oppose"),
        ),
    ],
)
def test_a_side_in_a_conceded_clause_yields_to_the_main_clause(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    found = {(s, t, p) for s, t, p in triples(text, lang) if s == expected[0]}
    assert found == {expected}


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ('"This deal will give patients better care at a lower cost," Karen Voss said.', "support"),
        ('"This deal means fewer jobs and less care," Karen Voss said.', "oppose"),
    ],
)
def test_less_of_a_thing_turns_its_value_around(quote: str, polarity: str) -> None:
    found = triples("Ridgeway Health announced a merger with Calder Care. " + quote, "en")
    assert ("Karen Voss", "merger", polarity) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Abgeordnete Anja Kröger ließ kein gutes Haar an Ministerin Claudia Behrens.",
            ("Anja Kröger", "Claudia Behrens", "oppose"),
        ),
        (
            "Northgate Capital sprach Martin Albrecht ausdrücklich das Vertrauen aus.",
            ("Northgate Capital", "Martin Albrecht", "support"),
        ),
        (
            "Aufsichtsratschef Gerhard Vogt empfahl den Aktionären, die Übernahme anzunehmen.",
            ("Gerhard Vogt", "Übernahme", "support"),
        ),
    ],
)
def test_german_idioms_of_trust_scorn_and_advice(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples("Northgate Capital plant die Übernahme. " + sentence, "de")


def test_an_association_is_not_the_company_named_before() -> None:
    found = triples(
        "Der Finanzinvestor Northgate Capital plant die Übernahme. "
        "Der Verband kritisiert die Übernahme scharf.",
        "de",
    )
    assert not any(s == "Northgate Capital" and p == "oppose" for s, _, p in found)


def test_a_persons_it_in_reported_speech_is_the_issue() -> None:
    found = triples(
        "Ridgeway Health announced a merger with Calder Care. Karen Voss said some nurses were "
        "anxious, but insisted it would create hundreds of jobs.",
        "en",
    )
    assert ("Karen Voss", "merger", "support") in found


def test_a_verb_of_praise_or_blame_decides_a_plain_quotation() -> None:
    found = triples(
        "Vorstandschef Martin Albrecht äußerte sich am Montag. „Albrecht hat das Maximum "
        "herausgeholt“, lobte der Analyst Jens Brandt.",
        "de",
    )
    assert ("Jens Brandt", "Martin Albrecht", "support") in found


def test_a_word_for_a_kind_of_company_names_the_company_introduced_so() -> None:
    found = triples(
        "Der Finanzinvestor Northgate Capital plant die Übernahme. Analyst Lutz Hagemann äußerte "
        "sich. Minister Stefan Hollmann begrüßte das Engagement des Finanzinvestors.",
        "de",
    )
    assert ("Stefan Hollmann", "Northgate Capital", "support") in found
    assert ("Stefan Hollmann", "Lutz Hagemann", "support") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Zwar sei Müllvermeidung ein berechtigtes Anliegen, doch das Verbot schieße weit über "
        "das Ziel hinaus, sagte Handelsverbandschef Georg Winkler.",
        "Pfarrer Georg Winkler sagte, er wolle sich in der Debatte um das Verbot auf keine Seite "
        "schlagen.",
    ],
)
def test_a_conceded_merit_or_taking_no_side_gives_no_support(sentence: str) -> None:
    found = triples("Der Kreistag plant ein Verbot von Laubbläsern. " + sentence, "de")
    assert ("Georg Winkler", "Verbot von Laubbläsern", "support") not in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Die Landesregierung plant eine Reform der Grundsteuer. Der Mieterbund kritisiert die "
            "Reform scharf. In dasselbe Horn stößt die Sozialdemokratin Greta Sander.",
            "de",
            ("Greta Sander", "Reform der Grundsteuer", "oppose"),
        ),
        (
            "The council plans a congestion tax. The Retail Association criticised the tax. "
            "Senator Ruth Calloway echoed those concerns.",
            "en",
            ("Ruth Calloway", "congestion tax", "oppose"),
        ),
    ],
)
def test_echoing_the_statement_before_takes_its_side(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, lang)


def test_the_agency_is_the_department_named_before() -> None:
    found = triples(
        "Ridgeway Health announced a merger with Calder Care. A spokesman for the Pennsylvania "
        "Department of Health said the agency took no position on the deal.",
        "en",
    )
    assert ("Pennsylvania Department of Health", "merger", "neutral") in found


def test_the_named_source_in_apposition_after_of() -> None:
    found = triples(
        "State lawmakers are debating the Data Broker Act. The bill won the backing of the "
        "state's largest teachers' union, the Midland Education Association, on Thursday.",
        "en",
    )
    assert ("Midland Education Association", "Data Broker Act", "support") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Scharfe Kritik an Dezernent Jonas Pflüger übte der Vorsitzende des Gewerbevereins, "
            "Horst Lenz.",
            ("Horst Lenz", "Jonas Pflüger", "oppose"),
        ),
        (
            "Lob für den Handelsverband Sachsen gab es ausgerechnet von Linken-Stadträtin Petra "
            "Lindner.",
            ("Petra Lindner", "Handelsverband Sachsen", "support"),
        ),
    ],
)
def test_a_stance_noun_finds_its_named_source_further_on(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples("Der Kreistag plant ein Verbot von Laubbläsern. " + sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Pläne stoßen beim Gastgewerbeverband Harz auf wenig Gegenliebe.",
            ("Gastgewerbeverband Harz", "Reform der Grundsteuer", "oppose"),
        ),
        (
            "Die Reform findet beim Handelsverband Harz kaum Zustimmung.",
            ("Handelsverband Harz", "Reform der Grundsteuer", "oppose"),
        ),
        (
            "Steuerberater Wilhelm Frerichs: Die Reform ist „handwerklich missglückt“.",
            ("Wilhelm Frerichs", "Reform der Grundsteuer", "oppose"),
        ),
    ],
)
def test_little_approval_and_a_speaker_before_a_colon(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = triples("Die Landesregierung plant eine Reform der Grundsteuer. " + sentence, "de")
    assert expected in found
    assert (expected[0], expected[1], "support") not in found


def test_the_person_in_apposition_to_an_object_noun_is_the_target() -> None:
    found = triples(
        "Die Landesregierung plant eine Reform der Grundsteuer. Der Abgeordnete Uwe Schröder "
        "kritisierte seine Parteikollegin, Finanzministerin Petra Lang, scharf.",
        "de",
    )
    assert ("Uwe Schröder", "Petra Lang", "oppose") in found
    assert not any(t == "Parteikollegin" for _, t, _ in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Die Landesregierung plant eine Reform der Grundsteuer. Die Reform sei alles andere "
            "als gerecht, sagte Gerhard Vogt.",
            "de",
            ("Gerhard Vogt", "Reform der Grundsteuer", "oppose"),
        ),
        (
            "The council plans a congestion tax. Senator Ruth Calloway said the tax was far "
            "from fair.",
            "en",
            ("Ruth Calloway", "congestion tax", "oppose"),
        ),
    ],
)
def test_anything_but_and_far_from_negate(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    found = triples(text, lang)
    assert expected in found
    assert (*expected[:2], "support") not in found


@pytest.mark.parametrize(
    ("text", "lang", "issue"),
    [
        (
            "Parliament began debating the Online Age Verification Act, a government bill that "
            "would require platforms to check ages. The Safe Childhood Trust said it would back "
            "the bill.",
            "en",
            "Online Age Verification Act",
        ),
        (
            "Der Landtag berät das Kita-Gesetz, ein umstrittenes Reformvorhaben. Die Gewerkschaft "
            "Erziehung und Wissenschaft lehnt das Vorhaben ab.",
            "de",
            "Kita-Gesetz",
        ),
    ],
)
def test_an_issue_in_indefinite_apposition_is_the_named_issue(
    text: str, lang: str, issue: str
) -> None:
    ex = RuleExtractor().extract(Document(id="d", text=text, lang=lang))
    assert [c.name for c in ex.concepts] == [issue]
    assert {s.target for s in ex.statements} == {issue}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board approved the store closures. Analyst Rosa Imbert said the store closures "
            "were a disgrace.",
            ("Rosa Imbert", "store closures", "oppose"),
        ),
        (
            # the issue named only as "the closures" takes the fuller name said later
            "Greyfield announced the closures on Monday. Analyst Rosa Imbert said the store "
            'closures were "long overdue."',
            ("Rosa Imbert", "store closures", "support"),
        ),
    ],
)
def test_an_issue_named_again_in_full_is_the_issue(
    text: str, expected: tuple[str, str, str]
) -> None:
    """ "the store closures" said again is the issue named before, not a stranger to it."""
    assert expected in triples(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Die Kultusministerkonferenz lehnt die Landarztquote ab.",
        "Die Hochschulrektorenkonferenz lehnt die Landarztquote ab.",
    ],
)
def test_standing_conferences_are_organisations(text: str) -> None:
    """ "Kultusministerkonferenz" is a body that takes sides; a "Pressekonferenz" is not."""
    assert (text.split()[1], "Landarztquote", "oppose") in triples(text, "de")
    assert not triples("Auf einer Pressekonferenz lehnte sie die Landarztquote ab.", "de") & {
        ("Pressekonferenz", "Landarztquote", "oppose")
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Transit Workers Union warned of job losses. Minister Harriet Cole said the "
            "union's fears were misplaced.",
            "en",
            ("Harriet Cole", "Transit Workers Union", "oppose"),
        ),
        (
            "The Norwegian Taxpayers' Forum published its own figures. The Lorvik Farmers' "
            "Cooperative said it would resist. Minister Ingrid Solberg dismissed the taxpayers' "
            "group's figures.",
            "en",
            ("Ingrid Solberg", "Norwegian Taxpayers' Forum", "oppose"),
        ),
        (
            "Die Gewerkschaft Verkehr warnte vor Stellenabbau. Ministerin Hanna Roth nannte die "
            "Sorgen der Gewerkschaft unbegründet.",
            "de",
            ("Hanna Roth", "Gewerkschaft Verkehr", "oppose"),
        ),
    ],
)
def test_judging_an_actors_fears_or_figures_judges_the_actor(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    """Fears, worries and figures stand for what an actor said; "the taxpayers' group" is the
    group whose name says so, not the organisation named last."""
    found = triples(text, lang)
    assert expected in found
    assert ("Ingrid Solberg", "Lorvik Farmers' Cooperative", "oppose") not in found


def test_a_phrase_the_article_repeats_names_the_issue() -> None:
    """ "die Gebührenfreiheit für Kitas", said twice, is the issue's name; said once, the
    prepositional phrase is a detail of that mention."""
    opening = "Die Landesregierung will die Gebührenfreiheit für Kitas im August einführen. "
    found = triples(opening + "Der Städtetag lehnt die Gebührenfreiheit für Kitas ab.", "de")
    assert ("Städtetag", "Gebührenfreiheit für Kitas", "oppose") in found
    once = triples("Der Städtetag lehnt die Gebührenfreiheit für Kitas ab.", "de")
    assert ("Städtetag", "Gebührenfreiheit", "oppose") in once
    # an issue word found by its ending ("-bremse") is named the same way
    opening = "Die Landesregierung plant eine Mietpreisbremse für Neubauten. "
    found = triples(opening + "Der Mieterbund begrüßt die Mietpreisbremse für Neubauten.", "de")
    assert ("Mieterbund", "Mietpreisbremse für Neubauten", "support") in found


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("The government announced a soft drinks levy on Monday. ", "soft drinks levy"),
        # an adjective that dates or judges the issue is no part of its name
        ("The government announced a new drinks levy on Monday. ", "drinks levy"),
        ("The government announced a disastrous drinks levy on Monday. ", "drinks levy"),
        ("The government announced a short-term drinks levy on Monday. ", "short-term drinks levy"),
        # a duration or amount is no kind
        ("The government announced a 12-month drinks levy on Monday. ", "drinks levy"),
    ],
)
def test_an_issue_keeps_the_kind_its_first_mention_gives_it(opening: str, name: str) -> None:
    text = opening + "The Beverage Makers Association opposed the drinks levy."
    assert ("Beverage Makers Association", name, "oppose") in triples(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Mayor Gordon Pryce has long been close to the Hosts Alliance.",
            "en",
            ("Gordon Pryce", "Hosts Alliance", "support"),
        ),
        (
            "Der Mieterbund Lindenau steht der SPD nahe.",
            "de",
            ("Mieterbund Lindenau", "SPD", "support"),
        ),
    ],
)
def test_being_close_to_an_actor_is_an_alliance(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(text, lang)


def test_being_close_to_a_deal_takes_no_side() -> None:
    """ "close to a deal", "close to collapse": near a thing, on no side of it."""
    text = "The Harbor Workers Union said it was close to a deal with Castor Freight."
    assert not {t for t in triples(text, "en") if t[1] != "Castor Freight"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Mieterbund stellte sich auf die Seite des Städtetags.",
            ("Mieterbund", "Städtetag", "support"),
        ),
        (
            "Die Partei Neue Mitte stehe an der Seite des Außenministers Konrad Weidlich, sagte "
            "Heike Brauer.",
            ("Partei Neue Mitte", "Konrad Weidlich", "support"),
        ),
    ],
)
def test_whose_side_in_the_genitive(text: str, expected: tuple[str, str, str]) -> None:
    """ "auf die Seite des Städtetags": the genitive after "Seite" is whose side is taken."""
    assert expected in triples(text, "de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council approved the Green Roof Tax on Monday. The Harbour Traders Guild "
            "opposed the tax.",
            ("Harbour Traders Guild", "Green Roof Tax", "oppose"),
        ),
        (
            "The council approved the Harbour Tariff on Monday. The Harbour Traders Guild "
            "opposed the tariff.",
            ("Harbour Traders Guild", "Harbour Tariff", "oppose"),
        ),
    ],
)
def test_a_titled_tax_or_tariff_is_an_issue_not_an_organisation(
    text: str, expected: tuple[str, str, str]
) -> None:
    result = RuleExtractor().extract(Document(id="t", text=text, lang="en"))
    assert expected in {(s.source, s.target, s.polarity) for s in result.statements}
    assert expected[1] not in {a.name for a in result.actors}


def test_a_verdict_noun_is_not_the_issue_it_judges() -> None:
    """ "nannte das eine Katastrophe": "Katastrophe" is the verdict, not an issue; with no issue
    named before, there is nothing to take a side on."""
    text = "Die Regierung erhöhte die Gebühren. Sprecherin Aisha Rahman nannte das ein Desaster."
    assert not {t for t in triples(text, "de") if t[1] == "Desaster"}


def test_a_watch_is_an_organisation() -> None:
    """ "Human Rights Watch", "Shoreline Watch": a watch group named so is an actor."""
    found = triples("Human Rights Watch criticised the Data Retention Act.", "en")
    assert ("Human Rights Watch", "Data Retention Act", "oppose") in found


@pytest.mark.parametrize(
    "sentence",
    [
        'Emma Rhodes, of the Asthma Parents Network, said she was "thrilled" by the tax.',
        '"We back it," said Jo Marsh, of the Clean Streets Trust.',
        '"We back it wholeheartedly," said Jo Marsh of the Clean Streets Trust.',
    ],
)
def test_quoted_feelings_and_short_quotes_after_an_affiliation(sentence: str) -> None:
    """A feeling in scare quotes still names its cause with "by"; a short quotation is not
    about the speaker's own organisation, named after "of" (with or without commas)."""
    found = triples("The council plans a congestion tax. " + sentence, "en")
    speaker = sentence.split(",")[0].strip('"') if sentence.startswith("Emma") else "Jo Marsh"
    assert (speaker, "congestion tax", "support") in found
    assert not {t for t in found if t[1] in ("Clean Streets Trust", "Asthma Parents Network")}


def test_an_affiliation_set_off_by_commas() -> None:
    result = RuleExtractor().extract(
        Document(id="t", text="Emma Rhodes, of the Asthma Parents Network, said no.", lang="en")
    )
    assert [(a.actor, a.organization) for a in result.affiliations] == [
        ("Emma Rhodes", "Asthma Parents Network")
    ]


def test_dismissing_the_warnings_of_someone_opposes_them() -> None:
    text = (
        "The council plans a congestion tax. Councillor Hannah Boyd dismissed the warnings of "
        'bakery owner Tony Gallagher as "scaremongering."'
    )
    assert ("Hannah Boyd", "Tony Gallagher", "oppose") in triples(text, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "The levy is a disaster, according to a statement from the Urban Health Institute.",
        "The levy is a disaster, according to a spokeswoman for the Urban Health Institute.",
    ],
)
def test_according_to_a_statement_from_an_organisation(sentence: str) -> None:
    found = triples("The council plans a congestion tax. " + sentence, "en")
    assert ("Urban Health Institute", "congestion tax", "oppose") in found


def test_according_to_an_unattributed_report_names_no_speaker() -> None:
    text = "The council plans a congestion tax. According to the report, the plan is a disaster."
    assert not triples(text, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Vorwürfe des Betriebsrats seien „schlicht falsch“, sagte Vorstandschef Martin "
        "Albrecht.",
        "Vorstandschef Martin Albrecht sagte, die Kritik des Betriebsrats sei unbegründet.",
    ],
)
def test_a_verdict_on_what_an_actor_said_judges_the_actor(sentence: str) -> None:
    """A reported verdict on "die Kritik des Betriebsrats" is a verdict on the Betriebsrat (a
    genitive after other nouns stays out: "Eine Zerschlagung des Konzerns gefährde …")."""
    opening = "Der Finanzinvestor Northgate Capital plant die Übernahme der Kessler AG. "
    assert ("Martin Albrecht", "Betriebsrat", "oppose") in triples(opening + sentence, "de")


def test_the_claims_of_an_actor_are_the_actors() -> None:
    text = (
        "The council plans a congestion tax. Minister Ann Cole said the claims of the Harbour "
        "Traders Guild were wrong."
    )
    assert ("Ann Cole", "Harbour Traders Guild", "oppose") in triples(text, "en")


def test_keeping_ones_own_stance_names_no_issue() -> None:
    """ "hält an ihrem Widerstand fest": no issue called "Widerstand" that the union backs."""
    text = (
        "Die Landesregierung plant eine Reform der Grundsteuer. Die IG Metall hält an ihrem "
        "Widerstand fest."
    )
    assert not {t for t in triples(text, "de") if t[1] == "Widerstand"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Der Finanzinvestor Northgate Capital plant die Übernahme. „Northgate ist eine "
            "Heuschrecke“, sagte die Abgeordnete Anja Kröger.",
            "de",
            ("Anja Kröger", "Northgate Capital", "oppose"),
        ),
        (
            "The council plans a congestion tax. Councillor Grace Lin said the tax was daylight "
            "robbery.",
            "en",
            ("Grace Lin", "congestion tax", "oppose"),
        ),
    ],
)
def test_pejoratives_judge(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


def test_a_verdict_word_written_with_a_hyphen() -> None:
    """ "a rip-off": the lexicon's hyphenated words match though the tokenizer splits them."""
    text = "The council plans a congestion tax. Councillor Grace Lin said the tax was a rip-off."
    assert ("Grace Lin", "congestion tax", "oppose") in triples(text, "en")


def test_an_organisation_span_is_cut_at_a_verb() -> None:
    """The NER tagged "The Department of Health commended Calder Care" as one organisation."""
    text = "The Department of Health commended Calder Care for its handling of the shortage."
    assert ("Department of Health", "Calder Care", "support") in triples(text, "en")


def test_called_on_someone_to_step_down() -> None:
    text = "Investor Simon Achterberg called on Martin Oduya to step down."
    assert ("Simon Achterberg", "Martin Oduya", "oppose") in triples(text, "en")
