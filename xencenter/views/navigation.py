"""The left pane: the search box, the tree, and XenCenter's view buttons (Infrastructure, Objects, Tags,
Folders, Custom Fields, Saved Searches) with the view options (default templates, user templates, local SRs,
hidden objects). In Saved Searches, selecting a search opens it: its results appear under it, expanded.

The pane remembers, per view, which rows the user expanded (by their stable paths) and which objects are
selected (by connection and ref), and puts both back after each model update: a VM that moves to another
host, or a row the filter hid for a moment, comes back expanded and selected. New servers open up to their
hosts, as in XenCenter.

Signals:
    selection_changed()            the selected rows changed (read ``selection()``/``tab_selection()``).
    context_menu_requested(QPoint) right click at a global position, selection already updated.
    activated()                    a row was double-clicked or Enter was pressed on it.
    drop_requested(Drop)           rows were dropped where that runs a command (``enable_drops``).
    drag_status(str)               why the rows dragged over a row cannot be dropped there ("" when they can).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.tree import TreeOptions
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.operations.connections import ServerItem
from xencenter.views import icons
from xencenter.views.theme import styled
from xencenter.views.tree_drag import Drop, drop_for
from xencenter.views.tree_model import KindRole, ObjectRole, PathRole, TreeModel
from xencenter.views.tree_opening import SlicedOpener

if TYPE_CHECKING:
    from xencenter.commands.base import CommandRegistry
    from xencenter.model.objects import XenObject
    from xencenter.operations.connections import ConnectionManager

translate = QCoreApplication.translate

#: The view buttons: model/tree.py view key, label (translated where shown: context ``Navigation``), icon key.
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("infrastructure", QT_TRANSLATE_NOOP("Navigation", "Infrastructure"), "pool"),
    ("objects", QT_TRANSLATE_NOOP("Navigation", "Objects"), "vm"),
    ("tags", QT_TRANSLATE_NOOP("Navigation", "Tags"), "tag"),
    ("folders", QT_TRANSLATE_NOOP("Navigation", "Folders"), "folder"),
    ("custom_fields", QT_TRANSLATE_NOOP("Navigation", "Custom Fields"), "field"),
    ("saved_searches", QT_TRANSLATE_NOOP("Navigation", "Saved Searches"), "search"),
)
#: The button that swaps the tree for the Notifications list (Alerts, Events), as XenCenter's does.
NOTIFICATIONS = ("notifications", QT_TRANSLATE_NOOP("Navigation", "Notifications"), "alert")

#: View options: TreeOptions field, menu label.
OPTIONS: tuple[tuple[str, str], ...] = (
    ("default_templates", QT_TRANSLATE_NOOP("Navigation", "Default Templates")),
    ("user_templates", QT_TRANSLATE_NOOP("Navigation", "Custom Templates")),
    ("local_srs", QT_TRANSLATE_NOOP("Navigation", "Local Storage")),
    ("hidden_objects", QT_TRANSLATE_NOOP("Navigation", "Hidden Objects")),
)

#: Expand everything the filter finds unless that is more rows than this (then two levels: pools, hosts).
EXPAND_FILTER_LIMIT = 3000
#: New servers open this deep (pool -> hosts -> their VMs).
DEFAULT_DEPTH = 2
#: The rows a newly added server opens (its pool, hosts, and the groups of the other views).
OPEN_KINDS = frozenset({"host", "pool", "group", "tag", "folder", "field"})

NAV_STYLE = """
QToolButton#viewButton {
    border: none; border-top: 1px solid palette(mid); padding: 6px 10px; text-align: left;
    font-weight: bold; background: palette(button);
}
QToolButton#viewButton:hover { background: palette(midlight); }
QToolButton#viewButton:checked {
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 $chosen_top, stop:1 $chosen_bottom);
    color: $chosen_text;
}
QTreeView#navigationTree { border: none; }
QTreeView#navigationTree::item { padding: 2px 1px; }
QLineEdit#searchBox { padding: 4px 6px; border: 1px solid palette(mid); border-radius: 3px; }
"""



def _words(label: str) -> str:
    return QCoreApplication.translate("Navigation", label)


class NavigationPane(QWidget):
    """See the module docstring."""

    selection_changed = Signal()
    context_menu_requested = Signal(QPoint)
    activated = Signal()
    notifications_shown = Signal(bool)
    #: the View > Show options changed: {field: on} (the window remembers them)
    options_changed = Signal(dict)
    drop_requested = Signal(object)
    drag_status = Signal(str)

    def __init__(self, connections: ConnectionManager, options: TreeOptions = TreeOptions(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connections = connections
        styled(self, NAV_STYLE)
        self.model = TreeModel(connections, "infrastructure", options, self)
        self._expanded: dict[str, set[tuple]] = {}
        self._collapsed: dict[str, set[tuple]] = {}
        self._seen_tops: dict[str, set[tuple]] = {}
        self._selected: list[tuple[Any, ...]] = []  # PathRole of the selected rows, kept across updates
        self._selected_objects: list[tuple[str | None, str]] = []
        self._selected_servers: list[str | None] = []  # sources of selected top rows (pool, host, server)
        self._restoring = False
        self._was_filtered = False
        self._expand_search: str | None = None  # a search just opened: expanded once its results arrive

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(translate("Navigation", "Search: name, UUID, IP address, tag"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.action_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.model.set_filter)
        self.options_button = QToolButton(self)
        self.options_button.setIcon(icons.action_icon("options"))
        self.options_button.setToolTip(translate("Navigation", "View options"))
        self.options_button.setAutoRaise(True)
        self.options_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.options_menu = QMenu(translate("Navigation", "Show"), self)
        self.option_actions: dict[str, QAction] = {}
        for field, label in OPTIONS:
            action = self.options_menu.addAction(_words(label))
            action.setCheckable(True)
            action.setChecked(getattr(options, field))
            action.toggled.connect(self._on_option_toggled)
            self.option_actions[field] = action
        self.options_button.setMenu(self.options_menu)

        self.tree = QTreeView(self)
        self.tree.setObjectName("navigationTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)  # the view then never measures 20,000 rows
        self.tree.setIconSize(QSize(16, 16))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAnimated(False)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.expanded.connect(lambda index: self._on_expansion(index, True))
        self._opener = SlicedOpener(self.tree, self.model)  # a filter's rows, a screenful first
        self.tree.collapsed.connect(lambda index: self._on_expansion(index, False))
        self.tree.doubleClicked.connect(lambda _: self.activated.emit())
        self.tree.activated.connect(lambda _: self.activated.emit())
        self.model.about_to_update.connect(self._on_about_to_update)
        self.model.updated.connect(self._on_updated)

        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        self.view_actions = QActionGroup(self)  # the same choice for the View menu
        buttons = QVBoxLayout()
        buttons.setSpacing(0)
        for number, (key, label, icon) in enumerate((*VIEWS, NOTIFICATIONS), start=1):
            button = QToolButton(self)
            button.setObjectName("viewButton")
            button.setText(_words(label))
            button.setIcon(icons.icon(icon))
            button.setIconSize(QSize(20, 20))
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setProperty("view", key)
            button.setChecked(key == self.model.view)
            self.view_buttons.addButton(button)
            buttons.addWidget(button)
            action = self.view_actions.addAction(_words(label))
            action.setCheckable(True)
            action.setChecked(key == self.model.view)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(key)
        self.view_buttons.buttonClicked.connect(lambda b: self.set_view(b.property("view")))
        self.view_actions.triggered.connect(lambda a: self.set_view(a.data()))

        top = QHBoxLayout()
        top.setContentsMargins(6, 6, 4, 6)
        top.setSpacing(4)
        top.addWidget(self.search, 1)
        top.addWidget(self.options_button)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(line)
        self.tree_stack = QStackedWidget(self)
        self.tree_stack.addWidget(self.tree)
        layout.addWidget(self.tree_stack, 1)
        layout.addLayout(buttons)
        self.notifications_widget: QWidget | None = None

    # ---- views and options -----------------------------------------------------------------------------

    @property
    def view(self) -> str:
        return NOTIFICATIONS[0] if self.showing_notifications else self.model.view

    @property
    def showing_notifications(self) -> bool:
        return self.notifications_widget is not None and self.tree_stack.currentWidget() is self.notifications_widget

    def set_notifications_widget(self, widget: QWidget) -> None:
        """What the Notifications button shows in place of the tree (the window's list of Alerts, Events)."""
        self.notifications_widget = widget
        self.tree_stack.addWidget(widget)

    def set_view(self, view: str) -> None:
        widget = self.notifications_widget if view == NOTIFICATIONS[0] else None
        notifications, was = widget is not None, self.showing_notifications
        if widget is not None:
            self.tree_stack.setCurrentWidget(widget)
        else:
            self.tree_stack.setCurrentWidget(self.tree)
            self.model.set_view(view)
        self.search.setEnabled(not notifications)
        if notifications != was:
            self.notifications_shown.emit(notifications)
        for button in self.view_buttons.buttons():
            button.setChecked(button.property("view") == view)
        for action in self.view_actions.actions():
            action.setChecked(action.data() == view)

    @property
    def options(self) -> TreeOptions:
        return self.model.options

    def set_option(self, field: str, on: bool) -> None:
        self.option_actions[field].setChecked(on)  # toggled -> _on_option_toggled

    @Slot(bool)
    def _on_option_toggled(self, _: bool) -> None:
        values: dict[str, Any] = {field: action.isChecked() for field, action in self.option_actions.items()}
        self.model.set_options(replace(self.model.options, **values))
        self.options_changed.emit(values)

    def set_filter(self, text: str) -> None:
        self.search.setText(text)

    # ---- selection -------------------------------------------------------------------------------------

    def selected_indexes(self) -> list[QModelIndex]:
        rows = self.tree.selectionModel().selectedRows()
        return sorted(rows, key=lambda i: self._visual_key(i))

    @staticmethod
    def _visual_key(index: QModelIndex) -> tuple[int, ...]:
        rows = []
        while index.isValid():
            rows.append(index.row())
            index = index.parent()
        return tuple(reversed(rows))

    def selection(self) -> list[XenObject | ServerItem]:
        """What commands act on: the selected objects, and servers without live objects as ServerItems."""
        result: list[XenObject | ServerItem] = []
        for index in self.selected_indexes():
            obj = self.model.object_at(index)
            if obj is not None:
                result.append(obj)
            elif index.data(KindRole) == "connection":
                connection = self.connections.by_key(self.model.source_at(index))
                if connection is not None:
                    result.append(ServerItem(connection, index.data() or str(connection.address)))
        return list(dict.fromkeys(result))

    def tab_selection(self) -> list[XenObject]:
        """What the tabs show: the selected objects; for a selected group (tag, folder, type), its members."""
        objects: list[XenObject] = []
        for index in self.selected_indexes():
            obj = self.model.object_at(index)
            if obj is not None:
                objects.append(obj)
            elif index.data(KindRole) not in ("connection", None):
                for row in range(self.model.rowCount(index)):
                    member = self.model.object_at(self.model.index(row, 0, index))
                    if member is not None:
                        objects.append(member)
        return list(dict.fromkeys(objects))

    def select_object(self, source: str | None, ref: str) -> bool:
        """Select (and reveal) the first row showing this object; False when it is not in the tree."""
        found = self.model.indexes_of(source, ref)
        if not found:
            return False
        self.tree.setCurrentIndex(found[0])
        self.tree.scrollTo(found[0])
        return True

    def select_path(self, path: tuple) -> bool:
        index = self.model.index_of_path(path)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    def selected_search(self) -> str | None:
        """In the Saved Searches view: the UUID of the search the current row is in (or is)."""
        if self.model.view != "saved_searches":
            return None
        path = self.tree.currentIndex().data(PathRole) if self.tree.currentIndex().isValid() else None
        return path[0][1] if path and path[0][0] == "search" else None

    def selected_group(self) -> tuple[str, str] | None:
        """The (kind, key) of the current row when it is a tag, folder or search row (not an object)."""
        index = self.tree.currentIndex()
        kind = index.data(KindRole) if index.isValid() else None
        if kind in ("tag", "folder", "search"):
            return kind, index.data(PathRole)[-1][1]
        return None

    def saved_searches_menu(self, parent: QWidget) -> QMenu:
        """The View menu's Saved Searches: every search the Saved Searches view lists (saved ones, then
        XenCenter's built-in ones), filled when it opens; choosing one opens it there."""
        from xencenter.model.xensearch.navigation import listed_searches

        menu = QMenu(QCoreApplication.translate("Menus", "Saved &Searches"), parent)

        def fill() -> None:
            menu.clear()
            searches = listed_searches(self.connections.sources())
            for search in searches:
                if search.builtin and menu.actions() and not menu.actions()[-1].property("builtin"):
                    menu.addSeparator()
                action = menu.addAction(icons.icon("search:default" if search.builtin else "search"), search.name)
                action.setProperty("builtin", search.builtin)
                action.triggered.connect(lambda _=False, uuid=search.uuid: self.open_search(uuid))
            if not searches:
                menu.addAction(translate("Navigation", "No saved searches")).setEnabled(False)

        menu.aboutToShow.connect(fill)
        return menu

    def open_search(self, uuid: str) -> None:
        """Show the Saved Searches view with this search selected and open (its results under it)."""
        path = (("search", uuid),)
        self._selected = [path]  # selected again once the view is built (on the build worker)
        self._expand_search = uuid
        self.set_view("saved_searches")
        self.model.set_options(replace(self.model.options, open_search=uuid))
        self.select_path(path)

    def _open_selected_search(self) -> None:
        """Selecting a search in Saved Searches opens it (its results are built under it)."""
        uuid = self.selected_search()
        if uuid is not None and uuid != self.model.options.open_search:
            self._expand_search = uuid
            self.model.set_options(replace(self.model.options, open_search=uuid))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_: Any) -> None:
        if self._restoring:
            return
        self._remember_selection()
        self._open_selected_search()
        self.selection_changed.emit()

    def _remember_selection(self) -> None:
        indexes = self.selected_indexes()
        self._selected = [i.data(PathRole) for i in indexes]
        self._selected_objects = [(i.data(ObjectRole)[0], i.data(ObjectRole)[2]) for i in indexes
                                  if i.data(ObjectRole) is not None]
        self._selected_servers = [self.model.source_at(i) for i in indexes if not i.parent().isValid()]

    @Slot()
    def _on_about_to_update(self, *_: Any) -> None:
        """The model is about to change rows: selection changes from now on are not the user's, and the rows
        still to open are stale."""
        self._restoring = True
        self._opener.cancel()

    @Slot()
    def _on_updated(self) -> None:
        """Put expansion and selection back where the update disturbed them."""
        self._restoring = True
        cleared = self._was_filtered and not self.model.query
        try:
            self._restore_expansion()
            changed = self._restore_selection()
            if cleared:
                self._reveal_selection()
            if self._expand_search is not None:
                opened = self.model.index_of_path((("search", self._expand_search),))
                if opened.isValid() and self.model.hasChildren(opened):
                    self._expand_search = None
                    self.tree.expandRecursively(opened)
        finally:
            self._restoring = False
        # The layout Qt would run from a timer soon after, now, while workers wait (xencenter/give_way.py).
        self.tree.executeDelayedItemsLayout()
        if changed:
            self.selection_changed.emit()

    def _reveal_selection(self) -> None:
        """After the search is cleared, what it found and the user selected stays in sight: its parents open
        (and are remembered open) and the tree scrolls to it."""
        indexes = self.selected_indexes()
        if not indexes:
            return
        view = self.model.view
        parent = indexes[0].parent()
        while parent.isValid():
            path = parent.data(PathRole)
            self._expanded.setdefault(view, set()).add(path)
            self._collapsed.setdefault(view, set()).discard(path)
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.scrollTo(indexes[0])

    def _restore_selection(self) -> bool:
        """Reselect what the user had selected, wherever those objects are now; True if it had moved."""
        model = self.model
        current = [i.data(PathRole) for i in self.selected_indexes()]
        if current == self._selected:
            return False
        wanted: list[QModelIndex] = []
        for path in self._selected:
            index = model.index_of_path(path)
            if index.isValid():
                wanted.append(index)
        found_paths = {i.data(PathRole) for i in wanted}
        for source, ref in self._selected_objects:
            places = model.indexes_of(source, ref)
            if places and not any(p.data(PathRole) in found_paths for p in places):
                wanted.append(places[0])
        # A server that connected or disconnected changes its top row (pool <-> server): keep it selected.
        tops = {model.source_at(i) for i in wanted if not i.parent().isValid()}
        for source in self._selected_servers:
            if source not in tops:
                top = next((model.index(r, 0) for r in range(model.rowCount())
                            if model.source_at(model.index(r, 0)) == source), None)
                if top is not None:
                    wanted.append(top)
        selection = QItemSelection()
        for index in wanted:
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().select(selection, flags)
        if wanted:
            self.tree.selectionModel().setCurrentIndex(wanted[0], QItemSelectionModel.SelectionFlag.NoUpdate)
        self._remember_selection()
        return True

    # ---- expansion -------------------------------------------------------------------------------------

    def _on_expansion(self, index: QModelIndex, expanded: bool) -> None:
        if self._restoring or self.model.query:
            return  # expansion done by us, or inside a filtered tree, is not the user's choice
        path = index.data(PathRole)
        view = self.model.view
        (self._expanded.setdefault(view, set()).add if expanded else self._expanded.setdefault(view, set()).discard)(path)
        (self._collapsed.setdefault(view, set()).discard if expanded else self._collapsed.setdefault(view, set()).add)(path)

    def _restore_expansion(self) -> None:
        model, tree, view = self.model, self.tree, self.model.view
        if model.query:
            self._was_filtered = True
            self._opener.open(model.branch_indexes(None if model.item_count() <= EXPAND_FILTER_LIMIT else 1))
            return
        expanded = self._expanded.setdefault(view, set())
        if self._was_filtered:
            self._was_filtered = False
            self._close_all_but(expanded)  # back to what the user had opened, not what the search opened
        collapsed = self._collapsed.setdefault(view, set())
        seen = self._seen_tops.setdefault(view, set())
        for row in range(model.rowCount()):
            top = model.index(row, 0)
            path = top.data(PathRole)
            if path not in seen:
                seen.add(path)
                self._open_new(top, DEFAULT_DEPTH, expanded, collapsed)
        for path in list(expanded):
            index = model.index_of_path(path)
            if index.isValid() and not tree.isExpanded(index):
                tree.expand(index)

    def _close_all_but(self, paths: set[tuple]) -> None:
        """Collapse every open row whose path is not in ``paths``. Row by row rather than ``collapseAll``:
        right after a layout change the view only takes note, and lays the tree out once afterwards, where
        ``collapseAll`` lays it out at once and each re-expansion then lays out its rows again."""
        for index in self.model.branch_indexes():
            if self.tree.isExpanded(index) and index.data(PathRole) not in paths:
                self.tree.collapse(index)

    def _open_new(self, index: QModelIndex, depth: int, expanded: set[tuple], collapsed: set[tuple]) -> None:
        """XenCenter opens a newly added server down to its hosts' VMs (unless the user had closed it).
        Children first: opening a row under a closed parent only marks it, so the top row's opening lays
        the whole subtree out once (top first, each ``expand`` laid out every row of the tree again: twenty
        pools of 1,000 VMs took a second)."""
        rows = self.model.openable(index, depth, OPEN_KINDS)
        shut = {path for path, _ in rows if path in collapsed}
        opened = [(path, i) for path, i in rows
                  if path not in collapsed and not any(path[:n] in shut for n in range(1, len(path)))]
        for path, row in reversed(opened):
            expanded.add(path)
            self.tree.expand(row)

    # ---- dragging rows (views/tree_drag.py) ------------------------------------------------------------

    def enable_drops(self, commands: CommandRegistry) -> None:
        """Let rows be dragged, and dropped where that means a command (a server onto a pool: Add to Pool)."""
        self._commands = commands
        self._drag_status = ""
        self.model.drop_judge = self
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setDropIndicatorShown(True)

    def judge(self, dragged: list[XenObject], target: QModelIndex | QPersistentModelIndex) -> Drop | None:
        index = target
        pool = None
        while index.isValid() and pool is None:
            obj = self.model.object_at(index)
            pool = obj if obj is not None and obj.cls == "pool" else None
            index = index.parent()
        drop = drop_for(self._commands, dragged, pool)
        status = drop.reason if drop is not None else ""
        if status != self._drag_status:
            self._drag_status = status
            self.drag_status.emit(status)
        return drop

    def dropped(self, drop: Drop) -> None:
        self.drop_requested.emit(drop)

    # ---- context menu ----------------------------------------------------------------------------------

    @Slot(QPoint)
    def _on_context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if index.isValid() and not self.tree.selectionModel().isSelected(index):
            self.tree.setCurrentIndex(index)
        self.context_menu_requested.emit(self.tree.viewport().mapToGlobal(position))
