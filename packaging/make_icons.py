"""Render the application icon (resources/icons/app.svg) into the files installers need.

    python packaging/make_icons.py OUT_DIR

writes evidence-desk-<n>.png for the usual sizes, evidence-desk.png (256 px) and a
multi-size evidence-desk.ico (PNG-compressed entries, which Windows Vista and later
read). Generated at build time so no binary image is kept in the repository.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed for painting
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    out.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, bytes] = {}
    written = []
    for size in SIZES:
        img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p)
        p.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        img.save(buf, "PNG")
        buf.close()
        pngs[size] = bytes(data)
        path = out / f"evidence-desk-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    (out / "evidence-desk.png").write_bytes(pngs[256])
    written.append(out / "evidence-desk.png")
    written.append(write_ico(out / "evidence-desk.ico", pngs))
    return written


def write_ico(path: Path, pngs: dict[int, bytes]) -> Path:
    """ICONDIR + ICONDIRENTRYs + PNG images (width/height 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    path.write_bytes(header + entries + blobs)
    return path


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "build" / "icons"
    for p in render(root / "resources" / "icons" / "app.svg", out):
        print(p)
