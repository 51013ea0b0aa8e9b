"""Storage repositories' life, as xapi does it (xapi_sr.ml, xapi_pbd.ml, xapi_sr_operations.ml): probing the
storage world (``storage_world``), making, introducing, forgetting, destroying and scanning SRs, and their
PBDs' create/plug/unplug/destroy, with the SR's ``allowed_operations`` kept as xapi computes them."""

from __future__ import annotations

from typing import Any

from .context import Context
from .errors import XapiError
from .fieldtypes import NULL_REF
from .registry import control, implements
from .storage_world import StorageWorld, default_world

Record = dict[str, Any]

_CAPABILITY_OPS = {"VDI_CREATE": "vdi_create", "VDI_DELETE": "vdi_destroy", "VDI_RESIZE": "vdi_resize",
                   "VDI_CLONE": "vdi_clone", "VDI_SNAPSHOT": "vdi_snapshot", "VDI_INTRODUCE": "vdi_introduce"}
#: The SM types the simulator knows, with the SM record it publishes for each one it did not load.
KNOWN_TYPES = {"nfs": "NFS", "lvmoiscsi": "iSCSI", "lvmohba": "Hardware HBA", "smb": "SMB", "lvm": "Local LVM",
               "ext": "Local EXT3 VHD", "iso": "ISO", "udev": "Local hotplug CD"}


def world(ctx: Context) -> StorageWorld:
    """The simulator's storage world, made on first use from the default and the simulator's own SRs."""
    made = getattr(ctx.api, "storage_world", None)
    if made is None:
        made = ctx.api.storage_world = StorageWorld(default_world())
        _add_own_srs(ctx, made)
    return made


def _add_own_srs(ctx: Context, made: StorageWorld) -> None:
    for ref, sr in ctx.store.all("SR").items():
        pbd = next((ctx.store.records["PBD"][p] for p in sr["PBDs"] if p in ctx.store.records["PBD"]), None)
        if pbd is not None:
            config = dict(pbd["device_config"])
            made.add_existing(sr["type"], config, _stat(sr))
            if config != pbd["device_config"]:  # the LUN's SCSIid, which xapi's PBDs of an iSCSI SR carry
                for p in sr["PBDs"]:
                    if p in ctx.store.records["PBD"]:
                        ctx.store.records["PBD"][p]["device_config"] = dict(config)


def _stat(sr: Record) -> Record:
    return {"uuid": sr["uuid"], "name_label": sr["name_label"], "name_description": sr["name_description"],
            "total_space": sr["physical_size"], "free_space": sr["physical_size"] - sr["physical_utilisation"],
            "type": sr["type"], "content_type": sr["content_type"]}


def secret_of(ctx: Context) -> Any:
    def value(uuid: str) -> str | None:
        return next((s["value"] for s in ctx.store.all("secret").values() if s["uuid"] == uuid), None)

    return value


@control("sim.set_storage_world", "world")
def set_storage_world(ctx: Context, new_world: dict[str, Any]) -> None:
    """Tests: the NFS servers, iSCSI targets, HBA LUNs, SMB shares and local disks the hosts see."""
    with ctx.store.lock:
        ctx.api.storage_world = StorageWorld(new_world)


# ---- allowed operations -------------------------------------------------------------------------------------


def refresh(store: Any, sr_ref: str) -> None:
    """xapi's ``update_allowed_operations``: destroy and forget only once no PBD is plugged (SR_HAS_PBD),
    destroy only with PBDs (SR_NO_PBDS) and no managed disk (SR_NOT_EMPTY); disk operations while plugged."""
    sr = store.records["SR"].get(sr_ref)
    if sr is None:
        return
    pbds = [store.records["PBD"][p] for p in sr["PBDs"] if p in store.records["PBD"]]
    attached = any(p["currently_attached"] for p in pbds)
    sm = next((s for s in store.records["SM"].values() if s["type"] == sr["type"]), None)
    caps = sm["capabilities"] if sm is not None else []
    ops = ["plug", "unplug", "update", "pbd_create", "pbd_destroy"]
    if attached:
        ops += ["scan", *(op for cap, op in _CAPABILITY_OPS.items() if cap in caps)]
    else:
        ops.append("forget")
        managed = any(store.records["VDI"][v]["managed"] for v in sr["VDIs"] if v in store.records["VDI"])
        if pbds and not managed:
            ops.append("destroy")
    if sorted(ops) != sorted(sr["allowed_operations"]):
        store.update("SR", sr_ref, {"allowed_operations": ops})


def check_sr_operation(store: Any, sr_ref: str, op: str) -> Record:
    """Refuse ``op`` with xapi's error for the SR's state."""
    store.get("SR", sr_ref)
    refresh(store, sr_ref)
    sr = store.get("SR", sr_ref)
    if op in sr["allowed_operations"]:
        return sr
    pbds = [store.records["PBD"][p] for p in sr["PBDs"] if p in store.records["PBD"]]
    if op in ("destroy", "forget") and any(p["currently_attached"] for p in pbds):
        raise XapiError("SR_HAS_PBD", sr_ref)
    if op == "destroy" and not pbds:
        raise XapiError("SR_NO_PBDS", sr_ref)
    if op == "destroy":
        raise XapiError("SR_NOT_EMPTY")
    if op == "scan":
        raise XapiError("SR_NO_PBDS", sr_ref)
    raise XapiError("OPERATION_NOT_ALLOWED", f"{op} is not allowed on this SR")


# ---- probing and making -----------------------------------------------------------------------------------


@implements("SR.probe_ext")
def probe_ext(ctx: Context, host: str, device_config: dict[str, str], sr_type: str,
              sm_config: dict[str, str]) -> list[Record]:
    ctx.store.get("host", host)
    _known(sr_type)
    ctx.work(0.2)
    with ctx.store.lock:
        return world(ctx).probe(sr_type, dict(device_config), secret_of(ctx))


def _known(sr_type: str) -> None:
    if sr_type not in KNOWN_TYPES:
        raise XapiError("SR_UNKNOWN_DRIVER", sr_type)


def ensure_sm(store: Any, sr_type: str) -> None:
    """Publish the SM record of a driver the pool did not list yet (xapi lists every installed driver)."""
    if any(s["type"] == sr_type for s in store.records["SM"].values()):
        return
    caps = ["SR_PROBE", "SR_UPDATE", "VDI_INTRODUCE", "VDI_DELETE"] if sr_type == "iso" else [
        "SR_PROBE", "SR_UPDATE", "VDI_CREATE", "VDI_DELETE", "VDI_ATTACH", "VDI_DETACH", "VDI_CLONE",
        "VDI_SNAPSHOT", "VDI_RESIZE", *(["THIN_PROVISIONING"] if sr_type in ("nfs", "smb", "ext") else []),
        *(["SR_TRIM"] if sr_type.startswith("lvm") else [])]
    store.create("SM", {"name_label": KNOWN_TYPES[sr_type], "type": sr_type, "vendor": "Citrix Systems Inc",
                        "version": "1.0", "required_api_version": "1.0", "capabilities": caps,
                        "features": {c: 1 for c in caps}})


@implements("SR.introduce")
def introduce(ctx: Context, uuid: str, name_label: str, name_description: str, sr_type: str, content_type: str,
              shared: bool, sm_config: dict[str, str]) -> str:
    with ctx.store.lock:
        if any(sr["uuid"] == uuid for sr in ctx.store.all("SR").values()):
            raise XapiError("SR_UUID_EXISTS", uuid)
        _known(sr_type)
        ensure_sm(ctx.store, sr_type)
        fields = {"name_label": name_label, "name_description": name_description, "type": sr_type,
                  "content_type": content_type, "shared": shared, "sm_config": dict(sm_config)}
        if uuid:
            fields["uuid"] = uuid
        ref = ctx.store.create("SR", fields)
        refresh(ctx.store, ref)
        return ref


@implements("SR.create")
def create(ctx: Context, host: str, device_config: dict[str, str], physical_size: int, name_label: str,
           name_description: str, sr_type: str, content_type: str, shared: bool, sm_config: dict[str, str]) -> str:
    """xapi's order: the SR record, its PBDs (every host when shared, the coordinator first), the backend's
    create (whose failure removes both), then every PBD plugged."""
    _known(sr_type)
    ctx.store.get("host", host)
    config = dict(device_config)
    with ctx.store.lock:
        place = world(ctx)
        place.location(sr_type, config, secret_of(ctx))
        size = place.size_of(sr_type, config) or physical_size
    ctx.work()
    with ctx.store.lock:
        ref = introduce(ctx, "", name_label, name_description, sr_type, content_type, shared, sm_config)
        coordinator = ctx.api.coordinator
        hosts = [coordinator, *(h for h in ctx.store.all("host") if h != coordinator)] if shared else [host]
        pbds = [ctx.store.create("PBD", {"host": h, "SR": ref, "device_config": config}) for h in hosts]
        ctx.store.update("SR", ref, {"physical_size": size, "physical_utilisation": 0, "virtual_allocation": 0})
        sr = ctx.store.get("SR", ref)
        if sr_type == "iso":
            for iso in place.isos(config):
                ctx.store.create("VDI", {"name_label": iso, "SR": ref, "virtual_size": 4 * 1024**3,
                                         "type": "user", "read_only": True, "managed": True, "location": iso})
        else:
            place.remember(sr_type, config, _stat(sr))
        for pbd in pbds:
            _plug(ctx, pbd)
        return ref


@implements("SR.forget")
def forget(ctx: Context, sr: str) -> None:
    """The SR's record, its PBDs and VDIs go; what is on the storage stays (a probe finds it again)."""
    with ctx.store.lock:
        record = check_sr_operation(ctx.store, sr, "forget")
        _remove(ctx, sr, record)


@implements("SR.destroy")
def destroy(ctx: Context, sr: str) -> None:
    with ctx.store.lock:
        record = check_sr_operation(ctx.store, sr, "destroy")
    ctx.work()
    with ctx.store.lock:
        world(ctx).forget_sr(record["uuid"])
        _remove(ctx, sr, ctx.store.get("SR", sr))


def _remove(ctx: Context, sr: str, record: Record) -> None:
    for vdi in record["VDIs"]:
        for vbd in ctx.store.records["VDI"].get(vdi, {}).get("VBDs", []):
            if ctx.store.exists("VBD", vbd):
                ctx.store.update("VBD", vbd, {"VDI": NULL_REF, "empty": True})
        if ctx.store.exists("VDI", vdi):
            ctx.store.destroy("VDI", vdi)
    for pbd in record["PBDs"]:
        if ctx.store.exists("PBD", pbd):
            ctx.store.destroy("PBD", pbd)
    pool = ctx.store.records["pool"].get(ctx.api.pool_ref)
    if pool is not None:
        cleared = {k: NULL_REF for k in ("default_SR", "suspend_image_SR", "crash_dump_SR") if pool[k] == sr}
        if cleared:
            ctx.store.update("pool", ctx.api.pool_ref, cleared)
    ctx.store.destroy("SR", sr)


@implements("SR.scan")
def scan(ctx: Context, sr: str) -> None:
    """Refreshes the SR's use; an ISO library picks up files added to its share."""
    with ctx.store.lock:
        check_sr_operation(ctx.store, sr, "scan")
    ctx.work(0.2)
    with ctx.store.lock:
        record = ctx.store.get("SR", sr)
        used = sum(ctx.store.records["VDI"][v]["physical_utilisation"] for v in record["VDIs"]
                   if v in ctx.store.records["VDI"])
        ctx.store.update("SR", sr, {"physical_utilisation": min(used, record["physical_size"])})


# ---- PBDs -------------------------------------------------------------------------------------------------


@implements("PBD.create")
def pbd_create(ctx: Context, args: dict[str, Any]) -> str:
    """xapi_pbd.create: one PBD per host and SR (PBD_EXISTS), a local SR on one host only (SR_NOT_SHARABLE)."""
    sr_ref, host = str(args.get("SR", NULL_REF)), str(args.get("host", NULL_REF))
    with ctx.store.lock:
        sr = ctx.store.get("SR", sr_ref)
        ctx.store.get("host", host)
        pbds = [ctx.store.records["PBD"][p] for p in sr["PBDs"] if p in ctx.store.records["PBD"]]
        existing = next((p for p in pbds if p["host"] == host), None)
        if existing is not None:
            raise XapiError("PBD_EXISTS", sr_ref, host, existing["uuid"])
        if pbds and not sr["shared"]:
            raise XapiError("SR_NOT_SHARABLE", sr_ref, host)
        config = {str(k): str(v) for k, v in dict(args.get("device_config", {})).items()}
        ref = ctx.store.create("PBD", {"host": host, "SR": sr_ref, "device_config": config,
                                       "other_config": dict(args.get("other_config", {}))})
        refresh(ctx.store, sr_ref)
        return ref


@implements("PBD.plug")
def pbd_plug(ctx: Context, pbd: str) -> None:
    ctx.store.get("PBD", pbd)
    ctx.work(0.2)
    with ctx.store.lock:
        _plug(ctx, pbd)


def _plug(ctx: Context, pbd: str) -> None:
    """Attach through the backend: the storage must be reachable with the PBD's device_config."""
    record = ctx.store.get("PBD", pbd)
    if record["currently_attached"]:
        return  # xapi: plugging a plugged PBD does nothing
    host = ctx.store.records["host"].get(record["host"])
    if host is not None and not _host_live(ctx, record["host"]):
        raise XapiError("HOST_OFFLINE", record["host"])
    sr = ctx.store.get("SR", record["SR"])
    config = dict(record["device_config"])
    if sr["type"] not in ("udev",):
        world(ctx).location(sr["type"], config, secret_of(ctx))
    ctx.store.update("PBD", pbd, {"currently_attached": True})
    refresh(ctx.store, record["SR"])


def _host_live(ctx: Context, host: str) -> bool:
    metrics = ctx.store.records["host_metrics"].get(ctx.store.get("host", host)["metrics"])
    return metrics is None or bool(metrics["live"])


@implements("PBD.unplug")
def pbd_unplug(ctx: Context, pbd: str) -> None:
    """Refused while a running VM uses a disk of the SR on that host (VDI_IN_USE)."""
    with ctx.store.lock:
        record = ctx.store.get("PBD", pbd)
        if not record["currently_attached"]:
            return
        sr = ctx.store.get("SR", record["SR"])
        for vdi in sr["VDIs"]:
            for vbd in ctx.store.records["VDI"].get(vdi, {}).get("VBDs", []):
                attached = ctx.store.records["VBD"].get(vbd, {})
                vm = ctx.store.records["VM"].get(attached.get("VM", NULL_REF), {})
                if attached.get("currently_attached") and vm.get("resident_on") == record["host"]:
                    raise XapiError("VDI_IN_USE", vdi, "unplug")
    ctx.work(0.2)
    with ctx.store.lock:
        ctx.store.update("PBD", pbd, {"currently_attached": False})
        refresh(ctx.store, record["SR"])


@implements("PBD.destroy")
def pbd_destroy(ctx: Context, pbd: str) -> None:
    """xapi_pbd.destroy: only unplugged (OPERATION_NOT_ALLOWED)."""
    with ctx.store.lock:
        record = ctx.store.get("PBD", pbd)
        if record["currently_attached"]:
            raise XapiError("OPERATION_NOT_ALLOWED", "PBD is currently attached")
        ctx.store.destroy("PBD", pbd)
        refresh(ctx.store, record["SR"])


# ---- reclaiming freed space -----------------------------------------------------------------------------------

_TRIM_ERROR = ("<?xml version=\"1.0\" ?><trim_response><key_value_pair><key>errcode</key><value>{code}</value>"
               "</key_value_pair><key_value_pair><key>errmsg</key><value>{words}</value></key_value_pair>"
               "</trim_response>")


@implements("host.call_plugin")
def call_plugin(ctx: Context, host: str, plugin: str, fn: str, args: dict[str, str]) -> str:
    """SM's ``trim`` plugin (``do_trim {sr_uuid}``): "True" once an LVM SR plugged on that host has given its
    freed space back, else the plugin's error document; perfmon's ``refresh`` (re-read the alert settings):
    "True"; other plugins are missing."""
    ctx.store.get("host", host)
    if (plugin, fn) == ("perfmon", "refresh"):
        return "True"
    if (plugin, fn) != ("trim", "do_trim"):
        raise XapiError("XENAPI_MISSING_PLUGIN", plugin)
    with ctx.store.lock:
        sr = next(((r, s) for r, s in ctx.store.all("SR").items() if s["uuid"] == args.get("sr_uuid")), None)
        if sr is None:
            raise XapiError("UUID_INVALID", "SR", args.get("sr_uuid", ""))
        _, record = sr
        plugged = any(ctx.store.records["PBD"][p]["host"] == host and ctx.store.records["PBD"][p]["currently_attached"]
                      for p in record["PBDs"] if p in ctx.store.records["PBD"])
        if not record["type"].startswith("lvm"):
            return _TRIM_ERROR.format(code="UnsupportedSRForTrim", words=f"Trim on [{record['uuid']}] not supported")
        if not plugged:
            return _TRIM_ERROR.format(code="SRUnavailable", words="Unable to get SR lock")
    ctx.work()
    return "True"
