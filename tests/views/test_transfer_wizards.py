"""The Export and Import wizards against the simulator: their pages, the problems that stop Next, the answers given
back as ``vm.export``'s and ``vm.import``'s parameters, and the commands run from the window: an operation in the
Events tab with progress, the file written only when complete, the imported VM appearing in the tree."""

from __future__ import annotations

import os
from pathlib import Path

from live_helpers import Live
from PySide6.QtWidgets import QApplication, QDialog

from xencenter.operations.history import OperationStatus
from xencenter.views.tabs.events import EventsPage
from xencenter.views.wizards.export import ExportWizard
from xencenter.views.wizards.import_ import ImportWizard

WAIT = 30_000
SHOTS = Path(os.environ.get("XENCENTER_SHOTS", "/tmp/shots"))


def halted_vm_with_disks(live: Live):
    return next(vm for vm in live.vms("Halted") if any(vbd.type == "Disk" for vbd in vm.VBDs))


def finished(qtbot, op) -> None:
    qtbot.waitUntil(lambda: op.status.finished, timeout=WAIT)
    assert op.status is OperationStatus.SUCCESS, (op.error, op.details)


def shot(widget, name: str) -> None:
    QApplication.processEvents()  # pending layout requests first, as the event loop would
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_export_wizard_then_import_wizard_round_trip(qtbot, live, tmp_path):
    vm = halted_vm_with_disks(live)
    wizard = ExportWizard(live.context, vm)
    qtbot.addWidget(wizard)
    wizard.show()
    settings = wizard.page
    assert [p.title for p in wizard.pages] == ["Export Settings", "Finish"]
    assert settings.name.text().endswith(".xva") and vm.name.split()[0] in settings.name.text()
    settings.folder.setText(str(tmp_path / "nowhere"))
    assert not wizard.next.isEnabled() and "does not exist" in wizard.message.text()
    settings.folder.setText(str(tmp_path))
    (tmp_path / settings.name.text()).write_text("taken")
    wizard.next.click()  # the file appeared meanwhile: Next checks again and stays
    assert wizard.page is settings and "already exists" in wizard.message.text() and not wizard.next.isEnabled()
    settings.name.setText("exported.xva")
    assert wizard.next.isEnabled()
    shot(wizard, "export-settings")
    wizard.next.click()
    assert wizard.page.title == "Finish" and "vm.export" in wizard.page.command.toPlainText()
    shot(wizard, "export-finish")
    answer = wizard.params()
    assert answer == {"file": str(tmp_path / "exported.xva"), "format": "xva", "overwrite": False}
    wizard.back.click()
    settings.format.setCurrentIndex(1)
    assert settings.name.text() == "exported.ova" and wizard.params()["format"] == "ova"
    shot(wizard, "export-settings-ova")
    settings.format.setCurrentIndex(0)
    assert settings.name.text() == "exported.xva"

    live.prompter.export_answer = answer
    (op,) = live.commands["vm.export"].run([vm], live.context)  # no --file: the wizard is asked
    assert ("export", vm.name) in live.prompter.asked
    finished(qtbot, op)
    assert op.progress == 1.0 and (tmp_path / "exported.xva").stat().st_size > 0
    assert not (tmp_path / "exported.xva.part").exists()

    pool = next(iter(live.cache.all("pool")))
    wizard = ImportWizard(live.context, pool)
    qtbot.addWidget(wizard)
    wizard.show()
    assert [p.title for p in wizard.pages] == ["Import Source", "Home Server", "Storage", "Networking", "Finish"]
    source = wizard.page
    assert not wizard.next.isEnabled() and wizard.message.text() == "Choose the file to import."
    (tmp_path / "junk.xva").write_text("junk")
    source.path.setText(str(tmp_path / "junk.xva"))
    source.path.editingFinished.emit()
    assert "Not an XVA file" in wizard.message.text() and not wizard.finish.isEnabled()
    source.path.setText(str(tmp_path / "exported.xva"))
    source.path.editingFinished.emit()
    assert source.fields["VM"].text() == vm.name and wizard.next.isEnabled()
    shot(wizard, "import-source")
    wizard.next.click()
    assert wizard.page.title == "Home Server" and wizard.page.none.isChecked()
    wizard.next.click()
    storage = wizard.page
    assert storage.title == "Storage" and storage.list.count() > 0
    assert wizard.answers["sr"].ref == pool.default_SR.ref, "the pool's default storage is chosen first"
    shot(wizard, "import-storage")
    wizard.next.click()
    assert wizard.page.title == "Networking"
    wizard.next.click()
    finish = wizard.page
    finish.start.setChecked(True)
    assert "--start" in finish.command.toPlainText() and "vm.import" in finish.command.toPlainText()
    shot(wizard, "import-finish")
    answer = wizard.params()
    assert answer["file"] == str(tmp_path / "exported.xva") and answer["start"] is True
    assert answer["sr"].ref == pool.default_SR.ref and answer["host"] is None and answer["network"] is None

    before = {v.ref for v in live.cache.all("VM")}
    live.prompter.import_answer = {**answer, "start": False}
    (op,) = live.commands["vm.import"].run([pool], live.context)
    finished(qtbot, op)
    copy_name = f"{vm.name} (1)"  # the pool has the original: XenCenter names the copy so
    qtbot.waitUntil(lambda: any(v.ref not in before and v.name == copy_name for v in live.cache.all("VM")),
                    timeout=WAIT)
    made = next(v for v in live.cache.all("VM") if v.ref not in before)

    def sizes(v) -> list[int]:
        return sorted(b.VDI.virtual_size for b in v.VBDs if b.type == "Disk" and b.VDI is not None)

    qtbot.waitUntil(lambda: sizes(live.fresh(made)) == sizes(vm), timeout=WAIT)  # its disks reach the cache
    qtbot.waitUntil(lambda: not live.fresh(made).current_operations, timeout=WAIT)  # the import's end arrives
    made = live.fresh(made)
    assert made.power_state == "Halted"


def test_import_refused_file_is_said_before_anything_is_sent(qtbot, live, tmp_path):
    pool = next(iter(live.cache.all("pool")))
    (tmp_path / "junk.xva").write_bytes(b"\x1f\x8b" + bytes(600))
    live.prompter.import_answer = {"file": str(tmp_path / "junk.xva")}
    try:
        live.commands["vm.import"].run([pool], live.context)
    except ValueError as e:
        assert "Not an XVA file" in str(e)
    else:
        raise AssertionError("a file that is not an XVA must be refused")
    assert len(live.context.history) == 0


def test_cancel_from_the_events_tab_leaves_no_vm_and_no_file(qtbot, live, tmp_path):
    """The operations of vm.import and vm.export are cancellable (the Events tab's Cancel: ``request_cancel``):
    the xapi task is cancelled, the import's VM is undone, the export's .part removed."""
    from tests.test_transfer_errors import make_xva

    big = tmp_path / "big.xva"
    big.write_bytes(make_xva("big one", 64 << 20, {n: os.urandom(1 << 20) for n in range(64)}))
    pool = next(iter(live.cache.all("pool")))
    before = {v.ref for v in live.cache.all("VM")}
    (op,) = live.commands["vm.import"].run([pool], live.context, file=str(big))
    assert op.cancellable
    op.request_cancel()
    qtbot.waitUntil(lambda: op.status.finished, timeout=WAIT)
    assert op.status is OperationStatus.CANCELLED, (op.error, op.details)
    qtbot.wait(300)
    assert not [v for v in live.cache.all("VM") if v.ref not in before and v.name == "big one"]

    (op,) = live.commands["vm.import"].run([pool], live.context, file=str(big))
    finished(qtbot, op)
    qtbot.waitUntil(lambda: any(v.name == "big one" for v in live.cache.all("VM")), timeout=WAIT)
    vm = next(v for v in live.cache.all("VM") if v.name == "big one")
    qtbot.waitUntil(lambda: "export" in (live.fresh(vm).allowed_operations or ()), timeout=WAIT)
    target = tmp_path / "out" / "big.xva"
    target.parent.mkdir()
    (op,) = live.commands["vm.export"].run([live.fresh(vm)], live.context, file=str(target))
    op.request_cancel()
    qtbot.waitUntil(lambda: op.status.finished, timeout=WAIT)
    assert op.status is OperationStatus.CANCELLED, (op.error, op.details)
    assert not list(target.parent.iterdir()), "neither the file nor its .part is left"

    page = EventsPage(live.context)
    qtbot.addWidget(page)
    page.resize(900, 420)
    page.show()
    rows = [(page.model.index(r, 0).data(), page.model.index(r, 2).data()) for r in range(page.model.rowCount())]
    assert rows[0] == ("Exporting VM 'big one'", "Cancelled") and rows[-1] == ("Importing VM 'big one'", "Cancelled")
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert "task.cancel" in page.details.toPlainText()
    shot(page, "events-transfers")


def test_the_window_offers_them_where_xencenter_does_and_opens_the_wizards(qtbot, demo, monkeypatch):
    """VM > Export... (after Convert to Template) and File > Import...; run without parameters, the window's
    dialogs open the Export and Import wizards (``views/dialogs.py``) and give back their answers."""
    window, connection, _, _, _ = demo

    def menu(title: str) -> list[str]:
        found = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
        found.aboutToShow.emit()
        return [a.text() for a in found.actions() if not a.isSeparator()]

    vm_menu = menu("VM")
    assert "E&xport..." in vm_menu and vm_menu.index("E&xport...") == vm_menu.index("Convert to &Template...") + 1
    assert "&Import..." in menu("File")
    opened = []

    def answer(self):
        opened.append(type(self).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportWizard, "exec", answer)
    monkeypatch.setattr(ImportWizard, "exec", answer)
    vm = next(v for v in connection.cache.all("VM") if v.is_real_vm and v.power_state == "Halted")
    pool = next(iter(connection.cache.all("pool")))
    assert window.context.commands["vm.export"].run([vm], window.context) == []
    assert window.context.commands["vm.import"].run([pool], window.context) == []
    assert opened == ["ExportWizard", "ImportWizard"]
