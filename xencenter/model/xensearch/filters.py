"""The query builder's vocabulary (XenCenter's ``QueryElement`` query types), without Qt.

Each ``FilterType`` is one entry of a filter row's first drop-down ("Name", "Power state", "Pool", "All of the
following:"): which searched types it applies to, its operators (the second drop-down: "contains", "is not"...),
which value editor an operator takes (text, a choice, a date, a number with units, an object), and how it makes
a filter from them (``make``) and reads one back (``matches``, ``read``). Groups ("All of" / "Any of" / "None
of") hold rows; parent-child types ("Pool", "Server", "Parent folder") hold one row about the related object.

The list, its order, its separators (``group``) and ``wanted`` (which types a scope offers) are XenCenter's;
``make`` writes exactly the filters XenCenter's builder writes. Filters no type reads (old-style ones such as
"Network uses ...", or ones a newer XenCenter wrote) are kept as they are (``KEPT``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.model.xensearch.addresses import Address
from xencenter.model.xensearch.customfields import CustomFieldDefinition
from xencenter.model.xensearch.kinds import (
    HA_PRIORITY,
    OBJECT_TYPE,
    POWER_STATE,
    SR_TYPE,
    VIRTUALIZATION,
    EnumKind,
    HaRestartPriority,
)
from xencenter.model.xensearch.properties import PROPERTY_LABELS, PROPERTY_TYPES, Prop
from xencenter.model.xensearch.queries import (
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
    ValuePropertyQuery,
)
from xencenter.model.xensearch.scope import ALL_EXC_FOLDERS, ALL_INC_FOLDERS, ObjectTypes

# The value editors a row shows after its operator.
TEXT, CHOICE, DATE, NUMBER, OBJECT = "text", "choice", "date", "number", "object"
# Categories: a row about the object itself, about a related object (one inline sub-row), a group of rows.
SINGLE, PARENT_CHILD, GROUP = "single", "parent_child", "group"

#: The operators' words (what the drop-down shows, in English, shown through ``kinds.shown``) and their XML codes.
_STRING_OPERATORS = ((QT_TRANSLATE_NOOP("Search", "contains"), "contains"),
                     (QT_TRANSLATE_NOOP("Search", "does not contain"), "notcontain"),
                     (QT_TRANSLATE_NOOP("Search", "starts with"), "startswith"),
                     (QT_TRANSLATE_NOOP("Search", "ends with"), "endswith"),
                     (QT_TRANSLATE_NOOP("Search", "exactly matches"), "exactmatch"))
_DATE_OPERATORS = ((QT_TRANSLATE_NOOP("Search", "is today"), "today"),
                   (QT_TRANSLATE_NOOP("Search", "was yesterday"), "yesterday"),
                   (QT_TRANSLATE_NOOP("Search", "is this week"), "thisweek"),
                   (QT_TRANSLATE_NOOP("Search", "was last week"), "lastweek"),
                   (QT_TRANSLATE_NOOP("Search", "is before"), "before"),
                   (QT_TRANSLATE_NOOP("Search", "is after"), "after"),
                   (QT_TRANSLATE_NOOP("Search", "exactly matches"), "exact"))
_DATE_PICKED = frozenset({"before", "after", "exact"})
_NUMBER_OPERATORS = ((QT_TRANSLATE_NOOP("Search", "bigger than"), "gt"),
                     (QT_TRANSLATE_NOOP("Search", "smaller than"), "lt"),
                     (QT_TRANSLATE_NOOP("Search", "is exactly"), "exactmatch"))
IS, IS_NOT = QT_TRANSLATE_NOOP("Search", "is"), QT_TRANSLATE_NOOP("Search", "is not")
TRUE, FALSE = "True", "False"
MEGABYTE, GIGABYTE = 1 << 20, 1 << 30


def _code(pairs: Sequence[tuple[str, str]], operator: str) -> str:
    return dict(pairs).get(operator, pairs[0][1])


def _word(pairs: Sequence[tuple[str, str]], code: str) -> str:
    return next((word for word, c in pairs if c == code), pairs[0][0])


@dataclass(frozen=True, eq=False)
class FilterType:
    """One entry of the filter drop-down. ``applies_to``: the searched types it is offered for (a scope must
    want only these); ``sub_scope``: what a parent-child row's sub-row is about."""

    label: str
    group: int
    applies_to: ObjectTypes
    category: ClassVar[str] = SINGLE
    sub_scope: ObjectTypes | None = None

    def operators(self) -> tuple[str, ...]:
        return ()

    def editor(self, operator: str) -> str | None:
        return None

    def units(self, operator: str) -> str:
        return ""

    def default_value(self, operator: str, choices: Sequence[tuple[str, Any]]) -> Any:
        editor = self.editor(operator)
        if editor == TEXT:
            return ""
        if editor == DATE:
            return date.today()
        if editor == NUMBER:
            return 0
        return next((value for _, value in choices if value is not None), None)

    def matches(self, f: QueryFilter) -> bool:
        raise NotImplementedError

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        """(operator, value) of a filter this type ``matches``."""
        return "", None

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        """The filter of a row (None: the row is not complete, so it filters nothing)."""
        raise NotImplementedError


@dataclass(frozen=True, eq=False)
class DummyType(FilterType):
    """"Select a filter...": a row that does not filter (never offered in the drop-down)."""

    def matches(self, f: QueryFilter) -> bool:
        return False

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return None


@dataclass(frozen=True, eq=False)
class GroupType(FilterType):
    category: ClassVar[str] = GROUP
    kind: str = "And"

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, GroupQuery) and f.type == self.kind

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return GroupQuery(self.kind, tuple(c for c in children if c is not None))


@dataclass(frozen=True, eq=False)
class PropertyType(FilterType):
    prop: Prop = Prop.label


@dataclass(frozen=True, eq=False)
class StringType(PropertyType):
    pairs: tuple[tuple[str, str], ...] = _STRING_OPERATORS

    def operators(self) -> tuple[str, ...]:
        return tuple(word for word, _ in self.pairs)

    def editor(self, operator: str) -> str | None:
        return TEXT

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, StringPropertyQuery) and f.prop == self.prop

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        return _word(self.pairs, f.type), f.query  # type: ignore[attr-defined]

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return StringPropertyQuery(self.prop, value or "", _code(self.pairs, operator), False)


@dataclass(frozen=True, eq=False)
class UuidType(PropertyType):
    """"Is" an object chosen from a list (only as the sub-row of a parent-child row)."""

    prop: Prop = Prop.uuid

    def editor(self, operator: str) -> str | None:
        return OBJECT

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, StringPropertyQuery) and f.prop == Prop.uuid and f.type == "exactmatch" \
            and f.case_sensitive

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        return "", f.query  # type: ignore[attr-defined]

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return StringPropertyQuery(Prop.uuid, value, "exactmatch", True) if value else None


@dataclass(frozen=True, eq=False)
class AddressType(PropertyType):
    def operators(self) -> tuple[str, ...]:
        return (IS,)

    def editor(self, operator: str) -> str | None:
        return TEXT

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, IPAddressQuery) and f.prop == self.prop

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        return IS, str(f.address)  # type: ignore[attr-defined]

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        address = Address.parse(value or "", True, True)
        return IPAddressQuery(self.prop, True, address) if address is not None else None


@dataclass(frozen=True, eq=False)
class DateType(PropertyType):
    def operators(self) -> tuple[str, ...]:
        return tuple(word for word, _ in _DATE_OPERATORS)

    def editor(self, operator: str) -> str | None:
        return DATE if _code(_DATE_OPERATORS, operator) in _DATE_PICKED else None

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, DatePropertyQuery) and f.prop == self.prop

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        return _word(_DATE_OPERATORS, f.type), f.query  # type: ignore[attr-defined]

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return DatePropertyQuery(self.prop, value or date.today(), _code(_DATE_OPERATORS, operator))


@dataclass(frozen=True, eq=False)
class EnumType(PropertyType):
    kind: EnumKind = POWER_STATE
    values: tuple[Any, ...] | None = None  # the values offered (None: every value of the kind)

    def operators(self) -> tuple[str, ...]:
        return (IS, IS_NOT)

    def editor(self, operator: str) -> str | None:
        return CHOICE

    def entries(self, brand: str = "XenServer") -> list[tuple[str, Any]]:
        values = self.values if self.values is not None else tuple(self.kind.labels)
        return [(self.kind.label(v, brand), v) for v in values]

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, EnumPropertyQuery) and f.prop == self.prop

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        return (IS if f.equals else IS_NOT), f.query  # type: ignore[attr-defined]

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return EnumPropertyQuery(self.prop, self.kind, value, operator != IS_NOT) if value is not None else None


@dataclass(frozen=True, eq=False)
class ValueType(PropertyType):
    """One of the values the servers' objects have (the operating systems of the VMs)."""

    def operators(self) -> tuple[str, ...]:
        return (IS, IS_NOT)

    def editor(self, operator: str) -> str | None:
        return CHOICE

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, ValuePropertyQuery) and f.prop == self.prop

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        return (IS if f.equals else IS_NOT), f.query  # type: ignore[attr-defined]

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return ValuePropertyQuery(self.prop, value, operator != IS_NOT) if value is not None else None


@dataclass(frozen=True, eq=False)
class BoolType(PropertyType):
    def operators(self) -> tuple[str, ...]:
        return (IS,)

    def editor(self, operator: str) -> str | None:
        return CHOICE

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, BooleanQuery) and f.prop == self.prop

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        return IS, f.query  # type: ignore[attr-defined]

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return BooleanQuery(self.prop, value is not False)


@dataclass(frozen=True, eq=False)
class NullType(PropertyType):
    """"Is standalone", "Is in a pool", "Not in any folder": no further choice."""

    is_null: bool = True

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, NullQuery) and f.prop == self.prop and f.query == self.is_null

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return NullQuery(self.prop, PROPERTY_TYPES[self.prop], self.is_null)


@dataclass(frozen=True, eq=False)
class SizeType(PropertyType):
    """A number of bytes given in MB or GB ("Memory bigger than 1024 MB")."""

    unit: str = "MB"
    multiplier: int = MEGABYTE

    def operators(self) -> tuple[str, ...]:
        return tuple(word for word, _ in _NUMBER_OPERATORS)

    def editor(self, operator: str) -> str | None:
        return NUMBER

    def units(self, operator: str) -> str:
        return self.unit

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, IntPropertyQuery) and f.prop == self.prop

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        return _word(_NUMBER_OPERATORS, f.type), f.query // self.multiplier  # type: ignore[attr-defined]

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return IntPropertyQuery(self.prop, int(value or 0) * self.multiplier, _code(_NUMBER_OPERATORS, operator))


@dataclass(frozen=True, eq=False)
class TagType(PropertyType):
    prop: Prop = Prop.tags
    _CHOSEN: ClassVar[tuple[str, str]] = (QT_TRANSLATE_NOOP("Search", "contains"), QT_TRANSLATE_NOOP("Search", "does not contain"))

    def operators(self) -> tuple[str, ...]:
        return (*self._CHOSEN, QT_TRANSLATE_NOOP("Search", "are empty"), QT_TRANSLATE_NOOP("Search", "are not empty"))

    def editor(self, operator: str) -> str | None:
        return CHOICE if operator in self._CHOSEN else None

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, (StringListContainsQuery, ListEmptyQuery)) and f.prop == Prop.tags

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        if isinstance(f, ListEmptyQuery):
            return ("are empty" if f.empty else "are not empty"), None
        return ("contains" if f.contains else "does not contain"), f.query  # type: ignore[attr-defined]

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        if operator in ("are empty", "are not empty"):
            return ListEmptyQuery(Prop.tags, operator == "are empty")
        return StringListContainsQuery(Prop.tags, operator == "contains", value) if value else None


@dataclass(frozen=True, eq=False)
class RelatedType(PropertyType):
    """A parent-child row: the related object (the pool, a server, the parent folder) matches the sub-row."""

    category: ClassVar[str] = PARENT_CHILD
    many: bool = False

    def matches(self, f: QueryFilter) -> bool:
        wanted = RecursiveXMOListPropertyQuery if self.many else RecursiveXMOPropertyQuery
        return type(f) is wanted and f.prop == self.prop

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        sub = children[0] if children else None
        if sub is None:
            return None  # XenCenter would write an element without its inner query, which nothing can read
        make = RecursiveXMOListPropertyQuery if self.many else RecursiveXMOPropertyQuery
        return make(self.prop, PROPERTY_TYPES[self.prop], sub)


@dataclass(frozen=True, eq=False)
class CustomFieldType(FilterType):
    definition: CustomFieldDefinition = CustomFieldDefinition("")

    def operators(self) -> tuple[str, ...]:
        pairs = _DATE_OPERATORS if self.definition.is_date else _STRING_OPERATORS
        return tuple(word for word, _ in pairs)

    def editor(self, operator: str) -> str | None:
        if not self.definition.is_date:
            return TEXT
        return DATE if _code(_DATE_OPERATORS, operator) in _DATE_PICKED else None

    def matches(self, f: QueryFilter) -> bool:
        return isinstance(f, (CustomFieldQuery, CustomFieldDateQuery)) and f.definition == self.definition

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        pairs = _DATE_OPERATORS if self.definition.is_date else _STRING_OPERATORS
        return _word(pairs, f.type), f.query  # type: ignore[attr-defined]

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        if self.definition.is_date:
            return CustomFieldDateQuery(self.definition, value or date.today(), _code(_DATE_OPERATORS, operator))
        return CustomFieldQuery(self.definition, value or "", _code(_STRING_OPERATORS, operator))


@dataclass(frozen=True, eq=False)
class KeptType(FilterType):
    """A filter no other type reads: shown in words, written back exactly as read."""

    def matches(self, f: QueryFilter) -> bool:
        return False

    def read(self, f: QueryFilter) -> tuple[str, Any]:
        return "", f

    def make(self, operator: str, value: Any, children: Sequence[QueryFilter | None] = ()) -> QueryFilter | None:
        return value


_NONE = ObjectTypes.NONE
_SRS = ObjectTypes.LocalSR | ObjectTypes.RemoteSR
DUMMY = DummyType(QT_TRANSLATE_NOOP("Search", "Select a filter..."), 0, _NONE)
KEPT = KeptType(QT_TRANSLATE_NOOP("Search", "Kept as written"), 99, _NONE)
UUID_IS = UuidType(QT_TRANSLATE_NOOP("Search", "Is"), 1, (ALL_INC_FOLDERS & ~ObjectTypes.VDI) | ObjectTypes.Appliance)
_RESTART_PRIORITIES = (HaRestartPriority.Restart, HaRestartPriority.BestEffort, HaRestartPriority.DoNotRestart)


def _label(prop: Prop) -> str:
    return PROPERTY_LABELS[prop]


#: XenCenter's list, in its order (the ones applying to nothing are only there to read older searches).
FILTER_TYPES: tuple[FilterType, ...] = (
    DUMMY,
    GroupType(QT_TRANSLATE_NOOP("Search", "All of the following:"), 0, ALL_INC_FOLDERS, kind="And"),
    GroupType(QT_TRANSLATE_NOOP("Search", "Any of the following:"), 0, ALL_INC_FOLDERS, kind="Or"),
    GroupType(QT_TRANSLATE_NOOP("Search", "None of the following:"), 0, ALL_INC_FOLDERS, kind="Nor"),
    EnumType(_label(Prop.type), 1, _NONE, prop=Prop.type, kind=OBJECT_TYPE),
    UUID_IS,
    StringType(_label(Prop.label), 1, ALL_INC_FOLDERS | ObjectTypes.Appliance, prop=Prop.label),
    StringType(_label(Prop.description), 1, ALL_EXC_FOLDERS | ObjectTypes.Appliance, prop=Prop.description),
    StringType(_label(Prop.uuid), 1, ALL_EXC_FOLDERS, prop=Prop.uuid,
               pairs=(("starts with", "startswith"), ("exactly matches", "exactmatch"))),
    TagType(_label(Prop.tags), 1, ALL_EXC_FOLDERS),
    SizeType(QT_TRANSLATE_NOOP("Search", "Memory"), 3, ObjectTypes.VM, prop=Prop.memory, unit="MB", multiplier=MEGABYTE),
    AddressType(_label(Prop.ip_address), 3, ObjectTypes.VM | ObjectTypes.Server | _SRS, prop=Prop.ip_address),
    DateType(_label(Prop.start_time), 3, ObjectTypes.VM, prop=Prop.start_time),
    EnumType(_label(Prop.power_state), 3, ObjectTypes.VM, prop=Prop.power_state, kind=POWER_STATE),
    EnumType(_label(Prop.virtualisation_status), 3, ObjectTypes.VM, prop=Prop.virtualisation_status,
             kind=VIRTUALIZATION),
    ValueType(_label(Prop.os_name), 3, ObjectTypes.VM, prop=Prop.os_name),
    EnumType(_label(Prop.ha_restart_priority), 3, ObjectTypes.VM, prop=Prop.ha_restart_priority,
             kind=HA_PRIORITY, values=_RESTART_PRIORITIES),
    BoolType(_label(Prop.read_caching_enabled), 3, ObjectTypes.VM, prop=Prop.read_caching_enabled),
    BoolType(_label(Prop.vendor_device_state), 3, ObjectTypes.VM, prop=Prop.vendor_device_state),
    EnumType(QT_TRANSLATE_NOOP("Search", "Storage type"), 3, _NONE, prop=Prop.sr_type, kind=SR_TYPE),
    SizeType(QT_TRANSLATE_NOOP("Search", "Size"), 4, ObjectTypes.VDI, prop=Prop.size, unit="GB", multiplier=GIGABYTE),
    BoolType(_label(Prop.shared), 4, _SRS | ObjectTypes.VDI, prop=Prop.shared),
    BoolType(_label(Prop.ha_enabled), 4, ObjectTypes.Pool, prop=Prop.ha_enabled),
    BoolType(_label(Prop.isNotFullyUpgraded), 4, ObjectTypes.Pool, prop=Prop.isNotFullyUpgraded),
    NullType(QT_TRANSLATE_NOOP("Search", "Is in a pool"), 4, ObjectTypes.Server | ObjectTypes.VM, prop=Prop.pool, is_null=False),
    NullType(QT_TRANSLATE_NOOP("Search", "Is standalone"), 4, ObjectTypes.Server | ObjectTypes.VM, prop=Prop.pool, is_null=True),
    RelatedType(_label(Prop.pool), 6, ALL_EXC_FOLDERS, ObjectTypes.Pool, prop=Prop.pool),
    RelatedType(_label(Prop.host), 6, ALL_EXC_FOLDERS & ~ObjectTypes.Pool, ObjectTypes.Server, prop=Prop.host,
                many=True),
    RelatedType(_label(Prop.vm), 6, ALL_EXC_FOLDERS, ObjectTypes.VM, prop=Prop.vm, many=True),
    RelatedType(_label(Prop.networks), 6, ObjectTypes.Network | ObjectTypes.VM, ObjectTypes.Network,
                prop=Prop.networks, many=True),
    RelatedType(_label(Prop.storage), 6, _SRS | ObjectTypes.VM | ObjectTypes.VDI, _SRS, prop=Prop.storage,
                many=True),
    RelatedType(_label(Prop.disks), 6, ObjectTypes.VM | ObjectTypes.VDI, ObjectTypes.VDI, prop=Prop.disks,
                many=True),
    RelatedType(_label(Prop.appliance), 7, ObjectTypes.VM, ObjectTypes.Appliance, prop=Prop.appliance),
    BoolType(_label(Prop.in_any_appliance), 7, ObjectTypes.VM, prop=Prop.in_any_appliance),
    RelatedType(_label(Prop.folder), 8, ALL_INC_FOLDERS, ObjectTypes.Folder, prop=Prop.folder),
    RelatedType(_label(Prop.folders), 8, ALL_INC_FOLDERS, ObjectTypes.Folder, prop=Prop.folders, many=True),
    NullType(QT_TRANSLATE_NOOP("Search", "Not in any folder"), 8, ALL_EXC_FOLDERS, prop=Prop.folder, is_null=True),
    BoolType(_label(Prop.has_custom_fields), 9, ALL_EXC_FOLDERS, prop=Prop.has_custom_fields),
)


def custom_field_types(definitions: Sequence[CustomFieldDefinition]) -> list[FilterType]:
    """A filter type per custom field (after XenCenter's own, in the definitions' order)."""
    return [CustomFieldType(d.name, 8, ALL_EXC_FOLDERS, definition=d) for d in definitions]


def _subset(types: ObjectTypes, of: ObjectTypes) -> bool:
    """XenCenter's ``WantSubsetOf``: every type in ``types`` is in ``of``."""
    return (types & of) == types


def wanted(filter_type: FilterType, scope: ObjectTypes, sub_row: bool) -> bool:
    """XenCenter's ``WantQueryType``: whether the drop-down of a row offers the type. ``scope`` is the search's
    (or, for the sub-row of a parent-child row, what that row is about)."""
    if sub_row and filter_type.category != SINGLE:
        return False  # a sub-row has no sub-rows
    if not sub_row and filter_type is UUID_IS:
        return False  # "Is <object>" only makes sense about a related object
    sub = filter_type.sub_scope
    if sub is not None and _subset(scope, sub) and sub != ObjectTypes.Folder:
        return False  # a constraint on the searched objects themselves ("VMs whose VM is ...")
    return _subset(scope, filter_type.applies_to)


def type_for(f: QueryFilter | None, custom: Sequence[FilterType] = (), sub_row: bool = False) -> FilterType:
    """The type a filter is shown as (XenCenter's ``SelectQueryTypeFor``): the first that reads it ("Is <object>"
    only on a sub-row: elsewhere a UUID filter is the UUID text row)."""
    if f is None:
        return DUMMY
    for filter_type in (*FILTER_TYPES, *custom):
        if filter_type.matches(f) and (sub_row or filter_type is not UUID_IS):
            return filter_type
    return KEPT
