"""The cover sheet (封面) of one indicator or merged group: what it answers, what is enclosed, who vouches for it.

Drawn to be copied in black and white: black text and rules only, no tints.
A sheet that would spill onto a second page is set a size smaller first; if it
still does not fit it continues on the next page, and the QR code and seal box
always come last, together, where the seal goes.
"""

from __future__ import annotations

from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.core.printing import qr
from desktop.core.printing.labels import PROBLEM_NOTES, chinese_date, clip, group_label, item_label, page_range
from desktop.core.printing.layout import Section
from desktop.core.printing.model import PrintContext
from desktop.core.printing.styles import esc, para, table_style

QR_SIZE = 40 * mm
SEAL_SIZE = 40 * mm


class SealBox(Flowable):
    """A square for the unit's seal, with a caption inside along the bottom."""

    def __init__(self, size: float):
        super().__init__()
        self.size = size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        from desktop.core.printing import fonts

        c = self.canv
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.rect(0, 0, self.size, self.size)
        c.setDash()
        c.setFont(fonts.SANS, 9)
        c.drawCentredString(self.size / 2, 5 * mm, "（盖章处）")


def qr_payload(ctx: PrintContext, section: Section) -> qr.QrPayload:
    hashes = [e.prepared.sha256 for e in section.entries if e.prepared.sha256]
    return qr.build_payload(ctx.catalog.id, ctx.unit, list(section.keys), hashes)


def _grid(compact: bool) -> list[tuple]:
    pad = 2 if compact else 3
    return [
        ("GRID", (0, 0), (-1, -1), 0.6, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]


def _info_table(ctx: PrintContext, section: Section, width: float, compact: bool) -> Table:
    p = partial(para, compact=compact)
    inds = section.indicators
    areas = list(dict.fromkeys(i.area for i in inds if i.area))
    groups = list(dict.fromkeys(i.group for i in inds if i.group))
    if len(inds) == 1:
        text = p(inds[0].text)
    else:
        text = [p(f"{esc(i.label())}　{esc(i.text)}", markup=True) for i in inds]
    units = list(dict.fromkeys(u for i in inds for u in i.all_units))
    rows = [
        ["一级指标", [p(a) for a in areas] or p("—")],
        ["二级指标", [p(g) for g in groups] or p("—")],
        ["指标内容", text],
        ["责任单位", p("、".join(units) or "（目录未列明）")],
        ["报送单位", p(ctx.unit)],
    ]
    t = Table([[p(k, "label"), v] for k, v in rows], colWidths=[24 * mm, width - 24 * mm])
    t.setStyle(table_style(*_grid(compact)))
    return t




def _materials_table(catalog, section: Section, width: float, compact: bool) -> Table:
    p = partial(para, compact=compact)
    col = [11 * mm, None, 14 * mm, 30 * mm]
    col[1] = width - sum(c for c in col if c)
    data: list[list] = [[p("序号", "label"), p("材料要求及所附材料", "label"), p("页数", "label"), p("资料册页码", "label")]]
    spans: list[tuple] = []
    n = 0

    def requirement(text: str) -> None:
        data.append([p(text, "small"), "", "", ""])
        spans.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))

    def file_row(e) -> None:
        nonlocal n
        n += 1
        f = e.prepared.file
        cell = [p(f.label)]
        if f.name != f.label:
            cell.append(p(f"文件：{f.name}", "small"))
        note = PROBLEM_NOTES.get(next((pr.code for pr in e.prepared.problems), ""), "")
        if note:
            cell.append(p(f"※ {note}", "small"))
        cell.append(p(f"SHA-256 {e.prepared.sha256 or '（文件缺失，无法计算）'}", "hash"))
        data.append([p(str(n), "body-center"), cell, p(str(e.prepared.pages), "body-center"),
                     p(page_range(e.first_page, e.last_page), "small-center")])

    if not section.per_item and not section.other:
        requirement("资料要求：目录未列出具体资料要求。")
    sources = {item.request or item.id.split(".")[0] for item, _e in section.per_item}
    for item, entries in section.per_item:
        applies = ""
        if len(sources) > 1:  # two requests number their items 1, 2, … each: say whose item this is
            if item.request and catalog.request(item.request):
                applies = f"（{group_label(catalog, catalog.request(item.request).keys)}合并要求）"
            else:
                owners = [i.label() for i in section.indicators if any(it.id == item.id for it in i.items)]
                applies = f"（{'、'.join(owners)}）"
        requirement(f"资料要求 {item_label(item)}{applies}")
        note = section.group.note(item.id)
        if note is not None:
            lines = [p(f"情况说明：{clip(note.statement, 160)}", "small")] if note.statement.strip() else []
            lines += [p(f"网址：{url}", "small") for url in note.urls]
            data.append(["", lines, "", ""])
        if not entries and note is None:
            data.append(["", p("（实地核查，未附书面材料）" if item.onsite else "（未附材料）", "small"), "", ""])
        for e in entries:
            file_row(e)
    if section.other:
        requirement("其他材料")
        for e in section.other:
            file_row(e)
    total_pages = sum(e.prepared.pages for e in section.entries)
    data.append([p("合计", "small-center"), p(f"共 {n} 份材料", "small"), p(str(total_pages), "body-center"), ""])
    t = Table(data, colWidths=col, repeatRows=1)
    t.setStyle(table_style(*_grid(compact), *spans))
    return t


def _bottom(ctx: PrintContext, section: Section, width: float, payload: qr.QrPayload, compact: bool) -> Table:
    p = partial(para, compact=compact)
    blank = "＿＿＿＿＿＿＿＿"
    lines = [
        p(f"联系人：{ctx.contact or blank}"),
        p(f"联系电话：{ctx.phone or blank}"),
        p(f"报送日期：{chinese_date(ctx.date)}"),
        Spacer(1, 3 * mm),
        p(f"本项资料共 {section.last_page - section.first_page + 1} 页（含封面），"
          f"位于资料册{page_range(section.first_page, section.last_page)}。", "small"),
    ]
    caption = "扫码核对电子版" if payload.mode == "F" else "扫码核对电子版（含文件清单校验值）"
    qr_cell = [qr.qr_flowable(payload, QR_SIZE), p(caption, "tiny")]
    t = Table([[lines, qr_cell, SealBox(SEAL_SIZE)]],
              colWidths=[width - QR_SIZE - SEAL_SIZE - 10 * mm, QR_SIZE + 4 * mm, SEAL_SIZE + 6 * mm])
    t.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("ALIGN", (1, 0), (-1, 0), "CENTER"),
    ))
    return t


def _story(ctx: PrintContext, section: Section, width: float, compact: bool) -> list:
    p = partial(para, compact=compact)
    gap = (lambda h: Spacer(1, h * (0.6 if compact else 1)))
    label = group_label(ctx.catalog, section.keys)
    story = [
        p(ctx.catalog.title, "catalog"),
        gap(2 * mm),
        p("印证资料封面", "title"),
        p(label + ("（合并报送）" if section.group.merged else ""), "big-label" if len(label) <= 12 else "subtitle"),
        gap(4 * mm),
    ]
    if section.group.merged:
        story += [p(f"以上 {len(section.keys)} 项指标按目录要求合并报送材料，本封面及所附材料适用于其中每一项。", "small"),
                  gap(2 * mm)]
    story += [_info_table(ctx, section, width, compact), gap(4 * mm), _materials_table(ctx.catalog, section, width, compact),
              gap(5 * mm), KeepTogether([_bottom(ctx, section, width, qr_payload(ctx, section), compact)])]
    return story


def _height(story: list, width: float) -> float:
    flat = [g for f in story for g in (f._content if isinstance(f, KeepTogether) else [f])]  # noqa: SLF001
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flat)


def cover_story(ctx: PrintContext, section: Section, width: float, height: float) -> list:
    """The flowables of one cover sheet (the caller puts a page break between sheets)."""
    story = _story(ctx, section, width, compact=False)
    if _height(story, width) > height:
        story = _story(ctx, section, width, compact=True)
    return story
