"""The statement finder: the cue-family mixins put together."""

from __future__ import annotations

from allegiance.extract.rules.base import CoreFinder
from allegiance.extract.rules.cues import OtherCues
from allegiance.extract.rules.english import EnglishFrames
from allegiance.extract.rules.german import GermanFrames
from allegiance.extract.rules.nouns import NounCues
from allegiance.extract.rules.reference import Reference
from allegiance.extract.rules.speech import SpeechCues


class StatementFinder(
    CoreFinder, Reference, GermanFrames, EnglishFrames, NounCues, SpeechCues, OtherCues
):
    """Finds statements in one parsed document."""
