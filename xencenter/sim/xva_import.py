"""Reading an XVA upload, the way xapi's ``import.ml`` and ``stream_vdi.recv_all`` do, with xapi's errors.

The first member must be ``ova.xml`` (``IMPORT_ERROR_UNEXPECTED_FILE [ova.xml, name]``; a body that is not a tar
at all gets ``IMPORT_ERROR_GENERIC``); from its objects the VM, its disks (new VDIs on the chosen SR: thick
storage refuses one that does not fit), DVD drives (empty), VIFs (MACs generated again from a new
``mac_seed``, as xapi does unless restoring) and networks (found by name, then bridge, else made) are created,
the VM busy with ``import``. Then each disk's chunks are read in order: a chunk named out of order or for
another disk, or a ``.checksum`` that differs (``IMPORT_ERROR_GENERIC`` with xapi's ``Block Ref:3/00000002
checksum failed`` text), a body that ends early (``IMPORT_ERROR_PREMATURE_EOF``) or ``task.cancel`` undo
everything made: a failed or cancelled import leaves no VM behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tarfile
import uuid as uuidlib
import xmlrpc.client
from dataclasses import dataclass, field
from typing import Any

from . import deviceops
from .context import Context
from .devices import make_vdi, vdi_destroy
from .disks import CHUNK, disks_of
from .errors import XapiError
from .fieldtypes import NULL_REF, coerce, field_types
from .lifecycle import destroy as destroy_vm
from .vbds import make_vbd
from .vifs import make_vif
from .vmrules import allowed_operations
from .xva_export import unlock_vm

Record = dict[str, Any]
IMPORT_TASK_KEY = "import_task"
_PROGRESS_EVERY = 16 * CHUNK
_DATE = re.compile(rb"<dateTime\.iso8601>([^<]*)</dateTime\.iso8601>")


class Body:
    """The request body, ``Content-Length`` bytes of it, read exactly."""

    def __init__(self, rfile: Any, length: int) -> None:
        self.rfile = rfile
        self.left = length

    def exact(self, n: int) -> bytes:
        data = self.rfile.read(min(n, self.left)) if n else b""
        self.left -= len(data)
        if len(data) < n:
            raise XapiError("IMPORT_ERROR_PREMATURE_EOF")
        return data

    def drain(self) -> None:
        while self.left > 0:
            data = self.rfile.read(min(self.left, CHUNK))
            if not data:
                return
            self.left -= len(data)


def next_member(body: Body) -> tarfile.TarInfo | None:
    """The next tar header (None at the end-of-archive block)."""
    block = body.exact(tarfile.BLOCKSIZE)
    if block.count(0) == len(block):
        return None
    try:
        return tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
    except tarfile.HeaderError:
        raise XapiError("IMPORT_ERROR_GENERIC", "Not an XVA file: the upload is not a tar archive") from None


def member_data(body: Body, info: tarfile.TarInfo) -> bytes:
    data = body.exact(info.size)
    body.exact(-info.size % tarfile.BLOCKSIZE)
    return data


def parse_header(data: bytes) -> Record:
    # dates as plain text (xmlrpc.client cannot parse xapi's trailing "Z"; the datamodel's types restore them)
    body = _DATE.sub(rb"\1", data)
    text = b"<methodResponse><params><param>" + body + b"</param></params></methodResponse>"
    try:
        (header,), _ = xmlrpc.client.loads(text, use_builtin_types=True)
        if not isinstance(header, dict) or not isinstance(header.get("objects"), list):
            raise ValueError("no objects")
        return header
    except Exception as e:  # expat and shape errors: the file is not an export
        raise XapiError("IMPORT_ERROR_GENERIC", f"ova.xml is not an export header: {str(e)[:120]}") from None


@dataclass
class Made:
    """What an import created so far, undone in reverse on failure."""

    vms: list[str] = field(default_factory=list)
    vdis: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    disks: list[tuple[str, str, int]] = field(default_factory=list)  # (export id, VDI ref, size) to receive


def _fields(cls: str, snapshot: Record, drop: set[str]) -> Record:
    """The exported record's own settings (no refs, no identity), coerced to the datamodel's types."""
    types = field_types(cls)
    out: Record = {}
    for name, value in snapshot.items():
        ft = types.get(name)
        if ft is None or name in drop or ft.kind == "ref" or (ft.elem is not None and ft.elem.kind == "ref"):
            continue
        with contextlib.suppress(TypeError, ValueError):
            out[name] = coerce(ft, value)
    return out


_VM_RUNTIME = {"uuid", "power_state", "current_operations", "allowed_operations", "domid", "domarch",
               "memory_target", "is_a_snapshot", "snapshot_time", "snapshot_info", "transportable_snapshot_id",
               "is_default_template", "blobs", "requires_reboot", "pending_guidances"}


def create_objects(ctx: Context, objects: list[Record], sr_ref: str, restore: bool, made: Made) -> list[str]:
    """Make the VM(s) of the export and what they use; the caller holds the store's lock."""
    store = ctx.store
    by_id = {o.get("id"): o for o in objects if isinstance(o, dict)}
    table: dict[str, str] = {}
    for obj in objects:
        if obj.get("class") == "network":
            table[obj["id"]] = _network(ctx, obj.get("snapshot") or {}, made)
    for obj in objects:
        if obj.get("class") == "VM":
            snapshot = obj.get("snapshot") or {}
            fields = _fields("VM", snapshot, _VM_RUNTIME)
            config = dict(fields.get("other_config", {}))
            if not restore or "mac_seed" not in config:
                config["mac_seed"] = str(uuidlib.uuid4())
            config[IMPORT_TASK_KEY] = ctx.task or ""
            fields.update(other_config=config, power_state="Halted", current_operations={ctx.task or "": "import"},
                          allowed_operations=[], metrics=store.create("VM_metrics", {}))
            vm_ref = store.create("VM", fields)
            made.vms.append(vm_ref)
            table[obj["id"]] = vm_ref
    for obj in objects:
        snapshot = obj.get("snapshot") or {}
        vm_ref = table.get(snapshot.get("VM", ""), "")
        if obj.get("class") == "VBD" and vm_ref:
            _vbd(ctx, vm_ref, snapshot, by_id.get(snapshot.get("VDI", "")), sr_ref, made)
        elif obj.get("class") == "VIF" and vm_ref:
            fields = _fields("VIF", snapshot, {"uuid", "currently_attached", "MAC_autogenerated"})
            if not restore:
                fields["MAC"] = ""
            make_vif(ctx, {**fields, "VM": vm_ref, "network": table.get(snapshot.get("network", ""), NULL_REF)})
    for vm_ref in made.vms:
        deviceops.refresh_vm_devices(store, vm_ref)
    made.disks.sort()
    return list(made.vms)


def _network(ctx: Context, snapshot: Record, made: Made) -> str:
    store = ctx.store
    for key in ("name_label", "bridge"):
        for ref, net in store.records["network"].items():
            if snapshot.get(key) and net.get(key) == snapshot.get(key):
                return ref
    fields = _fields("network", snapshot, {"uuid", "current_operations", "allowed_operations"})
    fields["other_config"] = {**fields.get("other_config", {}), IMPORT_TASK_KEY: ctx.task or ""}
    fields["bridge"] = f"xapi{len(store.records['network'])}"
    ref = store.create("network", fields)
    made.networks.append(ref)
    return ref


def _vbd(ctx: Context, vm_ref: str, snapshot: Record, vdi_obj: Record | None, sr_ref: str, made: Made) -> None:
    fields = _fields("VBD", snapshot, {"uuid", "currently_attached", "device", "status_code", "status_detail"})
    vdi_ref = NULL_REF
    if fields.get("type") == "CD" or vdi_obj is None:
        fields.update(empty=fields.get("type") == "CD", mode="RO" if fields.get("type") == "CD" else "RW")
        if fields.get("type") != "CD":
            return  # a disk without its VDI in the export: nothing to attach
    else:
        vdi = _fields("VDI", vdi_obj.get("snapshot") or {}, {"uuid", "location", "physical_utilisation",
                                                              "is_a_snapshot", "snapshot_time", "managed",
                                                              "missing", "storage_lock", "sm_config"})
        vdi_ref = make_vdi(ctx, {**vdi, "SR": sr_ref, "sm_config": {}})
        made.vdis.append(vdi_ref)
        made.disks.append((vdi_obj["id"], vdi_ref, int(vdi["virtual_size"])))
    make_vbd(ctx, {**fields, "VM": vm_ref, "VDI": vdi_ref})


def receive_disks(ctx: Context, body: Body, made: Made, force: bool) -> None:
    """Each disk's chunks into its VDI, checked as xapi's ``recv_all_vdi`` does."""
    total = sum(size for _, _, size in made.disks) or 1
    done = 0
    chunk_length = -1  # learnt from the first chunk, as xapi does
    disks = disks_of(ctx.api)
    for prefix, vdi_ref, size in made.disks:
        path = disks.blank(ctx.store.get("VDI", vdi_ref)["uuid"], size)
        fd = os.open(path, os.O_WRONLY)
        try:
            offset, last = 0, -1
            while offset < size:
                info = next_member(body)
                if info is None:
                    raise XapiError("IMPORT_ERROR_PREMATURE_EOF")
                if not info.name.startswith(prefix + "/"):
                    raise XapiError("IMPORT_ERROR_GENERIC", 'Stream_vdi.Failure("Invalid XVA file")')
                suffix = info.name[len(prefix) + 1:]
                if not suffix.isdigit() or int(suffix) <= last:
                    raise XapiError("IMPORT_ERROR_GENERIC", 'Stream_vdi.Failure("Invalid XVA file")')
                data = member_data(body, info)
                if chunk_length < 0:
                    chunk_length = len(data)
                offset += (int(suffix) - last - 1) * chunk_length
                last = int(suffix)
                if offset + len(data) > size:
                    raise XapiError("IMPORT_ERROR_GENERIC", 'Stream_vdi.Failure("Invalid XVA file")')
                os.pwrite(fd, data, offset)
                _check_sum(body, info.name, data, force)
                offset += len(data)
                ctx.check_cancelled()
                if offset // _PROGRESS_EVERY != (offset - len(data)) // _PROGRESS_EVERY:
                    ctx.store.update("task", ctx.task or "", {"progress": round(min(0.99, (done + offset) / total), 3)})
        finally:
            os.close(fd)
        done += size


def _check_sum(body: Body, name: str, data: bytes, force: bool) -> None:
    info = next_member(body)
    if info is None:
        raise XapiError("IMPORT_ERROR_PREMATURE_EOF")
    written = member_data(body, info).decode("ascii", "replace")
    if info.name == name + ".checksum":
        computed = hashlib.sha1(data).hexdigest()
    elif info.name == name + ".xxhash":
        return  # XXH64 (newer xapi's): not in Python's standard library, accepted unchecked
    else:
        raise XapiError("IMPORT_ERROR_GENERIC", f'Stream_vdi.Failure("Found unsupported checksum file: {info.name}")')
    if written != computed and not force:
        raise XapiError("IMPORT_ERROR_GENERIC", f'Stream_vdi.Invalid_checksum("Block {name} checksum failed: '
                                                f'original = {written}; recomputed = {computed}")')


def finish(ctx: Context, made: Made) -> None:
    """The import is complete: its VMs are no longer busy."""
    for vm_ref in made.vms:
        unlock_vm(ctx, vm_ref)


def undo(ctx: Context, made: Made) -> None:
    """Destroy what a failed import made (in a context of its own: the import's task may be cancelling)."""
    clean = Context(ctx.api, ctx.session, ctx.host)
    store = ctx.store
    disks = disks_of(ctx.api)
    for vm_ref in made.vms:
        if store.exists("VM", vm_ref):
            with store.lock:
                vm = store.get("VM", vm_ref)
                store.update("VM", vm_ref, {"current_operations": {},
                                            "allowed_operations": allowed_operations({**vm, "current_operations": {}})})
            destroy_vm(clean, vm_ref)
    for vdi_ref in made.vdis:
        if store.exists("VDI", vdi_ref):
            uuid = store.get("VDI", vdi_ref)["uuid"]
            vdi_destroy(clean, vdi_ref)
            disks.drop(uuid)
    for net in made.networks:
        if store.exists("network", net) and not store.get("network", net)["VIFs"]:
            store.destroy("network", net)
