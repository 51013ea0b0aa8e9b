"""The window's words for what the commands and the model declare in English: translated where they are
shown, with one context per area, so ids, ``main.py run`` and the command line stay English.

The commands' ``title`` and ``text`` are class attributes lupdate cannot see; ``scripts/translations.py`` lists
them for it under the ``Commands`` context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from xencenter.commands.base import Command

COMMANDS = "Commands"


def title(command: Command) -> str:
    """The command's name in the window's language."""
    return QCoreApplication.translate(COMMANDS, command.title)


def menu_text(command: Command) -> str:
    """The command's menu text (with its accelerator) in the window's language."""
    return QCoreApplication.translate(COMMANDS, command.menu_text)
