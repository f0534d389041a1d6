"""Who is using the program: the unit, the groups it belongs to, the staff and contact — chosen in the wizard.

Plain Python. The workspace stores the profile (``ws.profile``); the window,
the wizard and the settings dialog only produce and consume ``Profile``
objects. A profile saved in the settings file by an earlier version only
pre-fills the first-run wizard.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

_PHONE_CHARS = re.compile(r"^[0-9０-９+＋\-－—()（）\s转,，/]+$")


@dataclass(frozen=True)
class Profile:
    catalog_id: str
    unit: str
    groups: tuple[str, ...] = field(default_factory=tuple)
    staff: str = ""
    contact: str = ""
    phone: str = ""

    def to_dict(self) -> dict:
        d = asdict(self)
        d["groups"] = list(self.groups)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Profile | None":
        if not d or not d.get("unit") or not d.get("catalog_id"):
            return None
        return cls(
            catalog_id=str(d["catalog_id"]), unit=str(d["unit"]), groups=tuple(str(g) for g in d.get("groups") or ()),
            staff=str(d.get("staff", "")), contact=str(d.get("contact", "")), phone=str(d.get("phone", "")),
        )


def phone_problem(text: str) -> str | None:
    """None when ``text`` looks like a phone number (loosely: mobile, landline with area code, extension).

    Returns the reason otherwise, as a code the UI turns into words: "chars" (letters or
    other symbols), "short" (fewer than 7 digits), "long" (more than 20 digits). Empty is allowed.
    """
    text = text.strip()
    if not text:
        return None
    if not _PHONE_CHARS.match(text):
        return "chars"
    digits = sum(c.isdigit() for c in text)
    if digits < 7:
        return "short"
    if digits > 20:
        return "long"
    return None
