"""The plain, immutable records the workspace hands out: safe to pass between threads and to the GUI."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from desktop.core.catalog import MaterialItem
from desktop.core.errors import UserError


def now_iso() -> str:
    """Local time with its UTC offset, to the second: what the audit log and the rows record."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


class Status(str, Enum):
    """An indicator's status. Stored and emitted as the code; shown as the Chinese label."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return _STATUS_ZH[self]

    @property
    def label_en(self) -> str:
        return _STATUS_EN[self]

    @classmethod
    def parse(cls, value: "Status | str") -> "Status":
        """A code, a Chinese label or an English label."""
        if isinstance(value, Status):
            return value
        v = str(value).strip()
        for s in cls:
            if v in (s.value, _STATUS_ZH[s], _STATUS_EN[s]):
                return s
        raise UserError(
            f"状态“{value}”无效，应为 {'、'.join(_STATUS_ZH.values())} 之一。",
            en=f"Invalid status {value!r}; use one of {', '.join(s.value for s in cls)}.",
        )


_STATUS_ZH = {
    Status.NOT_STARTED: "未开始",
    Status.IN_PROGRESS: "进行中",
    Status.DONE: "已完成",
    Status.NOT_APPLICABLE: "不适用",
}
_STATUS_EN = {
    Status.NOT_STARTED: "not started",
    Status.IN_PROGRESS: "in progress",
    Status.DONE: "done",
    Status.NOT_APPLICABLE: "not applicable",
}


@dataclass(frozen=True)
class Profile:
    """Who the workspace belongs to. ``unit`` and ``groups`` are the catalog's canonical names."""

    unit: str
    groups: tuple[str, ...] = ()
    staff: tuple[str, ...] = ()
    contact: str | None = None
    phone: str | None = None

    def to_dict(self) -> dict:
        return {
            "unit": self.unit, "groups": list(self.groups), "staff": list(self.staff),
            "contact": self.contact, "phone": self.phone,
        }


@dataclass(frozen=True)
class Attachment:
    """One file attached to one material item. The bytes live in the blob store under ``sha256``."""

    id: int
    item_id: str
    sha256: str
    original_name: str
    size: int
    kind: str  # pdf | image | office | other
    pages: int | None
    encrypted: bool
    label: str | None
    position: int
    added_by: str | None
    added_at: str  # ISO 8601 with offset
    evidence_date: str | None  # the date the document bears: YYYY, YYYY-MM or YYYY-MM-DD
    removed_at: str | None = None  # set while the attachment is in the recycle bin
    removed_by: str | None = None

    @property
    def display_name(self) -> str:
        return self.label or self.original_name

    @property
    def in_recycle_bin(self) -> bool:
        return self.removed_at is not None

    def to_dict(self) -> dict:
        return {
            "id": self.id, "item_id": self.item_id, "sha256": self.sha256, "original_name": self.original_name,
            "size": self.size, "kind": self.kind, "pages": self.pages, "encrypted": self.encrypted,
            "label": self.label, "position": self.position, "added_by": self.added_by, "added_at": self.added_at,
            "evidence_date": self.evidence_date, "removed_at": self.removed_at, "removed_by": self.removed_by,
        }


@dataclass(frozen=True)
class WebAddress:
    id: int
    item_id: str
    url: str
    label: str | None
    position: int
    added_by: str | None
    added_at: str

    def to_dict(self) -> dict:
        return {"id": self.id, "item_id": self.item_id, "url": self.url, "label": self.label,
                "position": self.position, "added_by": self.added_by, "added_at": self.added_at}


@dataclass(frozen=True)
class ItemNotes:
    statement: str = ""  # 情况说明
    onsite_notes: str = ""  # 实地核查 preparation
    onsite_ready: bool = False
    updated_by: str | None = None
    updated_at: str | None = None


@dataclass(frozen=True)
class ItemEvidence:
    """Everything collected for one material item: what the GUI shows and printing prints."""

    item: MaterialItem
    indicator_keys: tuple[str, ...]  # every indicator this item shows on (several for a merged request)
    attachments: tuple[Attachment, ...]
    urls: tuple[WebAddress, ...]
    notes: ItemNotes
    in_catalog: bool = True  # False for evidence whose item the current catalog no longer has

    @property
    def statement(self) -> str:
        return self.notes.statement


@dataclass(frozen=True)
class AttachWarning:
    """Something the user should know about an accepted (or skipped) file. ``code`` is stable for programs."""

    path: Path
    code: str  # duplicate_in_item | also_elsewhere | encrypted_pdf | office_format | other_format | pdf_not_parsed | large_file
    message: str  # Chinese, for the user


@dataclass(frozen=True)
class Refusal:
    """A file that was not attached, and why (Chinese)."""

    path: Path
    code: str  # not_found | unreadable | changed | empty | not_a_file | bad_pdf | bad_image | refused_type
    message: str


class AttachResult(list):
    """The attachments added, in order — a ``list[Attachment]`` — plus ``warnings`` and ``refused`` files."""

    def __init__(self, attached=(), warnings=(), refused=()):
        super().__init__(attached)
        self.warnings: list[AttachWarning] = list(warnings)
        self.refused: list[Refusal] = list(refused)

    @property
    def attached(self) -> list[Attachment]:
        return list(self)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    by: str | None
    action: str
    target: str | None
    details: dict = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: dict) -> "AuditEntry":
        return cls(row["id"], row["at"], row["by"], row["action"], row["target"], json.loads(row["details"] or "{}"))
