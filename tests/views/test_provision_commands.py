"""Making VMs and changing their devices through the commands, against the simulator: vm.new from a default and
a custom template (one operation, every step, the VM appearing in the tree complete and booting with a
console), the undo when a step fails, the dry run; disks (add, activate, deactivate, detach, delete, resize),
the DVD drive (insert, eject, create) and network interfaces (add, change, delete), each with XenCenter's
reasons when it cannot run."""

from __future__ import annotations

import pytest
from live_helpers import Live

from xencenter.commands.devices import creation_record
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
                                      install_media=iso(live, "debian").name, vcpus=2, memory_mib=1024, start=True,
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
    local = next(sr for sr in live.cache.all("SR") if sr.name_without_host == "Local storage")
    home = local.PBDs[0].host
    ops = live.commands["vm.new"].run([], live.context, template=debian, name="doomed",
                                      install_media=iso(live, "debian").uuid,
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
        ({"name": "x", "install_media": "debian-12.5.0-amd64-netinst.iso", "vcpus": 99}, "at most 32 vCPUs"),
        ({"name": "x", "install_media": "debian-12.5.0-amd64-netinst.iso", "network": ["02:zz"]},
         "no network called"),
        ({"name": "x", "install_media": "http://x"}, "cannot be installed"),
        ({"name": "x", "install_media": "no such disc"}, "no ISO image or DVD drive called 'no such disc'"),
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
                                      install_media=iso(live, "Rocky").name, start=True)
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
    live.prompter.disk_answer = {"size_gib": 3, "sr": sr, "name": "extra", "description": "added"}
    ops = live.commands["vm.add-disk"].run([vm], live.context)
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
    assert commands["vdi.properties"].run([extra()], live.context, size_gib=5)
    qtbot.waitUntil(lambda: extra().VDI.virtual_size == 5 * GIB, timeout=WAIT)
    succeeded(qtbot, commands["vbd.activate"].run([extra()], live.context))
    qtbot.waitUntil(lambda: extra().currently_attached, timeout=WAIT)
    try:
        commands["vdi.properties"].run([extra()], live.context, size_gib=6)
    except ValueError as exc:
        assert "shut the VM down to resize it" in str(exc)
    else:
        raise AssertionError("a disk in use was resized offline")

    ops = commands["vm.detach-disk"].run([extra()], live.context)
    assert "preserving the disk and its data" in live.prompter.asked[-1][1]
    succeeded(qtbot, ops)
    qtbot.waitUntil(lambda: extra() is None, timeout=WAIT)
    vdi = next(v for v in live.cache.all("VDI") if v.name == "extra")
    assert vdi.VBDs == []
    succeeded(qtbot, commands["vm.attach-disk"].run([vm], live.context, vdi=vdi, read_only=True))
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
    assert "is suspended" in commands["vm.add-disk"].reason([suspended])
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
    assert commands["vm.eject-cd"].reason([vm]) == f"The DVD drive of '{vm.name}' is empty."
    succeeded(qtbot, commands["vm.insert-cd"].run([vm], live.context, iso=iso(live, "Rocky")))

    def drive():
        return next(v for v in live.fresh(vm).VBDs if v.is_cd)

    qtbot.waitUntil(lambda: not drive().empty, timeout=WAIT)
    ops = commands["vm.insert-cd"].run([live.fresh(vm)], live.context, iso=iso(live, "debian"))
    succeeded(qtbot, ops)
    assert [c.method for c in ops[0].log.calls] == ["VBD.eject", "VBD.insert"]
    qtbot.waitUntil(lambda: drive().VDI is not None and drive().VDI.name.startswith("debian"), timeout=WAIT)
    succeeded(qtbot, commands["vm.eject-cd"].run([live.fresh(vm)], live.context))
    qtbot.waitUntil(lambda: drive().empty, timeout=WAIT)
    assert commands["vm.add-cd-drive"].reason([vm]) == f"'{vm.name}' already has a DVD drive."
    suspended = live.vms("Suspended")[0]
    assert "is suspended" in commands["vm.insert-cd"].reason([suspended])


def test_interfaces_add_change_and_delete(qtbot, live):
    vm = live.vms("Halted")[1]
    network = next(n for n in live.cache.all("network") if n.name.startswith("VLAN"))
    before = {v.ref for v in vm.VIFs}
    live.prompter.vif_answer = {"network": network, "mac": "", "limit": 0}
    succeeded(qtbot, live.commands["vm.add-nic"].run([vm], live.context))

    def added():
        return next((v for v in live.fresh(vm).VIFs if v.ref not in before), None)

    qtbot.waitUntil(lambda: added() is not None, timeout=WAIT)
    vif = added()
    assert vif.network.ref == network.ref and vif.MAC_autogenerated
    other = next(n for n in live.cache.all("network") if n.name.endswith("eth0"))
    ops = live.commands["vif.properties"].run([vif], live.context, network=other)
    succeeded(qtbot, ops)
    assert [c.method for c in ops[0].log.calls] == ["VIF.move"]
    qtbot.waitUntil(lambda: added().network.ref == other.ref, timeout=WAIT)
    ops = live.commands["vif.properties"].run([added()], live.context, limit=500)
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
                                          install_media=url, boot_args="console=hvc0")
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
    assert live.commands["vdi.move"].reason([rdisk]) == "", "a running VM's disk moves live (vdi.migrate)"
    suspended = live.vms("Suspended")[0]
    sdisk = next(v for v in suspended.VBDs if not v.is_cd)
    assert "shut it down to move the disk" in live.commands["vdi.move"].reason([sdisk])
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


def test_copy_a_vm_fast_and_in_full(qtbot, live):
    vm = live.vms("Halted")[3]
    commands = live.commands
    running = live.vms("Running")[0]
    assert commands["vm.copy"].reason([running]) == f"'{running.name}' is running: shut it down to copy it."
    succeeded(qtbot, commands["vm.copy"].run([vm], live.context, name="fast copy", description="cloned"))
    qtbot.waitUntil(lambda: vm_named(live, "fast copy") is not None
                    and vm_named(live, "fast copy").description == "cloned", timeout=WAIT)
    fast = vm_named(live, "fast copy")
    assert {v.VDI.SR.ref for v in fast.VBDs if not v.is_cd} == {v.VDI.SR.ref for v in vm.VBDs if not v.is_cd}

    iscsi = next(sr for sr in live.cache.all("SR") if sr.name.startswith("iSCSI"))
    live.prompter.copy_answer = {"name": "full copy", "description": "", "sr": iscsi}
    ops = commands["vm.copy"].run([vm], live.context)
    assert live.prompter.asked[-1] == ("copy", vm.name)
    succeeded(qtbot, ops)
    assert ops[0].log.calls[0].method == "VM.copy"
    qtbot.waitUntil(lambda: vm_named(live, "full copy") is not None, timeout=WAIT)
    full = vm_named(live, "full copy")
    assert {v.VDI.SR.ref for v in full.VBDs if not v.is_cd} == {iscsi.ref}
    assert len([v for v in full.VBDs if not v.is_cd]) == len([v for v in vm.VBDs if not v.is_cd])


def test_templates_from_vms_and_snapshots_then_vms_from_them(qtbot, live):
    commands = live.commands
    vm = live.vms("Halted")[-1]
    ops = commands["vm.to-template"].run([vm], live.context)
    assert "This cannot be undone." in live.prompter.asked[-1][1]
    succeeded(qtbot, ops)
    qtbot.waitUntil(lambda: live.fresh(vm).is_a_template, timeout=WAIT)
    template = live.fresh(vm)
    assert template.other_config["instant"] == "true"
    assert commands["vm.to-template"].reason([live.vms("Running")[0]]).endswith("is running.")

    snapshot = next(s for s in live.cache.all("VM") if s.is_snapshot)
    succeeded(qtbot, commands["snapshot.to-template"].run([snapshot], live.context, name="saved as template"))
    qtbot.waitUntil(lambda: any(t.name == "saved as template" and t.description for t in live.cache.all("VM")),
                    timeout=WAIT)
    saved = next(t for t in live.cache.all("VM") if t.name == "saved as template")
    assert saved.is_a_template and not saved.is_snapshot and snapshot.name in saved.description

    assert commands["template.new-vm"].run([saved], live.context) == []
    assert live.prompter.asked[-1] == ("new vm", saved.name), "no parameters: the wizard, the template chosen"
    succeeded(qtbot, commands["snapshot.new-vm"].run([snapshot], live.context, name="from a snapshot"))
    qtbot.waitUntil(lambda: vm_named(live, "from a snapshot") is not None, timeout=WAIT)
    made = vm_named(live, "from a snapshot")
    assert not made.is_a_template and made.power_state == "Halted"
    assert len([v for v in made.VBDs if not v.is_cd]) == len([v for v in snapshot.VBDs if not v.is_cd])

    default = template_of(live, "Debian")
    assert commands["template.delete"].reason([default]) == f"'{default.name}' is a default template: it comes with " \
                                                            "the server."
    disks = [v.VDI.ref for v in saved.VBDs if not v.is_cd]
    ops = commands["template.delete"].run([saved], live.context)
    assert f"{len(disks)} virtual disk" in live.prompter.asked[-1][1]
    succeeded(qtbot, ops)
    qtbot.waitUntil(lambda: live.cache.get("VM", saved.ref) is None, timeout=WAIT)
    assert all(live.cache.get("VDI", ref) is None for ref in disks)


def template_of(live: Live, start: str):
    return template(live, start)


MADE_CLASSES = ("VM", "VBD", "VDI", "VIF")


def census(live: Live) -> dict[str, set[str]]:
    return {cls: set(live.cache.refs(cls)) for cls in MADE_CLASSES}


@pytest.mark.parametrize("method", [
    "VM.clone", "VM.provision", "VM.set_VCPUs_at_startup", "VM.add_to_platform", "VM.set_memory_limits",
    "VBD.create", "VBD.insert", "VDI.create", "VM.set_suspend_SR", "VIF.destroy", "VIF.create",
    "VM.set_name_label",
])
def test_a_failure_at_any_step_leaves_nothing_behind(qtbot, live, method):
    """Each call of vm.new made to fail (the simulator's ``sim.fail``): the message names the step, and what the
    steps before it made is gone."""
    before = census(live)
    live.connection.session.call("sim.fail", "INTERNAL_ERROR", method, 1, ["injected by the test"])
    custom = method == "VIF.destroy"  # the golden image has no interface of its own: give the clone one to drop
    golden = template(live, "Web server golden image")
    network = pv_network(live)
    if custom:
        live.connection.session.call("VIF.create", creation_record(
            "VIF", device="0", network=network.ref, VM=golden.ref, MAC="02:00:00:00:00:99", MTU=1500))
        qtbot.waitUntil(lambda: bool(live.fresh(golden).VIFs), timeout=WAIT)
        before = census(live)
    params = dict(template=live.fresh(golden), name="never") if custom else dict(
        template=template(live, "Debian"), name="never", install_media=iso(live, "debian").name, vcpus=1,
        vcpus_max=2, memory_mib=1024, disk_gib=[4.0])
    ops = live.commands["vm.new"].run([], live.context, **params)
    wait_done(qtbot, ops)
    op = ops[0]
    assert op.status is OperationStatus.FAILURE, op.calls if hasattr(op, "calls") else None
    assert op.error.startswith("Could not ") and "internal error" in op.error, op.error
    assert op.error.endswith("Nothing was left behind.") or method == "VM.clone", op.error
    assert op.details.startswith("INTERNAL_ERROR")
    qtbot.waitUntil(lambda: census(live) == before, timeout=WAIT)


def test_a_vm_that_will_not_start_stays(qtbot, live):
    live.connection.session.call("sim.fail", "HOST_NOT_ENOUGH_FREE_MEMORY", "VM.start", 1)
    ops = live.commands["vm.new"].run([], live.context, template=template(live, "Rocky"), name="stays",
                                      install_media=iso(live, "Rocky").name, start=True)
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.FAILURE
    assert ops[0].error.startswith("Could not start the new VM 'stays': No server has enough free memory")
    assert ops[0].error.endswith("The VM 'stays' was made and stays, shut down.")
    qtbot.waitUntil(lambda: vm_named(live, "stays") is not None, timeout=WAIT)
    assert vm_named(live, "stays").power_state == "Halted"


def pv_network(live: Live):
    return next(n for n in live.cache.all("network") if n.name.endswith("eth0"))
