"""Helpers for the office tests: units' keys, real signed bundles for the built-in catalog, an office workspace."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.bundle import (
    ItemRecord, PayloadEntry, PreviousSubmission, SubmissionMeta, build_submission, evidence_parts,
)
from desktop.core.catalog import library
from desktop.core.signing import sshsig
from desktop.core.signing.allowed_signers import format_allowed_signer
from desktop.core.signing.keys import Signer

TZ = dt.timezone(dt.timedelta(hours=8))
T0 = dt.datetime(2024, 3, 15, 10, 0, 0, tzinfo=TZ)
CATALOG = library.load(None)


def unit_signer(unit: str, seed: int = 0) -> Signer:
    return Signer(Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"{unit}/{seed}".encode()).digest()), unit)


def allowed_signers(*signers: Signer) -> str:
    return "".join(format_allowed_signer(s.public_key.comment, s.public_key, sshsig.BUNDLE_NAMESPACE, "2024-03-01") + "\n"
                   for s in signers)


def pdf_bytes(seed: int, size: int = 3000) -> bytes:
    """A small but real PDF (one page, text + random padding in a comment) that QtPdf and pypdf open."""
    pad = random.Random(seed).randbytes(size).hex()[:size]
    content = b"BT /F1 24 Tf 72 720 Td (Evidence %d) Tj ET" % seed
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n%" + pad.encode() + b"\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


@dataclass
class UnitBundles:
    """One unit's exports, made the way the unit's export makes them (bundle.build_submission)."""

    unit: str
    root: Path
    signer: Signer
    catalog_version: str = CATALOG.version
    files: dict[tuple[str, str], bytes] = field(default_factory=dict)  # (item id, name) → content
    statements: dict[str, str] = field(default_factory=dict)
    sequence: int = 0
    last_index: Path | None = None

    def add(self, item_id: str, name: str, data: bytes) -> None:
        self.files[(item_id, name)] = data

    def remove(self, item_id: str, name: str) -> None:
        del self.files[(item_id, name)]

    def export(self, *, record_status: str | None = None, part_mb: float = 20, when: dt.datetime | None = None,
               keys: list[str] | None = None) -> Path:
        """Write the next submission into its own folder; SUPPLEMENT after the first unless told otherwise."""
        self.sequence += 1
        created = when or T0 + dt.timedelta(days=self.sequence)
        sid = f"{created:%Y%m%d-%H%M%S}-{hashlib.sha256(f'{self.unit}{self.sequence}'.encode()).hexdigest()[:6]}"
        out = self.root / f"{self.unit}-{self.sequence}"
        src = out / "src"
        src.mkdir(parents=True)
        index = CATALOG_INDEX
        entries = []
        for n, ((item_id, name), data) in enumerate(sorted(self.files.items())):
            p = src / f"{n}_{name}"
            p.write_bytes(data)
            key = index.keys_of(item_id)[0]
            ind = CATALOG.indicator(key)
            pos = index.position(key, item_id) or 1
            entries.append(PayloadEntry(evidence_parts(ind.area, key, ind.text[:12], pos, index.item(item_id).text[:10], name),
                                        p, item_id=item_id, indicator_keys=index.keys_of(item_id), label=name))
        wanted = keys or sorted({k for (i, _n) in self.files for k in index.keys_of(i)} | set(self.statements_keys()))
        items = []
        for key in wanted:
            for it in index.items(key):
                has = any(i == it.id for (i, _n) in self.files) or it.id in self.statements
                items.append(ItemRecord(it.id, index.keys_of(it.id), it.text[:20], "已完成" if has else "未开始",
                                        self.statements.get(it.id, "")))
        meta = SubmissionMeta(self.unit, CATALOG.id, self.catalog_version, sid, self.sequence, created,
                              contact_name="张三", contact_phone="0356-1234567")
        previous = PreviousSubmission.load(self.last_index) if self.last_index else None
        status_changes_only = previous is not None and record_status != "REPLACEMENT"
        bundle_dir = out / "bundle"
        bundle_dir.mkdir()
        result = build_submission(entries, meta=meta, signer=self.signer, out_dir=bundle_dir, items=items,
                                  part_mb=part_mb, previous=previous, changes_only=status_changes_only)
        self.last_index = result.index_path
        return bundle_dir

    def statements_keys(self) -> list[str]:
        return [k for i in self.statements for k in CATALOG_INDEX.keys_of(i)]


def _index():
    from desktop.core.workspace.items import ItemIndex

    return ItemIndex(CATALOG)


CATALOG_INDEX = _index()


def parts_of(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.zip"))


def index_of(folder: Path) -> Path:
    return next(folder.glob("*.index.json"))
