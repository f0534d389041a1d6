"""What a submission is made of: payload entries, item records, metadata, and the previous submission's state."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from desktop import __version__
from desktop.core.errors import UserError

FORMAT_VERSION = 1
NEW, SUPPLEMENT, REPLACEMENT = "NEW", "SUPPLEMENT", "REPLACEMENT"
RECORD_STATUSES = (NEW, SUPPLEMENT, REPLACEMENT)
INDEX_FORMAT = "evidence-desk-index"
SUBMISSION_FORMAT = "evidence-desk-submission"
MAX_INDEX_BYTES = 64 << 20


class BundleError(UserError):
    """The bundle cannot be built from what was given (bad metadata, a missing file, a broken chain)."""


@dataclass(frozen=True)
class PayloadEntry:
    """One file to carry: where it comes from, where it goes in ``data/``, and what it is evidence for.

    ``parts`` are the wanted folder names and the file name, e.g. from
    :func:`desktop.core.bundle.bagpath.evidence_parts`; the builder cleans them and makes
    them unique. ``sha256`` (hex) is the workspace's blob name when known: it saves a
    reading pass, and is checked against what is actually packed. ``size`` is the size the
    workspace recorded: a stored file of another size is damaged, and the export refuses it
    before writing anything.
    """

    parts: tuple[str, ...]
    source: Path | bytes
    item_id: str = ""
    indicator_keys: tuple[str, ...] = ()
    sha256: str | None = None
    role: str = "evidence"  # evidence | cover | contents | statement | other
    label: str = ""  # what the clerk called it; the original file name by default
    extra: Mapping[str, Any] = field(default_factory=dict)  # JSON-able facts: pages, evidence date…
    size: int | None = None

    def __post_init__(self):
        if isinstance(self.parts, list):
            object.__setattr__(self, "parts", tuple(self.parts))
        if isinstance(self.indicator_keys, list):
            object.__setattr__(self, "indicator_keys", tuple(self.indicator_keys))
        if not isinstance(self.source, (bytes, Path)):
            object.__setattr__(self, "source", Path(self.source))


@dataclass(frozen=True)
class ItemRecord:
    """A material item's state as the office should see it: status, statement, web addresses."""

    item_id: str
    indicator_keys: tuple[str, ...] = ()
    title: str = ""
    status: str = ""  # 未开始 / 进行中 / 已完成 / 不适用
    statement: str = ""  # 情况说明
    urls: tuple[str, ...] = ()
    reason: str = ""  # why 不适用
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {"id": self.item_id, "indicators": list(self.indicator_keys), "title": self.title, "status": self.status,
             "statement": self.statement, "urls": list(self.urls)}
        if self.reason:
            d["reason"] = self.reason
        if self.extra:
            d["extra"] = dict(self.extra)
        return d


@dataclass(frozen=True)
class SubmissionMeta:
    unit: str
    catalog_id: str
    catalog_version: str
    submission_id: str
    sequence: int
    created: dt.datetime  # with a time zone; also the timestamp of every ZIP entry
    contact_name: str = ""
    contact_phone: str = ""
    groups: tuple[str, ...] = ()  # the unit groups (各行政执法单位 …) the unit declares it belongs to
    description: str = "法治政府建设示范创建印证资料"
    software: str = f"evidence-desk {__version__}"

    def check(self) -> None:
        for name in ("unit", "catalog_id", "catalog_version", "submission_id"):
            value = getattr(self, name)
            if not value or any(c in value for c in "\r\n"):
                raise BundleError(f"报送信息中的 {name} 为空或含有换行。", en=f"Submission field {name} is empty or has a line break.")
        if self.created.tzinfo is None:
            raise ValueError("SubmissionMeta.created needs a time zone")
        if self.sequence < 1:
            raise BundleError("报送序号必须从 1 开始。", en="The sequence number starts at 1.")


def new_submission_id(created: dt.datetime) -> str:
    """A submission id that is unique in practice and readable: ``20240315-101500-3fa9c2``."""
    return created.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(3)


@dataclass(frozen=True)
class FileState:
    """One file of a submission's cumulative state (what the office holds once it has this submission)."""

    path: str
    sha256: str
    size: int
    item_id: str
    indicator_keys: tuple[str, ...]
    role: str
    label: str
    part: int | None = None  # the part carrying it, when sent in this submission
    sent_in: str | None = None  # the submission that carried it, when only referenced
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {"path": self.path, "sha256": self.sha256, "size": self.size, "item": self.item_id,
             "indicators": list(self.indicator_keys), "role": self.role, "label": self.label}
        if self.part is not None:
            d["part"] = self.part
        if self.sent_in is not None:
            d["sent_in"] = self.sent_in
        if self.extra:
            d["extra"] = dict(self.extra)
        return d

    @classmethod
    def from_dict(cls, d: Mapping) -> "FileState":
        return cls(path=str(d["path"]), sha256=str(d["sha256"]), size=int(d["size"]), item_id=str(d.get("item", "")),
                   indicator_keys=tuple(d.get("indicators", ())), role=str(d.get("role", "evidence")),
                   label=str(d.get("label", "")), part=d.get("part"), sent_in=d.get("sent_in"),
                   extra=dict(d.get("extra", {})))


@dataclass(frozen=True)
class PreviousSubmission:
    """What an increment needs to know of the submission before it: identity, index hash, and its files."""

    submission_id: str
    index_sha256: str
    sequence: int
    unit: str
    catalog_id: str
    files: tuple[FileState, ...]

    @classmethod
    def from_index_bytes(cls, data: bytes) -> "PreviousSubmission":
        try:
            idx = json.loads(data.decode("utf-8"))
            if idx.get("format") != INDEX_FORMAT:
                raise ValueError("not an index")
            files = []
            for f in idx["files"]:
                state = FileState.from_dict(f)
                # what was sent in that submission is, from now on, "sent in" it
                files.append(FileState(state.path, state.sha256, state.size, state.item_id, state.indicator_keys,
                                       state.role, state.label, None, state.sent_in or idx["submission_id"], state.extra))
            return cls(idx["submission_id"], hashlib.sha256(data).hexdigest(), int(idx["sequence"]), idx["unit"],
                       idx["catalog"]["id"], tuple(files))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
            raise BundleError("上次报送的索引文件无法读取或不是本程序生成的。",
                              en="The previous submission's index file is unreadable or was not made by this program.") from e

    @classmethod
    def load(cls, index_path: Path) -> "PreviousSubmission":
        """From the ``….index.json`` file an earlier export wrote (the workspace keeps a copy)."""
        try:
            if Path(index_path).stat().st_size > MAX_INDEX_BYTES:
                raise BundleError("索引文件过大。", en="The index file is too large.")
            return cls.from_index_bytes(Path(index_path).read_bytes())
        except OSError as e:
            raise BundleError(f"无法读取上次报送的索引文件 {index_path}：{e.strerror}",
                              en=f"Cannot read the previous index {index_path}: {e.strerror}") from e


def canonical_json(obj) -> bytes:
    """Sorted keys, UTF-8, one fixed layout: the same data always gives the same bytes (and hash)."""
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")
