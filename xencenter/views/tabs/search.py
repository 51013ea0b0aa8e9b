"""The Search tab (XenCenter's ``SearchPage``): the results of a search over every connection, grouped and
expandable, with XenCenter's columns and usage bars, sortable by any column; the query builder above them while
the user edits the search; New, Edit, Saved Searches (apply, delete), Export and Import.

Which search: the one the window gives (``set_explicit``: a saved search chosen in the navigation pane, a tag
or a folder, an imported one), else XenCenter's search for the selection (its pool's or server's overview, or
every server's), until the user edits it. Searches run on a worker (a 5,000-VM search takes tens of
milliseconds; the UI thread only takes the finished rows), again when a change batch can alter the results,
throttled to the time they take. The performance figures are polled while the tab is visible.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QToolButton, QTreeView, QWidget

from xencenter.model.objects import XenObject
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.model.xensearch.cells import (
    DEFAULT_ASCENDING,
    FIGURE_COLUMNS,
    WIDTHS,
    choosable_columns,
    column_title,
    shown_columns,
)
from xencenter.model.xensearch.context import SearchContext, SearchOptions
from xencenter.model.xensearch.defaults import search_for_server
from xencenter.model.xensearch.items import connected_cache
from xencenter.model.xensearch.ordering import Sort
from xencenter.model.xensearch.run import run_search
from xencenter.model.xensearch.saved import brand_options, builtin_searches_for, saved_searches
from xencenter.model.xensearch.scope import ObjectTypes, QueryScope
from xencenter.model.xensearch.search import Query, Search
from xencenter.operations.background import run_in_background
from xencenter.views import icons, words
from xencenter.views.searcher import Searcher, custom_fields
from xencenter.views.tabs.base import PanePage
from xencenter.views.tabs.commands import find_command
from xencenter.views.tabs.search_results import ItemRole, PathRole, ResultsDelegate, ResultsModel, result_shape
from xencenter.views.tabs.widgets import TABLE_STYLE

if TYPE_CHECKING:
    from xencenter.model.cache import ChangeSet
    from xencenter.model.tree import Source
    from xencenter.model.xensearch.run import SearchResult
    from xencenter.operations.background import BackgroundTask

translate = QCoreApplication.translate

#: Searches run again at most this often while the caches change (or twice as long as the last run took).
MIN_RERUN_MS = 250
#: The average character width of XenCenter's font, in pixels (what its column widths were made for).
XENCENTER_CHAR_WIDTH = 5.0
#: Debounce of edits in the query builder (typing a name runs one search, not one per key).
EDIT_DELAY_MS = 300


class SearchPage(PanePage):
    title = QT_TRANSLATE_NOOP("Tabs", "Search")
    scrolling = False

    #: A result row was double-clicked: its object (the window selects it in the tree).
    object_activated = Signal(object)
    #: A right-click on result rows: the objects they stand for and where (global) the menu goes.
    rows_menu_requested = Signal(list, object)

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._explicit: Search | None = None
        self._edited: Search | None = None
        self._shown: Search | None = None
        self._widths: dict[str, int] = {}  # what the user dragged columns to, in screen pixels
        self._columns: list[tuple[str, int]] = []  # the shown columns with the search's widths
        self._collapsed: set[tuple] = set()
        self._sizing = False
        self._generation = 0
        self._running = False
        self._pending = False
        self._last_seconds = 0.0
        self.result: SearchResult | None = None
        self._shape: tuple | None = None  # of the rows on screen (``result_shape``)
        self.poller = self._make_poller()
        tasks: list[BackgroundTask] = []  # the run in flight: its answer must not reach a deleted page
        self._tasks = tasks
        self.destroyed.connect(lambda: _cancel(tasks))

        self.new_button = self.header.add_button(translate("SearchTab", "New Search"), self.new_search, translate("SearchTab", "Start a search from scratch"))
        self.edit_button = self.header.add_button(translate("SearchTab", "Edit Search"), self.edit_search, translate("SearchTab", "Show the search's options"))
        self.saved_button = self.header.add_button(translate("SearchTab", "Saved Searches"), lambda: None, translate("SearchTab", "Apply or delete a saved search"))
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_button.setMenu(QMenu(self.saved_button))
        self.saved_button.menu().aboutToShow.connect(self._fill_saved_menu)
        self.header.add_button(translate("SearchTab", "Export..."), lambda: self.run_command("search.export"), translate("SearchTab", "Export this search to a file"))
        self.header.add_button(translate("SearchTab", "Import..."), lambda: self.run_command("search.import"), translate("SearchTab", "Open a search from a file"))

        self.searcher = Searcher(self.sources, parent=self)
        self.searcher.hide()
        self.searcher.search_changed.connect(self._on_edited)
        self.searcher.save_requested.connect(lambda: self.run_command("search.save"))
        self.searcher.close_requested.connect(self.close_searcher)

        self.model = ResultsModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ResultsDelegate(self.view))
        self.view.setUniformRowHeights(True)  # the view never measures 5,000 rows
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.view.setStyleSheet(TABLE_STYLE)
        self.view.setAnimated(False)
        self.view.setExpandsOnDoubleClick(False)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_rows_menu)
        self.view.collapsed.connect(lambda index: self._collapsed.add(index.data(PathRole)))
        self.view.expanded.connect(lambda index: self._collapsed.discard(index.data(PathRole)))
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.sectionClicked.connect(self._on_header_clicked)
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(False)
        header.sectionMoved.connect(self._on_section_moved)
        header.sectionResized.connect(self._on_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.body.addWidget(self.searcher)
        self.body.addWidget(self.view, 1)

        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.timeout.connect(self.run)
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_DELAY_MS)
        self._edit_timer.timeout.connect(self._apply_edit)

    # ---- the tab contract --------------------------------------------------------------------------------

    def applies_to(self, selection: list[Any]) -> bool:
        return True  # XenCenter shows Search for every selection (and for none)

    def set_explicit(self, search: Search | None) -> None:
        """The search the window wants shown (None: the selection's); an edit in progress is dropped."""
        if search != self._explicit:
            self._explicit = search
            self._edited = None
            self._dirty = True
            self._refresh_now()

    def set_selection(self, selection: list[Any]) -> None:
        self._edited = None
        super().set_selection(selection)

    def current_search(self) -> Search:
        """What the tab shows, with its columns and widths as on screen (what Save and Export write)."""
        search = self._wanted()
        if not self._columns:
            return search
        scale = self._scale()
        return replace(search, columns=tuple((c, round(self._widths[c] / scale) if c in self._widths else width)
                                             for c, width in self._columns))

    def _scale(self) -> float:
        """Screen pixels per XenCenter pixel: its column widths are for its 8.25-point Segoe UI."""
        return max(1.0, self.fontMetrics().averageCharWidth() / XENCENTER_CHAR_WIDTH)

    def _wanted(self) -> Search:
        return self._edited or self._explicit or search_for_server(self.current())

    def refresh(self) -> None:
        self.show_body()
        search = self._wanted()
        if search != self._shown:
            self._shown = search
            self._collapsed.clear()
            if self.searcher.isVisible() and self._edited is None:
                self.searcher.set_search(search)
        elif self.result is not None and self.result.search == search and self._unchanged(self.result):
            return  # another VM of the same pool: the same search over the same caches
        self.header.title.setText(search.name or translate("SearchTab", "Custom Search"))
        self.run()

    def _unchanged(self, result: SearchResult) -> bool:
        """No cache changed since ``result`` was made (``SearchResult.generations``)."""
        now = tuple(cache.generation for cache in map(connected_cache, self.sources()) if cache is not None)
        return now == result.generations

    def on_changes(self, changeset: ChangeSet) -> None:
        if not changeset or self.result is None or not self.result.affected_by(changeset):
            return
        if not self.isVisible():
            self._dirty = True
            return
        if not self._rerun.isActive():
            self._rerun.start(max(MIN_RERUN_MS, round(self._last_seconds * 2000)))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.poller is not None:
            self.poller.start()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        if self.poller is not None:
            self.poller.pause()

    # ---- running -------------------------------------------------------------------------------------------

    def sources(self) -> list[Source]:
        connections: Any = getattr(self.context, "connections", None)
        return connections.sources() if hasattr(connections, "sources") else []

    def _options(self) -> SearchOptions:
        sources = self.sources()
        return brand_options(sources, metrics=self.poller.figures.value) if self.poller is not None else (
            brand_options(sources))

    def run(self) -> None:
        """Run the shown search on a worker (coalesced with one already running)."""
        if self._shown is None:
            return
        if self._running:
            self._pending = True
            return
        self._running = True
        self._generation += 1
        generation, search, sources, options = self._generation, self._shown, self.sources(), self._options()
        started = time.monotonic()

        def done(found: tuple[SearchResult, tuple]) -> None:
            self._running = False
            self._last_seconds = time.monotonic() - started
            if generation == self._generation:
                result, shape = found
                if shape == self._shape and result.search == self.result.search and self.model.update_result(result):  # type: ignore[union-attr]
                    self.result = result  # the same rows: no reset (a change that moved nothing, new figures)
                    self.view.viewport().update()
                else:
                    self._shape = shape
                    self._show_result(result, sources, options)
            if self._pending:
                self._pending = False
                self.run()

        def failed(exc: BaseException) -> None:
            self._running = False
            self.show_message(translate("SearchTab", "The search could not run: {error}").format(error=exc))

        def work() -> tuple[SearchResult, tuple]:
            result = run_search(search, sources, options)
            return result, result_shape(result.rows)

        self._tasks[:] = [run_in_background(work, on_success=done, on_failure=failed)]

    def _show_result(self, result: SearchResult, sources: list[Source], options: SearchOptions) -> None:
        """Put a run's rows on screen, keeping what the user collapsed, selected and scrolled to."""
        selected = [i.data(PathRole) for i in self.view.selectionModel().selectedRows()]
        current = self.view.currentIndex().data(PathRole)
        scroll = self.view.verticalScrollBar().value()
        self.result = result
        search = result.search
        ha = any(source.cache is not None and (pool := source.cache.pool()) is not None and pool.record.ha_enabled
                 for source in sources)
        columns = shown_columns(search.columns, [f.name for f in custom_fields(sources)], bool(ha))
        self._columns = columns
        self._sizing = True  # the reset and these resizes are not the user's widths
        try:
            self.model.set_result(result, [c for c, _ in columns], lambda: SearchContext(sources, options))
            header = self.view.header()
            scale = self._scale()
            for section, (column, width) in enumerate(columns):
                header.resizeSection(section, self._widths.get(column, round(width * scale)))
        finally:
            self._sizing = False
        self._show_sort(search)
        # XenCenter shows every group open but those the user closed. Right after the reset the view only
        # notes each row to open (``expandAll`` would walk all 5,000 rows once more) and lays out once.
        collapsed = self._collapsed
        for index in self.model.branch_indexes():
            if not collapsed or index.data(PathRole) not in collapsed:
                self.view.setExpanded(index, True)
        for path in selected:
            index = self.model.index_of_path(path)
            if index.isValid():
                self.view.selectionModel().select(index, self.view.selectionModel().SelectionFlag.Select
                                                  | self.view.selectionModel().SelectionFlag.Rows)
        if current is not None:
            index = self.model.index_of_path(current)
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(index, self.view.selectionModel().SelectionFlag.NoUpdate)
        self.view.verticalScrollBar().setValue(scroll)
        self.header.set_subtitle(_count_text(result.count))
        if self.poller is not None:
            self.poller.watch(row.item for _, row in result.walk()
                              if row.item is not None and row.item.cls in ("host", "VM"))

    def _show_sort(self, search: Search) -> None:
        header = self.view.header()
        header.blockSignals(True)
        first = search.sorting[0] if search.sorting else None
        if first is not None and first.column in self.model.columns:
            order = Qt.SortOrder.AscendingOrder if first.ascending else Qt.SortOrder.DescendingOrder
            header.setSortIndicator(self.model.columns.index(first.column), order)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _make_poller(self) -> Any:
        connections: Any = getattr(self.context, "connections", None)
        if not hasattr(connections, "connection_of"):
            return None
        from xencenter.operations.usage_poller import UsagePoller

        poller = UsagePoller(connections, self)
        poller.updated.connect(self._on_figures)
        return poller

    def _on_figures(self) -> None:
        shown = self._shown
        if shown is not None and shown.sorting and shown.sorting[0].column in FIGURE_COLUMNS:
            self.run()  # the order depends on the figures (XenCenter re-sorts)
        else:
            self.model.figures_changed()
            self.view.viewport().update()

    # ---- editing -------------------------------------------------------------------------------------------

    def _use(self, search: Search) -> None:
        """Show a search the user made (edited, sorted, chosen from the menu) until the selection changes."""
        self._edited = search
        self._dirty = True
        self._refresh_now()

    def edit_search(self) -> None:
        self.searcher.set_search(self.current_search())
        self.searcher.show()
        self.edit_button.setEnabled(False)

    def new_search(self) -> None:
        blank = Search(Query(QueryScope(ObjectTypes.VM)), None, translate("SearchTab", "New Search"))
        self._use(blank)
        self.searcher.set_search(blank)
        self.searcher.show()
        self.edit_button.setEnabled(False)

    def close_searcher(self) -> None:
        self.searcher.hide()
        self.edit_button.setEnabled(True)

    def _on_edited(self) -> None:
        self._edit_timer.start()

    def _apply_edit(self) -> None:
        self._use(self.searcher.search(self.current_search()))

    def _on_header_clicked(self, section: int) -> None:
        """XenCenter's header (``GridHeaderItem``): a click cycles a column through its default order, the other
        order and unsorted; a column starting to sort comes first and the others stay as tie-breakers."""
        column = self.model.columns[section]
        search = self.current_search()
        sorting = list(search.sorting)
        default = DEFAULT_ASCENDING.get(column, True)
        place = next((i for i, sort in enumerate(sorting) if sort.column == column), None)
        if place is None:
            sorting.insert(0, Sort(column, default))
        elif sorting[place].ascending == default:
            sorting[place] = Sort(column, not default)
        else:
            del sorting[place]
        self._use(replace(search, sorting=tuple(sorting)))

    def _on_section_moved(self, _logical: int, _old: int, _new: int) -> None:
        """A column dragged to another place: the search's columns take that order (Name stays first)."""
        header = self.view.header()
        order = [self.model.columns[header.logicalIndex(v)] for v in range(header.count())]
        search = self.current_search()
        if order[0] == "name":
            widths = dict(search.columns or ())
            self._use(replace(search, columns=tuple((c, widths[c]) for c in order if c in widths)))
        self._identity_sections()  # the model takes the new order; the header shows it as is

    def _identity_sections(self) -> None:
        header = self.view.header()
        header.blockSignals(True)
        try:
            for logical in range(header.count()):
                if header.visualIndex(logical) != logical:
                    header.moveSection(header.visualIndex(logical), logical)
        finally:
            header.blockSignals(False)

    def _on_resized(self, section: int, old: int, new: int) -> None:
        """Remember widths the user drags (the last column stretches, layouts resize: not the user's)."""
        dragging = bool(QApplication.mouseButtons() & Qt.MouseButton.LeftButton)
        if dragging and not self._sizing and 0 <= section < len(self.model.columns):
            self._widths[self.model.columns[section]] = new

    def _column_menu(self, position: QPoint) -> None:
        """XenCenter's column chooser: tick the columns to show (Name always shows)."""
        menu = QMenu(self)
        shown = set(self.model.columns)
        for column in choosable_columns([f.name for f in custom_fields(self.sources())]):
            action = menu.addAction(column_title(column))
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.toggled.connect(lambda on, c=column: self._toggle_column(c, on))
        menu.popup(self.view.header().mapToGlobal(position))
        self._menu = menu

    def _toggle_column(self, column: str, on: bool) -> None:
        search = self.current_search()
        columns = [c for c in (search.columns or ()) if c[0] != column]
        if on:
            columns.append((column, WIDTHS.get(column, 100)))
        self._use(replace(search, columns=tuple(columns)))

    # ---- saved searches ----------------------------------------------------------------------------------

    def _fill_saved_menu(self) -> None:
        """XenCenter's menu: the default search, the saved ones, the built-in ones, and Delete."""
        menu = self.saved_button.menu()
        menu.clear()
        menu.addAction(translate("SearchTab", "Default Search")).triggered.connect(self._default_search)
        stored = sorted((s.search for s in saved_searches(self.sources()).searches), key=lambda s: s.name)
        for search in [*stored, *sorted(builtin_searches_for(self.sources()), key=lambda s: s.name)]:
            action = menu.addAction(icons.icon("search:default" if search.builtin else "search"), search.name)
            action.triggered.connect(lambda _=False, s=search: self._use(s))
        menu.addSeparator()
        delete = menu.addMenu(translate("SearchTab", "Delete"))
        delete.setEnabled(bool(stored))
        for search in stored:
            delete.addAction(icons.icon("search"), search.name).triggered.connect(
                lambda _=False, s=search: self.run_command("search.delete", search=s.uuid))

    def _default_search(self) -> None:
        self._explicit = self._edited = None
        self._dirty = True
        self._refresh_now()

    def run_command(self, command_id: str, **params: Any) -> None:
        """Run a search command of the window's registry; its refusals are shown in words."""
        command = find_command(self.context, command_id)
        if command is None:
            return
        try:
            command.run([], self.context, **params)
        except ValueError as exc:
            prompter = getattr(self.context, "prompter", None)
            if prompter is not None:
                prompter.show_error(translate("MainWindow", "{command} failed").format(command=words.title(command)),
                                    str(exc))

    def selected_objects(self) -> list[Any]:
        """The objects of the selected rows (a group that is an object counts; a group by value does not)."""
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        objects = [item for index in rows if isinstance(item := index.data(ItemRole), XenObject)]
        return list(dict.fromkeys(objects))

    def _on_rows_menu(self, position: Any) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        if not self.view.selectionModel().isRowSelected(index.row(), index.parent()):
            self.view.setCurrentIndex(index)  # a right-click on another row selects it, as XenCenter does
        objects = self.selected_objects()
        if objects:
            self.rows_menu_requested.emit(objects, self.view.viewport().mapToGlobal(position))

    def _on_double_click(self, index: QModelIndex) -> None:
        item = index.data(ItemRole)
        if item is not None and getattr(item, "record", None) is not None:
            self.object_activated.emit(item)


def _cancel(tasks: list[BackgroundTask]) -> None:
    for task in tasks:
        task.cancel()


def _count_text(count: int) -> str:
    return translate("SearchTab", "1 object") if count == 1 else translate("SearchTab", "{count} objects").format(
        count=count)
