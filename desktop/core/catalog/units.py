"""Splitting a 责任单位 cell into unit names.

Cells come as "市审批服务管理局 市司法局", glued together ("市纪委监委各行政执法单位")
or wrapped mid-name ("重大行政决策 承办单位"). Known names (the roster's units,
their aliases and the group tokens) are matched longest-first over the text with
whitespace removed; what matches no known name is split at the separators the
source used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.catalog.text import normalize

_SEP = re.compile(r"[\s、，,；;/／]+")


def split_units(cell: str, known: Iterable[str] = ()) -> list[str]:
    cell = (cell or "").strip()
    if not cell:
        return []
    names = sorted({normalize(k) for k in known if k}, key=len, reverse=True)
    # Squash the cell, remembering where the source had a separator.
    chars: list[str] = []
    breaks: set[int] = set()
    for piece in _SEP.split(cell):
        piece = normalize(piece).replace(" ", "")
        if not piece:
            continue
        if chars:
            breaks.add(len(chars))
        chars.extend(piece)
    q = "".join(chars)
    out: list[str] = []
    i = 0
    pending = ""
    while i < len(q):
        match = next((n for n in names if q.startswith(n, i)), None)
        if match:
            if pending:
                out.append(pending)
                pending = ""
            out.append(match)
            i += len(match)
            continue
        pending += q[i]
        i += 1
        if i in breaks and pending:
            out.append(pending)
            pending = ""
    if pending:
        out.append(pending)
    seen: set[str] = set()
    result = []
    for t in out:
        if t not in seen:
            seen.add(t)
            result.append(t)
    return result
