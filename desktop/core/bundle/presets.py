"""Part-size presets for common ways of sending: the one table the export dialog and the CLI show.

Mail systems limit the whole message, and attachments travel base64-encoded (4/3 the
size) plus headers, so a part must stay well under the advertised limit: we use about
70 % of it. Limits differ between installations (government mail is often set lower):
check with the mail administrator when in doubt. ``None`` means no splitting beyond what
the medium allows (FAT32 USB sticks cannot hold a file of 4 GiB or more).
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1_000_000  # part sizes are decimal megabytes: smaller than MiB, so always on the safe side
DEFAULT_PART_MB = 20


@dataclass(frozen=True)
class PartPreset:
    key: str
    zh: str
    en: str
    part_mb: int


PRESETS: tuple[PartPreset, ...] = (
    PartPreset("gov-mail", "政务邮箱（附件上限常见 20 MB）", "Government mail (typically 20 MB)", 14),
    PartPreset("default", "默认（每卷 20 MB）", "Default (20 MB parts)", DEFAULT_PART_MB),
    PartPreset("exchange", "Outlook / Exchange（常见 25 MB）", "Outlook / Exchange (typically 25 MB)", 17),
    PartPreset("qq-mail", "QQ 邮箱普通附件（50 MB）", "QQ Mail ordinary attachment (50 MB)", 35),
    PartPreset("netease-mail", "网易 163/126 邮箱普通附件（50 MB）", "NetEase 163/126 mail ordinary attachment (50 MB)", 35),
    PartPreset("usb", "U 盘（不分卷，单个文件小于 4 GB）", "USB stick (no splitting; files under 4 GB for FAT32)", 4000),
)


def preset(key: str) -> PartPreset:
    for p in PRESETS:
        if p.key == key:
            return p
    raise KeyError(key)
