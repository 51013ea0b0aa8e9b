"""Alerts as data: xapi's ``message`` objects in XenCenter's words (its MessageAlert and AlertSummaryPage).

The Notifications > Alerts pane and ``main.py alerts`` both render these, so what the user reads is tested
here. Severity is the message's priority (1 Critical ... 5 Information, anything else Unknown); the title and
text come from XenCenter's FriendlyNames for the types it knows (``alert_texts``), perfmon alarms are read
by ``alarms``, certificate expiry counts the days left; an unknown type shows its own name and body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from xencenter.model import alarms, formats
from xencenter.model.alert_texts import BODIES, TITLES
from xencenter.model.brand import brand_of
from xencenter.model.tree import pool_display_name, pool_is_visible
from xencenter.model.values import parse_datetime
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import XenObject
    from xencenter.xenapi.records import Record

#: priority -> XenCenter's severity words (its SEVERITY_FILTER_n and their details), translated where shown
#: (context ``Alerts``).
SEVERITIES: dict[int, tuple[str, str]] = {
    1: (QT_TRANSLATE_NOOP("Alerts", "Critical"), QT_TRANSLATE_NOOP("Alerts", "Data loss imminent")),
    2: (QT_TRANSLATE_NOOP("Alerts", "Major"), QT_TRANSLATE_NOOP("Alerts", "Service loss imminent")),
    3: (QT_TRANSLATE_NOOP("Alerts", "Warning"), QT_TRANSLATE_NOOP("Alerts", "Service degraded")),
    4: (QT_TRANSLATE_NOOP("Alerts", "Minor"), QT_TRANSLATE_NOOP("Alerts", "Service recovered")),
    5: (QT_TRANSLATE_NOOP("Alerts", "Information"), QT_TRANSLATE_NOOP("Alerts", "Informational")),
    0: (QT_TRANSLATE_NOOP("Alerts", "Unknown"), QT_TRANSLATE_NOOP("Alerts", "Unknown severity")),
}
#: Types whose text names only the object.
_NAME_ONLY = frozenset("""
    ha_heartbeat_approaching_timeout ha_host_failed ha_host_was_fenced ha_protected_vm_restart_failed
    ha_statefile_approaching_timeout ha_statefile_lost ha_xapi_healthcheck_approaching_timeout
    license_does_not_support_pooling pbd_plug_failed_on_server_start vm_cloned vm_crashed vm_rebooted
    vm_resumed vm_shutdown vm_started vm_suspended metadata_lun_broken metadata_lun_healthy
    license_server_unreachable license_server_version_obsolete grace_license license_not_available
    license_expired license_server_connected license_server_unavailable host_clock_went_backwards
    pool_cpu_features_up pool_cpu_features_down host_cpu_features_up host_cpu_features_down
    vdi_cbt_resize_failed vdi_cbt_snapshot_failed vdi_cbt_metadata_inconsistent cluster_host_fencing
    cluster_host_enable_failed vm_secure_boot_failed tls_verification_emergency_disabled license_expires_soon
    gfs2_capacity vm_uncooperative vmss_snapshot_failed
""".split())
#: Types whose text names the object, then its pool.
_NAME_AND_POOL = frozenset({"host_clock_skew_detected", "pool_master_transition"})
_CERTIFICATE = re.compile(r"^(HOST_SERVER|HOST_INTERNAL|POOL_CA)_CERTIFICATE_(EXPIRED|EXPIRING_\d+)$")
_CERTIFICATE_WORDS = {
    "HOST_SERVER": (QT_TRANSLATE_NOOP("Alerts", "Server identity certificate on {0}"),
                    QT_TRANSLATE_NOOP("Alerts", "The identity certificate of server '{0}'")),
    "HOST_INTERNAL": (QT_TRANSLATE_NOOP("Alerts", "Server internal identity certificate on {0}"),
                      QT_TRANSLATE_NOOP("Alerts", "The internal identity certificate of server '{0}'")),
    "POOL_CA": (QT_TRANSLATE_NOOP("Alerts", "Trusted CA certificate on {0}"),
                QT_TRANSLATE_NOOP("Alerts", "A trusted CA certificate of '{0}'")),
}
#: The message ``cls`` -> the cache's class.
OBJECT_CLASSES = {"VM": "VM", "Host": "host", "SR": "SR", "Pool": "pool", "VDI": "VDI", "VMSS": "VMSS",
                  "VMPP": "VMPP", "PVS_proxy": "PVS_proxy", "Certificate": "Certificate"}


def severity_text(priority: int) -> str:
    return translate("Alerts", SEVERITIES.get(priority, SEVERITIES[0])[0])


def date_text(when: datetime | None) -> str:
    """XenCenter's alert date (``MMM d, yyyy h:mm tt`` in English, the locale's short format otherwise) in local
    time."""
    return formats.date_minutes(when.astimezone()) if when is not None else ""


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert as the pane shows it; ``source`` is the connection it came from."""

    source: str
    ref: str
    uuid: str
    name: str
    priority: int
    timestamp: datetime | None
    object_cls: str
    object_ref: str | None
    object_name: str
    applies_to: str
    title: str
    body: str
    raw_body: str = field(repr=False, default="")

    @property
    def severity(self) -> str:
        return severity_text(self.priority)

    @property
    def date(self) -> str:
        return date_text(self.timestamp)

    def as_json(self) -> dict[str, Any]:
        """``main.py alerts --json``: the pane's words plus xapi's identifiers."""
        return {
            "uuid": self.uuid, "ref": self.ref, "name": self.name, "priority": self.priority,
            "severity": self.severity, "server": self.applies_to,
            "object": {"class": self.object_cls, "ref": self.object_ref, "name": self.object_name},
            "title": self.title, "body": self.body,
            "timestamp": self.timestamp.isoformat() if self.timestamp else None,
        }


_SUBJECTS = {"pool": QT_TRANSLATE_NOOP("Alerts", "pool '{0}'"), "host": QT_TRANSLATE_NOOP("Alerts", "server '{0}'"),
             "VM": QT_TRANSLATE_NOOP("Alerts", "VM '{0}'"), "SR": QT_TRANSLATE_NOOP("Alerts", "storage repository '{0}'")}


def _subject(obj: XenObject | None) -> str:
    """XenCenter's GetNameAndObject: "VM 'x'", "server 'y'", ... (dom0 speaks for its host)."""
    if obj is None:
        return translate("Alerts", "unknown object")
    if obj.cls == "VM" and obj.is_control_domain:
        host = obj.resident_on
        return translate("Alerts", "server '{0}'").format(host.name if host is not None else obj.name)
    kind = _SUBJECTS.get(obj.cls, QT_TRANSLATE_NOOP("Alerts", "'{0}'"))
    return translate("Alerts", kind).format(_name(obj))


def _name(obj: XenObject) -> str:
    return pool_display_name(obj) if obj.cls == "pool" else obj.name  # type: ignore[arg-type]


def _sr_by_prefix(cache: ObjectCache, prefix: str) -> str:
    return next((sr.name for sr in cache.all("SR") if sr.uuid.startswith(prefix)), "")


def _certificate_words(kind: str, state: str, obj_name: str, body: str,
                       stamp: datetime | None) -> tuple[str, str]:
    title, subject = (translate("Alerts", text).format(obj_name) for text in _CERTIFICATE_WORDS[kind])
    match = re.search(r"<date>([^<]+)</date>", body)
    expiry = parse_datetime(match.group(1)) if match else None
    if state != "EXPIRED" and expiry is not None and stamp is not None and expiry > stamp:
        days = round((expiry - stamp).total_seconds() / 86400)
        return (translate("Alerts", "{title} expiring in %n day(s)", None, days).format(title=title),
                translate("Alerts", "{subject} will expire on {date}.").format(subject=subject, date=date_text(expiry)))
    expired = (translate("Alerts", "{subject} expired on {date}.").format(subject=subject, date=date_text(expiry))
               if expiry else translate("Alerts", "{subject} expired.").format(subject=subject))
    return translate("Alerts", "{title} expired").format(title=title), expired


def alert_of(cache: ObjectCache, source: str, ref: str, record: Record | Mapping[str, Any]) -> Alert:
    """One message record as XenCenter shows it."""
    name = str(record.get("name", ""))
    key = name.lower()
    cls = str(record.get("cls", ""))
    raw_body = str(record.get("body", ""))
    try:
        priority = int(record.get("priority", 0))
    except (TypeError, ValueError):
        priority = 0
    priority = priority if priority in SEVERITIES else 0
    stamp = parse_datetime(record.get("timestamp"))
    obj = cache.find_by_uuid(str(record.get("obj_uuid", "")))
    if obj is not None and obj.cls != OBJECT_CLASSES.get(cls, obj.cls):
        obj = None
    pool = cache.pool()
    pool_name = pool_display_name(pool) if pool is not None else ""
    obj_name = _name(obj) if obj is not None else ""
    title, body = (translate("AlertTitles", TITLES[key]) if key in TITLES else name), raw_body
    if key in _NAME_ONLY and obj is not None and key in BODIES:
        body = translate("AlertBodies", BODIES[key]).format(obj_name)
    elif key in _NAME_AND_POOL and obj is not None:
        body = translate("AlertBodies", BODIES[key]).format(obj_name, pool_name)
    elif key in ("ha_pool_drop_in_plan_exists_for", "ha_pool_overcommitted") and raw_body.strip().isdigit():
        failures = int(raw_body)
        variant = "0" if failures == 0 else "1" if failures == 1 else "n"
        body = translate("AlertBodies", BODIES[f"ha_pool_drop_in_plan_exists_for-{variant}"]).format(pool_name,
                                                                                                    failures)
    elif name == "ALARM" and (alarm := alarms.parse_alarm(raw_body)) is not None:
        sr_name = _sr_by_prefix(cache, alarm.sr_prefix) if alarm.sr_prefix else ""
        words = alarms.alarm_words(alarm, _subject(obj), sr_name, brand_of(cache).product)
        if words is not None:
            title, body = words
        priority = alarms.PRIORITIES.get(alarm.variable, priority)
    elif (match := _CERTIFICATE.match(name)) is not None:
        title, body = _certificate_words(match.group(1), match.group(2), obj_name or pool_name, raw_body, stamp)
    if name != "ALARM" and cls != "Pool" and obj is not None and not _CERTIFICATE.match(name):
        hosts = cache.count("host")
        if obj.cls != "host" or pool_is_visible(pool, hosts):
            title = translate("Alerts", "{name}: {title}").format(name=obj_name, title=title)
    return Alert(source, ref, str(record.get("uuid", "")), name, priority, stamp, cls,
                 obj.ref if obj is not None else None, obj_name, pool_name or str(record.get("obj_uuid", "")),
                 title, body, raw_body)


def alerts_of(cache: ObjectCache, source: str) -> list[Alert]:
    """Every message in one connection's cache."""
    return [alert_of(cache, source, ref, record) for ref, record in cache.items("message")]


@dataclass(frozen=True, slots=True)
class AlertFilter:
    """The pane's filters: empty sets mean every severity / server."""

    priorities: frozenset[int] = frozenset()
    servers: frozenset[str] = frozenset()
    since: datetime | None = None
    until: datetime | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.priorities or self.servers or self.since or self.until or self.text)

    def matches(self, alert: Alert) -> bool:
        if self.priorities and alert.priority not in self.priorities:
            return False
        if self.servers and alert.source not in self.servers:
            return False
        stamp = alert.timestamp or datetime.fromtimestamp(0, timezone.utc)
        if (self.since and stamp < self.since) or (self.until and stamp > self.until):
            return False
        needle = self.text.strip().lower()
        return not needle or any(needle in text.lower() for text in
                                 (alert.title, alert.body, alert.object_name, alert.applies_to, alert.name))


def _priority_rank(alert: Alert) -> int:
    return alert.priority or 6  # Unknown sorts below Information, as XenCenter's CompareOnPriority


#: Column -> XenCenter's comparer (each breaks ties by name, then uuid).
SORT_KEYS: dict[str, Any] = {
    "severity": lambda a: (_priority_rank(a), a.uuid),
    "message": lambda a: (a.title, a.name, a.uuid),
    "location": lambda a: (a.applies_to, a.name, a.uuid),
    "date": lambda a: (a.timestamp or datetime.fromtimestamp(0, timezone.utc), a.name, a.uuid),
}


def sort_alerts(alerts: Iterable[Alert], column: str = "date", descending: bool = True) -> list[Alert]:
    """XenCenter's default is newest first."""
    return sorted(alerts, key=SORT_KEYS[column], reverse=descending)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def csv_line(alert: Alert) -> str:
    """XenCenter's GetAlertDetailsCSVQuotes: title, severity (its number), text, applies to, date."""
    priority = str(alert.priority) if alert.priority else "Unknown"
    return ",".join(_quoted(v) for v in (alert.title, priority, alert.body, alert.applies_to, alert.date))


def csv_text(alerts: Sequence[Alert]) -> str:
    """The Export All file, header first, as XenCenter writes it."""
    return "\n".join(["Title,Severity,Description,Applies To,TimeStamp", *map(csv_line, alerts)]) + "\n"
