"""The simulator's networks, VLANs, bonds and host interfaces, as xapi does them, through the official XenAPI
SDK: network.create/destroy (NETWORK_CONTAINS_VIF / NETWORK_CONTAINS_PIF), pool.create_VLAN_from_PIF and
VLAN.create/destroy (VLAN_TAG_INVALID, PIF_IS_VLAN, PIF_VLAN_EXISTS), Bond.create/destroy/set_mode/
set_property, PIF.reconfigure_ip, plug/unplug, PIF.scan, host.management_reconfigure, events."""

from __future__ import annotations

import pytest
import XenAPI

from tests.sim.test_sim_storage import failure
from tests.test_cli_networks import pool, x  # noqa: F401 (the same simulator and SDK session)


def network(x, name: str, **extra) -> str:
    return x.network.create({"name_label": name, "name_description": "", "MTU": "0", "other_config": {}, **extra})


def nic(x, host: str, device: str) -> str:
    return next(p for p in x.host.get_PIFs(host) if x.PIF.get_device(p) == device and x.PIF.get_physical(p))


def test_network_create_chooses_a_bridge_and_mtu(x):
    ref = network(x, "private")
    record = x.network.get_record(ref)
    assert record["MTU"] == "1500" and record["bridge"].startswith("xapi") and record["PIFs"] == []
    bridges = [x.network.get_bridge(n) for n in x.network.get_all()]
    assert len(bridges) == len(set(bridges))
    assert failure(lambda: network(x, "again", bridge=record["bridge"])) == ["INVALID_VALUE", "bridge", record["bridge"]]
    assert x.network.get_bridge(network(x, "taken", bridge="mybr")) == "mybr"
    assert failure(lambda: network(x, "twice", bridge="mybr")) == ["BRIDGE_NAME_EXISTS", "mybr"]
    x.network.destroy(ref)
    assert ref not in x.network.get_all()


def test_network_destroy_is_refused_while_vifs_or_pifs_use_it(x):
    eth0 = next(n for n in x.network.get_all() if x.network.get_bridge(n) == "xenbr0")
    attached = [v for v in x.network.get_VIFs(eth0) if x.VIF.get_currently_attached(v)]
    assert attached
    assert failure(x.network.destroy, eth0) == ["NETWORK_CONTAINS_VIF", *attached]
    spare = network(x, "spare")
    halted = next(v for v in x.VM.get_all() if x.VM.get_power_state(v) == "Halted")  # a template will do
    vif = x.VIF.create({"device": "7", "network": spare, "VM": halted, "MAC": "02:00:00:00:00:07", "MTU": "1500", "other_config": {},
                        "qos_algorithm_type": "", "qos_algorithm_params": {}})
    x.network.destroy(spare)
    assert vif not in x.VIF.get_all()  # an interface not in use goes with its network
    internal = next(n for n in x.network.get_all() if x.network.get_bridge(n) == "xenapi")
    assert failure(x.network.destroy, internal) == ["CANNOT_DESTROY_SYSTEM_NETWORK", internal]


def test_a_vlan_on_every_host_and_xapis_refusals(x):
    hosts = x.host.get_all()
    vlan_net = network(x, "VLAN 42")
    eth1 = nic(x, hosts[0], "eth1")
    pifs = x.pool.create_VLAN_from_PIF(eth1, vlan_net, "42")
    assert len(pifs) == 3 and sorted(x.PIF.get_host(p) for p in pifs) == sorted(hosts)
    for pif in pifs:
        record = x.PIF.get_record(pif)
        assert (record["VLAN"], record["device"], record["physical"], record["currently_attached"]) == \
            ("42", "eth1", False, True)
        vlan = x.VLAN.get_record(record["VLAN_master_of"])
        assert vlan["tag"] == "42" and x.PIF.get_device(vlan["tagged_PIF"]) == "eth1"
        under = x.PIF.get_record(vlan["tagged_PIF"])
        assert under["MAC"] == record["MAC"] and under["metrics"] == record["metrics"]
    assert sorted(x.network.get_PIFs(vlan_net)) == sorted(pifs)
    other = network(x, "VLAN 42 again")
    assert failure(x.pool.create_VLAN_from_PIF, eth1, other, "42") == ["PIF_VLAN_EXISTS", "eth1"]
    assert failure(x.VLAN.create, eth1, "4095", other) == ["VLAN_TAG_INVALID", "4095"]
    assert failure(x.VLAN.create, pifs[0], "7", other) == ["PIF_IS_VLAN", pifs[0]]
    assert failure(x.VLAN.create, eth1, "7", vlan_net)[0] == "NETWORK_ALREADY_CONNECTED"
    assert failure(x.network.destroy, vlan_net) == ["NETWORK_CONTAINS_PIF", *x.network.get_PIFs(vlan_net)]
    for pif in pifs:
        x.VLAN.destroy(x.PIF.get_VLAN_master_of(pif))
    assert x.network.get_PIFs(vlan_net) == [] and all(p not in x.PIF.get_all() for p in pifs)
    x.network.destroy(vlan_net)


def test_a_failed_vlan_on_one_host_undoes_the_others(x):
    hosts = x.host.get_all()
    taken = network(x, "taken on the last host")
    x.VLAN.create(nic(x, hosts[2], "eth1"), "55", taken)
    before = set(x.PIF.get_all())
    fresh = network(x, "VLAN 55")
    assert failure(x.pool.create_VLAN_from_PIF, nic(x, hosts[0], "eth1"), fresh, "55") == ["PIF_VLAN_EXISTS", "eth1"]
    assert set(x.PIF.get_all()) == before and x.network.get_PIFs(fresh) == []


def test_bonds_move_the_management_interface_and_come_apart_again(pool, x):
    host = x.host.get_all()[1]
    eth0, eth1 = nic(x, host, "eth0"), nic(x, host, "eth1")
    address = x.PIF.get_IP(eth0)
    bonded = network(x, "Bond 0+1")
    assert failure(x.Bond.create, bonded, [], "", "lacp", {}) == ["PIF_BOND_NEEDS_MORE_MEMBERS"]
    assert failure(x.Bond.create, bonded, [eth0, eth1], "", "lacp", {"hashing_algorithm": "round"}) == [
        "INVALID_VALUE", "properties", "hashing_algorithm = round"]
    assert failure(x.Bond.create, bonded, [eth0, nic(x, x.host.get_all()[0], "eth1")], "", "lacp", {}) == [
        "PIF_CANNOT_BOND_CROSS_HOST"]
    bond = x.Bond.create(bonded, [eth0, eth1], "", "lacp", {"hashing_algorithm": "src_mac"})
    record = x.Bond.get_record(bond)
    assert sorted(record["slaves"]) == sorted([eth0, eth1]) and record["primary_slave"] == eth0
    assert record["mode"] == "lacp" and record["properties"]["hashing_algorithm"] == "src_mac"
    assert record["properties"]["lacp-time"] == "slow"
    master = x.PIF.get_record(record["master"])
    assert (master["device"], master["management"], master["IP"], master["network"]) == (
        "bond0", True, address, bonded)
    assert not x.PIF.get_management(eth0) and x.PIF.get_ip_configuration_mode(eth0) == "None"
    assert x.PIF.get_VLAN_slave_of(eth1) == [] and len(x.PIF.get_VLAN_slave_of(record["master"])) == 1
    assert failure(x.Bond.create, network(x, "again"), [eth1], "", "active-backup", {}) == [
        "PIF_ALREADY_BONDED", eth1]
    assert failure(x.Bond.set_property, bond, "lacp-time", "sometimes") == [
        "INVALID_VALUE", "properties", "lacp-time = sometimes"]
    x.Bond.set_property(bond, "hashing_algorithm", "tcpudp_ports")
    x.Bond.set_mode(bond, "active-backup")
    assert x.Bond.get_mode(bond) == "active-backup" and x.Bond.get_properties(bond) == {}
    x.Bond.destroy(bond)
    assert bond not in x.Bond.get_all() and record["master"] not in x.PIF.get_all()
    assert x.PIF.get_management(eth0) and x.PIF.get_IP(eth0) == address
    assert x.PIF.get_bond_slave_of(eth0) == "OpaqueRef:NULL" and len(x.PIF.get_VLAN_slave_of(eth0)) == 1


def test_a_bond_of_one_nic_is_what_xapi_allows(x):
    """xapi refuses only an empty member list; XenCenter's wizard is what asks for two NICs."""
    host = x.host.get_all()[2]
    bond = x.Bond.create(network(x, "single"), [nic(x, host, "eth1")], "", "balance-slb", {})
    assert x.Bond.get_properties(bond) == {} and len(x.Bond.get_slaves(bond)) == 1


def test_reconfigure_ip_stores_values_and_checks_them(x):
    host = x.host.get_all()[0]
    eth1 = x.VLAN.get_untagged_PIF(x.VLAN.create(nic(x, host, "eth1"), "77", network(x, "storage")))
    assert failure(x.PIF.reconfigure_ip, eth1, "Static", "10.0.0", "255.0.0.0", "", "") == [
        "INVALID_IP_ADDRESS_SPECIFIED", "IP"]
    assert failure(x.PIF.reconfigure_ip, eth1, "Static", "10.1.2.3", "", "", "") == [
        "INVALID_IP_ADDRESS_SPECIFIED", "netmask"]
    x.PIF.reconfigure_ip(eth1, "Static", "10.1.2.3", "255.255.255.0", "10.1.2.1", "10.1.2.53")
    record = x.PIF.get_record(eth1)
    assert (record["ip_configuration_mode"], record["IP"], record["netmask"], record["gateway"], record["DNS"]) == (
        "Static", "10.1.2.3", "255.255.255.0", "10.1.2.1", "10.1.2.53")
    management = nic(x, host, "eth0")
    assert failure(x.PIF.reconfigure_ip, management, "None", "", "", "", "") == [
        "PIF_IS_MANAGEMENT_IFACE", management]
    assert failure(x.PIF.unplug, management) == ["PIF_IS_MANAGEMENT_IFACE", management]
    x.PIF.set_disallow_unplug(eth1, True)
    assert failure(x.PIF.unplug, eth1) == ["PIF_DOES_NOT_ALLOW_UNPLUG", eth1]
    x.PIF.set_disallow_unplug(eth1, False)
    x.PIF.reconfigure_ip(eth1, "DHCP", "", "", "", "")
    assert x.PIF.get_IP(eth1) == "10.1.2.3"  # the lease it had
    x.PIF.reconfigure_ip(eth1, "None", "", "", "", "")
    x.PIF.reconfigure_ip(eth1, "DHCP", "", "", "", "")
    assert x.PIF.get_IP(eth1).startswith("127.1.0.")


def test_unplug_is_refused_while_a_running_vm_uses_the_network_there(x):
    vif = next(v for v in x.VIF.get_all() if x.VIF.get_currently_attached(v))
    vm = x.VIF.get_VM(vif)
    host = x.VM.get_resident_on(vm)
    network_ref = x.VIF.get_network(vif)
    pif = next(p for p in x.network.get_PIFs(network_ref) if x.PIF.get_host(p) == host)
    if x.PIF.get_management(pif):
        assert failure(x.PIF.unplug, pif) == ["PIF_IS_MANAGEMENT_IFACE", pif]
    else:
        assert failure(x.PIF.unplug, pif)[0] == "VIF_IN_USE"


def test_pif_scan_introduces_a_new_nic(pool, x):
    host = x.host.get_all()[0]
    event_from = getattr(x.event, "from")
    token = event_from(["PIF"], "", 0.0)["token"]
    x.sim.add_nic(host, "eth2")
    assert [p for p in x.host.get_PIFs(host) if x.PIF.get_device(p) == "eth2"] == []
    x.PIF.scan(host)
    new = [p for p in x.host.get_PIFs(host) if x.PIF.get_device(p) == "eth2"]
    assert len(new) == 1
    record = x.PIF.get_record(new[0])
    assert record["physical"] and x.network.get_bridge(record["network"]) == "xenbr2"
    assert x.PIF_metrics.get_carrier(record["metrics"])
    events = event_from(["PIF"], token, 1.0)["events"]
    assert any(e["ref"] == new[0] and e["operation"] == "add" for e in events)


def test_management_reconfigure_moves_the_host_to_its_new_address(pool, x):
    host = x.host.get_all()[1]
    eth1 = nic(x, host, "eth1")
    assert failure(x.host.management_reconfigure, eth1) == ["PIF_HAS_NO_NETWORK_CONFIGURATION", eth1]
    x.PIF.reconfigure_ip(eth1, "Static", "127.0.0.42", "255.0.0.0", "", "")
    x.host.management_reconfigure(eth1)
    assert x.PIF.get_management(eth1) and not x.PIF.get_management(nic(x, host, "eth0"))
    assert x.host.get_address(host) == "127.0.0.42"
    member = XenAPI.Session(pool.url.replace("127.0.0.1", "127.0.0.42"), ignore_ssl=True)
    with pytest.raises(XenAPI.Failure) as caught:
        member.xenapi.login_with_password("root", "xenroot", "1.0", "tests")
    assert caught.value.details[0] == "HOST_IS_SLAVE"
