"""The BagIt (RFC 8493) tag files: writing them byte-exactly and reading them strictly.

Names of the tag files and the layout of a part are fixed here, in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "tagmanifest-sha256.txt.sshsig"
SUBMISSION_JSON = "submission.json"
PAYLOAD_DIR = "data"
TAG_FILES = (BAGIT_TXT, BAG_INFO, MANIFEST, SUBMISSION_JSON, TAGMANIFEST, SIGNATURE)
SIGNED_TAG_FILES = (BAGIT_TXT, BAG_INFO, MANIFEST, SUBMISSION_JSON)  # listed in the tag manifest

BAGIT_CONTENT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
_HEX64 = re.compile(r"[0-9a-f]{64}")


def encode_path(path: str) -> str:
    """RFC 8493 §2.1.3: %, CR and LF in manifest paths are percent-encoded."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def decode_path(path: str) -> str:
    return path.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n").replace("%25", "%")


def manifest_text(hashes: dict[str, str]) -> bytes:
    """``<sha256>  <path>`` lines sorted by path (the sha256sum layout; LF line ends)."""
    return "".join(f"{h}  {encode_path(p)}\n" for p, h in sorted(hashes.items(), key=lambda kv: kv[0].encode())).encode("utf-8")


class ManifestError(ValueError):
    pass


def parse_manifest(data: bytes) -> dict[str, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ManifestError("not UTF-8") from e
    out: dict[str, str] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line:
            continue
        m = re.match(r"([0-9A-Fa-f]+)[ \t]+\*?(.+)$", line)
        if not m or not _HEX64.fullmatch(m.group(1).lower()):
            raise ManifestError(f"line {number} is not '<sha256> <path>'")
        path = decode_path(m.group(2))
        if path in out:
            raise ManifestError(f"line {number}: {path} listed twice")
        out[path] = m.group(1).lower()
    return out


def bag_info_text(fields: list[tuple[str, str]]) -> bytes:
    lines = []
    for label, value in fields:
        value = " ".join(str(value).split("\n"))
        if ":" in label or not label.strip():
            raise ValueError(f"bad bag-info label {label!r}")
        lines.append(f"{label}: {value}\n")
    return "".join(lines).encode("utf-8")


def parse_bag_info(data: bytes) -> list[tuple[str, str]]:
    """Labels and values in order; continuation lines (starting with white space) are joined."""
    text = data.decode("utf-8")
    out: list[tuple[str, str]] = []
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if not line:
            continue
        if line[0] in " \t":
            if not out:
                raise ValueError("continuation line before any label")
            label, value = out[-1]
            out[-1] = (label, value + " " + line.strip())
            continue
        if ":" not in line:
            raise ValueError(f"line without a label: {line[:40]!r}")
        label, value = line.split(":", 1)
        out.append((label.strip(), value.strip()))
    return out


@dataclass(frozen=True)
class Oxum:
    octets: int
    streams: int

    def __str__(self) -> str:
        return f"{self.octets}.{self.streams}"

    @classmethod
    def parse(cls, text: str) -> "Oxum":
        m = re.fullmatch(r"(\d+)\.(\d+)", text.strip())
        if not m:
            raise ValueError(f"bad Payload-Oxum {text!r}")
        return cls(int(m.group(1)), int(m.group(2)))


def human_size(n: int) -> str:
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"
