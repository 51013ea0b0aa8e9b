"""Notifications > Alerts: every alert of every connection, live, as XenCenter's Alerts page shows them.

Rows come from ``model/alerts.py`` (words, filters, sorts, CSV); this page only lays them out. Filters by
severity, server and date, a search box, sort by any column (newest first at the start), details of the
current alert below the list, Dismiss / Dismiss All / Copy / Export All, and double-click (or "Go to") to
select the alert's object in the tree. ``new_alerts`` fires for alerts that arrive while connected (not those
already there at login), for the window's desktop notifications.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.alerts import SEVERITIES, Alert, AlertFilter, alerts_of, csv_line, csv_text, sort_alerts
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.table_model import FlatTableModel, Index
from xencenter.views.tabs.widgets import TABLE_STYLE

if TYPE_CHECKING:
    from collections.abc import Callable

    from xencenter.model.cache import ChangeSet
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("Tabs", "Severity"), QT_TRANSLATE_NOOP("Tabs", "Message"), QT_TRANSLATE_NOOP("Tabs", "Location"), QT_TRANSLATE_NOOP("Tabs", "Date"))
SORT_COLUMNS = ("severity", "message", "location", "date")
#: Severity colours, most urgent first (XenCenter's alert1..alert5 icons are red, orange, yellow, blue, grey).
COLORS = {1: "#d32f2f", 2: "#f57c00", 3: "#f9c10b", 4: "#1e88e5", 5: "#78909c", 0: "#bdbdbd"}
DATES = ((QT_TRANSLATE_NOOP("Tabs", "All dates"), None), (QT_TRANSLATE_NOOP("Tabs", "Last 24 Hours"), 1), (QT_TRANSLATE_NOOP("Tabs", "Last 3 Days"), 3), (QT_TRANSLATE_NOOP("Tabs", "Last 7 Days"), 7), (QT_TRANSLATE_NOOP("Tabs", "Last 30 Days"), 30))
ALERT_ROLE = Qt.ItemDataRole.UserRole + 1


def severity_icon(priority: int) -> QIcon:
    """A round badge with the priority's number, in its colour."""
    result = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(COLORS.get(priority, COLORS[0])))
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        font = QFont()
        font.setPixelSize(int(size * 0.62))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#202020" if priority == 3 else "white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, str(priority) if priority else "?")
        painter.end()
        result.addPixmap(pixmap)
    return result


class AlertsModel(FlatTableModel):
    """The shown alerts, in the order chosen."""

    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.alerts: list[Alert] = []
        self._icons = {p: severity_icon(p) for p in SEVERITIES}

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.beginResetModel()
        self.alerts = alerts
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.alerts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        alert = self.alerts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (alert.severity, alert.title, alert.applies_to, alert.date)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icons[alert.priority]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return alert.body
        if role == ALERT_ROLE:
            return alert
        return None


class AlertsPage(QWidget):
    """See the module docstring."""

    object_activated = Signal(object)
    new_alerts = Signal(list)
    count_changed = Signal(int)

    def __init__(self, context: AppContext, run_on: Callable[..., Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._run_on = run_on
        self.sort_column, self.descending = "date", True
        self.filter = AlertFilter()
        self._all: list[Alert] = []
        self._seen: dict[str, set[str]] = {}  # source -> message refs already known
        self._by_source: dict[str, list[Alert]] = {}
        self._dirty: set[str] | None = set()  # sources whose messages changed since the refresh; None: all
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(100)
        self._refresh_timer.timeout.connect(self._refresh_changed)

        self.severity_button = self._filter_button(translate("AlertsPage", "Filter by Severity"))
        self.severity_actions: dict[int, QAction] = {}
        for priority, (name, detail) in SEVERITIES.items():
            action = self.severity_button.menu().addAction(severity_icon(priority),
                                                               f"{translate('Alerts', name)} — {translate('Alerts', detail)}")
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._on_filters)
            self.severity_actions[priority] = action
        self.server_button = self._filter_button(translate("AlertsPage", "Filter by Server"))
        self.server_button.menu().aboutToShow.connect(self._fill_servers)
        self._hidden_servers: set[str] = set()
        self.date_button = self._filter_button(translate("AlertsPage", "Filter by Date"))
        self.date_group = QActionGroup(self)
        for label, days in DATES:
            action = self.date_button.menu().addAction(translate("Tabs", label))
            action.setCheckable(True)
            action.setChecked(days is None)
            action.setData(days)
            self.date_group.addAction(action)
        self.date_group.triggered.connect(self._on_filters)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("AlertsPage", "Search alerts"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_filters)
        self.dismiss_all_button = QPushButton(translate("AlertsPage", "Dismiss All"), self)
        self.dismiss_all_button.clicked.connect(self.dismiss_all)
        self.dismiss_button = QPushButton(translate("AlertsPage", "Dismiss Selected"), self)
        self.dismiss_button.clicked.connect(lambda: self.dismiss(self.selected()))
        self.export_button = QPushButton(translate("AlertsPage", "Export All..."), self)
        self.export_button.clicked.connect(self._on_export)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 6)
        for widget in (self.severity_button, self.server_button, self.date_button):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        for button in (self.dismiss_all_button, self.dismiss_button, self.export_button):
            bar.addWidget(button)

        self.model = AlertsModel(self)
        self.table = QTreeView(self)
        self.table.setObjectName("alertsTable")
        self.table.setStyleSheet(TABLE_STYLE)
        self.table.setModel(self.model)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(False)
        header = self.table.header()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._on_header)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 150), (3, 170)):
            header.resizeSection(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_menu)
        self.table.doubleClicked.connect(lambda index: self._go_to(self.model.alerts[index.row()]))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.details = QTextBrowser(self)
        self.details.setObjectName("alertDetails")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(lambda _: self._go_to_current())
        self.count_label = QLabel(self)
        self.count_label.setContentsMargins(8, 2, 8, 4)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        heading = QLabel(translate("AlertsPage", "Alerts"), self)
        heading.setObjectName("alertsHeading")
        heading.setStyleSheet("font-size: 15px; font-weight: bold; padding: 8px 8px 0 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        self.refresh()

    def _filter_button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMenu(QMenu(text, button))
        return button

    # ---- data ------------------------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet, source: str | None = None) -> None:
        """Called with each batch of cache changes (of ``source``'s cache; None: any); only messages matter."""
        if changes.touches(("message",)):
            if source is None:
                self._dirty = None
            elif self._dirty is not None:
                self._dirty.add(source)
            self._refresh_timer.start()

    def _refresh_changed(self) -> None:
        dirty, self._dirty = self._dirty, set()
        self.refresh(dirty)

    def refresh(self, only: set[str] | None = None) -> None:
        """Read every server's alerts again, or only those of the servers in ``only`` (the ones whose messages
        changed: twenty pools logging in one after another would otherwise parse every pool's messages twenty
        times)."""
        from xencenter.operations.connections import ConnectionManager

        arrived: list[Alert] = []
        by_source: dict[str, list[Alert]] = {}
        for connection in self.context.connections:
            source = ConnectionManager.key(connection)
            if only is not None and source not in only and source in self._by_source:
                by_source[source] = self._by_source[source]
                continue
            alerts = by_source[source] = alerts_of(connection.cache, source)
            seen = self._seen.get(source)
            if seen is not None:
                arrived += [a for a in alerts if a.ref not in seen]
            if alerts or seen is not None:
                self._seen[source] = {a.ref for a in alerts}
        self._by_source = by_source
        self._all = [alert for alerts in by_source.values() for alert in alerts]
        self._show()
        self.count_changed.emit(len(self._all))
        if arrived:
            self.new_alerts.emit(arrived)

    def _show(self) -> None:
        chosen = {a.uuid for a in self.selected()}
        shown = sort_alerts((a for a in self._all if self.filter.matches(a)), self.sort_column, self.descending)
        self.model.set_alerts(shown)
        selection = self.table.selectionModel()
        for row, alert in enumerate(shown):
            if alert.uuid in chosen:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        found = translate("AlertsPage", "Alerts found: {count}").format(count=len(shown)) if self.filter.active else ""
        total = translate("AlertsPage", "Total alerts: {count}").format(count=len(self._all))
        self.count_label.setText("    ".join(t for t in (found, total) if t))
        self.dismiss_all_button.setEnabled(bool(self._all))
        self.export_button.setEnabled(bool(self._all))
        self._on_selection()

    def _on_filters(self, *_: Any) -> None:
        days = self.date_group.checkedAction().data() if self.date_group.checkedAction() else None
        since = datetime.now(timezone.utc) - timedelta(days=days) if days else None
        priorities = frozenset(p for p, a in self.severity_actions.items() if a.isChecked())
        from xencenter.operations.connections import ConnectionManager

        servers = frozenset(k for c in self.context.connections
                            if (k := ConnectionManager.key(c)) not in self._hidden_servers)
        self.filter = AlertFilter(
            priorities=frozenset() if len(priorities) == len(SEVERITIES) else priorities,
            servers=servers if self._hidden_servers else frozenset(), since=since, text=self.search.text())
        self._show()

    def _fill_servers(self) -> None:
        from xencenter.operations.connections import ConnectionManager

        menu = self.server_button.menu()
        menu.clear()
        for connection in self.context.connections:
            key = ConnectionManager.key(connection)
            action = menu.addAction(self.context.connections.label(connection))
            action.setCheckable(True)
            action.setChecked(key not in self._hidden_servers)
            action.toggled.connect(lambda on, key=key: self._toggle_server(key, on))

    def _toggle_server(self, key: str, on: bool) -> None:
        (self._hidden_servers.discard if on else self._hidden_servers.add)(key)
        self._on_filters()

    def _on_header(self, column: int) -> None:
        name = SORT_COLUMNS[column]
        self.descending = not self.descending if name == self.sort_column else name == "date"
        self.sort_column = name
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        self.table.header().setSortIndicator(column, order)
        self._show()

    # ---- selection and actions -------------------------------------------------------------------------

    def selected(self) -> list[Alert]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.alerts[r] for r in rows if r < len(self.model.alerts)]

    def _on_selection(self, *_: Any) -> None:
        chosen = self.selected()
        self.dismiss_button.setEnabled(bool(chosen))
        if not chosen:
            self.details.setHtml(translate("AlertsPage", "<p style='color:gray'>Select an alert to read it.</p>"))
            return
        alert = chosen[0]
        body = alert.body.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
        target = f"<a href='go'>{alert.object_name}</a>" if alert.object_ref else alert.object_name
        self.details.setHtml(
            f"<p><b>{alert.title}</b></p><p>{body}</p>"
            f"<p style='color:gray'>{alert.severity} · {alert.date} · {alert.applies_to}"
            f"{' · ' + target if target else ''}</p>")

    def _object(self, alert: Alert) -> Any:
        from xencenter.operations.connections import ConnectionManager

        connection = next((c for c in self.context.connections if ConnectionManager.key(c) == alert.source), None)
        if connection is None:
            return None, None
        message = connection.cache.get("message", alert.ref)
        target = connection.cache.get(_CACHE_CLASSES.get(alert.object_cls, alert.object_cls), alert.object_ref) \
            if alert.object_ref else None
        return message, target

    def _go_to(self, alert: Alert) -> None:
        target = self._object(alert)[1]
        if target is not None:
            self.object_activated.emit(target)

    def _go_to_current(self) -> None:
        chosen = self.selected()
        if chosen:
            self._go_to(chosen[0])

    def dismiss(self, alerts: list[Alert]) -> None:
        messages = [m for a in alerts if (m := self._object(a)[0]) is not None]
        if messages:
            self._run_on(self.context.commands["alert.dismiss"], messages)

    def dismiss_all(self) -> None:
        if self.filter.active:
            visible = list(self.model.alerts)
            if not self.context.prompter.confirm(
                    translate("AlertsPage", "Dismiss Alerts"),
                    translate("AlertsPage", "You have applied filters to the list of alerts. Only the alerts you have "
                              "chosen to view ({count}) will be dismissed; they will be removed from the servers "
                              "permanently.").format(count=len(visible)),
                    ok=translate("AlertsPage", "Dismiss Visible"), danger=True):
                return
            self.dismiss(visible)
            return
        self._run_on(self.context.commands["alert.dismiss-all"], [])

    def _on_menu(self, position: QPoint) -> None:
        chosen = self.selected()
        if not chosen:
            return
        menu = QMenu(self)
        menu.addAction(translate("AlertsPage", "Go to Object"), lambda: self._go_to(chosen[0])).setEnabled(chosen[0].object_ref is not None)
        menu.addAction(translate("AlertsPage", "Copy"), lambda: QApplication.clipboard().setText("\n".join(map(csv_line, chosen))))
        menu.addSeparator()
        menu.addAction(translate("AlertsPage", "Dismiss"), lambda: self.dismiss(chosen))
        self._menu = menu  # kept alive while it shows
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("AlertsPage", "Export All"), str(Path.home() / "alerts.csv"),
                                              translate("AlertsPage", "Comma separated values (*.csv);;All files (*)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write the shown alerts (all of them when no filter is set) in XenCenter's CSV."""
        try:
            path.write_text(csv_text(self.model.alerts), encoding="utf-8")
        except OSError as exc:
            self.context.prompter.show_error(translate("AlertsPage", "Export All"), translate(
                "AlertsPage", "The alerts could not be saved to {path}: {error}.").format(path=path,
                                                                                         error=exc.strerror or exc))


_CACHE_CLASSES = {"Host": "host", "Pool": "pool"}
