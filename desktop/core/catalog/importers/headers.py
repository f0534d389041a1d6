"""Recognising an indicator table by its header row, whatever each office calls the columns.

Only synonyms that mean the same thing in these tables are mapped; a header
we do not know is reported with the names we do know, so a clerk can rename
the column instead of guessing why nothing was imported. Columns that are
known but carry nothing we store (分值, 评分标准, 备注…) are skipped quietly.
"""

from __future__ import annotations

import re

from desktop.core.catalog.importers.grid import Grid
from desktop.core.catalog.text import squash

# Most specific first: "牵头责任单位" is a lead column, not a units column.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "lead": ("牵头单位", "牵头部门", "牵头责任单位"),
    "assist": ("配合单位", "配合部门", "协办单位", "参与单位", "协同单位"),
    "materials": ("具体资料报送", "资料报送", "佐证材料", "佐证资料", "报送材料", "报送资料", "印证材料", "印证资料",
                  "材料清单", "证明材料", "需提供材料", "需提供的材料", "提供材料"),
    "units": ("责任单位", "责任部门", "责任主体", "主责单位", "责任处室"),
    "area": ("一级指标", "一级"),
    "group": ("二级指标", "二级"),
    "text": ("三级指标", "指标内容", "考核内容", "评价内容", "三级", "工作任务", "重点任务", "具体任务", "任务内容",
             "主要任务", "工作内容", "工作措施", "具体措施", "任务措施"),
    "key": ("序号", "编号", "指标序号", "指标编号", "任务序号", "任务编号", "序", "no", "no."),
}
# Headers that plainly belong to such tables but hold nothing the catalog keeps.
IGNORED = ("分值", "分数", "评分标准", "评分细则", "评分办法", "考核方式", "考核办法", "完成时限", "完成时间", "时间节点",
           "时限", "备注", "说明", "自评", "得分", "扣分", "进展情况", "完成情况")
TASK_HEADERS = ("工作任务", "重点任务", "具体任务", "任务内容", "主要任务", "工作内容", "工作措施", "具体措施", "任务措施")
ROLE_ZH = {"key": "序号", "area": "一级指标", "group": "二级指标", "text": "三级指标（指标内容）", "units": "责任单位",
           "lead": "牵头单位", "assist": "配合单位", "materials": "具体资料报送"}


def _clean(header: str) -> str:
    h = squash(header).lower()
    return re.sub(r"[（(][^）)]*[）)]$", "", h) or h  # "责任单位（牵头单位在前）" → "责任单位"


def classify(header: str) -> str | None:
    """The role of a column from its header text: a key of SYNONYMS, "ignore", or None (not recognised)."""
    h = _clean(header)
    if not h:
        return None
    for role, names in SYNONYMS.items():
        if h in names:
            return role
    for role, names in SYNONYMS.items():
        if any(len(n) >= 2 and n in h for n in names if n not in ("序", "no", "no.")):
            return role
    if any(n in h for n in IGNORED):
        return "ignore"
    return None


class Header:
    """Where the header row is and which column holds what."""

    def __init__(self, row: int, roles: dict[int, str], labels: dict[int, str]):
        self.row = row
        self.roles = roles  # column → role (first column of each role wins)
        self.labels = labels  # column → header text as printed
        self.columns = {role: col for col, role in sorted(roles.items(), reverse=True)}

    @property
    def is_task_table(self) -> bool:
        col = self.columns.get("text")
        return col is not None and _clean(self.labels[col]) in TASK_HEADERS

    def matches(self, grid: Grid, r: int) -> bool:
        """True for a repeat of this header row (Word tables repeat it on every page)."""
        text_cell = grid.cell(r, self.columns["text"])
        if len(text_cell.text) > 24 or classify(text_cell.text) != "text":
            return False  # the common case, decided without looking at the other cells
        found = _roles_of_row(grid, r)[0]
        return bool(found) and all(found.get(c) == role for c, role in self.roles.items() if role != "ignore")


def _roles_of_row(grid: Grid, r: int) -> tuple[dict[int, str], dict[int, str]]:
    roles: dict[int, str] = {}
    labels: dict[int, str] = {}
    seen_regions: set = set()
    taken: set[str] = set()
    for c, cell in enumerate(grid.rows[r]):
        if cell.empty or cell.region in seen_regions:
            continue
        seen_regions.add(cell.region)
        role = classify(cell.text)
        if role is None:
            continue
        if role != "ignore":
            if role in taken:
                continue
            taken.add(role)
        roles[c] = role
        labels[c] = cell.text.strip()
    return roles, labels


def find_header(grid: Grid, scan_rows: int = 12) -> Header | None:
    """The header row among the first rows: it names the text column and at least one other known column."""
    best: Header | None = None
    for r in range(min(scan_rows, len(grid.rows))):
        roles, labels = _roles_of_row(grid, r)
        useful = {v for v in roles.values() if v != "ignore"}
        if "text" not in useful or len(useful) < 2:
            continue
        if best is None or len(useful) > len({v for v in best.roles.values() if v != "ignore"}):
            best = Header(r, roles, labels)
    return best


def headers_seen(grid: Grid, rows: int = 3) -> list[str]:
    """The texts of the first non-empty rows, for an error message that shows what the table's header says."""
    out: list[str] = []
    for r in range(len(grid.rows)):
        cells = [c.text.strip().replace("\n", "") for c in grid.rows[r] if not c.empty]
        if cells:
            out.append("｜".join(dict.fromkeys(cells)))
        if len(out) >= rows:
            break
    return out


def expected_headers() -> str:
    return ("表头应包含指标内容列（" + "、".join(SYNONYMS["text"][:4]) + "），以及下列之一：序号、一级指标、二级指标、"
            + "/".join(SYNONYMS["units"][:2]) + "、牵头单位、配合单位、" + "/".join(SYNONYMS["materials"][:5]))
