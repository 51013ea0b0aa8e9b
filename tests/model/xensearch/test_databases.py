"""Saved and built-in searches over the shared databases, with results worked out by hand from the database XML
and XenCenter's rules (GroupAlg.cs, QueryTypes.cs, Common.cs), not from this program's output.

Facts of the databases the expectations rest on (read from the XML):

state3.xml, pool "Grimsby pool" (uuid d44c0bc1-...), coordinator grimsby, HA off, ``host_metrics`` empty (so as
dumped every host is down and XenCenter hides every VM and SR whose home is a host):
- Debian Etch 4.0 (1): Running on grimsby, started 2009-05-28, folder /foo/bar, 5 VIFs on the 5 "Pool-wide
  network associated with ethN", disks on iSCSI (shared).
- Debian Etch 4.0 (2): Halted, no affinity, started 2009-05-28, folder /foo/bar/sq, 5 VIFs, disks on iSCSI.
- Debian Etch 4.0 (3): Running on chester, started 2009-06-04, 5 VIFs, disks on iSCSI.
- Debian Etch 4.0 (4): Halted, affinity grimsby, started 2009-05-28, 5 VIFs, disks on iSCSI.
- Debian Etch 4.0 (5): Halted, affinity grimsby, never started (1970), no VIFs, no disks, no guest metrics,
  tagged "broken".
- Windows Vista (1): Running on chester, started 2009-06-04, no guest metrics, tagged "broken", 5 VIFs.
- Debian guests report "Debian 4.0"; all VMs have ha_restart_priority "1" except Vista and (5).
- Hosts: chester PIF 10.80.227.23, custom fields Department=Engineering, Last Virus Scan=2009-05-20T07:35:24;
  grimsby PIF 10.80.226.1, Finance, 2009-06-04T13:35:04.
- SRs: iSCSI virtual disk storage (lvmoiscsi, shared, target 10.80.227.50; VDIs 0 x5, 1 x4, Metadata for HA,
  Statefile for HA), NFS ISO library (iso, shared, 28 ISOs, location telos:/...), XenServer Tools (shared,
  XenCenter.iso, xs-tools.iso), and per host Local storage, DVD drives (one "IDE 0.0" VDI), Removable storage.
- Folders: /foo/bar (VM 1), /foo/bar/sq (VM 2); pool EMPTY_FOLDERS ;/foo;/red;/foo/bar/sqrt.
- 49 default templates, one of them internal (XenSource P2V Server).
"""

from __future__ import annotations

from search_world import builtin, database, run, saved, shape

from xencenter.model.xensearch.marshal import parse_search

# ---- state3 as dumped: hosts down ---------------------------------------------------------------------------


def test_vms_started_before_a_date():
    """(1), (3), Vista are hidden (their home host is down). (2) and (4) started 2009-05-28, before 1 June;
    (5) was never started: its start time is 1970, and XenCenter compares it like any date."""
    s3 = database("state3")
    result = run(saved(s3, "VMs started before 1/6/09"), s3)
    assert shape(result) == ["Debian Etch 4.0 (2)", "Debian Etch 4.0 (4)", "Debian Etch 4.0 (5)"]


def test_vms_started_on_a_day_no_vm_started():
    """Exactly 2009-05-04: no VM started that day (28 May, 4 June, 1970)."""
    s3 = database("state3", live_hosts=True)
    assert run(saved(s3, "VMs started on 4/5/09"), s3).rows == []


def test_servers_grouped_by_a_date_custom_field():
    """Both hosts have a Last Virus Scan; groups are the dates, in time order (20 May before 4 June). Hosts
    are never hidden."""
    s3 = database("state3")
    result = run(saved(s3, "Servers by Last Virus Scan"), s3)
    assert shape(result) == [("May 20, 2009 7:35:24 AM", ["chester"]), ("Jun 4, 2009 1:35:04 PM", ["grimsby"])]


def test_servers_with_a_text_custom_field_containing_i():
    """"Engineering" and "Finance" both contain "i"; grouped by the field's value."""
    s3 = database("state3")
    result = run(saved(s3, "Servers by Department"), s3)
    assert shape(result) == [("Engineering", ["chester"]), ("Finance", ["grimsby"])]


def test_default_templates_with_name_constraints():
    """Nor of: name does not contain Linux / starts with Oracle / ends with x64 / description contains x64.
    Kept: names with "Linux", not Oracle, not x64 (default templates of a known OS show no description).
    Of the 48 shown default templates that leaves the 7 Red Hat and 4 SUSE non-x64 ones, in natural order."""
    s3 = database("state3")
    result = run(saved(s3, "[XenServer] Templates with name constraints"), s3)
    assert shape(result) == [f"Red Hat Enterprise Linux {v}" for v in ("4.5", "4.6", "4.7", "5.0", "5.1", "5.2", "5.3")] + [
        "SUSE Linux Enterprise Server 9 SP4", "SUSE Linux Enterprise Server 10 SP1",
        "SUSE Linux Enterprise Server 10 SP2", "SUSE Linux Enterprise Server 11"]


def test_objects_tagged_broken_grouped_by_type():
    """Tagged "broken": Vista (hidden, runs on chester which is down) and (5) (shown: its home is nowhere)."""
    s3 = database("state3")
    assert shape(run(saved(s3, "Tagged 'broken'"), s3)) == [("VMs", ["Debian Etch 4.0 (5)"])]


def test_addresses_in_10_grouped_by_type_then_pool():
    """Hosts by PIF address (both in 10.80.x); VMs have no guest addresses; the iSCSI SR's target is
    10.80.227.50, the NFS ISO library's is "telos" (a name); local SRs are hidden. Types in XenCenter's order
    (Servers before Remote SRs), the coordinator first."""
    s3 = database("state3")
    result = run(saved(s3, "Address 10.*, group by type then pool"), s3)
    assert shape(result) == [("Servers", [("Grimsby pool", ["grimsby", "chester"])]),
                             ("Remote Storage Repositories", [("Grimsby pool", ["iSCSI virtual disk storage"])])]


def test_ha_protection_needs_ha_on():
    """Four VMs have priority "1" (always restart), but the pool has HA off: no VM has a HA priority then."""
    s3 = database("state3", live_hosts=True)
    assert run(saved(s3, "VMs with HA protection"), s3).rows == []


def test_folder_hierarchy():
    """Folders from the VMs' paths and EMPTY_FOLDERS: /foo, /foo/bar, /foo/bar/sq, /foo/bar/sqrt, /red; only
    folders are in scope, so the tree holds no objects."""
    s3 = database("state3")
    result = run(saved(s3, "Folder hierarchy"), s3)
    assert shape(result) == [("foo", [("bar", [("sq", []), ("sqrt", [])])]), ("red", [])]
    assert result.count == 0


def test_folder_is_search_lists_the_folder_flat():
    """"folder is /foo/bar": XenCenter shows that folder's navigator and its contents ungrouped: the two
    subfolders (VM 1, filed there too, runs on a host that is down)."""
    s3 = database("state3")
    result = run(saved(s3, "Folder bar"), s3)
    assert result.folder == "/foo/bar"
    assert shape(result) == ["sq", "sqrt"]
    live = database("state3", live_hosts=True)
    assert shape(run(saved(live, "Folder bar"), live)) == ["sq", "sqrt", "Debian Etch 4.0 (1)"]  # folders first


def test_everything_in_a_folder_by_folder():
    """Objects whose folder's name contains "" (any folder): every folder, and VM 2 (VM 1 hidden)."""
    s3 = database("state3")
    result = run(saved(s3, "Everything in a folder"), s3)
    assert shape(result) == [("foo", [("bar", [("sq", ["Debian Etch 4.0 (2)"]), ("sqrt", [])])]), ("red", [])]


def test_vms_on_work_networks_by_power_pool_network_name_descending():
    """VMs with a network whose name contains "work": (2) and (4) (5 networks each); (5) has none. Halted ->
    the pool -> each network (all pass the filter), names descending: eth4 first, (4) before (2)."""
    s3 = database("state3")
    search = saved(s3, "VMs using Network called *work*, group by power-pool-network, sort by name backwards")
    networks = [(f"Pool-wide network associated with eth{n}", ["Debian Etch 4.0 (4)", "Debian Etch 4.0 (2)"])
                for n in (4, 3, 2, 1, 0)]
    assert shape(run(search, s3)) == [("Halted", [("Grimsby pool", networks)])]


def test_os_name_filter_grouped_by_sr():
    """OS "Debian 4.0" exactly: (2), (4) (and the hidden running ones); (5) has no guest (Unknown)."""
    s3 = database("state3")
    result = run(saved(s3, "Debian 4.0 VMs group by SR"), s3)
    assert shape(result) == [("iSCSI virtual disk storage", ["Debian Etch 4.0 (2)", "Debian Etch 4.0 (4)"])]


def test_vdis_on_shared_srs_grouped_by_sr():
    """VDIs whose SR is shared: iSCSI (11), NFS ISO library (28), XenServer Tools (2: the tools SR is not
    searched itself but still groups its disks); the DVD drives' disks are on local SRs. Digits sort first."""
    s3 = database("state3")
    result = run(saved(s3, "VDIs on shared SRs"), s3)
    groups = {label: members for label, members in shape(result)}
    assert list(groups) == ["iSCSI virtual disk storage", "NFS ISO library", "XenServer Tools"]
    assert groups["iSCSI virtual disk storage"] == ["0"] * 5 + ["1"] * 4 + ["Metadata for HA", "Statefile for HA"]
    assert len(groups["NFS ISO library"]) == 28 and groups["NFS ISO library"][:2] == ["centos5_x86-32.iso", "hi.iso"]
    assert groups["XenServer Tools"] == ["XenCenter.iso", "xs-tools.iso"]
    assert result.count == 41


def test_group_by_type_then_server():
    """Everything but folders: the pool; two hosts (groups of themselves under Servers); VMs (2), (4), (5) (home
    nowhere); 48 default templates; remote SRs (local ones hidden, the tools SR never); VDIs (the DVD drives'
    disks under their host, the rest ungrouped); the 5 pool-wide networks (the guest installer network is
    hidden)."""
    s3 = database("state3")
    rows = shape(run(saved(s3, "Group by type then server"), s3))
    assert [label for label, _ in rows] == ["Pools", "Servers", "VMs", "XenServer Templates",
                                            "Remote Storage Repositories", "Virtual Disks", "Networks"]
    groups = dict(rows)
    assert groups["Pools"] == ["Grimsby pool"]
    assert groups["Servers"] == [("grimsby", []), ("chester", [])]
    assert groups["VMs"] == ["Debian Etch 4.0 (2)", "Debian Etch 4.0 (4)", "Debian Etch 4.0 (5)"]
    assert len(groups["XenServer Templates"]) == 48
    assert groups["Remote Storage Repositories"] == ["iSCSI virtual disk storage", "NFS ISO library"]
    disks = groups["Virtual Disks"]
    assert disks[:2] == [("grimsby", ["IDE 0.0"]), ("chester", ["IDE 0.0"])] and len(disks) == 2 + 41
    assert groups["Networks"] == [f"Pool-wide network associated with eth{n}" for n in range(5)]


# ---- state3 and state2 with their hosts up ------------------------------------------------------------------


def test_running_vms_grouped_by_network_sorted_by_cpu():
    """Running: (1), (3), Vista, each on all 5 networks. With no performance figures every running VM's CPU is
    0, so the CPU sort ties and names decide."""
    s3 = database("state3", live_hosts=True)
    vms = ["Debian Etch 4.0 (1)", "Debian Etch 4.0 (3)", "Windows Vista (1)"]
    expected = [(f"Pool-wide network associated with eth{n}", vms) for n in range(5)]
    assert shape(run(saved(s3, "Running VMs, grouped by network"), s3)) == expected


def test_vms_in_a_pool_by_pool_then_host_sorted_by_cpu_descending():
    """Homes: (1) grimsby (runs there), (3) and Vista chester, (4) and (5) grimsby (halted, shared or no disks,
    live affinity host), (2) nowhere (no affinity). Descending CPU puts values before "none": running VMs
    (0 %) before halted ones, and the hosts (0 %) before VM (2)."""
    s3 = database("state3", live_hosts=True)
    result = run(saved(s3, "VMs in Grimsby pool, sorted by CPU descending"), s3)
    assert shape(result) == [("Grimsby pool", [
        ("grimsby", ["Debian Etch 4.0 (1)", "Debian Etch 4.0 (4)", "Debian Etch 4.0 (5)"]),
        ("chester", ["Debian Etch 4.0 (3)", "Windows Vista (1)"]),
        "Debian Etch 4.0 (2)"])]


def test_vms_started_after_a_date_grouped_by_os():
    """After 2009-01-04: all but (5) (1970). Debian guests say "Debian 4.0"; Vista has no guest metrics:
    "Unknown". The search sorts by CPU descending: running (1) and (3) (0 %) before halted (2) and (4)."""
    s3 = database("state3", live_hosts=True)
    result = run(saved(s3, "VMs with start time, grouped by OS"), s3)
    assert shape(result) == [("Debian 4.0", [f"Debian Etch 4.0 ({n})" for n in (1, 3, 2, 4)]),
                             ("Unknown", ["Windows Vista (1)"])]


def test_tagged_broken_with_hosts_up():
    s3 = database("state3", live_hosts=True)
    assert shape(run(saved(s3, "Tagged 'broken'"), s3)) == [("VMs", ["Debian Etch 4.0 (5)", "Windows Vista (1)"])]


def test_ha_protection_in_state2():
    """state2 is the same pool with HA on; its four Debian VMs have priority "1": always restart."""
    s2, s3 = database("state2", live_hosts=True), database("state3")
    result = run(saved(s3, "VMs with HA protection"), s2)
    assert shape(result) == [f"Debian Etch 4.0 ({n})" for n in (1, 2, 3, 4)]


def test_a_search_over_two_pools_keeps_only_the_named_pool():
    """"VMs in Grimsby pool" names the pool by UUID: state2 has the same pool (its 4 running VMs, all on
    chester), cowley1 is another pool called "Grimsby Pool" and contributes nothing."""
    s2, cowley1, s3 = database("state2", live_hosts=True), database("cowley1"), database("state3")
    result = run(saved(s3, "VMs in Grimsby pool, sorted by CPU descending"), s2, cowley1)
    assert shape(result) == [("Grimsby pool", [("chester", [f"Debian Etch 4.0 ({n})" for n in (1, 2, 3, 4)])])]


# ---- built-in searches ----------------------------------------------------------------------------------------
# cowley1.xml, pool "Grimsby Pool", hosts grimsby (coordinator) and chester, both live:
# - Windows 2000 SP4 (32-bit) (1): Running on grimsby, HVM (BIOS order) + viridian, no guest metrics, networks
#   eth0-2.  - Windows Vista JA: the same on chester.  - DVS-Controller-build2750: Running on grimsby, PV,
#   Debian 5.0.4, tools 5.6 not up to date, network eth0.  - Demo Linux VM (1): Halted, disks on chester's
#   Local storage, Debian 4.0, networks eth0-2, with snapshot DLV1.


def test_vms_by_power_state():
    c1 = database("cowley1")
    assert shape(run(builtin("VMs by Power State"), c1)) == [
        ("Halted", ["Demo Linux VM (1)"]),
        ("Running", ["DVS-Controller-build2750", "Windows 2000 SP4 (32-bit) (1)", "Windows Vista JA"])]


def test_vms_by_operating_system():
    c1 = database("cowley1")
    assert shape(run(builtin("VMs by Operating System"), c1)) == [
        ("Debian 4.0", ["Demo Linux VM (1)"]), ("Debian 5.0.4", ["DVS-Controller-build2750"]),
        ("Unknown", ["Windows 2000 SP4 (32-bit) (1)", "Windows Vista JA"])]


def test_vms_without_tools():
    """Running and not fully optimized: the Windows VMs (viridian, no guest agent: not optimized) and DVS
    (legacy rules, drivers out of date). Groups by flag value: Not optimized (0) before Out of date (2)."""
    c1 = database("cowley1")
    assert shape(run(builtin("VMs without XenServer VM Tools"), c1)) == [
        ("Not optimized", ["Windows 2000 SP4 (32-bit) (1)", "Windows Vista JA"]),
        ("Out of date", ["DVS-Controller-build2750"])]


def test_vms_by_network():
    c1 = database("cowley1")
    three = ["Demo Linux VM (1)", "Windows 2000 SP4 (32-bit) (1)", "Windows Vista JA"]
    assert shape(run(builtin("VMs by Network"), c1)) == [
        ("Pool-wide network associated with eth0", ["Demo Linux VM (1)", "DVS-Controller-build2750", *three[1:]]),
        ("Pool-wide network associated with eth1", three), ("Pool-wide network associated with eth2", three)]


def test_vms_and_snapshots():
    """Pool -> host (VM homes) -> each real VM as a group holding its snapshots."""
    c1 = database("cowley1")
    assert shape(run(builtin("VMs and Snapshots"), c1)) == [("Grimsby Pool", [
        ("grimsby", [("DVS-Controller-build2750", []), ("Windows 2000 SP4 (32-bit) (1)", [])]),
        ("chester", [("Demo Linux VM (1)", ["DLV1"]), ("Windows Vista JA", [])])])]


def test_vms_and_snapshots_with_an_orphaned_snapshot():
    """state1 (hosts down): Windows Server 2008 (1) is halted with no home; "orphaned snapshot" was taken of a
    VM that is gone, so it has no home and no VM: it sits ungrouped under the pool, after the VM."""
    s1 = database("state1")
    assert shape(run(builtin("VMs and Snapshots"), s1)) == [
        ("Hottub", [("Windows Server 2008 (1)", []), "orphaned snapshot"])]


def test_vms_and_snapshots_in_tampa():
    """tampa-db_inc_snapshots: both VMs run on dt16; dlvm_local has 2 snapshots, dlvm_shared 3."""
    tampa = database("tampa-db_inc_snapshots")
    assert shape(run(builtin("VMs and Snapshots"), tampa)) == [("TampaPool", [("dt16", [
        ("dlvm_local", ["localsnap1", "localsnap2full"]), ("dlvm_shared", ["fullsnap1", "snap1", "snap2"])])])]


def test_resources_by_tag():
    """Cowley-db (host berlin live): tagged objects are 3 running VMs and 7 snapshots (of OpenStack Jenkins).
    Tags in culture order; in each, real VMs before snapshots, natural order."""
    cowley = database("Cowley-db")
    snapshots = ["20110322-0000", "20110323-0000", "20110324-0000", "20110325-0000", "20110326-0000",
                 "20110327-0000", "20110327-2300"]
    assert shape(run(builtin("Resources by Tag"), cowley)) == [
        ("Javier", ["CCNET"]),
        ("OpenStack", ["OpenStack Jenkins", *snapshots]),
        ("Production VM", ["OpenStack Jenkins", "Win2k3-LicDev", *snapshots]),
        ("ssattrib:hide", ["Citrix XenServer Web Self Service v1.0 (Build 9057)"])]


def test_resources_by_tag_in_state1():
    """state1: VMs tagged with one letter each are running on hosts that are down (hidden); the host incubus
    carries two tags."""
    s1 = database("state1")
    assert shape(run(builtin("Resources by Tag"), s1)) == [("CA-290243", ["incubus"]),
                                                          ("Needs attention", ["incubus"])]


def test_vms_by_vapp_when_there_are_none():
    assert run(builtin("VMs by vApp"), database("cowley1")).rows == []


def test_a_search_from_xml_over_two_databases():
    """Servers of cowley1 and state3 by pool: each pool is a group holding its hosts, coordinator first. The
    pools' names differ only in case, which XenCenter's natural compare ignores: then the refs decide
    (cowley1's OpaqueRef:1c14... before state3's OpaqueRef:cc17...)."""
    search = parse_search('<Search uuid="x" name="hosts" major_version="2" minor_version="0"><Query><QueryScope>'
                          '<Server /></QueryScope></Query><XenModelObjectPropertyGrouping property="pool" />'
                          '<sorting /></Search>')
    result = run(search, database("cowley1"), database("state3"))
    assert shape(result) == [("Grimsby Pool", ["grimsby", "chester"]), ("Grimsby pool", ["grimsby", "chester"])]
