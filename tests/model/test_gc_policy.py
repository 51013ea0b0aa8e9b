"""The collector policy: collections can be confined to one thread, and pauses never turn them back on."""

from __future__ import annotations

import gc

import pytest

from xencenter.model import gc_policy


class _Cycle:
    def __init__(self, found: list[str]) -> None:
        self.me = self
        self.found = found

    def __del__(self) -> None:
        self.found.append("collected")


@pytest.fixture
def one_thread():
    gc_policy.collect_on_one_thread()
    yield
    gc_policy.collect_automatically()


def test_confined_collections_stay_off_through_pauses(one_thread):
    assert not gc.isenabled()
    with gc_policy.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # a pause ending does not turn automatic collections back on


def test_collect_if_due_follows_the_thresholds_and_waits_out_pauses(one_thread):
    found: list[str] = []
    gc.collect()
    _Cycle(found)
    assert gc_policy.collect_if_due() == 0 and found == []  # far below the first threshold
    keep = [[] for _ in range(gc.get_threshold()[0] + 10)]  # tracked allocations past the threshold
    with gc_policy.paused():
        assert gc_policy.collect_if_due() == 0 and found == []  # a large batch is being applied: not now
    assert gc_policy.collect_if_due() > 0
    assert found == ["collected"]
    del keep


def test_collect_automatically_undoes_it():
    gc_policy.collect_on_one_thread()
    gc_policy.collect_automatically()
    assert gc.isenabled()
    with gc_policy.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
