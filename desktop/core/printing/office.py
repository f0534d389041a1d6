"""Word, Excel and WPS files to PDF through LibreOffice, when this machine has it.

The program must work without LibreOffice (most office PCs have only WPS or
MS Office, which cannot be driven headless); such files then get a placeholder
page. LibreOffice runs with a private, throw-away profile so that it neither
collides with a LibreOffice window the user has open nor changes their settings.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 180


class ConversionFailed(Exception):
    """LibreOffice ran but produced no PDF (a damaged or password-protected document, or a timeout)."""


def _candidates() -> list[str]:
    found = [shutil.which(n) for n in ("soffice", "libreoffice")]
    if sys.platform.startswith("win"):
        for base in (os.environ.get("ProgramFiles"), os.environ.get("ProgramFiles(x86)")):
            if base:
                found.append(str(Path(base) / "LibreOffice" / "program" / "soffice.exe"))
    return [f for f in found if f and Path(f).exists()]


@dataclass
class OfficeConverter:
    soffice: str
    timeout_s: float = TIMEOUT_S

    @classmethod
    def find(cls) -> "OfficeConverter | None":
        """The converter if LibreOffice is installed, else None. EVIDENCE_DESK_NO_OFFICE=1 pretends it is not."""
        if os.environ.get("EVIDENCE_DESK_NO_OFFICE", "").strip() in {"1", "true", "yes"}:
            return None
        c = _candidates()
        return cls(c[0]) if c else None

    def convert(self, source: Path, out_dir: Path) -> Path:
        """``source`` as a PDF inside ``out_dir`` (a folder of its own per call: names may repeat)."""
        out_dir.mkdir(parents=True, exist_ok=True)
        profile = Path(tempfile.mkdtemp(prefix="lo-profile-", dir=out_dir))
        argv = [
            self.soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
            "--nolockcheck", "--convert-to", "pdf", "--outdir", str(out_dir), str(source),
        ]
        kw: dict = {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT}
        if os.name == "posix":
            kw["start_new_session"] = True  # its helper processes form one group we can end on timeout
        else:
            kw["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        proc = subprocess.Popen(argv, **kw)
        try:
            out, _ = proc.communicate(timeout=self.timeout_s)
        except subprocess.TimeoutExpired:
            self._kill(proc)
            raise ConversionFailed(f"LibreOffice 超过 {self.timeout_s:.0f} 秒仍未完成转换") from None
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        pdf = out_dir / (source.stem + ".pdf")
        if proc.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
            detail = (out or b"").decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            raise ConversionFailed(f"LibreOffice 未能转换（{proc.returncode}）{detail[0]}")
        return pdf

    @staticmethod
    def _kill(proc: subprocess.Popen) -> None:
        try:
            if os.name == "posix":
                os.killpg(proc.pid, signal.SIGKILL)  # the group of the process we started, nothing else
            else:
                proc.kill()
        except OSError:
            pass
        proc.wait()
