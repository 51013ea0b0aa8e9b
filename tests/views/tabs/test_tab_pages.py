"""Every tab page on the synthetic demo pool: which pages apply to which selection (XenCenter's rules),
what each one lists, plain-text names, incremental updates, and screenshots."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from tab_helpers import modify, shoot

from xencenter.commands import default_commands
from xencenter.model.cache import ChangeSet
from xencenter.model.summaries import size_text
from xencenter.operations.history import OperationHistory
from xencenter.views.tabs import TabPage, all_pages
from xencenter.views.tabs.console import ConsolePage
from xencenter.views.tabs.events import EventsPage
from xencenter.views.tabs.memory import MemoryPage
from xencenter.views.tabs.networking import NetworkingPage, NicsPage
from xencenter.views.tabs.snapshots import NOW_KEY, SnapshotsPage
from xencenter.views.tabs.storage import StoragePage
from xencenter.views.tabs.summary import SummaryPage
from xencenter.views.tabs.widgets import CollapsibleSection, SortItem, UsageBar

HTML_NAME = '<b>bold</b> & <a href="x">link</a>'


@pytest.fixture
def full_context():
    return SimpleNamespace(connections=[], history=OperationHistory(), commands=default_commands(), prompter=None)


def pick(cache):
    """One object of every kind the tree can select."""
    vms = sorted((v for v in cache.all("VM") if v.is_real_vm), key=lambda v: v.name)
    return {
        "pool": cache.pool(),
        "host": min(cache.all("host"), key=lambda h: h.name),
        "vm": vms[0],
        "user_template": next(v for v in cache.all("VM") if v.is_user_template),
        "default_template": next(v for v in cache.all("VM") if v.is_default_template),
        "snapshot": next(v for v in cache.all("VM") if v.is_snapshot),
        "sr": next(s for s in cache.all("SR") if s.shared and s.content_type != "iso"),
        "network": next(n for n in cache.all("network") if n.PIFs),
        "multi": vms[:3] + cache.all("host")[:1],
        # a disconnected server in the selection has no cache (the window's ServerItem)
        "multi_with_server": vms[:2] + [SimpleNamespace(cls="connection", name="old pool", ref=None)],
    }


EXPECTED_PAGES = {
    "pool": ["General", "Memory", "Storage", "Networking", "HA", "Users", "Search", "Events"],
    "host": ["General", "Memory", "Storage", "Networking", "NICs", "Console", "Performance", "Search", "Events"],
    "vm": ["General", "Memory", "Storage", "Networking", "Console", "Performance", "Snapshots", "Search",
           "Events"],
    "user_template": ["General", "Memory", "Storage", "Networking", "Search", "Events"],
    "default_template": ["General", "Memory", "Search", "Events"],
    "snapshot": ["General", "Search", "Events"],
    "sr": ["General", "Storage", "Search", "Events"],
    "network": ["General", "Search", "Events"],
    "multi": ["Summary", "Search", "Events"],
    "multi_with_server": ["Summary", "Search", "Events"],
}


@pytest.mark.parametrize("kind", EXPECTED_PAGES)
def test_pages_per_selection(qtbot, full_context, demo_cache, kind):
    pages = all_pages(full_context)
    for page in pages:
        qtbot.addWidget(page)
    assert all(isinstance(p, TabPage) and p.title for p in pages)
    objects = pick(demo_cache)[kind]
    selection = objects if isinstance(objects, list) else [objects]
    assert [p.title for p in pages if p.applies_to(selection)] == EXPECTED_PAGES[kind]


def test_every_page_renders_every_selection_it_accepts(qtbot, host_page, full_context, demo_cache):
    """No page raises or warns on any selection it claims, nor on the selection disappearing."""
    for page in all_pages(full_context):
        host_page(page)
        for objects in pick(demo_cache).values():
            selection = objects if isinstance(objects, list) else [objects]
            if page.applies_to(selection):
                page.set_selection(selection)
                page.on_changes(ChangeSet(changed={(o.cls, o.ref) for o in selection}))
                qtbot.wait(1)
        page.window().close()


# ---- storage, networking, NICs -------------------------------------------------------------------------------


def test_vm_storage_lists_its_disks(host_page, context, demo_cache):
    page = host_page(StoragePage(context))
    vm = pick(demo_cache)["vm"]
    page.set_selection([vm])
    disks = sorted((v for v in vm.VBDs if not v.is_cd), key=lambda v: int(v.userdevice))
    rows = page.table.rows_text()
    assert [r[0] for r in rows] == [v.userdevice for v in disks]
    assert [r[1] for r in rows] == [v.VDI.name for v in disks]
    assert [r[4] for r in rows] == [size_text(v.VDI.virtual_size) for v in disks]
    assert page.dvd.isVisibleTo(page) and page.dvd.label.text() == "DVD Drive 1:"
    drive = next(v for v in vm.VBDs if v.is_cd)
    assert page.dvd.current_disc() == (drive.ref_of("VDI") or "" if not drive.empty else "")


def test_storage_sorts_sizes_as_numbers(host_page, context, demo_cache):
    page = host_page(StoragePage(context))
    page.set_selection([pick(demo_cache)["sr"]])
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    sizes = [item.data(2, SortItem.SORT_ROLE) for item in page.table._display_order()]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) > 1


def test_pool_storage_tells_local_srs_apart(host_page, context, demo_cache):
    """XenCenter's columns, and each host's installer SR named with its host (its tree node is not)."""
    pool = pick(demo_cache)["pool"]
    page = host_page(StoragePage(context))
    page.set_selection([pool])
    header = page.table.headerItem()
    assert [header.text(c) for c in range(page.table.columnCount())] == ["Name", "Description", "Type", "Shared", "Usage", "Size", "Virtual Allocation"]
    rows = {r[0]: r for r in page.table.rows_text()}
    hosts = sorted(h.name for h in demo_cache.all("host"))
    assert [n for n in rows if n.startswith("Local storage")] == sorted(f"Local storage on {h}" for h in hosts)
    local = rows[f"Local storage on {hosts[0]}"]
    assert local[2:4] == ["LVM", "No"] and rows["NFS virtual disk storage"][2:4] == ["NFS", "Yes"]
    assert re.fullmatch(r"\d+% \(.+ used\)", local[4]) and local[5] == "2 TB"
    assert len(rows) == len(page.table.rows_text())  # no two rows alike
    sr = next(s for s in demo_cache.all("SR") if s.name.startswith("Local storage on"))
    assert sr.name_without_host == "Local storage"


def test_pool_networking_has_xencenters_columns(host_page, context, demo_cache):
    """NIC, VLAN, MAC and the link over every host's interface; a private network has none of them."""
    page = host_page(NetworkingPage(context))
    page.set_selection([pick(demo_cache)["pool"]])
    header = page.table.headerItem()
    assert [header.text(c) for c in range(page.table.columnCount())] == [
        "Name", "Description", "NIC", "VLAN", "Auto", "Link Status", "MAC", "MTU", "SR-IOV"]
    rows = {r[0]: r for r in page.table.rows_text()}
    eth0 = rows["Pool-wide network associated with eth0"]
    assert eth0[2:6] == ["NIC 0", "-", "Yes", "Connected"] and re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", eth0[6])
    assert rows["VLAN 100 - Production"][2:7] == ["NIC 1", "100", "No", "Connected", "-"]
    assert rows["Private backup network"][1:9] == ["Virtual machines only, no NIC", "", "-", "No", "<None>", "-",
                                                   "1500", "No"]
    assert "Host internal management network" not in rows
    # one host's NIC loses its carrier: the pool's link is partial, that host's own tab says disconnected
    network = next(n for n in demo_cache.all("network") if n.name == "Pool-wide network associated with eth1")
    pif = network.PIFs[0]
    modify(demo_cache, "PIF_metrics", pif.ref_of("metrics"), carrier=False)
    page.refresh()
    assert {r[0]: r for r in page.table.rows_text()}[network.name][5] == "Partially connected"
    page.set_selection([pif.host])
    assert {r[0]: r for r in page.table.rows_text()}[network.name][5] == "Disconnected"


def test_host_storage_and_networking(host_page, context, demo_cache):
    host = pick(demo_cache)["host"]
    storage = host_page(StoragePage(context))
    storage.set_selection([host])
    names = {r[0] for r in storage.table.rows_text()}
    assert {f"Local storage on {host.name}", "NFS virtual disk storage", "ISO library"} <= names
    networking = host_page(NetworkingPage(context))
    networking.set_selection([host])
    rows = {r[0]: r for r in networking.table.rows_text()}
    assert rows["VLAN 100 - Production"][3] == "100"
    assert rows["VLAN 100 - Production"][5] == "Connected"  # the VLAN's link is its NIC's link
    assert "Host internal management network" not in rows


def test_vm_networking_shows_addresses_per_interface(host_page, context, demo_cache):
    page = host_page(NetworkingPage(context))
    vm = next(v for v in pick(demo_cache).values() if not isinstance(v, list) and v.cls == "VM"
              and v.guest_metrics is not None and v.is_real_vm)
    page.set_selection([vm])
    rows = {r[0]: r for r in page.table.rows_text()}
    assert rows["0"][4] == vm.guest_metrics.networks["0/ip"]
    assert rows["0"][1] == next(v.MAC for v in vm.VIFs if v.device == "0")


def test_nics_names_and_link(host_page, context, demo_cache):
    page = host_page(NicsPage(context))
    host = pick(demo_cache)["host"]
    page.set_selection([host])
    rows = page.table.rows_text()
    assert [r[0] for r in rows] == ["NIC 0", "NIC 1"]
    assert all(r[2] == "Connected" and r[3] == "10000 Mbit/s" and r[4] == "Full" for r in rows)
    pif = next(p for p in host.PIFs if p.device == "eth1" and p.physical)
    modify(demo_cache, "PIF_metrics", pif.ref_of("metrics"), carrier=False)
    page.on_changes(ChangeSet(changed={("PIF_metrics", pif.ref_of("metrics"))}))
    page.refresh()
    assert page.table.rows_text()[1][2] == "Disconnected"


def test_table_cells_are_plain_text(host_page, context, demo_cache):
    vm = pick(demo_cache)["vm"]
    disk = next(v.VDI for v in vm.VBDs if v.VDI is not None)
    modify(demo_cache, "VDI", disk.ref, name_label=HTML_NAME)
    page = host_page(StoragePage(context))
    page.set_selection([vm])
    assert HTML_NAME in [r[1] for r in page.table.rows_text()]


# ---- memory ----------------------------------------------------------------------------------------------------


def test_vm_memory_rows(host_page, context, demo_cache):
    page = host_page(MemoryPage(context))
    vm = next(v for v in demo_cache.all("VM") if v.is_real_vm and v.power_state == "Running")
    page.set_selection([vm])
    texts = {label.text(): [w.text() for w in values] for section in page.content.findChildren(CollapsibleSection)
             for label, values in zip(section.labels, section.values)}
    assert texts["Current memory usage:"] == [size_text(vm.metrics.memory_actual)]
    assert texts["Static maximum:"] == [size_text(vm.memory_static_max)]


def test_host_memory_has_one_bar_per_resident_vm(host_page, context, demo_cache):
    page = host_page(MemoryPage(context))
    host = pick(demo_cache)["host"]
    page.set_selection([host])
    guests = [v for v in host.resident_VMs if not v.is_control_domain]
    bars = page.content.findChildren(UsageBar)
    assert len(bars) == 1 + len(guests)
    host_segments = bars[0].segments
    assert len(host_segments) == 1 + len(guests) and bars[0].total == host.metrics.memory_total


# ---- events --------------------------------------------------------------------------------------------------


def test_events_newest_first_with_progress_and_errors(qtmodeltester, host_page):
    history = OperationHistory()
    first = history.start("Starting VM", "web 1", "pool")
    page = host_page(EventsPage(SimpleNamespace(history=history)))
    second = history.start("Shutting down VM", "db 2", "pool")
    history.progress(second, 0.4)
    qtmodeltester.check(page.model)
    assert [page.model.index(r, 0).data() for r in range(2)] == ["Shutting down VM 'db 2'", "Starting VM 'web 1'"]
    assert page.model.index(0, 2).data() == "In progress (40%)"
    assert page.model.index(0, 2).data(Qt.ItemDataRole.UserRole + 1) == pytest.approx(0.4)
    history.fail(first, "The VM must be running for this, but it is shut down.", "VM_BAD_POWER_STATE")
    assert page.model.index(1, 2).data() == "The VM must be running for this, but it is shut down."
    assert page.model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    page.view.setCurrentIndex(page.model.index(1, 0))
    assert "VM_BAD_POWER_STATE" in page.details.toPlainText()
    history.succeed(second)
    page.clear_button.click()
    assert page.model.rowCount() == 0


# ---- snapshots, console, summary -----------------------------------------------------------------------------


def test_snapshots_tree_and_details(host_page, full_context, demo_cache):
    page = host_page(SnapshotsPage(full_context))
    vm = next(v for v in demo_cache.all("VM") if v.is_real_vm and v.snapshots)
    page.set_selection([vm])
    rows = page.tree.rows_text()
    assert sorted(r[0] for r in rows) == sorted([s.name for s in vm.snapshots] + ["Now"])
    assert "vm.snapshot" in page.buttons.buttons
    snap = vm.snapshots[0]
    item = next(i for i in page.tree._display_order() if i.data(0, page.tree.KEY_ROLE) == snap.ref)
    page.tree.setCurrentItem(item)
    assert page._selected_snapshots()[0].ref == snap.ref
    assert NOW_KEY in [i.data(0, page.tree.KEY_ROLE) for i in page.tree._display_order()]


def test_snapshots_nest_under_their_parent(host_page, context, demo_cache):
    vm = next(v for v in demo_cache.all("VM") if v.is_real_vm and len(v.snapshots) == 2)
    older, newer = sorted(vm.snapshots, key=lambda s: s.snapshot_time)
    modify(demo_cache, "VM", newer.ref, parent=older.ref)
    modify(demo_cache, "VM", vm.ref, parent=newer.ref)
    page = host_page(SnapshotsPage(context))
    page.set_selection([demo_cache.get("VM", vm.ref)])
    top = page.tree.topLevelItem(0)
    assert page.tree.topLevelItemCount() == 1 and top.text(0) == older.name
    assert top.child(0).text(0) == newer.name and top.child(0).child(0).text(0) == "Now"


@pytest.mark.parametrize("power, message", [
    ("Halted", "This VM is shut down; start it to use its console."),
    ("Suspended", "This VM is suspended; resume it to use its console."),
    ("Running", "This VM is running; its console is available."),
])
def test_console_states(host_page, full_context, demo_cache, power, message):
    page = host_page(ConsolePage(full_context))
    vm = next(v for v in demo_cache.all("VM") if v.is_real_vm and v.power_state == power)
    page.set_selection([vm])
    assert page.state_label.text() == message
    if power == "Halted":
        assert list(page.buttons.buttons) == ["vm.start"] and page.buttons.buttons["vm.start"].isEnabled()


def test_summary_counts_and_bulk_commands(host_page, full_context, demo_cache):
    page = host_page(SummaryPage(full_context))
    vms = [v for v in demo_cache.all("VM") if v.is_real_vm]
    running = [v for v in vms if v.power_state == "Running"][:3]
    halted = [v for v in vms if v.power_state == "Halted"][:2]
    server = SimpleNamespace(cls="connection", name="old pool", ref=None)
    page.set_selection(running + halted + demo_cache.all("host")[:1] + [server])
    assert page.rows == [("Servers", "1 (1 live)"), ("Disconnected servers", "1"),
                         ("VMs", "5 (3 running, 2 shut down)")]
    buttons = page.buttons.buttons
    assert buttons["vm.start"].isEnabled() and buttons["vm.shutdown"].isEnabled()
    assert not buttons["host.maintenance-exit"].isEnabled()
    assert "not in maintenance mode" in buttons["host.maintenance-exit"].toolTip()


def test_screenshots(host_page, full_context, demo_cache):
    history = full_context.history
    ok = history.start("Taking snapshot of VM", "dc 2", "Synthetic pool")
    history.succeed(ok)
    failed = history.start("Shutting down VM", "db 20", "Synthetic pool")
    history.fail(failed, "'db 20' must be running for this, but it is shut down.", "VM_BAD_POWER_STATE")
    running = history.start("Starting VM", "web 6", "Synthetic pool")
    history.progress(running, 0.45)
    objects = pick(demo_cache)
    snap_vm = next(v for v in demo_cache.all("VM") if v.is_real_vm and v.snapshots)
    halted = next(v for v in demo_cache.all("VM") if v.is_real_vm and v.power_state == "Halted")
    shots = [
        (MemoryPage, objects["vm"], "memory-vm"), (MemoryPage, objects["host"], "memory-host"),
        (MemoryPage, objects["pool"], "memory-pool"), (StoragePage, objects["vm"], "storage-vm"),
        (StoragePage, objects["sr"], "storage-sr"), (StoragePage, objects["host"], "storage-host"),
        (StoragePage, objects["pool"], "storage-pool"), (NetworkingPage, objects["pool"], "networking-pool"),
        (NetworkingPage, objects["vm"], "networking-vm"), (NetworkingPage, objects["host"], "networking-host"),
        (NicsPage, objects["host"], "nics-host"), (SnapshotsPage, snap_vm, "snapshots-vm"),
        (ConsolePage, halted, "console-halted"),
        (SummaryPage, objects["multi"], "summary-multi"), (EventsPage, objects["vm"], "events"),
    ]
    for page_class, obj, name in shots:
        page = host_page(page_class(full_context))
        page.set_selection(obj if isinstance(obj, list) else [obj])
        shoot(page.window(), name)
        page.window().close()
