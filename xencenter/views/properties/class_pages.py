"""Each class's own Properties pages, as XenCenter's SettingsPanels: a server's Multipathing, Log Destination
and Power On; a pool's Live Patching, Migration and Security; a network's Network Settings; a VM's High
Availability, Home Server and Advanced Options. Each reports its ``<class>.edit`` parameters for what changed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from xencenter.model import object_settings as settings
from xencenter.model.naming import natural_key
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.properties.frame import EditPage, form_layout, note_label, page_title

if TYPE_CHECKING:
    from xencenter.model.objects import VM, Host, Network, Pool

translate = QCoreApplication.translate


def _changed(names: tuple[str, ...], before: Any, after: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(after, f) for name, f in zip(names, fields) if getattr(after, f) != getattr(before, f)}


# ---- server -------------------------------------------------------------------------------------------------


class MultipathPage(EditPage):
    title = QT_TRANSLATE_NOOP("PropertiesDialog", "Multipathing")

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.original = host, settings.HostSettings.of(host)
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "Storage multipathing")))
        self.check = QCheckBox(translate("PropertiesDialog", "Enable multipathing on this server"))
        self.check.setChecked(self.original.multipathing)
        self.check.toggled.connect(self.changed)
        form.addRow(self.check)
        words = (translate("PropertiesDialog", "Multipathing uses several paths to the same storage, so that storage stays reachable when a "
                 "path fails. Its SRs are unplugged and plugged again while the setting changes."))
        if host.record.enabled:
            words += translate("PropertiesDialog", " The server must be in maintenance mode to change it.")
            self.check.setEnabled(False)
        form.addRow(note_label(words))

    def summary(self) -> str:
        return translate("PropertiesDialog", "Active") if self.original.multipathing else translate("PropertiesDialog", "Not active")

    def params(self) -> dict[str, Any]:
        on = self.check.isChecked()
        return {"multipathing": on} if on != self.original.multipathing else {}


class LogDestinationPage(EditPage):
    title = QT_TRANSLATE_NOOP("PropertiesDialog", "Log Destination")

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = settings.HostSettings.of(host).syslog_destination
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "System log destination")))
        self.local = QRadioButton(translate("PropertiesDialog", "Local only"))
        self.remote = QRadioButton(translate("PropertiesDialog", "Also send to a remote syslog server:"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.remote)
        self.server = QLineEdit(self.original)
        self.server.setPlaceholderText("syslog.example.com")
        (self.remote if self.original else self.local).setChecked(True)
        form.addRow(self.local)
        form.addRow(self.remote)
        form.addRow(translate("PropertiesDialog", "Server:"), self.server)
        self.remote.toggled.connect(self._on_toggle)
        self.server.textChanged.connect(self.changed)
        self._on_toggle(self.remote.isChecked())

    def _on_toggle(self, remote: bool) -> None:
        self.server.setEnabled(remote)
        self.changed.emit()

    def value(self) -> str:
        return self.server.text().strip() if self.remote.isChecked() else ""

    def summary(self) -> str:
        return self.original or translate("PropertiesDialog", "Local")

    def problem(self) -> str:
        return translate("PropertiesDialog", "Enter the remote syslog server.") if self.remote.isChecked() and not self.value() else ""

    def params(self) -> dict[str, Any]:
        return {"syslog_destination": self.value()} if self.value() != self.original else {}


class PowerOnPage(EditPage):
    title = QT_TRANSLATE_NOOP("PropertiesDialog", "Power On")

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = settings.HostSettings.of(host)
        config = dict(self.original.power_on_config)
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "Remote power on")))
        self.mode = QComboBox()
        for mode, words in settings.POWER_ON_MODES.items():
            self.mode.addItem(words, mode or "disabled")
        if self.original.power_on_mode not in settings.POWER_ON_MODES:
            self.mode.addItem(translate("PropertiesDialog", "Custom: {mode}").format(mode=self.original.power_on_mode),
                              self.original.power_on_mode)
        self.mode.setCurrentIndex(max(self.mode.findData(self.original.power_on_mode or "disabled"), 0))
        self.ip = QLineEdit(config.get("power_on_ip", ""))
        self.user = QLineEdit(config.get("power_on_user", ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("PropertiesDialog", "unchanged") if self.original.power_on_mode == "DRAC" else "")
        form.addRow(translate("PropertiesDialog", "Power-on mode:"), self.mode)
        form.addRow(translate("PropertiesDialog", "DRAC IP address:"), self.ip)
        form.addRow(translate("PropertiesDialog", "User name:"), self.user)
        form.addRow(translate("PropertiesDialog", "Password:"), self.password)
        form.addRow(note_label(translate("PropertiesDialog", "Lets XenCenter (and Workload Balancing) power the server on when it is off. The "
                               "DRAC password is kept in a xapi secret, never shown again.")))
        self.mode.currentIndexChanged.connect(self._on_mode)
        for edit in (self.ip, self.user, self.password):
            edit.textChanged.connect(self.changed)
        self._on_mode()

    def _on_mode(self, *args: Any) -> None:
        drac = self.mode.currentData() == "DRAC"
        for edit in (self.ip, self.user, self.password):
            edit.setEnabled(drac)
        self.changed.emit()

    def summary(self) -> str:
        mode = self.original.power_on_mode
        return settings.POWER_ON_MODES.get(mode, mode)

    def problem(self) -> str:
        return translate("PropertiesDialog", "Enter the IP address of the server's DRAC.") if self.mode.currentData() == "DRAC" \
            and not self.ip.text().strip() else ""

    def params(self) -> dict[str, Any]:
        mode = self.mode.currentData()
        params: dict[str, Any] = {}
        if mode != (self.original.power_on_mode or "disabled"):
            params["power_on_mode"] = mode
        if mode == "DRAC":
            config = dict(self.original.power_on_config)
            for key, edit in (("power_on_ip", self.ip), ("power_on_user", self.user)):
                if edit.text().strip() != config.get(key, ""):
                    params[key] = edit.text().strip()
            if self.password.text():
                params["power_on_password"] = self.password.text()
        return params


# ---- pool ---------------------------------------------------------------------------------------------------


class PoolCheckPage(EditPage):
    """A pool page of one check box over one PoolSettings field."""

    heading = ""
    check_text = ""
    note = ""
    field = ""
    param = ""

    def __init__(self, pool: Pool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = getattr(settings.PoolSettings.of(pool), self.field)
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", self.heading)))
        self.check = QCheckBox(translate("PropertiesDialog", self.check_text))
        self.check.setChecked(self.original)
        self.check.toggled.connect(self.changed)
        form.addRow(self.check)
        form.addRow(note_label(translate("PropertiesDialog", self.note)))

    def summary(self) -> str:
        return translate("PropertiesDialog", "On") if self.original else translate("PropertiesDialog", "Off")

    def params(self) -> dict[str, Any]:
        return {self.param: self.check.isChecked()} if self.check.isChecked() != self.original else {}


class LivePatchingPage(PoolCheckPage):
    title, heading, field, param = QT_TRANSLATE_NOOP("PropertiesDialog", "Live Patching"), QT_TRANSLATE_NOOP("PropertiesDialog", "Live patching"), "live_patching", "live_patching"
    check_text = QT_TRANSLATE_NOOP("PropertiesDialog", "Use live patching when possible")
    note = (QT_TRANSLATE_NOOP("PropertiesDialog", "Live patches update the hypervisor and the control domain's kernel without a reboot, where a patch "
            "supports it."))


class MigrationPage(PoolCheckPage):
    """Compression (xapi's) and the network live migrations use (Xen Orchestra's ``xo:migrationNetwork``)."""

    title, heading, field, param = QT_TRANSLATE_NOOP("PropertiesDialog", "Migration"), QT_TRANSLATE_NOOP("PropertiesDialog", "Live migration"), "compression", "migration_compression"
    check_text = QT_TRANSLATE_NOOP("PropertiesDialog", "Compress the VM memory stream during live migration")
    note = (QT_TRANSLATE_NOOP("PropertiesDialog", "Compression uses more CPU on both servers and sends less over the network: useful on slow links. "
            "A dedicated migration network keeps migrations off the management network; it needs an interface "
            "with an IP address on every server."))

    def __init__(self, pool: Pool, parent: QWidget | None = None) -> None:
        super().__init__(pool, parent)
        self.pool = pool
        self.network_uuid = settings.PoolSettings.of(pool).migration_network
        self.network = QComboBox()
        self.network.addItem(translate("PropertiesDialog", "The management network"), "")
        networks = [n for n in pool.cache.all("network") if n.PIFs]
        for network in sorted(networks, key=lambda n: natural_key(n.name)):
            self.network.addItem(network.name, network.uuid)
        if self.network.findData(self.network_uuid) < 0:
            self.network.addItem(translate("PropertiesDialog", "Unknown network ({uuid})").format(
                uuid=self.network_uuid), self.network_uuid)
        self.network.setCurrentIndex(self.network.findData(self.network_uuid))
        self.network.currentIndexChanged.connect(self.changed)
        layout = self.layout()
        if isinstance(layout, QFormLayout):
            layout.insertRow(1, translate("PropertiesDialog", "Migration network:"), self.network)

    def summary(self) -> str:
        network = next((n for n in self.pool.cache.all("network") if n.uuid == self.network_uuid), None)
        return (network.name if network is not None else translate("PropertiesDialog", "Management network")) + (
            translate("PropertiesDialog", ", compressed") if self.original else "")

    def params(self) -> dict[str, Any]:
        params = super().params()
        uuid = self.network.currentData()
        if uuid != self.network_uuid:
            network = next((n for n in self.pool.cache.all("network") if n.uuid == uuid), None)
            params.update({"no_migration_network": True} if network is None else {"migration_network": network})
        return params


class SecurityPage(PoolCheckPage):
    title, heading, field, param = QT_TRANSLATE_NOOP("PropertiesDialog", "Security"), QT_TRANSLATE_NOOP("PropertiesDialog", "TLS certificate verification"), "tls_verification", "tls_verification"
    check_text = QT_TRANSLATE_NOOP("PropertiesDialog", "Verify the TLS certificates of the pool's servers")
    note = (QT_TRANSLATE_NOOP("PropertiesDialog", "With verification on, the pool's servers check each other's certificates on every connection. "
            "Once on, it cannot be turned off."))

    def __init__(self, pool: Pool, parent: QWidget | None = None) -> None:
        super().__init__(pool, parent)
        self.check.setEnabled(not self.original)


# ---- network ------------------------------------------------------------------------------------------------


class NetworkSettingsPage(EditPage):
    title = QT_TRANSLATE_NOOP("PropertiesDialog", "Network Settings")

    def __init__(self, network: Network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = settings.NetworkSettings.of(network)
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "Network settings")))
        pifs = list(network.PIFs or ())
        vlan = next((int(p.VLAN) for p in pifs if int(p.VLAN or -1) >= 0), None)
        nic = next((p.device for p in pifs if p.device), "")
        form.addRow(translate("PropertiesDialog", "Interface:"), note_label(nic or translate("PropertiesDialog", "None (an internal network)")))
        form.addRow(translate("PropertiesDialog", "VLAN:"), note_label(str(vlan) if vlan is not None else translate("PropertiesDialog", "None")))
        self.mtu = QSpinBox()
        self.mtu.setRange(min(settings.MTU_MIN, self.original.mtu), max(settings.MTU_MAX, self.original.mtu))
        self.mtu.setValue(self.original.mtu)
        self.automatic = QCheckBox(translate("PropertiesDialog", "Add this network to new VMs automatically"))
        self.automatic.setChecked(self.original.automatic)
        form.addRow(translate("PropertiesDialog", "MTU:"), self.mtu)
        form.addRow(self.automatic)
        form.addRow(note_label(translate("PropertiesDialog", "A new MTU takes effect when the network's interfaces are next plugged (server "
                               "reboot or interface replug); every device on the network must accept it.")))
        self.mtu.valueChanged.connect(self.changed)
        self.automatic.toggled.connect(self.changed)

    def summary(self) -> str:
        return translate("PropertiesDialog", "MTU {mtu}").format(mtu=self.original.mtu)

    def params(self) -> dict[str, Any]:
        after = settings.NetworkSettings(self.mtu.value(), self.automatic.isChecked())
        return _changed(("mtu", "automatic"), self.original, after, ("mtu", "automatic"))


# ---- VM -----------------------------------------------------------------------------------------------------


class VMHAPage(EditPage):
    """XenCenter's VMHAEditPage: the restart priority (editable when the pool has HA on) and the start order
    and delay XenCenter shows with it."""

    title = QT_TRANSLATE_NOOP("PropertiesDialog", "High Availability")

    def __init__(self, vm: VM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = settings.VMExtras.of(vm)
        pool = vm.cache.pool()
        ha_on = bool(pool is not None and pool.record.ha_enabled)
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "High availability and start order")))
        self.priority = QComboBox()
        for value, words in settings.HA_PRIORITIES.items():
            self.priority.addItem(words, value)
        self.priority.setCurrentIndex(max(self.priority.findData(self.original.ha_priority), 0))
        self.order = QSpinBox()
        self.order.setRange(0, 10**6)
        self.order.setValue(self.original.start_order)
        self.delay = QSpinBox()
        self.delay.setRange(0, 10**6)
        self.delay.setSuffix(translate("PropertiesDialog", " seconds"))
        self.delay.setValue(self.original.start_delay)
        form.addRow(translate("PropertiesDialog", "Restart priority:"), self.priority)
        if not ha_on:
            form.addRow(note_label(translate("PropertiesDialog", "HA is not turned on in this pool: the priority is used once it is.")))
        form.addRow(translate("PropertiesDialog", "Start order:"), self.order)
        form.addRow(translate("PropertiesDialog", "Attempt to start next VM after:"), self.delay)
        form.addRow(note_label(translate("PropertiesDialog", "VMs with a lower start order start first when the pool (or HA) starts them "
                               "together.")))
        self.priority.currentIndexChanged.connect(self.changed)
        self.order.valueChanged.connect(self.changed)
        self.delay.valueChanged.connect(self.changed)

    def summary(self) -> str:
        return settings.HA_PRIORITIES.get(self.original.ha_priority, self.original.ha_priority)

    def params(self) -> dict[str, Any]:
        priority = self.priority.currentData()
        after = replace(self.original, ha_priority=priority, start_order=self.order.value(),
                        start_delay=self.delay.value())
        params = _changed(("start_order", "start_delay"), self.original, after, ("start_order", "start_delay"))
        if priority != self.original.ha_priority:
            params["ha_priority"] = priority or "do-not-restart"
        return params


class HomeServerPage(EditPage):
    title = QT_TRANSLATE_NOOP("PropertiesDialog", "Home Server")

    def __init__(self, vm: VM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm, self.original = vm, settings.VMExtras.of(vm).home_server
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "Home server")))
        self.host = QComboBox()
        self.host.addItem(translate("PropertiesDialog", "Don't assign a home server"), settings.NULL)
        for host in sorted(vm.cache.all("host"), key=lambda h: natural_key(h.name)):
            self.host.addItem(host.name, host.ref)
        self.host.setCurrentIndex(max(self.host.findData(self.original), 0))
        self.host.currentIndexChanged.connect(self.changed)
        form.addRow(translate("PropertiesDialog", "Home server:"), self.host)
        form.addRow(note_label(translate("PropertiesDialog", "The VM starts on its home server when that server can run it, and on any other "
                               "server of the pool otherwise.")))

    def summary(self) -> str:
        host = self.vm.cache.get("host", self.original)
        return host.name if host is not None else translate("PropertiesDialog", "None defined")

    def params(self) -> dict[str, Any]:
        ref = self.host.currentData()
        if ref == self.original:
            return {}
        if ref == settings.NULL:
            return {"no_home_server": True}
        return {"home_server": self.vm.cache.get("host", ref)}


class AdvancedPage(EditPage):
    """XenCenter's VMAdvancedEditPage: the shadow memory multiplier, by purpose or by hand."""

    title = QT_TRANSLATE_NOOP("PropertiesDialog", "Advanced Options")

    def __init__(self, vm: VM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = settings.VMExtras.of(vm).shadow_multiplier
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "Optimization")))
        self.general = QRadioButton(translate("PropertiesDialog", "General use"))
        self.cps = QRadioButton("Citrix Virtual Apps")
        self.manual = QRadioButton(translate("PropertiesDialog", "Manual"))
        self.value = QDoubleSpinBox()
        self.value.setRange(1.0, 1000.0)
        self.value.setDecimals(2)
        self.value.setSingleStep(0.25)
        self.value.setValue(self.original)
        group = QButtonGroup(self)
        for button in (self.general, self.cps, self.manual):
            group.addButton(button)
            form.addRow(button)
        form.addRow(translate("PropertiesDialog", "Shadow memory multiplier:"), self.value)
        form.addRow(note_label(translate("PropertiesDialog", "More shadow memory speeds up guests that create many processes (Citrix Virtual "
                               "Apps servers); it is taken from the server's free memory.")))
        {settings.SHADOW_GENERAL: self.general, settings.SHADOW_CPS: self.cps}.get(self.original,
                                                                                 self.manual).setChecked(True)
        group.buttonToggled.connect(self._on_choice)
        self.value.valueChanged.connect(self.changed)
        self._on_choice()

    def _on_choice(self, *args: Any) -> None:
        if self.general.isChecked():
            self.value.setValue(settings.SHADOW_GENERAL)
        elif self.cps.isChecked():
            self.value.setValue(settings.SHADOW_CPS)
        self.value.setEnabled(self.manual.isChecked())
        self.changed.emit()

    def summary(self) -> str:
        return translate("PropertiesDialog", "Shadow memory multiplier: {value}").format(value=f"{self.original:g}")

    def params(self) -> dict[str, Any]:
        value = round(self.value.value(), 2)
        return {"shadow_multiplier": value} if value != round(self.original, 2) else {}
