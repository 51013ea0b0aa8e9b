"""Session against in-test servers: protocol choice, login, calls, and every kind of bad reply."""

from __future__ import annotations

import json
import logging
import socket
import xmlrpc.client

import pytest
from xenapi_servers import FakeXapi, Reply, Request, XapiDate, XapiFailure

from xencenter import ORIGINATOR
from xencenter.xenapi import (
    AuthenticationFailed,
    Failure,
    ProtocolError,
    Session,
    SessionInvalid,
    TransportError,
)

PASSWORD = "s3cret-pa55word"

VMS = {
    "OpaqueRef:vm1": {"uuid": "u1", "name_label": "web", "memory_static_max": 4294967296, "VCPUs_max": 2,
                      "power_state": "Running", "resident_on": "OpaqueRef:NULL", "other_config": {"a": "1"},
                      "tags": ["x"], "last_booted_record": ""},
}
METRICS = {"OpaqueRef:m1": {"uuid": "m", "VCPUs_utilisation": {"0": 0.5}, "start_time": XapiDate("20240101T13:20:11"),
                            "last_updated": XapiDate("20240101T13:20:12Z"), "memory_actual": 1024}}


def fake_xapi(**kwargs) -> FakeXapi:
    return FakeXapi(
        methods={"VM.get_all_records": lambda s: VMS, "VM_metrics.get_all_records": lambda s: METRICS,
                 "session.get_uuid": lambda s, ref: "session-uuid",
                 "VM.start": lambda s, vm, paused, force: _raise("VM_BAD_POWER_STATE", vm, "halted", "running")},
        **kwargs,
    )


def _raise(code: str, *params: str):
    raise XapiFailure(code, *params)


@pytest.fixture
def xapi_server(serve, certificate):
    def start(**kwargs):
        xapi = fake_xapi(**kwargs)
        server = serve(xapi)
        return xapi, server, certificate.sha256_hex

    return start


def test_jsonrpc_login_sends_version_and_originator_and_calls_insert_the_session(xapi_server) -> None:
    xapi, server, pin = xapi_server()
    with Session(server.url, fingerprint=pin) as session:
        ref = session.login_with_password("root", "xenroot")
        assert session.protocol == "jsonrpc"
        assert ref == session.ref and ref in xapi.sessions
        assert session.xenapi.session.get_uuid(ref) == "session-uuid"
        assert session.xenapi.VM.get_all_records() == VMS
    assert xapi.calls[0] == ("jsonrpc", "session.login_with_password", ["root", "xenroot", "1.1", ORIGINATOR])
    assert xapi.calls[1] == ("jsonrpc", "session.get_uuid", [ref, ref])
    assert xapi.calls[-1] == ("jsonrpc", "session.logout", [ref])
    assert xapi.sessions == set()  # logged out on leaving the with block


def test_old_host_answering_text_xml_gets_xmlrpc_and_the_same_values(xapi_server) -> None:
    xapi, server, pin = xapi_server(jsonrpc=False)
    with Session(server.url, fingerprint=pin) as session:
        session.login_with_password("root", "xenroot")
        assert session.protocol == "xmlrpc"
        assert session.xenapi.VM.get_all_records() == VMS  # ints arrived as strings, came back as ints
        metrics = session.xenapi.VM_metrics.get_all_records()
    assert metrics["OpaqueRef:m1"]["start_time"] == "20240101T13:20:11Z"
    assert metrics["OpaqueRef:m1"]["memory_actual"] == 1024
    paths = [r.path for r in server.requests]
    assert paths[:2] == ["/jsonrpc", "/"] and set(paths[2:]) == {"/"}  # JSON-RPC tried once only
    assert xapi.calls[0] == ("xmlrpc", "session.login_with_password", ["root", "xenroot", "1.1", ORIGINATOR])


def test_both_protocols_give_identical_values(xapi_server) -> None:
    results = {}
    for protocol in ("jsonrpc", "xmlrpc"):
        _, server, pin = xapi_server()
        with Session(server.url, fingerprint=pin, protocol=protocol) as session:
            session.login_with_password("root", "xenroot")
            assert session.protocol == protocol
            results[protocol] = (session.xenapi.VM.get_all_records(), session.xenapi.VM_metrics.get_all_records())
    assert results["jsonrpc"] == results["xmlrpc"]


def test_failures_are_typed_and_never_carry_the_password(xapi_server, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="xencenter.xenapi")
    _, server, pin = xapi_server()
    session = Session(server.url, fingerprint=pin)
    with pytest.raises(AuthenticationFailed) as caught:
        session.login_with_password("root", PASSWORD)
    assert caught.value.params == ["root", "Authentication failure"]
    assert session.protocol == "jsonrpc"  # an xapi failure proves the protocol works
    for text in (str(caught.value), repr(caught.value), repr(session), caplog.text):
        assert PASSWORD not in text
    assert "session.login_with_password" in caplog.text  # method names and timings are logged


def test_calls_without_login_or_with_a_dead_session_raise_session_invalid(xapi_server) -> None:
    xapi, server, pin = xapi_server()
    session = Session(server.url, fingerprint=pin)
    with pytest.raises(SessionInvalid):
        session.xenapi.VM.get_all_records()
    session.login_with_password("root", "xenroot")
    xapi.sessions.clear()  # the toolstack restarted
    with pytest.raises(SessionInvalid):
        session.xenapi.VM.get_all_records()
    session.logout()  # a dead session logs out quietly
    assert session.ref is None


def test_failure_params_and_unknown_method(xapi_server) -> None:
    _, server, pin = xapi_server()
    with Session(server.url, fingerprint=pin) as session:
        session.login_with_password("root", "xenroot")
        with pytest.raises(Failure) as caught:
            session.xenapi.VM.start("OpaqueRef:vm1", False, False)
        assert caught.value.code == "VM_BAD_POWER_STATE"
        assert caught.value.params == ["OpaqueRef:vm1", "halted", "running"]
        with pytest.raises(Failure) as caught:
            session.xenapi.VM.no_such_call()
        assert caught.value.code == "MESSAGE_METHOD_UNKNOWN"


# -- malformed replies -----------------------------------------------------------------------------


def scripted(reply: Reply, *, after_login: bool = False):
    """A server that answers ``reply`` to everything (or to everything after a good JSON login)."""

    def handler(request: Request) -> Reply:
        body = json.loads(request.body) if request.path == "/jsonrpc" else None
        if after_login and body and body["method"] == "session.login_with_password":
            return Reply(body=json.dumps({"jsonrpc": "2.0", "result": "OpaqueRef:s", "id": body["id"]}).encode())
        return reply

    return handler


@pytest.mark.parametrize(
    "reply",
    [
        Reply(500, "text/html", b"<html><body><h1>HTTP 500 internal server error</h1></body></html>"),
        Reply(200, "application/json", b'{"jsonrpc":"2.0","result":{"OpaqueRef:a":{"name_'),
        Reply(200, "text/html", b'{"jsonrpc":"2.0","result":{},"id":2}'),
        Reply(200, "application/json", b'{"jsonrpc":"2.0","result":["not","a","map"],"id":2}'),
        Reply(200, "application/json", b'{"jsonrpc":"2.0","result":{"OpaqueRef:a":{"VCPUs_max":"many"}},"id":2}'),
        Reply(404, None, b""),
        Reply(200, "application/json", b""),
    ],
    ids=["html-500", "truncated-json", "wrong-content-type", "non-dict-result", "bad-int", "404", "empty"],
)
def test_malformed_replies_raise_protocol_error(serve, certificate, reply: Reply) -> None:
    server = serve(scripted(reply, after_login=True))
    session = Session(server.url, fingerprint=certificate.sha256_hex)
    session.login_with_password("root", "xenroot")
    with pytest.raises(ProtocolError):
        session.xenapi.VM.get_all_records()


@pytest.mark.parametrize("result", [{"a": 1}, "", 5, "session"])
def test_a_login_answer_that_is_no_session_ref_is_a_protocol_error(serve, certificate, result) -> None:
    body = json.dumps({"jsonrpc": "2.0", "result": result, "id": 1}).encode()
    server = serve(scripted(Reply(200, "application/json", body)))
    session = Session(server.url, fingerprint=certificate.sha256_hex)
    with pytest.raises(ProtocolError):
        session.login_with_password("root", "xenroot")
    assert session.ref is None


def test_broken_xmlrpc_reply_raises_protocol_error(serve, certificate) -> None:
    good = xmlrpc.client.dumps(({"Status": "Success", "Value": "OpaqueRef:s"},), methodresponse=True).encode()

    def handler(request: Request) -> Reply:
        if request.path == "/jsonrpc":
            return Reply(200, "text/xml", good)
        params, method = xmlrpc.client.loads(request.body)
        if method == "session.login_with_password":
            return Reply(200, "text/xml", good)
        return Reply(200, "text/xml", good[: len(good) // 2])

    server = serve(handler)
    session = Session(server.url, fingerprint=certificate.sha256_hex)
    session.login_with_password("root", "xenroot")
    assert session.protocol == "xmlrpc"
    with pytest.raises(ProtocolError):
        session.xenapi.VM.get_all_records()


def test_html_error_on_first_contact_leaves_the_protocol_undecided(serve, certificate) -> None:
    server = serve(scripted(Reply(500, "text/html", b"<html>busy</html>")))
    session = Session(server.url, fingerprint=certificate.sha256_hex)
    with pytest.raises(ProtocolError) as caught:
        session.login_with_password("root", PASSWORD)
    assert "500" in str(caught.value) and PASSWORD not in str(caught.value)
    assert session.protocol is None


# -- transport ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_refused_is_a_transport_error_naming_the_address() -> None:
    port = free_port()
    session = Session(f"https://127.0.0.1:{port}", connect_timeout=2)
    with pytest.raises(TransportError) as caught:
        session.login_with_password("root", PASSWORD)
    assert str(caught.value) == f"Connection refused by 127.0.0.1:{port}"


def test_read_timeout_is_a_transport_error_with_the_timeout(xapi_server) -> None:
    _, server, pin = xapi_server(delay=lambda method, params: 1.5 if method == "VM.get_all_records" else 0)
    session = Session(server.url, fingerprint=pin, timeout=0.5)
    session.login_with_password("root", "xenroot")
    with pytest.raises(TransportError) as caught:
        session.xenapi.VM.get_all_records()
    assert str(caught.value) == f"Timed out after 0.5 s waiting for 127.0.0.1:{server.port}"


def test_connect_timeout_is_a_transport_error() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:  # fill the accept backlog so that the next connection attempt hangs
        for _ in range(64):
            s = socket.socket()
            s.setblocking(False)
            s.connect_ex(("127.0.0.1", port))
            fillers.append(s)
        session = Session(f"https://127.0.0.1:{port}", connect_timeout=0.3, timeout=0.3)
        with pytest.raises(TransportError) as caught:
            session.login_with_password("root", PASSWORD)
        assert str(caught.value).startswith("Timed out after 0.3 s")
    finally:
        for s in fillers:
            s.close()
        listener.close()


def test_unknown_host_name_is_a_transport_error() -> None:
    session = Session("https://no-such-host.invalid", connect_timeout=2)
    with pytest.raises(TransportError) as caught:
        session.login_with_password("root", PASSWORD)
    assert "no-such-host.invalid" in str(caught.value)


def test_plain_http_works(serve) -> None:
    xapi = fake_xapi()
    server = serve(xapi, tls=False)
    with Session(server.url) as session:
        session.login_with_password("root", "xenroot")
        assert session.xenapi.VM.get_all_records() == VMS
