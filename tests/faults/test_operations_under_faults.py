"""Lifecycle commands (the real command objects, history and background workers) in flight while the network
or the server misbehaves: each ends with a clear outcome, and none is reported done when it was not."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pytest

import xencenter.xenapi.tasks
from xencenter.connection import ConnectionState
from xencenter.operations.context import make_context
from xencenter.operations.history import OperationStatus
from xencenter.settings import Settings
from xencenter.xenapi.errors import Failure, OutcomeUnknown, TransportError
from xencenter.xenapi.session import Session
from xencenter.xenapi.tasks import start_task, wait_task

D = ConnectionState
S = OperationStatus


@dataclass
class RecordingPrompter:
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    def confirm(self, title: str, text: str, *, ok: str = "OK", danger: bool = False) -> bool:
        return True

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        return None

    def ask_tags_and_folder(self, tags, folder, known_tags):
        return None

    def show_error(self, title: str, text: str, details: str = "") -> None:
        self.errors.append((title, text, details))

    def connect_server(self, connection) -> None:
        pass


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "1", "--vms", "12", "--op-seconds", "1.5")


@pytest.fixture
def app(pool, connect, wait_state, tmp_path, qtbot):
    """A connected context as the window builds it, with the real command registry."""
    connection = connect(pool)
    wait_state(connection, D.CONNECTED)
    context = make_context(Settings.load(tmp_path / "settings"), RecordingPrompter(), RecordingPrompter())
    context.connections.adopt(connection)
    return context


def _halted_vm(app):
    connection = next(iter(app.connections))
    return next(vm for vm in sorted(connection.cache.all("VM"), key=lambda v: v.ref)
                if vm.is_real_vm and vm.power_state == "Halted" and "start" in vm.allowed_operations)


def _start(app, qtbot):
    vm = _halted_vm(app)
    (op,) = app.commands["vm.start"].run([vm], app)
    qtbot.waitUntil(lambda: op.status is S.RUNNING and op.progress > 0, timeout=5000)
    return vm, op


def _power_state(api, vm) -> str:
    return api.VM.get_power_state(vm.ref)


def test_dropped_connections_during_a_start_still_end_in_success(app, pool, admin, qtbot):
    api = admin(pool).xenapi
    vm, op = _start(app, qtbot)
    for _ in range(3):
        api.sim.drop_connections()
        time.sleep(0.2)
    qtbot.waitUntil(lambda: op.status.finished, timeout=15000)
    assert op.status is S.SUCCESS and _power_state(api, vm) == "Running"


def test_a_short_outage_during_a_start_is_ridden_out(app, pool, admin, qtbot):
    api = admin(pool).xenapi
    vm, op = _start(app, qtbot)
    api.sim.outage(0.2)  # shorter than it takes to call the connection lost
    qtbot.waitUntil(lambda: op.status.finished, timeout=15000)
    assert op.status is S.SUCCESS and _power_state(api, vm) == "Running"


def test_losing_contact_for_good_says_the_outcome_is_unknown_not_failed_or_done(app, pool, admin, qtbot,
                                                                                  monkeypatch):
    monkeypatch.setattr(xencenter.xenapi.tasks, "LOST_CONTACT_PATIENCE", 0.5)
    api = admin(pool).xenapi
    vm, op = _start(app, qtbot)
    api.sim.outage(3.0)
    qtbot.waitUntil(lambda: op.status.finished, timeout=15000)
    assert op.status is not S.SUCCESS
    assert "may still complete" in op.error and "check" in op.error
    assert app.prompter.errors and "may still complete" in app.prompter.errors[-1][1]
    time.sleep(3.1)
    assert _power_state(api, vm) == "Running"  # it did complete: the words were right not to say "failed"


def test_a_toolstack_restart_during_a_start_is_an_unknown_outcome(app, pool, admin, qtbot):
    api = admin(pool).xenapi
    _, op = _start(app, qtbot)
    api.sim.restart_toolstack()
    qtbot.waitUntil(lambda: op.status.finished, timeout=15000)
    assert op.status is S.FAILURE and "may still complete" in op.error


def test_a_refused_call_is_a_failure_and_the_vm_is_untouched(app, pool, admin, qtbot):
    api = admin(pool).xenapi
    api.sim.malformed("html500", "Async.VM.start", 1)
    vm = _halted_vm(app)
    (op,) = app.commands["vm.start"].run([vm], app)
    qtbot.waitUntil(lambda: op.status.finished, timeout=10000)
    assert op.status is S.FAILURE and "HTTP 500" in op.error
    time.sleep(1.8)
    assert _power_state(api, vm) == "Halted"


def test_garbled_progress_answers_are_ridden_out(app, pool, admin, qtbot):
    api = admin(pool).xenapi
    vm, op = _start(app, qtbot)
    api.sim.malformed("truncated", "task.get_record", 3)
    qtbot.waitUntil(lambda: op.status.finished, timeout=15000)
    assert op.status is S.SUCCESS and _power_state(api, vm) == "Running"


def test_a_connection_lost_during_a_start_ends_the_operation_clearly(app, pool, admin, qtbot):
    api = admin(pool).xenapi
    connection = next(iter(app.connections))
    vm, op = _start(app, qtbot)
    api.sim.outage(2.0)  # long enough for the connection to be declared lost and its sessions dropped
    qtbot.waitUntil(lambda: op.status.finished, timeout=40000)
    assert op.status is S.SUCCESS or "may still complete" in op.error
    qtbot.waitUntil(lambda: connection.state is D.CONNECTED, timeout=20000)
    assert _power_state(api, vm) == "Running"


# -- starting an operation: an answer lost on the way back is not a failure -----------------------------------


@pytest.fixture
def client(pool):
    session = Session(pool.url, fingerprint=pool.fingerprint, timeout=1.0, connect_timeout=1.0)
    session.login_with_password("root", "xenroot")
    yield session
    session.timeout = 5
    session.logout()


def _halted_ref(api) -> str:
    return next(ref for ref, r in sorted(api.VM.get_all_records().items()) if r["power_state"] == "Halted"
                and not r["is_control_domain"] and not r["is_a_template"] and not r["is_a_snapshot"])


@pytest.mark.parametrize("fault", ["truncated", "stall"])
def test_a_start_whose_answer_is_lost_is_an_unknown_outcome(pool, admin, client, fault):
    api = admin(pool).xenapi
    vm = _halted_ref(api)
    if fault == "stall":
        api.sim.stall("Async.VM.start", 1)
    else:
        api.sim.malformed("truncated", "Async.VM.start", 1)  # it runs, the answer is cut
    with pytest.raises(OutcomeUnknown, match="may still complete"):
        start_task(client, "VM.start", vm, False, False)
    api.sim.clear_faults()
    if fault == "truncated":
        time.sleep(2.0)
        assert api.VM.get_power_state(vm) == "Running"  # a plain "failed" would have been a lie


def test_a_start_that_never_left_is_a_plain_failure(pool, admin, client):
    api = admin(pool).xenapi
    vm = _halted_ref(api)
    api.sim.outage(1.5)  # connections are reset before the handshake ends: nothing can have been sent
    with pytest.raises(TransportError) as refused:
        start_task(client, "VM.start", vm, False, False)
    assert not refused.value.maybe_delivered
    time.sleep(1.6)
    assert api.VM.get_power_state(vm) == "Halted"


def test_xapis_refusal_of_a_started_task_is_its_failure(pool, admin, client):
    api = admin(pool).xenapi
    running = next(ref for ref, r in api.VM.get_all_records().items() if r["power_state"] == "Running"
                   and not r["is_control_domain"])
    task = start_task(client, "VM.start", running, False, False)
    with pytest.raises(Failure) as refused:
        wait_task(client, task, poll_interval=0.05)
    assert refused.value.code == "VM_BAD_POWER_STATE"
