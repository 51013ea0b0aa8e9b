"""The query builder's rows as data: what a user edits (XenCenter's ``QueryElement`` tree), without Qt.

A ``FilterRow`` is one line of the builder: its type ("Name", "Pool", "Any of the following:"), operator,
value, and its rows: a group's rows below it (always ending with a "Select a filter..." row to add one more),
or the one sub-row of a parent-child row (about the related object). ``filter()`` is the search filter the
rows make; ``rows_for(filter)`` the rows a saved filter is shown as. The edits keep XenCenter's rules: turning a
row into a group makes the old row the group's first, choosing a type on a group's last "Select a filter..."
adds a new one, and changing what is searched for removes the rows that no longer apply (``prune``), folding
an All of / Any of left with one row into that row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from xencenter.model.xensearch.filters import DUMMY, GROUP, PARENT_CHILD, FilterType, GroupType, type_for, wanted
from xencenter.model.xensearch.queries import QueryFilter
from xencenter.model.xensearch.scope import ObjectTypes

#: The entries of a row's choice or object editor, as (label, value): the builder knows the servers (the tags
#: in use, the VMs' operating systems, the objects a sub-row can name).
Choices = Callable[["FilterRow"], Sequence[tuple[str, Any]]]


def no_choices(row: FilterRow) -> Sequence[tuple[str, Any]]:
    return ()


@dataclass(eq=False)
class FilterRow:
    type: FilterType = DUMMY
    operator: str = ""
    value: Any = None
    rows: list[FilterRow] = field(default_factory=list)
    #: For the sub-row of a parent-child row: what it is about (that row's ``sub_scope``).
    about: ObjectTypes | None = None

    @property
    def is_sub_row(self) -> bool:
        return self.about is not None

    @property
    def is_dummy(self) -> bool:
        return self.type is DUMMY

    def filter(self) -> QueryFilter | None:
        """The filter these rows make (None: they filter nothing yet)."""
        return self.type.make(self.operator, self.value, [row.filter() for row in self.rows])

    def walk(self) -> list[FilterRow]:
        found = [self]
        for row in self.rows:
            found.extend(row.walk())
        return found

    def parent_of(self, row: FilterRow) -> FilterRow | None:
        for candidate in self.walk():
            if any(child is row for child in candidate.rows):
                return candidate
        return None


def rows_for(f: QueryFilter | None, custom: Sequence[FilterType] = (), about: ObjectTypes | None = None) -> FilterRow:
    """The rows showing a filter (a group's rows end with a "Select a filter..." row)."""
    filter_type = type_for(f, custom, sub_row=about is not None)
    row = FilterRow(filter_type, about=about)
    if f is None:
        return row
    row.operator, row.value = filter_type.read(f)
    if filter_type.category == GROUP:
        row.rows = [rows_for(sub, custom) for sub in f.subqueries]  # type: ignore[attr-defined]
    elif filter_type.category == PARENT_CHILD:
        row.rows = [rows_for(f.subquery, custom, filter_type.sub_scope)]  # type: ignore[attr-defined]
    normalize(row)
    return row


def _reset_value(row: FilterRow, choices: Choices) -> None:
    row.value = row.type.default_value(row.operator, choices(row))


def set_type(row: FilterRow, filter_type: FilterType, choices: Choices = no_choices) -> None:
    """Choose a row's type: its operator and value start over; a row turned into a group becomes the group's
    first row (XenCenter's CA-25127), a group of another kind keeps its rows."""
    old_filter = row.filter()
    was_group = row.type.category == GROUP
    row.type = filter_type
    operators = filter_type.operators()
    row.operator = operators[0] if operators else ""
    _reset_value(row, choices)
    if filter_type.category == GROUP:
        if not was_group:
            row.rows = [rows_for(old_filter)] if old_filter is not None else []
    elif filter_type.category == PARENT_CHILD:
        row.rows = [FilterRow(about=filter_type.sub_scope)]
    else:
        row.rows = []
    normalize(row)


def set_operator(row: FilterRow, operator: str, choices: Choices = no_choices) -> None:
    """Choose the operator; the value starts over when the editor it takes changes ("are empty" has none)."""
    before = row.type.editor(row.operator)
    row.operator = operator
    if row.type.editor(operator) != before:
        _reset_value(row, choices)


def normalize(row: FilterRow) -> None:
    """Every group ends with a "Select a filter..." row (to add another), at every depth."""
    for each in row.walk():
        if each.type.category == GROUP and not any(r.is_dummy for r in each.rows):
            each.rows.append(FilterRow())


def remove(root: FilterRow, row: FilterRow) -> FilterRow:
    """Remove a row (its group keeps the others); removing the top row leaves "Select a filter...". Returns the
    top row."""
    if row is root:
        return FilterRow()
    parent = root.parent_of(row)
    if parent is not None and parent.type.category == GROUP:
        parent.rows = [r for r in parent.rows if r is not row]
        normalize(parent)
    return root


def removable(root: FilterRow, row: FilterRow) -> bool:
    """XenCenter's remove button: not on "Select a filter...", nor on the sub-row of a parent-child row."""
    if row.is_dummy:
        return False
    parent = root.parent_of(row)
    return parent is None or parent.type.category != PARENT_CHILD


def prune(row: FilterRow, scope: ObjectTypes) -> FilterRow | None:
    """XenCenter's ``RemoveUnwantedFilters`` after the searched types changed: rows that no longer apply go,
    a group left empty goes, an All of / Any of left with one row becomes that row. None: remove this row."""
    keep = row.is_dummy or wanted(row.type, row.about if row.is_sub_row else scope, row.is_sub_row)  # type: ignore[arg-type]
    if keep and row.type.category == GROUP:
        row.rows = [r for r in (prune(child, scope) for child in row.rows if not child.is_dummy) if r is not None]
        if not row.rows:
            return None
        if len(row.rows) == 1 and isinstance(row.type, GroupType) and row.type.kind in ("And", "Or"):
            return row.rows[0]
        normalize(row)
    return row if keep else None


def prune_top(row: FilterRow, scope: ObjectTypes) -> FilterRow:
    kept = prune(row, scope)
    return kept if kept is not None else FilterRow()

