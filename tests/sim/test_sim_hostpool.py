"""Hosts' power and pool membership on the simulator, through the official XenAPI SDK: host.shutdown and
host.power_on with xapi's refusals, host.allowed_operations as xapi_host_helpers computes it, host.restart_agent
(the API away for a moment, sessions lost on the coordinator), pool.designate_new_master (the old coordinator
answers HOST_IS_SLAVE with the new one's address) and pool.eject (the coordinator refused, a member removed
with its VMs' records)."""

from __future__ import annotations

import time

import pytest
import XenAPI

from tests.sim.test_sim_storage import failure
from tests.test_cli import PASSWORD, USER, sdk_session

NULL = "OpaqueRef:NULL"


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "3", "--vms", "9", "--op-seconds", "0.1")


@pytest.fixture
def session(pool):
    session = sdk_session(pool)
    yield session
    try:
        session.xenapi.session.logout()
    except Exception:  # noqa: BLE001 (the session may be gone with the coordinator)
        pass


def login(url: str) -> XenAPI.Session:
    session = XenAPI.Session(url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    return session


def eventually(check, what: str, limit: float = 30.0):
    """Poll ``check()`` until it returns something true (a state reached, not a timing asserted)."""
    deadline = time.monotonic() + limit
    while True:
        try:
            result = check()
        except (OSError, XenAPI.Failure):
            result = None
        if result:
            return result
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.05)


def error_of(call, *args) -> list[str] | None:
    """The XenAPI failure ``call`` raises now, or None when it succeeds (for polling)."""
    try:
        call(*args)
    except XenAPI.Failure as exc:
        return exc.details
    return None


def member(x) -> str:
    coordinator = x.pool.get_master(x.pool.get_all()[0])
    return next(h for h in sorted(x.host.get_all()) if h != coordinator)


def endpoint_of(pool, x, host: str) -> str:
    return f"https://{x.host.get_address(host)}:{pool.port}"


def halt_guests(x, host: str) -> None:
    for vm in x.host.get_resident_VMs(host):
        if not x.VM.get_is_control_domain(vm):
            x.VM.hard_shutdown(vm)


def refused_by_endpoint(url: str) -> bool:
    try:
        login(url)
    except XenAPI.Failure:
        return False  # it answered
    except OSError:
        return True
    return False


def test_allowed_operations_follow_xapis_rules(session):
    x = session.xenapi
    host = member(x)
    ops = set(x.host.get_allowed_operations(host))
    assert {"provision", "evacuate", "vm_start", "vm_resume", "vm_migrate", "enable"} <= ops
    assert not ops & {"shutdown", "reboot", "apply_updates"}, "an enabled host cannot go down"
    assert "power_on" not in ops, "a live host, without a power-on mode"
    x.host.disable(host)
    assert {"shutdown", "reboot", "apply_updates"} <= set(x.host.get_allowed_operations(host))
    x.host.set_power_on_mode(host, "wake-on-lan", {})
    assert "power_on" not in x.host.get_allowed_operations(host), "still live"
    assert failure(x.host.power_on, host) == ["HOST_IS_LIVE", host]
    x.host.enable(host)
    assert "shutdown" not in x.host.get_allowed_operations(host)


def test_shutdown_needs_a_disabled_empty_host_and_power_on_brings_it_back(pool, session):
    x = session.xenapi
    host = member(x)
    url = endpoint_of(pool, x, host)
    assert failure(x.host.shutdown, host) == ["HOST_NOT_DISABLED"]
    x.host.disable(host)
    in_use = failure(x.host.shutdown, host)
    assert in_use[:3] == ["HOST_IN_USE", host, "vm"] and in_use[3] in x.host.get_resident_VMs(host)
    halt_guests(x, host)
    metrics = x.host.get_metrics(host)
    task = x.Async.host.shutdown(host)
    assert "cancel" not in x.task.get_allowed_operations(task)
    eventually(lambda: x.task.get_status(task) != "pending", "the shutdown ends")
    assert x.task.get_status(task) == "success"
    assert x.host_metrics.get_live(metrics) is False
    record = x.host.get_record(host)
    assert record["enabled"] is False and record["current_operations"] == {}
    assert refused_by_endpoint(url), "a host that is off answers nothing"
    assert failure(x.host.power_on, host) == ["HOST_POWER_ON_MODE_DISABLED"]
    assert "power_on" not in x.host.get_allowed_operations(host)

    x.host.set_power_on_mode(host, "wake-on-lan", {})
    assert "power_on" in x.host.get_allowed_operations(host)
    x.host.power_on(host)
    assert x.host_metrics.get_live(metrics) is True
    record = x.host.get_record(host)
    assert record["enabled"] is True and "power_on" not in record["allowed_operations"]
    answered = failure(login, url)
    assert answered == ["HOST_IS_SLAVE", x.host.get_address(x.pool.get_master(x.pool.get_all()[0]))]


def test_restart_agent_on_the_coordinator_loses_sessions_then_answers_again(pool, session):
    x = session.xenapi
    coordinator = x.pool.get_master(x.pool.get_all()[0])
    started = x.host.get_other_config(coordinator)["agent_start_time"]
    old = session._session
    x.host.restart_agent(coordinator)

    def restarted():
        fresh = login(pool.url)  # refused while the agent is away
        if fresh.xenapi.host.get_other_config(coordinator)["agent_start_time"] != started:
            return fresh
        fresh.xenapi.session.logout()
        return None

    fresh = eventually(restarted, "the coordinator's agent restarts and answers again")
    assert error_of(fresh.xenapi.session.get_record, old) == ["HANDLE_INVALID", "session", old], "sessions are lost"
    fresh.xenapi.session.logout()


def test_restart_agent_on_a_member_keeps_the_pools_sessions(pool, session):
    x = session.xenapi
    host = member(x)
    x.host.restart_agent(host)
    started = x.host.get_other_config(host)["agent_start_time"]
    eventually(lambda: x.host.get_other_config(host)["agent_start_time"] != started, "the member's agent restarts")
    assert x.host.get_record(host)["enabled"], "the session on the coordinator still works"
    url = endpoint_of(pool, x, host)
    eventually(lambda: (error_of(login, url) or [""])[0] == "HOST_IS_SLAVE", "the member answers again")


def test_designate_new_master_moves_the_coordinator(pool, session):
    x = session.xenapi
    pool_ref = x.pool.get_all()[0]
    old = x.pool.get_master(pool_ref)
    new = member(x)
    new_address = x.host.get_address(new)
    x.pool.designate_new_master(old)  # the coordinator already: nothing happens
    x.host.disable(new)
    halt_guests(x, new)
    x.host.shutdown(new)
    assert failure(x.pool.designate_new_master, new) == ["HOST_OFFLINE", new]
    x.host.set_power_on_mode(new, "wake-on-lan", {})
    x.host.power_on(new)

    x.pool.designate_new_master(new)
    assert failure(x.pool.get_all)[0] in ("SESSION_INVALID", "HOST_IS_SLAVE")
    assert failure(login, pool.url) == ["HOST_IS_SLAVE", new_address]
    there = login(f"https://{new_address}:{pool.port}")
    y = there.xenapi
    assert y.pool.get_master(pool_ref) == new
    assert len(y.host.get_all()) == 3
    y.session.logout()


def test_eject_refuses_the_coordinator_and_busy_members(session):
    x = session.xenapi
    coordinator = x.pool.get_master(x.pool.get_all()[0])
    assert failure(x.pool.eject, coordinator) == ["INTERNAL_ERROR", "Xapi_pool.Cannot_eject_master"]
    host = member(x)
    running = [vm for vm in x.host.get_resident_VMs(host) if not x.VM.get_is_control_domain(vm)]
    assert running
    assert failure(x.pool.eject, host) == ["OPERATION_NOT_ALLOWED", "VM resident on host"]
    assert host in x.host.get_all()


def test_eject_removes_the_member_and_its_vms(pool, session):
    x = session.xenapi
    host = member(x)
    url = endpoint_of(pool, x, host)
    halt_guests(x, host)
    before = x.host.get_record(host)
    local = [sr for sr in x.SR.get_all() if not x.SR.get_shared(sr)
             and {x.PBD.get_host(p) for p in x.SR.get_PBDs(sr)} == {host}]
    assert local, "the synthetic member has local storage"
    local_vdis = {v for sr in local for v in x.SR.get_VDIs(sr)}
    vms = x.VM.get_all_records()
    on_local = {ref for ref, vm in vms.items()
                if any(x.VBD.get_VDI(b) in local_vdis for b in vm["VBDs"])}
    assert on_local - {ref for ref, vm in vms.items() if vm["is_control_domain"]}, "guests live on it"
    control_domain = x.host.get_control_domain(host)

    x.pool.eject(host)
    assert host not in x.host.get_all()
    remaining = x.VM.get_all_records()
    assert not (on_local | {control_domain}) & set(remaining)
    assert set(vms) - on_local - {control_domain} == set(remaining), "only its VMs went"
    assert not set(local) & set(x.SR.get_all())
    assert not set(before["PBDs"]) & set(x.PBD.get_all()) and not set(before["PIFs"]) & set(x.PIF.get_all())
    assert before["metrics"] not in x.host_metrics.get_all()
    assert all(vm["affinity"] != host and vm["resident_on"] != host for vm in remaining.values())
    for sr in x.SR.get_all():
        assert all(x.PBD.get_host(p) != host for p in x.SR.get_PBDs(sr))
    assert len(x.host.get_all()) == 2
    assert refused_by_endpoint(url)


def test_the_vms_which_prevent_evacuation_with_xapis_reasons(session):
    x = session.xenapi
    host = member(x)
    guests = [vm for vm in x.host.get_resident_VMs(host) if not x.VM.get_is_control_domain(vm)]
    local_srs = {sr for sr in x.SR.get_all() if not x.SR.get_shared(sr)}
    local = {vm: sr for vm in guests for b in x.VM.get_VBDs(vm)
             if (vdi := x.VBD.get_VDI(b)) != NULL and (sr := x.VDI.get_SR(vdi)) in local_srs}
    assert local, "a guest of the member has local disks"
    blockers = x.host.get_vms_which_prevent_evacuation(host)
    for vm, sr in local.items():
        if x.VM.get_power_state(vm) == "Running":
            assert blockers[vm] == ["VM_REQUIRES_SR", vm, sr]
    shared = next(vm for vm in guests if vm not in local and x.VM.get_power_state(vm) == "Running")
    assert shared not in blockers
    x.VM.pause(shared)
    assert x.host.get_vms_which_prevent_evacuation(host)[shared] == ["VM_BAD_POWER_STATE", shared, "running", "paused"]
    assert failure(x.host.evacuate, host)[0] in ("VM_REQUIRES_SR", "VM_BAD_POWER_STATE"), "evacuate agrees"
    x.VM.unpause(shared)

    others = [h for h in x.host.get_all() if h != host]
    for other in others:
        x.host.disable(other)
    alone = x.host.get_vms_which_prevent_evacuation(host)
    running = [vm for vm in guests if x.VM.get_power_state(vm) != "Halted"]
    assert alone == {vm: ["NO_HOSTS_AVAILABLE", vm] for vm in running}
    for other in others:
        x.host.enable(other)
    for vm in local:
        x.VM.hard_shutdown(vm)
    assert x.host.get_vms_which_prevent_evacuation(host) == {}


def test_the_coordinator_shut_down_stops_answering(pool, session):
    x = session.xenapi
    coordinator = x.pool.get_master(x.pool.get_all()[0])
    x.host.disable(coordinator)
    halt_guests(x, coordinator)
    x.Async.host.shutdown(coordinator)
    eventually(lambda: refused_by_endpoint(pool.url), "the coordinator answers nothing once it is off")
