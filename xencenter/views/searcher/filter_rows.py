"""The query builder's filter rows (XenCenter's ``QueryElement``): one line per row, its type drop-down, its
operator, its value editor and a remove button; a group's rows indented below it; a parent-child row's sub-row
on the same line ("Pool  Name  contains  [prod]").

The rows are ``editing.FilterRow`` data; the widgets are rebuilt from them when the structure changes (a type
chosen, a row removed), which keeps the editing rules in one Qt-free place. Value edits only update the data.

Signals:
    changed()   the filter the rows make changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.xensearch import editing
from xencenter.model.xensearch.editing import Choices, FilterRow
from xencenter.model.xensearch.filters import (
    CHOICE,
    DATE,
    FILTER_TYPES,
    GROUP,
    KEPT,
    NUMBER,
    OBJECT,
    PARENT_CHILD,
    TEXT,
    FilterType,
    wanted,
)
from xencenter.model.xensearch.kinds import shown
from xencenter.model.xensearch.scope import ObjectTypes
from xencenter.views import icons

translate = QCoreApplication.translate

#: Pixels a group's rows are indented by (XenCenter's 30).
INDENT = 30
_COMBO_WIDTH = 180


def _combo(minimum: int = 0) -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(minimum)
    combo.setMaxVisibleItems(20)
    return combo


class RowLine:
    """The widgets of one row, made into a line (or into its parent's line, for a parent-child sub-row)."""

    def __init__(self, editor: FilterEditor, row: FilterRow, scope: ObjectTypes) -> None:
        self.editor = editor
        self.row = row
        self.type_combo = _combo(_COMBO_WIDTH)
        self.operator_combo: QComboBox | None = None
        self.value_widget: QWidget | None = None
        self.remove_button: QToolButton | None = None
        self._fill_types(scope)

    def _fill_types(self, scope: ObjectTypes) -> None:
        row = self.row
        about = row.about if row.is_sub_row else scope
        offered = [t for t in (*FILTER_TYPES, *self.editor.custom_types()) if wanted(t, about, row.is_sub_row)]  # type: ignore[arg-type]
        combo = self.type_combo
        if row.type not in offered:
            combo.addItem(shown(row.type.label) if row.type is not KEPT else _kept_text(row), row.type)
            if offered:
                combo.insertSeparator(combo.count())
        group = None
        for filter_type in offered:
            if group is not None and filter_type.group != group:
                combo.insertSeparator(combo.count())
            group = filter_type.group
            combo.addItem(shown(filter_type.label), filter_type)
        combo.setCurrentIndex(combo.findData(row.type) if combo.findData(row.type) >= 0 else 0)
        combo.currentIndexChanged.connect(self._on_type)

    def add_to(self, line: QHBoxLayout) -> None:
        line.addWidget(self.type_combo)
        row = self.row
        if row.type.category == PARENT_CHILD and row.rows:
            sub = RowLine(self.editor, row.rows[0], ObjectTypes.NONE)
            self.editor.lines.append(sub)
            sub.add_to(line)
            return
        operators = row.type.operators()
        if operators:
            self.operator_combo = _combo()
            for operator in operators:
                self.operator_combo.addItem(shown(operator), operator)
            self.operator_combo.setCurrentIndex(max(0, operators.index(row.operator) if row.operator in operators
                                                    else 0))
            self.operator_combo.currentIndexChanged.connect(self._on_operator)
            line.addWidget(self.operator_combo)
        self.value_widget = self._value_editor()
        if self.value_widget is not None:
            line.addWidget(self.value_widget)
        units = row.type.units(row.operator)
        if units:
            line.addWidget(QLabel(shown(units)))

    def _value_editor(self) -> QWidget | None:
        row = self.row
        editor = row.type.editor(row.operator)
        if editor == TEXT:
            edit = QLineEdit(row.value or "")
            edit.setMinimumWidth(160)
            edit.textChanged.connect(lambda text: self._set_value(text))
            return edit
        if editor in (CHOICE, OBJECT):
            return self._choice_editor()
        if editor == DATE:
            picker = QDateEdit()
            picker.setCalendarPopup(True)
            picker.setDisplayFormat("d MMM yyyy")
            day = row.value if isinstance(row.value, date) else date.today()
            picker.setDate(QDate(day.year, day.month, day.day))
            picker.dateChanged.connect(lambda d: self._set_value(date(d.year(), d.month(), d.day())))
            return picker
        if editor == NUMBER:
            spin = QSpinBox()
            spin.setRange(0, 10_000_000)
            spin.setValue(int(row.value or 0))
            spin.valueChanged.connect(lambda n: self._set_value(n))
            return spin
        return None

    def _choice_editor(self) -> QComboBox:
        row = self.row
        combo = _combo(120)
        entries = list(self.editor.choices(row))
        if row.value is not None and all(value != row.value for _, value in entries):
            entries.append((str(row.value), row.value))  # a value no server has any more stays shown
        model: QStandardItemModel | Any = combo.model()
        for label, value in entries:
            combo.addItem(label, value)
            if value is None:
                model.item(combo.count() - 1).setEnabled(False)  # a group above the objects (a pool)
        found = combo.findData(row.value) if row.value is not None else -1
        combo.setCurrentIndex(found if found >= 0 else next((i for i, (_, v) in enumerate(entries) if v is not None), -1))
        if found < 0 and combo.currentIndex() >= 0:
            row.value = combo.currentData()
        combo.currentIndexChanged.connect(lambda i: self._set_value(combo.itemData(i)))
        return combo

    def _set_value(self, value: Any) -> None:
        self.row.value = value
        self.editor.changed.emit()

    def _on_type(self, index: int) -> None:
        filter_type = self.type_combo.itemData(index)
        if isinstance(filter_type, FilterType) and filter_type is not self.row.type:
            editing.set_type(self.row, filter_type, self.editor.choices)
            self.editor.rebuild()
            self.editor.focus(self.row)

    def _on_operator(self, index: int) -> None:
        assert self.operator_combo is not None
        editing.set_operator(self.row, self.operator_combo.itemData(index), self.editor.choices)
        self.editor.rebuild()
        self.editor.focus(self.row)


def _kept_text(row: FilterRow) -> str:
    reason = getattr(row.value, "reason", "")
    return translate("Searcher", "A filter kept as written: {reason}").format(reason=reason) if reason \
        else translate("Searcher", "A filter kept as written")


class FilterEditor(QWidget):
    """Every filter row of a search (see the module docstring)."""

    changed = Signal()

    def __init__(self, choices: Choices, custom_types: Callable[[], Sequence[FilterType]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.custom_types = custom_types
        self.root = FilterRow()
        self.scope = ObjectTypes.VM
        self.lines: list[RowLine] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._body: QWidget | None = None
        self.rebuild(quiet=True)

    def set_rows(self, root: FilterRow, scope: ObjectTypes) -> None:
        self.root, self.scope = root, scope
        self.rebuild(quiet=True)

    def set_scope(self, scope: ObjectTypes) -> None:
        """The searched types changed: rows that no longer apply go (XenCenter's ``RemoveUnwantedFilters``)."""
        self.scope = scope
        self.root = editing.prune_top(self.root, scope)
        self.rebuild()

    def filter(self) -> Any:
        return self.root.filter()

    def remove(self, row: FilterRow) -> None:
        self.root = editing.remove(self.root, row)
        self.rebuild()

    def rebuild(self, quiet: bool = False) -> None:
        """New widgets for the rows (after a structural edit); ``changed`` unless ``quiet``."""
        editing.normalize(self.root)
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self._body.hide()
            self._body.deleteLater()
        self.lines = []
        self._body = QWidget(self)
        body = QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(4)
        self._add_row(body, self.root, 0)
        self._layout.addWidget(self._body)
        if not quiet:
            self.changed.emit()

    def _add_row(self, layout: QVBoxLayout, row: FilterRow, depth: int) -> None:
        line = QHBoxLayout()
        line.setContentsMargins(depth * INDENT, 0, 0, 0)
        line.setSpacing(6)
        widgets = RowLine(self, row, self.scope)
        self.lines.append(widgets)
        widgets.add_to(line)
        line.addStretch(1)
        if editing.removable(self.root, row):
            button = QToolButton()
            button.setIcon(icons.action_icon("delete"))
            button.setToolTip(translate("Searcher", "Remove this filter"))
            button.setAutoRaise(True)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, r=row: self.remove(r))
            widgets.remove_button = button
            line.addWidget(button)
        layout.addLayout(line)
        if row.type.category == GROUP:
            for child in row.rows:
                self._add_row(layout, child, depth + 1)

    def focus(self, row: FilterRow) -> None:
        """After a rebuild, the keyboard goes back to the row being edited: its value, else its first choice."""
        line = self.line_of(row)
        if line is not None:
            sub = self.line_of(row.rows[0]) if row.type.category == PARENT_CHILD and row.rows else None
            target = line.value_widget or (sub.type_combo if sub is not None else None) or line.type_combo
            target.setFocus()

    def line_of(self, row: FilterRow) -> RowLine | None:
        """The widgets of a row (tests and keyboard focus)."""
        return next((line for line in self.lines if line.row is row), None)
