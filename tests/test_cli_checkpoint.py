"""A snapshot with the memory (VM.checkpoint), from main.py run and the Take Snapshot dialog; the official SDK
reads back what the simulator made: a Suspended snapshot with its suspend image, the VM still running (the
dialog's test is tests/views/test_snapshot_dialog.py)."""

from __future__ import annotations

import json

import XenAPI

from tests.test_cli import a_vm, connection_args, run, sdk_session


def test_a_checkpoint_keeps_the_memory_and_the_vm_running(small_pool, config_dir, password_file):
    session = sdk_session(small_pool)
    try:
        ref, vm = a_vm(session, "Running")
        args = connection_args(small_pool, password_file)
        line = json.loads(run(config_dir, "run", "vm.snapshot", ref, "--name", "with memory", "--memory", "--json",
                              *args).stdout)
        assert line["outcome"] == "ok", line
        (created,) = line["created"]
        snap = session.xenapi.VM.get_record(created["ref"])
        assert (snap["name_label"], snap["is_a_snapshot"], snap["snapshot_of"], snap["power_state"]) == (
            "with memory", True, ref, "Suspended")
        image = session.xenapi.VDI.get_record(snap["suspend_VDI"])
        assert image["type"] == "suspend" and int(image["virtual_size"]) == int(vm["memory_static_max"])
        assert session.xenapi.VM.get_power_state(ref) == "Running"
        session.xenapi.VM.revert(created["ref"])  # reverting resumes where it was: the VM comes back suspended
        assert session.xenapi.VM.get_power_state(ref) == "Suspended"
    finally:
        session.xenapi.session.logout()


def test_only_a_running_vms_memory_can_be_kept(small_pool, config_dir, password_file):
    session = sdk_session(small_pool)
    try:
        ref, vm = a_vm(session, "Halted")
        refused = run(config_dir, "run", "vm.snapshot", ref, "--name", "x", "--memory",
                      *connection_args(small_pool, password_file))
        assert refused.returncode == 1
        assert refused.stdout == (f"{vm['name_label']}: failed: '{vm['name_label']}' is not running: only a running "
                                  "VM's memory can be kept in a snapshot (take one of its disks instead).\n")
        try:
            session.xenapi.VM.checkpoint(ref, "x")
        except XenAPI.Failure as failure:
            assert failure.details == ["VM_BAD_POWER_STATE", ref, "running", "halted"]
        else:
            raise AssertionError("the simulator took a checkpoint of a halted VM")
        assert not any(v["name_label"] == "x" for v in session.xenapi.VM.get_all_records().values())
    finally:
        session.xenapi.session.logout()
