"""Export and verify a scan-like corpus as a signed bundle, next to 7-Zip, zip and sha256sum on the same files."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from benchlib import Context, make_corpus, python, table  # noqa: E402

TITLE = "Bundle export and verification"


def _export(src: Path, out: Path, hashes_file: str, from_device: bool, progress=None) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.core.bundle import PayloadEntry, SubmissionMeta, build_submission, evidence_parts
    from desktop.core.signing.keys import Signer

    known = json.loads(Path(hashes_file).read_text()) if hashes_file != "-" else {}  # the workspace knows these
    entries = []
    for i, p in enumerate(sorted(src.iterdir())):
        digest = known.get(p.name)
        entries.append(PayloadEntry(evidence_parts("四、行政执法严格规范公正文明", str(40 + i % 30), "执法全过程记录", 1 + i % 3,
                                                   "执法记录台账", p.name), p, item_id=f"{40 + i % 30}.1", sha256=digest))
    signer = Signer(Ed25519PrivateKey.from_private_bytes(bytes(32)), "市司法局")
    meta = SubmissionMeta("市司法局", "jincheng-2022", "2022.1", "bench-1", 1,
                          dt.datetime(2024, 3, 15, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    out.mkdir(parents=True, exist_ok=True)
    build_submission(entries, meta=meta, signer=signer, out_dir=out, part_mb=20, read_back_from_device=from_device,
                     progress=progress)


def _phases(src: Path, out: Path, hashes: Path, repeats: int) -> str:
    """Where an export's time goes (in-process, read-back from the device): writing (each part is read back while
    the next is written) vs waiting for the read-back of the last parts."""
    import statistics
    import time

    rows: dict[str, list[float]] = {"write (earlier parts read back meanwhile)": [], "rest of the read-back + index": []}
    for _ in range(repeats):
        _clear(out)()
        marks: dict[str, float] = {}

        def progress(stage: str, _done: int, _total: int) -> None:
            marks.setdefault(stage, time.perf_counter())
        start = time.perf_counter()
        _export(src, out, str(hashes), True, progress)
        end = time.perf_counter()
        rows["write (earlier parts read back meanwhile)"].append(marks.get("verify", end) - marks.get("write", start))
        rows["rest of the read-back + index"].append(end - marks.get("verify", end))
    lines = ["| phase | median (s) |", "|---|---:|"]
    lines += [f"| {k} | {statistics.median(v):.3f} |" for k, v in rows.items()]
    return "\n".join(lines) + "\n"


def _clear(path: Path):
    def f():
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    return f


def run(ctx: Context) -> str:
    size_mb = 100 if ctx.quick else 500
    work = ctx.tmpdir("bundle")
    src = work / "corpus"
    make_corpus(src, total_mb=size_mb, files=100 if not ctx.quick else 40)
    total = sum(p.stat().st_size for p in src.iterdir())
    me = str(Path(__file__).resolve())
    out = work / "out"
    hashes = work / "hashes.json"
    hashes.write_text(json.dumps({p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in src.iterdir()}))
    exports = [
        ctx.time_cmd("evidence-desk export (hashes unknown: one extra read)", [python(), me, "export", str(src), str(out), "-", "device"],
                     setup=_clear(out)),
        ctx.time_cmd("evidence-desk export (read-back from device)", [python(), me, "export", str(src), str(out), str(hashes), "device"],
                     setup=_clear(out)),
        ctx.time_cmd("evidence-desk export (read-back from cache)", [python(), me, "export", str(src), str(out), str(hashes), "cache"],
                     setup=_clear(out)),
    ]
    peer7 = work / "7z.zip"
    peerzip = work / "zip.zip"
    if ctx.have("7zz"):
        exports.append(ctx.time_cmd("7zz a -tzip -mx0", ["7zz", "a", "-tzip", "-mx0", "-bd", str(peer7), str(src)], setup=_clear(peer7)))
        exports.append(ctx.time_cmd("7zz a -tzip -mx0 + sync", ["sh", "-c", f'7zz a -tzip -mx0 -bd "{peer7}" "{src}" >/dev/null && sync'],
                                    setup=_clear(peer7)))
    if ctx.have("zip"):
        exports.append(ctx.time_cmd("zip -0 -r", ["zip", "-0", "-r", "-q", str(peerzip), "."], setup=_clear(peerzip), cwd=src))
    # the timed runs above left the last bundle in `out`
    parts = sorted(out.glob("*.zip"))
    verifies = [ctx.time_cmd("evidence-desk verify", [python(), "-m", "desktop", "verify", str(out)], cwd=str(HERE.parent))]
    if ctx.have("7zz"):
        verifies.append(ctx.time_cmd("7zz t (every part)", ["7zz", "t", "-bd", "-an", f"-ai!{out}/*.zip"]))
    verifies.append(ctx.time_cmd("sha256sum (every part)", ["sha256sum", *map(str, parts)]))
    body = (f"Corpus: {len(list(src.iterdir()))} scan-like PDFs, {total / 1e6:.0f} MB; bundle in 20 MB parts "
            f"({len(parts)} parts). Our export writes, fsyncs, reads every part back and verifies it, then signs the index; "
            "\"hashes unknown\" adds the SHA-256 pass the workspace saves (its blobs are named by hash).\n\n")
    body += "### Export\n\n" + table(exports, baseline="7zz a -tzip -mx0") + "\n"
    body += "Phases of our export (hashes known, read-back from the device):\n\n" + _phases(src, out, hashes, ctx.repeats) + "\n"
    body += "### Verify\n\n" + table(verifies, baseline="7zz t (every part)" if ctx.have("7zz") else None)
    return body


def _main() -> int:
    cmd = sys.argv[1]
    if cmd == "export":
        src, out, hashes, where = Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], sys.argv[5]
        _export(src, out, hashes, from_device=where == "device")
        return 0
    raise SystemExit(f"unknown command {cmd}")


if __name__ == "__main__":
    sys.exit(_main())
