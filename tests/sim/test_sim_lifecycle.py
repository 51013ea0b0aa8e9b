"""VM lifecycle and tasks: xapi's power-state rules, the objects kept consistent, progress and cancellation."""

from __future__ import annotations

import calendar
import time

import pytest
from sim_rpc import Rpc, failure_of

from tests.conftest import start_sim


@pytest.fixture(scope="module")
def pool():
    server = start_sim("--hosts", "3", "--vms", "40", "--op-seconds", "0.1")
    yield server
    server.stop()


class Guests:
    """Hands out a different guest in a given power state to each test (the pool is shared)."""

    taken: set[str] = set()

    @classmethod
    def take(cls, rpc: Rpc, session: str, power_state: str) -> str:
        for ref, vm in rpc.call("VM.get_all_records", session).items():
            if (vm["power_state"] == power_state and not vm["is_a_template"] and not vm["is_control_domain"]
                    and ref not in cls.taken):
                cls.taken.add(ref)
                return ref
        raise LookupError(power_state)



def test_start_and_shutdown_keep_every_object_consistent(pool, rpc, session):
    vm = Guests.take(rpc, session, "Halted")
    before = rpc.call("VM.get_record", session, vm)
    assert before["resident_on"] == "OpaqueRef:NULL" and before["consoles"] == []
    assert "start" in before["allowed_operations"] and "clean_shutdown" not in before["allowed_operations"]

    rpc.call("VM.start", session, vm, False, False)
    running = rpc.call("VM.get_record", session, vm)
    host = running["resident_on"]
    assert running["power_state"] == "Running" and running["domid"] > 0
    assert vm in rpc.call("host.get_resident_VMs", session, host)
    assert "clean_shutdown" in running["allowed_operations"] and "start" not in running["allowed_operations"]
    assert running["current_operations"] == {}
    metrics = rpc.call("VM_metrics.get_record", session, running["metrics"])
    assert metrics["VCPUs_number"] == running["VCPUs_at_startup"] and metrics["memory_actual"] > 0
    start_time = calendar.timegm(time.strptime(metrics["start_time"], "%Y%m%dT%H:%M:%SZ"))
    assert abs(start_time - time.time()) < 60
    consoles = [rpc.call("console.get_record", session, c) for c in running["consoles"]]
    assert sorted(c["protocol"] for c in consoles) == ["rfb", "vt100"]
    address = rpc.call("host.get_address", session, host)
    for console in consoles:
        assert console["location"] == f"https://{address}/console?uuid={console['uuid']}", "as xapi: no port"
    assert all(rpc.call("VBD.get_currently_attached", session, v) for v in running["VBDs"])

    rpc.call("VM.clean_shutdown", session, vm)
    halted = rpc.call("VM.get_record", session, vm)
    assert halted["power_state"] == "Halted" and halted["resident_on"] == "OpaqueRef:NULL"
    assert halted["consoles"] == [] and halted["guest_metrics"] == "OpaqueRef:NULL" and halted["domid"] == -1
    assert vm not in rpc.call("host.get_resident_VMs", session, host)
    assert not any(rpc.call("VBD.get_currently_attached", session, v) for v in halted["VBDs"])


def test_guest_metrics_go_with_the_domain_and_come_back(rpc, session):
    vm = Guests.take(rpc, session, "Running")
    rpc.call("VM.hard_shutdown", session, vm)
    rpc.call("VM.start", session, vm, False, False)
    first = rpc.call("VM.get_guest_metrics", session, vm)
    if first == "OpaqueRef:NULL":
        pytest.skip("this guest has no agent")
    rpc.call("VM.hard_shutdown", session, vm)
    assert failure_of(rpc.call, "VM_guest_metrics.get_record", session, first).code == "HANDLE_INVALID"
    rpc.call("VM.start", session, vm, False, False)
    again = rpc.call("VM.get_guest_metrics", session, vm)
    assert again != "OpaqueRef:NULL" and again != first


def test_every_power_transition(rpc, session):
    vm = Guests.take(rpc, session, "Running")
    state = lambda: rpc.call("VM.get_power_state", session, vm)  # noqa: E731
    rpc.call("VM.pause", session, vm)
    assert state() == "Paused"
    rpc.call("VM.unpause", session, vm)
    assert state() == "Running"
    domid = rpc.call("VM.get_domid", session, vm)
    rpc.call("VM.clean_reboot", session, vm)
    assert state() == "Running" and rpc.call("VM.get_domid", session, vm) != domid
    rpc.call("VM.hard_reboot", session, vm)
    rpc.call("VM.suspend", session, vm)
    assert state() == "Suspended"
    image = rpc.call("VM.get_suspend_VDI", session, vm)
    assert rpc.call("VDI.get_type", session, image) == "suspend"
    assert rpc.call("VM.get_resident_on", session, vm) == "OpaqueRef:NULL"
    rpc.call("VM.resume", session, vm, False, False)
    assert state() == "Running" and rpc.call("VM.get_suspend_VDI", session, vm) == "OpaqueRef:NULL"
    hosts = rpc.call("host.get_all", session)
    rpc.call("VM.hard_shutdown", session, vm)
    rpc.call("VM.start_on", session, vm, hosts[-1], True, False)
    assert state() == "Paused" and rpc.call("VM.get_resident_on", session, vm) == hosts[-1]
    rpc.call("VM.hard_shutdown", session, vm)
    assert state() == "Halted"


def test_wrong_power_states_and_other_refusals(rpc, session):
    halted = Guests.take(rpc, session, "Halted")
    running = Guests.take(rpc, session, "Running")
    wrong = failure_of(rpc.call, "VM.clean_shutdown", session, halted)
    assert (wrong.code, wrong.params) == ("VM_BAD_POWER_STATE", [halted, "running", "halted"])
    wrong = failure_of(rpc.call, "VM.start", session, running, False, False)
    assert (wrong.code, wrong.params) == ("VM_BAD_POWER_STATE", [running, "halted", "running"])
    assert failure_of(rpc.call, "VM.unpause", session, running).code == "VM_BAD_POWER_STATE"
    assert failure_of(rpc.call, "VM.resume", session, halted, False, False).code == "VM_BAD_POWER_STATE"
    assert failure_of(rpc.call, "VM.destroy", session, running).code == "VM_BAD_POWER_STATE"
    templates = [r for r, v in rpc.call("VM.get_all_records", session).items()
                 if v["is_a_template"] and not v["is_a_snapshot"]]
    assert failure_of(rpc.call, "VM.start", session, templates[0], False, False).code == "VM_IS_TEMPLATE"
    host = rpc.call("host.get_all", session)[1]
    rpc.call("host.disable", session, host)
    try:
        disabled = failure_of(rpc.call, "VM.start_on", session, halted, host, False, False)
        assert (disabled.code, disabled.params) == ("HOST_DISABLED", [host])
    finally:
        rpc.call("host.enable", session, host)
    rpc.call("VM.add_to_blocked_operations", session, halted, "start", "maintenance")
    blocked = failure_of(rpc.call, "VM.start", session, halted, False, False)
    assert (blocked.code, blocked.params) == ("OPERATION_BLOCKED", [halted, "maintenance"])


def test_async_start_reports_progress_and_succeeds(rpc, session):
    vm = Guests.take(rpc, session, "Halted")
    rpc.call("sim.set_op_seconds", session, 1.0)
    try:
        task = rpc.call("Async.VM.start", session, vm, False, False)
        assert task.startswith("OpaqueRef:")
        progress, during = [], None
        while (record := rpc.call("task.get_record", session, task))["status"] == "pending":
            progress.append(record["progress"])
            during = during or rpc.call("VM.get_current_operations", session, vm)
            time.sleep(0.05)
    finally:
        rpc.call("sim.set_op_seconds", session, 0.1)
    assert during == {task: "start"}
    assert progress[0] < 0.5 and any(0 < p < 1 for p in progress) and progress == sorted(progress)
    assert record["status"] == "success" and record["progress"] == 1.0
    assert record["result"] == "" and record["error_info"] == []
    assert record["name_label"] == "Async.VM.start" and record["finished"] >= record["created"]
    assert rpc.call("VM.get_power_state", session, vm) == "Running"
    rpc.call("task.destroy", session, task)
    assert failure_of(rpc.call, "task.get_record", session, task).code == "HANDLE_INVALID"


def test_async_failures_land_in_the_task(rpc, session):
    running = Guests.take(rpc, session, "Running")
    task = rpc.call("Async.VM.start", session, running, False, False)
    record = rpc.wait_task(session, task)
    assert record["status"] == "failure"
    assert record["error_info"] == ["VM_BAD_POWER_STATE", running, "halted", "running"]


def test_snapshot_result_is_an_xml_fragment(rpc, session):
    vm = Guests.take(rpc, session, "Running")
    task = rpc.call("Async.VM.snapshot", session, vm, "before upgrade")
    record = rpc.wait_task(session, task)
    assert record["status"] == "success"
    assert record["result"].startswith("<value>OpaqueRef:") and record["result"].endswith("</value>")
    snapshot = record["result"][len("<value>"):-len("</value>")]
    snap = rpc.call("VM.get_record", session, snapshot)
    assert snap["is_a_snapshot"] and snap["is_a_template"] and snap["snapshot_of"] == vm
    assert snap["name_label"] == "before upgrade" and snap["power_state"] == "Halted"
    assert snapshot in rpc.call("VM.get_snapshots", session, vm)
    disks = [rpc.call("VBD.get_VDI", session, b) for b in snap["VBDs"]
             if rpc.call("VBD.get_type", session, b) == "Disk"]
    assert disks and all(rpc.call("VDI.get_is_a_snapshot", session, d) for d in disks)
    rpc.call("VM.destroy", session, snapshot)
    assert snapshot not in rpc.call("VM.get_snapshots", session, vm)


def test_cancel_leaves_the_vm_as_it_was(rpc, session):
    vm = Guests.take(rpc, session, "Halted")
    rpc.call("sim.set_op_seconds", session, 3.0)
    try:
        task = rpc.call("Async.VM.start", session, vm, False, False)
        assert "cancel" in rpc.call("task.get_allowed_operations", session, task)
        assert failure_of(rpc.call, "VM.start", session, vm, False, False).code == "OTHER_OPERATION_IN_PROGRESS"
        rpc.call("task.cancel", session, task)
        record = rpc.wait_task(session, task)
    finally:
        rpc.call("sim.set_op_seconds", session, 0.1)
    assert record["status"] == "cancelled" and record["error_info"][0] == "TASK_CANCELLED"
    after = rpc.call("VM.get_record", session, vm)
    assert after["power_state"] == "Halted" and after["current_operations"] == {}
    assert "start" in after["allowed_operations"]
    assert failure_of(rpc.call, "task.cancel", session, task).code == "OPERATION_NOT_ALLOWED"


def test_destroy_removes_the_vm_and_its_devices(rpc, session):
    vm = Guests.take(rpc, session, "Halted")
    record = rpc.call("VM.get_record", session, vm)
    rpc.call("VM.destroy", session, vm)
    assert failure_of(rpc.call, "VM.get_record", session, vm).code == "HANDLE_INVALID"
    for vbd in record["VBDs"]:
        assert failure_of(rpc.call, "VBD.get_record", session, vbd).code == "HANDLE_INVALID"
    assert failure_of(rpc.call, "VM_metrics.get_record", session, record["metrics"]).code == "HANDLE_INVALID"


def _free_by_the_books(rpc: Rpc, session: str, host: str) -> tuple[int, int]:
    """(host_metrics.memory_free, what the resident domains leave free): xapi's and XenCenter's sums agree."""
    record = rpc.call("host.get_record", session, host)
    metrics = rpc.call("host_metrics.get_record", session, record["metrics"])
    held = int(record["memory_overhead"])
    for ref in record["resident_VMs"]:
        vm = rpc.call("VM.get_record", session, ref)
        held += int(vm["memory_overhead"]) + int(rpc.call("VM_metrics.get_memory_actual", session, vm["metrics"]))
    return int(metrics["memory_free"]), int(metrics["memory_total"]) - held


def test_host_free_memory_follows_the_vms_it_runs(pool, rpc, session):
    vm = Guests.take(rpc, session, "Running")
    host = rpc.call("VM.get_resident_on", session, vm)
    free, expected = _free_by_the_books(rpc, session, host)
    assert free == expected and free > 0
    footprint = int(rpc.call("VM.get_memory_overhead", session, vm)) + int(
        rpc.call("VM_metrics.get_memory_actual", session, rpc.call("VM.get_metrics", session, vm)))
    rpc.call("VM.hard_shutdown", session, vm)
    after, expected = _free_by_the_books(rpc, session, host)
    assert after == expected == free + footprint
    rpc.call("VM.start_on", session, vm, host, False, False)
    assert int(rpc.call("VM.get_memory_overhead", session, vm)) > 0  # a running domain has its overhead
    again, expected = _free_by_the_books(rpc, session, host)
    assert again == expected < after
