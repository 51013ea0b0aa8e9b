"""A VM made with ``vm.new`` boots on the simulator and its Console tab shows its login screen, with the install
disc in the DVD drive selector above it."""

from __future__ import annotations

from tests.views.console.console_helpers import shoot, wait_prompt
from xencenter.model.provision import iso_choices, templates
from xencenter.operations.history import OperationStatus


def test_a_new_vm_boots_and_shows_its_console(qtbot, live, tab):
    rocky = next(t for t in templates(live.cache) if t.name.startswith("Rocky"))
    disc = next(c.vdi for c in iso_choices(live.cache) if c.label.startswith("Rocky"))
    (op,) = live.context.commands["vm.new"].run([], live.context, template=rocky, name="fresh rocky",
                                                     install_media=disc.uuid, start=True)
    qtbot.waitUntil(lambda: op.status.finished, timeout=30_000)
    assert op.status is OperationStatus.SUCCESS, op.error
    qtbot.waitUntil(lambda: any(vm.name == "fresh rocky" and vm.power_state == "Running"
                                for vm in live.cache.all("VM")), timeout=30_000)
    vm = next(vm for vm in live.cache.all("VM") if vm.name == "fresh rocky")
    tab.page.set_selection([vm])
    wait_prompt(qtbot, tab.page.panel.console, "fresh rocky login:")
    bar = tab.page.dvd
    assert bar.isVisibleTo(tab.page) and bar.current_disc() == disc.ref
    assert bar.combo.currentText().strip() == disc.name
    shoot(tab.tabs, "new-vm")
