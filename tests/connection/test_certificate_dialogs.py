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


def test_a_changed_certificate_says_when_the_pool_gave_the_fingerprint(qtbot):
    dialog = ChangedCertificateDialog("127.0.0.2:443", OLD, certificate(), source="pool")
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "Fingerprint the pool gives:" in labels and "Trusted fingerprint:" not in labels
    assert any("the one the pool says it has" in text for text in labels)
    yours = ChangedCertificateDialog("127.0.0.2:443", OLD, certificate())
    qtbot.addWidget(yours)
    assert "Trusted fingerprint:" in [w.text() for w in yours.findChildren(QLabel)]


def test_a_failover_to_an_untrusted_member_asks_in_the_window_and_reconnects(qtbot, sim_factory, connect, wait_state,
                                                                            admin, trust):
    """A pool older than 8.2 publishes no certificates: the window asks about the member, saying why."""
    from connection_helpers import XAPI_DBS, sim_address

    from xencenter.connection import ConnectionState
    from xencenter.operations.connections import ConnectionManager
    from xencenter.views.trust_questions import CertificateQuestions
    from xencenter.xenapi.address import ServerAddress

    server = sim_factory("--db", str(next(p for p in XAPI_DBS if p.name == "TampaTwoHostPoolSelectioniSCSI.xml")))
    connection = connect(server)
    wait_state(connection, ConnectionState.CONNECTED)

    class Settings:  # the manager needs settings only to create connections; this one is made by the test
        def inventory_dir(self) -> None:
            return None

    manager = ConnectionManager(Settings())  # type: ignore[arg-type]
    questions = CertificateQuestions(manager)
    manager.adopt(connection)
    old = sim_address(server)
    member = next(ServerAddress.parse(a) for a in connection.pool_addresses if ServerAddress.parse(a) != old)
    hosts = {ServerAddress.parse(r["address"], default_port=server.port): ref for ref, r in connection.cache.items("host")}
    api = admin(server).xenapi
    api.sim.promote(hosts[member])
    api.sim.stop_endpoint(hosts[old])
    qtbot.waitUntil(lambda: questions.question is not None, timeout=20000)
    question = questions.question
    assert isinstance(question, UnknownCertificateDialog) and question.address == member.key
    assert any("member of the pool" in w.text() for w in question.findChildren(QLabel))
    question.accept()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED and connection.coordinator == member,
                    timeout=20000)
    assert trust.pinned(member) == server.fingerprint
