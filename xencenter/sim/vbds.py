"""VBDs as xapi does them: ``VBD.create`` with xapi's checks (``VBD_CDS_MUST_BE_READONLY``,
``VBD_NOT_REMOVABLE_MEDIA``, ``VDI_READONLY``, ``VDI_INCOMPATIBLE_TYPE``, ``INVALID_DEVICE``,
``DEVICE_ALREADY_EXISTS``), ``destroy`` (``OPERATION_NOT_ALLOWED`` while attached), ``plug``/``unplug``,
``insert``/``eject``: each checked against the rules of ``deviceops`` (``VM_BAD_POWER_STATE``,
``DEVICE_ALREADY_ATTACHED``, ``VBD_NOT_EMPTY``, ...).
"""

from __future__ import annotations

from typing import Any

from . import deviceops
from .context import Context
from .devices import (
    Record,
    allowed_vbd_devices,
    assert_managed,
    create_fields,
    device_name,
    device_number,
    used_vbd_positions,
)
from .errors import XapiError
from .fieldtypes import NULL_REF
from .registry import implements

#: The VDI types a VBD may attach (xapi's ``Xapi_vbd_helpers``).
_VDI_TYPES_FOR_VBDS = ("system", "user", "ephemeral", "suspend", "crashdump", "metadata", "rrd", "pvs_cache")


def make_vbd(ctx: Context, fields: Record) -> str:
    """A new VBD with VBD.create's checks; the caller holds the lock."""
    store = ctx.store
    vm_ref = fields["VM"]
    vm = store.get("VM", vm_ref)
    empty = bool(fields.get("empty"))
    vdi_ref = fields.get("VDI", NULL_REF)
    vdi = None if empty and not store.exists("VDI", vdi_ref) else store.get("VDI", vdi_ref)
    if not empty and vdi is not None and vdi["type"] not in _VDI_TYPES_FOR_VBDS:
        raise XapiError("VDI_INCOMPATIBLE_TYPE", vdi_ref, vdi["type"])
    kind, mode = fields.get("type", "Disk"), fields.get("mode", "RW")
    if kind == "CD" and mode != "RO":
        raise XapiError("VBD_CDS_MUST_BE_READONLY")
    if kind != "CD" and empty:
        raise XapiError("VBD_NOT_REMOVABLE_MEDIA", "in constructor")
    if mode == "RW" and vdi is not None and vdi["read_only"]:
        raise XapiError("VDI_READONLY", vdi_ref)
    migrating = [(r, o) for r, o in vm["current_operations"].items() if o in ("migrate_send", "pool_migrate")]
    if migrating:
        raise XapiError("OTHER_OPERATION_IN_PROGRESS", "VM", vm_ref, migrating[0][1], migrating[0][0])
    userdevice = str(fields.get("userdevice", ""))
    if userdevice == "autodetect":
        free = allowed_vbd_devices(store, vm)
        if not free:
            raise XapiError("INVALID_DEVICE", userdevice)
        userdevice = free[0]
    number = device_number(userdevice)
    if number is None or number > 255:
        raise XapiError("INVALID_DEVICE", userdevice)
    if number in used_vbd_positions(store, vm):
        raise XapiError("DEVICE_ALREADY_EXISTS", userdevice)
    suspended = vm["power_state"] == "Suspended"
    record = {
        "bootable": False, "unpluggable": True, "qos_algorithm_type": "", "qos_algorithm_params": {},
        "other_config": {}, "current_operations": {}, "storage_lock": False, "status_code": 0, "status_detail": "",
        "runtime_properties": {}, "reserved": False, "qos_supported_algorithms": [],
        **fields, "userdevice": userdevice, "empty": empty, "VDI": vdi_ref if vdi is not None else NULL_REF,
        "device": fields.get("device", "") if suspended else "",
        "currently_attached": bool(fields.get("currently_attached")) if suspended else False,
        "allowed_operations": [],
    }
    ref = store.create("VBD", record)
    deviceops.refresh(store, "VBD", ref)
    if vdi is not None:
        deviceops.refresh(store, "VDI", vdi_ref)
    return ref


@implements("VBD.create")
def vbd_create(ctx: Context, record: Any) -> str:
    fields = create_fields("VBD", record)
    with ctx.store.lock:
        return make_vbd(ctx, fields)


@implements("VBD.destroy")
def vbd_destroy(ctx: Context, vbd: str) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("VBD", vbd)
        if record["currently_attached"] or record.get("reserved"):
            vm = store.records["VM"].get(record["VM"], {})
            raise XapiError("OPERATION_NOT_ALLOWED", f"VBD '{record['uuid']}' still attached to '{vm.get('uuid', '')}'")
        store.destroy("VBD", vbd)
        if store.exists("VDI", record["VDI"]):
            deviceops.refresh(store, "VDI", record["VDI"])


@implements("VBD.set_mode")
def vbd_set_mode(ctx: Context, vbd: str, value: str) -> None:
    """xapi's ``set_mode``: the VM must be halted; a read-only disk stays read-only."""
    store = ctx.store
    with store.lock:
        record = store.get("VBD", vbd)
        vm = store.get("VM", record["VM"])
        if vm["power_state"] != "Halted":
            raise XapiError("VM_BAD_POWER_STATE", record["VM"], "halted", vm["power_state"].lower())
        if value == "RW" and store.exists("VDI", record["VDI"]) and store.get("VDI", record["VDI"])["read_only"]:
            raise XapiError("VDI_READONLY", record["VDI"])
        store.update("VBD", vbd, {"mode": value})


def _vbd_operation(ctx: Context, vbd: str, op: str, changes: Any) -> None:
    """Check ``op``, show it in ``current_operations`` for the simulated time, apply ``changes(record)``."""
    store = ctx.store
    with store.lock:
        record = store.get("VBD", vbd)
        deviceops.check(deviceops.vbd_table(store, vbd, record), op)
        task = ctx.task or f"OpaqueRef:{op}"
        store.update("VBD", vbd, {"current_operations": {task: op}, "allowed_operations": []})
    try:
        ctx.work(ctx.api.op_seconds / 2)
        with store.lock:
            store.update("VBD", vbd, changes(store.get("VBD", vbd)))
    finally:
        with store.lock:
            if store.exists("VBD", vbd):
                store.update("VBD", vbd, {"current_operations": {}})
                deviceops.refresh(store, "VBD", vbd)
                vdi = store.get("VBD", vbd)["VDI"]
                if store.exists("VDI", vdi):
                    deviceops.refresh(store, "VDI", vdi)


@implements("VBD.plug")
def vbd_plug(ctx: Context, vbd: str) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("VBD", vbd)
        vm = store.get("VM", record["VM"])
        if vm["HVM_boot_policy"] and record["type"] != "CD" and record["mode"] == "RO":
            raise XapiError("DISK_VBD_MUST_BE_READWRITE_FOR_HVM", vbd)
    _vbd_operation(ctx, vbd, "plug", lambda rec: {
        "currently_attached": True, "device": rec["device"] or device_name(device_number(rec["userdevice"]) or 0)})


@implements("VBD.unplug", "VBD.unplug_force")
def vbd_unplug(ctx: Context, vbd: str) -> None:
    _vbd_operation(ctx, vbd, "unplug", lambda rec: {"currently_attached": False})


def _assert_not_suspended(store: Any, vm_ref: str) -> None:
    if store.get("VM", vm_ref)["power_state"] == "Suspended":
        raise XapiError("VM_BAD_POWER_STATE", vm_ref, "halted, running", "suspended")


@implements("VBD.insert")
def vbd_insert(ctx: Context, vbd: str, vdi: str) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("VBD", vbd)
        _assert_not_suspended(store, record["VM"])
        if record["type"] != "CD":
            raise XapiError("VBD_NOT_REMOVABLE_MEDIA", vbd)
        if not record["empty"]:
            raise XapiError("VBD_NOT_EMPTY", vbd)
        store.get("VDI", vdi)
        assert_managed(store, vdi)
    _vbd_operation(ctx, vbd, "insert", lambda rec: {"VDI": vdi, "empty": False})


@implements("VBD.eject")
def vbd_eject(ctx: Context, vbd: str) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("VBD", vbd)
        if record["type"] != "CD":
            raise XapiError("VBD_NOT_REMOVABLE_MEDIA", vbd)
        if record["empty"]:
            raise XapiError("VBD_IS_EMPTY", vbd)
        _assert_not_suspended(store, record["VM"])
    old = store.get("VBD", vbd)["VDI"]
    _vbd_operation(ctx, vbd, "eject", lambda rec: {"VDI": NULL_REF, "empty": True})
    with store.lock:
        if store.exists("VDI", old):
            deviceops.refresh(store, "VDI", old)
