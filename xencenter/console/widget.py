"""The console widget: paints a live RFB framebuffer and sends keyboard and mouse input back.

The RFB client runs in a :class:`~xencenter.console.session.ConsoleSession` thread; this widget only reacts to
queued signals and schedules input on the session's loop, so the UI thread never waits on the network. The
picture is a QImage over the client's numpy framebuffer (no copy); only damaged rectangles are repainted."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QCursor,
    QFocusEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .decoders import Cursor
from .png import write_png
from .protocol import Encoding, Rect
from .qtkeys import MODIFIER_KEYS, key_data, modifier_key
from .rfb import (
    Bell,
    ClipboardText,
    CursorChanged,
    FramebufferUpdate,
    LedState,
    Resized,
    Video,
    open_client,
)
from .scancodes import NAMED
from .security import Security, address_text
from .session import Connected, Connector, ConsoleSession, Status

_ENCODING_NAMES: dict[int, str] = {Encoding.RAW: "Raw", Encoding.COPY_RECT: "CopyRect", Encoding.HEXTILE: "Hextile",
                   Encoding.ZRLE: "ZRLE", Encoding.TIGHT: "Tight"}
_BUTTONS = {Qt.MouseButton.LeftButton: 1, Qt.MouseButton.MiddleButton: 2, Qt.MouseButton.RightButton: 4}
_SYNCED_MODIFIERS = (
    (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
    (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
    (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
)
_RELEASE_GRAB_SCANCODE = NAMED["Control_R"]
log = logging.getLogger("xencenter.console")
translate = QCoreApplication.translate


class _EncodingChanged:
    def __init__(self, encoding: int):
        self.encoding = encoding


class _Bridge(QObject):
    """Carries session events to the UI thread (queued: the sender is the session thread)."""

    rfb_event = Signal(object)  # not "event": that would shadow QObject.event, which Qt calls
    damaged = Signal()


class _Display(QWidget):
    """The framebuffer surface: scaled to fit its parent's viewport, or 1:1 inside the scroll area."""

    def __init__(self, console: ConsoleWidget):
        super().__init__()
        self.console = console
        self.image: QImage | None = None
        self.fit = True
        self.scale = 1.0
        self.offset = QPointF(0, 0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    # -- geometry

    def relayout(self) -> None:
        if self.image is None or self.image.width() == 0 or self.image.height() == 0:
            self.scale, self.offset = 1.0, QPointF(0, 0)
            return
        w, h = self.image.width(), self.image.height()
        if self.fit:
            self.scale = min(self.width() / w, self.height() / h) or 1.0
        else:
            self.scale = 1.0
        self.offset = QPointF(max(0.0, (self.width() - w * self.scale) / 2),
                              max(0.0, (self.height() - h * self.scale) / 2))

    def to_widget(self, r: Rect) -> QRect:
        s = self.scale
        return QRectF(self.offset.x() + r.x * s, self.offset.y() + r.y * s, r.width * s,
                      r.height * s).toAlignedRect().adjusted(-1, -1, 1, 1)

    def to_framebuffer(self, pos: QPointF) -> tuple[int, int]:
        if self.image is None:
            return 0, 0
        x = int((pos.x() - self.offset.x()) / self.scale)
        y = int((pos.y() - self.offset.y()) / self.scale)
        return max(0, min(self.image.width() - 1, x)), max(0, min(self.image.height() - 1, y))

    def sizeHint(self) -> QSize:
        return self.image.size() if self.image is not None else QSize(640, 480)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.relayout()
        super().resizeEvent(event)

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = event.rect()
        painter.fillRect(area, Qt.GlobalColor.black)
        if self.image is None:
            return
        s, off = self.scale, self.offset
        if s == 1.0:
            source = QRect(area.translated(-int(off.x()), -int(off.y()))).intersected(self.image.rect())
            painter.drawImage(source.topLeft() + QPoint(int(off.x()), int(off.y())), self.image, source)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        wanted = QRectF((area.x() - off.x()) / s, (area.y() - off.y()) / s, area.width() / s, area.height() / s)
        source = wanted.toAlignedRect().adjusted(-1, -1, 1, 1).intersected(self.image.rect())
        target = QRectF(off.x() + source.x() * s, off.y() + source.y() * s, source.width() * s,
                        source.height() * s)
        painter.drawImage(target, self.image, QRectF(source))

    # -- input: everything goes to the console widget

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.keyPressEvent(event)  # Tab belongs to the guest, not to focus navigation
            return True
        if event.type() == QEvent.Type.ShortcutOverride and self.console.session is not None:
            event.accept()  # application shortcuts must not eat keys meant for the guest
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.console._key(event, True)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.console._key(event, False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.console._release_all_keys()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.console._pointer(event.position(), event.buttons())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.console._pointer(event.position(), event.buttons())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.console._pointer(event.position(), event.buttons())

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.console._wheel(event.position(), event.buttons(), event.angleDelta())


class ConsoleWidget(QWidget):
    """A VM console. ``connect_vnc``/``connect_console`` start a session that reconnects by itself until
    ``disconnect`` (or the widget is destroyed)."""

    status_changed = Signal(str)
    clipboard_received = Signal(str)
    resized = Signal(int, int)
    #: The session ended for good (``Status.error``: e.g. a CertificateUnknown the window can ask about).
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: ConsoleSession | None = None
        self.state = "stopped"
        self.sync_clipboard = True  # server cut text -> local clipboard, local clipboard changes -> server
        self.leds: LedState | None = None
        self._video: Video | None = None
        self._buffer: np.ndarray | None = None  # keeps the QImage's memory alive
        self._description = ""
        self._encoding: int | None = None
        self.security: Security | None = None
        self._status_message = translate("ConsoleWidget", "Not connected")
        self._damage: list[Rect] = []
        self._damage_pending = False
        self._lock = threading.Lock()
        self._pressed: dict[int, tuple[int, int | None]] = {}
        self._modifiers: dict[int, bool] = {}  # Qt key code of a modifier -> down on the server
        self._wheel_remainder = [0, 0]
        self._grabbed = False

        self._bridge = _Bridge()
        self._bridge.rfb_event.connect(self._on_event)
        self._bridge.damaged.connect(self._on_damage)
        self.display = _Display(self)
        self._scroll = QScrollArea()
        self._scroll.setWidget(self.display)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scroll.setStyleSheet("QScrollArea { background: black; border: none; }")
        self._status = QLabel(self._status_message)
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._status.setContentsMargins(8, 2, 8, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._status)
        self.set_scale_to_fit(True)
        self._server_clipboard = ""
        QGuiApplication.clipboard().dataChanged.connect(self._local_clipboard_changed)

    # -- connecting

    def connect_to(self, connector: Connector, description: str) -> None:
        """Start a session with any connector (``async () -> Client``), replacing the current one."""
        self.disconnect_session()
        self._description = description
        self._encoding = None
        self.security = None
        self.session = ConsoleSession(connector, self._on_session_event, description)
        self.session.start()

    def connect_vnc(self, host: str, port: int = 5900, password: str | None = None, **options) -> None:
        """A VNC server reached directly (QEMU's -vnc, a guest's own server on 5900...); ``options`` as
        :func:`~xencenter.console.rfb.open_client` (username, pinned, require_encryption, encodings)."""
        self.connect_to(lambda: open_client(host, port, password, **options), address_text(host, port))

    def connect_console(self, location: str, session_ref: str, fingerprint: str | None = None,
                        description: str = "") -> None:
        """A VM or host console through xapi's CONNECT /console tunnel (``location`` from the console record)."""
        from .transport import open_console

        self.connect_to(lambda: open_console(location, session_ref, fingerprint), description or location)

    def disconnect_session(self) -> None:
        if self.session is not None:
            self._release_all_keys()
            self.session.stop(timeout=1.0)  # closing is quick; a stuck peer is aborted in the background
            self.session = None

    def reconnect_now(self) -> None:
        if self.session is not None:
            self.session.reconnect_now()

    def closeEvent(self, event) -> None:
        self.disconnect_session()
        super().closeEvent(event)

    # -- commands

    def send_ctrl_alt_del(self) -> None:
        self._send(lambda c: c.keyboard.press("Control_L", "Alt_L", "Delete"))

    def send_ctrl_alt_insert(self) -> None:
        self._send(lambda c: c.keyboard.press("Control_L", "Alt_L", "Insert"))

    def type_text(self, text: str) -> None:
        """Type text into the guest (e.g. the clipboard), key by key."""
        self._send(lambda c: c.keyboard.write(text))

    def send_clipboard(self, text: str) -> None:
        """Offer text as the server's clipboard (extended clipboard in UTF-8, else Latin-1 cut text)."""
        self._send(lambda c: c.clipboard.write(text))

    def set_scale_to_fit(self, fit: bool) -> None:
        self.display.fit = fit
        self._scroll.setWidgetResizable(fit)
        if fit:
            self.display.setMinimumSize(1, 1)
            self.display.setMaximumSize(16777215, 16777215)
        elif self.display.image is not None:
            self.display.setFixedSize(self.display.image.size())
        self.display.relayout()
        self.display.update()

    @property
    def scale_to_fit(self) -> bool:
        return self.display.fit

    def set_keyboard_grabbed(self, grabbed: bool) -> None:
        """Grab: every key goes to the guest until Right Ctrl is pressed."""
        self._grabbed = grabbed
        if grabbed:
            self.display.setFocus()
            self.display.grabKeyboard()
        else:
            self.display.releaseKeyboard()
        self._show_status()

    @property
    def keyboard_grabbed(self) -> bool:
        return self._grabbed

    def framebuffer_size(self) -> QSize:
        return self.display.image.size() if self.display.image is not None else QSize()

    def screenshot(self) -> QImage:
        """A copy of the current picture (null before the first connection)."""
        return self.display.image.copy() if self.display.image is not None else QImage()

    def save_screenshot(self, path: str | Path) -> None:
        """Save the current picture as PNG."""
        if self._video is None:
            raise RuntimeError("no console picture yet")
        write_png(path, self._video.as_rgba())

    def status_text(self) -> str:
        return self._status.text()

    # -- session thread side

    def _on_session_event(self, event: object) -> None:
        """Called in the session thread: coalesce damage, forward the rest."""
        if isinstance(event, FramebufferUpdate):
            encoding = next((e for e in event.encodings if e != Encoding.COPY_RECT), None)
            if encoding is not None and encoding != self._encoding:
                self._encoding = encoding
                self._bridge.rfb_event.emit(_EncodingChanged(encoding))
            with self._lock:
                self._damage.extend(event.rects)
                if self._damage_pending or not event.rects:
                    return
                self._damage_pending = True
            self._bridge.damaged.emit()
        else:
            self._bridge.rfb_event.emit(event)

    # -- UI thread side

    def _on_damage(self) -> None:
        with self._lock:
            rects, self._damage, self._damage_pending = self._damage, [], False
        if len(rects) > 64:
            self.display.update()
            return
        for r in rects:
            self.display.update(self.display.to_widget(r))

    def _on_event(self, event: object) -> None:
        if isinstance(event, Status):
            self.state = event.state
            if event.state == "disconnected":
                self._status_message = translate("ConsoleWidget", "Disconnected: {reason} — reconnecting in {seconds} "
                                                 "s").format(reason=event.message, seconds=f"{event.retry_in:g}")
            elif event.state == "failed":
                self._status_message = translate("ConsoleWidget", "Disconnected: {reason}").format(reason=event.message)
            elif event.state == "connected":
                self._status_message = ""
            elif event.state == "connecting":
                self._status_message = translate("ConsoleWidget", "Connecting to {console}…").format(
                    console=self._description)
            elif event.state == "stopped":
                self._status_message = translate("ConsoleWidget", "Disconnected")
            else:
                self._status_message = event.message
            self._show_status()
            if event.state == "failed":
                self.failed.emit(event.error)
        elif isinstance(event, Connected):
            self._video = event.video
            self.security = event.security
            self._wrap_framebuffer()
        elif isinstance(event, Resized):
            self._wrap_framebuffer()
        elif isinstance(event, CursorChanged):
            self._set_cursor(event.cursor)
        elif isinstance(event, Bell):
            QApplication.beep()
        elif isinstance(event, ClipboardText):
            self._server_clipboard = event.text
            if self.sync_clipboard:
                QGuiApplication.clipboard().setText(event.text)
            self.clipboard_received.emit(event.text)
        elif isinstance(event, LedState):
            self.leds = event
        elif isinstance(event, _EncodingChanged):
            self._show_status()

    def _local_clipboard_changed(self) -> None:
        """Share a local copy with the server, but only one made while the console has the focus (the user
        is working in the guest): text copied elsewhere (a password manager, another window) is never sent
        on its own; the toolbar's Send clipboard does that deliberately. Not the text the server just sent."""
        text = QGuiApplication.clipboard().text()
        if not (self.sync_clipboard and self.state == "connected" and text and text != self._server_clipboard):
            return
        if self.display.hasFocus():
            self.send_clipboard(text)
        else:
            log.debug("local clipboard change not shared: the console did not have the focus")

    def _show_status(self) -> None:
        if self.state == "connected":
            size = self.framebuffer_size()
            encoding = _ENCODING_NAMES.get(self._encoding, "…") if self._encoding is not None else "…"
            text = translate("ConsoleWidget", "Connected to {console} — {encoding}, {width}×{height}").format(
                console=self._description, encoding=encoding, width=size.width(), height=size.height())
            if self.security is not None:
                text += f" — {self.security.summary}"
            if self._grabbed:
                text += translate("ConsoleWidget", " — keyboard grabbed (Right Ctrl releases)")
        else:
            text = self._status_message
        if text != self._status.text():
            self._status.setText(text)
            self.status_changed.emit(text)

    def _wrap_framebuffer(self) -> None:
        video = self._video
        if video is None:
            return
        data = video.data  # one read: the session thread may swap it on the next resize
        h, w = data.shape[:2]
        self._buffer = data
        self.display.image = QImage(data.data, w, h, w * 4, QImage.Format.Format_RGB32) if w and h else None
        if not self.display.fit and self.display.image is not None:
            self.display.setFixedSize(w, h)
        self.display.relayout()
        self.display.update()
        self._show_status()
        self.resized.emit(w, h)

    def _set_cursor(self, cursor: Cursor) -> None:
        h, w = cursor.image.shape[:2]
        if not w or not h:
            self.display.setCursor(Qt.CursorShape.BlankCursor)
            return
        image = QImage(cursor.image.data, w, h, w * 4, QImage.Format.Format_ARGB32).copy()
        self.display.setCursor(QCursor(QPixmap.fromImage(image), cursor.hotspot_x, cursor.hotspot_y))

    # -- input

    def _send(self, fn) -> None:
        if self.session is not None:
            self.session.call(fn)

    def _key(self, event: QKeyEvent, down: bool) -> None:
        data = key_data(event)
        if data is None:
            return
        keysym, scancode = data
        if down and self._grabbed and scancode == _RELEASE_GRAB_SCANCODE:
            self.set_keyboard_grabbed(False)
            return
        ident = event.nativeScanCode() or event.key()
        if down:
            self._pressed[ident] = (keysym, scancode)
        else:
            keysym, scancode = self._pressed.pop(ident, (keysym, scancode))
        if event.key() in MODIFIER_KEYS:
            self._modifiers[event.key()] = down
        elif down:
            self._sync_modifiers(event.modifiers())
        if keysym or scancode:
            self._send(lambda c: c.keyboard.key(keysym, down, scancode))

    def _sync_modifiers(self, modifiers: Qt.KeyboardModifier) -> None:
        """Make the server's Shift/Ctrl/Alt match the event's (a key pressed before focus came, synthetic
        events). Skipped while AltGr is down: some platforms report it as Ctrl+Alt."""
        if self._modifiers.get(Qt.Key.Key_AltGr):
            return
        for flag, key in _SYNCED_MODIFIERS:
            wanted = bool(modifiers & flag)
            if self._modifiers.get(key, False) != wanted:
                self._modifiers[key] = wanted
                self._send_modifier(key, wanted)

    def _send_modifier(self, key: Qt.Key, down: bool) -> None:
        sym, scancode = modifier_key(key)
        self._send(lambda c: c.keyboard.key(sym, down, scancode))

    def _release_all_keys(self) -> None:
        """Nothing stays pressed on the server when focus leaves (no stuck Ctrl after Alt+Tab)."""
        for keysym, scancode in self._pressed.values():
            self._send(lambda c, k=keysym, s=scancode: c.keyboard.key(k, False, s))
        released = {sym for sym, _ in self._pressed.values()}
        self._pressed.clear()
        for key, down in self._modifiers.items():
            if down and modifier_key(Qt.Key(key))[0] not in released:
                self._send_modifier(Qt.Key(key), False)
        self._modifiers.clear()

    @staticmethod
    def _mask(buttons: Qt.MouseButton) -> int:
        return sum(bit for button, bit in _BUTTONS.items() if buttons & button)

    def _pointer(self, pos: QPointF, buttons: Qt.MouseButton) -> None:
        x, y = self.display.to_framebuffer(pos)
        mask = self._mask(buttons)
        self._send(lambda c: c.mouse.pointer(x, y, mask))

    def _wheel(self, pos: QPointF, buttons: Qt.MouseButton, delta: QPoint) -> None:
        """Wheel steps of 120 eighths of a degree become clicks of buttons 4/5 (up/down) and 6/7 (left/right;
        Qt's positive x is leftwards)."""
        x, y = self.display.to_framebuffer(pos)
        mask = self._mask(buttons)
        clicks = []
        for axis, amount, positive, negative in ((1, delta.y(), 8, 16), (0, delta.x(), 32, 64)):
            total = self._wheel_remainder[axis] + amount
            steps = int(total / 120)
            self._wheel_remainder[axis] = total - steps * 120
            clicks += [positive if steps > 0 else negative] * abs(steps)

        def send(c):
            for bit in clicks:
                c.mouse.pointer(x, y, mask | bit)
                c.mouse.pointer(x, y, mask)

        if clicks:
            self._send(send)
