"""The simulator on the wire: envelopes byte by byte, xapi's errors, generated methods, malformed requests."""

from __future__ import annotations

import json
import re
import ssl
import xmlrpc.client

import pytest
from cryptography import x509
from sim_rpc import Rpc, failure_of

from tests.conftest import start_sim


@pytest.fixture(scope="module")
def pool():
    """One simulator for the module (tests here change names and tags only)."""
    server = start_sim("--hosts", "3", "--vms", "24")
    yield server
    server.stop()


def _first_vm(rpc, session, power_state="Halted"):
    records = rpc.call("VM.get_all_records", session)
    return next(r for r, v in records.items()
                if v["power_state"] == power_state and not v["is_a_template"] and not v["is_control_domain"])


def test_listening_line_names_the_certificate(pool):
    assert re.fullmatch(r"https://127\.0\.0\.1:\d+", pool.url)
    assert re.fullmatch(r"([0-9A-F]{2}:){31}[0-9A-F]{2}", pool.fingerprint)
    pem = ssl.get_server_certificate(("127.0.0.1", pool.port))
    cert = x509.load_pem_x509_certificate(pem.encode())
    sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "localhost" in sans.get_values_for_type(x509.DNSName)
    assert [str(ip) for ip in sans.get_values_for_type(x509.IPAddress)] == ["127.0.0.1", "127.0.0.2", "127.0.0.3"]
    Rpc(pool.url, pool.fingerprint).login()  # the pin matches


def test_jsonrpc_2_envelopes(rpc):
    ok = rpc.json_envelope("session.login_with_password", "root", "xenroot", "1.1", "tests")
    assert set(ok) == {"jsonrpc", "result", "id"} and ok["jsonrpc"] == "2.0" and ok["id"] == rpc._ids
    assert ok["result"].startswith("OpaqueRef:")
    bad = rpc.json_envelope("session.login_with_password", "root", "wrong", "1.1", "tests")
    assert bad == {
        "jsonrpc": "2.0",
        "error": {"code": 1, "message": "SESSION_AUTHENTICATION_FAILED", "data": ["root", "Authentication failure"]},
        "id": rpc._ids,
    }


def test_jsonrpc_1_envelopes(rpc):
    ok = rpc.json_envelope("session.login_with_password", "root", "xenroot", version="1.0")
    assert set(ok) == {"result", "error", "id"} and ok["error"] is None and ok["result"].startswith("OpaqueRef:")
    bad = rpc.json_envelope("VM.get_record", ok["result"], "OpaqueRef:nope", version="1.0")
    assert bad == {"result": None, "error": ["HANDLE_INVALID", "VM", "OpaqueRef:nope"], "id": rpc._ids}


def test_json_ints_are_numbers_and_dates_strings(rpc, session):
    vm = rpc.call("VM.get_record", session, _first_vm(rpc, session, "Running"))
    assert isinstance(vm["memory_static_max"], int) and isinstance(vm["HVM_shadow_multiplier"], float)
    assert re.fullmatch(r"\d{8}T\d\d:\d\d:\d\dZ", vm["snapshot_time"])
    assert isinstance(vm["is_a_template"], bool) and isinstance(vm["other_config"], dict)


def test_xmlrpc_envelope_is_always_a_status_struct(rpc):
    session = rpc.xml_call("session.login_with_password", "root", "xenroot", "1.1", "tests")
    reply = rpc.xml_raw("VM.get_all_records", session)
    text = reply.body.decode()
    assert reply.status == 200 and reply.content_type == "text/xml"
    assert text.startswith('<?xml version="1.0"?><methodResponse><params><param><value><struct>')
    assert "<member><name>Status</name><value>Success</value></member>" in text
    assert re.search(r"<name>memory_static_max</name><value>\d+</value>", text), "int64 as a bare value"
    assert re.search(r"<name>snapshot_time</name><value><dateTime\.iso8601>\d{8}T\d\d:\d\d:\d\dZ<", text)
    assert re.search(r"<name>is_a_template</name><value><boolean>[01]</boolean></value>", text)
    assert "<fault>" not in text
    (status,), _ = xmlrpc.client.loads(reply.body)
    record = next(iter(status["Value"].values()))
    assert isinstance(record["memory_static_max"], str) and record["memory_static_max"].isdigit()

    failure = rpc.xml_raw("VM.get_record", session, "OpaqueRef:nope")
    assert failure.status == 200
    (status,), _ = xmlrpc.client.loads(failure.body)
    assert status == {"Status": "Failure", "ErrorDescription": ["HANDLE_INVALID", "VM", "OpaqueRef:nope"]}
    assert rpc.xml_raw("session.get_uuid", session, session, path="/RPC2").status == 200


def test_xapi_errors(rpc, session):
    vm = _first_vm(rpc, session)
    assert failure_of(rpc.call, "VM.frobnicate", session).params == ["VM.frobnicate"]
    assert failure_of(rpc.call, "VM.frobnicate", session).code == "MESSAGE_METHOD_UNKNOWN"
    mismatch = failure_of(rpc.call, "VM.start", session, vm, False)
    assert (mismatch.code, mismatch.params) == ("MESSAGE_PARAMETER_COUNT_MISMATCH", ["VM.start", "4", "3"])
    invalid = failure_of(rpc.call, "VM.get_power_state", session, "OpaqueRef:gone")
    assert (invalid.code, invalid.params) == ("HANDLE_INVALID", ["VM", "OpaqueRef:gone"])
    dead = failure_of(rpc.call, "VM.get_all", "OpaqueRef:not-a-session")
    assert (dead.code, dead.params) == ("SESSION_INVALID", ["OpaqueRef:not-a-session"])
    assert failure_of(rpc.call, "VM.get_by_uuid", session, "no-such-uuid").code == "UUID_INVALID"
    assert failure_of(rpc.call, "Async.VM.frobnicate", session).code == "MESSAGE_METHOD_UNKNOWN"
    assert failure_of(rpc.call, "VM.set_name_label", session, vm, 42).code == "FIELD_TYPE_ERROR"


def test_login_forms_and_logout(pool, rpc):
    two = rpc.call("session.login_with_password", "root", "xenroot")  # xen-api logs in with two parameters
    assert rpc.call("session.get_uuid", two, two)
    rpc.call("session.logout", two)
    assert failure_of(rpc.call, "VM.get_all", two).code == "SESSION_INVALID"
    wrong_user = failure_of(rpc.call, "session.login_with_password", "admin", "xenroot", "1.1", "t")
    assert wrong_user.params == ["admin", "Authentication failure"]


def test_custom_credentials_and_plain_http(sim_factory):
    server = sim_factory("--hosts", "1", "--vms", "2", "--http", "--user", "admin", "--password", "s3cret")
    assert server.url.startswith("http://") and server.fingerprint is None
    client = Rpc(server.url)
    assert failure_of(client.login).code == "SESSION_AUTHENTICATION_FAILED"
    assert client.login("admin", "s3cret").startswith("OpaqueRef:")


def test_generated_getters_setters_and_collections(rpc, session):
    vm = _first_vm(rpc, session)
    uuid = rpc.call("VM.get_uuid", session, vm)
    assert rpc.call("VM.get_by_uuid", session, uuid) == vm
    rpc.call("VM.set_name_label", session, vm, "renamed by test")
    assert rpc.call("VM.get_name_label", session, vm) == "renamed by test"
    assert rpc.call("VM.get_by_name_label", session, "renamed by test") == [vm]
    rpc.call("VM.add_to_other_config", session, vm, "owner", "tests")
    assert rpc.call("VM.get_other_config", session, vm)["owner"] == "tests"
    duplicate = failure_of(rpc.call, "VM.add_to_other_config", session, vm, "owner", "again")
    assert duplicate.code == "MAP_DUPLICATE_KEY"
    rpc.call("VM.remove_from_other_config", session, vm, "owner")
    assert "owner" not in rpc.call("VM.get_other_config", session, vm)
    rpc.call("VM.add_tags", session, vm, "blue")
    rpc.call("VM.add_tags", session, vm, "blue")
    assert rpc.call("VM.get_tags", session, vm).count("blue") == 1
    rpc.call("VM.remove_tags", session, vm, "blue")
    assert "blue" not in rpc.call("VM.get_tags", session, vm)
    pool = rpc.call("pool.get_all", session)[0]
    rpc.call("pool.add_to_gui_config", session, pool, "XenCenter.test", "1")
    assert rpc.call("pool.get_gui_config", session, pool)["XenCenter.test"] == "1"
    host = rpc.call("pool.get_master", session, pool)
    assert re.fullmatch(r"\d{8}T\d\d:\d\d:\d\dZ", rpc.call("host.get_servertime", session, host))


def test_list_methods_comes_from_the_schema(rpc):
    methods = rpc.call("system.listMethods")
    expected = {"VM.get_all_records", "VM.start", "session.login_with_password", "event.from", "task.cancel"}
    assert expected <= set(methods)
    assert len(methods) > 1500 and not any(m.startswith("sim.") for m in methods)


@pytest.mark.parametrize(
    "path, body, content_type",
    [
        ("/jsonrpc", b'{"jsonrpc": "2.0", "method": ', "application/json"),
        ("/jsonrpc", b"[1, 2, 3]", "application/json"),
        ("/jsonrpc", b"<methodCall><methodName>x</methodName></methodCall>", "text/xml"),
        ("/", b"<methodCall><methodName>VM.get_all", "text/xml"),
        ("/", b"\xff\xfe not even text", "text/xml"),
        ("/", b"", "text/xml"),
    ],
    ids=["truncated-json", "json-array", "xml-on-jsonrpc", "truncated-xml", "binary", "empty"],
)
def test_malformed_requests_get_500_and_serving_goes_on(rpc, path, body, content_type):
    reply = rpc.post(path, body, content_type)
    assert reply.status == 500 and b"500" in reply.body
    assert rpc.login().startswith("OpaqueRef:"), "same connection still served"
    fresh = Rpc(rpc.url, rpc.fingerprint)
    assert fresh.login().startswith("OpaqueRef:"), "new connections still served"
    fresh.close()


def test_unknown_paths_are_404(rpc):
    assert rpc.post("/nowhere", b"{}", "application/json").status == 404
    assert json.loads(rpc.post("/", json.dumps({"jsonrpc": "2.0", "method": "system.listMethods", "params": [],
                                                "id": 5}).encode(), "application/json").body)["id"] == 5
