"""The Search tab's results: the tree of a ``SearchResult`` (groups and objects in XenCenter's order) as a Qt
model, and the delegate that draws its rows as XenCenter does: two-line names (the description, or a group's
value, in grey under the name), small usage bars over the CPU and memory figures, centred figures.

The model only shows a finished run: the page runs searches on a worker and hands the result over
(``set_result``, one reset). Cells are worked out when first painted and kept until the run, or the
performance figures behind them (``figures_changed``), change, so a 5,000-VM result costs the UI thread the
rows on screen, not every cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.model.xensearch.cells import FIGURE_COLUMNS, UNITS, Cell, column_title, group_look, row_cell
from xencenter.model.xensearch.items import Folder
from xencenter.views import icons

if TYPE_CHECKING:
    from xencenter.model.xensearch.context import SearchContext
    from xencenter.model.xensearch.run import ResultRow, SearchResult

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()
CellRole = Qt.ItemDataRole.UserRole + 1  # the row's Cell in that column
ItemRole = Qt.ItemDataRole.UserRole + 2  # the row's object (a XenObject, Folder...), None for a group by value
PathRole = Qt.ItemDataRole.UserRole + 3  # identities from the top: the same row across runs
NO_RESULTS = QT_TRANSLATE_NOOP("Tabs", "No results found")
# The roles as plain ints: ``data`` runs for every painted cell, and enum member lookups cost there.
_CELL, _ITEM, _PATH = int(CellRole), int(ItemRole), int(PathRole)
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_LEAF_FLAGS = _FLAGS | Qt.ItemFlag.ItemNeverHasChildren


class _Row:
    __slots__ = ("id", "result", "parent", "index", "children", "cells")

    def __init__(self, row_id: int, result: ResultRow | None, parent: _Row | None, index: int) -> None:
        self.id = row_id
        self.result = result
        self.parent = parent
        self.index = index
        self.children: list[_Row] = []
        self.cells: dict[int, Cell] = {}

    def path(self) -> tuple:
        parts = []
        row: _Row | None = self
        while row is not None and row.result is not None:
            parts.append(row.result.identity)
            row = row.parent
        return tuple(reversed(parts))


class ResultsModel(QAbstractItemModel):
    """The rows of one search result, in its columns (``set_result``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Row(0, None, None, 0)
        self._rows: list[_Row] = [self._root]
        self.columns: list[str] = ["name"]
        self.result: SearchResult | None = None
        self._context: Callable[[], SearchContext] | None = None
        self._ctx: SearchContext | None = None

    # ---- content ---------------------------------------------------------------------------------------

    def set_result(self, result: SearchResult, columns: Sequence[str], context: Callable[[], SearchContext]) -> None:
        """Show a run's rows in these columns; ``context`` makes the evaluation context cells are read with."""
        self.beginResetModel()
        self.result = result
        self.columns = list(columns)
        self._context = context
        self._ctx = None
        self._root = _Row(0, None, None, 0)
        self._rows = [self._root]
        stack: list[tuple[_Row, Sequence[ResultRow]]] = [(self._root, result.rows)]
        while stack:
            parent, children = stack.pop()
            for index, child in enumerate(children):
                row = _Row(len(self._rows), child, parent, index)
                self._rows.append(row)
                parent.children.append(row)
                if child.children:
                    stack.append((row, child.children))
        if not result.rows:
            self._root.children.append(_Row(len(self._rows), None, self._root, 0))
            self._rows.append(self._root.children[0])
        self.endResetModel()

    def figures_changed(self) -> None:
        """New performance figures: the figure cells are read again."""
        figure_columns = [i for i, c in enumerate(self.columns) if c in FIGURE_COLUMNS]
        if figure_columns:
            self._ctx = None
            for row in self._rows:
                for column in figure_columns:
                    row.cells.pop(column, None)
            self._changed(min(figure_columns), max(figure_columns))

    def update_result(self, result: SearchResult) -> bool:
        """Take a new run of the same rows (``result_shape`` equal) without a reset: every cell is read again.
        False (nothing done) when the rows differ."""
        if self.result is None or not self._root.children or self._root.children[0].result is None:
            return False
        pairs: list[tuple[_Row, Sequence[ResultRow]]] = [(self._root, result.rows)]
        while pairs:
            holder, rows = pairs.pop()
            if len(holder.children) != len(rows):
                return False
            for row, fresh in zip(holder.children, rows):
                row.result = fresh
                row.cells.clear()
                if row.children:
                    pairs.append((row, fresh.children))
        self.result = result
        self._ctx = None
        self._changed(0, len(self.columns) - 1)
        return True

    def _changed(self, first: int, last: int) -> None:
        """Cells of every row changed: one signal over the top rows. A view repaints what it shows on any
        range of several rows, so the page repaints its viewport; a signal per parent would be thousands."""
        count = len(self._root.children)
        if count:
            self.dataChanged.emit(self.index(0, first), self.index(count - 1, last))

    def cell(self, index: Index) -> Cell:
        row = self._row(index) if index.isValid() else None
        if row is None:
            return Cell()
        column = index.column()
        found = row.cells.get(column)
        if found is None:
            if row.result is None:
                found = Cell(QCoreApplication.translate("Tabs", NO_RESULTS) if column == 0 else "")
            else:
                if self._ctx is None and self._context is not None:
                    self._ctx = self._context()
                found = row_cell(row.result, self.columns[column], self._ctx)  # type: ignore[arg-type]
            row.cells[column] = found
        return found

    def result_row(self, index: Index) -> ResultRow | None:
        row = self._row(index) if index.isValid() else None
        return row.result if row is not None else None

    def row_count(self) -> int:
        """Rows in the whole tree (groups and objects)."""
        return len(self._rows) - 1

    def index_of_path(self, path: tuple) -> QModelIndex:
        row = self._root
        for ident in path:
            found = next((c for c in row.children if c.result is not None and c.result.identity == ident), None)
            if found is None:
                return QModelIndex()
            row = found
        return self._index_of(row)

    def branch_indexes(self) -> list[QModelIndex]:
        """Every row with rows under it (what XenCenter shows expanded)."""
        return [self.createIndex(r.index, 0, r.id) for r in self._rows[1:] if r.children]

    # ---- QAbstractItemModel ------------------------------------------------------------------------------

    # A view lays out every expanded row after a reset, asking each for its index, children and flags: these
    # run a few hundred thousand times for a big pool, so they go straight to the row (an invalid index's
    # internal id is 0, the root's).

    def _row(self, index: Index) -> _Row | None:
        row_id = index.internalId()
        return self._rows[row_id] if row_id < len(self._rows) else None

    def _index_of(self, row: _Row) -> QModelIndex:
        return QModelIndex() if row is self._root else self.createIndex(row.index, 0, row.id)

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        holder = self._row(parent)
        if holder is None or not 0 <= row < len(holder.children) or not 0 <= column < len(self.columns):
            return QModelIndex()
        return self.createIndex(row, column, holder.children[row].id)

    def parent(self, index: Index = _TOP) -> QModelIndex:  # type: ignore[override]
        row = self._row(index)
        parent = row.parent if row is not None else None
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.index, 0, parent.id)

    def rowCount(self, parent: Index = _TOP) -> int:
        if parent.column() > 0:
            return 0
        holder = self._row(parent)
        return len(holder.children) if holder is not None else 0

    def hasChildren(self, parent: Index = _TOP) -> bool:
        if parent.column() > 0:
            return False
        holder = self._row(parent)
        return holder is not None and bool(holder.children)

    def columnCount(self, parent: Index = _TOP) -> int:
        return len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every row alike (the "No results found" row has nothing to act on anyway); a leaf says it has no
        children, which spares the view asking ``hasChildren`` for each of thousands of objects."""
        row_id = index.internalId()
        if not row_id or row_id >= len(self._rows):
            return _NO_FLAGS
        return _FLAGS if self._rows[row_id].children else _LEAF_FLAGS

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role == _CELL:
            return self.cell(index)
        if role == _DISPLAY or role == _TOOLTIP:
            cell = self.cell(index)
            return f"{cell.text}\n{cell.second}" if role == _TOOLTIP and cell.second else cell.text
        row = self._row(index) if index.isValid() else None
        if row is None or row.result is None:
            return None
        if role == _ITEM:
            return row.result.item
        if role == _PATH:
            return row.path()
        if role == _DECORATION and index.column() == 0:
            return icons.icon(row_icon_key(row.result))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = self.columns[section]
            title = column_title(column)
            return f"{title}\n{UNITS}" if column in ("disks", "network") else title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None


# ---- icons ------------------------------------------------------------------------------------------------

def object_icon_key(obj: Any) -> str:
    """The tree's icon for an object (state badges included)."""
    from xencenter.model.placement import host_state

    cls = obj.cls
    if isinstance(obj, Folder):
        return "folder"
    if obj.record is None:
        return "connection:disconnected"
    if cls == "VM":
        if obj.is_snapshot:
            return "snapshot"
        if obj.is_a_template:
            return "template"
        return icons.icon_key("vm", (obj.power_state or "").lower())
    if cls == "host":
        state = host_state(obj)
        look = "dead" if not state.live else "maintenance" if state.maintenance else "live"
        return icons.icon_key("host", look, coordinator=state.coordinator)
    return icons.icon_key({"VM_appliance": "vapp"}.get(cls, cls.lower()))


def row_icon_key(row: ResultRow) -> str:
    """An object's own icon; a group by value shows what it groups (``cells.group_look``)."""
    return object_icon_key(row.item) if row.item is not None else group_look(row)


# ---- drawing ----------------------------------------------------------------------------------------------

#: XenCenter's usage bar: 70 x 8 pixels, a dark track filled in tenths with a glossy blue.
BAR_SIZE = QSize(70, 8)
_TRACK_TOP, _TRACK_BOTTOM = QColor("#5a5a5a"), QColor("#1c1c1c")
_FILL_TOP, _FILL_MIDDLE, _FILL_BOTTOM = QColor("#8ac5f8"), QColor("#40a4f8"), QColor("#1a8ef0")


def bar_tenths(percent: int) -> int:
    """The tenths XenCenter fills for a percentage (``GetImageForPercentage``: under 9 % none, 90 % full)."""
    return max(0, min(10, int(percent) // 9))


def paint_bar(painter: QPainter, rect: QRect, percent: int) -> None:
    """A usage bar in ``rect`` (its size is ``BAR_SIZE``)."""
    track = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    gradient = QLinearGradient(track.topLeft(), track.bottomLeft())
    gradient.setColorAt(0, _TRACK_TOP)
    gradient.setColorAt(1, _TRACK_BOTTOM)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QColor("#3c3c3c"))
    painter.setBrush(gradient)
    painter.drawRoundedRect(track, 2, 2)
    tenths = bar_tenths(percent)
    if tenths:
        fill = track.adjusted(1, 1, -1, -1)
        fill.setWidth(fill.width() * tenths / 10)
        shine = QLinearGradient(fill.topLeft(), fill.bottomLeft())
        shine.setColorAt(0, _FILL_TOP)
        shine.setColorAt(0.45, _FILL_MIDDLE)
        shine.setColorAt(1, _FILL_BOTTOM)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shine)
        painter.drawRoundedRect(fill, 1.5, 1.5)
    painter.restore()


class ResultsDelegate(QStyledItemDelegate):
    """Paints a results cell: the name column's icon and two lines, a bar over a figure, warnings in the
    link colour XenCenter uses for them."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        return QSize(100, max(metrics.height() * 2 + 8, 34))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell: Cell = index.data(_CELL) or Cell()
        style = option.widget.style() if option.widget is not None else QApplication.style()
        # the row's background only (selection, hover, alternate colour): the cell's own drawing follows
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        grey = QColor(text_color)
        grey.setAlpha(150)
        rect = option.rect.adjusted(4, 2, -4, -2)
        painter.save()
        metrics = option.fontMetrics
        if index.column() == 0:
            self._paint_name(painter, option, index, cell, rect, text_color, grey)
        else:
            lines = rect
            if cell.bar is not None:
                top = rect.center().y() - (BAR_SIZE.height() + 2 + metrics.height()) // 2
                bar = QRect(rect.center().x() - BAR_SIZE.width() // 2, top, BAR_SIZE.width(), BAR_SIZE.height())
                paint_bar(painter, bar, cell.bar)
                lines = QRect(rect.left(), bar.bottom() + 2, rect.width(), metrics.height())
            color = palette.color(QPalette.ColorRole.Link) if cell.warning and not selected else text_color
            painter.setPen(color)
            if cell.bar is None and metrics.horizontalAdvance(cell.text) > lines.width():
                # a long warning ("Management Agent not installed") takes the row's two lines, not "…"
                two = lines.adjusted(0, 0, 0, 0)
                wrap = Qt.TextFlag.TextWordWrap.value | Qt.AlignmentFlag.AlignCenter.value
                if metrics.boundingRect(two, wrap, cell.text).height() <= two.height():
                    painter.drawText(two, wrap, cell.text)
                    painter.restore()
                    return
            text = metrics.elidedText(cell.text, Qt.TextElideMode.ElideRight, lines.width())
            painter.drawText(lines, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _paint_name(self, painter: QPainter, option: QStyleOptionViewItem, index: Index, cell: Cell, rect: QRect,
                    text_color: QColor, grey: QColor) -> None:
        icon = index.data(_DECORATION)
        metrics = option.fontMetrics
        if icon is not None:
            icon.paint(painter, QRect(rect.left(), rect.top() + 2, 16, 16))
        left = rect.adjusted(22, 0, 0, 0)
        model = index.model()
        result = model.result_row(index) if isinstance(model, ResultsModel) else None
        font = QFont(option.font)
        if result is not None and result.item is None:
            font.setBold(True)  # a group by value: its grouping's name in bold
        painter.setFont(font)
        painter.setPen(text_color)
        first = QRect(left.left(), left.top(), left.width(), metrics.height())
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(cell.text, Qt.TextElideMode.ElideRight, left.width()))
        if cell.second:
            painter.setFont(option.font)
            painter.setPen(grey)
            second = QRect(left.left(), first.bottom() + 1, left.width(), metrics.height())
            painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(cell.second, Qt.TextElideMode.ElideRight, left.width()))


def result_shape(rows: Sequence[ResultRow]) -> tuple:
    """The identities of a run's rows, nested: two runs with the same shape show the same rows (made on the
    search's worker, compared on the UI thread in one C comparison)."""
    return tuple((row.identity, result_shape(row.children) if row.children else ()) for row in rows)
