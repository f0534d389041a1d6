"""A thin table model over the office's ``Matrix``: indicators as rows, units as columns, a totals row and column.

The counts per row and column are part of the headers ("20  1/3": one of three
responsible units complete), so they stay in view however far the 50 units and 100
indicators are scrolled; the grand total is the window's to show.

The model holds the plain ``Matrix`` the core computed and only answers Qt's
questions about it; the window replaces it wholesale after a receive or a review
(``set_matrix``) — 5 000 cells are recomputed in well under a second.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.office import Cell, Counts, Matrix
from desktop.core.office.model import (
    COMPLETE, NOT_APPLICABLE, NOT_RESPONSIBLE, NOTHING, ONSITE, PARTIAL, PASS, REVIEW_CHANGED, REVISE,
)
from desktop.ui.i18n import fmt, translate

CellRole = Qt.ItemDataRole.UserRole + 1  # the Cell, or None for the totals
KeyRole = Qt.ItemDataRole.UserRole + 2
UnitRole = Qt.ItemDataRole.UserRole + 3

SYMBOLS = {COMPLETE: "●", PARTIAL: "◐", NOTHING: "○", ONSITE: "实", NOT_APPLICABLE: "—", NOT_RESPONSIBLE: ""}
COLOURS = {  # background, text
    COMPLETE: ("#d7efd9", "#1b5e20"), PARTIAL: ("#fff1c7", "#7a5200"), NOTHING: ("#fbdcd9", "#9f1d14"),
    ONSITE: ("#dde8f7", "#1f4f8a"), NOT_APPLICABLE: ("#ececec", "#555555"), NOT_RESPONSIBLE: (None, None),
}
REVIEW_MARKS = {PASS: "✓", REVISE: "!", REVIEW_CHANGED: "↻"}


def state_text(state: str) -> str:
    return {
        COMPLETE: translate("OfficeMatrix", "已齐全"), PARTIAL: translate("OfficeMatrix", "部分报送"),
        NOTHING: translate("OfficeMatrix", "未报送"), ONSITE: translate("OfficeMatrix", "实地核查"),
        NOT_APPLICABLE: translate("OfficeMatrix", "不适用"), NOT_RESPONSIBLE: translate("OfficeMatrix", "不负责"),
    }[state]


def review_text(review_state: str) -> str:
    return {
        PASS: translate("OfficeMatrix", "通过"), REVISE: translate("OfficeMatrix", "需补充"),
        REVIEW_CHANGED: translate("OfficeMatrix", "有更新，待复核"),
    }.get(review_state, translate("OfficeMatrix", "未审核"))


def unit_header(unit: str) -> str:
    """A narrow column's caption: two characters a line, without the leading 市 of longer names (市司法局 → 司法\\n局).

    Short names keep it: 市委办 without 市 would read as another body.
    """
    name = unit[1:] if unit.startswith("市") and len(unit) > 3 else unit
    return "\n".join(name[i:i + 2] for i in range(0, len(name), 2))


class MatrixModel(QAbstractTableModel):
    """One row per indicator, one column per unit; the headers carry each row's and column's counts."""

    def __init__(self, matrix: Matrix, parent=None):
        super().__init__(parent)
        self._m = matrix

    # ------------------------------------------------------------ the data behind it
    @property
    def matrix(self) -> Matrix:
        return self._m

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self._m = matrix
        self.endResetModel()

    def key_at(self, row: int) -> str | None:
        return self._m.rows[row].key if 0 <= row < len(self._m.rows) else None

    def unit_at(self, column: int) -> str | None:
        return self._m.units[column] if 0 <= column < len(self._m.units) else None

    def index_of(self, key: str, unit: str) -> QModelIndex:
        rows = [r.key for r in self._m.rows]
        if key not in rows or unit not in self._m.units:
            return QModelIndex()
        return self.index(rows.index(key), self._m.units.index(unit))

    # ------------------------------------------------------------ shape
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._m.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._m.units)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ------------------------------------------------------------ headers
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        horizontal = orientation == Qt.Orientation.Horizontal
        n = len(self._m.units) if horizontal else len(self._m.rows)
        if not 0 <= section < n:
            return None
        if horizontal:
            unit = self._m.units[section]
            c = self._m.column_counts[unit]
            if role == Qt.ItemDataRole.DisplayRole:
                return unit_header(unit) + (f"\n{settled(c)}/{c.responsible}" if c.responsible else "\n")
            if role == Qt.ItemDataRole.ToolTipRole:
                return unit + "\n" + _counts_text(c)
            return None
        r = self._m.rows[section]
        c = self._m.row_counts[r.key]
        if role == Qt.ItemDataRole.DisplayRole:
            key = r.key  # the rows are narrow: 55, B1, V2 (the tooltip names them in full)
            return f"{key}  {settled(c)}/{c.responsible}" if c.responsible else key
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r.label}  {r.text}\n" + _counts_text(c)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ------------------------------------------------------------ cells
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key, unit = self._m.rows[index.row()].key, self._m.units[index.column()]
        cell = self._m.cells[(key, unit)]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = REVIEW_MARKS.get(cell.review_state, "")
            return SYMBOLS[cell.state] + mark
        if role == Qt.ItemDataRole.FontRole:
            return _cell_font()
        if role == Qt.ItemDataRole.BackgroundRole:
            bg = COLOURS[cell.state][0]
            return QBrush(QColor(bg)) if bg else None
        if role == Qt.ItemDataRole.ForegroundRole:
            fg = "#b3261e" if cell.review_state == REVISE else COLOURS[cell.state][1]
            return QBrush(QColor(fg)) if fg else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == CellRole:
            return cell
        if role == KeyRole:
            return key
        if role == UnitRole:
            return unit
        return None

    def _tooltip(self, cell: Cell) -> str:
        r = next(x for x in self._m.rows if x.key == cell.key)
        if cell.state == NOT_RESPONSIBLE:
            return fmt(translate("OfficeMatrix", "%1 · %2：不负责"), cell.unit, r.label)
        text = fmt(translate("OfficeMatrix", "%1 · %2：%3（%4/%5 条，%6 个文件）"), cell.unit, r.label,
                   state_text(cell.state), cell.items_done, cell.items_total, cell.files)
        if cell.pending_files:
            text += "\n" + fmt(translate("OfficeMatrix", "另有 %1 个文件尚未收到"), cell.pending_files)
        if cell.review:
            text += "\n" + fmt(translate("OfficeMatrix", "审核：%1"), review_text(cell.review_state))
            if cell.review.comment:
                text += f"  {cell.review.comment}"
        return text


def settled(c: Counts) -> int:
    """Cells with nothing more to send: complete, an on-site check (the office's to make), or not applicable."""
    return c.complete + c.onsite + c.not_applicable


def _counts_text(c: Counts) -> str:
    return fmt(translate("OfficeMatrix", "负责 %1：齐全 %2，部分 %3，未报送 %4，实地核查 %5，不适用 %6\n"
                                        "审核：通过 %7，需补充 %8，待复核 %9\n（表头的 x/y：无需再报送的 / 负责的）"),
               c.responsible, c.complete, c.partial, c.nothing, c.onsite, c.not_applicable, c.passed, c.revise,
               c.changed)


_CELL_FONT: list[QFont] = []


def _cell_font() -> QFont:
    """The marks a size larger than text: ● ◐ ○ must be told apart at a glance."""
    if not _CELL_FONT:
        f = QFont()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        _CELL_FONT.append(f)
    return _CELL_FONT[0]
