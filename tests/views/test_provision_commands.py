"""Making VMs and changing their devices through the commands, against the simulator: vm.new from a default and
a custom template (one operation, every step, the VM appearing in the tree complete and booting with a
console), the undo when a step fails, the dry run; disks (add, activate, deactivate, detach, delete, resize),
the DVD drive (insert, eject, create) and network interfaces (add, change, delete), each with XenCenter's
reasons when it cannot run."""

from __future__ import annotations

from live_helpers import Live

from xencenter.model.provision import iso_choices, templates
from xencenter.operations.history import OperationStatus

WAIT = 30_000
GIB = 1 << 30


def wait_done(qtbot, ops) -> None:
    qtbot.waitUntil(lambda: all(op.status.finished for op in ops), timeout=WAIT)


def succeeded(qtbot, ops) -> None:
    wait_done(qtbot, ops)
    assert all(op.status is OperationStatus.SUCCESS for op in ops), [(op.error, op.details) for op in ops]


def template(live: Live, start: str):
    return next(t for t in templates(live.cache) if t.name.startswith(start))


def vm_named(live: Live, name: str):
    return next((vm for vm in live.cache.all("VM") if vm.name == name and not vm.is_a_template), None)


def iso(live: Live, start: str):
    return next(c.vdi for c in iso_choices(live.cache) if c.label.startswith(start))


def test_new_vm_from_a_default_template_is_one_operation_and_boots_with_a_console(qtbot, live):
    debian = template(live, "Debian")
    nfs = next(sr for sr in live.cache.all("SR") if sr.name.startswith("NFS"))
    network = next(n for n in live.cache.all("network") if n.name.endswith("eth1"))
    ops = live.commands["vm.new"].run([], live.context, template=debian, name="built by a test",
                                      iso=iso(live, "debian"), vcpus=2, memory_mib=1024,
                                      disk=[f"16GiB;sr={nfs.name}", "4GiB;name=scratch"],
                                      network=[f"{network.name};mac=02:00:00:00:00:42;limit=1000"])
    assert len(ops) == 1 and ops[0].description == "Creating VM 'built by a test'"
    succeeded(qtbot, ops)
    assert live.prompter.asked == [], "all answers given: no dialog"
    qtbot.waitUntil(lambda: vm_named(live, "built by a test") is not None
                    and vm_named(live, "built by a test").power_state == "Running", timeout=WAIT)
    vm = vm_named(live, "built by a test")
    assert not vm.is_a_template and "disks" not in vm.other_config and vm.VCPUs_at_startup == 2
    assert vm.memory_static_max == vm.memory_dynamic_max == 1024 << 20
    disks = sorted((vbd.userdevice, vbd.VDI.name, vbd.VDI.virtual_size, vbd.VDI.SR.name, vbd.bootable)
                   for vbd in vm.VBDs if not vbd.is_cd)
    assert disks[0] == ("0", "built by a test 0", 16 * GIB, nfs.name, False), "installing from DVD: not bootable"
    assert disks[1][1:3] == ("scratch", 4 * GIB)
    drive = next(vbd for vbd in vm.VBDs if vbd.is_cd)
    assert drive.userdevice == "3" and drive.VDI.name.startswith("debian") and drive.currently_attached
    (vif,) = vm.VIFs
    assert (vif.network.ref, vif.MAC, vif.qos_algorithm_params) == (network.ref, "02:00:00:00:00:42", {"kbps": "1000"})
    assert {c.protocol for c in vm.consoles} == {"rfb", "vt100"}
    calls = [c.method for c in ops[0].log.calls]
    assert calls[:3] == ["VM.clone", "VM.remove_from_other_config", "VM.provision"]
    assert calls[-2:] == ["VM.set_name_label", "VM.start"]
    assert ("VM", vm.ref) in ops[0].log.created


def test_new_vm_from_a_custom_template_keeps_its_disks_and_asks_the_wizard_without_a_template(qtbot, live):
    golden = template(live, "Web server golden image")
    live.prompter.new_vm_answer = {"template": golden, "name": "from the golden image", "start": False}
    ops = live.commands["vm.new"].run([golden], live.context)
    assert live.prompter.asked == [("new vm", golden.name)]
    succeeded(qtbot, ops)
    qtbot.waitUntil(lambda: vm_named(live, "from the golden image") is not None, timeout=WAIT)
    vm = vm_named(live, "from the golden image")
    assert vm.power_state == "Halted"
    (disk,) = [vbd.VDI for vbd in vm.VBDs if not vbd.is_cd]
    original = next(vbd.VDI for vbd in golden.VBDs if not vbd.is_cd)
    assert disk.ref != original.ref and disk.virtual_size == original.virtual_size and disk.SR.ref == original.SR.ref
    assert vm.other_config.get("base_template_name") == golden.name

    live.prompter.new_vm_answer = None
    assert live.commands["vm.new"].run([golden], live.context) == [], "cancelled wizard: nothing runs"


def test_a_failing_step_undoes_everything(qtbot, live):
    from xencenter.commands.devices import creation_record

    debian = template(live, "Debian")
    local = next(sr for sr in live.cache.all("SR") if sr.name == "Local storage")
    home = local.PBDs[0].host
    ops = live.commands["vm.new"].run([], live.context, template=debian, name="doomed", iso=iso(live, "debian"),
                                      home_server=home, disk=[f"100GiB;sr={local.uuid}", f"100GiB;sr={local.uuid}"])
    # meanwhile someone else takes nearly all the space left: the second disk no longer fits
    free = local.physical_size - local.physical_utilisation
    live.connection.session.call("VDI.create", creation_record(
        "VDI", name_label="space hog", SR=local.ref, virtual_size=free - 150 * GIB, type="user"))
    wait_done(qtbot, ops)
    op = ops[0]
    assert op.status is OperationStatus.FAILURE
    assert op.error.startswith("Could not create the disk 'doomed 1'"), op.error
    assert op.error.endswith("Nothing was left behind.") and "insufficient space" in op.error
    assert op.details.startswith("SR_BACKEND_FAILURE_44")
    destroyed = [c.args[0] for c in op.log.calls if c.method in ("VDI.destroy", "VM.destroy")]
    assert len(destroyed) == 2, "the disk made and the clone"
    qtbot.waitUntil(lambda: not any("doomed" in vm.name for vm in live.cache.all("VM")), timeout=WAIT)
    assert not any(vdi.name.startswith("doomed") for vdi in live.cache.all("VDI"))


def test_problems_are_refused_before_anything_is_sent(live):
    debian = template(live, "Debian")
    command = live.commands["vm.new"]
    for params, words in (
        ({"name": "x"}, "Choose an ISO image"),
        ({"name": "x", "iso": iso(live, "debian"), "vcpus": 99}, "at most 32 vCPUs"),
        ({"name": "x", "iso": iso(live, "debian"), "network": ["02:zz"]}, "no network called"),
        ({"name": "x", "iso": iso(live, "debian"), "install": "url", "install_url": "http://x"}, "cannot be installed"),
    ):
        try:
            command.run([], live.context, template=debian, **params)
        except ValueError as exc:
            assert words in str(exc), (words, str(exc))
        else:
            raise AssertionError(f"{params} was not refused")
    assert len(live.context.history) == 0


def test_dry_run_plans_the_calls_and_makes_nothing(qtbot, live, tmp_path):
    from dataclasses import replace

    context = replace(live.context, dry_run=True)
    before = live.cache.count("VM")
    ops = live.commands["vm.new"].run([], context, template=template(live, "Rocky"), name="only planned",
                                      iso=iso(live, "Rocky"))
    succeeded(qtbot, ops)
    methods = [c.method for c in ops[0].log.calls]
    assert methods[0] == "VM.clone" and "VDI.create" in methods and "VBD.insert" in methods
    assert methods[-1] == "VM.start" and ops[0].planned
    assert live.cache.count("VM") == before


def running_vm_with_tools(live: Live):
    return next(vm for vm in live.vms("Running") if vm.guest_metrics is not None
                and vm.guest_metrics.PV_drivers_detected and not vm.is_hvm)


def test_disks_add_activate_deactivate_detach_and_delete(qtbot, live):
    vm = running_vm_with_tools(live)
    sr = next(sr for sr in live.cache.all("SR") if sr.name.startswith("iSCSI"))
    live.prompter.disk_answer = {"size": "3GiB", "sr": sr, "name": "extra", "description": "added"}
    ops = live.commands["vm.disk-add"].run([vm], live.context)
    succeeded(qtbot, ops)

    def extra():
        return next((v for v in live.fresh(vm).VBDs if v.VDI is not None and v.VDI.name == "extra"), None)

    qtbot.waitUntil(lambda: extra() is not None and extra().currently_attached, timeout=WAIT)
    vbd = extra()
    assert vbd.VDI.virtual_size == 3 * GIB and vbd.VDI.SR.ref == sr.ref and vbd.mode == "RW"
    commands = live.commands
    assert commands["vbd.activate"].reason([vbd]) == f"This virtual disk is already active on VM '{vm.name}'."
    succeeded(qtbot, commands["vbd.deactivate"].run([vbd], live.context))
    qtbot.waitUntil(lambda: not extra().currently_attached, timeout=WAIT)
    assert commands["vdi.edit"].run([extra()], live.context, size="5GiB")
    qtbot.waitUntil(lambda: extra().VDI.virtual_size == 5 * GIB, timeout=WAIT)
    succeeded(qtbot, commands["vbd.activate"].run([extra()], live.context))
    qtbot.waitUntil(lambda: extra().currently_attached, timeout=WAIT)
    try:
        commands["vdi.edit"].run([extra()], live.context, size="6GiB")
    except ValueError as exc:
        assert "shut the VM down to resize it" in str(exc)
    else:
        raise AssertionError("a disk in use was resized")

    ops = commands["vbd.detach"].run([extra()], live.context)
    assert "preserving the disk and its data" in live.prompter.asked[-1][1]
    succeeded(qtbot, ops)
    qtbot.waitUntil(lambda: extra() is None, timeout=WAIT)
    vdi = next(v for v in live.cache.all("VDI") if v.name == "extra")
    assert vdi.VBDs == []
    succeeded(qtbot, commands["vm.disk-attach"].run([vm], live.context, vdi=vdi, read_only=True))
    qtbot.waitUntil(lambda: extra() is not None and extra().mode == "RO", timeout=WAIT)
    ops = commands["vdi.delete"].run([extra()], live.context)
    assert "destroying the data" in live.prompter.asked[-1][1]
    succeeded(qtbot, ops)
    qtbot.waitUntil(lambda: live.cache.get("VDI", vdi.ref) is None, timeout=WAIT)
    assert [c.method for c in ops[0].log.calls] == ["VBD.unplug", "VDI.destroy"]


def test_disk_reasons_follow_xencenter(live):
    commands = live.commands
    halted = live.vms("Halted")[0]
    disk = next(v for v in halted.VBDs if not v.is_cd)
    assert commands["vbd.activate"].reason([disk]) == (
        f"It is not possible to activate this virtual disk on VM '{halted.name}' as the VM is not running.")
    suspended = live.vms("Suspended")[0]
    assert "is suspended" in commands["vm.disk-add"].reason([suspended])
    sdisk = next(v for v in suspended.VBDs if not v.is_cd)
    assert commands["vdi.delete"].reason([sdisk]).startswith("Virtual disks cannot be deleted from suspended VMs.")
    running = next(vm for vm in live.vms("Running") if vm.is_hvm
                   and (vm.guest_metrics is None or not vm.guest_metrics.PV_drivers_detected))
    rdisk = next(v for v in running.VBDs if not v.is_cd and v.VDI.record.get("type") == "user")
    assert "install its I/O drivers" in commands["vbd.deactivate"].reason([rdisk])
    system = next(v for v in running.VBDs if not v.is_cd and v.VDI.record.get("type") == "system")
    assert commands["vdi.delete"].reason([system]).startswith("This is the system disk of the running VM")
    cd = next(v for v in halted.VBDs if v.is_cd)
    assert commands["vdi.delete"].reason([cd]) == "Select a virtual disk."


def test_dvd_drive_insert_eject_and_create(qtbot, live):
    vm = live.vms("Halted")[0]
    commands = live.commands
    assert commands["vm.dvd-eject"].reason([vm]) == f"The DVD drive of '{vm.name}' is empty."
    succeeded(qtbot, commands["vm.dvd-insert"].run([vm], live.context, iso=iso(live, "Rocky")))

    def drive():
        return next(v for v in live.fresh(vm).VBDs if v.is_cd)

    qtbot.waitUntil(lambda: not drive().empty, timeout=WAIT)
    ops = commands["vm.dvd-insert"].run([live.fresh(vm)], live.context, iso=iso(live, "debian"))
    succeeded(qtbot, ops)
    assert [c.method for c in ops[0].log.calls] == ["VBD.eject", "VBD.insert"]
    qtbot.waitUntil(lambda: drive().VDI is not None and drive().VDI.name.startswith("debian"), timeout=WAIT)
    succeeded(qtbot, commands["vm.dvd-eject"].run([live.fresh(vm)], live.context))
    qtbot.waitUntil(lambda: drive().empty, timeout=WAIT)
    assert commands["vm.dvd-add"].reason([vm]) == f"'{vm.name}' already has a DVD drive."
    suspended = live.vms("Suspended")[0]
    assert "is suspended" in commands["vm.dvd-insert"].reason([suspended])


def test_interfaces_add_change_and_delete(qtbot, live):
    vm = live.vms("Halted")[1]
    network = next(n for n in live.cache.all("network") if n.name.startswith("VLAN"))
    before = {v.ref for v in vm.VIFs}
    live.prompter.vif_answer = {"network": network, "mac": "", "limit": 0}
    succeeded(qtbot, live.commands["vm.vif-add"].run([vm], live.context))

    def added():
        return next((v for v in live.fresh(vm).VIFs if v.ref not in before), None)

    qtbot.waitUntil(lambda: added() is not None, timeout=WAIT)
    vif = added()
    assert vif.network.ref == network.ref and vif.MAC_autogenerated
    other = next(n for n in live.cache.all("network") if n.name.endswith("eth0"))
    ops = live.commands["vif.edit"].run([vif], live.context, network=other)
    succeeded(qtbot, ops)
    assert [c.method for c in ops[0].log.calls] == ["VIF.move"]
    qtbot.waitUntil(lambda: added().network.ref == other.ref, timeout=WAIT)
    ops = live.commands["vif.edit"].run([added()], live.context, limit=500)
    succeeded(qtbot, ops)
    assert [c.method for c in ops[0].log.calls] == ["VIF.destroy", "VIF.create"]
    qtbot.waitUntil(lambda: added() is not None and added().qos_algorithm_params == {"kbps": "500"}, timeout=WAIT)
    assert added().device == vif.device and added().MAC_autogenerated
    ops = live.commands["vif.delete"].run([added()], live.context)
    succeeded(qtbot, ops)
    qtbot.waitUntil(lambda: added() is None, timeout=WAIT)


def test_a_pv_template_of_a_real_database_installs_from_a_url(qtbot, sim_factory, tmp_path):
    from live_helpers import connect_live

    from tests.conftest import XAPI_DBS

    server = sim_factory("--db", str(next(p for p in XAPI_DBS if "Tampa" in p.name)), "--op-seconds", "0.1")
    real = connect_live(qtbot, server, tmp_path)
    try:
        centos = template(real, "CentOS 6 (64-bit)")
        url = "http://mirror.example/centos/6/os/x86_64/"
        ops = real.commands["vm.new"].run([], real.context, template=centos, name="from a mirror",
                                          install_url=url, boot_args="console=hvc0", start=False)
        succeeded(qtbot, ops)
        qtbot.waitUntil(lambda: vm_named(real, "from a mirror") is not None, timeout=WAIT)
        vm = vm_named(real, "from a mirror")
        assert vm.other_config["install-repository"] == url and vm.PV_args == "console=hvc0"
        assert vm.PV_bootloader == "eliloader" and "default_template" not in vm.other_config
        (disk,) = [v for v in vm.VBDs if not v.is_cd]
        assert disk.bootable and disk.VDI.virtual_size == 8 * GIB
        assert disk.VDI.SR.ref == real.cache.pool().default_SR.ref
    finally:
        real.connection.shutdown(5)


def test_move_a_disk_of_a_shut_down_vm(qtbot, live):
    vm = live.vms("Halted")[2]
    vbd = next(v for v in vm.VBDs if not v.is_cd and v.VDI.SR.shared)
    name, size, position = vbd.VDI.name, vbd.VDI.virtual_size, vbd.userdevice
    target = next(sr for sr in live.cache.all("SR") if sr.shared and not sr.name.startswith("ISO")
                  and sr.ref != vbd.VDI.SR.ref)
    running = live.vms("Running")[0]
    rdisk = next(v for v in running.VBDs if not v.is_cd)
    assert "shut it down to move the disk" in live.commands["vdi.move"].reason([rdisk])
    live.prompter.move_answer = {"sr": target}
    ops = live.commands["vdi.move"].run([vbd], live.context)
    assert live.prompter.asked[-1] == ("move disk", name)
    succeeded(qtbot, ops)
    assert [c.method for c in ops[0].log.calls] == ["VDI.copy", "VBD.destroy", "VBD.create", "VDI.destroy"]

    def moved():
        return next((v for v in live.fresh(vm).VBDs if v.userdevice == position and v.VDI is not None), None)

    qtbot.waitUntil(lambda: moved() is not None and moved().VDI.SR.ref == target.ref, timeout=WAIT)
    assert (moved().VDI.name, moved().VDI.virtual_size) == (name, size)
    assert live.cache.get("VDI", vbd.ref_of("VDI")) is None
