"""``main.py run network.new``, ``network.delete``, ``bond.delete``, ``host.rescan-nics`` and
``host.management-interfaces`` against the simulator, read back with the official XenAPI SDK: a VLAN PIF on
every host, refusals in XenCenter's words (a VLAN tag in use, a bond of one NIC, a network VMs use), a bond
undone on every host when one host fails, and the command line following the coordinator to its new address."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import connection_args, run, sdk_session


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "3", "--vms", "4", "--op-seconds", "0.05")


@pytest.fixture
def x(pool):
    session = sdk_session(pool)
    yield session.xenapi
    session.xenapi.session.logout()


def cli(pool, config_dir, password_file, *args: str) -> tuple[int, dict, str]:
    done = run(config_dir, "run", *args, "--json", *connection_args(pool, password_file), timeout=120)
    line = json.loads(done.stdout.splitlines()[-1]) if done.stdout.strip() else {}
    return done.returncode, line, done.stdout + done.stderr


def test_an_external_network_has_one_vlan_pif_per_host(pool, x, config_dir, password_file):
    code, line, out = cli(pool, config_dir, password_file, "network.new", "--type", "external", "--nic", "eth1",
                          "--vlan", "42", "--mtu", "9000")
    assert code == 1 and line["message"] == "Allowed MTU range: 1500 to 1500"  # XenCenter: up to the NIC's MTU
    code, line, out = cli(pool, config_dir, password_file, "network.new", "--type", "external", "--name", "VLAN 42",
                          "--nic", "eth1", "--vlan", "42", "--no-automatic")
    assert code == 0 and line["outcome"] == "ok", out
    network = next(n for n in x.network.get_all() if x.network.get_name_label(n) == "VLAN 42")
    record = x.network.get_record(network)
    assert record["MTU"] == "1500" and record["other_config"]["automatic"] == "false"
    pifs = [x.PIF.get_record(p) for p in record["PIFs"]]
    assert sorted(p["host"] for p in pifs) == sorted(x.host.get_all())
    assert all((p["VLAN"], p["device"], p["currently_attached"]) == ("42", "eth1", True) for p in pifs)
    code, line, out = cli(pool, config_dir, password_file, "network.new", "--type", "external", "--nic", "eth1",
                          "--vlan", "42")
    assert code != 0 and "This VLAN number is already in use" in out
    code, line, out = cli(pool, config_dir, password_file, "network.delete", "VLAN 42", "--yes")
    assert code == 0, out
    assert network not in x.network.get_all() and not any(x.PIF.get_VLAN(p) == "42" for p in x.PIF.get_all())


def test_network_delete_names_the_vms_using_it(pool, x, config_dir, password_file):
    network = next(n for n in x.network.get_all() if x.network.get_name_label(n) == "Private backup network")
    users = sorted({x.VM.get_name_label(x.VIF.get_VM(v)) for v in x.network.get_VIFs(network)
                    if x.VIF.get_currently_attached(v)})
    assert users
    code, line, out = cli(pool, config_dir, password_file, "network.delete", "Private backup network", "--yes")
    assert code == 1 and "is currently in use by" in line["message"]
    assert all(f"'{name}'" in line["message"] for name in users[:5])
    assert network in x.network.get_all()
    code, line, out = cli(pool, config_dir, password_file, "network.delete",
                          "Pool-wide network associated with eth1", "--yes")
    assert code == 1 and "cannot be removed because it is a physical device" in line["message"]


def test_internal_network_and_refused_bond_of_one_nic(pool, x, config_dir, password_file):
    code, line, out = cli(pool, config_dir, password_file, "network.new", "--type", "internal")
    assert code == 0, out
    made = [n for n in x.network.get_all() if x.network.get_name_label(n) == "New Private Network"]
    assert len(made) == 1 and x.network.get_PIFs(made[0]) == []
    code, line, out = cli(pool, config_dir, password_file, "network.new", "--type", "bond", "--nic", "eth1")
    assert code != 0 and "A bond must consist of at least two member interfaces." in out


def test_a_bond_on_every_host_and_undone_when_one_host_fails(pool, x, config_dir, password_file):
    hosts = x.host.get_all()
    last = hosts[-1]
    eth1 = next(p for p in x.host.get_PIFs(last) if x.PIF.get_device(p) == "eth1" and x.PIF.get_physical(p))
    before_networks = set(x.network.get_all())
    blocker = x.network.create({"name_label": "blocker", "name_description": "", "MTU": "0", "other_config": {}})
    taken = x.Bond.create(blocker, [eth1], "", "active-backup", {})  # the last host's eth1 is not free
    code, line, out = cli(pool, config_dir, password_file, "network.new", "--type", "bond", "--nic", "eth0",
                          "--nic", "eth1", "--bond-mode", "lacp", "--hashing", "src_mac")
    assert code == 1 and "Could not create the bond on" in line["message"] and "Nothing was left behind" in \
        line["message"], out
    assert x.Bond.get_all() == [taken]
    assert set(x.network.get_all()) == before_networks | {blocker}
    x.Bond.destroy(taken)
    code, line, out = cli(pool, config_dir, password_file, "network.new", "--type", "bond", "--nic", "eth0",
                          "--nic", "eth1", "--bond-mode", "lacp", "--hashing", "src_mac")
    assert code == 0, out
    bonds = [x.Bond.get_record(b) for b in x.Bond.get_all()]
    assert len(bonds) == 3 and all(b["mode"] == "lacp" and b["properties"]["hashing_algorithm"] == "src_mac"
                                   for b in bonds)
    network = x.PIF.get_network(bonds[0]["master"])
    assert x.network.get_name_label(network) == "Bond 0+1"
    code, line, out = cli(pool, config_dir, password_file, "bond.delete", "Bond 0+1", "--yes")
    assert code == 0, out
    assert x.Bond.get_all() == [] and network not in x.network.get_all()


def test_rescan_nics_finds_a_new_nic(pool, x, config_dir, password_file):
    host = x.host.get_all()[0]
    x.sim.add_nic(host, "eth3")
    code, line, out = cli(pool, config_dir, password_file, "host.rescan-nics", x.host.get_name_label(host))
    assert code == 0, out
    assert any(x.PIF.get_device(p) == "eth3" for p in x.host.get_PIFs(host))


def test_storage_interface_and_management_on_a_member(pool, x, config_dir, password_file):
    member = x.host.get_all()[1]
    name = x.host.get_name_label(member)
    code, line, out = cli(pool, config_dir, password_file, "host.management-interfaces", name,
                          "--storage", "eth1=10.9.0.5/24")
    assert code == 0, out
    eth1 = next(p for p in x.host.get_PIFs(member) if x.PIF.get_device(p) == "eth1" and x.PIF.get_physical(p))
    record = x.PIF.get_record(eth1)
    assert (record["IP"], record["netmask"], record["disallow_unplug"]) == ("10.9.0.5", "255.255.255.0", True)
    assert record["other_config"]["management_purpose"] == "Storage 1"
    code, line, out = cli(pool, config_dir, password_file, "host.management-interfaces", name, "--mode", "static",
                          "--ip", "127.0.0.77", "--netmask", "255.0.0.0")
    assert code == 1 and "give --yes" in out and "lose the connection" in out
    code, line, out = cli(pool, config_dir, password_file, "host.management-interfaces", name, "--mode", "static",
                          "--ip", "127.0.0.77", "--netmask", "255.0.0.0", "--yes")
    assert code == 0, out
    assert x.host.get_address(member) == "127.0.0.77"
