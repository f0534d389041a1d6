"""``export``: the workspace's evidence as a signed, verified submission on disk, recorded in the workspace.

Order: unlock the key (a wrong passphrase stops here, before anything is
written) → choose the indicators → pin the stored files → collect the payload
(cover sheets drawn here) → ``build_submission`` writes every part under a
temporary name, reads each back from the destination and verifies it, signs
the index and renames everything, index last → the index is read back once
more → the submission is recorded. A failure at any step leaves no file with a
final name, and a submission the workspace could not record is removed again,
so the chain never points at something the workspace does not know.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.bundle import PartResult, SubmissionMeta, build_submission, new_submission_id
from desktop.core.bundle.fsutil import ExportWriteError, Opener, default_opener, explain_os_error
from desktop.core.bundle.plan import BundleWarning
from desktop.core.bundle.presets import DEFAULT_PART_MB
from desktop.core.bundle.zipwrite import Cancelled
from desktop.core.export import records
from desktop.core.export.payload import build_payload
from desktop.core.export.precheck import require_key, scope_keys

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace

Progress = Callable[[str, int, int], None]  # (stage, done, total): "covers" counts sheets; hash/write/verify bytes


@dataclass
class ExportResult:
    submission_id: str
    sequence: int
    record_status: str  # NEW | SUPPLEMENT | REPLACEMENT
    out_dir: Path
    base_name: str
    parts: list[PartResult]
    index_path: Path
    signature_path: Path
    index_sha256: str
    fingerprint: str  # the signing key, SHA256:…
    keys: list[str]  # the indicators this export covered
    sent_files: int  # carried in the parts
    referenced_files: int  # unchanged, referenced by hash (an increment)
    removed: list[dict]  # tombstones: what the previous submission had and this one no longer has
    warnings: list[BundleWarning] = field(default_factory=list)
    verified: bool = False  # every part was read back from the destination and checked

    @property
    def files_to_send(self) -> list[Path]:
        """The index and its signature, then the parts: everything the office needs."""
        return [self.index_path, self.signature_path, *(p.path for p in self.parts)]

    @property
    def total_bytes(self) -> int:
        return sum(p.size for p in self.parts)

    def to_dict(self) -> dict:
        return {
            "submission_id": self.submission_id, "sequence": self.sequence, "record_status": self.record_status,
            "out_dir": str(self.out_dir), "index": str(self.index_path), "signature": str(self.signature_path),
            "index_sha256": self.index_sha256, "fingerprint": self.fingerprint, "keys": self.keys,
            "verified": self.verified, "total_bytes": self.total_bytes,
            "parts": [{"number": p.number, "path": str(p.path), "size": p.size, "sha256": p.sha256, "files": p.files,
                       "payload_bytes": p.payload_bytes, "oversize": p.oversize} for p in self.parts],
            "sent_files": self.sent_files, "referenced_files": self.referenced_files,
            "removed": self.removed, "warnings": [w.to_dict() for w in self.warnings],
        }


def _chain(ws: "Workspace", since_last: bool):
    """The submission this one follows (None: a NEW one), its item records, and warnings about the chain."""
    warnings: list[BundleWarning] = []
    last = records.last_submission(ws)
    if last is None:
        if since_last:
            warnings.append(BundleWarning("chain.first", "此前没有报送记录，本次报送全部内容（首次报送）。",
                                          "No earlier submission: everything is sent (NEW)."))
        return None, None, [], warnings
    previous = records.previous_state(ws, last)
    unit, catalog = ws.profile.unit, ws.catalog
    if previous.unit != unit or previous.catalog_id != catalog.id:
        warnings.append(BundleWarning(
            "chain.restart",
            f"上次报送（第{last.sequence}次）的单位或目录与现在不同（{previous.unit}，{previous.catalog_id}），"
            "本次作为新的报送（NEW），不与之前的报送衔接。",
            "The unit or catalog changed since the last submission; this one starts a new chain (NEW)."))
        return last, None, [], warnings
    return last, previous, records.sent_items(ws, last.id), warnings


def export(ws: "Workspace", out_dir: Path | str, *, passphrase: str, part_mb: float = DEFAULT_PART_MB,
           since_last: bool = False, keys: Iterable[str] | None = None, scope: str = "all",
           include_covers: bool = True, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None, converter="auto", opener: Opener = default_opener,
           now: dt.datetime | None = None) -> ExportResult:
    """Write the submission into ``out_dir`` (made if missing) and record it in the workspace.

    ``since_last``: only what changed since the last submission is sent (SUPPLEMENT); otherwise, after an
    earlier submission, everything is sent again (REPLACEMENT); the first one is NEW. ``keys``/``scope``
    choose the indicators (default: the unit's; ``"completed"``: only those 已完成/不适用); indicators left
    out keep what the previous submission said. Raises ``UserError`` subclasses (a wrong passphrase, a full
    or vanished destination, …) and ``Cancelled``; then nothing with a final name is left in ``out_dir``.
    """
    from desktop.core.signing import keystore

    require_key(ws)
    signer = keystore.load_signer(ws.path, passphrase)
    chosen = scope_keys(ws, keys, scope)
    last, previous, previous_items, warnings = _chain(ws, since_last)
    now = now or dt.datetime.now().astimezone().replace(microsecond=0)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise explain_os_error(e, out_dir) from e

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    def covers_progress(done: int, total: int) -> None:
        stop_if_cancelled()
        if progress is not None:
            progress("covers", done, total)

    with ws.read() as db:
        stored = [r[0] for r in db.execute("SELECT DISTINCT sha256 FROM attachments")]
    with ws.pinned(stored):
        payload = build_payload(ws, chosen, previous=previous, previous_items=previous_items,
                                include_covers=include_covers, date=now.date(), converter=converter,
                                tick=covers_progress)
        stop_if_cancelled()
        profile = ws.profile
        meta = SubmissionMeta(profile.unit, ws.catalog.id, ws.catalog.version, new_submission_id(now),
                              (last.sequence + 1) if last else 1, now, contact_name=profile.contact or "",
                              contact_phone=profile.phone or "", groups=tuple(profile.groups))
        result = build_submission(payload.entries, meta=meta, signer=signer, out_dir=out_dir, items=payload.items,
                                  part_mb=part_mb, previous=previous, changes_only=since_last and previous is not None,
                                  progress=progress, cancelled=cancelled, opener=opener)
    try:
        if not result.verified:
            raise ExportWriteError("导出的分卷没有经过读回核验。", en="The parts were not read back and verified.")
        index_json = result.index_path.read_bytes()
        if hashlib.sha256(index_json).hexdigest() != result.index_sha256:
            raise ExportWriteError(
                f"读回的索引文件与写入的不一致（{result.index_path.name}）。目标设备可能有问题，请换一个 U 盘或文件夹后重新导出。",
                en="The index read back differs from what was written; use another destination.")
        state = {f.sha256 for f in result.state}
        records.record(
            ws, submission_id=result.submission_id, sequence=meta.sequence, record_status=result.record_status,
            created_at=now.isoformat(timespec="seconds"), out_dir=out_dir.absolute(), base_name=result.base_name,
            parts=[{"number": p.number, "file": p.path.name, "size": p.size, "sha256": p.sha256, "files": p.files,
                    "payload_bytes": p.payload_bytes, "oversize": p.oversize} for p in result.parts],
            index_sha256=result.index_sha256, index_json=index_json,
            index_signature=result.signature_path.read_text(encoding="ascii"),
            items=[i.to_dict() for i in payload.items], part_mb=part_mb, scope=scope, keys=chosen,
            previous_id=last.id if previous is not None else None, signer_fingerprint=signer.fingerprint,
            generated=payload.generated, state_hashes=state,
        )
    except BaseException:
        for path in result.files_to_send:  # a submission the workspace does not know must not look complete
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass
        raise
    out_warnings = warnings + payload.warnings + list(result.warnings)
    if previous is not None and since_last and not result.sent_files and not result.removed:
        out_warnings.append(BundleWarning("export.unchanged", "自上次报送以来没有新的或改动的文件，本次只更新各条目的状态和说明。",
                                          "Nothing changed since the last submission but the item records."))
    return ExportResult(
        submission_id=result.submission_id, sequence=meta.sequence, record_status=result.record_status,
        out_dir=out_dir, base_name=result.base_name, parts=result.parts, index_path=result.index_path,
        signature_path=result.signature_path, index_sha256=result.index_sha256, fingerprint=signer.fingerprint,
        keys=chosen, sent_files=result.sent_files, referenced_files=result.referenced_files, removed=result.removed,
        warnings=out_warnings, verified=result.verified,
    )
