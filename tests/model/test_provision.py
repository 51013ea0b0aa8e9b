"""The New VM wizard's data rules, without widgets or a server: templates grouped as XenCenter groups them (on
real databases' templates), the provision XML, install methods, the storage and servers a new VM can use with
the reasons when not, default networks, sizes and names, the checks of a plan, and the parameters of ``vm.new``
read back into the same plan."""

from __future__ import annotations

from dataclasses import replace

import pytest
from model_world import load_cache

from tests.conftest import XAPI_DBS
from xencenter.model import provision as pv
from xencenter.sim.statedb import load_state_db
from xencenter.sim.synthetic import generate_pool

GIB = 1 << 30


@pytest.fixture(scope="module")
def tampa():
    return load_cache(load_state_db(next(p for p in XAPI_DBS if "Tampa" in p.name)))


@pytest.fixture(scope="module")
def synthetic():
    return load_cache(generate_pool(3, 24, seed=1, now=1_700_000_000.0))


def named(cache, name):
    return next(vm for vm in cache.all("VM") if vm.name == name)


def test_templates_are_grouped_and_ordered_as_xencenter_does(tampa):
    groups = pv.template_groups(tampa)
    assert [g for g, _ in groups] == ["Windows", "CentOS", "Debian", "Oracle", "Red Hat", "SUSE", "Ubuntu",
                                      "Citrix", "Misc"]
    by_name = {t.name: g for g, members in groups for t in members}
    assert by_name["Citrix XenApp on Windows Server 2008 (64-bit)"] == "Citrix", "citrix is tested first"
    assert by_name["Windows Server 2008 (64-bit)"] == by_name["Windows 7 (64-bit)"] == "Windows"
    assert by_name["Solaris 10 (experimental)"] == by_name["Demo Linux VM"] == "Misc"
    windows = [t.name for g, members in groups if g == "Windows" for t in members]
    assert windows.index("Windows 7 (32-bit)") < windows.index("Windows Server 2003 (32-bit)"), \
        "desktop Windows before Windows Server (their types' order), then by name"
    assert pv.template_type(named(tampa, "CentOS 6 (64-bit)")) == "Centos"


def test_custom_templates_and_snapshots(synthetic):
    groups = dict(pv.template_groups(synthetic))
    assert [t.name for t in groups["Custom"]] == ["Web server golden image", "Windows 2022 golden image"]
    assert all(t.is_snapshot for t in groups["Snapshots"])
    assert pv.template_description(groups["Custom"][0]) == "Prepared by the admins"


def test_provision_xml_and_the_default_plan(tampa):
    centos = named(tampa, "CentOS 6 (64-bit)")
    assert pv.provision_disks(centos) == [pv.ProvisionDisk("0", 8 * GIB, "", True, "system")]
    demo = named(tampa, "Demo Linux VM")
    assert [(d.device, d.size) for d in pv.provision_disks(demo)] == [("0", 4 * GIB), ("1", GIB // 2)]
    assert pv.provision_disks(named(tampa, "Other install media")) is None
    assert pv.install_methods(centos) == ["cd", "url"] and pv.is_eliloader(centos)
    assert pv.install_methods(named(tampa, "Windows 7 (64-bit)")) == ["cd", "network"]
    plan = pv.default_plan(centos)
    assert plan.name == "CentOS 6 (64-bit) (1)" and plan.install == "cd" and plan.home == ""
    (disk,) = plan.disks
    default_sr = tampa.pool().default_SR
    assert (disk.name, disk.size, disk.sr, disk.bootable) == ("CentOS 6 (64-bit) (1) 0", 8 * GIB, default_sr.ref, False)
    assert [tampa.get("network", v.network).name for v in plan.vifs] == [
        "Pool-wide network associated with eth0", "Pool-wide network associated with eth1"], "no host-internal one"
    assert pv.plan_problems(plan) == ["Choose an ISO image or a DVD drive to install from."]
    url = replace(plan, install="url", url="ftp://mirror.example/centos/6/os/x86_64")
    assert pv.plan_problems(url) == []
    assert pv.url_problem("smb://x", centos).startswith("The repository address must start with")


def test_storage_choices_say_why_not(tampa):
    small = next(sr for sr in tampa.all("SR") if sr.name == "small iSCSI")
    local = next(sr for sr in tampa.all("SR") if sr.name_without_host == "Local storage")
    host = local.home
    assert pv.sr_reason(small, None, [GIB // 4]) == ""
    assert pv.sr_reason(small, None, [2 * GIB]).startswith("'small iSCSI' is too small")
    assert "is not shared" in pv.sr_reason(local, None, [GIB])
    assert pv.sr_reason(local, host, [GIB]) == ""
    other = next(h for h in tampa.all("host") if h.ref != host.ref)
    assert pv.sr_reason(local, other, [GIB]) == f"'{local.name}' cannot be seen from the home server '{other.name}'."
    choices = pv.sr_choices(tampa, None, [GIB])
    assert choices[0].sr.ref == tampa.pool().default_SR.ref, "the pool's default first"
    assert not any(pv.is_iso_sr(c.sr) for c in choices)
    assert pv.best_sr(tampa, None, [100 * GIB]).name == "large iSCSI"


def test_servers_a_vm_can_call_home(synthetic):
    debian = named(synthetic, "Debian Bookworm 12")
    local = next(sr for sr in synthetic.all("SR") if sr.name_without_host == "Local storage")
    home = local.home
    disks = [pv.DiskPlan(GIB, local.ref, "scratch", device="1")]
    choices = {c.host.name: c for c in pv.host_choices(debian, disks)}
    assert choices[home.name].reason == "" and choices[home.name].memory.endswith("RAM available (256 GB total)")
    others = [c for name, c in choices.items() if name != home.name]
    assert all(c.reason == f"'{c.host.name}' cannot see the storage '{local.name}' of the disk 'scratch'."
               for c in others)
    assert pv.needs_home(debian, disks, None) and pv.default_home(debian, disks, None) == home
    plan = replace(pv.default_plan(debian), disks=tuple(disks))
    assert pv.home_problem(plan).startswith("The VM's storage is local to")
    moved = pv.with_home(pv.default_plan(debian), home.ref)
    assert moved.home == home.ref and pv.home_problem(moved) == ""


def test_sizes_names_and_macs(synthetic):
    assert [pv.parse_size(t) for t in ("20GiB", "20 GB", "512M", "1.5T", "4096B", "8")] == [
        20 * GIB, 20 * GIB, 512 << 20, 1536 * GIB, 4096, 8 * GIB]
    with pytest.raises(ValueError, match="is not a size"):
        pv.parse_size("twenty")
    assert [pv.size_spec(s) for s in (20 * GIB, 1536 << 20, 1000)] == ["20GiB", "1536MiB", "1000B"]
    assert pv.default_vm_name(synthetic, "web") == "web (1)"
    assert pv.mac_problem("") == "" and pv.mac_problem("02:00:00:00:00:01") == ""
    assert "multicast" in pv.mac_problem("01:00:5e:00:00:01") and "not a MAC" in pv.mac_problem("02:00")


def test_plan_checks(synthetic):
    debian = named(synthetic, "Debian Bookworm 12")
    iso = next(c.vdi for c in pv.iso_choices(synthetic) if c.label.startswith("debian"))
    plan = replace(pv.default_plan(debian), iso=iso.ref)
    assert pv.plan_problems(plan) == []
    assert pv.plan_problems(replace(plan, name=" ")) == ["The new VM needs a name."]
    assert pv.plan_problems(replace(plan, vcpus=4)) == ["The number of vCPUs cannot exceed the maximum."]
    assert pv.plan_problems(replace(plan, vcpus_max=4, vcpus=4, cores_per_socket=3)) == [
        "4 vCPUs cannot be split into sockets of 3 cores."]
    assert pv.plan_problems(replace(plan, memory_dynamic_min=1))[0].startswith("Memory must satisfy")
    big = replace(plan, memory_static_max=1 << 40, memory_dynamic_min=1 << 40, memory_dynamic_max=1 << 40)
    assert any("greater than the amount of physical memory on any server" in w for w in pv.plan_warnings(big))
    assert pv.plan_problems(replace(plan, install="url"))[0].startswith("A VM of this template cannot be installed")


def test_parameters_make_the_same_plan(synthetic):
    debian = named(synthetic, "Debian Bookworm 12")
    iso = next(c.vdi for c in pv.iso_choices(synthetic) if c.label.startswith("debian"))
    nfs = next(sr for sr in synthetic.all("SR") if sr.name.startswith("NFS"))
    plan = replace(pv.default_plan(debian, "web-04"), iso=iso.ref, vcpus_max=4, vcpus=3, cores_per_socket=2,
                   description="the fourth", start=False)
    plan = replace(plan, disks=plan.disks + (pv.DiskPlan(5 * GIB, nfs.ref, "logs; and more", "mine", "1"),),
                   vifs=(pv.VifPlan(plan.vifs[0].network, "02:00:00:00:00:07", 300, "0"),))
    params = pv.plan_params(plan)
    assert params["disk"][1] == f"5GiB;sr={nfs.uuid};name=logs\\; and more;description=mine"
    back = pv.plan_from_params(debian, {k: v for k, v in params.items() if k != "template"})
    assert replace(back, warnings=()) == replace(plan, warnings=())
    line = pv.command_line(params)
    assert line.startswith(f"main.py run vm.new {debian.uuid} --name web-04") and "--no-start" in line
    assert "--template" not in line


def test_disk_and_interface_texts(synthetic):
    nfs = next(sr for sr in synthetic.all("SR") if sr.name.startswith("NFS"))
    disk = pv.parse_disk_spec(f"20GiB;sr={nfs.name};name=data", synthetic, "", "vm", "2")
    assert (disk.size, disk.sr, disk.name, disk.device) == (20 * GIB, nfs.ref, "data", "2")
    with pytest.raises(ValueError, match="no storage repository called 'nowhere'"):
        pv.parse_disk_spec("1GiB;sr=nowhere", synthetic)
    with pytest.raises(ValueError, match="unknown disk option 'colour'"):
        pv.parse_disk_spec("1GiB;colour=red", synthetic)
    network = pv.network_choices(synthetic)[0]
    vif = pv.parse_vif_spec(f"{network.name};mac=02:AA:00:00:00:01;limit=100", synthetic)
    assert (vif.network, vif.mac, vif.kbps) == (network.ref, "02:aa:00:00:00:01", 100)
    assert pv.parse_vif_spec(pv.vif_spec(vif, synthetic), synthetic) == vif


def test_discs_and_the_servers_dvd_drives(tampa):
    choices = pv.iso_choices(tampa)
    groups = [c.group for c in choices]
    assert groups == sorted(groups, key=lambda g: g == "DVD drives"), "libraries first, drives last"
    drives = [c for c in choices if c.group == "DVD drives"]
    assert drives and all(c.label == f"DVD drive on {c.host.name}" for c in drives)
    drive = drives[0]
    centos = named(tampa, "CentOS 6 (64-bit)")
    assert pv.iso_host(drive.vdi) == drive.host
    reasons = {c.host.name: c.reason for c in pv.host_choices(centos, [], drive.vdi)}
    assert reasons[drive.host.name] == ""
    assert all(reason == f"'{name}' cannot reach '{drive.label}'." for name, reason in reasons.items()
               if name != drive.host.name)
    plan = pv.with_home(replace(pv.default_plan(centos), iso=drive.vdi.ref), drive.host.ref)
    assert pv.plan_problems(plan) == []
    assert pv.home_problem(replace(plan, home="")).startswith(f"The VM's storage is local to '{drive.host.name}'")
