"""Every kind of bad input the issue lists gets a clear Chinese message naming the file (and the row), and saves nothing."""

from __future__ import annotations

import io
import shutil
import subprocess
import time
import zipfile

import pytest

from desktop.core import paths
from desktop.core.catalog.importers import ImportFailed, import_file
from desktop.core.catalog.importers.sniff import MAX_FILE, MAX_TEXT

from .importfiles import docx_paragraphs, docx_with_table

HEAD = ["序号", "一级指标", "三级指标", "责任单位", "具体资料报送"]


def _error(path) -> str:
    with pytest.raises(ImportFailed) as e:
        import_file(path)
    msg = str(e.value)
    assert path.name in msg, msg
    assert msg.endswith("没有导入任何内容，目录库未作改动。"), msg
    assert "Traceback" not in msg
    return msg


def _small_docx(path):
    docx_with_table(path, [HEAD, ["1", "一、甲", "内容。", "A局", "材料"]])


def _small_xlsx(path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(HEAD)
    wb.active.append([1, "一、甲", "内容。", "A局", "材料"])
    wb.save(path)


# ---------------------------------------------------------------- old formats
@pytest.fixture(scope="module")
def legacy_files(tmp_path_factory):
    """A real .doc and .xls, written by LibreOffice from a .docx and .xlsx (skipped where it is not installed)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed: no real .doc/.xls to test with")
    d = tmp_path_factory.mktemp("legacy")
    _small_docx(d / "表.docx")
    _small_xlsx(d / "表.xlsx")
    for src, fmt in (("表.docx", "doc"), ("表.xlsx", "xls")):
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{d}/lo-{fmt}",
                        "--convert-to", fmt, "--outdir", str(d), str(d / src)],
                       check=True, capture_output=True, timeout=180)
    return d / "表.doc", d / "表.xls"


def test_old_word_doc_asks_to_resave_as_docx(legacy_files):
    doc, _ = legacy_files
    assert doc.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    msg = _error(doc)
    assert "Word 97-2003" in msg and "另存为" in msg and "*.docx" in msg


def test_old_excel_xls_asks_to_resave_as_xlsx(legacy_files):
    _, xls = legacy_files
    msg = _error(xls)
    assert "Excel 97-2003" in msg and "*.xlsx" in msg


def test_wps_and_et_files_get_the_wps_wording(legacy_files, tmp_path):
    doc, xls = legacy_files
    wps, et = tmp_path / "任务.wps", tmp_path / "任务.et"
    shutil.copy(doc, wps)
    shutil.copy(xls, et)
    assert "WPS 文字" in _error(wps) and "*.docx" in _error(wps)
    assert "WPS 表格" in _error(et) and "*.xlsx" in _error(et)


def test_old_format_renamed_to_docx_is_told_by_its_bytes(legacy_files, tmp_path):
    doc, xls = legacy_files
    fake_docx, fake_xlsx = tmp_path / "改名.docx", tmp_path / "改名.xlsx"
    shutil.copy(doc, fake_docx)
    shutil.copy(xls, fake_xlsx)
    assert "旧格式" in _error(fake_docx) and "*.docx" in _error(fake_docx)
    assert "*.xlsx" in _error(fake_xlsx)


def test_old_format_by_extension_alone(tmp_path):
    """A .doc that is not even an OLE2 file (damaged, or something else renamed) still gets the re-save advice."""
    p = tmp_path / "旧.doc"
    p.write_bytes(b"\x00\x01garbage" * 10)
    assert "另存为" in _error(p)


# ---------------------------------------------------------------- passwords
def _encrypt(src, dst):
    from msoffcrypto.format.ooxml import OOXMLFile

    with open(src, "rb") as f, open(dst, "wb") as out:
        OOXMLFile(f).encrypt("mima123", out)


def test_password_protected_workbook(tmp_path):
    plain, locked = tmp_path / "plain.xlsx", tmp_path / "加密.xlsx"
    _small_xlsx(plain)
    _encrypt(plain, locked)
    assert locked.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # OOXML with a password is an OLE2 container
    msg = _error(locked)
    assert "密码" in msg and "取消密码" in msg


def test_password_protected_word_document(tmp_path):
    plain, locked = tmp_path / "plain.docx", tmp_path / "加密.docx"
    _small_docx(plain)
    _encrypt(plain, locked)
    assert "密码" in _error(locked)


# ---------------------------------------------------------------- no table, wrong header
def test_file_with_no_table_that_looks_like_an_indicator_table(tmp_path):
    path = tmp_path / "通知.docx"
    docx_with_table(path, [["姓名", "职务", "电话"], ["张三", "科长", "1234"]],
                    before=["关于报送资料的通知", "请各单位按时报送。"])
    msg = _error(path)
    assert "没有找到像指标表的表格" in msg
    assert "姓名｜职务｜电话" in msg  # what the table's header says
    assert "三级指标" in msg and "责任单位" in msg and "具体资料报送" in msg  # what it should say


def test_unrecognised_header_names_the_headers_found_and_expected(tmp_path):
    path = tmp_path / "表.docx"
    docx_with_table(path, [["项目", "单位", "材料"], ["甲", "A局", "材料"]])
    msg = _error(path)
    assert "项目｜单位｜材料" in msg and "指标内容" in msg and "佐证材料" in msg


def test_word_file_with_neither_table_nor_numbered_text(tmp_path):
    path = tmp_path / "空白说明.docx"
    docx_paragraphs(path, ["说明", "这里只有几句话。", "没有编号，也没有表格。"])
    assert "没有表格" in _error(path)


def test_text_file_without_anything_numbered(tmp_path):
    path = tmp_path / "说明.txt"
    path.write_text("只有一段说明文字，没有编号。\n", encoding="utf-8")
    assert "没有找到指标或任务" in _error(path)


# ---------------------------------------------------------------- rows
def test_duplicate_indicator_numbers_name_both_rows(tmp_path):
    path = tmp_path / "重复.docx"
    docx_with_table(path, [HEAD, ["1", "一、甲", "甲。", "A局", ""], ["2", "", "乙。", "A局", ""],
                           ["2", "", "丙。", "B局", ""]])
    msg = _error(path)
    assert "第1个表格第4行" in msg and "第1个表格第3行" in msg and "编号“2”" in msg


def test_rows_whose_text_is_empty_name_the_row(tmp_path):
    path = tmp_path / "缺内容.docx"
    docx_with_table(path, [HEAD, ["1", "一、甲", "甲。", "A局", ""], ["2", "", "", "B局", "材料"],
                           ["3", "", "丙。", "A局", ""], ["4", "", "", "", ""]])
    msg = _error(path)
    assert "第1个表格第3行" in msg and "指标内容是空的" in msg
    assert "第1个表格第5行" in msg  # a row with only its number is reported too
    assert msg.count("指标内容是空的") == 2


def test_only_some_rows_numbered(tmp_path):
    path = tmp_path / "漏号.docx"
    docx_with_table(path, [["序号", "指标内容", "责任单位"], ["1", "甲。", "A局"], ["", "乙。", "B局"]])
    msg = _error(path)
    assert "第1个表格第3行" in msg and "没有指标编号" in msg


def test_number_column_and_numbered_text_disagree(tmp_path):
    path = tmp_path / "不一致.docx"
    docx_with_table(path, [["序号", "指标内容", "责任单位"], ["5、6", "5 甲。 7 乙。", "A局"]])
    assert "请让两者一致" in _error(path)


def test_number_column_that_is_not_a_number(tmp_path):
    path = tmp_path / "序号.docx"
    docx_with_table(path, [["序号", "指标内容", "责任单位"], ["甲", "内容。", "A局"]])
    assert "序号“甲”不是数字" in _error(path)


def test_several_problems_are_listed_together(tmp_path):
    rows = [HEAD] + [[str(n), "一、甲", "" if n % 2 else "内容。", "A局", "x"] for n in range(1, 30)]
    path = tmp_path / "很多.docx"
    docx_with_table(path, rows)
    msg = _error(path)
    assert msg.count("指标内容是空的") == 12 and "另有 3 处问题" in msg


# ---------------------------------------------------------------- empty, huge, not a table at all
def test_empty_file(tmp_path):
    for name in ("空.docx", "空.xlsx", "空.csv", "空.txt"):
        p = tmp_path / name
        p.write_bytes(b"")
        assert "文件是空的" in _error(p)


def test_blank_csv_says_what_it_found(tmp_path):
    p = tmp_path / "空白.csv"
    p.write_text("\n\n ,, \n", encoding="utf-8")
    assert "没有找到像指标表的表格" in _error(p)


def test_fifty_megabyte_word_file_imports_because_only_the_text_is_read(tmp_path):
    """A notice with a 50 MB scanned picture pasted in: the picture is never read."""
    path = tmp_path / "带扫描件.docx"
    _small_docx(path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_STORED) as z:
        z.writestr("word/media/image1.png", bytes(50 * 1024 * 1024))
    assert path.stat().st_size > 50 * 1024 * 1024
    start = time.perf_counter()
    cat = import_file(path).catalog
    assert [i.key for i in cat] == ["1"]
    assert time.perf_counter() - start < 30  # a sanity bound against reading the picture, not a timing test


def test_fifty_megabyte_csv_is_refused_before_reading(tmp_path):
    path = tmp_path / "巨大.csv"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: the test writes nothing, the importer must not read it
    msg = _error(path)
    assert "太大" in msg and f"{MAX_TEXT // 1024 // 1024} MB" in msg


def test_file_over_the_hard_limit_is_refused(tmp_path):
    path = tmp_path / "巨大.xlsx"
    with path.open("wb") as f:
        f.truncate(MAX_FILE + 1)
    assert "超过可导入的上限" in _error(path)


def test_pdf_rtf_html_and_zip_are_refused_with_advice(tmp_path):
    cases = {
        "表.pdf": (b"%PDF-1.7\n%...", "PDF"),
        "表.docx": (b"{\\rtf1\\ansi text}", "RTF"),
        "表.xls": (b"<html><table><tr><td>1</td></tr></table></html>", "网页"),
    }
    for name, (data, word) in cases.items():
        p = tmp_path / name
        p.write_bytes(data)
        assert word in _error(p), name
    z = tmp_path / "资料.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("a.txt", "x")
    assert "压缩包" in _error(z)


def test_damaged_docx(tmp_path):
    good = tmp_path / "好.docx"
    _small_docx(good)
    bad = tmp_path / "坏.docx"
    bad.write_bytes(good.read_bytes()[:3000])
    assert "损坏" in _error(bad)


def test_odt_is_refused_with_advice(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    p = tmp_path / "表.odt"
    p.write_bytes(buf.getvalue())
    assert "OpenDocument" in _error(p)


def test_failed_import_leaves_the_library_untouched(cli, tmp_path, isolated_home):
    path = tmp_path / "重复.docx"
    docx_with_table(path, [HEAD, ["1", "一、甲", "甲。", "A局", ""], ["1", "", "乙。", "A局", ""]])
    r = cli("catalog", "import", str(path), "--save", env={"EVIDENCE_DESK_HOME": str(isolated_home)})
    assert r.returncode != 0 and r.stdout == ""
    assert r.stderr.startswith("错误：无法导入“重复.docx”") and "Traceback" not in r.stderr
    library = paths.catalog_library_dir()
    assert not library.exists() or list(library.iterdir()) == []
