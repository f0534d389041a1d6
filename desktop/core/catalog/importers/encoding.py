"""Decoding a text file (CSV, TSV, a plan as plain text) whose encoding nobody wrote down.

Chinese Excel and WPS save CSV as GBK by default, newer versions as UTF-8 with
a BOM, Notepad as UTF-8; "Unicode text" is UTF-16. A BOM decides. Without one,
a file is UTF-8 when it decodes as UTF-8 into Chinese, GB18030 (a superset of
GBK) when it decodes as GB18030 into mostly common characters (GB2312's
hanzi and punctuation). If both readings look right, or neither does, we say
so instead of guessing: a wrong guess would import garbled unit names.
"""

from __future__ import annotations

import codecs

from desktop.core.catalog.importers.problems import ImportFailed

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_RESAVE = "请用 Excel 或 WPS 打开，另存为“CSV UTF-8（逗号分隔）”，或用记事本另存为 UTF-8 编码，然后再导入。"


def _cjk_share(text: str) -> float:
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 1.0
    good = sum(1 for c in wide if 0x4E00 <= ord(c) <= 0x9FFF or 0x3000 <= ord(c) <= 0x303F or 0xFF00 <= ord(c) <= 0xFFEF
               or c in "“”‘’—…·")
    return good / len(wide)


def _common_share(text: str) -> float:
    """Share of non-ASCII characters that are GB2312 hanzi or punctuation: high for real GBK Chinese."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 1.0
    good = 0
    for c in wide:
        try:
            b = c.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if b[0] in (0xA1, 0xA3) or 0xB0 <= b[0] <= 0xF7:
            good += 1
    return good / len(wide)


def decode(data: bytes, file_name: str) -> tuple[str, str]:
    """(text, encoding name) or ImportFailed saying why the encoding cannot be told."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise ImportFailed(file_name, f"文件开头标明是 {enc.upper()} 编码，但内容不是。文件可能已损坏。{_RESAVE}") from None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    utf8_ok = utf8 is not None and _cjk_share(utf8) >= 0.8
    gb_ok = gb is not None and gb != utf8 and _common_share(gb) >= 0.9
    if utf8_ok and not gb_ok:
        return utf8, "utf-8"
    if gb_ok and not utf8_ok:
        return gb, "gb18030"
    if utf8_ok and gb_ok:
        raise ImportFailed(file_name, "无法确定文件的编码：按 UTF-8 读是“" + _sample(utf8) + "”，按 GBK 读是“"
                           + _sample(gb) + "”，两种都可能。" + _RESAVE)
    if utf8 is not None:
        return utf8, "utf-8"  # valid UTF-8 with little Chinese in it: still UTF-8
    shown = f"按 GBK 读是“{_sample(gb)}”，看起来不对" if gb is not None else "既不是 UTF-8 也不是 GBK"
    raise ImportFailed(file_name, f"无法确定文件的编码（{shown}）。{_RESAVE}")


def _sample(text: str | None) -> str:
    wide = "".join(c for c in (text or "") if ord(c) > 0x7F)
    return (wide or (text or ""))[:12]
