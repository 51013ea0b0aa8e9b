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
