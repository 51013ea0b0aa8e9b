"""XenCenter's query filters (``QueryTypes.cs``): which objects a search keeps.

``match`` answers True, False or None ("no opinion", e.g. a filter a newer XenCenter wrote that this version
does not understand); a search keeps an object unless its filter says False. Groups combine their members'
answers XenCenter's way (And: any False is False, else True if any True; Or the mirror; Nor: any True is
False, else True if any False). A property query over a property whose value does not fit it (a string
query over a list, any query over a property that does not apply to the object) says False.

Queries are frozen dataclasses, so parsed searches compare by value (``==``) and can be dictionary keys.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.model.xensearch import dates
from xencenter.model.xensearch.addresses import Address
from xencenter.model.xensearch.customfields import CustomFieldDefinition
from xencenter.model.xensearch.items import item_name
from xencenter.model.xensearch.kinds import EnumKind
from xencenter.model.xensearch.properties import SHAPES, Prop, value

if TYPE_CHECKING:
    from xencenter.model.xensearch.context import SearchContext
    from xencenter.model.xensearch.items import Item

STRING_MATCH_TYPES = ("exactmatch", "contains", "startswith", "endswith", "notcontain")
INT_MATCH_TYPES = ("exactmatch", "gt", "lt")
GROUP_TYPES = ("And", "Or", "Nor")


def match_string(candidate: str, query: str | None, kind: str, case_sensitive: bool) -> bool:
    """XenCenter's ``StringPropertyQuery.MatchString``: an empty query matches everything."""
    if not query:
        return True
    if not case_sensitive:
        candidate, query = candidate.lower(), query.lower()
    if kind == "contains":
        return query in candidate
    if kind == "startswith":
        return candidate.startswith(query)
    if kind == "endswith":
        return candidate.endswith(query)
    if kind == "exactmatch":
        return candidate == query
    if kind == "notcontain":
        return query not in candidate
    return False


class QueryFilter:
    """Base of every filter."""

    ELEMENT: ClassVar[str] = ""

    def match(self, item: Item, ctx: SearchContext) -> bool | None:
        raise NotImplementedError

    def subquery_for(self, prop: Prop) -> QueryFilter | None:
        """XenCenter's ``GetSubQueryFor``: the part of this filter about one property (to filter group objects)."""
        return None


@dataclass(frozen=True)
class UnknownQuery(QueryFilter):
    """An element this version does not understand, kept as written so that saving the search keeps it."""

    xml: str
    reason: str

    def match(self, item: Item, ctx: SearchContext) -> bool | None:
        return None


@dataclass(frozen=True)
class GroupQuery(QueryFilter):
    ELEMENT: ClassVar[str] = "GroupQuery"
    type: str  # And, Or, Nor
    subqueries: tuple[QueryFilter, ...]

    def match(self, item: Item, ctx: SearchContext) -> bool | None:
        result: bool | None = None
        kind = self.type
        for sub in self.subqueries:
            answer = sub.match(item, ctx)
            if answer is None:
                continue
            if kind == "And":
                if not answer:
                    return False
                result = True
            elif kind == "Or":
                if answer:
                    return True
                result = False
            elif kind == "Nor":
                if answer:
                    return False
                result = True
        return result

    def subquery_for(self, prop: Prop) -> QueryFilter | None:
        parts = tuple(q for q in (s.subquery_for(prop) for s in self.subqueries) if q is not None)
        return GroupQuery(self.type, parts) if parts else None


@dataclass(frozen=True)
class CustomFieldQuery(QueryFilter):
    """A text custom field (XenCenter's name for it predates date fields)."""

    ELEMENT: ClassVar[str] = "CustomFieldQuery"
    definition: CustomFieldDefinition
    query: str | None
    type: str

    def match(self, item: Item, ctx: SearchContext) -> bool | None:
        field_value = self.definition.value(item)
        if not isinstance(field_value, str):
            return False
        return match_string(field_value, self.query, self.type, False)


@dataclass(frozen=True)
class CustomFieldDateQuery(QueryFilter):
    ELEMENT: ClassVar[str] = "CustomFieldDateQuery"
    definition: CustomFieldDefinition
    query: date
    type: str

    def match(self, item: Item, ctx: SearchContext) -> bool | None:
        field_value = self.definition.value(item)
        if isinstance(field_value, str) or field_value is None:
            return False
        return dates.match_date(dates.local_day(field_value, ctx.options.tz), self.query, self.type, ctx.today)


@dataclass(frozen=True)
class PropertyQuery(QueryFilter):
    """A filter on one property; ``EXPECTS`` is the value shape it reads (see ``properties.SHAPES``)."""

    prop: Prop
    #: Whether a value that does not fit (or is None) answers False before ``match_value`` sees it.
    NULL_PROTECT: ClassVar[bool] = True

    def expects(self) -> tuple[str, Any]:
        raise NotImplementedError

    @functools.cached_property
    def fits(self) -> bool:
        """The property holds what this query reads (worked out once: a run asks for every object)."""
        return SHAPES[self.prop] == self.expects()

    def match(self, item: Item, ctx: SearchContext) -> bool | None:
        found = value(self.prop, item, ctx) if self.fits else None
        if found is None and self.NULL_PROTECT:
            return False
        return self.match_value(found, ctx)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        raise NotImplementedError

    def subquery_for(self, prop: Prop) -> QueryFilter | None:
        return self if prop == self.prop else None


@dataclass(frozen=True)
class StringPropertyQuery(PropertyQuery):
    ELEMENT: ClassVar[str] = "StringPropertyQuery"
    query: str
    type: str
    case_sensitive: bool

    def expects(self) -> tuple[str, Any]:
        return ("one", str)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        return match_string(found, self.query, self.type, self.case_sensitive)


@dataclass(frozen=True)
class DatePropertyQuery(PropertyQuery):
    ELEMENT: ClassVar[str] = "DatePropertyQuery"
    query: date
    type: str

    def expects(self) -> tuple[str, Any]:
        return ("one", datetime)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        return dates.match_date(dates.local_day(found, ctx.options.tz), self.query, self.type, ctx.today)


@dataclass(frozen=True)
class EnumPropertyQuery(PropertyQuery):
    ELEMENT: ClassVar[str] = "EnumPropertyQuery"
    kind: EnumKind
    query: Any
    equals: bool

    def expects(self) -> tuple[str, Any]:
        return SHAPES[self.prop]  # made for the property's own enum (the XML names no other)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        return (found == self.query) == self.equals


@dataclass(frozen=True)
class ValuePropertyQuery(PropertyQuery):
    ELEMENT: ClassVar[str] = "ValuePropertyQuery"
    query: str
    equals: bool

    def expects(self) -> tuple[str, Any]:
        return ("one", str)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        return (found == self.query) == self.equals


@dataclass(frozen=True)
class XenModelObjectPropertyQuery(PropertyQuery):
    """The property is one given object, by UUID (``invalid`` when the object was gone when saved; the oldest
    searches name it by ``ref`` instead)."""

    ELEMENT: ClassVar[str] = "XenModelObjectPropertyQuery"
    target: str  # the class the property holds
    uuid: str
    equals: bool
    ref: str | None = None

    def expects(self) -> tuple[str, Any]:
        return ("one", self.target)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        uuid = ctx.uuid_of_ref(self.target, self.ref) if self.ref is not None else self.uuid
        if not uuid or not ctx.uuid_exists(uuid):
            return False  # XenCenter resolved the object when loading: a missing one matches nothing
        return (found.uuid == uuid) == self.equals


@dataclass(frozen=True)
class ListContainsQuery(PropertyQuery):
    contains: bool

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        return self.contains == any(self.match_item(x) for x in found)

    def match_item(self, entry: Any) -> bool:
        raise NotImplementedError


@dataclass(frozen=True)
class XenModelObjectListContainsQuery(ListContainsQuery):
    ELEMENT: ClassVar[str] = "XenModelObjectListContainsQuery"
    target: str
    uuid: str

    def expects(self) -> tuple[str, Any]:
        return ("list", self.target)

    def match_item(self, entry: Any) -> bool:
        return entry is not None and entry.uuid == self.uuid


@dataclass(frozen=True)
class XenModelObjectListContainsNameQuery(ListContainsQuery):
    ELEMENT: ClassVar[str] = "XenModelObjectListContainsNameQuery"
    target: str
    query: str
    type: str

    def expects(self) -> tuple[str, Any]:
        return ("list", self.target)

    def match_item(self, entry: Any) -> bool:
        return match_string(item_name(entry) if entry is not None else "", self.query, self.type, False)


@dataclass(frozen=True)
class StringListContainsQuery(ListContainsQuery):
    ELEMENT: ClassVar[str] = "StringListContainsQuery"
    query: str

    def expects(self) -> tuple[str, Any]:
        return ("list", str)

    def match_item(self, entry: Any) -> bool:
        return entry == self.query


@dataclass(frozen=True)
class IPAddressQuery(ListContainsQuery):
    ELEMENT: ClassVar[str] = "IPAddressQuery"
    address: Address

    def expects(self) -> tuple[str, Any]:
        return ("list", Address)

    def match_item(self, entry: Any) -> bool:
        return self.address.matches(entry)


@dataclass(frozen=True)
class ListEmptyQuery(PropertyQuery):
    ELEMENT: ClassVar[str] = "ListEmptyQuery"
    empty: bool

    def expects(self) -> tuple[str, Any]:
        return SHAPES[self.prop] if SHAPES[self.prop][0] == "list" else ("list", None)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        return (len(found) == 0) == self.empty


@dataclass(frozen=True)
class BooleanQuery(PropertyQuery):
    ELEMENT: ClassVar[str] = "BooleanQuery"
    query: bool

    def expects(self) -> tuple[str, Any]:
        return ("one", bool)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        return found == self.query


@dataclass(frozen=True)
class NullQuery(PropertyQuery):
    """Whether the property (an object) is absent: ``query`` yes = "has none"."""

    ELEMENT: ClassVar[str] = "NullQuery"
    NULL_PROTECT: ClassVar[bool] = False
    target: str
    query: bool

    def expects(self) -> tuple[str, Any]:
        return ("one", self.target)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        return (found is None) == self.query


@dataclass(frozen=True)
class IntPropertyQuery(PropertyQuery):
    ELEMENT: ClassVar[str] = "IntPropertyQuery"
    query: int
    type: str

    def expects(self) -> tuple[str, Any]:
        return ("one", int)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        if self.type == "exactmatch":
            return found == self.query
        if self.type == "gt":
            return found > self.query
        if self.type == "lt":
            return found < self.query
        return False


@dataclass(frozen=True)
class RecursiveXMOPropertyQuery(PropertyQuery):
    """The filter ``subquery`` holds for the related object (the VM's pool, the object's folder...)."""

    ELEMENT: ClassVar[str] = "RecursiveXMOPropertyQuery"
    target: str
    subquery: QueryFilter

    def expects(self) -> tuple[str, Any]:
        return ("one", self.target)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        return ctx.related_match(self.subquery, found)


@dataclass(frozen=True)
class RecursiveXMOListPropertyQuery(PropertyQuery):
    """``subquery`` holds for any of the related objects; False when there are none, None when every answer
    was None."""

    ELEMENT: ClassVar[str] = "RecursiveXMOListPropertyQuery"
    target: str
    subquery: QueryFilter

    def expects(self) -> tuple[str, Any]:
        return ("list", self.target)

    def match_value(self, found: Any, ctx: SearchContext) -> bool | None:
        seen_false = seen_none = False
        for related in found:
            if related is None:
                continue
            answer = ctx.related_match(self.subquery, related)
            if answer:
                return True
            if answer is None:
                seen_none = True
            else:
                seen_false = True
        if seen_false:
            return False
        return None if seen_none else False
