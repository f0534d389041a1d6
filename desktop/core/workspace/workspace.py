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
from desktop.core.workspace.db import DB_NAME
from desktop.core.workspace.errors import WorkspaceError, WorkspaceNotFound
from desktop.core.workspace.evidence import EvidenceMixin
from desktop.core.workspace.holder import DatabaseFolder, catalog_row, create_folder
from desktop.core.workspace.items import ItemIndex
from desktop.core.workspace.maintenance import MaintenanceMixin
from desktop.core.workspace.model import (
    Attachment, AuditEntry, ItemEvidence, ItemNotes, Profile, Status, WebAddress, now_iso,
)
from desktop.core.workspace.progress import IndicatorProgress, ItemFacts, Progress, overall_progress
from desktop.core.workspace.reviews import ReviewMixin

FOLDERS = ("blobs", "exports", "backups", "tmp")

_ATTACHMENT_SELECT = (
    "SELECT a.id, a.item_id, a.sha256, a.original_name, a.size, a.kind, b.pages, b.encrypted, a.label, "
    "a.position, a.added_by, a.added_at, a.evidence_date, a.removed_at, a.removed_by "
    "FROM attachments a JOIN blobs b ON b.sha256 = a.sha256"
)


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


class Workspace(DatabaseFolder, AttachMixin, EvidenceMixin, CatalogMixin, MaintenanceMixin, ReviewMixin):
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
        self._open_locked(self.path / DB_NAME, self._prepare_folder)

    def _prepare_folder(self) -> None:
        self.blobs = BlobStore(self.path / "blobs")
        for name in FOLDERS:
            (self.path / name).mkdir(exist_ok=True)
        self.blobs.ensure_dirs()
        self.cleaned_at_open = self.blobs.clean_partial() + self._clean_tmp()

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

        def fill(db: Database, at: str) -> None:
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
            db["catalogs"].insert(catalog_row(cat, at))
            db["audit"].insert({
                "at": at, "by": None, "action": "create", "target": None,
                "details": json.dumps({"unit": unit_name, "groups": list(group_names), "catalog": cat.id,
                                       "catalog_version": cat.version}, ensure_ascii=False),
            })

        create_folder(path, DB_NAME, fill, folders=FOLDERS, already_hint="要修改单位信息，请在程序中打开它后修改。")
        return cls.open(path)

    # ------------------------------------------------------------ pinning stored files
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
        return overall_progress(self._catalog, self._index, keys, facts, statuses, self.reviews())

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
