"""Changing evidence other than adding files: statements, web addresses, on-site notes, status, labels,
order, and the recycle bin with undo. Every change writes its audit row in the same transaction.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from desktop.core.catalog import MaterialItem
from desktop.core.errors import UserError
from desktop.core.workspace.model import Attachment, Status, WebAddress, now_iso

_URL = re.compile(r"^(?:https?://)?[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.I)
_DATE_SEPARATORS = re.compile(r"[年月./\-]")


def parse_evidence_date(value: "date | datetime | str | None") -> str | None:
    """The date a document bears, as YYYY, YYYY-MM or YYYY-MM-DD; accepts 2021年5月8日, 2021.5.8, 2021/05/08."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip().rstrip("日号")
    if not text:
        return None
    parts = [p for p in _DATE_SEPARATORS.split(text) if p != ""]
    bad = UserError(
        f"日期“{value}”看不懂。请写成 2021-05-08、2021年5月8日，或只写年份/年月（如 2021、2021-05）。",
        en=f"Cannot read the date {value!r}; use YYYY-MM-DD, YYYY-MM or YYYY.",
    )
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise bad
    nums = [int(p) for p in parts]
    try:
        date(nums[0], nums[1] if len(nums) > 1 else 1, nums[2] if len(nums) > 2 else 1)
    except ValueError:
        raise bad from None
    if not 1900 <= nums[0] <= 2100:
        raise bad
    return "-".join([f"{nums[0]:04d}"] + [f"{n:02d}" for n in nums[1:]])


def check_url(url: str) -> str:
    u = (url or "").strip()
    if not u or not _URL.match(u):
        raise UserError(
            f"“{url}”不像是网址。请填写完整的网址，例如 http://www.example.gov.cn/xxgk/…",
            en=f"{url!r} does not look like a web address.",
        )
    return u


class EvidenceMixin:
    """Part of ``Workspace``; see workspace.py for the attributes it relies on."""

    # ------------------------------------------------------------ notes
    def _update_notes(self, item: "str | MaterialItem", by: str | None, action: str, **fields) -> None:
        item_id = self._item_id(item)
        who = by if by is not None else self.actor
        with self.transaction() as db:
            old = db.execute("SELECT statement, onsite_notes, onsite_ready FROM item_notes WHERE item_id = ?",
                             (item_id,)).fetchone()
            old_d = dict(zip(("statement", "onsite_notes", "onsite_ready"), old or ("", "", 0)))
            changed = {k: v for k, v in fields.items() if old_d[k] != v}
            if not changed:
                return
            row = {**old_d, **fields, "item_id": item_id, "updated_by": who, "updated_at": now_iso()}
            db["item_notes"].upsert(row, pk="item_id")
            self.record(action, item_id, {k: {"old": old_d[k], "new": v} for k, v in changed.items()}, by=who)

    def set_statement(self, item: "str | MaterialItem", text: str, *, by: str | None = None) -> None:
        """The 情况说明 of an item (free text; empty clears it)."""
        self._update_notes(item, by, "statement", statement=(text or "").strip())

    def set_onsite_notes(self, item: "str | MaterialItem", text: str, *, by: str | None = None) -> None:
        """Preparation notes for a 实地核查 (who shows what, where the originals are)."""
        self._update_notes(item, by, "onsite_notes", onsite_notes=(text or "").strip())

    def set_onsite_ready(self, item: "str | MaterialItem", ready: bool = True, *, by: str | None = None) -> None:
        """Tick (or untick) the on-site preparation as done."""
        self._update_notes(item, by, "onsite_ready", onsite_ready=1 if ready else 0)

    # ------------------------------------------------------------ web addresses
    def add_url(self, item: "str | MaterialItem", url: str, *, label: str | None = None,
                by: str | None = None) -> WebAddress:
        item_id = self._item_id(item)
        u = check_url(url)
        who = by if by is not None else self.actor
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM urls WHERE item_id = ? AND url = ?", (item_id, u)).fetchone():
                raise UserError(f"网址“{u}”已经添加过了。", en=f"{u} is already there.")
            pos = db.execute("SELECT coalesce(max(position), 0) + 1 FROM urls WHERE item_id = ?", (item_id,)).fetchone()[0]
            at = now_iso()
            cur = db.execute(
                "INSERT INTO urls (item_id, url, label, position, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                (item_id, u, (label or "").strip() or None, pos, who, at),
            )
            self.record("url_add", item_id, {"url": u, "label": label}, by=who)
            return WebAddress(cur.lastrowid, item_id, u, (label or "").strip() or None, pos, who, at)

    def remove_url(self, url_id: int, *, by: str | None = None) -> None:
        with self.transaction() as db:
            r = db.execute("SELECT item_id, url FROM urls WHERE id = ?", (url_id,)).fetchone()
            if r is None:
                raise UserError(f"没有编号为 {url_id} 的网址。", en=f"No web address {url_id}.")
            db.execute("DELETE FROM urls WHERE id = ?", (url_id,))
            self.record("url_remove", r[0], {"url": r[1]}, by=by)

    # ------------------------------------------------------------ status
    def set_status(self, key: str, status: "Status | str | None", *, reason: str | None = None,
                   by: str | None = None) -> None:
        """Set an indicator's status by hand; ``None`` goes back to the status computed from progress.

        不适用 (not applicable) needs a reason — the office will ask why.
        """
        key = self._catalog.indicator(key).key
        who = by if by is not None else self.actor
        st = Status.parse(status) if status is not None else None
        reason = (reason or "").strip() or None
        if st is Status.NOT_APPLICABLE and not reason:
            raise UserError(
                "标记为“不适用”时必须写明理由（例如：本单位没有此项职能）。",
                en="A reason is required for 'not applicable'.",
            )
        with self.transaction() as db:
            old = db.execute("SELECT status, reason FROM indicator_status WHERE key = ?", (key,)).fetchone()
            if st is None:
                if old is None:
                    return
                db.execute("DELETE FROM indicator_status WHERE key = ?", (key,))
            else:
                if old and old[0] == st.value and old[1] == reason:
                    return
                db["indicator_status"].upsert(
                    {"key": key, "status": st.value, "reason": reason, "set_by": who, "set_at": now_iso()}, pk="key")
            self.record("status", key, {"old": list(old) if old else None,
                                        "new": [st.value, reason] if st else None}, by=who)

    # ------------------------------------------------------------ one attachment
    def _attachment_row(self, db, attachment_id: int) -> tuple:
        r = db.execute("SELECT item_id, original_name, label, evidence_date, position, removed_at FROM attachments "
                       "WHERE id = ?", (attachment_id,)).fetchone()
        if r is None:
            raise UserError(f"没有编号为 {attachment_id} 的附件。", en=f"No attachment {attachment_id}.")
        return r

    def set_attachment_label(self, attachment_id: int, label: str | None, *, by: str | None = None) -> Attachment:
        """A display name for the file (e.g. “2021年执法记录台账”); None or "" returns to the original name."""
        label = (label or "").strip() or None
        with self.transaction() as db:
            r = self._attachment_row(db, attachment_id)
            if r[2] != label:
                db.execute("UPDATE attachments SET label = ? WHERE id = ?", (label, attachment_id))
                self.record("label", f"attachment:{attachment_id}", {"item_id": r[0], "old": r[2], "new": label}, by=by)
        return self.attachment(attachment_id)

    def set_evidence_date(self, attachment_id: int, value: "date | str | None", *, by: str | None = None) -> Attachment:
        """The date the document itself bears (its issue date), checked against "2020年以来" in progress."""
        iso = parse_evidence_date(value)
        with self.transaction() as db:
            r = self._attachment_row(db, attachment_id)
            if r[3] != iso:
                db.execute("UPDATE attachments SET evidence_date = ? WHERE id = ?", (iso, attachment_id))
                self.record("evidence_date", f"attachment:{attachment_id}", {"item_id": r[0], "old": r[3], "new": iso},
                            by=by)
        return self.attachment(attachment_id)

    def reorder_attachments(self, item: "str | MaterialItem", ids: list[int], *, by: str | None = None) -> None:
        """Put the item's live attachments in the given order (all of them, each once)."""
        item_id = self._item_id(item, allow_orphan=True)
        with self.transaction() as db:
            live = [r[0] for r in db.execute(
                "SELECT id FROM attachments WHERE item_id = ? AND removed_at IS NULL ORDER BY position, id", (item_id,))]
            if sorted(live) != sorted(ids) or len(set(ids)) != len(ids):
                raise UserError("新的顺序必须恰好包含该条目的全部附件，每个一次。", en="The order must list every attachment once.")
            if live == list(ids):
                return
            for pos, aid in enumerate(ids, start=1):
                db.execute("UPDATE attachments SET position = ? WHERE id = ?", (pos, aid))
            self.record("reorder", item_id, {"old": live, "new": list(ids)}, by=by)

    def move_attachment(self, attachment_id: int, to_item: "str | MaterialItem", *, by: str | None = None) -> Attachment:
        """Move an attachment to another item (at its end) — e.g. out of an item a catalog update dropped."""
        target = self._item_id(to_item)
        with self.transaction() as db:
            r = self._attachment_row(db, attachment_id)
            if r[5] is not None:
                raise UserError("该附件在回收站中，请先恢复再移动。", en="Restore the attachment before moving it.")
            if r[0] == target:
                return self.attachment(attachment_id)
            pos = db.execute("SELECT coalesce(max(position), 0) + 1 FROM attachments WHERE item_id = ? "
                             "AND removed_at IS NULL", (target,)).fetchone()[0]
            db.execute("UPDATE attachments SET item_id = ?, position = ? WHERE id = ?", (target, pos, attachment_id))
            self.record("move", f"attachment:{attachment_id}", {"from": r[0], "to": target, "name": r[1]}, by=by)
        return self.attachment(attachment_id)

    # ------------------------------------------------------------ recycle bin
    def remove_attachment(self, attachment_id: int, *, by: str | None = None) -> Attachment:
        """Move an attachment to the recycle bin (the file is kept; ``undo_remove`` brings it back)."""
        who = by if by is not None else self.actor
        with self.transaction() as db:
            r = self._attachment_row(db, attachment_id)
            if r[5] is None:
                db.execute("UPDATE attachments SET removed_at = ?, removed_by = ? WHERE id = ?",
                           (now_iso(), who, attachment_id))
                self.record("remove", f"attachment:{attachment_id}", {"item_id": r[0], "name": r[1]}, by=who)
        return self.attachment(attachment_id)

    def undo_remove(self, attachment_id: int, *, by: str | None = None) -> Attachment:
        """Take an attachment back out of the recycle bin, to its old place."""
        with self.transaction() as db:
            r = self._attachment_row(db, attachment_id)
            if r[5] is not None:
                db.execute("UPDATE attachments SET removed_at = NULL, removed_by = NULL WHERE id = ?", (attachment_id,))
                self.record("undo_remove", f"attachment:{attachment_id}", {"item_id": r[0], "name": r[1]}, by=by)
        return self.attachment(attachment_id)

    def empty_recycle_bin(self, ids: list[int] | None = None, *, by: str | None = None) -> int:
        """Delete recycled attachments for good (all, or the given ones), then files nothing refers to."""
        with self.transaction() as db:
            rows = db.execute("SELECT id, item_id, original_name, sha256 FROM attachments WHERE removed_at IS NOT NULL "
                              "ORDER BY id").fetchall()
            if ids is not None:
                wanted = set(ids)
                rows = [r for r in rows if r[0] in wanted]
            for r in rows:
                db.execute("DELETE FROM attachments WHERE id = ?", (r[0],))
            if rows:
                self.record("empty_recycle_bin", None, {
                    "attachments": [{"id": r[0], "item_id": r[1], "name": r[2], "sha256": r[3]} for r in rows]}, by=by)
        self.collect_garbage()
        return len(rows)

    def collect_garbage(self) -> tuple[int, int]:
        """Delete stored files no attachment row (live or in the recycle bin) refers to: (files, bytes).

        Runs only when asked (emptying the recycle bin does), never at open: a file left over by a crash is
        harmless, and deleting must never race with a copy that is about to be recorded.
        """
        removed = freed = 0
        with self._lock:
            with self.transaction() as db:
                dead = db.execute("SELECT sha256, size FROM blobs WHERE sha256 NOT IN "
                                  "(SELECT DISTINCT sha256 FROM attachments)").fetchall()
                dead = [(s, n) for s, n in dead if not self._pinned[s]]
                for s, _n in dead:
                    db.execute("DELETE FROM blobs WHERE sha256 = ?", (s,))
            # Rows first (committed), files second: a crash in between leaves an unreferenced file, never a
            # row without its file. Files on disk with no row at all (left by a crash before the commit) go too.
            known = {r[0] for r in db.execute("SELECT sha256 FROM blobs")}
            doomed = {s for s, _ in dead}
            for sha, path in self.blobs.iter_stored():
                if (sha in doomed or sha not in known) and not self._pinned[sha]:
                    try:
                        size = path.stat().st_size
                        if self.blobs.delete(sha):
                            removed += 1
                            freed += size
                    except OSError:
                        pass
        return removed, freed
