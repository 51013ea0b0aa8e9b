"""The Console tab inside the real main window in demo mode (its own simulator): selecting a running VM and
the Console tab shows the login prompt; another tab, after the delay, ends the session; the File menu's
"Connect to VNC Server…"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.views.console.console_helpers import shoot, wait_prompt
from xencenter.views import vnc_dialog
from xencenter.views.tabs.console import ConsolePage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
WAIT = 30_000


def test_console_tab_in_the_demo_window(qtbot, demo, monkeypatch):
    window, connection, *_ = demo
    vm = min((v for v in connection.cache.all("VM") if v.is_real_vm and v.power_state == "Running"),
             key=lambda v: v.name)
    navigation = window.navigation
    navigation.tree.expandAll()
    assert navigation.select_object(navigation.connections.key(connection), vm.ref)
    page = next(p for p in window.pages if isinstance(p, ConsolePage))
    page.disconnect_delay = 0.3
    qtbot.waitUntil(lambda: window.tabs.indexOf(page) >= 0, timeout=WAIT)
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.panel is not None, timeout=WAIT)
    console = page.panel.console
    wait_prompt(qtbot, console, f"{vm.name} login:")
    qtbot.wait(200)  # let the picture paint
    shoot(window, "main-window")
    session = console.session
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not session.running, timeout=5000)

    opened = []  # File > Connect to VNC Server... opens the dialog over the window
    monkeypatch.setattr(vnc_dialog, "open_vnc_dialog", lambda *args: opened.append(args))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    file_menu = window.menuBar().actions()[0].menu()
    item = next(a for a in file_menu.actions() if a.text() == "Connect to &VNC Server...")
    item.trigger()
    assert opened == [(window, window.context.settings)]
