"""The submission letter (报送函) as an editable Word document, laid out like an official letter (GB/T 9704).

Fonts are named as Chinese government PCs have them (方正小标宋简体, 仿宋_GB2312,
黑体); the document's font table gives each a fallback that every Windows and
WPS installation has (宋体, 仿宋, SimHei), so the letter opens correctly either way.
Nothing is embedded: the unit edits the letter, then prints it itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from desktop.core.printing.labels import chinese_date, clip, group_label
from desktop.core.printing.model import EvidenceGroup, PrintContext, RenderResult
from desktop.core.printing.output import atomic_output

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
PAGE_NUMBER_FONT = "宋体"
LATIN_FONT = "Times New Roman"
# (name, fallback, charset 86 = GB2312, family)
_FONT_TABLE = [
    (TITLE_FONT, "宋体", "roman"),
    (BODY_FONT, "仿宋", "modern"),
    (HEADING_FONT, "SimHei", "modern"),
    (PAGE_NUMBER_FONT, "SimSun", "auto"),
    ("仿宋", "FangSong", "modern"),
]


def _run_font(run, east_asia: str, size: float, *, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = LATIN_FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rfonts = run._element.get_or_add_rPr().get_or_add_rFonts()  # noqa: SLF001
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:hint"), "eastAsia")


def _paragraph(doc_or_cell, text: str, *, font: str = BODY_FONT, size: float = 16, align=None,
               first_line_chars: float = 0, right_chars: float = 0, line: float = 28, bold: bool = False):
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    p = doc_or_cell.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(line)
    if first_line_chars:
        fmt.first_line_indent = Pt(size * first_line_chars)
    if right_chars:
        fmt.right_indent = Pt(size * right_chars)
    if align is not None:
        p.alignment = align
    if text:
        _run_font(p.add_run(text), font, size, bold=bold)
    return p


def _font_table(document) -> None:
    """Declare the Chinese fonts with their fallbacks (w:altName) in word/fontTable.xml."""
    from lxml import etree

    part = next((p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"), None)
    if part is None:
        return
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    root = etree.fromstring(part.blob)
    for name, alt, family in _FONT_TABLE:
        font = etree.SubElement(root, f"{{{w}}}font", {f"{{{w}}}name": name})
        etree.SubElement(font, f"{{{w}}}altName", {f"{{{w}}}val": alt})
        etree.SubElement(font, f"{{{w}}}charset", {f"{{{w}}}val": "86"})
        etree.SubElement(font, f"{{{w}}}family", {f"{{{w}}}val": family})
        etree.SubElement(font, f"{{{w}}}pitch", {f"{{{w}}}val": "variable"})
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)  # noqa: SLF001


def _drop_template_thumbnail(document) -> None:
    """python-docx's template carries a preview picture of another document; file managers would show it."""
    pkg = document.part.package
    for rid, rel in list(pkg.rels.items()):
        if rel.reltype.endswith("/metadata/thumbnail"):
            del pkg.rels[rid]


def _page_number_footer(section) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run_font(p.add_run("— "), PAGE_NUMBER_FONT, 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = p.add_run()
        _run_font(run, PAGE_NUMBER_FONT, 14)
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._element.append(fld)  # noqa: SLF001
        elif text.strip() == "PAGE":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._element.append(instr)  # noqa: SLF001
        else:
            run.text = text
    _run_font(p.add_run(" —"), PAGE_NUMBER_FONT, 14)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()  # noqa: SLF001
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cell(cell, text: str, *, font: str = BODY_FONT, center: bool = False, width=None) -> None:
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)  # noqa: SLF001
    _paragraph(cell, text, font=font, size=12, line=20, align=WD_ALIGN_PARAGRAPH.CENTER if center else None)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    if width is not None:
        cell.width = width


def letter_rows(ctx: PrintContext, groups: Sequence[EvidenceGroup], pages: Sequence[int]) -> list[tuple[str, str, int, int]]:
    """(indicator label, text, files, pages) for each group — what the letter's table lists."""
    rows = []
    for g, n in zip(groups, pages):
        inds = g.indicators(ctx.catalog)
        text = inds[0].text if len(inds) == 1 else "合并报送：" + "；".join(clip(i.text, 14) for i in inds[:3]) + (
            "等" if len(inds) > 3 else "")
        rows.append((group_label(ctx.catalog, g.keys), clip(text, 40), len(g.files), n))
    return rows


def write_letter(ctx: PrintContext, groups: Sequence[EvidenceGroup], out_path: Path | str, *,
                 pages: Sequence[int] | None = None, title: str = "关于报送法治政府建设示范创建印证资料的函",
                 attachment: str = "印证资料清单", converter="auto",
                 signing_fingerprint: str | None = None) -> RenderResult:
    """Write the letter. ``pages``: the binder pages of each group's files (from ``render_binder``); counted if omitted.

    ``signing_fingerprint`` (``SHA256:…``): the unit's signing key, printed so that the office can match the
    electronic bundles with the key registration form (公钥登记表) it holds.
    """
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    if pages is None:
        from desktop.core.printing.binder import measure_pages

        pages = measure_pages(ctx, groups, converter=converter)
    document = docx.Document()
    _drop_template_thumbnail(document)
    _font_table(document)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = LATIN_FONT, Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", BODY_FONT)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(25)
    _page_number_footer(section)

    body = document.paragraphs[0] if document.paragraphs else None
    if body is not None and not body.text:
        body._element.getparent().remove(body._element)  # noqa: SLF001
    _paragraph(document, title, font=TITLE_FONT, size=22, line=36, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph(document, "", line=28)
    _paragraph(document, f"{ctx.office or '市委依法治市办'}：")
    source = f"{ctx.catalog.issuer}《{ctx.catalog.title}》" if ctx.catalog.issuer else f"《{ctx.catalog.title}》"
    _paragraph(document, f"根据{source}的要求，我单位对照所承担的指标任务，逐项收集整理了印证资料。"
                         "现将纸质版印证资料和电子版（PDF格式）资料一并报送，请审核。", first_line_chars=2)
    rows = letter_rows(ctx, groups, pages)
    n_files = sum(r[2] for r in rows)
    n_pages = sum(r[3] for r in rows)
    n_keys = len({k for g in groups for k in g.keys})
    _paragraph(document, f"本次共报送 {n_keys} 项指标的印证资料 {n_files} 份，合计 {n_pages} 页，具体如下：", first_line_chars=2)

    widths = [Mm(14), Mm(30), Mm(78), Mm(17), Mm(17)]
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width  # w:gridCol — LibreOffice and WPS lay the table out from these
    for cell, text, width in zip(table.rows[0].cells, ("序号", "指标", "指标内容", "份数", "页数"), widths):
        _cell(cell, text, font=HEADING_FONT, center=True, width=width)
    _repeat_header(table.rows[0])
    for n, (label, text, files, pages_n) in enumerate(rows, start=1):
        cells = table.add_row().cells
        for cell, value, width, center in zip(cells, (str(n), label, text, str(files), str(pages_n)), widths,
                                              (True, True, False, True, True)):
            _cell(cell, value, center=center, width=width)
    total = table.add_row().cells
    for cell, value, width in zip(total, ("", "合计", f"{n_keys} 项指标", str(n_files), str(n_pages)), widths):
        _cell(cell, value, center=True, width=width)

    _paragraph(document, "", line=28)
    contact = f"联系人：{ctx.contact or '　　　　'}，联系电话：{ctx.phone or '　　　　　　'}。"
    _paragraph(document, contact, first_line_chars=2)
    if signing_fingerprint:
        _paragraph(document, "电子版资料已用本单位登记的签名密钥签名，公钥指纹为：", first_line_chars=2)
        _paragraph(document, signing_fingerprint, font=BODY_FONT, size=12, first_line_chars=2 * 16 / 12)
    _paragraph(document, "", line=28)
    if attachment:
        _paragraph(document, f"附件：{attachment}", first_line_chars=2)
        _paragraph(document, "", line=28)
    _paragraph(document, "", line=28)
    _paragraph(document, f"{ctx.unit}（盖章）", align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    _paragraph(document, chinese_date(ctx.date), align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)

    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, ctx.unit, ctx.unit
    props.subject, props.comments = ctx.catalog.title, ""
    now = dt.datetime.now().replace(microsecond=0)
    props.created = props.modified = now
    props.revision = 1
    with atomic_output(out_path) as tmp:
        document.save(str(tmp))
    return RenderResult(Path(out_path), 0)
