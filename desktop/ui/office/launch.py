"""``evidence-desk office gui``: open the office workspace in its window, or render it to a PNG and exit."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.errors import UserError


def run(path: Path, *, size: tuple[int, int] | None = None, screenshot: Path | None = None, lang: str | None = None,
        select: str | None = None) -> int:
    if screenshot and lang:
        os.environ["EVIDENCE_DESK_LANG"] = lang
    from desktop.core.office import OfficeWorkspace
    from desktop.ui import app as gui
    from desktop.ui.office.window import OfficeWindow

    qapp = gui.create_application(lang=lang)
    office = OfficeWorkspace.open(path)
    try:
        store = None
        if screenshot:
            from desktop.cli.gui_cmd import _scratch_settings

            store = _scratch_settings()
        window = OfficeWindow(office, store=store, restore=not screenshot)
        if size:
            window.resize(*size)
        if select:
            unit, _sep, key = select.partition("/")
            if not window.select_cell(office.require_unit(unit), office.catalog.indicator(key).key):
                raise UserError(f"矩阵中没有“{select}”。", en=f"No cell {select}.")
        if screenshot:
            from desktop.cli.gui_cmd import _screenshot

            return _screenshot(qapp, window, screenshot)
        window.show()
        return gui.main_loop(qapp)
    finally:
        office.close()
