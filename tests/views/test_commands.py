"""Commands on the simulator: what may run and why not, background runs with history, and the tree following
the results through events alone (nothing is refreshed by hand)."""

from __future__ import annotations

from live_helpers import Live

from xencenter.commands.vm import StartCommand, own_disks
from xencenter.connection import ConnectionState
from xencenter.operations.connections import ServerItem
from xencenter.operations.history import OperationStatus
from xencenter.views.tree_model import IconKeyRole, KindRole, ObjectRole

WAIT = 20_000


def row_of(live: Live, obj):
    rows = live.model.indexes_of(live.source, obj.ref)
    return rows[0] if rows else None


def icon_of(live: Live, obj) -> str | None:
    row = row_of(live, obj)
    return row.data(IconKeyRole) if row is not None else None


def wait_done(qtbot, ops) -> None:
    qtbot.waitUntil(lambda: all(op.status.finished for op in ops), timeout=WAIT)


def test_start_turns_the_icon_green_through_events(qtbot, live):
    vm = live.vms("Halted")[0]
    assert icon_of(live, vm) == "vm:halted"
    ops = live.commands["vm.start"].run([vm], live.context)
    assert [op.description for op in ops] == [f"Starting VM '{vm.name}'"]
    qtbot.waitUntil(lambda: icon_of(live, vm) == "vm:running", timeout=WAIT)
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS and ops[0].progress == 1.0
    assert live.fresh(vm).power_state == "Running"
    host = live.fresh(vm).resident_on
    assert row_of(live, vm).parent().data(ObjectRole)[2] == host.ref


def test_reasons_follow_the_power_state(live):
    commands = live.commands
    running, halted = live.vms("Running")[0], live.vms("Halted")[0]
    assert commands["vm.start"].reason([running]) == f"'{running.name}' is running."
    assert commands["vm.unpause"].reason([halted]) == f"'{halted.name}' is shut down."
    assert commands["vm.pause"].can_run([running])
    assert commands["vm.start"].can_run([running, halted])
    assert commands["vm.start"].targets([running, halted]) == [halted]
    template = next(v for v in live.cache.all("VM") if v.is_a_template)
    assert commands["vm.start"].reason([template]) == "Select a VM."
    assert commands["vm.start"].reason([]) == "Select a VM."
    host = live.cache.all("host")[0]
    assert commands["host.maintenance-exit"].reason([host]) == f"'{host.name}' is not in maintenance mode."
    assert commands["host.maintenance-enter"].can_run([host])
    assert commands["vm.properties"].reason([running, halted]) == "Select one VM to see its properties."


def test_a_refused_operation_is_explained_with_the_raw_code_in_details(qtbot, live):
    running = live.vms("Running")[0]
    op = StartCommand().run_on(running, live.context)  # bypasses can_run on purpose
    wait_done(qtbot, [op])
    assert op.status is OperationStatus.FAILURE
    assert "must be shut down" in op.error and running.name in op.error
    assert op.details.startswith("VM_BAD_POWER_STATE")
    assert live.prompter.errors == [(f"Starting VM '{running.name}' failed", op.error, op.details)]


def test_force_shutdown_asks_first(qtbot, live):
    vm = live.vms("Running")[0]
    command = live.commands["vm.force-shutdown"]
    live.prompter.confirm_answer = False
    assert command.run([vm], live.context) == []
    assert len(live.context.history) == 0
    live.prompter.confirm_answer = True
    ops = command.run([vm], live.context)
    qtbot.waitUntil(lambda: icon_of(live, vm) == "vm:halted", timeout=WAIT)
    wait_done(qtbot, ops)
    assert len(live.prompter.asked) == 2 and vm.name in live.prompter.asked[0][1]


def test_bulk_start_runs_one_operation_per_vm(qtbot, live):
    halted = live.vms("Halted")[:3]
    ops = live.commands["vm.start"].run([*halted, live.vms("Running")[0]], live.context)
    assert len(ops) == len(halted)
    wait_done(qtbot, ops)
    assert all(op.status is OperationStatus.SUCCESS for op in ops)
    qtbot.waitUntil(lambda: all(icon_of(live, vm) == "vm:running" for vm in halted), timeout=WAIT)


def test_start_on_a_chosen_server(qtbot, live):
    vm = live.vms("Halted")[0]
    command = live.commands["vm.start-on"]
    hosts = command.hosts([vm])
    assert len(hosts) == live.cache.count("host")
    target = hosts[-1][0]
    ops = command.run([vm], live.context, host=target)
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    # the task's success can be seen before the VM's event reaches the cache
    qtbot.waitUntil(lambda: live.fresh(vm).resident_on is not None, timeout=WAIT)
    assert live.fresh(vm).resident_on.ref == target.ref
    qtbot.waitUntil(lambda: row_of(live, vm) is not None
                    and row_of(live, vm).parent().data(ObjectRole)[2] == target.ref, timeout=WAIT)


def test_rename_tags_and_folder_reach_the_tree(qtbot, live):
    vm = live.vms("Halted")[0]
    ops = live.commands["vm.rename"].run([vm], live.context, name="renamed by a test")
    wait_done(qtbot, ops)
    qtbot.waitUntil(lambda: row_of(live, vm).data() == "renamed by a test", timeout=WAIT)

    ops = live.commands["object.tags"].run([vm], live.context, tags=["blue", *vm.tags], folder="/Lab/Bench")
    wait_done(qtbot, ops)
    assert all(op.status is OperationStatus.SUCCESS for op in ops), [op.error for op in ops]
    qtbot.waitUntil(lambda: "blue" in live.fresh(vm).tags and live.fresh(vm).folder == "/Lab/Bench",
                    timeout=WAIT)
    live.model.set_view("folders")
    qtbot.waitUntil(lambda: any(i.parent().data() == "Bench" for i in live.model.indexes_of(live.source, vm.ref)),
                    timeout=WAIT)


def test_snapshot_and_delete(qtbot, live):
    vm = live.vms("Halted")[0]
    ops = live.commands["vm.snapshot"].run([vm], live.context, name="before the test")
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    assert any(s.name == "before the test" and s.snapshot_of.ref == vm.ref
               for s in live.cache.all("VM") if s.is_snapshot)

    doomed = live.vms("Halted")[-1]
    disks = own_disks(doomed)
    ops = live.commands["vm.delete"].run([doomed], live.context)
    assert "cannot be undone" in live.prompter.asked[-1][1]
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    qtbot.waitUntil(lambda: row_of(live, doomed) is None, timeout=WAIT)
    assert live.fresh(doomed) is None
    assert all(live.cache.get("VDI", ref) is None for ref in disks)


def test_disconnect_then_reconnect_with_the_saved_password(qtbot, live):
    pool = live.cache.pool()
    live.commands["server.disconnect"].run([pool], live.context)
    qtbot.waitUntil(lambda: live.connection.state is ConnectionState.DISCONNECTED, timeout=WAIT)
    qtbot.waitUntil(lambda: live.model.index(0, 0).data(KindRole) == "connection", timeout=WAIT)
    top = live.model.index(0, 0)
    assert top.data() == pool.name and top.data(IconKeyRole) == "connection:disconnected"
    item = ServerItem(live.connection, top.data())
    assert live.commands["vm.start"].reason([item]) == "Select a VM."
    assert live.commands["server.reconnect"].can_run([item])
    live.commands["server.reconnect"].run([item], live.context)
    qtbot.waitUntil(lambda: live.connection.state is ConnectionState.CONNECTED, timeout=WAIT)
    qtbot.waitUntil(lambda: live.model.index(0, 0).data(KindRole) == "pool", timeout=WAIT)
    assert live.prompter.connect_requests == []


def look_of(live: Live, host) -> str:
    """The host's tree icon without the coordinator badge: live, maintenance or dead."""
    return (icon_of(live, host) or "").split(":")[1]


def guests_on(live: Live, host) -> list:
    return [vm for vm in live.fresh(host).resident_VMs if not vm.is_control_domain]


def on_local_storage(vm) -> bool:
    """A disk of the VM is on storage only its host sees: evacuation cannot move it (VM_REQUIRES_SR)."""
    return any(vbd.VDI is not None and vbd.VDI.SR is not None and not vbd.VDI.SR.shared for vbd in vm.VBDs)


def busiest_host(live: Live):
    """The host with the most running VMs, its paused ones (which cannot migrate) unpaused and those on local
    storage (which cannot leave it) shut down."""
    host = max(live.cache.all("host"), key=lambda h: sum(vm.power_state == "Running" for vm in guests_on(live, h)))
    for vm in guests_on(live, host):
        if on_local_storage(vm):
            live.connection.session.call("VM.hard_shutdown", vm.ref)
        elif vm.power_state == "Paused":
            live.connection.session.call("VM.unpause", vm.ref)
    return host


def test_maintenance_mode_migrates_the_vms_away_and_back_out(qtbot, live):
    host = busiest_host(live)
    running = [vm.ref for vm in guests_on(live, host) if not on_local_storage(vm)]
    assert running
    ops = live.commands["host.maintenance-enter"].run([host], live.context)
    assert live.prompter.asked and "maintenance mode" in live.prompter.asked[0][1]
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    qtbot.waitUntil(lambda: look_of(live, host) == "maintenance", timeout=WAIT)
    qtbot.waitUntil(lambda: not guests_on(live, host), timeout=WAIT)
    for ref in running:
        vm = live.cache.get("VM", ref)
        assert vm.power_state == "Running" and vm.resident_on.ref != host.ref
    assert live.commands["host.maintenance-enter"].reason([live.fresh(host)]) == \
        f"'{host.name}' is already in maintenance mode."
    exit_ops = live.commands["host.maintenance-exit"].run([live.fresh(host)], live.context)
    wait_done(qtbot, exit_ops)
    assert exit_ops[0].status is OperationStatus.SUCCESS
    qtbot.waitUntil(lambda: live.fresh(host).enabled and look_of(live, host) == "live", timeout=WAIT)


def test_maintenance_mode_never_leaves_a_host_half_done(qtbot, live):
    """If the evacuation fails the host is enabled again (XenCenter's rule) and the failure is explained."""
    host = busiest_host(live)
    huge = live.vms("Halted")[0]
    session = live.connection.session
    session.call("VM.set_memory_limits", huge.ref, 1 << 30, 250 << 30, 250 << 30, 250 << 30)  # fits nowhere else
    session.call("VM.start_on", huge.ref, host.ref, False, False)
    qtbot.waitUntil(lambda: live.fresh(huge).power_state == "Running", timeout=WAIT)
    ops = live.commands["host.maintenance-enter"].run([live.fresh(host)], live.context)
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.FAILURE
    assert ops[0].details == f"HOST_NOT_ENOUGH_FREE_MEMORY {huge.ref}" and live.prompter.errors
    qtbot.waitUntil(lambda: live.fresh(host).enabled and look_of(live, host) == "live", timeout=WAIT)
    assert live.fresh(huge).resident_on.ref == host.ref
    assert live.commands["host.maintenance-enter"].can_run([live.fresh(host)])


def test_reboot_server_shuts_its_vms_down_and_comes_back(qtbot, live):
    host = busiest_host(live)
    running = [vm.ref for vm in guests_on(live, host)]
    assert running and live.fresh(host).boot_time is None
    ops = live.commands["host.reboot"].run([host], live.context)
    assert live.prompter.asked[-1][0] == "Reboot Server"
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    qtbot.waitUntil(lambda: live.fresh(host).boot_time is not None, timeout=WAIT)
    assert all(live.cache.get("VM", ref).power_state == "Halted" for ref in running)
    qtbot.waitUntil(lambda: live.fresh(host).enabled and look_of(live, host) == "live", timeout=WAIT)


def test_the_events_tab_shows_the_xenapi_calls_an_operation_made(qtbot, live):
    from xencenter.views.tabs.events import EventsPage

    vm = live.vms("Running")[0]
    page = EventsPage(live.context)
    qtbot.addWidget(page)
    page.show()
    ops = live.commands["vm.snapshot"].run([vm], live.context, name="for the events tab")
    wait_done(qtbot, ops)
    page.view.setCurrentIndex(page.model.index(0, 0))
    details = page.details.toPlainText()
    assert f"XenAPI calls:\n  Async.VM.snapshot({vm.ref!r}, 'for the events tab', [])" in details
    (made,) = ops[0].log.created
    assert made[0] == "VM"
    qtbot.waitUntil(lambda: getattr(live.cache.get("VM", made[1]), "name", "") == "for the events tab", timeout=WAIT)
    assert f"Created: VM {made[1]}" in details
