"""Migration to another pool: a ``dest`` from the other simulator's ``host.migrate_receive``.

The source checks its side (``VDI_NOT_IN_MAP``, ``VIF_NOT_IN_MAP``, the VM's operations), asks the destination
to check its side (``sim.receive_vm`` with ``dry_run``: host live and enabled, SRs seen by the host with room,
networks, memory and CPU of a running VM), takes the simulated time (progress, ``task.cancel``), then hands the
VM over in one call: the destination makes the VM (same UUID), its disks on the mapped SRs (same sizes), its
VBDs, its VIFs on the mapped networks and, for a running VM, its domain on the target host; only then does the
source destroy its own. A destination that cannot be reached is ``CANNOT_CONTACT_HOST [address]`` and the VM
stays where it was. ``sim.receive_vm`` stands for what xapi does with the metadata import, the storage mirror
and the memory stream.
"""

from __future__ import annotations

import http.client
import json
import ssl
from typing import Any
from urllib.parse import urlsplit

from . import deviceops, memory
from .context import Context
from .devices import account, make_vdi
from .errors import XapiError
from .fieldtypes import NULL_REF, FieldType, coerce, field_types
from .lifecycle import boot, operate
from .placement import assert_can_boot_here, check_targets, network_reachable
from .registry import control
from .store import Store
from .vmrules import allowed_operations, check_operation

Record = dict[str, Any]
TIMEOUT_SECONDS = 30.0


class Remote:
    """JSON-RPC calls to the destination's coordinator with the session it gave out."""

    def __init__(self, dest: dict[str, str]) -> None:
        parts = urlsplit(dest.get("master", ""))
        self.address = parts.hostname or ""
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.https = parts.scheme == "https"
        self.session = dest.get("session_id", "")

    def call(self, method: str, *args: Any) -> Any:
        return self._post(method, [self.session, *args])

    def login(self, user: str, password: str) -> None:
        """A session of its own on the other pool (``session.login_with_password``), for the calls after."""
        self.session = self._post("session.login_with_password", [user, password, "1.0", "xapi"])

    def _post(self, method: str, params: list[Any]) -> Any:
        body = json.dumps({"jsonrpc": "2.0", "method": method, "params": params, "id": 1})
        try:
            if self.https:  # xapi does not check a foreign pool's certificate for a migration either
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
                conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                    self.address, self.port, timeout=TIMEOUT_SECONDS, context=context)
            else:
                conn = http.client.HTTPConnection(self.address, self.port, timeout=TIMEOUT_SECONDS)
            try:
                conn.request("POST", "/jsonrpc", body, {"Content-Type": "application/json"})
                answer = json.loads(conn.getresponse().read())
            finally:
                conn.close()
        except (OSError, ValueError, http.client.HTTPException):
            raise XapiError("CANNOT_CONTACT_HOST", self.address) from None
        error = answer.get("error")
        if error:
            raise XapiError(str(error.get("message")), *[str(p) for p in error.get("data") or []])
        return answer.get("result")


# -- the source -------------------------------------------------------------------------------------------------


def _mentions_ref(ft: FieldType) -> bool:
    return ft.kind == "ref" or any(t is not None and _mentions_ref(t) for t in (ft.elem, ft.key))


def portable(cls: str, record: Record) -> Record:
    """The fields of a record that mean something in another pool: no references, no operations, no UUID."""
    types = field_types(cls)
    return {k: v for k, v in record.items() if k in types and not _mentions_ref(types[k])
            and k not in ("uuid", "allowed_operations", "current_operations")}


def _payload(store: Store, vm_ref: str, vm: Record, host: str, vdi_map: dict[str, str],
             vif_map: dict[str, str]) -> Record:
    """What the destination needs to make the VM; refuses unmapped disks and interfaces."""
    drives = []
    for vbd in vm["VBDs"]:
        record = store.records["VBD"].get(vbd)
        if record is None:
            continue
        vdi = record["VDI"] if record["type"] == "Disk" and record["VDI"] in store.records["VDI"] else None
        if vdi is not None and vdi not in vdi_map:
            raise XapiError("VDI_NOT_IN_MAP", vdi)
        drives.append({"vbd": portable("VBD", record), "vdi": portable("VDI", store.get("VDI", vdi)) if vdi else None,
                       "sr": vdi_map[vdi] if vdi else NULL_REF})
    interfaces = []
    for vif in vm["VIFs"]:
        record = store.records["VIF"].get(vif)
        if record is None:
            continue
        if vif not in vif_map:
            raise XapiError("VIF_NOT_IN_MAP", vif)
        interfaces.append({"vif": portable("VIF", record), "network": vif_map[vif]})
    guest = store.records["VM_guest_metrics"].get(vm["guest_metrics"])
    return {"vm": {**portable("VM", vm), "uuid": vm["uuid"]}, "host": host, "drives": drives,
            "interfaces": interfaces,
            "guest": portable("VM_guest_metrics", guest) if guest else None}


def _check(ctx: Context, vm: str, dest: dict[str, str], vdi_map: dict[str, str],
           vif_map: dict[str, str]) -> tuple[Remote, Record]:
    store = ctx.store
    with store.lock:
        record = store.get("VM", vm)
        check_operation(vm, record, "migrate_send")
        payload = _payload(store, vm, record, dest.get("host", NULL_REF), vdi_map, vif_map)
    remote = Remote(dest)
    remote.call("sim.receive_vm", payload, True)
    return remote, payload


def assert_can_migrate(ctx: Context, vm: str, dest: dict[str, str], vdi_map: dict[str, str],
                       vif_map: dict[str, str]) -> None:
    _check(ctx, vm, dest, vdi_map, vif_map)


def migrate_send(ctx: Context, vm: str, dest: dict[str, str], vdi_map: dict[str, str],
                 vif_map: dict[str, str]) -> str:
    remote, _ = _check(ctx, vm, dest, vdi_map, vif_map)
    store = ctx.store
    arrived: list[str] = []

    def hand_over() -> None:  # the other simulator is called without holding this one's lock
        with store.lock:
            payload = _payload(store, vm, store.get("VM", vm), dest.get("host", NULL_REF), vdi_map, vif_map)
        arrived.append(remote.call("sim.receive_vm", payload, False))

    def apply(rec: Record) -> Record:
        _remove(ctx, vm, rec)
        return {"_result": arrived[0]}

    return operate(ctx, vm, "migrate_send", apply, unlocked=hand_over)


def _remove(ctx: Context, vm_ref: str, vm: Record) -> None:
    """The VM and everything of it gone from this pool (its disks too: they live in the other pool now)."""
    store = ctx.store
    disks = [store.records["VBD"][v]["VDI"] for v in vm["VBDs"]
             if v in store.records["VBD"] and store.records["VBD"][v]["type"] == "Disk"]
    for cls, refs in (("VBD", vm["VBDs"]), ("VIF", vm["VIFs"]), ("console", vm["consoles"]),
                      ("VM_metrics", [vm["metrics"]]), ("VM_guest_metrics", [vm["guest_metrics"]])):
        for ref in refs:
            if store.exists(cls, ref):
                store.destroy(cls, ref)
    for vdi in disks:
        if store.exists("VDI", vdi):
            record = store.get("VDI", vdi)
            store.destroy("VDI", vdi)
            account(store, record["SR"], -record["virtual_size"], -record["physical_utilisation"])
    store.destroy("VM", vm_ref)
    ctx.api.guests.tools.pop(vm_ref, None)
    memory.refresh(store, vm["resident_on"])


# -- the destination --------------------------------------------------------------------------------------------


def _assert_fits(ctx: Context, payload: Record) -> None:
    """The destination's side of assert_can_migrate, in xapi's words."""
    store = ctx.store
    host = payload["host"]
    record = store.get("host", host)
    vm = {**payload["vm"], "VBDs": [], "VIFs": [], "resident_on": NULL_REF, "metrics": NULL_REF}
    running = vm["power_state"] != "Halted"
    if running:
        assert_can_boot_here(store, NULL_REF, vm, host, do_sr_check=False)
    elif not record["enabled"]:
        raise XapiError("HOST_DISABLED", host)
    disks = [(d["sr"], int(d["vdi"]["virtual_size"])) for d in payload["drives"] if d["vdi"] is not None]
    check_targets(store, NULL_REF, disks, host)
    for interface in payload["interfaces"]:
        network = interface["network"]
        store.get("network", network)
        if not network_reachable(store, network, host):
            raise XapiError("VM_REQUIRES_NET", NULL_REF, network)


@control("sim.receive_vm", "payload", "dry_run")
def receive_vm(ctx: Context, payload: Record, dry_run: bool) -> str:
    """Check (dry run) or make a VM arriving from another pool; returns its ref."""
    store = ctx.store
    with store.lock:
        _assert_fits(ctx, payload)
        if dry_run:
            return ""
        return _make(ctx, payload)


def typed(cls: str, record: Record) -> Record:
    """A record that travelled between simulators, its values of the schema's types again."""
    types = field_types(cls)
    return {k: coerce(types[k], v) for k, v in record.items() if k in types}


def _make(ctx: Context, payload: Record) -> str:
    store = ctx.store
    host = payload["host"]
    fields = typed("VM", payload["vm"])
    state = fields.pop("power_state")
    metrics = store.create("VM_metrics", {})
    vm = store.create("VM", {**fields, "power_state": "Halted", "resident_on": NULL_REF, "domid": -1,
                             "metrics": metrics, "affinity": NULL_REF, "allowed_operations": []})
    for drive in payload["drives"]:
        vdi = NULL_REF
        if drive["vdi"] is not None:
            disk = typed("VDI", drive["vdi"])
            vdi = make_vdi(ctx, {k: v for k, v in disk.items() if k not in ("physical_utilisation", "location")}
                           | {"SR": drive["sr"]})
        vbd = typed("VBD", drive["vbd"])
        empty = vdi == NULL_REF
        store.create("VBD", {**vbd, "VM": vm, "VDI": vdi, "empty": empty, "device": "", "currently_attached": False})
    for interface in payload["interfaces"]:
        store.create("VIF", {**typed("VIF", interface["vif"]), "VM": vm, "network": interface["network"],
                             "currently_attached": False})
    if payload["guest"] is not None:
        ctx.api.guests.tools[vm] = typed("VM_guest_metrics", payload["guest"])
    changes: Record = {}
    if state != "Halted":
        flags = fields.get("last_boot_CPU_flags", {})
        changes = {**boot(ctx, vm, store.get("VM", vm), host, state == "Paused"), "last_boot_CPU_flags": flags}
    record = {**store.get("VM", vm), **changes}
    store.update("VM", vm, {**changes, "allowed_operations": allowed_operations(record)})
    memory.refresh(store, host)
    deviceops.refresh_vm_devices(store, vm)
    return vm
