"""XenCenter's DVD drive selector, on a VM's Storage and Console tabs: "DVD Drive 1:" with the disc in it; choosing
another disc inserts it at once (``vm.insert-cd``), "<empty>" or Eject empties the drive (``vm.eject-cd``); a
VM without a drive gets "Create DVD Drive" (``vm.add-cd-drive``). The discs offered are the ISO libraries' images and
the servers' DVD drives the VM can reach (``model.provision.iso_choices``); when a command cannot run its reason
is the tooltip. The bar follows the model: the page calls ``set_vm`` at each refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from xencenter.commands.devices import drives
from xencenter.model.provision import iso_choices
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.commands import find_command
from xencenter.views.tabs.widgets import MARGIN, SPACING, plain_label

if TYPE_CHECKING:
    from xencenter.model.objects import VBD, VM

translate = QCoreApplication.translate

INSERT, EJECT, CREATE = "vm.insert-cd", "vm.eject-cd", "vm.add-cd-drive"
EMPTY = QT_TRANSLATE_NOOP("DvdDrive", "<empty>")
ROLE = Qt.ItemDataRole.UserRole



def disc_item(text: str, ref: str) -> QStandardItem:
    """A row of a disc list: its words, the VDI's ref as data."""
    item = QStandardItem(text)
    item.setData(ref, ROLE)
    return item


def append_disc_choices(model: QStandardItemModel, choices: list[Any]) -> None:
    """The discs grouped by library under bold headers that cannot be chosen (servers' DVD drives last, as
    ``model.provision.iso_choices`` orders them)."""
    group = None
    for choice in choices:
        if choice.group != group:
            group = choice.group
            header = QStandardItem(group)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
        model.appendRow(disc_item("    " + choice.label, choice.vdi.ref))

class DvdDriveBar(QWidget):
    """See the module docstring. ``combo`` holds the discs (data: the VDI ref, "" for empty)."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.vm: VM | None = None
        self.label = plain_label(translate("DvdDrive", "DVD Drive 1:"))
        self.drive_choice = QComboBox()
        self.drive_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.drive_choice.hide()
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(28)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.eject = QPushButton(translate("DvdDrive", "Eject"))
        self.create_button = QPushButton(translate("DvdDrive", "Create DVD Drive"))
        self.note: QLabel = plain_label("")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(MARGIN, SPACING // 2, MARGIN, SPACING // 2)
        layout.setSpacing(SPACING)
        for widget in (self.label, self.drive_choice, self.combo, self.eject, self.create_button, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.combo.activated.connect(self._on_chosen)
        self.drive_choice.activated.connect(lambda *_: self._fill())
        self.eject.clicked.connect(self._on_eject)
        self.create_button.clicked.connect(self._on_create)
        self._filling = False

    # ---- the model ------------------------------------------------------------------------------------------

    def set_vm(self, vm: VM | None) -> None:
        """Show ``vm``'s drive as the cache knows it now (None hides the bar)."""
        self.vm = vm
        self.setVisible(vm is not None)
        if vm is None:
            return
        found = drives(vm)
        has = bool(found)
        for widget in (self.combo, self.eject):
            widget.setVisible(has)
        self.create_button.setVisible(not has)
        self.label.setText(translate("DvdDrive", "DVD Drive 1:") if has else translate("DvdDrive", "This VM has no DVD drive."))
        self.drive_choice.setVisible(len(found) > 1)
        self.label.setVisible(len(found) <= 1)
        if len(found) > 1:
            current = self.drive_choice.currentData()
            self.drive_choice.clear()
            for number, vbd in enumerate(found, 1):
                self.drive_choice.addItem(translate("DvdDrive", "DVD Drive {number}:").format(number=number),
                                          vbd.userdevice)
            index = self.drive_choice.findData(current)
            self.drive_choice.setCurrentIndex(max(index, 0))
        if not has:
            self._update_create()
            return
        self._fill()

    def drive(self) -> VBD | None:
        if self.vm is None:
            return None
        found = drives(self.vm)
        if not found:
            return None
        position = self.drive_choice.currentData() if self.drive_choice.isVisible() else None
        return next((d for d in found if d.userdevice == position), found[0])

    def _fill(self) -> None:
        vm, drive = self.vm, self.drive()
        if vm is None or drive is None:
            return
        self._filling = True
        model = QStandardItemModel(self.combo)
        model.appendRow(self._item(translate("DvdDrive", EMPTY), ""))
        host = vm.resident_on if vm.power_state == "Running" else None
        append_disc_choices(model, iso_choices(vm.cache, host))
        inserted = drive.ref_of("VDI") if not drive.empty else ""
        if inserted and not any(model.item(i).data(ROLE) == inserted for i in range(model.rowCount())):
            vdi = drive.VDI
            model.appendRow(self._item(vdi.name if vdi is not None else translate("DvdDrive", "Unknown disc"), inserted))
        self.combo.setModel(model)
        for row in range(model.rowCount()):
            if model.item(row).data(ROLE) == inserted:
                self.combo.setCurrentIndex(row)
                break
        self._filling = False
        self._update_state()

    @staticmethod
    def _item(text: str, ref: str) -> QStandardItem:
        return disc_item(text, ref)

    def _reason(self, command_id: str) -> str:
        command = find_command(self.context, command_id)
        if command is None or self.vm is None:
            return translate("DvdDrive", "Not available.")
        return command.reason([self.vm])

    def _update_state(self) -> None:
        insert, eject = self._reason(INSERT), self._reason(EJECT)
        drive = self.drive()
        busy = bool(self.vm is not None and (self.vm.current_operations or (drive is not None
                                                                         and drive.current_operations)))
        self.combo.setEnabled(not insert and not busy)
        self.combo.setToolTip(insert or translate("DvdDrive", "Choose the disc to put in the drive"))
        self.eject.setEnabled(not eject and not busy)
        self.eject.setToolTip(eject or translate("DvdDrive", "Empty the DVD drive"))

    def _update_create(self) -> None:
        reason = self._reason(CREATE)
        self.create_button.setEnabled(not reason)
        self.create_button.setToolTip(reason or translate("DvdDrive", "Give this VM a DVD drive"))

    # ---- the user -----------------------------------------------------------------------------------------------

    def current_disc(self) -> str:
        return self.combo.currentData(ROLE) or ""

    def choose(self, ref: str) -> None:
        """Choose the disc with this VDI ref ("" for empty) as the user would."""
        index = next((i for i in range(self.combo.count()) if (self.combo.itemData(i, ROLE) or "") == ref), -1)
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self._on_chosen(index)

    def _run(self, command_id: str, **params: Any) -> None:
        command = find_command(self.context, command_id)
        vm = self.vm.cache.get("VM", self.vm.ref) if self.vm is not None else None
        if command is None or vm is None or command.reason([vm]):
            return
        try:
            command.run([vm], self.context, **params)
        except ValueError as exc:
            self.context.prompter.show_error(command.title, str(exc))
        self.combo.setEnabled(False)
        self.eject.setEnabled(False)

    def _on_chosen(self, index: int) -> None:
        if self._filling or self.vm is None:
            return
        drive = self.drive()
        ref = self.combo.itemData(index, ROLE) or ""
        if drive is None:
            return
        inserted = drive.ref_of("VDI") if not drive.empty else ""
        if ref == inserted:
            return
        position = drive.userdevice if len(drives(self.vm)) > 1 else None
        if not ref:
            self._run(EJECT, drive=position)
            return
        iso = self.vm.cache.get("VDI", ref)
        if iso is not None:
            self._run(INSERT, iso=iso, drive=position)

    def _on_eject(self) -> None:
        drive = self.drive()
        if drive is not None and self.vm is not None:
            self._run(EJECT, drive=drive.userdevice if len(drives(self.vm)) > 1 else None)

    def _on_create(self) -> None:
        self._run(CREATE)
        self.create_button.setEnabled(False)
