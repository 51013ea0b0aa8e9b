"""Where a VM can move, from what the cache says: XenCenter's ``VMOperationHostCommand.VmCanBootOnHost`` (the
reasons its "Migrate to Server" submenu shows beside each host, from ``VM.assert_can_boot_here``'s checks, which
the cache answers without a call so the menu opens at once), the disks a storage migration moves, and the
cross-pool wizard's defaults (the destination's storage for each disk, its network for each interface, the
transfer network). Qt-free: the command line checks with the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from xencenter.model.naming import natural_key
from xencenter.model.placement import host_state
from xencenter.model.provision import is_iso_sr, sr_attached_hosts, sr_reason
from xencenter.model.summaries import host_memory, size_text
from xencenter.model.versions import version_tuple
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import SR, VDI, VIF, VM, Host, Network

# XenCenter's words (Messages.resx, FriendlyErrorNames.resx).
#: Reasons the code compares (in English; returned in the user's language, context ``Migration``).
CURRENT_SERVER = QT_TRANSLATE_NOOP("Migration", "Current server")
OLDER_SERVER = QT_TRANSLATE_NOOP("Migration", "Older than current server")
EJECT_CD = QT_TRANSLATE_NOOP("Migration", "Please eject your CD")
CPU_INCOMPATIBLE = QT_TRANSLATE_NOOP("Migration", "The host does not have some of the CPU features that the VM is "
                                                  "currently using")
NEEDS_STORAGE = QT_TRANSLATE_NOOP("Migration", "This VM needs storage that cannot be seen from that server")


def sentence(text: str) -> str:
    """XenCenter's reasons come with and without a full stop: one, always."""
    return text.rstrip(".") + "."


def _version(host: Host) -> str:
    return str((host.software_version or {}).get("product_version") or (host.software_version or {}).get(
        "platform_version") or "")


def cpu_incompatible(vm: VM, host: Host) -> bool:
    """XenCenter's ``VmCpuIncompatibleWithHost``: a running or suspended VM booted on another CPU vendor."""
    if vm.power_state not in ("Running", "Suspended"):
        return False
    booted = (vm.last_boot_CPU_flags or {}).get("vendor")
    vendor = (host.cpu_info or {}).get("vendor")
    return bool(booted and vendor and booted != vendor)


def _network_seen(network: Network | None, host: Host) -> bool:
    if network is None:
        return False
    pifs = network.PIFs
    return not pifs or any(pif.ref_of("host") == host.ref for pif in pifs)


def _needed_memory(vm: VM) -> int:
    actual = vm.metrics.memory_actual if vm.metrics is not None and vm.power_state in ("Running", "Paused") else 0
    return int(actual or vm.memory_dynamic_max) + int(vm.memory_overhead)


def host_reason(vm: VM, host: Host) -> str:
    """"" when ``host`` (of the VM's pool or another) can run the VM as far as the server itself goes, else why
    not in XenCenter's words: the current server, an older one, another CPU, not live, disabled, memory, CPUs."""
    resident = vm.resident_on if vm.power_state == "Running" else None
    if resident is not None:
        if resident.ref == host.ref and resident.cache is host.cache:
            return translate("Migration", CURRENT_SERVER)
        if version_tuple(_version(host)) < version_tuple(_version(resident)):
            return translate("Migration", OLDER_SERVER)
    if cpu_incompatible(vm, host):
        return translate("Migration", CPU_INCOMPATIBLE)
    state = host_state(host)
    if not state.live:
        return translate("Migration", "This operation cannot be completed as the server is not live.")
    if not host.enabled:
        return (translate("Migration", "The server is in maintenance mode.") if state.maintenance_mode_key
                else translate("Migration", "The specified server is disabled."))
    memory = host_memory(host)
    needed = _needed_memory(vm)
    if memory is not None and vm.power_state != "Halted" and needed > memory.free:
        return translate("Migration", "Not enough server memory is available to perform this operation ({needed} "
                                      "needed, {free} free)").format(needed=size_text(needed),
                                                                     free=size_text(memory.free))
    cpus = int((host.cpu_info or {}).get("cpu_count") or 0)
    if cpus and vm.VCPUs_max > cpus:
        return translate("Migration", "The server has {cpus} CPUs: fewer than the VM's {vcpus} vCPUs").format(
            cpus=cpus, vcpus=vm.VCPUs_max)
    return ""


def boot_reason(vm: VM, host: Host) -> str:
    """"" when ``host`` of the VM's pool can run it now, else why not (assert_can_boot_here's checks): the host,
    then the VM's storage and networks as that host sees them."""
    reason = host_reason(vm, host)
    if reason:
        return reason
    for vbd in vm.VBDs:
        vdi = vbd.VDI
        sr = vdi.SR if vdi is not None and not vbd.empty else None
        if sr is not None and host.ref not in sr_attached_hosts(sr):
            return translate("Migration", EJECT_CD if is_iso_sr(sr) else NEEDS_STORAGE)
    for vif in vm.VIFs:
        if not _network_seen(vif.network, host):
            return translate("Migration", "This VM needs the network '{network}', which that server lacks").format(
                network=vif.network.name if vif.network else "?")
    return ""


def cross_pool_problems(vm: VM, host: Host, disks: list[tuple[VDI, SR]]) -> list[str]:
    """Every reason, known from the caches, that the VM cannot move to ``host`` of another pool with its disks
    on these SRs (the server's own check, VM.assert_can_migrate, follows)."""
    problems = [f"'{host.name}': {sentence(why)}" for why in [host_reason(vm, host)] if why]
    by_sr: dict[str, tuple[SR, list[int]]] = {}
    for vdi, sr in disks:
        by_sr.setdefault(sr.ref, (sr, []))[1].append(vdi.virtual_size)
    for sr, sizes in by_sr.values():
        why = sr_reason(sr, host, sizes)
        if why:
            problems.append(why)
    return problems


@dataclass(frozen=True)
class HostChoice:
    host: Host
    reason: str


def migrate_targets(vms: list[VM]) -> list[HostChoice]:
    """Every host of the VMs' pool, each with the first reason one of the VMs cannot move there ("" if all can)."""
    if not vms or any(vm.cache is not vms[0].cache for vm in vms):
        return []
    hosts = sorted(vms[0].cache.all("host"), key=lambda h: natural_key(h.name))
    return [HostChoice(h, next((why for vm in vms if (why := boot_reason(vm, h))), "")) for h in hosts]


# ---- storage ----------------------------------------------------------------------------------------------------


def movable_disks(vm: VM) -> list[VDI]:
    """The VM's disks a storage migration moves (not DVD drives, not empty drives), in position order."""
    vbds = sorted((v for v in vm.VBDs if not v.is_cd and v.VDI is not None), key=lambda v: natural_key(v.userdevice))
    return [v.VDI for v in vbds if v.VDI is not None]


def storage_target_reason(vm: VM, sr: SR, disks: list[VDI]) -> str:
    """Why these disks of the VM cannot move to ``sr`` ("" when they can): it holds disks, is seen by the
    server the VM runs on (or its home), and has room for those not there yet."""
    host = vm.resident_on if vm.power_state == "Running" else vm.home
    sizes = [d.virtual_size for d in disks if d.ref_of("SR") != sr.ref]
    return sr_reason(sr, host, sizes)


# ---- across pools -----------------------------------------------------------------------------------------------


def pool_name(cache: ObjectCache) -> str:
    pool = cache.pool()
    if pool is not None and pool.name:
        return pool.name
    host = next(iter(cache.all("host")), None)
    return host.name if host is not None else "?"


def default_sr(cache: ObjectCache, host: Host, size: int) -> SR | None:
    """The destination's storage for a disk: its pool's default SR when it fits, else the first that does."""
    pool = cache.pool()
    default = pool.default_SR if pool is not None else None
    srs = sorted((s for s in cache.all("SR") if not is_iso_sr(s)), key=lambda s: natural_key(s.name))
    for sr in ([default] if default is not None else []) + srs:
        if not sr_reason(sr, host, [size]):
            return sr
    return None


def default_network(cache: ObjectCache, vif: VIF) -> Network | None:
    """The destination's network for an interface: the one of the same name, else the management network."""
    name = vif.network.name if vif.network is not None else ""
    networks = sorted(cache.all("network"), key=lambda n: natural_key(n.name))
    return next((n for n in networks if n.name == name), None) or management_network(cache)


def management_network(cache: ObjectCache) -> Network | None:
    """The network of a management interface (XenCenter's default transfer network)."""
    for pif in cache.all("PIF"):
        if pif.management and pif.network is not None:
            return pif.network
    return None


def migration_network(cache: ObjectCache) -> Network | None:
    """The network live migrations to this pool travel on: the one the pool names (Xen Orchestra's
    ``other_config["xo:migrationNetwork"]``, a uuid) while it has an interface with an address, else the
    management network."""
    pool = cache.pool()
    uuid = pool.other_config.get("xo:migrationNetwork", "") if pool is not None else ""
    chosen = next((n for n in cache.all("network") if uuid and n.uuid == uuid), None)
    if chosen is not None and any(pif.IP for pif in chosen.PIFs):
        return chosen
    return management_network(cache)


def transfer_networks(cache: ObjectCache, host: Host) -> list[Network]:
    """The destination host's networks with an IP address (what host.migrate_receive can use)."""
    found = [pif.network for pif in cache.all("PIF")
             if pif.ref_of("host") == host.ref and pif.IP and pif.network is not None]
    return sorted({n.ref: n for n in found if n is not None}.values(), key=lambda n: (not _is_management(n),
                                                                                        natural_key(n.name)))


def _is_management(network: Network) -> bool:
    return any(pif.management for pif in network.PIFs)
