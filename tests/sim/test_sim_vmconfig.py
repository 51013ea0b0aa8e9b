"""VM memory and vCPU changes, host evacuation and reboot, and revert to a snapshot, on the simulator:
xapi's rules and errors, the objects kept consistent and the events a client sees, plain and Async."""

from __future__ import annotations

import time

import pytest
from sim_rpc import Rpc, failure_of

from tests.conftest import XAPI_DBS

GIB = 1 << 30
NULL = "OpaqueRef:NULL"


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "3", "--vms", "24", "--op-seconds", "0.2")


def guests(rpc, session, power_state: str) -> list[str]:
    return sorted(ref for ref, vm in rpc.call("VM.get_all_records", session).items()
                  if vm["power_state"] == power_state and not vm["is_a_template"] and not vm["is_control_domain"])


def token_now(rpc, session, classes: list[str]) -> str:
    return rpc.call("event.from", session, classes, "", 5.0)["token"]


def events_since(rpc, session, classes: list[str], token: str) -> list[dict]:
    return rpc.call("event.from", session, classes, token, 5.0)["events"]



def memory(record: dict) -> tuple[int, int, int, int]:
    return tuple(int(record[f"memory_{k}"]) for k in ("static_min", "dynamic_min", "dynamic_max", "static_max"))


# ---- memory and vCPUs --------------------------------------------------------------------------------------


def test_memory_limits_and_static_range_of_a_halted_vm(rpc, session):
    vm = guests(rpc, session, "Halted")[0]
    token = token_now(rpc, session, ["vm"])
    rpc.call("VM.set_memory_limits", session, vm, GIB // 2, 4 * GIB, GIB, 3 * GIB)
    record = rpc.call("VM.get_record", session, vm)
    assert memory(record) == (GIB // 2, GIB, 3 * GIB, 4 * GIB) and int(record["memory_target"]) == GIB
    assert [(e["operation"], e["ref"]) for e in events_since(rpc, session, ["vm"], token)] == [("mod", vm)]

    wrong = failure_of(rpc.call, "VM.set_memory_limits", session, vm, GIB // 2, 2 * GIB, GIB, 3 * GIB)
    assert (wrong.code, wrong.params) == ("MEMORY_CONSTRAINT_VIOLATION_ORDER", [])
    assert memory(rpc.call("VM.get_record", session, vm)) == (GIB // 2, GIB, 3 * GIB, 4 * GIB), "unchanged"

    rpc.call("VM.set_memory_static_range", session, vm, 256 << 20, 8 * GIB)
    assert memory(rpc.call("VM.get_record", session, vm)) == (256 << 20, GIB, 3 * GIB, 8 * GIB)
    assert failure_of(rpc.call, "VM.set_memory_static_range", session, vm, 2 * GIB, 8 * GIB).code == \
        "MEMORY_CONSTRAINT_VIOLATION_ORDER"
    rpc.call("VM.set_memory", session, vm, 2 * GIB)
    assert memory(rpc.call("VM.get_record", session, vm)) == (256 << 20, 2 * GIB, 2 * GIB, 2 * GIB)

    task = rpc.call("Async.VM.set_memory_limits", session, vm, GIB, 2 * GIB, 2 * GIB, 2 * GIB)
    assert rpc.wait_task(session, task)["status"] == "success"
    assert memory(rpc.call("VM.get_record", session, vm)) == (GIB, 2 * GIB, 2 * GIB, 2 * GIB)


def test_static_memory_cannot_change_while_running(rpc, session):
    vm = guests(rpc, session, "Running")[0]
    for call, args in (("VM.set_memory_limits", (GIB, 2 * GIB, 2 * GIB, 2 * GIB)),
                       ("VM.set_memory_static_range", (GIB, 2 * GIB)), ("VM.set_memory", (2 * GIB,))):
        refused = failure_of(rpc.call, call, session, vm, *args)
        assert (refused.code, refused.params) == ("VM_BAD_POWER_STATE", [vm, "halted", "running"]), call
    task = rpc.call("Async.VM.set_memory_limits", session, vm, GIB, 2 * GIB, 2 * GIB, 2 * GIB)
    assert rpc.wait_task(session, task)["error_info"] == ["VM_BAD_POWER_STATE", vm, "halted", "running"]


def test_dynamic_range_of_a_running_vm_moves_its_memory(rpc, session):
    vm = guests(rpc, session, "Running")[0]
    record = rpc.call("VM.get_record", session, vm)
    static_min, _, _, static_max = memory(record)
    low, high = static_min, (static_min + static_max) // 2
    token = token_now(rpc, session, ["vm", "vm_metrics"])
    rpc.call("VM.set_memory_dynamic_range", session, vm, low, high)
    after = rpc.call("VM.get_record", session, vm)
    assert memory(after) == (static_min, low, high, static_max)
    actual = int(rpc.call("VM_metrics.get_memory_actual", session, record["metrics"]))
    assert low <= actual <= high
    changed = {(e["class"], e["ref"]) for e in events_since(rpc, session, ["vm", "vm_metrics"], token)}
    assert changed == {("vm", vm), ("vm_metrics", record["metrics"])}

    wrong = failure_of(rpc.call, "VM.set_memory_dynamic_range", session, vm, high, low)
    assert wrong.code == "MEMORY_CONSTRAINT_VIOLATION_ORDER"
    suspended = guests(rpc, session, "Suspended")[0]
    refused = failure_of(rpc.call, "VM.set_memory_dynamic_range", session, suspended, low, high)
    assert (refused.code, refused.params) == ("VM_BAD_POWER_STATE", [suspended, "halted", "suspended"])
    task = rpc.call("Async.VM.set_memory_dynamic_range", session, vm, high, high)
    assert rpc.wait_task(session, task)["status"] == "success"
    assert int(rpc.call("VM.get_memory_dynamic_min", session, vm)) == high


def test_vcpus_of_a_running_vm(rpc, session):
    vm = guests(rpc, session, "Running")[0]
    record = rpc.call("VM.get_record", session, vm)
    top = int(record["VCPUs_max"])
    token = token_now(rpc, session, ["vm", "vm_metrics"])
    rpc.call("VM.set_VCPUs_number_live", session, vm, top)
    assert int(rpc.call("VM.get_VCPUs_at_startup", session, vm)) == top
    assert int(rpc.call("VM_metrics.get_VCPUs_number", session, record["metrics"])) == top
    changed = {(e["class"], e["ref"]) for e in events_since(rpc, session, ["vm", "vm_metrics"], token)}
    assert changed == {("vm", vm), ("vm_metrics", record["metrics"])}
    for wrong in (top + 1, 0):
        refused = failure_of(rpc.call, "VM.set_VCPUs_number_live", session, vm, wrong)
        assert refused.code == "INVALID_VALUE" and refused.params[1] == str(wrong)
    halted = guests(rpc, session, "Halted")[0]
    refused = failure_of(rpc.call, "VM.set_VCPUs_number_live", session, halted, 1)
    assert (refused.code, refused.params) == ("VM_BAD_POWER_STATE", [halted, "running", "halted"])
    task = rpc.call("Async.VM.set_VCPUs_number_live", session, vm, 1)
    assert rpc.wait_task(session, task)["status"] == "success"
    assert int(rpc.call("VM.get_VCPUs_at_startup", session, vm)) == 1


# ---- hosts ---------------------------------------------------------------------------------------------------


def on_local_storage(rpc, session, vm: str) -> bool:
    """A disk of the VM is on storage only its host sees (no other host can run it: VM_REQUIRES_SR)."""
    for vbd in rpc.call("VM.get_VBDs", session, vm):
        vdi = rpc.call("VBD.get_VDI", session, vbd)
        if vdi != NULL and not rpc.call("SR.get_shared", session, rpc.call("VDI.get_SR", session, vdi)):
            return True
    return False


def busiest_host(rpc, session, movable: bool = False) -> tuple[str, list[str]]:
    """The host with the most running guests, and those guests; ``movable``: its guests on local storage
    (which evacuation cannot move) shut down first."""
    vms = rpc.call("VM.get_all_records", session)
    by_host: dict[str, list[str]] = {}
    for ref, vm in vms.items():
        if vm["power_state"] == "Running" and not vm["is_control_domain"]:
            by_host.setdefault(vm["resident_on"], []).append(ref)
    host = max(by_host, key=lambda h: len(by_host[h]))
    running = sorted(by_host[host])
    if movable:
        for vm in [vm for vm in rpc.call("host.get_resident_VMs", session, host)
                   if not rpc.call("VM.get_is_control_domain", session, vm) and on_local_storage(rpc, session, vm)]:
            rpc.call("VM.hard_shutdown", session, vm)
        running = [vm for vm in running if rpc.call("VM.get_power_state", session, vm) == "Running"]
    return host, running


def paused_guests_on(rpc, session, host: str) -> list[str]:
    return [ref for ref in rpc.call("host.get_resident_VMs", session, host)
            if rpc.call("VM.get_power_state", session, ref) == "Paused"]


def test_evacuate_migrates_running_vms_to_other_hosts(rpc, session):
    host, running = busiest_host(rpc, session, movable=True)
    for paused in paused_guests_on(rpc, session, host):  # a paused VM cannot migrate (tested below)
        rpc.call("VM.hard_shutdown", session, paused)
    domids = {vm: rpc.call("VM.get_domid", session, vm) for vm in running}
    rpc.call("host.disable", session, host)
    token = token_now(rpc, session, ["vm", "host"])
    task = rpc.call("Async.host.evacuate", session, host)
    assert rpc.wait_task(session, task)["status"] == "success"
    control_domain = rpc.call("host.get_control_domain", session, host)
    assert rpc.call("host.get_resident_VMs", session, host) == [control_domain]
    for vm in running:
        record = rpc.call("VM.get_record", session, vm)
        assert record["power_state"] == "Running" and record["resident_on"] not in (host, NULL)
        assert record["domid"] != domids[vm] and record["current_operations"] == {}
        assert "pool_migrate" in record["allowed_operations"]
        assert vm in rpc.call("host.get_resident_VMs", session, record["resident_on"])
    changed = {(e["class"], e["ref"]) for e in events_since(rpc, session, ["vm", "host"], token)}
    assert {("vm", vm) for vm in running} | {("host", host)} <= changed
    assert rpc.call("host.get_current_operations", session, host) == {}


def test_evacuate_refuses_before_moving_anything(rpc, session):
    host, running = busiest_host(rpc, session, movable=True)
    rpc.call("VM.pause", session, running[0])
    paused = failure_of(rpc.call, "host.evacuate", session, host)
    assert (paused.code, paused.params) == ("VM_BAD_POWER_STATE", [running[0], "running", "paused"])
    rpc.call("VM.unpause", session, running[0])
    for other in paused_guests_on(rpc, session, host):
        rpc.call("VM.hard_shutdown", session, other)

    huge = guests(rpc, session, "Halted")[0]
    rpc.call("VM.set_memory_limits", session, huge, GIB, 250 * GIB, 250 * GIB, 250 * GIB)
    rpc.call("VM.start_on", session, huge, host, False, False)
    full = failure_of(rpc.call, "host.evacuate", session, host)
    assert (full.code, full.params) == ("HOST_NOT_ENOUGH_FREE_MEMORY", [huge])
    assert all(rpc.call("VM.get_resident_on", session, vm) == host for vm in running), "nothing moved"

    rpc.call("VM.hard_shutdown", session, huge)
    others = [h for h in rpc.call("host.get_all", session) if h != host]
    for other in others:
        rpc.call("host.disable", session, other)
    alone = failure_of(rpc.call, "host.evacuate", session, host)
    assert alone.code == "NO_HOSTS_AVAILABLE" and alone.params[0] in running


def test_reboot_needs_a_disabled_empty_host_and_comes_back(rpc, session):
    host, _ = busiest_host(rpc, session)
    refused = failure_of(rpc.call, "host.reboot", session, host)
    assert (refused.code, refused.params) == ("HOST_NOT_DISABLED", [])
    rpc.call("host.disable", session, host)
    in_use = failure_of(rpc.call, "host.reboot", session, host)
    assert in_use.code == "HOST_IN_USE" and in_use.params[:2] == [host, "vm"]
    assert in_use.params[2] in rpc.call("host.get_resident_VMs", session, host)
    for vm in rpc.call("host.get_resident_VMs", session, host):
        if not rpc.call("VM.get_is_control_domain", session, vm):
            rpc.call("VM.hard_shutdown", session, vm)

    metrics = rpc.call("host.get_metrics", session, host)
    token = token_now(rpc, session, ["host_metrics"])
    rpc.call("sim.set_op_seconds", session, 1.0)
    started = time.time()
    task = rpc.call("Async.host.reboot", session, host)
    seen: list[bool] = []
    while not (False in seen and seen[-1]) and time.time() - started < 10:  # live: false, then true again
        batch = rpc.call("event.from", session, ["host_metrics"], token, 5.0)
        token = batch["token"]
        seen += [e["snapshot"]["live"] for e in batch["events"] if e["ref"] == metrics]
        if seen == [False]:
            assert failure_of(rpc.call, "task.cancel", session, task).code == "OPERATION_NOT_ALLOWED"
    assert seen == [False, True]
    assert rpc.wait_task(session, task)["status"] == "success"
    record = rpc.call("host.get_record", session, host)
    assert record["enabled"] and record["current_operations"] == {}
    assert abs(float(record["other_config"]["boot_time"]) - started) < 30


# ---- revert ----------------------------------------------------------------------------------------------------


def disks_of(rpc, session, vm: str) -> list[str]:
    return [rpc.call("VBD.get_VDI", session, b) for b in rpc.call("VM.get_VBDs", session, vm)
            if rpc.call("VBD.get_type", session, b) == "Disk"]


def test_revert_brings_back_the_snapshot_state(rpc, session):
    vm = guests(rpc, session, "Running")[0]
    before = rpc.call("VM.get_record", session, vm)
    snapshot = rpc.call("VM.snapshot", session, vm, "known good")
    assert rpc.call("VM.get_parent", session, vm) == snapshot, "the VM now runs from its newest snapshot"
    old_disks = disks_of(rpc, session, vm)
    rpc.call("VM.hard_shutdown", session, vm)
    vcpus = int(before["VCPUs_at_startup"])
    rpc.call("VM.set_VCPUs_at_startup", session, vm, 1 if vcpus > 1 else int(before["VCPUs_max"]))
    assert int(rpc.call("VM.get_VCPUs_at_startup", session, vm)) != vcpus or int(before["VCPUs_max"]) == 1
    rpc.call("VM.add_to_other_config", session, vm, "changed", "after the snapshot")
    rpc.call("VM.set_name_label", session, vm, "renamed since")
    rpc.call("VM.start", session, vm, False, False)

    token = token_now(rpc, session, ["vm", "vdi"])
    task = rpc.call("Async.VM.revert", session, snapshot)
    assert rpc.wait_task(session, task)["status"] == "success"
    after = rpc.call("VM.get_record", session, vm)
    assert after["power_state"] == "Halted" and after["resident_on"] == NULL and after["consoles"] == []
    assert after["VCPUs_at_startup"] == before["VCPUs_at_startup"] and "changed" not in after["other_config"]
    assert after["name_label"] == "renamed since", "the VM keeps its name"
    assert after["parent"] == snapshot and not after["is_a_template"] and not after["is_a_snapshot"]
    assert "start" in after["allowed_operations"] and after["current_operations"] == {}
    new_disks = disks_of(rpc, session, vm)
    assert len(new_disks) == len(old_disks) and not set(new_disks) & set(old_disks)
    for disk in old_disks:
        assert failure_of(rpc.call, "VDI.get_record", session, disk).code == "HANDLE_INVALID"
    snap_disks = disks_of(rpc, session, snapshot)
    assert sorted(rpc.call("VDI.get_snapshot_of", session, d) for d in snap_disks) == sorted(new_disks)
    assert not any(rpc.call("VDI.get_is_a_snapshot", session, d) for d in new_disks)
    assert snapshot in rpc.call("VM.get_snapshots", session, vm), "the snapshot stays"
    changed = {(e["class"], e["operation"]) for e in events_since(rpc, session, ["vm", "vdi"], token)}
    assert {("vm", "mod"), ("vdi", "add"), ("vdi", "del")} <= changed

    not_a_snapshot = failure_of(rpc.call, "VM.revert", session, vm)
    assert (not_a_snapshot.code, not_a_snapshot.params) == ("ONLY_REVERT_SNAPSHOT", [])


def test_revert_to_a_checkpoint_leaves_the_vm_suspended(sim_factory):
    server = sim_factory("--db", str(next(p for p in XAPI_DBS if p.name == "snapshots.xml")), "--op-seconds", "0")
    rpc = Rpc(server.url, server.fingerprint)
    try:
        session = rpc.login()
        vms = rpc.call("VM.get_all_records", session)
        checkpoint = next(r for r, v in vms.items() if v["is_a_snapshot"] and v["power_state"] == "Suspended")
        vm = vms[checkpoint]["snapshot_of"]
        assert vms[vm]["power_state"] == "Running"
        rpc.call("VM.revert", session, checkpoint)
        after = rpc.call("VM.get_record", session, vm)
        assert after["power_state"] == "Suspended" and after["resident_on"] == NULL
        image = after["suspend_VDI"]
        assert image not in (NULL, vms[checkpoint]["suspend_VDI"])
        assert rpc.call("VDI.get_SR", session, image)
        assert after["guest_metrics"] != NULL and "resume" in after["allowed_operations"]
        (disk,) = disks_of(rpc, session, vm)
        siblings = [r for r, v in vms.items() if v["is_a_snapshot"] and v["snapshot_of"] == vm]
        assert len(siblings) == 2
        for snap in siblings:  # both snapshots' disks now hang from the VM's new disk
            assert [rpc.call("VDI.get_snapshot_of", session, d) for d in disks_of(rpc, session, snap)] == [disk]
    finally:
        rpc.close()
