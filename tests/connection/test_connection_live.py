"""A Connection against the simulator over HTTPS: fill, events, renewals, loss, failover, trust, no leaks."""

from __future__ import annotations

import itertools
import logging
import threading
import time

import pytest
from connection_helpers import FAST, SIM_PASSWORD, XAPI_DBS, sim_address

import xencenter.connection
from xencenter.connection import Connection, ConnectionState
from xencenter.trust import same_fingerprint
from xencenter.xenapi.address import ServerAddress

CLASSES = ["pool", "host", "host_metrics", "VM", "VM_metrics", "VM_guest_metrics", "SR", "PBD", "VDI", "VBD",
           "VIF", "network", "PIF", "console"]
D = ConnectionState


def assert_counts_match(connection, api) -> dict[str, int]:
    counts = connection.cache.counts()
    for cls in sorted(set(counts) | set(CLASSES)):
        if cls in ("session", "event", "user"):
            continue
        assert counts.get(cls, 0) == len(getattr(api, cls).get_all()), cls
    return counts


def test_cache_counts_equal_the_server(small_pool, connect, wait_state, admin):
    connection = connect(small_pool)
    wait_state(connection, D.CONNECTED)
    counts = assert_counts_match(connection, admin(small_pool).xenapi)
    assert counts["VM"] > 24 and counts["host"] == 3
    assert connection.session is not None and connection.api_version is not None
    assert connection.software_version.get("product_brand")
    assert connection.name
    assert same_fingerprint(connection.fingerprint, small_pool.fingerprint)


@pytest.mark.parametrize("db", XAPI_DBS, ids=[p.stem for p in XAPI_DBS])
def test_cache_counts_equal_every_shared_database(db, sim_factory, connect, wait_state, admin):
    server = sim_factory("--db", str(db))
    connection = connect(server)
    wait_state(connection, D.CONNECTED, timeout=30)
    counts = assert_counts_match(connection, admin(server).xenapi)
    assert counts["pool"] == 1 and counts["host"] >= 1 and connection.name


def test_an_unknown_newer_api_version_is_a_warning_not_a_refusal(small_pool, connect, wait_state, caplog,
                                                                  monkeypatch):
    monkeypatch.setattr(xencenter.connection, "KNOWN_API_VERSION", (1, 0))
    connection = connect(small_pool)
    wait_state(connection, D.CONNECTED)
    assert connection.api_version is not None and connection.api_version > (1, 0)
    warnings = [r for r in caplog.records if r.levelname == "WARNING" and "newer than" in r.getMessage()]
    assert len(warnings) == 1 and "1.0" in warnings[0].getMessage()


def test_a_current_api_version_raises_no_warning(small_pool, connect, wait_state, caplog):
    connection = connect(small_pool)
    wait_state(connection, D.CONNECTED)
    assert connection.api_version <= xencenter.connection.KNOWN_API_VERSION
    assert not [r for r in caplog.records if "newer than" in r.getMessage()]


def test_a_change_made_elsewhere_reaches_the_cache_in_one_batch(small_pool, connect, wait_state, admin, qtbot):
    connection = connect(small_pool)
    wait_state(connection, D.CONNECTED)
    api = admin(small_pool).xenapi
    vm = next(ref for ref, r in connection.cache.items("VM") if not r["is_a_template"] and not r["is_control_domain"])
    with qtbot.waitSignal(connection.objects_changed, timeout=5000,
                          check_params_cb=lambda changes: ("VM", vm) in changes.changed):
        api.VM.set_name_label(vm, "renamed elsewhere")
    assert connection.cache.record("VM", vm)["name_label"] == "renamed elsewhere"


def test_an_event_storm_arrives_as_few_merged_batches(small_pool, connect, wait_state, admin, qtbot):
    connection = connect(small_pool)
    wait_state(connection, D.CONNECTED)
    vms = [ref for ref, r in connection.cache.items("VM") if not r["is_control_domain"]][:12]
    arrivals: list[tuple[float, object]] = []
    connection.objects_changed.connect(lambda changes: arrivals.append((time.monotonic(), changes)))
    writers = [admin(small_pool) for _ in range(4)]  # four clients hammering at once

    def storm(session, mine):
        for i in range(10):
            for vm in mine:
                session.xenapi.VM.set_name_description(vm, f"storm {i}")

    threads = [threading.Thread(target=storm, args=(s, vms[i::4])) for i, s in enumerate(writers)]
    for thread in threads:
        thread.start()
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in threads), timeout=30000)
    qtbot.waitUntil(
        lambda: all(connection.cache.record("VM", vm)["name_description"] == "storm 9" for vm in vms),
        timeout=5000,
    )
    # the cache is written on the event thread; its last batch reaches the UI up to ~50 ms later
    qtbot.waitUntil(lambda: {("VM", vm) for vm in vms} <= set().union(*(c.changed for _, c in arrivals)),
                    timeout=5000)
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(arrivals)]
    assert len(arrivals) < 120 / 2  # 120 setters, far fewer UI batches
    assert all(gap >= 0.04 for gap in gaps), gaps  # never faster than every ~50 ms


def test_the_cache_survives_a_toolstack_restart(small_pool, connect, wait_state, admin, qtbot):
    connection = connect(small_pool)
    wait_state(connection, D.CONNECTED)
    before = connection.cache.counts()
    states = []
    connection.state_changed.connect(lambda state, reason: states.append(state))
    admin(small_pool).xenapi.sim.restart_toolstack()  # every session dies, ours too
    api = admin(small_pool).xenapi
    vm = connection.cache.refs("VM")[0]
    api.VM.set_name_label(vm, "after restart")
    qtbot.waitUntil(lambda: connection.cache.record("VM", vm)["name_label"] == "after restart", timeout=10000)
    qtbot.wait(int(FAST.heartbeat_interval * 3 * 1000))  # the heartbeat session is renewed too
    assert connection.cache.counts() == before
    assert states == [] and connection.state is D.CONNECTED  # renewed in place, never "lost"
    assert connection.session is not None
    connection.session.xenapi.pool.get_all()  # the command session works again


def test_the_cache_survives_events_lost(small_pool, connect, wait_state, admin, qtbot):
    connection = connect(small_pool)
    wait_state(connection, D.CONNECTED)
    api = admin(small_pool).xenapi
    before = connection.cache.counts()
    api.sim.emit_events_lost()
    vm = connection.cache.refs("VM")[1]
    api.VM.set_name_label(vm, "after events lost")
    qtbot.waitUntil(lambda: connection.cache.record("VM", vm)["name_label"] == "after events lost", timeout=10000)
    assert connection.cache.counts() == before
    assert connection.state is D.CONNECTED


def test_connection_refused_is_said_in_words(connect, wait_state, sim_factory, trust):
    connection = Connection("127.0.0.1:1", "root", trust=trust, timing=FAST)
    reasons = []
    connection.state_changed.connect(lambda state, reason: reasons.append((state, reason)))
    connection.start("pw")
    wait_state(connection, D.DISCONNECTED)
    assert "Connection refused" in connection.reason
    assert reasons[0][0] is D.CONNECTING


def test_wrong_password_is_reported_and_a_new_one_connects(small_pool, connect, wait_state, qtbot, caplog):
    caplog.set_level(logging.DEBUG)
    wrong = "Tr0ub4dor&3-not-it"
    failures = []
    connection = connect(small_pool, password=wrong)
    connection.authentication_failed.connect(failures.append)
    wait_state(connection, D.DISCONNECTED)
    assert failures and "password" in failures[0].lower()
    assert connection.reason == "Wrong user name or password"
    connection.start()  # the refused password was forgotten: the UI is asked again
    assert connection.state is D.DISCONNECTED and failures[-1] == "A password is needed"
    connection.start(SIM_PASSWORD)
    wait_state(connection, D.CONNECTED)
    assert wrong not in caplog.text and SIM_PASSWORD not in caplog.text


def test_first_use_of_a_certificate_asks_and_then_pins(small_pool, connect, wait_state, qtbot, trust):
    asked = []
    connection = connect(small_pool, pin=False)
    connection.certificate_unknown.connect(lambda address, info: asked.append((address, info)))
    wait_state(connection, D.DISCONNECTED)
    assert len(asked) == 1
    address, info = asked[0]
    assert address == sim_address(small_pool).key
    assert same_fingerprint(info.sha256, small_pool.fingerprint) and not info.system_trusted
    assert info.subject and info.not_before < info.not_after
    assert trust.pinned(address) is None  # nothing is trusted without the user

    connection.trust_certificate(address, info.sha256)
    wait_state(connection, D.CONNECTED)
    assert same_fingerprint(trust.pinned(address), small_pool.fingerprint)
    assert same_fingerprint(connection.fingerprint, small_pool.fingerprint)


def test_a_changed_certificate_is_refused_with_both_fingerprints(small_pool, connect, wait_state, trust):
    old = "12" * 32
    address = sim_address(small_pool)
    trust.trust(address, old)
    changed = []
    connection = connect(small_pool, pin=False)
    connection.certificate_changed.connect(lambda *args: changed.append(args))
    wait_state(connection, D.DISCONNECTED)
    assert "Certificate changed" in connection.reason
    assert len(changed) == 1
    where, expected, info = changed[0]
    assert where == address.key and same_fingerprint(expected, old)
    assert same_fingerprint(info.sha256, small_pool.fingerprint)
    assert same_fingerprint(trust.pinned(address), old)  # still the old pin: nothing accepted silently

    connection.trust_certificate(where, info.sha256)  # the deliberate acceptance
    wait_state(connection, D.CONNECTED)


def test_fifty_connect_disconnect_cycles_leak_no_session(sim_factory, connect, wait_state, admin):
    server = sim_factory("--hosts", "1", "--vms", "2")
    api = admin(server).xenapi
    baseline = api.sim.session_count()
    connection = connect(server)
    for _ in range(50):
        wait_state(connection, D.CONNECTED)
        connection.stop()
        wait_state(connection, D.DISCONNECTED)
        connection.start(SIM_PASSWORD)
    wait_state(connection, D.CONNECTED)
    assert api.sim.session_count() == baseline + 2  # the live one: commands + events
    connection.stop()
    wait_state(connection, D.DISCONNECTED)
    assert api.sim.session_count() == baseline


def test_a_pool_member_leads_to_the_coordinator(sim_factory, connect, wait_state, admin, trust):
    server = sim_factory("--hosts", "2", "--vms", "4")
    coordinator = connect(server)
    wait_state(coordinator, D.CONNECTED)
    member = next(a for a in coordinator.pool_addresses if ServerAddress.parse(a) != sim_address(server))
    coordinator.stop()

    trust.trust(member, server.fingerprint)
    redirects = []
    connection = connect(server, address=ServerAddress.parse(member))
    connection.redirected.connect(lambda a, b: redirects.append((a, b)))
    wait_state(connection, D.CONNECTED)
    assert redirects == [(str(ServerAddress.parse(member)), str(sim_address(server)))]
    assert connection.coordinator == sim_address(server)


def test_coordinator_failover_finds_the_new_coordinator(sim_factory, connect, wait_state, admin, trust, qtbot):
    server = sim_factory("--hosts", "2", "--vms", "4")
    connection = connect(server)
    wait_state(connection, D.CONNECTED)
    old = sim_address(server)
    member = next(ServerAddress.parse(a) for a in connection.pool_addresses if ServerAddress.parse(a) != old)
    assert trust.pinned(member) is None and connection.fingerprint_for(member) == server.fingerprint, \
        "the member's certificate is the one the pool publishes for it"
    states = []
    connection.state_changed.connect(lambda state, reason: states.append(state))
    hosts = {ServerAddress.parse(r["address"], default_port=server.port): ref for ref, r in connection.cache.items("host")}
    api = admin(server).xenapi
    api.sim.promote(hosts[member])
    api.sim.stop_endpoint(hosts[old])

    qtbot.waitUntil(lambda: connection.state is D.CONNECTED and connection.coordinator == member, timeout=20000)
    assert D.LOST in states and D.RECONNECTING in states
    assert connection.session is not None
    connection.session.xenapi.pool.get_all()


def test_failover_to_a_host_with_an_unknown_certificate_asks_first(sim_factory, connect, wait_state, admin, qtbot):
    # A pool older than XenServer 8.2 publishes no Certificate objects: nobody vouches for the member.
    server = sim_factory("--db", str(next(p for p in XAPI_DBS if p.name == "TampaTwoHostPoolSelectioniSCSI.xml")))
    connection = connect(server)
    wait_state(connection, D.CONNECTED)
    old = sim_address(server)
    member = next(ServerAddress.parse(a) for a in connection.pool_addresses if ServerAddress.parse(a) != old)
    asked = []
    connection.certificate_unknown.connect(lambda address, info: asked.append(address))
    hosts = {ServerAddress.parse(r["address"], default_port=server.port): ref for ref, r in connection.cache.items("host")}
    api = admin(server).xenapi
    api.sim.promote(hosts[member])
    api.sim.stop_endpoint(hosts[old])
    wait_state(connection, D.DISCONNECTED, timeout=20)
    assert asked == [member.key]  # never connected to an unknown certificate behind the user's back


def test_two_missed_heartbeats_mean_lost_then_reconnecting_until_stopped(sim_factory, connect, wait_state, qtbot):
    server = sim_factory("--hosts", "1", "--vms", "2")
    connection = connect(server)
    wait_state(connection, D.CONNECTED)
    seen: list[tuple[ConnectionState, str]] = []
    connection.state_changed.connect(lambda state, reason: seen.append((state, reason)))
    server.stop()  # the host is gone: every connection reset, nothing listening
    started = time.monotonic()
    qtbot.waitUntil(lambda: connection.state is D.RECONNECTING and "trying again" in connection.reason,
                    timeout=10000)
    states = [s for s, _ in seen]
    assert states[:2] == [D.LOST, D.RECONNECTING]
    assert "stopped answering" in seen[0][1]
    assert time.monotonic() - started < 5 * FAST.heartbeat_interval + 2
    assert connection.session is None  # commands must not use a dead session
    connection.stop()
    wait_state(connection, D.DISCONNECTED, timeout=5)
    assert connection.reason == "Disconnected"
