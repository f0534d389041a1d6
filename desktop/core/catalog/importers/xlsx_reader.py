"""Excel (.xlsx): every visible sheet as a grid, merged ranges resolved into regions.

All visible sheets are read; the caller imports every sheet whose header is an
indicator table, in sheet order (a workbook that splits the table over sheets,
one per area, imports whole). Hidden sheets are skipped: they are usually
lookup lists nobody meant to publish. Numbers stored as numbers come back as
the text Excel shows ("43", not "43.0").
"""

from __future__ import annotations

import datetime as dt
import warnings as _warnings
import zipfile
from pathlib import Path

from desktop.core.catalog.importers.grid import Cell, Grid
from desktop.core.catalog.importers.problems import ImportFailed

MAX_SHEET_XML = 60 * 1024 * 1024  # uncompressed worksheets + shared strings
MAX_ROWS, MAX_COLS = 20000, 60


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%Y-%m-%d")
    return str(value).replace("\r\n", "\n").replace("\r", "\n").replace("_x000D_", "")


def read_xlsx(path: Path, warnings: list[str]) -> list[Grid]:
    import openpyxl  # imported here: a CSV or Word import should not pay for it

    try:
        with zipfile.ZipFile(path) as z:
            size = sum(i.file_size for i in z.infolist()
                       if i.filename.startswith("xl/worksheets/") or i.filename == "xl/sharedStrings.xml")
    except (zipfile.BadZipFile, OSError) as e:
        raise ImportFailed(path.name, f"文件已损坏，无法打开（{type(e).__name__}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。") from None
    if size > MAX_SHEET_XML:
        raise ImportFailed(path.name, f"工作簿的表格内容过大（约 {size // 1024 // 1024} MB），不像是指标表。"
                           "请只保留指标表所在的工作表后另存再导入。")
    try:
        with _warnings.catch_warnings():
            _warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it drops; they do not matter here
            wb = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except Exception as e:  # openpyxl raises many types for damaged or unusual files
        raise ImportFailed(path.name, f"无法读取这个 Excel 文件（{type(e).__name__}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。") from None
    grids: list[Grid] = []
    try:
        for ws in wb.worksheets:
            if ws.sheet_state != "visible":
                warnings.append(f"隐藏的工作表“{ws.title}”未读取。")
                continue
            grids.append(_grid(ws))
    finally:
        wb.close()
    return grids


def _grid(ws) -> Grid:
    max_row, max_col = min(ws.max_row or 0, MAX_ROWS), min(ws.max_column or 0, MAX_COLS)
    values = [[_text(v) for v in row] for row in ws.iter_rows(min_row=1, max_row=max_row, max_col=max_col, values_only=True)]
    # Trim trailing empty rows and columns (formatting alone makes Excel report a larger sheet).
    while values and not any(v.strip() for v in values[-1]):
        values.pop()
    width = max((max((i + 1 for i, v in enumerate(row) if v.strip()), default=0) for row in values), default=0)
    rows = [[Cell(v, (ws.title, r, c)) for c, v in enumerate(row[:width])] for r, row in enumerate(values)]
    for rng in ws.merged_cells.ranges:
        top = Cell(values[rng.min_row - 1][rng.min_col - 1] if rng.min_row <= len(values) and rng.min_col <= width else "",
                   (ws.title, rng.min_row - 1, rng.min_col - 1))
        for r in range(rng.min_row - 1, min(rng.max_row, len(rows))):
            for c in range(rng.min_col - 1, min(rng.max_col, width)):
                rows[r][c] = top
    return Grid(label=f"工作表“{ws.title}”", rows=rows, row_labels=[f"第{r + 1}行" for r in range(len(rows))])
