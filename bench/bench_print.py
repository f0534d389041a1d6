"""Printing: all cover sheets of the built-in catalog, and a 500-page binder of scans (time and peak memory).

Peers, on the same files: ``pdfunite`` (poppler) and pypdf's PdfWriter merging the scans without covers,
footers or bookmarks — the floor for "just concatenate the pages".
"""

from __future__ import annotations

import json
from pathlib import Path

from benchlib import Context, make_scan_like_pdf, python, table

TITLE = "Printing (cover sheets, binder)"
ROOT = Path(__file__).resolve().parents[1]

COVERS = """
import sys, time
sys.path.insert(0, {root!r})
from desktop.core.catalog import load
from desktop.core.printing import PrintContext, build_groups, render_covers
cat = load()
ctx = PrintContext(cat, "市司法局", "张三", "0356-2021234")
groups = build_groups(cat, [i.key for i in cat.indicators], merge={merge})
render_covers(ctx, groups, {out!r}, converter=None)
"""

BINDER = """
import json, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from desktop.core.catalog import load
from desktop.core.printing import EnclosedFile, PrintContext, build_groups, render_binder
cat = load()
ctx = PrintContext(cat, "市司法局", "张三", "0356-2021234")
keys = ["55", "56", "57", "58", "59"]
files = [EnclosedFile(Path(p), f"扫描件{{n}}", key=keys[n % len(keys)]) for n, p in enumerate(json.loads({files!r}))]
r = render_binder(ctx, build_groups(cat, keys, files), {out!r}, converter=None)
assert r.pages > 0, r
"""

PYPDF_MERGE = """
import json
from pypdf import PdfWriter
w = PdfWriter()
for p in json.loads({files!r}):
    w.append(p)
w.write({out!r})
"""


def _scans(ctx: Context, folder: Path, files: int, pages: int, mb: float) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in range(files):
        p = folder / f"{n + 1:03d}_行政处罚案卷 扫描件.pdf"
        make_scan_like_pdf(p, mb, pages=pages, seed=n)
        out.append(p)
    return out


def run(ctx: Context) -> str:
    tmp = ctx.tmpdir("print")
    covers_out = tmp / "covers.pdf"
    timings = [
        ctx.time_cmd("covers, 104 indicators, one sheet each (cold process)",
                     [python(), "-c", COVERS.format(root=str(ROOT), merge=False, out=str(covers_out))]),
        ctx.time_cmd("covers, merged groups (77 sheets, cold process)",
                     [python(), "-c", COVERS.format(root=str(ROOT), merge=True, out=str(covers_out))]),
        ctx.time_cmd("python startup + imports + font only",
                     [python(), "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
                                      "from desktop.core.catalog import load; load(); "
                                      "from desktop.core.printing import fonts; fonts.register()"]),
    ]
    import sys

    sys.path.insert(0, str(ROOT))
    from desktop.core.catalog import load
    from desktop.core.printing import PrintContext, build_groups, fonts, render_covers

    cat = load()
    fonts.register()
    pctx = PrintContext(cat, "市司法局", "张三", "0356-2021234")
    groups = build_groups(cat, [i.key for i in cat.indicators], merge=False)
    timings.append(ctx.time_py("covers, 104 indicators, in a running program (font loaded)",
                               lambda: render_covers(pctx, groups, covers_out, converter=None)))
    section = "### All cover sheets of the built-in catalog\n\n" + table(timings, baseline=None)
    import subprocess

    pages = int(subprocess.run(["pdfinfo", str(covers_out)], capture_output=True, text=True).stdout.split("Pages:")[1]
                .split()[0]) if ctx.have("pdfinfo") else 0
    section += f"\nMerged-group covers: {pages} pages.\n"

    n_files, per_file, mb = (5, 10, 3.0) if ctx.quick else (50, 10, 3.0)
    scans = _scans(ctx, tmp / "scans", n_files, per_file, mb)
    total_mb = sum(p.stat().st_size for p in scans) / 2**20
    files_json = json.dumps([str(p) for p in scans])
    binder_out, peer_out = tmp / "binder.pdf", tmp / "peer.pdf"
    timings = [ctx.time_cmd(f"Evidence Desk binder: {n_files * per_file} scan pages + 5 covers + contents, footers, bookmarks",
                            [python(), "-c", BINDER.format(root=str(ROOT), files=files_json, out=str(binder_out))])]
    if ctx.have("pdfunite"):
        timings.append(ctx.time_cmd("pdfunite (concatenate only)", ["pdfunite", *map(str, scans), str(peer_out)]))
    timings.append(ctx.time_cmd("pypdf PdfWriter.append (concatenate only)",
                                [python(), "-c", PYPDF_MERGE.format(files=files_json, out=str(peer_out))]))
    out_mb = binder_out.stat().st_size / 2**20
    section += (f"\n### A binder of {n_files * per_file} scanned pages ({n_files} files, {total_mb:.0f} MB)\n\n"
                + table(timings, baseline=timings[0].label)
                + f"\nOutput {out_mb:.0f} MB (image streams copied byte for byte). Peak RSS is the child process's.\n")
    return section
