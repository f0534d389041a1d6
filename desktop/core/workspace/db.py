"""Opening the workspace database: WAL, foreign keys, durable commits, version check, migrations.

One ``sqlite3`` connection per open workspace, opened with
``check_same_thread=False`` because the GUI reads on its UI thread and writes on
one worker thread; the ``Workspace`` serialises all use of it with one lock.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlite_utils import Database

from desktop.core.workspace import schema
from desktop.core.workspace.errors import WorkspaceCorrupt, WorkspaceError, WorkspaceTooNew

DB_NAME = "workspace.sqlite3"


def _corrupt(folder: Path, e: Exception) -> WorkspaceCorrupt:
    return WorkspaceCorrupt(
        f"工作区“{folder}”的数据库文件无法读取（{e}）。文件可能已损坏。"
        "请用 restore 命令从最近的备份恢复，或联系技术支持；不要删除该文件夹。",
        en=f"The database of workspace {folder} cannot be read: {e}",
    )


def connect(path: Path, *, creating: bool = False, snapshot_dir: Path | None = None,
            migrations: list[schema.Migration] | None = None) -> Database:
    """The database, checked and migrated to the current schema; raises the workspace's errors.

    ``migrations``: another schema than the unit workspace's (the office database uses its own list).
    """
    folder = path.parent
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    except sqlite3.Error as e:
        raise WorkspaceError(f"无法打开工作区“{folder}”的数据库：{e}", en=f"Cannot open {path}: {e}") from None
    try:
        try:
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as e:
            raise _corrupt(folder, e) from None
        latest = schema.latest_version(migrations)
        if found > latest:
            raise WorkspaceTooNew(folder, found, latest)
        if found == 0 and not creating:
            raise _corrupt(folder, ValueError("数据库是空的"))
        conn.execute("PRAGMA foreign_keys = ON")
        # WAL: readers never block the writer and a crash never corrupts the file; FULL: a commit the user
        # saw succeed survives a power cut too (one extra fsync per commit, negligible next to the files).
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        db = Database(conn)
        if 0 < found < latest and snapshot_dir is not None:
            _snapshot_before_upgrade(conn, snapshot_dir, found)
        schema.migrate(db, migrations=migrations)
        return db
    except BaseException:
        conn.close()
        raise


def _snapshot_before_upgrade(conn: sqlite3.Connection, folder: Path, version: int) -> Path:
    """A copy of the database as it was, so that an upgrade can always be undone by hand."""
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"升级前-数据版本{version}-{time.strftime('%Y%m%d-%H%M%S')}.sqlite3"
    dest = sqlite3.connect(str(out))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return out
