"""Workers give way to the UI thread's bracketed work, never for long, and only once a UI thread claimed it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from xencenter import give_way


@pytest.fixture()
def ui_thread() -> Iterator[None]:
    give_way.claim()
    yield
    give_way.release()


def worker_wait() -> float:
    """How long ``give_way()`` waited, called from another thread."""
    waited: list[float] = []

    def worker() -> None:
        started = time.perf_counter()
        give_way.give_way()
        waited.append(time.perf_counter() - started)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(5)
    return waited[0]


def test_a_worker_waits_while_the_ui_thread_is_inside_a_bracket_but_at_most_max_wait(ui_thread: None) -> None:
    with give_way.ui_work():
        waited = worker_wait()
    assert give_way.MAX_WAIT_S * 0.9 <= waited < give_way.MAX_WAIT_S + 1.0


def test_a_worker_goes_on_when_the_bracket_ends(ui_thread: None) -> None:
    waited: list[float] = []
    entered = threading.Event()

    def worker() -> None:
        entered.wait(5)
        started = time.perf_counter()
        give_way.give_way()
        waited.append(time.perf_counter() - started)

    thread = threading.Thread(target=worker)
    thread.start()
    with give_way.ui_work():
        entered.set()
        time.sleep(0.05)
    thread.join(5)
    assert waited[0] < give_way.MAX_WAIT_S  # released by the bracket's end, not by the timeout


def test_brackets_nest_workers_wait_until_the_outermost_ends(ui_thread: None) -> None:
    with give_way.ui_work():
        with give_way.ui_work():
            pass
        assert worker_wait() >= give_way.MAX_WAIT_S * 0.9  # the inner end did not open the gate
    assert worker_wait() < give_way.MAX_WAIT_S / 2


def test_the_ui_thread_itself_never_waits(ui_thread: None) -> None:
    with give_way.ui_work():
        started = time.perf_counter()
        give_way.give_way()
        assert time.perf_counter() - started < give_way.MAX_WAIT_S / 2


def test_nothing_waits_until_a_ui_thread_claims_the_right_of_way() -> None:
    give_way.release()
    with give_way.ui_work():  # a script's thread: the bracket marks nothing
        assert worker_wait() < give_way.MAX_WAIT_S / 2


def test_a_bracket_on_another_thread_than_the_ui_thread_marks_nothing(ui_thread: None) -> None:
    done: list[float] = []

    def other() -> None:
        with give_way.ui_work():
            started = time.perf_counter()
            give_way.give_way()  # not the UI thread: would wait if the bracket had closed the gate
            done.append(time.perf_counter() - started)

    thread = threading.Thread(target=other)
    thread.start()
    thread.join(5)
    assert done[0] < give_way.MAX_WAIT_S / 2


def test_an_error_inside_the_bracket_still_ends_it(ui_thread: None) -> None:
    with pytest.raises(RuntimeError), give_way.ui_work():
        raise RuntimeError("boom")
    assert worker_wait() < give_way.MAX_WAIT_S / 2
