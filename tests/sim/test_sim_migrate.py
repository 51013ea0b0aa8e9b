"""Migration on the simulator as xapi does it: a running VM to another host of the pool (VM.pool_migrate, with
assert_can_boot_here's reasons), disks to other storage (VDI.pool_migrate, VM.migrate_send in the pool), and a VM
from one simulator process to another (host.migrate_receive, VM.assert_can_migrate, VM.migrate_send); cancelled
mid-way or with the destination gone, nothing has moved. The official XenAPI SDK reads the results back."""

from __future__ import annotations

import ssl
import time
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest
import XenAPI
from sim_rpc import Rpc, failure_of

GIB = 1 << 30
NULL = "OpaqueRef:NULL"


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "6", "--op-seconds", "0.1")


def named(rpc, session, cls, name):
    return next(ref for ref, r in rpc.call(f"{cls}.get_all_records", session).items() if r["name_label"] == name)


def disks(rpc, session, vm):
    """SR name -> virtual sizes of the VM's disks."""
    found: dict[str, list[int]] = {}
    for vbd in rpc.call("VM.get_VBDs", session, vm):
        record = rpc.call("VBD.get_record", session, vbd)
        if record["type"] == "Disk":
            vdi = rpc.call("VDI.get_record", session, record["VDI"])
            found.setdefault(rpc.call("SR.get_name_label", session, vdi["SR"]), []).append(int(vdi["virtual_size"]))
    return found


def task_of(rpc, session, method, *args, timeout=20.0):
    task = rpc.call(f"Async.{method}", session, *args)
    return rpc.wait_task(session, task, timeout=timeout)


def shared_vm(rpc, session, host_name):
    """A running VM on the named host whose disks are all on shared storage."""
    host = named(rpc, session, "host", host_name)
    for ref, vm in rpc.call("VM.get_all_records", session).items():
        if vm["resident_on"] == host and not vm["is_control_domain"] and vm["power_state"] == "Running" and all(
                "Local" not in sr for sr in disks(rpc, session, ref)):
            return ref
    raise AssertionError("no VM on shared storage")


def test_pool_migrate_moves_the_running_vm_with_its_consoles(pool, rpc, session):
    one, two = named(rpc, session, "host", "xcp-host-01"), named(rpc, session, "host", "xcp-host-02")
    vm = shared_vm(rpc, session, "xcp-host-02")
    before = rpc.call("VM.get_record", session, vm)
    assert sorted(rpc.call("VM.get_possible_hosts", session, vm)) == sorted([one, two])
    rpc.call("VM.assert_can_boot_here", session, vm, one)
    free_before = rpc.call("host_metrics.get_memory_free", session, rpc.call("host.get_metrics", session, one))
    done = task_of(rpc, session, "VM.pool_migrate", vm, one, {})
    assert done["status"] == "success", done["error_info"]
    after = rpc.call("VM.get_record", session, vm)
    assert after["resident_on"] == one and after["power_state"] == "Running" and after["domid"] != before["domid"]
    assert vm in rpc.call("host.get_resident_VMs", session, one)
    assert vm not in rpc.call("host.get_resident_VMs", session, two)
    locations = [rpc.call("console.get_location", session, c) for c in after["consoles"]]
    assert locations and all(loc.startswith("https://127.0.0.1/console?") for loc in locations)
    assert after["metrics"] == before["metrics"] and after["current_operations"] == {}
    assert "pool_migrate" in after["allowed_operations"]
    free_after = rpc.call("host_metrics.get_memory_free", session, rpc.call("host.get_metrics", session, one))
    assert int(free_after) < int(free_before)
    uuid = after["uuid"]
    assert f"AVERAGE:vm:{uuid}:cpu0" in _rrd(pool.url, session) and f"vm:{uuid}:" not in _rrd(
        pool.members["xcp-host-02"], session), "its metrics come from its new host"


def _rrd(url: str, session: str) -> str:
    query = urlencode({"session_id": session, "start": int(time.time()) - 30, "cf": "AVERAGE", "interval": 5})
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    with urlopen(f"{url}/rrd_updates?{query}", context=context, timeout=10) as reply:
        return reply.read().decode()


def test_the_reasons_a_host_cannot_take_a_vm(pool, rpc, session):
    one, two = named(rpc, session, "host", "xcp-host-01"), named(rpc, session, "host", "xcp-host-02")
    local = named(rpc, session, "VM", "sql 1")  # on xcp-host-01's local storage
    failure = failure_of(rpc.call, "VM.assert_can_boot_here", session, local, two)
    assert failure.code == "VM_REQUIRES_SR" and failure.params[0] == local
    assert rpc.call("SR.get_name_label", session, failure.params[1]) == "Local storage"
    assert task_of(rpc, session, "VM.pool_migrate", local, two, {})["error_info"][0] == "VM_REQUIRES_SR"

    vm = shared_vm(rpc, session, "xcp-host-02")
    rpc.call("host.disable", session, one)
    assert failure_of(rpc.call, "VM.assert_can_boot_here", session, vm, one).params == [one]
    assert rpc.call("VM.get_possible_hosts", session, vm) == [two]
    rpc.call("host.enable", session, one)

    rpc.call("VM.hard_shutdown", session, vm)
    rpc.call("VM.set_memory_limits", session, vm, str(GIB), str(300 * GIB), str(300 * GIB), str(300 * GIB))
    failure = failure_of(rpc.call, "VM.assert_can_boot_here", session, vm, one)
    assert failure.code == "HOST_NOT_ENOUGH_FREE_MEMORY" and int(failure.params[0]) > 300 * GIB > int(failure.params[1])


def test_a_vm_booted_on_another_cpu_vendor_cannot_move(pool, rpc, session):
    one = named(rpc, session, "host", "xcp-host-01")
    vm = shared_vm(rpc, session, "xcp-host-02")
    rpc.call("VM.hard_shutdown", session, vm)
    rpc.call("VM.start_on", session, vm, named(rpc, session, "host", "xcp-host-02"), False, False)
    assert rpc.call("VM.get_last_boot_CPU_flags", session, vm)["vendor"] == "GenuineIntel"
    rpc.call("sim.replace_cpu", session, one, "AuthenticAMD")
    failure = failure_of(rpc.call, "VM.assert_can_boot_here", session, vm, one)
    assert failure.code == "VM_INCOMPATIBLE_WITH_THIS_HOST" and failure.params[:2] == [vm, one]
    assert "different vendor" in failure.params[2]
    assert task_of(rpc, session, "VM.pool_migrate", vm, one, {})["error_info"][0] == "VM_INCOMPATIBLE_WITH_THIS_HOST"


def test_a_vm_with_pci_devices_cannot_move():
    from xencenter.sim.errors import XapiError
    from xencenter.sim.vmrules import allowed_operations, check_operation

    vm = {"is_control_domain": False, "is_a_template": False, "is_a_snapshot": False, "current_operations": {},
          "blocked_operations": {}, "power_state": "Running", "attached_PCIs": ["OpaqueRef:pci"]}
    with pytest.raises(XapiError) as raised:
        check_operation("OpaqueRef:vm", vm, "pool_migrate")
    assert raised.value.description == ["VM_HAS_PCI_ATTACHED", "OpaqueRef:vm"]
    assert "pool_migrate" not in allowed_operations(vm) and "migrate_send" not in allowed_operations(vm)


def test_a_cancelled_migration_leaves_the_vm_where_it_was(pool, rpc, session):
    rpc.call("sim.set_op_seconds", session, 2.0)
    one, two = named(rpc, session, "host", "xcp-host-01"), named(rpc, session, "host", "xcp-host-02")
    vm = shared_vm(rpc, session, "xcp-host-02")
    task = rpc.call("Async.VM.pool_migrate", session, vm, one, {})
    deadline = time.monotonic() + 10
    while float(rpc.call("task.get_progress", session, task)) < 0.2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert rpc.call("VM.get_current_operations", session, vm) == {task: "pool_migrate"}
    rpc.call("task.cancel", session, task)
    record = rpc.wait_task(session, task)
    assert record["status"] == "cancelled" and record["error_info"] == ["TASK_CANCELLED", task]
    vm_record = rpc.call("VM.get_record", session, vm)
    assert vm_record["resident_on"] == two and vm_record["power_state"] == "Running"
    assert vm_record["current_operations"] == {} and "pool_migrate" in vm_record["allowed_operations"]


def test_storage_motion_in_the_pool(pool, rpc, session):
    vm = shared_vm(rpc, session, "xcp-host-02")
    before = disks(rpc, session, vm)
    (source_name,) = before
    target_name = "iSCSI virtual disk storage" if source_name.startswith("NFS") else "NFS virtual disk storage"
    target = named(rpc, session, "SR", target_name)
    vbds = [v for v in rpc.call("VM.get_VBDs", session, vm) if rpc.call("VBD.get_type", session, v) == "Disk"]
    first = rpc.call("VBD.get_VDI", session, vbds[0])
    done = task_of(rpc, session, "VDI.pool_migrate", first, target, {})
    assert done["status"] == "success", done["error_info"]
    moved = done["result"].removeprefix("<value>").removesuffix("</value>")
    assert moved != first and rpc.call("VBD.get_VDI", session, vbds[0]) == moved
    assert failure_of(rpc.call, "VDI.get_record", session, first).code == "HANDLE_INVALID"
    assert rpc.call("VDI.get_SR", session, moved) == target

    here = rpc.call("VM.get_resident_on", session, vm)
    network = named(rpc, session, "network", "Pool-wide network associated with eth0")
    dest = rpc.call("host.migrate_receive", session, here, network, {})
    assert dest["host"] == here and set(dest) == {"session_id", "host", "master", "SM", "xenops"}
    vdis = [rpc.call("VBD.get_VDI", session, v) for v in vbds]
    missing = task_of(rpc, session, "VM.migrate_send", vm, dest, True, {vdis[0]: target}, {}, {})
    if len(vdis) > 1:
        assert missing["error_info"] == ["VDI_NOT_IN_MAP", vdis[1]]
    done = task_of(rpc, session, "VM.migrate_send", vm, dest, True, {v: target for v in vdis}, {}, {})
    assert done["status"] == "success", done["error_info"]
    after = disks(rpc, session, vm)
    assert list(after) == [target_name] and sorted(after[target_name]) == sorted(before[source_name])
    assert rpc.call("VM.get_power_state", session, vm) == "Running"

    halted = named(rpc, session, "VM", "sql 1")
    rpc.call("VM.hard_shutdown", session, halted)
    vdi = rpc.call("VBD.get_VDI", session, rpc.call("VM.get_VBDs", session, halted)[0])
    assert failure_of(rpc.call, "VDI.pool_migrate", session, vdi, target, {}).params == [vdi]
    eth1 = named(rpc, session, "network", "Pool-wide network associated with eth1")
    assert failure_of(rpc.call, "host.migrate_receive", session, here, eth1, {}).code == \
        "PIF_HAS_NO_NETWORK_CONFIGURATION"


# -- across pools ------------------------------------------------------------------------------------------------


@pytest.fixture
def other(sim_factory):
    return sim_factory("--hosts", "1", "--vms", "1", "--op-seconds", "0.1")


def _cross_pool_maps(rpc, session, far, far_session, vm):
    host = named(far, far_session, "host", "xcp-host-01")
    network = named(far, far_session, "network", "Pool-wide network associated with eth0")
    sr = named(far, far_session, "SR", "NFS virtual disk storage")
    dest = far.call("host.migrate_receive", far_session, host, network, {})
    vdis = [rpc.call("VBD.get_VDI", session, v) for v in rpc.call("VM.get_VBDs", session, vm)
            if rpc.call("VBD.get_type", session, v) == "Disk"]
    vifs = rpc.call("VM.get_VIFs", session, vm)
    return dest, {v: sr for v in vdis}, {v: network for v in vifs}, host


def test_a_vm_moves_to_another_pool(pool, rpc, session, other):
    far = Rpc(other.url, other.fingerprint)
    far_session = far.login()
    vm = shared_vm(rpc, session, "xcp-host-02")
    record = rpc.call("VM.get_record", session, vm)
    sizes = sorted(s for each in disks(rpc, session, vm).values() for s in each)
    dest, vdi_map, vif_map, far_host = _cross_pool_maps(rpc, session, far, far_session, vm)
    unmapped = failure_of(rpc.call, "VM.assert_can_migrate", session, vm, dest, True, vdi_map, {}, {})
    assert unmapped.code == "VIF_NOT_IN_MAP"
    rpc.call("VM.assert_can_migrate", session, vm, dest, True, vdi_map, vif_map, {})
    done = task_of(rpc, session, "VM.migrate_send", vm, dest, True, vdi_map, vif_map, {})
    assert done["status"] == "success", done["error_info"]
    assert failure_of(rpc.call, "VM.get_record", session, vm).code == "HANDLE_INVALID"
    for vdi in vdi_map:
        assert failure_of(rpc.call, "VDI.get_record", session, vdi).code == "HANDLE_INVALID"

    sdk = XenAPI.Session(other.url, ignore_ssl=True)
    sdk.xenapi.login_with_password("root", "xenroot", "1.0", "xencenter-tests")
    try:
        x = sdk.xenapi
        arrived = x.VM.get_by_uuid(record["uuid"])
        assert x.VM.get_name_label(arrived) == record["name_label"] and x.VM.get_power_state(arrived) == "Running"
        assert x.VM.get_resident_on(arrived) == far_host and arrived in x.host.get_resident_VMs(far_host)
        got = sorted(int(x.VDI.get_virtual_size(x.VBD.get_VDI(v))) for v in x.VM.get_VBDs(arrived)
                     if x.VBD.get_type(v) == "Disk")
        assert got == sizes
        assert {x.SR.get_name_label(x.VDI.get_SR(x.VBD.get_VDI(v))) for v in x.VM.get_VBDs(arrived)
                if x.VBD.get_type(v) == "Disk"} == {"NFS virtual disk storage"}
        assert len(x.VM.get_VIFs(arrived)) == len(vif_map)
        assert all(x.VIF.get_currently_attached(v) for v in x.VM.get_VIFs(arrived))
        assert x.VM.get_consoles(arrived) and "migrate_send" in x.VM.get_allowed_operations(arrived)
    finally:
        sdk.xenapi.session.logout()


def test_the_destination_going_away_leaves_the_vm_at_home(pool, rpc, session, other):
    far = Rpc(other.url, other.fingerprint)
    far_session = far.login()
    vm = shared_vm(rpc, session, "xcp-host-02")
    dest, vdi_map, vif_map, _ = _cross_pool_maps(rpc, session, far, far_session, vm)
    rpc.call("sim.set_op_seconds", session, 2.0)
    task = rpc.call("Async.VM.migrate_send", session, vm, dest, True, vdi_map, vif_map, {})
    time.sleep(0.3)
    far.close()
    other.stop()
    record = rpc.wait_task(session, task)
    assert record["status"] == "failure" and record["error_info"] == ["CANNOT_CONTACT_HOST", "127.0.0.1"]
    vm_record = rpc.call("VM.get_record", session, vm)
    assert vm_record["power_state"] == "Running" and vm_record["current_operations"] == {}
    assert all(rpc.call("VDI.get_SR", session, vdi) for vdi in vdi_map)


def test_the_destination_refuses_what_it_cannot_hold(pool, rpc, session, other):
    far = Rpc(other.url, other.fingerprint)
    far_session = far.login()
    vm = shared_vm(rpc, session, "xcp-host-02")
    dest, vdi_map, vif_map, far_host = _cross_pool_maps(rpc, session, far, far_session, vm)
    far.call("host.disable", far_session, far_host)
    assert failure_of(rpc.call, "VM.assert_can_migrate", session, vm, dest, True, vdi_map, vif_map, {}).code == \
        "HOST_DISABLED"
    far.call("host.enable", far_session, far_host)
    iso = named(far, far_session, "SR", "ISO library")
    failure = failure_of(rpc.call, "VM.assert_can_migrate", session, vm, dest, True,
                         {v: iso for v in vdi_map}, vif_map, {})
    assert failure.code == "SR_OPERATION_NOT_SUPPORTED" and failure.params == [iso]
    far.call("sim.replace_cpu", far_session, far_host, "AuthenticAMD")
    rpc.call("VM.hard_shutdown", session, vm)
    rpc.call("VM.start", session, vm, False, False)
    failure = failure_of(rpc.call, "VM.assert_can_migrate", session, vm, dest, True, vdi_map, vif_map, {})
    assert failure.code == "VM_INCOMPATIBLE_WITH_THIS_HOST"


def test_a_cancelled_cross_pool_migration_leaves_nothing_behind(pool, rpc, session, other):
    far = Rpc(other.url, other.fingerprint)
    far_session = far.login()
    vm = shared_vm(rpc, session, "xcp-host-02")
    uuid = rpc.call("VM.get_uuid", session, vm)
    far_vdis = len(far.call("VDI.get_all", far_session))
    dest, vdi_map, vif_map, _ = _cross_pool_maps(rpc, session, far, far_session, vm)
    rpc.call("sim.set_op_seconds", session, 2.0)
    task = rpc.call("Async.VM.migrate_send", session, vm, dest, True, vdi_map, vif_map, {})
    deadline = time.monotonic() + 10
    while float(rpc.call("task.get_progress", session, task)) < 0.2 and time.monotonic() < deadline:
        time.sleep(0.05)
    rpc.call("task.cancel", session, task)
    assert rpc.wait_task(session, task)["status"] == "cancelled"
    assert rpc.call("VM.get_power_state", session, vm) == "Running"
    assert all(rpc.call("VDI.get_virtual_size", session, vdi) for vdi in vdi_map)
    assert failure_of(far.call, "VM.get_by_uuid", far_session, uuid).code == "UUID_INVALID"
    assert len(far.call("VDI.get_all", far_session)) == far_vdis


def test_a_halted_vm_moves_to_another_pool(pool, rpc, session, other):
    far = Rpc(other.url, other.fingerprint)
    far_session = far.login()
    vm = shared_vm(rpc, session, "xcp-host-02")
    rpc.call("VM.hard_shutdown", session, vm)
    uuid = rpc.call("VM.get_uuid", session, vm)
    dest, vdi_map, vif_map, _ = _cross_pool_maps(rpc, session, far, far_session, vm)
    done = task_of(rpc, session, "VM.migrate_send", vm, dest, False, vdi_map, vif_map, {})
    assert done["status"] == "success", done["error_info"]
    arrived = far.call("VM.get_by_uuid", far_session, uuid)
    record = far.call("VM.get_record", far_session, arrived)
    assert record["power_state"] == "Halted" and record["resident_on"] == NULL and record["consoles"] == []
    assert "start" in record["allowed_operations"]
    assert not any(far.call("VBD.get_currently_attached", far_session, v) for v in record["VBDs"])


def test_a_moved_or_copied_disk_keeps_its_bytes(pool):
    """VDI.copy and VDI.pool_migrate carry the disk's content: what /export_raw_vdi gives back is what was put."""
    import os

    import requests

    session = XenAPI.Session(pool.url, ignore_ssl=True)
    session.xenapi.login_with_password("root", "xenroot", "1.0", "tests")
    x = session.xenapi
    try:
        srs = {r["name_label"]: ref for ref, r in x.SR.get_all_records().items()}
        nfs, iscsi = srs["NFS virtual disk storage"], srs["iSCSI virtual disk storage"]
        vdi = x.VDI.create({"SR": nfs, "virtual_size": str(4 << 20), "type": "user", "sharable": False,
                            "read_only": False, "other_config": {}, "name_label": "bytes"})
        data = os.urandom(3 << 20) + bytes(1 << 20)
        put = requests.put(pool.url + "/import_raw_vdi", params={"session_id": session._session, "vdi": vdi,
                                                                   "format": "raw"}, data=data, verify=False, timeout=60)
        assert put.status_code == 200, put.text

        def content(ref: str) -> bytes:
            got = requests.get(pool.url + "/export_raw_vdi", params={"session_id": session._session, "vdi": ref,
                                                                      "format": "raw"}, verify=False, timeout=60)
            assert got.status_code == 200
            return got.content

        copy = x.VDI.copy(vdi, iscsi)
        assert content(copy) == data
        metrics = x.VM_guest_metrics.get_all_records()
        vm = next(ref for ref, r in x.VM.get_all_records().items()  # one that can hot-plug a disk
                  if r["power_state"] == "Running" and not r["is_control_domain"]
                  and metrics.get(r["guest_metrics"], {}).get("PV_drivers_detected"))
        vbd = x.VBD.create({"VM": vm, "VDI": vdi, "userdevice": x.VM.get_allowed_VBD_devices(vm)[0],
                            "bootable": False, "mode": "RW", "type": "Disk", "empty": False, "other_config": {},
                            "qos_algorithm_type": "", "qos_algorithm_params": {}})
        x.VBD.plug(vbd)
        moved = x.VDI.pool_migrate(vdi, iscsi, {})
        assert x.VDI.get_SR(moved) == iscsi and content(moved) == data
    finally:
        session.xenapi.session.logout()
