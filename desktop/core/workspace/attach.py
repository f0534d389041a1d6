"""Attaching files: look at each file, copy it into the store in one pass, then record it in one transaction.

The order is what makes it safe: (1) refuse what can be refused without
reading (missing, empty, a shortcut, not enough disk space); (2) hash and copy
every file into ``blobs/.partial/`` outside the workspace lock, checking
``cancelled()`` between chunks; (3) check each copy's content (a PDF must
parse); (4) fsync and rename the copies to their hash names; (5) insert all
rows in one transaction. A crash before (5) leaves at most unreferenced files;
a failure or a cancel removes what this call added, and the database is
unchanged. A file that cannot be read or is not what its name says is refused
on its own — the rest of the batch still goes in — and listed in
``result.refused``.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path

from desktop.core.catalog import MaterialItem
from desktop.core.workspace.blobs import SourceChanged, SourceError, Staged, Stop
from desktop.core.workspace.errors import Cancelled, DiskFull, WorkspaceError
from desktop.core.workspace.filetypes import (
    Verdict, classify, inspect_image_pages, inspect_pdf, load_pdf_reader, refusal_by_name,
)
from desktop.core.workspace.model import AttachResult, AttachWarning, Refusal, now_iso

# Room left on the disk after a batch, for the database and the operating system.
DISK_RESERVE = 64 * 1024 * 1024
LARGE_FILE = 500 * 1024 * 1024

ProgressFn = Callable[[int, int, str], None]


def display_name(path: Path) -> str:
    """The file name as a person reads it: NFC, undecodable bytes (Linux) shown as �, never a crash in SQLite."""
    try:
        raw = path.name.encode("utf-8", "surrogateescape")  # Linux: the bytes the name really has
    except UnicodeEncodeError:
        raw = path.name.encode("utf-8", "replace")  # Windows: a lone UTF-16 surrogate
    return unicodedata.normalize("NFC", raw.decode("utf-8", "replace"))


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f} MB" if n < 1024 ** 3 else f"{n / 1024 ** 3:,.1f} GB"


def source_problem(e: OSError, name: str, *, reading: bool = False) -> tuple[str, str]:
    """A refusal (code, Chinese message) for a file that could not be opened or read."""
    winerror = getattr(e, "winerror", None)
    if e.errno == errno.ENOENT:
        if reading:
            return "not_found", f"“{name}”在读取过程中消失了（可能被移动、删除，或U盘、网络连接断开了）。请确认文件在原处后重新添加。"
        return "not_found", f"找不到“{name}”（可能已被移动、改名或删除）。"
    if e.errno in (errno.EACCES, errno.EPERM) or winerror in (32, 33):
        return "unreadable", (
            f"无法读取“{name}”：文件正被其他程序占用或锁定，或没有读取权限。"
            "请关闭正在使用它的程序（如 Word、WPS、扫描软件）后重试。"
        )
    if e.errno == errno.EISDIR:
        return "not_a_file", f"“{name}”是文件夹。请打开文件夹，选择其中的文件。"
    where = "读取过程中" if reading else "打开时"
    return "unreadable", (
        f"“{name}”{where}出错（{e.strerror or e}）。如果文件在U盘或网络共享文件夹中，请先复制到本机后再添加。"
    )


class AttachMixin:
    """Part of ``Workspace``; see workspace.py for the attributes it relies on."""

    def attach(
        self,
        item_id_or_key: "str | MaterialItem",
        paths: "Iterable[str | os.PathLike] | str | os.PathLike",
        *,
        label: str | None = None,
        added_by: str | None = None,
        evidence_date: "date | str | None" = None,
        progress: ProgressFn | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> AttachResult:
        """Attach files to a material item (an item id, or an indicator key meaning its first item).

        Returns the new attachments (a list) with ``.warnings`` and ``.refused``.
        ``progress(done_bytes, total_bytes, file_name)`` is called after every
        chunk; ``cancelled()`` is asked between chunks and, when it says True,
        the call raises ``Cancelled`` having added nothing. ``DiskFull`` and
        ``WorkspaceError`` also leave nothing behind.
        """
        from desktop.core.workspace.evidence import parse_evidence_date

        item = self._index.resolve(item_id_or_key)
        who = added_by if added_by is not None else self.actor
        when = parse_evidence_date(evidence_date)
        label = (label or "").strip() or None
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        result = AttachResult()

        candidates: list[tuple[Path, str, int]] = []
        paths = [Path(raw) for raw in paths]
        order = {id(p): n for n, p in enumerate(paths)}  # refusals are reported in the order given
        for p in paths:
            name = display_name(p)
            why = refusal_by_name(name)
            if why:
                result.refused.append(Refusal(p, "refused_type", f"“{name}”：{why}"))
                continue
            try:
                st = os.stat(p)
            except OSError as e:
                result.refused.append(Refusal(p, *source_problem(e, name)))
                continue
            if stat.S_ISDIR(st.st_mode):
                result.refused.append(Refusal(p, "not_a_file", f"“{name}”是文件夹。请打开文件夹，选择其中的文件。"))
                continue
            if not stat.S_ISREG(st.st_mode):
                result.refused.append(Refusal(p, "not_a_file", f"“{name}”不是普通文件（可能是设备或管道）。"))
                continue
            if st.st_size == 0:
                result.refused.append(Refusal(p, "empty", f"“{name}”是空文件（0 字节），里面没有内容。请检查是否保存或下载完整。"))
                continue
            candidates.append((p, name, st.st_size))
        if not candidates:
            return result

        total = sum(size for _p, _n, size in candidates)
        self._check_free_space(total)

        copies: list[tuple[Path, str, Staged, Future | Verdict]] = []
        staged: list[tuple[Path, str, Staged, Verdict]] = []
        pinned: list[str] = []
        created: list[str] = []
        done = 0

        def pin(sha: str) -> None:
            with self._lock:
                self._pinned[sha] += 1
            pinned.append(sha)

        # Checking a copy (pypdf) runs on a helper thread while the next file is copied: the copy loop mostly
        # waits in system calls, so the two overlap.
        inspector = None
        if len(candidates) > 1:
            load_pdf_reader()  # here, not on the helper thread: an import there stalls the copy loop (0.4 s)
            inspector = ThreadPoolExecutor(1, thread_name_prefix="attach-inspect")
        hasher = ThreadPoolExecutor(1, thread_name_prefix="blob-hash")  # one thread for the batch, not one per file
        try:
            for p, name, size in candidates:
                start = done

                def on_chunk(n: int, _name: str = name) -> None:
                    nonlocal done
                    done += n
                    if progress is not None:
                        progress(done, total, _name)

                try:
                    s = self.blobs.stage(p, on_chunk=on_chunk, cancelled=cancelled, on_hashed=pin, hasher=hasher)
                except Stop:
                    raise Cancelled() from None
                except SourceError as e:
                    result.refused.append(Refusal(p, *source_problem(e.cause, name, reading=e.reading)))
                    done = start + size
                    continue
                except SourceChanged:
                    result.refused.append(Refusal(p, "changed", (
                        f"“{name}”在读取过程中发生了变化（大小或修改时间改变，可能仍在下载、复制或保存）。"
                        "请等文件保存完成后重新添加。")))
                    done = start + size
                    continue
                except OSError as e:
                    raise self._store_error(e, name, total) from None
                look = inspector.submit(self._look_at, name, s) if inspector else self._look_at(name, s)
                copies.append((p, name, s, look))
            for p, name, s, look in copies:
                verdict = look.result() if isinstance(look, Future) else look
                if verdict.refusal:
                    self.blobs.discard(s)
                    code = "bad_pdf" if name.lower().endswith(".pdf") or verdict.kind == "pdf" else "bad_image"
                    result.refused.append(Refusal(p, code, f"“{name}”：{verdict.refusal}"))
                else:
                    staged.append((p, name, s, verdict))
            result.refused.sort(key=lambda r: order.get(id(r.path), -1))
            if cancelled is not None and cancelled():
                raise Cancelled()
            try:
                self.blobs.publish([s for _p, _n, s, _v in staged], created)
            except OSError as e:
                raise self._store_error(e, None, total) from None
            self._record_attachments(item, staged, label, who, when, result)
            return result
        except BaseException:
            if inspector is not None:
                inspector.shutdown(wait=True, cancel_futures=True)  # nothing may still read a copy being removed
            for _p, _n, s, _v in copies:
                self.blobs.discard(s)
            self._drop_unreferenced(created, pinned)
            raise
        finally:
            hasher.shutdown(wait=True)
            if inspector is not None:
                inspector.shutdown(wait=True)
            with self._lock:
                for sha in pinned:
                    self._pinned[sha] -= 1
                    if self._pinned[sha] <= 0:
                        del self._pinned[sha]

    # ------------------------------------------------------------ steps
    def _check_free_space(self, need: int) -> None:
        try:
            free = shutil.disk_usage(self.blobs.root).free
        except OSError:
            return
        if need + DISK_RESERVE > free:
            raise DiskFull(
                f"工作区所在的磁盘空间不足：添加这些文件需要约 {_mb(need)}，磁盘只剩 {_mb(free)}。"
                "请清理磁盘空间，或把工作区移到空间更大的磁盘后重试。没有添加任何文件。",
                en=f"Not enough disk space: need about {_mb(need)}, {_mb(free)} free. Nothing was added.",
            )

    def _store_error(self, e: OSError, name: str | None, need: int) -> WorkspaceError:
        """The error for a failure writing into the store (``name`` None: while saving the whole batch)."""
        when = f"复制“{name}”时" if name else "保存这批文件时"
        if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DiskFull(
                f"{when}工作区所在的磁盘满了。请清理磁盘空间（这批文件共约 {_mb(need)}），"
                "或把工作区移到空间更大的磁盘后重试。没有添加任何文件，已有资料不受影响。",
                en="The disk holding the workspace filled up. Nothing was added.",
            )
        if e.errno == errno.EFBIG:
            return DiskFull(
                f"“{name or '文件'}”太大，工作区所在的磁盘（可能是 FAT32 格式的U盘）不能保存超过 4 GB 的文件。没有添加任何文件。",
                en=f"{name or 'A file'} is too large for the file system holding the workspace (FAT32?). Nothing was added.",
            )
        if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return WorkspaceError(
                f"无法写入工作区“{self.path}”（{e.strerror}）。工作区所在位置可能是只读的或没有写入权限。没有添加任何文件。",
                en=f"Cannot write to the workspace {self.path}: {e.strerror}. Nothing was added.",
            )
        return WorkspaceError(
            f"写入工作区时出错（{e.strerror or e}）。没有添加任何文件，已有资料不受影响。请检查磁盘后重试。",
            en=f"Writing to the workspace failed: {e}. Nothing was added.",
        )

    def _look_at(self, name: str, s: Staged) -> Verdict:
        verdict = classify(name, s.head)
        if verdict.refusal:
            return verdict
        copy = s.tmp if s.tmp is not None else self.blobs.path(s.sha256)
        if verdict.kind == "pdf":
            verdict = inspect_pdf(copy, s.size)
        elif verdict.kind == "image" and s.head.startswith((b"II*\x00", b"MM\x00*")):
            verdict.pages = inspect_image_pages(copy)
        if s.size > LARGE_FILE and not verdict.refusal:
            verdict.warnings.append(("large_file", f"文件很大（{_mb(s.size)}），报送时可能超出大小限制，建议压缩或拆分。"))
        return verdict

    def _record_attachments(self, item: MaterialItem, staged, label, who, when, result: AttachResult) -> None:
        at = now_iso()
        with self.transaction() as db:
            for p, name, s, verdict in staged:
                same = db.execute(
                    "SELECT original_name FROM attachments WHERE item_id = ? AND sha256 = ? AND removed_at IS NULL",
                    (item.id, s.sha256)).fetchone()
                if same:
                    result.warnings.append(AttachWarning(p, "duplicate_in_item", (
                        f"“{name}”与本条材料中已有的“{same[0]}”内容完全相同，没有重复添加。")))
                    continue
                elsewhere = [r[0] for r in db.execute(
                    "SELECT DISTINCT item_id FROM attachments WHERE sha256 = ? AND item_id <> ? AND removed_at IS NULL",
                    (s.sha256, item.id))]
                db.execute(
                    "INSERT OR IGNORE INTO blobs (sha256, size, pages, encrypted, created_at) VALUES (?, ?, ?, ?, ?)",
                    (s.sha256, s.size, verdict.pages, int(verdict.encrypted), at))
                pos = db.execute("SELECT coalesce(max(position), 0) + 1 FROM attachments WHERE item_id = ? "
                                 "AND removed_at IS NULL", (item.id,)).fetchone()[0]
                cur = db.execute(
                    "INSERT INTO attachments (item_id, sha256, original_name, size, kind, label, position, added_by, "
                    "added_at, evidence_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (item.id, s.sha256, name, s.size, verdict.kind, label, pos, who, at, when))
                self.record("attach", item.id, {
                    "attachment_id": cur.lastrowid, "name": name, "sha256": s.sha256, "size": s.size,
                    "kind": verdict.kind, "pages": verdict.pages}, by=who)
                result.append(self._attachment_in(db, cur.lastrowid))
                for code, msg in verdict.warnings:
                    result.warnings.append(AttachWarning(p, code, f"“{name}”：{msg}"))
                if elsewhere:
                    where = "、".join(self._index.describe(i) for i in elsewhere)
                    result.warnings.append(AttachWarning(p, "also_elsewhere", (
                        f"“{name}”的内容也已添加在{where}。如果不是有意为之，请检查是否放错了位置。")))

    def _attachment_in(self, db, attachment_id: int):
        from desktop.core.workspace.workspace import _ATTACHMENT_SELECT, _row_to_attachment

        return _row_to_attachment(db.execute(_ATTACHMENT_SELECT + " WHERE a.id = ?", (attachment_id,)).fetchone())

    def _drop_unreferenced(self, shas: list[str], ours: list[str]) -> None:
        """After a failed batch: remove blobs this call created that no row refers to and no one else pinned."""
        if not shas:
            return
        with self._lock:
            if self._db is None:
                return  # closed meanwhile: leave them; they are harmless and collected later
            for sha in shas:
                in_use = self._db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
                if not in_use and self._pinned[sha] <= ours.count(sha):
                    self.blobs.delete(sha)
