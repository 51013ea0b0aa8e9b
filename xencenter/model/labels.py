"""The General tab as data: sections of (label, value) rows with XenCenter's labels and texts.

The General tab page and ``main.py show`` both render these, so what the user reads is tested here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from xencenter.model import formats
from xencenter.model.brand import brand_of
from xencenter.model.naming import natural_key
from xencenter.model.placement import host_state
from xencenter.model.summaries import (
    host_agent_uptime,
    host_cpus,
    host_memory,
    host_uptime,
    size_text,
    uptime_text,
    vm_cpus,
    vm_uptime,
)
from xencenter.model.tree import pool_display_name, pool_is_visible
from xencenter.model.virtualization import Line, virtualization_status, virtualization_text
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Iterator

    from xencenter.model.objects import SR, VM, Host, Pool, XenObject

#: XenCenter's friendly SR type names (``Label-SR.SRTypes-*``); other types show their driver name.
SR_TYPE_NAMES = {
    "lvm": "LVM", "ext": "Ext3", "nfs": "NFS", "iso": "ISO", "udev": "udev",
    "lvmoiscsi": QT_TRANSLATE_NOOP("SRTypes", "LVM over iSCSI"), "lvmohba": QT_TRANSLATE_NOOP("SRTypes", "Hardware HBA"),
    "lvmofcoe": QT_TRANSLATE_NOOP("SRTypes", "LVM over FCoE"), "iscsi": QT_TRANSLATE_NOOP("SRTypes", "VDI-per-LUN iSCSI"),
    "smb": "SMB/CIFS", "netapp": "NetApp", "equal": "Dell EqualLogic", "cslg": "StorageLink",
    "shm": QT_TRANSLATE_NOOP("SRTypes", "Local Performance Monitoring"), "local": QT_TRANSLATE_NOOP("SRTypes", "Local"),
    "gfs2": "GFS2", "cifs": "SMB/CIFS",
}


def sr_type_name(sr_type: str) -> str:
    """The SR type in words in the user's language; the driver name for a type XenCenter has no name for."""
    name = SR_TYPE_NAMES.get(sr_type)
    return translate("SRTypes", name) if name else sr_type


_BOOT_DEVICES = {"C": QT_TRANSLATE_NOOP("General", "Hard Disk"), "D": QT_TRANSLATE_NOOP("General", "DVD-Drive"),
                 "N": QT_TRANSLATE_NOOP("General", "Network"), "A": QT_TRANSLATE_NOOP("General", "Floppy")}


def _none() -> str:
    return translate("General", "None")


def _yes_no(value: bool) -> str:
    return translate("General", "Yes") if value else translate("General", "No")


@dataclass(frozen=True, slots=True)
class Row:
    """One row; ``lines`` carries per-line emphasis (red, help link) when the value is rich; ``ticking``: the value
    is a time since something (an uptime), which the page refreshes every minute (known without reading the
    label, which is in the user's language)."""

    label: str
    value: str
    red: bool = False
    link: str | None = None
    lines: tuple[Line, ...] = ()
    ticking: bool = False

    def __iter__(self) -> Iterator[str]:
        """Rows unpack as ``label, value``."""
        return iter((self.label, self.value))


@dataclass(slots=True)
class Section:
    title: str
    rows: list[Row] = field(default_factory=list)

    def add(self, label: str, value: str, red: bool = False, link: str | None = None, ticking: bool = False) -> None:
        self.rows.append(Row(label, value, red, link, ticking=ticking))

    def get(self, label: str) -> str | None:
        """The value of the first row with this label."""
        return next((r.value for r in self.rows if r.label == label), None)


#: Rows the General tab shows even when empty (XenCenter's ``GenerateGeneralBox``).
ALWAYS_SHOWN = frozenset({QT_TRANSLATE_NOOP("General", "Name"), QT_TRANSLATE_NOOP("General", "Description")})


def general_sections(obj: XenObject, now: float | None = None) -> list[Section]:
    """The General tab of a VM, template, snapshot, host, pool, SR or network; empty sections and rows left
    out (an empty "OS boot parameters" says nothing) but the name and description, which XenCenter always
    shows. Product words follow the pool's brand (``model.brand``)."""
    now = time.time() if now is None else now
    tools_name = brand_of(obj.cache).tools
    builders = {"VM": _vm_sections, "host": _host_sections, "pool": _pool_sections, "SR": _sr_sections}
    general = _common_general(obj)
    build = builders.get(obj.cls)
    sections = build(obj, general, now, tools_name) if build else [general]  # type: ignore[operator]
    general.add("UUID", obj.uuid)
    sections.append(_custom_fields(obj))
    always = {translate("General", label) for label in ALWAYS_SHOWN}
    for section in sections:
        section.rows = [row for row in section.rows if row.value.strip() or row.lines or row.label in always]
    return [s for s in sections if s.rows]


def _common_general(obj: XenObject) -> Section:
    s = Section(translate("General", "General"))
    s.add(translate("General", "Name"), obj.name)
    s.add(translate("General", "Description"), obj.description)
    tags = sorted(obj.tags, key=natural_key)
    s.add(translate("General", "Tags"), ", ".join(tags) if tags else _none())
    s.add(translate("General", "Folder"), obj.folder or _none())
    return s


def _custom_fields(obj: XenObject) -> Section:
    s = Section(translate("General", "Custom Fields"))
    fields = obj.custom_fields
    for name in sorted(fields, key=natural_key):
        s.add(name, fields[name])
    return s


def date_text(moment: datetime | None, server_offset: float = 0.0) -> str:
    """A server time as XenCenter shows it, in the local zone (``Jan 5, 2024 3:04:05 PM``); "" when unknown."""
    if moment is None:
        return ""
    local = datetime.fromtimestamp(moment.timestamp() - server_offset, timezone.utc).astimezone()
    return formats.date_time(local)


# ---- VMs, templates, snapshots ------------------------------------------------------------------------------


def _vm_sections(vm: VM, s: Section, now: float, tools_name: str) -> list[Section]:
    s.add(translate("General", "Operating System"), vm.os_name or translate("General", "Unknown"))
    s.add(translate("General", "Virtualization mode"),
          translate("General", "Hardware-assisted Virtualization (HVM)") if vm.is_hvm
          else translate("General", "Paravirtualization (PV)"))
    appliance = vm.appliance
    if appliance is not None:
        s.add("vApp", appliance.name)
    if vm.is_snapshot:
        source = vm.snapshot_of
        s.add(translate("General", "Snapshot of"), source.name if source is not None else "")
        s.add(translate("General", "Creation time"), date_text(vm.snapshot_time, vm.cache.server_time_offset))
    if not vm.is_a_template:
        _virtualization_rows(vm, s, now, tools_name)
        uptime = vm_uptime(vm, now)
        if uptime is not None:
            s.add(translate("General", "Time since startup"), uptime_text(uptime), ticking=True)
        if not _uses_local_storage(vm):
            affinity = vm.affinity
            s.add(translate("General", "Home Server"), affinity.name if affinity is not None else _none())
    return [s, _boot_section(vm), _vcpu_section(vm)]


def _virtualization_rows(vm: VM, s: Section, now: float, tools_name: str) -> None:
    status = virtualization_status(vm, now)
    lines = tuple(virtualization_text(status, tools_name))
    if lines:
        red = any(line.red for line in lines)
        link = next((line.link for line in lines if line.link), None)
        s.rows.append(Row(translate("General", "Virtualization state"), "\n".join(line.text for line in lines),
                          red, link, lines))
    if status.running and status.agent_version:
        s.add(translate("General", "Agent version"), status.agent_version)


def _uses_local_storage(vm: VM) -> bool:
    """XenCenter offers a Home Server only to VMs whose disks are all on shared storage."""
    for vbd in vm.VBDs:
        vdi = vbd.VDI
        sr = vdi.SR if vdi is not None else None
        if sr is not None and not sr.shared:
            return True
    return False


def _boot_section(vm: VM) -> Section:
    s = Section(translate("General", "Boot Options"))
    if vm.is_hvm:
        order = (vm.HVM_boot_params.get("order") or "CD").upper()
        devices = list(dict.fromkeys(order + "DCN"))
        s.add(translate("General", "Boot order"), "\n".join(translate("General", _BOOT_DEVICES[d]) if d in _BOOT_DEVICES else d
                                                       for d in devices))
        firmware = (vm.HVM_boot_params.get("firmware") or "bios").strip().lower()
        secure = (vm.platform.get("secureboot") or "").strip().lower() == "true"
        s.add(translate("General", "Boot mode"), translate("General", "UEFI Secure Boot") if firmware == "uefi" and secure
              else translate("General", "UEFI Boot") if firmware == "uefi" else translate("General", "BIOS Boot"))
    else:
        s.add(translate("General", "OS boot parameters"), vm.PV_args)
    return s


def _vcpu_section(vm: VM) -> Section:
    cpus = vm_cpus(vm)
    s = Section(translate("General", "CPUs"))
    s.add(translate("General", "Virtual CPUs"), str(cpus.at_startup))
    if cpus.at_startup != cpus.maximum:
        s.add(translate("General", "Maximum virtual CPUs"), str(cpus.maximum))
    s.add(translate("General", "Topology"), cpus.topology_text)
    return s


# ---- hosts and pools ----------------------------------------------------------------------------------------


def _host_sections(host: Host, s: Section, now: float, tools_name: str) -> list[Section]:
    cache = host.cache
    pool = cache.pool()
    state = host_state(host)
    if pool_is_visible(pool, cache.count("host")):
        s.add(translate("General", "Pool coordinator"), _yes_no(state.coordinator))
    if not state.live:
        s.add(translate("General", "Enabled"), translate("General", "Server is not reachable"), red=True)
    elif not state.enabled:
        s.add(translate("General", "Enabled"), translate("General", "In maintenance mode")
              if state.maintenance_mode_key else translate("General", "Disabled"), red=True)
    else:
        s.add(translate("General", "Enabled"), _yes_no(True))
    iqn = host.record.get("iscsi_iqn") or host.other_config.get("iscsi_iqn", "")
    s.add("iSCSI IQN", iqn)
    syslog = (host.logging or {}).get("syslog_destination", "")
    s.add(translate("General", "Log destination"), translate("General", "Local and remote ({destination})").format(destination=syslog)
          if syslog else translate("General", "Local"))
    uptime, agent = host_uptime(host, now), host_agent_uptime(host, now)
    if uptime is not None:
        s.add(translate("General", "Server uptime"), uptime_text(uptime), ticking=True)
    if agent is not None:
        s.add(translate("General", "Toolstack uptime"), uptime_text(agent), ticking=True)
    return [s, _interfaces_section([host], with_host=False), _host_memory_section(host),
            _version_section(host), _license_section(host), _host_cpu_section(host), _updates_section(host)]


#: FriendlyNames' ``Label-host.edition-*`` (Naples and later; "{0}" is the product brand)
EDITIONS = {
    "basic": QT_TRANSLATE_NOOP("General", "{0} Basic Edition"), "desktop": "Citrix Virtual Apps and Desktops",
    "desktop-cloud": "Citrix Virtual Apps and Desktops Citrix Cloud",
    "desktop-plus": "Citrix Virtual Apps and Desktops Premium", "enterprise-per-socket": QT_TRANSLATE_NOOP("General", "{0} Premium Per-Socket"),
    "enterprise-per-user": QT_TRANSLATE_NOOP("General", "{0} Premium Per-User"), "express": QT_TRANSLATE_NOOP("General", "{0} Express"), "per-socket": QT_TRANSLATE_NOOP("General", "{0} Per-Socket"),
    "premium": QT_TRANSLATE_NOOP("General", "{0} Ultimate Edition"), "premium-per-socket": QT_TRANSLATE_NOOP("General", "{0} Premium Per-Socket"),
    "premium-per-user": QT_TRANSLATE_NOOP("General", "{0} Premium Per-User"), "standard": QT_TRANSLATE_NOOP("General", "{0} Standard Edition"),
    "standard-per-socket": QT_TRANSLATE_NOOP("General", "{0} Standard Per-Socket"), "trial": QT_TRANSLATE_NOOP("General", "{0} Trial Edition"),
    "xendesktop": QT_TRANSLATE_NOOP("General", "{0} for Citrix Virtual Desktops"),
}


def license_name(host: Host) -> str:
    """XenCenter's ``Helpers.GetFriendlyLicenseName``: the edition in words, "Unknown" for one it does not know
    (XCP-ng's own, "free")."""
    name = EDITIONS.get(str(host.edition or ""))
    return translate("General", name).format(brand_of(host.cache).product) if name else translate("General", "Unknown")


def _license_section(host: Host) -> Section:
    """XenCenter's License Details: the expiry (not for a basic licence), the edition, the sockets counted, the
    licence server."""
    s = Section(translate("General", "License Details"))
    params = host.license_params or {}
    expiry = params.get("expiry", "")
    if expiry and host.edition != "basic":
        s.add(translate("General", "Expiry date"), _xapi_date(expiry))
    if host.edition:
        s.add(translate("General", "License"), license_name(host))
    sockets = (host.cpu_info or {}).get("socket_count", "0")
    s.add(translate("General", "Number of Sockets"), sockets if sockets.isdigit() else "0")
    address = (host.license_server or {}).get("address")
    if address is not None:
        s.add(translate("General", "License Server Address"), address)
    return s


def _xapi_date(text: str) -> str:
    """``20270101T00:00:00Z`` as ``2027-01-01 00:00`` (UTC, as xapi keeps it); anything else as it is."""
    try:
        return datetime.strptime(text, "%Y%m%dT%H:%M:%SZ").strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return text


def _updates_section(host: Host) -> Section:
    """XenCenter's Updates: the updates applied to the server ("name (version N)", natural order), and the
    patches of servers before updates existed."""
    s = Section(translate("General", "Updates"))
    names = [translate("General", "{name} (version {version})").format(name=u.name_label, version=u.version)
             if u.version else str(u.name_label)
             for u in (host.updates or []) if u is not None]
    names += [str(p.pool_patch.name_label) for p in (host.patches or [])
              if p is not None and p.pool_patch is not None]
    if names:
        s.add(translate("General", "Applied"), "\n".join(sorted(names, key=natural_key)))
    return s


def _interfaces_section(hosts: list[Host], with_host: bool) -> Section:
    s = Section(translate("General", "Management Interfaces"))
    for host in hosts:
        hostname, interface = ((translate("General", "DNS hostname on '{host}'").format(host=host.name),
                                translate("General", "Management interface on '{host}'").format(host=host.name))
                               if with_host else
                               (translate("General", "DNS hostname"), translate("General", "Management interface")))
        if host.hostname:
            s.add(hostname, host.hostname)
        for pif in host.PIFs:
            if pif.management:
                s.add(interface, pif.IP or "")
    return s


def _host_memory_section(host: Host) -> Section:
    s = Section(translate("General", "Memory"))
    memory = host_memory(host)
    if memory is not None:  # XenCenter's HostMemoryString, ResidentVMMemoryUsageString, XenMemoryString
        s.add(translate("General", "Server"), translate("General", "{available} RAM available ({total} total)").format(
            available=size_text(memory.available), total=size_text(memory.total)))
        guests = sorted(((vm.name, m.memory_actual) for vm in host.resident_VMs
                         if not vm.is_control_domain and (m := vm.metrics) is not None), key=lambda g: natural_key(g[0]))
        s.add(translate("General", "VMs"), "\n".join(translate("General", "{name}: using {size}").format(name=name, size=size_text(actual))
                                                     for name, actual in guests))
        s.add(brand_of(host.cache).product, size_text(memory.used_by_server))
    return s


def _version_section(host: Host) -> Section:
    s = Section(translate("General", "Version Details"))
    version = host.software_version or {}
    if "date" in version:
        s.add(translate("General", "Build date"), version["date"])
    if "build_number" in version:
        s.add(translate("General", "Build number"), version["build_number"])
    if "product_version" in version:
        brand = version.get("product_brand", "")
        s.add(translate("General", "Version"), f"{brand} {version['product_version']}".strip())
    if "dbv" in version:
        s.add("DBV", version["dbv"])
    return s


def _host_cpu_section(host: Host) -> Section:
    s = Section(translate("General", "CPUs"))
    cpus = host_cpus(host)
    if cpus is not None and cpus.count:
        label = f"CPU 0 - {cpus.count - 1}" if cpus.identical and cpus.count > 1 else "CPU 0"
        s.add(label, cpus.properties_text)
    return s


def _pool_sections(pool: Pool, s: Section, now: float, tools_name: str) -> list[Section]:
    s.rows[0] = Row(translate("General", "Name"), pool_display_name(pool))
    coordinator = pool.master
    if coordinator is not None:
        version = coordinator.software_version or {}
        if "product_version" in version:
            s.add(translate("General", "Version"),
                  f"{version.get('product_brand', '')} {version['product_version']}".strip())
    hosts = sorted(pool.cache.all("host"), key=lambda h: natural_key(h.name))
    return [s, _interfaces_section(hosts, with_host=True)]


# ---- storage ------------------------------------------------------------------------------------------------


def _sr_sections(sr: SR, s: Section, now: float, tools_name: str) -> list[Section]:
    sr_type = sr.record.get("type") or ""
    s.add(translate("General", "Type"), sr_type_name(sr_type))
    if sr.content_type != "iso" and sr_type != "udev":
        size = translate("General", "{used} used of {total} total ({allocated} allocated)")
        s.add(translate("General", "Size"), size.format(used=size_text(sr.physical_utilisation),
                                                        total=size_text(sr.physical_size),
                                                        allocated=size_text(sr.virtual_allocation)))
    scsi_id = (sr.sm_config or {}).get("SCSIid") or (sr.sm_config or {}).get("scsi_id")
    if scsi_id:
        s.add("SCSI ID", scsi_id)
    return [s, _sr_status_section(sr)]


def _sr_status_section(sr: SR) -> Section:
    """XenCenter's Status box: the SR's state, then one row per host with that host's connection."""
    s = Section(translate("General", "Status"))
    pbds = sr.PBDs
    attached = [p for p in pbds if p.currently_attached]
    if not pbds or not attached:
        state, red = translate("General", "Detached"), True
    elif _is_broken(sr):
        state, red = translate("General", "Broken"), True
    else:
        state, red = translate("General", "OK"), False
    s.add(translate("General", "State"), state, red=red)
    by_host = {p.ref_of("host"): p for p in pbds}
    for host in sorted(sr.cache.all("host"), key=lambda h: natural_key(h.name)):
        pbd = by_host.get(host.ref)
        if pbd is None:
            if sr.shared:
                s.add(host.name, translate("General", "Connection missing"), red=True)
        elif pbd.currently_attached:
            s.add(host.name, translate("General", "Connected"))
        else:
            s.add(host.name, translate("General", "Disconnected"), red=True)
    return s


def _is_broken(sr: SR) -> bool:
    """XenCenter's ``SR.IsBroken``: an unplugged PBD, or not one PBD per host (shared) / exactly one (local)."""
    pbds = sr.PBDs
    if not pbds or not all(p.currently_attached for p in pbds):
        return True
    if sr.shared and pool_is_visible(sr.cache.pool(), sr.cache.count("host")):
        return len(pbds) != sr.cache.count("host")
    return len(pbds) != 1
