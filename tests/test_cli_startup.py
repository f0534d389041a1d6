"""``--version`` and ``--help`` start fast: building the parser imports no heavy package.

Every ``desktop/cli/*_cmd.py`` module is imported to build the parser, so a module-level
import of the workspace (sqlite-utils), printing (reportlab, pypdf), Qt or the bundle
writer (cryptography) made ``evidence-desk --version`` take 0.4 s. Commands import those
inside their handlers; this test keeps it that way for every command module, present and
future.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlite_utils", "reportlab", "pypdf", "PySide6", "cryptography", "bcrypt", "qrcode", "openpyxl", "docx",
         "desktop.core.workspace", "desktop.core.printing", "desktop.core.printjobs", "desktop.core.export",
         "desktop.core.signing", "desktop.ui")
# The bundle package itself is lazy (PEP 562); only the part-size presets feed the export command's help.
BUNDLE_ALLOWED = {"desktop.core.bundle", "desktop.core.bundle.presets"}

PROBE = r"""
import json, sys
from desktop.cli.main import main
try:
    main(json.loads(sys.argv[1]))
except SystemExit:
    pass
sys.stderr.write("\nMODULES " + json.dumps(sorted(sys.modules)) + "\n")
"""


def _modules_after(argv: list[str]) -> list[str]:
    r = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv)], cwd=ROOT, capture_output=True, text=True,
                       encoding="utf-8", timeout=60)
    line = next(l for l in r.stderr.splitlines() if l.startswith("MODULES "))
    return json.loads(line[len("MODULES "):])


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["export", "--help"], ["verify", "--help"],
                                  ["attach", "--help"]])
def test_parser_start_up_imports_no_heavy_package(argv):
    modules = _modules_after(argv)
    heavy = [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == [], f"{' '.join(argv)} imported {heavy[:8]}: import them inside the command's handler"
    bundle = {m for m in modules if m == "desktop.core.bundle" or m.startswith("desktop.core.bundle.")}
    assert bundle <= BUNDLE_ALLOWED, f"{' '.join(argv)} imported {sorted(bundle - BUNDLE_ALLOWED)}"


def test_version_still_prints_the_version():
    from desktop import __version__

    r = subprocess.run([sys.executable, "-m", "desktop", "--version"], cwd=ROOT, capture_output=True, text=True,
                       encoding="utf-8", timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == f"evidence-desk {__version__}"


def test_the_lazy_bundle_package_still_exports_every_name():
    import desktop.core.bundle as bundle

    for name in bundle.__all__:
        assert getattr(bundle, name) is not None
    with pytest.raises(AttributeError):
        bundle.no_such_name  # noqa: B018


def test_telling_an_office_folder_loads_no_office_code(tmp_path):
    """The launcher asks at every start whether a folder is the office's; that must stay cheap."""
    code = (
        "import sys\n"
        "from desktop.core.office import is_office_workspace\n"
        f"assert is_office_workspace({str(tmp_path)!r}) is False\n"
        "heavy = [m for m in ('desktop.core.office.receive', 'desktop.core.printing', 'sqlite_utils', 'pypdf')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
