"""Load a XAPI state database (the ``state.db`` XML that xapi writes) into plain typed records.

Format (see ../shared/data/README.md): ``<table name=CLASS>`` of ``<row>`` elements whose attributes are
fields; namespaced fields join with ``__`` (``name__label``); sets and maps are S-expressions; xapi escapes
whitespace in values as ``%_`` (space), ``%n``, ``%t``, ``%r`` and ``%%``. Fields the dump predates are filled
from the datamodel defaults, as xapi's own schema upgrade does; set fields that xapi derives from the other
side of a relation (``VM.VBDs`` from ``VBD.VM``), which the database never stores, are computed.

A file that is not such a database, or holds a value that cannot be decoded, raises ``StateDBError`` naming
the place (table, row, field), never a bare parser exception.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from os import PathLike
from typing import Any

from xencenter import schema

from .fieldtypes import field_types, from_text, new_record, without_gc
from .relations import fill_relations

Records = dict[str, dict[str, dict[str, Any]]]

# What decoding a damaged value can raise (RecursionError: S-expressions nested without end).
_DECODING_ERRORS = (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError)


class StateDBError(ValueError):
    """The file is not a XAPI state database, or a value in it cannot be decoded (the message says where)."""

_ESCAPES = {"_": " ", "n": "\n", "t": "\t", "r": "\r", "%": "%"}
_ESCAPE_RE = re.compile(r"%([_ntr%])")


def unescape(value: str) -> str:
    """Undo xapi's database whitespace escaping (``%_`` is a space)."""
    if "%" not in value:
        return value
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group(1)], value)


def _class_of(table: str) -> str | None:
    try:
        return schema.canonical_name(table)
    except KeyError:
        return None


def _row_record(cls: str, attrs: dict[str, str]) -> tuple[str, dict[str, Any]]:
    types = field_types(cls)
    ref = attrs.get("_ref") or attrs.get("ref") or ""
    if not ref:
        raise StateDBError(f"a row of table {cls} has no _ref")
    record: dict[str, Any] = {}
    for attr, raw in attrs.items():
        if attr.startswith("_") or attr == "ref":
            continue  # _ref, __ctime, __mtime: database bookkeeping
        name = attr.replace("__", "_")
        ft = types.get(name)
        if ft is None:
            continue  # a field removed from the API since the dump was made
        try:
            record[name] = from_text(ft, unescape(raw))
        except _DECODING_ERRORS as e:
            raise StateDBError(f"table {cls}, row {ref}, field {name}: cannot decode {raw[:60]!r} ({e})") from None
    return ref, new_record(cls, record)


def load_state_db(path: str | PathLike[str]) -> Records:
    """API class name -> ref -> record, for every class of the datamodel (empty when the dump has no rows).

    Raises StateDBError for a file that is not a state database or holds undecodable values, OSError when
    it cannot be read.
    """
    records: Records = {cls: {} for cls in schema.class_names()}
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise StateDBError(f"{path}: not well-formed XML ({e})") from None
    if root.tag != "database":
        raise StateDBError(f"{path}: not a XAPI state database (the root is <{root.tag}>, not <database>)")
    try:
        with without_gc():
            _load_tables(root, records)
    except StateDBError as e:
        raise StateDBError(f"{path}: {e}") from None
    return records


def _load_tables(root: ET.Element, records: Records) -> None:
    for table in root.iter("table"):
        cls = _class_of(table.get("name", ""))
        if cls is None:
            continue
        rows = records[cls]
        for row in table.iter("row"):
            ref, record = _row_record(cls, row.attrib)
            rows[ref] = record
    try:
        fill_relations(records)
    except _DECODING_ERRORS as e:
        raise StateDBError(f"inconsistent references ({type(e).__name__}: {e})") from None
