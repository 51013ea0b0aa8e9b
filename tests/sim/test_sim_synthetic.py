"""The synthetic pool: complete records, referential integrity, every state shown, deterministic, fast."""

from __future__ import annotations

import calendar
import time
from collections import Counter

import pytest

from xencenter import schema
from xencenter.sim.fieldtypes import NULL_REF, parse_type
from xencenter.sim.synthetic import generate_pool

NOW = 1_700_000_000.0
LINUX_DISTROS = {"debian", "rhel", "fedora", "centos", "scientific", "oracle", "sles", "lsb", "boot2docker",
                 "freebsd", "ubuntu", "neokylin", "gooroom", "rocky"}


@pytest.fixture(scope="module")
def pool():
    return generate_pool(3, 24, seed=7, now=NOW)


def _virtualization_flags(db, vm) -> int:
    """docs/design.md §4, written out independently of the generator."""
    metrics = db["VM_metrics"].get(vm["metrics"])
    if vm["power_state"] != "Running" or metrics is None:
        return 1
    gm = db["VM_guest_metrics"].get(vm["guest_metrics"])
    recent = NOW - calendar.timegm(time.strptime(metrics["start_time"], "%Y%m%dT%H:%M:%SZ")) < 120
    windows = bool(vm["HVM_boot_policy"]) and vm["platform"].get("viridian") == "true"
    if gm and gm["os_version"].get("distro") in LINUX_DISTROS:
        windows = False
    if windows:
        io = bool(gm and gm["PV_drivers_detected"])
        mgmt = bool(gm and int(gm["other"].get("feature-static-ip-setting", "0")) != 0)
        if not io and not mgmt:
            return 1 if recent else 0
        return (4 if io else 0) | (8 if mgmt else 0)
    version = gm["PV_drivers_version"] if gm else {}
    if "major" not in version or "minor" not in version:
        return 1 if recent else 0
    return 12 if gm["PV_drivers_up_to_date"] else 2


def test_records_are_complete_and_refs_resolve(pool):
    for cls, rows in pool.items():
        types = {f["name"]: parse_type(f["type"]) for f in schema.fields(cls)}
        for record in rows.values():
            assert set(record) == set(types), cls
            for name, ft in types.items():
                value = record[name]
                targets = []
                if ft.kind == "ref":
                    targets = [value]
                elif ft.kind == "set" and ft.elem.kind == "ref":
                    targets = value
                for target in targets:
                    if target != NULL_REF and ft.name not in ("", "secret"):
                        target_cls = ft.name or ft.elem.name
                        assert target in pool[target_cls], (cls, name, target)


def test_pool_shape(pool):
    (pool_rec,) = pool["pool"].values()
    hosts = pool["host"]
    assert len(hosts) == 3 and pool_rec["master"] in hosts
    dom0s = [vm for vm in pool["VM"].values() if vm["is_control_domain"]]
    assert len(dom0s) == 3 and all(vm["resident_on"] in hosts for vm in dom0s)
    local = [sr for sr in pool["SR"].values() if not sr["shared"]]
    shared = [sr for sr in pool["SR"].values() if sr["shared"]]
    assert len(local) == 6 and all(len(sr["PBDs"]) == 1 for sr in local)
    drives = [sr for sr in local if sr["type"] == "udev"]  # each host's "DVD drives", holding its drive
    assert len(drives) == 3 and all(sr["content_type"] == "iso" and len(sr["VDIs"]) == 1 for sr in drives)
    assert {pool["PBD"][sr["PBDs"][0]]["host"] for sr in drives} == set(hosts)
    assert {sr["type"] for sr in shared} >= {"nfs", "lvmoiscsi"} and all(len(sr["PBDs"]) == 3 for sr in shared)
    guests = [vm for vm in pool["VM"].values() if not (vm["is_a_template"] or vm["is_control_domain"])]
    assert len(guests) == 24
    disks = [len([v for v in vm["VBDs"] if pool["VBD"][v]["type"] == "Disk"]) for vm in guests]
    assert 3 <= sum(disks) / len(disks) <= 5
    assert 1.5 <= sum(len(vm["VIFs"]) for vm in guests) / len(guests) <= 2.5
    for vm in guests:
        protocols = sorted(pool["console"][c]["protocol"] for c in vm["consoles"])
        live = vm["power_state"] in ("Running", "Paused")
        assert protocols == (["rfb", "vt100"] if live else [])
        assert (vm["resident_on"] in pool["host"]) == live
    running_on = Counter(vm["resident_on"] for vm in pool["VM"].values() if vm["power_state"] == "Running")
    for ref, host in hosts.items():
        assert len(host["resident_VMs"]) >= running_on[ref]
    templates = [vm for vm in pool["VM"].values() if vm["is_a_template"] and not vm["is_a_snapshot"]]
    assert any(t["is_default_template"] and t["other_config"].get("default_template") == "true" for t in templates)
    assert any(not t["is_default_template"] for t in templates)
    snapshots = [vm for vm in pool["VM"].values() if vm["is_a_snapshot"]]
    assert snapshots and all(pool["VM"][s["snapshot_of"]]["snapshots"] for s in snapshots)
    assert pool["message"]


def test_vlan_pifs_and_their_vlans_name_each_other(pool):
    assert pool["VLAN"]
    for ref, vlan in pool["VLAN"].items():
        untagged, tagged = pool["PIF"][vlan["untagged_PIF"]], pool["PIF"][vlan["tagged_PIF"]]
        assert untagged["VLAN_master_of"] == ref and untagged["VLAN"] == vlan["tag"] and not untagged["physical"]
        assert ref in tagged["VLAN_slave_of"] and tagged["VLAN"] == -1 and tagged["physical"]
    for pif in pool["PIF"].values():
        assert (pif["VLAN"] == -1) == (pif["VLAN_master_of"] == NULL_REF)


def test_every_power_and_virtualization_state(pool):
    guests = [vm for vm in pool["VM"].values() if not (vm["is_a_template"] or vm["is_control_domain"])]
    assert {vm["power_state"] for vm in guests} == {"Running", "Halted", "Suspended", "Paused"}
    flags = Counter(_virtualization_flags(pool, vm) for vm in guests if vm["power_state"] == "Running")
    assert set(flags) == {0, 1, 2, 4, 8, 12}
    running = [vm for vm in guests if vm["power_state"] == "Running"]
    windows = [vm for vm in running if vm["platform"].get("viridian") == "true"]
    linux = [vm for vm in running if vm not in windows]
    assert {_virtualization_flags(pool, vm) for vm in windows} == {0, 1, 4, 8, 12}
    assert {_virtualization_flags(pool, vm) for vm in linux} == {0, 1, 2, 12}
    gms = [pool["VM_guest_metrics"][vm["guest_metrics"]] for vm in linux if vm["guest_metrics"] != NULL_REF]
    assert any("minor" not in gm["PV_drivers_version"] for gm in gms)


def test_folders_tags_and_custom_fields(pool):
    guests = [vm for vm in pool["VM"].values() if not (vm["is_a_template"] or vm["is_control_domain"])]
    assert any(vm["other_config"].get("folder", "").startswith("/Production/") for vm in guests)
    assert any(vm["tags"] for vm in guests)
    assert any(k.startswith("XenCenter.CustomFields.") for vm in guests for k in vm["other_config"])
    (pool_rec,) = pool["pool"].values()
    assert "CustomFieldDefinition" in pool_rec["gui_config"]["XenCenter.CustomFields"]


def test_deterministic_for_a_seed():
    assert generate_pool(2, 30, seed=3, now=NOW) == generate_pool(2, 30, seed=3, now=NOW)
    assert generate_pool(2, 30, seed=3, now=NOW) != generate_pool(2, 30, seed=4, now=NOW)


def test_the_scale_pool_is_whole():
    """The benchmarks' 64-host, 5,000-VM pool (its speed is theirs to measure: bench/scale.py starts from it)."""
    db = generate_pool(64, 5000, now=NOW)
    assert len(db["host"]) == 64
    assert len([vm for vm in db["VM"].values() if not (vm["is_a_template"] or vm["is_control_domain"])]) == 5000
