"""The user-editable actor and issue registry (YAML).

Example ``registry.yaml``::

    actors:
      - name: Elon Musk
        type: person
        aliases: [Musk, der Tech-Milliardär]
        affiliations: [{organization: Tesla, role: CEO}]
    issues:
      - name: One Big Beautiful Bill Act
        aliases: [OBBBA, Big Beautiful Bill]

Extraction maps every alias to its canonical name and keeps registered types.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class RegistryActor:
    """A registered actor."""

    name: str
    type: str = "person"
    aliases: list[str] = field(default_factory=list)
    affiliations: list[dict[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class RegistryIssue:
    """A registered issue."""

    name: str
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Registry:
    """Known actors and issues with their aliases."""

    actors: list[RegistryActor] = field(default_factory=list)
    issues: list[RegistryIssue] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path | None) -> Registry:
        """Read a registry YAML file; ``None`` gives an empty registry."""
        if path is None:
            return cls()
        from allegiance.extract.lexicon import _load_yaml

        data = _load_yaml(Path(path).read_text("utf-8")) or {}
        actors = [
            RegistryActor(
                name=a["name"],
                type=a.get("type", "person"),
                aliases=list(a.get("aliases") or []),
                affiliations=list(a.get("affiliations") or []),
            )
            for a in data.get("actors") or []
        ]
        issues = [
            RegistryIssue(name=i["name"], aliases=list(i.get("aliases") or []))
            for i in (data.get("issues") or data.get("concepts") or [])
        ]
        return cls(actors, issues)

    def actor_forms(self) -> Iterator[tuple[str, RegistryActor]]:
        """Every surface form (name and aliases) with its actor, longest first."""
        pairs = [(f, a) for a in self.actors for f in {a.name, *a.aliases}]
        yield from sorted(pairs, key=lambda p: -len(p[0]))

    def lookup(self, name: str) -> RegistryActor | None:
        """The registered actor a surface form refers to (case-insensitive)."""
        low = name.lower()
        for a in self.actors:
            if low == a.name.lower() or low in (x.lower() for x in a.aliases):
                return a
        return None

    def lookup_concept(self, name: str) -> RegistryIssue | None:
        """The registered issue a surface form refers to (case-insensitive)."""
        low = name.lower()
        for i in self.issues:
            if low == i.name.lower() or low in (x.lower() for x in i.aliases):
                return i
        return None
