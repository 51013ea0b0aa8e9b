"""Snapshot schedules (VMSS) in words and as xapi's records: what ``vmss.new`` sends (checked first, in words,
with xapi's own limits) and what the schedule list shows (XenCenter's formats: "Daily; at 02:00")."""

from __future__ import annotations

from typing import Any

from xencenter.model.words import QT_TRANSLATE_NOOP, Table, translate

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The days in words (``DAYS`` are xapi's values).
DAY_NAMES = Table("Schedules", {
    "Monday": QT_TRANSLATE_NOOP("Schedules", "Monday"), "Tuesday": QT_TRANSLATE_NOOP("Schedules", "Tuesday"),
    "Wednesday": QT_TRANSLATE_NOOP("Schedules", "Wednesday"), "Thursday": QT_TRANSLATE_NOOP("Schedules", "Thursday"),
    "Friday": QT_TRANSLATE_NOOP("Schedules", "Friday"), "Saturday": QT_TRANSLATE_NOOP("Schedules", "Saturday"),
    "Sunday": QT_TRANSLATE_NOOP("Schedules", "Sunday")})
MINUTES = ("0", "15", "30", "45")
TYPES = Table("Schedules", {"snapshot": QT_TRANSLATE_NOOP("Schedules", "Disks only"),
                            "checkpoint": QT_TRANSLATE_NOOP("Schedules", "Disks and memory"),
                            "snapshot_with_quiesce": QT_TRANSLATE_NOOP("Schedules", "Quiesced disks")})


def schedule_record(given: dict[str, Any]) -> dict[str, Any]:
    """The ``VMSS.create`` record for a command's parameters; ValueError says what is wrong."""
    name = str(given.get("name") or "").strip()
    if not name:
        raise ValueError("Give the schedule a name (--name).")
    keep = int(given["keep"]) if given.get("keep") is not None else 7
    if not 1 <= keep <= 10:
        raise ValueError(f"A schedule keeps between 1 and 10 snapshots of each VM, not {keep}.")
    frequency = str(given.get("frequency") or "daily")
    minute = str(given.get("minute") if given.get("minute") is not None else "0")
    if minute not in MINUTES:
        raise ValueError(f"Snapshots are taken on the quarter hour: minute 0, 15, 30 or 45, not {minute}.")
    schedule = {"min": minute}
    if frequency in ("daily", "weekly"):
        hour = int(given.get("hour") or 0)
        if not 0 <= hour <= 23:
            raise ValueError(f"The hour is from 0 to 23, not {hour}.")
        schedule["hour"] = str(hour)
    if frequency == "weekly":
        days = [d for d in DAYS if d in (given.get("day") or [])]
        if not days:
            raise ValueError("Choose at least one day for weekly snapshots (--day).")
        schedule["days"] = ",".join(days)
    return {"name_label": name, "name_description": str(given.get("description") or ""),
            "enabled": not given.get("disabled"), "type": str(given.get("type") or "snapshot"),
            "retained_snapshots": str(keep), "frequency": frequency, "schedule": schedule}


def describe(frequency: str, schedule: dict[str, str]) -> str:
    """XenCenter's words for a schedule (HOURLY/DAILY/WEEKLY_SCHEDULE_FORMAT), in the server's time."""
    minute = int(schedule.get("min", "0") or 0)
    at = f"{int(schedule.get('hour', '0') or 0):02d}:{minute:02d}"
    if frequency == "hourly":
        return translate("Schedules", "Hourly; at {minute} minutes past each hour").format(minute=minute)
    if frequency == "weekly":
        days = [DAY_NAMES[d] for d in DAYS if d in schedule.get("days", "").split(",")]
        return translate("Schedules", "Weekly; at {at} every {days}").format(
            at=at, days=translate("Schedules", ", ").join(days))
    return translate("Schedules", "Daily; at {at}").format(at=at)


def row(policy: Any) -> tuple[str, str, str, str, str, str]:
    """(name, enabled, VMs, schedule, type, last run) for the list, from a cached VMSS."""
    last = policy.last_run_time
    count = len(policy.VMs or [])
    state = translate("Schedules", "Enabled") if policy.enabled else translate("Schedules", "Disabled")
    vms = translate("Schedules", "%n VM", None, count) if count == 1 else translate("Schedules", "%n VMs", None, count)
    return (policy.name, state, vms,
            describe(str(policy.frequency), dict(policy.schedule or {})), TYPES.get(str(policy.type), str(policy.type)),
            last_run(last))


def last_run(value: Any) -> str:
    """A ``last_run_time`` (a datetime, or xapi's ``20261203T10:15:00Z``) as ``2026-12-03 10:15`` in the server's
    clock; "Never" for xapi's epoch."""
    if hasattr(value, "strftime"):
        return translate("Schedules", "Never") if value.year <= 1970 else value.strftime("%Y-%m-%d %H:%M")
    text = str(value or "").replace("-", "").replace(":", "")
    if len(text) < 13 or text[8] != "T" or text.startswith("1970"):
        return translate("Schedules", "Never")
    return f"{text[0:4]}-{text[4:6]}-{text[6:8]} {text[9:11]}:{text[11:13]}"
