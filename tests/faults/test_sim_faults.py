"""The simulator's fault controls, seen by the wire client over real sockets: each fault does what it says,
only while it lasts, and the simulator serves normally afterwards."""

from __future__ import annotations

import threading
import time

import pytest
from fault_helpers import login, same_session_on

from xencenter.xenapi.errors import (
    Failure,
    HostIsSlave,
    ProtocolError,
    SessionInvalid,
    TransportError,
)
from xencenter.xenapi.session import Session


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "4", "--op-seconds", "0.2")


def _coordinator(api) -> str:
    return api.pool.get_master(api.pool.get_all()[0])


def _member(api) -> str:
    coordinator = _coordinator(api)
    return next(h for h in api.host.get_all() if h != coordinator)


def test_stopping_an_endpoint_cuts_open_keep_alive_connections(pool, admin):
    client = login(pool.url, pool.fingerprint, timeout=3)
    client.xenapi.pool.get_all()  # the TLS keep-alive connection is open now
    coordinator = _coordinator(admin(pool).xenapi)
    control = same_session_on(next(iter(pool.members.values())), admin(pool))  # the member endpoint stays up
    control.xenapi.sim.stop_endpoint(coordinator)
    with pytest.raises(TransportError):
        client.xenapi.pool.get_all()  # not answered any more, on the old connection or a new one
    control.xenapi.sim.start_endpoint(coordinator)
    assert client.xenapi.pool.get_all()  # same port, same session: serving again
    client.logout()


def test_stopping_the_endpoint_one_is_talking_to_still_answers_that_call(pool, admin):
    control = admin(pool)
    coordinator = _coordinator(control.xenapi)
    control.xenapi.sim.stop_endpoint(coordinator)  # answered, then the connection is cut
    with pytest.raises(TransportError):
        control.xenapi.pool.get_all()
    same_session_on(next(iter(pool.members.values())), control).xenapi.sim.start_endpoint(coordinator)
    control.xenapi.pool.get_all()


def test_drop_connections_fails_a_waiting_event_call_at_once_and_the_next_call_reconnects(pool, admin):
    watcher = login(pool.url, pool.fingerprint)
    token = watcher.event_from(["vm"], "", 0).token
    outcome: list[BaseException | None] = []

    def wait_for_events() -> None:
        try:
            watcher.event_from(["vm"], token, 20)
            outcome.append(None)
        except TransportError as e:
            outcome.append(e)

    thread = threading.Thread(target=wait_for_events)
    thread.start()
    time.sleep(0.3)  # the long poll is waiting on the server
    started = time.monotonic()
    admin(pool).xenapi.sim.drop_connections()
    thread.join(10)
    assert isinstance(outcome[0], TransportError) and time.monotonic() - started < 3
    assert watcher.xenapi.pool.get_all()  # the session is still valid: only the connection was cut
    watcher.logout()


def test_an_outage_resets_every_connection_then_heals_by_itself(pool, admin):
    client = login(pool.url, pool.fingerprint, timeout=2)
    admin(pool).xenapi.sim.outage(1.0)
    with pytest.raises(TransportError):
        client.xenapi.pool.get_all()
    with pytest.raises(TransportError):
        Session(pool.url, fingerprint=pool.fingerprint, connect_timeout=2, timeout=2).login_with_password(
            "root", "xenroot")
    time.sleep(1.2)
    assert client.xenapi.pool.get_all()  # healed; sessions survived the cut
    client.logout()


def test_a_restart_with_downtime_invalidates_sessions_and_answers_again_later(pool, admin):
    client = login(pool.url, pool.fingerprint, timeout=2)
    admin(pool).xenapi.sim.restart_toolstack(0.8)
    with pytest.raises(TransportError):
        client.xenapi.pool.get_all()
    time.sleep(1.0)
    with pytest.raises(SessionInvalid):
        client.xenapi.pool.get_all()


def test_fail_coordinator_makes_it_vanish_and_promotes_the_member(pool, admin):
    member_url = next(iter(pool.members.values()))
    client = login(pool.url, pool.fingerprint, timeout=2)
    control = admin(pool)
    old, new = _coordinator(control.xenapi), _member(control.xenapi)
    api = same_session_on(member_url, control).xenapi
    api.sim.fail_coordinator(new)
    with pytest.raises(TransportError):  # not HOST_IS_SLAVE: the old coordinator is gone, not demoted
        client.xenapi.pool.get_all()
    promoted = login(member_url, pool.fingerprint)
    assert _coordinator(promoted.xenapi) == new and old != new
    promoted.logout()
    api.sim.start_endpoint(old)  # the old coordinator comes back as a member
    with pytest.raises(HostIsSlave) as slave:
        login(pool.url, pool.fingerprint)
    assert slave.value.coordinator_address == member_url.split("://")[1].rsplit(":", 1)[0], "its address, no port"


def test_delay_holds_matching_calls_for_the_given_count(pool, admin):
    api = admin(pool).xenapi
    api.sim.delay(0.6, "pool.get_all", 1)
    started = time.monotonic()
    api.pool.get_all()
    assert time.monotonic() - started >= 0.6
    started = time.monotonic()
    api.pool.get_all()
    api.host.get_all()
    assert time.monotonic() - started < 0.5


def test_a_stalled_call_times_out_and_clear_faults_releases_it(pool, admin):
    api = admin(pool).xenapi
    client = login(pool.url, pool.fingerprint, timeout=0.8)
    api.sim.stall("host.get_all")
    with pytest.raises(TransportError, match="Timed out"):
        client.xenapi.host.get_all()
    assert client.xenapi.pool.get_all()  # other methods are answered
    api.sim.clear_faults()
    assert len(client.xenapi.host.get_all()) == 2
    client.logout()


@pytest.mark.parametrize("protocol", ["jsonrpc", "xmlrpc"])
@pytest.mark.parametrize("kind", ["html500", "truncated", "invalid_xml", "wrong_types"])
def test_malformed_answers_are_protocol_errors_for_the_next_count_calls(pool, admin, kind, protocol):
    api = admin(pool).xenapi
    client = Session(pool.url, fingerprint=pool.fingerprint, timeout=5, protocol=protocol)
    client.login_with_password("root", "xenroot")
    vm = client.xenapi.VM.get_all()[0]
    api.sim.malformed(kind, "VM.get_record", 2)
    for _ in range(2):
        with pytest.raises(ProtocolError):
            client.xenapi.VM.get_record(vm)
    assert client.xenapi.VM.get_record(vm)["uuid"]  # the rule is used up
    client.logout()


def test_malformed_rules_match_method_patterns_and_never_sim_controls(pool, admin):
    api = admin(pool).xenapi
    api.sim.malformed("html500", "VM.*")
    with pytest.raises(ProtocolError, match="HTTP 500"):
        api.VM.get_all()
    assert api.host.get_all() and api.sim.session_count() >= 1
    api.sim.clear_faults()
    assert api.VM.get_all()


def test_html500_and_invalid_xml_do_not_run_the_call_but_truncated_does(pool, admin):
    api = admin(pool).xenapi
    vm = next(ref for ref, r in api.VM.get_all_records().items() if not r["is_control_domain"])
    for kind, runs in (("html500", False), ("invalid_xml", False), ("truncated", True)):
        api.sim.malformed(kind, "VM.set_name_description", 1)
        with pytest.raises(ProtocolError):
            api.VM.set_name_description(vm, kind)
        assert (api.VM.get_name_description(vm) == kind) is runs, kind


def test_controls_refuse_bad_arguments(pool, admin):
    api = admin(pool).xenapi
    with pytest.raises(Failure) as bad_kind:
        api.sim.malformed("gibberish")
    assert bad_kind.value.code == "VALUE_NOT_SUPPORTED"
    with pytest.raises(Failure) as bad_seconds:
        api.sim.outage(-1)
    assert bad_seconds.value.code == "VALUE_NOT_SUPPORTED"
    with pytest.raises(Failure) as bad_host:
        api.sim.fail_coordinator(_coordinator(api))
    assert bad_host.value.code == "HOST_IS_MASTER"
