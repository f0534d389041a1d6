"""What every workspace folder shares, the unit's and the office's: one SQLite connection under one lock.

``DatabaseFolder`` gives opening under the folder's OS lock, closing (the WAL folded
back), reading, one transaction at a time and the audit row; the owning class sets
``path``, ``_lock``, ``_db`` and ``actor`` and provides ``_load``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from desktop.core.workspace.db import connect
from desktop.core.workspace.errors import DiskFull, WorkspaceError, WorkspaceExists
from desktop.core.workspace.lock import InstanceLock
from desktop.core.workspace.model import now_iso


@contextmanager
def database_errors(folder: Path) -> Iterator[None]:
    """SQLite's errors that the user's situation causes (a full disk, a pulled USB stick), in plain words."""
    try:
        yield
    except sqlite3.OperationalError as e:
        text = str(e).lower()
        if "full" in text:
            raise DiskFull(
                f"工作区“{folder}”所在的磁盘已满，这次修改没有保存（之前的资料不受影响）。请清理磁盘空间后重试。",
                en=f"The disk holding {folder} is full; the change was not saved.",
            ) from None
        if "disk i/o error" in text or "readonly" in text or "unable to open" in text:
            raise WorkspaceError(
                f"读写工作区“{folder}”的数据库时出错（{e}）。如果工作区在U盘或移动硬盘上，请检查它是否仍连接着；"
                "这次修改没有保存。",
                en=f"Reading or writing the database of {folder} failed: {e}. The change was not saved.",
            ) from None
        raise


def create_folder(path: Path, db_name: str, fill: Callable[[Database, str], None], *, taken: Iterable[str] = (),
                  folders: Iterable[str] = (), migrations=None, already_hint: str = "") -> None:
    """Build a new workspace folder aside and rename it into place only when complete.

    ``fill(db, now)`` writes the first rows inside one transaction. The folder must be new or empty;
    ``taken`` names databases (the unit's or the office's) whose presence means "already a workspace".
    A crash leaves only a hidden ``.<name>.creating-*`` folder, removed by the next attempt.
    """
    from desktop.core.workspace.backup import remove_tree  # backup imports much more than this module needs

    if path.exists():
        if not path.is_dir():
            raise WorkspaceExists(f"“{path}”是一个文件，不能在这里创建工作区。", en=f"{path} is a file.")
        if any((path / name).exists() for name in (db_name, *taken)):
            raise WorkspaceExists(f"“{path}”已经是一个工作区，不能重复创建。{already_hint}",
                                  en=f"{path} is already a workspace.")
        if any(path.iterdir()):
            raise WorkspaceExists(f"文件夹“{path}”不是空的。请选择一个空文件夹或新文件夹作为工作区。",
                                  en=f"{path} is not empty; choose an empty or new folder.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f".{path.name}.creating-*"):  # left by an interrupted create
            remove_tree(stale)
        staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.creating-", dir=path.parent))
    except OSError as e:
        raise WorkspaceError(f"无法创建工作区“{path}”：{e.strerror}。请检查位置是否可写。", en=str(e)) from None
    try:
        for name in folders:
            (staging / name).mkdir()
        db = connect(staging / db_name, creating=True, **({"migrations": migrations} if migrations else {}))
        try:
            with db.atomic():
                fill(db, now_iso())
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.conn.close()
        if path.exists():
            path.rmdir()
        os.replace(staging, path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def catalog_row(catalog, installed_at: str) -> dict:
    """The ``catalogs`` row that keeps a workspace's own copy of its catalog."""
    text = json.dumps(catalog.to_dict(full=True), ensure_ascii=False, sort_keys=True)
    return {"catalog_id": catalog.id, "version": catalog.version, "title": catalog.title,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "json": text, "installed_at": installed_at}


class DatabaseFolder:
    """Opening under the folder's lock, closing, reading, transactions and the audit log of one SQLite database."""

    def _open_locked(self, db_path: Path, prepare: Callable[[], None], migrations=None) -> None:
        """Take the folder's OS lock, ``prepare`` the folder (clean scratch space), open and load the database.

        Any failure releases everything again, so a refused open leaves the folder as it was.
        """
        self._instance = InstanceLock(self.path)
        self._instance.acquire()
        try:
            prepare()  # only now, holding the lock, is it certain no other program is mid-copy
            self._db = connect(db_path, snapshot_dir=self.path / "backups", migrations=migrations)
            self._load()
        except BaseException:
            if self._db is not None:
                self._db.conn.close()
                self._db = None
            self._instance.release()
            raise

    def close(self) -> None:
        with self._lock:
            if self._db is None:
                return
            db, self._db = self._db, None
            try:
                # Fold the WAL back into the main file, so that a copy of the closed folder is complete.
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception:  # noqa: BLE001 - closing must not fail; the WAL is replayed at the next open
                pass
            finally:
                db.conn.close()
                self._instance.release()

    @property
    def closed(self) -> bool:
        return self._db is None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {str(self.path)!r}{' closed' if self.closed else ''}>"

    # ------------------------------------------------------------ database access (also for other modules)
    @contextmanager
    def read(self) -> Iterator[Database]:
        """The database for reading, under the workspace lock. Keep the block short."""
        with self._lock, database_errors(self.path):
            yield self._require_open()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One transaction under the workspace lock: committed at the end of the block, rolled back on error.

        For other modules' own tables (added through ``schema.MIGRATIONS``); pair every change with ``record``.
        """
        with self._lock, database_errors(self.path):
            db = self._require_open()
            with db.atomic():
                yield db

    def record(self, action: str, target: str | None = None, details: dict | None = None, *, by: str | None = None) -> None:
        """Write an audit row; call inside ``transaction()`` so it commits (or not) with the change."""
        db = self._require_open()
        db.execute(
            "INSERT INTO audit (at, by, action, target, details) VALUES (?, ?, ?, ?, ?)",
            (now_iso(), by if by is not None else self.actor, action, target,
             json.dumps(details or {}, ensure_ascii=False, sort_keys=True)),
        )

    def _require_open(self) -> Database:
        if self._db is None:
            raise WorkspaceError("工作区已关闭。", en="The workspace is closed.")
        return self._db
