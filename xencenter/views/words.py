"""The window's words for what the commands and the model declare in English: translated where they are
shown, with one context per area, so ids, ``main.py run`` and the command line stay English.

The commands' ``title``, ``text`` and ``help`` are class attributes lupdate cannot see; ``scripts/translations.py``
lists them for it under the ``Commands`` (and ``CommandHelp``) context."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from xencenter import connection

if TYPE_CHECKING:
    from xencenter.commands.base import Command

COMMANDS = "Commands"


def title(command: Command) -> str:
    """The command's name in the window's language."""
    return QCoreApplication.translate(COMMANDS, command.title)


def help_text(command: Command) -> str:
    """The command's one-line help (the palette, tooltips) in the window's language (context ``CommandHelp``)."""
    return QCoreApplication.translate("CommandHelp", command.help) if command.help else ""


def menu_text(command: Command) -> str:
    """The command's menu text (with its accelerator) in the window's language."""
    return QCoreApplication.translate(COMMANDS, command.menu_text)


@cache
def _reason_pattern(template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+)", re.escape(template)))


def reason(text: str) -> str:
    """A connection's reason (``connection.REASONS``, filled in: its states and ``model.failures``' connection
    problems) in the window's language; any other text (the network's or the server's own words) as it is."""
    for template in connection.REASONS:
        match = _reason_pattern(template).fullmatch(text)
        if match:
            return QCoreApplication.translate("Connection", template).format(**match.groupdict())
    return text
