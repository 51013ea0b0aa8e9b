"""Instant open: the window's second start shows the last known inventory (tree, General tab, search), greyed
and refusing commands, until the live fill replaces it; another pool at the address discards it."""

from __future__ import annotations

import dataclasses
import logging
import stat

import pytest
from live_helpers import QUICK, AnsweringPrompter

from tests.live import SIM_PASSWORD, SIM_USER, MemoryKeyring
from xencenter.connection import ConnectionState
from xencenter.model import inventory
from xencenter.operations.context import make_context
from xencenter.settings import SavedServer, Settings
from xencenter.views.main_window import MainWindow
from xencenter.views.tabs.general import GeneralPage
from xencenter.views.tree_model import KindRole
from xencenter.xenapi.address import ServerAddress


@pytest.fixture
def keyring_backend():
    return MemoryKeyring()


def start_window(qtbot, directory, keyring_backend):
    settings = Settings.load(directory, keyring_backend=keyring_backend)
    prompter = AnsweringPrompter()
    context = make_context(settings, prompter, prompter, timing=QUICK)
    window = MainWindow(context)
    qtbot.addWidget(window)
    context.connections.restore_saved()
    return settings, context, window


def top_rows(window) -> list[tuple[str, str]]:
    model = window.navigation.model
    return [(model.index(r, 0).data(KindRole), model.index(r, 0).data()) for r in range(model.rowCount())]


def first_window(qtbot, server, directory, keyring_backend, reconnect_later: bool):
    """A first start that connects, then closes (saving the inventory); the saved entry then waits for the
    user (``reconnect_later``) so the second start's last known view can be looked at before going live."""
    settings = Settings.load(directory, keyring_backend=keyring_backend)
    address = ServerAddress.parse(server.url)
    settings.trust.trust(address, server.fingerprint)
    saved = SavedServer(str(address), SIM_USER, "Lab", reconnect_at_start=True, remember_password=True)
    settings.remember(saved, SIM_PASSWORD)
    settings, context, window = start_window(qtbot, directory, keyring_backend)
    connection = next(iter(context.connections))
    qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED, timeout=30_000)
    qtbot.waitUntil(lambda: top_rows(window) and top_rows(window)[0][0] == "pool", timeout=10_000)
    names = {r.name_label for _, r in connection.cache.items("VM")}
    session_ref = connection.session.ref
    window.close()
    if reconnect_later:
        settings.servers.upsert(dataclasses.replace(saved, reconnect_at_start=False))
    return settings, address, names, session_ref


def test_second_start_shows_the_last_known_inventory_until_live(qtbot, small_pool, tmp_path, keyring_backend):
    directory = tmp_path / "settings"
    settings, address, names, session_ref = first_window(qtbot, small_pool, directory, keyring_backend, True)
    path = settings.inventory_dir() / inventory.file_name(address.key)
    data = path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert SIM_PASSWORD.encode() not in data and session_ref.encode() not in data

    settings, context, window = start_window(qtbot, directory, keyring_backend)
    connection = next(iter(context.connections))
    assert connection.state is ConnectionState.DISCONNECTED
    qtbot.waitUntil(lambda: connection.cache.stale_since is not None, timeout=10_000)
    qtbot.waitUntil(lambda: top_rows(window) and top_rows(window)[0][0] == "pool", timeout=10_000)
    kind, name = top_rows(window)[0]
    assert name.endswith("(last known)"), name
    assert {r.name_label for _, r in connection.cache.items("VM")} == names

    vm = next(v for v in connection.cache.all("VM") if v.is_real_vm and v.power_state == "Halted")
    navigation = window.navigation
    assert navigation.select_object(navigation.connections.key(connection), vm.ref)
    index = navigation.model.indexes_of(navigation.connections.key(connection), vm.ref)[0]
    assert index.data(KindRole) == "vm"
    general = next(p for p in window.pages if isinstance(p, GeneralPage))
    qtbot.waitUntil(lambda: window.tabs.indexOf(general) >= 0, timeout=10_000)
    reason = context.commands["vm.start"].reason([vm])
    assert reason.startswith("Not connected yet: this is the last known inventory, saved "), reason

    connection.start(SIM_PASSWORD)
    qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED, timeout=30_000)
    assert connection.cache.stale_since is None
    qtbot.waitUntil(lambda: not top_rows(window)[0][1].endswith(")"), timeout=10_000)
    live_vm = connection.cache.get("VM", vm.ref)
    assert context.commands["vm.start"].reason([live_vm]) == ""
    window.close()


def test_another_pool_at_the_address_discards_it(qtbot, small_pool, tmp_path, keyring_backend, caplog):
    directory = tmp_path / "settings"
    settings, address, _, _ = first_window(qtbot, small_pool, directory, keyring_backend, True)
    path = settings.inventory_dir() / inventory.file_name(address.key)
    saved = inventory.load(path, address.key)
    assert saved is not None
    inventory.save(path, inventory.encode({c: list(t.items()) for c, t in saved.tables.items()},
                                          address=address.key, pool_uuid="another-pool", tree=saved.tree))
    with caplog.at_level(logging.INFO, logger="xencenter.operations.inventory_keeper"):
        settings, context, window = start_window(qtbot, directory, keyring_backend)
        connection = next(iter(context.connections))
        qtbot.waitUntil(lambda: connection.cache.stale_since is not None, timeout=10_000)
        connection.start(SIM_PASSWORD)
        qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED, timeout=30_000)
        qtbot.waitUntil(lambda: "is another pool now" in caplog.text, timeout=5_000)
    assert connection.cache.stale_since is None
    window.close()
    fresh = inventory.load(path, address.key)
    assert fresh is not None and fresh.pool_uuid == connection.cache.pool().record["uuid"], \
        "saved again, for the pool that answers there now"


def test_a_damaged_inventory_is_ignored_and_the_live_fill_proceeds(qtbot, small_pool, tmp_path,
                                                                   keyring_backend, caplog):
    directory = tmp_path / "settings"
    settings, address, names, _ = first_window(qtbot, small_pool, directory, keyring_backend, False)
    path = settings.inventory_dir() / inventory.file_name(address.key)
    path.write_bytes(path.read_bytes()[:1000])
    with caplog.at_level(logging.WARNING, logger="xencenter.model.inventory"):
        settings, context, window = start_window(qtbot, directory, keyring_backend)
        connection = next(iter(context.connections))
        qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED, timeout=30_000)
    assert "ignored" in caplog.text
    assert {r.name_label for _, r in connection.cache.items("VM")} == names
    window.close()


def test_a_command_line_run_neither_reads_nor_writes_inventories(small_pool, config_dir, password_file):
    """Only the window keeps inventories: ``main.py run`` (a dry run above all) leaves no file behind."""
    from tests.test_cli import run_json

    answer = run_json(small_pool, config_dir, password_file, "pool.rename", "--name", "Lab", "--dry-run")
    assert answer, "the run answered"
    assert not (config_dir / "inventory").exists()
