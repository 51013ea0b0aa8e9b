"""``--vnc-backend qemu``: VM consoles are real QEMU framebuffers behind the ``CONNECT /console`` tunnel, one
QEMU per running VM, gone when the VM halts and when the simulator is terminated."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import ROOT, require_binary
from xencenter.console.transport import open_console
from xencenter.xenapi import located


def _qemu_pids(vm_uuid: str) -> list[int]:
    """QEMU processes started for that VM (their command line names the VM's uuid), whoever their parent."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if argv and argv[0].endswith(b"qemu-system-x86_64") and vm_uuid.encode() in argv:
            pids.append(int(entry.name))
    return pids


def _wait_for(condition, timeout: float = 8.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


async def _first_non_blank_frame(client, timeout: float = 10.0) -> np.ndarray:
    """Full frames until one shows something (QEMU's screen is black for a moment before SeaBIOS prints)."""
    async with asyncio.timeout(timeout):
        while True:
            frame = await client.screenshot(timeout=timeout)
            if np.ptp(frame[..., :3]) > 0:
                return frame
            await asyncio.sleep(0.2)


@pytest.fixture
def qemu_pool(sim_factory):
    require_binary("qemu-system-x86_64")
    if not Path("/proc/self/cmdline").exists():
        pytest.skip("finds QEMU processes through /proc")
    pytest.importorskip("xencenter.xenapi.http")
    return sim_factory("--hosts", "1", "--vms", "6", "--op-seconds", "0.1", "--vnc-backend", "qemu")


def _running_vm_consoles(session) -> list[tuple[str, dict]]:
    """(VM ref, rfb console record) of the running guests."""
    vms = session.xenapi.VM.get_all_records()
    return [(c["VM"], c) for c in session.xenapi.console.get_all_records().values()
            if c["protocol"] == "rfb" and not vms[c["VM"]]["is_control_domain"]
            and vms[c["VM"]]["power_state"] == "Running"]


def test_console_shows_qemu_and_halting_the_vm_stops_it(qemu_pool):
    from xencenter.xenapi.session import Session

    with Session(qemu_pool.url, fingerprint=qemu_pool.fingerprint) as session:
        session.login_with_password("root", "xenroot")
        vm, console = _running_vm_consoles(session)[0]
        uuid = session.xenapi.VM.get_uuid(vm)
        assert _qemu_pids(uuid) == []  # lazily started: not before its console is asked for

        async def main():
            client = await open_console(located(console["location"], qemu_pool.url), session.ref, qemu_pool.fingerprint)
            try:
                assert client.version == (3, 3)
                frame = await _first_non_blank_frame(client)
                assert frame.shape[:2] == (client.video.height, client.video.width)
                assert len(_qemu_pids(uuid)) == 1
                session.xenapi.VM.hard_shutdown(vm)
                async with asyncio.timeout(8):
                    await client.wait_closed()  # the relay ends with QEMU
            finally:
                await client.close()

        asyncio.run(main())
        assert _wait_for(lambda: _qemu_pids(uuid) == [])


@pytest.mark.parametrize("kill", [False, True], ids=["SIGTERM", "SIGKILL"])
def test_no_qemu_outlives_the_simulator(qemu_pool, kill):
    """Terminated, it stops its QEMUs itself; killed (no clean-up runs), the kernel kills them (Linux)."""
    from xencenter.xenapi.session import Session

    session = Session(qemu_pool.url, fingerprint=qemu_pool.fingerprint)  # no logout: the server goes away
    session.login_with_password("root", "xenroot")
    vm, console = _running_vm_consoles(session)[0]
    uuid = session.xenapi.VM.get_uuid(vm)
    session.close()

    async def main():
        first = await open_console(located(console["location"], qemu_pool.url), session.ref, qemu_pool.fingerprint)
        await first.screenshot(timeout=10)
        started = _qemu_pids(uuid)
        await first.close()  # the request thread that asked for the QEMU ends: the QEMU must stay
        await asyncio.sleep(0.5)
        client = await open_console(located(console["location"], qemu_pool.url), session.ref, qemu_pool.fingerprint)
        try:
            await client.screenshot(timeout=10)
            assert len(started) == 1 and _qemu_pids(uuid) == started
            if kill:
                qemu_pool.process.kill()
                assert qemu_pool.process.wait(10) == -9
            else:
                qemu_pool.process.terminate()  # with a console open: the relay must not hold the exit back
                assert qemu_pool.process.wait(10) == 0
        finally:
            await client.close()

    try:
        asyncio.run(main())
        assert _wait_for(lambda: _qemu_pids(uuid) == [], timeout=3.0), "QEMU outlived the simulator"
    finally:
        for pid in _qemu_pids(uuid):  # a failed run must not leave one behind either
            os.kill(pid, 9)


def test_without_qemu_the_simulator_refuses_to_start(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}  # an empty folder: no qemu-system-x86_64 on the PATH
    done = subprocess.run([sys.executable, "-m", "xencenter.sim", "--hosts", "1", "--vnc-backend", "qemu"],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=30, check=False,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and "listening" not in done.stdout
    assert "qemu-system-x86_64" in done.stderr
