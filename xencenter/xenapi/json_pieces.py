"""Decoding a large JSON reply in pieces, so that other threads run while it is decoded.

``json.loads`` is one C call that holds the GIL: an event storm's 20 MB ``event.from`` reply kept the UI
thread waiting for 150-250 ms. Big replies are mostly one array of objects (the events), so that array is
cut into ~1 MB runs of whole elements, each decoded by ``json.loads`` (between two runs the interpreter can
hand the GIL to the UI thread), and the rest of the reply is decoded with a placeholder in its place.

A cut is only guessed from the text (``}, {``), never trusted: a run decodes as an array only when the cut
really lies between two elements (a cut inside a string or a nested value leaves a string or a bracket
open), and the reply around the array decodes only when the array really started where it was taken to.
Whenever a guess does not hold, the whole text is decoded at once: the result is always ``json.loads``'s.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: Runs of about this many characters (~5-10 ms of decoding each).
PIECE = 1 << 20

_ARRAY_OF_OBJECTS = re.compile(r"\[\s*\{")
_CUT = re.compile(r"\}\s*,\s*\{")
_ARRAY_OF_OBJECTS_BYTES = re.compile(rb"\[\s*\{")
_CUT_BYTES = re.compile(rb"\}\s*,\s*\{")
_PLACEHOLDER = "xencenter: array decoded in pieces 5f0c9e"
_DECODER = json.JSONDecoder()


class _NoCut(Exception):
    """The text does not split where it seemed to: decode it whole."""


def loads(body: bytes | str) -> Any:
    """``json.loads(body)``, in pieces when the text is large. Raises ValueError like ``json.loads``.

    UTF-8 bytes are cut as they are (the characters cut at are ASCII, never part of a multi-byte
    character), so a reply is never held twice, as bytes and as text, while it is decoded.
    """
    if len(body) >= 2 * PIECE:
        if isinstance(body, bytes) and json.detect_encoding(body) != "utf-8":
            body = body.decode(json.detect_encoding(body), "surrogatepass")
        try:
            return _in_pieces(body)
        except _NoCut:
            pass
    return json.loads(body)


def _in_pieces(text: bytes | str) -> Any:
    binary = isinstance(text, bytes)
    opening = (_ARRAY_OF_OBJECTS_BYTES if binary else _ARRAY_OF_OBJECTS).search(text)  # type: ignore[arg-type]
    if opening is None:
        raise _NoCut
    cuts = _CUT_BYTES if binary else _CUT
    left, right = (b"[", b"]") if binary else ("[", "]")
    position = opening.end() - 1  # the first element's "{"
    items: list[Any] = []
    while (cut := cuts.search(text, position + PIECE)) is not None:  # type: ignore[arg-type]
        items.extend(_decode(left + text[position:cut.start() + 1] + right))  # type: ignore[operator]
        position = cut.end() - 1
    try:  # the rest is small: the last run (which ends at the array's "]") and what follows the array
        head, rest = (_text(text[:opening.start()]), _text(text[position:]))
        tail, end = _DECODER.raw_decode("[" + rest)
    except ValueError:
        raise _NoCut from None
    items.extend(tail)
    outside = _decode(head + json.dumps(_PLACEHOLDER) + rest[end - 1:])
    holders = list(_placeholders(outside))
    if len(holders) != 1:
        raise _NoCut
    container, key = holders[0]
    container[key] = items
    return outside


def _text(part: bytes | str) -> str:
    return part.decode() if isinstance(part, bytes) else part


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
