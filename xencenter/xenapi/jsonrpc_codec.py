"""JSON-RPC 2.0 envelopes as xapi speaks them on ``POST /jsonrpc``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from . import json_pieces
from .errors import Failure, ProtocolError
from .values import format_xapi_datetime

CONTENT_TYPE = "application/json"


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return format_xapi_datetime(value)
    raise TypeError(f"{type(value).__name__} cannot be sent to xapi")


def encode_request(method: str, params: list[Any], request_id: int) -> bytes:
    """``{"jsonrpc": "2.0", "method", "params", "id"}``; dates travel as xapi date strings."""
    envelope = {"jsonrpc": "2.0", "method": method, "params": params, "id": request_id}
    return json.dumps(envelope, default=_default, ensure_ascii=False).encode()


def decode_response(body: bytes | Iterable[bytes], request_id: int | None = None,
                    items: json_pieces.Items | None = None, items_at: tuple[str, ...] = ()) -> Any:
    """The raw ``result``, or raise Failure for ``error``; anything malformed raises ProtocolError.

    ``items`` decodes the array at ``("result", *items_at)`` when the reply is large (``json_pieces``);
    with ``items``, ``body`` may be the chunks of the reply as they arrive.
    """
    try:
        if items is not None and not isinstance(body, (bytes, str)):
            reply = json_pieces.loads_stream(body, items, ("result", *items_at))
        else:
            reply = json_pieces.loads(body, items, ("result", *items_at))  # type: ignore[arg-type]
    except (ValueError, RecursionError) as e:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise ProtocolError(f"malformed JSON-RPC reply: {e}") from None
    if not isinstance(reply, dict):
        raise ProtocolError(f"JSON-RPC reply is a {type(reply).__name__}, not an object")
    if request_id is not None and "id" in reply and reply["id"] != request_id:
        raise ProtocolError("JSON-RPC reply answers another request")
    error = reply.get("error")
    if error is not None:
        raise _failure(error)
    if "result" not in reply:
        raise ProtocolError("JSON-RPC reply has neither result nor error")
    return reply["result"]


def _failure(error: Any) -> Failure:
    if not isinstance(error, dict) or not isinstance(error.get("message"), str):
        raise ProtocolError("JSON-RPC error without an error code")
    data = error.get("data")
    if data is None:
        data = []
    if not isinstance(data, list):
        raise ProtocolError("JSON-RPC error data is not a list")
    return Failure.from_wire(error["message"], data)
