"""Shared fixtures: the simulator as a real subprocess over real sockets, and binary requirements."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.netguard_plugin import loopback_only, pytest_configure  # noqa: F401  (the suite's network guard)
from xencenter.sim.process import SimProcess

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
XAPI_DBS = sorted((SHARED_DATA / "xapi-db").glob("*.xml"))
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--soak-seconds", type=float, default=None,
        help="how long the fault soak runs (default: 60 in CI, 15 locally; env SOAK_SECONDS)",
    )


def soak_length(request: pytest.FixtureRequest, in_ci: float, locally: float) -> float:
    """Seconds a soak runs: ``--soak-seconds`` or env SOAK_SECONDS when given, else ``in_ci`` in CI."""
    chosen = request.config.getoption("--soak-seconds", default=None) or os.environ.get("SOAK_SECONDS")
    return float(chosen) if chosen else (in_ci if IN_CI else locally)


def require_binary(name: str) -> str:
    """Path of a binary a test needs: skips locally when missing, fails in CI (CI must install it)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (scripts/bootstrap --system installs it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


def start_sim(*args: str, timeout: float = 60.0) -> SimProcess:
    """Start ``python -m xencenter.sim --port 0 ARGS`` and wait until it listens."""
    return SimProcess.start(["--port", "0", *args], timeout=timeout)


@pytest.fixture
def sim_factory():
    """Start simulators with any arguments; all are stopped at teardown."""
    started: list[SimProcess] = []

    def factory(*args: str) -> SimProcess:
        server = start_sim(*args)
        started.append(server)
        return server

    yield factory
    for server in started:
        server.stop()


@pytest.fixture
def small_pool(sim_factory) -> SimProcess:
    """A synthetic HTTPS pool: 3 hosts, 24 VMs (every power and virtualization state)."""
    return sim_factory("--hosts", "3", "--vms", "24")


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """An empty settings folder for a ``main.py`` run (XENCENTER_CONFIG_DIR)."""
    directory = tmp_path / "config"
    directory.mkdir()
    return directory


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    """The simulator's password in a file, as ``--password-file`` takes it."""
    path = tmp_path / "password"
    path.write_text("xenroot\n")
    return path


@pytest.fixture(autouse=True)
def ui_thread_collection(request):
    """Tests that run Qt collect garbage as the application does: on the UI thread only (views/collector.py);
    a collection on a connection's thread that finalizes a QObject crashes Qt later."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from xencenter.views.collector import collect_anywhere, collect_on_ui_thread

    app = request.getfixturevalue("qapp")
    collect_on_ui_thread(app)
    yield
    collect_anywhere(app)


@pytest.fixture
def wait_state(qtbot):
    """``wait_state(connection, state, timeout=15)``: run the event loop until the connection is there."""

    def wait(connection, state, timeout: float = 15) -> None:
        qtbot.waitUntil(lambda: connection.state is state, timeout=int(timeout * 1000))

    return wait
