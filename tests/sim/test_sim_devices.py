"""Making VMs on the simulator as xapi does: a template's clone and its installer (VM.provision and the provision
XML), disks (VDI.create/destroy/resize with the SR's space), their VBDs (create, plug, unplug, insert, eject with
xapi's checks and allowed_operations), network interfaces (MACs from the VM's seed), and a VM made this way
booting with a console. One test does it all with the official XenAPI SDK, as `xe vm-install` would."""

from __future__ import annotations

import hashlib
import time

import pytest
import XenAPI
from sim_rpc import failure_of

from xencenter.sim.devices import device_name, device_number
from xencenter.sim.vifs import generated_mac

GIB = 1 << 30
NULL = "OpaqueRef:NULL"


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "16", "--op-seconds", "0.1")


def records(rpc, session, cls):
    return rpc.call(f"{cls}.get_all_records", session)


def template_named(rpc, session, start: str) -> str:
    return next(ref for ref, vm in records(rpc, session, "VM").items()
                if vm["is_a_template"] and vm["name_label"].startswith(start))


def sr_named(rpc, session, name: str) -> tuple[str, dict]:
    return next((ref, sr) for ref, sr in records(rpc, session, "SR").items() if sr["name_label"] == name)


def run(rpc, session, method: str, *args):
    task = rpc.call(f"Async.{method}", session, *args)
    record = rpc.wait_task(session, task)
    assert record["status"] == "success", record["error_info"]
    result = record["result"]
    return result.removeprefix("<value>").removesuffix("</value>") if result else None


def fails(rpc, session, method: str, *args) -> tuple[str, list[str]]:
    task = rpc.call(f"Async.{method}", session, *args)
    record = rpc.wait_task(session, task)
    assert record["status"] == "failure", record
    return record["error_info"][0], record["error_info"][1:]


def vbd_record(vm: str, vdi: str, userdevice: str, **extra) -> dict:
    record = {"VM": vm, "VDI": vdi, "userdevice": userdevice, "bootable": False, "mode": "RW", "type": "Disk",
              "empty": False, "other_config": {}, "qos_algorithm_type": "", "qos_algorithm_params": {},
              "unpluggable": True}
    record.update(extra)
    return record


def vdi_record(sr: str, size: int, name: str = "disk", **extra) -> dict:
    record = {"name_label": name, "name_description": "", "SR": sr, "virtual_size": str(size), "type": "user",
              "sharable": False, "read_only": False, "other_config": {}, "xenstore_data": {}, "sm_config": {},
              "tags": []}
    record.update(extra)
    return record


def vif_record(vm: str, network: str, device: str, mac: str = "") -> dict:
    return {"device": device, "network": network, "VM": vm, "MAC": mac, "MTU": "1500", "other_config": {},
            "qos_algorithm_type": "", "qos_algorithm_params": {}, "locking_mode": "network_default",
            "ipv4_allowed": [], "ipv6_allowed": []}


def test_device_names_and_xapis_mac_generator():
    assert [device_number(d) for d in ("0", "xvda", "hdc", "sdd", "xvdaa", "cdrom")] == [0, 0, 2, 3, 26, None]
    assert [device_name(n) for n in (0, 3, 25, 26)] == ["xvda", "xvdd", "xvdz", "xvdaa"]
    seed = "2f5d4657-b063-4375-987a-cdf60b15ab9c"
    digest = hashlib.md5(seed.encode()).digest()
    for _ in range(2):
        digest = hashlib.md5(digest).digest()
    second = hashlib.md5(digest).digest()
    expected = [(digest[0] | 2) & ~1, digest[1], digest[2], digest[3], second[1], second[2]]
    assert generated_mac(1, seed) == ":".join(f"{b:02x}" for b in expected)
    assert int(generated_mac(0, seed)[:2], 16) & 3 == 2, "locally administered, unicast"


def test_clone_of_a_default_template_then_its_installer(rpc, session):
    template = template_named(rpc, session, "Debian")
    source = rpc.call("VM.get_record", session, template)
    assert "disks" in source["other_config"] and source["other_config"]["default_template"] == "true"
    clone = run(rpc, session, "VM.clone", template, "__gui__new one")
    record = rpc.call("VM.get_record", session, clone)
    assert record["is_a_template"] and not record["is_default_template"]
    config = record["other_config"]
    assert "default_template" not in config and config["base_template_name"] == source["name_label"]
    assert config["mac_seed"] != source["other_config"].get("mac_seed")
    assert "provision" in record["allowed_operations"]

    # the XML says sr="": xapi looks the SR up by UUID and refuses (clients fill it in first)
    code, params = fails(rpc, session, "VM.provision", clone)
    assert (code, params) == ("UUID_INVALID", ["sr", ""])
    after = rpc.call("VM.get_record", session, clone)
    assert not after["is_a_template"], "xapi makes it a VM before it looks at the disks"
    assert after["VBDs"] == record["VBDs"] and "disks" in after["other_config"]

    sr, before = sr_named(rpc, session, "NFS virtual disk storage")
    sr_uuid = before["uuid"]
    xml = f'<provision><disk device="0" size="{8 * GIB}" sr="{sr_uuid}" bootable="true" type="system"/></provision>'
    rpc.call("VM.remove_from_other_config", session, clone, "disks")
    rpc.call("VM.add_to_other_config", session, clone, "disks", xml)
    run(rpc, session, "VM.provision", clone)
    vm = rpc.call("VM.get_record", session, clone)
    assert "disks" not in vm["other_config"] and not vm["is_a_template"]
    disks = [rpc.call("VBD.get_record", session, v) for v in vm["VBDs"]]
    disk = next(v for v in disks if v["type"] == "Disk")
    vdi = rpc.call("VDI.get_record", session, disk["VDI"])
    assert (disk["userdevice"], disk["bootable"], disk["unpluggable"], vdi["name_label"]) == ("0", True, False, "0")
    assert int(vdi["virtual_size"]) == 8 * GIB and vdi["name_description"] == "Created by template provisioner"
    assert vdi["sm_config"]["vmhint"] == vm["uuid"]
    grown = rpc.call("SR.get_record", session, sr)
    assert int(grown["virtual_allocation"]) == int(before["virtual_allocation"]) + 8 * GIB

    busy = failure_of(rpc.call, "VM.provision", session, guests_running(rpc, session)[0])
    assert busy.code == "VM_BAD_POWER_STATE"


def guests_running(rpc, session) -> list[str]:
    return sorted(ref for ref, vm in records(rpc, session, "VM").items()
                  if vm["power_state"] == "Running" and not vm["is_control_domain"])


def halted_guest(rpc, session) -> str:
    return next(ref for ref, vm in sorted(records(rpc, session, "VM").items())
                if vm["power_state"] == "Halted" and not vm["is_a_template"] and not vm["is_control_domain"])


def test_disks_take_space_and_refuse_what_does_not_fit(rpc, session):
    sr, before = sr_named(rpc, session, "iSCSI virtual disk storage")
    vdi = rpc.call("VDI.create", session, vdi_record(sr, 10 * GIB, "scratch"))
    after = rpc.call("SR.get_record", session, sr)
    assert int(after["physical_utilisation"]) == int(before["physical_utilisation"]) + 10 * GIB, "thick: all of it"
    record = rpc.call("VDI.get_record", session, vdi)
    assert record["location"] == record["uuid"] and "destroy" in record["allowed_operations"]

    free = int(after["physical_size"]) - int(after["physical_utilisation"])
    too_big = failure_of(rpc.call, "VDI.create", session, vdi_record(sr, free + GIB))
    assert (too_big.code, too_big.params[1]) == ("SR_BACKEND_FAILURE_44", "There is insufficient space")
    missing = failure_of(rpc.call, "VDI.create", session, {"SR": sr, "virtual_size": "1"})
    assert missing.code == "FIELD_TYPE_ERROR"

    run(rpc, session, "VDI.resize", vdi, 12 * GIB)
    assert int(rpc.call("VDI.get_virtual_size", session, vdi)) == 12 * GIB
    shrink = fails(rpc, session, "VDI.resize", vdi, GIB)
    assert shrink[0] == "SR_BACKEND_FAILURE_79"
    run(rpc, session, "VDI.destroy", vdi)
    assert int(rpc.call("SR.get_record", session, sr)["physical_utilisation"]) == int(before["physical_utilisation"])


def test_vbd_rules_and_a_disk_attached_to_a_running_vm(rpc, session):
    vm = halted_guest(rpc, session)
    sr, _ = sr_named(rpc, session, "NFS virtual disk storage")
    vdi = rpc.call("VDI.create", session, vdi_record(sr, GIB))
    free = rpc.call("VM.get_allowed_VBD_devices", session, vm)
    used = {rpc.call("VBD.get_userdevice", session, v) for v in rpc.call("VM.get_VBDs", session, vm)}
    assert not used & set(free) and "254" in free
    taken = sorted(used)[0]
    assert failure_of(rpc.call, "VBD.create", session, vbd_record(vm, vdi, taken)).params == [taken]
    assert failure_of(rpc.call, "VBD.create", session, vbd_record(vm, vdi, "300")).code == "INVALID_DEVICE"
    assert failure_of(rpc.call, "VBD.create", session, vbd_record(vm, NULL, "9", type="CD", empty=True)).code == \
        "VBD_CDS_MUST_BE_READONLY"
    assert failure_of(rpc.call, "VBD.create", session, vbd_record(vm, NULL, "9", empty=True)).code == \
        "VBD_NOT_REMOVABLE_MEDIA"
    vbd = rpc.call("VBD.create", session, vbd_record(vm, vdi, "autodetect"))
    record = rpc.call("VBD.get_record", session, vbd)
    assert record["userdevice"] == free[0] and not record["currently_attached"]
    assert set(record["allowed_operations"]) == {"attach"}, record["allowed_operations"]
    halted = failure_of(rpc.call, "VBD.plug", session, vbd)
    assert (halted.code, halted.params) == ("VM_BAD_POWER_STATE", [vm, "running", "halted"])

    run(rpc, session, "VM.start", vm, False, False)
    record = rpc.call("VBD.get_record", session, vbd)
    assert record["currently_attached"] and record["device"] == device_name(int(free[0]))
    assert "unplug" in record["allowed_operations"] and "plug" not in record["allowed_operations"]
    in_use = fails(rpc, session, "VDI.destroy", vdi)
    assert in_use == ("VDI_IN_USE", [vdi, "destroy"])
    assert "destroy" not in rpc.call("VDI.get_allowed_operations", session, vdi)
    assert failure_of(rpc.call, "VBD.destroy", session, vbd).code == "OPERATION_NOT_ALLOWED"
    run(rpc, session, "VBD.unplug", vbd)
    assert failure_of(rpc.call, "VBD.unplug", session, vbd).code == "DEVICE_ALREADY_DETACHED"
    run(rpc, session, "VBD.plug", vbd)
    run(rpc, session, "VM.hard_shutdown", vm)
    record = rpc.call("VBD.get_record", session, vbd)
    assert not record["currently_attached"] and record["device"] == ""
    run(rpc, session, "VDI.destroy", vdi)
    assert vbd not in rpc.call("VM.get_VBDs", session, vm), "a destroyed disk takes its VBDs with it"


def test_dvd_drive_insert_and_eject(rpc, session):
    vm = halted_guest(rpc, session)
    drive = next(v for v in rpc.call("VM.get_VBDs", session, vm) if rpc.call("VBD.get_type", session, v) == "CD")
    iso = next(ref for ref, vdi in records(rpc, session, "VDI").items() if vdi["name_label"].endswith(".iso"))
    assert failure_of(rpc.call, "VBD.eject", session, drive).code == "VBD_IS_EMPTY"
    run(rpc, session, "VBD.insert", drive, iso)
    record = rpc.call("VBD.get_record", session, drive)
    assert record["VDI"] == iso and not record["empty"] and "eject" in record["allowed_operations"]
    assert failure_of(rpc.call, "VBD.insert", session, drive, iso).code == "VBD_NOT_EMPTY"
    disk = next(v for v in rpc.call("VM.get_VBDs", session, vm) if rpc.call("VBD.get_type", session, v) == "Disk")
    assert failure_of(rpc.call, "VBD.eject", session, disk).code == "VBD_NOT_REMOVABLE_MEDIA"
    run(rpc, session, "VBD.eject", drive)
    record = rpc.call("VBD.get_record", session, drive)
    assert record["empty"] and record["VDI"] == NULL and "insert" in record["allowed_operations"]
    suspended = next(ref for ref, v in records(rpc, session, "VM").items() if v["power_state"] == "Suspended")
    cd = next(v for v in rpc.call("VM.get_VBDs", session, suspended) if rpc.call("VBD.get_type", session, v) == "CD")
    assert rpc.call("VBD.get_allowed_operations", session, cd) == [] or "insert" not in \
        rpc.call("VBD.get_allowed_operations", session, cd)
    refused = failure_of(rpc.call, "VBD.insert", session, cd, iso)
    assert (refused.code, refused.params[1:]) == ("VM_BAD_POWER_STATE", ["halted, running", "suspended"])


def test_vifs_get_macs_from_the_seed_and_follow_the_rules(rpc, session):
    vm = halted_guest(rpc, session)
    record = rpc.call("VM.get_record", session, vm)
    network = next(ref for ref, n in records(rpc, session, "network").items() if n["name_label"].startswith("Pool"))
    free = rpc.call("VM.get_allowed_VIF_devices", session, vm)
    assert len(free) == 16 - len(record["VIFs"])
    vif = rpc.call("VIF.create", session, vif_record(vm, network, free[0]))
    made = rpc.call("VIF.get_record", session, vif)
    assert made["MAC"] == generated_mac(int(free[0]), record["other_config"]["mac_seed"]) and made["MAC_autogenerated"]
    assert failure_of(rpc.call, "VIF.create", session, vif_record(vm, network, free[0])).code == "DEVICE_ALREADY_EXISTS"
    assert failure_of(rpc.call, "VIF.create", session, vif_record(vm, network, free[1], "nonsense")).code == \
        "MAC_INVALID"
    given = rpc.call("VIF.create", session, vif_record(vm, network, free[1], "02:AA:BB:CC:DD:EE"))
    assert rpc.call("VIF.get_MAC", session, given) == "02:aa:bb:cc:dd:ee"
    run(rpc, session, "VM.start", vm, False, False)
    assert failure_of(rpc.call, "VIF.destroy", session, vif).params == ["VIF currently attached to a running VM"]
    run(rpc, session, "VIF.unplug", vif)
    rpc.call("VIF.destroy", session, vif)
    assert vif not in rpc.call("VM.get_VIFs", session, vm)


def test_xe_vm_install_with_the_xenapi_sdk_then_it_boots_with_a_console(pool):
    """What ``xe vm-install`` does, through an independent client: clone, fill in the SR, provision, add a drive
    with an ISO and an interface, start."""
    session = XenAPI.Session(pool.url, ignore_ssl=True)
    session.xenapi.login_with_password("root", "xenroot", "1.0", "tests")
    x = session.xenapi
    try:
        template = next(ref for ref, vm in x.VM.get_all_records().items()
                        if vm["is_a_template"] and vm["name_label"].startswith("Rocky"))
        vm = x.VM.clone(template, "made by the SDK")
        pool_ref = x.pool.get_all()[0]
        sr_uuid = x.SR.get_uuid(x.pool.get_default_SR(pool_ref))
        xml = x.VM.get_other_config(vm)["disks"].replace('sr=""', f'sr="{sr_uuid}"')
        x.VM.remove_from_other_config(vm, "disks")
        x.VM.add_to_other_config(vm, "disks", xml)
        x.VM.provision(vm)
        iso = next(ref for ref, vdi in x.VDI.get_all_records().items() if vdi["name_label"].startswith("Rocky"))
        drive = x.VBD.create({"VM": vm, "VDI": iso, "userdevice": "3", "bootable": True, "mode": "RO", "type": "CD",
                              "empty": False, "other_config": {}, "qos_algorithm_type": "",
                              "qos_algorithm_params": {}, "unpluggable": True})
        network = x.network.get_by_name_label("Pool-wide network associated with eth0")[0]
        x.VIF.create({"device": "0", "network": network, "VM": vm, "MAC": "", "MTU": "1500", "other_config": {},
                      "qos_algorithm_type": "", "qos_algorithm_params": {}})
        x.VM.start(vm, False, False)
        record = x.VM.get_record(vm)
        assert record["power_state"] == "Running" and not record["is_a_template"]
        consoles = [x.console.get_record(c) for c in record["consoles"]]
        assert {c["protocol"] for c in consoles} == {"rfb", "vt100"}
        assert all(c["location"].startswith("https://127.0.0.") for c in consoles)
        assert x.VBD.get_currently_attached(drive)
        devices = sorted(x.VBD.get_device(v) for v in record["VBDs"])
        assert "xvda" in devices and "xvdd" in devices
    finally:
        session.xenapi.session.logout()


def test_a_created_disk_is_an_event_with_its_sr(rpc, session):
    sr, _ = sr_named(rpc, session, "NFS virtual disk storage")
    token = rpc.call("event.from", session, ["vdi", "sr"], "", 5.0)["token"]
    vdi = rpc.call("VDI.create", session, vdi_record(sr, GIB))
    deadline = time.time() + 5
    seen: set[tuple[str, str]] = set()
    while time.time() < deadline and not {("vdi", vdi), ("sr", sr)} <= seen:
        batch = rpc.call("event.from", session, ["vdi", "sr"], token, 1.0)
        token = batch["token"]
        seen |= {(e["class"], e["ref"]) for e in batch["events"]}
    assert {("vdi", vdi), ("sr", sr)} <= seen


def test_full_copy_to_another_sr_and_sr_full(rpc, session):
    vm = halted_guest(rpc, session)
    record = rpc.call("VM.get_record", session, vm)
    disks = [rpc.call("VBD.get_VDI", session, v) for v in record["VBDs"] if rpc.call("VBD.get_type", session, v) == "Disk"]
    total = sum(int(rpc.call("VDI.get_virtual_size", session, d)) for d in disks)
    target, before = sr_named(rpc, session, "iSCSI virtual disk storage")
    copy = run(rpc, session, "VM.copy", vm, "a full copy", target)
    made = rpc.call("VM.get_record", session, copy)
    assert made["name_label"] == "a full copy" and made["power_state"] == "Halted"
    copies = [rpc.call("VBD.get_VDI", session, v) for v in made["VBDs"] if rpc.call("VBD.get_type", session, v) == "Disk"]
    assert len(copies) == len(disks) and not set(copies) & set(disks)
    assert {rpc.call("VDI.get_SR", session, d) for d in copies} == {target}
    after = rpc.call("SR.get_record", session, target)
    assert int(after["physical_utilisation"]) == int(before["physical_utilisation"]) + total, "thick: all of it"

    local, space = sr_named(rpc, session, "Local storage")
    rpc.call("VDI.create", session, vdi_record(local, int(space["physical_size"]) - int(space["physical_utilisation"])
                                               - GIB))
    code, params = fails(rpc, session, "VM.copy", vm, "too big", local)
    assert code == "SR_FULL" and int(params[0]) == total and int(params[1]) == GIB
    running = guests_running(rpc, session)[0]
    assert fails(rpc, session, "VM.copy", running, "no", target)[0] == "VM_BAD_POWER_STATE"


def test_make_into_template_and_sr_full_at_provision(rpc, session):
    running = guests_running(rpc, session)[0]
    refused = failure_of(rpc.call, "VM.set_is_a_template", session, running, True)
    assert (refused.code, refused.params[1:]) == ("VM_BAD_POWER_STATE", ["halted", "running"])
    vm = halted_guest(rpc, session)
    rpc.call("VM.set_is_a_template", session, vm, True)
    record = rpc.call("VM.get_record", session, vm)
    assert record["is_a_template"] and "start" not in record["allowed_operations"]
    assert "provision" in record["allowed_operations"]

    template = template_named(rpc, session, "Rocky")
    clone = run(rpc, session, "VM.clone", template, "huge")
    local, space = sr_named(rpc, session, "Local storage")
    free = int(space["physical_size"]) - int(space["physical_utilisation"])
    xml = f'<provision><disk device="0" size="{free + GIB}" sr="{space["uuid"]}" bootable="true" type="system"/>' \
          "</provision>"
    rpc.call("VM.remove_from_other_config", session, clone, "disks")
    rpc.call("VM.add_to_other_config", session, clone, "disks", xml)
    code, params = fails(rpc, session, "VM.provision", clone)
    assert (code, params) == ("SR_FULL", [str(free + GIB), str(free)])


def test_online_resize_where_the_storage_allows_it(rpc, session):
    vm = halted_guest(rpc, session)
    nfs, _ = sr_named(rpc, session, "NFS virtual disk storage")
    iscsi, _ = sr_named(rpc, session, "iSCSI virtual disk storage")
    disks = {}
    for sr, position in ((nfs, "7"), (iscsi, "8")):
        vdi = rpc.call("VDI.create", session, vdi_record(sr, GIB))
        rpc.call("VBD.create", session, vbd_record(vm, vdi, position))
        disks[sr] = vdi
    run(rpc, session, "VM.start", vm, False, False)
    assert fails(rpc, session, "VDI.resize", disks[nfs], 2 * GIB) == ("VDI_IN_USE", [disks[nfs], "resize"])
    run(rpc, session, "VDI.resize_online", disks[nfs], 2 * GIB)
    assert int(rpc.call("VDI.get_virtual_size", session, disks[nfs])) == 2 * GIB
    assert "resize_online" not in rpc.call("VDI.get_allowed_operations", session, disks[iscsi])
    assert fails(rpc, session, "VDI.resize_online", disks[iscsi], 2 * GIB)[0] == "SR_OPERATION_NOT_SUPPORTED"


def test_injected_failures(rpc, session):
    sr, _ = sr_named(rpc, session, "NFS virtual disk storage")
    rpc.call("sim.fail", session, "SR_BACKEND_FAILURE_1", "VDI.create", 1, ["", "the array is on fire", ""])
    failed = failure_of(rpc.call, "VDI.create", session, vdi_record(sr, GIB))
    assert (failed.code, failed.params) == ("SR_BACKEND_FAILURE_1", ["", "the array is on fire", ""])
    assert rpc.call("VDI.create", session, vdi_record(sr, GIB)).startswith("OpaqueRef:"), "count 1: once"
    rpc.call("sim.fail", session, "INTERNAL_ERROR", "VM.clone")
    template = template_named(rpc, session, "Rocky")
    before = len(records(rpc, session, "VM"))
    assert fails(rpc, session, "VM.clone", template, "x") == ("INTERNAL_ERROR", [])
    assert len(records(rpc, session, "VM")) == before, "nothing of the call is done"
    rpc.call("sim.clear_faults", session)
    assert run(rpc, session, "VM.clone", template, "x")
