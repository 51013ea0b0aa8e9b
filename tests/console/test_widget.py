"""ConsoleWidget offscreen: real QEMU / Xvnc screens, Qt key events reaching the guest, resize, pointer and
wheel mapping through the scale, status line, reconnect, screenshot."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from xencenter.console.widget import ConsoleWidget

from .recording import RecordingServer

X11_OFFSET = 8  # XKB keycode = evdev code + 8, what Qt reports as the native scan code on Linux


@pytest.fixture
def console(qtbot):
    widget = ConsoleWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 520)
    widget.show()
    yield widget
    widget.disconnect_session()


@pytest.fixture
def recorder():
    servers = []

    def start(**options) -> RecordingServer:
        servers.append(RecordingServer(**options))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def _image_array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    ptr = image.constBits()
    rows = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width()].copy()  # the QImage's memory dies with it


def test_widget_paints_the_qemu_screen(console, qemu, qtbot, tmp_path):
    vm = qemu()
    console.connect_vnc("127.0.0.1", vm.port)
    # SeaBIOS clears the screen after its banner; its last words, "No bootable device.", are below y=100
    qtbot.waitUntil(lambda: console.state == "connected" and console.framebuffer_size() == QSize(720, 400)
                    and (console._video.data[100:, :, :3] > 128).any(), timeout=20000)
    qtbot.waitUntil(lambda: "Tight, 720×400" in console.status_text(), timeout=5000)
    assert console.status_text() == f"Connected to 127.0.0.1:{vm.port} — Tight, 720×400 — insecure (no encryption)"
    shot = console.grab()
    path = tmp_path / "widget.png"
    shot.save(str(path))
    if os.environ.get("CONSOLE_SCREENSHOT_DIR"):  # for a human look
        shutil.copy(path, os.environ["CONSOLE_SCREENSHOT_DIR"])
    pixels = _image_array(console.display.grab().toImage())
    assert (pixels[:, :, :3].max(axis=2) > 128).mean() > 0.001  # text is on screen, scaled to fit

    console.set_scale_to_fit(False)
    assert console.display.size() == QSize(720, 400)
    png = tmp_path / "console.png"
    console.save_screenshot(png)
    saved = _image_array(QImage(str(png)))
    assert saved.shape[:2] == (400, 720)
    assert np.array_equal(saved[:, :, :3], console._video.data[:, :, :3])


def _native_key(widget, down: bool, evdev: int, key: Qt.Key, text: str = "",
                modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    kind = QEvent.Type.KeyPress if down else QEvent.Type.KeyRelease
    QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, evdev + X11_OFFSET, 0, 0, text))


def test_qt_key_events_reach_the_guest_as_scancodes_and_keysyms(console, qemu, qtbot):
    vm = qemu(boot_disk=True)
    vm.wait_serial(lambda data: data.startswith(b"R"))
    console.connect_vnc("127.0.0.1", vm.port)
    qtbot.waitUntil(lambda: console.state == "connected" and console.session.client is not None
                    and console.session.client.keyboard.extended, timeout=20000)
    display = console.display
    display.setFocus()
    # A physical Shift+1 as Qt reports it on Linux: native scan codes, shifted text
    shift = Qt.KeyboardModifier.ShiftModifier
    _native_key(display, True, 42, Qt.Key.Key_Shift, "", shift)
    _native_key(display, True, 2, Qt.Key.Key_Exclam, "!", shift)
    _native_key(display, False, 2, Qt.Key.Key_Exclam, "!", shift)
    _native_key(display, False, 42, Qt.Key.Key_Shift, "")
    vm.wait_serial(lambda data: len(data) >= 3)
    # Synthetic events without scan codes: keysyms, with Shift synchronised from the event's modifiers
    QTest.keyClick(display, Qt.Key.Key_Q, shift, -1)
    QTest.keyClick(display, Qt.Key.Key_W)
    QTest.keyClick(display, Qt.Key.Key_Tab)  # must not move the focus away
    serial = vm.wait_serial(lambda data: len(data) >= 9)
    assert serial[1:3] == b"\x02!"
    assert serial[3:9] == b"\x10Q\x11w\x0f\t"
    assert display.hasFocus()


def test_guest_mode_switch_resizes_the_widget(console, qemu, qtbot):
    vm = qemu(boot_disk=True)
    vm.wait_serial(lambda data: data.startswith(b"R"))
    console.set_scale_to_fit(False)
    sizes = []
    console.resized.connect(lambda w, h: sizes.append((w, h)))
    console.connect_vnc("127.0.0.1", vm.port)
    qtbot.waitUntil(lambda: console.framebuffer_size() == QSize(720, 400), timeout=20000)
    console.display.setFocus()
    QTest.keyClick(console.display, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: console.framebuffer_size() == QSize(640, 400), timeout=20000)
    assert console.display.size() == QSize(640, 400)
    assert sizes[-1] == (640, 400)
    qtbot.waitUntil(lambda: "640×400" in console.status_text(), timeout=5000)


def test_pointer_and_wheel_are_mapped_through_the_scale(console, recorder, qtbot):
    server = recorder(width=200, height=100)
    console.connect_vnc("127.0.0.1", server.port)
    qtbot.waitUntil(lambda: console.framebuffer_size() == QSize(200, 100), timeout=10000)
    display = console.display
    assert console.scale_to_fit and display.scale > 2  # 200x100 fitted into ~800x500
    centre = QPointF(display.offset.x() + 100 * display.scale, display.offset.y() + 50 * display.scale)
    QTest.mouseMove(display, centre.toPoint())
    QTest.mousePress(display, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, centre.toPoint())
    QTest.mouseRelease(display, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, centre.toPoint())
    for dx, dy in ((0, -240), (120, 0)):
        display.wheelEvent(QWheelEvent(centre, display.mapToGlobal(centre), QPoint(), QPoint(dx, dy),
                                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                       Qt.ScrollPhase.NoScrollPhase, False))
    server.wait(lambda: len(server.of("pointer")) >= 9)
    pointer = server.of("pointer")
    assert {(x, y) for _m, x, y in pointer} == {(100, 50)}
    masks = [m for m, _x, _y in pointer]
    assert masks[-9:] == [0, 4, 0, 16, 0, 16, 0, 32, 0]  # move, right click, 2 x wheel down, 1 x wheel left
    # outside the picture (letterbox) clamps to the edge
    QTest.mouseMove(display, QPoint(display.width() - 1, display.height() - 1))
    server.wait(lambda: server.of("pointer")[-1][1:] == (199, 99))


def test_buttons_cursor_and_clipboard(console, recorder, qtbot):
    server = recorder(extended_keys=True, cursor=True, cut_text="from the guest")
    console.connect_vnc("127.0.0.1", server.port)
    qtbot.waitUntil(lambda: console.session.client is not None and console.session.client.keyboard.extended,
                    timeout=10000)
    qtbot.waitUntil(lambda: console.display.cursor().shape() == Qt.CursorShape.BitmapCursor, timeout=5000)
    assert console.display.cursor().hotSpot() == QPoint(2, 3)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "from the guest", timeout=5000)
    console.send_ctrl_alt_del()
    console.send_ctrl_alt_insert()
    QGuiApplication.clipboard().setText("copied elsewhere")  # the console has no focus: not shared
    console.display.setFocus()
    qtbot.waitUntil(console.display.hasFocus, timeout=5000)
    QGuiApplication.clipboard().setText("hello")  # a copy made while the console has the focus is shared
    server.wait(lambda: len(server.of("qemu_key")) == 12 and server.of("cut"))
    keys = server.of("qemu_key")
    assert [(down, code) for down, _sym, code in keys[:6]] == [(1, 0x1D), (1, 0x38), (1, 0xD3), (0, 0xD3),
                                                                (0, 0x38), (0, 0x1D)]
    assert keys[8][2] == 0xD2
    assert server.of("cut") == [("hello",)]  # never "copied elsewhere"


def test_status_line_and_reconnect_after_the_server_hangs_up(console, recorder, qtbot):
    server = recorder()
    states = []
    console.status_changed.connect(states.append)
    console.connect_vnc("127.0.0.1", server.port)
    qtbot.waitUntil(lambda: console.state == "connected", timeout=10000)
    assert states[0] == f"Connecting to 127.0.0.1:{server.port}…"
    server.drop_connection()
    qtbot.waitUntil(lambda: console.state == "disconnected", timeout=10000)
    assert "reconnecting in 1 s" in console.status_text()
    qtbot.waitUntil(lambda: console.state == "connected" and server.connections == 2, timeout=10000)


def test_wrong_password_stops_with_a_clear_status(console, xvnc, qtbot):
    server = xvnc(password="right")
    console.connect_vnc("127.0.0.1", server.port, "wrong")
    qtbot.waitUntil(lambda: console.state == "failed", timeout=10000)
    assert console.status_text().startswith("Disconnected: authentication failed")
    assert not console.session.running  # no reconnect loop against a wrong password


def test_console_of_a_simulated_vm_through_the_tunnel_echoes_typing(console, sim_factory, qtbot):
    from xencenter.xenapi.address import located
    from xencenter.xenapi.session import Session

    from .textscreen import screen_text

    server = sim_factory("--hosts", "1", "--vms", "10")
    with Session(server.url, fingerprint=server.fingerprint) as session:
        session.login_with_password("root", "xenroot")
        vms = session.xenapi.VM.get_all_records()
        console_record = next(c for c in session.xenapi.console.get_all_records().values()
                              if c["protocol"] == "rfb" and not vms[c["VM"]]["is_control_domain"]
                              and vms[c["VM"]]["platform"].get("viridian") != "true")  # a Linux login prompt
        name = vms[console_record["VM"]]["name_label"]
        console.connect_console(located(console_record["location"], server.url), session.ref, server.fingerprint, description=name)
        qtbot.waitUntil(lambda: console.state == "connected" and console._video is not None
                        and f"{name} login:" in screen_text(console._video.as_rgba()), timeout=15000)
        console.display.setFocus()
        QTest.keyClicks(console.display, "root")
        qtbot.waitUntil(lambda: f"{name} login: root" in screen_text(console._video.as_rgba()), timeout=10000)
        assert console.status_text().startswith(f"Connected to {name} — Raw,")
