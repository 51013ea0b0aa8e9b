"""Alerts in XenCenter's words: titles, texts, severities, filters, sort and the CSV export."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.model.model_world import World
from xencenter.model.alarms import parse_alarm, period_text, rate_text
from xencenter.model.alerts import AlertFilter, alerts_of, csv_text, date_text, sort_alerts


def message(w: World, name: str, priority: int, cls: str, obj: str, body: str = "",
            when: str = "20261201T10:00:00Z") -> str:
    obj_uuid = w.tables[{"VM": "VM", "Host": "host", "SR": "SR", "Pool": "pool"}[cls]][obj]["uuid"] if obj else "x"
    fields = {"name": name, "priority": priority, "cls": cls, "obj_uuid": obj_uuid, "body": body, "timestamp": when}
    return w.add("message", **fields)


@pytest.fixture
def world():
    w = World()
    w.h1 = w.host("h1")
    w.h2 = w.host("h2")
    w.pool_ref = w.pool("Lab", master=w.h1)
    w.web = w.vm("web", "Running", resident_on=w.h1)
    w.nfs = w.sr("NFS store", [w.h1, w.h2], shared=True, type="nfs")
    return w


def by_name(w: World) -> dict[str, object]:
    return {a.name: a for a in alerts_of(w.cache(), "lab")}


def test_known_types_read_as_xencenter_writes_them(world):
    message(world, "VM_CRASHED", 2, "VM", world.web, "raw")
    message(world, "HA_HOST_FAILED", 1, "Host", world.h2)
    message(world, "POOL_MASTER_TRANSITION", 4, "Host", world.h2)
    message(world, "POOL_CPU_FEATURES_DOWN", 5, "Pool", world.pool_ref)
    alerts = by_name(world)
    crash = alerts["VM_CRASHED"]
    assert (crash.title, crash.body, crash.severity) == ("web: VM Crashed", "Virtual machine 'web' has crashed", "Major")
    assert crash.object_cls == "VM" and crash.object_ref == world.web and crash.applies_to == "Lab"
    assert alerts["HA_HOST_FAILED"].title == "h2: Server failed"
    assert alerts["HA_HOST_FAILED"].body == "Server 'h2' has failed."
    assert alerts["POOL_MASTER_TRANSITION"].body == "Server 'h2' is now the coordinator of pool 'Lab'."
    pool = alerts["POOL_CPU_FEATURES_DOWN"]
    assert (pool.title, pool.severity) == ("Pool CPU features reduced", "Information")  # no prefix for a pool


def test_unknown_type_keeps_its_name_and_body_and_odd_priority_is_unknown(world):
    message(world, "SOMETHING_NEW", 9, "VM", world.web, "details here")
    alert = by_name(world)["SOMETHING_NEW"]
    assert (alert.title, alert.body, alert.severity) == ("web: SOMETHING_NEW", "details here", "Unknown")


def test_missing_object_keeps_the_raw_body(world):
    message(world, "VM_CRASHED", 2, "VM", None, "The VM crashed")
    alert = by_name(world)["VM_CRASHED"]
    assert (alert.title, alert.body, alert.object_ref) == ("VM Crashed", "The VM crashed", None)


def test_standalone_host_title_has_no_prefix():
    w = World()
    host = w.host("solo")
    w.pool("", master=host)
    message(w, "LICENSE_EXPIRES_SOON", 2, "Host", host)
    alert = by_name(w)["LICENSE_EXPIRES_SOON"]
    assert alert.title == "License expires soon"
    assert alert.body == "The license on host 'solo' will expire within 30 days."
    assert alert.applies_to == "solo"  # a nameless pool is its coordinator


CPU_ALARM = ("value: 0.953\nconfig:\n<variable>\n\t<name value=\"cpu_usage\"/>\n"
             "\t<alarm_trigger_level value=\"0.9\"/>\n\t<alarm_trigger_period value=\"300\"/>\n</variable>")


def test_perfmon_alarms(world):
    message(world, "ALARM", 3, "VM", world.web, CPU_ALARM)
    alert = by_name(world)["ALARM"]
    assert alert.title == "CPU Usage Alarm"
    assert alert.body == ("CPU usage on VM 'web' has been on average 95% for the last 5 minutes.\n"
                          "This alarm is set to be triggered when CPU usage is more than 90%.")
    dom0 = next(ref for ref, vm in world.tables["VM"].items() if vm["is_control_domain"] and vm["resident_on"] == world.h1)
    fs = ("value: 0.97\nconfig:\n<variable><name value=\"fs_usage\"/><alarm_trigger_level value=\"0.9\"/></variable>")
    message(world, "ALARM", 3, "VM", dom0, fs)
    fs_alert = next(a for a in alerts_of(world.cache(), "lab") if a.title.startswith("File System"))
    assert fs_alert.priority == 2 and "server 'h1'" in fs_alert.body and "XenServer's performance" in fs_alert.body


def test_storage_throughput_alarm_names_the_sr(world):
    prefix = world.tables["SR"][world.nfs]["uuid"][:8]
    body = (f"value: 12.5\nconfig:\n<variable><name value=\"sr_io_throughput_total_{prefix}\"/>"
            "<alarm_trigger_level value=\"10\"/><alarm_trigger_period value=\"60\"/></variable>")
    message(world, "ALARM", 3, "Host", world.h1, body)
    alert = by_name(world)["ALARM"]
    assert alert.title == "Storage Throughput Alarm"
    assert "server 'h1' on storage repository 'NFS store' has been 12.5 MB/s for the last 60 seconds" in alert.body


@pytest.mark.parametrize("body", ["", "value: x", "value: 1\nconfig:\n<variable>", "just words"])
def test_unreadable_alarm_bodies_fall_back(world, body):
    assert parse_alarm(body) is None or parse_alarm(body).variable == ""
    message(world, "ALARM", 3, "VM", world.web, body)
    alert = by_name(world)["ALARM"]
    assert alert.title == "Unrecognized alarm" and alert.body == body


def test_certificate_expiry_counts_days(world):
    message(world, "HOST_SERVER_CERTIFICATE_EXPIRING_14", 2, "Host", world.h1,
            "<body><message>expiring</message><date>2026-12-11T10:00:00Z</date></body>")
    alert = by_name(world)["HOST_SERVER_CERTIFICATE_EXPIRING_14"]
    assert alert.title == "Server identity certificate on h1 expiring in 10 day(s)"
    assert alert.body.startswith("The identity certificate of server 'h1' will expire on Dec 11, 2026")


def test_filters(world):
    message(world, "VM_CRASHED", 2, "VM", world.web, when="20261201T10:00:00Z")
    message(world, "VM_STARTED", 5, "VM", world.web, when="20261130T10:00:00Z")
    alerts = alerts_of(world.cache(), "lab")
    day = datetime(2026, 12, 1, tzinfo=timezone.utc)
    assert [a.name for a in alerts if AlertFilter(priorities=frozenset({2})).matches(a)] == ["VM_CRASHED"]
    assert [a.name for a in alerts if AlertFilter(since=day).matches(a)] == ["VM_CRASHED"]
    assert [a.name for a in alerts if AlertFilter(until=day - timedelta(hours=1)).matches(a)] == ["VM_STARTED"]
    assert [a.name for a in alerts if AlertFilter(text="STARTED").matches(a)] == ["VM_STARTED"]
    assert not [a for a in alerts if AlertFilter(servers=frozenset({"other"})).matches(a)]
    assert AlertFilter(text="x").active and not AlertFilter().active


def test_sort_as_xencenter(world):
    message(world, "VM_CRASHED", 2, "VM", world.web, when="20261201T10:00:00Z")
    message(world, "VM_STARTED", 5, "VM", world.web, when="20261201T11:00:00Z")
    message(world, "ODD", 0, "VM", world.web, when="20261201T09:00:00Z")
    alerts = alerts_of(world.cache(), "lab")
    assert [a.name for a in sort_alerts(alerts)] == ["VM_STARTED", "VM_CRASHED", "ODD"]  # newest first
    assert [a.name for a in sort_alerts(alerts, "severity", False)] == ["VM_CRASHED", "VM_STARTED", "ODD"]
    assert [a.name for a in sort_alerts(alerts, "message", False)] == ["ODD", "VM_CRASHED", "VM_STARTED"]


def test_csv_export_quotes_as_xencenter(world):
    message(world, "ODD", 3, "VM", world.web, 'say "hi", then go')
    text = csv_text(alerts_of(world.cache(), "lab"))
    header, line = text.splitlines()
    assert header == "Title,Severity,Description,Applies To,TimeStamp"
    assert line.startswith('"web: ODD","3","say ""hi"", then go","Lab","')


def test_words_for_numbers():
    assert rate_text(512) == "512 B/s" and rate_text(1536) == "1.5 KB/s"
    assert period_text(60) == "60 seconds" and period_text(300) == "5 minutes" and period_text(0) == "Negligible"
    assert date_text(None) == ""
    noon = datetime(2026, 3, 4, 13, 5).astimezone()  # local 1:05 PM
    assert date_text(noon) == "Mar 4, 2026 1:05 PM"
