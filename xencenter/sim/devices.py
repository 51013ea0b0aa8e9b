"""A VM's device positions and virtual disks, as xapi does them (VBDs in ``vbds``, VIFs in ``vifs``, the
template installer in ``installer``).

- ``VM.get_allowed_VBD_devices`` / ``get_allowed_VIF_devices``: positions 0-254 / 0-15 not in use.
- ``VDI.create`` (``SR_NO_PBDS``, ``SR_OPERATION_NOT_SUPPORTED`` without the driver's VDI_CREATE, thick storage
  refuses what does not fit: ``SR_BACKEND_FAILURE_44``), ``VDI.destroy`` (``VDI_IN_USE`` while attached; its
  VBDs go with it), ``VDI.resize`` (no shrinking: ``SR_BACKEND_FAILURE_79``), ``VDI.copy``; the SR's
  ``physical_utilisation`` and ``virtual_allocation`` follow.

Every device's ``allowed_operations`` is kept as xapi computes it (``deviceops``).
"""

from __future__ import annotations

import re
from typing import Any

from . import deviceops
from .context import Context
from .disks import disks_of
from .errors import XapiError
from .fieldtypes import NULL_REF, coerce, field_types
from .registry import implements

Record = dict[str, Any]

#: Fields of a create record that have no default in the datamodel: a client must send them.
_REQUIRED = {
    "VBD": ("VM", "VDI", "userdevice", "bootable", "mode", "type", "empty", "other_config", "qos_algorithm_type",
            "qos_algorithm_params"),
    "VDI": ("SR", "virtual_size", "type", "sharable", "read_only", "other_config"),
    "VIF": ("device", "network", "VM", "MAC", "MTU", "other_config", "qos_algorithm_type", "qos_algorithm_params"),
}
OWNER_KEY = "owner"
_DEVICE = re.compile(r"^(?:xvd|hd|sd)([a-z]{1,2})$")


def create_fields(cls: str, record: Any) -> Record:
    """The create record coerced to the datamodel's types; a field without default missing is refused."""
    if not isinstance(record, dict):
        raise XapiError("FIELD_TYPE_ERROR", "args")
    for name in _REQUIRED.get(cls, ()):
        if name not in record:
            raise XapiError("FIELD_TYPE_ERROR", name)
    types = field_types(cls)
    try:
        return {k: coerce(types[k], v) for k, v in record.items() if k in types and k != "uuid"}
    except (TypeError, ValueError):
        raise XapiError("FIELD_TYPE_ERROR", "args") from None



def device_number(text: str) -> int | None:
    """A VBD position from a userdevice or device name: ``2``, ``xvdc``, ``hdc``, ``sdc`` are all 2."""
    text = (text or "").strip()
    if text.isdigit():
        return int(text)
    m = _DEVICE.match(text)
    if not m:
        return None
    letters = m.group(1)
    number = 0
    for letter in letters:
        number = number * 26 + (ord(letter) - ord("a") + 1)
    return number - 1


def device_name(position: int) -> str:
    """The guest's name for a disk position (``xvda`` for 0)."""
    letters = ""
    n = position + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return f"xvd{letters}"


def used_vbd_positions(store: Any, vm: Record) -> set[int]:
    used: set[int] = set()
    for ref in vm["VBDs"]:
        vbd = store.records["VBD"].get(ref)
        if vbd is None:
            continue
        for text in (vbd["userdevice"], vbd["device"]):
            number = device_number(text)
            if number is not None:
                used.add(number)
    return used


def allowed_vbd_devices(store: Any, vm: Record) -> list[str]:
    top = 255 if vm["is_control_domain"] else 254
    used = used_vbd_positions(store, vm)
    return [str(n) for n in range(top + 1) if n not in used]


def allowed_vif_devices(store: Any, vm: Record) -> list[str]:
    used = {store.records["VIF"][r]["device"] for r in vm["VIFs"] if r in store.records["VIF"]}
    return [str(n) for n in range(16) if str(n) not in used]


@implements("VM.get_allowed_VBD_devices")
def get_allowed_vbd_devices(ctx: Context, vm: str) -> list[str]:
    return allowed_vbd_devices(ctx.store, ctx.store.get("VM", vm))


@implements("VM.get_allowed_VIF_devices")
def get_allowed_vif_devices(ctx: Context, vm: str) -> list[str]:
    return allowed_vif_devices(ctx.store, ctx.store.get("VM", vm))


# ---- storage accounting -----------------------------------------------------------------------------------------


def _sm_capabilities(store: Any, sr: Record) -> list[str]:
    sm = next((s for s in store.records["SM"].values() if s["type"] == sr["type"]), None)
    return list(sm["capabilities"]) if sm is not None else []


def is_thin(store: Any, sr: Record) -> bool:
    return "THIN_PROVISIONING" in _sm_capabilities(store, sr) or sr["sm_config"].get("allocation") == "thin"


def account(store: Any, sr_ref: str, virtual: int, physical: int) -> None:
    sr = store.records["SR"].get(sr_ref)
    if sr is None:
        return
    store.update("SR", sr_ref, {
        "virtual_allocation": max(sr["virtual_allocation"] + virtual, 0),
        "physical_utilisation": max(sr["physical_utilisation"] + physical, 0),
    })


def assert_plugged(store: Any, sr_ref: str) -> None:
    sr = store.get("SR", sr_ref)
    if not any(store.records["PBD"].get(p, {}).get("currently_attached") for p in sr["PBDs"]):
        raise XapiError("SR_NO_PBDS", sr_ref)


def assert_managed(store: Any, vdi_ref: str) -> None:
    if not store.get("VDI", vdi_ref)["managed"]:
        raise XapiError("VDI_NOT_MANAGED", vdi_ref)


def make_vdi(ctx: Context, fields: Record) -> str:
    """A new VDI on its SR (checks of VDI.create, the SR's usage updated); the caller holds the lock."""
    store = ctx.store
    sr_ref = fields["SR"]
    sr = store.get("SR", sr_ref)
    if fields.get("type") == "cbt_metadata":
        raise XapiError("VDI_INCOMPATIBLE_TYPE", "", "cbt_metadata")
    assert_plugged(store, sr_ref)
    if store.records["SM"] and "VDI_CREATE" not in _sm_capabilities(store, sr):
        raise XapiError("SR_OPERATION_NOT_SUPPORTED", sr_ref)
    size = int(fields.get("virtual_size", 0))
    if size < 0:
        raise XapiError("SR_BACKEND_FAILURE_79", "", "VDI Invalid size", "")
    thin = is_thin(store, sr)
    used = 0 if thin else size
    if used > sr["physical_size"] - sr["physical_utilisation"]:
        raise XapiError("SR_BACKEND_FAILURE_44", "", "There is insufficient space", "")
    record = {
        "name_label": "", "name_description": "", "sharable": False, "read_only": False, "managed": True,
        "missing": False, "on_boot": "persist", "storage_lock": False, "location": "", "current_operations": {},
        **fields, "physical_utilisation": used, "VBDs": [], "crash_dumps": [], "snapshots": [],
        "is_a_snapshot": False, "snapshot_of": NULL_REF,
    }
    ref = store.create("VDI", record)
    store.update("VDI", ref, {"location": store.get("VDI", ref)["uuid"]})
    account(store, sr_ref, size, used)
    deviceops.refresh(store, "VDI", ref)
    return ref


def drop_vdi(store: Any, ref: str) -> None:
    vdi = store.get("VDI", ref)
    for vbd in list(vdi["VBDs"]):
        if store.exists("VBD", vbd):
            vm = store.records["VBD"][vbd]["VM"]
            store.destroy("VBD", vbd)
            if store.exists("VM", vm):
                deviceops.refresh_vm_devices(store, vm)
    store.destroy("VDI", ref)
    account(store, vdi["SR"], -vdi["virtual_size"], -vdi["physical_utilisation"])


@implements("VDI.create")
def vdi_create(ctx: Context, record: Any) -> str:
    fields = create_fields("VDI", record)
    ctx.work(ctx.api.op_seconds / 2)
    with ctx.store.lock:
        return make_vdi(ctx, fields)


@implements("VDI.destroy")
def vdi_destroy(ctx: Context, vdi: str) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("VDI", vdi)
        assert_plugged(store, record["SR"])
        assert_managed(store, vdi)
        deviceops.check(deviceops.vdi_table(store, vdi, record), "destroy")
    ctx.work(ctx.api.op_seconds / 2)
    with store.lock:
        record = store.get("VDI", vdi)
        deviceops.check(deviceops.vdi_table(store, vdi, record), "destroy")
        drop_vdi(store, vdi)


@implements("VDI.resize")
def vdi_resize(ctx: Context, vdi: str, size: int) -> None:
    _resize(ctx, vdi, size, "resize")


@implements("VDI.resize_online")
def vdi_resize_online(ctx: Context, vdi: str, size: int) -> None:
    _resize(ctx, vdi, size, "resize_online")


def _resize(ctx: Context, vdi: str, size: int, op: str) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("VDI", vdi)
        assert_plugged(store, record["SR"])
        assert_managed(store, vdi)
        deviceops.check(deviceops.vdi_table(store, vdi, record), op)
        if size < record["virtual_size"]:
            raise XapiError("SR_BACKEND_FAILURE_79", "", "VDI Invalid size", "shrinking not allowed")
        sr = store.get("SR", record["SR"])
        grow = size - record["virtual_size"]
        used = 0 if is_thin(store, sr) else grow
        if used > sr["physical_size"] - sr["physical_utilisation"]:
            raise XapiError("SR_BACKEND_FAILURE_44", "", "There is insufficient space", "")
    ctx.work(ctx.api.op_seconds / 2)
    with store.lock:
        record = store.get("VDI", vdi)
        store.update("VDI", vdi, {"virtual_size": size, "physical_utilisation": record["physical_utilisation"] + used})
        account(store, record["SR"], grow, used)


@implements("VDI.copy")
def vdi_copy(ctx: Context, vdi: str, sr: str, base_vdi: str = NULL_REF, into_vdi: str = NULL_REF) -> str:
    store = ctx.store
    with store.lock:
        assert_managed(store, vdi)
        source = store.get("VDI", vdi)
        store.get("SR", sr)
        deviceops.check(deviceops.vdi_table(store, vdi, source), "copy")
    ctx.work()
    with store.lock:
        if store.exists("VDI", into_vdi):
            target = into_vdi
        else:
            target = make_vdi(ctx, {
                "name_label": source["name_label"], "name_description": source["name_description"], "SR": sr,
                "virtual_size": source["virtual_size"], "type": source["type"], "sharable": source["sharable"],
                "read_only": False, "other_config": dict(source["other_config"]),
                "xenstore_data": dict(source["xenstore_data"]), "sm_config": {}, "tags": list(source["tags"]),
            })
        disks_of(ctx.api).copy(source["uuid"], store.get("VDI", target)["uuid"], source["virtual_size"])
        return target
