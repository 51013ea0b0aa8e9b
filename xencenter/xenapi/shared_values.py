"""Values the record decoder shares instead of making anew: references, text maps and sets of enums.

A census of a 20,000-VM pool's cache found 1.67 million reference strings in its records, each its own copy
(130 MB), 1.39 million empty ``other_config``-style maps (85 MB), 233,000 maps of which ``VDI.sm_config``
alone (18 MB) had two distinct contents, and 460,000 ``allowed_operations`` sets with six, against 349,000
objects. msgspec has no option to share equal values, so record fields of those types are declared as the
types below, which msgspec hands to ``decode_hook`` (a Python call each, ~0.25 µs; a whole first fill decodes
no slower, as it allocates less): a reference comes back as the one ``Ref`` of that text already seen, a map
or set as the one of that content. They stay what the rest of the program reads: a ``Ref`` is a ``str``, a
``TextMap`` a read-only ``dict``, a ``TextSet`` a ``tuple``.
"""

from __future__ import annotations

import xmlrpc.client
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

#: Distinct values remembered for sharing; past this a memory starts again (a long session's deleted objects
#: would otherwise stay in it, and most maps naming one object are unique).
SHARED_REFS_LIMIT = 2_000_000
SHARED_CONTENTS_LIMIT = 100_000


class Ref(str):
    """An object reference from the wire (``OpaqueRef:…``): a ``str``, shared between the records naming it."""

    __slots__ = ()


class TextMap(dict):
    """A map of text to text (strings, enums, references): read-only, since equal ones are shared."""

    __slots__ = ()

    def _read_only(self, *_: Any, **__: Any) -> NoReturn:
        raise TypeError("a record's map is read-only: copy it with dict(...)")

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _read_only


class TextSet(tuple):
    """A set of enum values or strings (``allowed_operations``): a ``tuple``, shared by equal contents."""

    __slots__ = ()


EMPTY_MAP = TextMap()
_refs: dict[str, Ref] = {}
_maps: dict[tuple[tuple[str, str], ...], TextMap] = {}
_sets: dict[tuple[str, ...], TextSet] = {}


def decode_hook(kind: type, value: Any) -> Any:
    """msgspec's ``dec_hook`` for record fields typed ``Ref``, ``TextMap`` or ``TextSet``."""
    if kind is Ref:
        if not isinstance(value, str):
            raise TypeError(f"expected a reference, got {type(value).__name__}")
        shared = _refs.get(value)
        return _remember(_refs, value, Ref(value), SHARED_REFS_LIMIT) if shared is None else shared
    if kind is TextMap:
        if not isinstance(value, dict):
            raise TypeError(f"expected a map, got {type(value).__name__}")
        if not value:
            return EMPTY_MAP
        return _shared(_maps, tuple(value.items()), value.values(), lambda: TextMap(value), "a map of text to text")
    if kind is TextSet:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a set, got {type(value).__name__}")
        items = tuple(value)
        return _shared(_sets, items, items, lambda: TextSet(items), "a set of text")
    raise NotImplementedError(kind)


def _shared(memory: dict, content: Any, texts: Iterable[Any], make: Callable[[], Any], what: str) -> Any:
    """The value remembered for ``content``, else ``make()``'s once ``texts`` are all text."""
    found = memory.get(content)
    if found is None:
        if not all(isinstance(v, str) for v in texts):
            raise TypeError(f"expected {what}")
        found = _remember(memory, content, make())
    return found


def _remember(memory: dict, content: Any, value: Any, limit: int = SHARED_CONTENTS_LIMIT) -> Any:
    if len(memory) >= limit:
        memory.clear()
    memory[content] = value
    return value


# XML-RPC marshals by exact type: these are written as the types they extend (our client and the official SDK
# given a ref from the cache alike).
xmlrpc.client.Marshaller.dispatch[Ref] = xmlrpc.client.Marshaller.dispatch[str]
xmlrpc.client.Marshaller.dispatch[TextMap] = xmlrpc.client.Marshaller.dispatch[dict]
xmlrpc.client.Marshaller.dispatch[TextSet] = xmlrpc.client.Marshaller.dispatch[tuple]


def encode_hook(value: Any) -> Any:
    """msgspec's ``enc_hook`` writing the shared types as the plain ones."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, tuple):
        return tuple(value)
    raise NotImplementedError(f"cannot encode a {type(value).__name__}")
