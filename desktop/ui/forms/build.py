"""Compile every Designer form in forms/ into desktop/ui/forms/ui_<name>.py with pyside6-uic.

Run ``python -m desktop.ui.forms.build`` after editing a .ui file. The compiled
modules are committed because the frozen build has no uic, and a test
recompiles them into a temporary folder and compares.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORMS = ROOT / "forms"
OUT = Path(__file__).resolve().parent
COMMAND = "python -m desktop.ui.forms.build"
HEADER = f"# Generated from forms/{{name}} by pyside6-uic — do not edit; regenerate with: {COMMAND}\n"


def uic_command() -> list[str]:
    """The uic that ships with PySide6, run through its own entry point (no PATH needed)."""
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import uic; sys.exit(uic())"]


def module_name(ui: Path) -> str:
    return f"ui_{ui.stem}.py"


def compile_form(ui: Path, out_dir: Path) -> Path:
    result = subprocess.run(
        [*uic_command(), "-g", "python", str(ui)], capture_output=True, text=True, encoding="utf-8", check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"uic failed on {ui.name}: {result.stderr.strip()}")
    target = out_dir / module_name(ui)
    target.write_text(HEADER.format(name=ui.name) + result.stdout, encoding="utf-8", newline="\n")
    return target


def forms() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def build(out_dir: Path = OUT) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [compile_form(ui, out_dir) for ui in forms()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the modules (default: desktop/ui/forms)")
    args = ap.parse_args(argv)
    for path in build(args.out):
        print(path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
