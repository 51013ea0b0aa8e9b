"""``main.py run vm.new`` and the disk, DVD and interface commands from the command line, run as the user runs them;
what they made is read back with the official XenAPI SDK (an independent client)."""

from __future__ import annotations

import json

from tests.test_cli import a_vm, connection_args, run, sdk_session

GIB = 1 << 30


def test_vm_new_takes_every_answer_as_a_parameter_and_opens_nothing(small_pool, config_dir, password_file):
    args = connection_args(small_pool, password_file)
    made = run(config_dir, "run", "vm.new", "Synthetic pool", "--template", "Rocky Linux 9",
               "--name", "from the command line", "--install-media", "Rocky-9.3-x86_64-dvd.iso", "--vcpus", "2",
               "--memory-mib", "1536", "--disk", "20GiB;sr=iSCSI virtual disk storage", "--disk", "2GiB;name=swap",
               "--network", "Pool-wide network associated with eth0;limit=2000", "--start", "--json", *args,
               timeout=120)
    assert made.returncode == 0, made.stdout + made.stderr
    line = json.loads(made.stdout)
    assert line["target"] == "Synthetic pool" and line["outcome"] == "ok"
    vm_ref = next(c["ref"] for c in line["created"] if c["class"] == "VM")
    session = sdk_session(small_pool)
    try:
        x = session.xenapi
        vm = x.VM.get_record(vm_ref)
        assert vm["name_label"] == "from the command line" and vm["power_state"] == "Running"
        assert not vm["is_a_template"] and int(vm["memory_static_max"]) == 1536 << 20 and vm["VCPUs_at_startup"] == "2"
        disks = {x.VDI.get_name_label(x.VBD.get_VDI(v)): x.VDI.get_record(x.VBD.get_VDI(v))
                 for v in vm["VBDs"] if x.VBD.get_type(v) == "Disk"}
        assert int(disks["from the command line 0"]["virtual_size"]) == 20 * GIB
        assert x.SR.get_name_label(disks["from the command line 0"]["SR"]) == "iSCSI virtual disk storage"
        assert int(disks["swap"]["virtual_size"]) == 2 * GIB
        (vif,) = vm["VIFs"]
        assert x.VIF.get_qos_algorithm_params(vif) == {"kbps": "2000"}
    finally:
        session.xenapi.session.logout()


def test_vm_new_refusals_and_dry_run(small_pool, config_dir, password_file):
    args = connection_args(small_pool, password_file)
    no_template = run(config_dir, "run", "vm.new", "Synthetic pool", "--name", "x", *args)
    assert no_template.returncode == 1 and "Give the template" in no_template.stdout
    only_target = run(config_dir, "run", "vm.new", "Synthetic pool", *args)
    assert only_target.returncode == 1 and "give --template" in only_target.stdout, "no wizard from here"
    too_many = run(config_dir, "run", "vm.new", "Rocky Linux 9", "--install-media", "Rocky-9.3-x86_64-dvd.iso",
                   "--vcpus", "99", *args)
    assert too_many.returncode == 1
    assert too_many.stdout == "Rocky Linux 9: failed: A VM of this template can have at most 32 vCPUs.\n"
    planned = run(config_dir, "run", "vm.new", "Debian Bookworm 12", "--name", "planned",
                  "--install-media", "debian-12.5.0-amd64-netinst.iso", "--start", "--dry-run", *args)
    assert planned.returncode == 0, planned.stdout + planned.stderr
    lines = planned.stdout.splitlines()
    assert lines[0] == "Debian Bookworm 12: ok (dry run: nothing changed)"
    assert lines[1].startswith("  would call Async.VM.clone(") and "'__gui__planned'" in lines[1]
    assert any("Async.VDI.create(" in line for line in lines) and lines[-1].startswith("  would call Async.VM.start(")
    session = sdk_session(small_pool)
    try:
        assert not [v for v in session.xenapi.VM.get_all_records().values() if "planned" in v["name_label"]]
    finally:
        session.xenapi.session.logout()


def test_disks_and_the_dvd_drive_by_vm_and_position(small_pool, config_dir, password_file):
    args = connection_args(small_pool, password_file)
    session = sdk_session(small_pool)
    try:
        ref, vm = a_vm(session, "Halted")
        name = vm["name_label"]
        grown = run(config_dir, "run", "vdi.properties", f"{name}/0", "--size-gib", "200", "--name", "renamed", *args)
        assert grown.returncode == 0, grown.stdout + grown.stderr
        vbd = next(v for v in session.xenapi.VM.get_VBDs(ref) if session.xenapi.VBD.get_userdevice(v) == "0")
        vdi = session.xenapi.VBD.get_VDI(vbd)
        assert int(session.xenapi.VDI.get_virtual_size(vdi)) == 200 * GIB
        assert session.xenapi.VDI.get_name_label(vdi) == "renamed"
        shrink = run(config_dir, "run", "vdi.properties", f"{name}/0", "--size-gib", "1", *args)
        assert shrink.returncode == 1 and "cannot shrink" in shrink.stdout

        inserted = run(config_dir, "run", "vm.insert-cd", name, "--iso", "guest-tools.iso", *args)
        assert inserted.returncode == 0, inserted.stdout + inserted.stderr
        drive = next(v for v in session.xenapi.VM.get_VBDs(ref) if session.xenapi.VBD.get_type(v) == "CD")
        assert session.xenapi.VDI.get_name_label(session.xenapi.VBD.get_VDI(drive)) == "guest-tools.iso"
        added = run(config_dir, "run", "vm.add-disk", name, "--size-gib", "5", "--sr", "NFS virtual disk storage",
                    "--json", *args)
        assert json.loads(added.stdout)["outcome"] == "ok", added.stdout
        assert len([v for v in session.xenapi.VM.get_VBDs(ref) if session.xenapi.VBD.get_type(v) == "Disk"]) == \
            len([v for v in vm["VBDs"] if session.xenapi.VBD.get_type(v) == "Disk"]) + 1
        window = run(config_dir, "run", "vm.add-disk", name, *args)
        assert window.returncode == 2 and "--size-gib" in window.stderr
    finally:
        session.xenapi.session.logout()


def test_vm_new_on_a_real_database_as_asked(sim_factory, config_dir, password_file):
    """On a XenServer 6.1 pool's database: a PV template installed from a URL, on the SR, networks and server
    asked for, started; the official SDK reads back what was asked."""
    from tests.conftest import XAPI_DBS

    server = sim_factory("--db", str(next(p for p in XAPI_DBS if "Tampa" in p.name)), "--op-seconds", "0.1")
    session = sdk_session(server)
    try:
        x = session.xenapi
        host = sorted(x.host.get_all_records().values(), key=lambda h: h["name_label"])[-1]["name_label"]
        made = run(config_dir, "run", "vm.new", "CentOS 6 (64-bit)", "--name", "centos from a mirror",
                   "--install-media", "http://mirror.example/centos/6/os/x86_64/", "--vcpus", "2",
                   "--memory-mib", "1024", "--sr", "large iSCSI", "--disk-gib", "12", "--disk-gib", "1.5",
                   "--network", "Pool-wide network associated with eth1", "--home-server", host, "--start",
                   "--json", *connection_args(server, password_file), timeout=120)
        assert made.returncode == 0, made.stdout + made.stderr
        assert json.loads(made.stdout)["outcome"] == "ok", made.stdout
        (ref,) = x.VM.get_by_name_label("centos from a mirror")
        vm = x.VM.get_record(ref)
        assert vm["power_state"] == "Running" and x.host.get_name_label(vm["resident_on"]) == host
        assert x.host.get_name_label(vm["affinity"]) == host
        assert (vm["VCPUs_at_startup"], int(vm["memory_static_max"])) == ("2", 1024 << 20)
        assert vm["other_config"]["install-repository"] == "http://mirror.example/centos/6/os/x86_64/"
        disks = sorted((int(x.VDI.get_virtual_size(x.VBD.get_VDI(v))), x.SR.get_name_label(
            x.VDI.get_SR(x.VBD.get_VDI(v)))) for v in vm["VBDs"] if x.VBD.get_type(v) == "Disk")
        assert disks == [(3 * GIB // 2, "large iSCSI"), (12 * GIB, "large iSCSI")]
        (vif,) = vm["VIFs"]
        assert x.network.get_name_label(x.VIF.get_network(vif)) == "Pool-wide network associated with eth1"
    finally:
        session.xenapi.session.logout()
