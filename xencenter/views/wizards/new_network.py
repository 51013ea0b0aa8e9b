"""The New Network wizard (XenCenter's NewNetworkWizard): Type; then Name and Network settings for an external
(VLAN) or single-server private network, or Bond Members for a bonded network; Finish. It only gathers
``network.new``'s parameters and checks them as the command does (``model.new_network``): a VLAN tag already
used on that NIC, an MTU out of range, a bond of fewer than two NICs stop Next, in XenCenter's words."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from xencenter.commands.network import coordinator
from xencenter.model import new_network as nn
from xencenter.model import nics
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.networking import nic_texts
from xencenter.views.wizards.steps import FinishStep, Step, StepWizard, connection_options, note

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import PIF, Host
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate


def _mtu_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(nn.MTU_MIN, nn.MTU_MAX)
    box.setValue(nn.MTU_DEFAULT)
    box.setMaximumWidth(120)
    return box


def bound_mtu(box: QSpinBox, label: Any, highest: int) -> None:
    """XenCenter's MTU box: up to the NICs' MTU, disabled when only one value is allowed."""
    box.setMaximum(highest)
    box.setEnabled(highest > nn.MTU_MIN)
    label.setText(translate("NewNetworkWizard", "Allowed MTU value: {value}").format(value=highest)
                  if highest == nn.MTU_MIN else mtu_range_text(highest))


def mtu_range_text(highest: int) -> str:
    return translate("NewNetworkWizard", "Allowed MTU range: {lowest} to {highest}").format(
        lowest=nn.MTU_MIN, highest=highest)


class TypeStep(Step):
    title, heading = QT_TRANSLATE_NOOP("Wizard", "Select Type"), QT_TRANSLATE_NOOP("Wizard", "Choose the type of network to create")

    def __init__(self, wizard: NewNetworkWizard) -> None:
        super().__init__(wizard)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for kind in nn.KINDS.values():
            button = QRadioButton(kind.title)
            button.setStyleSheet("font-weight: bold")
            self.group.addButton(button)
            self.buttons[kind.key] = button
            self.layout_.addWidget(button)
            blurb = note(kind.blurb)
            blurb.setContentsMargins(22, 0, 0, 6)
            self.layout_.addWidget(blurb)
            button.toggled.connect(lambda on, key=kind.key: self._picked(key) if on else None)
        self.layout_.addStretch(1)
        self.buttons[self.answers["type"]].setChecked(True)

    def _picked(self, key: str) -> None:
        if key != self.answers["type"]:
            self.answers["type"] = key
            self.wizard.arrange()  # type: ignore[attr-defined]
        self._edited()

    def summary(self) -> str:
        return nn.KINDS[self.answers["type"]].title


class NameStep(Step):
    title, heading = QT_TRANSLATE_NOOP("Wizard", "Name"), QT_TRANSLATE_NOOP("Wizard", "Enter a name and description for the new network")

    def __init__(self, wizard: NewNetworkWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        self.name, self.description = QLineEdit(), QLineEdit()
        form.addRow(translate("NewNetworkWizard", "&Name:"), self.name)
        form.addRow(translate("NewNetworkWizard", "&Description:"), self.description)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.name.textChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)

    def enter(self) -> None:
        suggested = nn.default_name(self.wizard.cache, self.answers["type"])  # type: ignore[attr-defined]
        if self.name.text() in ("", self.answers.get("suggested_name")):
            self.answers["suggested_name"] = suggested
            self.name.setText(suggested)

    def _edited(self, *args: Any) -> None:
        self.answers.update(name=self.name.text().strip(), description=self.description.text().strip())
        super()._edited()

    def problem(self) -> str:
        return "" if self.answers.get("name") else translate("NewNetworkWizard", "Enter a name for the network.")

    def summary(self) -> str:
        return str(self.answers.get("name", ""))


class DetailsStep(Step):
    """XenCenter's NetWDetails: the NIC, VLAN and MTU of an external network; "add automatically" for both."""

    title, heading = QT_TRANSLATE_NOOP("Wizard", "Network settings"), QT_TRANSLATE_NOOP("Wizard", "Configure the new network")

    def __init__(self, wizard: NewNetworkWizard) -> None:
        super().__init__(wizard)
        self.about = note("")
        self.layout_.addWidget(self.about)
        self.form = QFormLayout()
        self.nic = QComboBox()
        for pif in nn.host_nics(wizard.host):
            self.nic.addItem(nics.nic_name(pif), pif)
        self.vlan = QSpinBox()
        self.vlan.setRange(0, nn.VLAN_MAX)
        self.vlan.setMaximumWidth(120)
        self.mtu = _mtu_box()
        self.vlan_note, self.mtu_note = note(""), note("")
        self.form.addRow(translate("NewNetworkWizard", "&NIC:"), self.nic)
        self.form.addRow(translate("NewNetworkWizard", "&VLAN:"), self.vlan)
        self.form.addRow("", self.vlan_note)
        self.form.addRow(translate("NewNetworkWizard", "&MTU:"), self.mtu)
        self.form.addRow("", self.mtu_note)
        self.layout_.addLayout(self.form)
        self.automatic = QCheckBox(translate("NewNetworkWizard", "A&utomatically add this network to new virtual machines"))
        self.automatic.setChecked(True)
        self.layout_.addWidget(self.automatic)
        self.layout_.addStretch(1)
        self.nic.currentIndexChanged.connect(self._nic_changed)
        for signal in (self.vlan.valueChanged, self.mtu.valueChanged, self.automatic.toggled):
            signal.connect(self._edited)

    def _external(self) -> bool:
        return self.answers["type"] == "external"

    def enter(self) -> None:
        external = self._external()
        self.about.setText(translate("NewNetworkWizard", "Select the NIC and VLAN this network passes traffic over.") if external else
                           translate("NewNetworkWizard", "The network does not leave each server: VMs on the same server can use it to "
                           "talk to each other."))
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, external)
        if external and "vlan" not in self.answers:
            self.answers["vlan"] = None
            self._nic_changed()
        self._edited()

    def _pif(self) -> PIF | None:
        return self.nic.currentData()

    def _nic_changed(self, *args: Any) -> None:
        """XenCenter's: the MTU is bounded by the NIC's, and a VLAN tag not in use on it is proposed."""
        pif = self._pif()
        if pif is None:
            return
        bound_mtu(self.mtu, self.mtu_note, min(nn.MTU_MAX, pif.MTU) if pif.MTU > 0 else nn.MTU_MAX)
        if self.vlan.value() in nn.used_vlans(self.wizard.cache, pif.device) or self.answers.get("vlan") is None:  # type: ignore[attr-defined]
            self.vlan.setValue(nn.free_vlan(self.wizard.cache, pif.device))  # type: ignore[attr-defined]
        self._edited()

    def _edited(self, *args: Any) -> None:
        pif = self._pif()
        self.answers["automatic"] = self.automatic.isChecked()
        if self._external():
            self.answers.update(nic=[pif.device] if pif is not None else [], vlan=self.vlan.value(),
                                mtu=self.mtu.value())
            self.vlan_note.setText(translate("NewNetworkWizard", "VLAN 0 will receive all traffic not on any other VLAN")
                                   if self.vlan.value() == 0 else "")
            self.form.setRowVisible(2, self.vlan.value() == 0)
        super()._edited()

    def problem(self) -> str:
        if not self._external():
            return ""
        pif = self._pif()
        if pif is None:
            return translate("NewNetworkWizard", "This server has no NIC for a new network.")
        return nn.vlan_problem(self.wizard.cache, pif.device, self.vlan.value())  # type: ignore[attr-defined]

    def summary(self) -> str:
        if not self._external() or "vlan" not in self.answers:
            return ""
        return translate("NewNetworkWizard", "{nic}, VLAN {vlan}").format(
            nic=self.nic.currentText(), vlan=self.vlan.value()) if self._pif() is not None else ""


class BondStep(Step):
    """XenCenter's NetWBondDetails: the NICs to bond (two or more; bonded ones dimmed with the bond named), the
    mode, LACP's load balancing, the MTU and "add automatically"."""

    title, heading = QT_TRANSLATE_NOOP("Wizard", "Bond Members"), QT_TRANSLATE_NOOP("Wizard", "Select members for the new bonded network")

    def __init__(self, wizard: NewNetworkWizard) -> None:
        super().__init__(wizard)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([translate("NewNetworkWizard", "NIC"), translate("NewNetworkWizard", "MAC"), translate("NewNetworkWizard", "Link Status"), translate("NewNetworkWizard", "Speed"), translate("NewNetworkWizard", "Duplex"), translate("NewNetworkWizard", "Vendor"), translate("NewNetworkWizard", "Device"), translate("NewNetworkWizard", "PCI Bus Path")])
        for pif, why in nn.bond_candidates(wizard.host):
            texts = list(nic_texts(pif))
            if why:
                texts[0] += f" ({why})"
            item = QTreeWidgetItem(self.table, texts)
            item.setData(0, Qt.ItemDataRole.UserRole, pif)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if why:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.table.setMinimumHeight(110)
        self.layout_.addWidget(self.table, 1)
        mode_box = QGroupBox(translate("NewNetworkWizard", "Bond mode"))
        modes = QVBoxLayout(mode_box)
        modes.setSpacing(2)
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        choices = {"balance-slb": translate("NewNetworkWizard", "&Active-active"), "active-backup": translate("NewNetworkWizard", "Active-pa&ssive"), **{
            f"lacp:{key}": (translate("NewNetworkWizard", "LA&CP with load balancing based on IP and port of source and destination")
                            if key == "tcpudp_ports" else translate("NewNetworkWizard", "&LACP with load balancing based on source MAC address"))
            for key in nn.HASHING}}
        for key, text in choices.items():
            button = QRadioButton(text)
            self.modes.addButton(button)
            self.mode_buttons[key] = button
            modes.addWidget(button)
        self.mode_buttons["balance-slb"].setChecked(True)
        self.layout_.addWidget(mode_box)
        form = QFormLayout()
        self.mtu = _mtu_box()
        self.mtu_note = note(mtu_range_text(nn.MTU_MAX))
        form.addRow(translate("NewNetworkWizard", "&MTU:"), self.mtu)
        form.addRow("", self.mtu_note)
        self.layout_.addLayout(form)
        self.automatic = QCheckBox(translate("NewNetworkWizard", "A&utomatically add this network to new virtual machines"))
        self.automatic.setChecked(True)
        self.layout_.addWidget(self.automatic)
        self.table.itemChanged.connect(self._edited)
        self.modes.buttonToggled.connect(self._edited)
        self.mtu.valueChanged.connect(self._edited)
        self.automatic.toggled.connect(self._edited)

    def members(self) -> list[PIF]:
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items
                if item is not None and item.checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, device: str, checked: bool = True) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole).device == device:
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _edited(self, *args: Any) -> None:
        members = self.members()
        bound_mtu(self.mtu, self.mtu_note, min([nn.MTU_MAX, *(p.MTU for p in members if p.MTU > 0)]))
        mode = next((k for k, b in self.mode_buttons.items() if b.isChecked()), "balance-slb")
        self.answers.update(nic=[p.device for p in members], mtu=self.mtu.value(), automatic=self.automatic.isChecked(),
                            bond_mode=mode.split(":")[0], hashing=mode.split(":")[1] if ":" in mode else "tcpudp_ports",
                            name=nn.bond_name([p.device for p in members]) if members else "")
        super()._edited()

    def problem(self) -> str:
        return nn.bond_problem(self.wizard.cache, self.members())  # type: ignore[attr-defined]

    def summary(self) -> str:
        return ", ".join(nics.nic_name(p) for p in self.members())


class NewNetworkFinish(FinishStep):
    heading = QT_TRANSLATE_NOOP("Wizard", "Ready to create the network")
    wizard: NewNetworkWizard

    def describe(self) -> str:
        kind, name = self.answers["type"], self.answers.get("name", "")
        if kind == "external":
            return translate("NewNetworkWizard", "The network '{name}' will be made with VLAN {vlan} on {nics} of "
                             "every server of the pool.").format(name=name, vlan=self.answers.get("vlan"),
                                                                 nics=", ".join(self.answers.get("nic", [])))
        if kind == "bond":
            return translate("NewNetworkWizard", "'{name}' will bond {nics} on every server of the "
                             "pool.").format(name=name, nics=", ".join(self.answers.get("nic", [])))
        return translate("NewNetworkWizard", "The private network '{name}' will be made: it does not leave each "
                         "server.").format(name=name)

    def command_line(self) -> str:
        params = self.wizard.params()
        text = f"python main.py run network.new --type {params['type']}"
        for name, value in params.items():
            if name == "type" or value in (None, "", []):
                continue
            option = "--" + name.replace("_", "-")
            if isinstance(value, bool):
                text += f" {option}" if value else f" --no-{option[2:]}"
            elif isinstance(value, list):
                text += "".join(f" {option} {shlex.quote(str(v))}" for v in value)
            else:
                text += f" {option} {shlex.quote(str(getattr(value, 'name', value)))}"
        return text + connection_options(self.wizard.context, self.wizard.cache)


class NewNetworkWizard(StepWizard):
    """See the module docstring."""

    finish_text = QT_TRANSLATE_NOOP("Wizard", "&Finish")

    def __init__(self, context: AppContext, target: Any, parent: Any = None, kind: str = "external") -> None:
        super().__init__(translate("NewNetworkWizard", "New Network"), parent)
        self.context = context
        self.cache: ObjectCache = target.cache
        chosen = target if getattr(target, "cls", "") == "host" else None
        host = chosen or coordinator(self.cache)
        assert host is not None
        self.host: Host = host
        self.chosen_host = chosen
        self.answers.update(type="external", name="", description="", automatic=True)
        self.type_step = TypeStep(self)
        self.name_step, self.details, self.bond = NameStep(self), DetailsStep(self), BondStep(self)
        self.finish_step = NewNetworkFinish(self)
        self.add(self.type_step, self.name_step, self.details, self.finish_step)
        if kind != "external":
            self.type_step.buttons[kind].setChecked(True)

    def arrange(self) -> None:
        """XenCenter's UpdateWizardContent: a bond's pages are Bond Members; the others' Name and settings."""
        wanted = [self.type_step, *((self.bond,) if self.answers["type"] == "bond" else (self.name_step,
                                                                                       self.details)),
                  self.finish_step]
        for page in self.pages[1:]:
            self.stack.removeWidget(page)
            page.changed.disconnect(self.refresh)
        while self.steps.count() > 1:
            self.steps.takeItem(1)
        self.pages = self.pages[:1]
        self.add(*wanted[1:])
        self.steps.setCurrentRow(0)
        if self.answers["type"] == "bond":
            self.bond._edited()
        else:
            self.answers["name"] = self.name_step.name.text().strip()

    def params(self) -> dict[str, Any]:
        kind = self.answers["type"]
        wanted = {"type", "name", "automatic", "host"} | {
            "external": {"description", "nic", "vlan", "mtu"}, "internal": {"description"},
            "bond": {"nic", "mtu", "bond_mode", "hashing"}}[kind]
        params = {k: v for k, v in self.answers.items() if k in wanted}
        if kind == "bond" and params.get("bond_mode") != "lacp":
            params.pop("hashing", None)
        params["host"] = self.chosen_host
        return params
