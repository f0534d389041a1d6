"""Split a 具体资料报送 text into numbered items and read what each item asks for.

The parsed form helps (progress "3/5件", a web-address field where 网址 is
asked for); the raw text stays the authority and is always shown beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.catalog.text import normalize

# An item number: "1." "1．" "1、" "(1)" "（1）" — recognised only where an item can start.
_ITEM_START_BEFORE = set("：:；;。.，, \n）)")

_QUANTITY = re.compile(
    r"(?P<any>任意|任选|至少|不少于)?\s*(?P<count>\d{1,3})\s*(?P<unit>件|家|个|份|次|篇|期)"
    r"(?!工作日|小时|学时|月|日|以上|人)"
)
_SINCE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年?\s*以来")
_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年(?!\s*以来)")
_QUARTERLY = re.compile(r"按季度|每季度")


@dataclass(frozen=True)
class Quantity:
    count: int
    unit: str
    any: bool = False  # 任意/任选: the unit chooses which ones

    def to_dict(self) -> dict:
        return {"count": self.count, "unit": self.unit, "any": self.any}

    @classmethod
    def from_dict(cls, d: dict | None) -> "Quantity | None":
        if not d:
            return None
        return cls(int(d["count"]), str(d["unit"]), bool(d.get("any", False)))

    def label(self) -> str:
        return f"{self.count}{self.unit}"


@dataclass(frozen=True)
class Period:
    since: int | None = None  # "2020年以来"
    years: tuple[int, ...] = ()  # "2021年"
    quarterly: bool = False  # "按季度提供"

    def to_dict(self) -> dict:
        return {"since": self.since, "years": list(self.years), "quarterly": self.quarterly}

    @classmethod
    def from_dict(cls, d: dict | None) -> "Period | None":
        if not d:
            return None
        return cls(d.get("since"), tuple(d.get("years") or ()), bool(d.get("quarterly", False)))

    def label(self) -> str:
        parts = []
        if self.since:
            parts.append(f"{self.since}年以来")
        parts.extend(f"{y}年" for y in self.years)
        if self.quarterly:
            parts.append("按季度")
        return "，".join(parts)


@dataclass(frozen=True)
class MaterialItem:
    """One requested piece of evidence."""

    id: str  # stable across catalog versions: "55.1", or "M26-29.1" for a merged request
    no: int | None  # the number printed in the source, None when unnumbered
    text: str
    quantity: Quantity | None = None
    period: Period | None = None
    asks_url: bool = False
    asks_contact: bool = False
    onsite: bool = False
    request: str | None = None  # id of the merged request this item belongs to
    synthetic: bool = False  # not from the source: the catch-all item of an indicator that lists none

    def to_dict(self) -> dict:
        d = {
            "id": self.id,
            "no": self.no,
            "text": self.text,
            "quantity": self.quantity.to_dict() if self.quantity else None,
            "period": self.period.to_dict() if self.period else None,
            "url": self.asks_url,
            "contact": self.asks_contact,
            "onsite": self.onsite,
            "request": self.request,
        }
        if self.synthetic:
            d["synthetic"] = True
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "MaterialItem":
        return cls(
            id=str(d["id"]),
            no=d.get("no"),
            text=str(d["text"]),
            quantity=Quantity.from_dict(d.get("quantity")),
            period=Period.from_dict(d.get("period")),
            asks_url=bool(d.get("url", False)),
            asks_contact=bool(d.get("contact", False)),
            onsite=bool(d.get("onsite", False)),
            request=d.get("request"),
            synthetic=bool(d.get("synthetic", False)),
        )


def _find_number(text: str, n: int, start: int) -> tuple[int, int] | None:
    """Position of item number ``n`` at or after ``start``: (start of marker, start of body)."""
    patterns = [f"{n}.", f"{n}．", f"{n}、", f"({n})", f"（{n}）"]
    best: tuple[int, int] | None = None
    for pat in patterns:
        pos = start
        while True:
            i = text.find(pat, pos)
            if i < 0:
                break
            before = text[i - 1] if i > 0 else ""
            after = text[i + len(pat)] if i + len(pat) < len(text) else ""
            digit_before = before.isdigit()
            # "2.2020年以来" is item 2 followed by a year; "2.5万" would be a decimal, but
            # item bodies never start with a bare digit-decimal in these tables.
            ok = (i == 0 or before in _ITEM_START_BEFORE or not before.isascii()) and not digit_before
            if pat.endswith("、") and after.isdigit():
                ok = False  # "26、27、28" is a list of indicator numbers, not an item
            if ok:
                if best is None or i < best[0]:
                    best = (i, i + len(pat))
                break
            pos = i + 1
    return best


def split_items(text: str) -> list[tuple[int | None, str]]:
    """[(number, body)]: numbered items in order; one unnumbered item when there are none.

    Numbers must run 1, 2, 3… (a gap of one is tolerated: sources skip numbers);
    text before item 1 is a preamble ("第26…29项指标，请合并提供下列材料：") and is
    not an item.
    """
    text = normalize(text)
    if not text:
        return []
    first = _find_number(text, 1, 0)
    if first is None:
        return [(None, text)]
    marks: list[tuple[int, int, int]] = [(1, *first)]
    n = 2
    while True:
        pos = marks[-1][2]
        found = _find_number(text, n, pos)
        if found is None:
            skip = _find_number(text, n + 1, pos)
            if skip is None:
                break
            n += 1
            found = skip
        marks.append((n, *found))
        n += 1
    items = []
    for idx, (num, _m, body_start) in enumerate(marks):
        end = marks[idx + 1][1] if idx + 1 < len(marks) else len(text)
        body = text[body_start:end].strip(" ；;，,")
        items.append((num, body))
    return items


def analyse(text: str) -> dict:
    """Quantity, period, web address, contact details and 实地核查 as asked for in one item."""
    q = None
    for m in _QUANTITY.finditer(text):
        q = Quantity(int(m.group("count")), m.group("unit"), bool(m.group("any") in ("任意", "任选")))
        break
    since = None
    m = _SINCE.search(text)
    if m:
        since = int(m.group("year"))
    years = tuple(int(y.group("year")) for y in _YEAR.finditer(text))
    quarterly = bool(_QUARTERLY.search(text))
    period = Period(since, years, quarterly) if (since or years or quarterly) else None
    return {
        "quantity": q,
        "period": period,
        "asks_url": "网址" in text,
        "asks_contact": "联系方式" in text or "联系电话" in text,
        "onsite": "实地核查" in text,
    }


def parse_items(text: str, id_prefix: str, request: str | None = None) -> list[MaterialItem]:
    """Items of one 具体资料报送 cell, with ids ``{id_prefix}.{n}``."""
    out = []
    for pos, (num, body) in enumerate(split_items(text), start=1):
        if not body:
            continue  # "5." with nothing after it: the source left the item empty
        info = analyse(body)
        out.append(MaterialItem(id=f"{id_prefix}.{num or pos}", no=num, text=body, request=request, **info))
    return out
