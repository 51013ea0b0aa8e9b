"""The simulator's high availability, as xapi_ha.ml does it, through the official SDK: enable on a heartbeat SR
(its refusals), the failover plan computed from memory as priorities change, and disable."""

from __future__ import annotations

import pytest

from tests.sim.test_sim_storage import failure
from tests.test_cli import sdk_session


@pytest.fixture
def x(sim_factory):
    session = sdk_session(sim_factory("--hosts", "3", "--vms", "12", "--op-seconds", "0.01"))
    yield session.xenapi
    session.xenapi.session.logout()


def shared_sr(x) -> str:
    return next(r for r, s in x.SR.get_all_records().items() if s["shared"] and s["content_type"] != "iso"
                and s["type"] not in ("iso", "udev"))


def running(x) -> list[str]:
    return sorted(r for r, v in x.VM.get_all_records().items()
                  if v["power_state"] == "Running" and not v["is_a_template"] and not v["is_control_domain"])


def test_enable_plan_and_disable(x):
    pool = x.pool.get_all()[0]
    local = next(r for r, s in x.SR.get_all_records().items() if not s["shared"] and s["type"] in ("lvm", "ext"))
    assert failure(x.pool.enable_ha, [local], {}) == ["CANNOT_CREATE_STATE_FILE"]
    assert failure(x.pool.disable_ha) == ["HA_NOT_ENABLED"]
    vms = running(x)
    nothing = int(x.pool.ha_compute_hypothetical_max_host_failures_to_tolerate({}))
    assert nothing == 2, "no protected VM: any two of three hosts may fail"
    everything = int(x.pool.ha_compute_hypothetical_max_host_failures_to_tolerate({vm: "restart" for vm in vms}))
    assert 0 <= everything <= nothing
    sr = shared_sr(x)
    x.pool.enable_ha([sr], {})
    record = x.pool.get_record(pool)
    assert record["ha_enabled"] and len(record["ha_statefiles"]) == 1
    assert x.VDI.get_SR(record["ha_statefiles"][0]) == sr and x.VDI.get_type(record["ha_statefiles"][0]) == "ha_statefile"
    assert failure(x.pool.enable_ha, [sr], {}) == ["HA_IS_ENABLED"]
    x.pool.set_ha_host_failures_to_tolerate(pool, "1")
    assert x.pool.get_ha_host_failures_to_tolerate(pool) == "1"
    assert failure(x.pool.set_ha_host_failures_to_tolerate, pool, "3") == ["HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN"]
    assert x.pool.ha_compute_max_host_failures_to_tolerate() == "2"
    x.VM.set_ha_restart_priority(vms[0], "restart")
    assert x.VM.get_ha_restart_priority(vms[0]) == "restart" and x.VM.get_ha_always_run(vms[0])
    assert failure(x.VM.set_ha_restart_priority, vms[1], "sometimes") == [
        "INVALID_VALUE", "ha_restart_priority", "sometimes"]
    statefile = record["ha_statefiles"][0]
    x.pool.disable_ha()
    assert not x.pool.get_ha_enabled(pool) and statefile not in x.VDI.get_all()


def test_assert_agile_as_xapi(x):
    """A VM is agile when its disks are on shared SRs plugged everywhere and its interfaces on networks with a
    PIF on every host; otherwise xapi names the SR or the network."""
    records = x.VM.get_all_records()
    vms = [r for r, v in records.items() if not v["is_a_template"] and not v["is_control_domain"]]
    sr_of = {vbd: x.VDI.get_SR(x.VBD.get_VDI(vbd)) for vm in vms for vbd in x.VM.get_VBDs(vm)
             if not x.VBD.get_empty(vbd)}
    shared = {sr: x.SR.get_shared(sr) for sr in set(sr_of.values())}
    verdicts = {}
    for vm in vms:
        try:
            x.VM.assert_agile(vm)
            verdicts[vm] = None
        except Exception as exc:  # noqa: BLE001 - the SDK's Failure
            verdicts[vm] = exc.details  # type: ignore[attr-defined]
    for vm, verdict in verdicts.items():
        local = [sr_of[vbd] for vbd in x.VM.get_VBDs(vm) if vbd in sr_of and not shared[sr_of[vbd]]]
        if local:
            assert verdict == ["HA_CONSTRAINT_VIOLATION_SR_NOT_SHARED", local[0]]
    assert None in verdicts.values(), "VMs on shared storage and pool networks are agile"
    assert any(verdicts.values()), "the synthetic pool has VMs on local storage"
    vm = next(v for v, verdict in verdicts.items() if verdict is None)
    internal = x.network.create({"name_label": "private", "name_description": "", "other_config": {}, "MTU": "1500"})
    x.VIF.create({"device": "7", "network": internal, "VM": vm, "MAC": "", "MTU": "1500", "other_config": {},
                  "qos_algorithm_type": "", "qos_algorithm_params": {}})
    assert failure(x.VM.assert_agile, vm) == ["HA_CONSTRAINT_VIOLATION_NETWORK_NOT_SHARED", internal]
