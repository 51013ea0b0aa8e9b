"""VM lifecycle with xapi's power-state rules and the side effects clients watch.

Each operation validates at once (VM_BAD_POWER_STATE, VM_IS_TEMPLATE, OTHER_OPERATION_IN_PROGRESS,
OPERATION_BLOCKED, HOST_DISABLED), shows itself in ``current_operations`` (allowed_operations empty) for the
simulated duration, then applies its effects in one step: power_state, resident_on (and so
host.resident_VMs), domid, VM_metrics, consoles (created on boot, destroyed on halt), guest metrics (destroyed
on halt, published again on boot, as a guest agent would) and VBD/VIF attachment.
"""

from __future__ import annotations

import itertools
import time
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import deviceops, memory
from .context import Context, now_iso
from .errors import XapiError
from .fieldtypes import EPOCH, NULL_REF
from .registry import implements
from .store import Store, new_ref
from .synthetic import VMProfile, guest_metrics_fields, windows_settings
from .vmrules import allowed_operations, check_operation

Changes = dict[str, Any]


@dataclass
class Guests:
    """What outlives a VM's domain: the guest metrics its agent will publish again at the next boot."""

    tools: dict[str, Changes | None] = field(default_factory=dict)
    domids: itertools.count = field(default_factory=lambda: itertools.count(1))

    @classmethod
    def from_store(cls, store: Store) -> Guests:
        guests = cls()
        highest = 0
        for ref, vm in store.records["VM"].items():
            if vm["is_a_template"] or vm["is_control_domain"]:
                continue
            highest = max(highest, vm["domid"])
            gm = store.records["VM_guest_metrics"].get(vm["guest_metrics"])
            if gm is not None:
                guests.tools[ref] = _without_identity(gm)
            elif vm["power_state"] == "Halted":
                guests.tools[ref] = _typical_tools(vm)
            else:
                guests.tools[ref] = None  # running without an agent: stays so
        guests.domids = itertools.count(highest + 1)
        return guests


def _without_identity(record: Changes) -> Changes:
    return {k: v for k, v in record.items() if k != "uuid"}


def _typical_tools(vm: Changes) -> Changes:
    profile = VMProfile("Running", "windows", "both") if windows_settings(vm) else VMProfile("Running", "linux", "uptodate")
    return guest_metrics_fields(profile, "10.1.255.1", time.time())


# -- the operation frame ----------------------------------------------------------------------------------


def _operate(
    ctx: Context, vm_ref: str, op: str, apply: Callable[[Changes], Changes], check: Callable[[], None] = lambda: None,
    unlocked: Callable[[], None] = lambda: None,
) -> Any:
    """Validate, show the operation running for the simulated time, apply the VM changes ``apply`` returns;
    ``unlocked`` runs between the two without the store's lock (a call to another simulator)."""
    store = ctx.store
    op_id = ctx.task or new_ref()
    with store.lock:
        vm = store.get("VM", vm_ref)
        check_operation(vm_ref, vm, op)
        check()
        store.update("VM", vm_ref, {"current_operations": {op_id: op}, "allowed_operations": []})
    changes: Changes = {}
    result = None
    try:
        ctx.work()
        unlocked()
        with store.lock:
            changes = apply(store.get("VM", vm_ref))
            result = changes.pop("_result", None)
    finally:
        with store.lock:
            if store.exists("VM", vm_ref):
                vm = store.get("VM", vm_ref)
                ops = {k: v for k, v in vm["current_operations"].items() if k != op_id}
                final = {**vm, **changes, "current_operations": ops}
                store.update("VM", vm_ref, {**changes, "current_operations": ops,
                                            "allowed_operations": allowed_operations(final)})
                memory.refresh(store, vm["resident_on"], final["resident_on"])
                deviceops.refresh_vm_devices(store, vm_ref)
    return result


#: The operation frame and the copy of a VM, for the other handler modules (devices: VM.provision, VM.copy).
operate = _operate


# -- effects ----------------------------------------------------------------------------------------------


def host_can_run_vms(store: Store, ref: str) -> bool:
    """An existing host that is enabled and live (its metrics say so, or it has none)."""
    host = store.records["host"].get(ref)
    metrics = store.records["host_metrics"].get(host["metrics"]) if host else None
    return bool(host and host["enabled"] and (metrics is None or metrics["live"]))


def _pick_host(ctx: Context, vm: Changes) -> str:
    hosts = ctx.store.records["host"]
    if host_can_run_vms(ctx.store, vm["affinity"]):
        return vm["affinity"]
    candidates = [ref for ref in hosts if host_can_run_vms(ctx.store, ref)]
    if not candidates:
        raise XapiError("NO_HOSTS_AVAILABLE")
    return min(candidates, key=lambda ref: len(hosts[ref]["resident_VMs"]))


def _host_check(ctx: Context, host: str) -> Callable[[], None]:
    def check() -> None:
        record = ctx.store.get("host", host)
        if not record["enabled"]:
            raise XapiError("HOST_DISABLED", host)

    return check


def _set_devices(store: Store, vm: Changes, attached: bool) -> None:
    """Boot plugs every device (a disk gets its guest name, ``xvda`` for position 0); halting unplugs them."""
    for cls, refs in (("VBD", vm["VBDs"]), ("VIF", vm["VIFs"])):
        for ref in refs:
            if store.exists(cls, ref):
                changes: Changes = {"currently_attached": attached}
                if cls == "VBD":
                    changes["device"] = _guest_device(store.get("VBD", ref)) if attached else ""
                store.update(cls, ref, changes)


def _guest_device(vbd: Changes) -> str:
    if vbd["device"]:
        return vbd["device"]
    text = vbd["userdevice"]
    if not text.isdigit():
        return text
    n, letters = int(text) + 1, ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return f"xvd{letters}"


def _boot(ctx: Context, vm_ref: str, vm: Changes, host: str, paused: bool) -> Changes:
    store = ctx.store
    if store.exists("VM_metrics", vm["metrics"]):
        domain_type = vm["domain_type"] if vm["domain_type"] != "unspecified" else "hvm"
        store.update("VM_metrics", vm["metrics"], {
            "start_time": now_iso(), "VCPUs_number": vm["VCPUs_at_startup"], "memory_actual": vm["memory_dynamic_max"],
            "current_domain_type": domain_type, "last_updated": now_iso(),
        })
    changes: Changes = {
        "power_state": "Paused" if paused else "Running", "resident_on": host, "domarch": "x64",
        "domid": next(ctx.api.guests.domids), "memory_target": vm["memory_dynamic_max"],
        "scheduled_to_be_resident_on": NULL_REF, "memory_overhead": vm["memory_overhead"] or memory.vm_overhead(vm),
        "last_boot_CPU_flags": _cpu_flags(store.get("host", host)),
    }
    tools = ctx.api.guests.tools.get(vm_ref)
    if not store.exists("VM_guest_metrics", vm["guest_metrics"]) and tools and not paused:
        changes["guest_metrics"] = store.create("VM_guest_metrics", {**tools, "last_updated": now_iso()})
    for protocol in ("rfb", "vt100"):
        uuid = str(uuidlib.uuid4())
        location = _console_location(ctx, host, uuid)
        store.create("console", {"uuid": uuid, "protocol": protocol, "VM": vm_ref, "location": location})
    _set_devices(store, vm, True)
    return changes


def _cpu_flags(host: Changes) -> dict[str, str]:
    """What a domain records of the CPU it booted on (checked when it moves to another host)."""
    info = host["cpu_info"] or {}
    return {k: v for k, v in (("vendor", info.get("vendor")), ("features", info.get("features_hvm"))) if v}


#: Booting a VM's domain, for the other handler modules (a VM arriving from another pool).
boot = _boot


def _console_location(ctx: Context, host: str, uuid: str) -> str:
    return f"{ctx.api.host_url(host)}/console?uuid={uuid}"


def migrate(ctx: Context, vm: Changes, host: str) -> Changes:
    """A live migration's effect on a running VM: a new domain on ``host``, its consoles served from there."""
    for console in vm["consoles"]:
        if ctx.store.exists("console", console):
            uuid = ctx.store.get("console", console)["uuid"]
            ctx.store.update("console", console, {"location": _console_location(ctx, host, uuid)})
    return {"resident_on": host, "domid": next(ctx.api.guests.domids), "scheduled_to_be_resident_on": NULL_REF}


def _stop_domain(ctx: Context, vm_ref: str, vm: Changes, keep_guest_metrics: bool) -> Changes:
    store = ctx.store
    for console in vm["consoles"]:
        if store.exists("console", console):
            store.destroy("console", console)
    changes: Changes = {"resident_on": NULL_REF, "domid": -1, "domarch": "", "memory_target": 0}
    gm = vm["guest_metrics"]
    if not keep_guest_metrics and store.exists("VM_guest_metrics", gm):
        ctx.api.guests.tools[vm_ref] = _without_identity(store.get("VM_guest_metrics", gm))
        store.destroy("VM_guest_metrics", gm)
        changes["guest_metrics"] = NULL_REF
    if store.exists("VM_metrics", vm["metrics"]):
        store.update("VM_metrics", vm["metrics"], {
            "VCPUs_number": 0, "memory_actual": 0, "current_domain_type": "unspecified", "last_updated": now_iso(),
        })
    _set_devices(store, vm, False)
    return changes


def _drop_suspend_image(store: Store, vm: Changes) -> Changes:
    if store.exists("VDI", vm["suspend_VDI"]):
        store.destroy("VDI", vm["suspend_VDI"])
    return {"suspend_VDI": NULL_REF}


def _halt(ctx: Context, vm_ref: str, vm: Changes) -> Changes:
    changes = _stop_domain(ctx, vm_ref, vm, keep_guest_metrics=False)
    changes.update(_drop_suspend_image(ctx.store, vm))
    changes["power_state"] = "Halted"
    return changes


def _suspend_sr(ctx: Context, vm: Changes) -> str:
    store = ctx.store
    for vbd in vm["VBDs"]:
        vdi = store.records["VBD"].get(vbd, {}).get("VDI", NULL_REF)
        if store.exists("VDI", vdi):
            return store.get("VDI", vdi)["SR"]
    pool = store.records["pool"].get(ctx.api.pool_ref)
    return pool["suspend_image_SR"] if pool else NULL_REF


# -- the calls --------------------------------------------------------------------------------------------


@implements("VM.start")
def start(ctx: Context, vm: str, start_paused: bool, force: bool) -> None:
    _operate(ctx, vm, "start", lambda rec: _boot(ctx, vm, rec, _pick_host(ctx, rec), start_paused))


@implements("VM.start_on")
def start_on(ctx: Context, vm: str, host: str, start_paused: bool, force: bool) -> None:
    _operate(ctx, vm, "start_on", lambda rec: _boot(ctx, vm, rec, host, start_paused), _host_check(ctx, host))


@implements("VM.clean_shutdown", "VM.shutdown")
def clean_shutdown(ctx: Context, vm: str) -> None:
    _operate(ctx, vm, "clean_shutdown", lambda rec: _halt(ctx, vm, rec))


@implements("VM.hard_shutdown")
def hard_shutdown(ctx: Context, vm: str) -> None:
    _operate(ctx, vm, "hard_shutdown", lambda rec: _halt(ctx, vm, rec))


def _reboot(ctx: Context, vm: str, rec: Changes) -> Changes:
    if ctx.store.exists("VM_metrics", rec["metrics"]):
        ctx.store.update("VM_metrics", rec["metrics"], {"start_time": now_iso(), "last_updated": now_iso()})
    return {"power_state": "Running", "domid": next(ctx.api.guests.domids)}


@implements("VM.clean_reboot")
def clean_reboot(ctx: Context, vm: str) -> None:
    _operate(ctx, vm, "clean_reboot", lambda rec: _reboot(ctx, vm, rec))


@implements("VM.hard_reboot")
def hard_reboot(ctx: Context, vm: str) -> None:
    _operate(ctx, vm, "hard_reboot", lambda rec: _reboot(ctx, vm, rec))


def _suspend(ctx: Context, vm: str, rec: Changes) -> Changes:
    changes = _stop_domain(ctx, vm, rec, keep_guest_metrics=True)
    image = ctx.store.create("VDI", {
        "name_label": f"Suspend image for {rec['name_label']}", "SR": _suspend_sr(ctx, rec), "type": "suspend",
        "virtual_size": rec["memory_static_max"], "managed": True,
    })
    changes.update(power_state="Suspended", suspend_VDI=image)
    return changes


@implements("VM.suspend")
def suspend(ctx: Context, vm: str) -> None:
    _operate(ctx, vm, "suspend", lambda rec: _suspend(ctx, vm, rec))


def _resume(ctx: Context, vm: str, rec: Changes, host: str, paused: bool) -> Changes:
    changes = _drop_suspend_image(ctx.store, rec)
    changes.update(_boot(ctx, vm, rec, host, paused))
    return changes


@implements("VM.resume")
def resume(ctx: Context, vm: str, start_paused: bool, force: bool) -> None:
    _operate(ctx, vm, "resume", lambda rec: _resume(ctx, vm, rec, _pick_host(ctx, rec), start_paused))


@implements("VM.resume_on")
def resume_on(ctx: Context, vm: str, host: str, start_paused: bool, force: bool) -> None:
    _operate(ctx, vm, "resume_on", lambda rec: _resume(ctx, vm, rec, host, start_paused), _host_check(ctx, host))


@implements("VM.pause")
def pause(ctx: Context, vm: str) -> None:
    _operate(ctx, vm, "pause", lambda rec: {"power_state": "Paused"})


@implements("VM.unpause")
def unpause(ctx: Context, vm: str) -> None:
    _operate(ctx, vm, "unpause", lambda rec: {"power_state": "Running"})


@implements("VM.power_state_reset")
def power_state_reset(ctx: Context, vm: str) -> None:
    with ctx.store.lock:
        rec = ctx.store.get("VM", vm)
        changes = {**_halt(ctx, vm, rec), "current_operations": {}}
        changes["allowed_operations"] = allowed_operations({**rec, **changes})
        ctx.store.update("VM", vm, changes)


# -- copies and removal -----------------------------------------------------------------------------------

_NOT_COPIED = {"uuid", "consoles", "VBDs", "VIFs", "snapshots", "children", "current_operations", "crash_dumps",
               "VTPMs", "VUSBs", "VGPUs", "attached_PCIs", "groups"}


def _copy_vm(ctx: Context, src_ref: str, src: Changes, name: str, snapshot: bool) -> Changes:
    store = ctx.store
    taken = now_iso()
    fields = {k: v for k, v in src.items() if k not in _NOT_COPIED}
    fields.update(
        name_label=name, power_state="Halted", resident_on=NULL_REF, domid=-1, domarch="", memory_target=0,
        guest_metrics=NULL_REF, suspend_VDI=NULL_REF, is_default_template=False, allowed_operations=[],
        metrics=store.create("VM_metrics", {"install_time": taken, "start_time": EPOCH, "last_updated": taken}),
    )
    if snapshot:
        fields.update(is_a_snapshot=True, is_a_template=True, snapshot_of=src_ref, snapshot_time=taken,
                      snapshot_info={"power-state-at-snapshot": src["power_state"]},
                      snapshot_schedule=NULL_REF)  # the policy is the VM's, not its snapshots' (VMSS.VMs)
    else:
        fields.update(is_a_snapshot=False, snapshot_of=NULL_REF, parent=NULL_REF, other_config=_cloned_config(src))
    fields["allowed_operations"] = allowed_operations({**fields, "current_operations": {}})
    new_vm = store.create("VM", fields)
    for vbd_ref in src["VBDs"]:
        vbd = store.records["VBD"].get(vbd_ref)
        if vbd is None:
            continue
        vdi = vbd["VDI"]
        if vbd["type"] == "Disk" and store.exists("VDI", vdi):
            disk = store.get("VDI", vdi)
            extra = {"is_a_snapshot": True, "snapshot_of": vdi, "snapshot_time": taken} if snapshot else {}
            vdi = store.create("VDI", {**_without_identity(disk), "VBDs": [], "snapshots": [], **extra})
        store.create("VBD", {**_without_identity(vbd), "VM": new_vm, "VDI": vdi, "currently_attached": False,
                             "device": "", "current_operations": {}})
    for vif_ref in src["VIFs"]:
        vif = store.records["VIF"].get(vif_ref)
        if vif is not None:
            store.create("VIF", {**_without_identity(vif), "VM": new_vm, "currently_attached": False,
                                 "current_operations": {}})
    ctx.api.guests.tools[new_vm] = ctx.api.guests.tools.get(src_ref)
    deviceops.refresh_vm_devices(store, new_vm)
    return {"_result": new_vm, "parent": new_vm} if snapshot else {"_result": new_vm}


copy_vm = _copy_vm


def _cloned_config(src: Changes) -> dict[str, str]:
    """xapi's clone of ``other_config``: a new ``mac_seed``, no ``default_template`` nor ``xensource_internal``,
    and the name of the template it came from (``base_template_name``)."""
    config = {k: v for k, v in src["other_config"].items() if k not in ("default_template", "xensource_internal")}
    config["mac_seed"] = str(uuidlib.uuid4())
    if src["is_a_template"] and "base_template_name" not in config:
        config["base_template_name"] = src["name_label"]
    return config


@implements("VM.snapshot")
def snapshot(ctx: Context, vm: str, new_name: str, ignore_vdis: list[str] | None = None) -> str:
    return _operate(ctx, vm, "snapshot", lambda rec: _copy_vm(ctx, vm, rec, new_name, snapshot=True))


@implements("VM.checkpoint")
def checkpoint(ctx: Context, vm: str, new_name: str) -> str:
    """A snapshot with the memory: xapi suspends the running VM for an instant, keeps the suspend image with the
    snapshot (which is Suspended: reverting resumes it), and lets the VM run on."""

    def take(rec: Changes) -> Changes:
        changes = _copy_vm(ctx, vm, rec, new_name, snapshot=True)
        snap = changes["_result"]
        image = ctx.store.create("VDI", {
            "name_label": f"Suspend image for {new_name}", "SR": _suspend_sr(ctx, rec), "type": "suspend",
            "virtual_size": rec["memory_static_max"], "managed": True, "is_a_snapshot": True,
        })
        record = {**ctx.store.get("VM", snap), "power_state": "Suspended", "suspend_VDI": image}
        ctx.store.update("VM", snap, {"power_state": "Suspended", "suspend_VDI": image,
                                      "allowed_operations": allowed_operations(record)})
        return changes

    return _operate(ctx, vm, "checkpoint", take)


@implements("VM.clone")
def clone(ctx: Context, vm: str, new_name: str) -> str:
    def check() -> None:
        if ctx.store.get("VM", vm)["power_state"] != "Halted":
            raise XapiError("VM_BAD_POWER_STATE", vm, "halted", ctx.store.get("VM", vm)["power_state"].lower())

    return _operate(ctx, vm, "clone", lambda rec: _copy_vm(ctx, vm, rec, new_name, snapshot=False), check)


# What a revert leaves as it is: the VM's identity, naming and placement, what the snapshot records about
# itself, the runtime state and the devices (replaced separately). xapi keeps the same for a snapshot without
# ``snapshot_metadata``, as the simulator's are.
_KEPT_BY_REVERT = _NOT_COPIED | {
    "name_label", "name_description", "tags", "affinity", "is_a_template", "is_a_snapshot", "is_default_template",
    "snapshot_of", "snapshot_time", "snapshot_info", "snapshot_metadata", "transportable_snapshot_id", "parent",
    "power_state", "allowed_operations", "resident_on", "scheduled_to_be_resident_on", "domid", "domarch",
    "metrics", "guest_metrics", "suspend_VDI", "protection_policy", "snapshot_schedule",
}


def _revert(ctx: Context, vm_ref: str, vm: Changes, snapshot: str) -> Changes:
    """The VM becomes what the snapshot recorded: settings, disks (fresh clones), VIFs, power state."""
    store = ctx.store
    snap = store.get("VM", snapshot)
    changes = _halt(ctx, vm_ref, vm) if vm["power_state"] != "Halted" else {}
    changes.update({k: v for k, v in snap.items() if k not in _KEPT_BY_REVERT})
    changes.update(parent=snapshot, ha_always_run=False, power_state="Halted")
    _replace_disks(store, vm_ref, vm, snap)
    for vif in vm["VIFs"]:
        if store.exists("VIF", vif):
            store.destroy("VIF", vif)
    for vif in snap["VIFs"]:
        if store.exists("VIF", vif):
            store.create("VIF", {**_without_identity(store.get("VIF", vif)), "VM": vm_ref,
                                 "currently_attached": False, "current_operations": {}})
    if snap["power_state"] == "Suspended" and store.exists("VDI", snap["suspend_VDI"]):
        image = _without_identity(store.get("VDI", snap["suspend_VDI"]))
        changes.update(power_state="Suspended", suspend_VDI=store.create("VDI", {**image, "VBDs": []}))
        if store.exists("VM_guest_metrics", snap["guest_metrics"]):
            gm = _without_identity(store.get("VM_guest_metrics", snap["guest_metrics"]))
            changes["guest_metrics"] = store.create("VM_guest_metrics", gm)
    return changes


def _replace_disks(store: Store, vm_ref: str, vm: Changes, snap: Changes) -> None:
    """The VM's VBDs give way to copies of the snapshot's, on clones of its disks; the VM's disks that the
    snapshot has a copy of are destroyed and their snapshots re-hang from the clones (xapi's snapshot tree)."""
    snap_vbds = [store.records["VBD"][r] for r in snap["VBDs"] if r in store.records["VBD"]]
    snap_disks = {v["VDI"]: store.get("VDI", v["VDI"]) for v in snap_vbds
                  if v["type"] == "Disk" and store.exists("VDI", v["VDI"])}
    originals = {disk["snapshot_of"] for disk in snap_disks.values()}
    for vbd in vm["VBDs"]:
        record = store.records["VBD"].get(vbd)
        if record is None:
            continue
        store.destroy("VBD", vbd)
        if record["type"] == "Disk" and record["VDI"] in originals and store.exists("VDI", record["VDI"]):
            store.destroy("VDI", record["VDI"])
    for vbd in snap_vbds:
        vdi = vbd["VDI"]
        disk = snap_disks.get(vdi)
        if disk is not None:
            vdi = store.create("VDI", {**_without_identity(disk), "VBDs": [], "snapshots": [], "is_a_snapshot": False,
                                       "snapshot_of": NULL_REF, "snapshot_time": EPOCH})
            tree = [r for r, d in store.records["VDI"].items() if d["snapshot_of"] == disk["snapshot_of"] != NULL_REF]
            for ref in tree:
                store.update("VDI", ref, {"snapshot_of": vdi})
        store.create("VBD", {**_without_identity(vbd), "VM": vm_ref, "VDI": vdi, "currently_attached": False,
                             "current_operations": {}})


@implements("VM.revert")
def revert(ctx: Context, snapshot: str) -> None:
    store = ctx.store
    with store.lock:
        snap = store.get("VM", snapshot)
        check_operation(snapshot, snap, "revert")
        vm = snap["snapshot_of"]
        if not store.exists("VM", vm):  # xapi would rebuild the VM from snapshot_metadata; the simulator has none
            raise XapiError("VM_REVERT_FAILED", snapshot, vm)

    def snapshot_still_free() -> None:
        check_operation(snapshot, store.get("VM", snapshot), "revert")

    _operate(ctx, vm, "reverting", lambda rec: _revert(ctx, vm, rec, snapshot), snapshot_still_free)


@implements("VM.destroy")
def destroy(ctx: Context, vm: str) -> None:
    store = ctx.store
    with store.lock:
        rec = store.get("VM", vm)
        check_operation(vm, rec, "destroy")
        for cls, refs in (("VBD", rec["VBDs"]), ("VIF", rec["VIFs"]), ("console", rec["consoles"]),
                          ("VM_metrics", [rec["metrics"]]), ("VM_guest_metrics", [rec["guest_metrics"]])):
            for ref in refs:
                if store.exists(cls, ref):
                    store.destroy(cls, ref)
        store.destroy("VM", vm)
        ctx.api.guests.tools.pop(vm, None)
