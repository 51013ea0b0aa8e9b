"""Pool > VM Snapshot Schedules in the window: New (the New Snapshot Schedule wizard's pages; its answer runs
vmss.new, read back with the SDK), the list following the cache, and its buttons running the commands on the
chosen schedule."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from test_transfer_wizards import shot

from tests.test_cli import sdk_session
from xencenter.views.schedule_dialogs import SchedulesDialog
from xencenter.views.wizards.vmss import NewPolicyWizard

WAIT = 20_000


def test_make_disable_and_delete_a_schedule_from_the_list(qtbot, demo, tmp_path, monkeypatch):
    window, connection, launch, *_ = demo
    texts = [a.text() for a in window.menus["Pool"].actions() if not a.isSeparator()]
    assert "New Snapshot &Schedule..." in texts and "VM Snapshot Sc&hedules..." in texts
    window.command_actions.action_of("vmss.manage").trigger()
    listing = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SchedulesDialog) and w.isVisible())
    qtbot.addWidget(listing)
    assert listing.table.topLevelItemCount() == 0 and listing.empty.isVisible()
    assert not listing.buttons["vmss.delete"].isEnabled()
    vms = sorted((v for v in connection.cache.all("VM") if v.is_real_vm), key=lambda v: v.name)[:2]

    def fill(context, cache, chosen):
        wizard = NewPolicyWizard(context, cache, chosen)
        qtbot.addWidget(wizard)
        wizard.show()
        assert [wizard.steps.item(i).text() for i in range(wizard.steps.count())] == [
            "Schedule Name", "Virtual Machines", "Snapshot Type", "Snapshot Schedule", "Finish"]
        assert not wizard.next.isEnabled() and wizard.message.text() == "Enter a name for the schedule."
        name = wizard.pages[0]
        name.name.setText("hourly web")
        name.description.setText("made in the wizard")
        shot(wizard, "vmss_wizard_1_name")
        assert wizard.go(1)
        table = wizard.page.table
        for i in range(table.topLevelItemCount()):
            if table.topLevelItem(i).text(0) in {vm.name for vm in vms}:
                table.topLevelItem(i).setCheckState(0, table.topLevelItem(i).checkState(0).Checked)
        assert wizard.page.summary() == "2 VMs" and wizard.page.counter.text() == "2 VMs selected"
        assert {table.topLevelItem(i).text(2) for i in range(table.topLevelItemCount())} == {"<None>"}
        shot(wizard, "vmss_wizard_2_vms")
        assert wizard.go(2)
        assert wizard.page.buttons["checkpoint"].isEnabled(), "the demo's licence allows checkpoints"
        assert wizard.page.warning.text().startswith("Note that scheduled disk and memory snapshots will only be taken")
        assert "2. The VM has XCP-ng Tools installed." in wizard.page.warning.text()
        wizard.page.buttons["checkpoint"].setChecked(True)
        shot(wizard, "vmss_wizard_3_type")
        assert wizard.go(3)
        when = wizard.page
        when.frequency["weekly"].setChecked(True)
        assert wizard.message.text() == "Invalid or incomplete schedule" and not wizard.next.isEnabled()
        when.days["Tuesday"].setChecked(True)
        when.days["Saturday"].setChecked(True)
        when.hour.setValue(2)
        when.minute.setCurrentIndex(when.minute.findData("30"))
        when.keep.setValue(3)
        assert when.summary() == "Weekly; at 02:30 every Tuesday, Saturday"
        shot(wizard, "vmss_wizard_4_schedule_weekly")
        when.frequency["hourly"].setChecked(True)
        when.minute.setCurrentIndex(when.minute.findData("15"))
        assert not when.hour.isVisible() and not when.days_row.isVisible() and when.past.isVisible()
        assert when.summary() == "Hourly; at 15 minutes past each hour"
        shot(wizard, "vmss_wizard_4_schedule_hourly")
        assert wizard.go(4)
        rows = dict(wizard.page.summary_rows())
        assert rows["Schedule:"] == "Hourly; at 15 minutes past each hour" and rows["Snapshot type:"] == "Disks and memory"
        assert "--type checkpoint --frequency hourly --minute 15 --keep 3" in wizard.page.command.toPlainText()
        shot(wizard, "vmss_wizard_5_finish")
        return wizard.params()

    monkeypatch.setattr(window.context.dialogs, "new_snapshot_schedule", fill)
    listing._new()
    qtbot.waitUntil(lambda: listing.table.topLevelItemCount() == 1, timeout=WAIT)
    item = listing.table.topLevelItem(0)
    assert [item.text(c) for c in range(6)] == ["hourly web", "Enabled", "2 VMs", "Hourly; at 15 minutes past each hour",
                                                "Disks and memory", "Never"]
    x = sdk_session(launch.demo_servers[0]).xenapi
    [policy] = x.VMSS.get_all_records().values()
    assert (policy["name_description"], policy["type"], policy["frequency"], policy["retained_snapshots"],
            policy["schedule"]) == ("made in the wizard", "checkpoint", "hourly", "3", {"min": "15"})
    assert sorted(x.VM.get_name_label(vm) for vm in policy["VMs"]) == sorted(vm.name for vm in vms)
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


def test_disk_and_memory_snapshots_need_a_licence_that_allows_checkpoints(qtbot, tmp_path):
    """XenCenter's RestrictCheckpoint: any server whose licence does not say restrict_checkpoint=false."""
    from live_helpers import AnsweringPrompter

    from tests.live import MemoryKeyring
    from tests.model.model_world import World
    from xencenter.operations.context import make_context
    from xencenter.settings import Settings

    prompter = AnsweringPrompter()
    context = make_context(Settings.load(tmp_path, keyring_backend=MemoryKeyring()), prompter, prompter)
    cases = (({"restrict_checkpoint": "false"}, True), ({}, False), ({"restrict_checkpoint": "true"}, False))
    for params, allowed in cases:
        w = World()
        coordinator = w.host("h1", license_params={"restrict_checkpoint": "false"})
        w.host("h2", license_params=params)
        w.pool("p", master=coordinator)
        wizard = NewPolicyWizard(context, w.cache(), [])
        qtbot.addWidget(wizard)
        kind = wizard.pages[2]
        assert kind.buttons["checkpoint"].isEnabled() is allowed and kind.buttons["snapshot"].isChecked()
        assert (kind.warning.text() == "This feature is disabled due to license restrictions on the server.") is not allowed
