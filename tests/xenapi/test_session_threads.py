"""One Session shared by many threads, as a connection shares its session between the heartbeat and the
command workers: every reply reaches its own caller, and a long ``event.from`` holds nobody up.

The soak runs ``--soak-seconds`` when given (env SOAK_SECONDS), else 30 s in CI and 8 s locally.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter

import pytest
from test_sim import login

from tests.conftest import soak_length
from xencenter.xenapi import Session, wait_task
from xencenter.xenapi.errors import OutcomeUnknown, ProtocolError, TransportError

WORKERS = 20
CROSSED = "answers another request"  # the JSON-RPC id check: a reply meant for another call


@pytest.fixture
def soak_seconds(request: pytest.FixtureRequest) -> float:
    return soak_length(request, in_ci=30.0, locally=8.0)


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "2", "--vms", "30", "--op-seconds", "0.1")


def _guests_halted(session: Session, count: int) -> list[str]:
    """``count`` halted guest VMs, each named after its index (shutting down running ones if needed)."""
    guests = {ref: vm for ref, vm in session.xenapi.VM.get_all_records().items()
              if not (vm["is_a_template"] or vm["is_a_snapshot"] or vm["is_control_domain"])}
    chosen = [ref for ref, vm in guests.items() if vm["power_state"] == "Halted"]
    for ref, vm in guests.items():
        if len(chosen) >= count:
            break
        if vm["power_state"] == "Running" and "hard_shutdown" in vm["allowed_operations"]:
            session.xenapi.VM.hard_shutdown(ref)
            chosen.append(ref)
    assert len(chosen) >= count, "the generated pool has too few guests"
    for i, ref in enumerate(chosen[:count]):
        session.xenapi.VM.set_name_label(ref, f"worker-{i}")
    return chosen[:count]


class Tally:
    """What the threads saw: successes per kind, expected fault errors, and wrong answers (must stay empty)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.done: Counter[str] = Counter()
        self.faults: Counter[str] = Counter()
        self.wrong: list[str] = []
        self.slowest: dict[str, float] = {}

    def ok(self, kind: str, seconds: float) -> None:
        with self.lock:
            self.done[kind] += 1
            self.slowest[kind] = max(self.slowest.get(kind, 0.0), seconds)

    def fault(self, e: Exception) -> None:
        with self.lock:
            if CROSSED in str(e):
                self.wrong.append(f"crossed reply: {e}")
            else:
                self.faults[type(e).__name__] += 1

    def mismatch(self, text: str) -> None:
        with self.lock:
            self.wrong.append(text)


EXPECTED_FAULTS = (TransportError, ProtocolError, OutcomeUnknown)


def _run(tally: Tally, kind: str, stop: threading.Event, step) -> None:
    """Call ``step()`` until stopped; it returns None or a text describing a wrong answer."""
    while not stop.is_set():
        started = time.monotonic()
        try:
            wrong = step()
        except EXPECTED_FAULTS as e:
            tally.fault(e)
            time.sleep(0.05)
            continue
        except Exception as e:  # noqa: BLE001 - anything else is a wrong answer (e.g. a reply of the wrong type)
            tally.mismatch(f"{kind}: {type(e).__name__}: {e}")
            continue
        if wrong:
            tally.mismatch(f"{kind}: {wrong}")
        else:
            tally.ok(kind, time.monotonic() - started)


def test_threads_sharing_a_session_get_their_own_answers_under_faults(pool, soak_seconds, caplog) -> None:
    caplog.set_level(logging.WARNING)
    session = login(pool)
    steering = login(pool)  # the test's own hand on the fault controls
    api = session.xenapi
    vms = _guests_halted(session, WORKERS)
    uuids = [api.VM.get_uuid(ref) for ref in vms]
    host = api.host.get_all()[0]
    host_name = api.host.get_name_label(host)
    tally = Tally()
    stop = threading.Event()

    def heartbeat():
        if not isinstance(api.host.get_servertime(host), str):
            return "host.get_servertime is not a date"
        name = api.host.get_name_label(host)
        return None if name == host_name else f"host name {name!r}"

    token = [""]

    def events():
        batch = session.event_from(["vm", "task"], token[0], 1.0)
        classes = {event.cls for event in batch.events}
        token[0] = batch.token
        return None if classes <= {"vm", "task"} else f"events of {classes}"

    def worker(i: int):
        n = [0]

        def step():
            n[0] += 1
            name = f"worker-{i}-{n[0]}"
            api.VM.set_name_label(vms[i], name)
            if (got := api.VM.get_name_label(vms[i])) != name:
                return f"VM {i} is called {got!r}, not {name!r}"
            if (got := api.VM.get_uuid(vms[i])) != uuids[i]:
                return f"VM {i} has the uuid {got!r}"
            if n[0] % 3:
                return None
            clone_name = f"clone-{i}-{n[0]}"
            task = api.Async.VM.clone(vms[i], clone_name)
            if api.task.get_name_label(task) != "Async.VM.clone":
                return f"task {task} is not the clone's"
            clone = wait_task(session, task, poll_interval=0.05, patience=5.0)
            got = api.VM.get_name_label(clone)
            api.VM.destroy(clone)
            return None if got == clone_name else f"the clone of VM {i} is called {got!r}"

        return step

    def faults():
        while not stop.wait(1.5):
            try:
                steering.xenapi.sim.delay(0.4, "VM.get_uuid", 10)
                steering.xenapi.sim.drop_connections()
                tally.ok("fault", 0.0)
            except EXPECTED_FAULTS as e:
                tally.fault(e)

    threads = [threading.Thread(target=_run, args=(tally, "heartbeat", stop, heartbeat)),
               threading.Thread(target=_run, args=(tally, "events", stop, events)),
               threading.Thread(target=faults)]
    threads += [threading.Thread(target=_run, args=(tally, f"worker {i}", stop, worker(i))) for i in range(WORKERS)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(soak_seconds)
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
        steering.xenapi.sim.clear_faults()
    alive = [t for t in threads if t.is_alive()]
    try:
        assert not alive, f"{len(alive)} threads did not stop"
        assert not tally.wrong, tally.wrong[:10]
        # e.g. urllib3's "Connection pool is full, discarding connection": threads contending for one pool
        assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        assert tally.done["fault"] >= max(1, int(soak_seconds / 1.5) - 2), "the faults were not injected"
        assert max(tally.slowest[f"worker {i}"] for i in range(WORKERS)) >= 0.4, "no call was delayed"
        assert tally.done["heartbeat"] >= soak_seconds and tally.done["events"] >= soak_seconds / 2
        assert all(tally.done[f"worker {i}"] >= 3 for i in range(WORKERS)), tally.done
    finally:
        session.logout()
        steering.logout()


def test_a_long_event_from_holds_no_quick_call_up(pool) -> None:
    """On one Session, calls made while ``event.from`` waits 3 s on a quiet class answer at once."""
    with login(pool) as session:
        token = session.event_from(["sr"], "", 0).token
        poll = threading.Thread(target=session.event_from, args=(["sr"], token, 3.0))
        started = time.monotonic()
        poll.start()
        time.sleep(0.3)  # the poll is on the wire now
        took = []
        for _ in range(5):
            t = time.monotonic()
            session.xenapi.host.get_servertime(session.xenapi.host.get_all()[0])
            took.append(time.monotonic() - t)
        poll.join(10)
        assert time.monotonic() - started >= 3.0  # the poll really waited
        assert max(took) < 1.0, took
