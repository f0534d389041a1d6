"""What a file really is, whatever its name says, and a clear refusal for what we cannot read.

Offices still send .doc/.wps/.xls/.et files, rename files, protect them with
passwords and attach PDFs. All of these are told by their first bytes:
OLE2 compound files (``D0 CF 11 E0``) are the old binary formats, and an
OOXML file with a password is an OLE2 file holding an ``EncryptionInfo``
stream; .docx/.xlsx are ZIP packages told apart by their parts.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.core.catalog.importers.problems import ImportFailed

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_FILE = 200 * 1024 * 1024  # nothing an office sends as a table is bigger; refused before reading
MAX_TEXT = 10 * 1024 * 1024  # CSV/TSV/TXT: a 1,000-row table is well under 1 MB

WORD_EXT = {".doc", ".wps", ".wpt", ".dot", ".docx", ".docm", ".dotx", ".dotm"}
SHEET_EXT = {".xls", ".et", ".ett", ".xlt", ".xlsx", ".xlsm", ".xltx", ".xltm"}
TABLE_TEXT_EXT = {".csv", ".tsv"}

_RESAVE_WORD = "请用 Word 或 WPS 打开它，选择“文件 → 另存为”，保存类型选“Word 文档（*.docx）”，再导入新文件。"
_RESAVE_SHEET = "请用 Excel 或 WPS 打开它，选择“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入新文件。"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def sniff(path: Path) -> str:
    """"docx", "xlsx", "table-text" (CSV/TSV) or "text"; ImportFailed for anything we refuse, saying what to do."""
    name, ext = path.name, path.suffix.lower()
    size = path.stat().st_size
    if size == 0:
        raise ImportFailed(name, "文件是空的（0 字节）。请检查是否选错了文件，或文件在复制时损坏。")
    if size > MAX_FILE:
        raise ImportFailed(name, f"文件太大（{_mb(size)}），超过可导入的上限 {_mb(MAX_FILE)}。指标表通常不到 1 MB；"
                           "请确认选的是指标表，或删除其中的图片后另存再导入。")
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(OLE2):
        return _ole2(path, ext)
    if head.startswith(b"PK\x03\x04"):
        return _zip(path, ext)
    if head.startswith(b"%PDF"):
        raise ImportFailed(name, "这是 PDF 文件，无法从中可靠地读出表格。请向依法治市办索取 Word 或 Excel 原件再导入。")
    if head.startswith(b"{\\rtf"):
        raise ImportFailed(name, "这是 RTF 格式的文件。" + _RESAVE_WORD)
    if ext in WORD_EXT | SHEET_EXT:
        with path.open("rb") as f:
            start = f.read(2048).lstrip().lower()
        if start.startswith((b"<html", b"<!doctype", b"<table", b"<?xml", b"\xef\xbb\xbf<")):
            raise ImportFailed(name, "这个文件实际上是网页（HTML/XML）格式，只是扩展名像 Office 文件。"
                               + (_RESAVE_SHEET if ext in SHEET_EXT else _RESAVE_WORD))
        raise ImportFailed(name, "文件内容不是 Word 或 Excel 格式（可能已损坏，或扩展名被改过）。"
                           + (_RESAVE_SHEET if ext in SHEET_EXT else _RESAVE_WORD))
    if size > MAX_TEXT:
        raise ImportFailed(name, f"文本文件太大（{_mb(size)}），超过上限 {_mb(MAX_TEXT)}，不像是指标表或实施方案。"
                           "请确认选的是正确的文件。")
    return "table-text" if ext in TABLE_TEXT_EXT else "text"


def _ole2(path: Path, ext: str) -> str:
    data = path.read_bytes()
    if _utf16("EncryptionInfo") in data or _utf16("EncryptedPackage") in data:
        raise ImportFailed(
            path.name, "文件设置了打开密码，本程序无法读取加密的文件。请在 Word/Excel/WPS 中输入密码打开，"
            "取消密码（“文件 → 信息 → 保护 → 用密码进行加密”，清空密码），保存后再导入。",
            en=f"{path.name} is password-protected.")
    # Stream names in the OLE2 directory are NUL-terminated UTF-16: "WordDocument" for Word/WPS text,
    # "Workbook" (or "Book" before Excel 97) for Excel/WPS spreadsheets.
    if _utf16("WordDocument\0") in data:
        is_sheet = False
    elif _utf16("Workbook\0") in data or _utf16("Book\0") in data:
        is_sheet = True
    else:
        is_sheet = ext in {".xls", ".et", ".ett", ".xlt", ".xlsx", ".xlsm"}
    what = {".wps": "WPS 文字", ".et": "WPS 表格", ".xls": "Excel 97-2003", ".doc": "Word 97-2003"}.get(
        ext, "Excel 97-2003 或 WPS 表格" if is_sheet else "Word 97-2003 或 WPS 文字")
    raise ImportFailed(path.name, f"这是{what}的旧格式文件，本程序只能读取 .docx 和 .xlsx。"
                       + (_RESAVE_SHEET if is_sheet else _RESAVE_WORD),
                       en=f"{path.name} is a legacy binary Office file; save it as .docx/.xlsx.")


def _zip(path: Path, ext: str) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError):
        raise ImportFailed(path.name, "文件已损坏，无法打开。" + (_RESAVE_SHEET if ext in SHEET_EXT else _RESAVE_WORD)) from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and "mimetype" in names:
        sheet = ext in {".ods", ".ots"} or ext in SHEET_EXT
        return _refuse_odf(path, sheet)
    raise ImportFailed(path.name, "这是一个压缩包，不是 Word 或 Excel 文件。请解压后导入其中的指标表。")


def _refuse_odf(path: Path, sheet: bool) -> str:
    raise ImportFailed(path.name, "这是 OpenDocument（.odt/.ods）格式。"
                       + (_RESAVE_SHEET if sheet else _RESAVE_WORD))
