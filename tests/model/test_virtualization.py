"""Virtualization state (docs/design.md §4): XenCenter's truth table, grace period, distro exceptions, texts."""

from __future__ import annotations

import time

import pytest
from model_world import World, new_ref

from xencenter.model.virtualization import (
    LINUX_DISTROS,
    SEARCH_FILTERS,
    Line,
    is_windows,
    matches_filter,
    virtualization_status,
    virtualization_text,
)
from xencenter.model.virtualization import (
    VirtualizationFlag as F,
)
from xencenter.xenapi.events import Event

NOW = 1_700_000_000.0
WINDOWS = {"HVM_boot_policy": "BIOS order", "platform": {"viridian": "true"}}
TOOLS = "XenServer VM Tools"
READ_MORE = f"Read more about installing {TOOLS}"


def iso(t: float) -> str:
    return time.strftime("%Y%m%dT%H:%M:%SZ", time.gmtime(t))


def make_vm(gm: dict | None = None, metrics: bool = True, power_state: str = "Running", clock=None,
            metrics_fields: dict | None = None, **vm_fields):
    """One VM in a one-host pool; ``gm`` None means no guest metrics object."""
    world = World()
    host = world.host("h")
    world.pool(master=host)
    if metrics:
        vm_fields["metrics"] = world.add("VM_metrics", **(metrics_fields or {}))
    if gm is not None:
        vm_fields["guest_metrics"] = world.add("VM_guest_metrics", **gm)
    ref = world.vm("vm", power_state, resident_on=host if power_state == "Running" else "OpaqueRef:NULL",
                   **vm_fields)
    cache = world.cache(clock)
    return cache.get("VM", ref)


# XenCenter's VirtualisationStatePropertyQueryTests, case by case (all Running, long past any grace).
TRUTH_TABLE = [
    pytest.param(dict(gm={"PV_drivers_detected": True, "PV_drivers_up_to_date": False,
                          "PV_drivers_version": {"major": "1", "minor": "1"}}),
                 "Out of date", id="vm0-linux-outdated"),
    pytest.param(dict(gm={"PV_drivers_detected": True, "PV_drivers_up_to_date": True,
                          "PV_drivers_version": {"major": "9", "minor": "0"}}),
                 "Fully optimized", id="vm1-linux-uptodate"),
    pytest.param(dict(gm={"PV_drivers_detected": False}, **WINDOWS), "Not optimized", id="vm2-windows-no-tools"),
    pytest.param(dict(gm={"PV_drivers_detected": True}, **WINDOWS), "I/O optimized only", id="vm3-windows-io"),
    pytest.param(dict(gm={"PV_drivers_detected": False, "other": {"feature-static-ip-setting": "1"}}, **WINDOWS),
                 "Management Agent installed only", id="vm4-windows-mgmt"),
    pytest.param(dict(gm={"PV_drivers_detected": True, "other": {"feature-static-ip-setting": "1"}}, **WINDOWS),
                 "Fully optimized", id="vm5-windows-both"),
    pytest.param(dict(gm=None, metrics=False), "Unknown", id="vm6-no-metrics"),
]


@pytest.mark.parametrize("setup, expected_filter", TRUTH_TABLE)
def test_xencenter_truth_table(setup, expected_filter):
    status = virtualization_status(make_vm(**setup), NOW)
    assert status.flags == SEARCH_FILTERS[expected_filter]
    assert [name for name in SEARCH_FILTERS if matches_filter(status, name)] == [expected_filter]


def test_flag_and_filter_values():
    assert [int(f) for f in (F.NOT_INSTALLED, F.UNKNOWN, F.OUT_OF_DATE, F.IO_DRIVERS_INSTALLED,
                             F.MANAGEMENT_INSTALLED)] == [0, 1, 2, 4, 8]
    assert {k: int(v) for k, v in SEARCH_FILTERS.items()} == {
        "Not optimized": 0, "Unknown": 1, "Out of date": 2, "I/O optimized only": 4,
        "Management Agent installed only": 8, "Fully optimized": 12}


@pytest.mark.parametrize(
    "setup, expected",
    [
        (dict(gm=None), F.NOT_INSTALLED),  # legacy, no guest metrics
        (dict(gm={"PV_drivers_up_to_date": True, "PV_drivers_version": {"major": "7"}}), F.NOT_INSTALLED),
        (dict(gm={"PV_drivers_up_to_date": True, "PV_drivers_version": {"minor": "2"}}), F.NOT_INSTALLED),
        (dict(gm=None, power_state="Halted"), F.UNKNOWN),
        (dict(gm=None, power_state="Paused"), F.UNKNOWN),
        (dict(gm={"PV_drivers_up_to_date": True, "PV_drivers_version": {"major": "7", "minor": "2"}},
              metrics=False), F.UNKNOWN),  # guest metrics alone are not enough
        (dict(gm={"PV_drivers_detected": True, "other": {"feature-static-ip-setting": "0"}}, **WINDOWS),
         F.IO_DRIVERS_INSTALLED),
        (dict(gm={"PV_drivers_detected": True, "other": {"feature-static-ip-setting": "yes"}}, **WINDOWS),
         F.IO_DRIVERS_INSTALLED),  # XenCenter's IntKey: unparsable is 0
        (dict(gm=None, **WINDOWS), F.NOT_INSTALLED),
    ],
)
def test_more_states(setup, expected):
    assert virtualization_status(make_vm(**setup), NOW).flags == expected


# ---- the 2-minute grace -------------------------------------------------------------------------------------


def test_grace_after_an_observed_power_state_change():
    clock = [NOW]
    vm = make_vm(gm=None, power_state="Halted", clock=lambda: clock[0])
    record = dict(vm.record, power_state="Running", resident_on=vm.cache.pool().ref_of("master"))
    vm.cache.apply([Event(2, "", "vm", "mod", vm.ref, record)])
    vm = vm.cache.get("VM", vm.ref)
    status = virtualization_status(vm, NOW + 30)
    assert status.flags == F.UNKNOWN and status.recent and status.grace_ends_at == NOW + 120
    assert virtualization_status(vm, NOW + 119.9).flags == F.UNKNOWN
    later = virtualization_status(vm, NOW + 120)
    assert later.flags == F.NOT_INSTALLED and not later.recent and later.grace_ends_at is None


def test_grace_from_vm_metrics_start_time_in_server_time():
    vm = make_vm(gm=None, metrics_fields={"start_time": iso(NOW - 60)})
    assert virtualization_status(vm, NOW).flags == F.UNKNOWN
    assert virtualization_status(vm, NOW).grace_ends_at == NOW + 60
    vm.cache.server_time_offset = 100.0  # the server clock is 100 s ahead of ours: it started 160 s ago
    assert virtualization_status(vm, NOW).flags == F.NOT_INSTALLED


def test_grace_from_last_shutdown_time():
    vm = make_vm(gm=None, other_config={"last_shutdown_time": iso(NOW - 10)})
    assert virtualization_status(vm, NOW).flags == F.UNKNOWN


def test_no_grace_for_a_vm_running_before_we_connected():
    vm = make_vm(gm=None, metrics_fields={"start_time": iso(NOW - 3600)})
    status = virtualization_status(vm, NOW)
    assert status.flags == F.NOT_INSTALLED and not status.recent


@pytest.mark.parametrize(
    "gm, expected",
    [
        ({"PV_drivers_detected": False}, F.UNKNOWN),
        ({"PV_drivers_detected": False, "other": {"feature-static-ip-setting": "1"}}, F.UNKNOWN),
        ({"PV_drivers_detected": True}, F.IO_DRIVERS_INSTALLED),  # I/O drivers end the wait
    ],
)
def test_windows_grace(gm, expected):
    vm = make_vm(gm=gm, metrics_fields={"start_time": iso(NOW - 5)}, **WINDOWS)
    assert virtualization_status(vm, NOW).flags == expected


def test_legacy_tools_reported_during_grace_are_shown():
    gm = {"PV_drivers_up_to_date": False, "PV_drivers_version": {"major": "6", "minor": "2"}}
    vm = make_vm(gm=gm, metrics_fields={"start_time": iso(NOW - 5)})
    assert virtualization_status(vm, NOW).flags == F.OUT_OF_DATE


# ---- Windows or not ------------------------------------------------------------------------------------------

UPTODATE = {"PV_drivers_detected": True, "PV_drivers_up_to_date": True,
            "PV_drivers_version": {"major": "8", "minor": "4"}}


@pytest.mark.parametrize("distro", sorted(LINUX_DISTROS) + ["Debian", "RHEL"])
def test_linux_distros_on_viridian_hvm_use_legacy_rules(distro):
    vm = make_vm(gm={**UPTODATE, "os_version": {"distro": distro}}, **WINDOWS)
    assert not is_windows(vm)
    status = virtualization_status(vm, NOW)
    assert status.flags == F.IO_DRIVERS_INSTALLED | F.MANAGEMENT_INSTALLED and not status.is_windows
    assert virtualization_text(status) == [Line("Optimized (version 8.4 installed)")]


def test_netscaler_uname_is_not_windows():
    vm = make_vm(gm={**UPTODATE, "os_version": {"uname": "NetScaler 13.1"}}, **WINDOWS)
    assert not is_windows(vm)


def test_windows_distro_stays_windows():
    vm = make_vm(gm={"PV_drivers_detected": True, "os_version": {"distro": "windows"}}, **WINDOWS)
    assert is_windows(vm)


@pytest.mark.parametrize("setup", [
    dict(HVM_boot_policy="", platform={"viridian": "true"}),
    dict(HVM_boot_policy="BIOS order", platform={}),
    dict(HVM_boot_policy="BIOS order", platform={"viridian": "false"}),
])
def test_not_windows_without_hvm_and_viridian(setup):
    assert not is_windows(make_vm(gm=None, **setup))


def test_distro_from_last_booted_record_guest_metrics():
    world = World()
    host = world.host("h")
    world.pool(master=host)
    old_gm = world.add("VM_guest_metrics", os_version={"distro": "ubuntu"})
    last_booted = f"(('uuid' 'x') ('guest_metrics' '{old_gm}') ('power_state' 'Running'))"
    ref = world.vm("vm", "Halted", last_booted_record=last_booted, **WINDOWS)
    vm = world.cache().get("VM", ref)
    assert vm.guest_metrics is None
    assert vm.last_booted_guest_metrics.ref == old_gm
    assert not is_windows(vm)


def test_last_booted_record_pointing_nowhere_is_ignored():
    vm = make_vm(gm=None, last_booted_record=f"(('guest_metrics' '{new_ref()}'))", **WINDOWS)
    assert vm.last_booted_guest_metrics is None and is_windows(vm)


# ---- XCP-ng 9 Windows agent without feature-static-ip-setting ----------------------------------------------


def test_agent_version_known_but_static_ip_feature_missing():
    gm = {"PV_drivers_detected": True,
          "PV_drivers_version": {"major": "9", "minor": "3", "micro": "1", "build": "48"}}
    status = virtualization_status(make_vm(gm=gm, **WINDOWS), NOW)
    assert status.flags == F.IO_DRIVERS_INSTALLED | F.MANAGEMENT_INSTALLED
    assert status.management_inferred and status.agent_version == "9.3.1 build 48"
    assert [line.text for line in virtualization_text(status)][:2] == ["I/O optimized", "Management Agent installed"]


def test_version_without_detected_drivers_is_not_enough():
    gm = {"PV_drivers_detected": False, "PV_drivers_version": {"major": "9", "minor": "3"}}
    status = virtualization_status(make_vm(gm=gm, **WINDOWS), NOW)
    assert status.flags == F.NOT_INSTALLED and not status.management_inferred


def test_static_ip_feature_is_not_inferred():
    gm = {"PV_drivers_detected": True, "PV_drivers_version": {"major": "9", "minor": "3"},
          "other": {"feature-static-ip-setting": "1"}}
    status = virtualization_status(make_vm(gm=gm, **WINDOWS), NOW)
    assert status.management_installed and not status.management_inferred and status.agent_version == "9.3"


# ---- the General tab's lines ---------------------------------------------------------------------------------

WU_YES = Line("Able to receive updates from Windows Update")
WU_NO = Line("Not able to receive updates from Windows Update")


@pytest.mark.parametrize(
    "setup, lines",
    [
        (dict(gm=None), [Line(f"{TOOLS} not installed", red=True, link=READ_MORE)]),
        (dict(gm={"PV_drivers_up_to_date": False, "PV_drivers_version": {"major": "1", "minor": "1"}}),
         [Line("Tools out of date (version 1.1 installed)", red=True, link=READ_MORE)]),
        (dict(gm=UPTODATE), [Line("Optimized (version 8.4 installed)")]),
        (dict(gm=None, metrics=False), [Line("Unknown (please wait)")]),
        (dict(gm=None, power_state="Halted"), []),
        (dict(gm={"PV_drivers_detected": True, "other": {"feature-static-ip-setting": "1"}},
              has_vendor_device=True, **WINDOWS),
         [Line("I/O optimized"), Line("Management Agent installed"), WU_YES]),
        (dict(gm={"PV_drivers_detected": True}, has_vendor_device=False, **WINDOWS),
         [Line("I/O optimized"), Line("Management Agent not installed", link=READ_MORE), WU_NO]),
        (dict(gm={"PV_drivers_detected": False}, has_vendor_device=False, **WINDOWS),
         [Line("I/O not optimized"), Line("Management Agent not installed", link=READ_MORE), WU_NO]),
        (dict(gm=None, metrics=False, has_vendor_device=True, **WINDOWS), [Line("Unknown (please wait)"), WU_YES]),
        (dict(gm=None, power_state="Halted", has_vendor_device=True, **WINDOWS), [WU_YES]),
    ],
    ids=["not-installed", "out-of-date", "optimized", "unknown", "halted", "win-both", "win-io", "win-none",
         "win-unknown", "win-halted"],
)
def test_virtualization_text(setup, lines):
    assert virtualization_text(virtualization_status(make_vm(**setup), NOW)) == lines


def test_tools_name_is_a_parameter():
    status = virtualization_status(make_vm(gm=None), NOW)
    assert virtualization_text(status, "XCP-ng Tools") == [
        Line("XCP-ng Tools not installed", red=True, link="Read more about installing XCP-ng Tools")]


def test_windows_update_only_for_windows():
    status = virtualization_status(make_vm(gm=UPTODATE, has_vendor_device=True), NOW)
    assert not status.can_receive_windows_update
