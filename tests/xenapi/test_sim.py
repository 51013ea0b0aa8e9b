"""Our client against the XAPI simulator (a real subprocess over real sockets)."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from xencenter import schema
from xencenter.xenapi import (
    CertificateMismatch,
    CertificateUntrusted,
    HostIsSlave,
    Session,
    SessionInvalid,
    TaskCancelled,
    fetch_certificate,
    format_fingerprint,
    located,
    login_following_coordinator,
    open_console_socket,
    open_console_streams,
    wait_task,
)

ROOT = Path(__file__).resolve().parents[2]
WRONG_PIN = "00:" * 31 + "00"


def login(server, protocol: str | None = None) -> Session:
    session = Session(server.url, fingerprint=server.fingerprint, protocol=protocol)
    session.login_with_password("root", "xenroot")
    return session


def record_classes() -> list[str]:
    """Every class the datamodel lets us list (the generated get_all_records)."""
    return [c for c, spec in schema.classes().items() if any(m["name"] == "get_all_records" for m in spec["messages"])]


def test_both_protocols_give_equal_records_for_every_class(small_pool) -> None:
    with login(small_pool, "jsonrpc") as by_json, login(small_pool, "xmlrpc") as by_xml:
        assert (by_json.protocol, by_xml.protocol) == ("jsonrpc", "xmlrpc")
        compared = 0
        for cls in record_classes():
            if cls in ("session", "event"):
                continue
            from_json = getattr(by_json.xenapi, cls).get_all_records()
            from_xml = getattr(by_xml.xenapi, cls).get_all_records()
            assert from_json == from_xml, cls
            compared += len(from_json)
        vms = by_xml.xenapi.VM.get_all_records()
    assert compared > 100
    assert any(isinstance(vm["memory_static_max"], int) and vm["memory_static_max"] > 2**31 for vm in vms.values())


def test_pinning_accepts_the_sims_certificate_and_refuses_another(small_pool) -> None:
    assert small_pool.fingerprint
    host, port = "127.0.0.1", small_pool.port
    assert fetch_certificate(host, port).sha256 == format_fingerprint(small_pool.fingerprint)
    with login(small_pool) as session:
        assert session.ref and session.ref.startswith("OpaqueRef:")
    with pytest.raises(CertificateMismatch) as caught:
        Session(small_pool.url, fingerprint=WRONG_PIN).login_with_password("root", "xenroot")
    assert WRONG_PIN in str(caught.value) and format_fingerprint(small_pool.fingerprint) in str(caught.value)


def test_an_unpinned_self_signed_sim_is_untrusted(small_pool) -> None:
    with pytest.raises(CertificateUntrusted) as caught:
        Session(small_pool.url).login_with_password("root", "xenroot")
    assert caught.value.info.sha256 == format_fingerprint(small_pool.fingerprint)
    assert not caught.value.info.system_trusted


@pytest.fixture
def pool_with_members(sim_factory):
    server = sim_factory("--hosts", "3", "--vms", "4")
    return server.url, server.fingerprint, list(server.members.values())


def test_host_is_slave_is_followed_to_the_coordinator(pool_with_members) -> None:
    coordinator, fingerprint, members = pool_with_members
    assert len(members) == 2
    with pytest.raises(HostIsSlave) as caught:
        Session(members[0], fingerprint=fingerprint).login_with_password("root", "xenroot")
    assert caught.value.coordinator_address == "127.0.0.1", "xapi names the coordinator's address, no port"
    asked: list[str] = []

    def fingerprint_for(url: str) -> str:
        asked.append(url)
        return fingerprint

    session = login_following_coordinator(members[0], "root", "xenroot", fingerprint_for=fingerprint_for)
    with session:
        assert session.url == coordinator
        assert session.xenapi.pool.get_all()
    assert asked == [members[0], coordinator]


def halted_vm(session: Session) -> str:
    """A guest VM that is Halted (one is shut down first if the generated pool has none)."""
    guests = {ref: vm for ref, vm in session.xenapi.VM.get_all_records().items()
              if not (vm["is_a_template"] or vm["is_a_snapshot"] or vm["is_control_domain"])}
    halted = [ref for ref, vm in guests.items() if vm["power_state"] == "Halted"]
    if halted:
        return halted[0]
    vm = next(ref for ref, vm in guests.items() if "hard_shutdown" in vm["allowed_operations"])
    session.xenapi.VM.hard_shutdown(vm)
    return vm


@pytest.fixture
def slow_pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "8", "--op-seconds", "0.6")


def test_async_vm_start_reports_progress_and_the_vm_runs(slow_pool) -> None:
    with login(slow_pool) as session:
        vm = halted_vm(session)
        task = session.xenapi.Async.VM.start(vm, False, False)
        assert task.startswith("OpaqueRef:")
        seen: list[float] = []
        assert wait_task(session, task, progress=seen.append, poll_interval=0.05) is None  # VM.start is void
        assert session.xenapi.VM.get_power_state(vm) == "Running"
        assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 3  # progress moved in steps
        assert task not in session.xenapi.task.get_all()  # destroyed


def test_cancelling_a_start_leaves_the_vm_halted(slow_pool) -> None:
    with login(slow_pool) as session:
        vm = halted_vm(session)
        task = session.xenapi.Async.VM.start(vm, False, False)
        cancel = threading.Event()
        progress = lambda fraction: fraction > 0 and cancel.set()  # noqa: E731 - cancel once it has begun
        with pytest.raises(TaskCancelled):
            wait_task(session, task, progress=progress, cancel=cancel, poll_interval=0.05)
        assert session.xenapi.VM.get_power_state(vm) == "Halted"


def test_event_from_sees_a_change_made_by_another_session(small_pool) -> None:
    with login(small_pool) as watcher, login(small_pool, "xmlrpc") as actor:
        first = watcher.event_from(["vm"], "", 30.0)
        vm = next(e.ref for e in first.events if e.snapshot and not e.snapshot["is_a_template"])
        assert all(e.operation == "add" for e in first.events)
        actor.xenapi.VM.set_name_label(vm, "renamed by another session")
        changes = watcher.event_from(["vm"], first.token, 10.0)
        renamed = [e for e in changes.events if e.ref == vm and e.operation == "mod"]
        assert renamed and renamed[-1].snapshot["name_label"] == "renamed by another session"
        assert isinstance(renamed[-1].snapshot["memory_static_max"], int)


def running_console(session: Session) -> str:
    """The location of a running guest's RFB console."""
    consoles = session.xenapi.console.get_all_records()
    vms = session.xenapi.VM.get_all_records()
    return located(next(c["location"] for c in consoles.values() if c["protocol"] == "rfb"
                        and vms[c["VM"]]["power_state"] == "Running" and not vms[c["VM"]]["is_control_domain"]),
                   session.url)


def test_console_tunnel_reaches_the_vms_rfb_server(small_pool) -> None:
    with login(small_pool) as session:
        location = running_console(session)
        with open_console_socket(location, session.ref, fingerprint=small_pool.fingerprint) as sock:
            sock.settimeout(10)
            assert sock.recv(12) == b"RFB 003.003\n"

        async def greeting() -> bytes:
            reader, writer = await open_console_streams(location, session.ref, fingerprint=small_pool.fingerprint)
            data = await asyncio.wait_for(reader.readexactly(12), 10)
            writer.close()
            await writer.wait_closed()
            return data

        assert asyncio.run(greeting()) == b"RFB 003.003\n"
        with pytest.raises(SessionInvalid):
            open_console_socket(location, "OpaqueRef:not-a-session", fingerprint=small_pool.fingerprint)
