"""The Console tab until the console widget lands: what state the console is in and what to do about it.

A shut-down VM has no console ("start it to use its console"); a suspended or paused one must be resumed;
a running one lists the consoles xapi offers (graphical RFB, text VT100) and the server they run on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from xencenter.views.tabs.base import PanePage, related_keys
from xencenter.views.tabs.commands import CommandButtons
from xencenter.views.tabs.widgets import (
    MARGIN,
    SPACING,
    CollapsibleSection,
    ValueLine,
    plain_label,
)

if TYPE_CHECKING:
    from xencenter.model.cache import Key
    from xencenter.model.objects import XenObject

PROTOCOL_NAMES = {"rfb": "Graphical console (VNC)", "vt100": "Text console", "rdp": "Remote Desktop (RDP)"}
PENDING_NOTE = "The interactive console arrives with the console feature; until then this page shows its state."

#: Power state -> (what the user reads, the command that makes the console available).
STATE_MESSAGES = {
    "Halted": ("This VM is shut down; start it to use its console.", "vm.start"),
    "Suspended": ("This VM is suspended; resume it to use its console.", "vm.resume"),
    "Paused": ("This VM is paused; unpause it to use its console.", "vm.unpause"),
}


def console_state(obj: XenObject) -> tuple[str, str | None]:
    """(message, command name that would help) for a VM or host."""
    if obj.cls == "host":
        if not obj.is_live:  # type: ignore[attr-defined]
            return "This server is not reachable, so its console is not available.", None
        return "The server's text console is available.", None
    power = obj.power_state or "Halted"
    if power in STATE_MESSAGES:
        return STATE_MESSAGES[power]
    if not obj.consoles:
        return "This VM is running but offers no console.", None
    return "This VM is running; its console is available.", None


def console_lines(obj: XenObject) -> list[tuple[str, str]]:
    """(console kind, where) for each console xapi offers, graphical first."""
    if obj.cls == "host":
        control = obj.control_domain
        consoles = control.consoles if control is not None else []
        where = obj.name
    else:
        consoles = obj.consoles
        resident = obj.resident_on
        where = resident.name if resident is not None else ""
    order = {"rfb": 0, "vt100": 1, "rdp": 2}
    rows = []
    for console in sorted(consoles, key=lambda c: order.get(c.protocol, 9)):
        rows.append((PROTOCOL_NAMES.get(console.protocol, console.protocol), f"on {where}" if where else ""))
    return rows


class ConsolePage(PanePage):
    title = "Console"

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state_label = plain_label("")
        self.buttons: CommandButtons | None = None

    def applies_to(self, selection: list[XenObject]) -> bool:
        if len(selection) != 1:
            return False
        obj = selection[0]
        if obj.cls == "VM":
            return obj.is_real_vm  # type: ignore[attr-defined]
        return obj.cls == "host"

    def watch(self, objects: list[XenObject]) -> set[Key]:
        keys: set[Key] = set()
        for obj in objects:
            keys |= related_keys(obj, ["consoles"])
            if obj.cls == "host" and obj.ref_of("control_domain"):
                keys |= related_keys(obj.control_domain, ["consoles"])  # type: ignore[arg-type]
        return keys

    def refresh(self) -> None:
        obj = self.subject()
        if obj is None:
            return
        message, command = console_state(obj)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.state_label = plain_label(message)
        self.state_label.setWordWrap(True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.state_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.state_label.setFont(font)
        self.state_label.setContentsMargins(MARGIN, 4 * MARGIN, MARGIN, SPACING)
        layout.addWidget(self.state_label)
        self.buttons = CommandButtons(self.context, content)
        if command is not None:
            self.buttons.add(command, [obj])
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        row.addStretch(1)
        layout.addLayout(row)
        lines = console_lines(obj) if obj.cls == "host" or obj.power_state == "Running" else []
        if lines:
            box = CollapsibleSection("Consoles", content)
            for kind, where in lines:
                box.add_row(kind, [ValueLine(where or "available")])
            layout.addSpacing(2 * MARGIN)
            layout.addWidget(box)
        note = plain_label(PENDING_NOTE)
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setContentsMargins(MARGIN, 2 * MARGIN, MARGIN, MARGIN)
        note.setStyleSheet("color: palette(dark);")
        layout.addWidget(note)
        layout.addStretch(1)
        self.set_content(content)
