"""The database schema as a list of forward migrations; ``PRAGMA user_version`` counts how many have run.

To add a table (submissions, review feedback, …) append a ``Migration`` to
``MIGRATIONS`` — never edit one that has shipped. Its number is its position
(1-based) and becomes the new ``user_version``. Each migration runs in its own
transaction together with the version bump, so a crash leaves the database at
the previous version, never half-migrated. A program that finds a
``user_version`` above ``len(MIGRATIONS)`` refuses to open the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Migration:
    name: str
    statements: tuple[str, ...] = ()
    # For changes SQL alone cannot express (data rewrites); runs after the statements, in the same transaction.
    python: Callable[[Database], None] | None = None

    def apply(self, db: Database) -> None:
        for sql in self.statements:
            db.execute(sql)
        if self.python:
            self.python(db)


_V1 = Migration(
    "initial",
    (
        # Free-form facts about the workspace: its id, which program made it and when.
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            unit TEXT NOT NULL,
            groups TEXT NOT NULL DEFAULT '[]',
            staff TEXT NOT NULL DEFAULT '[]',
            contact TEXT,
            phone TEXT,
            updated_at TEXT NOT NULL
        )""",
        # Every catalog the workspace has used; the current one is the newest. Old ones stay so that evidence
        # whose item a later catalog dropped can still be shown with the text it was collected for.
        """CREATE TABLE catalogs (
            seq INTEGER PRIMARY KEY,
            catalog_id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            json TEXT NOT NULL,
            installed_at TEXT NOT NULL
        )""",
        # One row per stored file content. A row exists only once the file is complete and fsynced.
        """CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            pages INTEGER,
            encrypted INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        ) WITHOUT ROWID""",
        """CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            item_id TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            original_name TEXT NOT NULL,
            size INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('pdf', 'image', 'office', 'other')),
            label TEXT,
            position INTEGER NOT NULL,
            added_by TEXT,
            added_at TEXT NOT NULL,
            evidence_date TEXT,
            removed_at TEXT,
            removed_by TEXT
        )""",
        "CREATE INDEX attachments_by_item ON attachments (item_id, position)",
        "CREATE INDEX attachments_by_blob ON attachments (sha256)",
        """CREATE TABLE item_notes (
            item_id TEXT PRIMARY KEY,
            statement TEXT NOT NULL DEFAULT '',
            onsite_notes TEXT NOT NULL DEFAULT '',
            onsite_ready INTEGER NOT NULL DEFAULT 0,
            updated_by TEXT,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE urls (
            id INTEGER PRIMARY KEY,
            item_id TEXT NOT NULL,
            url TEXT NOT NULL,
            label TEXT,
            position INTEGER NOT NULL,
            added_by TEXT,
            added_at TEXT NOT NULL,
            UNIQUE (item_id, url)
        )""",
        """CREATE TABLE indicator_status (
            key TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'not_applicable')),
            reason TEXT,
            set_by TEXT,
            set_at TEXT NOT NULL,
            CHECK (status <> 'not_applicable' OR length(trim(coalesce(reason, ''))) > 0)
        )""",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            by TEXT,
            action TEXT NOT NULL,
            target TEXT,
            details TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX audit_by_target ON audit (target)",
    ),
)

# Each export (desktop.core.export) is recorded here: what was written where, and the exact index bytes, which
# the next submission chains to (its SHA-256) and builds its increment from (the files the office now holds).
_V2 = Migration(
    "submissions",
    (
        """CREATE TABLE submissions (
            id TEXT PRIMARY KEY,
            sequence INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
            record_status TEXT NOT NULL CHECK (record_status IN ('NEW', 'SUPPLEMENT', 'REPLACEMENT')),
            created_at TEXT NOT NULL,
            created_by TEXT,
            out_dir TEXT NOT NULL,
            base_name TEXT NOT NULL,
            parts TEXT NOT NULL,
            index_sha256 TEXT NOT NULL CHECK (length(index_sha256) = 64),
            index_json BLOB NOT NULL,
            index_signature TEXT NOT NULL,
            items_json TEXT NOT NULL DEFAULT '[]',
            part_mb REAL NOT NULL,
            scope TEXT NOT NULL,
            keys TEXT NOT NULL DEFAULT '[]',
            previous_id TEXT REFERENCES submissions(id),
            signer_fingerprint TEXT NOT NULL
        )""",
        # Files an export made itself (cover sheets, the contents, statements as text), by SHA-256: a later
        # increment references or re-sends them, and they are not in the blob store. Only those in the newest
        # submission's state are kept.
        """CREATE TABLE submission_files (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            data BLOB NOT NULL
        ) WITHOUT ROWID""",
    ),
)

MIGRATIONS: list[Migration] = [_V1, _V2]


def latest_version() -> int:
    return len(MIGRATIONS)


def user_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, *, before_each: Callable[[int], None] | None = None) -> list[int]:
    """Run the migrations the database has not had yet; returns the versions reached."""
    done = []
    current = user_version(db)
    for version in range(current + 1, latest_version() + 1):
        if before_each:
            before_each(version)
        with db.atomic():
            MIGRATIONS[version - 1].apply(db)
            db.execute(f"PRAGMA user_version = {version:d}")
        done.append(version)
    return done
