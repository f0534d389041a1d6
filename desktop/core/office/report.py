"""What one ``receive`` did, file by file and submission by submission, in words a clerk can act on."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

ACCEPTED = "accepted"
DUPLICATE = "duplicate"
REJECTED = "rejected"
QUARANTINED = "quarantined"
OUTCOME_LABELS = {ACCEPTED: "已接收", DUPLICATE: "已收过", REJECTED: "拒收", QUARANTINED: "待确认公钥"}


@dataclass(frozen=True)
class Outcome:
    """One input file and what became of it."""

    file: str
    kind: str  # part | index | other
    status: str  # accepted | duplicate | rejected | quarantined
    message: str
    message_en: str
    code: str = ""
    unit: str | None = None
    submission_id: str | None = None
    sequence: int | None = None
    part: int | None = None
    parts: int | None = None
    new_files: int = 0
    new_bytes: int = 0
    fingerprint: str | None = None

    @property
    def status_label(self) -> str:
        return OUTCOME_LABELS[self.status]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["status_label"] = self.status_label
        return d


@dataclass(frozen=True)
class Note:
    """Something about a submission or a unit as a whole: complete, waiting for parts, older than the one in force…"""

    code: str  # complete | held | applied | older | same-sequence | chain-broken | chain-unchecked | state-mismatch…
    message: str
    message_en: str
    unit: str = ""
    submission_id: str = ""
    level: str = "info"  # info | warning

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ReceiveReport:
    outcomes: list[Outcome] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def _with(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def accepted(self) -> list[Outcome]:
        return self._with(ACCEPTED)

    @property
    def duplicates(self) -> list[Outcome]:
        return self._with(DUPLICATE)

    @property
    def rejected(self) -> list[Outcome]:
        return self._with(REJECTED)

    @property
    def quarantined(self) -> list[Outcome]:
        return self._with(QUARANTINED)

    @property
    def new_files(self) -> int:
        return sum(o.new_files for o in self.outcomes)

    @property
    def new_bytes(self) -> int:
        return sum(o.new_bytes for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return not self.rejected

    def note(self, code: str, message: str, message_en: str, *, unit: str = "", submission_id: str = "",
             level: str = "info") -> None:
        self.notes.append(Note(code, message, message_en, unit, submission_id, level))

    def extend(self, other: "ReceiveReport") -> None:
        self.outcomes.extend(other.outcomes)
        self.notes.extend(other.notes)

    def summary(self) -> str:
        """One Chinese sentence for a status bar or the end of the CLI output."""
        parts = [f"接收 {len(self.accepted)} 个"]
        if self.duplicates:
            parts.append(f"已收过 {len(self.duplicates)} 个")
        if self.quarantined:
            parts.append(f"待确认公钥 {len(self.quarantined)} 个")
        if self.rejected:
            parts.append(f"拒收 {len(self.rejected)} 个")
        return "，".join(parts) + f"；新存入 {self.new_files} 个文件。"

    def to_dict(self) -> dict:
        return {
            "ok": self.ok, "accepted": len(self.accepted), "duplicates": len(self.duplicates),
            "quarantined": len(self.quarantined), "rejected": len(self.rejected), "new_files": self.new_files,
            "new_bytes": self.new_bytes, "files": [o.to_dict() for o in self.outcomes],
            "notes": [n.to_dict() for n in self.notes], "summary": self.summary(),
        }
