"""Where objects live: XenCenter's ``VM.Home()``, ``SR.Home()`` and the host states the tree shows.

The Infrastructure tree puts a VM under its home host and a VM without a home under the pool; these rules
decide that (docs/design.md §5).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from xencenter.model.values import as_bool, is_null_ref
from xencenter.xenapi.records import UNSET

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache, Record
    from xencenter.model.objects import SR, VM, Host

#: SR drivers whose storage sits inside one host: XenCenter's ``SR.IsLocalSR`` list plus XCP-ng's local
#: drivers (xfs, zfs, largeblock). Used for the "local SRs" view option and the Objects view grouping.
LOCAL_SR_TYPES = frozenset({"local", "ext", "lvm", "udev", "egeneracd", "dummy", "xfs", "zfs", "largeblock"})

_MAX_SNAPSHOT_DEPTH = 32  # a snapshot_of loop in a damaged database must not hang the tree


def sr_home(sr: SR) -> Host | None:
    """XenCenter's ``SR.Home()``: the host of the only PBD of a non-shared SR, else None."""
    host = _sr_home_ref(sr.cache, sr.record)
    return sr.cache.get("host", host) if host is not None else None


def _sr_home_ref(cache: ObjectCache, sr: Record) -> str | None:
    """``sr_home`` on raw records (the tree asks it for every disk of every halted VM)."""
    if as_bool(sr.shared):
        return None
    pbds = [ref for ref in sr.PBDs or () if not is_null_ref(ref)]
    if len(pbds) != 1:
        return None
    pbd = cache.record("PBD", pbds[0])
    host = pbd.host if pbd is not None else None
    return host if host and not is_null_ref(host) and cache.record("host", host) is not None else None


def sr_is_local(sr: SR) -> bool:
    return sr.record.type in LOCAL_SR_TYPES


class LocalDisks:
    """The disks on storage local to one host, for placing many VMs: ``vm_storage_host`` then looks each of a
    VM's disks up once instead of walking VDI -> SR -> PBD -> host (a halted VM on shared storage has every
    disk walked). Built from the SRs' ``VDIs``, which xapi keeps as the other side of ``VDI.SR``."""

    def __init__(self, cache: ObjectCache) -> None:
        #: VDI ref -> (its SR's ref, that SR's home host ref)
        self.homes: dict[str, tuple[str, str]] = {}
        for sr_ref, sr in cache.items("SR"):
            host = _sr_home_ref(cache, sr)
            if host is not None:
                for vdi_ref in sr.VDIs or ():
                    self.homes[vdi_ref] = (sr_ref, host)


def vm_storage_host(vm: VM, local_disks: LocalDisks | None = None) -> Host | None:
    """The home of the first local SR holding one of the VM's visible disks (XenCenter's ``GetStorageHost``).

    Like XenCenter, CD drives count too: a VM with a disc from a host's DVD drive or local ISO SR can only
    start on that host. A disk is visible when its VDI exists, is managed and not missing. ``local_disks``:
    see ``LocalDisks``.
    """
    cache = vm.cache
    vbds, vdis = cache.table("VBD"), cache.table("VDI")
    for vbd_ref in vm.record.VBDs or ():
        vbd = vbds.get(vbd_ref)
        if vbd is None:
            continue
        if local_disks is not None:
            home = local_disks.homes.get(vbd.VDI)
            if home is None:
                continue  # not on local storage: nothing more to look at
        vdi = vdis.get(vbd.VDI)
        if vdi is None or not vdi_present(vdi):
            continue
        if local_disks is not None:
            assert home is not None  # local_disks is given with the home it tells
            host = home[1] if vdi.SR == home[0] else None
        else:
            sr = cache.record("SR", vdi.SR)
            host = _sr_home_ref(cache, sr) if sr is not None else None
        if host is not None:
            return cache.get("host", host)
    return None


def vdi_present(vdi: Record) -> bool:
    """A VDI that exists for the user: not ``missing`` and ``managed`` (XenCenter's ``VDI.Show`` minus hiding)."""
    managed = vdi.managed  # UNSET (falsy) when the server did not send it: managed then
    return not as_bool(vdi.missing) and (managed is UNSET or as_bool(managed))


def vm_home(vm: VM, local_disks: LocalDisks | None = None) -> Host | None:
    """XenCenter's ``VM.Home()``: the host the VM is shown under, None for the pool level.

    A snapshot lives with the VM it was taken of; a template has no home; a running VM lives where it runs;
    otherwise where its local storage is; otherwise on its affinity host if that host is live. ``local_disks``:
    see ``LocalDisks``.
    """
    source = snapshot_source(vm)
    return own_home(source, local_disks) if source is not None else None


def snapshot_source(vm: VM) -> VM | None:
    """The VM a snapshot (of a snapshot...) was taken of, the VM itself if it is none; None when it is gone."""
    for _ in range(_MAX_SNAPSHOT_DEPTH):
        if not vm.is_snapshot:
            return vm
        source = vm.cache.get("VM", vm.record.snapshot_of)
        if source is None:
            return None  # the VM it was taken of is gone
        vm = source  # the cache's VM objects are VM wrappers
    return None


def own_home(vm: VM, local_disks: LocalDisks | None = None) -> Host | None:
    """``vm_home`` of a VM that is not a snapshot."""
    record = vm.record
    if vm.is_a_template:
        return None
    cache = vm.cache
    if record.power_state == "Running":
        return cache.get("host", record.resident_on)
    storage_host = vm_storage_host(vm, local_disks)
    if storage_host is not None:
        return storage_host
    affinity = cache.get("host", record.affinity)
    if affinity is not None and host_is_live(affinity):
        return affinity
    return None


def host_is_live(host: Host) -> bool:
    """XenCenter's ``Host.IsLive()``: the host's metrics exist and say ``live``."""
    metrics = host.cache.record("host_metrics", host.record.metrics)
    return metrics is not None and as_bool(metrics.live)


@dataclass(frozen=True, slots=True)
class HostState:
    live: bool
    coordinator: bool
    enabled: bool
    #: In maintenance: disabled, or ``other_config["MAINTENANCE_MODE"]`` true.
    maintenance: bool
    #: XenCenter's ``MaintenanceMode()``: only the other_config key (tells "In maintenance mode" from "Disabled").
    maintenance_mode_key: bool


def host_state(host: Host) -> HostState:
    pool = host.cache.pool()
    enabled = as_bool(host.record.get("enabled", True))
    key = as_bool(host.other_config.get("MAINTENANCE_MODE"))
    return HostState(
        live=host_is_live(host),
        coordinator=pool is not None and pool.ref_of("master") == host.ref,
        enabled=enabled,
        maintenance=not enabled or key,
        maintenance_mode_key=key,
    )
