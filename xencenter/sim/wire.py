"""xapi's two wire formats: JSON-RPC (1.0 and 2.0) and XML-RPC, with exactly its envelopes.

JSON-RPC 2.0: ``{"jsonrpc":"2.0","result":...,"id":N}`` or
``{"jsonrpc":"2.0","error":{"code":1,"message":CODE,"data":[params]},"id":N}``.
JSON-RPC 1.0: ``{"result":...,"error":null,"id":N}`` or ``{"result":null,"error":[CODE,params...],"id":N}``
(the error is the bare description, as ocaml-rpc sends it and XenCenter's v1 client parses it).
XML-RPC: always a struct ``{Status: Success, Value}`` or ``{Status: Failure, ErrorDescription: [...]}``;
ints are bare ``<value>123</value>`` (strings to the client), dates are ``dateTime.iso8601``.
"""

from __future__ import annotations

import json
import xmlrpc.client
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from .errors import XapiError
from .fieldtypes import Date, Int32


class MalformedRequest(Exception):
    """The body is not a request at all (xapi answers HTTP 500)."""


@dataclass(frozen=True, slots=True)
class Call:
    method: str
    params: list[Any]
    id: Any = None
    version: str = "xml"  # "1.0", "2.0" or "xml"


# -- JSON-RPC --------------------------------------------------------------------------------------------


def parse_json_call(body: bytes) -> Call:
    try:
        request = json.loads(body)
    except (ValueError, UnicodeDecodeError) as e:
        raise MalformedRequest(f"bad JSON: {e}") from None
    if not isinstance(request, dict) or not isinstance(request.get("method"), str):
        raise MalformedRequest("a JSON-RPC request is an object with a method")
    params = request.get("params", [])
    if not isinstance(params, list):
        raise MalformedRequest("params must be an array")
    version = "2.0" if request.get("jsonrpc") == "2.0" else "1.0"
    return Call(request["method"], params, request.get("id"), version)


def json_success(call: Call, value: Any, result_json: bytes | None = None) -> bytes:
    """The success envelope; ``result_json`` is ``value`` already encoded (compact), when the caller has it."""
    if result_json is None:
        result_json = _dumps(value).encode()
    head = b'{"jsonrpc":"2.0","result":' if call.version == "2.0" else b'{"result":'
    tail = f',"id":{_dumps(call.id)}}}' if call.version == "2.0" else f',"error":null,"id":{_dumps(call.id)}}}'
    return b"".join((head, result_json, tail.encode()))


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), check_circular=False)


def json_failure(call: Call, error: XapiError) -> bytes:
    if call.version == "2.0":
        envelope = {
            "jsonrpc": "2.0",
            "error": {"code": 1, "message": error.code, "data": error.params},
            "id": call.id,
        }
    else:
        envelope = {"result": None, "error": error.description, "id": call.id}
    return _dumps(envelope).encode()


# -- XML-RPC ---------------------------------------------------------------------------------------------


def parse_xml_call(body: bytes) -> Call:
    try:
        params, method = xmlrpc.client.loads(body, use_builtin_types=True)
    except Exception as e:  # expat errors, bad values: all mean "not a request"
        raise MalformedRequest(f"bad XML-RPC: {e}") from None
    if not method:
        raise MalformedRequest("no methodName")
    return Call(method, [_from_xml(p) for p in params])


def _from_xml(value: Any) -> Any:
    if isinstance(value, list):
        return [_from_xml(v) for v in value]
    if isinstance(value, dict):
        return {k: _from_xml(v) for k, v in value.items()}
    if hasattr(value, "strftime"):  # dateTime.iso8601 decoded by xmlrpc.client
        return Date(value.strftime("%Y%m%dT%H:%M:%SZ"))
    return value


def encode_xml_value(value: Any) -> str:
    """One XML-RPC ``<value>``, the way ocaml-rpc writes it (also the task ``result`` fragment)."""
    out: list[str] = []
    _xml_value(value, out)
    return "".join(out)


def _xml_value(value: Any, out: list[str]) -> None:
    t = type(value)
    if t is str:
        out.append(f"<value>{escape(value)}</value>")
    elif t is dict:
        out.append("<value><struct>")
        for key, item in value.items():
            out.append(f"<member><name>{escape(str(key))}</name>")
            _xml_value(item, out)
            out.append("</member>")
        out.append("</struct></value>")
    elif t is list or t is tuple:
        out.append("<value><array><data>")
        for item in value:
            _xml_value(item, out)
        out.append("</data></array></value>")
    elif t is bool:
        out.append("<value><boolean>1</boolean></value>" if value else "<value><boolean>0</boolean></value>")
    elif t is Date:
        out.append(f"<value><dateTime.iso8601>{value}</dateTime.iso8601></value>")
    elif t is Int32:
        out.append(f"<value><i4>{int(value)}</i4></value>")
    elif t is int:
        out.append(f"<value>{value}</value>")
    elif t is float:
        out.append(f"<value><double>{value:.16g}</double></value>")
    elif value is None:
        out.append("<value><nil/></value>")
    else:
        raise TypeError(f"cannot encode {t.__name__} in XML-RPC")


def _xml_response(status: dict[str, Any]) -> bytes:
    return ('<?xml version="1.0"?><methodResponse><params><param>'
            + encode_xml_value(status) + "</param></params></methodResponse>").encode()


def xml_success(value: Any) -> bytes:
    return _xml_response({"Status": "Success", "Value": value})


def xml_failure(error: XapiError) -> bytes:
    return _xml_response({"Status": "Failure", "ErrorDescription": error.description})
