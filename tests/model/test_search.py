"""The navigation search: matching by name, UUID, IP address and tag; tree filtering; scale."""

from __future__ import annotations

import time

import pytest
from model_world import World, load_cache

from tests.conftest import XAPI_DBS
from xencenter.model.cache import ObjectCache
from xencenter.model.search import SearchIndex, filter_tree, matches
from xencenter.model.tree import VIEWS, Source, TreeOptions, infrastructure_tree, render_text
from xencenter.sim.statedb import load_state_db
from xencenter.xenapi.events import Event


@pytest.fixture
def world():
    w = World()
    w.host_ref = w.host("xcp-host-01", address="192.0.2.10")
    w.pool("Lab", master=w.host_ref)
    gm = w.add("VM_guest_metrics", networks={"0/ip": "10.1.2.3", "0/ipv6/0": "2001:db8::42"})
    w.web = w.running_vm("Web Server", w.host_ref, guest_metrics=gm, tags=["Production", "nginx"],
                         uuid="0a1b2c3d-0000-4000-8000-000000000001")
    w.db = w.running_vm("Database", w.host_ref, tags=["production"])
    return w


@pytest.mark.parametrize("query, web, db", [
    ("web", True, False),
    ("WEB SERVER", True, False),
    ("  server ", True, False),
    ("0a1b2c3d", True, False),
    ("10.1.2.3", True, False),
    ("10.1.2", True, False),
    ("2001:db8::42", True, False),
    ("nginx", True, False),
    ("production", True, True),
    ("", True, True),
    ("nothing-like-this", False, False),
])
def test_matches(world, query, web, db):
    cache = world.cache()
    index = SearchIndex()
    for ref, expected in ((world.web, web), (world.db, db)):
        obj = cache.get("VM", ref)
        assert matches(obj, query) is expected
        assert index.matches(obj, query) is expected


def test_host_matches_its_address(world):
    host = world.cache().get("host", world.host_ref)
    assert matches(host, "192.0.2.10") and matches(host, "xcp-host")


def test_index_follows_record_changes(world):
    cache = world.cache()
    index = SearchIndex()
    vm = cache.get("VM", world.web)
    assert not index.matches(vm, "172.16.5.5")
    gm_ref = vm.ref_of("guest_metrics")
    new_gm = dict(cache.record("VM_guest_metrics", gm_ref), networks={"0/ip": "172.16.5.5"})
    cache.apply([Event(2, "", "vm_guest_metrics", "mod", gm_ref, new_gm)])
    assert index.matches(cache.get("VM", world.web), "172.16.5.5")
    renamed = dict(cache.record("VM", world.web), name_label="Frontend")
    cache.apply([Event(3, "", "vm", "mod", world.web, renamed)])
    assert index.matches(cache.get("VM", world.web), "frontend")
    assert not index.matches(cache.get("VM", world.web), "web server")


def test_filter_tree_keeps_matches_and_their_ancestors(world):
    cache = world.cache()
    root = infrastructure_tree([Source("c", "c", cache)])
    lookup = lambda n: cache.get(n.cls, n.ref)  # noqa: E731
    assert render_text(filter_tree(root, "10.1.2.3", lookup)).splitlines() == [
        "XenCenter", "  Lab", "    xcp-host-01", "      Web Server"]
    both = filter_tree(root, "production", lookup)
    assert [n.name for _, n in both.walk()][-2:] == ["Database", "Web Server"]
    assert filter_tree(root, "no such thing", lookup) is None
    assert filter_tree(root, "", lookup) is root
    assert len(root.children[0].children[0].children) == 2  # the original tree is untouched


def test_search_over_twenty_thousand_vms():
    """Scale sanity: a prepared index answers a query over 20k VMs (time printed, not asserted)."""
    cache = ObjectCache()
    events = []
    for i in range(20_000):
        gm = f"OpaqueRef:gm-{i}"
        events.append(Event(i, "", "vm_guest_metrics", "add", gm,
                            {"uuid": f"gm{i}", "networks": {"0/ip": f"10.{i // 65536}.{i // 256 % 256}.{i % 256}"}}))
        events.append(Event(i, "", "vm", "add", f"OpaqueRef:vm-{i}",
                            {"uuid": f"uuid-{i}", "name_label": f"VM {i}", "power_state": "Running",
                             "guest_metrics": gm, "tags": ["even" if i % 2 == 0 else "odd"]}))
    cache.apply(events)
    index = SearchIndex()
    vms = cache.all("VM")
    started = time.perf_counter()
    assert sum(index.matches(vm, "even") for vm in vms) == 10_000
    first = time.perf_counter() - started
    started = time.perf_counter()
    hits = [vm.name for vm in vms if index.matches(vm, "10.0.1.255")]
    again = time.perf_counter() - started
    assert hits == ["VM 511"]
    print(f"20k VMs: first query {first:.3f}s (builds the index), next {again:.3f}s")


def test_filter_tree_from_caches_follows_record_changes(world):
    """The fast path (texts read from the caches in one pass) sees renames and new guest addresses, and
    agrees with the wrapper path."""
    cache = world.cache()
    root = infrastructure_tree([Source("c", "c", cache)])
    index = SearchIndex()

    def shown(query: str) -> list[str] | None:
        fast = filter_tree(root, query, index=index, caches={"c": cache})
        slow = filter_tree(root, query, lambda n: cache.get(n.cls, n.ref))
        assert (fast and render_text(fast)) == (slow and render_text(slow))
        return fast and [n.name for _, n in fast.walk()]

    assert shown("10.1.2.3") == ["XenCenter", "Lab", "xcp-host-01", "Web Server"]
    assert shown("172.16.5.5") is None
    gm_ref = cache.record("VM", world.web).get("guest_metrics")
    new_gm = dict(cache.record("VM_guest_metrics", gm_ref), networks={"0/ip": "172.16.5.5"})
    cache.apply([Event(2, "", "vm_guest_metrics", "mod", gm_ref, new_gm)])
    assert shown("172.16.5.5") == ["XenCenter", "Lab", "xcp-host-01", "Web Server"]
    assert shown("10.1.2.3") is None
    renamed = dict(cache.record("VM", world.db), name_label="Frontend")
    cache.apply([Event(3, "", "vm", "mod", world.db, renamed)])
    # the tree was built before the rename (it still shows the old name); the match reads the new record
    assert shown("frontend") == ["XenCenter", "Lab", "xcp-host-01", "Database"]
    assert shown("lab") == ["XenCenter", "Lab"]  # the pool matches by name: kept without children


@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.stem)
def test_the_prepared_tree_filters_as_the_tree_walk_does(path):
    """The prepared tree (one ``str.find`` per hit) keeps exactly what walking every node keeps, in every view,
    for queries hitting names, addresses, UUIDs, groups, many nodes or none; and it is made again when a cache
    changes, even under a tree object reused."""
    cache = load_cache(load_state_db(path))
    sources = [Source("c", "c", cache)]
    lookup = lambda n: cache.get(n.cls, n.ref) if n.ref is not None else None  # noqa: E731
    vm = next(iter(cache.all("VM")))
    queries = ["a", "e", "xen", "local", "10.", "-", vm.name[:4], vm.record.get("uuid", "")[:8], "zz-none"]
    index = SearchIndex()
    for view, build in VIEWS.items():
        root = build(sources, TreeOptions(hidden_objects=True, default_templates=True))
        for query in queries:
            fast = filter_tree(root, query, index=index, caches={"c": cache})
            slow = filter_tree(root, query, lookup)
            assert (fast and render_text(fast)) == (slow and render_text(slow)), (view, query)
    root = infrastructure_tree(sources)
    shown = next(cache.get(n.cls, n.ref) for _, n in root.walk() if n.ref is not None)
    assert filter_tree(root, "renamed-by-the-test", index=index, caches={"c": cache}) is None
    renamed = dict(shown.record, name_label="Renamed by the test")
    cache.apply([Event(9, "", shown.cls.lower(), "mod", shown.ref, renamed)])
    assert filter_tree(root, "renamed-by-the-test", index=index, caches={"c": cache}) is None
    assert filter_tree(root, "renamed by the test", index=index, caches={"c": cache}) is not None
