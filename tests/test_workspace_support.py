"""Shared helpers for the workspace tests: real PDFs, images and workspaces built in temporary folders."""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

import pytest

from desktop.core.workspace import Workspace

UNIT = "市司法局"
GROUP = "各行政执法单位"


def make_pdf(path: Path, pages: int = 1, *, password: str | None = None, text: str = "") -> Path:
    """A real PDF written by pypdf; ``text`` makes otherwise identical PDFs differ."""
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(width=595, height=842)
    w.add_metadata({"/Title": text or path.name})
    if password is not None:
        w.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-128")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        w.write(f)
    return path


def junk(n: int, seed: int = 0) -> bytes:
    """Incompressible bytes, like a scan's image data, without "%" so that pypdf never mistakes the tail of a
    padded PDF for a truncated %%EOF marker."""
    return random.Random(seed).randbytes(n).replace(b"%", b"#")


def pad_pdf(path: Path, n: int, seed: int = 0) -> Path:
    """Make a PDF bigger and distinct: bytes after %%EOF are legal and ignored by readers."""
    with open(path, "ab") as f:
        f.write(junk(n, seed))
    return path


def make_png(path: Path, seed: int = 0) -> Path:
    """A valid 2×2 PNG."""
    raw = b"".join(b"\x00" + bytes([seed % 256, 0, 0] * 2) for _ in range(2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png)
    return path


def make_workspace(folder: Path, **kw) -> Workspace:
    kw.setdefault("unit", UNIT)
    kw.setdefault("groups", [GROUP])
    kw.setdefault("staff", ["张三"])
    return Workspace.create(folder, None, **kw)


@pytest.fixture
def ws(tmp_path):
    w = make_workspace(tmp_path / "ws")
    yield w
    w.close()


@pytest.fixture
def pdfs(tmp_path):
    """Five distinct one-to-three-page PDFs with Chinese names."""
    src = tmp_path / "src"
    return [make_pdf(src / f"执法记录 {i}.pdf", pages=1 + i % 3, text=f"doc {i}") for i in range(5)]


def stored_files(w: Workspace) -> list[Path]:
    return [p for _sha, p in w.blobs.iter_stored()]


def db_dump(w: Workspace) -> list:
    """Every row of every table except the audit log: to prove a failed operation changed nothing."""
    out = []
    with w.read() as db:
        for t in ("blobs", "attachments", "item_notes", "urls", "indicator_status", "profile", "catalogs", "meta"):
            out.append((t, db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()))
        out.append(("audit", db.execute("SELECT count(*) FROM audit").fetchone()))
    return out
