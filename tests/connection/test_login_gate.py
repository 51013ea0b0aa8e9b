"""Many pools at once: a few logins at a time, at start and when they all come back together."""

from __future__ import annotations

import threading
import time

import pytest
from connection_helpers import FAST, SIM_PASSWORD, sim_address

from xencenter import connection as connection_module
from xencenter.connection import Connection, ConnectionState
from xencenter.login_gate import GateClosed, LoginGate, jittered
from xencenter.settings import TrustStore


def test_the_gate_lets_in_at_most_its_slots_and_lets_waiters_give_up():
    gate = LoginGate(2)
    inside: list[int] = []
    release = threading.Event()
    stop = threading.Event()

    def enter() -> None:
        with gate.turn(stop):
            inside.append(1)
            release.wait(5)

    threads = [threading.Thread(target=enter) for _ in range(5)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 5
    while len(inside) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    assert len(inside) == 2 and gate.inside == 2
    release.set()
    for thread in threads:
        thread.join(5)
    assert len(inside) == 5 and gate.peak == 2 and gate.inside == 0

    with gate.turn(stop), gate.turn(stop):
        stopped = threading.Event()
        stopped.set()
        with pytest.raises(GateClosed), gate.turn(stopped):
            pass
    assert gate.inside == 0


def test_jitter_spreads_delays_both_ways_within_bounds():
    delays = [jittered(10.0) for _ in range(200)]
    assert all(7.5 <= d <= 12.5 for d in delays)
    assert min(delays) < 9.5 and max(delays) > 10.5, "spread, not a constant"


@pytest.fixture
def small_gate(monkeypatch):
    gate = LoginGate(2)
    monkeypatch.setattr(connection_module, "GATE", gate)
    return gate


def test_eight_connections_log_in_two_at_a_time_at_start_and_after_a_toolstack_restart(
        qtbot, small_gate, sim_factory, tmp_path):
    server = sim_factory("--hosts", "2", "--vms", "40")
    address = sim_address(server)
    trust = TrustStore(tmp_path)
    trust.trust(address, server.fingerprint)
    connections = [Connection(address, "root", trust=trust, timing=FAST) for _ in range(8)]
    admin = connections[0]
    try:
        for c in connections:
            c.start(SIM_PASSWORD)
        qtbot.waitUntil(lambda: all(c.state is ConnectionState.CONNECTED for c in connections), timeout=60_000)
        assert small_gate.peak == 2, "never more than the gate's slots at once"
        vms = admin.cache.count("VM")
        assert all(c.cache.count("VM") == vms for c in connections)

        small_gate.reset_peak()
        states: list[ConnectionState] = []
        for c in connections:
            c.state_changed.connect(lambda state, _reason: states.append(state))
        admin.session.xenapi.sim.outage(3.0)  # the network is cut for everybody at once
        qtbot.waitUntil(lambda: ConnectionState.RECONNECTING in states, timeout=30_000)
        qtbot.waitUntil(lambda: all(c.state is ConnectionState.CONNECTED for c in connections), timeout=90_000)
        assert small_gate.peak <= 2
        assert all(c.cache.count("VM") == vms for c in connections)
    finally:
        for c in connections:
            c.shutdown(10)
