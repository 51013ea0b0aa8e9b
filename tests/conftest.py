"""Shared fixtures: the simulator as a real subprocess over real sockets, and binary requirements."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
XAPI_DBS = sorted((SHARED_DATA / "xapi-db").glob("*.xml"))
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def require_binary(name: str) -> str:
    """Path of a binary a test needs: skips locally when missing, fails in CI (CI must install it)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (scripts/bootstrap --system installs it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@dataclass
class SimServer:
    url: str
    fingerprint: str | None
    process: subprocess.Popen
    members: dict[str, str]  # member host name -> its endpoint URL (--members K)

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()


_LISTEN = re.compile(r"listening on (?P<url>https?://127\.0\.0\.1:\d+)(?: sha256=(?P<fp>[0-9A-Fa-f:]+))?")
_MEMBER = re.compile(r"member (?P<name>.+) on (?P<url>https?://\S+)$")


def start_sim(*args: str, timeout: float = 60.0) -> SimServer:
    """Start ``python -m xencenter.sim ARGS`` and wait for its 'listening on' line (member lines come first)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "xencenter.sim", "--port", "0", *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    members: dict[str, str] = {}
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"simulator exited with {proc.wait()} before listening")
        if m := _MEMBER.match(line.rstrip("\n")):
            members[m["name"]] = m["url"]
        elif m := _LISTEN.search(line):
            return SimServer(m["url"], m["fp"], proc, members)
    proc.kill()
    raise RuntimeError("simulator did not start in time")


@pytest.fixture
def sim_factory():
    """Start simulators with any arguments; all are stopped at teardown."""
    started: list[SimServer] = []

    def factory(*args: str) -> SimServer:
        server = start_sim(*args)
        started.append(server)
        return server

    yield factory
    for server in started:
        server.stop()


@pytest.fixture
def small_pool(sim_factory) -> SimServer:
    """A synthetic HTTPS pool: 3 hosts, 24 VMs (every power and virtualization state)."""
    return sim_factory("--hosts", "3", "--vms", "24")
