"""XenCenter's Enter Maintenance Mode dialog on the simulator: the coordinator's VMs with where they go or, in
XenCenter's words, what blocks them (``host.get_vms_which_prevent_evacuation``) with its solution (suspend or
shut down the VM, from the row), the new coordinator to choose,
and the command handing the pool over once the VMs have moved (the connection follows the new coordinator)."""

from __future__ import annotations

import os

import XenAPI
from test_commands import on_local_storage, wait_done

from xencenter.connection import ConnectionState
from xencenter.operations.history import OperationStatus
from xencenter.views.maintenance_dialog import MaintenanceDialog

WAIT = 30_000


def rows(dialog) -> dict[str, str]:
    tree = dialog.vms
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}


def test_the_dialog_shows_blockers_then_hands_the_pool_over(qtbot, live, tmp_path):
    coordinator = live.cache.pool().master
    guests = [vm for vm in coordinator.resident_VMs if not vm.is_control_domain and vm.power_state != "Halted"]
    local = [vm for vm in guests if on_local_storage(vm)]
    assert local and len(guests) > len(local), "the coordinator runs VMs on local and on shared storage"
    for vm in guests:
        if vm.power_state == "Paused":
            live.connection.session.call("VM.unpause", vm.ref)
    qtbot.waitUntil(lambda: all(live.fresh(vm).power_state == "Running" for vm in guests), timeout=WAIT)

    dialog = MaintenanceDialog(live.context, coordinator)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.scanning, timeout=WAIT)
    shown = rows(dialog)
    assert set(shown) == {vm.name for vm in guests}
    for vm in local:
        solution = "Suspend the VM" if "suspend" in vm.allowed_operations else "Shut down the VM"
        assert shown[vm.name] == f"This VM uses local storage. {solution}"
    members = sorted(h.name for h in live.cache.all("host") if h.ref != coordinator.ref)
    for vm in guests:
        if vm not in local:
            assert shown[vm.name] in {f"Will be migrated to '{name}'" for name in members}, shown
    assert not dialog.ok.isEnabled()
    assert dialog.error.text() == "Suspend or shut down the VMs that cannot be migrated, then check again."
    assert [dialog.coordinator.itemText(i) for i in range(dialog.coordinator.count())] == members
    if os.environ.get("XENCENTER_SCREENSHOTS"):
        dialog.grab().save(str(tmp_path / "maintenance_dialog.png"))

    for vm in local:  # XenCenter's solution: activate the row, the VM is suspended or shut down, then a new scan
        item = next(dialog.vms.topLevelItem(i) for i in range(dialog.vms.topLevelItemCount())
                    if dialog.vms.topLevelItem(i).text(0) == vm.name)
        dialog.vms.itemActivated.emit(item, 0)
        assert item.text(1) in ("Suspending VM...", "Shutting down VM...")
    qtbot.waitUntil(lambda: not dialog.solving and not dialog.scanning, timeout=WAIT)
    assert all(live.fresh(vm).power_state in ("Halted", "Suspended") for vm in local)
    dialog.again.click()
    qtbot.waitUntil(lambda: not dialog.scanning, timeout=WAIT)
    assert set(rows(dialog)) == {vm.name for vm in guests if vm not in local}
    assert dialog.ok.isEnabled() and not dialog.error.isVisible()
    dialog.coordinator.setCurrentIndex(1)
    answer = dialog.answer()
    new = answer["new_coordinator"]
    assert new.name == members[1] and answer["confirmed"]

    live.prompter.maintenance_answer = answer
    asked_before = len(live.prompter.asked)
    ops = live.commands["host.maintenance-enter"].run([live.fresh(coordinator)], live.context)
    assert len(live.prompter.asked) == asked_before, "the dialog was the confirmation"
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    qtbot.waitUntil(lambda: live.connection.state is ConnectionState.CONNECTED
                    and live.cache.pool() is not None and live.cache.pool().master.ref == new.ref, timeout=WAIT)
    assert live.connection.coordinator.host == new.address
    old = live.cache.get("host", coordinator.ref)
    assert not old.enabled and old.other_config.get("MAINTENANCE_MODE") == "true"
    assert not [vm for vm in old.resident_VMs if not vm.is_control_domain]
    # the cache the window shows is the server's own, read with the official SDK from the new coordinator
    address = live.connection.coordinator
    sdk = XenAPI.Session(f"https://{address.host}:{address.port}", ignore_ssl=True)
    sdk.xenapi.login_with_password("root", "xenroot", "1.0", "tests")
    try:
        def server_view() -> tuple:
            hosts = sdk.xenapi.host.get_all_records()
            vms = sdk.xenapi.VM.get_all_records()
            return (sdk.xenapi.pool.get_master(sdk.xenapi.pool.get_all()[0]),
                    sorted((r, h["enabled"], h["other_config"].get("MAINTENANCE_MODE")) for r, h in hosts.items()),
                    sorted((r, v["power_state"], v["resident_on"]) for r, v in vms.items() if not v["is_a_template"]))

        def cache_view() -> tuple:
            cache = live.cache
            return (cache.pool().ref_of("master"),
                    sorted((h.ref, bool(h.enabled), h.other_config.get("MAINTENANCE_MODE")) for h in cache.all("host")),
                    sorted((v.ref, v.power_state, v.ref_of("resident_on") or "OpaqueRef:NULL")
                           for v in cache.all("VM") if not v.is_a_template))

        qtbot.waitUntil(lambda: cache_view() == server_view(), timeout=WAIT)
    finally:
        sdk.xenapi.session.logout()
