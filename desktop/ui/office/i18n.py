"""The office window's own translation file, loaded beside the main one.

The office's strings live in resources/i18n/evidence_desk_office_<lang>.ts (built by
``python -m desktop.ui.i18n_build``): a separate catalogue lets the unit's window and
the office's window be translated and reviewed independently, and keeps two people's
work from colliding in one file. It follows the language ``desktop.ui.i18n`` installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.core import paths
from desktop.ui import i18n

_installed: dict[str, QTranslator] = {}


def qm_path(lang: str):
    return paths.resource("i18n", f"evidence_desk_office_{lang}.qm")


def install_office_translations() -> str | None:
    """Load (or drop) the office translator for the current language; returns the file loaded, if any."""
    app = QCoreApplication.instance()
    lang = i18n.current()
    for old_lang, t in list(_installed.items()):
        if old_lang != lang:
            app.removeTranslator(t)
            del _installed[old_lang]
    if lang == i18n.DEFAULT or app is None:
        return None
    if lang not in _installed:
        t = QTranslator(app)
        if not t.load(str(qm_path(lang))):
            return None
        app.installTranslator(t)
        _installed[lang] = t
    return qm_path(lang).name
