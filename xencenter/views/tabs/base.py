"""What every tab page shares: the selection, fresh reads from the cache, and cheap change filtering.

A page keeps its selection as keys (cache, class, ref), never as wrappers: a wrapper holds one record
snapshot, so a page that kept it would show stale values after the next event. ``current()`` resolves the
keys again. ``on_changes`` compares a change set with the keys the page last read (``watched``) and only
then schedules a refresh; a hidden page only remembers that it is out of date and refreshes when shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.model.cache import ChangeSet, Key, ObjectCache
    from xencenter.model.objects import XenObject
    from xencenter.views.tabs.widgets import TableRow

translate = QCoreApplication.translate

#: Reference fields followed one step further when collecting what a page depends on: a VM's disks show
#: their VDI and SR, a host's resident VMs show their memory, a PIF its link state.
_SECOND_HOP: dict[str, tuple[str, ...]] = {
    "VBD": ("VDI",),
    "VDI": ("SR",),
    "VIF": ("network",),
    "PIF": ("metrics", "network"),
    "PBD": ("host", "SR"),
    "VM": ("metrics", "guest_metrics"),
    "host": ("metrics",),
    "SR": (),
}

#: Ref-set fields too large to follow (a network's VIFs, an SR's VDIs on a big pool are fetched only by
#: the pages that list them, which add those keys themselves).
_NOT_FOLLOWED = frozenset({"VIFs", "VDIs", "VBDs", "PBDs", "PIFs", "resident_VMs", "messages", "tasks"})


def related_keys(obj: XenObject, follow_sets: Iterable[str] = ()) -> set[Key]:
    """The object, every object its reference fields name, and the second hop of ``_SECOND_HOP``.

    The potentially large ref-set fields of ``_NOT_FOLLOWED`` are followed only when named in
    ``follow_sets``.
    """
    from xencenter.model.objects import field_kinds

    follow = set(follow_sets)
    keys: set[Key] = {(obj.cls, obj.ref)}
    record = obj.record
    for name, (kind, target) in field_kinds(obj.cls).items():
        if kind == "ref":
            ref = record.get(name)
            if isinstance(ref, str) and ref and not ref.endswith("NULL"):
                keys.add((target, ref))  # type: ignore[arg-type]
        elif kind == "refs" and (name in follow or name not in _NOT_FOLLOWED):
            for ref in record.get(name) or ():
                keys.add((target, ref))  # type: ignore[arg-type]
    second: set[Key] = set()
    for cls, ref in keys:
        hops = _SECOND_HOP.get(cls)
        if not hops or (cls, ref) == (obj.cls, obj.ref):
            continue
        neighbour = obj.cache.record(cls, ref)
        if neighbour is None:
            continue
        target_kinds = field_kinds(cls)
        for name in hops:
            value = neighbour.get(name)
            hop = target_kinds.get(name)
            if hop is not None and hop[1] is not None and isinstance(value, str) and value \
                    and not value.endswith("NULL"):
                second.add((hop[1], value))
    keys |= second
    return keys


def one_machine(selection: list[XenObject]) -> bool:
    """A single real VM or a single host: what has a screen (Console) and graphs (Performance)."""
    if len(selection) != 1:
        return False
    obj = selection[0]
    if obj.cls == "VM":
        return obj.is_real_vm
    return obj.cls == "host"


class TabPage(QWidget):
    """One tab of the right-hand pane; see ``xencenter.views.tabs`` for the contract with the window.

    Subclasses implement ``applies_to``, ``refresh`` (rebuild from ``current()``) and, when they depend on
    more than the selected objects and their direct references, ``watch``.
    """

    title: str = ""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._selection: list[tuple[ObjectCache, str, str]] = []
        self._watched: set[Key] = set()
        self._watched_classes: frozenset[str] = frozenset()
        self._dirty = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_now)

    # ---- the contract ------------------------------------------------------------------------------------

    def applies_to(self, selection: list[XenObject]) -> bool:
        raise NotImplementedError

    def set_selection(self, selection: list[XenObject]) -> None:
        """Remember the selection (objects without a cache, such as disconnected servers, are skipped)."""
        self._selection = [(obj.cache, obj.cls, obj.ref) for obj in selection if hasattr(obj, "cache")]
        self._dirty = True
        self._refresh_now()

    def on_changes(self, changeset: ChangeSet) -> None:
        """Refresh when the change set touches what this page shows (the check is a set intersection)."""
        if not self._selection or not changeset:
            return
        if self.concerns(changeset):
            self._mark_dirty()

    # ---- for subclasses ------------------------------------------------------------------------------------

    def concerns(self, changeset: ChangeSet) -> bool:
        """Whether a batch touches what the page shows (its objects, or a class it watches); costs the size
        of what it watches, not of the batch (a first fill is 100,000 keys, asked by every page)."""
        if any(not self._watched.isdisjoint(keys) for keys in (changeset.added, changeset.changed,
                                                                 changeset.removed)):
            return True
        return bool(self._watched_classes) and changeset.touches(self._watched_classes)

    def current(self) -> list[XenObject]:
        """The selected objects as the cache knows them now (objects that disappeared are left out)."""
        fresh = []
        for cache, cls, ref in self._selection:
            obj = cache.get(cls, ref)
            if obj is not None:
                fresh.append(obj)
        return fresh

    def watch(self, objects: list[XenObject]) -> set[Key]:
        """Keys whose change means this page must be redrawn (called after each refresh)."""
        keys: set[Key] = set()
        for obj in objects:
            keys |= related_keys(obj)
        return keys

    def watch_classes(self, objects: list[XenObject]) -> frozenset[str]:
        """Classes any of whose objects' changes mean a redraw (pages that summarise a whole pool)."""
        return frozenset()

    def refresh(self) -> None:
        raise NotImplementedError

    def connection_for(self, obj: XenObject) -> Connection | None:
        """The connection whose cache holds ``obj``."""
        for connection in getattr(self.context, "connections", ()):
            if connection.cache is obj.cache:
                return connection
        return None

    # ---- refresh scheduling --------------------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()

    def _refresh_now(self) -> None:
        """Redraw from the cache; a hidden page stays dirty until ``showEvent``."""
        if not self._dirty or not self.isVisible():
            return
        self._dirty = False
        self._refresh_timer.stop()
        objects = self.current()
        self.refresh()
        keys = {(cls, ref) for _, cls, ref in self._selection}
        self._watched = keys | self.watch(objects)
        self._watched_classes = self.watch_classes(objects)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self._refresh_now()


class PanePage(TabPage):
    """A page with XenCenter's title band (``header_title`` and the selected object's name) over a body.

    Scrolling pages (``scrolling = True``) rebuild their body with ``set_content``, which keeps the
    scroll position; other pages put their own widgets (tables, toolbars) in ``body``. ``show_message``
    replaces everything below the header by a centred notice until the next ``show_body``.
    """

    header_title = ""
    scrolling = True

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from xencenter.views.tabs.widgets import PageHeader, message_label, scroll_area

        self.header = PageHeader(QCoreApplication.translate("Tabs", self.header_title or self.title), self)
        self.stack = QStackedWidget(self)
        self.body_widget = QWidget()
        self.body = QVBoxLayout(self.body_widget)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.content = QWidget()
        self.area = scroll_area(self.content, self.body_widget) if self.scrolling else None
        if self.area is not None:
            self.body.addWidget(self.area)
        self.message = message_label("")
        self.stack.addWidget(self.body_widget)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

    def set_content(self, content: QWidget) -> None:
        assert self.area is not None, "set_content is for scrolling pages"
        scroll = self.area.verticalScrollBar().value()
        self.content = content
        self.area.setWidget(content)
        self.area.verticalScrollBar().setValue(scroll)
        self.show_body()

    def show_body(self) -> None:
        self.stack.setCurrentWidget(self.body_widget)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def subject(self) -> XenObject | None:
        """The one selected object, or None (after showing a notice) when it no longer exists."""
        objects = self.current()
        if not objects:
            self.show_message(translate("Tabs", "The selected object no longer exists."))
            return None
        self.show_body()
        return objects[0]


class TablePage(PanePage):
    """A page that is one table (under an optional note) whose columns depend on the selected object."""

    scrolling = False

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from xencenter.views.tabs.widgets import (
            MARGIN,
            SPACING,
            ObjectTable,
            plain_label,
        )

        self.note = plain_label("")
        self.note.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        self.note.setWordWrap(True)
        self.note.hide()
        self.table = ObjectTable(("",))
        self.body.addWidget(self.note)
        self.body.addWidget(self.table, 1)
        self._columns: tuple[str, ...] = ()

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_rows(self, columns: tuple[str, ...], rows: list[TableRow], empty: str) -> None:
        """Fill the table (keeping selection and sort), or show ``empty`` when there is no row (an empty
        ``empty``: the empty table stays, with whatever is above it)."""
        if columns != self._columns:
            self._columns = columns
            self.table.clear()
            self.table.setColumnCount(len(columns))
            self.table.setHeaderLabels([translate("Tabs", c) for c in columns])
            self.table.reset_column_sizes()
        self.table.set_rows(rows)
        if not rows and empty:
            self.show_message(empty)
