"""The window's ways into the commands, all built from the registry's declarations: one QAction per command
(menus, shortcuts and the context menu share it, so they agree on what is enabled and why not: the reason is
the disabled action's tooltip), the toolbar with XenCenter's shared places, and submenus for commands that
offer choices (Start on Server).

Nothing here decides what a command does or when it may run; it only lays out what the commands declare.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from xencenter.commands.base import Choice, Command, CommandRegistry, Selection, kind_of
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views import icons, words

if TYPE_CHECKING:
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation

#: The menu bar's menus in XenCenter's order, with their accelerators; a menu no command is in is left out.
#: The titles are translated where the menus are made (context ``Menus``).
MENUBAR: tuple[tuple[str, str], ...] = (
    ("File", QT_TRANSLATE_NOOP("Menus", "&File")), ("View", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("Pool", QT_TRANSLATE_NOOP("Menus", "&Pool")), ("Server", QT_TRANSLATE_NOOP("Menus", "&Server")),
    ("VM", QT_TRANSLATE_NOOP("Menus", "V&M")), ("Storage", QT_TRANSLATE_NOOP("Menus", "&Storage")),
    ("Network", QT_TRANSLATE_NOOP("Menus", "&Network")), ("Templates", QT_TRANSLATE_NOOP("Menus", "&Templates")),
    ("Tools", QT_TRANSLATE_NOOP("Menus", "T&ools")), ("Help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)

Run = Callable[..., "list[Operation]"]


def sections(commands: Sequence[Command]) -> list[list[Command]]:
    """Commands in menu order, split into their sections (``group``)."""
    ordered = sorted(commands, key=lambda c: (c.group, c.order))
    result: list[list[Command]] = []
    for command in ordered:
        if result and result[-1][0].group == command.group:
            result[-1].append(command)
        else:
            result.append([command])
    return result


def toolbar_slot(commands: Sequence[Command], selection: Selection) -> Command:
    """Which of the commands sharing a toolbar place shows (XenCenter's Start / Shut Down button): the first
    that can run, else the one whose ``toolbar_state`` a selected VM is in, else the first that applies to the
    selection, else the first."""
    ordered = sorted(commands, key=lambda c: (c.group, c.order))
    for command in ordered:
        if command.can_run(selection):
            return command
    states = {getattr(obj, "power_state", None) for obj in selection if kind_of(obj) == "vm"}
    for command in ordered:
        if command.toolbar_state and command.toolbar_state in states:
            return command
    for command in ordered:
        if any(command.applies_to(obj) for obj in selection):
            return command
    return ordered[0]


class CommandActions(QObject):
    """The QActions of every command, kept enabled (or not, with the reason) for the current selection."""

    def __init__(self, commands: CommandRegistry, run: Run, selection: Callable[[], Selection],
                 parent: QWidget, context: AppContext | None = None) -> None:
        super().__init__(parent)
        self.commands = commands
        self._context = context
        self._run = run
        self._selection = selection
        self.actions: dict[str, QAction] = {}
        self.submenus: dict[str, QMenu] = {}
        self.toolbar_actions: dict[str, QAction] = {}
        self._slots: list[list[Command]] = []
        for command in commands:
            self.actions[command.id] = self._action(command, parent, shortcut=True)

    def _action(self, command: Command, parent: QObject, *, shortcut: bool) -> QAction:
        action = QAction(words.menu_text(command) if shortcut else words.title(command), parent)
        if command.icon and icons.has_action_icon(command.icon):
            action.setIcon(icons.action_icon(command.icon))
        if shortcut and command.shortcut:
            action.setShortcut(QKeySequence(command.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setIconText(words.title(command))
        action.triggered.connect(lambda _=False, c=command: self._run(c))
        if shortcut and command.choices([]) is not None:
            menu = QMenu(words.menu_text(command), parent if isinstance(parent, QWidget) else None)
            menu.aboutToShow.connect(lambda c=command, m=menu: self._fill_choices(c, m))
            action.setMenu(menu)
            self.submenus[command.id] = menu
        return action

    def _fill_choices(self, command: Command, menu: QMenu) -> None:
        menu.clear()
        choices = command.choices(self._selection(), self._context) or []
        if not choices:
            menu.addAction(QCoreApplication.translate("Commands", "Nothing to choose from")).setEnabled(False)
        for choice in choices:
            action = self._choice_action(menu, choice)
            action.triggered.connect(lambda _=False, c=self._chosen(command, choice), p=choice.params: self._run(c, **p))

    @staticmethod
    def _choice_action(menu: QMenu, choice: Choice) -> QAction:
        """A submenu entry, greyed with its reason; a separator before an entry that runs another command."""
        if choice.command and not menu.isEmpty():
            menu.addSeparator()
        action = menu.addAction(icons.icon(choice.icon) if choice.icon else icons.app_icon(), choice.label)
        action.setEnabled(not choice.reason)
        action.setToolTip(choice.reason)
        return action

    def _chosen(self, command: Command, choice: Choice) -> Command:
        return self.commands[choice.command] if choice.command else command

    # ---- surfaces --------------------------------------------------------------------------------------

    def fill_menubar(self, bar: QMenuBar, extra: dict[str, list[QAction | None]]) -> dict[str, QMenu]:
        """Every menu of ``MENUBAR`` that has commands (in sections) or window actions (``extra``, after them)."""
        menus: dict[str, QMenu] = {}
        for name, title in MENUBAR:
            commands = [c for c in self.commands if name in c.menus]
            added = extra.get(name, [])
            if not commands and not added:
                continue
            menu = bar.addMenu(QCoreApplication.translate("Menus", title))
            for section in sections(commands):
                if not menu.isEmpty():
                    menu.addSeparator()
                for command in section:
                    menu.addAction(self.actions[command.id])
            if added and not menu.isEmpty():
                menu.addSeparator()
            for action in added:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            menus[name] = menu
        return menus

    def make_toolbar(self, parent: QWidget) -> QToolBar:
        """The toolbar: commands with a ``toolbar`` place, sections separated, shared places as one button
        (each command has its own toolbar action, so hiding one never hides it from the menus)."""
        toolbar = QToolBar(QCoreApplication.translate("Menus", "Commands"), parent)
        toolbar.setObjectName("commands")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        places: dict[int, list[Command]] = {}
        for command in self.commands:
            if command.toolbar is not None:
                places.setdefault(command.toolbar, []).append(command)
        section = None
        for place in sorted(places):
            if section is not None and place // 100 != section:
                toolbar.addSeparator()
            section = place // 100
            for command in sorted(places[place], key=lambda c: (c.group, c.order)):
                action = self._action(command, toolbar, shortcut=False)
                toolbar.addAction(action)
                self.toolbar_actions[command.id] = action
            self._slots.append(places[place])
        return toolbar

    def context_menu(self, selection: Selection, parent: QWidget) -> QMenu:
        """The commands about the selected kinds of object, in their sections."""
        menu = QMenu(parent)
        if selection:
            commands = [c for c in self.commands.applicable(selection) if c.in_context_menu]
        else:
            commands = [c for c in self.commands if not c.needs_selection and "File" in c.menus][:1]
        for section in sections(commands):
            if not menu.isEmpty():
                menu.addSeparator()
            for command in section:
                menu.addAction(self.actions[command.id])
        return menu

    def menu_for(self, objects: Selection, parent: QWidget, run: Callable[..., Any]) -> QMenu:
        """A context menu for objects other than the navigation's selection (the Search tab's rows): the same
        commands and sections, each enabled for ``objects`` and run on them by ``run(command, objects, **p)``."""
        menu = QMenu(parent)
        commands = [c for c in self.commands.applicable(objects) if c.in_context_menu] if objects else []
        for section in sections(commands):
            if not menu.isEmpty():
                menu.addSeparator()
            for command in section:
                reason = command.reason(objects)
                choices = command.choices(objects, self._context)
                if choices is not None:
                    sub = menu.addMenu(words.menu_text(command))
                    for choice in choices or []:
                        item = self._choice_action(sub, choice)
                        item.triggered.connect(lambda _=False, c=self._chosen(command, choice), p=choice.params:
                                               run(c, objects, **p))
                    sub.setEnabled(not reason and bool(choices))
                    continue
                action = menu.addAction(words.menu_text(command))
                if command.icon and icons.has_action_icon(command.icon):
                    action.setIcon(icons.action_icon(command.icon))
                action.setEnabled(not reason)
                action.setToolTip(reason)
                action.triggered.connect(lambda _=False, c=command: run(c, objects))
        return menu

    # ---- state -----------------------------------------------------------------------------------------

    def refresh(self, selection: Selection) -> None:
        """Enable each action (tooltip: the reason when it cannot run) and pick the shown command of each
        shared toolbar place."""
        for command in self.commands:
            action = self.actions[command.id]
            reason = command.reason(selection)
            action.setEnabled(not reason)
            base = words.title(command) + (f" ({action.shortcut().toString()})" if command.shortcut else "")
            action.setToolTip(f"{base}\n{reason}" if reason else base)
            action.setStatusTip(reason)
            mirror = self.toolbar_actions.get(command.id)
            if mirror is not None:
                mirror.setEnabled(not reason)
                mirror.setToolTip(action.toolTip())
        for slot in self._slots:
            shown = toolbar_slot(slot, selection)
            for command in slot:
                self.toolbar_actions[command.id].setVisible(command is shown)

    def action_of(self, command_id: str) -> QAction:
        return self.actions[command_id]
