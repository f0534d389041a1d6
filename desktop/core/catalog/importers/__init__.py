"""Importing the office's own table (Word, Excel, CSV/TSV) or a plan written as plain text into a catalog.

``import_file`` never writes anything: it returns the catalog and the
warnings, or raises ``ImportFailed`` listing every problem it found. Saving
is a separate step (``library.save_to_library``), so nothing half-imported
can reach the library.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.catalog.importers.assemble import assemble
from desktop.core.catalog.importers.problems import ImportFailed, NoIndicatorTable
from desktop.core.catalog.importers.sniff import sniff
from desktop.core.catalog.model import Catalog
from desktop.core.catalog.schema import validate
from desktop.core.errors import NotFound, UserError

__all__ = ["ImportFailed", "ImportResult", "import_file", "SUPPORTED"]

SUPPORTED = "Word（.docx）、Excel（.xlsx）、CSV/TSV（UTF-8 或 GBK）、纯文本（.txt）"
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_SYSTEM_LEVELS = ("一级指标", "二级指标", "三级指标")
_PLAN_LEVELS = ("部分", "分项", "任务")


@dataclass
class ImportResult:
    catalog: Catalog
    format: str  # docx | xlsx | csv | text
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None

    def summary_line(self) -> str:
        s = self.catalog.summary()
        noun = "项任务" if self.catalog.kind == "plan" else "项指标"
        return (f"{s['areas']} 个一级，{s['groups']} 个二级，{s['indicators']} {noun}；"
                f"写明责任单位的 {s['with_units']} 项，写明报送材料的 {s['with_materials']} 项。")


def import_file(path: Path | str, *, catalog_id: str | None = None, title: str | None = None) -> ImportResult:
    path = Path(path)
    if not path.exists():
        raise NotFound(f"找不到文件“{path}”。请检查路径和文件名。", en=f"File not found: {path}")
    if path.is_dir():
        raise UserError(f"“{path}”是文件夹，不是文件。请选择指标表文件（{SUPPORTED}）。", en=f"{path} is a folder.")
    if catalog_id is not None and not _ID.match(catalog_id):
        raise UserError(f"目录编号“{catalog_id}”不合格：只能用小写英文字母、数字和 - _ .，2 到 64 个字符，以字母或数字开头。",
                        en=f"Invalid catalog id {catalog_id!r}.")
    fmt = sniff(path)
    warnings: list[str] = []
    encoding = None
    if fmt == "docx":
        cat, found_title = _from_docx(path, warnings)
    elif fmt == "xlsx":
        from desktop.core.catalog.importers.xlsx_reader import read_xlsx

        cat, found_title = _from_grids(read_xlsx(path, warnings), path, warnings, [])
    elif fmt == "table-text":
        from desktop.core.catalog.importers.csv_reader import read_csv

        grid, encoding = read_csv(path, path.read_bytes())
        cat, found_title = _from_grids([grid], path, warnings, [])
        fmt = "csv"
    else:
        from desktop.core.catalog.importers.encoding import decode

        text, encoding = decode(path.read_bytes(), path.name)
        cat, found_title = _from_lines(text.splitlines(), path, warnings)
    cat.id = catalog_id or default_id(path)
    cat.title = title or found_title or path.stem
    cat.source = f"导入自“{path.name}”"
    errors = validate(cat.to_dict(full=True))
    if errors:  # a bug in an importer, not the user's doing; still nothing is saved
        raise ImportFailed(path.name, ["导入结果不符合目录格式："] + errors[:10])
    return ImportResult(Catalog.from_dict(cat.to_dict(full=True), origin="file"), fmt, warnings, encoding)


def default_id(path: Path) -> str:
    """An id from the file name ("shenzhen-2021.docx" → "shenzhen-2021"), else "import-" and a content hash."""
    from desktop.core.catalog import library

    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:56]
    if not _ID.match(slug or "") or sum(c.isalpha() for c in slug) < 2:
        slug = "import-" + hashlib.sha256(path.read_bytes()).hexdigest()[:8]
    if slug in {i.id for i in library.list_catalogs() if i.origin == "builtin"}:
        slug += "-import"
    return slug


def _from_docx(path: Path, warnings: list[str]) -> tuple[Catalog, str]:
    from desktop.core.catalog.importers.docx_reader import read_docx

    content = read_docx(path)
    try:
        return _from_grids(content.grids, path, warnings, content)
    except NoIndicatorTable as no_table:
        try:
            return _from_lines(content.lines(), path, warnings, where_prefix="正文")
        except NoIndicatorTable:
            raise no_table from None


def _from_grids(grids, path: Path, warnings: list[str], content) -> tuple[Catalog, str]:
    from desktop.core.catalog.importers.headers import find_header
    from desktop.core.catalog.importers.numbering import tidy_title
    from desktop.core.catalog.importers.table import read_tables

    result = read_tables(grids, file_name=path.name, default_kind=None, warnings=warnings)
    h = result.header
    title = ""
    if content:  # Word: the last short paragraph above the first indicator table ("…任务分解")
        first = next(g for g in grids if find_header(g))
        above = [p.strip() for p in content.paragraphs_before(first)]
        above = [p for p in above if p and len(p) <= 60 and not re.match(r"^附件\s*\S{0,3}$", p)]
        title = tidy_title(above[-1]) if above else ""
    elif result.title_rows:
        title = tidy_title(result.title_rows[-1])
    has_units = any(r in h.columns for r in ("units", "lead", "assist"))
    kind = "plan" if h.is_task_table else ("breakdown" if has_units or "materials" in h.columns else "system")
    levels = tuple(re.sub(r"\s+", "", h.labels[h.columns[r]]) if r in h.columns else d
                   for r, d in zip(("area", "group", "text"), _SYSTEM_LEVELS if kind != "plan" else _PLAN_LEVELS))
    cat = assemble(result.entries, file_name=path.name, catalog_id="import", title=title or "导入的目录", kind=kind,
                   levels=levels, source="", warnings=warnings)
    return cat, title


def _from_lines(lines: list[str], path: Path, warnings: list[str], where_prefix: str = "") -> tuple[Catalog, str]:
    from desktop.core.catalog.importers.outline import parse_outline

    result = parse_outline(lines, where_prefix=where_prefix)
    if not result.entries:
        raise NoIndicatorTable(
            path.name, "没有找到指标或任务：文件里既没有带表头的指标表，也没有编号的条目（如“一、”“（一）”“1.”“1-1”）。",
            hint=f"可以导入的文件：{SUPPORTED}。", en=f"{path.name}: no indicators or tasks found.")
    warnings.extend(result.warnings)
    levels = _SYSTEM_LEVELS if result.kind == "system" else _PLAN_LEVELS
    cat = assemble(result.entries, file_name=path.name, catalog_id="import", title=result.title or "导入的目录",
                   kind=result.kind, levels=levels, source="", warnings=warnings, area_notes=result.area_notes)
    return cat, result.title
