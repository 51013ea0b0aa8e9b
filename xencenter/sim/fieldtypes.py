"""The datamodel's field types, parsed once from xenapi.json.

One small type tree serves three jobs: filling fields a record lacks (defaults), decoding a state-database
string into a Python value, and checking or coercing call parameters that arrive over the wire.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from xencenter import schema

NULL_REF = "OpaqueRef:NULL"


class Date(str):
    """A datetime value (``20240101T13:20:11Z``): a plain string that XML-RPC tags as dateTime.iso8601."""

    __slots__ = ()


class Int32(int):
    """An int that xapi sends as ``<i4>`` in XML-RPC (only ``valid_ref_counts``); other ints are bare strings."""

    __slots__ = ()


EPOCH = Date("19700101T00:00:00Z")


@dataclass(frozen=True, slots=True)
class FieldType:
    """kind is one of string int float bool datetime enum ref set map record option (and ``any`` for the
    simulator's own untyped control parameters)."""

    kind: str
    name: str = ""  # enum name, or the class of a ref/record
    elem: FieldType | None = None  # set/option element, map value
    key: FieldType | None = None  # map key

    def __str__(self) -> str:
        return self.kind if not self.name else f"{self.kind} {self.name}"

    @property
    def item(self) -> FieldType:
        """The element type of a set or option, the value type of a map."""
        if self.elem is None:
            raise ValueError(f"{self} has no element type")
        return self.elem


_PRIMITIVES = ("string", "int", "float", "bool", "datetime")


@functools.cache
def parse_type(text: str) -> FieldType:
    """Parse a xenapi.json type string such as ``(string -> enum vm_operations) map``."""
    text = text.strip()
    if text.startswith("(") and text.endswith(") map"):
        inner = text[1:-5]
        key, _, value = inner.partition(" -> ")
        return FieldType("map", key=parse_type(key), elem=parse_type(value))
    for suffix in ("set", "option"):
        if text.endswith(" " + suffix):
            return FieldType(suffix, elem=parse_type(text[: -len(suffix) - 1]))
    if text.endswith(" ref"):
        return FieldType("ref", name=text[:-4])
    if text.endswith(" record"):
        return FieldType("record", name=text[:-7])
    if text.startswith("enum "):
        return FieldType("enum", name=text[5:])
    if text in _PRIMITIVES:
        return FieldType(text)
    raise ValueError(f"unknown datamodel type {text!r}")


@functools.cache
def enum_values() -> dict[str, tuple[str, ...]]:
    """Every enum of the datamodel (enums are global in xapi, declared on whichever class uses them)."""
    found: dict[str, tuple[str, ...]] = {}
    for cls in schema.class_names():
        for name, values in schema.enums(cls).items():
            found[name] = tuple(values)
    return found


def zero(ft: FieldType) -> Any:
    """The value xapi's schema upgrade gives a field with no declared default."""
    kind = ft.kind
    if kind == "string":
        return ""
    if kind == "int":
        return 0
    if kind == "float":
        return 0.0
    if kind == "bool":
        return False
    if kind == "datetime":
        return EPOCH
    if kind == "ref":
        return NULL_REF
    if kind == "enum":
        values = enum_values().get(ft.name, ())
        return values[0] if values else ""
    if kind == "set":
        return []
    if kind == "map":
        return {}
    return None  # option, record: never stored in the database


def _split_default_items(body: str) -> list[str]:
    """Split ``"a" -> "b", "c" -> "d"`` or ``x, y`` at top-level commas (defaults never nest)."""
    return [item.strip() for item in body.split(",") if item.strip()]


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    return text


def parse_default(ft: FieldType, text: str | None) -> Any:
    """Decode a xenapi.json ``default`` (OCaml-ish syntax: ``""``, ``{}``, ``{"k" -> "v"}``, ``0.``, ``Null``)."""
    if text is None:
        return zero(ft)
    kind = ft.kind
    if kind in ("set", "map"):
        body = text.strip()[1:-1]
        items = _split_default_items(body)
        if kind == "set":
            return [parse_default(ft.item, item) for item in items]
        pairs = (item.split(" -> ", 1) for item in items)
        return {_unquote(k): parse_default(ft.item, v) for k, v in pairs}
    if kind == "ref":
        return NULL_REF if text in ("Null", "", NULL_REF) else text
    return from_text(ft, _unquote(text))


def from_text(ft: FieldType, text: str) -> Any:
    """Decode one scalar written as text (database attribute, S-expression atom, default)."""
    kind = ft.kind
    if kind == "ref":
        return text or NULL_REF
    if kind in ("string", "enum"):
        return text
    if kind == "int":
        try:
            return int(text)
        except ValueError:
            return int(float(text)) if text else 0
    if kind == "float":
        return float(text) if text else 0.0
    if kind == "bool":
        return text.lower() == "true"
    if kind == "datetime":
        return Date(text)
    if kind in ("set", "map"):
        return from_sexpr(ft, parse_sexpr(text))
    return None


def from_sexpr(ft: FieldType, tree: Any) -> Any:
    """Convert a parsed S-expression (nested lists of strings) into a set (list) or map (dict)."""
    if isinstance(tree, str):
        return from_text(ft, tree)
    if ft.kind == "set":
        return [from_sexpr(ft.item, item) for item in tree]
    if ft.kind == "map":
        return {str(pair[0]): from_sexpr(ft.item, pair[1]) for pair in tree if len(pair) == 2}
    raise ValueError(f"S-expression given for {ft}")


def parse_sexpr(text: str) -> Any:
    """Parse xapi's database S-expressions: ``('a' 'b')``, ``(("k" "v"))``; backslash escapes in strings.

    Tolerant of truncation (some shared dumps were cut by hand): what is open at the end is closed.
    """
    pos = 0
    n = len(text)

    def skip() -> None:
        nonlocal pos
        while pos < n and text[pos] in " \t\r\n":
            pos += 1

    def node() -> Any:
        nonlocal pos
        skip()
        if pos >= n:
            raise ValueError("unexpected end of S-expression")
        ch = text[pos]
        if ch == "(":
            pos += 1
            items: list[Any] = []
            while True:
                skip()
                if pos >= n:
                    return items
                if text[pos] == ")":
                    pos += 1
                    return items
                items.append(node())
        if ch in "'\"":
            quote = ch
            pos += 1
            out = []
            while pos < n and text[pos] != quote:
                if text[pos] == "\\" and pos + 1 < n:
                    pos += 1
                out.append(text[pos])
                pos += 1
            pos += 1
            return "".join(out)
        start = pos
        while pos < n and text[pos] not in " \t\r\n()":
            pos += 1
        return text[start:pos]

    return node()


def coerce(ft: FieldType, value: Any) -> Any:
    """Check and normalise a call parameter (XML-RPC sends ints as strings); ValueError when it does not fit."""
    kind = ft.kind
    if kind in ("string", "ref", "enum"):
        if not isinstance(value, str):
            raise ValueError(f"expected {ft}")
        if kind == "enum":
            values = enum_values().get(ft.name)
            if values and value not in values:
                lowered = {v.lower(): v for v in values}
                if value.lower() not in lowered:
                    raise ValueError(f"{value!r} is not a {ft.name}")
                value = lowered[value.lower()]
        return value
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise ValueError("expected bool")
    if kind == "int":
        if isinstance(value, bool):
            raise ValueError("expected int")
        return int(value)
    if kind == "float":
        if isinstance(value, bool):
            raise ValueError("expected float")
        return float(value)
    if kind == "datetime":
        return Date(str(value))
    if kind == "set":
        if not isinstance(value, (list, tuple)):
            raise ValueError("expected an array")
        return [coerce(ft.item, v) for v in value]
    if kind == "map":
        if not isinstance(value, dict):
            raise ValueError("expected a struct")
        return {str(k): coerce(ft.item, v) for k, v in value.items()}
    return value


@functools.cache
def field_types(cls: str) -> dict[str, FieldType]:
    """Field name -> type for one class."""
    return {f["name"]: parse_type(f["type"]) for f in schema.fields(cls)}


@functools.cache
def _template(cls: str) -> tuple[dict[str, Any], tuple[str, ...]]:
    types = field_types(cls)
    base = {f["name"]: parse_default(types[f["name"]], f.get("default")) for f in schema.fields(cls)}
    containers = tuple(name for name, value in base.items() if isinstance(value, (list, dict)))
    return base, containers


def new_record(cls: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    """A complete record in schema order: the class defaults (fresh containers) overlaid with ``fields``.

    Names that are not fields of the class are dropped.
    """
    base, containers = _template(cls)
    record = base.copy()
    given = fields or {}
    for name in containers:
        if name not in given:
            record[name] = record[name].copy()
    for name, value in given.items():
        if name in record:
            record[name] = value
    return record


@contextlib.contextmanager
def without_gc() -> Iterator[None]:
    """Pause the cyclic collector while building many records: it would rescan them all, over and over."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
