"""Catalog import: a 100-row Word table (and Excel, CSV, a prose plan), against reading the same file plainly."""

from __future__ import annotations

import sys
from pathlib import Path

from benchlib import Context, python, table

TITLE = "Catalog import (catalog import)"

ROOT = Path(__file__).resolve().parents[1]


def _rows(n: int) -> list[list[str]]:
    """n realistic rows: the built-in catalog's texts, units and materials, repeated with new numbers."""
    sys.path.insert(0, str(ROOT))
    from desktop.core.catalog import load

    base = [i for i in load("jincheng-2022") if i.kind == "indicator"]
    rows = []
    for k in range(n):
        ind = base[k % len(base)]
        rows.append([str(k + 1), ind.area, ind.group, ind.text, "、".join(ind.units), ind.materials])
    return rows


HEADER = ["序号", "一级指标", "二级指标", "三级指标", "责任单位", "具体资料报送"]


def make_docx(path: Path, n: int) -> None:
    """A Word table as offices send it: title paragraphs, 一级/二级 merged down, the header repeated every 15 rows."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("附件 1")
    doc.add_paragraph("某市法治政府建设示范指标体系任务分解")
    rows = _rows(n)
    t = doc.add_table(rows=0, cols=6)
    t.style = "Table Grid"

    row_cells: list = []  # cells of each table row, kept: table.cell() rebuilds the whole grid on every call

    def add(values):
        cells = t.add_row().cells
        row_cells.append(cells)
        for c, v in zip(cells, values):
            lines = v.split("\n") if v else [""]
            c.text = lines[0]
            for line in lines[1:]:
                c.add_paragraph(line)

    add(HEADER)
    run: list[int] = []  # table rows of the current run of one 一级/二级 title on this page

    def close_run():
        if run:
            for c in (1, 2):
                top = row_cells[run[0]][c]
                if len(run) > 1:
                    top = top.merge(row_cells[run[-1]][c])  # one merge per run: python-docx merges are not cheap
                top.text = rows_by_table_row[run[0]][c]
            run.clear()

    rows_by_table_row: dict[int, list[str]] = {}
    for k, r in enumerate(rows):
        if k and k % 15 == 0:
            close_run()
            add(HEADER)
        elif run and rows_by_table_row[run[0]][1:3] != r[1:3]:
            close_run()
        add(["" if c in (1, 2) else v for c, v in enumerate(r)])
        rows_by_table_row[len(row_cells) - 1] = r
        run.append(len(row_cells) - 1)
    close_run()
    doc.save(path)


def make_xlsx(path: Path, n: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某市法治政府建设示范指标体系任务分解"])
    ws.append(HEADER)
    for r in _rows(n):
        ws.append([int(r[0])] + r[1:])
    wb.save(path)


def make_csv(path: Path, n: int) -> None:
    import csv

    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(_rows(n))


def run(ctx: Context) -> str:
    sys.path.insert(0, str(ROOT))
    from docx import Document

    from desktop.core.catalog.importers import import_file

    d = ctx.tmpdir("import")
    sizes = [100] if ctx.quick else [100, 1000]
    out = []
    for n in sizes:
        docx, xlsx, csvf = d / f"table-{n}.docx", d / f"table-{n}.xlsx", d / f"table-{n}.csv"
        make_docx(docx, n)
        make_xlsx(xlsx, n)
        make_csv(csvf, n)
        assert len(import_file(docx).catalog) == n

        def plain_python_docx():
            doc = Document(str(docx))
            for t in doc.tables:
                for row in t.rows:
                    for cell in row.cells:
                        _ = cell.text

        timings = [
            ctx.time_py(f"import {n}-row .docx (in process)", lambda: import_file(docx)),
            ctx.time_py(f"python-docx: open + read every cell ({n} rows)", plain_python_docx),
            ctx.time_py(f"import {n}-row .xlsx (in process)", lambda: import_file(xlsx)),
            ctx.time_py(f"import {n}-row .csv (in process)", lambda: import_file(csvf)),
            ctx.time_cmd(f"evidence-desk catalog import {n}-row .docx --json (new process)",
                         [python(), "-m", "desktop", "catalog", "import", str(docx), "--json"], cwd=ROOT),
        ]
        if ctx.have("soffice") and n == 100:
            lo = d / "lo"
            timings.append(ctx.time_cmd(
                "LibreOffice headless: .docx → .txt (peer, new process)",
                ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{lo}", "--convert-to", "txt",
                 "--outdir", str(d / "lo-out"), str(docx)], repeats=1 if ctx.quick else 3))
        out.append(f"### {n} rows ({docx.stat().st_size // 1024} KB .docx)\n\n"
                   + table(timings, baseline=f"import {n}-row .docx (in process)"))
    seed = ROOT / "tests" / "data" / "shenzhen-indicator-system.txt"
    plan = [ctx.time_py("import the Shenzhen indicator system (.txt, 114 items)", lambda: import_file(seed))]
    out.append("### Plain-text documents\n\n" + table(plan))
    return "\n".join(out)
