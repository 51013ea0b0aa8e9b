"""Figures the tabs show: memory, CPUs, a VM's IP addresses, uptimes, and their texts."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xencenter.model import formats
from xencenter.model.values import as_int
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.cache import Record
    from xencenter.model.objects import VM, Host

KIB, MIB, GIB, TIB = 1 << 10, 1 << 20, 1 << 30, 1 << 40


def size_text(size: int) -> str:
    """Bytes in the largest binary unit that keeps a number >= 1: ``4 GB``, ``1.5 GB``, ``512 MB``."""
    for unit, name in ((TIB, "TB"), (GIB, "GB"), (MIB, "MB"), (KIB, "KB")):
        if size >= unit:
            return f"{formats.decimal(round(size / unit, 1), 1)} {name}"
    return f"{formats.integer(max(size, 0))} B"


# ---- memory -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HostMemory:
    """A host's memory as XenCenter counts it (``Host.memory_free_calc``, ``xen_memory_calc``,
    ``memory_available_calc``): from the VMs' own figures, never ``host_metrics.memory_free``, which xapi
    refreshes only now and then and so lags behind a VM that just started."""

    total: int
    #: What no domain and no overhead holds.
    free: int
    #: Sum of ``memory_actual`` of the guests resident on the host (control domains excluded).
    used_by_vms: int
    #: Xen itself: the host's and every resident VM's overhead, and the control domain's memory.
    used_by_server: int
    #: Free memory plus what ballooning guests could give back down to their dynamic minimum.
    available: int
    #: The guests' dynamic maximums (static maximum for those that cannot balloon).
    guests_max: int
    #: The control domain's memory.
    control_domain: int

    @property
    def used(self) -> int:
        return self.total - self.free

    @property
    def overcommit_percent(self) -> int:
        """XenCenter's overcommit: the most the guests may take, with Xen's share, as a share of the total."""
        return round(100 * (self.guests_max + self.used_by_server) / self.total) if self.total > 0 else 0


def supports_ballooning(vm: VM) -> bool:
    """XenCenter's ``VM.SupportsBallooning``: a template with a dynamic range, or a guest whose tools say so."""
    if vm.is_a_template:
        return vm.memory_dynamic_min != vm.memory_static_max
    gm = vm.guest_metrics
    return gm is not None and "feature-balloon" in (gm.other or {})


def host_memory(host: Host) -> HostMemory | None:
    metrics = host.metrics
    if metrics is None:
        return None
    total = metrics.memory_total
    held = xen = host.memory_overhead
    used_by_vms = dyn_min = dyn_max = dom0 = 0
    for vm in host.resident_VMs:
        actual = vm.metrics.memory_actual if vm.metrics is not None else 0
        held += vm.memory_overhead + actual
        xen += vm.memory_overhead
        if vm.is_control_domain:
            xen += actual
            dom0 += actual if vm.metrics is not None else vm.memory_dynamic_min
            continue
        used_by_vms += actual
        balloons = supports_ballooning(vm)
        dyn_min += vm.memory_dynamic_min if balloons else vm.memory_static_max
        dyn_max += vm.memory_dynamic_max if balloons else vm.memory_static_max
    return HostMemory(total, max(total - held, 0), used_by_vms, xen, max(total - dyn_min - xen, 0), dyn_max, dom0)


@dataclass(frozen=True, slots=True)
class VMMemory:
    static_min: int
    static_max: int
    dynamic_min: int
    dynamic_max: int
    #: ``VM_metrics.memory_actual`` while the VM has memory (running, paused), else None.
    actual: int | None

    @property
    def ballooning(self) -> bool:
        """Dynamic memory control in use: the dynamic range differs from the static maximum."""
        return self.dynamic_min != self.static_max or self.dynamic_max != self.static_max


def vm_memory(vm: VM) -> VMMemory:
    metrics = vm.metrics
    has_memory = vm.power_state in ("Running", "Paused") and metrics is not None
    return VMMemory(
        vm.memory_static_min,
        vm.memory_static_max,
        vm.memory_dynamic_min,
        vm.memory_dynamic_max,
        metrics.memory_actual if has_memory and metrics is not None else None,
    )


# ---- CPUs ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HostCPUs:
    count: int
    sockets: int | None
    vendor: str
    model: str
    speed_mhz: int
    #: All CPUs report the same vendor, model and speed (XenCenter then shows one "CPU 0 - N" row).
    identical: bool

    @property
    def properties_text(self) -> str:
        """XenCenter's ``GetCPUProperties`` text."""
        return translate("General", "Vendor: {vendor}\nModel: {model}\nSpeed: {speed} MHz").format(
            vendor=self.vendor, model=self.model, speed=formats.integer(self.speed_mhz))


def host_cpus(host: Host) -> HostCPUs | None:
    """From the ``host_cpu`` objects, or from ``host.cpu_info`` on servers that no longer publish them."""
    cpus = sorted(host.host_CPUs, key=lambda c: c.number)
    if cpus:
        described = {(c.vendor, c.modelname, c.speed) for c in cpus}
        first = cpus[0]
        return HostCPUs(len(cpus), None, first.vendor, first.modelname, first.speed, len(described) == 1)
    info = host.cpu_info
    if not info:
        return None
    return HostCPUs(
        as_int(info.get("cpu_count")),
        as_int(info.get("socket_count")) or None,
        info.get("vendor", ""),
        info.get("modelname", ""),
        int(float(info.get("speed", "0") or 0)),
        True,
    )


@dataclass(frozen=True, slots=True)
class VMCPUs:
    at_startup: int
    maximum: int
    cores_per_socket: int

    @property
    def topology_text(self) -> str:
        """XenCenter's ``VM.Topology()`` text."""
        cores = self.cores_per_socket
        valid = cores > 0 and self.maximum % cores == 0 and self.maximum // cores <= 16
        sockets = self.maximum // cores if valid else 0
        if sockets == 0:
            if cores == 1:
                return translate("General", "1 core per socket (Invalid configuration)")
            return translate("General", "{cores} cores per socket (Invalid configuration)").format(cores=cores)
        if sockets == 1 and cores == 1:
            return translate("General", "1 socket with 1 core per socket")
        if sockets == 1:
            return translate("General", "1 socket with {cores} cores per socket").format(cores=cores)
        if cores == 1:
            return translate("General", "{sockets} sockets with 1 core per socket").format(sockets=sockets)
        return translate("General", "{sockets} sockets with {cores} cores per socket").format(sockets=sockets,
                                                                                             cores=cores)


def vm_cpus(vm: VM) -> VMCPUs:
    cores = as_int(vm.platform.get("cores-per-socket"), 1)
    return VMCPUs(vm.VCPUs_at_startup, vm.VCPUs_max, cores)


# ---- addresses ----------------------------------------------------------------------------------------------

_NETWORK_KEY = re.compile(r"^(\d+)/(ip|ipv4|ipv6)(?:/(\d+))?$")


def vm_ip_addresses(vm: VM) -> list[str]:
    """The guest's addresses from ``VM_guest_metrics.networks`` (``0/ip``, ``0/ipv4/0``, ``0/ipv6/0``...).

    Ordered by device, IPv4 first, each address once.
    """
    gm = vm.guest_metrics
    if gm is None:
        return []
    keyed = []
    for key, address in guest_network_addresses(gm.record):
        m = _NETWORK_KEY.match(key)
        keyed.append(((int(m[1]), m[2] == "ipv6", int(m[3] or 0)), address))  # type: ignore[index]
    ordered = list(dict.fromkeys(address for _, address in sorted(keyed)))
    return sorted(ordered, key=lambda a: not _is_ipv4(a))


_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
#: Exactly what ``ipaddress.IPv4Address`` accepts (no leading zeros), without building objects: search
#: and the Search tab ask this for every VM.
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}", re.ASCII)


def guest_network_addresses(guest_metrics: Mapping[str, Any] | Record | None) -> list[tuple[str, str]]:
    """(key, address) of the addresses in a ``VM_guest_metrics`` record's ``networks``, unordered."""
    networks = (guest_metrics or {}).get("networks") or {}
    return [(key, address.strip()) for key, address in networks.items()
            if address and isinstance(address, str) and _NETWORK_KEY.match(key)]


def _is_ipv4(address: str) -> bool:
    return _IPV4.fullmatch(address) is not None


# ---- uptime -------------------------------------------------------------------------------------------------


def vm_uptime(vm: VM, now: float | None = None) -> float | None:
    """Seconds since ``VM_metrics.start_time`` for a VM that has been started (XenCenter's ``RunningTime``)."""
    if vm.power_state not in ("Running", "Paused", "Suspended"):
        return None
    start = vm.start_time
    if start is None:
        return None
    return _since(start.timestamp(), vm.cache.server_time_offset, now)


def host_uptime(host: Host, now: float | None = None) -> float | None:
    boot = host.boot_time
    return None if boot is None else _since(boot, host.cache.server_time_offset, now)


def host_agent_uptime(host: Host, now: float | None = None) -> float | None:
    start = host.agent_start_time
    return None if start is None else _since(start, host.cache.server_time_offset, now)


def _since(server_time: float, server_offset: float, now: float | None) -> float:
    local_now = time.time() if now is None else now
    return max(local_now + server_offset - server_time, 0.0)


def uptime_text(seconds: float) -> str:
    """XenCenter's ``PrettyTimeSpan``: ``2 days 3 hours 4 minutes``; hours from one hour, days from one day."""
    total = int(seconds)
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    minutes_text = (translate("Uptime", "%n minute", None, minutes) if minutes == 1
                    else translate("Uptime", "%n minutes", None, minutes))
    if total < 3600:
        return minutes_text
    hours_text = (translate("Uptime", "%n hour", None, hours) if hours == 1
                  else translate("Uptime", "%n hours", None, hours))
    if total < 86400:
        return translate("Uptime", "{hours} {minutes}").format(hours=hours_text, minutes=minutes_text)
    days_text = translate("Uptime", "%n day", None, days) if days == 1 else translate("Uptime", "%n days", None, days)
    return translate("Uptime", "{days} {hours} {minutes}").format(days=days_text, hours=hours_text,
                                                                  minutes=minutes_text)
