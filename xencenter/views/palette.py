"""The command palette (Ctrl+Shift+P, Ctrl+K): type a command, an object, or both ("start web-03"); Enter runs
the command on the typed object or the selection (its parameters asked by the command's own dialog), or selects
the object in the tree. A command that cannot run shows why, in grey. Recent commands come first.

Ctrl+Shift+C copies the highlighted command's XenAPI calls as a script for the official XenAPI SDK: the command
is planned (a dry run: reads reach the server, nothing else) and the calls it would make are copied.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.commands.finder import Finder, Found, describe_target
from xencenter.views import words

if TYPE_CHECKING:
    from xencenter.operations.context import AppContext
    from xencenter.views.navigation import NavigationPane

translate = QCoreApplication.translate

FoundRole = Qt.ItemDataRole.UserRole + 1
RECENT_LIMIT = 8

PALETTE_STYLE = """
QFrame#palette { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
QLineEdit#paletteQuery { padding: 6px 8px; border: 1px solid palette(mid); border-radius: 4px; font-size: 11pt; }
QListView#paletteList { border: none; }
"""


class FoundDelegate(QStyledItemDelegate):
    """Two lines: the command (and its target) with its shortcut on the right, and in grey why it cannot run."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), 2 * option.fontMetrics.height() + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        found: Found = index.data(FoundRole)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        main = option.palette.color(text_role)
        grey = option.palette.color(text_role)
        grey.setAlpha(140)
        rect = option.rect.adjusted(10, 5, -10, -5)
        line = option.fontMetrics.height()
        title, shortcut, note = palette_texts(found)
        painter.save()
        painter.setPen(main if not found.reason else grey)
        width = option.fontMetrics.horizontalAdvance(shortcut) + 12 if shortcut else 0
        top = QRect(rect.left(), rect.top(), rect.width() - width, line)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         option.fontMetrics.elidedText(title, Qt.TextElideMode.ElideRight, top.width()))
        if shortcut:
            painter.setPen(grey)
            painter.drawText(QRect(rect.right() - width, rect.top(), width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shortcut)
        painter.setPen(grey)
        bottom = QRect(rect.left(), rect.top() + line, rect.width(), line)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         option.fontMetrics.elidedText(note, Qt.TextElideMode.ElideRight, bottom.width()))
        painter.restore()


def palette_texts(found: Found) -> tuple[str, str, str]:
    """(first line, shortcut, second line) of a palette entry."""
    if found.command is None:
        assert found.target is not None
        return translate("CommandPalette", "Go to {target}").format(target=describe_target(found.target)), "", \
            translate("CommandPalette", "Select it in the tree")
    command = found.command
    target = f" {describe_target(found.target)}" if found.target is not None else ""
    note = found.reason or (translate("CommandPalette", "{command} — on the selection").format(command=command.id)
                            if found.target is None and command.needs_selection
                            else f"{command.id} — {words.help_text(command)}")
    return f"{words.title(command)}{target}", command.shortcut, note


class FoundModel(QAbstractListModel):
    """The palette's lines; replaced whole at each keystroke (a reset is cheaper than item-by-item edits)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.found: list[Found] = []

    def set_found(self, found: list[Found]) -> None:
        self.beginResetModel()
        self.found = found
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # Qt override
        return 0 if parent.isValid() else len(self.found)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        if not index.isValid():
            return None
        found = self.found[index.row()]
        if role == FoundRole:
            return found
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return " ".join(palette_texts(found))
        return None


class CommandPalette(QFrame):
    """A popup over the window; see the module docstring.

    Signals: ``ran(str)`` with the id of a command it ran.
    """

    ran = Signal(str)

    def __init__(self, context: AppContext, navigation: NavigationPane, run: Callable[..., list[Any]],
                 recent: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.setStyleSheet(PALETTE_STYLE)
        self.context = context
        self.navigation = navigation
        self._run = run
        self.recent = recent  # the window's: commands run from the palette, most recent first
        self.selection = navigation.selection()
        self.finder = Finder(context.commands, [c.cache for c in context.connections], recent)
        self.query = QLineEdit(self)
        self.query.setObjectName("paletteQuery")
        self.query.setPlaceholderText(translate("CommandPalette", "Type a command, an object, or both (start web-03)"))
        self.list = QListView(self)
        self.list.setObjectName("paletteList")
        self.list.setItemDelegate(FoundDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.model = FoundModel(self)
        self.list.setModel(self.model)
        self.hint = QLabel(translate("CommandPalette", "Enter runs · Ctrl+Shift+C copies its XenAPI calls as Python · Esc closes"), self)
        self.hint.setStyleSheet("color: palette(mid); padding: 2px 4px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.query)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.query.textChanged.connect(self.update_list)
        self.query.installEventFilter(self)
        self.list.activated.connect(lambda index: self.accept(index.data(FoundRole)))
        copy = QShortcut(QKeySequence("Ctrl+Shift+C"), self)
        copy.activated.connect(self.copy_as_python)
        self.copied = ""
        self.update_list("")

    # ---- showing ---------------------------------------------------------------------------------------

    def show_over(self, window: QWidget) -> None:
        width = min(720, max(420, window.width() - 80))
        height = min(460, max(240, window.height() - 120))
        self.setGeometry((window.width() - width) // 2, 56, width, height)
        self.show()
        self.raise_()
        self.query.setFocus()

    def update_list(self, text: str = "") -> None:
        self.results = self.finder.find(self.query.text(), self.selection)
        self.model.set_found(self.results)
        if self.results:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def current(self) -> Found | None:
        index = self.list.currentIndex()
        return index.data(FoundRole) if index.isValid() else None

    # ---- keys --------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.keyPressEvent(event)  # type: ignore[arg-type]
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept(self.current())
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)

    # ---- acting ------------------------------------------------------------------------------------------

    def accept(self, found: Found | None) -> None:
        if found is None:
            return
        if found.command is None:
            target = found.target
            assert target is not None
            self.close()
            connection = self.context.connections.for_cache(target.cache)
            if connection is not None:
                self.navigation.select_object(self.context.connections.key(connection), target.ref)
            return
        if found.reason:
            self.hint.setText(found.reason)
            return
        command = found.command
        self.close()
        if command.id in self.recent:
            self.recent.remove(command.id)
        self.recent.insert(0, command.id)
        del self.recent[RECENT_LIMIT:]
        if found.target is not None:
            command.run([found.target], self.context)
        else:
            self._run(command)
        self.ran.emit(command.id)

    def copy_as_python(self) -> None:
        """Plan the highlighted command (nothing is sent but reads) and copy its calls as an SDK script."""
        from dataclasses import replace

        from xencenter.operations.history import OperationHistory
        from xencenter.xenapi.calls import CallLog, as_python

        found = self.current()
        if found is None or found.command is None or found.reason:
            self.hint.setText(translate("CommandPalette", "Highlight a command that can run to copy its calls."))
            return
        targets = [found.target] if found.target is not None else self.selection
        planning = replace(self.context, history=OperationHistory(), dry_run=True)
        operations = found.command.run(targets, planning)
        connection = self.context.connections.connection_of(targets[0]) if targets else None
        if not operations or connection is None:
            self.hint.setText(translate("CommandPalette", "This command makes no XenAPI calls."))
            return
        self.hint.setText(translate("CommandPalette", "Planning the calls…"))
        history = planning.history

        def copy(_: Any = None) -> None:
            if not all(op.status.finished for op in operations):
                return
            history.changed.disconnect(copy)
            merged = CallLog.merged([op.log for op in operations])
            self.copied = as_python(merged, connection.coordinator.url, connection.user)
            QGuiApplication.clipboard().setText(self.copied)
            self.hint.setText(translate("CommandPalette", "Copied {count} XenAPI call(s) as Python for the XenAPI "
                                        "SDK.").format(count=len(merged.calls)))

        history.changed.connect(copy)
        copy()
