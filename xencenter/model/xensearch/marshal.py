"""Reading and writing XenCenter's ``<Search>`` XML (major version 2, and the older 0/1 without a scope).

What a newer XenCenter may add degrades instead of failing: an element, a property or an enum value this
version does not know becomes an ``UnknownQuery`` / ``UnknownGrouping`` (no opinion, no grouping) that is
written back exactly as read, unknown scope types and ``<Search>`` attributes are kept too, and each such
part is listed in ``Search.warnings``. What cannot be meant any way (not XML, a missing attribute, a number
that is not one, a search version above 2) raises ``SearchXMLError`` naming the element and the problem.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from typing import Any

from xencenter.model.xensearch import dates
from xencenter.model.xensearch.addresses import Address
from xencenter.model.xensearch.customfields import TAG_NAME, TYPES, CustomFieldDefinition, definition_element
from xencenter.model.xensearch.dates import DATE_MATCH_TYPES
from xencenter.model.xensearch.grouping import (
    AllCustomFieldsGrouping,
    BoolGrouping,
    CustomFieldGrouping,
    FolderGrouping,
    Grouping,
    PropertyGrouping,
    UnknownGrouping,
    XenModelObjectPropertyGrouping,
)
from xencenter.model.xensearch.kinds import UnknownValue
from xencenter.model.xensearch.ordering import Sort
from xencenter.model.xensearch.properties import ENUM_KINDS, PROPERTY_TYPES, Prop
from xencenter.model.xensearch.queries import (
    GROUP_TYPES,
    INT_MATCH_TYPES,
    STRING_MATCH_TYPES,
    BooleanQuery,
    CustomFieldDateQuery,
    CustomFieldQuery,
    DatePropertyQuery,
    EnumPropertyQuery,
    GroupQuery,
    IntPropertyQuery,
    IPAddressQuery,
    ListEmptyQuery,
    NullQuery,
    QueryFilter,
    RecursiveXMOListPropertyQuery,
    RecursiveXMOPropertyQuery,
    StringListContainsQuery,
    StringPropertyQuery,
    UnknownQuery,
    ValuePropertyQuery,
    XenModelObjectListContainsNameQuery,
    XenModelObjectListContainsQuery,
    XenModelObjectPropertyQuery,
)
from xencenter.model.xensearch.scope import ObjectTypes, QueryScope
from xencenter.model.xensearch.search import Query, Search

MAJOR_VERSION, MINOR_VERSION = 2, 0
#: Classes a generic query or grouping can be made for over an object-valued property.
_OBJECT_CLASSES = frozenset({"pool", "host", "network", "SR", "VDI", "VM", "VM_appliance", "folder"})


class SearchXMLError(ValueError):
    """The text is not a search XenCenter could have written; the message says what is wrong and where."""


class _NotUnderstood(Exception):
    """A part of the search this version does not know (becomes an Unknown* element and a warning)."""


# ---- reading ------------------------------------------------------------------------------------------------


def _tag(node: ET.Element) -> str:
    return node.tag.rpartition("}")[2]


def _attr(node: ET.Element, name: str) -> str:
    text = node.get(name)
    if text is None:
        raise SearchXMLError(f"{_tag(node)}: attribute {name!r} is missing")
    return text


def _bool(node: ET.Element, name: str) -> bool:
    """XenCenter writes ``yes``/``no`` (older versions ``True``); anything else is no."""
    return _attr(node, name) in ("yes", "True")


def _choice(node: ET.Element, name: str, allowed: tuple[str, ...]) -> str:
    text = _attr(node, name)
    if text not in allowed:
        raise _NotUnderstood(f"{_tag(node)}: {name} {text!r} is not one of {', '.join(allowed)}")
    return text


def _int(node: ET.Element, name: str) -> int:
    text = _attr(node, name)
    try:
        return int(text.strip())
    except ValueError:
        raise SearchXMLError(f"{_tag(node)}: {name} {text!r} is not a whole number") from None


def _prop(node: ET.Element) -> Prop:
    name = _attr(node, "property")
    try:
        return Prop(name)
    except ValueError:
        raise _NotUnderstood(f"{_tag(node)}: property {name!r} is not one this version knows") from None


def _typed_prop(node: ET.Element, want: str) -> tuple[Prop, Any]:
    """The property of a generic element and the class it is made for (``want``: ``object`` or ``enum``)."""
    prop = _prop(node)
    target = PROPERTY_TYPES.get(prop)
    fits = target is not None and (prop in ENUM_KINDS if want == "enum" else
                                   target in _OBJECT_CLASSES if want == "object" else True)
    if not fits:
        raise _NotUnderstood(f"{_tag(node)}: property {prop.value!r} cannot be used with {_tag(node)}")
    return prop, target


def _definition(node: ET.Element) -> CustomFieldDefinition:
    child = next((c for c in node if _tag(c) == TAG_NAME), None)
    if child is None:
        raise SearchXMLError(f"{_tag(node)}: the {TAG_NAME} element is missing")
    kind = _attr(child, "type")
    if kind not in TYPES:
        raise _NotUnderstood(f"{TAG_NAME}: type {kind!r} is not String or Date")
    return CustomFieldDefinition(_attr(child, "name"), kind)


def _date(node: ET.Element, strict: bool) -> Any:
    try:
        return dates.parse_query_date(_attr(node, "query"), strict)
    except dates.DateFormatError as e:
        raise SearchXMLError(f"{_tag(node)}: {e}") from None


def _enum_query(node: ET.Element) -> QueryFilter:
    prop, _ = _typed_prop(node, "enum")
    kind = ENUM_KINDS[prop]
    text = _attr(node, "query")
    if prop == Prop.type and text == "SR":
        text = "RemoteSR"  # "type is SR" in old searches is "type is remote SR", as XenCenter reads it
    try:
        wanted = kind.parse(text)
    except UnknownValue as e:
        raise _NotUnderstood(f"EnumPropertyQuery: {e}") from None
    return EnumPropertyQuery(prop, kind, wanted, _bool(node, "equals"))


def _object_query(node: ET.Element) -> QueryFilter:
    prop, target = _typed_prop(node, "object")
    uuid = node.get("uuid")
    ref = _attr(node, "query") if uuid is None else None  # the oldest searches named the object by its ref
    return XenModelObjectPropertyQuery(prop, target, uuid or "", _bool(node, "equals"), ref)


def _list_contains(node: ET.Element, make: type, *more: str) -> QueryFilter:
    prop, target = _typed_prop(node, "object")
    extra = [_attr(node, name) if name != "type" else _choice(node, name, STRING_MATCH_TYPES) for name in more]
    return make(prop, _bool(node, "contains"), target, *extra)


def _subquery(node: ET.Element, warnings: list[str]) -> QueryFilter:
    children = list(node)
    if not children:
        raise SearchXMLError(f"{_tag(node)}: the inner query is missing")
    return _filter(children[0], warnings)


def _recursive(node: ET.Element, warnings: list[str], make: type) -> QueryFilter:
    prop, target = _typed_prop(node, "object")
    return make(prop, target, _subquery(node, warnings))


def _address(node: ET.Element) -> Address:
    text = _attr(node, "address")
    address = Address.parse(text, True, True)
    if address is None:
        raise SearchXMLError(f"IPAddressQuery: {text!r} is not an address")
    return address


_FILTERS: dict[str, Callable[[ET.Element, list[str]], QueryFilter]] = {
    "GroupQuery": lambda n, w: GroupQuery(_choice(n, "type", GROUP_TYPES), tuple(_filter(c, w) for c in n)),
    "CustomFieldQuery": lambda n, w: CustomFieldQuery(_definition(n), _attr(n, "query"),
                                                      _choice(n, "type", STRING_MATCH_TYPES)),
    "CustomFieldDateQuery": lambda n, w: CustomFieldDateQuery(_definition(n), _date(n, True),
                                                              _choice(n, "type", DATE_MATCH_TYPES)),
    "StringPropertyQuery": lambda n, w: StringPropertyQuery(_prop(n), _attr(n, "query"),
                                                            _choice(n, "type", STRING_MATCH_TYPES),
                                                            _bool(n, "casesensitive")),
    "DatePropertyQuery": lambda n, w: DatePropertyQuery(_prop(n), _date(n, False),
                                                        _choice(n, "type", DATE_MATCH_TYPES)),
    "EnumPropertyQuery": lambda n, w: _enum_query(n),
    "ValuePropertyQuery": lambda n, w: ValuePropertyQuery(_prop(n), _attr(n, "query"), _bool(n, "equals")),
    "XenModelObjectPropertyQuery": lambda n, w: _object_query(n),
    "XenModelObjectListContainsQuery": lambda n, w: _list_contains(n, XenModelObjectListContainsQuery, "uuid"),
    "XenModelObjectListContainsNameQuery": lambda n, w: _list_contains(n, XenModelObjectListContainsNameQuery,
                                                                       "query", "type"),
    "StringListContainsQuery": lambda n, w: StringListContainsQuery(_prop(n), _bool(n, "contains"),
                                                                    _attr(n, "query")),
    "ListEmptyQuery": lambda n, w: ListEmptyQuery(_typed_prop(n, "any")[0], _bool(n, "empty")),
    "IPAddressQuery": lambda n, w: IPAddressQuery(_prop(n), _bool(n, "contains"), _address(n)),
    "BooleanQuery": lambda n, w: BooleanQuery(_prop(n), _bool(n, "query")),
    "NullQuery": lambda n, w: NullQuery(*_typed_prop(n, "object"), _bool(n, "query")),
    "IntPropertyQuery": lambda n, w: IntPropertyQuery(_prop(n), _int(n, "query"),
                                                      _choice(n, "type", INT_MATCH_TYPES)),
    "RecursiveXMOPropertyQuery": lambda n, w: _recursive(n, w, RecursiveXMOPropertyQuery),
    "RecursiveXMOListPropertyQuery": lambda n, w: _recursive(n, w, RecursiveXMOListPropertyQuery),
}


def _understood(node: ET.Element, readers: dict[str, Callable[..., Any]], what: str, *args: Any) -> tuple[Any, str]:
    """``(readers[tag](node, *args), "")``, or ``(None, reason)`` when this version does not understand it."""
    read = readers.get(_tag(node))
    try:
        if read is None:
            raise _NotUnderstood(f"{_tag(node)} is not a {what} this version knows")
        return read(node, *args), ""
    except _NotUnderstood as e:
        return None, str(e)


def _filter(node: ET.Element, warnings: list[str]) -> QueryFilter:
    found, reason = _understood(node, _FILTERS, "query", warnings)
    if reason:
        warnings.append(f"{reason}: ignored")
        return UnknownQuery(ET.tostring(node, encoding="unicode"), reason)
    return found


def _first_subgrouping(node: ET.Element, warnings: list[str]) -> Grouping | None:
    """XenCenter's rule: the first child (other than a custom field definition) that is a grouping."""
    for child in node:
        if _tag(child) != TAG_NAME:
            return _grouping(child, warnings)
    return None


_GROUPINGS: dict[str, Callable[[ET.Element, Grouping | None], Grouping]] = {
    "PropertyGrouping": lambda n, sub: PropertyGrouping(_typed_prop(n, "any")[0], subgrouping=sub),
    "BoolGrouping": lambda n, sub: BoolGrouping(_prop(n), subgrouping=sub),  # not generic: any property
    "XenModelObjectPropertyGrouping": lambda n, sub: XenModelObjectPropertyGrouping(
        *_typed_prop(n, "object"), subgrouping=sub),
    "FolderGrouping": lambda n, sub: FolderGrouping(subgrouping=sub),
    "CustomFieldGrouping": lambda n, sub: CustomFieldGrouping(_definition(n), subgrouping=sub),
    "AllCustomFieldsGrouping": lambda n, sub: AllCustomFieldsGrouping(subgrouping=sub),
}


def _grouping(node: ET.Element, warnings: list[str]) -> Grouping:
    sub = _first_subgrouping(node, warnings)
    found, reason = _understood(node, _GROUPINGS, "grouping", sub)
    if reason:
        warnings.append(f"{reason}: not grouped by it")
        return UnknownGrouping(ET.tostring(node, encoding="unicode"), reason, subgrouping=sub)
    return found


def _scope(node: ET.Element, warnings: list[str]) -> QueryScope:
    types, unknown = ObjectTypes.NONE, []
    for child in node:
        name = _tag(child)
        if name == "NONE" or name.startswith("ALL"):
            continue
        member = ObjectTypes.__members__.get(name)
        if member is None or not member:
            warnings.append(f"QueryScope: {name!r} is not an object type this version knows: ignored")
            unknown.append(name)
        else:
            types |= member
    return QueryScope(types, tuple(unknown))


def _query(node: ET.Element, warnings: list[str]) -> Query:
    scope, found = None, None
    for child in node:
        if _tag(child) == "QueryScope":
            scope = _scope(child, warnings)
        else:
            found = _filter(child, warnings)
    if scope is None:
        raise SearchXMLError("Query: the QueryScope element is missing")
    return Query(scope, found)


def _columns(node: ET.Element) -> tuple[tuple[str, int], ...]:
    columns = []
    for child in node:
        name, width = _attr(child, "name"), child.get("width", "")
        if name == "state":
            continue  # a column XenCenter removed
        try:
            columns.append((name, abs(int(width))))
        except ValueError:
            continue  # XenCenter skips a column whose width is not a number
    return tuple(columns)


def _sorting(node: ET.Element) -> tuple[Sort, ...]:
    return tuple(Sort(_attr(child, "column"), _bool(child, "ascending")) for child in node)


def search_from_element(node: ET.Element) -> Search:
    """A ``<Search>`` element as a Search."""
    warnings: list[str] = []
    major = _int(node, "major_version")
    if major > MAJOR_VERSION:
        raise SearchXMLError(f"Search: version {major} was written by a newer XenCenter "
                             f"(this version reads up to {MAJOR_VERSION})")
    children = list(node)
    if not children:
        raise SearchXMLError("Search: the Query element is missing")
    if major >= 2:
        if _tag(children[0]) != "Query":
            raise SearchXMLError(f"Search: the first element is {_tag(children[0])}, not Query")
        query = _query(children[0], warnings)
    else:
        query = Query(QueryScope(), _filter(children[0], warnings))
    grouping, columns = None, None
    sorting: tuple[Sort, ...] = ()
    for child in children[1:]:
        name = _tag(child)
        if name == "columns":
            columns = _columns(child)
        elif name == "sorting":
            sorting = _sorting(child)
        else:
            grouping = _grouping(child, warnings)
    known = {"uuid", "name", "major_version", "minor_version"}
    extra = tuple((k, v) for k, v in node.attrib.items() if k not in known)
    return Search(query, grouping, node.get("name", ""), node.get("uuid") or None, columns, sorting,
                  extra_attributes=extra, warnings=tuple(warnings))


def _document(xml: str) -> ET.Element:
    if "<!ENTITY" in xml:
        raise SearchXMLError("the XML declares entities, which a search never has")
    try:
        return ET.fromstring(xml)
    except ET.ParseError as e:
        raise SearchXMLError(f"not well-formed XML ({e})") from None


def parse_search(xml: str) -> Search:
    """One search from the XML of a ``<Search>`` element (what a pool's ``gui_config`` holds)."""
    root = _document(xml)
    if _tag(root) not in ("Search", "search"):
        raise SearchXMLError(f"the root element is {_tag(root)}, not Search")
    return search_from_element(root)


def parse_searches(xml: str) -> list[Search]:
    """The searches in a document: one ``<Search>``, or XenCenter's ``<Searches>`` export file."""
    root = _document(xml)
    if _tag(root) in ("Search", "search"):
        return [search_from_element(root)]
    if _tag(root) != "Searches":
        raise SearchXMLError(f"the root element is {_tag(root)}, neither Search nor Searches")
    return [search_from_element(child) for child in root if _tag(child) in ("Search", "search")]


# ---- writing ------------------------------------------------------------------------------------------------


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _element(tag: str, *attributes: tuple[str, str], children: Sequence[ET.Element] = ()) -> ET.Element:
    node = ET.Element(tag, dict(attributes))
    node.extend(children)
    return node


def filter_element(f: QueryFilter) -> ET.Element:
    """A filter as XenCenter writes it (attributes in its order)."""
    if isinstance(f, UnknownQuery):
        return ET.fromstring(f.xml)
    if isinstance(f, GroupQuery):
        return _element(f.ELEMENT, ("type", f.type), children=[filter_element(s) for s in f.subqueries])
    if isinstance(f, (CustomFieldQuery, CustomFieldDateQuery)):
        query = f.query if isinstance(f, CustomFieldQuery) else dates.write_query_date(f.query)
        return _element(f.ELEMENT, ("query", query or ""), ("type", f.type),
                        children=[definition_element(f.definition)])
    prop = ("property", f.prop.value)  # type: ignore[attr-defined]
    if isinstance(f, StringPropertyQuery):
        return _element(f.ELEMENT, prop, ("casesensitive", _yes(f.case_sensitive)), ("query", f.query),
                        ("type", f.type))
    if isinstance(f, DatePropertyQuery):
        return _element(f.ELEMENT, prop, ("query", dates.write_query_date(f.query)), ("type", f.type))
    if isinstance(f, EnumPropertyQuery):
        return _element(f.ELEMENT, prop, ("equals", _yes(f.equals)), ("query", f.kind.write(f.query)))
    if isinstance(f, ValuePropertyQuery):
        return _element(f.ELEMENT, prop, ("equals", _yes(f.equals)), ("query", f.query))
    if isinstance(f, XenModelObjectPropertyQuery):
        named = ("query", f.ref) if f.ref is not None else ("uuid", f.uuid)
        return _element(f.ELEMENT, prop, ("equals", _yes(f.equals)), named)
    if isinstance(f, XenModelObjectListContainsQuery):
        return _element(f.ELEMENT, prop, ("contains", _yes(f.contains)), ("uuid", f.uuid))
    if isinstance(f, XenModelObjectListContainsNameQuery):
        return _element(f.ELEMENT, prop, ("contains", _yes(f.contains)), ("query", f.query), ("type", f.type))
    if isinstance(f, StringListContainsQuery):
        return _element(f.ELEMENT, prop, ("contains", _yes(f.contains)), ("query", f.query))
    if isinstance(f, IPAddressQuery):
        return _element(f.ELEMENT, prop, ("contains", _yes(f.contains)), ("address", str(f.address)))
    if isinstance(f, ListEmptyQuery):
        return _element(f.ELEMENT, prop, ("empty", _yes(f.empty)))
    if isinstance(f, (BooleanQuery, NullQuery)):
        return _element(f.ELEMENT, prop, ("query", _yes(f.query)))
    if isinstance(f, IntPropertyQuery):
        return _element(f.ELEMENT, prop, ("query", str(f.query)), ("type", f.type))
    if isinstance(f, (RecursiveXMOPropertyQuery, RecursiveXMOListPropertyQuery)):
        return _element(f.ELEMENT, prop, children=[filter_element(f.subquery)])
    raise TypeError(f"cannot write {type(f).__name__}")


def grouping_element(g: Grouping) -> ET.Element:
    if isinstance(g, UnknownGrouping):
        return ET.fromstring(g.xml)
    attributes = (("property", g.prop.value),) if isinstance(g, PropertyGrouping) else ()
    node = _element(g.ELEMENT, *attributes)
    if g.subgrouping is not None:
        node.append(grouping_element(g.subgrouping))
    if isinstance(g, CustomFieldGrouping):
        node.append(definition_element(g.definition))
    return node


def search_element(search: Search) -> ET.Element:
    node = _element("Search", ("uuid", search.uuid or ""), ("name", search.name),
                    ("major_version", str(MAJOR_VERSION)), ("minor_version", str(MINOR_VERSION)),
                    *search.extra_attributes)
    scope = _element("QueryScope", children=[ET.Element(name) for name in search.query.scope.element_names])
    query = _element("Query", children=[scope])
    if search.query.filter is not None:
        query.append(filter_element(search.query.filter))
    node.append(query)
    if search.grouping is not None:
        node.append(grouping_element(search.grouping))
    if search.columns is not None:
        node.append(_element("columns", children=[_element("column", ("name", name), ("width", str(width)))
                                                  for name, width in search.columns]))
    node.append(_element("sorting", children=[_element("sort", ("column", s.column), ("ascending", _yes(s.ascending)))
                                              for s in search.sorting]))
    return node


def search_xml(search: Search) -> str:
    """The XML XenCenter stores for a search (``Search.GetXML``: one ``<Search>`` element, no declaration)."""
    return ET.tostring(search_element(search), encoding="unicode")
