"""Cover sheets, checked on the real output: text (pdftotext), fonts (pdffonts), QR (zbarimg), page geometry."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.core.catalog import load
from desktop.core.printing import PrintContext, build_groups, qr, render_binder, render_covers
from desktop.core.printing.sheets import MARGIN_X
from tests.test_print_inputs import ef, photo_jpeg, screenshot_png, text_pdf

UNIT = "市委党校（晋城行政学院）"  # the longest unit name on the roster


def need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")


def pdftotext_pages(pdf: Path) -> list[str]:
    need("pdftotext")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return out.decode("utf-8").split("\f")[:-1]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def decode_qr(pdf: Path, page: int, tmp: Path) -> str:
    """Render one page at 200 dpi and read its QR code with zbarimg (an independent decoder)."""
    need("pdftoppm")
    need("zbarimg")
    stem = tmp / f"qr-{page}"
    subprocess.run(["pdftoppm", "-r", "200", "-f", str(page), "-l", str(page), "-singlefile", "-png", str(pdf), str(stem)],
                   check=True)
    r = subprocess.run(["zbarimg", "--raw", "-q", f"{stem}.png"], capture_output=True)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    return r.stdout.decode("utf-8").strip()


def fonts_of(pdf: Path) -> list[list[str]]:
    need("pdffonts")
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True).stdout.splitlines()[2:]
    return [line.split() for line in lines]


@pytest.fixture(scope="module")
def catalog():
    return load()


@pytest.fixture
def ctx(catalog):
    import datetime as dt

    return PrintContext(catalog, UNIT, "李四", "0356-2026888", dt.date(2022, 9, 1))


@pytest.fixture(scope="module")
def all_covers(tmp_path_factory):
    """One sheet per indicator of the built-in catalog, no files attached."""
    import datetime as dt

    cat = load()
    ctx = PrintContext(cat, UNIT, "李四", "0356-2026888", dt.date(2022, 9, 1))
    out = tmp_path_factory.mktemp("covers") / "covers.pdf"
    result = render_covers(ctx, build_groups(cat, [i.key for i in cat.indicators], merge=False), out, converter=None)
    return cat, out, result


def test_every_indicator_gets_one_page_with_its_full_text_and_the_unit(all_covers):
    cat, pdf, result = all_covers
    pages = pdftotext_pages(pdf)
    assert result.pages == len(pages) == len(cat.indicators) == 104
    for ind, text in zip(cat.indicators, pages):
        flat = squash(text)
        assert squash(ind.text) in flat, ind.key
        assert squash(UNIT) in flat
        assert squash(ind.label()) in flat or f"第{ind.key}项" in flat
        assert "盖章处" in flat and "联系电话：0356-2026888" in flat and "2022年9月1日" in flat


def test_longest_indicator_text_wraps_inside_the_page(all_covers, tmp_path):
    cat, pdf, _ = all_covers
    longest = max(cat.indicators, key=lambda i: len(i.text))
    assert len(longest.text) > 200
    page = cat.indicators.index(longest) + 1
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, check=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html)[1])
    boxes = [tuple(map(float, m)) for m in re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', html)]
    assert boxes
    for x0, x1 in boxes:  # nothing runs past the margins (hanging punctuation included)
        assert MARGIN_X - 1 <= x0 and x1 <= width - MARGIN_X + 1


def test_fonts_are_embedded_subsets(all_covers):
    rows = fonts_of(all_covers[1])
    assert rows
    for row in rows:
        emb, sub = row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), row
        assert "WenQuanYi" in row[0]


def test_qr_decodes_to_unit_catalog_keys_and_file_hashes(ctx, catalog, tmp_path):
    files = [ef(text_pdf(tmp_path / "台账.pdf", 2, "执法记录台账"), "执法记录台账", "55.1"),
             ef(photo_jpeg(tmp_path / "现场.jpg"), "现场照片", "55.1")]
    groups = build_groups(catalog, ["55"], files)
    out = tmp_path / "c.pdf"
    render_covers(ctx, groups, out, converter=None)
    text = decode_qr(out, 1, tmp_path)
    from desktop.core.printing.attachments import sha256_file

    hashes = [sha256_file(f.path) for f in files]
    assert text == qr.build_payload(catalog.id, UNIT, ["55"], hashes).text
    decoded = qr.parse_payload(text)
    assert (decoded.catalog, decoded.unit, decoded.keys, decoded.mode) == (catalog.id, UNIT, ("55",), "F")
    assert decoded.hashes == tuple(hashes)
    flat = squash(pdftotext_pages(out)[0])
    assert all(h in flat for h in hashes)  # the sheet prints every hash the code carries


def test_many_files_switch_the_qr_to_the_listing_hash(ctx, catalog, tmp_path):
    files = [ef(screenshot_png(tmp_path / f"截图{n}.png"), f"网站截图{n}", "M34-46.1") for n in range(1)]
    files += [ef(text_pdf(tmp_path / f"意见书{n}.pdf", 1, f"合法性审核意见书{n}"), f"合法性审核意见书{n}", "M34-46.3")
              for n in range(11)]
    keys = [str(k) for k in range(34, 47)]
    groups = build_groups(catalog, keys, files)
    assert len(groups) == 1 and groups[0].keys == tuple(keys)
    out = tmp_path / "c.pdf"
    result = render_covers(ctx, groups, out, converter=None)
    decoded = qr.parse_payload(decode_qr(out, result.pages, tmp_path))  # the code sits on the sheet's last page
    from desktop.core.printing.attachments import sha256_file

    hashes = [sha256_file(f.path) for f in files]
    assert decoded.mode == "L" and decoded.keys == tuple(keys)
    assert decoded.listing_count == len(set(hashes))
    assert decoded.listing_sha256 == qr.listing_sha256(hashes)
    assert "34-46" in decode_qr(out, result.pages, tmp_path)  # key runs are written compactly
    text = squash("".join(pdftotext_pages(out)))
    assert "第34～46项（合并报送）" in text and "含文件清单校验值" in text


def test_merged_group_sheet_names_every_indicator_and_fits_one_page(ctx, catalog, tmp_path):
    out = tmp_path / "c.pdf"
    groups = build_groups(catalog, ["47", "48", "49", "50", "51"])
    result = render_covers(ctx, groups, out, converter=None)
    assert result.pages == 1  # five long texts and six requests: set a size smaller rather than spill
    flat = squash(pdftotext_pages(out)[0])
    for k in ("47", "48", "49", "50", "51"):
        assert squash(catalog.indicator(k).text) in flat
    assert "第47～51项（合并报送）" in flat


def test_sheet_page_ranges_match_the_binder(ctx, catalog, tmp_path):
    files = [ef(text_pdf(tmp_path / "a.pdf", 3, "甲"), "甲材料", "55.1"),
             ef(text_pdf(tmp_path / "b.pdf", 2, "乙"), "乙材料", "M26-29.1")]
    groups = build_groups(catalog, ["26", "27", "28", "29", "55"], files)
    covers = render_covers(ctx, groups, tmp_path / "c.pdf", converter=None)
    binder = render_binder(ctx, groups, tmp_path / "b.pdf", converter=None)
    assert covers.sections == binder.sections
    first = binder.sections[0]
    assert first.cover[0] == 2  # after one page of contents
    text = squash(pdftotext_pages(tmp_path / "c.pdf")[0])
    a, b = first.files[0]
    assert (f"第{a}～{b}页" if a != b else f"第{a}页") in text


def test_blank_contact_leaves_lines_to_fill_in(catalog, tmp_path):
    ctx = PrintContext(catalog, "市司法局")
    out = tmp_path / "c.pdf"
    render_covers(ctx, build_groups(catalog, ["1"]), out, converter=None)
    assert "联系人：＿＿" in squash(pdftotext_pages(out)[0])
