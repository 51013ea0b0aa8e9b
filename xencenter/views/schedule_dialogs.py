"""Snapshot schedules in the window: Pool > VM Snapshot Schedules (XenCenter's list, with New, Take Snapshots
Now, Enable, Disable and Delete run as commands on the chosen schedule) and the New Snapshot Schedule dialog,
whose answer is ``vmss.new``'s parameters (checked by ``model.snapshot_schedules`` as the command line is)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.naming import natural_key
from xencenter.model.snapshot_schedules import DAYS, MINUTES, row, schedule_record
from xencenter.views.tabs.widgets import WARNING_RED

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VM
    from xencenter.views.main_window import MainWindow

COLUMNS = ("Name", "Status", "VMs", "Schedule", "Snapshot type", "Last run")
#: the list's buttons: (command id, button text)
ACTIONS = (("vmss.snapshot-now", "Take Snapshots &Now"), ("vmss.enable", "&Enable"), ("vmss.disable", "D&isable"),
           ("vmss.delete", "&Delete"))


class SchedulesDialog(QDialog):
    def __init__(self, window: MainWindow, cache: ObjectCache) -> None:
        super().__init__(window)
        self.window_, self.cache = window, cache
        pool = cache.pool()
        self.setWindowTitle(f"VM Snapshot Schedules — {pool.name if pool is not None else ''}".rstrip(" —"))
        self.resize(860, 380)
        self.table = QTreeWidget(self)
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._enable)
        self.empty = QLabel("This pool has no snapshot schedules. New... makes one.", self)
        new = QPushButton("&New...", self)
        new.clicked.connect(self._new)
        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        side.addWidget(new)
        for command_id, text in ACTIONS:
            button = QPushButton(text, self)
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
            reason = command.reason([policy]) if policy is not None else "Select a snapshot schedule."
            button.setEnabled(not reason)
            button.setToolTip(str(reason) or command.help)

    def _run(self, command_id: str) -> None:
        policy = self.chosen()
        if policy is not None:
            self.window_.run_on(self.window_.commands[command_id], [policy])

    def _new(self) -> None:
        self.window_.run_on(self.window_.commands["vmss.new"], [self.cache.pool()])


class NewScheduleDialog(QDialog):
    def __init__(self, cache: ObjectCache, vms: list[VM], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New Snapshot Schedule")
        self.name = QLineEdit()
        self.description = QLineEdit()
        self.vms = QListWidget()
        ticked = {vm.ref for vm in vms}
        for vm in sorted((v for v in cache.all("VM") if v.is_real_vm), key=lambda v: natural_key(v.name)):
            item = QListWidgetItem(vm.name, self.vms)
            item.setData(256, vm.ref)
            item.setCheckState(_checked(vm.ref in ticked))
        self._cache = cache
        self.disks = QRadioButton("Take &disk snapshots")
        self.memory = QRadioButton("Take disk and &memory snapshots (running VMs)")
        self.disks.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.disks)
        kinds.addButton(self.memory)
        self.frequency = QComboBox()
        for value, text in (("hourly", "Hourly"), ("daily", "Daily"), ("weekly", "Weekly")):
            self.frequency.addItem(text, value)
        self.frequency.setCurrentIndex(1)
        self.hour = QSpinBox()
        self.hour.setRange(0, 23)
        self.minute = QComboBox()
        for minute in MINUTES:
            self.minute.addItem(f"{int(minute):02d}", minute)
        self.days = {day: QCheckBox(day[:3]) for day in DAYS}
        days_row = QWidget()
        days_layout = QGridLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        for number, box in enumerate(self.days.values()):
            days_layout.addWidget(box, 0, number)
        self.days_row = days_row
        self.keep = QSpinBox()
        self.keep.setRange(1, 10)
        self.keep.setValue(7)
        self.keep.setMaximumWidth(90)
        self.hour.setMinimumWidth(64)
        self.now = QCheckBox("Take the first snapshots &now")
        time_row = QHBoxLayout()
        time_row.addWidget(self.hour)
        time_row.addWidget(QLabel(":"))
        time_row.addWidget(self.minute)
        time_row.addWidget(QLabel("(the server's time)"))
        time_row.addStretch(1)
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Description:", self.description)
        form.addRow("&VMs:", self.vms)
        form.addRow("Snapshot type:", self.disks)
        form.addRow("", self.memory)
        form.addRow("&Frequency:", self.frequency)
        form.addRow("At:", time_row)
        form.addRow("Days:", days_row)
        form.addRow("&Keep:", self.keep)
        form.addRow("", self.now)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {WARNING_RED};")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Create")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.frequency.currentIndexChanged.connect(self._follow_frequency)
        self._follow_frequency()

    def _follow_frequency(self) -> None:
        frequency = self.frequency.currentData()
        self.hour.setEnabled(frequency != "hourly")
        self.days_row.setEnabled(frequency == "weekly")

    def answer(self) -> dict[str, Any]:
        refs = [self.vms.item(i).data(256) for i in range(self.vms.count())
                if self.vms.item(i).checkState() == _checked(True)]
        return {"name": self.name.text().strip(), "description": self.description.text().strip(),
                "vm": [self._cache.get("VM", ref) for ref in refs],
                "type": "checkpoint" if self.memory.isChecked() else "snapshot",
                "frequency": self.frequency.currentData(), "hour": self.hour.value(),
                "minute": self.minute.currentData(), "day": [d for d, box in self.days.items() if box.isChecked()],
                "keep": self.keep.value(), "now": self.now.isChecked()}

    def accept(self) -> None:
        try:
            schedule_record(self.answer())
        except ValueError as e:
            self.error.setText(str(e).replace(" (--name)", "").replace(" (--day)", ""))
            self.error.show()
            return
        super().accept()


def _checked(on: bool) -> Any:
    from PySide6.QtCore import Qt

    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
