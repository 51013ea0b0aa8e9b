"""Typed, lazy wrappers over cached records.

A wrapper holds the cache, its class, its ref and the record snapshot it was made from, nothing else, so it
costs almost nothing and always reads one consistent version of the object. Any field of the class is an
attribute (``vm.power_state``, ``host.name_label``); the field types come from the XenAPI schema, so
reference fields resolve to wrappers (``vm.resident_on`` -> Host or None, ``vm.VBDs`` -> list of VBD; a
dangling or ``OpaqueRef:NULL`` ref is None / skipped, never an error), and ints, floats, bools and dates are
read leniently from whatever the wire delivered. ``ref_of``/``refs_of`` give the raw refs.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, ClassVar

from xencenter import schema
from xencenter.model import fields, placement, sr_names
from xencenter.model.values import (
    as_bool,
    as_float,
    as_int,
    is_null_ref,
    parse_datetime,
    parse_timestamp,
)
from xencenter.xenapi.records import UNSET

if TYPE_CHECKING:
    from datetime import datetime

    from xencenter.model.cache import ObjectCache, Record

HIDE_FROM_XENCENTER = "HideFromXenCenter"
CUSTOM_FIELD_PREFIX = "XenCenter.CustomFields."
GUI_TEMP_PREFIX = "__gui__"  # XenCenter's prefix for objects it is still creating


@functools.cache
def class_name(name: str) -> str:
    """The API spelling of a class (``vm`` -> ``VM``); unknown classes keep their own name."""
    try:
        return schema.canonical_name(name)
    except KeyError:
        return name


@functools.cache
def field_kinds(cls: str) -> dict[str, tuple[str, str | None]]:
    """Field name -> (kind, referenced class) for one class, derived from the schema types.

    Kinds: ``ref``, ``refs`` (ref set), ``int``, ``float``, ``bool``, ``datetime``, ``map``, ``set``, ``text``.
    """
    try:
        fields = schema.fields(cls)
    except KeyError:
        return {}
    kinds: dict[str, tuple[str, str | None]] = {}
    for f in fields:
        t: str = f["type"]
        if t.endswith(" ref set"):
            kinds[f["name"]] = ("refs", class_name(t[: -len(" ref set")]))
        elif t.endswith(" ref"):
            kinds[f["name"]] = ("ref", class_name(t[: -len(" ref")]))
        elif t in ("int", "float", "bool", "datetime"):
            kinds[f["name"]] = (t, None)
        elif t.endswith(" map"):
            kinds[f["name"]] = ("map", None)
        elif t.endswith(" set"):
            kinds[f["name"]] = ("set", None)
        else:
            kinds[f["name"]] = ("text", None)
    return kinds


_EMPTY: dict[str, Any] = {"int": 0, "float": 0.0, "bool": False, "text": ""}


class XenObject:
    """Any cached object; subclasses add what the views need for their class."""

    __slots__ = ("cache", "cls", "ref", "record")
    CLASS: ClassVar[str | None] = None

    def __init__(self, cache: ObjectCache, cls: str, ref: str, record: Record) -> None:
        self.cache = cache
        self.cls = cls
        self.ref = ref
        self.record = record

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        record = self.record
        kind = field_kinds(self.cls).get(name)
        if kind is None:
            if name in record:
                return record[name]
            raise AttributeError(f"{self.cls} has no field {name!r}")
        value = getattr(record, name, None)  # a field the server did not send is UNSET: falsy, like None
        if value is UNSET:
            value = None
        what, target = kind
        if what == "ref":
            return None if is_null_ref(value) else self.cache.get(target, value)  # type: ignore[arg-type]
        if what == "refs":
            resolved = (self.cache.get(target, r) for r in value or ())  # type: ignore[arg-type]
            return [obj for obj in resolved if obj is not None]
        if value is None:
            if what == "map":
                return {}
            if what == "set":
                return []
            return None if what == "datetime" else _EMPTY[what]
        if what == "int":
            return as_int(value)
        if what == "bool":
            return as_bool(value)
        if what == "float":
            return as_float(value)
        if what == "datetime":
            return parse_datetime(value)
        return value

    def ref_of(self, field: str) -> str | None:
        """The raw ref in a reference field, None when null."""
        value = getattr(self.record, field, None)
        return None if is_null_ref(value) else value

    def refs_of(self, field: str) -> list[str]:
        """The raw refs in a ref-set field, without null refs."""
        return [r for r in getattr(self.record, field, None) or () if not is_null_ref(r)]

    @property
    def uuid(self) -> str:
        return getattr(self.record, "uuid", None) or ""

    @property
    def name(self) -> str:
        """The name shown to the user: ``name_label`` (or ``name`` for the few classes without one)."""
        record = self.record
        return getattr(record, "name_label", None) or getattr(record, "name", None) or ""

    @property
    def description(self) -> str:
        return getattr(self.record, "name_description", None) or ""

    @property
    def other_config(self) -> dict[str, str]:
        return getattr(self.record, "other_config", None) or {}

    @property
    def tags(self) -> list[str]:
        return list(getattr(self.record, "tags", None) or ())

    @property
    def folder(self) -> str:
        """The XenCenter folder path (``other_config["folder"]``, e.g. ``/Production/Web``), or ''."""
        return self.other_config.get("folder", "")

    @property
    def custom_fields(self) -> dict[str, str]:
        """XenCenter custom field values: ``other_config["XenCenter.CustomFields.<name>"]`` by name."""
        n = len(CUSTOM_FIELD_PREFIX)
        return {k[n:]: v for k, v in self.other_config.items() if k.startswith(CUSTOM_FIELD_PREFIX)}

    @property
    def hidden(self) -> bool:
        """``other_config["HideFromXenCenter"]`` is true: shown only with the 'hidden objects' option."""
        return as_bool(self.other_config.get(HIDE_FROM_XENCENTER))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, XenObject) and other.ref == self.ref and other.cache is self.cache

    def __hash__(self) -> int:
        return hash(self.ref)

    def __repr__(self) -> str:
        return f"<{self.cls} {self.name!r} {self.ref}>"


class Pool(fields.PoolFields, XenObject):
    __slots__ = ()
    CLASS = "pool"

    @property
    def coordinator(self) -> Host | None:
        return self.master


class Host(fields.HostFields, XenObject):
    __slots__ = ()
    CLASS = "host"

    @property
    def is_live(self) -> bool:
        return placement.host_is_live(self)

    @property
    def boot_time(self) -> float | None:
        """Server-clock unix time of the last boot (``other_config["boot_time"]``)."""
        return parse_timestamp(self.other_config.get("boot_time"))

    @property
    def agent_start_time(self) -> float | None:
        """Server-clock unix time the toolstack started (``other_config["agent_start_time"]``)."""
        return parse_timestamp(self.other_config.get("agent_start_time"))


class HostMetrics(fields.HostMetricsFields, XenObject):
    __slots__ = ()
    CLASS = "host_metrics"


class HostCPU(fields.HostCPUFields, XenObject):
    __slots__ = ()
    CLASS = "host_cpu"


_LAST_BOOTED_GM = re.compile(r"""['"]guest_metrics['"]\s+['"](OpaqueRef:[0-9a-fA-F-]{36})['"]""")


class VM(fields.VMFields, XenObject):
    __slots__ = ()
    CLASS = "VM"

    # The flags every tree build reads for every VM, as plain properties (faster than ``__getattr__``).
    @property
    def is_a_template(self) -> bool:
        return as_bool(self.record.is_a_template)

    @property
    def is_control_domain(self) -> bool:
        return as_bool(self.record.is_control_domain)

    @property
    def is_snapshot(self) -> bool:
        return as_bool(self.record.is_a_snapshot)

    @property
    def is_default_template(self) -> bool:
        """A template shipped with the server: ``is_default_template`` or ``other_config["default_template"]``."""
        record = self.record
        return as_bool(record.is_default_template) or as_bool(self.other_config.get("default_template"))

    @property
    def is_user_template(self) -> bool:
        return self.is_a_template and not self.is_snapshot and not self.is_default_template

    @property
    def is_real_vm(self) -> bool:
        """Neither a template, a snapshot nor a control domain."""
        return not (self.is_a_template or self.is_snapshot or self.is_control_domain)

    @property
    def is_hvm(self) -> bool:
        return bool(self.record.HVM_boot_policy)

    def shown(self, show_hidden: bool) -> bool:
        """XenCenter's ``VM.Show``: internal templates and half-created objects never, hidden ones on request."""
        record = self.record  # read once: searches ask this for every VM
        other_config = record.other_config or {}
        if "xensource_internal" in other_config or (record.name_label or "").startswith(GUI_TEMP_PREFIX):
            return False
        return show_hidden or not as_bool(other_config.get(HIDE_FROM_XENCENTER))

    @property
    def last_booted_guest_metrics(self) -> VMGuestMetrics | None:
        """The guest metrics named in ``last_booted_record`` (how XenCenter recognises a halted Linux VM)."""
        m = _LAST_BOOTED_GM.search(self.record.last_booted_record or "")
        return self.cache.get("VM_guest_metrics", m.group(1)) if m else None

    @property
    def os_name(self) -> str | None:
        """The guest's OS name as XenCenter shows it, None when the guest has not told."""
        gm = self.guest_metrics
        return gm.os_name if gm is not None else None

    @property
    def start_time(self) -> datetime | None:
        """``VM_metrics.start_time`` (server clock), None when unknown."""
        metrics = self.metrics
        return metrics.start_time if metrics is not None else None

    @property
    def power_state_changed_at(self) -> float | None:
        """Best local-clock estimate of the last power-state change; see ``virtualization.py``."""
        times = [self.cache.power_state_changed_at(self.ref)]
        start = self.start_time
        if start is not None:
            times.append(start.timestamp() - self.cache.server_time_offset)
        shutdown = parse_datetime(self.other_config.get("last_shutdown_time"))
        if shutdown is not None:
            times.append(shutdown.timestamp() - self.cache.server_time_offset)
        known = [t for t in times if t is not None]
        return max(known) if known else None

    @property
    def home(self) -> Host | None:
        return placement.vm_home(self)


class VMMetrics(fields.VMMetricsFields, XenObject):
    __slots__ = ()
    CLASS = "VM_metrics"


class VMGuestMetrics(fields.VMGuestMetricsFields, XenObject):
    __slots__ = ()
    CLASS = "VM_guest_metrics"

    @property
    def os_name(self) -> str | None:
        """XenCenter's ``GetOSName``: ``os_version["name"]`` up to ``|``, without the Microsoft prefix."""
        name = (self.record.os_version or {}).get("name") or ""
        bar = name.find("|")
        if bar >= 1:
            name = name[:bar]
        for prefix in ("Microsoft®", "Microsoft"):
            if name.startswith(prefix):
                if name != prefix:
                    name = name[len(prefix):].strip()
                break
        return name or None


class SR(fields.SRFields, XenObject):
    __slots__ = ()
    CLASS = "SR"

    @property
    def home(self) -> Host | None:
        return placement.sr_home(self)

    @property
    def is_local(self) -> bool:
        return placement.sr_is_local(self)

    @property
    def name(self) -> str:
        """XenCenter's ``SR.Name()``: an installer's SR is named with its host ("Local storage on host-01")."""
        return sr_names.friendly(self, "name_label", self.record.name_label or "", True)

    @property
    def name_without_host(self) -> str:
        """XenCenter's ``SR.NameWithoutHost()``, which the tree shows under the host."""
        return sr_names.friendly(self, "name_label", self.record.name_label or "", False)

    @property
    def description(self) -> str:
        return sr_names.friendly(self, "name_description", self.record.name_description or "", True)

    @property
    def is_tools_sr(self) -> bool:
        return as_bool(self.record.is_tools_sr) or self.record.name_label == "XenServer Tools"

    def shown(self, show_hidden: bool) -> bool:
        """XenCenter's ``SR.Show``: never the legacy ``local`` and memory SRs; hidden and DR ones on request."""
        if (self.record.name_label or "").startswith(GUI_TEMP_PREFIX) or self.record.type in ("local", "tmpfs"):
            return False
        if show_hidden:
            return True
        return is_null_ref(self.record.introduced_by) and not self.hidden


class PBD(fields.PBDFields, XenObject):
    __slots__ = ()
    CLASS = "PBD"


class VDI(fields.VDIFields, XenObject):
    __slots__ = ()
    CLASS = "VDI"

    def shown(self, show_hidden: bool) -> bool:
        """XenCenter's ``VDI.Show``: present, managed, and not hidden unless asked."""
        return placement.vdi_present(self.record) and (show_hidden or not self.hidden)


class VBD(fields.VBDFields, XenObject):
    __slots__ = ()
    CLASS = "VBD"

    @property
    def is_cd(self) -> bool:
        return self.record.type == "CD"


class VIF(fields.VIFFields, XenObject):
    __slots__ = ()
    CLASS = "VIF"


class Network(fields.NetworkFields, XenObject):
    __slots__ = ()
    CLASS = "network"

    def shown(self, show_hidden: bool) -> bool:
        """XenCenter's ``Network.Show``: the guest installer (host-internal management) network, networks of
        bond members and hidden networks appear only on request, a network with a PIF that is not shown
        (unmanaged, or hidden without the option) never."""
        other_config = self.other_config
        internal = (as_bool(other_config.get("is_guest_installer_network"))
                    or as_bool(other_config.get("is_host_internal_management_network")))
        if internal and not show_hidden:
            return False
        pifs = [pif for pif in (self.cache.record("PIF", ref) for ref in self.record.PIFs or ()) if pif is not None]
        for pif in pifs:
            hidden = as_bool((pif.other_config or {}).get(HIDE_FROM_XENCENTER))
            if not as_bool(pif.get("managed", True)) or (hidden and not show_hidden):
                return False
        if show_hidden:
            return True
        if any(self.cache.record("Bond", pif.bond_slave_of) is not None for pif in pifs):
            return False
        return not self.hidden


class PIF(fields.PIFFields, XenObject):
    __slots__ = ()
    CLASS = "PIF"


class PIFMetrics(fields.PIFMetricsFields, XenObject):
    __slots__ = ()
    CLASS = "PIF_metrics"


class Console(fields.ConsoleFields, XenObject):
    __slots__ = ()
    CLASS = "console"


class Task(fields.TaskFields, XenObject):
    __slots__ = ()
    CLASS = "task"


class Message(fields.MessageFields, XenObject):
    __slots__ = ()
    CLASS = "message"


class VMAppliance(fields.VMApplianceFields, XenObject):
    __slots__ = ()
    CLASS = "VM_appliance"


class Bond(fields.BondFields, XenObject):
    __slots__ = ()
    CLASS = "Bond"


class VLAN(fields.VLANFields, XenObject):
    __slots__ = ()
    CLASS = "VLAN"


class Subject(fields.SubjectFields, XenObject):
    """A user or group of the pool's directory with roles (the Users tab); named as the directory names it."""

    __slots__ = ()
    CLASS = "subject"

    @property
    def name(self) -> str:
        config = self.record.other_config or {}
        return str(config.get("subject-name") or config.get("subject-displayname") or self.record.subject_identifier)


WRAPPERS: dict[str, type[XenObject]] = {c.CLASS: c for c in XenObject.__subclasses__() if c.CLASS is not None}


def wrap(cache: ObjectCache, cls: str, ref: str, record: Record) -> XenObject:
    """The wrapper for one record: its class's subclass, or the generic XenObject (GPU, PUSB, ...)."""
    return WRAPPERS.get(cls, XenObject)(cache, cls, ref, record)
