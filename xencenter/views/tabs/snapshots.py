"""The Snapshots tab: a VM's snapshots as a tree (each under the snapshot it was taken from, the VM's
current state as "Now"), with the time and description, the selected snapshot's details, and the
Take Snapshot / Revert / Delete commands of the registry."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from xencenter.model.labels import date_text
from xencenter.model.naming import natural_key
from xencenter.model.summaries import size_text
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.base import PanePage, related_keys
from xencenter.views.tabs.commands import CommandButtons, fresh
from xencenter.views.tabs.widgets import (
    MARGIN,
    SPACING,
    CollapsibleSection,
    ObjectTable,
    TableRow,
    ValueLine,
)

if TYPE_CHECKING:
    from xencenter.model.cache import Key
    from xencenter.model.objects import VM, XenObject

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("Tabs", "Name"), QT_TRANSLATE_NOOP("Tabs", "Created"), QT_TRANSLATE_NOOP("Tabs", "Description"), QT_TRANSLATE_NOOP("Tabs", "Tags"))
NOW_KEY = "now"
#: Registry ids of the buttons; the ones the registry lacks get no button.
TAKE, REVERT, DELETE = "vm.snapshot", "snapshot.revert", "snapshot.delete"


def snapshot_kind(snapshot: VM) -> str:
    """XenCenter's wording: disk-only snapshot, or disk and memory (a checkpoint of a running VM)."""
    if snapshot.ref_of("suspend_VDI"):
        return translate("SnapshotsTab", "Disk and memory snapshot")
    return translate("SnapshotsTab", "Disk snapshot (quiesced)") if "quiesced" in (snapshot.snapshot_info or {}) else translate("SnapshotsTab", "Disk snapshot")


def snapshot_tree(vm: VM) -> list[TableRow]:
    """Snapshots nested under their parent snapshot; the VM itself is "Now" under the snapshot it runs from."""
    snapshots = {s.ref: s for s in vm.snapshots}
    children: dict[str | None, list[Any]] = {}
    for snap in snapshots.values():
        parent = snap.ref_of("parent")
        children.setdefault(parent if parent in snapshots else None, []).append(snap)
    now_parent = vm.ref_of("parent")
    offset = vm.cache.server_time_offset

    def row(snap: VM) -> TableRow:
        nested = [row(c) for c in sorted(children.get(snap.ref, []), key=_taken)]
        if now_parent == snap.ref:
            nested.append(_now_row(vm))
        when = snap.snapshot_time
        return TableRow(snap.ref, (snap.name, date_text(when, offset), snap.description, ", ".join(snap.tags)),
                        (natural_key(snap.name), when.timestamp() if when else 0.0, None, None), (), nested,
                        icon="snapshot")

    rows = [row(s) for s in sorted(children.get(None, []), key=_taken)]
    if now_parent not in snapshots:
        rows.append(_now_row(vm))
    return rows


def _now_row(vm: VM) -> TableRow:
    look = {"Running": "vm:running", "Suspended": "vm:suspended", "Paused": "vm:paused"}.get(vm.power_state,
                                                                                            "vm:halted")
    return TableRow(NOW_KEY, (translate("SnapshotsTab", "Now"), "", translate("SnapshotsTab", "The VM's current state"), ""), ((9,), float("inf"), None, None),
                    icon=look, bold=True)


def _taken(snap: VM) -> float:
    when = snap.snapshot_time
    return when.timestamp() if when else 0.0


class SnapshotsPage(PanePage):
    title = QT_TRANSLATE_NOOP("Tabs", "Snapshots")
    scrolling = False

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tree = ObjectTable(COLUMNS)
        self.tree.setSelectionMode(ObjectTable.SelectionMode.SingleSelection)
        self.tree.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.tree.itemSelectionChanged.connect(self._on_selection_changed)
        self.details = QWidget()
        self._details_layout = QVBoxLayout(self.details)
        self._details_layout.setContentsMargins(0, 0, 0, 0)
        self._details_layout.addStretch(1)
        self.details.setMinimumHeight(180)
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        self.buttons_row.addStretch(1)
        self.buttons: CommandButtons | None = None
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addLayout(self.buttons_row)
        self.body.addWidget(splitter, 1)

    def applies_to(self, selection: list[XenObject]) -> bool:
        return len(selection) == 1 and selection[0].cls == "VM" and selection[0].is_real_vm

    def watch(self, objects: list[XenObject]) -> set[Key]:
        keys: set[Key] = set()
        for obj in objects:
            keys |= related_keys(obj)  # the snapshots themselves are direct references
        return keys

    def refresh(self) -> None:
        vm = self.subject()
        if vm is None:
            return
        self.tree.set_rows(snapshot_tree(vm))  # type: ignore[arg-type]
        count = len(vm.snapshots)
        self.header.set_subtitle(translate("SnapshotsTab", "1 snapshot") if count == 1 else translate(
            "SnapshotsTab", "{count} snapshots").format(count=count))
        self._make_buttons(vm)
        self._on_selection_changed()

    def _make_buttons(self, vm: XenObject) -> None:
        if self.buttons is not None:
            self.buttons.deleteLater()
        self.buttons = CommandButtons(self.context)
        self.buttons.add(TAKE, [vm], translate("SnapshotsTab", "Take Snapshot…"))
        self.buttons.add(REVERT, self._selected_snapshots, translate("SnapshotsTab", "Revert To…"))
        self.buttons.add(DELETE, self._selected_snapshots, translate("SnapshotsTab", "Delete"))
        self.buttons_row.insertWidget(0, self.buttons)

    def _selected_snapshots(self) -> list[Any]:
        objects = self.current()
        if not objects:
            return []
        cache = objects[0].cache
        return fresh([s for key in self.tree.selected_keys() if key != NOW_KEY
                      and (s := cache.get("VM", key)) is not None])

    def _on_selection_changed(self) -> None:
        if self.buttons is not None:
            self.buttons.update_state()
        self._show_details(self._selected_snapshots())

    def _show_details(self, snapshots: list[Any]) -> None:
        old = self.details.findChild(CollapsibleSection)
        if old is not None:
            old.deleteLater()
        box = CollapsibleSection(translate("SnapshotsTab", "Snapshot details") if snapshots else translate("SnapshotsTab", "Snapshots"), self.details)
        if snapshots:
            snap = snapshots[0]
            disks = [vbd.VDI for vbd in snap.VBDs if not vbd.is_cd and vbd.VDI is not None]
            box.add_row(translate("SnapshotsTab", "Name"), [ValueLine(snap.name)])
            box.add_row(translate("SnapshotsTab", "Taken"), [ValueLine(date_text(snap.snapshot_time, snap.cache.server_time_offset))])
            box.add_row(translate("SnapshotsTab", "Description"), [ValueLine(snap.description or translate("SnapshotsTab", "None"))])
            box.add_row(translate("SnapshotsTab", "Tags"), [ValueLine(", ".join(snap.tags) or translate("SnapshotsTab", "None"))])
            box.add_row(translate("SnapshotsTab", "Type"), [ValueLine(snapshot_kind(snap))])
            state = (snap.snapshot_info or {}).get("power-state-at-snapshot", "")
            if state:
                box.add_row(translate("SnapshotsTab", "VM was"), [ValueLine(state)])
            box.add_row(translate("SnapshotsTab", "Disks"), [ValueLine(f"{len(disks)} ({size_text(sum(d.virtual_size for d in disks))})")])
        else:
            objects = self.current()
            count = len(objects[0].snapshots) if objects else 0
            text = (translate("SnapshotsTab", "This VM has no snapshots yet. A snapshot keeps the VM's disks as they are now, so you can "
                    "come back to this state later.") if count == 0 else translate("SnapshotsTab", "Select a snapshot to see its details."))
            box.add_row(translate("SnapshotsTab", "Snapshots"), [ValueLine(text)])
        self._details_layout.insertWidget(0, box)
