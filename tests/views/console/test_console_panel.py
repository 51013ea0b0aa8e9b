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


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen
def test_options_open_a_console_unscaled_with_its_own_clipboard_and_the_keyboard_grabbed(qtbot, server, panel):
    from xencenter.settings import ConsoleOptions

    panel.use_options(ConsoleOptions(scale_to_fit=False, share_clipboard=False, grab_keyboard=True))
    console, actions = panel.console, panel.actions_by_name
    assert not console.scale_to_fit and not actions["scale"].isChecked() and not console.sync_clipboard
    assert not console.keyboard_grabbed  # not before it connects
    console.connect_vnc("127.0.0.1", server.port)
    qtbot.waitUntil(lambda: console.state == "connected" and console.keyboard_grabbed, timeout=10000)
    assert actions["grab"].isChecked()
    console.set_keyboard_grabbed(False)  # once only: released, it stays released
    server.drop_connection()
    qtbot.waitUntil(lambda: console.state == "disconnected", timeout=10000)
    console.reconnect_now()
    qtbot.waitUntil(lambda: server.connections == 2 and console.state == "connected", timeout=10000)
    assert not console.keyboard_grabbed


def test_default_options_keep_the_console_as_it_was(panel):
    from xencenter.settings import ConsoleOptions

    panel.use_options(ConsoleOptions())
    assert panel.console.scale_to_fit and panel.console.sync_clipboard and not panel.console.keyboard_grabbed
