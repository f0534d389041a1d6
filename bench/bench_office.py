"""The office receiving every unit's bundle (50 units × 100 indicators × 5 files) and opening the matrix, next to 7zz t."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from benchlib import Context, python, table  # noqa: E402

TITLE = "Office: receiving every unit's bundles, opening the matrix"
TZ = dt.timezone(dt.timedelta(hours=8))


def _signer(unit: str):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.core.signing.keys import Signer

    return Signer(Ed25519PrivateKey.from_private_bytes(hashlib.sha256(unit.encode()).digest()), unit)


def _make_bundles(stick: Path, units: list[str], indicators: int, files_per: int, unit_mb: float) -> int:
    """One NEW submission per unit: ``indicators`` × ``files_per`` files of distinct random bytes, 20 MB parts."""
    from desktop.core.bundle import ItemRecord, PayloadEntry, SubmissionMeta, build_submission, evidence_parts
    from desktop.core.catalog import library
    from desktop.core.workspace.items import ItemIndex

    cat = library.load(None)
    index = ItemIndex(cat)
    inds = cat.indicators[:indicators]
    size = int(unit_mb * 1e6 / (len(inds) * files_per))
    total = 0
    for u, unit in enumerate(units):
        entries, items = [], []
        for k, ind in enumerate(inds):
            it = index.items(ind.key)[0]
            items.append(ItemRecord(it.id, index.keys_of(it.id), it.text[:20], "已完成", ""))
            for n in range(files_per):
                data = b"%PDF-1.4\n" + os.urandom(size)
                entries.append(PayloadEntry(evidence_parts(ind.area, ind.key, ind.text[:10], 1, it.text[:8], f"{n + 1}.pdf"),
                                            data, item_id=it.id, indicator_keys=index.keys_of(it.id),
                                            sha256=hashlib.sha256(data).hexdigest(), label=f"{n + 1}.pdf"))
                total += len(data)
        meta = SubmissionMeta(unit, cat.id, cat.version, f"20240315-1000{u:02d}-bench", 1,
                              dt.datetime(2024, 3, 15, 10, 0, tzinfo=TZ))
        out = stick / unit
        out.mkdir(parents=True)
        build_submission(entries, meta=meta, signer=_signer(unit), out_dir=out, items=items, part_mb=20,
                         read_back_from_device=False)
    return total


def _template(path: Path, units: list[str]) -> None:
    from desktop.core.office import OfficeWorkspace
    from desktop.core.signing import sshsig
    from desktop.core.signing.allowed_signers import format_allowed_signer

    text = "".join(format_allowed_signer(u, _signer(u).public_key, sshsig.BUNDLE_NAMESPACE) + "\n" for u in units)
    with OfficeWorkspace.create(path, None) as off:
        off.trust(text)


def _fresh(template: Path, target: Path):
    def setup():
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(template, target)
    return setup


def _forget_submissions(path: Path) -> None:
    """Keep the stored files, forget every submission (so the same parts are received again, all deduplicated)."""
    import sqlite3

    conn = sqlite3.connect(path / "office.sqlite3")
    with conn:
        for table in ("state_files", "state_items", "unit_state", "parts", "indexes", "submissions"):
            conn.execute(f"DELETE FROM {table}")
    conn.close()


def _receive_rows(ctx: Context, work: Path, stick: Path, units: list[str], repeats: int) -> tuple[list, Path]:
    """7zz t, sha256sum, verify and office receive (fresh, and with every file already stored) on one stick."""
    parts = sorted(stick.rglob("*.zip"))
    template, office = work / "template", work / "office"
    _template(template, units)
    root = str(HERE.parent)
    timings = []
    if ctx.have("7zz"):
        timings.append(ctx.time_cmd("7zz t (every part)", ["7zz", "t", "-bd", "-an", f"-ai!{stick}/*/*.zip"],
                                    repeats=repeats))
    timings.append(ctx.time_cmd("sha256sum (every part)", ["sha256sum", *map(str, parts)], repeats=repeats))
    timings.append(ctx.time_cmd("evidence-desk verify (every part, no store)",
                                [python(), "-m", "desktop", "verify", "--allow-incomplete", *map(str, parts)],
                                cwd=root, repeats=repeats))
    timings.append(ctx.time_cmd("evidence-desk office receive (whole stick)",
                                [python(), "-m", "desktop", "--workspace", str(office), "office", "receive", str(stick)],
                                setup=_fresh(template, office), cwd=root, repeats=repeats))
    # The same bundles once more into an office that already holds every file (a unit re-sending everything,
    # or a second office PC restored from a backup): nothing new to write, so verification is all that is left.
    stored_template = work / "stored"
    _fresh(office, stored_template)()
    _forget_submissions(stored_template)
    timings.append(ctx.time_cmd("evidence-desk office receive (every file already stored)",
                                [python(), "-m", "desktop", "--workspace", str(work / "office2"), "office", "receive",
                                 str(stick)], setup=_fresh(stored_template, work / "office2"), cwd=root, repeats=repeats))
    return timings, office


def run(ctx: Context) -> str:
    from desktop.core.catalog import library
    from desktop.core.office import OfficeWorkspace

    cat = library.load(None)
    repeats = 1 if ctx.quick else 3
    root = str(HERE.parent)
    baseline = "7zz t (every part)" if ctx.have("7zz") else None

    # the corpus: many small files
    n_units, unit_mb = (10, 4) if ctx.quick else (50, 20)
    units = [u.name for u in cat.units][:n_units]
    work = ctx.tmpdir("office")
    stick = work / "stick"
    t0 = time.perf_counter()
    payload = _make_bundles(stick, units, 100, 5, unit_mb)
    built = time.perf_counter() - t0
    parts = sorted(stick.rglob("*.zip"))
    zip_bytes = sum(p.stat().st_size for p in parts)
    timings, office = _receive_rows(ctx, work, stick, units, repeats)
    with OfficeWorkspace.open(office) as off:
        stored = sum(1 for _ in off.blobs.iter_stored())
        matrix = ctx.time_py("office.matrix() (in process)", off.matrix, repeats=5)
        cells = len(off.matrix().cells)
    matrix_cli = ctx.time_cmd("evidence-desk office matrix --json", [python(), "-m", "desktop", "--workspace", str(office),
                                                                     "office", "matrix", "--json"], cwd=root,
                              repeats=repeats)
    window = ctx.time_cmd("evidence-desk office gui --screenshot (start, open, draw)",
                          [python(), "-m", "desktop", "--workspace", str(office), "office", "gui", "--screenshot",
                           str(work / "shot.png")], cwd=root, repeats=repeats,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})

    # scan-sized files: where the per-file work vanishes and hashing is what is left
    big_units = [u.name for u in cat.units][:4 if ctx.quick else 10]
    big_work = ctx.tmpdir("office-scans")
    big_payload = _make_bundles(big_work / "stick", big_units, 4 if ctx.quick else 10, 1, 16 if ctx.quick else 100)
    big_parts = len(list((big_work / "stick").rglob("*.zip")))
    big_timings, _office = _receive_rows(ctx, big_work, big_work / "stick", big_units, repeats)

    body = (f"**Many small files** — {n_units} units × 100 indicators × 5 files = {n_units * 500} files, "
            f"{payload / 1e6:.0f} MB of distinct content in {len(parts)} parts ({zip_bytes / 1e6:.0f} MB; building them "
            f"took {built:.1f} s, not timed). Reads come from the page cache. `office receive` verifies every part (ZIP "
            "structure, CRC-32, signature, tag and payload manifests: one SHA-256 pass) while copying each new file into "
            "the store, then fsyncs and renames the files and commits one transaction per part; a fresh office "
            f"workspace (keys registered) for every run. Store after a run: {stored} files.\n\n")
    body += table(timings, baseline=baseline) + "\n"
    body += (f"**Scan-sized files** — {len(big_units)} units × {4 if ctx.quick else 10} files of "
             f"{(16 if ctx.quick else 100) / (4 if ctx.quick else 10):.0f} MB = {big_payload / 1e6:.0f} MB in "
             f"{big_parts} parts.\n\n")
    body += table(big_timings, baseline=baseline) + "\n"
    body += f"**The matrix** ({cells} cells, {stored} files):\n\n" + table([matrix, matrix_cli, window]) + "\n"
    return body
