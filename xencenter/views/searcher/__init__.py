"""XenCenter's query builder (its ``Searcher`` panel): what to search for, the filter rows, the grouping
levels, and Save. The Search tab shows it above the results while the user edits a search.

Changing what is searched for first removes the filters and groupings that no longer apply (XenCenter's
order: the scope, then the filters, then the groupings).

Signals:
    search_changed()   the user changed the search (``search(base)`` is the edited search).
    save_requested()   Save was pressed.
    close_requested()  the panel's close button was pressed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from xencenter.model.tree import Source
from xencenter.model.xensearch import customfields
from xencenter.model.xensearch.choices import ServerChoices
from xencenter.model.xensearch.customfields import CustomFieldDefinition
from xencenter.model.xensearch.editing import rows_for
from xencenter.model.xensearch.filters import FilterType, custom_field_types
from xencenter.model.xensearch.grouping_types import GroupingType, custom_grouping_types, levels_of
from xencenter.model.xensearch.items import connected_cache
from xencenter.model.xensearch.search import Query, Search
from xencenter.views.searcher.filter_rows import FilterEditor
from xencenter.views.searcher.grouping_bar import GroupingBar, ScopeButton

translate = QCoreApplication.translate

SEARCHER_STYLE = """
QFrame#searcher { background: palette(alternate-base); border: none; border-bottom: 1px solid palette(mid); }
QFrame#searcher QLabel#searcherLabel { font-weight: bold; }
"""


def custom_fields(sources: Sequence[Source]) -> list[CustomFieldDefinition]:
    """The custom fields every connected server defines, each once, in their order."""
    found: dict[CustomFieldDefinition, None] = {}
    for source in sources:
        cache = connected_cache(source)
        if cache is not None:
            found.update(dict.fromkeys(customfields.definitions(cache)))
    return list(found)


class Searcher(QFrame):
    search_changed = Signal()
    save_requested = Signal()
    close_requested = Signal()

    def __init__(self, sources: Callable[[], Sequence[Source]], brand: str = "XenServer",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searcher")
        self.setStyleSheet(SEARCHER_STYLE)
        self.sources = sources
        self.scope_button = ScopeButton(brand, self)
        self.filters = FilterEditor(ServerChoices(sources, brand), self._custom_filter_types, self)
        self.grouping_bar = GroupingBar(self._custom_grouping_types, self)
        self.save_button = QPushButton(translate("Searcher", "Sav&e..."), self)
        self.save_button.clicked.connect(self.save_requested)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(translate("Searcher", "Close the search options"))
        close.clicked.connect(self.close_requested)
        self.scope_button.scope_changed.connect(self._on_scope)
        self.filters.changed.connect(self.search_changed)
        self.grouping_bar.changed.connect(self.search_changed)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.scope_button)
        top.addStretch(1)
        top.addWidget(self.save_button)
        top.addWidget(close)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 8, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for row, text in enumerate((translate("Searcher", "Search for"), translate("Searcher", "Filters"), translate("Searcher", "Group by"))):
            label = QLabel(text, self)
            label.setObjectName("searcherLabel")
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addLayout(top, 0, 1)
        grid.addWidget(self.filters, 1, 1)
        grid.addWidget(self.grouping_bar, 2, 1)
        grid.setColumnStretch(1, 1)

    def _fields(self) -> list[CustomFieldDefinition]:
        return custom_fields(self.sources())

    def _custom_filter_types(self) -> list[FilterType]:
        return custom_field_types(self._fields())

    def _custom_grouping_types(self) -> list[GroupingType]:
        return custom_grouping_types(self._fields())

    def set_search(self, search: Search) -> None:
        """Show a search (without ``search_changed``): its scope first, so nothing of it is pruned."""
        scope = search.query.scope.types
        self.scope_button.set_types(scope)
        self.filters.set_rows(rows_for(search.query.filter, self._custom_filter_types()), scope)
        self.grouping_bar.set_levels(levels_of(search.grouping, self._custom_grouping_types()), scope)

    def search(self, base: Search) -> Search:
        """``base`` (name, columns, sorting) with what the panel shows."""
        scope = replace(base.query.scope, types=self.scope_button.types)
        return replace(base, query=Query(scope, self.filters.filter()), grouping=self.grouping_bar.grouping())

    def _on_scope(self, types: object) -> None:
        self.filters.blockSignals(True)
        self.grouping_bar.blockSignals(True)
        try:
            self.filters.set_scope(types)  # type: ignore[arg-type]
            self.grouping_bar.set_scope(types)  # type: ignore[arg-type]
        finally:
            self.filters.blockSignals(False)
            self.grouping_bar.blockSignals(False)
        self.search_changed.emit()
