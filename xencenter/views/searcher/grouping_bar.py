"""The query builder's "Search for" button and "Group by" buttons (XenCenter's ``SearchFor`` and
``GroupingControl``).

"Search for" offers XenCenter's fixed choices and, under Custom, a tick per object type. "Group by" shows one
button per grouping level; a button's menu removes its level or swaps it for another that fits there, and
"More" adds a level (the rules are in ``model/xensearch/grouping_types.py``).

Signals:
    ScopeButton.scope_changed(object)   the searched types (``ObjectTypes``) changed.
    GroupingBar.changed()               the levels changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from xencenter.model.xensearch import grouping_types as gt
from xencenter.model.xensearch.grouping_types import GroupingType
from xencenter.model.xensearch.kinds import shown
from xencenter.model.xensearch.scope import TYPE_NAMES, ObjectTypes

translate = QCoreApplication.translate


class ScopeButton(QToolButton):
    scope_changed = Signal(object)

    def __init__(self, brand: str = "XenServer", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.brand = brand
        self.types = ObjectTypes.VM
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(self.toolButtonStyle().ToolButtonTextOnly)
        menu = QMenu(self)
        self.choices = QActionGroup(self)
        self.choice_actions: list[QAction] = []
        for choice in gt.SCOPE_CHOICES:
            if choice is None:
                menu.addSeparator()
                continue
            label, types = choice
            action = menu.addAction(label.format(brand=brand))
            action.setCheckable(True)
            action.setData(types)
            self.choices.addAction(action)
            self.choice_actions.append(action)
            action.triggered.connect(lambda _=False, t=types: self.choose(t))
        menu.addSeparator()
        custom = menu.addMenu(translate("Searcher", "Custom..."))
        self.custom_actions: dict[ObjectTypes, QAction] = {}
        for single in gt.CUSTOM_SCOPE_TYPES:
            action = custom.addAction(TYPE_NAMES[single].format(brand=brand))
            action.setCheckable(True)
            action.toggled.connect(lambda on, t=single: self._toggle(t, on))
            self.custom_actions[single] = action
        self.setMenu(menu)
        self._show()

    def set_types(self, types: ObjectTypes) -> None:
        self.types = types
        self._show()

    def choose(self, types: ObjectTypes) -> None:
        if types != self.types:
            self.types = types
            self._show()
            self.scope_changed.emit(types)

    def _toggle(self, single: ObjectTypes, on: bool) -> None:
        if bool(self.types & single) != on:
            self.choose(self.types | single if on else self.types & ~single)

    def _show(self) -> None:
        self.setText(gt.scope_label(self.types, self.brand) + "  ▾")
        for action in self.choice_actions:
            action.setChecked(action.data() == self.types)
        for single, action in self.custom_actions.items():
            action.blockSignals(True)
            action.setChecked(bool(self.types & single))
            action.blockSignals(False)


class GroupingBar(QWidget):
    changed = Signal()

    def __init__(self, custom_types: Callable[[], Sequence[GroupingType]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.custom_types = custom_types
        self.levels: list[GroupingType] = []
        self.scope = ObjectTypes.VM
        self.buttons: list[QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.more = QToolButton(self)
        self.more.setText(translate("Searcher", "More  ▾"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setMenu(QMenu(self.more))
        self.more.menu().aboutToShow.connect(lambda: self._fill(self.more.menu(), None))
        self._layout.addWidget(self.more)
        self._layout.addStretch(1)

    def set_levels(self, levels: Sequence[GroupingType], scope: ObjectTypes) -> None:
        self.levels, self.scope = list(levels), scope
        self._show()

    def set_scope(self, scope: ObjectTypes) -> None:
        """The searched types changed: levels that no longer apply go, folders require Folder."""
        self.scope = scope
        kept = gt.prune_levels(self.levels, scope)
        if kept != self.levels:
            self.levels = kept
            self._show()
            self.changed.emit()
        else:
            self._show()

    def grouping(self):
        return gt.grouping_of(self.levels)

    def _show(self) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        for position, level in enumerate(self.levels):
            button = QToolButton(self)
            button.setText(f"{shown(level.label)}  ▾")
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            menu.aboutToShow.connect(lambda m=menu, p=position: self._fill(m, p))
            button.setMenu(menu)
            # searching for folders: the Folder level cannot be taken away (XenCenter disables its button)
            button.setEnabled(not (level is gt.BY_FOLDER and self.scope & ObjectTypes.Folder))
            self._layout.insertWidget(position, button)
            self.buttons.append(button)
        self.more.setEnabled(gt.can_add(self.levels, self.scope, self.custom_types())
                             or gt.folder_offered(self.levels, None) and not self.scope & ObjectTypes.Folder)

    def _fill(self, menu: QMenu, position: int | None) -> None:
        """A button's menu (``position``): Remove Grouping, then what can replace it; More's (None): what can
        be added. Folder comes in its own section, as in XenCenter."""
        menu.clear()
        sections: list[list[GroupingType]] = []
        if gt.folder_offered(self.levels, position) and not self.scope & ObjectTypes.Folder:
            sections.append([gt.BY_FOLDER])
        remaining = gt.remaining(self.levels, position, self.scope, self.custom_types())
        if remaining and (position is None or len(self.levels) <= gt.MAX_LEVELS):
            sections.append(remaining)
        if position is not None:
            menu.addAction(translate("Searcher", "Remove Grouping")).triggered.connect(lambda: self.remove(position))
        for section in sections:
            if not menu.isEmpty():
                menu.addSeparator()
            for choice in section:
                menu.addAction(shown(choice.label)).triggered.connect(lambda _=False, c=choice: self.put(position, c))

    def put(self, position: int | None, choice: GroupingType) -> None:
        """Add a level (``position`` None) or replace one; Folder ends the levels."""
        if position is None:
            if len(self.levels) >= gt.MAX_LEVELS:
                return
            self.levels.append(choice)
        else:
            self.levels[position] = choice
        self.levels = gt.after_folder(self.levels)
        self._show()
        self.changed.emit()

    def remove(self, position: int) -> None:
        del self.levels[position]
        self._show()
        self.changed.emit()
