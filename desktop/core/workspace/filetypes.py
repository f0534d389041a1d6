"""What kind of file is being attached, and whether to accept it: by content first, name second.

The office asked for PDFs; scans also arrive as images, and Word/Excel/WPS
files are accepted with a reminder. A ``.pdf`` whose content is not a PDF is
refused: the common case is a browser that saved a web server's error page
under the name of the file it failed to download.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

PDF_EXT = {".pdf"}
IMAGE_EXT = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
OFFICE_EXT = {".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".ppt", ".pptx", ".dps"}
# Never evidence; usually dragged in by mistake together with real files.
_SHORTCUT_EXT = {".lnk", ".url"}
_PROGRAM_EXT = {".exe", ".com", ".bat", ".cmd", ".scr", ".msi", ".vbs", ".ps1"}
_SYSTEM_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}

# Parsing a damaged PDF makes pypdf read the whole file into memory; above this size only the header is checked.
PDF_PARSE_LIMIT = 512 * 1024 * 1024
HEAD_BYTES = 1024

KINDS = ("pdf", "image", "office", "other")
KIND_LABELS = {"pdf": "PDF", "image": "图片", "office": "Office 文档", "other": "其他文件"}


@dataclass
class Verdict:
    """The outcome of looking at one file: a kind, or a refusal; plus facts and warnings."""

    kind: str = "other"
    refusal: str | None = None
    pages: int | None = None
    encrypted: bool = False
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, Chinese message)


def refusal_by_name(name: str) -> str | None:
    """Files refused before a byte is read."""
    low = name.lower()
    ext = Path(low).suffix
    if low.startswith("~$"):
        return "这是 Office 打开文档时生成的临时文件（文件名以 ~$ 开头），不是文档本身。请添加原文档。"
    if low in _SYSTEM_NAMES:
        return "这是操作系统自动生成的文件，不是印证资料。"
    if ext in _SHORTCUT_EXT:
        return "这是快捷方式，不是文件本身。请打开快捷方式所在位置，添加它指向的文件。"
    if ext in _PROGRAM_EXT:
        return "这是可执行程序或脚本，不能作为印证资料添加。"
    return None


def _looks_like_html(head: bytes) -> bool:
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return h.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")) or b"<html" in h[:512]


def _image_magic(head: bytes) -> bool:
    return head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*"))


def classify(name: str, head: bytes) -> Verdict:
    """The kind from the first bytes and the name; refusals for content that contradicts its name."""
    ext = Path(name.lower()).suffix
    if b"%PDF-" in head[:HEAD_BYTES]:
        return Verdict("pdf")
    if ext in PDF_EXT:
        if _looks_like_html(head):
            why = "内容是网页（HTML），很可能是下载失败时浏览器保存下来的错误页面"
        else:
            why = "内容不是 PDF 格式（文件开头没有 PDF 标记）"
        return Verdict(refusal=f"文件名是 .pdf，但{why}。请重新下载或重新扫描，确认能用 PDF 阅读器打开后再添加。")
    if _image_magic(head):
        return Verdict("image", pages=1)
    if ext in IMAGE_EXT:
        return Verdict(refusal="文件名是图片，但内容不是有效的 JPG/PNG/TIF 图片。文件可能已损坏或不完整。")
    if ext in OFFICE_EXT:
        v = Verdict("office")
        v.warnings.append((
            "office_format",
            "依法治市办要求报送 PDF 格式的印证资料。已添加此 Office 文档，但请尽量另存为 PDF 后替换它。",
        ))
        return v
    v = Verdict("other")
    v.warnings.append((
        "other_format",
        f"“{ext or '无扩展名'}”不是 PDF、图片或 Office 文档。已添加，但打印和装订时无法处理这类文件。",
    ))
    return v


def load_pdf_reader():
    """pypdf, imported on first use: a noticeable start-up cost that many commands do not need."""
    from pypdf import PdfReader

    return PdfReader


def inspect_pdf(path: Path, size: int) -> Verdict:
    """Page count and encryption from pypdf, reading only what it needs from our stored copy."""
    v = Verdict("pdf")
    if size > PDF_PARSE_LIMIT:
        v.warnings.append(("pdf_not_parsed", "文件很大，没有检查 PDF 的内部结构和页数。"))
        return v
    PdfReader = load_pdf_reader()  # noqa: N806 - a class
    # pypdf reports recoverable oddities through logging; they are not the user's business here.
    log = logging.getLogger("pypdf")
    old_level = log.level
    log.setLevel(logging.ERROR)
    try:
        with open(path, "rb") as f:
            reader = PdfReader(f, strict=False)
            v.encrypted = bool(reader.is_encrypted)
            try:
                v.pages = len(reader.pages)
            except Exception:  # noqa: BLE001 - encrypted without an empty password: pages cannot be counted
                if not v.encrypted:
                    raise
                v.pages = None
    except Exception as e:  # noqa: BLE001 - pypdf raises many types for a damaged file
        v.refusal = (
            "PDF 文件已损坏或不完整，无法读取"
            f"（{type(e).__name__}）。请用 PDF 阅读器检查能否打开，必要时重新下载或重新扫描。"
        )
        return v
    finally:
        log.setLevel(old_level)
    if v.encrypted:
        v.warnings.append((
            "encrypted_pdf",
            "此 PDF 已加密（设有密码或使用权限限制）。已添加，但打印和合并时可能无法处理，建议提供未加密的版本。",
        ))
    elif v.pages == 0:
        v.refusal = "PDF 文件中没有任何页面。请检查文件是否完整。"
    return v


def inspect_image_pages(path: Path) -> int | None:
    """Frames of a multi-page TIFF (scanners produce them); 1 for other images; None if unknown."""
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with reportlab
        return None
    try:
        with Image.open(path) as im:
            return int(getattr(im, "n_frames", 1))
    except Exception:  # noqa: BLE001 - Pillow raises many types; the page count is a nicety
        return None
