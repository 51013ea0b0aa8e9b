"""The two envelopes, xapi's quirks in them, and fuzzing: only the family's errors may escape."""

from __future__ import annotations

import json
import xmlrpc.client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xencenter.xenapi import (
    AuthenticationFailed,
    EventsLost,
    Failure,
    HostIsSlave,
    ProtocolError,
    SessionInvalid,
    XenAPIError,
    jsonrpc_codec,
    parse_event_batch,
    xmlrpc_codec,
)
from xencenter.xenapi.values import typed_result


def xml_reply(value: object) -> bytes:
    return xmlrpc.client.dumps((value,), methodresponse=True).encode()


def test_jsonrpc_request_envelope() -> None:
    body = json.loads(jsonrpc_codec.encode_request("VM.start", ["OpaqueRef:s", "OpaqueRef:vm", False, True], 7))
    assert body == {"jsonrpc": "2.0", "method": "VM.start", "params": ["OpaqueRef:s", "OpaqueRef:vm", False, True],
                    "id": 7}


def test_jsonrpc_result_is_the_raw_value() -> None:
    assert jsonrpc_codec.decode_response(b'{"jsonrpc":"2.0","result":{"a":1},"id":3}', 3) == {"a": 1}
    assert jsonrpc_codec.decode_response(b'{"jsonrpc":"2.0","result":"","id":3}', 3) == ""


@pytest.mark.parametrize(
    ("code", "kind"),
    [("SESSION_INVALID", SessionInvalid), ("HOST_IS_SLAVE", HostIsSlave), ("EVENTS_LOST", EventsLost),
     ("SESSION_AUTHENTICATION_FAILED", AuthenticationFailed), ("VM_BAD_POWER_STATE", Failure)],
)
def test_errors_become_typed_failures_in_both_protocols(code: str, kind: type[Failure]) -> None:
    params = ["10.0.0.1", "x"]
    json_reply = json.dumps({"jsonrpc": "2.0", "error": {"code": 1, "message": code, "data": params}, "id": 1})
    with pytest.raises(kind) as from_json:
        jsonrpc_codec.decode_response(json_reply.encode(), 1)
    with pytest.raises(kind) as from_xml:
        xmlrpc_codec.decode_response(xml_reply({"Status": "Failure", "ErrorDescription": [code, *params]}))
    for caught in (from_json.value, from_xml.value):
        assert type(caught) is kind
        assert (caught.code, caught.params) == (code, params)
    if kind is HostIsSlave:
        assert from_json.value.coordinator_address == "10.0.0.1"


def test_jsonrpc_error_without_data_has_no_params() -> None:
    with pytest.raises(Failure) as caught:
        jsonrpc_codec.decode_response(b'{"jsonrpc":"2.0","error":{"code":1,"message":"X"},"id":1}', 1)
    assert caught.value.params == []


@pytest.mark.parametrize(
    "body",
    [b"<html><body>500 Internal Error</body></html>", b'{"jsonrpc":"2.0","result":{"a":', b"[1,2]", b'"text"',
     b'{"jsonrpc":"2.0","id":1}', b'{"jsonrpc":"2.0","error":"boom","id":1}', b'{"jsonrpc":"2.0","result":1,"id":99}',
     b'{"jsonrpc":"2.0","error":{"message":"X","data":"notalist"},"id":1}', b"\xff\xfe", b"[" * 100000],
)
def test_malformed_json_replies_are_protocol_errors(body: bytes) -> None:
    with pytest.raises(ProtocolError):
        jsonrpc_codec.decode_response(body, 1)


def test_xmlrpc_ints_arrive_as_strings_and_dates_are_normalised() -> None:
    body = (b"<?xml version='1.0'?><methodResponse><params><param><value><struct>"
            b"<member><name>Status</name><value>Success</value></member>"
            b"<member><name>Value</name><value><struct>"
            b"<member><name>memory</name><value>4294967296</value></member>"
            b"<member><name>when</name><value><dateTime.iso8601>20240101T13:20:11</dateTime.iso8601></value></member>"
            b"<member><name>ok</name><value><boolean>1</boolean></value></member>"
            b"<member><name>ratio</name><value><double>0.5</double></value></member>"
            b"</struct></value></member></struct></value></param></params></methodResponse>")
    assert xmlrpc_codec.decode_response(body) == {
        "memory": "4294967296", "when": "20240101T13:20:11Z", "ok": True, "ratio": 0.5}


def test_xmlrpc_request_sends_ints_as_strings() -> None:
    params, method = xmlrpc.client.loads(xmlrpc_codec.encode_request("VM.set_memory", ["s", 2**40, True, 0.5]))
    assert method == "VM.set_memory"
    assert params == ("s", str(2**40), True, 0.5)


@pytest.mark.parametrize(
    "body",
    [b"<html>oops</html>", b"<?xml version='1.0'?><methodResponse><params><param><value><struct>",
     xml_reply("just a string"), xml_reply({"Status": "Success"}), xml_reply({"Status": "Maybe", "Value": 1}),
     xml_reply({"Status": "Failure", "ErrorDescription": []}), xml_reply({"Status": "Failure"}),
     xmlrpc.client.dumps(xmlrpc.client.Fault(1, "fault"), methodresponse=True).encode(),
     xml_reply({"Status": "Success", "Value": 1}).replace(b"</param>", b"</param><param><value>2</value></param>"),
     b"<methodResponse><params><param><value><int>x</int></value></param></params></methodResponse>", b""],
)
def test_malformed_xml_replies_are_protocol_errors(body: bytes) -> None:
    with pytest.raises(ProtocolError):
        xmlrpc_codec.decode_response(body)


# -- fuzzing -------------------------------------------------------------------------------------
# Values are generated near the shapes each method really returns (records, event batches), then
# perturbed, so the decoders' deep paths are reached; only XenAPIError subclasses may come out.

METHODS = ["VM.get_all_records", "VM.get_record", "event.from", "VM.get_memory_static_max", "task.get_record",
           "VM_metrics.get_all_records", "host.get_servertime", "VM.get_all", "pool.get_all_records", "unknown.x"]
FIELDS = ["memory_static_max", "VCPUs_max", "start_time", "VCPUs_utilisation", "VCPUs_CPU", "progress", "status",
          "allowed_operations", "other_config", "name_label", "error_info", "result", "last_updated"]

xml_text = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0xD7FF), max_size=8)
leaves = (
    st.booleans() | st.integers(-(2**31), 2**31 - 1) | st.floats(allow_nan=False, allow_infinity=False) | xml_text
    | st.sampled_from(["Success", "Failure", "OpaqueRef:NULL", "4096", "0.5", "20240101T00:00:00", "vm", "task"])
)
anything = st.recursive(
    leaves, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(xml_text, kids, max_size=3), max_leaves=10
)


def mostly(shape: st.SearchStrategy) -> st.SearchStrategy:
    """``shape`` three times in four, anything else otherwise."""
    return st.one_of(shape, shape, shape, anything)


record = st.dictionaries(st.sampled_from(FIELDS), mostly(leaves), max_size=6)
event = st.fixed_dictionaries(
    {"id": mostly(st.integers(0, 99) | st.sampled_from(["7", "x"])),
     "class": mostly(st.sampled_from(["vm", "task", "vm_metrics", "no_such"])),
     "operation": mostly(st.sampled_from(["add", "mod", "del"])), "ref": mostly(st.just("OpaqueRef:a"))},
    optional={"timestamp": anything, "snapshot": mostly(record)},
)
batch = st.fixed_dictionaries(
    {"events": mostly(st.lists(mostly(event), max_size=3)), "token": mostly(xml_text)},
    optional={"valid_ref_counts": mostly(st.dictionaries(xml_text, st.integers(0, 9) | xml_text, max_size=2))},
)
calls = st.one_of(  # (method, result) pairs, each method with results near its real shape
    st.tuples(st.just("event.from"), batch),
    st.tuples(st.sampled_from(["VM.get_record", "task.get_record", "VM_metrics.get_record"]), record),
    st.tuples(st.sampled_from(["VM.get_all_records", "VM_metrics.get_all_records"]),
              st.dictionaries(xml_text, mostly(record), max_size=3)),
    st.tuples(st.sampled_from(METHODS), anything),
)
failures = st.fixed_dictionaries({}, optional={"code": anything, "message": xml_text | anything, "data": anything})


def decode_safely(decode, body: bytes, method: str) -> None:
    """Decode as Session does (envelope, datamodel types, event batch); only the family may escape."""
    try:
        value = typed_result(method, decode(body))
        if method == "event.from":
            parse_event_batch(value)
    except XenAPIError:
        pass


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(call=calls, error=st.one_of(st.none(), st.none(), failures), rid=st.sampled_from([1, 1, 2]))
def test_fuzz_jsonrpc_decoder(call: tuple[str, object], error: object, rid: int) -> None:
    method, result = call
    envelope = {"jsonrpc": "2.0", "id": rid, "result": result} if error is None else {"error": error, "id": rid}
    decode_safely(lambda b: jsonrpc_codec.decode_response(b, 1), json.dumps(envelope).encode(), method)


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=200), method=st.sampled_from(METHODS))
def test_fuzz_decoders_with_random_bytes(body: bytes, method: str) -> None:
    decode_safely(lambda b: jsonrpc_codec.decode_response(b, 1), body, method)
    decode_safely(xmlrpc_codec.decode_response, body, method)


TAGS = [b"string", b"int", b"i4", b"double", b"boolean", b"dateTime.iso8601", b"base64", b"nil", b"struct", b"array"]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    call=calls, status=st.sampled_from(["Success", "Success", "Failure", "Other"]), cut=st.integers(0, 600),
    junk=st.binary(max_size=6), retag=st.sampled_from(TAGS),
)
def test_fuzz_xmlrpc_decoder(call: tuple[str, object], status: str, cut: int, junk: bytes, retag: bytes) -> None:
    method, result = call
    key = "ErrorDescription" if status == "Failure" else "Value"
    body = xml_reply({"Status": status, key: result})
    for variant in (body, body[:cut] + junk + body[cut:], body[:cut],
                    body.replace(b"<string>", b"<" + retag + b">").replace(b"</string>", b"</" + retag + b">")):
        decode_safely(xmlrpc_codec.decode_response, variant, method)
