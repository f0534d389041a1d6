"""Numbers in Chinese official documents: 一、 （一） 1. 1-1 （1）, indicator numbers that open a text, titles.

Official documents number their levels by a fixed convention (GB/T 9704:
一、 then （一） then 1. then （1）), so a level is recognised by its marker,
not by its position on the page. Full-width and half-width brackets and stops
are the same marker.
"""

from __future__ import annotations

import re

from desktop.core.catalog.text import normalize

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUM = "[一二三四五六七八九十百零〇两]+"


def chinese_number(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 三十五 → 35, 一百零二 → 102; None when it is not one."""
    if not s or any(c not in _CN_DIGITS and c not in "十百" for c in s):
        return None
    total, current = 0, 0
    for c in s:
        if c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS[c]
    return total + current


# Heading markers, strongest level first. Each pattern captures the number and leaves the title after it.
AREA = re.compile(rf"^({CN_NUM})\s*[、，,．.]\s*")  # 一、
PAREN_CN = re.compile(rf"^[（(]\s*({CN_NUM})\s*[）)]\s*[、，,．.]?\s*")  # （一）
DASH = re.compile(r"^(\d{1,3})\s*[-－—–]\s*(\d{1,3})(?![\d.．])\s*[、.．]?\s*")  # 1-1
ARABIC = re.compile(r"^(\d{1,3})\s*[.．、](?!\d)\s*")  # 1.  1、
PAREN_AR = re.compile(r"^[（(]\s*(\d{1,3})\s*[）)]\s*")  # （1）
CIRCLED = re.compile(r"^([\u2460-\u2473])\s*")  # ①

# Characters that make a leading number a quantity, not an indicator number: "5个工作日", "2020年".
_NOT_A_KEY_AFTER = "\\d年月日个件项次家人份天条批类名万亿元倍小时周岁%％"
_KEY_TAIL = rf"(?![{_NOT_A_KEY_AFTER}])(?:[ \t]+|[、.．](?!\d)[ \t]*|(?=[\u4e00-\u9fff“‘《（(【\[]))"
_LEADING_KEY = re.compile(rf"^\s*(\d{{1,3}}){_KEY_TAIL}")


def leading_key(text: str) -> tuple[str | None, str]:
    """("43", rest) when the text opens with an indicator number ("43 重大…", "43．重大…"), else (None, text)."""
    m = _LEADING_KEY.match(text)
    if not m:
        return None, text
    return str(int(m.group(1))), text[m.end():]


def split_numbered(text: str, first: str | None = None) -> list[tuple[str | None, str]]:
    """Split a cell holding several consecutively numbered indicators ("43 …。 44 …") into (key, text).

    The next number must follow the previous one (43 → 44) and start a line or
    follow the end of a sentence, so numbers inside a sentence never split it.
    """
    key, rest = leading_key(text) if first is None else (first, text)
    if key is None:
        return [(None, text)]
    parts: list[tuple[str | None, str]] = []
    n = int(key)
    while True:
        nxt = re.compile(rf"(?:^|(?<=\n)|(?<=[。；;！？!?]))[ \t\u3000]*({n + 1}){_KEY_TAIL}", re.M)
        m = nxt.search(rest)
        if not m:
            parts.append((str(n), rest))
            return parts
        parts.append((str(n), rest[: m.start()]))
        rest = rest[m.end():]
        n += 1


def key_numbers(cell: str) -> list[str]:
    """Indicator numbers written in a 序号 cell: "43", "43、44", "43\\n44", "1-1" (→ "1.1"), "43.0" (Excel)."""
    cell = cell.strip()
    if re.fullmatch(r"\d+\.0", cell):
        cell = cell[:-2]
    found = re.findall(r"\d{1,4}(?:\s*[-－.．]\s*\d{1,4})*", cell)
    return [re.sub(r"\s*[-－.．]\s*", ".", f).lstrip("0") or "0" for f in found]


def tidy_title(title: str) -> str:
    """A heading as stored: normalised, trailing 。 dropped, "2.全面…" written "2. 全面…" (as the built-in catalog)."""
    t = normalize(title).rstrip("。．.")
    m = re.match(r"^(\d{1,3})\s*[.．、]\s*(?!\d)", t)
    if m:
        t = f"{m.group(1)}. {t[m.end():]}"
    return t


def strip_marker(line: str) -> tuple[str | None, tuple[int, ...], str]:
    """(style, numbers, rest) for a numbered line; style None when the line carries no marker."""
    for style, pat in (("area", AREA), ("paren_cn", PAREN_CN), ("dash", DASH), ("arabic", ARABIC),
                       ("paren_ar", PAREN_AR), ("circled", CIRCLED)):
        m = pat.match(line)
        if not m:
            continue
        if style in ("area", "paren_cn"):
            n = chinese_number(m.group(1))
            if n is None:
                continue
            return style, (n,), line[m.end():]
        if style == "dash":
            return style, (int(m.group(1)), int(m.group(2))), line[m.end():]
        if style == "circled":
            return style, (ord(m.group(1)) - 0x2460 + 1,), line[m.end():]
        return style, (int(m.group(1)),), line[m.end():]
    return None, (), line


# The depth of each marker style in the GB/T 9704 convention; "1-1" (item i of group g) sits below "1.".
LEVEL = {"area": 0, "paren_cn": 1, "arabic": 2, "dash": 3, "paren_ar": 3, "circled": 4}
