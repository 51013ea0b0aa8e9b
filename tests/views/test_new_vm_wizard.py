"""The New VM wizard in the window's style, against the simulator: XenCenter's pages in order, each offering what
the model says (templates grouped, discs, servers with their reasons, disks on storage the home server sees,
default networks), Next refused with the page's problem, and the answers given back as ``vm.new``'s parameters,
which make exactly the plan the wizard showed and a VM that boots."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog

from xencenter.model import provision as pv
from xencenter.operations.history import OperationStatus
from xencenter.views.disk_dialogs import DiskDialog, VifDialog
from xencenter.views.wizards.new_vm import NewVMWizard

WAIT = 30_000
GIB = 1 << 30


@pytest.fixture
def accept_dialogs(monkeypatch):
    """The wizard's disk and interface dialogs answer with what they show (as if OK were clicked)."""
    monkeypatch.setattr(DiskDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(VifDialog, "exec", lambda self: QDialog.DialogCode.Accepted)


def template(live, start):
    return next(t for t in pv.templates(live.cache) if t.name.startswith(start))


def test_pages_and_their_offers(qtbot, live):
    wizard = NewVMWizard(live.context, None)
    qtbot.addWidget(wizard)
    wizard.show()
    assert [p.title for p in wizard.pages] == ["Template", "Name", "Installation Media", "Home Server",
                                               "CPU & Memory", "Storage", "Networking", "Finish"]
    page = wizard.page_named("Template")
    groups = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())
              if page.tree.topLevelItem(i).data(0, 256) is None]
    assert groups[:3] == ["Custom", "Windows", "CentOS"] and groups[-1] == "Snapshots"
    assert wizard.plan.template.name == "Windows 10 (64-bit)", "the first default template in XenCenter's order"
    page.search.setText("rocky")
    assert page.selected().name == "Rocky Linux 9"
    assert wizard.next.isEnabled()
    wizard.next.click()
    assert wizard.page.title == "Name" and wizard.page.name.text() == "Rocky Linux 9 (1)"
    wizard.page.name.setText("")
    assert not wizard.next.isEnabled() and wizard.message.text() == "The new VM needs a name."
    wizard.page.name.setText("rocky from the wizard")
    wizard.next.click()
    install = wizard.page
    assert install.title == "Installation Media"
    assert install.radios["cd"].isChecked() and install.radios["network"].isVisibleTo(install)
    assert not install.radios["url"].isVisibleTo(install), "an HVM template installs from DVD or the network"
    assert wizard.plan.iso == install.iso.currentData(256) and wizard.plan.iso
    wizard.next.click()
    home = wizard.page
    assert home.title == "Home Server" and home.none.isChecked(), "shared storage: no home server needed"
    assert home.tree.topLevelItemCount() == live.cache.count("host")
    wizard.next.click()
    cpu = wizard.page
    assert cpu.title == "CPU & Memory" and cpu.vcpus_max.maximum() == 32
    cpu.vcpus_max.setValue(4)
    cpu.vcpus.setValue(4)
    cpu.memory.setValue(1 << 20)  # 1 TiB: more than any server has
    assert "greater than the amount of physical memory" in wizard.message.text()
    cpu.memory.setValue(4096)
    wizard.next.click()
    storage = wizard.page
    assert storage.title == "Storage" and storage.table.topLevelItemCount() == 1
    row = storage.table.topLevelItem(0)
    assert (row.text(0), row.text(1)) == ("rocky from the wizard 0", "32 GB")
    wizard.next.click()
    net = wizard.page
    auto = [n for n in pv.network_choices(live.cache) if pv.auto_plug(n)]
    assert net.table.topLevelItemCount() == min(len(auto), 4)
    wizard.next.click()
    finish = wizard.page
    assert finish.title == "Finish" and finish.start.isChecked()
    assert finish.command.toPlainText().startswith(f"main.py run vm.new {wizard.plan.template.uuid} --name ")
    assert wizard.create_button.isEnabled()


def test_a_local_disk_ties_the_vm_to_its_server(qtbot, live, accept_dialogs):
    wizard = NewVMWizard(live.context, template(live, "Debian"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.go(5)
    assert wizard.page.title == "Storage"
    storage = wizard.page
    local = next(sr for sr in live.cache.all("SR") if sr.name_without_host == "Local storage")
    host = local.PBDs[0].host
    storage.disks.append(pv.DiskPlan(GIB, local.ref, "local scratch", device="1"))
    storage._rows()
    wizard._on_changed()
    assert "is not shared: a VM without a home server" in wizard.message.text()
    assert not wizard.create_button.isEnabled()
    wizard.go(3)
    home = wizard.page
    assert not home.none.isEnabled(), "local storage: a home server is needed"
    reasons = {home.tree.topLevelItem(i).text(0): home.tree.topLevelItem(i).text(2)
               for i in range(home.tree.topLevelItemCount())}
    assert reasons[host.name] == ""
    other = next(name for name in reasons if name != host.name)
    assert reasons[other] == f"'{other}' cannot see the storage 'Local storage on {host.name}' of the disk 'local scratch'."
    assert wizard.plan.home == host.ref and wizard.next.isEnabled()


def test_the_answers_are_vm_new_parameters_that_make_the_same_plan_and_a_running_vm(qtbot, live, accept_dialogs):
    wizard = NewVMWizard(live.context, template(live, "Rocky"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.go(5)
    wizard.page._on_add()  # a second disk, as the dialog proposes it
    assert wizard.page.table.topLevelItemCount() == 2
    wizard.go(6)
    wizard.page._on_add()  # one more interface
    wizard.go(7)
    wizard.create_button.click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    params = wizard.params()
    again = pv.plan_from_params(params["template"], {k: v for k, v in params.items() if k != "template"})
    assert replace(again, warnings=()) == replace(wizard.plan, warnings=()), "the command makes what was shown"

    live.prompter.new_vm_answer = params
    ops = live.commands["vm.new"].run([], live.context)
    qtbot.waitUntil(lambda: ops[0].status.finished, timeout=WAIT)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    qtbot.waitUntil(lambda: any(vm.name == wizard.plan.name and vm.power_state == "Running"
                                for vm in live.cache.all("VM")), timeout=WAIT)
    vm = next(vm for vm in live.cache.all("VM") if vm.name == wizard.plan.name)
    assert len([v for v in vm.VBDs if not v.is_cd]) == 2 and len(vm.VIFs) == len(wizard.plan.vifs)


def test_a_custom_template_skips_the_installation_media(qtbot, live):
    golden = template(live, "Web server golden image")
    wizard = NewVMWizard(live.context, golden)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next.click()
    assert wizard.page.title == "Name"
    wizard.next.click()
    assert wizard.page.title == "Home Server", "installation media passed over"
    assert wizard.steps.isRowHidden(2) and not wizard.steps.isRowHidden(3)
    wizard.back.click()
    assert wizard.page.title == "Name"
    assert wizard.params()["install_media"] == "none"


def test_bad_input_is_refused_page_by_page(qtbot, live, accept_dialogs):
    debian = template(live, "Debian")
    wizard = NewVMWizard(live.context, debian)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.go(1)
    long_name = "n" * 10_000
    wizard.page.name.setText(long_name)
    assert wizard.next.isEnabled() and wizard.plan.name == long_name
    wizard.go(5)
    storage = wizard.page
    iscsi = next(sr for sr in live.cache.all("SR") if sr.name.startswith("iSCSI"))
    dialog = DiskDialog(live.cache, None, name="too big", size=iscsi.physical_size + GIB, sr=iscsi.ref)
    qtbot.addWidget(dialog)
    assert dialog.problem() == "Disks on 'iSCSI virtual disk storage' cannot be larger than 2 TB."
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.size_edit.set_size(1900 * GIB)
    assert dialog.problem() == ""
    free = iscsi.physical_size - iscsi.physical_utilisation
    count = free // (1900 * GIB) + 1  # together more than the SR has free
    storage.disks += [pv.DiskPlan(1900 * GIB, iscsi.ref, f"big {n}", device=str(n + 4)) for n in range(count)]
    storage._rows()
    wizard._on_changed()
    assert wizard.message.text().startswith("'iSCSI virtual disk storage' does not have enough free space")
    assert not wizard.next.isEnabled() and not wizard.create_button.isEnabled()
    while storage.table.topLevelItemCount() > 1:
        storage.table.setCurrentItem(storage.table.topLevelItem(1))
        storage.delete.click()
    assert wizard.next.isEnabled()
    wizard.go(6)
    net = wizard.page
    while net.table.topLevelItemCount():
        net.table.setCurrentItem(net.table.topLevelItem(0))
        net.delete.click()
    assert wizard.next.isEnabled(), "a VM without a network is allowed"
    wizard.go(7)
    assert "Networking:" in [wizard.page.summary_box.itemAt(i).widget().text()
                             for i in range(wizard.page.summary_box.count())
                             if wizard.page.summary_box.itemAt(i).widget() is not None]
    params = wizard.params()
    assert params["no_networks"] is True and params["name"] == long_name

    # the storage repository chosen goes away while the wizard is open (detached and forgotten, as xapi
    # allows only for an SR no running VM uses: a new one, chosen for the first disk)
    session = live.connection.session
    host = next(iter(live.cache.all("host"))).ref
    made = session.call("SR.create", host, {"server": "nfs.example", "serverpath": "/vms"}, 0, "going", "", "nfs",
                        "user", True, {})
    qtbot.waitUntil(lambda: live.cache.get("SR", made) is not None, timeout=WAIT)
    wizard.go(5)
    storage.disks[0] = dataclasses.replace(storage.disks[0], sr=made)
    storage._rows()
    wizard._on_changed()
    assert wizard.plan.disks[0].sr == made and wizard.next.isEnabled()
    for pbd in session.call("SR.get_PBDs", made):
        session.call("PBD.unplug", pbd)
    session.call("SR.forget", made)
    qtbot.waitUntil(lambda: live.cache.get("SR", made) is None, timeout=WAIT)
    wizard.go(6)
    wizard.go(5)
    assert wizard.message.text() == "The storage repository chosen for the disks no longer exists."
    assert not wizard.create_button.isEnabled() and not wizard.next.isEnabled()


def test_a_long_name_makes_a_vm(qtbot, live):
    params = {"name": "x" * 10_000, "install_media": "debian-12.5.0-amd64-netinst.iso"}
    ops = live.commands["vm.new"].run([], live.context, template=template(live, "Debian"), **params)
    qtbot.waitUntil(lambda: ops[0].status.finished, timeout=WAIT)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    qtbot.waitUntil(lambda: any(vm.name == "x" * 10_000 for vm in live.cache.all("VM")), timeout=WAIT)
