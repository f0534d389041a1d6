"""Backups as one ZIP file: a consistent database snapshot plus every file it refers to, each verified.

Why a ZIP and not a folder: a backup is carried around (a USB stick, a share)
and must be obviously complete or absent — one file written under a temporary
name and renamed at the end is, a half-copied folder is not. Any archive tool
opens it, and its layout is a workspace (``workspace.sqlite3`` + ``blobs/``, and
``keys/`` with the signing key, still encrypted with its passphrase) plus
``manifest.json`` with every hash. Scans do not compress, so files are
stored, not deflated: a backup costs little more than the copy.

Consistent while the workspace is in use: the database is copied with SQLite's
backup API in one step under the workspace lock; the files are immutable and
named by content, and the ones the snapshot refers to are pinned against
garbage collection until the ZIP is finished.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.core.workspace import schema
from desktop.core.workspace.blobs import CHUNK, fsync_dir
from desktop.core.workspace.db import DB_NAME
from desktop.core.workspace.errors import BackupError, Cancelled, DiskFull
from desktop.core.workspace.lock import InstanceLock
from desktop.core.workspace.model import now_iso

FORMAT = "evidence-desk-backup/1"
MANIFEST = "manifest.json"

ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    files: int
    bytes: int  # of stored files (the ZIP is about this plus the database)
    attachments: int


@dataclass(frozen=True)
class RestoreInfo:
    path: Path
    files: int
    attachments: int
    previous: Path | None  # where the workspace that was replaced was moved to (kept, never deleted)


def _fsync_file(path: Path) -> None:
    with open(path, "r+b", buffering=0) as f:
        os.fsync(f.fileno())


def default_backup_name(unit: str) -> str:
    safe = "".join(c for c in unit if c not in '\\/:*?"<>|').strip() or "工作区"
    return f"印证资料备份-{safe}-{time.strftime('%Y%m%d-%H%M%S')}.zip"


def make_backup(ws, out: Path | None, progress: ProgressFn | None, cancelled: Callable[[], bool] | None) -> BackupInfo:
    if out is None:
        out = ws.backups_dir / default_backup_name(ws.profile.unit)
    out = Path(out).absolute()
    if out.is_dir() or out.suffix.lower() != ".zip":  # a folder (made if need be) to put a dated file in
        out = out / default_backup_name(ws.profile.unit)
    if out.exists():
        raise BackupError(f"“{out}”已存在，没有覆盖它。请换一个文件名。", en=f"{out} exists; not overwritten.")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BackupError(f"无法在“{out.parent}”建立备份：{e.strerror}。", en=str(e)) from None

    fd, snap_name = tempfile.mkstemp(prefix="backup-", suffix=".sqlite3", dir=ws.tmp_dir)
    os.close(fd)
    snap = Path(snap_name)
    part = out.with_name(f".{out.name}.part")
    blobs: list[tuple[str, int]] = []
    try:
        with ws.read() as db:
            # Snapshot and pin under one hold of the lock: garbage collection (which takes the same lock)
            # can then never delete a file the snapshot refers to before the ZIP has it.
            dest = sqlite3.connect(str(snap))
            try:
                db.conn.backup(dest)  # all pages in one step: a single consistent snapshot
                found = dest.execute("SELECT sha256, size FROM blobs WHERE sha256 IN "
                                     "(SELECT sha256 FROM attachments) ORDER BY sha256").fetchall()
                attachments = dest.execute("SELECT count(*) FROM attachments").fetchone()[0]
                version = dest.execute("PRAGMA user_version").fetchone()[0]
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            for sha, _ in found:
                ws._pinned[sha] += 1
            blobs = found
        total = sum(size for _, size in blobs)
        try:
            free = shutil.disk_usage(out.parent).free
        except OSError:
            free = None
        if free is not None and total + snap.stat().st_size + (16 << 20) > free:
            raise DiskFull(
                f"备份位置“{out.parent}”空间不足：需要约 {total / 1024 / 1024:,.0f} MB，只剩 {free / 1024 / 1024:,.0f} MB。",
                en="Not enough space for the backup.")
        db_sha = _sha256_of(snap)
        extras = _carried_files(ws.path)
        manifest = {
            "format": FORMAT, "program_version": __version__, "schema_version": version,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "workspace_id": ws.id, "unit": ws.profile.unit,
            "catalog": [ws.catalog.id, ws.catalog.version], "attachments": attachments,
            "database": {"name": DB_NAME, "sha256": db_sha, "size": snap.stat().st_size},
            "blobs": [{"sha256": sha, "size": size} for sha, size in blobs],
            "files": [{"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "mode": mode}
                      for name, data, mode in extras],
        }
        done = 0
        damaged: list[str] = []
        try:
            with zipfile.ZipFile(part, "w", allowZip64=True) as zf:
                zf.writestr(_info(MANIFEST, zipfile.ZIP_DEFLATED),
                            json.dumps(manifest, ensure_ascii=False, indent=1))
                zf.write(snap, DB_NAME, compress_type=zipfile.ZIP_DEFLATED)
                for name, data, _mode in extras:
                    zf.writestr(_info(name, zipfile.ZIP_DEFLATED), data)
                buf = bytearray(CHUNK)
                for sha, size in blobs:
                    name = f"blobs/{sha[:2]}/{sha}"
                    digest = hashlib.sha256()
                    with open(ws.blobs.path(sha), "rb", buffering=0) as src, \
                            zf.open(_info(name, zipfile.ZIP_STORED), "w", force_zip64=size > 0x7FFFFFFF) as dst:
                        while True:
                            if cancelled is not None and cancelled():
                                raise Cancelled()
                            n = src.readinto(buf)
                            if not n:
                                break
                            view = memoryview(buf)[:n]
                            digest.update(view)
                            dst.write(view)
                            done += n
                            if progress is not None:
                                progress(done, total, name)
                    if digest.hexdigest() != sha:
                        damaged.append(sha)
            if damaged:
                raise BackupError(
                    f"工作区中有 {len(damaged)} 个文件已损坏，备份没有完成。请先运行 check 查看是哪些附件，"
                    "删除它们并重新添加原文件后再备份。", en=f"{len(damaged)} stored file(s) are damaged; run check.")
            _fsync_file(part)
            os.replace(part, out)
            fsync_dir(out.parent)
        except FileNotFoundError as e:
            raise BackupError(f"备份时找不到工作区中的文件（{e.filename}）。请先运行 check。", en=str(e)) from None
        except OSError as e:
            if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
                raise DiskFull(f"备份位置“{out.parent}”的磁盘满了，备份没有完成。", en="Backup disk full.") from None
            raise BackupError(f"写入备份文件时出错（{e.strerror or e}），备份没有完成。", en=str(e)) from None
        finally:
            if part.exists():
                part.unlink()
    finally:
        with ws._lock:
            for sha, _ in blobs:
                ws._pinned[sha] -= 1
                if ws._pinned[sha] <= 0:
                    del ws._pinned[sha]
        snap.unlink(missing_ok=True)
    with ws.transaction():
        ws.record("backup", None, {"path": str(out), "files": len(blobs), "bytes": total})
    return BackupInfo(out, len(blobs), total, attachments)


# Folders of the workspace that are neither the database nor blobs but must travel with a backup: the signing key
# (``keys/``: the private key encrypted with its passphrase, the public key, retired keys). Small files only.
CARRIED_FOLDERS = ("keys",)
_CARRIED_MAX = 1 << 20


def _carried_files(root: Path) -> list[tuple[str, bytes, int]]:
    """(ZIP name, bytes, mode) of every regular file under the carried folders, in name order."""
    out = []
    for folder in CARRIED_FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        for p in sorted(base.rglob("*")):
            if p.is_symlink() or not p.is_file() or p.name.endswith((".partial", ".part")):
                continue
            if p.stat().st_size > _CARRIED_MAX:
                continue
            mode = 0o600 if p.stat().st_mode & 0o077 == 0 else 0o644
            out.append((p.relative_to(root).as_posix(), p.read_bytes(), mode))
    return out


def _carried_target(staging: Path, name: str) -> Path | None:
    """Where a carried file goes, or None for a name that would leave its folder (never trusted blindly)."""
    parts = name.split("/")
    if len(parts) < 2 or parts[0] not in CARRIED_FOLDERS or any(p in ("", ".", "..") or "\\" in p or ":" in p
                                                                   for p in parts):
        return None
    return staging.joinpath(*parts)


def remove_tree(path: Path) -> None:
    """``rmtree`` that also removes read-only files (stored blobs are read-only; Windows refuses to delete them)."""

    def make_writable(func, p, _exc):
        try:
            os.chmod(p, stat.S_IWRITE | stat.S_IREAD)
            func(p)
        except OSError:
            pass

    if path.exists():
        if sys.version_info >= (3, 12):
            shutil.rmtree(path, onexc=make_writable)
        else:
            shutil.rmtree(path, onerror=make_writable)


def _info(name: str, compress: int) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    zi.compress_type = compress
    zi.external_attr = (stat.S_IFREG | 0o644) << 16
    return zi


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------- restore
def _bad(backup: Path, why: str) -> BackupError:
    return BackupError(f"“{backup.name}”不能用来恢复：{why}", en=f"{backup} cannot be restored: {why}")


def _extract_verified(zf: zipfile.ZipFile, name: str, dest: Path, sha: str, size: int) -> None:
    digest = hashlib.sha256()
    length = 0
    with zf.open(name) as src, open(dest, "wb", buffering=0) as out:
        while True:
            chunk = src.read(CHUNK)
            if not chunk:
                break
            digest.update(chunk)
            out.write(chunk)
            length += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != sha or length != size:
        raise BackupError(f"备份中的文件 {name} 已损坏（内容校验不符）。请换一份备份。", en=f"{name} in the backup is damaged.")


def restore_backup(backup: Path, target: Path, *, replace: bool = False, progress: ProgressFn | None = None) -> RestoreInfo:
    backup = Path(backup).absolute()
    target = Path(target).absolute()
    if not backup.is_file():
        raise BackupError(f"找不到备份文件“{backup}”。", en=f"No backup file {backup}.")
    try:
        zf = zipfile.ZipFile(backup)
    except (zipfile.BadZipFile, OSError) as e:
        raise _bad(backup, f"它不是完整的 ZIP 备份文件（{e}），可能复制不完整或已损坏。") from None
    with zf:
        try:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
        except KeyError:
            raise _bad(backup, "其中没有 manifest.json，不是印证资料报送程序生成的备份。") from None
        except (ValueError, zipfile.BadZipFile, OSError) as e:
            raise _bad(backup, f"备份说明文件已损坏（{e}）。") from None
        if manifest.get("format") != FORMAT:
            raise _bad(backup, f"备份格式“{manifest.get('format')}”不认识，可能由更新版本的程序生成。请升级本程序。")
        if int(manifest.get("schema_version", 0)) > schema.latest_version():
            raise _bad(backup, f"它由更新版本的程序生成（数据版本 {manifest.get('schema_version')}），"
                               f"本程序只支持到 {schema.latest_version()}。请先升级本程序。")
        if target.exists() and not target.is_dir():
            raise BackupError(f"“{target}”是一个文件，不能恢复到这里。", en=f"{target} is a file.")
        occupied = target.is_dir() and any(target.iterdir())
        if occupied and not replace:
            raise BackupError(
                f"“{target}”已有内容。为免覆盖现有资料，没有恢复。要用备份替换它，请加 --replace"
                "（原有文件夹会改名保留，不会删除）；或恢复到一个新文件夹。",
                en=f"{target} is not empty; use --replace (the old folder is kept under a new name).")
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob(f".{target.name}.restoring-*"):  # left by an interrupted restore
            remove_tree(stale)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.restoring-", dir=target.parent))
        try:
            for name in ("blobs", "exports", "backups", "tmp"):
                (staging / name).mkdir()
            dbinfo = manifest["database"]
            try:
                _extract_verified(zf, dbinfo["name"], staging / DB_NAME, dbinfo["sha256"], int(dbinfo["size"]))
                blobs = manifest["blobs"]
                total = sum(int(b["size"]) for b in blobs)
                done = 0
                for b in blobs:
                    sha, size = b["sha256"], int(b["size"])
                    shard = staging / "blobs" / sha[:2]
                    shard.mkdir(exist_ok=True)
                    dest = shard / sha
                    _extract_verified(zf, f"blobs/{sha[:2]}/{sha}", dest, sha, size)
                    os.chmod(dest, stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
                    done += size
                    if progress is not None:
                        progress(done, total, sha)
            except KeyError as e:
                raise _bad(backup, f"备份不完整，缺少 {e}。") from None
            except zipfile.BadZipFile as e:
                raise _bad(backup, f"备份文件已损坏（{e}）。") from None
            for f in manifest.get("files", []):
                dest = _carried_target(staging, str(f.get("path", "")))
                if dest is None:
                    raise _bad(backup, f"其中的文件名“{f.get('path')}”不安全。")
                dest.parent.mkdir(parents=True, exist_ok=True)
                try:
                    _extract_verified(zf, f["path"], dest, f["sha256"], int(f["size"]))
                except KeyError as e:
                    raise _bad(backup, f"备份不完整，缺少 {e}。") from None
                os.chmod(dest, 0o600 if int(f.get("mode", 0o600)) & 0o077 == 0 else 0o644)
            conn = sqlite3.connect(str(staging / DB_NAME))
            try:
                ok = [r[0] for r in conn.execute("PRAGMA integrity_check")]
                if ok != ["ok"]:
                    raise _bad(backup, "其中的数据库未通过完整性检查。")
                attachments = conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
                with conn:
                    conn.execute(
                        "INSERT INTO audit (at, by, action, target, details) VALUES (?, NULL, 'restore', NULL, ?)",
                        (now_iso(), json.dumps({"backup": backup.name, "backup_created_at": manifest.get("created_at"),
                                                "replaced": occupied}, ensure_ascii=False)))
            finally:
                conn.close()
            carried = [d for name in CARRIED_FOLDERS for d in [staging / name, *(staging / name).rglob("*")]
                       if (staging / name).is_dir()]
            for d in [staging / "blobs", *(staging / "blobs").iterdir(), *carried, staging]:
                if d.is_dir():
                    fsync_dir(d)
            previous = None
            if occupied:
                lock = InstanceLock(target)
                lock.acquire()  # refuses (WorkspaceLocked) if a program has the old workspace open
                lock.release()
                previous = target.with_name(f"{target.name}.替换前-{time.strftime('%Y%m%d-%H%M%S')}")
                os.replace(target, previous)
            elif target.exists():
                target.rmdir()
            os.replace(staging, target)
            fsync_dir(target.parent)
        except BaseException:
            remove_tree(staging)
            raise
    return RestoreInfo(target, len(blobs), attachments, previous)
