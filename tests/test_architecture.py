"""The core stays Qt-free; paths honour their environment overrides."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from desktop.core import paths

ROOT = Path(__file__).resolve().parents[1]


def test_core_never_imports_qt():
    qt_import = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)", re.M)
    offenders = [p for p in (ROOT / "desktop" / "core").rglob("*.py") if qt_import.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    code = (
        "import pkgutil, importlib, sys, desktop.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'desktop.core.'): importlib.import_module(m.name)\n"
        "import desktop.cli.main\n"
        "print(any(k.startswith('PySide6') for k in sys.modules))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"


def test_paths_follow_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("EVIDENCE_DESK_HOME", str(tmp_path / "h"))
    monkeypatch.setenv("EVIDENCE_DESK_WORKSPACE", str(tmp_path / "w"))
    assert paths.data_dir() == tmp_path / "h"
    assert paths.default_workspace() == tmp_path / "w"
    assert paths.catalog_library_dir() == tmp_path / "h" / "catalogs"
    monkeypatch.delenv("EVIDENCE_DESK_HOME")
    monkeypatch.delenv("EVIDENCE_DESK_WORKSPACE")
    monkeypatch.setenv("EVIDENCE_DESK_PORTABLE", "1")
    assert paths.default_workspace() == paths.program_dir() / "workspace"
    assert paths.resource("catalogs", "catalog.schema.json").exists()
