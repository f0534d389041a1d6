"""Material items as the workspace sees them: every indicator has at least one, and items are found by id.

Evidence is keyed by the item id (``55.1``, ``M26-29.1``), so an item of a
merged request is stored once and shows on every indicator that names it.
Indicators whose cell lists no material (56, the 加分项 and 否决项) get one
synthetic catch-all item ``<key>.0`` so that evidence always has a place.
"""

from __future__ import annotations

from desktop.core.catalog import Catalog, Indicator, MaterialItem
from desktop.core.errors import NotFound

SYNTHETIC_TEXT = "印证资料（表中未列具体资料）"


def synthetic_item(key: str) -> MaterialItem:
    return MaterialItem(id=f"{key}.0", no=None, text=SYNTHETIC_TEXT, synthetic=True)


class ItemIndex:
    """Look-ups over one catalog's effective items; built once per catalog (cheap: ~100 indicators)."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._by_key: dict[str, tuple[MaterialItem, ...]] = {}
        self._by_id: dict[str, MaterialItem] = {}
        self._keys: dict[str, list[str]] = {}
        for ind in catalog.indicators:
            items = ind.items or (synthetic_item(ind.key),)
            self._by_key[ind.key] = tuple(items)
            for it in items:
                self._by_id.setdefault(it.id, it)
                self._keys.setdefault(it.id, []).append(ind.key)

    def items(self, key: str) -> tuple[MaterialItem, ...]:
        ind = self.catalog.indicator(key)
        return self._by_key[ind.key]

    def get(self, item_id: str) -> MaterialItem | None:
        return self._by_id.get(item_id)

    def item(self, item_id: str) -> MaterialItem:
        it = self._by_id.get(item_id)
        if it is None:
            raise NotFound(
                f"材料条目“{item_id}”不在目录《{self.catalog.title}》中。",
                en=f"Material item {item_id!r} is not in catalog {self.catalog.id}.",
            )
        return it

    def keys_of(self, item_id: str) -> tuple[str, ...]:
        return tuple(self._keys.get(item_id, ()))

    def ids(self) -> list[str]:
        return list(self._by_id)

    def position(self, key: str, item_id: str) -> int | None:
        """1-based position of the item within the indicator (what ``--item N`` means)."""
        for n, it in enumerate(self._by_key.get(key, ()), start=1):
            if it.id == item_id:
                return n
        return None

    def resolve(self, ref: "str | MaterialItem", position: int | None = None) -> MaterialItem:
        """An item from an item id, or from an indicator key plus a 1-based position (default: the first)."""
        if isinstance(ref, MaterialItem):
            return self.item(ref.id)
        ref = str(ref).strip()
        if position is None and ref in self._by_id:
            return self._by_id[ref]
        ind = self.catalog.get(ref)
        if ind is None:
            raise NotFound(
                f"“{ref}”既不是目录《{self.catalog.title}》中的指标编号，也不是材料条目编号。"
                "请用 status 或 catalog show 查看编号。",
                en=f"{ref!r} is neither an indicator key nor a material item id of catalog {self.catalog.id}.",
            )
        items = self._by_key[ind.key]
        n = 1 if position is None else int(position)
        if not 1 <= n <= len(items):
            listing = "；".join(f"{i}. {it.text[:30]}" for i, it in enumerate(items, start=1))
            raise NotFound(
                f"{ind.label()}只有 {len(items)} 条材料，没有第 {n} 条。各条材料：{listing}",
                en=f"Indicator {ind.key} has {len(items)} material item(s); there is no item {n}.",
            )
        return items[n - 1]

    def describe(self, item_id: str) -> str:
        """How an item is named to a user: 第55项第1条 / 第26、27、28、29项（合并报送）第1条."""
        keys = self.keys_of(item_id)
        if not keys:
            return f"材料条目 {item_id}"
        inds: list[Indicator] = [self.catalog.indicator(k) for k in keys]
        pos = self.position(keys[0], item_id) or 1
        if len(inds) == 1:
            return f"{inds[0].label()}第{pos}条"
        it = self._by_id[item_id]
        if it.request:
            labels = "、".join(i.key for i in inds)
            return f"第{labels}项（合并报送）第{it.no or pos}条"
        return f"{inds[0].label()}第{pos}条"
