"""Starting the program: the QApplication (high-DPI, font, language), the saved profile, the catalog-only window.

Workspaces are opened into windows by ``desktop.ui.launcher``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.core.catalog import Catalog, library
from desktop.ui import errors, fonts, i18n, icons
from desktop.ui.profile import Profile
from desktop.ui.settings import Settings, settings


def create_application(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    """The QApplication, set up once: fractional high-DPI scaling, the bundled CJK font, the language."""
    app = QApplication.instance()
    if app is None:
        # 125 % and 150 % are the usual Windows scalings; rounding them would make text blurry or huge.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("EvidenceDesk")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(icons.icon("app"))
    fonts.install(app)
    i18n.install(i18n.choose(lang or settings().language), app)
    return app  # type: ignore[return-value]


def load_profile(store: Settings | None = None) -> Profile | None:
    return Profile.from_dict((store or settings()).profile)


def save_profile(profile: Profile, store: Settings | None = None) -> None:
    store = store or settings()
    store.profile = profile.to_dict()
    store.sync()


def build_main_window(catalog: Catalog, profile: Profile | None, *, store: Settings | None = None,
                      restore_geometry: bool = True):
    """The window without a workspace (the catalog only): for screenshots of a bare catalog and the benchmark."""
    from desktop.ui.main_window import MainWindow

    store = store or settings()
    window = MainWindow(catalog, profile, store=store, restore=restore_geometry)
    window.profileChanged.connect(lambda p: save_profile(p, store) if p else None)
    errors.install_excepthook(lambda: window)
    return window


def main_loop(app: QApplication) -> int:
    from desktop.ui import operations

    code = app.exec()
    operations.drain()  # queued database writes finish before the process ends
    return code


def load_catalog_for(profile: Profile | None, override: str | None = None) -> Catalog:
    return library.load(override or (profile.catalog_id if profile else None))
