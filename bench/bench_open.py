"""Opening a workspace that holds 20,000 attachments, and what the main window needs next (progress).

The workspace is filled through the real ``attach`` (small distinct PDFs, in
large batches, spread over the unit's items). Opening must not scan the
attachments: it takes the lock, cleans leftovers, checks the schema version
and parses the stored catalog. Goal: under a second.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from benchlib import Context, python, table

TITLE = "Opening a workspace (20,000 attachments)"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OPEN_STATUS = (
    "import sys\nfrom desktop.core.workspace import Workspace\n"
    "with Workspace.open(sys.argv[1]) as ws:\n    ws.progress()\n"
    "hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]\n"
    "open(sys.argv[2], 'a').write(hwm + '\\n')\n"
)
IMPORT_ONLY = "import desktop.core.workspace\n"


def build(folder: Path, count: int) -> Path:
    from desktop.core.workspace import Workspace

    import io

    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    w.write(buf)
    base = buf.getvalue()
    src = folder / "src"
    src.mkdir(parents=True)
    ws_dir = folder / "ws"
    with Workspace.create(ws_dir, None, unit="市司法局", groups=["各行政执法单位"]) as ws:
        items = [it.id for ind in ws.my_indicators() for it in ws.items(ind.key)]
        batch = 2000
        for start in range(0, count, batch):
            paths = []
            for n in range(start, min(count, start + batch)):
                p = src / f"{n:05d} 文件.pdf"
                # bytes after %%EOF are legal (no "%" in them, so no reader takes them for a marker)
                p.write_bytes(base + os.urandom(2048).replace(b"%", b"#"))
                paths.append(p)
            per_item = max(1, len(paths) // len(items))
            for i, item in enumerate(items):
                chunk = paths[i * per_item:(i + 1) * per_item] if i < len(items) - 1 else paths[i * per_item:]
                if chunk:
                    ws.attach(item, chunk)
            for p in paths:
                p.unlink()
        assert len(ws.attachments()) == count, len(ws.attachments())
    return ws_dir


def run(ctx: Context) -> str:
    import time

    from desktop.core.workspace import Workspace

    count = 2000 if ctx.quick else 20000
    t0 = time.perf_counter()
    ws_dir = build(ctx.tmpdir("open"), count)
    built = time.perf_counter() - t0

    def open_close():
        Workspace.open(ws_dir).close()

    def open_progress():
        with Workspace.open(ws_dir) as ws:
            ws.progress()

    repeats = 3 if ctx.quick else 11
    hwm = ws_dir.parent / "hwm.txt"
    timings = [
        ctx.time_py("Workspace.open + close (in process)", open_close, repeats=repeats),
        ctx.time_py("open + progress() (in process)", open_progress, repeats=repeats),
        ctx.time_cmd("new process: import only", [python(), "-c", IMPORT_ONLY], cwd=ROOT, repeats=repeats),
        ctx.time_cmd("new process: open + progress()", [python(), "-c", OPEN_STATUS, str(ws_dir), str(hwm)],
                     cwd=ROOT, repeats=repeats),
        ctx.time_cmd("evidence-desk status --json", [python(), "-m", "desktop", "--workspace", str(ws_dir),
                                                     "status", "--json"], cwd=ROOT, repeats=repeats),
    ]
    for t in timings:
        t.peak_rss_mb = None  # rusage would report the benchmark's own memory (in process, or inherited at fork)
    timings[3].peak_rss_mb = max(int(v) for v in hwm.read_text().split()) / 1024  # the child's own VmHWM
    db_mb = (ws_dir / "workspace.sqlite3").stat().st_size / 1024 / 1024
    return (
        f"{count:,} attachments over the unit's items (database {db_mb:.1f} MB; filling it through attach took "
        f"{built:.0f} s).\n\n" + table(timings)
    )
