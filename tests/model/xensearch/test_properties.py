"""Every searchable property (XenCenter's PropertyAccessors) on one hand-made pool whose facts are set here."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from search_world import NOW, OPTIONS

from tests.model.model_world import World
from xencenter.model.cache import ObjectCache
from xencenter.model.tree import Source
from xencenter.model.xensearch.addresses import Address
from xencenter.model.xensearch.context import SearchContext, SearchOptions
from xencenter.model.xensearch.kinds import HaRestartPriority, SRType
from xencenter.model.xensearch.properties import Prop, value
from xencenter.model.xensearch.scope import ObjectTypes

GIB = 1 << 30
FIELDS = ('<CustomFieldDefinitions><CustomFieldDefinition name="Owner" type="String" defaultValue="" />'
          '</CustomFieldDefinitions>')


class Lab:
    """A pool "Lab": h1 (coordinator, build 100) and h2 (build 101); an NFS SR holding the HA state file and
    a local SR on h1; VM "web" running on h1 (Windows with full tools, read caching on, in vApp "shop"),
    halted "db" sharing web's data disk, a snapshot of web, two default templates and a custom one."""

    def __init__(self) -> None:
        w = self.world = World()
        self.h1 = w.host("h1", software_version={"product_version": "8.2.1", "build_number": "100"},
                         edition="xcp-ng", other_config={"boot_time": str(NOW - 7200)})
        self.h2 = w.host("h2", software_version={"product_version": "8.2.1", "build_number": "101"})
        w.add("PIF", host=self.h1, IP="192.0.2.1", device="eth0", physical=True, management=True)
        for n in range(2):
            w.add("host_cpu", host=self.h1, number=n)
        self.nfs = w.sr("nfs", [self.h1, self.h2], shared=True, type="nfs")
        for pbd in w.tables["PBD"].values():
            pbd["device_config"] = {"server": "192.0.2.50"}
        self.local = w.sr("local", [self.h1], type="lvm")
        self.statefile = w.add("VDI", SR=self.nfs, name_label="statefile")
        self.pool = w.pool("Lab", master=self.h1, ha_enabled=True, ha_plan_exists_for=1,
                           ha_statefiles=[self.statefile], gui_config={"XenCenter.CustomFields": FIELDS})
        self.net = w.add("network", name_label="front")
        self.internal = w.add("network", name_label="internal")  # no PIFs: on every host
        w.add("PIF", host=self.h1, network=self.net, device="eth0")
        self.shop = w.add("VM_appliance", name_label="shop")
        gm = w.add("VM_guest_metrics", PV_drivers_detected=True, other={"feature-static-ip-setting": "1"},
                   networks={"0/ip": "10.0.0.5"}, os_version={"name": "Microsoft Windows 10"})
        metrics = w.add("VM_metrics", start_time=_stamp(NOW - 3600), memory_actual=4 * GIB, VCPUs_number=2)
        h1_uuid = w.tables["host"][self.h1]["uuid"]
        self.web = w.running_vm("web", self.h1, metrics=metrics, guest_metrics=gm, HVM_boot_policy="BIOS order",
                                platform={"viridian": "true"}, has_vendor_device=True, appliance=self.shop,
                                ha_restart_priority="restart",
                                other_config={"XenCenter.CustomFields.Owner": "ops", "folder": "/a/b"})
        self.system = w.disk(self.web, self.local, name_label="system", virtual_size=10 * GIB,
                             physical_utilisation=5 * GIB,
                             sm_config={f"read-caching-enabled-on-{h1_uuid}": "true"})
        self.data = w.disk(self.web, self.nfs, name_label="data")
        for vbd in w.tables["VBD"].values():
            vbd.update(currently_attached=True, device="xvda")
        self.db = w.vm("db", affinity=self.h2)
        w.add("VBD", VM=self.db, VDI=self.data, type="Disk")
        w.add("VIF", VM=self.web, network=self.net, device="0")
        self.snapshot = w.vm("web snap", is_a_snapshot=True, is_a_template=True, snapshot_of=self.web)
        self.debian = w.vm("Debian Buster 10", is_a_template=True, is_default_template=True,
                           name_description="a Debian template")
        self.other = w.vm("Other install media", is_a_template=True, is_default_template=True,
                          name_description="plain text")
        self.mine = w.vm("mine", is_a_template=True, name_description="my template")
        self.cache: ObjectCache = w.cache()

    def __call__(self, prop: Prop, ref: str, cls: str = "VM", options: SearchOptions = OPTIONS):
        ctx = SearchContext([Source("https://lab", "Lab", self.cache)], options)
        return value(prop, self.cache.get(cls, ref), ctx)

    def names(self, objects) -> list[str]:
        return None if objects is None else [o.name for o in objects]


def _stamp(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y%m%dT%H:%M:%SZ")


@pytest.fixture(scope="module")
def lab() -> Lab:
    return Lab()


def test_types(lab):
    assert lab(Prop.type, lab.web) == ObjectTypes.VM
    assert lab(Prop.type, lab.snapshot) == ObjectTypes.Snapshot
    assert lab(Prop.type, lab.debian) == ObjectTypes.DefaultTemplate
    assert lab(Prop.type, lab.mine) == ObjectTypes.UserTemplate
    assert lab(Prop.type, lab.local, "SR") == ObjectTypes.LocalSR
    assert lab(Prop.type, lab.nfs, "SR") == ObjectTypes.RemoteSR
    assert lab(Prop.type, lab.pool, "pool") == ObjectTypes.Pool
    assert lab(Prop.type, lab.shop, "VM_appliance") == ObjectTypes.Appliance
    assert lab(Prop.sr_type, lab.nfs, "SR") == SRType.nfs


def test_descriptions_of_templates(lab):
    """A default template named after a known OS shows no description; "Other install media" its friendly one."""
    assert lab(Prop.description, lab.debian) == ""
    assert lab(Prop.description, lab.other).startswith("If the operating system you plan to use is not listed")
    assert lab(Prop.description, lab.mine) == "my template"


def test_relations_of_a_vm(lab):
    assert lab.names(lab(Prop.host, lab.web)) == ["h1"]
    assert lab.names(lab(Prop.host, lab.db)) == ["h2"]  # halted on shared storage: its live affinity host
    assert lab.names(lab(Prop.host, lab.snapshot)) == ["h1"]  # a snapshot's host is its VM's
    assert lab(Prop.pool, lab.web).name == "Lab"
    assert lab.names(lab(Prop.networks, lab.web)) == ["front"]
    assert lab.names(lab(Prop.storage, lab.web)) == ["local", "nfs"]
    assert lab.names(lab(Prop.disks, lab.web)) == ["system", "data"]
    assert lab.names(lab(Prop.vm, lab.snapshot)) == ["web"]
    assert lab.names(lab(Prop.vm, lab.debian)) == []  # templates are no VMs
    assert lab(Prop.appliance, lab.web).name == "shop" and lab(Prop.in_any_appliance, lab.web) is True
    assert lab(Prop.in_any_appliance, lab.db) is False and lab(Prop.in_any_appliance, lab.debian) is None
    assert [f.path for f in lab(Prop.folders, lab.web)] == ["/a/b", "/a"]
    assert lab(Prop.folder, lab.web).path == "/a/b" and lab(Prop.folder, lab.db) is None


def test_relations_of_other_objects(lab):
    assert lab.names(lab(Prop.host, lab.internal, "network")) == ["h1", "h2"]  # no PIFs: every host
    assert lab.names(lab(Prop.host, lab.net, "network")) == []
    assert lab.names(lab(Prop.host, lab.system, "VDI")) == ["h1"]  # its SR's home
    assert lab(Prop.host, lab.data, "VDI") == [None]  # a shared SR has no home: ungrouped
    assert lab.names(lab(Prop.vm, lab.nfs, "SR")) == ["web", "db"]
    assert lab.names(lab(Prop.vm, lab.h1, "host")) == ["web"]  # resident real VMs (not the control domain)
    assert lab.names(lab(Prop.vm, lab.net, "network")) == ["web"]
    assert lab.names(lab(Prop.vm, lab.pool, "pool")) == ["web", "db"]
    assert lab.names(lab(Prop.storage, lab.data, "VDI")) == ["nfs"]
    assert lab(Prop.shared, lab.data, "VDI") is True and lab(Prop.shared, lab.system, "VDI") is False
    assert lab(Prop.size, lab.system, "VDI") == 10 * GIB


def test_vm_facts(lab):
    assert lab(Prop.os_name, lab.web) == "Windows 10"
    assert lab(Prop.power_state, lab.db).name == "Halted"
    assert lab(Prop.memory, lab.web) == 4 * GIB
    assert lab(Prop.ha_restart_priority, lab.web) == HaRestartPriority.Restart
    assert lab(Prop.ha_restart_priority, lab.db) == HaRestartPriority.DoNotRestart  # "" with HA on
    assert lab(Prop.vendor_device_state, lab.web) is True
    assert lab(Prop.read_caching_enabled, lab.web) is True and lab(Prop.read_caching_enabled, lab.db) is False
    assert lab(Prop.uptime, lab.web) == pytest.approx(3600)
    assert lab(Prop.ip_address, lab.web) == [Address.parse("10.0.0.5", False, False)]
    assert lab(Prop.os_name, lab.debian) is None  # not a real VM


def test_host_pool_and_sr_facts(lab):
    assert lab(Prop.uptime, lab.h1, "host") == pytest.approx(7200)
    assert lab(Prop.ip_address, lab.h1, "host") == [Address.parse("192.0.2.1", False, False)]
    assert lab(Prop.ip_address, lab.nfs, "SR") == [Address.parse("192.0.2.50", False, False)]
    assert lab(Prop.ip_address, lab.local, "SR") is None
    assert lab(Prop.ha_enabled, lab.pool, "pool") is True and lab(Prop.ha_enabled, lab.h1, "host") is None
    assert lab(Prop.isNotFullyUpgraded, lab.pool, "pool") is True  # h2 runs another build
    assert lab(Prop.license, lab.web) == "xcp-ng"
    assert lab(Prop.connection_hostname, lab.web) == "https://lab"


def test_custom_fields_and_tags(lab):
    assert lab(Prop.has_custom_fields, lab.web) is True and lab(Prop.has_custom_fields, lab.db) is False
    assert lab(Prop.tags, lab.web) == [] and lab(Prop.tags, lab.nfs, "SR") == []


def _metrics(obj, name: str) -> float:
    figures = {("web", "cpu0"): 0.5, ("web", "cpu1"): 0.3, ("web", "memory"): 4 * GIB,
               ("web", "memory_internal_free"): GIB // 1024, ("web", "vbd_xvda_read"): 2048,
               ("web", "vbd_xvda_write"): 2048, ("web", "vif_0_rx"): 1024, ("web", "vif_0_tx"): 1024,
               ("h1", "cpu0"): 0.1, ("h1", "cpu1"): 0.3, ("h1", "memory_total_kib"): 1000,
               ("h1", "memory_free_kib"): 250}
    return figures.get((obj.name, name), 0.0)


def test_column_figures(lab):
    """The Search tab's figures from performance data: web's 2 vCPUs at 50 % and 30 %, 1 of 4 GiB free, one
    disk and one VIF; h1's 2 CPUs at 10 % and 30 %, 250 of 1000 KiB free."""
    figures = SearchOptions(now=NOW, tz=OPTIONS.tz, metrics=_metrics)
    assert lab(Prop.cpuValue, lab.web, options=figures) == 40
    assert lab(Prop.cpuText, lab.web, options=figures) == "40% of 2 CPUs"
    assert lab(Prop.memoryValue, lab.web, options=figures) == 3 * GIB
    assert lab(Prop.memoryRank, lab.web, options=figures) == 75
    assert lab(Prop.memoryText, lab.web, options=figures) == "3 GB of 4 GB"
    assert lab(Prop.diskText, lab.web, options=figures) == "4/4"
    assert lab(Prop.networkText, lab.web, options=figures) == "2/2"
    assert lab(Prop.cpuValue, lab.h1, "host", options=figures) == 20
    assert lab(Prop.memoryRank, lab.h1, "host", options=figures) == 75
    assert lab(Prop.memoryValue, lab.h1, "host", options=figures) == 750 * 1024
    assert lab(Prop.memoryRank, lab.system, "VDI") == 50 and lab(Prop.memoryText, lab.system, "VDI") == "10 GB"
    assert lab(Prop.cpuValue, lab.db) is None and lab(Prop.cpuValue, lab.web) == 0  # halted / no figures


def test_ha_column(lab):
    assert lab(Prop.haText, lab.web) == "Restart"
    assert lab(Prop.haText, lab.debian) == "-"
    assert lab(Prop.haText, lab.pool, "pool") == "1 failure tolerated"
    assert lab(Prop.haText, lab.nfs, "SR") == "HA Heartbeat SR" and lab(Prop.haText, lab.local, "SR") == ""


def test_a_vm_with_no_metrics(lab):
    """db has no VM_metrics: no memory; a snapshot is not a real VM: no power state."""
    assert lab(Prop.memory, lab.db) is None
    assert lab(Prop.power_state, lab.snapshot) is None
    assert lab(Prop.uptime, lab.db) is None
