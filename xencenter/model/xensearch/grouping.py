"""XenCenter's groupings (``GroupingTypes.cs``): how a search's results are arranged in groups.

``group_of`` gives an object's group value: None (the object is not grouped at this level), one value, a list
(the object is in several groups: one per tag, per network...) or a tuple (one group several levels deep: the
folder path ``(/a, /a/b)``; a custom field's name then its value). A grouping by an object type (pool, host,
network, vApp, VM) also turns the objects of that type into groups of their own (``belongs_as_group``), so a
host with no VMs is still a group.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.model.labels import date_text
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.model.xensearch.customfields import CustomFieldDefinition
from xencenter.model.xensearch.items import Folder, item_name
from xencenter.model.xensearch.kinds import shown
from xencenter.model.xensearch.properties import (
    ACCESSORS,
    ENUM_KINDS,
    FALSE_LABELS,
    PROPERTY_LABELS,
    UNKNOWN_OS,
    Prop,
    value,
)
from xencenter.model.xensearch.queries import (
    CustomFieldDateQuery,
    CustomFieldQuery,
    EnumPropertyQuery,
    QueryFilter,
    StringListContainsQuery,
    ValuePropertyQuery,
)
from xencenter.model.xensearch.scope import is_real_vm

if TYPE_CHECKING:
    from xencenter.model.xensearch.context import SearchContext
    from xencenter.model.xensearch.items import Item


def value_label(group: Any, brand: str = "XenServer") -> str:
    """How a group value is shown when the grouping has no better name for it (C#'s ``ToString``)."""
    if isinstance(group, bool):
        return translate("Search", "True") if group else translate("Search", "False")
    if isinstance(group, datetime):
        return date_text(group)
    if hasattr(group, "cls"):
        return item_name(group)
    return str(group)


@dataclass(frozen=True)
class Grouping:
    ELEMENT: ClassVar[str] = ""
    subgrouping: Grouping | None = field(default=None, kw_only=True)

    @property
    def name(self) -> str:
        """The grouping's own name (the first line of a group row in the Search tab: "Power state")."""
        raise NotImplementedError

    #: Whether objects can be groups of their own (``belongs_as_group`` can say yes).
    MAKES_OBJECT_GROUPS: ClassVar[bool] = False

    def group_of(self, item: Item, ctx: SearchContext) -> Any:
        raise NotImplementedError

    def reader(self, ctx: SearchContext) -> Callable[[Item], Any]:
        """``group_of`` for one run, as a function of the object (a run calls it for every object)."""
        return lambda item: self.group_of(item, ctx)

    def belongs_as_group(self, item: Item) -> bool:
        return False

    def relevant_query(self, query: QueryFilter | None) -> QueryFilter | None:
        """The part of the search's filter that group objects must pass too (``GetRelevantGroupQuery``)."""
        return None

    def group_label(self, group: Any, brand: str = "XenServer") -> str:
        return value_label(group, brand)

    def drill_down(self, parent: Any, group: Any) -> QueryFilter | None:
        """The filter that selects one group's objects (``GetSubquery``: what opening the group searches)."""
        return None

    @property
    def levels(self) -> list[Grouping]:
        """This grouping and its subgroupings, outermost first."""
        found: list[Grouping] = []
        grouping: Grouping | None = self
        while grouping is not None:
            found.append(grouping)
            grouping = grouping.subgrouping
        return found


@dataclass(frozen=True)
class UnknownGrouping(Grouping):
    """A grouping this version does not understand: nothing is grouped by it; kept as written for saving."""

    xml: str
    reason: str

    @property
    def name(self) -> str:
        return QT_TRANSLATE_NOOP("Search", "Unknown grouping")

    def group_of(self, item: Item, ctx: SearchContext) -> Any:
        return None


@dataclass(frozen=True)
class PropertyGrouping(Grouping):
    ELEMENT: ClassVar[str] = "PropertyGrouping"
    prop: Prop

    @property
    def name(self) -> str:
        return PROPERTY_LABELS.get(self.prop, self.prop.value)

    def group_of(self, item: Item, ctx: SearchContext) -> Any:
        return value(self.prop, item, ctx)

    def reader(self, ctx: SearchContext) -> Callable[[Item], Any]:
        prop = self.prop
        if prop in ctx.remember:
            return lambda item: value(prop, item, ctx)
        read = ACCESSORS[prop]  # straight to the accessor, but servers that are not connected still go by value
        return lambda item: read(item, ctx) if item.cache is not None else value(prop, item, ctx)

    def relevant_query(self, query: QueryFilter | None) -> QueryFilter | None:
        return query.subquery_for(self.prop) if query is not None else None

    def group_label(self, group: Any, brand: str = "XenServer") -> str:
        kind = ENUM_KINDS.get(self.prop)
        if kind is not None:
            return kind.label(group, brand)
        if self.prop == Prop.os_name and group == UNKNOWN_OS:
            return translate("Search", UNKNOWN_OS)  # the value stays English: filters match it
        return value_label(group, brand)

    def drill_down(self, parent: Any, group: Any) -> QueryFilter | None:
        kind = ENUM_KINDS.get(self.prop)
        if kind is not None:
            return EnumPropertyQuery(self.prop, kind, group, True)
        if isinstance(group, str):
            if self.prop == Prop.tags:
                return StringListContainsQuery(self.prop, True, group)
            return ValuePropertyQuery(self.prop, group, True)
        return None


@dataclass(frozen=True)
class BoolGrouping(PropertyGrouping):
    """A yes/no property: the groups are named "Using read caching" / "Not using read caching"."""

    ELEMENT: ClassVar[str] = "BoolGrouping"

    def group_label(self, group: Any, brand: str = "XenServer") -> str:
        if group is False:
            return shown(FALSE_LABELS.get(self.prop, self.name))
        return shown(self.name)


@dataclass(frozen=True)
class XenModelObjectPropertyGrouping(PropertyGrouping):
    """Grouping by a related object (pool, host, network, SR, vApp, VM); those objects are groups themselves."""

    ELEMENT: ClassVar[str] = "XenModelObjectPropertyGrouping"
    MAKES_OBJECT_GROUPS: ClassVar[bool] = True
    target: str

    def belongs_as_group(self, item: Item) -> bool:
        if item.cls != self.target:
            return False
        return item.cls != "VM" or is_real_vm(item)  # snapshots are grouped under their VM, not groups


@dataclass(frozen=True)
class FolderGrouping(Grouping):
    """The folder tree: top-level folders are groups, everything else is filed under its folder path. Its
    subgrouping is never used (XenCenter shows folders' contents ungrouped)."""

    ELEMENT: ClassVar[str] = "FolderGrouping"
    MAKES_OBJECT_GROUPS: ClassVar[bool] = True

    @property
    def name(self) -> str:
        return QT_TRANSLATE_NOOP("Search", "Folder")

    def group_of(self, item: Item, ctx: SearchContext) -> Any:
        ancestors = value(Prop.folders, item, ctx)
        return tuple(reversed(ancestors)) if ancestors else None

    def belongs_as_group(self, item: Item) -> bool:
        return isinstance(item, Folder) and item.parent_path == "/"


@dataclass(frozen=True)
class CustomFieldGrouping(Grouping):
    ELEMENT: ClassVar[str] = "CustomFieldGrouping"
    definition: CustomFieldDefinition

    @property
    def name(self) -> str:
        return self.definition.name

    def group_of(self, item: Item, ctx: SearchContext) -> Any:
        return self.definition.value(item)

    def drill_down(self, parent: Any, group: Any) -> QueryFilter | None:
        if self.definition.is_date:
            return CustomFieldDateQuery(self.definition, group.date(), "exact")
        return CustomFieldQuery(self.definition, group, "exactmatch")


@dataclass(frozen=True)
class AllCustomFieldsGrouping(Grouping):
    """Every custom field: a group per field name holding a group per value (the Custom Fields view)."""

    ELEMENT: ClassVar[str] = "AllCustomFieldsGrouping"

    @property
    def name(self) -> str:
        return QT_TRANSLATE_NOOP("Search", "Custom Fields")

    def group_of(self, item: Item, ctx: SearchContext) -> Any:
        if item.cache is None:
            return None
        found = []
        for definition in ctx.server_fields(item.cache):
            field_value = definition.value(item)
            if field_value is not None:
                found.append((definition.name, field_value))
        return found
