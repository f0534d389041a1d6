"""A realistic unit workspace for GUI tests and screenshots: real PDFs, a scan, a Word file, statements, web
addresses, on-site preparation, a merged request and a 不适用 with its reason.

    python -m tests.ui_demo OUT_FOLDER      # build one, e.g. for `evidence-desk --workspace OUT gui --screenshot`
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.core import paths
from desktop.core.workspace import Workspace

UNIT = "市司法局"
GROUPS = ["各行政执法单位"]
_FONT = "DemoWQY"


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT, str(paths.resource("fonts", "wqy-microhei.ttc")), subfontIndex=0))
    return _FONT


def chinese_pdf(path: Path, title: str, pages: int = 2, lines: tuple[str, ...] = ()) -> Path:
    """A document that looks like one: a red-headed title page and numbered body pages, in Chinese."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    body = lines or ("一、基本情况", "二、主要做法", "三、取得成效", "四、存在问题和下一步打算")
    for n in range(1, pages + 1):
        if n == 1:
            c.setFillColorRGB(0.75, 0.1, 0.1)
            c.setFont(font, 26)
            c.drawCentredString(w / 2, h - 110, f"{UNIT}文件")
            c.setLineWidth(2)
            c.setStrokeColorRGB(0.75, 0.1, 0.1)
            c.line(60, h - 130, w - 60, h - 130)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(font, 18)
            c.drawCentredString(w / 2, h - 180, title)
        c.setFont(font, 13)
        y = h - (230 if n == 1 else 90)
        for line in body:
            c.drawString(80, y, line)
            y -= 26
            for _ in range(3):
                c.setFillColorRGB(0.55, 0.55, 0.55)
                c.rect(100, y + 6, w - 200, 6, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                y -= 20
        c.setFont(font, 10)
        c.drawCentredString(w / 2, 40, f"— {n} —")
        c.showPage()
    c.save()
    return path


def scan_jpeg(path: Path, title: str) -> Path:
    from PIL import Image, ImageDraw

    path.parent.mkdir(parents=True, exist_ok=True)
    img = Image.new("RGB", (620, 877), (246, 244, 238))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 40, 580, 837], outline=(120, 120, 120), width=2)
    for y in range(140, 800, 36):
        d.line([80, y, 540, y], fill=(170, 170, 170), width=3)
    d.ellipse([420, 700, 540, 820], outline=(200, 30, 30), width=6)
    img.save(path, "JPEG", quality=80)
    return path


def word_file(path: Path, title: str) -> Path:
    import docx

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = docx.Document()
    doc.add_heading(title, 1)
    doc.add_paragraph("执法案卷评查表（样表）")
    doc.save(str(path))
    return path


def build(folder: Path, sources: Path | None = None) -> Workspace:
    """Create the demo workspace in ``folder`` (empty or new); returns it open."""
    folder = Path(folder)
    src = Path(sources) if sources else folder.with_name(folder.name + "-files")
    ws = Workspace.create(folder, "jincheng-2022", unit=UNIT, groups=GROUPS, staff=["张三"], contact="李四",
                          phone="0356-2196688")
    f = {
        "q1": chinese_pdf(src / "2021年第一季度行政执法全过程记录台账.pdf", "2021年第一季度行政执法全过程记录台账", 4),
        "q2": chinese_pdf(src / "2021年第二季度行政执法全过程记录台账.pdf", "2021年第二季度行政执法全过程记录台账", 3),
        "rule": chinese_pdf(src / "执法记录仪使用管理办法.pdf", "关于印发《执法记录仪使用管理办法》的通知", 2),
        "scan": scan_jpeg(src / "执法记录仪领用登记表（扫描件）.jpg", "执法记录仪领用登记表"),
        "review1": chinese_pdf(src / "合法性审核意见书（2021-001号）.pdf", "行政规范性文件合法性审核意见书", 2),
        "review2": chinese_pdf(src / "合法性审核意见书（2021-014号）.pdf", "行政规范性文件合法性审核意见书", 2),
        "review3": chinese_pdf(src / "合法性审核意见书（2022-003号）.pdf", "行政规范性文件合法性审核意见书", 3),
        "clean": chinese_pdf(src / "规范性文件清理结果的公告.pdf", "关于公布行政规范性文件清理结果的公告", 2),
        "table": word_file(src / "2021年行政执法案卷评查表.docx", "2021年行政执法案卷评查表"),
        "decide": chinese_pdf(src / "重大行政决策事项目录（2021年）.pdf", "2021年度重大行政决策事项目录", 2),
    }
    ws.attach("55.1", [f["q1"], f["q2"], f["rule"], f["scan"]], evidence_date="2021-04-06")
    atts = ws.attachments("55.1")
    ws.set_attachment_label(atts[2].id, "执法记录仪使用管理办法（2021年修订）")
    ws.set_evidence_date(atts[1].id, "2021-07-05")
    ws.set_statement("55.1", "2021年全局各执法队均已配备执法记录仪，现场执法全程录音录像，按季度整理执法全过程记录台账。")
    ws.attach("M26-29.1", [f["review1"], f["review2"], f["review3"]])
    ws.set_statement("M26-29.1", "2020年以来共审核规范性文件28件，均出具书面审核意见书，随附其中3件。")
    ws.attach("29.1", [f["clean"]])
    ws.attach("32.1", [f["clean"]])
    ws.add_url("32.1", "http://sfj.example.gov.cn/zwgk/gfxwj/qlgg/")
    ws.attach("M52-54.1", [f["table"]])
    ws.add_url("M52-54.1", "http://sfj.example.gov.cn/zfxxgk/xzzf/")
    ws.set_onsite_notes("M57-58.1", "执法记录仪和存储工作站在执法支队二楼档案室，由王五负责现场演示调取。")
    ws.set_onsite_ready("M57-58.1", True)
    ws.set_onsite_notes("64.1", "重大执法决定法制审核案卷原件在法制科。")
    ws.attach("M34-46.1", [f["decide"]])
    ws.add_url("M34-46.1", "http://www.example.gov.cn/zwgk/zdxzjc/2021/")
    ws.set_status("B2", "不适用", reason="本单位未承担该项创建任务，由市政府办公室负责。")
    ws.set_statement("4.1", "本单位不开具证明事项，保留的证明事项清单由市政务服务中心统一公布。")
    return ws


if __name__ == "__main__":
    out = Path(sys.argv[1])
    build(out).close()
    print(out)
