"""The workspace's record of its submissions (table ``submissions``, schema migration "submissions").

Each export stores the exact bytes of its signed index: the next submission
chains to that index's SHA-256 and builds its increment from the files listed
in it (what the office holds), so an increment never depends on the export
folder or the USB stick still being around.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.bundle import PreviousSubmission
    from desktop.core.workspace import Workspace

_COLUMNS = ("id, sequence, record_status, created_at, created_by, out_dir, base_name, parts, index_sha256, part_mb, "
            "scope, keys, previous_id, signer_fingerprint")


@dataclass(frozen=True)
class Submission:
    """One export as the workspace remembers it."""

    id: str
    sequence: int
    record_status: str  # NEW | SUPPLEMENT | REPLACEMENT
    created_at: str  # ISO 8601 with offset
    created_by: str | None
    out_dir: Path
    base_name: str
    parts: tuple[dict, ...]  # {"number", "file", "size", "sha256", "files", "payload_bytes", "oversize"}
    index_sha256: str
    part_mb: float
    scope: str  # all | completed
    keys: tuple[str, ...]  # the indicators submitted this time
    previous_id: str | None
    signer_fingerprint: str

    @property
    def index_name(self) -> str:
        return f"{self.base_name}.index.json"

    @property
    def total_bytes(self) -> int:
        return sum(int(p.get("size", 0)) for p in self.parts)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "sequence": self.sequence, "record_status": self.record_status,
            "created_at": self.created_at, "created_by": self.created_by, "out_dir": str(self.out_dir),
            "base_name": self.base_name, "parts": list(self.parts), "index_sha256": self.index_sha256,
            "part_mb": self.part_mb, "scope": self.scope, "keys": list(self.keys), "previous_id": self.previous_id,
            "signer_fingerprint": self.signer_fingerprint,
        }


def _row(r) -> Submission:
    return Submission(r[0], int(r[1]), r[2], r[3], r[4], Path(r[5]), r[6], tuple(json.loads(r[7])), r[8], float(r[9]),
                      r[10], tuple(json.loads(r[11])), r[12], r[13])


def submissions(ws: "Workspace") -> list[Submission]:
    """Every submission this workspace exported, oldest first."""
    with ws.read() as db:
        return [_row(r) for r in db.execute(f"SELECT {_COLUMNS} FROM submissions ORDER BY sequence").fetchall()]


def last_submission(ws: "Workspace") -> Submission | None:
    """The newest submission, which the next one chains to; None before the first export."""
    with ws.read() as db:
        r = db.execute(f"SELECT {_COLUMNS} FROM submissions ORDER BY sequence DESC LIMIT 1").fetchone()
    return _row(r) if r else None


def index_bytes(ws: "Workspace", submission_id: str) -> bytes:
    """The signed index exactly as written (its SHA-256 is the chain link)."""
    with ws.read() as db:
        r = db.execute("SELECT index_json FROM submissions WHERE id = ?", (submission_id,)).fetchone()
    if r is None:
        raise KeyError(submission_id)
    return bytes(r[0])


def index_signature(ws: "Workspace", submission_id: str) -> str:
    with ws.read() as db:
        r = db.execute("SELECT index_signature FROM submissions WHERE id = ?", (submission_id,)).fetchone()
    if r is None:
        raise KeyError(submission_id)
    return r[0]


def sent_items(ws: "Workspace", submission_id: str) -> list[dict]:
    """The item records (status, statement, web addresses) as that submission described them."""
    with ws.read() as db:
        r = db.execute("SELECT items_json FROM submissions WHERE id = ?", (submission_id,)).fetchone()
    return json.loads(r[0]) if r else []


def previous_state(ws: "Workspace", submission: Submission) -> "PreviousSubmission":
    from desktop.core.bundle import PreviousSubmission

    return PreviousSubmission.from_index_bytes(index_bytes(ws, submission.id))


def generated_file(ws: "Workspace", sha256: str) -> bytes | None:
    """A file an earlier export made (cover, contents, statement), by its SHA-256; None if not kept."""
    with ws.read() as db:
        r = db.execute("SELECT data FROM submission_files WHERE sha256 = ?", (sha256,)).fetchone()
    return bytes(r[0]) if r else None


def record(ws: "Workspace", *, submission_id: str, sequence: int, record_status: str, created_at: str,
           out_dir: Path, base_name: str, parts: list[dict], index_sha256: str, index_json: bytes,
           index_signature: str, items: list[dict], part_mb: float, scope: str, keys: list[str],
           previous_id: str | None, signer_fingerprint: str, generated: dict[str, bytes],
           state_hashes: set[str]) -> None:
    """Store one finished export, with its audit row, in one transaction.

    ``generated``: SHA-256 → bytes of the files the export made; ``state_hashes``: every SHA-256 in the
    submission's state. Generated files no longer in the state are dropped.
    """
    with ws.transaction() as db:
        for sha, data in generated.items():
            db.execute("INSERT OR IGNORE INTO submission_files (sha256, data) VALUES (?, ?)", (sha, data))
        for (sha,) in db.execute("SELECT sha256 FROM submission_files").fetchall():
            if sha not in state_hashes:
                db.execute("DELETE FROM submission_files WHERE sha256 = ?", (sha,))
        db.execute(
            "INSERT INTO submissions (id, sequence, record_status, created_at, created_by, out_dir, base_name, parts, "
            "index_sha256, index_json, index_signature, items_json, part_mb, scope, keys, previous_id, "
            "signer_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (submission_id, sequence, record_status, created_at, ws.actor, str(out_dir), base_name,
             json.dumps(parts, ensure_ascii=False), index_sha256, index_json, index_signature,
             json.dumps(items, ensure_ascii=False), part_mb, scope, json.dumps(keys, ensure_ascii=False),
             previous_id, signer_fingerprint),
        )
        ws.record("export", submission_id, {
            "sequence": sequence, "record_status": record_status, "out_dir": str(out_dir), "parts": len(parts),
            "bytes": sum(int(p.get("size", 0)) for p in parts), "index_sha256": index_sha256, "scope": scope,
            "keys": keys,
        })
