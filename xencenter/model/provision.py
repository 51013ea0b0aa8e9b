"""What the New VM wizard offers and checks, as data (Qt-free; the wizard's pages, ``vm.new`` and its command-line
checks all use these functions).

- Templates grouped and ordered as XenCenter's template page does (``template_type``: Windows, Debian, ...,
  Custom for user templates, Snapshots), hidden ones last.
- The install media a template takes (``install_methods``): an ISO or a server's DVD drive (``iso_choices``),
  a network repository (PV templates booted by ``eliloader``), a network boot (HVM).
- The servers that can be the VM's home (``host_choices``), each with why not when it cannot.
- The disks: a default template's ``other_config["disks"]`` provision XML (``provision_disks``), a custom
  template's own disks (cloned with it), the storage that can hold new ones (``sr_choices``, free space, the
  home server's view of it).
- The default network interfaces (the template's, or XenCenter's automatic networks for default templates).
- ``NewVMPlan``: every answer; ``plan_problems`` says what stops it (in words), ``plan_warnings`` what may
  (memory or CPUs beyond any server, overcommitted thin storage); ``plan_from_params``/``plan_params`` turn it
  into the parameters of ``vm.new`` and back (disks and interfaces as ``disk_spec``/``vif_spec`` text, the
  same the command line takes).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from xencenter.model.naming import natural_key
from xencenter.model.placement import host_is_live, host_state
from xencenter.model.summaries import GIB, KIB, MIB, TIB, host_memory, size_text
from xencenter.model.values import as_bool, as_int

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import SR, VDI, VIF, VM, Host, Network

#: XenCenter's names for the disks it provisions (``NEWVMWIZARD_STORAGEPAGE_DISK_DESCRIPTION``).
DISK_DESCRIPTION = "Created by template provisioner"
#: XenCenter's prefix of objects it is still making (``Helpers.GuiTempObjectPrefix``): hidden until done.
HIDDEN_PREFIX = "__gui__"
#: Backstops when a template has no recommendation (XenCenter's ``VM.DEFAULT_*``).
DEFAULT_MAX_VCPUS, DEFAULT_MAX_VIFS, DEFAULT_MAX_VBDS, DEFAULT_MAX_MEMORY = 16, 7, 255, 1 * TIB
#: At most this many interfaces are added for a default template (XenCenter's CA-31800).
MAX_NETWORKS_FOR_DEFAULT_TEMPLATES = 4
#: An SR with less than this free is full (XenCenter's ``SR.IsFull``).
FULL_BELOW = GIB // 2
#: XenCenter's largest disk on storage without LARGE_VDI (2 TiB less 4 GiB, the VHD limit).
DISK_MAX_SIZE = 2 * TIB - 4 * GIB
#: The positions a DVD drive may take (XenCenter looks for its drive there).
CD_POSITIONS = ("0", "1", "2", "3")

# ---- templates ------------------------------------------------------------------------------------------------

#: XenCenter's ``VM.VmTemplateType`` in its order (the template list is sorted by it, hidden ones after all).
TEMPLATE_TYPES = (
    "NoTemplate", "Custom", "Windows", "WindowsServer", "LegacyWindows", "Asianux", "Centos", "CoreOS", "Debian",
    "Gooroom", "Linx", "NeoKylin", "Oracle", "RedHat", "Rocky", "SciLinux", "Suse", "Turbo", "Ubuntu",
    "YinheKylin", "Citrix", "Solaris", "Misc", "Snapshot", "SnapshotFromVmpp",
)
#: Name fragments (lower case) in XenCenter's order of tests, and the type they make a default template.
_NAME_TYPES = (
    ("citrix", "Citrix"), ("debian", "Debian"), ("gooroom", "Gooroom"), ("rocky", "Rocky"), ("centos", "Centos"),
    ("linx", "Linx"), ("red hat", "RedHat"), ("oracle", "Oracle"), ("suse", "Suse"), ("scientific", "SciLinux"),
    ("legacy windows", "LegacyWindows"), ("windows server", "WindowsServer"), ("windows", "Windows"),
    ("ubuntu", "Ubuntu"), ("yinhe", "YinheKylin"), ("kylin", "NeoKylin"), ("asianux", "Asianux"),
    ("turbo", "Turbo"), ("solaris", "Solaris"), ("coreos", "CoreOS"),
)
#: The group each type is shown under (XenCenter's ``ToDisplayString``).
_GROUP_NAMES = {
    "Custom": "Custom", "Windows": "Windows", "WindowsServer": "Windows", "LegacyWindows": "Windows",
    "Centos": "CentOS", "Debian": "Debian", "Gooroom": "Gooroom", "Rocky": "Rocky", "Linx": "Linx",
    "Oracle": "Oracle", "RedHat": "Red Hat", "SciLinux": "Scientific Linux", "Suse": "SUSE", "Ubuntu": "Ubuntu",
    "YinheKylin": "YinheKylin", "NeoKylin": "NeoKylin", "Asianux": "Asianux", "Turbo": "Turbo", "Citrix": "Citrix",
    "Solaris": "Misc", "Misc": "Misc", "CoreOS": "CoreOS",
}


def is_default_template(vm: VM) -> bool:
    """XenCenter's ``DefaultTemplate()``: ``other_config["default_template"]`` is there (xapi's clone removes it)."""
    return "default_template" in vm.other_config or bool(vm.record.get("is_default_template"))


def template_type(vm: VM) -> str:
    """XenCenter's ``TemplateType()`` of a template or snapshot (``NoTemplate`` for anything else)."""
    if not vm.is_a_template:
        return "NoTemplate"
    if vm.is_snapshot:
        return "SnapshotFromVmpp" if vm.record.get("is_snapshot_from_vmpp") else "Snapshot"
    if not is_default_template(vm):
        return "Custom"
    name = vm.name.lower()
    for fragment, kind in _NAME_TYPES:
        if kind == "WindowsServer":
            if "windows" in name and "server" in name:
                return kind
        elif fragment in name:
            return kind
    return "Misc"


def template_group(vm: VM) -> str:
    """The group the template page shows it in ("Windows", "Debian", "Custom", "Snapshots", ...)."""
    return _GROUP_NAMES.get(template_type(vm), "Snapshots")


def template_sort_key(vm: VM) -> tuple[Any, ...]:
    """XenCenter's order: by type, hidden templates after every visible one, then by name, then by ref."""
    order = TEMPLATE_TYPES.index(template_type(vm))
    if vm.hidden:
        order += len(TEMPLATE_TYPES)
    return (order, natural_key(vm.name), vm.ref)


def templates(cache: ObjectCache, show_hidden: bool = False) -> list[VM]:
    """The templates (and snapshots) a VM can be made from, in the template page's order."""
    found = [vm for vm in cache.all("VM") if vm.is_a_template and vm.shown(show_hidden)]
    return sorted(found, key=template_sort_key)


def template_groups(cache: ObjectCache, show_hidden: bool = False) -> list[tuple[str, list[VM]]]:
    """``templates`` as (group, templates) in order; a group appears once, where its first template is."""
    groups: dict[str, list[VM]] = {}
    for vm in templates(cache, show_hidden):
        groups.setdefault(template_group(vm), []).append(vm)
    return list(groups.items())


def template_description(vm: VM) -> str:
    """What the template page says of a template: default templates' descriptions are XenCenter's own
    (none here), others show their description."""
    kind = template_type(vm)
    if kind in ("Custom", "Snapshot", "SnapshotFromVmpp", "Misc"):
        return vm.description or "This template has no description."
    return vm.description


# ---- recommendations -------------------------------------------------------------------------------------------


def recommendations(vm: VM) -> dict[str, dict[str, str]]:
    """``recommendations`` XML (``<restrictions><restriction field= max= value=/>``) by field."""
    text = vm.record.get("recommendations") or ""
    if not text:
        return {}
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return {}
    return {node.get("field", ""): dict(node.attrib) for node in root.iter("restriction") if node.get("field")}


def _restriction(vm: VM, name: str, default: int) -> int:
    value = recommendations(vm).get(name, {}).get("max")
    return as_int(value, default) if value is not None else default


def max_vcpus(vm: VM) -> int:
    return _restriction(vm, "vcpus-max", DEFAULT_MAX_VCPUS)


def max_memory(vm: VM) -> int:
    return _restriction(vm, "memory-static-max", DEFAULT_MAX_MEMORY)


def max_vifs(vm: VM) -> int:
    return _restriction(vm, "number-of-vifs", DEFAULT_MAX_VIFS)


def max_vbds(vm: VM) -> int:
    return _restriction(vm, "number-of-vbds", DEFAULT_MAX_VBDS)


def supports_uefi(vm: VM) -> bool:
    return recommendations(vm).get("supports-uefi", {}).get("value") == "yes" or \
        (vm.HVM_boot_params or {}).get("firmware") == "uefi"


def supports_secure_boot(vm: VM) -> bool:
    return recommendations(vm).get("supports-secure-boot", {}).get("value") == "yes"


def boot_modes(vm: VM) -> list[str]:
    """The firmware a VM of this template may boot with: ``bios``, ``uefi``, ``secureboot`` (HVM only)."""
    if not vm.is_hvm:
        return []
    modes = ["bios"]
    if supports_uefi(vm):
        modes.append("uefi")
        if supports_secure_boot(vm):
            modes.append("secureboot")
    return modes


def current_boot_mode(vm: VM) -> str:
    if not vm.is_hvm:
        return ""
    if (vm.HVM_boot_params or {}).get("firmware") != "uefi":
        return "bios"
    return "secureboot" if as_bool((vm.platform or {}).get("secureboot")) else "uefi"


BOOT_MODE_WORDS = {"bios": "BIOS", "uefi": "UEFI", "secureboot": "UEFI Secure Boot"}


# ---- sizes, names, MACs ------------------------------------------------------------------------------------------

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$", re.IGNORECASE)
_UNITS = {"k": KIB, "m": MIB, "g": GIB, "t": TIB}


def parse_size(text: str) -> int:
    """``20GiB``, ``20 GB``, ``20G``, ``512M``, ``1.5T``, ``4096B`` in bytes (binary units; a bare number is GiB)."""
    m = _SIZE.match(str(text))
    if not m:
        raise ValueError(f"'{text}' is not a size (write it like 20GiB or 512MiB)")
    unit = m.group(2).lower()
    factor = _UNITS[unit] if unit else (1 if m.group(3) else GIB)
    return int(float(m.group(1)) * factor)


def size_spec(size: int) -> str:
    """A size as ``parse_size`` reads it back exactly: ``20GiB``, ``1536MiB``, ``1000B``."""
    for unit, name in ((TIB, "TiB"), (GIB, "GiB"), (MIB, "MiB"), (KIB, "KiB")):
        if size >= unit and size % unit == 0:
            return f"{size // unit}{name}"
    return f"{size}B"


def default_vm_name(cache: ObjectCache, base: str) -> str:
    """XenCenter's ``DefaultVMName``: ``base (1)``, or ``base (2)``... the first that no VM, template or VM still
    being made (``__gui__`` + name) already has."""
    taken = {vm.name for vm in cache.all("VM")}
    n = 1
    while f"{base} ({n})" in taken or f"{HIDDEN_PREFIX}{base} ({n})" in taken:
        n += 1
    return f"{base} ({n})"


_MAC = re.compile(r"^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$")


def mac_problem(mac: str) -> str:
    """Why a MAC address cannot be given to an interface ("" for a valid one or "" = autogenerated)."""
    if not mac:
        return ""
    if not _MAC.match(mac):
        return f"'{mac}' is not a MAC address (six pairs of hex digits: 02:ab:cd:ef:01:23)."
    if int(mac[:2], 16) & 1:
        return f"'{mac}' is a multicast address: the first byte must be even."
    return ""


# ---- storage ------------------------------------------------------------------------------------------------------


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
    return f"{sr.name} on {home.name}" if home is not None else sr.name


def disk_fit_problem(sr: SR, sizes: list[int]) -> str:
    """XenCenter's ``CanFitDisks`` for new disks (thin storage only counts what they use, nothing yet)."""
    if any(size > DISK_MAX_SIZE for size in sizes) and "LARGE_VDI" not in sr_capabilities(sr):
        return f"Disks on '{sr.name}' cannot be larger than {size_text(DISK_MAX_SIZE)}."
    if free_space(sr) < FULL_BELOW:
        return f"The storage repository '{sr.name}' is full."
    needed = 0 if is_thin(sr) else sum(sizes)
    if needed > sr.physical_size:
        return (f"'{sr.name}' is too small: the disks need {size_text(needed)}, it holds "
                f"{size_text(sr.physical_size)}.")
    if needed > free_space(sr):
        return (f"'{sr.name}' does not have enough free space: the disks need {size_text(needed)}, "
                f"{size_text(free_space(sr))} is free.")
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
    return f"{size_text(max(free_space(sr), 0))} free of {size_text(max(sr.physical_size, 0))}"


def sr_reason(sr: SR, host: Host | None, sizes: list[int]) -> str:
    """Why new disks of ``sizes`` cannot go on ``sr`` for a VM whose home is ``host`` ("" when they can)."""
    if not supports_vdi_create(sr):
        return f"'{sr.name}' cannot hold virtual disks."
    if not sr_attached_hosts(sr):
        return f"'{sr.name}' is detached."
    if not sr_seen_from(sr, host):
        if host is None:
            return f"'{sr.name}' is not shared: a VM without a home server needs storage every server sees."
        return f"'{sr.name}' cannot be seen from the home server '{host.name}'."
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
            problems.append(f"The disk '{disk.name}' needs a size.")
        if not disk.sr:
            problems.append(f"No storage can hold the disk '{disk.name}'.")
            continue
        by_sr.setdefault(disk.sr, []).append(disk)
    for ref, group in by_sr.items():
        sr = cache.get("SR", ref)
        if sr is None:
            problems.append("The storage repository chosen for the disks no longer exists.")
            continue
        reason = sr_reason(sr, host, [d.size for d in group])
        if reason:
            problems.append(reason)
    for disk in disks:
        if disk.created:
            continue
        sr = cache.get("SR", disk.sr) if disk.sr else None
        if sr is not None and host is not None and not sr_seen_from(sr, host):
            problems.append(f"The template's disk '{disk.name}' is on '{sr.name}', which the home server "
                            f"'{host.name}' cannot see.")
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
            warnings.append(f"The SR '{sr.name}' is overcommitted. There is only {size_text(free_space(sr))} "
                            f"of free space and the new VM requires {size_text(total)}.")
    return warnings


# ---- install media ------------------------------------------------------------------------------------------------

INSTALL_WORDS = {
    "cd": "Install from ISO library or DVD drive", "url": "Install from URL",
    "network": "Boot from network", "none": "No installation media (leave the DVD drive empty)",
}


def is_eliloader(vm: VM) -> bool:
    return not vm.is_hvm and vm.record.get("PV_bootloader") == "eliloader"


def install_method_names(vm: VM) -> list[str]:
    """``other_config["install-methods"]`` as a list (cdrom, nfs, http, ftp)."""
    return [m.strip() for m in (vm.other_config.get("install-methods") or "").split(",") if m.strip()]


def has_cd_drive(vm: VM) -> bool:
    return any(vbd.is_cd for vbd in vm.VBDs)


def install_methods(template: VM) -> list[str]:
    """How a VM of this template can be installed, the usual one first: ``cd``, ``url``, ``network``, ``none``
    (only ``none`` for a custom template or a snapshot: their OS is installed already)."""
    names = install_method_names(template)
    methods: list[str] = []
    if is_default_template(template):
        if template.is_hvm or "cdrom" in names or not names:
            methods.append("cd")
        if is_eliloader(template) and any(m in names for m in ("http", "ftp", "nfs")):
            methods.append("url")
        if template.is_hvm:
            methods.append("network")
        if not methods:
            methods.append("none")
        return methods
    return ["none"]  # XenCenter skips the page for custom templates and snapshots: the OS is installed


def url_problem(url: str, template: VM) -> str:
    if not url.strip():
        return "Give the address of the installation repository."
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    allowed = [m for m in install_method_names(template) if m in ("http", "ftp", "nfs")] or ["http", "ftp", "nfs"]
    if scheme not in allowed:
        return f"The repository address must start with {', '.join(s + '://' for s in allowed)}."
    return ""


@dataclass(frozen=True)
class IsoChoice:
    vdi: VDI
    label: str
    group: str  # the SR's name, or "DVD drives"
    host: Host | None  # the only server that can use it (a local ISO SR or a DVD drive), else None


def dvd_label(vdi: VDI) -> str:
    """A physical drive: "DVD drive on <server>" (XenCenter's ``CD_DRIVE``)."""
    sr = vdi.SR
    host = sr_home_host(sr) if sr is not None else None
    return f"DVD drive on {host.name}" if host is not None else vdi.name


def iso_choices(cache: ObjectCache, host: Host | None = None) -> list[IsoChoice]:
    """The discs a DVD drive can hold: every ISO of every ISO library, then the servers' DVD drives; with
    ``host``, only those that server can see."""
    libraries: list[IsoChoice] = []
    drives: list[IsoChoice] = []
    for sr in sorted(cache.all("SR"), key=lambda s: natural_key(s.name)):
        if not (is_iso_sr(sr) and sr.shown(False)):
            continue
        home = sr_home_host(sr)
        if host is not None and not (sr.shared or host.ref in sr_attached_hosts(sr)):
            continue
        for vdi in sorted(sr.VDIs, key=lambda v: natural_key(v.name)):
            if not vdi.shown(False) or vdi.record.get("is_a_snapshot"):
                continue
            if is_dvd_sr(sr):
                drives.append(IsoChoice(vdi, dvd_label(vdi), "DVD drives", home))
            else:
                libraries.append(IsoChoice(vdi, vdi.name, sr.name, None if sr.shared else home))
    return libraries + drives


def iso_host(vdi: VDI | None) -> Host | None:
    """The one server that can use this disc (a local ISO library or a DVD drive), None for shared ones."""
    if vdi is None:
        return None
    sr = vdi.SR
    if sr is None or sr.shared:
        return None
    return sr_home_host(sr)


# ---- home server -------------------------------------------------------------------------------------------------


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
    return f"{size_text(memory.available)} RAM available ({size_text(memory.total)} total)"


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
        return f"'{host.name}' is not reachable."
    for disk in disks:
        sr = template.cache.get("SR", disk.sr) if disk.sr else None
        if sr is not None and not sr.shared and host.ref not in sr_attached_hosts(sr):
            return f"'{host.name}' cannot see the storage '{sr.name}' of the disk '{disk.name}'."
    if iso is not None:
        sr = iso.SR
        if sr is not None and not sr.shared and host.ref not in sr_attached_hosts(sr):
            return f"'{host.name}' cannot reach '{dvd_label(iso) if is_dvd_sr(sr) else iso.name}'."
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


# ---- networks -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VifPlan:
    network: str  # network ref
    mac: str = ""  # "" = autogenerated
    kbps: int = 0  # QoS rate limit, 0 = none
    device: str = ""


def network_choices(cache: ObjectCache, show_hidden: bool = False) -> list[Network]:
    """The networks an interface can join (not the host-internal management one, not bond members)."""
    found = []
    for network in cache.all("network"):
        other = network.other_config
        if as_bool(other.get("is_guest_installer_network")) or as_bool(other.get("is_host_internal_management_network")):
            continue
        if not network.shown(show_hidden):
            continue
        found.append(network)
    return sorted(found, key=lambda n: natural_key(n.name))


def auto_plug(network: Network) -> bool:
    return as_bool(network.other_config.get("automatic", "true"))


def default_vifs(template: VM) -> list[VifPlan]:
    """A default template gets an interface on each automatic network (at most 4); a custom template keeps its
    own interfaces (their networks, MACs and limits)."""
    if is_default_template(template):
        networks = [n for n in network_choices(template.cache) if auto_plug(n)]
        return [VifPlan(n.ref, device=str(i)) for i, n in enumerate(networks[:MAX_NETWORKS_FOR_DEFAULT_TEMPLATES])]
    plans = []
    for vif in sorted(template.VIFs, key=lambda v: as_int(v.device, 1 << 30)):
        plans.append(VifPlan(vif.ref_of("network") or "", "", vif_limit(vif), vif.device))
    return plans


def vif_limit(vif: VIF) -> int:
    if vif.qos_algorithm_type != "ratelimit":
        return 0
    return as_int((vif.qos_algorithm_params or {}).get("kbps"))


def vif_problems(cache: ObjectCache, vifs: list[VifPlan], template: VM | None = None) -> list[str]:
    problems = []
    for index, vif in enumerate(vifs):
        if cache.get("network", vif.network) is None:
            problems.append(f"The network of interface {index} no longer exists.")
        problem = mac_problem(vif.mac)
        if problem:
            problems.append(problem)
        if vif.kbps < 0:
            problems.append("A rate limit cannot be negative.")
    macs = [v.mac.lower() for v in vifs if v.mac]
    if len(macs) != len(set(macs)):
        problems.append("Two interfaces cannot have the same MAC address.")
    if template is not None and len(vifs) > max_vifs(template):
        problems.append(f"A VM of this template can have at most {max_vifs(template)} network interfaces.")
    return problems


# ---- the plan -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewVMPlan:
    """Everything ``vm.new`` needs (sizes in bytes, objects as refs)."""

    template: VM
    name: str
    description: str = ""
    install: str = "none"
    iso: str = ""  # VDI ref (install "cd")
    url: str = ""  # install "url"
    boot_args: str = ""  # PV guests' kernel command line
    boot_mode: str = ""  # bios | uefi | secureboot (HVM)
    home: str = ""  # host ref, "" for none
    vcpus: int = 1
    vcpus_max: int = 1
    cores_per_socket: int = 1
    memory_static_max: int = 0
    memory_dynamic_min: int = 0
    memory_dynamic_max: int = 0
    disks: tuple[DiskPlan, ...] = ()
    vifs: tuple[VifPlan, ...] = ()
    start: bool = True
    #: A custom template's disks are cloned on their SR, or with ``copy_sr`` copied in full to it (``VM.copy``).
    copy_sr: str = ""
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def cache(self) -> ObjectCache:
        return self.template.cache

    @property
    def home_host(self) -> Host | None:
        return self.cache.get("host", self.home) if self.home else None

    @property
    def iso_vdi(self) -> VDI | None:
        return self.cache.get("VDI", self.iso) if self.iso else None

    @property
    def new_disks(self) -> list[DiskPlan]:
        return [d for d in self.disks if d.created]


def template_cores(template: VM) -> int:
    return max(as_int((template.platform or {}).get("cores-per-socket"), 1), 1)


def default_plan(template: VM, name: str | None = None, preferred_home: Host | None = None) -> NewVMPlan:
    """The wizard's first answers for a template: its name made unique, its install method, disks, home,
    CPUs, memory and interfaces."""
    cache = template.cache
    vm_name = name if name is not None else default_vm_name(cache, template.name)
    methods = install_methods(template)
    install = methods[0]
    disks = template_disks(template, vm_name, preferred_home)
    home = default_home(template, disks, None, preferred_home)
    if home is not None and (preferred_home is None or home != preferred_home):
        disks = template_disks(template, vm_name, home)  # the storage the home server sees
    vcpus_max = max(template.VCPUs_max, 1)
    return with_boot_disk(NewVMPlan(
        template=template, name=vm_name, description="", install=install,
        boot_args=template.record.get("PV_args") or "", boot_mode=current_boot_mode(template),
        home=home.ref if home is not None else "",
        vcpus=min(max(template.VCPUs_at_startup, 1), vcpus_max), vcpus_max=vcpus_max,
        cores_per_socket=template_cores(template),
        memory_static_max=template.memory_static_max, memory_dynamic_min=template.memory_dynamic_min,
        memory_dynamic_max=template.memory_dynamic_max,
        disks=tuple(disks), vifs=tuple(default_vifs(template)), start=True,
    ))


def with_boot_disk(plan: NewVMPlan) -> NewVMPlan:
    """XenCenter's rule: the new disk at position 0 is bootable unless the VM installs from its DVD drive."""
    disks = tuple(replace(d, bootable=d.device == "0" and plan.install != "cd") if d.created else d
                  for d in plan.disks)
    return replace(plan, disks=disks)


def rename_disks(plan: NewVMPlan, old_name: str) -> NewVMPlan:
    """Disks named after the VM follow its new name (``<name> <position>``)."""
    disks = tuple(replace(d, name=f"{plan.name} {d.device}") if d.created and d.name == f"{old_name} {d.device}"
                  else d for d in plan.disks)
    return replace(plan, disks=disks)


def cpu_problem(plan: NewVMPlan) -> str:
    limit = max_vcpus(plan.template)
    if plan.vcpus_max < 1 or plan.vcpus < 1:
        return "A VM needs at least one vCPU."
    if plan.vcpus_max > limit:
        return f"A VM of this template can have at most {limit} vCPUs."
    if plan.vcpus > plan.vcpus_max:
        return "The number of vCPUs cannot exceed the maximum."
    if plan.cores_per_socket < 1 or plan.vcpus_max % plan.cores_per_socket:
        return f"{plan.vcpus_max} vCPUs cannot be split into sockets of {plan.cores_per_socket} cores."
    return ""


def memory_problem(plan: NewVMPlan) -> str:
    static_min = plan.template.memory_static_min
    if not (static_min <= plan.memory_dynamic_min <= plan.memory_dynamic_max <= plan.memory_static_max):
        return ("Memory must satisfy: static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum "
                f"(the template's static minimum is {size_text(static_min)}).")
    limit = max_memory(plan.template)
    if plan.memory_static_max > limit:
        return f"A VM of this template can have at most {size_text(limit)} of memory."
    return ""


def install_problem(plan: NewVMPlan) -> str:
    methods = install_methods(plan.template)
    if plan.install not in methods:
        return f"A VM of this template cannot be installed that way ({INSTALL_WORDS.get(plan.install, plan.install)})."
    if plan.install == "cd":
        vdi = plan.iso_vdi
        if plan.iso and vdi is None:
            return "The chosen ISO no longer exists."
        if not plan.iso and is_default_template(plan.template):
            return "Choose an ISO image or a DVD drive to install from."
        if vdi is not None and (vdi.SR is None or not is_iso_sr(vdi.SR)):
            return f"'{vdi.name}' is not an ISO image nor a DVD drive."
    if plan.install == "url":
        return url_problem(plan.url, plan.template)
    if plan.boot_mode and plan.boot_mode not in boot_modes(plan.template):
        return f"A VM of this template cannot boot with {BOOT_MODE_WORDS.get(plan.boot_mode, plan.boot_mode)}."
    return ""


def home_problem(plan: NewVMPlan) -> str:
    host = plan.home_host
    if plan.home and host is None:
        return "The chosen home server no longer exists."
    if host is not None:
        return host_reason(host, plan.template, list(plan.disks), plan.iso_vdi)
    tied = storage_hosts(plan.template, list(plan.disks), plan.iso_vdi)
    if tied:
        return (f"The VM's storage is local to '{tied[0].name}': choose it as the home server (a VM without one "
                "needs storage every server sees).")
    return ""


def storage_problems(plan: NewVMPlan) -> list[str]:
    """The disks' problems (``disk_problems``) and those of the SR a custom template is copied to."""
    problems = disk_problems(plan.cache, list(plan.disks), plan.home_host)
    if plan.copy_sr:
        target = plan.cache.get("SR", plan.copy_sr)
        cloned = [d.size for d in plan.disks if not d.created]
        if target is None:
            problems.append("The storage repository to copy the template's disks to no longer exists.")
        else:
            reason = sr_reason(target, plan.home_host, cloned)
            if reason:
                problems.append(reason)
    return problems


def plan_problems(plan: NewVMPlan) -> list[str]:
    """Every reason the plan cannot be made, in words (empty: ready)."""
    template = plan.cache.get("VM", plan.template.ref)
    if template is None:
        return ["The template no longer exists."]
    if not template.is_a_template:
        return [f"'{template.name}' is not a template."]
    problems = []
    if not plan.name.strip():
        problems.append("The new VM needs a name.")
    for check in (install_problem, home_problem, cpu_problem, memory_problem):
        text = check(plan)
        if text:
            problems.append(text)
    problems += storage_problems(plan)
    if len(plan.disks) + 1 > max_vbds(plan.template):
        problems.append(f"A VM of this template can have at most {max_vbds(plan.template) - 1} disks.")
    problems += vif_problems(plan.cache, list(plan.vifs), plan.template)
    return list(dict.fromkeys(problems))


def plan_warnings(plan: NewVMPlan) -> list[str]:
    """What may stop the VM later without stopping its creation (XenCenter's CPU & memory page warnings)."""
    warnings: list[str] = []
    hosts = [h for h in plan.cache.all("host") if host_is_live(h)]
    if plan.home_host is not None:
        hosts = [plan.home_host]
    most_cpus = max((as_int((h.cpu_info or {}).get("cpu_count")) for h in hosts), default=0)
    if most_cpus and plan.vcpus > most_cpus:
        where = f"the server has only {most_cpus}" if len(hosts) == 1 else \
            f"none of the pool's servers has more than {most_cpus}"
        warnings.append(f"You have specified {plan.vcpus} vCPUs, but {where} physical CPUs. You will not be able "
                        "to start the VM.")
    memories = [m for h in hosts if (m := host_memory(h)) is not None]  # XenCenter's memory_available_calc
    if memories:
        most_free = max(m.available for m in memories)
        most_total = max(m.total for m in memories)
        if plan.memory_dynamic_min > most_total:
            warnings.append("The amount of memory allocated to the new VM is greater than the amount of physical "
                            f"memory on any server in the pool ({size_text(most_total)}).")
        elif plan.memory_dynamic_min > most_free:
            warnings.append("The amount of memory allocated to the new VM is greater than the amount of physical "
                            f"memory available on any server in the pool ({size_text(most_free)}).")
    warnings += disk_warnings(plan.cache, list(plan.disks))
    for host in hosts:
        if host_state(host).maintenance and plan.home == host.ref and plan.start:
            warnings.append(f"'{host.name}' is in maintenance mode: the VM will not start there until it leaves it.")
    return warnings


# ---- parameters (the command line's text and the wizard's answers) ------------------------------------------------


_SEPARATOR = re.compile(r"(?<!\\);")


def _escape(text: str) -> str:
    """A value for ``first;key=value``: a ``;`` in it is written backslash-semicolon."""
    return text.replace(";", "\\;")


def _fields(text: str) -> tuple[str, dict[str, str]]:
    """``first;key=value;key=value`` (a backslash before a ``;`` keeps it inside a value)."""
    parts = [p.strip().replace("\\;", ";") for p in _SEPARATOR.split(str(text))]
    first, options = parts[0], {}
    for part in parts[1:]:
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"'{part}' in '{text}' should be key=value")
        options[key.strip().lower()] = value.strip()
    return first, options


def find_named(cache: ObjectCache, cls: str, text: str) -> Any:
    """The object of ``cls`` with this name, UUID or ref (ValueError naming what is wrong)."""
    found = [o for o in cache.all(cls) if text in (o.ref, o.uuid, o.name)]
    if not found:
        raise ValueError(f"no {'storage repository' if cls == 'SR' else cls} called '{text}'")
    if len(found) > 1:
        raise ValueError(f"several objects are called '{text}': give the UUID instead")
    return found[0]


def parse_disk_spec(text: str, cache: ObjectCache, default_sr: str = "", vm_name: str = "",
                    device: str = "") -> DiskPlan:
    """``SIZE[;sr=SR][;name=NAME][;description=TEXT]`` (SR by name, UUID or ref) as a new disk."""
    size_text_, options = _fields(text)
    unknown = set(options) - {"sr", "name", "description"}
    if unknown:
        raise ValueError(f"unknown disk option '{sorted(unknown)[0]}' (sr, name, description)")
    size = parse_size(size_text_)
    sr = find_named(cache, "SR", options["sr"]).ref if options.get("sr") else default_sr
    name = options.get("name") or (f"{vm_name} {device}" if vm_name else "")
    return DiskPlan(size, sr, name, options.get("description", DISK_DESCRIPTION), device, device == "0", "system",
                    "new")


def disk_spec(disk: DiskPlan, cache: ObjectCache, vm_name: str = "") -> str:
    """The text ``parse_disk_spec`` reads back into this disk."""
    parts = [size_spec(disk.size)]
    sr = cache.get("SR", disk.sr) if disk.sr else None
    if sr is not None:
        parts.append(f"sr={sr.uuid}")
    if disk.name:
        parts.append(f"name={_escape(disk.name)}")
    if disk.description != DISK_DESCRIPTION:
        parts.append(f"description={_escape(disk.description)}")
    return ";".join(parts)


def parse_vif_spec(text: str, cache: ObjectCache, device: str = "") -> VifPlan:
    """``NETWORK[;mac=MAC][;limit=KBPS]`` (network by name, UUID or ref)."""
    network_text, options = _fields(text)
    unknown = set(options) - {"mac", "limit"}
    if unknown:
        raise ValueError(f"unknown interface option '{sorted(unknown)[0]}' (mac, limit)")
    network = find_named(cache, "network", network_text)
    try:
        kbps = int(options.get("limit") or 0)
    except ValueError:
        raise ValueError(f"the limit '{options['limit']}' is not a number of kB/s") from None
    return VifPlan(network.ref, options.get("mac", "").lower(), kbps, device)


def vif_spec(vif: VifPlan, cache: ObjectCache) -> str:
    network = cache.get("network", vif.network)
    parts = [network.uuid if network is not None else _escape(vif.network)]
    if vif.mac:
        parts.append(f"mac={vif.mac}")
    if vif.kbps:
        parts.append(f"limit={vif.kbps}")
    return ";".join(parts)


def plan_from_params(template: VM, params: dict[str, Any], preferred_home: Host | None = None) -> NewVMPlan:
    """``vm.new``'s parameters over the template's defaults (ValueError for text that does not parse)."""
    cache = template.cache
    name = params.get("name") or None
    home_given = params.get("home_server")
    plan = default_plan(template, name, home_given or preferred_home)
    changes: dict[str, Any] = {}
    if params.get("description") is not None:
        changes["description"] = params["description"]
    media = params.get("install_media")
    if media is not None and str(media) != "":
        changes.update(parse_install_media(str(media), template))
    if params.get("boot_args") is not None:
        changes["boot_args"] = params["boot_args"]
    if params.get("boot_mode"):
        changes["boot_mode"] = params["boot_mode"]
    if home_given is not None:
        changes["home"] = home_given.ref
    elif params.get("no_home_server"):
        changes["home"] = ""
    for key, param in (("vcpus", "vcpus"), ("vcpus_max", "vcpus_max"), ("cores_per_socket", "cores_per_socket")):
        if params.get(param) is not None:
            changes[key] = int(params[param])
    if params.get("vcpus") is not None and params.get("vcpus_max") is None:
        changes["vcpus_max"] = max(int(params["vcpus"]), plan.vcpus_max)
    if "vcpus_max" in changes and params.get("cores_per_socket") is None \
            and changes["vcpus_max"] % plan.cores_per_socket:
        changes["cores_per_socket"] = 1
    fixed = params.get("memory_mib")
    if fixed is not None:
        changes.update(memory_static_max=int(fixed) * MIB, memory_dynamic_min=int(fixed) * MIB,
                       memory_dynamic_max=int(fixed) * MIB)
    for key in ("memory_static_max", "memory_dynamic_min", "memory_dynamic_max"):
        if params.get(f"{key}_mib") is not None:
            changes[key] = int(params[f"{key}_mib"]) * MIB
    plan = replace(plan, **changes)
    home = plan.home_host
    sr_param = params.get("sr")
    default_sr = sr_param.ref if sr_param is not None else ""
    kept = [d for d in plan.disks if not d.created]
    if default_sr and any(d.sr != default_sr for d in kept):
        plan = with_copy_sr(plan, default_sr)  # a custom template's disks copied in full to the SR asked for
        kept = [d for d in plan.disks if not d.created]
    if params.get("diskless"):
        plan = replace(plan, disks=tuple(kept))
    elif params.get("disk") or params.get("disk_gib"):
        used = {d.device for d in kept}
        new: list[DiskPlan] = []
        free = (str(n) for n in range(0, 255) if str(n) not in used and str(n) not in CD_POSITIONS[3:])
        texts = [*(params.get("disk") or ()), *(f"{float(g)!r}GiB" for g in params.get("disk_gib") or ())]
        for spec in texts:
            device = next(free)
            disk = parse_disk_spec(spec, cache, default_sr, plan.name, device)
            if not disk.sr:
                sr = best_sr(cache, home, [disk.size])
                disk = replace(disk, sr=sr.ref if sr is not None else "")
            new.append(disk)
        plan = replace(plan, disks=tuple(kept + new))
    elif default_sr:
        plan = replace(plan, disks=tuple(replace(d, sr=default_sr) if d.created else d for d in plan.disks))
    elif home is not None:
        plan = replace(plan, disks=tuple(_fit_for(d, cache, home) for d in plan.disks))
    if params.get("no_networks"):
        plan = replace(plan, vifs=())
    elif params.get("network"):
        plan = replace(plan, vifs=tuple(parse_vif_spec(spec, cache, str(i)) for i, spec in enumerate(params["network"])))
    plan = replace(plan, start=bool(params.get("start")))  # the command line starts it only when asked
    plan = with_boot_disk(plan)
    return replace(plan, warnings=tuple(plan_warnings(plan)))


def with_copy_sr(plan: NewVMPlan, sr: str) -> NewVMPlan:
    """A custom template's disks copied in full to ``sr`` (``VM.copy``) instead of cloned where they are; ``""``
    clones them again."""
    originals = {d.vdi: d.sr for d in template_disks(plan.template, plan.name, plan.home_host) if not d.created}
    disks = tuple(d if d.created else replace(d, sr=sr or originals.get(d.vdi, d.sr)) for d in plan.disks)
    return replace(plan, copy_sr=sr, disks=disks)


def parse_install_media(text: str, template: VM) -> dict[str, Any]:
    """``--install-media``: an ISO image or a server's DVD drive (name or UUID), ``pxe`` (a network boot), a URL
    (a network install), or ``none``."""
    lowered = text.strip().lower()
    if lowered in ("pxe", "network"):
        return {"install": "network", "iso": "", "url": ""}
    if lowered == "none":
        return {"install": "none", "iso": "", "url": ""}
    if "://" in text:
        return {"install": "url", "url": text.strip(), "iso": ""}
    found = [c for c in iso_choices(template.cache) if text in (c.label, c.vdi.name, c.vdi.uuid, c.vdi.ref)]
    if not found:
        raise ValueError(f"no ISO image or DVD drive called '{text}' (give its name, or pxe, or a URL)")
    if len(found) > 1:
        raise ValueError(f"several ISO images are called '{text}': give the UUID instead")
    return {"install": "cd", "iso": found[0].vdi.ref, "url": ""}


def install_media_text(plan: NewVMPlan) -> str:
    """The ``--install-media`` value that gives the plan's install method."""
    if plan.install == "cd":
        vdi = plan.iso_vdi
        return vdi.uuid if vdi is not None else "none"
    return {"url": plan.url, "network": "pxe"}.get(plan.install, "none")


def with_home(plan: NewVMPlan, home: str) -> NewVMPlan:
    """The plan with another home server (``""`` none): disks the new home cannot see move to the best SR it can."""
    host = plan.cache.get("host", home) if home else None
    disks = tuple(_fit_for(d, plan.cache, host) for d in plan.disks)
    return replace(plan, home=home, disks=disks)


def _fit_for(disk: DiskPlan, cache: ObjectCache, home: Host | None) -> DiskPlan:
    """A disk whose SR the home server cannot see moves to the best one it can."""
    if not disk.created:
        return disk
    sr = cache.get("SR", disk.sr) if disk.sr else None
    if sr is not None and not sr_reason(sr, home, [disk.size]):
        return disk
    best = best_sr(cache, home, [disk.size], sr)
    return replace(disk, sr=best.ref if best is not None else "")


def plan_params(plan: NewVMPlan) -> dict[str, Any]:
    """The ``vm.new`` parameters that make exactly this plan (objects as wrappers, disks and interfaces as text)."""
    cache = plan.cache
    params: dict[str, Any] = {"template": plan.template, "name": plan.name,
                              "install_media": install_media_text(plan),
                              "vcpus": plan.vcpus, "vcpus_max": plan.vcpus_max,
                              "cores_per_socket": plan.cores_per_socket,
                              "memory_static_max_mib": plan.memory_static_max // MIB,
                              "memory_dynamic_min_mib": plan.memory_dynamic_min // MIB,
                              "memory_dynamic_max_mib": plan.memory_dynamic_max // MIB,
                              "start": plan.start}
    if plan.description:
        params["description"] = plan.description
    if plan.copy_sr:
        params["sr"] = cache.get("SR", plan.copy_sr)
    if not plan.template.is_hvm:
        params["boot_args"] = plan.boot_args
    if plan.boot_mode:
        params["boot_mode"] = plan.boot_mode
    if plan.home:
        params["home_server"] = cache.get("host", plan.home)
    else:
        params["no_home_server"] = True
    new = plan.new_disks
    if new:
        params["disk"] = [disk_spec(d, cache, plan.name) for d in new]
    else:
        params["diskless"] = True
    if plan.vifs:
        params["network"] = [vif_spec(v, cache) for v in plan.vifs]
    else:
        params["no_networks"] = True
    return params


def command_line(params: dict[str, Any]) -> str:
    """``main.py run vm.new TEMPLATE --name ...`` for these parameters (the template as the target, objects by
    UUID)."""
    import shlex

    template = params.get("template")
    words = ["main.py", "run", "vm.new", shlex.quote(template.uuid)] if template is not None else \
        ["main.py", "run", "vm.new"]
    for key, value in params.items():
        if key == "template":
            continue
        option = "--" + key.replace("_", "-")
        values = value if isinstance(value, list) else [value]
        for each in values:
            if isinstance(each, bool):
                words.append(option if each else "--no-" + key.replace("_", "-"))
                continue
            if hasattr(each, "uuid"):
                each = each.uuid
            words += [option, shlex.quote(str(each))]
    return " ".join(words)


__all__ = [
    "DiskPlan", "HostChoice", "IsoChoice", "NewVMPlan", "SRChoice", "VifPlan", "default_plan", "host_choices",
    "install_methods", "iso_choices", "network_choices", "parse_size", "plan_from_params", "plan_params",
    "plan_problems", "plan_warnings", "provision_disks", "sr_choices", "template_groups", "template_type",
    "templates",
]

