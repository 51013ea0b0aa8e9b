"""The settings each kind of object has beyond the General and Custom Fields pages, as XenCenter's property pages
edit them, and the calls that change only what differs. Qt-free; the pages and ``<class>.edit`` share them.

Host: multipathing (``host.set_multipathing`` with the SRs unplugged and replugged, as XenCenter's
EditMultipathAction), the remote syslog destination (``logging["syslog_destination"]`` then
``host.syslog_reconfigure``), the power-on mode (``host.set_power_on_mode``; a DRAC password goes into a
``secret``). Pool: live patching, migration stream compression, TLS verification (xapi can only turn it on),
e-mail alerting (``other_config["mail-destination"]``/``["ssmtp-mailhub"]``), the network live migrations use
(Xen Orchestra's ``other_config["xo:migrationNetwork"]``, a network uuid). Network: MTU and "add to new VMs
automatically" (``other_config["automatic"]``). VM: home server, HA restart priority, start order and delay,
shadow memory multiplier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from xencenter.model.edits import Change, map_entry
from xencenter.model.values import as_bool
from xencenter.model.words import QT_TRANSLATE_NOOP, Table, translate

if TYPE_CHECKING:
    from xencenter.model.objects import VM, Host, Network, Pool

NULL = "OpaqueRef:NULL"
MIGRATION_NETWORK = "xo:migrationNetwork"  # the pool's network for live migrations, as Xen Orchestra keeps it
MTU_MIN, MTU_MAX = 1500, 9216  # XenCenter's Network.MTU_MIN/MTU_MAX
POWER_ON_MODES = Table("Settings", {"": QT_TRANSLATE_NOOP("Settings", "Disabled"),
                                     "wake-on-lan": QT_TRANSLATE_NOOP("Settings", "Wake-on-LAN (WoL)"),
                                     "DRAC": QT_TRANSLATE_NOOP("Settings", "Dell Remote Access Controller (DRAC)")})
HA_PRIORITIES = Table("Settings", {"restart": QT_TRANSLATE_NOOP("Settings", "Restart"),
                                    "best-effort": QT_TRANSLATE_NOOP("Settings", "Restart if possible"),
                                    "": QT_TRANSLATE_NOOP("Settings", "Do not restart")})
SHADOW_GENERAL, SHADOW_CPS = 1.0, 4.0  # XenCenter's "General use" and "Citrix Virtual Apps" optimisation


class Secret(str):
    """A value that must go into a xapi ``secret`` (its uuid is sent instead) and is never shown: its text
    prints as ``<secret>``, in dry runs and logs."""

    def __repr__(self) -> str:
        return "'<secret>'"

    def __str__(self) -> str:
        return "<secret>"

    @property
    def value(self) -> str:
        return str.__str__(self)


# ---- host ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HostSettings:
    multipathing: bool
    syslog_destination: str
    power_on_mode: str
    power_on_config: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, host: Host) -> HostSettings:
        multipath = host.record.multipathing
        if multipath is None:
            multipath = as_bool(host.other_config.get("multipathing"))
        config = {k: v for k, v in (host.record.power_on_config or {}).items() if k != "power_on_password_secret"}
        return cls(bool(multipath), (host.record.logging or {}).get("syslog_destination", ""),
                   host.record.power_on_mode or "", tuple(sorted(config.items())))


def host_problem(host: Host, before: HostSettings, after: HostSettings) -> str:
    if after.multipathing != before.multipathing:
        running = [vm for vm in host.cache.all("VM") if vm.record.resident_on == host.ref and vm.is_real_vm
                   and vm.power_state in ("Running", "Paused")]
        if host.record.enabled or running:
            return translate("Settings", "'{name}' must be in maintenance mode to change its multipathing: enter "
                                         "maintenance mode first.").format(name=host.name)
    config = dict(after.power_on_config)
    if after.power_on_mode == "DRAC" and not config.get("power_on_ip"):
        return translate("Settings", "Enter the IP address of the server's DRAC.")
    return ""


def host_changes(host: Host, before: HostSettings, after: HostSettings, password: str = "") -> list[Change]:
    ref, calls = host.ref, []
    if after.multipathing != before.multipathing:
        plugged = [pbd.ref for pbd in host.cache.all("PBD") if pbd.record.host == ref and pbd.record.currently_attached]
        what = translate("Changes", "multipathing")
        calls += [Change("PBD.unplug", (p,), what, undo=("PBD.plug", (p,))) for p in plugged]
        calls.append(Change("host.set_multipathing", (ref, after.multipathing), what))
        calls += map_entry("host", "other_config", ref, "multipathhandle", "dmp" if after.multipathing else "", what)
        calls += [Change("PBD.plug", (p,), what) for p in plugged]
    if after.syslog_destination != before.syslog_destination:
        what = translate("Changes", "the log destination")
        calls += map_entry("host", "logging", ref, "syslog_destination", after.syslog_destination, what)
        calls.append(Change("host.syslog_reconfigure", (ref,), what))
    if (after.power_on_mode, after.power_on_config) != (before.power_on_mode, before.power_on_config) or password:
        config: dict[str, Any] = dict(after.power_on_config) if after.power_on_mode else {}
        if password and after.power_on_mode not in ("", "wake-on-lan"):
            config["power_on_password_secret"] = Secret(password)
        calls.append(Change("host.set_power_on_mode", (ref, after.power_on_mode, config), translate("Changes", "the power-on mode")))
    return calls


# ---- pool ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PoolSettings:
    live_patching: bool
    compression: bool
    tls_verification: bool
    mail_to: str
    mail_server: str
    migration_network: str = ""  # a network's uuid, Xen Orchestra's other_config["xo:migrationNetwork"]

    @classmethod
    def of(cls, pool: Pool) -> PoolSettings:
        r, other = pool.record, pool.other_config
        return cls(not r.live_patching_disabled, bool(r.migration_compression), bool(r.tls_verification_enabled),
                   other.get("mail-destination", ""), other.get("ssmtp-mailhub", ""), other.get(MIGRATION_NETWORK, ""))


def pool_problem(before: PoolSettings, after: PoolSettings) -> str:
    if before.tls_verification and not after.tls_verification:
        return translate("Settings", "TLS verification cannot be turned off once it is on.")
    if bool(after.mail_to) != bool(after.mail_server):
        return translate("Settings", "E-mail alerts need both an e-mail address and an SMTP server (or neither, to "
                                     "turn them off).")
    if after.mail_to and "@" not in after.mail_to:
        return translate("Settings", "'{address}' is not an e-mail address.").format(address=after.mail_to)
    return ""


def pool_changes(pool: Pool, before: PoolSettings, after: PoolSettings) -> list[Change]:
    ref, calls = pool.ref, []
    if after.live_patching != before.live_patching:
        calls.append(Change("pool.set_live_patching_disabled", (ref, not after.live_patching), translate("Changes", "live patching")))
    if after.compression != before.compression:
        calls.append(Change("pool.set_migration_compression", (ref, after.compression), translate("Changes", "migration compression")))
    if after.tls_verification and not before.tls_verification:
        calls.append(Change("pool.enable_tls_verification", (), translate("Changes", "TLS verification")))
    if (after.mail_to, after.mail_server) != (before.mail_to, before.mail_server):
        what = translate("Changes", "the e-mail alert options")
        calls += map_entry("pool", "other_config", ref, "mail-destination", after.mail_to, what)
        calls += map_entry("pool", "other_config", ref, "ssmtp-mailhub", after.mail_server, what)
    if after.migration_network != before.migration_network:
        calls += map_entry("pool", "other_config", ref, MIGRATION_NETWORK, after.migration_network,
                           translate("Changes", "the migration network"))
    return calls


# ---- network ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkSettings:
    mtu: int
    automatic: bool

    @classmethod
    def of(cls, network: Network) -> NetworkSettings:
        return cls(int(network.record.MTU or MTU_MIN), network.other_config.get("automatic") != "false")


def network_problem(network: Network, after: NetworkSettings) -> str:
    low, high = min(MTU_MIN, int(network.record.MTU or MTU_MIN)), max(MTU_MAX, int(network.record.MTU or MTU_MIN))
    if not low <= after.mtu <= high:
        return translate("Settings", "The MTU must be between {low} and {high}.").format(low=low, high=high)
    return ""


def network_changes(network: Network, before: NetworkSettings, after: NetworkSettings) -> list[Change]:
    ref, calls = network.ref, []
    if after.mtu != before.mtu:
        calls.append(Change("network.set_MTU", (ref, after.mtu), translate("Changes", "the MTU")))
    if after.automatic != before.automatic:
        calls += map_entry("network", "other_config", ref, "automatic", "true" if after.automatic else "false",
                           translate("Changes", "automatic addition to new VMs"))
    return calls


# ---- VM -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VMExtras:
    home_server: str  # host ref, or NULL
    ha_priority: str
    start_order: int
    start_delay: int
    shadow_multiplier: float = field(default=SHADOW_GENERAL)

    @classmethod
    def of(cls, vm: VM) -> VMExtras:
        r = vm.record
        return cls(r.affinity or NULL, r.ha_restart_priority or "", int(r.order or 0), int(r.start_delay or 0),
                   float(r.HVM_shadow_multiplier or SHADOW_GENERAL))


def vm_extras_problem(vm: VM, before: VMExtras, after: VMExtras) -> str:
    if after.shadow_multiplier < 1.0:
        return translate("Settings", "The shadow memory multiplier must be at least 1.0.")
    if after.start_order < 0 or after.start_delay < 0:
        return translate("Settings", "The start order and delay cannot be negative.")
    if after.home_server != before.home_server and after.home_server != NULL \
            and vm.cache.get("host", after.home_server) is None:
        return translate("Settings", "That home server is no longer in the pool.")
    return ""


def vm_extras_changes(vm: VM, before: VMExtras, after: VMExtras) -> list[Change]:
    ref, calls = vm.ref, []
    if after.home_server != before.home_server:
        calls.append(Change("VM.set_affinity", (ref, after.home_server), translate("Changes", "the home server")))
    if after.ha_priority != before.ha_priority:
        calls.append(Change("VM.set_ha_restart_priority", (ref, after.ha_priority), translate("Changes", "the HA restart priority")))
    if after.start_order != before.start_order:
        calls.append(Change("VM.set_order", (ref, after.start_order), translate("Changes", "the start order")))
    if after.start_delay != before.start_delay:
        calls.append(Change("VM.set_start_delay", (ref, after.start_delay), translate("Changes", "the start delay")))
    if after.shadow_multiplier != before.shadow_multiplier:
        live = vm.power_state == "Running"
        method = "VM.set_shadow_multiplier_live" if live else "VM.set_HVM_shadow_multiplier"
        calls.append(Change(method, (ref, after.shadow_multiplier), translate("Changes", "the shadow memory multiplier")))
    return calls
