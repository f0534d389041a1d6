"""Cover sheets and the contents page that travel in a bundle, made so that an unchanged sheet is byte-identical.

A sheet prints its date, so drawing it again on another day gives another file,
and an increment would re-send every cover and list the old ones as removed. A
sheet whose indicator has not changed is therefore first drawn again with the date
it was sent with: if that gives the very bytes sent before (sheets are reproducible,
see ``printing.sheets.render_sheets``), it is only referenced; otherwise it is drawn
with today's date and sent.

Covers in the bundle are those of the per-indicator PDFs (page numbers count from the
cover, 第1页); their QR codes carry the same file hashes as the covers in the binder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.bundle.model import FileState
    from desktop.core.printing import EvidenceGroup, PrintContext

COVER_NAME = "0_封面.pdf"
CONTENTS_NAME = "0_目录.pdf"


@dataclass(frozen=True)
class Sheet:
    data: bytes
    date: dt.date
    pages: int | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _sent_before(previous_files: Sequence["FileState"], role: str) -> dict[tuple[str, ...], tuple[dt.date, str]]:
    """(indicator keys) → (date, SHA-256) of the sheets with ``role`` in the previous submission's state."""
    out = {}
    for f in previous_files:
        if f.role != role:
            continue
        try:
            when = dt.date.fromisoformat(str(f.extra.get("date", "")))
        except ValueError:
            continue
        out[tuple(f.indicator_keys)] = (when, f.sha256)
    return out


def _again(draw: Callable[[dt.date], tuple[bytes, int]], today: dt.date, before: tuple[dt.date, str] | None) -> Sheet:
    if before is not None and before[0] != today:
        old, pages = draw(before[0])
        if hashlib.sha256(old).hexdigest() == before[1]:
            return Sheet(old, before[0], pages)
    data, pages = draw(today)
    return Sheet(data, today, pages)


def cover_sheets(ctx: "PrintContext", groups: Sequence["EvidenceGroup"], *, previous_files: Sequence["FileState"] = (),
                 converter="auto", tick: Callable[[], None] | None = None) -> list[Sheet]:
    """One cover per group, in order; unchanged ones as they were sent before."""
    from dataclasses import replace

    from desktop.core.printing import render_covers

    before = _sent_before(previous_files, "cover")
    out = []
    with tempfile.TemporaryDirectory(prefix="evidence-desk-covers-") as tmp:
        path = Path(tmp) / "cover.pdf"
        for group in groups:
            def draw(when: dt.date, group=group) -> tuple[bytes, int]:
                result = render_covers(replace(ctx, date=when), [group], path, converter=converter)
                return path.read_bytes(), result.pages
            out.append(_again(draw, ctx.date, before.get(tuple(group.keys))))
            if tick:
                tick()
    return out


def contents_sheet(ctx: "PrintContext", groups: Sequence["EvidenceGroup"], *,
                   previous_files: Sequence["FileState"] = (), converter="auto",
                   covers: Sequence[Sheet] | None = None) -> Sheet:
    """The contents of the binder these groups make (page numbers as printed on paper).

    ``covers``: the groups' cover sheets just drawn by :func:`cover_sheets`; their page counts spare
    drawing every cover again only to count its pages (half the time the sheets took).
    """
    from dataclasses import replace

    from desktop.core.printing import render_contents

    before = next(iter(_sent_before(previous_files, "contents").values()), None)
    with tempfile.TemporaryDirectory(prefix="evidence-desk-contents-") as tmp:
        path = Path(tmp) / "contents.pdf"

        cover_pages = [c.pages for c in covers] if covers is not None and all(c.pages for c in covers) else None

        def draw(when: dt.date) -> tuple[bytes, int]:
            result = render_contents(replace(ctx, date=when), groups, path, converter=converter, cover_pages=cover_pages)
            return path.read_bytes(), result.pages
        return _again(draw, ctx.date, before)
