"""The office database's schema: its own list of forward migrations, run by the workspace's migration machinery.

Append a ``Migration`` to ``MIGRATIONS`` to change it; never edit one that has
shipped (the position is the version, ``PRAGMA user_version``).
"""

from __future__ import annotations

from desktop.core.workspace.schema import Migration

from desktop.core.office.detect import DB_NAME  # noqa: F401 - defined beside the light detector

_V1 = Migration(
    "office",
    (
        # kind = office, office_name, workspace_id, created_at, created_by_version
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        # The catalog in force (newest row) and those used before it.
        """CREATE TABLE catalogs (
            seq INTEGER PRIMARY KEY,
            catalog_id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            json TEXT NOT NULL,
            installed_at TEXT NOT NULL
        )""",
        # Groups (各行政执法单位 …) the office counts a unit in; a unit's own submissions also tell.
        """CREATE TABLE unit_groups (
            unit TEXT NOT NULL,
            grp TEXT NOT NULL,
            PRIMARY KEY (unit, grp)
        ) WITHOUT ROWID""",
        # Registered signing keys. A unit may have several (a replaced key stays, marked retired).
        """CREATE TABLE unit_keys (
            fingerprint TEXT PRIMARY KEY,
            unit TEXT NOT NULL,
            public_key TEXT NOT NULL,
            registered_at TEXT NOT NULL,
            registered_by TEXT,
            source TEXT NOT NULL,
            retired_at TEXT
        ) WITHOUT ROWID""",
        "CREATE INDEX unit_keys_by_unit ON unit_keys (unit)",
        # Parts signed by a key nobody registered: kept aside (a copy under quarantine/) until the
        # fingerprint is confirmed; nothing from them is in the store.
        """CREATE TABLE quarantine (
            id INTEGER PRIMARY KEY,
            unit TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            public_key TEXT NOT NULL,
            file_name TEXT NOT NULL,
            stored_name TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            submission_id TEXT,
            part INTEGER,
            parts INTEGER,
            received_at TEXT NOT NULL
        )""",
        # One row per stored file content; a row exists only once the file is complete and durable.
        """CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            stored_at TEXT NOT NULL
        ) WITHOUT ROWID""",
        # Every submission seen (any part of it): its signed description, and how it chains.
        """CREATE TABLE submissions (
            submission_id TEXT PRIMARY KEY,
            unit TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            record_status TEXT NOT NULL,
            created TEXT NOT NULL,
            previous_id TEXT,
            previous_index_sha256 TEXT,
            signer_fingerprint TEXT NOT NULL,
            parts_total INTEGER NOT NULL,
            description_sha256 TEXT NOT NULL,
            description TEXT NOT NULL,
            first_received_at TEXT NOT NULL,
            completed_at TEXT,
            chain TEXT NOT NULL DEFAULT 'unchecked',
            chain_note TEXT
        )""",
        "CREATE INDEX submissions_by_unit ON submissions (unit, sequence)",
        """CREATE TABLE parts (
            submission_id TEXT NOT NULL REFERENCES submissions(submission_id),
            number INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            size INTEGER NOT NULL,
            tagmanifest_sha256 TEXT NOT NULL,
            payload_files INTEGER NOT NULL,
            payload_bytes INTEGER NOT NULL,
            new_files INTEGER NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (submission_id, number)
        ) WITHOUT ROWID""",
        # Signed index files, by submission (they may come before, with or after the parts).
        """CREATE TABLE indexes (
            submission_id TEXT PRIMARY KEY,
            unit TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            json TEXT NOT NULL,
            signature TEXT NOT NULL,
            received_at TEXT NOT NULL
        ) WITHOUT ROWID""",
        # Parts and indexes that were refused, with the reason; nothing from them entered the store.
        """CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            unit TEXT,
            submission_id TEXT,
            part INTEGER,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            reason_en TEXT NOT NULL,
            first_at TEXT NOT NULL,
            last_at TEXT NOT NULL,
            times INTEGER NOT NULL DEFAULT 1,
            UNIQUE (file_name, size, code)
        )""",
        # Each unit's current state: the submission in force and what it declares, item by item and file by file.
        """CREATE TABLE unit_state (
            unit TEXT PRIMARY KEY,
            submission_id TEXT NOT NULL REFERENCES submissions(submission_id),
            sequence INTEGER NOT NULL,
            applied_at TEXT NOT NULL,
            note TEXT
        ) WITHOUT ROWID""",
        """CREATE TABLE state_items (
            unit TEXT NOT NULL,
            item_id TEXT NOT NULL,
            indicators TEXT NOT NULL,
            title TEXT NOT NULL,
            status TEXT NOT NULL,
            statement TEXT NOT NULL,
            urls TEXT NOT NULL,
            reason TEXT NOT NULL,
            extra TEXT NOT NULL,
            PRIMARY KEY (unit, item_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE state_files (
            unit TEXT NOT NULL,
            path TEXT NOT NULL,
            item_id TEXT NOT NULL,
            indicators TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            role TEXT NOT NULL,
            label TEXT NOT NULL,
            sent_in TEXT NOT NULL,
            extra TEXT NOT NULL,
            PRIMARY KEY (unit, path)
        ) WITHOUT ROWID""",
        "CREATE INDEX state_files_by_item ON state_files (unit, item_id)",
        # Reviews: every one kept; the newest per (unit, key) is in force. ``evidence_digest`` fingerprints what
        # was reviewed, so a later change of the cell shows as "changed since the review".
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            unit TEXT NOT NULL,
            key TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'revise')),
            comment TEXT NOT NULL DEFAULT '',
            score REAL,
            reviewed_at TEXT NOT NULL,
            reviewer TEXT,
            submission_id TEXT,
            evidence_digest TEXT NOT NULL
        )""",
        "CREATE INDEX reviews_by_cell ON reviews (unit, key, id)",
        """CREATE TABLE feedback_sent (
            feedback_id TEXT PRIMARY KEY,
            unit TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            reviews INTEGER NOT NULL,
            sha256 TEXT NOT NULL
        ) WITHOUT ROWID""",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            by TEXT,
            action TEXT NOT NULL,
            target TEXT,
            details TEXT NOT NULL DEFAULT '{}'
        )""",
    ),
)

MIGRATIONS: list[Migration] = [_V1]
