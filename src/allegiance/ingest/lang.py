"""Language detection restricted to German and English (lingua, built once, lazily)."""

from __future__ import annotations

import re
import threading
from typing import Any

_detector: Any = None
_lock = threading.Lock()

SUPPORTED_LANGS: tuple[str, ...] = ("de", "en")
_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.DOTALL)


def _get_detector() -> Any:
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import Language, LanguageDetectorBuilder

                _detector = LanguageDetectorBuilder.from_languages(
                    Language.GERMAN, Language.ENGLISH
                ).build()
    return _detector


def normalize_lang(lang: str | None) -> str | None:
    """``"DE"``, ``"de-DE"``, ``"de_AT"``, ``"deu"``, ``"German"`` -> ``"de"``; others as given."""
    if not lang or not isinstance(lang, str):
        return None
    s = lang.strip().lower().replace("_", "-")
    if not s:
        return None
    base = s.split("-")[0]
    aliases = {
        "deu": "de",
        "ger": "de",
        "german": "de",
        "deutsch": "de",
        "eng": "en",
        "english": "en",
        "englisch": "en",
    }
    return aliases.get(base, base)


def detect_language(text: str, *, max_chars: int = 1500) -> str | None:
    """``"de"`` or ``"en"`` for a text (its first ``max_chars`` characters); None if no letters."""
    sample = text[:max_chars]
    if not _TWO_LETTERS.search(sample):
        return None
    lang = _get_detector().detect_language_of(sample)
    if lang is None:
        return None
    return str(lang.iso_code_639_1.name).lower()
