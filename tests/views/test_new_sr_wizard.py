"""The New SR wizard driven page by page against the simulator's storage world: an NFS server's exports, an
export that is not there, an iSCSI target's IQNs and LUNs, a wrong CHAP secret, an SR found by the probe and
reattached; then sr.new run from the window with the wizard's answers, read back with the official SDK."""

from __future__ import annotations

import os
from pathlib import Path

import XenAPI
from PySide6.QtWidgets import QApplication

from xencenter.operations.history import OperationStatus
from xencenter.views.wizards.new_sr import NewSRWizard

WAIT = 30_000
SHOTS = Path(os.environ.get("XENCENTER_SHOTS", "/tmp/shots"))
CHAP = "wizard-chap-77"


def shot(widget, name: str) -> None:
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def sdk(server):
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password("root", "xenroot", "1.0", "tests")
    return session


def wizard_for(qtbot, live) -> NewSRWizard:
    wizard = NewSRWizard(live.context, live.cache.pool())
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def probe(qtbot, page) -> None:
    page.probe_button.click()
    qtbot.waitUntil(lambda: page.probe_button.isEnabled(), timeout=WAIT)


def items(page) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def test_nfs_pages_probe_exports_refuse_a_missing_export_and_make_the_sr(qtbot, live, small_pool):
    wizard = wizard_for(qtbot, live)
    assert [p.title for p in wizard.pages] == ["Type", "Location", "Name", "Finish"]
    shot(wizard, "new-sr-type")
    wizard.next.click()
    location = wizard.page
    assert location.title == "Location" and not wizard.next.isEnabled()
    location.edits["storage_server"].setText("nfs.example")
    probe(qtbot, location)
    assert "Export /vms" in items(location) and "Export /iso" in items(location)
    shot(wizard, "new-sr-nfs-exports")
    location.edits["path"].setText("/not-there")
    probe(qtbot, location)
    assert "NFS mount error" in location.status.text() and items(location) == []
    shot(wizard, "new-sr-nfs-not-exported")
    location.edits["storage_server"].setText("nowhere.example")
    probe(qtbot, location)
    assert "unable to resolve" in location.status.text()
    location.edits["storage_server"].setText("nfs.example")
    location.edits["path"].setText("")
    probe(qtbot, location)
    location._picked(next(location.results.item(i) for i in range(location.results.count())
                          if location.results.item(i).text() == "Export /vms"))
    assert location.edits["path"].text() == "/vms" and wizard.next.isEnabled()
    probe(qtbot, location)
    assert "Nothing was found there" in location.status.text()
    wizard.next.click()
    name = wizard.page
    name.name.setText("Wizard NFS")
    name.default.setChecked(True)
    shot(wizard, "new-sr-name")
    wizard.next.click()
    finish = wizard.page
    assert "sr.new --type nfs" in finish.command.toPlainText() and "--storage-server nfs.example" in \
        finish.command.toPlainText()
    shot(wizard, "new-sr-finish")
    answer = wizard.params()
    assert answer == {"type": "nfs", "name": "Wizard NFS", "description": "", "default": True,
                      "storage_server": "nfs.example", "path": "/vms", "nfs_version": "", "reattach": "", "host": None}

    live.prompter.new_sr_answer = answer
    (op,) = live.commands["sr.new"].run([live.cache.pool()], live.context)
    assert ("new sr", live.cache.pool().name) in live.prompter.asked
    qtbot.waitUntil(lambda: op.status.finished, timeout=WAIT)
    assert op.status is OperationStatus.SUCCESS, (op.error, op.details)
    session = sdk(small_pool)
    try:
        x = session.xenapi
        (sr,) = x.SR.get_by_name_label("Wizard NFS")
        assert all(x.PBD.get_currently_attached(p) for p in x.SR.get_PBDs(sr))
        assert len(x.SR.get_PBDs(sr)) == len(x.host.get_all())
        assert x.pool.get_default_SR(x.pool.get_all()[0]) == sr
    finally:
        session.xenapi.session.logout()


def test_iscsi_pages_wrong_chap_then_iqns_luns_and_an_sr_to_reattach(qtbot, live, small_pool):
    session = sdk(small_pool)
    try:
        session.xenapi.sim.set_storage_world({"iscsi": {"san.example": {
            "port": 3260, "chap": {"user": "init", "secret": CHAP}, "iqns": {"iqn.2026-01.example:san": [
                {"id": 0, "size": str(100 << 30), "scsi_id": "3600b0", "srs": []},
                {"id": 1, "size": str(200 << 30), "scsi_id": "3600b1", "srs": [
                    {"uuid": "0d9c6a3e-1111-4222-8333-444455556666", "name_label": "Old SAN SR",
                     "total_space": str(200 << 30), "free_space": str(150 << 30)}]}]}}}})
    finally:
        session.xenapi.session.logout()
    wizard = wizard_for(qtbot, live)
    wizard.pages[0].kinds.setCurrentRow(1)
    assert wizard.answers["type"] == "iscsi"
    wizard.next.click()
    location = wizard.page
    location.edits["target"].setText("san.example")
    location.edits["chap_user"].setText("init")
    location.edits["chap_password"].setText("wrong-one")
    probe(qtbot, location)
    assert "ISCSI login failed" in location.status.text() and "CHAP" in location.status.text()
    shot(wizard, "new-sr-iscsi-wrong-chap")
    location.edits["chap_password"].setText(CHAP)
    probe(qtbot, location)
    assert items(location) == ["IQN iqn.2026-01.example:san"]
    location._picked(location.results.item(0))
    assert location.edits["iqn"].text() == "iqn.2026-01.example:san"
    probe(qtbot, location)
    assert items(location) == ["Create a new SR", "LUN 0: 100 GB", "LUN 1: 200 GB - holds the SR 'Old SAN SR'"]
    shot(wizard, "new-sr-iscsi-luns")
    location._picked(location.results.item(2))
    assert location.lun.value() == 1 and wizard.answers["reattach"] == "0d9c6a3e-1111-4222-8333-444455556666"
    wizard.next.click()
    assert wizard.page.name.text() == "Old SAN SR"
    wizard.next.click()
    assert "reattached" in wizard.page.text.text()
    command = wizard.page.command.toPlainText()
    assert CHAP not in command and "--chap-password-file CHAP_PASSWORD_FILE" in command
    shot(wizard, "new-sr-iscsi-finish")
    assert wizard.params()["lun"] == 1 and wizard.params()["chap_password"] == CHAP


def test_the_srs_storage_tab_usage_bar_rescan_and_the_sr_commands(qtbot, live):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from xencenter.views.tabs.storage import StoragePage

    page = StoragePage(live.context)
    window = QWidget()
    QVBoxLayout(window).addWidget(page)
    window.resize(900, 500)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    live.context.connections.objects_changed.connect(lambda _, changes: page.on_changes(changes))
    nfs = next(sr for sr in live.cache.all("SR") if sr.type == "nfs")
    page.set_selection([nfs])
    assert page.usage.isVisible() and page.usage.total == nfs.physical_size
    assert page.usage.segments[0].value == nfs.physical_utilisation and "used of" in page.usage.segments[0].label
    buttons = page.buttons.buttons
    assert [b.text() for b in buttons.values()] == ["Rescan", "Move…", "Delete", "Properties"]
    assert buttons["sr.rescan"].isEnabled()
    shot(window, "sr-storage-tab")
    buttons["sr.rescan"].click()
    op = live.context.history.operations()[-1]
    assert op.description == f"Scanning SR '{nfs.name}'"
    qtbot.waitUntil(lambda: op.status.finished, timeout=WAIT)
    assert op.status is OperationStatus.SUCCESS, (op.error, op.details)

    # a running VM's disks are there: detach, forget and destroy refuse with XenCenter's reason
    for command_id in ("sr.detach", "sr.forget", "sr.destroy"):
        assert live.commands[command_id].reason([nfs]) == "This SR contains running VMs.", command_id
    assert live.commands["sr.repair"].reason([nfs]).endswith("there is nothing to repair.")
    assert live.commands["sr.set-default"].reason([nfs]) == "This SR is already the default SR."
    iso = next(sr for sr in live.cache.all("SR") if sr.type == "iso")
    live.prompter.confirm_answer = False
    assert live.commands["sr.detach"].run([iso], live.context) == []
    title, text = live.prompter.asked[-1]
    assert title == "Detach Storage Repository" and "inaccessible" in text
    assert all(p.currently_attached for p in live.fresh(iso).PBDs)  # declined: nothing done


def test_smb_local_and_iso_pages(qtbot, live, small_pool):
    wizard = wizard_for(qtbot, live)
    kinds = wizard.pages[0].kinds
    kinds.setCurrentRow(3)  # SMB/CIFS
    wizard.next.click()
    location = wizard.page
    assert set(location.edits) == {"storage_server", "username", "share_password"}
    assert location.edits["share_password"].echoMode() == location.edits["share_password"].EchoMode.Password
    location.edits["storage_server"].setText("//smb.example/share")
    location.edits["username"].setText("admin")
    location.edits["share_password"].setText("wrong")
    probe(qtbot, location)
    assert "SMB mount error" in location.status.text()
    location.edits["share_password"].setText("secret")
    probe(qtbot, location)
    assert "Nothing was found there" in location.status.text()
    shot(wizard, "new-sr-smb")
    wizard.next.click()
    wizard.next.click()
    command = wizard.page.command.toPlainText()
    assert "--share-password-file SHARE_PASSWORD_FILE" in command and "secret" not in command.replace(
        "SHARE_PASSWORD", "")

    wizard.back.click()
    wizard.back.click()
    wizard.back.click()
    kinds.setCurrentRow(4)  # Local LVM
    wizard.next.click()
    location = wizard.page
    assert not location.probe_button.isVisible() and location.host.isVisible()
    assert set(location.edits) == {"device"} and not wizard.next.isEnabled()
    location.host.setCurrentIndex(1)
    location.edits["device"].setText("/dev/sdb")
    assert wizard.next.isEnabled()
    shot(wizard, "new-sr-local")
    chosen = location.host.currentData()
    wizard.next.click()
    wizard.next.click()
    assert f"'{chosen.name}'" in wizard.page.text.text()
    assert f"--host {chosen.name}" in wizard.page.command.toPlainText().replace("'", "")
    answer = wizard.params()
    assert answer["host"] is chosen and answer["device"] == "/dev/sdb" and answer["type"] == "lvm"
    live.prompter.new_sr_answer = answer
    (op,) = live.commands["sr.new"].run([], live.context)
    qtbot.waitUntil(lambda: op.status.finished, timeout=WAIT)
    assert op.status is OperationStatus.SUCCESS, (op.error, op.details)
    session = sdk(small_pool)
    try:
        x = session.xenapi
        (sr,) = [r for r, s in x.SR.get_all_records().items() if s["name_label"] == answer["name"]]
        (pbd,) = x.SR.get_PBDs(sr)
        assert x.PBD.get_host(pbd) == chosen.ref and x.SR.get_shared(sr) is False
    finally:
        session.xenapi.session.logout()

    for _ in range(3):
        wizard.back.click()
    kinds.setCurrentRow(6)  # NFS ISO library
    wizard.next.click()
    assert set(wizard.page.edits) == {"storage_server", "path"} and not wizard.page.probe_button.isVisible()
    wizard.page.edits["storage_server"].setText("nfs.example")
    wizard.page.edits["path"].setText("/iso")
    shot(wizard, "new-sr-iso-nfs")
    assert wizard.next.isEnabled()


def probed_and_picked(qtbot, location, listed: list[str]) -> None:
    """Probe, find ``listed``, pick the first result, probe the level below."""
    probe(qtbot, location)
    assert items(location) == listed, location.status.text()
    location._picked(location.results.item(0))
    probe(qtbot, location)


def test_the_probe_on_a_server_without_probe_ext_reads_sr_probes_listings(qtbot, sim_factory, tmp_path):
    """XenServer 7.4 and older: exports, IQNs, LUNs (with the SR one holds) and HBA devices from SR.probe."""
    from live_helpers import connect_live

    from tests.sim.test_sim_legacy_probe import WORLD

    server = sim_factory("--hosts", "2", "--vms", "2", "--op-seconds", "0.1", "--release", "jura")
    session = sdk(server)
    try:
        session.xenapi.sim.set_storage_world(WORLD)
    finally:
        session.xenapi.session.logout()
    live = connect_live(qtbot, server, tmp_path)
    try:
        wizard = wizard_for(qtbot, live)
        wizard.next.click()
        location = wizard.page
        location.edits["storage_server"].setText("files.example")
        probed_and_picked(qtbot, location, ["Export /vms", "Export /empty"])
        assert location.edits["path"].text() == "/vms"
        assert "Existing SR '5b1d1f0e-0000-4000-8000-00000000000a'" in items(location)  # SM names only the uuid
        shot(wizard, "new-sr-legacy-nfs")

        wizard.back.click()
        wizard.pages[0].kinds.setCurrentRow(1)  # iSCSI
        wizard.next.click()
        location = wizard.page
        location.edits["target"].setText("san.example")
        location.edits["chap_user"].setText("init")
        location.edits["chap_password"].setText("chap-71")
        probed_and_picked(qtbot, location, ["IQN iqn.2026-01.example:san"])
        assert items(location) == ["Create a new SR", "LUN 0: 100 GB", "LUN 1: 200 GB - holds the SR "
                                   "'0d9c6a3e-1111-4222-8333-444455556666'"], location.status.text()
        shot(wizard, "new-sr-legacy-iscsi-luns")
        location._picked(location.results.item(2))
        assert location.lun.value() == 1 and wizard.answers["reattach"] == "0d9c6a3e-1111-4222-8333-444455556666"

        wizard.back.click()
        wizard.pages[0].kinds.setCurrentRow(2)  # Hardware HBA
        wizard.next.click()
        location = wizard.page
        probe(qtbot, location)
        assert items(location) == ["3600a0b80: 50 GB NETAPP"], location.status.text()
    finally:
        live.connection.shutdown(5)
