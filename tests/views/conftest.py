"""Fixtures of the window tests: the main window in demo mode, as ``python main.py --demo`` builds it."""

from __future__ import annotations

import pytest
from live_helpers import connect_live

from xencenter.app import build_window
from xencenter.connection import ConnectionState
from xencenter.settings import CONFIG_DIR_ENV

WAIT = 30_000


@pytest.fixture
def demo(qtbot, tmp_path, monkeypatch):
    user_config = tmp_path / "user-config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(user_config))  # restored after the test whatever the demo sets
    demo_dir = tmp_path / "demo"
    demo_dir.mkdir()
    launch = build_window(str(demo_dir))
    window = launch.window
    qtbot.addWidget(window)
    try:
        window.resize(1280, 800)
        window.show()
        launch.start()
        qtbot.waitUntil(lambda: bool(launch.demo_servers and list(window.context.connections)), timeout=WAIT)
        connection = next(iter(window.context.connections))
        qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED, timeout=WAIT)
        qtbot.waitUntil(lambda: window.navigation.model.item_count() > 40, timeout=WAIT)
        yield window, connection, launch, user_config, demo_dir
    finally:
        window.close()
        launch.stop()
    assert all(server.process.poll() is not None for server in launch.demo_servers), "the demo sim must stop"


@pytest.fixture
def live(qtbot, small_pool, tmp_path):
    """The application's context connected to the small simulated pool (console tests have their own)."""
    live = connect_live(qtbot, small_pool, tmp_path)
    yield live
    live.connection.shutdown(5)
