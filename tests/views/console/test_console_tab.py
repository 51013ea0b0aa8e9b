"""The Console tab against the simulator through a real Connection: the login prompt of a running VM (a Windows
guest's sign-in screen), typed
text echoed, the host console, a halted VM's message and Start button, power changes followed, and the
session's life (hidden tab, selection change)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtTest import QTest

from tests.views.console.console_helpers import (
    HIDDEN_DELAY,
    last_line,
    running_vms,
    screen,
    shoot,
    wait_prompt,
)
from xencenter.sim import rfb_text


def test_running_vm_shows_its_login_prompt_and_echoes_typing(qtbot, live, tab):
    vm = running_vms(live)[0]
    tab.page.set_selection([vm])
    panel = tab.page.panel
    console = panel.console
    wait_prompt(qtbot, console, f"{vm.name} login:")
    assert console.framebuffer_size().width() == rfb_text.WIDTH
    assert last_line(console) == f"{vm.name} login:"
    qtbot.waitUntil(lambda: console.status_text().startswith(f"Connected to {vm.name} — "), timeout=5000)
    assert f"{rfb_text.WIDTH}×{rfb_text.HEIGHT}" in console.status_text()
    console.display.setFocus()
    QTest.keyClicks(console.display, "root")
    qtbot.waitUntil(lambda: f"{vm.name} login: root" in screen(console), timeout=10000)
    assert all(panel.actions_by_name[name].isEnabled() for name in ("ctrl_alt_del", "type_clipboard", "grab"))
    shoot(tab.tabs, "tab")


def test_a_windows_guest_asks_for_ctrl_alt_delete_and_the_button_sends_it(qtbot, live, tab):
    vm = next(v for v in live.cache.all("VM") if v.is_real_vm and v.power_state == "Running"
              and v.platform.get("viridian") == "true")
    tab.page.set_selection([vm])
    panel = tab.page.panel
    console = panel.console
    wait_prompt(qtbot, console, "Press Ctrl+Alt+Delete to sign in.")
    assert not any("login:" in line for line in screen(console))
    qtbot.waitUntil(lambda: panel.actions_by_name["ctrl_alt_del"].isEnabled(), timeout=5000)
    panel.actions_by_name["ctrl_alt_del"].trigger()
    qtbot.waitUntil(lambda: any(line.strip() == "Administrator" for line in screen(console)), timeout=10000)
    assert any(line.strip().startswith("Password:") for line in screen(console))
    shoot(tab.tabs, "tab-windows")


def test_host_console_through_its_control_domain(qtbot, live, tab):
    host = min(live.cache.all("host"), key=lambda h: h.name)
    tab.page.set_selection([host])
    console = tab.page.panel.console
    wait_prompt(qtbot, console, "login:")
    assert console.session.client.video.name.startswith("Control domain on host")


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen
def test_hidden_tab_disconnects_after_the_delay_and_reconnects_when_shown(qtbot, live, tab):
    vm = running_vms(live)[1]
    tab.page.set_selection([vm])
    console = tab.page.panel.console
    wait_prompt(qtbot, console, f"{vm.name} login:")
    session = console.session
    panel = tab.page.panel
    panel.console.set_keyboard_grabbed(True)
    tab.tabs.setCurrentIndex(0)  # a short look at another tab keeps the session...
    assert not console.keyboard_grabbed  # ...but gives the keyboard back at once
    tab.tabs.setCurrentWidget(tab.page)  # (back before the delay ran out: no event loop ran in between)
    qtbot.wait(int(HIDDEN_DELAY * 1000 * 1.5))
    assert console.session is session and session.running
    started = time.monotonic()
    tab.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: console.session is None and not session.running and console.state == "stopped",
                    timeout=int(HIDDEN_DELAY * 1000) + 3000)  # (the last status comes through the event queue)
    assert time.monotonic() - started >= HIDDEN_DELAY * 0.9  # (coarse Qt timers may fire 5 % early)
    tab.tabs.setCurrentWidget(tab.page)
    wait_prompt(qtbot, console, f"{vm.name} login:")
    assert console.session is not session


def test_a_new_selection_ends_the_old_session_at_once(qtbot, live, tab):
    first, second = running_vms(live)[:2]
    tab.page.disconnect_delay = 60.0  # so that only the new selection can end the session
    tab.page.set_selection([first])
    old = tab.page.panel.console
    wait_prompt(qtbot, old, f"{first.name} login:")
    session = old.session
    tab.page.set_selection([second])
    qtbot.waitUntil(lambda: not session.running, timeout=5000)
    wait_prompt(qtbot, tab.page.panel.console, f"{second.name} login:")


def test_shutdown_shows_why_and_start_brings_the_console_back(qtbot, live, tab):
    vm = running_vms(live)[2]
    tab.page.set_selection([vm])
    panel = tab.page.panel
    wait_prompt(qtbot, panel.console, f"{vm.name} login:")
    live.admin.xenapi.VM.hard_shutdown(vm.ref)
    qtbot.waitUntil(lambda: not panel.showing_console, timeout=10000)
    assert tab.page.state_label.text() == "This VM is shut down; start it to use its console."
    assert panel.console.session is None
    assert not panel.toolbar.isVisible()
    shoot(tab.tabs, "halted")
    start = tab.page.buttons.buttons["vm.start"]
    qtbot.waitUntil(start.isEnabled, timeout=5000)
    start.click()
    qtbot.waitUntil(lambda: panel.showing_console, timeout=15000)
    wait_prompt(qtbot, panel.console, f"{vm.name} login:")


def test_a_reboot_reconnects(qtbot, live, tab):
    vm = running_vms(live)[3]
    tab.page.set_selection([vm])
    console = tab.page.panel.console
    wait_prompt(qtbot, console, f"{vm.name} login:")
    console.display.setFocus()
    QTest.keyClicks(console.display, "typed")
    qtbot.waitUntil(lambda: f"{vm.name} login: typed" in screen(console), timeout=10000)
    session = console.session
    live.admin.xenapi.VM.clean_reboot(vm.ref)  # a new domain: the old console session is over
    qtbot.waitUntil(lambda: console.session is not session, timeout=10000)
    # a fresh console: the prompt without the text typed into the old one
    qtbot.waitUntil(lambda: console.state == "connected"
                    and last_line(console) == f"{vm.name} login:", timeout=15000)
