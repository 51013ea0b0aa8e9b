"""The Home Server page (only servers that can run the VM, with the reason for the others) and the CPU & Memory
page (vCPUs, cores per socket, static and dynamic memory within the template's limits)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
)

from xencenter.model import provision as pv
from xencenter.model.provision import NewVMPlan
from xencenter.model.summaries import MIB, size_text
from xencenter.model.words import QT_TRANSLATE_NOOP

from .base import ROLE, Page, note_label

if TYPE_CHECKING:
    from .wizard import NewVMWizard
    pass

translate = QCoreApplication.translate



class HomePage(Page):
    title, heading = QT_TRANSLATE_NOOP("NewVMWizard", "Home Server"), QT_TRANSLATE_NOOP("NewVMWizard", "Select a home server")

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        self.none = QRadioButton(translate("NewVMWizard", "Don't assign this VM a home server. The VM will be started on any server with "
                                 "the necessary resources."))
        self.some = QRadioButton(translate("NewVMWizard", "Place the VM on this server:"))
        self.none.setStyleSheet("QRadioButton { spacing: 8px; }")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([translate("NewVMWizard", "Server"), translate("NewVMWizard", "Memory"), ""])
        self.tree.setRootIsDecorated(False)
        self.tree.header().resizeSection(0, 200)
        self.tree.header().resizeSection(1, 160)
        self.layout_.addWidget(note_label(translate("NewVMWizard", "A VM prefers its home server: it starts there when it can. A VM whose storage "
                                     "is local to one server must live on that server.")))
        self.layout_.addWidget(self.none)
        self.layout_.addWidget(self.some)
        self.layout_.addWidget(self.tree, 1)
        self.none.toggled.connect(self._edited)
        self.some.toggled.connect(self._on_some)
        self.tree.currentItemChanged.connect(self._edited)

    def _on_some(self, checked: bool) -> None:
        self.tree.setEnabled(checked)
        if checked and self.tree.currentItem() is None:
            items = [item for i in range(self.tree.topLevelItemCount()) if (item := self.tree.topLevelItem(i))]
            first = next((item for item in items if not item.toolTip(0)), None)
            if first is not None:
                self.tree.setCurrentItem(first)
        self._edited()

    def load(self, plan: NewVMPlan) -> None:
        self._loading = True
        self.tree.clear()
        for choice in pv.host_choices(plan.template, list(plan.disks), plan.iso_vdi):
            item = QTreeWidgetItem([choice.host.name, choice.memory, choice.reason])
            item.setData(0, ROLE, choice.host.ref)
            if choice.reason:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(0, choice.reason)
            self.tree.addTopLevelItem(item)
            if choice.host.ref == plan.home:
                self.tree.setCurrentItem(item)
        tied = pv.needs_home(plan.template, list(plan.disks), plan.iso_vdi)
        self.none.setEnabled(not tied)
        (self.some if plan.home or tied else self.none).setChecked(True)
        self.tree.setEnabled(self.some.isChecked())
        self._loading = False

    def chosen(self) -> str:
        if self.none.isChecked():
            return ""
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else ""

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        home = self.chosen()
        return pv.with_home(plan, home) if home != plan.home else plan

    def problem(self, plan: NewVMPlan) -> str:
        if self.some.isChecked() and not self.chosen():
            return translate("NewVMWizard", "Choose the home server.")
        return pv.home_problem(plan)

    def summary(self, plan: NewVMPlan) -> str:
        host = plan.home_host
        return host.name if host is not None else translate("NewVMWizard", "None")


# ---- CPU & memory ---------------------------------------------------------------------------------------------------


def _mib_spin(maximum_mib: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, max(maximum_mib, 1))
    spin.setSingleStep(128)
    spin.setSuffix(" MB")
    spin.setAccelerated(True)
    return spin


def topology_text(sockets: int, cores: int) -> str:
    """"2 sockets with 1 core per socket", one whole sentence for each singular and plural."""
    texts = {
        (True, True): translate("NewVMWizard", "1 socket with 1 core per socket"),
        (True, False): translate("NewVMWizard", "1 socket with {cores} cores per socket"),
        (False, True): translate("NewVMWizard", "{sockets} sockets with 1 core per socket"),
        (False, False): translate("NewVMWizard", "{sockets} sockets with {cores} cores per socket"),
    }
    return texts[sockets == 1, cores == 1].format(sockets=sockets, cores=cores)


class CpuMemoryPage(Page):
    title = QT_TRANSLATE_NOOP("NewVMWizard", "CPU & Memory")
    heading = QT_TRANSLATE_NOOP("NewVMWizard", "Allocate processor and memory resources")

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        self.vcpus_max = QSpinBox()
        self.topology = QComboBox()
        self.vcpus = QSpinBox()
        self.memory = _mib_spin(1 << 24)
        self.dynamic = QCheckBox(translate("NewVMWizard", "Let the server adjust the memory between:"))
        self.dynamic_min = _mib_spin(1 << 24)
        self.dynamic_max = _mib_spin(1 << 24)
        self.limits = note_label()
        form.addRow(translate("NewVMWizard", "Maximum number of vCPUs:"), self.vcpus_max)
        form.addRow(translate("NewVMWizard", "Topology:"), self.topology)
        form.addRow(translate("NewVMWizard", "Initial number of vCPUs:"), self.vcpus)
        form.addRow(translate("NewVMWizard", "Memory (static maximum):"), self.memory)
        form.addRow("", self.dynamic)
        form.addRow(translate("NewVMWizard", "Dynamic minimum:"), self.dynamic_min)
        form.addRow(translate("NewVMWizard", "Dynamic maximum:"), self.dynamic_max)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.limits)
        self.layout_.addStretch(1)
        self.vcpus_max.valueChanged.connect(self._on_max)
        for widget in (self.vcpus, self.memory, self.dynamic_min, self.dynamic_max):
            widget.valueChanged.connect(self._edited)
        self.topology.activated.connect(self._edited)
        self.dynamic.toggled.connect(self._on_dynamic)

    def _fill_topology(self, maximum: int, cores: int) -> None:
        self.topology.clear()
        for each in (c for c in range(1, maximum + 1) if maximum % c == 0):
            sockets = maximum // each
            self.topology.addItem(topology_text(sockets, each), each)
        self.topology.setCurrentIndex(max(self.topology.findData(cores), 0))

    def _on_max(self, value: int) -> None:
        cores = self.topology.currentData() or 1
        self._fill_topology(value, cores if value % cores == 0 else 1)
        self.vcpus.setMaximum(value)
        self._edited()

    def _on_dynamic(self, checked: bool) -> None:
        self.dynamic_min.setEnabled(checked)
        self.dynamic_max.setEnabled(checked)
        self._edited()

    def load(self, plan: NewVMPlan) -> None:
        self._loading = True
        template = plan.template
        limit = pv.max_vcpus(template)
        self.vcpus_max.setRange(1, max(limit, plan.vcpus_max))
        self.vcpus_max.setValue(plan.vcpus_max)
        self._fill_topology(plan.vcpus_max, plan.cores_per_socket)
        self.vcpus.setRange(1, plan.vcpus_max)
        self.vcpus.setValue(plan.vcpus)
        self.memory.setValue(plan.memory_static_max // MIB)
        dynamic = (plan.memory_dynamic_min, plan.memory_dynamic_max) != (plan.memory_static_max,) * 2
        self.dynamic.setChecked(dynamic)
        self.dynamic_min.setValue(plan.memory_dynamic_min // MIB)
        self.dynamic_max.setValue(plan.memory_dynamic_max // MIB)
        self.dynamic_min.setEnabled(dynamic)
        self.dynamic_max.setEnabled(dynamic)
        self.limits.setText(translate("NewVMWizard", "This template allows up to {count} vCPUs and {memory} of memory, "
                                      "and needs at least {minimum}.").format(
            count=limit, memory=size_text(pv.max_memory(template)), minimum=size_text(template.memory_static_min)))
        self._loading = False

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        static = self.memory.value() * MIB
        low, high = (self.dynamic_min.value() * MIB, self.dynamic_max.value() * MIB) if self.dynamic.isChecked() \
            else (static, static)
        return replace(plan, vcpus_max=self.vcpus_max.value(), vcpus=self.vcpus.value(),
                       cores_per_socket=self.topology.currentData() or 1, memory_static_max=static,
                       memory_dynamic_min=low, memory_dynamic_max=high)

    def problem(self, plan: NewVMPlan) -> str:
        return pv.cpu_problem(plan) or pv.memory_problem(plan)

    def warnings(self, plan: NewVMPlan) -> list[str]:
        return pv.cpu_memory_warnings(plan)

    def summary(self, plan: NewVMPlan) -> str:
        text = translate("NewVMWizard", "1 vCPU, {memory}") if plan.vcpus == 1 else translate(
            "NewVMWizard", "{count} vCPUs, {memory}")
        return text.format(count=plan.vcpus, memory=size_text(plan.memory_static_max))
