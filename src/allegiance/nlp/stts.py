"""STTS tag helpers: HanTa tag normalisation and the STTS -> Universal POS map."""

from __future__ import annotations

import unicodedata

#: STTS (as used by TIGER / UD German GSD ``xpos``) -> Universal POS.
STTS_TO_UPOS: dict[str, str] = {
    "ADJA": "ADJ",
    "ADJD": "ADJ",
    "ADV": "ADV",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APPO": "ADP",
    "APZR": "ADP",
    "ART": "DET",
    "CARD": "NUM",
    "FM": "X",
    "ITJ": "INTJ",
    "KOKOM": "CCONJ",
    "KON": "CCONJ",
    "KOUI": "SCONJ",
    "KOUS": "SCONJ",
    "NE": "PROPN",
    "NN": "NOUN",
    "PDAT": "DET",
    "PDS": "PRON",
    "PIAT": "DET",
    "PIDAT": "DET",
    "PIS": "PRON",
    "PPER": "PRON",
    "PPOSAT": "DET",
    "PPOSS": "PRON",
    "PRELAT": "DET",
    "PRELS": "PRON",
    "PRF": "PRON",
    "PROAV": "ADV",
    "PROAV_": "ADV",
    "PAV": "ADV",
    "PTKA": "PART",
    "PTKANT": "PART",
    "PTKNEG": "PART",
    "PTKVZ": "ADP",
    "PTKZU": "PART",
    "PWAT": "DET",
    "PWAV": "ADV",
    "PWS": "PRON",
    "TRUNC": "X",
    "VAFIN": "AUX",
    "VAIMP": "AUX",
    "VAINF": "AUX",
    "VAPP": "AUX",
    "VMFIN": "AUX",
    "VMINF": "AUX",
    "VMPP": "AUX",
    "VVFIN": "VERB",
    "VVIMP": "VERB",
    "VVINF": "VERB",
    "VVIZU": "VERB",
    "VVPP": "VERB",
    "XY": "X",
    "$,": "PUNCT",
    "$.": "PUNCT",
    "$(": "PUNCT",
}

_HANTA_SPECIAL = {"NNA": "NN", "NNI": "NN", "UNKNOWN": "XY"}
_SENT_FINAL = {".", "!", "?", ";", ":", "…", "...", "!?", "?!"}


def hanta_to_stts(tag: str) -> str:
    """Turn a HanTa tag such as ``VV(FIN)``, ``ADJ(A)`` or ``NNA`` into plain STTS (``VVFIN``)."""
    tag = _HANTA_SPECIAL.get(tag, tag)
    if "(" in tag:
        tag = tag.replace("(", "").replace(")", "")
    return tag if tag in STTS_TO_UPOS else "XY"


def is_punct_text(text: str) -> bool:
    """True when every character of ``text`` is Unicode punctuation (quotes, dashes, brackets)."""
    return bool(text) and all(unicodedata.category(c).startswith("P") for c in text)


def is_symbol_text(text: str) -> bool:
    """True for tokens without letters or digits that are not punctuation (emoji, ``€``, ``%``)."""
    return bool(text) and not any(c.isalnum() for c in text) and not is_punct_text(text)


def punct_tag(text: str) -> str:
    """STTS punctuation tag for a punctuation token: ``$,``, ``$.`` or ``$(``."""
    if text == ",":
        return "$,"
    if text in _SENT_FINAL:
        return "$."
    return "$("


def upos_for(stts: str, text: str = "") -> str:
    """Universal POS for an STTS tag (``SYM`` for symbol tokens tagged ``XY``)."""
    if stts == "XY" and text and is_symbol_text(text):
        return "SYM"
    return STTS_TO_UPOS.get(stts, "X")
