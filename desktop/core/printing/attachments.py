"""Turning each enclosed file into pages: its own PDF pages, picture pages, or a page saying why it cannot print.

Everything here runs before page numbers are known, so it also measures: how
many pages each file takes in the binder. Untrusted input stops here — a PDF
that pypdf cannot open or decrypt becomes a reported problem, never a crash.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.printing import images
from desktop.core.printing.model import EnclosedFile, Problem
from desktop.core.printing.office import ConversionFailed, OfficeConverter
from desktop.core.printing.placeholders import GeneratedPages, file_rows

_SUFFIX_KIND = {
    "pdf": "pdf",
    **dict.fromkeys(("jpg", "jpeg", "jpe", "jfif", "png", "bmp", "gif", "tif", "tiff", "webp"), "image"),
    **dict.fromkeys(("doc", "docx", "docm", "wps", "rtf", "odt", "wpt", "dot", "dotx"), "word"),
    **dict.fromkeys(("xls", "xlsx", "xlsm", "et", "ods", "csv"), "excel"),
    **dict.fromkeys(("ppt", "pptx", "dps", "odp"), "presentation"),
    **dict.fromkeys(("txt",), "text"),
    "ofd": "ofd",
    **dict.fromkeys(("mp4", "avi", "mov", "wmv", "mkv", "flv", "3gp", "mpg", "mpeg"), "video"),
    **dict.fromkeys(("mp3", "wav", "wma", "m4a", "amr", "aac"), "audio"),
    **dict.fromkeys(("zip", "rar", "7z", "tar", "gz"), "archive"),
}
OFFICE_KINDS = ("word", "excel", "presentation", "text")
_KIND_NAME = {"word": "Word 文档", "excel": "Excel 表格", "presentation": "演示文稿", "text": "文本文件",
              "ofd": "OFD 版式文件", "video": "视频文件", "audio": "音频文件", "archive": "压缩包", "other": "文件"}
KINDS = ("pdf", "image", *_KIND_NAME)
_REPAIR_HINTS = ("rebuild", "xref", "eof marker", "startxref", "incorrect startxref")


def detect_kind(path: Path) -> str:
    """pdf, image, word, excel, presentation, text, ofd, video, audio, archive or other — by content, then name."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        head = b""
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")) or (
        head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    ):
        return "image"
    return _SUFFIX_KIND.get(path.suffix.lower().lstrip("."), "other")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass
class PreparedFile:
    """An enclosed file as the binder will hold it."""

    file: EnclosedFile
    kind: str
    sha256: str
    size: int | None
    pages: int
    pdf: Path | None = None  # pages 0…pages-1 of this PDF, when the file is (or became) a PDF
    generated: list[int] = field(default_factory=list)  # else these pages of the generated-pages PDF
    password_removed: bool = False  # opened with the empty user password: pypdf must decrypt again
    problems: list[Problem] = field(default_factory=list)


class Diagnostics:
    """What pypdf said while reading: its log warnings and Python warnings, in order of arrival."""

    def __init__(self):
        self.logged: list[str] = []
        self.caught: list = []

    @property
    def messages(self) -> list[str]:
        return self.logged + [str(w.message) for w in self.caught]

    def __len__(self) -> int:
        return len(self.logged) + len(self.caught)

    def __iter__(self):
        return iter(self.messages)


@contextlib.contextmanager
def pypdf_diagnostics():
    """Collect what pypdf says about a file (it logs repairs) instead of letting it reach the user's console."""
    diag = Diagnostics()

    class _Collect(logging.Handler):
        def emit(self, record):
            diag.logged.append(record.getMessage())

    log = logging.getLogger("pypdf")
    handler, propagate = _Collect(logging.WARNING), log.propagate
    log.addHandler(handler)
    log.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            diag.caught = caught
            yield diag
    finally:
        log.removeHandler(handler)
        log.propagate = propagate


@contextlib.contextmanager
def opened_pdf(path: Path):
    """A PdfReader over an open file (decrypted with the empty password when that opens it).

    Given a path, pypdf would read the whole file into memory; over a file
    object it reads objects as they are needed, which keeps big scans out of RAM.
    """
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    with open(path, "rb") as fh:
        reader = PdfReader(fh, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("password required")
        yield reader


class Preparer:
    """Prepares each distinct file once per render (the same file may sit under several indicators)."""

    def __init__(self, workdir: Path, generated: GeneratedPages | None, converter: OfficeConverter | None):
        """With ``generated`` None, only measure: covers need page counts, not the picture pages themselves."""
        self.workdir = workdir
        self.generated = generated
        self.converter = converter
        self._done: dict[tuple[str, str], PreparedFile] = {}
        self._converted: dict[str, Path] = {}

    def prepare(self, f: EnclosedFile, where: str) -> PreparedFile:
        cache_key = (str(Path(f.path).resolve()), where)
        if cache_key not in self._done:
            self._done[cache_key] = self._prepare(f, where)
        return self._done[cache_key]

    # ---------------------------------------------------------------- per kind

    def _prepare(self, f: EnclosedFile, where: str) -> PreparedFile:
        path = Path(f.path)
        if not path.is_file():
            return self._placeholder(
                f, "other", f.sha256 or "", None, where, "missing", "材料文件缺失",
                f"找不到材料文件“{f.name}”（{path}）。文件可能已被移动或删除。请在程序中重新添加该材料后再生成。",
                en=f"{f.name}: file not found at {path}",
            )
        size = path.stat().st_size
        kind = f.kind if f.kind in KINDS else detect_kind(path)
        sha = f.sha256 or sha256_file(path)
        if kind == "pdf":
            return self._pdf(f, path, sha, size, where)
        if kind == "image":
            return self._image(f, path, sha, size, where)
        if kind in OFFICE_KINDS:
            return self._office(f, path, kind, sha, size, where)
        reason = {
            "ofd": "OFD 版式文件无法在本程序中转换为 PDF。请用 OFD 阅读器（如数科、福昕 OFD 版式办公套件）打印该文件，附于此页之后。",
            "video": "音视频材料无法打印。请在报送的电子版中查阅；纸质版以此页代替。",
            "audio": "音视频材料无法打印。请在报送的电子版中查阅；纸质版以此页代替。",
            "archive": "压缩包无法打印。请解压后把其中的文件分别添加为材料。",
        }.get(kind, "这种文件无法转换为 PDF。请将其另行打印后附于此页之后，或转换为 PDF 后重新添加。")
        return self._placeholder(f, kind, sha, size, where, "unsupported", f"此处为{_KIND_NAME.get(kind, '文件')}", reason,
                                 en=f"{f.name}: {kind} files cannot be printed")

    def _pdf(self, f, path, sha, size, where, *, converted_from: str | None = None) -> PreparedFile:
        from pypdf.errors import FileNotDecryptedError

        problems: list[Problem] = []
        try:
            with pypdf_diagnostics() as said, opened_pdf(path) as reader:
                pages = len(reader.pages)
                for p in reader.pages:
                    p.mediabox  # every page must at least have a readable size  # noqa: B018
                removed = reader.is_encrypted
        except FileNotDecryptedError:
            return self._placeholder(
                f, "pdf", sha, size, where, "encrypted", "加密文件无法打印",
                f"“{f.name}”设有打开密码，无法读取内容。请用密码打开后另存为不加密的 PDF，重新添加该材料。",
                en=f"{f.name} is password-protected",
            )
        except MemoryError:
            raise
        except Exception as e:  # noqa: BLE001 - untrusted file: any parser failure means "damaged"
            return self._placeholder(
                f, "pdf", sha, size, where, "damaged", "文件损坏无法打印",
                f"“{f.name}”已损坏，无法读取（{type(e).__name__}）。请找到原始文件或重新扫描后，重新添加该材料。",
                en=f"{f.name} is damaged: {e}",
            )
        if pages == 0:
            return self._placeholder(f, "pdf", sha, size, where, "damaged", "文件没有页面",
                                     f"“{f.name}”中没有任何页面。请检查原始文件后重新添加该材料。",
                                     en=f"{f.name} has no pages")
        if any(any(h in m.lower() for h in _REPAIR_HINTS) for m in said):
            problems.append(Problem("repaired", f"“{f.name}”结构有损坏，已尽量修复后合并。请核对打印结果是否完整。", f,
                                    en=f"{f.name} was damaged and has been repaired; check the printout"))
        if removed:
            problems.append(Problem("permissions", f"“{f.name}”设有权限限制（无打开密码），已按其内容合并。", f,
                                    en=f"{f.name} carries permission restrictions; merged as it reads"))
        kind = converted_from or "pdf"
        return PreparedFile(f, kind, sha, size, pages, pdf=path, password_removed=removed, problems=problems)

    def _image(self, f, path, sha, size, where) -> PreparedFile:
        try:
            frames = images.inspect(path)
        except images.ImageUnreadable as e:
            return self._placeholder(
                f, "image", sha, size, where, "damaged", "图片无法读取",
                f"图片“{f.name}”已损坏或格式无法识别（{e}）。请转换为 JPG 或 PNG 格式，或重新拍摄、扫描后重新添加。",
                en=f"{f.name}: image unreadable ({e})",
            )
        if self.generated is None:
            indices = [-1] * len(frames)
        else:
            count = len(frames)
            indices = [self.generated.add_image(path, fr, f"{f.label}（{f.name}{f'，第{fr.index + 1}/{count}页' if count > 1 else ''}）")
                       for fr in frames]
        return PreparedFile(f, "image", sha, size, len(indices), generated=indices)

    def _office(self, f, path, kind, sha, size, where) -> PreparedFile:
        what = _KIND_NAME[kind]
        if self.converter is None:
            return self._placeholder(
                f, kind, sha, size, where, "not-converted", f"此处为{what}，本机无法转换",
                f"本机未安装 LibreOffice，无法把{what}“{f.name}”转换为 PDF。请用 WPS 或 Microsoft Office 打开该文件，"
                "“另存为 PDF”后重新添加；或将其另行打印，附于此页之后。",
                en=f"{f.name}: cannot convert {kind} files on this machine (LibreOffice not found)",
            )
        try:
            pdf = self._converted.get(sha)
            if pdf is None:
                pdf = self.converter.convert(path, self.workdir / f"office-{len(self._converted)}")
                self._converted[sha] = pdf
        except ConversionFailed as e:
            return self._placeholder(
                f, kind, sha, size, where, "conversion-failed", f"{what}转换失败",
                f"{what}“{f.name}”转换为 PDF 时出错：{e}。请用 WPS 或 Microsoft Office 打开该文件，“另存为 PDF”后重新添加。",
                en=f"{f.name}: conversion failed ({e})",
            )
        prepared = self._pdf(f, pdf, sha, size, where, converted_from=kind)
        return prepared

    def _placeholder(self, f, kind, sha, size, where, code, heading, reason, *, en="") -> PreparedFile:
        index = -1
        if self.generated is not None:
            index = self.generated.add_placeholder(heading, reason, file_rows(f.label, f.name, where, size, sha))
        return PreparedFile(f, kind, sha, size, 1, generated=[index], problems=[Problem(code, reason, f, en=en)])
