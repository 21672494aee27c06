"""Name lists shipped in ``allegiance/nlp/resources`` (see docs/models.md for their sources)."""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent / "resources"

#: Last words that make a name an organisation (``Sequoia Capital``, ``Siemens AG``).
ORG_SUFFIXES: frozenset[str] = frozenset(
    [
        "GmbH",
        "AG",
        "SE",
        "KG",
        "KGaA",
        "OHG",
        "eG",
        "e.V.",
        "mbH",
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Corporation",
        "Ltd",
        "Ltd.",
        "LLC",
        "LLP",
        "PLC",
        "plc",
        "Co.",
        "Company",
        "Capital",
        "Ventures",
        "Partners",
        "Group",
        "Gruppe",
        "Holding",
        "Holdings",
        "Bank",
        "Versicherung",
        "Verband",
        "Verbände",
        "Partei",
        "Stiftung",
        "Institut",
        "Institute",
        "Universität",
        "University",
        "College",
        "Ministerium",
        "Behörde",
        "Amt",
        "Agentur",
        "Agency",
        "Foundation",
        "Association",
        "Council",
        "Kommission",
        "Commission",
        "Committee",
        "Gewerkschaft",
        "Verein",
        "Bund",
        "Konzern",
        "Motors",
        "Airlines",
        "Technologies",
        "Technology",
        "Systems",
        "Labs",
        "Media",
        "Network",
        "Networks",
        "Fund",
        "Fonds",
        "Trust",
        "Industries",
        "Electric",
        "Energy",
        "Pharma",
        "Post",
        "Times",
        "Journal",
        "News",
        "Zeitung",
        "Rundschau",
        "Allgemeine",
        "Tagesspiegel",
        "Fraktion",
        "Regierung",
        "Gericht",
        "Gerichtshof",
        "Club",
        "FC",
        "Union",
        "Organisation",
        "Organization",
        "Department",
        "Office",
        "Büro",
        "Rat",
        "Agency",
    ]
)

#: ``ORG_SUFFIXES`` is also an input feature of the trained NER (``allegiance_gazfeat``), so it
#: changes only together with a retrained model; the rule component reads this wider set, which
#: can grow without retraining (``Markus Feld von Rheintal Invest``).
RULE_ORG_SUFFIXES: frozenset[str] = ORG_SUFFIXES | frozenset({"Invest", "Investments"})

#: Heads that make a capitalised word before them an organisation (``Verband der ...``).
ORG_HEAD_WORDS: frozenset[str] = frozenset(
    [
        "Partei",
        "Verband",
        "Bank",
        "Stiftung",
        "Institut",
        "Universität",
        "Ministerium",
        "Gewerkschaft",
        "Liga",
        "Bund",
        "Verein",
        "Vereinigung",
        "Gesellschaft",
        "Arbeitsgemeinschaft",
        "Kammer",
        "Akademie",
        "Allianz",
        "Bündnis",
    ]
)


def _read_gz(name: str) -> frozenset[str]:
    path = RESOURCES / f"{name}.txt.gz"
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(ln.strip() for ln in fh if ln.strip())


@cache
def surnames() -> frozenset[str]:
    """German and international surnames (GermaNER list)."""
    return _read_gz("surnames_de")


@cache
def first_names() -> frozenset[str]:
    """Given names seen in training-slice PER entities plus a project-written list."""
    return _read_gz("first_names")


@cache
def firms() -> frozenset[str]:
    """Company names from OpenStreetMap (many are local shops)."""
    return _read_gz("firms_de")


@cache
def places() -> frozenset[str]:
    """German town names and official country names."""
    return _read_gz("cities_de") | _read_gz("countries_de")


@cache
def known_entities() -> dict[str, str]:
    """Project-written well-known organisations and places: name -> PER/ORG/LOC."""
    out: dict[str, str] = {}
    path = RESOURCES / "known_entities_de.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, _, label = line.partition("\t")
                out[name.strip()] = label.strip()
    return out


@cache
def feature_first_names() -> frozenset[str]:
    """Given names used as an NER feature: seen at least twice in training data (or curated)."""
    strict = _read_gz("first_names_feature")
    return strict or first_names()


#: Endings of German organisation-type nouns (``Mieterverein``, ``Handelsverband``,
#: ``Stadtwerke``): such a noun followed by a name is an organisation (``Mieterverein Mitte``).
ORG_HEAD_ENDINGS: tuple[str, ...] = (
    "verband", "verbände", "verein", "bund", "gewerkschaft", "initiative", "werke", "kammer",
    "partei", "fraktion", "klinik", "klinikum", "gericht", "gerichtshof", "gesellschaft",
    "stiftung", "institut", "universität", "hochschule", "akademie", "agentur", "behörde",
    "ministerium", "bank", "sparkasse", "versicherung", "konzern", "genossenschaft",
    "vereinigung", "zentrale", "liga", "club", "klub", "tierpark", "zoo", "theater", "museum",
    "orchester", "schule", "gymnasium", "kreisverband", "landesverband", "bündnis", "allianz",
    "netzwerk", "komitee", "kommission", "rat", "amt", "holding",
)
