"""Performance alerts as xapi's perfmon daemon and XenCenter read them: an XML document in the object's
``other_config["perfmon"]``, one ``<variable>`` per alert::

    <config><variable><name value="cpu_usage" /><alarm_trigger_level value="0.5" />
    <alarm_trigger_period value="60" /><alarm_auto_inhibit_period value="3600" /></variable></config>

xapi keeps the level in its own unit (a fraction for CPU, B/s for network, KiB for free memory...); the pages
show XenCenter's units (%, KB/s, MB, minutes) and the conversions are XenCenter's (``PerfmonAlertEditPage``).
A host's control-domain memory alert lives on the host's dom0 VM, as XenCenter writes it. Qt-free.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from xencenter.model.edits import Change, map_entry
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.objects import VM, XenObject

log = logging.getLogger(__name__)

KEY = "perfmon"
DEFAULT_INTERVAL_MIN = 60  # XenCenter's "Alert repeat interval" default
INTERVAL_STEP_MIN = 5


@dataclass(frozen=True)
class AlertKind:
    """One alert XenCenter offers: its perfmon name, the classes that have it, and its page's words and units."""

    name: str
    key: str  # the command line's short name
    classes: tuple[str, ...]
    check_words: str  # the check box
    level_words: str
    unit: str
    to_gui: Decimal  # gui = xapi * to_gui
    default: int
    minimum: int = 1
    maximum: int = 2**31 - 1
    summary_words: str = ""  # "CPU {level}%": the page list's one line

    @property
    def check(self) -> str:
        """The check box's text in the user's language."""
        return translate("Perfmon", self.check_words)

    @property
    def level_label(self) -> str:
        return translate("Perfmon", self.level_words)

    @property
    def summary(self) -> str:
        return translate("Perfmon", self.summary_words)

    def gui_level(self, xapi_level: Decimal) -> Decimal:
        return xapi_level * self.to_gui

    def xapi_level(self, gui_level: Decimal) -> Decimal:
        return gui_level / self.to_gui


CPU = AlertKind("cpu_usage", "cpu", ("host", "VM"), QT_TRANSLATE_NOOP("Perfmon", "Generate CPU usage alerts"),
                QT_TRANSLATE_NOOP("Perfmon", "When CPU usage exceeds:"), "%", Decimal(100), 50, 5, 100, "CPU {level}%")
NETWORK = AlertKind("network_usage", "network", ("host", "VM"), QT_TRANSLATE_NOOP("Perfmon", "Generate network usage alerts"),
                    QT_TRANSLATE_NOOP("Perfmon", "When network usage exceeds:"), "KB/s", Decimal(1) / 1024, 100,
                    summary_words=QT_TRANSLATE_NOOP("Perfmon", "Network {level} KB/s"))
DISK = AlertKind("disk_usage", "disk", ("VM",), QT_TRANSLATE_NOOP("Perfmon", "Generate disk usage alerts"),
                 QT_TRANSLATE_NOOP("Perfmon", "When disk usage exceeds:"), "KB/s", Decimal(1) / 1024, 1000,
                 summary_words=QT_TRANSLATE_NOOP("Perfmon", "Disk {level} KB/s"))
MEMORY = AlertKind("memory_free_kib", "memory", ("host",), QT_TRANSLATE_NOOP("Perfmon", "Generate memory usage alerts"),
                   QT_TRANSLATE_NOOP("Perfmon", "When free memory falls below:"), "MB", Decimal(1) / 1024, 1000,
                   summary_words=QT_TRANSLATE_NOOP("Perfmon", "Free memory {level} MB"))
DOM0_MEMORY = AlertKind("mem_usage", "dom0-memory", ("host",), QT_TRANSLATE_NOOP("Perfmon", "Generate control domain memory usage alerts"),
                        QT_TRANSLATE_NOOP("Perfmon", "When control domain memory usage exceeds:"), "%", Decimal(100), 95, 5, 100,
                        QT_TRANSLATE_NOOP("Perfmon", "Control domain memory {level}%"))
SR_THROUGHPUT = AlertKind("sr_io_throughput_total_per_host", "sr-throughput", ("SR",),
                          QT_TRANSLATE_NOOP("Perfmon", "Generate storage throughput alerts"),
                          QT_TRANSLATE_NOOP("Perfmon", "When SR throughput for any host exceeds:"), "KB/s", Decimal(1024), 1000,
                          summary_words=QT_TRANSLATE_NOOP("Perfmon", "Throughput {level} KB/s"))
SR_USAGE = AlertKind("physical_utilisation", "sr-usage", ("SR",), QT_TRANSLATE_NOOP("Perfmon", "Generate storage repository disk space alerts"),
                     QT_TRANSLATE_NOOP("Perfmon", "When SR physical utilization exceeds:"), "%", Decimal(100), 80, 1, 100,
                     QT_TRANSLATE_NOOP("Perfmon", "Disk space {level}%"))
KINDS = (CPU, NETWORK, DISK, MEMORY, DOM0_MEMORY, SR_THROUGHPUT, SR_USAGE)
BY_KEY = {k.key: k for k in KINDS}


def kinds_for(cls: str) -> list[AlertKind]:
    return [k for k in KINDS if cls in k.classes]


@dataclass(frozen=True)
class Definition:
    """One ``<variable>``: level in xapi's unit, period and inhibit in seconds."""

    name: str
    level: Decimal
    period: Decimal = Decimal(60)
    inhibit: Decimal = Decimal(DEFAULT_INTERVAL_MIN * 60)


def parse(xml: str | None) -> list[Definition]:
    """The definitions in a perfmon document; unreadable variables are skipped and logged, as XenCenter does."""
    if not xml or not xml.strip():
        return []
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        log.debug("perfmon configuration is not XML: %.200s", xml)
        return []
    found = []
    for variable in root:
        values = {child.tag: child.get("value") for child in variable}
        try:
            found.append(Definition(values["name"] or "", Decimal(values["alarm_trigger_level"] or ""),
                                    Decimal(values.get("alarm_trigger_period") or 60),
                                    Decimal(values.get("alarm_auto_inhibit_period") or DEFAULT_INTERVAL_MIN * 60)))
        except (KeyError, InvalidOperation):
            log.debug("skipping unreadable perfmon variable %.200s", ET.tostring(variable, encoding="unicode"))
    return found


def _number(value: Decimal) -> str:
    """Invariant decimal text without a needless exponent or trailing zeros (0.5, 60, 102400)."""
    return format(value.normalize(), "f")


def to_xml(definitions: list[Definition]) -> str:
    """The document XenCenter writes (``XmlDocument.OuterXml``: ``<name value="cpu_usage" />``)."""
    parts = ["<config>"]
    for d in definitions:
        parts.append(f'<variable><name value="{d.name}" /><alarm_trigger_level value="{_number(d.level)}" />'
                     f'<alarm_trigger_period value="{_number(d.period)}" />'
                     f'<alarm_auto_inhibit_period value="{_number(d.inhibit)}" /></variable>')
    parts.append("</config>")
    return "".join(parts)


@dataclass(frozen=True)
class AlertSetting:
    """One alert as the page edits it, in XenCenter's units: level, minutes."""

    kind: str  # AlertKind.key
    level: Decimal
    minutes: int


@dataclass(frozen=True)
class AlertSettings:
    """The Alerts page of one object: the alerts that are on, and the one repeat interval (minutes)."""

    alerts: tuple[AlertSetting, ...]
    interval: int = DEFAULT_INTERVAL_MIN

    @classmethod
    def of(cls, obj: XenObject) -> AlertSettings:
        kinds = {k.name: k for k in kinds_for(obj.cls)}
        definitions = [d for d in parse(obj.other_config.get(KEY)) if d.name in kinds]
        dom0 = control_domain(obj)
        if dom0 is not None and DOM0_MEMORY in kinds.values():
            definitions += [d for d in parse(dom0.other_config.get(KEY)) if d.name == DOM0_MEMORY.name]
        alerts = tuple(AlertSetting(kinds[d.name].key, kinds[d.name].gui_level(d.level).normalize(),
                                    max(int(d.period // 60), 1)) for d in definitions)
        interval = int(definitions[0].inhibit // 60) if definitions else DEFAULT_INTERVAL_MIN
        return cls(tuple(sorted(alerts, key=lambda a: list(BY_KEY).index(a.kind))), interval)

    def get(self, key: str) -> AlertSetting | None:
        return next((a for a in self.alerts if a.kind == key), None)

    def summary(self) -> str:
        """The page list's line: XenCenter's sub-texts joined, or "None defined"."""
        texts = [BY_KEY[a.kind].summary.format(level=_number(a.level)) for a in self.alerts]
        return translate("Perfmon", "; ").join(texts) or translate("Perfmon", "None defined")

    def problem(self) -> str:
        if self.interval % INTERVAL_STEP_MIN:
            return translate("Perfmon", "The alert repeat interval must be a multiple of {step} minutes.").format(
                step=INTERVAL_STEP_MIN)
        return ""

    def definitions(self, keys: set[str]) -> list[Definition]:
        inhibit = Decimal(self.interval * 60)
        return [Definition(BY_KEY[a.kind].name, BY_KEY[a.kind].xapi_level(a.level), Decimal(a.minutes * 60), inhibit)
                for a in self.alerts if a.kind in keys]


def control_domain(obj: XenObject) -> VM | None:
    """A host's dom0 VM (its ``control_domain``, else the control domain resident on it)."""
    if obj.cls != "host":
        return None
    dom0 = getattr(obj, "control_domain", None)
    if dom0 is not None:
        return dom0
    return next((vm for vm in obj.cache.all("VM") if vm.is_control_domain and vm.record.resident_on == obj.ref), None)


def alert_changes(obj: XenObject, before: AlertSettings, after: AlertSettings) -> list[Change]:
    """The calls XenCenter's PerfmonDefinitionAction makes: the object's document rewritten (or removed when no
    alert is left), the dom0 memory alert on the control domain, then perfmon told to re-read (``refresh``) on
    the hosts concerned."""
    if after == before:
        return []
    what = "the performance alerts"
    cls, own = obj.cls, {k.key for k in kinds_for(obj.cls)} - {DOM0_MEMORY.key}
    definitions = after.definitions(own)
    calls = map_entry(cls, "other_config", obj.ref, KEY, to_xml(definitions) if definitions else "", what)
    dom0 = control_domain(obj)
    if dom0 is not None and before.get(DOM0_MEMORY.key) != after.get(DOM0_MEMORY.key):
        others = [d for d in parse(dom0.other_config.get(KEY)) if d.name != DOM0_MEMORY.name]
        on_dom0 = others + after.definitions({DOM0_MEMORY.key})
        calls += map_entry("VM", "other_config", dom0.ref, KEY, to_xml(on_dom0) if on_dom0 else "", what)
    for host in _hosts_of(obj):
        calls.append(Change("host.call_plugin", (host, "perfmon", "refresh", {}), "perfmon's configuration"))
    return calls


def _hosts_of(obj: XenObject) -> list[str]:
    if obj.cls == "host":
        return [obj.ref]
    if obj.cls == "SR":
        return sorted({pbd.record.host for pbd in obj.cache.all("PBD") if pbd.record.SR == obj.ref})
    resident = getattr(obj.record, "resident_on", None) if obj.cls == "VM" else None
    return [resident] if resident and resident != "OpaqueRef:NULL" else []


def parse_alert(text: str, cls: str) -> AlertSetting:
    """``KIND=LEVEL[/MINUTES]`` from the command line, in the page's units (``cpu=90/5``: 90 % for 5 minutes)."""
    key, sep, rest = text.partition("=")
    kinds = {k.key: k for k in kinds_for(cls)}
    if not sep or key not in kinds:
        raise ValueError(f"'{text}' is not KIND=LEVEL[/MINUTES] with KIND one of {', '.join(kinds)}.")
    level_text, _, minutes_text = rest.partition("/")
    kind = kinds[key]
    try:
        level, minutes = Decimal(level_text), int(minutes_text or 1)
    except (InvalidOperation, ValueError):
        raise ValueError(f"'{text}': the level and minutes must be numbers.") from None
    if not kind.minimum <= level <= kind.maximum:
        raise ValueError(f"'{text}': the level must be between {kind.minimum} and {kind.maximum} {kind.unit}.")
    if not 1 <= minutes <= 60:
        raise ValueError(f"'{text}': the duration must be between 1 and 60 minutes.")
    return AlertSetting(key, level, minutes)
