"""The Storage, Networking and Console tabs of a VM against the simulator: the DVD drive selector inserts and
ejects discs and follows the model, the disk and interface buttons are the registry's commands on the selected
rows, enabled with XenCenter's reasons, and an empty VM keeps its Add buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from xencenter.views.tabs.console import ConsolePage
from xencenter.views.tabs.networking import NetworkingPage
from xencenter.views.tabs.storage import StoragePage

WAIT = 30_000
_windows: list[QWidget] = []  # qtbot only holds them weakly


def shown(qtbot, live, page):
    window = QWidget()
    _windows.append(window)
    QVBoxLayout(window).addWidget(page)
    window.resize(900, 600)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    live.context.connections.objects_changed.connect(lambda _, changes: page.on_changes(changes))
    return page


def test_storage_tab_dvd_selector_and_disk_buttons(qtbot, live):
    page = shown(qtbot, live, StoragePage(live.context))
    vm = live.vms("Halted")[0]
    page.set_selection([vm])
    bar = page.dvd
    assert bar.isVisible() and bar.label.text() == "DVD Drive 1:" and bar.current_disc() == ""
    assert not bar.eject.isEnabled() and bar.eject.toolTip() == f"The DVD drive of '{vm.name}' is empty."
    texts = [bar.combo.itemText(i).strip() for i in range(bar.combo.count())]
    assert texts[0] == "<empty>" and "ISO library" in texts and "Rocky-9.3-x86_64-dvd.iso" in texts
    rocky = next(v for v in live.cache.all("VDI") if v.name == "Rocky-9.3-x86_64-dvd.iso")
    bar.choose(rocky.ref)
    qtbot.waitUntil(lambda: bar.current_disc() == rocky.ref and bar.eject.isEnabled(), timeout=WAIT)
    drive = next(v for v in live.fresh(vm).VBDs if v.is_cd)
    assert drive.VDI.ref == rocky.ref
    bar.eject.click()
    qtbot.waitUntil(lambda: bar.current_disc() == "" and not bar.eject.isEnabled(), timeout=WAIT)

    buttons = page.buttons.buttons
    assert [b.text() for b in buttons.values()] == ["Add…", "Attach Disk…", "Activate", "Deactivate", "Move…",
                                                    "Detach", "Delete", "Properties"]
    assert buttons["vm.add-disk"].isEnabled() and not buttons["vm.detach-disk"].isEnabled()
    page.table.topLevelItem(0).setSelected(True)
    assert buttons["vm.detach-disk"].isEnabled() and buttons["vdi.properties"].isEnabled()
    assert not buttons["vbd.activate"].isEnabled()
    assert "as the VM is not running" in buttons["vbd.activate"].toolTip()

    live.prompter.confirm_answer = True
    before = page.table.topLevelItemCount()
    buttons["vdi.delete"].click()
    ops = live.context.history.operations()
    assert ops[-1].description.startswith("Deleting virtual disk"), [o.description for o in ops]
    qtbot.waitUntil(lambda: ops[-1].status.finished, timeout=WAIT)
    assert not ops[-1].error, (ops[-1].error, ops[-1].details)
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == before - 1, timeout=WAIT)


def test_a_vm_without_disks_keeps_its_buttons_and_a_drive_can_be_created(qtbot, live):
    page = shown(qtbot, live, StoragePage(live.context))
    vm = live.vms("Halted")[1]
    session = live.connection.session
    for vbd in vm.VBDs:
        session.call("VBD.destroy", vbd.ref)
    qtbot.waitUntil(lambda: not live.fresh(vm).VBDs, timeout=WAIT)
    page.set_selection([live.fresh(vm)])
    assert page.note.text() == "This VM has no virtual disks." and page.table.isVisible()
    assert page.buttons.buttons["vm.add-disk"].isEnabled()
    bar = page.dvd
    assert bar.create_button.isVisible() and bar.label.text() == "This VM has no DVD drive."
    bar.create_button.click()
    qtbot.waitUntil(lambda: bar.combo.isVisible() and not bar.create_button.isVisible(), timeout=WAIT)


def test_networking_buttons_and_the_console_selector(qtbot, live):
    page = shown(qtbot, live, NetworkingPage(live.context))
    vm = live.vms("Halted")[0]
    page.set_selection([vm])
    buttons = page.buttons.buttons
    assert [b.text() for b in buttons.values()] == ["Add Interface…", "Properties", "Delete"]
    assert buttons["vm.add-nic"].isEnabled() and not buttons["vif.delete"].isEnabled()
    page.table.topLevelItem(0).setSelected(True)
    assert buttons["vif.delete"].isEnabled()
    host = live.cache.all("host")[0]
    page.set_selection([host])
    assert not page.buttons.isVisibleTo(page)

    console = shown(qtbot, live, ConsolePage(live.context))
    console.set_selection([vm])
    assert console.dvd.isVisibleTo(console) and console.dvd.label.text() == "DVD Drive 1:"
    console.set_selection([host])
    assert not console.dvd.isVisibleTo(console)
    console.close_consoles()
