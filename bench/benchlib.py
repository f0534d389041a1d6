"""Helpers shared by the benchmarks: timing with medians, peak memory, peers, scan-like corpora."""

from __future__ import annotations

import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


def machine_summary() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} × {cpu}{mem}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


@dataclass
class Timing:
    label: str
    runs: list[float] = field(default_factory=list)
    peak_rss_mb: float | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.runs)


@dataclass
class Context:
    quick: bool = False
    date: str = field(default_factory=lambda: time.strftime("%Y-%m-%d"))
    _tmp: list[Path] = field(default_factory=list)

    @property
    def repeats(self) -> int:
        return 1 if self.quick else 5

    def tmpdir(self, name: str = "bench") -> Path:
        base = Path(os.environ.get("BENCH_TMP", tempfile.gettempdir()))
        d = Path(tempfile.mkdtemp(prefix=f"ed-{name}-", dir=base))
        self._tmp.append(d)
        return d

    def cleanup(self) -> None:
        for d in self._tmp:
            shutil.rmtree(d, ignore_errors=True)

    @staticmethod
    def have(tool: str) -> bool:
        return shutil.which(tool) is not None

    def time_cmd(self, label: str, argv: list[str], *, setup=None, repeats: int | None = None, cwd=None, env=None) -> Timing:
        """Median wall time of a command, and the child's own peak RSS.

        The peak is read from the child's /proc/<pid>/status (VmHWM, which starts afresh at exec) while it
        runs: wait4()'s ru_maxrss would include the memory of this Python process the child was forked from.
        """
        t = Timing(label)
        peak_kb = 0
        for _ in range(repeats or self.repeats):
            if setup:
                setup()
            start = time.perf_counter()
            proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            status_file = Path(f"/proc/{proc.pid}/status")
            while proc.poll() is None:
                try:
                    for line in status_file.read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            peak_kb = max(peak_kb, int(line.split()[1]))
                            break
                except (OSError, ValueError):
                    pass
                time.sleep(0.003)
            t.runs.append(time.perf_counter() - start)
            err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
            if proc.returncode != 0:
                raise RuntimeError(f"{label}: exit {proc.returncode}: {err[-2000:]}")
        t.peak_rss_mb = peak_kb / 1024 if peak_kb else None
        return t

    def time_py(self, label: str, fn, *, setup=None, repeats: int | None = None) -> Timing:
        t = Timing(label)
        for _ in range(repeats or self.repeats):
            if setup:
                setup()
            start = time.perf_counter()
            fn()
            t.runs.append(time.perf_counter() - start)
        t.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return t


def python() -> str:
    return sys.executable


def table(timings: list[Timing], *, baseline: str | None = None, extra: dict[str, str] | None = None) -> str:
    base = next((t.median for t in timings if t.label == baseline), None) if baseline else None
    head = "| what | median (s) | runs | peak RSS (MB) |" + (" vs. " + baseline + " |" if base else "")
    sep = "|---|---:|---:|---:|" + ("---:|" if base else "")
    rows = [head, sep]
    for t in timings:
        rss = f"{t.peak_rss_mb:.0f}" if t.peak_rss_mb else "–"
        ratio = f" {t.median / base:.2f}× |" if base else ""
        rows.append(f"| {t.label} | {t.median:.3f} | {len(t.runs)} | {rss} |{ratio}")
    return "\n".join(rows) + "\n"


def make_scan_like_pdf(path: Path, size_mb: float, pages: int = 10, seed: int = 0) -> None:
    """A PDF whose pages carry incompressible image data, like a scanner's output."""
    import random

    rnd = random.Random(seed)
    per_page = int(size_mb * 1024 * 1024 / pages)
    objs: list[bytes] = []
    kids = " ".join(f"{3 + i * 3} 0 R" for i in range(pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    for i in range(pages):
        page_no, content_no, img_no = 3 + i * 3, 4 + i * 3, 5 + i * 3
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content_no} 0 R "
            f"/Resources << /XObject << /Im0 {img_no} 0 R >> >> >>".encode()
        )
        content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        data = rnd.randbytes(per_page)
        objs.append(
            b"<< /Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))


def make_corpus(folder: Path, total_mb: int = 500, files: int = 100) -> list[Path]:
    """~total_mb of scan-like PDFs with Chinese names, sizes varying 1–2× around the mean."""
    folder.mkdir(parents=True, exist_ok=True)
    import random

    rnd = random.Random(42)
    sizes = [rnd.uniform(0.6, 1.4) for _ in range(files)]
    scale = total_mb / sum(sizes)
    out = []
    names = ["执法记录台账", "合法性审核意见书", "行政处罚案卷", "会议纪要", "情况说明", "培训签到表"]
    for i, s in enumerate(sizes):
        p = folder / f"{i + 1:03d}_{names[i % len(names)]} 扫描件.pdf"
        make_scan_like_pdf(p, s * scale, pages=max(2, int(s * 8)), seed=i)
        out.append(p)
    return out
