"""Decoding a large JSON reply in pieces, so that other threads run while it is decoded.

``json.loads`` is one C call that holds the GIL: an event storm's 20 MB ``event.from`` reply kept the UI
thread waiting for 150-250 ms. Big replies are mostly one array of objects (the events), so that array is
cut into ~1 MB runs of whole elements, each decoded by ``json.loads`` (between two runs the interpreter can
hand the GIL to the UI thread), and the rest of the reply is decoded with a placeholder in its place.

A cut is only guessed from the text (``}, {``), never trusted: a run decodes as an array only when the cut
really lies between two elements (a cut inside a string or a nested value leaves a string or a bracket
open), and the reply around the array decodes only when the array really started where it was taken to.
Whenever a guess does not hold, the whole text is decoded at once: the result is always ``json.loads``'s.

``loads_stream`` does the same while the reply arrives, so that a pool's 85 MB first ``event.from`` is never
held whole (and decoding overlaps the transfer). Consumed text is gone there, so a cut that does not hold is
not answered by decoding everything: the run is extended to the next candidate cut instead. That is exact
because a run always starts where an element starts (the previous run proved it), so a run that ends at a
false cut ends inside an element and cannot decode.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from xencenter.give_way import give_way

#: Runs of about this many characters (~5-10 ms of decoding each).
PIECE = 1 << 20

_ARRAY_OF_OBJECTS = re.compile(r"\[\s*\{")
_CUT = re.compile(r"\}\s*,\s*\{")
_ARRAY_OF_OBJECTS_BYTES = re.compile(rb"\[\s*\{")
_CUT_BYTES = re.compile(rb"\}\s*,\s*\{")
_PLACEHOLDER = "xencenter: array decoded in pieces 5f0c9e"
_DECODER = json.JSONDecoder()

#: Decodes the text of a JSON array (a run of the big array) to a list.
Items = Callable[[Any], list[Any]]


class _NoCut(Exception):
    """The text does not split where it seemed to: decode it whole."""


def loads(body: bytes | str, items: Items | None = None, at: tuple[str, ...] = ()) -> Any:
    """``json.loads(body)``, in pieces when the text is large. Raises ValueError like ``json.loads``.

    UTF-8 bytes are cut as they are (the characters cut at are ASCII, never part of a multi-byte
    character), so a reply is never held twice, as bytes and as text, while it is decoded.

    With ``items``, the runs of the array found at the keys ``at`` (``("result", "events")``) are decoded by
    ``items`` (a JSON array's text -> list; ValueError when it is not JSON) instead of ``json.loads``; when
    the reply is small or does not split there, it is ``json.loads``'s, and so is the array.
    """
    if len(body) >= 2 * PIECE:
        if isinstance(body, bytes) and json.detect_encoding(body) != "utf-8":
            body = body.decode(json.detect_encoding(body), "surrogatepass")
        try:
            return _in_pieces(body, items or _decode, at if items else None)
        except _NoCut:
            pass
    return json.loads(body)


def loads_stream(chunks: Iterable[bytes], items: Items, at: tuple[str, ...]) -> Any:
    """``loads(b"".join(chunks), items, at)``, decoded while the chunks (UTF-8) arrive.

    Streams only when the text soon shows ``"<at[-1]>": [{``; otherwise it is collected and decoded whole.
    """
    chunks = iter(chunks)
    opening_at = re.compile(rb'"' + re.escape(json.dumps(at[-1]).strip('"').encode()) + rb'"\s*:\s*\[\s*\{')
    buffer = bytearray()
    opening = None
    for chunk in chunks:
        buffer += chunk
        if len(buffer) >= 2 * PIECE:
            opening = opening_at.search(buffer)
            if opening is not None or len(buffer) >= 64 * PIECE:
                break
    if opening is None or json.detect_encoding(bytes(buffer[:4])) != "utf-8":
        return loads(bytes(buffer) + b"".join(chunks), items, at)
    head = bytes(buffer[:buffer.rindex(b"[", 0, opening.end())])  # what precedes the array
    del buffer[:opening.end() - 1]  # the buffer starts at the first element's "{"
    decoded: list[Any] = []
    rest = _decode_runs(chunks, buffer, items, decoded).decode()
    try:
        return _assemble(head.decode(), rest, decoded, items, at)
    except ValueError as e:
        raise ValueError(f"malformed reply: {e}") from None


def _decode_runs(chunks: Iterator[bytes], buffer: bytearray, items: Items, decoded: list[Any]) -> bytes:
    """Decode runs of whole elements from the front of ``buffer`` while chunks arrive; returns what is left
    (the last run and what follows the array) once the chunks end."""
    search_from = PIECE
    while True:
        # Past 8 pieces without a cut that holds, stop cutting: each try decodes the run from its start.
        cut = _CUT_BYTES.search(buffer, search_from) if search_from <= 8 * PIECE else None
        if cut is None:
            chunk = next(chunks, None)
            if chunk is None:
                return bytes(buffer)
            buffer += chunk
            continue
        give_way()  # a busy UI thread first: each run holds the GIL for milliseconds
        try:
            decoded.extend(items(b"[" + buffer[:cut.start() + 1] + b"]"))
        except ValueError:
            search_from = cut.end() - 1  # a false cut (inside an element): try the next one
            continue
        del buffer[:cut.end() - 1]
        search_from = PIECE


def _in_pieces(text: bytes | str, items: Items, at: tuple[str, ...] | None) -> Any:
    binary = isinstance(text, bytes)
    opening = (_ARRAY_OF_OBJECTS_BYTES if binary else _ARRAY_OF_OBJECTS).search(text)  # type: ignore[arg-type]
    if opening is None:
        raise _NoCut
    cuts = _CUT_BYTES if binary else _CUT
    left, right = (b"[", b"]") if binary else ("[", "]")
    position = opening.end() - 1  # the first element's "{"
    decoded: list[Any] = []
    while (cut := cuts.search(text, position + PIECE)) is not None:  # type: ignore[arg-type]
        give_way()
        decoded.extend(_run(items, left + text[position:cut.start() + 1] + right))  # type: ignore[operator]
        position = cut.end() - 1
    try:  # the rest is small: the last run (which ends at the array's "]") and what follows the array
        return _assemble(_text(text[:opening.start()]), _text(text[position:]), decoded, items, at)
    except ValueError:
        raise _NoCut from None


def _assemble(head: str, rest: str, decoded: list[Any], items: Items, at: tuple[str, ...] | None) -> Any:
    """The whole reply from the runs decoded so far, ``rest`` (the last run, the array's "]" and what follows)
    and ``head`` (what precedes the array's "["). ValueError when they do not fit together, or when ``at`` is
    given and the array is not there."""
    end = _DECODER.raw_decode("[" + rest)[1]
    decoded.extend(items("[" + rest[:end - 1]))
    outside = json.loads(head + json.dumps(_PLACEHOLDER) + rest[end - 1:])
    holders = list(_placeholders(outside))
    if len(holders) != 1:
        raise ValueError("the array is not where it was taken to be")
    container, key = holders[0]
    if at is not None and (container is not _container(outside, at[:-1]) or key != at[-1]):
        raise ValueError("the array is not where it belongs")
    container[key] = decoded
    return outside


def _text(part: bytes | str) -> str:
    return part.decode() if isinstance(part, bytes) else part


def _run(items: Items, array: bytes | str) -> list[Any]:
    try:
        return items(array)
    except ValueError:
        raise _NoCut from None


def _container(value: Any, keys: tuple[str, ...]) -> Any:
    """What the keys lead to in a decoded value (None when they lead nowhere)."""
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _decode(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise _NoCut from None


def _placeholders(value: Any) -> Any:
    """(container, key) of every placeholder string in a decoded value."""
    stack = [value]
    while stack:
        node = stack.pop()
        pairs = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in pairs:
            if child == _PLACEHOLDER:
                yield node, key
            elif isinstance(child, (dict, list)):
                stack.append(child)
