"""From parsed rows to a catalog: materials and merged requests, material items, units and the roster, checks.

Every reader (Word, Excel, CSV, plain text) produces ``Entry`` objects; this
module is the one place that decides what the catalog says, so a table and a
plan follow the same rules as the built-in catalog:

* a 具体资料报送 paragraph "第26、27、28、29项指标，请合并提供…" is a merged request
  (``M26-29``), stored once and applying to every indicator it names;
* one materials cell serving several indicators (two indicators in one cell, or
  a cell merged over several rows) is a merged request of those indicators
  (``M57-58``), because that is what the table says: one answer for all;
* item ids are ``<key>.<n>`` for an indicator's own materials and
  ``<request>.<n>`` for a request's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.catalog.importers.problems import ImportFailed
from desktop.core.catalog.importers.unitnames import UnitSets, is_group, parse_unit_text, prepare_known, split_names
from desktop.core.catalog.materials import parse_items
from desktop.core.catalog.model import Catalog, Group, Indicator, MaterialRequest, Unit
from desktop.core.catalog.text import normalize


@dataclass
class Entry:
    """One indicator or task as read from the source, before the catalog-wide rules apply."""

    key: str | None
    text: str
    kind: str
    area: str
    group: str
    where: str  # "第2个表格第15行", "第31行": how a clerk finds it in the file
    unit_cells: list[tuple[str, str]] = field(default_factory=list)  # (units|lead|assist, text as printed)
    materials: str = ""  # the materials cell, lines as "\n"
    materials_region: tuple | None = None  # cells merged over several rows share one region


_KEYS = r"\d{1,3}(?:\s*[、，,和及与至到~～\-—－]\s*\d{1,3})*"
_REQUEST_HEAD = re.compile(rf"^\s*第\s*({_KEYS})\s*项\s*(?:指标)?")
_REQUEST_VERB = re.compile(r"(合并|一并|统一|共同)\s*(报送|提供)")
_PREAMBLE = re.compile(
    rf"^\s*第\s*{_KEYS}\s*项\s*(?:指标)?\s*[，,：:]?\s*(?:请)?\s*(?:合并|一并|统一|共同)?\s*(?:报送|提供)"
    r"\s*(?:下列|以下|如下)?\s*(?:材料|资料)?\s*[：:]?"
)
_SENTENCE_THEN_REQUEST = re.compile(rf"(?<=[。；;])\s*(?=第\s*{_KEYS}\s*项)")


def request_keys(line: str) -> list[str] | None:
    """["26", "27", "28", "29"] for "第26、27、28、29项指标，请合并提供…" (ranges "26至29" expanded), else None."""
    m = _REQUEST_HEAD.match(line)
    if not m or not _REQUEST_VERB.search(line[m.end(): m.end() + 24]):
        return None
    keys: list[str] = []
    for a, sep, b in re.findall(r"(\d{1,3})(?:\s*([至到~～\-—－])\s*(\d{1,3}))?", m.group(1)):
        if sep and int(b) > int(a):
            keys.extend(str(n) for n in range(int(a), int(b) + 1))
        else:
            keys.append(str(int(a)))
    return list(dict.fromkeys(keys))


def split_materials(text: str) -> tuple[str, list[tuple[list[str], str]]]:
    """(own text, [(keys, request text)]): a request runs from its "第…项" line to the next one or the end."""
    own: list[str] = []
    requests: list[tuple[list[str], list[str]]] = []
    for raw in text.split("\n"):
        for line in _SENTENCE_THEN_REQUEST.split(raw):
            keys = request_keys(line)
            if keys:
                requests.append((keys, [line]))
            elif requests:
                requests[-1][1].append(line)
            else:
                own.append(line)
    return normalize("\n".join(own)), [(k, normalize("\n".join(lines))) for k, lines in requests]


def _request_id(keys: list[str], taken: set[str]) -> str:
    base = f"M{keys[0]}-{keys[-1]}" if len(keys) > 1 else f"M{keys[0]}"
    rid, n = base, 1
    while rid in taken:
        rid = base + "bcdefghijklmnopqrstuvwxyz"[n - 1]
        n += 1
    return rid


@dataclass
class _Request:
    id: str
    keys: list[str]
    text: str


def assemble(entries: list[Entry], *, file_name: str, catalog_id: str, title: str, kind: str,
             levels: tuple[str, ...], source: str, warnings: list[str],
             area_notes: dict[str, str] | None = None) -> Catalog:
    """Check the entries (unique keys, no empty text) and build the catalog; ImportFailed lists every problem."""
    problems: list[str] = []
    first_at: dict[str, Entry] = {}
    for e in entries:
        if not e.text:
            problems.append(f"{e.where}：第{e.key or '？'}项的指标内容是空的。请补上内容，或删除这一行。")
        if e.key is None:
            continue
        if e.key in first_at:
            problems.append(f"{e.where}：编号“{e.key}”与{first_at[e.key].where}重复。每项指标的编号必须唯一，请改正后再导入。")
        else:
            first_at[e.key] = e
    if problems:
        raise ImportFailed(file_name, problems)
    keys = [e.key for e in entries]
    order = {k: i for i, k in enumerate(keys)}

    # ---- materials: own text per key, merged requests once each
    own: dict[str, list[str]] = {}
    requests: list[_Request] = []
    by_text: dict[tuple, _Request] = {}

    def add_request(req_keys: list[str], text: str, where: str) -> None:
        missing = [k for k in req_keys if k not in order]
        if missing:
            warnings.append(f"{where}：合并报送要求提到的第{'、'.join(missing)}项不在表中，已忽略这些编号。")
        req_keys = [k for k in req_keys if k in order]
        if not req_keys:
            return
        sig = (tuple(req_keys), text)
        if sig in by_text:
            return
        r = _Request(_request_id(req_keys, {x.id for x in requests}), req_keys, text)
        by_text[sig] = r
        requests.append(r)

    regions: dict[tuple, list[Entry]] = {}
    for i, e in enumerate(entries):
        if e.materials.strip():
            regions.setdefault(e.materials_region or ("row", i), []).append(e)
    for members in regions.values():
        own_text, reqs = split_materials(members[0].materials)
        member_keys = list(dict.fromkeys(m.key for m in members))
        if own_text and len(member_keys) > 1:
            add_request(member_keys, own_text, members[0].where)
        elif own_text:
            own.setdefault(member_keys[0], []).append(own_text)
        for req_keys, text in reqs:
            add_request(req_keys, text, members[0].where)

    request_items = {r.id: parse_items(_PREAMBLE.sub("", r.text), r.id, request=r.id) for r in requests}

    # ---- units: known names from every cell, so names printed without separators can be split
    known = prepare_known(n for e in entries for _, cell in e.unit_cells for n in split_names(cell))
    unit_sets: list[UnitSets] = []
    for e in entries:
        sets = UnitSets()
        for role, cell in e.unit_cells:
            parsed = parse_unit_text(cell, role, known)
            sets.add("units", parsed.units)
            sets.add("lead", parsed.lead)
            sets.add("assist", parsed.assist)
        unit_sets.append(sets)

    indicators: list[Indicator] = []
    for e, sets in zip(entries, unit_sets):
        mine = [r for r in requests if e.key in r.keys]
        own_text = "\n".join(own.get(e.key, []))
        items = parse_items(own_text, e.key) if own_text else []
        for r in mine:
            items.extend(request_items[r.id])
        shares = sorted({k for r in mine for k in r.keys} - {e.key}, key=order.__getitem__)
        indicators.append(Indicator(
            key=e.key, kind=e.kind, area=e.area, group=e.group, text=e.text,
            units=tuple(sets.units), lead_units=tuple(sets.lead), assist_units=tuple(sets.assist),
            materials="\n".join([t for t in [own_text] + [r.text for r in mine] if t]),
            items=tuple(items), onsite=any(i.onsite for i in items), shares_materials_with=tuple(shares),
        ))

    tokens = list(dict.fromkeys(t for s in unit_sets for t in s.all()))
    return Catalog(
        id=catalog_id, title=title, version="", kind=kind, source=source, levels=levels,
        indicators=indicators,
        units=[Unit(t) for t in tokens if not is_group(t)],
        groups=[Group(t) for t in tokens if is_group(t)],
        requests=[MaterialRequest(r.id, tuple(r.keys), r.text, tuple(request_items[r.id])) for r in requests],
        origin="file", area_notes=dict(area_notes or {}),
    )
