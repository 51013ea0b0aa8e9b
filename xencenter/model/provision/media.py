"""What a template installs from: an ISO or a server's DVD drive, a network repository, a network boot."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from xencenter.model.naming import natural_key
from xencenter.model.words import QT_TRANSLATE_NOOP, Table, translate

from .storage import is_dvd_sr, is_iso_sr, sr_attached_hosts, sr_home_host
from .templates import is_default_template

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VDI, VM, Host

INSTALL_WORDS = Table("Provision", {
    "cd": QT_TRANSLATE_NOOP("Provision", "Install from ISO library or DVD drive"), "url": QT_TRANSLATE_NOOP("Provision", "Install from URL"),
    "network": QT_TRANSLATE_NOOP("Provision", "Boot from network"),
    "none": QT_TRANSLATE_NOOP("Provision", "No installation media (leave the DVD drive empty)"),
})


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
        return translate("Provision", "Give the address of the installation repository.")
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    allowed = [m for m in install_method_names(template) if m in ("http", "ftp", "nfs")] or ["http", "ftp", "nfs"]
    if scheme not in allowed:
        return translate("Provision", "The repository address must start with {schemes}.").format(
            schemes=", ".join(s + "://" for s in allowed))
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
    return translate("Provision", "DVD drive on {host}").format(host=host.name) if host is not None else vdi.name


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
                drives.append(IsoChoice(vdi, dvd_label(vdi), translate("Provision", "DVD drives"), home))
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
