"""A virtual disk's Properties in the frame every object shares (XenCenter's VDI pages): General, Custom
Fields, Size and Location, and the drive's Device Options on its VM. The frame only gathers here: the answer
is ``vdi.properties``'s parameters for what changed, which the command then runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from xencenter.model.provision.storage import sr_label
from xencenter.model.summaries import GIB, MIB, size_text
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.disk_dialogs import SizeEdit
from xencenter.views.properties.common_pages import CustomFieldsPage, GeneralPage
from xencenter.views.properties.frame import EditPage, PropertiesFrame, form_layout, note_label, page_title

if TYPE_CHECKING:
    from xencenter.model.objects import VBD, VDI
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate


class SizeLocationPage(EditPage):
    title = QT_TRANSLATE_NOOP("PropertiesDialog", "Size and Location")

    def __init__(self, vdi: VDI, resize_problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vdi = vdi
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "Size and location")))
        self.size_edit = SizeEdit(vdi.virtual_size, vdi.virtual_size)
        sr = vdi.SR
        form.addRow(translate("PropertiesDialog", "Size:"), self.size_edit)
        form.addRow(translate("PropertiesDialog", "Location:"), note_label(sr_label(sr) if sr is not None else translate("PropertiesDialog", "Unknown")))
        form.addRow(note_label(resize_problem or translate("PropertiesDialog", "A disk can only grow; the guest must then extend its file "
                                                 "systems.")))
        self.size_edit.setEnabled(not resize_problem)
        self.size_edit.number.valueChanged.connect(self.changed)
        self.size_edit.unit.currentIndexChanged.connect(self.changed)

    def summary(self) -> str:
        return size_text(self.vdi.virtual_size)

    def problem(self) -> str:
        if self.size_edit.size_bytes() < self.vdi.virtual_size - MIB // 10:
            return translate("PropertiesDialog", "A virtual disk cannot shrink: it is {size}.").format(
                size=size_text(self.vdi.virtual_size))
        return ""

    def params(self) -> dict[str, Any]:
        size = self.size_edit.size_bytes()
        return {"size_gib": size / GIB} if self.size_edit.isEnabled() and size > self.vdi.virtual_size + MIB // 10 \
            else {}


class DeviceOptionsPage(EditPage):
    """The drive on its VM: position and mode (while the VM is shut down)."""

    title = QT_TRANSLATE_NOOP("PropertiesDialog", "Device Options")

    def __init__(self, vdi: VDI, vbd: VBD, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vbd = vbd
        vm = vbd.VM
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "On '{name}'").format(name=vm.name) if vm is not None
                               else translate("PropertiesDialog", "Device options")))
        self.position = QComboBox()
        self.mode = QComboBox()
        used = {v.userdevice for v in vm.VBDs if v.ref != vbd.ref} if vm is not None else set()
        for number in range(16):
            if str(number) not in used:
                self.position.addItem(str(number), str(number))
        self.position.setCurrentIndex(max(self.position.findData(vbd.userdevice), 0))
        self.mode.addItem(translate("PropertiesDialog", "Read/Write"), "RW")
        self.mode.addItem(translate("PropertiesDialog", "Read-only"), "RO")
        self.mode.setCurrentIndex(self.mode.findData(vbd.mode))
        form.addRow(translate("PropertiesDialog", "Device position:"), self.position)
        form.addRow(translate("PropertiesDialog", "Mode:"), self.mode)
        halted = vm is not None and vm.power_state == "Halted"
        self.position.setEnabled(halted)
        self.mode.setEnabled(halted and not vdi.read_only)
        if not halted:
            form.addRow(note_label(translate("PropertiesDialog", "Shut the VM down to change the drive's position or mode.")))
        self.position.currentIndexChanged.connect(self.changed)
        self.mode.currentIndexChanged.connect(self.changed)

    def summary(self) -> str:
        text = translate("PropertiesDialog", "Position {position}, read-only") if self.vbd.mode == "RO" else translate(
            "PropertiesDialog", "Position {position}, read/write")
        return text.format(position=self.vbd.userdevice)

    def params(self) -> dict[str, Any]:
        params: dict[str, Any] = {}
        if self.position.currentData() != self.vbd.userdevice:
            params["position"] = self.position.currentData()
        if self.mode.currentData() != self.vbd.mode:
            params["mode"] = self.mode.currentData()
        return params


def disk_dialog(context: AppContext, vdi: VDI, vbd: VBD | None, resize_problem: str,
                parent: QWidget | None = None) -> PropertiesFrame:
    dialog = PropertiesFrame(context, vdi, "vdi.properties", parent, gather=True)
    pages: list[EditPage] = [GeneralPage(vdi, translate("PropertiesDialog", "Virtual disk")), CustomFieldsPage(vdi),
                             SizeLocationPage(vdi, resize_problem)]
    if vbd is not None and vbd.VM is not None:
        pages.append(DeviceOptionsPage(vdi, vbd))
    for page in pages:
        dialog.add_edit_page(page)
    dialog.finish()
    return dialog
