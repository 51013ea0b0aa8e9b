"""The New Network wizard driven page by page against the simulator (an external network whose VLAN tag is
already used, then a free one; a bond of one NIC refused, then of two; a private network), network.new run from
the window with its answers and read back with the official SDK; the NICs tab's columns and buttons, the
Networking tab's Add/Remove Network, and the Management Interfaces dialog whose change the connection follows to
the coordinator's new address."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.test_cli import sdk_session
from tests.views.test_new_sr_wizard import WAIT, shot
from xencenter.connection import ConnectionState
from xencenter.operations.history import OperationStatus
from xencenter.views.management_dialog import ManagementDialog
from xencenter.views.tabs.networking import NetworkingPage, NicsPage
from xencenter.views.wizards.new_network import NewNetworkWizard


def wizard_for(qtbot, live, target=None, kind: str = "external") -> NewNetworkWizard:
    wizard = NewNetworkWizard(live.context, target or live.cache.pool(), None, kind)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def shown(qtbot, page, host):
    qtbot.addWidget(page)
    page.resize(1000, 360)
    page.show()
    page.set_selection([host])
    QApplication.processEvents()
    return page


def run_answers(qtbot, live, wizard) -> None:
    live.prompter.new_network_answer = wizard.params()
    command = live.commands["network.new"]
    ops = command.run([live.cache.pool()], live.context)
    qtbot.waitUntil(lambda: ops[0].status.finished, timeout=WAIT)
    assert ops[0].status is OperationStatus.SUCCESS, (ops[0].error, live.prompter.errors)


def test_external_network_pages_refuse_a_vlan_in_use_and_make_one_vlan_per_host(qtbot, live, small_pool):
    wizard = wizard_for(qtbot, live)
    assert [p.title for p in wizard.pages] == ["Select Type", "Name", "Network settings", "Finish"]
    shot(wizard, "new-network-type")
    wizard.next.click()
    assert wizard.page.name.text() == "New Network"
    wizard.page.name.setText("Wizard VLAN")
    shot(wizard, "new-network-name")
    wizard.next.click()
    details = wizard.page
    details.nic.setCurrentIndex(details.nic.findText("NIC 1"))
    assert details.vlan.value() == 1  # the first tag not in use on eth1
    details.vlan.setValue(100)  # the synthetic pool's production VLAN is on eth1
    assert wizard.message.text() == "This VLAN number is already in use" and not wizard.next.isEnabled()
    shot(wizard, "new-network-vlan-in-use")
    details.vlan.setValue(42)
    assert wizard.next.isEnabled() and details.mtu_note.text() == "Allowed MTU value: 1500"
    shot(wizard, "new-network-settings")
    wizard.next.click()
    assert "VLAN 42" in wizard.page.text.text() and "--vlan 42" in wizard.page.command.toPlainText()
    shot(wizard, "new-network-finish")
    run_answers(qtbot, live, wizard)
    session = sdk_session(small_pool)
    try:
        x = session.xenapi
        network = x.network.get_by_name_label("Wizard VLAN")[0]
        pifs = [x.PIF.get_record(p) for p in x.network.get_PIFs(network)]
        assert sorted(p["host"] for p in pifs) == sorted(x.host.get_all())
        assert {(p["VLAN"], p["device"]) for p in pifs} == {("42", "eth1")}
    finally:
        session.xenapi.session.logout()


def test_bond_pages_refuse_one_nic_and_bond_two_on_every_host(qtbot, live, small_pool):
    wizard = wizard_for(qtbot, live)
    wizard.type_step.buttons["bond"].setChecked(True)
    assert [p.title for p in wizard.pages] == ["Select Type", "Bond Members", "Finish"]
    wizard.next.click()
    bond = wizard.page
    assert bond.table.headerItem().text(0) == "NIC" and bond.table.topLevelItemCount() == 2
    bond.set_checked("eth0")
    assert wizard.message.text() == "A bond must consist of at least two member interfaces." and \
        not wizard.next.isEnabled()
    shot(wizard, "new-network-bond-one-nic")
    bond.set_checked("eth1")
    bond.mode_buttons["lacp:src_mac"].setChecked(True)
    assert wizard.next.isEnabled() and wizard.answers["name"] == "Bond 0+1"
    shot(wizard, "new-network-bond-members")
    wizard.next.click()
    assert "--bond-mode lacp --hashing src_mac" in wizard.page.command.toPlainText()
    shot(wizard, "new-network-bond-finish")
    run_answers(qtbot, live, wizard)
    session = sdk_session(small_pool)
    try:
        x = session.xenapi
        bonds = [x.Bond.get_record(b) for b in x.Bond.get_all()]
        assert len(bonds) == 3 and {(b["mode"], b["properties"]["hashing_algorithm"]) for b in bonds} == {
            ("lacp", "src_mac")}
    finally:
        session.xenapi.session.logout()
    host = live.cache.pool().master
    page = shown(qtbot, NicsPage(live.context), host)
    qtbot.waitUntil(lambda: len(page.table.rows_text()) == 3, timeout=WAIT)
    header = page.table.headerItem()
    assert [header.text(c) for c in range(page.table.columnCount())] == ["NIC", "MAC", "Link Status", "Speed", "Duplex", "Vendor", "Device",
                                    "PCI Bus Path"]
    assert [page.buttons.buttons[c].text() for c in ("bond.new", "bond.delete", "host.rescan-nics")] == [
        "Create Bond…", "Delete Bond", "Rescan"]
    shot(page, "nics-tab")


def test_private_network_from_the_host_networking_tab(qtbot, live, small_pool):
    host = live.cache.pool().master
    page = shown(qtbot, NetworkingPage(live.context), host)
    buttons = page.network_buttons
    assert buttons is not None and buttons.buttons["network.new"].isEnabled()
    assert not buttons.buttons["network.delete"].isEnabled()  # nothing selected
    wizard = wizard_for(qtbot, live, host, "internal")
    wizard.next.click()
    assert wizard.page.name.text() == "New Private Network"
    wizard.next.click()
    assert not wizard.page.nic.isVisible() and wizard.next.isEnabled()
    shot(wizard, "new-network-private-settings")
    params = wizard.params()
    assert params["type"] == "internal" and params["host"] is host and "nic" not in params
    shot(page, "networking-tab-host")


def test_management_dialog_reconfigures_and_the_connection_follows(qtbot, live, small_pool):
    host = live.cache.pool().master
    dialog = ManagementDialog(live.context, host)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.answer() == {}  # nothing changed
    shot(dialog, "management-interfaces")
    dialog.static.setChecked(True)
    dialog.ip.setText("127.0.0.300")
    assert dialog.error.text() == "Enter a valid IP address." and not dialog.buttons.buttons()[0].isEnabled()
    dialog.ip.setText("127.0.0.19")
    dialog.new_nic.setCurrentIndex(dialog.new_nic.findText("NIC 1"))
    dialog.new_address.setText("10.20.0.5/24")
    dialog.add_button.click()
    assert dialog.storage.topLevelItemCount() == 1
    shot(dialog, "management-interfaces-changed")
    answer = dialog.answer()
    assert answer == {"mode": "static", "ip": "127.0.0.19", "netmask": "255.0.0.0", "gateway": "127.0.0.254",
                      "dns": "127.0.0.53", "storage": ["eth1=10.20.0.5/24"]}
    live.prompter.management_answer = answer
    ops = live.commands["host.management-interfaces"].run([host], live.context)
    assert live.prompter.asked[-1][0] == f"Configure IP Addresses - {host.name}"
    assert "lose the connection" in live.prompter.asked[-1][1]
    qtbot.waitUntil(lambda: ops[0].status.finished, timeout=WAIT)
    assert ops[0].status is OperationStatus.SUCCESS, (ops[0].error, live.prompter.errors)
    connection = live.connection
    assert connection.address.host == "127.0.0.19"
    qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED
                    and connection.coordinator.host == "127.0.0.19", timeout=WAIT)
    qtbot.waitUntil(lambda: live.cache.get("host", host.ref).address == "127.0.0.19", timeout=WAIT)
    eth1 = next(p for p in live.cache.get("host", host.ref).PIFs if p.device == "eth1" and p.physical)
    assert (eth1.IP, eth1.disallow_unplug) == ("10.20.0.5", True)
    assert live.context.connections.key(connection) == f"127.0.0.19:{small_pool.port}"
