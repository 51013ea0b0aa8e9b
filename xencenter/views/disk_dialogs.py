"""The dialogs of a VM's disks and interfaces: Add Virtual Disk (also the New VM wizard's disk editor), Attach
Virtual Disk, a disk's Properties, and a network interface's settings (Add Interface, Properties, the wizard's).

They only gather answers (``answer()``: the parameters of ``vm.add-disk``, ``vm.attach-disk``, ``vdi.properties``,
``vm.add-nic``/``vif.properties``); what may be chosen and why not comes from ``model.provision`` (storage that can
take the disk with its free space, networks, MAC rules), and the command does the work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.naming import natural_key
from xencenter.model.provision import mac_problem, network_choices, sr_choices, sr_label, sr_reason, vif_limit
from xencenter.model.summaries import GIB, MIB, TIB, size_text
from xencenter.views.tabs.widgets import plain_label, set_warning

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import SR, VDI, VIF, VM, Host, Network

translate = QCoreApplication.translate

UNITS = (("MB", MIB), ("GB", GIB), ("TB", TIB))
ROLE = Qt.ItemDataRole.UserRole


def _error_label() -> Any:
    label = plain_label("")
    label.setWordWrap(True)
    set_warning(label, True)
    label.hide()
    return label


def show_problem(error: Any, buttons: QDialogButtonBox, problem: str) -> None:
    """A dialog's problem under its fields (hidden when none), its OK button enabled only without one."""
    error.setText(problem)
    error.setVisible(bool(problem))
    buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SizeEdit(QWidget):
    """A size as a number and a unit (XenCenter's disk size box)."""

    def __init__(self, size: int, minimum: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum = minimum
        self.number = QDoubleSpinBox(self)
        self.number.setDecimals(1)
        self.number.setRange(0.1, 999999)
        self.unit = QComboBox(self)
        for name, factor in UNITS:
            self.unit.addItem(name, factor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.unit)
        self.set_size(size)

    def set_size(self, size: int) -> None:
        factor = TIB if size >= TIB and size % TIB == 0 else (GIB if size >= GIB else MIB)
        self.unit.setCurrentIndex(self.unit.findData(factor))
        self.number.setValue(size / factor)

    def size_bytes(self) -> int:
        return int(round(self.number.value() * self.unit.currentData()))


class StorageList(QTreeWidget):
    """Storage repositories with their free space; those that cannot take the disks are greyed with why."""

    def __init__(self, cache: ObjectCache, host: Host | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache, self.host = cache, host
        self.setColumnCount(3)
        self.setHeaderLabels([translate("DiskDialogs", "Storage"), translate("DiskDialogs", "Free space"), ""])
        self.setRootIsDecorated(False)
        self.setMinimumHeight(140)
        self.header().resizeSection(0, 230)
        self.header().resizeSection(1, 150)

    def fill(self, sizes: list[int], selected: str = "") -> None:
        current = self.selected_ref() or selected
        self.clear()
        for choice in sr_choices(self.cache, self.host, sizes):
            item = QTreeWidgetItem([sr_label(choice.sr), choice.free, choice.reason])
            item.setData(0, ROLE, choice.sr.ref)
            if choice.reason:
                for column in range(3):
                    item.setToolTip(column, choice.reason)
                    item.setForeground(column, self.palette().placeholderText())
            self.addTopLevelItem(item)
            if choice.sr.ref == current:
                self.setCurrentItem(item)
        if self.currentItem() is None and self.topLevelItemCount():
            rows = [row for i in range(self.topLevelItemCount()) if (row := self.topLevelItem(i)) is not None]
            self.setCurrentItem(next((row for row in rows if not row.toolTip(0)), rows[0]))

    def selected_ref(self) -> str:
        item = self.currentItem()
        return item.data(0, ROLE) if item is not None else ""

    def selected(self) -> SR | None:
        ref = self.selected_ref()
        return self.cache.get("SR", ref) if ref else None


class DiskDialog(QDialog):
    """Add Virtual Disk: name, description, size and storage; ``answer()`` gives ``vm.add-disk``'s parameters."""

    def __init__(self, cache: ObjectCache, host: Host | None, *, name: str, description: str = "",
                 size: int = 10 * GIB, sr: str = "", minimum: int = 0, title: str = "",
                 ok: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache, self.host = cache, host
        self.setWindowTitle(title or translate("DiskDialogs", "Add Virtual Disk"))
        self.setMinimumWidth(640)
        self.name_edit = QLineEdit(name)
        self.description_edit = QLineEdit(description)
        self.size_edit = SizeEdit(size, minimum)
        self.storage = StorageList(cache, host)
        self.error = _error_label()
        self.buttons = _buttons(self, ok or translate("DiskDialogs", "Add"))
        form = QFormLayout()
        form.addRow(translate("DiskDialogs", "Name:"), self.name_edit)
        form.addRow(translate("DiskDialogs", "Description:"), self.description_edit)
        form.addRow(translate("DiskDialogs", "Size:"), self.size_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(translate("DiskDialogs", "Location:")))
        layout.addWidget(self.storage, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.storage.fill([size], sr)
        self.name_edit.textChanged.connect(self._validate)
        self.size_edit.number.valueChanged.connect(self._on_size)
        self.size_edit.unit.currentIndexChanged.connect(self._on_size)
        self.storage.currentItemChanged.connect(self._validate)
        self._validate()

    def _on_size(self, *args: Any) -> None:
        self.storage.fill([self.size_edit.size_bytes()])
        self._validate()

    def problem(self) -> str:
        if not self.name_edit.text().strip():
            return translate("DiskDialogs", "The disk needs a name.")
        size = self.size_edit.size_bytes()
        if size < self.size_edit.minimum:
            return translate("DiskDialogs", "The disk cannot be smaller than {size}.").format(
                size=size_text(self.size_edit.minimum))
        sr = self.storage.selected()
        if sr is None:
            return translate("DiskDialogs", "Choose where the disk goes.")
        return sr_reason(sr, self.host, [size])

    def _validate(self, *args: Any) -> None:
        show_problem(self.error, self.buttons, self.problem())

    def accept(self) -> None:
        if not self.problem():
            super().accept()

    def answer(self) -> dict[str, Any]:
        return {"name": self.name_edit.text().strip(), "description": self.description_edit.text(),
                "size_gib": self.size_edit.size_bytes() / GIB, "sr": self.storage.selected()}


class AttachDiskDialog(QDialog):
    """Attach Virtual Disk: the disks of the pool that could be attached, by storage; ``answer()`` gives
    ``vm.attach-disk``'s parameters."""

    def __init__(self, vm: VM, disks: list[VDI], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DiskDialogs", "Attach Disk to '{name}'").format(name=vm.name))
        self.setMinimumSize(520, 380)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([translate("DiskDialogs", "Virtual disk"), translate("DiskDialogs", "Size"), translate("DiskDialogs", "Description")])
        groups: dict[str, QTreeWidgetItem] = {}
        for vdi in disks:
            sr = vdi.SR
            key = sr.ref if sr is not None else ""
            if key not in groups:
                groups[key] = QTreeWidgetItem([sr_label(sr) if sr is not None else translate("DiskDialogs", "Unknown storage"), "", ""])
                groups[key].setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(groups[key])
            item = QTreeWidgetItem([vdi.name, size_text(vdi.virtual_size), vdi.description])
            item.setData(0, ROLE, vdi.ref)
            groups[key].addChild(item)
        self.tree.expandAll()
        self.tree.header().resizeSection(0, 240)
        self.read_only = QCheckBox(translate("DiskDialogs", "Attach as read-only"))
        self.empty = plain_label(translate("DiskDialogs", "There is no disk that can be attached to this VM.") if not disks else "")
        self.buttons = _buttons(self, translate("DiskDialogs", "Attach"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.read_only)
        layout.addWidget(self.buttons)
        self.cache = vm.cache
        self.tree.currentItemChanged.connect(self._validate)
        self._validate()

    def selected(self) -> VDI | None:
        item = self.tree.currentItem()
        ref = item.data(0, ROLE) if item is not None else None
        return self.cache.get("VDI", ref) if ref else None

    def _validate(self, *args: Any) -> None:
        vdi = self.selected()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(vdi is not None)
        if vdi is not None and vdi.read_only:
            self.read_only.setChecked(True)

    def answer(self) -> dict[str, Any]:
        return {"vdi": self.selected(), "read_only": self.read_only.isChecked()}


class MoveDiskDialog(QDialog):
    """Move Virtual Disk: where to (storage its VM's server sees, with room for it); ``answer()`` gives
    ``vdi.move``'s parameters."""

    def __init__(self, vdi: VDI, host: Host | None, parent: QWidget | None = None, *, copy: bool = False) -> None:
        super().__init__(parent)
        self.vdi, self.host, self.copy = vdi, host, copy
        self.setWindowTitle((translate("DiskDialogs", "Copy '{name}'") if copy else translate(
            "DiskDialogs", "Move '{name}'")).format(name=vdi.name))
        self.setMinimumWidth(640)
        self.storage = StorageList(vdi.cache, host)
        self.storage.fill([vdi.virtual_size])
        self.error = _error_label()
        self.buttons = _buttons(self, translate("DiskDialogs", "OK") if copy else translate("DiskDialogs", "Move"))
        sr = vdi.SR
        layout = QVBoxLayout(self)
        where = sr_label(sr) if sr is not None else translate("DiskDialogs", "unknown storage")
        text = translate("DiskDialogs", "'{name}' ({size}) is on {where}. The new VM gets a fast clone there, or a "
                         "full copy of the template's disks on other storage:") if copy else translate(
            "DiskDialogs", "'{name}' ({size}) is on {where}. Move it to:")
        layout.addWidget(plain_label(text.format(name=vdi.name, size=size_text(vdi.virtual_size), where=where)))
        layout.addWidget(self.storage, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.storage.currentItemChanged.connect(self._validate)
        self._validate()

    def problem(self) -> str:
        sr = self.storage.selected()
        if sr is None:
            return translate("DiskDialogs", "Choose where the disk goes.")
        if sr.ref == self.vdi.ref_of("SR"):
            return "" if self.copy else translate("DiskDialogs", "The disk is already there.")
        return sr_reason(sr, self.host, [self.vdi.virtual_size])

    def _validate(self, *args: Any) -> None:
        show_problem(self.error, self.buttons, self.problem())

    def answer(self) -> dict[str, Any]:
        return {"sr": self.storage.selected()}


class CopyVMDialog(QDialog):
    """XenCenter's Copy VM: a name, a description, and a fast clone or a full copy on a chosen SR."""

    def __init__(self, vm: VM, name: str, sizes: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm, self.sizes = vm, sizes
        template = vm.is_a_template
        self.setWindowTitle(translate("DiskDialogs", "Copy Template") if template else translate("DiskDialogs",
                                                                                                   "Copy VM"))
        self.setMinimumWidth(640)
        self.name_edit = QLineEdit(name)
        self.description_edit = QLineEdit(vm.description)
        self.fast = QRadioButton(
            translate("DiskDialogs", "Fast clone: clone the existing template using a storage-level fast disk clone "
                      "operation") if template else
            translate("DiskDialogs", "Fast clone: clone the existing vm using a storage-level fast disk clone "
                      "operation"))
        self.full = QRadioButton(
            translate("DiskDialogs", "Full copy: create a full copy of the existing template on this storage "
                      "repository:") if template else
            translate("DiskDialogs", "Full copy: create a full copy of the existing vm on this storage repository:"))
        self.fast.setChecked(True)
        self.storage = StorageList(vm.cache, vm.home)
        self.storage.fill(sizes)
        self.error = _error_label()
        self.buttons = _buttons(self, translate("DiskDialogs", "Copy"))
        form = QFormLayout()
        form.addRow(translate("DiskDialogs", "Name:"), self.name_edit)
        form.addRow(translate("DiskDialogs", "Description:"), self.description_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fast)
        layout.addWidget(self.full)
        layout.addWidget(self.storage, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for signal in (self.name_edit.textChanged, self.full.toggled, self.storage.currentItemChanged):
            signal.connect(self._validate)
        self._validate()

    def problem(self) -> str:
        if not self.name_edit.text().strip():
            return translate("DiskDialogs", "The copy needs a name.")
        if self.full.isChecked():
            sr = self.storage.selected()
            if sr is None:
                return translate("DiskDialogs", "Choose where the copy goes.")
            return sr_reason(sr, self.vm.home, self.sizes)
        return ""

    def _validate(self, *args: Any) -> None:
        self.storage.setEnabled(self.full.isChecked())
        show_problem(self.error, self.buttons, self.problem())

    def answer(self) -> dict[str, Any]:
        return {"name": self.name_edit.text().strip(), "description": self.description_edit.text(),
                "sr": self.storage.selected() if self.full.isChecked() else None}


class VifDialog(QDialog):
    """A network interface: its network, MAC (generated or given) and rate limit (XenCenter's VIF dialog)."""

    def __init__(self, cache: ObjectCache, *, network: str = "", mac: str = "", limit: int = 0,
                 title: str = "", ok: str = "", taken_macs: set[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.taken = {m.lower() for m in (taken_macs or set())}
        self.setWindowTitle(title or translate("DiskDialogs", "Add Virtual Interface"))
        self.setMinimumWidth(440)
        self.network = QComboBox()
        for each in network_choices(cache):
            self.network.addItem(each.name, each.ref)
        index = self.network.findData(network)
        self.network.setCurrentIndex(max(index, 0))
        self.auto_mac = QRadioButton(translate("DiskDialogs", "Autogenerate a MAC address"))
        self.own_mac = QRadioButton(translate("DiskDialogs", "Use this MAC address:"))
        self.mac = QLineEdit(mac)
        self.mac.setPlaceholderText("aa:bb:cc:dd:ee:ff")
        (self.own_mac if mac else self.auto_mac).setChecked(True)
        self.limited = QCheckBox(translate("DiskDialogs", "Enable QoS limit:"))
        self.limit = QSpinBox()
        self.limit.setRange(1, 10_000_000)
        self.limit.setSuffix(translate("DiskDialogs", " kB/s"))
        self.limit.setValue(limit or 1000)
        self.limited.setChecked(bool(limit))
        self.error = _error_label()
        self.buttons = _buttons(self, ok or translate("DiskDialogs", "Add"))
        form = QFormLayout()
        form.addRow(translate("DiskDialogs", "Network:"), self.network)
        mac_row = QVBoxLayout()
        mac_row.addWidget(self.auto_mac)
        own = QHBoxLayout()
        own.addWidget(self.own_mac)
        own.addWidget(self.mac, 1)
        mac_row.addLayout(own)
        form.addRow(translate("DiskDialogs", "MAC address:"), mac_row)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limited)
        limit_row.addWidget(self.limit, 1)
        form.addRow(translate("DiskDialogs", "QoS:"), limit_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for signal in (self.auto_mac.toggled, self.limited.toggled):
            signal.connect(self._validate)
        self.mac.textChanged.connect(self._validate)
        self._validate()

    def selected_network(self) -> Network | None:
        ref = self.network.currentData()
        return self.cache.get("network", ref) if ref else None

    def chosen_mac(self) -> str:
        return self.mac.text().strip().lower() if self.own_mac.isChecked() else ""

    def problem(self) -> str:
        if self.selected_network() is None:
            return translate("DiskDialogs", "There is no network to connect to.")
        if self.own_mac.isChecked() and not self.mac.text().strip():
            return translate("DiskDialogs", "Type the MAC address, or let one be generated.")
        mac = self.chosen_mac()
        if mac and mac in self.taken:
            return translate("DiskDialogs", "Another interface of this VM has the MAC address {mac}.").format(mac=mac)
        return mac_problem(mac)

    def _validate(self, *args: Any) -> None:
        self.mac.setEnabled(self.own_mac.isChecked())
        self.limit.setEnabled(self.limited.isChecked())
        show_problem(self.error, self.buttons, self.problem())

    def answer(self) -> dict[str, Any]:
        return {"network": self.selected_network(), "mac": self.chosen_mac(),
                "limit": self.limit.value() if self.limited.isChecked() else 0}


def vif_dialog_for(vm: VM, vif: VIF | None, parent: QWidget | None = None) -> VifDialog:
    """The dialog of Add Interface (``vif`` None) or of an interface's Properties."""
    others = {v.MAC for v in vm.VIFs if vif is None or v.ref != vif.ref}
    if vif is None:
        default = next((n.ref for n in network_choices(vm.cache)), "")
        return VifDialog(vm.cache, network=default, taken_macs=others, parent=parent)
    mac = "" if vif.MAC_autogenerated else vif.MAC
    return VifDialog(vm.cache, network=vif.ref_of("network") or "", mac=mac, limit=vif_limit(vif),
                     title=translate("DiskDialogs", "Virtual Interface {device} Properties").format(device=vif.device),
                     ok=translate("DiskDialogs", "OK"), taken_macs=others, parent=parent)


def sorted_by_name(objects: list[Any]) -> list[Any]:
    return sorted(objects, key=lambda o: natural_key(o.name))
