"""The plain inputs of printing (who prints, which files answer which indicator) and what printing reports back.

Printing is built on these dataclasses, not on the workspace, so that the same
code prints from the workspace, from a received bundle at the office, or from a
test that just lists a few files.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.catalog import Catalog, Indicator, MaterialItem


@dataclass(frozen=True)
class PrintContext:
    """Who submits, to whom, and when: what every printed page says besides the evidence."""

    catalog: Catalog
    unit: str  # the submitting unit, as it signs the letter
    contact: str = ""  # contact person
    phone: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    addressee: str = ""  # the office the letter goes to; default: the catalog's submission office

    @property
    def office(self) -> str:
        """The addressee without the room number the catalog gives for paper delivery."""
        raw = self.addressee or str(self.catalog.submission.get("office", "") or "")
        return re.sub(r"[（(][^（）()]*[)）]\s*$", "", raw).strip()


@dataclass(frozen=True)
class EnclosedFile:
    """One attachment to print: a file and what it is evidence of."""

    path: Path
    label: str  # what the material is, e.g. 执法记录台账
    item_id: str | None = None  # the catalog material item, e.g. "55.1" or "M26-29.1"
    key: str | None = None  # the indicator, for a file tied to no item
    original_name: str = ""  # the file's name when it was collected
    pages: int | None = None  # known page count; measured when printing
    sha256: str | None = None  # lowercase hex; computed when missing
    kind: str | None = None  # pdf, image, word, excel, …; detected when missing
    evidence_date: dt.date | str | None = None  # the date the evidence itself bears
    note: str = ""

    @property
    def name(self) -> str:
        return self.original_name or Path(self.path).name


@dataclass(frozen=True)
class ItemNote:
    """What a unit wrote for a material item besides files: the statement (情况说明) and web addresses."""

    item_id: str
    statement: str = ""
    urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvidenceGroup:
    """What one cover sheet covers: one indicator, or several that submit their materials together."""

    keys: tuple[str, ...]
    files: tuple[EnclosedFile, ...] = ()
    notes: tuple[ItemNote, ...] = ()  # shown on the cover under their item

    def note(self, item_id: str) -> ItemNote | None:
        return next((n for n in self.notes if n.item_id == item_id and (n.statement.strip() or n.urls)), None)

    def indicators(self, catalog: Catalog) -> list[Indicator]:
        return [catalog.indicator(k) for k in self.keys]

    def items(self, catalog: Catalog) -> list[MaterialItem]:
        """The requested items of all its indicators, each once, in catalog order."""
        seen: dict[str, MaterialItem] = {}
        for ind in self.indicators(catalog):
            for it in ind.items:
                seen.setdefault(it.id, it)
        return list(seen.values())

    @property
    def merged(self) -> bool:
        return len(self.keys) > 1


@dataclass(frozen=True)
class Problem:
    """Something printing could not do as asked; the output says so on a page too."""

    # missing, encrypted, damaged, repaired, permissions, not-converted, conversion-failed, unsupported,
    # page-damaged, page-unreadable
    code: str
    message: str  # plain Chinese: what happened and what to do
    file: EnclosedFile | None = None
    en: str = ""

    def __str__(self) -> str:
        return self.message


@dataclass
class RenderResult:
    """What a render call produced: the file, its page count, and every problem met on the way."""

    path: Path
    pages: int
    problems: list[Problem] = field(default_factory=list)
    sections: list["SectionPages"] = field(default_factory=list)


@dataclass(frozen=True)
class SectionPages:
    """Where one evidence group landed in the output (1-based page numbers)."""

    keys: tuple[str, ...]
    cover: tuple[int, int]  # first and last page of the cover sheet
    files: tuple[tuple[int, int], ...]  # first and last page of each enclosed file, in order


# ---------------------------------------------------------------------------- grouping


def _catalog_order(catalog: Catalog) -> dict[str, int]:
    return {ind.key: n for n, ind in enumerate(catalog.indicators)}


def merged_components(catalog: Catalog, keys: Iterable[str]) -> list[tuple[str, ...]]:
    """The selected keys split into groups that share materials (``shares_materials_with``), in catalog order.

    Only selected keys are joined: a unit that answers 43 but not 34 gets a sheet for 43 alone.
    """
    order = _catalog_order(catalog)
    wanted = [catalog.indicator(k).key for k in dict.fromkeys(str(k).strip() for k in keys)]
    wanted.sort(key=order.__getitem__)
    selected = set(wanted)
    parent = {k: k for k in wanted}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for k in wanted:
        for other in catalog.indicator(k).shares_materials_with:
            if other in selected:
                a, b = find(k), find(other)
                if a != b:
                    parent[max(a, b, key=order.__getitem__)] = min(a, b, key=order.__getitem__)
    groups: dict[str, list[str]] = {}
    for k in wanted:
        groups.setdefault(find(k), []).append(k)
    return [tuple(g) for g in groups.values()]


def build_groups(
    catalog: Catalog, keys: Iterable[str], files: Iterable[EnclosedFile] = (), *, merge: bool = True
) -> list[EvidenceGroup]:
    """Evidence groups for the selected indicators, each holding the files that answer it.

    A file belongs to the group holding its ``item_id``; a file without an item
    (or with an item the catalog does not know) goes by its ``key``. With
    ``merge=False`` every indicator gets its own sheet and a shared file appears
    on each. Files answering none of the selected indicators are left out.
    Within a group, files follow the order of the requested items, then the order given.
    """
    key_groups = merged_components(catalog, keys) if merge else [(k,) for k in _sorted_keys(catalog, keys)]
    files = list(files)
    known_items = {it.id for ind in catalog.indicators for it in ind.items}
    out = []
    for gkeys in key_groups:
        group = EvidenceGroup(gkeys)
        item_rank = {it.id: n for n, it in enumerate(group.items(catalog))}
        mine = []
        for pos, f in enumerate(files):
            if f.item_id in item_rank:
                mine.append((item_rank[f.item_id], pos, f))
            elif f.key in gkeys and f.item_id not in known_items:
                mine.append((len(item_rank), pos, f))
        mine.sort(key=lambda t: (t[0], t[1]))
        out.append(EvidenceGroup(gkeys, tuple(f for _r, _p, f in mine)))
    return out


def _sorted_keys(catalog: Catalog, keys: Iterable[str]) -> list[str]:
    order = _catalog_order(catalog)
    wanted = [catalog.indicator(k).key for k in dict.fromkeys(str(k).strip() for k in keys)]
    return sorted(wanted, key=order.__getitem__)



def files_for_item(group: EvidenceGroup, catalog: Catalog) -> tuple[list[tuple[MaterialItem, list[EnclosedFile]]], list[EnclosedFile]]:
    """[(item, its files)] in item order, and the files that answer no listed item."""
    items = group.items(catalog)
    by_item: dict[str, list[EnclosedFile]] = {it.id: [] for it in items}
    other: list[EnclosedFile] = []
    for f in group.files:
        if f.item_id in by_item:
            by_item[f.item_id].append(f)
        else:
            other.append(f)
    return [(it, by_item[it.id]) for it in items], other


def ordered_files(group: EvidenceGroup, catalog: Catalog) -> list[EnclosedFile]:
    """The files in the order they are bound: item by item, then the rest."""
    per_item, other = files_for_item(group, catalog)
    return [f for _it, fs in per_item for f in fs] + other


def unique_keys(groups: Sequence[EvidenceGroup]) -> list[str]:
    return list(dict.fromkeys(k for g in groups for k in g.keys))
