"""The template installer and copies, as xapi does them.

- ``VM.provision``: a template (or halted VM) stops being a template, then the disks of its
  ``other_config["disks"]`` XML are made (each SR named by UUID: ``UUID_INVALID [sr, uuid]`` otherwise, so
  ``sr=""`` must be filled in by the client as ``xe vm-install`` and XenCenter do), each VDI named after its
  position; the XML (and ``postinstall``) keys are then removed. A failure destroys the disks it made.
- ``VM.copy`` (full copies of the disks on the SR asked) and ``VM.set_is_a_template``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from . import deviceops
from .context import Context
from .devices import OWNER_KEY, Record, account, assert_plugged, drop_vdi, is_thin, make_vdi
from .errors import XapiError
from .fieldtypes import NULL_REF
from .lifecycle import copy_vm, operate
from .registry import implements
from .vbds import make_vbd
from .vmrules import allowed_operations, check_operation


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
                "other_config": {OWNER_KEY: ""}, "qos_algorithm_type": "", "qos_algorithm_params": {},
                "device": "", "currently_attached": False,
            })
            made.append(("VBD", vbd))
            store.update("VDI", vdi, {"name_label": store.get("VBD", vbd)["userdevice"]})
    except BaseException:
        for cls, ref in reversed(made):
            if store.exists(cls, ref):
                drop_vdi(store, ref) if cls == "VDI" else store.destroy(cls, ref)
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
        if sr in store.records["SR"] and not is_thin(store, store.records["SR"][sr]):
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
            assert_plugged(store, sr)
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
            used = 0 if is_thin(store, store.get("SR", target)) else disk["virtual_size"]
            store.update("VDI", record["VDI"], {"SR": target, "physical_utilisation": used, "sm_config": {}})
            account(store, target, disk["virtual_size"], used)
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
