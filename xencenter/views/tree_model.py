"""The navigation tree as a QAbstractItemModel that follows the caches without ever resetting.

The pure tree (``model/tree.py``: placement rules, grouping, the search filter) is rebuilt on a worker
thread (the caches are readable from any thread) whenever a change batch touches what the tree shows; the
UI thread then reconciles the new tree with the one on screen, parent by parent, emitting the smallest set
of row removals, moves, insertions and ``dataChanged``. Views therefore keep selection, expansion, scroll
position and current item, and a 20,000-VM pool costs the UI thread a diff, not a rebuild. A parent whose
children changed too much at once (a filter keystroke) is restructured inside one ``layoutChanged`` with
persistent indexes moved, which views handle in a single pass.

Indexes carry an integer id (never a Python pointer), so a stale index can never reach a freed item.
A rebuild is skipped when a batch touches nothing the tree depends on (metrics, tasks, messages...), and
rebuilds are throttled to the time they take, so a busy pool cannot keep a core spinning.

Signals:
    about_to_update()  rows are about to change (selection changes until ``updated`` are not the user's).
    updated()          the model reflects the latest build (tests wait on it; the navigation re-expands then).
"""

from __future__ import annotations

import html
import itertools
import logging
import time
import weakref
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from xencenter.give_way import give_way, ui_work
from xencenter.model.search import SearchIndex, filter_tree, normalize_query
from xencenter.model.tree import VIEWS, Node, Source, TreeOptions
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.operations.background import BackgroundTask, run_in_background
from xencenter.views import icons
from xencenter.views.tree_drag import DraggableRows

if TYPE_CHECKING:
    from xencenter.model.cache import ChangeSet, ObjectCache
    from xencenter.model.objects import XenObject

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

#: The invisible root (default parent argument of the model API).
_TOP = QModelIndex()
#: Every row's flags (made once: combining enum flags in Python costs microseconds per call).
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled | \
    Qt.ItemFlag.ItemIsDropEnabled  # whether a drop means anything is the drop judge's (views/tree_drag.py)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
#: Kinds of row that never have rows under them, in any view. Their item ids are odd, so ``flags`` tells
#: Qt so (``ItemNeverHasChildren``) from the index alone, and a layout of 20,000 open rows skips one Python
#: call (``hasChildren``) for each of them.
LEAF_KINDS = frozenset({"vm", "template", "snapshot", "sr", "network", "vdi"})
_LEAF_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemNeverHasChildren

ObjectRole = Qt.ItemDataRole.UserRole + 1  # (source key, class, ref) of an object node, else None
KindRole = Qt.ItemDataRole.UserRole + 2  # Node.kind
PathRole = Qt.ItemDataRole.UserRole + 3  # identities from the top: stable across rebuilds (expansion memory)
IconKeyRole = Qt.ItemDataRole.UserRole + 4  # the icons.icon_key of the row

#: Classes whose changes can alter the tree (placement reads VBD/VDI/PBD, host state reads host_metrics).
TREE_CLASSES = frozenset({"VM", "host", "host_metrics", "pool", "SR", "PBD", "VBD", "VDI", "network",
                          "VM_appliance"})
#: Extra classes the search filter reads (IP addresses).
FILTER_CLASSES = frozenset({"VM_guest_metrics", "PIF"})

#: Above this many row operations in one update, restructure the tree in one layout change instead. Each row
#: operation makes Qt revisit every persistent index (a view keeps one per expanded row), so the limit
#: shrinks as they grow: the work stays under ``PERSISTENT_BUDGET`` index updates.
MAX_FINE_OPERATIONS = 200
PERSISTENT_BUDGET = 200_000
#: Nor when this many rows come and go: each removed row is unregistered one by one, where the layout change
#: walks only the rows that stay (a filter keystroke keeping 1,285 of 20,198 rows in 184 runs: 150 ms fine,
#: 35 ms in one layout change).
MAX_FINE_ROWS = 2000
#: Let the filter settle while the user types.
FILTER_DELAY_MS = 120
#: After the tree has been quiet this long, the search index is prepared in the background.
WARM_INDEX_DELAY_MS = 1000
#: Classes with rows of their own (what the search index is prepared for).
ROW_CLASSES = ("pool", "host", "VM", "SR", "network", "VM_appliance")


class TreeSource(Protocol):
    """What the model needs from the application's connection list."""

    def sources(self) -> list[Source]: ...
    def cache(self, source_key: str) -> ObjectCache | None: ...
    def reason(self, source_key: str) -> str: ...


# ---- items --------------------------------------------------------------------------------------------------


class Look(NamedTuple):
    """Everything a row shows; compared to decide on ``dataChanged`` (a tuple: made and compared in C, as
    every build makes one per row and diffs them)."""

    name: str
    icon: str
    greyed: bool
    tooltip: str  # plain text: ``tooltip_markup`` makes it safe rich text when a tooltip is shown
    faded: bool = False  # a last known inventory's row: the icon drawn faded too


class _Item:
    """One row. ``ident`` is unique among siblings and stable across rebuilds.

    The parent is held weakly: a parent link back to an owner that holds the child would make every build
    a reference cycle, and the builds the model discards (most of them) would then wait for a full
    collection, which ``gc_policy`` makes rare, or be frozen alive by its ``settle`` after a large batch.
    """

    __slots__ = ("__weakref__", "_parent", "children", "cls", "id", "ident", "kind", "look", "ref", "row",
                 "source")

    def __init__(self, node: Node, ident: tuple, look: Look) -> None:
        self.id = 0
        self._parent: weakref.ref[_Item] | None = None
        self.children: list[_Item] = []
        self.row = 0
        self.ident = ident
        self.kind = node.kind
        self.cls = node.cls
        self.ref = node.ref
        self.source = node.source
        self.look = look

    @property
    def parent(self) -> _Item | None:
        return self._parent() if self._parent is not None else None

    @parent.setter
    def parent(self, item: _Item | None) -> None:
        self._parent = weakref.ref(item) if item is not None else None

    def path(self) -> tuple:
        parts = []
        item: _Item | None = self
        while item is not None and item.parent is not None:
            parts.append(item.ident)
            item = item.parent
        return tuple(reversed(parts))


_STATE_WORDS = {"running": QT_TRANSLATE_NOOP("Tree", "Running"), "halted": QT_TRANSLATE_NOOP("Tree", "Shut down"), "suspended": QT_TRANSLATE_NOOP("Tree", "Suspended"), "paused": QT_TRANSLATE_NOOP("Tree", "Paused")}
_HOST_WORDS = {"live": "", "maintenance": QT_TRANSLATE_NOOP("Tree", "In maintenance mode"), "dead": QT_TRANSLATE_NOOP("Tree", "Not reachable")}


def _look(node: Node, cache: ObjectCache | None, reasons: dict[str, str], stale: bool = False) -> Look:
    """How a node is shown (pure; runs on the build worker)."""
    name = node.name or translate("Tree", "(no name)")
    state = node.icon_state
    coordinator = False
    if node.kind == "host" and cache is not None:
        pool = cache.record("pool", cache.refs("pool")[0]) if cache.count("pool") else None
        coordinator = pool is not None and pool.get("master") == node.ref
    key = icons.icon_key(node.kind, state, coordinator=coordinator, group=node.key)
    greyed = node.kind == "connection" or (node.kind == "host" and state == "dead")
    if node.kind == "connection":
        tooltip = f"{name}\n{reasons.get(node.key or '', 'Disconnected')}"
    elif node.kind == "vm":
        tooltip = f"{name}\n{translate('Tree', _STATE_WORDS[state]) if state in _STATE_WORDS else state.capitalize()}"
    elif node.kind == "host":
        extra = [w for w in (translate("Tree", _HOST_WORDS[state]) if _HOST_WORDS.get(state) else "",
                             translate("Tree", "Pool coordinator") if coordinator else "") if w]
        tooltip = "\n".join([name, *extra])
    else:
        tooltip = name
    return Look(name, key, greyed or stale, tooltip, stale)


def stale_words(saved_at: float, reason: str) -> tuple[str, str]:
    """The top row's name suffix and tooltip line of a server shown from its last known inventory."""
    when = time.strftime("%H:%M" if time.time() - saved_at < 20 * 3600 else "%d %b %Y %H:%M",
                         time.localtime(saved_at))
    connecting = reason.endswith("…") or not reason
    suffix = translate("Tree", " (last known, connecting…)") if connecting else translate("Tree", " (last known)")
    return suffix, translate("Tree", "Last known inventory, saved {time}; commands wait for the live connection\n"
                             "{reason}").format(time=when, reason=reason)


def _mark_stale(items: list[_Item], stale: dict[str, float], reasons: dict[str, str]) -> None:
    """Say on each stale server's top rows (pool, lone host) that they show the last known inventory."""
    for item in items:
        saved_at = stale.get(item.source or "")
        if saved_at is not None and item.kind in ("pool", "host"):
            suffix, words = stale_words(saved_at, reasons.get(item.source or "", ""))
            item.look = item.look._replace(name=item.look.name + suffix, tooltip=f"{item.look.tooltip}\n{words}")


_TOOLTIP_LINE = 300  # characters of one tooltip line; a 10,000-character name must not fill the screen


def tooltip_markup(text: str) -> str:
    """Tooltip markup that shows ``text`` literally: Qt guesses rich text for a name like ``<b>x</b>``,
    so the text is escaped and given as rich text on purpose. Made when a tooltip is asked for, not per
    build (escaping every row's text was a third of a filter build)."""
    lines = []
    for line in text.split("\n"):
        line = "".join(ch if ch.isprintable() else " " for ch in line)
        lines.append(html.escape(line if len(line) <= _TOOLTIP_LINE else line[:_TOOLTIP_LINE] + "…"))
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


def _make_items(nodes: Iterable[Node], caches: dict[str, ObjectCache | None],
                reasons: dict[str, str], stale: frozenset[str] = frozenset()) -> list[_Item]:
    """Items for a list of sibling nodes (and their subtrees), with unique idents among siblings."""
    items = []
    seen: dict[tuple[Any, ...], int] = {}
    for node in nodes:
        ident: tuple[Any, ...] = node.identity
        n = seen.get(ident, 0)
        seen[ident] = n + 1
        if n:
            ident = (*ident, n)  # a duplicate (should not happen) stays addressable
        item = _Item(node, ident, _look(node, caches.get(node.source or ""), reasons, node.source in stale))
        item.children = _make_items(node.children, caches, reasons, stale)
        for row, child in enumerate(item.children):
            child.parent, child.row = item, row
        items.append(item)
    return items


#: What a built tree looks like, by item path (idents from the top; ``()`` is the root): the item's rows from
#: the top and its children's (ident, look). Immutable, so the worker can diff a build against what is shown.
Shape = dict[tuple, tuple[tuple[int, ...], tuple[tuple[tuple, Look], ...]]]


@dataclass(slots=True)
class _Edit:
    """One parent of the shown tree whose children differ: where it is now, and its new children."""

    rows: tuple[int, ...]
    children: list[_Item]
    operations: int  # row signals the edit takes


@dataclass(slots=True)
class _Build:
    generation: int
    view: str
    items: list[_Item]
    seconds: float
    shape: Shape
    #: The shape the edits were computed against (None: no edits, reconcile everything).
    base: Shape | None = None
    #: None with a base: more row signals than any update sends one by one.
    edits: list[_Edit] | None = None


def _shape(items: list[_Item]) -> tuple[Shape, dict[tuple, list[_Item]]]:
    """The shape of a build, and each path's children (for the edits)."""
    shape: Shape = {}
    children_at: dict[tuple, list[_Item]] = {}
    stack: list[tuple[tuple, tuple[int, ...], list[_Item]]] = [((), (), items)]
    while stack:
        path, rows, children = stack.pop()
        shape[path] = (rows, tuple((c.ident, c.look) for c in children))
        children_at[path] = children
        stack.extend(((*path, c.ident), (*rows, row), c.children) for row, c in enumerate(children))
    return shape, children_at


def _edits(base: Shape, shape: Shape, children_at: dict[tuple, list[_Item]]) -> list[_Edit] | None:
    """The parents to reconcile, deepest first (so the rows of their ancestors are still those shown); None
    when they take more than ``MAX_FINE_OPERATIONS`` row signals, the most the UI thread would send one by
    one, or come and go more than ``MAX_FINE_ROWS`` rows (a filter keystroke: counting stops there, the UI
    thread restructures in one layout change)."""
    edits = []
    operations = rows_changed = 0
    for path, (rows, old) in base.items():
        now = shape.get(path)
        if now is None or now[1] == old:
            continue  # gone (its parent's edit removes it) or unchanged; new items arrive whole with a parent
        old_idents = [ident for ident, _ in old]
        new_idents = [ident for ident, _ in now[1]]
        edit = _Edit(rows, children_at[path], _level_operations(old_idents, new_idents))
        operations += edit.operations
        rows_changed += len(old_idents) + len(new_idents) - 2 * len(set(old_idents).intersection(new_idents))
        if operations > MAX_FINE_OPERATIONS or rows_changed > MAX_FINE_ROWS:
            return None
        edits.append(edit)
    edits.sort(key=lambda e: len(e.rows), reverse=True)
    return edits


def _build(generation: int, view: str, sources: Sequence[Source], options: TreeOptions, query: str,
           index: SearchIndex, reasons: dict[str, str], base: Shape | None) -> _Build:
    """The worker's job: the pure tree, filtered, turned into items, and how it differs from ``base``."""
    started = time.monotonic()
    caches = {s.key: s.cache for s in sources}
    root = VIEWS[view](sources, options)
    give_way()  # between the steps, a busy UI thread first (xencenter/give_way.py)
    filtered = filter_tree(root, query, index=index, caches=caches) if query else root
    stale = {s.key: s.stale_since for s in sources if s.stale_since is not None and not s.connected}
    give_way()
    items = _make_items(filtered.children if filtered is not None else [], caches, reasons, frozenset(stale))
    if stale:
        _mark_stale(items, stale, reasons)
    give_way()
    shape, children_at = _shape(items)
    edits = _edits(base, shape, children_at) if base is not None else None
    return _Build(generation, view, items, time.monotonic() - started, shape, base, edits)


# ---- the model ----------------------------------------------------------------------------------------------



def _cancel_all(tasks: list[BackgroundTask]) -> None:
    for task in tasks:
        task.cancel()


def _call_if_alive(model: Callable[[], Any], method: str, argument: Any) -> None:
    """Deliver a build's outcome to the model unless it is gone (builds hold it weakly)."""
    target = model()
    if target is not None:
        getattr(target, method)(argument)

class TreeModel(DraggableRows, QAbstractItemModel):
    """See the module docstring. ``view`` is a key of ``model.tree.VIEWS``."""

    about_to_update = Signal()
    updated = Signal()
    #: the search texts of every row were prepared in the background (the next keystroke only scans them)
    index_warmed = Signal()

    def __init__(self, source: TreeSource, view: str = "infrastructure", options: TreeOptions = TreeOptions(),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._view = view
        self._options = options
        self._query = ""
        self._root = _Item(Node("root", ""), ("root",), Look("", "", False, ""))
        self._ids = itertools.count(1)
        self._items: dict[int, _Item] = {}
        #: Rows showing each object, in registration order (by item id: an item leaves in O(1)).
        self._by_object: dict[tuple[str | None, str], dict[int, _Item]] = {}
        self._shown_view: str | None = None
        self._shape: Shape | None = None  # of what is shown
        self._generation = 0
        self._building = False
        self._pending = False
        self._next_allowed = 0.0
        self._index = SearchIndex()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer fires a 120 ms delay at 114-126 ms
        self._timer.timeout.connect(self._start_build)
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_INDEX_DELAY_MS)
        self._warm_timer.timeout.connect(self._warm_index)
        self._warming = False  # one warm pass at a time: two would prepare the same texts twice
        self._tasks: list[BackgroundTask] = []  # the build in flight, cancelled if the model goes away
        self._warm_tasks: list[BackgroundTask] = []  # the warm pass in flight, cancelled likewise
        tasks, warm_tasks = self._tasks, self._warm_tasks
        self.destroyed.connect(lambda: _cancel_all(tasks + warm_tasks))
        self.rebuild()

    # ---- configuration ---------------------------------------------------------------------------------

    @property
    def view(self) -> str:
        return self._view

    @property
    def options(self) -> TreeOptions:
        return self._options

    @property
    def query(self) -> str:
        return self._query

    def set_view(self, view: str) -> None:
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}")
        if view != self._view:
            self._view = view
            self._generation += 1
            self.rebuild()

    def set_options(self, options: TreeOptions) -> None:
        if options != self._options:
            self._options = options
            self.rebuild()

    def set_filter(self, text: str) -> None:
        query = normalize_query(text)
        if query != self._query:
            self._query = query
            self.rebuild(FILTER_DELAY_MS)

    def rebuild(self, delay_ms: int = 0) -> None:
        """Ask for a rebuild (coalesced with any pending one)."""
        if self._building:
            self._pending = True
        elif not self._timer.isActive() or delay_ms < self._timer.remainingTime():
            self._timer.start(delay_ms)

    @Slot(object)
    def on_objects_changed(self, changes: ChangeSet) -> None:
        """A connection's change batch: rebuild if it touches anything the tree shows."""
        relevant = TREE_CLASSES | FILTER_CLASSES if self._query else TREE_CLASSES
        if changes.touches(relevant):
            self.rebuild(self._throttle_ms())

    def _throttle_ms(self) -> int:
        return max(0, round((self._next_allowed - time.monotonic()) * 1000))

    # ---- building --------------------------------------------------------------------------------------

    @Slot()
    def _start_build(self) -> None:
        if self._building:
            self._pending = True
            return
        self._building = True
        sources = self._source.sources()
        reasons = {s.key: self._source.reason(s.key) for s in sources if not s.connected}
        base = self._shape if self._shown_view == self._view else None
        args = (self._generation, self._view, sources, self._options, self._query, self._index, reasons, base)
        # The task holds the model only weakly: a worker thread dropping the last reference to a model
        # would destroy its timers on the wrong thread.
        model = weakref.ref(self)
        self._tasks[:] = [run_in_background(
            lambda: _build(*args),
            on_success=lambda build: _call_if_alive(model, "_on_built", build),
            on_failure=lambda exc: _call_if_alive(model, "_on_build_failed", exc))]

    def _on_built(self, build: _Build) -> None:
        self._building = False
        self._tasks.clear()
        self._next_allowed = time.monotonic() + 2 * build.seconds
        if build.generation == self._generation:
            with ui_work():  # the update and the layout it causes, workers waiting (xencenter/give_way.py)
                self._show_build(build)
        if self._pending or build.generation != self._generation:
            self._pending = False
            self.rebuild(self._throttle_ms() if build.generation == self._generation else 0)

    def _show_build(self, build: _Build) -> None:
        self.about_to_update.emit()
        if self._shown_view != build.view:
            self._replace(build)
        else:
            persistent = len(self.persistentIndexList())
            limit = max(4, min(MAX_FINE_OPERATIONS, PERSISTENT_BUDGET // max(1, persistent)))
            if build.base is not None and build.base is self._shape:
                operations = sum(e.operations for e in build.edits) if build.edits is not None else limit + 1
            else:
                operations = _operations(self._root.children, build.items, limit)
            if operations > limit:
                self._relayout(build.items)
            elif build.edits is not None and build.base is self._shape:
                self._apply_edits(build.edits)
            else:
                self._sync_children(self._root, build.items)
        self._shape = build.shape
        self.updated.emit()
        if not self._query:
            self._warm_timer.start()

    @Slot()
    def _warm_index(self) -> None:
        """Prepare the search texts and the shown tree's prepared texts while the tree is quiet (a keystroke
        then only runs ``str.find``)."""
        if self._building or self._query or self._warming:
            return
        sources = self._source.sources()
        caches = [s.cache for s in sources if s.cache is not None]
        index, view, options = self._index, self._view, self._options
        self._warming = True
        model = weakref.ref(self)  # held weakly, as builds are (see rebuild)

        def warm() -> None:
            index.warm(caches, ROW_CLASSES)
            give_way()
            index.prepared(VIEWS[view](sources, options), {s.key: s.cache for s in sources})

        self._warm_tasks[:] = [run_in_background(
            warm,
            on_success=lambda _: _call_if_alive(model, "_warmed", None),
            on_failure=lambda exc: _call_if_alive(model, "_warmed", exc))]

    def _warmed(self, exc: BaseException | None) -> None:
        self._warming = False
        self._warm_tasks.clear()
        if exc is not None:
            log.error("preparing the search texts failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.index_warmed.emit()

    def _on_build_failed(self, exc: BaseException) -> None:
        self._building = False
        self._tasks.clear()
        log.error("building the %s tree failed", self._view, exc_info=(type(exc), exc, exc.__traceback__))
        if self._pending:
            self._pending = False
            self.rebuild(500)

    def _replace(self, build: _Build) -> None:
        """A different view: a reset is the honest signal (nothing on screen survives)."""
        self.beginResetModel()
        self._items.clear()
        self._by_object.clear()
        self._root.children = build.items
        for row, item in enumerate(build.items):
            item.parent, item.row = self._root, row
            self._register(item)
        self._shown_view = build.view
        self.endResetModel()

    # ---- reconciliation (UI thread) --------------------------------------------------------------------

    def _new_id(self, item: _Item) -> int:
        """A fresh item id: even, or odd for a row of ``LEAF_KINDS`` (``flags`` reads it); never 0."""
        return 2 * next(self._ids) + (item.kind in LEAF_KINDS)

    def _register(self, item: _Item) -> None:
        stack = [item]
        while stack:
            it = stack.pop()
            it.id = self._new_id(it)
            self._items[it.id] = it
            if it.ref is not None:
                self._by_object.setdefault((it.source, it.ref), {})[it.id] = it
            stack.extend(it.children)

    def _unregister(self, item: _Item) -> None:
        stack = [item]
        while stack:
            it = stack.pop()
            self._items.pop(it.id, None)
            if it.ref is not None:
                same = self._by_object.get((it.source, it.ref))
                if same is not None and same.pop(it.id, None) is not None and not same:
                    del self._by_object[(it.source, it.ref)]
            if it.children:
                stack.extend(it.children)

    def _index_of(self, item: _Item) -> QModelIndex:
        return QModelIndex() if item is self._root else self.createIndex(item.row, 0, item.id)

    @staticmethod
    def _renumber(parent: _Item, start: int = 0) -> None:
        children = parent.children
        for row in range(start, len(children)):
            children[row].row = row

    def _apply_edits(self, edits: list[_Edit]) -> None:
        """Reconcile only the parents the worker found changed, one level each (deepest first)."""
        for edit in edits:
            parent = self._root
            for row in edit.rows:
                parent = parent.children[row]
            self._sync_children(parent, edit.children, recurse=False)

    def _sync_children(self, parent: _Item, new: list[_Item], recurse: bool = True) -> None:
        """Make ``parent``'s children look like ``new`` (fresh items from a build), reusing kept items.

        ``recurse=False`` leaves the kept children's own children alone (the worker's edits cover them).
        """
        old = parent.children
        if _same_rows(old, new):
            self._update_kept(parent, new, recurse)  # the common case: same rows, maybe new looks
            return
        new_idents = {c.ident: i for i, c in enumerate(new)}
        removed_rows = [i for i, c in enumerate(old) if c.ident not in new_idents]
        old_idents = {c.ident for c in old}
        kept_positions = [new_idents[c.ident] for c in old if c.ident in new_idents]
        moves = len(kept_positions) - _lis_length(kept_positions)
        inserted = [i for i, c in enumerate(new) if c.ident not in old_idents]
        self._remove_rows(parent, removed_rows)
        if moves:
            self._move_rows(parent, kept_positions, new_idents)
        self._insert_rows(parent, new, inserted)
        self._update_kept(parent, new, recurse)

    def _remove_rows(self, parent: _Item, rows: list[int]) -> None:
        parent_index = self._index_of(parent)
        for first, last in reversed(_runs(rows)):
            self.beginRemoveRows(parent_index, first, last)
            for item in parent.children[first:last + 1]:
                self._unregister(item)
            del parent.children[first:last + 1]
            self._renumber(parent, first)
            self.endRemoveRows()

    def _move_rows(self, parent: _Item, kept_positions: list[int], new_idents: dict[tuple, int]) -> None:
        """Put the kept children in their new order, moving only those outside the longest sorted run."""
        stay = _lis_members(kept_positions)
        children = parent.children
        stay_idents = {children[i].ident for i in stay}
        target = sorted(children, key=lambda c: new_idents[c.ident])
        parent_index = self._index_of(parent)
        previous: _Item | None = None
        for item in target:
            if item.ident in stay_idents:
                previous = item
                continue
            source = item.row
            destination = previous.row + 1 if previous is not None else 0
            if destination not in (source, source + 1):
                self.beginMoveRows(parent_index, source, source, parent_index, destination)
                del children[source]
                children.insert(destination if destination < source else destination - 1, item)
                self._renumber(parent, min(source, destination))
                self.endMoveRows()
            stay_idents.add(item.ident)
            previous = item

    def _insert_rows(self, parent: _Item, new: list[_Item], rows: list[int]) -> None:
        parent_index = self._index_of(parent)
        for first, last in _runs(rows):
            fresh = new[first:last + 1]
            self.beginInsertRows(parent_index, first, last)
            parent.children[first:first] = fresh
            for item in fresh:
                item.parent = parent
                self._register(item)
            self._renumber(parent, first)
            self.endInsertRows()

    def _update_kept(self, parent: _Item, new: list[_Item], recurse: bool = True) -> None:
        """Kept children take the new looks (``dataChanged`` per run of rows) and, if asked, recurse."""
        changed_rows = []
        for row, (item, fresh) in enumerate(zip(parent.children, new)):
            if item is fresh:
                continue  # just inserted
            if item.look != fresh.look:
                item.look = fresh.look
                changed_rows.append(row)
            if recurse and (item.children or fresh.children):
                self._sync_children(item, fresh.children)
        for first, last in _runs(changed_rows):
            self.dataChanged.emit(self.createIndex(first, 0, parent.children[first].id),
                                  self.createIndex(last, 0, parent.children[last].id))

    def _relayout(self, new: list[_Item]) -> None:
        """Restructure the whole tree in a single layout change, moving persistent indexes along."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        persistent_items = [self._items.get(p.internalId()) for p in persistent]
        self._restructure(self._root, new)
        self._reindex()
        moved = [QModelIndex() if item is None or self._items.get(item.id) is not item
                 else self.createIndex(item.row, p.column(), item.id)
                 for p, item in zip(persistent, persistent_items)]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _restructure(self, parent: _Item, new: list[_Item]) -> None:
        """The silent part of ``_relayout``: same outcome as ``_sync_children``, without row signals (and
        without registering rows: ``_reindex`` follows)."""
        by_ident = {c.ident: c for c in parent.children}
        result = []
        for fresh in new:
            item = by_ident.get(fresh.ident)
            if item is None:
                fresh.parent = parent
                result.append(fresh)
            else:
                item.look = fresh.look
                if item.children or fresh.children:
                    self._restructure(item, fresh.children)
                result.append(item)
        parent.children = result
        self._renumber(parent)

    def _reindex(self) -> None:
        """The id and object registries made afresh from the tree, new rows getting ids: walking the rows
        that stay is cheaper than unregistering the thousands a filter keystroke removes."""
        items: dict[int, _Item] = {}
        by_object: dict[tuple[str | None, str], dict[int, _Item]] = {}
        stack = list(reversed(self._root.children))
        while stack:
            item = stack.pop()
            if not item.id:
                item.id = self._new_id(item)
            items[item.id] = item
            if item.ref is not None:
                by_object.setdefault((item.source, item.ref), {})[item.id] = item
            if item.children:
                stack.extend(reversed(item.children))
        self._items, self._by_object = items, by_object

    # ---- QAbstractItemModel ----------------------------------------------------------------------------

    def _item(self, index: QModelIndex | QPersistentModelIndex) -> _Item | None:
        if not index.isValid():
            return self._root
        return self._items.get(index.internalId())

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _TOP) -> QModelIndex:
        # asked for every row a view lays out: written out, without ``_item``
        if parent.isValid():
            item = self._items.get(parent.internalId())
            if item is None:
                return QModelIndex()
        else:
            item = self._root
        children = item.children
        if column or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row].id)

    def parent(self, index: QModelIndex | QPersistentModelIndex = _TOP) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        item = self._items.get(index.internalId())
        if item is None or item.parent is None or item.parent is self._root:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent.id)

    # rowCount and hasChildren are asked for every row a view lays out (twice for most): written out, without
    # ``_item``, they are a third cheaper, which a filter keystroke or a view of 100,000 open rows notices.
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        if not parent.isValid():
            return len(self._root.children)
        item = self._items.get(parent.internalId())
        return len(item.children) if item is not None and parent.column() == 0 else 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        return 1

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> bool:
        if not parent.isValid():
            return bool(self._root.children)
        item = self._items.get(parent.internalId())
        return item is not None and bool(item.children) and parent.column() == 0

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        ident = index.internalId()  # asked for every row a view lays out (twice); an invalid index's is 0
        return (_LEAF_FLAGS if ident & 1 else _ROW_FLAGS) if ident else _NO_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items.get(index.internalId())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.look.name
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.faded_icon(item.look.icon) if item.look.faded else icons.icon(item.look.icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_markup(item.look.tooltip)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _grey_brush() if item.look.greyed else None
        if role == ObjectRole:
            return (item.source, item.cls, item.ref) if item.ref is not None else None
        if role == KindRole:
            return item.kind
        if role == PathRole:
            return item.path()
        if role == IconKeyRole:
            return item.look.icon
        return None

    # ---- lookups for the views -------------------------------------------------------------------------

    def object_at(self, index: QModelIndex | QPersistentModelIndex) -> XenObject | None:
        """The live object behind a row (None for groups, disconnected servers or vanished objects)."""
        item = self._item(index) if index.isValid() else None
        if item is None or item.ref is None or item.cls is None:
            return None
        return self._object(item.source or "", item.cls, item.ref)

    def _object(self, source: str, cls: str, ref: str) -> XenObject | None:
        cache = self._source.cache(source or "")
        return cache.get(cls, ref) if cache is not None else None

    def source_at(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The connection (source key) a row belongs to."""
        item = self._item(index) if index.isValid() else None
        return item.source if item is not None else None

    def indexes_of(self, source: str | None, ref: str) -> list[QModelIndex]:
        """Every row showing this object (tags and folders may show one object more than once)."""
        return [self.createIndex(item.row, 0, item.id) for item in self._by_object.get((source, ref), {}).values()]

    def index_of_path(self, path: tuple) -> QModelIndex:
        """The row with this ``PathRole`` value, or an invalid index."""
        item = self._root
        for ident in path:
            item = next((c for c in item.children if c.ident == ident), None)  # type: ignore[assignment]
            if item is None:
                return QModelIndex()
        return self._index_of(item)

    def openable(self, index: QModelIndex, depth: int, kinds: frozenset[str]) -> list[tuple[tuple, QModelIndex]]:
        """(path, index) of ``index`` and the rows under it, ``depth`` levels down, that have children and
        (below ``index``) a kind in ``kinds``, parents before children (read from the items: no index asked
        of the model per row)."""
        top = self._item(index)
        found: list[tuple[tuple, QModelIndex]] = []
        stack = [(top, depth)] if top is not None else []
        while stack:
            item, left = stack.pop()
            if left <= 0 or not item.children:
                continue
            found.append((item.path(), self._index_of(item)))
            stack.extend((child, left - 1) for child in reversed(item.children)
                         if child.children and child.kind in kinds)
        return found

    def top_sources(self) -> list[str]:
        """The connections whose objects the top rows show (not those shown as a disconnected server)."""
        return [item.source for item in self._root.children if item.source and item.kind != "connection"]

    def item_count(self) -> int:
        return len(self._items)

    def branch_indexes(self, depth: int | None = None) -> list[QModelIndex]:
        """Every row that has children (down to ``depth``, 0 being the top rows), in the order shown, parents
        first: what expanding everything opens (a view that expands only these lays out each row once, where
        ``expandAll`` also remembers every leaf)."""
        found = []
        stack = [(item, 0) for item in reversed(self._root.children)]
        while stack:
            item, level = stack.pop()
            if item.children and (depth is None or level <= depth):
                found.append(self.createIndex(item.row, 0, item.id))
                stack.extend((child, level + 1) for child in reversed(item.children))
        return found


def _same_rows(old: list[_Item], new: list[_Item]) -> bool:
    return len(old) == len(new) and all(o.ident == n.ident for o, n in zip(old, new))


def _level_operations(old: list[tuple], new: list[tuple]) -> int:
    """Row signals (removal runs, moves, insertion runs) that turn sibling idents ``old`` into ``new``."""
    if old == new:
        return 0
    new_positions = {ident: i for i, ident in enumerate(new)}
    old_set = set(old)
    kept_positions = [new_positions[ident] for ident in old if ident in new_positions]
    return (len(_runs([i for i, ident in enumerate(old) if ident not in new_positions]))
            + len(kept_positions) - _lis_length(kept_positions)
            + len(_runs([i for i, ident in enumerate(new) if ident not in old_set])))


def _operations(old: list[_Item], new: list[_Item], limit: int) -> int:
    """How many row signals reconciling ``old`` with ``new`` takes (counting stops above ``limit``)."""
    count = 0
    if _same_rows(old, new):
        pairs: Iterable[tuple[_Item, _Item]] = zip(old, new)
    else:
        count += _level_operations([c.ident for c in old], [c.ident for c in new])
        by_ident = {c.ident: c for c in new}
        pairs = ((o, by_ident[o.ident]) for o in old if o.ident in by_ident)
    for item, fresh in pairs:
        if count > limit:
            break
        if item.children or fresh.children:
            count += _operations(item.children, fresh.children, limit - count)
    return count


def _grey_brush() -> QBrush:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) or QColor("gray"))


# ---- sequence helpers ---------------------------------------------------------------------------------------


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _lis_members(values: list[int]) -> list[int]:
    """Positions (in ``values``) of one longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []  # value at the end of the best run of each length
    tail_at: list[int] = []  # its position
    previous = [-1] * len(values)
    for i, value in enumerate(values):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[k] = value
            tail_at[k] = i
        previous[i] = tail_at[k - 1] if k else -1
    members = []
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        members.append(i)
        i = previous[i]
    return members[::-1]


def _lis_length(values: list[int]) -> int:
    tails: list[int] = []
    for value in values:
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
        else:
            tails[k] = value
    return len(tails)
