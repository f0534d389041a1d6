"""Builders for the Word and Excel files the import tests read: real files made with python-docx and openpyxl.

Nothing binary is checked in; every layout a test needs is made here, including
the awkward ones offices produce (merged cells, repeated header rows, spacer
rows, two indicators in one cell, title rows, several tables and sheets).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from desktop.core.catalog.model import Catalog

HEADER = ["一级指标", "二级指标", "三级指标", "责任单位", "具体资料报送"]
# Indicators the source prints two to a cell ("43 … 44 …"); they share units and materials.
PAIRS = (("43", "44"), ("45", "46"), ("57", "58"), ("59", "60"), ("86", "87"), ("88", "89"))


def _paragraphs(text: str) -> list[str]:
    """How a clerk types a materials cell: one paragraph per request, the list after "下列材料：" on its own line."""
    out: list[str] = []
    for part in text.split("\n"):
        head, sep, tail = part.partition("下列材料：")
        out.extend([head + sep, tail] if sep and tail else [part])
    return out


def set_cell(cell, text: str) -> None:
    lines = text.split("\n") if text else [""]
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _rows_of(cat: Catalog) -> list[dict]:
    """One dict per table row; paired indicators share a row."""
    second = {b: a for a, b in PAIRS}
    rows: list[dict] = []
    for ind in cat:
        if ind.key in second:
            continue
        partner = next((cat.indicator(b) for a, b in PAIRS if a == ind.key), None)
        number = ind.key[1:] if ind.kind in ("bonus", "veto") else ind.key
        text = f"{number} {ind.text}"
        if partner is not None:
            assert (partner.units, partner.materials, partner.group) == (ind.units, ind.materials, ind.group)
            text += f"\n{partner.key} {partner.text}"
        rows.append({"area": ind.area, "group": ind.group, "text": text, "units": "、".join(ind.units),
                     "materials": ind.materials, "keys": [ind.key] + ([partner.key] if partner else [])})
    return rows


def catalog_to_docx(cat: Catalog, path: Path, *, rows_per_page: int = 14) -> None:
    """The catalog as an office's Word table, with every layout the issue calls nasty.

    Title paragraphs above; the 一级/二级 cells merged down over their rows; the
    header row repeated at the top of every "page" (the 一级/二级 titles printed
    again there, as Word users do); an empty spacer row after each area; a
    second table starting at area 六 with its own header; a third table that
    continues the second without any header; a note paragraph below.
    """
    doc = Document()
    doc.add_paragraph("附件 1")
    doc.add_paragraph(cat.title)
    doc.add_paragraph("")
    rows = _rows_of(cat)
    split_at = next(i for i, r in enumerate(rows) if r["area"].startswith("六"))
    cont_at = next(i for i, r in enumerate(rows) if r["area"].startswith("九"))
    for chunk, with_header in ((rows[:split_at], True), (rows[split_at:cont_at], True), (rows[cont_at:], False)):
        table = doc.add_table(rows=0, cols=5)
        table.style = "Table Grid"
        if with_header:
            _header_row(table)
        page: list[tuple[dict, int]] = []  # rows written since the last page break or spacer
        for n, r in enumerate(chunk):
            if n and n % rows_per_page == 0:
                _merge_runs(table, page)
                _header_row(table)  # the header printed again at the top of the next page
            elif n and r["area"] != chunk[n - 1]["area"]:
                _merge_runs(table, page)
                table.add_row()  # an empty spacer row between areas
            row = table.add_row()
            set_cell(row.cells[2], r["text"])
            set_cell(row.cells[3], r["units"])
            set_cell(row.cells[4], "\n".join(_paragraphs(r["materials"])))
            page.append((r, len(table.rows) - 1))
        _merge_runs(table, page)
        doc.add_paragraph("")
    doc.add_paragraph("注：资料报送以实际下发通知为准。")
    doc.save(path)


def _header_row(table) -> None:
    for cell, h in zip(table.add_row().cells, HEADER):
        cell.text = h


def _merge_runs(table, page: list[tuple[dict, int]]) -> None:
    """Merge the 一级 and 二级 cells down over each run of rows with the same title (blank titles too)."""
    for col, same in ((0, lambda r: r["area"]), (1, lambda r: (r["area"], r["group"]))):
        i = 0
        while i < len(page):
            j = i
            while j + 1 < len(page) and same(page[j + 1][0]) == same(page[i][0]):
                j += 1
            top = table.cell(page[i][1], col)
            if j > i:
                top = top.merge(table.cell(page[j][1], col))
            set_cell(top, page[i][0]["area" if col == 0 else "group"])
            i = j + 1
    page.clear()


def catalog_to_xlsx(cat: Catalog, path: Path) -> None:
    """The catalog as an Excel sheet: a notes sheet first, a hidden scratch sheet, then the table.

    Title row merged across the top and a blank row before the header; a 序号
    column holding numbers (a few stored as text); paired indicators share one
    row with 序号 "43、44" and the two texts on separate lines; 一级/二级 merged
    down; line breaks inside the materials cells.
    """
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填表说明"
    notes["A1"] = "本表由依法治市办下发，请勿修改表头。"
    hidden = wb.create_sheet("草稿")
    hidden["A1"], hidden["B1"] = "三级指标", "责任单位"
    hidden["A2"], hidden["B2"] = "这张表是隐藏的", "不应导入"
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("任务分解")
    ws["A1"] = cat.title
    ws.merge_cells("A1:F1")
    header = ["序号"] + HEADER
    for c, h in enumerate(header, start=1):
        ws.cell(row=3, column=c, value=h)
    rows = _rows_of(cat)
    r0 = 4
    for n, r in enumerate(rows):
        excel_row = r0 + n
        keys = [k[1:] if k[0] in "BV" else k for k in r["keys"]]
        if len(keys) > 1:
            key_value = "、".join(keys)
            text = "\n".join(line.split(" ", 1)[1] for line in r["text"].split("\n"))
        else:
            key_value = int(keys[0]) if n % 7 else keys[0]  # numbers mostly as numbers, some as text
            text = r["text"].split(" ", 1)[1]
        ws.cell(row=excel_row, column=1, value=key_value)
        ws.cell(row=excel_row, column=4, value=text)
        ws.cell(row=excel_row, column=5, value="\n".join(r["units"].split("、")))
        cell = ws.cell(row=excel_row, column=6, value="\n".join(_paragraphs(r["materials"])) or None)
        cell.alignment = Alignment(wrap_text=True)
    for col, field in ((2, "area"), (3, "group")):
        i = 0
        while i < len(rows):
            j = i
            key = (rows[i]["area"], rows[i]["group"]) if col == 3 else rows[i]["area"]
            while j + 1 < len(rows) and ((rows[j + 1]["area"], rows[j + 1]["group"]) if col == 3 else rows[j + 1]["area"]) == key:
                j += 1
            ws.cell(row=r0 + i, column=col, value=rows[i][field] or None)
            if j > i:
                ws.merge_cells(start_row=r0 + i, start_column=col, end_row=r0 + j, end_column=col)
            i = j + 1
    wb.save(path)


def docx_with_table(path: Path, rows: list[list[str]], *, before: list[str] = (), after: list[str] = (),
                    merges: list[tuple[int, int, int, int]] = (), tables: list[list[list[str]]] = ()) -> None:
    """A Word file with one table (rows of cell texts, "\\n" for paragraphs) and cells merged as (r1, c1, r2, c2)."""
    doc = Document()
    for p in before:
        doc.add_paragraph(p)
    for spec in [rows, *tables]:
        width = max(len(r) for r in spec)
        table = doc.add_table(rows=len(spec), cols=width)
        for r, row in enumerate(spec):
            for c, text in enumerate(row):
                if text:
                    set_cell(table.cell(r, c), text)
        if spec is rows:
            for r1, c1, r2, c2 in merges:
                keep = table.cell(r1, c1).text
                merged = table.cell(r1, c1).merge(table.cell(r2, c2))
                set_cell(merged, keep)
    for p in after:
        doc.add_paragraph(p)
    doc.save(path)


def mark_repeat_header(path: Path, row: int = 0) -> None:
    """Set Word's "repeat as header row" on a row of the first table (w:tblHeader)."""
    doc = Document(path)
    tr = doc.tables[0].rows[row]._tr
    trpr = tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))
    assert trpr.find(qn("w:tblHeader")) is not None
    doc.save(path)


def docx_paragraphs(path: Path, lines: list[str]) -> None:
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(path)
