"""Moving a workspace to a new catalog: always previewed, never silently re-mapping evidence.

Evidence is keyed by material item id, and ids are meant to be stable across
catalog versions. The preview says, for every item that holds evidence, whether
the new catalog still has it (and whether its text changed) or not; evidence of
an item the new catalog lacks is never deleted — it stays in the workspace as
"orphaned" (``orphaned_evidence()``) until the user moves or removes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.core.catalog import Catalog, MaterialItem
from desktop.core.catalog.library import parse_catalog
from desktop.core.errors import UserError
from desktop.core.workspace.holder import catalog_row
from desktop.core.workspace.items import ItemIndex
from desktop.core.workspace.model import ItemEvidence, now_iso


@dataclass(frozen=True)
class ItemChange:
    item_id: str
    old_text: str | None
    new_text: str | None
    attachments: int  # live and in the recycle bin
    urls: int
    has_notes: bool
    old_keys: tuple[str, ...]
    new_keys: tuple[str, ...]

    @property
    def text_changed(self) -> bool:
        return self.new_text is not None and self.old_text != self.new_text

    def to_dict(self) -> dict:
        return {"item_id": self.item_id, "old_text": self.old_text, "new_text": self.new_text,
                "attachments": self.attachments, "urls": self.urls, "has_notes": self.has_notes,
                "old_keys": list(self.old_keys), "new_keys": list(self.new_keys), "text_changed": self.text_changed}


@dataclass(frozen=True)
class CatalogUpdatePreview:
    old_catalog: tuple[str, str]  # (id, version)
    new_catalog: tuple[str, str]
    kept: tuple[ItemChange, ...]  # items holding evidence that the new catalog still has
    gone: tuple[ItemChange, ...]  # items holding evidence that the new catalog lacks: their evidence is orphaned
    new_items: tuple[str, ...]  # item ids only in the new catalog
    dropped_items: tuple[str, ...]  # items without evidence that the new catalog lacks (nothing is lost)
    indicators_added: tuple[str, ...]
    indicators_removed: tuple[str, ...]
    statuses_dropped: tuple[str, ...]  # indicators with a hand-set status that the new catalog lacks
    unit_after: str | None  # the unit's name in the new roster; None: the unit is not on it
    groups_dropped: tuple[str, ...]  # the unit's groups the new catalog does not know
    my_indicators_before: tuple[str, ...]
    my_indicators_after: tuple[str, ...]

    @property
    def can_apply(self) -> bool:
        return self.unit_after is not None

    @property
    def loses_nothing(self) -> bool:
        return not self.gone and not self.statuses_dropped

    def summary(self) -> str:
        """A few Chinese lines for a confirmation dialog or the CLI."""
        lines = [f"目录将从 {self.old_catalog[0]}（版本 {self.old_catalog[1]}）更新为 "
                 f"{self.new_catalog[0]}（版本 {self.new_catalog[1]}）。"]
        lines.append(f"已有资料的材料条目 {len(self.kept) + len(self.gone)} 条：{len(self.kept)} 条保留"
                     + (f"（其中 {sum(c.text_changed for c in self.kept)} 条要求文字有改动）" if any(c.text_changed for c in self.kept) else "")
                     + f"，{len(self.gone)} 条在新目录中已没有。")
        if self.gone:
            lines.append("新目录中没有的条目，其资料不会删除，会列在“目录外资料”中，可移到其他条目："
                         + "、".join(c.item_id for c in self.gone))
        if self.new_items:
            lines.append(f"新增材料条目 {len(self.new_items)} 条。")
        if self.unit_after is None:
            lines.append("新目录的单位名单中没有本单位，不能更新。")
        if self.groups_dropped:
            lines.append("新目录中没有这些单位类别，更新后将不再属于它们：" + "、".join(self.groups_dropped))
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "old_catalog": list(self.old_catalog), "new_catalog": list(self.new_catalog),
            "kept": [c.to_dict() for c in self.kept], "gone": [c.to_dict() for c in self.gone],
            "new_items": list(self.new_items), "dropped_items": list(self.dropped_items),
            "indicators_added": list(self.indicators_added), "indicators_removed": list(self.indicators_removed),
            "statuses_dropped": list(self.statuses_dropped), "unit_after": self.unit_after,
            "groups_dropped": list(self.groups_dropped),
            "my_indicators_before": list(self.my_indicators_before),
            "my_indicators_after": list(self.my_indicators_after),
        }


class CatalogMixin:
    """Part of ``Workspace``; see workspace.py for the attributes it relies on."""

    def _evidence_counts(self) -> dict[str, list]:
        """item_id → [attachments incl. recycled, urls, has notes] for every item holding anything."""
        out: dict[str, list] = {}
        with self.read() as db:
            for item_id, n in db.execute("SELECT item_id, count(*) FROM attachments GROUP BY item_id"):
                out.setdefault(item_id, [0, 0, False])[0] = n
            for item_id, n in db.execute("SELECT item_id, count(*) FROM urls GROUP BY item_id"):
                out.setdefault(item_id, [0, 0, False])[1] = n
            for (item_id,) in db.execute("SELECT item_id FROM item_notes WHERE statement <> '' OR onsite_notes <> '' "
                                         "OR onsite_ready <> 0"):
                out.setdefault(item_id, [0, 0, False])[2] = True
        return out

    def preview_catalog_update(self, new: Catalog) -> CatalogUpdatePreview:
        """What moving to ``new`` would do to the evidence; changes nothing."""
        old = self._catalog
        old_idx, new_idx = self._index, ItemIndex(new)
        counts = self._evidence_counts()
        kept, gone = [], []
        for item_id in sorted(counts):
            n_att, n_url, notes = counts[item_id]
            old_item = old_idx.get(item_id) or self._orphan_item(item_id)
            new_item = new_idx.get(item_id)
            change = ItemChange(
                item_id, old_item.text, new_item.text if new_item else None, n_att, n_url, notes,
                old_idx.keys_of(item_id), new_idx.keys_of(item_id))
            (kept if new_item else gone).append(change)
        old_ids, new_ids = set(old_idx.ids()), set(new_idx.ids())
        old_keys, new_keys = [i.key for i in old.indicators], [i.key for i in new.indicators]
        profile = self.profile
        unit = new.find_unit(profile.unit)
        groups_after = [g for g in profile.groups if new.find_group(g)]
        with self.read() as db:
            manual = [r[0] for r in db.execute("SELECT key FROM indicator_status")]
        return CatalogUpdatePreview(
            old_catalog=(old.id, old.version), new_catalog=(new.id, new.version),
            kept=tuple(kept), gone=tuple(gone),
            new_items=tuple(i for i in new_idx.ids() if i not in old_ids),
            dropped_items=tuple(i for i in old_idx.ids() if i not in new_ids and i not in counts),
            indicators_added=tuple(k for k in new_keys if k not in set(old_keys)),
            indicators_removed=tuple(k for k in old_keys if k not in set(new_keys)),
            statuses_dropped=tuple(k for k in manual if new.get(k) is None),
            unit_after=unit.name if unit else None,
            groups_dropped=tuple(g for g in profile.groups if g not in groups_after),
            my_indicators_before=tuple(i.key for i in self.my_indicators()),
            my_indicators_after=tuple(i.key for i in new.indicators_for(unit.name, groups_after)) if unit else (),
        )

    def apply_catalog_update(self, new: Catalog, *, by: str | None = None) -> CatalogUpdatePreview:
        """Move to ``new`` after the user has seen ``preview_catalog_update(new)``; returns that preview.

        Nothing is deleted: evidence of items the new catalog lacks becomes ``orphaned_evidence()``; hand-set
        statuses of indicators the new catalog lacks stay in the database unused.
        """
        preview = self.preview_catalog_update(new)
        if not preview.can_apply:
            raise UserError(
                f"新目录《{new.title}》的单位名单中没有“{self.profile.unit}”，不能更新到这个目录。"
                "请确认目录是否选对，或联系依法治市办。",
                en=f"The unit {self.profile.unit} is not on the roster of catalog {new.id}.",
            )
        groups_after = [new.find_group(g).name for g in self.profile.groups if new.find_group(g)]
        at = now_iso()
        with self.transaction() as db:
            row = catalog_row(new, at)
            db["catalogs"].insert(row)
            db.execute("UPDATE profile SET unit = ?, groups = ?, updated_at = ? WHERE id = 1",
                       (preview.unit_after, json.dumps(groups_after, ensure_ascii=False), at))
            self.record("catalog_update", None, {
                "old": list(preview.old_catalog), "new": list(preview.new_catalog),
                "kept": len(preview.kept), "gone": [c.item_id for c in preview.gone],
                "text_changed": [c.item_id for c in preview.kept if c.text_changed],
                "new_items": len(preview.new_items), "groups_dropped": list(preview.groups_dropped),
            }, by=by)
        self._set_catalog(parse_catalog(json.loads(row["json"]), origin="workspace", name="catalog"))
        self._old_catalogs = None
        return preview

    def catalog_history(self) -> list[dict]:
        """Catalogs this workspace has used, oldest first: id, version, title, installed_at."""
        with self.read() as db:
            return [dict(zip(("catalog_id", "version", "title", "installed_at"), r)) for r in db.execute(
                "SELECT catalog_id, version, title, installed_at FROM catalogs ORDER BY seq")]

    # ------------------------------------------------------------ orphaned evidence
    def orphaned_item_ids(self) -> list[str]:
        """Items holding evidence that the current catalog does not have (after a catalog update)."""
        return sorted(i for i in self._evidence_counts() if self._index.get(i) is None)

    def orphaned_evidence(self) -> list[ItemEvidence]:
        return [self.item_evidence(i) for i in self.orphaned_item_ids()]

    def _orphan_item(self, item_id: str) -> MaterialItem:
        """The item as an earlier catalog described it, so orphaned evidence still shows what it was for."""
        if getattr(self, "_old_catalogs", None) is None:
            with self.read() as db:
                rows = db.execute("SELECT json FROM catalogs ORDER BY seq DESC").fetchall()
            self._old_catalogs = [ItemIndex(Catalog.from_dict(json.loads(r[0]), origin="workspace")) for r in rows[1:]]
        for idx in self._old_catalogs:
            it = idx.get(item_id)
            if it is not None:
                return it
        return MaterialItem(id=item_id, no=None, text="（当前目录中已没有此条材料）", synthetic=True)
