"""The General tab as data: sections, XenCenter's labels, red warnings and links."""

from __future__ import annotations

import time

import pytest
from model_world import World, load_cache

from tests.conftest import XAPI_DBS
from xencenter.model.brand import brand_of
from xencenter.model.labels import Row, general_sections
from xencenter.sim.statedb import load_state_db

NOW = 1_700_000_000.0
WINDOWS = {"HVM_boot_policy": "BIOS order", "platform": {"viridian": "true"}}


def iso(t: float) -> str:
    return time.strftime("%Y%m%dT%H:%M:%SZ", time.gmtime(t))


def sections(obj) -> dict[str, list[Row]]:
    return {s.title: s.rows for s in general_sections(obj, NOW)}


def rows(obj, title="General") -> dict[str, str]:
    return {label: value for label, value in sections(obj)[title]}


@pytest.fixture
def world():
    w = World()
    w.h1 = w.host("h1", hostname="h1.lab", other_config={"boot_time": f"{NOW - 90061:.0f}."})
    w.h2 = w.host("h2")
    w.pool_ref = w.pool("Lab", master=w.h1)
    w.add("PIF", host=w.h1, management=True, IP="192.0.2.1")
    w.shared = w.sr("NFS", [w.h1, w.h2], shared=True, type="nfs", physical_size=4 << 40,
                    physical_utilisation=1 << 40, virtual_allocation=2 << 40)
    return w


def test_vm_general_rows_and_order(world):
    gm = world.add("VM_guest_metrics", os_version={"name": "Microsoft Windows Server 2022|C:\\Windows"},
                   PV_drivers_detected=True, other={"feature-static-ip-setting": "1"},
                   PV_drivers_version={"major": "9", "minor": "4", "micro": "0", "build": "146"})
    metrics = world.add("VM_metrics", start_time=iso(NOW - 3 * 3600 - 120))
    vm = world.running_vm("web", world.h1, guest_metrics=gm, metrics=metrics, tags=["b", "a"],
                          other_config={"folder": "/Prod", "XenCenter.CustomFields.Owner": "ops"},
                          name_description="front", has_vendor_device=True, VCPUs_at_startup=2, VCPUs_max=4,
                          **WINDOWS)
    obj = world.cache().get("VM", vm)
    got = sections(obj)
    assert list(got) == ["General", "Boot Options", "CPUs", "Custom Fields"]
    general = rows(obj)
    assert list(general) == ["Name", "Description", "Tags", "Folder", "Operating System", "Virtualization mode",
                             "Virtualization state", "Agent version", "Time since startup", "Home Server", "UUID"]
    assert general["Tags"] == "a, b" and general["Folder"] == "/Prod"
    assert general["Operating System"] == "Windows Server 2022"
    assert general["Virtualization mode"] == "Hardware-assisted Virtualization (HVM)"
    assert general["Virtualization state"].splitlines() == [
        "I/O optimized", "Management Agent installed", "Able to receive updates from Windows Update"]
    assert general["Agent version"] == "9.4.0 build 146"
    assert general["Time since startup"] == "3 hours 2 minutes"
    assert general["UUID"] == obj.uuid
    assert rows(obj, "CPUs") == {"Virtual CPUs": "2", "Maximum virtual CPUs": "4",
                                 "Topology": "4 sockets with 1 core per socket"}
    assert rows(obj, "Custom Fields") == {"Owner": "ops"}
    assert rows(obj, "Boot Options")["Boot order"].splitlines() == ["Hard Disk", "DVD-Drive", "Network"]


def test_vm_without_tools_is_red_with_a_link(world):
    vm = world.running_vm("linux", world.h1, metrics=world.add("VM_metrics", start_time=iso(NOW - 600)))
    row = next(r for r in sections(world.cache().get("VM", vm))["General"] if r.label == "Virtualization state")
    assert row.value == "XenServer VM Tools not installed" and row.red
    assert row.link == "Read more about installing XenServer VM Tools"
    assert row.lines[0].red


def test_vm_in_grace_says_please_wait(world):
    vm = world.running_vm("booting", world.h1, metrics=world.add("VM_metrics", start_time=iso(NOW - 20)))
    general = rows(world.cache().get("VM", vm))
    assert general["Virtualization state"] == "Unknown (please wait)"


def test_halted_pv_vm(world):
    vm = world.vm("pv", PV_args="console=hvc0")
    obj = world.cache().get("VM", vm)
    general = rows(obj)
    assert "Virtualization state" not in general and "Time since startup" not in general
    assert general["Virtualization mode"] == "Paravirtualization (PV)"
    assert general["Operating System"] == "Unknown" and general["Tags"] == "None"
    assert rows(obj, "Boot Options") == {"OS boot parameters": "console=hvc0"}


def test_home_server_row_only_for_vms_on_shared_storage(world):
    local = world.sr("Local", [world.h1])
    on_local, on_shared = world.vm("l", affinity=world.h1), world.vm("s", affinity=world.h2)
    world.disk(on_local, local)
    world.disk(on_shared, world.shared)
    cache = world.cache()
    assert "Home Server" not in rows(cache.get("VM", on_local))
    assert rows(cache.get("VM", on_shared))["Home Server"] == "h2"


def test_template_and_snapshot(world):
    template = world.vm("tmpl", is_a_template=True, HVM_boot_params={"order": "ncd"}, **WINDOWS)
    source = world.running_vm("src", world.h1)
    snap = world.vm("snap", is_a_template=True, is_a_snapshot=True, snapshot_of=source,
                    snapshot_time=iso(NOW - 60))
    cache = world.cache()
    general = rows(cache.get("VM", template))
    assert "Virtualization state" not in general and "Home Server" not in general
    assert rows(cache.get("VM", template), "Boot Options")["Boot order"].splitlines() == [
        "Network", "Hard Disk", "DVD-Drive"]
    snap_rows = rows(cache.get("VM", snap))
    assert snap_rows["Snapshot of"] == "src" and snap_rows["Creation time"]


def test_host_rows(world):
    cache = world.cache()
    general = rows(cache.get("host", world.h1))
    assert general["Pool coordinator"] == "Yes" and general["Enabled"] == "Yes"
    assert general["Server uptime"] == "1 day 1 hour 1 minute"
    ticking = [r.label for r in sections(cache.get("host", world.h1))["General"] if r.ticking]
    assert "Server uptime" in ticking and "Log destination" not in ticking, "uptimes are known by more than words"
    assert general["Log destination"] == "Local"
    assert rows(cache.get("host", world.h1), "Management Interfaces") == {
        "DNS hostname": "h1.lab", "Management interface": "192.0.2.1"}
    assert rows(cache.get("host", world.h2))["Pool coordinator"] == "No"
    assert "Server uptime" not in rows(cache.get("host", world.h2)), "no boot time: XenCenter omits the row"
    assert "Memory" in sections(cache.get("host", world.h1))


@pytest.mark.parametrize("fields, live, text", [
    ({"enabled": False, "other_config": {"MAINTENANCE_MODE": "true"}}, True, "In maintenance mode"),
    ({"enabled": False}, True, "Disabled"),
    ({}, False, "Server is not reachable"),
])
def test_host_enabled_warnings(world, fields, live, text):
    world.update("host", world.h2, **fields)
    if not live:
        metrics = world.tables["host"][world.h2]["metrics"]
        world.update("host_metrics", metrics, live=False)
    row = next(r for r in sections(world.cache().get("host", world.h2))["General"] if r.label == "Enabled")
    assert row.value == text and row.red


def test_standalone_host_has_no_coordinator_row():
    w = World()
    h = w.host("alone")
    w.pool("", master=h)
    assert "Pool coordinator" not in rows(w.cache().get("host", h))


def test_pool_rows(world):
    obj = world.cache().get("pool", world.pool_ref)
    assert rows(obj)["Name"] == "Lab"
    assert rows(obj, "Management Interfaces") == {
        "DNS hostname on 'h1'": "h1.lab", "Management interface on 'h1'": "192.0.2.1"}


def test_sr_rows_and_status(world):
    cache = world.cache()
    sr = cache.get("SR", world.shared)
    general = rows(sr)
    assert general["Type"] == "NFS"
    assert general["Size"] == "1 TB used of 4 TB total (2 TB allocated)"
    assert rows(sr, "Status") == {"State": "OK", "h1": "Connected", "h2": "Connected"}


def test_sr_status_warnings(world):
    unplugged = world.sr("half", [world.h1, world.h2], shared=True, type="nfs")
    first_pbd = next(ref for ref, p in world.tables["PBD"].items() if p["SR"] == unplugged)
    world.update("PBD", first_pbd, currently_attached=False)
    missing = world.sr("missing", [world.h1], shared=True, type="nfs")
    detached = world.sr("detached", [], type="iso", content_type="iso")
    cache = world.cache()
    status = {r.label: r for r in sections(cache.get("SR", unplugged))["Status"]}
    assert status["State"].value == "Broken" and status["State"].red
    assert status["h1"].value == "Disconnected" and status["h1"].red and status["h2"].value == "Connected"
    status = {r.label: r for r in sections(cache.get("SR", missing))["Status"]}
    assert status["State"].value == "Broken" and status["h2"].value == "Connection missing" and status["h2"].red
    detached_sections = sections(cache.get("SR", detached))
    assert {r.label: r.value for r in detached_sections["Status"]} == {"State": "Detached"}
    assert "Size" not in {r.label for r in detached_sections["General"]}  # ISO SRs show no size


def test_network_rows(world):
    net = world.add("network", name_label="eth0 network", tags=["lan"])
    assert list(rows(world.cache().get("network", net))) == ["Name", "Description", "Tags", "Folder", "UUID"]


def test_rows_unpack_as_label_and_value():
    label, value = Row("Name", "x", red=True)
    assert (label, value) == ("Name", "x")


@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.name)
def test_every_object_of_every_database_renders(path):
    cache = load_cache(load_state_db(path))
    for cls in ("pool", "host", "VM", "SR", "network"):
        for obj in cache.all(cls):
            got = general_sections(obj, NOW)
            assert got and got[0].title == "General" and got[0].rows[0].label == "Name"
            for section in got:
                assert section.rows
                assert all(isinstance(r.label, str) and isinstance(r.value, str) for r in section.rows)


def test_product_words_follow_the_pools_brand(world):
    """XCP-ng everywhere on an XCP-ng pool (the coordinator's software_version), XenServer when unknown."""
    assert "XenServer" in rows(world.cache().get("host", world.h1), "Memory"), "a pool that says nothing"
    world.update("host", world.h1, software_version={"product_brand": "XCP-ng", "product_version": "8.3.0"},
                 memory_overhead=1 << 30)
    vm = world.running_vm("bare", world.h1, metrics=world.add("VM_metrics", start_time=iso(NOW - 86400)))
    cache = world.cache()
    memory = rows(cache.get("host", world.h1), "Memory")
    assert "XCP-ng" in memory and "XenServer" not in memory
    other = rows(cache.get("host", world.h2), "Memory")
    assert "XCP-ng" in other and "XenServer" not in other, "the pool's brand, on every host"
    assert memory["VMs"] == "bare: using 0 B" and "VMs" not in other, "a host without guests has no VMs row"
    assert rows(cache.get("VM", vm))["Virtualization state"] == "XCP-ng Tools not installed"


def test_empty_rows_are_left_out_but_name_and_description_stay(world):
    vm = world.vm("pv", PV_args="", HVM_boot_policy="")
    shown = sections(world.cache().get("VM", vm))
    assert "Boot Options" not in shown, "its only row, OS boot parameters, was empty"
    general = {label: value for label, value in shown["General"]}
    assert general["Description"] == "" and general["Name"] == "pv"
    world.update("VM", vm, PV_args="console=hvc0")
    assert rows(world.cache().get("VM", vm), "Boot Options")["OS boot parameters"] == "console=hvc0"


def test_host_license_and_updates_as_xencenter_shows_them(world):
    """GeneralTabPage's License Details (GenerateLicenseBox: no expiry for a basic licence, the edition by
    FriendlyNames' Label-host.edition-*, the sockets, the licence server) and Updates (the applied ones)."""
    update = world.add("pool_update", name_label="XS82ECU1001", version="1.0")
    patch_ref = world.add("pool_patch", name_label="XS71E001")
    host_patch = world.add("host_patch", pool_patch=patch_ref, host=world.h1)
    world.update("host", world.h1, edition="standard-per-socket", license_params={"expiry": "20270131T00:00:00Z"},
                 license_server={"address": "lic.example", "port": "27000"}, cpu_info={"socket_count": "2"},
                 updates=[update], patches=[host_patch])
    world.update("host", world.h2, edition="basic", license_params={"expiry": "20270131T00:00:00Z"})
    cache = world.cache()
    h1, h2 = cache.get("host", world.h1), cache.get("host", world.h2)
    brand = brand_of(cache).product
    assert rows(h1, "License Details") == {"Expiry date": "2027-01-31 00:00",
                                           "License": f"{brand} Standard Per-Socket",
                                           "Number of Sockets": "2", "License Server Address": "lic.example"}
    assert "Expiry date" not in rows(h2, "License Details") and rows(h2, "License Details")["License"] == (
        f"{brand} Basic Edition")
    assert rows(h1, "Updates") == {"Applied": "XS71E001\nXS82ECU1001 (version 1.0)"}
    world.update("host", world.h2, edition="xcp-ng")
    assert rows(world.cache().get("host", world.h2), "License Details")["License"] == "Unknown"
