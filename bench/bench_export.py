"""The real ``export`` and ``verify`` commands on a workspace holding a scan-like corpus, next to 7-Zip, zip and sha256sum.

The corpus (≥ 500 MB of scan-like PDFs with Chinese names) is attached to five of a
unit's indicators first (not timed). ``export`` then does everything a user's export
does: the pre-export check, cover sheets and the contents page, writing 20 MB parts
with fsync, reading every part back from the device and verifying it, signing, and
recording the submission. The peers only pack or read the same files. Every command
runs as a fresh process; its peak memory is its own (VmHWM).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from benchlib import Context, make_corpus, python, table

TITLE = "Export from a workspace and verification (CLI)"
ROOT = Path(__file__).resolve().parents[1]
PASS = "bench passphrase"
KEYS = ("55", "61", "62", "63", "65")

SETUP = r"""
import sys
from pathlib import Path
from desktop.core.signing import keystore
from desktop.core.workspace import Workspace
ws = Workspace.create(sys.argv[1], None, unit="市司法局", groups=["各行政执法单位"], contact="张三", phone="0356-1234567")
files = sorted(Path(sys.argv[2]).iterdir())
keys = sys.argv[4].split(",")
for n, key in enumerate(keys):
    ws.attach(key, files[n::len(keys)])
ws.set_statement("55.1", "2021年执法记录台账及电子档案见附件。")
keystore.generate(ws.path, sys.argv[3], ws.profile.unit)
ws.close()
"""
ADD_ONE = r"""
import sys
from desktop.core.workspace import Workspace
with Workspace.open(sys.argv[1]) as ws:
    ws.attach("66", [sys.argv[2]])
"""


def _sync() -> None:
    subprocess.run(["sync"], check=False)


def _forget_submissions(ws: Path):
    """Every timed export is a first (NEW) one: the workspace forgets the previous run's record."""
    def reset() -> None:
        conn = sqlite3.connect(ws / "workspace.sqlite3")
        with conn:
            conn.execute("DELETE FROM submissions")
            conn.execute("DELETE FROM submission_files")
        conn.close()
    return reset


def _clear(*paths: Path, then=None):
    def f() -> None:
        for p in paths:
            if p.is_dir():
                shutil.rmtree(p)
            elif p.exists():
                p.unlink()
        if then:
            then()
        _sync()
    return f


def run(ctx: Context) -> str:
    total_mb, n_files = (100, 20) if ctx.quick else (500, 100)
    work = ctx.tmpdir("export")
    src = work / "扫描件"
    files = make_corpus(src, total_mb=total_mb, files=n_files)
    size = sum(p.stat().st_size for p in files)
    ws, out, passfile = work / "ws", work / "out", work / "pass.txt"
    passfile.write_text(PASS + "\n", encoding="utf-8")
    subprocess.run([python(), "-c", SETUP, str(ws), str(src), PASS, ",".join(KEYS)], check=True, cwd=ROOT)
    cli = [python(), "-m", "desktop", "--workspace", str(ws)]
    export = [*cli, "export", str(out), "--passphrase-file", str(passfile), "--yes", "--part-mb", "20"]
    reset = _clear(out, then=_forget_submissions(ws))

    peer7, peerzip = work / "7z.zip", work / "zip.zip"
    timings = []
    # Peers first: whatever runs first pays for the kernel settling after the corpus was written. Our export
    # fsyncs what it writes, so the peers are timed with a sync too; their memory is measured without it (under
    # `sh -c` the shell's would be read).
    if ctx.have("7zz"):
        timings.append(ctx.time_cmd("7zz a -tzip -mx0", ["7zz", "a", "-tzip", "-mx0", "-bd", str(peer7), str(src)],
                                    setup=_clear(peer7)))
        synced = ctx.time_cmd("7zz a -tzip -mx0 + sync", ["sh", "-c", f'7zz a -tzip -mx0 -bd "{peer7}" "{src}" >/dev/null && sync'],
                              setup=_clear(peer7))
        synced.peak_rss_mb = None
        timings.append(synced)
    if ctx.have("zip"):
        timings.append(ctx.time_cmd("zip -0 -r", ["zip", "-0", "-r", "-q", str(peerzip), "."], setup=_clear(peerzip), cwd=src))
        synced = ctx.time_cmd("zip -0 -r + sync", ["sh", "-c", f'zip -0 -r -q "{peerzip}" . && sync'],
                              setup=_clear(peerzip), cwd=src)
        synced.peak_rss_mb = None
        timings.append(synced)
    timings.append(ctx.time_cmd("evidence-desk export (covers, read-back, record)", export, setup=reset, cwd=ROOT))
    timings.append(ctx.time_cmd("evidence-desk export --no-covers", [*export, "--no-covers"], setup=reset, cwd=ROOT))
    # the last run left a recorded submission in `out`: an increment after one more file
    extra = work / "补充材料.pdf"
    shutil.copyfile(files[0], extra)
    with open(extra, "ab") as f:
        f.write(b"\n% one more scan\n")
    subprocess.run([python(), "-c", ADD_ONE, str(ws), str(extra)], check=True, cwd=ROOT)
    inc_out = work / "inc"
    inc = [*cli, "export", str(inc_out), "--passphrase-file", str(passfile), "--yes", "--since-last", "--no-covers"]

    def keep_only_first_submission() -> None:
        shutil.rmtree(inc_out, ignore_errors=True)
        conn = sqlite3.connect(ws / "workspace.sqlite3")
        with conn:
            conn.execute("DELETE FROM submissions WHERE sequence > 1")
        conn.close()
        _sync()
    timings.append(ctx.time_cmd("evidence-desk export --since-last (one file added)", inc,
                                setup=keep_only_first_submission, cwd=ROOT))
    parts = sorted(out.glob("*.zip"))

    verifies = []
    if ctx.have("7zz"):
        verifies.append(ctx.time_cmd("7zz t (every part)", ["7zz", "t", "-bd", "-an", f"-ai!{out}/*.zip"], setup=_sync))
    verifies.append(ctx.time_cmd("sha256sum (every part)", ["sha256sum", *map(str, parts)], setup=_sync))
    verifies.append(ctx.time_cmd("evidence-desk verify", [*cli, "verify", str(out)], setup=_sync, cwd=ROOT))

    body = (f"Corpus: {n_files} scan-like PDFs, {size / 1e6:.0f} MB, attached to {len(KEYS)} indicators of a unit "
            f"({len(parts)} parts of ≤ 20 MB). Peak RSS is each process's own.\n\n")
    body += "### Export\n\n" + table(timings, baseline="7zz a -tzip -mx0 + sync" if ctx.have("7zz") else None) + "\n"
    body += "### Verify\n\n" + table(verifies, baseline="7zz t (every part)" if ctx.have("7zz") else None)
    return body


if __name__ == "__main__":
    sys.exit("run through bench/run export")
