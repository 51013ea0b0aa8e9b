"""The Console tab: the live console of the selected VM (its graphical ``rfb`` console, else the text one)
or server (its control domain's console), through xapi's tunnel with the pool's session and pinned
certificate.

It connects when shown and disconnects when the selection moves on or the tab has been hidden for
``disconnect_delay`` seconds. A VM that is not running gets the reason and the button that helps (Start,
Resume, Unpause). The tab follows the model: a new domain (reboot) or a new console location means a fresh
connection, a shutdown shows the message. Undock moves the console, session and all, into its own window;
Dock (or closing that window) brings it back. The network work happens on the console session's thread.
A VM's tab has XenCenter's DVD drive selector above the console (``tabs/dvd.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from xencenter.console.protocol import RFBError, preferred_encodings
from xencenter.model.consoles import console_state, control_domain, pick_console, tunnel_fingerprint
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.settings import ConsoleOptions
from xencenter.views.console_window import ConsolePanel, ConsoleWindow
from xencenter.views.tabs.base import PanePage, one_machine, related_keys
from xencenter.views.tabs.commands import CommandButtons
from xencenter.views.tabs.dvd import DvdDriveBar
from xencenter.views.tabs.widgets import message_label

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.console.rfb import Client
    from xencenter.model.cache import ChangeSet, Key, ObjectCache
    from xencenter.model.objects import XenObject

    Selected = tuple[ObjectCache, str, str]

translate = QCoreApplication.translate

DISCONNECT_DELAY_S = 30.0


def console_keys(obj: XenObject) -> set[Key]:
    """What the console of ``obj`` depends on: the object, its consoles, a host's control domain's."""
    keys = related_keys(obj, ["consoles"])
    if obj.cls == "host" and (dom0 := control_domain(obj)) is not None:
        keys |= related_keys(dom0, ["consoles"])
    return keys


class ConsoleBinding(QObject):
    """Keeps one panel in step with one VM or host: connects while ``active``, disconnects after
    ``delay`` seconds inactive, reconnects when the console or the domain changes."""

    def __init__(self, page: ConsolePage, key: Selected, panel: ConsolePanel) -> None:
        super().__init__(page)
        self.page = page
        self.key = key
        self.panel = panel
        self.buttons: CommandButtons | None = None
        self.active = False
        self.watched: set[Key] = set()
        self._target: tuple[str, int] | None = None  # (console location, domain id) the model offers
        self._connected: tuple[str, int] | None = None  # ... and the one the session was started for
        self._tunnel: tuple[Connection, str, str | None] | None = None  # read by the session thread
        self._hidden_timer = QTimer(self)
        self._hidden_timer.setSingleShot(True)
        self._hidden_timer.timeout.connect(self._hidden_for_long)

    def subject(self) -> XenObject | None:
        cache, cls, ref = self.key
        return cache.get(cls, ref)

    def concerns(self, changes: ChangeSet) -> bool:
        return not self.watched.isdisjoint(changes.added | changes.changed | changes.removed)

    def update(self) -> None:
        """Read the model again: show the console or why there is none, reconnect if the target moved."""
        obj = self.subject()
        if obj is None:
            self.watched = set()
            self._show_state(translate("ConsoleTab", "The selected object no longer exists."), None, None)
            return
        self.watched = console_keys(obj)
        self.panel.title = obj.name
        if isinstance(self.panel.window(), ConsoleWindow):
            self.panel.window().update_title()  # type: ignore[attr-defined]
        console = pick_console(obj)
        connection = self.page.connection_for(obj)
        if console is None or connection is None:
            self._show_state(*console_state(obj), obj)
            return
        owner = console.VM
        location = connection.url_of(console.location)
        self._tunnel = (connection, location, tunnel_fingerprint(connection, location))
        self._target = (console.location, owner.domid if owner is not None else -1)
        self.panel.show_console()
        if self.active and self._connected != self._target:
            self._connect(obj.name)

    def set_active(self, active: bool) -> None:
        """Shown (connect now) or hidden (disconnect after the page's delay unless shown again)."""
        self.active = active
        if active:
            self._hidden_timer.stop()
            if self._target is not None and self._connected != self._target and self.panel.showing_console:
                self._connect(self.panel.title)
        elif self._connected is not None:
            self._hidden_timer.start(round(self.page.disconnect_delay * 1000))

    def dispose(self) -> None:
        self._disconnect()
        self.panel.deleteLater()
        self.deleteLater()

    def _show_state(self, message: str, command: str | None, obj: XenObject | None) -> None:
        self._disconnect()
        self._target = None
        self.buttons = CommandButtons(self.page.context)
        if command is not None and obj is not None:
            self.buttons.add(command, [obj])
        self.panel.show_message(message, self.buttons)

    def _connect(self, description: str) -> None:
        self._connected = self._target
        self.panel.console.connect_to(self._open, description)

    async def _open(self) -> Client:
        """Runs on the session thread, at every (re)connection: the latest location and session."""
        from xencenter.console.transport import open_console

        assert self._tunnel is not None
        connection, location, fingerprint = self._tunnel
        session = connection.session
        ref = session.ref if session is not None else None
        if not ref:
            raise RFBError(f"not logged in to {connection.address}")
        options = self.page.console_options()
        encodings = preferred_encodings(options.jpeg_quality, options.compression_level)
        return await open_console(location, ref, fingerprint, encodings=encodings)

    def _disconnect(self) -> None:
        self._hidden_timer.stop()
        self._connected = None
        self.panel.console.disconnect_session()

    def _hidden_for_long(self) -> None:
        if not self.active:
            self._disconnect()


class ConsolePage(PanePage):
    title = QT_TRANSLATE_NOOP("Tabs", "Console")
    scrolling = False
    #: Seconds a hidden tab keeps its session (switching tabs back and forth must not reconnect).
    disconnect_delay = DISCONNECT_DELAY_S

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.docked: ConsoleBinding | None = None
        self.windows: dict[Selected, tuple[ConsoleBinding, ConsoleWindow]] = {}
        self.dvd = DvdDriveBar(context)
        self.dvd.hide()
        self.body.addWidget(self.dvd)
        self.holder = QStackedWidget()
        self.body.addWidget(self.holder, 1)
        self.undocked_note = QWidget()
        note_layout = QVBoxLayout(self.undocked_note)
        self.undocked_label = message_label("")
        note_layout.addWidget(self.undocked_label)
        for text, slot in ((translate("ConsoleTab", "Show window"), self._raise_window), (translate("ConsoleTab", "Dock"), self._dock_current)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            note_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        note_layout.addStretch(1)
        self.holder.addWidget(self.undocked_note)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_consoles)

    def console_options(self) -> ConsoleOptions:
        """The user's console preferences (defaults for a context without settings); read on session threads."""
        settings = getattr(self.context, "settings", None)
        return settings.options.console if settings is not None else ConsoleOptions()

    # ---- the tab contract ------------------------------------------------------------------------------

    def applies_to(self, selection: list[XenObject]) -> bool:
        return one_machine(selection)

    def set_selection(self, selection: list[XenObject]) -> None:
        """A new selection ends the docked console at once (undocked windows keep theirs)."""
        key = _key(selection[0]) if len(selection) == 1 and hasattr(selection[0], "cache") else None
        if self.docked is not None and self.docked.key != key:
            self._drop_docked()
        super().set_selection(selection)

    def on_changes(self, changeset: ChangeSet) -> None:
        super().on_changes(changeset)
        for binding, _window in list(self.windows.values()):
            if binding.concerns(changeset):
                binding.update()

    def watch(self, objects: list[XenObject]) -> set[Key]:
        keys: set[Key] = set()
        for obj in objects:
            keys |= console_keys(obj)
            if obj.cls == "VM":
                keys |= related_keys(obj, ["VBDs"])  # the DVD drive selector
        return keys

    def refresh(self) -> None:
        obj = self.subject()
        if obj is None:
            self.dvd.set_vm(None)
            self._drop_docked()
            return
        self.dvd.set_vm(obj if obj.cls == "VM" else None)  # type: ignore[arg-type]
        key = _key(obj)
        if key in self.windows:
            self._show_undocked_note(obj.name)
            return
        if self.docked is None:
            panel = ConsolePanel(obj.name)
            panel.use_options(self.console_options())
            self._install(ConsoleBinding(self, key, panel))
        assert self.docked is not None
        self.docked.update()
        self.docked.set_active(self.isVisible())

    # ---- what tests and the window read ----------------------------------------------------------------

    @property
    def panel(self) -> ConsolePanel | None:
        return self.docked.panel if self.docked is not None else None

    @property
    def state_label(self) -> QLabel:
        """The message shown instead of the console (halted, suspended...)."""
        assert self.docked is not None
        return self.docked.panel.message

    @property
    def buttons(self) -> CommandButtons | None:
        return self.docked.buttons if self.docked is not None else None

    def close_consoles(self) -> None:
        """End every session of this page (docked and undocked): at exit."""
        self._drop_docked()
        while self.windows:
            _, (binding, window) = self.windows.popitem()
            window.take_panel()
            window.close()
            binding.dispose()

    # ---- visibility ---------------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.docked is not None:
            self.docked.set_active(True)

    def hideEvent(self, event: Any) -> None:
        if self.docked is not None:
            self.docked.panel.release_keyboard()
            self.docked.set_active(False)
        super().hideEvent(event)

    # ---- docking (PanelHost for the docked panel) --------------------------------------------------------

    def toggle_dock(self, panel: ConsolePanel) -> None:
        self.undock()

    def set_fullscreen(self, panel: ConsolePanel, on: bool) -> None:
        if on:
            self.undock(fullscreen=True)

    def undock(self, fullscreen: bool = False) -> ConsoleWindow | None:
        """Move the docked console into its own window (fullscreen: back to the tab when leaving it)."""
        binding = self.docked
        if binding is None:
            return None
        self.docked = None
        self.holder.removeWidget(binding.panel)
        window = ConsoleWindow(binding.panel, self.window(), dock=self._dock,
                               dock_when_leaving_fullscreen=fullscreen)
        self.windows[binding.key] = (binding, window)
        binding.set_active(True)
        if fullscreen:
            window.set_fullscreen(binding.panel, True)
        else:
            window.show()
            binding.panel.console.display.setFocus()
        self._show_undocked_note(binding.panel.title)
        return window

    def _dock(self, window: ConsoleWindow) -> None:
        """Take a window's panel back: into the tab if it shows that object, else the session ends."""
        key = next((k for k, (_, w) in self.windows.items() if w is window), None)
        if key is None:
            return
        binding, _ = self.windows.pop(key)
        window.take_panel()
        window.close()
        current = [_key(obj) for obj in self.current()]
        if self.docked is None and current == [key]:
            self._install(binding)
            binding.update()
            binding.set_active(self.isVisible())
        else:
            binding.dispose()

    def _show_undocked_note(self, name: str) -> None:
        self.undocked_label.setText(translate("ConsoleTab", "The console of {name} is open in its own window.").format(
            name=name))
        self.holder.setCurrentWidget(self.undocked_note)

    def _install(self, binding: ConsoleBinding) -> None:
        self.docked = binding
        panel = binding.panel
        panel.host = self
        panel.dockable = True
        panel.set_docked(True)
        self.holder.addWidget(panel)
        self.holder.setCurrentWidget(panel)

    def _drop_docked(self) -> None:
        if self.docked is not None:
            binding, self.docked = self.docked, None
            self.holder.removeWidget(binding.panel)
            binding.dispose()

    def _current_window(self) -> ConsoleWindow | None:
        objects = self.current()
        entry = self.windows.get(_key(objects[0])) if objects else None
        return entry[1] if entry else None

    def _raise_window(self) -> None:
        if (window := self._current_window()) is not None:
            window.showNormal() if window.isMinimized() else window.show()
            window.raise_()
            window.activateWindow()

    def _dock_current(self) -> None:
        if (window := self._current_window()) is not None:
            self._dock(window)


def _key(obj: XenObject) -> Selected:
    return (obj.cache, obj.cls, obj.ref)
