"""A console with its toolbar (``ConsolePanel``) and the window that shows one undocked or fullscreen.

The panel is moved whole between its host (the Console tab, or a ``ConsoleWindow``), so the session, the
picture and the status line survive undocking, docking back and fullscreen. The panel never decides where
it lives: its Undock/Dock and Fullscreen buttons ask its ``host`` (see ``PanelHost``).

Keys: Ctrl+Alt+Enter or F11 toggles fullscreen; in fullscreen, Esc (unless the keyboard is grabbed) or a
tap of the release key (Right Ctrl) leaves it. These keys are taken before the guest sees them.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from xencenter.console.qtkeys import key_data
from xencenter.console.scancodes import NAMED
from xencenter.console.widget import ConsoleWidget
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.settings import ConsoleOptions

translate = QCoreApplication.translate

#: The key that releases the keyboard and leaves full screen, translated where shown.
RELEASE_KEY = QT_TRANSLATE_NOOP("ConsoleWindow", "Right Ctrl")
_RELEASE_SCANCODE = NAMED["Control_R"]
FULLSCREEN_KEYS = (QKeySequence("Ctrl+Alt+Return"), QKeySequence("F11"))
HINT_SECONDS = 4.0
_CONNECTED_ONLY = ("ctrl_alt_del", "ctrl_alt_insert", "type_clipboard", "send_clipboard", "grab")


class PanelHost(Protocol):
    """Where a panel lives: it decides what Undock/Dock and Fullscreen mean there."""

    def toggle_dock(self, panel: ConsolePanel) -> None: ...

    def set_fullscreen(self, panel: ConsolePanel, on: bool) -> None: ...


def _is_fullscreen_key(event: QKeyEvent) -> bool:
    combo = QKeySequence(event.keyCombination())
    keypad_enter = event.key() == Qt.Key.Key_Enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
        and event.modifiers() & Qt.KeyboardModifier.AltModifier
    return bool(keypad_enter) or any(combo.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                                     for k in FULLSCREEN_KEYS)


class ConsolePanel(QWidget):
    """Toolbar, console (or a message with buttons when there is no console) and the status line."""

    def __init__(self, title: str = "", parent: QWidget | None = None, *, dockable: bool = True) -> None:
        super().__init__(parent)
        self.title = title
        self.host: PanelHost | None = None
        self.fullscreen = False
        self.console = ConsoleWidget()
        self._release_tap = False

        release = translate("ConsoleWindow", RELEASE_KEY)
        # Two bars in one row: the window's own buttons (right) keep their width, the guest's (left) give way
        # into their bar's "»" menu from the end, so the rarely used ones go first and no word is cut.
        self.toolbar = QWidget()
        self.toolbar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        guest_bar, window_bar = self._bar(), self._bar()
        window_bar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(guest_bar, 1)
        row.addWidget(window_bar)
        self.actions_by_name: dict[str, QAction] = {}
        self._add_action(guest_bar, "ctrl_alt_del", "Ctrl+Alt+Del", self.console.send_ctrl_alt_del,
                         translate("ConsoleWindow", "Send Ctrl+Alt+Delete to the guest"))
        fit = self._add_action(guest_bar, "scale", translate("ConsoleWindow", "Scale to fit"), self._on_scale,
                               translate("ConsoleWindow", "Scale the picture to the window; off: 1:1 with scroll "
                                         "bars"), checkable=True)
        fit.setChecked(self.console.scale_to_fit)
        self._add_action(guest_bar, "grab", translate("ConsoleWindow", "Grab keyboard"), self._on_grab,
                         translate("ConsoleWindow", "Send every key to the guest, system shortcuts too; {key} "
                                   "releases").format(key=release), checkable=True)
        guest_bar.addSeparator()
        self._add_action(guest_bar, "ctrl_alt_insert", "Ctrl+Alt+Ins", self.console.send_ctrl_alt_insert,
                         translate("ConsoleWindow", "Send Ctrl+Alt+Insert (for guests whose Ctrl+Alt+Delete the "
                                   "local system takes)"))
        self._add_action(guest_bar, "type_clipboard", translate("ConsoleWindow", "Type clipboard"),
                         self.type_clipboard,
                         translate("ConsoleWindow", "Type the text of the clipboard into the guest, key by key"))
        self._add_action(guest_bar, "send_clipboard", translate("ConsoleWindow", "Send clipboard"),
                         self.send_clipboard,
                         translate("ConsoleWindow", "Put the text of the clipboard on the guest's clipboard (copies "
                                   "made while the console has the focus are shared by themselves)"))
        self._add_action(guest_bar, "screenshot", translate("ConsoleWindow", "Screenshot…"), self.save_screenshot_as,
                         translate("ConsoleWindow", "Save the console picture as PNG"))
        self._add_action(window_bar, "reconnect", translate("ConsoleWindow", "Reconnect"), self.console.reconnect_now,
                         translate("ConsoleWindow", "Try to connect again now"))
        full = self._add_action(window_bar, "fullscreen", translate("ConsoleWindow", "Fullscreen"),
                                self._on_fullscreen,
                                translate("ConsoleWindow", "Full screen (Ctrl+Alt+Enter or F11)"), checkable=True)
        full.setShortcuts(list(FULLSCREEN_KEYS))
        full.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(full)
        self._add_action(window_bar, "dock", translate("ConsoleWindow", "Undock"), self._on_dock,
                         translate("ConsoleWindow", "Open the console in its own window"))
        self.dockable = dockable
        self.docked = False

        self.hint = QLabel(translate("ConsoleWindow", "Full screen — Esc, F11, Ctrl+Alt+Enter or a tap on {key} "
                                     "leaves it").format(key=release))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("background: #303030; color: white; padding: 4px;")
        self.hint.hide()
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.timeout.connect(self.hint.hide)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.message.setFont(font)
        self.message_buttons = QHBoxLayout()
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message)
        message_layout.addSpacing(12)
        message_layout.addLayout(self.message_buttons)
        message_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.console)
        self.stack.addWidget(message_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)

        self.console.display.installEventFilter(self)
        self.console.status_changed.connect(self._update_actions)
        self._update_actions()

    @staticmethod
    def _bar() -> QToolBar:
        bar = QToolBar(translate("ConsoleWindow", "Console"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        return bar

    def _add_action(self, bar: QToolBar, name: str, text: str, slot, tip: str, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        bar.addAction(action)
        bar.widgetForAction(action).setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the guest
        self.actions_by_name[name] = action
        return action

    # ---- what the host shows -----------------------------------------------------------------------------

    def show_console(self) -> None:
        self.stack.setCurrentWidget(self.console)
        self._update_actions()

    def show_message(self, text: str, buttons: QWidget | None = None) -> None:
        """Say why there is no console (instead of the picture), with optional buttons (Start, Resume)."""
        self.message.setText(text)
        while self.message_buttons.count():
            item = self.message_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if buttons is not None:
            self.message_buttons.addStretch(1)
            self.message_buttons.addWidget(buttons)
            self.message_buttons.addStretch(1)
        self.stack.setCurrentIndex(1)
        self._update_actions()

    @property
    def showing_console(self) -> bool:
        return self.stack.currentWidget() is self.console

    def set_docked(self, docked: bool) -> None:
        self.docked = docked
        self._update_actions()
        dock = self.actions_by_name["dock"]
        dock.setText(translate("ConsoleWindow", "Undock") if docked else translate("ConsoleWindow", "Dock"))
        dock.setToolTip(translate("ConsoleWindow", "Open the console in its own window") if docked else translate("ConsoleWindow", "Put the console back in its tab"))

    def set_fullscreen_mode(self, on: bool) -> None:
        """Called by the host once the panel is (or is no longer) fullscreen: toolbar away, a hint for a while."""
        self.fullscreen = on
        self.actions_by_name["fullscreen"].setChecked(on)
        self.hint.setVisible(on)
        self._update_actions()
        if on:
            self._hint_timer.start(round(HINT_SECONDS * 1000))
            self.console.display.setFocus()
        else:
            self._hint_timer.stop()

    def release_keyboard(self) -> None:
        """When the panel is hidden or changes windows: a keyboard grab must not outlive the view."""
        if self.console.keyboard_grabbed:
            self.console.set_keyboard_grabbed(False)

    # ---- toolbar -----------------------------------------------------------------------------------------

    def type_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text:
            self.console.type_text(text)

    def send_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text:
            self.console.send_clipboard(text)

    def ask_save_path(self, suggested: str) -> str:
        """The file to save a screenshot to ("" when cancelled); replaced in tests."""
        path, _ = QFileDialog.getSaveFileName(self, translate("ConsoleWindow", "Save console screenshot"), suggested,
                                              translate("ConsoleWindow", "PNG images (*.png)"))
        return path

    def save_screenshot_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())
        name = f"{self.title or 'console'}-{time.strftime('%Y%m%d-%H%M%S')}.png".replace("/", "_")
        path = self.ask_save_path(str(Path(folder) / name))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            self.console.save_screenshot(path)
        except (OSError, RuntimeError) as e:
            QMessageBox.warning(self, translate("ConsoleWindow", "Screenshot"),
                                translate("ConsoleWindow", "The screenshot could not be saved: {error}").format(error=e))

    def _on_scale(self, fit: bool) -> None:
        self.console.set_scale_to_fit(fit)

    def _on_grab(self, grab: bool) -> None:
        self.console.set_keyboard_grabbed(grab)

    def use_options(self, options: ConsoleOptions) -> None:
        """Open as Options > Console says: scaled or 1:1, the clipboard shared or not, the keyboard grabbed
        when the console connects."""
        self.actions_by_name["scale"].setChecked(options.scale_to_fit)
        self.console.set_scale_to_fit(options.scale_to_fit)
        self.console.sync_clipboard = options.share_clipboard
        if options.grab_keyboard:
            self.console.status_changed.connect(self._grab_once_connected)

    def _grab_once_connected(self, _status: str) -> None:
        if self.console.state == "connected" and self.isVisible() and not self.console.keyboard_grabbed:
            self.console.status_changed.disconnect(self._grab_once_connected)
            self.console.set_keyboard_grabbed(True)
            self._update_actions()

    def _on_fullscreen(self, on: bool) -> None:
        self.actions_by_name["fullscreen"].setChecked(self.fullscreen)  # the host confirms
        if self.host is not None:
            self.host.set_fullscreen(self, on)

    def toggle_fullscreen(self) -> None:
        if self.host is not None:
            self.host.set_fullscreen(self, not self.fullscreen)

    def _on_dock(self) -> None:
        if self.host is not None:
            self.host.toggle_dock(self)

    def _update_actions(self, *_: object) -> None:
        """Console buttons only over a console (enabled while connected); a docked message needs no toolbar."""
        console = self.showing_console
        actions = self.actions_by_name
        for name, action in actions.items():
            if name != "dock":
                action.setVisible(console)
        for name in _CONNECTED_ONLY:
            actions[name].setEnabled(self.console.state == "connected")
        grabbed = self.console.keyboard_grabbed
        actions["grab"].setChecked(grabbed)
        actions["grab"].setText(translate("ConsoleWindow", "Keyboard grabbed ({key} releases)").format(
            key=translate("ConsoleWindow", RELEASE_KEY)) if grabbed else translate("ConsoleWindow", "Grab keyboard"))
        actions["screenshot"].setEnabled(self.console.framebuffer_size().isValid())
        actions["reconnect"].setVisible(console and self.console.state in ("disconnected", "failed"))
        actions["dock"].setVisible(self.dockable)
        self.toolbar.setVisible(not self.fullscreen and (console or (self.dockable and not self.docked)))

    # ---- keys taken before the guest sees them -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        data = key_data(event)
        release_key = data is not None and data[1] == _RELEASE_SCANCODE
        if event.type() == QEvent.Type.KeyRelease:
            if release_key and self._release_tap and self.fullscreen and not event.isAutoRepeat():
                self._release_tap = False
                self.toggle_fullscreen()
            return False
        self._release_tap = release_key
        if _is_fullscreen_key(event):
            self.toggle_fullscreen()
            return True
        if (event.key() == Qt.Key.Key_Escape and self.fullscreen and not self.console.keyboard_grabbed
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.toggle_fullscreen()
            return True
        return False


class ConsoleWindow(QWidget):
    """A top-level window around a panel. With a ``dock`` callback, Dock (and closing the window) hands the
    panel back to it; without one (a direct VNC connection) closing disconnects."""

    def __init__(self, panel: ConsolePanel, parent: QWidget | None = None, *, dock=None,
                 dock_when_leaving_fullscreen: bool = False) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.panel: ConsolePanel | None = panel
        self._dock = dock
        self._dock_when_leaving_fullscreen = dock_when_leaving_fullscreen
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        panel.release_keyboard()
        layout.addWidget(panel)
        panel.show()  # the tab's stack hid it when it let it go
        panel.host = self
        panel.dockable = dock is not None
        panel.set_docked(False)
        self.update_title()
        self.fit_to_picture()
        panel.console.resized.connect(self.fit_to_picture)

    def fit_to_picture(self, *_: int) -> None:
        """Size the window for the picture at 1:1 (as far as the screen allows) and the whole toolbar; a
        fullscreen or maximised window keeps its size."""
        if self.isFullScreen() or self.isMaximized() or self.panel is None:
            return
        panel = self.panel
        picture = panel.console.framebuffer_size()
        width = max(640, panel.toolbar.sizeHint().width(), picture.width())
        height = max(400, picture.height()) + panel.toolbar.sizeHint().height() + 24  # the status line
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(width, screen.width()), min(height, screen.height()))

    def update_title(self) -> None:
        title = self.panel.title if self.panel is not None else ""
        self.setWindowTitle(translate("ConsoleWindow", "{title} — Console").format(title=title) if title
                            else translate("ConsoleWindow", "Console"))

    def take_panel(self) -> ConsolePanel:
        """Give the panel away (to be docked); the caller closes the window."""
        panel = self.panel
        assert panel is not None
        panel.release_keyboard()
        if panel.fullscreen:
            panel.set_fullscreen_mode(False)
        layout = self.layout()
        if layout is not None:
            layout.removeWidget(panel)
        panel.setParent(None)
        panel.host = None
        self.panel = None
        return panel

    # ---- PanelHost -------------------------------------------------------------------------------------------

    def toggle_dock(self, panel: ConsolePanel) -> None:
        if self._dock is not None:
            self._dock(self)

    def set_fullscreen(self, panel: ConsolePanel, on: bool) -> None:
        if on:
            panel.set_fullscreen_mode(True)
            self.showFullScreen()
        elif self._dock_when_leaving_fullscreen and self._dock is not None:
            self._dock(self)
        else:
            panel.set_fullscreen_mode(False)
            self.showNormal()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.panel is not None:
            if self._dock is not None:
                self._dock(self)  # takes the panel (and closes us again, now without one)
            else:
                self.panel.console.disconnect_session()
        super().closeEvent(event)
