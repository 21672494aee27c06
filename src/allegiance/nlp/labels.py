"""Normalisation of German and English entity labels to PER / ORG / LOC / MISC."""

from __future__ import annotations

from typing import Literal

EntityKind = Literal["PER", "ORG", "LOC", "MISC"]

_KINDS: dict[str, EntityKind] = {
    # German (this project, GermEval, WikiNER style)
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "MISC": "MISC",
    "OTH": "MISC",
    # English OntoNotes labels (en_core_web_sm)
    "NORP": "MISC",
    "FAC": "LOC",
    "GPE": "LOC",
    "PRODUCT": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}


def entity_kind(label: str) -> EntityKind | None:
    """Map an entity label of either pipeline to ``PER``, ``ORG``, ``LOC``, ``MISC`` or None.

    Numeric OntoNotes labels (DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL) and unknown
    labels give None. GermEval-style derivation labels such as ``LOCderiv`` map to their base kind.
    """
    if not label:
        return None
    key = label.upper()
    if key in _KINDS:
        return _KINDS[key]
    for suffix in ("DERIV", "PART"):
        if key.endswith(suffix) and key[: -len(suffix)] in _KINDS:
            return _KINDS[key[: -len(suffix)]]
    if key.startswith(("B-", "I-", "E-", "S-", "L-", "U-")):
        return entity_kind(key[2:])
    return None
