"""The navigation pane: view buttons, options, the search box, and selection/expansion kept across updates."""

from __future__ import annotations

import pytest
from views_world import LivePool, Sources

from xencenter.model.search import matches
from xencenter.views.navigation import NavigationPane
from xencenter.views.tree_model import KindRole, ObjectRole, PathRole

WAIT = 10_000


@pytest.fixture
def pool():
    return LivePool(hosts=3, vms=40)


@pytest.fixture
def pane(qtbot, pool):
    pane = NavigationPane(Sources(pool))
    qtbot.addWidget(pane)
    pane.resize(320, 700)
    pane.show()
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=WAIT)
    return pane


def settle(qtbot, pane, change=None) -> None:
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        if change is None:
            pane.model.rebuild()
        else:
            pane.model.on_objects_changed(change)


def rows(pane, kind=None):
    model = pane.model
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        if kind is None or index.data(KindRole) == kind:
            yield index
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))


def host_row(pane, host):
    return pane.model.indexes_of(pane.model.source_at(pane.model.index(0, 0)), host.ref)[0]


def test_a_new_server_opens_down_to_its_hosts(pane, pool):
    top = pane.model.index(0, 0)
    assert pane.tree.isExpanded(top)
    assert all(pane.tree.isExpanded(i) for i in rows(pane, "host"))


def test_view_buttons_and_menu_actions_switch_views(qtbot, pane):
    button = next(b for b in pane.view_buttons.buttons() if b.property("view") == "tags")
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        button.click()
    assert pane.view == "tags" and pane.model.index(0, 0).data(KindRole) == "tag"
    action = next(a for a in pane.view_actions.actions() if a.data() == "folders")
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        action.trigger()
    assert pane.view == "folders" and button.isChecked() is False
    assert next(b for b in pane.view_buttons.buttons() if b.property("view") == "folders").isChecked()


def test_view_options_change_the_tree(qtbot, pane, pool):
    default_templates = [v for v in pool.cache.all("VM") if v.is_a_template and v.is_default_template]
    assert not list(rows(pane, "template")) or all(
        pane.model.object_at(i).is_user_template for i in rows(pane, "template"))
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.set_option("default_templates", True)
    shown = {pane.model.object_at(i).ref for i in rows(pane, "template")}
    assert {t.ref for t in default_templates} <= shown
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.set_option("local_srs", False)
    assert all(not pane.model.object_at(i).is_local for i in rows(pane, "sr"))


def test_search_box_filters_and_clearing_restores_the_users_expansion(qtbot, pane, pool):
    hosts = sorted(pool.cache.all("host"), key=lambda h: h.name)
    pane.tree.collapse(host_row(pane, hosts[1]))
    vm = pool.first_vm("Running")
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.search.setText(vm.name)
    objects = [i for i in rows(pane) if i.data(ObjectRole) and pane.model.rowCount(i) == 0]
    assert [pane.model.object_at(i).name for i in objects] == [vm.name]
    assert all(pane.tree.isExpanded(i.parent()) for i in objects)
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.search.clear()
    assert pane.tree.isExpanded(host_row(pane, hosts[0]))
    assert not pane.tree.isExpanded(host_row(pane, hosts[1]))


def test_selection_follows_an_object_that_moves_to_another_host(qtbot, pane, pool):
    vm = pool.first_vm("Running")
    source = pane.model.source_at(pane.model.index(0, 0))
    assert pane.select_object(source, vm.ref)
    other = next(h for h in pool.cache.all("host") if h.ref != vm.resident_on.ref)
    with qtbot.waitSignal(pane.selection_changed, timeout=WAIT):
        settle(qtbot, pane, pool.modify("VM", vm.ref, resident_on=other.ref))
    assert [o.ref for o in pane.selection()] == [vm.ref]
    assert pane.selected_indexes()[0].parent().data(ObjectRole)[2] == other.ref


def test_a_group_shows_its_members_in_the_tabs(qtbot, pane, pool):
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.set_view("objects")
    group = next(i for i in rows(pane, "group") if i.data() == "VMs")
    pane.tree.setCurrentIndex(group)
    assert pane.selection() == []
    assert {o.ref for o in pane.tab_selection()} == {v.ref for v in pool.vms()}


def test_search_opens_every_row_with_matches_under_it(qtbot, pane, pool):
    """A search that matches VMs on several hosts and off them: the view shows every row the filter kept
    (each branch open), and only branches are remembered as expanded."""
    web = {vm.ref for vm in pool.vms() if matches(vm, "web")}
    assert len(web) >= 3, "the synthetic pool names some VMs web-*"
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.search.setText("web")
    shown, index = [], pane.model.index(0, 0)
    while index.isValid():  # what the view has laid out, top to bottom
        shown.append(index)
        index = pane.tree.indexBelow(index)
    assert len(shown) == pane.model.item_count() > len(web)
    assert {i.data(ObjectRole)[2] for i in shown if i.data(KindRole) == "vm"} == web
    assert all(pane.tree.isExpanded(i) == (pane.model.rowCount(i) > 0) for i in shown)


def test_clearing_the_search_closes_only_what_it_opened(qtbot, pane, pool):
    """Rows the user had closed are closed again after a search opened them; the user's open rows stay."""
    hits = [i for i in rows(pane) if i.data(ObjectRole) and matches(pane.model.object_at(i), "web")]
    closed = {i.parent().data(PathRole) for i in hits if i.parent().isValid() and i.parent().parent().isValid()}
    assert closed, "some web VMs live on hosts"
    for path in closed:
        pane.tree.collapse(pane.model.index_of_path(path))
    before = {i.data(PathRole): pane.tree.isExpanded(i) for i in rows(pane)}
    assert any(before.values())
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.search.setText("web")
    assert all(pane.tree.isExpanded(pane.model.index_of_path(path)) for path in closed)
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.search.clear()
    assert {i.data(PathRole): pane.tree.isExpanded(i) for i in rows(pane)} == before


def test_clearing_the_search_keeps_the_selection_in_sight(qtbot, pane, pool):
    """A VM found by the search and selected stays selected when the search is cleared, its host is opened
    (though the user had closed it) and the tree scrolls to it."""
    pane.resize(320, 240)
    vms = sorted(pool.vms("Running"), key=lambda v: v.name)
    vm = vms[-1]
    host = vm.resident_on
    pane.tree.collapse(host_row(pane, host))
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.search.setText(vm.name)
    source = pane.model.source_at(pane.model.index(0, 0))
    assert pane.select_object(source, vm.ref)
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.search.clear()
    qtbot.wait(50)
    assert [o.ref for o in pane.selection()] == [vm.ref]
    index = pane.selected_indexes()[0]
    assert pane.tree.isExpanded(index.parent())
    assert pane.tree.viewport().rect().contains(pane.tree.visualRect(index).center()), "scrolled into view"
    assert pane.model.item_count() > 30, "the whole tree is back"


def test_a_large_search_opens_a_screenful_at_once_and_the_rest_in_slices(qtbot, pane, pool, monkeypatch):
    """The first rows open in the keystroke's turn, the rest in later turns; a newer search drops what the
    older one had left to open, and its own rows all end up open."""
    from xencenter.views import tree_opening

    monkeypatch.setattr(tree_opening, "AT_ONCE_ROWS", 2)
    monkeypatch.setattr(tree_opening, "SLICE_ROWS", 2)
    opener = pane._opener
    pane.tree.collapseAll()
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.search.setText("web")
    branches = [i for i in rows(pane) if pane.model.rowCount(i) > 0]
    assert opener.pending > 0 and not all(pane.tree.isExpanded(i) for i in branches), "the rest comes later"
    assert pane.tree.isExpanded(pane.model.index(0, 0)), "parents first"
    qtbot.waitUntil(lambda: opener.pending == 0, timeout=WAIT)
    assert all(pane.tree.isExpanded(i) for i in branches)

    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.search.setText("db")
    assert opener.pending > 0
    pane.tree.collapseAll()
    with qtbot.waitSignal(pane.model.updated, timeout=WAIT):
        pane.search.setText("web")  # the same rows as before: nothing of "db" is left to open
    qtbot.waitUntil(lambda: opener.pending == 0, timeout=WAIT)
    branches = [i for i in rows(pane) if pane.model.rowCount(i) > 0]
    assert branches and all(pane.tree.isExpanded(i) for i in branches)
