"""Real input files for the printing tests (PDFs, photos, Office files, broken ones), and checks that they are what they claim."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader, PdfWriter

from desktop.core.printing import EnclosedFile, fonts

PAGE_TEXT = "印证材料正文"


def text_pdf(path: Path, pages: int, title: str, *, landscape_pages: tuple[int, ...] = ()) -> Path:
    """A PDF with searchable Chinese text on every page: "<title> 第k页"."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    c = Canvas(str(path), pagesize=A4, initialFontName=fonts.SANS)
    for k in range(1, pages + 1):
        size = landscape(A4) if k in landscape_pages else A4
        c.setPageSize(size)
        c.setFont(fonts.SANS, 16)
        c.drawString(72, size[1] - 100, f"{title} 第{k}页 {PAGE_TEXT}")
        c.showPage()
    c.save()
    return path


def rotated_pdf(path: Path) -> Path:
    """Two pages: the first carries /Rotate 90 (a scan saved sideways), the second /Rotate 270 with a CropBox."""
    text_pdf(path, 2, "旋转页")
    w = PdfWriter(clone_from=PdfReader(path))
    w.pages[0].rotate(90)
    w.pages[1].rotate(270)
    w.pages[1].cropbox.lower_left = (20, 30)
    w.write(path)
    return path


def encrypted_pdf(path: Path, *, user_password: str = "secret") -> Path:
    text_pdf(path, 2, "加密文件")
    w = PdfWriter(clone_from=PdfReader(path))
    w.encrypt(user_password=user_password, owner_password="owner-pw", algorithm="AES-128")
    w.write(path)
    return path


def damaged_pdf(path: Path) -> Path:
    """Starts like a PDF, then nothing a reader can use."""
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ngarbage \x00\x01\x02 trailer")
    return path


def truncated_pdf(path: Path) -> Path:
    text_pdf(path, 3, "截断文件")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def bad_xref_pdf(path: Path) -> Path:
    """Intact objects, but the cross-reference offset points nowhere: readers rebuild it."""
    text_pdf(path, 2, "交叉引用表损坏")
    data = path.read_bytes()
    at = data.rindex(b"startxref")
    path.write_bytes(data[:at] + b"startxref\n999999\n%%EOF\n")
    return path


def damaged_page_pdf(path: Path) -> Path:
    """Three pages; the content stream of the second is cut off mid-dictionary (readers salvage what they can)."""
    text_pdf(path, 3, "坏页")
    data = path.read_bytes()
    num = PdfReader(path).pages[1].raw_get("/Contents").idnum
    start = data.index(b"\n%d 0 obj" % num) + 1
    end = data.index(b"endobj", start) + len(b"endobj")
    broken = (b"%d 0 obj\n<< /Length 10 /Filter [ /FlateDecode " % num).ljust(end - start, b"(")
    path.write_bytes(data[:start] + broken + data[end:])
    return path


def marked_image(size=(1200, 800)) -> Image.Image:
    """A light picture with a black block in its raw top-left corner (to check orientation)."""
    im = Image.new("RGB", size, (235, 235, 235))
    im.paste((0, 0, 0), (0, 0, size[0] // 4, size[1] // 4))
    return im


def photo_jpeg(path: Path, orientation: int = 6, size=(1200, 800)) -> Path:
    exif = Image.Exif()
    exif[0x0112] = orientation
    marked_image(size).save(path, "JPEG", quality=80, exif=exif.tobytes(), dpi=(150, 150))
    return path


def screenshot_png(path: Path) -> Path:
    im = Image.new("RGBA", (900, 600), (255, 255, 255, 255))
    im.paste((30, 30, 160, 255), (50, 50, 400, 300))
    im.save(path, "PNG")
    return path


def multipage_tiff(path: Path, frames: int = 3) -> Path:
    ims = [Image.new("L", (850, 1100), 255 - 40 * i) for i in range(frames)]
    ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:], dpi=(100, 100))
    return path


def broken_png(path: Path) -> Path:
    buf = io.BytesIO()
    screenshot_png(path)
    data = path.read_bytes()
    buf.write(data[: len(data) // 3])
    path.write_bytes(buf.getvalue())
    return path


def word_docx(path: Path, text: str = "行政执法情况说明") -> Path:
    import docx

    d = docx.Document()
    d.add_heading(text, 1)
    d.add_paragraph("本单位2021年行政执法工作情况如下。" * 5)
    d.save(str(path))
    return path


def excel_xlsx(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "案件名称"])
    ws.append([1, "某某行政处罚案"])
    wb.save(path)
    return path


def fake_video(path: Path) -> Path:
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(2000))
    return path


def ef(path: Path, label: str, item_id: str | None = None, *, key: str | None = None, **kw) -> EnclosedFile:
    return EnclosedFile(path=path, label=label, item_id=item_id, key=key, original_name=kw.pop("name", path.name), **kw)


# ---------------------------------------------------------------------------- the inputs are what they claim


def test_encrypted_input_needs_a_password(tmp_path):
    r = PdfReader(encrypted_pdf(tmp_path / "e.pdf"))
    assert r.is_encrypted and not r.decrypt("")


def test_owner_only_input_opens_without_password(tmp_path):
    r = PdfReader(encrypted_pdf(tmp_path / "o.pdf", user_password=""))
    assert r.is_encrypted and r.decrypt("")
    assert "加密文件" in r.pages[0].extract_text()


def test_photo_input_carries_orientation(tmp_path):
    with Image.open(photo_jpeg(tmp_path / "p.jpg", 6)) as im:
        assert im.getexif()[0x0112] == 6 and im.size == (1200, 800)


def test_rotated_input_pages_are_rotated(tmp_path):
    r = PdfReader(rotated_pdf(tmp_path / "r.pdf"))
    assert [p.get("/Rotate") for p in r.pages] == [90, 270]
