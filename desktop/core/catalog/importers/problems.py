"""The one error an import raises: every problem found, each naming the file and where in it, and what to do.

A clerk fixes the office's table in Word or Excel and tries again, so the
message lists all the problems found in one pass (up to a limit), not just the
first, and always ends by saying that nothing was imported.
"""

from __future__ import annotations

from desktop.core.errors import CatalogError

MAX_SHOWN = 12


class ImportFailed(CatalogError):
    """The file could not be turned into a catalog; nothing was saved."""

    def __init__(self, file_name: str, problems: list[str] | str, *, hint: str = "", en: str = ""):
        problems = [problems] if isinstance(problems, str) else list(problems)
        self.file_name = file_name
        self.problems = problems
        shown = problems[:MAX_SHOWN]
        if len(shown) == 1 and "\n" not in shown[0]:
            body = f"无法导入“{file_name}”：{shown[0]}"
        else:
            body = f"无法导入“{file_name}”：\n  " + "\n  ".join(shown)
        if len(problems) > MAX_SHOWN:
            body += f"\n  ……另有 {len(problems) - MAX_SHOWN} 处问题"
        tail = "没有导入任何内容，目录库未作改动。"
        message = f"{body}\n{hint + chr(10) if hint else ''}{tail}"
        super().__init__(message, en=en or f"Cannot import {file_name}: " + "; ".join(shown[:3]))


class NoIndicatorTable(ImportFailed):
    """No table in the file has an indicator header (a Word file may still hold a plan written as prose)."""
