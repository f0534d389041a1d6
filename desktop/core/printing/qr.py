"""The cover sheet's QR code: a compact, precisely defined payload (docs/printing.md) and its drawing.

The code lets a reviewer check a paper binder against the electronic
submission: it names the unit, the catalog, the indicator keys and the SHA-256
of each enclosed file. Beyond a few files the code would grow too dense to scan
from paper, so it then carries the SHA-256 of the file listing instead.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.printing.labels import key_runs

MAGIC = "EDQR1"
LEVEL = "M"  # 15% error correction: survives a staple hole or a coffee ring, stays small
MAX_VERSION = 12  # 65×65 modules: 0.6 mm per module at 42 mm, easy for phones and 200-dpi scans
_HEX = re.compile(r"^[0-9a-fA-F]{64}$")


@dataclass(frozen=True)
class QrPayload:
    text: str  # exactly what a decoder returns
    head: str  # the UTF-8 (byte mode) part
    tail: str  # the alphanumeric-mode part (upper-case hex, ':' and digits)
    mode: str  # "F": every file's hash; "L": the hash of the listing
    version: int  # QR version the code needs at level M


@dataclass(frozen=True)
class DecodedPayload:
    catalog: str
    unit: str
    keys: tuple[str, ...]
    mode: str
    hashes: tuple[str, ...] = ()  # mode F, lower-case, in the sheet's order
    listing_count: int = 0  # mode L
    listing_sha256: str = ""  # mode L, lower-case


def _escape(s: str) -> str:
    return s.replace("%", "%25").replace("|", "%7C")


def _unescape(s: str) -> str:
    return s.replace("%7C", "|").replace("%7c", "|").replace("%25", "%")


def encode_keys(keys: Sequence[str]) -> str:
    """26,27 · 34-46 (runs of three or more consecutive integers) · B1."""
    return ",".join(f"{a}-{b}" if b else a for a, b in key_runs(list(keys)))


def decode_keys(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in filter(None, text.split(",")):
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(str(n) for n in range(int(a), int(b) + 1))
        else:
            out.append(part)
    return tuple(out)


def listing_text(hashes: Sequence[str]) -> str:
    """The canonical file listing of mode L: distinct lower-case hashes, sorted, one per line, LF-terminated."""
    return "".join(f"{h}\n" for h in sorted({h.lower() for h in hashes}))


def listing_sha256(hashes: Sequence[str]) -> str:
    return hashlib.sha256(listing_text(hashes).encode("ascii")).hexdigest()


def _segments(head: str, tail: str):
    from reportlab.graphics.barcode import qrencoder

    # Explicit segments: reportlab would otherwise try Kanji mode on Chinese text (Shift-JIS, wrong for GB names).
    return [qrencoder.QR8bitByte(head.encode("utf-8")), qrencoder.QRAlphaNum(tail)]


def _version(head: str, tail: str) -> int:
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, LEVEL))
    for seg in _segments(head, tail):
        code.addData(seg)
    return code.calculate_version()


def build_payload(catalog_id: str, unit: str, keys: Sequence[str], hashes: Sequence[str]) -> QrPayload:
    """Mode F while the code stays within MAX_VERSION, else mode L."""
    for h in hashes:
        if not _HEX.match(h):
            raise ValueError(f"not a SHA-256 hex digest: {h!r}")
    head = f"{MAGIC}|{_escape(catalog_id)}|{_escape(unit)}|{encode_keys(keys)}|"
    tail = "F:" + ":".join(h.upper() for h in hashes)
    version = _version(head, tail)
    mode = "F"
    if version > MAX_VERSION:
        mode = "L"
        tail = f"L:{len(set(h.lower() for h in hashes))}:{listing_sha256(hashes).upper()}"
        version = _version(head, tail)
    return QrPayload(head + tail, head, tail, mode, version)


def parse_payload(text: str) -> DecodedPayload:
    """Read a decoded QR text back; ValueError when it is not an Evidence Desk cover code."""
    parts = text.strip().split("|")
    if len(parts) != 5 or parts[0] != MAGIC:
        raise ValueError("not an Evidence Desk cover sheet code")
    catalog, unit, keys, tail = _unescape(parts[1]), _unescape(parts[2]), decode_keys(parts[3]), parts[4]
    if tail.startswith("F:"):
        hashes = tuple(h.lower() for h in tail[2:].split(":") if h)
        if not all(_HEX.match(h) for h in hashes):
            raise ValueError("malformed file hashes")
        return DecodedPayload(catalog, unit, keys, "F", hashes=hashes)
    m = re.fullmatch(r"L:(\d+):([0-9A-Fa-f]{64})", tail)
    if not m:
        raise ValueError("malformed hash part")
    return DecodedPayload(catalog, unit, keys, "L", listing_count=int(m[1]), listing_sha256=m[2].lower())


_BITS = bytes.maketrans(b"\x00\x01", b"01")
_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER_LIKE = re.compile(r"(?=(10111010000|00001011101))")


def penalty(modules: list[list[bool]]) -> int:
    """The mask penalty of ISO/IEC 18004 §7.8.3 (runs, 2×2 blocks, finder look-alikes, dark balance).

    reportlab scores masks with per-module Python loops (12 ms a code, and its rules 1 and 3
    stray from the standard); scoring rows and columns as strings and bit masks is exact and
    takes a fraction of that.
    """
    n = len(modules)
    rows = [bytes(row).translate(_BITS).decode("ascii") for row in modules]  # rows of True/False
    cols = ["".join(c) for c in zip(*rows)]
    score = 0
    for line in rows + cols:
        score += sum(len(m) - 2 for m in _RUN.findall(line))  # N1 = 3, plus 1 per module beyond five
        score += 40 * len(_FINDER_LIKE.findall(line))
    low = (1 << (n - 1)) - 1
    for a, b in zip(rows, rows[1:]):
        ia, ib = int(a, 2), int(b, 2)
        same_v = ~(ia ^ ib)
        same_h = ~(ia ^ (ia >> 1))
        score += 3 * (same_v & (same_v >> 1) & same_h & low).bit_count()
    dark = sum(r.count("1") for r in rows)
    score += 10 * (abs(dark * 100 - 50 * n * n) // (5 * n * n))
    return score


@lru_cache(maxsize=512)
def _matrix(head: str, tail: str, version: int) -> tuple[tuple[bool, ...], ...]:
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(version, getattr(qrencoder.QRErrorCorrectLevel, LEVEL))
    for seg in _segments(head, tail):
        code.addData(seg)
    best, best_score = 0, None
    for mask in range(8):
        code.makeImpl(True, mask)
        score = penalty(code.modules)
        if best_score is None or score < best_score:
            best, best_score = mask, score
    code.makeImpl(False, best)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def module_matrix(payload: QrPayload) -> tuple[tuple[bool, ...], ...]:
    """The dark/light modules, row by row (cached: covers are drawn again while page numbers settle)."""
    return _matrix(payload.head, payload.tail, payload.version)


def qr_flowable(payload: QrPayload, size: float):
    """A square flowable of ``size`` points (quiet zone included) drawing the code as one filled path."""
    from reportlab.platypus import Flowable

    matrix = module_matrix(payload)

    n = len(matrix)
    runs = []
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append(f"{start + 4} {r + 4} {c - start} 1 re")
            else:
                c += 1
    cell = size / (n + 8)  # four modules of quiet zone on every side
    # Whole-module coordinates under one scaling matrix: small integers, one fill, no seams between modules.
    ops = f"q 0 g {cell:.5f} 0 0 {-cell:.5f} 0 {size:.3f} cm\n" + "\n".join(runs) + "\nf Q"

    class _Qr(Flowable):
        def wrap(self, aw, ah):
            return size, size

        def draw(self):
            self.canv.addLiteral(ops)

    return _Qr()
