"""Joining a pool served by another simulator, as xapi_pool.ml's ``join_common`` does it: ``pool.join`` and
``pool.join_force`` on a standalone server.

The joiner logs in to the coordinator at ``master_address`` (JSON-RPC over loopback; an address the joiner
cannot reach is JOINING_HOST_CONNECTION_FAILED, a refused login xapi's SESSION_AUTHENTICATION_FAILED), runs
xapi's ``pre_join_checks`` in xapi's order with its codes and parameters, then hands its objects over in one
call (``sim.receive_host``): its host with metrics and CPUs, its PIFs (on the pool's network of the same bridge
when there is one), its local SRs with their PBDs and VDIs, and its VMs (halted ones, templates it made,
snapshots, and its control domain) with their devices, as ``update_non_vm_metadata`` and the metadata import
move them; default templates and the joiner's pool record stay behind. The pool serves the new member on the
next free loopback address on the pool's port. A moment after the call answers (so its task can be read), the
joiner restarts as a member: its sessions are gone and every API call it gets answers ``HOST_IS_SLAVE
[master_address]``.

A simulator cannot tell another simulator's port from an address alone (every one listens on 127.0.0.1), so
``master_address`` may be ``ADDRESS:PORT``; a bare address means the joiner's own port, as on real hosts, which
all listen on 443.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from . import hosts, loopback, memory
from .context import Context
from .crosspool import Remote, typed
from .errors import XapiError
from .fieldtypes import NULL_REF, field_types
from .membership import METRICS
from .registry import control, implements
from .relations import relations
from .store import Store

Record = dict[str, Any]
RESTART_SECONDS = 1.0  # how long after pool.join answers the joiner restarts as a member

# (class, reference field): a record of the class moves when the object its field names moves.
_OWNED = (("host_cpu", "host"), ("PBD", "host"), ("PIF", "host"), ("VDI", "SR"), ("VBD", "VM"), ("VIF", "VM"),
          ("console", "VM"))


# -- the joiner -----------------------------------------------------------------------------------------------


def _remote(ctx: Context, master_address: str) -> Remote:
    address, _, port = master_address.rpartition(":") if ":" in master_address else (master_address, "", "")
    endpoint = ctx.api.listeners.get(ctx.api.coordinator)
    own_port = str(endpoint.port) if endpoint is not None else "443"
    return Remote({"master": f"{ctx.api.scheme}://{address}:{port or own_port}"})


def _reached(call: Any, *args: Any) -> Any:
    try:
        return call(*args)
    except XapiError as exc:
        if exc.code == "CANNOT_CONTACT_HOST":
            raise XapiError("JOINING_HOST_CONNECTION_FAILED") from None
        raise


def _management_pif(store: Store, host: str) -> Record | None:
    return next((p for p in store.records["PIF"].values() if p["host"] == host and p["management"]), None)


@implements("host.get_management_interface")
def get_management_interface(ctx: Context, host: str) -> str:
    """The host's management PIF (xapi_host.ml: an uncaught Not_found when it has none)."""
    with ctx.store.lock:
        ctx.store.get("host", host)
        for ref, pif in ctx.store.records["PIF"].items():
            if pif["host"] == host and pif["management"]:
                return ref
    raise XapiError("INTERNAL_ERROR", "Not_found")


def _compatibility(version: dict[str, str]) -> tuple[str, str]:
    return version.get("platform_version", ""), version.get("product_brand") or version.get("platform_name", "")


def _homogeneity(version: dict[str, str]) -> tuple[str, ...]:
    name = version.get("product_brand") or version.get("platform_name", "")
    return version.get("xapi", ""), name, version.get("git_id", ""), \
        "installed" if "xs:linux" in version else "not present"


def pre_join_checks(ctx: Context, remote: Remote, force: bool) -> None:
    """xapi's pre_join_checks, in its order, for what the simulator models."""
    store = ctx.store
    me = ctx.api.coordinator
    pools = remote.call("pool.get_all_records")
    if not pools:
        raise XapiError("INTERNAL_ERROR", "Remote host does not belong to a pool.")
    remote_pool = next(iter(pools.values()))
    master_ref = remote_pool["master"]
    master = remote.call("host.get_record", master_ref)
    with store.lock:
        my_pool = store.get("pool", ctx.api.pool_ref)
        mine = store.get("host", me)
        my_pif = _management_pif(store, me)
        if my_pif is None:
            raise XapiError("HOST_STILL_BOOTING")
        if my_pool["ha_enabled"] or remote_pool["ha_enabled"]:
            raise XapiError("HA_IS_ENABLED")
        if master["uuid"] == mine["uuid"]:
            text = "Host is already part of a pool" if len(store.records["host"]) > 1 else \
                "Host cannot become slave of itself"
            raise XapiError("OPERATION_NOT_ALLOWED", text)
        if len(store.records["host"]) > 1:
            raise XapiError("JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS")
        vms = store.records["VM"].values()
        if any(not vm["is_control_domain"] and vm["power_state"] == "Running" for vm in vms):
            raise XapiError("JOINING_HOST_CANNOT_HAVE_RUNNING_VMS")
        if any(vm["current_operations"] for vm in vms):
            raise XapiError("JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS")
        mine_sw, master_sw = mine["software_version"], master["software_version"]
        if _compatibility(mine_sw) != _compatibility(master_sw):
            raise XapiError("HOSTS_NOT_COMPATIBLE")
        if not force:
            if _homogeneity(mine_sw) != _homogeneity(master_sw):
                raise XapiError("HOSTS_NOT_HOMOGENEOUS", "Software version differs")
            if mine["cpu_info"].get("vendor") != remote_pool["cpu_info"].get("vendor"):
                raise XapiError("HOSTS_NOT_HOMOGENEOUS", "CPUs differ")
        if any(sr["shared"] and not sr.get("is_tools_sr") for sr in store.records["SR"].values()):
            raise XapiError("JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS")
        for cls, code in (("Bond", "POOL_JOINING_HOST_HAS_BONDS"), ("tunnel", "POOL_JOINING_HOST_HAS_TUNNELS"),
                          ("network_sriov", "POOL_JOINING_HOST_HAS_NETWORK_SRIOVS")):
            if store.records.get(cls):
                raise XapiError(code)
        pifs = store.records["PIF"]
        if any(not pifs.get(v["untagged_PIF"], {}).get("management") for v in store.records["VLAN"].values()):
            raise XapiError("POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS")
    remote_pif = remote.call("PIF.get_record", remote.call("host.get_management_interface", master_ref))
    if my_pif["VLAN"] != remote_pif["VLAN"]:
        raise XapiError("POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH", str(my_pif["VLAN"]),
                        str(remote_pif["VLAN"]))
    if (mine["external_auth_type"], mine["external_auth_service_name"].lower()) != \
            (master["external_auth_type"], master["external_auth_service_name"].lower()):
        raise XapiError("POOL_JOINING_EXTERNAL_AUTH_MISMATCH")
    if mine_sw.get("network_backend", "bridge") != master_sw.get("network_backend", "bridge"):
        raise XapiError("OPERATION_NOT_ALLOWED", "Network backends differ")
    my_api = f"{mine['API_version_major']}.{mine['API_version_minor']}"
    master_api = f"{master['API_version_major']}.{master['API_version_minor']}"
    if my_api != master_api:
        raise XapiError("POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION", my_api, master_api)
    my_schema, master_schema = mine_sw.get("db_schema", ""), master_sw.get("db_schema", "")
    if not my_schema or my_schema != master_schema:
        raise XapiError("POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA", my_schema, master_schema)
    if my_pif["primary_address_type"] != remote_pif["primary_address_type"]:
        raise XapiError("OPERATION_NOT_ALLOWED", "Primary address type differs")
    if my_pool["tls_verification_enabled"] != remote_pool["tls_verification_enabled"]:
        raise XapiError("POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH")
    if "apply_updates" in my_pool["current_operations"].values() or \
            "apply_updates" in remote_pool["current_operations"].values():
        raise XapiError("NOT_SUPPORTED_DURING_UPGRADE")


def _moving(store: Store, me: str) -> dict[str, dict[str, Record]]:
    """class -> ref -> record of everything that goes to the pool (see the module's words)."""
    records = store.records
    srs = {sr for sr, rec in records["SR"].items() if not rec["shared"] and not rec.get("is_tools_sr")
           and all(records["PBD"].get(p, {}).get("host") == me for p in rec["PBDs"])}
    vms = {ref for ref, vm in records["VM"].items()
           if not (vm["is_a_template"] and (vm["is_default_template"]
                                             or vm["other_config"].get("default_template") == "true"))}
    networks = {records["PIF"][p]["network"] for p in records["host"][me]["PIFs"] if p in records["PIF"]}
    gone: set[tuple[str, str]] = {("host", me), *(("SR", s) for s in srs), *(("VM", v) for v in vms),
                                  *(("network", n) for n in networks)}
    while True:
        refs = {ref for _, ref in gone}
        more = {(cls, ref) for cls, field in _OWNED for ref, rec in records.get(cls, {}).items()
                if rec.get(field) in refs}
        more |= {(metrics_cls, records[cls][ref][field]) for cls, ref in gone if ref in records.get(cls, {})
                 for field, metrics_cls in METRICS.get(cls, ()) if records[cls][ref][field] != NULL_REF}
        if more <= gone:
            break
        gone |= more
    out: dict[str, dict[str, Record]] = {}
    for cls, ref in gone:
        if ref in records.get(cls, {}):
            out.setdefault(cls, {})[ref] = records[cls][ref]
    return out


def _restart_as_member(ctx: Context, master_address: str) -> None:
    """The joiner's xapi restarts as a member of the pool: its pool record and sessions go, every call is sent
    to the coordinator."""
    api = ctx.api

    def restart() -> None:
        time.sleep(RESTART_SECONDS)
        with api.store.lock:
            api.slave_of = master_address
            for pool in list(api.store.records["pool"]):
                api.store.destroy("pool", pool)
        api.drop_sessions()

    threading.Thread(target=restart, name="restart as member", daemon=True).start()


def _join(ctx: Context, master_address: str, master_username: str, master_password: str, force: bool) -> None:
    remote = _remote(ctx, master_address)
    _reached(remote.login, master_username, master_password)
    try:
        _reached(pre_join_checks, ctx, remote, force)
        ctx.work()
        with ctx.store.lock:
            payload = {"host": ctx.api.coordinator, "records": _moving(ctx.store, ctx.api.coordinator)}
        _reached(remote.call, "sim.receive_host", payload)
    finally:
        try:
            remote.call("session.logout")
        except XapiError:
            pass
    _restart_as_member(ctx, master_address)


@implements("pool.join")
def join(ctx: Context, master_address: str, master_username: str, master_password: str) -> None:
    _join(ctx, master_address, master_username, master_password, force=False)


@implements("pool.join_force")
def join_force(ctx: Context, master_address: str, master_username: str, master_password: str) -> None:
    _join(ctx, master_address, master_username, master_password, force=True)


# -- the pool ---------------------------------------------------------------------------------------------------


def _free_address(ctx: Context) -> str:
    if not loopback.aliases_available():
        return loopback.COORDINATOR_IP
    used = {h["address"] for h in ctx.store.records["host"].values()}
    used |= {getattr(e, "ip", "") for e in ctx.api.listeners.values()}
    index = 0
    while loopback.loopback_ip(index) in used:
        index += 1
    return loopback.loopback_ip(index)


def _remap(cls: str, record: Record, known: set[str], networks: dict[str, str]) -> Record:
    """References to what did not move become null (a disk drive holding such a disk becomes empty); set fields
    keep only what moved; networks become the pool's of the same bridge."""
    out = dict(record)
    for name, ft in field_types(cls).items():
        value = out.get(name)
        if ft.kind == "ref":
            value = networks.get(str(value), value)
            if value not in known:
                if cls == "VBD" and name == "VDI":
                    out["empty"] = True
                value = NULL_REF
            out[name] = value
        elif ft.kind == "set" and ft.elem is not None and ft.elem.kind == "ref" and isinstance(value, list):
            out[name] = [networks.get(v, v) for v in value if networks.get(v, v) in known]
    return out


@control("sim.receive_host", "payload")
def receive_host(ctx: Context, payload: Record) -> str:
    """What a joining simulator hands over: its objects become the pool's, served on a loopback address."""
    store, api = ctx.store, ctx.api
    host = payload["host"]
    moving = {cls: {ref: typed(cls, rec) for ref, rec in refs.items()} for cls, refs in payload["records"].items()}
    with store.lock:
        by_bridge = {rec["bridge"]: ref for ref, rec in store.records["network"].items()}
        networks = {ref: by_bridge[rec["bridge"]] for ref, rec in moving.get("network", {}).items()
                    if rec["bridge"] in by_bridge}
        for ref in networks:
            del moving["network"][ref]
        known = {ref for refs in moving.values() for ref in refs}
        known |= {ref for refs in store.records.values() for ref in refs}
        address = _free_address(ctx)
        owner_fields = {(r.owner_cls, r.owner_field) for r in relations()}
        for cls, refs in moving.items():
            for ref, record in refs.items():
                fields = _remap(cls, record, known, networks)
                for owner_cls, field in owner_fields:
                    if owner_cls == cls:
                        fields[field] = [m for m in fields.get(field, []) if m in known]
                if cls == "host":
                    fields.update(address=address, enabled=True)
                elif cls == "PIF" and fields["management"]:
                    fields["IP"] = address
                elif cls == "host_metrics":
                    fields["live"] = True
                store.create(cls, fields, ref=ref)
        for cert in list(store.records["Certificate"].values()):
            if cert["type"] == "host" and cert["host"] == api.coordinator:
                store.create("Certificate", {k: v for k, v in cert.items() if k != "uuid"} | {"host": host})
                break
        hosts.settle(store, host)
        memory.refresh(store, host)
    coordinator = api.listeners.get(api.coordinator)
    if coordinator is not None and address != coordinator.ip:
        endpoint = coordinator.for_host(host, address)
        api.listeners[host] = endpoint
        endpoint.start()
    return host
