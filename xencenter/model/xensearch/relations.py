"""The properties that relate an object to others: its host, pool, VMs, networks, storage, disks, vApp, folders.

These are XenCenter's rules (``HostProperty``, ``VMProperty``...): a VM's host is its home (where it runs, else
where its local disks are, else its live affinity host), a snapshot's is its VM's; a network without PIFs is on
every host; in a server without a visible pool every object is on every host. Each list holds an object once
(XenCenter listed a VM twice under a network it had two VIFs on).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from xencenter.model.placement import sr_home
from xencenter.model.xensearch.items import Folder, Item
from xencenter.model.xensearch.scope import is_real_vm

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import XenObject
    from xencenter.model.xensearch.context import SearchContext

_HOSTNAME = re.compile(r"[\w.]+")


def _objects(ctx: SearchContext, cache: ObjectCache, cls: str, refs: Iterable[str]) -> list[XenObject]:
    """The objects these refs name, each once, skipping dangling refs (the run's shared wrappers)."""
    found: list[XenObject] = []
    seen: set[str] = set()
    for ref in refs:
        if ref not in seen:
            seen.add(ref)
            obj = ctx.obj(cache, cls, ref)
            if obj is not None:
                found.append(obj)
    return found


def _fields(cache: ObjectCache, cls: str, refs: Iterable[str], name: str) -> Iterator[Any]:
    """One field of the records these refs name (missing records skipped)."""
    table = cache.table(cls)
    for ref in refs:
        record = table.get(ref)
        if record is not None:
            yield getattr(record, name)


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
        return [] if item.record.PIFs else cache.all("host")
    if cls == "host":
        return [item]
    if cls == "VDI":
        sr = item.SR  # type: ignore[union-attr]
        return [sr_home(sr)] if sr is not None else []
    return []


def pool(item: Item, ctx: SearchContext) -> XenObject | None:
    return ctx.pool(item.cache) if item.cache is not None else None


def _vbd_vms(ctx: SearchContext, cache: ObjectCache, vbd_refs: Any) -> list[XenObject]:
    return _objects(ctx, cache, "VM", _fields(cache, "VBD", vbd_refs or (), "VM"))


def vdi_vms(vdi: Item, ctx: SearchContext) -> list[XenObject]:
    """The VMs (of any kind) with a VBD on this VDI."""
    return _vbd_vms(ctx, vdi.cache, vdi.record.VBDs)  # type: ignore[arg-type]  # a VDI has a cache


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
        found = _objects(ctx, cache, "VM", record.resident_VMs or ())
    elif cls == "SR":
        vbds = [vbd for vbds in _fields(cache, "VDI", record.VDIs or (), "VBDs") for vbd in vbds or ()]
        found = _vbd_vms(ctx, cache, vbds)
    elif cls == "network":
        found = _objects(ctx, cache, "VM", _fields(cache, "VIF", record.VIFs or (), "VM"))
    elif cls == "VDI":
        found = vdi_vms(item, ctx)
    elif cls == "VM":
        source = ctx.obj(cache, "VM", record.snapshot_of) if record.is_a_snapshot else item
        found = [source] if source is not None else []  # a VM, never a server
    else:
        found = []
    return [vm for vm in found if is_real_vm(vm)]


def networks(item: Item, ctx: SearchContext) -> list[XenObject]:
    if item.cls == "network":
        return [item]  # type: ignore[list-item]
    if not is_real_vm(item):
        return []
    cache = item.cache
    return _objects(ctx, cache, "network", _fields(cache, "VIF", item.record.VIFs or (), "network"))  # type: ignore


def _vdi_refs(vm: Item) -> Iterator[str]:
    return _fields(vm.cache, "VBD", vm.record.VBDs or (), "VDI")  # type: ignore[arg-type]  # a VM has a cache


def storage(item: Item, ctx: SearchContext) -> list[XenObject] | None:
    """The SRs of a VM's disks, an SR itself, a VDI's SR (None for a VDI whose SR is gone)."""
    cls, cache = item.cls, item.cache
    if cls == "SR":
        return [item]  # type: ignore[list-item]
    if cls == "VDI":
        sr = ctx.obj(cache, "SR", item.record.SR)  # type: ignore[arg-type]  # a VDI has a cache
        return [sr] if sr is not None else None
    if is_real_vm(item):
        return _objects(ctx, cache, "SR", _fields(cache, "VDI", _vdi_refs(item), "SR"))  # type: ignore[arg-type]
    return []


def disks(item: Item, ctx: SearchContext) -> list[XenObject]:
    if item.cls == "VDI":
        return [item]  # type: ignore[list-item]
    if is_real_vm(item):
        return _objects(ctx, item.cache, "VDI", _vdi_refs(item))  # type: ignore[arg-type]
    return []


def appliance(item: Item, ctx: SearchContext) -> XenObject | None:
    if item.cls == "VM_appliance":
        return item  # type: ignore[return-value]
    if is_real_vm(item):
        return item.appliance  # type: ignore[union-attr]
    return None


def folder(item: Item, ctx: SearchContext) -> Folder | None:
    return ctx.folders(item.cache).folder_of(item) if item.cache is not None else None


def ancestor_folders(item: Item, ctx: SearchContext) -> list[Folder]:
    return ctx.folders(item.cache).ancestors_of(item) if item.cache is not None else []


def sr_target(sr: Item) -> str:
    """XenCenter's ``SR.Target()``: the iSCSI target, NFS server or ISO library host of the first PBD with one."""
    cache, sr_type = sr.cache, sr.record.type
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

