"""The Storage page: the template's disks with editable size and SR, disks added and removed, free space shown."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from xencenter.model import provision as pv
from xencenter.model.provision import DiskPlan, NewVMPlan
from xencenter.model.summaries import size_text
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.disk_dialogs import DiskDialog

from .base import Page

if TYPE_CHECKING:
    from .wizard import NewVMWizard
    pass

translate = QCoreApplication.translate



class StoragePlanPage(Page):
    title, heading = QT_TRANSLATE_NOOP("NewVMWizard", "Storage"), QT_TRANSLATE_NOOP("NewVMWizard", "Configure storage for the new VM")

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        self.with_disks = QRadioButton(translate("NewVMWizard", "Place the virtual disks of the new VM on these storage repositories:"))
        self.diskless = QRadioButton(translate("NewVMWizard", "Create a diskless VM that boots from the network"))
        self.table = QTreeWidget()
        self.table.setHeaderLabels([translate("NewVMWizard", "Name"), translate("NewVMWizard", "Size"), translate("NewVMWizard", "Location"), ""])
        self.table.setRootIsDecorated(False)
        self.table.header().resizeSection(0, 170)
        self.table.header().resizeSection(1, 70)
        self.table.header().resizeSection(2, 220)
        self.add = QPushButton(translate("NewVMWizard", "Add…"))
        self.edit = QPushButton(translate("NewVMWizard", "Edit…"))
        self.delete = QPushButton(translate("NewVMWizard", "Delete"))
        buttons = QHBoxLayout()
        for button in (self.add, self.edit, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addWidget(self.with_disks)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.diskless)
        self.disks: list[DiskPlan] = []
        self.add.clicked.connect(self._on_add)
        self.edit.clicked.connect(self._on_edit)
        self.delete.clicked.connect(self._on_delete)
        self.table.currentItemChanged.connect(self._update_buttons)
        self.with_disks.toggled.connect(self._edited)
        self._kept: list[DiskPlan] = []

    def _rows(self) -> None:
        current = self.table.currentIndex().row()
        self.table.clear()
        plan = self.wizard.plan
        home = plan.home_host
        for disk in self.disks:
            sr = self.cache.get("SR", disk.sr) if disk.sr else None
            where = pv.sr_label(sr) if sr is not None else translate("NewVMWizard", "No suitable storage")
            status = "" if not disk.created else (pv.sr_reason(sr, home, [disk.size]) if sr is not None
                                                  else translate("NewVMWizard", "No storage can hold this disk."))
            if not disk.created:
                status = (translate("NewVMWizard", "copied in full with the template") if plan.copy_sr
                          else translate("NewVMWizard", "cloned with the template"))
            item = QTreeWidgetItem([disk.name, size_text(disk.size), where, status])
            if disk.created and status:
                set_item_warning(item, 3)
            self.table.addTopLevelItem(item)
        if self.disks:
            chosen = self.table.topLevelItem(min(max(current, 0), len(self.disks) - 1))
            if chosen is not None:
                self.table.setCurrentItem(chosen)
        self._update_buttons()

    def _update_buttons(self, *args: Any) -> None:
        index = self.table.currentIndex().row()
        chosen = self.disks[index] if 0 <= index < len(self.disks) else None
        self.edit.setEnabled(chosen is not None)
        self.delete.setEnabled(chosen is not None and chosen.created)
        self.add.setEnabled(len(self.disks) + 1 < pv.max_vbds(self.wizard.plan.template))

    def load(self, plan: NewVMPlan) -> None:
        self._loading = True
        self.disks = list(plan.disks)
        network = plan.template.is_hvm and plan.install == "network"
        self.diskless.setVisible(network)
        (self.diskless if network and not plan.new_disks and not self._kept_only(plan) else self.with_disks
         ).setChecked(True)
        self._rows()
        self._loading = False

    @staticmethod
    def _kept_only(plan: NewVMPlan) -> bool:
        return any(not d.created for d in plan.disks)

    def _dialog(self, disk: DiskPlan | None) -> DiskPlan | None:
        plan = self.wizard.plan
        home = plan.home_host
        if disk is None:
            used = {d.device for d in self.disks}
            device = next(str(n) for n in range(255) if str(n) not in used and str(n) != "3")
            sr = pv.best_sr(self.cache, home, [10 << 30])
            disk = DiskPlan(10 << 30, sr.ref if sr is not None else "", f"{plan.name} {device}", pv.DISK_DESCRIPTION,
                            device, False, "system", "new")
            title, ok = translate("NewVMWizard", "Add Virtual Disk"), translate("NewVMWizard", "Add")
        else:
            title, ok = translate("NewVMWizard", "Edit Disk"), translate("NewVMWizard", "OK")
        others = [d for d in self.disks if d is not disk]
        dialog = DiskDialog(self.cache, home, name=disk.name, description=disk.description, size=disk.size,
                            sr=disk.sr, title=title, ok=ok, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        answer = dialog.answer()
        sr = answer["sr"]
        made = replace(disk, name=answer["name"], description=answer["description"],
                       size=int(round(answer["size_gib"] * (1 << 30))), sr=sr.ref if sr is not None else "")
        del others
        return made

    def _on_add(self) -> None:
        made = self._dialog(None)
        if made is not None:
            self.disks.append(made)
            self.with_disks.setChecked(True)
            self._rows()
            self._edited()

    def _on_edit(self) -> None:
        index = self.table.currentIndex().row()
        if not 0 <= index < len(self.disks):
            return
        disk = self.disks[index]
        if not disk.created:
            self._choose_copy_sr(disk)
            return
        made = self._dialog(disk)
        if made is not None:
            self.disks[index] = made
            self._rows()
            self._edited()

    def _choose_copy_sr(self, disk: DiskPlan) -> None:
        """A custom template's disk: a fast clone on its SR, or every one of them copied in full elsewhere."""
        from xencenter.views.disk_dialogs import MoveDiskDialog

        vdi = self.cache.get("VDI", disk.vdi)
        if vdi is None:
            return
        dialog = MoveDiskDialog(vdi, self.wizard.plan.home_host, self, copy=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        sr = dialog.answer()["sr"]
        target = "" if sr is None or sr.ref == vdi.ref_of("SR") else sr.ref
        self.wizard.plan = pv.with_copy_sr(replace(self.wizard.plan, disks=tuple(self.disks)), target)
        self.disks = list(self.wizard.plan.disks)
        self._rows()
        self._edited()

    def _on_delete(self) -> None:
        index = self.table.currentIndex().row()
        if 0 <= index < len(self.disks) and self.disks[index].created:
            del self.disks[index]
            self._rows()
            self._edited()

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        disks = [d for d in self.disks if not d.created] if self.diskless.isChecked() and \
            self.diskless.isVisible() else list(self.disks)
        return pv.with_boot_disk(replace(plan, disks=tuple(disks)))

    def problem(self, plan: NewVMPlan) -> str:
        problems = pv.storage_problems(plan)
        return problems[0] if problems else ""

    def warnings(self, plan: NewVMPlan) -> list[str]:
        return pv.disk_warnings(self.cache, list(plan.disks))

    def summary(self, plan: NewVMPlan) -> str:
        if not plan.disks:
            return translate("NewVMWizard", "No disks")
        text = translate("NewVMWizard", "1 disk, {size}") if len(plan.disks) == 1 else translate(
            "NewVMWizard", "{count} disks, {size}")
        return text.format(count=len(plan.disks), size=size_text(sum(d.size for d in plan.disks)))


def set_item_warning(item: QTreeWidgetItem, column: int) -> None:
    from PySide6.QtGui import QColor

    from xencenter.views.tabs.widgets import WARNING_RED

    item.setForeground(column, QColor(WARNING_RED))
