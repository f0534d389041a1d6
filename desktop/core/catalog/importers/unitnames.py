"""Responsible units as written in tables and plans: splitting, 牵头/配合, "A、B等市级有关部门", groups vs. units.

A token names a *group* (a class of units that each unit decides it belongs
to), not one unit, when it says so in its words: it starts with 各/全市/全区/全县/
所有, contains 有关, 相关 or 各, or ends in a class word — 成员单位, 承办单位,
工作部门, 执法部门/执法单位/执法机关 ("区政府有关部门", "各镇街",
"市应急委成员单位", "重大行政决策承办单位", "政府工作部门"). Every other token is a unit
name, kept as printed. The rule errs towards "group": a group a unit wrongly
claims costs a look; a unit wrongly treated as a group only shows up when the
unit declares it, which the roster makes visible.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core.catalog.text import normalize

_GROUP = re.compile(r"^(各|全市|全区|全县|全镇|所有)|有关|相关|各|(成员单位|承办单位|工作部门|执法部门|执法单位|执法机关)$")

# Labels that introduce a unit list, mapped to where the names go.
LABELS = {
    "责任单位": "units", "责任部门": "units", "责任主体": "units", "主责单位": "units", "责任处室": "units",
    "牵头单位": "lead", "牵头部门": "lead", "牵头责任单位": "lead",
    "配合单位": "assist", "配合部门": "assist", "协办单位": "assist", "参与单位": "assist", "协同单位": "assist",
}
_LABEL_ALT = "|".join(sorted(LABELS, key=len, reverse=True))
LABEL_RE = re.compile(rf"({_LABEL_ALT})\s*[：:]")
_SEP = re.compile(r"[\s、，,；;/／]+")
_ROLE_MARK = re.compile(r"[（(]\s*(牵头|配合|协办|参与)\s*[）)]$")


def is_group(token: str) -> bool:
    return bool(_GROUP.search(token))


@dataclass
class UnitSets:
    units: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    assist: list[str] = field(default_factory=list)

    def add(self, where: str, names: Iterable[str]) -> None:
        target = getattr(self, where)
        for n in names:
            if n and n not in target:
                target.append(n)

    def __bool__(self) -> bool:
        return bool(self.units or self.lead or self.assist)

    def all(self) -> list[str]:
        return list(dict.fromkeys(self.units + self.lead + self.assist))


def prepare_known(names: Iterable[str]) -> frozenset[str]:
    """Known names as ``split_names`` compares them; prepare once when splitting many cells."""
    return frozenset(normalize(k).replace(" ", "") for k in names if k)


def split_names(text: str, known: Iterable[str] = ()) -> list[str]:
    """Unit names in a list ("市司法局、市财政局等市级有关部门" → three tokens), in order, without repeats.

    A chunk printed without separators is split into known names only when it
    is made entirely of them ("市审批服务管理局各工作部门"), so a name that merely
    starts with a shorter known one ("市政府办公室" vs "市政府") stays whole.
    """
    known_set = known if isinstance(known, frozenset) else prepare_known(known)
    out: list[str] = []
    for chunk in _SEP.split(text or ""):  # split before normalising: a line break between names separates them
        chunk = normalize(chunk).strip("。．.:：")
        if not chunk:
            continue
        for piece in _split_deng(chunk):
            for name in _segment(piece, known_set) if piece not in known_set else [piece]:
                if name not in out:
                    out.append(name)
    return out


def _split_deng(chunk: str) -> list[str]:
    """"市政务服务局等市级有关部门" → ["市政务服务局", "市级有关部门"]; only when what follows 等 is a group."""
    m = re.match(r"^(.+?)等(.+)$", chunk)
    if m and is_group(m.group(2)) and not is_group(m.group(1)):
        return [m.group(1), m.group(2)]
    return [chunk]


def _segment(chunk: str, known: set[str]) -> list[str]:
    if len(known) == 0 or len(chunk) < 4:
        return [chunk]
    best: dict[int, list[str]] = {0: []}
    for i in range(len(chunk)):
        if i not in best:
            continue
        for name in known:
            if chunk.startswith(name, i):
                j = i + len(name)
                if j not in best or len(best[j]) > len(best[i]) + 1:
                    best[j] = best[i] + [name]
    whole = best.get(len(chunk))
    return whole if whole and len(whole) > 1 else [chunk]


def parse_unit_text(text: str, default: str = "units", known: Iterable[str] = ()) -> UnitSets:
    """Names in a 责任单位 cell or clause, with 牵头单位：…；配合单位：… parts and "（牵头）" marks kept apart."""
    sets = UnitSets()
    text = unicodedata.normalize("NFC", text or "").replace("\r", "").strip()
    if not text:
        return sets
    labels = list(LABEL_RE.finditer(text))
    spans: list[tuple[str, str]] = []
    if not labels:
        spans.append((default, text))
    else:
        if labels[0].start() > 0:
            spans.append((default, text[: labels[0].start()]))
        for i, m in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
            spans.append((LABELS[m.group(1)], text[m.end():end]))
    for where, part in spans:
        for name in split_names(part, known):
            mark = _ROLE_MARK.search(name)
            if mark:
                name = name[: mark.start()]
                where_here = "lead" if mark.group(1) == "牵头" else "assist"
            else:
                where_here = where
            sets.add(where_here, [name])
    return sets


# A units clause inside a plan's text: 〔责任单位：…〕 (any bracket, full- or half-width) or a bare
# "责任单位：…" that runs to the end of the paragraph.
_FAMILIES = [("〔【[［", "〕】]］"), ("（(", "）)")]


def _closing(text: str, start: int, opener: str) -> int | None:
    """Index of the bracket closing ``opener`` at ``start``, counting nested brackets of its family."""
    opens, closes = next(f for f in _FAMILIES if opener in f[0])
    depth = 0
    for i in range(start, len(text)):
        if text[i] in opens:
            depth += 1
        elif text[i] in closes:
            depth -= 1
            if depth == 0:
                return i
    return None


def find_unit_clause(text: str) -> tuple[str, str] | None:
    """(text without the clause, the clause) when the paragraph carries a units clause, else None."""
    for m in LABEL_RE.finditer(text):
        i = m.start()
        while i > 0 and text[i - 1] in " \t\u3000":
            i -= 1
        before = text[i - 1] if i > 0 else ""
        if before and any(before in f[0] for f in _FAMILIES):
            end = _closing(text, i - 1, before)
            if end is not None:
                clause = text[m.start():end]
                return (text[: i - 1] + text[end + 1:]).strip(), clause
        if not before or before in "。；;！？!?\n":
            return text[:i].strip(), text[m.start():].strip()
    return None
