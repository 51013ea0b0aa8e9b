"""What the model does for big pools: set-algebra merges, generations, reused trees, the collector policy."""

from __future__ import annotations

import gc
import threading

from hypothesis import given
from hypothesis import strategies as st
from model_world import World, events_from_db, new_ref

from xencenter.model import gc_policy
from xencenter.model.cache import ChangeSet, ObjectCache
from xencenter.model.objects import class_name
from xencenter.model.tree import Source, infrastructure_tree
from xencenter.sim.synthetic import generate_pool
from xencenter.xenapi.events import Event

KEYS = ["a", "b", "c", "d"]
OPS = st.lists(st.tuples(st.sampled_from(["added", "changed", "removed"]), st.sampled_from(KEYS)), max_size=12)


def _one_by_one(first: ChangeSet, later: ChangeSet) -> ChangeSet:
    """The reference semantics: ``note_*`` for each key of ``later`` in turn."""
    result = ChangeSet(set(first.added), set(first.changed), set(first.removed))
    for key in later.added:
        result.note_added(key)
    for key in later.changed:
        result.note_changed(key)
    for key in later.removed:
        result.note_removed(key)
    return result


def _folded(ops: list[tuple[str, str]]) -> ChangeSet:
    changes = ChangeSet()
    for op, key in ops:
        getattr(changes, f"note_{op}")(key)
    return changes


@given(OPS, OPS)
def test_merge_equals_noting_each_key(first_ops, later_ops):
    first, later = _folded(first_ops), _folded(later_ops)
    expected = _one_by_one(first, later)
    assert first.merge(later) == expected


def _event(op: str, cls: str, ref: str, snapshot: dict | None) -> Event:
    return Event(1, "", cls, op, ref, snapshot)


def test_generation_moves_only_when_content_changes():
    world = World()
    host = world.add("host", name_label="h")
    cache = ObjectCache()
    cache.refill(events_from_db(world.records()))
    filled = cache.generation
    assert filled > 0
    cache.refill(events_from_db(world.records()))  # the same content again
    assert cache.generation == filled
    cache.apply([_event("del", "host", new_ref(), None)])  # unknown object: nothing changed
    assert cache.generation == filled
    cache.apply([_event("mod", "host", host, {**cache.record("host", host), "name_label": "renamed"})])
    assert cache.generation == filled + 1
    cache.reset()
    assert cache.generation == filled + 2


def test_infrastructure_tree_is_reused_until_the_cache_changes():
    db = generate_pool(2, 30)
    cache = ObjectCache()
    cache.refill(events_from_db(db))
    sources = [Source("pool", "Pool", cache)]
    first = infrastructure_tree(sources)
    again = infrastructure_tree(sources)
    assert again.children[0] is first.children[0]

    vm_ref, vm = next((r, v) for r, v in cache.items("VM") if not v["is_a_template"] and not v["is_control_domain"]
                      and not v["is_a_snapshot"])
    cache.apply([_event("mod", "vm", vm_ref, {**vm, "name_label": "zz renamed"})])
    changed = infrastructure_tree(sources)
    assert changed.children[0] is not first.children[0]
    names = [n.name for _, n in changed.walk()]
    assert "zz renamed" in names and vm["name_label"] not in names


def test_paused_nests_across_threads_and_restores_the_collector():
    assert gc.isenabled()
    inner_done = threading.Event()
    with gc_policy.paused():
        assert not gc.isenabled()

        def other_thread():
            with gc_policy.paused():
                assert not gc.isenabled()
            inner_done.set()

        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join(5)
        assert inner_done.is_set()
        assert not gc.isenabled()  # the other thread's exit must not re-enable it under us
    assert gc.isenabled()


def test_a_large_batch_is_applied_paused_then_settled():
    gc.unfreeze()
    db = generate_pool(1, gc_policy.LARGE_BATCH // 10)
    events = events_from_db(db)
    assert len(events) >= gc_policy.LARGE_BATCH
    seen_disabled = []

    class Probe(ObjectCache):
        def _apply_one(self, event, changes):
            seen_disabled.append(not gc.isenabled())
            super()._apply_one(event, changes)

    try:
        Probe().apply(events)
        assert all(seen_disabled) and gc.isenabled()
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        seen_disabled.clear()
        Probe().apply(events[:10])  # small batches leave the collector alone
        assert not any(seen_disabled) and gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_a_cache_defers_full_collections_without_lowering_a_higher_setting():
    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        ObjectCache()
        assert gc.get_threshold() == (700, 10, gc_policy.FULL_COLLECTION_EVERY)
        gc.set_threshold(700, 10, gc_policy.FULL_COLLECTION_EVERY * 5)
        ObjectCache()
        assert gc.get_threshold()[2] == gc_policy.FULL_COLLECTION_EVERY * 5
    finally:
        gc.set_threshold(*saved)


@given(st.one_of(
    st.ip_addresses().map(str),
    st.from_regex(r"\A[0-9]{1,4}(\.[0-9]{1,4}){2,4}\Z"),
    st.text(alphabet="0123456789.:abcdef ", max_size=20),
))
def test_ipv4_check_agrees_with_ipaddress(text):
    import ipaddress

    from xencenter.model.summaries import _is_ipv4

    try:
        expected = ipaddress.ip_address(text).version == 4
    except ValueError:
        expected = False
    assert _is_ipv4(text) == expected


def _state(cache: ObjectCache) -> tuple:
    return ({cls: cache.items(cls) for cls in cache.classes()}, dict(cache._by_uuid), cache.generation)


def test_first_fill_in_bulk_equals_applying_event_by_event():
    events = events_from_db(generate_pool(2, 40))
    bulk, general = ObjectCache(), ObjectCache()
    assert bulk.refill(events) == general.apply(events)
    assert _state(bulk) == _state(general)
    assert bulk.find_by_uuid(events[0].snapshot["uuid"]).ref == events[0].ref


def test_first_fill_falls_back_for_repeats_and_for_a_cache_with_content():
    events = events_from_db(generate_pool(1, 5))
    first = events[0]
    moved = _event("mod", first.cls, first.ref, {**first.snapshot, "uuid": "moved-uuid"})
    repeated, general = ObjectCache(), ObjectCache()
    assert repeated.refill([*events, moved]) == general.apply([*events, moved])
    assert _state(repeated) == _state(general)
    assert repeated.find_by_uuid(first.snapshot["uuid"]) is None  # the uuid index followed the move

    again = repeated.refill(events[1:])  # not empty: a real refill, which removes what it did not mention
    assert again.removed == {(class_name(first.cls), first.ref)} and not again.added and not again.changed
