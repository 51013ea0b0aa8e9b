"""The Networking tab (a VM's virtual interfaces, with Add Interface, Properties and Delete; a host's or pool's
networks) and the NICs tab (a host's physical interfaces and bonds)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from xencenter.model import nics, versions
from xencenter.model.naming import natural_key
from xencenter.model.values import as_bool, as_int
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.base import TablePage, related_keys
from xencenter.views.tabs.commands import CommandButtons, fresh
from xencenter.views.tabs.widgets import MARGIN, SPACING, TableRow

if TYPE_CHECKING:
    from xencenter.model.cache import Key, ObjectCache
    from xencenter.model.objects import PIF, VIF, VM, Host, Network, XenObject

translate = QCoreApplication.translate

YES, NO = QT_TRANSLATE_NOOP("Tabs", "Yes"), QT_TRANSLATE_NOOP("Tabs", "No")
VIF_COLUMNS = (QT_TRANSLATE_NOOP("Tabs", "Device"), "MAC", QT_TRANSLATE_NOOP("Tabs", "Limit"), QT_TRANSLATE_NOOP("Tabs", "Network"), QT_TRANSLATE_NOOP("Tabs", "IP Address"), QT_TRANSLATE_NOOP("Tabs", "Active"))
NETWORK_COLUMNS = (QT_TRANSLATE_NOOP("Tabs", "Name"), QT_TRANSLATE_NOOP("Tabs", "Description"), "NIC", "VLAN", QT_TRANSLATE_NOOP("Tabs", "Auto"), QT_TRANSLATE_NOOP("Tabs", "Link Status"), "MAC", "MTU")
NIC_COLUMNS = ("NIC", "MAC", QT_TRANSLATE_NOOP("Tabs", "Link Status"), QT_TRANSLATE_NOOP("Tabs", "Speed"), QT_TRANSLATE_NOOP("Tabs", "Duplex"), QT_TRANSLATE_NOOP("Tabs", "Vendor"), QT_TRANSLATE_NOOP("Tabs", "Device"), QT_TRANSLATE_NOOP("Tabs", "PCI Bus Path"))

_GUEST_ADDRESS = re.compile(r"^(\d+)/(?:ip|ipv4/\d+|ipv6/\d+)$")


def vif_addresses(vm: VM, device: str) -> list[str]:
    """The guest's addresses on one virtual interface (``VM_guest_metrics.networks`` keys ``N/ip...``)."""
    gm = vm.guest_metrics
    if gm is None:
        return []
    found: list[str] = []
    for key, address in sorted((gm.networks or {}).items()):
        m = _GUEST_ADDRESS.match(key)
        if m and m.group(1) == device and address and address not in found:
            found.append(address)
    return sorted(found, key=lambda a: ":" in a)  # IPv4 first


def _limit_text(vif: VIF) -> str:
    if vif.qos_algorithm_type != "ratelimit":
        return ""
    kbps = as_int((vif.qos_algorithm_params or {}).get("kbps"))
    return translate("NetworkingTab", "{rate} kB/s").format(rate=kbps) if kbps else ""


def vif_rows(vm: VM) -> list[TableRow]:
    rows = []
    for vif in sorted(vm.VIFs, key=lambda v: as_int(v.device, 1 << 30)):
        network = vif.network
        texts = (vif.device, vif.MAC, _limit_text(vif), network.name if network is not None else "",
                 ", ".join(vif_addresses(vm, vif.device)), translate("Tabs", YES if vif.currently_attached else NO))
        rows.append(TableRow(vif.ref, texts, (as_int(vif.device), None, None, None, None, None)))
    return rows


def _link_text(pif: PIF | None) -> str:
    return translate("NICs", nics.link_state(pif)) if pif is not None else "-"


def _auto_text(network: Network) -> str:
    return translate("Tabs", YES if as_bool(network.other_config.get("automatic", "true")) else NO)


def network_columns(cache: ObjectCache) -> tuple[str, ...]:
    """XenCenter's network list: the SR-IOV column from Kolkata (platform 2.6) on."""
    return NETWORK_COLUMNS + (("SR-IOV",) if versions.platform_at_least(cache, "2.5.50") else ())


def network_rows(cache: ObjectCache, host: Host | None) -> list[TableRow]:
    """XenCenter's ``NetworkList`` for a host (its interface on each network) or a pool (any host's
    interface, and the link over all hosts)."""
    sriov = len(network_columns(cache)) > len(NETWORK_COLUMNS)
    rows = []
    for network in cache.all("network"):
        if not network.shown(False):
            continue
        pif = nics.network_pif(network, host)
        if host is None:
            link = nics.network_link_state(network)
        else:
            link = nics.link_state(pif) if pif is not None else nics.NONE
        mtu = str(network.MTU) if not any(p.refs_of("tunnel_access_PIF_of") for p in network.PIFs) else "-"
        texts = [network.name, network.description, nics.nic_name(pif) if pif is not None else "",
                 nics.vlan_text(pif), _auto_text(network), translate("NICs", link),
                 pif.MAC if pif is not None and nics.is_physical(pif) else "-", mtu]
        if sriov:
            texts.append(nics.sriov_text(pif))
        keys = (natural_key(network.name), None, natural_key(texts[2]), pif.VLAN if pif is not None else -1)
        rows.append(TableRow(network.ref, texts, keys + (None,) * (len(texts) - 4), icon="network"))
    return rows


def nic_texts(pif: PIF) -> tuple[str, ...]:
    """XenCenter's NIC columns for one interface (the NICs tab, the bond members' list)."""
    metrics = pif.metrics
    speed = metrics.speed if metrics is not None and metrics.carrier else 0
    duplex = (translate("NetworkingTab", "Full") if metrics.duplex else translate("NetworkingTab", "Half")) if metrics is not None and metrics.carrier else translate("NetworkingTab", "Unknown")
    return (nics.nic_name(pif), pif.MAC, _link_text(pif), translate("NetworkingTab", "{speed} Mbit/s").format(speed=speed) if speed else "-", duplex,
            metrics.vendor_name if metrics is not None else "", metrics.device_name if metrics is not None else "",
            metrics.pci_bus_path if metrics is not None else "")


def nic_rows(host: Host) -> list[TableRow]:
    rows = []
    for pif in host.PIFs:
        if not (pif.physical or pif.bond_master_of):
            continue
        metrics = pif.metrics
        speed = metrics.speed if metrics is not None and metrics.carrier else 0
        texts = nic_texts(pif)
        red = (2,) if nics.link_state(pif) == nics.DISCONNECTED else ()
        rows.append(TableRow(pif.ref, texts, (natural_key(texts[0]), None, None, speed) + (None,) * 4, red))
    return rows


VIF_BUTTONS = (("vm.add-nic", QT_TRANSLATE_NOOP("Tabs", "Add Interface…"), True), ("vif.properties", QT_TRANSLATE_NOOP("Tabs", "Properties"), False),
               ("vif.delete", QT_TRANSLATE_NOOP("Tabs", "Delete"), False))
#: A host's or pool's networks: (command, text, on the page's object rather than the selected rows)
NETWORK_BUTTONS = (("network.new", QT_TRANSLATE_NOOP("Tabs", "Add Network…"), True), ("network.delete", QT_TRANSLATE_NOOP("Tabs", "Remove Network"), False),
                   ("host.management-interfaces", QT_TRANSLATE_NOOP("Tabs", "Management Interfaces…"), True))
NIC_BUTTONS = (("bond.new", QT_TRANSLATE_NOOP("Tabs", "Create Bond…"), True), ("bond.delete", QT_TRANSLATE_NOOP("Tabs", "Delete Bond"), False),
               ("host.rescan-nics", QT_TRANSLATE_NOOP("Tabs", "Rescan"), True))


def page_buttons(page: TablePage, specs: tuple[tuple[str, str, bool], ...],
                 selected: Any) -> CommandButtons:
    """Buttons over a page's table: each runs its command on the page's object or on ``selected()`` rows."""
    buttons = CommandButtons(page.context)
    for command_id, text, on_object in specs:
        buttons.add(command_id, (lambda: fresh(page.current())) if on_object else selected, translate("Tabs", text))
    return buttons


class NetworkingPage(TablePage):
    title = QT_TRANSLATE_NOOP("Tabs", "Networking")

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        self.buttons_row.addStretch(1)
        self.buttons: CommandButtons | None = None
        self.network_buttons: CommandButtons | None = None
        self.body.insertLayout(0, self.buttons_row)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def selected_interfaces(self) -> list[Any]:
        objects = self.current()
        if not objects or objects[0].cls != "VM":
            return []
        cache = objects[0].cache
        return [vif for key in self.table.selected_keys() if (vif := cache.get("VIF", key)) is not None]

    def selected_networks(self) -> list[Any]:
        objects = self.current()
        if not objects or objects[0].cls == "VM":
            return []
        cache = objects[0].cache
        return [net for key in self.table.selected_keys() if (net := cache.get("network", key)) is not None]

    def _show_buttons(self, for_vm: bool) -> None:
        if for_vm and self.buttons is None:
            self.buttons = page_buttons(self, VIF_BUTTONS, self.selected_interfaces)
            self.buttons_row.insertWidget(0, self.buttons)
        if not for_vm and self.network_buttons is None:
            self.network_buttons = page_buttons(self, NETWORK_BUTTONS, self.selected_networks)
            self.buttons_row.insertWidget(0, self.network_buttons)
        if self.buttons is not None:
            self.buttons.setVisible(for_vm)
        if self.network_buttons is not None:
            self.network_buttons.setVisible(not for_vm)
            management = self.network_buttons.buttons.get("host.management-interfaces")
            subject = self.subject()
            if management is not None:
                management.setVisible(subject is not None and subject.cls == "host")

    def _update_buttons(self) -> None:
        for buttons in (self.buttons, self.network_buttons):
            if buttons is not None and buttons.isVisibleTo(self):
                buttons.update_state()

    def applies_to(self, selection: list[XenObject]) -> bool:
        if len(selection) != 1:
            return False
        obj = selection[0]
        if obj.cls == "VM":
            return not (obj.is_snapshot or obj.is_default_template or obj.is_control_domain)
        return obj.cls in ("host", "pool")

    def watch(self, objects: list[XenObject]) -> set[Key]:
        keys: set[Key] = set()
        for obj in objects:
            keys |= related_keys(obj, ["VIFs"] if obj.cls == "VM" else ["PIFs"])
        return keys

    def watch_classes(self, objects: list[XenObject]) -> frozenset[str]:
        if objects and objects[0].cls == "VM":
            return frozenset()
        # a pool's links are every host's interfaces
        return frozenset({"network", "PIF", "PIF_metrics"}) if objects[0].cls == "pool" else frozenset({"network"})

    def refresh(self) -> None:
        obj = self.subject()
        if obj is None:
            return
        self._show_buttons(obj.cls == "VM")
        if obj.cls == "VM":
            self.header.title.setText(translate("NetworkingTab", "Virtual Network Interfaces"))
            rows = vif_rows(obj)  # type: ignore[arg-type]
            self.set_note("" if rows else translate("NetworkingTab", "This VM has no virtual network interfaces."))
            self.show_rows(VIF_COLUMNS, rows, "")
            self._update_buttons()
        else:
            self.header.title.setText(translate("NetworkingTab", "Networks"))
            host = obj if obj.cls == "host" else None
            self.show_rows(network_columns(obj.cache), network_rows(obj.cache, host), translate("NetworkingTab", "No networks."))  # type: ignore
            self.set_note("")
            self._update_buttons()


class NicsPage(TablePage):
    """XenCenter's NICs tab: the host's NICs and bonds, with Create Bond, Delete Bond and Rescan."""

    title = QT_TRANSLATE_NOOP("Tabs", "NICs")

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        row = QHBoxLayout()
        row.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        self.buttons = page_buttons(self, NIC_BUTTONS, self.selected_bonds)
        row.addWidget(self.buttons)
        row.addStretch(1)
        self.body.insertLayout(0, row)
        self.table.itemSelectionChanged.connect(self.buttons.update_state)

    def selected_bonds(self) -> list[Any]:
        """The networks of the selected bonds (bond.delete acts on a bonded network)."""
        objects = self.current()
        if not objects:
            return []
        cache = objects[0].cache
        pifs = [pif for key in self.table.selected_keys() if (pif := cache.get("PIF", key)) is not None]
        return [pif.network for pif in pifs if pif.bond_master_of and pif.network is not None]

    def applies_to(self, selection: list[XenObject]) -> bool:
        return len(selection) == 1 and selection[0].cls == "host"

    def watch(self, objects: list[XenObject]) -> set[Key]:
        keys: set[Key] = set()
        for obj in objects:
            keys |= related_keys(obj, ["PIFs"])
        return keys

    def watch_classes(self, objects: list[XenObject]) -> frozenset[str]:
        return frozenset({translate("NetworkingTab", "Bond")})

    def refresh(self) -> None:
        obj = self.subject()
        if obj is None:
            return
        self.header.title.setText(translate("NetworkingTab", "Physical Network Interfaces"))
        self.show_rows(NIC_COLUMNS, nic_rows(obj), translate("NetworkingTab", "This server has no physical network interfaces."))  # type: ignore
        self.buttons.update_state()
