"""File > Connect to VNC server…: a console to any VNC server (a guest's own server on 5900, QEMU's -vnc,
a desktop's Xvnc), with an optional password (and user name, for VeNCrypt's Plain), in its own window.

A VeNCrypt server's certificate is trusted as a pool's is: the first time its SHA-256 fingerprint is shown
and, once trusted, pinned per ``host:port`` in the application's trust store; a changed one is refused
with both fingerprints (``certificate_dialogs``). "Refuse unencrypted connections" and Tight's JPEG quality
and compression level are saved in the options (the Console tab uses the latter two as well).

Addresses are read as VNC viewers read them: ``host`` (port 5900), ``host:N`` (display N, port 5900+N, for
N < 100, else port N), ``host::port``, and IPv6 in brackets (``[fe80::1]:1``) or bare
(then without a port).
"""

from __future__ import annotations

import ipaddress
import re

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from xencenter.console.protocol import preferred_encodings
from xencenter.console.security import CertificateChanged, CertificateUnknown, address_text
from xencenter.settings import Settings
from xencenter.views.certificate_dialogs import (
    VNC_EXPLANATION,
    VNC_OPENSSL_HINT,
    ChangedCertificateDialog,
    UnknownCertificateDialog,
)
from xencenter.views.console_options import ConsoleOptionFields
from xencenter.views.console_window import ConsolePanel, ConsoleWindow

translate = QCoreApplication.translate

DEFAULT_PORT = 5900
_ADDRESS = re.compile(r"(?:\[(?P<v6>[^\]]+)\]|(?P<host>[^:\[\]\s]+))(?:(?P<sep>::?)(?P<number>\d+))?")

#: Windows opened without a parent window, kept alive until closed.
_orphans: set[ConsoleWindow] = set()


def parse_vnc_target(text: str) -> tuple[str, int]:
    """(host, port) from what the user typed; ValueError with a sentence for the user."""
    text = text.strip()
    if not text:
        raise ValueError(translate("VNCDialog", "Enter the address of the VNC server."))
    try:
        return str(ipaddress.IPv6Address(text)), DEFAULT_PORT  # a bare IPv6 address has no port
    except ValueError:
        pass
    match = _ADDRESS.fullmatch(text)
    if match is None:
        raise ValueError(translate("VNCDialog", "“{text}” is not a host name or address (host, host:display or "
                                   "host::port).").format(text=text))
    host = match["v6"] or match["host"]
    if match["number"] is None:
        return host, DEFAULT_PORT
    number = int(match["number"])
    port = DEFAULT_PORT + number if match["sep"] == ":" and number < 100 else number
    if not 0 < port < 65536:
        raise ValueError(translate("VNCDialog", "{port} is not a TCP port.").format(port=port))
    return host, port


class VncLink(QObject):
    """One direct VNC server behind a console window: connects with the pin and options of ``settings``
    and, when the certificate is unknown or changed, asks the user and connects again if trusted."""

    def __init__(self, panel: ConsolePanel, host: str, port: int, password: str | None, username: str | None,
                 settings: Settings) -> None:
        super().__init__(panel)
        self.panel = panel
        self.address = address_text(host, port)
        self._target = (host, port, password, username)
        self.settings = settings
        self.question: QDialog | None = None
        panel.console.failed.connect(self._on_failed)

    def start(self) -> None:
        host, port, password, username = self._target
        options = self.settings.options.console
        self.panel.console.connect_vnc(host, port, password, username=username,
                                       pinned=self.settings.trust.pinned(self.address),
                                       require_encryption=options.refuse_unencrypted,
                                       encodings=preferred_encodings(options.jpeg_quality, options.compression_level))

    def _on_failed(self, error: object) -> None:
        if isinstance(error, CertificateUnknown):
            self._ask(UnknownCertificateDialog(error.address, error.info, self.panel.window(),
                                               explanation=VNC_EXPLANATION, command=VNC_OPENSSL_HINT), error)
        elif isinstance(error, CertificateChanged):
            self._ask(ChangedCertificateDialog(error.address, error.pinned, error.info, self.panel.window()), error)

    def _ask(self, question: QDialog, error: CertificateUnknown | CertificateChanged) -> None:
        """Without a nested event loop (``open``): the console's events keep flowing meanwhile."""
        self.question = question

        def decided(result: int) -> None:
            self.question = None
            question.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                return
            try:
                self.settings.trust.trust(error.address, error.info.sha256)
            except OSError as e:
                QMessageBox.warning(self.panel.window(), translate("VNCDialog", "Certificate"),
                                    translate("VNCDialog", "The trusted certificate could not be saved: {error}").format(
                                        error=e.strerror or e))
                return
            self.start()

        question.finished.connect(decided)
        question.open()


class VncDialog(QDialog):
    """Asks for the address, user name, password and whether to refuse unencrypted servers; ``open_window()``
    then connects in a new console window."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("VNCDialog", "Connect to VNC Server"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(translate("VNCDialog", "host, host:display or host::port"))
        address_hint = QLabel(translate("VNCDialog", "Port 5900 unless you give a display (host:1 is port 5901)\nor a port (host::5999)."))
        address_hint.setStyleSheet("color: palette(dark);")
        self.user = QLineEdit()
        self.user.setPlaceholderText(translate("VNCDialog", "if the server asks for one (Plain login)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("VNCDialog", "if the server asks for one"))
        for field in (self.address, self.user, self.password):  # room for the whole hint in any font
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 24)
        self.console_fields = ConsoleOptionFields(settings.options.console, self)
        self.refuse_unencrypted = self.console_fields.refuse_unencrypted
        self.quality, self.compression = self.console_fields.quality, self.console_fields.compression
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("VNCDialog", "&Server:"), self.address)
        form.addRow("", address_hint)
        form.addRow(translate("VNCDialog", "&User name:"), self.user)
        form.addRow(translate("VNCDialog", "&Password:"), self.password)
        form.addRow("", self.refuse_unencrypted)
        form.addRow(translate("VNCDialog", "Picture:"), self.quality)
        form.addRow(translate("VNCDialog", "Compression:"), self.compression)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("VNCDialog", "&Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(translate("VNCDialog", "For a guest that runs its own VNC server, or any VNC server you can reach."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        # its natural size, fixed: a form this small has nothing to gain from resizing, and a squeezed one
        # cuts its hints (Qt under-counts the height of wrapped labels in a form)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
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
        options = self.settings.options
        chosen = self.console_fields.chosen()
        if chosen != options.console:
            options.console = chosen
            try:
                options.save()
            except OSError as e:
                self.error.setText(translate("VNCDialog", "The option could not be saved: {error}").format(
                    error=e.strerror or e))
                self.error.show()
                return
        super().accept()

    def open_window(self) -> ConsoleWindow:
        """A console window connected (in the background) to the accepted address."""
        assert self.target is not None
        host, port = self.target
        panel = ConsolePanel(address_text(host, port), dockable=False)
        panel.use_options(self.settings.options.console)
        window = ConsoleWindow(panel, self.parentWidget())
        if window.parent() is None:
            _orphans.add(window)
            window.destroyed.connect(lambda *_: _orphans.discard(window))
        window.show()
        panel.console.display.setFocus()
        # the panel owns the link (its Qt parent keeps it alive as long as the window)
        VncLink(panel, host, port, self.password.text() or None, self.user.text().strip() or None,
                self.settings).start()
        self.password.clear()
        return window


def open_vnc_dialog(parent: QWidget | None, settings: Settings) -> ConsoleWindow | None:
    """Ask for a VNC server and open its console in a window (None when cancelled)."""
    dialog = VncDialog(settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.open_window()
