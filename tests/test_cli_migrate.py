"""``main.py run vm.migrate``, ``vm.move-storage`` and ``vdi.migrate`` as a user runs them against the simulator
(one pool, and a second simulator for a cross-pool migration); the official XenAPI SDK reads back where the VM
and its disks are."""

from __future__ import annotations

import json

import pytest

from tests.live import SIM_PASSWORD as PASSWORD
from tests.test_cli import connection_args, run, sdk_session


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "6", "--op-seconds", "0.1")


@pytest.fixture
def x(pool):
    """The official XenAPI SDK on the pool."""
    session = sdk_session(pool)
    yield session.xenapi
    session.xenapi.session.logout()


def _disks(x, vm):
    """SR name -> sorted sizes of the VM's disks."""
    found: dict[str, list[int]] = {}
    for vbd in x.VM.get_VBDs(vm):
        if x.VBD.get_type(vbd) == "Disk":
            vdi = x.VBD.get_VDI(vbd)
            found.setdefault(x.SR.get_name_label(x.VDI.get_SR(vdi)), []).append(int(x.VDI.get_virtual_size(vdi)))
    return {k: sorted(v) for k, v in found.items()}


def _vm_where(x, *, shared: bool, host: str = "xcp-host-02") -> tuple[str, str]:
    """(ref, name) of a running VM on the named host whose disks are all shared (or all local)."""
    for ref, vm in sorted(x.VM.get_all_records().items(), key=lambda item: item[1]["name_label"]):
        if vm["is_control_domain"] or vm["is_a_template"] or vm["power_state"] != "Running":
            continue
        if x.host.get_name_label(vm["resident_on"]) != host:
            continue
        local = any("Local" in sr for sr in _disks(x, ref))
        if local != shared:
            return ref, vm["name_label"]
    raise AssertionError("no such VM")


def test_vm_migrate_to_a_server_of_the_pool(pool, x, config_dir, password_file):
    args = connection_args(pool, password_file)
    ref, name = _vm_where(x, shared=True)
    planned = run(config_dir, "run", "vm.migrate", name, "--host", "xcp-host-01", "--dry-run", *args)
    assert planned.returncode == 0, planned.stdout + planned.stderr
    assert planned.stdout.splitlines()[1] == f"  would call Async.VM.pool_migrate('{ref}', " \
        f"'{x.host.get_by_name_label('xcp-host-01')[0]}', {{}})"
    assert x.host.get_name_label(x.VM.get_resident_on(ref)) == "xcp-host-02"
    moved = run(config_dir, "run", "vm.migrate", name, "--host", "xcp-host-01", "--json", *args)
    assert json.loads(moved.stdout)["outcome"] == "ok", moved.stdout + moved.stderr
    assert x.host.get_name_label(x.VM.get_resident_on(ref)) == "xcp-host-01"
    assert x.VM.get_power_state(ref) == "Running"
    again = run(config_dir, "run", "vm.migrate", name, "--host", "xcp-host-01", *args)
    assert again.returncode == 1 and again.stdout == \
        f"{name}: failed: '{name}' cannot move to 'xcp-host-01': Current server.\n"

    local_ref, local_name = _vm_where(x, shared=False, host="xcp-host-01")
    refused = run(config_dir, "run", "vm.migrate", local_name, "--host", "xcp-host-02", *args)
    assert refused.returncode == 1 and "This VM needs storage that cannot be seen from that server" in \
        refused.stdout
    nowhere = run(config_dir, "run", "vm.migrate", local_name, *args)
    assert nowhere.returncode == 1 and "give --host" in nowhere.stdout


def test_vm_move_storage_and_vdi_migrate(pool, x, config_dir, password_file):
    args = connection_args(pool, password_file)
    ref, name = _vm_where(x, shared=True)
    (source, sizes), = _disks(x, ref).items()
    target = "iSCSI virtual disk storage" if source.startswith("NFS") else "NFS virtual disk storage"
    first = next(v for v in x.VM.get_VBDs(ref) if x.VBD.get_userdevice(v) == "0")
    one = run(config_dir, "run", "vdi.migrate", f"{name}/0", "--sr", target, *args)
    assert one.returncode == 0, one.stdout + one.stderr
    assert x.SR.get_name_label(x.VDI.get_SR(x.VBD.get_VDI(first))) == target
    moved = run(config_dir, "run", "vm.move-storage", name, "--sr", target, "--dry-run", *args)
    lines = moved.stdout.splitlines()
    assert moved.returncode == 0 and "host.migrate_receive(" in lines[1] and "Async.VM.migrate_send(" in lines[2]
    moved = run(config_dir, "run", "vm.move-storage", name, "--sr", target, "--json", *args)
    line = json.loads(moved.stdout)
    assert line["outcome"] == "ok", moved.stdout + moved.stderr
    send = next(call for call in line["calls"] if call.startswith("Async.VM.migrate_send("))
    assert "'session_id': '********'" in send and "OpaqueRef" not in send.split("'session_id'")[1][:20]
    assert _disks(x, ref) == {target: sizes} and x.VM.get_power_state(ref) == "Running"
    full = run(config_dir, "run", "vm.move-storage", name, "--sr", "ISO library", *args)
    assert full.returncode == 1 and "cannot hold virtual disks" in full.stdout
    absent = run(config_dir, "run", "vm.move-storage", name, "--sr", source, "--disk", "9", *args)
    assert absent.returncode == 1 and "no disk at position 9" in absent.stdout


def test_vm_migrate_to_another_pool(pool, sim_factory, config_dir, password_file):
    other = sim_factory("--hosts", "1", "--vms", "1", "--op-seconds", "0.1")
    args = connection_args(pool, password_file)
    to = ["--to-server", other.url, "--to-user", "root", "--to-password-file", str(password_file),
          "--to-fingerprint", other.fingerprint]
    session, far = sdk_session(pool), sdk_session(other)
    try:
        x, y = session.xenapi, far.xenapi
        ref, name = _vm_where(x, shared=True)
        uuid, sizes = x.VM.get_uuid(ref), sorted(s for each in _disks(x, ref).values() for s in each)
        where = ["--host", "xcp-host-01", "--sr", "NFS virtual disk storage", "--network",
                 "Pool-wide network associated with eth0"]
        planned = run(config_dir, "run", "vm.migrate", name, *to, *where, "--dry-run", *args)
        assert planned.returncode == 0, planned.stdout + planned.stderr
        assert PASSWORD not in planned.stdout + planned.stderr
        assert "host.migrate_receive(" in planned.stdout and "Async.VM.migrate_send(" in planned.stdout
        no_user = run(config_dir, "run", "vm.migrate", name, "--to-server", other.url, *where, *args)
        assert no_user.returncode == 2 and "--to-user" in no_user.stderr
        moved = run(config_dir, "run", "vm.migrate", name, *to, *where, "--json", *args, timeout=120)
        assert json.loads(moved.stdout)["outcome"] == "ok", moved.stdout + moved.stderr
        assert uuid not in [vm["uuid"] for vm in x.VM.get_all_records().values()]
        arrived = y.VM.get_by_uuid(uuid)
        assert y.VM.get_power_state(arrived) == "Running"
        assert y.host.get_name_label(y.VM.get_resident_on(arrived)) == "xcp-host-01"
        assert _disks(y, arrived) == {"NFS virtual disk storage": sizes}
        assert {y.network.get_name_label(y.VIF.get_network(v)) for v in y.VM.get_VIFs(arrived)} == \
            {"Pool-wide network associated with eth0"}
    finally:
        session.xenapi.session.logout()
        far.xenapi.session.logout()


def test_vdi_move_of_a_running_vm_is_live(pool, x, config_dir, password_file):
    args = connection_args(pool, password_file)
    ref, name = _vm_where(x, shared=True)
    (source, _), = _disks(x, ref).items()
    target = "iSCSI virtual disk storage" if source.startswith("NFS") else "NFS virtual disk storage"
    moved = run(config_dir, "run", "vdi.move", f"{name}/0", "--sr", target, "--json", *args)
    line = json.loads(moved.stdout)
    assert line["outcome"] == "ok", moved.stdout + moved.stderr
    assert [c.split("(")[0] for c in line["calls"]] == ["Async.VDI.pool_migrate"]
    first = next(v for v in x.VM.get_VBDs(ref) if x.VBD.get_userdevice(v) == "0")
    assert x.SR.get_name_label(x.VDI.get_SR(x.VBD.get_VDI(first))) == target and x.VM.get_power_state(ref) == "Running"


def test_a_disk_that_cannot_move_says_which_and_what_moved(pool, x, config_dir, password_file):
    args = connection_args(pool, password_file)
    ref, name = _vm_where(x, shared=True)
    (source, _), = _disks(x, ref).items()
    target = "iSCSI virtual disk storage" if source.startswith("NFS") else "NFS virtual disk storage"
    drives = sorted((x.VBD.get_userdevice(v), v) for v in x.VM.get_VBDs(ref) if x.VBD.get_type(v) == "Disk")
    (first, first_vbd), (second, second_vbd) = drives[:2]
    x.VBD.unplug(second_vbd)  # a detached disk cannot move live: the server refuses the second
    moved = run(config_dir, "run", "vm.move-storage", name, "--sr", target, "--disk", first, "--disk", second,
                *args)
    assert moved.returncode == 1
    first_name, second_name = (x.VDI.get_name_label(x.VBD.get_VDI(v)) for v in (first_vbd, second_vbd))
    assert moved.stdout == (
        f"{name}: failed: Could not move the disk '{second_name}' to '{target}': Cannot migrate the virtual disk "
        f"'{second_name}' as it is not attached to a running VM. Moved already: '{first_name}'. "
        "(VDI_NEEDS_VM_FOR_MIGRATE)\n")
    assert x.SR.get_name_label(x.VDI.get_SR(x.VBD.get_VDI(first_vbd))) == target
    assert x.SR.get_name_label(x.VDI.get_SR(x.VBD.get_VDI(second_vbd))) == source


def test_a_vm_that_is_not_running_stays_in_its_pool_unless_it_goes_to_another(pool, x, config_dir, password_file):
    args = connection_args(pool, password_file)
    ref, name = _vm_where(x, shared=True)
    x.VM.hard_shutdown(ref)
    refused = run(config_dir, "run", "vm.migrate", name, "--host", "xcp-host-01", *args)
    assert refused.returncode == 1 and refused.stdout == \
        f"{name}: failed: '{name}' cannot move to 'xcp-host-01': '{name}' is shut down.\n"
