"""Networks, VLANs and host interfaces as xapi does them (xapi_network.ml, xapi_vlan.ml, xapi_pif.ml,
xapi_pool.ml's create_VLAN_from_PIF, xapi_host.ml's management_reconfigure), with xapi's checks in xapi's order
and its error codes and parameters. Bonds are in ``bonds.py``.

Nothing here touches a real network: ``PIF.reconfigure_ip`` only stores what it is given. When a host's
management address changes to another loopback address, the host's endpoint moves there (same port), as a real
host's management server would; an address outside loopback is stored and served nowhere."""

from __future__ import annotations

import ipaddress
import threading
from typing import Any

from .context import Context, now_iso
from .devices import create_fields
from .errors import XapiError
from .fieldtypes import NULL_REF
from .registry import control, implements
from .store import Store

Record = dict[str, Any]

#: What xapi's bridge_blacklist refuses as a client-given bridge name.
_BRIDGE_BLACKLIST = ("xen", "xapi", "vif", "tap", "eth")
#: Where the simulated DHCP server leases addresses from (loopback, so nothing leaves the machine).
DHCP_POOL = "127.1.0.{}"


def _pif(store: Store, ref: str) -> Record:
    return store.get("PIF", ref)


def _host_live(store: Store, host: str) -> bool:
    metrics = store.records["host_metrics"].get(store.get("host", host)["metrics"])
    return metrics is None or bool(metrics["live"])


def _assert_managed_network(store: Store, network: str) -> None:
    if not store.get("network", network)["managed"]:
        raise XapiError("NETWORK_UNMANAGED", network)


def _assert_managed_pif(pif_ref: str, pif: Record) -> None:
    if not pif["managed"]:
        raise XapiError("PIF_UNMANAGED", pif_ref)


def assert_no_other_local_pifs(store: Store, host: str, network: str) -> None:
    """xapi_pif.assert_no_other_local_pifs: a host has at most one interface on a network."""
    other = next((r for r in store.get("network", network)["PIFs"]
                  if r in store.records["PIF"] and store.records["PIF"][r]["host"] == host), None)
    if other is not None:
        raise XapiError("NETWORK_ALREADY_CONNECTED", host, other)


# ---- networks ---------------------------------------------------------------------------------------------


def _choose_bridge(store: Store) -> str:
    taken = {n["bridge"] for n in store.records["network"].values()}
    return next(f"xapi{n}" for n in range(len(taken) + 1) if f"xapi{n}" not in taken)


@implements("network.create")
def network_create(ctx: Context, record: Any) -> str:
    """xapi_network.create: MTU 1500 when not positive; a bridge chosen (``xapiN``) when none is given, a
    given one checked (INVALID_VALUE, BRIDGE_NAME_EXISTS)."""
    fields = create_fields("network", record)
    with ctx.store.lock:
        bridge = str(fields.get("bridge", ""))
        if not bridge:
            bridge = _choose_bridge(ctx.store)
        else:
            if len(bridge) > 15 or bridge.startswith(_BRIDGE_BLACKLIST):
                raise XapiError("INVALID_VALUE", "bridge", bridge)
            if any(n["bridge"] == bridge for n in ctx.store.records["network"].values()):
                raise XapiError("BRIDGE_NAME_EXISTS", bridge)
        mtu = int(fields.get("MTU", 0) or 0)
        fields.update({"bridge": bridge, "MTU": mtu if mtu > 0 else 1500, "current_operations": {},
                       "allowed_operations": [], "managed": fields.get("managed", True)})
        return ctx.store.create("network", fields)


@implements("network.destroy")
def network_destroy(ctx: Context, network: str) -> None:
    """Refused while a VIF is attached or reserved (NETWORK_CONTAINS_VIF [vifs]) or a host has an interface on
    it (NETWORK_CONTAINS_PIF [pifs]), and for the host internal management network; other VIFs go with it."""
    store = ctx.store
    with store.lock:
        record = store.get("network", network)
        vifs = [v for v in record["VIFs"] if v in store.records["VIF"]]
        connected = [v for v in vifs if store.records["VIF"][v]["currently_attached"]
                     or store.records["VIF"][v].get("reserved")]
        if connected:
            raise XapiError("NETWORK_CONTAINS_VIF", *connected)
        pifs = [p for p in record["PIFs"] if p in store.records["PIF"]]
        if pifs:
            raise XapiError("NETWORK_CONTAINS_PIF", *pifs)
        if record["other_config"].get("is_host_internal_management_network", "").lower() == "true":
            raise XapiError("CANNOT_DESTROY_SYSTEM_NETWORK", network)
        for vif in vifs:
            store.destroy("VIF", vif)
        store.destroy("network", network)


# ---- VLANs -------------------------------------------------------------------------------------------------


def make_vlan(ctx: Context, tagged: str, tag: int, network: str) -> str:
    """xapi_vlan.create, its checks in xapi's order; the untagged PIF shares its NIC's MAC, MTU and metrics
    and is plugged."""
    store = ctx.store
    _assert_managed_network(store, network)
    pif = _pif(store, tagged)
    assert_no_other_local_pifs(store, pif["host"], network)
    _assert_managed_pif(tagged, pif)
    if pif["bond_slave_of"] != NULL_REF and store.exists("Bond", pif["bond_slave_of"]):
        raise XapiError("CANNOT_ADD_VLAN_TO_BOND_SLAVE", tagged)
    if pif["VLAN"] >= 0:
        raise XapiError("PIF_IS_VLAN", tagged)
    if pif["tunnel_access_PIF_of"]:
        raise XapiError("IS_TUNNEL_ACCESS_PIF", tagged)
    if tag < 0 or tag > 4094:
        raise XapiError("VLAN_TAG_INVALID", str(tag))
    if any(store.records["VLAN"][v]["tag"] == tag for v in pif["VLAN_slave_of"] if v in store.records["VLAN"]):
        raise XapiError("PIF_VLAN_EXISTS", pif["device"])
    untagged = store.create("PIF", {
        "device": pif["device"], "network": network, "host": pif["host"], "MAC": pif["MAC"], "MTU": pif["MTU"],
        "VLAN": tag, "metrics": pif["metrics"], "physical": False, "currently_attached": False,
        "ip_configuration_mode": "None", "managed": True, "primary_address_type": pif["primary_address_type"]})
    vlan = store.create("VLAN", {"tagged_PIF": tagged, "untagged_PIF": untagged, "tag": tag})
    store.update("PIF", untagged, {"VLAN_master_of": vlan})
    plug(ctx, untagged)
    return vlan


@implements("VLAN.create")
def vlan_create(ctx: Context, tagged_PIF: str, tag: int, network: str) -> str:
    with ctx.store.lock:
        return make_vlan(ctx, tagged_PIF, tag, network)


def remove_vlan(ctx: Context, vlan: str) -> None:
    """xapi_vlan.destroy: not for a bonded or physical PIF; the untagged PIF is unplugged and goes too."""
    store = ctx.store
    untagged = store.get("VLAN", vlan)["untagged_PIF"]
    if not store.exists("PIF", untagged):
        store.destroy("VLAN", vlan)
        return
    pif = _pif(store, untagged)
    if pif["bond_slave_of"] != NULL_REF or pif["bond_master_of"]:
        raise XapiError("PIF_ALREADY_BONDED", untagged)
    if pif["VLAN"] < 0:
        raise XapiError("PIF_IS_PHYSICAL")
    unplug(ctx, untagged)
    store.destroy("VLAN", vlan)
    store.destroy("PIF", untagged)


@implements("VLAN.destroy")
def vlan_destroy(ctx: Context, vlan: str) -> None:
    with ctx.store.lock:
        remove_vlan(ctx, vlan)


@implements("pool.create_VLAN_from_PIF")
def create_vlan_from_pif(ctx: Context, pif: str, network: str, tag: int) -> list[str]:
    """The VLAN on every live host's interface on the same network as ``pif``; any failure destroys the VLANs
    already made and is raised."""
    store = ctx.store
    with store.lock:
        under = store.get("network", _pif(store, pif)["network"])["PIFs"]
        pifs = [p for p in under if p in store.records["PIF"] and _host_live(store, store.records["PIF"][p]["host"])]
        made: list[str] = []
        try:
            for each in pifs:
                made.append(make_vlan(ctx, each, tag, network))
        except XapiError:
            for vlan in made:
                remove_vlan(ctx, vlan)
            raise
        return [store.get("VLAN", v)["untagged_PIF"] for v in made]


# ---- interfaces --------------------------------------------------------------------------------------------


def plug(ctx: Context, pif_ref: str) -> None:
    """Bring the interface up (a bond member cannot be plugged alone: CANNOT_PLUG_BOND_SLAVE)."""
    pif = _pif(ctx.store, pif_ref)
    if pif["bond_slave_of"] != NULL_REF and ctx.store.exists("Bond", pif["bond_slave_of"]):
        raise XapiError("CANNOT_PLUG_BOND_SLAVE", pif_ref)
    network = ctx.store.get("network", pif["network"])
    if not pif["currently_attached"] or pif["MTU"] != network["MTU"]:
        ctx.store.update("PIF", pif_ref, {"currently_attached": True, "MTU": network["MTU"]})


def unplug(ctx: Context, pif_ref: str) -> None:
    """xapi_pif.unplug's checks: managed, not the management interface, no VIF in use on that host's side
    of the network, disallow_unplug not set."""
    store = ctx.store
    pif = _pif(store, pif_ref)
    _assert_managed_pif(pif_ref, pif)
    if pif["management"]:
        raise XapiError("PIF_IS_MANAGEMENT_IFACE", pif_ref)
    for vif in store.get("network", pif["network"])["VIFs"]:
        record = store.records["VIF"].get(vif)
        vm = store.records["VM"].get(record["VM"], {}) if record else {}
        if record and record["currently_attached"] and vm.get("resident_on") == pif["host"]:
            raise XapiError("VIF_IN_USE", pif["network"], vif)
    if pif["disallow_unplug"]:
        raise XapiError("PIF_DOES_NOT_ALLOW_UNPLUG", pif_ref)
    if pif["currently_attached"]:
        store.update("PIF", pif_ref, {"currently_attached": False})


@implements("PIF.plug")
def pif_plug(ctx: Context, pif: str) -> None:
    with ctx.store.lock:
        plug(ctx, pif)


@implements("PIF.unplug")
def pif_unplug(ctx: Context, pif: str) -> None:
    with ctx.store.lock:
        unplug(ctx, pif)


@implements("PIF.set_disallow_unplug")
def set_disallow_unplug(ctx: Context, pif: str, value: bool) -> None:
    with ctx.store.lock:
        if _pif(ctx.store, pif)["disallow_unplug"] != value:
            ctx.store.update("PIF", pif, {"disallow_unplug": value})


def _valid_ipv4(text: str) -> bool:
    try:
        ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return True


@implements("PIF.reconfigure_ip")
def reconfigure_ip(ctx: Context, pif: str, mode: str, ip: str, netmask: str, gateway: str, dns: str) -> None:
    """xapi_pif.reconfigure_ip: Static needs a valid IP and netmask, every address given must be valid
    (INVALID_IP_ADDRESS_SPECIFIED [field]); the management interface cannot lose its configuration. The values
    are stored; a DHCP interface gets a lease from the simulated (loopback) DHCP server."""
    store = ctx.store
    with store.lock:
        record = _pif(store, pif)
        _assert_managed_pif(pif, record)
        if mode == "Static":
            for field, value in (("IP", ip), ("netmask", netmask)):
                if not _valid_ipv4(value):
                    raise XapiError("INVALID_IP_ADDRESS_SPECIFIED", field)
        for field, value in (("IP", ip), ("netmask", netmask), ("gateway", gateway)):
            if value and not _valid_ipv4(value):
                raise XapiError("INVALID_IP_ADDRESS_SPECIFIED", field)
        if record["management"] and mode == "None" and record["primary_address_type"] == "IPv4":
            raise XapiError("PIF_IS_MANAGEMENT_IFACE", pif)
        if mode == "DHCP":
            ip, netmask = (record["IP"], record["netmask"]) if record["IP"] else (_lease(store), "255.255.0.0")
        elif mode == "None":
            ip, netmask, gateway, dns = "", "", "", ""
        store.update("PIF", pif, {"ip_configuration_mode": mode, "IP": ip, "netmask": netmask,
                                  "gateway": gateway, "DNS": dns})
        if record["management"] and ip != record["IP"]:
            _management_moved(ctx, record["host"], ip)


def _lease(store: Store) -> str:
    taken = {p["IP"] for p in store.records["PIF"].values()}
    return next(DHCP_POOL.format(n) for n in range(1, 255) if DHCP_POOL.format(n) not in taken)


@implements("host.management_reconfigure")
def management_reconfigure(ctx: Context, pif: str) -> None:
    """The host of ``pif`` is managed through it from now on (HA_IS_ENABLED with HA on; a bond member:
    CANNOT_PLUG_BOND_SLAVE; without IP configuration: PIF_HAS_NO_NETWORK_CONFIGURATION)."""
    store = ctx.store
    with store.lock:
        if any(p["ha_enabled"] for p in store.records["pool"].values()):
            raise XapiError("HA_IS_ENABLED")
        record = _pif(store, pif)
        if record["managed"]:
            if record["bond_slave_of"] != NULL_REF:
                raise XapiError("CANNOT_PLUG_BOND_SLAVE", pif)
            if record["ip_configuration_mode"] == "None":
                raise XapiError("PIF_HAS_NO_NETWORK_CONFIGURATION", pif)
        if record["management"]:
            return
        host = record["host"]
        for ref, other in store.all("PIF").items():
            if other["host"] == host and other["management"]:
                store.update("PIF", ref, {"management": False})
        store.update("PIF", pif, {"management": True, "currently_attached": True})
        _management_moved(ctx, host, record["IP"])


@implements("host.management_disable")
def management_disable(ctx: Context) -> None:
    """The endpoint's host stops listening for management (a member refuses: SLAVE_REQUIRES_MANAGEMENT_IFACE)."""
    store = ctx.store
    with store.lock:
        if any(p["ha_enabled"] for p in store.records["pool"].values()):
            raise XapiError("HA_IS_ENABLED")
        if ctx.host != ctx.api.coordinator:
            raise XapiError("SLAVE_REQUIRES_MANAGEMENT_IFACE")
        for ref, pif in store.all("PIF").items():
            if pif["host"] == ctx.host and pif["management"]:
                store.update("PIF", ref, {"management": False})
    endpoint = ctx.api.listeners.get(ctx.host)
    if endpoint is not None:
        threading.Timer(0.3, endpoint.stop).start()


def _management_moved(ctx: Context, host: str, ip: str) -> None:
    """The host's address is its management interface's; on another loopback address its endpoint moves there
    once this call has been answered."""
    ctx.store.update("host", host, {"address": ip})
    endpoint = ctx.api.listeners.get(host)
    if endpoint is None or not _loopback(ip) or endpoint.ip == ip:
        return
    moved = endpoint.moved_to(ip)
    moved.start()
    ctx.api.listeners[host] = moved
    threading.Timer(0.3, endpoint.stop).start()


def _loopback(ip: str) -> bool:
    try:
        return ipaddress.IPv4Address(ip).is_loopback
    except ValueError:
        return False


# ---- NICs the hosts see ----------------------------------------------------------------------------------


@control("sim.add_nic", "host", "device")
def add_nic(ctx: Context, host: Any, device: Any) -> None:
    """Tests: a NIC is plugged into the host; xapi learns of it at the next ``PIF.scan``."""
    with ctx.store.lock:
        ctx.store.get("host", str(host))
        ctx.api.unseen_nics.setdefault(str(host), []).append(str(device))


@implements("PIF.scan")
def scan(ctx: Context, host: str) -> None:
    """Introduce the NICs the host has that xapi does not know yet, each on the pool-wide network of its
    bridge (``xenbrN``, made when missing), unplugged, as xapi_pif.scan does."""
    store = ctx.store
    store.get("host", host)
    ctx.work(0.2)
    with store.lock:
        known = {p["device"] for p in store.records["PIF"].values() if p["host"] == host and p["physical"]}
        for device in ctx.api.unseen_nics.pop(host, []):
            if device not in known:
                _introduce(store, host, device)


def _introduce(store: Store, host: str, device: str) -> str:
    bridge = "xenbr" + device.removeprefix("eth")
    network = next((r for r, n in store.records["network"].items() if n["bridge"] == bridge), None)
    if network is None:
        network = store.create("network", {"name_label": f"Pool-wide network associated with {device}",
                                           "bridge": bridge, "MTU": 1500, "managed": True,
                                           "other_config": {"automatic": "true"}})
    number = sum(1 for p in store.records["PIF"].values() if p["physical"]) + 1
    metrics = store.create("PIF_metrics", {
        "carrier": True, "speed": 1000, "duplex": True, "vendor_name": "Intel Corporation",
        "device_name": "82599 10 Gigabit Network Connection", "pci_bus_path": f"0000:{0x40 + number % 64:02x}:00.0",
        "last_updated": now_iso()})
    mac = f"02:5c:{number >> 8 & 0xff:02x}:{number & 0xff:02x}:{len(device):02x}:01"
    return store.create("PIF", {"device": device, "network": network, "host": host, "MAC": mac, "MTU": 1500,
                                "VLAN": -1, "physical": True, "metrics": metrics, "managed": True,
                                "ip_configuration_mode": "None", "currently_attached": False})
