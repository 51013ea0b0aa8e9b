"""Add Server: address, user, password; connects in place, showing progress and errors in words.

The dialog drives a ``Connection`` until it is connected, asking the certificate questions on the way; a
wrong password is asked again in place. On success it saves the server (the password only in the keyring,
only when "remember" is ticked) and emits ``connected(connection, warning)``; the window takes the
connection over from there, and its status bar tells the warning (a pool member the user was taken from to
its coordinator, a server list that could not be saved). An http:// address is warned about while typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xencenter.connection import Connection, ConnectionState
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.settings import SavedServer, Settings
from xencenter.views.certificate_dialogs import (
    ChangedCertificateDialog,
    UnknownCertificateDialog,
)
from xencenter.xenapi.address import ServerAddress

if TYPE_CHECKING:
    from xencenter.xenapi.tls import CertificateInfo

translate = QCoreApplication.translate

ConnectionMaker = Callable[[ServerAddress, str, list[str]], Connection]

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #9a6700;"
PLAIN_HTTP_WARNING = (QT_TRANSLATE_NOOP("AddServerDialog", "http:// is not encrypted: the password and everything else travel in the clear. "
                      "Use it only on a network you trust."))
NOTE_STYLE = "color: palette(mid);"


class AddServerDialog(QDialog):
    """Signals: ``connected(Connection, str)`` once connected (the str is a warning to show, or "")."""

    connected = Signal(object, str)

    def __init__(
        self,
        settings: Settings,
        *,
        make_connection: ConnectionMaker,
        server: SavedServer | None = None,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._make_connection = make_connection  # the connection manager's (one owner of connections)
        self.connection: Connection | None = None
        self._question: QDialog | None = None
        self._saved = server
        self.setWindowTitle(translate("AddServerDialog", "Add Server") if server is None else translate(
            "AddServerDialog", "Connect to {server}").format(server=server.label))
        self.setMinimumWidth(460)

        intro = QLabel(message or translate("AddServerDialog", "Enter the address of a XenServer or XCP-ng host: the pool coordinator, "
                       "or any pool member (you will be taken to the coordinator)."))
        intro.setWordWrap(True)

        self.address_edit = QLineEdit(server.address if server else "")
        self.address_edit.setPlaceholderText(translate("AddServerDialog", "host name or IP address, optionally :port"))
        self.plain_http_note = QLabel(translate("AddServerDialog", PLAIN_HTTP_WARNING))
        self.plain_http_note.setWordWrap(True)
        self.plain_http_note.setStyleSheet(WARNING_STYLE)
        self.address_edit.textChanged.connect(self._on_address_changed)
        self._redirect = ""  # "member was taken to coordinator", told once connected
        self.user_edit = QLineEdit(server.user if server else "root")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(translate("AddServerDialog", "&Remember the password (in the system keyring)"))
        self.reconnect_box = QCheckBox(translate("AddServerDialog", "Re&connect when the application starts"))
        self.reconnect_box.setChecked(server.reconnect_at_start if server else True)
        self.keyring_note = QLabel(settings.passwords.problem or "")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(NOTE_STYLE)
        if settings.passwords.available:
            self.remember_box.setChecked(server.remember_password if server else False)
            self.keyring_note.hide()
        else:
            self.remember_box.setEnabled(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(translate("AddServerDialog", "&Server:"), self.address_edit)
        form.addRow("", self.plain_http_note)
        form.addRow(translate("AddServerDialog", "&User name:"), self.user_edit)
        form.addRow(translate("AddServerDialog", "&Password:"), self.password_edit)
        form.addRow("", self.remember_box)
        form.addRow("", self.keyring_note)
        form.addRow("", self.reconnect_box)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator: xapi tells no percentage for a login
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setFixedWidth(70)
        keep_place = self.progress.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # the layout must not jump when connecting starts
        self.progress.setSizePolicy(keep_place)
        # One place for progress and errors, two lines high from the start, so nothing moves.
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 4)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        status = QHBoxLayout()
        status.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        status.addWidget(self.message_label, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton(translate("AddServerDialog", "C&onnect"))
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_connect_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._set_busy(False)
        self._on_address_changed(self.address_edit.text())
        self._first_field = self.password_edit if server else self.address_edit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first_field.setFocus()

    # ---- user actions --------------------------------------------------------------------------------

    @Slot(str)
    def _on_address_changed(self, text: str) -> None:
        """Warn, while typing, that an http:// address sends the password in the clear."""
        try:
            plain = not ServerAddress.parse(text).secure
        except ValueError:
            plain = False
        self.plain_http_note.setVisible(plain)

    @Slot()
    def _on_connect_clicked(self) -> None:
        try:
            address = ServerAddress.parse(self.address_edit.text())
        except ValueError as exc:
            self._show_error(str(exc).capitalize(), focus=self.address_edit)
            return
        user = self.user_edit.text().strip()
        if not user:
            self._show_error(translate("AddServerDialog", "Enter a user name"), focus=self.user_edit)
            return
        self._show_message("")
        self._redirect = ""
        connection = self.connection
        if connection is None or connection.address != address or connection.user != user:
            self._drop_connection()
            pool = self._saved.pool_addresses if self._saved and self._saved.server_address == address else []
            connection = self._make_connection(address, user, list(pool))
            self._attach(connection)
        self._set_busy(True, translate("AddServerDialog", "Connecting to {server}…").format(server=address))
        connection.start(self.password_edit.text())
        if connection.state is ConnectionState.CONNECTED:  # it was already: nothing more will come
            self._on_connected()

    def reject(self) -> None:
        """Cancel: stop a connection in progress (it logs out whatever it had) and close."""
        self._drop_connection()
        if self._question is not None:
            self._question.reject()
        super().reject()

    # ---- the connection's signals ----------------------------------------------------------------------

    def _wiring(self, connection: Connection) -> list[tuple]:
        return [
            (connection.state_changed, self._on_state),
            (connection.authentication_failed, self._on_authentication_failed),
            (connection.certificate_unknown, self._on_certificate_unknown),
            (connection.certificate_changed, self._on_certificate_changed),
            (connection.redirected, self._on_redirected),
        ]

    def _attach(self, connection: Connection) -> None:
        self.connection = connection
        for signal, slot in self._wiring(connection):
            signal.connect(slot)

    def _detach(self) -> Connection | None:
        connection, self.connection = self.connection, None
        if connection is not None:
            for signal, slot in self._wiring(connection):
                signal.disconnect(slot)
        return connection

    def _drop_connection(self) -> None:
        connection = self._detach()
        if connection is not None:
            connection.stop(translate("AddServerDialog", "Cancelled"))

    @Slot(object, str)
    def _on_state(self, state: ConnectionState, reason: str) -> None:
        if state is ConnectionState.CONNECTED:
            self._on_connected()
        elif state is ConnectionState.DISCONNECTED:
            if self._question is not None:
                self._set_busy(True, translate("AddServerDialog", "Waiting for your decision about the certificate…"))
            else:
                self._set_busy(False)
                if not self.message[1]:  # a more precise error (wrong password) was already shown
                    self._show_error(reason)
        else:
            self._show_message(reason)

    @Slot(str)
    def _on_authentication_failed(self, message: str) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self._show_error(translate("AddServerDialog", "{reason}. Enter the password again.").format(reason=message),
                         focus=self.password_edit)

    @Slot(str, str)
    def _on_redirected(self, member: str, coordinator: str) -> None:
        self._show_message(translate("AddServerDialog", "Host is a pool member; connecting to coordinator "
                                     "{coordinator}").format(coordinator=coordinator))
        self._redirect = translate("AddServerDialog", "{member} is a pool member: you were taken to its coordinator "
                                   "{coordinator}.").format(member=member, coordinator=coordinator)

    @Slot(str, object)
    def _on_certificate_unknown(self, address: str, info: CertificateInfo) -> None:
        self._ask(UnknownCertificateDialog(address, info, self), address, info)

    @Slot(str, str, object)
    def _on_certificate_changed(self, address: str, old: str, info: CertificateInfo | None) -> None:
        source = self.connection.pin_source(address) if self.connection is not None else "yours"
        self._ask(ChangedCertificateDialog(address, old, info, self, source=source or "yours"), address, info)

    def _ask(self, question: QDialog, address: str, info: CertificateInfo | None) -> None:
        """Ask without a nested event loop (``open``, not ``exec``): the connection's signals keep flowing."""
        self._question = question
        self._set_busy(True, translate("AddServerDialog", "Waiting for your decision about the certificate…"))

        def decided(result: int) -> None:
            self._question = None
            question.deleteLater()
            if result == QDialog.DialogCode.Accepted and info is not None and self.connection is not None:
                self._set_busy(True, translate("AddServerDialog", "Connecting to {server}…").format(server=address))
                try:
                    self.connection.trust_certificate(address, info.sha256)
                except OSError as exc:
                    self._set_busy(False)
                    self._show_error(translate("AddServerDialog", "The trusted certificate could not be saved: "
                                               "{error}").format(error=exc.strerror or exc))
            else:
                self._set_busy(False)
                self._show_error(translate("AddServerDialog", "Certificate changed: not connected.")
                                 if isinstance(question, ChangedCertificateDialog)
                                 else translate("AddServerDialog", "Certificate not trusted: not connected."))
                if self.connection is not None:
                    self.connection.stop(translate("AddServerDialog", "Certificate refused"))  # forgets the password

        question.finished.connect(decided)
        question.open()

    def _on_connected(self) -> None:
        connection = self.connection
        assert connection is not None
        remember = self.remember_box.isChecked() and self.remember_box.isEnabled()
        previous = self.settings.servers.get(connection.address)
        server = SavedServer(
            address=str(connection.address),
            user=connection.user,
            display_name=connection.name or (previous.display_name if previous else ""),
            pool_addresses=connection.pool_addresses,
            reconnect_at_start=self.reconnect_box.isChecked(),
            remember_password=remember,
        )
        warning = ""
        try:
            warning = self.settings.remember(server, self.password_edit.text()) or ""
        except OSError as exc:
            warning = translate("AddServerDialog", "The server list could not be saved: {error}").format(
                error=exc.strerror or exc)
        self.password_edit.clear()
        self._detach()  # handed over: closing this dialog must no longer stop it
        self.connected.emit(connection, " ".join(part for part in (self._redirect, warning) if part))
        self.accept()

    # ---- looks ---------------------------------------------------------------------------------------

    @property
    def message(self) -> tuple[str, bool]:
        """The text under the form and whether it is an error."""
        return self.message_label.text(), self.message_label.property("error") is True

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.address_edit, self.user_edit, self.password_edit, self.connect_button):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy or text:
            self._show_message(text)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")

    def _show_error(self, text: str, focus: QLineEdit | None = None) -> None:
        self._show_message(text, error=True)
        if focus is not None:
            focus.setFocus()
            focus.selectAll()
