"""SQLite schema of the store and its ordered migrations.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[i]`` brings a database from
version ``i`` to version ``i + 1``; each migration runs in its own transaction together with the
version bump, so a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 0 -> 1: initial schema
    [
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            lang TEXT,
            date TEXT,
            title TEXT,
            url TEXT,
            source TEXT,
            author TEXT,
            origin TEXT,
            stub INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX documents_date ON documents(date)",
        "CREATE INDEX documents_source ON documents(source)",
        """
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL DEFAULT 'person',
            merged_into INTEGER REFERENCES actors(id),
            merged_at TEXT
        )
        """,
        "CREATE INDEX actors_merged_into ON actors(merged_into)",
        """
        CREATE TABLE actor_aliases (
            key TEXT PRIMARY KEY,
            alias TEXT NOT NULL,
            actor_id INTEGER NOT NULL REFERENCES actors(id)
        )
        """,
        "CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id)",
        """
        CREATE TABLE concepts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        )
        """,
        """
        CREATE TABLE concept_aliases (
            key TEXT PRIMARY KEY,
            alias TEXT NOT NULL,
            concept_id INTEGER NOT NULL REFERENCES concepts(id)
        )
        """,
        "CREATE INDEX concept_aliases_concept ON concept_aliases(concept_id)",
        """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('actor', 'concept')),
            actor_id INTEGER REFERENCES actors(id),
            concept_id INTEGER REFERENCES concepts(id),
            how TEXT NOT NULL DEFAULT 'name',
            extractor TEXT NOT NULL
        )
        """,
        "CREATE INDEX mentions_doc ON mentions(doc_id, extractor)",
        """
        CREATE TABLE affiliations (
            id INTEGER PRIMARY KEY,
            doc_id TEXT REFERENCES documents(id),
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            org_id INTEGER NOT NULL REFERENCES actors(id),
            role TEXT,
            evidence_start INTEGER,
            evidence_end INTEGER,
            evidence_text TEXT,
            extractor TEXT NOT NULL
        )
        """,
        "CREATE INDEX affiliations_doc ON affiliations(doc_id, extractor)",
        """
        CREATE TABLE statements (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            source_actor INTEGER NOT NULL REFERENCES actors(id),
            target_kind TEXT NOT NULL CHECK (target_kind IN ('actor', 'concept')),
            target_actor INTEGER REFERENCES actors(id),
            target_concept INTEGER REFERENCES concepts(id),
            polarity TEXT NOT NULL CHECK (polarity IN ('support', 'oppose', 'neutral')),
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            evidence_text TEXT NOT NULL,
            date TEXT,
            eff_date TEXT,
            period TEXT,
            confidence REAL NOT NULL DEFAULT 1.0,
            cue TEXT,
            extractor TEXT NOT NULL,
            extractor_version TEXT,
            review TEXT NOT NULL DEFAULT 'pending'
                CHECK (review IN ('pending', 'accepted', 'rejected')),
            created_at TEXT NOT NULL,
            CHECK ((target_kind = 'actor') = (target_actor IS NOT NULL)),
            CHECK ((target_kind = 'concept') = (target_concept IS NOT NULL))
        )
        """,
        "CREATE INDEX statements_doc ON statements(doc_id, extractor)",
        "CREATE INDEX statements_date ON statements(eff_date)",
        "CREATE INDEX statements_source ON statements(source_actor)",
        "CREATE INDEX statements_target_actor ON statements(target_actor)",
        "CREATE INDEX statements_target_concept ON statements(target_concept)",
        """
        CREATE TABLE extraction_runs (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            extractor TEXT NOT NULL,
            version TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            PRIMARY KEY (doc_id, extractor)
        )
        """,
    ],
    # 1 -> 2: remember whether an actor's type was stated or only defaulted ("person"), so a
    # later extraction that states the type can correct it. Existing actors count as stated.
    [
        "ALTER TABLE actors ADD COLUMN type_known INTEGER NOT NULL DEFAULT 1",
    ],
    # 2 -> 3: remember that an extraction found the document off topic (sport, weather, …:
    # no statements looked for), so a later report can say why it has none
    [
        "ALTER TABLE extraction_runs ADD COLUMN off_topic INTEGER NOT NULL DEFAULT 0",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)
