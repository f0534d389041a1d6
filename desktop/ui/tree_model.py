"""The indicator tree for Qt views: a thin model over ``indicator_tree.Node`` and a filter proxy.

The model holds no data of its own: each index carries its node
(``createIndex(row, col, node)``), each node knows its row, and statuses come
from the ``EvidenceSource`` when a view asks. ``IndicatorFilter`` narrows the
tree to the unit's indicators, a status and a search text; areas and groups
stay visible while any indicator under them does.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from desktop.core.catalog import Catalog, Indicator
from desktop.ui import icons
from desktop.ui.evidence import CatalogOnly, EvidenceSource, IndicatorState, ReviewStatus, Status, summarize
from desktop.ui.i18n import fmt, translate
from desktop.ui.indicator_tree import AREA, INDICATOR, Node, build_tree, index_by_key
from desktop.ui.labels import indicator_label, review_details, review_status_label, status_label

KeyRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3
ReviewRole = Qt.ItemDataRole.UserRole + 4  # the office's review status code (needs_revision…), None without one

TITLE, PROGRESS = 0, 1
REVISION_COLOUR = "#c2410c"  # 需补充: the office is waiting for this unit


class IndicatorTreeModel(QAbstractItemModel):
    """Area → group → indicator, two columns: the title with a status mark, and progress."""

    def __init__(self, catalog: Catalog, evidence: EvidenceSource | None = None, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.evidence: EvidenceSource = evidence or CatalogOnly()
        self.root = build_tree(catalog)
        self._by_key = index_by_key(self.root)
        self._state_cache: dict[str, IndicatorState] = {}
        self._bold: QFont | None = None
        self._revision_colour = QColor(REVISION_COLOUR)
        self.scope: set[str] | None = None  # area and group rows count only these (set by IndicatorFilter)

    # ================================================================ structure
    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 2

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("IndicatorTreeModel", "指标") if section == TITLE else translate("IndicatorTreeModel", "进度")
        return None

    def index_for_key(self, key: str, column: int = 0) -> QModelIndex:
        node = self._by_key.get(key)
        return self.createIndex(node.row, column, node) if node else QModelIndex()

    # ================================================================ data
    def state(self, ind: Indicator) -> IndicatorState:
        st = self._state_cache.get(ind.key)
        if st is None:
            st = self._state_cache[ind.key] = self.evidence.indicator_state(ind)
        return st

    def node_summary(self, node: Node, scope: set[str] | None = None) -> tuple[int, int, float]:
        """(finished, total, fraction) over the indicators below ``node`` (only those in ``scope`` if given)."""
        return summarize(self.state(i) for i in node.indicators() if scope is None or i.key in scope)

    def node_status(self, node: Node) -> Status:
        if node.indicator is not None:
            return self.state(node.indicator).status
        finished, total, fraction = self.node_summary(node)
        if total and finished == total:
            return Status.DONE
        return Status.IN_PROGRESS if fraction > 0 else Status.NOT_STARTED

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.node(index)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, col, self.scope)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, self.scope)
        if role == Qt.ItemDataRole.DecorationRole and col == TITLE and node.kind == INDICATOR:
            if self.state(node.indicator).needs_revision:
                return icons.icon("review-needs-revision")
            return icons.status_icon(self.node_status(node))
        if role == Qt.ItemDataRole.ForegroundRole and col == PROGRESS and node.kind == INDICATOR:
            return self._revision_colour if self.state(node.indicator).needs_revision else None
        if role == Qt.ItemDataRole.FontRole and node.kind == AREA and col == TITLE:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col == PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KeyRole:
            return node.key
        if role == KindRole:
            return node.kind
        if role == StatusRole:
            return self.node_status(node).value
        if role == ReviewRole and node.kind == INDICATOR:
            review = self.state(node.indicator).review
            return review.status.value if review else None
        return None

    def _display(self, node: Node, col: int, scope: set[str] | None = None) -> str:
        if col == TITLE:
            if node.kind == INDICATOR:
                return f"{indicator_label(node.indicator)}  {node.indicator.text}"
            return node.title
        if node.kind == INDICATOR:
            st = self.state(node.indicator)
            if st.needs_revision:
                return review_status_label(ReviewStatus.NEEDS_REVISION)
            if st.status in (Status.DONE, Status.NOT_APPLICABLE):
                return status_label(st.status)
            return f"{st.items_ready}/{st.items_total}" if st.items_total else "–"
        finished, total, _ = self.node_summary(node, scope)
        return f"{finished}/{total}"

    def _tooltip(self, node: Node, scope: set[str] | None = None) -> str:
        if node.kind == INDICATOR:
            st = self.state(node.indicator)
            tip = fmt(translate("IndicatorTreeModel", "%1\n%2\n状态：%3；材料条目 %4/%5 已齐"), indicator_label(node.indicator),
                      node.indicator.text, status_label(st.status), st.items_ready, st.items_total)
            if st.review is not None:
                label, details = review_status_label(st.review.status), review_details(st.review)
                tip += "\n" + (fmt(translate("IndicatorTreeModel", "依法治市办审核：%1（%2）"), label, details) if details
                               else fmt(translate("IndicatorTreeModel", "依法治市办审核：%1"), label))
                if st.review.comment:
                    tip += "\n" + st.review.comment
            return tip
        finished, total, fraction = self.node_summary(node, scope)
        tip = fmt(translate("IndicatorTreeModel", "%1\n已完成 %2/%3 项（%4%）"), node.title, finished, total, round(fraction * 100))
        revise = sum(1 for i in node.indicators() if (scope is None or i.key in scope) and self.state(i).needs_revision)
        if revise:
            tip += "\n" + translate("IndicatorTreeModel", "其中 %n 项依法治市办要求补充", None, revise)
        return tip

    # ================================================================ updates from the workspace
    def set_evidence(self, evidence: EvidenceSource) -> None:
        self.beginResetModel()
        self.evidence = evidence
        self._state_cache.clear()
        self.endResetModel()

    def evidence_changed(self, keys: Iterable[str] | None = None) -> None:
        """Re-read the status of ``keys`` (all when None) and repaint their rows and their ancestors'."""
        if keys is None:
            self._state_cache.clear()
            self._emit_changed_below(QModelIndex())
            return
        touched: set[int] = set()
        for key in keys:
            self._state_cache.pop(key, None)
            node = self._by_key.get(key)
            while node is not None and node is not self.root and id(node) not in touched:
                touched.add(id(node))
                self.dataChanged.emit(self.createIndex(node.row, 0, node), self.createIndex(node.row, 1, node))
                node = node.parent

    def _emit_changed_below(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, 1, parent))
            for r in range(rows):
                self._emit_changed_below(self.index(r, 0, parent))


# ==================================================================== filtering
NEEDS_REVISION = "needs_revision"  # the filter entry 需补充: the office's review, not the unit's own status
STATUS_FILTERS = ("all", "unfinished", NEEDS_REVISION, *[s.name for s in Status])


def fold(text: str) -> str:
    """Full-width and half-width forms alike, case ignored: '２０２０' finds '2020', 'PDF' finds 'pdf'."""
    return unicodedata.normalize("NFKC", text).casefold()


class IndicatorFilter(QSortFilterProxyModel):
    """Scope (the unit's indicators or all), status and search text, combined with AND."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._scope: set[str] | None = None
        self._status = "all"
        self._terms: list[str] = []
        self._haystacks: dict[str, str] = {}

    def source(self) -> IndicatorTreeModel:
        return self.sourceModel()  # type: ignore[return-value]

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt API
        super().setSourceModel(model)
        self._haystacks.clear()
        if model is not None:
            model.scope = self._scope

    # ------------------------------------------------------------ criteria
    def set_scope(self, keys: Iterable[str] | None) -> None:
        """Only these indicators (the unit's), or None for all."""
        self._scope = set(keys) if keys is not None else None
        self.invalidateRowsFilter()
        model = self.source()
        if model is not None:
            model.scope = self._scope  # "0/2" of the unit's, not "0/20" of all, on area rows
            model.evidence_changed(None)

    def set_status_filter(self, name: str) -> None:
        """'all', 'unfinished' (neither done nor not applicable), 'needs_revision' (需补充) or a ``Status`` name."""
        if name not in STATUS_FILTERS:
            raise ValueError(name)
        self._status = name
        self.invalidateRowsFilter()

    def set_search(self, text: str) -> None:
        """Every whitespace-separated term must occur (ignoring case and full/half width)."""
        self._terms = [fold(t) for t in text.split() if t.strip()]
        self.invalidateRowsFilter()

    def evidence_changed(self, keys: Iterable[str] | None = None) -> None:
        if keys is None:
            self._haystacks.clear()
        else:
            for k in keys:
                self._haystacks.pop(k, None)
        self.invalidateRowsFilter()

    @property
    def scope(self) -> set[str] | None:
        return self._scope

    # ------------------------------------------------------------ matching
    def haystack(self, ind: Indicator) -> str:
        text = self._haystacks.get(ind.key)
        if text is None:
            src = self.source()
            parts = [ind.key, indicator_label(ind), ind.label(), ind.text, ind.materials, ind.area, ind.group,
                     *ind.all_units, *(i.text for i in ind.items)]
            parts.append(src.evidence.search_text(ind) or "")
            text = self._haystacks[ind.key] = fold("\n".join(parts))
        return text

    def accepts_indicator(self, ind: Indicator) -> bool:
        if self._scope is not None and ind.key not in self._scope:
            return False
        if self._status != "all":
            state = self.source().state(ind)
            if self._status == "unfinished":
                if state.status.finished and not state.needs_revision:
                    return False
            elif self._status == NEEDS_REVISION:
                if not state.needs_revision:
                    return False
            elif state.status.name != self._status:
                return False
        if self._terms:
            hay = self.haystack(ind)
            if not all(t in hay for t in self._terms):
                return False
        return True

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt API
        parent_node = self.source().node(source_parent)
        if source_row >= len(parent_node.children):
            return False
        node = parent_node.children[source_row]
        if node.kind != INDICATOR:
            return False  # areas and groups show only through an accepted indicator (recursive filtering)
        return self.accepts_indicator(node.indicator)

    def visible_keys(self) -> list[str]:
        """The keys of the indicators the filter lets through, in catalog order."""
        return [ind.key for ind in self.source().catalog.indicators if self.accepts_indicator(ind)]

