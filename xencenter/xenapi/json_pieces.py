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
_PLACEHOLDER = "xencenter: array decoded in pieces 5f0c9e"
_DECODER = json.JSONDecoder()


class _NoCut(Exception):
    """The text does not split where it seemed to: decode it whole."""


def loads(body: bytes | str) -> Any:
    """``json.loads(body)``, in pieces when the text is large. Raises ValueError like ``json.loads``."""
    text = body if isinstance(body, str) else body.decode(json.detect_encoding(body), "surrogatepass")
    if len(text) >= 2 * PIECE:
        try:
            return _in_pieces(text)
        except _NoCut:
            pass
    return json.loads(text)


def _in_pieces(text: str) -> Any:
    opening = _ARRAY_OF_OBJECTS.search(text)
    if opening is None:
        raise _NoCut
    position = opening.end() - 1  # the first element's "{"
    items: list[Any] = []
    while (cut := _CUT.search(text, position + PIECE)) is not None:
        items.extend(_decode("[" + text[position:cut.start() + 1] + "]"))
        position = cut.end() - 1
    try:
        tail, end = _DECODER.raw_decode("[" + text[position:])  # the last run ends at the array's "]"
    except ValueError:
        raise _NoCut from None
    items.extend(tail)
    outside = _decode(text[:opening.start()] + json.dumps(_PLACEHOLDER) + text[position + end - 1:])
    holders = list(_placeholders(outside))
    if len(holders) != 1:
        raise _NoCut
    container, key = holders[0]
    container[key] = items
    return outside


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
