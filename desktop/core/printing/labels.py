"""How keys, page ranges, dates and long texts are written on printed pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.core.catalog import Catalog


def key_runs(keys: Sequence[str], *, min_run: int = 3) -> list[tuple[str, str | None]]:
    """Keys as runs: consecutive integer keys (at least ``min_run``) become (first, last), others (key, None)."""
    out: list[tuple[str, str | None]] = []
    i = 0
    while i < len(keys):
        j = i
        if keys[i].isdigit() and not keys[i].startswith("0"):
            while (j + 1 < len(keys) and keys[j + 1].isdigit() and not keys[j + 1].startswith("0")
                   and int(keys[j + 1]) == int(keys[j]) + 1):
                j += 1
        if j - i + 1 >= min_run:
            out.append((keys[i], keys[j]))
            i = j + 1
        else:
            out.append((keys[i], None))
            i += 1
    return out


def group_label(catalog: Catalog, keys: Sequence[str]) -> str:
    """第55项 · 第26、27项 · 第34～46项 · 加分项1: how a sheet names the indicators it covers."""
    numbered = [k for k in keys if catalog.indicator(k).kind == "indicator"]
    parts = []
    if numbered:
        runs = [f"{a}～{b}" if b else a for a, b in key_runs(numbered)]
        parts.append(f"第{'、'.join(runs)}项")
    parts += [catalog.indicator(k).label() for k in keys if catalog.indicator(k).kind != "indicator"]
    return "、".join(parts)


def file_stem_label(catalog: Catalog, keys: Sequence[str]) -> str:
    """A file-name-safe version of the label: 第55项, 第26-29项."""
    return group_label(catalog, keys).replace("～", "-").replace("、", "_")


def page_range(first: int, last: int) -> str:
    return f"第{first}页" if first == last else f"第{first}～{last}页"


def chinese_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def item_label(item) -> str:
    """An item as the office's table numbers it: "1. text", or the text alone when unnumbered."""
    return f"{item.no}. {item.text}" if item.no is not None else item.text


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


# What a cover sheet or the evidence list says about a file that printing had trouble with.
PROBLEM_NOTES = {
    "missing": "文件缺失，资料册中以说明页代替",
    "encrypted": "文件加密无法打印，资料册中以说明页代替",
    "damaged": "文件损坏无法打印，资料册中以说明页代替",
    "not-converted": "本机无法转换为 PDF，资料册中以说明页代替，请另附纸质件",
    "conversion-failed": "转换为 PDF 失败，资料册中以说明页代替，请另附纸质件",
    "unsupported": "此类文件无法打印，资料册中以说明页代替",
    "repaired": "文件结构有损坏，已尽量修复，请核对",
}
