"""Pool > VM Snapshot Schedules in the window: New (the dialog's answer runs vmss.new), the list following the
cache, and its buttons running the commands on the chosen schedule."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from xencenter.views.schedule_dialogs import NewScheduleDialog, SchedulesDialog

WAIT = 20_000


def test_make_disable_and_delete_a_schedule_from_the_list(qtbot, demo, tmp_path, monkeypatch):
    window, connection, *_ = demo
    texts = [a.text() for a in window.menus["Pool"].actions() if not a.isSeparator()]
    assert "New Snapshot &Schedule..." in texts and "VM Snapshot Sc&hedules..." in texts
    window.command_actions.action_of("vmss.manage").trigger()
    listing = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SchedulesDialog) and w.isVisible())
    qtbot.addWidget(listing)
    assert listing.table.topLevelItemCount() == 0 and listing.empty.isVisible()
    assert not listing.buttons["vmss.delete"].isEnabled()
    vms = sorted((v for v in connection.cache.all("VM") if v.is_real_vm), key=lambda v: v.name)[:2]

    def fill(context, cache, chosen):
        dialog = NewScheduleDialog(cache, chosen)
        qtbot.addWidget(dialog)
        dialog.name.setText("hourly web")
        for i in range(dialog.vms.count()):
            if dialog.vms.item(i).text() in {vm.name for vm in vms}:
                dialog.vms.item(i).setCheckState(dialog.vms.item(i).checkState().Checked)
        dialog.frequency.setCurrentIndex(0)
        dialog.minute.setCurrentIndex(dialog.minute.findData("15"))
        assert not dialog.hour.isEnabled() and not dialog.days_row.isEnabled()
        dialog.show()
        dialog.grab().save(str(tmp_path / "new_schedule.png"))
        return dialog.answer()

    monkeypatch.setattr(window.context.dialogs, "new_snapshot_schedule", fill)
    listing._new()
    qtbot.waitUntil(lambda: listing.table.topLevelItemCount() == 1, timeout=WAIT)
    item = listing.table.topLevelItem(0)
    assert [item.text(c) for c in range(6)] == ["hourly web", "Enabled", "2 VMs", "Hourly; at 15 minutes past each hour",
                                                "Disks only", "Never"]
    item.setSelected(True)
    assert listing.buttons["vmss.disable"].isEnabled() and not listing.buttons["vmss.enable"].isEnabled()
    listing.buttons["vmss.disable"].click()
    qtbot.waitUntil(lambda: listing.table.topLevelItemCount() == 1
                    and listing.table.topLevelItem(0).text(1) == "Disabled", timeout=WAIT)
    listing.show()
    listing.grab().save(str(tmp_path / "schedules.png"))
    monkeypatch.setattr(window.context.prompter, "confirm", lambda *a, **k: True)
    listing.table.topLevelItem(0).setSelected(True)
    listing.buttons["vmss.delete"].click()
    qtbot.waitUntil(lambda: listing.table.topLevelItemCount() == 0, timeout=WAIT)
    assert connection.cache.all("VMSS") == []
    assert all(vm.record.snapshot_schedule in ("OpaqueRef:NULL", None) or not vm.snapshot_schedule for vm in vms)
