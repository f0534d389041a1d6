"""Per-indicator and per-unit PDFs from real files: page counts, bookmarks, footers, and every kind of bad input."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop.core.catalog import load
from desktop.core.errors import UserError
from desktop.core.printing import Cancelled, OfficeConverter, PrintContext, build_groups, render_binder
from desktop.core.printing import render_indicator_pdfs
from tests.test_print_covers import need, pdftotext_pages, squash
from tests.test_print_inputs import (
    PAGE_TEXT, bad_xref_pdf, broken_png, damaged_page_pdf, damaged_pdf, ef, encrypted_pdf, excel_xlsx, fake_video, multipage_tiff,
    photo_jpeg, rotated_pdf, screenshot_png, text_pdf, truncated_pdf, word_docx,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def catalog():
    return load()


@pytest.fixture
def ctx(catalog):
    return PrintContext(catalog, "市司法局", "张三", "0356-2021234")


def outline(pdf: Path) -> list:
    """The bookmarks as nested [(title, page number)]."""
    r = PdfReader(pdf, strict=True)

    def walk(items):
        out = []
        for it in items:
            if isinstance(it, list):
                out[-1] = (out[-1][0], out[-1][1], walk(it))
            else:
                out.append((it.title, r.get_destination_page_number(it) + 1, []))
        return out

    return walk(r.outline)


def render(pdf: Path, page: int, tmp: Path, dpi: int = 30) -> Image.Image:
    need("pdftoppm")
    stem = tmp / f"p{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png", str(pdf),
                    str(stem)], check=True)
    return Image.open(f"{stem}.png").convert("L")


def dark_fraction(im: Image.Image, box) -> float:
    region = im.crop(box).tobytes()
    return sum(1 for v in region if v < 100) / len(region)


# ---------------------------------------------------------------------------- the per-indicator PDF


def test_per_indicator_pdf_has_cover_files_bookmarks_and_footers(ctx, catalog, tmp_path):
    files = [ef(text_pdf(tmp_path / "台账.pdf", 3, "执法记录台账"), "2021年执法记录台账", "55.1"),
             ef(text_pdf(tmp_path / "档案.pdf", 2, "电子档案"), "执法全过程记录电子档案", "55.1")]
    out = tmp_path / "第55项.pdf"
    result = render_binder(ctx, build_groups(catalog, ["55"], files), out, converter=None)
    assert result.pages == 1 + 3 + 2 and result.problems == []
    r = PdfReader(out, strict=True)
    assert len(r.pages) == 6
    pages = pdftotext_pages(out)
    for n, text in enumerate(pages, start=1):
        assert f"第{n}页共6页" in squash(text)  # stamped on the imported pages too
    assert "执法记录台账 第2页" in pages[2] and "电子档案 第1页" in pages[4]
    assert squash(catalog.indicator("55").text) in squash(pages[0])
    item = "资料要求 提供2021年执法记录台账及5件执法全过程记录电子档案"
    assert outline(out) == [
        ("封面 第55项", 1, []),
        (item, 2, [("2021年执法记录台账", 2, []), ("执法全过程记录电子档案", 5, [])]),
    ]
    assert r.metadata.title == "市司法局 第55项"


def test_per_unit_pdf_outline_runs_area_indicator_item_file(ctx, catalog, tmp_path):
    files = [ef(text_pdf(tmp_path / "a.pdf", 2, "甲"), "审批服务情况", None, key="1"),
             ef(text_pdf(tmp_path / "b.pdf", 1, "乙"), "合法性审核意见书", "M26-29.1"),
             ef(text_pdf(tmp_path / "c.pdf", 4, "丙"), "执法记录台账", "55.1")]
    groups = build_groups(catalog, ["55", "29", "28", "27", "26", "1"], files)
    assert [g.keys for g in groups] == [("1",), ("26", "27", "28", "29"), ("55",)]
    out = tmp_path / "binder.pdf"
    result = render_binder(ctx, groups, out, converter=None)
    contents, c1, c2, c3 = 1, 1, 1, 1
    assert result.pages == contents + c1 + 2 + c2 + 1 + c3 + 4 == len(PdfReader(out).pages)
    tree = outline(out)
    assert [t[0] for t in tree] == ["目录", "一、政府职能依法全面履行", "二、依法行政制度体系完善", "四、行政执法严格规范公正文明"]
    area4 = tree[3]
    (indicator,) = area4[2]
    assert indicator[0].startswith("第55项 行政执法机关") and indicator[1] == 7
    assert [c[0] for c in indicator[2]] == ["封面", "资料要求 提供2021年执法记录台账及5件执法全过程记录电子档案"]
    assert indicator[2][1][2] == [("执法记录台账", 8, [])]
    merged = tree[2][2][0]
    assert merged[0] == "第26～29项 合并报送" and merged[1] == 5
    other = tree[1][2][0][2][1]
    assert other[0] == "其他材料" and other[2] == [("审批服务情况", 3, [])]
    contents_text = squash(pdftotext_pages(out)[0])
    assert "目录" in contents_text and "第7～11页" in contents_text and "第8～11页" in contents_text


def test_indicator_pdfs_one_file_per_group(ctx, catalog, tmp_path):
    files = [ef(text_pdf(tmp_path / "b.pdf", 1, "乙"), "意见书", "M26-29.1")]
    results = render_indicator_pdfs(ctx, build_groups(catalog, ["26", "27", "28", "29", "55"], files), tmp_path / "out",
                                    converter=None)
    assert sorted(p.path.name for p in results) == ["第26-29项.pdf", "第55项.pdf"]
    assert [r.pages for r in results] == [2, 1]


# ---------------------------------------------------------------------------- bad input, each by name


def test_encrypted_pdf_is_reported_and_replaced_by_a_page_saying_so(ctx, catalog, tmp_path):
    files = [ef(encrypted_pdf(tmp_path / "加密.pdf"), "加密的档案", "55.1"),
             ef(text_pdf(tmp_path / "ok.pdf", 1, "正常"), "正常材料", "55.1")]
    out = tmp_path / "b.pdf"
    result = render_binder(ctx, build_groups(catalog, ["55"], files), out, converter=None)
    assert [p.code for p in result.problems] == ["encrypted"]
    assert result.problems[0].file.label == "加密的档案"
    assert result.pages == 3
    placeholder = squash(pdftotext_pages(out)[1])
    assert "加密文件无法打印" in placeholder and "加密.pdf" in placeholder and "设有打开密码" in placeholder
    assert "文件加密无法打印" in squash(pdftotext_pages(out)[0])  # the cover says so too


def test_pdf_with_only_an_owner_password_is_merged_and_noted(ctx, catalog, tmp_path):
    files = [ef(encrypted_pdf(tmp_path / "权限.pdf", user_password=""), "有权限密码", "55.1")]
    out = tmp_path / "b.pdf"
    result = render_binder(ctx, build_groups(catalog, ["55"], files), out, converter=None)
    assert [p.code for p in result.problems] == ["permissions"]
    assert result.pages == 3
    pages = pdftotext_pages(out)
    assert "加密文件 第2页" in pages[2]
    assert not PdfReader(out).is_encrypted


@pytest.mark.parametrize("maker, code", [(damaged_pdf, "damaged"), (truncated_pdf, "damaged")])
def test_damaged_pdf_is_reported_never_dropped(ctx, catalog, tmp_path, maker, code):
    files = [ef(maker(tmp_path / "坏.pdf"), "损坏的档案", "55.1")]
    out = tmp_path / "b.pdf"
    result = render_binder(ctx, build_groups(catalog, ["55"], files), out, converter=None)
    assert [p.code for p in result.problems] == [code]
    assert result.pages == 2
    assert "损坏" in squash(pdftotext_pages(out)[1]) and "坏.pdf" in pdftotext_pages(out)[1]


def test_pdf_with_a_broken_xref_is_repaired_and_noted(ctx, catalog, tmp_path):
    files = [ef(bad_xref_pdf(tmp_path / "xref.pdf"), "交叉引用损坏", "55.1")]
    out = tmp_path / "b.pdf"
    result = render_binder(ctx, build_groups(catalog, ["55"], files), out, converter=None)
    assert [p.code for p in result.problems] == ["repaired"]
    assert "交叉引用表损坏 第2页" in pdftotext_pages(out)[2]


def test_pdf_with_a_damaged_page_is_merged_and_the_page_named(ctx, catalog, tmp_path):
    files = [ef(damaged_page_pdf(tmp_path / "坏页.pdf"), "有坏页的文件", "55.1")]
    out = tmp_path / "b.pdf"
    result = render_binder(ctx, build_groups(catalog, ["55"], files), out, converter=None)
    assert result.pages == 4 and len(PdfReader(out, strict=True).pages) == 4
    assert [(p.code, "第 2 页" in p.message) for p in result.problems] == [("page-damaged", True)]
    pages = pdftotext_pages(out)
    assert "坏页 第1页" in pages[1] and "坏页 第3页" in pages[3]


def test_missing_unsupported_and_unreadable_files_get_placeholder_pages(ctx, catalog, tmp_path):
    files = [ef(tmp_path / "不存在.pdf", "丢失的文件", "55.1"),
             ef(fake_video(tmp_path / "录像.mp4"), "执法记录仪视频", "55.1"),
             ef(broken_png(tmp_path / "截图.png"), "损坏的截图", "55.1")]
    out = tmp_path / "b.pdf"
    result = render_binder(ctx, build_groups(catalog, ["55"], files), out, converter=None)
    assert [p.code for p in result.problems] == ["missing", "unsupported", "damaged"]
    assert result.pages == 4
    pages = [squash(t) for t in pdftotext_pages(out)]
    assert "材料文件缺失" in pages[1] and "此处为视频文件" in pages[2] and "图片无法读取" in pages[3]
    assert "（文件缺失，无法计算）" in pages[0]


def test_word_and_excel_without_libreoffice_are_noted(ctx, catalog, tmp_path, monkeypatch):
    monkeypatch.setenv("EVIDENCE_DESK_NO_OFFICE", "1")
    assert OfficeConverter.find() is None
    files = [ef(word_docx(tmp_path / "说明.docx"), "情况说明", "55.1"), ef(excel_xlsx(tmp_path / "表.xlsx"), "统计表", "55.1")]
    out = tmp_path / "b.pdf"
    result = render_binder(ctx, build_groups(catalog, ["55"], files), out)
    assert [p.code for p in result.problems] == ["not-converted", "not-converted"]
    pages = [squash(t) for t in pdftotext_pages(out)]
    assert "此处为Word文档，本机无法转换" in pages[1] and "本机未安装LibreOffice" in pages[1]
    assert "此处为Excel表格，本机无法转换" in pages[2]


@pytest.mark.slow
def test_word_is_converted_when_libreoffice_is_installed(ctx, catalog, tmp_path):
    converter = OfficeConverter.find()
    if converter is None:
        pytest.skip("LibreOffice is not installed")
    files = [ef(word_docx(tmp_path / "说明.docx", "行政执法情况说明"), "情况说明", "55.1")]
    out = tmp_path / "b.pdf"
    result = render_binder(ctx, build_groups(catalog, ["55"], files), out, converter=converter)
    assert result.problems == []
    assert "行政执法情况说明" in squash("".join(pdftotext_pages(out)[1:]))


# ---------------------------------------------------------------------------- pictures and page geometry


def test_photo_is_turned_upright_and_fitted_on_a4(ctx, catalog, tmp_path):
    files = [ef(photo_jpeg(tmp_path / "竖拍.jpg", orientation=6), "竖拍照片", "55.1"),
             ef(photo_jpeg(tmp_path / "横拍.jpg", orientation=1), "横拍照片", "55.1")]
    out = tmp_path / "b.pdf"
    render_binder(ctx, build_groups(catalog, ["55"], files), out, converter=None)
    r = PdfReader(out)
    portrait, landscape = r.pages[1].mediabox, r.pages[2].mediabox
    assert (round(portrait.width), round(portrait.height)) == (595, 842)
    assert (round(landscape.width), round(landscape.height)) == (842, 595)
    # The raw picture has a black block in its top-left corner; EXIF 6 means "turn 90° clockwise",
    # so upright the block must be at the top right.
    im = render(out, 2, tmp_path)
    w, h = im.size
    assert dark_fraction(im, (w // 2, 0, w, h // 3)) > 0.05
    assert dark_fraction(im, (0, 0, w // 2, h // 3)) < 0.01
    im = render(out, 3, tmp_path)
    w, h = im.size
    assert dark_fraction(im, (0, 0, w // 2, h // 2)) > 0.05 and dark_fraction(im, (w // 2, 0, w, h // 2)) < 0.01


def test_jpeg_bytes_pass_through_unchanged(ctx, catalog, tmp_path):
    photo = photo_jpeg(tmp_path / "p.jpg")
    out = tmp_path / "b.pdf"
    render_binder(ctx, build_groups(catalog, ["55"], [ef(photo, "照片", "55.1")]), out, converter=None)
    assert photo.read_bytes() in out.read_bytes()


def test_scanned_pdf_images_are_copied_byte_for_byte(ctx, catalog, tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from benchlib import make_scan_like_pdf

    scan = tmp_path / "scan.pdf"
    make_scan_like_pdf(scan, 0.2, pages=2, seed=7)
    image_data = PdfReader(scan).pages[0]["/Resources"]["/XObject"]["/Im0"].get_object()._data
    out = tmp_path / "b.pdf"
    render_binder(ctx, build_groups(catalog, ["55"], [ef(scan, "扫描件", "55.1")]), out, converter=None)
    assert image_data in out.read_bytes()
    copied = PdfReader(out).pages[1]["/Resources"]["/XObject"]["/Im0"].get_object()
    assert copied._data == image_data and copied["/Filter"] == "/DCTDecode"


def test_multipage_tiff_gives_one_page_per_frame(ctx, catalog, tmp_path):
    out = tmp_path / "b.pdf"
    result = render_binder(ctx, build_groups(catalog, ["55"], [ef(multipage_tiff(tmp_path / "传真.tif"), "传真", "55.1")]),
                           out, converter=None)
    assert result.pages == 1 + 3


def test_footer_sits_at_the_bottom_of_rotated_pages(ctx, catalog, tmp_path):
    out = tmp_path / "b.pdf"
    render_binder(ctx, build_groups(catalog, ["55"], [ef(rotated_pdf(tmp_path / "r.pdf"), "横放扫描件", "55.1")]),
                  out, converter=None)
    pages = pdftotext_pages(out)
    assert "第2页共3页" in squash(pages[1]) and "第3页共3页" in squash(pages[2])
    for page in (2, 3):
        im = render(out, page, tmp_path, dpi=100)
        w, h = im.size
        assert w > h  # shown sideways, as the scan was saved
        assert dark_fraction(im, (w // 3, h - h // 12, 2 * w // 3, h)) > 0.005  # the footer: bottom centre
        assert dark_fraction(im, (0, 0, w, h // 12)) < 0.001  # and not at the top


def test_annotations_keep_their_appearance_and_point_to_their_new_page(ctx, catalog, tmp_path):
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText

    src = text_pdf(tmp_path / "a.pdf", 2, "带批注")
    w = PdfWriter(clone_from=PdfReader(src))
    w.add_annotation(1, FreeText(text="已核对", rect=(50, 50, 200, 100)))
    w.write(src)
    out = tmp_path / "b.pdf"
    render_binder(ctx, build_groups(catalog, ["55"], [ef(src, "带批注的文件", "55.1")]), out, converter=None)
    r = PdfReader(out, strict=True)
    annots = r.pages[2]["/Annots"]
    assert len(annots) == 1
    annot = annots[0].get_object()
    assert annot["/Contents"] == "已核对" and annot["/P"].get_object() == r.pages[2]
    assert "/Annots" not in r.pages[1]


# ---------------------------------------------------------------------------- writing safely


def test_cancel_leaves_no_file_behind(ctx, catalog, tmp_path):
    files = [ef(text_pdf(tmp_path / "a.pdf", 5, "甲"), "甲", "55.1")]
    out = tmp_path / "out" / "b.pdf"

    def progress(what, done, total):
        if what == "合并页面" and done == 3:
            raise Cancelled("已取消。")

    with pytest.raises(Cancelled):
        render_binder(ctx, build_groups(catalog, ["55"], files), out, converter=None, progress=progress)
    assert list((tmp_path / "out").iterdir()) == []


def test_output_path_that_is_a_folder_is_a_user_error(ctx, catalog, tmp_path):
    with pytest.raises(UserError, match="文件夹"):
        render_binder(ctx, build_groups(catalog, ["55"]), tmp_path, converter=None)


def test_nothing_selected_is_a_user_error(ctx, tmp_path):
    with pytest.raises(UserError, match="没有要打印的指标"):
        render_binder(ctx, [], tmp_path / "b.pdf", converter=None)


def test_output_is_valid_for_poppler(ctx, catalog, tmp_path):
    need("pdfinfo")
    files = [ef(text_pdf(tmp_path / "a.pdf", 2, "甲"), "甲", "55.1"), ef(screenshot_png(tmp_path / "s.png"), "截图", "55.1")]
    out = tmp_path / "b.pdf"
    render_binder(ctx, build_groups(catalog, ["55", "1"], files), out, converter=None)
    r = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True)
    assert r.returncode == 0 and r.stderr == "" and "Pages:           6" in r.stdout
    assert shutil.which("pdftotext") and PAGE_TEXT in "".join(pdftotext_pages(out))
