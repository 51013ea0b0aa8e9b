"""The navigation model: same content as the pure trees, incremental updates, selection and expansion kept."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTreeView
from views_world import LivePool, Sources

from xencenter.model.naming import natural_key
from xencenter.model.tree import VIEWS, TreeOptions, render_text
from xencenter.views.tree_model import (
    IconKeyRole,
    KindRole,
    ObjectRole,
    TreeModel,
    tooltip_markup,
)

TOP = QModelIndex()


def model_text(model: TreeModel, parent: QModelIndex = TOP, depth: int = 0) -> list[str]:
    lines = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        lines.append("  " * depth + index.data())
        lines.extend(model_text(model, index, depth + 1))
    return lines


def pure_text(sources: Sources, view: str, options: TreeOptions = TreeOptions()) -> list[str]:
    """What model/tree.py says, without its root line and with names as the model shows them."""
    lines = render_text(VIEWS[view](sources.sources(), options)).splitlines()[1:]
    return [line[2:] if line.strip() else line[2:] + "(no name)" for line in lines]


def all_indexes(model: TreeModel, parent: QModelIndex = TOP):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from all_indexes(model, index)


def find_row(model: TreeModel, ref: str) -> QModelIndex:
    matches = [i for i in all_indexes(model) if (i.data(ObjectRole) or (None, None, None))[2] == ref]
    assert matches, f"{ref} is not in the tree"
    return matches[0]


@pytest.fixture
def pool():
    return LivePool(hosts=3, vms=40)


@pytest.fixture
def sources(pool):
    return Sources(pool)


def new_model(qtbot, sources, view="infrastructure", options=TreeOptions()) -> TreeModel:
    model = TreeModel(sources, view, options)
    with qtbot.waitSignal(model.updated, timeout=10_000):
        pass
    return model


def settle(qtbot, model: TreeModel, changes=None) -> None:
    with qtbot.waitSignal(model.updated, timeout=10_000):
        if changes is None:
            model.rebuild()
        else:
            model.on_objects_changed(changes)


@pytest.mark.parametrize("view", list(VIEWS))
def test_each_view_shows_the_pure_tree(qtbot, qtmodeltester, sources, view):
    options = TreeOptions(default_templates=True)
    model = new_model(qtbot, sources, view, options)
    qtmodeltester.check(model)
    assert model_text(model) == pure_text(sources, view, options)
    assert model.rowCount() > 0


def test_changes_are_applied_row_by_row_never_by_reset(qtbot, qtmodeltester, pool, sources):
    model = new_model(qtbot, sources)
    qtmodeltester.check(model)
    resets, moves, inserts, removes, data = [], [], [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsMoved.connect(lambda *a: moves.append(a))
    model.rowsInserted.connect(lambda *a: inserts.append(a))
    model.rowsRemoved.connect(lambda *a: removes.append(a))
    model.dataChanged.connect(lambda *a: data.append(a))

    halted = pool.first_vm("Halted")
    host = pool.cache.all("host")[0]
    settle(qtbot, model, pool.modify("VM", halted.ref, power_state="Running", resident_on=host.ref))
    assert find_row(model, halted.ref).data(IconKeyRole) == "vm:running"
    assert find_row(model, halted.ref).parent().data(ObjectRole)[2] == host.ref

    running = pool.vms("Running")[1]
    settle(qtbot, model, pool.modify("VM", running.ref, name_label="zzz last of all"))
    assert moves, "a rename that changes the order moves the row"
    assert find_row(model, running.ref).data() == "zzz last of all"

    settle(qtbot, model, pool.modify("VM", running.ref, power_state="Paused"))
    assert data and find_row(model, running.ref).data(IconKeyRole) == "vm:paused"

    victim = pool.vms("Halted")[-1]
    settle(qtbot, model, pool.delete("VM", victim.ref))
    assert removes
    assert not [i for i in all_indexes(model) if (i.data(ObjectRole) or ("", "", ""))[2] == victim.ref]

    ref, changes = pool.add("VM", name_label="brand new", power_state="Halted")
    settle(qtbot, model, changes)
    assert inserts and find_row(model, ref).data() == "brand new"

    metrics = host.ref_of("metrics")
    settle(qtbot, model, pool.modify("host_metrics", metrics, live=False))
    assert find_row(model, host.ref).data(IconKeyRole).startswith("host:dead")
    assert find_row(model, host.ref).data(Qt.ItemDataRole.ForegroundRole) is not None

    assert model_text(model) == pure_text(sources, "infrastructure")
    assert not resets


def test_irrelevant_changes_do_not_rebuild(qtbot, pool, sources):
    model = new_model(qtbot, sources)
    vm = pool.first_vm("Running")
    changes = pool.modify("VM_metrics", vm.ref_of("metrics"), memory_actual=1)
    with qtbot.assertNotEmitted(model.updated, wait=300):
        model.on_objects_changed(changes)


def test_selection_and_expansion_survive_updates(qtbot, pool, sources):
    model = new_model(qtbot, sources)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.expandAll()
    target = pool.vms("Running")[3]
    view.setCurrentIndex(find_row(model, target.ref))
    hosts = [find_row(model, h.ref) for h in pool.cache.all("host")]
    assert all(view.isExpanded(i) for i in hosts)

    first = pool.vms("Running")[0]
    settle(qtbot, model, pool.modify("VM", first.ref, name_label="~ moved to the end"))
    settle(qtbot, model, pool.modify("VM", pool.first_vm("Halted").ref, power_state="Running",
                                     resident_on=pool.cache.all("host")[1].ref))
    selected = view.selectionModel().selectedIndexes()
    assert [i.data(ObjectRole)[2] for i in selected] == [target.ref]
    assert view.currentIndex().data(ObjectRole)[2] == target.ref
    assert all(view.isExpanded(find_row(model, h.ref)) for h in pool.cache.all("host"))


def test_filter_keeps_matches_and_their_ancestors(qtbot, qtmodeltester, pool, sources):
    model = new_model(qtbot, sources)
    qtmodeltester.check(model)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.expandAll()
    vm = next(v for v in pool.vms("Running") if v.guest_metrics is not None and v.guest_metrics.networks)
    ip = next(v for v in vm.guest_metrics.networks.values() if "." in v)
    tagged = next(v for v in pool.vms() if v.tags)
    for query, expected in ((vm.name, vm), (ip, vm), (tagged.tags[0], tagged), (vm.uuid.upper(), vm)):
        model.set_filter(query)
        settle(qtbot, model)
        objects = [i.data(ObjectRole) for i in all_indexes(model) if i.data(ObjectRole)]
        assert expected.ref in [o[2] for o in objects], query
        leaves = [i for i in all_indexes(model) if model.rowCount(i) == 0]
        for leaf in leaves:
            obj = model.object_at(leaf)
            assert obj is not None and query.casefold() in (
                obj.name + obj.uuid + " ".join(obj.tags) + " ".join((getattr(obj, "guest_metrics", None)
                                                                     and obj.guest_metrics.networks or {}).values())
            ).casefold()
    model.set_filter("")
    settle(qtbot, model)
    assert model_text(model) == pure_text(sources, "infrastructure")


def test_disconnected_server_is_greyed_with_its_last_name(qtbot, qtmodeltester, pool, sources):
    other = LivePool(hosts=1, vms=3, key="other.example:443", seed=7)
    sources.pools.append(other)
    sources.connected[other.key] = True
    model = new_model(qtbot, sources)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    sources.connected[pool.key] = False
    sources.reasons[pool.key] = "Connection refused"
    settle(qtbot, model)
    top = model.index(1, 0)  # after the connected servers (XenCenter's Host.CompareTo)
    assert top.data() == pool.cache.pool().name
    assert model.rowCount(top) == 0
    assert top.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Connection refused" in top.data(Qt.ItemDataRole.ToolTipRole)
    assert top.data(IconKeyRole) == "connection:disconnected"


def test_switching_views_resets_once(qtbot, qtmodeltester, sources):
    model = new_model(qtbot, sources)
    qtmodeltester.check(model)
    model.set_view("objects")
    settle(qtbot, model)
    assert model_text(model) == pure_text(sources, "objects")


def test_a_large_pool_updates_quickly_on_the_ui_thread(qtbot):
    big = LivePool(hosts=8, vms=5000, seed=3)
    sources = Sources(big)
    model = new_model(qtbot, sources)
    assert model.item_count() > 5000
    spent = []
    original = model._on_built

    def timed(build):
        started = time.perf_counter()
        original(build)
        spent.append(time.perf_counter() - started)

    model._on_built = timed
    vm = big.first_vm("Halted")
    settle(qtbot, model, big.modify("VM", vm.ref, power_state="Running", resident_on=big.cache.all("host")[0].ref))
    settle(qtbot, model, big.modify("VM", vm.ref, name_label="a renamed VM"))
    assert max(spent) < 0.5, spent


def test_big_changes_go_through_one_layout_change(qtbot, qtmodeltester, pool, sources, monkeypatch):
    from xencenter.views import tree_model

    monkeypatch.setattr(tree_model, "PERSISTENT_BUDGET", 0)  # the smallest limit: a filter exceeds it
    model = new_model(qtbot, sources)
    qtmodeltester.check(model)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.expandAll()
    vm = next(v for v in pool.vms() if "critical" in v.tags)
    view.setCurrentIndex(find_row(model, vm.ref))
    layouts, removed = [], []
    model.layoutChanged.connect(lambda *a: layouts.append(a))
    model.rowsRemoved.connect(lambda *a: removed.append(a))
    model.set_filter("critical")  # a tag scattered all over the tree: many row runs
    settle(qtbot, model)
    assert len(layouts) == 1 and not removed
    assert view.currentIndex().data(ObjectRole)[2] == vm.ref
    assert_lookups_match_rows(model, pool)
    model.set_filter("")
    settle(qtbot, model)
    assert len(layouts) == 2
    assert model_text(model) == pure_text(sources, "infrastructure")
    assert view.currentIndex().data(ObjectRole)[2] == vm.ref
    assert_lookups_match_rows(model, pool)


def assert_lookups_match_rows(model: TreeModel, pool: LivePool) -> None:
    """The model's id and object registries describe exactly the rows it has (after a layout change too)."""
    rows = list(all_indexes(model))
    assert model.item_count() == len(rows)
    shown = {i.data(ObjectRole)[2]: i for i in rows if i.data(ObjectRole)}
    for vm in pool.cache.all("VM"):
        found = model.indexes_of(pool.key, vm.ref)
        assert [i.data(ObjectRole)[2] for i in found] == ([vm.ref] if vm.ref in shown else [])
        assert not found or found[0] == shown[vm.ref]


def test_objects_view_groups_by_type(qtbot, qtmodeltester, pool, sources):
    """Rules written out: each object sits in the group of its type, groups in XenCenter's order."""
    options = TreeOptions(default_templates=True)
    model = new_model(qtbot, sources, "objects", options)
    qtmodeltester.check(model)
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups[:3] == ["Pools", "Servers", "VMs"]

    def expected_group(obj) -> str:
        if obj.cls == "pool":
            return "Pools"
        if obj.cls == "host":
            return "Servers"
        if obj.cls == "VM":
            if obj.is_snapshot:
                return "Snapshots"
            if not obj.is_a_template:
                return "VMs"
            # the brand is the pool's own (its coordinator's software_version)
            brand = pool.cache.pool().master.software_version["product_brand"]
            return "Custom Templates" if not obj.is_default_template else f"{brand} Templates"
        if obj.cls == "SR":
            return "Local Storage Repositories" if obj.is_local else "Remote Storage Repositories"
        return {"network": "Networks", "VDI": "Virtual Disks"}[obj.cls]

    seen = set()
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        names = []
        for child_row in range(model.rowCount(group)):
            child = model.index(child_row, 0, group)
            obj = model.object_at(child)
            assert expected_group(obj) == group.data(), obj.name
            seen.add(obj.ref)
            # Host.CompareTo: the coordinator before the other hosts; SRs by Name() (with their host)
            first = obj.cls != "host" or obj.cache.pool().ref_of("master") == obj.ref
            names.append((not first, natural_key(obj.name if obj.cls == "SR" else child.data())))
        assert names == sorted(names), group.data()
    assert {vm.ref for vm in pool.vms()} <= seen
    assert not {vm.ref for vm in pool.cache.all("VM") if vm.is_control_domain} & seen


def built_looks(sources: Sources) -> list:
    """The looks of a fresh build of the Infrastructure tree, in display order (what a new model shows)."""
    from xencenter.model.search import SearchIndex
    from xencenter.views.tree_model import _build

    build = _build(0, "infrastructure", sources.sources(), TreeOptions(), "", SearchIndex(), {}, None)
    looks, stack = [], list(reversed(build.items))
    while stack:
        item = stack.pop()
        looks.append(item.look)
        stack.extend(reversed(item.children))
    return looks


def test_worker_edits_keep_the_model_equal_to_the_pure_tree(qtbot, qtmodeltester, pool, sources):
    """Random batches (moves between hosts, renames, power changes, additions, deletions, a host going down):
    after each, the model shown from the worker's edits is exactly the pure tree, icons and tooltips included."""
    import random

    from xencenter.model.cache import ChangeSet

    model = new_model(qtbot, sources)
    qtmodeltester.check(model)
    rng = random.Random(7)
    hosts = [h.ref for h in pool.cache.all("host")]
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    for step in range(25):
        changes = ChangeSet()
        for _ in range(rng.randint(1, 4)):
            vms = pool.vms()
            vm = rng.choice(vms)
            action = rng.randrange(6)
            if action == 0:
                changes.merge(pool.modify("VM", vm.ref, power_state="Running", resident_on=rng.choice(hosts)))
            elif action == 1:
                changes.merge(pool.modify("VM", vm.ref, power_state="Halted", resident_on="OpaqueRef:NULL"))
            elif action == 2:
                changes.merge(pool.modify("VM", vm.ref, name_label=f"renamed {rng.randrange(1000)}"))
            elif action == 3 and len(vms) > 5:
                changes.merge(pool.delete("VM", vm.ref))
            elif action == 4:
                changes.merge(pool.add("VM", name_label=f"new {step}", power_state="Halted")[1])
            else:
                host = pool.cache.get("host", rng.choice(hosts))
                changes.merge(pool.modify("host_metrics", host.ref_of("metrics"), live=rng.random() < 0.7))
        settle(qtbot, model, changes)
        assert model_text(model) == pure_text(sources, "infrastructure"), step
        assert [(i.data(IconKeyRole), i.data(Qt.ItemDataRole.ToolTipRole)) for i in all_indexes(model)] == [
            (look.icon, tooltip_markup(look.tooltip)) for look in built_looks(sources)], step
    assert not resets


def test_search_texts_are_prepared_while_the_tree_is_quiet(qtbot, pool, sources, monkeypatch):
    """The first keystroke only scans prepared texts: they were made in the background after the build."""
    from xencenter.model import search
    from xencenter.views import tree_model

    made = []
    original = search._text
    def counted(cache, *args):
        if cache is pool.cache:  # models of earlier tests may still be warming over their own pools
            made.append(args[1])
        return original(cache, *args)

    monkeypatch.setattr(search, "_text", counted)
    monkeypatch.setattr(tree_model, "WARM_INDEX_DELAY_MS", 10)
    model = TreeModel(sources, "infrastructure", TreeOptions())
    with qtbot.waitSignal(model.index_warmed, timeout=10_000):
        pass
    rows = sum(pool.cache.count(cls) for cls in tree_model.ROW_CLASSES)
    assert len(made) == rows, "every row's text was prepared once"
    made.clear()
    model.set_filter("web")
    settle(qtbot, model)
    assert not made
    assert model_text(model), "the filter kept something"


@pytest.mark.parametrize("max_rows, layouts_expected", [(10, 1), (100_000, 0)])
def test_many_rows_going_at_once_take_one_layout_change(qtbot, pool, sources, monkeypatch, max_rows,
                                                        layouts_expected):
    """A filter keeping one VM removes most rows in few runs: past ``MAX_FINE_ROWS`` rows they go in one
    layout change (each removed row would be unregistered one by one), below it row by row."""
    from xencenter.views import tree_model

    monkeypatch.setattr(tree_model, "MAX_FINE_ROWS", max_rows)
    model = new_model(qtbot, sources)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.expandAll()
    before = model.item_count()
    layouts, removed = [], []
    model.layoutChanged.connect(lambda *a: layouts.append(a))
    model.rowsRemoved.connect(lambda *a: removed.append(a))
    vm = pool.first_vm("Running")
    model.set_filter(vm.name)
    settle(qtbot, model)
    assert before - model.item_count() > 10
    assert len(layouts) == layouts_expected and bool(removed) == (layouts_expected == 0)
    assert find_row(model, vm.ref).isValid()
    assert_lookups_match_rows(model, pool)


@pytest.mark.parametrize("view", list(VIEWS))
def test_rows_that_never_have_children_say_so_and_no_other_row_does(qtbot, sources, view):
    """``ItemNeverHasChildren`` spares a layout one Python call per row: it must be true of every row it marks
    (in every view), and mark the VMs, while hosts, pools and folders can open."""
    model = new_model(qtbot, sources, view, TreeOptions(default_templates=True))
    marked: dict[str, set[bool]] = {}
    for index in all_indexes(model):
        never = bool(model.flags(index) & Qt.ItemFlag.ItemNeverHasChildren)
        if never:
            assert model.rowCount(index) == 0, index.data()
        marked.setdefault(model.data(index, KindRole), set()).add(never)
    if view == "infrastructure":
        assert marked["vm"] == {True}
        assert marked["host"] == {False}
    for kind in ("connection", "pool", "host", "vapp", "folder", "tag", "group", "field", "value"):
        assert True not in marked.get(kind, set()), kind
    assert model.flags(TOP) == Qt.ItemFlag.NoItemFlags


def test_workers_give_way_while_the_tree_updates(qtbot, pool, sources):
    """The update and the layout it causes run inside ``ui_work()``: a worker's ``give_way()`` then waits."""
    from tests.test_give_way import worker_wait
    from xencenter import give_way

    tree = QTreeView()
    model = new_model(qtbot, sources)
    tree.setModel(model)
    waited: list[float] = []
    model.updated.connect(lambda: waited.append(worker_wait()))
    give_way.claim()
    try:
        vm = pool.vms()[0]
        settle(qtbot, model, pool.modify("VM", vm.ref, name_label="renamed"))
    finally:
        give_way.release()
    assert waited and waited[0] >= give_way.MAX_WAIT_S * 0.9
