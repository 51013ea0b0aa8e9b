"""pool.join between two simulator processes, through the official XenAPI SDK reading both: xapi's pre-join
checks with its codes and parameters, then the joiner's host, PIFs, local storage and halted VMs in the pool's
database (and its event.from), the new member served on loopback, and the joiner answering HOST_IS_SLAVE."""

from __future__ import annotations

import pytest
import XenAPI

from tests.sim.test_sim_hostpool import error_of, eventually, login
from tests.sim.test_sim_storage import failure
from tests.test_cli import PASSWORD, USER, sdk_session


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "4", "--op-seconds", "0.05")


@pytest.fixture
def standalone(sim_factory):
    return sim_factory("--hosts", "1", "--vms", "4", "--seed", "5", "--op-seconds", "0.05")


def sessions(*servers):
    made = [sdk_session(server) for server in servers]
    yield [s.xenapi for s in made]
    for session in made:
        try:
            session.xenapi.session.logout()
        except (XenAPI.Failure, OSError):
            pass  # the joiner restarted as a member


@pytest.fixture
def xs(pool, standalone):
    yield from sessions(pool, standalone)


def halt_guests(x) -> None:
    for vm, record in x.VM.get_all_records().items():
        if not record["is_control_domain"] and record["power_state"] == "Running":
            x.VM.hard_shutdown(vm)


def forget_shared_storage(x) -> None:
    for sr, record in x.SR.get_all_records().items():
        if record["shared"]:
            for pbd in record["PBDs"]:
                x.PBD.unplug(pbd)
            x.SR.forget(sr)


def remove_vlans(x) -> None:
    for vlan in x.VLAN.get_all():
        x.VLAN.destroy(vlan)


def address_of(server) -> str:
    return f"127.0.0.1:{server.port}"


def test_pre_join_checks_in_xapis_order_and_words(pool, standalone, xs):
    px, sx = xs
    master = address_of(pool)
    assert failure(sx.pool.join, master, USER, "wrong") == ["SESSION_AUTHENTICATION_FAILED", USER,
                                                             "Authentication failure"]
    assert failure(sx.pool.join, "127.0.0.1:1", USER, PASSWORD) == ["JOINING_HOST_CONNECTION_FAILED"]
    assert failure(sx.pool.join, address_of(standalone), USER, PASSWORD) == [
        "OPERATION_NOT_ALLOWED", "Host cannot become slave of itself"]
    assert failure(px.pool.join, address_of(standalone), USER, PASSWORD) == [
        "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS"]
    assert any(r["power_state"] == "Running" and not r["is_control_domain"]
               for r in sx.VM.get_all_records().values())
    assert failure(sx.pool.join, master, USER, PASSWORD) == ["JOINING_HOST_CANNOT_HAVE_RUNNING_VMS"]
    halt_guests(sx)
    assert failure(sx.pool.join, master, USER, PASSWORD) == ["JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS"]
    forget_shared_storage(sx)
    assert sx.VLAN.get_all(), "the generated server has VLANs"
    assert failure(sx.pool.join, master, USER, PASSWORD) == ["POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS"]
    remove_vlans(sx)
    me = sx.host.get_all()[0]
    vendor = sx.host.get_cpu_info(me)["vendor"]
    sx.sim.replace_cpu(me, "AuthenticAMD" if vendor != "AuthenticAMD" else "GenuineIntel")
    assert failure(sx.pool.join, master, USER, PASSWORD) == ["HOSTS_NOT_HOMOGENEOUS", "CPUs differ"]
    assert len(px.host.get_all()) == 2 and len(sx.host.get_all()) == 1, "nothing moved"
    assert sx.pool.get_all(), "the joiner is still a pool of its own"
    sx.pool.join_force(master, USER, PASSWORD)  # force skips the homogeneity checks, as xapi's
    joined = px.host.get_by_uuid(sx.host.get_uuid(me))
    assert px.host.get_cpu_info(joined)["vendor"] != vendor


def test_a_different_api_version_is_refused(sim_factory, pool):
    older = sim_factory("--hosts", "1", "--vms", "0", "--seed", "3", "--release", "stockholm")
    sx, px = next(sessions(older, pool))
    forget_shared_storage(sx)
    remove_vlans(sx)
    mine = sx.host.get_record(sx.host.get_all()[0])
    theirs = px.host.get_record(px.pool.get_master(px.pool.get_all()[0]))
    assert failure(sx.pool.join, address_of(pool), USER, PASSWORD) == [
        "POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION",
        f"{mine['API_version_major']}.{mine['API_version_minor']}",
        f"{theirs['API_version_major']}.{theirs['API_version_minor']}"]


def test_join_moves_the_host_into_the_pool(pool, standalone, xs):
    px, sx = xs
    halt_guests(sx)
    forget_shared_storage(sx)
    remove_vlans(sx)
    me = sx.host.get_all()[0]
    mine = sx.host.get_record(me)
    my_pifs = {sx.PIF.get_uuid(p) for p in mine["PIFs"]}
    local = {sr: r for sr, r in sx.SR.get_all_records().items() if not r["shared"] and r["PBDs"]}
    assert local, "the standalone server has local storage"
    vdis = {sr: {sx.VDI.get_uuid(v) for v in r["VDIs"]} for sr, r in local.items()}
    assert any(vdis.values()), "with disks"
    halted = {r["uuid"]: r["name_label"] for r in sx.VM.get_all_records().values()
              if not r["is_a_template"] and not r["is_control_domain"]}
    assert halted
    token = getattr(px.event, "from")(["host", "PIF", "SR", "VM"], "", 0.0)["token"]

    task = sx.Async.pool.join(address_of(pool), USER, PASSWORD)
    eventually(lambda: sx.task.get_status(task) != "pending", "the join ends")
    assert sx.task.get_status(task) == "success", sx.task.get_error_info(task)

    joined = px.host.get_by_uuid(mine["uuid"])
    record = px.host.get_record(joined)
    assert record["name_label"] == mine["name_label"] and len(px.host.get_all()) == 3
    assert record["address"].startswith("127.") and record["address"] not in (
        px.host.get_address(h) for h in px.host.get_all() if h != joined)
    assert px.host_metrics.get_live(record["metrics"]) is True and record["enabled"] is True
    assert {px.PIF.get_uuid(p) for p in record["PIFs"]} == my_pifs
    management = next(p for p in record["PIFs"] if px.PIF.get_management(p))
    assert px.PIF.get_IP(management) == record["address"]
    coordinator = px.pool.get_master(px.pool.get_all()[0])
    assert px.PIF.get_network(management) == px.PIF.get_network(
        next(p for p in px.host.get_PIFs(coordinator) if px.PIF.get_management(p))), "the pool's network"
    for sr, r in local.items():
        moved = px.SR.get_by_uuid(r["uuid"])
        assert [px.PBD.get_host(p) for p in px.SR.get_PBDs(moved)] == [joined]
        assert {px.VDI.get_uuid(v) for v in px.SR.get_VDIs(moved)} == vdis[sr]
    for uuid, name in halted.items():
        assert px.VM.get_name_label(px.VM.get_by_uuid(uuid)) == name
    local_srs = {px.SR.get_by_uuid(r["uuid"]) for r in local.values()}
    disks = {b: px.VBD.get_record(b) for vm in map(px.VM.get_by_uuid, halted) for b in px.VM.get_VBDs(vm)}
    local_disk_vms = [r["VM"] for r in disks.values() if r["type"] == "Disk" and not r["empty"]
                      and px.VDI.get_SR(r["VDI"]) in local_srs]
    assert local_disk_vms, "a VM with its disk on the joiner's local storage came with it"
    px.VM.start_on(local_disk_vms[0], joined, False, False)
    assert px.VM.get_resident_on(local_disk_vms[0]) == joined, "it runs on the new member"
    dom0 = [vm for vm in px.host.get_resident_VMs(joined) if px.VM.get_is_control_domain(vm)]
    assert len(dom0) == 1 and px.host.get_control_domain(joined) == dom0[0]
    assert len(px.pool.get_all()) == 1, "the joiner's pool record did not come"

    events = getattr(px.event, "from")(["host", "PIF", "SR", "VM"], token, 1.0)["events"]
    added = {(e["class"], e["ref"]) for e in events if e["operation"] == "add"}  # classes in lower case
    assert ("host", joined) in added and ("sr", px.SR.get_by_uuid(next(iter(local.values()))["uuid"])) in added

    # the new member is served on its loopback address, on the pool's port
    member_url = f"https://{record['address']}:{pool.port}"
    with pytest.raises(XenAPI.Failure) as caught:
        login(member_url)
    assert caught.value.details == ["HOST_IS_SLAVE", px.host.get_address(coordinator)]
    # the joiner restarts as a member of the pool
    assert eventually(lambda: error_of(lambda: login(standalone.url)) or None, "the joiner restarts") == [
        "HOST_IS_SLAVE", address_of(pool)]
