"""The ``Workspace``: the one object that owns a workspace folder — its database, blob store and lock.

Everything that reads or changes evidence goes through it (like Anki's
``Collection``). Thread use: read methods may be called from any thread (the
GUI's UI thread), writes are meant for one worker thread; one re-entrant lock
serialises every use of the single SQLite connection and transactions are
short. Hashing and copying files happen outside that lock.

Folder layout::

    workspace.sqlite3   the database (WAL)       blobs/ab/abcdef…   stored files, named by SHA-256
    workspace.lock      held while open          blobs/.partial/     copies in progress (cleaned at open)
    exports/  backups/  for other features       tmp/                scratch space (cleaned at open)
"""

from __future__ import annotations

import getpass
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from desktop import __version__
from desktop.core.catalog import Catalog, MaterialItem, library
from desktop.core.errors import UserError
from desktop.core.workspace import schema
from desktop.core.workspace.attach import AttachMixin
from desktop.core.workspace.backup import remove_tree
from desktop.core.workspace.blobs import BlobStore
from desktop.core.workspace.catalog_update import CatalogMixin
from desktop.core.workspace.db import DB_NAME, connect
from desktop.core.workspace.errors import DiskFull, WorkspaceError, WorkspaceExists, WorkspaceNotFound
from desktop.core.workspace.evidence import EvidenceMixin
from desktop.core.workspace.items import ItemIndex
from desktop.core.workspace.lock import InstanceLock
from desktop.core.workspace.maintenance import MaintenanceMixin
from desktop.core.workspace.model import (
    Attachment, AuditEntry, ItemEvidence, ItemNotes, Profile, Status, WebAddress, now_iso,
)
from desktop.core.workspace.progress import IndicatorProgress, ItemFacts, Progress, overall_progress

FOLDERS = ("blobs", "exports", "backups", "tmp")

_ATTACHMENT_SELECT = (
    "SELECT a.id, a.item_id, a.sha256, a.original_name, a.size, a.kind, b.pages, b.encrypted, a.label, "
    "a.position, a.added_by, a.added_at, a.evidence_date, a.removed_at, a.removed_by "
    "FROM attachments a JOIN blobs b ON b.sha256 = a.sha256"
)


@contextmanager
def _database_errors(folder: Path) -> Iterator[None]:
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


def _clean_names(values: Iterable[str] | str | None) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _row_to_attachment(r) -> Attachment:
    return Attachment(
        id=r[0], item_id=r[1], sha256=r[2], original_name=r[3], size=r[4], kind=r[5], pages=r[6],
        encrypted=bool(r[7]), label=r[8], position=r[9], added_by=r[10], added_at=r[11], evidence_date=r[12],
        removed_at=r[13], removed_by=r[14],
    )


class Workspace(AttachMixin, EvidenceMixin, CatalogMixin, MaintenanceMixin):
    """A workspace folder, open. Use ``Workspace.open(path)`` or ``Workspace.create(...)``; close when done."""

    def __init__(self, path: Path | str):
        self.path = Path(path).absolute()
        self._lock = threading.RLock()
        self._db: Database | None = None
        self._pinned: Counter[str] = Counter()  # blobs garbage collection must not touch (attaches, backups)
        self._actor: str | None = None
        self._old_catalogs = None  # earlier catalogs, parsed on demand to describe orphaned evidence
        if not self.path.is_dir():
            raise WorkspaceNotFound(
                f"找不到工作区“{self.path}”。请先用 init 命令创建工作区，或用 --workspace 指定工作区文件夹。",
                en=f"No workspace at {self.path}. Create one with `init`.",
            )
        if not (self.path / DB_NAME).is_file():
            raise WorkspaceNotFound(
                f"文件夹“{self.path}”不是工作区（其中没有 {DB_NAME}）。请先用 init 命令创建工作区，或检查文件夹是否选对。",
                en=f"{self.path} is not a workspace (no {DB_NAME}).",
            )
        self._instance = InstanceLock(self.path)
        self._instance.acquire()
        try:
            self.blobs = BlobStore(self.path / "blobs")
            for name in FOLDERS:
                (self.path / name).mkdir(exist_ok=True)
            self.blobs.ensure_dirs()
            # Only now, holding the instance lock, is it certain no other program is mid-copy.
            self.cleaned_at_open = self.blobs.clean_partial() + self._clean_tmp()
            self._db = connect(self.path / DB_NAME, snapshot_dir=self.path / "backups")
            self._load()
        except BaseException:
            if self._db is not None:
                self._db.conn.close()
                self._db = None
            self._instance.release()
            raise

    # ------------------------------------------------------------ opening, creating, closing
    @classmethod
    def open(cls, path: Path | str) -> "Workspace":
        return cls(path)

    @classmethod
    def create(
        cls,
        path: Path | str,
        catalog: Catalog | str | None,
        *,
        unit: str,
        groups: Iterable[str] = (),
        staff: Iterable[str] | str | None = None,
        contact: str | None = None,
        phone: str | None = None,
    ) -> "Workspace":
        """A new workspace in an empty or new folder, built aside and renamed into place when complete."""
        cat = catalog if isinstance(catalog, Catalog) else library.load(catalog)
        unit_name = cat.unit(unit).name
        group_names = tuple(dict.fromkeys(cat.group(g).name for g in groups))
        path = Path(path).absolute()
        if path.exists():
            if not path.is_dir():
                raise WorkspaceExists(f"“{path}”是一个文件，不能在这里创建工作区。", en=f"{path} is a file.")
            if (path / DB_NAME).exists():
                raise WorkspaceExists(
                    f"“{path}”已经是一个工作区，不能重复创建。要修改单位信息，请在程序中打开它后修改。",
                    en=f"{path} is already a workspace.",
                )
            if any(path.iterdir()):
                raise WorkspaceExists(
                    f"文件夹“{path}”不是空的。请选择一个空文件夹或新文件夹作为工作区。",
                    en=f"{path} is not empty; choose an empty or new folder.",
                )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            for stale in path.parent.glob(f".{path.name}.creating-*"):  # left by an interrupted create
                remove_tree(stale)
            staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.creating-", dir=path.parent))
        except OSError as e:
            raise WorkspaceError(f"无法创建工作区“{path}”：{e.strerror}。请检查位置是否可写。", en=str(e)) from None
        try:
            for name in FOLDERS:
                (staging / name).mkdir()
            db = connect(staging / DB_NAME, creating=True)
            try:
                at = now_iso()
                data = cat.to_dict(full=True)
                text = json.dumps(data, ensure_ascii=False, sort_keys=True)
                with db.atomic():
                    db["meta"].insert_all([
                        {"key": "workspace_id", "value": str(uuid.uuid4())},
                        {"key": "created_at", "value": at},
                        {"key": "created_by_version", "value": __version__},
                    ])
                    db["profile"].insert({
                        "id": 1, "unit": unit_name, "groups": json.dumps(list(group_names), ensure_ascii=False),
                        "staff": json.dumps(list(_clean_names(staff)), ensure_ascii=False),
                        "contact": (contact or "").strip() or None, "phone": (phone or "").strip() or None,
                        "updated_at": at,
                    })
                    db["catalogs"].insert({
                        "catalog_id": cat.id, "version": cat.version, "title": cat.title,
                        "sha256": _sha256_text(text), "json": text, "installed_at": at,
                    })
                    db["audit"].insert({
                        "at": at, "by": None, "action": "create", "target": None,
                        "details": json.dumps({"unit": unit_name, "groups": list(group_names), "catalog": cat.id,
                                               "catalog_version": cat.version}, ensure_ascii=False),
                    })
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                db.conn.close()
            if path.exists():
                path.rmdir()
            os.replace(staging, path)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return cls.open(path)

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

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Workspace {str(self.path)!r}{' closed' if self.closed else ''}>"

    # ------------------------------------------------------------ database access (also for other modules)
    @contextmanager
    def read(self) -> Iterator[Database]:
        """The database for reading, under the workspace lock. Keep the block short."""
        with self._lock, _database_errors(self.path):
            yield self._require_open()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One transaction under the workspace lock: committed at the end of the block, rolled back on error.

        For other modules' own tables (added through ``schema.MIGRATIONS``); pair every change with ``record``.
        """
        with self._lock, _database_errors(self.path):
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

    @contextmanager
    def pinned(self, shas: Iterable[str]) -> Iterator[None]:
        """Keep these stored files from garbage collection while the block runs (an export reading them).

        To be sure a file still exists when pinned, read the rows naming it inside ``read()`` and pin there:
        collection takes the same lock.
        """
        shas = list(shas)
        with self._lock:
            for sha in shas:
                self._pinned[sha] += 1
        try:
            yield
        finally:
            with self._lock:
                for sha in shas:
                    self._pinned[sha] -= 1
                    if self._pinned[sha] <= 0:
                        del self._pinned[sha]

    def _require_open(self) -> Database:
        if self._db is None:
            raise WorkspaceError("工作区已关闭。", en="The workspace is closed.")
        return self._db

    def _clean_tmp(self) -> int:
        removed = 0
        tmp = self.path / "tmp"
        for p in tmp.iterdir() if tmp.is_dir() else ():
            try:
                if p.is_dir() and not p.is_symlink():
                    remove_tree(p)
                else:
                    if os.name == "nt":
                        os.chmod(p, 0o600)
                    p.unlink()
                removed += 1
            except OSError:
                pass
        return removed

    def _load(self) -> None:
        db = self._require_open()
        row = db.execute("SELECT json FROM catalogs ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None:
            raise WorkspaceError(f"工作区“{self.path}”中没有目录。", en="The workspace holds no catalog.")
        self._set_catalog(library.parse_catalog(json.loads(row[0]), origin="workspace", name=DB_NAME))
        self._meta = dict(db.execute("SELECT key, value FROM meta").fetchall())

    def _set_catalog(self, cat: Catalog) -> None:
        index = ItemIndex(cat)
        with self._lock:
            self._catalog, self._index = cat, index

    # ------------------------------------------------------------ identity, profile, catalog
    @property
    def id(self) -> str:
        """A random id fixed at creation: tells two workspaces (and their submissions) apart."""
        return self._meta["workspace_id"]

    @property
    def schema_version(self) -> int:
        with self.read() as db:
            return schema.user_version(db)

    @property
    def catalog(self) -> Catalog:
        """The workspace's own copy of its catalog (changes only through ``apply_catalog_update``)."""
        return self._catalog

    @property
    def exports_dir(self) -> Path:
        return self.path / "exports"

    @property
    def backups_dir(self) -> Path:
        return self.path / "backups"

    @property
    def tmp_dir(self) -> Path:
        """Scratch space on the workspace's disk, emptied at every open."""
        return self.path / "tmp"

    @property
    def profile(self) -> Profile:
        with self.read() as db:
            r = db.execute("SELECT unit, groups, staff, contact, phone FROM profile WHERE id = 1").fetchone()
        return Profile(r[0], tuple(json.loads(r[1])), tuple(json.loads(r[2])), r[3], r[4])

    @property
    def actor(self) -> str | None:
        """Who is recorded as making changes when a call names no one: set by the GUI at log-in."""
        if self._actor:
            return self._actor
        staff = self.profile.staff
        if staff:
            return staff[0]
        try:
            return getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name in some service environments
            return None

    @actor.setter
    def actor(self, name: str | None) -> None:
        self._actor = (name or "").strip() or None

    _UNSET = object()

    def set_profile(
        self,
        *,
        unit: str | None = None,
        groups: Iterable[str] | None = None,
        staff: Iterable[str] | str | None = None,
        contact: str | None | object = _UNSET,
        phone: str | None | object = _UNSET,
        by: str | None = None,
    ) -> Profile:
        """Change the unit profile; arguments left out keep their value. Names are checked against the catalog."""
        old = self.profile
        new = Profile(
            unit=self._catalog.unit(unit).name if unit is not None else old.unit,
            groups=tuple(dict.fromkeys(self._catalog.group(g).name for g in groups)) if groups is not None else old.groups,
            staff=_clean_names(staff) if staff is not None else old.staff,
            contact=((contact or "").strip() or None) if contact is not self._UNSET else old.contact,
            phone=((phone or "").strip() or None) if phone is not self._UNSET else old.phone,
        )
        if new == old:
            return old
        changed = {k: [getattr(old, k), getattr(new, k)] for k in ("unit", "groups", "staff", "contact", "phone")
                   if getattr(old, k) != getattr(new, k)}
        with self.transaction() as db:
            db.execute(
                "UPDATE profile SET unit = ?, groups = ?, staff = ?, contact = ?, phone = ?, updated_at = ? WHERE id = 1",
                (new.unit, json.dumps(list(new.groups), ensure_ascii=False),
                 json.dumps(list(new.staff), ensure_ascii=False), new.contact, new.phone, now_iso()),
            )
            self.record("profile", None, {k: [list(v) if isinstance(v, tuple) else v for v in pair]
                                          for k, pair in changed.items()}, by=by)
        return new

    def my_indicators(self):
        """The indicators the unit answers for: named directly, by an alias, or through one of its groups."""
        p = self.profile
        return self._catalog.indicators_for(p.unit, p.groups)

    # ------------------------------------------------------------ items
    def items(self, key: str) -> tuple[MaterialItem, ...]:
        """The indicator's material items; a synthetic catch-all ``<key>.0`` when the table lists none."""
        return self._index.items(key)

    def item(self, item_id: str) -> MaterialItem:
        return self._index.item(item_id)

    def resolve_item(self, ref: "str | MaterialItem", position: int | None = None) -> MaterialItem:
        """An item from its id, or from an indicator key and a 1-based position (default the first)."""
        return self._index.resolve(ref, position)

    def indicators_of_item(self, item_id: str) -> tuple[str, ...]:
        """Every indicator an item shows on (several for a merged request)."""
        return self._index.keys_of(item_id)

    def describe_item(self, item_id: str) -> str:
        return self._index.describe(item_id)

    # ------------------------------------------------------------ reading evidence
    def attachment(self, attachment_id: int) -> Attachment:
        with self.read() as db:
            r = db.execute(_ATTACHMENT_SELECT + " WHERE a.id = ?", (attachment_id,)).fetchone()
        if r is None:
            raise UserError(f"没有编号为 {attachment_id} 的附件。", en=f"No attachment {attachment_id}.")
        return _row_to_attachment(r)

    def attachments(self, item: "str | MaterialItem | None" = None, *, include_removed: bool = False) -> list[Attachment]:
        """Live attachments of one item (by id or key) in order — or of all items when ``item`` is None."""
        where, args = [], []
        if item is not None:
            where.append("a.item_id = ?")
            args.append(self._item_id(item, allow_orphan=True))
        if not include_removed:
            where.append("a.removed_at IS NULL")
        sql = _ATTACHMENT_SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.item_id, a.position, a.id"
        with self.read() as db:
            return [_row_to_attachment(r) for r in db.execute(sql, args).fetchall()]

    def recycle_bin(self) -> list[Attachment]:
        """Removed attachments that can still be restored, most recently removed first."""
        with self.read() as db:
            rows = db.execute(_ATTACHMENT_SELECT + " WHERE a.removed_at IS NOT NULL ORDER BY a.removed_at DESC, a.id DESC")
            return [_row_to_attachment(r) for r in rows.fetchall()]

    def blob_path(self, sha256: str) -> Path:
        """Where a stored file's bytes are. Read-only: open it, copy it, never change it."""
        return self.blobs.path(sha256)

    def attachment_path(self, attachment: "Attachment | int") -> Path:
        att = attachment if isinstance(attachment, Attachment) else self.attachment(attachment)
        return self.blobs.path(att.sha256)

    def urls(self, item: "str | MaterialItem") -> list[WebAddress]:
        item_id = self._item_id(item, allow_orphan=True)
        with self.read() as db:
            rows = db.execute(
                "SELECT id, item_id, url, label, position, added_by, added_at FROM urls WHERE item_id = ? "
                "ORDER BY position, id", (item_id,),
            ).fetchall()
        return [WebAddress(*r) for r in rows]

    def notes(self, item: "str | MaterialItem") -> ItemNotes:
        item_id = self._item_id(item, allow_orphan=True)
        with self.read() as db:
            r = db.execute(
                "SELECT statement, onsite_notes, onsite_ready, updated_by, updated_at FROM item_notes WHERE item_id = ?",
                (item_id,),
            ).fetchone()
        return ItemNotes(r[0], r[1], bool(r[2]), r[3], r[4]) if r else ItemNotes()

    def item_evidence(self, item: "str | MaterialItem") -> ItemEvidence:
        item_id = self._item_id(item, allow_orphan=True)
        it = self._index.get(item_id) or self._orphan_item(item_id)
        return ItemEvidence(
            item=it, indicator_keys=self._index.keys_of(item_id), attachments=tuple(self.attachments(item_id)),
            urls=tuple(self.urls(item_id)), notes=self.notes(item_id), in_catalog=self._index.get(item_id) is not None,
        )

    def indicator_evidence(self, key: str) -> list[ItemEvidence]:
        return [self.item_evidence(it.id) for it in self.items(key)]

    def audit_log(self, *, target: str | None = None, limit: int | None = 200) -> list[AuditEntry]:
        """Newest first. ``target`` is an item id, indicator key or ``attachment:<id>``."""
        sql = "SELECT id, at, by, action, target, details FROM audit"
        args: list = []
        if target is not None:
            sql += " WHERE target = ?"
            args.append(target)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self.read() as db:
            return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}")) for r in db.execute(sql, args)]

    # ------------------------------------------------------------ progress
    def _facts(self) -> tuple[dict[str, ItemFacts], dict[str, tuple[Status, str | None]]]:
        with self.read() as db:
            files = dict(db.execute(
                "SELECT item_id, count(*) FROM attachments WHERE removed_at IS NULL GROUP BY item_id").fetchall())
            urls = dict(db.execute("SELECT item_id, count(*) FROM urls GROUP BY item_id").fetchall())
            notes = {r[0]: ItemNotes(r[1], r[2], bool(r[3]), r[4], r[5]) for r in db.execute(
                "SELECT item_id, statement, onsite_notes, onsite_ready, updated_by, updated_at FROM item_notes")}
            dates: dict[str, list[str]] = {}
            for item_id, d in db.execute(
                    "SELECT item_id, evidence_date FROM attachments WHERE removed_at IS NULL AND evidence_date IS NOT NULL"):
                dates.setdefault(item_id, []).append(d)
            statuses = {r[0]: (Status(r[1]), r[2]) for r in db.execute("SELECT key, status, reason FROM indicator_status")}
        facts = {
            i: ItemFacts(files.get(i, 0), urls.get(i, 0), notes.get(i, ItemNotes()), tuple(dates.get(i, ())))
            for i in set(files) | set(urls) | set(notes)
        }
        return facts, statuses

    def progress(self, keys: Iterable[str] | None = None) -> Progress:
        """Progress over ``keys`` (default: the unit's own indicators), per item, indicator, area and overall."""
        if keys is None:
            keys = [i.key for i in self.my_indicators()]
        keys = [self._catalog.indicator(k).key for k in keys]
        facts, statuses = self._facts()
        return overall_progress(self._catalog, self._index, keys, facts, statuses)

    def indicator_progress(self, key: str) -> IndicatorProgress:
        key = self._catalog.indicator(key).key
        return self.progress([key]).by_key[key]

    # ------------------------------------------------------------ helpers for the mixins
    def _item_id(self, ref: "str | MaterialItem", *, allow_orphan: bool = False) -> str:
        if isinstance(ref, MaterialItem):
            ref = ref.id
        ref = str(ref).strip()
        if allow_orphan and self._index.get(ref) is None and self._catalog.get(ref) is None and self._known_item(ref):
            return ref
        return self._index.resolve(ref).id

    def _known_item(self, item_id: str) -> bool:
        with self.read() as db:
            return any(db.execute(sql, (item_id,)).fetchone() for sql in (
                "SELECT 1 FROM attachments WHERE item_id = ? LIMIT 1",
                "SELECT 1 FROM urls WHERE item_id = ? LIMIT 1",
                "SELECT 1 FROM item_notes WHERE item_id = ? LIMIT 1",
            ))


def _sha256_text(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
