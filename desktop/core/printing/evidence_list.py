"""The evidence list (印证资料清单) as an Excel workbook: one row per enclosed file, ready to print.

Reviewers sort and filter it, so every value sits in its own typed cell (page
counts as numbers, dates as dates); it prints landscape on A4, one page wide,
with the header row repeated and "第 x 页 共 y 页" in the footer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from desktop.core.printing.labels import PROBLEM_NOTES, chinese_date, group_label, item_label
from desktop.core.printing.model import EvidenceGroup, PrintContext, RenderResult, files_for_item
from desktop.core.printing.output import atomic_output

COLUMNS = [  # (header, width in characters)
    ("序号", 6), ("指标", 14), ("材料要求", 40), ("材料名称", 24), ("文件名", 28), ("页数", 7), ("资料日期", 12),
    ("SHA-256", 50), ("备注", 24),
]


def evidence_rows(ctx: PrintContext, groups: Sequence[EvidenceGroup],
                  measured: dict[int, tuple[int, str, str]] | None = None) -> list[list]:
    """The table as values: one row per file, in binder order. ``measured``: id(file) → (pages, sha256, problem)."""
    rows: list[list] = []
    for g in groups:
        label = group_label(ctx.catalog, g.keys)
        per_item, other = files_for_item(g, ctx.catalog)
        for item, files in [*per_item, (None, other)]:
            for f in files:
                date = f.evidence_date
                if isinstance(date, str):
                    try:
                        date = dt.date.fromisoformat(date)
                    except ValueError:
                        pass
                n_pages, sha, problem = (measured or {}).get(id(f), (f.pages, f.sha256, ""))
                note = "；".join(x for x in (f.note, PROBLEM_NOTES.get(problem, "")) if x)
                rows.append([len(rows) + 1, label, item_label(item) if item else "其他材料", f.label, f.name,
                             n_pages, date, sha or "", note])
    return rows


def _lines(values: list) -> int:
    """Wrapped lines of the tallest cell: spreadsheet programs do not grow rows for wrapped text on their own."""
    import math
    import unicodedata

    most = 1
    for (header, width), value in zip(COLUMNS, values):
        if header == "SHA-256" or value is None:
            continue
        text = str(value)
        units = sum(2.1 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)
        most = max(most, math.ceil(units / max(width - 1, 1)))
    return most


def sheet_print_setup(ws, columns: int, header_left: str = "") -> None:
    """A table sheet with a title (rows 1–2) and a header (row 3): frozen, filtered, printed landscape one page wide."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:{get_column_letter(columns)}{max(ws.max_row, 3)}"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.7
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    if header_left:
        ws.oddHeader.left.text = header_left


def write_evidence_list(ctx: PrintContext, groups: Sequence[EvidenceGroup], out_path: Path | str, *,
                        title: str | None = None, measure: bool = True, converter="auto") -> RenderResult:
    """Write the workbook. With ``measure`` the page counts and SHA-256 are taken as the binder takes them."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    measured = None
    if measure:
        from desktop.core.printing.binder import measure_files

        measured = measure_files(ctx, groups, converter=converter)
    rows = evidence_rows(ctx, groups, measured)

    wb = Workbook()
    ws = wb.active
    ws.title = "印证资料清单"
    title = title or f"{ctx.unit}法治政府建设示范创建印证资料清单"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    ws["A1"].font = Font(name="黑体", size=16)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    ws.append([f"{ctx.catalog.title}　报送日期：{chinese_date(ctx.date)}　联系人：{ctx.contact}　电话：{ctx.phone}"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(COLUMNS))
    ws["A2"].font = Font(name="宋体", size=10)
    ws.append([h for h, _w in COLUMNS])
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, (_h, width) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=3, column=col)
        cell.font = Font(name="黑体", size=11)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        ws.column_dimensions[get_column_letter(col)].width = width
    for values in rows:
        ws.append(values)
        r = ws.max_row
        for col in range(1, len(COLUMNS) + 1):
            cell = ws.cell(row=r, column=col)
            cell.border = border
            cell.font = Font(name="Consolas" if COLUMNS[col - 1][0] == "SHA-256" else "宋体",
                             size=8 if COLUMNS[col - 1][0] == "SHA-256" else 10.5)
            centered = COLUMNS[col - 1][0] in ("序号", "页数", "资料日期")
            cell.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if centered else None)
        ws.row_dimensions[r].height = 14.5 * _lines(values) + 3
        date_cell = ws.cell(row=r, column=7)
        if isinstance(date_cell.value, dt.date):
            date_cell.number_format = "yyyy-mm-dd"
    sheet_print_setup(ws, len(COLUMNS), ctx.unit)
    wb.properties.title, wb.properties.creator = title, ctx.unit
    with atomic_output(out_path) as tmp:
        wb.save(str(tmp))
    return RenderResult(Path(out_path), 0)

