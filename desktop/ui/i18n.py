"""Interface language: which one, loading our translation and Qt's own, and small text helpers.

Source strings are Simplified Chinese, so Chinese needs no translation file of
ours; English comes from resources/i18n/evidence_desk_en.qm. Qt's own strings
(standard buttons, file dialogs) come from ``qtbase_<lang>.qm`` in PySide6's
translations folder, so a 取消 button is never "Cancel" in a Chinese window.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import paths

DEFAULT = "zh_CN"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
ENV = "EVIDENCE_DESK_LANG"

_installed: list[QTranslator] = []
_current = DEFAULT


def normalize(lang: str | None) -> str:
    """'en_US', 'EN', 'zh', 'zh-CN' → a language we ship; anything else → the default."""
    if not lang:
        return DEFAULT
    low = lang.replace("-", "_").lower()
    if low.startswith("en"):
        return "en"
    return DEFAULT


def choose(setting: str | None) -> str:
    """The environment variable beats the setting (tests and screenshots pin it); default Chinese."""
    return normalize(os.environ.get(ENV) or setting or DEFAULT)


def qm_path(lang: str):
    return paths.resource("i18n", f"evidence_desk_{lang}.qm")


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install(lang: str, app: QCoreApplication | None = None) -> list[str]:
    """Replace the installed translators with those for ``lang``; returns what was loaded (for the About box)."""
    global _current
    app = app or QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = normalize(lang)
    loaded: list[str] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_translations_dir()):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append(f"qtbase_{lang}")
    if lang != DEFAULT:
        ours = QTranslator(app)
        if ours.load(str(qm_path(lang))):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded.append(qm_path(lang).name)
    QLocale.setDefault(QLocale("en_US" if lang == "en" else "zh_CN"))
    _current = lang
    return loaded


def current() -> str:
    return _current


def fmt(text: str, *args) -> str:
    """Fill Qt-style %1, %2 … placeholders (translators may reorder them)."""
    for n in range(len(args), 0, -1):
        text = text.replace(f"%{n}", str(args[n - 1]))
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under a short name; call it with literal strings so lupdate finds them."""
    return QCoreApplication.translate(context, text, disambiguation, n)
