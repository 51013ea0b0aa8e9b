"""The console toolbar against a recording RFB server: the key chords it sends, fit / 1:1, the Reconnect
button after the server hangs up, and what is enabled when."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from tests.console.recording import RecordingServer
from xencenter.console.keys import KEYSYMS
from xencenter.console.session import ConsoleSession
from xencenter.views.console_window import ConsolePanel, ConsoleWindow


@pytest.fixture
def server():
    recorder = RecordingServer(width=200, height=100)
    yield recorder
    recorder.close()


@pytest.fixture
def panel(qtbot, server):
    panel = ConsolePanel("recorder", dockable=False)
    window = ConsoleWindow(panel)
    window.show()
    qtbot.waitExposed(window)
    yield panel
    panel.console.disconnect_session()
    window.close()


def test_key_chords_fit_and_reconnect(qtbot, server, panel, monkeypatch):
    # a long backoff, so that only the Reconnect button can bring the session back within the test
    monkeypatch.setattr(ConsoleSession.__init__, "__defaults__", ("", (30.0,)))
    actions = panel.actions_by_name
    assert not actions["ctrl_alt_del"].isEnabled() and not actions["screenshot"].isEnabled()
    console = panel.console
    console.connect_vnc("127.0.0.1", server.port)
    qtbot.waitUntil(lambda: console.state == "connected" and console.framebuffer_size().isValid(), timeout=10000)
    assert actions["ctrl_alt_del"].isEnabled() and actions["screenshot"].isEnabled()
    assert not actions["reconnect"].isVisible()

    actions["ctrl_alt_del"].trigger()
    ctrl, alt = KEYSYMS["Control_L"], KEYSYMS["Alt_L"]
    chord = [(1, ctrl), (1, alt), (1, KEYSYMS["Delete"])]
    server.wait(lambda: len(server.of("key")) >= 6)
    keys = server.of("key")  # (down, keysym)
    assert keys[:3] == chord and sorted(keys[3:6]) == sorted((0, k) for _, k in chord)
    server.messages.clear()
    actions["ctrl_alt_insert"].trigger()
    server.wait(lambda: len(server.of("key")) >= 6)
    assert (1, KEYSYMS["Insert"]) in server.of("key")

    actions["scale"].trigger()  # off: 1:1 with scroll bars
    assert not console.scale_to_fit and console.display.size() == QSize(200, 100)
    actions["scale"].trigger()
    assert console.scale_to_fit

    session = console.session
    server.drop_connection()
    qtbot.waitUntil(lambda: console.state == "disconnected", timeout=10000)
    assert "reconnecting in 30 s" in console.status_text()
    assert actions["reconnect"].isVisible() and not actions["ctrl_alt_del"].isEnabled()
    assert "Disconnected" in console.status_text()
    actions["reconnect"].trigger()  # no waiting for the backoff
    qtbot.waitUntil(lambda: console.state == "connected", timeout=10000)
    assert server.connections == 2 and console.session is session
