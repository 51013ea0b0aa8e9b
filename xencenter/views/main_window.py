"""The main window: menus, toolbar and context menus from the command registry (``command_surfaces``), the
navigation pane, the tabs of the selection, and a status bar with the connections' state and the running
operations.

Enabled states are re-evaluated when the selection changes and after each change batch, since xapi's
``allowed_operations`` move with every operation. The window's own actions (Exit, the views, Find, the
toolbar switch, the command palette, About) arrange the window; everything that acts on a server is a command.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from xencenter import APP_NAME, __version__
from xencenter.commands.base import KIND_WORDS, Command, kind_of
from xencenter.connection import Connection, ConnectionState
from xencenter.model.naming import natural_key
from xencenter.model.tree import TreeOptions
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.operations.connections import ServerItem
from xencenter.operations.history import Operation, OperationStatus
from xencenter.views import icons, words
from xencenter.views.command_surfaces import CommandActions
from xencenter.views.navigation import NavigationPane
from xencenter.views.notifications import Notifications
from xencenter.views.search_selection import navigation_search, only_searches_selected
from xencenter.views.tabs import all_pages
from xencenter.views.tabs.search import SearchPage
from xencenter.views.tree_model import KindRole
from xencenter.views.trust_questions import CertificateQuestions

if TYPE_CHECKING:
    from xencenter.model.cache import ChangeSet
    from xencenter.model.xensearch.search import Search
    from xencenter.operations.context import AppContext
    from xencenter.settings import SavedServer

translate = QCoreApplication.translate

TITLE_STYLE = """
QFrame#titleBand {
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #2f4d6b, stop:1 #1f3449);
    border: none;
}
QFrame#titleBand QLabel { color: #ffffff; background: transparent; }
QFrame#titleBand QLabel#titleUser { color: #c9d8e8; }
QTabWidget#selectionTabs::pane { border: none; border-top: 1px solid palette(mid); }
QTabBar::tab { padding: 5px 14px; }
QToolBar#commands { spacing: 2px; padding: 2px 4px; border-bottom: 1px solid palette(mid); }
QToolBar#commands QToolButton { padding: 3px 6px; }
QStatusBar QLabel { padding: 0 6px; }
"""


class TitleBand(QFrame):
    """XenCenter's dark band over the tabs: the selection's icon and name, and who is logged in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("titleBand")
        self.icon = QLabel(self)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.user = QLabel(self)
        self.user.setObjectName("titleUser")
        self.user.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(self.icon)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.user)

    def show_selection(self, icon_key: str, title: str, user: str) -> None:
        self.icon.setPixmap(icons.icon(icon_key).pixmap(24, 24) if icon_key else icons.app_icon().pixmap(24, 24))
        self.title.setText(title)
        self.user.setText(translate("MainWindow", "Logged in as: {user}").format(user=user) if user else "")


#: The status bar's words for the connection states it counts (``ConnectionState`` values; context ``StatusBar``).
STATE_WORDS = {
    "connecting": QT_TRANSLATE_NOOP("StatusBar", "connecting"),
    "connected": QT_TRANSLATE_NOOP("StatusBar", "connected"),
    "lost": QT_TRANSLATE_NOOP("StatusBar", "lost"),
    "reconnecting": QT_TRANSLATE_NOOP("StatusBar", "reconnecting"),
    "disconnected": QT_TRANSLATE_NOOP("StatusBar", "disconnected"),
}

class MessagePage(QWidget):
    """A page with a heading, a line of text and an optional button: Home, and disconnected servers."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.hide()
        self.button.clicked.connect(self._on_button)
        self._action: QAction | None = None
        self.picture = QLabel(self)
        self.setBackgroundRole(QPalette.ColorRole.Base)  # white, like the property pages
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.setSpacing(14)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_message(self, icon_key: str, heading: str, text: str, button: QAction | None = None) -> None:
        self.picture.setPixmap(icons.icon(icon_key).pixmap(64, 64))
        self.heading.setText(heading)
        self.text.setText(text)
        self.button.setVisible(button is not None)
        if button is not None:
            self.button.setText(button.text().replace("&", "").rstrip("."))
            self.button.setIcon(button.icon())
            self.button.setEnabled(button.isEnabled())
            self._action = button

    def _on_button(self) -> None:
        if self._action is not None:
            self._action.trigger()


class StatusArea(QWidget):
    """The status bar's right side: the running operation with its progress, or the last outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)

    def show_operations(self, running: list[Operation], last: Operation | None) -> None:
        if running:
            op = running[-1]
            self.label.setText(translate("MainWindow", "{operation}… (+{count} more)").format(
                operation=op.description, count=len(running) - 1) if len(running) > 1
                else f"{op.description}…")
            self.bar.setValue(round(op.progress * 100))
            self.bar.show()
            return
        self.bar.hide()
        if last is None:
            self.label.setText("")
        elif last.status is OperationStatus.FAILURE:
            self.label.setText(translate("MainWindow", "{operation} failed: {error}").format(
                operation=last.description, error=last.error))
        else:
            self.label.setText(translate("MainWindow", "{operation}: {status}").format(
                operation=last.description, status=last.status.label.lower()))


class MainWindow(QMainWindow):
    """The application window over an ``AppContext`` (connections, history, commands, settings)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.prompter = context.prompter
        self.commands = context.commands
        self.setWindowTitle(translate("MainWindow", "{app} — Demo (simulated pool)").format(app=APP_NAME)
                            if context.demo else APP_NAME)
        self.setWindowIcon(icons.app_icon())
        self.setStyleSheet(TITLE_STYLE)
        self.resize(1280, 800)

        display = context.settings.options.display
        tree = TreeOptions(default_templates=display.default_templates, user_templates=display.user_templates,
                           local_srs=display.local_srs, hidden_objects=display.hidden_objects)
        self.navigation = NavigationPane(context.connections, tree, parent=self)
        self.navigation.options_changed.connect(self._remember_tree_options)
        self.title_band = TitleBand(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("selectionTabs")
        self.tabs.setDocumentMode(True)
        self.pages = all_pages(context)
        self.search_page = next(p for p in self.pages if isinstance(p, SearchPage))
        self.search_page.object_activated.connect(self.reveal)
        self.search_page.rows_menu_requested.connect(self._on_search_rows_menu)
        self._imported_search: Search | None = None  # shown until the selection changes (XenCenter's DoSearch)
        self.home_page = MessagePage(QT_TRANSLATE_NOOP("Tabs", "Home"))
        self.server_page = MessagePage(QT_TRANSLATE_NOOP("Tabs", "General"))
        self._shown_pages: list[Any] = []  # the tab pages and message pages shown
        self._page_keys: dict[int, list[tuple[int, str]]] = {}  # what each page was last given
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.title_band)
        right_layout.addWidget(self.tabs, 1)
        self.notifications = Notifications(context, self.run_on, self)
        self.notifications.alerts_page.object_activated.connect(self.reveal)
        self.navigation.set_notifications_widget(self.notifications.list)
        self.navigation.notifications_shown.connect(self._on_notifications_shown)
        self.right_stack = QStackedWidget(self)
        self.right_stack.addWidget(right)
        self.right_stack.addWidget(self.notifications.pages)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 980])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.recent_commands: list[str] = []  # run from the palette, most recent first
        self.certificate_questions = CertificateQuestions(context.connections, self)
        self.command_actions = CommandActions(self.commands, self.run_command, self.navigation.selection, self,
                                              context)
        self.actions_by_id: dict[str, QAction] = self.command_actions.actions
        self._make_menus()
        self.toolbar = self.command_actions.make_toolbar(self)
        self.toolbar_actions = self.command_actions.toolbar_actions
        self.addToolBar(self.toolbar)
        self.toolbar_action.toggled.connect(self.toolbar.setVisible)
        message = getattr(context.dialogs, "message", None)  # the window's dialogs report warnings here
        attach_search = getattr(context.dialogs, "attach_search", None)  # the search commands' window side
        if attach_search is not None:
            attach_search(self)
        if message is not None:
            message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.connection_label = QLabel(self)
        self.status_area = StatusArea(self)
        self.statusBar().addWidget(self.connection_label, 1)
        self.statusBar().addPermanentWidget(self.notifications.badge)
        self.statusBar().addPermanentWidget(self.status_area)
        self.notifications.badge.clicked.connect(lambda: self.navigation.set_view("notifications"))

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(30)
        self._refresh_timer.timeout.connect(self._refresh)
        connections = context.connections
        connections.added.connect(self._on_connections_changed)
        connections.removed.connect(self._on_connections_changed)
        connections.state_changed.connect(self._on_connection_state)
        connections.objects_changed.connect(self._on_objects_changed)
        connections.inventory_shown.connect(self._on_inventory_shown)
        self.navigation.model.updated.connect(
            lambda: connections.inventories.tree_shown(self.navigation.model.top_sources()))
        connections.inventories.tree_options = lambda: self.navigation.model.options
        connections.inventories.enable()
        context.history.added.connect(self._on_history)
        context.history.changed.connect(self._on_history)
        self.navigation.selection_changed.connect(self._on_selection_changed)
        self.navigation.context_menu_requested.connect(self._on_context_menu)
        self.navigation.enable_drops(self.commands)
        self.navigation.drop_requested.connect(  # queued: the drag has ended when the confirmation opens
            lambda drop: self.run_on(self.commands[drop.command], drop.objects, **drop.params),
            Qt.ConnectionType.QueuedConnection)
        self.navigation.drag_status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.navigation.activated.connect(self._on_activated)
        self.navigation.model.updated.connect(self._on_tree_updated)
        self._refresh(tabs=True)
        self._update_connection_status()

    # ---- actions ---------------------------------------------------------------------------------------

    def _make_menus(self) -> None:
        """The commands' menus, with the window's own actions after them."""
        quit_action = QAction(QCoreApplication.translate("Menus", "E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        find = QAction(QCoreApplication.translate("Menus", "&Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        self.palette_action = QAction(QCoreApplication.translate("Menus", "Command &Palette..."), self)
        self.palette_action.setShortcuts([QKeySequence("Ctrl+Shift+P"), QKeySequence("Ctrl+K")])
        self.palette_action.triggered.connect(self.open_palette)
        self.toolbar_action = QAction(QCoreApplication.translate("Menus", "&Toolbar"), self)
        self.toolbar_action.setCheckable(True)
        self.toolbar_action.setChecked(True)
        show = QMenu(QCoreApplication.translate("Menus", "&Show"), self)
        show.addActions(list(self.navigation.option_actions.values()))
        about = QAction(QCoreApplication.translate("Menus", "&About"), self)
        about.triggered.connect(self._about)
        extra: dict[str, list[QAction | None]] = {
            "File": [quit_action],
            "View": [*self.navigation.view_actions.actions(), None, show.menuAction(),
                     self.navigation.saved_searches_menu(self).menuAction(), None, find,
                     self.palette_action, self.toolbar_action, self.notifications.desktop_action],
            "Help": [about],
        }
        self.menus = self.command_actions.fill_menubar(self.menuBar(), extra)

    def _remember_tree_options(self, values: dict[str, bool]) -> None:
        options = self.context.settings.options
        for name, on in values.items():
            setattr(options.display, name, on)
        options.save()

    def _find(self) -> None:
        self.navigation.search.setFocus()
        self.navigation.search.selectAll()

    def run_command(self, command: Command, **params: Any) -> list[Operation]:
        """Run a command on the current selection (menus, toolbar, shortcuts, context menus, the palette)."""
        return self.run_on(command, self.navigation.selection(), **params)

    def run_on(self, command: Command, selection: list[Any], **params: Any) -> list[Operation]:
        """Run a command on these objects (the Search tab's rows), with the same checks and words."""
        reason = command.reason(selection)
        if reason:
            self.statusBar().showMessage(f"{words.title(command)}: {reason}", 5000)
            return []
        try:
            return command.run(selection, self.context, **params)
        except ValueError as exc:  # a parameter the command refuses, in its own words
            self.prompter.show_error(translate("MainWindow", "{command} failed").format(
                command=words.title(command)), str(exc))
        return []

    def open_palette(self) -> None:
        from xencenter.views.palette import CommandPalette

        palette = CommandPalette(self.context, self.navigation, self.run_command, self.recent_commands, self)
        palette.show_over(self)
        self.command_palette = palette

    def _refresh_actions(self, selection: Sequence[Any]) -> None:
        self.command_actions.refresh(selection)

    # ---- selection and tabs ----------------------------------------------------------------------------

    @Slot()
    def _on_selection_changed(self) -> None:
        self._imported_search = None
        self._refresh(tabs=True)

    def _schedule_refresh(self) -> None:
        """Commands and title follow the objects' state; batched, since batches come every ~50 ms."""
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @Slot()
    def _refresh(self, tabs: bool = False) -> None:
        selection = self.navigation.selection()
        self._refresh_actions(selection)
        self._update_title(selection)
        if tabs or any(isinstance(obj, ServerItem) for obj in selection):
            self._update_tabs(selection)

    def _update_title(self, selection: Sequence[Any]) -> None:
        indexes = self.navigation.selected_indexes()
        if len(indexes) == 1:
            index = indexes[0]
            from xencenter.views.tree_model import IconKeyRole

            connection = self.context.connections.by_key(self.navigation.model.source_at(index))
            user = connection.user if connection is not None and connection.state is ConnectionState.CONNECTED else ""
            self.title_band.show_selection(index.data(IconKeyRole), index.data() or "", user)
        elif indexes:
            self.title_band.show_selection("", _summary(selection) or translate(
                "MainWindow", "{count} items selected").format(count=len(indexes)), "")
        else:
            self.title_band.show_selection("", APP_NAME, "")

    def _update_tabs(self, selection: Sequence[Any]) -> None:
        objects = self.navigation.tab_selection()
        self.search_page.set_explicit(self._imported_search or navigation_search(self.navigation))
        if only_searches_selected(self.navigation):
            objects = []
            wanted: list[QWidget] = [p for p in self.pages if p.applies_to([])]
        elif len(selection) == 1 and isinstance(selection[0], ServerItem):
            wanted = [self.server_page]
            self._show_server_page(selection[0])
        elif not self.navigation.selected_indexes():
            wanted = [self.home_page, *[p for p in self.pages if p.applies_to([])]]
            self._show_home_page()
        else:
            wanted = [p for p in self.pages if p.applies_to(objects)]
        if self._imported_search is not None and self.search_page not in wanted:
            wanted.append(self.search_page)
        keys = [(id(obj.cache), obj.ref) for obj in objects]
        for page in wanted:
            if page not in (self.home_page, self.server_page) and self._page_keys.get(id(page)) != keys:
                self._page_keys[id(page)] = keys
                page.set_selection(objects)  # type: ignore[attr-defined]
        if wanted != self._shown_pages:
            self._set_tab_pages(wanted)
            self._shown_pages = wanted

    def _set_tab_pages(self, wanted: list[Any]) -> None:
        """Show ``wanted`` as the tabs, keeping the current page when it is still wanted.

        Only wanted pages ever become current: removing the current tab makes its neighbour current, and
        a page shown that way refreshes for its old selection (selecting a VM after the pool rebuilt the
        pool's Memory and Search pages, 0.8 s and 30 MB at 5,000 VMs). So the missing pages are inserted
        first, the new current page is chosen, and only then the unwanted (hidden) tabs are removed.
        """
        tabs = self.tabs
        tabs.blockSignals(True)
        previous: Any = None
        for page in wanted:
            if tabs.indexOf(page) < 0:
                tabs.insertTab(tabs.indexOf(previous) + 1 if previous is not None else 0, page,
                               QCoreApplication.translate("Tabs", page.title))
            previous = page
        if wanted and tabs.currentWidget() not in wanted:
            tabs.setCurrentWidget(wanted[0])
        for index in reversed(range(tabs.count())):
            if tabs.widget(index) not in wanted and index != tabs.currentIndex():
                tabs.removeTab(index)
        if tabs.count() > len(wanted):  # nothing wanted: the current tab goes last
            tabs.removeTab(tabs.currentIndex())
        tabs.blockSignals(False)

    def _show_home_page(self) -> None:
        if len(self.context.connections):
            text = (translate("MainWindow", "Select a pool, server, VM or storage repository in the tree on the left to see its "
                    "properties here. Right-click it for what you can do with it."))
        else:
            text = translate("MainWindow", "Add a XenServer or XCP-ng server to manage its pool, servers, VMs and storage.")
        self.home_page.show_message("pool", translate("MainWindow", "Welcome to {app}").format(app=APP_NAME), text,
                                    self.actions_by_id["server.add"])

    def _show_server_page(self, item: ServerItem) -> None:
        connection = item.connection
        state = connection.state
        if state in (ConnectionState.CONNECTING, ConnectionState.RECONNECTING):
            self.server_page.show_message("connection:connecting", item.name, connection.reason)
        else:
            reason = connection.reason
            text = translate("MainWindow", "Not connected.") if reason in ("Disconnected", "Not connected") else translate(
                "MainWindow", "Not connected: {reason}").format(reason=reason)
            self.server_page.show_message("connection:disconnected", item.name, text,
                                          self.actions_by_id["server.reconnect"])

    # ---- searches ----------------------------------------------------------------------------------------

    def current_search(self) -> Search:
        """What the Search tab shows (the search commands act on it when given none)."""
        return self.search_page.current_search()

    def show_search(self, search: Search) -> None:
        """Show a search's results (an imported one) until the selection changes."""
        self._imported_search = search
        self._update_tabs(self.navigation.selection())
        self.tabs.setCurrentWidget(self.search_page)

    def reveal(self, obj: Any) -> None:
        """Select an object of the results in the tree (the Infrastructure view when this view lacks it)."""
        connection = self.context.connections.connection_of(obj)
        source = self.context.connections.key(connection) if connection is not None else None
        if self.navigation.showing_notifications:  # an alert's object: back to the tree it is in
            self.navigation.set_view(self.navigation.model.view)
        if self.navigation.select_object(source, obj.ref):
            return
        self.navigation.set_view("infrastructure")
        model = self.navigation.model

        def select() -> None:
            model.updated.disconnect(select)
            self.navigation.select_object(source, obj.ref)
        model.updated.connect(select)

    # ---- context menu ----------------------------------------------------------------------------------

    def _on_context_menu(self, position: Any) -> None:
        menu = self.context_menu()
        if not menu.isEmpty():
            menu.popup(position)
        self._context_menu = menu  # kept alive while it shows

    def _on_search_rows_menu(self, objects: list[Any], position: Any) -> None:
        menu = self.search_rows_menu(objects)
        if not menu.isEmpty():
            menu.popup(position)
        self._context_menu = menu  # kept alive while it shows

    def search_rows_menu(self, objects: list[Any]) -> QMenu:
        """The Search tab's context menu: the commands about the rows' objects, run on them."""
        return self.command_actions.menu_for(objects, self, self.run_on)

    def context_menu(self) -> QMenu:
        """The tree's context menu for the current selection: the commands about what is selected."""
        selection = self.navigation.selection()
        menu = self.command_actions.context_menu(selection if self.navigation.selected_indexes() else [], self)
        if selection and any(i.data(KindRole) in ("pool", "host", "connection")
                             for i in self.navigation.selected_indexes()):
            menu.addSeparator()
            expand = menu.addAction(translate("MainWindow", "E&xpand All"))
            expand.triggered.connect(self._expand_selected)
        return menu

    def _expand_selected(self) -> None:
        for index in self.navigation.selected_indexes():
            self.navigation.tree.expandRecursively(index)

    def _on_activated(self) -> None:
        """Double-click / Enter: connect a disconnected server, otherwise open the properties."""
        selection = self.navigation.selection()
        for command_id in ("server.reconnect", "vm.properties"):
            command = self.commands[command_id]
            if command.can_run(selection):
                self.run_command(command)
                return

    # ---- connections -----------------------------------------------------------------------------------

    @Slot(object)
    def _on_notifications_shown(self, shown: bool) -> None:
        self.right_stack.setCurrentIndex(1 if shown else 0)

    def _on_connections_changed(self, _: Any = None) -> None:
        self.notifications.alerts_page.refresh()
        self.notifications.events_page.refresh()
        self.navigation.model.rebuild()
        self._update_connection_status()
        self._refresh(tabs=True)

    @Slot(object, object, str)
    def _on_connection_state(self, connection: Connection, state: ConnectionState, reason: str) -> None:
        self.navigation.model.rebuild()
        self._update_connection_status()
        self._schedule_refresh()

    def _on_inventory_shown(self, connection: Connection, records: bool) -> None:
        """A last known inventory: its tree (rebuild), then its records (the Infrastructure view already
        shows their tree; the other views and the selection's tabs read them)."""
        if not records or self.navigation.model.view != "infrastructure":
            self.navigation.model.rebuild()
        self._update_connection_status()
        self._schedule_refresh()

    @Slot(object, object)
    def _on_objects_changed(self, connection: Connection, changes: ChangeSet) -> None:
        self.navigation.model.on_objects_changed(changes)
        for page in self.pages:
            page.on_changes(changes)
        self.notifications.alerts_page.on_changes(changes, self.context.connections.key(connection))
        self.notifications.events_page.on_changes(changes)
        self._schedule_refresh()

    @Slot()
    def _on_tree_updated(self) -> None:
        model = self.navigation.model
        if not self.navigation.selected_indexes() and model.rowCount() and not self._initial_selection_done:
            self._initial_selection_done = True
            self.navigation.tree.setCurrentIndex(model.index(0, 0))
        self._schedule_refresh()

    _initial_selection_done = False

    def _update_connection_status(self) -> None:
        connections = list(self.context.connections)
        label = self.context.connections.label
        translate = QCoreApplication.translate
        if not connections:
            text = translate("StatusBar", "No servers: use Server > Add Server to connect to one.")
        elif len(connections) == 1:
            c = connections[0]
            text = {
                ConnectionState.CONNECTED: translate("StatusBar", "Connected to {server} as {user}").format(
                    server=label(c), user=c.user),
                ConnectionState.DISCONNECTED: f"{label(c)}: {words.reason(c.reason)}",
            }.get(c.state, words.reason(c.reason))
        else:
            counts: dict[str, int] = {}
            for c in connections:
                counts[c.state.value] = counts.get(c.state.value, 0) + 1
            count = len(connections)  # a name, not a call: lupdate reads only simple arguments
            text = translate("StatusBar", "%n servers: ", None, count) + translate("StatusBar", ", ").join(
                f"{n} {translate('StatusBar', STATE_WORDS.get(s, s))}" for s, n in sorted(counts.items()))
        inventories = self.context.connections.inventories
        stale = [saved for c in connections if (saved := inventories.stale_since(c)) is not None]
        if stale:
            shown = len(stale)
            when = time.strftime("%H:%M", time.localtime(min(stale)))
            text += (translate("StatusBar", " — showing the last known inventory (saved {time})").format(time=when)
                     if len(connections) == 1 else
                     translate("StatusBar", " — %n shown from their last known inventory", None, shown))
        self.connection_label.setText(text)

    def connect_server(self, connection: Connection | None, server: SavedServer | None = None) -> None:
        """Open Add Server (prefilled for a known, disconnected server, or with ``server``)."""
        self.context.dialogs.add_server(self.context, connection, server)

    # ---- history -----------------------------------------------------------------------------------------

    @Slot(object)
    def _on_history(self, _: Operation) -> None:
        operations = self.context.history.operations()
        running = [op for op in operations if not op.status.finished]
        finished = [op for op in operations if op.status.finished]
        last = max(finished, key=lambda op: op.finished or 0.0) if finished else None
        self.status_area.show_operations(running, last)

    # ---- window ----------------------------------------------------------------------------------------

    def _about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About {app}").format(app=APP_NAME),
                          translate("MainWindow", "<b>{app}</b> {version}<br>A cross-platform console for XenServer "
                                    "and XCP-ng pools.<br>GPL-3.0-or-later.").format(app=APP_NAME,
                                                                                     version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        """Log out of every server (bounded wait) so xapi's session table never fills up."""
        self.context.connections.shutdown(5.0)
        super().closeEvent(event)


def _summary(selection: Sequence[Any]) -> str:
    """``3 VMs, 1 server`` for a multi-selection."""
    counts: dict[str, int] = {}
    for obj in selection:
        kind = kind_of(obj)
        counts[kind] = counts.get(kind, 0) + 1
    parts = []
    for kind in sorted(counts, key=natural_key):
        one, many = KIND_WORDS.get(kind, (kind, kind + "s"))
        parts.append(f"{counts[kind]} {translate('Kinds', one if counts[kind] == 1 else many)}")
    return translate("MainWindow", "{objects} selected").format(objects=", ".join(parts)) if parts else ""
