"""The frame of every Properties dialog, as XenCenter's PropertiesDialog: vertical pages on the left (title in
bold, a one-line summary under it), the page on the right, OK applies.

Only what the user changed is sent (virt-manager's rule): each page reports the ``<class>.edit`` parameters
for what differs from what it opened with, and OK runs that command with them, so an edit made meanwhile by
someone else to another field is never overwritten. The edit is an operation like any other (the Events tab
shows it, with its XenAPI calls); a failure is shown in words in the dialog, which stays open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.views.tabs.widgets import plain_label, secondary_text_color, set_warning

if TYPE_CHECKING:
    from xencenter.model.edits import Change
    from xencenter.model.objects import XenObject
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation

translate = QCoreApplication.translate


def form_layout(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setContentsMargins(16, 12, 16, 12)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(10)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def page_title(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def note_label(text: str) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {secondary_text_color(label)};")
    return label


class PageListDelegate(QStyledItemDelegate):
    """XenCenter's vertical tabs: the page's title in bold with a one-line summary under it."""

    SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        return QSize(option.rect.width(), 2 * option.fontMetrics.height() + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        style = option.widget.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                          else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(10, 6, -8, -6)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         index.data(Qt.ItemDataRole.DisplayRole))
        painter.setFont(option.font)
        if not selected:
            text_color.setAlpha(150)
        painter.setPen(text_color)
        summary = option.fontMetrics.elidedText(index.data(self.SUMMARY_ROLE) or "", Qt.TextElideMode.ElideRight,
                                                rect.width())
        painter.drawText(rect.adjusted(0, line, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         summary)
        painter.restore()


class EditPage(QWidget):
    """One page: its title, the summary under it, the parameters for what the user changed, and why the edit
    is impossible (""). Emits ``changed`` on every edit so the dialog re-validates."""

    changed = Signal()
    title = ""
    #: The edit command and object the page's parameters are for, when not the dialog's (a standalone server's
    #: dialog shows its pool's E-mail Options, applied with ``pool.edit``).
    command_id: str | None = None
    target: XenObject | None = None

    def summary(self) -> str:
        return ""

    def params(self) -> dict[str, Any]:
        return {}

    def problem(self) -> str:
        return ""


class PropertiesFrame(QDialog):
    """See the module docstring. ``command_id``: the edit command OK runs; with ``gather`` OK only closes the
    dialog and the caller runs the command with ``changed_params()`` (a command that opens the dialog from its
    ``ask``). Signals: ``applied(list)`` with the Changes made, after OK applied them all."""

    applied = Signal(list)

    def __init__(self, context: AppContext, obj: XenObject, command_id: str, parent: QWidget | None = None, *,
                 gather: bool = False) -> None:
        super().__init__(parent)
        self.gather = gather
        self.context = context
        self.obj = obj
        self.command = context.commands[command_id]
        self.edit_pages: list[EditPage] = []
        self._operations: list[Operation] = []
        self._planned: list[Change] = []
        self._ready = False  # pages connect signals while being built; validate once all exist
        self.setWindowTitle(translate("PropertiesDialog", "'{name}' Properties").format(name=obj.name))
        self.setMinimumSize(QSize(720, 500))
        self.pages = QListWidget(self)
        self.pages.setFixedWidth(210)
        self.pages.setItemDelegate(PageListDelegate(self.pages))
        self.stack = QStackedWidget(self)
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.error = plain_label("")
        self.error.setWordWrap(True)
        set_warning(self.error, True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        context.history.changed.connect(self._on_operation)

    def finish(self) -> None:
        """Called once every page is added: select the first and validate."""
        self.pages.setCurrentRow(0)
        self._ready = True
        self._validate()

    # ---- pages -------------------------------------------------------------------------------------------

    def add_page(self, title: str, summary: str, page: QWidget) -> None:
        item = QListWidgetItem(title, self.pages)
        item.setData(PageListDelegate.SUMMARY_ROLE, summary)
        item.setToolTip(translate("PropertiesDialog", "{title}: {summary}").format(title=title, summary=summary)
                        if summary else title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        # wide enough for the page beside its vertical scroll bar: a long page gets no horizontal one
        scroll.setMinimumWidth(page.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        self.stack.addWidget(scroll)

    def showEvent(self, event: QShowEvent) -> None:
        """The set minimum size overrides the layout's: raised to what the pages need in this language."""
        self.setMinimumSize(self.minimumSize().expandedTo(self.minimumSizeHint()))
        super().showEvent(event)

    def add_edit_page(self, page: EditPage) -> None:
        self.edit_pages.append(page)
        page.changed.connect(self._validate)
        self.add_page(translate("PropertiesDialog", page.title), page.summary(), page)

    def page_titles(self) -> list[str]:
        return [self.pages.item(i).text() for i in range(self.pages.count())]

    def show_page(self, title: str) -> None:
        self.pages.setCurrentRow(self.page_titles().index(title))

    # ---- reading the edits ---------------------------------------------------------------------------------

    def own_params(self) -> dict[str, Any]:
        """The parameters of pages the dialog builds itself (a VM's), for what changed."""
        return {}

    def own_problem(self) -> str:
        return ""

    def _mine(self, page: EditPage) -> bool:
        return page.command_id is None or page.command_id == self.command.id and page.target in (None, self.obj)

    def changed_params(self) -> dict[str, Any]:
        """The edit command's parameters for what the user changed (nothing else is sent)."""
        params = self.own_params()
        for page in self.edit_pages:
            if self._mine(page):
                params.update(page.params())
        return params

    def edits(self) -> list[tuple[Any, XenObject, dict[str, Any]]]:
        """(command, object, changed parameters) for every edit the pages ask for, the dialog's own first."""
        found = [(self.command, self.obj, self.changed_params())]
        for page in self.edit_pages:
            if not self._mine(page) and page.params() and page.command_id is not None and page.target is not None:
                found.append((self.context.commands[page.command_id], page.target, page.params()))
        return [(c, o, p) for c, o, p in found if p]

    @staticmethod
    def _full(command: Any, params: dict[str, Any]) -> dict[str, Any]:
        return {p.name: p.default for p in command.params} | params

    def planned_calls(self) -> list[Change]:
        return [c for command, obj, params in self.edits() for c in command.changes(obj, self._full(command, params))]

    def _problem(self) -> str:
        problem = self.own_problem() or next((p.problem() for p in self.edit_pages if p.problem()), "")
        if problem or self.gather:
            return problem
        try:
            return next((problem for command, obj, params in self.edits()
                         if (problem := command.problem(obj, self._full(command, params)))), "")
        except ValueError as exc:
            return str(exc)

    def _validate(self, *args: Any) -> None:
        if not self._ready:
            return
        problem = self._problem()
        self._show_error(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem and not self._operations)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ---- applying ------------------------------------------------------------------------------------------

    def _on_ok(self) -> None:
        if self._problem() or self._operations:
            return
        if self.gather:
            self.accept()
            return
        calls = self.planned_calls()
        if not calls:
            self.accept()
            return
        connection = self.context.connections.connection_of(self.obj)
        if connection is None or connection.session is None:
            self._show_error(translate("PropertiesDialog", "Not connected to the server: reconnect, then try again."))
            return
        operations = []
        for command, target, params in self.edits():
            obj = target.cache.get(target.cls, target.ref) or target  # gone meanwhile: the server says so
            operations += command.run([obj], self.context, **params)
        if not operations:
            self.accept()
            return
        self._operations, self._planned = operations, calls
        for op in operations:
            op.report = False  # a failure is shown here, in the dialog that stays open
        self._set_busy(True)
        self._on_operation(operations[0])

    def _set_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PropertiesDialog", "Saving…") if busy else translate("PropertiesDialog", "OK"))
        self.pages.setEnabled(not busy)
        self.stack.setEnabled(not busy)

    def _on_operation(self, op: Operation) -> None:
        if not any(op is o for o in self._operations) or not all(o.status.finished for o in self._operations):
            return
        operations, self._operations = self._operations, []
        failed = [o for o in operations if o.status.value != "success"]
        if not failed:
            self.applied.emit(self._planned)
            self.accept()
            return
        self._set_busy(False)
        self._show_error(failed[0].error or translate("PropertiesDialog", "The changes were not saved."))
        self.error.setToolTip(failed[0].details)

    def reject(self) -> None:
        for op in self._operations:
            op.report = True  # nobody here to read its outcome: the Events tab and errors tell
        self._operations = []
        super().reject()
