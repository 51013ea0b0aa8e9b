"""The page of a multi-selection: how many objects of each kind (VMs by power state, servers by state)
and the commands that can act on all of them at once."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from xencenter.model.placement import host_state
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.base import PanePage
from xencenter.views.tabs.commands import CommandButtons
from xencenter.views.tabs.widgets import MARGIN, CollapsibleSection, ValueLine

if TYPE_CHECKING:
    from xencenter.model.cache import ChangeSet

translate = QCoreApplication.translate

#: Kinds in display order: (key, the label of their row; translated where shown, context ``Tabs``).
KINDS = (
    ("pool", QT_TRANSLATE_NOOP("Tabs", "Pools")), ("host", QT_TRANSLATE_NOOP("Tabs", "Servers")),
    ("connection", QT_TRANSLATE_NOOP("Tabs", "Disconnected servers")), ("vm", QT_TRANSLATE_NOOP("Tabs", "VMs")),
    ("template", QT_TRANSLATE_NOOP("Tabs", "Templates")), ("snapshot", QT_TRANSLATE_NOOP("Tabs", "Snapshots")),
    ("SR", QT_TRANSLATE_NOOP("Tabs", "Storage repositories")), ("network", QT_TRANSLATE_NOOP("Tabs", "Networks")),
)
#: A VM power state and its count's words; a server's state and its count's words.
POWER_WORDS = (("Running", QT_TRANSLATE_NOOP("Tabs", "{count} running")),
               ("Halted", QT_TRANSLATE_NOOP("Tabs", "{count} shut down")),
               ("Suspended", QT_TRANSLATE_NOOP("Tabs", "{count} suspended")),
               ("Paused", QT_TRANSLATE_NOOP("Tabs", "{count} paused")))
HOST_WORDS = {"unreachable": QT_TRANSLATE_NOOP("Tabs", "{count} not reachable"),
              "maintenance": QT_TRANSLATE_NOOP("Tabs", "{count} in maintenance mode"),
              "live": QT_TRANSLATE_NOOP("Tabs", "{count} live")}
#: Bulk commands offered, by the kind they act on (each appears when that kind is selected).
BULK_COMMANDS = {
    "vm": ("vm.start", "vm.shutdown", "vm.reboot", "vm.suspend", "vm.resume", "vm.pause", "vm.unpause",
           "vm.force-shutdown", "vm.force-reboot", "vm.snapshot", "object.tags", "vm.delete"),
    "host": ("host.maintenance-enter", "host.maintenance-exit", "host.reboot"),
    "pool": ("server.disconnect",),
    "connection": ("server.reconnect", "server.remove"),
}


def kind_of(obj: Any) -> str:
    cls = getattr(obj, "cls", "")
    if cls == "VM":
        if obj.is_snapshot:
            return "snapshot"
        return "template" if obj.is_a_template else "vm"
    return cls





def breakdown(objects: list[Any]) -> list[tuple[str, str]]:
    """(label, "count (details)") per kind present, e.g. ("VMs", "8 (5 running, 2 shut down, 1 suspended)")."""
    by_kind: dict[str, list[Any]] = {}
    for obj in objects:
        by_kind.setdefault(kind_of(obj), []).append(obj)
    rows = []
    for key, label in KINDS:
        group = by_kind.pop(key, [])
        if not group:
            continue
        details = _details(key, group)
        text = translate("Tabs", "{count} ({details})").format(count=len(group), details=details) if details \
            else str(len(group))
        rows.append((translate("Tabs", label), text))
    for key, group in by_kind.items():
        rows.append((key, str(len(group))))
    return rows


def _details(kind: str, group: list[Any]) -> str:
    comma = translate("Tabs", ", ")
    if kind == "vm":
        states = Counter(vm.power_state for vm in group)
        return comma.join(translate("Tabs", words).format(count=states[s]) for s, words in POWER_WORDS if states[s])
    if kind == "host":
        counts: Counter[str] = Counter()
        for host in group:
            state = host_state(host)
            counts["unreachable" if not state.live else "maintenance" if state.maintenance else "live"] += 1
        return comma.join(translate("Tabs", HOST_WORDS[key]).format(count=n) for key, n in counts.items())
    return ""


class SummaryPage(PanePage):
    title = QT_TRANSLATE_NOOP("Tabs", "Summary")
    header_title = QT_TRANSLATE_NOOP("Tabs", "Multiple Objects")

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._all: list[Any] = []
        self.buttons: CommandButtons | None = None
        self.rows: list[tuple[str, str]] = []

    def applies_to(self, selection: list[Any]) -> bool:
        return len(selection) > 1

    def set_selection(self, selection: list[Any]) -> None:
        self._all = list(selection)
        super().set_selection([obj for obj in selection if hasattr(obj, "cache")])

    def on_changes(self, changeset: ChangeSet) -> None:
        if self._all and changeset and self.concerns(changeset):
            self._mark_dirty()

    def selection(self) -> list[Any]:
        """The selection as it is now: objects re-read from their cache, server items as they are."""
        fresh = {(id(o.cache), o.cls, o.ref): o for o in self.current()}
        return [obj if not hasattr(obj, "cache") else fresh[key] for obj in self._all
                if not hasattr(obj, "cache") or (key := (id(obj.cache), obj.cls, obj.ref)) in fresh]

    def refresh(self) -> None:
        objects = self.selection()
        self.header.set_subtitle(translate("Tabs", "{count} objects selected").format(count=len(objects)))
        self.show_body()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        box = CollapsibleSection(translate("SummaryTab", "Selected objects"), content)
        self.rows = breakdown(objects)
        for label, text in self.rows:
            box.add_row(label, [ValueLine(text)])
        layout.addWidget(box)
        commands = CollapsibleSection(translate("SummaryTab", "Commands for the selection"), content)
        self.buttons = CommandButtons(self.context, commands.body, columns=4)
        kinds = {kind_of(obj) for obj in objects}
        ids = [cid for kind, cids in BULK_COMMANDS.items() if kind in kinds for cid in cids]
        for command_id in dict.fromkeys(ids):
            self.buttons.add(command_id, self.selection)
        commands.grid.addWidget(self.buttons, 0, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        commands.setVisible(bool(self.buttons.buttons))
        layout.addWidget(commands)
        layout.addStretch(1)
        content.setContentsMargins(0, 0, 0, MARGIN)
        self.set_content(content)
