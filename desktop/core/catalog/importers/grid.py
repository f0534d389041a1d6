"""A table as the readers hand it over: rows of cells, each cell knowing which merged region it belongs to.

Word, Excel and CSV differ in how they merge cells (vMerge/gridSpan, merged
ranges, none), so each reader resolves merges into *regions*: every grid
position a merged cell covers carries the same text and the same region
identity. The row logic then needs to know nothing about the file format.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    text: str  # raw text; paragraphs and line breaks as "\n"
    region: tuple  # identity of the merged region; equal for every position it covers

    @property
    def empty(self) -> bool:
        return not self.text.strip()


EMPTY = Cell("", ("empty",))


@dataclass
class Grid:
    label: str  # how a clerk finds it: "第2个表格", "工作表“任务分解”"
    rows: list[list[Cell]]
    row_labels: list[str]  # per row, how a clerk finds it: "第15行"
    repeat_header_rows: set[int] = field(default_factory=set)  # rows Word marks "repeat as header row"
    merges_vertically: bool = True  # False for CSV: the format has no merged cells

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, r: int, c: int) -> Cell:
        row = self.rows[r]
        return row[c] if c < len(row) else EMPTY

    def where(self, r: int) -> str:
        return f"{self.label}{self.row_labels[r]}"
