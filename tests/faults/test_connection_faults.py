"""A Connection under each fault the simulator can inject: it says what is happening in words, recovers by
itself when the fault ends (its cache then equals a fresh get_all_records), never leaks a session, and no
operation the user started is reported done when it was not."""

from __future__ import annotations

import dataclasses
import time

import pytest
from fault_helpers import (
    FAST,
    cache_state,
    differences,
    login,
    same_session_on,
    server_state,
    sim_address,
)

from xencenter.connection import ConnectionState
from xencenter.xenapi.address import ServerAddress

D = ConnectionState
COMPARED = ["pool", "host", "host_metrics", "VM", "VM_metrics", "VM_guest_metrics", "SR", "PBD", "VDI", "VBD",
            "VIF", "network", "PIF", "console", "task"]


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "6", "--op-seconds", "0.3")


class StateLog:
    """Every (state, reason) a connection reported, for asserting what the user was told."""

    def __init__(self, connection) -> None:
        self.seen: list[tuple[ConnectionState, str]] = []
        connection.state_changed.connect(lambda state, reason: self.seen.append((state, reason)))

    def states(self) -> list[ConnectionState]:
        return [s for s, _ in self.seen]

    def reason_of(self, state: ConnectionState) -> str:
        return next(r for s, r in self.seen if s is state)


def assert_recovers(qtbot, connection, api, timeout: float = 20) -> None:
    """CONNECTED again, and the cache equals the server's records (compared until they agree)."""
    qtbot.waitUntil(lambda: connection.state is D.CONNECTED, timeout=int(timeout * 1000))
    truth: dict = {}

    def agrees() -> bool:
        truth.update(server_state(api, COMPARED))
        return not differences(cache_state(connection, COMPARED), truth)

    try:
        qtbot.waitUntil(agrees, timeout=10000)
    except AssertionError:
        raise AssertionError(differences(cache_state(connection, COMPARED), truth)[:10]) from None


def _a_vm(connection, power_state: str | None = None) -> str:
    return next(ref for ref, r in sorted(connection.cache.items("VM"))
                if not r["is_a_template"] and not r["is_control_domain"] and not r["is_a_snapshot"]
                and power_state in (None, r["power_state"]))


def test_a_network_outage_is_reported_lost_then_heals_by_itself(qtbot, pool, connect, wait_state, admin):
    api = admin(pool).xenapi
    baseline = api.sim.session_count()
    connection = connect(pool)
    wait_state(connection, D.CONNECTED)
    log = StateLog(connection)
    api.sim.outage(2.5)
    qtbot.waitUntil(lambda: connection.state is D.RECONNECTING, timeout=10000)
    assert log.states()[:2] == [D.LOST, D.RECONNECTING]
    lost = log.reason_of(D.LOST)
    assert "stopped answering" in lost and str(sim_address(pool)) in lost
    assert connection.session is None  # no command runs on a dead link
    time.sleep(2.6)
    vm = _a_vm(connection)
    api.VM.set_name_label(vm, "renamed while the client was away")  # after the heal, before it is back
    assert_recovers(qtbot, connection, api)
    assert connection.cache.record("VM", vm)["name_label"] == "renamed while the client was away"
    connection.stop()
    wait_state(connection, D.DISCONNECTED)
    qtbot.waitUntil(lambda: api.sim.session_count() == baseline, timeout=10000)  # the cut-off ones too


def test_dropped_connections_are_ridden_out_without_losing_an_event(qtbot, pool, connect, wait_state, admin):
    api = admin(pool).xenapi
    connection = connect(pool)
    wait_state(connection, D.CONNECTED)
    log = StateLog(connection)
    vm = _a_vm(connection)
    for i in range(5):
        api.sim.drop_connections()
        api.VM.set_name_description(vm, f"drop {i}")
        time.sleep(0.1)
    assert_recovers(qtbot, connection, api)
    assert connection.cache.record("VM", vm)["name_description"] == "drop 4"
    assert D.DISCONNECTED not in log.states()


def test_a_toolstack_restart_with_downtime_logs_in_again_and_refills(qtbot, pool, connect, wait_state, admin):
    api = admin(pool).xenapi
    connection = connect(pool)
    wait_state(connection, D.CONNECTED)
    log = StateLog(connection)
    api.sim.restart_toolstack(2.0)
    qtbot.waitUntil(lambda: D.LOST in log.states(), timeout=10000)
    time.sleep(2.1)
    api = admin(pool).xenapi  # the test's own session died too
    assert_recovers(qtbot, connection, api)
    assert api.sim.session_count() == 1 + 2  # this test's and the connection's two: nothing left behind
    assert log.states()[-1] is D.CONNECTED


def test_the_coordinator_vanishing_fails_over_to_the_promoted_member(qtbot, pool, connect, wait_state, admin):
    connection = connect(pool)
    wait_state(connection, D.CONNECTED)
    old = sim_address(pool)
    member_url = next(iter(pool.members.values()))
    control = admin(pool)
    hosts = {ServerAddress.parse(r["address"], default_port=pool.port): ref for ref, r in control.xenapi.host.get_all_records().items()}
    log = StateLog(connection)
    same_session_on(member_url, control).xenapi.sim.fail_coordinator(hosts[ServerAddress.parse(member_url)])
    qtbot.waitUntil(lambda: connection.state is D.CONNECTED and connection.coordinator != old, timeout=20000)
    assert log.states()[:2] == [D.LOST, D.RECONNECTING]
    assert "stopped answering" in log.reason_of(D.LOST)
    assert connection.coordinator == ServerAddress.parse(member_url)
    assert_recovers(qtbot, connection, login(member_url, pool.fingerprint).xenapi)


@pytest.mark.parametrize("kind", ["html500", "truncated", "invalid_xml", "wrong_types"])
def test_garbled_event_answers_make_the_cache_untrusted_until_they_stop(qtbot, pool, connect, wait_state, admin,
                                                                          kind):
    api = admin(pool).xenapi
    connection = connect(pool)
    wait_state(connection, D.CONNECTED)
    log = StateLog(connection)
    api.sim.malformed(kind, "event.from")
    vm = _a_vm(connection)
    api.VM.set_name_label(vm, f"changed under {kind}")  # an event the client cannot read
    qtbot.waitUntil(lambda: D.LOST in log.states(), timeout=15000)
    assert "Updates from" in log.reason_of(D.LOST) and "keep failing" in log.reason_of(D.LOST)
    qtbot.waitUntil(lambda: connection.state is D.RECONNECTING, timeout=5000)
    api.sim.clear_faults()
    assert_recovers(qtbot, connection, api)
    assert connection.cache.record("VM", vm)["name_label"] == f"changed under {kind}"


def test_garbled_heartbeats_are_lost_contact_in_words(qtbot, pool, connect, wait_state, admin):
    api = admin(pool).xenapi
    connection = connect(pool)
    wait_state(connection, D.CONNECTED)
    log = StateLog(connection)
    api.sim.malformed("html500", "host.get_servertime")
    qtbot.waitUntil(lambda: D.LOST in log.states(), timeout=10000)
    assert "HTTP 500" in log.reason_of(D.LOST)
    api.sim.clear_faults()
    assert_recovers(qtbot, connection, api)


def test_stalled_events_are_detected_and_recover(qtbot, pool, connect, wait_state, admin):
    api = admin(pool).xenapi
    timing = dataclasses.replace(FAST, call_timeout=1.0, event_failures_before_lost=2)
    connection = connect(pool, timing=timing)
    wait_state(connection, D.CONNECTED)
    log = StateLog(connection)
    api.sim.stall("event.from")
    qtbot.waitUntil(lambda: D.LOST in log.states(), timeout=15000)
    assert "Timed out" in log.reason_of(D.LOST)
    api.sim.clear_faults()
    assert_recovers(qtbot, connection, api)


def test_slow_answers_change_nothing(qtbot, pool, connect, wait_state, admin):
    api = admin(pool).xenapi
    connection = connect(pool)
    wait_state(connection, D.CONNECTED)
    log = StateLog(connection)
    api.sim.delay(0.3, "*")
    vm = _a_vm(connection)
    api.VM.set_name_label(vm, "slowly")
    qtbot.waitUntil(lambda: connection.cache.record("VM", vm)["name_label"] == "slowly", timeout=10000)
    time.sleep(1.0)
    api.sim.clear_faults()
    assert log.states() == []  # slow is not lost
    assert_recovers(qtbot, connection, api)
