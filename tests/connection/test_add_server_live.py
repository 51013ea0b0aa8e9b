"""Add Server against the simulator: progress, the password asked again in place, trust questions, words."""

from __future__ import annotations

import json

import pytest
from connection_helpers import FAST, SIM_PASSWORD, sim_address
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from xencenter.connection import Connection
from xencenter.settings import Settings
from xencenter.trust import same_fingerprint
from xencenter.views.add_server_dialog import AddServerDialog
from xencenter.views.certificate_dialogs import (
    ChangedCertificateDialog,
    UnknownCertificateDialog,
)
from xencenter.xenapi.address import ServerAddress

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def settings(settings_dir, memory_keyring) -> Settings:
    return Settings.load(keyring_backend=memory_keyring)


@pytest.fixture
def dialog(qtbot, settings):
    """An Add Server dialog whose connections use test timings; every connection is shut down afterwards."""
    made: list[Connection] = []

    def make(address: ServerAddress, user: str, pool: list[str]) -> Connection:
        connection = Connection(address, user, trust=settings.trust, pool_addresses=pool, timing=FAST)
        made.append(connection)
        return connection

    dlg = AddServerDialog(settings, make_connection=make)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    for connection in made:
        assert connection.shutdown(10)


def fill(dialog: AddServerDialog, address: str, password: str = SIM_PASSWORD) -> None:
    dialog.address_edit.setText(address)
    dialog.user_edit.setText("root")
    dialog.password_edit.setText(password)


def wait_error(qtbot, dialog: AddServerDialog) -> str:
    qtbot.waitUntil(lambda: dialog.message[1] and dialog.connect_button.isEnabled(), timeout=15000)
    return dialog.message[0]


def test_connects_and_saves_the_server_with_the_password_in_the_keyring(
    qtbot, dialog, settings, small_pool, memory_keyring
):
    address = sim_address(small_pool)
    settings.trust.trust(address, small_pool.fingerprint)
    fill(dialog, str(address))
    dialog.remember_box.setChecked(True)
    with qtbot.waitSignal(dialog.connected, timeout=15000) as connected:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert not dialog.address_edit.isEnabled() and dialog.progress.isVisible()
    connection, warning = connected.args
    assert warning == ""
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = json.loads(settings.servers.path.read_text())["servers"]
    assert [(s["address"], s["user"], s["remember_password"]) for s in saved] == [(str(address), "root", True)]
    assert saved[0]["display_name"] == connection.name != ""
    assert sorted(saved[0]["pool_addresses"]) == sorted(a for a in connection.pool_addresses if a != str(address))
    assert memory_keyring.store == {("xencenter", f"root@{address.key}"): SIM_PASSWORD}
    assert SIM_PASSWORD not in settings.servers.path.read_text()


def test_a_wrong_password_is_asked_again_in_place(qtbot, dialog, settings, small_pool, memory_keyring):
    address = sim_address(small_pool)
    settings.trust.trust(address, small_pool.fingerprint)
    fill(dialog, str(address), password="wrong")
    dialog.connect_button.click()
    assert wait_error(qtbot, dialog).startswith("Wrong user name or password")
    assert dialog.isVisible() and dialog.password_edit.text() == ""
    assert dialog.focusWidget() is dialog.password_edit
    dialog.password_edit.setText(SIM_PASSWORD)
    with qtbot.waitSignal(dialog.connected, timeout=15000):
        dialog.connect_button.click()
    assert memory_keyring.store == {}  # "remember" was not ticked


def test_an_unknown_certificate_is_shown_and_trusting_it_connects(qtbot, dialog, settings, small_pool):
    fill(dialog, str(sim_address(small_pool)))
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: _question(dialog, UnknownCertificateDialog) is not None, timeout=15000)
    question = _question(dialog, UnknownCertificateDialog)
    assert same_fingerprint(question.info.sha256, small_pool.fingerprint)
    assert not dialog.connect_button.isEnabled()  # still busy: waiting for the decision
    with qtbot.waitSignal(dialog.connected, timeout=15000):
        qtbot.mouseClick(question.trust_button, Qt.MouseButton.LeftButton)
    assert same_fingerprint(Settings.load(settings.servers.path.parent).trust.pinned(sim_address(small_pool)),
                            small_pool.fingerprint)


def test_cancel_during_the_certificate_question_closes_both_and_connects_nothing(qtbot, dialog, settings,
                                                                                small_pool):
    fill(dialog, str(sim_address(small_pool)))
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: _question(dialog, UnknownCertificateDialog) is not None, timeout=15000)
    question = _question(dialog, UnknownCertificateDialog)
    connection = dialog.connection
    dialog.reject()
    assert not question.isVisible() and not dialog.isVisible()
    assert connection.state.value == "disconnected"
    connection.start()  # the password went with the cancel
    assert connection.reason == "A password is needed"
    assert settings.trust.pinned(sim_address(small_pool)) is None


def test_a_changed_certificate_refused_leaves_the_pin_alone(qtbot, dialog, settings, small_pool):
    address = sim_address(small_pool)
    settings.trust.trust(address, "12" * 32)
    fill(dialog, str(address))
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: _question(dialog, ChangedCertificateDialog) is not None, timeout=15000)
    question = _question(dialog, ChangedCertificateDialog)
    question.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert wait_error(qtbot, dialog) == "Certificate changed: not connected."
    assert same_fingerprint(settings.trust.pinned(address), "12" * 32)


def test_a_pool_member_is_followed_to_the_coordinator(qtbot, dialog, settings, sim_factory, admin):
    server = sim_factory("--hosts", "2", "--vms", "4")
    coordinator = sim_address(server)
    addresses = [ServerAddress.parse(h["address"], default_port=server.port) for h in admin(server).xenapi.host.get_all_records().values()]
    member = next(a for a in addresses if a != coordinator)
    for where in (member, coordinator):
        settings.trust.trust(where, server.fingerprint)
    shown: list[str] = []
    show = dialog._show_message
    dialog._show_message = lambda text, error=False: (shown.append(text), show(text, error))
    fill(dialog, str(member))
    with qtbot.waitSignal(dialog.connected, timeout=15000) as connected:
        dialog.connect_button.click()
    assert f"Host is a pool member; connecting to coordinator {coordinator}" in shown
    assert connected.args[1] == f"{member} is a pool member: you were taken to its coordinator {coordinator}."


def test_an_http_address_is_warned_about_while_typed(dialog):
    assert dialog.plain_http_note.isHidden()
    dialog.address_edit.setText("http://xcp-host-01")
    assert dialog.plain_http_note.isVisible()
    assert dialog.plain_http_note.text() == ("http:// is not encrypted: the password and everything else travel in "
                                             "the clear. Use it only on a network you trust.")
    dialog.address_edit.setText("xcp-host-01")
    assert dialog.plain_http_note.isHidden()


def test_http_to_an_https_server_and_https_to_an_http_one_are_named(qtbot, dialog, sim_factory):
    tls, plain = sim_factory("--hosts", "1", "--vms", "1"), sim_factory("--hosts", "1", "--vms", "1", "--http")
    fill(dialog, f"http://127.0.0.1:{tls.port}")
    dialog.connect_button.click()
    assert wait_error(qtbot, dialog) == (f"127.0.0.1:{tls.port} speaks HTTPS, not plain HTTP: "
                                         f"use https://127.0.0.1:{tls.port}")
    fill(dialog, f"https://127.0.0.1:{plain.port}")
    dialog.connect_button.click()
    assert wait_error(qtbot, dialog) == (f"127.0.0.1:{plain.port} answered in plain HTTP, not HTTPS: use "
                                         f"http://127.0.0.1:{plain.port} only on a network you trust (the password "
                                         "then travels unencrypted)")


def test_connection_refused_is_said_in_words(qtbot, dialog):
    fill(dialog, "127.0.0.1:1")
    dialog.connect_button.click()
    assert wait_error(qtbot, dialog) == "Connection refused by 127.0.0.1:1"


def _question(dialog, kind):
    found = [w for w in dialog.findChildren(kind) if w.isVisible()]
    return found[0] if found else None
