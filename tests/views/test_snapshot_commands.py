"""Revert to Snapshot and Delete Snapshot on the simulator: what may run and why not, the confirmation, the
VM brought back to the snapshot (and to the power state it had), the snapshot's disks deleted with it, and the
Snapshots tab's buttons running them."""

from __future__ import annotations

from live_helpers import Live

from xencenter.commands.vm import own_disks
from xencenter.operations.history import OperationStatus
from xencenter.views.tabs.snapshots import DELETE, REVERT, SnapshotsPage

WAIT = 20_000


def wait_done(qtbot, ops) -> None:
    qtbot.waitUntil(lambda: all(op.status.finished for op in ops), timeout=WAIT)
    assert all(op.status is OperationStatus.SUCCESS for op in ops), [op.error for op in ops]


def take_snapshot(qtbot, live: Live, vm, name: str):
    """A new snapshot of ``vm`` taken with the window's command, once the cache knows it."""
    wait_done(qtbot, live.commands["vm.snapshot"].run([vm], live.context, name=name))
    qtbot.waitUntil(lambda: any(s.name == name for s in live.fresh(vm).snapshots), timeout=WAIT)
    return next(s for s in live.fresh(vm).snapshots if s.name == name)


def test_reasons(qtbot, live):
    revert, delete = live.commands["snapshot.revert"], live.commands["snapshot.delete"]
    vm = live.vms("Halted")[0]
    first, second = take_snapshot(qtbot, live, vm, "one"), take_snapshot(qtbot, live, vm, "two")
    assert revert.can_run([first]) and delete.can_run([first, second])
    assert revert.reason([first, second]) == "Select one snapshot to revert to."
    assert revert.reason([vm]) == delete.reason([vm]) == "Select a snapshot."
    assert live.commands["vm.delete"].reason([first]) == "Select a VM."
    assert {"snapshot.revert", "snapshot.delete"} <= {c.id for c in live.commands.applicable([first])}

    orphan = live.vms("Halted")[1]
    snap = take_snapshot(qtbot, live, orphan, "orphaned")
    live.connection.session.call("VM.destroy", orphan.ref)  # the VM goes, its snapshot stays
    qtbot.waitUntil(lambda: live.fresh(orphan) is None, timeout=WAIT)
    assert revert.reason([live.fresh(snap)]) == "The VM of 'orphaned' no longer exists."
    assert delete.can_run([live.fresh(snap)])


def test_revert_brings_a_running_vm_back_running_as_it_was(qtbot, live):
    vm = live.vms("Running")[0]
    snap = take_snapshot(qtbot, live, vm, "before the change")
    assert snap.snapshot_info["power-state-at-snapshot"] == "Running"
    session = live.connection.session
    session.call("VM.add_to_other_config", vm.ref, "changed", "after the snapshot")
    session.call("VM.hard_shutdown", vm.ref)
    qtbot.waitUntil(lambda: live.fresh(vm).power_state == "Halted", timeout=WAIT)

    live.prompter.confirm_answer = False
    assert live.commands["snapshot.revert"].run([snap], live.context) == []
    assert "changed" in session.call("VM.get_other_config", vm.ref), "refused: nothing happened"
    live.prompter.confirm_answer = True
    ops = live.commands["snapshot.revert"].run([live.fresh(snap)], live.context)
    title, text = live.prompter.asked[-1]
    assert title == "Revert to Snapshot" and "'before the change'" in text and vm.name in text
    assert [op.description for op in ops] == [f"Reverting to snapshot '{vm.name}'"]
    wait_done(qtbot, ops)
    qtbot.waitUntil(lambda: live.fresh(vm).power_state == "Running" and "changed" not in live.fresh(vm).other_config,
                    timeout=WAIT)
    assert live.fresh(vm).ref_of("parent") == snap.ref and live.fresh(snap) is not None


def test_revert_to_a_snapshot_of_a_halted_vm_leaves_it_halted(qtbot, live):
    vm = live.vms("Halted")[0]
    snap = take_snapshot(qtbot, live, vm, "cold")
    wait_done(qtbot, live.commands["vm.start"].run([vm], live.context))
    qtbot.waitUntil(lambda: live.commands["snapshot.revert"].can_run([live.fresh(snap)]), timeout=WAIT)
    wait_done(qtbot, live.commands["snapshot.revert"].run([live.fresh(snap)], live.context))
    qtbot.waitUntil(lambda: live.fresh(vm).power_state == "Halted", timeout=WAIT)


def test_delete_removes_the_snapshot_and_its_disks(qtbot, live):
    vm = live.vms("Halted")[0]
    snaps = [take_snapshot(qtbot, live, vm, name) for name in ("a", "b")]
    disks = [ref for s in snaps for ref in own_disks(s)]
    assert disks and all(live.cache.get("VDI", ref).is_a_snapshot for ref in disks)
    vm_disks = [vbd.VDI.ref for vbd in live.fresh(vm).VBDs if not vbd.is_cd and vbd.VDI is not None]

    ops = live.commands["snapshot.delete"].run(snaps, live.context)
    title, text = live.prompter.asked[-1]
    assert title == "Delete Snapshot" and text.startswith("Delete 2 snapshots ('a', 'b') and")
    assert "cannot be undone" in text
    wait_done(qtbot, ops)
    qtbot.waitUntil(lambda: not live.fresh(vm).snapshots, timeout=WAIT)
    qtbot.waitUntil(lambda: all(live.cache.get("VDI", ref) is None for ref in disks), timeout=WAIT)
    assert all(live.cache.get("VDI", ref) is not None for ref in vm_disks), "the VM's own disks stay"


def test_snapshots_tab_buttons_run_the_commands(qtbot, live):
    vm = live.vms("Halted")[0]
    snap = take_snapshot(qtbot, live, vm, "from the tab")
    page = SnapshotsPage(live.context)
    qtbot.addWidget(page)
    page.resize(760, 720)
    page.show()
    qtbot.waitExposed(page)
    page.set_selection([live.fresh(vm)])
    assert {REVERT, DELETE} <= set(page.buttons.buttons)
    assert not page.buttons.buttons[REVERT].isEnabled(), "nothing selected yet"
    item = next(i for i in page.tree._display_order() if i.data(0, page.tree.KEY_ROLE) == snap.ref)
    page.tree.setCurrentItem(item)
    assert page.buttons.buttons[REVERT].isEnabled() and page.buttons.buttons[DELETE].isEnabled()
    page.buttons.buttons[DELETE].click()
    assert live.prompter.asked[-1][0] == "Delete Snapshot"
    qtbot.waitUntil(lambda: live.fresh(snap) is None, timeout=WAIT)
