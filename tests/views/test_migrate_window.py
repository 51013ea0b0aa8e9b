"""Migration from the window against the simulator: the Migrate to Server submenu's reasons (the same verdicts
as the server's own VM.assert_can_boot_here), an intra-pool migration in the Events tab with its progress and
XenAPI calls, cancelled mid-way from there, storage motion, and the cross-pool wizard (its pages, its precheck in
words) migrating to a second simulator, also when that destination goes away."""

from __future__ import annotations

from pathlib import Path

import pytest
from live_helpers import PASSWORD, USER, Live, connect_live

from xencenter.connection import ConnectionState
from xencenter.model.migration import CURRENT_SERVER, NEEDS_STORAGE, boot_reason
from xencenter.operations.history import OperationStatus
from xencenter.views.tabs.events import EventsPage
from xencenter.views.wizards.cross_pool import CrossPoolMigrateWizard
from xencenter.xenapi.address import ServerAddress
from xencenter.xenapi.errors import Failure

WAIT = 30_000
SHOTS = Path("/tmp/shots")


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "6", "--op-seconds", "0.5")


@pytest.fixture
def live(qtbot, pool, tmp_path):
    live = connect_live(qtbot, pool, tmp_path)
    yield live
    live.context.connections.shutdown(5)


def host_named(cache, name):
    return next(h for h in cache.all("host") if h.name == name)


def shared_vm(live: Live, host: str = "xcp-host-02"):
    return next(vm for vm in live.vms("Running") if vm.resident_on.name == host
                and all(not vbd.VDI.SR.is_local for vbd in vm.VBDs if vbd.VDI is not None))


def wait_done(qtbot, ops) -> None:
    qtbot.waitUntil(lambda: all(op.status.finished for op in ops), timeout=WAIT)


def run_from_dialog(qtbot, live: Live, command: str, vm, asked: str) -> list[str]:
    """Run ``command`` on the VM as the menus do (its dialog answering); the calls the operation made."""
    ops = live.commands[command].run([vm], live.context)
    assert live.prompter.asked == [(asked, vm.name)]
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    calls = [c.text for c in ops[0].log.calls]
    assert calls[0].startswith("host.migrate_receive(") and calls[1].startswith("Async.VM.migrate_send(")
    return calls


def test_the_submenu_gives_every_host_with_the_servers_verdict(qtbot, live):
    session = live.connection.session
    for vm in live.vms("Running"):
        for host in live.cache.all("host"):
            reason = boot_reason(vm, host)
            try:
                session.call("VM.assert_can_boot_here", vm.ref, host.ref)
                server = ""
            except Failure as exc:
                server = exc.code
            assert bool(reason) == bool(server) or reason == CURRENT_SERVER, (vm.name, host.name, reason, server)
            assert (reason == NEEDS_STORAGE) == (server == "VM_REQUIRES_SR")
    vm = shared_vm(live)
    labels = [(c.label, bool(c.reason)) for c in live.commands["vm.migrate"].choices([vm])]
    assert labels == [("xcp-host-01", False), ("xcp-host-02 (Current server)", True),
                      ("Migrate VM wizard...", False)]
    local = next(vm for vm in live.vms("Running") if any(v.VDI is not None and v.VDI.SR.is_local for v in vm.VBDs))
    other = next(c for c in live.commands["vm.migrate"].choices([local]) if c.params.get("host")
                 and c.params["host"].ref != local.resident_on.ref)
    assert other.reason == NEEDS_STORAGE and other.label.endswith(f"({NEEDS_STORAGE})")


def test_a_migration_in_the_events_tab_with_progress_and_calls(qtbot, live):
    vm = shared_vm(live)
    target = host_named(live.cache, "xcp-host-01")
    page = EventsPage(live.context)
    qtbot.addWidget(page)
    ops = live.commands["vm.migrate"].run([vm], live.context, host=target)
    assert len(ops) == 1 and ops[0].description == f"Migrating VM to 'xcp-host-01' '{vm.name}'"
    qtbot.waitUntil(lambda: 0 < ops[0].progress < 1, timeout=WAIT)
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    row = page.model.row_of(ops[0])
    page.view.setCurrentIndex(page.model.index(row, 0))
    details = page.details.toPlainText()
    assert "XenAPI calls:" in details and f"Async.VM.pool_migrate('{vm.ref}', '{target.ref}', {{}})" in details
    qtbot.waitUntil(lambda: live.fresh(vm).resident_on.ref == target.ref, timeout=WAIT)
    assert live.fresh(vm).power_state == "Running"


def test_a_migration_cancelled_from_the_events_tab_moves_nothing(qtbot, live):
    live.connection.session.call("sim.set_op_seconds", 3.0)
    vm = shared_vm(live)
    home = vm.resident_on.ref
    page = EventsPage(live.context)
    qtbot.addWidget(page)
    ops = live.commands["vm.migrate"].run([vm], live.context, host=host_named(live.cache, "xcp-host-01"))
    qtbot.waitUntil(lambda: ops[0].progress > 0.1, timeout=WAIT)
    page.view.setCurrentIndex(page.model.index(page.model.row_of(ops[0]), 0))
    assert page.cancel_button.isEnabled()
    page.cancel_button.click()
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.CANCELLED
    record = live.connection.session.call("VM.get_record", vm.ref)
    assert record["resident_on"] == home and record["power_state"] == "Running" and not record["current_operations"]


def test_storage_motion_from_the_window(qtbot, live):
    vm = shared_vm(live)
    source = {vbd.VDI.SR.name for vbd in vm.VBDs if vbd.VDI is not None and not vbd.is_cd}
    target = next(sr for sr in live.cache.all("SR") if sr.name.startswith(("NFS", "iSCSI")) and sr.name not in source)
    live.prompter.storage_answer = {"sr": target, "disk": None}
    run_from_dialog(qtbot, live, "vm.move-storage", vm, "move vm storage")
    qtbot.waitUntil(lambda: all(v.VDI.SR.ref == target.ref for v in live.fresh(vm).VBDs
                                if v.VDI is not None and not v.is_cd), timeout=WAIT)


# ---- across pools --------------------------------------------------------------------------------------------


def connect_other(qtbot, live: Live, server):
    """A second pool in the same window (trusted, logged in)."""
    address = ServerAddress.parse(server.url)
    live.context.settings.trust.trust(address, server.fingerprint)
    connection = live.context.connections.create(address, USER)
    live.context.connections.adopt(connection)
    with qtbot.waitSignal(connection.state_changed, timeout=WAIT,
                          check_params_cb=lambda state, _: state is ConnectionState.CONNECTED):
        connection.start(PASSWORD)
    return connection


@pytest.fixture
def other(qtbot, live, sim_factory):
    server = sim_factory("--hosts", "1", "--vms", "1", "--op-seconds", "0.5")
    return server, connect_other(qtbot, live, server)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_the_cross_pool_wizard_checks_and_migrates(qtbot, live, other):
    server, connection = other
    vm = shared_vm(live)
    wizard = CrossPoolMigrateWizard(live.context, vm)
    qtbot.addWidget(wizard)
    wizard.resize(900, 580)
    wizard.show()
    assert wizard.dest_cache() is connection.cache and wizard.target_host().name == "xcp-host-01"
    shot(wizard, "cpm-1-destination")
    far_host = wizard.target_host()
    connection.session.call("host.disable", far_host.ref)  # the page follows what the servers say
    qtbot.waitUntil(lambda: wizard.message.text() == "'xcp-host-01' cannot take the VM: The specified server is "
                                                     "disabled.", timeout=WAIT)
    assert not wizard.next.isEnabled()
    connection.session.call("host.enable", far_host.ref)
    qtbot.waitUntil(lambda: wizard.next.isEnabled(), timeout=WAIT)
    for name in ("storage", "network", "transfer"):
        assert wizard.next.isEnabled(), wizard.message.text()
        wizard.next.click()
        shot(wizard, f"cpm-2-{name}")
    assert len(wizard.storage.combos) == len([v for v in vm.VBDs if not v.is_cd and v.VDI is not None])
    assert wizard.transfer.networks.currentText() == "Pool-wide network associated with eth0"
    wizard.next.click()
    qtbot.waitUntil(lambda: wizard.check.reasons is not None, timeout=WAIT)
    shot(wizard, "cpm-3-precheck")
    assert wizard.check.reasons == [] and wizard.check.results.item(0).text().startswith("✓")
    wizard.next.click()
    shot(wizard, "cpm-4-finish")
    assert wizard.done_button.isEnabled()
    params = wizard.params()
    wizard.close()

    live.prompter.migrate_answer = params
    calls = run_from_dialog(qtbot, live, "vm.migrate", vm, "migrate vm")
    assert "'session_id': '********'" in calls[1]
    qtbot.waitUntil(lambda: connection.cache.find_by_uuid(vm.uuid) is not None
                    and live.cache.record("VM", vm.ref) is None, timeout=WAIT)
    arrived = connection.cache.find_by_uuid(vm.uuid)
    assert arrived.power_state == "Running" and arrived.resident_on.name == "xcp-host-01"


def test_the_precheck_says_why_in_words(qtbot, live, other):
    server, connection = other
    vm = shared_vm(live)
    far_host = next(iter(connection.cache.all("host")))
    live.connection.session.call("VM.hard_shutdown", vm.ref)  # booted again: it records its CPU
    live.connection.session.call("VM.start_on", vm.ref, vm.resident_on.ref, False, False)
    connection.session.call("sim.replace_cpu", far_host.ref, "AuthenticAMD")
    qtbot.waitUntil(lambda: (live.fresh(vm).last_boot_CPU_flags or {}).get("vendor") == "GenuineIntel"
                    and connection.cache.get("host", far_host.ref).cpu_info["vendor"] == "AuthenticAMD", timeout=WAIT)
    wizard = CrossPoolMigrateWizard(live.context, live.fresh(vm))
    qtbot.addWidget(wizard)
    wizard.resize(900, 580)
    wizard.show()
    qtbot.waitUntil(lambda: "CPU features" in wizard.message.text(), timeout=WAIT)
    assert not wizard.next.isEnabled(), "a server that cannot take the VM stops the wizard"
    shot(wizard, "cpm-5-refused-host")
    connection.session.call("sim.replace_cpu", far_host.ref, "GenuineIntel")
    connection.session.call("host.disable", far_host.ref)  # after the destination page: the server refuses
    qtbot.waitUntil(lambda: not connection.cache.get("host", far_host.ref).enabled, timeout=WAIT)
    for _ in range(4):
        wizard.stack.setCurrentIndex(wizard.stack.currentIndex() + 1)
        wizard.page.enter()
    qtbot.waitUntil(lambda: wizard.check.reasons is not None, timeout=WAIT)
    shot(wizard, "cpm-6-precheck-refused")
    assert wizard.check.reasons[0] == "'xcp-host-01': The specified server is disabled.", wizard.check.reasons
    assert wizard.check.reasons[1] == "Server 'xcp-host-01' is disabled (in maintenance mode).", "the server's"
    assert wizard.check.results.item(0).text().startswith("✗") and not wizard.next.isEnabled()


def test_the_destination_going_away_mid_way(qtbot, live, other):
    server, connection = other
    live.connection.session.call("sim.set_op_seconds", 3.0)
    vm = shared_vm(live)
    host = next(iter(connection.cache.all("host")))
    ops = live.commands["vm.migrate"].run([vm], live.context, to_server=connection.cache, host=host)
    qtbot.waitUntil(lambda: ops[0].progress > 0.1, timeout=WAIT)
    server.stop()
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.FAILURE
    assert ops[0].error.startswith("The destination server 127.0.0.1 cannot be contacted")
    assert ops[0].details == "CANNOT_CONTACT_HOST 127.0.0.1"
    record = live.connection.session.call("VM.get_record", vm.ref)
    assert record["power_state"] == "Running" and not record["current_operations"]


def test_the_window_submenu_lists_the_hosts_and_migrates(qtbot, demo):
    window, connection, *_ = demo
    navigation = window.navigation
    vm = next(v for v in sorted(connection.cache.all("VM"), key=lambda v: v.name)
              if v.is_real_vm and v.power_state == "Running"
              and any(not boot_reason(v, h) for h in connection.cache.all("host")))
    assert navigation.select_object(navigation.connections.key(connection), vm.ref)
    qtbot.waitUntil(lambda: window.actions_by_id["vm.migrate"].isEnabled(), timeout=WAIT)
    menu = window.command_actions.submenus["vm.migrate"]
    menu.aboutToShow.emit()
    entries = [(a.text(), a.isEnabled()) for a in menu.actions()]
    hosts = sorted(connection.cache.all("host"), key=lambda h: h.name)
    assert len(entries) == len(hosts) + 1 and entries[-1] == ("Migrate VM wizard...", True)
    assert (f"{vm.resident_on.name} ({CURRENT_SERVER})", False) in entries
    menu.adjustSize()
    shot(menu, "migrate-submenu")
    target = next(a for a in menu.actions() if a.isEnabled() and a.text() != "Migrate VM wizard...")
    target.trigger()
    qtbot.waitUntil(lambda: connection.cache.get("VM", vm.ref).resident_on.name == target.text(), timeout=WAIT)
    operation = window.context.history.operations()[-1]
    assert operation.description == f"Migrating VM to '{target.text()}' '{vm.name}'"


def test_the_move_storage_dialog(qtbot, live):
    from PySide6.QtCore import Qt

    from xencenter.views.migrate_dialogs import MoveStorageDialog

    vm = shared_vm(live)
    dialog = MoveStorageDialog(vm)
    qtbot.addWidget(dialog)
    dialog.resize(700, 480)
    dialog.show()
    here = {d.ref_of("SR") for d in dialog.chosen()}
    assert len(here) == 1
    rows = [dialog.storage.topLevelItem(i) for i in range(dialog.storage.topLevelItemCount())]
    same = next(r for r in rows if r.data(0, Qt.ItemDataRole.UserRole) in here)
    dialog.storage.setCurrentItem(same)
    assert dialog.error.text() == "The disks are already there." and not dialog.buttons.button(
        dialog.buttons.StandardButton.Ok).isEnabled()
    other = next(r for r in rows if not r.toolTip(0) and r.data(0, Qt.ItemDataRole.UserRole) not in here)
    dialog.storage.setCurrentItem(other)
    target = other.data(0, Qt.ItemDataRole.UserRole)
    first = dialog.disks.topLevelItem(0)
    first.setCheckState(0, Qt.CheckState.Unchecked)
    shot(dialog, "move-vm-storage")
    answer = dialog.answer()
    assert answer["sr"].ref == target, "the choice stays when the disks change"
    positions = sorted(v.userdevice for v in vm.VBDs if not v.is_cd and v.VDI is not None)
    assert answer["disk"] == positions[1:]
    for row in range(dialog.disks.topLevelItemCount()):
        dialog.disks.topLevelItem(row).setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.error.text() == "Choose at least one disk."
