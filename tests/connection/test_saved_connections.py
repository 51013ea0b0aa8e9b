"""Start-up reconnection of saved servers, pool addresses kept in the saved entry, pool-vouched pins."""

from __future__ import annotations

import pytest
from connection_helpers import FAST, SIM_PASSWORD, sim_address

from xencenter.connection import Connection, ConnectionState
from xencenter.model.cache import ObjectCache
from xencenter.operations.connections import ConnectionManager
from xencenter.settings import SavedServer, ServerList, Settings
from xencenter.trust import format_fingerprint
from xencenter.xenapi.events import Event


@pytest.fixture
def settings(settings_dir, memory_keyring) -> Settings:
    return Settings.load(keyring_backend=memory_keyring)


def test_saved_servers_reconnect_at_start_or_ask_for_a_password(qtbot, settings, small_pool, wait_state):
    address = sim_address(small_pool)
    settings.trust.trust(address, small_pool.fingerprint)
    settings.remember(SavedServer(str(address), "root", "Lab", reconnect_at_start=True, remember_password=True),
                      SIM_PASSWORD)
    settings.servers.upsert(SavedServer("10.9.9.9", "root", "No password", reconnect_at_start=True))
    settings.servers.upsert(SavedServer("10.9.9.8", "root", "Not at start", reconnect_at_start=False))

    manager = ConnectionManager(settings, timing=FAST)
    need_password = manager.restore_saved()
    started = [c for c in manager if c.state is not ConnectionState.DISCONNECTED]
    try:
        assert [s.display_name for s in need_password] == ["No password"]
        assert [manager.label(c) for c in manager] == ["Lab", "No password", "Not at start"], "all are listed"
        assert [c.address for c in started] == [address]
        wait_state(started[0], ConnectionState.CONNECTED)
        # The pool's other hosts are now part of the saved entry (for failover after a restart).
        # Bare host addresses mean "on the port this pool answers on" (443 in real pools); the entry's own
        # address is not repeated among them.
        others = [f"{r['address']}:{address.port}" for _, r in started[0].cache.items("host")
                  if f"{r['address']}:{address.port}" != str(address)]
        qtbot.waitUntil(lambda: loaded_pool_addresses(settings, address) == others, timeout=5000)
    finally:
        for connection in started:
            assert connection.shutdown(10)


def loaded_pool_addresses(settings: Settings, address) -> list[str]:
    saved = ServerList(settings.servers.path.parent)
    assert saved.load() is None
    return saved.get(address).pool_addresses


def test_pool_addresses_follow_the_pool(qtbot, settings, sim_factory, wait_state):
    server = sim_factory("--hosts", "2", "--vms", "2")
    address = sim_address(server)
    settings.trust.trust(address, server.fingerprint)
    settings.servers.upsert(SavedServer(str(address)))
    manager = ConnectionManager(settings, timing=FAST)
    connection = manager.create(address, "root")
    manager.adopt(connection)
    with qtbot.waitSignal(connection.pool_addresses_changed, timeout=15000) as changed:
        connection.start(SIM_PASSWORD)
    try:
        member = [a for a in changed.args[0] if a != str(address)]
        assert len(member) == 1
        assert settings.servers.get(address).pool_addresses == member, "remembered at once"
        qtbot.waitUntil(lambda: loaded_pool_addresses(settings, address) == member, timeout=5000)  # written soon
    finally:
        assert connection.shutdown(10)


def test_the_pool_vouches_for_its_members_certificates(trust):
    """A member's pin can come from the pool's own Certificate objects (read over the pinned channel)."""
    cache = ObjectCache()
    member_fp = "ab" * 32
    cache.apply([
        Event(1, "", "host", "add", "OpaqueRef:h1", {"uuid": "u1", "address": "10.0.0.1"}),
        Event(2, "", "host", "add", "OpaqueRef:h2", {"uuid": "u2", "address": "10.0.0.2"}),
        Event(3, "", "Certificate", "add", "OpaqueRef:c2",
              {"uuid": "c2", "type": "host", "host": "OpaqueRef:h2", "fingerprint_sha256": member_fp}),
    ])
    trust.trust("10.0.0.1", "12" * 32)
    connection = Connection("10.0.0.1", "root", trust=trust, cache=cache)
    assert connection.fingerprint == format_fingerprint("12" * 32)
    assert connection.fingerprint_for("10.0.0.2") == format_fingerprint(member_fp)
    assert connection.fingerprint_for("10.0.0.3") is None
    trust.trust("10.0.0.2", "cd" * 32)  # the user's own pin wins
    assert connection.fingerprint_for("10.0.0.2") == format_fingerprint("cd" * 32)
