"""The Search tab on the synthetic demo pool: the results model, sorting by a header, choosing columns,
following changes without a reset when the rows stay, the saved-searches menu, plain-text names."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QPoint, Qt
from tab_helpers import modify

from xencenter.model.cache import ChangeSet
from xencenter.model.tree import Source
from xencenter.model.xensearch.ordering import Sort
from xencenter.views.tabs.search import SearchPage
from xencenter.views.tabs.search_results import CellRole, ItemRole

HTML = '<b>bold</b> & <a href="x">link</a>'
WAIT = 10_000


def page_over(qtbot, host_page, cache) -> SearchPage:
    sources = [Source("demo", "Synthetic pool", cache)]
    context = SimpleNamespace(connections=SimpleNamespace(sources=lambda: sources), history=None, commands=None)
    page = host_page(SearchPage(context), 1100, 700)
    page.set_selection([cache.pool()])
    qtbot.waitUntil(lambda: page.result is not None, timeout=WAIT)
    return page


def top_names(page) -> list[str]:
    pool = page.model.index(0, 0)
    return [page.model.index(r, 0, pool).data() for r in range(page.model.rowCount(pool))]


def test_the_results_model_passes_the_model_tester(qtbot, qtmodeltester, host_page, demo_cache):
    page = page_over(qtbot, host_page, demo_cache)
    qtmodeltester.check(page.model)
    assert page.model.index(0, 0).data() == "Synthetic pool"
    hosts = sorted(h.name for h in demo_cache.all("host"))
    assert top_names(page)[:len(hosts)] == hosts  # the pool's overview: grouped by server, in name order


def test_a_header_click_sorts_by_that_column_as_xencenter_does(qtbot, host_page, demo_cache):
    page = page_over(qtbot, host_page, demo_cache)
    header = page.view.header()
    for ascending in (True, False):  # a first click sorts in the column's default order, the next reverses it
        before = page.result
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(0) + 10, 5))
        qtbot.waitUntil(lambda: page.result is not before, timeout=WAIT)
        assert page.result.search.sorting == (Sort("name", ascending),)
    hosts = sorted((h.name for h in demo_cache.all("host")), reverse=True)
    assert top_names(page)[:len(hosts)] == hosts
    assert header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    memory = page.model.columns.index("memory")
    page._on_header_clicked(memory)  # a new column sorts first; the name stays as the tie-breaker
    qtbot.waitUntil(lambda: page.result.search.sorting == (Sort("memory", False), Sort("name", False)), timeout=WAIT)
    assert header.sortIndicatorSection() == memory
    page._on_header_clicked(0)  # the name's third click: no longer sorted by it
    qtbot.waitUntil(lambda: page.result.search.sorting == (Sort("memory", False),), timeout=WAIT)


def test_a_column_dragged_elsewhere_takes_that_place_in_the_search(qtbot, host_page, demo_cache):
    page = page_over(qtbot, host_page, demo_cache)
    header = page.view.header()
    before = list(page.model.columns)
    cpu, memory = before.index("cpu"), before.index("memory")
    header.moveSection(header.visualIndex(memory), header.visualIndex(cpu))  # as a drag of Memory before CPU
    expected = before[:cpu] + ["memory"] + [c for c in before[cpu:] if c != "memory"]
    qtbot.waitUntil(lambda: page.model.columns == expected, timeout=WAIT)
    assert [c for c, _ in page.current_search().columns] == expected
    assert all(header.visualIndex(i) == i for i in range(header.count())), "the model holds the order"
    assert header.sectionPosition(0) == 0 and not header.isFirstSectionMovable()


def test_columns_can_be_hidden_and_shown(qtbot, host_page, demo_cache):
    page = page_over(qtbot, host_page, demo_cache)
    assert "uptime" in page.model.columns
    page._toggle_column("uptime", False)
    qtbot.waitUntil(lambda: "uptime" not in page.model.columns, timeout=WAIT)
    assert page.current_search().columns[0][0] == "name"
    page._toggle_column("uptime", True)
    qtbot.waitUntil(lambda: page.model.columns[-1] == "uptime", timeout=WAIT)


def test_a_change_that_moves_no_row_updates_cells_without_a_reset(qtbot, host_page, demo_cache):
    page = page_over(qtbot, host_page, demo_cache)
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    vm = next(v for v in demo_cache.all("VM") if v.is_real_vm and v.power_state == "Running")
    modify(demo_cache, "VM", vm.ref, name_description=HTML)
    before = page.result
    page.on_changes(ChangeSet(changed={("VM", vm.ref)}))
    qtbot.waitUntil(lambda: page.result is not before, timeout=WAIT)
    assert resets == []
    cells = [page.model.index(r, 0, parent).data(CellRole)
             for parent in page.model.branch_indexes() for r in range(page.model.rowCount(parent))
             if page.model.index(r, 0, parent).data(ItemRole) is not None
             and page.model.index(r, 0, parent).data(ItemRole).ref == vm.ref]
    assert [c.second for c in cells] == [HTML]  # the new description, as plain text (the delegate draws text)
    modify(demo_cache, "VM", vm.ref, name_label="aaa first")  # moves the row: a new layout
    page.on_changes(ChangeSet(changed={("VM", vm.ref)}))
    qtbot.waitUntil(lambda: resets == [1], timeout=WAIT)


def test_the_saved_searches_menu_lists_saved_and_built_in_searches(qtbot, host_page, demo_cache):
    pool = demo_cache.pool()
    modify(demo_cache, "pool", pool.ref, gui_config={
        **pool.record.gui_config,
        "xensearch.Search-1": '<Search uuid="1" name="Mine" major_version="2" minor_version="0"><Query>'
                              '<QueryScope><Server /></QueryScope></Query></Search>'})
    page = page_over(qtbot, host_page, demo_cache)
    page._fill_saved_menu()
    menu = page.saved_button.menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Default Search", "Mine"] and "VMs by Power State" in texts and texts[-1] == "Delete"
    delete = next(a for a in menu.actions() if a.text() == "Delete").menu()
    assert [a.text() for a in delete.actions()] == ["Mine"]
    next(a for a in menu.actions() if a.text() == "Mine").trigger()
    qtbot.waitUntil(lambda: page.result.search.name == "Mine", timeout=WAIT)
    assert top_names(page) == [] and page.model.rowCount() == len(demo_cache.all("host"))  # servers, ungrouped
    next(a for a in menu.actions() if a.text() == "Default Search").trigger()
    qtbot.waitUntil(lambda: page.result.search.name == "Synthetic pool: Overview", timeout=WAIT)


def test_searching_for_other_types_drops_the_filters_and_groupings_that_no_longer_apply(qtbot, host_page,
                                                                                         demo_cache):
    from xencenter.model.xensearch.grouping import PropertyGrouping, XenModelObjectPropertyGrouping
    from xencenter.model.xensearch.kinds import POWER_STATE, PowerState
    from xencenter.model.xensearch.properties import Prop
    from xencenter.model.xensearch.queries import EnumPropertyQuery, GroupQuery, StringPropertyQuery
    from xencenter.model.xensearch.scope import ObjectTypes, QueryScope
    from xencenter.model.xensearch.search import Query, Search

    page = page_over(qtbot, host_page, demo_cache)
    vms = Search(Query(QueryScope(ObjectTypes.VM), GroupQuery("And", (
        EnumPropertyQuery(Prop.power_state, POWER_STATE, PowerState.Running, True),
        StringPropertyQuery(Prop.label, "xcp", "contains", False)))),
        XenModelObjectPropertyGrouping(Prop.pool, "pool", subgrouping=PropertyGrouping(Prop.os_name)), "Mine")
    page.set_explicit(vms)
    qtbot.waitUntil(lambda: page.result.search.name == "Mine", timeout=WAIT)
    page.edit_search()
    scope = page.searcher.scope_button
    assert scope.text().startswith("VMs")
    next(a for a in scope.choice_actions if a.text() == "Servers").trigger()
    qtbot.waitUntil(lambda: page.result.search.query.scope.types == ObjectTypes.Server, timeout=WAIT)
    search = page.result.search
    # power state is about VMs: the And is left with the name row, which it becomes; OS grouping goes
    assert search.query.filter == StringPropertyQuery(Prop.label, "xcp", "contains", False)
    assert search.grouping == XenModelObjectPropertyGrouping(Prop.pool, "pool")
    assert sorted(row.label for _, row in page.result.walk() if row.item is not None and row.item.cls == "host") == \
        sorted(h.name for h in demo_cache.all("host"))
    scope.custom_actions[ObjectTypes.VM].trigger()  # Custom...: servers and VMs (no disconnected servers)
    qtbot.waitUntil(lambda: page.result.search.query.scope.types == ObjectTypes.Server | ObjectTypes.VM,
                    timeout=WAIT)
    assert scope.text().startswith("Custom...")
