"""Background work: runs off the UI thread, reports back on it, and stays silent once cancelled."""

from __future__ import annotations

import threading

import pytest

from xencenter.operations.background import (
    cancel_requested,
    on_ui_thread,
    report_progress,
    run_in_background,
)


def test_result_comes_back_on_the_ui_thread(qtbot):
    seen = {}

    def work():
        seen["worker_thread"] = threading.current_thread()
        seen["worker_on_ui"] = on_ui_thread()
        return 42

    def done(value):
        seen["value"] = value
        seen["callback_on_ui"] = on_ui_thread()

    run_in_background(work, on_success=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker_thread"] is not threading.main_thread()
    assert seen["worker_on_ui"] is False
    assert seen["callback_on_ui"] is True


def test_failure_is_delivered_as_the_exception(qtbot):
    failures = []

    def work():
        raise ConnectionRefusedError("refused")

    run_in_background(work, on_success=lambda v: pytest.fail("no success expected"), on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ConnectionRefusedError)
    assert on_ui_thread()


def test_progress_reports_arrive_in_order(qtbot):
    progress, results = [], []

    def work():
        for i in range(5):
            report_progress(i / 4, f"step {i}")
        return "ok"

    run_in_background(work, on_success=results.append, on_progress=lambda f, t: progress.append((f, t)))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert progress == [(i / 4, f"step {i}") for i in range(5)]


def test_cancel_reaches_the_worker_and_silences_callbacks(qtbot):
    started, release, observed = threading.Event(), threading.Event(), []

    def work():
        started.set()
        release.wait(5)
        observed.append(cancel_requested())
        return "late"

    calls = []
    task = run_in_background(work, on_success=calls.append, on_failure=calls.append)
    assert started.wait(5)
    task.cancel()
    release.set()
    assert task.wait(5)
    qtbot.wait(100)  # give a (wrong) delivery the chance to happen
    assert observed == [True]
    assert calls == []


def test_unhandled_failure_is_logged(qtbot, caplog):
    def work():
        raise RuntimeError("boom")

    task = run_in_background(work)
    assert task.wait(5)
    qtbot.waitUntil(lambda: "background task failed" in caplog.text, timeout=5000)


def test_progress_outside_a_task_is_a_programming_error():
    with pytest.raises(RuntimeError):
        report_progress(0.5)
    assert cancel_requested() is False
