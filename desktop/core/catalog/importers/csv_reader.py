"""CSV and TSV: decoded with encoding detection, the separator taken from the extension or the header line.

A CSV has no merged cells, so an empty 一级/二级 cell can only mean "same as
above" (that is also what Excel writes for a merged cell when it saves CSV).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.core.catalog.importers.encoding import decode
from desktop.core.catalog.importers.grid import Cell, Grid
from desktop.core.catalog.importers.problems import ImportFailed


def _delimiter(text: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    head = "\n".join(text.splitlines()[:5])
    counts = {d: head.count(d) for d in (",", "\t", ";", "，")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_csv(path: Path, data: bytes) -> tuple[Grid, str]:
    text, encoding = decode(data, path.name)
    delim = _delimiter(text, path.suffix.lower())
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    except csv.Error as e:
        raise ImportFailed(path.name, f"CSV 格式有误（{e}）。请用 Excel 或 WPS 打开后重新另存为 CSV。") from None
    # A record's label is the line where it starts (a cell with line breaks spans several lines).
    rows, labels = [], []
    line = 1
    for r, rec in enumerate(records):
        rows.append([Cell(v.replace("\r\n", "\n"), ("csv", r, c)) for c, v in enumerate(rec)])
        labels.append(f"第{line}行")
        line += 1 + sum(v.count("\n") for v in rec)
    return Grid(label="", rows=rows, row_labels=labels, merges_vertically=False), encoding
