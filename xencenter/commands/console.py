"""Console commands that are not about a pool object: a console window on any VNC server."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, Selection

if TYPE_CHECKING:
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation


class ConnectVNCCommand(Command):
    id, title, text = "vnc.connect", "Connect to VNC Server", "Connect to &VNC Server..."
    help = "Open a console window on a VNC server (a guest's own, port 5900)."
    menus, group, order, needs_selection, in_context_menu = ("File",), 10, 20, False, False
    window_only = "a console window needs the window: use main.py screenshot --vnc for a picture"

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        context.dialogs.vnc_viewer(context)
        return []
