"""A pool's last known inventory on disk, so the next start shows the tree, the tabs and search at once.

The file (one per saved server, in the platform cache directory, mode 0600, replaced atomically) is::

    b"XCINV\\n"                 magic
    4 bytes, big endian          length of the header
    header                       MessagePack map: format, schema (a digest of the datamodel's fields),
                                 address, pool_uuid, saved_at (epoch seconds), classes (name -> object count),
                                 tree_options (the View options the tree below was built with)
    4 bytes, big endian          length of the tree
    tree                         the server's Infrastructure subtree as nested arrays
                                 [kind, name, cls, ref, key, icon_state, [children...]] (empty: none)
    body                         MessagePack map: class name -> [MessagePack bytes of [[ref, record], ...]]
                                 in runs of at most ``RUN`` records

Reading is in two steps because the records of a 20,000-VM pool take about two seconds to decode and the
tree a few milliseconds: ``load_head`` gives the tree at once (the window shows it), ``load_body`` then the
records (the tabs and search), both before the live fill usually.

Records are the cache's own msgspec structs, so a class decodes straight back into them, typed and checked in
C (a class whose records do not decode strictly goes through the same lenient path as a live snapshot). Each
class is a list of blobs of its own: a record of a newer or older xapi only slows its own run down, and no
single decode holds the interpreter long (msgspec keeps the GIL for a whole call: 20,000 VDIs in one call
would freeze the window for half a second; a run of 1,000 takes a few milliseconds).

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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from xencenter import schema
from xencenter.model.tree import Node, TreeOptions
from xencenter.xenapi.events import snapshot_record
from xencenter.xenapi.records import Record, record_type
from xencenter.xenapi.shared_values import Ref, decode_hook, encode_hook

log = logging.getLogger(__name__)

MAGIC = b"XCINV\n"
FORMAT = 1
#: Classes that are never written: credentials, transient work, and trust material.
NEVER_SAVED = frozenset({"session", "secret", "task", "event", "user", "Certificate", "data_source",
                         "message"})
_SECRET_KEY = re.compile(r"pass|secret|chap|token|cred", re.IGNORECASE)
_LENGTH = struct.Struct(">I")
RUN = 1000


class InventoryError(Exception):
    """Why a file could not be read back (the caller logs it and ignores the file)."""


@dataclass(frozen=True)
class Head:
    """What a file says before its records: where and when, and the tree to show meanwhile."""

    address: str
    pool_uuid: str
    saved_at: float
    classes: dict[str, int]
    tree: Node | None
    tree_options: TreeOptions
    body_at: int


@dataclass(frozen=True)
class Inventory:
    """A saved inventory: where it came from, when, and every saved object by class and ref."""

    address: str
    pool_uuid: str
    saved_at: float
    tables: dict[str, dict[str, Any]]
    tree: Node | None = None


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


_OPTIONS = ("default_templates", "user_templates", "local_srs", "hidden_objects")


def _tree_rows(node: Node) -> list[Any]:
    return [node.kind, node.name, node.cls, node.ref, node.key, node.icon_state,
            [_tree_rows(child) for child in node.children]]


def _tree_node(row: list[Any], source: str) -> Node:
    kind, name, cls, ref, key, icon_state, children = row
    return Node(kind, name, cls, ref, source, key, icon_state, [_tree_node(c, source) for c in children])


def encode(tables: Mapping[str, Iterable[tuple[str, Any]]], *, address: str, pool_uuid: str,
           saved_at: float | None = None, tree: Node | None = None,
           tree_options: TreeOptions = TreeOptions()) -> bytes:
    """The file's bytes for ``tables`` (class -> (ref, record) pairs); classes in ``NEVER_SAVED`` are left out.
    ``tree``: the server's Infrastructure subtree (built with ``tree_options``) to show before the records."""
    return b"".join(encode_pieces(tables, address=address, pool_uuid=pool_uuid, saved_at=saved_at, tree=tree,
                                  tree_options=tree_options))


def encode_pieces(tables: Mapping[str, Iterable[tuple[str, Any]]], *, address: str, pool_uuid: str,
                  saved_at: float | None = None, tree: Node | None = None,
                  tree_options: TreeOptions = TreeOptions()) -> Iterator[bytes]:
    """``encode``'s bytes a piece at a time, made as they are asked for: ``save`` writes each before the next
    is made (a 20,000-VM pool's file is 254 MB; made whole, then framed and joined, it was three copies)."""
    encoder = msgspec.msgpack.Encoder(enc_hook=encode_hook)  # shared references and maps
    rows = {cls: found for cls, pairs in tables.items()
            if cls not in NEVER_SAVED and (found := [(ref, _scrubbed(cls, record)) for ref, record in pairs])}
    header = encoder.encode({"format": FORMAT, "schema": schema_digest(), "address": address,
                             "pool_uuid": pool_uuid, "saved_at": time.time() if saved_at is None else saved_at,
                             "classes": {cls: len(found) for cls, found in rows.items()},
                             "tree_options": {name: getattr(tree_options, name) for name in _OPTIONS}})
    shape = encoder.encode(_tree_rows(tree)) if tree is not None else b""
    yield b"".join((MAGIC, _LENGTH.pack(len(header)), header, _LENGTH.pack(len(shape)), shape))
    # The body, a map of class -> array of bin, framed here as MessagePack frames them (msgspec has no
    # streaming encoder): the same bytes ``encoder.encode(body)`` gives, one run at a time.
    yield _msgpack_head(0x80, 0xDE, len(rows))
    for cls, found in rows.items():
        yield encoder.encode(cls) + _msgpack_head(0x90, 0xDC, -(-len(found) // RUN))
        for i in range(0, len(found), RUN):
            run = encoder.encode(found[i:i + RUN])
            yield _msgpack_bin_head(len(run)) + run


def _msgpack_head(fix: int, sized: int, count: int) -> bytes:
    """A MessagePack map (0x80/0xDE) or array (0x90/0xDC) header for ``count`` entries."""
    if count < 16:
        return bytes((fix | count,))
    if count < 1 << 16:
        return bytes((sized,)) + count.to_bytes(2, "big")
    return bytes((sized + 1,)) + count.to_bytes(4, "big")


def _msgpack_bin_head(length: int) -> bytes:
    if length < 1 << 8:
        return bytes((0xC4, length))
    if length < 1 << 16:
        return b"\xc5" + length.to_bytes(2, "big")
    return b"\xc6" + length.to_bytes(4, "big")


def decode_head(data: bytes, address: str) -> Head:
    """The head of a file (``data`` may stop anywhere after it); InventoryError unless it is a whole,
    current head written for ``address``."""
    start = len(MAGIC) + _LENGTH.size
    if not data.startswith(MAGIC) or len(data) < start:
        raise InventoryError("not an inventory file")
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    try:
        header = msgspec.msgpack.decode(data[start:start + length], type=dict[str, Any])
    except msgspec.DecodeError as exc:
        raise InventoryError(f"unreadable header ({exc})") from None
    if header.get("format") != FORMAT:
        raise InventoryError(f"format {header.get('format')!r}, this program writes {FORMAT}")
    if header.get("schema") != schema_digest():
        raise InventoryError("written for another version of the datamodel")
    if header.get("address") != address:
        raise InventoryError(f"saved for {header.get('address')}, not {address}")
    tree_at = start + length + _LENGTH.size
    if len(data) < tree_at:
        raise InventoryError("damaged (it ends after its header)")
    (tree_length,) = _LENGTH.unpack_from(data, start + length)
    try:
        tree = _tree_node(msgspec.msgpack.decode(data[tree_at:tree_at + tree_length]), address) \
            if tree_length else None
        saved = header["tree_options"]
        options = TreeOptions(default_templates=bool(saved["default_templates"]),
                              user_templates=bool(saved["user_templates"]), local_srs=bool(saved["local_srs"]),
                              hidden_objects=bool(saved["hidden_objects"]))
        classes = {str(cls): int(n) for cls, n in header["classes"].items()}
        return Head(address, str(header["pool_uuid"]), float(header["saved_at"]), classes, tree, options,
                    tree_at + tree_length)
    except (msgspec.DecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InventoryError(f"damaged tree or header ({exc})") from None


@functools.cache
def _decoder(kind: type[Record]) -> msgspec.msgpack.Decoder:
    return msgspec.msgpack.Decoder(list[tuple[Ref, kind]], dec_hook=decode_hook)  # type: ignore[valid-type]


def _records(cls: str, blobs: list[bytes]) -> dict[str, Any]:
    kind = record_type(cls)
    records: dict[str, Any] = {}
    for blob in blobs:
        if kind is not None:
            try:
                records.update(_decoder(kind).decode(blob))
                continue
            except msgspec.ValidationError:
                pass  # a newer or older xapi's values: the live path's lenient records, below
        loose = msgspec.msgpack.decode(blob, type=list[tuple[str, dict[str, Any]]])
        records.update((ref, snapshot_record(cls, fields)) for ref, fields in loose)
    return records


def decode_body(data: bytes, head: Head) -> dict[str, dict[str, Any]]:
    """The records of a file whose head is ``head``; InventoryError when they are not whole."""
    try:
        body = msgspec.msgpack.decode(data[head.body_at:], type=dict[str, list[bytes]])
        tables = {cls: _records(cls, blob) for cls, blob in body.items() if cls not in NEVER_SAVED}
    except (msgspec.DecodeError, ValueError) as exc:  # ProtocolError is a ValueError too
        raise InventoryError(f"damaged ({exc})") from None
    if {cls: len(t) for cls, t in tables.items()} != head.classes:
        raise InventoryError("damaged (object counts differ from its header)")
    return tables


def decode(data: bytes, address: str) -> Inventory:
    """The whole inventory in a file's bytes; InventoryError when they are not a whole, current one."""
    head = decode_head(data, address)
    return Inventory(head.address, head.pool_uuid, head.saved_at, decode_body(data, head), head.tree)


def file_name(address_key: str) -> str:
    """One file per server: its ``host:port`` made safe for any file system."""
    safe = re.sub(r"[^A-Za-z0-9.-]", "_", address_key)
    return f"{safe}-{hashlib.sha256(address_key.encode()).hexdigest()[:8]}.inventory"


def save(path: Path, data: bytes | Iterable[bytes]) -> int:
    """Write atomically (a temporary file in the same folder, fsync, rename), readable by the user only;
    ``data`` may be pieces (``encode_pieces``), each written before the next is made. Returns the size."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as f:
            os.fchmod(f.fileno(), 0o600)
            size = 0
            for piece in [data] if isinstance(data, bytes) else data:
                size += f.write(piece)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return size


_HEAD_READ = 1 << 20  # a 20,000-VM pool's tree is ~1 MB


def _ignored(path: Path, exc: Exception) -> None:
    log.warning("last known inventory %s ignored: %s", path, exc)
    path.unlink(missing_ok=True)


def load_head(path: Path, address: str) -> Head | None:
    """The head saved for ``address`` (host:port), reading only its start; None when absent or unreadable
    (then logged and removed)."""
    try:
        with path.open("rb") as f:
            data = f.read(_HEAD_READ)
            if len(data) >= len(MAGIC) + _LENGTH.size and data.startswith(MAGIC):
                need = len(MAGIC) + 2 * _LENGTH.size + _LENGTH.unpack_from(data, len(MAGIC))[0]
                if len(data) >= need:
                    need += _LENGTH.unpack_from(data, need - _LENGTH.size)[0]
                if need > len(data):
                    data += f.read(need - len(data))
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("last known inventory %s not read: %s", path, exc)
        return None
    try:
        return decode_head(data, address)
    except InventoryError as exc:
        _ignored(path, exc)
        return None


def load_body(path: Path, head: Head) -> dict[str, dict[str, Any]] | None:
    """The records of the file ``head`` came from; None when it is unreadable now (logged and removed)."""
    try:
        data = path.read_bytes()
        if decode_head(data, head.address).saved_at != head.saved_at:
            raise InventoryError("replaced while it was read")
        return decode_body(data, head)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("last known inventory %s not read: %s", path, exc)
        return None
    except InventoryError as exc:
        _ignored(path, exc)
        return None


def load(path: Path, address: str) -> Inventory | None:
    """The whole inventory saved for ``address``, or None (absent; unreadable, logged and removed)."""
    head = load_head(path, address)
    tables = load_body(path, head) if head is not None else None
    if head is None or tables is None:
        return None
    return Inventory(head.address, head.pool_uuid, head.saved_at, tables, head.tree)
