"""Writing a VM as XVA, the way xapi's ``export.ml`` and ``stream_vdi.ml`` do.

The stream is a tar: ``ova.xml`` first, the XML-RPC struct ``{version: {...}, objects: [{class, id,
snapshot}, ...]}`` of the VM and everything it points at (VBDs, VDIs, their SRs, VIFs, their networks, its
metrics and hosts), every internal ref replaced by an export id (``Ref:3``) or the null ref; then each disk, in
the order of its id as text, as ``Ref:3/00000000``, ``Ref:3/00000001``... members of 1 MiB, each followed by
``Ref:3/0000000N.checksum`` holding the chunk's SHA-1 in hex. Chunks of zeros are left out, except the first and
the last of each disk (xapi always writes them: the importer learns the chunk size from the first).
"""

from __future__ import annotations

import hashlib
import os
import tarfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .context import Context
from .disks import CHUNK, data_chunks, disks_of
from .errors import XapiError
from .fieldtypes import EPOCH, NULL_REF
from .vmrules import allowed_operations
from .wire import encode_xml_value

EXPORT_VSN = 2
ZEROS = bytes(CHUNK)
Write = Callable[[bytes], Any]

# What xapi's make_<class> clears or resets in the exported records (no preserve_power_state).
_RESET: dict[str, dict[str, Any]] = {
    "VM": {"power_state": "Halted", "suspend_VDI": NULL_REF, "is_a_snapshot": False, "snapshot_of": NULL_REF,
           "snapshots": [], "snapshot_time": EPOCH, "transportable_snapshot_id": "", "parent": NULL_REF,
           "current_operations": {}, "allowed_operations": [], "crash_dumps": [], "consoles": [],
           "protection_policy": NULL_REF, "blobs": {}},
    "VBD": {"currently_attached": False, "metrics": NULL_REF, "current_operations": {}, "allowed_operations": []},
    "VIF": {"currently_attached": False, "metrics": NULL_REF, "current_operations": {}, "allowed_operations": []},
    "network": {"PIFs": [], "current_operations": {}, "allowed_operations": []},
    "VDI": {"crash_dumps": [], "current_operations": {}, "allowed_operations": []},
    "SR": {"PBDs": [], "current_operations": {}, "allowed_operations": []},
    "host": {"PIFs": [], "PBDs": [], "PGPUs": [], "PCIs": [], "host_CPUs": [], "license_params": {}, "blobs": {},
             "metrics": NULL_REF, "patches": [], "crashdumps": [], "other_config": {}, "capabilities": [],
             "software_version": {}, "tags": [], "external_auth_configuration": {}},
}
_ORDER = ("host", "VM", "VM_metrics", "VM_guest_metrics", "VBD", "VIF", "network", "VDI", "SR")


@dataclass
class Plan:
    """What one export writes: the export id of every object, and the disks to stream (id, VDI ref, size)."""

    ids: dict[str, str] = field(default_factory=dict)
    classes: dict[str, str] = field(default_factory=dict)
    disks: list[tuple[str, str, int]] = field(default_factory=list)

    def add(self, cls: str, ref: str) -> None:
        if ref and ref != NULL_REF and ref not in self.ids:
            self.ids[ref] = f"Ref:{len(self.ids)}"
            self.classes[ref] = cls


def plan_export(store: Any, vm_ref: str) -> Plan:
    """The objects of the VM's export, as xapi's ``update_table`` walks them."""
    plan = Plan()
    vm = store.get("VM", vm_ref)
    plan.add("VM", vm_ref)
    for vif in vm["VIFs"]:
        if store.exists("VIF", vif):
            plan.add("VIF", vif)
            plan.add("network", store.get("VIF", vif)["network"])
    for vbd_ref in vm["VBDs"]:
        vbd = store.records["VBD"].get(vbd_ref)
        if vbd is None:
            continue
        plan.add("VBD", vbd_ref)
        if not vbd["empty"] and store.exists("VDI", vbd["VDI"]):
            vdi = store.get("VDI", vbd["VDI"])
            plan.add("VDI", vbd["VDI"])
            plan.add("SR", vdi["SR"])
            sr = store.records["SR"].get(vdi["SR"], {})
            if vbd["type"] != "CD" and sr.get("content_type") != "iso":
                plan.disks.append((plan.ids[vbd["VDI"]], vbd["VDI"], vdi["virtual_size"]))
    for cls, name in (("VM_metrics", "metrics"), ("VM_guest_metrics", "guest_metrics"), ("host", "resident_on"),
                      ("host", "affinity")):
        if store.exists(cls, vm[name]):
            plan.add(cls, vm[name])
    plan.disks.sort()
    return plan


def _external(value: Any, ids: dict[str, str]) -> Any:
    """Refs replaced by export ids (null when not exported); sets of refs keep only the exported ones."""
    if isinstance(value, str) and value.startswith("OpaqueRef:"):
        return ids.get(value, NULL_REF)
    if isinstance(value, list):
        mapped = [_external(v, ids) for v in value]
        return [v for v in mapped if v != NULL_REF]
    if isinstance(value, dict):
        return {k: _external(v, ids) for k, v in value.items()}
    return value


def ova_xml(store: Any, plan: Plan, hostname: str) -> bytes:
    """The export's header: version and every object, in xapi's XML-RPC."""
    objects = []
    refs = sorted(plan.ids, key=lambda r: (_ORDER.index(plan.classes[r]), int(plan.ids[r][4:])))
    for ref in refs:
        cls = plan.classes[ref]
        record = {**store.get(cls, ref), **_RESET.get(cls, {})}
        objects.append({"class": cls, "id": plan.ids[ref], "snapshot": _external(record, plan.ids)})
    pool: dict[str, Any] = next(iter(store.records["pool"].values()), {})
    coordinator = store.records["host"].get(pool.get("master", ""), {})
    software = coordinator.get("software_version", {})
    version = {
        "hostname": hostname, "date": time.strftime("%Y-%m-%d"),
        "product_version": software.get("product_version", ""), "product_brand": software.get("product_brand", ""),
        "build_number": software.get("build_number", ""), "xapi_major": int(coordinator.get("API_version_major", 2)),
        "xapi_minor": int(coordinator.get("API_version_minor", 0)), "export_vsn": EXPORT_VSN,
    }
    return encode_xml_value({"version": version, "objects": objects}).encode()


def tar_header(name: str, size: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, int(time.time()), 0o644
    return info.tobuf(tarfile.USTAR_FORMAT)


def _member(write: Write, name: str, data: bytes) -> None:
    write(tar_header(name, len(data)))
    write(data)
    padding = -len(data) % tarfile.BLOCKSIZE
    if padding:
        write(bytes(padding))


def stream_export(ctx: Context, plan: Plan, header: bytes, write: Write) -> None:
    """Write the whole XVA through ``write``; the task's progress follows the disks, task.cancel stops it."""
    _member(write, "ova.xml", header)
    total = sum(size for _, _, size in plan.disks) or 1
    done = 0
    reported = time.monotonic()
    disks = disks_of(ctx.api)
    for prefix, vdi_ref, size in plan.disks:
        path = disks.path(ctx.store.get("VDI", vdi_ref)["uuid"], size)
        fd = os.open(path, os.O_RDONLY)
        try:
            last = max(0, (size - 1) // CHUNK)
            for number in data_chunks(fd, size):
                offset = number * CHUNK
                length = min(CHUNK, size - offset)
                chunk = os.pread(fd, length, offset)
                if number in (0, last) or chunk != ZEROS[:length]:
                    name = f"{prefix}/{number:08d}"
                    _member(write, name, chunk)
                    _member(write, name + ".checksum", hashlib.sha1(chunk).hexdigest().encode())
                ctx.check_cancelled()
                if time.monotonic() - reported > 0.2:
                    reported = time.monotonic()
                    _progress(ctx, (done + offset + length) / total)
        finally:
            os.close(fd)
        done += size
    write(bytes(2 * tarfile.BLOCKSIZE))


def _progress(ctx: Context, fraction: float) -> None:
    if ctx.task and ctx.store.exists("task", ctx.task):
        ctx.store.update("task", ctx.task, {"progress": round(min(fraction, 0.99), 3)})


def lock_vm(ctx: Context, vm_ref: str, op: str, check: Callable[[str, dict[str, Any], str], None]) -> None:
    """Mark the VM busy with ``op`` for the task's time (``check`` refuses it as xapi would)."""
    with ctx.store.lock:
        vm = ctx.store.get("VM", vm_ref)
        if vm["is_a_template"]:  # templates and snapshots export too: only another operation stops them
            if vm["current_operations"]:
                raise XapiError("OTHER_OPERATION_IN_PROGRESS", "VM", vm_ref, next(iter(vm["current_operations"].values())))
        else:
            check(vm_ref, vm, op)
        if vm["power_state"] not in ("Halted", "Suspended") and not vm["is_a_template"]:
            raise XapiError("VM_BAD_POWER_STATE", vm_ref, "halted", vm["power_state"].lower())
        busy = {**vm["current_operations"], ctx.task or "": op}
        ctx.store.update("VM", vm_ref, {"current_operations": busy,
                                        "allowed_operations": allowed_operations({**vm, "current_operations": busy})})


def unlock_vm(ctx: Context, vm_ref: str) -> None:
    with ctx.store.lock:
        if not ctx.store.exists("VM", vm_ref):
            return
        vm = ctx.store.get("VM", vm_ref)
        left = {k: v for k, v in vm["current_operations"].items() if k != (ctx.task or "")}
        ctx.store.update("VM", vm_ref, {"current_operations": left,
                                        "allowed_operations": allowed_operations({**vm, "current_operations": left})})

