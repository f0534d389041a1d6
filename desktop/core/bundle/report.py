"""Verification results: one row per check, with a precise bilingual message and what it is about."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Check:
    code: str  # stable identifier, e.g. "payload.altered"
    ok: bool
    zh: str
    en: str
    subject: str = ""  # the part or index file
    entry: str = ""  # the path inside it, when the check is about one entry
    level: str = ERROR  # how a failure counts: only errors make verification fail

    @property
    def failed(self) -> bool:
        return not self.ok and self.level == ERROR

    def to_dict(self) -> dict:
        d = {"code": self.code, "ok": self.ok, "level": self.level, "message": self.zh, "message_en": self.en}
        if self.subject:
            d["subject"] = self.subject
        if self.entry:
            d["entry"] = self.entry
        return d


@dataclass
class PartReport:
    """Everything learned about one part file, and every check made on it."""

    path: Path
    checks: list[Check] = field(default_factory=list)
    bag: str = ""
    bag_info: dict[str, str] = field(default_factory=dict)
    submission: dict | None = None
    submission_json_sha256: str = ""
    signer_fingerprint: str = ""
    trusted_principals: list[str] = field(default_factory=list)
    zip_sha256: str = ""
    zip_size: int = 0
    tagmanifest_sha256: str = ""
    payload_files: int = 0
    payload_bytes: int = 0

    def add(self, code: str, ok: bool, zh: str, en: str, entry: str = "", level: str = ERROR) -> None:
        self.checks.append(Check(code, ok, zh, en, self.path.name, entry, level))

    def fail(self, code: str, zh: str, en: str, entry: str = "") -> None:
        self.add(code, False, zh, en, entry)

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if c.failed]

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def submission_id(self) -> str:
        return self.bag_info.get("Submission-Identifier", "")

    @property
    def part_number(self) -> tuple[int, int] | None:
        try:
            k, n = self.bag_info.get("Bag-Count", "").split(" of ")
            return int(k), int(n)
        except ValueError:
            return None

    def to_dict(self) -> dict:
        pn = self.part_number
        return {
            "path": str(self.path), "ok": self.ok, "bag": self.bag, "submission_id": self.submission_id,
            "unit": self.bag_info.get("Source-Organization", ""), "part": pn[0] if pn else None,
            "parts": pn[1] if pn else None, "record_status": self.bag_info.get("Record-Status", ""),
            "signer_fingerprint": self.signer_fingerprint, "trusted_principals": self.trusted_principals,
            "sha256": self.zip_sha256, "payload_files": self.payload_files, "payload_bytes": self.payload_bytes,
            "checks": [c.to_dict() for c in self.checks],
        }
