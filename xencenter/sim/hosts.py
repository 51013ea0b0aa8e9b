"""host.* and pool-level calls that are more than field access.

``host.evacuate`` live-migrates the host's running VMs to the other enabled, live hosts (largest first, each
to the host with the most free memory), or fails before moving any: NO_HOSTS_AVAILABLE [vm] without another
host, HOST_NOT_ENOUGH_FREE_MEMORY [vm] when one does not fit, or the VM's own refusal (VM_BAD_POWER_STATE
for a paused one, OTHER_OPERATION_IN_PROGRESS, OPERATION_BLOCKED). ``host.reboot`` needs the host disabled
(HOST_NOT_DISABLED) and without running VMs (HOST_IN_USE [host, "vm", vm]); its metrics say not live for
the simulated time, then it comes back enabled with a new boot time. Its endpoint keeps serving meanwhile.
"""

from __future__ import annotations

import time
from typing import Any

from . import memory
from .context import Context, now_iso
from .errors import XapiError
from .fieldtypes import Date
from .lifecycle import host_can_run_vms, migrate
from .registry import implements
from .store import Store, new_ref
from .vmrules import allowed_operations, check_operation


@implements("host.get_servertime")
def get_servertime(ctx: Context, host: str) -> Date:
    ctx.store.get("host", host)
    return now_iso()


@implements("host.get_server_localtime")
def get_server_localtime(ctx: Context, host: str) -> Date:
    ctx.store.get("host", host)
    return Date(time.strftime("%Y%m%dT%H:%M:%S", time.localtime()))


@implements("host.enable")
def enable(ctx: Context, host: str) -> None:
    ctx.store.get("host", host)
    ctx.store.update("host", host, {"enabled": True})


@implements("host.disable")
def disable(ctx: Context, host: str, auto_enable: bool = True) -> None:
    ctx.store.get("host", host)
    ctx.store.update("host", host, {"enabled": False})


def _guests(store: Store, host: str) -> list[str]:
    vms = store.records["VM"]
    return [ref for ref in store.get("host", host)["resident_VMs"] if ref in vms and not vms[ref]["is_control_domain"]]


def _evacuation_plan(store: Store, host: str) -> dict[str, str]:
    """VM -> the host it moves to; raises the first reason one cannot move, as xapi's planner does."""
    guests = _guests(store, host)
    for vm in guests:
        check_operation(vm, store.get("VM", vm), "pool_migrate")
    targets = [ref for ref in store.records["host"] if ref != host and host_can_run_vms(store, ref)]
    if guests and not targets:
        raise XapiError("NO_HOSTS_AVAILABLE", guests[0])
    free = {ref: memory.free_memory(store.records, ref) for ref in targets}
    plan = {}
    for vm in sorted(guests, key=lambda ref: -memory.footprint(store.records, store.get("VM", ref))):
        target = max(targets, key=lambda ref: free[ref])
        need = memory.footprint(store.records, store.get("VM", vm))
        if free[target] < need:
            raise XapiError("HOST_NOT_ENOUGH_FREE_MEMORY", vm)
        plan[vm] = target
        free[target] -= need
    return plan


def _check_idle(store: Store, host: str) -> None:
    busy = store.get("host", host)["current_operations"]
    if busy:
        raise XapiError("OTHER_OPERATION_IN_PROGRESS", "host", host, next(iter(busy.values())))


def _set_operations(store: Store, cls: str, ref: str, op_id: str, op: str | None) -> None:
    """Add (``op``) or remove (None) one entry of ``current_operations``; a VM's allowed ones follow."""
    record = store.get(cls, ref)
    ops = {k: v for k, v in record["current_operations"].items() if k != op_id}
    if op is not None:
        ops[op_id] = op
    changes: dict[str, Any] = {"current_operations": ops}
    if cls == "VM":
        changes["allowed_operations"] = allowed_operations({**record, **changes})
    store.update(cls, ref, changes)


@implements("host.evacuate")
def evacuate(ctx: Context, host: str, network: str = "", evacuate_batch_size: int = 0) -> None:
    store = ctx.store
    op_id = ctx.task or new_ref()
    with store.lock:
        _check_idle(store, host)
        plan = _evacuation_plan(store, host)
        _set_operations(store, "host", host, op_id, "evacuate")
        for vm in plan:
            _set_operations(store, "VM", vm, op_id, "pool_migrate")
    try:
        ctx.work()
        with store.lock:
            for vm, target in plan.items():
                store.update("VM", vm, migrate(ctx, store.get("VM", vm), target))
    finally:
        with store.lock:
            for vm in plan:
                if store.exists("VM", vm):
                    _set_operations(store, "VM", vm, op_id, None)
            _set_operations(store, "host", host, op_id, None)


@implements("host.reboot")
def reboot(ctx: Context, host: str) -> None:
    store = ctx.store
    op_id = ctx.task or new_ref()
    with store.lock:
        record = store.get("host", host)
        if record["enabled"]:
            raise XapiError("HOST_NOT_DISABLED")
        running = [vm for vm in _guests(store, host) if store.get("VM", vm)["power_state"] != "Halted"]
        if running:
            raise XapiError("HOST_IN_USE", host, "vm", running[0])
        _check_idle(store, host)
        if ctx.task:  # a reboot cannot be called back
            store.update("task", ctx.task, {"allowed_operations": []})
        _set_operations(store, "host", host, op_id, "reboot")
        _set_live(store, record["metrics"], False)
    try:
        ctx.work()
    finally:
        with store.lock:
            booted = f"{time.time():.0f}."
            other_config = {**store.get("host", host)["other_config"], "boot_time": booted, "agent_start_time": booted}
            store.update("host", host, {"enabled": True, "other_config": other_config})
            _set_live(store, record["metrics"], True)
            _set_operations(store, "host", host, op_id, None)


def _set_live(store: Store, metrics: str, live: bool) -> None:
    if store.exists("host_metrics", metrics):
        store.update("host_metrics", metrics, {"live": live, "last_updated": now_iso()})
