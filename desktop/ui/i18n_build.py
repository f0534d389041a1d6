"""Update the translation source and compile it: ``python -m desktop.ui.i18n_build [update|release|all]``.

``update`` runs pyside6-lupdate over desktop/ui/*.py and forms/*.ui into
resources/i18n/evidence_desk_en.ts (without line numbers, so a moved line is
not a diff); a translator then fills in the new entries with Qt Linguist.
The office's window (desktop/ui/office/*.py, forms/office_*.ui) has its own
catalogue, evidence_desk_office_en.ts, built the same way.
``release`` compiles the .ts into the .qm the program loads. Both .ts and .qm
are committed; tests check that the .ts covers every string and the .qm is
current.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGS = ("en",)
CATALOGUES = ("evidence_desk", "evidence_desk_office")


def ts_path(lang: str, catalogue: str = "evidence_desk") -> Path:
    return I18N / f"{catalogue}_{lang}.ts"


def qm_path(lang: str, catalogue: str = "evidence_desk") -> Path:
    return I18N / f"{catalogue}_{lang}.qm"


def sources(catalogue: str = "evidence_desk") -> list[Path]:
    if catalogue == "evidence_desk_office":
        return sorted((ROOT / "desktop" / "ui" / "office").glob("*.py")) + sorted((ROOT / "forms").glob("office_*.ui"))
    ui_py = sorted(p for p in (ROOT / "desktop" / "ui").glob("*.py") if p.name != "i18n_build.py")
    return ui_py + sorted(p for p in (ROOT / "forms").glob("*.ui") if not p.name.startswith("office_"))


def _tool(name: str) -> list[str]:
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def update(ts: Path, lang: str = "en", catalogue: str = "evidence_desk") -> str:
    """Merge the current source strings into ``ts`` (existing translations kept, vanished ones dropped)."""
    cmd = [*_tool("lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "zh_CN",
           "-target-language", lang, *[str(p.relative_to(ROOT)) for p in sources(catalogue)], "-ts", str(ts)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return result.stdout + result.stderr


def release(ts: Path, qm: Path) -> str:
    cmd = [*_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return result.stdout + result.stderr


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", nargs="?", choices=["update", "release", "all"], default="all")
    args = ap.parse_args(argv)
    for lang in LANGS:
        for cat in CATALOGUES:
            if args.step in ("update", "all"):
                print(update(ts_path(lang, cat), lang, cat).strip())
            if args.step in ("release", "all"):
                print(release(ts_path(lang, cat), qm_path(lang, cat)).strip()
                      or f"wrote {qm_path(lang, cat).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
