"""The submission letter (.docx), the evidence list (.xlsx), spine labels and the contents, read back with real tools."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from pypdf import PdfReader

from desktop.core.catalog import load
from desktop.core.printing import PrintContext, build_groups, render_contents
from desktop.core.printing.evidence_list import write_evidence_list
from desktop.core.printing.letter import write_letter
from desktop.core.printing.spine import COMMON_WIDTHS_CM, SpineLabel, render_spine_labels, spine_labels_for
from tests.test_print_covers import fonts_of, pdftotext_pages, squash
from tests.test_print_inputs import ef, encrypted_pdf, photo_jpeg, text_pdf


@pytest.fixture(scope="module")
def catalog():
    return load()


@pytest.fixture
def ctx(catalog):
    return PrintContext(catalog, "市司法局", "张三", "0356-2021234", dt.date(2022, 9, 1))


@pytest.fixture
def groups(catalog, tmp_path):
    files = [ef(text_pdf(tmp_path / "台账.pdf", 3, "台账"), "2021年执法记录台账", "55.1", evidence_date=dt.date(2021, 12, 31)),
             ef(photo_jpeg(tmp_path / "照片.jpg"), "现场照片", "55.1", evidence_date="2021-06-01"),
             ef(text_pdf(tmp_path / "意见书.pdf", 2, "意见书"), "合法性审核意见书", "M26-29.1", note="原件存档"),
             ef(encrypted_pdf(tmp_path / "加密.pdf"), "加密件", "M26-29.1")]
    return build_groups(catalog, ["1", "26", "27", "28", "29", "55"], files)


def test_letter_opens_in_python_docx_and_lists_the_indicators(ctx, groups, tmp_path):
    import docx

    out = tmp_path / "报送函.docx"
    write_letter(ctx, groups, out, converter=None)
    d = docx.Document(str(out))
    paragraphs = [p.text for p in d.paragraphs]
    assert paragraphs[0] == "关于报送法治政府建设示范创建印证资料的函"
    assert "市委依法治市办：" in paragraphs
    assert any("本次共报送 6 项指标的印证资料 4 份，合计 7 页" in p for p in paragraphs)
    assert "市司法局（盖章）" in paragraphs and "2022年9月1日" in paragraphs
    assert any("联系人：张三，联系电话：0356-2021234" in p for p in paragraphs)
    (table,) = d.tables
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["序号", "指标", "指标内容", "份数", "页数"]
    assert [r[1] for r in rows[1:-1]] == ["第1项", "第26～29项", "第55项"]
    assert [r[3:] for r in rows[1:]] == [["0", "0"], ["2", "3"], ["2", "4"], ["4", "7"]]
    title_run = d.paragraphs[0].runs[0]
    east_asia = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"
    assert title_run._element.rPr.rFonts.get(east_asia) == "方正小标宋简体" and title_run.font.size.pt == 22
    body_run = d.paragraphs[2].runs[0]
    assert body_run._element.rPr.rFonts.get(east_asia) == "仿宋_GB2312" and body_run.font.size.pt == 16
    assert d.core_properties.author == "市司法局"
    with zipfile.ZipFile(out) as z:
        fonts = z.read("word/fontTable.xml").decode("utf-8")
        assert '<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>' in fonts
        assert not any("thumbnail" in n for n in z.namelist())
        (footer,) = [n for n in z.namelist() if n.startswith("word/footer")]
        assert "PAGE" in z.read(footer).decode("utf-8")  # the page number field


def test_evidence_list_has_one_typed_row_per_file_and_prints_landscape(ctx, groups, tmp_path):
    import openpyxl

    out = tmp_path / "清单.xlsx"
    write_evidence_list(ctx, groups, out, converter=None)
    ws = openpyxl.load_workbook(out).active
    assert ws.freeze_panes == "A4"
    assert [c.value for c in ws[3]] == ["序号", "指标", "材料要求", "材料名称", "文件名", "页数", "资料日期", "SHA-256", "备注"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
    assert [r[1] for r in rows] == ["第26～29项", "第26～29项", "第55项", "第55项"]
    assert [r[3] for r in rows] == ["合法性审核意见书", "加密件", "2021年执法记录台账", "现场照片"]
    assert [r[5] for r in rows] == [2, 1, 3, 1]
    assert rows[2][6] == dt.datetime(2021, 12, 31) and rows[3][6] == dt.datetime(2021, 6, 1)
    assert all(len(r[7]) == 64 for r in rows)
    assert rows[0][8] == "原件存档" and "加密" in rows[1][8]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$3:$3"
    assert "市司法局" in ws["A1"].value


def test_spine_labels_one_page_per_common_width(ctx, groups, tmp_path):
    out = tmp_path / "脊背.pdf"
    labels = spine_labels_for(ctx, groups, volumes=2)
    assert [(lb.scope, lb.volume) for lb in labels] == [("第1～29项", "第1册 共2册"), ("第55项", "第2册 共2册")]
    result = render_spine_labels(ctx, out, labels)
    assert result.pages == len(COMMON_WIDTHS_CM)
    texts = [squash(t) for t in pdftotext_pages(out)]
    assert "宽2厘米" in texts[0] and "宽7厘米" in texts[-1]
    for t in texts:
        assert all(ch in t for ch in "市司法局第册")
    for row in fonts_of(out):
        assert row[-5:-3] == ["yes", "yes"]
    r = PdfReader(out)
    assert all(round(p.mediabox.width) == 595 for p in r.pages)


def test_spine_text_never_leaves_its_strip(ctx, tmp_path):
    """The longest texts on the narrowest strip: every character stays inside the label's box."""
    import re
    import subprocess

    label = SpineLabel("法治政府建设示范创建印证资料", "市委党校（晋城行政学院）", "第1～100项及加分项、否决项", "第12册 共12册", "2022年")
    out = tmp_path / "s.pdf"
    render_spine_labels(ctx, out, [label, label, label], widths_cm=[2])
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, check=True, text=True).stdout
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<', html)
    strip = [w for w in words if float(w[1]) > 18 * 72 / 25.4]  # below the instruction line
    assert len(strip) > 60
    cm = 72 / 2.54
    width = 3 * 2 * cm + 2 * 4 * 72 / 25.4
    left = (595.2756 - width) / 2
    for x0, y0, x1, y1, _t in strip:
        assert left - 1 <= float(x0) and float(x1) <= left + width + 1


def test_contents_alone_matches_the_binder_numbers(ctx, groups, tmp_path):
    out = tmp_path / "目录.pdf"
    result = render_contents(ctx, groups, out, converter=None)
    assert result.pages == 1
    text = squash(pdftotext_pages(out)[0])
    assert "目录" in text and "第55项" in text and "第26～29项" in text
    cover_55 = result.sections[-1].cover[0]
    assert f"第{cover_55}～" in text


def test_contents_with_known_cover_page_counts_is_the_same_file(ctx, groups, tmp_path):
    """The export draws every cover first and passes their page counts: the contents must not change."""
    from desktop.core.printing import render_covers

    counts = []
    for n, g in enumerate(groups):
        counts.append(render_covers(ctx, [g], tmp_path / f"c{n}.pdf", converter=None).pages)
    plain = render_contents(ctx, groups, tmp_path / "a.pdf", converter=None)
    known = render_contents(ctx, groups, tmp_path / "b.pdf", converter=None, cover_pages=counts)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert known.pages == plain.pages and known.sections == plain.sections
    with pytest.raises(ValueError):
        render_contents(ctx, groups, tmp_path / "c.pdf", converter=None, cover_pages=counts[:-1])
