"""Printing for the CLI: JSON as UTF-8 (no \\u escapes), tables that line up with Chinese text."""

from __future__ import annotations

import json
import sys
import unicodedata


def emit_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - width(s))


def clip(s: str, w: int) -> str:
    out, used = "", 0
    for c in s:
        cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if used + cw > w - 1:
            return out + "…"
        out += c
        used += cw
    return out


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(width(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    lines = ["  ".join(pad(h, widths[i]) for i, h in enumerate(headers)).rstrip()]
    for r in rows:
        lines.append("  ".join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)
