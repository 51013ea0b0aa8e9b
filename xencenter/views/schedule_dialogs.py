"""Snapshot schedules in the window: Pool > VM Snapshot Schedules (XenCenter's list, with New, Take Snapshots
Now, Enable, Disable and Delete run as commands on the chosen schedule); New runs ``vmss.new``, whose wizard is
``views/wizards/vmss.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from xencenter.model.naming import natural_key
from xencenter.model.snapshot_schedules import row
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views import words

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.views.main_window import MainWindow

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("ScheduleDialogs", "Name"), QT_TRANSLATE_NOOP("ScheduleDialogs", "Status"), QT_TRANSLATE_NOOP("ScheduleDialogs", "VMs"), QT_TRANSLATE_NOOP("ScheduleDialogs", "Schedule"), QT_TRANSLATE_NOOP("ScheduleDialogs", "Snapshot type"), QT_TRANSLATE_NOOP("ScheduleDialogs", "Last run"))
#: the list's buttons: (command id, button text)
ACTIONS = (("vmss.snapshot-now", QT_TRANSLATE_NOOP("ScheduleDialogs", "Take Snapshots &Now")), ("vmss.enable", QT_TRANSLATE_NOOP("ScheduleDialogs", "&Enable")), ("vmss.disable", QT_TRANSLATE_NOOP("ScheduleDialogs", "D&isable")),
           ("vmss.delete", QT_TRANSLATE_NOOP("ScheduleDialogs", "&Delete")))


class SchedulesDialog(QDialog):
    def __init__(self, window: MainWindow, cache: ObjectCache) -> None:
        super().__init__(window)
        self.window_, self.cache = window, cache
        pool = cache.pool()
        self.setWindowTitle(translate("ScheduleDialogs", "VM Snapshot Schedules — {pool}").format(
            pool=pool.name) if pool is not None and pool.name else translate("ScheduleDialogs", "VM Snapshot Schedules"))
        self.resize(860, 380)
        self.table = QTreeWidget(self)
        self.table.setHeaderLabels([translate("ScheduleDialogs", c) for c in COLUMNS])
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._enable)
        self.empty = QLabel(translate("ScheduleDialogs", "This pool has no snapshot schedules. New... makes one."), self)
        new = QPushButton(translate("ScheduleDialogs", "&New..."), self)
        new.clicked.connect(self._new)
        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        side.addWidget(new)
        for command_id, text in ACTIONS:
            button = QPushButton(translate("ScheduleDialogs", text), self)
            button.clicked.connect(lambda _=False, c=command_id: self._run(c))
            self.buttons[command_id] = button
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.empty)
        body.addLayout(left, 1)
        body.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self._shown: list[tuple[str, tuple[str, str, str, str, str, str]]] | None = None  # nothing shown yet
        self._timer = QTimer(self)  # the cache changes under us (events): read it again, cheaply
        self._timer.timeout.connect(self.refresh)
        self._timer.start(500)
        self.refresh()

    def policies(self) -> list[Any]:
        return sorted(self.cache.all("VMSS"), key=lambda p: natural_key(p.name))

    def refresh(self) -> None:
        shown = [(str(p.ref), row(p)) for p in self.policies()]
        if shown == self._shown:
            return
        chosen = self.chosen()
        self._shown = shown
        self.table.clear()
        for ref, values in shown:
            item = QTreeWidgetItem(self.table, list(values))
            item.setData(0, 256, ref)
            if chosen is not None and ref == chosen.ref:
                item.setSelected(True)
        for column in range(len(COLUMNS)):
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not shown)
        self._enable()

    def chosen(self) -> Any:
        items = self.table.selectedItems()
        return self.cache.get("VMSS", items[0].data(0, 256)) if items else None

    def _enable(self) -> None:
        policy = self.chosen()
        for command_id, button in self.buttons.items():
            command = self.window_.commands[command_id]
            reason = command.reason([policy]) if policy is not None else translate("ScheduleDialogs", "Select a snapshot schedule.")
            button.setEnabled(not reason)
            button.setToolTip(str(reason) or words.help_text(command))

    def _run(self, command_id: str) -> None:
        policy = self.chosen()
        if policy is not None:
            self.window_.run_on(self.window_.commands[command_id], [policy])

    def _new(self) -> None:
        self.window_.run_on(self.window_.commands["vmss.new"], [self.cache.pool()])
