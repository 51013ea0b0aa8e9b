"""The trust questions: what they show, that Enter never trusts, that a change needs a deliberate tick."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from xencenter.trust import format_fingerprint
from xencenter.views.certificate_dialogs import (
    ChangedCertificateDialog,
    UnknownCertificateDialog,
    fingerprint_text,
    validity_text,
)
from xencenter.xenapi.tls import CertificateInfo

# The offscreen platform warns about every top-level window it shows; nothing else may warn.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime.now(UTC)
NEW = "ab" * 32
OLD = "12" * 32


def certificate(**changes) -> CertificateInfo:
    values = {
        "sha256": format_fingerprint(NEW),
        "subject": "CN=host1.example.com,O=Lab",
        "issuer": "CN=Lab CA",
        "not_before": NOW - timedelta(days=10),
        "not_after": NOW + timedelta(days=365),
        "system_trusted": False,
    }
    values.update(changes)
    return CertificateInfo(**values)


def label(dialog, name) -> str:
    return dialog.findChild(QLabel, name).text()


def test_fingerprint_is_shown_in_two_comparable_lines():
    first, second = fingerprint_text(NEW).splitlines()
    assert first.count(":") == 16 and second.count(":") == 15
    assert (first + second).replace(":", "") == NEW.upper()


@pytest.mark.parametrize(
    "start, end, valid, note",
    [(-10, 10, True, ""), (-10, -1, False, "(expired)"), (1, 10, False, "(not valid yet)")],
)
def test_validity_in_words(start, end, valid, note):
    info = certificate(not_before=NOW + timedelta(days=start), not_after=NOW + timedelta(days=end))
    text, ok = validity_text(info, NOW)
    assert ok is valid and text.startswith("from ") and text.endswith(note)


def test_unknown_certificate_shows_what_to_compare(qtbot):
    dialog = UnknownCertificateDialog("10.0.0.1:443", certificate())
    qtbot.addWidget(dialog)
    assert "10.0.0.1:443" in dialog.findChild(QLabel, "headline").text()
    assert label(dialog, "fingerprint").replace("\n", "") == format_fingerprint(NEW)
    assert label(dialog, "subject") == "CN=host1.example.com,O=Lab"
    assert label(dialog, "issuer") == "CN=Lab CA"
    assert "expired" not in label(dialog, "validity")
    assert "xapi-ssl.pem" in label(dialog, "command")


def test_enter_cancels_and_the_trust_button_accepts(qtbot):
    dialog = UnknownCertificateDialog("h:443", certificate())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected

    dialog.show()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_changed_certificate_needs_a_deliberate_confirmation(qtbot):
    dialog = ChangedCertificateDialog("h:443", OLD, certificate(not_after=NOW - timedelta(days=1)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert label(dialog, "old_fingerprint").replace("\n", "") == format_fingerprint(OLD)
    assert label(dialog, "new_fingerprint").replace("\n", "") == format_fingerprint(NEW)
    assert "(expired)" in label(dialog, "validity")
    assert not dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # a disabled button does nothing
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected  # Enter is Cancel

    dialog.show()
    dialog.confirm.setChecked(True)
    assert dialog.accept_button.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_change_without_the_new_certificate_cannot_be_accepted(qtbot):
    dialog = ChangedCertificateDialog("h:443", OLD, None)
    qtbot.addWidget(dialog)
    assert not dialog.confirm.isEnabled()
    assert "could not be read" in label(dialog, "new_fingerprint")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault()
