"""Where a new VM's disks can go: the template's provision XML, each SR's free space and reach, the disk plan
and its problems."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from xencenter.model.naming import natural_key
from xencenter.model.summaries import size_text
from xencenter.model.values import as_int
from xencenter.model.words import translate

from .defaults import DISK_DESCRIPTION, DISK_MAX_SIZE, FULL_BELOW

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import SR, VM, Host


@dataclass(frozen=True)
class ProvisionDisk:
    """One ``<disk>`` of a template's provision XML."""

    device: str
    size: int
    sr: str  # an SR's UUID, or "" for the pool's default
    bootable: bool
    type: str = "system"


def provision_disks(vm: VM) -> list[ProvisionDisk] | None:
    """The disks ``other_config["disks"]`` asks for (xapi's ``disks_of_xml``); None when there is no such XML."""
    text = vm.other_config.get("disks")
    if not text:
        return None
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return None
    if root.tag != "provision":
        return None
    disks = []
    for node in root:
        if node.tag != "disk":
            continue
        disks.append(ProvisionDisk(node.get("device", ""), as_int(node.get("size")), node.get("sr", ""),
                                   node.get("bootable") == "true", node.get("type") or "system"))
    return disks


def sr_sm(sr: SR) -> Any:
    """The SM object of an SR's driver, or None."""
    return next((sm for sm in sr.cache.all("SM") if sm.record.get("type") == sr.record.get("type")), None)


def sr_capabilities(sr: SR) -> list[str]:
    sm = sr_sm(sr)
    return list(sm.record.get("capabilities") or ()) if sm is not None else []


def free_space(sr: SR) -> int:
    """XenCenter's ``SR.FreeSpace``: size less what is used."""
    return sr.physical_size - sr.physical_utilisation


def is_thin(sr: SR) -> bool:
    return "THIN_PROVISIONING" in sr_capabilities(sr) or (sr.sm_config or {}).get("allocation") == "thin"


def is_iso_sr(sr: SR) -> bool:
    return sr.record.get("content_type") == "iso"


def is_dvd_sr(sr: SR) -> bool:
    """A server's physical DVD drives (``udev`` with ``sm_config["type"] = "cd"``)."""
    return sr.record.get("type") == "udev" and (sr.sm_config or {}).get("type") == "cd"


def supports_vdi_create(sr: SR) -> bool:
    """XenCenter's ``SupportsVdiCreate``: not ISO storage nor memory, and its driver can create disks."""
    if is_iso_sr(sr) or sr.record.get("type") in ("tmpfs", "udev"):
        return False
    return "VDI_CREATE" in sr_capabilities(sr)


def sr_attached_hosts(sr: SR) -> set[str]:
    return {pbd.ref_of("host") for pbd in sr.PBDs if pbd.currently_attached and pbd.ref_of("host")}  # type: ignore


def sr_is_broken(sr: SR) -> bool:
    """XenCenter's ``IsBroken``: no PBD, the wrong number of PBDs, or one of them unplugged."""
    pbds = sr.PBDs
    if not pbds:
        return True
    hosts = sr.cache.count("host")
    if len(pbds) != (hosts if sr.shared else 1):
        return True
    return any(not pbd.currently_attached for pbd in pbds)


def sr_seen_from(sr: SR, host: Host | None) -> bool:
    """XenCenter's ``CanBeSeenFrom``: a host with a plugged PBD; without a home server, shared and whole."""
    if host is None:
        return bool(sr.shared) and not sr_is_broken(sr)
    return host.ref in sr_attached_hosts(sr)


def sr_home_host(sr: SR) -> Host | None:
    """The one host a non-shared SR lives on."""
    return sr.home


def sr_label(sr: SR) -> str:
    """An SR's name, with its server's for local storage (every server has a "Local storage")."""
    home = None if sr.shared else sr.home
    return translate("Provision", "{sr} on {server}").format(sr=sr.name, server=home.name) if home is not None else sr.name


def disk_fit_problem(sr: SR, sizes: list[int]) -> str:
    """XenCenter's ``CanFitDisks`` for new disks (thin storage only counts what they use, nothing yet)."""
    if any(size > DISK_MAX_SIZE for size in sizes) and "LARGE_VDI" not in sr_capabilities(sr):
        return translate("Provision", "Disks on '{sr}' cannot be larger than {size}.").format(
            sr=sr.name, size=size_text(DISK_MAX_SIZE))
    if free_space(sr) < FULL_BELOW:
        return translate("Provision", "The storage repository '{sr}' is full.").format(sr=sr.name)
    needed = 0 if is_thin(sr) else sum(sizes)
    if needed > sr.physical_size:
        return translate("Provision", "'{sr}' is too small: the disks need {needed}, it holds {size}.").format(
            sr=sr.name, needed=size_text(needed), size=size_text(sr.physical_size))
    if needed > free_space(sr):
        return translate("Provision", "'{sr}' does not have enough free space: the disks need {needed}, {free} is "
                                      "free.").format(sr=sr.name, needed=size_text(needed), free=size_text(free_space(sr)))
    return ""


@dataclass(frozen=True)
class SRChoice:
    sr: SR
    reason: str  # "" when it can take the disks
    free: str  # "1.2 TB free of 2 TB"

    @property
    def usable(self) -> bool:
        return not self.reason


def sr_free_text(sr: SR) -> str:
    return translate("Provision", "{free} free of {size}").format(free=size_text(max(free_space(sr), 0)),
                                                                 size=size_text(max(sr.physical_size, 0)))


def sr_reason(sr: SR, host: Host | None, sizes: list[int]) -> str:
    """Why new disks of ``sizes`` cannot go on ``sr`` for a VM whose home is ``host`` ("" when they can)."""
    if not supports_vdi_create(sr):
        return translate("Provision", "'{sr}' cannot hold virtual disks.").format(sr=sr.name)
    if not sr_attached_hosts(sr):
        return translate("Provision", "'{sr}' is detached.").format(sr=sr.name)
    if not sr_seen_from(sr, host):
        if host is None:
            return translate("Provision", "'{sr}' is not shared: a VM without a home server needs storage every "
                                          "server sees.").format(sr=sr.name)
        return translate("Provision", "'{sr}' cannot be seen from the home server '{server}'.").format(
            sr=sr.name, server=host.name)
    return disk_fit_problem(sr, sizes)


def sr_choices(cache: ObjectCache, host: Host | None, sizes: list[int] | None = None) -> list[SRChoice]:
    """The storage that can hold virtual disks, each with why it cannot take these (the default SR first)."""
    pool = cache.pool()
    default = pool.ref_of("default_SR") if pool is not None else None
    srs = [sr for sr in cache.all("SR") if sr.shown(False) and not is_iso_sr(sr)
           and sr.record.get("type") not in ("udev", "tmpfs")]
    ordered = sorted(srs, key=lambda s: (s.ref != default, natural_key(s.name)))
    return [SRChoice(sr, sr_reason(sr, host, list(sizes or [])), sr_free_text(sr)) for sr in ordered]


def best_sr(cache: ObjectCache, host: Host | None, sizes: list[int], suggested: SR | None = None) -> SR | None:
    """XenCenter's ``GetBestDiskStorage``: the suggested SR, else the pool's default, else the first that fits."""
    pool = cache.pool()
    default = cache.get("SR", pool.ref_of("default_SR") or "") if pool is not None else None
    for candidate in (suggested, default):
        if candidate is not None and not sr_reason(candidate, host, sizes):
            return candidate
    return next((c.sr for c in sr_choices(cache, host, sizes) if c.usable), None)


@dataclass(frozen=True)
class DiskPlan:
    """One disk of the new VM. ``source``: ``template`` (the template's provision XML asks for it), ``new``
    (added by the user) or ``cloned`` (a custom template's own disk: it comes with the clone, on its SR)."""

    size: int
    sr: str  # SR ref ("" when none could be chosen)
    name: str = ""
    description: str = DISK_DESCRIPTION
    device: str = ""
    bootable: bool = False
    type: str = "system"
    #: Where it comes from (what the wizard says of it); two plans with the same disks compare equal whatever
    #: asked for them.
    source: str = field(default="new", compare=False)
    vdi: str = ""  # cloned: the template's VDI

    @property
    def created(self) -> bool:
        """Made by ``vm.new`` (VDI.create), not brought by the clone."""
        return self.source != "cloned"


def template_disks(template: VM, vm_name: str, host: Host | None) -> list[DiskPlan]:
    """The disks a VM of this template gets by default: the provision XML's on the best SR (named
    ``<VM name> <position>``), else the template's own (cloned) disks."""
    cache = template.cache
    provision = provision_disks(template)
    if provision is not None:
        plans = []
        for disk in provision:
            suggested = _sr_by_uuid(cache, disk.sr)
            sr = best_sr(cache, host, [disk.size], suggested)
            plans.append(DiskPlan(disk.size, sr.ref if sr is not None else "", f"{vm_name} {disk.device}",
                                  DISK_DESCRIPTION, disk.device, disk.bootable, disk.type, "template"))
        return plans
    plans = []
    for vbd in sorted(template.VBDs, key=lambda v: as_int(v.userdevice, 1 << 30)):
        vdi = vbd.VDI
        if vbd.is_cd or vdi is None:
            continue
        plans.append(DiskPlan(vdi.virtual_size, vdi.ref_of("SR") or "", vdi.name, vdi.description, vbd.userdevice,
                              vbd.bootable, vdi.record.get("type") or "system", "cloned", vdi.ref))
    return plans


def _sr_by_uuid(cache: ObjectCache, uuid: str) -> SR | None:
    if not uuid:
        return None
    return next((sr for sr in cache.all("SR") if sr.uuid == uuid), None)


def disk_problems(cache: ObjectCache, disks: list[DiskPlan], host: Host | None) -> list[str]:
    """What stops these disks: an SR none could be found for, or one that cannot take its share of them."""
    problems = []
    by_sr: dict[str, list[DiskPlan]] = {}
    for disk in disks:
        if not disk.created:
            continue
        if disk.size <= 0:
            problems.append(translate("Provision", "The disk '{disk}' needs a size.").format(disk=disk.name))
        if not disk.sr:
            problems.append(translate("Provision", "No storage can hold the disk '{disk}'.").format(disk=disk.name))
            continue
        by_sr.setdefault(disk.sr, []).append(disk)
    for ref, group in by_sr.items():
        sr = cache.get("SR", ref)
        if sr is None:
            problems.append(translate("Provision", "The storage repository chosen for the disks no longer exists."))
            continue
        reason = sr_reason(sr, host, [d.size for d in group])
        if reason:
            problems.append(reason)
    for disk in disks:
        if disk.created:
            continue
        sr = cache.get("SR", disk.sr) if disk.sr else None
        if sr is not None and host is not None and not sr_seen_from(sr, host):
            problems.append(translate("Provision", "The template's disk '{disk}' is on '{sr}', which the home server "
                                                   "'{host}' cannot see.").format(disk=disk.name, sr=sr.name,
                                                                                  host=host.name))
    return problems


def disk_warnings(cache: ObjectCache, disks: list[DiskPlan]) -> list[str]:
    """Thin storage given more than it has free (XenCenter's overcommit warning)."""
    totals: dict[str, int] = {}
    for disk in disks:
        if disk.created and disk.sr:
            totals[disk.sr] = totals.get(disk.sr, 0) + disk.size
    warnings = []
    for ref, total in totals.items():
        sr = cache.get("SR", ref)
        if sr is not None and is_thin(sr) and total > free_space(sr):
            warnings.append(translate("Provision", "The SR '{sr}' is overcommitted. There is only {free} of free space "
                                                   "and the new VM requires {size}.").format(
                sr=sr.name, free=size_text(free_space(sr)), size=size_text(total)))
    return warnings
