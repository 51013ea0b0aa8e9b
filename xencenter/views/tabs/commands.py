"""Buttons that run commands of the window's registry (``context.commands``) on objects of a page.

A button shows the command's name and icon, is disabled with the command's reason as its tooltip when it
cannot run, and runs the command on the objects as the cache knows them at the moment of the click.
Commands missing from the registry (or a context without one) simply get no button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from xencenter.views import words

translate = QCoreApplication.translate

Selection = list[Any]


def find_command(context: Any, command_id: str) -> Any | None:
    """The registry's command with this id, or None."""
    registry = getattr(context, "commands", None)
    if registry is None:
        return None
    try:
        return registry[command_id]
    except (KeyError, TypeError):
        return None


def fresh(selection: Selection) -> Selection:
    """The objects as the cache knows them now (objects without a cache, e.g. server items, unchanged)."""
    result = []
    for obj in selection:
        cache = getattr(obj, "cache", None)
        if cache is None:
            result.append(obj)
        elif (now := cache.get(obj.cls, obj.ref)) is not None:
            result.append(now)
    return result


class CommandButtons(QWidget):
    """Command buttons in rows of ``columns``; ``add`` one per command, ``update_state`` when the state of
    the objects may have changed."""

    def __init__(self, context: Any, parent: QWidget | None = None, columns: int = 8) -> None:
        super().__init__(parent)
        self.context = context
        self.columns = columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        self._selections: dict[str, Callable[[], Selection]] = {}

    def add(self, command_id: str, selection: Selection | Callable[[], Selection], text: str = "") -> QPushButton | None:
        """A button for the command on ``selection`` (a list, or a function giving the current one)."""
        command = find_command(self.context, command_id)
        if command is None:
            return None
        button = QPushButton(text or words.title(command), self)
        icon_name = getattr(command, "icon", None)
        if icon_name:
            from xencenter.views.icons import action_icon, has_action_icon

            if has_action_icon(icon_name):
                button.setIcon(action_icon(icon_name))
        chosen = list(selection) if not callable(selection) else []
        self._selections[command_id] = selection if callable(selection) else (lambda: fresh(chosen))
        button.clicked.connect(lambda: self._run(command_id))
        count = len(self.buttons)
        self.buttons[command_id] = button
        self.grid.addWidget(button, count // self.columns, count % self.columns)
        self._update_one(command_id)
        return button

    def update_state(self) -> None:
        for command_id in self.buttons:
            self._update_one(command_id)

    def _update_one(self, command_id: str) -> None:
        command = find_command(self.context, command_id)
        button = self.buttons[command_id]
        reason = command.reason(self._selections[command_id]()) if command is not None else translate("Tabs", "Not available.")
        button.setEnabled(not reason)
        button.setToolTip(reason or (words.title(command) if command is not None else ""))

    def _run(self, command_id: str) -> None:
        command = find_command(self.context, command_id)
        selection = self._selections[command_id]()
        if command is not None and not command.reason(selection):
            try:
                command.run(selection, self.context)
            except ValueError as exc:  # a parameter the command refuses, in its own words
                prompter = getattr(self.context, "prompter", None)
                if prompter is not None:
                    prompter.show_error(command.title, str(exc))
        self.update_state()

