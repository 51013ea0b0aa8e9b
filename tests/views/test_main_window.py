"""The window in demo mode, as ``python main.py --demo`` builds it: a real simulator child process, no dialog,
throwaway settings; then screenshots, menus and toolbar following the selection, and a lifecycle command
from the toolbar whose result reaches the tree through events alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from xencenter.app import build_window
from xencenter.connection import ConnectionState
from xencenter.model.virtualization import VirtualizationFlag, virtualization_status
from xencenter.settings import CONFIG_DIR_ENV
from xencenter.views.tree_model import IconKeyRole, KindRole

# The offscreen platform says so whenever a top-level window's size limits change; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SHOTS = Path(os.environ.get("XENCENTER_SHOTS", "/tmp/shots"))
WAIT = 30_000


def vm_without_tools(connection):
    return next(vm for vm in sorted(connection.cache.all("VM"), key=lambda v: v.name)
                if vm.is_real_vm and vm.power_state == "Running"
                and virtualization_status(vm).flags == VirtualizationFlag.NOT_INSTALLED)


def grab(window, tmp_path: Path, name: str) -> QImage:
    image = window.grab().toImage()
    for directory in (tmp_path, SHOTS):
        directory.mkdir(parents=True, exist_ok=True)
        assert image.save(str(directory / f"{name}.png"))
    return image


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_demo_window_screenshot_with_a_vm_without_tools(qtbot, demo, tmp_path):
    window, connection, _, user_config, demo_dir = demo
    assert "Demo" in window.windowTitle()
    navigation = window.navigation
    navigation.tree.expandAll()
    vm = vm_without_tools(connection)
    assert navigation.select_object(navigation.connections.key(connection), vm.ref)
    qtbot.waitUntil(lambda: window.tabs.count() > 1 and window.tabs.tabText(0) == "General", timeout=WAIT)
    assert window.title_band.title.text() == vm.name
    qtbot.wait(300)  # let the pages paint
    image = grab(window, tmp_path, "main_window_vm_without_tools")
    assert image.width() >= 1000 and image.height() >= 600
    assert distinct_colours(image) > 40, "the window looks empty"
    assert (tmp_path / "main_window_vm_without_tools.png").stat().st_size > 20_000

    assert not window.actions_by_id["vm.start"].isEnabled()
    assert f"'{vm.name}' is running." in window.actions_by_id["vm.start"].toolTip()
    assert window.actions_by_id["vm.force-shutdown"].isEnabled()
    assert window.toolbar_actions["vm.shutdown"].isVisible() and not window.toolbar_actions["vm.start"].isVisible()

    navigation.set_view("objects")
    qtbot.waitUntil(lambda: navigation.model.index(0, 0).data() == "Pools", timeout=WAIT)
    navigation.tree.expandAll()
    grab(window, tmp_path, "main_window_objects_view")

    assert (demo_dir / "certificates.json").exists(), "the demo pins its certificate in its own directory"
    assert not user_config.exists(), "the demo must not touch the user's settings"


def test_start_from_the_toolbar_changes_the_icon_and_the_status_bar(qtbot, demo, tmp_path):
    window, connection, *_ = demo
    navigation = window.navigation
    vm = next(v for v in sorted(connection.cache.all("VM"), key=lambda v: v.name)
              if v.is_real_vm and v.power_state == "Halted" and not v.hidden)
    source = navigation.connections.key(connection)
    assert navigation.select_object(source, vm.ref)
    qtbot.waitUntil(lambda: window.toolbar_actions["vm.start"].isEnabled(), timeout=WAIT)
    assert window.toolbar_actions["vm.start"].isVisible()
    window.toolbar_actions["vm.start"].trigger()
    qtbot.waitUntil(lambda: window.status_area.label.text().startswith(f"Starting VM '{vm.name}'"), timeout=WAIT)

    def icon() -> str | None:
        rows = navigation.model.indexes_of(source, vm.ref)
        return rows[0].data(IconKeyRole) if rows else None

    general = window.tabs.widget(0)
    assert window.tabs.tabText(0) == "General"

    def general_labels() -> list[str]:
        return [label.text() for label in general.findChildren(QLabel) if label.isVisibleTo(general)]

    assert not any(text.startswith("Time since startup") for text in general_labels())
    qtbot.waitUntil(lambda: icon() == "vm:running", timeout=WAIT)
    qtbot.waitUntil(lambda: any(t.startswith("Time since startup") for t in general_labels()), timeout=WAIT)
    qtbot.waitUntil(lambda: "completed" in window.status_area.label.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: [o.ref for o in navigation.selection()] == [vm.ref], timeout=WAIT)
    qtbot.waitUntil(lambda: window.toolbar_actions["vm.shutdown"].isVisible(), timeout=WAIT)
    assert not window.toolbar_actions["vm.start"].isVisible()
    qtbot.wait(200)  # the toolbar lays its buttons out again on its next event
    grab(window, tmp_path, "main_window_after_start")


def test_context_menu_lists_the_commands_of_the_selection(qtbot, demo):
    window, connection, *_ = demo
    navigation = window.navigation
    host = min(connection.cache.all("host"), key=lambda h: h.name)
    assert navigation.select_object(navigation.connections.key(connection), host.ref)
    menu = window.context_menu()
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert "Enter Maintenance Mode..." in texts and "Reboot Server..." in texts
    assert "Start" not in texts and "Disconnect" in texts
    enabled = {a.text().replace("&", ""): a.isEnabled() for a in menu.actions()}
    assert enabled["Enter Maintenance Mode..."] and not enabled["Exit Maintenance Mode"]


def test_properties_and_a_disconnected_server(qtbot, demo, tmp_path):
    from xencenter.views.properties_dialog import PropertiesDialog

    window, connection, *_ = demo
    navigation = window.navigation
    source = navigation.connections.key(connection)
    vm = next(v for v in sorted(connection.cache.all("VM"), key=lambda v: v.name) if v.is_real_vm)
    assert navigation.select_object(source, vm.ref)
    window.actions_by_id["vm.properties"].trigger()
    dialogs = window.findChildren(PropertiesDialog)
    assert len(dialogs) == 1 and dialogs[0].vm.ref == vm.ref
    dialogs[0].reject()

    navigation.tree.setCurrentIndex(navigation.model.index(0, 0))
    window.actions_by_id["server.disconnect"].trigger()
    qtbot.waitUntil(lambda: connection.state is ConnectionState.DISCONNECTED, timeout=WAIT)
    qtbot.waitUntil(lambda: window.tabs.count() >= 1 and window.tabs.widget(0) is window.server_page, timeout=WAIT)
    assert window.server_page.heading.text() == "Synthetic pool" or window.server_page.heading.text()
    assert window.server_page.button.isVisible() and window.actions_by_id["server.reconnect"].isEnabled()
    assert navigation.model.index(0, 0).data(IconKeyRole) == "connection:disconnected"
    qtbot.wait(100)
    grab(window, tmp_path, "main_window_disconnected")


def test_saved_servers_come_back_at_start(qtbot, small_pool, tmp_path, monkeypatch):
    """``python main.py``: reconnect-at-start servers connect in the background (password from the keyring);
    the others wait in the tree, greyed, under their saved name."""
    import keyring
    from live_helpers import PASSWORD, USER

    from tests.live import MemoryKeyring
    from xencenter.settings import SavedServer, Settings
    from xencenter.xenapi.address import ServerAddress

    config = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(config))
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        settings = Settings.load(config, keyring_backend=memory)
        address = ServerAddress.parse(small_pool.url)
        settings.trust.trust(address, small_pool.fingerprint)
        settings.remember(SavedServer(str(address), USER, "Lab pool", reconnect_at_start=True,
                                      remember_password=True), PASSWORD)
        settings.servers.upsert(SavedServer("192.0.2.1:9", USER, "Old lab"))
        launch = build_window()
        window = launch.window
        qtbot.addWidget(window)
        try:
            window.show()
            launch.start()
            connections = list(window.context.connections)
            assert [window.context.connections.label(c) for c in connections] == ["Lab pool", "Old lab"]
            qtbot.waitUntil(lambda: connections[0].state is ConnectionState.CONNECTED, timeout=WAIT)
            model = window.navigation.model
            qtbot.waitUntil(lambda: model.rowCount() == 2 and model.index(0, 0).data(KindRole) == "pool",
                            timeout=WAIT)
            second = model.index(1, 0)
            assert second.data() == "Old lab" and second.data(IconKeyRole) == "connection:disconnected"
            assert connections[1].state is ConnectionState.DISCONNECTED
            assert "Demo" not in window.windowTitle()
        finally:
            window.close()
            launch.stop()
    finally:
        keyring.set_keyring(previous)


def test_changing_the_tab_set_refreshes_only_pages_of_the_new_selection(qtbot, demo):
    """Removing the current tab makes a neighbour current; a hidden page shown that way must never redraw
    for the selection it had (selecting a VM after the pool used to rebuild the pool's Memory and Search
    pages on the way)."""
    window, connection, *_ = demo
    navigation = window.navigation
    source = navigation.connections.key(connection)
    refreshed: list[tuple[str, list[str]]] = []
    for page in window.pages:
        def spy(page=page, draw=page.refresh):
            refreshed.append((page.title, [obj.ref for obj in page.current()]))
            draw()
        page.refresh = spy

    def shown_pages() -> list:
        return [window.tabs.widget(i) for i in range(window.tabs.count())]

    def select(obj) -> None:
        refreshed.clear()
        assert navigation.select_object(source, obj.ref)
        wanted = [p for p in window.pages if p.applies_to([obj])]
        assert shown_pages() == wanted, "the tabs are the applicable pages in XenCenter's order"
        assert all(refs == [obj.ref] for _, refs in refreshed), refreshed

    pool = connection.cache.pool()
    vm = next(v for v in sorted(connection.cache.all("VM"), key=lambda v: v.name) if v.is_real_vm)
    select(pool)
    window.tabs.setCurrentWidget(next(p for p in window.pages if p.title == "General"))
    for page in shown_pages():  # every pool page is now out of date but hidden, except General
        window.tabs.setCurrentWidget(page)
    window.tabs.setCurrentIndex(0)
    select(vm)
    assert window.tabs.currentWidget().title == "General"
    assert [title for title, _ in refreshed] == ["General"], "hidden pages wait until they are shown"
    window.tabs.setCurrentWidget(next(p for p in window.pages if p.title == "Memory"))
    assert refreshed[-1] == ("Memory", [vm.ref])

    console = next(p for p in window.pages if p.title == "Console")
    window.tabs.setCurrentWidget(console)
    select(pool)  # the pool has no Console tab: the first tab becomes current
    assert window.tabs.currentIndex() == 0 and console not in shown_pages()
    assert [title for title, _ in refreshed] == [window.tabs.currentWidget().title]


def test_every_running_vm_and_host_of_the_demo_shows_performance_graphs(qtbot, demo, tmp_path):
    """Each host is served on its own loopback address and vouched for by the pool: no certificate question,
    nothing reached beyond loopback (the suite's guard fails the test otherwise), graphs for all."""
    window, connection, *_ = demo
    navigation = window.navigation
    source = navigation.connections.key(connection)
    page = next(p for p in window.pages if p.title == "Performance")
    machines = [*sorted(connection.cache.all("host"), key=lambda h: h.name),
                *sorted((vm for vm in connection.cache.all("VM") if vm.is_real_vm and vm.power_state == "Running"),
                        key=lambda vm: vm.name)]
    hosts_of_vms = {vm.resident_on.ref for vm in machines if vm.cls == "VM"}
    assert len(hosts_of_vms) > 1, "the demo's running VMs are spread over several hosts"
    for machine in machines:
        assert navigation.select_object(source, machine.ref)
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda: bool(page.graph_widgets) and page.data is not None and page.data.uuid == machine.uuid,
                        timeout=WAIT)
        assert not page.message.isVisible(), page.message.text()
    grab(window, tmp_path, "performance_of_a_vm_on_a_member")


def test_the_memory_tab_edit_button_opens_the_properties_at_memory(qtbot, demo):
    """Tabs only run commands: Edit runs vm.properties, whose dialog opens on its Memory page."""
    window, connection, *_ = demo
    vm = vm_without_tools(connection)
    navigation = window.navigation
    assert navigation.select_object(navigation.connections.key(connection), vm.ref)
    page = next(p for p in window.pages if p.title == "Memory")
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.edit_button.isVisible() and page.edit_button.isEnabled(), timeout=WAIT)
    page.edit_button.click()
    dialogs = window.context.dialogs.open_dialogs
    qtbot.waitUntil(lambda: bool(dialogs) and dialogs[-1].isVisible(), timeout=WAIT)
    dialog = dialogs[-1]
    assert dialog.vm.ref == vm.ref
    assert dialog.page_titles()[dialog.pages.currentRow()] == "Memory"
    dialog.reject()


def test_the_snapshots_tab_shows_the_tree_with_readable_columns(qtbot, demo, tmp_path):
    """XenCenter's snapshot tree: each snapshot under the one the VM ran from, "Now" where the VM is; columns
    wide enough for what they hold."""
    window, connection, *_ = demo
    vm = next(v for v in connection.cache.all("VM") if v.is_real_vm and len(v.snapshots) == 3)
    navigation = window.navigation
    assert navigation.select_object(navigation.connections.key(connection), vm.ref)
    page = next(p for p in window.pages if p.title == "Snapshots")
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1, timeout=WAIT)
    first = page.tree.topLevelItem(0)
    names = sorted(s.name for s in vm.snapshots)
    assert first.text(0) == names[0]
    branches = sorted(first.child(i).text(0) for i in range(first.childCount()))
    assert branches == names[1:], "the second and third were taken from the first (a revert in between)"
    newest = next(first.child(i) for i in range(first.childCount()) if first.child(i).text(0) == names[2])
    assert newest.childCount() == 1 and newest.child(0).text(0) == "Now"
    qtbot.wait(100)
    tree, header = page.tree, page.tree.header()
    for column in range(tree.columnCount() - 1):  # the last one stretches
        assert header.sectionSize(column) >= tree.sizeHintForColumn(column), tree.headerItem().text(column)
    grab(window, tmp_path, "snapshots_tree")


def test_toolbar_menus_and_context_menu_agree(qtbot, demo):
    """One command, one enablement: whatever the selection, a command the toolbar shows is enabled there exactly
    when its menu item is, and the context menu offers the same action (a selected host's Reboot included)."""
    window, connection, *_ = demo
    navigation = window.navigation
    navigation.tree.expandAll()
    cache = connection.cache
    key = navigation.connections.key(connection)
    running = next(v for v in cache.all("VM") if v.is_real_vm and v.power_state == "Running")
    halted = next(v for v in cache.all("VM") if v.is_real_vm and v.power_state == "Halted")
    host = min(cache.all("host"), key=lambda h: h.name)
    sr = next(s for s in cache.all("SR") if s.shared and s.content_type != "iso")
    for obj in (host, running, halted, cache.pool(), sr):
        assert navigation.select_object(key, obj.ref)
        qtbot.waitUntil(lambda o=obj: [s.ref for s in navigation.selection()] == [o.ref], timeout=WAIT)
        window.command_actions.refresh(navigation.selection())
        shown = {cid: a for cid, a in window.toolbar_actions.items() if a.isVisible()}
        for cid, action in shown.items():
            assert action.isEnabled() == window.actions_by_id[cid].isEnabled(), (obj.name, cid)
        menu = window.command_actions.context_menu(navigation.selection(), window)
        offered = {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if not a.isSeparator()}
        for cid, action in shown.items():
            text = window.actions_by_id[cid].text().replace("&", "")
            if text in offered:
                assert offered[text] == action.isEnabled(), (obj.name, cid)
        menu.deleteLater()
        if obj is host:
            reboot = window.toolbar_actions["host.reboot"]
            assert reboot.isVisible() and reboot.isEnabled() and offered["Reboot Server..."]
            assert not window.toolbar_actions["vm.reboot"].isVisible()
            shutdown = window.toolbar_actions["host.shutdown"]  # Start/Shut Down: a live server's Shut Down
            assert shutdown.isVisible() and shutdown.isEnabled() and offered["Shut Down"]
            assert not window.toolbar_actions["host.power-on"].isVisible()
