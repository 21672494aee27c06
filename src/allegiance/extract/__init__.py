"""Statement extraction: document in, actors / issues / affiliations / statements out.

Extractors are pluggable: anything with ``name``, ``version`` and
``extract(document) -> Extraction`` satisfies :class:`Extractor`. The shipped
:class:`RuleExtractor` combines the language pipeline (:mod:`allegiance.nlp`), a per-language
lexicon of cue words (``extract/data/{de,en}.yaml``) and an optional user registry of actors
and issues.

>>> from allegiance.model import Document
>>> ex = RuleExtractor()
>>> result = ex.extract(Document(id="d1", lang="en",
...     text="Senator Ruth Calloway endorsed the Clean Grid Act."))
>>> [(s.source, s.target, s.polarity) for s in result.statements]
[('Ruth Calloway', 'Clean Grid Act', 'support')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Protocol, runtime_checkable

from spacy.tokens import Doc

from allegiance.extract.calibration import Calibration, default_calibration
from allegiance.extract.lexicon import Lexicon, load_lexicon
from allegiance.extract.mentions import DocEntities, EntityResolver
from allegiance.extract.registry import Registry
from allegiance.extract.rules import Found, StatementFinder
from allegiance.extract.topic import off_topic
from allegiance.model import (
    Actor,
    Affiliation,
    Concept,
    Document,
    Extraction,
    Mention,
    Span,
    Statement,
)

__all__ = ["Extractor", "Lexicon", "Registry", "RuleExtractor", "get_extractor", "load_lexicon"]


@runtime_checkable
class Extractor(Protocol):
    """What the pipeline needs from an extractor."""

    name: str
    version: str

    def extract(self, document: Document) -> Extraction:
        """Find actors, issues, affiliations and statements in one document."""
        ...


def _detect(document: Document) -> str:
    if document.lang in ("de", "en"):
        return document.lang
    try:
        from allegiance.ingest import detect_language

        return detect_language(document.text) or "en"
    except ImportError:  # pragma: no cover
        return "en"


class RuleExtractor:
    """Cue words with argument frames over the language pipeline's analysis.

    Parameters
    ----------
    registry : Registry or path, optional
        Known actors and issues (YAML); their canonical names and types win.
    lexicon : path, optional
        A YAML file merged over the shipped lexicon of each language (extra cue words, roles...).
    calibration : Calibration, optional
        Measured confidence per cue (default: the shipped table, ``extract/calibration.py``);
        an empty ``Calibration({})`` keeps each rule's own number.
    """

    name = "rules"
    version = "0.1.0"
    #: pipeline components the rules do not read (German syntax: the clause rules use tags,
    #: lemmas and entities); skipping them makes German analysis ~1.6x faster
    unused_components: ClassVar[dict[str, tuple[str, ...]]] = {
        "de": ("tok2vec", "morphologizer", "parser"),
    }

    def __init__(
        self,
        registry: Registry | str | None = None,
        lexicon: str | None = None,
        calibration: Calibration | None = None,
    ) -> None:
        self.registry = registry if isinstance(registry, Registry) else Registry.load(registry)
        self.lexicon_path = lexicon
        self.calibration = calibration if calibration is not None else default_calibration()

    def extract(self, document: Document) -> Extraction:
        """Extract from one document (its language is detected when not given)."""
        lang = _detect(document)
        (sdoc,) = list(self._analyse([document.text], lang))  # run the generator to its end
        return self._extract_parsed(document, sdoc, lang)

    def _analyse(self, texts: Iterable[str], lang: str, batch_size: int = 16) -> Iterator[Doc]:
        """The language pipeline without the components these rules do not read."""
        from allegiance.nlp import load_pipeline

        nlp = load_pipeline(lang)
        skip = [c for c in self.unused_components.get(lang, ()) if c in nlp.pipe_names]
        with nlp.select_pipes(disable=skip):
            yield from nlp.pipe(texts, batch_size=batch_size)

    def extract_many(self, documents: list[Document], batch_size: int = 16) -> list[Extraction]:
        """Extract from many documents, analysing each language in batches (faster)."""
        langs = [_detect(d) for d in documents]
        out: list[Extraction | None] = [None] * len(documents)
        for lang in sorted(set(langs)):
            idx = [i for i, la in enumerate(langs) if la == lang]
            texts = (documents[i].text for i in idx)
            for i, sdoc in zip(idx, self._analyse(texts, lang, batch_size), strict=True):
                out[i] = self._extract_parsed(documents[i], sdoc, lang)
        return [x for x in out if x is not None]

    def _extract_parsed(self, document: Document, sdoc, lang: str) -> Extraction:  # type: ignore[no-untyped-def]
        lex = load_lexicon(lang, self.lexicon_path)
        resolver = EntityResolver(lex, self.registry)
        ents = resolver.resolve(sdoc)
        # sport, weather, recipes: no sides that matter here (see topic.py)
        gated = off_topic(sdoc, lex)
        found = [] if gated else StatementFinder(sdoc, ents, lex, resolver).run()
        out = _to_extraction(document, sdoc, ents, found, self)
        out.off_topic = gated
        return out


def _span(text: str, sdoc, a: int, b: int) -> Span:  # type: ignore[no-untyped-def]
    start = sdoc[a].idx
    last = sdoc[b - 1]
    end = last.idx + len(last.text)
    return Span(start, end, text[start:end])


def _to_extraction(
    document: Document,
    sdoc,
    ents: DocEntities,
    found: list[Found],
    ex: RuleExtractor,  # type: ignore[no-untyped-def]
) -> Extraction:
    text = document.text
    out = Extraction(doc_id=document.id)
    used = {f.source for f in found} | {f.target for f in found}
    for e in ents.entities:
        if e.kind == "actor":
            out.actors.append(Actor(e.name, e.type or "person", sorted(e.aliases - {e.name})))  # type: ignore[arg-type]
        elif e in used or any(m.entity is e and m.how == "name" for m in ents.mentions):
            out.concepts.append(Concept(e.name, sorted(e.aliases - {e.name})))
    for m in ents.mentions:
        out.mentions.append(
            Mention(_span(text, sdoc, m.start, m.end), m.entity.name, m.entity.kind, m.how)  # type: ignore[arg-type]
        )
    seen_aff: set[tuple[str, str]] = set()
    for person, org, role, a, b in ents.affiliations:
        if (person.name, org.name) in seen_aff:
            continue
        seen_aff.add((person.name, org.name))
        out.affiliations.append(Affiliation(person.name, org.name, role, _span(text, sdoc, a, b)))
    # the confidence a statement carries is measured per cue (see calibration.py); the rules'
    # own numbers only order duplicates here
    calibration = ex.calibration
    seen: set[tuple[str, str, str]] = set()
    for f in sorted(found, key=lambda f: (f.polarity == "neutral", -f.confidence)):
        key = (f.source.name, f.target.name, f.polarity)
        if key in seen:
            continue
        seen.add(key)
        out.statements.append(
            Statement(
                doc_id=document.id,
                source=f.source.name,
                source_type=f.source.type or "person",  # type: ignore[arg-type]
                target=f.target.name,
                target_kind="actor" if f.target.kind == "actor" else "concept",
                polarity=f.polarity,  # type: ignore[arg-type]
                evidence=_span(text, sdoc, f.start, f.end),
                date=document.date,
                confidence=calibration.confidence(sdoc.lang_, f.cue, f.polarity, f.confidence),
                period=f.period,
                cue=f.cue,
                extractor=f"{ex.name}-{ex.version}",
                lang=sdoc.lang_,
            )
        )
    return out


def get_extractor(name: str = "rules", **kwargs: object) -> Extractor:
    """Return an extractor by name (only ``"rules"`` ships today)."""
    if name == "rules":
        return RuleExtractor(**kwargs)  # type: ignore[arg-type]
    raise ValueError(f"unknown extractor {name!r}")
