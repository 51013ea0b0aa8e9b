"""Object records as compact typed structs, generated from the datamodel: what the object cache stores.

A 5,000-VM pool is ~86,000 records. As decoded JSON dicts they took ~285 MB (a hash table per record, a new
string for every ``OpaqueRef:NULL`` and every ``allowed_operations`` entry, a new list or dict for every
empty set and map). As msgspec structs they take about half: 8 bytes a field, enum values shared (they are
``Literal`` types, so the decoder hands out the one interned string), sets as tuples (the empty one shared),
and none of them tracked by the cyclic collector. msgspec also checks every type while decoding, in C, which
is what ``values.record_converter`` did in Python.

Records stay read-only mappings of the wire names (``record["power_state"]``, ``record.get(...)``,
``"VBDs" in record``, ``dict(record)``), so code that reads them does not care; hot paths read attributes
(``record.power_state``), which is as fast as a dict lookup. A field the server did not send is absent from
the mapping (``UNSET`` as an attribute). Fields the datamodel does not know are dropped.

Two types per class: the strict one (enum fields are ``Literal`` of the known values, dates must be
canonical) that the fast decoder uses, and a lenient one (any text for enums and dates) for records from a
newer or older xapi, which ``values.record_converter`` has smoothed first.
"""

from __future__ import annotations

import functools
import keyword
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

import msgspec

from xencenter import schema

from .shared_values import Ref, TextMap, TextSet
from .values import is_text, normalize_datetime, split_map

UNSET = msgspec.UNSET

_CANONICAL_DATE = Annotated[str, msgspec.Meta(pattern=r"^\d{8}T\d\d:\d\d:[0-5]\dZ$")]


class Record(msgspec.Struct, gc=False, omit_defaults=True, repr_omit_defaults=True):
    """Base of every generated record type: a read-only mapping of wire field names to values."""

    CLASS: ClassVar[str] = ""  # the API class name (``VM``)

    if TYPE_CHECKING:  # the fields of each class are made at run time from the datamodel
        def __getattr__(self, name: str) -> Any: ...

    def __getitem__(self, name: str) -> Any:
        value = getattr(self, _attribute(name), UNSET)
        if value is UNSET:
            raise KeyError(name)
        return value

    def get(self, name: str, default: Any = None) -> Any:
        value = getattr(self, _attribute(name), UNSET)
        return default if value is UNSET else value

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and getattr(self, _attribute(name), UNSET) is not UNSET

    def keys(self) -> list[str]:
        return [wire for wire, attr in zip(self.__struct_encode_fields__, self.__struct_fields__)
                if getattr(self, attr) is not UNSET]

    def values(self) -> list[Any]:
        return [v for v in msgspec.structs.astuple(self) if v is not UNSET]

    def items(self) -> list[tuple[str, Any]]:
        return [(wire, v) for wire, v in zip(self.__struct_encode_fields__, msgspec.structs.astuple(self))
                if v is not UNSET]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def __eq__(self, other: object) -> bool:
        if type(other) is type(self):
            return msgspec.structs.astuple(self) == msgspec.structs.astuple(other)
        if isinstance(other, Mapping):
            return as_builtins(self) == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


Mapping.register(Record)


def _attribute(name: str) -> str:
    """The attribute of a wire field name (only ``class`` differs: ``class_``)."""
    return name + "_" if keyword.iskeyword(name) else name


class LooseRecord(dict):
    """The snapshot of a class this datamodel does not know: its mapping, with fields as attributes too."""

    __slots__ = ()
    __getattr__ = dict.get


def as_builtins(record: Mapping[str, Any] | Record) -> dict[str, Any]:
    """A record as the plain values JSON decodes to (sets as lists), e.g. to print or compare it."""
    return {name: _builtin(value) for name, value in record.items()}


def _builtin(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_builtin(v) for v in value]
    if isinstance(value, dict):
        return {k: _builtin(v) for k, v in value.items()}
    return value


@functools.cache
def _enums() -> dict[str, tuple[str, ...]]:
    return {e["name"]: tuple(v["name"] for v in e["values"])
            for spec in schema.classes().values() for e in spec["enums"]}


def field_type(type_name: str, *, lenient: bool = False) -> Any:
    """The Python type msgspec decodes one datamodel type into (map keys stay text, as on the wire)."""
    if type_name in ("int", "float", "bool"):
        return {"int": int, "float": float, "bool": bool}[type_name]
    if type_name == "datetime":
        return str if lenient else _CANONICAL_DATE
    if type_name.startswith("enum ") and not type_name.endswith((" set", " map")):
        values = _enums().get(type_name[len("enum "):])
        return str if lenient or not values else Literal[values]
    if type_name.endswith(" set"):
        if type_name[: -len(" set")] == "string" or type_name.startswith("enum "):
            return TextSet  # shared by content (shared_values); enum values are not checked against the enum
        return tuple[field_type(type_name[: -len(" set")], lenient=lenient), ...]  # type: ignore[misc]
    if type_name.startswith("(") and type_name.endswith(") map"):
        if all(is_text(part) for part in split_map(type_name)):
            return TextMap  # shared when empty (shared_values); enum values are not checked against the enum
        return dict[str, field_type(split_map(type_name)[1], lenient=lenient)]  # type: ignore[misc]
    if type_name.endswith(" ref"):
        return Ref  # one string per distinct reference (shared_values)
    if type_name == "string":
        return str
    return Any  # nested records and options: rare, kept as decoded


@functools.cache
def record_type(cls: str, *, lenient: bool = False) -> type[Record] | None:
    """The record struct of an API class (``VM``), None for a class the datamodel does not have."""
    if cls not in schema.classes():
        return None
    fields = []
    for f in schema.fields(cls):
        name = f["name"]
        default: Any = msgspec.field(default=UNSET, name=name) if keyword.iskeyword(name) else UNSET
        fields.append((_attribute(name), field_type(f["type"], lenient=lenient), default))
    made = msgspec.defstruct(f"{cls}Record" + ("Lenient" if lenient else ""), fields, bases=(Record,),
                             namespace={"CLASS": cls}, gc=False, omit_defaults=True, repr_omit_defaults=True)
    return made  # type: ignore[return-value]  # defstruct with bases=(Record,) makes a Record subclass


@functools.cache
def _date_attributes(cls: str) -> tuple[str, ...]:
    return tuple(_attribute(f["name"]) for f in schema.fields(cls) if f["type"] == "datetime")


def with_canonical_dates(record: Record) -> Record:
    """A freshly decoded lenient record with its dates in xapi's canonical spelling (changed in place)."""
    for name in _date_attributes(record.CLASS):
        value = getattr(record, name)
        if isinstance(value, str):
            canonical = normalize_datetime(value)
            if canonical is not value:
                setattr(record, name, canonical)
    return record
