"""The catalog: areas → groups → indicators, each with responsible units and requested materials.

Plain Python, no Qt. A catalog is immutable once loaded; the workspace keeps a
copy of the one it uses so that a later catalog update never silently re-maps
evidence.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from desktop.core.catalog.materials import MaterialItem
from desktop.core.catalog.text import normalize
from desktop.core.errors import NotFound

KINDS = ("indicator", "bonus", "veto", "task")
FORMAT = "evidence-desk-catalog/1"


@dataclass(frozen=True)
class Indicator:
    key: str
    kind: str
    area: str
    group: str
    text: str
    units: tuple[str, ...]  # as named in the source: unit names and group tokens
    materials: str  # the raw 具体资料报送 text that applies (own cell, then merged requests)
    items: tuple[MaterialItem, ...]
    onsite: bool
    shares_materials_with: tuple[str, ...]
    lead_units: tuple[str, ...] = ()  # 牵头单位 where the source separates them
    assist_units: tuple[str, ...] = ()  # 配合单位 where the source separates them

    @property
    def all_units(self) -> tuple[str, ...]:
        seen = dict.fromkeys(self.units + self.lead_units + self.assist_units)
        return tuple(seen)

    def to_dict(self) -> dict:
        d = {
            "key": self.key,
            "kind": self.kind,
            "area": self.area,
            "group": self.group,
            "text": self.text,
            "units": list(self.units),
            "materials": self.materials,
            "items": [i.to_dict() for i in self.items],
            "onsite": self.onsite,
            "shares_materials_with": list(self.shares_materials_with),
        }
        if self.lead_units or self.assist_units:
            d["lead_units"] = list(self.lead_units)
            d["assist_units"] = list(self.assist_units)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Indicator":
        return cls(
            key=str(d["key"]),
            kind=d.get("kind", "indicator"),
            area=d.get("area", ""),
            group=d.get("group", ""),
            text=d["text"],
            units=tuple(d.get("units") or ()),
            materials=d.get("materials", ""),
            items=tuple(MaterialItem.from_dict(i) for i in d.get("items") or ()),
            onsite=bool(d.get("onsite", False)),
            shares_materials_with=tuple(str(k) for k in d.get("shares_materials_with") or ()),
            lead_units=tuple(d.get("lead_units") or ()),
            assist_units=tuple(d.get("assist_units") or ()),
        )

    def label(self) -> str:
        """How the indicator is named to a user: 第55项, 加分项1, 否决项2, 任务3."""
        if self.kind == "bonus":
            return f"加分项{self.key[1:]}"
        if self.kind == "veto":
            return f"否决项{self.key[1:]}"
        if self.kind == "task":
            return f"任务{self.key}"
        return f"第{self.key}项"


@dataclass(frozen=True)
class Unit:
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


@dataclass(frozen=True)
class Group:
    """A token such as 各行政执法单位 that names a class of units, not one unit."""

    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


@dataclass(frozen=True)
class MaterialRequest:
    """A request that several indicators answer together ("第26、27、28、29项指标，请合并提供…")."""

    id: str
    keys: tuple[str, ...]
    text: str
    items: tuple[MaterialItem, ...]


@dataclass
class Catalog:
    id: str
    title: str
    version: str
    indicators: list[Indicator]
    units: list[Unit] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    requests: list[MaterialRequest] = field(default_factory=list)
    kind: str = "breakdown"
    issuer: str = ""
    source: str = ""
    levels: tuple[str, ...] = ("一级指标", "二级指标", "三级指标")
    submission: dict = field(default_factory=dict)
    origin: str = "builtin"  # builtin | library | file
    # What the source says about an area as a whole (an indicator system's "目标：…" paragraph);
    # shown beside the area, never an indicator. Keyed by the area's title.
    area_notes: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_key = {i.key: i for i in self.indicators}
        self._unit_index: dict[str, Unit] = {}
        for u in self.units:
            for n in u.names:
                self._unit_index[normalize(n)] = u
        self._group_index: dict[str, Group] = {}
        for g in self.groups:
            for n in g.names:
                self._group_index[normalize(n)] = g

    # ------------------------------------------------------------ lookup
    def __iter__(self) -> Iterator[Indicator]:
        return iter(self.indicators)

    def __len__(self) -> int:
        return len(self.indicators)

    def get(self, key: str) -> Indicator | None:
        return self._by_key.get(str(key).strip())

    def indicator(self, key: str) -> Indicator:
        ind = self.get(key)
        if ind is None:
            raise NotFound(
                f"指标“{key}”不在目录《{self.title}》中。请用 catalog show 查看全部指标编号。",
                en=f"Indicator {key!r} is not in catalog {self.id}.",
            )
        return ind

    def areas(self) -> list[str]:
        return list(dict.fromkeys(i.area for i in self.indicators))

    def tree(self) -> list[tuple[str, list[tuple[str, list[Indicator]]]]]:
        """[(area, [(group, [indicators])])] in source order; group "" holds ungrouped ones."""
        out: list[tuple[str, list[tuple[str, list[Indicator]]]]] = []
        for ind in self.indicators:
            if not out or out[-1][0] != ind.area:
                out.append((ind.area, []))
            groups = out[-1][1]
            if not groups or groups[-1][0] != ind.group:
                groups.append((ind.group, []))
            groups[-1][1].append(ind)
        return out

    def request(self, rid: str) -> MaterialRequest | None:
        return next((r for r in self.requests if r.id == rid), None)

    # ------------------------------------------------------------ units and groups
    def find_unit(self, name: str) -> Unit | None:
        return self._unit_index.get(normalize(name))

    def find_group(self, name: str) -> Group | None:
        return self._group_index.get(normalize(name))

    def _suggest(self, name: str, pool: Iterable[str]) -> str:
        close = difflib.get_close_matches(normalize(name), list(pool), n=3, cutoff=0.5)
        return f"您是不是要找：{'、'.join(close)}？" if close else ""

    def unit(self, name: str) -> Unit:
        u = self.find_unit(name)
        if u is None:
            hint = self._suggest(name, self._unit_index)
            raise NotFound(
                f"单位“{name}”不在目录《{self.title}》的单位名单中。{hint}"
                "请用 catalog show --json 查看单位名单，或检查单位全称。",
                en=f"Unit {name!r} is not on the roster of catalog {self.id}.",
            )
        return u

    def group(self, name: str) -> Group:
        g = self.find_group(name)
        if g is None:
            hint = self._suggest(name, self._group_index)
            raise NotFound(
                f"“{name}”不是目录《{self.title}》中的单位类别。{hint}"
                f"可选的类别：{'、'.join(g.name for g in self.groups) or '（无）'}。",
                en=f"{name!r} is not a unit group of catalog {self.id}.",
            )
        return g

    def is_group_token(self, token: str) -> bool:
        return self.find_group(token) is not None

    def indicators_for(self, unit: str, groups: Iterable[str] = ()) -> list[Indicator]:
        """The indicators naming the unit (or an alias) or a group the unit belongs to."""
        u = self.unit(unit)
        wanted = {normalize(n) for n in u.names}
        for gname in groups:
            wanted |= {normalize(n) for n in self.group(gname).names}
        return [i for i in self.indicators if wanted & {normalize(t) for t in i.all_units}]

    def responsible(self, ind: Indicator, unit: str, groups: Iterable[str] = ()) -> str | None:
        """How ``unit`` is responsible for ``ind``: the token that names it, or None."""
        u = self.find_unit(unit)
        names = {normalize(n) for n in (u.names if u else (unit,))}
        gnames = {normalize(n) for g in groups if (gg := self.find_group(g)) for n in gg.names}
        for t in ind.all_units:
            nt = normalize(t)
            if nt in names or nt in gnames:
                return t
        return None

    def shared_keys(self, key: str) -> tuple[str, ...]:
        return self.indicator(key).shares_materials_with

    # ------------------------------------------------------------ serialisation
    def to_dict(self, *, full: bool = True) -> dict:
        d: dict = {
            "id": self.id,
            "title": self.title,
            "version": self.version,
            "indicators": [i.to_dict() for i in self.indicators],
            "units": [{"name": u.name, "aliases": list(u.aliases)} for u in self.units],
            "groups": [
                {"name": g.name, "aliases": list(g.aliases), "description": g.description} for g in self.groups
            ],
        }
        if full:
            d = {
                "format": FORMAT,
                "id": self.id,
                "kind": self.kind,
                "title": self.title,
                "version": self.version,
                "issuer": self.issuer,
                "source": self.source,
                "levels": list(self.levels),
                "submission": self.submission,
                "indicators": d["indicators"],
                "requests": [
                    {"id": r.id, "keys": list(r.keys), "text": r.text, "items": [i.to_dict() for i in r.items]}
                    for r in self.requests
                ],
                "units": d["units"],
                "groups": d["groups"],
            }
            if self.area_notes:
                d["areas"] = [{"name": a, "description": t} for a, t in self.area_notes.items()]
        return d

    @classmethod
    def from_dict(cls, d: dict, origin: str = "file") -> "Catalog":
        return cls(
            id=d["id"],
            title=d["title"],
            version=str(d.get("version", "")),
            indicators=[Indicator.from_dict(i) for i in d["indicators"]],
            units=[Unit(u["name"], tuple(u.get("aliases") or ())) for u in d.get("units") or ()],
            groups=[
                Group(g["name"], tuple(g.get("aliases") or ()), g.get("description", "")) for g in d.get("groups") or ()
            ],
            requests=[
                MaterialRequest(
                    r["id"], tuple(str(k) for k in r["keys"]), r["text"],
                    tuple(MaterialItem.from_dict(i) for i in r.get("items") or ()),
                )
                for r in d.get("requests") or ()
            ],
            kind=d.get("kind", "breakdown"),
            issuer=d.get("issuer", ""),
            source=d.get("source", ""),
            levels=tuple(d.get("levels") or ("一级指标", "二级指标", "三级指标")),
            submission=dict(d.get("submission") or {}),
            origin=origin,
            area_notes={a["name"]: a.get("description", "") for a in d.get("areas") or ()},
        )

    def summary(self) -> dict:
        areas = self.areas()
        groups = {(i.area, i.group) for i in self.indicators if i.group}
        return {
            "areas": len(areas),
            "groups": len(groups),
            "indicators": len(self.indicators),
            "with_units": sum(1 for i in self.indicators if i.all_units),
            "with_materials": sum(1 for i in self.indicators if i.materials),
        }
