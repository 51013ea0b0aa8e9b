"""File > Connect to VNC server…: a console to any VNC server (a guest's own server on 5900, QEMU's -vnc,
a desktop's Xvnc), with an optional password, in its own window.

Addresses are read as VNC viewers read them: ``host`` (port 5900), ``host:N`` (display N, port 5900+N, for
N < 100, else port N), ``host::port``, and IPv6 in brackets (``[fe80::1]:1``) or bare
(then without a port).
"""

from __future__ import annotations

import ipaddress
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from xencenter.views.console_window import ConsolePanel, ConsoleWindow

DEFAULT_PORT = 5900
_ADDRESS = re.compile(r"(?:\[(?P<v6>[^\]]+)\]|(?P<host>[^:\[\]\s]+))(?:(?P<sep>::?)(?P<number>\d+))?")

#: Windows opened without a parent window, kept alive until closed.
_orphans: set[ConsoleWindow] = set()


def parse_vnc_target(text: str) -> tuple[str, int]:
    """(host, port) from what the user typed; ValueError with a sentence for the user."""
    text = text.strip()
    if not text:
        raise ValueError("Enter the address of the VNC server.")
    try:
        return str(ipaddress.IPv6Address(text)), DEFAULT_PORT  # a bare IPv6 address has no port
    except ValueError:
        pass
    match = _ADDRESS.fullmatch(text)
    if match is None:
        raise ValueError(f"“{text}” is not a host name or address (host, host:display or host::port).")
    host = match["v6"] or match["host"]
    if match["number"] is None:
        return host, DEFAULT_PORT
    number = int(match["number"])
    port = DEFAULT_PORT + number if match["sep"] == ":" and number < 100 else number
    if not 0 < port < 65536:
        raise ValueError(f"{port} is not a TCP port.")
    return host, port


class VncDialog(QDialog):
    """Asks for the address and the password; ``open_window()`` then connects in a new console window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Connect to VNC Server")
        self.address = QLineEdit()
        self.address.setPlaceholderText("host, host:display or host::port (port 5900 by default)")
        self.address.setMinimumWidth(320)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("only if the server asks for one")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow("&Server:", self.address)
        form.addRow("&Password:", self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Connect")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel("For a guest that runs its own VNC server, or any VNC server you can reach.")
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.target: tuple[str, int] | None = None

    def accept(self) -> None:
        try:
            self.target = parse_vnc_target(self.address.text())
        except ValueError as e:
            self.error.setText(str(e))
            self.error.show()
            self.address.setFocus()
            return
        super().accept()

    def open_window(self) -> ConsoleWindow:
        """A console window connected (in the background) to the accepted address."""
        assert self.target is not None
        host, port = self.target
        shown = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        panel = ConsolePanel(shown, dockable=False)
        window = ConsoleWindow(panel, self.parentWidget())
        if window.parent() is None:
            _orphans.add(window)
            window.destroyed.connect(lambda *_: _orphans.discard(window))
        window.show()
        panel.console.display.setFocus()
        panel.console.connect_vnc(host, port, self.password.text() or None)
        self.password.clear()
        return window


def open_vnc_dialog(parent: QWidget | None) -> ConsoleWindow | None:
    """Ask for a VNC server and open its console in a window (None when cancelled)."""
    dialog = VncDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.open_window()
