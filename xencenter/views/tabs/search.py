"""The Search tab: a sortable grid of the selection's children (a pool's servers and VMs, a server's VMs,
the VMs on an SR or a network, or the selected objects themselves) with XenCenter's columns.

``SearchModel`` keeps its rows as keys and computes a row's cells on first display, memoised until that
row's objects change; a change batch that only touches metrics repaints the rows concerned, and the row
set is recomputed only when objects appear, disappear or VMs change (they may move between hosts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLineEdit, QTreeView, QWidget

from xencenter.model.naming import natural_key
from xencenter.model.placement import host_state
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
from xencenter.views.tabs.widgets import MARGIN, SPACING, TABLE_STYLE, plain_label

if TYPE_CHECKING:
    from xencenter.model.cache import ChangeSet, Key, ObjectCache
    from xencenter.model.objects import VM, Host, XenObject

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Name", "CPU", "Memory", "Disks", "Network", "IP Address", "Uptime")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RowKey = tuple["ObjectCache", str, str]
Cells = tuple[tuple[str, Any], ...]  # (text, sort key) per column

#: Classes of a row's disks, NICs and CPUs: any change of these repaints every row (cheaper than mapping).
_STRUCTURE_CLASSES = frozenset({"VBD", "VDI", "VIF", "PIF", "host_cpu"})
#: Classes whose appearance or change can change which rows there are.
_ROW_CLASSES = frozenset({"VM", "host", "VBD", "VIF"})


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def vm_cells(vm: VM) -> Cells:
    running = vm.power_state == "Running"
    metrics = vm.metrics
    vcpus = (metrics.VCPUs_number if metrics is not None and running else 0) or vm.VCPUs_at_startup
    usage = metrics.VCPUs_utilisation if metrics is not None and running else {}
    load = (sum(float(v) for v in usage.values()) / len(usage)) if usage else None
    cpu = _plural(vcpus, "vCPU") + (f", {round(load * 100)}%" if load is not None else "")
    memory = vm_memory(vm)
    mem_text = (f"{size_text(memory.actual)} of {size_text(memory.static_max)}" if memory.actual is not None
                else size_text(memory.static_max))
    disks = [vbd.VDI for vbd in vm.VBDs if not vbd.is_cd and vbd.VDI is not None]
    disk_size = sum(vdi.virtual_size for vdi in disks)
    vifs = vm.VIFs
    uptime = vm_uptime(vm)
    addresses = vm_ip_addresses(vm)
    return (
        (vm.name, natural_key(vm.name)),
        (cpu, (load if load is not None else -1.0, vcpus)),
        (mem_text, memory.actual if memory.actual is not None else -1),
        (f"{len(disks)} ({size_text(disk_size)})" if disks else "None", disk_size),
        (_plural(len(vifs), "NIC") if vifs else "None", len(vifs)),
        (", ".join(addresses), natural_key(addresses[0]) if addresses else ((2, ""),)),
        (uptime_text(uptime) if uptime is not None else "", uptime if uptime is not None else -1.0),
    )


def host_cells(host: Host) -> Cells:
    cpus = host_cpus(host)
    count = cpus.count if cpus is not None else 0
    memory = host_memory(host)
    used = memory.total - memory.free if memory is not None else -1
    srs = {pbd.ref_of("SR") for pbd in host.PBDs}
    nics = [pif for pif in host.PIFs if pif.physical]
    uptime = host_uptime(host)
    address = host.record.get("address") or ""
    return (
        (host.name, natural_key(host.name)),
        (_plural(count, "CPU") if count else "", count),
        (f"{size_text(used)} of {size_text(memory.total)}" if memory is not None else "", used),
        (_plural(len(srs), "SR"), len(srs)),
        (_plural(len(nics), "NIC"), len(nics)),
        (address, natural_key(address)),
        (uptime_text(uptime) if uptime is not None else "", uptime if uptime is not None else -1.0),
    )


def _shown_vms(cache: ObjectCache) -> list[VM]:
    return [vm for vm in cache.all("VM") if vm.is_real_vm and vm.shown(False)]  # type: ignore[attr-defined]


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


class SearchModel(QAbstractTableModel):
    """Rows of VMs and servers with ``COLUMNS``; ``SORT_ROLE`` gives typed sort keys."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._selection: list[XenObject] = []
        self._rows: list[RowKey] = []
        self._row_of: dict[Key, int] = {}
        self._dependents: dict[Key, int] = {}  # metrics/guest-metrics key -> row
        self._cells: dict[int, Cells] = {}

    def set_selection(self, selection: list[XenObject]) -> None:
        self._selection = [obj for obj in selection if hasattr(obj, "cache")]
        self.beginResetModel()
        self._load(search_rows(self._fresh_selection()))
        self.endResetModel()

    def _fresh_selection(self) -> list[XenObject]:
        fresh = (obj.cache.get(obj.cls, obj.ref) for obj in self._selection)
        return [obj for obj in fresh if obj is not None]

    def _load(self, objects: list[XenObject]) -> None:
        self._rows = [(obj.cache, obj.cls, obj.ref) for obj in objects]
        self._row_of = {(cls, ref): i for i, (_, cls, ref) in enumerate(self._rows)}
        self._dependents = {}
        for i, obj in enumerate(objects):
            for field in ("metrics", "guest_metrics"):
                ref = obj.ref_of(field)
                if ref is not None:
                    self._dependents[(("VM_" if obj.cls == "VM" else "host_") + field, ref)] = i
        self._cells = {}

    def apply_changes(self, changes: ChangeSet) -> None:
        """Follow a change batch: a new row set when membership may have changed, else repaint rows."""
        keys = changed_keys(changes)
        membership = any(cls in _ROW_CLASSES for cls, _ in changes.added | changes.removed) or any(
            cls == "VM" or (cls == "host" and (cls, ref) not in self._row_of) for cls, ref in changes.changed)
        if membership:
            objects = search_rows(self._fresh_selection())
            if [(o.cls, o.ref) for o in objects] != [(cls, ref) for _, cls, ref in self._rows]:
                self.beginResetModel()
                self._load(objects)
                self.endResetModel()
                return
        if any(cls in _STRUCTURE_CLASSES for cls, _ in keys):
            if self._rows:
                self._cells = {}
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
            return
        rows = {row for key in keys if (row := self._row_of.get(key, self._dependents.get(key))) is not None}
        for row in sorted(rows):
            self._cells.pop(row, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def concerns(self, changes: ChangeSet) -> bool:
        keys = changed_keys(changes)
        if any(key in self._row_of or key in self._dependents for key in keys):
            return True
        if any(cls in _ROW_CLASSES for cls, _ in changes.added | changes.removed):
            return True
        return any(cls == "VM" or cls in _STRUCTURE_CLASSES for cls, _ in keys)

    def object(self, row: int) -> XenObject | None:
        cache, cls, ref = self._rows[row]
        return cache.get(cls, ref)

    def _row_cells(self, row: int) -> Cells:
        cells = self._cells.get(row)
        if cells is None:
            obj = self.object(row)
            if obj is None:
                cells = tuple(("", "") for _ in COLUMNS)
            else:
                cells = vm_cells(obj) if obj.cls == "VM" else host_cells(obj)  # type: ignore[arg-type]
            self._cells[row] = cells
        return cells

    # ---- QAbstractTableModel -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._row_cells(index.row())[index.column()][0]
        if role == SORT_ROLE:
            return self._row_cells(index.row())[index.column()][1]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            obj = self.object(index.row())
            return object_icon(obj) if obj is not None else None
        return None


class _SortProxy(QSortFilterProxyModel):
    """Sorts by the model's typed keys (tuples, numbers); filters by name, case-insensitively."""

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt API
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


def object_icon(obj: XenObject) -> Any:
    """The tree's icon for an object (state badges included)."""
    from xencenter.views.icons import icon, icon_key

    if obj.cls == "VM":
        if obj.is_snapshot:  # type: ignore[attr-defined]
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
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setDynamicSortFilter(True)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
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
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = plain_label("")
        bar = QHBoxLayout()
        bar.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        bar.addWidget(self.filter, 1)
        bar.addSpacing(SPACING)
        bar.addWidget(self.count)
        self.body.addLayout(bar)
        self.body.addWidget(self.view, 1)
        self.model.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)

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
        self.header.set_subtitle(objects[0].name if len(objects) == 1 else f"{len(objects)} objects selected")
        self.model.set_selection(objects)

    def _update_count(self, *args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(_plural(total, "object") if shown == total else f"{shown} of {total} objects")
