"""Move VM Storage: which of the VM's disks move, and to which storage (those the VM's server sees, with room);
``answer()`` gives ``vm.move-storage``'s parameters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from xencenter.model.migration import movable_disks, storage_target_reason
from xencenter.model.provision import sr_label
from xencenter.model.summaries import size_text
from xencenter.views.disk_dialogs import StorageList, _buttons, _error_label, show_problem
from xencenter.views.tabs.widgets import plain_label

if TYPE_CHECKING:
    from xencenter.model.objects import VDI, VM

translate = QCoreApplication.translate


class MoveStorageDialog(QDialog):
    def __init__(self, vm: VM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle(translate("MigrateDialogs", "Move the storage of '{name}'").format(name=vm.name))
        self.setMinimumWidth(660)
        self.positions = {d.ref: v.userdevice for v in vm.VBDs if (d := v.VDI) is not None and not v.is_cd}
        self.disks = QTreeWidget()
        self.disks.setHeaderLabels([translate("MigrateDialogs", "Disk"), translate("MigrateDialogs", "Size"), translate("MigrateDialogs", "Storage")])
        self.disks.setRootIsDecorated(False)
        self.disks.header().resizeSection(0, 240)
        for vdi in movable_disks(vm):
            item = QTreeWidgetItem([vdi.name, size_text(vdi.virtual_size), sr_label(vdi.SR) if vdi.SR else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, vdi.ref)
            item.setCheckState(0, Qt.CheckState.Checked)
            self.disks.addTopLevelItem(item)
        host = vm.resident_on if vm.power_state == "Running" else vm.home
        self.storage = StorageList(vm.cache, host)
        self.error = _error_label()
        self.buttons = _buttons(self, translate("MigrateDialogs", "Move"))
        layout = QVBoxLayout(self)
        text = translate("MigrateDialogs", "Move these disks of '{name}' while it runs:") if vm.power_state == "Running" \
            else translate("MigrateDialogs", "Move these disks of '{name}':")
        layout.addWidget(plain_label(text.format(name=vm.name)))
        layout.addWidget(self.disks, 1)
        layout.addWidget(plain_label(translate("MigrateDialogs", "To:")))
        layout.addWidget(self.storage, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.disks.itemChanged.connect(self._refill)
        self.storage.currentItemChanged.connect(self._validate)
        self._refill()

    def chosen(self) -> list[VDI]:
        rows = [self.disks.topLevelItem(i) for i in range(self.disks.topLevelItemCount())]
        refs = {r.data(0, Qt.ItemDataRole.UserRole) for r in rows if r is not None
                and r.checkState(0) == Qt.CheckState.Checked}
        return [d for d in movable_disks(self.vm) if d.ref in refs]

    def _refill(self, *args: Any) -> None:
        self.storage.fill([d.virtual_size for d in self.chosen()])
        self._validate()

    def problem(self) -> str:
        chosen, sr = self.chosen(), self.storage.selected()
        if not chosen:
            return translate("MigrateDialogs", "Choose at least one disk.")
        if sr is None:
            return translate("MigrateDialogs", "Choose where the disks go.")
        if all(d.ref_of("SR") == sr.ref for d in chosen):
            return translate("MigrateDialogs", "The disks are already there.")
        return storage_target_reason(self.vm, sr, chosen)

    def _validate(self, *args: Any) -> None:
        show_problem(self.error, self.buttons, self.problem())

    def answer(self) -> dict[str, Any]:
        chosen = self.chosen()
        every = len(chosen) == len(movable_disks(self.vm))
        return {"sr": self.storage.selected(), "disk": None if every else [self.positions[d.ref] for d in chosen]}
