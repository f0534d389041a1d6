"""Word (.docx): the body's paragraphs and tables, with merged cells resolved into regions.

Reads ``word/document.xml`` straight from the package with python-docx's XML
layer (lxml), not through ``docx.Document``: that would load every part,
including pictures, into memory, and a scanned 50 MB attachment pasted into
the notice would cost seconds for nothing. Merges follow the OOXML rules that
python-docx implements for ``_Row.cells``: ``w:gridSpan`` repeats a cell across
grid columns, ``w:vMerge`` without ``restart`` continues the cell above,
``w:gridBefore`` skips leading grid columns.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from desktop.core.catalog.importers.grid import EMPTY, Cell, Grid
from desktop.core.catalog.importers.problems import ImportFailed

MAX_DOCUMENT_XML = 60 * 1024 * 1024  # uncompressed; a 1,000-row table is about 5 MB of XML

_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_TR, _TC, _TCPR, _TRPR = qn("w:tr"), qn("w:tc"), qn("w:tcPr"), qn("w:trPr")
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_VAL = qn("w:val")


@dataclass
class DocxContent:
    blocks: list  # str (a paragraph) or Grid (a table), in document order

    @property
    def grids(self) -> list[Grid]:
        return [b for b in self.blocks if isinstance(b, Grid)]

    def paragraphs_before(self, grid: Grid) -> list[str]:
        out: list[str] = []
        for b in self.blocks:
            if b is grid:
                return out
            if isinstance(b, str) and b.strip():
                out.append(b)
        return out

    def lines(self) -> list[str]:
        """All paragraphs outside tables, soft line breaks as separate lines (for a plan written as prose)."""
        return [line for b in self.blocks if isinstance(b, str) for line in b.split("\n")]


def read_docx(path: Path) -> DocxContent:
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > MAX_DOCUMENT_XML:
                raise ImportFailed(path.name, f"文档正文过大（{info.file_size // 1024 // 1024} MB 的文字内容），"
                                   "不像是指标表。请只保留指标表格后另存再导入。")
            xml = z.read(info)
    except KeyError:
        raise ImportFailed(path.name, "这个文件不是 Word 文档（缺少正文部分）。请用 Word 或 WPS 打开后另存为 .docx 再导入。") from None
    except (zipfile.BadZipFile, OSError) as e:
        raise ImportFailed(path.name, f"文件已损坏，无法打开（{type(e).__name__}）。请用 Word 或 WPS 打开后另存为 .docx 再导入。") from None
    try:
        root = parse_xml(xml)
    except Exception as e:  # lxml.etree.XMLSyntaxError and friends: a damaged document
        raise ImportFailed(path.name, f"Word 文档的内容已损坏（{type(e).__name__}）。请用 Word 或 WPS 打开后另存再导入。") from None
    body = root.find(qn("w:body"))
    blocks: list = []
    if body is not None:
        _walk(body, blocks)
    return DocxContent(blocks)


def _walk(parent, blocks: list) -> None:
    for child in parent:
        if child.tag == _P:
            blocks.append(paragraph_text(child))
        elif child.tag == _TBL:
            n = sum(1 for b in blocks if isinstance(b, Grid)) + 1
            blocks.append(_grid(child, n))
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                _walk(content, blocks)


def paragraph_text(p) -> str:
    out: list[str] = []
    for el in p.iter(_T, _TAB, _BR, _CR):
        if el.tag == _T:
            out.append(el.text or "")
        elif el.tag == _TAB:
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


def _cell_text(tc) -> str:
    return "\n".join(paragraph_text(p) for p in tc.iter(_P))


def _int_attr(parent, tag: str, default: int) -> int:
    if parent is None:
        return default
    el = parent.find(qn(tag))
    if el is None:
        return default
    try:
        return int(el.get(_VAL, default))
    except ValueError:
        return default


def _grid(tbl, number: int) -> Grid:
    rows: list[list[Cell]] = []
    labels: list[str] = []
    repeat: set[int] = set()
    above: dict[int, Cell] = {}  # grid column → cell in the previous row (for vMerge continue)
    for r, tr in enumerate(tbl.iter(_TR)):
        if tr.getparent() is not tbl:
            continue  # a row of a table nested in a cell: its text belongs to that cell
        trpr = tr.find(_TRPR)
        row: list[Cell] = [EMPTY] * _int_attr(trpr, "w:gridBefore", 0)
        if trpr is not None and trpr.find(qn("w:tblHeader")) is not None:
            repeat.add(len(rows))
        for tc in tr.iter(_TC):
            if tc.getparent() is not tr:
                continue
            tcpr = tc.find(_TCPR)
            span = max(1, _int_attr(tcpr, "w:gridSpan", 1))
            vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            col = len(row)
            if vmerge is not None and vmerge.get(_VAL, "continue") == "continue" and col in above:
                cell = above[col]
            else:
                cell = Cell(_cell_text(tc), (number, len(rows), col))
            row.extend([cell] * span)
        above = dict(enumerate(row))
        rows.append(row)
        labels.append(f"第{len(rows)}行")
    return Grid(label=f"第{number}个表格", rows=rows, row_labels=labels, repeat_header_rows=repeat)
