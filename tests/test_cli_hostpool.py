"""``main.py run host.shutdown``, ``host.power-on``, ``host.restart-toolstack``, ``pool.eject`` and
``pool.designate-coordinator`` against the simulator over HTTPS, read back with the official XenAPI SDK:
XenCenter's refusals in words, the confirmation the command line needs ``--yes`` for, and the effects."""

from __future__ import annotations

import json
import time

import pytest
import XenAPI

from tests.test_cli import PASSWORD, USER, connection_args, run, sdk_session


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "3", "--vms", "6", "--op-seconds", "0.05")


@pytest.fixture
def x(pool):
    session = sdk_session(pool)
    yield session.xenapi
    try:
        session.xenapi.session.logout()
    except (XenAPI.Failure, OSError):
        pass  # the coordinator moved or restarted


def cli(pool, config_dir, password_file, *args: str) -> tuple[int, dict, str]:
    done = run(config_dir, "run", *args, "--json", *connection_args(pool, password_file), timeout=120)
    line = json.loads(done.stdout.splitlines()[-1]) if done.stdout.strip() else {}
    return done.returncode, line, done.stdout + done.stderr


def named(x, name: str) -> str:
    return x.host.get_by_name_label(name)[0]


def guests_on(x, host: str) -> list[str]:
    return [vm for vm in x.host.get_resident_VMs(host) if not x.VM.get_is_control_domain(vm)]


def test_shutdown_then_power_on_a_member(pool, x, config_dir, password_file):
    host = named(x, "xcp-host-02")
    running = [vm for vm in guests_on(x, host) if x.VM.get_power_state(vm) == "Running"]
    assert running, "the member runs VMs"
    code, line, out = cli(pool, config_dir, password_file, "host.shutdown", "xcp-host-02")
    assert code == 1 and line["message"] == (
        "not done without confirmation: Are you sure you want to shut down 'xcp-host-02'?\n\nThis will also shut "
        "down all the VMs currently running on it. (give --yes)"), out
    assert x.host_metrics.get_live(x.host.get_metrics(host)) is True, "nothing happened without --yes"

    code, line, out = cli(pool, config_dir, password_file, "host.power-on", "xcp-host-02")
    assert code == 1 and line["message"] == "This server is already powered on.", out

    code, line, out = cli(pool, config_dir, password_file, "host.shutdown", "xcp-host-02", "--yes")
    assert code == 0 and line["outcome"] == "ok", out
    assert x.host_metrics.get_live(x.host.get_metrics(host)) is False
    assert all(x.VM.get_power_state(vm) == "Halted" for vm in running), "its VMs were shut down first"
    assert x.host.get_enabled(host) is False

    code, line, out = cli(pool, config_dir, password_file, "host.shutdown", "xcp-host-02", "--yes")
    assert code == 1 and line["message"] == "This server is already shut down.", out
    code, line, out = cli(pool, config_dir, password_file, "host.power-on", "xcp-host-02")
    assert code == 1 and line["message"] == "This host does not have its Power On mode set.", out
    assert line["error_code"] == "HOST_POWER_ON_MODE_DISABLED"

    x.host.set_power_on_mode(host, "wake-on-lan", {})
    code, line, out = cli(pool, config_dir, password_file, "host.power-on", "xcp-host-02")
    assert code == 0 and line["outcome"] == "ok", out
    assert x.host_metrics.get_live(x.host.get_metrics(host)) is True and x.host.get_enabled(host) is True


def test_restart_toolstack_of_the_coordinator(pool, x, config_dir, password_file):
    coordinator = x.pool.get_master(x.pool.get_all()[0])
    name = x.host.get_name_label(coordinator)
    started = x.host.get_other_config(coordinator)["agent_start_time"]
    code, line, out = cli(pool, config_dir, password_file, "host.restart-toolstack", name)
    assert code == 1 and line["message"] == (
        f"not done without confirmation: Are you sure you want to restart the toolstack on '{name}'? Note that "
        "XenCenter will temporarily lose connection to the server. (give --yes)"), out
    code, line, out = cli(pool, config_dir, password_file, "host.restart-toolstack", name, "--yes")
    assert code == 0 and line["outcome"] == "ok", out
    deadline = time.monotonic() + 30
    while True:  # the agent comes back (the SDK session logs in again after the restart)
        try:
            if x.host.get_other_config(coordinator)["agent_start_time"] != started:
                break
        except (XenAPI.Failure, OSError):
            pass
        assert time.monotonic() < deadline, "the toolstack never restarted"
        time.sleep(0.1)


def test_eject_refuses_the_coordinator_and_a_busy_member_then_removes_one(pool, x, config_dir, password_file):
    coordinator = x.pool.get_master(x.pool.get_all()[0])
    code, line, out = cli(pool, config_dir, password_file, "pool.eject", x.host.get_name_label(coordinator), "--yes")
    assert code == 1 and line["message"] == "You cannot remove the coordinator from the pool.", out
    host = named(x, "xcp-host-03")
    assert guests_on(x, host)
    code, line, out = cli(pool, config_dir, password_file, "pool.eject", "xcp-host-03", "--yes")
    assert code == 1 and line["message"] == "This server has running VMs", out
    assert host in x.host.get_all()

    for vm in guests_on(x, host):
        x.VM.hard_shutdown(vm)
    code, line, out = cli(pool, config_dir, password_file, "pool.eject", "xcp-host-03")
    assert code == 1 and host in x.host.get_all(), "the data-loss warning needs --yes"
    assert "This will permanently delete and reinitialize all local storage on 'xcp-host-03'. Your data will be " \
           "lost, and the server will be rebooted." in line["message"], out
    code, line, out = cli(pool, config_dir, password_file, "pool.eject", "xcp-host-03", "--yes")
    assert code == 0 and line["outcome"] == "ok", out
    assert host not in x.host.get_all() and len(x.host.get_all()) == 2
    assert all(vm["resident_on"] != host and vm["affinity"] != host for vm in x.VM.get_all_records().values())


def test_designate_a_new_coordinator(pool, x, config_dir, password_file):
    pool_ref = x.pool.get_all()[0]
    old = x.pool.get_master(pool_ref)
    code, line, out = cli(pool, config_dir, password_file, "pool.designate-coordinator", x.host.get_name_label(old),
                          "--yes")
    assert code == 1 and line["message"] == f"'{x.host.get_name_label(old)}' is already the pool coordinator.", out
    new = named(x, "xcp-host-02")
    address = x.host.get_address(new)
    code, line, out = cli(pool, config_dir, password_file, "pool.designate-coordinator", "xcp-host-02", "--yes")
    assert code == 0 and line["outcome"] == "ok", out
    there = XenAPI.Session(f"https://{address}:{pool.port}", ignore_ssl=True)
    there.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    assert there.xenapi.pool.get_master(pool_ref) == new
    there.xenapi.session.logout()
    with pytest.raises(XenAPI.Failure) as caught:
        XenAPI.Session(pool.url, ignore_ssl=True).xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    assert caught.value.details == ["HOST_IS_SLAVE", address]


def test_maintenance_mode_of_the_coordinator_hands_the_pool_to_a_member(pool, x, config_dir, password_file):
    pool_ref = x.pool.get_all()[0]
    old = x.pool.get_master(pool_ref)
    name = x.host.get_name_label(old)
    local = {sr for sr in x.SR.get_all() if not x.SR.get_shared(sr)}
    for vm in guests_on(x, old):  # what evacuation cannot move: local disks (VM_REQUIRES_SR)
        if any(x.VBD.get_VDI(b) != "OpaqueRef:NULL" and x.VDI.get_SR(x.VBD.get_VDI(b)) in local
               for b in x.VM.get_VBDs(vm)) and x.VM.get_power_state(vm) != "Halted":
            x.VM.hard_shutdown(vm)
    moving = [vm for vm in guests_on(x, old) if x.VM.get_power_state(vm) == "Running"]
    new = named(x, "xcp-host-03")
    address = x.host.get_address(new)
    code, line, out = cli(pool, config_dir, password_file, "host.maintenance-enter", name,
                          "--new-coordinator", "xcp-host-03", "--yes")
    assert code == 0 and line["outcome"] == "ok", out
    there = XenAPI.Session(f"https://{address}:{pool.port}", ignore_ssl=True)
    there.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    y = there.xenapi
    try:
        assert y.pool.get_master(pool_ref) == new
        record = y.host.get_record(old)
        assert record["enabled"] is False and record["other_config"]["MAINTENANCE_MODE"] == "true"
        assert all(y.VM.get_resident_on(vm) != old and y.VM.get_power_state(vm) == "Running" for vm in moving)
    finally:
        y.session.logout()
