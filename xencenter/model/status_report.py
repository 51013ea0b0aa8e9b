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
from xencenter.model.words import QT_TRANSLATE_NOOP, Table, translate

if TYPE_CHECKING:
    from xencenter.model.objects import Host

CLIENT_LOGS = "client-logs"
#: Deprecated in xapi but still offered by some: XenCenter skips it.
SKIPPED = ("CVSM",)
PII_ORDER = ("yes", "maybe", "customized", "no")
PII_WORDS = Table("StatusReport", {
    "yes": QT_TRANSLATE_NOOP("StatusReport", "These files will contain personally identifiable information."),
    "maybe": QT_TRANSLATE_NOOP("StatusReport", "These files may contain personally identifiable information."),
    "customized": QT_TRANSLATE_NOOP("StatusReport", "These files may contain personally identifiable information if "
                                                    "customized."),
    "no": QT_TRANSLATE_NOOP("StatusReport", "These files will contain no personally identifiable information."),
})
NEGLIGIBLE = QT_TRANSLATE_NOOP("StatusReport", "Negligible")

#: XenCenter's names and descriptions (FriendlyNames ``Label-host.system_status-KEY``, ``Description-...``).
NAMES: dict[str, tuple[str, str]] = {
    "blobs": (QT_TRANSLATE_NOOP("StatusReport", "User-created binary objects"),
              QT_TRANSLATE_NOOP("StatusReport", "Retrieve the user information stored as binary objects on the "
                                                "server.")),
    "boot-loader": (QT_TRANSLATE_NOOP("StatusReport", "Boot loader configuration"),
                    QT_TRANSLATE_NOOP("StatusReport", "List of boot options and their details given to the user at "
                                                      "system boot time")),
    CLIENT_LOGS: (QT_TRANSLATE_NOOP("StatusReport", "{app} logs"),
                  QT_TRANSLATE_NOOP("StatusReport", "Client application log files")),
    "conntest": (QT_TRANSLATE_NOOP("StatusReport", "Connection test"),
                 QT_TRANSLATE_NOOP("StatusReport", "Tests for connectivity between the server and the internet")),
    "control-slice": (QT_TRANSLATE_NOOP("StatusReport", "Control group statistics"),
                      QT_TRANSLATE_NOOP("StatusReport", "Information and statistics about the system's control "
                                                        "groups")),
    "device-model": (QT_TRANSLATE_NOOP("StatusReport", "Device model"),
                     QT_TRANSLATE_NOOP("StatusReport", "Device emulation logs")),
    "disk-info": (QT_TRANSLATE_NOOP("StatusReport", "Disk information"),
                  QT_TRANSLATE_NOOP("StatusReport", "Partition tables, free space, iSCSI and LVM configuration")),
    "fcoe": (QT_TRANSLATE_NOOP("StatusReport", "FCoE logs"),
             QT_TRANSLATE_NOOP("StatusReport", "Fibre Channel over Ethernet (FCoE) logs")),
    "filesystem_summarise": (QT_TRANSLATE_NOOP("StatusReport", "Changed files"),
                             QT_TRANSLATE_NOOP("StatusReport", "List of changed files in Dom 0")),
    "firstboot": (QT_TRANSLATE_NOOP("StatusReport", "First-boot scripts"),
                  QT_TRANSLATE_NOOP("StatusReport", "The scripts run for initializing local storage repositories and "
                                                    "networking")),
    "hardware-info": (QT_TRANSLATE_NOOP("StatusReport", "Hardware information"),
                      QT_TRANSLATE_NOOP("StatusReport", "Details of the processors, memory and other basic hardware")),
    "hdparm-t": (QT_TRANSLATE_NOOP("StatusReport", "Local disk performance test"),
                 QT_TRANSLATE_NOOP("StatusReport", "Performs a number of timing tests on each local hard disk, these "
                                                   "may take up to one minute to complete")),
    "high-availability": (QT_TRANSLATE_NOOP("StatusReport", "High availability"),
                          QT_TRANSLATE_NOOP("StatusReport", "Log file from the high availability daemon")),
    "host-crashdump-dumps": (QT_TRANSLATE_NOOP("StatusReport", "Crash dump files"),
                             QT_TRANSLATE_NOOP("StatusReport", "Memory dump created on server crash, if you select "
                                                               "this option you will be prompted for these files to "
                                                               "be removed after the report has been compiled")),
    "host-crashdump-logs": (QT_TRANSLATE_NOOP("StatusReport", "Crash dump logs"),
                            QT_TRANSLATE_NOOP("StatusReport", "Log files generated at time of server crash")),
    "kernel-info": (QT_TRANSLATE_NOOP("StatusReport", "Kernel information"),
                    QT_TRANSLATE_NOOP("StatusReport", "Details of kernel modules, filesystems devices and kernel "
                                                      "configuration")),
    "loopback-devices": (QT_TRANSLATE_NOOP("StatusReport", "Loopback devices"),
                         QT_TRANSLATE_NOOP("StatusReport", "Details of loopback devices")),
    "message-switch": (QT_TRANSLATE_NOOP("StatusReport", "Internal message logs"),
                       QT_TRANSLATE_NOOP("StatusReport", "Logs of messages exchanged between system daemons")),
    "multipath": (QT_TRANSLATE_NOOP("StatusReport", "Multipathing configuration"),
                  QT_TRANSLATE_NOOP("StatusReport", "Retrieves the server's storage multipathing configuration")),
    "network-config": (QT_TRANSLATE_NOOP("StatusReport", "Network scripts"),
                       QT_TRANSLATE_NOOP("StatusReport", "Configuration files used to bring up network interfaces, "
                                                         "provide name resolution and enable the firewall")),
    "network-status": (QT_TRANSLATE_NOOP("StatusReport", "Network status"),
                       QT_TRANSLATE_NOOP("StatusReport", "Current status of the network interfaces, routing tables "
                                                         "and firewall")),
    "NVIDIA-logs": (QT_TRANSLATE_NOOP("StatusReport", "NVIDIA Graphics Driver logs"),
                    QT_TRANSLATE_NOOP("StatusReport", "Contains logs and details useful for diagnosing problems with "
                                                      "NVIDIA's graphics drivers")),
    "observer": (QT_TRANSLATE_NOOP("StatusReport", "Observability Traces and Metrics"),
                 QT_TRANSLATE_NOOP("StatusReport", "Observations of system actions in the form of distributed "
                                                   "traces, spans, and metrics")),
    "oem": (QT_TRANSLATE_NOOP("StatusReport", "OEM-specific logs"),
            QT_TRANSLATE_NOOP("StatusReport", "Collects data specific to your OEM provider")),
    "pam": (QT_TRANSLATE_NOOP("StatusReport", "Authentication module configuration"),
            QT_TRANSLATE_NOOP("StatusReport", "Configuration files used by the Pluggable Authentication Modules "
                                              "(PAM).")),
    "persistent-stats": (QT_TRANSLATE_NOOP("StatusReport", "Persistent statistics"),
                         QT_TRANSLATE_NOOP("StatusReport", "Persistent performance statistics")),
    "process-list": (QT_TRANSLATE_NOOP("StatusReport", "Process listing"),
                     QT_TRANSLATE_NOOP("StatusReport", "A complete listing of the processes running in a tree format")),
    "system-info": (QT_TRANSLATE_NOOP("StatusReport", "System configuration"),
                    QT_TRANSLATE_NOOP("StatusReport", "System configuration")),
    "system-logs": (QT_TRANSLATE_NOOP("StatusReport", "System logs"),
                    QT_TRANSLATE_NOOP("StatusReport", "Logfiles which record the activity of various system "
                                                      "processes")),
    "system-services": (QT_TRANSLATE_NOOP("StatusReport", "System services"),
                        QT_TRANSLATE_NOOP("StatusReport", "A listing of configured system services")),
    "tapdisk-logs": (QT_TRANSLATE_NOOP("StatusReport", "Storage subsystem logs"),
                     QT_TRANSLATE_NOOP("StatusReport", "Storage subsystem logs")),
    "tboot": (QT_TRANSLATE_NOOP("StatusReport", "Measured boot logs"),
              QT_TRANSLATE_NOOP("StatusReport", "Measured boot logs")),
    "v6d": (QT_TRANSLATE_NOOP("StatusReport", "Server licensing daemon"),
            QT_TRANSLATE_NOOP("StatusReport", "Server licensing daemon logs")),
    "VM-snapshot-schedule": (QT_TRANSLATE_NOOP("StatusReport", "Scheduled snapshots log files"),
                             QT_TRANSLATE_NOOP("StatusReport", "Scheduled snapshots log files")),
    "vncterm": (QT_TRANSLATE_NOOP("StatusReport", "VNCTerm crash dumps"),
                QT_TRANSLATE_NOOP("StatusReport", "Crash dumps files from the VNCTerm daemon")),
    "vtpm": ("vTPM",
             QT_TRANSLATE_NOOP("StatusReport", "vTPM's root CAs and other related debug information")),
    "wlb": (QT_TRANSLATE_NOOP("StatusReport", "Workload Balancing status"),
            QT_TRANSLATE_NOOP("StatusReport", "Logs and status information from the WLB server monitoring this pool.")),
    "X11": (QT_TRANSLATE_NOOP("StatusReport", "X server logs"),
            QT_TRANSLATE_NOOP("StatusReport", "Log files from the X server")),
    "X11-auth": (QT_TRANSLATE_NOOP("StatusReport", "X11 authority"),
                 QT_TRANSLATE_NOOP("StatusReport", "X server authority files")),
    "xapi": (QT_TRANSLATE_NOOP("StatusReport", "Server daemon internal logs"),
             QT_TRANSLATE_NOOP("StatusReport", "Server daemon internal logs")),
    "xapi-clusterd": (QT_TRANSLATE_NOOP("StatusReport", "Server cluster management daemon"),
                      QT_TRANSLATE_NOOP("StatusReport", "Logs generated by the cluster management daemon for the "
                                                        "Toolstack.")),
    "xapi-debug": (QT_TRANSLATE_NOOP("StatusReport", "Server daemon crash dumps"),
                   QT_TRANSLATE_NOOP("StatusReport", "Server daemon crash dumps")),
    "xapi-subprocess": (QT_TRANSLATE_NOOP("StatusReport", "Server daemon subprocesses"),
                        QT_TRANSLATE_NOOP("StatusReport", "Server daemon process details")),
    "xcp-rrdd-plugins": (QT_TRANSLATE_NOOP("StatusReport", "RRD plug-in logs"),
                         QT_TRANSLATE_NOOP("StatusReport", "Log files from the RRD daemon")),
    "xen-info": (QT_TRANSLATE_NOOP("StatusReport", "Hypervisor configuration"),
                 QT_TRANSLATE_NOOP("StatusReport", "Details of the hypervisor version and its current state")),
    "xenopsd": (QT_TRANSLATE_NOOP("StatusReport", "VM internal diagnostics"),
                QT_TRANSLATE_NOOP("StatusReport", "VM internal diagnostics")),
    "xenserver-config": (QT_TRANSLATE_NOOP("StatusReport", "Server configuration"),
                         QT_TRANSLATE_NOOP("StatusReport", "Details of the hypervisor such as version and build "
                                                           "information, primary hard disk location and pool "
                                                           "configuration")),
    "xenserver-databases": (QT_TRANSLATE_NOOP("StatusReport", "Server database"),
                            QT_TRANSLATE_NOOP("StatusReport", "The database which stores the state of the server")),
    "xenserver-domains": (QT_TRANSLATE_NOOP("StatusReport", "Server domains list"),
                          QT_TRANSLATE_NOOP("StatusReport", "List of the guest VMs installed onto the server and "
                                                            "their current states")),
    "xenserver-install": (QT_TRANSLATE_NOOP("StatusReport", "Server installation log files"),
                          QT_TRANSLATE_NOOP("StatusReport", "Log files generated during the installation of the "
                                                            "server")),
    "xenserver-logs": (QT_TRANSLATE_NOOP("StatusReport", "Server logs"),
                       QT_TRANSLATE_NOOP("StatusReport", "Log files concerning the server's activity")),
    "xenvm": (QT_TRANSLATE_NOOP("StatusReport", "Volume manager logs"),
              QT_TRANSLATE_NOOP("StatusReport", "Volume manager logs")),
    "xha-liveset": (QT_TRANSLATE_NOOP("StatusReport", "High availability liveset"),
                    QT_TRANSLATE_NOOP("StatusReport", "HA liveset")),
    "xscontainer": (QT_TRANSLATE_NOOP("StatusReport", "Container management logs"),
                    QT_TRANSLATE_NOOP("StatusReport", "Container management logs")),
    "xspvscache": (QT_TRANSLATE_NOOP("StatusReport", "PVS-Accelerator Status"),
                   QT_TRANSLATE_NOOP("StatusReport", "PVS-Accelerator Status")),
    "yum": (QT_TRANSLATE_NOOP("StatusReport", "RPM package database"),
            QT_TRANSLATE_NOOP("StatusReport", "YUM repository information and RPM package database listing")),
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
        """Its name in the user's language (the key for one XenCenter has no name for)."""
        words = NAMES.get(self.key)
        return translate("StatusReport", words[0]).format(app=APP_NAME) if words else self.key

    @property
    def description(self) -> str:
        words = NAMES.get(self.key)
        return translate("StatusReport", words[1]) if words else ""

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
        return translate("StatusReport", NEGLIGIBLE)
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
