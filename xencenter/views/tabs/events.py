"""The Events tab and Notifications > Events: every task of the pool (``model.tasks``: started by ``xe``,
the SDK, Xen Orchestra or another XenCenter, kept after xapi destroys them) and every operation of this
window, newest first, with a progress bar while it runs and its outcome (the error in words, xapi's code in
the details) when it is done. Our own tasks are not listed twice: our operation's row stands for them, with
the XenAPI calls it made. A task whose ``allowed_operations`` hold ``cancel`` is cancelled with
``task.cancel``.

The list is a ``QAbstractTableModel`` over ``OperationHistory`` (its ``added``/``changed``/``cleared``
signals) and the tasks; a change that keeps the rows in place only repaints them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
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

from xencenter.model.tasks import FINISHED, PoolTask, foreign_tasks, our_task_refs, tasks_of
from xencenter.model.words import QT_TRANSLATE_NOOP
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

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("Tabs", "Operation"), QT_TRANSLATE_NOOP("Tabs", "Object"), QT_TRANSLATE_NOOP("Tabs", "Status"), QT_TRANSLATE_NOOP("Tabs", "Server"), QT_TRANSLATE_NOOP("Tabs", "User"), QT_TRANSLATE_NOOP("Tabs", "Started"), QT_TRANSLATE_NOOP("Tabs", "Duration"))
STATUS_COLUMN = 2
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
OPERATION_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_COLOR = VM_COLORS[1]
PROGRESS_BORDER = "#9e9e9e"
Entry = Any  # an Operation (this window's) or a PoolTask (any client's)


def duration_text(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    if seconds < 60:
        return translate("EventsTab", "{seconds} s").format(seconds=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return translate("EventsTab", "{minutes} min {seconds} s").format(minutes=minutes, seconds=seconds)
    hours, minutes = divmod(minutes, 60)
    return translate("EventsTab", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)


def status_text(op: Any) -> str:
    """"In progress (40%)", "Completed", or the error in words for a failure."""
    if isinstance(op, PoolTask):
        return op.status_words
    if op.status.finished:
        return op.error if op.error and op.status.value == "failure" else op.status.label
    if op.status.value == "running":
        return f"{op.status.label} ({round(op.progress * 100)}%)"
    return op.status.label


def _key(entry: Entry) -> tuple[Any, ...]:
    return ("task", entry.source, entry.ref) if isinstance(entry, PoolTask) else ("op", id(entry))


def _running_progress(entry: Entry) -> float | None:
    if isinstance(entry, PoolTask):
        return entry.progress if entry.status == "pending" else None
    return entry.progress if entry.status.value == "running" else None


def _failed(entry: Entry) -> bool:
    return entry.status == "failure" if isinstance(entry, PoolTask) else entry.status.value == "failure"


def _finished(entry: Entry) -> bool:
    return entry.status in FINISHED if isinstance(entry, PoolTask) else entry.status.finished


class OperationsModel(FlatTableModel):
    """This window's operations and the pool's other tasks, newest first (row 0 is the latest), kept to
    those ``accepts`` lets through (the selection's, in the object tabs)."""

    columns = COLUMNS

    def __init__(self, history: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._history: Any = None
        self._tasks: list[PoolTask] = []
        self._rows: list[Entry] = []  # newest first, as shown
        self.accepts: Callable[[Entry], bool] = lambda entry: True
        self.user_of: Callable[[Any], str] = lambda op: ""
        self.set_history(history)

    def set_history(self, history: Any) -> None:
        if self._history is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self._history = history
        self.rebuild()
        if history is not None:
            for signal, slot in self._connections():
                signal.connect(slot)

    def _connections(self) -> list[tuple[Any, Any]]:
        h = self._history
        assert h is not None
        return [(h.added, self.rebuild), (h.changed, self._on_changed), (h.cleared, self.rebuild)]

    def set_tasks(self, tasks: list[PoolTask]) -> None:
        """The other clients' tasks (ours are left out by the caller): rows move only when the list does."""
        self._tasks = tasks
        self.rebuild()

    def rebuild(self, *args: Any) -> None:
        """Recompute the rows; the same rows in the same order only repaint (a selection survives)."""
        operations = list(self._history.operations()) if self._history is not None else []
        entries = [e for e in [*operations, *self._tasks] if self.accepts(e)]
        entries.sort(key=lambda e: e.started, reverse=True)
        if [_key(e) for e in entries] == [_key(e) for e in self._rows]:
            self._rows = entries
            if entries:
                self.dataChanged.emit(self.index(0, 0), self.index(len(entries) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = entries
        self.endResetModel()

    def _on_changed(self, op: Any) -> None:
        row = self.row_of(op)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def tick(self) -> None:
        """Running entries' durations move on with the clock."""
        for row, entry in enumerate(self._rows):
            if not _finished(entry):
                index = self.index(row, len(COLUMNS) - 1)
                self.dataChanged.emit(index, index)

    def row_of(self, entry: Entry) -> int | None:
        key = _key(entry)
        return next((row for row, e in enumerate(self._rows) if _key(e) == key), None)

    def operation(self, row: int) -> Entry:
        return self._rows[row]

    def entries(self) -> list[Entry]:
        return list(self._rows)

    # ---- QAbstractTableModel -----------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._rows)

    def _text(self, entry: Entry, column: int) -> str:
        task = isinstance(entry, PoolTask)
        if column == 0:
            return entry.title if task else entry.description
        if column == 1:
            return entry.object_names if task else entry.target
        if column == 2:
            return status_text(entry)
        if column == 3:
            return entry.location
        if column == 4:
            return entry.user if task else self.user_of(entry)
        if column == 5:
            return time.strftime("%H:%M:%S", time.localtime(entry.started))
        return duration_text(entry.duration)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.details or status_text(entry)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN and _failed(entry):
            return QColor(WARNING_RED)
        if role == PROGRESS_ROLE:
            return _running_progress(entry)
        if role == OPERATION_ROLE:
            return entry
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
    """Every task of the pool and this window's operations: the selection's in the object tabs, all of
    them in Notifications > Events (``whole``)."""

    title = QT_TRANSLATE_NOOP("Tabs", "Events")
    header_title = QT_TRANSLATE_NOOP("Tabs", "Events")
    scrolling = False

    def __init__(self, context: Any, parent: QWidget | None = None, *, whole: bool = False) -> None:
        super().__init__(context, parent)
        self.whole = whole
        self.header.set_subtitle(translate("EventsTab", "Tasks of the pool and operations of this window, newest first"))
        self.model = OperationsModel(getattr(context, "history", None), self)
        self.model.user_of = self._user_of
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
        for column, width in ((1, 130), (2, 170), (3, 120), (4, 70), (5, 70), (6, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(translate("EventsTab", "Select an operation to see its result and details."))
        self.cancel_button = QPushButton(translate("EventsTab", "Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.clear_button = QPushButton(translate("EventsTab", "Clear finished"))
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
        self._current_key: tuple[Any, ...] | None = None
        self._cleared: set[tuple[str, str]] = set()  # (source, ref) of finished tasks the user cleared
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.model.dataChanged.connect(self._on_data_changed)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start()
        self._reload = QTimer(self)  # a burst of task events is read once
        self._reload.setSingleShot(True)
        self._reload.setInterval(250)  # a pool's tasks are read in ~20 ms at 5,000 VMs and 2,000 tasks
        self._reload.timeout.connect(self.refresh)

    def applies_to(self, selection: list[Any]) -> bool:
        return True

    def set_selection(self, selection: list[Any]) -> None:
        """The object tabs show what concerns the selection (a pool: everything of its connection)."""
        self.model.accepts = self._accepts
        super().set_selection([] if self.whole else selection)  # refreshes now if shown, else when shown

    def on_changes(self, changeset: Any) -> None:
        """Task changes (and the operations of objects, which name their tasks) reload the pool's tasks."""
        if not self._reload.isActive() and changeset.touches(("task",)):
            self._reload.start()  # not restarted by the next batch: a steady stream must not starve it

    def refresh(self) -> None:
        """Read every connection's tasks (those xapi destroyed included); ours are our operations' rows."""
        connections = list(getattr(self.context, "connections", ()))
        history = getattr(self.context, "history", None)
        ours = our_task_refs(history.operations()) if history is not None else set()
        tasks: list[PoolTask] = []
        for connection in connections:
            label = self.context.connections.label(connection)
            tasks += tasks_of(connection.cache, connection.address.key, label)
        tasks = [t for t in foreign_tasks(tasks, ours) if (t.source, t.ref) not in self._cleared]
        self.model.set_tasks(tasks)

    # ---- filtering ---------------------------------------------------------------------------------------

    def _accepts(self, entry: Entry) -> bool:
        if not self._selection:
            return True
        keys = {(cls, ref) for _, cls, ref in self._selection}
        pools = {id(cache) for cache, cls, _ in self._selection if cls == "pool"}
        if isinstance(entry, PoolTask):
            connection = self.context.connections.by_key(entry.source)
            return (connection is not None and id(connection.cache) in pools) or entry.concerns(keys)
        if entry.subject is None:
            return True  # nothing known to filter by
        return entry.subject in keys or any(
            self.context.connections.label(c) == entry.location for c in self.context.connections
            if id(c.cache) in pools)

    def _user_of(self, op: Any) -> str:
        connections = getattr(self.context, "connections", ())
        return next((c.user for c in connections if self.context.connections.label(c) == op.location), "")

    # ---- details and buttons -----------------------------------------------------------------------------

    def _selected(self) -> Any:
        index = self.view.currentIndex()
        return self.model.operation(index.row()) if index.isValid() else None

    def _remember_current(self) -> None:
        entry = self._selected()
        self._current_key = _key(entry) if entry is not None else None

    def _restore_current(self) -> None:
        key, self._current_key = self._current_key, None
        row = next((r for r, e in enumerate(self.model.entries()) if _key(e) == key), None) if key else None
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_details()

    def _show_details(self, *args: Any) -> None:
        entry = self._selected()
        if isinstance(entry, PoolTask):
            self.cancel_button.setEnabled(entry.cancellable)
            self.details.setPlainText(_task_details(entry))
            return
        op = entry
        self.cancel_button.setEnabled(bool(op is not None and op.cancellable and not op.status.finished))
        if op is None:
            self.details.setPlainText("")
            return
        lines = [op.description,
                 translate("EventsTab", "Server: {server}").format(server=op.location) if op.location else "",
                 translate("EventsTab", "Status: {status}").format(status=op.status.label)]
        if op.error:
            lines.append(translate("EventsTab", "Error: {error}").format(error=op.error))
        if op.details:
            lines.append(translate("EventsTab", "Details: {details}").format(details=op.details))
        started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(op.started))
        lines.append(translate("EventsTab", "Started: {started}, took {duration}").format(
            started=started, duration=duration_text(op.duration)) if op.status.finished
            else translate("EventsTab", "Started: {started}").format(started=started))
        text = "\n".join(line for line in lines if line)
        calls = [call.text for call in list(op.log.calls)]
        if calls:  # what this window actually asked of xapi (secrets masked), in order
            heading = translate("EventsTab", "XenAPI calls (planned, not sent):") if op.planned else translate("EventsTab", "XenAPI calls:")
            text += "\n\n" + "\n".join([heading, *(f"  {call}" for call in calls)])
        created = op.log.created
        if created:
            text += "\n" + translate("EventsTab", "Created: {objects}").format(
                objects=", ".join(f"{cls} {ref}" for cls, ref in created))
        self.details.setPlainText(text)

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *args: Any) -> None:
        if top_left.row() <= self.view.currentIndex().row() <= bottom_right.row():
            self._show_details()

    def _on_cancel(self) -> None:
        entry = self._selected()
        if isinstance(entry, PoolTask):
            connection = self.context.connections.by_key(entry.source)
            task = connection.cache.get("task", entry.ref) if connection is not None else None
            if task is not None:
                self.context.commands["task.cancel"].run([task], self.context)
        elif entry is not None:
            entry.request_cancel()
        self.cancel_button.setEnabled(False)

    def _on_clear(self) -> None:
        history = getattr(self.context, "history", None)
        self._cleared |= {(e.source, e.ref) for e in self.model.entries()
                          if isinstance(e, PoolTask) and e.status in FINISHED}
        if history is not None:
            history.clear_finished()
        self.refresh()


def _task_details(task: PoolTask) -> str:
    """What the details pane says of another client's task: xapi's own words for it too."""
    lines = [task.title,
             translate("EventsTab", "Task: {task}").format(task=task.label) if task.label != task.title else "",
             translate("EventsTab", "Object: {objects}").format(objects=task.object_names) if task.objects else "",
             translate("EventsTab", "Server: {server}").format(server=task.location),
             translate("EventsTab", "User: {user}").format(user=task.user) if task.user else "",
             translate("EventsTab", "Status: {status}").format(status=task.status_words)]
    if task.details:
        lines.append(translate("EventsTab", "Details: {details}").format(details=task.details))
    started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(task.started))
    if task.finished is not None:
        finished = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(task.finished))
        lines.append(translate("EventsTab", "Started: {started}, finished: {finished} ({duration})").format(
            started=started, finished=finished, duration=duration_text(task.duration)))
    else:
        lines.append(translate("EventsTab", "Started: {started}").format(started=started))
    if task.status == "ended":
        lines.append(translate("EventsTab", "The server removed the task before this window saw how it ended."))
    return "\n".join(line for line in lines if line)
