"""Certificate questions of connections already in the window: a reconnection or a coordinator failover that
meets a certificate nobody trusts (a member of a pool older than XenServer 8.2, which publishes no Certificate
objects) or a changed one asks the user, as Add Server does for a new server; trusting it reconnects.

The dialog says where the fingerprint it compares with came from: the user's own trust, or the pool.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.certificate_dialogs import XAPI_EXPLANATION, ChangedCertificateDialog, UnknownCertificateDialog
from xencenter.views.dialogs import active_window

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.operations.connections import ConnectionManager
    from xencenter.xenapi.tls import CertificateInfo

MEMBER_EXPLANATION = QT_TRANSLATE_NOOP(
    "CertificateDialogs", "This server is a member of the pool you are connected to, but the pool does not publish "
    "its certificate (XenServer before 8.2 does not). XenServer and XCP-ng hosts usually present a self-signed "
    "certificate. Trust it only if its fingerprint matches the one the host shows, e.g. on the host's console:")


class CertificateQuestions(QObject):
    """Asks about the certificates of every connection of ``connections`` (one open question at a time)."""

    def __init__(self, connections: ConnectionManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connections = connections
        self.question: QDialog | None = None
        connections.added.connect(self._watch)
        connections.removed.connect(self._unwatch)
        for connection in connections:
            self._watch(connection)

    def _slots(self, connection: Connection) -> list[tuple]:
        return [(connection.certificate_unknown, self._unknown), (connection.certificate_changed, self._changed)]

    def _watch(self, connection: Connection) -> None:
        for signal, slot in self._slots(connection):
            signal.connect(slot)

    def _unwatch(self, connection: Connection) -> None:
        for signal, slot in self._slots(connection):
            signal.disconnect(slot)

    def _sender(self) -> Connection | None:
        connection = self.sender()
        return connection if connection in self.connections else None  # type: ignore[return-value]

    def _unknown(self, address: str, info: CertificateInfo) -> None:
        connection = self._sender()
        if connection is None:
            return
        member = address != connection.address.key
        dialog = UnknownCertificateDialog(address, info, active_window(),
                                          explanation=MEMBER_EXPLANATION if member else XAPI_EXPLANATION)
        self._ask(dialog, connection, address, info)

    def _changed(self, address: str, expected: str, info: CertificateInfo | None) -> None:
        connection = self._sender()
        if connection is None:
            return
        dialog = ChangedCertificateDialog(address, expected, info, active_window(),
                                          source=connection.pin_source(address) or "yours")
        self._ask(dialog, connection, address, info)

    def _ask(self, dialog: QDialog, connection: Connection, address: str, info: CertificateInfo | None) -> None:
        if self.question is not None:
            dialog.deleteLater()
            return  # one question at a time; the connection stays disconnected, its reason says why
        self.question = dialog

        def decided(result: int) -> None:
            self.question = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and info is not None and connection in self.connections:
                connection.trust_certificate(address, info.sha256)

        dialog.finished.connect(decided)
        dialog.open()
