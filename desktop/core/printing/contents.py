"""The binder's contents (目录): area by area, each cover sheet and its files, with binder page numbers."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from desktop.core.printing.labels import chinese_date, clip, group_label, page_range
from desktop.core.printing.layout import Layout
from desktop.core.printing.model import PrintContext
from desktop.core.printing.styles import esc, para, table_style


def contents_story(ctx: PrintContext, layout: Layout, width: float) -> list:
    story = [
        para("目　录", "title"),
        para(f"{ctx.unit}　法治政府建设示范创建印证资料", "body-center"),
        para(f"{ctx.catalog.title}　·　{chinese_date(ctx.date)}", "catalog"),
        Spacer(1, 5 * mm),
    ]
    col = [26 * mm, None, 30 * mm]
    col[1] = width - col[0] - col[2]
    data: list[list] = [[para("指标", "label"), para("内容", "label"), para("页码", "label")]]
    cmds: list[tuple] = []
    area = None
    for s in layout.sections:
        if s.area != area:
            area = s.area
            data.append([para(f"<b>{esc(area or '（未分类）')}</b>", "body", markup=True), "", ""])
            cmds.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
            cmds.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 0.6, "black"))
        label = group_label(ctx.catalog, s.keys)
        text = s.indicators[0].text if len(s.indicators) == 1 else "（合并报送）" + "；".join(
            clip(i.text, 24) for i in s.indicators[:3]) + ("……" if len(s.indicators) > 3 else "")
        data.append([para(label, "body"), para(clip(text, 90), "body"),
                     para(page_range(s.first_page, s.last_page), "body-right")])
        if not s.entries:
            data.append(["", para("（未附材料）", "small"), ""])
        for e in s.entries:
            data.append(["", para(f"· {e.prepared.file.label}（{e.prepared.pages} 页）", "small"),
                         para(page_range(e.first_page, e.last_page), "small-right")])
    table = Table(data, colWidths=col, repeatRows=1)
    table.setStyle(table_style(*[
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *cmds,
    ]))
    story.append(table)
    return story
