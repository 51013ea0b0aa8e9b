"""Undocking, docking back and fullscreen keep the console's session; the fullscreen keys; the toolbar's
screenshot and clipboard typing, against the simulator's text console."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.views.console.console_helpers import (
    HIDDEN_DELAY,
    console_visible,
    running_vms,
    screen,
    shoot,
    wait_prompt,
)
from xencenter.views.console_window import ConsoleWindow

X11_OFFSET = 8
EVDEV_RIGHT_CTRL = 97


def _right_ctrl(widget, down: bool) -> None:
    """Right Ctrl as Qt reports it on Linux (native scan code = evdev + 8)."""
    kind = QEvent.Type.KeyPress if down else QEvent.Type.KeyRelease
    modifiers = Qt.KeyboardModifier.ControlModifier if down else Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Control, modifiers, EVDEV_RIGHT_CTRL + X11_OFFSET,
                                             0, 0, ""))


def test_undock_and_dock_keep_the_session(qtbot, live, tab):
    vm = running_vms(live)[0]
    page = tab.page
    page.set_selection([vm])
    panel = page.panel
    wait_prompt(qtbot, panel.console, f"{vm.name} login:")
    session = panel.console.session
    panel.actions_by_name["dock"].trigger()
    window = panel.window()
    assert isinstance(window, ConsoleWindow) and window.isVisible() and console_visible(panel)
    assert window.windowTitle() == f"{vm.name} — Console"
    assert panel.actions_by_name["dock"].text() == "Dock"
    assert page.panel is None and page.holder.currentWidget() is page.undocked_note
    assert vm.name in page.undocked_label.text()
    qtbot.waitExposed(window)
    console = panel.console
    console.display.setFocus()
    QTest.keyClicks(console.display, "root")
    qtbot.waitUntil(lambda: f"{vm.name} login: root" in screen(console), timeout=10000)
    assert console.session is session and session.running
    shoot(window, "undocked")

    tab.tabs.setCurrentIndex(0)  # the tab hidden: an undocked console stays connected
    qtbot.wait(int(HIDDEN_DELAY * 1000 * 2))
    assert console.session is session and console.state == "connected"
    tab.tabs.setCurrentWidget(page)

    panel.actions_by_name["dock"].trigger()
    assert page.panel is panel and panel.window() is tab.tabs
    assert page.holder.currentWidget() is panel and console_visible(panel)
    assert panel.actions_by_name["dock"].text() == "Undock"
    assert console.session is session and session.running
    assert f"{vm.name} login: root" in screen(console)


def test_closing_the_undocked_window_docks_and_another_selection_ends_it(qtbot, live, tab):
    first, second = running_vms(live)[:2]
    page = tab.page
    page.disconnect_delay = 60.0
    page.set_selection([first])
    panel = page.panel
    wait_prompt(qtbot, panel.console, f"{first.name} login:")
    window = page.undock()
    window.close()  # closing = docking back
    assert page.panel is panel and panel.console.state == "connected"

    window = page.undock()
    session = panel.console.session
    page.set_selection([second])  # the undocked console of the first VM lives on...
    assert session.running and page.panel is not panel
    wait_prompt(qtbot, page.panel.console, f"{second.name} login:")
    window.close()  # ...until docked while its VM is not selected: then it ends
    qtbot.waitUntil(lambda: not session.running, timeout=5000)
    assert page.windows == {}


def test_undocked_console_follows_a_shutdown(qtbot, live, tab):
    vm = running_vms(live)[4]
    page = tab.page
    page.set_selection([vm])
    panel = page.panel
    wait_prompt(qtbot, panel.console, f"{vm.name} login:")
    page.undock()
    tab.tabs.setCurrentIndex(0)
    live.admin.xenapi.VM.hard_shutdown(vm.ref)
    qtbot.waitUntil(lambda: not panel.showing_console, timeout=10000)
    assert panel.message.text() == "This VM is shut down; start it to use its console."
    assert panel.console.session is None
    assert panel.toolbar.isVisible() and panel.actions_by_name["dock"].isVisible()  # Dock stays reachable


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen
def test_fullscreen_keys(qtbot, live, tab):
    vm = running_vms(live)[1]
    page = tab.page
    page.set_selection([vm])
    panel = page.panel
    console = panel.console
    wait_prompt(qtbot, console, f"{vm.name} login:")
    session = console.session
    console.display.setFocus()

    QTest.keyClick(console.display, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    window = panel.window()
    assert isinstance(window, ConsoleWindow) and window.isFullScreen() and panel.fullscreen
    assert not panel.toolbar.isVisible() and panel.hint.isVisible()
    qtbot.waitExposed(window)
    shoot(window, "fullscreen")
    QTest.keyClick(console.display, Qt.Key.Key_Escape)  # Esc leaves (the keyboard is not grabbed)
    assert page.panel is panel and not panel.fullscreen and panel.toolbar.isVisible()

    QTest.keyClick(console.display, Qt.Key.Key_F11)
    assert panel.window().isFullScreen()
    _right_ctrl(console.display, True)  # a tap on the release key leaves too
    _right_ctrl(console.display, False)
    assert page.panel is panel and not panel.fullscreen

    window = page.undock()  # fullscreen from an undocked window, and back to that window
    panel.actions_by_name["fullscreen"].trigger()
    assert window.isFullScreen() and panel.window() is window
    panel.console.set_keyboard_grabbed(True)
    QTest.keyClick(console.display, Qt.Key.Key_Escape)  # grabbed: Esc belongs to the guest
    assert window.isFullScreen()
    QTest.keyClick(console.display, Qt.Key.Key_F11)
    assert not window.isFullScreen() and panel.window() is window and not panel.fullscreen
    assert console.session is session and session.running
    QTest.keyClicks(console.display, "ok")  # the typed text reached the guest (Esc too: no "ok" lost)
    qtbot.waitUntil(lambda: any(line.endswith("ok") for line in screen(console)), timeout=10000)


def test_screenshot_and_typing_the_clipboard(qtbot, live, tab, tmp_path):
    vm = running_vms(live)[2]
    page = tab.page
    page.set_selection([vm])
    panel = page.panel
    console = panel.console
    wait_prompt(qtbot, console, f"{vm.name} login:")
    console.sync_clipboard = False  # the test's clipboard text is for typing only
    QGuiApplication.clipboard().setText("admin")
    panel.actions_by_name["type_clipboard"].trigger()
    qtbot.waitUntil(lambda: f"{vm.name} login: admin" in screen(console), timeout=10000)

    asked = []
    target = tmp_path / "shot"
    panel.ask_save_path = lambda suggested: asked.append(suggested) or str(target)
    panel.actions_by_name["screenshot"].trigger()
    assert asked and asked[0].endswith(".png") and vm.name in asked[0]
    saved = QImage(str(target) + ".png").convertToFormat(QImage.Format.Format_RGBA8888)
    assert (saved.width(), saved.height()) == (console._video.width, console._video.height)
    pixels = np.frombuffer(saved.constBits(), np.uint8).reshape(saved.height(), saved.width(), 4)
    assert np.array_equal(pixels[:, :, :3], console._video.as_rgba()[:, :, :3])
