"""Receiving bundles: each part verified and its files stored in the same pass; refusals listed with the reason.

For every part: a first look (inputs.peek) answers the cheap questions — received
already? a unit on the roster? made for our catalog? signed by a key registered to
that unit? — then one streaming pass (bundle.check_part) checks the ZIP, the
signature, the manifests and every payload byte while copying the files the store
lacks into ``blobs/.partial``. Only when the whole part holds are the copies made
durable and named by their hash, and the part, its submission and the unit's new
state committed in one transaction. A part that fails leaves nothing in the store.

Each part is committed on its own: a cancel keeps what was completely received, and
receiving the same stick again skips it (the same part twice is a no-op).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.core.bundle.partcheck import check_part
from desktop.core.bundle.verify import check_index
from desktop.core.bundle.zipwrite import Cancelled as BundleCancelled
from desktop.core.errors import UserError
from desktop.core.office import state
from desktop.core.office.inputs import Peek, collect, peek
from desktop.core.office.report import ACCEPTED, DUPLICATE, QUARANTINED, REJECTED, Outcome, ReceiveReport
from desktop.core.signing import sshsig
from desktop.core.workspace.blobs import Staged, fsync_dir
from desktop.core.workspace.errors import DiskFull, WorkspaceError
from desktop.core.workspace.model import now_iso

Progress = Callable[[int, int, str], None]


class ReceiveCancelled(UserError):
    """Cancel was pressed; the parts received completely before it stay received."""

    exit_code = 130

    def __init__(self, report: ReceiveReport):
        n = len(report.accepted)
        super().__init__(f"已取消。此前已完整接收的 {n} 个分卷保留；正在接收的那个没有存入。",
                         en=f"Cancelled. The {n} parts received before stay; the one in progress was not stored.")
        self.report = report


class _Copy:
    """One payload file being copied into ``.partial`` while it is hashed; write errors are kept, never raised.

    It runs on the verifier's helper thread: raising there would be reported as a fault of the
    part being read, while a full disk is the office's problem, not the sender's. The file is
    opened at the first data and closed when the next file starts (a part may hold thousands).
    """

    def __init__(self, stager: "_Stager", tmp: Path, sha256: str):
        self.stager = stager
        self.sha256 = sha256
        self.tmp = tmp
        self.size = 0
        self.error: OSError | None = None
        self._fd: int | None = None

    def update(self, data: bytes) -> None:
        if self.error is not None:
            return
        try:
            if self._fd is None:
                self.stager.now_writing(self)
                self._fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view):]
            self.size += len(data)
        except OSError as e:
            self.error = e
            self.close()

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                os.close(fd)
            except OSError as e:
                self.error = self.error or e

    def finish(self) -> Staged:
        self.close()
        if self.size == 0 and not self.tmp.exists():  # an empty file: nothing was ever written
            self.tmp.touch()
        return Staged(self.sha256, self.size, b"", self.tmp)

    def discard(self) -> None:
        self.close()
        try:
            os.chmod(self.tmp, 0o600)
            self.tmp.unlink()
        except FileNotFoundError:
            pass


class _Stager:
    """Decides, per payload file, whether it needs a copy: not if the store (or this part) already has it."""

    _serial = 0

    def __init__(self, office, known: set[str]):
        self.folder = office.blobs.partial
        self.known = known
        self.copies: dict[str, _Copy] = {}
        self._current: _Copy | None = None

    def __call__(self, _rel: str, sha256: str) -> _Copy | None:
        if sha256 in self.copies or sha256 in self.known:
            return None
        _Stager._serial += 1
        tmp = self.folder / f"rx-{os.getpid()}-{_Stager._serial}.part"
        copy = self.copies[sha256] = _Copy(self, tmp, sha256)
        return copy

    def now_writing(self, copy: _Copy) -> None:
        """Called on the writing thread: the copy before this one has received all its data."""
        if self._current is not None:
            self._current.close()
        self._current = copy

    def error(self) -> OSError | None:
        return next((c.error for c in self.copies.values() if c.error is not None), None)

    def discard(self) -> None:
        for c in self.copies.values():
            c.discard()
        self.copies.clear()


def _fmt_part(pk_part: int | None, parts: int | None) -> str:
    return f"第 {pk_part}/{parts} 卷" if pk_part and parts else "分卷"


def _disk_error(folder: Path, e: OSError) -> UserError:
    import errno

    if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return DiskFull(f"依法治市办工作区“{folder}”所在的磁盘已满，这个分卷没有存入（之前接收的不受影响）。请清理磁盘空间后重新接收。",
                        en=f"The disk holding {folder} is full; the part was not stored.")
    return WorkspaceError(f"写入依法治市办工作区“{folder}”时出错（{e.strerror or e}），这个分卷没有存入。",
                          en=f"Writing to {folder} failed: {e}; the part was not stored.")


class ReceiveMixin:
    """Part of ``OfficeWorkspace``: ``receive`` and its helpers."""

    # ------------------------------------------------------------ the entry point
    def receive(self, paths: Iterable[Path | str], progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> ReceiveReport:
        """Receive every part and index under ``paths`` (files or folders, e.g. a whole USB stick)."""
        return self._receive_paths(paths, progress, cancelled, skip_own=True)

    def _receive_paths(self, paths, progress, cancelled, *, skip_own: bool) -> ReceiveReport:
        report = ReceiveReport()
        self._blob_cache = None
        # The office's own folder is never read as input (someone dropping the whole disk).
        found = collect([Path(p) for p in paths], skip_under=self.path if skip_own else None)
        for p in found.missing:
            report.outcomes.append(Outcome(str(p), "other", REJECTED, f"找不到 {p}。", f"{p} does not exist.",
                                           code="input.missing"))
        for p in found.unknown:
            report.outcomes.append(Outcome(str(p), "other", REJECTED,
                                           f"{p.name} 不是资料包分卷（.zip）或索引（.index.json）。",
                                           f"{p.name} is neither a bundle part (.zip) nor an index (.index.json).",
                                           code="input.unknown"))
        for p in found.empty_folders:
            report.note("empty-folder", f"文件夹 {p} 中没有资料包。", f"No bundle files in the folder {p}.",
                        level="warning")
        for p in found.indexes:
            self._receive_index(p, report)
        peeks = [peek(p) for p in found.parts]
        # Older submissions first, so that a batch holding several of a unit's submissions ends in the newest.
        peeks.sort(key=lambda k: (k.unit, k.sequence, k.submission_id, k.part, str(k.path)))
        total = sum(k.size for k in peeks) or 1
        done = [0]

        def tick(n: int, name: str = "") -> None:
            done[0] += n
            if progress is not None:
                progress(done[0], total, name)

        for pk in peeks:
            if cancelled is not None and cancelled():
                raise ReceiveCancelled(report)
            start = done[0]
            try:
                self._receive_part(pk, report, lambda n, _name=pk.path.name: tick(n, _name), cancelled)
            except BundleCancelled:
                raise ReceiveCancelled(report) from None
            tick(max(0, start + pk.size - done[0]), pk.path.name)  # parts skipped without reading still count
        self._note_incomplete(report)
        return report

    def _known_blobs(self) -> set[str]:
        """Every stored file's hash, read once per receive and kept up to date (not one query per file)."""
        if getattr(self, "_blob_cache", None) is None:
            with self.read() as db:
                self._blob_cache = {r[0] for r in db.execute("SELECT sha256 FROM blobs")}
        return self._blob_cache

    # ------------------------------------------------------------ gates shared by parts and indexes
    def _gate(self, unit: str, catalog_id: str, catalog_version: str, fingerprint: str) -> tuple[str, str, str, str]:
        """(status, code, zh, en): accepted to go on, rejected, or quarantined (a key nobody registered)."""
        known = self.catalog.find_unit(unit) if unit else None
        if known is None:
            return (REJECTED, "unit.unknown",
                    f"资料包自称来自“{unit or '（未写明）'}”，该单位不在目录《{self.catalog.title}》的单位名单中，已拒收。"
                    "请核实发送单位；单位名称须与目录中的一致。",
                    f"The bundle claims to come from {unit!r}, which is not on the roster of {self.catalog.id}; refused.")
        if (catalog_id, catalog_version) != (self.catalog.id, self.catalog.version):
            return (REJECTED, "catalog.mismatch",
                    f"资料包是按目录 {catalog_id or '?'}（版本 {catalog_version or '?'}）制作的，本办使用的是 "
                    f"{self.catalog.id}（版本 {self.catalog.version}），已拒收。请通知“{known.name}”更新目录后重新导出。",
                    f"The bundle was made for catalog {catalog_id} version {catalog_version}; the office uses "
                    f"{self.catalog.id} version {self.catalog.version}. Refused.")
        owner = self.key_owner(fingerprint) if fingerprint else None
        if owner is None:
            return (QUARANTINED, "key.unregistered",
                    f"“{known.name}”的签名密钥 {fingerprint} 尚未登记。请与该单位核对公钥指纹（见其公钥登记表）后登记；"
                    "登记后这个文件会自动接收。",
                    f"{known.name}'s signing key {fingerprint} is not registered. Confirm its fingerprint with the unit "
                    "and register it; the file is then received automatically.")
        if owner != known.name:
            return (REJECTED, "key.other-unit",
                    f"签名密钥 {fingerprint} 登记在“{owner}”名下，资料包却自称来自“{known.name}”，已拒收。",
                    f"Key {fingerprint} is registered to {owner}, but the bundle claims to come from {known.name}. Refused.")
        return ACCEPTED, "", known.name, ""

    # ------------------------------------------------------------ parts
    def _receive_part(self, pk: Peek, report: ReceiveReport, tick: Callable[[int], None],
                      cancelled: Callable[[], bool] | None) -> None:
        outcome = self._already(pk) if pk.readable else None
        if outcome is not None:
            report.outcomes.append(outcome)
            return
        mode = "store"
        if pk.readable:
            fp = pk.public_key.fingerprint if pk.public_key else pk.fingerprint
            status, code, zh, en = self._gate(pk.unit, pk.catalog_id, pk.catalog_version, fp)
            if status == REJECTED:
                self._reject(report, pk.path, pk.size, code, zh, en, pk)
                return
            mode = "quarantine" if status == QUARANTINED else "store"
        stager = _Stager(self, self._known_blobs()) if mode == "store" else None
        try:
            rep = check_part(pk.path, content=True, progress=tick, cancelled=cancelled, payload_sink=stager)
        except BaseException:
            if stager:
                stager.discard()
            raise
        try:
            if stager and stager.error() is not None:
                raise _disk_error(self.path, stager.error())
            if not rep.ok:
                bad = rep.failures
                zh = "；".join(c.zh for c in bad[:3]) + (f"（另有 {len(bad) - 3} 处问题）" if len(bad) > 3 else "")
                en = "; ".join(c.en for c in bad[:3])
                self._reject(report, pk.path, pk.size, bad[0].code, f"核验未通过：{zh}", f"Verification failed: {en}", pk)
                return
            doc = rep.submission
            info = rep.bag_info
            status, code, zh, en = self._gate(info.get("Source-Organization", ""), info.get("Catalog-Identifier", ""),
                                              info.get("Catalog-Version", ""), rep.signer_fingerprint)
            if status == REJECTED:
                self._reject(report, pk.path, pk.size, code, zh, en, pk)
                return
            if status == QUARANTINED or mode == "quarantine":
                self._quarantine(report, pk, doc, rep.signer_fingerprint, zh if status == QUARANTINED else "")
                return
            unit = zh
            problem = self._inconsistent(doc, rep)
            if problem:
                self._reject(report, pk.path, pk.size, "set.inconsistent", problem[0], problem[1], pk)
                return
            self._store(report, pk, rep, doc, unit, stager)
        finally:
            if stager:
                stager.discard()

    def _already(self, pk: Peek) -> Outcome | None:
        sha = hashlib.sha256(pk.tagmanifest).hexdigest()
        with self.read() as db:
            row = db.execute("SELECT tagmanifest_sha256, received_at FROM parts WHERE submission_id = ? AND number = ?",
                             (pk.submission_id, pk.part)).fetchone()
            quarantined = db.execute("SELECT received_at FROM quarantine WHERE stored_name LIKE ? AND fingerprint "
                                     "NOT IN (SELECT fingerprint FROM unit_keys)", (f"{sha}/%",)).fetchone()
        base = dict(unit=pk.unit, submission_id=pk.submission_id, sequence=pk.sequence, part=pk.part, parts=pk.parts)
        if row is not None and row[0] == sha:
            return Outcome(str(pk.path), "part", DUPLICATE,
                           f"已收过：{pk.unit}第 {pk.sequence} 次报送的{_fmt_part(pk.part, pk.parts)}（{row[1][:16].replace('T', ' ')} 收到），未重复存入。",
                           f"Already received: {pk.unit}, submission {pk.sequence}, part {pk.part}/{pk.parts} "
                           f"(received {row[1][:16]}); nothing stored twice.", code="part.duplicate", **base)
        if quarantined is not None:
            return Outcome(str(pk.path), "part", DUPLICATE,
                           f"这个分卷已在“待确认公钥”列表中（{pk.unit}，{_fmt_part(pk.part, pk.parts)}），登记公钥后自动接收。",
                           f"This part is already waiting for its key to be registered ({pk.unit}).",
                           code="part.quarantined-already", **base)
        return None

    def _inconsistent(self, doc: dict, rep) -> tuple[str, str] | None:
        sid = doc["submission_id"]
        with self.read() as db:
            row = db.execute("SELECT description_sha256, signer_fingerprint FROM submissions WHERE submission_id = ?",
                             (sid,)).fetchone()
            idx = db.execute("SELECT json FROM indexes WHERE submission_id = ?", (sid,)).fetchone()
            taken = db.execute("SELECT tagmanifest_sha256 FROM parts WHERE submission_id = ? AND number = ?",
                               (sid, rep.part_number[0])).fetchone()
        if taken is not None:  # the same number, other content (the first look matched nothing)
            return (f"报送 {sid} 的第 {rep.part_number[0]} 卷已收到过另一个内容不同的文件，这个已拒收。",
                    f"Part {rep.part_number[0]} of {sid} was received before with different content; refused.")
        if row is not None and (row[0] != rep.submission_json_sha256 or row[1] != rep.signer_fingerprint):
            return (f"这个分卷与已收到的同一次报送（{sid}）的其它分卷说明不一致（报送说明或签名人不同），已拒收。",
                    f"This part disagrees with the other parts of {sid} received before (description or signer); refused.")
        if idx is not None:
            entry = next((e for e in json.loads(idx[0]).get("parts", ()) if e.get("number") == rep.part_number[0]), None)
            if entry is None or entry.get("tagmanifest_sha256") != rep.tagmanifest_sha256:
                return (f"这个分卷不是报送 {sid} 签名索引中记录的第 {rep.part_number[0]} 卷，已拒收。",
                        f"This part is not part {rep.part_number[0]} as the signed index of {sid} records it; refused.")
        return None

    def _adopt_declared_groups(self, db, report: ReceiveReport, unit: str, doc: dict) -> None:
        """A unit's first word on its groups (各行政执法单位 …) is taken when the office has not set them.

        Indicators that name only a group have no responsible unit in the matrix until the office knows
        who belongs to it; the unit's own declaration (its profile, carried in the signed submission) is the
        best first answer, and the office can change it under 单位与公钥 / ``office groups``.
        """
        declared = tuple(dict.fromkeys(
            g.name for name in doc.get("unit_groups") or () if isinstance(name, str) and (g := self.catalog.find_group(name))))
        decided = db.execute("SELECT 1 FROM audit WHERE action = 'unit-groups' AND target = ? LIMIT 1", (unit,)).fetchone()
        if not declared or decided is not None:  # the office (or an earlier submission) has spoken: keep it
            return
        db.conn.executemany("INSERT INTO unit_groups (unit, grp) VALUES (?, ?)", [(unit, g) for g in declared])
        self.record("unit-groups", unit, {"groups": list(declared), "source": "submission"})
        report.note("unit-groups", f"{unit}声明属于：{'、'.join(declared)}（可在“单位与公钥”中修改）。",
                    f"{unit} declares itself part of: {', '.join(declared)} (editable under Units and keys).",
                    unit=unit, level="info")

    def _store(self, report: ReceiveReport, pk: Peek, rep, doc: dict, unit: str, stager: _Stager) -> None:
        staged = [c.finish() for c in stager.copies.values()]
        stager.copies.clear()
        created: list[str] = []
        try:
            self.blobs.publish(staged, created)
        except OSError as e:
            for s in staged:
                self.blobs.discard(s)
            raise _disk_error(self.path, e) from None
        at = now_iso()
        sid = doc["submission_id"]
        k, n = rep.part_number
        sizes = {s.sha256: s.size for s in staged}
        with self.transaction() as db:
            db.conn.executemany("INSERT OR IGNORE INTO blobs (sha256, size, stored_at) VALUES (?, ?, ?)",
                                [(sha, size, at) for sha, size in sizes.items()])
            new_submission = db.execute("SELECT 1 FROM submissions WHERE submission_id = ?", (sid,)).fetchone() is None
            if new_submission:
                chain, chain_note = state.chain_status(db, doc)
                prev = doc.get("previous") or {}
                db.execute(
                    "INSERT INTO submissions (submission_id, unit, sequence, record_status, created, previous_id, "
                    "previous_index_sha256, signer_fingerprint, parts_total, description_sha256, description, "
                    "first_received_at, chain, chain_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (sid, unit, int(doc["sequence"]), str(doc.get("record_status", "")), str(doc.get("created", "")),
                     prev.get("submission_id"), prev.get("index_sha256"), rep.signer_fingerprint, n,
                     rep.submission_json_sha256, json.dumps(doc, ensure_ascii=False, sort_keys=True), at, chain,
                     chain_note))
                self._adopt_declared_groups(db, report, unit, doc)
                if chain == "broken":
                    report.note("chain-broken", f"{unit}的报送 {sid}：{chain_note}", f"{unit}'s submission {sid} does not "
                                "chain to the previous one.", unit=unit, submission_id=sid, level="warning")
            db.execute(
                "INSERT INTO parts (submission_id, number, file_name, size, tagmanifest_sha256, payload_files, "
                "payload_bytes, new_files, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sid, k, pk.path.name, pk.size, rep.tagmanifest_sha256, rep.payload_files, rep.payload_bytes,
                 len(sizes), at))
            got = db.execute("SELECT count(*) FROM parts WHERE submission_id = ?", (sid,)).fetchone()[0]
            if got == n:
                db.execute("UPDATE submissions SET completed_at = ? WHERE submission_id = ?", (at, sid))
            state.apply_if_newer(db, unit, doc, at, report)
            self.record("receive", unit, {"submission": sid, "part": k, "parts": n, "file": pk.path.name,
                                          "new_files": len(sizes)})
        self._known_blobs().update(sizes)
        seq = int(doc["sequence"])
        tail = "，至此全部分卷已收齐" if got == n else f"，已收到 {got}/{n} 卷"
        report.outcomes.append(Outcome(
            str(pk.path), "part", ACCEPTED,
            f"已接收：{unit}第 {seq} 次报送（{doc.get('record_status', '')}）的第 {k}/{n} 卷，"
            f"{rep.payload_files} 个文件核验无误，新存入 {len(sizes)} 个{tail}。",
            f"Received: {unit}, submission {seq}, part {k}/{n}: {rep.payload_files} files verified, {len(sizes)} new.",
            unit=unit, submission_id=sid, sequence=seq, part=k, parts=n, new_files=len(sizes),
            new_bytes=sum(sizes.values()), fingerprint=rep.signer_fingerprint))

    def _note_incomplete(self, report: ReceiveReport) -> None:
        """Per submission touched: complete, or which parts are still awaited."""
        touched = {(o.unit, o.submission_id) for o in report.accepted if o.kind == "part" and o.submission_id}
        with self.read() as db:
            for unit, sid in sorted(touched):
                n, seq, desc = db.execute("SELECT parts_total, sequence, description FROM submissions WHERE submission_id = ?",
                                          (sid,)).fetchone()
                have = {r[0] for r in db.execute("SELECT number FROM parts WHERE submission_id = ?", (sid,))}
                if len(have) == n:
                    report.note("complete", f"{unit}第 {seq} 次报送：{n} 卷已收齐。", f"{unit}, submission {seq}: all {n} parts here.",
                                unit=unit, submission_id=sid)
                    continue
                names = {p.get("number"): p.get("name", "") for p in json.loads(desc).get("parts", ())}
                missing = [k for k in range(1, n + 1) if k not in have]
                listing = "、".join(f"第 {k} 卷（{names.get(k, '?')}）" for k in missing)
                report.note("held", f"{unit}第 {seq} 次报送共 {n} 卷，已收到 {len(have)} 卷，还缺{listing}。"
                                    "已收到的内容已可查看，缺的卷到达后补齐。",
                            f"{unit}, submission {seq}: {len(have)} of {n} parts here; waiting for "
                            + ", ".join(str(k) for k in missing) + ".", unit=unit, submission_id=sid, level="warning")

    # ------------------------------------------------------------ quarantine and rejections
    def _quarantine(self, report: ReceiveReport, pk: Peek, doc: dict | None, fingerprint: str, message: str) -> None:
        sha = hashlib.sha256(pk.tagmanifest).hexdigest()
        stored = f"{sha}/{pk.path.name}"  # the original name is kept: it is what the part is later received as
        target = self.quarantine_dir / sha / pk.path.name
        unit = self.catalog.find_unit(pk.unit).name
        key = pk.public_key
        self._copy_in(pk.path, target)
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO quarantine (unit, fingerprint, public_key, file_name, stored_name, size, "
                "submission_id, part, parts, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (unit, fingerprint, key.line("") if key else "", pk.path.name, stored, pk.size, pk.submission_id,
                 pk.part, pk.parts, now_iso()))
            self.record("quarantine", unit, {"file": pk.path.name, "fingerprint": fingerprint})
        report.outcomes.append(Outcome(
            str(pk.path), "part", QUARANTINED, message or f"“{unit}”的签名密钥 {fingerprint} 尚未登记，已暂存待确认。",
            f"{unit}'s signing key {fingerprint} is not registered; the part is held until it is.",
            code="key.unregistered", unit=unit, submission_id=pk.submission_id, sequence=pk.sequence, part=pk.part,
            parts=pk.parts, fingerprint=fingerprint))

    def _quarantine_index(self, report: ReceiveReport, path: Path, rep, zh: str, en: str) -> None:
        """An index signed by a key nobody registered waits beside the parts it lists, with its signature."""
        data = rep.data
        unit = self.catalog.find_unit(str(data.get("unit", ""))).name
        folder = self.quarantine_dir / rep.sha256
        stored = f"{rep.sha256}/{path.name}"
        with self.read() as db:
            if db.execute("SELECT 1 FROM quarantine WHERE stored_name = ?", (stored,)).fetchone():
                report.outcomes.append(Outcome(str(path), "index", DUPLICATE, "这个索引已在“待确认公钥”列表中。",
                                               "This index is already waiting for its key.", code="index.quarantined-already",
                                               unit=unit, submission_id=data.get("submission_id")))
                return
        sig = path.with_name(path.name + ".sshsig")
        self._copy_in(sig, folder / sig.name)
        self._copy_in(path, folder / path.name)
        info = sshsig.parse(sig.read_bytes())[0]
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO quarantine (unit, fingerprint, public_key, file_name, stored_name, size, "
                "submission_id, part, parts, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)",
                (unit, rep.signer_fingerprint, info.line(""), path.name, stored, path.stat().st_size,
                 data.get("submission_id"), now_iso()))
            self.record("quarantine", unit, {"file": path.name, "fingerprint": rep.signer_fingerprint})
        report.outcomes.append(Outcome(str(path), "index", QUARANTINED, zh, en, code="key.unregistered", unit=unit,
                                       submission_id=data.get("submission_id"), fingerprint=rep.signer_fingerprint))

    def _copy_in(self, source: Path, target: Path) -> None:
        if target.exists():
            return
        target.parent.mkdir(exist_ok=True)
        tmp = target.with_name(f".{target.name}.partial")
        try:
            shutil.copyfile(source, tmp)
            with open(tmp, "r+b") as f:
                os.fsync(f.fileno())
            os.replace(tmp, target)
            fsync_dir(target.parent)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise _disk_error(self.path, e) from None

    def _reject(self, report: ReceiveReport, path: Path, size: int, code: str, zh: str, en: str,
                pk: Peek | None = None, kind: str = "part") -> None:
        unit = pk.unit if pk else None
        sid = pk.submission_id if pk else None
        part = pk.part if pk else None
        at = now_iso()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO rejections (file_name, path, size, unit, submission_id, part, code, reason, reason_en, "
                "first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (file_name, size, code) DO UPDATE SET last_at = excluded.last_at, times = times + 1, "
                "path = excluded.path, reason = excluded.reason, reason_en = excluded.reason_en",
                (path.name, str(path), size, unit or None, sid or None, part or None, code, zh, en, at, at))
        report.outcomes.append(Outcome(str(path), kind, REJECTED, zh, en, code=code, unit=unit or None,
                                       submission_id=sid or None, sequence=(pk.sequence or None) if pk else None,
                                       part=part or None, parts=(pk.parts or None) if pk else None))

    # ------------------------------------------------------------ indexes
    def _receive_index(self, path: Path, report: ReceiveReport) -> None:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        rep = check_index(path, None, None)
        if not rep.ok:
            bad = [c for c in rep.checks if c.failed]
            self._reject(report, path, size, bad[0].code, "索引核验未通过：" + "；".join(c.zh for c in bad[:3]),
                         "Index verification failed: " + "; ".join(c.en for c in bad[:3]), kind="index")
            return
        data = rep.data
        sid = str(data.get("submission_id", ""))
        cat = data.get("catalog") or {}
        status, code, zh, en = self._gate(str(data.get("unit", "")), str(cat.get("id", "")), str(cat.get("version", "")),
                                          rep.signer_fingerprint)
        if status == QUARANTINED:
            self._quarantine_index(report, path, rep, zh, en)
            return
        if status != ACCEPTED:
            self._reject(report, path, size, code, zh, en, kind="index")
            return
        unit = zh
        sig = path.with_name(path.name + ".sshsig").read_text(encoding="ascii", errors="replace")
        raw = path.read_bytes()
        with self.read() as db:
            row = db.execute("SELECT sha256 FROM indexes WHERE submission_id = ?", (sid,)).fetchone()
        if row is not None and row[0] == rep.sha256:
            report.outcomes.append(Outcome(str(path), "index", DUPLICATE, f"已收过{unit}报送 {sid} 的索引。",
                                           f"The index of {sid} was received before.", code="index.duplicate",
                                           unit=unit, submission_id=sid))
            return
        if row is not None:
            self._reject(report, path, size, "index.conflict",
                         f"已收到过报送 {sid} 的另一个内容不同的索引，这个已拒收。请向{unit}核实。",
                         f"A different index of {sid} was received before; refused.", kind="index")
            return
        with self.transaction() as db:
            db.execute("INSERT INTO indexes (submission_id, unit, sha256, json, signature, received_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (sid, unit, rep.sha256, raw.decode("utf-8"), sig, now_iso()))
            listed = {int(e["number"]): e.get("tagmanifest_sha256") for e in data.get("parts", ())}
            wrong = [r[0] for r in db.execute("SELECT number, tagmanifest_sha256 FROM parts WHERE submission_id = ?",
                                              (sid,)) if listed.get(r[0]) != r[1]]
            state.recheck_chains(db, sid)
            self.record("receive-index", unit, {"submission": sid, "file": path.name})
        if wrong:
            report.note("index-mismatch", f"{unit}报送 {sid} 的签名索引与已收到的第 {'、'.join(map(str, wrong))} 卷不符，请向该单位核实。",
                        f"The signed index of {sid} disagrees with part(s) {wrong} received before.", unit=unit,
                        submission_id=sid, level="warning")
        report.outcomes.append(Outcome(str(path), "index", ACCEPTED, f"已接收{unit}报送 {sid} 的索引（签名有效）。",
                                       f"Received the index of {unit}'s submission {sid} (signature valid).",
                                       unit=unit, submission_id=sid, sequence=int(data.get("sequence", 0)) or None,
                                       fingerprint=rep.signer_fingerprint))
