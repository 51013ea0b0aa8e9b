"""What a server status report may hold, in XenCenter's words (its BugTool wizard's Select Report Contents page):
the capabilities xen-bugtool offers (``host.get_system_status_capabilities``' XML), common to the chosen
servers, plus the client's own log; their sizes, PII warnings and defaults; and the report's file names."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from xencenter import APP_NAME
from xencenter.model.summaries import size_text

if TYPE_CHECKING:
    from xencenter.model.objects import Host

CLIENT_LOGS = "client-logs"
#: Deprecated in xapi but still offered by some: XenCenter skips it.
SKIPPED = ("CVSM",)
PII_ORDER = ("yes", "maybe", "customized", "no")
PII_WORDS = {
    "yes": "These files will contain personally identifiable information.",
    "maybe": "These files may contain personally identifiable information.",
    "customized": "These files may contain personally identifiable information if customized.",
    "no": "These files will contain no personally identifiable information.",
}
NEGLIGIBLE = "Negligible"

#: XenCenter's names and descriptions (FriendlyNames ``Label-host.system_status-KEY``, ``Description-...``).
NAMES: dict[str, tuple[str, str]] = {
    "blobs": ("User-created binary objects", "Retrieve the user information stored as binary objects on the server."),
    "boot-loader": ("Boot loader configuration",
                    "List of boot options and their details given to the user at system boot time"),
    CLIENT_LOGS: (f"{APP_NAME} logs", "Client application log files"),
    "conntest": ("Connection test", "Tests for connectivity between the server and the internet"),
    "control-slice": ("Control group statistics", "Information and statistics about the system's control groups"),
    "device-model": ("Device model", "Device emulation logs"),
    "disk-info": ("Disk information", "Partition tables, free space, iSCSI and LVM configuration"),
    "fcoe": ("FCoE logs", "Fibre Channel over Ethernet (FCoE) logs"),
    "filesystem_summarise": ("Changed files", "List of changed files in Dom 0"),
    "firstboot": ("First-boot scripts",
                  "The scripts run for initializing local storage repositories and networking"),
    "hardware-info": ("Hardware information", "Details of the processors, memory and other basic hardware"),
    "hdparm-t": ("Local disk performance test", "Performs a number of timing tests on each local hard disk, these "
                                                "may take up to one minute to complete"),
    "high-availability": ("High availability", "Log file from the high availability daemon"),
    "host-crashdump-dumps": ("Crash dump files", "Memory dump created on server crash, if you select this option you "
                             "will be prompted for these files to be removed after the report has been compiled"),
    "host-crashdump-logs": ("Crash dump logs", "Log files generated at time of server crash"),
    "kernel-info": ("Kernel information", "Details of kernel modules, filesystems devices and kernel configuration"),
    "loopback-devices": ("Loopback devices", "Details of loopback devices"),
    "message-switch": ("Internal message logs", "Logs of messages exchanged between system daemons"),
    "multipath": ("Multipathing configuration", "Retrieves the server's storage multipathing configuration"),
    "network-config": ("Network scripts", "Configuration files used to bring up network interfaces, provide name "
                                          "resolution and enable the firewall"),
    "network-status": ("Network status", "Current status of the network interfaces, routing tables and firewall"),
    "NVIDIA-logs": ("NVIDIA Graphics Driver logs",
                    "Contains logs and details useful for diagnosing problems with NVIDIA's graphics drivers"),
    "observer": ("Observability Traces and Metrics",
                 "Observations of system actions in the form of distributed traces, spans, and metrics"),
    "oem": ("OEM-specific logs", "Collects data specific to your OEM provider"),
    "pam": ("Authentication module configuration",
            "Configuration files used by the Pluggable Authentication Modules (PAM)."),
    "persistent-stats": ("Persistent statistics", "Persistent performance statistics"),
    "process-list": ("Process listing", "A complete listing of the processes running in a tree format"),
    "system-info": ("System configuration", "System configuration"),
    "system-logs": ("System logs", "Logfiles which record the activity of various system processes"),
    "system-services": ("System services", "A listing of configured system services"),
    "tapdisk-logs": ("Storage subsystem logs", "Storage subsystem logs"),
    "tboot": ("Measured boot logs", "Measured boot logs"),
    "v6d": ("Server licensing daemon", "Server licensing daemon logs"),
    "VM-snapshot-schedule": ("Scheduled snapshots log files", "Scheduled snapshots log files"),
    "vncterm": ("VNCTerm crash dumps", "Crash dumps files from the VNCTerm daemon"),
    "vtpm": ("vTPM", "vTPM's root CAs and other related debug information"),
    "wlb": ("Workload Balancing status", "Logs and status information from the WLB server monitoring this pool."),
    "X11": ("X server logs", "Log files from the X server"),
    "X11-auth": ("X11 authority", "X server authority files"),
    "xapi": ("Server daemon internal logs", "Server daemon internal logs"),
    "xapi-clusterd": ("Server cluster management daemon",
                      "Logs generated by the cluster management daemon for the Toolstack."),
    "xapi-debug": ("Server daemon crash dumps", "Server daemon crash dumps"),
    "xapi-subprocess": ("Server daemon subprocesses", "Server daemon process details"),
    "xcp-rrdd-plugins": ("RRD plug-in logs", "Log files from the RRD daemon"),
    "xen-info": ("Hypervisor configuration", "Details of the hypervisor version and its current state"),
    "xenopsd": ("VM internal diagnostics", "VM internal diagnostics"),
    "xenserver-config": ("Server configuration", "Details of the hypervisor such as version and build "
                                                 "information, primary hard disk location and pool configuration"),
    "xenserver-databases": ("Server database", "The database which stores the state of the server"),
    "xenserver-domains": ("Server domains list",
                          "List of the guest VMs installed onto the server and their current states"),
    "xenserver-install": ("Server installation log files", "Log files generated during the installation of the server"),
    "xenserver-logs": ("Server logs", "Log files concerning the server's activity"),
    "xenvm": ("Volume manager logs", "Volume manager logs"),
    "xha-liveset": ("High availability liveset", "HA liveset"),
    "xscontainer": ("Container management logs", "Container management logs"),
    "xspvscache": ("PVS-Accelerator Status", "PVS-Accelerator Status"),
    "yum": ("RPM package database", "YUM repository information and RPM package database listing"),
}


@dataclass(frozen=True, slots=True)
class Capability:
    """One entry xen-bugtool can put in a report (sizes in bytes, -1 when it does not say)."""

    key: str
    pii: str = "maybe"
    min_size: int = -1
    max_size: int = -1
    default_checked: bool = True

    @property
    def name(self) -> str:
        return NAMES.get(self.key, (self.key, ""))[0]

    @property
    def description(self) -> str:
        return NAMES.get(self.key, ("", ""))[1]

    @property
    def pii_words(self) -> str:
        return PII_WORDS[self.pii]

    @property
    def size_words(self) -> str:
        return size_range(self.min_size, self.max_size)


def _number(text: str | None) -> int:
    try:
        return int(text or "-1")
    except ValueError:
        return -1


def parse_capabilities(xml: str) -> list[Capability]:
    """The ``capability`` elements of xen-bugtool's XML (any root, any namespace), as XenCenter reads them:
    a ``pii`` other than yes/no/maybe is "customized"; ``CVSM`` is left out. Raises ValueError for non-XML."""
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as e:
        raise ValueError(f"the server's list of report contents is not XML ({e})") from None
    found: list[Capability] = []
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] != "capability" or not element.get("key"):
            continue
        key = element.get("key", "")
        if key in SKIPPED:
            continue
        pii = element.get("pii", "maybe")
        found.append(Capability(key, pii if pii in ("yes", "no", "maybe") else "customized",
                                _number(element.get("min-size")), _number(element.get("max-size")),
                                element.get("default-checked") == "yes"))
    return found


def client_capability(log_size: int) -> Capability:
    """The client's own log, always offered and checked (XenCenter's ``client-logs``)."""
    return Capability(CLIENT_LOGS, "yes", log_size, log_size, True)


def _natural(text: str) -> list[object]:
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text)]


def common_capabilities(per_host: Iterable[list[Capability]], log_size: int) -> list[Capability]:
    """What every chosen server offers (the first server's figures), plus the client's log; sorted by PII
    (personal first) then key, as XenCenter lists them. Empty when no server answered."""
    lists = [caps for caps in per_host if caps]
    if not lists:
        return []
    keys = set.intersection(*({c.key for c in caps} for caps in lists))
    common = [c for c in lists[0] if c.key in keys] + [client_capability(log_size)]
    return sorted(common, key=lambda c: (PII_ORDER.index(c.pii), _natural(c.key)))


def size_range(low: int, high: int) -> str:
    """XenCenter's estimate (``StringFromMaxMinSize``): "Negligible", "< 5 MB", "> 10 KB", "60 KB - 80 KB"."""
    if low < 0 and high < 0:
        return NEGLIGIBLE
    if low < 0:
        return f"< {size_text(high)}"
    if high < 0:
        return f"> {size_text(low)}"
    if low == high:
        return size_text(high)
    return f"{size_text(low)} - {size_text(high)}"


def total_size(chosen: Iterable[Capability], hosts: int) -> str:
    """The estimate for the whole report (``StringFromMaxMinSizeList``): server entries count once per server,
    the client's log once; an entry without an upper bound makes it "> ...", one without a lower "< ..."."""
    low = high = 0
    more = less = False
    for c in chosen:
        times = 1 if c.key == CLIENT_LOGS else hosts
        if c.min_size < 0 and c.max_size < 0:
            continue
        if c.min_size < 0:
            high, less = high + c.max_size * times, True
        elif c.max_size < 0:
            low, more = low + c.min_size * times, True
        else:
            low, high = low + c.min_size * times, high + c.max_size * times
    if more:
        return f"> {size_text(low)}"
    if less:
        return f"< {size_text(high)}"
    return size_range(low, high) if high > 0 else size_text(0)


def timestamp(moment: float | None = None) -> str:
    """XenCenter's report time stamp: ``2026-01-31-13-05-59`` (local time)."""
    return time.strftime("%Y-%m-%d-%H-%M-%S", time.localtime(moment))


def default_file_name(moment: float | None = None) -> str:
    """XenCenter's default: ``status-report-<time>.zip``."""
    return f"status-report-{timestamp(moment)}.zip"


def host_folder(stamp: str, hostname: str) -> str:
    """A server's folder in the zip, XenCenter's ``<time>-bugtool-<host>`` (the name made safe, 20 characters)."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", hostname).strip("._") or "server"
    return f"{stamp}-bugtool-{safe[:20]}"


def coordinators_text(hosts: Iterable[Host]) -> str:
    """XenCenter's ``<time>-Coordinators.txt`` beside the client's logs: each server's place in its pool."""
    lines = []
    for host in hosts:
        pool = next(iter(host.cache.all("pool")), None)
        if pool is None or (not pool.name_label and len(host.cache.all("host")) == 1):
            lines.append(f"Server '{host.name}' is a stand alone server")
        elif pool.master is not None and pool.master.ref == host.ref:
            lines.append(f"Server '{host.name}' is a coordinator of pool '{pool.name_label}'")
        else:
            lines.append(f"Server '{host.name}' is a supporter of pool '{pool.name_label}'")
    return "".join(line + "\n" for line in lines)
