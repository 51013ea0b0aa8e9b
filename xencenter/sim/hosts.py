"""host.* and pool-level calls that are more than field access.

``host.evacuate`` live-migrates the host's running VMs to the other enabled, live hosts (largest first, each
to the host with the most free memory), or fails before moving any: NO_HOSTS_AVAILABLE [vm] without another
host, HOST_NOT_ENOUGH_FREE_MEMORY [vm] when one does not fit, or the VM's own refusal (VM_BAD_POWER_STATE
for a paused one, OTHER_OPERATION_IN_PROGRESS, OPERATION_BLOCKED). ``host.reboot`` needs the host disabled
(HOST_NOT_DISABLED) and without running VMs (HOST_IN_USE [host, "vm", vm]); its metrics say not live for
the simulated time, then it comes back enabled with a new boot time. Its endpoint keeps serving meanwhile.
``host.shutdown`` has the same checks; the host stays down (metrics not live, its endpoint stops) until
``host.power_on`` (HOST_IS_LIVE, HOST_POWER_ON_MODE_DISABLED) boots it again. ``host.restart_agent`` answers,
then the host's xapi is away for the operation's time (on the coordinator every session and task is lost, as
they are not persisted) and comes back with a new ``agent_start_time``. ``host.allowed_operations`` follows xapi_host_helpers.valid_operations.
"""

from __future__ import annotations

import time
from typing import Any

from . import memory
from .context import Context, now_iso, spawn
from .errors import XapiError
from .fieldtypes import Date
from .lifecycle import host_can_run_vms, migrate
from .placement import assert_can_boot_here
from .registry import implements
from .store import Record, Store, new_ref
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
    settle(ctx.store, host)


@implements("host.disable")
def disable(ctx: Context, host: str, auto_enable: bool = True) -> None:
    ctx.store.get("host", host)
    ctx.store.update("host", host, {"enabled": False})
    settle(ctx.store, host)


def _guests(store: Store, host: str) -> list[str]:
    vms = store.records["VM"]
    return [ref for ref in store.get("host", host)["resident_VMs"] if ref in vms and not vms[ref]["is_control_domain"]]


def evacuation_plans(store: Store, host: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """As xapi's ``compute_evacuation_plan_no_wlb``: VM -> the host it moves to, and VM -> why it cannot move.
    Without another enabled, live host every guest is NO_HOSTS_AVAILABLE; else a guest some target cannot run
    gets that target's ``assert_can_boot_here`` error (VM_REQUIRES_SR for local disks...), one whose own state
    refuses pool_migrate that error (it wins), and what the memory binpack (largest first, each to the host
    with the most free memory) cannot place HOST_NOT_ENOUGH_FREE_MEMORY [vm]."""
    guests = [vm for vm in _guests(store, host) if store.get("VM", vm)["power_state"] != "Halted"]
    targets = [ref for ref in store.records["host"] if ref != host and host_can_run_vms(store, ref)]
    if guests and not targets:
        return {}, {vm: ["NO_HOSTS_AVAILABLE", vm] for vm in guests}
    errors: dict[str, list[str]] = {}
    for vm in guests:
        record = store.get("VM", vm)
        try:
            for target in targets:
                assert_can_boot_here(store, vm, record, target, do_memory_check=False)
        except XapiError as error:
            errors[vm] = error.description
        try:
            check_operation(vm, record, "pool_migrate")
        except XapiError as error:
            errors[vm] = error.description
    free = {ref: memory.free_memory(store.records, ref) for ref in targets}
    plan = {}
    movable = [vm for vm in guests if vm not in errors]
    for vm in sorted(movable, key=lambda ref: -memory.footprint(store.records, store.get("VM", ref))):
        target = max(targets, key=lambda ref: free[ref])
        need = memory.footprint(store.records, store.get("VM", vm))
        if free[target] < need:
            errors[vm] = ["HOST_NOT_ENOUGH_FREE_MEMORY", vm]
            continue
        plan[vm] = target
        free[target] -= need
    return plan, errors


def _evacuation_plan(store: Store, host: str) -> dict[str, str]:
    """VM -> the host it moves to; raises the first guest's reason it cannot move (all or none move)."""
    plan, errors = evacuation_plans(store, host)
    for vm in _guests(store, host):
        if vm in errors:
            raise XapiError(*errors[vm])
    return plan


@implements("host.get_vms_which_prevent_evacuation")
def get_vms_which_prevent_evacuation(ctx: Context, host: str) -> dict[str, list[str]]:
    with ctx.store.lock:
        ctx.store.get("host", host)
        return evacuation_plans(ctx.store, host)[1]


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
    if cls == "host":
        settle(store, ref)


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


def _check_power_off(store: Store, host: str, op: str) -> Record:
    """xapi's checks before a host reboot or shutdown: the host's operation table, then no guest running."""
    record = store.get("host", host)
    check_host_operation(store, host, op)
    running = [vm for vm in _guests(store, host) if store.get("VM", vm)["power_state"] != "Halted"]
    if running:
        raise XapiError("HOST_IN_USE", host, "vm", running[0])
    return record


def _uncancellable(ctx: Context) -> None:
    if ctx.task:  # a reboot or shutdown cannot be called back
        ctx.store.update("task", ctx.task, {"allowed_operations": []})


def _power_off(ctx: Context, host: str, operation: str) -> str:
    """The start of a reboot or shutdown (checked, not cancellable, shown running, the host not live at once);
    returns the operation's id."""
    store = ctx.store
    op_id = ctx.task or new_ref()
    with store.lock:
        record = _check_power_off(store, host, operation)
        _uncancellable(ctx)
        _set_operations(store, "host", host, op_id, operation)
        _set_live(store, record["metrics"], False)
    return op_id


@implements("host.reboot")
def reboot(ctx: Context, host: str) -> None:
    store = ctx.store
    op_id = _power_off(ctx, host, "reboot")
    try:
        ctx.work()
    finally:
        with store.lock:
            _booted(store, host)
            _set_operations(store, "host", host, op_id, None)


def _booted(store: Store, host: str) -> None:
    """The host has just started: live, enabled, a new boot time."""
    booted = f"{time.time():.0f}."
    record = store.get("host", host)
    other_config = {**record["other_config"], "boot_time": booted, "agent_start_time": booted}
    store.update("host", host, {"enabled": True, "other_config": other_config})
    _set_live(store, record["metrics"], True)
    settle(store, host)


@implements("host.shutdown")
def shutdown(ctx: Context, host: str) -> None:
    """The host powers off: not live from the start, its endpoint stops when the operation ends (the
    coordinator's a moment later, so that the answer and the task's end can still be read)."""
    store = ctx.store
    op_id = _power_off(ctx, host, "shutdown")
    try:
        ctx.work()
    finally:
        with store.lock:
            _set_operations(store, "host", host, op_id, None)
            settle(store, host)
        endpoint = ctx.api.listeners.get(host)
        if endpoint is not None:
            if host == ctx.api.coordinator:
                def power_off() -> None:
                    time.sleep(COORDINATOR_GRACE_SECONDS)
                    endpoint.stop()

                spawn(power_off, "coordinator off")
            else:
                endpoint.stop(keep=ctx.caller)


COORDINATOR_GRACE_SECONDS = 1.0  # a coordinator shutting down still answers this long (xapi: 10 s)
POWER_ON_PLUGIN = "power-on-host"


@implements("host.power_on")
def power_on(ctx: Context, host: str) -> None:
    """The coordinator's power-on plugin wakes the host (Wake-on-LAN, iLO, DRAC...): it boots, comes back live
    and enabled, and its endpoint serves again."""
    store = ctx.store
    op_id = ctx.task or new_ref()
    with store.lock:
        check_host_operation(store, host, "power_on")
        _set_operations(store, "host", host, op_id, "power_on")
    try:
        ctx.work()
    finally:
        with store.lock:
            _set_operations(store, "host", host, op_id, None)
    with store.lock:
        _booted(store, host)
    endpoint = ctx.api.listeners.get(host)
    if endpoint is not None:
        endpoint.start()


@implements("host.restart_agent")
def restart_agent(ctx: Context, host: str) -> None:
    """xe-toolstack-restart, a moment after answering (xapi: 1 s): the host's endpoint answers nothing for the
    operation's time; on the coordinator every session and task goes (they are not persisted)."""
    api = ctx.api
    with ctx.store.lock:
        record = ctx.store.get("host", host)
        if not _is_live(ctx.store, record):
            raise XapiError("HOST_OFFLINE", host)
    down = max(api.op_seconds, 0.2)

    def restart() -> None:
        time.sleep(AGENT_RESTART_DELAY_SECONDS)
        endpoint = api.listeners.get(host)
        if endpoint is not None:
            endpoint.outage(down)
        if host == api.coordinator:
            with api.store.lock:
                for task in list(api.store.records["task"]):
                    api.store.destroy("task", task)
            api.drop_sessions()
        time.sleep(down)  # the agent is back: its start time says so
        with api.store.lock:
            if api.store.exists("host", host):
                started = f"{time.time():.0f}."
                other_config = {**api.store.get("host", host)["other_config"], "agent_start_time": started}
                api.store.update("host", host, {"other_config": other_config})

    spawn(restart, "toolstack restart")


AGENT_RESTART_DELAY_SECONDS = 0.3


def _set_live(store: Store, metrics: str, live: bool) -> None:
    if store.exists("host_metrics", metrics):
        store.update("host_metrics", metrics, {"live": live, "last_updated": now_iso()})


def _is_live(store: Store, record: Record) -> bool:
    """As the simulator's other checks: a host without metrics counts as live."""
    metrics = store.records["host_metrics"].get(record["metrics"])
    return metrics is None or bool(metrics["live"])


# -- host.allowed_operations, as xapi_host_helpers.valid_operations ---------------------------------------------

HOST_OPERATIONS = ("provision", "evacuate", "shutdown", "reboot", "power_on", "vm_start", "vm_resume", "vm_migrate",
                   "apply_updates", "enable")
_CREATING = ("provision", "vm_resume", "vm_migrate")
_REMOVING = ("evacuate", "reboot", "shutdown")


def operation_errors(store: Store, ref: str) -> dict[str, tuple[str, ...] | None]:
    """Each host operation -> the error xapi raises for it now (None: allowed), in xapi's order."""
    record = store.get("host", ref)
    table: dict[str, tuple[str, ...] | None] = dict.fromkeys(HOST_OPERATIONS)

    def refuse(error: tuple[str, ...], ops: tuple[str, ...]) -> None:
        for op in ops:
            if table[op] is None:
                table[op] = error

    current = list(record["current_operations"].items())
    creating = next(((t, op) for t, op in current if op in _CREATING), None)
    removing = next(((t, op) for t, op in current if op in _REMOVING), None)
    for op in HOST_OPERATIONS:
        if op == "power_on":
            continue
        busy = removing if op in _CREATING else creating if op in _REMOVING else None
        if busy is not None:
            refuse(("OTHER_OPERATION_IN_PROGRESS", "host", ref, busy[1], busy[0]), (op,))
    for running, blocked in (("reboot", ("shutdown", "apply_updates")), ("shutdown", ("reboot", "apply_updates")),
                             ("apply_updates", ("reboot", "shutdown", "enable")), ("provision", ("provision",))):
        task = next((t for t, op in current if op == running), None)
        if task is not None:
            refuse(("OTHER_OPERATION_IN_PROGRESS", "host", ref, running, task), blocked)
    if record["enabled"]:
        refuse(("HOST_NOT_DISABLED",), ("reboot", "shutdown", "apply_updates"))
    metrics = store.records["host_metrics"].get(record["metrics"])
    if metrics is not None and metrics["live"]:  # xapi ignores a host without metrics here
        refuse(("HOST_IS_LIVE", ref), ("power_on",))
    if not record["power_on_mode"]:
        refuse(("HOST_POWER_ON_MODE_DISABLED",), ("power_on",))
    return table


def check_host_operation(store: Store, ref: str, op: str) -> None:
    error = operation_errors(store, ref)[op]
    if error is not None:
        raise XapiError(*error)


def settle(store: Store, ref: str) -> None:
    """Recompute a host's ``allowed_operations`` (after its enabled flag, liveness, power-on mode or current
    operations changed)."""
    if not store.exists("host", ref):
        return
    allowed = [op for op, error in operation_errors(store, ref).items() if error is None]
    if allowed != store.get("host", ref)["allowed_operations"]:
        store.update("host", ref, {"allowed_operations": allowed})


def settle_all(store: Store) -> None:
    for ref in list(store.records["host"]):
        settle(store, ref)
