"""The typed records that flow between the pipeline stages.

``ingest`` produces :class:`Document`; ``extract`` turns a document into an
:class:`Extraction` (actors, concepts, affiliations, mentions and statements);
``store`` persists them; ``network`` and ``report`` read :class:`Statement` rows back.

All character offsets are Python string indices, i.e. Unicode code points into
``Document.text``: ``doc.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Polarity = Literal["support", "oppose", "neutral"]
ActorType = Literal["person", "organization"]
TargetKind = Literal["actor", "concept"]

POLARITIES: tuple[str, ...] = ("support", "oppose", "neutral")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of evidence: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


def content_hash(text: str) -> str:
    """Stable hash of a text used to recognise re-ingested articles (NFC, whitespace-normalised)."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Document:
    """One article. ``date`` is an ISO date ``YYYY-MM-DD`` (or None when unknown)."""

    id: str
    text: str
    lang: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    origin: str | None = None  # file path (and line / entry) the document was read from

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Actor:
    """A person or organisation, with the surface forms that refer to it."""

    name: str
    type: ActorType = "person"
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Concept:
    """An issue actors take sides on: a bill, a law, a policy."""

    name: str
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Mention:
    """A span of text that refers to an actor or concept (``entity`` is its canonical name)."""

    span: Span
    entity: str
    kind: Literal["actor", "concept"]
    how: str = "name"  # name | surname | role | pronoun | anaphor | alias

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "kind": self.kind, "how": self.how, **self.span.to_dict()}


@dataclass(slots=True)
class Affiliation:
    """``actor`` belongs to / leads ``organization`` (``role`` as written, if any)."""

    actor: str
    organization: str
    role: str | None = None
    evidence: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"actor": self.actor, "organization": self.organization}
        d["role"] = self.role
        d["evidence"] = self.evidence.to_dict() if self.evidence else None
        return d


@dataclass(slots=True)
class Statement:
    """source actor -> target (actor or concept) -> polarity, grounded in ``evidence``.

    ``period`` is ``"past"`` when the text places the relation before the reported events.
    """

    doc_id: str
    source: str
    target: str
    polarity: Polarity
    evidence: Span
    source_type: ActorType = "person"
    target_kind: TargetKind = "actor"
    date: str | None = None
    confidence: float = 1.0
    period: str | None = None
    cue: str | None = None
    extractor: str = "manual"
    id: int | None = None  # store row id, once stored
    lang: str | None = None  # language of the document
    review: str = "pending"  # pending | accepted | rejected (set in the web workspace / store)

    def to_dict(self) -> dict[str, Any]:
        """The JSONL interchange format of ``allegiance extract --out``."""
        d: dict[str, Any] = {
            "doc_id": self.doc_id,
            "source": {"name": self.source, "type": self.source_type},
            "target": {"name": self.target, "kind": self.target_kind},
            "polarity": self.polarity,
            "evidence": self.evidence.to_dict(),
            "date": self.date,
            "confidence": round(self.confidence, 3),
        }
        if self.period:
            d["period"] = self.period
        if self.cue:
            d["cue"] = self.cue
        d["extractor"] = self.extractor
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        """Read a statement in the interchange format (also accepts flat source/target strings)."""
        src = d["source"]
        tgt = d["target"]
        ev = d.get("evidence") or {}
        if isinstance(ev, str):
            ev = {"text": ev, "start": -1, "end": -1}
        return cls(
            doc_id=str(d.get("doc_id", "")),
            source=src["name"] if isinstance(src, dict) else str(src),
            source_type=(src.get("type") if isinstance(src, dict) else None) or "person",
            target=tgt["name"] if isinstance(tgt, dict) else str(tgt),
            target_kind=(tgt.get("kind") if isinstance(tgt, dict) else None) or "actor",
            polarity=d["polarity"],
            evidence=Span(int(ev.get("start", -1)), int(ev.get("end", -1)), ev.get("text", "")),
            date=d.get("date"),
            confidence=float(d.get("confidence", 1.0)),
            period=d.get("period"),
            cue=d.get("cue"),
            extractor=d.get("extractor", "import"),
        )


@dataclass(slots=True)
class Extraction:
    """Everything one extractor found in one document."""

    doc_id: str
    actors: list[Actor] = field(default_factory=list)
    concepts: list[Concept] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    #: the document speaks of sport, weather, cooking or leisure and of no public affairs, so
    #: no statements were looked for (``allegiance.extract.topic``)
    off_topic: bool = False
