"""XenCenter's ``PropertyAccessors``: what each searchable property of an object is.

A property is None when it does not apply (a VM property of a host, ``power_state`` of a template); XenCenter's
queries then do not match. List properties (``host``, ``networks``, ``tags``...) put an object in several groups.
The relations between objects (host, pool, storage, networks, VMs, folders) are in ``relations.py``; the
figures behind the sortable columns in ``columns.py``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from xencenter.model.objects import field_kinds
from xencenter.model.summaries import guest_network_addresses, host_uptime, vm_uptime
from xencenter.model.values import as_bool, as_int, parse_datetime
from xencenter.model.virtualization import is_windows
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.model.xensearch import columns, relations
from xencenter.model.xensearch.addresses import Address
from xencenter.model.xensearch.items import DisconnectedServer, Item, item_name
from xencenter.model.xensearch.kinds import (
    HA_PRIORITIES,
    HA_PRIORITY,
    OBJECT_TYPE,
    POWER_STATE,
    SR_TYPE,
    VIRTUALIZATION,
    EnumKind,
    HaRestartPriority,
    PowerState,
    sr_type,
)
from xencenter.model.xensearch.scope import is_real_vm, object_type

if TYPE_CHECKING:
    from xencenter.model.xensearch.context import SearchContext

Accessor = Callable[[Item, "SearchContext"], Any]


class Prop(str, enum.Enum):
    """XenCenter's ``PropertyNames`` (the ``property`` attribute of the XML)."""

    type = "type"
    label = "label"
    uuid = "uuid"
    description = "description"
    tags = "tags"
    host = "host"
    pool = "pool"
    networks = "networks"
    storage = "storage"
    disks = "disks"
    memory = "memory"
    os_name = "os_name"
    power_state = "power_state"
    virtualisation_status = "virtualisation_status"
    start_time = "start_time"
    ha_restart_priority = "ha_restart_priority"
    size = "size"
    ip_address = "ip_address"
    uptime = "uptime"
    ha_enabled = "ha_enabled"
    isNotFullyUpgraded = "isNotFullyUpgraded"
    appliance = "appliance"
    shared = "shared"
    vm = "vm"
    dockervm = "dockervm"
    read_caching_enabled = "read_caching_enabled"
    folder = "folder"
    folders = "folders"
    memoryText = "memoryText"
    memoryValue = "memoryValue"
    memoryRank = "memoryRank"
    cpuText = "cpuText"
    cpuValue = "cpuValue"
    diskText = "diskText"
    networkText = "networkText"
    haText = "haText"
    connection_hostname = "connection_hostname"
    sr_type = "sr_type"
    license = "license"
    has_custom_fields = "has_custom_fields"
    in_any_appliance = "in_any_appliance"
    vendor_device_state = "vendor_device_state"


#: XenCenter's ``PropertyNames_i18n``: the name of a grouping by the property (the first line of a group row);
#: English (filters and groupings are known by it), shown through ``kinds.shown``.
PROPERTY_LABELS: dict[Prop, str] = {
    Prop.description: QT_TRANSLATE_NOOP("Search", "Description"),
    Prop.host: QT_TRANSLATE_NOOP("Search", "Server"),
    Prop.label: QT_TRANSLATE_NOOP("Search", "Name"),
    Prop.uuid: "UUID",
    Prop.networks: QT_TRANSLATE_NOOP("Search", "Network"),
    Prop.os_name: QT_TRANSLATE_NOOP("Search", "Operating System"),
    Prop.pool: QT_TRANSLATE_NOOP("Search", "Pool"),
    Prop.power_state: QT_TRANSLATE_NOOP("Search", "Power state"),
    Prop.start_time: QT_TRANSLATE_NOOP("Search", "Start time"),
    Prop.storage: QT_TRANSLATE_NOOP("Search", "Storage Repository"),
    Prop.disks: QT_TRANSLATE_NOOP("Search", "Virtual Disk"),
    Prop.type: QT_TRANSLATE_NOOP("Search", "Type"),
    Prop.virtualisation_status: QT_TRANSLATE_NOOP("Search", "Virtualization"),
    Prop.ha_restart_priority: QT_TRANSLATE_NOOP("Search", "HA restart priority"),
    Prop.appliance: "vApp",
    Prop.tags: QT_TRANSLATE_NOOP("Search", "Tags"),
    Prop.shared: QT_TRANSLATE_NOOP("Search", "Shared"),
    Prop.ha_enabled: "HA",
    Prop.isNotFullyUpgraded: QT_TRANSLATE_NOOP("Search", "Partially upgraded"),
    Prop.ip_address: QT_TRANSLATE_NOOP("Search", "Address"),
    Prop.vm: "VM",
    Prop.dockervm: QT_TRANSLATE_NOOP("Search", "Docker VM"),
    Prop.read_caching_enabled: QT_TRANSLATE_NOOP("Search", "Using read caching"),
    Prop.memory: QT_TRANSLATE_NOOP("Search", "Memory"),
    Prop.sr_type: QT_TRANSLATE_NOOP("Search", "Type"),
    Prop.folder: QT_TRANSLATE_NOOP("Search", "Parent folder"),
    Prop.folders: QT_TRANSLATE_NOOP("Search", "Any ancestor folder"),
    Prop.has_custom_fields: QT_TRANSLATE_NOOP("Search", "Has any custom field"),
    Prop.in_any_appliance: QT_TRANSLATE_NOOP("Search", "Is in a vApp"),
    Prop.vendor_device_state: QT_TRANSLATE_NOOP("Search", "Windows Update capable"),
}
#: XenCenter's ``PropertyNames_i18n_false``: the false group of a boolean grouping.
FALSE_LABELS: dict[Prop, str] = {Prop.read_caching_enabled: QT_TRANSLATE_NOOP("Search", "Not using read caching"),
                                 Prop.vendor_device_state: QT_TRANSLATE_NOOP("Search", "Not Windows Update capable")}

#: XenCenter's ``property_types``: the class a generic query or grouping over the property is made for
#: (a ``cls`` name for objects, else a Python type or enum); a generic element over another property is invalid.
PROPERTY_TYPES: dict[Prop, Any] = {
    Prop.pool: "pool", Prop.host: "host", Prop.os_name: str, Prop.power_state: PowerState,
    Prop.virtualisation_status: "virtualisation", Prop.type: "type", Prop.networks: "network",
    Prop.storage: "SR", Prop.ha_restart_priority: HaRestartPriority, Prop.read_caching_enabled: bool,
    Prop.appliance: "VM_appliance", Prop.tags: str, Prop.has_custom_fields: bool, Prop.ip_address: Address,
    Prop.vm: "VM", Prop.sr_type: "sr_type", Prop.folder: "folder", Prop.folders: "folder",
    Prop.in_any_appliance: bool, Prop.disks: "VDI",
}

#: A VM's ``start_time`` when it has no metrics (C#'s ``DateTime.MinValue``), and xapi's "never".
NO_TIME = datetime.min.replace(tzinfo=timezone.utc)
EPOCH = datetime.fromtimestamp(0, timezone.utc)

#: The ``os_name`` of a VM whose guest has not told.
UNKNOWN_OS = QT_TRANSLATE_NOOP("Search", "Unknown")  # a value (filters match it): translated where shown

_FRIENDLY_TEMPLATE_DESCRIPTIONS = {
    "Demo Linux VM": QT_TRANSLATE_NOOP("Search", "This template can be used to create a Linux VM with a built-in "
                                                 "Linux distribution for testing and demonstration purposes. It is "
                                                 "not recommended for production use."),
    "Other install media": QT_TRANSLATE_NOOP("Search", "If the operating system you plan to use is not listed, you "
                                                       "may be able to install it by selecting this template.  We "
                                                       "recommend that only advanced users attempt to use this "
                                                       "template, and you should note that our products have been "
                                                       "tested running only the supported distributions and specific "
                                                       "versions covered by the standard supplied templates."),
}
#: Words in a default template's name that give it an OS icon and no description (``VM.TemplateType``).
_OS_TEMPLATE_WORDS = ("citrix", "debian", "gooroom", "rocky", "centos", "linx", "red hat", "oracle", "suse",
                      "scientific", "windows", "ubuntu", "kylin", "asianux", "turbo", "solaris", "coreos")


def _real_vm(read: Accessor) -> Accessor:
    """Wrap an accessor that applies to real VMs only."""
    return lambda item, ctx: read(item, ctx) if is_real_vm(item) else None


def _label(item: Item, ctx: SearchContext) -> str:
    return item_name(item)


def _uuid(item: Item, ctx: SearchContext) -> str | None:
    return item.uuid or None


def _description(item: Item, ctx: SearchContext) -> str:
    """XenCenter's ``Description()``; a default template of a known OS shows none."""
    record = item.record
    if record is None:
        return ""
    if item.cls == "SR":
        return item.description  # type: ignore[union-attr]  # an installer's SR names its host
    text = getattr(record, "name_description", None) or ""
    if item.cls == "VM" and item.is_default_template and not as_bool(record.is_a_snapshot):  # type: ignore[union-attr]
        name = (record.name_label or "").lower()
        if any(word in name for word in _OS_TEMPLATE_WORDS):
            return ""
        friendly = _FRIENDLY_TEMPLATE_DESCRIPTIONS.get(record.name_label)
        return translate("Search", friendly) if friendly else text
    return text


def _tags(item: Item, ctx: SearchContext) -> list[str] | None:
    """The object's tags; None for a class without tags (a folder, a server that is not connected)."""
    if item.record is None or "tags" not in field_kinds(item.cls):
        return None
    return list(item.record.tags or ())


def _os_name(item: Item, ctx: SearchContext) -> str:
    return item.os_name or UNKNOWN_OS  # type: ignore[union-attr]


def _power_state(item: Item, ctx: SearchContext) -> PowerState:
    return PowerState.__members__.get(item.record.power_state, PowerState.unknown)  # type: ignore[attr-defined]


def _start_time(item: Item, ctx: SearchContext) -> datetime:
    """``VM_metrics.start_time``; a VM without metrics started at C#'s ``DateTime.MinValue``, xapi's "never" is
    1970 (XenCenter compares both as dates, so "started before 2009" includes every VM never started)."""
    metrics = item.cache.record("VM_metrics", item.record.metrics)  # type: ignore[union-attr]
    if metrics is None:
        return NO_TIME
    return parse_datetime(metrics.start_time) or EPOCH


def _memory(item: Item, ctx: SearchContext) -> int | None:
    metrics = item.cache.record("VM_metrics", item.record.metrics)  # type: ignore[union-attr]
    return as_int(metrics.memory_actual) if metrics is not None else None


def _ha_restart_priority(item: Item, ctx: SearchContext) -> HaRestartPriority | None:
    """Only in a pool with HA on; the old "always restart" values read as such, ``restart`` as Restart."""
    pool = ctx.pool(item.cache)  # type: ignore[arg-type]
    if pool is None or not as_bool(pool.record.ha_enabled):
        return None
    return HA_PRIORITIES.get(item.record.ha_restart_priority or "", HaRestartPriority.AlwaysRestart)


def _vendor_device(item: Item, ctx: SearchContext) -> bool:
    return as_bool(item.record.has_vendor_device) and is_windows(item)  # type: ignore[arg-type]


def _read_caching(item: Item, ctx: SearchContext) -> bool:
    """Some attached disk has read caching on the host the VM runs on (``sm_config``)."""
    cache, record = item.cache, item.record
    host = cache.record("host", record.resident_on)  # type: ignore[union-attr]
    if host is None:
        return False
    key = "read-caching-enabled-on-" + host.uuid
    for vbd in (cache.record("VBD", ref) for ref in record.VBDs or ()):  # type: ignore[union-attr]
        if vbd is not None and as_bool(vbd.currently_attached):
            vdi = cache.record("VDI", vbd.VDI)  # type: ignore[union-attr]
            if vdi is not None and as_bool((vdi.sm_config or {}).get(key)):
                return True
    return False


def _ip_address(item: Item, ctx: SearchContext) -> list[Address] | None:
    """A VM's guest addresses per VIF, a host's PIF addresses, an SR's target; None when there are none."""
    cls, cache, record = item.cls, item.cache, item.record
    found: list[Address] = []
    if cls == "VM":
        if not is_real_vm(item):
            return None
        gm = cache.record("VM_guest_metrics", record.guest_metrics)  # type: ignore[union-attr]
        if gm is None:
            return None
        addresses = guest_network_addresses(gm)
        for vif in (cache.record("VIF", ref) for ref in record.VIFs or ()):  # type: ignore[union-attr]
            if vif is None or not (vif.device or "").strip():
                continue
            prefix = f"{vif.device}/ip"
            for _, value in sorted(a for a in addresses if a[0].startswith(prefix)):
                for part in value.replace("%n", "\n").split("\n"):
                    address = Address.parse(part, False, True)
                    if address is not None and address not in found:
                        found.append(address)
    elif cls == "host" and cache is not None:
        for pif in (cache.record("PIF", ref) for ref in record.PIFs or ()):
            address = Address.parse(pif.IP if pif is not None else None, False, True)
            if address is not None:
                found.append(address)
    elif cls == "SR":
        address = Address.parse(relations.sr_target(item), False, True)
        if address is not None:
            found.append(address)
    return found or None


def _uptime(item: Item, ctx: SearchContext) -> float | None:
    if item.cls == "VM":
        return vm_uptime(item, ctx.now) if is_real_vm(item) else None  # type: ignore[arg-type]
    if item.cls == "host" and item.cache is not None:
        return host_uptime(item, ctx.now)  # type: ignore[arg-type]
    return None


def _pool_field(read: Callable[[Item], Any]) -> Accessor:
    return lambda item, ctx: read(item) if item.cls == "pool" else None


def _not_fully_upgraded(pool: Item) -> bool:
    """Some host runs another product version or build than the coordinator (``IsPoolFullyUpgraded``)."""
    def version(host: Any) -> tuple[str | None, str | None]:
        software = (host.software_version or {}) if host is not None else {}
        return software.get("product_version"), software.get("build_number")

    master = pool.cache.record("host", pool.record.master)  # type: ignore[union-attr]
    return any(version(h) != version(master) for _, h in pool.cache.items("host"))  # type: ignore[union-attr]


def _license(item: Item, ctx: SearchContext) -> str | None:
    """The coordinator's edition (XenCenter shows its branded name; plug-ins only)."""
    if item.cache is None:
        return None
    pool = item.cache.pool()
    master = item.cache.record("host", pool.record.master) if pool is not None else None
    return (master.edition or "Unknown") if master is not None else None


def _connection_hostname(item: Item, ctx: SearchContext) -> str | None:
    return ctx.source_key(item.cache) if item.cache is not None else None


def _has_custom_fields(item: Item, ctx: SearchContext) -> bool:
    """Some custom field defined on the object's server has a value on it."""
    if item.cache is None:
        return False
    return any(f.value(item) is not None for f in ctx.server_fields(item.cache))


def _in_any_appliance(item: Item, ctx: SearchContext) -> bool | None:
    if item.cls == "VM_appliance":
        return True
    return relations.appliance(item, ctx) is not None if is_real_vm(item) else None


def _shared(item: Item, ctx: SearchContext) -> bool | None:
    """An SR's ``shared``; a VDI is shared when two or more VMs use it."""
    if item.cls == "SR":
        return as_bool(item.record.shared)
    if item.cls == "VDI":
        return len(relations.vdi_vms(item, ctx)) >= 2
    return None


def _sr_type(item: Item, ctx: SearchContext) -> Any:
    return sr_type(item.record.type or "") if item.cls == "SR" else None


def _size(item: Item, ctx: SearchContext) -> int | None:
    return as_int(item.record.virtual_size) if item.cls == "VDI" else None


def _type(item: Item, ctx: SearchContext) -> Any:
    return object_type(item)


ACCESSORS: dict[Prop, Accessor] = {
    Prop.type: _type,
    Prop.label: _label,
    Prop.uuid: _uuid,
    Prop.description: _description,
    Prop.tags: _tags,
    Prop.host: relations.hosts,
    Prop.pool: relations.pool,
    Prop.networks: relations.networks,
    Prop.storage: relations.storage,
    Prop.disks: relations.disks,
    Prop.memory: _real_vm(_memory),
    Prop.os_name: _real_vm(_os_name),
    Prop.power_state: _real_vm(_power_state),
    Prop.virtualisation_status: _real_vm(lambda item, ctx: ctx.virtualization(item).flags),  # type: ignore[arg-type]
    Prop.start_time: _real_vm(_start_time),
    Prop.ha_restart_priority: _real_vm(_ha_restart_priority),
    Prop.size: _size,
    Prop.ip_address: _ip_address,
    Prop.uptime: _uptime,
    Prop.ha_enabled: _pool_field(lambda pool: as_bool(pool.record.ha_enabled)),
    Prop.isNotFullyUpgraded: _pool_field(_not_fully_upgraded),
    Prop.appliance: relations.appliance,
    Prop.shared: _shared,
    Prop.vm: relations.vms,
    Prop.dockervm: lambda item, ctx: [],  # Docker containers are not modelled: no object has a Docker VM
    Prop.read_caching_enabled: _real_vm(_read_caching),
    Prop.folder: relations.folder,
    Prop.folders: relations.ancestor_folders,
    Prop.memoryText: columns.memory_text,
    Prop.memoryValue: columns.memory_value,
    Prop.memoryRank: columns.memory_rank,
    Prop.cpuText: columns.cpu_text,
    Prop.cpuValue: columns.cpu_value,
    Prop.diskText: columns.disk_text,
    Prop.networkText: columns.network_text,
    Prop.haText: columns.ha_text,
    Prop.connection_hostname: _connection_hostname,
    Prop.sr_type: _sr_type,
    Prop.license: _license,
    Prop.has_custom_fields: _has_custom_fields,
    Prop.in_any_appliance: _in_any_appliance,
    Prop.vendor_device_state: _real_vm(_vendor_device),
}


#: Properties that walk other objects: worth remembering for a run that reads them twice per object (a
#: filter and a grouping over the same property); ``SearchContext.remember`` names those of the run.
WORTH_REMEMBERING = frozenset({Prop.host, Prop.networks, Prop.storage, Prop.disks, Prop.vm, Prop.ip_address})


def value(prop: Prop, item: Item, ctx: SearchContext) -> Any:
    """The property of one object (None when it does not apply)."""
    if isinstance(item, DisconnectedServer):
        return ACCESSORS[prop](item, ctx) if prop in (Prop.label, Prop.type) else None
    if prop not in ctx.remember:
        return ACCESSORS[prop](item, ctx)
    return ctx.remembered(prop, item, ACCESSORS[prop])



#: What each property holds: ``("one", T)`` or ``("list", T)``, T a class name (``host``), a Python type or an
#: enum. XenCenter's queries check the static type of the value (``value is List<Host>``), so a query whose
#: type does not fit the property never matches; these shapes are that static type.
SHAPES: dict[Prop, tuple[str, Any]] = {
    **{p: ("one", str) for p in (Prop.label, Prop.uuid, Prop.description, Prop.os_name, Prop.connection_hostname,
                                 Prop.license, Prop.memoryText, Prop.cpuText, Prop.diskText, Prop.networkText,
                                 Prop.haText)},
    **{p: ("one", bool) for p in (Prop.ha_enabled, Prop.isNotFullyUpgraded, Prop.shared, Prop.read_caching_enabled,
                                  Prop.has_custom_fields, Prop.in_any_appliance, Prop.vendor_device_state)},
    Prop.type: ("one", "type"), Prop.power_state: ("one", PowerState),
    Prop.virtualisation_status: ("one", "virtualisation"), Prop.ha_restart_priority: ("one", HaRestartPriority),
    Prop.sr_type: ("one", "sr_type"), Prop.start_time: ("one", datetime), Prop.uptime: ("one", "timespan"),
    Prop.memory: ("one", int), Prop.size: ("one", int), Prop.memoryValue: ("one", float),
    Prop.memoryRank: ("one", "int32"), Prop.cpuValue: ("one", "int32"),
    Prop.pool: ("one", "pool"), Prop.appliance: ("one", "VM_appliance"), Prop.folder: ("one", "folder"),
    Prop.tags: ("list", str), Prop.ip_address: ("list", Address), Prop.host: ("list", "host"),
    Prop.vm: ("list", "VM"), Prop.dockervm: ("list", "VM"), Prop.networks: ("list", "network"),
    Prop.storage: ("list", "SR"), Prop.disks: ("list", "VDI"), Prop.folders: ("list", "folder"),
}

#: The enumeration each enum-valued property holds.
ENUM_KINDS: dict[Prop, EnumKind] = {
    Prop.power_state: POWER_STATE, Prop.virtualisation_status: VIRTUALIZATION, Prop.type: OBJECT_TYPE,
    Prop.ha_restart_priority: HA_PRIORITY, Prop.sr_type: SR_TYPE,
}
