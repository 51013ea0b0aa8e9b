"""Connect to VNC server…: address parsing, and the dialog connecting a console window to a real TigerVNC
Xvnc with VNC authentication (right and wrong password, "insecure" said, refused when encryption is
required) and with VeNCrypt X509 (the certificate trusted on first use, a changed one refused); closing the
window ends the session."""

from __future__ import annotations

import keyring.backends.null
import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit
from shiboken6 import isValid

from tests.console.certs import make_server_certificate
from tests.console.conftest import processes, xvnc  # noqa: F401 (fixtures used by name)
from tests.views.console.console_helpers import console_visible, shoot
from xencenter.console.protocol import compress_level, jpeg_quality
from xencenter.settings import Options, Settings
from xencenter.views.certificate_dialogs import (
    ChangedCertificateDialog,
    UnknownCertificateDialog,
)
from xencenter.views.console_window import ConsoleWindow
from xencenter.views.vnc_dialog import VncDialog, VncLink, parse_vnc_target

PASSWORD = "s3cret"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings.load(tmp_path / "settings", keyring_backend=keyring.backends.null.Keyring())


@pytest.fixture
def vncauth(xvnc):
    """TigerVNC's Xvnc with VncAuth on 800x600 (no encryption)."""
    return xvnc(password=PASSWORD, geometry="800x600")


@pytest.mark.parametrize("text, target", [
    ("vm.example.com", ("vm.example.com", 5900)),
    ("10.0.0.7:1", ("10.0.0.7", 5901)),
    ("10.0.0.7:5905", ("10.0.0.7", 5905)),
    ("10.0.0.7::22", ("10.0.0.7", 22)),
    ("  host:0 ", ("host", 5900)),
    ("[fe80::1]:2", ("fe80::1", 5902)),
    ("fe80::1", ("fe80::1", 5900)),
])
def test_addresses_read_like_vnc_viewers_read_them(text, target):
    assert parse_vnc_target(text) == target


@pytest.mark.parametrize("text", ["", "host:99999", "host:x", "a b", "host::0"])
def test_bad_addresses_are_refused_with_a_reason(qtbot, settings, text):
    dialog = VncDialog(settings)
    qtbot.addWidget(dialog)
    dialog.address.setText(text)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.target is None
    assert dialog.error.text()


def test_every_hint_of_the_dialog_is_whole(qtbot, settings):
    """No placeholder is cut off by its field (nor in Chinese glyph widths), the port hint is a label of its own."""
    for size in (9, 14):  # a small and a large desktop font
        app = QApplication.instance()
        font = app.font()
        font.setPointSize(size)
        app.setFont(font)
        try:
            dialog = VncDialog(settings)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.resize(dialog.minimumSizeHint())  # as small as the user can make it
            qtbot.wait(20)
            _hints_fit(dialog)
        finally:
            font.setPointSize(9)
            app.setFont(font)
    shoot(dialog, "vnc-dialog")


def _hints_fit(dialog: VncDialog) -> None:
    for field in dialog.findChildren(QLineEdit):
        room = field.contentsRect().width() - 2 * field.textMargins().left() - 8  # the frame's own padding
        assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room, field.placeholderText()
    hint = next(label for label in dialog.findChildren(QLabel) if "5900" in label.text())
    for label in dialog.findChildren(QLabel):
        if label.isVisible():
            need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
            assert label.height() >= need and (label.wordWrap() or label.width() >= label.sizeHint().width()), (
                label.text())
    assert hint.isVisible()


@pytest.fixture
def windows():
    """Console windows opened by a test, closed at teardown if the test did not (they delete on close)."""
    opened: list[ConsoleWindow] = []
    yield opened
    for window in opened:
        if isValid(window):
            window.close()


def _connect(qtbot, windows, settings, port: int, password: str, refuse_unencrypted: bool = False) -> ConsoleWindow:
    dialog = VncDialog(settings)
    qtbot.addWidget(dialog)
    dialog.address.setText(f"127.0.0.1::{port}")
    dialog.password.setText(password)
    dialog.refuse_unencrypted.setChecked(refuse_unencrypted)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window = dialog.open_window()
    windows.append(window)
    assert dialog.password.text() == ""  # not kept around
    return window


def test_the_dialog_opens_a_console_window_on_a_vnc_server(qtbot, vncauth, settings, windows):
    window = _connect(qtbot, windows, settings, vncauth.port, PASSWORD)
    panel = window.panel
    console = panel.console
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: console.state == "connected" and console.framebuffer_size() == QSize(800, 600),
                    timeout=15000)
    qtbot.waitUntil(lambda: console.status_text().startswith(f"Connected to 127.0.0.1:{vncauth.port} — "),
                    timeout=5000)
    assert console.status_text().endswith(" — insecure (no encryption)")
    assert window.windowTitle() == f"127.0.0.1:{vncauth.port} — Console"
    assert console_visible(panel) and not panel.actions_by_name["dock"].isVisible()  # nowhere to dock to
    shoot(window, "vnc-window")
    session = console.session
    window.close()
    qtbot.waitUntil(lambda: not session.running, timeout=5000)
    qtbot.waitUntil(lambda: not isValid(window), timeout=2000)  # deleted on close


def test_a_wrong_password_says_so_in_the_window(qtbot, vncauth, settings, windows):
    window = _connect(qtbot, windows, settings, vncauth.port, "wrong")
    console = window.panel.console
    qtbot.waitUntil(lambda: console.state == "failed", timeout=15000)
    assert "authentication failed" in console.status_text()
    window.close()


def test_picture_preferences_are_saved_and_asked_of_the_server(qtbot, vncauth, settings, tmp_path, windows):
    dialog = VncDialog(settings)
    qtbot.addWidget(dialog)
    dialog.address.setText(f"127.0.0.1::{vncauth.port}")
    dialog.password.setText(PASSWORD)
    assert dialog.quality.currentData() is None and dialog.compression.currentData() is None  # lossless
    dialog.quality.setCurrentIndex(dialog.quality.findData(6))
    dialog.compression.setCurrentIndex(dialog.compression.findData(2))
    dialog.accept()
    window = dialog.open_window()
    windows.append(window)
    console = window.panel.console
    qtbot.waitUntil(lambda: console.state == "connected", timeout=15000)
    assert {jpeg_quality(6), compress_level(2)} <= set(console.session.client.encodings)
    saved = Options(tmp_path / "settings")
    assert saved.load() is None and (saved.console.jpeg_quality, saved.console.compression_level) == (6, 2)
    window.close()


def test_refusing_unencrypted_servers_is_saved_and_applied(qtbot, vncauth, settings, tmp_path, windows):
    window = _connect(qtbot, windows, settings, vncauth.port, PASSWORD, refuse_unencrypted=True)
    console = window.panel.console
    qtbot.waitUntil(lambda: console.state == "failed", timeout=15000)
    assert "offers no encryption" in console.status_text()
    saved = Options(tmp_path / "settings")
    assert saved.load() is None and saved.console.refuse_unencrypted
    window.close()


def _link(window: ConsoleWindow) -> VncLink:
    link = window.panel.findChild(VncLink)
    assert link is not None
    return link


def test_a_vencrypt_certificate_is_trusted_on_first_use(qtbot, xvnc, settings, tmp_path, windows):
    certificate = make_server_certificate(tmp_path / "cert")
    server = xvnc(password=PASSWORD, geometry="800x600", security="X509Vnc",
                  args=("-X509Cert", str(certificate.cert), "-X509Key", str(certificate.key)))
    window = _connect(qtbot, windows, settings, server.port, PASSWORD, refuse_unencrypted=True)
    link = _link(window)
    qtbot.waitUntil(lambda: isinstance(link.question, UnknownCertificateDialog), timeout=15000)
    question = link.question
    assert certificate.sha256.replace(":", "")[:32] in question.findChild(QLabel, "fingerprint").text().replace(":", "")
    shoot(question, "vnc-unknown-certificate")
    question.accept()
    console = window.panel.console
    qtbot.waitUntil(lambda: console.state == "connected" and console.framebuffer_size() == QSize(800, 600),
                    timeout=15000)
    qtbot.waitUntil(lambda: console.status_text().endswith(" — encrypted (TLS)"), timeout=5000)
    assert settings.trust.pinned(f"127.0.0.1:{server.port}") == certificate.sha256
    shoot(window, "vnc-window-tls")
    window.close()


def test_a_changed_vencrypt_certificate_is_refused_showing_both(qtbot, xvnc, settings, tmp_path, windows):
    old = make_server_certificate(tmp_path / "old")
    new = make_server_certificate(tmp_path / "new")
    server = xvnc(password=PASSWORD, security="X509Vnc",
                  args=("-X509Cert", str(new.cert), "-X509Key", str(new.key)))
    settings.trust.trust(f"127.0.0.1:{server.port}", old.sha256)
    window = _connect(qtbot, windows, settings, server.port, PASSWORD)
    link = _link(window)
    qtbot.waitUntil(lambda: isinstance(link.question, ChangedCertificateDialog), timeout=15000)
    question = link.question
    shown = {name: question.findChild(QLabel, name).text().replace("\n", "") for name in
             ("old_fingerprint", "new_fingerprint")}
    assert shown == {"old_fingerprint": old.sha256, "new_fingerprint": new.sha256}
    console = window.panel.console
    assert console.state == "failed" and "has changed" in console.status_text()
    shoot(question, "vnc-changed-certificate")
    question.reject()
    qtbot.waitUntil(lambda: link.question is None, timeout=5000)
    assert settings.trust.pinned(f"127.0.0.1:{server.port}") == old.sha256 and console.state == "failed"
    window.close()
