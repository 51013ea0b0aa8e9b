"""Connect to VNC server…: address parsing, and the dialog connecting a console window to a real TigerVNC
Xvnc with VNC authentication (right and wrong password); closing the window ends the session."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from tests.conftest import require_binary
from tests.console.conftest import (
    free_port,
    free_vnc_display,
    make_password_file,
    wait_for_path,
    wait_for_port,
)
from tests.views.console.console_helpers import console_visible, shoot
from xencenter.views.console_window import ConsoleWindow
from xencenter.views.vnc_dialog import VncDialog, parse_vnc_target

PASSWORD = "s3cret"


@dataclass
class Xvnc:
    port: int
    proc: subprocess.Popen


@pytest.fixture
def xvnc(tmp_path):
    """TigerVNC's Xvnc with VncAuth on a free display and port (killed at teardown)."""
    binary = require_binary("Xvnc")
    password_file = make_password_file(tmp_path / "passwd", PASSWORD)
    for _attempt in range(3):
        display, port = free_vnc_display(), free_port()
        proc = subprocess.Popen([binary, f":{display}", "-rfbport", str(port), "-interface", "127.0.0.1",
                                 "-geometry", "800x600", "-depth", "24", "-nolisten", "tcp", "-AlwaysShared",
                                 "-SecurityTypes", "VncAuth", "-PasswordFile", str(password_file)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_port(port, proc)
            wait_for_path(Path(f"/tmp/.X11-unix/X{display}"), proc)
        except RuntimeError:
            proc.kill()
            proc.wait()
            continue
        yield Xvnc(port, proc)
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return
    raise RuntimeError("Xvnc did not start")


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
def test_bad_addresses_are_refused_with_a_reason(qtbot, text):
    dialog = VncDialog()
    qtbot.addWidget(dialog)
    dialog.address.setText(text)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.target is None
    assert dialog.error.text()


@pytest.fixture
def windows():
    """Console windows opened by a test, closed at teardown if the test did not (they delete on close)."""
    opened: list[ConsoleWindow] = []
    yield opened
    for window in opened:
        if isValid(window):
            window.close()


def _connect(qtbot, windows, port: int, password: str) -> ConsoleWindow:
    dialog = VncDialog()
    qtbot.addWidget(dialog)
    dialog.address.setText(f"127.0.0.1::{port}")
    dialog.password.setText(password)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window = dialog.open_window()
    windows.append(window)
    assert dialog.password.text() == ""  # not kept around
    return window


def test_the_dialog_opens_a_console_window_on_a_vnc_server(qtbot, xvnc, windows):
    window = _connect(qtbot, windows, xvnc.port, PASSWORD)
    panel = window.panel
    console = panel.console
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: console.state == "connected" and console.framebuffer_size() == QSize(800, 600),
                    timeout=15000)
    qtbot.waitUntil(lambda: console.status_text().startswith(f"Connected to 127.0.0.1:{xvnc.port} — "),
                    timeout=5000)
    assert window.windowTitle() == f"127.0.0.1:{xvnc.port} — Console"
    assert console_visible(panel) and not panel.actions_by_name["dock"].isVisible()  # nowhere to dock to
    shoot(window, "vnc-window")
    session = console.session
    window.close()
    qtbot.waitUntil(lambda: not session.running, timeout=5000)
    qtbot.waitUntil(lambda: not isValid(window), timeout=2000)  # deleted on close


def test_a_wrong_password_says_so_in_the_window(qtbot, xvnc, windows):
    window = _connect(qtbot, windows, xvnc.port, "wrong")
    console = window.panel.console
    qtbot.waitUntil(lambda: console.state == "failed", timeout=15000)
    assert "authentication failed" in console.status_text()
    window.close()
