"""Add Server: validation in words, the keyring choice, progress and errors in place.

The tests that connect run against the simulator over HTTPS (test_add_server_live.py); these need no server.
"""

from __future__ import annotations

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from xencenter.settings import NO_KEYRING, SavedServer, Settings
from xencenter.views.add_server_dialog import AddServerDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def settings(settings_dir, memory_keyring) -> Settings:
    return Settings.load(keyring_backend=memory_keyring)


def make_dialog(qtbot, settings, **kwargs) -> AddServerDialog:
    from xencenter.operations.connections import ConnectionManager

    kwargs.setdefault("make_connection", ConnectionManager(settings).create)
    dialog = AddServerDialog(settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize(
    "address, words",
    [("", "The server address is empty"), ("host:99999", "The port must be a number from 1 to 65535")],
)
def test_a_bad_address_is_explained_without_connecting(qtbot, settings, address, words):
    made = []
    dialog = make_dialog(qtbot, settings, make_connection=lambda *a: made.append(a))
    dialog.address_edit.setText(address)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    text, is_error = dialog.message
    assert is_error and text.startswith(words)
    assert made == []
    assert dialog.focusWidget() is dialog.address_edit
    assert dialog.connect_button.isEnabled()


def test_an_empty_user_is_refused(qtbot, settings):
    dialog = make_dialog(qtbot, settings, make_connection=lambda *a: pytest.fail("must not connect"))
    dialog.address_edit.setText("xs1")
    dialog.user_edit.setText("  ")
    dialog.connect_button.click()
    assert dialog.message == ("Enter a user name", True)


def test_without_a_keyring_remember_is_off_and_says_why(qtbot, settings_dir):
    settings = Settings.load(keyring_backend=keyring.backends.fail.Keyring())
    dialog = make_dialog(qtbot, settings)
    assert not dialog.remember_box.isEnabled() and not dialog.remember_box.isChecked()
    assert dialog.keyring_note.isVisible() and dialog.keyring_note.text() == NO_KEYRING


def test_with_a_keyring_remember_is_offered(qtbot, settings):
    dialog = make_dialog(qtbot, settings)
    assert dialog.remember_box.isEnabled() and not dialog.remember_box.isChecked()
    assert not dialog.keyring_note.isVisible()
    assert dialog.focusWidget() is dialog.address_edit


def test_a_saved_server_is_prefilled_and_asks_for_the_password(qtbot, settings):
    server = SavedServer("pool.example:8443", "admin", "Lab", remember_password=True, reconnect_at_start=False)
    dialog = make_dialog(qtbot, settings, server=server, message="The password for Lab is needed.")
    assert dialog.windowTitle() == "Connect to Lab"
    assert (dialog.address_edit.text(), dialog.user_edit.text()) == ("pool.example:8443", "admin")
    assert dialog.remember_box.isChecked() and not dialog.reconnect_box.isChecked()
    assert dialog.focusWidget() is dialog.password_edit
