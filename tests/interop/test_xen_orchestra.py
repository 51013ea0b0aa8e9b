"""Xen Orchestra's npm ``xen-api`` client (JSON-RPC) against the simulator: connect, load, watch events.

The Node script lives in tests/interop/node (``scripts/bootstrap --system`` runs ``npm install`` there).
"""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path

import pytest
import XenAPI

from tests.conftest import IN_CI, require_binary

NODE_DIR = Path(__file__).parent / "node"


class Lines:
    """The script's JSON lines, read on a thread so a hung client cannot hang the test."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self._proc = proc
        self._lines: list[dict] = []
        self._ready = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self._proc.stdout:
            if line.startswith("{"):
                with self._ready:
                    self._lines.append(json.loads(line))
                    self._ready.notify_all()

    def next(self, event: str, timeout: float = 30) -> dict:
        with self._ready:
            found = self._ready.wait_for(lambda: any(m["event"] == event for m in self._lines), timeout)
        assert found, f"xen-api never reported {event!r}: {self._proc.stderr.read() if self._proc.poll() else ''}"
        return next(m for m in self._lines if m["event"] == event)


@pytest.fixture
def node() -> str:
    path = require_binary("node")
    if not (NODE_DIR / "node_modules" / "xen-api").is_dir():
        message = "npm packages missing: run scripts/bootstrap --system"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.mark.parametrize("transport", ["json-rpc", "auto"])
def test_xen_api_connects_loads_and_follows_a_power_state_change(node, small_pool, transport):
    proc = subprocess.Popen(
        [node, "watch.mjs", small_pool.url, "root", "xenroot", transport],
        cwd=NODE_DIR, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        lines = Lines(proc)
        fetched = lines.next("fetched")
        sdk = XenAPI.Session(small_pool.url, ignore_ssl=True)  # a second independent client makes the change
        sdk.xenapi.login_with_password("root", "xenroot", "1.1", "interop-tests")
        api = sdk.xenapi
        try:
            assert fetched["pool"] == api.pool.get_name_label(api.pool.get_all()[0])
            for cls in ("VM", "host", "SR", "VDI", "VBD", "network", "console"):
                assert fetched["counts"].get(cls) == len(getattr(api, cls).get_all()), cls
            vm = lines.next("watching")["ref"]
            api.VM.start(vm, False, False)
            changed = lines.next("changed")
            assert changed["ref"] == vm and changed["power_state"] == "Running"
            assert changed["resident_on"] == api.VM.get_resident_on(vm)
        finally:
            api.session.logout()
        assert proc.wait(20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
