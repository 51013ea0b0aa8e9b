"""The Events tab: every operation of this session, newest first, with a progress bar while it runs and
its result (the error in words, the raw xapi code in the details) when it is done.

The list is a ``QAbstractTableModel`` over ``OperationHistory`` that follows its ``added``/``changed``/
``cleared`` signals row by row, so a thousand operations cost nothing when one of them moves.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QRectF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from xencenter.views.tabs.base import PanePage
from xencenter.views.tabs.table_model import FlatTableModel, Index
from xencenter.views.tabs.widgets import (
    FREE_COLOR,
    MARGIN,
    SPACING,
    TABLE_STYLE,
    VM_COLORS,
    WARNING_RED,
)

COLUMNS = ("Operation", "Server", "Status", "Started", "Duration")
STATUS_COLUMN = 2
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
OPERATION_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_COLOR = VM_COLORS[1]
PROGRESS_BORDER = "#9e9e9e"


def duration_text(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def status_text(op: Any) -> str:
    """"In progress (40%)", "Completed", or the error in words for a failure."""
    if op.status.finished:
        return op.error if op.error and op.status.value == "failure" else op.status.label
    if op.status.value == "running":
        return f"{op.status.label} ({round(op.progress * 100)}%)"
    return op.status.label


class OperationsModel(FlatTableModel):
    """The history's operations, newest first (row 0 is the latest)."""

    columns = COLUMNS

    def __init__(self, history: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._history: Any = None
        self._operations: list[Any] = []  # oldest first, mirrored from the history
        self.set_history(history)

    def set_history(self, history: Any) -> None:
        if self._history is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self.beginResetModel()
        self._history = history
        self._operations = list(history.operations()) if history is not None else []
        self.endResetModel()
        if history is not None:
            for signal, slot in self._connections():
                signal.connect(slot)

    def _connections(self) -> list[tuple[Any, Any]]:
        h = self._history
        assert h is not None
        return [(h.added, self._on_added), (h.changed, self._on_changed), (h.cleared, self._on_cleared)]

    def _on_added(self, op: Any) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._operations.append(op)
        self.endInsertRows()

    def _on_changed(self, op: Any) -> None:
        row = self.row_of(op)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _on_cleared(self) -> None:
        self.beginResetModel()
        self._operations = list(self._history.operations()) if self._history is not None else []
        self.endResetModel()

    def tick(self) -> None:
        """Running operations' durations move on with the clock."""
        last = len(self._operations) - 1
        for i, op in enumerate(self._operations):
            if not op.status.finished:
                index = self.index(last - i, len(COLUMNS) - 1)
                self.dataChanged.emit(index, index)

    def row_of(self, op: Any) -> int | None:
        for i in range(len(self._operations) - 1, -1, -1):
            if self._operations[i] is op:
                return len(self._operations) - 1 - i
        return None

    def operation(self, row: int) -> Any:
        return self._operations[len(self._operations) - 1 - row]

    # ---- QAbstractTableModel -----------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._operations)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        op = self.operation(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return op.description
            if column == 1:
                return op.location
            if column == 2:
                return status_text(op)
            if column == 3:
                return time.strftime("%H:%M:%S", time.localtime(op.started))
            return duration_text(op.duration)
        if role == Qt.ItemDataRole.ToolTipRole:
            return op.details or status_text(op)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN and op.status.value == "failure":
            return QColor(WARNING_RED)
        if role == PROGRESS_ROLE:
            return op.progress if op.status.value == "running" else None
        if role == OPERATION_ROLE:
            return op
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws a progress bar with its percentage in the status cell of running operations."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        progress = index.data(PROGRESS_ROLE)
        if progress is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        frame = QRectF(option.rect.adjusted(4, 4, -4, -4))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(PROGRESS_BORDER), 1))
        painter.setBrush(QColor(FREE_COLOR))
        painter.drawRoundedRect(frame, 3, 3)
        filled = QRectF(frame.left(), frame.top(), frame.width() * min(max(progress, 0.0), 1.0), frame.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PROGRESS_COLOR))
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(QColor("#1b1b1b"))
        painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, f"{round(progress * 100)}%")
        painter.restore()


class EventsPage(PanePage):
    """Shown for every selection: what this session asked the servers to do."""

    title = "Events"
    header_title = "Events"
    scrolling = False

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header.set_subtitle("Operations of this session, newest first")
        self.model = OperationsModel(getattr(context, "history", None), self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setStyleSheet(TABLE_STYLE)
        self.view.setItemDelegateForColumn(STATUS_COLUMN, ProgressDelegate(self.view))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 140), (2, 200), (3, 80), (4, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText("Select an operation to see its result and details.")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.clear_button = QPushButton("Clear finished")
        self.clear_button.clicked.connect(self._on_clear)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.clear_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.body.addLayout(buttons)
        self.body.addWidget(splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.model.dataChanged.connect(self._on_data_changed)
        self.model.modelReset.connect(self._show_details)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start()

    def applies_to(self, selection: list[Any]) -> bool:
        return True

    def set_selection(self, selection: list[Any]) -> None:
        """The history is the same whatever is selected."""

    def on_changes(self, changeset: Any) -> None:
        """Operations arrive through the history's signals, not through cache changes."""

    def refresh(self) -> None:
        """Nothing to redraw: the model follows the history."""

    # ---- details and buttons -----------------------------------------------------------------------------

    def _selected(self) -> Any:
        index = self.view.currentIndex()
        return self.model.operation(index.row()) if index.isValid() else None

    def _show_details(self, *args: Any) -> None:
        op = self._selected()
        self.cancel_button.setEnabled(bool(op is not None and op.cancellable and not op.status.finished))
        if op is None:
            self.details.setPlainText("")
            return
        lines = [op.description, f"Server: {op.location}" if op.location else "", f"Status: {op.status.label}"]
        if op.error:
            lines.append(f"Error: {op.error}")
        if op.details:
            lines.append(f"Details: {op.details}")
        started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(op.started))
        lines.append(f"Started: {started}, took {duration_text(op.duration)}" if op.status.finished
                     else f"Started: {started}")
        text = "\n".join(line for line in lines if line)
        calls = [call.text for call in list(op.log.calls)]
        if calls:  # what this window actually asked of xapi (secrets masked), in order
            heading = "XenAPI calls (planned, not sent):" if op.planned else "XenAPI calls:"
            text += "\n\n" + "\n".join([heading, *(f"  {call}" for call in calls)])
        created = op.log.created
        if created:
            text += "\nCreated: " + ", ".join(f"{cls} {ref}" for cls, ref in created)
        self.details.setPlainText(text)

    def _on_data_changed(self, top_left: QModelIndex, *args: Any) -> None:
        if top_left.row() == self.view.currentIndex().row():
            self._show_details()

    def _on_cancel(self) -> None:
        op = self._selected()
        if op is not None:
            op.request_cancel()
            self.cancel_button.setEnabled(False)

    def _on_clear(self) -> None:
        history = getattr(self.context, "history", None)
        if history is not None:
            history.clear_finished()
