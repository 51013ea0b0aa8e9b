"""A pool's last known inventory on disk, so the next start shows the tree, the tabs and search at once.

The file (one per saved server, in the platform cache directory, mode 0600, replaced atomically) is::

    b"XCINV\\n"                 magic
    4 bytes, big endian          length of the header
    header                       MessagePack map: format, schema (a digest of the datamodel's fields),
                                 address, pool_uuid, saved_at (epoch seconds), classes (name -> object count)
    body                         MessagePack map: class name -> MessagePack bytes of [[ref, record], ...]

Records are the cache's own msgspec structs, so a class decodes straight back into them, typed and checked in
C (a class whose records do not decode strictly goes through the same lenient path as a live snapshot). Each
class is a blob of its own: the header can be read without the body, and a record of a newer or older xapi
only slows its own class down.

What is never written: sessions, secrets, tasks, users, events and certificates (a cached certificate must
never vouch for a host: pinning reads only what the live, trusted connection says), and entries of configuration maps
whose key names a password or secret (an old SR's ``device_config`` may hold a CHAP or CIFS password in clear).
Anything odd on reading (truncated, other magic, other format or datamodel, a record of the wrong type)
makes ``load`` return None with a log line: the live fill then happens as if there were no file.
"""

from __future__ import annotations

import functools
import hashlib
import keyword
import logging
import os
import re
import struct
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from xencenter import schema
from xencenter.xenapi.events import snapshot_record
from xencenter.xenapi.records import Record, record_type

log = logging.getLogger(__name__)

MAGIC = b"XCINV\n"
FORMAT = 1
#: Classes that are never written: credentials, transient work, and trust material.
NEVER_SAVED = frozenset({"session", "secret", "task", "event", "user", "Certificate", "data_source",
                         "message"})
_SECRET_KEY = re.compile(r"pass|secret|chap|token|cred", re.IGNORECASE)
_LENGTH = struct.Struct(">I")


class InventoryError(Exception):
    """Why a file could not be read back (the caller logs it and ignores the file)."""


@dataclass(frozen=True)
class Inventory:
    """A saved inventory: where it came from, when, and every saved object by class and ref."""

    address: str
    pool_uuid: str
    saved_at: float
    tables: dict[str, dict[str, Any]]


@functools.cache
def schema_digest() -> str:
    """Changes whenever a class's fields or types change: a file of another datamodel is discarded."""
    digest = hashlib.sha256()
    for name, spec in sorted(schema.classes().items()):
        digest.update(name.encode())
        for f in spec["fields"]:
            digest.update(f"\0{f['name']}:{f['type']}".encode())
    return digest.hexdigest()[:16]


#: Maps that hold configuration values (where an old SR's CHAP or CIFS password may sit in clear); a map
#: of descriptions such as ``SM.configuration`` only names its keys.
_VALUE_MAPS = frozenset({"device_config", "other_config", "sm_config", "xenstore_data", "platform",
                         "external_auth_configuration", "backend_config", "config"})


@functools.cache
def _map_fields(cls: str) -> tuple[str, ...]:
    """Attributes of a class's maps of configuration values."""
    return tuple(f["name"] + ("_" if keyword.iskeyword(f["name"]) else "") for f in schema.fields(cls)
                 if f["type"].endswith(" map") and f["name"] in _VALUE_MAPS) if cls in schema.classes() else ()


def _scrubbed(cls: str, record: Any) -> Any:
    """The record without map entries whose key names a secret (the same object when it has none)."""
    fields = _map_fields(cls)
    if not fields or not isinstance(record, Record):
        return record
    changes = {}
    for name in fields:
        value = getattr(record, name, None)
        if value and _SECRET_KEY.search("\0".join(value)):
            changes[name] = {k: v for k, v in value.items() if not _SECRET_KEY.search(k)}
    return msgspec.structs.replace(record, **changes) if changes else record


def _plain(value: Any) -> Any:
    """Text subclasses (records made by hand may hold them) are written as text."""
    if isinstance(value, str):
        return str(value)
    raise NotImplementedError(f"cannot save a {type(value).__name__}")


def encode(tables: Mapping[str, Iterable[tuple[str, Any]]], *, address: str, pool_uuid: str,
           saved_at: float | None = None) -> bytes:
    """The file's bytes for ``tables`` (class -> (ref, record) pairs); classes in ``NEVER_SAVED`` are left out."""
    encoder = msgspec.msgpack.Encoder(enc_hook=_plain)
    body: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for cls, pairs in tables.items():
        if cls in NEVER_SAVED:
            continue
        rows = [(ref, _scrubbed(cls, record)) for ref, record in pairs]
        if rows:
            body[cls] = encoder.encode(rows)
            counts[cls] = len(rows)
    header = encoder.encode({"format": FORMAT, "schema": schema_digest(), "address": address,
                             "pool_uuid": pool_uuid, "saved_at": time.time() if saved_at is None else saved_at,
                             "classes": counts})
    return MAGIC + _LENGTH.pack(len(header)) + header + encoder.encode(body)


def _header(data: bytes) -> tuple[dict[str, Any], int]:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _LENGTH.size:
        raise InventoryError("not an inventory file")
    start = len(MAGIC) + _LENGTH.size
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    try:
        header = msgspec.msgpack.decode(data[start:start + length], type=dict[str, Any])
    except msgspec.DecodeError as exc:
        raise InventoryError(f"unreadable header ({exc})") from None
    if header.get("format") != FORMAT:
        raise InventoryError(f"format {header.get('format')!r}, this program writes {FORMAT}")
    if header.get("schema") != schema_digest():
        raise InventoryError("written for another version of the datamodel")
    return header, start + length


@functools.cache
def _decoder(kind: type[Record]) -> msgspec.msgpack.Decoder:
    return msgspec.msgpack.Decoder(list[tuple[str, kind]])  # type: ignore[valid-type]


def _records(cls: str, blob: bytes) -> dict[str, Any]:
    kind = record_type(cls)
    if kind is not None:
        try:
            return dict(_decoder(kind).decode(blob))
        except msgspec.ValidationError:
            pass  # a newer or older xapi's values: the live path's lenient records, below
    loose = msgspec.msgpack.decode(blob, type=list[tuple[str, dict[str, Any]]])
    return {ref: snapshot_record(cls, fields) for ref, fields in loose}


def decode(data: bytes) -> Inventory:
    """The inventory in a file's bytes; InventoryError when they are not a whole, current one."""
    header, body_at = _header(data)
    try:
        body = msgspec.msgpack.decode(data[body_at:], type=dict[str, bytes])
        tables = {cls: _records(cls, blob) for cls, blob in body.items() if cls not in NEVER_SAVED}
    except (msgspec.DecodeError, ValueError) as exc:  # ProtocolError is a ValueError too
        raise InventoryError(f"damaged ({exc})") from None
    if {cls: len(t) for cls, t in tables.items()} != header.get("classes"):
        raise InventoryError("damaged (object counts differ from its header)")
    return Inventory(str(header.get("address", "")), str(header.get("pool_uuid", "")),
                     float(header.get("saved_at", 0.0)), tables)


def file_name(address_key: str) -> str:
    """One file per server: its ``host:port`` made safe for any file system."""
    safe = re.sub(r"[^A-Za-z0-9.-]", "_", address_key)
    return f"{safe}-{hashlib.sha256(address_key.encode()).hexdigest()[:8]}.inventory"


def save(path: Path, data: bytes) -> None:
    """Write atomically (a temporary file in the same folder, fsync, rename), readable by the user only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as f:
            os.fchmod(f.fileno(), 0o600)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load(path: Path, address: str) -> Inventory | None:
    """The inventory saved for ``address`` (host:port), or None (absent; unreadable, logged and removed)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("last known inventory %s not read: %s", path, exc)
        return None
    try:
        inventory = decode(data)
        if inventory.address != address:
            raise InventoryError(f"saved for {inventory.address}, not {address}")
    except InventoryError as exc:
        log.warning("last known inventory %s ignored: %s", path, exc)
        path.unlink(missing_ok=True)
        return None
    return inventory
