"""Reading indicator rows out of tables (Word, Excel, CSV alike): header, merged cells, sections, numbers.

Rules, in the order a row meets them:

* rows before the header row (titles) and repeats of the header row (Word
  prints it on every page) are skipped; so are empty spacer rows;
* a row that is one merged cell across the table is a section title:
  "一、…" starts an area, "（一）…"/"1. …"/"加分项" a group, "注：…" is a note;
* an empty 一级指标 cell means "same as above" (every indicator has an area);
  an empty 二级指标 cell means "no group" when the table merges cells in that
  column (the merge carries the title; the built-in catalog, too, gives a group
  only where the source prints one), and "same as above" when it merges none
  (CSV, or a clerk who never merges): both are how people lay tables out;
* the indicator number comes from the 序号 column, or from the start of the
  text ("43 重大行政决策…"); a cell with "43 … 44 …" holds two indicators that
  share the row's units and materials;
* rows under a 加分项/否决项 heading are bonus/veto items (B1, V1 …), numbered
  within their kind as the table numbers them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.catalog.importers import numbering
from desktop.core.catalog.importers.assemble import Entry
from desktop.core.catalog.importers.grid import Cell, Grid
from desktop.core.catalog.importers.headers import Header, expected_headers, find_header, headers_seen
from desktop.core.catalog.importers.problems import ImportFailed, NoIndicatorTable
from desktop.core.catalog.text import normalize

_NOTE = re.compile(r"^\s*(注|说明|备注|附注)\s*[0-9０-９一二三]?\s*[：:．.]")


@dataclass
class TableResult:
    entries: list[Entry]
    header: Header
    title_rows: list[str]  # texts above the header of the first indicator table (a sheet's title)


class _State:
    def __init__(self) -> None:
        self.area = ""
        self.group = ""
        self.counts = {"bonus": 0, "veto": 0}
        self.last: Entry | None = None
        self.last_text_region: tuple | None = None


def _kind_of(area: str, group: str, default: str) -> str:
    here = area + group
    if "加分" in here:
        return "bonus"
    if "否决" in here:
        return "veto"
    return default


def _section_kind(text: str) -> str | None:
    """"area" / "group" / "note" for a title row's text, None when it is not a title."""
    t = normalize(text)
    if _NOTE.match(t):
        return "note"
    if numbering.AREA.match(t) or "附加" in t[:6]:
        return "area"
    if numbering.PAREN_CN.match(t) or re.match(r"^\d{1,2}\s*[.．、]\s*\D", t) or t.rstrip("。") in ("加分项", "否决项"):
        return "group"
    return None


def read_tables(grids: list[Grid], *, file_name: str, default_kind: str | None, warnings: list[str]) -> TableResult:
    """Entries of every indicator table in the file, in order; ImportFailed when there is none."""
    headers: list[tuple[Grid, Header | None]] = [(g, find_header(g)) for g in grids]
    if not any(h for _, h in headers):
        shown = [f"{g.label}：{'；'.join(headers_seen(g)) or '（空）'}" for g in grids[:6]]
        found = ("文件中有 " + str(len(grids)) + " 个表格，开头几行是：\n    " + "\n    ".join(shown)) if grids else "文件中没有表格。"
        raise NoIndicatorTable(
            file_name, f"没有找到像指标表的表格。{found}",
            hint=expected_headers() + "。请改好表头后再导入。",
            en=f"{file_name}: no table with a recognisable indicator header.",
        )
    first_header = next(h for _, h in headers if h)
    kind = default_kind or ("task" if first_header.is_task_table else "indicator")
    merged_groups = _uses_merged_groups(headers)
    state = _State()
    entries: list[Entry] = []
    problems: list[str] = []
    title_rows: list[str] = []
    active: Header | None = None
    active_width = 0
    for grid, header in headers:
        if header is not None:
            active, active_width, start = header, grid.width, header.row + 1
            if not title_rows and not entries:
                title_rows = [t for r in range(header.row) if (t := _row_text(grid, r))]
        elif active is not None and grid.width == active_width:
            start = 0  # a continuation table: the page break split the table and dropped the header
        else:
            if any(not c.empty for row in grid.rows for c in row) and active is not None:
                warnings.append(f"{grid.label}不是指标表（表头不符），已跳过。")
            continue
        for r in range(start, len(grid.rows)):
            if r in grid.repeat_header_rows or active.matches(grid, r):
                continue
            _read_row(grid, r, active, state, entries, problems, warnings, kind, merged_groups)
    if problems:
        raise ImportFailed(file_name, problems)
    _number_unnumbered(entries, file_name, warnings)
    return TableResult(entries, first_header, title_rows)


def _row_text(grid: Grid, r: int) -> str:
    seen, parts = set(), []
    for c in grid.rows[r]:
        if not c.empty and c.region not in seen:
            seen.add(c.region)
            parts.append(normalize(c.text))
    return " ".join(parts)


def _uses_merged_groups(headers: list[tuple[Grid, Header | None]]) -> bool:
    """True when any 二级指标 cell is merged over several rows: then an empty one means "no group"."""
    for grid, h in headers:
        if h is None or "group" not in h.columns or not grid.merges_vertically:
            continue
        col = h.columns["group"]
        seen: set = set()
        for r in range(h.row + 1, len(grid.rows)):
            cell = grid.cell(r, col)
            if cell.region in seen and not cell.empty:
                return True
            seen.add(cell.region)
    return False


def _get(grid: Grid, r: int, h: Header, role: str) -> Cell | None:
    col = h.columns.get(role)
    return grid.cell(r, col) if col is not None else None


def _read_row(grid: Grid, r: int, h: Header, st: _State, entries: list[Entry], problems: list[str],
              warnings: list[str], default_kind: str, merged_groups: bool) -> None:
    where = grid.where(r)
    row = grid.rows[r]
    filled = [c for c in row if not c.empty]
    if not filled:
        return  # a spacer row
    regions = {c.region for c in filled}
    cells = {role: _get(grid, r, h, role) for role in h.columns}
    text_cell = cells.get("text")
    # A title row: one merged cell across (most of) the table.
    if len(regions) == 1 and sum(1 for c in row if c.region == filled[0].region) >= 2 \
            and (text_cell is None or text_cell.region == filled[0].region):
        _section(normalize(filled[0].text), st, where, warnings)
        return
    area_cell, group_cell = cells.get("area"), cells.get("group")
    if area_cell is not None and not area_cell.empty:
        area = numbering.tidy_title(area_cell.text)
        if area != st.area:
            st.area, st.group = area, ""
    if group_cell is not None and (area_cell is None or group_cell.region != area_cell.region):
        if not group_cell.empty:
            st.group = numbering.tidy_title(group_cell.text)
        elif merged_groups:
            st.group = ""
    text = text_cell.text if text_cell is not None else ""
    key_cell = cells.get("key")
    key_text = key_cell.text.strip() if key_cell is not None and key_cell.region != getattr(text_cell, "region", None) else ""
    unit_cells = [(role, cells[role].text) for role in ("units", "lead", "assist")
                  if cells.get(role) is not None and not cells[role].empty]
    mat_cell = cells.get("materials")
    materials = mat_cell.text if mat_cell is not None and not mat_cell.empty else ""
    # A row continuing the indicator above (its text cell merged down): more units or materials for it.
    if text_cell is not None and not text_cell.empty and text_cell.region == st.last_text_region and st.last:
        if unit_cells:
            st.last.unit_cells.extend(c for c in unit_cells if c not in st.last.unit_cells)
        if materials and normalize(materials) not in normalize(st.last.materials):
            st.last.materials = (st.last.materials + "\n" + materials).strip("\n")
        return
    if not text.strip():
        if key_text and not unit_cells and not materials and numbering.chinese_number(key_text.strip("、.．（）()")):
            return  # "一" in the 序号 column of an area row whose title sits in the 一级 column
        has = [f"编号“{key_text}”"] * bool(key_text) + ["责任单位"] * bool(unit_cells) + ["材料"] * bool(materials)
        if has:
            problems.append(f"{where}：这一行有{'、'.join(has)}，但指标内容是空的。请补上指标内容，或删除这一行。")
        return
    if not key_text and not unit_cells and not materials:
        kind = _section_kind(text)
        if kind in ("area", "group", "note") and not numbering.leading_key(text)[0]:
            _section(normalize(text), st, where, warnings)
            return
    if key_text and numbering.chinese_number(key_text.strip("、.．（）()")) and not unit_cells and not materials:
        # "一" / "（一）" in the 序号 column and the title in the text column: an area or group title row
        number = key_text if key_text.startswith(("（", "(")) else key_text.rstrip("、.．") + "、"
        _section(number + normalize(text), st, where, warnings)
        return
    parts = _split_keys(key_text, text, where, problems)
    if parts is None:
        return
    kind = _kind_of(st.area, st.group, default_kind)
    for key, part in parts:
        if kind in ("bonus", "veto"):
            st.counts[kind] += 1
            key = ("B" if kind == "bonus" else "V") + (key.split(".")[-1] if key else str(st.counts[kind]))
        e = Entry(key=key, text=normalize(part), kind=kind, area=st.area, group=st.group, where=where,
                  unit_cells=list(unit_cells), materials=materials,
                  materials_region=mat_cell.region if mat_cell is not None and materials else None)
        entries.append(e)
        st.last = e
    st.last_text_region = text_cell.region if text_cell is not None else None


def _section(text: str, st: _State, where: str, warnings: list[str]) -> None:
    kind = _section_kind(text)
    if kind == "area":
        st.area, st.group = numbering.tidy_title(text), ""
    elif kind == "group":
        st.group = numbering.tidy_title(text)
    else:
        warnings.append(f"{where}：“{text[:40]}”不是指标，已略过。")


def _split_keys(key_text: str, text: str, where: str, problems: list[str]) -> list[tuple[str | None, str]] | None:
    """[(key, text)] for one row: the 序号 column and any numbers that open the text, checked against each other."""
    given = numbering.key_numbers(key_text) if key_text else []
    if key_text and not given and not re.search(r"加分|否决", key_text):
        problems.append(f"{where}：序号“{key_text}”不是数字。请在序号列只填编号。")
        return None
    lead, _rest = numbering.leading_key(text)
    if not given:
        return numbering.split_numbered(text) if lead else [(None, text)]
    if lead == given[0]:
        parts = numbering.split_numbered(text)
        if len(given) > 1 and [k for k, _ in parts] != given:
            problems.append(f"{where}：序号写的是“{key_text}”，但指标内容里的编号是"
                            f"“{'、'.join(k or '？' for k, _ in parts)}”。请让两者一致。")
            return None
        return parts
    if len(given) == 1:
        return [(given[0], text)]
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) == len(given):
        return list(zip(given, paragraphs))
    problems.append(f"{where}：序号“{key_text}”有 {len(given)} 个编号，但指标内容分不出 {len(given)} 段。"
                    "请把每项指标放在单独一行，或在内容里每项前写上编号。")
    return None


def _number_unnumbered(entries: list[Entry], file_name: str, warnings: list[str]) -> None:
    """A table without any numbers is numbered 1, 2, 3… in row order; a table numbering only some rows is an error."""
    plain = [e for e in entries if e.kind not in ("bonus", "veto")]
    missing = [e for e in plain if e.key is None]
    if not missing:
        return
    if len(missing) == len(plain):
        for n, e in enumerate(plain, start=1):
            e.key = str(n)
        warnings.append(f"表中没有指标编号，已按行的顺序编为 1–{len(plain)}。")
        return
    raise ImportFailed(file_name, [f"{e.where}：这一行没有指标编号（其他行都有）。请补上序号。" for e in missing])
