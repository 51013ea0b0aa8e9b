"""The Search tab: a sortable grid of the selection's children (a pool's servers and VMs, a server's VMs,
the VMs on an SR or a network, or the selected objects themselves) with XenCenter's columns.

``SearchModel`` keeps its rows as keys and computes a row's cells on first display, memoised until that
row's objects change; a change batch that only touches metrics repaints the rows concerned, and the row
set is recomputed only when objects appear, disappear or VMs change (they may move between hosts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLineEdit, QTreeView, QWidget

from xencenter.model.naming import natural_key
from xencenter.model.placement import host_state
from xencenter.model.search import SearchIndex, normalize_query
from xencenter.model.summaries import (
    host_cpus,
    host_memory,
    host_uptime,
    size_text,
    uptime_text,
    vm_ip_addresses,
    vm_memory,
    vm_uptime,
)
from xencenter.views.tabs.base import PanePage, changed_keys
from xencenter.views.tabs.table_model import FlatTableModel, Index
from xencenter.views.tabs.widgets import MARGIN, SPACING, TABLE_STYLE, plain_label

if TYPE_CHECKING:
    from xencenter.model.cache import ChangeSet, Key, ObjectCache
    from xencenter.model.objects import VM, Host, XenObject

COLUMNS = ("Name", "CPU", "Memory", "Disks", "Network", "IP Address", "Uptime")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLES = {"pool": "The pool's servers and VMs", "host": "The VMs of this server",
             "SR": "The VMs with disks on this storage", "network": "The VMs connected to this network"}
RowKey = tuple["ObjectCache", str, str]
Cell = tuple[str, Any]  # (text, sort key)

#: Classes of a row's disks, NICs and CPUs: any change of these repaints every row (cheaper than mapping).
_STRUCTURE_CLASSES = frozenset({"VBD", "VDI", "VIF", "PIF", "host_cpu"})
#: Classes whose appearance or change can change which rows there are.
_ROW_CLASSES = frozenset({"VM", "host", "VBD", "VIF"})


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _name(obj: XenObject) -> Cell:
    return obj.name, natural_key(obj.name)


def _uptime(seconds: float | None) -> Cell:
    return (uptime_text(seconds) if seconds is not None else "", seconds if seconds is not None else -1.0)


def _vm_cpu(vm: VM) -> Cell:
    metrics = vm.metrics if vm.power_state == "Running" else None
    vcpus = (metrics.VCPUs_number if metrics is not None else 0) or vm.VCPUs_at_startup
    usage = metrics.VCPUs_utilisation if metrics is not None else {}
    load = (sum(float(v) for v in usage.values()) / len(usage)) if usage else None
    text = _plural(vcpus, "vCPU") + (f", {round(load * 100)}%" if load is not None else "")
    return text, (load if load is not None else -1.0, vcpus)


def _vm_memory(vm: VM) -> Cell:
    memory = vm_memory(vm)
    if memory.actual is None:
        return size_text(memory.static_max), -1
    return f"{size_text(memory.actual)} of {size_text(memory.static_max)}", memory.actual


def _vm_disks(vm: VM) -> Cell:
    disks = [vbd.VDI for vbd in vm.VBDs if not vbd.is_cd and vbd.VDI is not None]
    size = sum(vdi.virtual_size for vdi in disks)
    return (f"{len(disks)} ({size_text(size)})" if disks else "None"), size


def _vm_network(vm: VM) -> Cell:
    count = len(vm.refs_of("VIFs"))
    return (_plural(count, "NIC") if count else "None"), count


def _vm_address(vm: VM) -> Cell:
    addresses = vm_ip_addresses(vm)
    return ", ".join(addresses), natural_key(addresses[0]) if addresses else ((2, ""),)


def _host_cpu(host: Host) -> Cell:
    cpus = host_cpus(host)
    count = cpus.count if cpus is not None else 0
    return (_plural(count, "CPU") if count else ""), count


def _host_memory(host: Host) -> Cell:
    memory = host_memory(host)
    if memory is None:
        return "", -1
    used = memory.total - memory.free
    return f"{size_text(used)} of {size_text(memory.total)}", used


def _host_srs(host: Host) -> Cell:
    count = len({pbd.ref_of("SR") for pbd in host.PBDs})
    return _plural(count, "SR"), count


def _host_nics(host: Host) -> Cell:
    count = sum(1 for pif in host.PIFs if pif.physical)
    return _plural(count, "NIC"), count


def _host_address(host: Host) -> Cell:
    address = host.record.get("address") or ""
    return address, natural_key(address)


#: Per class, one function per column of ``COLUMNS``: (text, sort key). Computed only for the cells the
#: view shows or sorts by, so sorting 20,000 VMs by name never computes their disks.
CELLS: dict[str, tuple[Callable[[Any], Cell], ...]] = {
    "VM": (_name, _vm_cpu, _vm_memory, _vm_disks, _vm_network, _vm_address, lambda vm: _uptime(vm_uptime(vm))),
    "host": (_name, _host_cpu, _host_memory, _host_srs, _host_nics, _host_address,
             lambda host: _uptime(host_uptime(host))),
}


def _shown_vms(cache: ObjectCache) -> list[VM]:
    return [vm for vm in cache.all("VM") if vm.is_real_vm and vm.shown(False)]


def children(obj: XenObject) -> list[XenObject]:
    """What the Search tab lists for one selected object."""
    cache = obj.cache
    if obj.cls == "pool":
        hosts = sorted(cache.all("host"), key=lambda h: natural_key(h.name))
        return [*hosts, *_shown_vms(cache)]
    if obj.cls == "host":
        return [vm for vm in _shown_vms(cache) if vm.ref_of("resident_on") == obj.ref
                or (vm.power_state != "Running" and vm.home == obj)]
    if obj.cls == "SR":
        vms = {vbd.VM for vdi in obj.VDIs for vbd in vdi.VBDs}
        return [vm for vm in vms if vm is not None and vm.is_real_vm]
    if obj.cls == "network":
        vms = {vif.VM for vif in obj.VIFs}
        return [vm for vm in vms if vm is not None and vm.is_real_vm]
    return []


def search_rows(selection: list[XenObject]) -> list[XenObject]:
    """One selected container: its children; several objects: the selected VMs and servers themselves."""
    if len(selection) == 1:
        return children(selection[0])
    return [obj for obj in selection if obj.cls in ("VM", "host")]


class SearchModel(FlatTableModel):
    """Rows of VMs and servers with ``COLUMNS``; ``SORT_ROLE`` gives typed sort keys.

    Sorting and filtering happen here, in Python over memoised keys, rather than in a proxy that would
    call ``data()`` across the language boundary a few hundred thousand times for a big pool.
    """

    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._selection: list[XenObject] = []
        self._members: list[RowKey] = []  # every row of the selection, before the filter
        self._rows: list[RowKey] = []  # shown: filtered and sorted
        self._row_of: dict[Key, int] = {}
        self._dependents: dict[Key, Key] = {}  # metrics/guest-metrics key -> row object key
        self._cells: dict[Key, list[Cell | None]] = {}
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._filter = ""
        self._index = SearchIndex()

    # ---- what is listed -----------------------------------------------------------------------------------

    def set_selection(self, selection: list[XenObject]) -> None:
        self._selection = [obj for obj in selection if hasattr(obj, "cache")]
        self.beginResetModel()
        self._cells = {}
        self._load(search_rows(self._fresh_selection()))
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only objects whose name, UUID, tag or IP address contains ``text``."""
        self._filter = normalize_query(text)
        self.beginResetModel()
        self._show()
        self.endResetModel()

    def total(self) -> int:
        return len(self._members)

    def _fresh_selection(self) -> list[XenObject]:
        fresh = (obj.cache.get(obj.cls, obj.ref) for obj in self._selection)
        return [obj for obj in fresh if obj is not None]

    def _load(self, objects: list[XenObject]) -> None:
        self._members = [(obj.cache, obj.cls, obj.ref) for obj in objects]
        self._dependents = {}
        for obj in objects:
            prefix = "VM_" if obj.cls == "VM" else "host_"
            for field in ("metrics", "guest_metrics"):
                ref = obj.ref_of(field)
                if ref is not None:
                    self._dependents[(prefix + field, ref)] = (obj.cls, obj.ref)
        self._show()

    def _show(self) -> None:
        """Filter and sort ``_members`` into ``_rows`` (inside a reset or a layout change)."""
        rows = self._members
        if self._filter:
            rows = [key for key in rows if (obj := key[0].get(key[1], key[2])) is not None
                    and self._filter in self._index.text(obj)]
        column = self._sort_column
        rows = sorted(rows, key=lambda key: self._cell(key, column)[1],
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self._row_of = {(cls, ref): i for i, (_, cls, ref) in enumerate(rows)}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._relayout()

    def _relayout(self) -> None:
        """Sort again, keeping the view's selection and current row on the same objects."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [(self._rows[i.row()][1:], i.column()) if i.row() < len(self._rows) else None for i in old]
        self._show()
        new = [self.index(self._row_of[k[0]], k[1]) if k is not None and k[0] in self._row_of else QModelIndex()
               for k in keys]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # ---- following the cache ------------------------------------------------------------------------------

    def apply_changes(self, changes: ChangeSet) -> None:
        """Follow a change batch: a new row set when membership changed, else repaint (and re-sort) rows."""
        keys = changed_keys(changes)
        if self._membership_may_change(changes):
            objects = search_rows(self._fresh_selection())
            if [(o.cls, o.ref) for o in objects] != [(cls, ref) for _, cls, ref in self._members]:
                for key in keys:
                    self._cells.pop(key, None)
                self.beginResetModel()
                self._load(objects)
                self.endResetModel()
                return
        if any(cls in _STRUCTURE_CLASSES for cls, _ in keys):
            touched = {(cls, ref) for _, cls, ref in self._members}
        else:
            touched = {self._dependents.get(key, key) for key in keys}
        touched &= {(cls, ref) for _, cls, ref in self._members}
        if not touched:
            return
        column = self._sort_column
        before = {key: self._cells[key][column] for key in touched if key in self._cells}
        for key in touched:
            self._cells.pop(key, None)
        row_keys = {(cls, ref): (cache, cls, ref) for cache, cls, ref in self._members}
        moved = any(before.get(key) != self._cell(row_keys[key], column) for key in touched)
        if moved or self._filter:
            self._relayout()  # a row moves, or may now match the filter or not
        rows = sorted(self._row_of[key] for key in touched if key in self._row_of)
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _membership_may_change(self, changes: ChangeSet) -> bool:
        """Objects appeared or vanished, or a VM changed in a way that may move it in or out of the list."""
        if any(cls in _ROW_CLASSES for cls, _ in changes.added | changes.removed):
            return True
        changed_vms = [ref for cls, ref in changes.changed if cls == "VM"]
        if not changed_vms:
            return False
        if not all(obj.cls == "pool" for obj in self._selection) or len(self._selection) != 1:
            return True  # a host's, SR's or network's VMs depend on where each VM is
        listed = {ref for _, cls, ref in self._members if cls == "VM"}
        cache = self._selection[0].cache
        for ref in changed_vms:
            vm = cache.get("VM", ref)
            listable = vm is not None and vm.is_real_vm and vm.shown(False)
            if listable != (ref in listed):
                return True
        return False

    def concerns(self, changes: ChangeSet) -> bool:
        keys = changed_keys(changes)
        if any(key in self._row_of or key in self._dependents for key in keys):
            return True
        if any(cls in _ROW_CLASSES for cls, _ in changes.added | changes.removed):
            return True
        return any(cls == "VM" or cls in _STRUCTURE_CLASSES for cls, _ in keys)

    # ---- cells --------------------------------------------------------------------------------------------

    def object(self, row: int) -> XenObject | None:
        cache, cls, ref = self._rows[row]
        return cache.get(cls, ref)

    def _cell(self, key: RowKey, column: int) -> Cell:
        """One cell, computed on first use and kept until its object changes."""
        cache, cls, ref = key
        cells = self._cells.get((cls, ref))
        if cells is None:
            cells = self._cells[(cls, ref)] = [None] * len(COLUMNS)
        value = cells[column]
        if value is None:
            obj = cache.get(cls, ref)
            value = cells[column] = CELLS[cls][column](obj) if obj is not None else ("", ((2, ""),))
        return value

    def cell(self, row: int, column: int) -> Cell:
        return self._cell(self._rows[row], column)

    # ---- QAbstractTableModel -----------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(index.row(), index.column())[0]
        if role == SORT_ROLE:
            return self.cell(index.row(), index.column())[1]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            obj = self.object(index.row())
            return object_icon(obj) if obj is not None else None
        return None


def object_icon(obj: XenObject) -> Any:
    """The tree's icon for an object (state badges included)."""
    from xencenter.views.icons import icon, icon_key

    if obj.cls == "VM":
        if obj.is_snapshot:
            return icon(icon_key("snapshot"))
        if obj.is_a_template:
            return icon(icon_key("template"))
        return icon(icon_key("vm", (obj.power_state or "").lower()))
    if obj.cls == "host":
        state = host_state(obj)  # type: ignore[arg-type]
        look = "dead" if not state.live else "maintenance" if state.maintenance else "live"
        return icon(icon_key("host", look, coordinator=state.coordinator))
    return icon(icon_key(obj.cls.lower()))


class SearchPage(PanePage):
    title = "Search"
    scrolling = False

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = SearchModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.view.setStyleSheet(TABLE_STYLE)
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((200, 110, 130, 110, 80, 140)):
            header.resizeSection(column, width)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by name, IP address…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        self.count = plain_label("")
        bar = QHBoxLayout()
        bar.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        bar.addWidget(self.filter, 1)
        bar.addSpacing(SPACING)
        bar.addWidget(self.count)
        self.body.addLayout(bar)
        self.body.addWidget(self.view, 1)
        self.model.modelReset.connect(self._update_count)

    def applies_to(self, selection: list[XenObject]) -> bool:
        if len(selection) == 1:
            return selection[0].cls in ("pool", "host", "SR", "network")
        return sum(1 for obj in selection if getattr(obj, "cls", "") in ("VM", "host")) > 1

    def on_changes(self, changeset: ChangeSet) -> None:
        """Rows follow the batch incrementally (no page rebuild)."""
        if not self._selection or not changeset:
            return
        if not self.isVisible():
            self._dirty = True
            return
        if self.model.concerns(changeset):
            self.model.apply_changes(changeset)

    def refresh(self) -> None:
        objects = self.current()
        if not objects:
            self.header.set_subtitle("")
            self.show_message("The selected objects no longer exist.")
            return
        self.show_body()
        what = SUBTITLES.get(objects[0].cls, "") if len(objects) == 1 else f"{len(objects)} objects selected"
        self.header.set_subtitle(what)
        self.model.set_selection(objects)

    def _update_count(self, *args: Any) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count.setText(_plural(total, "object") if shown == total else f"{shown} of {total} objects")
