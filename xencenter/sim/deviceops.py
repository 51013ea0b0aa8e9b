"""xapi's rules for what a VM's devices allow (``xapi_vbd_helpers.valid_operations``, ``xapi_vif_helpers``), as
functions of the store: each gives, per operation, None or the error xapi raises; ``allowed_operations`` is the
operations without one. Shared by the device calls (``devices.py``) and the lifecycle, which refreshes a VM's
devices after each power change."""

from __future__ import annotations

from typing import Any

from .errors import XapiError
from .fieldtypes import NULL_REF

Record = dict[str, Any]
Table = dict[str, "tuple[str, list[str]] | None"]

VBD_OPS = ("attach", "eject", "unplug", "unplug_force", "insert", "plug", "pause", "unpause")
VIF_OPS = ("attach", "plug", "unplug")
#: The VDI operations the simulator tracks (what clients read before destroying or resizing a disk).
VDI_OPS = ("clone", "copy", "resize", "resize_online", "snapshot", "destroy", "forget", "update",
           "generate_config", "blocked", "set_on_boot")
_STOPPING = ("clean_shutdown", "hard_shutdown", "suspend", "pause")


def _set(table: Table, code: str, params: list[str], ops: tuple[str, ...] | list[str]) -> None:
    for op in ops:
        if table.get(op) is None:
            table[op] = (code, params)


def _hotplug_error(store: Any, vm_ref: str, vm: Record, kind: str) -> tuple[str, list[str]] | None:
    """A running HVM guest can hot-plug only with PV drivers (xapi_pv_driver_version's check)."""
    if vm["power_state"] != "Running" or not vm["HVM_boot_policy"] or vm.get("domain_type") == "pv":
        return None
    gm = store.records["VM_guest_metrics"].get(vm["guest_metrics"])
    if gm is not None:
        claim = gm.get(f"can_use_hotplug_{kind}", "unspecified")
        if claim == "yes":
            return None
        if claim == "no":
            return ("OPERATION_NOT_ALLOWED", [f"VM states it does not support {kind.upper()} hotplug."])
        if gm.get("PV_drivers_detected"):
            return None
    return ("VM_MISSING_PV_DRIVERS", [vm_ref])


def vbd_table(store: Any, ref: str, vbd: Record) -> Table:
    table: Table = {op: None for op in VBD_OPS}
    current = list(vbd["current_operations"].items())
    if current:
        op_ref, op = current[0]
        _set(table, "OTHER_OPERATION_IN_PROGRESS", ["VBD", ref, op, op_ref],
             [o for o in VBD_OPS if o not in ("pause", "unpause")])
    if not vbd["unpluggable"]:
        _set(table, "VBD_NOT_UNPLUGGABLE", [ref], ("unplug", "unplug_force"))
    if vbd["type"] != "CD":
        _set(table, "VBD_NOT_REMOVABLE_MEDIA", [ref], ("insert", "eject"))
    if vbd["empty"]:
        _set(table, "VBD_IS_EMPTY", [ref], ("eject",))
    else:
        _set(table, "VBD_NOT_EMPTY", [ref], ("insert",))
    vm_ref = vbd["VM"]
    vm = store.records["VM"].get(vm_ref)
    if vm is None:
        return {op: ("HANDLE_INVALID", ["VM", vm_ref]) for op in VBD_OPS}
    power = vm["power_state"]
    plugged = vbd["currently_attached"] or vbd.get("reserved", False)
    if power == "Running":
        if plugged:
            _set(table, "DEVICE_ALREADY_ATTACHED", [ref], ("plug",))
        else:
            _set(table, "DEVICE_ALREADY_DETACHED", [ref], ("unplug", "unplug_force"))
    else:
        bad = ["plug", "unplug", "unplug_force"] + ([] if power == "Paused" else ["pause", "unpause"])
        _set(table, "VM_BAD_POWER_STATE", [vm_ref, "running", power.lower()], bad)
    for op in vm["current_operations"].values():
        if op in _STOPPING:
            _set(table, "OPERATION_NOT_ALLOWED", [f"Current operation on VM:{vm_ref} is {op}"], ("plug", "unplug"))
    hotplug = _hotplug_error(store, vm_ref, vm, "vbd")
    if hotplug is not None:
        _set(table, *hotplug, ("plug", "unplug", "unplug_force"))
    if power == "Running" and vm["HVM_boot_policy"] and vbd["type"] == "CD":
        _set(table, "OPERATION_NOT_ALLOWED", ["HVM CDROMs cannot be hotplugged/unplugged, only inserted or ejected"],
             ("plug", "unplug", "unplug_force"))
    if vbd["type"] == "CD" and power == "Suspended":
        _set(table, "VM_BAD_POWER_STATE", [vm_ref, "halted, running", "suspended"], ("insert", "eject"))
    if not vbd["empty"]:
        vdi = store.records["VDI"].get(vbd["VDI"])
        if vdi is not None:
            if not vdi["managed"]:
                _set(table, "VDI_NOT_MANAGED", [ref], VBD_OPS)
            busy = [(r, o) for r, o in vdi["current_operations"].items() if o not in ("copy", "mirror")]
            if busy:
                _set(table, "OTHER_OPERATION_IN_PROGRESS", ["VDI", vbd["VDI"], busy[0][1], busy[0][0]],
                     ("attach", "plug", "insert"))
    return table


def vif_table(store: Any, ref: str, vif: Record) -> Table:
    table: Table = {op: None for op in VIF_OPS}
    current = list(vif["current_operations"].items())
    if current:
        _set(table, "OTHER_OPERATION_IN_PROGRESS",
             ["VIF", ref, "{" + "; ".join(o for _, o in current) + "}", "{" + "; ".join(r for r, _ in current) + "}"],
             VIF_OPS)
    vm_ref = vif["VM"]
    vm = store.records["VM"].get(vm_ref)
    if vm is None:
        return {op: ("HANDLE_INVALID", ["VM", vm_ref]) for op in VIF_OPS}
    if vm["is_control_domain"]:
        _set(table, "OPERATION_NOT_ALLOWED", ["Control domain does not support hotplug"], ("plug",))
    power = vm["power_state"]
    plugged = vif["currently_attached"] or vif.get("reserved", False)
    if power == "Running":
        if plugged:
            _set(table, "DEVICE_ALREADY_ATTACHED", [ref], ("plug",))
        else:
            _set(table, "DEVICE_ALREADY_DETACHED", [ref], ("unplug",))
    else:
        _set(table, "VM_BAD_POWER_STATE", [vm_ref, "running", power.lower()], ("plug", "unplug"))
    for op in vm["current_operations"].values():
        if op in _STOPPING:
            _set(table, "OPERATION_NOT_ALLOWED", [f"Current operation on VM:{vm_ref} is {op}"], ("plug", "unplug"))
    hotplug = _hotplug_error(store, vm_ref, vm, "vif")
    if hotplug is not None:
        _set(table, *hotplug, ("plug", "unplug"))
    return table


def _active_vbds(store: Any, vdi_ref: str, vdi: Record) -> list[Record]:
    vbds = (store.records["VBD"].get(r) for r in vdi["VBDs"])
    return [v for v in vbds if v is not None and (v["currently_attached"] or v.get("reserved", False))]


def vdi_table(store: Any, ref: str, vdi: Record) -> Table:
    """xapi's ``check_operation_error`` for the operations clients ask about."""
    table: Table = {op: None for op in VDI_OPS}
    busy = [(r, o) for r, o in vdi["current_operations"].items() if o != "copy"]
    if busy:
        _set(table, "OTHER_OPERATION_IN_PROGRESS", ["VDI", ref, busy[0][1], busy[0][0]], VDI_OPS)
    active = _active_vbds(store, ref, vdi)
    if active:
        live = ("snapshot", "blocked", "clone", "resize_online")
        rw = [v for v in active if v["mode"] == "RW"]
        for op in VDI_OPS:
            if op in live:
                continue
            if op == "copy" and not rw:
                continue
            _set(table, "VDI_IN_USE", [ref, op], (op,))
    sr = store.records["SR"].get(vdi["SR"])
    caps = _capabilities(store, sr) if sr is not None else []
    if "VDI_RESIZE_ONLINE" not in caps:
        _set(table, "SR_OPERATION_NOT_SUPPORTED", [vdi["SR"]], ("resize_online",))
    if "VDI_RESIZE" not in caps and caps:
        _set(table, "SR_OPERATION_NOT_SUPPORTED", [vdi["SR"]], ("resize",))
    if sr is not None and sr["content_type"] == "iso":
        _set(table, "OPERATION_NOT_ALLOWED", ["The operation is not supported on ISO storage"],
             ("clone", "snapshot", "resize", "resize_online"))
    if sr is not None and sr["type"] == "udev":
        _set(table, "OPERATION_NOT_ALLOWED", ["The operation is not supported on physical devices"],
             ("clone", "copy", "snapshot", "resize", "resize_online", "destroy"))
    if not vdi["managed"]:
        _set(table, "VDI_NOT_MANAGED", [ref], VDI_OPS)
    return table


def _capabilities(store: Any, sr: Record) -> list[str]:
    sm = next((s for s in store.records["SM"].values() if s["type"] == sr["type"]), None)
    return list(sm["capabilities"]) if sm is not None else []


def allowed(table: Table) -> list[str]:
    return [op for op, error in table.items() if error is None]


def check(table: Table, op: str) -> None:
    error = table.get(op)
    if error is not None:
        raise XapiError(error[0], *error[1])


def refresh(store: Any, cls: str, ref: str) -> None:
    """Store the allowed operations of one VBD, VIF or VDI as its state now implies them."""
    record = store.records[cls].get(ref)
    if record is None:
        return
    table = {"VBD": vbd_table, "VIF": vif_table, "VDI": vdi_table}[cls](store, ref, record)
    ops = allowed(table)
    if ops != record["allowed_operations"]:
        store.update(cls, ref, {"allowed_operations": ops})


def refresh_vm_devices(store: Any, vm_ref: str) -> None:
    """After a VM's power state or operations changed: its VBDs, their disks and its VIFs."""
    vm = store.records["VM"].get(vm_ref)
    if vm is None:
        return
    for vbd in vm["VBDs"]:
        refresh(store, "VBD", vbd)
        vdi = store.records["VBD"].get(vbd, {}).get("VDI", NULL_REF)
        if vdi in store.records["VDI"]:
            refresh(store, "VDI", vdi)
    for vif in vm["VIFs"]:
        refresh(store, "VIF", vif)


def settle(store: Any) -> None:
    """At start, as xapi's ``update_allowed_operations`` of every device: the loaded (or generated) devices'
    allowed operations computed from the rules, in place (no event: nobody is listening yet)."""
    with store.lock:
        for cls, rules in (("VBD", vbd_table), ("VIF", vif_table), ("VDI", vdi_table)):
            table = store.records[cls]
            for ref, record in list(table.items()):
                ops = allowed(rules(store, ref, record))
                if ops != record.get("allowed_operations"):
                    table[ref] = {**record, "allowed_operations": ops}
