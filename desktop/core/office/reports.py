"""The office's documents: the missing-material list per unit (催报清单, .docx and .xlsx) and the summary workbook.

Built with the printing module's habits: the Word file names the fonts Chinese
offices have (with fallbacks in its font table) and follows GB/T 9704's margins and
page numbers; workbooks have typed cells, a frozen header, a filter and a print setup
(landscape A4, one page wide, the header repeated, "第 &P 页 共 &N 页"). Every file is
written to a temporary name and renamed when complete.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from pathlib import Path

from desktop.core.office.assessment import ChaseRow, SelfAssessment, chase_rows, self_assessment
from desktop.core.office.model import REVIEW_STATE_LABELS, STATE_LABELS, Matrix
from desktop.core.printing.evidence_list import sheet_print_setup
from desktop.core.printing.labels import chinese_date
from desktop.core.printing.output import atomic_output

# ---------------------------------------------------------------- spreadsheets


def _lines(values, widths) -> int:
    most = 1
    for value, width in zip(values, widths):
        if value is None:
            continue
        lines = 0
        for para in str(value).split("\n"):
            units = sum(2.1 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in para)
            lines += max(1, math.ceil(units / max(width - 1, 1)))
        most = max(most, lines)
    return most


def _sheet(wb, title: str, heading: str, subheading: str, columns: list[tuple[str, int]], rows: list[list],
           *, centered: tuple[str, ...] = (), first: bool = False, header_left: str = ""):
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    n = len(columns)
    ws.append([heading])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A1"].font = Font(name="黑体", size=16)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    ws.append([subheading])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    ws["A2"].font = Font(name="宋体", size=10)
    ws.append([h for h, _w in columns])
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [w for _h, w in columns]
    for col, (_h, width) in enumerate(columns, start=1):
        cell = ws.cell(row=3, column=col)
        cell.font = Font(name="黑体", size=11)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        ws.column_dimensions[get_column_letter(col)].width = width
    for values in rows:
        ws.append(values)
        r = ws.max_row
        for col in range(1, n + 1):
            cell = ws.cell(row=r, column=col)
            cell.border = border
            cell.font = Font(name="宋体", size=10.5)
            center = columns[col - 1][0] in centered
            cell.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if center else None)
            if isinstance(cell.value, float):
                cell.number_format = "0.0#"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
        ws.row_dimensions[r].height = 14.5 * _lines(values, widths) + 3
    sheet_print_setup(ws, n, header_left)
    return ws


def _date(value: str | None):
    try:
        return dt.datetime.fromisoformat(value).date() if value else None
    except ValueError:
        return value


def _save(wb, out: Path, title: str, creator: str) -> Path:
    wb.properties.title, wb.properties.creator = title, creator
    with atomic_output(out) as tmp:
        wb.save(str(tmp))
    return Path(out)


CHASE_COLUMNS = [("序号", 6), ("指标", 10), ("指标内容", 44), ("报送情况", 10), ("还缺的资料", 44), ("审核意见", 30)]


def _chase_values(rows: list[ChaseRow], text_chars: int | None = None) -> list[list]:
    from desktop.core.printing.labels import clip

    out = []
    for n, r in enumerate(rows, start=1):
        missing = "\n".join(r.missing)
        if r.pending_files:
            missing += f"\n（另有 {r.pending_files} 个文件已报送、尚未收到，请补发相应分卷）"
        text = clip(r.text, text_chars) if text_chars else r.text
        out.append([n, r.label, text, r.state_label, missing.strip(), r.review_comment])
    return out


def write_chase_xlsx(office, unit: str, out: Path | str, *, today: dt.date | None = None,
                     matrix: Matrix | None = None) -> Path:
    from openpyxl import Workbook

    unit = office.require_unit(unit)
    rows = chase_rows(matrix or office.matrix(), office.catalog, unit)
    today = today or dt.date.today()
    wb = Workbook()
    title = f"{unit}印证资料催报清单"
    _sheet(wb, "催报清单", title, f"{office.catalog.title}　截至 {chinese_date(today)}　共 {len(rows)} 项　{office.office_name}",
           CHASE_COLUMNS, _chase_values(rows), centered=("序号", "指标", "报送情况"), first=True, header_left=unit)
    return _save(wb, Path(out), title, office.office_name)


def write_chase_docx(office, unit: str, out: Path | str, *, today: dt.date | None = None,
                     matrix: Matrix | None = None) -> Path:
    """The list as a letter-like Word document the office can edit, stamp and send."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    from desktop.core.printing.letter import HEADING_FONT, TITLE_FONT, _cell, _paragraph, _repeat_header, official_document

    unit = office.require_unit(unit)
    rows = chase_rows(matrix or office.matrix(), office.catalog, unit)
    today = today or dt.date.today()
    document = official_document(landscape=True)  # five columns of Chinese text need the width
    title = "印证资料催报清单"
    _paragraph(document, title, font=TITLE_FONT, size=22, line=36, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(document, "", line=20)
    _paragraph(document, f"{unit}：")
    if rows:
        text = (f"根据《{office.catalog.title}》的要求，截至{chinese_date(today)}，贵单位以下 {len(rows)} 项指标的印证资料"
                "尚未报送齐全或需要补充，请抓紧整理，补充报送（增量报送即可）。")
    else:
        text = f"截至{chinese_date(today)}，贵单位负责的指标印证资料均已报送齐全，暂无需要补充的内容。"
    _paragraph(document, text, first_line_chars=2)
    if rows:
        widths = [Mm(15), Mm(22), Mm(75), Mm(22), Mm(62), Mm(43)]
        table = document.add_table(rows=1, cols=len(widths))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table.columns, widths):
            column.width = width
        for cell, (text_, _w), width in zip(table.rows[0].cells, CHASE_COLUMNS, widths):
            _cell(cell, text_, font=HEADING_FONT, center=True, width=width)
        _repeat_header(table.rows[0])
        for values in _chase_values(rows, text_chars=48):  # the paper names the indicator; the workbook has it all
            cells = table.add_row().cells
            for cell, value, width, center in zip(cells, values, widths, (True, True, False, True, False, False)):
                _cell(cell, str(value), center=center, width=width)
    _paragraph(document, "", line=28)
    _paragraph(document, office.office_name, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    _paragraph(document, chinese_date(today), align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    props = document.core_properties
    props.title, props.author, props.last_modified_by = f"{unit}{title}", office.office_name, office.office_name
    props.subject, props.comments = office.catalog.title, ""
    props.created = props.modified = dt.datetime.now().replace(microsecond=0)
    props.revision = 1
    with atomic_output(Path(out)) as tmp:
        document.save(str(tmp))
    return Path(out)


def write_chase(office, unit: str, out: Path | str, **kw) -> Path:
    suffix = Path(out).suffix.lower()
    if suffix == ".docx":
        return write_chase_docx(office, unit, out, **kw)
    if suffix == ".xlsx":
        return write_chase_xlsx(office, unit, out, **kw)
    from desktop.core.errors import UserError

    raise UserError(f"催报清单只能保存为 .docx 或 .xlsx（给出的是“{Path(out).name}”）。",
                    en="The chase list is written as .docx or .xlsx.")


# ---------------------------------------------------------------- the summary workbook
SUMMARY_COLUMNS = [("序号", 6), ("指标", 10), ("指标内容", 40), ("责任单位", 8), ("已齐全", 8), ("部分报送", 8),
                   ("未报送", 8), ("实地核查", 8), ("不适用", 8), ("通过", 7), ("需补充", 7), ("待复核", 7), ("平均分", 8),
                   ("已报送的单位", 30), ("未报送的单位", 30)]
DETAIL_COLUMNS = [("指标", 10), ("单位", 16), ("报送情况", 10), ("资料条目", 9), ("文件数", 8), ("在途文件", 8),
                  ("还缺的资料", 36), ("审核", 12), ("分数", 7), ("审核意见", 34), ("审核人", 10), ("审核日期", 12)]
UNIT_COLUMNS = [("序号", 6), ("单位", 18), ("负责指标", 9), ("已齐全", 8), ("部分报送", 8), ("未报送", 8), ("通过", 7),
                ("需补充", 7), ("当前报送", 10), ("最近接收", 12), ("登记公钥", 9)]


def write_summary(office, out: Path | str, *, today: dt.date | None = None) -> tuple[Path, SelfAssessment]:
    """Indicators × what each unit sent, with reviews and scores; a detail sheet; units; the self-assessment counts."""
    from openpyxl import Workbook

    today = today or dt.date.today()
    m = office.matrix()
    cat = office.catalog
    wb = Workbook()
    sub = f"{cat.title}　截至 {chinese_date(today)}　{office.office_name}"
    summary, detail = [], []
    for n, r in enumerate(m.rows, start=1):
        c = m.row_counts[r.key]
        cells = [m.cell(r.key, u) for u in m.units if m.cell(r.key, u).responsible]
        scores = [x.review.score for x in cells if x.review and x.review.score is not None]
        sent = [x.unit for x in cells if x.files or x.state in ("complete", "not_applicable")]
        unsent = [x.unit for x in cells if x.state == "nothing"]
        summary.append([n, r.label, r.text, c.responsible, c.complete, c.partial, c.nothing, c.onsite,
                        c.not_applicable, c.passed, c.revise, c.changed,
                        round(sum(scores) / len(scores), 2) if scores else None, "、".join(sent), "、".join(unsent)])
        for x in cells:
            rv = x.review
            detail.append([r.label, x.unit, STATE_LABELS[x.state], f"{x.items_done}/{x.items_total}", x.files,
                           x.pending_files or None, "\n".join(x.missing),
                           REVIEW_STATE_LABELS[x.review_state] if rv else "未审核", rv.score if rv else None,
                           rv.comment if rv else "", rv.reviewer if rv else "", _date(rv.reviewed_at) if rv else None])
    _sheet(wb, "指标汇总", "各指标印证资料报送与审核汇总", sub, SUMMARY_COLUMNS, summary, first=True,
           centered=tuple(h for h, _w in SUMMARY_COLUMNS if h not in ("指标内容", "已报送的单位", "未报送的单位")))
    _sheet(wb, "审核明细", "各单位印证资料审核明细", sub, DETAIL_COLUMNS, detail,
           centered=("指标", "报送情况", "资料条目", "文件数", "在途文件", "审核", "分数", "审核日期"))
    roster = {e.unit: e for e in office.roster()}
    units = []
    for n, u in enumerate(m.units, start=1):
        c = m.column_counts[u]
        e = roster[u]
        units.append([n, u, c.responsible, c.complete, c.partial, c.nothing, c.passed, c.revise,
                      f"第{e.sequence}次" if e.sequence else "未报送", _date(e.last_received), len(e.keys)])
    _sheet(wb, "单位汇总", "各单位报送情况", sub, UNIT_COLUMNS, units,
           centered=tuple(h for h, _w in UNIT_COLUMNS if h != "单位"))
    sa = self_assessment(m, cat)
    _assessment_sheet(wb, sa, sub)
    return _save(wb, Path(out), "印证资料报送与审核汇总", office.office_name), sa


def _assessment_sheet(wb, sa: SelfAssessment, sub: str) -> None:
    rows = [
        ["三级指标", sa.indicators, ""], ["加分项", sa.bonus, ""], ["否决项", sa.veto, ""],
        ["无责任单位的指标", sa.without_units, "名单中没有单位负责"],
        ["单位×指标 责任数", sa.cells, "每个责任单位对每项指标各算一次"],
    ]
    rows += [[f"　其中{STATE_LABELS[k]}", v, ""] for k, v in sa.cells_by_state.items()]
    rows += [
        ["资料已齐全的指标", sa.settled, "全部责任单位已齐全（含实地核查、不适用）"],
        ["审核通过的指标", sa.passed, "全部责任单位审核通过"],
        ["需补充的指标", sa.revise, "至少一个单位需补充"],
        ["有更新待复核的指标", sa.changed, ""], ["尚未审核的指标", sa.unreviewed, ""],
        ["有责任的单位", sa.units_responsible, ""], ["已报送的单位", sa.units_submitted, ""],
        ["已评分的指标", sa.scored_indicators, ""], ["自评得分合计", sa.score, "每项指标取各责任单位得分的平均值后相加"],
    ]
    rows += [[f"{a.area}", a.indicators, f"齐全 {a.settled}，通过 {a.passed}，需补充 {a.revise}，得分 {a.score:g}"]
             for a in sa.areas]
    _sheet(wb, "自评统计", "法治政府建设示范创建自评统计", sub, [("项目", 30), ("数量", 10), ("说明", 60)], rows,
           centered=("数量",))


__all__ = ["write_chase", "write_chase_docx", "write_chase_xlsx", "write_summary"]
