"""The window's Notifications: the list that replaces the tree (Alerts, Events), their pages, the alert
count in the status bar, and desktop notifications for new Critical and Major alerts.

XenCenter's words: "Alerts (N)" and "Events" in the list, "Notifications (N)" on the button. Desktop
notifications use the system tray (freedesktop notifications on Linux, Notification Center on macOS) when
the platform has one; the View menu's "Desktop Notifications" turns them off (saved in options.json).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from xencenter.views import icons
from xencenter.views.alerts_page import AlertsPage
from xencenter.views.tabs.events import EventsPage

if TYPE_CHECKING:
    from collections.abc import Callable

    from xencenter.model.alerts import Alert
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate

#: At most this many alerts are announced one by one; more arrive as one summary.
ANNOUNCE_LIMIT = 3


class Notifications(QObject):
    """See the module docstring; ``list`` goes in the navigation pane, ``pages`` on the right."""

    def __init__(self, context: AppContext, run_on: Callable[..., Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.list = QListWidget(parent)
        self.list.setObjectName("notificationsList")
        self.list.setIconSize(icons.icon("alert").availableSizes()[0])
        self.alerts_item = QListWidgetItem(icons.icon("alert"), translate("Notifications", "Alerts"))
        self.events_item = QListWidgetItem(icons.action_icon("properties"), translate("Notifications", "Events"))
        self.list.addItem(self.alerts_item)
        self.list.addItem(self.events_item)
        self.alerts_page = AlertsPage(context, run_on, parent)
        self.events_page = EventsPage(context, parent, whole=True)
        self.pages = QStackedWidget(parent)
        self.pages.addWidget(self.alerts_page)
        self.pages.addWidget(self.events_page)
        self.list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.list.setCurrentRow(0)
        self.badge = QToolButton(parent)
        self.badge.setObjectName("alertsBadge")
        self.badge.setAutoRaise(True)
        self.badge.setIcon(icons.icon("alert"))
        self.badge.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.badge.setToolTip(translate("Notifications", "Show the alerts"))
        self.desktop_action = QAction(QCoreApplication.translate("Menus", "&Desktop Notifications"), parent)
        self.desktop_action.setCheckable(True)
        self.desktop_action.setChecked(context.settings.options.notifications.desktop)
        self.desktop_action.toggled.connect(self._on_desktop_toggled)
        self.tray: QSystemTrayIcon | None = None
        self.announced: list[tuple[str, str]] = []  # (title, text) shown, for tests and the log
        self.alerts_page.count_changed.connect(self._on_count)
        self.alerts_page.new_alerts.connect(self._announce)
        self._on_count(len(self.alerts_page.model.alerts))

    def show_alerts(self) -> None:
        self.list.setCurrentItem(self.alerts_item)

    def _on_count(self, count: int) -> None:
        self.alerts_item.setText(translate("Notifications", "Alerts ({count})").format(count=count) if count
                                 else translate("Notifications", "Alerts"))
        self.badge.setText(translate("Notifications", "1 alert") if count == 1 else translate(
            "Notifications", "{count} alerts").format(count=count))
        self.badge.setVisible(count > 0)

    def _on_desktop_toggled(self, on: bool) -> None:
        options = self.context.settings.options
        options.notifications.desktop = on
        options.save()

    def _announce(self, alerts: list[Alert]) -> None:
        urgent = [a for a in alerts if a.priority in (1, 2)]
        if not urgent or not self.desktop_action.isChecked():
            return
        if len(urgent) > ANNOUNCE_LIMIT:
            messages = [(translate("Notifications", "{count} new alerts").format(count=len(urgent)),
                         "; ".join(a.title for a in urgent[:ANNOUNCE_LIMIT]) + "...")]
        else:
            messages = [(f"{a.severity}: {a.title}", a.body) for a in urgent]
        self.announced += messages
        tray = self._tray()
        for title, text in messages:
            if tray is not None:
                tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 10000)

    def _tray(self) -> QSystemTrayIcon | None:
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icons.app_icon(), self)
            self.tray.setToolTip(translate("Notifications", "XenCenter alerts"))
            self.tray.messageClicked.connect(self.show_alerts)
            self.tray.show()
        return self.tray
