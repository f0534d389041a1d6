"""The frozen program (packaging/build): unpacked size and start-up, next to the same commands from source.

Start-up to a usable window is timed as ``evidence-desk gui --screenshot`` at 1366×768
on a freshly made workspace (the main window, not the first-run wizard), on the offscreen platform: the whole process, from exec to the window rendered and
written out — an upper bound of "usable window". Builds dist/evidence-desk first if
it is missing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchlib import Context, table

TITLE = "Frozen program: size and start-up"
ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "evidence-desk"
PROGRAM = DIST / ("evidence-desk.exe" if sys.platform.startswith("win") else "evidence-desk")


def folder_size(path: Path) -> tuple[int, int]:
    total = count = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
            count += 1
    return total, count


def run(ctx: Context) -> str:
    if not PROGRAM.exists():
        subprocess.run([str(ROOT / "packaging" / "build")], check=True)
    size, files = folder_size(DIST)
    home = ctx.tmpdir("frozen-home")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EVIDENCE_DESK_HOME=str(home),
               EVIDENCE_DESK_WORKSPACE=str(home / "ws"))
    # a real workspace (made by the frozen program, not timed), so the window is the main window, not the wizard
    subprocess.run([str(PROGRAM), "--workspace", str(home / "ws"), "init", "--unit", "市司法局", "--group",
                    "各行政执法单位", "--staff", "张三"], env=env, check=True, capture_output=True)
    shot = home / "shot.png"
    gui = ["gui", "--screenshot", str(shot), "--size", "1366x768"]
    venv_py = ROOT / ".venv" / "bin" / "python"
    py = str(venv_py) if venv_py.exists() else sys.executable
    rows = [
        ctx.time_cmd("frozen: `--version`", [str(PROGRAM), "--version"], env=env),
        ctx.time_cmd("source: `python -m desktop --version`", [py, "-m", "desktop", "--version"], env=env, cwd=ROOT),
        ctx.time_cmd("frozen: window (`gui --screenshot`)", [str(PROGRAM), *gui], env=env),
        ctx.time_cmd("source: window (`python -m desktop gui --screenshot`)", [py, "-m", "desktop", *gui], env=env, cwd=ROOT),
    ]
    glibc = subprocess.run([py, str(ROOT / "packaging" / "linux" / "glibc-floor.py"), "--summary", str(DIST)],
                           capture_output=True, text=True).stdout.strip() if sys.platform.startswith("linux") else ""
    return (
        f"Unpacked size of `dist/evidence-desk`: **{size / 2**20:.0f} MiB** ({size / 1e6:.0f} MB) in {files} files "
        f"(goal: under 150 MB). {glibc}.\n\n" + table(rows)
    )
