"""Migration inside the pool, as xapi does it (xapi_vm_migrate.ml, message_forwarding.ml).

``VM.pool_migrate`` moves a running VM to another host: a new domain there, ``resident_on`` (and so
``host.resident_VMs``) and the consoles' locations follow, the VM stays running. ``VM.migrate_send`` with a
``dest`` from this pool's ``host.migrate_receive`` also moves disks (every disk must be in ``vdi_map``:
``VDI_NOT_IN_MAP``); ``VDI.pool_migrate`` moves one disk of a running VM (``VDI_NEEDS_VM_FOR_MIGRATE``
otherwise). A moved disk is a new VDI on the new SR, its size and settings kept, its VBDs pointing at it, the old
one gone. Every check runs before anything moves; the effects apply in one step at the end of the simulated time,
so a cancelled task (``task.cancel``) leaves everything where it was. A ``dest`` naming a host of another pool is
a cross-pool migration (``crosspool.py``).
"""

from __future__ import annotations

from typing import Any

from . import crosspool, deviceops
from .context import Context
from .devices import account, make_vdi
from .disks import disks_of as contents_of
from .errors import XapiError
from .fieldtypes import NULL_REF
from .lifecycle import migrate as live_migrate
from .lifecycle import operate
from .placement import assert_can_boot_here, check_targets, network_reachable
from .registry import implements
from .store import Store
from .vmrules import check_operation

Record = dict[str, Any]


@implements("VM.assert_can_boot_here")
def can_boot_here(ctx: Context, vm: str, host: str) -> None:
    with ctx.store.lock:
        assert_can_boot_here(ctx.store, vm, ctx.store.get("VM", vm), host)


@implements("VM.get_possible_hosts")
def possible_hosts(ctx: Context, vm: str) -> list[str]:
    store = ctx.store
    with store.lock:
        record = store.get("VM", vm)
        found = []
        for host in store.records["host"]:
            try:
                assert_can_boot_here(store, vm, record, host)
            except XapiError:
                continue
            found.append(host)
        return found


@implements("VM.pool_migrate")
def pool_migrate(ctx: Context, vm: str, host: str, options: dict[str, str]) -> None:
    store = ctx.store

    def check() -> None:
        record = store.get("VM", vm)
        assert_can_boot_here(store, vm, record, host, do_cpu_check=options.get("force") != "true")

    def apply(rec: Record) -> Record:
        return live_migrate(ctx, rec, host) if rec["resident_on"] != host else {}

    store.get("host", host)
    operate(ctx, vm, "pool_migrate", apply, check)


# -- storage ------------------------------------------------------------------------------------------------------


def disks_of(store: Store, vm: Record) -> list[str]:
    """The VM's disks that a storage migration moves (not DVDs, not empty drives)."""
    found = []
    for vbd in vm["VBDs"]:
        record = store.records["VBD"].get(vbd)
        if record is not None and record["type"] == "Disk" and record["VDI"] in store.records["VDI"]:
            found.append(record["VDI"])
    return found


def move_vdi(ctx: Context, vdi: str, sr: str) -> str:
    """The disk as a new VDI on ``sr`` (same size and settings), its VBDs given to it, the old one gone."""
    store = ctx.store
    old = store.get("VDI", vdi)
    new = make_vdi(ctx, {
        "name_label": old["name_label"], "name_description": old["name_description"], "SR": sr,
        "virtual_size": old["virtual_size"], "type": old["type"], "sharable": old["sharable"],
        "read_only": old["read_only"], "other_config": dict(old["other_config"]), "tags": list(old["tags"]),
        "xenstore_data": dict(old["xenstore_data"]), "sm_config": {}, "on_boot": old["on_boot"],
    })
    content = contents_of(ctx.api)
    content.copy(old["uuid"], store.get("VDI", new)["uuid"], old["virtual_size"])
    content.drop(old["uuid"])
    for vbd in list(old["VBDs"]):
        if store.exists("VBD", vbd):
            store.update("VBD", vbd, {"VDI": new})
    store.destroy("VDI", vdi)
    account(store, old["SR"], -old["virtual_size"], -old["physical_utilisation"])
    deviceops.refresh(store, "VDI", new)
    return new


def _running_vm_of(store: Store, vdi: str) -> str:
    for vbd in store.get("VDI", vdi)["VBDs"]:
        record = store.records["VBD"].get(vbd)
        if record and record["currently_attached"] and store.records["VM"].get(record["VM"], {}).get(
                "power_state") == "Running":
            return record["VM"]
    raise XapiError("VDI_NEEDS_VM_FOR_MIGRATE", vdi)


@implements("VDI.pool_migrate")
def vdi_pool_migrate(ctx: Context, vdi: str, sr: str, options: dict[str, str]) -> str:
    store = ctx.store
    with store.lock:
        vm = _running_vm_of(store, vdi)
        store.get("SR", sr)

    def check() -> None:
        check_targets(store, vm, [(sr, store.get("VDI", vdi)["virtual_size"])], store.get("VM", vm)["resident_on"])

    def apply(rec: Record) -> Record:
        if store.get("VDI", vdi)["SR"] == sr:
            return {"_result": vdi}
        return {"_result": move_vdi(ctx, vdi, sr)}

    return operate(ctx, vm, "migrate_send", apply, check)


# -- migrate_receive and migrate_send ---------------------------------------------------------------------------


@implements("host.migrate_receive")
def migrate_receive(ctx: Context, host: str, network: str, options: dict[str, str]) -> dict[str, str]:
    """What a source needs to send a VM here: a new session of the caller's user, this host, the URLs (with
    their port: simulators do not listen on 443)."""
    store = ctx.store
    with store.lock:
        store.get("host", host)
        record = store.get("network", network)
        pif = next((p for p in record["PIFs"] if store.records["PIF"].get(p, {}).get("host") == host), None)
        if pif is None:
            raise XapiError("HOST_CANNOT_ATTACH_NETWORK", host, network)
        pif_record = store.get("PIF", pif)
        if not pif_record["IP"]:
            if pif_record["ip_configuration_mode"] == "None":
                raise XapiError("PIF_HAS_NO_NETWORK_CONFIGURATION", pif)
            raise XapiError("INTERFACE_HAS_NO_IP", pif)
        caller = store.get("session", ctx.session or NULL_REF)
        session = store.create("session", {k: v for k, v in caller.items() if k not in ("uuid",)})
    endpoint = ctx.api.listeners.get(host) or ctx.api.listeners.get(ctx.api.coordinator)
    base = endpoint.url if endpoint is not None else ctx.api.host_url(ctx.api.coordinator)
    return {"session_id": session, "host": host, "master": base, "SM": f"{base}/services/SM?session_id={session}",
            "xenops": f"{base}/services/xenops?session_id={session}"}


def _is_local(ctx: Context, dest: dict[str, str]) -> bool:
    return dest.get("host", NULL_REF) in ctx.store.records["host"] and dest.get("session_id") in ctx.store.records[
        "session"]


def _intra_pool_check(ctx: Context, vm: str, host: str, vdi_map: dict[str, str], vif_map: dict[str, str],
                      options: dict[str, str]) -> dict[str, str]:
    """xapi's assert_can_migrate within a pool; the disks that change SR."""
    store = ctx.store
    record = store.get("VM", vm)
    store.get("host", host)
    if record["power_state"] != "Halted" and host != record["resident_on"]:
        assert_can_boot_here(store, vm, record, host, do_sr_check=False,
                             do_cpu_check=options.get("force") != "true")
    if vif_map:
        raise XapiError("OPERATION_NOT_ALLOWED",
                        "VIF mapping is not allowed for intra-pool migration -all VIFs must be on the same network")
    moves = {}
    for vdi in disks_of(store, record):
        if vdi not in vdi_map:
            raise XapiError("VDI_NOT_IN_MAP", vdi)
        if vdi_map[vdi] != store.get("VDI", vdi)["SR"]:
            moves[vdi] = vdi_map[vdi]
    target = host if record["power_state"] != "Halted" else NULL_REF
    check_targets(store, vm, [(sr, store.get("VDI", vdi)["virtual_size"]) for vdi, sr in moves.items()], target)
    for vif in record["VIFs"]:
        network = store.records["VIF"].get(vif, {}).get("network", NULL_REF)
        if not network_reachable(store, network, host):
            raise XapiError("VM_REQUIRES_NET", vm, network)
    return moves


@implements("VM.assert_can_migrate")
def assert_can_migrate(ctx: Context, vm: str, dest: dict[str, str], live: bool, vdi_map: dict[str, str],
                       vif_map: dict[str, str], options: dict[str, str], vgpu_map: Any = None) -> None:
    store = ctx.store
    if not _is_local(ctx, dest):
        crosspool.assert_can_migrate(ctx, vm, dest, vdi_map, vif_map)
        return
    with store.lock:
        check_operation(vm, store.get("VM", vm), "migrate_send")
        _intra_pool_check(ctx, vm, dest["host"], vdi_map, vif_map, options)


@implements("VM.migrate_send")
def migrate_send(ctx: Context, vm: str, dest: dict[str, str], live: bool, vdi_map: dict[str, str],
                 vif_map: dict[str, str], options: dict[str, str], vgpu_map: Any = None,
                 vdi_format_map: Any = None) -> str:
    if not _is_local(ctx, dest):
        return crosspool.migrate_send(ctx, vm, dest, vdi_map, vif_map)
    host = dest["host"]
    moves: dict[str, str] = {}

    def check() -> None:
        moves.update(_intra_pool_check(ctx, vm, host, vdi_map, vif_map, options))

    def apply(rec: Record) -> Record:
        for vdi, sr in moves.items():
            if ctx.store.exists("VDI", vdi):
                move_vdi(ctx, vdi, sr)
        changes = live_migrate(ctx, rec, host) if rec["power_state"] != "Halted" and rec["resident_on"] != host else {}
        return {**changes, "_result": vm}

    return operate(ctx, vm, "migrate_send", apply, check)
