"""Command-line start-up: ``evidence-desk --version`` and ``--help`` next to a bare ``python -c pass``.

Building the parser imports every ``desktop/cli/*_cmd.py`` module; the commands import the
workspace (sqlite-utils), printing (reportlab, pypdf), the bundle writer (cryptography) and
Qt inside their handlers, so what remains is the interpreter, argparse and the catalog
module. ``verify`` on a small bundle shows what a real command adds on top.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchlib import Context, python, table

TITLE = "Command-line start-up"
ROOT = Path(__file__).resolve().parents[1]

MAKE_BUNDLE = r"""
import datetime as dt, hashlib, sys
from pathlib import Path
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from desktop.core.bundle import PayloadEntry, SubmissionMeta, build_submission, evidence_parts
from desktop.core.signing.keys import Signer
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
src = out.parent / "one.pdf"; src.write_bytes(b"%PDF-1.7\n" + bytes(100_000) + b"\n%%EOF\n")
entry = PayloadEntry(evidence_parts("四、行政执法严格规范公正文明", "55", "执法全过程记录", 1, "执法记录台账", "台账.pdf"), src,
                     item_id="55.1")
signer = Signer(Ed25519PrivateKey.from_private_bytes(bytes(32)), "市司法局")
meta = SubmissionMeta("市司法局", "jincheng-2022", "2022.1", "bench-1", 1,
                      dt.datetime(2024, 3, 15, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))))
build_submission([entry], meta=meta, signer=signer, out_dir=out)
"""


def run(ctx: Context) -> str:
    import subprocess

    repeats = 5 if ctx.quick else 15
    work = ctx.tmpdir("cli")
    bundle = work / "bundle"
    subprocess.run([python(), "-c", MAKE_BUNDLE, str(bundle)], check=True, cwd=ROOT)
    cli = [python(), "-m", "desktop"]
    timings = [
        ctx.time_cmd("python -c pass", [python(), "-c", "pass"], repeats=repeats, cwd=ROOT),
        ctx.time_cmd("evidence-desk --version", [*cli, "--version"], repeats=repeats, cwd=ROOT),
        ctx.time_cmd("evidence-desk --help", [*cli, "--help"], repeats=repeats, cwd=ROOT),
        ctx.time_cmd("evidence-desk verify (one 100 KB part)", [*cli, "verify", str(bundle)], repeats=repeats, cwd=ROOT),
    ]
    return ("Whole-process wall time, median of the runs; every command in a fresh interpreter.\n\n"
            + table(timings, baseline="python -c pass"))


if __name__ == "__main__":  # pragma: no cover - use bench/run
    sys.exit("run via: bench/run cli")
