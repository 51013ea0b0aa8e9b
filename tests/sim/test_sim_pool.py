"""Pool topology and test controls: members answering HOST_IS_SLAVE, promotion, endpoints stopping, sessions,
the console tunnel, loading a shared database, and a big pool's first event.from served quickly."""

from __future__ import annotations

import importlib.util
import json
import re
import socket
import ssl
import subprocess
import sys
import time

import pytest
from sim_rpc import Rpc, failure_of

from tests.conftest import ROOT, XAPI_DBS


def _endpoints(rpc: Rpc, session: str, port: int) -> dict[str, str]:
    """host ref -> URL of the endpoint serving it: its loopback address, on the coordinator's port."""
    hosts = rpc.call("host.get_all_records", session)
    return {ref: f"https://{h['address']}:{port}" for ref, h in hosts.items()}


def test_every_host_is_served_on_its_own_loopback_address():
    proc = subprocess.Popen(
        [sys.executable, "-m", "xencenter.sim", "--hosts", "3", "--vms", "4", "--port", "0"],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        lines = [proc.stdout.readline() for _ in range(3)]
    finally:
        proc.terminate()
        assert proc.wait(10) == 0, "SIGTERM ends it cleanly"
        proc.stdout.close()
    port = re.search(r":(\d+)$", lines[0].split()[-1])[1]
    assert lines[0] == f"member xcp-host-02 on https://127.0.0.2:{port}\n"
    assert lines[1] == f"member xcp-host-03 on https://127.0.0.3:{port}\n"
    assert lines[2].startswith(f"listening on https://127.0.0.1:{port} sha256=")


def test_members_answer_host_is_slave_and_promotion_moves_the_coordinator(sim_factory):
    server = sim_factory("--hosts", "3", "--vms", "6")
    rpc = Rpc(server.url, server.fingerprint)
    session = rpc.login()
    pool = rpc.call("pool.get_all", session)[0]
    coordinator = rpc.call("pool.get_master", session, pool)
    endpoints = _endpoints(rpc, session, server.port)
    assert endpoints[coordinator] == server.url and len(endpoints) == 3
    assert sorted(endpoints.values())[1:] == sorted(server.members.values())
    member, member_url = next((h, u) for h, u in endpoints.items() if h != coordinator)

    on_member = Rpc(member_url, server.fingerprint)
    refused = failure_of(on_member.login)
    assert (refused.code, refused.params) == ("HOST_IS_SLAVE", ["127.0.0.1"]), "xapi names the address, no port"
    assert failure_of(on_member.call, "VM.get_all", session).params == ["127.0.0.1"]

    rpc.call("sim.promote", session, member)
    moved = failure_of(rpc.login)
    assert (moved.code, moved.params) == ("HOST_IS_SLAVE", [member_url.split("://")[1].rsplit(":", 1)[0]])
    new_session = on_member.login()
    assert on_member.call("pool.get_master", new_session, pool) == member


def test_every_host_publishes_the_certificate_its_endpoint_presents(sim_factory):
    server = sim_factory("--hosts", "3", "--vms", "2")
    rpc = Rpc(server.url, server.fingerprint)
    session = rpc.login()
    certificates = rpc.call("Certificate.get_all_records", session)
    hosts = rpc.call("host.get_all", session)
    assert sorted(c["host"] for c in certificates.values()) == sorted(hosts)
    for cert in certificates.values():
        assert (cert["type"], cert["fingerprint_sha256"]) == ("host", server.fingerprint)
    for url in server.members.values():
        host, port = url.split("://")[1].rsplit(":", 1)
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        with context.wrap_socket(socket.create_connection((host, int(port)), timeout=5)) as sock:
            der = sock.getpeercert(binary_form=True)
        assert ssl.DER_cert_to_PEM_cert(der) and _sha256(der) == server.fingerprint


def _sha256(der: bytes) -> str:
    import hashlib

    return ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())


def test_a_database_pool_is_served_on_loopback_and_the_mapping_printed():
    db = next(p for p in XAPI_DBS if p.name == "TampaTwoHostPoolSelectioniSCSI.xml")
    proc = subprocess.Popen([sys.executable, "-m", "xencenter.sim", "--db", str(db), "--port", "0"],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        lines = []
        while not (lines and lines[-1].startswith("listening on")):
            lines.append(proc.stdout.readline())
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stdout.close()
    moved = [line for line in lines if line.startswith("host ")]
    assert len(moved) == 2
    assert all(re.fullmatch(r"host \S.* served as 127\.0\.0\.[12]\n", line) for line in moved), moved
    assert not any(re.search(r"served as (?!127\.)", line) for line in lines)


def test_stop_endpoint_refuses_connections(sim_factory):
    server = sim_factory("--hosts", "2", "--vms", "2")
    rpc = Rpc(server.url, server.fingerprint)
    session = rpc.login()
    (member, url), = [(h, u) for h, u in _endpoints(rpc, session, server.port).items() if u != server.url]
    host = url.split("://")[1].rsplit(":", 1)[0]
    socket.create_connection((host, server.port), timeout=2).close()
    rpc.call("sim.stop_endpoint", session, member)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            socket.create_connection((host, server.port), timeout=1).close()
        except ConnectionRefusedError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the member endpoint still accepts connections")
    assert rpc.call("VM.get_all", session), "the coordinator keeps serving"


def test_session_count_follows_logins_and_toolstack_restarts(small_pool):
    rpc = Rpc(small_pool.url, small_pool.fingerprint)
    watcher = rpc.login()
    base = rpc.call("sim.session_count", watcher)
    sessions = [rpc.login() for _ in range(3)]
    assert rpc.call("sim.session_count", watcher) == base + 3
    for s in sessions:
        rpc.call("session.logout", s)
    assert rpc.call("sim.session_count", watcher) == base
    rpc.call("sim.restart_toolstack", watcher)
    assert failure_of(rpc.call, "VM.get_all", watcher).code == "SESSION_INVALID"
    fresh = rpc.login()
    assert rpc.call("sim.session_count", fresh) == 1
    assert failure_of(rpc.call, "sim.session_count", "OpaqueRef:nobody").code == "SESSION_INVALID"


def _connect(server, path: str, cookie: str | None = None) -> tuple[ssl.SSLSocket, bytes]:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    sock = context.wrap_socket(socket.create_connection(("127.0.0.1", server.port), timeout=10))
    request = f"CONNECT {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n"
    if cookie:
        request += f"Cookie: session_id={cookie}\r\n"
    sock.sendall((request + "\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(1)
        if not chunk:
            break
        head += chunk
    return sock, head


def test_console_tunnel(small_pool):
    rpc = Rpc(small_pool.url, small_pool.fingerprint)
    session = rpc.login()
    consoles = rpc.call("console.get_all_records", session)
    rfb = next(c for c in consoles.values() if c["protocol"] == "rfb")
    assert re.match(r"https://127\.0\.0\.\d+/console\?", rfb["location"]), "the VM's host address, no port"
    query = rfb["location"].split("?", 1)[1]

    sock, head = _connect(small_pool, f"/console?{query}")
    assert head.startswith(b"HTTP/1.1 401")
    sock.close()
    sock, head = _connect(small_pool, "/console?uuid=no-such-console", cookie=session)
    assert head.startswith(b"HTTP/1.1 404")
    sock.close()
    sock, head = _connect(small_pool, f"/console?{query}&session_id={session}")
    try:
        if importlib.util.find_spec("xencenter.sim.rfb_text") is None:
            assert head.startswith(b"HTTP/1.1 503")
        else:
            assert head == b"HTTP/1.1 200 OK\r\n\r\n"
            assert sock.recv(12) == b"RFB 003.003\n"
    finally:
        sock.close()


@pytest.mark.parametrize("path", XAPI_DBS[:2], ids=lambda p: p.name)
def test_serves_a_shared_database(sim_factory, path):
    server = sim_factory("--db", str(path))
    rpc = Rpc(server.url, server.fingerprint)
    session = rpc.login()
    hosts = rpc.call("host.get_all_records", session)
    assert hosts and all(h["API_version_major"] >= 1 for h in hosts.values())
    addresses = {h["address"] for h in hosts.values()}
    assert all(a.startswith("127.") for a in addresses), "every host is served on loopback"
    for console in rpc.call("console.get_all_records", session).values():
        assert re.match(r"https://127(\.\d+){3}/console\?", console["location"]), console["location"]


def test_a_big_pool_is_served_whole(sim_factory):
    """64 hosts and 5,000 VMs in one event.from (how fast is bench/scale.py's to measure)."""
    server = sim_factory("--hosts", "64", "--vms", "5000")
    rpc = Rpc(server.url, server.fingerprint, timeout=120)
    session = rpc.login()
    reply = rpc.post("/jsonrpc", json.dumps({"jsonrpc": "2.0", "method": "event.from", "id": 1,
                                             "params": [session, ["*"], "", 30.0]}).encode(), "application/json")
    result = json.loads(reply.body)["result"]
    vms = [e for e in result["events"] if e["class"] == "vm"]
    assert len(vms) == result["valid_ref_counts"]["vm"] > 5000
    assert len([e for e in result["events"] if e["class"] == "host"]) == 64
