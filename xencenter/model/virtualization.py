"""A VM's virtualization state ("are the tools installed?"), exactly as XenCenter decides it (docs/design.md §4).

Two rule sets. Windows VMs (HVM with ``platform["viridian"]``, unless the guest metrics of the VM or of its
``last_booted_record`` name a Linux/BSD distro) have separate I/O-driver and management-agent flags; all
other VMs have the legacy single verdict (not installed / out of date / optimized).

The 2-minute grace ("recent"): right after a power-state change the guest agent has not reported yet, so a
VM that shows no tools is "Unknown (please wait)" rather than "not installed". XenCenter starts the clock when
it *sees* the power_state change, so a VM that booted just before XenCenter connected is never in grace. We
take the latest of three moments, each in local time:

1. when this cache saw ``VM.power_state`` change (``ObjectCache.power_state_changed_at``: XenCenter's rule);
2. ``VM_metrics.start_time`` (the start of the current run, so connecting right after a boot also waits);
3. ``other_config["last_shutdown_time"]`` (XenCenter also restarts the clock on it).

Server timestamps are moved to the local clock with ``ObjectCache.server_time_offset``. While in grace,
``grace_ends_at`` tells the UI when to evaluate again.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xencenter.model.values import as_bool, int_key
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.objects import VM, VMGuestMetrics

GRACE_SECONDS = 120.0
DEFAULT_TOOLS_NAME = "XenServer VM Tools"

#: ``os_version["distro"]`` values XenCenter treats as non-Windows (written by the Linux guest agent).
LINUX_DISTROS = frozenset({
    "debian", "rhel", "fedora", "centos", "scientific", "oracle", "sles",
    "lsb", "boot2docker", "freebsd", "ubuntu", "neokylin", "gooroom", "rocky",
})


class VirtualizationFlag(enum.IntFlag):
    NOT_INSTALLED = 0
    UNKNOWN = 1
    OUT_OF_DATE = 2
    IO_DRIVERS_INSTALLED = 4
    MANAGEMENT_INSTALLED = 8


OPTIMIZED = VirtualizationFlag.IO_DRIVERS_INSTALLED | VirtualizationFlag.MANAGEMENT_INSTALLED

#: XenCenter's search filter names and the exact flag value each one matches (names translated where shown,
#: context ``Search``).
SEARCH_FILTERS: dict[str, VirtualizationFlag] = {
    QT_TRANSLATE_NOOP("Search", "Not optimized"): VirtualizationFlag.NOT_INSTALLED,
    QT_TRANSLATE_NOOP("Search", "Unknown"): VirtualizationFlag.UNKNOWN,
    QT_TRANSLATE_NOOP("Search", "Out of date"): VirtualizationFlag.OUT_OF_DATE,
    QT_TRANSLATE_NOOP("Search", "I/O optimized only"): VirtualizationFlag.IO_DRIVERS_INSTALLED,
    QT_TRANSLATE_NOOP("Search", "Management Agent installed only"): VirtualizationFlag.MANAGEMENT_INSTALLED,
    QT_TRANSLATE_NOOP("Search", "Fully optimized"): OPTIMIZED,
}


@dataclass(frozen=True, slots=True)
class VirtualizationStatus:
    flags: VirtualizationFlag
    running: bool
    is_windows: bool
    io_optimized: bool
    management_installed: bool
    #: Management counted as installed only because of the XCP-ng 9 agent rule (see ``_management_installed``).
    management_inferred: bool
    #: ``"M.m"`` from ``PV_drivers_version`` (what XenCenter prints in "version M.m installed"), or None.
    version: str | None
    #: ``"M.m[.micro][ build B]"``: the full agent version when the guest reported one, or None.
    agent_version: str | None
    #: ``VM.has_vendor_device`` on a Windows VM: it can get drivers from Windows Update.
    can_receive_windows_update: bool
    #: Within the 2-minute grace after a power-state change.
    recent: bool
    #: Local unix time at which the grace ends (re-evaluate then), None when not in grace.
    grace_ends_at: float | None


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the "Virtualization state" row: red for a warning; ``link`` is the text of a help link."""

    text: str
    red: bool = False
    link: str | None = None


def treat_as_non_windows(gm: VMGuestMetrics | None) -> bool:
    """The guest agent reported a Linux/BSD distro, or a NetScaler kernel."""
    if gm is None:
        return False
    os_version = gm.record.os_version or {}
    distro = (os_version.get("distro") or "").lower()
    uname = (os_version.get("uname") or "").lower()
    return distro in LINUX_DISTROS or "netscaler" in uname


def is_windows(vm: VM) -> bool:
    """XenCenter's ``VM.IsWindows()``: HVM with viridian, unless the guest metrics say Linux/BSD."""
    if treat_as_non_windows(vm.guest_metrics) or treat_as_non_windows(vm.last_booted_guest_metrics):
        return False
    return vm.is_hvm and as_bool(vm.platform.get("viridian"))


def _pv_version(gm: VMGuestMetrics | None) -> tuple[str | None, str | None]:
    """(``"M.m"``, full agent version) from ``PV_drivers_version``; (None, None) without major and minor."""
    version = (gm.record.PV_drivers_version or {}) if gm is not None else {}
    if "major" not in version or "minor" not in version:
        return None, None
    short = f"{version['major']}.{version['minor']}"
    full = short
    if "micro" in version:
        full += f".{version['micro']}"
    if "build" in version:
        full += f" build {version['build']}"
    return short, full


def _management_installed(gm: VMGuestMetrics | None, io: bool, version_known: bool) -> tuple[bool, bool]:
    """(management agent installed, inferred) for a Windows VM.

    XenCenter's test is ``other["feature-static-ip-setting"]`` != 0. The XCP-ng 9 Windows agent does not
    publish that feature, so XenCenter calls such VMs "Management Agent not installed" although the agent runs.
    We also count the agent as installed when the guest reported a driver version (major and minor) and its
    PV drivers are detected: only a running agent writes that version. ``inferred`` marks this second case.
    """
    if gm is not None and int_key(gm.record.other, "feature-static-ip-setting") != 0:
        return True, False
    if io and version_known:
        return True, True
    return False, False


def virtualization_status(vm: VM, now: float | None = None) -> VirtualizationStatus:
    """The state for the General tab, the tree icons and the search filters."""
    now = time.time() if now is None else now
    windows = is_windows(vm)
    wu = windows and as_bool(vm.record.has_vendor_device)
    gm = vm.guest_metrics
    version, agent_version = _pv_version(gm)
    changed_at = vm.power_state_changed_at
    recent = changed_at is not None and now - changed_at < GRACE_SECONDS
    grace_ends_at = changed_at + GRACE_SECONDS if recent else None  # type: ignore[operator]
    running = vm.power_state == "Running"

    def status(flags: VirtualizationFlag, io: bool = False, mgmt: bool = False,
               inferred: bool = False) -> VirtualizationStatus:
        return VirtualizationStatus(flags, running, windows, io, mgmt, inferred, version, agent_version, wu,
                                    recent, grace_ends_at)

    if not running or vm.metrics is None:
        return status(VirtualizationFlag.UNKNOWN)

    if windows:
        io = gm is not None and as_bool(gm.record.PV_drivers_detected)
        mgmt, inferred = _management_installed(gm, io, version is not None)
        flags = VirtualizationFlag.NOT_INSTALLED
        if io:
            flags |= VirtualizationFlag.IO_DRIVERS_INSTALLED
        if mgmt:
            flags |= VirtualizationFlag.MANAGEMENT_INSTALLED
        if not io and recent:
            return status(VirtualizationFlag.UNKNOWN)
        return status(flags, io, mgmt, inferred)

    if version is None:
        return status(VirtualizationFlag.UNKNOWN if recent else VirtualizationFlag.NOT_INSTALLED)
    if not as_bool(gm.record.PV_drivers_up_to_date):  # type: ignore[union-attr]
        return status(VirtualizationFlag.OUT_OF_DATE)
    return status(OPTIMIZED, True, True)


def matches_filter(status: VirtualizationStatus, filter_name: str) -> bool:
    """XenCenter's "Virtualization state is <filter>" search: the flags equal the filter's value."""
    return status.flags == SEARCH_FILTERS[filter_name]


def virtualization_text(status: VirtualizationStatus, tools_name: str = DEFAULT_TOOLS_NAME) -> list[Line]:
    """The lines of the General tab's "Virtualization state" row, with XenCenter's exact strings.

    Empty for a non-Windows VM that is not running (XenCenter shows no row then). Windows VMs get two lines
    (I/O drivers, management agent) while running, then the Windows Update line in every power state.
    """
    read_more = translate("Virtualization", "Read more about installing {tools}").format(tools=tools_name)
    unknown = Line(translate("Virtualization", "Unknown (please wait)"))
    if status.is_windows:
        lines: list[Line] = []
        if status.running:
            if status.flags & VirtualizationFlag.UNKNOWN:
                lines.append(unknown)
            else:
                lines.append(Line(translate("Virtualization", "I/O optimized") if status.io_optimized
                                  else translate("Virtualization", "I/O not optimized")))
                link = None if status.io_optimized and status.management_installed else read_more
                lines.append(Line(translate("Virtualization", "Management Agent installed")
                                  if status.management_installed
                                  else translate("Virtualization", "Management Agent not installed"), link=link))
        lines.append(Line(translate("Virtualization", "Able to receive updates from Windows Update")
                          if status.can_receive_windows_update
                          else translate("Virtualization", "Not able to receive updates from Windows Update")))
        return lines
    if not status.running:
        return []
    if status.flags & VirtualizationFlag.UNKNOWN:
        return [unknown]
    if status.flags == VirtualizationFlag.NOT_INSTALLED:
        return [Line(translate("Virtualization", "{tools} not installed").format(tools=tools_name), red=True,
                     link=read_more)]
    if status.flags & VirtualizationFlag.OUT_OF_DATE:
        return [Line(translate("Virtualization", "Tools out of date (version {version} installed)")
                     .format(version=status.version), red=True, link=read_more)]
    return [Line(translate("Virtualization", "Optimized (version {version} installed)")
                 .format(version=status.version))]
