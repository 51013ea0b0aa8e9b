"""xapi's value quirks, smoothed out so JSON-RPC and XML-RPC give the same Python values.

XML-RPC sends 64-bit ints as bare strings and dates with or without ``Z``; the datamodel (xenapi.json)
says which fields are ints, floats and dates, so results are converted by the declared result type of
each method. Dates stay xapi strings in one canonical form (``YYYYMMDDTHH:MM:SSZ``, UTC);
``parse_xapi_datetime`` turns them into aware datetimes when a caller needs arithmetic.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from typing import Any

from xencenter import schema

from .errors import ProtocolError
from .shared_values import Ref, TextMap

NULL_REF = "OpaqueRef:NULL"

Converter = Callable[[Any], Any]

_DATETIME = re.compile(
    r"(\d{4})-?(\d\d)-?(\d\d)[T ](\d\d):?(\d\d):?(\d\d)(?:[.,]\d+)?"
    r"(Z|[+-]\d\d(?::?\d\d)?)?",
    re.ASCII,
)


def parse_xapi_datetime(text: str) -> datetime:
    """An xapi date (``20240101T13:20:11Z``, ``Z`` optional, dashes and offsets tolerated) as aware UTC.

    A date without a zone is UTC: that is how xapi wrote dates before it added the ``Z``.
    Raises ValueError when ``text`` is not a date.
    """
    m = _DATETIME.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not an xapi date: {text!r}")
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    value = datetime(year, month, day, hour, minute, min(second, 59), tzinfo=timezone.utc)
    zone = m[7]
    if zone and zone != "Z":
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        value -= offset if zone[0] == "+" else -offset
    return value


def format_xapi_datetime(value: datetime) -> str:
    """The canonical xapi spelling of a datetime (naive datetimes are taken as UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.strftime("%Y%m%dT%H:%M:%SZ")


_CANONICAL_DATETIME = re.compile(r"\d{8}T\d\d:\d\d:[0-5]\dZ", re.ASCII)


def normalize_datetime(text: str) -> str:
    """Canonical form of an xapi date string; text that is not a date is returned unchanged."""
    if _CANONICAL_DATETIME.fullmatch(text):
        return text  # already canonical (what current xapi sends): nothing to parse
    try:
        return format_xapi_datetime(parse_xapi_datetime(text))
    except (ValueError, OverflowError):
        return text


def _to_int(value: Any) -> int:
    if type(value) is int:
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            pass
    raise ProtocolError(f"expected an integer, got {type(value).__name__}")


def _to_float(value: Any) -> float:
    if type(value) is float:
        return value
    if isinstance(value, (int, str)) and not isinstance(value, bool):
        try:
            return float(value)
        except ValueError:
            pass
    raise ProtocolError(f"expected a number, got {type(value).__name__}")


def _to_datetime(value: Any) -> str:
    if isinstance(value, str):
        return normalize_datetime(value)
    raise ProtocolError(f"expected a date, got {type(value).__name__}")


def _to_str(value: Any) -> str:
    if type(value) in _TEXT:
        return value
    raise ProtocolError(f"expected text, got {type(value).__name__}")


def _to_bool(value: Any) -> bool:
    if type(value) is bool:
        return value
    raise ProtocolError(f"expected a boolean, got {type(value).__name__}")


_TEXT, _LIST, _DICT = {str, Ref}, {list}, {dict, TextMap}  # a decoded record's shared values too
_TEXT_DEFAULTS = itertools.repeat("")
_EMPTY_LISTS: itertools.repeat[list[Any]] = itertools.repeat([])
_EMPTY_DICTS: itertools.repeat[dict[str, Any]] = itertools.repeat({})


def _all_text(values: Iterable[Any]) -> bool:
    """Whether every value is a str (runs in C: records hold dozens of text fields)."""
    return set(map(type, values)) <= _TEXT


def _texts_ok(record: dict[str, Any], texts: tuple[str, ...], sets: tuple[str, ...], maps: tuple[str, ...]) -> bool:
    get = record.get
    if not _all_text(map(get, texts, _TEXT_DEFAULTS)):
        return False
    lists, dicts = list(map(get, sets, _EMPTY_LISTS)), list(map(get, maps, _EMPTY_DICTS))
    if not (set(map(type, lists)) <= _LIST and set(map(type, dicts)) <= _DICT):
        return False
    return _all_text(itertools.chain.from_iterable(lists)) and _all_text(
        itertools.chain.from_iterable(map(dict.values, dicts))
    )


def _first_bad(record: dict[str, Any], fields: list[tuple[str, str]]) -> str:
    """The first field whose value does not fit its type, for the error message."""
    for name, type_name in fields:
        conv = converter(type_name)
        if name in record and conv is not None:
            try:
                conv(record[name])
            except ProtocolError as e:
                return f"{name}: {e}"
    return "?"


def is_text(type_name: str) -> bool:
    """Strings, refs and enums: all travel as JSON strings and XML-RPC strings."""
    if type_name.endswith((" set", " map", " record")):
        return False
    return type_name == "string" or type_name.endswith(" ref") or type_name.startswith("enum ")


def split_map(type_name: str) -> tuple[str, str]:
    """``(K -> V) map`` -> (K, V), honouring nested parentheses in V."""
    inner = type_name[1 : -len(") map")]
    depth = 0
    for i, ch in enumerate(inner):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and inner.startswith(" -> ", i):
            return inner[:i], inner[i + 4 :]
    raise ValueError(f"bad map type {type_name!r}")


def _expect(kind: type, value: Any) -> None:
    if not isinstance(value, kind):
        raise ProtocolError(f"expected a {kind.__name__}, got {type(value).__name__}")


@functools.cache
def converter(type_name: str) -> Converter | None:
    """A function making a decoded value match its datamodel type, or None when nothing needs doing."""
    if type_name == "int":
        return _to_int
    if type_name == "float":
        return _to_float
    if type_name == "datetime":
        return _to_datetime
    if is_text(type_name):
        return _to_str
    if type_name == "bool":
        return _to_bool
    if type_name.endswith(") map") and type_name.startswith("("):
        return _map_converter(converter(split_map(type_name)[1]))
    if type_name.endswith(" set"):
        return _set_converter(converter(type_name[: -len(" set")]))
    if type_name.endswith(" record") and not type_name.startswith("<"):
        return record_converter(type_name[: -len(" record")])
    if type_name == "an event batch":
        return _event_batch
    return None


def _map_converter(values: Converter | None) -> Converter:
    def convert(value: Any) -> Any:
        _expect(dict, value)
        if values is _to_str:  # the common (string -> string) map: check without rebuilding it
            if _all_text(value.values()):
                return value
            raise ProtocolError("expected a map of text")
        return value if values is None else {k: values(v) for k, v in value.items()}

    return convert


def _set_converter(items: Converter | None) -> Converter:
    def convert(value: Any) -> Any:
        _expect(list, value)
        if items is _to_str:  # sets of refs, enums and strings: check without rebuilding
            if _all_text(value):
                return value
            raise ProtocolError("expected a set of text")
        return value if items is None else [items(v) for v in value]

    return convert


@functools.cache
def record_converter(cls: str) -> Converter | None:
    """Converter for one class's records (fields not in the datamodel pass through untouched)."""
    if cls not in schema.classes():
        return None
    fields = [(f["name"], f["type"]) for f in schema.fields(cls)]
    texts = tuple(name for name, t in fields if is_text(t))
    text_sets = tuple(name for name, t in fields if t.endswith(" set") and is_text(t[: -len(" set")]))
    text_maps = tuple(name for name, t in fields if t.endswith(") map") and is_text(split_map(t)[1]))
    checked = {*texts, *text_sets, *text_maps}
    plan = [(name, c) for name, t in fields if name not in checked and (c := converter(t)) is not None]

    def convert(value: Any) -> Any:
        _expect(dict, value)
        # Text, sets of text and maps to text (most of a record) are only checked, in C: no call per field.
        if not _texts_ok(value, texts, text_sets, text_maps):
            raise ProtocolError(f"{cls} record with a field of the wrong type ({_first_bad(value, fields)})")
        for name, conv in plan:
            if name in value:
                try:
                    value[name] = conv(value[name])
                except ProtocolError as e:
                    raise ProtocolError(f"{cls} record with a field of the wrong type ({name}: {e})") from None
        return value

    return convert


def _event_batch(value: Any) -> Any:
    """An ``event.from`` result: its events are typed by ``events.parse_event_batch`` (into record structs)."""
    _expect(dict, value)
    _expect(list, value.get("events", []))
    counts = value.get("valid_ref_counts", {})
    _expect(dict, counts)
    value["valid_ref_counts"] = {k: _to_int(v) for k, v in counts.items()}
    return value


@functools.cache
def _result_types() -> dict[str, str]:
    return {
        f"{cls}.{msg['name']}": msg["result"][0]
        for cls, spec in schema.classes().items()
        for msg in spec["messages"]
    }


def typed_result(method: str, value: Any) -> Any:
    """Convert a decoded result to the types the datamodel declares for ``method``'s result."""
    type_name = _result_types().get(method)
    conv = converter(type_name) if type_name else None
    return value if conv is None else conv(value)


@functools.cache
def methods_without_session() -> frozenset[str]:
    """Methods whose first parameter is not the session ref (the logins), from the datamodel."""
    return frozenset(
        f"{cls}.{msg['name']}"
        for cls, spec in schema.classes().items()
        for msg in spec["messages"]
        if not msg["params"] or msg["params"][0]["type"] != "session ref"
    )
