"""A synthetic pool of N hosts and M VMs for demos and scale work.

Realistic in shape rather than in content: a coordinator and members, local and shared storage with PBDs,
disks, networks with PIFs and VIFs, control domains, default and user templates, snapshots, consoles,
messages, vApps, folders, tags and custom fields. The first VMs walk through every power state and every
virtualization state of docs/design.md §4 so that even a small pool shows them all; the rest are drawn at random.
Deterministic for a given seed (and ``now``, which anchors all timestamps).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Any

from xencenter import schema

from .fieldtypes import EPOCH, NULL_REF, Date, new_record, without_gc
from .loopback import loopback_ip
from .memory import free_memory
from .relations import fill_relations
from .storage_world import SYSTEM_PARTITION
from .vmrules import allowed_operations

Records = dict[str, dict[str, dict[str, Any]]]

GiB = 1024**3
MiB = 1024**2


@dataclass(frozen=True, slots=True)
class VMProfile:
    """What one VM looks like to the virtualization-state rules (docs/design.md §4)."""

    power_state: str
    os: str  # windows | linux
    tools: str  # windows: none io mgmt both recent; linux: nogm outofdate uptodate recent noversion


# Walked through first so that every pool of 14+ VMs shows every state.
SHOWCASE = (
    VMProfile("Running", "windows", "none"),
    VMProfile("Running", "windows", "io"),
    VMProfile("Running", "windows", "mgmt"),
    VMProfile("Running", "windows", "both"),
    VMProfile("Running", "windows", "recent"),
    VMProfile("Running", "linux", "nogm"),
    VMProfile("Running", "linux", "outofdate"),
    VMProfile("Running", "linux", "uptodate"),
    VMProfile("Running", "linux", "recent"),
    VMProfile("Running", "linux", "noversion"),
    VMProfile("Halted", "windows", "both"),
    VMProfile("Halted", "linux", "uptodate"),
    VMProfile("Suspended", "linux", "uptodate"),
    VMProfile("Paused", "windows", "both"),
)

_POWER_WEIGHTS = (("Running", 60), ("Halted", 28), ("Suspended", 6), ("Paused", 6))
_TOOLS_WEIGHTS = {
    "windows": (("both", 60), ("io", 15), ("mgmt", 10), ("none", 15)),
    "linux": (("uptodate", 60), ("outofdate", 20), ("nogm", 15), ("noversion", 5)),
}
_ROLES = {
    "windows": ("dc", "sql", "exchange", "rds", "file"),
    "linux": ("web", "db", "cache", "proxy", "build"),
}
#: xapi's licence restrictions (``features.ml``), each "false" on a free XCP-ng host's ``license_params``.
LICENCE_RESTRICTIONS = tuple(f"restrict_{name}" for name in (
    "vlan", "qos", "pool_attached_storage", "netapp", "equalogic", "pooling", "marathon", "email_alerting",
    "historical_performance", "wlb", "rbac", "dmc", "checkpoint", "cpu_masking", "connection", "vmpr", "vmss",
    "intellicache", "gpu", "dr", "vif_locking", "storage_xen_motion", "vgpu", "integrated_gpu_passthrough", "vss",
    "guest_agent_auto_update", "pci_device_for_auto_update", "xen_motion", "guest_ip_setting", "ad", "nested_virt",
    "live_patching", "set_vcpus_number_live", "pvs_proxy", "igmp_snooping", "rpu", "pool_size", "cbt",
    "usb_passthrough", "network_sriov", "corosync", "cluster_address", "zstd_export", "pool_secret_rotation",
    "certificate_verification", "updates", "internal_repo_access", "vtpm", "vm_groups", "vm_start",
    "vm_appliance_start"))
_FOLDERS = ("/Production/Web", "/Production/Databases", "/Test", "/Development/Team A")
_TAGS = ("production", "backup", "critical", "web", "team-a", "legacy")
CUSTOM_FIELDS = ("Owner", "Cost centre")
_OWNERS = ("alice", "bob", "carol", "dave")

_DEFAULT_TEMPLATES = (
    ("Debian Bookworm 12", "linux"),
    ("Ubuntu Jammy Jellyfish 22.04", "linux"),
    ("Rocky Linux 9", "linux"),
    ("CentOS Stream 9", "linux"),
    ("Generic Linux UEFI", "linux"),
    ("Windows Server 2022 (64-bit)", "windows"),
    ("Windows Server 2019 (64-bit)", "windows"),
    ("Windows 10 (64-bit)", "windows"),
    ("Windows 11", "windows"),
    ("Other install media", "windows"),
)
_USER_TEMPLATES = (("Web server golden image", "linux"), ("Windows 2022 golden image", "windows"))

_SOFTWARE_VERSION = {
    "product_brand": "XCP-ng",
    "product_version": "8.3.0",
    "product_version_text": "8.3",
    "product_version_text_short": "8.3",
    "platform_name": "XCP",
    "platform_version": "3.4.0",
    "xapi": "24.19",
    "xapi_build": "24.19.2",
    "xen": "4.17.4",
    "linux": "4.19.0+1",
    "xencenter_min": "2.21",
    "xencenter_max": "2.21",
    "network_backend": "openvswitch",
    "db_schema": "5.775",
    "build_number": "release/yangtze/master/58",
}


def _iso(t: float) -> Date:
    return Date(time.strftime("%Y%m%dT%H:%M:%SZ", time.gmtime(t)))


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights)[0]


def windows_settings(vm: dict[str, Any]) -> bool:
    """A VM set up for Windows: HVM boot with Viridian enlightenments (what a Windows template gives)."""
    return bool(vm["HVM_boot_policy"]) and vm["platform"].get("viridian") == "true"


def guest_metrics_fields(profile: VMProfile, ip: str, now: float) -> dict[str, Any]:
    """The VM_guest_metrics a guest agent of this profile publishes."""
    windows = profile.os == "windows"
    if windows:
        os_version = {
            "name": "Microsoft Windows Server 2022 Standard|C:\\Windows|\\Device\\Harddisk0\\Partition2",
            "distro": "windows", "major": "10", "minor": "0", "spmajor": "0", "spminor": "0",
        }
        io = profile.tools in ("io", "both")
        mgmt = profile.tools in ("mgmt", "both")
        version = {"major": "9", "minor": "3", "micro": "3", "build": "62"} if io or mgmt else {}
        other = {"feature-shutdown": "1", "has-vendor-device": "1"}
        if mgmt:
            other["feature-static-ip-setting"] = "1"
        up_to_date = io
    else:
        os_version = {
            "name": "Debian GNU/Linux 12 (bookworm)", "distro": "debian", "uname": "6.1.0-18-amd64",
            "major": "12", "minor": "5",
        }
        io = profile.tools in ("outofdate", "uptodate")
        version = {
            "outofdate": {"major": "1", "minor": "1", "micro": "0", "build": "0"},
            "uptodate": {"major": "8", "minor": "4", "micro": "0", "build": "1"},
        }.get(profile.tools, {"micro": "0"})
        other = {"feature-balloon": "1", "platform-feature-multiprocessor-suspend": "1"}
        up_to_date = profile.tools == "uptodate"
    return {
        "os_version": os_version, "PV_drivers_version": version, "PV_drivers_up_to_date": up_to_date,
        "PV_drivers_detected": io, "networks": {"0/ip": ip, "0/ipv4/0": ip}, "other": other,
        "last_updated": _iso(now), "live": True,
        "can_use_hotplug_vbd": "yes" if io else "unspecified",
        "can_use_hotplug_vif": "yes" if io else "unspecified",
        "netbios_name": {"host_name": "vm"} if windows else {},
    }


class _PoolBuilder:
    """Accumulates records; each ``_add`` returns the new object's ref."""

    def __init__(self, seed: int, now: float) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.records: Records = {cls: {} for cls in schema.class_names()}
        self.hosts: list[str] = []
        self.host_addresses: dict[str, str] = {}
        self.local_srs: dict[str, str] = {}  # host -> SR
        self.shared_srs: list[str] = []
        self.iso_sr = NULL_REF
        self.networks: list[str] = []  # guest networks, VIFs are spread over them

    def _uuid(self) -> str:
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"

    def _add(self, cls: str, fields: dict[str, Any]) -> str:
        ref = "OpaqueRef:" + self._uuid()
        fields.setdefault("uuid", self._uuid())
        self.records[cls][ref] = new_record(cls, fields)
        return ref

    def _ago(self, low_days: float, high_days: float) -> Date:
        return _iso(self.now - self.rng.uniform(low_days, high_days) * 86400)

    def _mac(self) -> str:
        b = self.rng.getrandbits(40)
        return "02:" + ":".join(f"{(b >> s) & 0xFF:02x}" for s in (32, 24, 16, 8, 0))

    # -- infrastructure ---------------------------------------------------------------------------------

    def pool_and_hosts(self, n_hosts: int) -> None:
        width = max(2, len(str(n_hosts)))
        for i in range(n_hosts):
            name = f"xcp-host-{i + 1:0{width}d}"
            address = loopback_ip(i)  # clients reach every host on this machine only
            metrics = self._add(
                "host_metrics",
                {"memory_total": 256 * GiB, "memory_free": 200 * GiB, "live": True, "last_updated": _iso(self.now)},
            )
            host = self._add(
                "host",
                {
                    "name_label": name,
                    "name_description": "Default install" if i else "Pool coordinator",
                    "hostname": name,
                    "address": address,
                    "enabled": True,
                    "API_version_major": 2,
                    "API_version_minor": 21,
                    "API_version_vendor": "XenSource",
                    "software_version": dict(_SOFTWARE_VERSION, hostname=name, date="2024-10-01"),
                    "capabilities": ["xen-3.0-x86_64", "hvm-3.0-x86_32", "hvm-3.0-x86_64"],
                    "cpu_info": {
                        "cpu_count": "32", "socket_count": "2", "vendor": "GenuineIntel", "speed": "2394.374",
                        "modelname": "Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz", "family": "6", "model": "85",
                    },
                    "sched_policy": "credit",
                    "supported_bootloaders": ["pygrub", "eliloader"],
                    "metrics": metrics,
                    "memory_overhead": 1 * GiB,
                    "allowed_operations": ["provision", "evacuate", "shutdown", "reboot", "vm_start", "vm_resume"],
                    "edition": "xcp-ng",
                    "license_params": {"sku_type": "free", "enable_xha": "true",
                                       **dict.fromkeys(LICENCE_RESTRICTIONS, "false")},
                    "iscsi_iqn": f"iqn.2024-01.com.example:{name}",
                    "other_config": {"agent_start_time": f"{self.now - 86400 * 30:.0f}."},
                    "bios_strings": {"system-manufacturer": "Example Corp", "system-product-name": "Rack 1U"},
                },
            )
            self.hosts.append(host)
            self.host_addresses[host] = address
        self._add(
            "pool",
            {
                "name_label": "Synthetic pool",
                "name_description": f"{n_hosts} hosts, generated",
                "master": self.hosts[0],
                "other_config": {"memory-ratio-hvm": "0.25", "memory-ratio-pv": "0.25"},
                "gui_config": {
                    "XenCenter.CustomFields": "<CustomFieldDefinitions>"
                    + "".join(
                        f'<CustomFieldDefinition name="{name}" type="String" defaultValue="" />'
                        for name in CUSTOM_FIELDS
                    )
                    + "</CustomFieldDefinitions>"
                },
                "allowed_operations": ["ha_enable", "cluster_create"],
                "cpu_info": {
                    "cpu_count": str(32 * n_hosts), "socket_count": str(2 * n_hosts), "vendor": "GenuineIntel",
                },
            },
        )
        self._control_domains()

    def _control_domains(self) -> None:
        for host in self.hosts:
            name = self.records["host"][host]["name_label"]
            vm = self._vm_record(
                name_label=f"Control domain on host: {name}",
                name_description="The domain which manages physical devices and manages other domains",
                power_state="Running",
                is_control_domain=True,
                resident_on=host,
                domid=0,
                memory=4 * GiB,
                vcpus=8,
                domain_type="pv",
                hvm=False,
            )
            self.records["host"][host]["control_domain"] = vm
            self._console(vm, "rfb", host, by_ref=True)
            self._console(vm, "vt100", host, by_ref=True)

    def storage(self) -> None:
        disks = ["SR_PROBE", "SR_UPDATE", "VDI_CREATE", "VDI_DELETE", "VDI_ATTACH", "VDI_DETACH", "VDI_CLONE",
                 "VDI_SNAPSHOT", "VDI_RESIZE"]
        sm_types = (  # what each driver can do, as XCP-ng's SMs say (NFS stores sparse VHD files: thin)
            ("lvm", "Local LVM", disks), ("nfs", "NFS", [*disks, "VDI_RESIZE_ONLINE", "THIN_PROVISIONING"]),
            ("lvmoiscsi", "iSCSI", disks), ("iso", "ISO", ["SR_PROBE", "SR_UPDATE", "VDI_INTRODUCE", "VDI_DELETE"]),
        )
        for sr_type, label, capabilities in sm_types:
            self._add(
                "SM",
                {
                    "name_label": label, "type": sr_type, "vendor": "Citrix Systems Inc",
                    "copyright": "(C) 2008 Citrix Systems Inc", "version": "1.0", "required_api_version": "1.0",
                    "capabilities": capabilities, "features": {c: 1 for c in capabilities},
                },
            )
            if sr_type.startswith("lvm"):  # LVM backends reclaim freed space (XenCenter's SupportsTrim)
                sm = self.records["SM"][next(reversed(self.records["SM"]))]
                sm["capabilities"].append("SR_TRIM")
                sm["features"]["SR_TRIM"] = 1
        ops = ["scan", "destroy", "forget", "plug", "unplug", "update", "vdi_create", "vdi_destroy", "vdi_resize",
               "vdi_clone", "vdi_snapshot"]
        for host in self.hosts:
            sr = self._sr("Local storage", "lvm", "user", False, 2 * 1024 * GiB, ops)
            # the installer's marks, by which XenCenter names the SR with its host
            self.records["SR"][sr]["other_config"].update(
                {"i18n-key": "local-storage", "i18n-original-value-name_label": "Local storage"})
            self._pbd(host, sr, {"device": SYSTEM_PARTITION})
            self.local_srs[host] = sr
        for name, sr_type, config in (
            ("NFS virtual disk storage", "nfs", {"server": "nfs.example", "serverpath": "/export/vms"}),
            ("iSCSI virtual disk storage", "lvmoiscsi", {"target": "iscsi.example", "targetIQN": "iqn.2024-01.san:vms"}),
        ):
            sr = self._sr(name, sr_type, "user", True, 20 * 1024 * GiB, ops)
            for host in self.hosts:
                self._pbd(host, sr, config)
            self.shared_srs.append(sr)
        self.iso_sr = self._sr("ISO library", "iso", "iso", True, 500 * GiB, ["scan", "plug", "unplug", "forget"])
        for host in self.hosts:
            self._pbd(host, self.iso_sr, {"location": "nfs.example:/export/iso"})
        for iso in ("debian-12.5.0-amd64-netinst.iso", "Rocky-9.3-x86_64-dvd.iso", "Windows_Server_2022.iso",
                    "guest-tools.iso"):
            self._vdi(iso, self.iso_sr, 4 * GiB, "user", read_only=True)
        self.records["pool"][next(iter(self.records["pool"]))].update(
            default_SR=self.shared_srs[0], suspend_image_SR=self.shared_srs[0], crash_dump_SR=self.shared_srs[0]
        )

    def physical_drives(self) -> None:
        """Each host's DVD drive as the installer leaves it: a "DVD drives" SR (udev, ISO content, the host's
        own) holding the drive as one VDI, which a VM's DVD drive can take like an ISO."""
        self._add("SM", {"name_label": "Local hotplug CD", "type": "udev", "vendor": "Citrix Systems Inc",
                         "capabilities": ["VDI_ATTACH", "VDI_DETACH"], "features": {"VDI_ATTACH": 1, "VDI_DETACH": 1},
                         "required_api_version": "1.0", "version": "1.0"})
        for host in self.hosts:
            sr = self._add("SR", {
                "name_label": "DVD drives", "name_description": "Physical DVD drives", "type": "udev",
                "content_type": "iso", "shared": False, "physical_size": 0, "allowed_operations": ["scan", "forget"],
                "other_config": {"i18n-key": "local-hotplug-cd", "i18n-original-value-name_label": "DVD drives",
                                 "i18n-original-value-name_description": "Physical DVD drives"},
                "sm_config": {"type": "cd"},
            })
            self._pbd(host, sr, {"location": "/dev/xapi/cd"})
            drive = self._add("VDI", {
                "name_label": "SCSI 0:0:0:0", "SR": sr, "virtual_size": 0, "physical_utilisation": 0,
                "type": "user", "read_only": True, "managed": True, "location": "/dev/xapi/cd/sr0",
                "sm_config": {"hotplugged_at": _iso(self.now)}, "allowed_operations": ["forget"],
                "on_boot": "persist",
            })
            self.records["VDI"][drive]["name_description"] = "DVD-ROM drive"

    def _sr(self, name: str, sr_type: str, content: str, shared: bool, size: int, ops: list[str]) -> str:
        return self._add(
            "SR",
            {
                "name_label": name, "type": sr_type, "content_type": content, "shared": shared,
                "physical_size": size, "allowed_operations": list(ops),
                "other_config": {"auto-scan": "true"} if sr_type == "iso" else {},
                "sm_config": {"allocation": "thick", "use_vhd": "true"} if sr_type != "iso" else {},
            },
        )

    def _pbd(self, host: str, sr: str, config: dict[str, str]) -> str:
        return self._add("PBD", {"host": host, "SR": sr, "device_config": dict(config), "currently_attached": True})

    def _vdi(self, name: str, sr: str, size: int, vdi_type: str, read_only: bool = False, **extra: Any) -> str:
        fields = {
            "name_label": name, "SR": sr, "virtual_size": size,
            "physical_utilisation": int(size * self.rng.uniform(0.1, 0.9)),
            "type": vdi_type, "read_only": read_only, "managed": True, "location": "",
            "allowed_operations": ["clone", "copy", "resize", "snapshot", "destroy", "forget", "update"],
            "sm_config": {"vdi_type": "vhd"}, "on_boot": "persist",
        }
        fields.update(extra)
        ref = self._add("VDI", fields)
        self.records["VDI"][ref]["location"] = self.records["VDI"][ref]["uuid"]
        return ref

    def networking(self) -> None:
        specs = (
            ("Pool-wide network associated with eth0", "xenbr0", "eth0", -1),
            ("Pool-wide network associated with eth1", "xenbr1", "eth1", -1),
            ("VLAN 100 - Production", "xapi1", "eth1", 100),
        )
        physical: dict[tuple[str, str], str] = {}
        for name, bridge, device, tag in specs:
            network = self._add(
                "network",
                {"name_label": name, "bridge": bridge, "MTU": 1500, "managed": True,
                 "allowed_operations": [], "other_config": {"automatic": "true" if tag < 0 else "false"}},
            )
            self.networks.append(network)
            for host in self.hosts:
                management = device == "eth0" and tag < 0
                fields = {
                    "device": device, "network": network, "host": host, "MTU": 1500, "VLAN": tag,
                    "physical": tag < 0, "currently_attached": True, "management": management,
                    "ip_configuration_mode": "Static" if management else "None",
                    "IP": self.host_addresses[host] if management else "",
                    "netmask": "255.0.0.0" if management else "", "gateway": "127.0.0.254" if management else "",
                    "DNS": "127.0.0.53" if management else "", "managed": True,
                }
                if tag < 0:
                    fields["MAC"] = self._mac()
                    fields["metrics"] = self._add(
                        "PIF_metrics",
                        {"carrier": True, "speed": 10000, "duplex": True, "vendor_name": "Intel Corporation",
                         "device_name": "Ethernet Controller X710", "pci_bus_path": "0000:3b:00.0",
                         "last_updated": _iso(self.now)},
                    )
                    physical[(host, device)] = self._add("PIF", fields)
                else:
                    fields["MAC"] = self.records["PIF"][physical[(host, device)]]["MAC"]
                    pif = self._add("PIF", fields)
                    vlan = self._add("VLAN", {"tagged_PIF": physical[(host, device)], "untagged_PIF": pif, "tag": tag})
                    self.records["PIF"][pif]["VLAN_master_of"] = vlan
        # a private network: no host has an interface on it, so it has no NIC and no link
        self.networks.append(self._add(
            "network",
            {"name_label": "Private backup network", "name_description": "Virtual machines only, no NIC",
             "bridge": "xapi2", "MTU": 1500, "managed": True, "allowed_operations": [],
             "other_config": {"automatic": "false"}},
        ))
        self._add(
            "network",
            {"name_label": "Host internal management network", "bridge": "xenapi", "MTU": 1500,
             "other_config": {"is_guest_installer_network": "true", "is_host_internal_management_network": "true"}},
        )

    # -- VMs --------------------------------------------------------------------------------------------

    def _vm_record(
        self,
        *,
        name_label: str,
        power_state: str,
        memory: int,
        vcpus: int,
        domain_type: str,
        hvm: bool,
        resident_on: str = NULL_REF,
        domid: int = -1,
        start_time: Date = EPOCH,
        **fields: Any,
    ) -> str:
        live = power_state in ("Running", "Paused")
        metrics = self._add(
            "VM_metrics",
            {
                "memory_actual": memory if live else 0, "VCPUs_number": vcpus if live else 0,
                "VCPUs_utilisation": {str(i): 0.0 for i in range(vcpus)} if live else {},
                "start_time": start_time if live else EPOCH, "install_time": self._ago(60, 400),
                "last_updated": _iso(self.now), "hvm": hvm,
                "current_domain_type": domain_type if live else "unspecified",
                "state": [],
            },
        )
        record = {
            "name_label": name_label, "power_state": power_state, "user_version": 1,
            "resident_on": resident_on if live else NULL_REF, "domid": domid if live else -1,
            "domarch": "x64" if live else "", "memory_static_max": memory, "memory_dynamic_max": memory,
            "memory_dynamic_min": memory, "memory_static_min": min(memory, 512 * MiB),
            "memory_target": memory if live else 0, "memory_overhead": memory // 128,
            "VCPUs_max": vcpus, "VCPUs_at_startup": vcpus, "actions_after_shutdown": "destroy",
            "actions_after_reboot": "restart", "actions_after_crash": "restart", "metrics": metrics,
            "domain_type": domain_type, "guest_metrics": NULL_REF,
        }
        record.update(fields)
        record["allowed_operations"] = allowed_operations(record)
        return self._add("VM", record)

    def _console(self, vm: str, protocol: str, host: str, by_ref: bool = False) -> str:
        ref = self._add("console", {"protocol": protocol, "VM": vm, "location": "", "other_config": {}})
        record = self.records["console"][ref]
        query = f"ref={ref}" if by_ref else f"uuid={record['uuid']}"
        record["location"] = f"https://{self.host_addresses.get(host, '127.0.0.1')}/console?{query}"
        return ref

    def _guest_metrics(self, profile: VMProfile, ip: str) -> str:
        return self._add("VM_guest_metrics", guest_metrics_fields(profile, ip, self.now))

    def _profile(self, index: int) -> VMProfile:
        if index < len(SHOWCASE):
            return SHOWCASE[index]
        os_name = "windows" if self.rng.random() < 0.4 else "linux"
        return VMProfile(_pick(self.rng, _POWER_WEIGHTS), os_name, _pick(self.rng, _TOOLS_WEIGHTS[os_name]))

    def guests(self, n_vms: int) -> None:
        for index in range(n_vms):
            self._guest(index, self._profile(index))

    def _guest(self, index: int, profile: VMProfile) -> str:
        rng = self.rng
        windows = profile.os == "windows"
        name = f"{rng.choice(_ROLES[profile.os])} {index + 1}"
        local = rng.random() < 0.3
        host = self.hosts[index % len(self.hosts)]
        sr = self.local_srs[host] if local else rng.choice(self.shared_srs)
        live = profile.power_state in ("Running", "Paused")
        recent = profile.tools == "recent"
        start_time = _iso(self.now - 30) if recent else self._ago(0.5, 90)
        memory = rng.choice((1, 2, 4, 8)) * GiB
        vcpus = rng.choice((1, 2, 4))
        other_config: dict[str, str] = {"mac_seed": self._uuid(), "install-methods": "cdrom"}
        if rng.random() < 0.5:
            other_config["folder"] = rng.choice(_FOLDERS)
        if rng.random() < 0.3:
            other_config["XenCenter.CustomFields.Owner"] = rng.choice(_OWNERS)
        if rng.random() < 0.2:
            other_config["XenCenter.CustomFields.Cost centre"] = f"CC-{rng.randint(100, 999)}"
        fields: dict[str, Any] = {
            "name_description": f"{'Windows' if windows else 'Linux'} guest",
            "affinity": host if local else NULL_REF,
            "other_config": other_config,
            "tags": rng.sample(_TAGS, rng.choice((0, 0, 1, 2))),
            "has_vendor_device": windows and rng.random() < 0.5,
        }
        if windows:
            fields.update(
                HVM_boot_policy="BIOS order", HVM_boot_params={"order": "dc"},
                platform={"viridian": "true", "acpi": "1", "apic": "true", "pae": "true", "nx": "true",
                          "device_id": "0002", "cores-per-socket": str(vcpus)},
                hardware_platform_version=2,
            )
        else:
            fields.update(PV_bootloader="pygrub", platform={"acpi": "1", "apic": "true", "pae": "true", "nx": "true"})
        ip = f"10.1.{index // 250}.{index % 250 + 1}"
        has_gm = profile.power_state != "Halted" and profile.tools not in ("nogm",) and not (
            recent and not windows
        )
        if has_gm:
            fields["guest_metrics"] = self._guest_metrics(
                VMProfile(profile.power_state, profile.os, "none" if recent else profile.tools), ip
            )
        vm = self._vm_record(
            name_label=name, power_state=profile.power_state, memory=memory, vcpus=vcpus,
            domain_type="hvm" if windows else "pv", hvm=windows, resident_on=host,
            domid=index + 1, start_time=start_time, **fields,
        )
        disks = self._disks(vm, name, sr, live, count=rng.choice((2, 3, 4, 5, 6)))
        self._cd_drive(vm, len(disks), live)
        for device in range(rng.choice((1, 2, 3))):
            self._vif(vm, device, live)
        if live:
            self._console(vm, "rfb", host)
            self._console(vm, "vt100", host)
        if profile.power_state == "Suspended":
            suspend = self._vdi(f"Suspend image for {name}", sr, memory, "suspend")
            self.records["VM"][vm]["suspend_VDI"] = suspend
        if index % 10 == 3:
            self._snapshots(vm, 3 if index % 30 == 3 else 1 + index % 2, disks)
        return vm

    def _snapshots(self, vm: str, count: int, disks: list[str]) -> None:
        """A snapshot tree as xapi leaves it: each snapshot's ``parent`` is the one the VM ran from when it was
        taken, the VM's the newest; with three, the VM was reverted to the first before the third (a branch)."""
        times = sorted(self._ago(1, 30) for _ in range(count))
        snaps: list[str] = []
        for k, taken in enumerate(times):
            parent = NULL_REF if k == 0 else snaps[0] if k == 2 else snaps[k - 1]
            snaps.append(self._snapshot(vm, k, disks, taken, parent))
        self.records["VM"][vm]["parent"] = snaps[-1]

    def _disks(self, vm: str, name: str, sr: str, attached: bool, count: int) -> list[str]:
        disks = []
        for k in range(count):
            size = self.rng.choice((10, 20, 40, 100)) * GiB
            vdi = self._vdi(f"{name} disk {k}", sr, size, "system" if k == 0 else "user")
            self._vbd(vm, vdi, k, attached, bootable=k == 0)
            disks.append(vdi)
        return disks

    def _vbd(self, vm: str, vdi: str, position: int, attached: bool, bootable: bool = False) -> str:
        return self._add(
            "VBD",
            {
                "VM": vm, "VDI": vdi, "userdevice": str(position),
                "device": f"xvd{chr(ord('a') + position)}" if attached else "",
                "bootable": bootable, "mode": "RW", "type": "Disk", "unpluggable": True, "empty": False,
                "currently_attached": attached, "allowed_operations": ["attach", "unplug"] if attached else ["attach"],
            },
        )

    def _cd_drive(self, vm: str, position: int, attached: bool) -> str:
        return self._add(
            "VBD",
            {
                "VM": vm, "VDI": NULL_REF, "userdevice": str(position), "device": "", "mode": "RO", "type": "CD",
                "empty": True, "currently_attached": attached, "allowed_operations": ["insert", "attach"],
            },
        )

    def _vif(self, vm: str, device: int, attached: bool) -> str:
        network = self.networks[0] if device == 0 else self.rng.choice(self.networks)
        return self._add(
            "VIF",
            {
                "VM": vm, "device": str(device), "network": network, "MAC": self._mac(), "MTU": 1500,
                "currently_attached": attached, "MAC_autogenerated": True, "locking_mode": "network_default",
                "allowed_operations": ["attach", "unplug"] if attached else ["attach"],
            },
        )

    def _snapshot(self, vm: str, k: int, disks: list[str], taken: Date, parent: str) -> str:
        source = self.records["VM"][vm]
        snap = self._vm_record(
            name_label=f"{source['name_label']} snapshot {k + 1}", power_state="Halted",
            memory=source["memory_static_max"], vcpus=source["VCPUs_max"], domain_type=source["domain_type"],
            hvm=bool(source["HVM_boot_policy"]), is_a_template=True, is_a_snapshot=True, snapshot_of=vm,
            snapshot_time=taken, HVM_boot_policy=source["HVM_boot_policy"], platform=dict(source["platform"]),
            PV_bootloader=source["PV_bootloader"], other_config=dict(source["other_config"]),
            snapshot_info={"power-state-at-snapshot": source["power_state"]}, parent=parent,
        )
        for position, disk in enumerate(disks):
            original = self.records["VDI"][disk]
            copy = self._vdi(
                original["name_label"], original["SR"], original["virtual_size"], original["type"],
                is_a_snapshot=True, snapshot_of=disk, snapshot_time=taken,
            )
            self._vbd(snap, copy, position, False, bootable=position == 0)
        return snap

    def templates(self) -> None:
        for name, os_name in _DEFAULT_TEMPLATES:
            windows = os_name == "windows"
            self._vm_record(
                name_label=name, name_description=f"Template for {name}", power_state="Halted",
                memory=(4 if windows else 2) * GiB, vcpus=2, domain_type="hvm", hvm=True,
                is_a_template=True, is_default_template=True, HVM_boot_policy="BIOS order",
                HVM_boot_params={"order": "dc"},
                platform={"viridian": "true" if windows else "false", "acpi": "1", "apic": "true", "nx": "true"},
                other_config={
                    "default_template": "true",
                    **({} if windows else {"linux_template": "true"}),
                    "install-methods": "cdrom,nfs,http,ftp" if not windows else "cdrom",
                    "disks": '<provision><disk device="0" size="34359738368" sr="" bootable="true" type="system"/>'
                    "</provision>",
                },
                recommendations='<restrictions><restriction field="memory-static-max" max="1649267441664"/>'
                '<restriction field="vcpus-max" max="32"/></restrictions>',
            )
        for name, os_name in _USER_TEMPLATES:
            template = self._vm_record(
                name_label=name, name_description="Prepared by the admins", power_state="Halted",
                memory=4 * GiB, vcpus=2, domain_type="hvm" if os_name == "windows" else "pv",
                hvm=os_name == "windows", is_a_template=True,
                HVM_boot_policy="BIOS order" if os_name == "windows" else "",
                platform={"viridian": "true"} if os_name == "windows" else {},
                other_config={"instant": "true", "folder": "/Templates"},
            )
            disk = self._vdi(f"{name} disk 0", self.shared_srs[0], 40 * GiB, "system")
            self._vbd(template, disk, 0, False, bootable=True)

    def appliance_and_messages(self, n_vms: int) -> None:
        guests = [ref for ref, vm in self.records["VM"].items()
                  if not (vm["is_a_template"] or vm["is_control_domain"])]
        if len(guests) >= 10:
            appliance = self._add("VM_appliance", {"name_label": "Web stack", "name_description": "web, app, db",
                                                   "allowed_operations": ["start", "clean_shutdown", "hard_shutdown"]})
            for ref in guests[7:10]:
                self.records["VM"][ref]["appliance"] = appliance
        kinds = (
            ("ALARM", 3, "VM", "value: 0.953\nconfig:\n<variable>\n\t<name value=\"cpu_usage\"/>\n"
             "\t<alarm_trigger_level value=\"0.9\"/>\n</variable>"),
            ("VM_CRASHED", 2, "VM", "The VM crashed"),
            ("PBD_PLUG_FAILED_ON_SERVER_START", 3, "Host", ""),
            ("LICENSE_EXPIRES_SOON", 2, "Host", "The licence expires in 14 days"),
            ("SR_BACKEND_FAILURE", 2, "SR", "The SR is running out of space"),
            ("POOL_CPU_FEATURES_DOWN", 5, "Pool", ""),
        )
        targets = {
            "VM": [self.records["VM"][r]["uuid"] for r in guests] or [""],
            "Host": [self.records["host"][r]["uuid"] for r in self.hosts],
            "SR": [self.records["SR"][r]["uuid"] for r in self.shared_srs],
            "Pool": [pool["uuid"] for pool in self.records["pool"].values()],
        }
        for i in range(len(self.hosts) + n_vms // 50 + 3):
            name, priority, cls, body = kinds[i % len(kinds)]
            self._add(
                "message",
                {"name": name, "priority": priority, "cls": cls, "obj_uuid": self.rng.choice(targets[cls]),
                 "timestamp": self._ago(0, 7), "body": body},
            )

    def finish(self) -> Records:
        fill_relations(self.records)
        for sr in self.records["SR"].values():
            vdis = [self.records["VDI"][v] for v in sr["VDIs"]]
            sr["virtual_allocation"] = sum(v["virtual_size"] for v in vdis)
            sr["physical_utilisation"] = sum(v["physical_utilisation"] for v in vdis)
        for ref, host in self.records["host"].items():
            self.records["host_metrics"][host["metrics"]]["memory_free"] = free_memory(self.records, ref)
        return self.records


def generate_pool(hosts: int, vms: int, seed: int = 0, now: float | None = None) -> Records:
    """API class name -> ref -> complete record, like ``load_state_db``; ``hosts`` >= 1."""
    if hosts < 1:
        raise ValueError("a pool has at least one host")
    builder = _PoolBuilder(seed, time.time() if now is None else now)
    with without_gc():
        builder.pool_and_hosts(hosts)
        builder.storage()
        builder.networking()
        builder.templates()
        builder.guests(vms)
        builder.appliance_and_messages(vms)
        builder.physical_drives()  # last: the records before it are those of every earlier seed
        return builder.finish()
