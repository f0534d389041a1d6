"""Attaching a scan-like corpus to a workspace, next to ``cp -r`` + ``sync`` and a plain ``sha256sum`` pass.

Attach does more than the copy: it reads every byte into the program to hash
it (SHA-256), checks each PDF with pypdf, fsyncs every file and records it in
SQLite. The goal is to stay within 1.5× of copy-plus-sync, with peak memory
under 150 MB whatever the sizes. Each command runs as a fresh process; its
peak memory is read from its own /proc/self/status (VmHWM), because the
rusage of a child also counts the benchmark process it was forked from.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from benchlib import Context, make_corpus, python, table

TITLE = "Attaching files (workspace)"
ROOT = Path(__file__).resolve().parents[1]

ATTACH = r"""
import sys
from pathlib import Path
from desktop.core.workspace import Workspace
with Workspace.open(sys.argv[1]) as ws:
    files = sorted(Path(sys.argv[2]).iterdir())
    r = ws.attach('55', files)
    assert len(r) == len(files) and not r.refused, r.refused
try:
    hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]
    with open(sys.argv[3], 'a') as f:
        f.write(hwm + '\n')
except OSError:
    pass
"""
CREATE = (
    "import sys\nfrom desktop.core.workspace import Workspace\n"
    "Workspace.create(sys.argv[1], None, unit='市司法局').close()\n"
)


def _sync() -> None:
    subprocess.run(["sync"], check=False)


def _peak_from(path: Path) -> float | None:
    try:
        values = [int(v) for v in path.read_text().split()]
    except (OSError, ValueError):
        return None
    return max(values) / 1024 if values else None


def run(ctx: Context) -> str:
    total_mb, n_files = (100, 20) if ctx.quick else (500, 100)
    src = ctx.tmpdir("attach-src") / "扫描件"
    files = make_corpus(src, total_mb=total_mb, files=n_files)
    size = sum(p.stat().st_size for p in files)
    work = ctx.tmpdir("attach-dst")
    ws_dir, cp_dir, hwm = work / "ws", work / "cp", work / "hwm.txt"

    def fresh_workspace():
        shutil.rmtree(ws_dir, ignore_errors=True)
        subprocess.run([python(), "-c", CREATE, str(ws_dir)], check=True, cwd=ROOT)
        _sync()

    def fresh_copy_target():
        shutil.rmtree(cp_dir, ignore_errors=True)
        _sync()

    def attach_in_process():
        from desktop.core.workspace import Workspace

        with Workspace.open(ws_dir) as ws:
            ws.attach("55", files)

    sys.path.insert(0, str(ROOT))
    # The peers first: the corpus was just written, and whatever runs first pays for the kernel settling.
    copy = ctx.time_cmd("cp -r + sync", ["sh", "-c", f'cp -r "{src}" "{cp_dir}" && sync'], setup=fresh_copy_target)
    sha = ctx.time_cmd("sha256sum", ["sha256sum", *map(str, files)], setup=_sync)
    for t in (copy, sha):
        t.peak_rss_mb = None  # the rusage figure would be the benchmark's own, inherited at fork
    attach = ctx.time_cmd("evidence-desk attach (new process)",
                          [python(), "-c", ATTACH, str(ws_dir), str(src), str(hwm)], setup=fresh_workspace, cwd=ROOT)
    attach.peak_rss_mb = _peak_from(hwm)
    in_process = ctx.time_py("attach, in a running program (as the GUI does)", attach_in_process, setup=fresh_workspace)
    in_process.peak_rss_mb = None
    timings = [copy, sha, attach, in_process]
    out = [
        f"{len(files)} scan-like PDFs, {size / 1024 / 1024:.0f} MB in all, Chinese names, attached in one batch "
        "(every tool reads them from the page cache).\n",
        table(timings, baseline="cp -r + sync"),
    ]
    if not ctx.quick:
        big_dir = ctx.tmpdir("attach-4g")
        one = big_dir / "one"
        one.mkdir()
        big = one / "4GiB.bin"
        with open(big, "wb") as f:
            f.truncate(4 * 1024 ** 3 + 1)
        c = ctx.time_cmd("cp --sparse=never + sync", ["sh", "-c", f'cp --sparse=never "{big}" "{cp_dir}.bin" && sync'],
                         setup=_sync, repeats=1)
        c.peak_rss_mb = None
        Path(f"{cp_dir}.bin").unlink()
        hwm.unlink(missing_ok=True)
        t = ctx.time_cmd("attach one 4 GiB file (new process)", [python(), "-c", ATTACH, str(ws_dir), str(one), str(hwm)],
                         setup=fresh_workspace, cwd=ROOT, repeats=1)
        t.peak_rss_mb = _peak_from(hwm)
        out.append("\nOne 4 GiB + 1 byte file (a sparse source; every byte is still read, hashed, written and fsynced):\n")
        out.append(table([c, t], baseline="cp --sparse=never + sync"))
    return "\n".join(out)


if __name__ == "__main__":  # pragma: no cover - use bench/run
    sys.exit("run via: bench/run attach")
