"""XML-RPC envelopes as xapi speaks them on ``POST /`` (the fallback for hosts without JSON-RPC).

xapi never sends ``<fault>``: every reply is a struct ``{Status, Value}`` or ``{Status: "Failure",
ErrorDescription: [code, params...]}``. 64-bit ints travel as strings both ways.
"""

from __future__ import annotations

import xmlrpc.client
from datetime import datetime
from typing import Any
from xml.parsers.expat import ExpatError

from .errors import Failure, ProtocolError
from .values import format_xapi_datetime, normalize_datetime

CONTENT_TYPE = "text/xml"


class _Unmarshaller(xmlrpc.client.Unmarshaller):
    """Keeps dates as canonical xapi strings (xmlrpc.client cannot parse dates without ``Z``)."""

    dispatch: dict[str, Any] = dict(xmlrpc.client.Unmarshaller.dispatch)

    def end_dateTime(self, data: str) -> None:  # noqa: N802 - xmlrpc.client's naming
        self.append(normalize_datetime(data))

    dispatch["dateTime.iso8601"] = end_dateTime


def _to_wire(value: Any) -> Any:
    """Python values as xapi expects them: ints as strings, dates as dateTime.iso8601."""
    if isinstance(value, (bool, float, str)):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        return xmlrpc.client.DateTime(format_xapi_datetime(value))
    if isinstance(value, dict):
        return {str(k): _to_wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_wire(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be sent to xapi")


def encode_request(method: str, params: list[Any]) -> bytes:
    return xmlrpc.client.dumps(tuple(_to_wire(p) for p in params), method, encoding="utf-8").encode()


def loads(body: bytes) -> Any:
    """The single value of a ``methodResponse``; any parser failure is a ProtocolError."""
    unmarshaller = _Unmarshaller()
    parser = xmlrpc.client.ExpatParser(unmarshaller)
    try:
        parser.feed(body)
        parser.close()
        values = unmarshaller.close()
    except xmlrpc.client.Fault as e:
        raise ProtocolError(f"unexpected XML-RPC fault {e.faultCode}") from None
    except (ExpatError, xmlrpc.client.ResponseError, ValueError, TypeError, IndexError, OverflowError,
            LookupError) as e:  # LookupError: an unknown encoding in the XML declaration
        raise ProtocolError(f"malformed XML-RPC reply: {type(e).__name__}: {e}") from None
    if len(values) != 1:
        raise ProtocolError(f"XML-RPC reply holds {len(values)} values, expected 1")
    return values[0]


def decode_response(body: bytes) -> Any:
    """``Value`` of a Success, or raise Failure from ``ErrorDescription``."""
    reply = loads(body)
    if not isinstance(reply, dict):
        raise ProtocolError(f"XML-RPC reply is a {type(reply).__name__}, not a struct")
    status = reply.get("Status")
    if status == "Success":
        if "Value" not in reply:
            raise ProtocolError("XML-RPC success without a Value")
        return reply["Value"]
    if status == "Failure":
        description = reply.get("ErrorDescription")
        if not isinstance(description, list) or not description or not isinstance(description[0], str):
            raise ProtocolError("XML-RPC failure without an error code")
        raise Failure.from_wire(description[0], description[1:])
    raise ProtocolError(f"XML-RPC reply with status {status!r}")
