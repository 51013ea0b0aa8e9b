"""Pool membership, as xapi_pool.ml and message_forwarding.ml do it: ``pool.designate_new_master`` and
``pool.eject``.

``pool.designate_new_master(host)``: HA_IS_ENABLED while HA is on, HOST_OFFLINE for a host that is not live;
the coordinator itself is a no-op. The member becomes the coordinator (the old coordinator's endpoint then
answers HOST_IS_SLAVE naming the new one's address) and, as xapi's sessions and tasks are not persisted, every
session and task is gone: clients log in again at the new coordinator.

``pool.eject(host)``: HA_IS_ENABLED; the coordinator is refused with xapi's uncaught ``Cannot_eject_master``
(INTERNAL_ERROR); a host not live HOST_OFFLINE; a guest not halted there OPERATION_NOT_ALLOWED ["VM resident on
host"]. The member leaves: its record, metrics, CPUs, certificate, PBDs, PIFs (with their VLANs, bonds and
metrics), its control domain, its local storage and the VMs whose disks are there (with their devices and
snapshots); VMs that only named it (affinity) keep nothing pointing at it. Its endpoint stops: it reboots as a
pool of its own, which the simulator does not serve.
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .errors import XapiError
from .fieldtypes import NULL_REF, field_types
from .registry import implements
from .store import Store


def _check_ha(ctx: Context) -> dict[str, Any]:
    pool = ctx.store.get("pool", ctx.api.pool_ref)
    if pool["ha_enabled"]:
        raise XapiError("HA_IS_ENABLED")
    return pool


def _check_live(store: Store, host: str) -> None:
    record = store.get("host", host)
    metrics = store.records["host_metrics"].get(record["metrics"])
    if metrics is not None and not metrics["live"]:
        raise XapiError("HOST_OFFLINE", host)


@implements("pool.designate_new_master")
def designate_new_master(ctx: Context, host: str) -> None:
    store, api = ctx.store, ctx.api
    with store.lock:
        store.get("host", host)
        if host == api.coordinator:
            return  # xapi: nothing to do on the coordinator
        _check_ha(ctx)
        _check_live(store, host)
        store.update("pool", api.pool_ref, {"master": host})
        for task in list(store.records["task"]):
            if task != ctx.task:
                store.destroy("task", task)
    api.drop_sessions()


@implements("pool.eject")
def eject(ctx: Context, host: str) -> None:
    store, api = ctx.store, ctx.api
    with store.lock:
        store.get("host", host)
        _check_ha(ctx)
        if host == api.coordinator:
            raise XapiError("INTERNAL_ERROR", "Xapi_pool.Cannot_eject_master")
        _check_live(store, host)
        vms = store.records["VM"]
        for ref in store.get("host", host)["resident_VMs"]:
            vm = vms.get(ref)
            if vm is not None and not vm["is_control_domain"] and vm["power_state"] != "Halted":
                raise XapiError("OPERATION_NOT_ALLOWED", "VM resident on host")
        remove_host(store, host)
    endpoint = api.listeners.pop(host, None)
    if endpoint is not None:
        endpoint.stop(keep=ctx.caller)


# -- what leaves with a host ---------------------------------------------------------------------------------------

# (class, reference field): a record of the class goes when the object its field names goes.
_OWNED = (
    ("host_cpu", "host"), ("Certificate", "host"), ("PBD", "host"), ("PIF", "host"), ("PCI", "host"), ("PGPU", "host"),
    ("PUSB", "host"), ("host_crashdump", "host"), ("host_patch", "host"), ("Feature", "host"),
    ("VLAN", "untagged_PIF"), ("VLAN", "tagged_PIF"), ("Bond", "master"), ("tunnel", "access_PIF"),
    ("network_sriov", "physical_PIF"), ("VDI", "SR"), ("VBD", "VM"), ("VIF", "VM"), ("console", "VM"),
)
# class -> (field, class) of the metrics objects that go with it
METRICS = {"host": (("metrics", "host_metrics"),), "PIF": (("metrics", "PIF_metrics"),),
            "VM": (("metrics", "VM_metrics"), ("guest_metrics", "VM_guest_metrics"))}


def _leaving(store: Store, host: str) -> set[tuple[str, str]]:
    """Every (class, ref) that goes with the host: what it owns, its local SRs and the VMs with disks there."""
    records = store.records
    local = {sr for sr, rec in records["SR"].items() if not rec["shared"] and rec["PBDs"]
             and all(records["PBD"].get(p, {}).get("host") == host for p in rec["PBDs"])}
    gone: set[tuple[str, str]] = {("host", host), *(("SR", sr) for sr in local)}
    for ref, vm in records["VM"].items():
        disks = [records["VBD"].get(b, {}).get("VDI", NULL_REF) for b in vm["VBDs"]]
        if (vm["is_control_domain"] and vm["resident_on"] == host) or \
                any(records["VDI"].get(d, {}).get("SR") in local for d in disks):
            gone.add(("VM", ref))
    while True:
        refs = {ref for _, ref in gone}
        more = {(cls, ref) for cls, field in _OWNED for ref, rec in records.get(cls, {}).items()
                if rec.get(field) in refs}
        more |= {(metrics_cls, records[cls][ref][field]) for cls, ref in gone if ref in records.get(cls, {})
                 for field, metrics_cls in METRICS.get(cls, ())}
        if more <= gone:
            return gone
        gone |= more


def remove_host(store: Store, host: str) -> None:
    """Destroy the host and everything that goes with it; references to them elsewhere become null (a CD drive
    of another VM holding a disk that went is emptied)."""
    gone = _leaving(store, host)
    refs = {ref for _, ref in gone}
    for cls, ref in gone:
        if store.exists(cls, ref):
            store.destroy(cls, ref)
    for cls, records in store.records.items():
        if not records:
            continue
        ref_fields = [name for name, ft in field_types(cls).items() if ft.kind == "ref"]
        for ref, rec in list(records.items()):
            changes: dict[str, Any] = {name: NULL_REF for name in ref_fields if rec.get(name) in refs}
            if cls == "VBD" and "VDI" in changes:
                changes["empty"] = True
            if changes:
                store.update(cls, ref, changes)
