"""Bonds as xapi_bond.ml makes them: ``Bond.create`` (a master PIF ``bondN`` on the members' host, taking the
primary member's IP configuration and management role, the members' VLANs and the host's running VMs'
interfaces on the members' networks), ``Bond.destroy`` (all of it back to the primary member), ``set_mode`` and
``set_property`` with the mode's properties (LACP: ``hashing_algorithm`` src_mac|tcpudp_ports, ``lacp-time``,
``lacp-aggregation-key``, ``lacp-fallback-ab``; invalid ones are INVALID_VALUE ["properties", "key = value"])."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .context import Context, now_iso
from .errors import XapiError
from .fieldtypes import NULL_REF
from .networks import assert_no_other_local_pifs, plug
from .registry import implements
from .store import Store

Record = dict[str, Any]

#: xapi's requirements_of_mode for LACP: key -> (default, valid value)
_LACP: dict[str, tuple[str | None, Callable[[str], bool]]] = {
    "hashing_algorithm": ("tcpudp_ports", lambda v: v in ("src_mac", "tcpudp_ports")),
    "lacp-time": ("slow", lambda v: v in ("fast", "slow")),
    "lacp-aggregation-key": (None, lambda v: v.lstrip("-").isdigit()),
    "lacp-fallback-ab": ("true", lambda v: v in ("true", "false")),
}
_MAC = re.compile(r"^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$")
_IP_FIELDS = ("ip_configuration_mode", "IP", "netmask", "gateway", "DNS")


def _requirements(mode: str) -> dict[str, tuple[str | None, Callable[[str], bool]]]:
    return _LACP if mode == "lacp" else {}


def _validate(mode: str, key: str, value: str) -> None:
    rule = _requirements(mode).get(key)
    if rule is None or not rule[1](value):
        raise XapiError("INVALID_VALUE", "properties", f"{key} = {value}")


def _with_defaults(mode: str, properties: dict[str, str]) -> dict[str, str]:
    defaults = {k: d for k, (d, _) in _requirements(mode).items() if d is not None}
    return {**defaults, **properties}


def _move_ip(store: Store, source: str, target: str) -> None:
    """xapi's move_configuration: the IP configuration goes to ``target``, ``source`` keeps none."""
    record = store.get("PIF", source)
    store.update("PIF", target, {k: record[k] for k in _IP_FIELDS})
    store.update("PIF", source, {"ip_configuration_mode": "None", "IP": "", "netmask": "", "gateway": "", "DNS": ""})


def _move_management(store: Store, source: str, target: str) -> None:
    if store.get("PIF", source)["management"]:
        store.update("PIF", source, {"management": False})
        store.update("PIF", target, {"management": True})


def _move_vlans(store: Store, vlans: list[str], target: str) -> None:
    for vlan in vlans:
        store.update("VLAN", vlan, {"tagged_PIF": target})


def _move_vifs(store: Store, host: str, networks: list[str], target_network: str) -> None:
    """The interfaces of the VMs running on ``host`` on the given networks move to ``target_network``."""
    for network in networks:
        for vif in list(store.get("network", network)["VIFs"]):
            record = store.records["VIF"].get(vif)
            if record is None:
                continue
            vm = store.records["VM"].get(record["VM"], {})
            if vm.get("resident_on") == host and vm.get("power_state") == "Running":
                store.update("VIF", vif, {"network": target_network})


def _check_member(store: Store, ref: str) -> Record:
    pif = store.get("PIF", ref)
    if not pif["managed"]:
        raise XapiError("PIF_UNMANAGED", ref)
    if pif["bond_slave_of"] != NULL_REF and store.exists("Bond", pif["bond_slave_of"]):
        raise XapiError("PIF_ALREADY_BONDED", ref)
    if pif["VLAN"] >= 0:
        raise XapiError("PIF_VLAN_EXISTS", pif["device"])
    if pif["tunnel_access_PIF_of"]:
        raise XapiError("IS_TUNNEL_ACCESS_PIF", ref)
    if any(p["ha_enabled"] for p in store.records["pool"].values()) and pif["management"]:
        raise XapiError("HA_CANNOT_CHANGE_BOND_STATUS_OF_MGMT_IFACE")
    return pif


def _bond_device(store: Store, host: str) -> str:
    taken = {p["device"] for p in store.records["PIF"].values() if p["host"] == host and p["bond_master_of"]}
    return next(f"bond{n}" for n in range(len(taken) + 1) if f"bond{n}" not in taken)


@implements("Bond.create")
def bond_create(ctx: Context, network: str, members: list[str], mac: str, mode: str,
                properties: dict[str, str]) -> str:
    store = ctx.store
    if not members:
        raise XapiError("PIF_BOND_NEEDS_MORE_MEMBERS")
    with store.lock:
        if not store.get("network", network)["managed"]:
            raise XapiError("NETWORK_UNMANAGED", network)
        host = store.get("PIF", members[0])["host"]
        assert_no_other_local_pifs(store, host, network)
        if mac and not _MAC.match(mac):
            raise XapiError("MAC_INVALID", mac)
        for key, value in properties.items():
            _validate(mode, key, value)
        properties = _with_defaults(mode, dict(properties))
        members = list(dict.fromkeys(members))
        records = {ref: _check_member(store, ref) for ref in members}
        if len({r["host"] for r in records.values()}) != 1:
            raise XapiError("PIF_CANNOT_BOND_CROSS_HOST")
        if len({tuple(sorted(r["properties"].items())) for r in records.values()}) != 1:
            raise XapiError("INCOMPATIBLE_PIF_PROPERTIES")
        with_ip = [ref for ref, r in records.items() if r["ip_configuration_mode"] != "None"]
        if len(with_ip) > 1:
            raise XapiError("PIF_BOND_MORE_THAN_ONE_IP")
        primary = next((ref for ref, r in records.items() if r["management"]), None) or \
            (with_ip[0] if with_ip else members[0])
    ctx.work(0.3)
    with store.lock:
        speed = sum(store.records["PIF_metrics"].get(r["metrics"], {}).get("speed", 0) for r in records.values())
        metrics = store.create("PIF_metrics", {"carrier": True, "speed": speed, "duplex": True,
                                               "last_updated": now_iso()})
        master = store.create("PIF", {
            "device": _bond_device(store, host), "network": network, "host": host,
            "MAC": mac or records[primary]["MAC"], "MTU": store.get("network", network)["MTU"], "VLAN": -1,
            "metrics": metrics, "physical": False, "ip_configuration_mode": "None", "managed": True,
            "primary_address_type": records[primary]["primary_address_type"],
            "properties": dict(records[primary]["properties"])})
        links = sum(1 for r in records.values() if _carrier(store, r))
        bond = store.create("Bond", {"master": master, "primary_slave": primary, "mode": mode,
                                     "properties": properties, "links_up": links, "auto_update_mac": not mac})
        for ref in members:
            store.update("PIF", ref, {"bond_slave_of": bond})
        _move_ip(store, primary, master)
        _move_management(store, primary, master)
        plug(ctx, master)
        _move_vlans(store, [v for r in records.values() for v in r["VLAN_slave_of"]], master)
        _move_vifs(store, host, list(dict.fromkeys(r["network"] for r in records.values())), network)
        if any(r["disallow_unplug"] for r in records.values()):
            store.update("PIF", master, {"disallow_unplug": True})
            for ref in members:
                store.update("PIF", ref, {"disallow_unplug": False})
        return bond


def _carrier(store: Store, pif: Record) -> bool:
    metrics = store.records["PIF_metrics"].get(pif["metrics"])
    return bool(metrics and metrics["carrier"])


@implements("Bond.destroy")
def bond_destroy(ctx: Context, bond: str) -> None:
    """Everything the bond holds goes back to its primary member; the master PIF and the Bond go."""
    store = ctx.store
    with store.lock:
        record = store.get("Bond", bond)
        master, primary = record["master"], record["primary_slave"]
        master_pif = store.get("PIF", master)
        if any(p["ha_enabled"] for p in store.records["pool"].values()) and master_pif["management"]:
            raise XapiError("HA_CANNOT_CHANGE_BOND_STATUS_OF_MGMT_IFACE")
    ctx.work(0.3)
    with store.lock:
        members = list(store.get("Bond", bond)["slaves"])
        host = master_pif["host"]
        _move_ip(store, master, primary)
        _move_management(store, master, primary)
        _move_vlans(store, list(store.get("PIF", master)["VLAN_slave_of"]), primary)
        _move_vifs(store, host, [master_pif["network"]], store.get("PIF", primary)["network"])
        if master_pif["disallow_unplug"]:
            store.update("PIF", primary, {"disallow_unplug": True})
        store.destroy("Bond", bond)
        metrics = master_pif["metrics"]
        store.destroy("PIF", master)
        if store.exists("PIF_metrics", metrics):
            store.destroy("PIF_metrics", metrics)
        for ref in members:
            if store.exists("PIF", ref):
                store.update("PIF", ref, {"bond_slave_of": NULL_REF, "currently_attached": True})


@implements("Bond.set_mode")
def set_mode(ctx: Context, bond: str, mode: str) -> None:
    """The mode's valid properties stay, its defaults are added, the others go."""
    with ctx.store.lock:
        record = ctx.store.get("Bond", bond)
        kept = {k: v for k, v in record["properties"].items()
                if k in _requirements(mode) and _requirements(mode)[k][1](v)}
        ctx.store.update("Bond", bond, {"mode": mode, "properties": _with_defaults(mode, kept)})


@implements("Bond.set_property")
def set_property(ctx: Context, bond: str, name: str, value: str) -> None:
    with ctx.store.lock:
        record = ctx.store.get("Bond", bond)
        _validate(record["mode"], name, value)
        ctx.store.update("Bond", bond, {"properties": {**record["properties"], name: value}})
