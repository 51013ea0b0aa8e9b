"""The simulator's scheduled snapshots (VMSS) as xapi_vmss.ml and its plugin do them, through the official SDK:
create's checks and defaults, destroy refused while VMs are assigned, snapshot_now with retention, and runs on
schedule under the test clock (sim.vmss_clock)."""

from __future__ import annotations

import pytest

from tests.sim.test_sim_storage import failure
from tests.test_cli import sdk_session


@pytest.fixture
def x(sim_factory):
    session = sdk_session(sim_factory("--hosts", "2", "--vms", "6", "--op-seconds", "0.01"))
    yield session.xenapi
    session.xenapi.session.logout()


def policy(x, name: str = "nightly", **extra) -> str:
    record = {"name_label": name, "name_description": "", "enabled": True, "type": "snapshot",
              "retained_snapshots": "2", "frequency": "daily", "schedule": {"hour": "1"}, **extra}
    return x.VMSS.create(record)


def guests(x, power_state: str) -> list[str]:
    return sorted(r for r, v in x.VM.get_all_records().items()
                  if v["power_state"] == power_state and not v["is_a_template"] and not v["is_control_domain"])


def test_create_checks_the_schedule_and_fills_xapis_defaults(x):
    record = x.VMSS.get_record(policy(x, schedule={"hour": "1"}))
    assert record["schedule"] == {"hour": "1", "min": "0"} and record["retained_snapshots"] == "2"
    weekly = x.VMSS.get_record(policy(x, "weekly", frequency="weekly", schedule={"days": "Monday,Friday"}))
    assert weekly["schedule"] == {"hour": "0", "min": "0", "days": "Monday,Friday"}
    assert failure(lambda: policy(x, "bad", schedule={"min": "10"})) == ["INVALID_VALUE", "schedule:min", "10"]
    assert failure(lambda: policy(x, "bad", schedule={"hour": "24"})) == ["INVALID_VALUE", "schedule:hour", "24"]
    assert failure(lambda: policy(x, "bad", frequency="weekly", schedule={"days": "Funday"})) == [
        "INVALID_VALUE", "schedule:days", "Funday"]
    assert failure(lambda: policy(x, "bad", retained_snapshots="11")) == [
        "INVALID_VALUE", "retained_snapshots", "11"]
    assert "bad" not in [x.VMSS.get_name_label(p) for p in x.VMSS.get_all()]


def test_snapshot_now_keeps_only_the_newest_and_destroy_waits_for_no_vms(x):
    ref = policy(x, retained_snapshots="2")
    vm = guests(x, "Running")[0]
    x.VM.set_snapshot_schedule(vm, ref)
    assert x.VMSS.get_VMs(ref) == [vm]
    for _ in range(3):
        x.VMSS.snapshot_now(ref)
    prefix = f"{x.VM.get_name_label(vm)}-nightly-"
    names = [n for n in (x.VM.get_name_label(s) for s in x.VM.get_snapshots(vm)) if n.startswith(prefix)]
    assert len(names) == 2, "the third run destroyed the oldest of the policy's (the VM's own ones stay)"
    assert x.VMSS.get_last_run_time(ref).value != "19700101T00:00:00Z"
    assert failure(x.VMSS.destroy, ref) == ["VMSS_HAS_VM"]
    x.VM.set_snapshot_schedule(vm, "OpaqueRef:NULL")
    x.VMSS.destroy(ref)
    assert ref not in x.VMSS.get_all()


def test_policies_run_when_their_time_comes(x):
    hourly = policy(x, "hourly", frequency="hourly", schedule={"min": "30"}, type="checkpoint")
    disabled = policy(x, "off", frequency="hourly", schedule={"min": "0"}, enabled=False)
    vm = guests(x, "Running")[1]
    other = guests(x, "Running")[2]
    x.VM.set_snapshot_schedule(vm, hourly)
    x.VM.set_snapshot_schedule(other, disabled)
    assert x.sim.vmss_clock("20991203T10:29:00Z") == [hourly]  # 09:30 is the latest slot: never run yet
    assert x.VMSS.get_last_run_time(hourly).value == "20991203T09:30:00Z"
    assert x.sim.vmss_clock("20991203T10:29:59Z") == []  # nothing new is due
    assert x.sim.vmss_clock("20991203T10:30:00Z") == [hourly]
    prefix = f"{x.VM.get_name_label(vm)}-hourly-"
    snapshots = [r for r in (x.VM.get_record(s) for s in x.VM.get_snapshots(vm)) if r["name_label"].startswith(prefix)]
    assert sorted(s["name_label"] for s in snapshots) == [prefix + "20991203-0930", prefix + "20991203-1030"]
    assert all(s["power_state"] == "Suspended" for s in snapshots), "the policy takes checkpoints"
    assert not any("-off-" in x.VM.get_name_label(s) for s in x.VM.get_snapshots(other)), "a disabled one never runs"
