"""The operation history (what the Events tab and the status bar show) and xapi errors in words."""

from __future__ import annotations

import pytest

from xencenter.model.failures import explain
from xencenter.operations.history import OperationHistory, OperationStatus
from xencenter.xenapi.errors import Failure, TransportError

NAMES = {"OpaqueRef:vm": "web 1", "OpaqueRef:host": "xcp-host-02"}


def test_an_operation_goes_through_its_states_with_signals(qtbot):
    history = OperationHistory()
    added, changed = [], []
    history.added.connect(added.append)
    history.changed.connect(lambda op: changed.append(op.status))
    op = history.start("Starting VM", "web 1", "Demo pool", cancellable=True)
    assert added == [op] and op.status is OperationStatus.PENDING and op.description == "Starting VM 'web 1'"
    history.set_running(op)
    history.progress(op, 0.5)
    history.progress(op, 0.5)  # no news, no signal
    history.progress(op, 7)  # clamped
    assert op.progress == 1.0
    history.succeed(op)
    assert changed == [OperationStatus.RUNNING, OperationStatus.RUNNING, OperationStatus.RUNNING,
                       OperationStatus.SUCCESS]
    assert op.finished is not None and op.duration >= 0
    history.progress(op, 0.2)  # finished operations do not move any more
    assert op.progress == 1.0
    assert history.running() == [] and history.operations() == [op]


def test_failures_keep_words_and_raw_details_and_can_be_cleared(qtbot):
    history = OperationHistory()
    done = history.start("Rebooting VM", "db")
    running = history.start("Starting VM", "web")
    history.fail(done, "It broke.", "VM_BAD_POWER_STATE x Running Halted")
    assert done.status is OperationStatus.FAILURE and done.error == "It broke." and done.details.startswith("VM_")
    with qtbot.waitSignal(history.cleared):
        history.clear_finished()
    assert history.operations() == [running]


def test_cancel_is_only_requested_for_cancellable_unfinished_operations():
    history = OperationHistory()
    plain = history.start("Renaming VM", "a")
    task = history.start("Starting VM", "b", cancellable=True)
    plain.request_cancel()
    task.request_cancel()
    assert not plain.cancel_event.is_set() and task.cancel_event.is_set()
    history.cancelled(task)
    assert task.status is OperationStatus.CANCELLED


@pytest.mark.parametrize("code, params, words", [
    ("VM_BAD_POWER_STATE", ["OpaqueRef:vm", "halted", "running"], "'web 1' must be shut down for this, but it is running."),
    ("OPERATION_BLOCKED", ["OpaqueRef:vm", "backup in progress"], "blocked on 'web 1' (backup in progress)"),
    ("OTHER_OPERATION_IN_PROGRESS", ["VM", "OpaqueRef:vm"], "Another operation is already in progress on 'web 1'"),
    ("HANDLE_INVALID", ["VM", "OpaqueRef:gone"], "The VM no longer exists"),
    ("RBAC_PERMISSION_DENIED", ["vm.start", "no"], "Your role does not allow this operation (vm.start)"),
    ("SESSION_INVALID", ["OpaqueRef:s"], "Reconnect and try again"),
    ("HOST_OFFLINE", ["OpaqueRef:host"], "Server 'xcp-host-02' is offline."),
    ("VM_MISSING_PV_DRIVERS", ["OpaqueRef:vm"], "'web 1' has no VM tools installed"),
    ("MESSAGE_METHOD_UNKNOWN", ["host.evacuate"], "does not know this operation"),
    ("SR_BACKEND_FAILURE_46", ["", "The VDI is not available", ""], "The storage backend failed: The VDI is not available"),
    ("SOMETHING_NEW", ["a"], "The server refused the operation (something new)."),
])
def test_xapi_errors_in_words_with_the_raw_code_in_details(code, params, words):
    text, details = explain(Failure.from_wire(code, params), NAMES.get)
    assert words in text
    assert details == " ".join([code, *params])


def test_network_errors_are_explained():
    text, details = explain(TransportError("Connection refused by 10.0.0.1:443"))
    assert "could not be reached" in text and "Connection refused" in text and details == "TRANSPORT_ERROR"
    text, details = explain(RuntimeError("boom"))
    assert text == "Unexpected error: boom" and details == "RuntimeError"
