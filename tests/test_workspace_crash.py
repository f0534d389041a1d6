"""The process killed (SIGKILL) at random points during batch attaches, many times over.

A driver process imports everything once and forks a fresh child for every
round; the child opens the workspace and attaches, removes and empties the
recycle bin in a loop until the driver kills it with SIGKILL — at a random
moment, or at a chosen phase that the child announces through a pipe:
mid-copy, between making a copy durable and recording it, inside the database
transaction, in the middle of garbage collection.
After every kill this test process opens the workspace and checks: it opens,
the leftovers of the interrupted copy are gone, SQLite's integrity check
passes, and every row points at a complete file whose hash matches its name.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.workspace import Workspace
from tests.test_workspace_support import make_pdf, make_workspace, pad_pdf

ROOT = Path(__file__).resolve().parents[1]

DRIVER = r'''
import json, os, random, signal, sys, time
from pathlib import Path
from desktop.core.workspace import Workspace
from desktop.core.workspace.blobs import BlobStore

ws_path, src = sys.argv[1], Path(sys.argv[2])
files = sorted(src.iterdir())
KEYS = ["55", "9.2", "M26-29.1", "B1", "22"]

def child(mode, seed, announce):
    rnd = random.Random(seed)
    ws = Workspace.open(ws_path)
    def tell():
        os.write(announce, b"!")
        time.sleep(30)  # wait here to be killed
    if mode == "copy":
        real = BlobStore._open_sink
        class Slow:
            def __init__(self, fd): self.f = real(fd)
            def write(self, b):
                n = self.f.write(b)
                tell()
                return n
            def __getattr__(self, k): return getattr(self.f, k)
            def __enter__(self): return self
            def __exit__(self, *e): self.f.close()
        BlobStore._open_sink = staticmethod(lambda fd: Slow(fd))
    if mode == "durable":
        real_fsync = BlobStore._fsync_file
        count = []
        def fsync(path):
            real_fsync(path)
            count.append(path)
            if len(count) == 2:
                tell()
        BlobStore._fsync_file = staticmethod(fsync)
    if mode == "commit":
        real_record = ws.record
        def record(*a, **k):
            real_record(*a, **k)
            tell()
        ws.record = record
    if mode != "random":  # a first batch of three files never seen before, so every phase is reached
        fresh = Path(ws_path).parent / f"fresh-{mode}"
        fresh.mkdir(exist_ok=True)
        batch = []
        for n in range(3):
            f = fresh / f"{n}.pdf"
            f.write_bytes(files[n].read_bytes() + os.urandom(50_000).replace(b"%", b"#"))
            batch.append(f)
        ws.attach(KEYS[0], batch)
    if mode == "settled":
        tell()
    if mode == "gc":
        for a in ws.attachments():
            ws.remove_attachment(a.id)
        real_delete = ws.blobs.delete
        def delete(sha):
            r = real_delete(sha)
            tell()
            return r
        ws.blobs.delete = delete
        ws.empty_recycle_bin()
    while True:
        batch = rnd.sample(files, rnd.randint(1, 6))
        ws.attach(rnd.choice(KEYS), batch)
        if rnd.random() < 0.3:
            live = ws.attachments()
            for a in rnd.sample(live, min(len(live), 3)):
                ws.remove_attachment(a.id)
            if rnd.random() < 0.5:
                ws.empty_recycle_bin()

for line in sys.stdin:
    mode, seed, delay = line.split()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            child(mode, int(seed), w)
        except BaseException:
            import traceback; traceback.print_exc()
            os._exit(70)
        os._exit(0)
    os.close(w)
    if mode == "random":
        time.sleep(float(delay))
    else:
        os.read(r, 1)
    os.close(r)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    partial = len(list((Path(ws_path) / "blobs" / ".partial").iterdir()))
    print(json.dumps({"signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
                      "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
                      "partial": partial}), flush=True)
'''


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX")
def test_sigkill_at_random_points_during_batch_attach(tmp_path):
    rnd = random.Random(20240419)
    src = tmp_path / "src"
    for i in range(40):
        p = make_pdf(src / f"{i:02d} 扫描件 第{i}份.pdf", pages=1 + i % 4, text=str(i))
        pad_pdf(p, rnd.randint(20_000, 600_000), seed=i)  # scan-like: 20–600 KB of image-like bytes
    ws = make_workspace(tmp_path / "ws")
    ws.close()

    rounds = [("settled", 0, 0), ("copy", 1, 0), ("durable", 2, 0), ("commit", 3, 0), ("gc", 4, 0)]
    rounds += [("random", 100 + n, round(rnd.uniform(0.01, 0.4), 3)) for n in range(20)]
    seen_partial = []
    max_attachments = 0
    with subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(ws.path), str(src)], cwd=ROOT, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as driver:
        for mode, seed, delay in rounds:
            driver.stdin.write(f"{mode} {seed} {delay}\n")
            driver.stdin.flush()
            line = driver.stdout.readline()
            assert line, driver.stderr.read()
            res = json.loads(line)
            assert res["signal"] == signal.SIGKILL, f"{mode}: the child ended by itself: {res} {driver.stderr.read()}"
            seen_partial.append(res["partial"])
            with Workspace.open(ws.path) as w:
                assert list(w.blobs.partial.iterdir()) == [], "leftover copies are cleaned at the next open"
                report = w.check()
                assert report.ok, (mode, seed, [p.message for p in report.problems])
                with w.read() as db:
                    rows = db.execute("SELECT a.sha256, b.size FROM attachments a JOIN blobs b USING (sha256)").fetchall()
                    assert db.execute("SELECT count(*) FROM attachments").fetchone()[0] == len(rows)
                for sha, size in rows:
                    assert w.blob_path(sha).stat().st_size == size
                max_attachments = max(max_attachments, len(rows))
                if mode == "copy":
                    assert w.cleaned_at_open == 1
        driver.stdin.close()
        assert driver.wait(timeout=30) == 0, driver.stderr.read()
    assert seen_partial[1] == 1, "the kill mid-copy left a partial file behind for the next open to clean"
    assert max_attachments >= 3, "the first child recorded its batch before it was killed"
