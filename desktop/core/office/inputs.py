"""What was dropped: bundle files found under the given paths, and a cheap first look at each part.

A whole USB stick may be given, so folders are walked to any depth; files that
are not bundle parts or indexes are passed over quietly (a stick holds other
things), but a file named explicitly that is not a bundle is reported. The
first look reads only a part's ZIP directory and its small tag files — who sent
it, which submission, which part, which key — so duplicates, strangers and
bundles for another catalog are answered before a byte of payload is hashed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.core.bundle import bagfiles as bf
from desktop.core.bundle.verify import INDEX_SUFFIX
from desktop.core.bundle.zipread import EntryError, SafeZipReader, ZipFatal
from desktop.core.signing import sshsig
from desktop.core.signing.keys import PublicKey

PEEK_LIMIT = 1 << 20  # the tag files read at first look (bag-info, tag manifest, signature) are small


@dataclass
class Inputs:
    parts: list[Path]
    indexes: list[Path]
    unknown: list[Path]  # named explicitly but not a bundle file
    missing: list[Path]
    empty_folders: list[Path]


def _is_partial(name: str) -> bool:
    return name.startswith(".") and name.endswith(".partial")


def collect(paths: list[Path], *, skip_under: Path | None = None) -> Inputs:
    """Parts (``*.zip``) and indexes (``*.index.json``) under ``paths``, each once, in a stable order."""
    found = Inputs([], [], [], [], [])
    seen: set[Path] = set()
    skip = skip_under.resolve() if skip_under else None

    def take(p: Path, explicit: bool) -> bool:
        name = p.name
        try:
            real = p.resolve()
        except OSError:
            real = p
        if real in seen or (skip is not None and (real == skip or skip in real.parents)):
            return real in seen
        if _is_partial(name) or name.startswith("~$"):
            if explicit:
                found.unknown.append(p)
            return False
        if name.lower().endswith(".zip"):
            found.parts.append(p)
        elif name.endswith(INDEX_SUFFIX):
            found.indexes.append(p)
        else:
            if explicit and not name.endswith(INDEX_SUFFIX + ".sshsig"):
                found.unknown.append(p)
            return False
        seen.add(real)
        return True

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            any_found = False
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "System Volume Information")
                for name in sorted(files):
                    any_found = take(Path(root) / name, False) or any_found
            if not any_found:
                found.empty_folders.append(p)
        elif p.is_file():
            take(p, True)
        else:
            found.missing.append(p)
    return found


@dataclass
class Peek:
    """A part's identity, read from its tag files without checking anything but the ZIP's structure."""

    path: Path
    size: int
    unit: str = ""
    submission_id: str = ""
    sequence: int = 0
    record_status: str = ""
    part: int = 0
    parts: int = 0
    catalog_id: str = ""
    catalog_version: str = ""
    fingerprint: str = ""
    public_key: PublicKey | None = None
    tagmanifest: bytes = b""

    @property
    def readable(self) -> bool:
        return bool(self.submission_id and self.part and self.tagmanifest)


def peek(path: Path) -> Peek:
    """Never raises for bad input: an unreadable part comes back with ``readable`` False (the full check says why)."""
    try:
        size = path.stat().st_size
    except OSError:
        return Peek(path, 0)
    info = Peek(path, size)
    try:
        with SafeZipReader(path, checked=False) as reader:  # a first look; check_part checks everything
            files = {m.name: m for m in reader.members if not m.is_dir}
            tops = {n.split("/", 1)[0] for n in files}
            if len(tops) != 1:
                return info
            bag = tops.pop()

            def tag(name: str) -> bytes | None:
                m = files.get(f"{bag}/{name}")
                return reader.read(m, PEEK_LIMIT) if m is not None else None

            raw_info, manifest, sig = tag(bf.BAG_INFO), tag(bf.TAGMANIFEST), tag(bf.SIGNATURE)
    except (ZipFatal, EntryError, OSError):
        return info
    if raw_info is None or manifest is None:
        return info
    try:
        bag_info = dict(bf.parse_bag_info(raw_info))
        k, n = bag_info.get("Bag-Count", "").split(" of ")
        info.part, info.parts = int(k), int(n)
        info.sequence = int(bag_info.get("Submission-Sequence", "0"))
    except (ValueError, UnicodeDecodeError):
        return info
    info.unit = bag_info.get("Source-Organization", "").strip()
    info.submission_id = bag_info.get("Submission-Identifier", "")
    info.record_status = bag_info.get("Record-Status", "")
    info.catalog_id = bag_info.get("Catalog-Identifier", "")
    info.catalog_version = bag_info.get("Catalog-Version", "")
    info.fingerprint = bag_info.get("Signer-Fingerprint", "")
    info.tagmanifest = manifest
    if sig is not None:
        try:
            key, _ns, _h, _s = sshsig.parse(sig)
            info.public_key = key
        except sshsig.SignatureError:
            pass
    return info
