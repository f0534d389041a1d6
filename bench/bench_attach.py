"""Attaching a scan-like corpus to a workspace, next to ``cp -r`` + ``sync`` and a plain ``sha256sum`` pass.

Attach does more than the copy: it hashes every byte (SHA-256), checks each
PDF with pypdf, fsyncs every file and records it in SQLite. The goal is to stay
within 1.5× of copy-plus-sync with peak memory under 150 MB whatever the sizes.
Each attach runs in a fresh child process so its peak RSS is its own.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from benchlib import Context, make_corpus, python, table

TITLE = "Attaching files (workspace)"
ROOT = Path(__file__).resolve().parents[1]

ATTACH = (
    "import sys\nfrom pathlib import Path\nfrom desktop.core.workspace import Workspace\n"
    "with Workspace.open(sys.argv[1]) as ws:\n"
    "    files = sorted(Path(sys.argv[2]).iterdir())\n"
    "    r = ws.attach('55', files)\n"
    "    assert len(r) == len(files) and not r.refused, r.refused\n"
)
CREATE = (
    "import sys\nfrom desktop.core.workspace import Workspace\n"
    "Workspace.create(sys.argv[1], None, unit='市司法局').close()\n"
)


def _sync() -> None:
    subprocess.run(["sync"], check=False)


def run(ctx: Context) -> str:
    total_mb, n_files = (100, 20) if ctx.quick else (500, 100)
    src = ctx.tmpdir("attach-src") / "扫描件"
    files = make_corpus(src, total_mb=total_mb, files=n_files)
    size = sum(p.stat().st_size for p in files)
    work = ctx.tmpdir("attach-dst")
    ws_dir, cp_dir = work / "ws", work / "cp"

    def fresh_workspace():
        if ws_dir.exists():
            subprocess.run(["rm", "-rf", str(ws_dir)], check=True)
        subprocess.run([python(), "-c", CREATE, str(ws_dir)], check=True, cwd=ROOT)
        _sync()

    def fresh_copy_target():
        shutil.rmtree(cp_dir, ignore_errors=True)
        _sync()

    timings = [
        ctx.time_cmd("cp -r + sync", ["sh", "-c", f'cp -r "{src}" "{cp_dir}" && sync'], setup=fresh_copy_target),
        ctx.time_cmd("sha256sum", ["sha256sum", *map(str, files)], setup=_sync),
        ctx.time_cmd("evidence-desk attach", [python(), "-c", ATTACH, str(ws_dir), str(src)],
                     setup=fresh_workspace, cwd=ROOT),
    ]
    out = [
        f"{len(files)} scan-like PDFs, {size / 1024 / 1024:.0f} MB in all, Chinese names, attached in one batch "
        "(read from the page cache by every tool).\n",
        table(timings, baseline="cp -r + sync"),
    ]
    if not ctx.quick:
        big = ctx.tmpdir("attach-4g") / "4GiB.bin"
        with open(big, "wb") as f:
            f.truncate(4 * 1024 ** 3 + 1)
        one = big.parent / "one"
        one.mkdir()
        (one / big.name).symlink_to(big)
        t = ctx.time_cmd("attach one 4 GiB file", [python(), "-c", ATTACH, str(ws_dir), str(one)],
                         setup=fresh_workspace, cwd=ROOT, repeats=1)
        out.append("\nOne 4 GiB + 1 byte file (sparse source; every byte hashed, copied and fsynced):\n")
        out.append(table([t]))
    return "\n".join(out)


if __name__ == "__main__":  # pragma: no cover - use bench/run
    sys.exit("run via: bench/run attach")
