"""The servers that can be a new VM's home, each with why not when it cannot."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from xencenter.model.naming import natural_key
from xencenter.model.placement import host_is_live
from xencenter.model.summaries import host_memory, size_text
from xencenter.model.words import translate

from .media import dvd_label, iso_host
from .storage import DiskPlan, is_dvd_sr, sr_attached_hosts, sr_home_host, sr_seen_from, supports_vdi_create

if TYPE_CHECKING:
    from xencenter.model.objects import VDI, VM, Host


@dataclass(frozen=True)
class HostChoice:
    host: Host
    reason: str  # "" when it can be the home server
    memory: str  # "12 GB RAM available (256 GB total)"


def host_memory_text(host: Host) -> str:
    """XenCenter's ``HostMemoryString``: what new VMs could have on the server."""
    memory = host_memory(host)
    if memory is None:
        return ""
    return translate("Provision", "{available} RAM available ({total} total)").format(
        available=size_text(memory.available), total=size_text(memory.total))


def storage_hosts(template: VM, disks: list[DiskPlan], iso: VDI | None) -> list[Host]:
    """The servers the VM's storage ties it to: local SRs of its disks and of its disc."""
    cache = template.cache
    tied: list[Host] = []
    for disk in disks:
        sr = cache.get("SR", disk.sr) if disk.sr else None
        if sr is not None and not sr.shared:
            home = sr_home_host(sr)
            if home is not None and home not in tied:
                tied.append(home)
    cd_host = iso_host(iso)
    if cd_host is not None and cd_host not in tied:
        tied.append(cd_host)
    return tied


def host_reason(host: Host, template: VM, disks: list[DiskPlan], iso: VDI | None) -> str:
    if not host_is_live(host):
        return translate("Provision", "'{server}' is not reachable.").format(server=host.name)
    for disk in disks:
        sr = template.cache.get("SR", disk.sr) if disk.sr else None
        if sr is not None and not sr.shared and host.ref not in sr_attached_hosts(sr):
            return translate("Provision", "'{server}' cannot see the storage '{sr}' of the disk '{disk}'.").format(
                server=host.name, sr=sr.name, disk=disk.name)
    if iso is not None:
        sr = iso.SR
        if sr is not None and not sr.shared and host.ref not in sr_attached_hosts(sr):
            return translate("Provision", "'{server}' cannot reach '{iso}'.").format(
                server=host.name, iso=dvd_label(iso) if is_dvd_sr(sr) else iso.name)
    return ""


def host_choices(template: VM, disks: list[DiskPlan] | None = None, iso: VDI | None = None) -> list[HostChoice]:
    """Every server of the pool, with why it cannot be the new VM's home ("" when it can)."""
    disks = list(disks or [])
    hosts = sorted(template.cache.all("host"), key=lambda h: natural_key(h.name))
    return [HostChoice(h, host_reason(h, template, disks, iso), host_memory_text(h)) for h in hosts]


def needs_home(template: VM, disks: list[DiskPlan], iso: VDI | None) -> bool:
    """Whether the VM must have a home server: some of its storage is local to one server."""
    return bool(storage_hosts(template, disks, iso))


def default_home(template: VM, disks: list[DiskPlan], iso: VDI | None, preferred: Host | None = None) -> Host | None:
    """XenCenter's choice: the selected (preferred) server, else the one its storage lives on, else none when
    every server sees the storage, else the first live server."""
    choices = {c.host.ref: c for c in host_choices(template, disks, iso)}
    for candidate in (preferred, *storage_hosts(template, disks, iso)):
        if candidate is not None and candidate.ref in choices and not choices[candidate.ref].reason:
            return candidate
    if not needs_home(template, disks, iso) and any(sr_seen_from(sr, None) for sr in template.cache.all("SR")
                                                    if supports_vdi_create(sr)):
        return None
    return next((c.host for c in choices.values() if not c.reason), None)
