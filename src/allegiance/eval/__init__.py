"""Scoring extracted statements against hand-coded gold documents.

The rules follow ``shared/gold/README.md``:

* a statement is the triple (source, target, polarity) with polarity in {support, oppose};
* a predicted name matches a gold actor or concept when, after :func:`normalize_name`, it equals
  the gold name or one of its aliases;
* duplicate triples count once per document; precision, recall and F1 are micro-averaged;
* a predicted support/oppose triple whose (source, target) pair is listed under ``neutral`` is
  also counted as a neutral violation.

Next to this strict score, :func:`evaluate` reports a second, lenient one that tells naming
apart from stance: a spurious triple whose issue name the gold does not list counts as found when
the gold has a missed triple with the same source and polarity toward an issue whose name or an
alias has the same head noun ("Schließung" / "nächtliche Schließung der Notaufnahme", "the
expansion" / "league expansion"). It never replaces the strict score.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from allegiance.model import Document, Statement

_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)
Triple = tuple[str, str, str]


def normalize_name(name: str) -> str:
    """Normalise a name for matching: NFC, casefold, collapsed white space, edge punctuation off.

    >>> normalize_name("  „One Big  Beautiful Bill Act“ ")
    'one big beautiful bill act'
    """
    s = unicodedata.normalize("NFC", name).casefold()
    s = " ".join(s.split())
    return _EDGE_PUNCT.sub("", s)


_ARTICLES = frozenset(
    {"the", "a", "an", "this", "that", "these", "his", "her", "its", "their"}
    | {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}
    | {"eines", "dieser", "diese", "dieses", "diesen"}
)
_TAIL_WORDS = frozenset({"der", "des", "von", "vom", "zur", "zum", "für", "gegen"})
_TAIL_WORDS_EN = frozenset({"of", "for", "on", "to"})


def issue_heads(name: str) -> set[str]:
    """Head nouns of an issue name for lenient matching: its last word and, before a genitive
    or prepositional tail, the word that the tail completes ("Schließung der Notaufnahme" ->
    {"notaufnahme", "schließung"}); leading articles and possessives are skipped.

    >>> sorted(issue_heads("die nächtliche Schließung der Notaufnahme"))
    ['notaufnahme', 'schliessung']
    >>> sorted(issue_heads("the expansion"))
    ['expansion']
    """
    words = normalize_name(name).replace("-", " ").split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    if not words:
        return set()
    heads = {words[-1]}
    for i, w in enumerate(words[1:], 1):
        if w in _TAIL_WORDS or w in _TAIL_WORDS_EN:
            heads.add(words[i - 1])
            break
    return heads


def _same_head(pred: set[str], gold: set[str]) -> bool:
    """Heads agree, a German compound counting by its end ("Preiserhöhung" / "Erhöhung")."""
    return any(
        p == g or (min(len(p), len(g)) >= 5 and (p.endswith(g) or g.endswith(p)))
        for p in pred
        for g in gold
    )


@dataclass(slots=True)
class GoldDocument:
    """A hand-coded document in the gold format."""

    document: Document
    raw: dict[str, Any]
    triples: set[Triple]
    neutral_pairs: set[tuple[str, str]]
    aliases: dict[str, str]  # normalised surface form -> canonical gold name

    def concept_heads(self, name: str) -> set[str]:
        """Head nouns of the gold concept ``name`` and of all its aliases (empty for actors)."""
        for c in self.raw.get("concepts", []) or []:
            if c["name"] == name:
                out: set[str] = set()
                for form in [c["name"], *(c.get("aliases") or [])]:
                    out |= issue_heads(form)
                return out
        return set()

    def resolve(self, name: str) -> str:
        """Map a predicted name to the canonical gold name, or keep it (normalised) if unknown."""
        key = normalize_name(name)
        return self.aliases.get(key, key)


def _alias_table(raw: dict[str, Any]) -> dict[str, str]:
    table: dict[str, str] = {}
    for group in ("actors", "concepts"):
        for ent in raw.get(group, []) or []:
            canon = ent["name"]
            for form in [canon, *(ent.get("aliases") or [])]:
                table.setdefault(normalize_name(form), canon)
    # canonical names win over aliases of other entities
    for group in ("actors", "concepts"):
        for ent in raw.get(group, []) or []:
            table[normalize_name(ent["name"])] = ent["name"]
    return table


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read a gold JSONL file (one annotated document a line)."""
    docs: list[GoldDocument] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
            docs.append(gold_document(raw))
    return docs


def gold_document(raw: dict[str, Any]) -> GoldDocument:
    """Build a :class:`GoldDocument` from one parsed gold JSON object."""
    aliases = _alias_table(raw)

    def canon(name: str) -> str:
        return aliases.get(normalize_name(name), normalize_name(name))

    triples = {
        (canon(s["source"]), canon(s["target"]), s["polarity"])
        for s in raw.get("statements", []) or []
        if s.get("polarity") in ("support", "oppose")
    }
    neutral = {(canon(n["source"]), canon(n["target"])) for n in raw.get("neutral", []) or []}
    doc = Document(
        id=str(raw["id"]),
        text=raw["text"],
        lang=raw.get("lang"),
        date=raw.get("date"),
        title=raw.get("title"),
        url=raw.get("url"),
        source=raw.get("source"),
    )
    return GoldDocument(doc, raw, triples, neutral, aliases)


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives and neutral violations."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral_violations: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.neutral_violations += other.neutral_violations

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "neutral_violations": self.neutral_violations,
        }


@dataclass(slots=True)
class DocScore:
    """The score of one document, with what was missed and what was spurious."""

    doc_id: str
    lang: str | None
    counts: Counts
    missed: list[Triple] = field(default_factory=list)
    spurious: list[Triple] = field(default_factory=list)
    violations: list[Triple] = field(default_factory=list)
    evidence: dict[Triple, str] = field(default_factory=dict)  # predicted triple -> evidence text
    # the lenient score: (spurious, missed) pairs that differ only in how the issue is named
    head_matches: list[tuple[Triple, Triple]] = field(default_factory=list)
    # predicted triple -> the highest confidence a statement of it carried
    confidence: dict[Triple, float] = field(default_factory=dict)

    @property
    def lenient(self) -> Counts:
        """The counts when a triple that names its issue by the same head noun counts."""
        k = len(self.head_matches)
        c = self.counts
        return Counts(c.tp + k, c.fp - k, c.fn - k, c.neutral_violations)


@dataclass(slots=True)
class EvalResult:
    """Micro-averaged scores overall and per language, plus per-document detail."""

    overall: Counts
    by_lang: dict[str, Counts]
    documents: list[DocScore]

    @property
    def lenient(self) -> Counts:
        """Overall counts of the lenient score (issues matched by head noun)."""
        out = Counts()
        for d in self.documents:
            out.add(d.lenient)
        return out

    def confidence_bands(
        self, edges: tuple[float, ...] = (0.9, 0.8, 0.7)
    ) -> list[tuple[str, int, int, int]]:
        """How often predicted statements were right, by the confidence they carried: per
        band (label, statements, right, right by the lenient score). Bands run from the
        highest edge down; the last holds everything below the lowest edge."""
        bands = [f">= {edges[0]:.2f}"]
        bands += [f"{lo:.2f}-{hi:.2f}" for hi, lo in pairwise(edges)]
        bands.append(f"< {edges[-1]:.2f}")
        counts = {b: [0, 0, 0] for b in bands}
        for d in self.documents:
            lenient = {sp for sp, _ in d.head_matches}
            gold_right = set(d.confidence) - set(d.spurious)
            for t, c in d.confidence.items():
                k = next((i for i, e in enumerate(edges) if c >= e), len(edges))
                row = counts[bands[k]]
                row[0] += 1
                row[1] += t in gold_right
                row[2] += t in gold_right or t in lenient
        return [(b, n, r, rl) for b in bands for n, r, rl in [counts[b]] if n]

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "by_lang": {k: v.to_dict() for k, v in sorted(self.by_lang.items())},
            "lenient_issue_heads": self.lenient.to_dict(),
            "confidence_bands": [
                {"band": b, "statements": n, "right": r, "right_lenient": rl}
                for b, n, r, rl in self.confidence_bands()
            ],
            "documents": [
                {
                    "id": d.doc_id,
                    "lang": d.lang,
                    **d.counts.to_dict(),
                    "missed": [list(t) for t in d.missed],
                    "spurious": [
                        {"triple": list(t), "evidence": d.evidence.get(t)} for t in d.spurious
                    ],
                    "neutral_violations_list": [list(t) for t in d.violations],
                    "issue_head_matches": [[list(a), list(b)] for a, b in d.head_matches],
                }
                for d in self.documents
            ],
        }


def score_document(gold: GoldDocument, predicted: Iterable[Statement]) -> DocScore:
    """Score predicted statements of one document against its gold annotation."""
    pred: set[Triple] = set()
    evidence: dict[Triple, str] = {}
    confidence: dict[Triple, float] = {}
    for st in predicted:
        if st.polarity not in ("support", "oppose"):
            continue
        t = (gold.resolve(st.source), gold.resolve(st.target), st.polarity)
        pred.add(t)
        evidence.setdefault(t, st.evidence.text)
        confidence[t] = max(confidence.get(t, 0.0), st.confidence)
    tp = pred & gold.triples
    spurious = sorted(pred - gold.triples)
    missed = sorted(gold.triples - pred)
    violations = sorted(t for t in pred if (t[0], t[1]) in gold.neutral_pairs)
    counts = Counts(len(tp), len(spurious), len(missed), len(violations))
    known = set(gold.aliases.values())
    heads: list[tuple[Triple, Triple]] = []
    left = list(missed)
    for sp in spurious:
        if sp[1] in known:
            continue  # a gold actor or issue: a wrong target, not a differently named one
        for mi in left:
            if (mi[0], mi[2]) == (sp[0], sp[2]) and _same_head(
                issue_heads(sp[1]), gold.concept_heads(mi[1])
            ):
                heads.append((sp, mi))
                left.remove(mi)
                break
    return DocScore(
        gold.document.id,
        gold.document.lang,
        counts,
        missed,
        spurious,
        violations,
        evidence,
        heads,
        confidence,
    )


def evaluate(
    gold_docs: Iterable[GoldDocument],
    extract: Callable[[Document], Iterable[Statement]],
) -> EvalResult:
    """Run ``extract`` on every gold document and score the result.

    Parameters
    ----------
    gold_docs : iterable of GoldDocument
        From :func:`load_gold`.
    extract : callable
        Maps a :class:`~allegiance.model.Document` to its predicted statements.
    """
    overall = Counts()
    by_lang: dict[str, Counts] = {}
    scores: list[DocScore] = []
    for gold in gold_docs:
        ds = score_document(gold, extract(gold.document))
        scores.append(ds)
        overall.add(ds.counts)
        by_lang.setdefault(ds.lang or "?", Counts()).add(ds.counts)
    return EvalResult(overall, by_lang, scores)


def format_result(result: EvalResult, *, details: bool = True) -> Iterator[str]:
    """Render an :class:`EvalResult` as human-readable lines (last line: the overall score)."""

    def row(label: str, c: Counts) -> str:
        return (
            f"{label:<34} P {c.precision:6.3f}  R {c.recall:6.3f}  F1 {c.f1:6.3f}  "
            f"(tp {c.tp}, fp {c.fp}, fn {c.fn}, neutral violations {c.neutral_violations})"
        )

    if details:
        yield "Per document:"
        for d in result.documents:
            yield "  " + row(f"{d.doc_id} [{d.lang}]", d.counts)
            for t in d.missed:
                yield f"      missed    {t[0]} -> {t[1]} : {t[2]}"
            for t in d.spurious:
                ev = d.evidence.get(t, "")
                yield f"      spurious  {t[0]} -> {t[1]} : {t[2]}   «{ev[:90]}»"
            for t in d.violations:
                yield f"      NEUTRAL VIOLATION  {t[0]} -> {t[1]} : {t[2]}"
        yield ""
    bands = result.confidence_bands()
    if bands:
        yield "By confidence (statements found, share right, share right by the lenient score):"
        for band, n, right, right_lenient in bands:
            yield f"  {band:<12} {n:5d}  right {right / n:6.3f}  lenient {right_lenient / n:6.3f}"
    for lang, c in sorted(result.by_lang.items()):
        yield row(f"language {lang}", c)
    yield row("lenient: issues by head noun", result.lenient)
    yield row("overall", result.overall)
