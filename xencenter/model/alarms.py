"""Performance alarms (message type ALARM) in XenCenter's words (its AlarmMessageAlert).

xapi's perfmon writes the body as ``value: 0.953`` then ``config:`` and the ``<variable>`` XML of the
threshold that fired (name, alarm_trigger_level, alarm_trigger_period). The variable's name says what was
measured; a body that cannot be read keeps the generic ALARM words.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from xencenter.model import formats
from xencenter.model.summaries import size_text
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

KIB = 1024

#: variable name -> (title, description pattern, value kind); the words translated where an alert is made.
ALARMS: dict[str, tuple[str, str, str]] = {
    "cpu_usage": (QT_TRANSLATE_NOOP("Alarms", "CPU Usage Alarm"),
                  QT_TRANSLATE_NOOP("Alarms", "CPU usage on {0} has been on average {1} for the last {2}.\n"
                  "This alarm is set to be triggered when CPU usage is more than {3}."), "percent"),
    "network_usage": (QT_TRANSLATE_NOOP("Alarms", "Network Usage Alarm"),
                      QT_TRANSLATE_NOOP("Alarms", "Network usage on {0} has been on average {1} for the last {2}.\n"
                      "This alarm is set to be triggered when network usage is more than {3}."), "rate"),
    "disk_usage": (QT_TRANSLATE_NOOP("Alarms", "Disk Usage Alarm"),
                   QT_TRANSLATE_NOOP("Alarms", "Disk usage on {0} has been on average {1} for the last {2}.\n"
                   "This alarm is set to be triggered when disk usage is more than {3}."), "rate"),
    "memory_free_kib": (QT_TRANSLATE_NOOP("Alarms", "Memory Usage Alarm"),
                        QT_TRANSLATE_NOOP("Alarms", "Free memory on {0} has been {1} for the last {2}.\n"
                        "This alarm is set to be triggered when free memory falls below {3}."), "kib"),
    "fs_usage": (QT_TRANSLATE_NOOP("Alarms", "File System on Control Domain Full"),
                 QT_TRANSLATE_NOOP("Alarms", "Disk usage for the Control Domain on {0} has reached {1}. {4}'s performance will be critically "
                 "affected if this disk becomes full. Log files or other non-essential (user created) files should "
                 "be removed."), "percent"),
    "log_fs_usage": (QT_TRANSLATE_NOOP("Alarms", "File System on Logs Partition Full"),
                     QT_TRANSLATE_NOOP("Alarms", "The disk usage for the Logs Partition on {0} has reached {1}. Logging will be critically "
                     "affected if this disk becomes full. Old log files should be removed."), "percent"),
    "mem_usage": (QT_TRANSLATE_NOOP("Alarms", "Control Domain Memory Demand Alarm"),
                  QT_TRANSLATE_NOOP("Alarms", "The memory required by the control domain on {0} is {1} of its allocated memory. Occasional "
                  "performance degradation can be expected when memory swapping is forced to happen.\n"
                  "This alarm is set to be triggered when the memory required by the control domain is above {3} "
                  "of its allocated memory."), "percent"),
    "physical_utilisation": (QT_TRANSLATE_NOOP("Alarms", "SR Disk Space Alarm"),
                             QT_TRANSLATE_NOOP("Alarms", "The physical utilization on {0} is about {1} of its capacity. \n"
                             "This alarm is set to be triggered when the physical utilization of the SR goes above "
                             "{3}."), "percent"),
}
STORAGE = (QT_TRANSLATE_NOOP("Alarms", "Storage Throughput Alarm"),
           QT_TRANSLATE_NOOP("Alarms", "The total read and write throughput of {0} on storage repository '{5}' has been {1} for the last {2}.\n"
           "This alarm is set to be triggered when the total throughput exceeds {3}."), "mib_rate")
#: xapi's per-SR throughput variable: ``sr_io_throughput_total_<first 8 of the SR uuid>``.
SR_VARIABLE = re.compile(r"^sr_io_throughput_total_([0-9a-f]{8})$")
#: XenCenter raises these two above what xapi sent (a full dom0 disk stops the host).
PRIORITIES = {"fs_usage": 2, "log_fs_usage": 3}


@dataclass(frozen=True, slots=True)
class Alarm:
    """What one ALARM message says."""

    variable: str
    value: float
    level: float
    period: int

    @property
    def sr_prefix(self) -> str | None:
        match = SR_VARIABLE.match(self.variable)
        return match.group(1) if match else None


def parse_alarm(body: str) -> Alarm | None:
    """The alarm in a perfmon body, or None when the body is not perfmon's."""
    lines = body.split("\n")
    if len(lines) < 2 or not lines[0].startswith("value:"):
        return None
    try:
        value = float(lines[0][len("value:"):].strip())
        root = ET.fromstring("".join(lines[1:]).replace("config:", "", 1))
    except (ValueError, ET.ParseError):
        return None

    def attribute(tag: str) -> str:
        node = root.find(f".//{tag}") if root.tag != tag else root
        return node.get("value", "") if node is not None else ""

    try:
        level = float(attribute("alarm_trigger_level") or 0)
        period = int(float(attribute("alarm_trigger_period") or 0))
    except ValueError:
        level, period = 0.0, 0
    return Alarm(attribute("name"), value, level, period)


def percent_text(fraction: float) -> str:
    """XenCenter's PercentageString: a fraction as a whole percentage."""
    return formats.percent(round(fraction * 100))


def rate_text(bytes_per_second: float) -> str:
    """XenCenter's DataRateString: bytes per second in the largest binary unit."""
    value = bytes_per_second
    for unit in ("B/s", "KB/s", "MB/s", "GB/s"):
        if value < KIB or unit == "GB/s":
            return f"{formats.fixed(value, 0)} {unit}" if unit == "B/s" else f"{formats.fixed(value, 1)} {unit}"
        value /= KIB
    raise AssertionError("unreachable")


def period_text(seconds: int) -> str:
    """XenCenter's TimeString."""
    if seconds >= 120:
        return translate("Alarms", "%n minutes", None, seconds // 60)
    return translate("Alarms", "%n seconds", None, seconds) if seconds > 0 else translate("Alarms", "Negligible")


def _values(kind: str, alarm: Alarm) -> tuple[str, str]:
    if kind == "percent":
        return percent_text(alarm.value), percent_text(alarm.level)
    if kind == "kib":
        return size_text(int(alarm.value * KIB)), size_text(int(alarm.level * KIB))
    if kind == "mib_rate":
        return rate_text(alarm.value * KIB * KIB), rate_text(alarm.level * KIB * KIB)
    return rate_text(alarm.value), rate_text(alarm.level)


def alarm_words(alarm: Alarm, subject: str, sr_name: str, brand: str) -> tuple[str, str] | None:
    """(title, description) for a known variable; ``subject`` is XenCenter's "VM 'x'" / "server 'y'"."""
    known = STORAGE if alarm.sr_prefix else ALARMS.get(alarm.variable)
    if known is None:
        return None
    title, pattern, kind = known
    value, level = _values(kind, alarm)
    return translate("Alarms", title), translate("Alarms", pattern).format(subject, value, period_text(alarm.period),
                                                                            level, brand, sr_name)
