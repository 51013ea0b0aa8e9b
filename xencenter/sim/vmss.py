"""Scheduled snapshots (VMSS), as xapi_vmss.ml checks them and its ``vmss`` plugin runs them.

``VMSS.create`` takes the record: ``retained_snapshots`` 1-10, the ``schedule`` keys of its ``frequency``
(hourly: ``min`` in 0/15/30/45; daily: ``hour`` 0-23 and ``min``; weekly: those and ``days``, a comma-separated
set of Monday..Sunday), missing ones filled with xapi's defaults, anything else INVALID_VALUE [field:key,
value]. ``VMSS.destroy`` refuses while VMs are assigned (VMSS_HAS_VM). ``VMSS.snapshot_now`` takes a snapshot
(``snapshot``, ``snapshot_with_quiesce``) or a checkpoint of every assigned VM, named
``<VM>-<policy>-<YYYYMMDD-HHMM>``, keeps the newest ``retained_snapshots`` the policy took of each VM (older ones
are destroyed with their disks) and sets ``last_run_time``.

The test clock: ``sim.vmss_clock(TIME)`` makes TIME (``20261203T10:15:00Z``) the schedules' now and runs every
enabled policy whose latest scheduled time up to then is after its ``last_run_time`` (and after it was made),
as xapi's scheduler does when that time comes. Times are UTC.
"""

from __future__ import annotations

import calendar
import time
from typing import Any

from . import lifecycle
from .context import Context
from .errors import XapiError
from .fieldtypes import EPOCH, NULL_REF, Date
from .registry import control, implements

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MINUTES = ("0", "15", "30", "45")
KEYS = {"hourly": ("min",), "daily": ("hour", "min"), "weekly": ("hour", "min", "days")}
DEFAULTS = {"min": "0", "hour": "0", "days": "Monday"}


def _check_value(key: str, value: str) -> str:
    bad = XapiError("INVALID_VALUE", f"schedule:{key}", value)
    if key == "min" and value not in MINUTES:
        raise bad
    if key == "hour" and not (value.isdigit() and 0 <= int(value) <= 23):
        raise bad
    if key == "days":
        days = [d.strip() for d in value.split(",") if d.strip()]
        if not days or any(d not in DAYS for d in days):
            raise bad
        return ",".join(days)
    return value


def checked_schedule(frequency: str, schedule: dict[str, str]) -> dict[str, str]:
    """The schedule xapi keeps for ``frequency``: its keys checked, missing ones defaulted, others dropped."""
    for key, value in schedule.items():
        if key in DEFAULTS:
            _check_value(key, str(value))
        else:
            raise XapiError("INVALID_VALUE", f"schedule:{key}", str(value))
    return {key: _check_value(key, str(schedule.get(key, DEFAULTS[key]))) for key in KEYS[frequency]}


def _check_retained(value: Any) -> int:
    count = int(value)
    if not 1 <= count <= 10:
        raise XapiError("INVALID_VALUE", "retained_snapshots", str(count))
    return count


def _state(ctx: Context) -> dict[str, Any]:
    """What the plugin keeps to itself: the snapshots each policy took, when each was made, the test clock."""
    return ctx.api.__dict__.setdefault("_vmss", {"taken": {}, "made": {}, "now": None})


@implements("VMSS.create")
def create(ctx: Context, record: Any) -> str:
    from .devices import create_fields

    fields = create_fields("VMSS", record)
    frequency = str(fields.get("frequency", "hourly"))
    fields["schedule"] = checked_schedule(frequency, dict(fields.get("schedule", {})))
    fields["retained_snapshots"] = _check_retained(fields.get("retained_snapshots", 7))
    fields.update(frequency=frequency, last_run_time=EPOCH, VMs=[])
    ref = ctx.store.create("VMSS", fields)
    _state(ctx)["made"][ref] = _now(ctx)
    return ref


def assigned(store: Any, vmss: str) -> list[str]:
    """The VMs whose ``snapshot_schedule`` is the policy (``VMSS.VMs``, read from its other side)."""
    return sorted(ref for ref, vm in store.records["VM"].items()
                  if vm.get("snapshot_schedule") == vmss and not vm["is_a_template"])  # snapshots copy the field


@implements("VMSS.destroy")
def destroy(ctx: Context, vmss: str) -> None:
    store = ctx.store
    with store.lock:
        store.get("VMSS", vmss)
        if assigned(store, vmss):
            raise XapiError("VMSS_HAS_VM")
        store.destroy("VMSS", vmss)


@implements("VMSS.set_retained_snapshots")
def set_retained_snapshots(ctx: Context, vmss: str, value: Any) -> None:
    ctx.store.update("VMSS", vmss, {"retained_snapshots": _check_retained(value)})


@implements("VMSS.set_frequency")
def set_frequency(ctx: Context, vmss: str, value: str) -> None:
    if value not in KEYS:
        raise XapiError("ENUM_VALUE_INVALID", "VMSS.frequency", value)  # not reached through typed wire checks
    with ctx.store.lock:
        schedule = {k: v for k, v in ctx.store.get("VMSS", vmss)["schedule"].items() if k in KEYS[value]}
        ctx.store.update("VMSS", vmss, {"frequency": value, "schedule": checked_schedule(value, schedule)})


@implements("VMSS.set_schedule")
def set_schedule(ctx: Context, vmss: str, value: dict[str, str]) -> None:
    with ctx.store.lock:
        frequency = ctx.store.get("VMSS", vmss)["frequency"]
        ctx.store.update("VMSS", vmss, {"schedule": checked_schedule(frequency, dict(value))})


@implements("VMSS.add_to_schedule")
def add_to_schedule(ctx: Context, vmss: str, key: str, value: str) -> None:
    with ctx.store.lock:
        record = ctx.store.get("VMSS", vmss)
        schedule = {**record["schedule"], key: value}
        ctx.store.update("VMSS", vmss, {"schedule": checked_schedule(record["frequency"], schedule)})


def _now(ctx: Context) -> float:
    clock = _state(ctx)["now"]
    return time.time() if clock is None else clock


def _stamp(seconds: float) -> Date:
    return Date(time.strftime("%Y%m%dT%H:%M:%SZ", time.gmtime(seconds)))


def _seconds(date: str) -> float:
    return float(calendar.timegm(time.strptime(date, "%Y%m%dT%H:%M:%SZ")))


def _destroy_snapshot(ctx: Context, snapshot: str) -> None:
    store = ctx.store
    with store.lock:
        if not store.exists("VM", snapshot):
            return
        record = store.get("VM", snapshot)
        disks = [store.get("VBD", v)["VDI"] for v in record["VBDs"] if store.exists("VBD", v)]
        disks.append(record["suspend_VDI"])
    lifecycle.destroy(ctx, snapshot)
    with store.lock:
        for vdi in disks:
            if vdi != NULL_REF and store.exists("VDI", vdi) and store.get("VDI", vdi)["type"] in ("user", "suspend"):
                if not [b for b in store.get("VDI", vdi)["VBDs"] if store.exists("VBD", b)]:
                    store.destroy("VDI", vdi)


def run_policy(ctx: Context, vmss: str, at: float) -> None:
    """One run of the policy at ``at``: a snapshot of each VM, the oldest beyond the count destroyed."""
    store = ctx.store
    with store.lock:
        record = dict(store.get("VMSS", vmss))
        vms = [(vm, store.get("VM", vm)["name_label"]) for vm in assigned(store, vmss)]
    taken = _state(ctx)["taken"].setdefault(vmss, {})
    stamp = time.strftime("%Y%m%d-%H%M", time.gmtime(at))
    for vm, name in vms:
        new_name = f"{name}-{record['name_label']}-{stamp}"
        try:
            if record["type"] == "checkpoint":
                snapshot = lifecycle.checkpoint(ctx, vm, new_name)
            else:
                snapshot = lifecycle.snapshot(ctx, vm, new_name)
        except XapiError:
            continue  # the plugin goes on with the other VMs (xapi raises a message for the one that failed)
        mine = [s for s in taken.get(vm, []) if store.exists("VM", s)] + [snapshot]
        while len(mine) > int(record["retained_snapshots"]):
            _destroy_snapshot(ctx, mine.pop(0))
        taken[vm] = mine
    store.update("VMSS", vmss, {"last_run_time": _stamp(at)})


@implements("VMSS.snapshot_now")
def snapshot_now(ctx: Context, vmss: str) -> str:
    ctx.store.get("VMSS", vmss)  # HANDLE_INVALID first
    run_policy(ctx, vmss, _now(ctx))
    return ""


def latest_due(record: dict[str, Any], now: float) -> float:
    """The policy's latest scheduled instant at or before ``now``."""
    schedule, frequency = record["schedule"], record["frequency"]
    minute = int(schedule.get("min", "0"))
    if frequency == "hourly":
        start = now - now % 3600 + minute * 60
        return start if start <= now else start - 3600
    hour = int(schedule.get("hour", "0"))
    midnight = now - now % 86400
    days = {DAYS.index(d) for d in schedule.get("days", "").split(",") if d} if frequency == "weekly" else None
    for back in range(8):
        day = midnight - back * 86400
        instant = day + hour * 3600 + minute * 60
        if instant <= now and (days is None or time.gmtime(day).tm_wday in days):
            return instant
    return float("-inf")


@control("sim.vmss_clock", "time")
def vmss_clock(ctx: Context, when: str) -> list[str]:
    """Make ``when`` the schedules' now and run what is due; returns the policies that ran."""
    state = _state(ctx)
    now = _seconds(when)
    state["now"] = now
    ran = []
    for vmss, record in list(ctx.store.records["VMSS"].items()):
        if not record["enabled"]:
            continue
        due = latest_due(record, now)
        if due > _seconds(record["last_run_time"]) and due >= state["made"].get(vmss, float("-inf")):
            run_policy(ctx, vmss, due)
            ran.append(vmss)
    return ran
