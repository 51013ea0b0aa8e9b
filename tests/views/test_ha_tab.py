"""The pool's HA tab and the Configure HA wizard: its pages (Prerequisites, Heartbeat SR, HA Plan asking the
server what the chosen priorities tolerate as they change, Finish's summary), Enable HA runs pool.ha-enable with
its answer, read back with the SDK, the tab shows the state; Disable HA."""

from __future__ import annotations

from live_helpers import show_page
from test_transfer_wizards import shot

from tests.test_cli import sdk_session
from xencenter.views.tabs.ha import HaPage
from xencenter.views.wizards.ha import HaWizard

WAIT = 20_000


def test_configure_and_disable_ha_from_the_tab(qtbot, demo, tmp_path, monkeypatch):
    window, connection, launch, *_ = demo
    cache = connection.cache
    pool = cache.pool()
    page = show_page(qtbot, window, connection, pool, HaPage)
    qtbot.waitUntil(lambda: page.note.text() == f"HA is not currently configured on pool '{pool.name}'.", timeout=WAIT)
    assert page.buttons.buttons["pool.ha-enable"].isEnabled() and not page.buttons.buttons["pool.ha-disable"].isEnabled()

    def agile(vm) -> bool:
        return all(vbd.VDI is None or vbd.VDI.SR.shared for vbd in vm.VBDs)

    running = sorted((v for v in cache.all("VM") if v.is_real_vm and v.power_state == "Running"), key=lambda v: v.name)
    protected = next(v for v in running if agile(v))
    stuck = next(v for v in cache.all("VM") if v.is_real_vm and not agile(v))

    def configure(context, target):
        wizard = HaWizard(context, target)
        qtbot.addWidget(wizard)
        wizard.show()
        assert [wizard.steps.item(i).text() for i in range(wizard.steps.count())] == [
            "Prerequisites", "Heartbeat SR", "HA Plan", "Finish"]
        assert not wizard.finish.isEnabled(), "the plan is not computed before its page is shown"
        shot(wizard, "ha_wizard_1_intro")
        assert wizard.go(1) and wizard.page.title == "Heartbeat SR"
        srs = wizard.page.table
        assert srs.topLevelItemCount() >= 1 and srs.selectedItems()
        heartbeat = srs.selectedItems()[0].text(0)
        shot(wizard, "ha_wizard_2_heartbeat")
        assert wizard.go(2)
        plan = wizard.plan
        assert plan.problem() == "Calculating..." and not wizard.next.isEnabled()
        qtbot.waitUntil(lambda: wizard.answers["maximum"] is not None, timeout=WAIT)
        qtbot.waitUntil(lambda: all(item.text(4) != "Calculating..." for item in plan.items.values()), timeout=WAIT)
        assert plan.items[protected.ref].text(4) == "Yes" and plan.items[stuck.ref].text(4) == "No"
        assert plan.items[stuck.ref].toolTip(4) == "The VM is using a non-shared SR. Restart cannot be guaranteed."
        restart_item = plan.priorities[stuck.ref].model().item(plan.priorities[stuck.ref].findData("restart"))
        assert not restart_item.isEnabled() and plan.priorities[protected.ref].model().item(0).isEnabled()
        assert plan.priorities[protected.ref].currentData() == "restart", "first time: every VM protected"
        assert plan.priorities[stuck.ref].currentData() == "best-effort", "a VM that is not agile: if possible"
        qtbot.waitUntil(lambda: wizard.answers["maximum"] is not None, timeout=WAIT)
        everything = wizard.answers["maximum"]
        for ref, combo in plan.priorities.items():
            if ref != protected.ref:
                combo.setCurrentIndex(combo.findData(""))
        assert not wizard.next.isEnabled() and wizard.message.text() == "Calculating...", "asking again"
        qtbot.waitUntil(lambda: wizard.answers["maximum"] is not None, timeout=WAIT)
        first = wizard.answers["maximum"]
        assert first >= everything
        assert plan.status.text() == ("HA is guaranteed. The maximum number of server failures that HA can protect "
                                      f"against is {first}.")
        combo = plan.priorities[protected.ref]
        combo.setCurrentIndex(combo.findData(""))
        combo.setCurrentIndex(combo.findData("restart"))
        assert not wizard.next.isEnabled() and wizard.message.text() == "Calculating...", "asking again"
        qtbot.waitUntil(lambda: wizard.next.isEnabled(), timeout=WAIT)
        assert wizard.answers["maximum"] <= first and plan.maximum_label.text() == f"(max = {wizard.answers['maximum']})"
        plan.failures.setValue(1)
        plan.orders[protected.ref].setValue(3)
        shot(wizard, "ha_wizard_3_plan")
        assert wizard.go(3)
        rows = dict(wizard.page.summary_rows())
        assert rows["Heartbeat SR:"] == heartbeat and rows["Failure Tolerance:"] == "1"
        assert rows["Restart:"] == "1 VM" and rows["Do not restart:"] == f"{len(wizard.vms) - 1} VMs"
        assert wizard.page.summary_form.rowCount() == 5
        assert f"--restart {protected.name}" in wizard.page.command.toPlainText().replace("'", "")
        shot(wizard, "ha_wizard_4_finish")
        return wizard.params()

    monkeypatch.setattr(window.context.dialogs, "configure_ha", configure)
    page.buttons.buttons["pool.ha-enable"].click()
    qtbot.waitUntil(lambda: page.note.text().startswith(f"HA is currently enabled for pool '{pool.name}'."),
                    timeout=WAIT)
    assert "Server failure limit: 1" in page.note.text()
    rows = {page.table.topLevelItem(i).text(0): page.table.topLevelItem(i).text(1)
            for i in range(page.table.topLevelItemCount())}
    assert rows[protected.name] == "Restart"
    order = next(page.table.topLevelItem(i).text(2) for i in range(page.table.topLevelItemCount())
                 if page.table.topLevelItem(i).text(0) == protected.name)
    assert order == "3"
    x = sdk_session(launch.demo_servers[0]).xenapi
    record = x.VM.get_record(x.VM.get_by_uuid(protected.uuid))
    assert record["ha_restart_priority"] == "restart" and record["order"] == "3"
    pool_ref = x.pool.get_all()[0]
    assert x.pool.get_ha_enabled(pool_ref) and x.pool.get_ha_host_failures_to_tolerate(pool_ref) == "1"
    window.grab().save(str(tmp_path / "ha_tab.png"))
    monkeypatch.setattr(window.context.prompter, "confirm", lambda *a, **k: True)
    page.buttons.buttons["pool.ha-disable"].click()
    qtbot.waitUntil(lambda: page.note.text() == f"HA is not currently configured on pool '{pool.name}'.", timeout=WAIT)
