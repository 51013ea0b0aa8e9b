"""The New VM wizard, XenCenter's pages in the house's style (the steps listed on the left with what was chosen,
the page on the right): Template, Name, Installation Media, Home Server, CPU & Memory, Storage, Networking,
Finish.

It only gathers answers: it keeps a ``model.provision.NewVMPlan`` (the template's defaults, then each page's
choices), asks the model what each page offers and what is wrong with it (the same checks ``main.py run
vm.new`` makes), and gives back the plan as ``vm.new``'s parameters (``params()``), which the command then runs
as one operation. The Finish page shows the equivalent command line. Nothing here calls the server.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.model import provision as pv
from xencenter.model.provision import DiskPlan, NewVMPlan, VifPlan
from xencenter.model.summaries import MIB, size_text
from xencenter.views.disk_dialogs import DiskDialog, VifDialog
from xencenter.views.properties_dialog import PageListDelegate
from xencenter.views.tabs.widgets import plain_label, secondary_text_color, set_warning

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VM, Host
    from xencenter.operations.context import AppContext

ROLE = Qt.ItemDataRole.UserRole
AMBER = "#9a6700"


def _title(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


def _note(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {secondary_text_color(label)};")
    return label


class Page(QWidget):
    """One step. ``load`` shows the plan, ``apply`` returns it with the page's answers, ``problem`` says what
    stops Next (from the model), ``summary`` is the step list's second line. ``changed`` when the user edits."""

    title = ""
    heading = ""
    changed = Signal()

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__()
        self.wizard = wizard
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.setSpacing(10)
        self.layout_.addWidget(_title(self.heading))
        self._loading = False

    @property
    def cache(self) -> ObjectCache:
        return self.wizard.cache

    def load(self, plan: NewVMPlan) -> None:
        """Fill the page from the plan (called each time it is shown)."""

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        return plan

    def problem(self, plan: NewVMPlan) -> str:
        return ""

    def warnings(self, plan: NewVMPlan) -> list[str]:
        return []

    def summary(self, plan: NewVMPlan) -> str:
        return ""

    def applies(self, plan: NewVMPlan) -> bool:
        """Whether the wizard shows this page for the plan (the install media only for default templates)."""
        return True

    def _edited(self, *args: Any) -> None:
        if not self._loading:
            self.changed.emit()


# ---- Template -----------------------------------------------------------------------------------------------------


class TemplatePage(Page):
    title, heading = "Template", "Select a VM template"

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search templates")
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Template", "Type"])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().resizeSection(0, 330)
        self.description = _note()
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.tree, 1)
        self.layout_.addWidget(self.description)
        self.search.textChanged.connect(self._filter)
        self.tree.currentItemChanged.connect(self._on_current)
        self.fill()

    def fill(self) -> None:
        self.tree.clear()
        for group, members in pv.template_groups(self.cache):
            header = QTreeWidgetItem([group, ""])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            self.tree.addTopLevelItem(header)
            for template in members:
                item = QTreeWidgetItem([f"    {template.name}", group])
                item.setData(0, ROLE, template.ref)
                self.tree.addTopLevelItem(item)

    def items(self) -> list[QTreeWidgetItem]:
        return [item for i in range(self.tree.topLevelItemCount()) if (item := self.tree.topLevelItem(i)) is not None]

    def select(self, ref: str) -> None:
        for item in self.items():
            if item.data(0, ROLE) == ref:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def selected(self) -> VM | None:
        item = self.tree.currentItem()
        ref = item.data(0, ROLE) if item is not None and not item.isHidden() else None
        return self.cache.get("VM", ref) if ref else None

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        group_visible: dict[int, bool] = {}
        header_index = -1
        for index, item in enumerate(self.items()):
            if item.data(0, ROLE) is None:
                header_index = index
                group_visible[header_index] = False
                continue
            shown = all(w in item.text(0).casefold() for w in words)
            item.setHidden(not shown)
            if shown:
                group_visible[header_index] = True
        for index, visible in group_visible.items():
            header = self.tree.topLevelItem(index)
            if header is not None:
                header.setHidden(not visible)
        if self.selected() is None:
            first = next((i for i in self.items() if i.data(0, ROLE) and not i.isHidden()), None)
            if first is not None:
                self.tree.setCurrentItem(first)
        self._edited()

    def _on_current(self, *args: Any) -> None:
        template = self.selected()
        self.description.setText(pv.template_description(template) if template is not None else "")
        self._edited()

    def load(self, plan: NewVMPlan) -> None:
        self._loading = True
        if self.selected() is None or self.selected().ref != plan.template.ref:  # type: ignore[union-attr]
            self.select(plan.template.ref)
        self._loading = False

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        template = self.selected()
        if template is None or template.ref == plan.template.ref:
            return plan
        return self.wizard.fresh_plan(template)

    def problem(self, plan: NewVMPlan) -> str:
        return "" if self.selected() is not None else "Select a template."

    def summary(self, plan: NewVMPlan) -> str:
        return plan.template.name


# ---- Name ------------------------------------------------------------------------------------------------------------


class NamePage(Page):
    title, heading = "Name", "Name the new virtual machine"

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        self.name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(90)
        form.addRow("Name:", self.name)
        form.addRow("Description:", self.description)
        self.layout_.addLayout(form)
        self.layout_.addWidget(_note("A name that helps you find the VM among the others; it need not be unique."))
        self.layout_.addStretch(1)
        self.name.textChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)

    def load(self, plan: NewVMPlan) -> None:
        self._loading = True
        if self.name.text() != plan.name:
            self.name.setText(plan.name)
        if self.description.toPlainText() != plan.description:
            self.description.setPlainText(plan.description)
        self._loading = False

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        name = self.name.text().strip()
        renamed = pv.rename_disks(replace(plan, name=name), plan.name) if name != plan.name else plan
        return replace(renamed, description=self.description.toPlainText())

    def problem(self, plan: NewVMPlan) -> str:
        return "" if self.name.text().strip() else "The new VM needs a name."

    def summary(self, plan: NewVMPlan) -> str:
        return plan.name


# ---- Installation media ---------------------------------------------------------------------------------------


def iso_model(cache: ObjectCache, parent: Any) -> QStandardItemModel:
    """The discs grouped by library (headers not selectable), servers' DVD drives last."""
    model = QStandardItemModel(parent)
    group = None
    for choice in pv.iso_choices(cache):
        if choice.group != group:
            group = choice.group
            header = QStandardItem(group)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
        item = QStandardItem("    " + choice.label)
        item.setData(choice.vdi.ref, ROLE)
        model.appendRow(item)
    return model


class InstallPage(Page):
    title, heading = "Installation Media", "Locate the operating system installation media"

    def applies(self, plan: NewVMPlan) -> bool:
        return pv.is_default_template(plan.template)  # a custom template or a snapshot has its OS installed

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.iso = QComboBox()
        self.iso.setMinimumContentsLength(36)
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://mirror.example/distro/")
        self.boot_args = QLineEdit()
        self.boot_mode = QComboBox()
        for method in ("cd", "url", "network", "none"):
            radio = QRadioButton(pv.INSTALL_WORDS[method])
            self.radios[method] = radio
            self.group.addButton(radio)
            self.layout_.addWidget(radio)
            if method == "cd":
                row = QHBoxLayout()
                row.addSpacing(24)
                row.addWidget(self.iso, 1)
                self.layout_.addLayout(row)
            elif method == "url":
                row = QHBoxLayout()
                row.addSpacing(24)
                row.addWidget(self.url, 1)
                self.layout_.addLayout(row)
            radio.toggled.connect(self._edited)
        form = QFormLayout()
        form.addRow("Boot mode:", self.boot_mode)
        form.addRow("Boot parameters:", self.boot_args)
        self.boot_args_label = form.labelForField(self.boot_args)
        self.boot_mode_label = form.labelForField(self.boot_mode)
        self.layout_.addSpacing(8)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.iso.activated.connect(self._edited)
        self.url.textChanged.connect(self._edited)
        self.boot_args.textChanged.connect(self._edited)
        self.boot_mode.activated.connect(self._edited)
        self._template = ""

    def load(self, plan: NewVMPlan) -> None:
        self._loading = True
        template = plan.template
        methods = pv.install_methods(template)
        for method, radio in self.radios.items():
            radio.setVisible(method in methods)
        self.iso.setVisible("cd" in methods)
        self.url.setVisible("url" in methods)
        if self._template != template.ref:
            self._template = template.ref
            self.iso.setModel(iso_model(self.cache, self.iso))
            self.boot_mode.clear()
            for mode in pv.boot_modes(template):
                self.boot_mode.addItem(pv.BOOT_MODE_WORDS[mode], mode)
        self.radios.get(plan.install, self.radios["none"]).setChecked(True)
        index = next((i for i in range(self.iso.count()) if self.iso.itemData(i, ROLE) == plan.iso), -1)
        if index < 0:
            index = next((i for i in range(self.iso.count()) if self.iso.itemData(i, ROLE)), -1)
        self.iso.setCurrentIndex(index)
        self.url.setText(plan.url)
        hvm = template.is_hvm
        for widget in (self.boot_mode, self.boot_mode_label):
            widget.setVisible(hvm and self.boot_mode.count() > 0)
        for widget in (self.boot_args, self.boot_args_label):
            widget.setVisible(not hvm)
        self.boot_args.setText(plan.boot_args)
        mode_index = self.boot_mode.findData(plan.boot_mode)
        self.boot_mode.setCurrentIndex(max(mode_index, 0))
        self._loading = False

    def method(self) -> str:
        return next((m for m, r in self.radios.items() if r.isChecked() and not r.isHidden()), "none")

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        method = self.method()
        iso = self.iso.currentData(ROLE) or "" if method == "cd" else ""
        changes: dict[str, Any] = {"install": method, "iso": iso, "url": self.url.text().strip()}
        if not plan.template.is_hvm:
            changes["boot_args"] = self.boot_args.text()
        elif self.boot_mode.count():
            changes["boot_mode"] = self.boot_mode.currentData() or plan.boot_mode
        updated = pv.with_boot_disk(replace(plan, **changes))
        if iso != plan.iso:  # a disc on one server's storage ties the VM to that server
            tied = pv.iso_host(updated.iso_vdi)
            if tied is not None and updated.home != tied.ref:
                updated = pv.with_home(updated, tied.ref)
        return updated

    def problem(self, plan: NewVMPlan) -> str:
        return pv.install_problem(plan)

    def summary(self, plan: NewVMPlan) -> str:
        if plan.install == "cd":
            vdi = plan.iso_vdi
            return vdi.name if vdi is not None else ("Choose a disc" if pv.is_default_template(plan.template)
                                                     else "Empty DVD drive")
        return {"url": plan.url or "Network install", "network": "Boot from network", "none": "None"}[plan.install]


# ---- Home server ------------------------------------------------------------------------------------------------


class HomePage(Page):
    title, heading = "Home Server", "Select a home server"

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        self.none = QRadioButton("Don't assign this VM a home server. The VM will be started on any server with "
                                 "the necessary resources.")
        self.some = QRadioButton("Place the VM on this server:")
        self.none.setStyleSheet("QRadioButton { spacing: 8px; }")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Server", "Memory", ""])
        self.tree.setRootIsDecorated(False)
        self.tree.header().resizeSection(0, 200)
        self.tree.header().resizeSection(1, 160)
        self.layout_.addWidget(_note("A VM prefers its home server: it starts there when it can. A VM whose storage "
                                     "is local to one server must live on that server."))
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
            return "Choose the home server."
        return pv.home_problem(plan)

    def summary(self, plan: NewVMPlan) -> str:
        host = plan.home_host
        return host.name if host is not None else "None"


# ---- CPU & memory ---------------------------------------------------------------------------------------------------


def _mib_spin(maximum_mib: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, max(maximum_mib, 1))
    spin.setSingleStep(128)
    spin.setSuffix(" MB")
    spin.setAccelerated(True)
    return spin


class CpuMemoryPage(Page):
    title, heading = "CPU & Memory", "Allocate processor and memory resources"

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        self.vcpus_max = QSpinBox()
        self.topology = QComboBox()
        self.vcpus = QSpinBox()
        self.memory = _mib_spin(1 << 24)
        self.dynamic = QCheckBox("Let the server adjust the memory between:")
        self.dynamic_min = _mib_spin(1 << 24)
        self.dynamic_max = _mib_spin(1 << 24)
        self.limits = _note()
        form.addRow("Maximum number of vCPUs:", self.vcpus_max)
        form.addRow("Topology:", self.topology)
        form.addRow("Initial number of vCPUs:", self.vcpus)
        form.addRow("Memory (static maximum):", self.memory)
        form.addRow("", self.dynamic)
        form.addRow("Dynamic minimum:", self.dynamic_min)
        form.addRow("Dynamic maximum:", self.dynamic_max)
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
            self.topology.addItem(f"{sockets} socket{'s' if sockets != 1 else ''} with {each} core"
                                  f"{'s' if each != 1 else ''} per socket", each)
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
        self.limits.setText(f"This template allows up to {limit} vCPUs and {size_text(pv.max_memory(template))} of "
                            f"memory, and needs at least {size_text(template.memory_static_min)}.")
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
        return [w for w in pv.plan_warnings(plan) if "vCPUs" in w or "memory" in w]

    def summary(self, plan: NewVMPlan) -> str:
        return f"{plan.vcpus} vCPU{'s' if plan.vcpus != 1 else ''}, {size_text(plan.memory_static_max)}"


# ---- Storage ------------------------------------------------------------------------------------------------------


class StoragePlanPage(Page):
    title, heading = "Storage", "Configure storage for the new VM"

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        self.with_disks = QRadioButton("Place the virtual disks of the new VM on these storage repositories:")
        self.diskless = QRadioButton("Create a diskless VM that boots from the network")
        self.table = QTreeWidget()
        self.table.setHeaderLabels(["Name", "Size", "Location", ""])
        self.table.setRootIsDecorated(False)
        self.table.header().resizeSection(0, 170)
        self.table.header().resizeSection(1, 70)
        self.table.header().resizeSection(2, 220)
        self.add = QPushButton("Add…")
        self.edit = QPushButton("Edit…")
        self.delete = QPushButton("Delete")
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
            where = pv.sr_label(sr) if sr is not None else "No suitable storage"
            status = "" if not disk.created else (pv.sr_reason(sr, home, [disk.size]) if sr is not None
                                                  else "No storage can hold this disk.")
            if not disk.created:
                status = ("copied in full with the template" if plan.copy_sr else "cloned with the template")
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
            title, ok = "Add Virtual Disk", "Add"
        else:
            title, ok = "Edit Disk", "OK"
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
            return "No disks"
        total = sum(d.size for d in plan.disks)
        return f"{len(plan.disks)} disk{'s' if len(plan.disks) != 1 else ''}, {size_text(total)}"


def set_item_warning(item: QTreeWidgetItem, column: int) -> None:
    from PySide6.QtGui import QColor

    from xencenter.views.tabs.widgets import WARNING_RED

    item.setForeground(column, QColor(WARNING_RED))


# ---- Networking -------------------------------------------------------------------------------------------------


class NetworkingPage(Page):
    title, heading = "Networking", "Configure networking on the new VM"

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        self.table = QTreeWidget()
        self.table.setHeaderLabels(["Device", "MAC", "Network", "Limit"])
        self.table.setRootIsDecorated(False)
        self.table.header().resizeSection(0, 60)
        self.table.header().resizeSection(1, 170)
        self.table.header().resizeSection(2, 260)
        self.add = QPushButton("Add…")
        self.properties = QPushButton("Properties…")
        self.delete = QPushButton("Delete")
        buttons = QHBoxLayout()
        for button in (self.add, self.properties, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.default_note = _note("The template's default networks are listed: change them here or later on the VM's "
                                  "Networking tab.")
        self.layout_.addWidget(self.default_note)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(buttons)
        self.vifs: list[VifPlan] = []
        self.add.clicked.connect(self._on_add)
        self.properties.clicked.connect(self._on_properties)
        self.delete.clicked.connect(self._on_delete)
        self.table.currentItemChanged.connect(self._update_buttons)

    def _rows(self) -> None:
        self.table.clear()
        for index, vif in enumerate(self.vifs):
            network = self.cache.get("network", vif.network)
            self.table.addTopLevelItem(QTreeWidgetItem([
                str(index), vif.mac or "<autogenerated MAC>", network.name if network is not None else "",
                f"{vif.kbps} kB/s" if vif.kbps else ""]))
        if self.vifs:
            first_row = self.table.topLevelItem(0)
            if first_row is not None:
                self.table.setCurrentItem(first_row)
        self._update_buttons()

    def _limit(self) -> int:
        template = self.wizard.plan.template
        limit = pv.max_vifs(template)
        if pv.is_default_template(template):
            limit = min(limit, pv.MAX_NETWORKS_FOR_DEFAULT_TEMPLATES)
        return limit

    def _update_buttons(self, *args: Any) -> None:
        chosen = self.table.currentIndex().row() >= 0 and bool(self.vifs)
        self.properties.setEnabled(chosen)
        self.delete.setEnabled(chosen)
        full = len(self.vifs) >= self._limit()
        self.add.setEnabled(not full)
        self.add.setToolTip(f"A VM made from this template can have at most {self._limit()} interfaces here."
                            if full else "")

    def load(self, plan: NewVMPlan) -> None:
        self.vifs = list(plan.vifs)
        self.default_note.setVisible(pv.is_default_template(plan.template))
        self._rows()

    def _dialog(self, vif: VifPlan | None) -> VifPlan | None:
        taken = {v.mac for v in self.vifs if v.mac and v is not vif}
        if vif is None:
            first = next((n.ref for n in pv.network_choices(self.cache)), "")
            dialog = VifDialog(self.cache, network=first, taken_macs=taken, parent=self)
        else:
            dialog = VifDialog(self.cache, network=vif.network, mac=vif.mac, limit=vif.kbps,
                               title="Virtual Interface Properties", ok="OK", taken_macs=taken, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        answer = dialog.answer()
        return VifPlan(answer["network"].ref, answer["mac"], answer["limit"], vif.device if vif else "")

    def _on_add(self) -> None:
        made = self._dialog(None)
        if made is not None:
            self.vifs.append(replace(made, device=str(len(self.vifs))))
            self._rows()
            self._edited()

    def _on_properties(self) -> None:
        index = self.table.currentIndex().row()
        if 0 <= index < len(self.vifs):
            made = self._dialog(self.vifs[index])
            if made is not None:
                self.vifs[index] = made
                self._rows()
                self._edited()

    def _on_delete(self) -> None:
        index = self.table.currentIndex().row()
        if 0 <= index < len(self.vifs):
            del self.vifs[index]
            self.vifs = [replace(v, device=str(i)) for i, v in enumerate(self.vifs)]
            self._rows()
            self._edited()

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        return replace(plan, vifs=tuple(self.vifs))

    def problem(self, plan: NewVMPlan) -> str:
        problems = pv.vif_problems(self.cache, list(plan.vifs), plan.template)
        return problems[0] if problems else ""

    def summary(self, plan: NewVMPlan) -> str:
        count = len(plan.vifs)
        return f"{count} interface{'s' if count != 1 else ''}" if count else "No network"


# ---- Finish -------------------------------------------------------------------------------------------------------


class FinishPage(Page):
    title, heading = "Finish", "Ready to create the new virtual machine"

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(_note("All the information needed to create the VM has been gathered. Review it, then "
                                     "click Create Now."))
        self.summary_box = QFormLayout()
        self.layout_.addLayout(self.summary_box)
        self.start = QCheckBox("Start the new VM automatically")
        self.layout_.addWidget(self.start)
        self.layout_.addWidget(_note("The same from the command line:"))
        self.command = QPlainTextEdit()
        self.command.setReadOnly(True)
        self.command.setFixedHeight(92)
        self.layout_.addWidget(self.command)
        self.layout_.addStretch(1)
        self.start.toggled.connect(self._edited)

    def load(self, plan: NewVMPlan) -> None:
        self._loading = True
        while self.summary_box.rowCount():
            self.summary_box.removeRow(0)
        for page in self.wizard.pages[:-1]:
            if not page.applies(plan):
                continue
            value = plain_label(page.summary(plan))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_box.addRow(f"{page.title.replace('&', '&&')}:", value)
        self.start.setChecked(plan.start)
        self.command.setPlainText(self.command_text(plan))
        self._loading = False

    def command_text(self, plan: NewVMPlan) -> str:
        """``main.py run vm.new ...`` with the connection's options (the password from a file)."""
        text = pv.command_line(pv.plan_params(plan))
        connection = next((c for c in self.wizard.context.connections if c.cache is plan.cache), None)
        if connection is None:
            return text
        return f"{text} --server {connection.address} --user {connection.user} --password-file PASSWORD_FILE"

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        updated = replace(plan, start=self.start.isChecked())
        if updated.start != plan.start:
            self.command.setPlainText(self.command_text(updated))
        return updated

    def summary(self, plan: NewVMPlan) -> str:
        return "Start it" if plan.start else "Leave it shut down"


# ---- the wizard -------------------------------------------------------------------------------------------------


PAGES = (TemplatePage, NamePage, InstallPage, HomePage, CpuMemoryPage, StoragePlanPage, NetworkingPage, FinishPage)


class NewVMWizard(QDialog):
    """See the module docstring. ``target``: a selected template (preselected), server (the home server) or
    pool; else the first connected pool."""

    def __init__(self, context: AppContext, target: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        cache = self._cache_of(context, target)
        if cache is None:
            raise ValueError("Connect to a server first.")
        self.cache: ObjectCache = cache
        template = target if getattr(target, "cls", "") == "VM" and target.is_a_template else None
        self.preferred: Host | None = target if getattr(target, "cls", "") == "host" else None
        choices = pv.templates(self.cache)
        if template is None:
            template = next((t for t in choices if pv.template_type(t) not in ("Custom", "Snapshot")),
                            choices[0] if choices else None)
        if template is None:
            raise ValueError("This pool has no template to make a VM from.")
        self.plan = self.fresh_plan(template)
        self.setWindowTitle("New VM")
        self.setMinimumSize(QSize(860, 560))
        self.steps = QListWidget()
        self.steps.setFixedWidth(200)
        self.steps.setItemDelegate(PageListDelegate(self.steps))
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for kind in PAGES:
            page = kind(self)
            self.pages.append(page)
            self.stack.addWidget(page)
            QListWidgetItem(page.title, self.steps)
            page.changed.connect(self._on_changed)
        self.message = plain_label("")
        self.message.setWordWrap(True)
        self.back = QPushButton("< Previous")
        self.next = QPushButton("Next >")
        self.create_button = QPushButton("Create Now")
        self.cancel = QPushButton("Cancel")
        self.next.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back, self.next, self.create_button, self.cancel):
            buttons.addWidget(button)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.back.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.create_button.clicked.connect(self._on_create)
        self.cancel.clicked.connect(self.reject)
        self.steps.currentRowChanged.connect(self._on_step_clicked)
        self.pages[0].load(self.plan)
        self.plan = self.pages[0].apply(self.plan)
        self.steps.setCurrentRow(0)
        self._refresh()

    @staticmethod
    def _cache_of(context: AppContext, target: Any) -> ObjectCache | None:
        cache = getattr(target, "cache", None)
        if cache is None:
            connection = getattr(target, "connection", None)
            cache = getattr(connection, "cache", None)
        if cache is None:
            from xencenter.connection import ConnectionState

            connected = [c for c in context.connections if c.state is ConnectionState.CONNECTED]
            cache = connected[0].cache if connected else None
        return cache

    def fresh_plan(self, template: VM) -> NewVMPlan:
        return pv.default_plan(template, None, self.preferred)

    # ---- moving between pages ---------------------------------------------------------------------------

    @property
    def page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def go(self, index: int) -> bool:
        """Show page ``index`` (forward only past pages without a problem; pages that do not apply to the plan
        are passed over); False when it stays."""
        index = max(0, min(index, len(self.pages) - 1))
        current = self.stack.currentIndex()
        self.plan = self.page.apply(self.plan)
        step = 1 if index >= current else -1
        while not self.pages[index].applies(self.plan) and 0 < index < len(self.pages) - 1:
            index += step
        if index > current:
            for passed in range(current, index):
                if not self.pages[passed].applies(self.plan):
                    continue
                if passed != current:
                    self.pages[passed].load(self.plan)
                    self.plan = self.pages[passed].apply(self.plan)
                problem = self.pages[passed].problem(self.plan)
                if problem:
                    index = passed
                    break
        self.stack.setCurrentIndex(index)
        self.pages[index].load(self.plan)
        self.plan = self.pages[index].apply(self.plan)  # what the page shows by default is the answer
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self._refresh()
        return index != current

    def _on_step_clicked(self, row: int) -> None:
        if row != self.stack.currentIndex():
            self.go(row)

    def _on_changed(self) -> None:
        self.plan = self.page.apply(self.plan)
        self._refresh()

    def _refresh(self) -> None:
        plan = self.plan
        problem = self.page.problem(plan)
        warnings = self.page.warnings(plan)
        for row, page in enumerate(self.pages):
            item = self.steps.item(row)
            item.setData(PageListDelegate.SUMMARY_ROLE, page.summary(plan))
            self.steps.setRowHidden(row, not page.applies(plan))
        if problem:
            self.message.setText(problem)
            set_warning(self.message, True)
            self.message.setStyleSheet("")
        elif warnings:
            set_warning(self.message, False)
            self.message.setText("\n".join(warnings))
            self.message.setStyleSheet(f"color: {AMBER};")
        else:
            self.message.setText("")
        self.message.setVisible(bool(self.message.text()))
        last = self.stack.currentIndex() == len(self.pages) - 1
        self.back.setEnabled(self.stack.currentIndex() > 0)
        self.next.setEnabled(not last and not problem)
        self.create_button.setEnabled(not pv.plan_problems(plan) and not problem)
        self.create_button.setDefault(last)
        self.next.setDefault(not last)

    def _on_create(self) -> None:
        self.plan = self.page.apply(self.plan)
        problems = pv.plan_problems(self.plan)
        if problems:
            self.message.setText(problems[0])
            set_warning(self.message, True)
            self.message.show()
            return
        self.accept()

    # ---- the answer ----------------------------------------------------------------------------------------------

    def params(self) -> dict[str, Any]:
        """``vm.new``'s parameters for the plan made (the command runs them)."""
        return pv.plan_params(self.plan)

    def page_named(self, title: str) -> Page:
        return next(p for p in self.pages if p.title == title)
