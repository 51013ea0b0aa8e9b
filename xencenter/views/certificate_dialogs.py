"""The two trust questions: a certificate seen for the first time, and a certificate that changed.

Both default to Cancel (Enter never trusts anything). Accepting a changed certificate takes a deliberate
confirmation, because that dialog is exactly what a man in the middle would cause.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.trust import format_fingerprint

if TYPE_CHECKING:
    from xencenter.xenapi.tls import CertificateInfo

translate = QCoreApplication.translate

OPENSSL_HINT = "openssl x509 -noout -fingerprint -sha256 \\\n    -in /etc/xensource/xapi-ssl.pem"
XAPI_EXPLANATION = (QT_TRANSLATE_NOOP("CertificateDialogs", "XenServer and XCP-ng hosts usually present a self-signed certificate. Trust it only if its "
                    "fingerprint matches the one the host shows, e.g. on the host's console:"))
VNC_EXPLANATION = (QT_TRANSLATE_NOOP("CertificateDialogs", "VNC servers usually present a self-signed certificate. Trust it only if its fingerprint "
                   "matches the one of the certificate the server was started with (TigerVNC: its -X509Cert "
                   "file; QEMU: server-cert.pem in its tls-creds directory):"))
VNC_OPENSSL_HINT = "openssl x509 -noout -fingerprint -sha256 \\\n    -in server-cert.pem"


def fingerprint_text(fingerprint: str) -> str:
    """``AB:CD:...`` on two lines of 16 bytes, easy to compare pair by pair."""
    pairs = format_fingerprint(fingerprint).split(":")
    return ":".join(pairs[:16]) + ":\n" + ":".join(pairs[16:])


def validity_text(info: CertificateInfo, now: datetime | None = None) -> tuple[str, bool]:
    """"from .. until .." and whether the certificate is valid right now."""
    now = now or datetime.now(UTC)
    dates = {"start": f"{info.not_before:%Y-%m-%d}", "end": f"{info.not_after:%Y-%m-%d}"}
    if now < info.not_before:
        return translate("CertificateDialogs", "from {start} until {end} (not valid yet)").format(**dates), False
    if now > info.not_after:
        return translate("CertificateDialogs", "from {start} until {end} (expired)").format(**dates), False
    return translate("CertificateDialogs", "from {start} until {end}").format(**dates), True


def _selectable(text: str, *, mono: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(not mono)
    if mono:
        label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    if name:
        label.setObjectName(name)
    return label


class _CertificateDialog(QDialog):
    """Common frame: icon + headline + explanation, the certificate's details, buttons (Cancel default)."""

    def __init__(self, title: str, icon: QStyle.StandardPixmap, headline: str, explanation: str,
                 parent: QWidget | None, command: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        top = QHBoxLayout()
        icon_label = QLabel()
        icon_label.setPixmap(self.style().standardIcon(icon).pixmap(48, 48))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon_label)
        words = QVBoxLayout()
        head = QLabel(headline)
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        head.setObjectName("headline")
        font = head.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        head.setFont(font)
        words.addWidget(head)
        body = QLabel(explanation)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.addWidget(body)
        if command:
            shell = _selectable(command, mono=True, name="command")
            shell.setContentsMargins(12, 0, 0, 0)
            words.addWidget(shell)
        top.addLayout(words, 1)
        top.setSpacing(16)

        self.details = QFormLayout()
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.details.setHorizontalSpacing(12)
        self.details.setVerticalSpacing(8)
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()

        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(14)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self.details)
        self.layout_.addSpacing(4)

    def _add_certificate(self, info: CertificateInfo) -> None:
        self.details.addRow(translate("CertificateDialogs", "Subject:"), _selectable(info.subject or "(none)", name="subject"))
        self.details.addRow(translate("CertificateDialogs", "Issuer:"), _selectable(info.issuer or "(none)", name="issuer"))
        text, valid = validity_text(info)
        validity = _selectable(text, name="validity")
        if not valid:
            validity.setStyleSheet("color: #b00020; font-weight: bold;")
        self.details.addRow(translate("CertificateDialogs", "Valid:"), validity)

    def _finish(self, accept_button: QPushButton) -> None:
        accept_button.setAutoDefault(False)
        self.buttons.addButton(accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.layout_.addWidget(self.buttons)


class UnknownCertificateDialog(_CertificateDialog):
    """First use: show fingerprint, subject and validity; Trust connects, Cancel does not."""

    def __init__(self, address: str, info: CertificateInfo, parent: QWidget | None = None, *,
                 explanation: str = XAPI_EXPLANATION, command: str = OPENSSL_HINT) -> None:
        super().__init__(
            translate("CertificateDialogs", "Unknown certificate"),
            QStyle.StandardPixmap.SP_MessageBoxWarning,
            translate("CertificateDialogs", "The certificate of {address} is not trusted by this computer").format(
                address=address),
            translate("CertificateDialogs", explanation),
            parent,
            command=command,
        )
        self.address = address
        self.info = info
        self.details.addRow(translate("CertificateDialogs", "SHA-256 fingerprint:"), _selectable(fingerprint_text(info.sha256), mono=True,
                                                                name="fingerprint"))
        self._add_certificate(info)
        self.trust_button = QPushButton(translate("CertificateDialogs", "&Trust and connect"))
        self._finish(self.trust_button)


class ChangedCertificateDialog(_CertificateDialog):
    """Pin mismatch: refused; the new certificate can be accepted only after ticking a confirmation."""

    def __init__(self, address: str, old_fingerprint: str, info: CertificateInfo | None,
                 parent: QWidget | None = None, *, source: str = "yours") -> None:
        """``source`` says where the expected fingerprint came from: "yours" (trusted by the user) or "pool"
        (the pool's Certificate object for this server, read over the trusted connection to its coordinator)."""
        explanation = translate(
            "CertificateDialogs", "The host presented a different certificate from the one the pool says it has (the "
            "pool publishes each server's certificate). That is expected after the certificate was renewed or the "
            "host reinstalled, but it is also what someone intercepting the connection would cause. <b>The "
            "connection was refused.</b> Ask the host's administrator for the new fingerprint before accepting "
            "it.") if source == "pool" else translate(
            "CertificateDialogs", "The host presented a different certificate from the one you trusted. That is "
            "expected after the certificate was renewed or the host reinstalled, but it is also what someone "
            "intercepting the connection would cause. <b>The connection was refused.</b> Ask the host's "
            "administrator for the new fingerprint before accepting it.")
        super().__init__(
            translate("CertificateDialogs", "Certificate changed"),
            QStyle.StandardPixmap.SP_MessageBoxCritical,
            translate("CertificateDialogs", "The certificate of {address} has changed").format(address=address),
            explanation,
            parent,
        )
        self.address = address
        self.info = info
        self.source = source
        label = translate("CertificateDialogs", "Fingerprint the pool gives:") if source == "pool" else translate("CertificateDialogs", "Trusted fingerprint:")
        self.details.addRow(label, _selectable(fingerprint_text(old_fingerprint), mono=True, name="old_fingerprint"))
        new = fingerprint_text(info.sha256) if info else translate("CertificateDialogs", "(the certificate could not be read again)")
        new_label = _selectable(new, mono=True, name="new_fingerprint")
        new_label.setStyleSheet("color: #b00020;")
        self.details.addRow(translate("CertificateDialogs", "Presented fingerprint:"), new_label)
        if info is not None:
            self._add_certificate(info)
        self.confirm = QCheckBox(translate("CertificateDialogs", "I have checked the new fingerprint and I trust this certificate"))
        self.confirm.setEnabled(info is not None)
        self.layout_.addWidget(self.confirm)
        self.accept_button = QPushButton(translate("CertificateDialogs", "&Accept the new certificate"))
        self.accept_button.setEnabled(False)
        self.confirm.toggled.connect(self.accept_button.setEnabled)
        self._finish(self.accept_button)
