"""The Management Interfaces dialog (XenCenter's NetworkingProperties, "Configure IP Addresses"): the primary
management interface's NIC and IP settings (DHCP or static), and the secondary (storage) interfaces, added or
removed. It only gathers ``host.management-interfaces``' parameters; the command warns before the change and
does it."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from xencenter.commands.pif import management_pif, secondary_pifs
from xencenter.model import new_network as nn
from xencenter.model import nics
from xencenter.views.disk_dialogs import _buttons, _error_label, show_problem
from xencenter.views.properties_dialog import note_label, page_title

if TYPE_CHECKING:
    from xencenter.model.objects import PIF, Host
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate


def _address(ip: str, netmask: str) -> str:
    return f"{ip}/{ipaddress.IPv4Network(f'0.0.0.0/{netmask}').prefixlen}" if ip and netmask else ip


class ManagementDialog(QDialog):
    """See the module docstring; ``answer()`` after it is accepted."""

    def __init__(self, context: AppContext, host: Host, parent: Any = None) -> None:
        super().__init__(parent)
        self.host = host
        self.current = management_pif(host)
        self.setWindowTitle(translate("ManagementDialog", "Configure IP Addresses - {server}").format(server=host.name))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(translate("ManagementDialog", "Management Interfaces")))
        layout.addWidget(note_label(translate(
            "ManagementDialog", "Configure IP address settings for server management traffic (the management "
            "interface) on '{server}' here. You can also assign IP addresses for dedicated storage or other types of "
            "network traffic (secondary interfaces).").format(server=host.name)))
        layout.addWidget(self._primary_box())
        layout.addWidget(self._storage_box(), 1)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = _buttons(self, "OK")
        layout.addWidget(self.buttons)
        self._load_primary()
        self._check()

    # ---- the primary interface ---------------------------------------------------------------------------

    def _primary_box(self) -> QGroupBox:
        box = QGroupBox(translate("ManagementDialog", "Primary management interface"))
        form = QFormLayout(box)
        self.nic = QComboBox()
        for pif in nn.host_nics(self.host):
            self.nic.addItem(nics.nic_name(pif), pif)
        self.dhcp, self.static = QRadioButton(translate("ManagementDialog", "&DHCP")), QRadioButton(translate("ManagementDialog", "Use these &network settings:"))
        self.modes = QButtonGroup(self)
        for button in (self.dhcp, self.static):
            self.modes.addButton(button)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.dhcp)
        mode_row.addWidget(self.static)
        mode_row.addStretch(1)
        self.ip, self.netmask, self.gateway, self.dns = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        form.addRow(translate("ManagementDialog", "N&IC:"), self.nic)
        form.addRow(translate("ManagementDialog", "IP address settings:"), mode_row)
        form.addRow(translate("ManagementDialog", "I&P address:"), self.ip)
        form.addRow(translate("ManagementDialog", "Subnet &mask:"), self.netmask)
        form.addRow(translate("ManagementDialog", "&Gateway:"), self.gateway)
        form.addRow(translate("ManagementDialog", "DNS &servers:"), self.dns)
        for edit in (self.ip, self.netmask, self.gateway, self.dns):
            edit.textChanged.connect(self._check)
        self.static.toggled.connect(self._check)
        self.nic.currentIndexChanged.connect(self._check)
        return box

    def _load_primary(self) -> None:
        pif = self.current
        if pif is None:
            return
        index = self.nic.findData(pif)
        self.nic.setCurrentIndex(max(index, 0))
        (self.static if pif.ip_configuration_mode == "Static" else self.dhcp).setChecked(True)
        self.ip.setText(pif.IP or "")
        self.netmask.setText(pif.netmask or "")
        self.gateway.setText(pif.gateway or "")
        self.dns.setText(pif.DNS or "")
        self._original = self._primary_values()

    def _primary_values(self) -> tuple[Any, ...]:
        return (self.nic.currentData(), self.static.isChecked(), self.ip.text().strip(), self.netmask.text().strip(),
                self.gateway.text().strip(), self.dns.text().strip())

    # ---- secondary interfaces ------------------------------------------------------------------------------

    def _storage_box(self) -> QGroupBox:
        box = QGroupBox(translate("ManagementDialog", "Secondary (storage) interfaces"))
        layout = QVBoxLayout(box)
        self.storage = QTreeWidget()
        self.storage.setRootIsDecorated(False)
        self.storage.setHeaderLabels([translate("ManagementDialog", "NIC"), translate("ManagementDialog", "Purpose"), translate("ManagementDialog", "IP address")])
        self.storage.setMinimumHeight(90)
        for pif in secondary_pifs(self.host):
            self._storage_row(pif, (pif.other_config or {}).get("management_purpose", ""),
                              "DHCP" if pif.ip_configuration_mode == "DHCP" else _address(pif.IP, pif.netmask),
                              existing=True)
        layout.addWidget(self.storage, 1)
        row = QHBoxLayout()
        self.new_nic = QComboBox()
        used = {p.ref for p in secondary_pifs(self.host)} | ({self.current.ref} if self.current else set())
        for pif in nn.host_nics(self.host):
            if pif.ref not in used:
                self.new_nic.addItem(nics.nic_name(pif), pif)
        self.new_address = QLineEdit()
        self.new_address.setPlaceholderText(translate("ManagementDialog", "10.0.0.5/24, or dhcp"))
        self.add_button, self.remove_button = QPushButton(translate("ManagementDialog", "&Add IP address")), QPushButton(translate("ManagementDialog", "&Remove"))
        row.addWidget(self.new_nic)
        row.addWidget(self.new_address, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.new_address.textChanged.connect(self._check)
        self.storage.currentItemChanged.connect(self._check)
        self.removed: list[PIF] = []
        return box

    def _storage_row(self, pif: PIF, purpose: str, address: str, existing: bool) -> None:
        item = QTreeWidgetItem(self.storage, [nics.nic_name(pif), purpose, address])
        item.setData(0, Qt.ItemDataRole.UserRole, (pif, existing))

    def _add(self) -> None:
        pif = self.new_nic.currentData()
        if pif is None or self._new_problem():
            return
        text = self.new_address.text().strip()
        self._storage_row(pif, translate("ManagementDialog", "Storage {number}").format(
                              number=self.storage.topLevelItemCount() + 1),
                          "DHCP" if text.lower() == "dhcp" else text, existing=False)
        self.new_nic.removeItem(self.new_nic.currentIndex())
        self.new_address.clear()
        self._check()

    def _remove(self) -> None:
        item = self.storage.currentItem()
        if item is None:
            return
        pif, existing = item.data(0, Qt.ItemDataRole.UserRole)
        if existing:
            self.removed.append(pif)
        self.new_nic.addItem(nics.nic_name(pif), pif)
        self.storage.takeTopLevelItem(self.storage.indexOfTopLevelItem(item))
        self._check()

    def _new_problem(self) -> str:
        text = self.new_address.text().strip()
        if not text or text.lower() == "dhcp":
            return ""
        try:
            ipaddress.IPv4Interface(text)
        except ValueError:
            return translate("ManagementDialog", "'{text}' is not an address and prefix (10.0.0.5/24) or "
                             "'dhcp'.").format(text=text)
        return ""

    # ---- checks and answer ---------------------------------------------------------------------------------

    def _check(self, *args: Any) -> None:
        static = self.static.isChecked()
        for edit in (self.ip, self.netmask, self.gateway, self.dns):
            edit.setEnabled(static)
        spare = self.new_nic.count() > 0
        for widget in (self.new_nic, self.new_address, self.add_button):
            widget.setEnabled(spare)
        self.remove_button.setEnabled(self.storage.currentItem() is not None)
        show_problem(self.error, self.buttons, self.problem())

    def problem(self) -> str:
        if self.static.isChecked():
            for problem, edit, required in (
                    (translate("ManagementDialog", "Enter a valid IP address."), self.ip, True),
                    (translate("ManagementDialog", "Enter a valid subnet mask."), self.netmask, True),
                    (translate("ManagementDialog", "Enter a valid gateway."), self.gateway, False)):
                text = edit.text().strip()
                if (text or required) and not _valid(text):
                    return problem
        return self._new_problem()

    def answer(self) -> dict[str, Any]:
        answer: dict[str, Any] = {}
        values = self._primary_values()
        if values != getattr(self, "_original", None):
            pif, static, ip, netmask, gateway, dns = values
            answer.update(mode="static" if static else "dhcp", ip=ip if static else "",
                          netmask=netmask if static else "", gateway=gateway if static else "",
                          dns=dns if static else "")
            if self.current is not None and pif is not None and pif.ref != self.current.ref:
                answer["nic"] = pif.device
        added = []
        for i in range(self.storage.topLevelItemCount()):
            item = self.storage.topLevelItem(i)
            if item is None:
                continue
            pif, existing = item.data(0, Qt.ItemDataRole.UserRole)
            if not existing:
                added.append(f"{pif.device}={item.text(2).lower() if item.text(2) == 'DHCP' else item.text(2)}")
        if added:
            answer["storage"] = added
        if self.removed:
            answer["remove_storage"] = [p.device for p in self.removed]
        return answer


def _valid(text: str) -> bool:
    try:
        ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return True
