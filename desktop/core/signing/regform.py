"""The key registration form (公钥登记表) as a one-page A4 PDF: what the unit stamps and hands to the office.

The office registers a unit's key from this paper: it checks the fingerprint by eye, or
scans the QR code, which holds the ready allowed_signers line. The printing module may
restyle it; the data comes from :class:`keystore.KeyRegistration`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop.core import paths
from desktop.core.signing.keystore import KeyRegistration

FONT = "WQYMicroHei"
MONO = "WQYMicroHeiMono"  # for fingerprints and keys: l, I, 1, O and 0 must be told apart by eye


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        ttc = str(paths.resource("fonts", "wqy-microhei.ttc"))
        pdfmetrics.registerFont(TTFont(FONT, ttc, subfontIndex=0))
        pdfmetrics.registerFont(TTFont(MONO, ttc, subfontIndex=1))


def _wrap(text: str, width: float, size: float, font: str = FONT) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for ch in text:
        if stringWidth(line + ch, font, size) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def _draw_qr(c, text: str, x: float, y: float, size: float) -> None:
    """The QR code as filled squares (reportlab's widget would drag an unembedded Helvetica into the PDF)."""
    from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRCode, QRErrorCorrectLevel

    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(QR8bitByte(text))  # UTF-8 bytes; zbar and phone scanners read them as UTF-8
    qr.make()
    n = qr.getModuleCount()
    quiet = 4
    cell = size / (n + 2 * quiet)
    c.setFillColorRGB(0, 0, 0)
    for row in range(n):
        for col in range(n):
            if qr.isDark(row, col):
                c.rect(x + (col + quiet) * cell, y + size - (row + quiet + 1) * cell, cell, cell, stroke=0, fill=1)


def render_registration_pdf(reg: KeyRegistration, out: Path, *, contact_name: str = "", contact_phone: str = "") -> Path:
    """Write the form to ``out`` (temporary name, then rename)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    _register_font()
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix="." + out.name + ".", suffix=".partial", dir=out.parent)
    os.close(fd)
    try:
        c = canvas.Canvas(tmp, pagesize=A4, pageCompression=1, invariant=1, initialFontName=FONT)
        c.setTitle(f"公钥登记表 - {reg.unit}")
        w, h = A4
        left, right = 20 * mm, w - 20 * mm
        c.setFont(FONT, 20)
        c.drawCentredString(w / 2, h - 28 * mm, "资料包签名公钥登记表")
        c.setFont(FONT, 10)
        c.drawCentredString(w / 2, h - 35 * mm, "（法治政府建设示范创建印证资料报送）")
        rows = [
            ("单位名称", reg.unit),
            ("公钥指纹", reg.fingerprint),
            ("密钥算法", f"{reg.algorithm}（OpenSSH）"),
            ("签名用途", reg.namespace),
            ("生成日期", reg.created),
            ("公钥", reg.public_key),
            ("信任文件行", reg.allowed_signers),
            ("联系人", contact_name),
            ("联系电话", contact_phone),
        ]
        label_w = 32 * mm
        y = h - 48 * mm
        c.setLineWidth(0.6)
        for label, value in rows:
            size = 9 if label in ("公钥", "信任文件行") else 11
            font = MONO if label in ("公钥指纹", "公钥", "信任文件行") else FONT
            lines = _wrap(value, right - left - label_w - 6 * mm, size, font) or [""]
            row_h = max(10 * mm, (len(lines) * (size + 3) + 10))
            c.rect(left, y - row_h, right - left, row_h)
            c.line(left + label_w, y, left + label_w, y - row_h)
            c.setFont(FONT, 11)
            c.drawString(left + 3 * mm, y - row_h / 2 - 4, label)
            c.setFont(font, size)
            ty = y - (row_h - len(lines) * (size + 3)) / 2 - size
            for line in lines:
                c.drawString(left + label_w + 3 * mm, ty, line)
                ty -= size + 3
            y -= row_h
        # QR code with the allowed_signers line, and the seal box beside it
        qr_size = 55 * mm
        top = y - 8 * mm
        _draw_qr(c, reg.allowed_signers, left, top - qr_size, qr_size)
        c.setFont(FONT, 9)
        c.drawString(left, top - qr_size - 5 * mm, "二维码内容：上表“信任文件行”（供依法治市办扫码登记）")
        seal_x = left + qr_size + 15 * mm
        c.rect(seal_x, top - qr_size, right - seal_x, qr_size)
        c.setFont(FONT, 11)
        c.drawString(seal_x + 4 * mm, top - 8 * mm, "单位（盖章）：")
        c.drawString(seal_x + 4 * mm, top - qr_size + 6 * mm, "日期：        年    月    日")
        notes = [
            "说明：",
            "1. 本单位报送的资料包用上述公钥对应的私钥签名。私钥保存在本单位电脑上，并用口令加密，不随资料包报送。",
            "2. 依法治市办收到资料包时核对签名公钥指纹，与本表一致方可确认资料来自本单位。",
            "3. 更换密钥（如电脑损坏且无备份）须重新填写本表并盖章报送。",
            "4. 不使用本程序时，可用 ssh-keygen -Y verify -n " + reg.namespace + " 核验签名。",
        ]
        ny = top - qr_size - 14 * mm
        c.setFont(FONT, 9)
        for note in notes:
            for line in _wrap(note, right - left, 9):
                c.drawString(left, ny, line)
                ny -= 13
        c.showPage()
        c.save()
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
