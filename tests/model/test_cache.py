"""ObjectCache: applying events, change sets, refills, lookups, thread-safe reads, scale."""

from __future__ import annotations

import threading
import time

import pytest
from model_world import World, events_from_db, load_cache, new_ref

from tests.conftest import XAPI_DBS
from xencenter.model.cache import ChangeSet, ObjectCache
from xencenter.model.objects import VM, Host
from xencenter.sim.fieldtypes import new_record
from xencenter.sim.statedb import load_state_db
from xencenter.xenapi.events import Event, snapshot_record


def ev(op: str, cls: str, ref: str, snapshot: dict | None = None) -> Event:
    return Event(1, "20240101T00:00:00Z", cls, op, ref, snapshot)


def vm_record(name: str, **fields) -> dict:
    return new_record("VM", {"name_label": name, "uuid": f"uuid-{name}", **fields})


def test_add_mod_del_and_class_names():
    cache = ObjectCache()
    ref = new_ref()
    changes = cache.apply([ev("add", "vm", ref, vm_record("a"))])
    assert changes.added == {("VM", ref)} and not changes.changed and not changes.removed
    assert cache.count("VM") == 1 and cache.count("vm") == 1
    assert isinstance(cache.get("VM", ref), VM)
    assert cache.get("vm", ref).name == "a"

    changes = cache.apply([ev("mod", "vm", ref, vm_record("b"))])
    assert changes.changed == {("VM", ref)} and not changes.added
    assert cache.get("VM", ref).name == "b"

    changes = cache.apply([ev("del", "vm", ref)])
    assert changes.removed == {("VM", ref)}
    assert cache.get("VM", ref) is None and cache.count("VM") == 0
    assert cache.find_by_uuid("uuid-b") is None


def test_snapshots_stored_as_delivered():
    cache = ObjectCache()
    ref, record = new_ref(), snapshot_record("vm", vm_record("a"))
    cache.apply([ev("add", "vm", ref, record)])
    assert cache.record("VM", ref) is record
    assert cache.get("VM", ref).record is record


def test_mod_of_unknown_object_is_an_add_and_del_of_unknown_is_ignored():
    cache = ObjectCache()
    ref = new_ref()
    assert cache.apply([ev("mod", "vm", ref, vm_record("a"))]).added == {("VM", ref)}
    assert not cache.apply([ev("del", "vm", new_ref())])


def test_unknown_class_is_kept_under_its_own_name():
    cache = ObjectCache()
    ref = new_ref()
    cache.apply([ev("add", "future_thing", ref, {"uuid": "u1", "name_label": "x"})])
    assert cache.count("future_thing") == 1
    assert cache.find_by_uuid("u1").name == "x"


@pytest.mark.parametrize(
    "first, later, expected",
    [
        ("added", "removed", ChangeSet()),
        ("added", "changed", ChangeSet(added={"k"})),
        ("removed", "added", ChangeSet(changed={"k"})),
        ("changed", "removed", ChangeSet(removed={"k"})),
        ("changed", "changed", ChangeSet(changed={"k"})),
    ],
)
def test_changeset_merge(first, later, expected):
    a = ChangeSet(**{first: {"k"}})
    b = ChangeSet(**{later: {"k"}})
    assert a.merge(b) == expected


def test_a_fill_names_its_classes_without_a_pass_over_its_keys_and_merging_keeps_them():
    cache = ObjectCache()
    fill = cache.refill([ev("add", "vm", "OpaqueRef:v", {"uuid": "u1", "name_label": "a"}),
                         ev("add", "host", "OpaqueRef:h", {"uuid": "u2", "name_label": "h"})])
    assert fill._classes == {"VM", "host"}  # known from the tables, before anyone asks
    pending = ChangeSet().merge(fill)
    assert pending._classes == {"VM", "host"}
    pending.merge(ChangeSet(changed={("SR", "OpaqueRef:s")}))
    assert pending.classes() == {"VM", "host", "SR"}
    assert pending.merge(ChangeSet(removed={("pool", "OpaqueRef:p")})).touches(("pool",))


def test_batch_within_one_apply_folds_like_merge():
    cache = ObjectCache()
    ref = new_ref()
    changes = cache.apply([ev("add", "vm", ref, vm_record("a")), ev("mod", "vm", ref, vm_record("b")),
                           ev("del", "vm", ref)])
    assert not changes


def test_uuid_index_follows_changes():
    cache = ObjectCache()
    ref = new_ref()
    cache.apply([ev("add", "vm", ref, vm_record("a"))])
    assert cache.find_by_uuid("uuid-a").ref == ref
    cache.apply([ev("mod", "vm", ref, vm_record("a", uuid="uuid-z"))])
    assert cache.find_by_uuid("uuid-a") is None
    assert cache.find_by_uuid("uuid-z").ref == ref


def test_refill_reports_differences_not_a_wipe():
    cache = ObjectCache()
    keep, change, drop, new = (new_ref() for _ in range(4))
    cache.apply([ev("add", "vm", keep, vm_record("keep")), ev("add", "vm", change, vm_record("change")),
                 ev("add", "vm", drop, vm_record("drop"))])
    changes = cache.refill([
        ev("add", "vm", keep, vm_record("keep")),
        ev("add", "vm", change, vm_record("change", name_description="new")),
        ev("add", "vm", new, vm_record("new")),
    ])
    assert changes.added == {("VM", new)}
    assert changes.changed == {("VM", change)}
    assert changes.removed == {("VM", drop)}
    assert sorted(cache.refs("VM")) == sorted([keep, change, new])
    assert cache.find_by_uuid("uuid-drop") is None
    # after the refill, plain applies report changes again
    assert cache.apply([ev("mod", "vm", keep, vm_record("keep"))]).changed == {("VM", keep)}


def test_reset_removes_everything():
    world = World()
    world.pool(master=world.host("h1"))
    cache = world.cache()
    before = {(cls, ref) for cls in cache.classes() for ref in cache.refs(cls)}
    changes = cache.reset()
    assert changes.removed == before and before
    assert len(cache) == 0 and cache.pool() is None


def test_power_state_change_time_is_recorded_on_mod_only():
    now = [1000.0]
    cache = ObjectCache(clock=lambda: now[0])
    ref = new_ref()
    cache.apply([ev("add", "vm", ref, vm_record("a", power_state="Halted"))])
    assert cache.power_state_changed_at(ref) is None
    now[0] = 1005.0
    cache.apply([ev("mod", "vm", ref, vm_record("a", power_state="Halted", name_description="x"))])
    assert cache.power_state_changed_at(ref) is None
    cache.apply([ev("mod", "vm", ref, vm_record("a", power_state="Running"))])
    assert cache.power_state_changed_at(ref) == 1005.0


def test_references_resolve_and_dangling_ones_are_none():
    world = World()
    host = world.host("h1")
    world.pool(master=host)
    vm = world.running_vm("vm", host)
    sr = world.sr("local", [host])
    world.disk(vm, sr)
    cache = world.cache()
    wrapper = cache.get("VM", vm)
    assert isinstance(wrapper.resident_on, Host) and wrapper.resident_on.ref == host
    assert [vbd.VDI.SR.ref for vbd in wrapper.VBDs] == [sr]

    vdi_ref = cache.get("VM", vm).VBDs[0].ref_of("VDI")
    cache.apply([ev("del", "vdi", vdi_ref), ev("del", "host", host)])
    wrapper = cache.get("VM", vm)
    assert wrapper.resident_on is None
    assert wrapper.VBDs[0].VDI is None
    assert wrapper.ref_of("resident_on") == host  # the raw ref is still there
    assert cache.get("VM", "OpaqueRef:NULL") is None
    assert wrapper.affinity is None and wrapper.ref_of("affinity") is None


def test_fields_are_read_leniently():
    cache = ObjectCache()
    ref = new_ref()
    record = vm_record("x", memory_static_max="4294967296", is_a_template="false",
                       snapshot_time="20110609T09:43:22Z")
    del record["VCPUs_max"]
    cache.apply([ev("add", "vm", ref, record)])
    vm = cache.get("VM", ref)
    assert vm.memory_static_max == 4294967296
    assert vm.is_a_template is False
    assert vm.snapshot_time.year == 2011
    assert vm.VCPUs_max == 0
    with pytest.raises(AttributeError):
        _ = vm.no_such_field


@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.name)
def test_counts_equal_the_database(path):
    db = load_state_db(path)
    cache = load_cache(db)
    assert cache.counts() == {cls: len(t) for cls, t in db.items() if t}
    for cls, table in db.items():
        for ref, record in table.items():
            assert cache.record(cls, ref) == record
            if record.get("uuid"):  # some dumps repeat a uuid: any object carrying it will do
                assert cache.find_by_uuid(record["uuid"]).uuid == record["uuid"]


def test_reads_are_safe_while_a_worker_applies():
    """Readers walking the cache never crash or see a half-built record while the writer churns."""
    cache = ObjectCache()
    refs = [new_ref() for _ in range(300)]
    cache.apply([ev("add", "vm", r, vm_record(f"vm{i}")) for i, r in enumerate(refs)])
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            batch = [ev("mod", "vm", r, vm_record(f"vm{n}", power_state="Running")) for r in refs[:150]]
            batch += [ev("del", "vm", r) for r in refs[150:]]
            batch += [ev("add", "vm", r, vm_record(f"new{n}")) for r in refs[150:]]
            cache.apply(batch)

    def reader() -> None:
        try:
            deadline = time.monotonic() + 0.5
            while time.monotonic() < deadline:
                for vm in cache.all("VM"):
                    assert vm.name and vm.power_state in ("Halted", "Running")
                cache.counts()
        except BaseException as e:  # noqa: BLE001 - reported to the main thread
            errors.append(e)

    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads[1:]:
        t.join(10)
    stop.set()
    threads[0].join(10)
    assert not errors


def test_hundred_thousand_add_events():
    """Scale sanity: a 100k-object fill goes through and every object is there (no timing asserted)."""
    events = [ev("add", "vm", f"OpaqueRef:{i:08d}", {"uuid": f"u{i}", "name_label": f"VM {i}",
                                                      "power_state": "Halted"})
              for i in range(100_000)]
    cache = ObjectCache()
    started = time.perf_counter()
    changes = cache.apply(events)
    elapsed = time.perf_counter() - started
    assert len(changes.added) == 100_000 and cache.count("VM") == 100_000
    assert cache.find_by_uuid("u99999").name == "VM 99999"
    print(f"applied 100k add events in {elapsed:.2f}s")


def test_events_from_db_round_trip():
    world = World()
    world.pool(master=world.host("h"))
    db = world.records()
    events = events_from_db(db)
    assert {e.cls for e in events} == {cls.lower() for cls, t in db.items() if t}
