"""The properties that relate an object to others: its host, pool, VMs, networks, storage, disks, vApp, folders.

These are XenCenter's rules (``HostProperty``, ``VMProperty``...): a VM's host is its home (where it runs, else
where its local disks are, else its live affinity host), a snapshot's is its VM's; a network without PIFs is on
every host; in a server without a visible pool every object is on every host. Each list holds an object once
(XenCenter listed a VM twice under a network it had two VIFs on).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from xencenter.model.placement import sr_home
from xencenter.model.values import as_bool
from xencenter.model.xensearch.items import Folder, Item

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import XenObject
    from xencenter.model.xensearch.context import SearchContext

_HOSTNAME = re.compile(r"[\w.]+")


def _once(objects: list[Any]) -> list[Any]:
    return list(dict.fromkeys(objects))


def _is_real(vm: XenObject) -> bool:
    record = vm.record
    return not (as_bool(record.is_a_snapshot) or as_bool(record.is_a_template) or as_bool(record.is_control_domain))


def hosts(item: Item, ctx: SearchContext) -> list[Any]:
    """XenCenter's ``host`` property (a VDI on an SR without a home is "ungrouped": a None entry)."""
    cache = item.cache
    if cache is None or isinstance(item, Folder):
        return []
    if ctx.pool(cache) is None:
        return cache.all("host")
    cls = item.cls
    if cls == "VM":
        home = ctx.home(item)  # type: ignore[arg-type]
        return [home] if home is not None else []
    if cls == "SR":
        home = sr_home(item)  # type: ignore[arg-type]
        return [home] if home is not None else []
    if cls == "network":
        return [] if item.record.PIFs else cache.all("host")  # type: ignore[union-attr]
    if cls == "host":
        return [item]
    if cls == "VDI":
        sr = item.SR  # type: ignore[union-attr]
        return [sr_home(sr)] if sr is not None else []
    return []


def pool(item: Item, ctx: SearchContext) -> XenObject | None:
    return ctx.pool(item.cache) if item.cache is not None else None


def _vbd_vms(cache: ObjectCache, vbd_refs: Any) -> list[XenObject]:
    found = []
    for vbd in (cache.record("VBD", ref) for ref in vbd_refs or ()):
        vm = cache.get("VM", vbd.VM) if vbd is not None else None
        if vm is not None:
            found.append(vm)
    return found


def vdi_vms(vdi: Item) -> list[XenObject]:
    """The VMs (of any kind) with a VBD on this VDI."""
    return _vbd_vms(vdi.cache, vdi.record.VBDs)  # type: ignore[union-attr, arg-type]


def vms(item: Item, ctx: SearchContext) -> list[XenObject]:
    """XenCenter's ``vm`` property: the real VMs of a pool, on a host, using an SR, network or VDI; a VM
    itself; the VM a snapshot was taken of."""
    cache, cls = item.cache, item.cls
    if cache is None or isinstance(item, Folder):
        return []
    record = item.record
    if cls == "pool":
        found = cache.all("VM")
    elif cls == "host":
        found = [vm for vm in (cache.get("VM", ref) for ref in record.resident_VMs or ()) if vm is not None]
    elif cls == "SR":
        found = [vm for ref in record.VDIs or () for vm in _vbd_vms(cache, getattr(cache.record("VDI", ref), "VBDs", ()))]
    elif cls == "network":
        vifs = (cache.record("VIF", ref) for ref in record.VIFs or ())
        found = [vm for vm in (cache.get("VM", vif.VM) for vif in vifs if vif is not None) if vm is not None]
    elif cls == "VDI":
        found = vdi_vms(item)
    elif cls == "VM":
        source = item.snapshot_of if as_bool(record.is_a_snapshot) else item  # type: ignore[union-attr]
        found = [source] if source is not None else []
    else:
        found = []
    return _once([vm for vm in found if _is_real(vm)])


def networks(item: Item, ctx: SearchContext) -> list[XenObject]:
    if item.cls == "network":
        return [item]  # type: ignore[list-item]
    if item.cls != "VM" or item.cache is None or not _is_real(item):  # type: ignore[arg-type]
        return []
    cache = item.cache
    vifs = (cache.record("VIF", ref) for ref in item.record.VIFs or ())  # type: ignore[union-attr]
    return _once([n for n in (cache.get("network", vif.network) for vif in vifs if vif is not None) if n is not None])


def _vm_vdis(vm: Item) -> list[XenObject]:
    cache = vm.cache
    vbds = (cache.record("VBD", ref) for ref in vm.record.VBDs or ())  # type: ignore[union-attr]
    return _once([v for v in (cache.get("VDI", vbd.VDI) for vbd in vbds if vbd is not None) if v is not None])


def storage(item: Item, ctx: SearchContext) -> list[XenObject] | None:
    """The SRs of a VM's disks, an SR itself, a VDI's SR (None for a VDI whose SR is gone)."""
    cls = item.cls
    if cls == "SR":
        return [item]  # type: ignore[list-item]
    if cls == "VDI":
        sr = item.SR  # type: ignore[union-attr]
        return [sr] if sr is not None else None
    if cls == "VM" and item.cache is not None and _is_real(item):  # type: ignore[arg-type]
        return _once([sr for sr in (vdi.SR for vdi in _vm_vdis(item)) if sr is not None])
    return []


def disks(item: Item, ctx: SearchContext) -> list[XenObject]:
    if item.cls == "VDI":
        return [item]  # type: ignore[list-item]
    if item.cls == "VM" and item.cache is not None and _is_real(item):  # type: ignore[arg-type]
        return _vm_vdis(item)
    return []


def appliance(item: Item, ctx: SearchContext) -> XenObject | None:
    if item.cls == "VM_appliance":
        return item  # type: ignore[return-value]
    if item.cls == "VM" and item.cache is not None and _is_real(item):  # type: ignore[arg-type]
        return item.appliance  # type: ignore[union-attr]
    return None


def folder(item: Item, ctx: SearchContext) -> Folder | None:
    return ctx.folders(item.cache).folder_of(item) if item.cache is not None else None


def ancestor_folders(item: Item, ctx: SearchContext) -> list[Folder]:
    return ctx.folders(item.cache).ancestors_of(item) if item.cache is not None else []


def sr_target(sr: Item) -> str:
    """XenCenter's ``SR.Target()``: the iSCSI target, NFS server or ISO library host of the first PBD with one."""
    cache, sr_type = sr.cache, sr.record.type  # type: ignore[union-attr]
    for pbd in (cache.record("PBD", ref) for ref in sr.record.PBDs or ()):  # type: ignore[union-attr]
        config = (pbd.device_config or {}) if pbd is not None else {}
        if sr_type == "lvmoiscsi" and "target" in config:
            return config["target"]
        if sr_type == "iso" and "location" in config:
            m = _HOSTNAME.search(config["location"])
            if m:
                return m.group(0)
        if sr_type == "nfs" and "server" in config:
            return config["server"]
    return ""

