"""Spine labels (脊背标签) for binders and archive boxes: vertical Chinese text, cut-out strips on A4.

Common spine widths are 2, 3, 4, 5 and 7 cm; each page holds as many strips of
one width as fit side by side, with dashed cut lines. Text runs top to bottom
with upright characters; numbers of one or two digits sit across the column
(纵中横排), longer ones stack; brackets and dashes turn with the line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas

from desktop.core.printing import fonts
from desktop.core.printing.model import EvidenceGroup, PrintContext, RenderResult
from desktop.core.printing.output import atomic_output

COMMON_WIDTHS_CM = (2, 3, 4, 5, 7)
DEFAULT_HEIGHT_MM = 250
_TURNED = set("（）()〔〕【】《》〈〉「」『』～~—–-:：…")  # drawn turned by 90° in vertical text
_CORNER = set("、。，．,.")
_GAP = 4 * mm


@dataclass(frozen=True)
class SpineLabel:
    """The text of one spine: a title, what the binder holds, whose it is, which volume."""

    title: str
    unit: str
    scope: str = ""  # 第1～20项
    volume: str = ""  # 第1册 共3册
    date: str = ""  # 2022年

    def blocks(self) -> list[tuple[str, float]]:
        """(text, relative size) from top to bottom; empty parts are left out."""
        out = [(self.title, 1.15), (self.scope, 1.0), (self.unit, 1.0), (self.volume, 0.85), (self.date, 0.85)]
        return [(t, s) for t, s in out if t]


def spine_labels_for(ctx: PrintContext, groups: Sequence[EvidenceGroup], *, volumes: int = 1,
                     title: str = "法治政府建设示范创建印证资料") -> list[SpineLabel]:
    """Labels for a binder set of ``volumes`` volumes holding these groups (split evenly, in order)."""
    volumes = max(1, volumes)
    per = -(-len(groups) // volumes) if groups else 0
    labels = []
    for v in range(volumes):
        part = groups[v * per:(v + 1) * per] if groups else []
        keys = [k for g in part for k in g.keys]
        numbered = [k for k in keys if ctx.catalog.indicator(k).kind == "indicator"]
        extra_kinds = {"bonus": "加分项", "veto": "否决项"}
        extra = [name for kind, name in extra_kinds.items() if any(ctx.catalog.indicator(k).kind == kind for k in keys)]
        scope = ""
        if numbered:
            scope = f"第{numbered[0]}项" if len(numbered) == 1 else f"第{numbered[0]}～{numbered[-1]}项"
        if extra:
            scope += ("及" if scope else "") + "、".join(extra)
        volume = f"第{v + 1}册 共{volumes}册" if volumes > 1 else ""
        labels.append(SpineLabel(title, ctx.unit, scope, volume, f"{ctx.date.year}年"))
    return labels


def _cells(text: str) -> list[str]:
    """Split into vertical cells: one character each, except runs of one or two ASCII digits kept together."""
    cells: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isascii() and ch.isdigit():
            j = i
            while j < len(text) and text[j].isascii() and text[j].isdigit():
                j += 1
            run = text[i:j]
            cells.extend([run] if len(run) <= 2 else list(run))
            i = j
        elif ch == " ":
            cells.append(" ")
            i += 1
        else:
            cells.append(ch)
            i += 1
    return cells


def _draw_vertical(c: Canvas, cells: list[str], cx: float, top: float, size: float, column: float) -> float:
    """Draw cells downward from ``top`` centred on ``cx``; returns the y below the last cell."""
    y = top
    advance = size * 1.08
    for cell in cells:
        if cell == " ":
            y -= advance * 0.5
            continue
        baseline = y - size * 0.88
        if cell in _CORNER:  # vertical 、。，sit in the upper right of their square
            c.setFont(fonts.SANS, size)
            c.drawCentredString(cx + size * 0.4, baseline + size * 0.5, cell)
        elif cell in _TURNED:
            c.saveState()
            c.translate(cx, y - advance / 2)
            c.rotate(-90)
            c.setFont(fonts.SANS, size)
            c.drawCentredString(0, -size * 0.36, cell)
            c.restoreState()
        else:
            w = fonts.string_width(cell, size)
            fs = size if w <= column else size * column / w
            c.setFont(fonts.SANS, fs)
            c.drawCentredString(cx, baseline, cell)
        y -= advance
    return y


def _column_plan(blocks: list[tuple[list[str], float]], w: float, h: float) -> tuple[float, list[list[tuple[list[str], float]]]]:
    """The font size and the blocks of each column (right to left): one column, or on a wide spine
    the title alone on the right and the rest beside it (a traditional vertical label), whichever
    lets the characters grow more."""
    pad_v, pad_h, gap, col_gap = 8 * mm, max(2 * mm, w * 0.08), 6 * mm, 3 * mm
    plans = [[blocks]]
    if len(blocks) > 1 and (w - 2 * pad_h - col_gap) / 2 >= 12 * mm:
        plans.append([blocks[:1], blocks[1:]])
    best: tuple[float, list] = (0.0, plans[0])
    for cols in plans:
        col_w = (w - 2 * pad_h - (len(cols) - 1) * col_gap) / len(cols)
        tallest = max(sum(len(c) * s * 1.08 for c, s in col) for col in cols)
        most_gaps = max(len(col) - 1 for col in cols) * gap
        size = min(col_w / 1.2, (h - 2 * pad_v - most_gaps) / max(tallest, 1), 44.0)
        if size > best[0] * 1.15:  # one column unless two clearly give larger text
            best = (size, cols)
    return best


def _draw_label(c: Canvas, label: SpineLabel, x: float, y: float, w: float, h: float, size_cap: float) -> None:
    c.saveState()
    c.setLineWidth(0.6)
    c.setDash(4, 3)
    c.rect(x, y, w, h)
    c.setDash()
    blocks = [(_cells(t), s) for t, s in label.blocks()]
    size, cols = _column_plan(blocks, w, h)
    size = min(size, size_cap)
    pad_v, pad_h, gap, col_gap = 8 * mm, max(2 * mm, w * 0.08), 6 * mm, 3 * mm
    col_w = (w - 2 * pad_h - (len(cols) - 1) * col_gap) / len(cols)
    for n, col in enumerate(cols):  # the first column is the rightmost, as vertical text is read
        cx = x + w - pad_h - col_w / 2 - n * (col_w + col_gap)
        used = sum(len(cells) * s * 1.08 * size for cells, s in col) + gap * (len(col) - 1)
        top = y + h - pad_v - max(0.0, (h - 2 * pad_v - used) / 2)
        for m, (cells, s) in enumerate(col):
            bottom = _draw_vertical(c, cells, cx, top, size * s, col_w)
            if m + 1 < len(col):
                c.setLineWidth(0.5)
                c.line(cx - col_w * 0.25, bottom - gap / 2, cx + col_w * 0.25, bottom - gap / 2)
            top = bottom - gap
    c.restoreState()


def render_spine_labels(ctx: PrintContext, out_path: Path | str, labels: Sequence[SpineLabel], *,
                        widths_cm: Sequence[float] = COMMON_WIDTHS_CM,
                        height_mm: float = DEFAULT_HEIGHT_MM) -> RenderResult:
    """One A4 page per width (more if there are many labels), each with the labels side by side, to cut out."""
    fonts.register()
    height = max(60.0, min(float(height_mm), 270.0)) * mm
    pages = 0
    with atomic_output(out_path) as tmp:
        c = Canvas(str(tmp), pagesize=A4, initialFontName=fonts.SANS)
        c.setTitle(f"{ctx.unit} 脊背标签")
        c.setAuthor(ctx.unit)
        for width_cm in widths_cm:
            w = float(width_cm) * cm
            per_page = max(1, int((A4[0] - 2 * 10 * mm + _GAP) // (w + _GAP)))
            for start in range(0, len(labels), per_page):
                row = labels[start:start + per_page]
                c.setFont(fonts.SANS, 9)
                c.drawString(10 * mm, A4[1] - 12 * mm,
                             f"脊背标签　宽 {width_cm:g} 厘米 × 高 {height / mm:.0f} 毫米　沿虚线裁下，插入文件夹或档案盒的脊背")
                total_w = len(row) * w + (len(row) - 1) * _GAP
                x = (A4[0] - total_w) / 2
                y = A4[1] - 18 * mm - height
                # One size for the whole set, so that volumes on a shelf look alike.
                cap = min(_column_plan([(_cells(t), s) for t, s in lb.blocks()], w, height)[0] for lb in labels)
                for label in row:
                    _draw_label(c, label, x, y, w, height, cap)
                    x += w + _GAP
                c.showPage()
                pages += 1
        c.save()
    return RenderResult(Path(out_path), pages)
