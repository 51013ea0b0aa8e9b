"""A VM's (or template's) properties as XenCenter shows them, in the frame every Properties dialog shares
(``views.properties.frame``): General, Custom Fields, CPUs, Memory, Boot Options, High Availability, Alerts,
Home Server and (HVM) Advanced Options. OK runs ``vm.edit`` with what the user changed, nothing else.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.summaries import MIB, size_text
from xencenter.model.vm_settings import VMSettings
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.properties import class_pages
from xencenter.views.properties.alert_pages import AlertsPage
from xencenter.views.properties.common_pages import CHECKLIST_STYLE, CustomFieldsPage, GeneralPage
from xencenter.views.properties.frame import PropertiesFrame, form_layout, note_label, page_title
from xencenter.views.tabs.widgets import plain_label
from xencenter.views.wizards.new_vm.placement import topology_text

if TYPE_CHECKING:
    from xencenter.model.objects import VM
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate

BOOT_DEVICES = (("c", QT_TRANSLATE_NOOP("PropertiesDialog", "Hard Disk")), ("d", QT_TRANSLATE_NOOP("PropertiesDialog", "DVD-Drive")), ("n", QT_TRANSLATE_NOOP("PropertiesDialog", "Network")))
MAX_VCPUS = 64
MEMORY_STEP_MIB = 128
MAX_MEMORY_MIB = 16 * 1024 * 1024  # 16 TiB, xapi's limit is far beyond any host


# ---- pages --------------------------------------------------------------------------------------------------


class BootOrderEditor(QWidget):
    """HVM boot devices in order, each enabled or not, moved with Up and Down."""

    def __init__(self, order: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setStyleSheet(CHECKLIST_STYLE)
        self.list.setFixedHeight(100)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        names = {code: translate("PropertiesDialog", word) for code, word in BOOT_DEVICES}
        listed = [c for c in dict.fromkeys(order) if c in names]
        for code in listed + [c for c, _ in BOOT_DEVICES if c not in listed]:
            item = QListWidgetItem(names[code], self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in listed else Qt.CheckState.Unchecked)
        self.list.setCurrentRow(0)
        self.up = QPushButton(translate("PropertiesDialog", "Move Up"), self)
        self.down = QPushButton(translate("PropertiesDialog", "Move Down"), self)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def order(self) -> str:
        items = (self.list.item(i) for i in range(self.list.count()))
        return "".join(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)


def _mib_spin(value: int, minimum_bytes: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(max(minimum_bytes // MIB, 1), MAX_MEMORY_MIB)
    spin.setSingleStep(MEMORY_STEP_MIB)
    spin.setSuffix(" MB")
    spin.setValue(value // MIB)
    spin.setAccelerated(True)
    return spin


# ---- the dialog ---------------------------------------------------------------------------------------------


class PropertiesDialog(PropertiesFrame):
    """Signals: ``applied(list)`` with the Changes made, after OK applied them all."""

    def __init__(self, context: AppContext, vm: VM, parent: QWidget | None = None) -> None:
        super().__init__(context, vm, "vm.edit", parent)
        self.vm = vm
        self.original = VMSettings.of(vm)
        self.running = vm.power_state in ("Running", "Paused")
        self.setMinimumSize(QSize(720, 500))
        self.general = GeneralPage(vm, translate("PropertiesDialog", "Template") if vm.is_a_template else "VM")
        self.name_edit, self.description_edit = self.general.name_edit, self.general.description_edit
        self.folder_edit, self.tag_editor = self.general.folder_edit, self.general.tag_editor
        self.general.changed.connect(self._validate)
        self.add_page(translate("PropertiesDialog", "General"), self.original.name, self.general)
        self.add_edit_page(CustomFieldsPage(vm))
        self._build_cpus()
        self._build_memory()
        self._build_boot()
        self.add_edit_page(class_pages.VMHAPage(vm))
        self.add_edit_page(AlertsPage(vm))
        self.add_edit_page(class_pages.HomeServerPage(vm))
        if vm.is_hvm:
            self.add_edit_page(class_pages.AdvancedPage(vm))
        self.finish()

    # ---- building the pages ------------------------------------------------------------------------------

    def _build_cpus(self) -> None:
        page = QWidget()
        form = form_layout(page)
        form.addRow(page_title(translate("PropertiesDialog", "Virtual CPUs")))
        self.vcpus_edit = QSpinBox()
        self.vcpus_max_edit = QSpinBox()
        self.vcpus_max_edit.setRange(1, max(MAX_VCPUS, self.original.vcpus_max))
        self.vcpus_max_edit.setValue(self.original.vcpus_max)
        self.vcpus_edit.setRange(self.original.vcpus_at_startup if self.running else 1, self.original.vcpus_max
                                 if self.running else max(MAX_VCPUS, self.original.vcpus_max))
        self.vcpus_edit.setValue(self.original.vcpus_at_startup)
        self.topology_edit = QComboBox()
        form.addRow(translate("PropertiesDialog", "Number of vCPUs:"), self.vcpus_edit)
        form.addRow(translate("PropertiesDialog", "Maximum number of vCPUs:"), self.vcpus_max_edit)
        form.addRow(translate("PropertiesDialog", "Topology:"), self.topology_edit)
        if self.running:
            self.vcpus_max_edit.setEnabled(False)
            self.topology_edit.setEnabled(False)
            form.addRow(note_label(translate("PropertiesDialog", "The VM is running: you can add vCPUs up to the maximum now; shut it down to "
                              "change the maximum or the topology.")))
        self.vcpus_max_edit.valueChanged.connect(self._fill_topology)
        self.vcpus_edit.valueChanged.connect(self._validate)
        self.topology_edit.currentIndexChanged.connect(self._validate)
        self._fill_topology()
        count = self.original.vcpus_at_startup
        self.add_page(translate("PropertiesDialog", "CPUs"), translate("PropertiesDialog", "1 vCPU") if count == 1
                      else translate("PropertiesDialog", "{count} vCPUs").format(count=count), page)

    def _fill_topology(self) -> None:
        maximum = self.vcpus_max_edit.value()
        current = self.topology_edit.currentData() or self.original.cores_per_socket
        self.topology_edit.blockSignals(True)
        self.topology_edit.clear()
        for cores in (c for c in range(1, maximum + 1) if maximum % c == 0):
            sockets = maximum // cores
            self.topology_edit.addItem(topology_text(sockets, cores), cores)
        index = self.topology_edit.findData(current)
        self.topology_edit.setCurrentIndex(max(index, 0))
        self.topology_edit.blockSignals(False)
        if not self.running:
            self.vcpus_edit.setMaximum(maximum)
        self._validate()

    def _build_memory(self) -> None:
        page = QWidget()
        form = form_layout(page)
        form.addRow(page_title(translate("PropertiesDialog", "Memory")))
        o = self.original
        self.static_min_label = plain_label(size_text(o.memory_static_min))
        self.dynamic_min_edit = _mib_spin(o.memory_dynamic_min)
        self.dynamic_max_edit = _mib_spin(o.memory_dynamic_max)
        self.static_max_edit = _mib_spin(o.memory_static_max)
        form.addRow(translate("PropertiesDialog", "Static minimum:"), self.static_min_label)
        form.addRow(translate("PropertiesDialog", "Dynamic minimum:"), self.dynamic_min_edit)
        form.addRow(translate("PropertiesDialog", "Dynamic maximum:"), self.dynamic_max_edit)
        form.addRow(translate("PropertiesDialog", "Static maximum:"), self.static_max_edit)
        form.addRow(note_label(translate("PropertiesDialog", "With a dynamic range, the server may lower the VM's memory down to the dynamic "
                          "minimum when it needs memory for other VMs (Dynamic Memory Control).")))
        if self.running:
            self.static_max_edit.setEnabled(False)
            form.addRow(note_label(translate("PropertiesDialog", "The VM is running: the dynamic range can change now; shut it down to change "
                              "the static maximum.")))
        for spin in (self.dynamic_min_edit, self.dynamic_max_edit, self.static_max_edit):
            spin.valueChanged.connect(self._validate)
        self.add_page(translate("PropertiesDialog", "Memory"), size_text(o.memory_static_max), page)

    def _build_boot(self) -> None:
        page = QWidget()
        form = form_layout(page)
        form.addRow(page_title(translate("PropertiesDialog", "Boot Options")))
        self.boot_editor: BootOrderEditor | None = None
        self.pv_args_edit: QLineEdit | None = None
        if self.vm.is_hvm:
            self.boot_editor = BootOrderEditor(self.original.boot_order)
            form.addRow(translate("PropertiesDialog", "Boot order:"), self.boot_editor)
            form.addRow(note_label(translate("PropertiesDialog", "Tick the devices to boot from and put them in order.")))
        else:
            self.pv_args_edit = QLineEdit(self.original.pv_args)
            form.addRow(translate("PropertiesDialog", "OS boot parameters:"), self.pv_args_edit)
        summary = ", ".join(translate("PropertiesDialog", dict(BOOT_DEVICES)[c]) for c in self.original.boot_order if c in dict(BOOT_DEVICES))
        self.add_page(translate("PropertiesDialog", "Boot Options"), summary or (translate("PropertiesDialog", "PV boot") if not self.vm.is_hvm else ""), page)

    # ---- reading the edits ---------------------------------------------------------------------------------

    def edited(self) -> VMSettings:
        """The settings as the user has edited them (unchanged fields keep their original values)."""
        o = self.original

        def memory(spin: QSpinBox, original: int) -> int:
            return original if spin.value() == original // MIB else spin.value() * MIB

        name, description, folder, tags = self.general.values()
        return replace(
            o,
            name=name,
            description=description,
            folder=folder,
            tags=tags,
            vcpus_at_startup=self.vcpus_edit.value(),
            vcpus_max=self.vcpus_max_edit.value(),
            cores_per_socket=self.topology_edit.currentData() or o.cores_per_socket,
            memory_dynamic_min=memory(self.dynamic_min_edit, o.memory_dynamic_min),
            memory_dynamic_max=memory(self.dynamic_max_edit, o.memory_dynamic_max),
            memory_static_max=memory(self.static_max_edit, o.memory_static_max),
            boot_order=self.boot_editor.order() if self.boot_editor is not None else o.boot_order,
            pv_args=self.pv_args_edit.text() if self.pv_args_edit is not None else o.pv_args,
        )

    def own_params(self) -> dict[str, Any]:
        """The ``vm.edit`` parameters for what the user changed on the pages built here."""
        o, e = self.original, self.edited()
        params: dict[str, Any] = {}
        for name, field in (("name", "name"), ("description", "description"), ("folder", "folder"),
                            ("vcpus", "vcpus_at_startup"), ("vcpus_max", "vcpus_max"),
                            ("cores_per_socket", "cores_per_socket"), ("boot_order", "boot_order"),
                            ("pv_args", "pv_args")):
            if getattr(e, field) != getattr(o, field):
                params[name] = getattr(e, field)
        if e.tags != o.tags:
            params["tags"] = list(e.tags)
        for name, field in (("memory_dynamic_min_mib", "memory_dynamic_min"),
                            ("memory_dynamic_max_mib", "memory_dynamic_max"),
                            ("memory_static_max_mib", "memory_static_max")):
            if getattr(e, field) != getattr(o, field):
                params[name] = getattr(e, field) // MIB
        return params

    def own_problem(self) -> str:
        edited = self.edited()
        if not edited.name.strip():
            return translate("PropertiesDialog", "The name cannot be empty.")
        if self.boot_editor is not None and not edited.boot_order:
            return translate("PropertiesDialog", "Tick at least one boot device.")
        return edited.cpu_problem() or edited.memory_problem()


__all__ = ["PropertiesDialog"]
