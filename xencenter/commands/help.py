"""The Help menu (the offline user guide, the keyboard shortcuts, the application log) and Tools > Options.
They open windows only (``main.py run`` says where the same facts are for scripts)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Selection

if TYPE_CHECKING:
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation


class HelpCommand(Command):
    menus: ClassVar[tuple[str, ...]] = ("Help",)
    group = 10
    needs_selection, in_context_menu = False, False
    #: the WindowDialogs method that opens it
    window: ClassVar[str] = ""

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        getattr(context.dialogs, self.window)(context)
        return []


class UserGuideCommand(HelpCommand):
    id, title, text, help = "help.guide", "User Guide", "&User Guide", "Read the user guide (offline)."
    shortcut, order, window = "F1", 10, "user_guide"
    window_only = "the guide is a window: its text is xencenter/resources/guide/guide.md"


class ShortcutsCommand(HelpCommand):
    id, title, text, help = ("help.shortcuts", "Keyboard Shortcuts", "&Keyboard Shortcuts",
                             "List the window's keyboard shortcuts.")
    order, window = 20, "keyboard_shortcuts"
    window_only = "the list is a window: main.py commands --json gives every command's shortcut"


class ApplicationLogCommand(HelpCommand):
    id, title, text, help = ("help.log", "View Application Log", "View Application &Log",
                             "Show the application log (passwords and session ids are never written to it).")
    order, window = 30, "application_log"
    window_only = ("the log is a file: ~/.local/state/xencenter/log/xencenter.log on Linux "
                   "(XENCENTER_LOG_DIR moves it)")


class OptionsCommand(HelpCommand):
    id, title, text, help = "app.options", "Options", "&Options...", "Change the theme, the tree, console and alert options."
    menus, icon, order, window = ("Tools",), "options", 90, "options"
    window_only = "the options are a dialog: they are kept in options.json in the settings folder"
