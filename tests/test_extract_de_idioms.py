"""German ways of taking a side that news writing uses every day (project-written sentences).

Each sentence follows the same opening, so the issue under discussion is known; the test checks
the one statement the second sentence makes, and that nothing contradicts it.
"""

from __future__ import annotations

import pytest

from allegiance import extract_text

OPEN = "Die Landesregierung plant eine Reform der Grundsteuer. "
REFORM = "Reform der Grundsteuer"


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(source, target, polarity) of every statement found in ``text``."""
    return {(s.source, s.target, s.polarity) for s in extract_text(text, lang)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # speaker named after the quotation without a verb
        (
            "„Diese Reform ist ein schwerer Fehler“, so Verbandschef Peter Lindner.",
            ("Peter Lindner", REFORM, "oppose"),
        ),
        ("Die Reform sei unausgegoren, hieß es beim Mieterbund.", ("Mieterbund", REFORM, "oppose")),
        (
            "Die Reform sei sozial ungerecht, kritisierte der Mieterbund.",
            ("Mieterbund", REFORM, "oppose"),
        ),
        # idioms completed later in the clause
        (
            "Der Bund der Steuerzahler läuft Sturm gegen die Reform.",
            ("Bund der Steuerzahler", REFORM, "oppose"),
        ),
        ("Der Mieterbund macht gegen die Reform mobil.", ("Mieterbund", REFORM, "oppose")),
        ("Der Mieterbund ging mit der Reform hart ins Gericht.", ("Mieterbund", REFORM, "oppose")),
        ("Der Mieterbund nahm die Reform ins Visier.", ("Mieterbund", REFORM, "oppose")),
        (
            "Der Städtetag stärkte der Ministerin Anna Roth den Rücken.",
            ("Städtetag", "Anna Roth", "support"),
        ),
        # stance nouns with light verbs, genitive sources and withholding verbs
        (
            "Die Opposition erteilte dem Vorhaben eine klare Absage.",
            ("Opposition", REFORM, "oppose"),
        ),
        ("Beim Mieterbund stößt die Reform auf Skepsis.", ("Mieterbund", REFORM, "oppose")),
        ("Die Reform findet die Zustimmung des Städtetags.", ("Städtetag", REFORM, "support")),
        ("Der Mieterbund verweigerte der Reform die Zustimmung.", ("Mieterbund", REFORM, "oppose")),
        (
            "Der Mieterbund schloss eine Zustimmung zur Reform aus.",
            ("Mieterbund", REFORM, "oppose"),
        ),
        ("Der Mieterbund legte Einspruch gegen die Reform ein.", ("Mieterbund", REFORM, "oppose")),
        # attitudes, degrees, fears, feelings
        ("Der Mieterbund ist von der Reform überzeugt.", ("Mieterbund", REFORM, "support")),
        ("Die Grünen sind mit der Reform unzufrieden.", ("Grüne", REFORM, "oppose")),
        ("Der Mieterbund hält wenig von der Reform.", ("Mieterbund", REFORM, "oppose")),
        (
            "Der Mieterbund fürchtet, die Reform werde die Mieten erhöhen.",
            ("Mieterbund", REFORM, "oppose"),
        ),
        ("Der Mieterbund freut sich über die Reform.", ("Mieterbund", REFORM, "support")),
        ("Aus Sicht des Mieterbunds ist die Reform überfällig.", ("Mieterbund", REFORM, "support")),
        ("Für den Mieterbund ist die Reform ein Fehler.", ("Mieterbund", REFORM, "oppose")),
        # relation nouns, protest verbs, pronoun objects
        ("Der Städtetag gehört zu den Befürwortern der Reform.", ("Städtetag", REFORM, "support")),
        ("Der Mieterbund demonstrierte gegen die Reform.", ("Mieterbund", REFORM, "oppose")),
        ("Der Mieterbund drängt auf die Reform.", ("Mieterbund", REFORM, "support")),
        (
            "Der Städtetag begrüßt das Vorhaben, der Mieterbund lehnt es ab.",
            ("Mieterbund", REFORM, "oppose"),
        ),
        # each passive participle has its own agent
        (
            "Die Reform wird vom Städtetag unterstützt, vom Mieterbund aber abgelehnt.",
            ("Mieterbund", REFORM, "oppose"),
        ),
        (
            "Die Reform wird vom Städtetag unterstützt, vom Mieterbund aber abgelehnt.",
            ("Städtetag", REFORM, "support"),
        ),
        # organisations by their endings, concerns registered with a light verb
        (
            "Die Landesumweltanwaltschaft hat Bedenken angemeldet.",
            ("Landesumweltanwaltschaft", REFORM, "oppose"),
        ),
        (
            "Zwischen Minister Paul Roth und Bürgermeisterin Eva Brandt schwelt der Konflikt.",
            ("Paul Roth", "Eva Brandt", "oppose"),
        ),
        (
            "Corvan-Partner Julian Brandes verteidigte die Reform.",
            ("Julian Brandes", REFORM, "support"),
        ),
        # the person after a party's title, not the party ("CDU" "-" "Fraktionschef")
        (
            "Ministerin Anna Berg wies den Vorwurf von CDU-Fraktionschef Markus Dreesen zurück.",
            ("Anna Berg", "Markus Dreesen", "oppose"),
        ),
        # a position put off until later is none yet
        (
            "Der Mieterbund will sich zur Reform erst nach der Anhörung äußern.",
            ("Mieterbund", REFORM, "neutral"),
        ),
        # "Landrat des Kreises Talheim" tagged as one name: the person is named after it
        (
            "Der Landrat des Kreises Talheim, Erwin Stöckle, lehnt die Reform ab.",
            ("Erwin Stöckle", REFORM, "oppose"),
        ),
        # a generic role ("Kommunalpolitiker") is the person last spoken of, titled or not
        (
            "Analyst Lutz Hagemann wartet ab. Bürgermeister Uwe Stöcker äußerte sich knapp. Er "
            "lehne die Reform ab, sagte der parteilose Kommunalpolitiker.",
            ("Uwe Stöcker", REFORM, "oppose"),
        ),
        # the criticism's target follows its titled author, not the clause subject
        (
            "Gemeindepräsident Ulrich Pankratz schloss sich der Kritik von "
            "Städtetag-Hauptgeschäftsführer Norbert Kaltenbach an der Reform an.",
            ("Norbert Kaltenbach", REFORM, "oppose"),
        ),
        # the frame's preposition as a pronominal adverb points at the issue
        ("Der Mieterbund rückt nun davon ab.", ("Mieterbund", REFORM, "oppose")),
        # the author of what is judged
        (
            "Annika Seifried kritisierte die Studie von Lena Ostermeyer.",
            ("Annika Seifried", "Lena Ostermeyer", "oppose"),
        ),
        (
            "Annika Seifried tat die Äußerungen von Lena Ostermeyer als Wahlkampfgetöse ab.",
            ("Annika Seifried", "Lena Ostermeyer", "oppose"),
        ),
        (
            "Der Ökonom Konrad Weilheimer gab der Abgeordneten Annika Seifried recht.",
            ("Konrad Weilheimer", "Annika Seifried", "support"),
        ),
        (
            "Ministerpräsident Jan Brandt hat die Reform zur Chefsache gemacht.",
            ("Jan Brandt", REFORM, "support"),
        ),
        (
            "Ministerin Anna Berg bedankte sich beim Mieterbund für die Unterstützung.",
            ("Anna Berg", "Mieterbund", "support"),
        ),
        # the person in apposition after a role noun's genitive speaks
        (
            "Ministerin Anna Berg warb für die Reform. Die Reform sei falsch, sagte die "
            "Präsidentin des Landesrechnungshofs, Gudrun Achterberg.",
            ("Gudrun Achterberg", REFORM, "oppose"),
        ),
        # a first-person refusal decides over a kind word elsewhere in the quotation
        (
            "„Dieser Reform kann ich mit gutem Gewissen nicht zustimmen“, sagte Verbandschef "
            "Peter Lindner.",
            ("Peter Lindner", REFORM, "oppose"),
        ),
        ("Der Mieterbund schoss sich auf die Reform ein.", ("Mieterbund", REFORM, "oppose")),
        (
            "Der Mieterbund ging gegen die Reform auf die Barrikaden.",
            ("Mieterbund", REFORM, "oppose"),
        ),
        (
            "Der Mieterbund ging für die Reform auf die Barrikaden.",
            ("Mieterbund", REFORM, "support"),
        ),
        ("Der Mieterbund hat Bauchschmerzen bei der Reform.", ("Mieterbund", REFORM, "oppose")),
    ],
)
def test_german_stance_idioms(sentence: str, expected: tuple[str, str, str]) -> None:
    found = triples(OPEN + sentence, "de")
    assert expected in found
    source, target, polarity = expected
    other = "support" if polarity == "oppose" else "oppose"
    assert (source, target, other) not in found


def test_skeptical_but_not_rejecting_is_undecided() -> None:
    text = OPEN + "Der Mieterbund zeigte sich skeptisch, lehnte die Reform aber nicht rundweg ab."
    polarities = {
        s.polarity
        for s in extract_text(text, "de")
        if s.source == "Mieterbund" and s.target == REFORM
    }
    assert polarities == {"neutral"}


def test_genitive_organisation_is_named_in_the_nominative() -> None:
    text = "Die Kritik des Mieterbunds an der Reform der Grundsteuer war deutlich."
    found = triples(text, "de")
    assert found == {("Mieterbund", REFORM, "oppose")}


def test_issue_named_with_what_it_acts_on() -> None:
    text = (
        "Der Stadtrat berät über die geplante Erhöhung der Kita-Gebühren. "
        "Die Elterninitiative Lindenhof lehnt die Erhöhung ab."
    )
    targets = {s.target for s in extract_text(text, "de")}
    assert targets == {"Erhöhung der Kita-Gebühren"}


def test_a_count_is_no_part_of_the_issue_name() -> None:
    text = "Der Anwaltsverein Oberland kritisiert die Schließung von zwölf Amtsgerichten."
    targets = {s.target for s in extract_text(text, "de")}
    assert targets == {"Schließung von Amtsgerichten"}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Der Mieterbund Lahntal fordert eine Senkung hoher Mieten.", "Senkung hoher Mieten"),
        (
            "Die Umweltgruppe Grünfeld verlangt die Abschaffung klimaschädlicher Subventionen.",
            "Abschaffung klimaschädlicher Subventionen",
        ),
    ],
)
def test_a_genitive_plural_without_article_belongs_to_the_issue_name(text: str, issue: str) -> None:
    targets = {s.target for s in extract_text(text, "de")}
    assert targets == {issue}


def test_a_relative_clause_after_an_acronym_in_brackets_speaks_for_the_named_organisation() -> None:
    text = (
        "Lob bekam die Ministerin von der Arbeitsgemeinschaft Kleiner Bäckereien (AKB), "
        "die die Abschaffung der Bonpflicht seit Jahren fordert."
    )
    on_issue = {(s, p) for s, t, p in triples(text, "de") if t == "Abschaffung der Bonpflicht"}
    assert on_issue == {("Arbeitsgemeinschaft Kleiner Bäckereien", "support")}


def test_a_demand_coordinated_after_a_criticism_keeps_its_own_object() -> None:
    text = (
        "Die Wasserwerke Lindau wollen die Gebühren kräftig erhöhen. Landrätin Ute Kramer hat "
        "die Erhöhung als „unsozial“ kritisiert und eine Überprüfung durch den Kreistag verlangt."
    )
    found = {(s, p) for s, t, p in triples(text, "de") if s == "Ute Kramer"}
    assert found == {("Ute Kramer", "oppose")}


def test_a_stance_noun_acted_upon_is_nobodys_stance() -> None:
    text = (
        "Das am Montag vorgestellte Hilfspaket sieht Kredite für Landwirte vor. Ministerin Eva "
        "Lorenz sagte, nach der Auflösung der Proteste vor dem Landtag müsse man reden."
    )
    assert not any(s == "Eva Lorenz" for s, _, _ in triples(text, "de"))


def test_a_to_be_sentence_about_an_issue_names_no_new_issue() -> None:
    text = OPEN + "Die Reform sei für kleine Betriebe nicht zu stemmen, sagte Eva Brandt."
    targets = {s.target for s in extract_text(text, "de")}
    assert targets == {REFORM}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Klinik will die Notaufnahme nachts schließen. "
            "Auch der DRK-Kreisverband warnt vor der Schließung.",
            ("DRK-Kreisverband", "oppose"),
        ),
        (
            "Das Chaletdorf spaltet den Ort. "
            "Die Liste „Lebenswertes Hinterbergen“ sammelt Unterschriften gegen das Chaletdorf.",
            ("Lebenswertes Hinterbergen", "oppose"),
        ),
        (
            "Die Gemeindevertretung will eine Übernachtungsabgabe von drei Euro pro Gast und "
            "Nacht erheben.",
            ("Gemeindevertretung", "support"),
        ),
        (
            "Die evangelische Kirchengemeinde begrüßte die geplante Sonntagsöffnung.",
            ("Kirchengemeinde", "support"),
        ),
    ],
)
def test_organisation_names_german_news_uses(text: str, expected: tuple[str, str]) -> None:
    found = {(s.source, s.polarity) for s in extract_text(text, "de")}
    assert expected in found
    targets = {s.target for s in extract_text(text, "de")}
    assert not targets & {"Nacht", "Gast", "Euro"}


def test_too_much_of_a_good_thing_counts_against() -> None:
    text = OPEN + "Die Reform setze zu stark auf Schätzungen, sagte Bürgermeisterin Eva Brandt."
    found = triples(text, "de")
    assert ("Eva Brandt", REFORM, "oppose") in found
    assert ("Eva Brandt", REFORM, "support") not in found


def test_head_of_a_compound_issue_and_a_pronoun_receiver() -> None:
    text = (
        "Das EU-Parlament berät über die Mehrwegquote. Der Abgeordnete Matthias Eberl stimmte "
        "dagegen; die Quote sei für kleine Brauereien nicht zu stemmen, sagte er. Dem "
        "Brauerbund Südwest zufolge würde die Vorgabe viele Betriebe in den Ruin treiben."
    )
    found = triples(text, "de")
    assert ("Brauerbund Südwest", "Mehrwegquote", "oppose") in found
    assert not any(t == "Brauereien" for _, t, _ in found)
    text = (
        "Die Stadt plant eine Übernachtungsabgabe. Bürgermeister Ole Jansen verteidigte das "
        "Vorhaben. Rückenwind erhielt er von der Kurverwaltung."
    )
    found = triples(text, "de")
    assert ("Kurverwaltung", "Ole Jansen", "support") in found


def test_initials_in_brackets_are_the_same_organisation() -> None:
    text = (
        "Das Land plant ein Ganztagsschulgesetz. Scharfe Kritik kam vom Verband Deutscher "
        "Lehrer (VDL). Die VDL kündigte Widerstand an."
    )
    sources = {s.source for s in extract_text(text, "de")}
    assert sources == {"Verband Deutscher Lehrer"}


def test_announcing_backs_the_issue_but_a_stance_noun_decides() -> None:
    text = OPEN + "Finanzminister Paul Roth hatte die Reform im Sommer angekündigt."
    assert ("Paul Roth", REFORM, "support") in triples(text, "de")
    text = OPEN + "Die FDP hat bereits ein Referendum gegen die Reform angekündigt."
    found = triples(text, "de")
    assert ("FDP", REFORM, "oppose") in found
    assert ("FDP", REFORM, "support") not in found


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Die Reform gehe an der Realität vorbei, kritisierte Eva Brandt.", "oppose"),
        ("Die Reform sei ein wichtiger Schritt, lobte Eva Brandt.", "support"),
        ("Eva Brandt verwies darauf, dass die Reform die Kommunen entlaste.", "support"),
    ],
)
def test_reported_speech_judged_by_its_verb(sentence: str, polarity: str) -> None:
    found = triples(OPEN + sentence, "de")
    assert ("Eva Brandt", REFORM, polarity) in found


def test_possessive_role_noun_is_a_member_of_that_party() -> None:
    text = (
        "Der frühere Stadtrat Heinz Vogler unterstützt die Herausforderin Julia Brenner gegen "
        "Amtsinhaber Martin Seitz (CDU). Der CDU-Ortsverband stellte sich hinter seinen Kandidaten."
    )
    found = triples(text, "de")
    assert ("CDU-Ortsverband", "Martin Seitz", "support") in found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Der Zulieferer Brenninger Antriebstechnik kritisierte die Reform.",
            "Brenninger Antriebstechnik",
        ),
        ("Die Tierschutzorganisation „Stallwende“ kritisierte die Reform.", "Stallwende"),
        (
            "Die Schutzgemeinschaft Kleinanleger kritisierte die Reform.",
            "Schutzgemeinschaft Kleinanleger",
        ),
    ],
)
def test_organisation_kinds_before_names(text: str, source: str) -> None:
    assert (source, REFORM, "oppose") in triples(OPEN + text, "de")


def test_a_word_ending_an_organisation_name_does_not_refer_to_it() -> None:
    text = (
        "Die Tierschutzorganisation „Stallwende“ lehnt die Anbindehaltung ab. Der frühere "
        "Verbandschef Franz Egger hatte sich für ein schrittweises Ende der Anbindehaltung "
        "ausgesprochen."
    )
    targets = {(s.source, s.target) for s in extract_text(text, "de")}
    assert ("Franz Egger", "Stallwende") not in targets


def test_a_place_after_an_issue_is_not_its_owner() -> None:
    text = "Der Stadtrat berät über die Fusion der Stadttheater von Marlbach."
    assert not any(s.source == "Marlbach" for s in extract_text(text, "de"))


def test_attribution_speaks_for_its_own_clause() -> None:
    text = (
        "Das Land plant ein Ganztagsschulgesetz. Die Grünen erteilten dem Gesetz eine Absage; "
        "laut ihrer Sprecherin Mira Kandel ist die Finanzierung völlig ungeklärt."
    )
    found = {(s.source, s.target) for s in extract_text(text, "de")}
    assert ("Mira Kandel", "Grüne") not in found


def test_names_with_hyphens_titles_and_genitive_kinds() -> None:
    text = (
        "Die Vorstandschefin Dr. Miriam Roth-Aldinger lobte die Reform. Die Grünen zögern; ihr "
        "Obmann Tarek Schulze-Brinck kritisierte die Reform. Der Städtetag Rheinland-Pfalz "
        "begrüßte die Reform. Das Angebot des US-Finanzinvestors Crestline Partners lehnte die "
        "Reform ab."
    )
    sources = {s.source for s in extract_text(OPEN + text, "de")}
    assert {"Miriam Roth-Aldinger", "Tarek Schulze-Brinck", "Städtetag Rheinland-Pfalz"} <= sources
    assert not any(s.startswith(("Dr.", "Finanzinvestors")) for s in sources)


def test_a_draft_refers_to_the_law_not_to_a_later_word_of_praise() -> None:
    text = (
        "Im Landtag wird über das geplante Ladenöffnungsgesetz gestritten. "
        "Die Handelskammer nannte das Vorhaben einen „mutigen Schritt“. "
        "Der Verband der Einzelhändler lehnte den Entwurf dagegen ab."
    )
    found = triples(text, "de")
    assert ("Verband der Einzelhändler", "Ladenöffnungsgesetz", "oppose") in found
    assert not any(t == "Schritt" for _, t, _ in found)


def test_a_generic_issue_noun_refers_to_the_topic_of_the_article() -> None:
    # the lead names the topic; a side issue named once later does not take "die Pläne" from it
    text = (
        "Das geplante Freibad am Stadtpark spaltet den Gemeinderat. "
        "Die Bäder GmbH will dort auch ein Parkhaus errichten. "
        "Bürgermeisterin Ute Kramer befürwortet das Projekt. "
        "Die Bürgerinitiative Stadtpark kritisierte die Pläne."
    )
    found = triples(text, "de")
    assert ("Ute Kramer", "Freibad", "support") in found
    assert ("Bürgerinitiative Stadtpark", "Freibad", "oppose") in found


def test_a_second_coordinated_verb_takes_no_object_from_the_first_clause() -> None:
    text = (
        OPEN + "Der Mieterbund lehnte die Reform ab und kündigte an, gegen die Grundsteuer "
        "zu klagen."
    )
    found = triples(text, "de")
    assert ("Mieterbund", REFORM, "oppose") in found
    assert ("Mieterbund", REFORM, "support") not in found


def test_demanding_a_delay_opposes_what_is_delayed() -> None:
    found = triples(OPEN + "Der Städtetag forderte, die Reform zu verschieben.", "de")
    assert ("Städtetag", REFORM, "oppose") in found
    assert ("Städtetag", REFORM, "support") not in found


def test_a_draft_for_a_measure_is_named_by_the_measure() -> None:
    text = (
        "Energieminister Jan Paulsen hat einen Gesetzentwurf für einen Ausgleich der "
        "Netzentgelte eingebracht. Der Netzbetreiber Nordstrom Netze begrüßte die Initiative. "
        "Die Industriekammer lehnte den Vorstoß ab."
    )
    found = triples(text, "de")
    measure = "Ausgleich der Netzentgelte"
    assert ("Jan Paulsen", measure, "support") in found
    # "die Initiative" is the draft, not the organisation named last
    assert ("Nordstrom Netze", measure, "support") in found
    assert ("Industriekammer", measure, "oppose") in found


def test_support_received_names_a_hyphenated_surname_and_a_genitive_place() -> None:
    text = (
        "Vorstandschefin Miriam Roth-Aldinger lehnt das Übernahmeangebot ab. "
        "Unterstützung bekommt Roth-Aldinger vom Betriebsrat. "
        "Verkehrsminister Olaf Timmermann (SPD) hat eine Preiserhöhung vorgeschlagen. "
        "Unterstützung erhielt er von Sachsens Ressortchefin Petra Kühn (CDU)."
    )
    found = triples(text, "de")
    assert ("Betriebsrat", "Miriam Roth-Aldinger", "support") in found
    assert ("Petra Kühn", "Olaf Timmermann", "support") in found


def test_demanding_a_removal_opposes_the_person_and_rejecting_it_backs_them() -> None:
    text = (
        "Vorstandschef Carsten Möllenkamp steht unter Druck. "
        "Der Fonds Baltic Invest fordert Möllenkamps Rücktritt. "
        "Die Aktionärin Kira Vogt verlangt die Ablösung des Vorstandschefs. "
        "Der Betriebsrat lehnt Möllenkamps Ablösung ab."
    )
    found = triples(text, "de")
    assert ("Baltic Invest", "Carsten Möllenkamp", "oppose") in found
    assert ("Kira Vogt", "Carsten Möllenkamp", "oppose") in found
    assert ("Betriebsrat", "Carsten Möllenkamp", "support") in found
    assert ("Betriebsrat", "Carsten Möllenkamp", "oppose") not in found


def test_a_second_clause_without_subject_speaks_for_the_first_clause_subject() -> None:
    text = (
        "Bundesjustizministerin Henrike Lambrecht (FDP) begrüßte das Urteil. "
        "Innenminister Ralf Gerdes zeigte sich enttäuscht. Er kündigte einen neuen Entwurf an, "
        "der die Vorgaben erfülle, und warf der Justizministerin vor, die Behörden im Stich zu "
        "lassen."
    )
    found = triples(text, "de")
    assert ("Ralf Gerdes", "Henrike Lambrecht", "oppose") in found
    # "einen neuen Entwurf" is a new issue, not the ruling talked about before
    assert ("Ralf Gerdes", "Urteil", "support") not in found


def test_a_verb_over_a_demand_takes_a_side_on_what_is_demanded() -> None:
    text = (
        "Die Länder verlangen Geld vom Bund. Bundesverkehrsminister Reinhard Vossberg (FDP) "
        "wies Forderungen nach einem höheren Bundeszuschuss zurück. Der Landkreistag "
        "unterstützt die Forderung nach mehr Personal."
    )
    found = triples(text, "de")
    assert ("Reinhard Vossberg", "höheren Bundeszuschuss", "oppose") in found
    assert ("Landkreistag", "mehr Personal", "support") in found


def test_a_relative_clause_with_a_participle_has_its_own_subject() -> None:
    text = (
        "Die Gewerkschaft Fahrdienst Nord streikt. Rückendeckung erhielt die Gewerkschaft vom "
        "Fahrgastverband Pro Schiene, der die Forderung nach mehr Personal unterstützt."
    )
    found = triples(text, "de")
    assert ("Fahrgastverband Pro Schiene", "mehr Personal", "support") in found
    assert ("Gewerkschaft Fahrdienst Nord", "mehr Personal", "support") not in found


def test_rejecting_accusations_opposes_the_accuser() -> None:
    text = (
        "Aufsichtsratschef Hartmut Ebeling greift Vorstandschef Carsten Möllenkamp an. "
        "Möllenkamp wies die Anschuldigungen am Mittwoch zurück."
    )
    assert ("Carsten Möllenkamp", "Hartmut Ebeling", "oppose") in triples(text, "de")


def test_a_role_noun_object_is_not_the_subject_of_its_clause() -> None:
    text = (
        "Aufsichtsratschef Hartmut Ebeling traf Vorstandschef Carsten Möllenkamp am Montag. "
        "Ebeling wirft dem Manager schwere Versäumnisse vor."
    )
    found = triples(text, "de")
    assert ("Hartmut Ebeling", "Carsten Möllenkamp", "oppose") in found


def test_a_place_in_the_genitive_before_a_title_is_not_an_actor() -> None:
    text = (
        "Der Betriebsrat kämpft um das Werk in Altenbrück. Altenbrücks Bürgermeister Ralf Eckhardt "
        "(parteilos) stellte sich hinter den Betriebsrat. Peter Müller leitet die Firma. "
        "Müllers Sprecher Tom Berg kritisierte den Betriebsrat."
    )
    found = triples(text, "de")
    assert ("Ralf Eckhardt", "Betriebsrat", "support") in found
    assert ("Tom Berg", "Betriebsrat", "oppose") in found
    assert not any(s == "Altenbrücks" for s, _, _ in found)
    assert ("Tom Berg", "Peter Müller", "oppose") not in found


def test_a_reply_opposes_the_critic_and_a_pronoun_after_the_verb_is_its_subject() -> None:
    text = (
        "Der Geologe Hartmut Engel war lange ein Verbündeter von Stadtwerke-Chef Peter Kolb. "
        "Nun wirft er Kolb vor, die Risiken kleinzureden. "
        "Kolb konterte, die Sorgen seien unbegründet."
    )
    found = triples(text, "de")
    assert ("Hartmut Engel", "Peter Kolb", "oppose") in found
    assert ("Peter Kolb", "Hartmut Engel", "oppose") in found


def test_every_coordinated_source_of_a_stance_noun_speaks() -> None:
    text = (
        "Bürgermeister Ole Jansen will eine Übernachtungsabgabe einführen. Rückenwind erhielt er "
        "von der Kurverwaltung und vom örtlichen Naturschutzverein Dünenwacht. "
        "Kritik kam von der FDP und den Grünen."
    )
    found = triples(text, "de")
    assert ("Kurverwaltung", "Ole Jansen", "support") in found
    assert ("Naturschutzverein Dünenwacht", "Ole Jansen", "support") in found
    assert ("FDP", "Übernachtungsabgabe", "oppose") in found
    assert ("Grüne", "Übernachtungsabgabe", "oppose") in found


def test_an_unnamed_subject_of_a_passive_is_the_issue() -> None:
    text = (
        "Der Pilotversuch mit KI-gestützter Videoüberwachung wird von der "
        "Landesdatenschutzbeauftragten Karin Wolff scharf kritisiert."
    )
    assert ("Karin Wolff", "Pilotversuch", "oppose") in triples(text, "de")


def test_a_female_title_does_not_resolve_to_a_man() -> None:
    text = (
        "Amtsinhaberin Gudrun Wessel tritt wieder an, ihr Herausforderer ist Marco Pohlmann. "
        "Pohlmann galt jahrelang als ihr engster Vertrauter. "
        "Nun wirft er der Präsidentin vor, den Verband wie eine Behörde zu führen. "
        "Wessel bezeichnete die Kritik als „billigen Wahlkampf“."
    )
    found = triples(text, "de")
    assert ("Marco Pohlmann", "Gudrun Wessel", "oppose") in found
    assert ("Gudrun Wessel", "Marco Pohlmann", "oppose") in found


def test_support_in_principle_is_support_and_a_reaction_judges_what_follows_its_colon() -> None:
    text = (
        "Der Entwurf für den Doppelhaushalt 2026/27 sorgt für Streit. Ohne Einschnitte, so die "
        "Ministerin, werde das Land die Schuldenbremse nicht einhalten. Der Städtetag reagierte "
        "empört: Die Pläne seien ein Angriff auf die Kommunen. Die Grünen tragen die Pläne "
        "grundsätzlich mit."
    )
    found = triples(text, "de")
    assert ("Städtetag", "Doppelhaushalt 2026/27", "oppose") in found
    assert ("Grüne", "Doppelhaushalt 2026/27", "support") in found
    assert ("Städtetag", "Schuldenbremse", "oppose") not in found


def test_reported_speech_after_a_colon_judges_its_own_subject() -> None:
    text = (
        "Der Finanzinvestor Corvan Capital hat ein Übernahmeangebot vorgelegt. "
        "Vorstandschef Ralf Hellwig stemmt sich gegen die Pläne: Eine Zerschlagung des Konzerns "
        "gefährde Arbeitsplätze, sagte er. Der Städtetag reagierte empört: Die Pläne seien ein "
        "„Angriff auf die Selbstverwaltung“, erklärte dessen Vorsitzender Frank Heisig."
    )
    found = triples(text, "de")
    assert ("Ralf Hellwig", "Übernahmeangebot", "oppose") in found
    assert ("Ralf Hellwig", "Corvan Capital", "oppose") not in found
    assert ("Frank Heisig", "Städtetag", "oppose") not in found


def test_a_possessive_is_no_object_and_a_generic_noun_with_a_genitive_names_its_issue() -> None:
    text = (
        "Die Gewerkschaft Handel und Logistik (GHL) ruft zu Warnstreiks auf. "
        "Das Angebot der Arbeitgeber sei „eine Provokation“, erklärte GHL-Chefin Miriam Stoll. "
        "Oberbürgermeister Frank Mertens (SPD) verteidigte die Gebührenerhöhung. "
        "Die Fraktion der Freien Wähler stellte sich dagegen. Ihr Fraktionschef Dieter Kühn "
        "warf dem Oberbürgermeister vor, die Eltern nicht informiert zu haben."
    )
    found = triples(text, "de")
    assert ("Miriam Stoll", "Angebot der Arbeitgeber", "oppose") in found
    assert ("Dieter Kühn", "Frank Mertens", "oppose") in found


def test_rejecting_an_accusation_opposes_whoever_made_it_even_unresolved() -> None:
    # the accusation's target is only named after it: still, its author is known
    text = (
        "Nach monatelangem Streit hat der Stadtrat den Bau der Stadtbahn beschlossen. "
        "Die CDU-Fraktion stimmte geschlossen dagegen. Fraktionschef Rainer Bode warf der "
        "Oberbürgermeisterin vor, die Kosten schönzurechnen. Oberbürgermeisterin Katrin Olbers "
        "wies den Vorwurf zurück."
    )
    found = triples(text, "de")
    assert ("Katrin Olbers", "Rainer Bode", "oppose") in found
    assert ("Katrin Olbers", "CDU-Fraktion", "oppose") not in found


def test_a_relative_clause_that_names_an_issue_makes_one_issue() -> None:
    text = (
        "Auslöser ist das Steuerpaket, das die Regierung den „Zukunftsgesetz“ getauft hat. "
        "Der Verband der Steuerzahler lehnte das Paket ab."
    )
    found = triples(text, "de")
    assert ("Verband der Steuerzahler", "Zukunftsgesetz", "oppose") in found


def test_a_quoted_label_is_judged_by_its_relative_clause() -> None:
    text = (
        "Die Regierung plant eine Apothekenreform. Die Kammerpräsidentin Claudia Renz sprach "
        "von einer »Apotheke light«, die Patienten gefährde."
    )
    assert ("Claudia Renz", "Apothekenreform", "oppose") in triples(text, "de")


def test_an_adverb_between_speaking_and_its_label_is_skipped() -> None:
    text = OPEN + "Der Bund der Steuerzahler sprach dagegen von einem „mutigen Schritt“."
    assert ("Bund der Steuerzahler", REFORM, "support") in triples(text, "de")


def test_a_known_first_name_starts_a_person_the_tagger_missed() -> None:
    text = (
        "Der Gründer des Start-ups Lumora, Felix Brandstätter, streitet mit seinem Geldgeber. "
        "Brandstätter war lange ein enger Verbündeter des Investors Georg Haller. "
        "Haller griff Brandstätter in einem Interview scharf an."
    )
    found = triples(text, "de")
    assert ("Georg Haller", "Felix Brandstätter", "oppose") in found
    assert ("Felix Brandstätter", "Georg Haller", "support") in found
    assert not any(t == "Geldgeber" for _, t, _ in found)


def test_holding_to_someone_backs_them_and_a_title_finds_its_own_holder() -> None:
    text = (
        "Aufsichtsratschef Hartmut Ebeling kritisiert Vorstandschef Carsten Möllenkamp. "
        "Der Gesamtbetriebsrat dagegen hält zum Vorstandschef."
    )
    found = triples(text, "de")
    assert ("Gesamtbetriebsrat", "Carsten Möllenkamp", "support") in found
    assert ("Gesamtbetriebsrat", "Hartmut Ebeling", "support") not in found


def test_a_genitive_owner_after_a_hyphenated_kind_is_not_the_subject() -> None:
    text = (
        "Im Übernahmekampf hat der Vorstand das Angebot des US-Finanzinvestors Crestline "
        "Partners offiziell zurückgewiesen."
    )
    found = triples(text, "de")
    assert not any(s == "Crestline Partners" for s, _, _ in found)


def test_justifying_a_step_backs_it_but_justifying_a_rejection_does_not() -> None:
    text = OPEN + "Finanzministerin Carla Wendt begründete den Schritt mit maroden Schulen."
    assert ("Carla Wendt", REFORM, "support") in triples(text, "de")
    text = OPEN + "Verbandschef Peter Lindner begründete seine Ablehnung mit den Kosten."
    found = triples(text, "de")
    assert ("Peter Lindner", REFORM, "support") not in found


def test_a_word_for_the_same_kind_of_issue_refers_back_to_it() -> None:
    text = (
        "Die Gewerkschaft Luftfahrt Nord hat für Montag einen Warnstreik angekündigt. "
        "Der Arbeitgeberverband Nordmetall hält den Ausstand für unverhältnismäßig."
    )
    assert ("Arbeitgeberverband Nordmetall", "Warnstreik", "oppose") in triples(text, "de")
    text = (
        "Der Stadtrat berät über die Fusion der Stadttheater. "
        "Bürgermeister Felix Amberg hält den Zusammenschluss für alternativlos."
    )
    found = triples(text, "de")
    assert ("Felix Amberg", "Fusion der Stadttheater", "support") in found
    assert not any(t == "Zusammenschluss" for _, t, _ in found)


def test_a_comparative_is_part_of_what_is_wanted_but_an_ordering_word_is_not() -> None:
    found = triples("Die Richterin Nadine Claußen unterstützt schnellere Asylverfahren.", "de")
    assert ("Nadine Claußen", "schnellere Asylverfahren", "support") in found
    found = triples("Der Verband Gastro Nord lehnt weitere Sperrstunden ab.", "de")
    assert ("Verband Gastro Nord", "Sperrstunden", "oppose") in found


def test_wanting_an_action_backs_the_articles_word_for_it_and_without_flips_a_verdict() -> None:
    text = (
        "Landrätin Petra Wolf will die Gebühren für die Kitas anheben. "
        "Ohne die Erhöhung fehle dem Kreis Geld, sagte sie."
    )
    found = triples(text, "de")
    # "anheben" and "die Erhöhung" name one kind of action
    assert ("Petra Wolf", "Erhöhung", "support") in found
    # a bad outcome "ohne" the thing speaks for it
    assert ("Petra Wolf", "Erhöhung", "oppose") not in found


def test_a_title_before_an_academic_title_is_still_that_persons_role() -> None:
    text = (
        "Aufsichtsratschef Dr. Hartmut Ebeling kritisiert Vorstandschef Carsten Möllenkamp. "
        "Der Investor Northgate Capital stellte sich nun hinter den Aufsichtsratschef."
    )
    found = triples(text, "de")
    assert ("Northgate Capital", "Hartmut Ebeling", "support") in found
    assert ("Northgate Capital", "Carsten Möllenkamp", "support") not in found


def test_a_genitive_owner_after_a_demand_verb_is_no_speaker() -> None:
    text = (
        "Vorstandschef Carsten Möllenkamp steht unter Druck. Der Investor Northgate Capital, "
        "der sechs Prozent an Merovia hält, fordert seit Wochen Möllenkamps Ablösung."
    )
    found = triples(text, "de")
    assert ("Northgate Capital", "Carsten Möllenkamp", "oppose") in found
    assert not any(s == "Carsten Möllenkamp" for s, _, _ in found)


def test_a_common_noun_the_ner_took_for_a_person_stays_in_an_organisations_name() -> None:
    found = triples("Der Fahrgastverband Pro Schiene sprach sich für die Überwachung aus.", "de")
    assert {s for s, _, _ in found} == {"Fahrgastverband Pro Schiene"}
    found = triples("Gemeinderat Kevin Sander lobt das Projekt Nordbad.", "de")
    assert "Kevin Sander" in {s for s, _, _ in found}


def test_a_verb_final_clause_judges_its_own_object_not_a_noun_in_the_next_clause() -> None:
    text = (
        "Die Alpenresort Holding plant das Chaletdorf Hinterbergen. Obfrau Theresa Moser nannte "
        "das Vorhaben einen „Ausverkauf der Heimat“. Während der Tourismusverband das Projekt "
        "positiv sieht, hat die Landesumweltanwaltschaft Bedenken angemeldet."
    )
    found = triples(text, "de")
    assert ("Tourismusverband", "Theresa Moser", "support") not in found
    assert any(s == "Tourismusverband" and p == "support" and "Chalet" in t for s, t, p in found)


def test_a_pointing_dafuer_completes_a_verb_that_needs_fuer() -> None:
    text = OPEN + "Finanzministerin Carla Wendt wirbt persönlich bei zögernden Abgeordneten dafür."
    assert ("Carla Wendt", REFORM, "support") in triples(text, "de")


def test_a_title_nobody_holds_is_not_given_to_a_person_with_another_title() -> None:
    text = (
        "Der Unternehmer Lars Brenner, Gründer von Nordwind, gilt als Verbündeter von Paul "
        "Hagen. Auslöser des Streits ist das Sparpaket, das Hagen durchsetzen will. Der "
        "Präsident wirbt persönlich bei zögernden Abgeordneten dafür."
    )
    found = triples(text, "de")
    assert ("Paul Hagen", "Sparpaket", "support") in found
    assert not any(s == "Lars Brenner" and "Sparpaket" in t for s, t, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Markus Thiel kritisiert die von der Landesregierung angestrebte Reform.",
        "Markus Thiel kritisiert die von ihr geplante Reform.",
        "Markus Thiel sprach sich gegen die vom Land geplante Reform aus.",
    ],
)
def test_the_agent_of_a_participle_attribute_is_not_the_objects_preposition(
    sentence: str,
) -> None:
    text = "Landrätin Carola Wendt plant eine Reform der Grundsteuer. " + sentence
    assert ("Markus Thiel", REFORM, "oppose") in triples(text, "de")


def test_a_governing_body_is_an_actor_and_its_organisation_no_object() -> None:
    found = triples(OPEN + "Der Vorstand der Halvorsen AG lehnt die Reform ab.", "de")
    assert ("Vorstand der Halvorsen AG", REFORM, "oppose") in found  # named with it (session 13)
    assert not any(t == "Halvorsen AG" for _, t, _ in found)
    found = triples(OPEN + "Die Belegschaft der Halvorsen AG lehnt die Reform ab.", "de")
    assert not any(t == "Halvorsen AG" for _, t, _ in found)
    # a person after the subject is still the object
    text = "Gestern hat der Verband Nordmetall der Ministerin Anna Roth widersprochen."
    assert ("Verband Nordmetall", "Anna Roth", "oppose") in triples(text, "de")


def test_a_founding_family_is_an_actor() -> None:
    text = OPEN + "Die Gründerfamilie begrüßte die Reform dagegen."
    assert ("Gründerfamilie", REFORM, "support") in triples(text, "de")


def test_refusing_to_comply_with_a_measure_opposes_it() -> None:
    text = OPEN + "Der Verband Haus und Grund weigert sich, die Reform zu akzeptieren."
    assert ("Verband Haus und Grund", REFORM, "oppose") in triples(text, "de")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Verbandschef Peter Lindner sprach von einem Desaster.", "oppose"),
        ("Verbandschef Peter Lindner sprach von einem großen Erfolg.", "support"),
        ("Verbandschef Peter Lindner sieht in der Reform eine große Chance.", "support"),
    ],
)
def test_an_unquoted_label_or_a_chance_seen_in_it_judges_the_issue(
    sentence: str, polarity: str
) -> None:
    found = triples(OPEN + sentence, "de")
    assert ("Peter Lindner", REFORM, polarity) in found
    assert len({p for s, _, p in found if s == "Peter Lindner"}) == 1


def test_a_neutral_noun_after_spoke_of_judges_nothing() -> None:
    text = OPEN + "Verbandschef Peter Lindner sprach von einem Anstieg der Kosten."
    assert not any(s == "Peter Lindner" for s, _, _ in triples(text, "de"))


def test_withdrawn_support_opposes() -> None:
    text = OPEN + "Verbandschef Peter Lindner zog seine Unterstützung für die Reform zurück."
    found = triples(text, "de")
    assert ("Peter Lindner", REFORM, "oppose") in found
    assert ("Peter Lindner", REFORM, "support") not in found


def test_a_threat_is_aimed_at_its_target_not_at_its_means() -> None:
    text = OPEN + "Verbandschef Peter Lindner droht mit einer Klage gegen die Reform."
    assert ("Peter Lindner", REFORM, "oppose") in triples(text, "de")
    text = OPEN + "Verbandschef Peter Lindner drohte mit dem Gang vor das Verfassungsgericht."
    found = triples(text, "de")
    assert not any(t == "Verfassungsgericht" for _, t, _ in found)


def test_a_constitutional_complaint_opposes() -> None:
    text = OPEN + "Der Verband Haus und Grund legte Verfassungsbeschwerde gegen die Reform ein."
    assert ("Verband Haus und Grund", REFORM, "oppose") in triples(text, "de")


@pytest.mark.parametrize("noun", ["eine Normenkontrollklage", "ein Bürgerbegehren"])
def test_legal_and_popular_action_against_an_issue_opposes_it(noun: str) -> None:
    text = OPEN + f"Der Verband Haus und Grund startete {noun} gegen die Reform."
    assert ("Verband Haus und Grund", REFORM, "oppose") in triples(text, "de")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Verbandschef Peter Lindner brach mit Ministerin Anna Roth.", "oppose"),
        ("Peter Lindner bezeichnete Ministerin Anna Roth als Fehlbesetzung.", "oppose"),
        ("Verbandschef Peter Lindner nannte Ministerin Anna Roth einen Glücksfall.", "support"),
    ],
)
def test_breaking_with_and_labelling_a_person(sentence: str, polarity: str) -> None:
    assert ("Peter Lindner", "Anna Roth", polarity) in triples(sentence, "de")


def test_a_weakened_attitude_is_its_opposite() -> None:
    text = OPEN + "Verbandschef Peter Lindner ist von der Reform wenig begeistert."
    found = triples(text, "de")
    assert ("Peter Lindner", REFORM, "oppose") in found
    assert ("Peter Lindner", REFORM, "support") not in found


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Verbandschef Peter Lindner bewertet die Reform positiv.", "support"),
        ("Verbandschef Peter Lindner stufte die Reform als verfassungswidrig ein.", "oppose"),
    ],
)
def test_rating_verbs_judge_their_object(sentence: str, polarity: str) -> None:
    assert ("Peter Lindner", REFORM, polarity) in triples(OPEN + sentence, "de")


@pytest.mark.parametrize("noun", ["Erzrivale", "Intimfeind"])
def test_arch_rivals_oppose(noun: str) -> None:
    text = f"Verbandschef Peter Lindner gilt als {noun} von Ministerin Anna Roth."
    assert ("Peter Lindner", "Anna Roth", "oppose") in triples(text, "de")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Die Arbeitsgemeinschaft bäuerlicher Landwirtschaft lehnt die Düngeverordnung ab.",
            "Arbeitsgemeinschaft bäuerlicher Landwirtschaft",
        ),
        (
            "Die Bundesvereinigung freier Schulen lehnt die Düngeverordnung ab.",
            "Bundesvereinigung freier Schulen",
        ),
        (
            "Der Verband kommunaler Kita-Träger lehnt die Düngeverordnung ab.",
            "Verband kommunaler Kita-Träger",
        ),
    ],
)
def test_an_association_is_named_with_its_members(sentence: str, name: str) -> None:
    assert {s for s, _, _ in triples(sentence, "de")} == {name}


def test_a_company_before_a_hyphen_compound_is_not_widened() -> None:
    found = triples("Die Deutsche Bank-Tochter Nordkredit kritisiert die Düngeverordnung.", "de")
    assert not any(s.endswith("Bank-Tochter") for s, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Die Initiative „Grüne Wiese“ lehnt die Düngeverordnung ab.", "Grüne Wiese"),
        (
            "Die Initiative „Rettet den Stadtwald“ lehnt die Düngeverordnung ab.",
            "Rettet den Stadtwald",
        ),
    ],
)
def test_a_groups_quoted_name_is_the_source_not_a_quotation(sentence: str, name: str) -> None:
    assert triples(sentence, "de") == {(name, "Düngeverordnung", "oppose")}


def test_a_petition_with_no_target_is_the_issue_supported() -> None:
    found = triples("Der Mieterbund unterstützt das Volksbegehren.", "de")
    assert found == {("Mieterbund", "Volksbegehren", "support")}
    # with a target the petition's side is taken on the target
    found = triples("Der Mieterbund unterstützt das Volksbegehren gegen die Bebauung.", "de")
    assert ("Mieterbund", "Bebauung", "oppose") in found


def test_an_organisation_after_a_body_and_its_kind_is_the_bodys_owner_not_the_object() -> None:
    found = triples("Die Belegschaft des Zulieferers Brenkmann lehnt die Düngeverordnung ab.", "de")
    assert found == {("Belegschaft", "Düngeverordnung", "oppose")}


def test_advising_against_opposes() -> None:
    found = triples("Die Verbraucherzentrale rät von der Düngeverordnung ab.", "de")
    assert found == {("Verbraucherzentrale", "Düngeverordnung", "oppose")}


def test_a_person_named_after_an_organisation_is_not_part_of_its_name() -> None:
    text = "Der Präsident des Ifo-Instituts Clemens Fuest lobte die Düngeverordnung."
    found = triples(text, "de")
    assert found == {("Clemens Fuest", "Düngeverordnung", "support")}


@pytest.mark.parametrize("state", ["Land Hessen", "Freistaat Sachsen", "Land Nordrhein-Westfalen"])
def test_a_state_with_its_title_is_an_actor(state: str) -> None:
    article = "den" if state.startswith("Freistaat") else "das"
    found = triples(f"Die Stadt Lindau klagt gegen {article} {state}.", "de")
    assert ("Stadt Lindau", state, "oppose") in found


def test_a_planned_project_keeps_the_name_after_it() -> None:
    found = triples("Der Bauernverband kritisiert die geplante Trasse SuedLink.", "de")
    assert found == {("Bauernverband", "Trasse SuedLink", "oppose")}


def test_a_kind_of_actor_as_object_is_no_issue() -> None:
    text = "Verbandschef Georg Meier warf den Netzbetreibern vor, die Landwirte zu übergehen."
    assert not any(t.startswith("Netzbetreiber") for _, t, _ in triples(text, "de"))


@pytest.mark.parametrize(
    ("verdict", "polarity"),
    [("ein »fatales Signal«", "oppose"), ("ein ermutigendes Signal", "support")],
)
def test_an_evaluative_adjective_decides_for_its_noun(verdict: str, polarity: str) -> None:
    text = OPEN + f"Landrätin Petra Vogt nannte die Reform {verdict}."
    assert ("Petra Vogt", REFORM, polarity) in triples(text, "de")


def test_a_relation_reaches_past_a_title_to_the_name() -> None:
    text = "Stadtrat Hartmut Engel galt als Verbündeter von Stadtwerke-Chef Peter Kolb."
    assert triples(text, "de") == {("Hartmut Engel", "Peter Kolb", "support")}


def test_a_call_for_moderation_or_a_forecast_is_no_issue() -> None:
    text = OPEN + "Der Landkreistag rief beide Seiten zur Mäßigung auf."
    assert not any(s == "Landkreistag" for s, _, _ in triples(text, "de"))
    text = "Finanzchefin Birte Lahn hielt an der Jahresprognose fest."
    assert triples(text, "de") == set()


def test_a_state_that_acts_is_an_actor() -> None:
    assert ("Niedersachsen", REFORM, "oppose") in triples(
        OPEN + "Niedersachsen lehnt die Reform ab.", "de"
    )
    found = triples(
        OPEN + "Unterstützung signalisierten Niedersachsen und Mecklenburg-Vorpommern.", "de"
    )
    assert ("Mecklenburg-Vorpommern", REFORM, "support") in found
    assert not any(t == "Mecklenburg-Vorpommern" for _, t, _ in found)



def test_neither_nor_takes_no_side() -> None:
    text = OPEN + "Carsten Fehling wollte die Reform weder gutheißen noch verurteilen."
    found = triples(text, "de")
    assert ("Carsten Fehling", REFORM, "support") not in found
    assert ("Carsten Fehling", REFORM, "oppose") not in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("EU-Agrarkommissar Jonas Vilkas verteidigte die Reform.", "Jonas Vilkas"),
        ("Die Grüne Katja Ellerbrock verteidigte die Reform.", "Katja Ellerbrock"),
    ],
)
def test_an_organisation_before_a_persons_name_is_no_speaker(sentence: str, name: str) -> None:
    found = triples(OPEN + sentence, "de") - {("Landesregierung", REFORM, "support")}
    assert found == {(name, REFORM, "support")}


def test_a_rally_against_an_issue_is_no_issue_itself() -> None:
    text = OPEN + "Die Gewerkschaft GVD rief zu einer Kundgebung gegen die Reform auf."
    found = triples(text, "de") - {("Landesregierung", REFORM, "support")}
    assert found == {("Gewerkschaft GVD", REFORM, "oppose")}


def test_whose_votes_carried_a_decision_back_it() -> None:
    text = OPEN + "Der Landtag beschloss die Reform mit den Stimmen von CDU und Freien Wählern."
    found = triples(text, "de")
    assert {("CDU", REFORM, "support"), ("Freie Wähler", REFORM, "support")} <= found
    assert ("Landtag", "Freie Wähler", "support") not in found


def test_a_pronominal_adverb_that_announces_a_clause_points_at_no_issue() -> None:
    found = triples(OPEN + "Der Mieterbund freut sich darüber, dass die Mieten sinken.", "de")
    assert ("Mieterbund", REFORM, "support") not in found


def test_a_pronoun_before_a_colon_tagged_as_a_possessive_is_an_object() -> None:
    """ "an ihr:" is the pronoun, though the tagger reads a possessive."""
    text = OPEN + (
        "Verbandschefin Jana Roth traf Ministerin Anna Berg, dann ließ sie kein gutes Haar an "
        "ihr: Berg habe schlecht gearbeitet."
    )
    assert ("Jana Roth", "Anna Berg", "oppose") in triples(text, "de")


def test_a_number_after_the_noun_names_the_issue() -> None:
    """ "Verlängerung der Linie 4": the line's number is part of the name (a count before a
    noun is not: "Schließung von zwölf Amtsgerichten")."""
    text = (
        "Der Stadtrat beschloss die Verlängerung der Linie 4. Die CDU-Fraktion lehnt die "
        "Verlängerung ab. Fraktionschef Bernd Oltmanns nannte das Projekt einen »Prestigebau "
        "auf Pump«."
    )
    found = triples(text, "de")
    assert ("CDU-Fraktion", "Verlängerung der Linie 4", "oppose") in found
    assert ("Bernd Oltmanns", "Verlängerung der Linie 4", "oppose") in found


def test_a_coordinated_clause_keeps_its_objects_and_a_challenger_is_a_role() -> None:
    """ "wies X zurück und hielt ihrem Herausforderer vor": each verb its own object."""
    text = (
        "Der Abgeordnete Gerd Wallmann fordert den Rücktritt von Landeschefin Sabine Kortüm. Die "
        "Landeschefin wies die Rücktrittsforderung am Montag zurück und hielt ihrem "
        "Herausforderer vor, aus Eitelkeit zu handeln."
    )
    found = triples(text, "de")
    assert ("Sabine Kortüm", "Gerd Wallmann", "oppose") in found
    assert ("Sabine Kortüm", "Rücktrittsforderung", "oppose") in found


def test_projects_are_issues_and_a_street_is_not() -> None:
    """ "der Windpark" is the issue "das Projekt" refers to; "Seestrasse" (Swiss spelling of a
    street) is no "Trasse"."""
    found = triples(
        "Der Windpark soll sechs Anlagen umfassen. Der Naturschutzbund Hessen lehnt das Projekt "
        "ab.",
        "de",
    )
    assert ("Naturschutzbund Hessen", "Windpark", "oppose") in found
    found = triples("Tempo 30 an der Seestrasse lehnt der Gewerbeverein ab.", "de")
    assert not any(t == "Seestrasse" for _, t, _ in found)


def test_a_subject_pronoun_after_the_finite_verb_comes_before_the_object_name() -> None:
    text = (
        "Gewerkschaftschefin Sandra Kühnel griff Minister Carsten Ebeling an. Dabei hatte sie "
        "Ebeling 2023 noch gelobt."
    )
    found = triples(text, "de")
    assert ("Sandra Kühnel", "Carsten Ebeling", "support") in found
    assert ("Carsten Ebeling", "Sandra Kühnel", "support") not in found


def test_a_womans_title_after_der_is_no_subject() -> None:
    text = (
        "Bürgermeisterin Karin Voßberg lobte den Windpark. Der Sprecher der Initiative, Rüdiger "
        "Hahnemann, will klagen. Der Bürgermeisterin warf Hahnemann vor, Kritik auszugrenzen."
    )
    found = triples(text, "de")
    assert ("Rüdiger Hahnemann", "Karin Voßberg", "oppose") in found
    assert ("Karin Voßberg", "Rüdiger Hahnemann", "oppose") not in found


def test_an_object_pronoun_is_the_first_who_fits_after_the_subject() -> None:
    """ "ihm" after "Hartwig … Steinhövel" is Steinhövel, though Hartwig (the subject) does not
    fit "ihm" and so was not counted as the sentence's first person."""
    text = OPEN + (
        "Verbandschef Jörg Pfeiffer erklärte, die Reform sei gut. Leonie Hartwig hatte Frank "
        "Steinhövel noch gelobt; inzwischen wirft sie ihm vor, Ängste zu schüren."
    )
    found = triples(text, "de")
    assert ("Leonie Hartwig", "Frank Steinhövel", "oppose") in found
    assert ("Leonie Hartwig", "Jörg Pfeiffer", "oppose") not in found


def test_a_contrast_adds_a_side_without_its_copula() -> None:
    text = OPEN + "Man sei nicht gegen Reformen, aber gegen diese Planung, sagte Gisela Pohl."
    assert ("Gisela Pohl", REFORM, "oppose") in triples(text, "de")


def test_an_embedded_question_asserts_nothing() -> None:
    text = OPEN + (
        "Minister Gerd Wollenweber legte Zahlen vor. Ob Wollenweber die richtigen Zahlen "
        "vorgelegt habe, könne sie nicht beurteilen, sagte Rechnungshofpräsidentin Gudrun "
        "Achterberg."
    )
    assert ("Gudrun Achterberg", "Gerd Wollenweber", "support") not in triples(text, "de")


def test_a_name_may_hold_a_word_of_praise() -> None:
    text = OPEN + "Begrüßt wurde die Reform von der Gewerkschaft Gesundheit und Soziales (GGS)."
    assert ("Gewerkschaft Gesundheit und Soziales", REFORM, "support") in triples(text, "de")


def test_a_warning_of_costs_is_about_the_issue_at_hand() -> None:
    found = triples(OPEN + "Der Bauernverband warnte vor Mehrkosten in Millionenhöhe.", "de")
    assert ("Bauernverband", REFORM, "oppose") in found
    assert not any(t.startswith("Mehrkosten") for _, t, _ in found)


def test_the_people_an_issue_serves_are_no_issue() -> None:
    text = (
        "Ministerin Lea Sandmann (Grüne) will Eltern bei der Geburt eines Kindes einmalig "
        "2.000 Euro zahlen und hat dafür bereits einen Referentenentwurf vorgelegt."
    )
    assert not any(t == "Eltern" for _, t, _ in triples(text, "de"))


@pytest.mark.parametrize("action", ["Auflösung", "Verkürzung", "Aufhebung"])
def test_more_actions_name_an_issue_with_their_object(action: str) -> None:
    found = triples(f"Der Pflegerat kritisiert die {action} der Kammerpflicht.", "de")
    assert ("Pflegerat", f"{action} der Kammerpflicht", "oppose") in found


def test_dismissing_someone_opposes_them() -> None:
    text = "Der Aufsichtsrat der Sparkasse hat Vorstandssprecher Olaf Reincke abberufen."
    assert ("Aufsichtsrat der Sparkasse", "Olaf Reincke", "oppose") in triples(text, "de")


def test_an_organisation_word_does_not_point_ahead() -> None:
    text = "Die Bank plant die Fusion mit der Volksbank Ostheide."
    assert not any(s == "Volksbank Ostheide" for s, _, _ in triples(text, "de"))


def test_refusing_to_accept_opposes() -> None:
    text = OPEN + "Der Mieterbund will die Reform nicht hinnehmen."
    assert ("Mieterbund", REFORM, "oppose") in triples(text, "de")
    text = OPEN + "Der Mieterbund akzeptiert die Reform."
    assert ("Mieterbund", REFORM, "support") in triples(text, "de")
    text = OPEN + "Der Mieterbund unterstützt die Reform nicht."  # a plain "not": no side
    assert ("Mieterbund", REFORM, "oppose") not in triples(text, "de")


def test_refusing_consent_opposes() -> None:
    # withholding one's vote is a refusal, not an undecided "would not support"
    text = OPEN + "Die Abgeordnete Karla Mertes kündigte an, sie werde dem Entwurf nicht zustimmen."
    assert ("Karla Mertes", REFORM, "oppose") in triples(text, "de")
    text = OPEN + "Die Fraktion der Grünen stimmt der Reform nicht zu."
    assert ("Fraktion der Grünen", REFORM, "oppose") in triples(text, "de")


def test_an_attribution_names_the_person_not_the_organisation_before_the_title() -> None:
    text = OPEN + "Laut Mieterbund-Chef Lukas Siebert ist die Reform ungerecht."
    assert triples(text, "de") - {("Landesregierung", REFORM, "support")} == {
        ("Lukas Siebert", REFORM, "oppose")
    }


def test_sounding_the_alarm_warns_about_the_issue_at_hand() -> None:
    text = OPEN + "Der Mieterbund schlägt Alarm."
    assert ("Mieterbund", REFORM, "oppose") in triples(text, "de")


def test_a_party_in_brackets_after_the_agent_keeps_the_passive() -> None:
    text = "Ministerin Anna Weber (Grüne) wurde von Finanzminister Jörg Kranz (CDU) kritisiert."
    assert triples(text, "de") == {("Jörg Kranz", "Anna Weber", "oppose")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Finanzminister Jörg Kranz und Ministerin Anna Weber streiten seit Wochen.",
        "Finanzminister Jörg Kranz streitet mit Ministerin Anna Weber über den Haushalt.",
        "Finanzminister Jörg Kranz geriet mit Ministerin Anna Weber aneinander.",
    ],
)
def test_quarrelling_opposes_both_ways(sentence: str) -> None:
    found = triples(sentence, "de")
    assert {("Jörg Kranz", "Anna Weber", "oppose"), ("Anna Weber", "Jörg Kranz", "oppose")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein Sprecher des Mieterbunds kritisierte die Reform.",
        "Ministerin Anna Weber lobt sie. Eine Sprecherin des Mieterbunds kritisierte die Reform.",
    ],
)
def test_a_spokesperson_speaks_for_the_organisation(sentence: str) -> None:
    found = triples(OPEN + sentence, "de")
    assert ("Mieterbund", REFORM, "oppose") in found
    assert not any(t == "Anna Weber" for _, t, _ in found)


def test_the_two_in_a_conflict_are_the_two_people_talked_about() -> None:
    text = (
        "Wirtschaftsminister Konrad Meyerhoff will das Gesetz ändern. Umweltministerin Nele "
        "Kowalski lehnt das ab. Zwischen den beiden Ressortchefs schwelt der Konflikt seit Wochen."
    )
    found = triples(text, "de")
    assert ("Konrad Meyerhoff", "Nele Kowalski", "oppose") in found
    assert ("Nele Kowalski", "Konrad Meyerhoff", "oppose") in found


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("»Wir lehnen die Reform ab«, sagte Verbandschef Karl Bauer.", "oppose"),
        ("„Wir unterstützen die Reform“, sagte Verbandschef Karl Bauer.", "support"),
        ("Verbandschef Karl Bauer: „Die Reform ist überfällig.“", "support"),
    ],
)
def test_a_speaker_takes_the_side_the_quotation_takes(sentence: str, polarity: str) -> None:
    assert ("Karl Bauer", REFORM, polarity) in triples(OPEN + sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Der Mieterbund lehnt sie ab.", "Mieterbund"),
        ("Mieterbund-Chef Karl Bauer kritisierte sie scharf.", "Karl Bauer"),
    ],
)
def test_sie_after_an_issue_named_with_its_planner_is_the_issue(sentence: str, source: str) -> None:
    assert (source, REFORM, "oppose") in triples(OPEN + sentence, "de")


def test_an_announced_change_takes_a_side_on_what_changes() -> None:
    text = OPEN + "Die Opposition wird die Reform abschaffen."
    assert ("Opposition", REFORM, "oppose") in triples(text, "de")


def test_a_shareholder_named_after_its_kind_is_an_organisation() -> None:
    text = "Der Großaktionär Nordfonds forderte den Rücktritt von Peter Lang."
    assert triples(text, "de") == {("Nordfonds", "Peter Lang", "oppose")}
    text = "Großaktionär Peter Müller forderte den Rücktritt von Anna Lang."
    assert triples(text, "de") == {("Peter Müller", "Anna Lang", "oppose")}


def test_fearing_an_action_opposes_it() -> None:
    found = triples("Der Betriebsrat fürchtet den Abbau von 800 Stellen.", "de")
    assert found == {("Betriebsrat", "Abbau von Stellen", "oppose")}


def test_a_main_clause_after_a_subordinate_one_is_no_reported_speech() -> None:
    text = OPEN + "Während der Städtetag die Reform begrüßt, lehnt der Mieterbund sie ab."
    found = triples(text, "de")
    assert ("Städtetag", "Mieterbund", "support") not in found
    assert ("Mieterbund", REFORM, "oppose") in found


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Den Vorstoß von Finanzministerin Petra Lang lehnt der Städtetag ab.", "Petra Lang"),
        ("Der Vorstoß der SPD stößt beim Städtetag auf Kritik.", "SPD"),
    ],
)
def test_the_author_of_a_proposal_backs_the_issue_it_refers_to(sentence: str, author: str) -> None:
    assert (author, REFORM, "support") in triples(OPEN + sentence, "de")


def test_a_compound_issue_name_keeps_all_its_parts() -> None:
    text = "Die Abgeordnete Jana Roth lehnt die geplante Neun-Stunden-Grenze ab."
    assert triples(text, "de") == {("Jana Roth", "Neun-Stunden-Grenze", "oppose")}


def test_a_kind_of_organisation_before_its_name_is_no_part_of_it() -> None:
    text = OPEN + "Die Umweltorganisation Grünes Netz Nord kritisierte die Reform."
    assert triples(text, "de") >= {("Grünes Netz Nord", REFORM, "oppose")}
    text = OPEN + (
        "Die Reform wird von der SPD und der Wählergemeinschaft Bürger für Lenzburg unterstützt."
    )
    found = triples(text, "de")
    assert {("SPD", REFORM, "support"), ("Bürger für Lenzburg", REFORM, "support")} <= found


def test_deciding_to_act_backs_the_action() -> None:
    text = (
        "Der Kreistag hat am Montag beschlossen, die Geburtsstation zum Jahresende zu schließen. "
        "Die Hebammen kritisierten die Schließung scharf."
    )
    assert ("Kreistag", "Schließung", "support") in triples(text, "de")


def test_reported_speech_after_a_semicolon_is_the_pronoun_speakers_own() -> None:
    text = (
        "Die Betriebsrätin Anna Vogt kritisierte die Schließung. Bürgermeister Jan Ebert stellte "
        "sich hinter die Belegschaft; der Verlust des Werks sei ein schwerer Schlag, sagte er."
    )
    found = triples(text, "de")
    assert ("Jan Ebert", "Belegschaft", "support") in found
    assert not [t for t in found if t[1] == "Jan Ebert"]


def test_an_actor_in_the_genitive_of_what_a_clause_judges_is_not_judged() -> None:
    text = OPEN + (
        "Vorstandschef Karl Bauer lehnt die Reform ab. Eine Zerschlagung der Kessler AG "
        "gefährde viele Arbeitsplätze, sagte er."
    )
    found = triples(text, "de")
    assert ("Karl Bauer", REFORM, "oppose") in found
    assert ("Karl Bauer", "Kessler AG", "oppose") not in found


def test_the_company_is_no_workforce_and_initials_alone_are_their_organisation() -> None:
    text = (
        "Die Firma Brenninger Antriebstechnik will ihr Werk in Kesselbach schließen. "
        "Die Gewerkschaft Technik und Metall (GTM) kritisierte die Pläne. "
        "„Das ist ein Schlag ins Gesicht“, sagte GTM-Bezirksleiterin Nadine Vogl. "
        "Bürgermeister Jan Ebert stellte sich hinter die Belegschaft. "
        "Ministerpräsident Karsten Olbrich hatte den Betrieb im Frühjahr als Vorbild gelobt."
    )
    found = triples(text, "de")
    assert ("Karsten Olbrich", "Brenninger Antriebstechnik", "support") in found
    assert not [t for t in found if "GTM" in t]


def test_the_leadership_of_the_company_and_a_protest_beside_an_accusation() -> None:
    text = (
        "Der Armaturenhersteller Kessler & Hagemann will die Schließung des Werks Grevenau. "
        "Die Gewerkschaft IGW rief zu einer Kundgebung gegen die Schließung auf und warf der "
        "Konzernspitze Kahlschlag vor."
    )
    found = triples(text, "de")
    assert ("Gewerkschaft IGW", "Kessler & Hagemann", "oppose") in found
    assert any(s == "Gewerkschaft IGW" and p == "oppose" and "Schließung" in t for s, t, p in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Abgeordnete Martina Haubold hält die Reform dagegen für »praxisfern«.",
            ("Martina Haubold", REFORM, "oppose"),
        ),
        ("Die CDU hält die Reform inzwischen für zu bürokratisch.", ("CDU", REFORM, "oppose")),
        (
            "Unterstützung signalisierte die Grünen-Abgeordnete Katja Ellerbrock.",
            ("Katja Ellerbrock", REFORM, "support"),
        ),
    ],
)
def test_verdicts_on_the_issue_at_hand(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "de")


def test_the_body_is_the_council_named_before_not_the_government() -> None:
    text = OPEN + (
        "Der Landeselternbeirat steht dagegen hinter der Regierung: Die Reform erleichtere den "
        "Unterricht erheblich, teilte das Gremium mit."
    )
    found = triples(text, "de")
    assert ("Landeselternbeirat", REFORM, "support") in found
    assert ("Landesregierung", REFORM, "support") in found
    assert ("Regierung", REFORM, "support") not in found


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Der Mieterbund kritisiert die Kosten der Reform.", "oppose"),
        ("Der Mieterbund zweifelt am Nutzen der Reform.", "oppose"),
        ("Der Mieterbund lobte die Ziele der Reform.", "support"),
        ("Der Mieterbund begrüßte die Idee der Reform.", "support"),
        ("Die Reform sei ein „Bürokratiemonster“, schimpfte der Mieterbund.", "oppose"),
        ("Der Mieterbund warnte vor steigenden Mieten.", "oppose"),
    ],
)
def test_a_verdict_on_an_aspect_or_effect_of_the_issue(sentence: str, polarity: str) -> None:
    found = triples(OPEN + sentence, "de")
    assert ("Mieterbund", REFORM, polarity) in found
    assert not [t for t in found if t[0] == "Mieterbund" and t[1] != REFORM]


def test_an_action_on_the_issue_is_no_aspect_of_it() -> None:
    text = (
        "Die Landesregierung plant ein Verbot der Anbindehaltung. Der Bauernverband hatte sich "
        "damals für eine Verschiebung des Verbots eingesetzt."
    )
    assert ("Bauernverband", "Verbot der Anbindehaltung", "support") not in triples(text, "de")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Verbandschef Peter Maurer nannte die Reform ein »Standortrisiko erster Güte«.", "oppose"),
        ("Die Reform sei ein Riesenerfolg, sagte Verbandschef Peter Maurer.", "support"),
        ("Die Reform sei ein Misserfolg, sagte Verbandschef Peter Maurer.", "oppose"),
    ],
)
def test_a_compound_of_a_verdict_is_a_verdict(sentence: str, polarity: str) -> None:
    assert ("Peter Maurer", REFORM, polarity) in triples(OPEN + sentence, "de")


def test_a_negation_before_a_colon_does_not_reach_past_it() -> None:
    text = OPEN + (
        "Unterstützung signalisierte die Abgeordnete Katja Ellerbrock, der die Reform allerdings "
        "nicht weit genug geht: Sie fordert ein Verbot von Zweitwohnungen."
    )
    assert ("Katja Ellerbrock", "Verbot von Zweitwohnungen", "support") in triples(text, "de")


def test_a_pair_named_as_allies_or_rivals_relates_both_ways() -> None:
    found = triples("Markus Thiel und Claudia Benz galten lange als enge Verbündete.", "de")
    assert found == {
        ("Markus Thiel", "Claudia Benz", "support"),
        ("Claudia Benz", "Markus Thiel", "support"),
    }
    text = (
        "Gerd Wallmann fordert den Rücktritt von Sabine Kortüm. Die beiden, die lange als enge "
        "Verbündete galten, liefern sich seit Wochen einen Schlagabtausch."
    )
    found = triples(text, "de")
    assert {
        ("Sabine Kortüm", "Gerd Wallmann", "support"),
        ("Gerd Wallmann", "Sabine Kortüm", "support"),
        ("Sabine Kortüm", "Gerd Wallmann", "oppose"),
    } <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Anna Vogt geht auf Konfrontationskurs zu Landrat Peter Kessler.", "oppose"),
        ("Bürgermeisterin Anna Vogt hat sich mit Landrat Peter Kessler überworfen.", "oppose"),
        ("Bürgermeisterin Anna Vogt forderte Landrat Peter Kessler zum Rücktritt auf.", "oppose"),
        ("Bürgermeisterin Anna Vogt legte Landrat Peter Kessler den Rücktritt nahe.", "oppose"),
        ("Anna Vogt kündigte Landrat Peter Kessler die Gefolgschaft auf.", "oppose"),
    ],
)
def test_relations_between_two_people(sentence: str, expected: str) -> None:
    assert ("Anna Vogt", "Peter Kessler", expected) in triples(sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Mieterbund zeigte sich von der Reform enttäuscht.", ("Mieterbund", REFORM, "oppose")),
        ("Der Mieterbund gab sich mit der Reform zufrieden.", ("Mieterbund", REFORM, "support")),
        (
            "Der Mieterbund zeigte sich über Ministerin Petra Lang verärgert.",
            ("Mieterbund", "Petra Lang", "oppose"),
        ),
    ],
)
def test_an_attitude_shown_toward_what_the_clause_names(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(OPEN + sentence, "de")


def test_an_attitude_shown_without_an_object_is_no_verdict_on_the_topic() -> None:
    found = triples(OPEN + "Der Mieterbund zeigte sich enttäuscht.", "de")
    assert not [t for t in found if t[0] == "Mieterbund"]


def test_a_constitutional_complaint_is_against_the_law_not_the_ruling() -> None:
    text = (
        "Das Bundesverfassungsgericht hat das Heizungsgesetz gekippt. Die Grünen begrüßten das "
        "Urteil. Die SPD lobte das Urteil. Die FDP kritisierte das Urteil. Die CDU begrüßte das "
        "Urteil. Geklagt hatte der Verein Klimarecht, der die Verfassungsbeschwerde eingereicht "
        "hatte."
    )
    found = triples(text, "de")
    assert ("Verein Klimarecht", "Heizungsgesetz", "oppose") in found
    assert not [t for t in found if t[0] == "Verein Klimarecht" and t[1] != "Heizungsgesetz"]


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Der Mieterbund kann der Reform wenig abgewinnen.", "oppose"),
        ("Der Mieterbund kann der Reform viel abgewinnen.", "support"),
        ("Die Reform findet beim Mieterbund Anklang.", "support"),
    ],
)
def test_degrees_of_liking_and_a_reception(sentence: str, polarity: str) -> None:
    assert ("Mieterbund", REFORM, polarity) in triples(OPEN + sentence, "de")


def test_a_number_after_a_preposition_ends_that_phrase() -> None:
    text = "Die Stadtwerke Rottenbach wollen bis 2028 ein Geothermie-Kraftwerk am Stadtrand bauen."
    assert triples(text, "de") == {("Stadtwerke Rottenbach", "Geothermie-Kraftwerk", "support")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die CDU hat die Reform im Ausschuss durchgewinkt.", ("CDU", REFORM, "support")),
        ("Die Opposition verschleppt die Reform seit Monaten.", ("Opposition", REFORM, "oppose")),
        ("Die FDP hintertreibt die Reform.", ("FDP", REFORM, "oppose")),
        ("Die SPD will die Reform forcieren.", ("SPD", REFORM, "support")),
    ],
)
def test_pushing_or_stalling_an_issue(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "de")


def test_a_merger_is_named_with_its_partner() -> None:
    text = (
        "Der Vorstand der Elbtaler Genossenschaftsbank plant die Fusion mit der Volksbank "
        "Ostheide. Olaf Reincke lehnt die Fusion ab."
    )
    found = triples(text, "de")
    assert ("Olaf Reincke", "Fusion mit der Volksbank Ostheide", "oppose") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Reform werde die Mieten in die Höhe treiben, befürchtet Verbandschef Karl Bauer.",
            ("Karl Bauer", REFORM, "oppose"),
        ),
        (
            "Mit der Reform werde alles besser, versprach Finanzministerin Petra Lang.",
            ("Petra Lang", REFORM, "support"),
        ),
        (
            "Die Reform sei „handwerklich schlecht gemacht“, urteilte der Städtetag.",
            ("Städtetag", REFORM, "oppose"),
        ),
        ("Der Städtetag erklärte: Die Reform entlaste Familien.", ("Städtetag", REFORM, "support")),
        (
            "„Wir brauchen diese Reform“, betonte Finanzministerin Petra Lang.",
            ("Petra Lang", REFORM, "support"),
        ),
    ],
)
def test_more_reported_speech(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "de")


@pytest.mark.parametrize("marker", ["darunter", "allen voran"])
def test_a_member_named_after_its_group_shares_its_side(marker: str) -> None:
    text = OPEN + f"Die Grünen lehnten die Reform ab, {marker} Fraktionschefin Jana Roth."
    assert ("Jana Roth", REFORM, "oppose") in triples(text, "de")


@pytest.mark.parametrize(
    "verdict", ["ein »fatales Signal«", "ein „fatales Signal“", "einen »herben Rückschlag«"]
)
def test_a_quoted_verdict_is_judged_by_its_adjective(verdict: str) -> None:
    # a quoted noun is tagged as foreign material (FM); its adjective still decides
    text = OPEN + f"Ministerpräsidentin Carola Stein nannte die Reform {verdict} für den Standort."
    assert ("Carola Stein", REFORM, "oppose") in triples(text, "de")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Aus Sicht des Sozialverbands VdK ist die Reform überfällig.", "Sozialverband VdK"),
        ("Aus Sicht des Bauernverbands Westfalen ist die Reform gut.", "Bauernverband Westfalen"),
        ("Ein Sprecher des Sozialverbands Nord lobt die Reform.", "Sozialverband Nord"),
    ],
)
def test_a_many_word_organisation_in_the_genitive_is_named_in_the_nominative(
    sentence: str, source: str
) -> None:
    assert (source, REFORM, "support") in triples(OPEN + sentence, "de")


def test_holding_something_against_someone_opposes_them() -> None:
    text = "Bianca Kröger hielt Finanzminister Martin Oswald entgegen, er spiele auf Zeit."
    assert ("Bianca Kröger", "Martin Oswald", "oppose") in triples(text, "de")


def test_impersonal_speech_names_the_owner_of_a_statement() -> None:
    said = "heißt es in einer Stellungnahme des Sozialverbands VdK."
    text = OPEN + "Die Reform belaste Familien, " + said
    assert ("Sozialverband VdK", REFORM, "oppose") in triples(text, "de")


@pytest.mark.parametrize("noun", ["Gewerkschaft", "Partei"])
def test_a_generic_union_or_party_is_never_the_government_named_before(noun: str) -> None:
    found = triples(OPEN + f"Die {noun} kritisierte die Reform.", "de")
    assert ("Landesregierung", REFORM, "oppose") not in found
    text = OPEN + f"Die {noun} Zukunft lobt die Reform. Die {noun} kritisierte aber die Kosten."
    assert (f"{noun} Zukunft", REFORM, "support") in triples(text, "de")


def test_a_pair_named_as_one_team_supports_each_other() -> None:
    found = triples("Markus Thiel und Claudia Benz galten lange als eingespieltes Team.", "de")
    assert {
        ("Markus Thiel", "Claudia Benz", "support"),
        ("Claudia Benz", "Markus Thiel", "support"),
    } <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Markus Thiel kritisierte den Verbündeten von Claudia Benz.", None),
        ("Markus Thiel traf einen Vertrauten von Claudia Benz.", None),
        ("Markus Thiel gehört zu den Verbündeten von Claudia Benz.", "support"),
        ("Markus Thiel gilt als Verbündeter von Claudia Benz.", "support"),
    ],
)
def test_a_relation_noun_as_object_is_someone_elses_relation(
    sentence: str, expected: str | None
) -> None:
    found = triples(sentence, "de")
    pair = {p for s, t, p in found if (s, t) == ("Markus Thiel", "Claudia Benz")}
    assert pair == ({expected} if expected else set())
    assert not any(t.startswith(("Verbündet", "Vertraut")) for _, t, _ in found)


LANG_UP = ("Städtetag", "Petra Lang", "support")
LANG_DOWN = ("Mieterbund", "Petra Lang", "oppose")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Städtetag hat Ministerin Petra Lang den Rücken gestärkt.", LANG_UP),
        ("Der Städtetag will Ministerin Petra Lang den Rücken stärken.", LANG_UP),
        ("Der Mieterbund hat die Reform infrage gestellt.", ("Mieterbund", REFORM, "oppose")),
        ("Der Mieterbund hat gegen die Reform mobil gemacht.", ("Mieterbund", REFORM, "oppose")),
        ("Der Mieterbund hat Ministerin Petra Lang ins Visier genommen.", LANG_DOWN),
        ("Der Städtetag hat Ministerin Petra Lang in Schutz genommen.", LANG_UP),
    ],
)
def test_an_idiom_completed_before_a_final_participle_or_infinitive(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(OPEN + sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Abgeordnete Karl Bauer fiel Ministerin Petra Lang in den Rücken.", "oppose"),
        ("Der Städtetag stellte sich schützend vor Ministerin Petra Lang.", "support"),
        ("Der Städtetag rückt von der Reform ab.", "oppose"),
        ("Der Mieterbund wertete die Reform als Rückschritt.", "oppose"),
        ("Der Städtetag hieß die Reform gut.", "support"),
        ("Der Städtetag hat die Reform gutgeheißen.", "support"),
        ("Der Städtetag gab grünes Licht für die Reform.", "support"),
        ("Der Städtetag hat der Reform grünes Licht gegeben.", "support"),
    ],
)
def test_more_german_idioms_of_taking_sides(sentence: str, expected: str) -> None:
    found = triples(OPEN + sentence, "de")
    assert any(
        p == expected and t in (REFORM, "Petra Lang") and s != "Landesregierung"
        for s, t, p in found
    )


def test_introducing_oneself_takes_no_side() -> None:
    assert triples("Die Ministerin Petra Lang stellte sich den Journalisten vor.", "de") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sie" judged: whichever was spoken of last, the issue or a woman
        ("Der Mieterbund nannte sie unsozial.", ("Mieterbund", REFORM, "oppose")),
        (
            "Ministerin Petra Lang stellte die Reform vor. Karl Bauer nannte sie eine Lügnerin.",
            ("Karl Bauer", "Petra Lang", "oppose"),
        ),
        # the owner of a stance noun named before it, when no cue verb takes the noun
        (
            "Verbandschef Karl Bauer meldete sich. Bauers Kritik an der Reform fiel deutlich aus.",
            ("Karl Bauer", REFORM, "oppose"),
        ),
        # "er"/"sie" for an organisation of that gender when no person fits
        (
            "Der Mieterbund meldete sich zu Wort. Er lehnt die Reform ab.",
            ("Mieterbund", REFORM, "oppose"),
        ),
        ("Wie der Mieterbund mitteilte, lehnt er die Reform ab.", ("Mieterbund", REFORM, "oppose")),
        (
            "Die Gewerkschaft Verdi meldete sich zu Wort. Sie lehnt die Reform ab.",
            ("Gewerkschaft Verdi", REFORM, "oppose"),
        ),
        (
            "Der Mieterbund lud Karl Bauer ein. Er lobte die Reform.",
            ("Karl Bauer", REFORM, "support"),
        ),
    ],
)
def test_pronouns_and_owners_for_issues_and_organisations(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(OPEN + text, "de")


def test_the_owner_of_a_demanded_removal_is_its_target() -> None:
    text = "Der Investor Northgate Capital fordert seit Wochen Möllenkamps Ablösung. " + (
        "Carsten Möllenkamp ist Vorstandschef."
    )
    found = triples(text, "de")
    assert ("Carsten Möllenkamp", "Northgate Capital", "oppose") not in found


def test_a_role_given_by_a_copula_is_used_later() -> None:
    text = OPEN + "Lena Vogt ist Bürgermeisterin. Anna Weber sprach danach. "
    text += "Die Bürgermeisterin lobte die Reform."
    found = triples(text, "de")
    assert ("Lena Vogt", REFORM, "support") in found
    assert ("Anna Weber", REFORM, "support") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Karl Bauer bescheinigte Ministerin Petra Lang gute Arbeit.", ("Petra Lang", "support")),
        ("Karl Bauer bescheinigte der Reform handwerkliche Mängel.", (REFORM, "oppose")),
        ("Karl Bauer stützt die Kandidatur von Ministerin Petra Lang.", ("Petra Lang", "support")),
        ("Karl Bauer stützt die Wiederwahl des Präsidenten Jan Hold.", ("Jan Hold", "support")),
    ],
)
def test_attested_verdicts_and_a_persons_candidacy(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert ("Karl Bauer", *expected) in triples(OPEN + sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Rückhalt bekommt sie von den Jusos Ostfalen und der SPD.", "Jusos Ostfalen"),
        ("Die SPD Ostfalen stellte sich hinter die Reform.", "SPD Ostfalen"),
        ("Die SPD Vorsitzende lobt die Reform.", "SPD"),
    ],
)
def test_a_party_followed_by_a_place_is_its_branch_there(sentence: str, actor: str) -> None:
    assert actor in {s for s, _, _ in triples(OPEN + sentence, "de")}


def test_a_partys_opposition_is_one_body_and_no_issue() -> None:
    found = triples(OPEN + "Die CDU-Opposition lehnt die Reform ab.", "de")
    assert ("CDU-Opposition", REFORM, "oppose") in found
    assert not any(t == "Opposition" for _, t, _ in found)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Corvan Capital will die Reform zu Fall bringen.", REFORM),
        ("Corvan Capital macht Druck auf Ministerin Petra Lang.", "Petra Lang"),
        # the general polarity table scores "schwarz" as positive
        ("Corvan Capital sprach von einem „schwarzen Tag“.", REFORM),
    ],
)
def test_bringing_down_pressure_and_black_days(sentence: str, target: str) -> None:
    assert ("Corvan Capital", target, "oppose") in triples(OPEN + sentence, "de")


def test_pressure_from_circumstances_is_no_statement() -> None:
    assert triples("Steigende Kosten setzen die Kommunen unter Druck.", "de") == set()


def test_a_spokesperson_compound_speaks_for_the_organisation() -> None:
    text = OPEN + "Ein Mieterbund-Sprecher sagte, die Reform sei unsozial."
    assert ("Mieterbund", REFORM, "oppose") in triples(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        # a quotation that goes on in the next sentence is still the speaker's
        "„Wir sind enttäuscht“, sagte Verbandschef Karl Bauer. „Die Reform belastet Familien.“",
        "Verbandschef Karl Bauer sagte: „Wir sind enttäuscht. Die Reform belastet Familien.“",
        # so is indirect speech in the subjunctive after a sentence in which he spoke
        "Verbandschef Karl Bauer äußerte sich am Montag. Die Reform sei ein Fehler.",
    ],
)
def test_speech_that_goes_on_in_the_next_sentence(text: str) -> None:
    assert ("Karl Bauer", REFORM, "oppose") in triples(OPEN + text, "de")


def test_a_sentence_about_someone_named_in_it_is_no_continued_speech() -> None:
    text = OPEN + "Verbandschef Karl Bauer äußerte sich. Anna Weber habe die Reform gelobt."
    assert ("Karl Bauer", REFORM, "support") not in triples(text, "de")


@pytest.mark.parametrize(
    "title", ["CDU-Generalsekretär", "CDU-Urgestein", "Kämmerin", "Grünen-Lobbyistin"]
)
def test_a_party_hyphened_onto_any_title_is_no_source(title: str) -> None:
    found = triples(f"{title} Henning Stark kritisierte Finanzministerin Petra Lang.", "de")
    assert ("Henning Stark", "Petra Lang", "oppose") in found
    assert not any(t == "Henning Stark" for _, t, _ in found)


@pytest.mark.parametrize(
    ("sentence", "sources", "polarity"),
    [
        (
            "Miriam Vogt und ihr Parteifreund Jonas Hartmann verteidigten die Reform.",
            ("Miriam Vogt", "Jonas Hartmann"),
            "support",
        ),
        (
            "Sowohl der Mieterbund als auch der Städtetag lehnen die Reform ab.",
            ("Mieterbund", "Städtetag"),
            "oppose",
        ),
        # negated: no side either way, and no relation between the two parties
        ("Weder die CDU noch die FDP wollen der Reform zustimmen.", ("CDU", "FDP"), "neutral"),
    ],
)
def test_coordinated_subjects_share_the_statement(
    sentence: str, sources: tuple[str, str], polarity: str
) -> None:
    found = triples(OPEN + sentence, "de")
    assert {(s, REFORM, polarity) for s in sources} <= found
    assert not any({s, t} == set(sources) for s, t, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Ökonomin Martina Wendt hält die Kritik an der Reform für weit überzogen.",
        "Der Städtetag nannte die Kritik an der Reform überzogen.",
    ],
)
def test_judging_the_criticism_of_an_issue_is_no_criticism_of_it(sentence: str) -> None:
    found = triples(OPEN + sentence, "de")
    assert not any(t == REFORM and p == "oppose" for s, t, p in found if s != "Landesregierung")


def test_joining_the_criticism_still_opposes() -> None:
    text = OPEN + "Der Mieterbund kritisierte die Reform. Der Städtetag schloss sich der Kritik an."
    assert ("Städtetag", REFORM, "oppose") in triples(text, "de")


def test_a_concession_is_judged_by_what_follows_the_contrast() -> None:
    text = OPEN + (
        "Zwar habe die Reform Schwächen, räumte Anja Zimmermann vom Seniorenrat ein, "
        "doch überwögen aus ihrer Sicht klar die Vorteile."
    )
    found = triples(text, "de")
    assert ("Anja Zimmermann", REFORM, "support") in found
    assert ("Anja Zimmermann", REFORM, "oppose") not in found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Jan Bauer traf Eva Holl. Die 48-Jährige kritisierte die Reform.", "Eva Holl"),
        ("Eva Holl traf Jan Bauer. Der 62-Jährige kritisierte die Reform.", "Jan Bauer"),
    ],
)
def test_a_person_named_by_age_is_the_one_of_that_gender(text: str, source: str) -> None:
    assert (source, REFORM, "oppose") in triples(OPEN + text, "de")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Schützenhilfe bekommt Bauminister Jens Albrecht vom Ökonomen Frederik Mahlmann.",
            ("Frederik Mahlmann", "Jens Albrecht", "support"),
        ),
        ("Der Bauernverband Nord stellt sich quer.", ("Bauernverband Nord", REFORM, "oppose")),
        (
            "Steuerberater Wilhelm Frerichs sagte, die Reform sei „handwerklich missglückt“.",
            ("Wilhelm Frerichs", REFORM, "oppose"),
        ),
    ],
)
def test_help_obstruction_and_botched_work(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "source", "polarity"),
    [
        (
            "Als „Etikettenschwindel“ bezeichnete der Steuerberaterverband Nord die Reform.",
            "Steuerberaterverband Nord",
            "oppose",
        ),
        (
            "Einen „längst fälligen Befreiungsschlag“ nannte Juso-Chefin Lea Hansen die Reform.",
            "Lea Hansen",
            "support",
        ),
        ("Skeptisch beurteilt der Bauernverband Nord die Pläne.", "Bauernverband Nord", "oppose"),
    ],
)
def test_a_verdict_fronted_before_the_verb(sentence: str, source: str, polarity: str) -> None:
    assert (source, REFORM, polarity) in triples(OPEN + sentence, "de")


def test_an_attribution_with_the_speakers_apposition() -> None:
    text = OPEN + (
        "Nach Ansicht von Sabine Krüger, Sprecherin der Grünen im Landtag, ist die Reform "
        "„gerecht und längst überfällig“."
    )
    found = triples(text, "de")
    assert ("Sabine Krüger", REFORM, "support") in found
    assert not any(t == "Grüne" for _, t, _ in found)


def test_understanding_the_worries_of_others_is_no_stance() -> None:
    text = (
        "Die geplante Schließung der Geburtsstation sorgt für Streit. "
        "Chefarzt Paul Rieger verstehe die Kritik der Eltern, sagte er."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Paul Rieger", "Schließung der Geburtsstation", "oppose") not in found


def test_the_subject_after_the_verb_of_a_clause_that_opens_with_an_adverbial() -> None:
    text = (
        "Talbach bekommt ein neues Freibad: Mit 19 zu 12 Stimmen billigte der Gemeinderat am "
        "Dienstag den Neubau. Der Schwimmclub Talbach warb seit Jahren für das Bad und lobte "
        "die Entscheidung."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert any(s == "Gemeinderat" and p == "support" for s, _, p in found)
    assert ("Schwimmclub Talbach", "Freibad", "support") in found
    assert not any(s == "Talbach" for s, _, _ in found)


def test_a_relative_clause_the_tagger_missed_and_its_genitive_owner() -> None:
    text = (
        "Innenministerin Sabine Kroll (SPD) kritisierte die Reform. Rückendeckung erhält "
        "Minister Paul Weiß von Fraktionschef Timo Brand, der Krolls Einwände "
        "»parteitaktisch motiviert« nannte."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Timo Brand", "Paul Weiß", "support") in found
    assert ("Timo Brand", "Sabine Kroll", "oppose") in found
    assert ("Sabine Kroll", "Paul Weiß", "support") not in found
    assert ("Paul Weiß", "Sabine Kroll", "support") not in found


def test_the_agent_of_a_participle_is_not_the_source_of_resistance() -> None:
    text = (
        "Die von der Gebührenkommission empfohlene Erhöhung der Müllgebühren stößt auf "
        "Widerstand."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Gebührenkommission", "Erhöhung der Müllgebühren", "support") in found
    assert ("Gebührenkommission", "Erhöhung der Müllgebühren", "oppose") not in found
    text = "Das Land plant eine Kürzung der Zuschüsse. Widerspruch kommt vom Landesrechnungshof."
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Landesrechnungshof", "Kürzung der Zuschüsse", "oppose") in found


def test_a_nominalisation_of_the_verb_that_took_the_issue() -> None:
    text = (
        "Der Senat will die Zweckentfremdungssteuer verlängern. Der Eigentümerverband Haus "
        "und Grund Nord nannte die Verlängerung »investitionsfeindlich«."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert any(
        "Haus und Grund" in s and t == "Zweckentfremdungssteuer" and p == "oppose"
        for s, t, p in found
    )


def test_a_hyphenated_ban_and_a_hyphenated_alliance() -> None:
    text = (
        "Die Regierung will ein Böller-Aus zum Jahreswechsel. Der Verband der Pyrotechnik Süd "
        "lehnt das Böller-Aus ab. Rückendeckung erhält das Verbot von der Tierschutz-Allianz."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Verband der Pyrotechnik Süd", "Böller-Aus", "oppose") in found
    assert ("Tierschutz-Allianz", "Böller-Aus", "support") in found


def test_a_scolding_after_a_quotation_is_about_the_issue() -> None:
    text = (
        "Der Kreis plant die Schließung der Grundschule Hagenau. »Dann fahren unsere Kinder "
        "jeden Tag eine Stunde Bus«, schimpfte Elternsprecher Jonas Reuter."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Jonas Reuter", "Schließung der Grundschule Hagenau", "oppose") in found


def test_the_package_wins_over_its_parts_as_the_issue_at_hand() -> None:
    text = (
        "Das Klimapaket der Landesregierung sieht eine Solarpflicht und ein Ölheizungsverbot "
        "vor. Die Grünen-Fraktionschefin Maren Ohl nannte die Maßnahmen »überfällig«."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Maren Ohl", "Klimapaket", "support") in found
    assert ("Maren Ohl", "Ölheizungsverbot", "support") not in found


def test_an_issue_word_in_the_genitive_refers_back() -> None:
    text = (
        "Die Landesregierung plant ein Heizungsgesetz. Der Mieterbund gilt als Kritiker des "
        "Gesetzes, die Handwerkskammer als Befürworterin des Pakets."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Mieterbund", "Heizungsgesetz", "oppose") in found
    assert ("Handwerkskammer", "Heizungsgesetz", "support") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Kreisvorstand hat sich einstimmig auf Stadträtin Julia Brandt festgelegt.",
            ("Kreisvorstand", "Julia Brandt", "support"),
        ),
        (
            "Die Grünen stellten sich an die Seite von Ministerin Anna Roth.",
            ("Grüne", "Anna Roth", "support"),
        ),
        (
            "Fraktionsvize Eva Stein betonte, man stehe an der Seite von Minister Paul Kern.",
            ("Eva Stein", "Paul Kern", "support"),
        ),
    ],
)
def test_committing_to_and_standing_beside_a_person(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = {(s.source, s.target, s.polarity) for s in extract_text(sentence, "de")}
    assert expected in found


def test_not_yet_committed_to_a_candidate_is_no_side() -> None:
    text = "Der Verband hat sich noch nicht auf Stadträtin Julia Brandt festgelegt."
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Verband", "Julia Brandt", "support") not in found


def test_an_outraged_reaction_to_a_named_issue_and_a_distant_nominalisation() -> None:
    text = (
        "Die Grundschulen in Talbach und Au sollen zusammengelegt werden. Der Elternbeirat "
        "reagierte empört auf die Schulfusion."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Elternbeirat", "Schulfusion", "oppose") in found
    text = (
        "Bauministerin Eva Kern (SPD) will die Mietpreisbremse verlängern. Die Regelung habe "
        "sich bewährt, sagte sie. Der Mieterbund begrüßte den Entwurf. Kritik kam vom "
        "Eigentümerverband Nord. Dessen Präsident Olaf Brink nannte die Verlängerung "
        "»investitionsfeindlich«."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Olaf Brink", "Mietpreisbremse", "oppose") in found


def test_the_head_of_an_analytic_issue_name_refers_back() -> None:
    text = (
        "Die Verlängerung der Linie 7 kostet 60 Millionen Euro. Oberbürgermeister Jan Sauer "
        "(SPD) verteidigte die Verlängerung gegen Kritik."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Jan Sauer", "Verlängerung der Linie 7", "support") in found


@pytest.mark.parametrize(
    "judgement",
    [
        "hält die Kosten von zwölf Millionen Euro für nicht tragbar",
        "hält die Idee für falsch",
        "hält die Kosten des Freibads für zu hoch",
        "hält den Standort am Waldrand für falsch",
    ],
)
def test_judging_an_aspect_of_the_issue_at_hand(judgement: str) -> None:
    text = f"Die Gemeinde plant ein neues Freibad. FDP-Stadtrat Uwe Klee {judgement}."
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Uwe Klee", "Freibad", "oppose") in found


def test_a_former_district_head_is_not_the_district_head() -> None:
    text = (
        "Der Kreistag streitet über die Klinikschließung. Der frühere Landrat Paul Kern lobte "
        "die Pläne. Die Grünen warfen dem Landrat vor, die Bürger zu übergehen."
    )
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Grüne", "Paul Kern", "oppose") not in found


@pytest.mark.parametrize(
    "reply",
    [
        "Von Kern wurde der Vorwurf als „billige Polemik“ zurückgewiesen.",
        "Der Vorwurf wurde von Kern als „billige Polemik“ zurückgewiesen.",
    ],
)
def test_a_reproach_rejected_in_the_passive_opposes_who_made_it(reply: str) -> None:
    text = "Eva Roth warf Landrat Paul Kern vor, die Klinik zu verkaufen. " + reply
    found = {(s.source, s.target, s.polarity) for s in extract_text(text, "de")}
    assert ("Paul Kern", "Eva Roth", "oppose") in found
    assert not any(t == "Vorwurf" for _, t, _ in found)


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Ministerin Katrin Lohse kehrte Bürgermeister Jan Wiese den Rücken.", "oppose"),
        ("Ministerin Katrin Lohse sprang Bürgermeister Jan Wiese zur Seite.", "support"),
        ("Ministerin Katrin Lohse knöpfte sich Bürgermeister Jan Wiese vor.", "oppose"),
        ("Ministerin Katrin Lohse hielt Bürgermeister Jan Wiese die Treue.", "support"),
        ("Ministerin Katrin Lohse legte sich mit Bürgermeister Jan Wiese an.", "oppose"),
        ("Ministerin Katrin Lohse las Bürgermeister Jan Wiese die Leviten.", "oppose"),
        ("Ministerin Katrin Lohse attestierte Bürgermeister Jan Wiese Versagen.", "oppose"),
        (
            "Ministerin Katrin Lohse stellte Bürgermeister Jan Wiese ein schlechtes Zeugnis aus.",
            "oppose",
        ),
        (
            "Ministerin Katrin Lohse stellte Bürgermeister Jan Wiese ein gutes Zeugnis aus.",
            "support",
        ),
    ],
)
def test_idioms_of_siding_with_or_against_a_person(sentence: str, polarity: str) -> None:
    assert triples(sentence, "de") == {("Katrin Lohse", "Jan Wiese", polarity)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt legte einen Fonds mit zehn Millionen Euro an.",
        "Der Hausmeister kehrte den Hof mit dem Besen.",
        "Das Museum stellte Bilder von Jan Wiese aus.",
        "Die Behörde stellte Katrin Lohse einen neuen Pass aus.",
        "Katrin Lohse las aus ihrem Buch über Jan Wiese.",
        "Der Schütze Jan Wiese schoss sich auf das Ziel ein.",
        "Die Beschäftigten von Jan Wiese gingen auf die Straße.",
    ],
)
def test_the_same_words_without_the_idiom_take_no_side(sentence: str) -> None:
    assert triples(sentence, "de") == set()


def test_a_hyphen_compound_ending_in_a_general_word_names_an_issue_whole() -> None:
    found = {
        (s.source, s.target, s.polarity)
        for s in extract_text(
            "Der Arbeitgeberverband Nordmetall lehnt die 35-Stunden-Woche ab.", "de"
        )
    }
    assert ("Arbeitgeberverband Nordmetall", "35-Stunden-Woche", "oppose") in found


def test_a_clause_about_whoever_blocks_it_is_not_the_speakers_stance() -> None:
    opening = "Die Regierung plant eine Krankenhausreform. "
    blame = (
        "„Wer die Reform blockiert, gefährdet Tausende Arbeitsplätze“, sagte Ministerin Ina Roth."
    )
    assert ("Ina Roth", "Krankenhausreform", "support") in triples(opening + blame, "de")
    unclear = "Ministerin Ina Roth sagte, wer die Reform blockiere, werde das im Landtag sagen."
    assert not any(s == "Ina Roth" for s, _t, _p in triples(opening + unclear, "de"))


@pytest.mark.parametrize(
    "blame",
    [
        "nehme in Kauf, dass Kliniken schließen",
        "setze Tausende Arbeitsplätze aufs Spiel",
        "habe keine Ahnung vom Alltag der Pflegekräfte",
    ],
)
def test_a_blame_idiom_about_whoever_blocks_it_backs_the_issue(blame: str) -> None:
    text = (
        "Die Regierung plant eine Krankenhausreform. Ministerin Ina Roth konterte: Wer gegen die "
        f"Reform stimme, {blame}."
    )
    assert ("Ina Roth", "Krankenhausreform", "support") in triples(text, "de")


def test_what_whoever_the_clause_means_does_is_not_the_speakers_stance() -> None:
    text = "Ministerin Ina Roth konterte, wer Härte verweigere, stärke nur Präsident Ivo Marek."
    assert ("Ina Roth", "Ivo Marek", "support") not in triples(text, "de")
    # the reply to the person addressed still opposes them
    reply = (
        "Wer die Klinik um jeden Preis erhalten wolle, müsse sagen, woher das Geld komme, "
        "hielt Landrat Udo Kern Bürgermeister Jan Vogt entgegen."
    )
    assert ("Udo Kern", "Jan Vogt", "oppose") in triples(reply, "de")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Verbandschefin Ina Roth sagte, die Reform müsse gestoppt werden.", "oppose"),
        ("Die Reform gehöre abgeschafft, sagte Verbandschefin Ina Roth.", "oppose"),
        ("Die Reform dürfe nicht gestoppt werden, sagte Verbandschefin Ina Roth.", "support"),
        ("Die Reform müsse ausgeweitet werden, sagte Verbandschefin Ina Roth.", "support"),
    ],
)
def test_what_must_happen_to_an_issue_is_a_side_on_it(sentence: str, polarity: str) -> None:
    assert triples(OPEN + sentence, "de") >= {("Ina Roth", REFORM, polarity)}


def test_a_time_clause_with_a_modal_is_no_demand() -> None:
    text = OPEN + (
        "Verbandschefin Ina Roth sagte, sie habe die Reform gelobt, als Zuschüsse gestrichen "
        "werden sollten."
    )
    assert ("Ina Roth", REFORM, "oppose") not in triples(text, "de")


def test_demanding_that_a_change_not_happen_backs_the_issue() -> None:
    text = OPEN + "Verbandschefin Ina Roth forderte, die Reform nicht zu stoppen."
    assert ("Ina Roth", REFORM, "support") in triples(text, "de")
    assert ("Ina Roth", REFORM, "oppose") not in triples(text, "de")


def test_a_court_ruling_takes_no_side_but_reactions_to_it_do() -> None:
    text = (
        "Das Verwaltungsgericht Rotheim hat die geplante Sonntagsöffnung gestoppt. "
        "Die Gewerkschaft Verdi begrüßte das Urteil."
    )
    found = triples(text, "de")
    assert not any(s == "Verwaltungsgericht Rotheim" for s, _t, _p in found)
    assert any(s == "Gewerkschaft Verdi" and p == "support" for s, _t, p in found)


def test_what_a_body_is_scheduled_to_do_is_not_its_side() -> None:
    opening = "Die Regierung plant ein Polizeigesetz. "
    scheduled = opening + "Der Landtag soll das Polizeigesetz vor der Sommerpause verabschieden."
    assert not any(s == "Landtag" for s, _t, _p in triples(scheduled, "de"))
    willed = opening + "Der Landtag will das Polizeigesetz verabschieden."
    assert ("Landtag", "Polizeigesetz", "support") in triples(willed, "de")


def test_what_an_issue_is_to_be_without_is_part_of_its_name() -> None:
    text = "Verbandschef Bernd Ostermann lehnt Apotheken ohne Apotheker entschieden ab."
    assert triples(text, "de") == {("Bernd Ostermann", "Apotheken ohne Apotheker", "oppose")}


def test_a_second_reported_verb_shares_the_speaker_of_the_first() -> None:
    text = OPEN + (
        "Man unterstütze die Reform, lehne aber Apotheken ohne Apotheker entschieden ab, "
        "erklärte Verbandschef Bernd Ostermann."
    )
    found = triples(text, "de")
    assert ("Bernd Ostermann", REFORM, "support") in found
    assert ("Bernd Ostermann", "Apotheken ohne Apotheker", "oppose") in found


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Der Städtetag ist von der Reform nicht überzeugt.", "oppose"),
        ("Der Städtetag ist von der Reform nicht völlig überzeugt.", "neutral"),
        ("Der Städtetag ist von der Reform nicht enttäuscht.", "neutral"),
    ],
)
def test_a_denied_favourable_attitude_opposes(sentence: str, polarity: str) -> None:
    found = {(s.source, s.target, s.polarity) for s in extract_text(OPEN + sentence, "de")}
    assert ("Städtetag", REFORM, polarity) in found


def test_an_attitude_to_criticism_takes_no_side() -> None:
    text = (
        "Landrat Dieter Wendling plant die Schließung des Krankenhauses. Die Ärztin Petra "
        "Lindemann kritisierte die Schließung scharf. Wendling zeigte sich von der Kritik "
        "unbeeindruckt."
    )
    found = triples(text, "de")
    assert ("Dieter Wendling", "Schließung des Krankenhauses", "support") in found
    assert ("Dieter Wendling", "Schließung des Krankenhauses", "oppose") not in found
    assert not any(s == "Dieter Wendling" and t == "Petra Lindemann" for s, t, _p in found)


@pytest.mark.parametrize(
    "body",
    ["Vorstand der Elbtaler Genossenschaftsbank", "Betriebsrat von Kessler & Hagemann"],
)
def test_the_body_of_a_named_organisation_is_named_with_it(body: str) -> None:
    found = triples(OPEN + f"Der {body} lehnt die Reform ab.", "de")
    assert (body, REFORM, "oppose") in found


def test_a_judged_noun_object_no_rule_named_is_the_issue() -> None:
    text = (
        "Die Regionalbahn will mehrere Haltepunkte nur noch alle zwei Stunden bedienen. Der "
        "Fahrgastverband Pro Schiene hält die Ausdünnung für falsch."
    )
    found = triples(text, "de")
    assert ("Fahrgastverband Pro Schiene", "Ausdünnung", "oppose") in found


def test_a_policy_in_a_place_is_named_without_the_place() -> None:
    text = (
        "Der Streit um den geplanten Mietendeckel in Schleswig-Holstein spitzt sich zu. Der "
        "Mieterbund Nord begrüßte das Vorhaben. Die geplante Stadtbahn in Bad-Hallstedt ist "
        "umstritten. Der Naturschutzverband Elbaue lehnt die Stadtbahn ab."
    )
    found = triples(text, "de")
    assert ("Mieterbund Nord", "Mietendeckel", "support") in found
    assert ("Naturschutzverband Elbaue", "Stadtbahn in Bad-Hallstedt", "oppose") in found


@pytest.mark.parametrize(
    "label",
    [
        "einem „Berufsverbot durch die Hintertür“ und kündigte eine Klage an",
        "einem „Investitionsstopp mit Ansage“",
    ],
)
def test_a_quoted_label_judges_the_issue_and_names_none(label: str) -> None:
    found = triples(OPEN + f"Verbandschefin Ulrike Brandt sprach von {label}.", "de")
    assert found == {("Ulrike Brandt", REFORM, "oppose"), ("Landesregierung", REFORM, "support")}


@pytest.mark.parametrize(
    "text",
    [
        "Oppositionsführer Peter Lüders (Volkspartei Nord) griff die Ministerin an. Seine "
        "Fraktion werde gegen die Reform stimmen.",
        "Oppositionsführer Peter Lüders (Volkspartei Nord) sagte, seine Fraktion werde gegen "
        "die Reform stimmen.",
    ],
)
def test_his_parliamentary_group_is_his_party_and_he_speaks_for_it(text: str) -> None:
    found = triples(OPEN + text, "de")
    assert ("Volkspartei Nord", REFORM, "oppose") in found
    assert ("Peter Lüders", REFORM, "oppose") in found


def test_an_announced_act_takes_its_side_in_its_own_clause() -> None:
    text = (
        "Der Fraktionschef Tobias Engel (Grüne) kündigte an, seine Fraktion werde die Reform "
        "ablehnen."
    )
    found = triples(OPEN + text, "de")
    assert ("Tobias Engel", REFORM, "oppose") in found
    assert ("Tobias Engel", REFORM, "support") not in found


def test_a_speaker_named_after_the_verb_that_ends_the_sentence_is_its_subject() -> None:
    text = (
        "Die Stadt hat einem Laden die Lizenz für ein Cannabis-Fachgeschäft erteilt. Die "
        "Elterninitiative Sichere Kindheit lehnt die Lizenz ab: Der Laden liege zu nah an "
        "einer Schule, kritisierte Sprecherin Anja Roloff."
    )
    found = triples(text, "de")
    assert ("Elterninitiative Sichere Kindheit", "Anja Roloff", "oppose") not in found


def test_figures_that_lay_before_someone_propose_nothing() -> None:
    text = (
        "Die Fraktion der Wählervereinigung Pro Hallstadt kritisierte Bürgermeister Jan Reuter. "
        "Reuter wies den Vorwurf zurück; alle Zahlen hätten den Fraktionen vorgelegen."
    )
    assert not any(s == "Jan Reuter" and p == "support" for s, _t, p in triples(text, "de"))


def test_a_demanded_rate_is_the_issue_the_demand_words_refer_to() -> None:
    text = (
        "Die Gewerkschaft GLG fordert für die Beschäftigten 8,5 Prozent mehr Geld und mehr "
        "Personal. Die Arbeitgebervereinigung Süßwaren wies die Forderung als „völlig "
        "realitätsfern“ zurück. Verhandlungsführer Jan Kühn verteidigte die Lohnforderung als "
        "angemessen. Der Fahrgastverband Pro Schiene unterstützt die Forderung nach mehr Personal."
    )
    found = triples(text, "de")
    demand = "8,5 Prozent mehr Geld"
    assert ("Gewerkschaft GLG", demand, "support") in found
    assert ("Arbeitgebervereinigung Süßwaren", demand, "oppose") in found
    assert ("Jan Kühn", demand, "support") in found
    assert ("Fahrgastverband Pro Schiene", "mehr Personal", "support") in found
    assert ("Fahrgastverband Pro Schiene", demand, "support") not in found


def test_a_section_of_an_association_is_an_organisation() -> None:
    text = OPEN + "Die Alpenvereinssektion Oberstaufenbach hält die Reform für unverantwortlich."
    assert ("Alpenvereinssektion Oberstaufenbach", REFORM, "oppose") in triples(text, "de")


def test_whoever_imposes_a_measure_backs_it() -> None:
    text = "Die Stadt Kiel verhängte ein Fahrverbot für Dieselautos. Der ADAC kritisierte es."
    assert ("Stadt Kiel", "Fahrverbot", "support") in triples(text, "de")


def test_what_a_harmful_verb_harms_does_not_count_in_favour() -> None:
    text = (
        "Die Landesregierung plant eine Landarztquote. Die Quote benachteilige gute "
        "Abiturienten, heißt es in einer Stellungnahme des Hausärzteverbands."
    )
    assert ("Hausärzteverband", "Landarztquote", "oppose") in triples(text, "de")


def test_a_stance_noun_from_a_person_named_after_the_role_s_genitive() -> None:
    text = OPEN + (
        "Rückendeckung erhält die Landesregierung vom Betriebsratsvorsitzenden des Herstellers "
        "Kandisa, Olaf Prenzlow."
    )
    assert ("Olaf Prenzlow", "Landesregierung", "support") in triples(text, "de")


def test_an_organisation_is_not_named_with_the_surname_after_it() -> None:
    text = (
        "Der Mieterbund kritisiert Ministerin Renate Falkner. Dabei hatte der Mieterbund "
        "Falkner noch gelobt."
    )
    found = triples(text, "de")
    assert ("Mieterbund", "Renate Falkner", "oppose") in found
    assert not any("Mieterbund Falkner" in (s, t) for s, t, _p in found)


def test_an_organisation_before_a_bare_surname_is_the_subject() -> None:
    text = (
        "Der Mieterbund kritisiert Ministerin Renate Falkner. Dabei hatte der Mieterbund "
        "Falkner noch gelobt."
    )
    found = {(s.source, s.target, s.polarity, s.period) for s in extract_text(text, "de")}
    assert ("Mieterbund", "Renate Falkner", "support", "past") in found


def test_a_compound_whose_front_sits_inside_a_later_word_is_the_same_issue() -> None:
    text = (
        "Die geplante Fusion der Kreiskliniken Oberhagen mit dem Marienhospital sorgt für Streit. "
        "Landrat Gerd Vollmer verteidigte das Vorhaben. Die Betriebsrätin Miriam Aksoy lehnt "
        "die Klinikfusion ab."
    )
    found = triples(text, "de")
    issue = "Fusion der Kreiskliniken Oberhagen"
    assert ("Gerd Vollmer", issue, "support") in found
    assert ("Miriam Aksoy", issue, "oppose") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministerin Ulrike Berg erntete für ihre Reform heftige Kritik.",
        "Ministerin Ulrike Berg stößt mit der Reform auf wenig Gegenliebe.",
        "Die Reform von Ministerin Ulrike Berg stößt bei den Apothekern auf Widerstand.",
    ],
)
def test_who_receives_a_stance_does_not_hold_it(sentence: str) -> None:
    # the subject receives the criticism; nobody named holds it
    found = triples("Die Landesregierung plant eine Apothekenreform. " + sentence, "de")
    assert not any(s == "Ulrike Berg" and p == "oppose" for s, _, p in found)


def test_a_named_receiver_is_the_target_and_the_owner_is_spoken_of() -> None:
    found = triples(
        "Die Apothekenreform von Gesundheitsministerin Ulrike Berg stößt beim "
        "Apothekerverband auf Widerstand.",
        "de",
    )
    assert ("Apothekerverband", "Apothekenreform", "oppose") in found
    assert ("Ulrike Berg", "Apothekenreform", "oppose") not in found
    text = (
        "Die Apothekenreform von Gesundheitsministerin Ulrike Berg stößt bei den Apothekern "
        "auf Widerstand. „So geht das nicht“, sagte Kammerpräsident Jan Hoff. "
        "Hoff warf ihr vor, die Apotheker zu übergehen."
    )
    # "ihr": the reform's owner, the person the first sentence is about
    assert ("Jan Hoff", "Ulrike Berg", "oppose") in triples(text, "de")


def test_the_owner_of_plans_after_an_organisation_title_backs_them() -> None:
    opening = "Die Schließung des Kreiskrankenhauses Talheim sorgt für Streit. "
    issue = "Schließung des Kreiskrankenhauses Talheim"
    text = opening + "Landrat Uwe Brink kritisierte die Pläne des Klinikträgers Kliniken Auental."
    found = triples(text, "de")
    assert ("Uwe Brink", issue, "oppose") in found
    assert ("Kliniken Auental", issue, "support") in found
    # an unnamed critic: the owner named after the title is no subject
    text = opening + "Der Landrat kritisierte die Pläne des Klinikträgers Kliniken Auental."
    assert ("Kliniken Auental", issue, "oppose") not in triples(text, "de")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Stadtrat von Lindenau kippte die Reform.",
            ("Stadtrat von Lindenau", REFORM, "oppose"),
        ),
        ("Der Kreistag hob die Reform wieder auf.", ("Kreistag", REFORM, "oppose")),
        ("Der Landtag bestätigte die Reform.", ("Landtag", REFORM, "support")),
    ],
)
def test_a_body_deciding_on_an_issue_takes_its_side(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(OPEN + sentence, "de")


def test_a_court_deciding_on_an_issue_still_takes_no_side() -> None:
    text = OPEN + "Das Verwaltungsgericht Lindenau kippte die Reform."
    assert not any(s.startswith("Verwaltungsgericht") for s, _, _ in triples(text, "de"))


@pytest.mark.parametrize(
    "opening",
    [
        "Die Bundesregierung verschärft das Sanktionspaket. ",
        # the state named as an actor elsewhere: its genitive before the title is still no subject
        "Die Regierung von Valdorien protestiert, Valdorien droht mit Gegenmaßnahmen. ",
    ],
)
def test_the_person_after_a_genitive_title_speaks(opening: str) -> None:
    text = (
        opening + "Valdoriens Botschafter in Berlin, Milan Radić, bezeichnete das Sanktionspaket "
        "als „wirtschaftliche Kriegserklärung“."
    )
    sources = {s for s, t, _ in triples(text, "de") if t == "Sanktionspaket"}
    assert sources == {"Milan Radić"}


def test_a_name_in_the_genitive_before_a_title_is_no_subject() -> None:
    """Where the tagger found "Valdoriens" as a name of its own (it names the state elsewhere),
    the genitive before "Botschafter" qualifies the title and cannot be the subject."""
    from allegiance.extract.lexicon import load_lexicon
    from allegiance.extract.mentions import Entity, EntityResolver, Mention
    from allegiance.extract.rules import StatementFinder
    from allegiance.nlp import load_pipeline

    doc = load_pipeline("de")("Valdoriens Botschafter Milan Radić kritisierte das Paket.")
    lex = load_lexicon("de")
    resolver = EntityResolver(lex)
    finder = StatementFinder(doc, resolver.resolve(doc), lex, resolver)
    state = Entity("Valdorien", "actor", "organization")
    assert not finder.nominative_like(Mention(0, 1, state))


def test_an_attitude_toward_a_ruling_is_toward_the_ruling() -> None:
    opening = "Das Verwaltungsgericht hat die verkaufsoffenen Sonntage in Talheim gestoppt. "
    text = opening + "Bürgermeisterin Anke Scholl zeigte sich enttäuscht über das Urteil."
    assert triples(text, "de") == {("Anke Scholl", "Urteil", "oppose")}
    # a noun of no known issue kind after the preposition: no word on the issue at hand
    text = OPEN + "Der Mieterbund zeigte sich enttäuscht über die Entwicklung."
    assert ("Mieterbund", REFORM, "oppose") not in triples(text, "de")
    text = OPEN + "Der Mieterbund ist unzufrieden mit der Entwicklung."
    assert ("Mieterbund", REFORM, "oppose") not in triples(text, "de")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die FDP werde im Bundesrat nicht zustimmen, sagte Ina Roth.", "oppose"),
        ("Die FDP will am Freitag zustimmen.", "support"),
        # a step the procedure requires takes no side
        ("Nun muss noch die FDP zustimmen.", None),
    ],
)
def test_assent_with_no_object_is_on_the_issue_at_hand(sentence: str, expected: str | None) -> None:
    found = {p for s, t, p in triples(OPEN + sentence, "de") if s == "FDP" and t == REFORM}
    assert found == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # what a warning fears, named with no article or an indefinite one, is no issue
        ("Der Städtetag warnte vor einem Millionenloch.", REFORM),
        ("Der Städtetag warnte vor leeren Kassen.", REFORM),
        # a definite thing or a policy is the issue warned of
        (
            "Der Städtetag warnte vor der Schließung von Schwimmbädern.",
            "Schließung von Schwimmbädern",
        ),
        ("Der Städtetag warnte vor einer Erhöhung der Hundesteuer.", "Erhöhung der Hundesteuer"),
    ],
)
def test_a_feared_effect_is_a_warning_about_the_issue_at_hand(sentence: str, target: str) -> None:
    found = {(t, p) for s, t, p in triples(OPEN + sentence, "de") if s == "Städtetag"}
    assert found == {(target, "oppose")}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Ina Roth sagte: „Wir stehen voll und ganz hinter dieser Reform.“", "support"),
        ("„Ich stelle mich gegen diese Reform“, sagte Ina Roth.", "oppose"),
        ("Ina Roth sagte: „Wir stehen nicht hinter dieser Reform.“", "oppose"),
        # a preposition that turns the verb: voting against, not for
        ("„Wir stimmen gegen diese Reform“, sagte Ina Roth.", "oppose"),
    ],
)
def test_a_first_person_quote_with_a_prepositional_cue_is_the_speakers_side(
    sentence: str, polarity: str
) -> None:
    assert ("Ina Roth", REFORM, polarity) in triples(OPEN + sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sebastian Roth distanzierte sich von den Äußerungen seines Stellvertreters Bernd "
        "Kuhlmann.",
        "Von den Äußerungen des Landrats Bernd Kuhlmann distanzierte sich Sebastian Roth.",
    ],
)
def test_distancing_from_what_someone_said_opposes_them(sentence: str) -> None:
    found = extract_text(OPEN + sentence, "de")
    (st,) = [s for s in found if s.source == "Sebastian Roth"]
    assert (st.target, st.polarity) == ("Bernd Kuhlmann", "oppose")
    assert "Bernd Kuhlmann" in st.evidence.text


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        (
            "Mehrere Verbände kritisierten die Reform, darunter der Mieterbund und der Städtetag.",
            {"Mieterbund", "Städtetag"},
        ),
        (
            "Zahlreiche Politiker lehnen die Reform ab, allen voran Fraktionschefin Ina Roth.",
            {"Ina Roth"},
        ),
    ],
)
def test_members_named_after_an_unnamed_group_take_its_side(
    sentence: str, members: set[str]
) -> None:
    found = triples(OPEN + sentence, "de")
    assert {s for s, t, p in found if t == REFORM and p == "oppose"} >= members


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Katrin Lorenz sprach von einem „Standortnachteil“.", "oppose"),
        ("Katrin Lorenz nannte die Reform einen Standortvorteil.", "support"),
        ("Katrin Lorenz sprach von einem „Imageschaden für das Land“.", "oppose"),
    ],
)
def test_a_compound_ending_in_a_verdict_judges(sentence: str, polarity: str) -> None:
    assert ("Katrin Lorenz", REFORM, polarity) in triples(OPEN + sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("»Ein Bürokratiemonster«, urteilte Kammerpräsident Herbert Schulte knapp.", "oppose"),
        ("„Große Klasse“, sagte Herbert Schulte.", "support"),
    ],
)
def test_a_two_word_quotation_that_opens_the_sentence_is_a_verdict(
    sentence: str, polarity: str
) -> None:
    assert ("Herbert Schulte", REFORM, polarity) in triples(OPEN + sentence, "de")


def test_a_short_quoted_title_is_still_no_quotation() -> None:
    found = triples(OPEN + "Herbert Schulte lobte das „Klimaschutzgesetz“ des Bundes.", "de")
    assert ("Herbert Schulte", "Klimaschutzgesetz", "support") in found
    assert ("Herbert Schulte", REFORM, "support") not in found


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Die Ökonomin Martina Wendt hält die Kritik an der Reform für weit überzogen.", "support"),
        ("Martina Wendt nannte die Kritik an der Reform „völlig überzogen“.", "support"),
        ("Martina Wendt hält die Kritik an der Reform für berechtigt.", "oppose"),
    ],
)
def test_judging_a_stance_toward_an_issue_takes_a_side_on_the_issue(
    sentence: str, polarity: str
) -> None:
    found = triples(OPEN + sentence, "de")
    assert {p for s, t, p in found if s == "Martina Wendt" and t == REFORM} == {polarity}


@pytest.mark.parametrize("body", ["Der Landkreis Talheim", "Die Gemeinde Talheim"])
def test_a_union_is_never_the_county_or_municipality_named_before(body: str) -> None:
    text = (
        f"{body} will sein Klinikum an einen privaten Betreiber verkaufen. "
        "Die Gewerkschaft lehnt die Privatisierung ab."
    )
    assert not any(s.endswith("Talheim") and p == "oppose" for s, _, p in triples(text, "de"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Stadtrat Tim Weber ging am Dienstag auf Distanz zu Bürgermeisterin Jana Sommer.",
            ("Tim Weber", "Jana Sommer", "oppose"),
        ),
        ("Der Bauernverband ging auf Distanz zur Reform.", ("Bauernverband", REFORM, "oppose")),
        (
            "Stadtrat Tim Weber rechnete in der Sitzung gnadenlos mit Jana Sommer ab.",
            ("Tim Weber", "Jana Sommer", "oppose"),
        ),
        (
            "Kammerchefin Ute Brandt zollte Jana Sommer trotz aller Differenzen Respekt.",
            ("Ute Brandt", "Jana Sommer", "support"),
        ),
        (
            "Stadtrat Tim Weber suchte den Schulterschluss mit dem Mieterbund.",
            ("Tim Weber", "Mieterbund", "support"),
        ),
        (
            "Stadtrat Tim Weber hielt Bürgermeisterin Jana Sommer die Stange.",
            ("Tim Weber", "Jana Sommer", "support"),
        ),
        (
            "Stadtrat Tim Weber wies Bürgermeisterin Jana Sommer in die Schranken.",
            ("Tim Weber", "Jana Sommer", "oppose"),
        ),
        ("Der Mieterbund redete der Reform das Wort.", ("Mieterbund", REFORM, "support")),
        ("Der Landtag schob der Reform einen Riegel vor.", ("Landtag", REFORM, "oppose")),
        ("Der Bauernverband erteilte der Reform eine Abfuhr.", ("Bauernverband", REFORM, "oppose")),
        ("Der Mieterbund brach eine Lanze für die Reform.", ("Mieterbund", REFORM, "support")),
        ("Der Mieterbund sang ein Loblied auf die Reform.", ("Mieterbund", REFORM, "support")),
        ("Der Bauernverband nahm die Reform ins Kreuzfeuer.", ("Bauernverband", REFORM, "oppose")),
    ],
)
def test_idioms_of_distance_and_closeness(sentence: str, expected: tuple[str, str, str]) -> None:
    found = triples(OPEN + sentence, "de")
    assert expected in found
    other = "support" if expected[2] == "oppose" else "oppose"
    assert (expected[0], expected[1], other) not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Mieterbund verteufelte die Reform.", ("Mieterbund", REFORM, "oppose")),
        (
            "Die Handwerkskammer Nord mäkelte an der Reform herum.",
            ("Handwerkskammer Nord", REFORM, "oppose"),
        ),
        ("Der Bauernverband begehrte gegen die Reform auf.", ("Bauernverband", REFORM, "oppose")),
        ("Der Mieterbund ätzte gegen die Reform.", ("Mieterbund", REFORM, "oppose")),
        ("Der Mieterbund lästerte über die Reform.", ("Mieterbund", REFORM, "oppose")),
        (
            "Stadtrat Tim Weber trat gegen Bürgermeisterin Jana Sommer nach.",
            ("Tim Weber", "Jana Sommer", "oppose"),
        ),
        (
            "Stadtrat Tim Weber brüskierte Bürgermeisterin Jana Sommer.",
            ("Tim Weber", "Jana Sommer", "oppose"),
        ),
        (
            "Stadtrat Tim Weber beglückwünschte Bürgermeisterin Jana Sommer zu ihrem Sieg.",
            ("Tim Weber", "Jana Sommer", "support"),
        ),
    ],
)
def test_more_verbs_of_judging_and_of_treating_someone(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(OPEN + sentence, "de")


@pytest.mark.parametrize("body", ["Der Aufsichtsrat", "Das Landeskabinett", "Der Senat"])
def test_governing_bodies_named_by_a_common_noun_are_actors(body: str) -> None:
    assert (body.split()[1], REFORM, "oppose") in triples(
        OPEN + f"{body} lehnte die Reform am Dienstag ab.", "de"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Wut des Bauernverbands auf die Reform ist groß.",
            ("Bauernverband", REFORM, "oppose"),
        ),
        (
            "Die Einwände des Mieterbunds gegen die Reform wurden abgewiesen.",
            ("Mieterbund", REFORM, "oppose"),
        ),
        (
            "Die Feindschaft zwischen Tim Weber und Jana Sommer ist alt.",
            ("Jana Sommer", "Tim Weber", "oppose"),
        ),
    ],
)
def test_more_stance_nouns(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die CDU ergriff Partei für die Reform.", ("CDU", REFORM, "support")),
        ("Die CDU ergriff Partei gegen die Reform.", ("CDU", REFORM, "oppose")),
        ("Die CDU hadert mit der Reform.", ("CDU", REFORM, "oppose")),
        ("Die CDU rüttelt an der Reform.", ("CDU", REFORM, "oppose")),
        ("Die CDU liebäugelt mit der Reform.", ("CDU", REFORM, "support")),
        (
            "Der Mieterbund solidarisierte sich mit Bürgermeisterin Jana Sommer.",
            ("Mieterbund", "Jana Sommer", "support"),
        ),
        ("Die CDU verbündete sich mit dem Mieterbund.", ("Mieterbund", "CDU", "support")),
    ],
)
def test_allies_and_rifts(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(OPEN + sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        "Laut Lena Park vom Mieterbund ist die Reform ein Fehler.",
        "Nach Ansicht von Lena Park vom Mieterbund Nord ist die Reform ein Fehler.",
    ],
)
def test_an_attributions_affiliation_is_not_what_is_judged(sentence: str) -> None:
    found = triples(OPEN + sentence, "de")
    assert ("Lena Park", REFORM, "oppose") in found
    assert not any(t.startswith("Mieterbund") for _, t, _ in found)


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Die Reform ergebe durchaus Sinn, sagte Lena Park.", "support"),
        ("Die Reform ergebe keinen Sinn, sagte Lena Park.", "oppose"),
    ],
)
def test_making_sense_is_a_verdict(sentence: str, polarity: str) -> None:
    found = triples(OPEN + sentence, "de")
    assert {p for s, t, p in found if s == "Lena Park" and t == REFORM} == {polarity}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Grünen fordern den Rücktritt des Ministers Gerhard Vogt.",
        "Die Grünen fordern den Rücktritt von Minister Gerhard Vogt.",
    ],
)
def test_demanding_a_titled_persons_resignation_opposes_them(sentence: str) -> None:
    found = triples(sentence, "de")
    assert ("Grüne", "Gerhard Vogt", "oppose") in found
    assert ("Grüne", "Gerhard Vogt", "support") not in found
    assert not any(t == "Ministers" for _, t, _ in found)


@pytest.mark.parametrize("name", ["Elmstone Partners", "Elmstone Holding"])
def test_a_company_name_that_opens_the_sentence_is_found(name: str) -> None:
    assert (name, REFORM, "oppose") in triples(OPEN + f"{name} kritisierte die Reform.", "de")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In einer Stellungnahme des Mieterbunds heißt es, die Reform sei ein Fehler.",
            ("Mieterbund", REFORM, "oppose"),
        ),
        (
            "Aus dem Finanzministerium hieß es, die Reform sei überfällig.",
            ("Finanzministerium", REFORM, "support"),
        ),
    ],
)
def test_an_impersonal_attribution_before_the_reported_clause_names_its_speaker(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(OPEN + sentence, "de")


def test_a_smear_campaign_judges_whoever_runs_it() -> None:
    text = OPEN + "Stadtrat Tim Weber sprach von einer Hetzkampagne des Mieterbunds."
    assert ("Tim Weber", "Mieterbund", "oppose") in triples(text, "de")


def test_jibes_at_someone_oppose_them() -> None:
    text = OPEN + "Stadtrat Tim Weber erlaubte sich Sticheleien gegen Bürgermeisterin Jana Sommer."
    assert ("Tim Weber", "Jana Sommer", "oppose") in triples(text, "de")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Stadtrat Tim Weber kündigte Bürgermeisterin Jana Sommer die Gefolgschaft.", "oppose"),
        ("Stadtrat Tim Weber schlug sich auf die Seite von Jana Sommer.", "support"),
        ("Stadtrat Tim Weber ließ Bürgermeisterin Jana Sommer im Regen stehen.", "oppose"),
        ("Stadtrat Tim Weber sprach Bürgermeisterin Jana Sommer die Eignung ab.", "oppose"),
    ],
)
def test_loyalty_given_and_taken_back(sentence: str, polarity: str) -> None:
    found = triples(OPEN + sentence, "de")
    assert {p for s, t, p in found if s == "Tim Weber" and t == "Jana Sommer"} == {polarity}


def test_announcing_resistance_is_no_withdrawal() -> None:
    found = triples(OPEN + "Der Mieterbund kündigte Widerstand gegen die Reform an.", "de")
    assert ("Mieterbund", REFORM, "oppose") in found


@pytest.mark.parametrize(
    "name",
    ["Liga der freien Wohlfahrtspflege", "Bund der Steuerzahler", "Kammer der Steuerberater"],
)
def test_an_organisation_noun_with_a_genitive_names_an_organisation(name: str) -> None:
    article = "Der" if name.startswith("Bund") else "Die"
    found = triples(OPEN + f"{article} {name} lehnt die Reform ab.", "de")
    assert (name, REFORM, "oppose") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Auch die Junge Union spricht sich, anders als die Mutterpartei, für die Reform aus.",
            ("Junge Union", REFORM, "support"),
        ),
        (
            "Der Mieterbund lehnt, wie die Handwerkskammer Nord, die Reform ab.",
            ("Mieterbund", REFORM, "oppose"),
        ),
        (
            "Der Mieterbund lobte, ebenso wie die CDU, die Reform.",
            ("Mieterbund", REFORM, "support"),
        ),
        (
            "Der Mieterbund hält die Reform – anders als viele Vermieter – für angemessen.",
            ("Mieterbund", REFORM, "support"),
        ),
    ],
)
def test_a_comparison_set_in_between_commas_breaks_no_clause(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = triples(OPEN + sentence, "de")
    assert expected in found
    assert not any(s == expected[0] and t != REFORM for s, t, _ in found)
