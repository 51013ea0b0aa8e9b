"""A VM's disks, DVD drives and network interfaces, and the template installer, as xapi does them.

- ``VM.provision``: a template (or halted VM) stops being a template, then the disks of its
  ``other_config["disks"]`` XML are made (each SR named by UUID: ``UUID_INVALID [sr, uuid]`` otherwise, so
  ``sr=""`` must be filled in by the client as ``xe vm-install`` and XenCenter do), each VDI named after its
  position; the XML (and ``postinstall``) keys are then removed. A failure destroys the disks it made.
- ``VM.get_allowed_VBD_devices`` / ``get_allowed_VIF_devices``: positions 0-254 / 0-15 not in use.
- ``VDI.create`` (``SR_NO_PBDS``, ``SR_OPERATION_NOT_SUPPORTED`` without the driver's VDI_CREATE, thick storage
  refuses what does not fit: ``SR_BACKEND_FAILURE_44``), ``VDI.destroy`` (``VDI_IN_USE`` while attached; its
  VBDs go with it), ``VDI.resize`` (no shrinking: ``SR_BACKEND_FAILURE_79``), ``VDI.copy``; the SR's
  ``physical_utilisation`` and ``virtual_allocation`` follow.
- ``VBD.create`` with xapi's checks (``VBD_CDS_MUST_BE_READONLY``, ``VBD_NOT_REMOVABLE_MEDIA``,
  ``VDI_READONLY``, ``VDI_INCOMPATIBLE_TYPE``, ``INVALID_DEVICE``, ``DEVICE_ALREADY_EXISTS``), ``destroy``
  (``OPERATION_NOT_ALLOWED`` while attached), ``plug``/``unplug``, ``insert``/``eject``: each checked against the
  rules of ``deviceops`` (``VM_BAD_POWER_STATE``, ``DEVICE_ALREADY_ATTACHED``, ``VBD_NOT_EMPTY``, ...).
- ``VIF.create`` (a MAC from the VM's ``mac_seed`` when none is given, as xapi computes it; ``MAC_INVALID``,
  ``INVALID_DEVICE``, ``DEVICE_ALREADY_EXISTS``), ``destroy`` (not while attached to a running VM),
  ``plug``/``unplug``, ``move``.

Every device's ``allowed_operations`` is kept as xapi computes it (``deviceops``).
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from typing import Any

from . import deviceops
from .context import Context
from .errors import XapiError
from .fieldtypes import NULL_REF, coerce, field_types
from .lifecycle import copy_vm, operate
from .registry import implements
from .vmrules import allowed_operations, check_operation

Record = dict[str, Any]

#: Fields of a create record that have no default in the datamodel: a client must send them.
_REQUIRED = {
    "VBD": ("VM", "VDI", "userdevice", "bootable", "mode", "type", "empty", "other_config", "qos_algorithm_type",
            "qos_algorithm_params"),
    "VDI": ("SR", "virtual_size", "type", "sharable", "read_only", "other_config"),
    "VIF": ("device", "network", "VM", "MAC", "MTU", "other_config", "qos_algorithm_type", "qos_algorithm_params"),
}
_VDI_TYPES_FOR_VBDS = ("system", "user", "ephemeral", "suspend", "crashdump", "metadata", "rrd", "pvs_cache")
_OWNER_KEY = "owner"
_DEVICE = re.compile(r"^(?:xvd|hd|sd)([a-z]{1,2})$")


def _record(cls: str, record: Any) -> Record:
    """The create record coerced to the datamodel's types; a field without default missing is refused."""
    if not isinstance(record, dict):
        raise XapiError("FIELD_TYPE_ERROR", "args")
    for name in _REQUIRED[cls]:
        if name not in record:
            raise XapiError("FIELD_TYPE_ERROR", name)
    types = field_types(cls)
    try:
        return {k: coerce(types[k], v) for k, v in record.items() if k in types and k != "uuid"}
    except (TypeError, ValueError):
        raise XapiError("FIELD_TYPE_ERROR", "args") from None


# ---- positions ----------------------------------------------------------------------------------------------


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


def _thin(store: Any, sr: Record) -> bool:
    return "THIN_PROVISIONING" in _sm_capabilities(store, sr) or sr["sm_config"].get("allocation") == "thin"


def _account(store: Any, sr_ref: str, virtual: int, physical: int) -> None:
    sr = store.records["SR"].get(sr_ref)
    if sr is None:
        return
    store.update("SR", sr_ref, {
        "virtual_allocation": max(sr["virtual_allocation"] + virtual, 0),
        "physical_utilisation": max(sr["physical_utilisation"] + physical, 0),
    })


def _assert_plugged(store: Any, sr_ref: str) -> None:
    sr = store.get("SR", sr_ref)
    if not any(store.records["PBD"].get(p, {}).get("currently_attached") for p in sr["PBDs"]):
        raise XapiError("SR_NO_PBDS", sr_ref)


def _assert_managed(store: Any, vdi_ref: str) -> None:
    if not store.get("VDI", vdi_ref)["managed"]:
        raise XapiError("VDI_NOT_MANAGED", vdi_ref)


def make_vdi(ctx: Context, fields: Record) -> str:
    """A new VDI on its SR (checks of VDI.create, the SR's usage updated); the caller holds the lock."""
    store = ctx.store
    sr_ref = fields["SR"]
    sr = store.get("SR", sr_ref)
    if fields.get("type") == "cbt_metadata":
        raise XapiError("VDI_INCOMPATIBLE_TYPE", "", "cbt_metadata")
    _assert_plugged(store, sr_ref)
    if store.records["SM"] and "VDI_CREATE" not in _sm_capabilities(store, sr):
        raise XapiError("SR_OPERATION_NOT_SUPPORTED", sr_ref)
    size = int(fields.get("virtual_size", 0))
    if size < 0:
        raise XapiError("SR_BACKEND_FAILURE_79", "", "VDI Invalid size", "")
    thin = _thin(store, sr)
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
    _account(store, sr_ref, size, used)
    deviceops.refresh(store, "VDI", ref)
    return ref


def _drop_vdi(store: Any, ref: str) -> None:
    vdi = store.get("VDI", ref)
    for vbd in list(vdi["VBDs"]):
        if store.exists("VBD", vbd):
            vm = store.records["VBD"][vbd]["VM"]
            store.destroy("VBD", vbd)
            if store.exists("VM", vm):
                deviceops.refresh_vm_devices(store, vm)
    store.destroy("VDI", ref)
    _account(store, vdi["SR"], -vdi["virtual_size"], -vdi["physical_utilisation"])


@implements("VDI.create")
def vdi_create(ctx: Context, record: Any) -> str:
    fields = _record("VDI", record)
    ctx.work(ctx.api.op_seconds / 2)
    with ctx.store.lock:
        return make_vdi(ctx, fields)


@implements("VDI.destroy")
def vdi_destroy(ctx: Context, vdi: str) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("VDI", vdi)
        _assert_plugged(store, record["SR"])
        _assert_managed(store, vdi)
        deviceops.check(deviceops.vdi_table(store, vdi, record), "destroy")
    ctx.work(ctx.api.op_seconds / 2)
    with store.lock:
        record = store.get("VDI", vdi)
        deviceops.check(deviceops.vdi_table(store, vdi, record), "destroy")
        _drop_vdi(store, vdi)


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
        _assert_plugged(store, record["SR"])
        _assert_managed(store, vdi)
        deviceops.check(deviceops.vdi_table(store, vdi, record), op)
        if size < record["virtual_size"]:
            raise XapiError("SR_BACKEND_FAILURE_79", "", "VDI Invalid size", "shrinking not allowed")
        sr = store.get("SR", record["SR"])
        grow = size - record["virtual_size"]
        used = 0 if _thin(store, sr) else grow
        if used > sr["physical_size"] - sr["physical_utilisation"]:
            raise XapiError("SR_BACKEND_FAILURE_44", "", "There is insufficient space", "")
    ctx.work(ctx.api.op_seconds / 2)
    with store.lock:
        record = store.get("VDI", vdi)
        store.update("VDI", vdi, {"virtual_size": size, "physical_utilisation": record["physical_utilisation"] + used})
        _account(store, record["SR"], grow, used)


@implements("VDI.copy")
def vdi_copy(ctx: Context, vdi: str, sr: str, base_vdi: str = NULL_REF, into_vdi: str = NULL_REF) -> str:
    store = ctx.store
    with store.lock:
        _assert_managed(store, vdi)
        source = store.get("VDI", vdi)
        store.get("SR", sr)
        deviceops.check(deviceops.vdi_table(store, vdi, source), "copy")
    ctx.work()
    with store.lock:
        if store.exists("VDI", into_vdi):
            return into_vdi
        return make_vdi(ctx, {
            "name_label": source["name_label"], "name_description": source["name_description"], "SR": sr,
            "virtual_size": source["virtual_size"], "type": source["type"], "sharable": source["sharable"],
            "read_only": False, "other_config": dict(source["other_config"]),
            "xenstore_data": dict(source["xenstore_data"]), "sm_config": {}, "tags": list(source["tags"]),
        })


# ---- VBDs -------------------------------------------------------------------------------------------------------


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
    fields = _record("VBD", record)
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
        _assert_managed(store, vdi)
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


# ---- VIFs -------------------------------------------------------------------------------------------------------


def generated_mac(device: int, seed: str) -> str:
    """xapi's ``gen_mac``: the VM's ``mac_seed`` hashed (MD5) ``2 * device + 1`` times, four bytes of it and two
    of its hash, locally administered and unicast."""
    digest = hashlib.md5(seed.encode()).digest()
    for _ in range(device * 2):
        digest = hashlib.md5(digest).digest()
    second = hashlib.md5(digest).digest()
    octets = [digest[0], digest[1], digest[2], digest[3], second[1], second[2]]
    octets[0] = (octets[0] | 0x2) & ~0x1
    return ":".join(f"{b:02x}" for b in octets)


_MAC = re.compile(r"^[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}$")


def make_vif(ctx: Context, fields: Record) -> str:
    store = ctx.store
    vm_ref = fields["VM"]
    vm = store.get("VM", vm_ref)
    store.get("network", fields["network"])
    device = str(fields.get("device", ""))
    if not device.isdigit():
        raise XapiError("INVALID_DEVICE", device)
    mac, generated = str(fields.get("MAC", "")), False
    seed = vm["other_config"].get("mac_seed")
    if seed is not None and not mac:
        mac, generated = generated_mac(int(device), seed), True
    if not _MAC.match(mac):
        raise XapiError("MAC_INVALID", mac)
    taken = {int(store.records["VIF"][r]["device"]) for r in vm["VIFs"] if r in store.records["VIF"]
             and str(store.records["VIF"][r]["device"]).isdigit()}
    if int(device) in taken:
        raise XapiError("DEVICE_ALREADY_EXISTS", device)
    suspended = vm["power_state"] == "Suspended"
    record = {
        "other_config": {}, "qos_algorithm_type": "", "qos_algorithm_params": {}, "locking_mode": "network_default",
        "ipv4_allowed": [], "ipv6_allowed": [], "current_operations": {}, "status_code": 0, "status_detail": "",
        "runtime_properties": {}, "qos_supported_algorithms": [], "reserved": False,
        **fields, "device": device, "MAC": mac.lower(), "MAC_autogenerated": generated,
        "currently_attached": bool(fields.get("currently_attached")) if suspended else False,
        "allowed_operations": [],
    }
    ref = store.create("VIF", record)
    deviceops.refresh(store, "VIF", ref)
    return ref


@implements("VIF.create")
def vif_create(ctx: Context, record: Any) -> str:
    fields = _record("VIF", record)
    with ctx.store.lock:
        return make_vif(ctx, fields)


@implements("VIF.destroy")
def vif_destroy(ctx: Context, vif: str) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("VIF", vif)
        vm = store.records["VM"].get(record["VM"], {})
        if vm.get("power_state") == "Running" and record["currently_attached"]:
            raise XapiError("OPERATION_NOT_ALLOWED", "VIF currently attached to a running VM")
        store.destroy("VIF", vif)


def _vif_operation(ctx: Context, vif: str, op: str, attached: bool) -> None:
    store = ctx.store
    with store.lock:
        record = store.get("VIF", vif)
        deviceops.check(deviceops.vif_table(store, vif, record), op)
        task = ctx.task or f"OpaqueRef:{op}"
        store.update("VIF", vif, {"current_operations": {task: op}, "allowed_operations": []})
    try:
        ctx.work(ctx.api.op_seconds / 2)
        with store.lock:
            store.update("VIF", vif, {"currently_attached": attached})
    finally:
        with store.lock:
            if store.exists("VIF", vif):
                store.update("VIF", vif, {"current_operations": {}})
                deviceops.refresh(store, "VIF", vif)


@implements("VIF.plug")
def vif_plug(ctx: Context, vif: str) -> None:
    _vif_operation(ctx, vif, "plug", True)


@implements("VIF.unplug", "VIF.unplug_force")
def vif_unplug(ctx: Context, vif: str) -> None:
    _vif_operation(ctx, vif, "unplug", False)


@implements("VIF.move")
def vif_move(ctx: Context, vif: str, network: str) -> None:
    store = ctx.store
    with store.lock:
        store.get("VIF", vif)
        store.get("network", network)
        store.update("VIF", vif, {"network": network})


# ---- the template installer ---------------------------------------------------------------------------------


def _provision_disks(text: str) -> list[dict[str, str]]:
    """xapi's ``disks_of_xml``: ``<provision><disk device= size= sr= bootable= type=/>...</provision>``."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        raise XapiError("INTERNAL_ERROR", "Xapi_templates.Parse_failure") from None
    if root.tag != "provision" or root.attrib:
        raise XapiError("INTERNAL_ERROR", "Xapi_templates.Parse_failure")
    disks = []
    for node in root:
        if node.tag != "disk" or any(k not in node.attrib for k in ("device", "size", "sr", "bootable")):
            raise XapiError("INTERNAL_ERROR", "Xapi_templates.Parse_failure")
        if not node.attrib["size"].isdigit():
            raise XapiError("INTERNAL_ERROR", "Xapi_templates.Parse_failure")
        disks.append(dict(node.attrib))
    return disks


def _install(ctx: Context, vm_ref: str, vm: Record) -> Record:
    store = ctx.store
    store.update("VM", vm_ref, {"is_a_template": False})  # first, as xapi does: it stays so on failure
    other = dict(vm["other_config"])
    if "disks" not in other and "postinstall" not in other:
        return {"is_a_template": False}
    disks = _provision_disks(other["disks"]) if other.get("disks") else []
    _assert_room(store, [(next((r for r, s in store.records["SR"].items() if s["uuid"] == d["sr"]), ""),
                          int(d["size"])) for d in disks])
    made: list[tuple[str, str]] = []
    try:
        for disk in disks:
            sr = next((r for r, s in store.records["SR"].items() if s["uuid"] == disk["sr"]), None)
            if sr is None:
                raise XapiError("UUID_INVALID", "sr", disk["sr"])
            kind = disk.get("type") or "system"
            vdi = make_vdi(ctx, {
                "name_label": "", "name_description": "Created by template provisioner", "SR": sr,
                "virtual_size": int(disk["size"]), "type": kind, "sharable": False, "read_only": False,
                "other_config": {}, "xenstore_data": {}, "sm_config": {"vmhint": vm["uuid"]}, "tags": [],
            })
            made.append(("VDI", vdi))
            vbd = make_vbd(ctx, {
                "VM": vm_ref, "VDI": vdi, "userdevice": disk["device"], "bootable": disk["bootable"] == "true",
                "mode": "RW", "type": "Disk", "unpluggable": kind != "system", "empty": False,
                "other_config": {_OWNER_KEY: ""}, "qos_algorithm_type": "", "qos_algorithm_params": {},
                "device": "", "currently_attached": False,
            })
            made.append(("VBD", vbd))
            store.update("VDI", vdi, {"name_label": store.get("VBD", vbd)["userdevice"]})
    except BaseException:
        for cls, ref in reversed(made):
            if store.exists(cls, ref):
                _drop_vdi(store, ref) if cls == "VDI" else store.destroy(cls, ref)
        raise
    other.pop("disks", None)
    other.pop("postinstall", None)
    return {"is_a_template": False, "other_config": other}


@implements("VM.provision")
def provision(ctx: Context, vm: str) -> None:
    operate(ctx, vm, "provision", lambda rec: _install(ctx, vm, rec))


def _assert_room(store: Any, disks: list[tuple[str, int]]) -> None:
    """``SR_FULL [requested, maximum]`` (VM.provision's and VM.copy's error) when thick storage cannot take
    the disks."""
    needed: dict[str, int] = {}
    for sr, size in disks:
        if sr in store.records["SR"] and not _thin(store, store.records["SR"][sr]):
            needed[sr] = needed.get(sr, 0) + size
    for sr, size in needed.items():
        record = store.records["SR"][sr]
        free = record["physical_size"] - record["physical_utilisation"]
        if size > free:
            raise XapiError("SR_FULL", size, max(free, 0))


# ---- copies and templates ---------------------------------------------------------------------------------


@implements("VM.copy")
def copy(ctx: Context, vm: str, new_name: str, sr: str) -> str:
    """A full copy: the VM's settings as a clone takes them, each disk copied (to ``sr``, or when it is null to
    the SR it is on); ``SR_FULL`` when thick storage cannot take the copies."""
    store = ctx.store

    def check() -> None:
        if sr != NULL_REF:
            store.get("SR", sr)
            _assert_plugged(store, sr)
        rec = store.get("VM", vm)
        disks = []
        for vbd in rec["VBDs"]:
            record = store.records["VBD"].get(vbd)
            if record is not None and record["type"] == "Disk" and store.exists("VDI", record["VDI"]):
                disk = store.get("VDI", record["VDI"])
                disks.append((sr if sr != NULL_REF else disk["SR"], disk["virtual_size"]))
        _assert_room(store, disks)

    def apply(rec: dict[str, Any]) -> dict[str, Any]:
        changes = copy_vm(ctx, vm, rec, new_name, snapshot=False)
        new = changes["_result"]
        for vbd in store.get("VM", new)["VBDs"]:
            record = store.records["VBD"].get(vbd)
            if record is None or record["type"] != "Disk" or not store.exists("VDI", record["VDI"]):
                continue
            disk = store.get("VDI", record["VDI"])
            target = sr if sr != NULL_REF else disk["SR"]
            used = 0 if _thin(store, store.get("SR", target)) else disk["virtual_size"]
            store.update("VDI", record["VDI"], {"SR": target, "physical_utilisation": used, "sm_config": {}})
            _account(store, target, disk["virtual_size"], used)
        return changes

    ctx.work()
    return operate(ctx, vm, "copy", apply, check)


@implements("VM.set_is_a_template")
def set_is_a_template(ctx: Context, vm: str, value: bool) -> None:
    """To a template (``make_into_template``: a halted VM; its HA flag cleared) or back (the install time set)."""
    store = ctx.store
    with store.lock:
        record = store.get("VM", vm)
        changes: dict[str, Any] = {"is_a_template": bool(value)}
        if value:
            if record["is_a_template"]:
                return
            check_operation(vm, record, "make_into_template")
            changes["ha_always_run"] = False
        elif store.exists("VM_metrics", record["metrics"]):
            from .context import now_iso

            store.update("VM_metrics", record["metrics"], {"install_time": now_iso()})
        after = {**record, **changes}
        changes["allowed_operations"] = allowed_operations(after)
        store.update("VM", vm, changes)
        deviceops.refresh_vm_devices(store, vm)
