"""Snapshot schedules from main.py run, read back with the official SDK: vmss.new (its checks in words before
anything is sent), vmss.snapshot-now, vmss.disable/enable, vmss.delete (its VMs unassigned first)."""

from __future__ import annotations

import pytest

from tests.test_cli import run_json, sdk_session


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "6", "--op-seconds", "0.01")



def test_a_schedule_made_run_disabled_and_deleted_from_the_command_line(pool, config_dir, password_file):
    session = sdk_session(pool)
    x = session.xenapi
    try:
        records = x.VM.get_all_records()
        vms = sorted((v["name_label"], r) for r, v in records.items() if v["power_state"] == "Running"
                     and not v["is_a_template"] and not v["is_control_domain"])[:2]
        made = run_json(pool, config_dir, password_file, "vmss.new", "--name", "nightly", "--vm", vms[0][1], "--vm",
                   vms[1][1], "--frequency", "weekly", "--hour", "2", "--minute", "30", "--day", "Friday", "--day",
                   "Monday", "--keep", "3", "--now")
        assert made["outcome"] == "ok", made
        (policy,) = [r for r, p in x.VMSS.get_all_records().items() if p["name_label"] == "nightly"]
        record = x.VMSS.get_record(policy)
        assert (record["frequency"], record["schedule"], record["retained_snapshots"], record["enabled"]) == (
            "weekly", {"hour": "2", "min": "30", "days": "Monday,Friday"}, "3", True)
        assert sorted(record["VMs"]) == sorted(r for _, r in vms)
        taken = [x.VM.get_name_label(s) for s in x.VM.get_snapshots(vms[0][1])]
        assert any(n.startswith(f"{vms[0][0]}-nightly-") for n in taken), "--now took the first snapshots"
        assert run_json(pool, config_dir, password_file, "vmss.disable", "nightly")["outcome"] == "ok"
        assert x.VMSS.get_enabled(policy) is False
        again = run_json(pool, config_dir, password_file, "vmss.disable", "nightly")
        assert (again["outcome"], again["message"]) == ("failed", "'nightly' is already disabled.")
        now = run_json(pool, config_dir, password_file, "vmss.snapshot-now", "nightly")
        assert now["outcome"] == "ok", now
        gone = run_json(pool, config_dir, password_file, "vmss.delete", "nightly")
        assert gone["outcome"] == "ok", gone
        assert policy not in x.VMSS.get_all()
        assert all(x.VM.get_snapshot_schedule(r) == "OpaqueRef:NULL" for _, r in vms)
    finally:
        x.session.logout()


@pytest.mark.parametrize(("args", "words"), [
    (("--keep", "12"), "A schedule keeps between 1 and 10 snapshots of each VM, not 12."),
    (("--frequency", "weekly"), "Choose at least one day for weekly snapshots (--day)."),
    (("--hour", "25"), "The hour is from 0 to 23, not 25."),
])
def test_what_is_wrong_is_said_before_anything_is_made(pool, config_dir, password_file, args, words):
    session = sdk_session(pool)
    try:
        refused = run_json(pool, config_dir, password_file, "vmss.new", "--name", "bad", *args)
        assert (refused["outcome"], refused["message"]) == ("failed", words)
        assert session.xenapi.VMSS.get_all() == []
    finally:
        session.xenapi.session.logout()
