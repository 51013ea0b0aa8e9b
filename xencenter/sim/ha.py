"""High availability, as xapi_ha.ml enables and disables it and its failover planner (xapi's binpack) answers
how many host failures the pool can tolerate.

``pool.enable_ha(heartbeat_srs, configuration)``: HA_IS_ENABLED; HOST_OFFLINE [host] for a host that is not
live; the state file goes on the first heartbeat SR given, else on the first SR that can hold one (shared,
plugged on every host, not an ISO library, room for the 4 MiB state file and the 256 MiB redo log), else
CANNOT_CREATE_STATE_FILE. ``pool.disable_ha``: HA_NOT_ENABLED, else the state file VDIs go.

The plan: a protected VM is a running VM whose ``ha_restart_priority`` is ``restart``. The pool tolerates ``k``
failures when, for the ``k`` hosts whose protected VMs need the most memory, those VMs fit (largest first) in
the free memory of the hosts left. ``set_ha_host_failures_to_tolerate`` and ``VM.set_ha_restart_priority``
refuse what would break the plan while HA is on (HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN) unless the pool allows
overcommitting.
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .errors import XapiError
from .memory import MiB, footprint, free_memory
from .registry import implements

STATEFILE_SIZE, REDO_LOG_SIZE = 4 * MiB, 256 * MiB
PRIORITIES = ("restart", "best-effort", "")


def _pool(ctx: Context) -> tuple[str, dict[str, Any]]:
    ref, record = next(iter(ctx.store.records["pool"].items()))
    return ref, record


def _live(ctx: Context, host: dict[str, Any]) -> bool:
    metrics = ctx.store.records["host_metrics"].get(host["metrics"])
    return bool(metrics and metrics["live"])


def statefile_capable(ctx: Context, sr_ref: str) -> bool:
    """xapi's Xha_statefile.list_srs_which_can_host_statefile test for one SR."""
    store = ctx.store
    sr = store.records["SR"].get(sr_ref)
    if sr is None or not sr["shared"] or sr["content_type"] == "iso" or sr["type"] in ("iso", "udev"):
        return False
    hosts = set(store.records["host"])
    plugged = {store.records["PBD"][p]["host"] for p in sr["PBDs"]
               if p in store.records["PBD"] and store.records["PBD"][p]["currently_attached"]}
    room = int(sr["physical_size"]) - int(sr["physical_utilisation"])
    return hosts <= plugged and room >= STATEFILE_SIZE + REDO_LOG_SIZE


def max_failures(ctx: Context, priorities: dict[str, str] | None = None) -> int:
    """How many host failures the pool tolerates with these restart priorities (every VM's, as
    ``ha_compute_hypothetical_max_host_failures_to_tolerate`` takes them: a VM left out is not protected), or
    the VMs' own when None."""
    tables = ctx.store.records
    hosts = [ref for ref, h in tables["host"].items() if _live(ctx, h)]
    protected: dict[str, list[int]] = {h: [] for h in hosts}
    for ref, vm in tables["VM"].items():
        priority = priorities.get(ref, "") if priorities is not None else vm["ha_restart_priority"]
        if vm["is_control_domain"] or vm["is_a_template"] or vm["power_state"] != "Running" or priority != "restart":
            continue
        if vm["resident_on"] in protected:
            protected[vm["resident_on"]].append(footprint(tables, vm))
    free = {h: free_memory(tables, h) for h in hosts}
    worst_first = sorted(hosts, key=lambda h: sum(protected[h]), reverse=True)
    tolerated = 0
    for k in range(1, len(hosts)):
        failed, left = worst_first[:k], worst_first[k:]
        room = sorted((free[h] for h in left), reverse=True)
        for need in sorted((m for h in failed for m in protected[h]), reverse=True):
            fit = next((i for i, r in enumerate(room) if r >= need), None)
            if fit is None:
                return tolerated
            room[fit] -= need
        tolerated = k
    return tolerated


def _assert_plan(ctx: Context, wanted: int, priorities: dict[str, str] | None = None) -> None:
    _, pool = _pool(ctx)
    if pool["ha_enabled"] and not pool["ha_allow_overcommit"] and max_failures(ctx, priorities) < wanted:
        raise XapiError("HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN")


@implements("pool.enable_ha")
def enable_ha(ctx: Context, heartbeat_srs: list[str], configuration: dict[str, str]) -> None:
    store = ctx.store
    pool_ref, pool = _pool(ctx)
    if pool["ha_enabled"]:
        raise XapiError("HA_IS_ENABLED")
    for ref, host in store.records["host"].items():
        if not _live(ctx, host):
            raise XapiError("HOST_OFFLINE", ref)
    candidates = list(heartbeat_srs) or [ref for ref in store.records["SR"] if statefile_capable(ctx, ref)]
    if not candidates or not statefile_capable(ctx, candidates[0]):
        raise XapiError("CANNOT_CREATE_STATE_FILE")
    ctx.work()
    sr = candidates[0]
    with store.lock:
        vdis = [store.create("VDI", {"name_label": name, "name_description": description, "SR": sr, "type": kind,
                                     "virtual_size": size, "physical_utilisation": size, "managed": True,
                                     "sharable": True, "other_config": {}})
                for name, description, kind, size in (
                    ("Statefile for HA", "Used for storage heartbeating", "ha_statefile", STATEFILE_SIZE),
                    ("Metadata for HA", "Used for master failover", "redo_log", REDO_LOG_SIZE))]
        plan = min(int(pool["ha_host_failures_to_tolerate"]), max_failures(ctx))
        store.update("pool", pool_ref, {"ha_enabled": True, "ha_statefiles": vdis[:1],
                                        "redo_log_vdi": vdis[1], "redo_log_enabled": True,
                                        "ha_configuration": dict(configuration), "ha_plan_exists_for": plan})


@implements("pool.disable_ha")
def disable_ha(ctx: Context) -> None:
    store = ctx.store
    pool_ref, pool = _pool(ctx)
    if not pool["ha_enabled"]:
        raise XapiError("HA_NOT_ENABLED")
    ctx.work()
    with store.lock:
        for vdi in [*pool["ha_statefiles"], pool["redo_log_vdi"]]:
            if store.exists("VDI", vdi):
                store.destroy("VDI", vdi)
        store.update("pool", pool_ref, {"ha_enabled": False, "ha_statefiles": [], "redo_log_enabled": False,
                                        "redo_log_vdi": "OpaqueRef:NULL", "ha_plan_exists_for": 0})


@implements("pool.ha_compute_max_host_failures_to_tolerate")
def compute_max(ctx: Context) -> int:
    return max_failures(ctx)


@implements("pool.ha_compute_hypothetical_max_host_failures_to_tolerate")
def compute_hypothetical(ctx: Context, configuration: dict[str, str]) -> int:
    for vm, priority in configuration.items():
        ctx.store.get("VM", vm)
        if priority not in PRIORITIES:
            raise XapiError("INVALID_VALUE", "ha_restart_priority", priority)
    return max_failures(ctx, dict(configuration))


@implements("pool.set_ha_host_failures_to_tolerate")
def set_failures(ctx: Context, pool: str, value: Any) -> None:
    wanted = int(value)
    if wanted < 0:
        raise XapiError("INVALID_VALUE", "ha_host_failures_to_tolerate", str(wanted))
    _assert_plan(ctx, wanted)
    with ctx.store.lock:
        record = ctx.store.get("pool", pool)
        plan = min(wanted, max_failures(ctx)) if record["ha_enabled"] else record["ha_plan_exists_for"]
        ctx.store.update("pool", pool, {"ha_host_failures_to_tolerate": wanted, "ha_plan_exists_for": plan})


@implements("VM.set_ha_restart_priority")
def set_restart_priority(ctx: Context, vm: str, value: str) -> None:
    if value not in PRIORITIES:
        raise XapiError("INVALID_VALUE", "ha_restart_priority", value)
    ctx.store.get("VM", vm)
    if value == "restart":
        _, pool = _pool(ctx)
        current = {ref: v["ha_restart_priority"] for ref, v in ctx.store.records["VM"].items()}
        _assert_plan(ctx, int(pool["ha_host_failures_to_tolerate"]), {**current, vm: value})
    ctx.store.update("VM", vm, {"ha_restart_priority": value, "ha_always_run": value == "restart"})


def _enabled_hosts(ctx: Context) -> set[str]:
    return {ref for ref, host in ctx.store.records["host"].items() if host["enabled"]}


@implements("VM.assert_agile")
def assert_agile(ctx: Context, vm: str) -> None:
    """xapi's ``Agility.vm_assert_agile``: no vGPU nor VUSB; every disk on an SR that is shared and plugged on
    every enabled host (HA_CONSTRAINT_VIOLATION_SR_NOT_SHARED [sr]); every interface on a network with a PIF,
    not a bond member, on every enabled host (HA_CONSTRAINT_VIOLATION_NETWORK_NOT_SHARED [network])."""
    tables = ctx.store.records
    record = ctx.store.get("VM", vm)
    if record.get("VGPUs"):
        raise XapiError("VM_HAS_VGPU", vm)
    if record.get("VUSBs"):
        raise XapiError("VM_HAS_VUSBS", vm)
    hosts = _enabled_hosts(ctx)
    for vbd_ref in record["VBDs"]:
        vbd = tables["VBD"].get(vbd_ref)
        vdi = tables["VDI"].get(vbd["VDI"]) if vbd is not None and not vbd["empty"] else None
        if vdi is None:
            continue
        sr = tables["SR"][vdi["SR"]]
        plugged = {tables["PBD"][p]["host"] for p in sr["PBDs"] if tables["PBD"][p]["currently_attached"]}
        if not sr["shared"] or not hosts <= plugged:
            raise XapiError("HA_CONSTRAINT_VIOLATION_SR_NOT_SHARED", vdi["SR"])
    for vif_ref in record["VIFs"]:
        network = tables["VIF"][vif_ref]["network"]
        with_pif = {pif["host"] for pif in tables["PIF"].values()
                    if pif["network"] == network and pif["bond_slave_of"] not in tables["Bond"]}
        if not hosts <= with_pif:
            raise XapiError("HA_CONSTRAINT_VIOLATION_NETWORK_NOT_SHARED", network)
