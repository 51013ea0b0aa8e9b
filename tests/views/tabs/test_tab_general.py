"""The General tab: XenCenter's texts for every virtualization case, warnings in red, plain-text names,
refresh on relevant changes only, and re-evaluation when the 2-minute grace ends."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QColor, QPalette
from tab_helpers import World, iso, modify, shoot

from xencenter.views.tabs.general import GeneralPage
from xencenter.views.tabs.widgets import WARNING_RED, LinkLabel, ValueLabel, is_warning

WINDOWS = {"HVM_boot_policy": "BIOS order", "platform": {"viridian": "true"}}
TOOLS = "XenServer VM Tools"
READ_MORE = f"Read more about installing {TOOLS}"
LONG_AGO = iso(time.time() - 86400)
UPTODATE = {"PV_drivers_detected": True, "PV_drivers_up_to_date": True,
            "PV_drivers_version": {"major": "9", "minor": "0", "micro": "1", "build": "7"}}


RECENT = "20 seconds before the test runs"  # resolved at call time: collection may be minutes earlier


def make_vm(gm=None, power_state="Running", start_time=LONG_AGO, metrics=True, name="vm", **fields):
    """One VM in a one-host pool with no product brand (so the tools are called XenServer VM Tools)."""
    if start_time == RECENT:
        start_time = iso(time.time() - 20)
    world = World()
    host = world.host("h")
    world.pool(master=host)
    if metrics:
        fields["metrics"] = world.add("VM_metrics", start_time=start_time)
    if gm is not None:
        fields["guest_metrics"] = world.add("VM_guest_metrics", **gm)
    ref = world.vm(name, power_state, resident_on=host if power_state == "Running" else "OpaqueRef:NULL",
                   **fields)
    return world.cache().get("VM", ref)


@pytest.fixture
def general(qtbot, context, host_page):
    page = GeneralPage(context)
    return host_page(page)


def value_widgets(page, label):
    for box in page.sections:
        for name, values in zip(box.labels, box.values):
            if name.text() == f"{label}:":
                return values
    raise AssertionError(f"no row {label!r} in {page.rows_text()}")


def state_lines(page):
    """(text, red, is_link) of each line of the "Virtualization state" row."""
    return [(w.link_text, False, True) if isinstance(w, LinkLabel) else (w.text(), is_warning(w), False)
            for w in value_widgets(page, "Virtualization state")]


CASES = [
    pytest.param({"gm": None}, [(f"{TOOLS} not installed", True, False), (READ_MORE, False, True)],
                 id="linux-not-installed"),
    pytest.param({"gm": {"PV_drivers_detected": True, "PV_drivers_up_to_date": False,
                          "PV_drivers_version": {"major": "1", "minor": "1"}}},
                 [("Tools out of date (version 1.1 installed)", True, False), (READ_MORE, False, True)],
                 id="linux-out-of-date"),
    pytest.param({"gm": UPTODATE}, [("Optimized (version 9.0 installed)", False, False)], id="linux-optimized"),
    pytest.param({"gm": None, "metrics": False}, [("Unknown (please wait)", False, False)], id="no-metrics"),
    pytest.param({"gm": None, "start_time": RECENT}, [("Unknown (please wait)", False, False)],
                 id="linux-grace"),
    pytest.param(dict(gm={"PV_drivers_detected": False}, has_vendor_device=False, **WINDOWS),
                 [("I/O not optimized", False, False), ("Management Agent not installed", False, False),
                  (READ_MORE, False, True), ("Not able to receive updates from Windows Update", False, False)],
                 id="windows-none"),
    pytest.param(dict(gm={"PV_drivers_detected": True}, has_vendor_device=True, **WINDOWS),
                 [("I/O optimized", False, False), ("Management Agent not installed", False, False),
                  (READ_MORE, False, True), ("Able to receive updates from Windows Update", False, False)],
                 id="windows-io-only"),
    pytest.param(dict(gm={"PV_drivers_detected": False, "other": {"feature-static-ip-setting": "1"}},
                      has_vendor_device=False, **WINDOWS),
                 [("I/O not optimized", False, False), ("Management Agent installed", False, False),
                  (READ_MORE, False, True), ("Not able to receive updates from Windows Update", False, False)],
                 id="windows-management-only"),
    pytest.param(dict(gm={"PV_drivers_detected": True, "other": {"feature-static-ip-setting": "1"}},
                      has_vendor_device=True, **WINDOWS),
                 [("I/O optimized", False, False), ("Management Agent installed", False, False),
                  ("Able to receive updates from Windows Update", False, False)],
                 id="windows-both"),
    pytest.param(dict(gm={"PV_drivers_detected": False}, start_time=RECENT, has_vendor_device=False,
                      **WINDOWS),
                 [("Unknown (please wait)", False, False),
                  ("Not able to receive updates from Windows Update", False, False)],
                 id="windows-grace"),
    pytest.param(dict(gm=None, power_state="Halted", has_vendor_device=True, **WINDOWS),
                 [("Able to receive updates from Windows Update", False, False)], id="windows-halted"),
]


@pytest.mark.parametrize("setup, expected", CASES)
def test_virtualization_state_lines(general, setup, expected):
    general.set_selection([make_vm(**setup)])
    assert state_lines(general) == expected


def test_halted_linux_vm_has_no_virtualization_row(general):
    general.set_selection([make_vm(gm=UPTODATE, power_state="Halted")])
    assert "Virtualization state" not in [label for _, label, _ in general.rows_text()]


def test_agent_version_shown_when_known(general):
    general.set_selection([make_vm(gm=UPTODATE)])
    assert [w.text() for w in value_widgets(general, "Agent version")] == ["9.0.1 build 7"]


def test_xcp_ng_agent_without_static_ip_feature_counts_as_installed(general):
    gm = {"PV_drivers_detected": True, "PV_drivers_version": {"major": "9", "minor": "3", "build": "48"}}
    general.set_selection([make_vm(gm=gm, **WINDOWS)])
    assert [t for t, _, _ in state_lines(general)][:2] == ["I/O optimized", "Management Agent installed"]


def test_warnings_are_painted_red(general):
    general.set_selection([make_vm(gm=None)])
    warning, link = value_widgets(general, "Virtualization state")
    warning.ensurePolished()
    assert warning.palette().color(QPalette.ColorRole.WindowText) == QColor(WARNING_RED)
    assert WARNING_RED in warning.styleSheet()
    name = value_widgets(general, "Name")[0]
    name.ensurePolished()
    assert name.palette().color(QPalette.ColorRole.WindowText) != QColor(WARNING_RED)
    assert "https://" in link.text()


def test_brand_names_the_tools(general, demo_cache):
    vm = next(v for v in demo_cache.all("VM") if v.is_real_vm and v.power_state == "Running"
              and v.guest_metrics is None and not v.is_hvm and v.start_time and time.time() - v.start_time.timestamp() > 300)
    general.set_selection([vm])
    assert state_lines(general)[0] == ("XCP-ng Tools not installed", True, False)


def test_grace_end_re_evaluates_without_any_event(general, qtbot):
    vm = make_vm(gm=None, start_time=iso(time.time() - 119))
    general.set_selection([vm])
    assert state_lines(general)[0][0] == "Unknown (please wait)"
    assert general.grace_timer.isActive() and general.grace_timer.remainingTime() < 2500
    qtbot.waitUntil(lambda: state_lines(general)[0][0] == f"{TOOLS} not installed", timeout=5000)
    assert not general.grace_timer.isActive()


def test_html_in_names_is_shown_literally(general):
    name = '<b>bold</b> <a href="x">link</a> &amp; <img src=x>'
    vm = make_vm(gm=UPTODATE, name=name, name_description="<i>desc</i>", tags=["<u>tag</u>"])
    general.set_selection([vm])
    shown = {label: value for _, label, value in general.rows_text()}
    assert shown["Name"] == name and shown["Description"] == "<i>desc</i>" and shown["Tags"] == "<u>tag</u>"
    for values in (value_widgets(general, "Name"), value_widgets(general, "Description")):
        assert all(isinstance(v, ValueLabel) and v.textFormat().name == "PlainText" for v in values)
    assert general.header.title.textFormat().name == "PlainText"


def test_values_are_selectable_and_copyable(general):
    vm = make_vm(gm=UPTODATE)
    general.set_selection([vm])
    uuid = value_widgets(general, "UUID")[0]
    assert uuid.textInteractionFlags() & uuid.textInteractionFlags().TextSelectableByMouse
    assert uuid.copy_text() == vm.uuid
    uuid.setSelection(0, 8)
    assert uuid.copy_text() == vm.uuid[:8]


def test_refreshes_on_its_objects_changes_only(general, qtbot, demo_cache):
    vms = [v for v in demo_cache.all("VM") if v.is_real_vm]
    vm, other = vms[0], vms[1]
    general.set_selection([vm])
    calls = []
    original = general.refresh
    general.refresh = lambda: (calls.append(1), original())
    changes = demo_cache.apply([])  # empty
    general.on_changes(changes)
    modify(demo_cache, "VM", other.ref, name_label="elsewhere")
    from xencenter.model.cache import ChangeSet
    general.on_changes(ChangeSet(changed={("VM", other.ref)}))
    qtbot.wait(20)
    assert calls == []
    modify(demo_cache, "VM", vm.ref, name_label="renamed")
    general.on_changes(ChangeSet(changed={("VM", vm.ref)}))
    qtbot.waitUntil(lambda: calls == [1])
    assert {label: value for _, label, value in general.rows_text()}["Name"] == "renamed"
    if vm.metrics is not None:
        general.on_changes(ChangeSet(changed={("VM_metrics", vm.ref_of("metrics"))}))
        qtbot.waitUntil(lambda: len(calls) == 2)


def test_guest_metrics_change_updates_the_state(general, qtbot):
    vm = make_vm(gm={"PV_drivers_detected": True, "PV_drivers_up_to_date": False,
                     "PV_drivers_version": {"major": "1", "minor": "1"}})
    general.set_selection([vm])
    gm_ref = vm.ref_of("guest_metrics")
    modify(vm.cache, "VM_guest_metrics", gm_ref, PV_drivers_up_to_date=True)
    from xencenter.model.cache import ChangeSet
    general.on_changes(ChangeSet(changed={("VM_guest_metrics", gm_ref)}))
    qtbot.waitUntil(lambda: state_lines(general) == [("Optimized (version 1.1 installed)", False, False)])


def test_sections_fold_and_stay_folded(general, demo_cache):
    host = demo_cache.all("host")[0]
    general.set_selection([host])
    titles = [box.title for box in general.sections]
    assert titles == ["General", "Management Interfaces", "Memory", "Version Details", "License Details", "CPUs"]
    general.sections[1].header.click()
    assert not general.sections[1].body.isVisible()
    general.set_selection([demo_cache.all("host")[1]])
    assert not general.sections[1].expanded and general.sections[0].expanded


def test_applies_to(context, demo_cache):
    page = GeneralPage(context)
    vm = next(v for v in demo_cache.all("VM") if v.is_real_vm)
    for obj in (vm, demo_cache.pool(), demo_cache.all("host")[0], demo_cache.all("SR")[0],
                demo_cache.all("network")[0]):
        assert page.applies_to([obj])
    assert not page.applies_to([vm, demo_cache.all("host")[0]])
    assert not page.applies_to([demo_cache.all("VBD")[0]])
    assert not page.applies_to([])


def test_screenshots(general, demo_cache):
    vms = {v.name: v for v in demo_cache.all("VM") if v.is_real_vm}
    running = sorted((v for v in vms.values() if v.power_state == "Running"), key=lambda v: v.name)
    windows = next(v for v in running if v.is_hvm)
    no_tools = next(v for v in running if v.guest_metrics is None)
    for name, obj in (("general-vm-windows", windows), ("general-vm-no-tools", no_tools),
                      ("general-host", demo_cache.all("host")[0]), ("general-pool", demo_cache.pool()),
                      ("general-sr", next(s for s in demo_cache.all("SR") if s.shared))):
        general.set_selection([obj])
        shoot(general.window(), name)


def test_sr_status_follows_its_pbds(general, qtbot, demo_cache):
    from xencenter.model.cache import ChangeSet

    sr = next(s for s in demo_cache.all("SR") if s.shared and s.content_type != "iso")
    general.set_selection([sr])
    pbd = sr.PBDs[0]
    modify(demo_cache, "PBD", pbd.ref, currently_attached=False)
    general.on_changes(ChangeSet(changed={("PBD", pbd.ref)}))
    qtbot.waitUntil(lambda: value_widgets(general, pbd.host.name)[0].text() == "Disconnected")
    assert is_warning(value_widgets(general, pbd.host.name)[0])
    assert [w.text() for w in value_widgets(general, "State")] == ["Broken"]


def test_pool_page_follows_any_hosts_management_address(general, qtbot, demo_cache):
    from xencenter.model.cache import ChangeSet

    general.set_selection([demo_cache.pool()])
    host = sorted(demo_cache.all("host"), key=lambda h: h.name)[2]
    pif = next(p for p in host.PIFs if p.management)
    modify(demo_cache, "PIF", pif.ref, IP="192.0.2.7")
    general.on_changes(ChangeSet(changed={("PIF", pif.ref)}))
    label = f"Management interface on '{host.name}'"
    qtbot.waitUntil(lambda: [w.text() for w in value_widgets(general, label)] == ["192.0.2.7"])
