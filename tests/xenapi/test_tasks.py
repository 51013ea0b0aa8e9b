"""wait_task against an in-test xapi whose task advances one step per poll."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pytest
from xenapi_servers import FakeXapi, XapiDate, XapiFailure

from xencenter.xenapi import Failure, Session, TaskCancelled, wait_task
from xencenter.xenapi.errors import HostIsSlave

TASK = "OpaqueRef:task-1"


@dataclass
class ScriptedTask:
    """A task whose progress follows ``steps``, then ends with ``status``."""

    steps: list[float]
    status: str = "success"
    result: str = "<value>OpaqueRef:vm-1</value>"
    error_info: list[str] = field(default_factory=list)
    cancellable: bool = True
    polls: int = 0
    cancelled: bool = False
    destroyed: bool = False

    def record(self, session: str, ref: str) -> dict:
        if ref != TASK or self.destroyed:
            raise XapiFailure("HANDLE_INVALID", "task", ref)
        self.polls += 1
        finished = self.cancelled or self.polls > len(self.steps)
        status = "cancelled" if self.cancelled else self.status if finished else "pending"
        return {
            "uuid": "task-uuid", "name_label": "Async.VM.start", "status": status,
            "progress": 1.0 if finished else self.steps[self.polls - 1],
            "allowed_operations": ["cancel"] if self.cancellable and not finished else [],
            "result": self.result if status == "success" else "",
            "error_info": (["TASK_CANCELLED", TASK] if self.cancelled else self.error_info) if finished else [],
            "created": XapiDate("20240101T10:00:00Z"), "finished": XapiDate("19700101T00:00:00"),
            "other_config": {}, "subtasks": [], "subtask_of": "OpaqueRef:NULL", "resident_on": "OpaqueRef:NULL",
            "current_operations": {}, "type": "<none/>", "backtrace": "()", "name_description": "",
        }

    def cancel(self, session: str, ref: str) -> str:
        self.cancelled = True
        return ""

    def destroy(self, session: str, ref: str) -> str:
        self.destroyed = True
        return ""


@pytest.fixture(params=["jsonrpc", "xmlrpc"])
def task_session(request, serve, certificate):
    def start(task: ScriptedTask) -> Session:
        xapi = FakeXapi(methods={"task.get_record": task.record, "task.cancel": task.cancel,
                                 "task.destroy": task.destroy})
        server = serve(xapi)
        session = Session(server.url, fingerprint=certificate.sha256_hex, protocol=request.param)
        session.login_with_password("root", "xenroot")
        return session

    return start


def test_success_reports_progress_parses_the_result_and_destroys_the_task(task_session) -> None:
    task = ScriptedTask(steps=[0.0, 0.25, 0.25, 0.75])
    seen: list[float] = []
    result = wait_task(task_session(task), TASK, progress=seen.append, poll_interval=0.01)
    assert result == "OpaqueRef:vm-1"
    assert seen == [0.0, 0.25, 0.75, 1.0]  # each change once, ending complete
    assert task.destroyed


def test_failure_raises_the_typed_error_from_error_info(task_session) -> None:
    task = ScriptedTask(steps=[0.1], status="failure", error_info=["HOST_IS_SLAVE", "10.0.0.2"])
    with pytest.raises(HostIsSlave) as caught:
        wait_task(task_session(task), TASK, poll_interval=0.01)
    assert caught.value.params == ["10.0.0.2"]
    assert task.destroyed


def test_cancel_asks_xapi_and_raises_task_cancelled(task_session) -> None:
    task = ScriptedTask(steps=[0.1] * 1000)
    cancel = threading.Event()
    timer = threading.Timer(0.1, cancel.set)
    timer.start()
    with pytest.raises(TaskCancelled):
        wait_task(task_session(task), TASK, cancel=cancel, poll_interval=0.02)
    assert task.cancelled and task.destroyed
    assert task.polls < 100  # it stopped soon after the cancel


def test_a_task_that_cannot_be_cancelled_is_waited_for(task_session) -> None:
    task = ScriptedTask(steps=[0.2, 0.4, 0.6], cancellable=False)
    cancel = threading.Event()
    cancel.set()
    assert wait_task(task_session(task), TASK, cancel=cancel, poll_interval=0.01) == "OpaqueRef:vm-1"
    assert not task.cancelled


def test_destroy_false_keeps_the_task(task_session) -> None:
    task = ScriptedTask(steps=[], result="")
    assert wait_task(task_session(task), TASK, destroy=False) is None
    assert not task.destroyed


def test_a_failure_without_error_info_is_still_a_failure(task_session) -> None:
    task = ScriptedTask(steps=[], status="failure")
    with pytest.raises(Failure):
        wait_task(task_session(task), TASK)
