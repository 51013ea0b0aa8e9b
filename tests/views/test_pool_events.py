"""The pool's history in the window against the simulator: a task started by the official SDK shows in
Notifications > Events with its object, progress and outcome, stays there as finished when the SDK destroys
it, is cancelled from the page where xapi allows it (read back with the SDK), is filtered to the selection
in the object tabs, and our own operations' tasks are not listed twice."""

from __future__ import annotations

import XenAPI

from tests.views.live_helpers import PASSWORD, USER
from xencenter.model.tasks import PoolTask
from xencenter.views.tabs.events import PROGRESS_ROLE, STATUS_COLUMN, EventsPage

WAIT = 20_000


def wait_done(qtbot, ops) -> None:
    qtbot.waitUntil(lambda: all(op.status.finished for op in ops), timeout=WAIT)


def sdk(server):
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "sdk-tests")
    return session


def page_of(qtbot, live, whole: bool = True) -> EventsPage:
    page = EventsPage(live.context, whole=whole)
    qtbot.addWidget(page)
    live.context.connections.objects_changed.connect(lambda connection, changes: page.on_changes(changes))
    page.show()
    return page


def task_row(page: EventsPage, ref: str) -> int | None:
    return next((row for row, entry in enumerate(page.model.entries())
                 if isinstance(entry, PoolTask) and entry.ref == ref), None)


def test_an_sdk_task_shows_with_progress_and_outcome_and_outlives_its_destruction(qtbot, live, small_pool):
    live.connection.session.call("sim.set_op_seconds", 2.0)
    page = page_of(qtbot, live)
    vm = next(v for v in live.vms("Halted"))
    session = sdk(small_pool)
    try:
        task = session.xenapi.Async.VM.clone(vm.ref, "cloned by the SDK")
        qtbot.waitUntil(lambda: task_row(page, task) is not None, timeout=WAIT)
        # the VM's current_operations name the task (xapi sets them as the operation starts)
        qtbot.waitUntil(lambda: page.model.index(task_row(page, task), 1).data() == vm.name, timeout=WAIT)
        assert page.model.index(task_row(page, task), 0).data() == f"Cloning VM '{vm.name}'"
        qtbot.waitUntil(lambda: 0 < (page.model.index(task_row(page, task), STATUS_COLUMN).data(PROGRESS_ROLE) or 0)
                        < 1, timeout=WAIT)
        assert page.model.index(task_row(page, task), STATUS_COLUMN).data().startswith("In progress (")
        qtbot.waitUntil(lambda: page.model.index(task_row(page, task), STATUS_COLUMN).data() == "Completed",
                        timeout=WAIT)
        assert session.xenapi.task.get_status(task) == "success"
        page.view.setCurrentIndex(page.model.index(task_row(page, task), 0))
        assert "Task: Async.VM.clone" in page.details.toPlainText()
        session.xenapi.task.destroy(task)
        qtbot.waitUntil(lambda: live.cache.get("task", task) is None, timeout=WAIT)
        qtbot.wait(300)
        row = task_row(page, task)
        assert row is not None and page.model.index(row, STATUS_COLUMN).data() == "Completed"
        assert page.model.index(row, 0).data() == f"Cloning VM '{vm.name}'"
    finally:
        session.xenapi.session.logout()


def test_a_failed_sdk_task_says_why_in_words(qtbot, live, small_pool):
    page = page_of(qtbot, live)
    vm = next(v for v in live.vms("Halted"))
    session = sdk(small_pool)
    try:
        task = session.xenapi.Async.VM.clean_shutdown(vm.ref)
        qtbot.waitUntil(lambda: task_row(page, task) is not None
                        and page.model.entries()[task_row(page, task)].status == "failure", timeout=WAIT)
        entry = page.model.entries()[task_row(page, task)]
        assert entry.details.startswith("VM_BAD_POWER_STATE")
        assert page.model.index(task_row(page, task), STATUS_COLUMN).data() == entry.error
        assert vm.name in entry.error and "VM_BAD_POWER_STATE" not in entry.error
    finally:
        session.xenapi.session.logout()


def test_cancel_from_the_page_where_xapi_allows_it(qtbot, live, small_pool):
    live.connection.session.call("sim.set_op_seconds", 4.0)
    page = page_of(qtbot, live)
    vm = live.vms("Running")[0]
    session = sdk(small_pool)
    try:
        task = session.xenapi.Async.VM.clean_shutdown(vm.ref)
        qtbot.waitUntil(lambda: task_row(page, task) is not None, timeout=WAIT)
        page.view.setCurrentIndex(page.model.index(task_row(page, task), 0))
        assert page.cancel_button.isEnabled()
        page.cancel_button.click()
        qtbot.waitUntil(lambda: session.xenapi.task.get_status(task) == "cancelled", timeout=WAIT)
        assert session.xenapi.VM.get_power_state(vm.ref) == "Running"
        qtbot.waitUntil(lambda: page.model.index(task_row(page, task), STATUS_COLUMN).data() == "Cancelled",
                        timeout=WAIT)
        page.view.setCurrentIndex(page.model.index(task_row(page, task), 0))
        assert not page.cancel_button.isEnabled()  # a finished task cannot be cancelled again
        cancel = live.commands["task.cancel"]
        assert cancel.reason([live.cache.get("task", task)]).startswith("This task cannot be cancelled")
    finally:
        session.xenapi.session.logout()


def test_the_object_tab_shows_the_selection_s_tasks_and_ours_once(qtbot, live, small_pool):
    live.connection.session.call("sim.set_op_seconds", 1.0)
    vm, other = live.vms("Halted")[:2]
    page = page_of(qtbot, live, whole=False)
    page.set_selection([vm])
    session = sdk(small_pool)
    try:
        mine = session.xenapi.Async.VM.clone(vm.ref, "for the tab")
        theirs = session.xenapi.Async.VM.clone(other.ref, "not for the tab")
        qtbot.waitUntil(lambda: task_row(page, mine) is not None, timeout=WAIT)
        assert task_row(page, theirs) is None
        page.set_selection([other])
        assert task_row(page, theirs) is not None and task_row(page, mine) is None
    finally:
        session.xenapi.session.logout()
    ops = live.commands["vm.snapshot"].run([vm], live.context, name="ours once")
    page.set_selection([vm])
    wait_done(qtbot, ops)
    qtbot.wait(500)
    page.refresh()
    (started,) = ops[0].log.tasks
    assert task_row(page, started) is None and page.model.row_of(ops[0]) is not None
    assert page.model.index(page.model.row_of(ops[0]), 4).data() == USER
