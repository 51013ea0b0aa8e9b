"""The Search tab in the demo window against the simulator: the query builder makes a nested search that is
saved in the pool exactly as XenCenter writes it (read back with the official SDK), saved searches show in the
Saved Searches view and can be deleted, searches export and import, and the results carry XenCenter's usage
figures from the hosts' RRDs. Screenshots go to /tmp/shots."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
import XenAPI
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit

from xencenter.app import DEMO_PASSWORD, DEMO_USER
from xencenter.model.xensearch.files import export_xml
from xencenter.model.xensearch.grouping import PropertyGrouping, XenModelObjectPropertyGrouping
from xencenter.model.xensearch.kinds import POWER_STATE, PowerState
from xencenter.model.xensearch.marshal import parse_search, search_xml
from xencenter.model.xensearch.properties import Prop
from xencenter.model.xensearch.queries import (
    EnumPropertyQuery,
    GroupQuery,
    RecursiveXMOPropertyQuery,
    StringPropertyQuery,
)
from xencenter.model.xensearch.saved import builtin_searches
from xencenter.model.xensearch.scope import ObjectTypes
from xencenter.operations.history import OperationStatus
from xencenter.views.search_dialogs import SaveSearchDialog
from xencenter.views.tabs.search_results import CellRole, ItemRole

WAIT = 30_000
SHOTS = Path("/tmp/shots")

#: What the builder steps below make, written by hand from XenCenter's query types.
EXPECTED_FILTER = GroupQuery("And", (
    EnumPropertyQuery(Prop.power_state, POWER_STATE, PowerState.Running, True),
    GroupQuery("Or", (
        StringPropertyQuery(Prop.label, "web", "startswith", False),
        RecursiveXMOPropertyQuery(Prop.pool, "pool", StringPropertyQuery(Prop.label, "Synthetic", "contains",
                                                                         False)),
    )),
))
EXPECTED_GROUPING = XenModelObjectPropertyGrouping(Prop.pool, "pool", subgrouping=PropertyGrouping(Prop.os_name))


def sdk_gui_config(launch) -> dict[str, str]:
    server = launch.demo_servers[0]
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password(DEMO_USER, DEMO_PASSWORD, "1.0", "tests")
    try:
        [pool] = session.xenapi.pool.get_all()
        return session.xenapi.pool.get_gui_config(pool)
    finally:
        session.xenapi.session.logout()


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def line(page, row):
    found = page.searcher.filters.line_of(row)
    assert found is not None
    return found


def search_tab(qtbot, window):
    """Select the pool and show the Search tab with its results."""
    window.navigation.tree.setCurrentIndex(window.navigation.model.index(0, 0))
    qtbot.waitUntil(lambda: window.tabs.indexOf(window.search_page) >= 0, timeout=WAIT)
    window.tabs.setCurrentWidget(window.search_page)
    page = window.search_page
    qtbot.waitUntil(lambda: page.result is not None and page.result.search.name.endswith("Overview"), timeout=WAIT)
    return page


def build_nested_search(qtbot, page) -> None:
    """As a user would: New Search, then All of (power state is Running, Any of (name starts with web, pool's
    name contains Synthetic)), grouped by pool then operating system."""
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.searcher.isVisible() and page.searcher.scope_button.types == ObjectTypes.VM
    filters = page.searcher.filters
    choose(line(page, filters.root).type_combo, "All of the following:")
    first = filters.root.rows[0]
    choose(line(page, first).type_combo, "Power state")
    choose(line(page, first).value_widget, "Running")
    second = filters.root.rows[1]
    choose(line(page, second).type_combo, "Any of the following:")
    name = second.rows[0]
    choose(line(page, name).type_combo, "Name")
    choose(line(page, name).operator_combo, "starts with")
    qtbot.keyClicks(line(page, name).value_widget, "web")
    pool = second.rows[1]
    choose(line(page, pool).type_combo, "Pool")
    sub = pool.rows[0]
    choose(line(page, sub).type_combo, "Name")
    edit = line(page, sub).value_widget
    assert isinstance(edit, QLineEdit)
    qtbot.keyClicks(edit, "Synthetic")
    bar = page.searcher.grouping_bar
    for label in ("Pool", "Operating System"):
        bar.more.menu().aboutToShow.emit()
        action = next(a for a in bar.more.menu().actions() if a.text() == label)
        action.trigger()
    assert [b.text().split()[0] for b in bar.buttons] == ["Pool", "Operating"]


def test_the_query_builder_saves_a_nested_search_as_xencenter_writes_it(qtbot, demo, monkeypatch):
    window, connection, launch, _, _ = demo
    page = search_tab(qtbot, window)
    assert len(page.model.columns) >= 7
    build_nested_search(qtbot, page)
    qtbot.waitUntil(lambda: page.result is not None and page.result.search.query.filter == EXPECTED_FILTER
                    and page.result.search.grouping == EXPECTED_GROUPING, timeout=WAIT)
    cache = connection.cache
    expected_vms = {vm.name for vm in cache.all("VM") if vm.is_real_vm and vm.power_state == "Running"}
    listed = {row.label for _, row in page.result.walk() if row.item is not None and row.item.cls == "VM"}
    assert listed == expected_vms  # every running VM: each is in the pool called "Synthetic pool"
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "search-builder-nested.png"))

    def answer(dialog):
        dialog.name_edit.setText("Running web, by pool and OS")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(SaveSearchDialog, "exec", answer)
    before = set(sdk_gui_config(launch))
    qtbot.mouseClick(page.searcher.save_button, Qt.MouseButton.LeftButton)
    history = window.context.history
    qtbot.waitUntil(lambda: any(op.title.startswith("Saving search") and op.status is OperationStatus.SUCCESS
                                for op in history.operations()), timeout=WAIT)
    stored = sdk_gui_config(launch)
    [key] = set(stored) - before
    assert key.startswith("xensearch.Search-")
    uuid = key.removeprefix("xensearch.Search-")
    saved = parse_search(stored[key])
    assert (saved.uuid, saved.name) == (uuid, "Running web, by pool and OS")
    assert saved.query.scope.types == ObjectTypes.VM
    assert saved.query.filter == EXPECTED_FILTER and saved.grouping == EXPECTED_GROUPING
    # the very XML the tab's search makes, as XenCenter's Search.GetXML writes it
    assert stored[key] == search_xml(replace(page.current_search(), name=saved.name, uuid=uuid))
    assert ET.fromstring(stored[key]).find("columns") is not None  # the columns on screen travel with it

    # the Saved Searches view lists it; choosing it shows its results in the tree and the tab
    nav = window.navigation
    nav.set_view("saved_searches")
    qtbot.waitUntil(lambda: nav.model.index_of_path((("search", uuid),)).isValid(), timeout=WAIT)
    nav.tree.setCurrentIndex(nav.model.index_of_path((("search", uuid),)))
    qtbot.waitUntil(lambda: nav.model.rowCount(nav.model.index_of_path((("search", uuid),))) > 0, timeout=WAIT)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Search", "Events"]
    qtbot.waitUntil(lambda: page.result is not None and page.result.search.uuid == uuid, timeout=WAIT)
    pools = [nav.model.index(r, 0, nav.model.index_of_path((("search", uuid),))).data()
             for r in range(nav.model.rowCount(nav.model.index_of_path((("search", uuid),))))]
    assert pools == ["Synthetic pool"]
    window.grab().save(str(SHOTS / "search-saved-view.png"))

    # delete it (confirmed): gone from the pool for the SDK too
    monkeypatch.setattr(window.context.prompter, "confirm", lambda *args, **kwargs: True)
    page.run_command("search.delete", search=uuid)
    qtbot.waitUntil(lambda: key not in sdk_gui_config(launch), timeout=WAIT)


def test_usage_bars_come_from_the_hosts_rrds(qtbot, demo):
    window, connection, _, _, _ = demo
    page = search_tab(qtbot, window)
    columns = page.model.columns
    cpu, memory = columns.index("cpu"), columns.index("memory")

    def cells_of(cls: str, column: int):
        found = []
        stack = [page.model.index(r, 0) for r in range(page.model.rowCount())]
        while stack:
            index = stack.pop()
            item = page.model.result_row(index).item if page.model.result_row(index) else None
            if item is not None and item.cls == cls:
                found.append((item, page.model.index(index.row(), column, index.parent()).data(CellRole)))
            stack.extend(page.model.index(r, 0, index) for r in range(page.model.rowCount(index)))
        return found

    def figures_in() -> bool:
        running = [cell for vm, cell in cells_of("VM", cpu) if vm.power_state == "Running"]
        return bool(running) and sum(1 for cell in running if cell.bar and cell.bar > 0) >= len(running) // 2
    qtbot.waitUntil(figures_in, timeout=WAIT)
    for vm, cell in cells_of("VM", cpu):
        if vm.power_state == "Running":
            count = vm.metrics.VCPUs_number
            assert cell.text.endswith(f"of {count} CPU" + ("s" if count > 1 else "")) and cell.bar is not None
        else:
            assert cell.text == "" and cell.bar is None
    hosts = cells_of("host", cpu)
    assert hosts and all(c.text.endswith("of 32 CPUs") and c.bar is not None for _, c in hosts)
    assert all(c.bar is not None and " of " in c.text for _, c in cells_of("host", memory))
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "search-usage-bars.png"))


def test_export_and_import(qtbot, demo, tmp_path, monkeypatch):
    window, _, _, _, _ = demo
    page = search_tab(qtbot, window)
    path = tmp_path / "overview.xensearch"
    monkeypatch.setattr(window.context.dialogs, "search_file", lambda context, save, suggested: str(path))
    page.run_command("search.export")
    text = path.read_text()
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE xensearch')
    exported = parse_search(ET.tostring(ET.fromstring(text)[0], encoding="unicode"))
    assert exported.name == "Synthetic pool: Overview" and exported.grouping == page.current_search().grouping
    by_os = next(s for s in builtin_searches() if s.name == "VMs by Operating System")
    other = tmp_path / "by-os.xensearch"
    other.write_text(export_xml([by_os]))
    monkeypatch.setattr(window.context.dialogs, "search_file", lambda context, save, suggested: str(other))
    window.actions_by_id["search.import"].trigger()  # File > Import Search...
    qtbot.waitUntil(lambda: page.result is not None and page.result.search.name == "VMs by Operating System",
                    timeout=WAIT)
    assert window.tabs.currentWidget() is page
    assert all(row.grouping == by_os.grouping for row in page.result.rows if row.item is None)


@pytest.mark.parametrize("text", ["<Search>not a search", ""])
def test_importing_something_else_says_so(qtbot, demo, tmp_path, monkeypatch, text):
    window, _, _, _, _ = demo
    bad = tmp_path / "bad.xensearch"
    bad.write_text(text)
    errors = []
    monkeypatch.setattr(window.context.prompter, "show_error", lambda *args: errors.append(args))
    window.context.commands["search.import"].run([], window.context, file=str(bad))
    assert errors and "was unable to import a saved search from file" in errors[0][1]


def test_double_clicking_a_result_selects_it_in_the_tree(qtbot, demo):
    window, connection, _, _, _ = demo
    page = search_tab(qtbot, window)
    model = page.model
    found = next(model.index(r, 0, parent) for parent in model.branch_indexes() for r in range(model.rowCount(parent))
                 if (item := model.index(r, 0, parent).data(ItemRole)) is not None and item.cls == "VM")
    vm = found.data(ItemRole)
    page.view.doubleClicked.emit(found)
    qtbot.waitUntil(lambda: [o.ref for o in window.navigation.selection()] == [vm.ref], timeout=WAIT)
    with qtbot.waitSignal(window.navigation.model.updated, timeout=WAIT):
        window.navigation.set_view("tags")  # a VM without tags is not in this view: Infrastructure shows it
    window.tabs.setCurrentWidget(window.search_page)
    qtbot.waitUntil(lambda: page.result is not None, timeout=WAIT)
    untagged = next(v for v in connection.cache.all("VM") if v.is_real_vm and not v.tags)
    page.object_activated.emit(untagged)
    qtbot.waitUntil(lambda: window.navigation.model.view == "infrastructure"
                    and [o.ref for o in window.navigation.selection()] == [untagged.ref], timeout=WAIT)


def test_the_view_menu_opens_a_saved_search(qtbot, demo):
    window, _, _, _, _ = demo
    view = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    saved = next(a.menu() for a in view.actions() if a.menu() is not None and a.text() == "Saved &Searches")
    saved.aboutToShow.emit()
    names = [a.text() for a in saved.actions() if not a.isSeparator()]
    assert names == sorted((s.name for s in builtin_searches("XCP-ng Tools")), key=str.casefold)
    next(a for a in saved.actions() if a.text() == "VMs by Power State").trigger()
    nav, page = window.navigation, window.search_page
    assert nav.model.view == "saved_searches"
    qtbot.waitUntil(lambda: nav.selected_search() == "dead-beef-1234-vmsbyps", timeout=WAIT)
    qtbot.waitUntil(lambda: page.result is not None and page.result.search.uuid == "dead-beef-1234-vmsbyps",
                    timeout=WAIT)
    tops = [page.model.index(r, 0) for r in range(page.model.rowCount())]
    assert {i.data() for i in tops} == {"Power state"}  # each group: its grouping's name, then the value
    assert {"Running", "Halted"} <= {i.data(CellRole).second for i in tops}


def test_a_right_click_on_result_rows_offers_their_commands_and_runs_them_on_those_rows(qtbot, demo, monkeypatch):
    window, connection, _, _, _ = demo
    page = search_tab(qtbot, window)
    model = page.model
    rows = [model.index(r, 0, parent) for parent in model.branch_indexes() for r in range(model.rowCount(parent))]
    found = next(i for i in rows if (item := i.data(ItemRole)) is not None and item.cls == "VM"
                 and item.power_state == "Running")
    vm = found.data(ItemRole)
    page.view.scrollTo(found)
    asked = []
    page.rows_menu_requested.disconnect(window._on_search_rows_menu)  # no popup offscreen
    page.rows_menu_requested.connect(lambda objects, where: asked.append(objects))
    page._on_rows_menu(page.view.visualRect(found).center())
    assert [o.ref for o in asked[0]] == [vm.ref], "a right-click selects the row it is on"
    assert window.navigation.selection() != [vm]
    menu = window.search_rows_menu(asked[0])
    actions = {a.text().replace("&", ""): a for a in menu.actions() if not a.isSeparator()}
    assert not actions["Start"].isEnabled() and actions["Shut Down"].isEnabled()
    assert actions["Start"].toolTip() == window.commands.get("vm.start").reason([vm])
    monkeypatch.setattr(window.context.prompter, "confirm", lambda *args, **kwargs: True)
    actions["Shut Down"].trigger()
    qtbot.waitUntil(lambda: connection.cache.get("VM", vm.ref).power_state == "Halted", timeout=WAIT)
