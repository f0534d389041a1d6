"""Shared helpers for the bundle tests: a fixed signing key, small scan-like files, tampering tools."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import struct
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.bundle import ItemRecord, PayloadEntry, SubmissionMeta, build_submission, evidence_parts
from desktop.core.signing.keys import Signer

TZ = dt.timezone(dt.timedelta(hours=8))
CREATED = dt.datetime(2024, 3, 15, 10, 15, 0, tzinfo=TZ)


def signer(seed: int = 1, unit: str = "市司法局") -> Signer:
    return Signer(Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"seed%d" % seed).digest()), unit)


def fake_pdf(path: Path, size: int, seed: int) -> Path:
    rnd = random.Random(seed)
    body = b"%PDF-1.7\n" + rnd.randbytes(max(0, size - 20)) + b"\n%%EOF\n"
    path.write_bytes(body[:size] if size >= 20 else body)
    return path


def corpus(folder: Path, sizes: list[int], *, seed: int = 0) -> list[PayloadEntry]:
    """Evidence files for a few indicators, with Chinese names, as the export would describe them."""
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    layout = [("四、行政执法严格规范公正文明", "55", "执法全过程记录。", 1, "执法记录台账"),
              ("四、行政执法严格规范公正文明", "56", "重大执法决定法制审核", 2, "法制审核意见书"),
              ("一、依法全面履行政府职能", "3", "权责清单制度", 1, "权责清单")]
    for i, size in enumerate(sizes):
        area, key, title, no, label = layout[i % len(layout)]
        name = f"{i + 1:02d}_{label}扫描件.pdf"
        p = fake_pdf(folder / f"src{i}.pdf", size, seed * 1000 + i)
        entries.append(PayloadEntry(evidence_parts(area, key, title, no, label, name), p,
                                    item_id=f"{key}.{no}", indicator_keys=(key,),
                                    sha256=hashlib.sha256(p.read_bytes()).hexdigest() if i % 2 else None))
    return entries


def items() -> list[ItemRecord]:
    return [ItemRecord("55.1", ("55",), "执法记录台账", "已完成", "本单位2023年执法记录台账。", ("https://example.gov.cn/a",)),
            ItemRecord("56.2", ("56",), "法制审核意见书", "进行中", ""),
            ItemRecord("3.1", ("3",), "权责清单", "已完成", "见附件。")]


def meta(seq: int = 1, sid: str = "20240315-101500-aaaaaa", created=CREATED, unit: str = "市司法局") -> SubmissionMeta:
    return SubmissionMeta(unit, "jincheng-2022", "2022.1", sid, seq, created, contact_name="张三", contact_phone="0356-1234567")


def build(out: Path, entries, *, seq=1, sid="20240315-101500-aaaaaa", key=None, **kw):
    out.mkdir(parents=True, exist_ok=True)
    kw.setdefault("items", items())
    return build_submission(entries, meta=meta(seq, sid), signer=key or signer(), out_dir=out, **kw)


# --- tampering ---------------------------------------------------------------------------------------------------


def entry_data_offset(zip_path: Path, suffix: str) -> tuple[int, zipfile.ZipInfo]:
    """Offset of the first data byte of the entry whose name ends with ``suffix``."""
    with zipfile.ZipFile(zip_path) as z:
        info = next(i for i in z.infolist() if i.filename.endswith(suffix))
    with open(zip_path, "rb") as f:
        f.seek(info.header_offset)
        head = f.read(30)
        nlen, elen = struct.unpack("<HH", head[26:30])
    return info.header_offset + 30 + nlen + elen, info


def flip_byte(path: Path, offset: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        b = f.read(1)
        f.seek(offset)
        f.write(bytes([b[0] ^ 0x01]))


def rezip(src: Path, dst: Path, change: dict[str, bytes | None], add: dict[str, bytes] | None = None) -> None:
    """Copy a ZIP entry by entry, replacing (or dropping, with None) entries whose name ends with a key."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            for suffix, new in change.items():
                if info.filename.endswith(suffix):
                    data = new
            if data is None:
                continue
            zout.writestr(info, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)


def read_entry(zip_path: Path, suffix: str) -> bytes:
    with zipfile.ZipFile(zip_path) as z:
        return z.read(next(n for n in z.namelist() if n.endswith(suffix)))


def listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


