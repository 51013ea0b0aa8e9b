"""The pool's HA tab and Configure HA: the dialog asks the server what the chosen priorities tolerate as they
change, Enable HA runs pool.ha-enable with its answer, the tab shows the state; Disable HA."""

from __future__ import annotations

from live_helpers import show_page

from xencenter.views.tabs.ha import ConfigureHaDialog, HaPage

WAIT = 20_000


def test_configure_and_disable_ha_from_the_tab(qtbot, demo, tmp_path, monkeypatch):
    window, connection, *_ = demo
    cache = connection.cache
    pool = cache.pool()
    page = show_page(qtbot, window, connection, pool, HaPage)
    qtbot.waitUntil(lambda: page.note.text() == f"HA is not currently configured on pool '{pool.name}'.", timeout=WAIT)
    assert page.buttons.buttons["pool.ha-enable"].isEnabled() and not page.buttons.buttons["pool.ha-disable"].isEnabled()
    protected = sorted((v for v in cache.all("VM") if v.is_real_vm and v.power_state == "Running"),
                       key=lambda v: v.name)[0]

    def configure(context, target):
        dialog = ConfigureHaDialog(context, target)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.maximum is not None, timeout=WAIT)
        first = dialog.maximum
        combo = dialog.priorities[protected.ref]
        combo.setCurrentIndex(combo.findData("restart"))
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled(), "asking again"
        qtbot.waitUntil(lambda: dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled(), timeout=WAIT)
        assert dialog.maximum is not None and dialog.maximum <= first
        assert dialog.capacity.text().startswith("With these priorities the pool can tolerate up to")
        dialog.failures.setValue(1)
        dialog.orders[protected.ref].setValue(3)
        dialog.show()
        dialog.grab().save(str(tmp_path / "configure_ha.png"))
        return dialog.answer()

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
    window.grab().save(str(tmp_path / "ha_tab.png"))
    monkeypatch.setattr(window.context.prompter, "confirm", lambda *a, **k: True)
    page.buttons.buttons["pool.ha-disable"].click()
    qtbot.waitUntil(lambda: page.note.text() == f"HA is not currently configured on pool '{pool.name}'.", timeout=WAIT)
