"""Image attachments on A4 pages: fitted, centred, turned the way the camera meant, JPEG data passed through.

The EXIF orientation is applied with the page's transformation matrix rather
than by rotating pixels, so a phone photo's JPEG bytes go into the PDF as they
are (no re-encoding, no loss, no time). Landscape pictures get a landscape page.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

MARGIN = 12 * mm
FOOTER_ROOM = 14 * mm  # kept clear at the bottom for the page number
DEFAULT_DPI = 96.0  # screenshots carry no resolution; 96 is what the screen showed

# Where the raw image's corners go on the upright picture, per EXIF orientation (1–8): (top-left, bottom-left,
# bottom-right) of the raw image as corners of the displayed box, each (x, y) with 0/1 = left/right, bottom/top.
_CORNERS = {
    1: ((0, 1), (0, 0), (1, 0)),
    2: ((1, 1), (1, 0), (0, 0)),
    3: ((1, 0), (1, 1), (0, 1)),
    4: ((0, 0), (0, 1), (1, 1)),
    5: ((0, 1), (1, 1), (1, 0)),
    6: ((1, 1), (0, 1), (0, 0)),
    7: ((1, 0), (0, 0), (0, 1)),
    8: ((0, 0), (1, 0), (1, 1)),
}


class ImageUnreadable(Exception):
    """Pillow cannot read the picture (damaged, or a format it does not know)."""


@dataclass(frozen=True)
class Frame:
    index: int
    width: int  # raw pixels
    height: int
    orientation: int
    dpi: tuple[float, float] | None


def _open(path: Path):
    from PIL import Image

    with warnings.catch_warnings():
        # A 600-dpi A3 scan is large but legitimate; the hard limit (DecompressionBombError) still applies.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(path)


def inspect(path: Path) -> list[Frame]:
    """The pages an image file yields (one per frame of a multi-page TIFF; GIF/WebP animations: the first)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with _open(path) as im:
            frames = []
            multi = im.format == "TIFF"
            count = getattr(im, "n_frames", 1) if multi else 1
            for i in range(count):
                if i:
                    im.seek(i)
                orientation = 1
                try:
                    orientation = int(im.getexif().get(0x0112, 1) or 1)
                except (ValueError, TypeError, OSError):
                    pass
                dpi = im.info.get("dpi")
                frames.append(Frame(i, im.width, im.height, orientation if orientation in _CORNERS else 1,
                                    (float(dpi[0]), float(dpi[1])) if dpi else None))
            im.load()  # decode the last frame: a truncated file fails here, not in the middle of a binder
            return frames
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError) as e:
        raise ImageUnreadable(str(e)) from None


def _natural_size(frame: Frame) -> tuple[float, float]:
    """Size in points at the picture's own resolution, upright."""
    dx, dy = frame.dpi if frame.dpi and 50 <= min(frame.dpi) <= 2400 else (DEFAULT_DPI, DEFAULT_DPI)
    w, h = frame.width * 72.0 / dx, frame.height * 72.0 / dy
    return (h, w) if frame.orientation >= 5 else (w, h)


def page_size_for(frame: Frame) -> tuple[float, float]:
    w, h = _natural_size(frame)
    return landscape(A4) if w > h else A4


def _caption(canvas, text: str, pw: float, ph: float) -> None:
    from desktop.core.printing import fonts

    size, room = 8.5, pw - 2 * MARGIN
    while text and fonts.string_width(text, size) > room:
        text = text[:-2] + "…"
    canvas.setFont(fonts.SANS, size)
    canvas.drawString(MARGIN, ph - MARGIN + 4, text)


def draw_frame(canvas, path: Path, frame: Frame, caption: str = "") -> None:
    """Draw one frame on the canvas's current page (sized with ``page_size_for``) and end the page.

    The caption (what the picture is) goes in the top margin, so a loose page can be put back.
    """
    from reportlab.lib.utils import ImageReader

    pw, ph = page_size_for(frame)
    canvas.setPageSize((pw, ph))
    if caption:
        _caption(canvas, caption, pw, ph)
    nw, nh = _natural_size(frame)
    box_w, box_h = pw - 2 * MARGIN, ph - MARGIN - 4 * mm - FOOTER_ROOM
    scale = min(1.0, box_w / nw, box_h / nh)
    w, h = nw * scale, nh * scale
    x, y = (pw - w) / 2, FOOTER_ROOM + (box_h - h) / 2

    if frame.index == 0 and path.suffix.lower() in (".jpg", ".jpeg"):
        source = str(path)  # reportlab embeds a named JPEG file's bytes as they are (DCTDecode)
    else:
        with _open(path) as im:
            if frame.index:
                im.seek(frame.index)
            if im.format == "JPEG":
                source = ImageReader(str(path))  # still passed through, whatever the file is called
            else:
                im.load()
                mode = im.mode
                if mode not in ("RGB", "L", "RGBA", "CMYK"):
                    im = im.convert("RGBA" if "A" in mode or "transparency" in im.info else "RGB")
                source = ImageReader(im.copy())
    (tlx, tly), (blx, bly), (brx, bry) = _CORNERS[frame.orientation]
    corner = lambda cx, cy: (x + cx * w, y + cy * h)  # noqa: E731
    p_tl, p_bl, p_br = corner(tlx, tly), corner(blx, bly), corner(brx, bry)
    canvas.saveState()
    # The unit square of image space: (0,0) raw bottom-left, (1,0) raw bottom-right, (0,1) raw top-left.
    canvas.transform(p_br[0] - p_bl[0], p_br[1] - p_bl[1], p_tl[0] - p_bl[0], p_tl[1] - p_bl[1], p_bl[0], p_bl[1])
    canvas.drawImage(source, 0, 0, 1, 1, mask="auto")
    canvas.restoreState()
    canvas.showPage()
