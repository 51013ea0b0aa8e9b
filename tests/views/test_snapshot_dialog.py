"""Take Snapshot's dialog: the disks-and-memory mode only for a running VM, in XenCenter's words otherwise."""

from __future__ import annotations

from xencenter.views.snapshot_dialog import TakeSnapshotDialog, checkpoint_refusal


def test_the_dialog_offers_the_memory_only_for_a_running_vm(qtbot, demo, tmp_path):
    window, connection, *_ = demo
    vms = [v for v in connection.cache.all("VM") if v.is_real_vm]
    running = next(v for v in vms if v.power_state == "Running" and "checkpoint" in v.allowed_operations)
    halted = next(v for v in vms if v.power_state == "Halted")
    off = TakeSnapshotDialog(halted, "halted snap")
    qtbot.addWidget(off)
    assert not off.memory.isEnabled() and off.memory_note.text() == checkpoint_refusal(halted) == (
        "Disk and memory snapshots need the VM to be running")
    on = TakeSnapshotDialog(running, "running snap")
    qtbot.addWidget(on)
    assert on.memory.isEnabled() and on.memory_note.isHidden()
    on.memory.setChecked(True)
    on.name.setText("  before the upgrade ")
    assert on.answer() == {"name": "before the upgrade", "memory": True}
    on.name.setText(" ")
    assert not on.buttons.button(on.buttons.StandardButton.Ok).isEnabled()
    on.show()
    on.grab().save(str(tmp_path / "take_snapshot.png"))
