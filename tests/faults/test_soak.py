"""Soak: random faults, one after another, while events stream in and lifecycle commands run.

Runs ``--soak-seconds`` (60 in CI, 15 locally; env SOAK_SECONDS). Checked: no exception escapes any thread
or slot, no error is logged, memory does not keep growing (tracemalloc), every operation ends, the connection
recovers when the faults stop (its cache then equals the server), and every session opened is closed
(``sim.session_count`` back to the baseline). The seed is printed so that a failing run can be replayed
(``SOAK_SEED``).
"""

from __future__ import annotations

import gc
import logging
import os
import random
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable

import pytest
from fault_helpers import SIM_PASSWORD, SIM_USER, cache_state, differences

from xencenter.connection import ConnectionState
from xencenter.operations.context import AppContext, make_context
from xencenter.settings import Settings
from xencenter.xenapi.errors import (
    HostIsSlave,
    ProtocolError,
    SessionInvalid,
    TransportError,
    XenAPIError,
)
from xencenter.xenapi.session import Session

D = ConnectionState
COMPARED = ["pool", "host", "VM", "VM_metrics", "VM_guest_metrics", "VBD", "VIF", "console"]
MALFORMED = ["html500", "truncated", "invalid_xml", "wrong_types"]
# Never session.*: a login whose answer is lost leaves a session only xapi's expiry can end, in real life too.
PATTERNS = ["event.from", "host.get_servertime", "task.get_record", "VM.*", "Async.VM.*", "pool.*", "*.get_all*"]
MEMORY_SLACK = 8 * 1024 * 1024  # bytes the traced heap may end above its early peak


class Steering:
    """The test's own hands on the simulator: controls and setters through whichever endpoint answers,
    logging in again after a toolstack restart (one thread only)."""

    def __init__(self, server) -> None:
        self.urls = [server.url, *server.members.values()]
        self.fingerprint = server.fingerprint
        self.ref: str | None = None

    def _session(self, url: str) -> Session:
        if self.ref is None:
            for candidate in self.urls:
                session = Session(candidate, fingerprint=self.fingerprint, timeout=5, connect_timeout=2)
                try:
                    self.ref = session.login_with_password(SIM_USER, SIM_PASSWORD)
                    break
                except (HostIsSlave, TransportError):
                    continue
                finally:
                    session.close()
            else:
                raise TransportError("no endpoint lets the test log in")
        return Session.resume(url, self.ref, fingerprint=self.fingerprint, timeout=5, connect_timeout=2)

    def call(self, method: str, *args, patience: float = 8.0):
        """``method`` on the first endpoint that can answer it (sim.* anywhere, the rest on the coordinator).
        A read the faults keep from answering (a malformed rule on ``pool.*`` until cleared) clears them after
        a few seconds: sim.* controls are never faulted, and the test's own hands must reach the pool."""
        deadline = time.monotonic() + patience
        cleared = method.startswith("sim.")
        while True:
            if not cleared and time.monotonic() > deadline - patience / 2:
                cleared = True
                self.call("sim.clear_faults")
            for url in self.urls:
                try:
                    session = self._session(url)
                except TransportError:
                    continue
                try:
                    return session.call(method, *args)
                except SessionInvalid:
                    self.ref = None
                except (HostIsSlave, TransportError, ProtocolError):  # the faults hit the test's reads too
                    pass
                finally:
                    session.close()
            if time.monotonic() > deadline:
                raise TransportError(f"{method}: no endpoint answered for {patience:g} s")
            time.sleep(0.2)

    def logout(self) -> None:
        if self.ref is not None:
            self.call("session.logout")
            self.ref = None


class Writer(threading.Thread):
    """Renames VMs without pause from its own session, so that events keep streaming through every fault."""

    def __init__(self, server, vms: list[str]) -> None:
        super().__init__(name="soak writer", daemon=True)
        self.steering = Steering(server)
        self.vms = vms
        self.stop = threading.Event()
        self.writes = 0

    def run(self) -> None:
        while not self.stop.is_set():
            vm = self.vms[self.writes % len(self.vms)]
            try:
                self.steering.call("VM.set_name_description", vm, f"soak write {self.writes}", patience=1.0)
                self.writes += 1
            except XenAPIError:
                pass
            self.stop.wait(0.05)
        self.steering.logout()


def _faults(steer: Steering, hosts: dict[str, str], rng: random.Random) -> list[Callable[[], float]]:
    """Each fault applies itself and returns how long to let it act before the next one."""

    def outage() -> float:
        seconds = rng.uniform(0.3, 1.5)
        steer.call("sim.outage", seconds)
        return seconds + 0.3

    def restart() -> float:
        seconds = rng.choice([0, 0, 0.5, 1.0])
        steer.call("sim.restart_toolstack", seconds)
        return seconds + 0.3

    def failover() -> float:
        coordinator = steer.call("pool.get_master", steer.call("pool.get_all")[0])
        other = next(h for h in hosts if h != coordinator)
        steer.call("sim.fail_coordinator", other)
        time.sleep(rng.uniform(0.5, 2.0))
        steer.call("sim.start_endpoint", coordinator)  # back, as a member
        return 1.0

    def delay() -> float:
        steer.call("sim.delay", rng.uniform(0.05, 0.5), rng.choice(["*", *PATTERNS]), rng.randint(0, 20))
        return rng.uniform(0.5, 1.5)

    def stall() -> float:
        steer.call("sim.stall", rng.choice(["event.from", "task.get_record", "host.get_servertime"]))
        time.sleep(rng.uniform(0.5, 3.0))
        steer.call("sim.clear_faults")
        return 0.5

    def malformed() -> float:
        steer.call("sim.malformed", rng.choice(MALFORMED), rng.choice(PATTERNS), rng.randint(0, 5))
        return rng.uniform(0.5, 2.0)

    def simple(method: str) -> Callable[[], float]:
        return lambda: (steer.call(method), rng.uniform(0.2, 1.0))[1]

    return [outage, restart, failover, delay, stall, malformed, simple("sim.drop_connections"),
            simple("sim.emit_events_lost"), simple("sim.clear_faults")]


def _run_a_command(context: AppContext, rng: random.Random) -> None:
    """A lifecycle command the cache says can run, on a random VM (as a user clicking would)."""
    connection = next(iter(context.connections))
    vms = [vm for vm in connection.cache.all("VM") if vm.is_real_vm]
    rng.shuffle(vms)
    for vm in vms[:3]:
        for command_id in ("vm.start", "vm.shutdown", "vm.force-shutdown", "vm.suspend", "vm.resume"):
            command = context.commands[command_id]
            if command.can_run([vm]):
                command.run([vm], context)
                return


def _heap() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


@pytest.mark.slow
def test_soak_random_faults_while_events_stream_and_commands_run(
    sim_factory, connect, wait_state, qtbot, tmp_path, caplog, soak_seconds
):
    seed = int(os.environ.get("SOAK_SEED", random.randrange(2**32)))
    print(f"soak: {soak_seconds:g} s, SOAK_SEED={seed}")
    rng = random.Random(seed)
    caplog.set_level(logging.WARNING)
    escaped: list[BaseException] = []
    previous_hook = threading.excepthook
    threading.excepthook = lambda args: escaped.append(args.exc_value)

    server = sim_factory("--hosts", "2", "--vms", "16", "--op-seconds", "0.3")
    steer = Steering(server)
    baseline = steer.call("sim.session_count")
    hosts = {ref: r["address"] for ref, r in steer.call("host.get_all_records").items()}
    connection = connect(server)
    wait_state(connection, D.CONNECTED)
    class Silent:
        def confirm(self, *args, **kwargs) -> bool:
            return True

        def show_error(self, *args, **kwargs) -> None:
            pass

    context = make_context(Settings.load(tmp_path / "settings"), Silent(), Silent())
    context.connections.adopt(connection)
    guests = sorted(ref for ref, r in connection.cache.items("VM") if not r["is_a_template"]
                    and not r["is_control_domain"] and not r["is_a_snapshot"])
    writer = Writer(server, guests)
    writer.start()
    faults = _faults(steer, hosts, rng)
    tracemalloc.start()
    samples: list[tuple[float, int]] = []
    started = time.monotonic()
    try:
        while (elapsed := time.monotonic() - started) < soak_seconds:
            fault = rng.choice(faults)
            pause = fault()
            if rng.random() < 0.7:
                _run_a_command(context, rng)
            qtbot.wait(int(pause * 1000))  # the UI thread keeps running: signals, batches, results
            samples.append((elapsed, _heap()))
    finally:
        writer.stop.set()
        writer.join(15)
        steer.call("sim.clear_faults")
        for host in hosts:
            steer.call("sim.start_endpoint", host)
        threading.excepthook = previous_hook

    # it recovers by itself, and everything the user started has ended
    wait_state(connection, D.CONNECTED, timeout=30)
    history = context.history
    qtbot.waitUntil(lambda: not history.running(), timeout=60000)
    truth: dict = {}

    def agrees() -> bool:
        coordinator = steer.call("pool.get_master", steer.call("pool.get_all")[0])
        truth.update({cls: steer.call(f"{cls}.get_all_records") for cls in COMPARED})
        return bool(coordinator) and not differences(cache_state(connection, COMPARED), truth)

    try:
        qtbot.waitUntil(agrees, timeout=20000)
    except AssertionError:
        raise AssertionError(differences(cache_state(connection, COMPARED), truth)[:10]) from None
    finished = history.operations()
    assert all(op.status.finished and (op.status.value == "success" or op.error) for op in finished)

    connection.stop()
    wait_state(connection, D.DISCONNECTED, timeout=30)
    try:
        qtbot.waitUntil(lambda: steer.call("sim.session_count") == baseline, timeout=20000)
    except AssertionError:
        raise AssertionError(f"sessions left (baseline {baseline}): {steer.call('sim.sessions')}") from None
    steer.logout()
    tracemalloc.stop()

    assert not escaped, escaped
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith("xencenter")]
    assert not errors, [r.getMessage() for r in errors]
    early = [heap for t, heap in samples if t < soak_seconds / 2]
    late = [heap for t, heap in samples if t >= soak_seconds * 3 / 4]
    if early and late:
        assert max(late) < max(early) + MEMORY_SLACK, (max(early), max(late))
    print(f"soak: {len(samples)} faults, {writer.writes} writes, {len(finished)} operations", file=sys.stderr)
    assert writer.writes > 0 and samples
