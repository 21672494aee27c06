"""The SQLite store: documents, canonical actors and concepts, statements and their review status.

Design notes
------------
* One SQLite file, WAL mode, foreign keys on. Every public write runs in one ``BEGIN IMMEDIATE``
  transaction, so a crash (or an exception) mid-write leaves the store as it was before the call.
* Actors are canonical across documents. A name is looked up by its *key* (Unicode NFC, casefold,
  collapsed white space) among all known actor names and aliases; a hit maps to that actor, a
  miss creates a new actor. Aliases that are pronouns or start with an article ("er", "the
  president") are kept out of the global alias table: they only make sense inside one document.
* Merges are reversible: ``merge_actors(a, into=b)`` only sets ``actors.merged_into`` of ``a``;
  statements keep pointing at ``a``'s row and are reported under the canonical (root) name.
  ``unmerge_actor(a)`` clears the pointer again.
* Statement dates: ``statements.date`` is the statement's own date (may be NULL);
  ``statements.eff_date`` is that date or else the document's date, kept up to date and indexed.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from allegiance.ingest.dates import normalize_date
from allegiance.model import (
    POLARITIES,
    Actor,
    Affiliation,
    Concept,
    Document,
    Extraction,
    Mention,
    Span,
    Statement,
)
from allegiance.store.schema import MIGRATIONS, SCHEMA_VERSION

REVIEW_STATUSES: tuple[str, ...] = ("pending", "accepted", "rejected")

# Aliases whose first word is one of these only make sense inside one document (pronouns, articles).
_LOCAL_WORDS_TEXT = (
    "er sie es ihm ihn ihr ihre ihrer ihren ihrem sein seine seiner seinen seinem seines "
    "dessen deren der die das den dem des diese dieser dieses diesen diesem jener jene jenes "
    "man wir uns ich du ein eine einer einen einem eines "
    "he she it him her his hers its they them their theirs the this that these those we us "
    "i you a an"
)
_LOCAL_ALIAS_WORDS = frozenset(_LOCAL_WORDS_TEXT.split())


class StoreError(Exception):
    """Raised for invalid store operations (unknown names, bad statuses, newer schema...)."""


def name_key(name: str) -> str:
    """Lookup key of an actor or concept name: NFC, casefolded, white space collapsed."""
    return clean_name(name).casefold()


def clean_name(name: str) -> str:
    """A name as stored: NFC, white space collapsed (case kept)."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def is_global_alias(alias: str) -> bool:
    """True when an alias may name its entity across documents (no pronoun/article phrase)."""
    words = name_key(alias).split()
    if not words:
        return False
    return words[0] not in _LOCAL_ALIAS_WORDS


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso_date(value: str | None) -> str | None:
    """A stored date is ISO ``YYYY-MM-DD`` or NULL (``"6. Juni 2025"`` is normalised too)."""
    if not value:
        return None
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return value
    return normalize_date(value)


def _date_upper(end: str) -> str:
    """An upper bound so that ``x <= bound`` includes every date/datetime starting with ``end``."""
    return end + "\x7f"


class Store:
    """A discourse store in one SQLite file (see the module docstring for the design).

    Use as a context manager or call :meth:`close`. The connection may be used from several
    threads; calls are serialised by a lock.
    """

    def __init__(self, path: str | Path = "allegiance.db") -> None:
        """Open (or create) the SQLite database at ``path`` and bring its schema up to date.

        ``":memory:"`` gives a throw-away in-memory store.
        """
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=30.0
        )
        self._conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute("PRAGMA cache_size = -65536")  # 64 MiB page cache for big stores
        self._in_tx = False
        self._migrate()

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the database connection (idempotent)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the open database (``PRAGMA user_version``)."""
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this allegiance "
                f"({SCHEMA_VERSION}); upgrade allegiance"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._tx() as cur:
                for sql in MIGRATIONS[target - 1]:
                    cur.execute(sql)
                cur.execute(f"PRAGMA user_version = {target}")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Cursor]:
        """One write transaction (re-entrant: nested calls join the outer transaction)."""
        with self._lock:
            if self._conn is None:
                raise StoreError("store is closed")
            if self._in_tx:
                yield self._conn.cursor()
                return
            cur = self._conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            self._in_tx = True
            try:
                yield cur
                cur.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.rollback()
                raise
            finally:
                self._in_tx = False

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row | tuple[Any, ...]]:
        with self._lock:
            if self._conn is None:
                raise StoreError("store is closed")
            return self._conn.execute(sql, params).fetchall()

    # ------------------------------------------------------------------ documents

    def add_document(self, doc: Document) -> tuple[str, bool]:
        """Store a document; return ``(doc_id, created)``.

        A document whose content hash is already stored is not added again: the existing id is
        returned with ``created=False``. If ``doc.id`` is taken by a different text, the new
        document gets the id ``"{doc.id}-{hash[:8]}"``. A stub document (created by
        :meth:`add_statements` for an unknown ``doc_id``) is filled in place.
        """
        with self._tx() as cur:
            return self._add_document(cur, doc)

    def _add_document(self, cur: sqlite3.Cursor, doc: Document) -> tuple[str, bool]:
        h = doc.hash
        date = _iso_date(doc.date)
        row = cur.execute("SELECT id FROM documents WHERE hash = ?", (h,)).fetchone()
        if row:
            return row[0], False
        doc_id = doc.id or f"doc-{h[:12]}"
        row = cur.execute("SELECT stub FROM documents WHERE id = ?", (doc_id,)).fetchone()
        values = (
            h,
            doc.text,
            doc.lang,
            date,
            doc.title,
            doc.url,
            doc.source,
            doc.author,
            doc.origin,
        )
        if row and row[0]:
            cur.execute(
                "UPDATE documents SET hash=?, text=?, lang=?, date=?, title=?, url=?, source=?, "
                "author=?, origin=?, stub=0 WHERE id=?",
                (*values, doc_id),
            )
            cur.execute(
                "UPDATE statements SET eff_date = ? WHERE doc_id = ? AND date IS NULL",
                (date, doc_id),
            )
            return doc_id, True
        if row:
            doc_id = f"{doc_id}-{h[:8]}"
            if cur.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                doc_id = f"{doc.id}-{h[:16]}"
        cur.execute(
            "INSERT INTO documents (id, hash, text, lang, date, title, url, source, author, "
            "origin, stub, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,0,?)",
            (doc_id, *values, _now()),
        )
        return doc_id, True

    @staticmethod
    def _row_to_doc(row: Sequence[Any]) -> Document:
        return Document(
            id=row[0],
            text=row[1],
            lang=row[2],
            date=row[3],
            title=row[4],
            url=row[5],
            source=row[6],
            author=row[7],
            origin=row[8],
        )

    _DOC_COLS = "id, text, lang, date, title, url, source, author, origin"

    def get_document(self, doc_id: str) -> Document | None:
        """The document with this id, or None."""
        rows = self._q(f"SELECT {self._DOC_COLS} FROM documents WHERE id = ?", (doc_id,))
        return self._row_to_doc(rows[0]) if rows else None

    def documents(
        self,
        *,
        ids: Iterable[str] | None = None,
        unextracted_by: str | None = None,
        version: str | None = None,
    ) -> Iterator[Document]:
        """Iterate over stored documents in insertion order (or in the order of ``ids``).

        ``unextracted_by``: only documents that extractor has not finished yet (with ``version``
        also those it finished with another version), so a rerun resumes where it stopped.
        Stub documents (no text) are skipped unless asked for by id. Ids are read up front, so
        writing to the store while iterating is safe.
        """
        if ids is not None:
            wanted = list(ids)
            stub_ok = True
        else:
            sql = "SELECT id FROM documents d WHERE stub = 0"
            params: list[Any] = []
            if unextracted_by is not None:
                sql += (
                    " AND NOT EXISTS (SELECT 1 FROM extraction_runs r WHERE r.doc_id = d.id"
                    " AND r.extractor = ?"
                )
                params.append(unextracted_by)
                if version is not None:
                    sql += " AND r.version = ?"
                    params.append(version)
                sql += ")"
            sql += " ORDER BY rowid"
            wanted = [r[0] for r in self._q(sql, params)]
            stub_ok = False
        for doc_id in wanted:
            if (
                ids is not None
                and unextracted_by is not None
                and self._extracted(doc_id, unextracted_by, version)
            ):
                continue
            rows = self._q(f"SELECT {self._DOC_COLS}, stub FROM documents WHERE id = ?", (doc_id,))
            if rows and (stub_ok or not rows[0][9]):
                yield self._row_to_doc(rows[0])

    def _extracted(self, doc_id: str, extractor: str, version: str | None) -> bool:
        rows = self._q(
            "SELECT version FROM extraction_runs WHERE doc_id = ? AND extractor = ?",
            (doc_id, extractor),
        )
        return bool(rows) and (version is None or rows[0][0] == version)

    def count_documents(self) -> int:
        """Number of stored documents (stubs excluded)."""
        return int(self._q("SELECT count(*) FROM documents WHERE stub = 0")[0][0])

    # ------------------------------------------------------------------ actors and concepts

    def _canon(self) -> dict[int, tuple[int, str, str]]:
        """actor id -> (root id, root name, root type), following merge pointers."""
        with self._lock:
            rows = self._conn.execute("SELECT id, name, type, merged_into FROM actors").fetchall()
            info = {r[0]: (r[1], r[2], r[3]) for r in rows}
            out: dict[int, tuple[int, str, str]] = {}
            for aid in info:
                root, seen = aid, set()
                while info[root][2] is not None and root not in seen:
                    seen.add(root)
                    root = info[root][2]
                out[aid] = (root, info[root][0], info[root][1])
            return out

    def _actor_id(
        self,
        cur: sqlite3.Cursor,
        name: str,
        type_: str | None,
        cache: dict[str, int] | None = None,
        *,
        known: bool = False,
    ) -> int:
        """Id of the actor ``name`` refers to (by name or global alias), created if unknown.

        ``known``: ``type_`` is a real statement about the actor (not a default); it then
        replaces a type that was only defaulted when the actor was first seen.
        """
        key = name_key(name)
        if not key:
            raise StoreError("empty actor name")
        aid = cache.get(key) if cache is not None else None
        if aid is None:
            row = cur.execute("SELECT actor_id FROM actor_aliases WHERE key = ?", (key,)).fetchone()
            aid = int(row[0]) if row else None
        elif not known:
            return aid
        if aid is not None:
            if known and type_:
                cur.execute(
                    "UPDATE actors SET type = ?, type_known = 1 WHERE id = ? AND type_known = 0",
                    (type_, aid),
                )
        else:
            clean = clean_name(name)
            cur.execute(
                "INSERT INTO actors (name, type, type_known) VALUES (?, ?, ?)",
                (clean, type_ or "person", int(known and bool(type_))),
            )
            aid = int(cur.lastrowid or 0)
            cur.execute(
                "INSERT INTO actor_aliases (key, alias, actor_id) VALUES (?,?,?)",
                (key, clean, aid),
            )
        if cache is not None:
            cache[key] = aid
        return aid

    def _add_actor_aliases(self, cur: sqlite3.Cursor, aid: int, aliases: Iterable[str]) -> None:
        self._add_aliases(cur, "actor_aliases", "actor_id", aid, aliases)

    @staticmethod
    def _add_aliases(
        cur: sqlite3.Cursor, table: str, id_column: str, ref: int, aliases: Iterable[str]
    ) -> None:
        """Record the aliases that may link documents (not pronouns or article phrases)."""
        for alias in aliases:
            if is_global_alias(alias):
                cur.execute(
                    f"INSERT OR IGNORE INTO {table} (key, alias, {id_column}) VALUES (?,?,?)",
                    (name_key(alias), clean_name(alias), ref),
                )

    def _concept_id(
        self, cur: sqlite3.Cursor, name: str, cache: dict[str, int] | None = None
    ) -> int:
        """Id of the concept ``name`` refers to (by name or alias), created if unknown."""
        key = name_key(name)
        if not key:
            raise StoreError("empty concept name")
        if cache is not None and key in cache:
            return cache[key]
        row = cur.execute("SELECT concept_id FROM concept_aliases WHERE key = ?", (key,)).fetchone()
        if row:
            cid = int(row[0])
        else:
            clean = clean_name(name)
            cur.execute("INSERT INTO concepts (name) VALUES (?)", (clean,))
            cid = int(cur.lastrowid or 0)
            cur.execute(
                "INSERT INTO concept_aliases (key, alias, concept_id) VALUES (?,?,?)",
                (key, clean, cid),
            )
        if cache is not None:
            cache[key] = cid
        return cid

    def _add_concept_aliases(self, cur: sqlite3.Cursor, cid: int, aliases: Iterable[str]) -> None:
        self._add_aliases(cur, "concept_aliases", "concept_id", cid, aliases)

    def _lookup_actor(self, name: str) -> int | None:
        rows = self._q("SELECT actor_id FROM actor_aliases WHERE key = ?", (name_key(name),))
        return int(rows[0][0]) if rows else None

    def actors(self) -> list[Actor]:
        """Canonical actors (merged ones folded in), by name; aliases include merged names."""
        canon = self._canon()
        aliases: dict[int, list[str]] = {}
        for alias, aid in self._q("SELECT alias, actor_id FROM actor_aliases ORDER BY rowid"):
            root, rname, _ = canon[aid]
            if alias != rname and alias not in aliases.setdefault(root, []):
                aliases[root].append(alias)
        out = [
            Actor(name=rname, type=rtype, aliases=aliases.get(root, []))  # type: ignore[arg-type]
            for aid, (root, rname, rtype) in canon.items()
            if aid == root
        ]
        return sorted(out, key=lambda a: name_key(a.name))

    def concepts(self) -> list[Concept]:
        """All concepts with their aliases, sorted by name."""
        names = dict(self._q("SELECT id, name FROM concepts"))
        aliases: dict[int, list[str]] = {cid: [] for cid in names}
        for alias, cid in self._q("SELECT alias, concept_id FROM concept_aliases ORDER BY rowid"):
            if alias != names[cid]:
                aliases[cid].append(alias)
        out = [Concept(name=n, aliases=aliases[cid]) for cid, n in names.items()]
        return sorted(out, key=lambda c: name_key(c.name))

    def affiliations(self) -> list[Affiliation]:
        """Distinct (actor, organization, role) under canonical names; first evidence kept."""
        canon = self._canon()
        seen: dict[tuple[str, str, str | None], Affiliation] = {}
        for aid, oid, role, es, ee, et in self._q(
            "SELECT actor_id, org_id, role, evidence_start, evidence_end, evidence_text "
            "FROM affiliations ORDER BY id"
        ):
            key = (canon[aid][1], canon[oid][1], role)
            if key not in seen:
                ev = Span(es, ee, et) if et is not None else None
                seen[key] = Affiliation(actor=key[0], organization=key[1], role=role, evidence=ev)
        return list(seen.values())

    def mentions(self, doc_id: str) -> list[Mention]:
        """Mentions stored for a document, ordered by offset, with canonical entity names."""
        canon = self._canon()
        concepts = dict(self._q("SELECT id, name FROM concepts"))
        out = []
        for start, end, text, kind, aid, cid, how in self._q(
            "SELECT start, end, text, kind, actor_id, concept_id, how FROM mentions "
            "WHERE doc_id = ? ORDER BY start, end, id",
            (doc_id,),
        ):
            entity = canon[aid][1] if kind == "actor" else concepts[cid]
            out.append(Mention(span=Span(start, end, text), entity=entity, kind=kind, how=how))
        return out

    def merge_actors(self, name: str, into: str) -> None:
        """Fold actor ``name`` into actor ``into`` (reversible with :meth:`unmerge_actor`).

        Statements, mentions and affiliations of ``name`` are then reported under ``into``'s
        canonical name. Raises :class:`StoreError` for unknown names or a merge cycle.
        """
        with self._tx() as cur:
            src = self._lookup_actor(name)
            dst = self._lookup_actor(into)
            if src is None or dst is None:
                missing = name if src is None else into
                raise StoreError(f"unknown actor: {missing}")
            canon = self._canon()
            if canon[dst][0] == canon[src][0]:
                if src == dst or canon[src][0] == dst:
                    return  # already one actor
                raise StoreError(f"merging {name!r} into {into!r} would create a cycle")
            cur.execute(
                "UPDATE actors SET merged_into = ?, merged_at = ? WHERE id = ?", (dst, _now(), src)
            )

    def actor_merges(self) -> list[tuple[str, str]]:
        """Current merges as ``(merged actor name, canonical name)`` pairs, sorted."""
        canon = self._canon()
        rows = self._q("SELECT id, name FROM actors WHERE merged_into IS NOT NULL")
        return sorted((name, canon[aid][1]) for aid, name in rows)

    def unmerge_actor(self, name: str) -> None:
        """Undo :meth:`merge_actors` for ``name`` (its own statements get their own name back)."""
        with self._tx() as cur:
            aid = self._lookup_actor(name)
            if aid is None:
                raise StoreError(f"unknown actor: {name}")
            cur.execute(
                "UPDATE actors SET merged_into = NULL, merged_at = NULL WHERE id = ?", (aid,)
            )

    # ------------------------------------------------------------------ extractions

    def save_extraction(self, ex: Extraction, *, extractor: str, version: str) -> None:
        """Store everything one extractor found in one document, in one transaction.

        Earlier mentions, affiliations and *pending* statements of that document by the same
        extractor are replaced; reviewed (accepted/rejected) statements are kept and not
        duplicated. The document is marked as extracted by ``(extractor, version)``.
        Raises :class:`StoreError` for an unknown document or evidence that does not match the
        document text (nothing is written then).
        """
        with self._tx() as cur:
            row = cur.execute(
                "SELECT text, date FROM documents WHERE id = ?", (ex.doc_id,)
            ).fetchone()
            if row is None:
                raise StoreError(f"unknown document: {ex.doc_id}")
            text, doc_date = row
            self._check_spans(ex, text)
            cur.execute(
                "DELETE FROM mentions WHERE doc_id = ? AND extractor = ?", (ex.doc_id, extractor)
            )
            cur.execute(
                "DELETE FROM affiliations WHERE doc_id = ? AND extractor = ?",
                (ex.doc_id, extractor),
            )
            cur.execute(
                "DELETE FROM statements WHERE doc_id = ? AND extractor = ? AND review = 'pending'",
                (ex.doc_id, extractor),
            )
            acache: dict[str, int] = {}
            ccache: dict[str, int] = {}
            for actor in ex.actors:
                aid = self._actor_id(cur, actor.name, actor.type, acache, known=True)
                self._add_actor_aliases(cur, aid, actor.aliases)
            for concept in ex.concepts:
                cid = self._concept_id(cur, concept.name, ccache)
                self._add_concept_aliases(cur, cid, concept.aliases)
            for m in ex.mentions:
                aid = cid = None
                if m.kind == "actor":
                    aid = self._actor_id(cur, m.entity, None, acache)
                else:
                    cid = self._concept_id(cur, m.entity, ccache)
                cur.execute(
                    "INSERT INTO mentions (doc_id, start, end, text, kind, actor_id, concept_id, "
                    "how, extractor) VALUES (?,?,?,?,?,?,?,?,?)",
                    (
                        ex.doc_id,
                        m.span.start,
                        m.span.end,
                        m.span.text,
                        m.kind,
                        aid,
                        cid,
                        m.how,
                        extractor,
                    ),
                )
            for a in ex.affiliations:
                aid = self._actor_id(cur, a.actor, None, acache)
                oid = self._actor_id(cur, a.organization, "organization", acache, known=True)
                ev = a.evidence
                cur.execute(
                    "INSERT INTO affiliations (doc_id, actor_id, org_id, role, evidence_start, "
                    "evidence_end, evidence_text, extractor) VALUES (?,?,?,?,?,?,?,?)",
                    (
                        ex.doc_id,
                        aid,
                        oid,
                        a.role,
                        ev.start if ev else None,
                        ev.end if ev else None,
                        ev.text if ev else None,
                        extractor,
                    ),
                )
            rows = [
                self._statement_row(cur, s, ex.doc_id, doc_date, extractor, version, acache, ccache)
                for s in ex.statements
            ]
            self._insert_statements(cur, rows, dedupe=True)
            cur.execute(
                "INSERT OR REPLACE INTO extraction_runs "
                "(doc_id, extractor, version, finished_at, off_topic) VALUES (?,?,?,?,?)",
                (ex.doc_id, extractor, version, _now(), int(ex.off_topic)),
            )

    @staticmethod
    def _check_spans(ex: Extraction, text: str) -> None:
        spans: list[tuple[str, Span]] = [("mention", m.span) for m in ex.mentions]
        spans += [("affiliation", a.evidence) for a in ex.affiliations if a.evidence]
        spans += [("statement", s.evidence) for s in ex.statements]
        for what, sp in spans:
            if not (0 <= sp.start <= sp.end <= len(text)) or text[sp.start : sp.end] != sp.text:
                raise StoreError(
                    f"{ex.doc_id}: {what} evidence [{sp.start}:{sp.end}] {sp.text[:40]!r} "
                    "does not match the document text"
                )

    def _statement_row(
        self,
        cur: sqlite3.Cursor,
        s: Statement,
        doc_id: str,
        doc_date: str | None,
        extractor: str,
        version: str | None,
        acache: dict[str, int],
        ccache: dict[str, int],
    ) -> tuple[Any, ...]:
        if s.polarity not in POLARITIES:
            raise StoreError(f"{doc_id}: polarity must be one of {POLARITIES}, not {s.polarity!r}")
        if s.target_kind not in ("actor", "concept"):
            raise StoreError(
                f"{doc_id}: target kind must be actor or concept, not {s.target_kind!r}"
            )
        src = self._actor_id(
            cur, s.source, s.source_type, acache, known=s.source_type == "organization"
        )
        if s.target_kind == "concept":
            ta, tc = None, self._concept_id(cur, s.target, ccache)
        else:
            ta, tc = self._actor_id(cur, s.target, None, acache), None
        review = s.review if s.review in REVIEW_STATUSES else "pending"
        own_date = _iso_date(s.date)
        return (
            doc_id,
            src,
            s.target_kind,
            ta,
            tc,
            s.polarity,
            s.evidence.start,
            s.evidence.end,
            s.evidence.text,
            own_date,
            own_date or doc_date,
            s.period,
            float(s.confidence),
            s.cue,
            extractor,
            version,
            review,
            _now(),
        )

    def _insert_statements(
        self, cur: sqlite3.Cursor, rows: list[tuple[Any, ...]], *, dedupe: bool
    ) -> int:
        if dedupe:
            kept: list[tuple[Any, ...]] = []
            seen: set[tuple[Any, ...]] = set()
            loaded: set[tuple[str, str]] = set()
            for r in rows:
                doc_ext = (r[0], r[14])
                if doc_ext not in loaded:  # existing statements of this document and extractor
                    loaded.add(doc_ext)
                    seen.update(
                        cur.execute(
                            "SELECT doc_id, source_actor, target_kind, target_actor, "
                            "target_concept, polarity, evidence_start, evidence_end, "
                            "evidence_text, extractor FROM statements INDEXED BY statements_doc "
                            "WHERE doc_id = ? AND extractor = ?",
                            doc_ext,
                        ).fetchall()
                    )
                key = (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[14])
                if key not in seen:
                    seen.add(key)
                    kept.append(r)
            rows = kept
        cur.executemany(
            "INSERT INTO statements (doc_id, source_actor, target_kind, target_actor, "
            "target_concept, polarity, evidence_start, evidence_end, evidence_text, date, "
            "eff_date, period, confidence, cue, extractor, extractor_version, review, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        return len(rows)

    def add_statements(
        self, stmts: Iterable[Statement], *, documents: Iterable[Document] = ()
    ) -> int:
        """Import already-coded statements; return how many were inserted.

        ``documents`` are added first. A statement whose ``doc_id`` is unknown gets an empty stub
        document (filled in if the document is added later). Actors and concepts are created
        from the statements' source and target. Evidence without valid offsets is located in the
        document text when possible (else stored with offsets -1). Exact duplicates (same
        document, source, target, polarity, evidence and extractor) are skipped.
        """
        n = 0
        with self._tx() as cur:
            for doc in documents:
                self._add_document(cur, doc)
            acache: dict[str, int] = {}
            ccache: dict[str, int] = {}
            docs: dict[str, tuple[str, str | None]] = {}
            batch: list[tuple[Any, ...]] = []
            for s in stmts:
                if s.doc_id not in docs:
                    row = cur.execute(
                        "SELECT text, date FROM documents WHERE id = ?", (s.doc_id,)
                    ).fetchone()
                    if row is None:
                        cur.execute(
                            "INSERT INTO documents (id, hash, text, date, stub, added_at) "
                            "VALUES (?,?,?,?,1,?)",
                            (s.doc_id, f"stub:{s.doc_id}", "", None, _now()),
                        )
                        row = ("", None)
                    docs[s.doc_id] = (row[0], row[1])
                    if len(docs) > 10_000:
                        docs.clear()
                        docs[s.doc_id] = (row[0], row[1])
                text, doc_date = docs[s.doc_id]
                ev = s.evidence
                if text and not (
                    0 <= ev.start <= ev.end <= len(text) and text[ev.start : ev.end] == ev.text
                ):
                    pos = text.find(ev.text) if ev.text else -1
                    ev = (
                        Span(pos, pos + len(ev.text), ev.text)
                        if pos >= 0
                        else Span(-1, -1, ev.text)
                    )
                if ev is not s.evidence:
                    s = dataclasses.replace(s, evidence=ev)
                batch.append(
                    self._statement_row(
                        cur, s, s.doc_id, doc_date, s.extractor, None, acache, ccache
                    )
                )
                if len(batch) >= 5000:
                    n += self._insert_statements(cur, batch, dedupe=True)
                    batch = []
            n += self._insert_statements(cur, batch, dedupe=True)
        return n

    # ------------------------------------------------------------------ reading statements

    def statements(
        self,
        *,
        start: str | None = None,
        end: str | None = None,
        sources: Sequence[str] | None = None,
        lang: str | None = None,
        actor_type: str | None = None,
        issues: Sequence[str] | None = None,
        include_rejected: bool = False,
    ) -> list[Statement]:
        """Statements matching all given filters, ordered by date (undated last), then id.

        ``start``/``end`` are inclusive ISO dates or prefixes ("2025", "2025-06") applied to the
        statement's date, or else its document's date (undated statements are dropped when
        either is given). ``sources`` filters by document source (outlet), ``lang`` by document
        language, ``actor_type`` by the canonical source actor's type, ``issues`` by concept
        target (names or aliases). Rejected statements are left out unless ``include_rejected``.
        Names are canonical (after actor merges); ``date``, ``id``, ``lang``, ``review`` and
        ``period`` are filled. See :meth:`iter_statements` to stream large results.
        """
        return list(
            self.iter_statements(
                start=start,
                end=end,
                sources=sources,
                lang=lang,
                actor_type=actor_type,
                issues=issues,
                include_rejected=include_rejected,
            )
        )

    def iter_statements(
        self,
        *,
        start: str | None = None,
        end: str | None = None,
        sources: Sequence[str] | None = None,
        lang: str | None = None,
        actor_type: str | None = None,
        issues: Sequence[str] | None = None,
        include_rejected: bool = False,
    ) -> Iterator[Statement]:
        """Like :meth:`statements` but yields them in chunks (constant memory for big stores)."""
        where: list[str] = []
        params: list[Any] = []
        if start is not None:
            where.append("s.eff_date >= ?")
            params.append(start)
        if end is not None:
            where.append("s.eff_date <= ?")
            params.append(_date_upper(end))
        if sources is not None:
            where.append(f"d.source IN ({','.join('?' * len(sources))})")
            params.extend(sources)
        if lang is not None:
            where.append("d.lang = ?")
            params.append(lang)
        if issues is not None:
            keys = [name_key(i) for i in issues]
            where.append(
                "s.target_concept IN (SELECT concept_id FROM concept_aliases WHERE key IN "
                f"({','.join('?' * len(keys))}))"
            )
            params.extend(keys)
        if not include_rejected:
            where.append("s.review != 'rejected'")
        sql = (
            "SELECT s.id, s.doc_id, s.source_actor, s.target_kind, s.target_actor, "
            "s.target_concept, s.polarity, s.evidence_start, s.evidence_end, s.evidence_text, "
            "s.eff_date, s.period, s.confidence, s.cue, s.extractor, s.review, d.lang "
            "FROM statements s JOIN documents d ON d.id = s.doc_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY s.eff_date IS NULL, s.eff_date, s.id"
        canon = self._canon()
        concepts = dict(self._q("SELECT id, name FROM concepts"))
        memo: dict[Any, Any] = {}
        with self._lock:
            cursor = self._conn.execute(sql, params)
        while True:
            with self._lock:
                chunk = cursor.fetchmany(10_000)
            if not chunk:
                return
            for (
                sid,
                doc_id,
                src,
                tkind,
                ta,
                tc,
                pol,
                es,
                ee,
                et,
                date,
                period,
                conf,
                cue,
                extr,
                review,
                dlang,
            ) in chunk:
                _, sname, stype = canon[src]
                if actor_type is not None and stype != actor_type:
                    continue
                target = canon[ta][1] if tkind == "actor" else concepts[tc]
                # share repeated strings between rows (a million rows: ~40% less memory)
                yield Statement(
                    doc_id=memo.setdefault(doc_id, doc_id),
                    source=sname,
                    target=target,
                    polarity=memo.setdefault(pol, pol),
                    evidence=Span(es, ee, et),
                    source_type=stype,
                    target_kind=memo.setdefault(tkind, tkind),
                    date=memo.setdefault(date, date),
                    confidence=conf,
                    period=memo.setdefault(period, period),
                    cue=memo.setdefault(cue, cue),
                    extractor=memo.setdefault(extr, extr),
                    id=sid,
                    lang=memo.setdefault(dlang, dlang),
                    review=memo.setdefault(review, review),
                )
            if len(memo) > 200_000:
                memo.clear()

    def set_review(self, statement_id: int, status: str) -> None:
        """Set a statement's review status: ``pending``, ``accepted`` or ``rejected``."""
        if status not in REVIEW_STATUSES:
            raise StoreError(f"review status must be one of {REVIEW_STATUSES}, not {status!r}")
        with self._tx() as cur:
            cur.execute("UPDATE statements SET review = ? WHERE id = ?", (status, statement_id))
            if cur.rowcount == 0:
                raise StoreError(f"no statement with id {statement_id}")

    def stats(self) -> dict[str, int]:
        """Counts: documents, actors (canonical), concepts, statements, affiliations, mentions,
        extracted documents (and those found off topic), stub documents, rejected statements."""
        one = lambda sql: int(self._q(sql)[0][0])  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents WHERE stub = 0"),
            "actors": one("SELECT count(*) FROM actors WHERE merged_into IS NULL"),
            "concepts": one("SELECT count(*) FROM concepts"),
            "statements": one("SELECT count(*) FROM statements"),
            "affiliations": one("SELECT count(*) FROM affiliations"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "extracted_documents": one("SELECT count(DISTINCT doc_id) FROM extraction_runs"),
            "off_topic_documents": one(
                "SELECT count(DISTINCT doc_id) FROM extraction_runs WHERE off_topic = 1"
            ),
            "stub_documents": one("SELECT count(*) FROM documents WHERE stub = 1"),
            "rejected_statements": one("SELECT count(*) FROM statements WHERE review='rejected'"),
        }
